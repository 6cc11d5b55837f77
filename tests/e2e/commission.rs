//! The voucher commission end to end (seed 000), two app instances against the real server
//! (its router over a throwaway PostgreSQL seeded with demo data, its mailer sending to an SMTP
//! sink):
//! 1. the secretary signs in, reviews three applications in the six-section form (the inactive
//!    member cannot be ticked), generates the protocol, sends it for signature and syncs;
//! 2. the chairman signs in on another installation, receives it, goes offline, reads it and
//!    signs it with a `.p12` key, comes back and syncs;
//! 3. the server holds the signed protocol (`pdfsig` verifies it, the inactive member is not in
//!    it), the applications are decided, and each family's e-mail reached the SMTP sink in the
//!    application's language.

use crate::session::{artifacts_dir, poll, Session};
use crate::steps::{click, shot, sign_in, sync_now, wait_for};
use crate::{attribute, texts, tid, WAIT};
use kezek_api::Kezek;
use kezek_server::demo::{self, SeedOptions};
use kezek_server::mail::Letter;
use kezek_server::smtp_sink::SmtpSink;
use kezek_server::testing::{RunningServer, TestDb};
use kezek_test_pki::{pki, PASSWORD};
use std::time::Duration;
use thirtyfour::prelude::*;

/// The demo roster's inactive member (server/src/demo.rs).
const INACTIVE: &str = "demo-kg-member-3";
const INACTIVE_NAME: &str = "Садыкова";
const PRESENT: [&str; 3] = ["demo-kg-chairman", "demo-kg-secretary", "demo-kg-member-1"];
const NUMBER: &str = "12/34";

/// The ids of the first `n` applications the review list offers.
async fn first_reviewable(driver: &WebDriver, n: usize) -> WebDriverResult<Vec<i64>> {
    driver.find(tid("nav-review")).await?.click().await?;
    let rows = poll(WAIT, || async {
        let rows = driver.find_all(tid("review-row")).await?;
        Ok((rows.len() >= n).then_some(rows))
    })
    .await?;
    let mut ids = Vec::new();
    for row in rows.into_iter().take(n) {
        let id = row.attr("data-application-id").await?.unwrap_or_default();
        ids.push(id.parse().unwrap_or_default());
    }
    Ok(ids)
}

