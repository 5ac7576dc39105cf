"""Hypothesis strategies: any JSON value, and JSON-ish structures shaped like drafts."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
)
finite_scalars = (
    st.none() | st.booleans() | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=12)
)


def json_values(leaves: st.SearchStrategy[Any] = scalars) -> st.SearchStrategy[Any]:
    return st.recursive(
        leaves,
        lambda children: (
            st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4)
        ),
        max_leaves=20,
    )


def _maybe(value: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly a plausible value, sometimes any finite JSON scalar (wrong types must be tolerated)."""
    return st.integers(0, 4).flatmap(lambda i: finite_scalars if i == 0 else value)


times = st.integers(-1000, 100_000)
segment_keys = {
    "id": _maybe(st.sampled_from(["s1", "s2", "s3", "c1"])),
    "start": _maybe(times),
    "d": _maybe(times),
    "end": _maybe(times),
    "duration": _maybe(times),
    "src": _maybe(st.text(max_size=8)),
    "name": _maybe(st.text(max_size=20)),
    "text": _maybe(st.text(max_size=60)),
    "volume": _maybe(st.floats(0, 2)),
    "speed": _maybe(st.floats(0.25, 4)),
    "in": _maybe(times),
    "transition": _maybe(st.fixed_dictionaries({"type": st.sampled_from(["fade", "wipe"]), "d": times})),
}


def _dict_with_optional(
    keys: dict[str, st.SearchStrategy[Any]], extra: st.SearchStrategy[Any]
) -> st.SearchStrategy[dict[str, Any]]:
    """Any subset of `keys` (plus a few arbitrary extra keys)."""
    return st.builds(
        lambda chosen, extras: {**extras, **chosen},
        st.fixed_dictionaries({}, optional=keys),
        st.dictionaries(st.text(max_size=6), extra, max_size=3),
    )


segments = _dict_with_optional(segment_keys, json_values(finite_scalars))
tracks = _dict_with_optional(
    {
        "tt": st.sampled_from([0, 1, 7]) | finite_scalars,
        "id": _maybe(st.sampled_from(["video", "bgm", "title", "subtitles"])),
        "name": _maybe(st.text(max_size=10)),
        "role": _maybe(st.sampled_from(["main", "bgm", "title", "subtitle", "overlay"])),
        "volume": _maybe(st.floats(0, 2)),
        "muted": st.booleans(),
        "sg": _maybe(st.lists(_maybe(segments), max_size=6)),
    },
    json_values(finite_scalars),
)
metas = _dict_with_optional(
    {
        "width": _maybe(st.sampled_from([1920, 1080, 720])),
        "height": _maybe(st.sampled_from([1920, 1080, 1280])),
        "fps": _maybe(st.sampled_from([24, 25, 30])),
        "fx": _maybe(st.dictionaries(st.sampled_from(["loudnorm", "denoise", "fade_in"]), finite_scalars)),
    },
    finite_scalars,
)
drafts = _dict_with_optional(
    {"v": finite_scalars, "d": finite_scalars, "m": _maybe(metas),
     "t": _maybe(st.lists(_maybe(tracks), max_size=5))},
    json_values(finite_scalars),
)
