use crate::check::{self, assert_contains};
use crate::fixtures::{self, LANGS};
use kezek_i18n::Localizer;

const ID: &str = "KZ-REG-UO.2026.004512.1";

#[test]
fn says_the_queue_number_and_the_interest_rule_in_every_language() {
    let notice = fixtures::registration_notice();
    for lang in LANGS {
        let r = check::render(&notice, lang, ID, "registration-notice");
        assert_eq!(r.pages, 1, "{lang}: a notice is one page");
        let loc = Localizer::new(lang);
        let t = |id: &str| loc.message(id, None);
        let mut expected = vec![
            notice.application_number.clone(),
            "02.03.2026 10:15".to_string(),
            notice.child.full_name.clone(),
            notice.child.personal_number.clone(),
            "15.04.2023".to_string(),
            notice.applicant.clone(),
            notice.locality.clone(),
            notice.district.clone(),
            "1487".to_string(),
            "63".to_string(),
            notice.issued_by.clone(),
            // The next confirmation is due 12 months after registration.
            "02.03.2027".to_string(),
            t("benefit-large_family"),
            t("doc-iin"),
            t("doc-queue-number"),
            t("doc-benefit-queue-number"),
            t("doc-notice-kindergartens"),
        ];
        expected.extend(notice.kindergartens.iter().cloned());
        assert_contains(&r, lang, &expected);
    }
}

#[test]
fn without_a_benefit_there_is_no_benefit_queue_number() {
    let mut notice = fixtures::registration_notice();
    notice.benefit = None;
    notice.benefit_queue_number = None;
    let r = check::render(&notice, "ru", ID, "registration-notice-no-benefit");
    let loc = Localizer::new("ru");
    assert!(r.text.contains(&loc.message("benefit-none", None)));
    assert!(!r
        .text
        .contains(&loc.message("doc-benefit-queue-number", None)));
}
