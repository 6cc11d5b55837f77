//! What a printed document's QR code says, and how its content hash is made, so a verifier
//! (a phone, an office clerk, `kezek document verify`) can tell a genuine print from an edited
//! one without trusting the paper.
//!
//! **QR payload** (ASCII, version 1): `KEZEK1|<identifier>|<sha256>` where `<identifier>` is
//! what the caller passed to `render` (it may itself contain `|`: the hash is always the last
//! 64 characters) and `<sha256>` is [`crate::Document::content_hash`], 64 lowercase hex digits.
//!
//! **Footer**: the identifier and `sha256:<first 16 hex digits>`, for a human to compare.
//!
//! **What is hashed**: the UTF-8 JSON (serde_json, no whitespace, fields in declaration order)
//! of `{"format":"KEZEK1","kind":<kind code>,"lang":<language rendered>,"document":<the
//! document struct>}`. Dates are ISO (`2026-07-31`, `2026-03-02T10:15:00`), countries their
//! ISO code, enums their snake_case codes. A change to a document struct's fields changes
//! every hash of that kind; that is what the `KEZEK1` version is for.

use crate::DocumentKind;
use serde::Serialize;
use sha2::{Digest, Sha256};

/// The first field of the QR payload; a new canonical form gets a new one.
pub const FORMAT: &str = "KEZEK1";

/// How many hex digits of the hash the footer prints.
pub const SHORT_HASH_LEN: usize = 16;

const HASH_LEN: usize = 64;

#[derive(Serialize)]
struct Canonical<'a, T: Serialize> {
    format: &'static str,
    kind: &'static str,
    lang: &'static str,
    document: &'a T,
}

/// The content hash of `document` of `kind` rendered in `lang` (see the module docs).
pub(crate) fn content_hash<T: Serialize>(kind: DocumentKind, lang: &str, document: &T) -> String {
    let canonical = Canonical {
        format: FORMAT,
        kind: kind.code(),
        lang: crate::language(lang),
        document,
    };
    // Plain structs of strings, numbers and dates: serialising them cannot fail.
    let json = serde_json::to_vec(&canonical).expect("a document serialises to JSON");
    Sha256::digest(&json)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `KEZEK1|<identifier>|<hash>`.
pub fn qr_payload(identifier: &str, content_hash: &str) -> String {
    format!("{FORMAT}|{identifier}|{content_hash}")
}

/// (identifier, hash) of a QR payload, or `None` when it is not a Kezek version-1 payload.
pub fn parse_qr_payload(payload: &str) -> Option<(&str, &str)> {
    let rest = payload.strip_prefix(FORMAT)?.strip_prefix('|')?;
    let split = rest.len().checked_sub(HASH_LEN + 1)?;
    let (identifier, hash) = (rest.get(..split)?, rest.get(split..)?);
    let hash = hash.strip_prefix('|')?;
    let hex = hash
        .bytes()
        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    hex.then_some((identifier, hash))
}

/// The footer's abbreviation of a hash.
pub fn short_hash(content_hash: &str) -> &str {
    content_hash.get(..SHORT_HASH_LEN).unwrap_or(content_hash)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_round_trip_even_with_a_bar_in_the_identifier() {
        let hash = "0123456789abcdef".repeat(4);
        for id in ["KZ-DIR-UO.2026.000016.1", "a|b", ""] {
            let payload = qr_payload(id, &hash);
            assert_eq!(parse_qr_payload(&payload), Some((id, hash.as_str())));
        }
        assert_eq!(parse_qr_payload("KEZEK1|x|short"), None);
        assert_eq!(parse_qr_payload(&format!("KEZEK2|x|{hash}")), None);
        let upper = hash.to_uppercase();
        assert_eq!(parse_qr_payload(&format!("KEZEK1|x|{upper}")), None);
        assert_eq!(short_hash(&hash), "0123456789abcdef");
    }

    #[test]
    fn the_hash_covers_kind_language_and_data() {
        let a = content_hash(DocumentKind::Direction, "kk", &("x", 1));
        assert_eq!(a.len(), 64);
        assert_ne!(a, content_hash(DocumentKind::Direction, "ru", &("x", 1)));
        assert_ne!(a, content_hash(DocumentKind::Protocol, "kk", &("x", 1)));
        assert_ne!(a, content_hash(DocumentKind::Direction, "kk", &("x", 2)));
        // An unknown language is rendered, and so hashed, as ru.
        assert_eq!(
            content_hash(DocumentKind::Direction, "de", &("x", 1)),
            content_hash(DocumentKind::Direction, "ru", &("x", 1))
        );
    }
}
