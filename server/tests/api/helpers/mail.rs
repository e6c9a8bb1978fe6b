//! The mail the app sent, read from the development outbox. Mail goes out in the background;
//! these helpers first let the mailer settle (every send in flight finished) and then read the
//! outbox once, so nothing here polls or sleeps. Mail sent by a job goes out only once the test
//! has run the job ([`TestApp::run_pending_jobs`]).

use std::time::Duration;

use obscura_server::mail::Stored;

use super::TestApp;

/// Long enough for any send to the outbox; a mailer that never settles fails the test.
const SETTLE_WITHIN: Duration = Duration::from_secs(20);

/// Waits until every message the app has handed to its mailer is sent.
pub async fn settle(app: &TestApp) {
    tokio::time::timeout(SETTLE_WITHIN, app.state.mailer.settle())
        .await
        .expect("the mail in flight is sent within 20 s");
}

/// Every message in the outbox once the mailer has settled, newest first.
pub async fn outbox(app: &TestApp) -> Vec<Stored> {
    settle(app).await;
    app.state
        .mailer
        .outbox()
        .expect("outbox transport")
        .list()
        .await
        .unwrap()
}

/// The messages to `to` whose subject contains `subject`, newest first.
pub async fn mails_about(app: &TestApp, to: &str, subject: &str) -> Vec<Stored> {
    outbox(app)
        .await
        .into_iter()
        .filter(|m| m.email.to == to && m.email.subject.contains(subject))
        .collect()
}

/// The first link (`http…` word) in a text: a mail's plain-text body, a command's output.
pub fn first_link(text: &str) -> String {
    text.split_whitespace()
        .find(|w| w.starts_with("http"))
        .expect("a link in the text")
        .to_owned()
}

/// The link in a message's plain-text body.
pub fn link_in(mail: &Stored) -> String {
    first_link(&mail.email.text)
}

/// The link in the newest mail to `to` whose subject contains `subject`.
pub async fn mail_link(app: &TestApp, to: &str, subject: &str) -> String {
    let mails = mails_about(app, to, subject).await;
    let newest = mails
        .first()
        .unwrap_or_else(|| panic!("no mail to {to} about {subject:?}"));
    link_in(newest)
}

/// At least `n` mails to `to` whose subject contains `subject` (fails with fewer); returns
/// them, newest first.
pub async fn await_mails(app: &TestApp, to: &str, subject: &str, n: usize) -> Vec<Stored> {
    let found = mails_about(app, to, subject).await;
    assert!(
        found.len() >= n,
        "fewer than {n} mails to {to} about {subject:?}: {}",
        found.len()
    );
    found
}

/// How many mails went to `to` (all of them sent: for asserting that none more were).
pub async fn mails_to(app: &TestApp, to: &str) -> usize {
    outbox(app)
        .await
        .iter()
        .filter(|m| m.email.to == to)
        .count()
}
