//! CMS from other signers made readable for the `der` crate, which reads DER only.
//!
//! NSS (poppler's `pdfsig`, Firefox-family signers) and other PDF signers write the outer CMS
//! structures with indefinite lengths (`30 80 … 00 00`), which BER allows and DER does not, and NSS
//! may put a certificate twice into the certificate set, which DER forbids. Neither is covered by the
//! signature (it covers the signed attributes only, which are DER), so re-encoding lengths and
//! dropping repeated certificates changes nothing that is verified. Other BER liberties
//! (constructed strings) are left alone and fail as malformed.

/// Nesting deeper than this is refused: CMS needs about a dozen levels.
const MAX_DEPTH: usize = 64;

/// The CMS at the start of `input` (a PDF's `/Contents`, zero padded) as DER: definite lengths,
/// no repeated certificates. `None` when it is not well-formed BER.
pub(crate) fn cms_to_der(input: &[u8]) -> Option<Vec<u8>> {
    let der = first_value_to_der(input)?;
    Some(without_repeated_certificates(&der).unwrap_or(der))
}

/// ContentInfo { contentType, [0] SignedData { …, [0] certificates, … } } with each certificate
/// once; `None` when nothing changes or the structure is not that.
fn without_repeated_certificates(der: &[u8]) -> Option<Vec<u8>> {
    let content_info = children(content(der, 0x30)?)?;
    let explicit = content_info.get(1)?;
    let signed_data = children(content(explicit, 0xa0)?)?;
    let signed_data = children(content(signed_data.first()?, 0x30)?)?;
    let mut changed = false;
    let mut fields: Vec<Vec<u8>> = Vec::new();
    for field in &signed_data {
        if field.first() == Some(&0xa0) {
            let mut unique: Vec<&[u8]> = Vec::new();
            for cert in children(content(field, 0xa0)?)? {
                if unique.contains(&cert) {
                    changed = true;
                } else {
                    unique.push(cert);
                }
            }
            fields.push(encode(0xa0, &unique.concat()));
        } else {
            fields.push(field.to_vec());
        }
    }
    if !changed {
        return None;
    }
    let signed_data = encode(0x30, &fields.concat());
    let explicit = encode(0xa0, &signed_data);
    let mut info = content_info.first()?.to_vec();
    info.extend_from_slice(&explicit);
    Some(encode(0x30, &info))
}

/// The content of the DER value `value` when its (one-byte) tag is `tag`.
fn content(value: &[u8], tag: u8) -> Option<&[u8]> {
    let (header, length) = der_header(value)?;
    (value.first() == Some(&tag)).then(|| &value[header..header + length])
}

/// The DER values one after the other in `input`, each with its header.
fn children(mut input: &[u8]) -> Option<Vec<&[u8]>> {
    let mut out = Vec::new();
    while !input.is_empty() {
        let (header, length) = der_header(input)?;
        let (value, rest) = input.split_at(header + length);
        out.push(value);
        input = rest;
    }
    Some(out)
}

/// Header length and content length of a DER value with a one-byte tag, checked to fit `input`.
fn der_header(input: &[u8]) -> Option<(usize, usize)> {
    if input.first()? & 0x1f == 0x1f {
        return None;
    }
    let length_byte = *input.get(1)?;
    let (header, length) = if length_byte < 0x80 {
        (2, usize::from(length_byte))
    } else {
        let n = usize::from(length_byte & 0x7f);
        if n == 0 || n > 4 {
            return None;
        }
        let length = input
            .get(2..2 + n)?
            .iter()
            .fold(0, |acc, b| acc << 8 | usize::from(*b));
        (2 + n, length)
    };
    (header.checked_add(length)? <= input.len()).then_some((header, length))
}

fn encode(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    write_length(&mut out, content.len());
    out.extend_from_slice(content);
    out
}

/// The first value of `input` re-encoded with definite, minimal lengths; what follows it (e.g. the
/// zero padding of a PDF's `/Contents`) is ignored. `None` when it is not well-formed BER.
fn first_value_to_der(input: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    copy_value(input, &mut out, 0)?;
    Some(out)
}

