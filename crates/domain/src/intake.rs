//! A voucher application's form (seed 001), as a parent types it on the portal or an operator
//! types it at the office on the parent's behalf, and its checks that need no database.
//!
//! Every field is optional on the wire so that a missing one is reported by name
//! (`child.surname: required`) rather than as a parse error, and every problem is reported at
//! once. The desktop runs these checks before it queues an office application, the server runs
//! them again on arrival (and adds what needs its database: the district's country, the benefit,
//! the street, a duplicate), so both refuse the same forms.

use crate::{full_name, plausible_email, AnyPersonalNumber, PersonalNumber};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The languages an application may be kept in (the locales): its letters and documents.
pub const LANGUAGES: [&str; 4] = ["ru", "kk", "ky", "en"];

/// The parent's relation to the child.
pub const RELATIONS: [&str; 3] = ["father", "mother", "guardian"];

#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ApplicationForm {
    pub email: Option<String>,
    pub language: Option<String>,
    pub child: PersonForm,
    pub parent: ParentForm,
    pub address: AddressForm,
    pub phone: Option<String>,
    pub benefit_code: Option<String>,
    pub consent: Option<bool>,
}

#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PersonForm {
    pub personal_number: Option<String>,
    pub surname: Option<String>,
    pub given_name: Option<String>,
    pub patronymic: Option<String>,
}

#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ParentForm {
    /// "father", "mother" or "guardian" (legal representative).
    pub relation: Option<String>,
    #[serde(flatten)]
    pub person: PersonForm,
    pub passport: PassportForm,
}

#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PassportForm {
    pub series: Option<String>,
    pub number: Option<String>,
    pub issued_by: Option<String>,
    /// YYYY-MM-DD.
    pub issued_on: Option<String>,
}

#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AddressForm {
    pub district_id: Option<i64>,
    /// A street of the district's list…
    pub street_id: Option<i64>,
    /// …or its name, looked up in that list (never added to it).
    pub street: Option<String>,
    pub house: Option<String>,
    pub flat: Option<String>,
}

/// One field that failed, by its dotted path in the form (`parent.passport.issued_on`) and a
/// stable reason (`required`, `format`, `too_long`, `invalid_characters`, `unknown`, the personal
/// number's codes `length`/`not_a_digit`/`sex_digit`/…, `birth_date_in_future`, `same_as_child`,
/// `in_future`, `before_birth`; the server adds `wrong_country`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub reason: &'static str,
}

impl FieldError {
    pub fn new(field: &str, reason: &'static str) -> Self {
        FieldError {
            field: field.to_owned(),
            reason,
        }
    }
}

/// Whether the form must carry an e-mail address: the portal's must (the address is proven by a
/// code and receives the cabinet's login); at the office a parent may have none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmailRule {
    Required,
    Optional,
}

/// A person whose fields passed.
#[derive(Debug, Clone)]
pub struct Person {
    pub number: AnyPersonalNumber,
    pub surname: String,
    pub given_name: String,
    pub patronymic: Option<String>,
}

impl Person {
    pub fn full_name(&self) -> String {
        full_name(&self.surname, &self.given_name, self.patronymic.as_deref())
    }
}

/// Which street the parent named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StreetRef {
    Id(i64),
    Name(String),
}

/// The form after every check that needs no database.
#[derive(Debug, Clone)]
pub struct Valid {
    /// Lower-case; `None` only under [`EmailRule::Optional`].
    pub email: Option<String>,
    pub language: String,
    pub child: Person,
    pub relation: String,
    pub parent: Person,
    pub passport_series: String,
    pub passport_number: String,
    pub passport_issued_by: String,
    pub passport_issued_on: NaiveDate,
    pub district_id: i64,
    pub street: StreetRef,
    pub house: String,
    pub flat: Option<String>,
    pub phone: String,
    pub benefit_code: String,
}

impl Valid {
    /// The address as the applicant's record keeps it: "Street, house[, flat]".
    pub fn address_line(&self, street_name: &str) -> String {
        match &self.flat {
            Some(flat) => format!("{street_name}, {}, {flat}", self.house),
            None => format!("{street_name}, {}", self.house),
        }
    }
}

/// Collects field errors while the fields are read.
#[derive(Default)]
struct Check(Vec<FieldError>);

impl Check {
    fn fail(&mut self, field: &str, reason: &'static str) {
        self.0.push(FieldError::new(field, reason));
    }

