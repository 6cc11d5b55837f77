//! Localisation for the Rust side of Kezek, from the same `locales/*.ftl` files as the UI.
//!
//! ru is the reference language; a message missing in another language falls back to ru, and
//! the completeness test below keeps that from happening in a release.

pub use fluent_bundle::FluentArgs;
use fluent_bundle::{FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The reference language and the others that must be complete.
pub const REFERENCE: &str = "ru";
pub const LANGUAGES: [&str; 4] = ["ru", "kk", "ky", "en"];

/// The `.ftl` sources of one language: (file name, text).
pub fn sources(lang: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    embedded::FILES
        .iter()
        .filter(move |(l, _, _)| *l == lang)
        .map(|(_, name, text)| (*name, *text))
}

/// Formats messages in one language, falling back to the reference language.
pub struct Localizer {
    bundles: Vec<FluentBundle<FluentResource>>,
}

fn bundle(lang: &str) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    // Documents and terminals must not carry invisible bidi isolation marks.
    bundle.set_use_isolating(false);
    for (name, text) in sources(lang) {
        let res = FluentResource::try_new(text.to_string())
            .unwrap_or_else(|(_, errors)| panic!("locales/{lang}/{name}: {errors:?}"));
        bundle
            .add_resource(res)
            .unwrap_or_else(|e| panic!("locales/{lang}/{name}: {e:?}"));
    }
    bundle
}

impl Localizer {
    /// A localizer for `lang` (unknown languages get the reference language).
    pub fn new(lang: &str) -> Self {
        let lang = if LANGUAGES.contains(&lang) {
            lang
        } else {
            REFERENCE
        };
        let mut bundles = vec![bundle(lang)];
        if lang != REFERENCE {
            bundles.push(bundle(REFERENCE));
        }
        Self { bundles }
    }

    /// The formatted message, or its id when no language has it.
    pub fn message(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for b in &self.bundles {
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                return b.format_pattern(pattern, args, &mut errors).into_owned();
            }
        }
        id.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast::{Entry, Resource};
    use std::collections::BTreeSet;

    /// Message ids (with their attributes as `id.attr`) of one language.
    fn ids(lang: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for (name, text) in sources(lang) {
            let res: Resource<&str> = fluent_syntax::parser::parse(text)
                .unwrap_or_else(|(_, e)| panic!("locales/{lang}/{name} does not parse: {e:?}"));
            for entry in res.body {
                let (id, attrs) = match entry {
                    Entry::Message(m) => (m.id.name.to_string(), m.attributes),
                    Entry::Term(t) => (format!("-{}", t.id.name), t.attributes),
                    _ => continue,
                };
                for a in attrs {
                    out.insert(format!("{id}.{}", a.id.name));
                }
                assert!(out.insert(id.clone()), "locales/{lang}: {id} defined twice");
            }
        }
        out
    }

    #[test]
    fn every_language_has_every_message_of_the_reference() {
        let reference = ids(REFERENCE);
        assert!(
            reference.len() > 50,
            "the reference has only {} ids",
            reference.len()
        );
        for lang in LANGUAGES {
            let mine = ids(lang);
            let missing: Vec<_> = reference.difference(&mine).collect();
            assert!(missing.is_empty(), "locales/{lang} lacks {missing:?}");
            let extra: Vec<_> = mine.difference(&reference).collect();
            assert!(
                extra.is_empty(),
                "locales/{lang} has ids ru lacks: {extra:?}"
            );
        }
    }

    #[test]
    fn formats_with_fallback_and_arguments() {
        let kk = Localizer::new("kk");
        assert_ne!(kk.message("app-title", None), "app-title");
        let mut args = FluentArgs::new();
        args.set("count", 3);
        let text = Localizer::new("ru").message("journal-total", Some(&args));
        assert!(text.contains('3'), "{text}");
        assert_eq!(
            Localizer::new("ru").message("no-such-id", None),
            "no-such-id"
        );
    }
}
