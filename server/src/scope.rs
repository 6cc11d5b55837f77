//! Roles, scopes and the one decision "may this user do X on an object at location Y".
//!
//! Pure: no I/O, no time, no database. Every route asks [`may`]; nothing else decides.
//!
//! Design choices (DESIGN.md §4 names the roles, not every scope):
//! - an `operator` and a `pmpk_specialist` work for a district or a whole region (DESIGN.md says
//!   "education department: region/district");
//! - secretaries, chairmen and members work for one commission, a head for one kindergarten;
//! - an `administrator` has the whole system and no narrower scope: DESIGN.md knows no regional
//!   administrator, so none exists (the schema refuses one). [`may`] is written by containment, so
//!   allowing a regional administrator later means relaxing that check only.

use kezek_sync::Entity;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A staff role (DESIGN.md §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Administrator,
    Operator,
    CommissionSecretary,
    CommissionChairman,
    CommissionMember,
    KindergartenHead,
    PmpkSpecialist,
}

impl Role {
    pub const ALL: [Role; 7] = [
        Role::Administrator,
        Role::Operator,
        Role::CommissionSecretary,
        Role::CommissionChairman,
        Role::CommissionMember,
        Role::KindergartenHead,
        Role::PmpkSpecialist,
    ];

    /// The name stored in the database and used on the command line and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Administrator => "administrator",
            Role::Operator => "operator",
            Role::CommissionSecretary => "commission_secretary",
            Role::CommissionChairman => "commission_chairman",
            Role::CommissionMember => "commission_member",
            Role::KindergartenHead => "kindergarten_head",
            Role::PmpkSpecialist => "pmpk_specialist",
        }
    }

    /// The kinds of scope a user of this role may be given.
    pub fn scope_kinds(self) -> &'static [ScopeKind] {
        match self {
            Role::Administrator => &[ScopeKind::System],
            Role::Operator | Role::PmpkSpecialist => &[ScopeKind::Region, ScopeKind::District],
            Role::CommissionSecretary | Role::CommissionChairman | Role::CommissionMember => {
                &[ScopeKind::Commission]
            }
            Role::KindergartenHead => &[ScopeKind::Kindergarten],
        }
    }

    fn is_commission_role(self) -> bool {
        matches!(
            self,
            Role::CommissionSecretary | Role::CommissionChairman | Role::CommissionMember
        )
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown role {0:?}")]
pub struct UnknownRole(pub String);

impl FromStr for Role {
    type Err = UnknownRole;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| UnknownRole(s.to_owned()))
    }
}

/// How wide a scope is: the level of its most specific unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScopeKind {
    System,
    Region,
    District,
    Commission,
    Kindergarten,
}

impl ScopeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ScopeKind::System => "system",
            ScopeKind::Region => "region",
            ScopeKind::District => "district",
            ScopeKind::Commission => "commission",
            ScopeKind::Kindergarten => "kindergarten",
        }
    }
}

impl FromStr for ScopeKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        [
            ScopeKind::System,
            ScopeKind::Region,
            ScopeKind::District,
            ScopeKind::Commission,
            ScopeKind::Kindergarten,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
        .ok_or_else(|| format!("unknown scope kind {s:?}"))
    }
}

/// The unit below a district: a commission or a kindergarten.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Unit {
    Commission(i64),
    Kindergarten(i64),
}

/// A position in the tree region → district → commission | kindergarten, with its ancestors.
///
/// Both a user's scope and an object's place are a `Location`: the object "is in" the scope when
/// every level the scope fixes matches. `Location::SYSTEM` fixes nothing and so holds everything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
pub struct Location {
    pub region: Option<i64>,
    pub district: Option<i64>,
    pub unit: Option<Unit>,
}

impl Location {
    pub const SYSTEM: Location = Location {
        region: None,
        district: None,
        unit: None,
    };

    pub fn region(region: i64) -> Self {
        Location {
            region: Some(region),
            ..Self::SYSTEM
        }
    }

    pub fn district(region: i64, district: i64) -> Self {
        Location {
            region: Some(region),
            district: Some(district),
            unit: None,
        }
    }

    pub fn unit(region: i64, district: i64, unit: Unit) -> Self {
        Location {
            region: Some(region),
            district: Some(district),
            unit: Some(unit),
        }
    }

