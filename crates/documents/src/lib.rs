//! Kezek's printable documents: pure data in, A4 PDF bytes out, no I/O.
//!
//! The commission protocol (seed 000) and the direction to a kindergarten (seed 002), in the
//! language chosen when the document is made. Every word on the page comes from
//! `locales/<lang>/*.ftl` through `kezek-i18n`; the text is set in the embedded DejaVu Sans
//! (Cyrillic, Kazakh әғқңөұүһі, Kyrgyz ңөү), subset so a page stays a few tens of KiB. Every
//! page carries a QR code of the identifier the caller passes in (the document's id and hash:
//! what a verifier looks up), its page number and that identifier in plain text.
//! Signing the PDF is the job of `kezek-signing`, on the bytes made here.

mod direction;
mod layout;
mod protocol;
mod qr;

pub use direction::Direction;
pub use kezek_domain::workflow::protocol::Decision;
pub use kezek_domain::Country;
pub use protocol::{Member, Protocol, ProtocolApplication, SubmittedDocument};

use chrono::NaiveDate;
use kezek_i18n::{FluentArgs, Localizer};

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

/// Dates on documents are numeric (dd.mm.yyyy), as the seeds print them in every language.
pub(crate) fn date(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
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

/// Page label and identifier line for the footer, then the bytes.
pub(crate) fn finish(
    canvas: layout::Canvas,
    loc: &Localizer,
    identifier: &str,
) -> Result<Vec<u8>, DocumentError> {
    let png = qr::png(identifier)?;
    let id_line = text(loc, "doc-identifier", &[("id", identifier.to_string())]);
    canvas.finish(&png, &id_line, |page, total| {
        text(
            loc,
            "doc-page",
            &[("page", page.to_string()), ("total", total.to_string())],
        )
    })
}
