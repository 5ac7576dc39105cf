"""Two processes asking for the same new clip's transcript at the same moment: one transcription.

Each process is a real Python process with the bundled model (as two workers of a shared deployment,
or two local engines sharing a data folder are); they start transcribing on the same signal, and each
reports how many times it ran the model.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests import media
from vidai_nb.engine.speech import models as speech_models

pytestmark = pytest.mark.skipif(
    not any(speech_models.is_installed(m) for m in speech_models.BUNDLED.values()),
    reason="no bundled Whisper model installed",
)

_ASK = """
import json, os, sys, time
from pathlib import Path
from vidai_nb.engine.speech import asr, models, store
from vidai_nb.engine.storage import LocalStorage

folder, clip, go = (Path(a) for a in sys.argv[1:4])
store.use(LocalStorage(folder))
models.get_model("en")  # loaded before the signal, so both ask at the same moment
(go.parent / f"ready-{os.getpid()}").touch()
while not go.exists():
    time.sleep(0.002)
words = asr.transcribe(clip, language="en")
print(json.dumps({"runs": asr.transcriptions(), "words": [w.text for w in words]}))
"""


def _ask_twice(tmp_path: Path, env: dict[str, str]) -> list[dict[str, object]]:
    clip = media.make_speech(tmp_path / "new.wav", "Two workers want the words of this clip at once.")
    folder, go = tmp_path / "store", tmp_path / "signals" / "go"
    go.parent.mkdir()
    procs = [subprocess.Popen([sys.executable, "-c", _ASK, str(folder), str(clip), str(go)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
             for _ in range(2)]
    try:
        deadline = time.monotonic() + 120
        while len(list(go.parent.glob("ready-*"))) < 2:
            assert time.monotonic() < deadline, "the processes did not get ready"
            assert all(p.poll() is None for p in procs), [p.communicate() for p in procs]
            time.sleep(0.02)
        go.touch()
        outs = [p.communicate(timeout=300) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    assert all(p.returncode == 0 for p in procs), outs
    return [json.loads(out.strip().splitlines()[-1]) for out, _err in outs]


def _check(results: list[dict[str, object]]) -> None:
    assert sorted(int(str(r["runs"])) for r in results) == [0, 1], results  # one made it, one read it
    first, second = (r["words"] for r in results)
    assert first == second and isinstance(first, list) and len(first) >= 5, results


def test_two_local_processes_sharing_a_folder_transcribe_once(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "VIDAI_DATABASE_URL"}
    env["VIDAI_DATA_DIR"] = str(tmp_path / "data")
    _check(_ask_twice(tmp_path, env))


def test_two_workers_of_a_shared_deployment_transcribe_once(tmp_path: Path, postgres_dsn: str) -> None:
    """The PostgreSQL advisory lock (the transcripts' store here is a shared folder; in a deployment it
    is S3, which has no lock of its own: the lock is the database's either way)."""
    env = {**os.environ, "VIDAI_DATABASE_URL": postgres_dsn, "VIDAI_DATA_DIR": str(tmp_path / "data")}
    _check(_ask_twice(tmp_path, env))
