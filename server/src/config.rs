//! Server configuration: an optional TOML file, then `KEZEK_*` environment variables on top.
//!
//! Secrets never reach a log: the database URL's `Debug` hides its password, and [`Secret`] hides
//! whatever it holds. The whole [`Config`] is safe to log with `{:?}`.

use serde::Deserialize;
use std::fmt;
use std::net::SocketAddr;
use std::path::Path;

pub const DEFAULT_LISTEN: &str = "127.0.0.1:8750";
pub const DEFAULT_DATABASE_URL: &str = "postgres://postgres@127.0.0.1:5432/kezek";

/// A value that must not be printed. `Debug` and `Display` show `[redacted]`.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }
    /// The value itself, for the one place that needs it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// A PostgreSQL URL; it may carry a password (in the user part or as `?password=`).
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct DatabaseUrl(Secret);

impl DatabaseUrl {
    pub fn new(url: impl Into<String>) -> Self {
        DatabaseUrl(Secret::new(url))
    }
    pub fn expose(&self) -> &str {
        self.0.expose()
    }
    /// The URL with every password replaced, fit for logs and error messages.
    pub fn redacted(&self) -> String {
        let Ok(mut url) = url::Url::parse(self.expose()) else {
            // Unparseable: say nothing of it rather than risk printing a password.
            return "[unparseable database URL]".to_owned();
        };
        if url.password().is_some() {
            let _ = url.set_password(Some("REDACTED"));
        }
        if url.query().is_some() {
            let pairs: Vec<(String, String)> = url
                .query_pairs()
                .map(|(k, v)| {
                    let v = if k.eq_ignore_ascii_case("password") {
                        "REDACTED".to_owned()
                    } else {
                        v.into_owned()
                    };
                    (k.into_owned(), v)
                })
                .collect();
            url.query_pairs_mut().clear().extend_pairs(pairs);
        }
        url.to_string()
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.redacted())
    }
}

/// Everything the server reads at start.
#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: DatabaseUrl,
    pub listen: SocketAddr,
    /// A `tracing` filter (`info`, `kezek_server=debug,sqlx=warn`, ...).
    pub log: String,
    pub db_max_connections: u32,
    /// A device session unused for this many days must log in again.
    pub session_idle_days: u32,
    /// The SMTP relay for the families' e-mails (`smtp://[user:password@]host[:port]`); none
    /// keeps them in the outbox.
    pub smtp_url: Option<Secret>,
    /// The sender of those e-mails.
    pub mail_from: String,
}

pub const DEFAULT_MAIL_FROM: &str = "Kezek <no-reply@kezek.local>";

/// The file's shape: every key optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    database_url: Option<DatabaseUrl>,
    listen: Option<String>,
    log: Option<String>,
    db_max_connections: Option<u32>,
    session_idle_days: Option<u32>,
    smtp_url: Option<Secret>,
    mail_from: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read the config file {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("the config file {path} is not valid: {message}")]
    Parse { path: String, message: String },
    #[error("{name}: {message}")]
    Value { name: String, message: String },
}

impl Config {
    /// Reads `file` (if given), then the environment through `env` (so tests pass a map).
    pub fn load(
        file: Option<&Path>,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Config, ConfigError> {
        let from_file = match file {
            None => FileConfig::default(),
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
                    path: path.display().to_string(),
                    source,
                })?;
                // toml's message quotes the offending line, which may hold the password: keep
                // only the first line of it (the position and the kind of error).
                toml::from_str(&text).map_err(|e| ConfigError::Parse {
                    path: path.display().to_string(),
                    message: e.message().to_owned(),
                })?
            }
        };

        let database_url = env("KEZEK_DATABASE_URL")
            .or_else(|| env("DATABASE_URL"))
            .map(DatabaseUrl::new)
            .or(from_file.database_url)
            .unwrap_or_else(|| DatabaseUrl::new(DEFAULT_DATABASE_URL));
        let listen = env("KEZEK_LISTEN")
            .or(from_file.listen)
            .unwrap_or_else(|| DEFAULT_LISTEN.to_owned());
        let listen = listen.parse().map_err(|_| ConfigError::Value {
            name: "listen".into(),
            message: format!("{listen:?} is not an address like 127.0.0.1:8750"),
        })?;
        let log = env("KEZEK_LOG")
            .or(from_file.log)
            .unwrap_or_else(|| "info".to_owned());
        let db_max_connections = number(env, "KEZEK_DB_MAX_CONNECTIONS")?
            .or(from_file.db_max_connections)
            .unwrap_or(10);
        let session_idle_days = number(env, "KEZEK_SESSION_IDLE_DAYS")?
            .or(from_file.session_idle_days)
            .unwrap_or(30);
        let smtp_url = env("KEZEK_SMTP_URL")
            .map(Secret::new)
            .or(from_file.smtp_url);
        let mail_from = env("KEZEK_MAIL_FROM")
            .or(from_file.mail_from)
            .unwrap_or_else(|| DEFAULT_MAIL_FROM.to_owned());
        Ok(Config {
            smtp_url,
            mail_from,
            database_url,
            listen,
            log,
            db_max_connections,
            session_idle_days,
        })
    }

    /// `load` with the process environment.
    pub fn from_env(file: Option<&Path>) -> Result<Config, ConfigError> {
        Self::load(file, &|name| std::env::var(name).ok())
    }
}

