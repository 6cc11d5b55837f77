//! The voucher registry (seed 000 §IV "Ваучер"): the pilot's kindergartens and the children
//! receiving voucher funding, on screen and as an Excel workbook for the district office.
//!
//! The workbook has two sheets whose headers are in the interface language; dates are Excel
//! dates and amounts numbers, so that the office can sort and sum them.

use crate::error::{ApiError, ErrorCode};
use crate::{actor, Kezek};
use chrono::NaiveDate;
use kezek_domain::voucher::VoucherRate;
use kezek_i18n::Localizer;
use kezek_store::VoucherRegistry;
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};
use std::path::{Path, PathBuf};

/// Overrides where exports are saved (tests, kiosks); else the OS downloads directory.
pub const DOWNLOAD_DIR_ENV: &str = "KEZEK_DOWNLOAD_DIR";

/// The user's downloads directory: `KEZEK_DOWNLOAD_DIR`, the OS one, `~/Downloads`, or the
/// data directory as a last resort.
pub fn download_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os(DOWNLOAD_DIR_ENV).filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    dirs::download_dir()
        .or_else(|| dirs::home_dir().map(|h| h.join("Downloads")))
        .unwrap_or_else(crate::data_dir)
}

/// A date as the UI sends it ("YYYY-MM-DD").
pub fn parse_date(text: &str) -> Result<NaiveDate, ApiError> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|e| ApiError::invalid_input(format!("{text:?}: {e}")).with_arg("reason", "date"))
}

/// The file name of the registry exported for `date`.
pub fn export_file_name(date: NaiveDate) -> String {
    format!("kezek-vouchers-{date}.xlsx")
}

fn xlsx_error(e: XlsxError) -> ApiError {
    ApiError::new(ErrorCode::Document, e.to_string()).with_arg("reason", "xlsx")
}

/// Writes one header row in bold and sets the columns' widths.
fn headers(
    sheet: &mut Worksheet,
    l10n: &Localizer,
    columns: &[(&str, f64)],
) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    for (col, (id, width)) in columns.iter().enumerate() {
        let col = col as u16;
        sheet.write_string_with_format(0, col, l10n.message(id, None), &bold)?;
        sheet.set_column_width(col, *width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

/// The workbook of a registry, in `language`.
fn workbook(registry: &VoucherRegistry, language: &str) -> Result<Workbook, XlsxError> {
    let l10n = Localizer::new(language);
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let mut book = Workbook::new();

    let sheet = book.add_worksheet();
    sheet.set_name(l10n.message("vouchers-sheet-kindergartens", None))?;
    headers(
        sheet,
        &l10n,
        &[
            ("vouchers-col-kindergarten", 40.0),
            ("vouchers-col-locality", 28.0),
            ("vouchers-col-since", 14.0),
            ("vouchers-col-children", 14.0),
        ],
    )?;
    for (i, k) in registry.kindergartens.iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_string(row, 0, &k.name)?;
        sheet.write_string(row, 1, &k.locality)?;
        sheet.write_date_with_format(row, 2, k.since, &date)?;
        sheet.write_number(row, 3, k.children_with_vouchers as f64)?;
    }

    let sheet = book.add_worksheet();
    sheet.set_name(l10n.message("vouchers-sheet-children", None))?;
    headers(
        sheet,
        &l10n,
        &[
            ("vouchers-col-number", 16.0),
            ("vouchers-col-child", 34.0),
            ("vouchers-col-personal-number", 18.0),
            ("vouchers-col-birth-date", 14.0),
            ("vouchers-col-benefit", 36.0),
            ("vouchers-col-district", 24.0),
            ("vouchers-col-status", 20.0),
            ("vouchers-col-amount", 14.0),
        ],
    )?;
    for (i, c) in registry.children.iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_string(row, 0, &c.number)?;
        sheet.write_string(row, 1, &c.child_name)?;
        sheet.write_string(row, 2, &c.child_personal_number)?;
        sheet.write_date_with_format(row, 3, c.birth_date, &date)?;
        sheet.write_string(
            row,
            4,
            l10n.message(&format!("benefit-{}", c.benefit_code), None),
        )?;
        sheet.write_string(row, 5, &c.district)?;
        sheet.write_string(row, 6, l10n.message(&format!("status-{}", c.status), None))?;
        if let Some(amount) = c.amount {
            sheet.write_number(row, 7, amount as f64)?;
        }
    }
    Ok(book)
}

