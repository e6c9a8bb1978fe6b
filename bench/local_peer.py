#!/usr/bin/env python3
"""The peer of `bench/local`: the same SD-Turbo files in Hugging Face diffusers on PyTorch (CPU).

    local_peer.py run MODEL_DIR COPY_DIR RUNS    time loading and RUNS images, print the figures
    local_peer.py compare OURS.txt PEER.txt      one line comparing the two outputs

`run` prints the same lines as `cargo bench --bench local` (model, load, image n, the summary),
for the same work: the components loaded in f32 from MODEL_DIR (Hugging Face layout, as written
by the Rust bench: text_encoder, tokenizer, unet, vae, optional scheduler), then for seeds
0..RUNS one 512×512 image with the same prompt, one Euler step on trailing timesteps (SD-Turbo's
sampler), no guidance, VAE decoding and PNG encoding, every image timed (no separate warm-up, as
ours), split at the step's end as ours is.
Best is the fastest; median is the sorted times' element RUNS/2, as ours. Peak RSS is VmHWM.

diffusers reads a model folder's config.json files with its own defaults for missing keys; where
ours lack keys it needs (the VAE's block types, the UNet's up blocks), they are written into a
copy (COPY_DIR: patched config.json files, the weights symlinked) and named on stderr. Nothing
is downloaded (HF_HUB_OFFLINE=1). Run by `bench/local` in its venv.
"""

import io
import json
import os
import re
import sys
import time
from pathlib import Path

PROMPT = "a lighthouse at sunset over a stormy sea"  # server/benches/local.rs
SIZE = 512
STEPS = 1


def peak_rss() -> str:
    """VmHWM of this process, as `/proc/self/status` words it (`123 kB`)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def human(n: float) -> str:
    """Bytes as people read them, as files::human does."""
    if n >= 1 << 30:
        return f"{n / (1 << 30):.1f} GiB"
    if n >= 1 << 20:
        return f"{n / (1 << 20):.1f} MiB"
    return f"{n / 1024:.1f} KiB"


def up_types(down: list) -> list:
    """diffusers' up blocks mirroring the down blocks (candle derives them the same way)."""
    return [t.replace("Down", "Up") for t in reversed(down)]


def peer_copy(model: Path, copy: Path) -> list:
    """COPY_DIR mirrors MODEL_DIR: weights symlinked, config.json files completed with the keys
    diffusers needs and ours lack. Returns what was added, as `component: key`."""
    added = []
    copy.mkdir(parents=True, exist_ok=True)
    for src in sorted(model.rglob("*")):
        dst = copy / src.relative_to(model)
        if src.is_dir():
            dst.mkdir(parents=True, exist_ok=True)
            continue
        if dst.is_symlink() or dst.exists():
            dst.unlink()
        if src.name != "config.json":
            dst.symlink_to(src.resolve())
            continue
        config = json.loads(src.read_text())
        component = src.parent.name
        blocks = len(config.get("block_out_channels", []))
        need = {}
        if component == "unet":
            down = config.get("down_block_types")
            if down:
                need["up_block_types"] = up_types(down)
        elif component == "vae":
            need["down_block_types"] = ["DownEncoderBlock2D"] * blocks
            need["up_block_types"] = ["UpDecoderBlock2D"] * blocks
        for key, value in need.items():
            if key not in config:
                config[key] = value
                added.append(f"{component}/config.json: {key}")
        dst.write_text(json.dumps(config, indent=2))
    return added


def tokenizer_for(folder: Path, positions: int):
    """The model's tokenizer: CLIPTokenizer from vocab.json + merges.txt (a real model's
    repository), else the single-file tokenizer.json that our engine reads."""
    if (folder / "vocab.json").is_file() and (folder / "merges.txt").is_file():
        from transformers import CLIPTokenizer

        return CLIPTokenizer.from_pretrained(folder, model_max_length=positions)
    from transformers import PreTrainedTokenizerFast

    return PreTrainedTokenizerFast(
        tokenizer_file=str(folder / "tokenizer.json"),
        model_max_length=positions,
        bos_token="<|startoftext|>",
        eos_token="<|endoftext|>",
        pad_token="<|endoftext|>",
        unk_token="<|endoftext|>",
    )


def strict(name: str, info: dict) -> None:
    """Refuses a component whose file lacks a tensor or has one of another shape (diffusers and
    transformers would otherwise initialise it at random and time something else)."""
    missing = list(info.get("missing_keys") or [])
    mismatched = list(info.get("mismatched_keys") or [])
    unexpected = list(info.get("unexpected_keys") or [])
    if missing or mismatched:
        sys.exit(
            f"peer: {name}: the file does not fit diffusers' architecture: "
            f"missing {missing[:5]}, other shape {mismatched[:5]}"
        )
    if unexpected:
        print(f"peer: {name}: tensors not used: {unexpected[:5]}", file=sys.stderr)


