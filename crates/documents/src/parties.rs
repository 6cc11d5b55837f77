//! Data several documents print the same way.

use crate::layout::Canvas;
use crate::{date, Country};
use chrono::NaiveDate;
use kezek_i18n::Localizer;
use serde::Serialize;

/// The child as the registry knows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Child {
    pub full_name: String,
    /// IIN (Kazakhstan) or PIN (Kyrgyzstan); the document's country says which label it gets.
    pub personal_number: String,
    pub birth_date: NaiveDate,
}

/// The locale id of a personal number's label: IIN in Kazakhstan, PIN in Kyrgyzstan.
pub(crate) fn personal_number_label(country: Country) -> &'static str {
    match country {
        Country::Kz => "doc-iin",
        Country::Kg => "doc-pin",
    }
}

impl Child {
    /// Name, personal number and birth date as three field rows.
    pub(crate) fn fields(&self, c: &mut Canvas, loc: &Localizer, country: Country) {
        let t = |id: &str| loc.message(id, None);
        c.field(&t("doc-child-name"), &self.full_name);
        c.field(&t(personal_number_label(country)), &self.personal_number);
        c.field(&t("doc-birth-date"), &date(self.birth_date));
    }
}

/// A benefit category's printed name: `benefit-<code>`, "none" when there is none.
pub(crate) fn benefit_name(loc: &Localizer, benefit: Option<&str>) -> String {
    loc.message(&format!("benefit-{}", benefit.unwrap_or("none")), None)
}
