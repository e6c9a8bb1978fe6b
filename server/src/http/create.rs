//! `POST /create`: the generator form (multipart: the fields and an optional reference file).
//! Success goes back to `/create` with the new generation first in the list and the form filled
//! in from it; problems show the form again with each field's message.

use axum::{
    extract::{DefaultBodyLimit, Request, State},
    http::{StatusCode, request::Parts},
    response::{IntoResponse, Redirect, Response},
    routing::{MethodRouter, post},
};
use obscura_app::{forms::FormFeedback, pages::create::FORM};
use obscura_shared::{
    generation::{REFERENCE_MAX_BYTES, fields},
    ids::ImageId,
    routes,
};

use super::{multipart::read, render, session::Current, uploads};
use crate::{
    accounts::Client,
    generation::{self, CreateError, ReferenceInput, request::Submitted},
    http::WebState,
    storage::images,
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

const TOO_LARGE: &str = "The reference image is larger than 20 MB.";

async fn again(
    state: &WebState,
    mut parts: Parts,
    values: Vec<(String, String)>,
    errors: Vec<(String, String)>,
    notice: Option<String>,
    status: StatusCode,
) -> Response {
    parts.extensions.insert(FormFeedback {
        form: FORM.to_owned(),
        values,
        errors,
        notice,
    });
    render::page(state, parts, routes::CREATE, status).await
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
    let form = match read(
        Request::from_parts(parts.clone(), body),
        fields::REFERENCE,
        TOO_LARGE,
    )
    .await
    {
        Ok(f) => f,
        Err((message, values)) => {
            return again(
                &state,
                parts,
                values,
                vec![(fields::REFERENCE.to_owned(), message.to_owned())],
                None,
                StatusCode::PAYLOAD_TOO_LARGE,
            )
            .await;
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
        Err(CreateError::Invalid(errors)) => {
            let errors = errors.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
            again(&state, parts, values, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(CreateError::Blocked) => {
            again(
                &state,
                parts,
                values,
                vec![(
                    fields::PROMPT.to_owned(),
                    "This prompt contains words this server does not accept. Nothing was charged."
                        .to_owned(),
                )],
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(CreateError::InsufficientCredits { balance, needed }) => {
            again(
                &state,
                parts,
                values,
                Vec::new(),
                Some(format!(
                    "This costs {needed} credits and you have {balance}. Choose fewer images or a cheaper model, or ask us for more credits."
                )),
                StatusCode::PAYMENT_REQUIRED,
            )
            .await
        }
        Err(CreateError::Busy) => {
            let mut res = again(
                &state,
                parts,
                values,
                vec![(fields::REFERENCE.to_owned(), uploads::BUSY.to_owned())],
                None,
                StatusCode::SERVICE_UNAVAILABLE,
            )
            .await;
            uploads::retry_after(&mut res, images::BUSY_RETRY_AFTER_SECS);
            res
        }
        Err(CreateError::Internal(e)) => super::forms::internal(&state, &e),
    }
}
