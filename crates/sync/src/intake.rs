//! Office intake of voucher applications (seed 001's form, typed in at the office on a parent's
//! behalf): the address bureau's streets the form offers, and `application.register`.
//!
//! The desktop checks the form with the shared rules ([`kezek_domain::intake::validate`], the
//! e-mail optional) and queues the mutation; the server checks it again, then what only it can:
//! the district's country against the personal numbers, the benefit, the street (an unknown one is
//! refused, never added) and an open voucher application of the same child (refused as a
//! duplicate, never registered twice). The number is the server's; the application reaches every
//! desktop of its district through the feed, where the pending intake finds it by the child's
//! personal number.

use kezek_domain::intake::ApplicationForm;
use serde::{Deserialize, Serialize};

/// A street of a district's list (the address bureau's), as the feed carries it. Scoped like
/// localities: the desktops of its district and region get it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StreetRecord {
    pub id: i64,
    pub district_id: i64,
    /// Where an application from this street sits; `None`: the district's own locality.
    pub locality_id: Option<i64>,
    pub name: String,
}

/// `application.register`: a voucher application typed in at the office. The arguments are the
/// shared form itself (the same JSON as the portal's, without the code).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationRegister {
    #[serde(flatten)]
    pub form: ApplicationForm,
}

impl ApplicationRegister {
    pub const NAME: &'static str = "application.register";

    /// The arguments as they travel in [`crate::Mutation::args`].
    pub fn to_args(&self) -> serde_json::Value {
        serde_json::to_value(self).expect("plain fields serialize")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_arguments_are_the_shared_form() {
        let args = json!({
            "language": "ru",
            "child": { "personal_number": "12003202200011", "surname": "Асанова",
                       "given_name": "Айпери" },
            "parent": { "relation": "mother", "personal_number": "11505199000021",
                        "surname": "Асанова", "given_name": "Гульнара",
                        "passport": { "series": "ID", "number": "1234567",
                                      "issued_by": "МКК 211041", "issued_on": "2020-05-04" } },
            "address": { "district_id": 7, "street_id": 3, "house": "12" },
            "phone": "+996 555 12 34 56",
            "benefit_code": "general",
            "consent": true,
        });
        let r: ApplicationRegister = serde_json::from_value(args).unwrap();
        assert_eq!(r.form.address.street_id, Some(3));
        assert_eq!(r.form.parent.person.surname.as_deref(), Some("Асанова"));
        assert_eq!(r.form.email, None);
        let back: ApplicationRegister = serde_json::from_value(r.to_args()).unwrap();
        assert_eq!(back, r);
    }
}
