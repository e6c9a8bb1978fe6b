//! A ComfyUI workflow in the API format (`Save (API Format)` in ComfyUI's menu): a JSON object
//! of nodes by id, each `{"class_type": …, "inputs": {…}}`. The operator names, per model, which
//! node inputs take our parameters (`"<node id>.<input name>"`); the file is read and checked
//! once, when the configuration is, and each generation fills a copy.

use std::{collections::BTreeMap, fmt, path::Path, path::PathBuf};

use serde_json::{Map, Value};

/// The parameters a workflow can take, in the order `check-config` lists them.
pub const PARAMETERS: [&str; 8] = [
    "prompt",
    "negative_prompt",
    "seed",
    "width",
    "height",
    "count",
    "reference",
    "denoise",
];

/// The largest workflow file read (a stock SDXL workflow is about 3 KB).
const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// One node input: `"<node id>.<input name>"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The node's id in the workflow (a key of the top-level object).
    pub node: String,
    /// The input's name in the node's `inputs`.
    pub input: String,
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.node, self.input)
    }
}

/// Which node inputs take our parameters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inputs {
    /// The prompt's text (required).
    pub prompt: Option<Target>,
    /// The negative prompt's text.
    pub negative_prompt: Option<Target>,
    /// The seed (ComfyUI seeds are u64).
    pub seed: Option<Target>,
    /// Width in pixels.
    pub width: Option<Target>,
    /// Height in pixels.
    pub height: Option<Target>,
    /// The batch size; without it, one prompt is queued per image.
    pub count: Option<Target>,
    /// A `LoadImage` node's `image`: the uploaded reference's name.
    pub reference: Option<Target>,
    /// The sampler's denoise: the workflow's own value with a reference, 1.0 without.
    pub denoise: Option<Target>,
}

impl Inputs {
    fn slot(&mut self, name: &str) -> Option<&mut Option<Target>> {
        Some(match name {
            "prompt" => &mut self.prompt,
            "negative_prompt" => &mut self.negative_prompt,
            "seed" => &mut self.seed,
            "width" => &mut self.width,
            "height" => &mut self.height,
            "count" => &mut self.count,
            "reference" => &mut self.reference,
            "denoise" => &mut self.denoise,
            _ => return None,
        })
    }

    fn get(&self, name: &str) -> Option<&Target> {
        match name {
            "prompt" => self.prompt.as_ref(),
            "negative_prompt" => self.negative_prompt.as_ref(),
            "seed" => self.seed.as_ref(),
            "width" => self.width.as_ref(),
            "height" => self.height.as_ref(),
            "count" => self.count.as_ref(),
            "reference" => self.reference.as_ref(),
            "denoise" => self.denoise.as_ref(),
            _ => None,
        }
    }
}

/// A checked workflow and how to fill it.
#[derive(Clone, PartialEq, Eq)]
pub struct Workflow {
    /// The file it was read from.
    pub path: PathBuf,
    /// The nodes by id.
    graph: Map<String, Value>,
    /// Which inputs take our parameters.
    pub inputs: Inputs,
    /// The nodes whose images are collected, in order.
    pub outputs: Vec<String>,
}

impl fmt::Debug for Workflow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Workflow")
            .field("path", &self.path)
            .field("nodes", &self.graph.len())
            .field("inputs", &self.inputs)
            .field("outputs", &self.outputs)
            .finish()
    }
}

/// The values of one queued prompt.
#[derive(Debug, Clone, Copy)]
pub struct Fill<'a> {
    /// The prompt.
    pub prompt: &'a str,
    /// The negative prompt (empty when none).
    pub negative_prompt: &'a str,
    /// The seed.
    pub seed: u64,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// The batch size.
    pub count: u8,
    /// The uploaded reference's name, as `/upload/image` answered it.
    pub reference: Option<&'a str>,
}

