"""plot / to_svg / to_png: the timeline picture (Agg, no display)."""

from __future__ import annotations

import io
import warnings

import pytest
from matplotlib.figure import Figure
from PIL import Image

from tests.timeline.drafts import docs_example, example
from vidai_nb.timeline import plot, to_png, to_svg
from vidai_nb.timeline.fonts import needs_cjk
from vidai_nb.timeline.picture import KIND_COLORS


def _texts(fig: Figure) -> list[str]:
    ax = fig.axes[0]
    return [t.get_text() for t in ax.texts if t.get_visible()]


def test_lanes_bars_and_labels() -> None:
    fig = plot(example())
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["1. Video", "2. BGM", "3. Title"]
    assert len(ax.patches) == 3
    assert _texts(fig) == ["city timelapse", "Lo-fi · 35%", '"Urban Dreams"']
    assert ax.get_xlabel() == "seconds"
    assert ax.get_xlim()[1] >= 10
    assert ax.get_title(loc="left") == "project · 1920×1080 · 10s"


def test_colour_per_kind() -> None:
    from matplotlib.colors import to_hex

    ax = plot(example()).axes[0]
    colours = [to_hex(p.get_facecolor()) for p in ax.patches]
    assert colours == [KIND_COLORS[k].lower() for k in ("video", "audio", "text")]


def test_height_grows_with_tracks_but_stays_compact() -> None:
    h3 = plot(example()).get_figheight()
    h5 = plot(docs_example()).get_figheight()
    assert 1.5 < h3 < h5 < 4


def test_label_too_long_for_its_bar_is_hidden() -> None:
    draft = {"t": [{"tt": 0, "sg": [{"start": 0, "d": 100, "name": "a very long file name.mp4"},
                                    {"start": 100, "d": 9900, "name": "b.mp4"}]}]}
    assert _texts(plot(draft)) == ["b.mp4"]


def test_dollar_signs_are_not_mathtext() -> None:
    fig = plot({"t": [{"tt": 7, "sg": [{"d": 5000, "text": "$5 $deal$"}]}]})
    png = io.BytesIO()
    fig.savefig(png, format="png")  # would raise on bad mathtext
    assert _texts(fig) == [r'"\$5 \$deal\$"']


def test_empty_draft_picture() -> None:
    fig = plot(None)
    assert [t.get_text() for t in fig.axes[0].texts] == ["empty timeline"]


def test_draws_into_given_axes() -> None:
    fig = Figure()
    ax = fig.add_subplot()
    assert plot(example(), ax=ax) is fig
    assert len(ax.patches) == 3


def test_png_and_svg() -> None:
    png = to_png(example())
    assert png.startswith(b"\x89PNG")
    img = Image.open(io.BytesIO(png))
    assert img.width > 800 and img.height < 400
    svg = to_svg(example())
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg


def test_chinese_labels_need_and_get_the_cjk_font() -> None:
    assert needs_cjk("都市之梦") and not needs_cjk("Urban Dreams é")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no missing-glyph warnings escape either way
        fig = plot({"t": [{"tt": 7, "sg": [{"d": 3000, "text": "都市之梦"}]}]})
        fig.savefig(io.BytesIO(), format="png")
    families = fig.axes[0].texts[0].get_fontfamily()
    pytest.importorskip("manimgx_fonts_cjk")
    assert "Noto Sans CJK SC" in families


def test_short_bar_label_moves_after_the_bar_when_the_lane_is_free() -> None:
    draft = {"t": [{"tt": 0, "sg": [{"d": 30000, "name": "a.mp4"}]},
                   {"tt": 7, "sg": [{"start": 0, "d": 1000, "text": "Urban Dreams"}]}]}
    ax = plot(draft).axes[0]
    title = next(t for t in ax.texts if t.get_text() == '"Urban Dreams"')
    assert title.get_visible() and title.get_position()[0] > 1.0
    assert title.get_color() == "#333333"


def test_speed_shown_on_the_bar() -> None:
    draft = {"t": [{"tt": 0, "sg": [{"d": 9000, "name": "a.mp4", "speed": 2}]}]}
    assert _texts(plot(draft)) == ["a.mp4 · ×2"]


def test_dense_lane_is_one_collection_without_labels() -> None:
    cues = [{"start": i * 200, "d": 180, "text": f"w{i}"} for i in range(300)]
    ax = plot({"t": [{"tt": 7, "role": "subtitle", "sg": cues}]}).axes[0]
    assert len(ax.texts) == 0 and len(ax.patches) == 0
    assert len(ax.collections) == 1
    assert len(ax.collections[0].get_paths()) == 300
