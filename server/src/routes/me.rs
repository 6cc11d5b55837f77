//! `GET /api/v1/me`: the caller's account, role and scope (what the app shows and hides by).

use crate::accounts::ScopeView;
use crate::auth::Caller;
use crate::scope::Role;
use axum::Json;
use serde::Serialize;

#[derive(Serialize)]
pub struct Me {
    user_id: i64,
    login: String,
    full_name: String,
    personal_number: Option<String>,
    role: Role,
    scope: ScopeView,
    session_id: i64,
    device_id: String,
}

pub async fn get(caller: Caller) -> Json<Me> {
    Json(Me {
        user_id: caller.user_id,
        login: caller.login,
        full_name: caller.full_name,
        personal_number: caller.personal_number,
        role: caller.role,
        scope: caller.scope.into(),
        session_id: caller.session_id,
        device_id: caller.device_id,
    })
}
