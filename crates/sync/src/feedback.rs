//! Feedback (seed 000, §V "Обратная связь"): a message from an office to the system's developers
//! and administrators. Written offline like any other change: the desktop keeps the message and
//! pushes `feedback.send`; the server stores it once per `uid` and records who sent it from the
//! session, never from the arguments.

use serde::{Deserialize, Serialize};

/// The longest message, in characters.
pub const MAX_MESSAGE_CHARS: usize = 4000;
/// The longest subject, in characters.
pub const MAX_SUBJECT_CHARS: usize = 200;
/// The longest `uid` and `app_version`, in bytes.
pub const MAX_UID_LEN: usize = 64;
pub const MAX_APP_VERSION_LEN: usize = 64;

/// `feedback.send`: one message; the same `uid` sent again changes nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedbackSend {
    /// Made by the desktop (a UUID).
    pub uid: String,
    pub subject: Option<String>,
    pub message: String,
    /// The version of the app that sent it (what the developers need first).
    pub app_version: String,
}

impl FeedbackSend {
    pub const NAME: &'static str = "feedback.send";

    /// The arguments as they travel in [`crate::Mutation::args`].
    pub fn to_args(&self) -> serde_json::Value {
        serde_json::to_value(self).expect("plain fields serialize")
    }

    /// The first rule the message breaks, in words (the server's verdict detail).
    pub fn problem(&self) -> Option<String> {
        let uid = self.uid.trim();
        if uid.is_empty() || uid.len() > MAX_UID_LEN {
            return Some(format!("uid: 1 to {MAX_UID_LEN} bytes"));
        }
        if self.message.trim().is_empty() {
            return Some("message: required".into());
        }
        if self.message.chars().count() > MAX_MESSAGE_CHARS {
            return Some(format!("message: at most {MAX_MESSAGE_CHARS} characters"));
        }
        if self
            .subject
            .as_deref()
            .is_some_and(|s| s.chars().count() > MAX_SUBJECT_CHARS)
        {
            return Some(format!("subject: at most {MAX_SUBJECT_CHARS} characters"));
        }
        if self.app_version.len() > MAX_APP_VERSION_LEN {
            return Some(format!("app_version: at most {MAX_APP_VERSION_LEN} bytes"));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sample() -> FeedbackSend {
        FeedbackSend {
            uid: "6f1c".into(),
            subject: None,
            message: "Добавьте поиск по ИИН заявителя".into(),
            app_version: "0.1.0".into(),
        }
    }

    #[test]
    fn arguments_round_trip_and_refuse_strangers() {
        let v = sample().to_args();
        assert_eq!(v["uid"], "6f1c");
        assert_eq!(serde_json::from_value::<FeedbackSend>(v).unwrap(), sample());
        let stranger = json!({ "uid": "u", "subject": null, "message": "m", "app_version": "1",
                               "login": "admin" });
        assert!(
            serde_json::from_value::<FeedbackSend>(stranger).is_err(),
            "the sender comes from the session, never from the arguments"
        );
    }

    #[test]
    fn problems_name_the_first_bad_field() {
        assert_eq!(sample().problem(), None);
        let long = FeedbackSend {
            message: "я".repeat(MAX_MESSAGE_CHARS),
            ..sample()
        };
        assert_eq!(long.problem(), None, "4000 characters, not bytes");
        let cases = [
            (
                FeedbackSend {
                    uid: " ".into(),
                    ..sample()
                },
                "uid",
            ),
            (
                FeedbackSend {
                    message: "  ".into(),
                    ..sample()
                },
                "message",
            ),
            (
                FeedbackSend {
                    message: "я".repeat(MAX_MESSAGE_CHARS + 1),
                    ..sample()
                },
                "message",
            ),
            (
                FeedbackSend {
                    subject: Some("s".repeat(MAX_SUBJECT_CHARS + 1)),
                    ..sample()
                },
                "subject",
            ),
        ];
        for (f, field) in cases {
            let p = f.problem().expect("refused");
            assert!(p.starts_with(field), "{p}");
        }
    }
}