/// Copies one value from the start of `input` to `out`; returns how many input bytes it took.
fn copy_value(input: &[u8], out: &mut Vec<u8>, depth: usize) -> Option<usize> {
    if depth > MAX_DEPTH {
        return None;
    }
    let first = *input.first()?;
    let mut pos = 1;
    if first & 0x1f == 0x1f {
        // High tag number: base-128 digits, the last without the top bit.
        loop {
            let b = *input.get(pos)?;
            pos += 1;
            if b & 0x80 == 0 {
                break;
            }
            if pos > 5 {
                return None;
            }
        }
    }
    let tag = &input[..pos];
    let constructed = first & 0x20 != 0;
    let length_byte = *input.get(pos)?;
    pos += 1;

    let mut content = Vec::new();
    if length_byte == 0x80 {
        if !constructed {
            return None;
        }
        loop {
            let rest = input.get(pos..)?;
            if rest.starts_with(&[0, 0]) {
                pos += 2;
                break;
            }
            pos += copy_value(rest, &mut content, depth + 1)?;
        }
    } else {
        let length = if length_byte < 0x80 {
            usize::from(length_byte)
        } else {
            let n = usize::from(length_byte & 0x7f);
            if n > 4 {
                return None;
            }
            let bytes = input.get(pos..pos + n)?;
            pos += n;
            bytes.iter().fold(0, |acc, b| acc << 8 | usize::from(*b))
        };
        let body = input.get(pos..pos.checked_add(length)?)?;
        pos += length;
        if constructed {
            // An indefinite length may hide inside a definite one.
            let mut at = 0;
            while at < body.len() {
                at += copy_value(&body[at..], &mut content, depth + 1)?;
            }
        } else {
            content.extend_from_slice(body);
        }
    }
    out.extend_from_slice(tag);
    write_length(out, content.len());
    out.extend_from_slice(&content);
    Some(pos)
}

fn write_length(out: &mut Vec<u8>, length: usize) {
    if length < 0x80 {
        out.push(length as u8);
        return;
    }
    let bytes = length.to_be_bytes();
    let skip = bytes.iter().take_while(|b| **b == 0).count();
    out.push(0x80 | (bytes.len() - skip) as u8);
    out.extend_from_slice(&bytes[skip..]);
}

#[cfg(test)]
mod tests {
    use super::{cms_to_der, first_value_to_der};

    #[test]
    fn repeated_certificates_are_dropped() {
        // ContentInfo { OID 1.2, [0] { SignedData { INTEGER 1, [0] { c, c, d } } } }
        let cert_c = [0x30, 0x03, 0x02, 0x01, 0x0c];
        let cert_d = [0x30, 0x03, 0x02, 0x01, 0x0d];
        let build = |certs: &[&[u8]]| {
            let set = super::encode(0xa0, &certs.concat());
            let signed_data = super::encode(0x30, &[&[0x02, 0x01, 0x01][..], &set].concat());
            let explicit = super::encode(0xa0, &signed_data);
            super::encode(0x30, &[&[0x06, 0x01, 0x2a][..], &explicit].concat())
        };
        let repeated = build(&[&cert_c, &cert_c, &cert_d]);
        assert_eq!(cms_to_der(&repeated), Some(build(&[&cert_c, &cert_d])));
        let once = build(&[&cert_c, &cert_d]);
        assert_eq!(cms_to_der(&once), Some(once.clone()), "unchanged");
        assert_eq!(cms_to_der(b"\x02\x01\x05"), Some(b"\x02\x01\x05".to_vec()));
    }

    #[test]
    fn indefinite_lengths_become_definite_and_padding_is_dropped() {
        // SEQUENCE(indef) { INTEGER 1, [0](indef) { OCTET STRING "ab" } } then zero padding.
        let ber = [
            0x30, 0x80, 0x02, 0x01, 0x01, 0xa0, 0x80, 0x04, 0x02, b'a', b'b', 0, 0, 0, 0, 0, 0,
        ];
        let der = [
            0x30, 0x09, 0x02, 0x01, 0x01, 0xa0, 0x04, 0x04, 0x02, b'a', b'b',
        ];
        assert_eq!(first_value_to_der(&ber).as_deref(), Some(&der[..]));
        assert_eq!(
            first_value_to_der(&der).as_deref(),
            Some(&der[..]),
            "DER stays"
        );
    }

    #[test]
    fn long_and_non_minimal_lengths() {
        let mut ber = vec![0x04, 0x82, 0x00, 0x05];
        ber.extend_from_slice(b"hello");
        assert_eq!(
            first_value_to_der(&ber).as_deref(),
            Some(&b"\x04\x05hello"[..])
        );
        let mut long = vec![0x04, 0x81, 0xc8];
        long.extend_from_slice(&[7; 200]);
        assert_eq!(first_value_to_der(&long), Some(long.clone()));
    }

    #[test]
    fn junk_is_refused_without_panics() {
        for junk in [
            &b""[..],
            b"\x30",
            b"\x30\x80",
            b"\x30\x80\x02\x01",
            b"\x04\x80ab\x00\x00",
            b"\x30\x85\x01\x02\x03\x04\x05",
            b"\x30\x05\x02\x01",
            b"\x1f\xff\xff\xff\xff\xff\x01\x00",
        ] {
            assert_eq!(first_value_to_der(junk), None, "{junk:?}");
        }
        let deep: Vec<u8> = std::iter::repeat_n([0x30u8, 0x80], 100).flatten().collect();
        assert_eq!(first_value_to_der(&deep), None);
    }
}
