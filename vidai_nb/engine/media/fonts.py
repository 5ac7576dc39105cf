"""Fonts that come with the install (never the machine's): DejaVu Sans from matplotlib's wheel for
Latin text, Noto Sans CJK from the `manimgx-fonts-cjk` wheel (SIL OFL 1.1) for Chinese/Japanese/Korean."""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from pathlib import Path

# Family names as they appear inside the files; ASS styles refer to fonts by these names.
LATIN_FAMILY = "DejaVu Sans"
CJK_FAMILY = "Noto Sans CJK SC"  # the face we use; every face of the collection carries all CJK glyphs
CJK_SC_FACE = 2


class FontMissing(RuntimeError):
    """A font package that should come with vidai_nb is not installed."""


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise FontMissing(f"the Python package '{name}' (fonts) is not installed")
    return Path(spec.origin).parent


@lru_cache(maxsize=1)
def latin_font() -> Path:
    """DejaVu Sans (regular) shipped inside matplotlib."""
    path = _package_dir("matplotlib") / "mpl-data" / "fonts" / "ttf" / "DejaVuSans.ttf"
    if not path.is_file():
        raise FontMissing(f"DejaVu Sans not found at {path}")
    return path


@lru_cache(maxsize=1)
def latin_bold_font() -> Path:
    path = latin_font().with_name("DejaVuSans-Bold.ttf")
    return path if path.is_file() else latin_font()


@lru_cache(maxsize=1)
def cjk_font() -> Path:
    """Noto Sans CJK (variable collection) shipped by manimgx-fonts-cjk."""
    path = _package_dir("manimgx_fonts_cjk") / "NotoSansCJK-VF.otf.ttc"
    if not path.is_file():
        raise FontMissing(f"Noto Sans CJK not found at {path}")
    return path


@lru_cache(maxsize=1)
def _latin_codepoints() -> frozenset[int]:
    from fontTools.ttLib import TTFont  # fontTools comes with matplotlib

    with TTFont(str(latin_font()), lazy=True) as font:
        return frozenset(font.getBestCmap().keys())


def needs_cjk(text: str) -> bool:
    """True when DejaVu Sans lacks a glyph for some visible character of `text`."""
    cps = _latin_codepoints()
    return any(ord(ch) not in cps for ch in text if not ch.isspace())


def font_for_text(text: str) -> Path:
    """The bundled font that can draw `text`: DejaVu Sans when it covers every character, else Noto CJK."""
    return cjk_font() if needs_cjk(text) else latin_font()


def _cache_dir() -> Path:
    import tempfile

    path = Path(tempfile.gettempdir()) / "vidai_nb_fonts"
    path.mkdir(parents=True, exist_ok=True)
    return path


def cjk_static_font(text: str, weight: int = 700) -> Path:
    """A small static Noto Sans CJK SC font holding just the glyphs of `text`, at `weight`.

    The bundled collection is a variable font whose default instance is Thin (wght 100), and neither
    drawtext nor libass choose another instance; so we subset (fast: a few hundred glyphs) and pin the
    weight with fontTools, caching the result by content. The family name stays "Noto Sans CJK SC".
    """
    import hashlib
    import uuid

    chars = "".join(sorted(set(text + " ?.,0123456789")))
    key = hashlib.sha256(f"{weight}:{chars}".encode()).hexdigest()[:20]
    out = _cache_dir() / f"NotoSansCJKSC-{weight}-{key}.otf"
    if out.is_file():
        return out
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    font = TTFont(str(cjk_font()), fontNumber=CJK_SC_FACE)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars)
    subsetter.subset(font)
    static = instancer.instantiateVariableFont(font, {"wght": float(weight)})
    tmp = out.with_suffix(f".{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")  # unique per thread too
    static.save(str(tmp))
    os.replace(tmp, out)  # atomic: parallel renders never read a half-written font
    return out
