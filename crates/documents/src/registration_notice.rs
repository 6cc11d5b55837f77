//! The registration notice (seeds 002, 004, "Уведомление о регистрации"): the application is
//! registered and the child stands in the queue under number N, with the rule that keeps them
//! there (confirm the interest every 12 months).

use crate::layout::{Canvas, Weight, BODY, HEADING};
use crate::parties::{benefit_name, Child};
use crate::{date, date_time, text, Country, DocumentError, DocumentKind, Printable};
use chrono::{Months, NaiveDateTime};
use kezek_domain::workflow::queue_application::INTEREST_PERIOD_MONTHS;
use kezek_i18n::Localizer;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RegistrationNotice {
    /// The application's number, e.g. "UO.2026.004512.1".
    pub application_number: String,
    /// When the application was registered (local time of the office); the interest is due
    /// every 12 months from this day.
    pub registered_at: NaiveDateTime,
    #[serde(serialize_with = "crate::country_code")]
    pub country: Country,
    pub child: Child,
    /// The applicant's full name.
    pub applicant: String,
    /// The town or village.
    pub locality: String,
    pub district: String,
    /// The kindergartens the applicant prefers, in their order.
    pub kindergartens: Vec<String>,
    /// The benefit category's code (locale id `benefit-<code>`), `None` without a benefit.
    pub benefit: Option<String>,
    /// The child's place in the whole queue.
    pub queue_number: u32,
    /// The place among children of the same benefit category; `None` without a benefit.
    pub benefit_queue_number: Option<u32>,
    /// The operator (or "portal") who registered it.
    pub issued_by: String,
}

impl Printable for RegistrationNotice {
    const KIND: DocumentKind = DocumentKind::RegistrationNotice;

    fn draw(&self, loc: &Localizer) -> Result<Canvas, DocumentError> {
        let t = |id: &str| loc.message(id, None);
        let title = text(
            loc,
            "doc-notice-title",
            &[("number", self.application_number.clone())],
        );
        let registered = self.registered_at.date();
        let mut c = Canvas::new(&title, registered)?;
        c.title(&title);
        let lead = text(
            loc,
            "doc-notice-lead",
            &[("queue", self.queue_number.to_string())],
        );
        c.paragraph(Weight::Bold, HEADING, 0.0, &lead);
        c.gap(4.0);

        c.heading(&t("doc-section-application"), BODY * 4.0);
        c.field(&t("doc-application-number"), &self.application_number);
        c.field(&t("doc-registered-at"), &date_time(self.registered_at));
        c.field(&t("doc-locality"), &self.locality);
        c.field(&t("doc-district"), &self.district);
        let kindergartens = self
            .kindergartens
            .iter()
            .enumerate()
            .map(|(i, k)| format!("{}. {k}", i + 1))
            .collect::<Vec<_>>()
            .join("\n");
        // Applications taken without a preference (any kindergarten of the locality) skip the row.
        if !kindergartens.is_empty() {
            c.field(&t("doc-notice-kindergartens"), &kindergartens);
        }

        c.heading(&t("doc-section-child"), BODY * 4.0);
        self.child.fields(&mut c, loc, self.country);
        c.field(&t("doc-applicant"), &self.applicant);

        c.heading(&t("doc-section-queue"), BODY * 4.0);
        c.field(
            &t("doc-benefit"),
            &benefit_name(loc, self.benefit.as_deref()),
        );
        c.field(&t("doc-queue-number"), &self.queue_number.to_string());
        if let Some(n) = self.benefit_queue_number {
            c.field(&t("doc-benefit-queue-number"), &n.to_string());
        }

        c.gap(12.0);
        let due = registered
            .checked_add_months(Months::new(INTEREST_PERIOD_MONTHS))
            .unwrap_or(registered);
        let rule = text(
            loc,
            "doc-notice-interest-rule",
            &[
                ("months", INTEREST_PERIOD_MONTHS.to_string()),
                ("date", date(due)),
            ],
        );
        c.paragraph(Weight::Regular, BODY, 0.0, &rule);
        c.gap(4.0);
        c.paragraph(Weight::Regular, BODY, 0.0, &t("doc-notice-queue-moves"));
        c.gap(10.0);
        c.signature(
            &t("doc-notice-issued-by"),
            &t("doc-signature"),
            &self.issued_by,
        );
        Ok(c)
    }
}
