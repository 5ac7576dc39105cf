"""Planner speed: requests parsed with the planner's pattern cache (`vidai_nb.engine.agent.cached_re`)
against the same planner on the standard library's `re` (whose cache holds 512 patterns; the planner
uses about a thousand per request), in the same process, alternating rounds.

Checked: both give the same plan, question and answer for every request timed.

Printed: milliseconds per request for each, and the ratio. Run from the repository root:
`python benchmarks/planner.py [--rows 1500] [--rounds 3]`.

Measured 2026-12-02 on the 2-core machine, `python benchmarks/planner.py --rows 600 --rounds 2`: stdlib re
150.4 ms/request, cached_re 10.6 ms/request - 14.1x; same plans for all 600. The accuracy scorer
(`benchmarks/understanding.py`, 14404 rows) went from ~14 min to 2 min 9 s (8.8 ms/request).
"""

from __future__ import annotations

import argparse
import json
import random
import re as stdlib_re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vidai_nb.engine.agent import cached_re, parse  # noqa: E402
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft  # noqa: E402

# the planner modules that read their patterns through cached_re (after a first parse has imported them all)
_ON_CACHE: list[Any] = []


def _modules_on(use: Any) -> None:
    """Point every planner module that reads patterns through `cached_re` at `use` instead (only those:
    a module of the package that uses the standard library's `re` itself is left as it is)."""
    if not _ON_CACHE:
        _ON_CACHE.extend(mod for name, mod in list(sys.modules.items())
                         if name.startswith("vidai_nb.engine.agent")
                         and getattr(mod, "re", None) is cached_re)
    for mod in _ON_CACHE:
        mod.re = use


def _run(texts: list[str]) -> tuple[float, list[Any]]:
    media = list(SAMPLE_MEDIA.values())
    draft = sample_draft(["clip.mp4", "b.mp4", "c.mp4"], music="music.mp3")
    out: list[Any] = []
    start = time.perf_counter()
    for text in texts:
        lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"
        p = parse(text, lang, media, draft)
        out.append((repr(p.ops), p.question, p.refusal, p.export))
    return (time.perf_counter() - start) / len(texts) * 1000, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=1500)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    lines = (ROOT / "benchmarks" / "data" / "requests.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    random.Random(7).shuffle(texts)
    texts = texts[: args.rows]
    _run(texts[:50])  # imports and first compiles out of the timing
    cached: list[float] = []
    plain: list[float] = []
    for _ in range(args.rounds):
        _modules_on(stdlib_re)
        ms, base = _run(texts)
        plain.append(ms)
        _modules_on(cached_re)
        ms, mine = _run(texts)
        cached.append(ms)
        if base != mine:
            diff = sum(a != b for a, b in zip(base, mine, strict=True))
            raise SystemExit(f"the two planners disagree on {diff} of {len(texts)} requests")
    print(f"{len(texts)} requests x {args.rounds} rounds, same plans from both")
    print(f"stdlib re (512-pattern cache): {min(plain):7.1f} ms/request (best round)")
    print(f"cached_re:                     {min(cached):7.1f} ms/request (best round)")
    print(f"ratio: {min(plain) / min(cached):.1f}x faster")


if __name__ == "__main__":
    main()
