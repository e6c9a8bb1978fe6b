//! The account emails, in plain text and HTML, in every language Obscura speaks. Their texts
//! are the catalogue's `mail-*` messages (`shared/locales`); amounts and dates are written as
//! the reader's language writes them.

use chrono::{Datelike, NaiveDate};
use obscura_shared::{
    account::Language,
    i18n::{self, Arg},
    t,
};

use super::Email;

/// Which email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// Confirm the address of a new account.
    Verify,
    /// Sign in without a password.
    MagicLink,
    /// Choose a new password.
    Reset,
    /// Confirm a new address (sent to the new one).
    EmailChange,
    /// The address was changed (sent to the old one); the link leads to the security settings.
    EmailChanged,
    /// The password was changed; the link leads to the security settings.
    PasswordChanged,
    /// A sign-in from a device not seen before; the link leads to the security settings.
    NewDevice,
    /// The address was proven for the first time and what someone had set up before (a
    /// password, sessions, a linked Google account) was removed; the link leads to the
    /// security settings.
    EarlierAccessRemoved,
    /// A data export is ready; the link downloads it.
    ExportReady,
    /// The account will be deleted after the grace period; the link keeps it.
    ErasureScheduled,
    /// The privacy policy changes on a date for a reason (the operator's summary); the link
    /// shows what changes. Rendered by [`render_policy_change`].
    PolicyChange,
    /// A support message was received.
    SupportReceived,
    /// An admin's answer to a support message. Rendered by [`render_support_reply`].
    SupportReply,
    /// Two-step verification was added; the link leads to the security settings.
    TwoStepAdded,
    /// Two-step verification was removed; the link leads to the security settings.
    TwoStepRemoved,
    /// New recovery codes replaced the old ones; the link leads to the security settings.
    RecoveryCodesRenewed,
    /// A recovery code was used to sign in; the link leads to the security settings.
    RecoveryCodeUsed,
    /// A passkey was added; the link leads to the security settings.
    PasskeyAdded,
    /// A passkey was removed; the link leads to the security settings.
    PasskeyRemoved,
    /// An API key was created; the link leads to the API settings.
    ApiKeyCreated,
    /// An API key was revoked; the link leads to the API settings.
    ApiKeyRevoked,
    /// Someone ([`Values::requester`]) asks the recipient to approve a post to some places
    /// ([`Values::places`]); the link shows it with Approve and Reject.
    PublishApproval,
    /// A payment was received (what, the amount, the credits); the link is the invoice.
    Receipt,
    /// A plan's new period was paid (what, the amount, the credits); the link is the invoice.
    PlanRenewed,
    /// A plan's payment failed; the link leads to the billing page.
    PaymentFailed,
    /// A plan will end on a date and not renew; the link leads to the billing page.
    PlanEnding,
    /// A delayed payment (a bank debit) for something failed; the link leads to the billing page.
    CheckoutFailed,
    /// A shared image was taken down after a report: why ([`Values::summary`]) and how to appeal
    /// ([`Values::support`]); the link leads to the image in the gallery.
    ShareTakenDown,
    /// A report the recipient sent was decided and action was taken; the link is the support
    /// page. Nothing of the image or the report is in it.
    ReportActedOn,
    /// A report the recipient sent was decided without action; the link is the support page.
    ReportDismissed,
}

/// The catalogue ids of an email's parts: the subject, the introduction, the button (and the
/// label of the link in the plain text), the line on how long the link works or what to do
/// next, and the closing line.
struct Parts {
    subject: &'static str,
    intro: &'static str,
    action: &'static str,
    expiry: &'static str,
    ignore: &'static str,
}