    /// A required text: trimmed, not empty, at most `max` characters.
    fn text(&mut self, field: &str, value: &Option<String>, max: usize) -> Option<String> {
        let v = value.as_deref().map(str::trim).unwrap_or("");
        if v.is_empty() {
            self.fail(field, "required");
            None
        } else if v.chars().count() > max {
            self.fail(field, "too_long");
            None
        } else {
            Some(v.to_owned())
        }
    }

    /// An optional text: blank is none.
    fn optional(&mut self, field: &str, value: &Option<String>, max: usize) -> Option<String> {
        let blank = value.as_deref().is_none_or(|v| v.trim().is_empty());
        if blank {
            None
        } else {
            self.text(field, value, max)
        }
    }

    /// A name part: letters of any script, spaces, hyphens and apostrophes.
    fn name(&mut self, field: &str, value: &Option<String>, required: bool) -> Option<String> {
        let v = if required {
            self.text(field, value, 100)?
        } else {
            self.optional(field, value, 100)?
        };
        let ok = v.chars().any(char::is_alphabetic)
            && v.chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.'));
        if ok {
            Some(v.split_whitespace().collect::<Vec<_>>().join(" "))
        } else {
            self.fail(field, "invalid_characters");
            None
        }
    }

    fn person(&mut self, prefix: &str, p: &PersonForm) -> Option<Person> {
        let field = |f: &str| format!("{prefix}.{f}");
        let number = match self.text(&field("personal_number"), &p.personal_number, 40) {
            Some(text) => match AnyPersonalNumber::parse(&text) {
                Ok(n) => Some(n),
                Err(e) => {
                    self.fail(&field("personal_number"), e.code());
                    None
                }
            },
            None => None,
        };
        let surname = self.name(&field("surname"), &p.surname, true);
        let given_name = self.name(&field("given_name"), &p.given_name, true);
        let patronymic = self.name(&field("patronymic"), &p.patronymic, false);
        Some(Person {
            number: number?,
            surname: surname?,
            given_name: given_name?,
            patronymic,
        })
    }
}

/// A lower-case e-mail address, or the reason it is not one.
pub fn email(value: &Option<String>) -> Result<String, &'static str> {
    let v = value.as_deref().map(str::trim).unwrap_or("");
    if v.is_empty() {
        return Err("required");
    }
    if v.len() > 254 {
        return Err("too_long");
    }
    let lower = v.to_lowercase();
    if plausible_email(&lower) {
        Ok(lower)
    } else {
        Err("format")
    }
}

/// One of [`LANGUAGES`].
pub fn language(value: &Option<String>) -> Result<String, &'static str> {
    match value.as_deref().map(str::trim) {
        None | Some("") => Err("required"),
        Some(l) if LANGUAGES.contains(&l) => Ok(l.to_owned()),
        Some(_) => Err("unknown"),
    }
}

