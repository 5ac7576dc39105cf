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


# docs/operations.md, "How the deterministic parser reads requests" and "Amounts used when a request names
# none": every example is read by the parser

PARSER_SECTION = "## How the deterministic parser reads requests"
DEFAULTS_SECTION = "## Amounts used when a request names none"
THREE_CLIPS = " (3 clips)"
_UNREAD = ("didn't understand", "没看懂")


def parser_examples(heading: str = PARSER_SECTION) -> list[tuple[str, str, str]]:
    """(rule, request, reading) for each table row of the section, as the page shows them."""
    text = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
    section = text.split(heading, 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.startswith("| ") else []
        if len(cells) == 3 and cells[1].startswith("\u201c"):
            rows.append((cells[0], cells[1], cells[2]))
    return rows


def _segments(reading: str) -> list[str]:
    """'a; asks “x; y”; b' -> ['a', 'asks “x; y”', 'b'] (a '; ' inside “…” does not split)."""
    parts, depth, current = [], 0, ""
    for i, ch in enumerate(reading):
        depth += {"\u201c": 1, "\u201d": -1}.get(ch, 0)
        if ch == ";" and depth == 0 and reading[i + 1:i + 2] == " ":
            parts.append(current.strip())
            current = ""
            continue
        current += ch
    return [p for p in [*parts, current.strip()] if p]


def _said(op: object) -> str:
    """What the reply says an operation did, as the page writes it (counts filled after the turn left out)."""
    from vidai_nb.engine.ops import describe

    return re.sub(r"\(0 captions, ", "(", describe(op)).replace("cut the 0 sentences", "cut the sentences")


def _exported(export: dict[str, object]) -> str:
    from vidai_nb.engine.ops import clock

    words = ["exports", str(export["format"])]
    if "start_ms" in export:
        words.append(f"{clock(export['start_ms'])}–{clock(export.get('end_ms'))}")  # type: ignore[arg-type]
    if "at_ms" in export:
        words.append(f"at {clock(export['at_ms'])}")  # type: ignore[arg-type]
    if export.get("resolution"):
        words.append(str(export["resolution"]))
    return " ".join(words)


_WITH = re.compile(r"with `(\w+)` (\S+)")
_LASTS = re.compile(r"lasts (\d+(?:\.\d+)?) s")


def _field_text(value: object) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _added_lengths(draft: dict[str, object], ops: list[object]) -> list[int]:
    """How long each piece the operations add plays (segments not in the draft before), in ms."""
    from vidai_nb.engine.ops import apply
    from vidai_nb.engine.ops.examples import SAMPLE_MEDIA

    before = {s["id"] for t in draft["t"] for s in t["sg"]}  # type: ignore[attr-defined]
    for op in ops:
        draft = apply(draft, op, SAMPLE_MEDIA)
    return [s["d"] for t in draft["t"] for s in t["sg"] if s["id"] not in before]  # type: ignore[attr-defined]


DOCUMENTED = [*parser_examples(), *parser_examples(DEFAULTS_SECTION)]


@pytest.mark.parametrize(("rule", "request_cell", "reading"), DOCUMENTED, ids=[r[1] for r in DOCUMENTED])
def test_the_parser_reads_each_documented_request_as_the_docs_say(rule: str, request_cell: str,
                                                                  reading: str) -> None:
    from vidai_nb.engine.agent import parse
    from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

    request = request_cell.removesuffix(THREE_CLIPS)
    assert request.startswith("\u201c") and request.endswith("\u201d"), request_cell
    text = request[1:-1]
    draft = sample_draft(["clip.mp4", "b.mp4", "c.mp4"], music="music.mp3") if request_cell.endswith(
        THREE_CLIPS) else sample_draft()
    chinese = re.search(r"[\u4e00-\u9fff]", text) is not None
    plan = parse(text, "zh-CN" if chinese else "en", list(SAMPLE_MEDIA.values()), draft)
    said: dict[str, list[str]] = {"asks": [], "answers": [], "refuses": [], "says": []}
    ops: list[str] = []
    exports: list[str] = []
    fields: list[tuple[str, str]] = []  # "with `size` 144": a field of one of the operations
    lasts: list[int] = []  # "lasts 3 s": how long a piece the operations add plays
    for seg in _segments(reading):
        kind, _, rest = seg.partition(" ")
        if kind in said and rest.startswith("\u201c") and rest.endswith("\u201d"):
            said[kind].append(rest[1:-1])
        elif (with_m := _WITH.fullmatch(seg)) is not None:
            fields.append((with_m.group(1), with_m.group(2)))
        elif (lasts_m := _LASTS.fullmatch(seg)) is not None:
            lasts.append(round(float(lasts_m.group(1)) * 1000))
        elif kind == "exports":
            exports.append(seg)
        else:
            ops.append(seg)
    got = f"ops {[_said(o) for o in plan.ops]}, question {plan.question!r}, refusal {plan.refusal!r}, " \
          f"answer {plan.answer!r}, export {plan.export!r}, notes {plan.notes!r}"
    assert [_said(o) for o in plan.ops] == ops, got
    assert ([_exported(plan.export)] if plan.export else []) == exports, got
    for name, value in fields:
        held = [_field_text(getattr(o, name)) for o in plan.ops if name in type(o).model_fields]
        assert value in held, f"with `{name}` {value}: {held}; {got}"
    if lasts:
        added = _added_lengths(draft, list(plan.ops))
        assert all(ms in added for ms in lasts), f"lasts {lasts}: added pieces of {added} ms; {got}"
    for kind, value in (("asks", plan.question), ("answers", plan.answer), ("refuses", plan.refusal)):
        assert bool(value) == bool(said[kind]), f"{kind}: {got}"
        for fragment in said[kind]:
            assert fragment.lower() in (value or "").lower(), f"{kind} “{fragment}”: {got}"
    notes = " ".join(plan.notes).lower()
    for fragment in said["says"]:
        assert fragment.lower() in notes, f"says “{fragment}”: {got}"
    for note in plan.notes:  # a word the reply names as not understood is said on the page too
        if any(u in note for u in _UNREAD):
            assert any(f.lower() in note.lower() for f in said["says"]), f"unmentioned note: {got}"


def test_the_parser_section_has_its_examples() -> None:
    rows = parser_examples()
    assert len(rows) >= 60 and len({r[1] for r in rows}) == len(rows), "each documented request once"


def test_the_defaults_section_is_short_and_before_the_parser_rules() -> None:
    text = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
    assert text.index("| operation | description | example |") < text.index(DEFAULTS_SECTION) < \
        text.index(PARSER_SECTION)
    rows = parser_examples(DEFAULTS_SECTION)
    assert 30 <= len(rows) <= 48, len(rows)  # (46: text in big / small letters, session 28)
    assert len({r[1] for r in DOCUMENTED}) == len(DOCUMENTED), "each documented request once, in either"
