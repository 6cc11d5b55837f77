//! `kezek-server seed-demo`: the desktop's demo data set (`kezek_demo::DemoData`, the same seed
//! gives the same regions, districts, localities, kindergartens, groups and applications), a
//! commission per district, one account per role, and the change-feed entries of all of it.
//!
//! Bulk: every table is filled with `UNNEST` arrays, applications in chunks (100,000 in seconds).
//! Idempotent: units are keyed by code (`demo-r1`, `demo-d3`, `demo-l7`, `demo-k12`, `demo-g40`,
//! `demo-d3-csq`), applications by number; a second run adds nothing and changes no password.

use crate::accounts::{self, AccountError, NewUser, ScopeRef};
use crate::db::feed;
use crate::db::history::Actor;
use crate::scope::{Location, Role, ScopeKind, Unit};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use kezek_demo::DemoData;
use kezek_store::import::{self, ReferenceSet};
use kezek_sync::records::{
    ApplicantRecord, ApplicationRecord, BenefitCategoryRecord, ChildRecord, DistrictRecord,
    GroupRecord, KindergartenRecord, LocalityRecord, PersonRecord, RegionRecord,
};
use kezek_sync::Record;
use sqlx::{PgConnection, PgPool};
use std::collections::{HashMap, HashSet};

/// The password of every demo account. Demo data only: never seed a real server.
pub const DEMO_PASSWORD: &str = "kezek-demo-2026";
/// The desktop's demo seed.
pub const DEMO_SEED: u64 = 1;
pub const DEFAULT_APPLICATIONS: u32 = 2_000;
/// Applications per transaction of the bulk load.
const CHUNK: usize = 5_000;

#[derive(Debug, Clone, Copy)]
pub struct SeedOptions {
    pub applications: u32,
    pub seed: u64,
    /// Ages and dates are relative to this day (the data set shifts with it: seed again on
    /// another day and applications whose number changed are added).
    pub today: NaiveDate,
}

impl SeedOptions {
    pub fn new(applications: u32, today: NaiveDate) -> Self {
        SeedOptions {
            applications,
            seed: DEMO_SEED,
            today,
        }
    }
}

/// One demo account: its login, role and where it works (for the printed summary).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoAccount {
    pub login: String,
    pub role: Role,
    pub works_at: String,
}

/// What a seed run did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SeedReport {
    pub units_created: usize,
    pub applications_created: usize,
    pub users_created: Vec<String>,
    pub users_present: Vec<String>,
    pub accounts: Vec<DemoAccount>,
}

/// Server ids of the demo's reference rows, by the demo's ids.
#[derive(Default)]
struct Ids {
    regions: HashMap<i64, i64>,
    districts: HashMap<i64, i64>,
    localities: HashMap<i64, i64>,
    benefits: HashMap<i64, i64>,
    kindergartens: HashMap<i64, i64>,
    /// Server locality id → (region, district) server ids.
    locality_place: HashMap<i64, (i64, i64)>,
    /// Demo district id → server commission id.
    commissions: HashMap<i64, i64>,
}

pub async fn seed(
    pool: &PgPool,
    opts: SeedOptions,
    now: DateTime<Utc>,
) -> Result<SeedReport, AccountError> {
    let data = DemoData::new(opts.seed, opts.applications, opts.today);
    let mut report = SeedReport::default();
    let mut tx = pool.begin().await?;
    let ids = reference(&mut tx, data.reference(), now, &mut report).await?;
    tx.commit().await?;
    // The parents' portal accepts only listed streets: give the demo districts a few.
    crate::intake::streets::seed_demo(pool, now).await?;

    let mut applicants: HashMap<i64, import::Applicant> = HashMap::new();
    let mut chunk = Vec::with_capacity(CHUNK);
    for record in data.applications() {
        if let Some(a) = &record.new_applicant {
            applicants.insert(record.applicant_id, clone_applicant(a));
        }
        chunk.push(record);
        if chunk.len() == CHUNK {
            report.applications_created +=
                applications(pool, &ids, &applicants, &chunk, now).await?;
            chunk.clear();
        }
    }
    report.applications_created += applications(pool, &ids, &applicants, &chunk, now).await?;
    feed::sequence(pool).await?;
    if report.applications_created > 0 {
        // Fresh statistics for the feed's page queries: right after a bulk load the planner
        // misjudges the scope columns (a district's page took a bitmap AND over the entity key,
        // 90 ms instead of 3) until autovacuum gets to it.
        sqlx::query("ANALYZE change_feed, applications, children, applicants")
            .execute(pool)
            .await?;
    }

    accounts_of(pool, data.reference(), &ids, now, &mut report).await?;
    Ok(report)
}

