//! Running the server: logging, the schema check, the listener, graceful shutdown.

use crate::config::Config;
use crate::db::{self, DbError};
use crate::mail::sender::{self, MailError, Mailer};
use crate::routes;
use crate::state::{AppState, Clock};
use std::future::Future;
use tokio::net::TcpListener;

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: std::net::SocketAddr,
        source: std::io::Error,
    },
    #[error("the server stopped: {0}")]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Mail(#[from] MailError),
}

/// How often the mailer looks at the outbox.
const MAIL_ROUND: std::time::Duration = std::time::Duration::from_secs(5);

/// Structured logs to stderr, filtered by the config's `log` (a `tracing` filter).
pub fn init_logging(filter: &str) {
    let filter = tracing_subscriber::EnvFilter::try_new(filter)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

/// `kezek-server serve`: refuses a schema that does not match this binary, then serves until
/// SIGINT or SIGTERM, letting requests in flight finish.
pub async fn serve(config: &Config) -> Result<(), ServeError> {
    tracing::info!(?config, "starting");
    let pool = db::connect(&config.database_url, config.db_max_connections).await?;
    db::require_current_schema(&pool).await?;
    let listener = TcpListener::bind(config.listen)
        .await
        .map_err(|source| ServeError::Bind {
            addr: config.listen,
            source,
        })?;
    let state = AppState::new(pool.clone(), Clock::system(), config.session_idle_days);
    let mailer = match &config.smtp_url {
        Some(url) => {
            let mailer = Mailer::new(url.expose(), &config.mail_from)?;
            Some(tokio::spawn(sender::run(
                mailer,
                pool.clone(),
                Clock::system(),
                MAIL_ROUND,
            )))
        }
        None => {
            tracing::warn!("no KEZEK_SMTP_URL: e-mails wait in the mail outbox");
            None
        }
    };
    tracing::info!(addr = %listener.local_addr()?, "listening");
    serve_on(listener, state, shutdown_signal()).await?;
    if let Some(task) = mailer {
        task.abort();
    }
    pool.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Serves the application on `listener` until `shutdown` completes (tests pass their own).
pub async fn serve_on(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, routes::router(state))
        .with_graceful_shutdown(shutdown)
        .await
}

/// Completes on SIGINT (Ctrl-C) or SIGTERM (what systemd and containers send).
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "no SIGTERM handler");
                std::future::pending::<()>().await
            }
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => tracing::info!("SIGINT: shutting down"),
        _ = term => tracing::info!("SIGTERM: shutting down"),
    }
}
