//! The contract on enrolling a child in a kindergarten under a voucher (seed 003): the parties,
//! the child, the voucher and its amount, the term, what each side undertakes, the documents
//! the parent attaches, and both signatures.
//!
//! The clauses are locale messages (`doc-contract-<section>-<n>`), so the contract reads as one
//! written in the chosen language, not as a translation with Russian gaps.

use crate::layout::{Canvas, Weight, BODY};
use crate::parties::{personal_number_label, Child};
use crate::{date, text, ContractDocument, Country, DocumentError, DocumentKind, Printable};
use chrono::NaiveDate;
use kezek_i18n::Localizer;
use serde::Serialize;

/// The kindergarten as the contract names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Kindergarten {
    pub name: String,
    /// BIN in Kazakhstan, INN (taxpayer number) in Kyrgyzstan.
    pub bin: String,
    pub address: String,
    /// The head who signs for it.
    pub head: String,
}

/// The parent (or other legal representative) who signs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Parent {
    pub full_name: String,
    /// IIN or PIN, labelled by the contract's country.
    pub personal_number: String,
    pub address: String,
    pub phone: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VoucherContract {
    /// The contract's number, e.g. "2026/0871".
    pub number: String,
    pub date: NaiveDate,
    /// Where it is concluded, e.g. "г. Алматы" (printed as typed).
    pub place: String,
    /// Whose law, labels (BIN/INN, IIN/PIN) and currency (tenge/som) apply.
    #[serde(serialize_with = "crate::country_code")]
    pub country: Country,
    pub kindergarten: Kindergarten,
    pub parent: Parent,
    pub child: Child,
    pub group: String,
    /// Language of instruction: its code, locale id `language-<code>`.
    pub language: String,
    pub voucher_number: String,
    /// What the voucher pays the kindergarten a month, in whole tenge or som.
    pub monthly_amount: u64,
    pub valid_from: NaiveDate,
    pub valid_until: NaiveDate,
    /// The child has a PMPK conclusion, which then joins the required documents.
    pub pmpk_conclusion: bool,
}

/// How many numbered clauses each section has in the locales (`doc-contract-<section>-<n>`).
const SECTIONS: [(&str, usize); 4] = [
    ("subject", 3),
    ("kindergarten", 5),
    ("parent", 5),
    ("term", 4),
];

/// "45000" → "45 000" (a no-break space, so the amount never wraps apart).
fn amount(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(d);
    }
    out
}

impl VoucherContract {
    /// The arguments every clause may use.
    fn args(&self, loc: &Localizer) -> Vec<(&'static str, String)> {
        vec![
            ("country", self.country.code().to_string()),
            ("number", self.number.clone()),
            ("kindergarten", self.kindergarten.name.clone()),
            ("bin", self.kindergarten.bin.clone()),
            ("head", self.kindergarten.head.clone()),
            ("parent", self.parent.full_name.clone()),
            ("child", self.child.full_name.clone()),
            ("birth_date", date(self.child.birth_date)),
            ("group", self.group.clone()),
            (
                "language",
                loc.message(&format!("language-{}", self.language), None),
            ),
            ("voucher", self.voucher_number.clone()),
            ("amount", amount(self.monthly_amount)),
            ("from", date(self.valid_from)),
            ("until", date(self.valid_until)),
        ]
    }
}

impl Printable for VoucherContract {
    const KIND: DocumentKind = DocumentKind::VoucherContract;

    fn draw(&self, loc: &Localizer) -> Result<Canvas, DocumentError> {
        let args = self.args(loc);
        let m = |id: &str| text(loc, id, &args);
        let title = m("doc-contract-title");
        let mut c = Canvas::new(&title, self.date)?;
        c.title(&title);
        c.line_pair(&self.place, &date(self.date));
        c.gap(8.0);
        c.paragraph(Weight::Regular, BODY, 0.0, &m("doc-contract-preamble"));

        for (n, (section, clauses)) in SECTIONS.iter().enumerate() {
            let heading = format!("{}. {}", n + 1, m(&format!("doc-contract-{section}")));
            c.heading(&heading, BODY * 3.0);
            for i in 1..=*clauses {
                let clause = m(&format!("doc-contract-{section}-{i}"));
                c.clause(0.0, &format!("{}.{i}.", n + 1), &clause);
            }
        }

        let documents_section = SECTIONS.len() + 1;
        c.heading(
            &format!("{documents_section}. {}", m("doc-contract-documents")),
            BODY * 3.0,
        );
        c.paragraph(
            Weight::Regular,
            BODY,
            0.0,
            &m("doc-contract-documents-intro"),
        );
        for (i, d) in ContractDocument::required(self.pmpk_conclusion)
            .into_iter()
            .enumerate()
        {
            let name = m(&format!("contract-document-{}", d.code()));
            c.clause(12.0, &format!("{})", i + 1), &name);
        }

        let parties_section = documents_section + 1;
        c.heading(
            &format!("{parties_section}. {}", m("doc-contract-parties")),
            BODY * 8.0,
        );
        let k = &self.kindergarten;
        c.paragraph(
            Weight::Bold,
            BODY,
            0.0,
            &m("doc-contract-kindergarten-side"),
        );
        c.field(&m("doc-contract-kindergarten-name"), &k.name);
        c.field(&m("doc-contract-bin"), &k.bin);
        c.field(&m("doc-address"), &k.address);
        c.field(&m("doc-contract-head"), &k.head);
        c.gap(6.0);
        c.keep(BODY * 8.0);
        c.paragraph(Weight::Bold, BODY, 0.0, &m("doc-contract-parent-side"));
        let p = &self.parent;
        c.field(&m("doc-contract-parent-name"), &p.full_name);
        c.field(&m(personal_number_label(self.country)), &p.personal_number);
        c.field(&m("doc-address"), &p.address);
        c.field(&m("doc-phone"), &p.phone);
        c.gap(6.0);
        // The child's rows go with the signatures, so these never stand alone on a page.
        c.keep(BODY * 9.0 + 106.0);
        c.paragraph(Weight::Bold, BODY, 0.0, &m("doc-section-child"));
        self.child.fields(&mut c, loc, self.country);

        c.gap(6.0);
        // Both signatures on one page: a lone second signature would look like an unsigned
        // first page.
        c.keep(100.0);
        let hint = m("doc-signature");
        c.signature(&m("doc-contract-head"), &hint, &k.head);
        c.signature(&m("doc-contract-parent-sign"), &hint, &p.full_name);
        Ok(c)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn amounts_are_grouped_by_thousands() {
        assert_eq!(super::amount(0), "0");
        assert_eq!(super::amount(950), "950");
        assert_eq!(super::amount(45_000), "45\u{a0}000");
        assert_eq!(super::amount(1_234_567), "1\u{a0}234\u{a0}567");
    }
}
