"""How many understood requests still carry an "I didn't understand …" note, and which words it names.

    python3 benchmarks/unexplained_notes.py [--data benchmarks/data/requests.jsonl] [--rows] [--top N]

A row that passes (its plan is the expected one) and still says "I didn't understand, so didn't do: …"
tells the person something false or needless: the words it names were explained, or carry no edit
(fillers, politeness). Real unexplained content words should still be named, so this is a count to bring
down by making the planner account for words, never by hiding the note. Prints the count of passing rows
with such a note, and the commonest words named in them.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.understanding import DATA, judge, load, row_draft, uploads  # noqa: E402
from vidai_nb.engine.agent import parse  # noqa: E402

_NOTE = re.compile(r"(?:I didn't understand, so didn't do: |这部分我没看懂，没有处理：)“(.*)”")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--rows", action="store_true", help="print each passing row with its note")
    ap.add_argument("--top", type=int, default=30, help="how many of the commonest words to print")
    args = ap.parse_args(argv)
    rows = load(args.data)
    noted: list[tuple[dict[str, object], str]] = []
    passing = 0
    for row in rows:
        draft = row_draft(row)
        plan = parse(row["text"], row.get("lang", "en"), uploads(row), draft)
        if not judge(row, plan)[0]:
            continue
        passing += 1
        said = [m.group(1) for n in plan.notes for m in [_NOTE.search(n)] if m]
        if said:
            noted.append((row, "; ".join(said)))
    words: Counter[str] = Counter()
    for _, said in noted:
        words.update(w for w in re.findall(r"[a-z][a-z'-]*|[\u4e00-\u9fff]+|\d+(?:\.\d+)?s?", said.lower()))
    if args.rows:
        for row, said in noted:
            print(f"#{row['id']} {row['text']!r}: “{said}”")
    print(f"passing rows with an \"I didn't understand\" note: {len(noted)} of {passing} passing "
          f"({len(rows)} rows)")
    print("commonest words named: " + ", ".join(f"{w} {n}" for w, n in words.most_common(args.top)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
