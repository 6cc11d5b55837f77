//! The child's card (seed 002, "Карточка ребенка"): the child, the applicant and how to reach
//! them, the application's state and place in the queue, and the history of its key events.

use crate::layout::{Canvas, Weight, SMALL};
use crate::parties::{benefit_name, personal_number_label, Child};
use crate::{
    date, date_time, text, ApplicationStatus, Country, DocumentError, DocumentKind, Printable,
    Relation,
};
use chrono::{NaiveDate, NaiveDateTime};
use kezek_i18n::Localizer;
use serde::Serialize;

/// The person who filed the application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Applicant {
    pub full_name: String,
    /// IIN or PIN, labelled by the card's country.
    pub personal_number: String,
    pub relation: Relation,
    pub phone: String,
    /// Empty when the applicant gave none.
    pub email: String,
}

/// One key event of the application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistoryEntry {
    pub at: NaiveDateTime,
    /// The event's code, locale id `history-action-<code>` (domain.ftl).
    pub action: String,
    /// Detail as recorded (a kindergarten, a reason); empty when none. Printed as is.
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChildCard {
    pub application_number: String,
    pub registered_at: NaiveDateTime,
    /// The day the card is printed (the document's date).
    pub printed_on: NaiveDate,
    #[serde(serialize_with = "crate::country_code")]
    pub country: Country,
    pub child: Child,
    pub applicant: Applicant,
    /// Where the family lives.
    pub address: String,
    pub status: ApplicationStatus,
    /// Since when the application is in `status`.
    pub status_since: NaiveDateTime,
    pub queue_number: u32,
    /// The benefit category's code (locale id `benefit-<code>`), `None` without a benefit.
    pub benefit: Option<String>,
    pub benefit_queue_number: Option<u32>,
    /// Oldest first, as the card prints them.
    pub history: Vec<HistoryEntry>,
}

impl Printable for ChildCard {
    const KIND: DocumentKind = DocumentKind::ChildCard;

    fn draw(&self, loc: &Localizer) -> Result<Canvas, DocumentError> {
        let t = |id: &str| loc.message(id, None);
        let title = text(
            loc,
            "doc-card-title",
            &[("number", self.application_number.clone())],
        );
        let mut c = Canvas::new(&title, self.printed_on)?;
        c.title(&title);

        let rows = 4.0 * crate::layout::BODY;
        c.heading(&t("doc-section-child"), rows);
        self.child.fields(&mut c, loc, self.country);
        c.field(&t("doc-address"), &self.address);

        c.heading(&t("doc-section-applicant"), rows);
        let a = &self.applicant;
        c.field(&t("doc-applicant"), &a.full_name);
        c.field(&t(personal_number_label(self.country)), &a.personal_number);
        c.field(
            &t("doc-card-relation"),
            &t(&format!("relation-{}", a.relation.code())),
        );
        c.field(&t("doc-phone"), &a.phone);
        if !a.email.trim().is_empty() {
            c.field(&t("doc-email"), &a.email);
        }

        c.heading(&t("doc-section-application"), rows);
        c.field(&t("doc-application-number"), &self.application_number);
        c.field(&t("doc-registered-at"), &date_time(self.registered_at));
        let status = text(
            loc,
            "doc-card-status-value",
            &[
                ("status", t(&format!("status-{}", self.status.code()))),
                ("since", date_time(self.status_since)),
            ],
        );
        c.field(&t("doc-card-status"), &status);
        c.field(&t("doc-queue-number"), &self.queue_number.to_string());
        c.field(
            &t("doc-benefit"),
            &benefit_name(loc, self.benefit.as_deref()),
        );
        if let Some(n) = self.benefit_queue_number {
            c.field(&t("doc-benefit-queue-number"), &n.to_string());
        }

        c.heading(&t("doc-card-history"), rows);
        if self.history.is_empty() {
            c.paragraph(Weight::Regular, SMALL + 1.0, 0.0, &t("doc-card-no-history"));
        } else {
            let rows: Vec<Vec<String>> = self
                .history
                .iter()
                .map(|e| {
                    let action = t(&format!("history-action-{}", e.action));
                    let event = if e.note.trim().is_empty() {
                        action
                    } else {
                        format!("{action}: {}", e.note)
                    };
                    vec![date_time(e.at), event]
                })
                .collect();
            c.table(
                &[t("doc-card-history-when"), t("doc-card-history-event")],
                &[1.0, 3.2],
                &rows,
            );
        }
        c.gap(10.0);
        let printed = text(loc, "doc-card-printed", &[("date", date(self.printed_on))]);
        c.paragraph(Weight::Regular, SMALL + 1.0, 0.0, &printed);
        Ok(c)
    }
}
