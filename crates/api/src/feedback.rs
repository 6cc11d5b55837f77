//! Feedback (seed 000, §V "Обратная связь"): a message to the system's developers and
//! administrators. It works offline: signed in to a server, the message waits in the outbox and
//! leaves with the next sync; without a server (the demo) it is kept on this computer.
//!
//! Refusals are `invalid_input` with a `reason` the UI translates as `feedback-error-<reason>`.

use crate::error::ApiError;
use crate::{actor, Kezek};
use chrono::Utc;
use kezek_store::{FeedbackEntry, NewFeedback};
use kezek_sync::feedback::{MAX_MESSAGE_CHARS, MAX_SUBJECT_CHARS};

fn refused(reason: &str, detail: String) -> ApiError {
    ApiError::invalid_input(detail).with_arg("reason", reason)
}

impl Kezek {
    /// Writes a message (the subject is optional); sent with the next sync when signed in.
    pub async fn send_feedback(
        &self,
        subject: Option<&str>,
        message: &str,
    ) -> Result<FeedbackEntry, ApiError> {
        let subject = subject.map(str::trim).filter(|s| !s.is_empty());
        let message = message.trim();
        if message.is_empty() {
            return Err(refused("message_required", "the message is empty".into()));
        }
        let chars = message.chars().count();
        if chars > MAX_MESSAGE_CHARS {
            return Err(refused(
                "message_too_long",
                format!("{chars} characters, at most {MAX_MESSAGE_CHARS}"),
            )
            .with_arg("max", MAX_MESSAGE_CHARS.to_string()));
        }
        if subject.is_some_and(|s| s.chars().count() > MAX_SUBJECT_CHARS) {
            return Err(refused(
                "subject_too_long",
                format!("the subject has more than {MAX_SUBJECT_CHARS} characters"),
            )
            .with_arg("max", MAX_SUBJECT_CHARS.to_string()));
        }
        let new = NewFeedback {
            subject: subject.map(str::to_owned),
            message: message.to_owned(),
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
        };
        // Signed in: a server will take it. Otherwise there is nobody to send it to.
        let send = self.account_status().user.is_some();
        Ok(self
            .store
            .write_feedback(&new, send, &actor(self), Utc::now())
            .await?)
    }

    /// The messages written on this computer, newest first.
    pub async fn feedback(&self) -> Result<Vec<FeedbackEntry>, ApiError> {
        Ok(self.store.feedback().await?)
    }
}
