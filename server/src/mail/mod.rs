//! The families' e-mails: composed from `locales/` in the application's language, written to the
//! `mail_outbox` table in the transaction of what they announce, and sent by the [`sender`]
//! (at least once: a crash between the relay's "OK" and the row's update sends it again).

pub mod sender;

use chrono::{DateTime, NaiveDate, Utc};
use kezek_i18n::{FluentArgs, Localizer};
use sqlx::PgConnection;

/// A composed message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub language: String,
    pub subject: String,
    pub body: String,
}

impl Letter {
    /// The commission's decision on an application, once its protocol is signed.
    pub fn decision(
        language: &str,
        application: &str,
        child: &str,
        protocol: &str,
        date: NaiveDate,
        decision: &str,
    ) -> Letter {
        let loc = Localizer::new(language);
        let mut args = FluentArgs::new();
        args.set("application", application.to_string());
        args.set("child", child.to_string());
        args.set("protocol", protocol.to_string());
        args.set("date", date.format("%d.%m.%Y").to_string());
        let body_id = if decision == "approved" {
            "mail-decision-approved"
        } else {
            "mail-decision-rejected"
        };
        Letter {
            language: language.to_string(),
            subject: loc.message("mail-decision-subject", Some(&args)),
            body: format!(
                "{}\n\n{}",
                loc.message(body_id, Some(&args)),
                loc.message("mail-signature", None)
            ),
        }
    }
}

/// Writes `letter` to the outbox, due now.
pub async fn enqueue(
    conn: &mut PgConnection,
    recipient: &str,
    letter: &Letter,
    kind: &str,
    object_id: Option<i64>,
    now: DateTime<Utc>,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO mail_outbox (recipient, language, subject, body, kind, object_id, \
         created_at, next_try_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
    )
    .bind(recipient)
    .bind(&letter.language)
    .bind(&letter.subject)
    .bind(&letter.body)
    .bind(kind)
    .bind(object_id)
    .bind(now)
    .fetch_one(conn)
    .await
}
