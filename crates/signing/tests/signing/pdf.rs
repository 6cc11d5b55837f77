//! Signed PDFs, cross-checked with poppler's `pdfsig` (NSS), `qpdf --check` and `openssl cms`.

use std::path::PathBuf;

use chrono::{DateTime, Duration, Utc};
use kezek_signing::{
    is_pdf, sign_pdf, verify_pdf, PdfSignatureReport, PdfSignatureStatus, PdfSigner, TrustList,
};
use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Document, Object, Stream};

use crate::pdf_tools::{nss_db, pdfsig, qpdf_check, signatures, signed_bytes, tool};
use crate::pki::{pki, signing_time, write, OWNER};

const TEXT: &str = "Protocol 17: commission meeting of 2026-06-01";

/// A one-page PDF with a line of Helvetica text, written by lopdf.
fn sample_pdf() -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let resources_id = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font_id } });
    let content = Content {
        operations: vec![
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), 14.into()]),
            Operation::new("Td", vec![72.into(), 760.into()]),
            Operation::new("Tj", vec![Object::string_literal(TEXT)]),
            Operation::new("ET", vec![]),
        ],
    };
    let content_id = doc.add_object(Stream::new(dictionary! {}, content.encode().unwrap()));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "Contents" => content_id,
        "Resources" => resources_id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
        }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

fn trust() -> TrustList {
    TrustList::from_der(vec![pki().root.der.clone()]).unwrap()
}

fn inter() -> Vec<Vec<u8>> {
    vec![pki().intermediate.der.clone()]
}

fn signer<'a>(certificate: &'a [u8], chain: &'a [Vec<u8>], name: &str) -> PdfSigner<'a> {
    PdfSigner {
        key: &pki().user_key,
        certificate,
        chain,
        signing_time: signing_time(),
        name: name.to_owned(),
        reason: Some("Ата-ананың келісімі / согласие родителя".to_owned()),
        location: Some("Қарағанды".to_owned()),
    }
}

fn signed_once() -> (Vec<u8>, Vec<u8>) {
    let original = sample_pdf();
    let chain = inter();
    let signed = sign_pdf(&original, &signer(&pki().user.der, &chain, OWNER)).expect("sign");
    (original, signed)
}

fn later() -> DateTime<Utc> {
    signing_time() + Duration::days(30)
}

fn valid(report: &PdfSignatureReport) -> (&str, DateTime<Utc>) {
    match &report.status {
        PdfSignatureStatus::Valid {
            signer,
            signing_time,
        } => (signer.common_name.as_deref().unwrap_or(""), *signing_time),
        PdfSignatureStatus::Invalid { code, reason, .. } => {
            panic!("{}: invalid ({code}): {reason}", report.field)
        }
    }
}

fn invalid_code(report: &PdfSignatureReport) -> &str {
    match &report.status {
        PdfSignatureStatus::Invalid { code, .. } => code,
        PdfSignatureStatus::Valid { .. } => panic!("{} should be invalid", report.field),
    }
}

