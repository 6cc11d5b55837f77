//! Kezek's central server: accounts, roles and scopes, device sessions, reference data, on
//! PostgreSQL (the system of record), and sync: push (mutations applied exactly once, with the
//! server as the authority for places) and pull (the scoped change feed, verify/repair reads).
//!
//! Modules, one job each: `config` (file + `KEZEK_*`, redacted), `db` (pool, migrations, queries),
//! `scope` (the pure permission decision), `auth` (passwords, tokens, throttle, login, the bearer
//! extractor), `accounts` (the account service), `push` (pushed mutations, exactly once), `pull` (feed pages, inventory, fetch), `places`
//! (the `place.grant` mutation), `routes` (the HTTP surface, one `ROUTES` table), `serve`
//! (listener, logs, shutdown), `demo` (seed data), `cli` (the commands), `commission` (the voucher
//! commission's roster and protocols), `mail` (the families' e-mails: outbox and SMTP sender),
//! `feedback` (the offices' messages to the developers and administrators), `intake` (the
//! parents' portal: e-mail codes and voucher applications).

pub mod accounts;
pub mod auth;
pub mod cli;
pub mod commission;
pub mod config;
pub mod db;
pub mod demo;
pub mod error;
pub mod feedback;
pub mod intake;
pub mod mail;
pub mod places;
pub mod pull;
pub mod push;
pub mod routes;
pub mod scope;
pub mod serve;
pub mod smtp_sink;
pub mod state;
pub mod testing;
