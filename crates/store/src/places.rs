//! Places in groups: the server's grants as the feed brings them, and this office's requests.
//!
//! Only the server grants a place (`place.grant`). Asking for one writes a **pending** row and
//! the outbox mutation in one transaction: the user sees "pending" at once, offline too. The
//! pending row then either becomes the granted row when the server's grant arrives by pull
//! (matched by this client's id and the mutation's sequence number), or goes away when the
//! server rejects the mutation, the outbox keeping the reason (see `outbox`). A pull never
//! touches other pending rows: they still count on top of the server's state.

use crate::outbox::{self, change};
use crate::{Actor, FieldChange, HistoryEvent, Store, StoreError};
use chrono::{DateTime, Utc};
use kezek_domain::{AnyPersonalNumber, PersonalNumber};
use kezek_sync::records::PlaceGrantRecord;
use kezek_sync::PlaceGrant;
use serde::{Deserialize, Serialize};
use sqlx::SqliteConnection;
use ts_rs::TS;

/// Whose place to ask for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlaceFor {
    /// The child of this local application.
    Application(i64),
    /// A child by IIN or PIN.
    Child(String),
}

/// A place as lists show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, sqlx::FromRow)]
#[ts(export)]
pub struct PlaceEntry {
    #[ts(type = "number")]
    pub id: i64,
    /// "pending" (asked for here, no grant yet) or "granted".
    pub state: String,
    #[ts(type = "number")]
    pub group_id: i64,
    pub child_personal_number: String,
    #[ts(type = "number | null")]
    pub seat: Option<i64>,
    /// Granted: when the server granted it (UTC, RFC 3339). Pending: when it was asked for.
    pub at: String,
    /// Granted: the login that granted it. Pending: the login that asked.
    pub by_user: String,
    /// The outbox mutation, when this office asked for it.
    #[ts(type = "number | null")]
    pub outbox_seq: Option<i64>,
    /// Pending only: the server accepted the request and its grant has not arrived yet.
    pub accepted: bool,
}

const ENTRY: &str = "SELECT p.id, p.state, p.group_id, p.child_personal_number, p.seat, p.at, \
     p.by_user, p.outbox_seq, (p.state = 'pending' AND o.state IS 'accepted') AS accepted \
     FROM place_grants p LEFT JOIN outbox o ON o.seq = p.outbox_seq";

impl Store {
    /// Asks the server for a place for a child in a group: a pending place and the `place.grant`
    /// mutation, in one transaction, with a history event. Refused (`InvalidInput`) when the
    /// child already holds or awaits a place in the group; `NotFound` for an unknown group or
    /// application.
    pub async fn request_place(
        &self,
        child: PlaceFor,
        group_id: i64,
        actor: &Actor,
        made_at: DateTime<Utc>,
    ) -> Result<PlaceEntry, StoreError> {
        let mut tx = self.write.begin().await?;
        outbox::ensure_sync_state(&mut tx, &self.device_id).await?;
        let group: Option<String> = sqlx::query_scalar("SELECT name FROM groups WHERE id = ?")
            .bind(group_id)
            .fetch_optional(&mut *tx)
            .await?;
        let group = group.ok_or(StoreError::NotFound("group"))?;
        let (number, application) = match child {
            PlaceFor::Application(id) => {
                let number: String =
                    sqlx::query_scalar("SELECT child_number FROM applications WHERE id = ?")
                        .bind(id)
                        .fetch_optional(&mut *tx)
                        .await?
                        .ok_or(StoreError::NotFound("application"))?;
                (number, Some(id))
            }
            PlaceFor::Child(text) => {
                let number = AnyPersonalNumber::parse(&text)
                    .map_err(|e| StoreError::InvalidInput(format!("{text:?}: {e}")))?;
                let number = number.as_str().to_owned();
                let application = application_of_child(&mut tx, &number).await?;
                (number, application)
            }
        };
        let held: Option<String> = sqlx::query_scalar(
            "SELECT state FROM place_grants WHERE group_id = ? AND child_personal_number = ?",
        )
        .bind(group_id)
        .bind(&number)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(state) = held {
            return Err(StoreError::InvalidInput(format!(
                "the child {number} already has a {state} place in group «{group}»"
            )));
        }
        let args = PlaceGrant {
            group_id,
            child_personal_number: number.clone(),
        }
        .to_args();
        let seq =
            outbox::append(&mut tx, PlaceGrant::NAME, &args, made_at, &actor.user_name).await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO place_grants (state, outbox_seq, group_id, child_personal_number, at, \
             by_user) VALUES ('pending', ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(seq as i64)
        .bind(group_id)
        .bind(&number)
        .bind(made_at.to_rfc3339())
        .bind(&actor.user_name)
        .fetch_one(&mut *tx)
        .await?;
        record_place_event(
            &mut tx,
            self,
            actor,
            application,
            id,
            "place_requested",
            vec![
                change("group", None, Some(group)),
                change("place", None, Some("pending".into())),
            ],
        )
        .await?;
        let entry = entry(&mut tx, id).await?;
        tx.commit().await?;
        Ok(entry)
    }

    /// The places of a group, granted ones by seat, then the pending ones.
    pub async fn places_of_group(&self, group_id: i64) -> Result<Vec<PlaceEntry>, StoreError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{ENTRY} WHERE p.group_id = ? ORDER BY p.state = 'pending', p.seat, p.id"
        )))
        .bind(group_id)
        .fetch_all(&self.read)
        .await?)
    }

    /// The places of an application's child, in every group.
    pub async fn places_of_application(
        &self,
        application_id: i64,
    ) -> Result<Vec<PlaceEntry>, StoreError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{ENTRY} WHERE p.child_personal_number = \
             (SELECT child_number FROM applications WHERE id = ?) ORDER BY p.id"
        )))
        .bind(application_id)
        .fetch_all(&self.read)
        .await?)
    }

    /// The places of a child (by IIN or PIN, digits only), in every group.
    pub async fn places_of_child(
        &self,
        personal_number: &str,
    ) -> Result<Vec<PlaceEntry>, StoreError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{ENTRY} WHERE p.child_personal_number = ? ORDER BY p.id"
        )))
        .bind(personal_number)
        .fetch_all(&self.read)
        .await?)
    }
}

