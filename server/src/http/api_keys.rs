//! The API key forms of `/settings/api`.
//!
//! - `POST /settings/api/keys`: creates a key and shows the settings page with the key's full
//!   text, once (never in a URL, never stored readable; the page is not cached).
//! - `POST /settings/api/keys/revoke`: revokes one of the person's keys (another's: the same
//!   answer as an unknown id, and nothing happens).
//! - `POST /settings/api/daily-cap`: sets or lifts the account's daily credit cap.
//! - `POST /settings/api/webhook`: sets the webhook endpoint (its new secret is shown once, as a
//!   key is); `…/webhook/test` queues a test event; `…/webhook/delete` removes it.
//! - `GET /settings/api/usage.csv`: the usage log as CSV, with the usage page's filters.

use axum::{
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::{MethodRouter, post},
};
use obscura_app::forms::{ApiKeyShown, WebhookSecretShown};
use obscura_shared::{
    Failure,
    api::{fields, forms, webhook_fields, webhook_forms},
    i18n::Message,
    routes,
};

use super::{
    errors::{FormPage, form_failed},
    forms::{see_other, signed_in, submitted, with_notice},
    render,
};
use crate::{
    api::{
        caps,
        keys::{self, NewKey},
        usage,
        webhooks::{self, WebhookError},
    },
    http::WebState,
};

/// The key forms.
pub fn table() -> Vec<(&'static str, MethodRouter<crate::http::WebState>)> {
    vec![
        (routes::API_KEY_CREATE, post(create)),
        (routes::API_KEY_REVOKE, post(revoke)),
        (routes::API_DAILY_CAP, post(daily_cap)),
        (routes::API_WEBHOOK, post(webhook)),
        (routes::API_WEBHOOK_TEST, post(webhook_test)),
        (routes::API_WEBHOOK_DELETE, post(webhook_delete)),
        (
            routes::SETTINGS_API_USAGE_CSV,
            axum::routing::get(usage_csv),
        ),
    ]
}

async fn create(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let input = NewKey {
        name: s.get(fields::NAME),
        scopes: s
            .fields
            .iter()
            .filter(|(k, _)| k == fields::SCOPE)
            .map(|(_, v)| v.clone())
            .collect(),
        expires_days: s.get(fields::EXPIRES_DAYS),
        monthly_cap: s.get(fields::MONTHLY_CAP),
    };
    match keys::create(&state, &c.user, &input, &s.client()).await {
        Ok(created) => {
            let mut parts = s.parts;
            parts.extensions.insert(ApiKeyShown(created.token));
            let mut res = render::page(&state, parts, routes::SETTINGS_API, StatusCode::OK).await;
            res.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            res
        }
        Err(e) => {
            let values = s.echo();
            let page = FormPage::new(routes::SETTINGS_API, forms::CREATE).values(values);
            form_failed(&state, s.parts, page, Failure::from(e)).await
        }
    }
}

async fn revoke(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let id = uuid::Uuid::parse_str(s.get(fields::KEY).trim()).ok();
    let revoked = match id {
        Some(id) => match keys::revoke(&state, &c.user, id, &s.client()).await {
            Ok(done) => done,
            Err(e) => return super::forms::internal(&state, s.language(), &e),
        },
        None => false,
    };
    // Unknown, another's and already revoked keys get one answer.
    let notice = if revoked {
        "key-revoked"
    } else {
        "key-unchanged"
    };
    see_other(&with_notice(routes::SETTINGS_API, notice))
}

async fn daily_cap(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let cap = match caps::parse_cap(&s.get(webhook_fields::DAILY_CAP)) {
        Ok(cap) => cap,
        Err(message) => {
            let page =
                FormPage::new(routes::SETTINGS_API, webhook_forms::DAILY_CAP).values(s.echo());
            return form_failed(
                &state,
                s.parts,
                page,
                Failure::invalid([(webhook_fields::DAILY_CAP, message)]),
            )
            .await;
        }
    };
    if let Err(e) = caps::set_daily_cap(&state, c.user.id, cap).await {
        return super::forms::internal(&state, s.language(), &e.into());
    }
    let notice = if cap.is_some() {
        "cap-saved"
    } else {
        "cap-removed"
    };
    see_other(&with_notice(routes::SETTINGS_API, notice))
}

