//! The voucher commission on this desktop (seed 000, docs/commission.md): the roster, the
//! secretary's reviews of voucher applications, and the protocols.
//!
//! Members and protocols made here carry a UUID (`uid`) the server keeps beside its own id.
//! Every change the server must decide is a local row plus its outbox mutation, in one
//! transaction with its history events; the feed's records then overwrite the local rows
//! (`feed`), except while a local mutation about them still waits for its verdict. A rejected
//! mutation puts the local protocol back where it was (`undo_protocol_mutation`).
//!
//! - `members`: the roster (`commission_member.save` / `.remove`).
//! - `review`: the review form and "Save and generate protocol" (the local draft).
//! - `protocols`: sending, returning, signing, and the protocols' views.
//! - `feed`: applying the feed's members and protocols.

mod feed;
mod members;
mod protocols;
mod review;

pub(crate) use feed::{apply_member, apply_protocol, delete_member, delete_protocol};
pub use members::{CommissionMember, MemberInput};
pub(crate) use protocols::undo_protocol_mutation;
pub use protocols::{PresentMemberView, ProtocolApplicationRow, ProtocolForSigning, ProtocolView};
pub use review::{
    DocumentCheck, DraftApplication, DraftPlan, DraftProtocol, MemberChoice, ReviewInput,
    ReviewRow, VoucherReview, REVIEW_DOCUMENT_KINDS,
};

use crate::history::{self, FieldChange, HistoryEvent};
use crate::{Actor, Store, StoreError};
use rand::Rng;
use sqlx::SqliteConnection;

/// A new uid for a member or protocol made here: a random (version 4) UUID.
pub(crate) fn new_uid() -> String {
    let mut b: [u8; 16] = rand::rng().random();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// A refusal the UI translates (`commission-error-<reason>`).
pub(crate) fn refused(reason: &'static str, detail: impl Into<String>) -> StoreError {
    StoreError::Refused {
        reason,
        detail: detail.into(),
        args: vec![],
    }
}

/// A refusal with one message argument.
pub(crate) fn refused_with(
    reason: &'static str,
    detail: impl Into<String>,
    arg: &'static str,
    value: impl Into<String>,
) -> StoreError {
    StoreError::Refused {
        reason,
        detail: detail.into(),
        args: vec![(arg, value.into())],
    }
}

/// A history event of the commission: on an application (`entity_id`), or on the roster
/// (entity `commission_member`, the uid among the changes).
pub(crate) async fn record_event(
    conn: &mut SqliteConnection,
    store_device: &str,
    actor: &Actor,
    entity: &'static str,
    entity_id: Option<i64>,
    action: &str,
    changes: Vec<FieldChange>,
) -> Result<(), sqlx::Error> {
    history::record(
        conn,
        &HistoryEvent {
            entity,
            entity_id,
            action: action.into(),
            at: actor.at,
            user_name: actor.user_name.clone(),
            device_id: store_device.to_owned(),
            changes,
        },
    )
    .await
}

/// The same event on each application.
pub(crate) async fn record_on_applications(
    conn: &mut SqliteConnection,
    store: &Store,
    actor: &Actor,
    applications: &[i64],
    action: &str,
    changes: Vec<FieldChange>,
) -> Result<(), sqlx::Error> {
    for id in applications {
        record_event(
            conn,
            store.device_id(),
            actor,
            "application",
            Some(*id),
            action,
            changes.clone(),
        )
        .await?;
    }
    Ok(())
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("plain values serialise")
}

fn from_json<T: serde::de::DeserializeOwned>(what: &str, text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::InvalidInput(format!("{what}: {e}")))
}
