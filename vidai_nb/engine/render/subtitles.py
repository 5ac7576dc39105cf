"""Subtitles: an ASS file for libass to burn in (bundled fonts via `fontsdir`), or SRT / VTT sidecars."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vidai_nb.engine.media.fonts import CJK_FAMILY, LATIN_FAMILY, cjk_static_font, latin_bold_font, needs_cjk
from vidai_nb.engine.render.spec import Canvas
from vidai_nb.engine.render.text import clean_text
from vidai_nb.timeline.model import Track

Cue = tuple[int, int, str]  # start ms, end ms, text


def cues_of(track: Track) -> list[Cue]:
    cues: list[Cue] = []
    for seg in track.segments:
        text = clean_text(seg.written_text)
        start, end = seg.start_ms, seg.end_ms
        if text.strip() and end > start:
            cues.append((start, end, text))
    return sorted(cues)


def _clock(ms: int, sep: str) -> str:
    h, rest = divmod(max(ms, 0), 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def to_srt(cues: Sequence[Cue]) -> str:
    blocks = [f"{i}\n{_clock(a, ',')} --> {_clock(b, ',')}\n{t}\n" for i, (a, b, t) in enumerate(cues, 1)]
    return "\n".join(blocks)


def to_vtt(cues: Sequence[Cue]) -> str:
    blocks = [f"{_clock(a, '.')} --> {_clock(b, '.')}\n{t.replace('-->', '->')}\n" for a, b, t in cues]
    return "WEBVTT\n\n" + "\n".join(blocks)


def _ass_time(ms: int) -> str:
    cs = max(ms, 0) // 10
    h, rest = divmod(cs, 360_000)
    m, rest = divmod(rest, 6000)
    s, cs = divmod(rest, 100)
    return f"{h:d}:{m:02d}:{s:02d}.{cs:02d}"


def ass_text(text: str) -> str:
    """Literal text for an ASS Dialogue line: braces would start override tags and a backslash would
    start an escape (\\N, \\h …), so braces are escaped and a word joiner follows each backslash."""
    out = text.replace("\\", "\\\u2060").replace("{", "\\{").replace("}", "\\}")
    return out.replace("\n", "\\N")


# name → (bold, border style, outline px, shadow px, back colour) ; border style 3 = opaque box
_STYLES: dict[str, tuple[int, int, int, int, str]] = {
    "plain": (0, 1, 2, 0, "&H80000000"),
    "bold": (-1, 1, 3, 1, "&H80000000"),
    "outline": (-1, 1, 4, 0, "&H80000000"),
    "boxed": (0, 3, 8, 0, "&H60000000"),
    "karaoke": (-1, 1, 3, 1, "&H80000000"),
}


def ass_document(tracks: Sequence[Track], canvas: Canvas, design_height: int) -> str:
    """One ASS script for every burned subtitle track; sizes are canvas pixels (PlayRes = canvas)."""
    all_text = "".join(t for track in tracks for _a, _b, t in cues_of(track))
    family = CJK_FAMILY if needs_cjk(all_text) else LATIN_FAMILY
    scale = canvas.height / max(design_height, 1)
    default_size = round(canvas.height * (0.045 if canvas.width >= canvas.height else 0.035))
    margin_v = round(canvas.height * 0.06)
    lines = [
        "[Script Info]", "ScriptType: v4.00+", f"PlayResX: {canvas.width}", f"PlayResY: {canvas.height}",
        "WrapStyle: 0", "ScaledBorderAndShadow: yes", "",
        "[V4+ Styles]",
        "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, "
        "Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, "
        "Alignment, MarginL, MarginR, MarginV, Encoding",
    ]
    events: list[str] = []
    for ti, track in enumerate(tracks):
        for si, seg in enumerate(track.segments):
            text = clean_text(seg.written_text)
            if not text.strip():
                continue
            style = (seg.style or track.style or "boxed").lower()
            bold, border, outline, shadow, back = _STYLES.get(style, _STYLES["boxed"])
            size = round(seg.size * scale) if seg.size else default_size
            colour = _ass_colour(seg.color)
            name = f"t{ti}s{si}"
            align = _alignment(seg.pos)
            lines.append(
                f"Style: {name},{family},{size},{colour},&H0000FFFF,&H00000000,{back},{bold},0,0,0,"
                f"100,100,0,0,{border},{round(outline * size / 40)},{shadow},{align},40,40,{margin_v},1"
            )
            start, end = seg.start_ms, seg.end_ms
            body = ass_text(text)
            if style == "karaoke":
                words = text.split()
                per = max(1, (end - start) // 10 // max(len(words), 1))
                body = " ".join(f"{{\\kf{per}}}{ass_text(w)}" for w in words)
            events.append(f"Dialogue: 0,{_ass_time(start)},{_ass_time(end)},{name},,0,0,0,,{body}")
    lines += ["", "[Events]",
              "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text"]
    return "\n".join(lines + events) + "\n"


def _ass_colour(value: Any) -> str:
    """'#RRGGBB' → ASS '&H00BBGGRR' (white when not a hex colour)."""
    text = str(value or "").lstrip("#").removeprefix("0x")
    if len(text) != 6 or any(c not in "0123456789abcdefABCDEF" for c in text):
        return "&H00FFFFFF"
    r, g, b = text[0:2], text[2:4], text[4:6]
    return f"&H00{b}{g}{r}".upper()


def _alignment(pos: Any) -> int:
    """ASS numpad alignment: 2 bottom centre (default for subtitles), 8 top centre, 5 middle."""
    p = str(pos or "bottom").lower()
    return {"top": 8, "center": 5, "middle": 5, "bottom": 2, "top-left": 7, "top-right": 9,
            "bottom-left": 1, "bottom-right": 3, "left": 4, "right": 6}.get(p, 2)


def fonts_dir(workdir: Path, tracks: Sequence[Track]) -> Path:
    """A folder holding just the bundled fonts libass may need (never the machine's fonts)."""
    folder = workdir / "fonts"
    folder.mkdir(exist_ok=True)
    text = "".join(t for track in tracks for _a, _b, t in cues_of(track))
    wanted = [latin_bold_font(), latin_bold_font().with_name("DejaVuSans.ttf")]
    if needs_cjk(text):
        wanted += [cjk_static_font(text, 400), cjk_static_font(text, 700)]
    for font in wanted:
        link = folder / font.name
        if not link.exists():
            try:
                os.symlink(font, link)
            except OSError:
                link.write_bytes(font.read_bytes())
    return folder
