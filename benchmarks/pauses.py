"""Pause removal on real human speech: how many words "remove the pauses" cuts (aim: 0).

The ten recordings of the real-media corpus (tests/realmedia/corpus.py: five LibriVox readings and five
read card names, from Debian's pocketsphinx-testdata) are joined under a still picture with pauses of
0.3, 0.6, 1.0, 1.5 and 2.5 s between them (2 s of silence first and last). The engine's own turn
"remove the pauses" (deterministic parser, tiny.en word times) then plans the cuts. Two references,
neither of them the model the engine planned with:

- words cut: word times from the multilingual `base` model; a word counts as cut when more than
  30 ms of it is not kept;
- voiced audio removed: 10 ms frames louder than -35 dBFS inside the recordings (their known
  placement) that the cuts removed, in ms — an energy check that needs no model at all.

Also printed: pauses removed (of the ones >= 0.6 s placed between recordings), seconds removed, pieces.
Run from the repository root: `python benchmarks/pauses.py` (builds the corpus on first use, like ./dev).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.media import probe, run_ffmpeg  # noqa: E402
from tests.realmedia import corpus as corpus_mod  # noqa: E402
from vidai_nb.engine.agent import DraftChanged, TextDelta, TurnContext, run_turn  # noqa: E402
from vidai_nb.engine.media.probe import probe as engine_probe  # noqa: E402
from vidai_nb.engine.ops import MediaRef, build_draft  # noqa: E402
from vidai_nb.engine.speech import transcribe  # noqa: E402

PAUSES_S = [0.3, 0.6, 1.0, 1.5, 2.5]
LEAD_S = TAIL_S = 2.0
RATE = 16_000


def compose(d: Path) -> tuple[Path, list[tuple[float, float]], np.ndarray]:
    """The clip, each recording's span (s) and the mono 16 kHz sound as placed."""
    utts = corpus_mod.utterances(corpus_mod.build())
    pcm: list[np.ndarray] = [np.zeros(int(LEAD_S * RATE), np.float32)]
    spans: list[tuple[float, float]] = []
    t = LEAD_S
    for i, u in enumerate(utts):
        raw = d / f"u{i}.pcm"
        run_ffmpeg("-i", str(u.path), "-ac", "1", "-ar", str(RATE), "-f", "f32le", str(raw))
        x = np.frombuffer(raw.read_bytes(), np.float32)
        spans.append((t, t + len(x) / RATE))
        pcm.append(x)
        t += len(x) / RATE
        gap = PAUSES_S[i % len(PAUSES_S)] if i < len(utts) - 1 else TAIL_S
        pcm.append(np.zeros(int(gap * RATE), np.float32))
        t += gap
    sound = np.concatenate(pcm)
    (d / "all.pcm").write_bytes(sound.tobytes())
    out = d / "readings.mp4"
    run_ffmpeg("-f", "lavfi", "-i", f"color=c=0x336699:s=320x240:r=25:d={len(sound) / RATE:.3f}",
               "-f", "f32le", "-ar", str(RATE), "-ac", "1", "-i", str(d / "all.pcm"),
               "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac",
               "-b:a", "128k", "-shortest", str(out))
    return out, spans, sound


async def plan_cuts(path: Path) -> tuple[dict[str, Any], str]:
    info = engine_probe(path)
    ref = MediaRef("m1", path.name, "video", info.duration_ms, info.width, info.height, info.has_audio)
    start = build_draft([ref])
    ctx = TurnContext(text="remove the pauses", language="en", draft=start, media={"m1": ref},
                      media_paths={"m1": path}, version=1, version_count=1, get_version=lambda v: start)
    evs = [e async for e in run_turn(ctx)]
    changed = [e for e in evs if isinstance(e, DraftChanged)]
    reply = "".join(e.text for e in evs if isinstance(e, TextDelta))
    return (changed[-1].draft if changed else start), reply


def kept_ranges(draft: dict[str, Any]) -> list[tuple[float, float]]:
    main = next(t for t in draft["t"] if t.get("role") == "main")
    return [(int(s["in"]) / 1000, (int(s["in"]) + int(s["d"])) / 1000) for s in main["sg"]]


def kept_length(a: float, b: float, kept: list[tuple[float, float]]) -> float:
    return sum(max(0.0, min(b, kb) - max(a, ka)) for ka, kb in kept)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="pauses-") as t:
        clip, spans, sound = compose(Path(t))
        total_s = probe(clip).duration
        t0 = time.perf_counter()
        draft, reply = asyncio.run(plan_cuts(clip))
        plan_s = time.perf_counter() - t0
        kept = kept_ranges(draft)
        removed_s = total_s - sum(b - a for a, b in kept)
        print(f"{len(spans)} real recordings, {total_s:.1f} s; planned in {plan_s:.1f} s (tiny.en transcript "
              f"included): {len(kept)} pieces kept, {removed_s:.1f} s removed — {reply.splitlines()[0][:90]}")

        gaps = [(spans[i][1], spans[i + 1][0]) for i in range(len(spans) - 1)]
        long_gaps = [(a, b) for a, b in gaps if b - a > 0.55]
        went = sum(1 for a, b in long_gaps if kept_length(a, b, kept) < (b - a) - 0.3)
        print(f"pauses between recordings shortened: {went} of {len(long_gaps)} (>= 0.6 s)")

        os.environ["VIDAI_WHISPER_MODEL"] = "base"  # the reference: another model than the one that planned
        ref_words = transcribe(clip)
        cut = [w for w in ref_words if (w.end_ms - w.start_ms) / 1000
               - kept_length(w.start_ms / 1000, w.end_ms / 1000, kept) > 0.03]
        shown = ", ".join(f"{w.text.strip()}@{w.start_ms / 1000:.2f}" for w in cut[:10])
        print(f"words cut (base-model word times): {len(cut)} of {len(ref_words)}"
              + (f": {shown}" if cut else ""))

        frame = RATE // 100
        voiced_removed = voiced = 0
        for a, b in spans:
            for i in range(int(a * RATE), int(b * RATE) - frame, frame):
                x = sound[i:i + frame]
                if 20 * np.log10(float(np.sqrt(np.mean(x * x))) + 1e-9) > -35:
                    voiced += 10
                    s = i / RATE
                    if kept_length(s, s + 0.01, kept) < 0.005:
                        voiced_removed += 10
        print(f"voiced audio removed (energy, no model): {voiced_removed} ms of {voiced} ms")


if __name__ == "__main__":
    main()
