//! The portal's form: the shared application form ([`kezek_domain::intake`], the same checks the
//! desktop's office intake runs) plus the confirmation code, with the e-mail address required and
//! also checked to be deliverable.

use kezek_domain::intake::{self, EmailRule, FieldError};
use serde::Deserialize;

pub use kezek_domain::intake::{email, language, ApplicationForm, Person, StreetRef, Valid};

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct CodeRequest {
    pub email: Option<String>,
    pub language: Option<String>,
}

/// The parent's form as the portal sends it.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct PortalForm {
    pub code: Option<String>,
    #[serde(flatten)]
    pub form: ApplicationForm,
}

/// A portal form after every check that needs no database.
#[derive(Debug, Clone)]
pub struct PortalValid {
    pub email: String,
    pub code: String,
    pub form: Valid,
}

/// The shared checks, the code's, and the address parsed as the mail relay will.
pub fn validate(
    form: &PortalForm,
    today: chrono::NaiveDate,
) -> Result<PortalValid, Vec<FieldError>> {
    let mut errors = Vec::new();
    let code = match form.code.as_deref().map(str::trim) {
        None | Some("") => {
            errors.push(FieldError::new("code", "required"));
            None
        }
        Some(x) if x.len() == 6 && x.chars().all(|d| d.is_ascii_digit()) => Some(x.to_owned()),
        Some(_) => {
            errors.push(FieldError::new("code", "format"));
            None
        }
    };
    let valid = intake::validate(&form.form, today, EmailRule::Required);
    let valid = match valid {
        Ok(v) => Some(v),
        Err(mut more) => {
            errors.append(&mut more);
            None
        }
    };
    let email = valid.as_ref().and_then(|v| v.email.clone());
    if let Some(address) = &email {
        if address.parse::<lettre::Address>().is_err() {
            errors.push(FieldError::new("email", "format"));
        }
    }
    match (code, email, valid) {
        (Some(code), Some(email), Some(form)) if errors.is_empty() => {
            Ok(PortalValid { email, code, form })
        }
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
    }

    fn good() -> PortalForm {
        serde_json::from_value(serde_json::json!({
            "email": " Parent@Example.KG ",
            "code": "012345",
            "language": "ky",
            "child": { "personal_number": "12003202200011", "surname": "Асанова",
                       "given_name": "Айпери" },
            "parent": { "relation": "mother", "personal_number": "11505199000021",
                        "surname": "Асанова", "given_name": "Гульнара",
                        "passport": { "series": "id", "number": "1234567",
                                      "issued_by": "МКК 211041", "issued_on": "2020-05-04" } },
            "address": { "district_id": 7, "street": "Ленина", "house": "12" },
            "phone": "+996 555 12 34 56",
            "benefit_code": "orphan",
            "consent": true,
        }))
        .unwrap()
    }

    fn fields(form: &PortalForm) -> Vec<(String, &'static str)> {
        validate(form, today())
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| (e.field, e.reason))
            .collect()
    }

    #[test]
    fn the_portal_form_carries_the_shared_one_and_its_code() {
        let v = validate(&good(), today()).unwrap();
        assert_eq!(v.email, "parent@example.kg");
        assert_eq!(v.code, "012345");
        assert_eq!(v.form.relation, "mother");
    }

    #[test]
    fn the_code_and_the_address_are_required() {
        let mut form = good();
        form.code = Some("12345".into());
        assert_eq!(fields(&form), vec![("code".to_owned(), "format")]);
        form.code = None;
        form.form.email = None;
        let got = fields(&form);
        assert!(got.contains(&("code".to_owned(), "required")), "{got:?}");
        assert!(got.contains(&("email".to_owned(), "required")), "{got:?}");
    }
}