fn parts(kind: &Kind) -> Parts {
    match kind {
        Kind::Verify => Parts {
            subject: "mail-verify-subject",
            intro: "mail-verify-intro",
            action: "mail-verify-action",
            expiry: "mail-verify-expiry",
            ignore: "mail-verify-ignore",
        },
        Kind::MagicLink => Parts {
            subject: "mail-magic-link-subject",
            intro: "mail-magic-link-intro",
            action: "mail-magic-link-action",
            expiry: "mail-magic-link-expiry",
            ignore: "mail-magic-link-ignore",
        },
        Kind::Reset => Parts {
            subject: "mail-reset-subject",
            intro: "mail-reset-intro",
            action: "mail-reset-action",
            expiry: "mail-reset-expiry",
            ignore: "mail-reset-ignore",
        },
        Kind::EmailChange => Parts {
            subject: "mail-email-change-subject",
            intro: "mail-email-change-intro",
            action: "mail-email-change-action",
            expiry: "mail-email-change-expiry",
            ignore: "mail-email-change-ignore",
        },
        Kind::EmailChanged => Parts {
            subject: "mail-email-changed-subject",
            intro: "mail-email-changed-intro",
            action: "mail-action-review-security",
            expiry: "mail-changed-by-you",
            ignore: "mail-email-changed-ignore",
        },
        Kind::PasswordChanged => Parts {
            subject: "mail-password-changed-subject",
            intro: "mail-password-changed-intro",
            action: "mail-action-review-security",
            expiry: "mail-changed-by-you",
            ignore: "mail-not-you-reset",
        },
        Kind::NewDevice => Parts {
            subject: "mail-new-device-subject",
            intro: "mail-new-device-intro",
            action: "mail-action-see-sessions",
            expiry: "mail-new-device-expiry",
            ignore: "mail-new-device-ignore",
        },
        Kind::EarlierAccessRemoved => Parts {
            subject: "mail-earlier-access-removed-subject",
            intro: "mail-earlier-access-removed-intro",
            action: "mail-earlier-access-removed-action",
            expiry: "mail-earlier-access-removed-expiry",
            ignore: "mail-earlier-access-removed-ignore",
        },
        Kind::TwoStepAdded => Parts {
            subject: "mail-two-step-added-subject",
            intro: "mail-two-step-added-intro",
            action: "mail-action-review-security",
            expiry: "mail-two-step-added-expiry",
            ignore: "mail-two-step-added-ignore",
        },
        Kind::TwoStepRemoved => Parts {
            subject: "mail-two-step-removed-subject",
            intro: "mail-two-step-removed-intro",
            action: "mail-action-review-security",
            expiry: "mail-changed-by-you",
            ignore: "mail-two-step-removed-ignore",
        },
        Kind::RecoveryCodesRenewed => Parts {
            subject: "mail-recovery-codes-renewed-subject",
            intro: "mail-recovery-codes-renewed-intro",
            action: "mail-action-review-security",
            expiry: "mail-recovery-codes-renewed-expiry",
            ignore: "mail-not-you-reset",
        },
        Kind::RecoveryCodeUsed => Parts {
            subject: "mail-recovery-code-used-subject",
            intro: "mail-recovery-code-used-intro",
            action: "mail-action-see-sessions",
            expiry: "mail-recovery-code-used-expiry",
            ignore: "mail-recovery-code-used-ignore",
        },
        Kind::PasskeyAdded => Parts {
            subject: "mail-passkey-added-subject",
            intro: "mail-passkey-added-intro",
            action: "mail-action-review-security",
            expiry: "mail-changed-by-you",
            ignore: "mail-passkey-added-ignore",
        },
        Kind::PasskeyRemoved => Parts {
            subject: "mail-passkey-removed-subject",
            intro: "mail-passkey-removed-intro",
            action: "mail-action-review-security",
            expiry: "mail-changed-by-you",
            ignore: "mail-not-you-reset-check",
        },
        Kind::ApiKeyCreated => Parts {
            subject: "mail-api-key-created-subject",
            intro: "mail-api-key-created-intro",
            action: "mail-action-review-api-keys",
            expiry: "mail-api-key-created-expiry",
            ignore: "mail-api-key-created-ignore",
        },
        Kind::ApiKeyRevoked => Parts {
            subject: "mail-api-key-revoked-subject",
            intro: "mail-api-key-revoked-intro",
            action: "mail-action-review-api-keys",
            expiry: "mail-changed-by-you",
            ignore: "mail-not-you-reset-check",
        },
        Kind::ExportReady => Parts {
            subject: "mail-export-ready-subject",
            intro: "mail-export-ready-intro",
            action: "mail-export-ready-action",
            expiry: "mail-export-ready-expiry",
            ignore: "mail-export-ready-ignore",
        },
        Kind::ErasureScheduled => Parts {
            subject: "mail-erasure-scheduled-subject",
            intro: "mail-erasure-scheduled-intro",
            action: "mail-erasure-scheduled-action",
            expiry: "mail-erasure-scheduled-expiry",
            ignore: "mail-erasure-scheduled-ignore",
        },
        Kind::PolicyChange => Parts {
            subject: "mail-policy-change-subject",
            intro: "mail-policy-change-intro",
            action: "mail-policy-change-action",
            expiry: "mail-policy-change-expiry",
            ignore: "mail-policy-change-ignore",
        },
        Kind::SupportReceived => Parts {
            subject: "mail-support-received-subject",
            intro: "mail-support-received-intro",
            action: "mail-support-received-action",
            expiry: "mail-support-received-expiry",
            ignore: "mail-support-received-ignore",
        },
        Kind::SupportReply => Parts {
            subject: "mail-support-reply-subject",
            intro: "mail-support-reply-intro",
            action: "mail-support-reply-action",
            expiry: "mail-support-reply-expiry",
            ignore: "mail-support-reply-ignore",
        },
        Kind::PublishApproval => Parts {
            subject: "mail-publish-approval-subject",
            intro: "mail-publish-approval-intro",
            action: "mail-publish-approval-action",
            expiry: "mail-publish-approval-expiry",
            ignore: "mail-publish-approval-ignore",
        },
        Kind::Receipt => Parts {
            subject: "mail-receipt-subject",
            intro: "mail-receipt-intro",
            action: "mail-action-view-invoice",
            expiry: "mail-receipt-expiry",
            ignore: "mail-receipt-ignore",
        },
        Kind::PlanRenewed => Parts {
            subject: "mail-plan-renewed-subject",
            intro: "mail-plan-renewed-intro",
            action: "mail-action-view-invoice",
            expiry: "mail-plan-renewed-expiry",
            ignore: "mail-plan-renewed-ignore",
        },
        Kind::PaymentFailed => Parts {
            subject: "mail-payment-failed-subject",
            intro: "mail-payment-failed-intro",
            action: "mail-payment-failed-action",
            expiry: "mail-payment-failed-expiry",
            ignore: "mail-payment-failed-ignore",
        },
        Kind::PlanEnding => Parts {
            subject: "mail-plan-ending-subject",
            intro: "mail-plan-ending-intro",
            action: "mail-plan-ending-action",
            expiry: "mail-plan-ending-expiry",
            ignore: "mail-plan-ending-ignore",
        },
        Kind::CheckoutFailed => Parts {
            subject: "mail-checkout-failed-subject",
            intro: "mail-checkout-failed-intro",
            action: "mail-checkout-failed-action",
            expiry: "mail-checkout-failed-expiry",
            ignore: "mail-checkout-failed-ignore",
        },
        Kind::ShareTakenDown => Parts {
            subject: "report-mail-taken-down-subject",
            intro: "report-mail-taken-down-intro",
            action: "report-mail-taken-down-action",
            expiry: "report-mail-taken-down-appeal",
            ignore: "report-mail-taken-down-closing",
        },
        Kind::ReportActedOn => Parts {
            subject: "report-mail-outcome-subject",
            intro: "report-mail-acted-intro",
            action: "report-mail-outcome-action",
            expiry: "report-mail-outcome-private",
            ignore: "report-mail-outcome-closing",
        },
        Kind::ReportDismissed => Parts {
            subject: "report-mail-outcome-subject",
            intro: "report-mail-dismissed-intro",
            action: "report-mail-outcome-action",
            expiry: "report-mail-outcome-private",
            ignore: "report-mail-outcome-closing",
        },
    }
}