    pub fn kind(&self) -> ScopeKind {
        match (self.unit, self.district, self.region) {
            (Some(Unit::Commission(_)), _, _) => ScopeKind::Commission,
            (Some(Unit::Kindergarten(_)), _, _) => ScopeKind::Kindergarten,
            (None, Some(_), _) => ScopeKind::District,
            (None, None, Some(_)) => ScopeKind::Region,
            (None, None, None) => ScopeKind::System,
        }
    }

    /// Whether `other` lies at or below this location.
    pub fn contains(&self, other: &Location) -> bool {
        fn level<T: PartialEq>(mine: Option<T>, theirs: Option<T>) -> bool {
            mine.is_none() || mine == theirs
        }
        level(self.region, other.region)
            && level(self.district, other.district)
            && level(self.unit, other.unit)
    }

    /// The same location without its unit: the district a commission or kindergarten is in.
    fn up_to_district(self) -> Location {
        Location { unit: None, ..self }
    }
}

/// Who asks: the part of a user that decisions need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Principal {
    pub role: Role,
    pub scope: Location,
}

/// What the caller wants to do to an object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// See a region, district, commission or kindergarten (names and ids; no personal data).
    ReadReference,
    /// Create, list, disable or reset the password of an account whose scope is the target.
    ManageUsers,
    /// Give a child a place in a group of the target kindergarten: district or regional
    /// operators and the kindergarten's head.
    GrantPlace,
    /// Keep the roster and send protocols for signature: the secretary of the target
    /// commission.
    KeepCommissionRecords,
    /// Sign or return the target commission's protocols: its chairman.
    SignProtocol,
    /// Register a voucher application typed in at the office for a family of the target
    /// district: operators whose scope holds the district, and the secretary of a commission of
    /// that district (a commission takes the applications it will review).
    RegisterApplication,
}

/// Why a request is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Denied {
    #[error("the role {0} may not do this")]
    Role(Role),
    #[error("the object lies outside the caller's scope")]
    OutOfScope,
}

/// The one decision: may `who` do `action` on an object at `target`?
pub fn may(who: &Principal, action: Action, target: &Location) -> Result<(), Denied> {
    match action {
        Action::ReadReference => {
            // A commission serves its whole district, so its people see the district's
            // kindergartens and fellow commissions. Everyone sees the units above their scope
            // (their own district's and region's names).
            let reach = if who.role.is_commission_role() {
                who.scope.up_to_district()
            } else {
                who.scope
            };
            if reach.contains(target) || target.contains(&who.scope) {
                Ok(())
            } else {
                Err(Denied::OutOfScope)
            }
        }
        Action::ManageUsers => {
            if who.role != Role::Administrator {
                Err(Denied::Role(who.role))
            } else if who.scope.contains(target) {
                Ok(())
            } else {
                Err(Denied::OutOfScope)
            }
        }
        Action::GrantPlace => {
            if !matches!(who.role, Role::Operator | Role::KindergartenHead) {
                Err(Denied::Role(who.role))
            } else if who.scope.contains(target) {
                Ok(())
            } else {
                Err(Denied::OutOfScope)
            }
        }
        Action::RegisterApplication => match who.role {
            Role::Operator if who.scope.contains(target) => Ok(()),
            Role::CommissionSecretary
                if who.scope.kind() == ScopeKind::Commission
                    && who.scope.up_to_district().contains(target) =>
            {
                Ok(())
            }
            Role::Operator | Role::CommissionSecretary => Err(Denied::OutOfScope),
            role => Err(Denied::Role(role)),
        },
        Action::KeepCommissionRecords | Action::SignProtocol => {
            let role = if action == Action::SignProtocol {
                Role::CommissionChairman
            } else {
                Role::CommissionSecretary
            };
            // Exactly their own commission: a commission's records are not its district's.
            if who.role != role {
                Err(Denied::Role(who.role))
            } else if matches!(target.unit, Some(Unit::Commission(_))) && who.scope == *target {
                Ok(())
            } else {
                Err(Denied::OutOfScope)
            }
        }
    }
}

/// Whether a user of `role` may be given a scope at `scope`.
pub fn scope_fits_role(role: Role, scope: &Location) -> bool {
    role.scope_kinds().contains(&scope.kind())
}

