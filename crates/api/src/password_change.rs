//! Changing one's own password (Settings; seed 000: "изменение пароля"). Online only: the server
//! checks the current password, keeps the new one's hash and ends the account's sessions on other
//! devices. Then the local verifier is replaced, so that the new password (and no longer the old
//! one) unlocks this app offline too.

use crate::account::{make_verifier, KEY_BLOCKED_UNTIL, KEY_FAILURES, KEY_VERIFIER};
use crate::error::ApiError;
use crate::{now, Kezek};
use kezek_store::AccountAudit;
use serde::Serialize;

/// The server's rule for a new password: at least this many characters.
pub const MIN_PASSWORD_LENGTH: usize = 8;

#[derive(Serialize)]
struct WirePasswordChange<'a> {
    current_password: &'a str,
    new_password: &'a str,
}

fn refused(reason: &str, detail: &str) -> ApiError {
    ApiError::invalid_input(detail).with_arg("reason", reason)
}

impl Kezek {
    /// Changes the signed-in user's password on the server, then the local offline verifier.
    /// Refusals: `invalid_input` (`reason`: `current_password_required`, `password_too_short`
    /// with `min`), `wrong_password` (the current one; counted by the server like a failed
    /// login), `too_many_attempts`, `server_unreachable` (offline), `sign_in_required`.
    pub async fn change_password(&self, current: &str, new: &str) -> Result<(), ApiError> {
        if current.is_empty() {
            return Err(refused(
                "current_password_required",
                "the current password is needed",
            ));
        }
        if new.chars().count() < MIN_PASSWORD_LENGTH {
            return Err(refused(
                "password_too_short",
                &format!("the new password needs at least {MIN_PASSWORD_LENGTH} characters"),
            )
            .with_arg("min", MIN_PASSWORD_LENGTH.to_string()));
        }
        let (server, token, user) = self.online().await?;
        let body = WirePasswordChange {
            current_password: current,
            new_password: new,
        };
        if let Err(e) = server
            .post_empty("/api/v1/me/password", &token, &body)
            .await
        {
            self.drop_rejected_token(&e).await;
            return Err(e);
        }
        let verifier = make_verifier(new).await?;
        self.store
            .set_account_settings(
                &[
                    (KEY_VERIFIER, Some(&verifier)),
                    (KEY_FAILURES, None),
                    (KEY_BLOCKED_UNTIL, None),
                ],
                &[KEY_VERIFIER],
                Some(AccountAudit {
                    action: "password_changed",
                    user_name: &user.login,
                    at: now(),
                }),
            )
            .await?;
        Ok(())
    }
}
