//! Kezek's printable documents: pure data in, A4 PDF bytes out, no I/O.
//!
//! The commission protocol (seed 000), the direction to a kindergarten, the registration
//! notice and the child's card (seeds 002, 004) and the voucher enrolment contract (seed 003),
//! in the language chosen when the document is made. Every word on the page comes from
//! `locales/<lang>/*.ftl` through `kezek-i18n`; the text is set in the embedded DejaVu Sans
//! (Cyrillic, Kazakh әғқңөұүһі, Kyrgyz ңөү), subset so a page stays a few tens of KiB.
//!
//! Every page carries a QR code with the identifier the caller passes in and the SHA-256 of the
//! document's content (see [`verification`] for the format), its page number, and both in
//! plain text. Signing the PDF is the job of `kezek-signing`, on the bytes made here.

mod child_card;
mod direction;
mod kind;
mod layout;
mod parties;
mod protocol;
mod qr;
mod registration_notice;
pub mod sample;
pub mod verification;
mod voucher_contract;

pub use child_card::{Applicant, ChildCard, HistoryEntry};
pub use direction::Direction;
pub use kezek_domain::workflow::contract::ContractDocument;
pub use kezek_domain::workflow::protocol::Decision;
pub use kezek_domain::{ApplicationStatus, Country, Relation};
pub use kind::{DocumentKind, UnknownDocumentKind};
pub use parties::Child;
pub use protocol::{Member, Protocol, ProtocolApplication, SubmittedDocument};
pub use registration_notice::RegistrationNotice;
pub use sample::sample;
pub use voucher_contract::{Kindergarten, Parent, VoucherContract};

use chrono::{NaiveDate, NaiveDateTime};
use kezek_i18n::{FluentArgs, Localizer};
use std::cell::RefCell;
use std::rc::Rc;

/// What every printable document does, so callers (the API, the CLI) can treat them alike.
///
/// The trait is object safe: `Box<dyn Document>` is how [`sample::document`] hands one out.
pub trait Document {
    fn kind(&self) -> DocumentKind;

    /// The document in `lang` (ru, kk, ky, en; anything else gets ru) as PDF bytes.
    /// `identifier` (the record's id, as the verifier looks it up) and [`Self::content_hash`]
    /// go into the QR code and the footer of every page.
    fn render(&self, lang: &str, identifier: &str) -> Result<Vec<u8>, DocumentError>;

    /// The SHA-256 (64 lowercase hex digits) of the document's content in `lang`: what the QR
    /// code carries, so a verifier holding the record can recompute it and see that the
    /// printed data is the record's. See [`verification`] for what exactly is hashed.
    fn content_hash(&self, lang: &str) -> String;
}

/// What each document kind writes itself; [`Document`] follows from it for every kind alike
/// (its kind, and the hash of its serialised content).
pub(crate) trait Printable: serde::Serialize {
    const KIND: DocumentKind;

    /// The document's pages in the language of `loc`; the QR code, the footer and the page
    /// numbers are added by [`Document::render`].
    fn draw(&self, loc: &Localizer) -> Result<layout::Canvas, DocumentError>;
}

impl<T: Printable> Document for T {
    fn kind(&self) -> DocumentKind {
        T::KIND
    }

    fn render(&self, lang: &str, identifier: &str) -> Result<Vec<u8>, DocumentError> {
        let loc = localizer(lang);
        let canvas = self.draw(&loc)?;
        finish(canvas, &loc, identifier, &self.content_hash(lang))
    }

    fn content_hash(&self, lang: &str) -> String {
        verification::content_hash(T::KIND, lang, self)
    }
}

/// Why a document could not be rendered. None of these depends on the data of a sane
/// document; they guard the embedded font and an identifier too long for a QR code.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("the embedded font could not be parsed")]
    Font,
    #[error("the document identifier does not fit in a QR code: {0}")]
    Qr(String),
    #[error("the QR code image could not be made: {0}")]
    Image(String),
}

impl DocumentError {
    /// The stable code the UI switches on (locale id `error-document-<code>` when shown).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Font => "font",
            Self::Qr(_) => "identifier_too_long",
            Self::Image(_) => "image",
        }
    }
}

/// The language a document is really rendered (and hashed) in: unknown ones get ru, as
/// `Localizer::new` does.
pub(crate) fn language(lang: &str) -> &'static str {
    kezek_i18n::LANGUAGES
        .into_iter()
        .find(|l| *l == lang)
        .unwrap_or(kezek_i18n::REFERENCE)
}

thread_local! {
    /// Parsed bundles per language: parsing every `.ftl` file again for each page would cost
    /// more than laying the page out. `Localizer` is not `Sync` (fluent's memoizer is a
    /// `RefCell`), hence one cache per thread.
    static LOCALIZERS: RefCell<Vec<(&'static str, Rc<Localizer>)>> = const { RefCell::new(Vec::new()) };
}

/// The cached localizer of `lang` on this thread.
pub(crate) fn localizer(lang: &str) -> Rc<Localizer> {
    let lang = language(lang);
    LOCALIZERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((_, loc)) = cache.iter().find(|(l, _)| *l == lang) {
            return Rc::clone(loc);
        }
        let loc = Rc::new(Localizer::new(lang));
        cache.push((lang, Rc::clone(&loc)));
        loc
    })
}

/// Dates on documents are numeric (dd.mm.yyyy), as the seeds print them in every language.
pub(crate) fn date(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// A moment as the seeds print it: "30.07.2018 21:35".
pub(crate) fn date_time(t: NaiveDateTime) -> String {
    t.format("%d.%m.%Y %H:%M").to_string()
}

/// A message with string arguments.
pub(crate) fn text(loc: &Localizer, id: &str, args: &[(&'static str, String)]) -> String {
    if args.is_empty() {
        return loc.message(id, None);
    }
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    loc.message(id, Some(&fluent))
}

/// Serde helper: a country as its ISO code ("KZ", "KG"), the form the hash covers.
pub(crate) fn country_code<S: serde::Serializer>(c: &Country, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(c.code())
}

/// Page label and identifier line for the footer, the QR code, then the bytes.
pub(crate) fn finish(
    canvas: layout::Canvas,
    loc: &Localizer,
    identifier: &str,
    content_hash: &str,
) -> Result<Vec<u8>, DocumentError> {
    let png = qr::png(&verification::qr_payload(identifier, content_hash))?;
    let id_line = text(
        loc,
        "doc-identifier",
        &[
            ("id", identifier.to_string()),
            ("hash", verification::short_hash(content_hash).to_string()),
        ],
    );
    canvas.finish(&png, &id_line, |page, total| {
        text(
            loc,
            "doc-page",
            &[("page", page.to_string()), ("total", total.to_string())],
        )
    })
}
