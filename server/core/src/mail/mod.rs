//! Outgoing mail: SMTP through `lettre` when `OBSCURA_SMTP_URL` is set, otherwise the
//! development outbox (files under `<data dir>/outbox`, shown at `/dev/outbox` in development).

pub mod templates;

use std::{path::PathBuf, sync::Arc};

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Mailbox, MultiPart},
};
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};
use tokio::sync::watch;

use crate::config::Config;

/// One message, ready to send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Email {
    /// The recipient address.
    pub to: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub text: String,
    /// HTML body.
    pub html: String,
}

/// A message kept by the outbox.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Stored {
    /// File stem, time-ordered.
    pub id: String,
    /// When it was "sent".
    pub sent_at: DateTime<Utc>,
    /// The message.
    pub email: Email,
}

/// Sends account mail.
#[derive(Clone)]
pub struct Mailer {
    from: Mailbox,
    transport: Transport,
    in_flight: InFlight,
}

/// How many messages handed to [`Mailer::send_in_background`] are still being sent, shared by
/// every clone of the mailer, so that [`Mailer::settle`] can wait for them. (A counter in a
/// `watch` channel rather than `tokio_util`'s `TaskTracker`: that one needs a feature of
/// `tokio-util` nothing else here turns on.)
#[derive(Clone)]
struct InFlight(Arc<watch::Sender<usize>>);

/// One send in flight: counted from its creation until it is dropped, however the send ends.
struct Sending(Arc<watch::Sender<usize>>);

impl InFlight {
    fn new() -> Self {
        Self(Arc::new(watch::Sender::new(0)))
    }

    fn start(&self) -> Sending {
        self.0.send_modify(|n| *n += 1);
        Sending(Arc::clone(&self.0))
    }
}

impl Drop for Sending {
    fn drop(&mut self) {
        self.0.send_modify(|n| *n = n.saturating_sub(1));
    }
}

#[derive(Clone)]
enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Outbox(Outbox),
}

/// The development outbox: one JSON file per message, the newest 200 kept.
#[derive(Debug, Clone)]
pub struct Outbox {
    dir: PathBuf,
}

const OUTBOX_KEEP: usize = 200;

impl Mailer {
    /// The transport the configuration asks for.
    ///
    /// # Errors
    /// If the SMTP URL cannot be used.
    pub fn from_config(config: &Config) -> Result<Self> {
        let from: Mailbox = config
            .mail
            .from
            .parse()
            .context("OBSCURA_MAIL_FROM is not a mailbox")?;
        let transport = match &config.mail.smtp_url {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose_secret())
                    .context("OBSCURA_SMTP_URL cannot be used")?
                    .timeout(Some(std::time::Duration::from_secs(20)))
                    .build(),
            ),
            None => Transport::Outbox(Outbox {
                dir: config.data_dir.join("outbox"),
            }),
        };
        Ok(Self {
            from,
            transport,
            in_flight: InFlight::new(),
        })
    }

    /// The outbox, when mail goes there.
    #[must_use]
    pub fn outbox(&self) -> Option<&Outbox> {
        match &self.transport {
            Transport::Outbox(o) => Some(o),
            Transport::Smtp(_) => None,
        }
    }

    /// Sends one message in the background, so that the answer to the request that caused it
    /// takes the same time whether or not it goes out. Failures are logged without the address.
    /// [`Mailer::settle`] waits for it.
    pub fn send_in_background(&self, email: Email) {
        let mailer = self.clone();
        // Counted before the task exists: once the caller returns, a settle sees this message.
        let sending = self.in_flight.start();
        tokio::spawn(async move {
            let _sending = sending;
            if let Err(e) = mailer.send(email).await {
                tracing::error!(error = format!("{e:#}"), "an email could not be sent");
            }
        });
    }

    /// Waits until no message handed to [`Mailer::send_in_background`] is still being sent
    /// (each one sent or failed), including any handed over while waiting. Tests read the outbox
    /// after this instead of polling it; a graceful shutdown can use it not to drop mail. It
    /// sets no time limit of its own (an SMTP send has its transport's timeout): bound it with
    /// `tokio::time::timeout` where waiting must end.
    pub async fn settle(&self) {
        let mut idle = self.in_flight.0.subscribe();
        // Fails only when the sender is gone, and `self` holds it.
        let _ = idle.wait_for(|n| *n == 0).await;
    }

    /// Sends one message.
    ///
    /// # Errors
    /// If the address is invalid or the transport fails (the error never contains the address).
    pub async fn send(&self, email: Email) -> Result<()> {
        match &self.transport {
            Transport::Smtp(smtp) => {
                let to: Mailbox = email.to.parse().context("recipient address")?;
                let message = Message::builder()
                    .from(self.from.clone())
                    .to(to)
                    .subject(email.subject.clone())
                    .multipart(MultiPart::alternative_plain_html(email.text, email.html))
                    .context("building the message")?;
                smtp.send(message).await.context("SMTP delivery")?;
                Ok(())
            }
            Transport::Outbox(outbox) => outbox.put(email).await,
        }
    }
}

impl Outbox {
    async fn put(&self, email: Email) -> Result<()> {
        tokio::fs::create_dir_all(&self.dir)
            .await
            .context("creating the outbox")?;
        let sent_at = Utc::now();
        let id = format!(
            "{}-{}",
            sent_at.format("%Y%m%dT%H%M%S%.6f"),
            &crate::accounts::crypto::new_token()[..8]
        );
        let stored = Stored {
            id: id.clone(),
            sent_at,
            email,
        };
        let path = self.dir.join(format!("{id}.json"));
        tokio::fs::write(&path, serde_json::to_vec(&stored)?)
            .await
            .context("writing to the outbox")?;
        // Keep the newest messages only.
        let mut names = self.names().await?;
        if names.len() > OUTBOX_KEEP {
            names.sort_unstable();
            for old in &names[..names.len() - OUTBOX_KEEP] {
                let _ = tokio::fs::remove_file(self.dir.join(old)).await;
            }
        }
        Ok(())
    }

    async fn names(&self) -> Result<Vec<String>> {
        let mut names = Vec::new();
        let Ok(mut dir) = tokio::fs::read_dir(&self.dir).await else {
            return Ok(names);
        };
        while let Some(entry) = dir.next_entry().await? {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".json") {
                names.push(name);
            }
        }
        Ok(names)
    }

    /// The kept messages, newest first.
    ///
    /// # Errors
    /// If the directory cannot be read.
    pub async fn list(&self) -> Result<Vec<Stored>> {
        let mut names = self.names().await?;
        names.sort_unstable_by(|a, b| b.cmp(a));
        let mut out = Vec::with_capacity(names.len());
        for name in names {
            if let Ok(bytes) = tokio::fs::read(self.dir.join(&name)).await
                && let Ok(stored) = serde_json::from_slice::<Stored>(&bytes)
            {
                out.push(stored);
            }
        }
        Ok(out)
    }
}
