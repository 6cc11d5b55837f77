//! The voucher commission on the wire (seed 000): its roster of members and its protocols.
//!
//! Members and protocols are made on a desktop that may be offline for days, so they carry a
//! `uid` the client makes (a UUID); the server keeps its own `id` beside it and the feed carries
//! both, so the client matches what comes back to what it made.
//!
//! The story: the secretary keeps the roster (`commission_member.save` / `.remove`), reviews
//! applications and sends the protocol with its draft PDF (`protocol.send`); the chairman reads
//! it from the feed and signs the very PDF that was sent (`protocol.sign`, checked by the
//! server before it is accepted) or returns it with a reason (`protocol.return`). A signed
//! protocol never changes; the server then applies its decisions to the applications and writes
//! the families' e-mails to its outbox.
//!
//! PDFs travel as standard base64 (with padding) in JSON strings.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// The member roles of a commission's roster.
pub const MEMBER_ROLES: [&str; 3] = ["chairman", "secretary", "member"];

/// `commission_member.save`: adds a member to the caller's commission or changes one (by
/// `uid`). The birth date is derived from the PIN/IIN, never typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberSave {
    pub uid: String,
    pub personal_number: String,
    pub surname: String,
    pub given_name: String,
    pub patronymic: Option<String>,
    /// As typed ("Deputy head of the district administration"); not translated.
    pub position: String,
    pub phone: String,
    pub email: Option<String>,
    /// One of [`MEMBER_ROLES`].
    pub role: String,
    /// The seed's switch: inactive members never appear in a protocol.
    pub active: bool,
}

impl MemberSave {
    pub const NAME: &'static str = "commission_member.save";
}

/// `commission_member.remove`: takes a member off the roster (protocols that named them keep
/// their names).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberRemove {
    pub uid: String,
}

impl MemberRemove {
    pub const NAME: &'static str = "commission_member.remove";
}

/// The commission's decision on one application.
pub const DECISIONS: [&str; 2] = ["approved", "rejected"];

/// One application as the secretary reviewed it (seed 000, figures 5.1–5.2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewedApplication {
    /// The server's application id.
    pub application_id: i64,
    /// The one benefit category the secretary settled on (`benefit-<code>`).
    pub benefit_code: String,
    /// Submitted documents ticked on the checklist, by kind code (`document-kind-<code>`).
    pub documents: Vec<String>,
    /// Documents the secretary added by hand, as typed.
    pub other_documents: Vec<String>,
    /// One of [`DECISIONS`].
    pub decision: String,
    /// The seed's "additional comments"; empty when none.
    pub comment: String,
}

/// `protocol.send`: the secretary sends a protocol for signature, new or again after the
/// chairman returned it (same `uid`: its content and PDF are replaced).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProtocolSend {
    pub uid: String,
    /// Numbered by the organisation's own rules ("12/34"); unique within the commission.
    pub number: String,
    /// The meeting's date, printed on the protocol.
    pub date: NaiveDate,
    /// The language the PDF was made in.
    pub language: String,
    /// The members present, by roster uid; each must be active when the server applies this.
    pub present: Vec<String>,
    pub applications: Vec<ReviewedApplication>,
    /// A comment on the whole meeting; empty when none.
    pub comment: String,
    /// The draft PDF the chairman will read and sign, base64.
    pub pdf: String,
}

impl ProtocolSend {
    pub const NAME: &'static str = "protocol.send";
}

/// `protocol.return`: the chairman sends a protocol back to the secretary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProtocolReturn {
    pub uid: String,
    pub reason: String,
}

impl ProtocolReturn {
    pub const NAME: &'static str = "protocol.return";
}

/// `protocol.sign`: the chairman's signed PDF. The server accepts it only when it is the sent
/// draft plus a valid signature covering the whole file, by a certificate its trust list
/// accepts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProtocolSign {
    pub uid: String,
    /// base64.
    pub signed_pdf: String,
}

impl ProtocolSign {
    pub const NAME: &'static str = "protocol.sign";
}

/// A roster member as the feed carries it (`commission_member`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommissionMemberRecord {
    pub id: i64,
    pub uid: String,
    pub commission_id: i64,
    pub personal_number: String,
    pub surname: String,
    pub given_name: String,
    pub patronymic: Option<String>,
    pub birth_date: NaiveDate,
    pub position: String,
    pub phone: String,
    pub email: Option<String>,
    pub role: String,
    pub active: bool,
}

/// A member as a protocol names them: a copy, so the protocol keeps reading the same after the
/// roster changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PresentMember {
    pub uid: String,
    pub full_name: String,
    pub position: String,
    pub role: String,
}

/// The protocol states the server knows. A draft lives only on the secretary's desktop.
pub const PROTOCOL_STATES: [&str; 3] = ["sent_for_signature", "returned", "signed"];

/// A protocol as the feed carries it (`protocol`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProtocolRecord {
    pub id: i64,
    pub uid: String,
    pub commission_id: i64,
    pub number: String,
    pub date: NaiveDate,
    pub language: String,
    /// One of [`PROTOCOL_STATES`].
    pub state: String,
    pub present: Vec<PresentMember>,
    pub applications: Vec<ReviewedApplication>,
    pub comment: String,
    /// The secretary's login and full name.
    pub sent_by: String,
    pub sent_at: DateTime<Utc>,
    /// Set while `state` is "returned".
    pub returned_reason: Option<String>,
    pub returned_by: Option<String>,
    pub returned_at: Option<DateTime<Utc>>,
    /// Set once signed: the chairman's full name, the certificate's owner, when.
    pub signed_by: Option<String>,
    pub signer: Option<String>,
    pub signed_at: Option<DateTime<Utc>>,
    /// The current PDF (the draft, or the signed file once signed), base64.
    pub pdf: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn mutations_refuse_unknown_fields() {
        let ok = json!({ "uid": "u1", "reason": "wrong number" });
        assert_eq!(
            serde_json::from_value::<ProtocolReturn>(ok).unwrap().reason,
            "wrong number"
        );
        let extra = json!({ "uid": "u1", "reason": "x", "by": "someone else" });
        assert!(serde_json::from_value::<ProtocolReturn>(extra).is_err());
    }
}