async fn entry(conn: &mut SqliteConnection, id: i64) -> Result<PlaceEntry, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{ENTRY} WHERE p.id = ?")))
        .bind(id)
        .fetch_one(conn)
        .await
}

/// The newest local application of a child, for the history.
async fn application_of_child(
    conn: &mut SqliteConnection,
    number: &str,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT MAX(id) FROM applications WHERE child_number = ?")
        .bind(number)
        .fetch_one(conn)
        .await
}

/// The server rejected the place request of outbox `seq`: its pending place goes away.
pub(crate) async fn undo_request(
    conn: &mut SqliteConnection,
    store: &Store,
    seq: u64,
    code: &str,
    detail: &str,
    actor: &Actor,
) -> Result<(), sqlx::Error> {
    let removed: Option<(i64, String)> = sqlx::query_as(
        "DELETE FROM place_grants WHERE outbox_seq = ? AND state = 'pending' \
         RETURNING id, child_personal_number",
    )
    .bind(seq as i64)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some((id, number)) = removed {
        let application = application_of_child(&mut *conn, &number).await?;
        let changes = vec![
            change("place", Some("pending".into()), None),
            change("reason", None, Some(code.into())),
            change("detail", None, Some(detail.into())),
        ];
        let action = "place_request_rejected";
        record_place_event(conn, store, actor, application, id, action, changes).await?;
    }
    Ok(())
}

/// Applies a grant from the feed. Ours (this client's id and one of its sequence numbers) turns
/// its pending row into the grant; any other is upserted by the server's id.
pub(crate) async fn apply_grant(
    conn: &mut SqliteConnection,
    store: &Store,
    client_id: &str,
    g: &PlaceGrantRecord,
    actor: &Actor,
) -> Result<(), sqlx::Error> {
    let at = g.granted_at.to_rfc3339();
    let updated = sqlx::query(
        "UPDATE place_grants SET state = 'granted', group_id = ?, child_personal_number = ?, \
         seat = ?, at = ?, by_user = ?, client_id = ?, seq = ? WHERE server_id = ?",
    )
    .bind(g.group_id)
    .bind(&g.child_personal_number)
    .bind(g.seat)
    .bind(&at)
    .bind(&g.granted_by)
    .bind(&g.client_id)
    .bind(g.seq.map(|s| s as i64))
    .bind(g.id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if updated > 0 {
        return Ok(());
    }
    let ours = g.seq.filter(|_| g.client_id.as_deref() == Some(client_id));
    if let Some(seq) = ours {
        let pending: Option<i64> = sqlx::query_scalar(
            "UPDATE place_grants SET state = 'granted', server_id = ?, group_id = ?, \
             child_personal_number = ?, seat = ?, at = ?, by_user = ?, client_id = ?, seq = ? \
             WHERE outbox_seq = ? AND state = 'pending' RETURNING id",
        )
        .bind(g.id)
        .bind(g.group_id)
        .bind(&g.child_personal_number)
        .bind(g.seat)
        .bind(&at)
        .bind(&g.granted_by)
        .bind(client_id)
        .bind(seq as i64)
        .bind(seq as i64)
        .fetch_optional(&mut *conn)
        .await?;
        outbox::accept_seen_in_feed(&mut *conn, seq, actor.at).await?;
        if let Some(id) = pending {
            let application = application_of_child(&mut *conn, &g.child_personal_number).await?;
            let changes = vec![
                change("place", Some("pending".into()), Some("granted".into())),
                change("seat", None, Some(g.seat.to_string())),
            ];
            record_place_event(
                conn,
                store,
                actor,
                application,
                id,
                "place_granted",
                changes,
            )
            .await?;
            return Ok(());
        }
    }
    sqlx::query(
        "INSERT INTO place_grants (state, server_id, group_id, child_personal_number, seat, at, \
         by_user, client_id, seq) VALUES ('granted', ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(g.id)
    .bind(g.group_id)
    .bind(&g.child_personal_number)
    .bind(g.seat)
    .bind(&at)
    .bind(&g.granted_by)
    .bind(&g.client_id)
    .bind(g.seq.map(|s| s as i64))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A grant the feed says is gone.
pub(crate) async fn delete_grant(
    conn: &mut SqliteConnection,
    server_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM place_grants WHERE server_id = ?")
        .bind(server_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// A place event goes into the application's history when the child has a local application,
/// else under `place_grant` with the local place id.
async fn record_place_event(
    conn: &mut SqliteConnection,
    store: &Store,
    actor: &Actor,
    application: Option<i64>,
    place_id: i64,
    action: &str,
    changes: Vec<FieldChange>,
) -> Result<(), sqlx::Error> {
    let (entity, entity_id) = match application {
        Some(id) => ("application", id),
        None => ("place_grant", place_id),
    };
    crate::history::record(
        conn,
        &HistoryEvent {
            entity,
            entity_id: Some(entity_id),
            action: action.into(),
            at: actor.at,
            user_name: actor.user_name.clone(),
            device_id: store.device_id().to_owned(),
            changes,
        },
    )
    .await
}
