"""The real-media corpus (built by `./dev`, cached; see corpus.py) and clips composed from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import media
from tests.realmedia import corpus as corpus_mod
from tests.realmedia.corpus import Utterance

LEAD_S = 2.5  # silence under a live picture before the first word
GAP_S = 1.2  # a pause between two readings
TAIL_S = 2.0


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The corpus folder; built from the registry packages if `./dev` has not done it yet."""
    return corpus_mod.build()


@pytest.fixture(scope="session")
def readings(corpus: Path) -> list[Utterance]:
    return [u for u in corpus_mod.utterances(corpus) if u.path.parent.name == "librivox"]


@pytest.fixture(scope="session")
def talking_video(corpus: Path, readings: list[Utterance],
                  tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[float, float]]]:
    """Real camera footage (carphone, looped) under five real readings: 2.5 s of silence first,
    1.2 s pauses between readings, 2 s of silence last. Returns the clip and each reading's span (s)."""
    d = tmp_path_factory.mktemp("talking")
    spans: list[tuple[float, float]] = []
    inputs: list[str] = []
    chain: list[str] = []
    t = LEAD_S
    for i, u in enumerate(readings):
        length = media.probe(u.path).duration
        inputs += ["-i", str(u.path)]
        delay = round(t * 1000)
        chain.append(f"[{i + 1}:a]aresample=48000,adelay={delay}:all=1[a{i}]")
        spans.append((t, t + length))
        t += length + GAP_S
    total = t - GAP_S + TAIL_S
    mix = "".join(f"[a{i}]" for i in range(len(readings)))
    chain.append(f"{mix}amix=inputs={len(readings)}:normalize=0,apad=whole_dur={total:.3f}[a]")
    out = d / "talking.mp4"
    media.run_ffmpeg(
        "-stream_loop", "-1", "-i", str(corpus / "data" / "carphone_pristine.mp4"), *inputs,
        "-filter_complex", ";".join(chain), "-map", "0:v", "-map", "[a]",
        "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac",
        "-t", f"{total:.3f}", str(out),
    )  # fmt: skip
    return out, spans
