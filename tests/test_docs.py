"""Docs enforced by tests (the Datasette way): every setting the code reads is in the README's table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests import media

ROOT = Path(__file__).resolve().parent.parent
ENV_NAME = re.compile(r"""["']((?:NEMO|VIDAI|SKILL)_[A-Z0-9_]+)["']""")


def env_names_in_code() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "vidai_nb").rglob("*.py"):
        names.update(ENV_NAME.findall(path.read_text(encoding="utf-8")))
    return names


def readme_table_names() -> set[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| `")]
    return {name for row in rows for name in re.findall(r"`((?:NEMO|VIDAI|SKILL)_[A-Z0-9_]+)`", row)}


def test_every_setting_read_by_the_code_is_documented() -> None:
    missing = env_names_in_code() - readme_table_names()
    assert not missing, f"settings read by the code but missing from README's tables: {sorted(missing)}"


def test_readme_names_the_two_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "./dev studio" in text and "./dev test" in text
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "./dev test" in ci, "CI must run the README's test command"


def test_readme_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README example as written: media made here, the local engine started by connect()."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", text, re.S)
    assert code is not None
    media.make_video(tmp_path / "city.mp4", seconds=5)
    media.make_audio(tmp_path / "lofi.mp3", seconds=8)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("VIDAI_DATA_DIR", str(tmp_path / "engine"))
    scope: dict[str, object] = {"display": lambda *a, **k: None}
    try:
        exec(compile(code.group(1), "README.md", "exec"), scope)
    finally:
        conn = scope.get("conn")
        if conn is not None:
            conn.stop()  # type: ignore[attr-defined]
    out = media.probe(tmp_path / "urban.mp4")
    assert (out.video["width"], out.video["height"]) == (1080, 1920)
    assert out.audio is not None and abs(out.duration - 5.0) < 0.2
    assert "Urban Dreams" in str(scope["reply"].text)  # type: ignore[attr-defined]