/// Checks everything that needs no database; `today` is the office's date (a child cannot be
/// born, nor a passport issued, later).
pub fn validate(
    form: &ApplicationForm,
    today: NaiveDate,
    email_rule: EmailRule,
) -> Result<Valid, Vec<FieldError>> {
    let mut c = Check::default();
    let blank_email = form.email.as_deref().is_none_or(|e| e.trim().is_empty());
    let email = if blank_email && email_rule == EmailRule::Optional {
        None
    } else {
        email(&form.email).map_err(|r| c.fail("email", r)).ok()
    };
    let language = language(&form.language)
        .map_err(|r| c.fail("language", r))
        .ok();

    let child = c.person("child", &form.child);
    if let Some(ch) = &child {
        if ch.number.birth_date() > today {
            c.fail("child.personal_number", "birth_date_in_future");
        }
    }

    let p = &form.parent;
    let relation = match p.relation.as_deref().map(str::trim) {
        None | Some("") => {
            c.fail("parent.relation", "required");
            None
        }
        Some(r) if RELATIONS.contains(&r) => Some(r.to_owned()),
        Some(_) => {
            c.fail("parent.relation", "unknown");
            None
        }
    };
    let parent = c.person("parent", &p.person);
    if let (Some(ch), Some(pa)) = (&child, &parent) {
        if ch.number.as_str() == pa.number.as_str() {
            c.fail("parent.personal_number", "same_as_child");
        }
    }
    let series = c.text("parent.passport.series", &p.passport.series, 10);
    let series = series.and_then(|s| {
        let s = s.to_uppercase();
        if s.chars().all(|x| x.is_alphanumeric()) {
            Some(s)
        } else {
            c.fail("parent.passport.series", "format");
            None
        }
    });
    let number = c.text("parent.passport.number", &p.passport.number, 20);
    let number = number.and_then(|n| {
        let digits: String = n.chars().filter(|x| !x.is_whitespace()).collect();
        if (5..=12).contains(&digits.len()) && digits.chars().all(|x| x.is_ascii_digit()) {
            Some(digits)
        } else {
            c.fail("parent.passport.number", "format");
            None
        }
    });
    let issued_by = c.text("parent.passport.issued_by", &p.passport.issued_by, 200);
    let issued_on = c.text("parent.passport.issued_on", &p.passport.issued_on, 10);
    let issued_on = issued_on.and_then(|d| {
        match NaiveDate::parse_from_str(&d, "%Y-%m-%d") {
            Ok(d) if d > today => c.fail("parent.passport.issued_on", "in_future"),
            Ok(d) if parent.as_ref().is_some_and(|p| d < p.number.birth_date()) => {
                c.fail("parent.passport.issued_on", "before_birth")
            }
            Ok(d) => return Some(d),
            Err(_) => c.fail("parent.passport.issued_on", "format"),
        }
        None
    });

    let a = &form.address;
    let district_id = a.district_id;
    if district_id.is_none() {
        c.fail("address.district_id", "required");
    }
    let street = match (a.street_id, a.street.as_deref().map(str::trim)) {
        (Some(id), _) => Some(StreetRef::Id(id)),
        (None, Some(name)) if !name.is_empty() => c
            .text("address.street", &a.street, 200)
            .map(|n| StreetRef::Name(n.split_whitespace().collect::<Vec<_>>().join(" "))),
        _ => {
            c.fail("address.street", "required");
            None
        }
    };
    let house = c.text("address.house", &a.house, 20);
    let flat = c.optional("address.flat", &a.flat, 20);

    let phone = c.text("phone", &form.phone, 30).and_then(|p| {
        let digits: String = p.chars().filter(char::is_ascii_digit).collect();
        let allowed = p
            .chars()
            .all(|x| x.is_ascii_digit() || matches!(x, '+' | ' ' | '-' | '(' | ')'));
        if allowed && (9..=15).contains(&digits.len()) {
            Some(p)
        } else {
            c.fail("phone", "format");
            None
        }
    });
    let benefit_code = c.text("benefit_code", &form.benefit_code, 64);
    if form.consent != Some(true) {
        c.fail("consent", "required");
    }

    if !c.0.is_empty() {
        return Err(c.0);
    }
    // Every `None` above pushed an error, so these are all present.
    let missing = Vec::new;
    Ok(Valid {
        email,
        language: language.ok_or_else(missing)?,
        child: child.ok_or_else(missing)?,
        relation: relation.ok_or_else(missing)?,
        parent: parent.ok_or_else(missing)?,
        passport_series: series.ok_or_else(missing)?,
        passport_number: number.ok_or_else(missing)?,
        passport_issued_by: issued_by.ok_or_else(missing)?,
        passport_issued_on: issued_on.ok_or_else(missing)?,
        district_id: district_id.ok_or_else(missing)?,
        street: street.ok_or_else(missing)?,
        house: house.ok_or_else(missing)?,
        flat,
        phone: phone.ok_or_else(missing)?,
        benefit_code: benefit_code.ok_or_else(missing)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
    }

    fn good() -> ApplicationForm {
        serde_json::from_value(serde_json::json!({
            "email": " Parent@Example.KG ",
            "language": "ky",
            "child": { "personal_number": "12003202200011", "surname": "Асанова",
                       "given_name": "Айпери" },
            "parent": { "relation": "mother", "personal_number": "11505199000021",
                        "surname": "Асанова", "given_name": "Гульнара", "patronymic": "Бакытовна",
                        "passport": { "series": "id", "number": "1234567",
                                      "issued_by": "МКК 211041", "issued_on": "2020-05-04" } },
            "address": { "district_id": 7, "street": "  Ленина  ", "house": "12" },
            "phone": "+996 555 12 34 56",
            "benefit_code": "orphan",
            "consent": true,
        }))
        .unwrap()
    }

    fn fields(form: &ApplicationForm, rule: EmailRule) -> Vec<(String, &'static str)> {
        validate(form, today(), rule)
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| (e.field, e.reason))
            .collect()
    }

    #[test]
    fn a_good_form_passes_cleaned() {
        let v = validate(&good(), today(), EmailRule::Required).unwrap();
        assert_eq!(v.email.as_deref(), Some("parent@example.kg"));
        assert_eq!(v.passport_series, "ID");
        assert_eq!(v.street, StreetRef::Name("Ленина".into()));
        assert_eq!(v.parent.patronymic.as_deref(), Some("Бакытовна"));
        assert_eq!(v.parent.full_name(), "Асанова Гульнара Бакытовна");
        assert_eq!(v.child.patronymic, None);
        assert_eq!(
            v.child.number.birth_date(),
            NaiveDate::from_ymd_opt(2022, 3, 20).unwrap()
        );
        assert_eq!(v.address_line("Ленина"), "Ленина, 12");
    }

    #[test]
    fn the_office_may_leave_the_email_out_but_not_mistype_it() {
        let mut form = good();
        form.email = Some("  ".into());
        let v = validate(&form, today(), EmailRule::Optional).unwrap();
        assert_eq!(v.email, None);
        assert_eq!(
            fields(&form, EmailRule::Required),
            vec![("email".to_owned(), "required")]
        );
        form.email = Some("parent@".into());
        assert_eq!(
            fields(&form, EmailRule::Optional),
            vec![("email".to_owned(), "format")]
        );
    }

    #[test]
    fn an_empty_form_names_every_required_field() {
        let got = fields(&ApplicationForm::default(), EmailRule::Required);
        for f in [
            "email",
            "language",
            "child.personal_number",
            "child.surname",
            "child.given_name",
            "parent.relation",
            "parent.personal_number",
            "parent.passport.series",
            "parent.passport.number",
            "parent.passport.issued_by",
            "parent.passport.issued_on",
            "address.district_id",
            "address.street",
            "address.house",
            "phone",
            "benefit_code",
            "consent",
        ] {
            assert!(
                got.contains(&(f.to_owned(), "required")),
                "{f} missing from {got:?}"
            );
        }
        assert!(!got.iter().any(|(f, _)| f.ends_with("patronymic")));
    }

    #[test]
    fn each_bad_field_has_its_reason() {
        type Case = (fn(&mut ApplicationForm), &'static str, &'static str);
        let cases: Vec<Case> = vec![
            (
                |f| f.email = Some("not-an-address".into()),
                "email",
                "format",
            ),
            (|f| f.language = Some("de".into()), "language", "unknown"),
            (
                |f| f.child.personal_number = Some("1200320220001".into()),
                "child.personal_number",
                "length",
            ),
            (
                |f| f.child.personal_number = Some("32003202200011".into()),
                "child.personal_number",
                "sex_digit",
            ),
            (
                |f| f.child.personal_number = Some("12003202700011".into()),
                "child.personal_number",
                "birth_date_in_future",
            ),
            (
                |f| f.child.surname = Some("Асанова2".into()),
                "child.surname",
                "invalid_characters",
            ),
            (
                |f| f.parent.relation = Some("aunt".into()),
                "parent.relation",
                "unknown",
            ),
            (
                |f| {
                    f.parent.person.personal_number = Some("12003202200011".into());
                    f.parent.passport.issued_on = Some("2023-01-01".into());
                },
                "parent.personal_number",
                "same_as_child",
            ),
            (
                |f| f.parent.passport.issued_on = Some("04.05.2020".into()),
                "parent.passport.issued_on",
                "format",
            ),
            (
                |f| f.parent.passport.issued_on = Some("2027-01-01".into()),
                "parent.passport.issued_on",
                "in_future",
            ),
            (
                |f| f.parent.passport.issued_on = Some("1980-01-01".into()),
                "parent.passport.issued_on",
                "before_birth",
            ),
            (
                |f| f.parent.passport.number = Some("12AB".into()),
                "parent.passport.number",
                "format",
            ),
            (
                |f| f.address.house = Some("1".repeat(21)),
                "address.house",
                "too_long",
            ),
            (|f| f.phone = Some("call me".into()), "phone", "format"),
            (|f| f.consent = Some(false), "consent", "required"),
        ];
        for (change, field, reason) in cases {
            let mut form = good();
            change(&mut form);
            assert_eq!(
                fields(&form, EmailRule::Required),
                vec![(field.to_owned(), reason)],
                "{field} {reason}"
            );
        }
    }
}
