//! Every code the workflows of `kezek-domain` emit has a message in every language: refusals
//! (`error-<code>`), history actions (`history-action-<code>`), notifications
//! (`notification-<code>`), reasons, decisions, documents and the states of every machine.
//!
//! The codes come from the `ALL_CODES` lists that the domain generates together with each
//! `code()` (one table, one exhaustive `match`), so a new variant cannot skip this check.
//! `workflow.ftl` must also hold nothing but these ids, and every language must use the
//! variables of the Russian reference, so that a renamed code or a mistyped `$variable`
//! does not slip through either.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use kezek_domain::workflow::contract::{ContractDocument, ContractState};
use kezek_domain::workflow::direction::DirectionState;
use kezek_domain::workflow::protocol::{Decision, ProtocolState};
use kezek_domain::workflow::queue_application::QueueState;
use kezek_domain::workflow::special_voucher::{ArchiveReason, SpecialVoucherState};
use kezek_domain::workflow::voucher_kg::VoucherKgState;
use kezek_domain::workflow::{
    AnnulmentReason, DomainError, Event, NotificationKind, RemovalReason,
};
use kezek_i18n::{sources, FluentArgs, Localizer, LANGUAGES, REFERENCE};
use std::collections::{BTreeMap, BTreeSet};

/// (locale id prefix, codes): the id of a code is `<prefix>-<code>`.
fn code_lists() -> Vec<(&'static str, &'static [&'static str])> {
    vec![
        ("error", DomainError::ALL_CODES),
        ("history-action", Event::ALL_CODES),
        ("notification", NotificationKind::ALL_CODES),
        ("removal-reason", RemovalReason::ALL_CODES),
        ("annulment-reason", AnnulmentReason::ALL_CODES),
        ("decision", Decision::ALL_CODES),
        ("archive-reason", ArchiveReason::ALL_CODES),
        ("contract-document", ContractDocument::ALL_CODES),
        ("queue-state", QueueState::ALL_CODES),
        ("direction-state", DirectionState::ALL_CODES),
        ("voucher-kg-state", VoucherKgState::ALL_CODES),
        ("special-voucher-state", SpecialVoucherState::ALL_CODES),
        ("protocol-state", ProtocolState::ALL_CODES),
        ("contract-state", ContractState::ALL_CODES),
    ]
}

fn expected_ids() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for (prefix, codes) in code_lists() {
        assert!(!codes.is_empty(), "{prefix}: no codes");
        for code in codes {
            assert!(
                ids.insert(format!("{prefix}-{code}")),
                "{prefix}-{code} twice"
            );
        }
    }
    ids
}

/// A message of one language: the file it is in and the variables its value uses.
struct Message {
    file: &'static str,
    variables: BTreeSet<String>,
}

fn variables_of(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_of_expression(expression, out);
        }
    }
}

fn variables_of_expression(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => variables_of_inline(inline, out),
        Expression::Select { selector, variants } => {
            variables_of_inline(selector, out);
            for variant in variants {
                variables_of(&variant.value, out);
            }
        }
    }
}

fn variables_of_inline(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                variables_of_inline(arg, out);
            }
        }
        InlineExpression::Placeable { expression } => variables_of_expression(expression, out),
        _ => {}
    }
}

/// Messages with a value, by id, of every file of one language.
fn messages(lang: &str) -> BTreeMap<String, Message> {
    let mut out = BTreeMap::new();
    for (file, text) in sources(lang) {
        let resource = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, e)| panic!("locales/{lang}/{file} does not parse: {e:?}"));
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut variables = BTreeSet::new();
                let Some(value) = &m.value else { continue };
                variables_of(value, &mut variables);
                out.insert(m.id.name.to_string(), Message { file, variables });
            }
        }
    }
    out
}

#[test]
fn every_language_has_a_message_for_every_workflow_code() {
    let expected = expected_ids();
    for lang in LANGUAGES {
        let messages = messages(lang);
        let missing: Vec<_> = expected
            .iter()
            .filter(|id| !messages.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "locales/{lang} lacks {missing:?}");
    }
}

#[test]
fn workflow_ftl_holds_only_workflow_codes() {
    let expected = expected_ids();
    for lang in LANGUAGES {
        let messages = messages(lang);
        let stray: Vec<_> = messages
            .iter()
            .filter(|(id, m)| m.file == "workflow.ftl" && !expected.contains(*id))
            .map(|(id, _)| id)
            .collect();
        assert!(
            stray.is_empty(),
            "locales/{lang}/workflow.ftl has ids no workflow code names: {stray:?}"
        );
    }
}

#[test]
fn every_language_uses_the_variables_of_the_reference() {
    let expected = expected_ids();
    let reference = messages(REFERENCE);
    for lang in LANGUAGES {
        let messages = messages(lang);
        for id in &expected {
            let (Some(mine), Some(theirs)) = (messages.get(id), reference.get(id)) else {
                continue; // reported by the completeness test
            };
            assert_eq!(
                mine.variables, theirs.variables,
                "locales/{lang}: {id} uses other variables than {REFERENCE}"
            );
        }
    }
}

#[test]
fn workflow_messages_format_with_their_data() {
    let mut args = FluentArgs::new();
    args.set("by", "Иванова А. Б.");
    let text = Localizer::new("ru").message("notification-special_queue_rejected", Some(&args));
    assert_eq!(
        text,
        "Ваша заявка на получение ваучера отклонена сотрудником: Иванова А. Б."
    );

    let mut args = FluentArgs::new();
    args.set("decision", Decision::Approved.code());
    for lang in LANGUAGES {
        let approved =
            Localizer::new(lang).message("notification-commission_decision", Some(&args));
        let mut rejected_args = FluentArgs::new();
        rejected_args.set("decision", Decision::Rejected.code());
        let rejected =
            Localizer::new(lang).message("notification-commission_decision", Some(&rejected_args));
        assert_ne!(approved, rejected, "{lang}: the decision does not select");
    }

    let mut args = FluentArgs::new();
    args.set("reason", AnnulmentReason::Refused.code());
    let refused = Localizer::new("en").message("notification-voucher_annulled", Some(&args));
    assert!(refused.contains("refused"), "{refused}");
}
