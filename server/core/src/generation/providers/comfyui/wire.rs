//! ComfyUI's wire format (`server.py`, `execution.py`, `main.py`):
//!
//! - `POST /upload/image` (multipart `image`, `overwrite`, `type`) → `{name, subfolder, type}`.
//! - `POST /prompt` `{prompt, client_id}` → `{prompt_id, number, node_errors}`; an invalid
//!   workflow is a 400 `{error: {type, message, details, extra_info}, node_errors: {<node id>:
//!   {errors: [{type, message, details, extra_info: {input_name…}}], dependent_outputs,
//!   class_type}}}` (`error` is a bare string for a body without `prompt`).
//! - `GET /ws?clientId=…`: text frames `{type, data}`: `status`, `execution_start`
//!   `{prompt_id}`, `execution_cached` `{nodes, prompt_id}`, `executing` `{node, prompt_id}`
//!   (`node: null` once the prompt is done and its history written), `progress` `{value, max,
//!   prompt_id, node}`, `executed` `{node, output, prompt_id}`, `execution_success`
//!   `{prompt_id}`, `execution_error` `{prompt_id, node_id, node_type, exception_type,
//!   exception_message, traceback, …}`, `execution_interrupted` `{prompt_id, node_id,
//!   node_type}`; binary frames are previews.
//! - `GET /history/{prompt_id}` → `{}` while queued or running, then `{<prompt_id>: {outputs:
//!   {<node id>: {images: [{filename, subfolder, type}]}}, status: {status_str, completed,
//!   messages: [[event, data]…]}}}`.
//! - `GET /queue` → `{queue_running: [[number, prompt_id, …]], queue_pending: […]}`.
//! - `GET /view?filename=&subfolder=&type=` → the file.
//! - `POST /interrupt` `{prompt_id}` (only that prompt, if it runs), `POST /queue` `{delete:
//!   [prompt_id]}` (a queued one), `POST /history` `{delete: [prompt_id]}`.
//!
//! Nothing here copies a prompt, an input's value or a traceback into an error: only node ids,
//! class names, error types and input names.

use reqwest::StatusCode;
use serde::Deserialize;
use serde_json::Value;

use super::super::{ProviderError, http::truncate};

/// `POST /upload/image`'s answer.
#[derive(Debug, Deserialize)]
pub struct Uploaded {
    /// The stored file's name (ComfyUI may rename it).
    pub name: String,
    /// Its subfolder of the input directory.
    #[serde(default)]
    pub subfolder: String,
}

impl Uploaded {
    /// The value a `LoadImage` node's `image` takes.
    #[must_use]
    pub fn image_value(&self) -> String {
        if self.subfolder.is_empty() {
            self.name.clone()
        } else {
            format!("{}/{}", self.subfolder, self.name)
        }
    }
}

/// `POST /prompt`'s answer.
#[derive(Debug, Deserialize)]
pub struct Queued {
    /// The prompt's id.
    pub prompt_id: String,
}

/// One output file in the history.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct FileRef {
    /// Its name.
    pub filename: String,
    /// Its subfolder.
    #[serde(default)]
    pub subfolder: String,
    /// `output` or `temp`.
    #[serde(rename = "type", default = "output")]
    pub kind: String,
}

fn output() -> String {
    "output".into()
}

/// What the history says of a prompt.
#[derive(Debug)]
pub enum Finished {
    /// Not in the history yet: queued or running.
    Pending,
    /// Done: the images of each node.
    Done(serde_json::Map<String, Value>),
    /// Ended with an error message (`execution_error` / `execution_interrupted`).
    Ended(Event),
}

