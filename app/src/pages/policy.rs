//! `/privacy`: the privacy policy, rendered from the running configuration in the reader's
//! language (the generated facts as the server states them in that language).

use leptos::prelude::*;
use leptos_meta::Title;
use obscura_shared::{
    account::Language,
    i18n, routes,
    site::SiteInfo,
    storage::{DECLARED, Declaration, StorageKind},
    t,
};

use crate::site_info;

/// A piece of a message with markup: plain text, or `<name>…</name>`, which the page renders as
/// an element (a link, strong text, a date) around the text inside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Part {
    /// Text as it is.
    Text(String),
    /// The element `name` around `inner`.
    Tagged(String, String),
}

/// The parts of a message: each `<name>…</name>` (a lowercase name) is an element, the rest
/// text. A `<` that opens no such pair is text.
pub(crate) fn parts(message: &str) -> Vec<Part> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut rest = message;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let name_len = after
            .find(|c: char| !c.is_ascii_lowercase())
            .unwrap_or(after.len());
        let name = &after[..name_len];
        let closing = format!("</{name}>");
        let tagged = (name_len > 0 && after[name_len..].starts_with('>'))
            .then(|| {
                let body = &after[name_len + 1..];
                body.find(&closing)
                    .map(|end| (&body[..end], &body[end + closing.len()..]))
            })
            .flatten();
        if let Some((inner, next)) = tagged {
            text.push_str(&rest[..open]);
            if !text.is_empty() {
                out.push(Part::Text(std::mem::take(&mut text)));
            }
            out.push(Part::Tagged(name.to_owned(), inner.to_owned()));
            rest = next;
        } else {
            text.push_str(&rest[..=open]);
            rest = after;
        }
    }
    text.push_str(rest);
    if !text.is_empty() {
        out.push(Part::Text(text));
    }
    out
}

/// A message with markup as a view: `element(name, inner)` renders each tagged part (`None`
/// for a name it does not know, shown as the text it was).
pub(crate) fn rich(
    message: &str,
    element: impl Fn(&str, String) -> Option<AnyView>,
) -> Vec<AnyView> {
    parts(message)
        .into_iter()
        .map(|p| match p {
            Part::Text(s) => s.into_any(),
            Part::Tagged(name, inner) => element(&name, inner.clone())
                .unwrap_or_else(|| format!("<{name}>{inner}</{name}>").into_any()),
        })
        .collect()
}

/// A link in a message, styled as the pages' links.
pub(crate) fn link(href: String, inner: String) -> AnyView {
    view! { <a class="link" href=href>{inner}</a> }.into_any()
}

/// A date of the policy (`YYYY-MM-DD`) as `lang` writes it; English keeps the form the policy
/// has always shown.
#[must_use]
pub(crate) fn policy_date(lang: Language, iso: &str) -> String {
    if lang == Language::En {
        return iso.to_owned();
    }
    let mut fields = iso.splitn(3, '-').map(str::parse::<u32>);
    match (fields.next(), fields.next(), fields.next()) {
        (Some(Ok(y)), Some(Ok(m)), Some(Ok(d))) => {
            let shown = i18n::date(lang, i32::try_from(y).unwrap_or_default(), m, d);
            // French writes the first of the month as an ordinal: « 1er mars 2026 ».
            if lang == Language::Fr && d == 1 {
                shown.replacen('1', "1er", 1)
            } else {
                shown
            }
        }
        _ => iso.to_owned(),
    }
}

/// The notice at the top of a translated policy or terms page: this page is a translation and
/// the authoritative language's version prevails, with a link to it. Nothing in that language.
pub(crate) fn translation_notice(
    lang: Language,
    site: &SiteInfo,
    message: &'static str,
    route: &'static str,
) -> Option<impl IntoView + use<>> {
    let authoritative = site.authoritative_language;
    (lang != authoritative).then(|| {
        let text = i18n::text(
            lang,
            message,
            &[("language", i18n::Arg::from(authoritative.code()))],
        );
        let href = format!("{route}?{}", i18n::query_for(authoritative));
        view! {
            <p class="notice notice-info" role="note">
                {rich(&text, |name, inner| {
                    (name == "link").then(|| {
                        view! {
                            <a class="link" href=href.clone() hreflang=authoritative.code() lang=authoritative.code()>
                                {inner}
                            </a>
                        }
                        .into_any()
                    })
                })}
            </p>
        }
    })
}

