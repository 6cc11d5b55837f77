//! Signing in the real app: trust the CA, import a .p12 key, generate a registration notice on
//! a card, sign it in the dialog, and see the valid signature; pdfsig agrees afterwards.

use crate::session::{artifacts_dir, poll, Session};
use crate::{find_one, open_first_row, tid, WAIT};
use kezek_api::{JournalQuery, Kezek};
use kezek_test_pki::{pki, PASSWORD};
use std::time::Duration;
use thirtyfour::prelude::*;

async fn shot(driver: &WebDriver, name: &str) -> WebDriverResult<()> {
    driver.screenshot(&artifacts_dir().join(name)).await
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs a display and the built app: scripts/test.sh runs it under Xvfb"]
async fn a_key_is_imported_and_a_generated_notice_is_signed_in_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let kezek = Kezek::open(dir.path()).await.unwrap();
    kezek.load_demo(80, 3, |_| {}).await.unwrap();
    let page = kezek
        .journal_page(&JournalQuery {
            page_size: 100,
            ..Default::default()
        })
        .await
        .unwrap();
    let row = page
        .rows
        .iter()
        .find(|r| r.queue_position.is_some())
        .expect("a queued application")
        .clone();
    let key_file = kezek_test_pki::write(dir.path(), "RSA256_demo.p12", pki().p12(false));
    let chain = pki().path("chain.pem");
    // A protocol signed elsewhere (another office's Kezek), and a copy with one byte changed.
    let (signed_elsewhere, tampered) = {
        let other = tempfile::tempdir().unwrap();
        let k = Kezek::open(other.path()).await.unwrap();
        k.trust_add(&std::fs::read(&chain).unwrap()).await.unwrap();
        let protocol =
            kezek_documents::sample(kezek_documents::DocumentKind::Protocol, "kk").unwrap();
        let signed = k
            .sign_with_key_file(pki().p12(false), PASSWORD, &protocol)
            .await
            .unwrap()
            .bytes;
        let mut changed = signed.clone();
        // The document's date (a signed byte; the file stays readable): 2026 → 2027.
        let at = changed
            .windows(16)
            .position(|w| w == b"/CreationDate(D:")
            .unwrap();
        changed[at + 19] ^= 1;
        (
            kezek_test_pki::write(dir.path(), "protocol-signed.pdf", &signed),
            kezek_test_pki::write(dir.path(), "protocol-tampered.pdf", &changed),
        )
    };

    let session = Session::start(dir.path()).await;
    let driver = &session.driver;
    let step = std::cell::Cell::new("trust the CA");
    let observed = async {
        driver
            .query(tid("nav-keys"))
            .wait(WAIT, Duration::from_millis(100))
            .first()
            .await?
            .click()
            .await?;
        driver
            .query(tid("trust-file"))
            .wait(WAIT, Duration::from_millis(100))
            .first()
            .await?
            .send_keys(chain.to_str().unwrap())
            .await?;
        driver.find(tid("trust-add")).await?.click().await?;
        poll(WAIT, || async {
            Ok((driver.find_all(tid("trust-row")).await?.len() == 2).then_some(()))
        })
        .await?;

        step.set("import the key");
        driver
            .find(tid("key-file"))
            .await?
            .send_keys(key_file.to_str().unwrap())
            .await?;
        driver
            .find(tid("key-password"))
            .await?
            .send_keys(PASSWORD)
            .await?;
        driver.find(tid("key-import")).await?.click().await?;
        let status = driver
            .query(tid("key-status"))
            .wait(WAIT, Duration::from_millis(100))
            .first()
            .await?
            .text()
            .await?;
        let details = driver.find(tid("key-details")).await?.text().await?;
        shot(driver, "keys.png").await?;

        step.set("open the card");
        driver.find(tid("nav-journal")).await?.click().await?;
        find_one(driver, &row.child_number).await?;
        open_first_row(driver).await?;
        driver
            .query(tid("card-number"))
            .wait(WAIT, Duration::from_millis(100))
            .first()
            .await?;
        step.set("generate a notice");
        driver.find(tid("tab-documents")).await?.click().await?;
        driver
            .query(tid("document-generate"))
            .wait(WAIT, Duration::from_millis(100))
            .first()
            .await?
            .click()
            .await?;
        // pdf.js drew the page(s) onto canvases in the webview.
        step.set("see the notice rendered");
        let viewer = driver
            .query(tid("document-pages"))
            .wait(WAIT, Duration::from_millis(100))
            .first()
            .await?;
        let pages = poll(WAIT, || async {
            let p = viewer.attr("data-pages").await?.unwrap_or_default();
            Ok((p != "0" && !p.is_empty()).then_some(p))
        })
        .await?;
        driver.find(tid("document-unsigned")).await?;
        shot(driver, "document.png").await?;

        step.set("sign it");
        driver.find(tid("document-sign")).await?.click().await?;
        driver
            .query(tid("sign-password"))
            .wait(WAIT, Duration::from_millis(100))
            .first()
            .await?
            .send_keys(PASSWORD)
            .await?;
        shot(driver, "signing-dialog.png").await?;
        driver.find(tid("sign-submit")).await?.click().await?;
        let signature = driver
            .query(tid("signature"))
            .wait(Duration::from_secs(60), Duration::from_millis(200))
            .first()
            .await?;
        let valid = signature.attr("data-valid").await?;
        let signature_text = signature.text().await?;
        shot(driver, "document-signed.png").await?;

        step.set("check files signed elsewhere");
        driver.find(tid("nav-keys")).await?.click().await?;
        let mut checks = Vec::new();
        for file in [&signed_elsewhere, &tampered] {
            driver
                .query(tid("verify-signed"))
                .wait(WAIT, Duration::from_millis(100))
                .first()
                .await?
                .send_keys(file.to_str().unwrap())
                .await?;
            driver.find(tid("verify-submit")).await?.click().await?;
            let panel = driver.find(tid("verify-panel")).await?;
            let result = poll(WAIT, || async {
                let found = panel.find_all(tid("signature")).await?;
                match found.first() {
                    Some(e) => Ok(Some((e.attr("data-valid").await?, e.text().await?))),
                    None => Ok(None),
                }
            })
            .await?;
            checks.push(result);
        }
        WebDriverResult::Ok((status, details, pages, valid, signature_text, checks))
    }
    .await;
    session.quit_after(&observed).await;
    let ru = kezek_i18n::Localizer::new("ru");
    let (status, details, pages, valid, signature_text, checks) =
        observed.unwrap_or_else(|e| panic!("step '{}' failed: {e}", step.get()));
    assert_eq!(checks[0].0.as_deref(), Some("true"), "{:?}", checks[0]);
    assert_eq!(checks[1].0.as_deref(), Some("false"), "{:?}", checks[1]);
    assert!(
        checks[1].1.contains(&ru.message(
            "signature-problem",
            Some(&{
                let mut a = kezek_i18n::FluentArgs::new();
                a.set("code", "content_changed");
                a
            })
        )),
        "the reason is shown: {}",
        checks[1].1
    );
    assert_eq!(status, ru.message("keys-status-ok", None));
    assert!(details.contains("Әлиева Айгүл Серікқызы"), "{details}");
    assert!(pages.parse::<u32>().unwrap() >= 1);
    assert_eq!(valid.as_deref(), Some("true"), "{signature_text}");

    // The signed file is in the store; pdfsig (poppler) says the signature is valid.
    let docs = kezek.application_documents(row.id).await.unwrap();
    let doc = docs
        .iter()
        .find(|d| d.kind == "registration_notice" && d.signatures == 1)
        .expect("the signed notice is kept");
    let pdf = kezek.document_pdf(doc.id).await.unwrap();
    let path = kezek_test_pki::write(dir.path(), "signed.pdf", &pdf);
    std::fs::copy(
        &path,
        artifacts_dir().join("registration-notice-signed.pdf"),
    )
    .unwrap();
    let out = std::process::Command::new("pdfsig")
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Signature is Valid"), "pdfsig: {text}");
}
