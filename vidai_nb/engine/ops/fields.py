"""Field types shared by the operation models (times are integer ms on the timeline)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

Ms = Annotated[int, Field(ge=0)]
Pos = Literal["center", "top", "bottom", "left", "right", "top-left", "top-right", "bottom-left",
              "bottom-right"]
TextStyle = Literal["plain", "bold", "boxed", "outline", "karaoke"]
HexColor = Annotated[str, Field(pattern=r"^#[0-9A-Fa-f]{6}$")]

# Where things are, as people say it ("in the top right corner").
POS_WORDS: dict[str, str] = {
    "center": "in the centre", "top": "at the top", "bottom": "at the bottom", "left": "on the left",
    "right": "on the right", "top-left": "in the top left corner", "top-right": "in the top right corner",
    "bottom-left": "in the bottom left corner", "bottom-right": "in the bottom right corner",
}
POS_WORDS_ZH: dict[str, str] = {
    "center": "中间", "top": "上方", "bottom": "下方", "left": "左侧", "right": "右侧", "top-left": "左上角",
    "top-right": "右上角", "bottom-left": "左下角", "bottom-right": "右下角",
}
