//! The mail the app sent, read from the development outbox.

use std::time::Duration;

use super::TestApp;

/// Waits for a mail to `to` whose subject contains `subject` in the outbox; returns its link.
pub async fn mail_link(app: &TestApp, to: &str, subject: &str) -> String {
    let outbox = app.state.mailer.outbox().expect("outbox transport");
    for _ in 0..100 {
        let found = outbox
            .list()
            .await
            .unwrap()
            .into_iter()
            .find(|m| m.email.to == to && m.email.subject.contains(subject));
        if let Some(m) = found {
            return m
                .email
                .text
                .split_whitespace()
                .find(|w| w.starts_with("http"))
                .unwrap()
                .to_owned();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("no mail to {to} about {subject:?}");
}

/// Waits until at least `n` mails to `to` whose subject contains `subject` are in the outbox
/// (mail is sent in the background); returns them, newest first.
pub async fn await_mails(
    app: &TestApp,
    to: &str,
    subject: &str,
    n: usize,
) -> Vec<obscura_server::mail::Stored> {
    let outbox = app.state.mailer.outbox().expect("outbox transport");
    for _ in 0..200 {
        let found: Vec<_> = outbox
            .list()
            .await
            .unwrap()
            .into_iter()
            .filter(|m| m.email.to == to && m.email.subject.contains(subject))
            .collect();
        if found.len() >= n {
            return found;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("fewer than {n} mails to {to} about {subject:?}");
}

/// How many mails went to `to` (after a pause, for asserting that none more were sent).
pub async fn mails_to(app: &TestApp, to: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(300)).await;
    let outbox = app.state.mailer.outbox().unwrap();
    outbox
        .list()
        .await
        .unwrap()
        .iter()
        .filter(|m| m.email.to == to)
        .count()
}
