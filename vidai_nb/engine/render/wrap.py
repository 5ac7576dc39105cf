"""Fitting a title into the frame: drawtext never wraps, so long lines are wrapped here (at spaces,
or between any two characters of CJK text) with the same font file, and the size is reduced only
when a single word is still too wide."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import ImageFont


@lru_cache(maxsize=32)
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


def text_width(text: str, font: Path, size: int) -> float:
    return float(_font(str(font), size).getlength(text))


def _is_wide(ch: str) -> bool:
    # CJK ideographs, kana, hangul and full-width forms may break anywhere
    return ord(ch) >= 0x2E80


def _tokens(line: str) -> list[str]:
    """Break opportunities: words (with their leading space) and single wide characters."""
    out: list[str] = []
    word = ""
    for ch in line:
        if _is_wide(ch):
            if word:
                out.append(word)
                word = ""
            out.append(ch)
        elif ch == " " and word.strip():
            out.append(word)
            word = ch
        else:
            word += ch
    if word:
        out.append(word)
    return out


def wrap(text: str, font: Path, size: int, max_width: float) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        current = ""
        for tok in _tokens(para):
            trial = current + tok
            if current and text_width(trial, font, size) > max_width:
                lines.append(current.rstrip())
                current = tok.lstrip()
            else:
                current = trial
        lines.append(current.rstrip())
    return lines


def fit_text(text: str, font: Path, size: int, max_width: float, min_size: int = 12) -> tuple[str, int]:
    """(wrapped text, font size) whose every line is at most `max_width` pixels wide."""
    while True:
        lines = wrap(text, font, size, max_width)
        widest = max((text_width(line, font, size) for line in lines), default=0.0)
        if widest <= max_width or size <= min_size:
            return "\n".join(lines), size
        size = max(min_size, int(size * max_width / widest))
