"""to_frame: one row per segment, fixed columns first, odd input never fails."""

from __future__ import annotations

import json
from typing import Any

import pandas as pd
import pytest

from tests.timeline.drafts import docs_example, example
from vidai_nb.timeline import COLUMNS, to_frame


def test_protocol_example_rows() -> None:
    df = to_frame(example())
    assert list(df.columns[: len(COLUMNS)]) == COLUMNS
    assert len(df) == 3
    assert df["track_kind"].tolist() == ["video", "audio", "text"]
    assert df["start_ms"].tolist() == [0, 0, 0]
    assert df["end_ms"].tolist() == [10000, 10000, 3000]
    assert df["duration_s"].tolist() == [10.0, 10.0, 3.0]
    assert df["source"].tolist() == ["m_1", "m_2", None]
    assert df["text"].tolist() == [None, None, "Urban Dreams"]
    assert df.loc[1, "volume"] == pytest.approx(0.35)
    assert df["volume"].isna().tolist() == [True, False, True]
    assert df["segment_id"].tolist() == ["s1", "s2", "s3"]
    assert df["track_role"].tolist() == ["main", "bgm", "title"]


def test_fixed_dtypes() -> None:
    df = to_frame(example())
    assert df["start_ms"].dtype == "int64"
    assert df["end_s"].dtype == "float64"
    assert df["volume"].dtype == "float64"
    assert to_frame(None).dtypes.to_dict() == df[COLUMNS].dtypes.to_dict()


def test_docs_example_flattens_nested_and_track_keys() -> None:
    df = to_frame(docs_example())
    assert len(df) == 5
    first = df.iloc[0]
    assert first["transition.type"] == "fade"
    assert first["transition.d"] == 500
    assert first["in"] == 2000
    assert first["track.muted"] == False  # noqa: E712 (value from JSON, not a flag)
    assert df.iloc[1]["pos"] == "top-right"
    assert df.iloc[4]["track.burn"] == True  # noqa: E712
    # keys shown by fixed columns are not repeated as extras
    assert "start" not in df.columns and "d" not in df.columns and "src" not in df.columns


@pytest.mark.parametrize(
    "draft",
    [None, {}, [], "", "not json", 0, 3.5, True, {"t": None}, {"t": "tracks"}, {"t": {"0": {}}},
     {"t": [1, "x", None]}, {"t": [{"tt": 0}]}, {"t": [{"tt": 0, "sg": "none"}]},
     {"t": [{"tt": 0, "sg": [1, None, "seg", []]}]}, b"\xff\xfe", '{"t": 5}'],
)
def test_nothing_to_show_gives_empty_frame_with_columns(draft: Any) -> None:
    df = to_frame(draft)
    assert df.empty
    assert list(df.columns) == COLUMNS


def test_unknown_tt_and_unknown_keys_are_kept() -> None:
    df = to_frame({"t": [{"tt": 42, "layer": 3, "sg": [{"start": 0, "d": 5, "sparkle": {"on": True}}]}]})
    row = df.iloc[0]
    assert row["track_kind"] == "unknown(42)"
    assert row["tt"] == 42
    assert row["sparkle.on"] == True  # noqa: E712
    assert row["track.layer"] == 3


def test_missing_tt_is_unknown_and_numeric_string_tt_decodes() -> None:
    df = to_frame({"t": [{"sg": [{"d": 1}]}, {"tt": "7", "sg": [{"d": 1, "text": "hi"}]}]})
    assert df["track_kind"].tolist() == ["unknown(None)", "text"]


def test_missing_start_follows_previous_segment() -> None:
    segments = [{"d": 2000}, {"d": 3000}, {"start": 10000, "d": 1000}, {"d": 500}]
    df = to_frame({"t": [{"tt": 0, "sg": segments}]})
    assert df["start_ms"].tolist() == [0, 2000, 10000, 11000]
    assert df["end_ms"].tolist() == [2000, 5000, 11000, 11500]


@pytest.mark.parametrize(
    ("segment", "start", "duration"),
    [
        ({"start": 1000, "d": 2000}, 1000, 2000),
        ({"start": 1000, "end": 4000}, 1000, 3000),
        ({"start": 1000, "duration": 1500}, 1000, 1500),
        ({"start": "1000", "d": "250.4"}, 1000, 250),  # strings where numbers are expected
        ({"start": "soon", "d": "long"}, 0, 0),
        ({"start": True, "d": None}, 0, 0),  # a bool is not a time
        ({"start": 500, "d": -300}, 500, 0),  # negative length clamps to 0
        ({"start": 1e400, "d": 1}, 0, 1),  # inf is not a time
        ({"start": 10**30, "d": 10**30}, 2**53, 0),  # absurd values clamp instead of overflowing
    ],
)
def test_times_from_any_representation(segment: dict[str, Any], start: int, duration: int) -> None:
    row = to_frame({"t": [{"tt": 0, "sg": [segment]}]}).iloc[0]
    assert row["start_ms"] == start
    assert row["duration_ms"] == duration
    assert row["end_ms"] == start + duration


@pytest.mark.parametrize(
    "wrapped",
    [
        lambda d: {"draft": d},
        lambda d: json.dumps(d),
        lambda d: json.dumps({"draft": d}),
        lambda d: {"state": {"draft": d, "video_infos": []}},
        lambda d: {"code": 0, "data": {"session_id": "x", "state": {"draft": d}}},
        lambda d: json.dumps(d).encode(),
    ],
)
def test_wrapped_and_json_drafts(wrapped: Any) -> None:
    expected = to_frame(example())
    pd.testing.assert_frame_equal(to_frame(wrapped(example())), expected)


def test_segment_indices_keep_positions_when_non_dicts_skipped() -> None:
    df = to_frame({"t": ["junk", {"tt": 1, "sg": ["junk", {"d": 1}]}]})
    assert df["track"].tolist() == [1]
    assert df["segment"].tolist() == [1]


def test_extra_key_colliding_with_fixed_column_is_prefixed() -> None:
    df = to_frame({"t": [{"tt": 0, "sg": [{"d": 1, "track": "mine", "start_s": 9}]}]})
    assert df.iloc[0]["track"] == 0
    assert df.iloc[0]["sg.track"] == "mine"
    assert df.iloc[0]["sg.start_s"] == 9


def test_does_not_mutate_input() -> None:
    d = example()
    before = json.dumps(d, sort_keys=True)
    to_frame(d)
    assert json.dumps(d, sort_keys=True) == before
