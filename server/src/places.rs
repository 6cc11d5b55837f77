//! `place.grant`: the server is the authority for places. A grant is checked against the
//! caller's scope and the group's free seats under the group's lock, and the database's
//! constraints refuse a double grant even if that check were wrong.

use crate::auth::Caller;
use crate::db::history::{self, Event};
use crate::db::places::{self, GroupRow, Holder, NewGrant};
use crate::scope::{may, Action};
use chrono::{DateTime, Utc};
use kezek_domain::{AnyPersonalNumber, PersonalNumber};
use kezek_sync::{reject, Mutation, PlaceGrant, Verdict};
use sqlx::{Connection, PgConnection};

/// How many holders a "no free place" detail names (the newest; the rest are counted).
const NAMED_HOLDERS: usize = 5;

/// How often a grant that a constraint refused is tried again with a fresh read of the seats.
const ATTEMPTS: u32 = 3;

fn rejected(code: &str, detail: impl Into<String>) -> Verdict {
    Verdict::Rejected {
        code: code.into(),
        detail: detail.into(),
    }
}

/// The lowest seat in `1..=capacity` that nobody holds.
pub fn lowest_free_seat(capacity: i32, taken: impl IntoIterator<Item = i32>) -> Option<i32> {
    let mut held = vec![false; usize::try_from(capacity).unwrap_or(0)];
    for seat in taken {
        if let Some(slot) = usize::try_from(seat - 1).ok().and_then(|i| held.get_mut(i)) {
            *slot = true;
        }
    }
    held.iter().position(|h| !h).map(|i| i as i32 + 1)
}

fn describe(h: &Holder) -> String {
    format!(
        "seat {} — child {}, granted by {} at {}",
        h.seat,
        h.child_personal_number,
        h.granted_by,
        h.granted_at.format("%Y-%m-%d %H:%M UTC")
    )
}

/// Why the group is full: its capacity and who holds the places, newest first.
fn full_detail(group: &GroupRow, holders: &[Holder]) -> String {
    let named: Vec<String> = holders.iter().take(NAMED_HOLDERS).map(describe).collect();
    let mut detail = format!(
        "group «{}» has no free place: all {} are held; {}",
        group.name,
        group.capacity,
        named.join("; ")
    );
    if holders.len() > NAMED_HOLDERS {
        detail += &format!("; and {} more", holders.len() - NAMED_HOLDERS);
    }
    detail
}

fn already_detail(group: &GroupRow, h: &Holder) -> String {
    format!(
        "the child already holds a place in group «{}»: {}",
        group.name,
        describe(h)
    )
}

/// Applies a `place.grant` inside the mutation's transaction.
pub async fn grant(
    conn: &mut PgConnection,
    caller: &Caller,
    m: &Mutation,
    now: DateTime<Utc>,
) -> Result<Verdict, sqlx::Error> {
    let args: PlaceGrant = match serde_json::from_value(m.args.clone()) {
        Ok(a) => a,
        Err(e) => return Ok(rejected(reject::INVALID_ARGS, e.to_string())),
    };
    let Some(group) = places::lock_group(conn, args.group_id).await? else {
        return Ok(rejected(
            reject::UNKNOWN_GROUP,
            format!("there is no group {}", args.group_id),
        ));
    };
    if let Err(denied) = may(&caller.principal(), Action::GrantPlace, &group.location()) {
        return Ok(rejected(
            reject::FORBIDDEN,
            // The group's id, not its name: the caller may not see the group's kindergarten.
            format!(
                "{} may not grant places in group {}: {denied}",
                caller.login, group.id
            ),
        ));
    }
    let number = match AnyPersonalNumber::parse(&args.child_personal_number) {
        Ok(n) => n,
        Err(e) => {
            return Ok(rejected(
                reject::INVALID_PERSONAL_NUMBER,
                format!("{:?}: {e}", args.child_personal_number),
            ))
        }
    };
    let child = number.as_str();

    // The group's lock makes grants through here take turns; a writer that bypasses it (an
    // import, a hand-made fix) meets the constraints instead. Then the seat read was stale: read
    // again (READ COMMITTED sees the other writer's row now) and try the next seat.
    for attempt in 1..=ATTEMPTS {
        let holders = places::holders(conn, group.id).await?;
        if let Some(h) = holders.iter().find(|h| h.child_personal_number == child) {
            return Ok(rejected(reject::ALREADY_GRANTED, already_detail(&group, h)));
        }
        let Some(seat) = lowest_free_seat(group.capacity, holders.iter().map(|h| h.seat)) else {
            return Ok(rejected(
                reject::NO_FREE_PLACE,
                full_detail(&group, &holders),
            ));
        };
        // A savepoint: when a constraint refuses the row, the transaction lives on.
        let mut sp = conn.begin().await?;
        let new = NewGrant {
            group: &group,
            seat,
            child_personal_number: child,
            granted_by: caller.user_id,
            granted_by_login: &caller.login,
            client_id: &m.client_id,
            seq: m.seq as i64,
        };
        match places::insert_grant(&mut sp, &new, now).await {
            Ok(id) => {
                let after = serde_json::json!({
                    "group_id": group.id,
                    "seat": seat,
                    "child_personal_number": child,
                    "client_id": m.client_id,
                    "seq": m.seq,
                });
                let event = Event {
                    action: PlaceGrant::NAME,
                    object_kind: "place_grant",
                    object_id: Some(id),
                    before: None,
                    after: Some(after),
                };
                history::record(&mut sp, &caller.actor(), now, event).await?;
                sp.commit().await?;
                return Ok(Verdict::Accepted);
            }
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() || e.is_check_violation() => {
                let constraint = e.constraint().unwrap_or_default().to_owned();
                sp.rollback().await?;
                tracing::warn!(%constraint, group = group.id, seat, attempt, "a constraint refused a grant");
            }
            Err(e) => return Err(e),
        }
    }
    // Still refused after every attempt: the group is contended beyond reason; refuse for now
    // (the office may ask again) rather than fail the push.
    let holders = places::holders(conn, group.id).await?;
    Ok(rejected(
        reject::NO_FREE_PLACE,
        format!(
            "the group is being changed by another writer right now; {}",
            full_detail(&group, &holders)
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::lowest_free_seat;

    #[test]
    fn the_lowest_free_seat_fills_holes_first_and_none_when_full() {
        assert_eq!(lowest_free_seat(3, []), Some(1));
        assert_eq!(lowest_free_seat(3, [1, 3]), Some(2));
        assert_eq!(lowest_free_seat(3, [3, 2, 1]), None);
        assert_eq!(
            lowest_free_seat(2, [5, 0, -1]),
            Some(1),
            "strays are ignored"
        );
        assert_eq!(lowest_free_seat(0, []), None);
    }
}
