//! Verify and repair: a client that suspects its store is partial (a restored backup, a bug, a
//! cursor moved past a page that was never applied) compares it with the server's, one entity at
//! a time, without re-reading the whole feed.
//!
//! 1. [`InventoryRequest`] → [`InventoryResponse`]: every id of one entity the caller may see now
//!    (current, not deleted), ascending.
//! 2. The client deletes its rows whose ids are missing from the inventory, and asks for the rows
//!    it lacks (or doubts) with [`FetchRequest`] (at most [`MAX_FETCH`] ids a request) →
//!    [`FetchResponse`]: the current feed entries of those ids that the caller may see, applied
//!    like pulled changes (their versions are the feed's; the client's cursor does not move).
//!
//! Ids the caller may not see, or that were deleted, are silently absent from a fetch answer.

use crate::pull::Change;
use crate::records::Entity;
use serde::{Deserialize, Serialize};

/// The most ids one fetch may ask for; a longer list goes in several requests.
pub const MAX_FETCH: usize = 5_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InventoryRequest {
    pub protocol: u32,
    pub client_id: String,
    pub entity: Entity,
}

impl InventoryRequest {
    pub fn new(client_id: impl Into<String>, entity: Entity) -> Self {
        InventoryRequest {
            protocol: crate::PROTOCOL_VERSION,
            client_id: client_id.into(),
            entity,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InventoryResponse {
    pub entity: Entity,
    /// Every id of `entity` in the caller's scope, ascending.
    pub ids: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FetchRequest {
    pub protocol: u32,
    pub client_id: String,
    pub entity: Entity,
    /// At most [`MAX_FETCH`].
    pub ids: Vec<i64>,
}

impl FetchRequest {
    pub fn new(client_id: impl Into<String>, entity: Entity, ids: Vec<i64>) -> Self {
        FetchRequest {
            protocol: crate::PROTOCOL_VERSION,
            client_id: client_id.into(),
            entity,
            ids,
        }
    }

    /// The structural rule a server checks before reading anything.
    pub fn validate(&self) -> Result<(), String> {
        if self.ids.len() > MAX_FETCH {
            return Err(format!(
                "{} ids in one fetch; at most {MAX_FETCH}",
                self.ids.len()
            ));
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FetchResponse {
    /// The current entries of the asked ids that exist and are in scope, ascending by id.
    pub changes: Vec<Change>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn requests_carry_the_entity_by_its_wire_name() {
        let v = serde_json::to_value(InventoryRequest::new("c", Entity::PlaceGrant)).unwrap();
        assert_eq!(
            v,
            json!({ "protocol": crate::PROTOCOL_VERSION, "client_id": "c", "entity": "place_grant" })
        );
        let f = FetchRequest::new("c", Entity::Application, vec![3, 1]);
        let back: FetchRequest = serde_json::from_value(serde_json::to_value(&f).unwrap()).unwrap();
        assert_eq!(back, f);
        let inv: InventoryResponse =
            serde_json::from_value(json!({ "entity": "group", "ids": [1, 2] })).unwrap();
        assert_eq!(inv.ids, vec![1, 2]);
    }

    #[test]
    fn a_fetch_is_bounded() {
        assert!(FetchRequest::new("c", Entity::Group, vec![1; MAX_FETCH])
            .validate()
            .is_ok());
        assert!(
            FetchRequest::new("c", Entity::Group, vec![1; MAX_FETCH + 1])
                .validate()
                .is_err()
        );
    }
}
