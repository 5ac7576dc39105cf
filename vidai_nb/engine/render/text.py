"""Title overlays with drawtext. Every text goes through a file (`textfile=`, `expansion=none`), so
quotes, colons, backslashes, `%{...}`, newlines and brackets are drawn literally and can never break
the filtergraph; fonts are the bundled ones, passed by `fontfile=`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from vidai_nb.engine.media.fonts import cjk_static_font, latin_bold_font, latin_font, needs_cjk
from vidai_nb.engine.render.escape import expr, option_value, path_value
from vidai_nb.engine.render.spec import Canvas
from vidai_nb.engine.render.wrap import fit_text
from vidai_nb.timeline.model import Place, Point, Segment

_COLOR = re.compile(r"^(#|0x)?([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$|^[a-zA-Z]{3,20}$")

# (x, y) expressions for named positions; `m` is replaced by the margin in pixels.
_POSITIONS: dict[str, tuple[str, str]] = {
    "center": ("(w-text_w)/2", "(h-text_h)/2"),
    "middle": ("(w-text_w)/2", "(h-text_h)/2"),
    "top": ("(w-text_w)/2", "m"),
    "bottom": ("(w-text_w)/2", "h-text_h-m"),
    "left": ("m", "(h-text_h)/2"),
    "right": ("w-text_w-m", "(h-text_h)/2"),
    "top-left": ("m", "m"),
    "top-right": ("w-text_w-m", "m"),
    "bottom-left": ("m", "h-text_h-m"),
    "bottom-right": ("w-text_w-m", "h-text_h-m"),
}


def color_value(value: Any, default: str = "white") -> str:
    """A drawtext/ffmpeg colour from '#RRGGBB', '#RRGGBBAA', '0x…' or a name; anything else → default."""
    text = str(value or "").strip()
    if not _COLOR.match(text):
        return default
    if text.startswith("#"):
        return "0x" + text[1:]
    return text


def position_xy(pos: Place | None, margin: int) -> tuple[str, str]:
    if isinstance(pos, Point):
        fx, fy = pos.clamped()
        return f"w*{fx:.4f}-text_w/2", f"h*{fy:.4f}-text_h/2"
    x, y = _POSITIONS.get(str(pos or "center").lower().replace("_", "-"), _POSITIONS["center"])
    return x.replace("m", str(margin)), y.replace("m", str(margin))


def clean_text(text: Any) -> str:
    """Normalise line ends; drawtext draws a tab as a box, so tabs become spaces."""
    return str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ").strip("\n")


def font_path(text: str, bold: bool) -> Path:
    if needs_cjk(text):
        return cjk_static_font(text, 700 if bold else 400)
    return latin_bold_font() if bold else latin_font()


def drawtext_filter(
    seg: Segment, index: int, workdir: Path, canvas: Canvas, design_height: int
) -> str | None:
    """One drawtext filter for a title segment (None for an empty text). Writes the text file."""
    text = clean_text(seg.written_text)
    if not text.strip():
        return None
    start = seg.start_ms / 1000
    end = start + seg.duration_ms / 1000
    style = (seg.style or "bold").lower()
    # `size` is pixels at the draft's canvas height; scale with the output.
    size = max(8, round((seg.size or 64) * canvas.height / max(design_height, 1)))
    bold = style in ("bold", "outline", "karaoke", "boxed")
    font = font_path(text, bold)
    # drawtext never wraps: wrap to 90 % of the frame width (shrinking only for a too-long word)
    text, size = fit_text(text, font, size, canvas.width * 0.9 - (size // 2 if style == "boxed" else 0))
    textfile = workdir / f"text_{index}.txt"
    textfile.write_text(text, encoding="utf-8")
    x, y = position_xy(seg.pos, margin=round(canvas.height * 0.05))
    opts = [
        f"fontfile={path_value(font)}",
        f"textfile={path_value(textfile)}",
        "expansion=none",
        f"fontsize={size}",
        f"fontcolor={option_value(color_value(seg.color))}",
        f"line_spacing={round(size * 0.2)}",
        "text_align=C",
        f"x={expr(x)}",
        f"y={expr(y)}",
    ]
    if style == "boxed":
        opts += ["box=1", "boxcolor=black@0.55", f"boxborderw={max(4, size // 4)}"]
    elif style in ("outline", "karaoke"):
        opts += [f"borderw={max(2, size // 14)}", "bordercolor=black"]
    elif style == "bold":
        opts += [f"borderw={max(1, size // 24)}", "bordercolor=black@0.6",
                 f"shadowx={max(1, size // 30)}", f"shadowy={max(1, size // 30)}", "shadowcolor=black@0.4"]
    fade_in = (seg.fade_in or 0) / 1000
    fade_out = (seg.fade_out or 0) / 1000
    if fade_in or fade_out:
        a = f"if(lt(t,{start + fade_in:.3f}),(t-{start:.3f})/{max(fade_in, 0.001):.3f},1)"
        b = f"if(gt(t,{end - fade_out:.3f}),({end:.3f}-t)/{max(fade_out, 0.001):.3f},1)"
        opts.append(f"alpha={expr(f'max(0,min(1,min({a},{b})))')}")
    opts.append(f"enable={expr(f'between(t,{start:.3f},{end:.3f})')}")
    return "drawtext=" + ":".join(opts)
