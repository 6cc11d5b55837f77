//! The mutations the server knows, their arguments, and the stable codes of their rejections.
//! A client shows a rejection by its code (translated), with the server's detail beside it.

use serde::{Deserialize, Serialize};

/// `place.grant`: give a child a place (a seat) in a group. Only the server grants: offline, the
/// client shows the place as pending until the server's verdict comes back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceGrant {
    pub group_id: i64,
    /// An IIN (Kazakhstan) or PIN (Kyrgyzstan); the server checks and normalizes it.
    pub child_personal_number: String,
}

impl PlaceGrant {
    pub const NAME: &'static str = "place.grant";

    /// The arguments as they travel in [`crate::Mutation::args`].
    pub fn to_args(&self) -> serde_json::Value {
        serde_json::to_value(self).expect("plain fields serialize")
    }
}

/// Stable rejection codes (`Verdict::Rejected::code`).
pub mod reject {
    /// No mutation of that name exists (an app newer than the server, or a bug).
    pub const UNKNOWN_MUTATION: &str = "unknown_mutation";
    /// The arguments do not fit the mutation.
    pub const INVALID_ARGS: &str = "invalid_args";
    /// The caller's role or scope does not allow it.
    pub const FORBIDDEN: &str = "forbidden";
    /// `place.grant`: no group with that id.
    pub const UNKNOWN_GROUP: &str = "unknown_group";
    /// `place.grant`: the personal number is not a valid IIN or PIN.
    pub const INVALID_PERSONAL_NUMBER: &str = "invalid_personal_number";
    /// `place.grant`: every seat of the group is held (the detail names by whom).
    pub const NO_FREE_PLACE: &str = "no_free_place";
    /// `place.grant`: the child already holds a place in this group.
    pub const ALREADY_GRANTED: &str = "already_granted";
    /// Commission mutations: no member, protocol or application with that id in the caller's
    /// commission.
    pub const NOT_FOUND: &str = "not_found";
    /// A protocol mutation its state does not allow (signing a returned protocol, sending a
    /// signed one).
    pub const WRONG_STATE: &str = "wrong_state";
    /// `protocol.send`: a member marked present is inactive or not on the roster.
    pub const INACTIVE_MEMBER: &str = "inactive_member";
    /// `protocol.send`: another protocol of the commission has that number.
    pub const DUPLICATE_PROTOCOL_NUMBER: &str = "duplicate_protocol_number";
    /// `protocol.send`: an application is not a voucher application under review in the
    /// commission's district, or is in another protocol waiting for signature.
    pub const NOT_REVIEWABLE: &str = "application_not_reviewable";
    /// `protocol.sign`: the file is not a PDF, or not the sent draft plus a signature over all
    /// of it.
    pub const NOT_THE_SENT_PROTOCOL: &str = "not_the_sent_protocol";
    /// `protocol.sign`: the signature does not verify, or its certificate is not trusted.
    pub const SIGNATURE_INVALID: &str = "signature_invalid";
    /// `meal_benefit.save`: the application is not a voucher application whose voucher was
    /// issued (`voucher_issued` or `enrolled`).
    pub const NOT_VOUCHER_CHILD: &str = "not_voucher_child";
    /// `application.register`: a field the server refuses (the detail lists `field: reason`,
    /// the reasons of [`kezek_domain::intake::FieldError`] plus `wrong_country`).
    pub const INVALID_FIELD: &str = "invalid_field";
    /// `application.register`: the street is not in the district's list.
    pub const UNKNOWN_STREET: &str = "unknown_street";
    /// `application.register`: the child already has an open voucher application (the detail
    /// names its number).
    pub const DUPLICATE_APPLICATION: &str = "duplicate_application";
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn place_grant_arguments_round_trip_and_refuse_strangers() {
        let g = PlaceGrant {
            group_id: 7,
            child_personal_number: "900101300007".into(),
        };
        let v = g.to_args();
        assert_eq!(
            v,
            json!({ "group_id": 7, "child_personal_number": "900101300007" })
        );
        assert_eq!(serde_json::from_value::<PlaceGrant>(v).unwrap(), g);
        assert!(serde_json::from_value::<PlaceGrant>(
            json!({ "group_id": 7, "child_personal_number": "1", "seat": 3 })
        )
        .is_err());
    }
}
