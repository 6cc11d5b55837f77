//! The checks every rendered document must pass, whatever its kind and language.

use crate::poppler;
use kezek_documents::{verification, Document};
use kezek_i18n::{FluentArgs, Localizer};
use std::path::PathBuf;

pub struct Rendered {
    pub pdf: PathBuf,
    pub pages: usize,
    /// The whole text, whitespace folded.
    pub text: String,
    pub bytes: usize,
}

pub fn page_label(lang: &str, page: usize, total: usize) -> String {
    let mut args = FluentArgs::new();
    args.set("page", page.to_string());
    args.set("total", total.to_string());
    Localizer::new(lang).message("doc-page", Some(&args))
}

/// Renders `doc` in `lang` as `<name>-<lang>.pdf` and checks what holds for every document:
/// A4, `qpdf --check` clean, no untranslated id or bidi mark, the identifier and the short
/// hash in the footer and the page labels on every page, and the QR code of page 1 decoding
/// to exactly `KEZEK1|<id>|<content_hash>`.
pub fn render(doc: &dyn Document, lang: &str, id: &str, name: &str) -> Rendered {
    let bytes = doc.render(lang, id).expect("the document renders");
    let pdf = poppler::save(&format!("{name}-{lang}.pdf"), &bytes);
    let (pages, size) = poppler::info(&pdf);
    poppler::assert_a4(&size);
    poppler::qpdf_check(&pdf);
    let text = poppler::text(&pdf, None);
    for prefix in [
        "doc-",
        "benefit-",
        "status-",
        "relation-",
        "language-",
        "history-action-",
        "contract-document-",
    ] {
        assert!(
            !text.contains(prefix),
            "{name}-{lang}: an untranslated {prefix}… id: {text}"
        );
    }
    assert!(!text.contains('\u{2068}'), "{name}-{lang}: bidi marks");
    let hash = doc.content_hash(lang);
    let short = format!("sha256:{}", verification::short_hash(&hash));
    for page in 1..=pages {
        let page_text = poppler::text(&pdf, Some(page));
        let label = page_label(lang, page, pages);
        assert!(
            page_text.contains(&label),
            "{name}-{lang} page {page} lacks {label:?}: {page_text}"
        );
        assert!(
            page_text.contains(id) && page_text.contains(&short),
            "{name}-{lang} page {page} lacks {id} {short}: {page_text}"
        );
    }
    let qr = poppler::qr_text(&pdf, 1);
    assert_eq!(
        verification::parse_qr_payload(&qr),
        Some((id, hash.as_str())),
        "{name}-{lang}: the QR code carries the identifier and the content hash: {qr:?}"
    );
    assert_eq!(qr, verification::qr_payload(id, &hash));
    let png = poppler::png_of_first_page(&pdf);
    eprintln!(
        "{name}-{lang}: {pages} page(s), {} bytes, {}",
        bytes.len(),
        png.display()
    );
    Rendered {
        pdf,
        pages,
        text,
        bytes: bytes.len(),
    }
}

/// Fails with the missing ones listed.
pub fn assert_contains(rendered: &Rendered, what: &str, expected: &[String]) {
    let missing: Vec<_> = expected
        .iter()
        .filter(|e| !rendered.text.contains(e.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "{what}: pdftotext lacks {missing:?} in:\n{}",
        rendered.text
    );
}