fn clone_applicant(a: &import::Applicant) -> import::Applicant {
    import::Applicant {
        person: clone_person(&a.person),
        phone: a.phone.clone(),
        email: a.email.clone(),
        address: a.address.clone(),
    }
}

fn clone_person(p: &import::Person) -> import::Person {
    import::Person {
        id: p.id,
        personal_number: p.personal_number.clone(),
        surname: p.surname.clone(),
        given_name: p.given_name.clone(),
        patronymic: p.patronymic.clone(),
        birth_date: p.birth_date,
    }
}

/// Inserts the rows of `codes` that are missing with `sql` (which must `RETURNING id, code`),
/// then returns the id of every code and the set of new ones.
async fn by_code(
    conn: &mut PgConnection,
    table: &str,
    codes: &[String],
    inserted: Vec<(i64, String)>,
) -> Result<(HashMap<String, i64>, HashSet<i64>), sqlx::Error> {
    let new: HashSet<i64> = inserted.iter().map(|(id, _)| *id).collect();
    let all: Vec<(i64, String)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT id, code FROM {table} WHERE code = ANY($1)"
    )))
    .bind(codes)
    .fetch_all(&mut *conn)
    .await?;
    Ok((all.into_iter().map(|(id, c)| (c, id)).collect(), new))
}

