"""The published names (docs/interfaces.md) and the cost of importing them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import vidai_nb.timeline as tl

ROOT = Path(__file__).resolve().parents[2]


def test_every_public_name_resolves() -> None:
    for name in tl.__all__:
        assert getattr(tl, name) is not None, name
    assert set(dir(tl)) == set(tl.__all__)


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        _ = tl.no_such_thing


def test_text_functions_do_not_import_pandas_or_matplotlib() -> None:
    code = (
        "import sys\n"
        "from vidai_nb.timeline import summary, diff_text, readiness, empty_draft\n"
        "import vidai_nb.timeline.schema\n"
        "assert summary(empty_draft()) == 'Timeline (0 tracks): empty'\n"
        "heavy = [m for m in ('pandas', 'matplotlib') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == ""


def test_lazy_names_stay_functions_whatever_is_touched_first() -> None:
    # a module named like its function would shadow it once imported; every public name stays callable
    code = (
        "import vidai_nb.timeline as t\n"
        "t.to_png; t.diff_text; t.summary\n"
        "assert callable(t.plot) and callable(t.diff) and callable(t.summary), (t.plot, t.diff)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
