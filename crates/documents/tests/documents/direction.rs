use crate::check::{self, assert_contains};
use crate::fixtures::{self, LANGS};
use crate::poppler;
use kezek_documents::{Country, Document};
use kezek_i18n::Localizer;

const ID: &str = "KZ-DIR-UO.2026.000016.1";

#[test]
fn renders_in_every_language_with_kazakh_and_kyrgyz_letters_intact() {
    let direction = fixtures::direction(Country::Kz);
    for lang in LANGS {
        let r = check::render(&direction, lang, ID, "direction");
        assert_eq!(r.pages, 1, "{lang}: a direction is one page");
        let loc = Localizer::new(lang);
        assert_contains(
            &r,
            lang,
            &[
                direction.child.clone(),
                direction.personal_number.clone(),
                direction.kindergarten.clone(),
                direction.group.clone(),
                direction.issued_by.clone(),
                "15.09.2021".to_string(),
                "07.08.2026".to_string(),
                "UO.2026.000016.1".to_string(),
                loc.message("doc-direction-iin", None),
                loc.message("doc-direction-valid-until", None),
                loc.message("language-kk", None),
            ],
        );
        assert!(r.bytes < 60_000, "{lang}: {} bytes", r.bytes);
    }
}

#[test]
fn a_kyrgyz_direction_names_the_pin() {
    let bytes = fixtures::direction(Country::Kg)
        .render("ky", ID)
        .expect("renders");
    let pdf = poppler::save("direction-kg-ky.pdf", &bytes);
    let text = poppler::text(&pdf, None);
    let pin = Localizer::new("ky").message("doc-direction-pin", None);
    assert!(text.contains(&pin), "{pin:?} in {text}");
}
