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

/// The Cyrillic alphabets of the three languages merged in one order: Russian letters keep
/// their order, and Kazakh and Kyrgyz letters stand where their alphabets put them
/// (ә after а, ғ after г, қ after к, ң after н, ө after о, ұ and ү after у, һ after х, і after ы).
const ALPHABET: &str = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";

/// A key that sorts names alphabetically for Russian, Kazakh and Kyrgyz alike, where SQLite's
/// code-point order would put every Kazakh letter after я. Letters of [`ALPHABET`] map to
/// private-use code points in alphabet order (after all Latin letters and digits); other
/// characters stay as they are.
pub fn sort_key(text: &str) -> String {
    normalize(text)
        .chars()
        .map(|c| match rank(c) {
            Some(i) => char::from_u32(0xE000 + u32::from(i)).expect("private-use code point"),
            None => c,
        })
        .collect()
}

/// The place of a letter in [`ALPHABET`], by a table over the Cyrillic block (U+0400..U+04FF).
fn rank(c: char) -> Option<u8> {
    static RANKS: std::sync::OnceLock<[u8; 256]> = std::sync::OnceLock::new();
    let ranks = RANKS.get_or_init(|| {
        let mut table = [u8::MAX; 256];
        for (i, a) in ALPHABET.chars().enumerate() {
            table[(a as u32 - 0x400) as usize] = i as u8;
        }
        table
    });
    let offset = (c as u32).checked_sub(0x400).filter(|o| *o < 256)?;
    Some(ranks[offset as usize]).filter(|r| *r != u8::MAX)
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
    fn sort_keys_follow_the_kazakh_and_kyrgyz_alphabets() {
        let mut names = vec![
            "Яковлев",
            "Өмүрзаков",
            "Оспанов",
            "Әбілов",
            "Ахметов",
            "Үсенов",
            "Ұлан",
            "Усов",
            "Ким",
        ];
        names.sort_by_key(|n| sort_key(n));
        assert_eq!(
            names,
            [
                "Ахметов",
                "Әбілов",
                "Ким",
                "Оспанов",
                "Өмүрзаков",
                "Усов",
                "Ұлан",
                "Үсенов",
                "Яковлев"
            ]
        );
        assert_eq!(
            sort_key("Фёдоров"),
            sort_key("федоров"),
            "case and ё fold as in search"
        );
    }

    #[test]
    fn recognises_number_queries() {
        assert!(is_number_query("9001 01"));
        assert!(!is_number_query("Ив"));
        assert!(!is_number_query("  "));
    }
}
