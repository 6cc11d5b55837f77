//! How people are named and reached: the full name as documents and lists print it, and the
//! plausibility check of an e-mail address that every form shares (the desktop's and the
//! server's, so both refuse the same addresses).

/// "Surname Given Patronymic", without an empty patronymic.
pub fn full_name(surname: &str, given: &str, patronymic: Option<&str>) -> String {
    let mut s = format!("{surname} {given}");
    if let Some(p) = patronymic.filter(|p| !p.is_empty()) {
        s.push(' ');
        s.push_str(p);
    }
    s
}

/// One `@`, something before it, a dotted domain after it, no spaces: enough to catch a typo,
/// not a validator of RFC 5322 (the mail relay is the judge).
pub fn plausible_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !email.chars().any(char::is_whitespace)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_names_skip_an_empty_patronymic() {
        assert_eq!(full_name("Асанов", "Бакыт", None), "Асанов Бакыт");
        assert_eq!(full_name("Асанов", "Бакыт", Some("")), "Асанов Бакыт");
        assert_eq!(
            full_name("Асанов", "Бакыт", Some("Жумабекович")),
            "Асанов Бакыт Жумабекович"
        );
    }

    #[test]
    fn emails_as_people_type_them() {
        for ok in ["a@b.kg", "aigul.t@bishkek.gov.kg", "aigul@mail.kg"] {
            assert!(plausible_email(ok), "{ok}");
        }
        for bad in [
            "", "a@", "@b.kg", "a@b", "a b@c.kg", "a@@b.kg", "a@b..kg", "a@.kg", "a@b.kg.",
        ] {
            assert!(!plausible_email(bad), "{bad:?}");
        }
    }
}
