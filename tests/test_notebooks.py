"""Every notebook in notebooks/ runs top to bottom against the local engine (nbclient, kernel python3),
in a temp working dir with a temp VIDAI_DATA_DIR; the engine the first notebook starts is reused by the
next ones and stopped at the end."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from vidai_nb import local

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.fixture(scope="module")
def nb_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    data = tmp_path_factory.mktemp("nb-engine")
    keys = ("VIDAI_DATA_DIR", "XDG_CONFIG_HOME", "PYTHONPATH", "NEMO_API_URL")
    saved = {k: os.environ.get(k) for k in keys}
    os.environ["VIDAI_DATA_DIR"] = str(data)
    os.environ["XDG_CONFIG_HOME"] = str(tmp_path_factory.mktemp("nb-xdg"))
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), saved["PYTHONPATH"]) if p)
    os.environ.pop("NEMO_API_URL", None)
    yield data
    local.stop_engine(data)
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


def test_every_notebook_is_collected() -> None:
    names = {p.stem for p in NOTEBOOKS}
    assert {"01-quick-edit", "02-batch", "03-iterate-and-undo", "04-prompt-lab", "05-edit-by-transcript",
            "studio"} <= names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(path: Path, nb_env: Path, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    shutil.copy(path, work / path.name)
    book = nbformat.read(work / path.name, as_version=4)
    t0 = time.monotonic()
    client = NotebookClient(book, kernel_name="python3", timeout=240,
                            resources={"metadata": {"path": str(work)}})
    client.execute()
    elapsed = time.monotonic() - t0
    errors = [o for c in book.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if o.get("output_type") == "error"]
    assert not errors
    text = "\n".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", ""))
                     for c in book.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert "Traceback" not in text
    if path.stem == "01-quick-edit":
        assert "● Ready" in text  # connect()'s "Connecting..." display was updated to "Ready"
        assert list((work / "exports").glob("*.mp4"))
    if path.stem == "05-edit-by-transcript":
        check_edit_by_transcript(work)
    print(f"{path.stem}: {elapsed:.1f} s")


def check_edit_by_transcript(work: Path) -> None:
    """The exported video is shorter by the words the notebook dropped: at least their own time, at most
    that with the silence around them (±0.3 s), and its subtitles no longer say them."""
    import pandas as pd

    from tests.media import probe

    words = pd.read_csv(work / "words.csv")
    total_ms = probe(work / "media" / "talk.mp4").duration * 1000
    shrunk_ms = total_ms - probe(work / "exports" / "talk-edited.mp4").duration * 1000
    gone = words[~words["kept"]]
    assert len(gone) >= 3 and gone["is_filler"].any()
    least = float((gone["end_ms"] - gone["start_ms"]).sum())
    most = 0.0
    for _, run in gone.groupby((words["kept"] != words["kept"].shift()).cumsum()[~words["kept"]]):
        before = words.loc[: run.index[0] - 1]
        after = words.loc[run.index[-1] + 1:]
        most += (after["start_ms"].iloc[0] if len(after) else total_ms) - (
            before["end_ms"].iloc[-1] if len(before) else 0)
    assert least - 300 <= shrunk_ms <= most + 300, (least, shrunk_ms, most)
    srt = (work / "exports" / "talk-edited.srt").read_text().lower()
    assert "pricing" not in srt and "lake" in srt
