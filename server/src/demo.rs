//! `kezek-server seed-demo`: a small tree in both countries (with two groups per kindergarten)
//! and one account per role, all with one known password. Idempotent: a second run adds nothing
//! and changes no password.

use crate::accounts::{self, AccountError, NewUser, ScopeRef};
use crate::db::history::Actor;
use crate::db::places;
use crate::db::reference::{self, ChildTable};
use crate::scope::{Role, ScopeKind};
use chrono::{DateTime, Utc};
use kezek_domain::Country;
use sqlx::PgPool;

/// The password of every demo account. Demo data only: never seed a real server.
pub const DEMO_PASSWORD: &str = "kezek-demo-2026";

struct DemoDistrict {
    code: &'static str,
    name: &'static str,
    commission: (&'static str, &'static str),
    kindergartens: [(&'static str, &'static str); 2],
}

struct DemoRegion {
    country: Country,
    code: &'static str,
    name: &'static str,
    districts: &'static [DemoDistrict],
}

const TREE: &[DemoRegion] = &[
    DemoRegion {
        country: Country::Kz,
        code: "kz-almaty",
        name: "г. Алматы",
        districts: &[
            DemoDistrict {
                code: "kz-almaty-medeu",
                name: "Медеуский район",
                commission: (
                    "kz-almaty-medeu-csq",
                    "Комиссия по социальным вопросам Медеуского района",
                ),
                kindergartens: [
                    ("kz-almaty-medeu-dd-12", "ДО № 12 «Балдырган»"),
                    ("kz-almaty-medeu-dd-45", "ДО № 45 «Айгөлек»"),
                ],
            },
            DemoDistrict {
                code: "kz-almaty-bostandyk",
                name: "Бостандыкский район",
                commission: (
                    "kz-almaty-bostandyk-csq",
                    "Комиссия по социальным вопросам Бостандыкского района",
                ),
                kindergartens: [
                    ("kz-almaty-bostandyk-dd-3", "ДО № 3 «Болашақ»"),
                    ("kz-almaty-bostandyk-dd-88", "ДО № 88 «Құлыншақ»"),
                ],
            },
        ],
    },
    DemoRegion {
        country: Country::Kg,
        code: "kg-bishkek",
        name: "г. Бишкек",
        districts: &[DemoDistrict {
            code: "kg-bishkek-lenin",
            name: "Ленинский район",
            commission: (
                "kg-bishkek-lenin-csq",
                "Комиссия по социальным вопросам Ленинского района",
            ),
            kindergartens: [
                ("kg-bishkek-lenin-bb-7", "Бала бакча № 7 «Күнөс»"),
                ("kg-bishkek-lenin-bb-21", "Бала бакча № 21 «Жылдыз»"),
            ],
        }],
    },
];

/// The groups of every demo kindergarten: (code suffix, name, capacity). Small, so that a full
/// group is easy to reach by hand.
const GROUPS: &[(&str, &str, i32)] = &[("g1", "Младшая группа", 3), ("g2", "Средняя группа", 5)];

/// One account per role: (login, full name, role, scope kind, code of the scope's unit).
const ACCOUNTS: &[(&str, &str, Role, ScopeKind, &str)] = &[
    (
        "admin",
        "Администратор системы",
        Role::Administrator,
        ScopeKind::System,
        "",
    ),
    (
        "operator.medeu",
        "Оператор Медеуского района",
        Role::Operator,
        ScopeKind::District,
        "kz-almaty-medeu",
    ),
    (
        "secretary.medeu",
        "Секретарь комиссии (Медеу)",
        Role::CommissionSecretary,
        ScopeKind::Commission,
        "kz-almaty-medeu-csq",
    ),
    (
        "chairman.medeu",
        "Председатель комиссии (Медеу)",
        Role::CommissionChairman,
        ScopeKind::Commission,
        "kz-almaty-medeu-csq",
    ),
    (
        "member.medeu",
        "Член комиссии (Медеу)",
        Role::CommissionMember,
        ScopeKind::Commission,
        "kz-almaty-medeu-csq",
    ),
    (
        "head.dd12",
        "Заведующая ДО № 12",
        Role::KindergartenHead,
        ScopeKind::Kindergarten,
        "kz-almaty-medeu-dd-12",
    ),
    (
        "pmpk.almaty",
        "Специалист ПМПК г. Алматы",
        Role::PmpkSpecialist,
        ScopeKind::Region,
        "kz-almaty",
    ),
    (
        "operator.lenin",
        "Оператор Ленинского района",
        Role::Operator,
        ScopeKind::District,
        "kg-bishkek-lenin",
    ),
];

/// What a seed run did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SeedReport {
    pub units_created: usize,
    pub users_created: Vec<String>,
    pub users_present: Vec<String>,
}

pub async fn seed(pool: &PgPool, now: DateTime<Utc>) -> Result<SeedReport, AccountError> {
    let mut report = SeedReport::default();
    let mut tx = pool.begin().await?;
    for region in TREE {
        let r = reference::ensure_region(&mut tx, region.country, region.code, region.name, now)
            .await?;
        report.units_created += usize::from(r.created);
        for district in region.districts {
            let d = reference::ensure_child(
                &mut tx,
                ChildTable::Districts,
                r.id,
                district.code,
                district.name,
                now,
            )
            .await?;
            report.units_created += usize::from(d.created);
            let (code, name) = district.commission;
            let c =
                reference::ensure_child(&mut tx, ChildTable::Commissions, d.id, code, name, now)
                    .await?;
            report.units_created += usize::from(c.created);
            for (code, name) in district.kindergartens {
                let k = reference::ensure_child(
                    &mut tx,
                    ChildTable::Kindergartens,
                    d.id,
                    code,
                    name,
                    now,
                )
                .await?;
                report.units_created += usize::from(k.created);
                for &(suffix, group, capacity) in GROUPS {
                    let (_, created) = places::ensure_group(
                        &mut tx,
                        k.id,
                        &format!("{code}-{suffix}"),
                        group,
                        capacity,
                        now,
                    )
                    .await?;
                    report.units_created += usize::from(created);
                }
            }
        }
    }
    tx.commit().await?;

    let actor = Actor::cli();
    for &(login, full_name, role, kind, code) in ACCOUNTS {
        if accounts::id_by_login(pool, login).await.is_ok() {
            report.users_present.push(login.to_owned());
            continue;
        }
        let id = match kind {
            ScopeKind::System => None,
            _ => reference::id_by_code(pool, kind, code).await?,
        };
        let new = NewUser {
            login: login.to_owned(),
            full_name: full_name.to_owned(),
            personal_number: None,
            role,
            scope: ScopeRef { kind, id },
            password: DEMO_PASSWORD.to_owned(),
        };
        accounts::create(pool, &actor, new, now).await?;
        report.users_created.push(login.to_owned());
    }
    Ok(report)
}
