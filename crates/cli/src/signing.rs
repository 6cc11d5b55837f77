//! `kezek cert`, `kezek trust`, `kezek sign`, `kezek verify`: keys, the trust list, signatures.
//!
//! The password of a key file comes from `KEZEK_KEY_PASSWORD` or a hidden prompt, never from the
//! command line (it would stay in the shell history). Refusals exit non-zero with the reason.

use crate::{localizer, Out};
use clap::Subcommand;
use kezek_api::{ApiError, CertificateInfo, ErrorCode, Kezek, VerificationReport};
use kezek_i18n::{FluentArgs, Localizer};
use std::path::{Path, PathBuf};

#[derive(Subcommand)]
pub enum CertCommand {
    /// Show the certificate of a .p12 key file: owner, IIN/PIN, organisation, issuer, serial,
    /// validity, algorithm, key usage.
    Show {
        file: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
pub enum TrustCommand {
    /// Trust the root or intermediate certificates of a PEM or DER file.
    Add { file: PathBuf },
    /// List the trusted certificates.
    List,
}

#[derive(clap::Args)]
pub struct SignArgs {
    /// The .p12 key file.
    #[arg(long)]
    key: PathBuf,
    /// The file to sign: a PDF gives a signed PDF, anything else a detached CMS signature.
    #[arg(long = "in")]
    input: PathBuf,
    /// Where to write the signed PDF or the .p7s signature.
    #[arg(long)]
    out: PathBuf,
}

#[derive(clap::Args)]
pub struct VerifyArgs {
    /// A signed PDF, or a detached signature (.p7s).
    file: PathBuf,
    /// The signed content of a detached signature.
    #[arg(long)]
    content: Option<PathBuf>,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

pub fn cert(what: CertCommand, lang: &str) -> Result<Out, ApiError> {
    let CertCommand::Show { file, json } = what;
    let data = read(&file)?;
    let password = password(lang, &file)?;
    let info = kezek_api::describe_key_file(&data, &password)?;
    if json {
        return Ok(Out::Text(to_json(&info)));
    }
    let l = localizer(lang);
    Ok(Out::Text(certificate_text(&l, &info)))
}

pub async fn trust(kezek: &Kezek, what: TrustCommand, lang: &str) -> Result<Out, ApiError> {
    let l = localizer(lang);
    let entries = match what {
        TrustCommand::Add { file } => kezek.trust_add(&read(&file)?).await?,
        TrustCommand::List => kezek.trusted_certificates().await?,
    };
    let mut out = String::new();
    for e in entries {
        let mut args = FluentArgs::new();
        args.set("subject", e.subject);
        args.set("until", e.not_after.format("%d.%m.%Y").to_string());
        args.set("fingerprint", e.fingerprint[..16].to_string());
        let id = if e.is_root {
            "cli-trust-root"
        } else {
            "cli-trust-intermediate"
        };
        out.push_str(&l.message(id, Some(&args)));
        out.push('\n');
    }
    if out.is_empty() {
        out = l.message("cli-trust-empty", None) + "\n";
    }
    Ok(Out::Text(out))
}

pub async fn sign(kezek: &Kezek, a: SignArgs, lang: &str) -> Result<Out, ApiError> {
    let key = read(&a.key)?;
    let content = read(&a.input)?;
    let password = password(lang, &a.key)?;
    let signed = kezek.sign_with_key_file(&key, &password, &content).await?;
    write_atomically(&a.out, &signed.bytes)?;
    let l = localizer(lang);
    let mut args = FluentArgs::new();
    args.set("signer", owner(&signed.signer));
    args.set("path", a.out.display().to_string());
    let id = if signed.pdf {
        "cli-sign-pdf-done"
    } else {
        "cli-sign-cms-done"
    };
    Ok(Out::Text(l.message(id, Some(&args)) + "\n"))
}

pub async fn verify(kezek: &Kezek, a: VerifyArgs, lang: &str) -> Result<Out, ApiError> {
    let signed = read(&a.file)?;
    let content = a.content.as_deref().map(read).transpose()?;
    let report = kezek.verify(&signed, content.as_deref()).await?;
    let text = if a.json {
        to_json(&report)
    } else {
        report_text(&localizer(lang), &report)
    };
    Ok(if report.all_valid() {
        Out::Text(text)
    } else {
        Out::Failure(text)
    })
}

fn report_text(l: &Localizer, report: &VerificationReport) -> String {
    let mut out = String::new();
    for (n, s) in report.signatures.iter().enumerate() {
        let mut args = FluentArgs::new();
        args.set("n", n + 1);
        args.set(
            "field",
            s.field.clone().unwrap_or_else(|| "CMS".to_string()),
        );
        args.set(
            "signer",
            s.signer.as_ref().map(owner).unwrap_or_else(|| "?".into()),
        );
        args.set(
            "time",
            s.signing_time
                .map(|t| t.format("%d.%m.%Y %H:%M:%S UTC").to_string())
                .unwrap_or_else(|| "?".into()),
        );
        args.set("code", s.code.clone().unwrap_or_default());
        args.set("reason", s.reason.clone().unwrap_or_default());
        let id = if s.valid {
            "cli-verify-valid"
        } else {
            "cli-verify-invalid"
        };
        out.push_str(&l.message(id, Some(&args)));
        out.push('\n');
        if s.valid && !s.covers_whole_document {
            out.push_str(&l.message("cli-verify-earlier-revision", None));
            out.push('\n');
        }
    }
    out
}

pub fn certificate_text(l: &Localizer, c: &CertificateInfo) -> String {
    let none = || "—".to_string();
    let rows: Vec<(&str, String)> = vec![
        ("cert-owner", owner(c)),
        (
            "cert-personal-number",
            c.personal_number.clone().unwrap_or_else(none),
        ),
        (
            "cert-organization",
            c.organization.clone().unwrap_or_else(none),
        ),
        ("cert-issuer", c.issuer.clone()),
        ("cert-serial", c.serial.clone()),
        (
            "cert-valid-from",
            c.not_before.format("%d.%m.%Y %H:%M UTC").to_string(),
        ),
        (
            "cert-valid-until",
            c.not_after.format("%d.%m.%Y %H:%M UTC").to_string(),
        ),
        (
            "cert-algorithm",
            format!("{}, {}", c.public_key, c.signature_algorithm),
        ),
        ("cert-key-usage", c.key_usage.join(", ")),
        (
            "cert-extended-key-usage",
            if c.extended_key_usage.is_empty() {
                none()
            } else {
                c.extended_key_usage.join(", ")
            },
        ),
    ];
    let mut out = String::new();
    for (id, value) in rows {
        out.push_str(&format!("{}: {value}\n", l.message(id, None)));
    }
    out
}

/// The owner as the dialog shows it: the common name, else surname and given name.
fn owner(c: &CertificateInfo) -> String {
    c.common_name.clone().unwrap_or_else(|| {
        [c.surname.as_deref(), c.given_name.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
    })
}

fn password(lang: &str, file: &Path) -> Result<String, ApiError> {
    if let Ok(p) = std::env::var("KEZEK_KEY_PASSWORD") {
        return Ok(p);
    }
    let l = localizer(lang);
    let mut args = FluentArgs::new();
    args.set("file", file.display().to_string());
    rpassword::prompt_password(l.message("cli-key-password-prompt", Some(&args)))
        .map_err(|e| ApiError::new(ErrorCode::PasswordRequired, e.to_string()))
}

pub(crate) fn read(path: &Path) -> Result<Vec<u8>, ApiError> {
    std::fs::read(path).map_err(|e| {
        ApiError::invalid_input(format!("{}: {e}", path.display())).with_arg("reason", "read")
    })
}

/// Writes next to the target, then renames: a crash never leaves half a signed file.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), ApiError> {
    let fail = |e: std::io::Error| {
        ApiError::invalid_input(format!("{}: {e}", path.display())).with_arg("reason", "write")
    };
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(fail)?;
    std::io::Write::write_all(&mut tmp, bytes).map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

fn to_json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string_pretty(v).expect("reports serialise") + "\n"
}
