//! The HTTP surface. [`ROUTES`] is the single list of endpoints: the router is built from it and
//! the scope test walks it, so an endpoint cannot exist without an entry the test checks.

mod body;
mod health;
mod intake;
mod me;
mod password;
mod reference;
mod session;
mod sync;
mod users;

pub use body::{JsonBody, PathId};

use crate::error::ApiError;
use crate::state::AppState;
use axum::extract::Request;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{on, MethodFilter, MethodRouter};
use axum::Router;
use std::time::Instant;
use tower_http::compression::CompressionLayer;
use tower_http::decompression::RequestDecompressionLayer;

/// Whether an endpoint needs a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Public,
    Bearer,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Get,
    Post,
    Delete,
}

impl Verb {
    pub fn as_str(self) -> &'static str {
        match self {
            Verb::Get => "GET",
            Verb::Post => "POST",
            Verb::Delete => "DELETE",
        }
    }
    fn filter(self) -> MethodFilter {
        match self {
            Verb::Get => MethodFilter::GET,
            Verb::Post => MethodFilter::POST,
            Verb::Delete => MethodFilter::DELETE,
        }
    }
}

/// One endpoint: its method and path, who may call it, and how to build its handler.
pub struct RouteSpec {
    pub verb: Verb,
    pub path: &'static str,
    pub access: Access,
    /// What the caller needs, in words (for the README and reviews; `scope::may` decides).
    pub needs: &'static str,
    handler: fn(MethodFilter) -> MethodRouter<AppState>,
}

impl RouteSpec {
    const fn new(
        verb: Verb,
        path: &'static str,
        access: Access,
        needs: &'static str,
        handler: fn(MethodFilter) -> MethodRouter<AppState>,
    ) -> Self {
        RouteSpec {
            verb,
            path,
            access,
            needs,
            handler,
        }
    }
}

use Access::{Bearer, Public};
use Verb::{Delete, Get, Post};

pub static ROUTES: &[RouteSpec] = &[
    RouteSpec::new(Get, "/health", Public, "nothing", |m| on(m, health::get)),
    RouteSpec::new(Post, "/api/v1/session", Public, "login and password", |m| {
        on(m, session::create)
    }),
    RouteSpec::new(Delete, "/api/v1/session", Bearer, "a session", |m| {
        on(m, session::delete)
    }),
    RouteSpec::new(Get, "/api/v1/me", Bearer, "a session", |m| on(m, me::get)),
    RouteSpec::new(
        Post,
        "/api/v1/me/password",
        Bearer,
        "a session and the current password",
        |m| on(m, password::change),
    ),
    RouteSpec::new(
        Get,
        "/api/v1/reference",
        Bearer,
        "a session; lists only what the scope may see",
        |m| on(m, reference::tree),
    ),
    RouteSpec::new(
        Get,
        "/api/v1/districts/{id}",
        Bearer,
        "the district within or above the caller's scope",
        |m| on(m, reference::district),
    ),
    RouteSpec::new(
        Get,
        "/api/v1/users",
        Bearer,
        "administrator; lists the users in its scope",
        |m| on(m, users::list),
    ),
    RouteSpec::new(
        Post,
        "/api/v1/users",
        Bearer,
        "administrator over the new user's scope",
        |m| on(m, users::create),
    ),
    RouteSpec::new(
        Post,
        "/api/v1/users/{id}/disable",
        Bearer,
        "administrator over the user's scope",
        |m| on(m, users::disable),
    ),
    RouteSpec::new(
        Post,
        "/api/v1/users/{id}/reset-password",
        Bearer,
        "administrator over the user's scope",
        |m| on(m, users::reset_password),
    ),
    RouteSpec::new(
        Post,
        "/api/v1/sync/push",
        Bearer,
        "a session owning the client id; each mutation is checked on its own (place.grant: \
         an operator over the group's kindergarten or its head)",
        |m| on(m, sync::push),
    ),
    RouteSpec::new(
        Post,
        "/api/v1/sync/pull",
        Bearer,
        "a session owning the client id; the changes are filtered to the caller's scope \
         (scope::FeedScope)",
        |m| on(m, sync::pull),
    ),
    RouteSpec::new(
        Post,
        "/api/v1/sync/inventory",
        Bearer,
        "a session owning the client id; the ids are filtered to the caller's scope",
        |m| on(m, sync::inventory),
    ),
    RouteSpec::new(
        Post,
        "/api/v1/sync/fetch",
        Bearer,
        "a session owning the client id; the entries are filtered to the caller's scope",
        |m| on(m, sync::fetch),
    ),
    RouteSpec::new(
        Post,
        "/api/v1/public/voucher/code",
        Public,
        "nothing: e-mails a confirmation code, throttled per address (one a minute, five an hour)",
        |m| on(m, intake::request_code),
    ),
    RouteSpec::new(
        Post,
        "/api/v1/public/voucher/applications",
        Public,
        "a live confirmation code of the form's e-mail address (no session)",
        |m| on(m, intake::submit_application),
    ),
    RouteSpec::new(
        Get,
        "/api/v1/public/voucher/reference",
        Public,
        "nothing: names and codes only (regions, districts, benefit categories, languages)",
        |m| on(m, intake::reference),
    ),
    RouteSpec::new(
        Get,
        "/api/v1/public/voucher/districts/{id}/streets",
        Public,
        "nothing: the address bureau's street names of a district",
        |m| on(m, intake::streets),
    ),
];

/// The whole application: every route of [`ROUTES`], JSON errors for unknown paths and methods,
/// and one log line per request.
pub fn router(state: AppState) -> Router {
    let mut router = Router::new();
    for spec in ROUTES {
        router = router.route(spec.path, (spec.handler)(spec.verb.filter()));
    }
    router
        .fallback(|| async { ApiError::NotFound("no such endpoint".into()) })
        .method_not_allowed_fallback(|| async {
            (
                axum::http::StatusCode::METHOD_NOT_ALLOWED,
                axum::Json(serde_json::json!({
                    "code": "method_not_allowed",
                    "detail": "this endpoint does not take that method",
                })),
            )
        })
        .layer(middleware::from_fn(log_request))
        // A push may carry a protocol's PDF (base64); axum's default of 2 MB would refuse it.
        .layer(axum::extract::DefaultBodyLimit::max(
            kezek_sync::MAX_REQUEST_BYTES,
        ))
        // Pages of the feed are large and repetitive JSON (gzip: ~10x smaller); clients may send
        // gzip bodies too (`Content-Encoding: gzip`). The log sees the decompressed request.
        .layer(RequestDecompressionLayer::new().gzip(true))
        // The fastest level: pages cost several times less CPU than at the default level, for
        // about 1.8x the bytes (100k applications: 21.5 MB instead of 11.9 MB).
        .layer(
            CompressionLayer::new()
                .gzip(true)
                .quality(tower_http::CompressionLevel::Fastest),
        )
        .with_state(state)
}

async fn log_request(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    // The matched route template, so ids do not explode the log's cardinality.
    let path = request
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| request.uri().path().to_owned());
    let started = Instant::now();
    let response = next.run(request).await;
    tracing::info!(
        %method,
        path,
        status = response.status().as_u16(),
        ms = started.elapsed().as_millis() as u64,
        "request"
    );
    response.into_response()
}