async fn reference(
    conn: &mut PgConnection,
    r: &ReferenceSet,
    now: DateTime<Utc>,
    report: &mut SeedReport,
) -> Result<Ids, sqlx::Error> {
    let mut ids = Ids::default();
    let mut feed_rows: Vec<(Record, Location)> = Vec::new();

    // Benefit categories: by their own code.
    let codes: Vec<String> = r.benefit_categories.iter().map(|b| b.code.into()).collect();
    let kinds: Vec<&str> = r.benefit_categories.iter().map(|b| b.kind).collect();
    let inserted: Vec<(i64, String)> = sqlx::query_as(
        "INSERT INTO benefit_categories (code, kind) SELECT * FROM UNNEST($1::text[], $2::text[]) \
         ON CONFLICT (code) DO NOTHING RETURNING id, code",
    )
    .bind(&codes)
    .bind(&kinds)
    .fetch_all(&mut *conn)
    .await?;
    let (map, new) = by_code(conn, "benefit_categories", &codes, inserted).await?;
    for b in &r.benefit_categories {
        let id = map[b.code];
        ids.benefits.insert(b.id, id);
        if new.contains(&id) {
            feed_rows.push((
                Record::BenefitCategory(BenefitCategoryRecord {
                    id,
                    code: b.code.into(),
                    kind: b.kind.into(),
                }),
                Location::SYSTEM,
            ));
        }
    }

    // Regions.
    let codes: Vec<String> = r
        .regions
        .iter()
        .map(|x| format!("demo-r{}", x.id))
        .collect();
    let countries: Vec<&str> = r.regions.iter().map(|x| x.country).collect();
    let names: Vec<&str> = r.regions.iter().map(|x| x.name.as_str()).collect();
    let inserted = sqlx::query_as(
        "INSERT INTO regions (code, country, name) \
         SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[]) \
         ON CONFLICT (code) DO NOTHING RETURNING id, code",
    )
    .bind(&codes)
    .bind(&countries)
    .bind(&names)
    .fetch_all(&mut *conn)
    .await?;
    let (map, new) = by_code(conn, "regions", &codes, inserted).await?;
    for (x, code) in r.regions.iter().zip(&codes) {
        let id = map[code];
        ids.regions.insert(x.id, id);
        if new.contains(&id) {
            feed_rows.push((
                Record::Region(RegionRecord {
                    id,
                    country: x.country.into(),
                    name: x.name.clone(),
                }),
                Location::SYSTEM,
            ));
        }
    }
    report.units_created += new.len();

    // Districts, and a commission for each.
    let codes: Vec<String> = r
        .districts
        .iter()
        .map(|x| format!("demo-d{}", x.id))
        .collect();
    let parents: Vec<i64> = r
        .districts
        .iter()
        .map(|x| ids.regions[&x.region_id])
        .collect();
    let names: Vec<&str> = r.districts.iter().map(|x| x.name.as_str()).collect();
    let inserted = sqlx::query_as(
        "INSERT INTO districts (code, region_id, name) \
         SELECT * FROM UNNEST($1::text[], $2::bigint[], $3::text[]) \
         ON CONFLICT (code) DO NOTHING RETURNING id, code",
    )
    .bind(&codes)
    .bind(&parents)
    .bind(&names)
    .fetch_all(&mut *conn)
    .await?;
    let (map, new) = by_code(conn, "districts", &codes, inserted).await?;
    let mut district_region = HashMap::new();
    for (x, code) in r.districts.iter().zip(&codes) {
        let id = map[code];
        let region = ids.regions[&x.region_id];
        ids.districts.insert(x.id, id);
        district_region.insert(id, region);
        if new.contains(&id) {
            feed_rows.push((
                Record::District(DistrictRecord {
                    id,
                    region_id: region,
                    name: x.name.clone(),
                }),
                Location::SYSTEM,
            ));
        }
    }
    report.units_created += new.len();
    let c_codes: Vec<String> = codes.iter().map(|c| format!("{c}-csq")).collect();
    let c_parents: Vec<i64> = r.districts.iter().map(|x| ids.districts[&x.id]).collect();
    let c_names: Vec<String> = r
        .districts
        .iter()
        .map(|x| format!("Комиссия по социальным вопросам: {}", x.name))
        .collect();
    let inserted = sqlx::query_as(
        "INSERT INTO commissions (code, district_id, name) \
         SELECT * FROM UNNEST($1::text[], $2::bigint[], $3::text[]) \
         ON CONFLICT (code) DO NOTHING RETURNING id, code",
    )
    .bind(&c_codes)
    .bind(&c_parents)
    .bind(&c_names)
    .fetch_all(&mut *conn)
    .await?;
    let (map, new) = by_code(conn, "commissions", &c_codes, inserted).await?;
    for (x, code) in r.districts.iter().zip(&c_codes) {
        ids.commissions.insert(x.id, map[code]);
    }
    report.units_created += new.len();

    // Localities.
    let codes: Vec<String> = r
        .localities
        .iter()
        .map(|x| format!("demo-l{}", x.id))
        .collect();
    let parents: Vec<i64> = r
        .localities
        .iter()
        .map(|x| ids.districts[&x.district_id])
        .collect();
    let names: Vec<&str> = r.localities.iter().map(|x| x.name.as_str()).collect();
    let inserted = sqlx::query_as(
        "INSERT INTO localities (code, district_id, name) \
         SELECT * FROM UNNEST($1::text[], $2::bigint[], $3::text[]) \
         ON CONFLICT (code) DO NOTHING RETURNING id, code",
    )
    .bind(&codes)
    .bind(&parents)
    .bind(&names)
    .fetch_all(&mut *conn)
    .await?;
    let (map, new) = by_code(conn, "localities", &codes, inserted).await?;
    for (x, code) in r.localities.iter().zip(&codes) {
        let id = map[code];
        let district = ids.districts[&x.district_id];
        let region = district_region[&district];
        ids.localities.insert(x.id, id);
        ids.locality_place.insert(id, (region, district));
        if new.contains(&id) {
            feed_rows.push((
                Record::Locality(LocalityRecord {
                    id,
                    district_id: district,
                    name: x.name.clone(),
                }),
                Location::district(region, district),
            ));
        }
    }
    report.units_created += new.len();

    // Kindergartens.
    let codes: Vec<String> = r
        .kindergartens
        .iter()
        .map(|x| format!("demo-k{}", x.id))
        .collect();
    let localities: Vec<i64> = r
        .kindergartens
        .iter()
        .map(|x| ids.localities[&x.locality_id])
        .collect();
    let districts: Vec<i64> = localities.iter().map(|l| ids.locality_place[l].1).collect();
    let names: Vec<&str> = r.kindergartens.iter().map(|x| x.name.as_str()).collect();
    let addresses: Vec<&str> = r.kindergartens.iter().map(|x| x.address.as_str()).collect();
    let phones: Vec<&str> = r.kindergartens.iter().map(|x| x.phone.as_str()).collect();
    let inserted = sqlx::query_as(
        "INSERT INTO kindergartens (code, locality_id, district_id, name, address, phone) \
         SELECT * FROM UNNEST($1::text[], $2::bigint[], $3::bigint[], $4::text[], $5::text[], \
         $6::text[]) ON CONFLICT (code) DO NOTHING RETURNING id, code",
    )
    .bind(&codes)
    .bind(&localities)
    .bind(&districts)
    .bind(&names)
    .bind(&addresses)
    .bind(&phones)
    .fetch_all(&mut *conn)
    .await?;
    let (map, new) = by_code(conn, "kindergartens", &codes, inserted).await?;
    let mut kindergarten_place = HashMap::new();
    for ((x, code), locality) in r.kindergartens.iter().zip(&codes).zip(&localities) {
        let id = map[code];
        let (region, district) = ids.locality_place[locality];
        let at = Location::unit(region, district, Unit::Kindergarten(id));
        ids.kindergartens.insert(x.id, id);
        kindergarten_place.insert(id, at);
        if new.contains(&id) {
            feed_rows.push((
                Record::Kindergarten(KindergartenRecord {
                    id,
                    locality_id: *locality,
                    name: x.name.clone(),
                    address: x.address.clone(),
                    phone: x.phone.clone(),
                }),
                at,
            ));
        }
    }
    report.units_created += new.len();

    // Groups.
    let codes: Vec<String> = r.groups.iter().map(|x| format!("demo-g{}", x.id)).collect();
    let parents: Vec<i64> = r
        .groups
        .iter()
        .map(|x| ids.kindergartens[&x.kindergarten_id])
        .collect();
    let names: Vec<&str> = r.groups.iter().map(|x| x.name.as_str()).collect();
    let years: Vec<i32> = r.groups.iter().map(|x| x.birth_year).collect();
    let languages: Vec<&str> = r.groups.iter().map(|x| x.language).collect();
    let kinds: Vec<&str> = r.groups.iter().map(|x| x.kind).collect();
    let corrections: Vec<Option<&str>> = r.groups.iter().map(|x| x.correction_type).collect();
    let capacities: Vec<i32> = r
        .groups
        .iter()
        .map(|x| i32::try_from(x.capacity).unwrap_or(i32::MAX))
        .collect();
    let inserted = sqlx::query_as(
        "INSERT INTO groups (code, kindergarten_id, name, birth_year, language, kind, \
         correction_type, capacity, created_at) \
         SELECT u.*, $9 FROM UNNEST($1::text[], $2::bigint[], $3::text[], $4::int[], $5::text[], \
         $6::text[], $7::text[], $8::int[]) AS u \
         ON CONFLICT (code) DO NOTHING RETURNING id, code",
    )
    .bind(&codes)
    .bind(&parents)
    .bind(&names)
    .bind(&years)
    .bind(&languages)
    .bind(&kinds)
    .bind(&corrections)
    .bind(&capacities)
    .bind(now)
    .fetch_all(&mut *conn)
    .await?;
    let (map, new) = by_code(conn, "groups", &codes, inserted).await?;
    for ((x, code), kindergarten) in r.groups.iter().zip(&codes).zip(&parents) {
        let id = map[code];
        if new.contains(&id) {
            feed_rows.push((
                Record::Group(GroupRecord {
                    id,
                    kindergarten_id: *kindergarten,
                    name: x.name.clone(),
                    birth_year: x.birth_year,
                    language: x.language.into(),
                    kind: x.kind.into(),
                    correction_type: x.correction_type.map(Into::into),
                    capacity: x.capacity,
                }),
                kindergarten_place[kindergarten],
            ));
        }
    }
    report.units_created += new.len();

    // Numbered at once (the caller commits right after).
    feed::write_many_numbered(conn, &feed_rows, now).await?;
    Ok(ids)
}

