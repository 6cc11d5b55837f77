//! The direction to a state kindergarten (seed 002, "Направление в ДДО"): the child, the place,
//! and how long the direction holds.

use crate::layout::{Canvas, Weight, BODY};
use crate::{date, text, Country, DocumentError, DocumentKind, Printable};
use chrono::NaiveDate;
use kezek_domain::workflow::direction::{MAX_EXTENSION_DAYS, STOP_LIST_WORKING_DAYS};
use kezek_i18n::Localizer;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Direction {
    pub number: String,
    pub date: NaiveDate,
    pub child: String,
    /// The child's IIN (Kazakhstan) or PIN (Kyrgyzstan); `country` says which label it gets.
    pub personal_number: String,
    #[serde(serialize_with = "crate::country_code")]
    pub country: Country,
    pub birth_date: NaiveDate,
    pub kindergarten: String,
    pub group: String,
    /// Language of instruction: its code, locale id `language-<code>`.
    pub language: String,
    /// The last day the direction holds (computed by the domain's working-day calendar).
    pub valid_until: NaiveDate,
    /// The operator who issued it.
    pub issued_by: String,
}

impl Printable for Direction {
    const KIND: DocumentKind = DocumentKind::Direction;

    fn draw(&self, loc: &Localizer) -> Result<Canvas, DocumentError> {
        let t = |id: &str| loc.message(id, None);
        let title = text(
            loc,
            "doc-direction-title",
            &[("number", self.number.clone())],
        );
        let mut c = Canvas::new(&title, self.date)?;
        c.title(&title);
        let number_label = match self.country {
            Country::Kz => "doc-direction-iin",
            Country::Kg => "doc-direction-pin",
        };
        c.field(&t("doc-direction-date"), &date(self.date));
        c.field(&t("doc-direction-child"), &self.child);
        c.field(&t(number_label), &self.personal_number);
        c.field(&t("doc-direction-birth-date"), &date(self.birth_date));
        c.field(&t("doc-direction-kindergarten"), &self.kindergarten);
        c.field(&t("doc-direction-group"), &self.group);
        c.field(
            &t("doc-direction-language"),
            &t(&format!("language-{}", self.language)),
        );
        c.field(&t("doc-direction-valid-until"), &date(self.valid_until));
        c.gap(14.0);
        let note = text(
            loc,
            "doc-direction-note",
            &[
                ("date", date(self.valid_until)),
                ("stop_days", STOP_LIST_WORKING_DAYS.to_string()),
                ("extension_days", MAX_EXTENSION_DAYS.to_string()),
            ],
        );
        c.paragraph(Weight::Regular, BODY, 0.0, &note);
        c.gap(10.0);
        c.signature(
            &t("doc-direction-issued-by"),
            &t("doc-signature"),
            &self.issued_by,
        );
        Ok(c)
    }
}