def run(model: Path, copy: Path, runs: int) -> None:
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
    os.environ["DIFFUSERS_VERBOSITY"] = "error"
    os.environ["TRANSFORMERS_VERBOSITY"] = "error"
    os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"
    t = time.perf_counter()
    import diffusers
    import torch
    from diffusers import (
        AutoencoderKL,
        EulerDiscreteScheduler,
        StableDiffusionPipeline,
        UNet2DConditionModel,
    )
    from transformers import CLIPTextModel
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    imports = time.perf_counter() - t
    threads = len(os.sched_getaffinity(0))
    torch.set_num_threads(threads)
    print(
        f"peer: diffusers {diffusers.__version__} on torch {torch.__version__} "
        f"(CPU, f32, {threads} threads; imports {imports:.1f} s, not counted)"
    )
    for line in peer_copy(model, copy):
        print(f"peer: added for diffusers in its copy only: {line}", file=sys.stderr)
    disk = sum(p.stat().st_size for p in model.rglob("*.safetensors") if p.is_file())
    print(f"model: {model.name} ({human(disk)} on disk)")

    t = time.perf_counter()
    f32 = torch.float32
    text_encoder, info = CLIPTextModel.from_pretrained(
        copy / "text_encoder", dtype=f32, output_loading_info=True
    )
    strict("text_encoder", info)
    unet, info = UNet2DConditionModel.from_pretrained(
        copy / "unet", torch_dtype=f32, output_loading_info=True
    )
    strict("unet", info)
    vae, info = AutoencoderKL.from_pretrained(
        copy / "vae", torch_dtype=f32, output_loading_info=True
    )
    strict("vae", info)
    if (copy / "scheduler" / "scheduler_config.json").is_file():
        scheduler = EulerDiscreteScheduler.from_pretrained(copy / "scheduler")
    else:
        # The engine's defaults for SD-Turbo (schedule.rs: SchedulerSettings): what its
        # repository ships.
        scheduler = EulerDiscreteScheduler(
            num_train_timesteps=1000,
            beta_start=0.00085,
            beta_end=0.012,
            beta_schedule="scaled_linear",
            prediction_type="epsilon",
            timestep_spacing="trailing",
            steps_offset=1,
        )
    tokenizer = tokenizer_for(
        copy / "tokenizer", text_encoder.config.max_position_embeddings
    )
    pipe = StableDiffusionPipeline(
        vae=vae,
        text_encoder=text_encoder,
        tokenizer=tokenizer,
        unet=unet,
        scheduler=scheduler,
        safety_checker=None,
        feature_extractor=None,
        requires_safety_checker=False,
    )
    pipe.set_progress_bar_config(disable=True)
    print(f"load: {time.perf_counter() - t:.1f} s (peak RSS {peak_rss()})")

    times = []
    for seed in range(runs):
        t = time.perf_counter()
        stepped = [0.0]

        def on_step_end(_pipe, _i, _t, kwargs, stepped=stepped, t=t):
            stepped[0] = time.perf_counter() - t
            return kwargs

        with torch.inference_mode():
            image = pipe(
                PROMPT,
                height=SIZE,
                width=SIZE,
                num_inference_steps=STEPS,
                guidance_scale=0.0,
                generator=torch.Generator("cpu").manual_seed(seed),
                callback_on_step_end=on_step_end,
            ).images[0]
            png = io.BytesIO()
            image.save(png, format="PNG")
        s = time.perf_counter() - t
        print(
            f"image {seed + 1}: {s:.1f} s ({png.tell()} bytes; text and step {stepped[0]:.1f} s, "
            f"decoding {s - stepped[0]:.1f} s)",
            flush=True,
        )
        times.append(s)
    times.sort()
    print(
        f"seconds per {SIZE}x{SIZE} image (1 step + text encoding + VAE decode): "
        f"best {times[0]:.1f}, median {times[len(times) // 2]:.1f}; peak RSS {peak_rss()}"
    )


SUMMARY = re.compile(r"best ([\d.]+), median ([\d.]+); peak RSS (\d+) kB")
LOAD = re.compile(r"^load: ([\d.]+) s", re.MULTILINE)


def figures(path: Path):
    text = path.read_text()
    summary, load = SUMMARY.search(text), LOAD.search(text)
    if not summary or not load:
        return None
    best, median, rss = summary.groups()
    return float(load.group(1)), float(best), float(median), int(rss) * 1024


def compare(ours: Path, peer: Path) -> None:
    a, b = figures(ours), figures(peer)
    if a is None or b is None:
        sys.exit("compare: a side printed no figures")

    def ratio(x: float, y: float) -> str:
        return f"{x / y:.2f}×" if y > 0 else "n/a"

    print(
        "obscura (candle) vs diffusers (PyTorch CPU): "
        f"median {a[2]:.1f} s vs {b[2]:.1f} s per image ({ratio(a[2], b[2])}), "
        f"best {a[1]:.1f} s vs {b[1]:.1f} s ({ratio(a[1], b[1])}), "
        f"load {a[0]:.1f} s vs {b[0]:.1f} s ({ratio(a[0], b[0])}), "
        f"peak RSS {human(a[3])} vs {human(b[3])} ({ratio(a[3], b[3])}); "
        "below 1× ours is faster or smaller"
    )


def main() -> None:
    args = sys.argv[1:]
    if len(args) == 4 and args[0] == "run" and args[3].isdigit() and int(args[3]) > 0:
        run(Path(args[1]), Path(args[2]), int(args[3]))
    elif len(args) == 3 and args[0] == "compare":
        compare(Path(args[1]), Path(args[2]))
    else:
        sys.exit(__doc__.split("\n\n")[1])


if __name__ == "__main__":
    main()
