//! What all five kinds share: codes, samples, and the content hash.

use crate::fixtures::LANGS;
use crate::poppler;
use kezek_documents::sample::{self, document, identifier};
use kezek_documents::{verification, Country, Document, DocumentKind};

#[test]
fn every_kind_has_a_sample_that_renders_and_verifies() {
    for kind in DocumentKind::ALL {
        assert_eq!(kind.code().parse::<DocumentKind>(), Ok(kind));
        assert_eq!(document(kind).kind(), kind);
        for lang in ["kk", "en"] {
            let bytes = kezek_documents::sample(kind, lang).expect("the sample renders");
            let pdf = poppler::save(&format!("sample-{kind}-{lang}.pdf"), &bytes);
            poppler::qpdf_check(&pdf);
            let qr = poppler::qr_text(&pdf, 1);
            let hash = document(kind).content_hash(lang);
            assert_eq!(
                verification::parse_qr_payload(&qr),
                Some((identifier(kind), hash.as_str())),
                "{kind} {lang}"
            );
        }
    }
    assert!("receipt".parse::<DocumentKind>().is_err());
}

#[test]
fn the_hash_is_stable_and_changes_with_any_field_or_the_language() {
    for kind in DocumentKind::ALL {
        let doc = document(kind);
        assert_eq!(doc.content_hash("ru"), document(kind).content_hash("ru"));
        let hashes: Vec<String> = LANGS.iter().map(|l| doc.content_hash(l)).collect();
        for (i, h) in hashes.iter().enumerate() {
            assert_eq!(h.len(), 64, "{kind}: {h}");
            assert!(h
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
            assert!(!hashes[..i].contains(h), "{kind}: languages hash apart");
        }
    }
    let base = |kind| document(kind).content_hash("kk");

    let mut p = sample::protocol(5);
    p.applications[3].comment.push('.');
    assert_ne!(p.content_hash("kk"), base(DocumentKind::Protocol));

    let mut d = sample::direction(Country::Kz);
    d.valid_until = d.valid_until.succ_opt().expect("a next day");
    assert_ne!(d.content_hash("kk"), base(DocumentKind::Direction));
    assert_ne!(
        sample::direction(Country::Kg).content_hash("kk"),
        base(DocumentKind::Direction)
    );

    let mut n = sample::registration_notice();
    n.queue_number += 1;
    assert_ne!(n.content_hash("kk"), base(DocumentKind::RegistrationNotice));

    let mut c = sample::child_card(6);
    c.history[2].note = "Көпбалалы отбасы: № 4472 анықтама".into();
    assert_ne!(c.content_hash("kk"), base(DocumentKind::ChildCard));

    let mut v = sample::voucher_contract();
    v.monthly_amount += 1;
    assert_ne!(v.content_hash("kk"), base(DocumentKind::VoucherContract));
    let mut v = sample::voucher_contract();
    v.parent.phone = "+7 707 123 45 68".into();
    assert_ne!(v.content_hash("kk"), base(DocumentKind::VoucherContract));
}