fn person(p: &import::Person) -> PersonRecord {
    PersonRecord {
        personal_number: p.personal_number.clone(),
        surname: p.surname.clone(),
        given_name: p.given_name.clone(),
        patronymic: p.patronymic.clone(),
        birth_date: p.birth_date,
    }
}

/// Loads one chunk of applications (those whose number is new) with their children, applicants
/// and feed entries, in one transaction; returns how many were added.
async fn applications(
    pool: &PgPool,
    ids: &Ids,
    applicants: &HashMap<i64, import::Applicant>,
    chunk: &[import::ApplicationRecord],
    now: DateTime<Utc>,
) -> Result<usize, sqlx::Error> {
    if chunk.is_empty() {
        return Ok(0);
    }
    let mut tx = pool.begin().await?;
    let numbers: Vec<&str> = chunk.iter().map(|a| a.number.as_str()).collect();
    let present: HashSet<String> =
        sqlx::query_scalar("SELECT number FROM applications WHERE number = ANY($1)")
            .bind(&numbers)
            .fetch_all(&mut *tx)
            .await?
            .into_iter()
            .collect();
    let fresh: Vec<&import::ApplicationRecord> = chunk
        .iter()
        .filter(|a| !present.contains(&a.number))
        .collect();
    if fresh.is_empty() {
        return Ok(0);
    }
    let records: Vec<ApplicationRecord> = fresh
        .iter()
        .map(|a| {
            let applicant = &applicants[&a.applicant_id];
            ApplicationRecord {
                id: 0,
                number: a.number.clone(),
                kind: a.kind.into(),
                child: ChildRecord {
                    person: person(&a.child.person),
                    sex: a.child.sex.into(),
                },
                applicant: ApplicantRecord {
                    person: person(&applicant.person),
                    phone: applicant.phone.clone(),
                    email: applicant.email.clone(),
                    address: applicant.address.clone(),
                },
                relation: a.relation.into(),
                benefit_category_id: ids.benefits[&a.benefit_category_id],
                benefit_verified: a.benefit_verified,
                locality_id: ids.localities[&a.locality_id],
                language: a.language.into(),
                status: a.status.into(),
                channel: a.channel.into(),
                registered_at: a.registered_at,
                in_queue_since: a.in_queue_since,
                updated_at: a.updated_at,
                extra_email: a.extra_email.clone(),
                extra_phone: a.extra_phone.clone(),
            }
        })
        .collect();
    insert_people(&mut tx, &records).await?;
    let inserted = insert_applications(&mut tx, &records).await?;
    let by_number: HashMap<&str, &ApplicationRecord> =
        records.iter().map(|r| (r.number.as_str(), r)).collect();
    let mut feed_rows = Vec::with_capacity(inserted.len());
    for (id, number) in &inserted {
        let mut record = by_number[number.as_str()].clone();
        record.id = *id;
        let (region, district) = ids.locality_place[&record.locality_id];
        feed_rows.push((
            Record::Application(Box::new(record)),
            Location::district(region, district),
        ));
    }
    // Numbered in this transaction (last, so the sequencer's lock is held only for it).
    feed::write_many_numbered(&mut tx, &feed_rows, now).await?;
    tx.commit().await?;
    Ok(inserted.len())
}