#[test]
fn signed_pdf_is_an_update_that_pdfsig_qpdf_and_we_accept() {
    let (original, signed) = signed_once();
    assert!(
        signed.starts_with(&original),
        "the original bytes stay a prefix"
    );
    assert!(is_pdf(&signed));

    let report = pdfsig(&signed, "signed.pdf");
    assert!(
        report.contains("Signature Validation: Signature is Valid."),
        "pdfsig: {report}"
    );
    assert!(
        report.contains("Certificate Validation: Certificate is Trusted."),
        "pdfsig: {report}"
    );
    assert!(report.contains("ETSI.CAdES.detached"), "pdfsig: {report}");
    assert!(report.contains("Total document signed"), "pdfsig: {report}");

    let qpdf = qpdf_check(&signed, "signed.pdf");
    assert!(
        qpdf.status.success() && qpdf.stderr.is_empty(),
        "qpdf --check: {}{}",
        String::from_utf8_lossy(&qpdf.stdout),
        String::from_utf8_lossy(&qpdf.stderr)
    );

    let reports = verify_pdf(&signed, &trust(), later()).expect("verify");
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0].field, "Signature1");
    assert!(reports[0].covers_whole_document);
    assert_eq!(reports[0].signed_revision_bytes, signed.len() as u64);
    assert_eq!(
        valid(&reports[0]),
        (OWNER, signing_time()),
        "/M is the time"
    );
    let json = serde_json::to_string(&reports).unwrap();
    assert!(json.contains(r#""status":"Valid""#), "{json}");
}

#[test]
fn the_cms_verifies_in_openssl_and_is_pades_baseline_b() {
    let (_, signed) = signed_once();
    let sigs = signatures(&signed);
    assert_eq!(sigs.len(), 1);
    let (range, cms) = &sigs[0];
    assert_eq!(range[0], 0);
    assert_eq!(range[2] + range[3], signed.len());

    let dir = tempfile::tempdir().unwrap();
    let p7s = write(dir.path(), "sig.p7s", cms);
    let content = write(dir.path(), "ranges.bin", &signed_bytes(&signed, *range));
    let root = pki().path("root.pem");
    let verify = |content: &PathBuf| {
        tool(
            "openssl",
            "openssl",
            &[
                "cms".as_ref(),
                "-verify".as_ref(),
                "-binary".as_ref(),
                "-inform".as_ref(),
                "DER".as_ref(),
                "-in".as_ref(),
                p7s.as_os_str(),
                "-content".as_ref(),
                content.as_os_str(),
                "-CAfile".as_ref(),
                root.as_os_str(),
                "-purpose".as_ref(),
                "any".as_ref(),
                "-out".as_ref(),
                "/dev/null".as_ref(),
            ],
        )
    };
    let out = verify(&content);
    assert!(
        out.status.success(),
        "openssl cms -verify: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut changed = signed_bytes(&signed, *range);
    changed[100] ^= 1;
    let changed = write(dir.path(), "changed.bin", &changed);
    assert!(
        !verify(&changed).status.success(),
        "openssl refuses changes"
    );

    let printed = tool(
        "openssl",
        "openssl",
        &[
            "cms".as_ref(),
            "-cmsout".as_ref(),
            "-print".as_ref(),
            "-inform".as_ref(),
            "DER".as_ref(),
            "-in".as_ref(),
            p7s.as_os_str(),
        ],
    );
    let printed = String::from_utf8_lossy(&printed.stdout);
    // Signed attributes by OID: content-type, message-digest, ESS signing-certificate-v2.
    for expected in [
        "(1.2.840.113549.1.9.3)",
        "(1.2.840.113549.1.9.4)",
        "(1.2.840.113549.1.9.16.2.47)",
        "sha256 (2.16.840.1.101.3.4.2.1)",
        "sha256WithRSAEncryption",
    ] {
        assert!(printed.contains(expected), "{expected} in {printed}");
    }
    assert!(
        !printed.contains("(1.2.840.113549.1.9.5)"),
        "PAdES: the time is /M, not a signing-time attribute: {printed}"
    );
    // signer, intermediate (the user passes the chain it has).
    assert_eq!(printed.matches("d.certificate:").count(), 2, "{printed}");
}

#[test]
fn a_second_signature_keeps_the_first_valid() {
    let (_, first) = signed_once();
    let chain = inter();
    let mut head = signer(&pki().other_person.der, &chain, "Head of the kindergarten");
    head.signing_time = signing_time() + Duration::hours(3);
    head.reason = Some("Бекітемін".into());
    head.location = None;
    let second = sign_pdf(&first, &head).expect("second signature");
    assert!(second.starts_with(&first), "the first revision stays");

    let report = pdfsig(&second, "two.pdf");
    assert_eq!(
        report
            .matches("Signature Validation: Signature is Valid.")
            .count(),
        2,
        "pdfsig: {report}"
    );
    assert_eq!(
        report
            .matches("Certificate Validation: Certificate is Trusted.")
            .count(),
        2,
        "pdfsig: {report}"
    );
    println!("pdfsig of the two-signature file:\n{report}");
    let qpdf = qpdf_check(&second, "two.pdf");
    assert!(
        qpdf.status.success() && qpdf.stderr.is_empty(),
        "qpdf --check: {}",
        String::from_utf8_lossy(&qpdf.stderr)
    );

    let reports = verify_pdf(&second, &trust(), later()).expect("verify");
    let fields: Vec<&str> = reports.iter().map(|r| r.field.as_str()).collect();
    assert_eq!(fields, ["Signature1", "Signature2"]);
    assert_eq!(valid(&reports[0]), (OWNER, signing_time()));
    assert!(
        !reports[0].covers_whole_document,
        "covers an earlier revision"
    );
    assert_eq!(reports[0].signed_revision_bytes, first.len() as u64);
    assert_eq!(valid(&reports[1]).1, head.signing_time);
    assert!(reports[1].covers_whole_document);
}

#[test]
fn a_changed_byte_is_refused_here_and_by_pdfsig() {
    let (_, signed) = signed_once();
    let at = signed
        .windows(TEXT.len())
        .position(|w| w == TEXT.as_bytes())
        .expect("the text is in the file");
    let mut changed = signed.clone();
    changed[at] = b'Q';
    let reports = verify_pdf(&changed, &trust(), later()).expect("still a readable PDF");
    assert_eq!(invalid_code(&reports[0]), "content_changed");
    let PdfSignatureStatus::Invalid { reason, signer, .. } = &reports[0].status else {
        unreachable!()
    };
    assert!(reason.contains("changed"), "{reason}");
    assert_eq!(
        signer.as_ref().and_then(|s| s.common_name.as_deref()),
        Some(OWNER),
        "the claimed signer is still shown"
    );
    let report = pdfsig(&changed, "changed.pdf");
    assert!(
        !report.contains("Signature is Valid"),
        "pdfsig must refuse: {report}"
    );
}

#[test]
fn expired_and_untrusted_signers_get_the_chain_reason() {
    let original = sample_pdf();
    let chain = inter();
    let old = sign_pdf(&original, &signer(&pki().expired.der, &chain, OWNER)).unwrap();
    let reports = verify_pdf(&old, &trust(), later()).unwrap();
    assert_eq!(invalid_code(&reports[0]), "expired");

    let (_, signed) = signed_once();
    let other = TrustList::from_der(vec![pki().other_root.der.clone()]).unwrap();
    let reports = verify_pdf(&signed, &other, later()).unwrap();
    assert_eq!(invalid_code(&reports[0]), "untrusted");

    let untrusted = sign_pdf(&original, &signer(&pki().untrusted.der, &[], OWNER)).unwrap();
    let reports = verify_pdf(&untrusted, &trust(), later()).unwrap();
    assert_eq!(invalid_code(&reports[0]), "untrusted");

    let reports = verify_pdf(&signed, &trust(), signing_time() - Duration::days(1)).unwrap();
    assert_eq!(invalid_code(&reports[0]), "signing_time_in_future");
}

#[test]
fn damaged_signatures_are_reported_not_panics() {
    let (_, signed) = signed_once();
    let (range, cms) = signatures(&signed).remove(0);

    // Garbage in /Contents (hex digits, same length).
    let mut garbage = signed.clone();
    for (i, b) in garbage[range[1] + 1..range[1] + 41].iter_mut().enumerate() {
        *b = b"DEADBEEF"[i % 8];
    }
    let reports = verify_pdf(&garbage, &trust(), later()).unwrap();
    assert_eq!(invalid_code(&reports[0]), "malformed_signature");

    // A valid CMS cut short: still malformed, not a panic.
    let mut cut = signed.clone();
    let half = range[1] + 1 + cms.len();
    cut[half..half + 200].fill(b'0');
    let reports = verify_pdf(&cut, &trust(), later()).unwrap();
    assert_eq!(invalid_code(&reports[0]), "malformed_signature");

    // A /ByteRange that does not start at 0.
    let text = format!("[0 {} {} {}", range[1], range[2], range[3]);
    let at = signed
        .windows(text.len())
        .position(|w| w == text.as_bytes())
        .expect("the byte range as written");
    let mut moved = signed.clone();
    moved[at + 1] = b'1';
    let reports = verify_pdf(&moved, &trust(), later()).unwrap();
    assert_eq!(invalid_code(&reports[0]), "bad_byte_range");

    // Data appended after signing: the signature is valid but no longer covers the file.
    let mut appended = signed.clone();
    appended.extend_from_slice(b"\n% appended\n");
    let reports = verify_pdf(&appended, &trust(), later()).unwrap();
    valid(&reports[0]);
    assert!(!reports[0].covers_whole_document);

    // Truncated and scrambled files never panic.
    for len in [10, signed.len() / 3, signed.len() - 30] {
        let _ = verify_pdf(&signed[..len], &trust(), later());
    }
}

#[test]
fn not_a_pdf_and_unsigned_pdf_have_typed_errors() {
    assert!(!is_pdf(b"PK\x03\x04zip"));
    assert!(!is_pdf(b""));
    assert!(is_pdf(&sample_pdf()));
    let err = verify_pdf(b"hello", &trust(), later()).unwrap_err();
    assert_eq!(err.code(), "not_a_pdf");
    let err = verify_pdf(&sample_pdf(), &trust(), later()).unwrap_err();
    assert_eq!(err.code(), "no_signatures", "{err}");
    let err = verify_pdf(b"%PDF-1.7\nnothing else", &trust(), later()).unwrap_err();
    assert_eq!(err.code(), "unreadable_pdf", "{err}");

    let chain = inter();
    let err = sign_pdf(b"hello", &signer(&pki().user.der, &chain, OWNER)).unwrap_err();
    assert_eq!(err.code(), "not_a_pdf");
    let err = sign_pdf(b"%PDF-1.7\nbroken", &signer(&pki().user.der, &chain, OWNER)).unwrap_err();
    assert_eq!(err.code(), "unreadable_pdf", "{err}");
    let key = rsa::RsaPrivateKey::new(&mut rand_core::OsRng, 1024).unwrap();
    let mut wrong = signer(&pki().user.der, &chain, OWNER);
    wrong.key = &key;
    let err = sign_pdf(&sample_pdf(), &wrong).unwrap_err();
    assert_eq!(err.code(), "key_mismatch");
}

#[test]
fn a_file_rewritten_by_qpdf_with_a_classic_xref_table_signs_too() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "in.pdf", &sample_pdf());
    let output = dir.path().join("classic.pdf");
    let out = tool(
        "qpdf",
        "qpdf",
        &[
            "--object-streams=disable".as_ref(),
            input.as_os_str(),
            output.as_os_str(),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let classic = std::fs::read(&output).unwrap();
    assert!(
        classic.windows(5).any(|w| w == b"xref\n"),
        "qpdf wrote a classic table"
    );
    let chain = inter();
    let signed = sign_pdf(&classic, &signer(&pki().user.der, &chain, OWNER)).unwrap();
    assert!(signed.starts_with(&classic));
    let report = pdfsig(&signed, "classic-signed.pdf");
    assert!(
        report.contains("Signature Validation: Signature is Valid."),
        "pdfsig: {report}"
    );
    let qpdf = qpdf_check(&signed, "classic-signed.pdf");
    assert!(
        qpdf.status.success() && qpdf.stderr.is_empty(),
        "qpdf --check: {}",
        String::from_utf8_lossy(&qpdf.stderr)
    );
    valid(&verify_pdf(&signed, &trust(), later()).unwrap()[0]);
}

#[test]
fn random_damage_never_panics() {
    let (original, signed) = signed_once();
    let (range, _) = signatures(&signed).remove(0);
    let chain = inter();
    let who = signer(&pki().user.der, &chain, OWNER);
    // Every signed byte outside /Contents is a candidate; a fixed LCG keeps the run reproducible.
    let mut state: u64 = 0x5eed;
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize % n
    };
    let signed_len = range[1] + range[3];
    for round in 0..300 {
        let mut damaged = signed.clone();
        for _ in 0..1 + round % 3 {
            let i = next(signed_len);
            let at = if i < range[1] {
                i
            } else {
                range[2] + i - range[1]
            };
            damaged[at] = [b' ', b'0', b'/', b'<', b'>', b'R', b'\n', 0xff][next(8)];
        }
        if let Ok(reports) = verify_pdf(&damaged, &trust(), later()) {
            assert!(
                reports.iter().all(|r| !r.status.is_valid()) || damaged == signed,
                "round {round}: a damaged file verified"
            );
        }
        if round % 10 == 0 {
            let _ = sign_pdf(&damaged[..original.len()], &who);
        }
    }
}

#[test]
fn a_chain_too_big_for_the_placeholder_is_refused() {
    // A chain certificate with a 20 KB extension cannot fit the 16 KiB reserved for the CMS.
    let mut params = rcgen::CertificateParams::new(vec!["big.example".to_owned()]).unwrap();
    params.custom_extensions = vec![rcgen::CustomExtension::from_oid_content(
        &[1, 3, 6, 1, 4, 1, 55555, 1],
        vec![0x61; 20_000],
    )];
    let big = params
        .self_signed(&rcgen::KeyPair::generate().unwrap())
        .unwrap()
        .der()
        .to_vec();
    let chain = vec![big];
    let err = sign_pdf(&sample_pdf(), &signer(&pki().user.der, &chain, OWNER)).unwrap_err();
    assert_eq!(err.code(), "signature_too_large", "{err}");
}

#[test]
fn signatures_made_by_pdfsig_verify_here() {
    let dir = tempfile::tempdir().unwrap();
    let db = nss_db(dir.path());
    let p12 = pki().path("modern.p12");
    let out = tool(
        "pk12util",
        "libnss3-tools",
        &[
            "-i".as_ref(),
            p12.as_os_str(),
            "-d".as_ref(),
            db.as_ref(),
            "-W".as_ref(),
            crate::pki::PASSWORD.as_ref(),
            "-K".as_ref(),
            "".as_ref(),
        ],
    );
    assert!(
        out.status.success(),
        "pk12util: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let input = write(dir.path(), "in.pdf", &sample_pdf());
    // NSS writes BER (indefinite lengths) and repeats a certificate; poppler 22.12 makes
    // adbe.pkcs7.detached only (`-etsi` is "not supported yet with -add-signature").
    let output = dir.path().join("by-pdfsig.pdf");
    let args: Vec<&std::ffi::OsStr> = vec![
        "-nssdir".as_ref(),
        db.as_ref(),
        "-add-signature".as_ref(),
        "-nick".as_ref(),
        "RSA256_test".as_ref(),
        "-new-signature-field-name".as_ref(),
        "Parent".as_ref(),
        input.as_os_str(),
        output.as_os_str(),
    ];
    let out = tool("pdfsig", "poppler-utils", &args);
    assert!(
        out.status.success(),
        "pdfsig -add-signature: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let signed = std::fs::read(&output).unwrap();
    // pdfsig stamps its own clock (a signing-time attribute, which wins over /M).
    let now = Utc::now() + Duration::minutes(1);
    let reports = verify_pdf(&signed, &trust(), now).expect("verify");
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0].field, "Parent");
    assert_eq!(valid(&reports[0]).0, OWNER);

    // And our second signature on top of poppler's keeps it valid.
    let chain = inter();
    let mut head = signer(&pki().other_person.der, &chain, "Head");
    head.signing_time = Utc::now();
    let both = sign_pdf(&signed, &head).expect("sign after pdfsig");
    let reports = verify_pdf(&both, &trust(), now).expect("verify");
    let fields: Vec<&str> = reports.iter().map(|r| r.field.as_str()).collect();
    assert_eq!(fields, ["Parent", "Signature1"]);
    assert_eq!(valid(&reports[0]).0, OWNER);
    assert!(reports[1].status.is_valid() && reports[1].covers_whole_document);
    let report = pdfsig(&both, "both.pdf");
    assert_eq!(
        report.matches("Signature is Valid.").count(),
        2,
        "pdfsig: {report}"
    );
}