/// What an email shows besides its link: the values its messages name (those an email does not
/// name are left out of it).
#[derive(Debug, Clone, Copy, Default)]
pub struct Values<'a> {
    /// What is bought or paid for: a pack's or plan's label (`None`: credits alone).
    pub what: Option<&'a str>,
    /// The amount paid, in minor units (cents), with its ISO currency code.
    pub amount: Option<(i64, &'a str)>,
    /// The credits added.
    pub credits: Option<i64>,
    /// The day something takes effect: a policy change, a plan's end.
    pub date: Option<NaiveDate>,
    /// The operator's summary of a policy change.
    pub summary: Option<&'a str>,
    /// An admin's answer to a support message.
    pub reply: Option<&'a str>,
    /// Who asks for a post's approval.
    pub requester: Option<&'a str>,
    /// Where the post would go.
    pub places: Option<&'a str>,
    /// The support page's address (how to appeal a decision).
    pub support: Option<&'a str>,
}

impl Values<'_> {
    /// The values as the catalogue's arguments, written for `lang`.
    fn args(&self, lang: Language) -> Vec<(&'static str, Arg)> {
        let what = self
            .what
            .map_or_else(|| t!(lang, "mail-what-credits"), str::to_owned);
        let mut args = vec![("what", Arg::from(what))];
        if let Some((minor, currency)) = self.amount {
            args.push(("amount", Arg::from(amount(lang, minor, currency))));
        }
        if let Some(credits) = self.credits {
            args.push(("credits", Arg::from(credits)));
        }
        if let Some(date) = self.date {
            args.push(("date", Arg::from(day(lang, date))));
        }
        for (name, value) in [
            ("summary", self.summary),
            ("reply", self.reply),
            ("requester", self.requester),
            ("where", self.places),
            ("support", self.support),
        ] {
            if let Some(value) = value {
                args.push((name, Arg::from(value)));
            }
        }
        args
    }
}

