//! Verifying every signature field of a PDF: the byte range must be the whole file but exactly the
//! `/Contents` hex string, then the CMS is checked by [`crate::cms`] over those bytes.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use lopdf::{Dictionary, Document, Object};
use sha2::{Digest, Sha256};

use super::{is_pdf, load, parse_pdf_date, PdfSignatureReport, PdfSignatureStatus, PdfVerifyError};
use crate::ber::cms_to_der;
use crate::chain::TrustList;
use crate::cms::{claimed_signer, verify_digest};

/// Sub-filters whose `/Contents` is a detached CMS over the byte ranges.
const DETACHED_SUB_FILTERS: [&[u8]; 2] = [b"ETSI.CAdES.detached", b"adbe.pkcs7.detached"];

/// Checks each signature of `pdf` against `trust` (the chain at the signing time, with the signing
/// key-usage rule); a signing time after `now` is refused. The reports are in signing order.
/// Errors only when the file is not a readable PDF or has no signature at all.
pub fn verify_pdf(
    pdf: &[u8],
    trust: &TrustList,
    now: DateTime<Utc>,
) -> Result<Vec<PdfSignatureReport>, PdfVerifyError> {
    if !is_pdf(pdf) {
        return Err(PdfVerifyError::NotPdf);
    }
    let loaded = load(pdf).map_err(PdfVerifyError::Unreadable)?;
    let doc = loaded.get_prev_documents();
    let mut fields = Vec::new();
    if let Some(top) = doc
        .catalog()
        .ok()
        .and_then(|c| c.get_deref(b"AcroForm", doc).ok())
        .and_then(|f| f.as_dict().ok())
        .and_then(|f| f.get_deref(b"Fields", doc).ok())
        .and_then(|f| f.as_array().ok())
    {
        let mut seen = HashSet::new();
        signature_fields(doc, top, "", false, &mut seen, &mut fields, 0);
    }
    if fields.is_empty() {
        return Err(PdfVerifyError::NoSignatures);
    }
    let mut reports: Vec<PdfSignatureReport> = fields
        .into_iter()
        .map(|(field, sig)| {
            let (end, status) = check(pdf, sig, trust, now);
            PdfSignatureReport {
                field,
                covers_whole_document: end == Some(pdf.len()),
                signed_revision_bytes: end.map_or(0, |e| e as u64),
                status,
            }
        })
        .collect();
    reports.sort_by_key(|r| r.signed_revision_bytes);
    Ok(reports)
}

/// Collects `(full name, signature dictionary)` of the signed signature fields of a field tree.
fn signature_fields<'a>(
    doc: &'a Document,
    fields: &'a [Object],
    parent_name: &str,
    parent_is_sig: bool,
    seen: &mut HashSet<lopdf::ObjectId>,
    out: &mut Vec<(String, &'a Dictionary)>,
    depth: usize,
) {
    // Field trees are shallow; the limit and `seen` guard against cycles in hostile files.
    if depth > 16 {
        return;
    }
    for field in fields {
        let Ok((id, field)) = doc.dereference(field) else {
            continue;
        };
        if id.is_some_and(|id| !seen.insert(id)) {
            continue;
        }
        let Ok(field) = field.as_dict() else { continue };
        let partial = field.get(b"T").and_then(lopdf::decode_text_string).ok();
        let name = match (&partial, parent_name.is_empty()) {
            (Some(p), true) => p.clone(),
            (Some(p), false) => format!("{parent_name}.{p}"),
            (None, _) => parent_name.to_owned(),
        };
        let is_sig = match field.get(b"FT").and_then(Object::as_name) {
            Ok(ft) => ft == b"Sig",
            Err(_) => parent_is_sig,
        };
        if is_sig {
            if let Ok(sig) = field.get_deref(b"V", doc).and_then(Object::as_dict) {
                out.push((name.clone(), sig));
            }
        }
        if let Ok(kids) = field.get_deref(b"Kids", doc).and_then(Object::as_array) {
            signature_fields(doc, kids, &name, is_sig, seen, out, depth + 1);
        }
    }
}

