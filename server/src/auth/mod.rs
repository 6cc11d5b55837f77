//! Authentication: password hashes, session tokens, login throttling and the extractor that
//! turns a bearer token into a [`Caller`].

pub mod caller;
pub mod login;
pub mod password;
pub mod throttle;
pub mod token;

pub use caller::Caller;
