"""Interval merging and gaps, checked against a millisecond-by-millisecond model."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from vidai_nb.timeline.intervals import clip, complement, merge

spans = st.lists(st.tuples(st.integers(-20, 120), st.integers(-20, 120)), max_size=8)


def _covered(ss: list[tuple[int, int]]) -> set[int]:
    return {t for a, b in ss for t in range(a, b)}


@given(spans)
def test_merge_covers_the_same_time_in_disjoint_sorted_spans(ss: list[tuple[int, int]]) -> None:
    out = merge(ss)
    assert _covered(out) == _covered(ss)
    assert all(a < b for a, b in out)
    # disjoint and not touching: a touching pair would have been joined
    assert all(b1 < a2 for (_, b1), (a2, _) in pairwise(out))


@given(spans, st.integers(0, 100))
def test_clip_stays_inside_the_programme(ss: list[tuple[int, int]], total: int) -> None:
    out = clip(ss, total)
    assert _covered(out) == _covered(ss) & set(range(total))
    assert out == merge(out)


def test_clip_reads_none_as_the_end() -> None:
    assert clip([(50, None), (-5, 10)], 80) == [(0, 10), (50, 80)]


@given(spans, st.integers(0, 100))
def test_complement_is_the_rest_of_the_programme(ss: list[tuple[int, int]], total: int) -> None:
    out = complement(ss, total)
    assert _covered(out) == set(range(total)) - _covered(ss)
    assert out == merge(out)


def test_touching_spans_join() -> None:
    assert merge([(10, 20), (0, 10), (30, 30)]) == [(0, 20)]
    assert complement([(10, 20), (0, 10)], 25) == [(20, 25)]