/// What part of the change feed a user receives (DESIGN.md §4 applied to sync pull).
///
/// The rules, by entity:
/// - regions, districts and benefit categories: everyone (the client needs the whole tree and
///   every category to show addresses and priorities);
/// - localities, kindergartens, groups, streets (the district's reference data), applications and
///   place grants: the administrator all; a region-scoped user (operator, PMPK) those of its region; a
///   district-scoped user (operator, PMPK) and the commission roles those of the district (a
///   commission serves its whole district);
/// - a kindergarten head: the reference data (localities, kindergartens, groups, streets) of its
///   district,
///   and only the place grants of its own kindergarten plus the applications of the children
///   granted there (an application's row carries the kindergarten of the child's latest grant,
///   see `db::feed`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedScope {
    Everything,
    Region(i64),
    District(i64),
    Kindergarten {
        district: i64,
        kindergarten: i64,
    },
    /// Only what everyone sees (a non-administrator without a place: no valid account).
    Public,
}

/// Which rows of one entity a [`FeedScope`] admits, by the scope columns the feed stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FeedFilter {
    All,
    Region(i64),
    District(i64),
    Kindergarten(i64),
    /// Nothing of this entity ([`FeedScope::Public`]).
    Nothing,
}

/// Entities every user receives whole.
pub const EVERYONE_ENTITIES: [Entity; 3] =
    [Entity::Region, Entity::District, Entity::BenefitCategory];

/// The reference data of a district that its kindergarten heads receive whole (the address
/// bureau's streets too: they are a district's list, like its localities).
pub const DISTRICT_REFERENCE: [Entity; 4] = [
    Entity::Locality,
    Entity::Kindergarten,
    Entity::Group,
    Entity::Street,
];

impl FeedScope {
    /// The feed scope of a principal (from its role and scope; see the type's rules).
    pub fn of(who: &Principal) -> FeedScope {
        let s = who.scope;
        match (who.role, s.region, s.district, s.unit) {
            (Role::Administrator, None, _, _) => FeedScope::Everything,
            (Role::KindergartenHead, _, Some(district), Some(Unit::Kindergarten(kindergarten))) => {
                FeedScope::Kindergarten {
                    district,
                    kindergarten,
                }
            }
            // Operators and PMPK at a district, commission roles (their commission's district).
            (_, _, Some(district), _) => FeedScope::District(district),
            (_, Some(region), None, _) => FeedScope::Region(region),
            // A scoped role without a place (the schema refuses it): the public rows only.
            (_, None, None, _) => FeedScope::Public,
        }
    }

    /// Which rows of `entity` this scope receives.
    pub fn filter(&self, entity: Entity) -> FeedFilter {
        if EVERYONE_ENTITIES.contains(&entity) {
            return FeedFilter::All;
        }
        match *self {
            FeedScope::Everything => FeedFilter::All,
            FeedScope::Public => FeedFilter::Nothing,
            FeedScope::Region(r) => FeedFilter::Region(r),
            FeedScope::District(d) => FeedFilter::District(d),
            FeedScope::Kindergarten {
                district,
                kindergarten,
            } => {
                if DISTRICT_REFERENCE.contains(&entity) {
                    FeedFilter::District(district)
                } else {
                    FeedFilter::Kindergarten(kindergarten)
                }
            }
        }
    }

    /// Whether a feed row of `entity` stored at `at` reaches this scope.
    pub fn sees(&self, entity: Entity, at: &Location) -> bool {
        self.filter(entity).admits(at)
    }

    /// The entities grouped by their filter (one branch of the feed query each), in a stable
    /// order.
    pub fn branches(&self) -> Vec<(FeedFilter, Vec<Entity>)> {
        let mut out: Vec<(FeedFilter, Vec<Entity>)> = Vec::new();
        for e in Entity::ALL {
            let f = self.filter(e);
            if f == FeedFilter::Nothing {
                continue;
            }
            match out.iter_mut().find(|(g, _)| *g == f) {
                Some((_, list)) => list.push(e),
                None => out.push((f, vec![e])),
            }
        }
        out
    }
}