async fn webhook(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let events: Vec<String> = s
        .fields
        .iter()
        .filter(|(k, _)| k == webhook_fields::EVENT)
        .map(|(_, v)| v.clone())
        .collect();
    let rotate = !s.get(webhook_fields::ROTATE).is_empty();
    match webhooks::set(
        &state,
        &c.user,
        &s.get(webhook_fields::URL),
        &events,
        rotate,
        &s.client(),
    )
    .await
    {
        Ok(Some(secret)) => {
            let mut parts = s.parts;
            parts.extensions.insert(WebhookSecretShown(secret));
            let mut res = render::page(&state, parts, routes::SETTINGS_API, StatusCode::OK).await;
            res.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            res
        }
        Ok(None) => see_other(&with_notice(routes::SETTINGS_API, "webhook-saved")),
        Err(WebhookError::Invalid(fields)) => {
            let page = FormPage::new(routes::SETTINGS_API, webhook_forms::SET).values(s.echo());
            form_failed(&state, s.parts, page, Failure::invalid(fields)).await
        }
        Err(WebhookError::NotVerified) => {
            let page = FormPage::new(routes::SETTINGS_API, webhook_forms::SET).values(s.echo());
            let failure = Failure::new(obscura_shared::ErrorCode::Forbidden)
                .with_message(Message::new("error-webhook-not-verified"));
            form_failed(&state, s.parts, page, failure).await
        }
        Err(WebhookError::Internal(e)) => super::forms::internal(&state, s.language(), &e),
    }
}

async fn webhook_test(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    match webhooks::send_test(&state, c.user.id).await {
        Ok(true) => see_other(&with_notice(routes::SETTINGS_API, "webhook-test-sent")),
        Ok(false) => see_other(&with_notice(routes::SETTINGS_API, "webhook-none")),
        Err(e) => super::forms::internal(&state, s.language(), &e.into()),
    }
}

async fn webhook_delete(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    match webhooks::remove(&state, c.user.id, &s.client()).await {
        Ok(true) => see_other(&with_notice(routes::SETTINGS_API, "webhook-removed")),
        Ok(false) => see_other(&with_notice(routes::SETTINGS_API, "webhook-none")),
        Err(e) => super::forms::internal(&state, s.language(), &e.into()),
    }
}

/// The usage page's filters, as its form sends them.
#[derive(Debug, Default, serde::Deserialize)]
pub struct UsageQuery {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    key: String,
    #[serde(default)]
    outcome: String,
}

/// A CSV cell: quoted when it must be, and never read as a formula by a spreadsheet.
fn cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

async fn usage_csv(
    State(state): State<WebState>,
    axum::extract::Query(q): axum::extract::Query<UsageQuery>,
    req: Request,
) -> Response {
    let Some(c) = req.extensions().get::<super::session::Current>() else {
        return see_other(&format!("{}?notice=sign-in-needed", routes::LOGIN));
    };
    let user = c.user.id;
    let lang = req
        .extensions()
        .get::<obscura_shared::account::Language>()
        .copied()
        .unwrap_or_default();
    let keys = match keys::names(&state, user).await {
        Ok(k) => k,
        Err(e) => return super::forms::internal(&state, lang, &e.into()),
    };
    let ids: Vec<uuid::Uuid> = keys.iter().map(|(id, _)| *id).collect();
    let Ok(filter) =
        usage::parse_filter(state.clock.now(), &q.from, &q.to, &q.key, &q.outcome, &ids)
    else {
        return see_other(routes::SETTINGS_API_USAGE);
    };
    let rows = match usage::rows(&state, user, &filter).await {
        Ok(r) => r,
        Err(e) => return super::forms::internal(&state, lang, &e.into()),
    };
    let mut out = String::from("time,key,key_name,method,route,status,duration_ms,credits\n");
    for r in rows {
        let name = keys
            .iter()
            .find(|(id, _)| *id == r.key_id)
            .map_or("", |(_, n)| n.as_str());
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{}\n",
            r.created_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            r.key_id,
            cell(name),
            cell(&r.method),
            cell(&r.route),
            r.status,
            r.duration_ms,
            r.credits
        ));
    }
    let mut res = (StatusCode::OK, out).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(&format!(
        "attachment; filename=\"obscura-api-usage-{}-{}.csv\"",
        filter.from, filter.to
    )) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn csv_cells_are_quoted_and_never_formulas() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("=cmd()"), "'=cmd()");
        assert_eq!(cell("-1+2,3"), "\"'-1+2,3\"");
    }
}
