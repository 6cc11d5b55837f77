//! Office intake of voucher applications (seed 001's form, typed in at the office on a parent's
//! behalf by an operator or a commission's secretary). It works offline: the store checks the
//! form with the shared rules and the synced lists, and queues `application.register`; the
//! server checks it again and gives the number, which arrives with a later sync.
//!
//! Field errors and a duplicate are answers ([`IntakeOutcome`]), not errors: the form shows them
//! beside its fields. Other roles get `forbidden`.

use crate::error::{ApiError, ErrorCode};
use crate::{actor, Kezek};
use chrono::{Local, NaiveDate, Utc};
use kezek_domain::intake::{AddressForm, ApplicationForm, ParentForm, PassportForm, PersonForm};
use kezek_store::{IntakeEntry, IntakeOutcome, StreetEntry};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The server's roles that take applications at the office.
pub const INTAKE_ROLES: [&str; 2] = ["operator", "commission_secretary"];

/// Whether the signed-in role may take applications; nobody signed in (the demo) may.
pub fn may_take_applications(role: Option<&str>) -> bool {
    role.is_none_or(|r| INTAKE_ROLES.contains(&r))
}

/// The form as the screen sends it: the JSON of [`ApplicationForm`] (the shared form), with its
/// TypeScript twin. Every field may be empty: the checks name what is missing.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct IntakeForm {
    pub email: Option<String>,
    /// `ru`, `kk`, `ky` or `en`: the application's letters and documents.
    pub language: Option<String>,
    pub child: IntakePerson,
    pub parent: IntakeParent,
    pub address: IntakeAddress,
    pub phone: Option<String>,
    pub benefit_code: Option<String>,
    pub consent: Option<bool>,
}

#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct IntakePerson {
    pub personal_number: Option<String>,
    pub surname: Option<String>,
    pub given_name: Option<String>,
    pub patronymic: Option<String>,
}

#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct IntakeParent {
    /// `father`, `mother` or `guardian` (legal representative).
    pub relation: Option<String>,
    pub personal_number: Option<String>,
    pub surname: Option<String>,
    pub given_name: Option<String>,
    pub patronymic: Option<String>,
    pub passport: IntakePassport,
}

#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct IntakePassport {
    pub series: Option<String>,
    pub number: Option<String>,
    pub issued_by: Option<String>,
    /// YYYY-MM-DD.
    pub issued_on: Option<String>,
}

#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct IntakeAddress {
    #[ts(type = "number | null")]
    pub district_id: Option<i64>,
    /// A street of the district's list…
    #[ts(type = "number | null")]
    pub street_id: Option<i64>,
    /// …or its name, looked up in that list.
    pub street: Option<String>,
    pub house: Option<String>,
    pub flat: Option<String>,
}

impl From<IntakePerson> for PersonForm {
    fn from(p: IntakePerson) -> Self {
        PersonForm {
            personal_number: p.personal_number,
            surname: p.surname,
            given_name: p.given_name,
            patronymic: p.patronymic,
        }
    }
}

impl From<IntakeForm> for ApplicationForm {
    fn from(f: IntakeForm) -> Self {
        let p = f.parent;
        ApplicationForm {
            email: f.email,
            language: f.language,
            child: f.child.into(),
            parent: ParentForm {
                relation: p.relation,
                person: PersonForm {
                    personal_number: p.personal_number,
                    surname: p.surname,
                    given_name: p.given_name,
                    patronymic: p.patronymic,
                },
                passport: PassportForm {
                    series: p.passport.series,
                    number: p.passport.number,
                    issued_by: p.passport.issued_by,
                    issued_on: p.passport.issued_on,
                },
            },
            address: AddressForm {
                district_id: f.address.district_id,
                street_id: f.address.street_id,
                street: f.address.street,
                house: f.address.house,
                flat: f.address.flat,
            },
            phone: f.phone,
            benefit_code: f.benefit_code,
            consent: f.consent,
        }
    }
}

impl Kezek {
    /// Refuses roles that do not take applications.
    fn ensure_intake_role(&self) -> Result<(), ApiError> {
        let user = self.account_status().user;
        let role = user.as_ref().map(|u| u.role.as_str());
        if may_take_applications(role) {
            return Ok(());
        }
        Err(ApiError::new(
            ErrorCode::Forbidden,
            format!(
                "only operators and commission secretaries take applications, not a {}",
                role.unwrap_or_default()
            ),
        )
        .with_arg("reason", "not_intake_role"))
    }

    /// The intakes typed in on this computer, newest first.
    pub async fn voucher_intakes(&self) -> Result<Vec<IntakeEntry>, ApiError> {
        self.ensure_intake_role()?;
        Ok(self.store.voucher_intakes().await?)
    }

    /// The streets of a district's list, alphabetically.
    pub async fn streets(&self, district_id: i64) -> Result<Vec<StreetEntry>, ApiError> {
        Ok(self.store.streets(district_id).await?)
    }

    /// Checks the form and queues it for the server (see [`IntakeOutcome`]).
    pub async fn register_intake(&self, form: IntakeForm) -> Result<IntakeOutcome, ApiError> {
        self.register_intake_on(form, Local::now().date_naive())
            .await
    }

    /// [`Self::register_intake`] with the office's date given (tests).
    pub async fn register_intake_on(
        &self,
        form: IntakeForm,
        today: NaiveDate,
    ) -> Result<IntakeOutcome, ApiError> {
        self.ensure_intake_role()?;
        Ok(self
            .store
            .register_intake(&form.into(), today, &actor(self), Utc::now())
            .await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_screens_form_is_the_shared_form() {
        let sent = json!({
            "email": null,
            "language": "ky",
            "child": { "personal_number": "12003202200011", "surname": "Асанова",
                       "given_name": "Айпери", "patronymic": null },
            "parent": { "relation": "mother", "personal_number": "11505199000021",
                        "surname": "Асанова", "given_name": "Гульнара", "patronymic": "Бакытовна",
                        "passport": { "series": "ID", "number": "1234567",
                                      "issued_by": "МКК 211041", "issued_on": "2020-05-04" } },
            "address": { "district_id": 7, "street_id": 3, "street": null, "house": "12",
                         "flat": null },
            "phone": "+996 555 12 34 56",
            "benefit_code": "orphan",
            "consent": true,
        });
        let ours: IntakeForm = serde_json::from_value(sent.clone()).unwrap();
        let shared: ApplicationForm = serde_json::from_value(sent).unwrap();
        assert_eq!(ApplicationForm::from(ours.clone()), shared);
        assert_eq!(
            serde_json::to_value(&ours).unwrap(),
            serde_json::to_value(&shared).unwrap(),
            "the same JSON both ways"
        );
        assert_eq!(
            ApplicationForm::from(IntakeForm::default()),
            ApplicationForm::default()
        );
    }

    #[test]
    fn operators_secretaries_and_the_demo_take_applications() {
        for (role, may) in [
            (None, true),
            (Some("operator"), true),
            (Some("commission_secretary"), true),
            (Some("commission_chairman"), false),
            (Some("commission_member"), false),
            (Some("kindergarten_head"), false),
            (Some("administrator"), false),
            (Some("pmpk_specialist"), false),
        ] {
            assert_eq!(may_take_applications(role), may, "{role:?}");
        }
    }
}