fn number(env: &dyn Fn(&str) -> Option<String>, name: &str) -> Result<Option<u32>, ConfigError> {
    env(name)
        .map(|v| {
            v.trim().parse().map_err(|_| ConfigError::Value {
                name: name.into(),
                message: format!("{v:?} is not a whole number"),
            })
        })
        .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| map.get(k).cloned()
    }

    #[test]
    fn defaults_without_file_or_environment() {
        let c = Config::load(None, &env(&[])).unwrap();
        assert_eq!(c.listen.to_string(), DEFAULT_LISTEN);
        assert_eq!(c.database_url.expose(), DEFAULT_DATABASE_URL);
        assert_eq!(c.session_idle_days, 30);
    }

    #[test]
    fn environment_overrides_the_file() {
        let dir = std::env::temp_dir().join(format!("kezek-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("server.toml");
        std::fs::write(
            &file,
            "database_url = \"postgres://file@db/kezek\"\nlisten = \"0.0.0.0:9000\"\nlog = \"debug\"\n",
        )
        .unwrap();
        let c = Config::load(
            Some(&file),
            &env(&[("KEZEK_LISTEN", "127.0.0.1:9100"), ("KEZEK_LOG", "warn")]),
        )
        .unwrap();
        assert_eq!(c.listen.to_string(), "127.0.0.1:9100", "env wins over file");
        assert_eq!(c.log, "warn");
        assert_eq!(c.database_url.expose(), "postgres://file@db/kezek");
        let c = Config::load(
            Some(&file),
            &env(&[("KEZEK_DATABASE_URL", "postgres://env@db/kezek")]),
        )
        .unwrap();
        assert_eq!(c.database_url.expose(), "postgres://env@db/kezek");
        assert_eq!(
            c.listen.to_string(),
            "0.0.0.0:9000",
            "file wins over default"
        );
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn bad_values_are_named() {
        let e = Config::load(None, &env(&[("KEZEK_LISTEN", "nowhere")])).unwrap_err();
        assert!(e.to_string().contains("listen"), "{e}");
        let e = Config::load(None, &env(&[("KEZEK_SESSION_IDLE_DAYS", "soon")])).unwrap_err();
        assert!(e.to_string().contains("KEZEK_SESSION_IDLE_DAYS"), "{e}");
    }

    #[test]
    fn debug_output_never_shows_a_password() {
        for url in [
            "postgres://kezek:S3cret-pw@db.example:5432/kezek",
            "postgres://kezek@db.example/kezek?password=S3cret-pw&sslmode=require",
            "postgres://kezek:S3cret-pw@[not a url",
        ] {
            let c = Config::load(None, &env(&[("KEZEK_DATABASE_URL", url)])).unwrap();
            let shown = format!("{c:?} {:?} {}", c.database_url, c.database_url.redacted());
            assert!(!shown.contains("S3cret-pw"), "password leaked: {shown}");
        }
        let c = Config::load(
            None,
            &env(&[("KEZEK_DATABASE_URL", "postgres://kezek:S3cret-pw@db/kezek")]),
        )
        .unwrap();
        assert!(
            format!("{c:?}").contains("postgres://kezek:REDACTED@db/kezek"),
            "the rest of the URL stays readable: {c:?}"
        );
        let s = Secret::new("token-key");
        assert_eq!(format!("{s:?} {s}"), "[redacted] [redacted]");
    }

    #[test]
    fn a_file_parse_error_does_not_echo_the_file() {
        let dir = std::env::temp_dir().join(format!("kezek-config-bad-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("server.toml");
        std::fs::write(
            &file,
            "database_url = \"postgres://u:S3cret-pw@db/x\" junk\n",
        )
        .unwrap();
        let e = Config::load(Some(&file), &env(&[])).unwrap_err();
        assert!(!format!("{e} {e:?}").contains("S3cret-pw"), "{e}");
        std::fs::remove_dir_all(&dir).ok();
    }
}