/// A declared cookie or storage key's purpose and lifetime, as `lang` says them (as declared,
/// in English, for one without messages).
fn storage_text(lang: Language, d: &Declaration) -> (String, String) {
    use obscura_shared::storage::{
        OAUTH_COOKIE, SESSION_COOKIE, SIGNUP_COOKIE, TRIAL_COOKIE, TWO_STEP_COOKIE,
    };
    let name = d.name;
    let ids = if name == SESSION_COOKIE {
        Some(("policy-storage-session", "policy-storage-session-lasts"))
    } else if name == OAUTH_COOKIE {
        Some(("policy-storage-oauth", "policy-storage-oauth-lasts"))
    } else if name == SIGNUP_COOKIE {
        Some(("policy-storage-signup", "policy-storage-signup-lasts"))
    } else if name == TWO_STEP_COOKIE {
        Some(("policy-storage-two-step", "policy-storage-two-step-lasts"))
    } else if name == TRIAL_COOKIE {
        Some(("policy-storage-trial", "policy-storage-trial-lasts"))
    } else if name == i18n::COOKIE {
        Some(("policy-storage-language", "policy-storage-language-lasts"))
    } else if name == obscura_shared::theme::STORAGE_KEY {
        Some(("policy-storage-theme", "policy-storage-theme-lasts"))
    } else if name == obscura_shared::consent::COOKIE {
        Some(("policy-storage-consent", "policy-storage-consent-lasts"))
    } else {
        None
    };
    ids.map_or_else(
        || (d.purpose.to_owned(), d.lifetime.to_owned()),
        |(purpose, lasts)| (i18n::text(lang, purpose, &[]), i18n::text(lang, lasts, &[])),
    )
}

