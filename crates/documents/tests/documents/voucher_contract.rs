use crate::check::{self, assert_contains};
use crate::fixtures::{self, LANGS};
use crate::poppler;
use kezek_documents::{ContractDocument, Country, Document};
use kezek_i18n::{FluentArgs, Localizer};

const ID: &str = "KZ-VC-2026/0871";

#[test]
fn names_the_parties_the_voucher_and_the_documents_in_every_language() {
    let contract = fixtures::voucher_contract();
    for lang in LANGS {
        let r = check::render(&contract, lang, ID, "voucher-contract");
        assert!(
            (2..=3).contains(&r.pages),
            "{lang}: the contract runs to {} pages",
            r.pages
        );
        let loc = Localizer::new(lang);
        let t = |id: &str| loc.message(id, None);
        let mut args = FluentArgs::new();
        args.set("country", "KZ");
        let mut expected = vec![
            contract.kindergarten.name.clone(),
            contract.kindergarten.bin.clone(),
            contract.kindergarten.address.clone(),
            contract.kindergarten.head.clone(),
            contract.parent.full_name.clone(),
            contract.parent.personal_number.clone(),
            contract.parent.address.clone(),
            contract.parent.phone.clone(),
            contract.child.full_name.clone(),
            contract.child.personal_number.clone(),
            contract.voucher_number.clone(),
            // pdftotext gives the no-break space back; `text` folds it.
            "52 000".to_string(),
            "01.09.2026".to_string(),
            "31.05.2027".to_string(),
            "24.08.2026".to_string(),
            "2026/0871".to_string(),
            loc.message("doc-contract-bin", Some(&args)),
            t("doc-contract-kindergarten"),
            t("doc-contract-parent"),
            t("doc-contract-parent-side"),
            t("language-kk"),
        ];
        expected.extend(
            ContractDocument::required(false)
                .into_iter()
                .map(|d| t(&format!("contract-document-{}", d.code()))),
        );
        assert_contains(&r, lang, &expected);
        assert!(
            !r.text.contains(&t("contract-document-pmpk_conclusion")),
            "{lang}: no PMPK conclusion was asked for"
        );
        // The signatures close the contract, on its last page.
        let last = poppler::text(&r.pdf, Some(r.pages));
        assert!(
            last.contains(&contract.parent.full_name) && last.contains(&t("doc-signature")),
            "{lang}: the signatures are on the last page: {last}"
        );
    }
}

#[test]
fn a_kyrgyz_contract_speaks_of_inn_pin_and_som() {
    let mut contract = fixtures::voucher_contract();
    contract.country = Country::Kg;
    contract.pmpk_conclusion = true;
    let r = check::render(&contract, "ky", ID, "voucher-contract-kg");
    let loc = Localizer::new("ky");
    let mut args = FluentArgs::new();
    args.set("country", "KG");
    assert_contains(
        &r,
        "ky",
        &[
            loc.message("doc-contract-bin", Some(&args)),
            loc.message("doc-pin", None),
            "сом".to_string(),
            "Кыргыз Республикасынын".to_string(),
            loc.message("contract-document-pmpk_conclusion", None),
        ],
    );
    assert!(!r.text.contains("теңге"), "no tenge in a Kyrgyz contract");
    assert_ne!(
        contract.content_hash("ky"),
        fixtures::voucher_contract().content_hash("ky")
    );
}
