//! The sample documents of the crate (Kazakh and Kyrgyz names with әғқңөұүһі, ңөү) are the
//! fixtures: one set of data for the CLI's `document sample` and for these tests.

pub use kezek_documents::sample::{
    child_card, direction, protocol, registration_notice, voucher_contract, CHILDREN,
};

pub const LANGS: [&str; 4] = kezek_i18n::LANGUAGES;
