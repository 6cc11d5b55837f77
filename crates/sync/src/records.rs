//! The entities the change feed carries, as they travel. The server writes them into its change
//! log (as JSON) in the transaction that changes the row; the client applies them to its local
//! store. Ids are the server's: a synced client's store holds the server's ids.
//!
//! Dates and times of applications are the office's local time (`NaiveDateTime`), as the local
//! store keeps them; instants (grants) are UTC.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

pub use crate::commission::{CommissionMemberRecord, ProtocolRecord};
pub use crate::intake::StreetRecord;

/// What a [`crate::Change`] is about. The wire name is the snake_case of the variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Entity {
    Region,
    District,
    Locality,
    BenefitCategory,
    Kindergarten,
    Group,
    Application,
    PlaceGrant,
    CommissionMember,
    Protocol,
    Street,
}

impl Entity {
    pub const ALL: [Entity; 11] = [
        Entity::Region,
        Entity::District,
        Entity::Locality,
        Entity::BenefitCategory,
        Entity::Kindergarten,
        Entity::Group,
        Entity::Application,
        Entity::PlaceGrant,
        Entity::CommissionMember,
        Entity::Protocol,
        Entity::Street,
    ];

    /// The wire and database name (`"place_grant"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Entity::Region => "region",
            Entity::District => "district",
            Entity::Locality => "locality",
            Entity::BenefitCategory => "benefit_category",
            Entity::Kindergarten => "kindergarten",
            Entity::Group => "group",
            Entity::Application => "application",
            Entity::PlaceGrant => "place_grant",
            Entity::CommissionMember => "commission_member",
            Entity::Protocol => "protocol",
            Entity::Street => "street",
        }
    }

    pub fn parse(name: &str) -> Option<Entity> {
        Entity::ALL.into_iter().find(|e| e.as_str() == name)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionRecord {
    pub id: i64,
    /// "KZ" or "KG".
    pub country: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DistrictRecord {
    pub id: i64,
    pub region_id: i64,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalityRecord {
    pub id: i64,
    pub district_id: i64,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BenefitCategoryRecord {
    pub id: i64,
    /// Stable code; the name comes from locales (`benefit-<code>`).
    pub code: String,
    /// "out_of_turn", "first_turn" or "general".
    pub kind: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KindergartenRecord {
    pub id: i64,
    pub locality_id: i64,
    pub name: String,
    pub address: String,
    pub phone: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupRecord {
    pub id: i64,
    pub kindergarten_id: i64,
    pub name: String,
    pub birth_year: i32,
    /// "kk", "ky", "ru" or "en".
    pub language: String,
    /// "general" or "special".
    pub kind: String,
    pub correction_type: Option<String>,
    pub capacity: i64,
}

/// A child or an applicant as an application carries them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRecord {
    /// IIN or PIN, digits only.
    pub personal_number: String,
    pub surname: String,
    pub given_name: String,
    pub patronymic: Option<String>,
    pub birth_date: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChildRecord {
    #[serde(flatten)]
    pub person: PersonRecord,
    /// "female" or "male".
    pub sex: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicantRecord {
    #[serde(flatten)]
    pub person: PersonRecord,
    pub phone: String,
    pub email: Option<String>,
    pub address: String,
}

/// An application with its child and applicant (children and applicants have no ids of their
/// own on the wire: their personal numbers identify them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationRecord {
    pub id: i64,
    pub number: String,
    /// "queue" or "voucher".
    pub kind: String,
    pub child: ChildRecord,
    pub applicant: ApplicantRecord,
    /// "father", "mother" or "guardian".
    pub relation: String,
    pub benefit_category_id: i64,
    pub benefit_verified: bool,
    pub locality_id: i64,
    pub language: String,
    /// The domain's status code (`kezek_domain` workflow).
    pub status: String,
    /// "office" or "portal".
    pub channel: String,
    pub registered_at: NaiveDateTime,
    pub in_queue_since: Option<NaiveDateTime>,
    pub updated_at: NaiveDateTime,
    pub extra_email: Option<String>,
    pub extra_phone: Option<String>,
}

/// A place the server granted (see [`crate::PlaceGrant`]): the outcome of an accepted
/// `place.grant`, carrying the mutation that asked for it so its client can match its pending row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaceGrantRecord {
    pub id: i64,
    pub group_id: i64,
    pub seat: i64,
    pub child_personal_number: String,
    pub granted_at: DateTime<Utc>,
    /// The login of the user whose mutation (or command) granted it.
    pub granted_by: String,
    pub client_id: Option<String>,
    pub seq: Option<u64>,
}

/// A decoded change: the new state of one entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    Region(RegionRecord),
    District(DistrictRecord),
    Locality(LocalityRecord),
    BenefitCategory(BenefitCategoryRecord),
    Kindergarten(KindergartenRecord),
    Group(GroupRecord),
    Application(Box<ApplicationRecord>),
    PlaceGrant(PlaceGrantRecord),
    CommissionMember(CommissionMemberRecord),
    Protocol(Box<ProtocolRecord>),
    Street(StreetRecord),
}

impl Record {
    pub fn entity(&self) -> Entity {
        match self {
            Record::Region(_) => Entity::Region,
            Record::District(_) => Entity::District,
            Record::Locality(_) => Entity::Locality,
            Record::BenefitCategory(_) => Entity::BenefitCategory,
            Record::Kindergarten(_) => Entity::Kindergarten,
            Record::Group(_) => Entity::Group,
            Record::Application(_) => Entity::Application,
            Record::PlaceGrant(_) => Entity::PlaceGrant,
            Record::CommissionMember(_) => Entity::CommissionMember,
            Record::Protocol(_) => Entity::Protocol,
            Record::Street(_) => Entity::Street,
        }
    }

    pub fn id(&self) -> i64 {
        match self {
            Record::Region(r) => r.id,
            Record::District(r) => r.id,
            Record::Locality(r) => r.id,
            Record::BenefitCategory(r) => r.id,
            Record::Kindergarten(r) => r.id,
            Record::Group(r) => r.id,
            Record::Application(r) => r.id,
            Record::PlaceGrant(r) => r.id,
            Record::CommissionMember(r) => r.id,
            Record::Protocol(r) => r.id,
            Record::Street(r) => r.id,
        }
    }

    /// The JSON that travels in [`crate::Change::data`].
    pub fn to_data(&self) -> serde_json::Value {
        let v = match self {
            Record::Region(r) => serde_json::to_value(r),
            Record::District(r) => serde_json::to_value(r),
            Record::Locality(r) => serde_json::to_value(r),
            Record::BenefitCategory(r) => serde_json::to_value(r),
            Record::Kindergarten(r) => serde_json::to_value(r),
            Record::Group(r) => serde_json::to_value(r),
            Record::Application(r) => serde_json::to_value(r),
            Record::PlaceGrant(r) => serde_json::to_value(r),
            Record::CommissionMember(r) => serde_json::to_value(r),
            Record::Protocol(r) => serde_json::to_value(r),
            Record::Street(r) => serde_json::to_value(r),
        };
        v.expect("records are plain data")
    }

    /// Reads the data of a change about `entity`.
    pub fn from_data(entity: Entity, data: serde_json::Value) -> Result<Record, serde_json::Error> {
        use serde_json::from_value as from;
        Ok(match entity {
            Entity::Region => Record::Region(from(data)?),
            Entity::District => Record::District(from(data)?),
            Entity::Locality => Record::Locality(from(data)?),
            Entity::BenefitCategory => Record::BenefitCategory(from(data)?),
            Entity::Kindergarten => Record::Kindergarten(from(data)?),
            Entity::Group => Record::Group(from(data)?),
            Entity::Application => Record::Application(Box::new(from(data)?)),
            Entity::PlaceGrant => Record::PlaceGrant(from(data)?),
            Entity::CommissionMember => Record::CommissionMember(from(data)?),
            Entity::Protocol => Record::Protocol(Box::new(from(data)?)),
            Entity::Street => Record::Street(from(data)?),
        })
    }
}
