//! `POST /create`: the generator form (multipart: the fields and an optional reference file).
//! Success goes back to `/create` with the new generation first in the list and the form filled
//! in from it; problems show the form again with each field's message.

use axum::{
    extract::{DefaultBodyLimit, Request, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
    routing::{MethodRouter, post},
};
use obscura_app::pages::create::FORM;
use obscura_shared::{
    ErrorCode, Failure,
    generation::{REFERENCE_MAX_BYTES, fields},
    i18n::Message,
    ids::{GenerationId, ImageId},
    routes,
};

use super::{
    errors::{FormPage, form_failed},
    forms::{see_other, signed_in, submitted},
    multipart::{Refused, read},
    render,
    session::Current,
};
use crate::{
    accounts::Client,
    generation::{self, ReferenceInput, request::Submitted},
    http::WebState,
};

/// Room for the text fields next to the largest reference.
const BODY_LIMIT: usize = REFERENCE_MAX_BYTES as usize + 256 * 1024;

/// The generator's routes.
pub fn table() -> Vec<(&'static str, MethodRouter<crate::http::WebState>)> {
    vec![
        (
            routes::CREATE,
            post(submit).layer(DefaultBodyLimit::max(BODY_LIMIT)),
        ),
        (routes::CREATE_CANCEL, post(cancel)),
    ]
}

/// `POST /create/cancel`: the job card's "Cancel" (works without JavaScript). Back to `/create`,
/// where the card shows the generation cancelled (or stopping); a finished one shows the page
/// again saying so (409). Another person's generation and a malformed id answer 404.
async fn cancel(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let Ok(id) = s
        .get(obscura_shared::generation_queue::fields::GENERATION)
        .trim()
        .parse::<GenerationId>()
    else {
        return render::page(&state, s.parts, "/create/-", StatusCode::NOT_FOUND).await;
    };
    match generation::running::cancel(&state, c.user.id, id.into_uuid()).await {
        Ok(_) => see_other(routes::CREATE),
        Err(generation::running::CancelError::NotFound) => {
            render::page(&state, s.parts, "/create/-", StatusCode::NOT_FOUND).await
        }
        Err(e) => {
            let page = FormPage::new(routes::CREATE, FORM);
            form_failed(&state, s.parts, page, Failure::from(e)).await
        }
    }
}

async fn submit(State(state): State<WebState>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let Some(current) = parts.extensions.get::<Current>().cloned() else {
        return Redirect::to(&format!("{}?notice=sign-in-needed", routes::LOGIN)).into_response();
    };
    let client = parts
        .extensions
        .get::<Client>()
        .cloned()
        .unwrap_or_else(Client::unknown);
    let form = match read(Request::from_parts(parts.clone(), body), fields::REFERENCE).await {
        Ok(f) => f,
        Err(refused) => {
            let (code, message) = match &refused {
                Refused::TooLarge(_) => (
                    ErrorCode::TooLarge,
                    Message::new("error-reference-too-large")
                        .arg("mb", REFERENCE_MAX_BYTES / (1024 * 1024)),
                ),
                Refused::Unreadable(_) => (
                    ErrorCode::Malformed,
                    Message::new("error-form-unreadable-retry"),
                ),
            };
            let page = FormPage::new(routes::CREATE, FORM).values(refused.into_fields());
            let failure = Failure::new(code).with_field(fields::REFERENCE, message);
            return form_failed(&state, parts, page, failure).await;
        }
    };
    let input = Submitted {
        model: form.get(fields::MODEL),
        prompt: form.get(fields::PROMPT),
        negative_prompt: form.get(fields::NEGATIVE_PROMPT),
        size: form.get(fields::SIZE),
        quality: form.get(fields::QUALITY),
        count: form.get(fields::COUNT),
        seed: form.get(fields::SEED),
    };
    let reference_image = form.get(fields::REFERENCE_IMAGE);
    let reference = match (&form.file, reference_image.trim()) {
        (Some(bytes), _) => ReferenceInput::Upload(bytes.clone()),
        (None, "") => ReferenceInput::None,
        (None, id) => match id.parse::<ImageId>() {
            Ok(id) => ReferenceInput::Image(id.into_uuid()),
            Err(_) => ReferenceInput::None,
        },
    };
    let values = form.fields.clone();
    match generation::create(&state, current.user.id, &input, reference, &client).await {
        Ok(id) => Redirect::to(&format!("{}?remix={id}", routes::CREATE)).into_response(),
        Err(e) => {
            let page = FormPage::new(routes::CREATE, FORM).values(values);
            form_failed(&state, parts, page, Failure::from(e)).await
        }
    }
}
