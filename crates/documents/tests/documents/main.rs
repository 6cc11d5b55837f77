//! Renders the documents in every language and checks them with the real PDF tools:
//! poppler's `pdftotext`/`pdfinfo`/`pdftoppm`, `qpdf --check` and `zbarimg` for the QR code.

mod check;
mod child_card;
mod direction;
mod fixtures;
mod kinds;
mod poppler;
mod protocol;
mod registration_notice;
mod voucher_contract;
