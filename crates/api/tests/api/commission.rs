//! The commission through the API: the demo roster, the member form's checks, a review's draft
//! protocol rendered for real, sent, and signed with the test PKI's key.

use crate::{code_and_reason, open, tool};
use kezek_api::{Kezek, MemberInput, Remember, ReviewInput};
use kezek_test_pki::{pki, PASSWORD};

/// Demo data (with the Kyrgyz commission's roster), the test chain trusted, the key imported.
async fn office() -> (tempfile::TempDir, Kezek, i64) {
    let (dir, k) = open().await;
    k.load_demo(300, 7, |_| {}).await.unwrap();
    k.trust_add(&std::fs::read(pki().path("chain.pem")).unwrap())
        .await
        .unwrap();
    let key = k
        .import_key("RSA256_test.p12", pki().p12(false).to_vec(), PASSWORD)
        .await
        .unwrap();
    (dir, k, key.id)
}

fn member(pin: &str) -> MemberInput {
    MemberInput {
        uid: None,
        personal_number: pin.into(),
        surname: " Бакиева ".into(),
        given_name: "Нургүл".into(),
        patronymic: Some(" ".into()),
        position: "Специалист".into(),
        phone: "+996 555 12 34 56".into(),
        email: Some("nurgul@example.kg".into()),
        role: "member".into(),
        active: true,
    }
}

/// Spoils one field of the member form.
type Spoil = fn(&mut MemberInput);

fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = kezek_test_pki::write(dir.path(), "p.pdf", pdf);
    let (ok, text) = tool("pdftotext", &["-enc", "UTF-8", path.to_str().unwrap(), "-"]);
    assert!(ok, "pdftotext: {text}");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[tokio::test]
async fn the_demo_roster_is_there_and_the_member_form_is_checked_field_by_field() {
    let (_dir, k, _) = office().await;
    let roster = k.commission_members().await.unwrap();
    assert_eq!(roster.len(), 5, "{roster:?}");
    assert_eq!(roster.iter().filter(|m| !m.active).count(), 1);
    assert!(!roster[4].active, "inactive last");
    assert!(
        roster.iter().all(|m| !m.pending),
        "demo rows need no server"
    );

    let cases: [(Spoil, &str); 6] = [
        (|m| m.personal_number = "123".into(), "personal_number"),
        (|m| m.surname = " ".into(), "name"),
        (|m| m.phone = "12-34".into(), "phone"),
        (|m| m.email = Some("nurgul@".into()), "email"),
        (|m| m.role = "boss".into(), "role"),
        (|m| m.role = "chairman".into(), "second_chairman"),
    ];
    for (spoil, reason) in cases {
        let mut input = member("11401198012346");
        spoil(&mut input);
        let e = k.save_commission_member(input).await.unwrap_err();
        assert_eq!(
            code_and_reason(&e),
            ("invalid_input", reason.to_string()),
            "{e:?}"
        );
    }
    assert_eq!(
        k.commission_members().await.unwrap().len(),
        5,
        "nothing saved"
    );

    let saved = k
        .save_commission_member(member("1 1401 1980 12346"))
        .await
        .unwrap();
    assert_eq!(saved.personal_number, "11401198012346");
    assert_eq!(saved.birth_date.to_string(), "1980-01-14", "from the PIN");
    assert_eq!(
        (saved.surname.as_str(), saved.patronymic.as_deref()),
        ("Бакиева", None)
    );
    assert!(saved.pending);
    k.remove_commission_member(&saved.uid).await.unwrap();
    assert_eq!(k.commission_members().await.unwrap().len(), 5);
}

#[tokio::test]
async fn a_review_makes_a_draft_pdf_that_is_sent_and_signed_with_a_real_key() {
    let (_dir, k, key) = office().await;
    let rows = k.voucher_reviews().await.unwrap();
    let ids: Vec<i64> = rows
        .iter()
        .filter(|r| r.status == "under_review")
        .map(|r| r.application_id)
        .take(2)
        .collect();
    assert_eq!(
        ids.len(),
        2,
        "the demo data has voucher applications under review"
    );
    let form = k.voucher_review(ids[0]).await.unwrap();
    assert!(form.editable);
    let active: Vec<String> = form
        .members
        .iter()
        .filter(|m| m.active)
        .map(|m| m.uid.clone())
        .collect();
    let inactive = form.members.iter().find(|m| !m.active).unwrap().uid.clone();
    let input = |id: i64, present: Vec<String>| ReviewInput {
        application_id: id,
        benefit_code: form.benefit_code.clone(),
        documents: vec!["birth_certificate".into()],
        other_documents: vec!["Справка о составе семьи".into(), " ".into()],
        present,
        comment: "Документы в порядке".into(),
        protocol_number: " 12/34 ".into(),
        decision: "approved".into(),
    };

    let mut with_inactive = active.clone();
    with_inactive.push(inactive);
    let e = k
        .save_review(input(ids[0], with_inactive), "ru")
        .await
        .unwrap_err();
    assert_eq!(code_and_reason(&e).1, "inactive_member", "{e:?}");
    let e = k
        .save_review(input(ids[0], active.clone()), "xx")
        .await
        .unwrap_err();
    assert_eq!(code_and_reason(&e).1, "language");

    k.save_review(input(ids[0], active.clone()), "ru")
        .await
        .unwrap();
    let draft = k
        .save_review(input(ids[1], active.clone()), "ky")
        .await
        .unwrap();
    assert_eq!(
        (draft.number.as_str(), draft.state.as_str()),
        ("12/34", "draft")
    );
    assert_eq!(draft.applications.len(), 2);
    let text = pdf_text(&k.protocol_pdf(&draft.uid).await.unwrap());
    assert!(text.contains("12/34"), "the number: {text}");
    assert!(text.contains("Асанов Бакыт"), "the chairman: {text}");
    assert!(
        text.contains("Справка о составе семьи"),
        "typed documents: {text}"
    );
    for a in &draft.applications {
        assert!(text.contains(&a.child_name), "{}: {text}", a.child_name);
    }

    let early = k
        .sign_protocol(&draft.uid, key, Some(PASSWORD), Remember::Never)
        .await
        .unwrap_err();
    assert_eq!(code_and_reason(&early).1, "wrong_state");
    let sent = k.send_protocol(&draft.uid).await.unwrap();
    assert_eq!(sent.state, "sent_for_signature");
    let signed = k
        .sign_protocol(&draft.uid, key, Some(PASSWORD), Remember::Never)
        .await
        .expect("the chairman signs offline");
    assert_eq!((signed.state.as_str(), signed.pending), ("signed", true));
    assert!(signed.signer.is_some());
    let pdf = k.protocol_pdf(&draft.uid).await.unwrap();
    let report = k.verify(&pdf, None).await.unwrap();
    assert_eq!(report.signatures.len(), 1);
    assert!(report.all_valid(), "{report:?}");
    let e = k.return_protocol(&draft.uid, "late").await.unwrap_err();
    assert_eq!(code_and_reason(&e).1, "wrong_state");
    let protocols = k.protocols().await.unwrap();
    assert_eq!(protocols.len(), 1);
}