impl FeedFilter {
    pub fn admits(&self, at: &Location) -> bool {
        match *self {
            FeedFilter::All => true,
            FeedFilter::Region(r) => at.region == Some(r),
            FeedFilter::District(d) => at.district == Some(d),
            FeedFilter::Kindergarten(k) => at.unit == Some(Unit::Kindergarten(k)),
            FeedFilter::Nothing => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Region 1 holds districts 10 and 11; region 2 holds district 20.
    // Commission 100 and kindergarten 200 are in district 10; commission 101 in district 11.
    const R1: Location = Location {
        region: Some(1),
        district: None,
        unit: None,
    };
    fn d10() -> Location {
        Location::district(1, 10)
    }
    fn d11() -> Location {
        Location::district(1, 11)
    }
    fn d20() -> Location {
        Location::district(2, 20)
    }
    fn c100() -> Location {
        Location::unit(1, 10, Unit::Commission(100))
    }
    fn c101() -> Location {
        Location::unit(1, 11, Unit::Commission(101))
    }
    fn k200() -> Location {
        Location::unit(1, 10, Unit::Kindergarten(200))
    }
    fn p(role: Role, scope: Location) -> Principal {
        Principal { role, scope }
    }

    #[test]
    fn containment_follows_the_tree() {
        assert!(Location::SYSTEM.contains(&c100()));
        assert!(R1.contains(&d10()) && R1.contains(&k200()));
        assert!(!R1.contains(&d20()));
        assert!(d10().contains(&c100()) && d10().contains(&k200()));
        assert!(!d10().contains(&d11()) && !d10().contains(&R1));
        assert!(!c100().contains(&k200()), "siblings do not hold each other");
        assert!(c100().contains(&c100()));
    }

    #[test]
    fn kinds_and_role_fit() {
        assert_eq!(Location::SYSTEM.kind(), ScopeKind::System);
        assert_eq!(R1.kind(), ScopeKind::Region);
        assert_eq!(k200().kind(), ScopeKind::Kindergarten);
        assert!(scope_fits_role(Role::Administrator, &Location::SYSTEM));
        assert!(
            !scope_fits_role(Role::Administrator, &R1),
            "no regional admin"
        );
        assert!(scope_fits_role(Role::Operator, &R1) && scope_fits_role(Role::Operator, &d10()));
        assert!(!scope_fits_role(Role::Operator, &c100()));
        assert!(scope_fits_role(Role::PmpkSpecialist, &R1));
        assert!(scope_fits_role(Role::CommissionChairman, &c100()));
        assert!(!scope_fits_role(Role::CommissionChairman, &d10()));
        assert!(scope_fits_role(Role::KindergartenHead, &k200()));
        assert!(!scope_fits_role(Role::KindergartenHead, &Location::SYSTEM));
    }

    #[test]
    fn role_names_round_trip() {
        for r in Role::ALL {
            assert_eq!(r.as_str().parse::<Role>(), Ok(r));
        }
        assert!("root".parse::<Role>().is_err());
    }

    #[test]
    fn only_administrators_manage_users() {
        let admin = p(Role::Administrator, Location::SYSTEM);
        for target in [Location::SYSTEM, R1, d20(), c100(), k200()] {
            assert_eq!(may(&admin, Action::ManageUsers, &target), Ok(()));
        }
        for role in Role::ALL.into_iter().filter(|r| *r != Role::Administrator) {
            let who = p(role, d10());
            assert_eq!(
                may(&who, Action::ManageUsers, &d10()),
                Err(Denied::Role(role)),
                "{role} manages no users, even in its own scope"
            );
        }
    }

    #[test]
    fn a_regional_administrator_would_stay_in_its_region() {
        // Not creatable today (scope_fits_role refuses it); the decision still holds by containment.
        let admin = p(Role::Administrator, R1);
        assert_eq!(may(&admin, Action::ManageUsers, &d10()), Ok(()));
        assert_eq!(
            may(&admin, Action::ManageUsers, &d20()),
            Err(Denied::OutOfScope)
        );
    }

    #[test]
    fn reference_of_a_district_operator() {
        let op = p(Role::Operator, d10());
        for ok in [d10(), c100(), k200(), R1] {
            assert_eq!(may(&op, Action::ReadReference, &ok), Ok(()), "{ok:?}");
        }
        for no in [d11(), c101(), d20(), Location::region(2)] {
            assert_eq!(
                may(&op, Action::ReadReference, &no),
                Err(Denied::OutOfScope),
                "{no:?}"
            );
        }
    }

    #[test]
    fn reference_of_a_regional_specialist() {
        let pmpk = p(Role::PmpkSpecialist, R1);
        for ok in [R1, d10(), d11(), c101(), k200()] {
            assert_eq!(may(&pmpk, Action::ReadReference, &ok), Ok(()), "{ok:?}");
        }
        assert_eq!(
            may(&pmpk, Action::ReadReference, &d20()),
            Err(Denied::OutOfScope)
        );
    }

    #[test]
    fn a_commission_sees_its_district_a_head_only_its_kindergarten() {
        let sec = p(Role::CommissionSecretary, c100());
        assert_eq!(may(&sec, Action::ReadReference, &k200()), Ok(()));
        assert_eq!(may(&sec, Action::ReadReference, &d10()), Ok(()));
        assert_eq!(
            may(&sec, Action::ReadReference, &c101()),
            Err(Denied::OutOfScope)
        );

        let head = p(Role::KindergartenHead, k200());
        assert_eq!(may(&head, Action::ReadReference, &k200()), Ok(()));
        assert_eq!(
            may(&head, Action::ReadReference, &d10()),
            Ok(()),
            "own district"
        );
        assert_eq!(may(&head, Action::ReadReference, &R1), Ok(()), "own region");
        assert_eq!(
            may(&head, Action::ReadReference, &c100()),
            Err(Denied::OutOfScope),
            "a head does not see the commission"
        );
        assert_eq!(
            may(&head, Action::ReadReference, &d11()),
            Err(Denied::OutOfScope)
        );
    }

    #[test]
    fn places_are_granted_by_operators_over_it_and_by_the_head_of_the_kindergarten() {
        let k201 = Location::unit(1, 10, Unit::Kindergarten(201));
        let k300 = Location::unit(1, 11, Unit::Kindergarten(300));
        let op = p(Role::Operator, d10());
        assert_eq!(may(&op, Action::GrantPlace, &k200()), Ok(()));
        assert_eq!(may(&op, Action::GrantPlace, &k300), Err(Denied::OutOfScope));
        let regional = p(Role::Operator, R1);
        assert_eq!(may(&regional, Action::GrantPlace, &k300), Ok(()));
        let head = p(Role::KindergartenHead, k200());
        assert_eq!(may(&head, Action::GrantPlace, &k200()), Ok(()));
        assert_eq!(
            may(&head, Action::GrantPlace, &k201),
            Err(Denied::OutOfScope),
            "a head grants only in its own kindergarten"
        );
        for (role, scope) in [
            (Role::Administrator, Location::SYSTEM),
            (Role::PmpkSpecialist, d10()),
            (Role::CommissionSecretary, c100()),
            (Role::CommissionChairman, c100()),
            (Role::CommissionMember, c100()),
        ] {
            assert_eq!(
                may(&p(role, scope), Action::GrantPlace, &k200()),
                Err(Denied::Role(role)),
                "{role} grants no places"
            );
        }
    }

    #[test]
    fn applications_are_registered_by_operators_over_the_district_and_its_secretaries() {
        let op = p(Role::Operator, d10());
        assert_eq!(may(&op, Action::RegisterApplication, &d10()), Ok(()));
        for no in [d11(), d20()] {
            assert_eq!(
                may(&op, Action::RegisterApplication, &no),
                Err(Denied::OutOfScope),
                "{no:?}"
            );
        }
        let regional = p(Role::Operator, R1);
        assert_eq!(may(&regional, Action::RegisterApplication, &d11()), Ok(()));
        assert_eq!(
            may(&regional, Action::RegisterApplication, &d20()),
            Err(Denied::OutOfScope)
        );
        let sec = p(Role::CommissionSecretary, c100());
        assert_eq!(
            may(&sec, Action::RegisterApplication, &d10()),
            Ok(()),
            "the commission's own district"
        );
        let other_sec = p(Role::CommissionSecretary, c101());
        assert_eq!(
            may(&other_sec, Action::RegisterApplication, &d10()),
            Err(Denied::OutOfScope),
            "another district's commission"
        );
        for (role, scope) in [
            (Role::Administrator, Location::SYSTEM),
            (Role::PmpkSpecialist, d10()),
            (Role::CommissionChairman, c100()),
            (Role::CommissionMember, c100()),
            (Role::KindergartenHead, k200()),
        ] {
            assert_eq!(
                may(&p(role, scope), Action::RegisterApplication, &d10()),
                Err(Denied::Role(role)),
                "{role} registers no applications"
            );
        }
    }

    #[test]
    fn the_feed_scope_of_each_role() {
        assert_eq!(
            FeedScope::of(&p(Role::Administrator, Location::SYSTEM)),
            FeedScope::Everything
        );
        assert_eq!(FeedScope::of(&p(Role::Operator, R1)), FeedScope::Region(1));
        assert_eq!(
            FeedScope::of(&p(Role::PmpkSpecialist, d10())),
            FeedScope::District(10)
        );
        for role in [
            Role::CommissionSecretary,
            Role::CommissionChairman,
            Role::CommissionMember,
        ] {
            assert_eq!(FeedScope::of(&p(role, c100())), FeedScope::District(10));
        }
        assert_eq!(
            FeedScope::of(&p(Role::KindergartenHead, k200())),
            FeedScope::Kindergarten {
                district: 10,
                kindergarten: 200
            }
        );
    }

    #[test]
    fn the_feed_filter_per_entity() {
        let k201 = Location::unit(1, 10, Unit::Kindergarten(201));
        let k300 = Location::unit(1, 11, Unit::Kindergarten(300));
        let everywhere = [
            Location::SYSTEM,
            R1,
            d10(),
            d11(),
            d20(),
            k200(),
            k201,
            k300,
        ];
        // Public entities reach everyone wherever their row says it is.
        for scope in [
            FeedScope::District(10),
            FeedScope::Kindergarten {
                district: 10,
                kindergarten: 200,
            },
        ] {
            for e in EVERYONE_ENTITIES {
                assert!(everywhere.iter().all(|at| scope.sees(e, at)), "{e:?}");
            }
        }
        let op = FeedScope::District(10);
        for e in [
            Entity::Locality,
            Entity::Group,
            Entity::Application,
            Entity::PlaceGrant,
        ] {
            assert!(op.sees(e, &d10()) && op.sees(e, &k200()) && op.sees(e, &k201));
            assert!(!op.sees(e, &d11()) && !op.sees(e, &k300) && !op.sees(e, &d20()));
        }
        let regional = FeedScope::Region(1);
        assert!(regional.sees(Entity::Application, &k300));
        assert!(!regional.sees(Entity::Application, &d20()));
        let head = FeedScope::Kindergarten {
            district: 10,
            kindergarten: 200,
        };
        assert!(head.sees(Entity::Group, &k201), "the district's reference");
        assert!(head.sees(Entity::Street, &d10()), "the district's streets");
        assert!(!head.sees(Entity::Street, &d11()));
        assert!(op.sees(Entity::Street, &d10()) && !op.sees(Entity::Street, &d20()));
        assert!(regional.sees(Entity::Street, &d11()) && !regional.sees(Entity::Street, &d20()));
        assert!(!head.sees(Entity::Group, &k300));
        assert!(head.sees(Entity::PlaceGrant, &k200()));
        assert!(
            !head.sees(Entity::PlaceGrant, &k201),
            "another kindergarten's grant"
        );
        assert!(
            !head.sees(Entity::Application, &d10()),
            "an application without a grant here"
        );
        assert!(head.sees(Entity::Application, &k200()));
        let all = FeedScope::Everything;
        assert!(everywhere
            .iter()
            .all(|at| Entity::ALL.iter().all(|e| all.sees(*e, at))));
    }

    #[test]
    fn branches_cover_each_entity_once() {
        for scope in [
            FeedScope::Everything,
            FeedScope::Region(1),
            FeedScope::District(10),
            FeedScope::Kindergarten {
                district: 10,
                kindergarten: 200,
            },
        ] {
            let b = scope.branches();
            let mut seen: Vec<Entity> = b.iter().flat_map(|(_, es)| es.clone()).collect();
            seen.sort();
            assert_eq!(seen, Entity::ALL.to_vec(), "{scope:?}");
        }
        assert_eq!(FeedScope::Everything.branches().len(), 1);
        assert_eq!(
            FeedScope::Kindergarten {
                district: 10,
                kindergarten: 200
            }
            .branches()
            .len(),
            3
        );
    }
}
