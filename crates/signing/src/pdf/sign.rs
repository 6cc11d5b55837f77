//! Adding a signature: the incremental update (signature dictionary, field with an invisible widget
//! on page 1, `/AcroForm`), then the byte ranges patched in and the CMS written into `/Contents`.

use std::collections::HashSet;

use lopdf::{
    dictionary, Dictionary, Document, IncrementalDocument, Object, ObjectId, StringFormat,
};
use sha2::{Digest, Sha256};

use super::{load, pdf_date, PdfSignError, PdfSigner, SIGNATURE_RESERVED_BYTES};
use crate::cms::{sign_digest, signing_certificate_v2_attribute, SignError};

/// Placeholder numbers for `/ByteRange`: ten digits each, so any real offset fits in their place.
const BYTE_RANGE_PLACEHOLDER: i64 = 9_999_999_999;

/// Field flags of the widget: Print (4) and Locked (128).
const WIDGET_FLAGS: i64 = 132;

/// Signs `pdf` as an incremental update and returns the whole new file; `pdf` is its byte-exact
/// prefix. The certificate should be checked with [`crate::check_for_signing`] first.
pub fn sign_pdf(pdf: &[u8], signer: &PdfSigner) -> Result<Vec<u8>, PdfSignError> {
    if !super::is_pdf(pdf) {
        return Err(PdfSignError::NotPdf);
    }
    let mut doc = load(pdf).map_err(PdfSignError::Unreadable)?;
    let prev = doc.get_prev_documents();
    if prev.is_encrypted() || prev.encryption_state.is_some() {
        return Err(PdfSignError::Unsupported("the PDF is encrypted".into()));
    }
    if prev.xref_start == 0 {
        // lopdf rebuilt a damaged cross-reference table: an update could not point back to it.
        return Err(PdfSignError::Unsupported(
            "the cross-reference table is damaged".into(),
        ));
    }
    let unreadable = |e: lopdf::Error| PdfSignError::Unreadable(e.to_string());
    let catalog_id = prev
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(unreadable)?;
    let page_id = *prev
        .get_pages()
        .get(&1)
        .ok_or_else(|| PdfSignError::Unsupported("the PDF has no pages".into()))?;

    let write = |e: lopdf::Error| PdfSignError::Write(e.to_string());
    let field_name = unused_field_name(prev, catalog_id);
    let sig_id = doc
        .new_document
        .try_add_object(signature_dictionary(signer))
        .map_err(write)?;
    let widget_id = doc
        .new_document
        .try_add_object(dictionary! {
            "Type" => "Annot",
            "Subtype" => "Widget",
            "FT" => "Sig",
            "Rect" => vec![0.into(), 0.into(), 0.into(), 0.into()],
            "F" => WIDGET_FLAGS,
            "T" => lopdf::text_string(&field_name),
            "V" => sig_id,
            "P" => page_id,
        })
        .map_err(write)?;
    push_to_array(&mut doc, page_id, b"Annots", widget_id)?;
    add_field(&mut doc, catalog_id, widget_id)?;

    let mut out = Vec::with_capacity(pdf.len() + 2 * SIGNATURE_RESERVED_BYTES + 4096);
    doc.save_to(&mut out)
        .map_err(|e| PdfSignError::Write(e.to_string()))?;
    if !out.starts_with(pdf) {
        return Err(PdfSignError::Write(
            "the update did not keep the original bytes".into(),
        ));
    }
    fill_signature(&mut out, pdf.len(), signer)?;
    Ok(out)
}

fn signature_dictionary(signer: &PdfSigner) -> Dictionary {
    let placeholder = Object::Integer(BYTE_RANGE_PLACEHOLDER);
    let mut sig = dictionary! {
        "Type" => "Sig",
        "Filter" => "Adobe.PPKLite",
        "SubFilter" => "ETSI.CAdES.detached",
        "ByteRange" => vec![0.into(), placeholder.clone(), placeholder.clone(), placeholder],
        "Contents" => contents_placeholder(),
        "M" => Object::string_literal(pdf_date(signer.signing_time)),
        "Name" => lopdf::text_string(&signer.name),
    };
    if let Some(reason) = &signer.reason {
        sig.set("Reason", lopdf::text_string(reason));
    }
    if let Some(location) = &signer.location {
        sig.set("Location", lopdf::text_string(location));
    }
    sig
}

fn contents_placeholder() -> Object {
    Object::String(vec![0; SIGNATURE_RESERVED_BYTES], StringFormat::Hexadecimal)
}

/// `Signature1`, `Signature2`, …: the first not already a field name of the form.
fn unused_field_name(prev: &Document, catalog_id: ObjectId) -> String {
    let mut names = HashSet::new();
    if let Some(fields) = prev
        .get_dictionary(catalog_id)
        .ok()
        .and_then(|c| c.get_deref(b"AcroForm", prev).ok())
        .and_then(|f| f.as_dict().ok())
        .and_then(|f| f.get_deref(b"Fields", prev).ok())
        .and_then(|f| f.as_array().ok())
    {
        collect_names(prev, fields, &mut names, 0);
    }
    (1..)
        .map(|n| format!("Signature{n}"))
        .find(|name| !names.contains(name))
        .unwrap_or_default()
}

fn collect_names(doc: &Document, fields: &[Object], names: &mut HashSet<String>, depth: usize) {
    // Field trees are shallow; the limit only guards against reference cycles.
    if depth > 16 {
        return;
    }
    for field in fields {
        let Ok(field) = doc.dereference(field).and_then(|(_, f)| f.as_dict()) else {
            continue;
        };
        if let Ok(name) = field.get(b"T").and_then(lopdf::decode_text_string) {
            names.insert(name);
        }
        if let Ok(kids) = field.get_deref(b"Kids", doc).and_then(Object::as_array) {
            collect_names(doc, kids, names, depth + 1);
        }
    }
}

