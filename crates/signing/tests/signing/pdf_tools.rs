//! The outside tools the PDF tests check against, and an independent reading of a signed PDF.

use std::path::Path;
use std::process::{Command, Output};

use lopdf::Document;

use crate::pki::{pki, write};

/// Runs a tool from the system packages; a missing tool fails with the install hint.
pub fn tool(name: &str, package: &str, args: &[&std::ffi::OsStr]) -> Output {
    Command::new(name).args(args).output().unwrap_or_else(|e| {
        panic!("{name} could not run ({e}); apt-get install {package} (scripts/setup-system.sh)")
    })
}

/// A throwaway NSS database trusting the test root, as a relying party's would.
pub fn nss_db(dir: &Path) -> String {
    let db = format!("sql:{}", dir.display());
    let run = |args: &[&str]| {
        let args: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_ref()).collect();
        let out = tool("certutil", "libnss3-tools", &args);
        assert!(
            out.status.success(),
            "certutil {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run(&["-N", "-d", &db, "--empty-password"]);
    let root = pki().path("root.pem");
    run(&[
        "-A",
        "-d",
        &db,
        "-n",
        "root",
        "-t",
        "CT,C,C",
        "-i",
        root.to_str().unwrap(),
    ]);
    db
}

/// `pdfsig` output for `pdf` with the test root trusted.
pub fn pdfsig(pdf: &[u8], name: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let db = nss_db(dir.path());
    let file = write(dir.path(), name, pdf);
    let out = tool(
        "pdfsig",
        "poppler-utils",
        &["-nssdir".as_ref(), db.as_ref(), file.as_os_str()],
    );
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

pub fn qpdf_check(pdf: &[u8], name: &str) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), name, pdf);
    tool("qpdf", "qpdf", &["--check".as_ref(), file.as_os_str()])
}

/// The `/ByteRange` and the DER CMS (without its zero padding) of every signature, read with
/// lopdf independently of the crate's verifier.
pub fn signatures(pdf: &[u8]) -> Vec<([usize; 4], Vec<u8>)> {
    let doc = Document::load_from(pdf).expect("lopdf reads the signed file");
    let form = doc
        .catalog()
        .unwrap()
        .get_deref(b"AcroForm", &doc)
        .unwrap()
        .as_dict()
        .unwrap();
    let fields = form.get_deref(b"Fields", &doc).unwrap().as_array().unwrap();
    fields
        .iter()
        .map(|f| {
            let field = doc.dereference(f).unwrap().1.as_dict().unwrap();
            let sig = field.get_deref(b"V", &doc).unwrap().as_dict().unwrap();
            let range: Vec<usize> = sig
                .get(b"ByteRange")
                .unwrap()
                .as_array()
                .unwrap()
                .iter()
                .map(|n| n.as_i64().unwrap() as usize)
                .collect();
            let contents = sig.get(b"Contents").unwrap().as_str().unwrap();
            // DER long form with two length bytes: 30 82 hh ll.
            assert_eq!(&contents[..2], &[0x30, 0x82], "CMS header");
            let len = 4 + usize::from(u16::from_be_bytes([contents[2], contents[3]]));
            (range.try_into().unwrap(), contents[..len].to_vec())
        })
        .collect()
}

pub fn signed_bytes(pdf: &[u8], [a, b, c, d]: [usize; 4]) -> Vec<u8> {
    [&pdf[a..a + b], &pdf[c..c + d]].concat()
}
