//! Documents of an application: generated from its record, signed twice, checked by pdfsig.

use crate::{code_and_reason, open, tool};
use kezek_api::{JournalQuery, Kezek, Remember};
use kezek_test_pki::{pki, PASSWORD};

/// A store with 60 demo applications, the test chain trusted and the user's key imported.
async fn office() -> (tempfile::TempDir, Kezek, i64) {
    let (dir, k) = open().await;
    k.load_demo(60, 7, |_| {}).await.unwrap();
    k.trust_add(&std::fs::read(pki().path("chain.pem")).unwrap())
        .await
        .unwrap();
    let key = k
        .import_key("RSA256_test.p12", pki().p12(false).to_vec(), PASSWORD)
        .await
        .unwrap();
    (dir, k, key.id)
}

async fn application(k: &Kezek, in_queue: bool) -> i64 {
    let page = k
        .journal_page(&JournalQuery {
            page_size: 100,
            ..Default::default()
        })
        .await
        .unwrap();
    page.rows
        .iter()
        .find(|r| r.queue_position.is_some() == in_queue)
        .expect("the demo data has applications in and out of the queue")
        .id
}

fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = kezek_test_pki::write(dir.path(), "d.pdf", pdf);
    let (ok, text) = tool("pdftotext", &["-enc", "UTF-8", path.to_str().unwrap(), "-"]);
    assert!(ok, "pdftotext: {text}");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[tokio::test]
async fn a_registration_notice_is_generated_in_kazakh_signed_twice_and_pdfsig_agrees() {
    let (_dir, k, key) = office().await;
    let app = application(&k, true).await;
    let card = k.application_card(app).await.unwrap();

    let doc = k
        .generate_document(app, "registration_notice", "kk")
        .await
        .expect("a notice for a queued application");
    assert_eq!(doc.language.as_deref(), Some("kk"));
    assert_eq!(doc.signatures, 0);
    let pdf = k.document_pdf(doc.id).await.unwrap();
    let text = pdf_text(&pdf);
    assert!(
        text.contains(&card.number),
        "the application number: {text}"
    );
    assert!(text.contains(&card.child.full_name), "the child: {text}");
    let kk = kezek_i18n::Localizer::new("kk");
    assert!(
        !text.contains(&kk.message("doc-notice-kindergartens", None)),
        "no empty 'desired kindergartens' row: {text}"
    );
    assert!(k
        .document_signatures(doc.id)
        .await
        .unwrap()
        .signatures
        .is_empty());

    let first = k
        .sign_document(doc.id, key, Some(PASSWORD), Remember::Session)
        .await
        .expect("the first signature");
    assert_eq!(first.signatures.len(), 1);
    assert!(first.all_valid(), "{first:?}");
    let second = k
        .sign_document(doc.id, key, None, Remember::Never)
        .await
        .expect("a second signature with the session's password");
    assert_eq!(second.signatures.len(), 2);
    assert!(second.all_valid(), "{second:?}");
    assert!(
        !second.signatures[0].covers_whole_document,
        "the first signed an earlier revision"
    );
    assert!(second.signatures[1].covers_whole_document);

    let signed = k.document_pdf(doc.id).await.unwrap();
    assert!(
        signed.starts_with(&pdf),
        "signatures are incremental updates"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = kezek_test_pki::write(dir.path(), "signed.pdf", &signed);
    let (_, out) = tool("pdfsig", &[path.to_str().unwrap()]);
    assert_eq!(
        out.matches("Signature is Valid").count(),
        2,
        "pdfsig: {out}"
    );
    let (ok, out) = tool("qpdf", &["--check", path.to_str().unwrap()]);
    assert!(ok, "qpdf --check: {out}");

    let entries = k.application_documents(app).await.unwrap();
    let entry = entries.iter().find(|d| d.id == doc.id).unwrap();
    assert_eq!(entry.signatures, 2);
    let actions: Vec<String> = k
        .application_history(app)
        .await
        .unwrap()
        .into_iter()
        .map(|h| h.action)
        .collect();
    assert_eq!(
        actions.iter().filter(|a| *a == "document_signed").count(),
        2
    );
    assert!(actions.iter().any(|a| a == "document_generated"));
}

#[tokio::test]
async fn a_childs_card_lists_the_history_in_russian() {
    let (_dir, k, _) = office().await;
    let app = application(&k, true).await;
    let card = k.application_card(app).await.unwrap();
    let doc = k.generate_document(app, "child_card", "ru").await.unwrap();
    let text = pdf_text(&k.document_pdf(doc.id).await.unwrap());
    assert!(text.contains(&card.applicant.full_name), "{text}");
    assert!(
        text.contains("Заявление зарегистрировано"),
        "the history: {text}"
    );
}

#[tokio::test]
async fn bad_requests_are_refused_and_keep_nothing() {
    let (_dir, k, key) = office().await;
    let outside = application(&k, false).await;
    let before = k.application_documents(outside).await.unwrap().len();
    let err = k
        .generate_document(outside, "registration_notice", "ru")
        .await
        .unwrap_err();
    assert_eq!(
        code_and_reason(&err),
        ("invalid_input", "not_in_queue".into())
    );
    let err = k
        .generate_document(outside, "child_card", "xx")
        .await
        .unwrap_err();
    assert_eq!(code_and_reason(&err), ("invalid_input", "language".into()));
    let err = k
        .generate_document(outside, "contract", "ru")
        .await
        .unwrap_err();
    assert_eq!(
        code_and_reason(&err),
        ("invalid_input", "document_kind".into())
    );
    let err = k
        .generate_document(999_999, "child_card", "ru")
        .await
        .unwrap_err();
    assert_eq!(err.code.as_str(), "not_found");
    assert_eq!(
        k.application_documents(outside).await.unwrap().len(),
        before
    );

    let app = application(&k, true).await;
    let doc = k.generate_document(app, "child_card", "en").await.unwrap();
    let unsigned = k.document_pdf(doc.id).await.unwrap();
    let err = k
        .sign_document(doc.id, key, Some("wrong"), Remember::Never)
        .await
        .unwrap_err();
    assert_eq!(
        code_and_reason(&err),
        ("key_import", "wrong_password".into())
    );
    assert_eq!(
        k.document_pdf(doc.id).await.unwrap(),
        unsigned,
        "the file is untouched"
    );
    assert!(k
        .document_signatures(doc.id)
        .await
        .unwrap()
        .signatures
        .is_empty());
}