impl Workflow {
    /// Reads and checks the workflow at `path`: the file exists and parses as an API-format
    /// workflow, every mapped node and input exists and takes a value (not a link), `prompt` is
    /// mapped, `reference` is a `LoadImage` node's `image`, and the output nodes exist (by
    /// default every `SaveImage` node, else every `PreviewImage` node).
    ///
    /// # Errors
    /// A sentence naming the file, the node or the input at fault.
    pub fn load(
        path: &Path,
        inputs: &BTreeMap<String, String>,
        outputs: Option<&[String]>,
    ) -> Result<Self, String> {
        let shown = path.display();
        let meta = std::fs::metadata(path)
            .map_err(|e| format!("workflow file {shown} cannot be read: {e}"))?;
        if meta.len() > MAX_FILE_BYTES {
            return Err(format!("workflow file {shown} is larger than 4 MB"));
        }
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("workflow file {shown} cannot be read: {e}"))?;
        Self::parse(path, &text, inputs, outputs)
    }

    /// As [`Workflow::load`], from the file's text.
    ///
    /// # Errors
    /// As [`Workflow::load`].
    pub fn parse(
        path: &Path,
        text: &str,
        inputs: &BTreeMap<String, String>,
        outputs: Option<&[String]>,
    ) -> Result<Self, String> {
        let shown = path.display();
        let json: Value = serde_json::from_str(text).map_err(|e| {
            format!(
                "workflow file {shown} is not valid JSON (line {}, column {})",
                e.line(),
                e.column()
            )
        })?;
        let Value::Object(graph) = json else {
            return Err(format!(
                "workflow file {shown} is not a JSON object of nodes"
            ));
        };
        if graph.contains_key("nodes") && graph.contains_key("links") {
            return Err(format!(
                "workflow file {shown} is in ComfyUI's UI format; export it with \"Save (API Format)\""
            ));
        }
        if graph.is_empty() {
            return Err(format!("workflow file {shown} has no nodes"));
        }
        for (id, node) in &graph {
            let ok = node.get("class_type").is_some_and(Value::is_string)
                && node.get("inputs").is_some_and(Value::is_object);
            if !ok {
                return Err(format!(
                    "workflow file {shown}: node {id:?} has no class_type and inputs (is this the API format?)"
                ));
            }
        }
        let mut mapped = Inputs::default();
        for (name, target) in inputs {
            let Some(slot) = mapped.slot(name) else {
                return Err(format!(
                    "inputs.{name} is not one of {}",
                    PARAMETERS.join(", ")
                ));
            };
            let (node, input) = target.rsplit_once('.').ok_or_else(|| {
                format!("inputs.{name} = {target:?} is not \"<node id>.<input name>\"")
            })?;
            let Some(found) = graph.get(node) else {
                return Err(format!(
                    "inputs.{name}: workflow file {shown} has no node {node:?}"
                ));
            };
            let class = found["class_type"].as_str().unwrap_or_default();
            let Some(value) = found["inputs"].get(input) else {
                return Err(format!(
                    "inputs.{name}: node {node:?} ({class}) of workflow file {shown} has no input {input:?}"
                ));
            };
            if value.is_array() {
                return Err(format!(
                    "inputs.{name}: input {input:?} of node {node:?} ({class}) is linked to another node; map a widget input that holds a value"
                ));
            }
            if name == "reference" && (class != "LoadImage" || input != "image") {
                return Err(format!(
                    "inputs.reference must be a LoadImage node's image input, not {node}.{input} ({class})"
                ));
            }
            *slot = Some(Target {
                node: node.to_owned(),
                input: input.to_owned(),
            });
        }
        if mapped.prompt.is_none() {
            return Err(
                "inputs.prompt is required (the node input that takes the prompt, e.g. \"6.text\")"
                    .into(),
            );
        }
        let outputs: Vec<String> = match outputs {
            Some(list) => {
                if list.is_empty() {
                    return Err("outputs is empty".into());
                }
                for id in list {
                    if !graph.contains_key(id) {
                        return Err(format!("outputs: workflow file {shown} has no node {id:?}"));
                    }
                }
                list.to_vec()
            }
            None => {
                let of = |class: &str| -> Vec<String> {
                    graph
                        .iter()
                        .filter(|(_, n)| n["class_type"] == class)
                        .map(|(id, _)| id.clone())
                        .collect()
                };
                let saved = of("SaveImage");
                let list = if saved.is_empty() {
                    of("PreviewImage")
                } else {
                    saved
                };
                if list.is_empty() {
                    return Err(format!(
                        "workflow file {shown} has no SaveImage or PreviewImage node; name the output nodes with outputs = [\"<node id>\"]"
                    ));
                }
                list
            }
        };
        Ok(Self {
            path: path.to_owned(),
            graph,
            inputs: mapped,
            outputs,
        })
    }

    /// A copy of the workflow with our values in the mapped inputs.
    #[must_use]
    pub fn fill(&self, values: &Fill<'_>) -> Value {
        let mut graph = self.graph.clone();
        let mut set = |target: Option<&Target>, value: Value| {
            if let Some(t) = target
                && let Some(inputs) = graph
                    .get_mut(&t.node)
                    .and_then(|n| n.get_mut("inputs"))
                    .and_then(Value::as_object_mut)
            {
                inputs.insert(t.input.clone(), value);
            }
        };
        let i = &self.inputs;
        set(i.prompt.as_ref(), values.prompt.into());
        set(i.negative_prompt.as_ref(), values.negative_prompt.into());
        set(i.seed.as_ref(), values.seed.into());
        set(i.width.as_ref(), values.width.into());
        set(i.height.as_ref(), values.height.into());
        set(i.count.as_ref(), values.count.into());
        if let Some(name) = values.reference {
            set(i.reference.as_ref(), name.into());
        }
        // With a reference, the workflow's own denoise (0.6 if it holds no number); 1.0 without.
        let own = i.denoise.as_ref().and_then(|t| {
            self.graph
                .get(&t.node)?
                .get("inputs")?
                .get(&t.input)?
                .as_f64()
        });
        let denoise = if values.reference.is_some() {
            own.unwrap_or(0.6)
        } else {
            1.0
        };
        set(i.denoise.as_ref(), denoise.into());
        Value::Object(graph)
    }

    /// The class of a node (for messages), if the workflow has it.
    #[must_use]
    pub fn class_of(&self, node: &str) -> Option<&str> {
        self.graph.get(node)?.get("class_type")?.as_str()
    }

    /// One line for `check-config`: the file, the mapped inputs and the output nodes.
    #[must_use]
    pub fn summary(&self) -> String {
        let mapped: Vec<String> = PARAMETERS
            .iter()
            .filter_map(|p| self.inputs.get(p).map(|t| format!("{p} → {t}")))
            .collect();
        format!(
            "workflow {} ({}; images from node {})",
            self.path.display(),
            mapped.join(", "),
            self.outputs.join(", ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GRAPH: &str = r#"{
        "3": {"class_type": "KSampler", "inputs": {"seed": 1, "denoise": 0.55, "model": ["4", 0]}},
        "5": {"class_type": "EmptyLatentImage", "inputs": {"width": 512, "height": 512, "batch_size": 1}},
        "6": {"class_type": "CLIPTextEncode", "inputs": {"text": "x", "clip": ["4", 1]}},
        "9": {"class_type": "SaveImage", "inputs": {"filename_prefix": "ComfyUI", "images": ["8", 0]}},
        "10": {"class_type": "LoadImage", "inputs": {"image": "example.png"}}
    }"#;

    fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn parse(pairs: &[(&str, &str)]) -> Result<Workflow, String> {
        Workflow::parse(Path::new("w.json"), GRAPH, &map(pairs), None)
    }

    #[test]
    fn fills_the_mapped_inputs_only() {
        let w = parse(&[
            ("prompt", "6.text"),
            ("seed", "3.seed"),
            ("width", "5.width"),
            ("height", "5.height"),
            ("count", "5.batch_size"),
            ("reference", "10.image"),
            ("denoise", "3.denoise"),
        ])
        .unwrap();
        assert_eq!(w.outputs, ["9"]);
        let filled = w.fill(&Fill {
            prompt: "a fox",
            negative_prompt: "",
            seed: u64::MAX,
            width: 832,
            height: 1216,
            count: 3,
            reference: Some("ref.png"),
        });
        assert_eq!(filled["6"]["inputs"]["text"], "a fox");
        assert_eq!(filled["6"]["inputs"]["clip"], serde_json::json!(["4", 1]));
        assert_eq!(filled["3"]["inputs"]["seed"], u64::MAX);
        assert_eq!(filled["5"]["inputs"]["width"], 832);
        assert_eq!(filled["5"]["inputs"]["batch_size"], 3);
        assert_eq!(filled["10"]["inputs"]["image"], "ref.png");
        assert_eq!(filled["3"]["inputs"]["denoise"], 0.55);
        let plain = w.fill(&Fill {
            reference: None,
            ..Fill {
                prompt: "a fox",
                negative_prompt: "",
                seed: 1,
                width: 8,
                height: 8,
                count: 1,
                reference: None,
            }
        });
        assert_eq!(plain["3"]["inputs"]["denoise"], 1.0);
        assert_eq!(plain["10"]["inputs"]["image"], "example.png");
    }

    #[test]
    fn mistakes_are_named() {
        let err = |pairs: &[(&str, &str)]| parse(pairs).unwrap_err();
        assert!(err(&[("seed", "3.seed")]).contains("inputs.prompt is required"));
        assert!(err(&[("prompt", "7.text")]).contains("no node \"7\""));
        assert!(err(&[("prompt", "6.txt")]).contains("has no input \"txt\""));
        assert!(err(&[("prompt", "6.clip")]).contains("linked to another node"));
        assert!(err(&[("prompt", "6")]).contains("is not \"<node id>.<input name>\""));
        assert!(
            err(&[("prompt", "6.text"), ("steps", "3.seed")])
                .contains("inputs.steps is not one of")
        );
        assert!(err(&[("prompt", "6.text"), ("reference", "6.text")]).contains("LoadImage"));
        let ui = Workflow::parse(
            Path::new("w.json"),
            r#"{"nodes":[],"links":[]}"#,
            &map(&[]),
            None,
        );
        assert!(ui.unwrap_err().contains("UI format"));
        let bad = Workflow::parse(Path::new("w.json"), "{", &map(&[]), None);
        assert!(bad.unwrap_err().contains("not valid JSON"));
        let outputs = Workflow::parse(
            Path::new("w.json"),
            GRAPH,
            &map(&[("prompt", "6.text")]),
            Some(&["99".to_owned()]),
        );
        assert!(outputs.unwrap_err().contains("no node \"99\""));
    }
}
