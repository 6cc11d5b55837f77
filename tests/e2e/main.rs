//! End-to-end tests: the real Kezek app (release UI bundled) driven over WebDriver.
//!
//! Each test prepares its own data directory, starts `tauri-driver` (which starts
//! WebKitWebDriver and the app), acts as a staff member would, quits the session and only then
//! asserts (a panic before `quit` leaves thirtyfour blocking for minutes). Run one at a time:
//! the driver ports are fixed. Needs a display (Xvfb): `scripts/test.sh` provides one.

mod commission;
mod intake;
mod session;
mod signing;
mod steps;
mod sync;

use kezek_api::{JournalQuery, Kezek};
use kezek_i18n::Localizer;
use session::{poll, Session};
use std::time::{Duration, Instant};
use thirtyfour::components::SelectElement;
use thirtyfour::prelude::*;

const WAIT: Duration = Duration::from_secs(30);

fn tid(id: &str) -> By {
    By::Css(format!("[data-testid='{id}']"))
}

/// Searches the journal by a child's IIN/PIN, waits for that one row and returns the count.
async fn find_one(driver: &WebDriver, child_number: &str) -> WebDriverResult<String> {
    driver
        .query(tid("journal-row"))
        .wait(WAIT, Duration::from_millis(100))
        .first()
        .await?;
    driver
        .find(tid("journal-search"))
        .await?
        .send_keys(child_number)
        .await?;
    poll(WAIT, || async {
        let rows = texts(driver, "journal-row").await?;
        Ok((rows.len() == 1 && rows[0].contains(child_number)).then_some(()))
    })
    .await?;
    driver.find(tid("journal-total")).await?.text().await
}

/// Opens the card of the journal's first row. A table row is not "interactable" to
/// WebKitWebDriver; its cell is, as for a user.
async fn open_first_row(driver: &WebDriver) -> WebDriverResult<()> {
    driver
        .find(By::Css("[data-testid='journal-row'] td"))
        .await?
        .click()
        .await
}

/// A demo database of `n` applications in a fresh temporary directory.
async fn demo_dir(n: u32) -> (tempfile::TempDir, Kezek) {
    let dir = tempfile::tempdir().unwrap();
    let kezek = Kezek::open(dir.path()).await.unwrap();
    kezek.load_demo(n, 1, |_| {}).await.unwrap();
    (dir, kezek)
}

/// An attribute of the first element with a test id (`None` when there is none), read in one
/// script call: a screen that reloads after a sync would leave an element handle stale.
async fn attribute(driver: &WebDriver, id: &str, name: &str) -> WebDriverResult<Option<String>> {
    let ret = driver
        .execute(
            "const e = document.querySelector(`[data-testid='${arguments[0]}']`); return e ? e.getAttribute(arguments[1]) : null;",
            vec![serde_json::json!(id), serde_json::json!(name)],
        )
        .await?;
    ret.convert()
}

