//! The roots a protocol's signature must chain to: loaded with `kezek-server trust FILE` (and by
//! tests), kept in `trusted_certificates`.

use crate::db::commission as db;
use chrono::{DateTime, Utc};
use kezek_signing::certificate::{certificates_in, fingerprint, is_self_signed};
use kezek_signing::{CertificateInfo, TrustList};
use sqlx::PgPool;

#[derive(Debug, thiserror::Error)]
pub enum TrustError {
    #[error("{0}")]
    Certificate(String),
    #[error("the file holds no root (self-signed CA) certificate")]
    NoRoot,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Adds the self-signed CA certificates of a PEM or DER file (intermediates travel inside the
/// signatures). Returns each root's subject and whether it was new.
pub async fn add_roots(
    pool: &PgPool,
    file: &[u8],
    now: DateTime<Utc>,
) -> Result<Vec<(String, bool)>, TrustError> {
    let ders = certificates_in(file).map_err(|e| TrustError::Certificate(e.to_string()))?;
    let mut added = Vec::new();
    for der in ders.into_iter().filter(|d| is_self_signed(d)) {
        let info =
            CertificateInfo::from_der(&der).map_err(|e| TrustError::Certificate(e.to_string()))?;
        if !info.is_ca {
            continue;
        }
        TrustList::from_der(vec![der.clone()])
            .map_err(|e| TrustError::Certificate(e.to_string()))?;
        let new = db::add_trusted_root(pool, &fingerprint(&der), &der, &info.subject, now).await?;
        added.push((info.subject, new));
    }
    if added.is_empty() {
        return Err(TrustError::NoRoot);
    }
    Ok(added)
}
