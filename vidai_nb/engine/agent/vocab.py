"""Words a chosen reading already stands for, though its detector's span did not cover them.

The reply names content words no reading explains ("I didn't understand, so didn't do: …"). A word that
only restates what a reading of the request does — "background" beside the music it changed, "blur"
in "crop to fill not blur" when the fit is a crop, "1.3" when the saturation was set to 1.3 — was not
left undone, and naming it would tell the person something false. Each word is tied to what the
operation (and, for a fit, which fit) does; a number to a value the reading holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from vidai_nb.engine.ops import OpBase

from . import cached_re as re
from .resolver import Token

# why a file is made smaller ("so the upload is quicker"): said of a lower resolution, as an edit or an export
_SMALLER_FILE = {"smaller", "upload", "quicker", "reduce", "shrink"}
# words that name what an operation works on or how, by the operation's name
_SIZE = {"bigger", "smaller", "larger", "size", "sized"}
_MUSIC = {"background", "bg", "bgm", "music", "song", "track", "背景", "乐", "音乐", "配乐"}
_VOICE = {"voice", "talking", "speech", "dialogue", "narration", "人声", "说话"}
_OP_WORDS: dict[str, set[str]] = {
    "color": {"color", "colour", "colors", "colours", "saturation", "saturated", "contrast", "brightness",
              "filter", "tint", "滤", "镜", "滤镜", "颜色"},
    "add_music": _MUSIC | {"under", "underneath", "playing", "循", "loop", "looping"},
    # "turn the mic audio up to 150%", "bump the music to 40%": the sound whose level is set, and the verb
    "set_volume": _MUSIC | _VOICE | {"audio", "mic", "bump"},
    "duck_music": _MUSIC | _VOICE,
    "fade_music": _MUSIC | {"慢", "slowly", "slow", "gradually"},
    "mute": _MUSIC | _VOICE | {"audio", "sound", "back", "bring"},  # "bring the audio back, unmute it"
    "remove_music": _MUSIC,
    "denoise": {"background", "noise", "hum", "hiss", "fan", "buzz", "buzzing", "wind", "clean", "噪",
                "杂音"},
    "resolution": _SMALLER_FILE | {"downscale", "lower", "uploads", "uploading"},
    "flip": {"flip", "flipped", "mirror", "mirrored", "upside", "reversed", "backwards", "镜像", "翻"},
    "rotate": {"upside", "sideways", "flip"},
    "speed": {"速", "速度", "tempo", "pace"},
    "loudnorm": {"normalize", "normalise", "normalized", "normalised", "loudness", "lufs", "level", "levels"},
    "fade": {"slow", "slowly", "gradually", "慢"},
    "concat": {"join", "joined", "together", "拼", "segments"},
    "keep_ranges": {"join", "joined", "together", "拼", "segments"},
    "crossfade": {"crossfade", "crossfades", "dissolve", "transition", "transitions"},
    # "burn the subtitles into the video" (the burned-in subtitles a person asks to take away are not these)
    "add_subtitles": {"speech", "captions", "caption", "transcribe", "识别", "上去", "加上去", "burn"},
    "add_clips": {"intro", "opening", "closing", "card"},
    "slideshow": {"slideshow"},
    "undo": {"undo", "revert", "back", "撤", "撤销", "撤回"},  # "oops go back, undo that"
    "add_text": {"text", "words", "lower", "third", "watermark", "position"},
    # "burn our logo in small, like a watermark", "a bit bigger, like 25%": what a logo is, where and how big
    "add_logo": {"watermark", "burn", "corner", "position"} | _SIZE,
    # "b.mp4 in the top right (my webcam)", "put b.mp4 in the corner picture in picture, smaller"
    "pip": {"picture", "webcam", "cam", "facecam", "inset", "corner", "position"} | _SIZE,
    "add_title": {"title", "text"},
    "remove_text": {"text", "title", "bottom", "top", "left", "right", "middle", "corner"},
    # "take my watermark off the corner": the logo, named and placed
    "remove_logo": {"watermark", "logo", "bottom", "top", "left", "right", "corner"},
}
# Chinese verb characters of adding and of taking away ("识别字幕 加上去", "bgm不要了 删掉")
_ZH_ADD = {"加", "添", "放", "上"}
_ZH_REMOVE = {"删", "掉", "去", "除"}
_REMOVING = {"remove_music", "remove_text", "trim", "remove_range", "remove_ranges", "keep_range",
             "keep_ranges", "remove_silences", "trim_dead_air", "remove_fillers", "delete_segment", "mute",
             "cut_sentences", "remove_logo"}
# verbs of putting something on: any reading that adds something stands for them
_PUTTING = {"stick", "slap", "throw", "pop", "plop", "chuck"}
_ADDING = {"add_text", "add_title", "add_logo", "add_music", "add_clips", "add_subtitles",
           "picture_in_picture", "pip"}
# Chinese verbs of turning one thing into another ("转成竖屏", "弄成9:16"): any reading in the clause
_TURNING = {"转", "弄", "搞", "整"}
# fit words, by the fits they name: explained when the reading took that fit, or when they are rejected
_FIT_WORDS: dict[str, set[str]] = {
    "blur": {"blur", "blurred", "blurry", "sides"},
    "solid": {"bars", "plain", "black", "pad", "padding", "borders", "letterbox"},
    "crop": {"fill", "frame", "crop", "cropping", "cropped"},
}
_NEGATED_BEFORE = re.compile(r"(?:\bnot|\bno|\bdon'?t|\bdont|\brather than|\binstead of|\bwithout|"
                             r"不要|别|不)\s*(?:\w+\s+){0,2}$")


def _words_for(op: OpBase) -> set[str]:
    name = str(getattr(op, "op", ""))
    out = set(_OP_WORDS.get(name, ()))
    if name in _ADDING:
        out |= _PUTTING | _ZH_ADD
    if name in _REMOVING:
        out |= _ZH_REMOVE
    if getattr(op, "gray", None):
        # "strip the color out, b&w pls": the words for black and white restate the colour taken out
        out |= {"black", "white", "b&w", "bw", "gray", "grey", "grayscale", "greyscale", "monochrome", "黑白"}
    fit = getattr(op, "fit", None)
    if fit:  # set_aspect, and a platform's format
        out |= {"format"}
        if fit in ("blur", "solid", "crop", "face"):
            out |= _FIT_WORDS["crop" if fit == "face" else str(fit)]
        if fit == "blur":
            out |= {"bars"}  # "blurred bars"
    return out


def _leaves(value: Any) -> Iterable[Any]:
    if isinstance(value, dict):
        for v in value.values():
            yield from _leaves(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _leaves(v)
    else:
        yield value


_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_RATIO = re.compile(r"‹r(\d+)by(\d+)›")
_STILLS = {"thumbnail", "still", "screenshot", "cover", "封面"}
_HEIGHTS = ("720p", "1080p", "480p", "2160p", "4k")


class Restated:
    """What the chosen readings of one request do, gathered once: the words they stand for and the values
    they hold. `covers()` is then asked of each word left over."""

    def __init__(self, ops: list[OpBase], exports: list[dict[str, Any]]) -> None:
        self.any = bool(ops or exports)
        self.words: set[str] = set().union(*(_words_for(o) for o in ops))
        if any(e.get("format") == "jpg" for e in exports):
            self.words |= _STILLS
        self.fits = any(getattr(o, "fit", None) for o in ops)
        self.held = [leaf for o in ops for leaf in _leaves(o.model_dump())]
        self.held += [leaf for e in exports for leaf in _leaves(e)]
        if any(str(leaf) in _HEIGHTS for leaf in self.held):
            self.words |= _SMALLER_FILE

    def covers(self, text: str, tok: Token) -> bool:
        """Whether `tok`, left over in a clause, only restates what the request's readings do."""
        if not self.any:
            return False
        word = tok.text.lower()
        return (word in _TURNING or word in self.words or self._fit_rejected(text, tok)
                or self._number_held(tok))

    def _fit_rejected(self, text: str, tok: Token) -> bool:
        """ "crop to fill not blur", "black bars rather than blur": a fit named to be turned down, by a
        reading that took another fit."""
        if not self.fits or not any(tok.text in words for words in _FIT_WORDS.values()):
            return False
        return _NEGATED_BEFORE.search(text[max(0, tok.start - 24):tok.start]) is not None

    def _number_held(self, tok: Token) -> bool:
        """A number (or a ratio) a reading holds: as said, in ms from seconds or minutes, as a fraction
        from a percentage, or inverted (slowed "by 2x" is 0.5)."""
        ratio = _RATIO.fullmatch(tok.text)
        if ratio:
            return f"{ratio.group(1)}:{ratio.group(2)}" in {str(v) for v in self.held}
        time = re.fullmatch(r"§(\d+)§", tok.text)
        if time:
            # "剪成30秒 … 30秒", "end the video right there (0:52)": a time said again that a reading holds
            ms = int(time.group(1))
            return any(isinstance(h, (int, float)) and not isinstance(h, bool) and abs(float(h) - ms) < 1e-6
                       for h in self.held)
        if not _NUMBER.fullmatch(tok.text):
            return False
        v = float(tok.text)
        wanted = {v, v * 1000, v * 60000, v / 100}
        if v:
            wanted.add(1 / v)
        wanted |= {abs(w) for w in wanted}
        for h in self.held:
            if isinstance(h, bool):
                continue
            if isinstance(h, (int, float)) and any(abs(float(h) - w) < 1e-6 for w in wanted):
                return True
            if isinstance(h, str) and re.search(rf"(?<![\d.]){re.escape(tok.text)}(?![\d.])", h):
                return True  # "text 1: 'Step 1'": the number is in the text shown
        return False