/// One signature: the end of its byte range (when readable) and its verdict.
fn check(
    pdf: &[u8],
    sig: &Dictionary,
    trust: &TrustList,
    now: DateTime<Utc>,
) -> (Option<usize>, PdfSignatureStatus) {
    let invalid = |code: &str, reason: String| PdfSignatureStatus::Invalid {
        code: code.to_owned(),
        reason,
        signer: None,
    };
    let ranges = match byte_range(sig) {
        Ok(r) => r,
        Err(reason) => return (None, invalid("bad_byte_range", reason)),
    };
    let end = ranges[2].checked_add(ranges[3]);
    let sub_filter = sig
        .get(b"SubFilter")
        .and_then(Object::as_name)
        .unwrap_or(b"");
    if !DETACHED_SUB_FILTERS.contains(&sub_filter) {
        let name = String::from_utf8_lossy(sub_filter);
        let reason = format!("unsupported signature format /SubFilter /{name}");
        return (end, invalid("unsupported_sub_filter", reason));
    }
    let Ok(contents) = sig.get(b"Contents").and_then(Object::as_str) else {
        return (
            end,
            invalid("malformed_signature", "no /Contents string".into()),
        );
    };
    if let Err(reason) = check_gap(pdf, ranges, contents) {
        return (end, invalid("bad_byte_range", reason));
    }
    // Zero padding follows the CMS, and other signers (NSS) write BER, not DER.
    let Some(cms) = cms_to_der(contents) else {
        return (
            end,
            invalid(
                "malformed_signature",
                "/Contents is not a DER signature".into(),
            ),
        );
    };

    let mut hasher = Sha256::new();
    // `check_gap` made sure that the ranges start at 0 and lie inside the file.
    hasher.update(&pdf[ranges[0]..ranges[0] + ranges[1]]);
    hasher.update(&pdf[ranges[2]..ranges[2] + ranges[3]]);
    let digest = hasher.finalize();
    let claimed_time = sig
        .get(b"M")
        .and_then(Object::as_str)
        .ok()
        .and_then(parse_pdf_date);
    let status = match verify_digest(&cms, &digest, trust, now, claimed_time) {
        Ok(verified) => match verified.into_iter().next() {
            Some(v) => PdfSignatureStatus::Valid {
                signer: v.signer,
                signing_time: v.signing_time,
            },
            None => invalid("no_signer", "the signature has no signer".into()),
        },
        Err(e) => PdfSignatureStatus::Invalid {
            code: e.code().to_owned(),
            reason: e.to_string(),
            signer: claimed_signer(&cms),
        },
    };
    (end, status)
}

/// `/ByteRange` as four non-negative offsets.
fn byte_range(sig: &Dictionary) -> Result<[usize; 4], String> {
    let array = sig
        .get(b"ByteRange")
        .and_then(Object::as_array)
        .map_err(|_| "no /ByteRange array".to_owned())?;
    let numbers: Vec<usize> = array
        .iter()
        .filter_map(|o| o.as_i64().ok())
        .filter_map(|n| usize::try_from(n).ok())
        .collect();
    <[usize; 4]>::try_from(numbers)
        .map_err(|_| "/ByteRange is not four non-negative integers".to_owned())
}

/// The ranges start at 0, lie inside the file, and leave out exactly the `/Contents` hex string
/// (`<` to `>`) whose value is this signature's: nothing else is unsigned.
fn check_gap(
    pdf: &[u8],
    [start, first_len, second, second_len]: [usize; 4],
    contents: &[u8],
) -> Result<(), String> {
    let end = second.saturating_add(second_len);
    if start != 0 || first_len == 0 || second <= first_len.saturating_add(1) || end > pdf.len() {
        return Err(format!(
            "/ByteRange [{start} {first_len} {second} {second_len}] does not fit a file of {} bytes",
            pdf.len()
        ));
    }
    let gap = &pdf[first_len..second];
    let hex = gap
        .strip_prefix(b"<")
        .and_then(|g| g.strip_suffix(b">"))
        .ok_or("the unsigned gap is not a hex string")?;
    if decode_hex(hex).as_deref() != Some(contents) {
        return Err("the unsigned gap is not this signature's /Contents".into());
    }
    Ok(())
}

/// Hex digits of a PDF hex string, white space allowed between them.
fn decode_hex(hex: &[u8]) -> Option<Vec<u8>> {
    let digits: Vec<u8> = hex
        .iter()
        .filter(|b| !b.is_ascii_whitespace())
        .map(|b| char::from(*b).to_digit(16).map(|d| d as u8))
        .collect::<Option<_>>()?;
    Some(
        digits
            .chunks(2)
            .map(|pair| pair[0] << 4 | pair.get(1).copied().unwrap_or(0))
            .collect(),
    )
}
