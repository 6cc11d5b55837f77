//! The voucher commission's mutations (seed 000, `docs/commission.md`): the roster
//! (`commission_member.*`, [`roster`]), protocols sent, returned and signed ([`protocol`]), and
//! the decisions a signed protocol puts into effect ([`decisions`]), and the meal benefits of
//! voucher children ([`meals`]). Each runs inside the push's
//! transaction; a refusal is a verdict with a stable code.

pub mod decisions;
pub mod meals;
pub mod protocol;
pub mod roster;
pub mod trust;

use crate::auth::Caller;
use crate::scope::{may, Action, Unit};
use kezek_sync::{reject, Mutation, Verdict};
use serde::de::DeserializeOwned;

/// The commission a caller acts for, if `action` is theirs to do.
fn commission_of(caller: &Caller, action: Action) -> Result<i64, Verdict> {
    let refused = |why: String| rejected(reject::FORBIDDEN, why);
    match caller.scope.unit {
        Some(Unit::Commission(id)) => match may(&caller.principal(), action, &caller.scope) {
            Ok(()) => Ok(id),
            Err(denied) => Err(refused(format!("{}: {denied}", caller.login))),
        },
        _ => Err(refused(format!("{} serves no commission", caller.login))),
    }
}

fn args<T: DeserializeOwned>(m: &Mutation) -> Result<T, Verdict> {
    serde_json::from_value(m.args.clone())
        .map_err(|e| rejected(reject::INVALID_ARGS, e.to_string()))
}

fn rejected(code: &str, detail: impl Into<String>) -> Verdict {
    Verdict::Rejected {
        code: code.into(),
        detail: detail.into(),
    }
}

/// Standard base64 of a PDF, refused when it is not one or larger than `MAX_PDF`.
fn pdf_of(base64_text: &str) -> Result<Vec<u8>, Verdict> {
    use base64::Engine;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(base64_text)
        .map_err(|e| rejected(reject::INVALID_ARGS, format!("the PDF is not base64: {e}")))?;
    if bytes.len() > MAX_PDF {
        return Err(rejected(
            reject::INVALID_ARGS,
            format!("the PDF has {} bytes, more than {MAX_PDF}", bytes.len()),
        ));
    }
    if !kezek_signing::is_pdf(&bytes) {
        return Err(rejected(reject::INVALID_ARGS, "the file is not a PDF"));
    }
    Ok(bytes)
}

/// A protocol of a few dozen applications is well under a megabyte; this leaves room for scans.
pub const MAX_PDF: usize = 10 * 1024 * 1024;

/// `Ok(verdict)` for both outcomes: the mutations below return early with a refusal.
macro_rules! verdict {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(refusal) => return Ok(refusal),
        }
    };
}
pub(crate) use verdict;
