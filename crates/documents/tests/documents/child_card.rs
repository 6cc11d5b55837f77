use crate::check::{self, assert_contains, page_label};
use crate::fixtures::{self, LANGS};
use crate::poppler;
use kezek_i18n::Localizer;

const ID: &str = "KZ-CARD-UO.2026.004512.1";

#[test]
fn shows_the_child_the_applicant_and_the_history_in_every_language() {
    let card = fixtures::child_card(6);
    for lang in LANGS {
        let r = check::render(&card, lang, ID, "child-card");
        assert_eq!(r.pages, 1, "{lang}: six events fit one page");
        let loc = Localizer::new(lang);
        let t = |id: &str| loc.message(id, None);
        let mut expected = vec![
            card.child.full_name.clone(),
            card.child.personal_number.clone(),
            card.applicant.full_name.clone(),
            card.applicant.personal_number.clone(),
            card.applicant.phone.clone(),
            card.applicant.email.clone(),
            card.application_number.clone(),
            "1487".to_string(),
            "10.03.2027".to_string(),
            t("status-in_queue"),
            t("relation-father"),
            t("benefit-large_family"),
            t("doc-card-history"),
            t("doc-card-history-event"),
            t("history-action-benefit_verified"),
            t("history-action-interest_confirmed"),
        ];
        expected.extend(card.history.iter().map(|e| e.note.clone()));
        expected.extend(
            card.history
                .iter()
                .map(|e| e.at.format("%d.%m.%Y %H:%M").to_string()),
        );
        assert_contains(&r, lang, &expected);
    }
}

#[test]
fn a_long_history_flows_onto_more_pages_with_its_header_repeated() {
    let card = fixtures::child_card(60);
    let r = check::render(&card, "ky", ID, "child-card-60");
    assert!(r.pages >= 2, "60 events on {} page(s)", r.pages);
    let header = Localizer::new("ky").message("doc-card-history-event", None);
    for page in 2..=r.pages {
        let text = poppler::text(&r.pdf, Some(page));
        assert!(
            text.contains(&header),
            "page {page} repeats the table header: {text}"
        );
        assert!(text.contains(&page_label("ky", page, r.pages)));
    }
    let last = poppler::text(&r.pdf, Some(r.pages));
    let final_note = &card.history.last().expect("events").note;
    assert!(last.contains(final_note.as_str()), "the last event ends it");
    assert!(r.text.contains("2081"), "every event is printed");
}