/// Reads `GET /history/{id}`.
///
/// # Errors
/// `BadResponse` when the answer is not the documented JSON.
pub fn history(body: &[u8], prompt_id: &str) -> Result<Finished, ProviderError> {
    let json: Value = serde_json::from_slice(body)
        .map_err(|_| ProviderError::BadResponse("invalid history JSON".into()))?;
    let Some(entry) = json.get(prompt_id) else {
        return Ok(Finished::Pending);
    };
    let status = entry.get("status");
    let failed = status
        .and_then(|s| s.get("status_str"))
        .and_then(Value::as_str)
        == Some("error");
    if failed {
        let messages = status
            .and_then(|s| s.get("messages"))
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let ended = messages.iter().find_map(|m| {
            let kind = m.get(0)?.as_str()?;
            let data = m.get(1)?.clone();
            match Event::from_parts(kind, data) {
                e @ (Event::Error { .. } | Event::Interrupted { .. }) => Some(e),
                _ => None,
            }
        });
        return Ok(Finished::Ended(ended.unwrap_or(Event::Error {
            prompt_id: prompt_id.to_owned(),
            node: String::new(),
            node_type: String::new(),
            exception_type: "unknown".into(),
            exception_message: String::new(),
        })));
    }
    let outputs = entry
        .get("outputs")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    Ok(Finished::Done(outputs))
}

/// The images `nodes` produced, in that order.
///
/// # Errors
/// `BadResponse` when an image entry is malformed.
pub fn images(
    outputs: &serde_json::Map<String, Value>,
    nodes: &[String],
) -> Result<Vec<FileRef>, ProviderError> {
    let mut all = Vec::new();
    for node in nodes {
        let Some(list) = outputs.get(node).and_then(|o| o.get("images")) else {
            continue;
        };
        let files: Vec<FileRef> = serde_json::from_value(list.clone())
            .map_err(|_| ProviderError::BadResponse("malformed output image".into()))?;
        all.extend(files);
    }
    Ok(all)
}

/// Whether `GET /queue` lists the prompt as running.
#[must_use]
pub fn is_running(body: &[u8], prompt_id: &str) -> bool {
    serde_json::from_slice::<Value>(body)
        .ok()
        .and_then(|q| q.get("queue_running").and_then(Value::as_array).cloned())
        .unwrap_or_default()
        .iter()
        .any(|item| item.get(1).and_then(Value::as_str) == Some(prompt_id))
}

/// A websocket message, as far as a generation cares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The prompt started, a node runs or was cached: it left the queue.
    Started {
        /// The prompt.
        prompt_id: String,
    },
    /// A step of a sampler.
    Progress {
        /// The prompt.
        prompt_id: String,
        /// Steps done.
        value: u32,
        /// Steps in all.
        max: u32,
    },
    /// An output node finished.
    Executed {
        /// The prompt.
        prompt_id: String,
        /// The node.
        node: String,
    },
    /// The prompt is done (`executing` with `node: null`, sent after the history is written).
    Done {
        /// The prompt.
        prompt_id: String,
    },
    /// A node raised.
    Error {
        /// The prompt.
        prompt_id: String,
        /// The node's id.
        node: String,
        /// The node's class.
        node_type: String,
        /// The exception's class (`torch.OutOfMemoryError`…).
        exception_type: String,
        /// Its message (read for out-of-memory only, never copied).
        exception_message: String,
    },
    /// The prompt was interrupted (`POST /interrupt`, by us or by someone at the server).
    Interrupted {
        /// The prompt.
        prompt_id: String,
    },
    /// Anything else (`status`, `execution_success`, previews, unknown types).
    Other,
}

impl Event {
    /// Parses a text frame.
    #[must_use]
    pub fn parse(text: &str) -> Self {
        let Ok(json) = serde_json::from_str::<Value>(text) else {
            return Self::Other;
        };
        let kind = json.get("type").and_then(Value::as_str).unwrap_or_default();
        let data = json.get("data").cloned().unwrap_or(Value::Null);
        Self::from_parts(kind, data)
    }