/// Appends `item` to the array `key` of the dictionary object `owner` (the page's `/Annots`),
/// whether the array is inline, an indirect object, or missing.
fn push_to_array(
    doc: &mut IncrementalDocument,
    owner: ObjectId,
    key: &[u8],
    item: ObjectId,
) -> Result<(), PdfSignError> {
    let fail = |e: lopdf::Error| PdfSignError::Unsupported(e.to_string());
    doc.opt_clone_object_to_new_document(owner).map_err(fail)?;
    let dict = doc.new_document.get_dictionary_mut(owner).map_err(fail)?;
    match dict.get(key) {
        Ok(Object::Reference(array_id)) => {
            let array_id = *array_id;
            doc.opt_clone_object_to_new_document(array_id)
                .map_err(fail)?;
            doc.new_document
                .get_object_mut(array_id)
                .and_then(Object::as_array_mut)
                .map_err(fail)?
                .push(item.into());
        }
        Ok(Object::Array(_)) => {
            if let Ok(array) = dict.get_mut(key).and_then(Object::as_array_mut) {
                array.push(item.into());
            }
        }
        _ => dict.set(key, vec![Object::from(item)]),
    }
    Ok(())
}

/// Adds the field to `/AcroForm /Fields` (keeping the fields already there) with `/SigFlags 3`
/// (SignaturesExist | AppendOnly). A missing form becomes an indirect object, so that the next
/// signer updates only that object.
fn add_field(
    doc: &mut IncrementalDocument,
    catalog_id: ObjectId,
    field_id: ObjectId,
) -> Result<(), PdfSignError> {
    let fail = |e: lopdf::Error| PdfSignError::Unsupported(e.to_string());
    doc.opt_clone_object_to_new_document(catalog_id)
        .map_err(fail)?;
    let existing = doc
        .new_document
        .get_dictionary(catalog_id)
        .map_err(fail)?
        .get(b"AcroForm")
        .ok()
        .cloned();
    let form_id = match existing {
        Some(Object::Reference(id)) => id,
        other => {
            // Inline or missing: make it an object of its own.
            let form = match other {
                Some(Object::Dictionary(inline)) => inline,
                _ => Dictionary::new(),
            };
            let id = doc.new_document.try_add_object(form).map_err(fail)?;
            doc.new_document
                .get_dictionary_mut(catalog_id)
                .map_err(fail)?
                .set("AcroForm", id);
            id
        }
    };
    doc.opt_clone_object_to_new_document(form_id)
        .map_err(fail)?;
    doc.new_document
        .get_dictionary_mut(form_id)
        .map_err(fail)?
        .set("SigFlags", 3);
    push_to_array(doc, form_id, b"Fields", field_id)
}

/// Patches `/ByteRange` and writes the CMS into `/Contents` of the update written after
/// `prefix_len` bytes. Both placeholders are found by the exact bytes lopdf writes for them.
fn fill_signature(
    out: &mut [u8],
    prefix_len: usize,
    signer: &PdfSigner,
) -> Result<(), PdfSignError> {
    let serialize = |object: &Object| {
        let mut bytes = Vec::new();
        lopdf::Writer::write_object(&mut bytes, object).map(|_| bytes)
    };
    let placeholder = Object::Integer(BYTE_RANGE_PLACEHOLDER);
    let range_text = serialize(&Object::Array(vec![
        0.into(),
        placeholder.clone(),
        placeholder.clone(),
        placeholder,
    ]))
    .map_err(|e| PdfSignError::Write(e.to_string()))?;
    let contents_text =
        serialize(&contents_placeholder()).map_err(|e| PdfSignError::Write(e.to_string()))?;
    let missing = || PdfSignError::Write("signature placeholders not found in the update".into());
    let range_at = prefix_len + find(&out[prefix_len..], &range_text).ok_or_else(missing)?;
    let contents_at = prefix_len + find(&out[prefix_len..], &contents_text).ok_or_else(missing)?;
    let contents_end = contents_at + contents_text.len();

    let ranges = [0, contents_at, contents_end, out.len() - contents_end];
    let mut patched =
        format!("[{} {} {} {}", ranges[0], ranges[1], ranges[2], ranges[3]).into_bytes();
    if patched.len() + 1 > range_text.len() {
        return Err(PdfSignError::Unsupported("the PDF is too large".into()));
    }
    // Pad with spaces inside the brackets: the file keeps its length, so no offset moves.
    patched.resize(range_text.len() - 1, b' ');
    patched.push(b']');
    out[range_at..range_at + range_text.len()].copy_from_slice(&patched);

    let mut hasher = Sha256::new();
    hasher.update(&out[..contents_at]);
    hasher.update(&out[contents_end..]);
    let digest = hasher.finalize();
    let ess = signing_certificate_v2_attribute(signer.certificate)
        .map_err(|e| SignError::Failed(e.to_string()))?;
    let cms = sign_digest(
        signer.key,
        signer.certificate,
        signer.chain,
        &digest,
        vec![ess],
    )?;
    if cms.len() > SIGNATURE_RESERVED_BYTES {
        return Err(PdfSignError::SignatureTooLarge {
            needed: cms.len(),
            reserved: SIGNATURE_RESERVED_BYTES,
        });
    }
    // The rest of the placeholder stays zeros, as other signers leave it.
    for (i, byte) in cms.iter().enumerate() {
        let hex = format!("{byte:02X}");
        out[contents_at + 1 + 2 * i..contents_at + 3 + 2 * i].copy_from_slice(hex.as_bytes());
    }
    Ok(())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
