//! Kezek's sync protocol: the wire types that the desktop client and the server share (DESIGN.md
//! §6). Pure: no I/O, no clock; JSON through serde.
//!
//! - [`push`]: the client sends its outbox ([`Mutation`]s numbered per client) in order; the server
//!   answers one [`MutationResult`] per mutation it looked at.
//! - [`pull`]: the client reads the change feed after its cursor, in pages filtered to the
//!   caller's scope; [`records`] are the entities it carries.
//! - [`verify`]: a client compares its store with the server's (ids of an entity in scope) and
//!   fetches the rows it lacks.
//! - [`commission`]: the voucher commission's roster and protocols (mutations and records).
//! - [`feedback`]: messages from the offices to the system's developers and administrators.
//! - [`intake`]: office intake of voucher applications (`application.register`) and the streets
//!   its address offers.
//! - [`meal`]: the meal benefit of a voucher child (`meal_benefit.save`).
//! - [`mutations`]: the names and arguments of the mutations the server applies, and the stable
//!   codes of their rejections.
//! - [`check_protocol`]: version skew gets a clear answer ([`UpgradeNeeded`]), never a guess.

pub mod commission;
pub mod feedback;
pub mod intake;
pub mod meal;
pub mod mutations;
pub mod pull;
pub mod push;
pub mod records;
pub mod verify;

pub use mutations::{reject, PlaceGrant};
pub use pull::{Change, PullRequest, PullResponse, DEFAULT_PULL, MAX_PULL};
pub use push::{
    fit_push, Mutation, MutationResult, Outcome, PushRequest, PushResponse, Verdict, MAX_PUSH,
    MAX_REQUEST_BYTES, PUSH_ARGS_BYTES,
};
pub use records::{Entity, Record};
pub use verify::{FetchRequest, FetchResponse, InventoryRequest, InventoryResponse, MAX_FETCH};

use serde::{Deserialize, Serialize};

/// The version of this protocol. Any change to the wire types that an older peer could misread
/// bumps it; the peers refuse each other rather than guess.
pub const PROTOCOL_VERSION: u32 = 1;

/// The answer to a request made with another protocol version (HTTP 426 on the server).
/// Serialized as `{"code": "upgrade_needed", "detail": …, "server_protocol": …, "client_protocol": …}`,
/// the same `{code, detail}` shape as every other error of the API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename = "upgrade_needed")]
pub struct UpgradeNeeded {
    pub detail: String,
    pub server_protocol: u32,
    pub client_protocol: u32,
}

impl UpgradeNeeded {
    /// Whether the client is the older side (the usual case: update the app). When the client is
    /// newer, the server is behind and an administrator must upgrade it.
    pub fn client_is_older(&self) -> bool {
        self.client_protocol < self.server_protocol
    }
}

/// Compares a client's protocol version with [`PROTOCOL_VERSION`]: only an exact match talks.
pub fn check_protocol(client_protocol: u32) -> Result<(), UpgradeNeeded> {
    if client_protocol == PROTOCOL_VERSION {
        return Ok(());
    }
    let detail = if client_protocol < PROTOCOL_VERSION {
        format!(
            "the app speaks sync protocol {client_protocol}, the server {PROTOCOL_VERSION}: \
             update the app; pending changes stay in its outbox"
        )
    } else {
        format!(
            "the app speaks sync protocol {client_protocol}, the server only {PROTOCOL_VERSION}: \
             the server must be upgraded; pending changes stay in the app's outbox"
        )
    };
    Err(UpgradeNeeded {
        detail,
        server_protocol: PROTOCOL_VERSION,
        client_protocol,
    })
}

/// Only the version of a request, read before the rest: a request of another version may not
/// parse as this version's types, and must still get [`UpgradeNeeded`] rather than a parse error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub struct ProtocolProbe {
    pub protocol: u32,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_same_version_talks_any_other_is_refused_with_both_numbers() {
        assert_eq!(check_protocol(PROTOCOL_VERSION), Ok(()));
        let older = check_protocol(0).unwrap_err();
        assert_eq!((older.server_protocol, older.client_protocol), (1, 0));
        assert!(older.client_is_older());
        assert!(older.detail.contains("update the app"), "{}", older.detail);
        let newer = check_protocol(PROTOCOL_VERSION + 1).unwrap_err();
        assert!(!newer.client_is_older());
        assert!(
            newer.detail.contains("server must be upgraded"),
            "{}",
            newer.detail
        );
    }

    #[test]
    fn upgrade_needed_has_the_api_error_shape() {
        let e = check_protocol(7).unwrap_err();
        let v = serde_json::to_value(&e).unwrap();
        assert_eq!(v["code"], "upgrade_needed");
        assert_eq!(v["server_protocol"], PROTOCOL_VERSION);
        assert_eq!(v["client_protocol"], 7);
        assert!(v["detail"].is_string());
        assert_eq!(serde_json::from_value::<UpgradeNeeded>(v).unwrap(), e);
    }

    #[test]
    fn the_probe_reads_the_version_of_a_request_it_cannot_otherwise_parse() {
        let future = json!({ "protocol": 9, "batches": [{ "shape": "unknown" }] });
        let probe: ProtocolProbe = serde_json::from_value(future).unwrap();
        assert_eq!(probe.protocol, 9);
    }
}
