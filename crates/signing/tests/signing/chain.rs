use kezek_signing::{check_for_signing, TrustList};

use crate::pki::{pki, signing_time, IIN};

fn trust() -> TrustList {
    TrustList::from_der(vec![pki().root.der.clone()]).unwrap()
}

fn inter() -> Vec<Vec<u8>> {
    vec![pki().intermediate.der.clone()]
}

#[test]
fn signing_certificate_of_the_right_person_passes() {
    let info = check_for_signing(
        &pki().user.der,
        &inter(),
        &trust(),
        signing_time(),
        Some(IIN),
    )
    .expect("valid signing certificate");
    assert_eq!(info.personal_number.as_deref(), Some(IIN));
    // The prefixed form is accepted too.
    check_for_signing(
        &pki().user.der,
        &inter(),
        &trust(),
        signing_time(),
        Some(format!("IIN{}", crate::pki::IIN).as_str()),
    )
    .unwrap();
}

#[test]
fn refusals_have_their_codes() {
    let pki = pki();
    let t = signing_time();
    let code = |cert: &[u8], inter: &[Vec<u8>], trust: &TrustList, at, iin| {
        check_for_signing(cert, inter, trust, at, iin)
            .unwrap_err()
            .code()
    };
    assert_eq!(
        code(&pki.untrusted.der, &inter(), &trust(), t, None),
        "untrusted"
    );
    assert_eq!(
        code(&pki.user.der, &[], &trust(), t, None),
        "untrusted",
        "no intermediate"
    );
    let other = TrustList::from_der(vec![pki.other_root.der.clone()]).unwrap();
    assert_eq!(
        code(&pki.user.der, &inter(), &other, t, None),
        "untrusted",
        "other root only"
    );
    assert_eq!(
        code(&pki.expired.der, &inter(), &trust(), t, None),
        "expired"
    );
    let early = chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2024, 6, 1, 0, 0, 0).unwrap();
    assert_eq!(
        code(&pki.user.der, &inter(), &trust(), early, None),
        "not_yet_valid"
    );
    assert_eq!(
        code(&pki.auth_only.der, &inter(), &trust(), t, None),
        "not_for_signing"
    );
    assert_eq!(
        code(&pki.other_person.der, &inter(), &trust(), t, Some(IIN)),
        "signer_mismatch"
    );
}

#[test]
fn odd_input_is_an_error_not_a_panic() {
    let err = check_for_signing(b"\x30\x03\x02\x01\x01", &[], &trust(), signing_time(), None);
    assert_eq!(err.unwrap_err().code(), "bad_certificate");
    assert!(TrustList::from_der(vec![b"junk".to_vec()]).is_err());
}
