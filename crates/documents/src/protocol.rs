//! The protocol of the commission on social issues (seed 000): who sat, what each applicant
//! brought, what was decided, and the chairman's and secretary's signature lines.

use crate::layout::{Canvas, Weight, BODY};
use crate::{date, text, Decision, DocumentError, DocumentKind, Printable};
use chrono::NaiveDate;
use kezek_i18n::Localizer;
use serde::Serialize;

/// A member present at the meeting, as the roster names them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Member {
    pub full_name: String,
    /// The member's position, as typed into the roster (not translated).
    pub position: String,
}

/// A document the applicant submitted, as the secretary ticked it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SubmittedDocument {
    /// A known kind: its code, locale id `document-kind-<code>`.
    Kind(String),
    /// One the secretary added by hand (the seed's "+"), printed as typed.
    Other(String),
}

/// One application the commission decided on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProtocolApplication {
    pub child: String,
    pub birth_date: NaiveDate,
    /// The benefit category's code, locale id `benefit-<code>`.
    pub benefit: String,
    pub documents: Vec<SubmittedDocument>,
    pub decision: Decision,
    /// The seed's "additional comments" of this application; empty when none.
    pub comment: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Protocol {
    /// Numbered by the organisation's own rules, e.g. "12/34".
    pub number: String,
    pub date: NaiveDate,
    pub commission: String,
    pub present: Vec<Member>,
    pub applications: Vec<ProtocolApplication>,
    /// A comment on the whole meeting; empty when none.
    pub comment: String,
    pub chairman: String,
    pub secretary: String,
}

impl Printable for Protocol {
    const KIND: DocumentKind = DocumentKind::Protocol;

    fn draw(&self, loc: &Localizer) -> Result<Canvas, DocumentError> {
        let t = |id: &str| loc.message(id, None);
        let title = text(
            loc,
            "doc-protocol-title",
            &[("number", self.number.clone())],
        );
        let mut c = Canvas::new(&title, self.date)?;
        c.title(&title);
        c.field(&t("doc-protocol-date"), &date(self.date));
        c.field(&t("doc-protocol-commission"), &self.commission);

        c.heading(&t("doc-protocol-present"), BODY * 2.0);
        for (i, m) in self.present.iter().enumerate() {
            let line = if m.position.is_empty() {
                format!("{}. {}", i + 1, m.full_name)
            } else {
                format!("{}. {} — {}", i + 1, m.full_name, m.position)
            };
            c.paragraph(Weight::Regular, BODY, 10.0, &line);
        }

        let count = self.applications.len().to_string();
        c.heading(&text(loc, "doc-protocol-agenda", &[("count", count)]), 0.0);
        for (i, a) in self.applications.iter().enumerate() {
            // The child's heading stays with its first rows.
            c.heading(&format!("{}. {}", i + 1, a.child), BODY * 4.0);
            c.field(&t("doc-protocol-birth-date"), &date(a.birth_date));
            c.field(
                &t("doc-protocol-benefit"),
                &t(&format!("benefit-{}", a.benefit)),
            );
            let documents = if a.documents.is_empty() {
                t("doc-protocol-no-documents")
            } else {
                a.documents
                    .iter()
                    .map(|d| match d {
                        SubmittedDocument::Kind(code) => t(&format!("document-kind-{code}")),
                        SubmittedDocument::Other(name) => name.clone(),
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            c.field(&t("doc-protocol-documents"), &documents);
            let decision = match a.decision {
                Decision::Approved => t("doc-protocol-decision-approved"),
                Decision::Rejected => t("doc-protocol-decision-rejected"),
            };
            c.field(&t("doc-protocol-decision"), &decision);
            if !a.comment.trim().is_empty() {
                c.field(&t("doc-protocol-comments"), &a.comment);
            }
        }

        let approved = self
            .applications
            .iter()
            .filter(|a| a.decision == Decision::Approved)
            .count();
        let rejected = self.applications.len() - approved;
        c.gap(8.0);
        c.paragraph(
            Weight::Bold,
            BODY,
            0.0,
            &text(
                loc,
                "doc-protocol-summary",
                &[
                    ("approved", approved.to_string()),
                    ("rejected", rejected.to_string()),
                ],
            ),
        );
        if !self.comment.trim().is_empty() {
            c.heading(&t("doc-protocol-general-comment"), BODY * 2.0);
            c.paragraph(Weight::Regular, BODY, 0.0, &self.comment);
        }

        let hint = t("doc-signature");
        c.gap(6.0);
        c.signature(&t("doc-protocol-chairman"), &hint, &self.chairman);
        c.signature(&t("doc-protocol-secretary"), &hint, &self.secretary);
        Ok(c)
    }
}