    fn from_parts(kind: &str, data: Value) -> Self {
        let text = |key: &str| {
            data.get(key)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        let prompt_id = text("prompt_id");
        if prompt_id.is_empty() {
            return Self::Other;
        }
        let number = |key: &str| {
            data.get(key)
                .and_then(Value::as_f64)
                .filter(|v| v.is_finite() && *v >= 0.0)
                .map_or(0, |v| {
                    #[expect(
                        clippy::cast_possible_truncation,
                        clippy::cast_sign_loss,
                        reason = "clamped to u32 first"
                    )]
                    let n = v.min(f64::from(u32::MAX)) as u32;
                    n
                })
        };
        match kind {
            "execution_start" | "execution_cached" => Self::Started { prompt_id },
            "executing" => match data.get("node") {
                Some(Value::Null) | None => Self::Done { prompt_id },
                Some(_) => Self::Started { prompt_id },
            },
            "progress" => Self::Progress {
                prompt_id,
                value: number("value"),
                max: number("max"),
            },
            "executed" => Self::Executed {
                node: data.get("node").map_or_else(String::new, |n| {
                    n.as_str().map_or_else(|| n.to_string(), str::to_owned)
                }),
                prompt_id,
            },
            "execution_error" => Self::Error {
                node: data.get("node_id").map_or_else(String::new, |n| {
                    n.as_str().map_or_else(|| n.to_string(), str::to_owned)
                }),
                node_type: text("node_type"),
                exception_type: text("exception_type"),
                exception_message: text("exception_message"),
                prompt_id,
            },
            "execution_interrupted" => Self::Interrupted { prompt_id },
            _ => Self::Other,
        }
    }

    /// The prompt this message is about (`None` for [`Event::Other`]).
    #[must_use]
    pub fn prompt_id(&self) -> Option<&str> {
        match self {
            Self::Started { prompt_id }
            | Self::Progress { prompt_id, .. }
            | Self::Executed { prompt_id, .. }
            | Self::Done { prompt_id }
            | Self::Error { prompt_id, .. }
            | Self::Interrupted { prompt_id } => Some(prompt_id),
            Self::Other => None,
        }
    }
}

/// The error an `execution_error` means: running out of (GPU) memory may pass (retried as
/// `Unavailable`); anything else is the workflow's failure. Only the class names and the node go
/// into the message.
#[must_use]
pub fn execution_error(
    node: &str,
    node_type: &str,
    exception_type: &str,
    exception_message: &str,
) -> ProviderError {
    let text = format!("{exception_type} {exception_message}").to_lowercase();
    if text.contains("outofmemory")
        || text.contains("out of memory")
        || text.contains("allocation")
        || text.contains("allocate")
    {
        return ProviderError::Unavailable("the GPU ran out of memory".into());
    }
    let class = exception_type.rsplit('.').next().unwrap_or(exception_type);
    ProviderError::Failed(truncate(
        &format!(
            "{} in node {} ({})",
            if class.is_empty() { "error" } else { class },
            if node.is_empty() { "?" } else { node },
            if node_type.is_empty() { "?" } else { node_type },
        ),
        200,
    ))
}

/// `POST /prompt`'s refusals: a 400 names the first node at fault, its class, the error type
/// and the input (never the value, which may be the prompt).
#[must_use]
pub fn classify_prompt(status: StatusCode, body: &[u8]) -> Option<ProviderError> {
    if status != StatusCode::BAD_REQUEST {
        return None;
    }
    let json: Value = serde_json::from_slice(body).ok()?;
    let node_error = json
        .get("node_errors")
        .and_then(Value::as_object)
        .and_then(|nodes| nodes.iter().next())
        .map(|(id, e)| {
            let class = e.get("class_type").and_then(Value::as_str).unwrap_or("?");
            let first = e.get("errors").and_then(|l| l.get(0));
            let kind = first
                .and_then(|f| f.get("type"))
                .and_then(Value::as_str)
                .unwrap_or("invalid");
            let input = first
                .and_then(|f| f.pointer("/extra_info/input_name"))
                .and_then(Value::as_str);
            match input {
                Some(input) => format!("node {id} ({class}): {kind} at {input}"),
                None => format!("node {id} ({class}): {kind}"),
            }
        });
    let general = match json.get("error") {
        Some(Value::String(s)) => s.clone(),
        Some(e) => e
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or("invalid_prompt")
            .to_owned(),
        None => "invalid_prompt".into(),
    };
    Some(ProviderError::Rejected(truncate(
        &format!(
            "ComfyUI refused the workflow: {}",
            node_error.unwrap_or(general)
        ),
        200,
    )))
}