/// The privacy policy page.
#[component]
#[allow(clippy::too_many_lines)] // the policy, section by section
pub fn Privacy() -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let site = site_info();
    let c = site.controller.clone();
    let categories = site.data_categories_in(lang).to_vec();
    let processors = site.processors_in(lang).to_vec();
    let min_age = site.min_age;
    let policy = site.policy.clone();
    let contact = c.email.clone();
    let https = site.public_url.starts_with("https:");
    let policy_notice_days = site.policy_notice_days;
    let erasure = match site.erasure_grace_days {
        0 => t!(lang, "policy-erasure-at-once"),
        days => t!(lang, "policy-erasure-grace", days = days),
    };
    // The elements the policy's messages mark.
    let element = move |name: &str, inner: String| -> Option<AnyView> {
        Some(match name {
            "b" => view! { <strong>{inner}</strong> }.into_any(),
            "settings" => link(routes::SETTINGS_PRIVACY.to_owned(), inner),
            "profile" => link(routes::SETTINGS_PROFILE.to_owned(), inner),
            "cookies" => link(routes::COOKIES.to_owned(), inner),
            "support" => link(routes::SUPPORT.to_owned(), inner),
            "versions" => link(routes::PRIVACY_VERSIONS.to_owned(), inner),
            "mail" => link(format!("mailto:{inner}"), inner),
            _ => return None,
        })
    };
    let purpose = t!(lang, "policy-column-purpose");
    let basis = t!(lang, "policy-column-basis");
    let kept = t!(lang, "policy-column-kept");
    let kind = t!(lang, "policy-storage-column-type");
    let lasts = t!(lang, "policy-storage-column-lasts");
    let needs_consent = t!(lang, "policy-storage-column-consent");
    let why = format!("{} ", t!(lang, "policy-recipient-why"));
    let what = format!("{} ", t!(lang, "policy-recipient-what"));
    let place = format!("{} ", t!(lang, "policy-recipient-where"));
    let categories_label = t!(lang, "policy-data-table");
    let categories_caption = categories_label.clone();
    let storage_label = t!(lang, "policy-storage-table");
    let storage_caption = storage_label.clone();
    let effective = policy_date(lang, &policy.effective_date);
    view! {
        <Title text=t!(lang, "policy-title") />
        <article class="prose-page">
            {translation_notice(lang, &site, "policy-translation-notice", routes::PRIVACY)}
            <header>
                <p class="eyebrow">{t!(lang, "policy-title")}</p>
                <h1>{t!(lang, "policy-heading")}</h1>
                <p class="lead">{t!(lang, "policy-lead")}</p>
                <p class="meta">
                    {rich(
                        &t!(lang, "policy-meta", version = policy.version.clone(), date = effective),
                        |name, inner| match name {
                            "code" => Some(view! { <code>{inner}</code> }.into_any()),
                            "date" => Some(
                                view! { <time datetime=policy.effective_date.clone()>{inner}</time> }
                                    .into_any(),
                            ),
                            _ => None,
                        },
                    )}
                </p>
            </header>

            <section aria-labelledby="controller">
                <h2 id="controller">{t!(lang, "policy-controller-heading")}</h2>
                <p>{rich(&t!(lang, "policy-controller", name = c.name_in(lang)), element)}</p>
                <dl class="facts">
                    {c.address.clone().map(|a| view! { <dt>{t!(lang, "policy-address")}</dt><dd>{a}</dd> })}
                    <dt>{t!(lang, "policy-privacy-contact")}</dt>
                    <dd><a class="link" href=format!("mailto:{contact}")>{contact.clone()}</a></dd>
                    {c.dpo_email.clone().map(|d| view! {
                        <dt>{t!(lang, "policy-dpo")}</dt>
                        <dd><a class="link" href=format!("mailto:{d}")>{d.clone()}</a></dd>
                    })}
                </dl>
            </section>

            <section aria-labelledby="data">
                <h2 id="data">{t!(lang, "policy-data-heading")}</h2>
                <div class="table-wrap" tabindex="0" role="region" aria-label=categories_label>
                    <table>
                        <caption class="sr-only">{categories_caption}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t!(lang, "policy-column-data")}</th>
                                <th scope="col">{purpose.clone()}</th>
                                <th scope="col">{basis.clone()}</th>
                                <th scope="col">{kept.clone()}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {categories
                                .into_iter()
                                .map(|d| view! {
                                    <tr>
                                        <th scope="row">{d.name}</th>
                                        <td data-label=purpose.clone()>{d.purpose}</td>
                                        <td data-label=basis.clone()>{d.legal_basis}</td>
                                        <td data-label=kept.clone()>{d.retention}</td>
                                    </tr>
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
                <p>{t!(lang, "policy-never")}</p>
            </section>

            <section aria-labelledby="processors">
                <h2 id="processors">{t!(lang, "policy-recipients-heading")}</h2>
                <p>{t!(lang, "policy-recipients-lead")}</p>
                <ul class="cards">
                    {processors
                        .into_iter()
                        .map(|p| view! {
                            <li>
                                <h3>{p.name}</h3>
                                <p><strong>{why.clone()}</strong>{p.purpose}</p>
                                <p><strong>{what.clone()}</strong>{p.data}</p>
                                <p><strong>{place.clone()}</strong>{p.location}</p>
                            </li>
                        })
                        .collect_view()}
                </ul>
            </section>

            <section aria-labelledby="storage">
                <h2 id="storage">{t!(lang, "policy-storage-heading")}</h2>
                <p>{rich(&t!(lang, "policy-storage-lead"), element)}</p>
                <div class="table-wrap" tabindex="0" role="region" aria-label=storage_label>
                    <table>
                        <caption class="sr-only">{storage_caption}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t!(lang, "policy-storage-column-name")}</th>
                                <th scope="col">{kind.clone()}</th>
                                <th scope="col">{purpose.clone()}</th>
                                <th scope="col">{lasts.clone()}</th>
                                <th scope="col">{needs_consent.clone()}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {DECLARED
                                .iter()
                                .filter(|d| d.applies(&site))
                                .map(|d| {
                                    let (what_for, how_long) = storage_text(lang, d);
                                    view! {
                                        <tr>
                                            <th scope="row"><code>{d.name_on(https)}</code></th>
                                            <td data-label=kind.clone()>
                                                {match d.kind {
                                                    StorageKind::Cookie => t!(lang, "policy-storage-cookie"),
                                                    StorageKind::LocalStorage => t!(lang, "policy-storage-local"),
                                                }}
                                            </td>
                                            <td data-label=purpose.clone()>{what_for}</td>
                                            <td data-label=lasts.clone()>{how_long}</td>
                                            <td data-label=needs_consent.clone()>
                                                {if d.essential {
                                                    t!(lang, "policy-storage-essential")
                                                } else {
                                                    t!(lang, "policy-storage-optional")
                                                }}
                                            </td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
            </section>

            <section aria-labelledby="rights">
                <h2 id="rights">{t!(lang, "policy-rights-heading")}</h2>
                <p>{t!(lang, "policy-rights-lead")}</p>
                <ul class="list">
                    <li>{rich(&t!(lang, "policy-right-access"), element)}</li>
                    <li>{rich(&t!(lang, "policy-right-rectification"), element)}</li>
                    <li>{rich(&t!(lang, "policy-right-erasure", erasure = erasure), element)}</li>
                    <li>{rich(&t!(lang, "policy-right-restriction"), element)}</li>
                    <li>{rich(&t!(lang, "policy-right-withdraw"), element)}</li>
                    <li>
                        {rich(
                            &c.supervisory_authority.clone().map_or_else(
                                || t!(lang, "policy-right-complaint"),
                                |a| t!(lang, "policy-right-complaint-authority", authority = a),
                            ),
                            element,
                        )}
                    </li>
                </ul>
                <p>{rich(&t!(lang, "policy-rights-contact", email = c.email.clone()), element)}</p>
            </section>

            <section aria-labelledby="age">
                <h2 id="age">{t!(lang, "policy-age-heading")}</h2>
                <p>{t!(lang, "policy-age", age = u32::from(min_age))}</p>
            </section>

            <section aria-labelledby="security">
                <h2 id="security">{t!(lang, "policy-security-heading")}</h2>
                <p>{t!(lang, "policy-security")}</p>
            </section>

            <section aria-labelledby="changes">
                <h2 id="changes">{t!(lang, "policy-changes-heading")}</h2>
                <p>{rich(&t!(lang, "policy-changes", days = policy_notice_days), element)}</p>
            </section>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_messages_splits_into_text_and_elements() {
        assert_eq!(
            parts("Write to <mail>a@b.example</mail> or use the <support>form</support>."),
            vec![
                Part::Text("Write to ".into()),
                Part::Tagged("mail".into(), "a@b.example".into()),
                Part::Text(" or use the ".into()),
                Part::Tagged("support".into(), "form".into()),
                Part::Text(".".into()),
            ]
        );
        assert_eq!(
            parts("1 < 2 and <b>bold</b"),
            vec![Part::Text("1 < 2 and <b>bold</b".into())]
        );
        assert_eq!(parts(""), vec![]);
    }

    #[test]
    fn policy_dates_are_written_as_each_language_does() {
        assert_eq!(policy_date(Language::En, "2026-03-01"), "2026-03-01");
        assert_eq!(
            policy_date(Language::De, "2026-03-01"),
            "1.\u{a0}März\u{a0}2026"
        );
        assert_eq!(
            policy_date(Language::Fr, "2026-03-01"),
            "1er\u{a0}mars\u{a0}2026"
        );
        assert_eq!(
            policy_date(Language::Fr, "2026-03-11"),
            "11\u{a0}mars\u{a0}2026"
        );
        assert_eq!(policy_date(Language::De, ""), "");
    }
}
