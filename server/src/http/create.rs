//! `POST /create`: the generator form (multipart: the fields and an optional reference file).
//! Success goes back to `/create` with the new generation first in the list and the form filled
//! in from it; problems show the form again with each field's message.

use axum::{
    extract::{DefaultBodyLimit, Request, State},
    response::{IntoResponse, Redirect, Response},
    routing::{MethodRouter, post},
};
use obscura_app::pages::create::FORM;
use obscura_shared::{
    ErrorCode, Failure,
    generation::{REFERENCE_MAX_BYTES, fields},
    i18n::Message,
    ids::ImageId,
    routes,
};

use super::{
    errors::{FormPage, form_failed},
    multipart::{Refused, read},
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
    vec![(
        routes::CREATE,
        post(submit).layer(DefaultBodyLimit::max(BODY_LIMIT)),
    )]
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
