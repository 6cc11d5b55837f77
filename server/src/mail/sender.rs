//! Sends what is due in the mail outbox over SMTP (lettre), marks each message sent, and on a
//! failure keeps it with the error and a later try (1, 2, 4 … 60 minutes; after
//! `MAX_ATTEMPTS` it waits for a person). The relay is plain SMTP (`smtp://[user:pass@]host[:port]`):
//! TLS to the outside world is the relay's job.

use crate::state::Clock;
use chrono::{DateTime, Duration, Utc};
use lettre::message::{header::ContentType, Mailbox};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sqlx::PgPool;

pub const MAX_ATTEMPTS: i32 = 10;
/// Messages sent per round.
const BATCH: i64 = 50;

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("the SMTP address {0:?} is not smtp://[user:password@]host[:port]")]
    Url(String),
    #[error("the sender address {0:?} is not a mailbox")]
    From(String),
}

#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

/// What one round did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Round {
    pub sent: u32,
    pub failed: u32,
}

impl Mailer {
    pub fn new(smtp_url: &str, from: &str) -> Result<Mailer, MailError> {
        let url = url::Url::parse(smtp_url).map_err(|_| MailError::Url(smtp_url.into()))?;
        let host = url.host_str().filter(|_| url.scheme() == "smtp");
        let host = host.ok_or_else(|| MailError::Url(smtp_url.into()))?;
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
            .port(url.port().unwrap_or(25))
            .timeout(Some(std::time::Duration::from_secs(20)));
        if !url.username().is_empty() {
            builder = builder.credentials(Credentials::new(
                url.username().to_string(),
                url.password().unwrap_or_default().to_string(),
            ));
        }
        let from = from.parse().map_err(|_| MailError::From(from.into()))?;
        Ok(Mailer {
            transport: builder.build(),
            from,
        })
    }

    /// Sends every message due at `now` (up to a batch).
    pub async fn round(&self, pool: &PgPool, now: DateTime<Utc>) -> Result<Round, sqlx::Error> {
        let due: Vec<(i64, String, String, String, i32)> = sqlx::query_as(
            "SELECT id, recipient, subject, body, attempts FROM mail_outbox \
             WHERE sent_at IS NULL AND next_try_at <= $1 AND attempts < $2 \
             ORDER BY id LIMIT $3",
        )
        .bind(now)
        .bind(MAX_ATTEMPTS)
        .bind(BATCH)
        .fetch_all(pool)
        .await?;
        let mut round = Round::default();
        for (id, to, subject, body, attempts) in due {
            match self.send(&to, &subject, body).await {
                Ok(()) => {
                    sqlx::query(
                        "UPDATE mail_outbox SET sent_at = $2, last_error = NULL WHERE id = $1",
                    )
                    .bind(id)
                    .bind(now)
                    .execute(pool)
                    .await?;
                    round.sent += 1;
                }
                Err(error) => {
                    tracing::warn!(id, %to, %error, "an e-mail was not sent");
                    let wait = Duration::minutes((1i64 << attempts.min(6)).min(60));
                    sqlx::query(
                        "UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2, \
                         next_try_at = $3 WHERE id = $1",
                    )
                    .bind(id)
                    .bind(error)
                    .bind(now + wait)
                    .execute(pool)
                    .await?;
                    round.failed += 1;
                }
            }
        }
        Ok(round)
    }

    async fn send(&self, to: &str, subject: &str, body: String) -> Result<(), String> {
        let to: Mailbox = to.parse().map_err(|e| format!("the address: {e}"))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|e| e.to_string())?;
        self.transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}

/// Runs rounds every `every` until the task is dropped.
pub async fn run(mailer: Mailer, pool: PgPool, clock: Clock, every: std::time::Duration) {
    loop {
        if let Err(error) = mailer.round(&pool, clock.now()).await {
            tracing::warn!(%error, "the mail outbox could not be read");
        }
        tokio::time::sleep(every).await;
    }
}
