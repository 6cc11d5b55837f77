//! Steps the scenarios against the real server share: sign in, sync now, click by script, wait
//! for an element, take a screenshot.

use crate::session::{artifacts_dir, poll};
use crate::{attribute, texts, tid, WAIT};
use kezek_server::demo::DEMO_PASSWORD;
use std::time::Duration;
use thirtyfour::prelude::*;

/// A screenshot for people, into `<target>/e2e/`.
pub async fn shot(driver: &WebDriver, name: &str) -> WebDriverResult<()> {
    driver.screenshot(&artifacts_dir().join(name)).await
}

pub async fn wait_for(driver: &WebDriver, id: &str) -> WebDriverResult<WebElement> {
    driver
        .query(tid(id))
        .wait(WAIT, Duration::from_millis(100))
        .first()
        .await
}

/// Signs a demo account in on the server at `base` and waits until the first sync has filled
/// the journal and nothing is waiting.
pub async fn sign_in(driver: &WebDriver, base: &str, login: &str) -> WebDriverResult<()> {
    wait_for(driver, "login-screen").await?;
    let url = driver.find(tid("login-url")).await?;
    url.clear().await?;
    url.send_keys(base).await?;
    driver
        .find(tid("login-login"))
        .await?
        .send_keys(login)
        .await?;
    driver
        .find(tid("login-password"))
        .await?
        .send_keys(DEMO_PASSWORD)
        .await?;
    driver.find(tid("login-submit")).await?.click().await?;
    wait_for(driver, "sync-indicator").await?;
    // The first sync filled the journal.
    poll(WAIT, || async {
        Ok((!texts(driver, "journal-row").await?.is_empty()).then_some(()))
    })
    .await?;
    // The first sync has run when the line says online and nothing waits.
    poll(WAIT, || async {
        Ok((attribute(driver, "sync-online", "data-online")
            .await?
            .as_deref()
            == Some("yes"))
        .then_some(()))
    })
    .await
}

/// Presses "Sync now" and waits until nothing is pending.
pub async fn sync_now(driver: &WebDriver) -> WebDriverResult<()> {
    driver.find(tid("sync-now")).await?.click().await?;
    poll(WAIT, || async {
        let online = attribute(driver, "sync-online", "data-online").await?;
        let pending = texts(driver, "sync-pending").await?;
        Ok((online.as_deref() == Some("yes") && pending.is_empty()).then_some(()))
    })
    .await
}

/// Clicks an element by script (checkboxes and radios inside labels are not always
/// "interactable" to WebKitWebDriver).
pub async fn click(driver: &WebDriver, css: &str) -> WebDriverResult<()> {
    driver
        .execute(
            "const e = document.querySelector(arguments[0]); e.click(); return !!e;",
            vec![serde_json::json!(css)],
        )
        .await?;
    Ok(())
}
