//! Pull: the client asks for the changes after its cursor, in pages, filtered by the server to
//! the caller's scope.
//!
//! The rules a client relies on:
//! - versions only grow; a change with version `v` is never followed by one with a smaller
//!   version in a later page (the server hands out versions only to committed changes, so a
//!   cursor never passes a change that was still being written);
//! - the feed holds the current state: a row changed five times appears once, at its latest
//!   version (older entries are dropped), so an initial sync from cursor 0 reads each row once;
//! - a client applies a page and moves its cursor to [`PullResponse::cursor`] in one local
//!   transaction: a cut connection or a crash between pages resumes from the last applied page;
//! - applying a change twice is harmless (upsert by id, delete of a missing row is a no-op).

use crate::records::{Entity, Record};
use serde::{Deserialize, Serialize};

/// The largest page a server returns; a request for more gets this many.
pub const MAX_PULL: u32 = 5_000;
/// The page size when a request names none.
pub const DEFAULT_PULL: u32 = 1_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PullRequest {
    pub protocol: u32,
    /// The installation asking (for the server's log and the client's last-seen time).
    pub client_id: String,
    /// The version of the last change applied; 0 for a new device.
    pub cursor: u64,
    /// At most this many changes (capped at [`MAX_PULL`]); `None` for [`DEFAULT_PULL`].
    #[serde(default)]
    pub limit: Option<u32>,
}

impl PullRequest {
    pub fn new(client_id: impl Into<String>, cursor: u64, limit: Option<u32>) -> Self {
        PullRequest {
            protocol: crate::PROTOCOL_VERSION,
            client_id: client_id.into(),
            cursor,
            limit,
        }
    }

    /// The page size the server uses for this request.
    pub fn page_size(&self) -> u32 {
        self.limit.unwrap_or(DEFAULT_PULL).clamp(1, MAX_PULL)
    }
}

/// One entry of the feed: the new state of an entity (`data`), or its deletion (`data: null`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub version: u64,
    pub entity: Entity,
    pub id: i64,
    /// The record ([`Record::to_data`]); `None` when the entity was deleted.
    pub data: Option<serde_json::Value>,
}

impl Change {
    pub fn upsert(version: u64, record: &Record) -> Self {
        Change {
            version,
            entity: record.entity(),
            id: record.id(),
            data: Some(record.to_data()),
        }
    }

    /// The decoded record, `Ok(None)` for a deletion.
    pub fn record(&self) -> Result<Option<Record>, serde_json::Error> {
        self.data
            .clone()
            .map(|d| Record::from_data(self.entity, d))
            .transpose()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PullResponse {
    /// In ascending version order.
    pub changes: Vec<Change>,
    /// Where the next pull starts: the last change's version, or the request's cursor when the
    /// page is empty. (It may pass versions the caller may not see: they are skipped for good.)
    pub cursor: u64,
    /// Whether more changes wait after this page (pull again at once).
    pub more: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::*;
    use chrono::NaiveDate;
    use serde_json::json;

    fn application() -> ApplicationRecord {
        let at = NaiveDate::from_ymd_opt(2026, 3, 2)
            .unwrap()
            .and_hms_opt(10, 15, 0)
            .unwrap();
        ApplicationRecord {
            id: 41,
            number: "KZ-2026-000041".into(),
            kind: "queue".into(),
            child: ChildRecord {
                person: PersonRecord {
                    personal_number: "230415600123".into(),
                    surname: "Сейтқали".into(),
                    given_name: "Әлихан".into(),
                    patronymic: None,
                    birth_date: NaiveDate::from_ymd_opt(2023, 4, 15).unwrap(),
                },
                sex: "male".into(),
            },
            applicant: ApplicantRecord {
                person: PersonRecord {
                    personal_number: "851212400345".into(),
                    surname: "Сейтқалиева".into(),
                    given_name: "Айгерім".into(),
                    patronymic: Some("Болатқызы".into()),
                    birth_date: NaiveDate::from_ymd_opt(1985, 12, 12).unwrap(),
                },
                phone: "+7 701 000 00 00".into(),
                email: None,
                address: "Алматы, ул. Абая, 1".into(),
            },
            relation: "mother".into(),
            benefit_category_id: 1,
            benefit_verified: false,
            locality_id: 5,
            language: "kk".into(),
            status: "in_queue".into(),
            channel: "office".into(),
            registered_at: at,
            in_queue_since: Some(at),
            updated_at: at,
            extra_email: None,
            extra_phone: None,
        }
    }

    #[test]
    fn a_change_round_trips_through_json_with_its_entity_name() {
        let record = Record::Application(Box::new(application()));
        let change = Change::upsert(7, &record);
        let wire = serde_json::to_value(&change).unwrap();
        assert_eq!(wire["entity"], "application");
        assert_eq!(wire["id"], 41);
        assert_eq!(wire["data"]["child"]["given_name"], "Әлихан");
        assert_eq!(wire["data"]["child"]["sex"], "male");
        assert_eq!(wire["data"]["registered_at"], "2026-03-02T10:15:00");
        let back: Change = serde_json::from_value(wire).unwrap();
        assert_eq!(back.record().unwrap(), Some(record));

        let deleted: Change = serde_json::from_value(
            json!({ "version": 8, "entity": "place_grant", "id": 3, "data": null }),
        )
        .unwrap();
        assert_eq!(deleted.record().unwrap(), None);
    }

    #[test]
    fn entity_names_parse_back() {
        for e in Entity::ALL {
            assert_eq!(Entity::parse(e.as_str()), Some(e));
            assert_eq!(serde_json::to_value(e).unwrap(), e.as_str());
        }
        assert_eq!(Entity::parse("child"), None);
    }

    #[test]
    fn data_of_the_wrong_shape_is_an_error_not_a_guess() {
        let change = Change {
            version: 1,
            entity: Entity::Group,
            id: 1,
            data: Some(json!({ "id": 1, "name": "Күншуақ" })),
        };
        assert!(change.record().is_err());
    }

    #[test]
    fn the_page_size_is_bounded() {
        assert_eq!(PullRequest::new("c", 0, None).page_size(), DEFAULT_PULL);
        assert_eq!(PullRequest::new("c", 0, Some(0)).page_size(), 1);
        assert_eq!(
            PullRequest::new("c", 0, Some(u32::MAX)).page_size(),
            MAX_PULL
        );
        let v = serde_json::to_value(PullRequest::new("c", 9, None)).unwrap();
        assert_eq!(v["cursor"], 9);
        let parsed: PullRequest =
            serde_json::from_value(json!({ "protocol": 1, "client_id": "c", "cursor": 0 }))
                .unwrap();
        assert_eq!(parsed.limit, None);
    }
}
