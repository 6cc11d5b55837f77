//! Normalisation of names for search.
//!
//! SQLite folds only ASCII case, so the store keeps search terms normalised here: lower case
//! in every script (Cyrillic with Kazakh әғқңөұүһі and Kyrgyz ңөү included) and ё folded to е,
//! as people type names either way.

/// The normalised form of one word or a whole name.
pub fn normalize(text: &str) -> String {
    text.trim()
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect()
}

/// The search terms of a name: each word (split on spaces and hyphens), normalised.
pub fn terms(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(normalize)
}

/// Whether a search string is a personal-number prefix (digits only, spaces allowed).
pub fn is_number_query(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == ' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_cyrillic_kazakh_and_kyrgyz_letters() {
        assert_eq!(normalize("ӘБІЛҚАЙЫР"), "әбілқайыр");
        assert_eq!(normalize("ҮҢӨҰҒҺ"), "үңөұғһ");
        assert_eq!(normalize("Фёдоров"), "федоров");
        assert_eq!(normalize(" Иванов "), "иванов");
    }

    #[test]
    fn splits_double_names_into_terms() {
        let t: Vec<_> = terms("Нұрлан-Әли  Бекұлы").collect();
        assert_eq!(t, ["нұрлан", "әли", "бекұлы"]);
    }

    #[test]
    fn recognises_number_queries() {
        assert!(is_number_query("9001 01"));
        assert!(!is_number_query("Ив"));
        assert!(!is_number_query("  "));
    }
}