/// The first bytes of a PNG, JPEG or WebP file.
#[must_use]
pub fn is_image(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\x89PNG\r\n\x1a\n")
        || bytes.starts_with(&[0xFF, 0xD8, 0xFF])
        || (bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_parse_as_documented() {
        assert_eq!(
            Event::parse(r#"{"type":"executing","data":{"node":null,"prompt_id":"p"}}"#),
            Event::Done {
                prompt_id: "p".into()
            }
        );
        assert_eq!(
            Event::parse(
                r#"{"type":"executing","data":{"node":"3","display_node":"3","prompt_id":"p"}}"#
            ),
            Event::Started {
                prompt_id: "p".into()
            }
        );
        assert_eq!(
            Event::parse(
                r#"{"type":"progress","data":{"value":3,"max":20,"prompt_id":"p","node":"3"}}"#
            ),
            Event::Progress {
                prompt_id: "p".into(),
                value: 3,
                max: 20
            }
        );
        assert_eq!(
            Event::parse(
                r#"{"type":"status","data":{"status":{"exec_info":{"queue_remaining":0}},"sid":"x"}}"#
            ),
            Event::Other
        );
        assert_eq!(Event::parse("not json"), Event::Other);
    }

    #[test]
    fn errors_keep_classes_and_nodes_only() {
        assert_eq!(
            execution_error(
                "3",
                "KSampler",
                "torch.OutOfMemoryError",
                "CUDA out of memory. Tried to allocate 2 GiB"
            ),
            ProviderError::Unavailable("the GPU ran out of memory".into())
        );
        assert_eq!(
            execution_error("8", "VAEDecode", "RuntimeError", "a red fox"),
            ProviderError::Failed("RuntimeError in node 8 (VAEDecode)".into())
        );
        let body = br#"{"error":{"type":"prompt_outputs_failed_validation","message":"Prompt outputs failed validation","details":"","extra_info":{}},"node_errors":{"4":{"errors":[{"type":"value_not_in_list","message":"Value not in list","details":"ckpt_name: 'x' not in []","extra_info":{"input_name":"ckpt_name","received_value":"x"}}],"dependent_outputs":["9"],"class_type":"CheckpointLoaderSimple"}}}"#;
        assert_eq!(
            classify_prompt(StatusCode::BAD_REQUEST, body),
            Some(ProviderError::Rejected(
                "ComfyUI refused the workflow: node 4 (CheckpointLoaderSimple): value_not_in_list at ckpt_name".into()
            ))
        );
        assert_eq!(
            classify_prompt(
                StatusCode::BAD_REQUEST,
                br#"{"error":"no prompt","node_errors":[]}"#
            ),
            Some(ProviderError::Rejected(
                "ComfyUI refused the workflow: no prompt".into()
            ))
        );
        assert_eq!(
            classify_prompt(StatusCode::INTERNAL_SERVER_ERROR, b"{}"),
            None
        );
    }

    #[test]
    fn history_tells_pending_done_and_failed() {
        assert!(matches!(history(b"{}", "p").unwrap(), Finished::Pending));
        let done = br#"{"p":{"outputs":{"9":{"images":[{"filename":"a.png","subfolder":"","type":"output"}]}},"status":{"status_str":"success","completed":true,"messages":[]}}}"#;
        let Finished::Done(outputs) = history(done, "p").unwrap() else {
            panic!()
        };
        assert_eq!(
            images(&outputs, &["9".into()]).unwrap(),
            [FileRef {
                filename: "a.png".into(),
                subfolder: String::new(),
                kind: "output".into()
            }]
        );
        let failed = br#"{"p":{"outputs":{},"status":{"status_str":"error","completed":false,"messages":[["execution_start",{"prompt_id":"p"}],["execution_interrupted",{"prompt_id":"p","node_id":"3","node_type":"KSampler","executed":[]}]]}}}"#;
        assert!(matches!(
            history(failed, "p").unwrap(),
            Finished::Ended(Event::Interrupted { .. })
        ));
        assert!(is_running(
            br#"{"queue_running":[[0,"p",{},{},[]]],"queue_pending":[]}"#,
            "p"
        ));
        assert!(!is_running(
            br#"{"queue_running":[],"queue_pending":[[1,"p",{},{},[]]]}"#,
            "p"
        ));
    }
}