/// An amount as `lang` writes it. English keeps the billing pages' form (`€5.00`, `99.00 SEK`),
/// and so do currencies without minor units (`¥1500`), which [`i18n::money`] does not take.
fn amount(lang: Language, minor: i64, currency: &str) -> String {
    let billing = obscura_shared::billing::money(minor, currency);
    if matches!(lang, Language::En) || !billing.contains('.') {
        billing
    } else {
        i18n::money(lang, minor, currency)
    }
}

/// A day as `lang` writes it; English keeps the ISO form (`2026-03-31`) its emails always had.
fn day(lang: Language, date: NaiveDate) -> String {
    match lang {
        Language::En => date.format("%Y-%m-%d").to_string(),
        Language::De | Language::Fr | Language::Pseudo => {
            i18n::date(lang, date.year(), date.month(), date.day())
        }
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A paragraph of the HTML body: escaped, its line breaks kept (a reply or a summary may have
/// several lines).
fn paragraph(s: &str) -> String {
    escape(s).replace('\n', "<br>")
}

/// Renders one email with its link to `to`, greeting `name`.
#[must_use]
pub fn render(kind: &Kind, lang: Language, to: &str, name: &str, link: &str) -> Email {
    render_with(kind, lang, to, name, link, &Values::default())
}

/// Renders one email with its link and the values its text names.
#[must_use]
pub fn render_with(
    kind: &Kind,
    lang: Language,
    to: &str,
    name: &str,
    link: &str,
    values: &Values<'_>,
) -> Email {
    let ids = parts(kind);
    let args = values.args(lang);
    let part = |id: &str| i18n::text(lang, id, &args);
    let (subject, intro, action, expiry, ignore) = (
        part(ids.subject),
        part(ids.intro),
        part(ids.action),
        part(ids.expiry),
        part(ids.ignore),
    );
    // An empty name (mail to an address nobody has proven yet) greets without one.
    let name = name.trim();
    let greeting = if name.is_empty() {
        t!(lang, "mail-greeting-anonymous")
    } else {
        t!(lang, "mail-greeting", name = name)
    };
    let link_label = t!(lang, "mail-link-label", action = action.as_str());
    let text_body = format!(
        "{greeting}\n\n{intro}\n\n{link_label}\n{link}\n\n{expiry}\n{ignore}\n\n— Obscura\n"
    );
    let html = format!(
        r#"<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{subject}</title></head>
<body style="margin:0;padding:0;background:#f4f4f7;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#16161d">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="background:#f4f4f7;padding:32px 12px"><tr><td align="center">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="max-width:520px;background:#ffffff;border-radius:16px;padding:32px">
<tr><td style="font-size:20px;font-weight:700;letter-spacing:-0.01em;padding-bottom:24px"><span style="display:inline-block;width:12px;height:12px;border-radius:6px;background:#6d4aff;margin-right:8px"></span>Obscura</td></tr>
<tr><td style="font-size:16px;line-height:1.6"><p style="margin:0 0 16px">{greeting}</p><p style="margin:0 0 24px">{intro}</p>
<p style="margin:0 0 24px"><a href="{link}" style="display:inline-block;background:#5b3df5;color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:10px">{action}</a></p>
<p style="margin:0 0 8px;font-size:14px;color:#4a4a57">{expiry}</p><p style="margin:0 0 24px;font-size:14px;color:#4a4a57">{ignore}</p>
<p style="margin:0;font-size:12px;color:#4a4a57;word-break:break-all">{link}</p></td></tr>
</table></td></tr></table></body></html>"#,
        lang = lang.code(),
        subject = escape(&subject),
        greeting = escape(&greeting),
        intro = paragraph(&intro),
        action = paragraph(&action),
        expiry = paragraph(&expiry),
        ignore = paragraph(&ignore),
        link = escape(link),
    );
    Email {
        to: to.to_owned(),
        subject,
        text: text_body,
        html,
    }
}

/// Renders the policy-change notice with the day it takes effect and the operator's summary.
#[must_use]
pub fn render_policy_change(
    lang: Language,
    to: &str,
    name: &str,
    link: &str,
    date: NaiveDate,
    summary: &str,
) -> Email {
    render_with(
        &Kind::PolicyChange,
        lang,
        to,
        name,
        link,
        &Values {
            date: Some(date),
            summary: Some(summary),
            ..Values::default()
        },
    )
}

/// Renders an admin's answer to a support message.
#[must_use]
pub fn render_support_reply(
    lang: Language,
    to: &str,
    name: &str,
    link: &str,
    reply: &str,
) -> Email {
    render_with(
        &Kind::SupportReply,
        lang,
        to,
        name,
        link,
        &Values {
            reply: Some(reply),
            ..Values::default()
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Kind; 30] = [
        Kind::Verify,
        Kind::MagicLink,
        Kind::Reset,
        Kind::EmailChange,
        Kind::EmailChanged,
        Kind::PasswordChanged,
        Kind::NewDevice,
        Kind::EarlierAccessRemoved,
        Kind::ExportReady,
        Kind::ErasureScheduled,
        Kind::PolicyChange,
        Kind::SupportReceived,
        Kind::SupportReply,
        Kind::TwoStepAdded,
        Kind::TwoStepRemoved,
        Kind::RecoveryCodesRenewed,
        Kind::RecoveryCodeUsed,
        Kind::PasskeyAdded,
        Kind::PasskeyRemoved,
        Kind::ApiKeyCreated,
        Kind::ApiKeyRevoked,
        Kind::PublishApproval,
        Kind::Receipt,
        Kind::PlanRenewed,
        Kind::PaymentFailed,
        Kind::PlanEnding,
        Kind::CheckoutFailed,
        Kind::ShareTakenDown,
        Kind::ReportActedOn,
        Kind::ReportDismissed,
    ];

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 31).unwrap()
    }

    fn values() -> Values<'static> {
        Values {
            what: Some("Small pack"),
            amount: Some((500, "eur")),
            credits: Some(50),
            date: Some(day()),
            summary: Some("We add a & b.\nSecond <line>."),
            reply: Some("Hello,\nthe answer is <yes>."),
            requester: Some("Bob & Co"),
            places: Some("X (@bob)"),
            support: Some("https://o.example/support"),
        }
    }

    #[test]
    fn every_email_exists_in_every_language_with_its_link() {
        for kind in ALL {
            for lang in Language::ALL {
                let e = render_with(
                    &kind,
                    lang,
                    "a@b.c",
                    "Ada <x>",
                    "https://o.example/x?token=abc&y=1",
                    &values(),
                );
                assert!(e.text.contains("https://o.example/x?token=abc&y=1"));
                assert!(e.html.contains("https://o.example/x?token=abc&amp;y=1"));
                assert!(e.html.contains("Ada &lt;x&gt;"), "names are escaped");
                assert!(!e.subject.is_empty());
                // A message missing from the catalogue would show its id.
                assert!(
                    !e.subject.contains("mail-") && !e.text.contains("mail-"),
                    "{kind:?} in {}: {}",
                    lang.code(),
                    e.text
                );
                assert!(!e.text.contains('{'), "{kind:?}: every value is filled in");
            }
        }
        assert_ne!(
            render(&Kind::Reset, Language::De, "a@b.c", "A", "l").subject,
            render(&Kind::Reset, Language::En, "a@b.c", "A", "l").subject
        );
    }

    #[test]
    fn the_english_text_reads_as_it_always_did() {
        let e = render(
            &Kind::MagicLink,
            Language::En,
            "a@b.c",
            " Ada ",
            "https://l",
        );
        assert_eq!(e.subject, "Your Obscura sign-in link");
        assert_eq!(
            e.text,
            "Hello Ada,\n\nSomeone (hopefully you) asked for a link to sign in to Obscura.\n\n\
             Sign in to Obscura:\nhttps://l\n\nThe link works once, for 15 minutes.\n\
             If you did not ask for it, ignore this email: your account stays as it is.\n\n— Obscura\n"
        );
        let e = render(&Kind::Verify, Language::En, "a@b.c", "", "https://l");
        assert!(e.text.starts_with("Hello,\n\n"));
        let e = render_with(&Kind::Receipt, Language::En, "a@b.c", "A", "l", &values());
        assert_eq!(e.subject, "Your Obscura receipt: Small pack");
        assert!(e.text.contains(
            "Thank you. We received €5.00 for Small pack, and 50 credits are in your account."
        ));
        let e = render_policy_change(Language::En, "a@b.c", "A", "l", day(), "Shorter.");
        assert_eq!(e.subject, "Our privacy policy changes on 2026-03-31");
        assert!(
            e.text.contains(
                "On 2026-03-31 the privacy policy of Obscura changes. In short: Shorter."
            )
        );
    }

    #[test]
    fn amounts_dates_and_credits_are_written_in_the_readers_language() {
        let de = render_with(&Kind::Receipt, Language::De, "a@b.c", "A", "l", &values());
        assert!(
            de.text
                .contains("Wir haben 5,00\u{a0}€ für Small pack erhalten, und 50 Credits sind")
        );
        let fr = render_with(
            &Kind::PlanRenewed,
            Language::Fr,
            "a@b.c",
            "A",
            "l",
            &Values {
                credits: Some(1),
                amount: Some((123_456, "eur")),
                ..values()
            },
        );
        assert!(fr.text.contains("1\u{202f}234,56\u{a0}€"), "{}", fr.text);
        assert!(
            fr.text.contains("1 crédit est sur votre compte"),
            "{}",
            fr.text
        );
        let en = render_with(
            &Kind::Receipt,
            Language::En,
            "a@b.c",
            "A",
            "l",
            &Values {
                what: None,
                credits: Some(1),
                ..values()
            },
        );
        assert_eq!(en.subject, "Your Obscura receipt: credits");
        assert!(en.text.contains("and 1 credit is in your account"));
        let de = render_policy_change(Language::De, "a@b.c", "A", "l", day(), "Kürzer.");
        assert_eq!(
            de.subject,
            "Unsere Datenschutzerklärung ändert sich am 31.\u{a0}März\u{a0}2026"
        );
        let fr = render_with(
            &Kind::PlanEnding,
            Language::Fr,
            "a@b.c",
            "A",
            "l",
            &values(),
        );
        assert!(fr.subject.ends_with("se termine le 31\u{a0}mars\u{a0}2026"));
        // A currency without minor units keeps the billing pages' form.
        assert_eq!(amount(Language::De, 1500, "jpy"), "¥1500");
        assert_eq!(amount(Language::En, 9900, "sek"), "99.00 SEK");
    }

    #[test]
    fn values_are_escaped_in_html_with_their_line_breaks() {
        let e = render_with(
            &Kind::SupportReply,
            Language::Fr,
            "a@b.c",
            "",
            "l",
            &values(),
        );
        assert!(e.text.contains("Hello,\nthe answer is <yes>."));
        assert!(e.html.contains("Hello,<br>the answer is &lt;yes&gt;."));
        assert!(e.text.starts_with("Bonjour,\n\n"));
        assert!(e.text.contains("Nous écrire à nouveau :\nl\n"));
        let e = render_policy_change(Language::En, "a@b.c", "", "l", day(), "a & b\nc");
        assert!(e.html.contains("In short: a &amp; b<br>c"));
        let e = render_with(
            &Kind::PublishApproval,
            Language::De,
            "a@b.c",
            "",
            "l",
            &values(),
        );
        assert!(e.html.contains("Bob &amp; Co bittet Sie"));
        assert!(e.text.contains("auf X (@bob) zu genehmigen"));
    }
}
