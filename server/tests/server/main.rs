//! Integration tests of kezek-server against a real PostgreSQL: one fresh database per test
//! (see `support`), the real router on a loopback port, HTTP through reqwest.

mod binary;
mod commission;
mod feedback;
mod intake;
mod login;
mod meals;
mod office_intake;
mod password;
mod pull;
mod schema;
mod scopes;
mod support;
mod sync;
mod users;
