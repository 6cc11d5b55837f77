//! `kezek sync status | now | verify`: the app's sync from the command line, as the signed-in
//! user of this installation (sign in once in the app). The password unlocks the installation as
//! the app's lock screen does: from `KEZEK_PASSWORD` or a hidden prompt.

use crate::{localizer, Out};
use clap::Subcommand;
use kezek_api::{AccountMode, ApiError, ErrorCode, Kezek};
use kezek_i18n::FluentArgs;

#[derive(Subcommand)]
pub enum SyncCommand {
    /// When the last sync ran, what waits to be sent, what the server refused.
    Status,
    /// Push the outbox and pull the server's changes now.
    Now,
    /// Compare the local data with the server's and repair it (re-download what is missing).
    Verify,
}

pub async fn run(k: &Kezek, what: SyncCommand, lang: &str) -> Result<Out, ApiError> {
    let l = localizer(lang);
    match what {
        SyncCommand::Status => {
            let s = k.sync_status().await?;
            let mut args = FluentArgs::new();
            args.set(
                "last",
                s.state
                    .last_sync_at
                    .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
                    .unwrap_or_else(|| "—".into()),
            );
            args.set("pending", s.state.pending);
            args.set("rejected", s.state.unseen_rejections);
            let mut text = l.message("cli-sync-status", Some(&args));
            text.push('\n');
            for r in k.rejected_changes().await? {
                let mut a = FluentArgs::new();
                a.set("seq", r.seq);
                a.set(
                    "reason",
                    l.message(&format!("sync-reject-{}", r.code), None),
                );
                a.set("detail", r.detail);
                text.push_str(&l.message("cli-sync-rejected", Some(&a)));
                text.push('\n');
            }
            Ok(Out::Text(text))
        }
        SyncCommand::Now => {
            unlock(k, lang).await?;
            let done = k.sync_now(|_| {}).await?;
            let mut args = FluentArgs::new();
            args.set("accepted", done.accepted);
            args.set("rejected", done.rejected);
            args.set("pulled", done.pulled);
            Ok(Out::Text(format!(
                "{}\n",
                l.message("cli-sync-done", Some(&args))
            )))
        }
        SyncCommand::Verify => {
            unlock(k, lang).await?;
            let done = k.verify_with_server().await?;
            let mut args = FluentArgs::new();
            args.set("removed", done.removed);
            args.set("fetched", done.fetched);
            Ok(Out::Text(format!(
                "{}\n",
                l.message("cli-sync-verified", Some(&args))
            )))
        }
    }
}

async fn unlock(k: &Kezek, lang: &str) -> Result<(), ApiError> {
    match k.account_status().mode {
        AccountMode::Unlocked => Ok(()),
        AccountMode::Locked => {
            let password = match std::env::var("KEZEK_PASSWORD") {
                Ok(p) => p,
                Err(_) => rpassword::prompt_password(
                    localizer(lang).message("cli-sync-password-prompt", None),
                )
                .map_err(|e| ApiError::new(ErrorCode::PasswordRequired, e.to_string()))?,
            };
            k.unlock(&password).await.map(|_| ())
        }
        AccountMode::SignedOut | AccountMode::Embedded => Err(ApiError::new(
            ErrorCode::SignInRequired,
            "sign in to a server in the app first",
        )),
    }
}
