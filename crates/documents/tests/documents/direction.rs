use crate::fixtures::{self, LANGS};
use crate::poppler;
use kezek_documents::Country;
use kezek_i18n::Localizer;

const ID: &str = "KZK-DIR-UO.2026.000016.1:sha256:2c26b46b68ffc68f";

#[test]
fn renders_in_every_language_with_kazakh_and_kyrgyz_letters_intact() {
    for lang in LANGS {
        let direction = fixtures::direction(Country::Kz);
        let bytes = direction.render(lang, ID).expect("the direction renders");
        let pdf = poppler::save(&format!("direction-{lang}.pdf"), &bytes);
        let (pages, size) = poppler::info(&pdf);
        assert_eq!(pages, 1, "{lang}: a direction is one page");
        poppler::assert_a4(&size);
        poppler::qpdf_check(&pdf);
        let text = poppler::text(&pdf, None);
        let loc = Localizer::new(lang);
        for expected in [
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
            ID.to_string(),
        ] {
            assert!(
                text.contains(&expected),
                "{lang}: pdftotext lacks {expected:?} in:\n{text}"
            );
        }
        assert!(!text.contains("doc-"), "{lang}: an untranslated id: {text}");
        let qr = poppler::qr_text(&pdf, 1);
        assert_eq!(qr, ID, "{lang}: the QR code carries the identifier");
        assert!(bytes.len() < 60_000, "{lang}: {} bytes", bytes.len());
        let png = poppler::png_of_first_page(&pdf);
        eprintln!(
            "{lang}: {} ({} bytes), {}",
            pdf.display(),
            bytes.len(),
            png.display()
        );
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
