"""Docs enforced by tests (the Datasette way): every setting the code reads is in the README's table."""

from __future__ import annotations

import re
from pathlib import Path

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