async fn insert_people(
    conn: &mut PgConnection,
    records: &[ApplicationRecord],
) -> Result<(), sqlx::Error> {
    let children: Vec<&ChildRecord> = records.iter().map(|r| &r.child).collect();
    let p = |c: &&ChildRecord| c.person.clone();
    let people: Vec<PersonRecord> = children.iter().map(p).collect();
    sqlx::query(
        "INSERT INTO children (personal_number, surname, given_name, patronymic, birth_date, sex) \
         SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], \
         $6::text[]) ON CONFLICT (personal_number) DO NOTHING",
    )
    .bind(
        people
            .iter()
            .map(|p| p.personal_number.as_str())
            .collect::<Vec<_>>(),
    )
    .bind(
        people
            .iter()
            .map(|p| p.surname.as_str())
            .collect::<Vec<_>>(),
    )
    .bind(
        people
            .iter()
            .map(|p| p.given_name.as_str())
            .collect::<Vec<_>>(),
    )
    .bind(
        people
            .iter()
            .map(|p| p.patronymic.as_deref())
            .collect::<Vec<_>>(),
    )
    .bind(people.iter().map(|p| p.birth_date).collect::<Vec<_>>())
    .bind(children.iter().map(|c| c.sex.as_str()).collect::<Vec<_>>())
    .execute(&mut *conn)
    .await?;

    // Siblings share an applicant: one row each.
    let mut seen = HashSet::new();
    let applicants: Vec<&ApplicantRecord> = records
        .iter()
        .map(|r| &r.applicant)
        .filter(|a| seen.insert(a.person.personal_number.as_str()))
        .collect();
    sqlx::query(
        "INSERT INTO applicants (personal_number, surname, given_name, patronymic, birth_date, \
         phone, email, address) \
         SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], \
         $6::text[], $7::text[], $8::text[]) ON CONFLICT (personal_number) DO NOTHING",
    )
    .bind(
        applicants
            .iter()
            .map(|a| a.person.personal_number.as_str())
            .collect::<Vec<_>>(),
    )
    .bind(
        applicants
            .iter()
            .map(|a| a.person.surname.as_str())
            .collect::<Vec<_>>(),
    )
    .bind(
        applicants
            .iter()
            .map(|a| a.person.given_name.as_str())
            .collect::<Vec<_>>(),
    )
    .bind(
        applicants
            .iter()
            .map(|a| a.person.patronymic.as_deref())
            .collect::<Vec<_>>(),
    )
    .bind(
        applicants
            .iter()
            .map(|a| a.person.birth_date)
            .collect::<Vec<_>>(),
    )
    .bind(
        applicants
            .iter()
            .map(|a| a.phone.as_str())
            .collect::<Vec<_>>(),
    )
    .bind(
        applicants
            .iter()
            .map(|a| a.email.as_deref())
            .collect::<Vec<_>>(),
    )
    .bind(
        applicants
            .iter()
            .map(|a| a.address.as_str())
            .collect::<Vec<_>>(),
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Inserts the applications (children and applicants by personal number); returns the (id,
/// number) of the rows added.
async fn insert_applications(
    conn: &mut PgConnection,
    records: &[ApplicationRecord],
) -> Result<Vec<(i64, String)>, sqlx::Error> {
    fn col<'a, T>(r: &'a [ApplicationRecord], f: impl Fn(&'a ApplicationRecord) -> T) -> Vec<T> {
        r.iter().map(f).collect()
    }
    let times = |f: fn(&ApplicationRecord) -> NaiveDateTime| col(records, f);
    sqlx::query_as(
        "INSERT INTO applications (number, kind, child_id, applicant_id, relation, \
         benefit_category_id, benefit_verified, locality_id, district_id, language, status, \
         channel, registered_at, in_queue_since, updated_at, extra_email, extra_phone) \
         SELECT u.number, u.kind, c.id, a.id, u.relation, u.benefit, u.verified, u.locality, \
         l.district_id, u.language, u.status, u.channel, u.registered_at, u.in_queue_since, \
         u.updated_at, u.extra_email, u.extra_phone \
         FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], \
         $7::bool[], $8::bigint[], $9::text[], $10::text[], $11::text[], $12::timestamp[], \
         $13::timestamp[], $14::timestamp[], $15::text[], $16::text[]) \
         AS u(number, kind, child, applicant, relation, benefit, verified, locality, language, \
         status, channel, registered_at, in_queue_since, updated_at, extra_email, extra_phone) \
         JOIN children c ON c.personal_number = u.child \
         JOIN applicants a ON a.personal_number = u.applicant \
         JOIN localities l ON l.id = u.locality \
         ON CONFLICT (number) DO NOTHING RETURNING id, number",
    )
    .bind(col(records, |r| r.number.as_str()))
    .bind(col(records, |r| r.kind.as_str()))
    .bind(col(records, |r| r.child.person.personal_number.as_str()))
    .bind(col(records, |r| {
        r.applicant.person.personal_number.as_str()
    }))
    .bind(col(records, |r| r.relation.as_str()))
    .bind(col(records, |r| r.benefit_category_id))
    .bind(col(records, |r| r.benefit_verified))
    .bind(col(records, |r| r.locality_id))
    .bind(col(records, |r| r.language.as_str()))
    .bind(col(records, |r| r.status.as_str()))
    .bind(col(records, |r| r.channel.as_str()))
    .bind(times(|r| r.registered_at))
    .bind(col(records, |r| r.in_queue_since))
    .bind(times(|r| r.updated_at))
    .bind(col(records, |r| r.extra_email.as_deref()))
    .bind(col(records, |r| r.extra_phone.as_deref()))
    .fetch_all(conn)
    .await
}

/// A demo account to create: login, full name, role, scope kind and unit id, where (in words).
type Planned = (
    &'static str,
    &'static str,
    Role,
    ScopeKind,
    Option<i64>,
    String,
);

/// The demo accounts: an administrator, and on the first district of the first Kazakh region an
/// operator, the commission's secretary, chairman and member, the head of its first kindergarten,
/// a regional PMPK specialist, plus an operator of the first Kyrgyz district.
async fn accounts_of(
    pool: &PgPool,
    r: &ReferenceSet,
    ids: &Ids,
    now: DateTime<Utc>,
    report: &mut SeedReport,
) -> Result<(), AccountError> {
    let first_district = |country: &str| {
        r.regions
            .iter()
            .filter(|x| x.country == country)
            .flat_map(|region| r.districts.iter().filter(move |d| d.region_id == region.id))
            .find(|d| {
                r.localities.iter().any(|l| {
                    l.district_id == d.id && r.kindergartens.iter().any(|k| k.locality_id == l.id)
                })
            })
    };
    let (Some(kz), Some(kg)) = (first_district("KZ"), first_district("KG")) else {
        return Err(AccountError::Internal(
            "the demo data has no district with a kindergarten in each country".into(),
        ));
    };
    let kz_region = r.regions.iter().find(|x| x.id == kz.region_id).unwrap();
    let kindergarten = r
        .kindergartens
        .iter()
        .find(|k| {
            r.localities
                .iter()
                .any(|l| l.id == k.locality_id && l.district_id == kz.id)
        })
        .expect("chosen for having one");
    let commission = ids.commissions[&kz.id];
    let district = ids.districts[&kz.id];
    let kg_commission = ids.commissions[&kg.id];
    let plan: [Planned; 10] = [
        (
            "admin",
            "Администратор системы",
            Role::Administrator,
            ScopeKind::System,
            None,
            "the whole system".into(),
        ),
        (
            "operator.kz",
            "Оператор района",
            Role::Operator,
            ScopeKind::District,
            Some(district),
            kz.name.clone(),
        ),
        (
            "secretary.kz",
            "Секретарь комиссии",
            Role::CommissionSecretary,
            ScopeKind::Commission,
            Some(commission),
            format!("commission of {}", kz.name),
        ),
        (
            "chairman.kz",
            "Председатель комиссии",
            Role::CommissionChairman,
            ScopeKind::Commission,
            Some(commission),
            format!("commission of {}", kz.name),
        ),
        (
            "member.kz",
            "Член комиссии",
            Role::CommissionMember,
            ScopeKind::Commission,
            Some(commission),
            format!("commission of {}", kz.name),
        ),
        (
            "head.kz",
            "Заведующая детским садом",
            Role::KindergartenHead,
            ScopeKind::Kindergarten,
            Some(ids.kindergartens[&kindergarten.id]),
            kindergarten.name.clone(),
        ),
        (
            "pmpk.kz",
            "Специалист ПМПК",
            Role::PmpkSpecialist,
            ScopeKind::Region,
            Some(ids.regions[&kz_region.id]),
            kz_region.name.clone(),
        ),
        (
            "operator.kg",
            "Оператор района",
            Role::Operator,
            ScopeKind::District,
            Some(ids.districts[&kg.id]),
            kg.name.clone(),
        ),
        (
            "secretary.kg",
            "Токтогулова Айгүл",
            Role::CommissionSecretary,
            ScopeKind::Commission,
            Some(kg_commission),
            format!("commission of {}", kg.name),
        ),
        (
            "chairman.kg",
            "Асанов Бакыт",
            Role::CommissionChairman,
            ScopeKind::Commission,
            Some(kg_commission),
            format!("commission of {}", kg.name),
        ),
    ];
    let actor = Actor::cli();
    for (login, full_name, role, kind, id, works_at) in plan {
        report.accounts.push(DemoAccount {
            login: login.into(),
            role,
            works_at,
        });
        if accounts::id_by_login(pool, login).await.is_ok() {
            report.users_present.push(login.to_owned());
            continue;
        }
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
    roster_of(pool, kg_commission, now).await?;
    Ok(())
}

/// The Kyrgyz demo commission's roster (seed 000 §II): a chairman, a secretary, two members
/// and one member switched off, so the review form shows an inactive member. Idempotent by uid.
async fn roster_of(pool: &PgPool, commission: i64, now: DateTime<Utc>) -> Result<(), AccountError> {
    use crate::db::commission::{self as db, MemberRow};
    use kezek_domain::{AnyPersonalNumber, PersonalNumber};
    const ROSTER: [(&str, &str, &str, &str, &str, &str, bool); 5] = [
        (
            "demo-kg-chairman",
            "21503197800011",
            "Асанов",
            "Бакыт",
            "Төрага, райондук администрациянын башчысынын орун басары",
            "chairman",
            true,
        ),
        (
            "demo-kg-secretary",
            "11207198500022",
            "Токтогулова",
            "Айгүл",
            "Жоопкер катчы, билим берүү бөлүмү",
            "secretary",
            true,
        ),
        (
            "demo-kg-member-1",
            "12708198200033",
            "Мамытова",
            "Жылдыз",
            "Социалдык өнүгүү бөлүмүнүн адиси",
            "member",
            true,
        ),
        (
            "demo-kg-member-2",
            "20111197900044",
            "Осмонов",
            "Нурлан",
            "Үй-бүлөлүк дарыгер",
            "member",
            true,
        ),
        (
            "demo-kg-member-3",
            "11905197700055",
            "Садыкова",
            "Гүлнара",
            "Мектепке чейинки мекеменин мурдагы башчысы",
            "member",
            false,
        ),
    ];
    let fail = |e: sqlx::Error| AccountError::Internal(format!("the demo roster: {e}"));
    let mut tx = pool.begin().await.map_err(fail)?;
    let at = db::commission_location(&mut tx, commission)
        .await
        .map_err(fail)?;
    for (uid, pin, surname, given_name, position, role, active) in ROSTER {
        if db::lock_member(&mut tx, uid).await.map_err(fail)?.is_some() {
            continue;
        }
        let number = AnyPersonalNumber::parse(pin)
            .map_err(|e| AccountError::Internal(format!("demo PIN {pin}: {e}")))?;
        let row = MemberRow {
            id: 0,
            uid: uid.into(),
            commission_id: commission,
            personal_number: number.as_str().into(),
            surname: surname.into(),
            given_name: given_name.into(),
            patronymic: None,
            birth_date: number.birth_date(),
            position: position.into(),
            phone: "+996 555 000 000".into(),
            email: None,
            role: role.into(),
            active,
            updated_at: now,
        };
        let saved = db::upsert_member(&mut tx, &row).await.map_err(fail)?;
        let record = kezek_sync::Record::CommissionMember(saved.record());
        crate::db::feed::write(&mut tx, &record, &at, now)
            .await
            .map_err(fail)?;
    }
    tx.commit().await.map_err(fail)?;
    Ok(())
}
