//! `kezek document sample`: a realistic sample of each document kind, in a chosen language, to
//! look at a layout or a translation without any data.

use crate::signing::write_atomically;
use crate::{localizer, Out};
use clap::Subcommand;
use kezek_api::{ApiError, ErrorCode};
use kezek_i18n::FluentArgs;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum DocumentCommand {
    /// Render a sample document: protocol, direction, registration-notice, child-card or
    /// voucher-contract.
    Sample {
        kind: String,
        /// ru, kk, ky or en.
        #[arg(long, default_value = "ru")]
        lang: String,
        #[arg(long)]
        out: PathBuf,
    },
}

pub fn run(what: DocumentCommand, ui_lang: &str) -> Result<Out, ApiError> {
    let DocumentCommand::Sample { kind, lang, out } = what;
    let kind: kezek_documents::DocumentKind = kind.parse().map_err(|_| {
        ApiError::invalid_input(format!("unknown document kind {kind}"))
            .with_arg("reason", "document_kind")
    })?;
    if !kezek_i18n::LANGUAGES.contains(&lang.as_str()) {
        return Err(ApiError::invalid_input(format!("unknown language {lang}"))
            .with_arg("reason", "language"));
    }
    let pdf = kezek_documents::sample(kind, &lang).map_err(|e| {
        ApiError::new(ErrorCode::Document, e.to_string()).with_arg("reason", e.code())
    })?;
    write_atomically(&out, &pdf)?;
    let mut args = FluentArgs::new();
    args.set("path", out.display().to_string());
    args.set("bytes", pdf.len());
    Ok(Out::Text(
        localizer(ui_lang).message("cli-document-written", Some(&args)) + "\n",
    ))
}
