//! Office intake of voucher applications (seed 001's form at the office), the real app against
//! the real server (its router over a throwaway PostgreSQL seeded with demo data, its mailer
//! sending to an SMTP sink):
//! 1. the district operator signs in (the first sync brings the district's streets), then the
//!    server goes away;
//! 2. offline, the operator registers a new child's application: it waits for sync; the same child
//!    again, and a child who already has a voucher application, are shown as duplicates and not
//!    queued; a child whose application reached the server meanwhile (the desktop cannot know) is
//!    queued;
//! 3. the server comes back, "Sync now": the first is registered with the server's number, the
//!    second refused as a duplicate naming the server's application; the family got its letter.

use crate::session::{poll, Session};
use crate::steps::{click, shot, sign_in, sync_now, wait_for};
use crate::{attribute, texts, tid, WAIT};
use kezek_server::db::applications;
use kezek_server::demo::{self, SeedOptions};
use kezek_server::smtp_sink::SmtpSink;
use kezek_server::testing::{RunningServer, TestDb};
use kezek_sync::records::{ApplicantRecord, ApplicationRecord, ChildRecord, PersonRecord};
use thirtyfour::prelude::*;

/// A family as the operator types it in.
struct Family {
    child_pin: String,
    child_surname: &'static str,
    child_given: &'static str,
    parent_pin: String,
    parent_surname: &'static str,
    parent_given: &'static str,
    email: &'static str,
}

/// A Kyrgyz PIN of someone born on `ddmmyyyy` (sex digit `sex`), with a serial unlikely in the
/// demo data.
fn pin(sex: char, ddmmyyyy: &str, serial: u32) -> String {
    format!("{sex}{ddmmyyyy}{serial:05}")
}

/// Sets an input's or a select's value as typing or choosing would (one script call: the input
/// and change events reach the form's bindings).
async fn set(driver: &WebDriver, id: &str, value: &str) -> WebDriverResult<()> {
    let found: bool = driver
        .execute(
            "const e = document.querySelector(`[data-testid='${arguments[0]}']`); \
             if (!e) return false; e.value = arguments[1]; \
             e.dispatchEvent(new Event('input', { bubbles: true })); \
             e.dispatchEvent(new Event('change', { bubbles: true })); return true;",
            vec![serde_json::json!(id), serde_json::json!(value)],
        )
        .await?
        .convert()?;
    if found {
        Ok(())
    } else {
        Err(WebDriverError::FatalError(format!("no field {id}")))
    }
}

/// Waits until the select `id` offers `value`, then chooses it.
async fn choose(driver: &WebDriver, id: &str, value: &str) -> WebDriverResult<()> {
    let css = format!("[data-testid='{id}'] option[value='{value}']");
    poll(WAIT, || async {
        Ok((!driver.find_all(By::Css(css.clone())).await?.is_empty()).then_some(()))
    })
    .await?;
    // By script: WebKitWebDriver's click on an option a select had chosen before (the form was
    // cleared since) does not always reach the page.
    set(driver, id, value).await
}

async fn fill(
    driver: &WebDriver,
    f: &Family,
    region: i64,
    district: i64,
    street: i64,
) -> WebDriverResult<()> {
    set(driver, "intake-child-pin", &f.child_pin).await?;
    set(driver, "intake-child-surname", f.child_surname).await?;
    set(driver, "intake-child-given", f.child_given).await?;
    choose(driver, "intake-parent-relation", "mother").await?;
    set(driver, "intake-parent-pin", &f.parent_pin).await?;
    set(driver, "intake-parent-surname", f.parent_surname).await?;
    set(driver, "intake-parent-given", f.parent_given).await?;
    set(driver, "intake-passport-series", "ID").await?;
    set(driver, "intake-passport-number", "1234567").await?;
    set(driver, "intake-passport-issued-by", "МКК 211041").await?;
    set(driver, "intake-passport-issued-on", "2020-05-04").await?;
    if !driver.find_all(tid("intake-region")).await?.is_empty() {
        choose(driver, "intake-region", &region.to_string()).await?;
    }
    choose(driver, "intake-district", &district.to_string()).await?;
    choose(driver, "intake-street", &street.to_string()).await?;
    set(driver, "intake-house", "12").await?;
    set(driver, "intake-phone", "+996 555 12 34 56").await?;
    set(driver, "intake-email", f.email).await?;
    choose(driver, "intake-benefit", "none").await?;
    choose(driver, "intake-language", "ky").await?;
    let consent = driver.find(tid("intake-consent")).await?;
    if !consent.is_selected().await? {
        click(driver, "[data-testid='intake-consent']").await?;
    }
    Ok(())
}