impl Kezek {
    /// The registry on `date`: the pilot's kindergartens then, the voucher children and what
    /// each voucher pays a month then.
    pub async fn voucher_registry(&self, date: NaiveDate) -> Result<VoucherRegistry, ApiError> {
        Ok(self.store().voucher_registry(date).await?)
    }

    /// Saves the registry on `date` as `kezek-vouchers-<date>.xlsx` in the downloads directory
    /// (made if missing); returns the file's full path.
    pub async fn export_voucher_registry(&self, date: NaiveDate) -> Result<String, ApiError> {
        self.export_voucher_registry_to(date, &download_dir()).await
    }

    /// The same into `dir`.
    pub async fn export_voucher_registry_to(
        &self,
        date: NaiveDate,
        dir: &Path,
    ) -> Result<String, ApiError> {
        let registry = self.voucher_registry(date).await?;
        let language = self.store().settings().await?.language;
        std::fs::create_dir_all(dir).map_err(|e| {
            ApiError::new(ErrorCode::DataDir, format!("{}: {e}", dir.display()))
                .with_arg("path", dir.display().to_string())
        })?;
        let path = dir.join(export_file_name(date));
        workbook(&registry, &language)
            .and_then(|mut book| book.save(&path))
            .map_err(xlsx_error)?;
        Ok(path.display().to_string())
    }

    /// Demo data of the Kyrgyz side: the first kindergarten of each district in the pilot since
    /// 2025-01-01, amounts by category from 2025-01-01 with a raise from 2026-09-01, and
    /// coefficients for two districts of Chüy region.
    pub(crate) async fn seed_demo_vouchers(&self) -> Result<(), ApiError> {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).expect("a real date");
        let (start, raise) = (d(2025, 1, 1), d(2026, 9, 1));
        let districts = self.store().first_kindergarten_per_district("KG").await?;
        let pilot: Vec<(i64, NaiveDate)> = districts.iter().map(|(k, _, _)| (*k, start)).collect();
        // Som a month: (category, from 2025-01-01, from 2026-09-01).
        const AMOUNTS: [(&str, i64, i64); 7] = [
            ("none", 3_000, 3_500),
            ("large_family", 3_600, 4_200),
            ("low_income", 4_500, 5_200),
            ("orphan", 5_000, 5_800),
            ("military_family", 5_000, 5_800),
            ("special_needs", 6_000, 7_000),
            ("disability", 6_000, 7_000),
        ];
        let mut rates = Vec::new();
        for (code, first, raised) in AMOUNTS {
            for (from, som) in [(start, first), (raise, raised)] {
                rates.push(VoucherRate {
                    benefit_code: Some(code.into()),
                    district_id: None,
                    amount_som: Some(som),
                    coefficient_permille: 1000,
                    effective_from: from,
                });
            }
        }
        let district = |name: &str| {
            districts
                .iter()
                .find(|(_, _, n)| n == name)
                .map(|(_, id, _)| *id)
        };
        // Villages far from the capital: every category ×1.15; low-income families there ×1.25.
        if let Some(id) = district("Ысык-Атинский район") {
            rates.push(VoucherRate {
                benefit_code: None,
                district_id: Some(id),
                amount_som: None,
                coefficient_permille: 1150,
                effective_from: start,
            });
        }
        if let Some(id) = district("Аламединский район") {
            rates.push(VoucherRate {
                benefit_code: Some("low_income".into()),
                district_id: Some(id),
                amount_som: None,
                coefficient_permille: 1250,
                effective_from: start,
            });
        }
        self.store()
            .seed_vouchers(&pilot, &rates, &actor(self))
            .await?;
        Ok(())
    }
}
