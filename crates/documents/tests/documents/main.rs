//! Renders the documents in every language and checks them with the real PDF tools:
//! poppler's `pdftotext`/`pdfinfo`/`pdftoppm` and, where installed, `qpdf --check`.

mod direction;
mod fixtures;
mod poppler;
mod protocol;
