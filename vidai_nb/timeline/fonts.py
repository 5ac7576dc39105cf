"""Fonts for the timeline picture: DejaVu Sans (in matplotlib's wheel), plus Noto Sans CJK from the
`manimgx-fonts-cjk` package when a label needs Chinese/Japanese/Korean glyphs. Never system fonts."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

LATIN_FAMILY = "DejaVu Sans"
CJK_FAMILY = "Noto Sans CJK SC"


def needs_cjk(text: str) -> bool:
    """True when `text` has characters from the CJK blocks (which DejaVu Sans lacks)."""
    return any(
        "\u2e80" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uf900" <= ch <= "\ufaff"
        or "\uff00" <= ch <= "\uffef" for ch in text
    )


@functools.cache
def cjk_family() -> str | None:
    """Register the packaged Noto Sans CJK with matplotlib (once) and return its family name."""
    spec = importlib.util.find_spec("manimgx_fonts_cjk")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "NotoSansCJK-VF.otf.ttc"
    if not path.is_file():
        return None
    from matplotlib import font_manager

    try:
        font_manager.fontManager.addfont(str(path))
    except (OSError, RuntimeError, ValueError):
        return None
    return CJK_FAMILY


def families_for(texts: list[str]) -> list[str]:
    """Font families (first wins, the rest are per-glyph fallbacks) able to show all `texts`."""
    if any(needs_cjk(t) for t in texts):
        cjk = cjk_family()
        if cjk:
            return [LATIN_FAMILY, cjk]
    return [LATIN_FAMILY]