/// Reviews application `id`: the members present, a document, the number, the decision;
/// "Save and generate protocol".
async fn review(driver: &WebDriver, id: i64, decision: &str, first: bool) -> WebDriverResult<()> {
    driver.find(tid("nav-review")).await?.click().await?;
    let open = format!(
        "[data-testid='review-row'][data-application-id='{id}'] [data-testid='review-open']"
    );
    poll(WAIT, || async {
        Ok((!driver.find_all(By::Css(open.clone())).await?.is_empty()).then_some(()))
    })
    .await?;
    click(driver, &open).await?;
    wait_for(driver, "review-form").await?;
    for section in [
        "review-child",
        "review-parent",
        "review-benefit-section",
        "review-members",
        "review-documents",
        "review-comment-section",
    ] {
        driver.find(tid(section)).await?;
    }
    // The inactive member is shown but cannot be ticked.
    let inactive = driver
        .find(By::Css(format!(
            "[data-testid='review-member'][data-uid='{INACTIVE}']"
        )))
        .await?;
    if inactive.is_enabled().await? {
        return Err(WebDriverError::FatalError(
            "the inactive member can be ticked".into(),
        ));
    }
    for uid in PRESENT {
        let css = format!("[data-testid='review-member'][data-uid='{uid}']");
        if !driver
            .find(By::Css(css.clone()))
            .await?
            .is_selected()
            .await?
        {
            click(driver, &css).await?;
        }
    }
    let doc = "[data-testid='review-document'][data-code='birth_certificate']";
    if !driver.find(By::Css(doc)).await?.is_selected().await? {
        click(driver, doc).await?;
    }
    if driver.find_all(tid("review-benefit")).await?.iter().len() > 0 {
        let mut any = false;
        for b in driver.find_all(tid("review-benefit")).await? {
            any |= b.is_selected().await?;
        }
        if !any {
            click(driver, "[data-testid='review-benefit']").await?;
        }
    }
    let number = driver.find(tid("review-protocol-number")).await?;
    number.clear().await?;
    number.send_keys(NUMBER).await?;
    click(
        driver,
        &format!("[data-testid='review-decision'][data-value='{decision}']"),
    )
    .await?;
    if first {
        driver
            .find(tid("review-comment"))
            .await?
            .send_keys("Документы представлены в полном объёме")
            .await?;
        shot(driver, "commission-review-form.png").await?;
    }
    driver.find(tid("review-save")).await?.click().await?;
    wait_for(driver, "protocol-view").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs a display and the built app: scripts/test.sh runs it under Xvfb"]
async fn a_secretary_reviews_three_applications_and_the_chairman_signs_offline() {
    let db = TestDb::new().await;
    let now = chrono::Utc::now();
    demo::seed(&db.pool, SeedOptions::new(400, now.date_naive()), now)
        .await
        .expect("the demo seed loads");
    // Every family leaves an address here, so every decision is announced.
    sqlx::query(
        "UPDATE applicants SET email = 'family' || id || '@example.kg' WHERE email IS NULL",
    )
    .execute(&db.pool)
    .await
    .unwrap();
    let chain = std::fs::read(pki().path("chain.pem")).unwrap();
    kezek_server::commission::trust::add_roots(&db.pool, &chain, now)
        .await
        .unwrap();
    let mut server = RunningServer::start(db.pool.clone()).await;
    // The app signs at the real time; the server checks at its own, which must not be earlier.
    server.clock.set(now + chrono::Duration::hours(1));
    let sink = SmtpSink::start().await;
    let _mailer = server.start_mailer(&sink.url());
    let base = server.base.clone();

    // The secretary's installation.
    let secretary_dir = tempfile::tempdir().unwrap();
    let session =
        Session::start_with(secretary_dir.path(), &[("KEZEK_SERVER_URL", base.as_str())]).await;
    let driver = session.driver.clone();
    let secretary = async {
        sign_in(&driver, &base, "secretary.kg").await?;
        let ids = first_reviewable(&driver, 3).await?;
        let mut reviewed = Vec::new();
        for (i, decision) in ["approved", "approved", "rejected"].into_iter().enumerate() {
            review(&driver, ids[i], decision, i == 0).await?;
            reviewed.push((ids[i], decision));
            poll(WAIT, || async {
                let n = driver.find_all(tid("protocol-application")).await?.len();
                Ok((n == i + 1).then_some(()))
            })
            .await?;
            if i < 2 {
                driver.find(tid("protocol-close")).await?.click().await?;
            }
        }
        // The draft, rendered in the app.
        poll(WAIT, || async {
            let p = attribute(&driver, "document-pages", "data-pages")
                .await?
                .unwrap_or_default();
            Ok((p != "0" && !p.is_empty()).then_some(()))
        })
        .await?;
        let present = texts(&driver, "protocol-present-member").await?;
        shot(&driver, "commission-protocol-draft.png").await?;
        driver.find(tid("protocol-send")).await?.click().await?;
        poll(WAIT, || async {
            Ok((attribute(&driver, "protocol-view", "data-state")
                .await?
                .as_deref()
                == Some("sent_for_signature"))
            .then_some(()))
        })
        .await?;
        sync_now(&driver).await?;
        Ok::<_, WebDriverError>((reviewed, present))
    }
    .await;
    session.quit_after(&secretary).await;
    let (reviewed, present) = secretary.expect("the secretary's part runs");
    assert_eq!(reviewed.len(), 3);
    assert!(
        present.iter().all(|m| !m.contains(INACTIVE_NAME)) && present.len() == PRESENT.len(),
        "{present:?}"
    );

    // The chairman's installation: the CA trusted and the key imported beforehand.
    let chairman_dir = tempfile::tempdir().unwrap();
    {
        let kezek = Kezek::open(chairman_dir.path()).await.unwrap();
        kezek.trust_add(&chain).await.unwrap();
        kezek
            .import_key("chairman.p12", pki().p12(false).to_vec(), PASSWORD)
            .await
            .unwrap();
    }
    let session =
        Session::start_with(chairman_dir.path(), &[("KEZEK_SERVER_URL", base.as_str())]).await;
    let driver = session.driver.clone();
    let chairman = async {
        sign_in(&driver, &base, "chairman.kg").await?;
        driver.find(tid("nav-protocols")).await?.click().await?;
        // The list reloads after every sync run: look it up afresh, and click inside one script.
        let waiting = "[data-testid='protocol-row'][data-state='sent_for_signature'] td";
        poll(WAIT, || async {
            Ok((!driver.find_all(By::Css(waiting)).await?.is_empty()).then_some(()))
        })
        .await?;
        // Offline from here: the server stops.
        server.stop().await;
        click(&driver, waiting).await?;
        wait_for(&driver, "protocol-view").await?;
        poll(WAIT, || async {
            let p = attribute(&driver, "document-pages", "data-pages")
                .await?
                .unwrap_or_default();
            Ok((p != "0" && !p.is_empty()).then_some(()))
        })
        .await?;
        driver.find(tid("protocol-sign")).await?.click().await?;
        wait_for(&driver, "sign-password")
            .await?
            .send_keys(PASSWORD)
            .await?;
        shot(&driver, "commission-signing-dialog.png").await?;
        driver.find(tid("sign-submit")).await?.click().await?;
        poll(WAIT, || async {
            Ok((attribute(&driver, "protocol-view", "data-state")
                .await?
                .as_deref()
                == Some("signed"))
            .then_some(()))
        })
        .await?;
        wait_for(&driver, "protocol-pending").await?;
        shot(&driver, "commission-signed-offline.png").await?;
        // Back online: the signature goes up and is accepted.
        server.restart().await;
        sync_now(&driver).await?;
        poll(WAIT, || async {
            Ok(driver
                .find_all(tid("protocol-pending"))
                .await?
                .is_empty()
                .then_some(()))
        })
        .await?;
        shot(&driver, "commission-signed.png").await?;
        Ok::<_, WebDriverError>(())
    }
    .await;
    session.quit_after(&chairman).await;
    chairman.expect("the chairman's part runs");

    // The server holds the signed protocol; pdfsig verifies it; the inactive member is absent.
    let (state, pdf): (String, Vec<u8>) =
        sqlx::query_as("SELECT state, signed_pdf FROM protocols WHERE number = $1")
            .bind(NUMBER)
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert_eq!(state, "signed");
    let path = artifacts_dir().join("commission-protocol-signed.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let out = std::process::Command::new("pdfsig")
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Signature is Valid"), "pdfsig: {text}");
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    let words = String::from_utf8_lossy(&out.stdout);
    assert!(words.contains("Асанов"), "the chairman is in it: {words}");
    assert!(
        !words.contains(INACTIVE_NAME),
        "the inactive member is not: {words}"
    );

    // Decisions took effect; every family with an address got its e-mail in its language.
    let mut expected = Vec::new();
    for (id, decision) in &reviewed {
        let (status, number, language, child, email): (
            String,
            String,
            String,
            String,
            Option<String>,
        ) = sqlx::query_as(
            "SELECT a.status, a.number, a.language, \
                 concat_ws(' ', c.surname, c.given_name, c.patronymic), \
                 COALESCE(NULLIF(a.extra_email, ''), p.email) \
                 FROM applications a JOIN children c ON c.id = a.child_id \
                 JOIN applicants p ON p.id = a.applicant_id WHERE a.id = $1",
        )
        .bind(id)
        .fetch_one(&db.pool)
        .await
        .unwrap();
        let want = if *decision == "approved" {
            "voucher_issued"
        } else {
            "rejected"
        };
        assert_eq!(status, want, "application {number}");
        if let Some(email) = email {
            let date: chrono::NaiveDate =
                sqlx::query_scalar("SELECT date FROM protocols WHERE number = $1")
                    .bind(NUMBER)
                    .fetch_one(&db.pool)
                    .await
                    .unwrap();
            let letter = Letter::decision(&language, &number, &child, NUMBER, date, decision);
            expected.push((email, letter.subject));
        }
    }
    let mut received = Vec::new();
    for _ in 0..100 {
        received = sink.received();
        if received.len() >= expected.len() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(expected.len(), 3, "each family has an address");
    assert_eq!(received.len(), expected.len(), "{received:?}");
    for (email, subject) in expected {
        let got = received
            .iter()
            .find(|m| m.to == [email.clone()])
            .unwrap_or_else(|| panic!("no e-mail to {email}"));
        assert_eq!(got.subject(), subject, "the e-mail to {email}");
    }
}