/// The texts of all elements matching a test id, read in one script call: the page re-renders
/// while we look, and element handles would go stale between calls.
async fn texts(driver: &WebDriver, id: &str) -> WebDriverResult<Vec<String>> {
    let ret = driver
        .execute(
            "return Array.from(document.querySelectorAll(`[data-testid='${arguments[0]}']`)).map(e => e.innerText);",
            vec![serde_json::json!(id)],
        )
        .await?;
    ret.convert()
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs a display and the built app: scripts/test.sh runs it under Xvfb"]
async fn search_by_iin_open_card_read_history_and_switch_to_kazakh() {
    let (dir, kezek) = demo_dir(3000).await;
    // An application with a rich history: the first in-queue one with three events or more.
    let page = kezek
        .journal_page(&JournalQuery {
            statuses: vec!["enrolled".into()],
            page_size: 50,
            ..Default::default()
        })
        .await
        .unwrap();
    let target = page
        .rows
        .first()
        .expect("demo data has enrolled children")
        .clone();
    let expected_history = kezek.application_history(target.id).await.unwrap().len();
    assert!(
        expected_history >= 4,
        "the chosen application has a history"
    );
    kezek.store().close().await;

    let session = Session::start(dir.path()).await;
    let driver = &session.driver;
    let step = std::cell::Cell::new("search by IIN");
    let observed = async {
        let total = find_one(driver, &target.child_number).await?;
        step.set("open the card");
        open_first_row(driver).await?;
        let number = driver
            .query(tid("card-number"))
            .wait(WAIT, Duration::from_millis(100))
            .first()
            .await?
            .text()
            .await?;
        let child_number = driver.find(tid("card-child-number")).await?.text().await?;
        step.set("open the history tab");
        driver.find(tid("tab-history")).await?.click().await?;
        let history = poll(WAIT, || async {
            let rows = texts(driver, "history-entry").await?;
            Ok((!rows.is_empty()).then_some(rows))
        })
        .await?;

        step.set("switch to Kazakh in the settings");
        driver.find(tid("nav-settings")).await?.click().await?;
        let select = driver
            .query(tid("settings-language"))
            .wait(WAIT, Duration::from_millis(100))
            .first()
            .await?;
        SelectElement::new(&select)
            .await?
            .select_by_value("kk")
            .await?;
        let kk = Localizer::new("kk");
        let settings_title = kk.message("settings-title", None);
        let title_kk = poll(WAIT, || async {
            let t = driver.find(tid("page-title")).await?.text().await?;
            Ok((t == settings_title).then_some(t))
        })
        .await?;
        step.set("back to the journal");
        driver.find(tid("nav-journal")).await?.click().await?;
        let journal_title = driver
            .query(tid("page-title"))
            .wait(WAIT, Duration::from_millis(100))
            .first()
            .await?
            .text()
            .await?;
        let header = driver
            .find(By::Css("[data-testid='journal-table'] thead"))
            .await?
            .text()
            .await?;
        WebDriverResult::Ok((
            total,
            number,
            child_number,
            history,
            title_kk,
            journal_title,
            header,
        ))
    }
    .await;
    session.quit_after(&observed).await;
    let (total, number, child_number, history, title_kk, journal_title, header) =
        observed.unwrap_or_else(|e| panic!("failed at step '{}': {e}", step.get()));

    assert!(total.contains('1'), "count shows one match: {total}");
    assert_eq!(number, target.number);
    assert_eq!(child_number, target.child_number);
    assert_eq!(
        history.len(),
        expected_history,
        "every history event is shown: {history:?}"
    );
    let kk = Localizer::new("kk");
    assert_eq!(title_kk, kk.message("settings-title", None));
    assert_eq!(journal_title, kk.message("journal-title", None));
    assert!(
        header.contains(&kk.message("journal-col-child-name", None)),
        "Kazakh column labels: {header}"
    );
    assert_ne!(
        kk.message("journal-title", None),
        Localizer::new("ru").message("journal-title", None)
    );

    // The choice is remembered in the local database, and recorded in the history.
    let reopened = Kezek::open(dir.path()).await.unwrap();
    assert_eq!(reopened.settings().await.unwrap().language, "kk");
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs a display and the built app: scripts/test.sh runs it under Xvfb"]
async fn the_card_explains_the_queue_number() {
    let (dir, kezek) = demo_dir(2000).await;
    let page = kezek
        .journal_page(&JournalQuery {
            statuses: vec!["in_queue".into()],
            sort: kezek_api::SortColumn::QueuePosition,
            descending: true,
            page_size: 1,
            ..Default::default()
        })
        .await
        .unwrap();
    let target = page.rows[0].clone();
    let position = target
        .queue_position
        .expect("waiting children have a number");
    kezek.store().close().await;

    let session = Session::start(dir.path()).await;
    let driver = &session.driver;
    let observed = async {
        find_one(driver, &target.child_number).await?;
        open_first_row(driver).await?;
        let text = driver
            .query(tid("queue-place"))
            .wait(WAIT, Duration::from_millis(100))
            .first()
            .await?
            .text()
            .await?;
        driver
            .screenshot(&session::artifacts_dir().join("card.png"))
            .await?;
        WebDriverResult::Ok(text)
    }
    .await;
    session.quit_after(&observed).await;
    let text = observed.expect("the scenario ran");
    let ru = Localizer::new("ru");
    assert!(
        text.contains(&ru.message("card-section-queue", None)),
        "{text}"
    );
    assert!(
        text.contains(&format!(" {position} ")),
        "the number {position} is explained: {text}"
    );
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs a display and the built app: scripts/test.sh runs it under Xvfb"]
async fn first_start_offers_demo_data_and_loads_it_with_progress() {
    let dir = tempfile::tempdir().unwrap();
    let session = Session::start(dir.path()).await;
    let driver = &session.driver;
    let observed = async {
        driver
            .query(tid("demo-offer"))
            .wait(WAIT, Duration::from_millis(100))
            .first()
            .await?;
        let count = driver.find(tid("demo-count")).await?;
        count.clear().await?;
        count.send_keys("1200").await?;
        driver.find(tid("demo-load")).await?.click().await?;
        let total = poll(Duration::from_secs(120), || async {
            match driver.find(tid("journal-total")).await {
                Ok(e) => {
                    // Numbers are shown grouped ("1 200"): compare the digits.
                    let t = e.text().await?;
                    let digits: String = t.chars().filter(char::is_ascii_digit).collect();
                    Ok((digits == "1200").then_some(t))
                }
                Err(_) => Ok(None),
            }
        })
        .await?;
        let rows = texts(driver, "journal-row").await?;
        WebDriverResult::Ok((total, rows.len()))
    }
    .await;
    session.quit_after(&observed).await;
    let (total, rows) = observed.expect("the scenario ran");
    let digits: String = total.chars().filter(char::is_ascii_digit).collect();
    assert_eq!(digits, "1200", "{total}");
    assert!(rows > 0 && rows <= 100, "a page of rows: {rows}");
    let kezek = Kezek::open(dir.path()).await.unwrap();
    assert!(!kezek.store().is_empty().await.unwrap());
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs a display and the built app: scripts/test.sh runs it under Xvfb"]
async fn a_database_from_a_newer_kezek_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let kezek = Kezek::open(dir.path()).await.unwrap();
    let path = kezek.store().path().to_path_buf();
    kezek.store().close().await;
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", path.display()))
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (99990101000000, 'from the future', 1, x'00', 0)",
    )
    .execute(&pool)
    .await
    .unwrap();
    pool.close().await;

    let session = Session::start(dir.path()).await;
    let observed = async {
        session
            .driver
            .query(tid("app-error"))
            .wait(WAIT, Duration::from_millis(100))
            .first()
            .await?
            .text()
            .await
    }
    .await;
    session.quit().await;
    let text = observed.expect("the error is shown");
    assert!(
        text.contains("99990101000000"),
        "the message names the database's version: {text}"
    );
    let ru = Localizer::new("ru").message("error-database_too_new", None);
    let lead: String = ru.chars().take(20).collect();
    assert!(text.contains(&lead), "the Russian message is shown: {text}");
}

/// Figures for the closing note, not a test of speed: `scripts/bench.sh` runs it.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "a measurement, not a test: scripts/bench.sh runs it"]
async fn startup_figures() {
    let (dir, kezek) = demo_dir(100_000).await;
    kezek.store().close().await;
    let started = Instant::now();
    let session = Session::start(dir.path()).await;
    let first_page = session
        .driver
        .query(tid("journal-row"))
        .wait(WAIT, Duration::from_millis(20))
        .first()
        .await
        .map(|_| started.elapsed());
    tokio::time::sleep(Duration::from_secs(2)).await;
    let memory = session::resident_memory_kib();
    session.quit().await;
    println!(
        "launch to first journal page (100,000 applications): {:?}",
        first_page.unwrap()
    );
    for (name, kib) in memory {
        println!("resident memory of {name}: {:.1} MiB", kib as f64 / 1024.0);
    }
}