/// The intake rows' states and numbers, newest first, read in one script call.
async fn rows(driver: &WebDriver) -> WebDriverResult<Vec<(String, String)>> {
    let ret = driver
        .execute(
            "return Array.from(document.querySelectorAll(`[data-testid='intake-row']`)).map(e => [e.getAttribute('data-state') || '', e.getAttribute('data-number') || '']);",
            vec![],
        )
        .await?;
    ret.convert()
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs a display and the built app: scripts/test.sh runs it under Xvfb"]
async fn an_operator_registers_applications_offline_and_the_server_decides_duplicates() {
    let db = TestDb::new().await;
    let now = chrono::Utc::now();
    demo::seed(&db.pool, SeedOptions::new(400, now.date_naive()), now)
        .await
        .expect("the demo seed loads");
    let (region, district): (i64, i64) = sqlx::query_as(
        "SELECT d.region_id, d.id FROM users u JOIN districts d ON d.id = u.district_id \
         WHERE u.login = 'operator.kg'",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    let street: i64 =
        sqlx::query_scalar("SELECT id FROM streets WHERE district_id = $1 AND name = 'Манаса'")
            .bind(district)
            .fetch_one(&db.pool)
            .await
            .expect("the demo district has its streets");
    // A child of the district who already has an open voucher application.
    let (known_pin, known_number): (String, String) = sqlx::query_as(
        "SELECT c.personal_number, a.number FROM applications a \
         JOIN children c ON c.id = a.child_id WHERE a.district_id = $1 AND a.kind = 'voucher' \
         AND a.status NOT IN ('rejected', 'withdrawn', 'removed', 'archived') \
         ORDER BY a.id LIMIT 1",
    )
    .bind(district)
    .fetch_one(&db.pool)
    .await
    .expect("the demo district has voucher applications");
    let new = Family {
        child_pin: pin('1', "20032022", 98761),
        child_surname: "Усенова",
        child_given: "Айпери",
        parent_pin: pin('1', "15051990", 98762),
        parent_surname: "Усенова",
        parent_given: "Гульнара",
        email: "usenova@example.kg",
    };
    let raced = Family {
        child_pin: pin('2', "11072021", 98763),
        child_surname: "Токтогулов",
        child_given: "Эмир",
        parent_pin: pin('2', "02021988", 98764),
        parent_surname: "Токтогулов",
        parent_given: "Бакыт",
        email: "",
    };
    let known = Family {
        child_pin: known_pin.clone(),
        ..Family {
            child_pin: String::new(),
            child_surname: "Кто-то",
            child_given: "Известный",
            parent_pin: pin('2', "02021987", 98765),
            parent_surname: "Кто-то",
            parent_given: "Родитель",
            email: "",
        }
    };
    for f in [&new, &raced] {
        let n: i64 = sqlx::query_scalar("SELECT count(*) FROM children WHERE personal_number = $1")
            .bind(&f.child_pin)
            .fetch_one(&db.pool)
            .await
            .unwrap();
        assert_eq!(n, 0, "{} is a new child", f.child_pin);
    }

    let mut server = RunningServer::start(db.pool.clone()).await;
    let sink = SmtpSink::start().await;
    let _mailer = server.start_mailer(&sink.url());
    let base = server.base.clone();
    let dir = tempfile::tempdir().unwrap();
    let session = Session::start_with(dir.path(), &[("KEZEK_SERVER_URL", base.as_str())]).await;
    let driver = session.driver.clone();
    let pool = db.pool.clone();
    let step = std::cell::Cell::new("sign in");
    let observed = async {
        sign_in(&driver, &base, "operator.kg").await?;
        step.set("open the intake");
        driver.find(tid("nav-intake")).await?.click().await?;
        wait_for(&driver, "intake-submit").await?;
        server.stop().await;

        step.set("register a new child offline");
        fill(&driver, &new, region, district, street).await?;
        shot(&driver, "intake-form.png").await?;
        driver.find(tid("intake-submit")).await?.click().await?;
        poll(WAIT, || async {
            let r = rows(&driver).await?;
            Ok((r.first().map(|(s, _)| s.as_str()) == Some("pending")).then_some(()))
        })
        .await?;

        step.set("the same child again");
        fill(&driver, &new, region, district, street).await?;
        driver.find(tid("intake-submit")).await?.click().await?;
        let again = wait_for(&driver, "intake-duplicate").await?.text().await?;

        step.set("a child with an application already");
        fill(&driver, &known, region, district, street).await?;
        driver.find(tid("intake-submit")).await?.click().await?;
        let known_shown = poll(WAIT, || async {
            let t = texts(&driver, "intake-duplicate").await?;
            Ok(t.into_iter().find(|t| t.contains(&known_number)))
        })
        .await?;
        shot(&driver, "intake-duplicate.png").await?;

        step.set("a child the portal registered meanwhile");
        let raced_number = register_on_portal(&pool, &raced, district)
            .await
            .map_err(|e| WebDriverError::FatalError(format!("the portal's application: {e}")))?;
        fill(&driver, &raced, region, district, street).await?;
        driver.find(tid("intake-submit")).await?.click().await?;
        poll(WAIT, || async {
            let r = rows(&driver).await?;
            Ok((r.iter().filter(|(s, _)| s == "pending").count() == 2).then_some(()))
        })
        .await?;

        step.set("back online");
        server.restart().await;
        sync_now(&driver).await?;
        let done = poll(WAIT, || async {
            let r = rows(&driver).await?;
            Ok(r.iter().all(|(s, _)| s != "pending").then_some(r))
        })
        .await?;
        let refusal = texts(&driver, "intake-refusal-detail").await?;
        driver
            .execute(
                "document.querySelector(`[data-testid='intake-row']`).scrollIntoView();",
                vec![],
            )
            .await?;
        shot(&driver, "intake-synced.png").await?;
        let sync_online = attribute(&driver, "sync-online", "data-online").await?;
        WebDriverResult::Ok((again, known_shown, raced_number, done, refusal, sync_online))
    }
    .await;
    session.quit_after(&observed).await;
    let (again, known_shown, raced_number, done, refusal, sync_online) =
        observed.unwrap_or_else(|e| panic!("failed at step '{}': {e}", step.get()));

    assert!(
        !again.is_empty(),
        "the second entry of a child is a duplicate"
    );
    assert!(known_shown.contains(&known_number), "{known_shown}");
    assert_eq!(sync_online.as_deref(), Some("yes"));
    // Newest first: the raced child refused, the new child registered.
    assert_eq!(done.len(), 2, "only two were queued: {done:?}");
    assert_eq!(done[0].0, "refused", "{done:?}");
    assert_eq!(done[1].0, "registered", "{done:?}");
    let registered = &done[1].1;
    assert!(
        registered.starts_with("БЛ."),
        "the server's number: {done:?}"
    );
    assert!(
        refusal.iter().any(|r| r.contains(&raced_number)),
        "the refusal names the portal's application: {refusal:?}"
    );

    // The server holds one application per child: the office's, and the portal's.
    let (channel, status, language): (String, String, String) = sqlx::query_as(
        "SELECT a.channel, a.status, a.language FROM applications a \
         JOIN children c ON c.id = a.child_id WHERE c.personal_number = $1",
    )
    .bind(&new.child_pin)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(
        (channel.as_str(), status.as_str(), language.as_str()),
        ("office", "registered", "ky")
    );
    let raced_count: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM applications a JOIN children c ON c.id = a.child_id \
         WHERE c.personal_number = $1",
    )
    .bind(&raced.child_pin)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(raced_count, 1, "not registered twice");

    // The family that left an address got its letter.
    let mut received = Vec::new();
    for _ in 0..100 {
        received = sink.received();
        if !received.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(received.len(), 1, "{received:?}");
    assert_eq!(received[0].to, [new.email.to_owned()]);
    assert!(
        received[0].body().contains(registered.as_str()),
        "the letter names the number"
    );
}

/// Registers `f`'s child on the server directly, as the portal would have while the office was
/// offline; returns the number. (No panic here: it runs while the app is driven.)
async fn register_on_portal(
    pool: &sqlx::PgPool,
    f: &Family,
    district: i64,
) -> Result<String, sqlx::Error> {
    let (locality, benefit): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT id FROM localities WHERE district_id = $1 ORDER BY id LIMIT 1), \
         (SELECT id FROM benefit_categories WHERE code = 'none')",
    )
    .bind(district)
    .fetch_one(pool)
    .await?;
    let at = chrono::Utc::now().naive_utc();
    let person = |number: &str, surname: &str, given: &str| PersonRecord {
        personal_number: number.to_owned(),
        surname: surname.to_owned(),
        given_name: given.to_owned(),
        patronymic: None,
        birth_date: kezek_domain::AnyPersonalNumber::parse(number)
            .map(|n| kezek_domain::PersonalNumber::birth_date(&n))
            .unwrap(),
    };
    let number = "БЛ.2026.П999001".to_owned();
    let record = ApplicationRecord {
        id: 0,
        number: number.clone(),
        kind: "voucher".into(),
        child: ChildRecord {
            person: person(&f.child_pin, f.child_surname, f.child_given),
            sex: "male".into(),
        },
        applicant: ApplicantRecord {
            person: person(&f.parent_pin, f.parent_surname, f.parent_given),
            phone: "+996 555 00 00 00".into(),
            email: None,
            address: "Манаса, 1".into(),
        },
        relation: "father".into(),
        benefit_category_id: benefit,
        benefit_verified: false,
        locality_id: locality,
        language: "ru".into(),
        status: "registered".into(),
        channel: "portal".into(),
        registered_at: at,
        in_queue_since: None,
        updated_at: at,
        extra_email: None,
        extra_phone: None,
    };
    let mut tx = pool.begin().await?;
    applications::insert(&mut tx, &record, chrono::Utc::now()).await?;
    tx.commit().await?;
    Ok(number)
}
