"""Rules for the picture: platform and aspect presets, resolution, rotate/flip, fades, colour, overlays."""

from __future__ import annotations

import contextlib
from typing import Any

from pydantic import ValidationError

from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.base import main_clips
from vidai_nb.engine.ops.picture import PLATFORMS, RATIO_SIZES

from .. import cached_re as re
from ..defaults import (
    BRIGHTNESS_STEP,
    CONTRAST_STEP,
    FADE_MS,
    LOGO_BIG,
    LOGO_SMALL,
    PIP_BIG,
    PIP_TINY,
    SATURATION_STEP,
)
from ..reading import RECORDER, note
from .common import (
    EXPORT_FILM_ZH,
    FADE_IN,
    FADE_OBJ,
    FADE_OUT,
    MUTED_LOOK,
    ORDINALS,
    RANGE_RE,
    UNOFFERED_HEIGHT,
    VIEWING,
    Clause,
    Hit,
    T,
    amounts_of_blanked,
    capped_resolution,
    clock,
    color,
    fade_where,
    format_as_file,
    lone_length,
    ms_after,
    ms_near,
    other_parts_blanked,
    others_placed,
    own_part,
    own_resolution,
    part_at,
    percent,
    position,
    ranges,
    rx,
    segment_refs,
    times,
    unoffered_resolution,
)
from .cutting import _named_on_timeline
from .sound import music_faded_as_it

_PLATFORMS: list[tuple[str, str]] = [
    (r"\byoutube shorts?\b|\bshorts\b|\byt shorts?\b", "shorts"),
    (r"(?<!highlight )(?<!highlights )\b(?:instagram |insta |ig )?reels?\b", "reels"),
    (r"\btiktok\b|\btik tok\b|抖音|\bdouyin\b|快手", "tiktok"),
    # ("要发b站": the normaliser spaces the letter off the Chinese - "b 站")
    (r"\byoutube\b|油管|\bb\s*站|bilibili|哔哩哔哩", "youtube"),
    (r"\binstagram\b|\binsta\b|\big\b|\bins(?=[\s\u4e00-\u9fff]|$)|小红书", "instagram"),
]


_FACE = (r"\bfaces?\b|\bspeaker(?:'s|s)?\b|\bfollow(?:ing|s)? (?:me|him|her|them|"
         r"the (?:person|speaker|face|subject))|"
         r"\btrack(?:ing|s)? (?:my |the |his |her )?(?:face|head|speaker)|"
         r"人脸|脸|跟随|跟着人|说话的人")


_FACE_VERB = (r"\bcrop(?:ped|ping)?\b|\bcent(?:er|re)(?:ed)?\b|\bfollow\w*|\btrack\w*|\bfocus(?:ed)?\b|"
              r"\bkeep\b|\bin (?:the )?frame\b|\bframe[ds]?\b|\breframe\w*|"
              r"裁|跟着|跟随|对准|居中|追踪|始终|走")


_BG = (r"\b(white|black|red|green|blue|yellow|orange|purple|pink|gr[ae]y|#[0-9a-f]{6})\s+(?:background|bars|"
       r"padding|borders?|backdrop)\b|(白色|黑色|红色|绿色|蓝色|黄色|灰色|粉色)\s*(?:的)?\s*(?:背景|底|边|填充|补齐|补上|补满)|"
       # "上下用黑色填充", "空的地方填黑色": the space left filled with a colour
       r"([白黑])(?:底|边)|填充\s*(?:成|为)?\s*(白色|黑色|红色|绿色|蓝色|黄色|灰色|粉色)|(?:填|补)\s*([白黑])(?:色)")


# a fit said not to be wanted: "don't crop anything", "别裁掉两边" (with the edges it keeps)
_UNWANTED_FIT = (r"\b(?:don'?t|do not|not|no|without|never)\s+(?:\w+\s+)?(?:crop\w*|fill\w*|zoom\w*|blur\w*"
                 r"|pad\w*)"
                 r"(?:\s+(?:in|anything|it|me|us|him|her|them|anyone|(?:the|my|our|his|her|their|your) \w+)"
                 r"(?:\s+(?:out|off))?)?|"
                 # "crop nothing, pad it …", "zero cropping": the fit said to be none
                 r"\b(?:crop\w*|zoom\w*)\s+(?:nothing|none|zero)\b|\b(?:zero|no)\s+cropping\b|"
                 r"(?:不要|别|不能|不许|不)(?:裁剪|裁切|裁|切|剪|模糊|放大)掉?"
                 r"(?:\s*(?:两边|两侧|左右|上下|边缘|画面|任何东西|东西))?")


# the edges said to stay: "crop it to 9:16 but dont actually cut off the sides", "without cutting anything
# off" - a "crop" said beside it names the new shape, not the fit (the fit is the one named, or the default)
_NO_CUT = (r"\b(?:don'?t|do not|dont|not|never|without)\s+(?:actually\s+|really\s+|even\s+)?"
           r"(?:cut(?:ting)?|chop(?:ping)?|trim(?:ming)?|crop(?:ping)?|los(?:e|ing))\s+"
           # ("dont cut anything time-wise", "don't cut anything, i want the sides cropped off": no edge
           # said - the time, or nothing about the frame)
           r"(?:(?:off\s+)?(?:the\s+|any\s+of\s+the\s+)?(?:sides|edges|top and bottom)\b(?:\s+off)?|"
           r"(?:anything|any of it|the picture)\s+off\b|off\s+(?:anything|any of it)\b)")


# fits named only to be turned down: "i dont want instagram to letterbox it with black bars or center-crop
# it", "letterboxing with black bars looks lazy", "不想有黑边，也不想被裁剪"
_FIT_WORDS = (r"\bletterbox\w*|\bpillarbox\w*|\bblack bars\b|\bbars\b|\bcent(?:er|re)[\s-]?crop\w*|\bcrop\w*|"
              r"\bzoom\w*|黑边|裁剪|裁切|被裁|放大")
_FIT_TURNED_DOWN = (r"\b(?:i\s+)?(?:don'?t|do not|dont|never)\s+(?:want|like)\s+(?:\w+\s+){0,2}?(?:to\s+)?|"
                    r"\b(?:looks?|is|are|seems?)\s+(?:so\s+|really\s+|kinda\s+|too\s+)?(?:lazy|bad|ugly|cheap|"
                    r"amateur\w*|awful|terrible|weird)\b|\bhate\b|(?:也)?不想(?:要|有|被)?|不要有|不喜欢|"
                    r"(?:也)?(?:不要|别|不能)(?=\s*(?:有|被)?\s*(?:黑边|裁剪|裁切|被裁|放大))")


def _wanted_blur(text: str) -> bool:
    """A blurred fill asked for, not turned down ("crop it dont blur") and not the one replaced ("black bars
    instead of the blurry background"): it is the fit, whatever other fits are named only to be turned down
    beside it ("no black bars, no crop, pad it with a blurred background")."""
    plain = re.sub(_UNWANTED_FIT, lambda u: " " * len(u.group(0)), text)
    plain = re.sub(r"\b(?:instead of|rather than|not)\s+(?:the\s+|a\s+|that\s+)?(?:blur\w*|black|solid|"
                   r"crop\w*|zoom\w*|"
                   r"fill\w*)\b[^,;]*|而不是[^，,；;]*|"
                   r"(?:不要|别|不想|不)\s*(?:给我|帮我|给)?\s*(?:用|加|要|弄|搞|整|上)?\s*(?:个|那种)?\s*"
                   r"(?:模糊|虚化)[^，,；;\s]*",
                   lambda u: " " * len(u.group(0)), plain)
    blur = re.search(r"\bblur(?:red|ry)?(?:\s+(?:background|bars|edges|sides|fill|copy))?\b|"
                     r"模糊(?:背景)?", plain)
    if blur is None or not re.search(_FIT_WORDS, text):
        return False
    if re.search(r"(?:\b(?:don'?t|do not|dont|never)\s+(?:want|like|need|use|give|put|add|do)|\bno\b|\bnot\b|"
                 r"\bwithout\b|"
                 r"\bhate\b|不要|别|不想要?)\s*(?:[\w']+\s+){0,2}$", plain[:blur.start()]):
        return False  # "i don't want the blurry sides, use black bars": the blur is what is turned down
    # every other fit named is turned down in its own words
    no_cut = re.search(_NO_CUT, text) is not None
    for f in re.finditer(_FIT_WORDS, plain):
        if no_cut and f.group(0).startswith("crop"):
            continue  # ("crop it to 9:16 but dont cut off the sides, use the blurry background")
        around = plain[max(0, f.start() - 60):f.end() + 40]
        # ("两边黑边太丑了，改成9:16用模糊背景填充": a fit found ugly is one turned down too)
        if not re.search(_FIT_TURNED_DOWN + r"|\bno\b|\bwithout\b|\bor\b|不要|别|没有|丑|难看|\bugly\b|"
                         r"\b(?:look|looks)\s+(?:bad|awful|terrible|cheap)\b", around):
            return False
    list(rx.finditer(_UNWANTED_FIT, text))
    list(rx.finditer(_FIT_WORDS + "|" + _FIT_TURNED_DOWN + (("|" + _NO_CUT) if no_cut else ""), text))
    rx.search(r"\bblur(?:red|ry)?(?:\s+(?:background|bars|edges|sides|fill|copy))?\b(?:\s+thing)?|"
              r"模糊(?:背景)?", text)
    rx.search(r"\b(?:pad|fill|do)\b|填充|填满|补齐", text)
    return True


def _frame(text: str, whole: str = "") -> dict[str, Any]:
    """How the picture fits the new shape, and the colour of a solid pad ("with a white background")."""
    if rx.search(_NO_CUT, text):  # "crop it to 9:16 but dont cut off the sides": the crop names the shape
        list(rx.finditer(_NO_CUT + r"|\bcrop(?:ped|ping)?\b", text))
    if _wanted_blur(text):
        return {"fit": "blur"}
    m = re.search(_BG, text)
    if m and (re.search(r"(?:rid of|remove|lose|no|without|不要|去掉|去除|"
                        r"(?:不要|别|不想|不)\s*(?:留|有|加|要))\s*"
                        r"(?:the\s+|those\s+)?(?:上下|两边|两侧|左右|四周)?\s*(?:的)?\s*$",
                        text[:m.start()]) or
              # "把上下的黑边去掉": the bars named, then that they go
              (re.search(r"[\u4e00-\u9fff]", m.group(0)) and
               re.match(r"\s*(?:都|全)?\s*(?:去掉|去除|删掉|拿掉|弄掉|不要了?)", text[m.end():]))):
        m = None  # "get rid of the black bars": what is not wanted
    if m:
        rx.search(re.escape(m.group(0)), text)
        list(rx.finditer(_UNWANTED_FIT, text))  # "don't zoom in, use black bars": the fit not wanted
        word = m.group(1) or m.group(2) or m.group(4) or \
            {"白": "白色", "黑": "黑色"}[m.group(3) or m.group(5)]
        return {"fit": "solid", "bg": color(word) or "#000000"}
    fit = _fit(text, whole)
    return {"fit": fit} if fit else {}


# the blurred fill turned down ("i hate the blurry bars", "no blurry background", "别用模糊的背景", "the
# blurred sides look cheap"): the picture is padded instead - plain bars, the other fit that keeps all of it
_BLUR_TURNED_DOWN = (r"(?:" + _FIT_TURNED_DOWN + r"|\b(?:no|without|not|skip|lose|ditch|drop)\b|"
                     # ("don't give me the blurry background": the fill not to be put in)
                     r"\b(?:don'?t|do not|dont)\s+(?:give|put|add|do)(?:\s+(?:me|us|it))?\b)\s*"
                     r"(?:the\s+|any\s+|a\s+|that\s+|those\s+|these\s+)?(?:[\w']+\s+)?"
                     r"blur(?:red|ry|s)?\b(?:\s+(?:background|bars|edges|sides|fill|copy|thing|look|effect)s?\b)?|"
                     r"\bblur(?:red|ry)?\s+(?:background|bars|edges|sides|fill|copy|thing|look|effect)s?\s+"
                     r"(?:looks?|is|are|seems?)\s+(?:so\s+|really\s+|kinda\s+|too\s+)?(?:lazy|bad|ugly|cheap|cheesy|"
                     r"tacky|amateur\w*|awful|terrible|weird|dated)\b|"
                     # ("别给我加模糊背景", "不要虚化 用黑边": who it is for said between, and 虚化 - the
                     # blurred fill by its other name)
                     r"(?:不要|别|不想要?|不用|讨厌|不喜欢)\s*(?:给我|帮我|给)?\s*(?:用|加|要|有|弄|搞|整|上)?\s*"
                     r"(?:个|那种)?\s*(?:模糊|虚化)(?:的)?\s*(?:背景|边|填充|效果)?|"
                     r"模糊(?:的)?\s*(?:背景|边|填充|效果)\s*(?:太|很|好)?\s*(?:丑|难看|土|low|廉价)|"
                     # "上下那种模糊边去掉": the blurred fill said first, then that it goes
                     r"模糊(?:的)?\s*(?:背景|边|填充|效果)\s*(?:都|全|也|给我|直接)?\s*"
                     r"(?:去掉|去除|删掉|拿掉|弄掉|不要了?)")


def _fit(text: str, whole: str = "") -> str | None:
    # "don't crop anything, use blurred bars": a fit said with a negation is the one not wanted (and the
    # negation is read: "9:16 but don't crop me out, use blur" is one reading across its clauses)
    if _wanted_blur(text):
        return "blur"
    said = text
    no_blur = [m for m in rx.finditer(_BLUR_TURNED_DOWN, text)]
    text = re.sub(_BLUR_TURNED_DOWN, lambda u: " " * len(u.group(0)), text)
    no_blur += [m for m in rx.finditer(_UNWANTED_FIT, text) if re.search(r"blur|模糊", m.group(0))]
    list(rx.finditer(_UNWANTED_FIT, text))
    text = re.sub(_UNWANTED_FIT, " ", text)
    # "black bars instead of the blurry background": the fit named after "instead of" is the one not wanted
    instead = rx.search(r"\b(?:instead of|rather than|not)\s+(?:the\s+|a\s+|that\s+)?(?:blur\w*|black|solid|"
                        r"crop\w*|zoom\w*|fill\w*)\b[^,;]*|而不是[^，,；;]*|不要用?模糊[^，,；;]*", text)
    if instead:
        text = text[:instead.start()] + " " * (instead.end() - instead.start()) + text[instead.end():]
    if rx.search(_NO_CUT, text):  # "crop it to 9:16 but dont cut off the sides": no edge given up
        text = re.sub(_NO_CUT + r"|\bcrop(?:ped|ping)?\b", lambda u: " " * len(u.group(0)), text)
    if list(rx.finditer(_FACE, text)):  # every word of "the speaker's face" is read
        list(rx.finditer(_FACE_VERB, text))
        return "face"
    if list(rx.finditer(r"\bno (?:black )?bars\b|\bwithout (?:black )?bars\b|\bcrop(?:ped)?\b|\bfill\b|"
                        r"\bzoom(?:ed)? in\b|"
                        r"\bfull ?screen\b|\bfill the (?:screen|frame)|裁剪|裁切(?!掉)|填满|铺满|放大|"
                        r"不要黑边|"
                        # "画面撑满", "别留边": the frame filled, no edge left
                        r"裁满|撑满|占满|(?:不要|别|不)\s*留\s*(?:黑|白)?边|"
                        r"裁(?:切)?(?:成|为)|切(?:成|为)(?=\s*(?:正方形|方形|竖屏|竖版|横屏|横版|‹r))|"
                        r"\b(?:remove|get rid of|lose|drop)\s+(?:the\s+)?(?:black\s+)?bars\b|"
                        r"(?:去掉|不要|去除|删掉|拿掉|弄掉)\s*(?:上下|两边|两侧|左右|四周|边上)?\s*(?:的)?\s*黑边|"
                        r"黑边\s*(?:都|全)?\s*(?:去掉|去除|删掉|拿掉|弄掉|不要了)|"
                        # "两边裁掉", "把上下切掉", "左右两边直接裁掉", "cut off the sides": the edges given
                        # up to fill the frame
                        r"(?:两边|两侧|左右|上下|边缘|四周)(?:的)?(?:多余的?)?(?:部分)?\s*(?:都|就|直接|全部?|统统|给我)?\s*"
                        r"(?:裁|切|剪)(?:掉|了)|"
                        r"(?:裁|切|剪)掉\s*(?:两边|两侧|左右|上下|边缘)|"
                        r"\b(?:cut|chop|crop|trim)\s+(?:off\s+)?(?:the\s+)?(?:sides|edges|top and bottom)\b|"
                        r"\b(?:sides|edges)\s+(?:cut|cropped|chopped)\s+off\b", text)):
        return "crop"
    if rx.search(r"\bblur(?:red|ry)?(?:\s+(?:background|bars|edges|sides|fill|copy))?\b|模糊(?:背景)?", text):
        return "blur"
    if rx.search(r"\bblack bars\b|\bletterbox|\bpillarbox|\bsolid\b|\bpad(?:ded|ding)?\b|\bplain background|"
                 r"\bbars\b|黑边|纯色|纯黑", text):
        return "solid"
    if no_blur:
        # "make it 9:16, no blur on the sides", "两边不要模糊": nothing at all wanted where the fill would go
        # - the picture fills the frame (cropped); "no blur" alone, or "no blurry sides", is plain bars
        # ("no blur on the sides, black is fine": a plain fill said is still wanted - in any clause of it)
        if re.search(_NO_BLUR_ON_SIDES, said) and not re.search(
                r"\b(?:black|white|solid|bars?|pad\w*|colou?r\w*)\b|黑|白|纯色|颜色", whole or said):
            return "crop"
        return "solid"  # "make it 9:16, no blur": the gaps filled plainly (the blurred fill is the default)
    return None


_NO_BLUR_ON_SIDES = (r"\b(?:no|without)\s+(?:any\s+)?blur(?:ring)?\s+(?:on|at|along)\s+(?:the\s+)?"
                     r"(?:sides|edges|top and bottom|left and right)\b|"
                     r"(?:两边|两侧|左右|上下|边上)\s*(?:也|都)?\s*(?:不要|别|不想要|不用)\s*(?:有|加|用|弄)?\s*模糊"
                     r"(?!\s*(?:的)?\s*(?:背景|填充|效果))|"
                     # "不要模糊边", "模糊边去掉": the blurred edges themselves gone - nothing where the fill
                     # would go, so the picture fills the frame
                     r"(?:不要|别|不想要|不用|去掉|去除|拿掉)\s*(?:那种)?\s*模糊(?:的)?\s*边|"
                     r"模糊(?:的)?\s*边\s*(?:都|全|也|给我|直接)?\s*(?:去掉|去除|删掉|拿掉|弄掉|不要了?)")


def platform_rule(c: Clause) -> list[Hit]:
    text = c.text
    # "from 9:16 to 16:9 for youtube": the frame it has now is not the platform's
    was = r"(?:\bfrom|从)\s*‹r\d+by\d+›(?=\s*(?:to|into|→|->|到|转成|改成)\s*‹r)"
    if rx.search(was, text):
        text = re.sub(was, lambda w: " " * len(w.group(0)), text)
    # "我这条是横着拍的 要发抖音 改成竖屏", "i shot it horizontally, make it vertical for tiktok", "shot it
    # vertical, need it for youtube": how the footage was recorded is what it is now - read beside the
    # platform, never the frame asked for
    if list(rx.finditer(_SHOT, text)):
        text = re.sub(_SHOT, lambda w: " " * len(w.group(0)), text)
    # ("upload this straight to our church youtube channel": where it is posted, no format asked for)
    if rx.search(r"\b(?:upload|post|publish|share|send)\s+(?:it\s+|this\s+|that\s+|the video\s+|my video\s+|"
                 r"the (?:final |finished )?(?:edit|cut|result|file)\s+)?"
                 r"(?:(?:straight|directly|right|later|automatically|for me|asap|then)\s+){0,2}"
                 r"(?:to|on|onto)\b|上传|发布|发到|发给", text):
        return []  # handled as a refusal
    # "抖音的竖屏视频转成youtube横屏", "my tiktok video, redo it for youtube": the platform the footage was
    # made for, named before the one it goes to, is where it comes from - not the frame asked for
    named = sorted(((x.start(), x, name) for pattern, name in _PLATFORMS for x in re.finditer(pattern, text)),
                   key=lambda n: n[0])
    source = {x.start() for _, x, name in named if any(n != name and y.start() > x.end() for _, y, n in named)
              and re.match(r"\s*(?:的)?\s*(?:竖屏|横屏|竖版|横版)?\s*(?:的)?\s*(?:视频|素材|片子|原片|作品)|"
                           r"\s*(?:videos?|clips?|vids?|footage|content|upload)\b", text[x.end():])
              and re.search(r"转成|改成|变成|做成|弄成|换成|转到|发到|传到|搬到|\b(?:to|for|into|on)\b",
                            text[x.end():])}
    for _, x, _ in named:
        if x.start() in source:
            note(text, x.start(), x.end())
    for pattern, name in _PLATFORMS:
        m = next((x for x in re.finditer(pattern, text) if x.start() not in source), None)
        if not m:
            continue
        note(text, m.start(), m.end())
        # "bring the loudness to youtube standard", "响度按b站标准": the platform's loudness standard is a
        # loudness target (the loudness rule's), never its frame preset
        if re.search(r"\b(?:loudness|lufs|loud[\s-]?norm\w*|normali[sz]\w*)\b|响度", text) and re.match(
                r"\s*(?:'s\s+)?(?:loudness\s+|audio\s+)?(?:standards?|specs?|targets?|levels?|norms?|"
                r"recommendations?)\b|\s*(?:的)?\s*(?:响度)?\s*(?:标准|要求|规范)", text[m.end():]):
            return [Hit(m.start())]
        if _purpose(text, m.start(), m.end()) or _reason_for_length(c, text, m.start(), m.end()):
            return [Hit(m.start())]  # read, and nothing to do: what the edit is for
        if re.search(r"刷\s*$|\bscroll(?:s|ed|ing)?\s+(?:through\s+|on\s+)?$", text[:m.start()]) or any(
                v.start() <= m.start() < v.end() for v in re.finditer(VIEWING, text)):
            # "好多人都是静音刷抖音的 加个字幕吧", "people scroll tiktok on mute": where people watch (the
            # reason for the edit), never a format asked for
            return [Hit(m.start())]
        if rx.match(r"\s*(?:handle|username|user name|account|page|profile|name|tag|@)\b|\s*⟦\d+⟧",
                    text[m.end():]):
            return [Hit(m.start())]  # "my tiktok handle @sam": whose account the words name, not a format
        if name == "instagram" and rx.match(r"\s*stor(?:y|ies)\b(?:\s+(?:version|cut|edit))?",
                                            text[m.end():]):
            return [Hit(m.start())]  # "insta story version": what it is for - a story is not the feed square
        if name == "instagram" and not re.search(
                r"\b(?:feed|square|grid|posts?|portrait|vertical|landscape|horizontal|carousel)\b|‹r\d+by\d+›|"
                r"(?<![\d.])\d{3,4}\s*[x×*]\s*\d{3,4}(?![\d.])|竖|横|方|帖子|图文", text) and not re.search(
                # "make it for instagram and export", "做成ins的然后导出": a finished file wanted now - the
                # feed's own default (square) is made rather than the request held for the format
                r"\b(?:export|render|download|output)(?:ed|ing)?\b|导出|输出|出片|渲染", c.ctx.raw.lower()):
            # "make it fit instagram": the feed's square, its 4:5 portrait or a reel (9:16) - which is asked
            return [Hit(m.start(), question=(
                "发 Instagram 的哪种——正方形帖子（1:1）、竖版帖子（4:5），"
                "还是 Reels（9:16 竖屏）？" if c.zh else
                "Which Instagram format — a square feed post (1:1), a portrait post (4:5), "
                "or a Reel (9:16)?"))]
        new = rx.search(r"\b(?:make|create|produce|film|shoot)\s+(?:me\s+|us\s+)?an?\s+(?:\w+\s+){0,3}?"
                        r"(?:videos?|clips?|reels?|shorts?|tiktoks?)\s+(?:about|of|for|on|showing|selling|advertising|"
                        r"promoting|from|out of|with|using)\b.*$|"
                        r"做(?:一)?个\S{1,12}?的\S{0,6}?(?:短)?视频|"
                        # "用这个素材剪个短视频，发抖音的": a new video of no length or content said
                        r"(?:剪|做|弄|整|出)\s*(?:1\s*)?(?:个|条|支)\s*[^\s§，,]{0,4}?(?:短)?"
                        r"(?:视频|片子|短片)", text)
        if new:
            # "帮我做个卖水果的抖音短视频", "make me a tiktok video about my cat": a new video about
            # something, not a reframing of this one - what should it show?
            said = c.ctx.original(m.group(0))
            return [Hit(m.start(), question=(
                f"要做什么样的{said}视频？我可以把现有素材剪成适合{said}的画幅、加字幕和音乐——请告诉我用哪一段、"
                "要不要加文字或音乐。" if c.zh else
                f"What should the {said} video show? I can cut your footage to fit {said}, add captions and "
                "music — tell me which part to use and what to add."))]
        short = rx.search(r"\b(?:turn|make|cut|edit|convert|chop|trim)\s+(?:it|this|that|the video|my video|"
                          r"the footage|the clip|the vid|my vid)\s+(?:down\s+)?(?:into|to)\s+an?\s+"
                          r"(?:quick\s+)?short(?:\s+(?:vid|video|clip|one|version|edit))?\s+"
                          r"(?=(?:for|on|to post on)\s+(?:\w+\s+)?$)",
                          text[:m.start()])
        if short and not re.search(r"\d|\b(?:seconds?|secs?|minutes?|mins?|first|last|half|best|highlights?|"
                                   r"vertical|portrait|upright|square|landscape|horizontal)\b",
                                   (c.ctx.raw or text).lower()):
            # "help me turn this into a short vid for tiktok": a short of no length or part said - which part,
            # how long (a format said, "a short vertical video", or a length is the platform's reading)
            return [Hit(m.start(), question=(
                "Which part should the short for " + c.ctx.original(m.group(0)) + " use, and how long should "
                "it be? E.g. “keep 0:10 to 0:40 and make it 9:16”."))]
        vague = rx.search(r"\b(?:edit|turn|make|cut|chop|split|break)\s+"
                          r"(?:it|this|the video|my video|the footage)?\s*(?:up\s+)?(?:into|in)\s+"
                          r"(?:something|a few|some|several|multiple|a bunch of)\b(?:\s+\w+){0,2}|"
                          r"\bsomething (?:cool|nice|good|fun|awesome|viral|engaging|great)\b|"
                          # ("make it punchier, it's going on reels": a pace wished, the platform it goes on)
                          r"\bmake it (?:(?:more|a bit more|a little more)\s+)?(?:pop|cool|nicer|viral|"
                          r"engaging|punchy|punchier|snappy|snappier|exciting|lively|livelier|dynamic)\b|"
                          # "can you edit this nicely for tiktok", "clean it up for reels", "polish this for
                          # shorts": an edit of no kind said, for a platform - what to do is asked
                          r"\b(?:edit|polish|tidy|spruce|touch|fix|clean|jazz|spice|glow)(?:\s+up)?\s+"
                          r"(?:it|this|that|the video|my video|the footage|the clip|the vid|my vid)?\s*"
                          r"(?:up\s+)?"
                          r"(?:(?:really|real|super|very|a bit|a little)\s+)?(?:nicely|nice|well|properly|"
                          r"professionally|good|better|up|for me|pls|please|real quick|quickly|)\s*"
                          r"(?=(?:for|to post on|to go on|to put on)\s)|"
                          r"\bmake (?:it|this|the video|my video) (?:look )?(?:nice|good|pro|professional|"
                          r"polished|great|better)\s+(?=for\s)|"
                          r"(?:剪|弄|做|整|修)(?:得|的)?\s*(?:好看|漂亮|精致|专业|像样)\S{0,2}|"
                          r"剪成几段|剪(?:个|一个)?(?:好看|酷|炫)的?",
                          text)
        # "make it more tiktok-y", "give it a reels vibe", "youtube style": a feel, not the frame - which
        # of the things that make it (the frame, captions, a faster pace, music) is asked
        vague = vague or rx.search(r"^(?:-?y|-?ish|-?esque|[\s-]+(?:style|styled|vibes?|feel|energy|"
                                   r"aesthetic|looking|type))\b", text[m.end():]) or (
            re.search(r"\bmore\s+(?:of\s+an?\s+|like\s+an?\s+)?$", text[:m.start()]) and
            rx.search(r"\bmore\s+(?:of\s+an?\s+|like\s+an?\s+)?$", text[:m.start()])) or (
            # "make it like those viral realtor reels": other people's videos as the model - a style, not
            # the frame
            re.search(r"\b(?:like|similar to)\s+(?:those|these|them|all the|(?:the\s+)?other(?:\s+people'?s)?"
                      r"|(?:one|1) of (?:those|the|these|them))\s+(?:[\w'-]+\s+){0,3}$", text[:m.start()]) and
            rx.search(r"\b(?:like|similar to)\s+(?:those|these|them|all the|the other|other|(?:one|1) of)\b",
                      text[:m.start()])) or (
            # "做成那种爆款房产抖音的感觉", "剪得像那些探店抖音一样": the feel of others' videos
            re.search(r"(?:像|学|模仿|仿照|参考)\S{0,10}$|那(?:些|种)\S{0,8}$", text[:m.start()]) and
            rx.search(r"^\S{0,2}?(?:的)?(?:感觉|风格|那样|一样|范儿|味道|调调|风)", text[m.end():])) or (
            # "有那种ins风", "做成抖音爆款那种风格", "抖音上很火那种": the platform's look, no shape said
            None if re.search(r"竖|横|方形|‹r\d+by\d+›|画幅|比例|尺寸|全屏", text) else
            rx.search(r"^\s*(?:上)?\s*(?:很火|爆款|流行|热门|火的|网红)?\s*(?:的)?\s*(?:那种|那样|这种)?\s*(?:的)?\s*"
                      r"(?:风格|风(?![景光])|感觉|范儿|调调|味道|那种|那样|一样)", text[m.end():]))
        if vague:
            # "edit this into something cool for insta", "chop it into a few clips for reels": the platform is
            # what it is for, the edit itself is not said - asked, with what can be done for it
            said = c.ctx.original(m.group(0))
            return [Hit(m.start(), question=(
                f"为{said}要怎么改？比如改成竖屏9:16、剪到30秒、加字幕或音乐——告诉我要哪几样。" if c.zh else
                f"What should I do for {said}? For example make it 9:16, cut it to 30 seconds, add captions "
                "or music — tell me which."))]
        if m.group(0) in ("快手", "小红书"):
            # "快手发的：做成竖版", "小红书用，改成4:5": a platform with no preset of its own, and the shape
            # said - that shape (another platform's preset would be claimed in the reply, with its loudness)
            shape = next((w for w in re.finditer(r"‹r(\d+)by(\d+)›|竖屏|竖版|横屏|横版|正方形|方形|竖", text)
                          if not _shape_now(text, w)), None)  # (not "横屏素材发快手": the shape it has now)
            # "小红书那种竖版 1080x1350": a size said with the shape is the shape exactly
            size = re.search(r"(?<![\d.])(\d{3,4})\s*[x×*]\s*(\d{3,4})(?![\d.])", text)
            sized = _SIZES.get((int(size.group(1)), int(size.group(2)))) if size else None
            if shape and size and sized:
                note(text, shape.start(), shape.end())
                rx.search(re.escape(size.group(0)), text)
                fit = _fit(text)
                with contextlib.suppress(ValidationError):
                    return [Hit(m.start(), [s.SetAspect.model_validate(
                        {"ratio": sized, **({"fit": fit} if fit else {})})])]
            if shape:
                note(text, shape.start(), shape.end())
                ratio = (f"{shape.group(1)}:{shape.group(2)}" if shape.group(1) else
                         "16:9" if shape.group(0).startswith("横") else
                         "1:1" if "方" in shape.group(0) else "9:16")
                fit = _fit(text)
                with contextlib.suppress(ValidationError):
                    return [Hit(m.start(), [s.SetAspect.model_validate(
                        {"ratio": ratio, **({"fit": fit} if fit else {})})])]
        # ("抖音的竖屏视频转成youtube横屏": the shape the footage has now is not the platform's variant)
        shown = text
        for w in re.finditer(r"‹r\d+by\d+›|\bvertical\b|\bportrait\b|\bhorizontal\b|\blandscape\b|"
                             r"竖屏|竖版|横屏|横版", text):
            if _shape_now(text, w):
                note(text, w.start(), w.end())
                shown = shown[:w.start()] + " " * (w.end() - w.start()) + shown[w.end():]
        text = shown
        numbers = re.search(r"‹r(\d+)by(\d+)›", text)
        if numbers:
            # "make it 4:5 for the insta feed post", "9:16 for reels", "instagram portrait 4:5": a ratio said
            # in numbers is the frame asked for (set_aspect) - the platform beside it is only what it is for.
            # The preset is for the platform named alone ("make it fit tiktok", "vertical for reels", "square
            # for instagram")
            note(text, numbers.start(), numbers.end())
            with contextlib.suppress(ValidationError):
                return [Hit(m.start(), [s.SetAspect.model_validate(
                    {"ratio": f"{numbers.group(1)}:{numbers.group(2)}",
                     **_frame(text, (c.ctx.raw or "").lower())})])]
            return [Hit(m.start())]
        if name in ("tiktok", "reels", "shorts"):  # their format: "抖音竖屏", "vertical for tiktok"
            list(rx.finditer(r"‹r9by16›|\bvertical\b|\bportrait\b|竖屏|竖版|竖", text))
        # (the feed alone is the default, square: "make it fit the instagram feed")
        rx.search(r"\bfeed\b", text)
        if name == "instagram" and list(rx.finditer(r"‹r4by5›|\bportrait\b|竖", text)):
            name = "instagram_portrait"
        if name == "youtube" and list(rx.finditer(r"‹r9by16›|\bvertical\b|竖", text)):
            name = "shorts"
        # the platform's own frame said with it ("youtube 1920x1080", "做成youtube横屏的", "ins 4:5"):
        # one reading
        ratio = PLATFORMS[name]
        frame = {"9:16": r"‹r9by16›|\b(?:1080|720)\s*[x×*]\s*(?:1920|1280)\b|\bvertical\b|\bportrait\b|"
                         r"竖屏|竖版",
                 "16:9": r"‹r16by9›|\b(?:1920|1280|3840)\s*[x×*]\s*(?:1080|720|2160)\b|\bhorizontal\b|"
                         r"\blandscape\b|\bwide ?screen\b|横屏|横版",
                 "1:1": r"‹r1by1›|\b1080\s*[x×*]\s*1080\b|\bsquare\b|正方形|方形|(?<!地)方的",
                 "4:5": r"‹r4by5›|\b1080\s*[x×*]\s*1350\b|\bportrait\b|竖版|竖"}[ratio]
        list(rx.finditer(frame, text))
        kwargs: dict[str, Any] = {}
        fit = _fit(text)
        if fit:
            kwargs["fit"] = fit
        op = s.Platform.model_validate({"name": name, **kwargs})
        return [Hit(m.start(), [op])]
    return []


# "30 sec tops, its for reels", "under a minute since it's going on tiktok": a length capped in the message,
# with the platform said as the reason - the cap is the edit; the platform's preset would change the frame
# unasked (a frame word said anywhere still asks for the preset)
_LENGTH_CAP = re.compile(r"\b(?:tops|max(?:imum)?|at\s+most|under|below|no\s+(?:longer|more)\s+than|"
                         r"or\s+less|"
                         r"less\s+than|within|shorter\s+than|up\s+to)\b|以内|之内|以下|最多|不超过|控制在")
_REASON_BEFORE = re.compile(r"(?:\b(?:because|since|cause|cuz|coz|bc)\s+)?\b(?:it'?s|its|it\s+is|this\s+is|"
                            r"that'?s|this'?s|it'?ll\s+be|it\s+will\s+be)\s+(?:(?:just|only|all)\s+)?"
                            r"(?:for|going\s+(?:on|to)|headed\s+(?:for|to)|meant\s+for)\s+(?:my\s+|our\s+|the\s+)?$|"
                            r"(?:是|要|准备|因为要)\s*(?:发|传|上传|放)\s*(?:到|在)?\s*$")
_FRAME_SAID = re.compile(r"\b(?:vertical|portrait|upright|landscape|horizontal|square|format|ratio|aspect|"
                         r"crop|fit|frame|full\s*screen)\b|‹r\d+by\d+›|竖|横|方|画幅|比例")


# "做成15秒的 快手上短点好", "半分钟以内 抖音太长没人看", "cut it to 20 s, nobody on tiktok watches long
# stuff": how a length fares on the platform, said right after it - the reason for the length asked
_FARES_AFTER = re.compile(
    r"^\s*(?:上|里|上面|里面)?\s*(?:的)?\s*(?:视频|片子)?\s*(?:还是|就|都|肯定|当然)?\s*"
    r"(?:(?:短|短一?点|短些|短的)\s*(?:好|更好|比较好|吃香|受欢迎|流量(?:好|高|大)|才有人看)|越短越好|"
    r"(?:太长|长了|长的|太久|时间长)\S{0,4}?(?:没人|不爱|不想|不看|划走|刷走|看不完|不给|没流量|限流|"
    r"完播率?低|完播(?:率)?不行))|"
    r"^\s*(?:people|viewers|users|folks|nobody|no one|noone|everyone)?\s*(?:don'?t|won'?t|never|just|all)?\s*"
    r"(?:watch(?:es)?|sit through|finish(?:es)?|scroll past|skip|swipe (?:past|away from))\s+"
    r"(?:anything\s+|stuff\s+|videos?\s+|vids?\s+)?(?:long|longer|that long)\b|"
    r"^\s*(?:likes?|prefers?|wants?|loves?)\s+(?:short|shorter)\b")


def _reason_for_length(c: Clause, text: str, start: int, end: int | None = None) -> bool:
    raw = (c.ctx.raw or text).lower()
    fares = _FARES_AFTER.search(text[end:]) if end is not None else None
    length = re.search(r"\d|§|半分钟|[一二两三四五六七八九十]\s*(?:秒|分钟)", raw)
    if fares and end is not None and length and not _FRAME_SAID.search(raw):
        note(text, end + fares.start(), end + fares.end())
        return True
    return bool(_REASON_BEFORE.search(text[:start]) and _LENGTH_CAP.search(raw)
                and re.search(r"\d|§", raw) and not _FRAME_SAID.search(raw) and not _FRAME_SAID.search(text))


def _purpose(text: str, start: int, end: int) -> bool:
    """The platform is named as what the edit is for or like, not as a format to apply: "so it fits a
    reel", "captions like the tiktok ones", "抖音发不了太长的", "抖音水印"."""
    before, after = text[:start][-40:], text[end:][:16]
    purpose = (r"\bso (?:that )?(?:it |this |the video )?(?:fits?|works?|is ok|is fine|can go)\s*"
               r"(?:on |in |for |into )?(?:a |an |the |my )?$|\blike (?:the |on |in |for )?$|"
               # "karaoke captions, like the ones on tiktok": a look seen there, not a reframe for it
               r"\b(?:like|similar to|same as|as on)\s+(?:the |those |these )?"
               r"(?:ones?|kind|type|style|way|\w+s)\s+"
               r"(?:they (?:use|do|have) )?(?:on|in|from|you see on|people use on)\s+(?:the )?$|"
               # "this is dragging on way too long for insta": the reason, not a reframe for it
               r"\btoo\s+(?:\w+\s+)?(?:long|short|big|large|slow|boring|loud|quiet|wide|heavy)\s+(?:for|on)\s+"
               r"(?:my |our |the |a |an )?$|"
               # "loop it 4 times, its for a relaxing asmr reel": what the video is, said as the reason
               r"\b(?:it'?s|its|this is|it is|that'?s|this'?s)\s+(?:for|going (?:on|to be))\s+"
               r"(?:a|an|my|our)\s+(?:[\w-]+\s+){0,3}$")
    # "这个是从抖音下的", "i downloaded it from tiktok": where the footage came from
    source = (r"(?:从|在)\s*$|\b(?:downloaded|saved|ripped|grabbed|got|took|taken|came|comes|pulled)\b"
              r"[^,;]{0,20}\b(?:from|off)\s+(?:of\s+)?(?:a |the |my |some |someone'?s )?$")
    came_from = r"^\s*(?:上)?\s*(?:下载?|扒|保存|搬运|存|载)(?:下来|来)?的"
    # "小红书要封面", "a youtube thumbnail from 0:05", "cover for xiaohongshu": a still for it, no reframing
    # "an srt file for youtube", "字幕文件传b站用": a file for it, the picture untouched
    still = (r"\b(?:thumbnail|cover(?: image| photo| pic)?|screenshot|still|poster|srt|vtt|sidecar|"
             r"(?:subtitle|caption|srt|vtt) file)\b[^,;]{0,25}"
             r"\b(?:for|on)\s+(?:my |the |a )?$")
    still_after = (r"^\s*(?:要|用|的|上)?\s*(?:的)?\s*(?:封面|缩略图|头图|截图|thumbnail|cover\b)|"
                   # "b站up主", "抖音博主": a creator known on it - who, not a frame
                   r"^\s*(?:的)?\s*(?:up\s*主|博主|主播|网红|达人|用户|账号)")
    # "字幕文件传b站用", "srt传抖音": a file sent there, the picture untouched
    still_zh = r"(?:字幕文件|srt|vtt|封面)\S{0,4}\s*(?:传|发|上传|放)\s*(?:到|去|给)?\s*$"
    # "export an mp4 for youtube": the file's format named, and where it goes - no frame asked for
    exported = (r"\b(?:export|save|render|download)\w*\s+(?:it\s+|this\s+)?(?:as\s+)?(?:an?\s+)?"
                r"(?:mp4|mov|webm)\s+(?:file\s+)?(?:for|on)\s+(?:my |the |a )?$")
    if re.search(exported, before) and not re.search(
            r"竖|横|‹r|\b(?:vertical|portrait|landscape|horizontal|format|ratio|size|fit|square|crop)\b",
            text):
        return True
    # "the last few seconds of my gym reel": the person's own video, called by what it is
    if re.search(r"\b(?:my|our|the|this)\s+(?:[a-z]+\s+)?$", before) and re.search(
            r"^\s*(?:videos?|clips?|posts?|edits?)?\s*(?:feels?|looks?|is|was|has|sounds?|seems?)\b", after):
        return True
    # "no music for the recruiting reel", "i might want it back for the reel version": one reel, named with
    # "the / a / my", is the person's video - no frame asked for (that needs "reel format", "9:16", "fit")
    one_reel = r"\b(?:the|a|an|my|our|this|that|his|her|their)\s+(?:[\w-]+\s+){0,2}$"
    made_one = (r"\b(?:make|turn|convert|change|format|cut|edit|export|save|post)\s+"
                r"(?:it|this|that|the video)\s+(?:into\s+|to\s+|as\s+|for\s+)?(?:a|an)\s+$")
    if text[start:end].strip().lower() == "reel" and re.search(one_reel, before) and \
            not re.search(made_one, before) and \
            not re.search(r"^\s*(?:format|size|ratio|dimensions?|shape|specs?|frame|style)\b", after) and \
            not re.search(r"竖|‹r|\b(?:vertical|portrait|format|ratio|size|fits?|square|crop|reframe)\b",
                          text):
        return True
    # "transformation reel!! before is 0 to 0:08 …", "recipe reel: keep 0:05-0:20": the video named by what
    # it is, as the opening label of the request - no frame asked for
    if text[start:end].strip().lower() == "reel" and re.fullmatch(
            r"\s*(?:(?!(?:make|turn|convert|change|format|for|to|into|as|export|save|post|crop|resize|fit|edit|"
            r"cut|trim|vertical|portrait|instagram|insta|ig|new)\b)[a-z][\w'-]*\s+){1,2}", text[:start]) and \
            re.match(r"\s*(?:[!:.\-–—]+|,)", after) and \
            not re.search(r"竖|‹r|\b(?:vertical|portrait|format|ratio|size|fits?|square|crop|reframe)\b",
                          text):
        return True
    came = re.search(source, before) and (re.search(came_from, after) or not re.search(r"[从在]\s*$", before))
    if came or re.search(still, before) or re.search(still_after, after) or re.search(still_zh, before):
        return True
    # "做一个30秒的短视频发快手", "a 20 s version to post on instagram": where it will be posted, no frame
    # asked for ("改成竖屏发抖音", "vertical for tiktok" ask for the platform's frame)
    # ("要传b站", "传到b站", "b站要传", "b站字幕我要自己传": sent there - uploading is where it goes too)
    posted = (r"(?:发|投|传|上传)\s*(?:个|到|在|去)?\s*$|"
              r"\b(?:post|upload|share)(?:ing|ed)?\s+(?:it\s+|this\s+)?(?:on|to)\s+(?:my\s+|the\s+)?$")
    # ("发ins用 方形的": the square said without 正 is the shape as well)
    frame = (r"竖|横|格式|尺寸|比例|画幅|‹r|正?方形|(?<!地)方的|"
             r"\b(?:vertical|portrait|landscape|horizontal|format|ratio|size|fit|square)\b")
    # "做成4:5的竖版发小红书": a shape given as a ratio is the edit; the platform only where it is posted
    # ("b站后台自己传": its creator back-end named as where the person uploads - a place, not a preset)
    posted_after = (r"^\s*(?:的)?\s*(?:后台|创作中心|创作者中心|创作者后台|创作平台)?\s*(?:的)?\s*"
                    r"(?:字幕|视频)?\s*"
                    r"(?:我)?\s*(?:要|得|也要|还要|会|再)?\s*(?:自己)?\s*(?:手动)?\s*(?:上)?传")
    if (re.search(posted, before) or re.search(posted_after, after)) and (
            not re.search(frame, text) or "‹r" in before):
        return True
    # "剪个30秒的预告 放抖音上引流", "cut a 30 second teaser, gonna throw it on tiktok to drive traffic",
    # "a 20s trailer to promote the full video on tiktok": the platform named in what the video is for -
    # drawing people there, promoting - no frame asked for
    promoted_zh = (r"^\s*(?:上|里|那边)?\s*(?:的)?\s*(?:给[^，,。；;\s]{1,8}?|帮[^，,。；;\s]{1,8}?)?\s*"
                   r"(?:引流|涨粉|宣传|推广|吸粉|预热|带货|打广告|种草|拉新|导流|做推广|做宣传)")
    promoted_en = (r"^\s+(?:to|for|and)\s+(?:(?:drive|get|bring|pull|funnel|push|send|steer|grab)\s+"
                   r"(?:[\w'-]+\s+){0,3}?(?:traffic|views|people|followers|viewers|eyeballs|fans|subs|subscribers|"
                   r"clicks|attention|buzz|hype)|promot\w*|promo|hype\b|advertis\w*|teas(?:e|ing)\b|"
                   r"plug(?:ging)?\b|market(?:ing)?\b)")
    promoting_before = (r"\b(?:to|so (?:that )?(?:i|we) can|for)\s+(?:promote|hype|advertise|tease|plug|"
                        r"market|funnel|drive|push|pull|send|steer|get)\b[^,;.]{0,40}\b(?:on|from|via|to|over|onto)\s+"
                        r"(?:my\s+|the\s+|our\s+)?$")
    if not re.search(frame, text) and (re.search(promoted_zh, text[end:][:24]) or
                                       re.search(promoted_en, text[end:][:60]) or
                                       re.search(promoting_before, before)):
        return True
    said_after = (r"^\s*(?:ones\b|style\b|水印|发不了|不让|不能发|限制|的?(?:时长|长度)?(?:限制|上限)|"
                  # "加个抖音热门的转场特效", "the trending tiktok transition": an effect popular there, not
                  # the platform's frame
                  r"(?:上)?\s*(?:很火|爆款|流行|热门|火的|网红|常见|常用)的?\s*\S{0,4}?(?:转场|特效|滤镜|贴纸|"
                  r"效果|字体|花字)|(?:trending\s+|viral\s+|popular\s+)?(?:transitions?|effects?|filters?|"
                  r"stickers?)\b|"

                  # "抖音只要15s，帮我截成15秒": what the platform takes, said as the reason for a length
                  r"(?:只|最多|最长)\s*(?:要|能|收|让|允许|支持)?\s*§|"
                  r"上?(?:太长|放不下)|"
                  # "快手老铁没耐心", "tiktok viewers scroll past": the platform's audience, the reason
                  # for another edit
                  r"(?:上)?(?:的)?\s*(?:老铁|用户|观众|粉丝|网友|的人|那帮人|上的人)|"
                  r"(?:viewers|users|people|audiences?|folks|crowds?)\b|"
                  # "shorts count an extra second", "tiktok only allows 60s", "reels cuts off at 90 s": the
                  # platform as the subject of a fact about it, said as the reason for another edit
                  r"(?:(?:will|would|does|do|might|also|only|just|usually|always|apparently|sometimes)\s+)?"
                  r"(?:counts?|won'?t|wont|doesn'?t|don'?t|dont|allows?|limits?|caps?|cuts?|takes?|accepts?|"
                  r"rejects?|compress\w*|crops?|has|have|max(?:es)? out|prefers?|likes?|wants?|"
                  r"needs?|requires?|is|are|was|were|rounds?\s+(?:it\s+)?(?:up|down)|"
                  # "apparently shorts add a second to the length": what the platform adds, the reason
                  r"adds?\s+(?:on\s+)?(?:an?\s+(?:extra\s+|whole\s+)?(?:second|sec|frame|few)|(?:an?\s+)?extra|"
                  r"§|a\s+bit\s+(?:of\s+)?(?:time|length)))\b(?!\s+(?:it|this)\b))")
    # "reels do better short", "tiktok rewards fast pacing", "shorts perform better when theyre short": how
    # the platform treats videos, said as the reason for a length or a speed
    fares_en = (r"^\s+(?:(?:really|just|always|usually|definitely|honestly|apparently|tend to|seem to|"
                r"also)\s+)?"
                r"(?:do|does|did|perform\w*|work|works|get|gets|got|go|goes|rank\w*|push|pushes|pushed|"
                r"reward\w*|punish\w*|penali[sz]\w*|favou?r\w*|love|loves|hate|hates|tank\w*|flop\w*|"
                r"boost\w*|promot\w*|bur(?:y|ies|ied)|suppress\w*|prioriti[sz]\w*|recommend\w*|"
                r"retain\w*|hold\w*|pick\w*\s+up|blow\w*\s+up|kill\w*)\b"
                r"(?=[^,;.]*\b(?:better|worse|best|more|less|well|badly|short\w*|long\w*|fast\w*|slow\w*|"
                r"quick\w*|views?|reach|engagement|watch time|retention|attention|pacing|algorithm|"
                r"ones|stuff|videos?|clips?|content)\b)")
    if re.search(fares_en, text[end:][:60]):
        return True
    # "抖音短的更容易火", "快手上短视频完播率高", "抖音节奏快的才有人看": how videos do there, the platform
    # said first in its clause - the reason ("做成抖音上很火的那种" is a look asked for)
    fares_zh = (r"^(?:上|里|那边)?(?:的)?\s*[^\s，,。；;！!？?]{0,8}?(?:更容易|容易|才|更|比较|最)?\s*"
                r"(?:火|爆|涨粉|流量|完播|推荐|推流|有人看|爱看|吃香|受欢迎|播放量|热度|数据)"
                r"(?![^\s，,。；;！!？?]*(?:那种|那样|风格|感觉|一样|范儿))")
    if re.search(r"(?:^|[\s，,；;。！!])\s*$", before) and re.search(fares_zh, text[end:][:24]):
        return True
    # "normalize to -14 for instagram", "make it exactly 15 secs for my ig story": what that edit is for
    # ("cut it down to 45s for the debate club insta": whose account, said before it)
    for_edit = (r"(?:\bnormali[sz]e\w*|\bloudness|\blufs|-\s*\d+|§)[^,;§]{0,30}\b(?:for|on)\s+"
                r"(?:my |an? |the |your |our )?(?:[a-z'-]+ ){0,3}$")
    # "reels for my shop have to be between 7 and 20 seconds": what they must be, a fact about them
    must_be = (r"^\s*(?:videos?\s+)?(?:(?:for|on)\s+(?:my|our|the|a)\s+\w+\s+)?"
               r"(?:(?:have|has|need|needs|got)\s+to|"
               r"must|should|can\s+only|can'?t|cannot)\s+be\b")
    return bool(re.search(purpose, before) or re.search(said_after, after) or re.search(for_edit, before) or
                re.search(must_be, text[end:][:48]))


# how the footage was recorded: "i filmed it vertically", "我这条是横着拍的" - what it is now, not a shape
# asked for
_SHOT = (r"\b(?:filmed|shot|recorded|taken|captured|film|shoot|record)\s+(?:it\s+|this\s+|that\s+|"
         r"the\s+(?:video|clip|footage)\s+|everything\s+)?(?:all\s+)?(?:in\s+)?(?:vertical(?:ly)?|portrait|"
         r"horizontal(?:ly)?|landscape|upright)\b|"
         r"(?:竖着|横着|竖屏|横屏|竖版|横版)\s*(?:拍|录)")


_SIZES = {(1080, 1080): "1:1", (1080, 1920): "9:16", (1920, 1080): "16:9", (1080, 1350): "4:5",
          (720, 1280): "9:16", (1280, 720): "16:9", (720, 720): "1:1", (3840, 2160): "16:9",
          (2160, 3840): "9:16"}


def aspect_rule(c: Clause) -> list[Hit]:
    text = c.text
    ratio: str | None = None
    size = rx.search(r"(?<![\d.])(\d{3,4})\s*[x×*]\s*(\d{3,4})(?![\d.])", text)  # "make it 1080x1080"
    if size and (int(size.group(1)), int(size.group(2))) in _SIZES:
        w, h = int(size.group(1)), int(size.group(2))
        frame: dict[str, Any] = {"ratio": _SIZES[(w, h)], **_frame(text)}
        ops: list[Any] = [s.SetAspect.model_validate(frame)]
        if min(w, h) < 1080:
            ops.append(s.Resolution.model_validate({"max_height": min(w, h)}))
        return [Hit(size.start(), ops)]
    m = rx.search(r"‹r(\d+)by(\d+)›", text)
    if m and (to := rx.match(r"\s*(?:to|into|→|->)\s*‹r(\d+)by(\d+)›", text[m.end():])) and \
            rx.search(r"\bfrom\s*$|从\s*$", text[:m.start()]):
        m = to  # "change it from 16:9 to 9:16": the frame it has now, then the one asked for
    other = None if m else rx.search(r"(?<![\d:.§])(\d{1,2})\s*(?::|：|比)\s*(\d{1,2})(?![\d:§])", text)
    if other and rx.search(r"\b(?:ratio|aspect|make it|change it|convert|crop|format)\b|比例|画幅|调成|改成|"
                           r"变成|裁成", text):
        said = f"{other.group(1)}:{other.group(2)}"  # "把视频调成4:3": a frame I don't have
        zh = f"{said} 这个比例做不了——可选的画幅有 9:16、16:9、1:1 和 4:5。"
        en = f"I can't make it {said} — the frames I have are 9:16, 16:9, 1:1 and 4:5."
        return [Hit(other.start(), refusal=zh if c.zh else en)]
    if m and _shape_now(text, m):
        # "tiktok wants 9:16, mine is 16:9": the frame the footage has now - the one asked for is said
        # elsewhere
        later = re.search(r"‹r(\d+)by(\d+)›", text[m.end():])
        if later is None:
            return [Hit(m.start())]
        note(text, m.start() + 0, m.end())
        m = re.compile(r"‹r(\d+)by(\d+)›").search(text, m.end())
        if m is not None:
            note(text, m.start(), m.end())
    if m:
        ratio = f"{m.group(1)}:{m.group(2)}"
    else:
        flipping = rx.search(r"\bflip|\bmirror|\bupside|翻转|镜像|\brotat|旋转", text)
        shapes: list[tuple[re.Match[str], str]] = sorted(((w, shape) for pattern, shape in [
            (r"\bvertical(?:ly)?\b|\bportrait\b|\bupright\b|\bphone (?:format|size|screen)|竖屏|竖版|竖的|"
             r"竖过来",
             "9:16"),
            (r"\bhorizontal\b|\blandscape\b|\bwide ?screen\b|\bwide\b|横屏|横版|宽屏", "16:9"),
            (r"\bsquare\b|正方形|方形|方的", "1:1")] for w in re.finditer(pattern, text)),
            key=lambda wr: ("9:16", "16:9", "1:1").index(wr[1]) * 10_000 + wr[0].start())
        # "竖屏视频转成横屏", "横屏视频发抖音": the shape of the footage as it is now, said before the one
        # asked for (or before where it goes), is no reframe of its own
        now = [w for w, _ in shapes if _shape_now(text, w)]
        shapes = [(w, shape) for w, shape in shapes if not _shape_now(text, w)]
        for was in now:
            note(text, was.start(), was.end())
        if shapes and not flipping:
            first, ratio = shapes[0]
            note(text, first.start(), first.end())
            m = first
        elif now and not flipping:
            return [Hit(now[0].start())]
    if ratio is None or m is None:
        return []
    if rx.search(_SHOT, text) and not re.search(r"‹r|\b(?:make|turn|change|convert|crop|reframe)\b|"
                                         r"改|变|做成|转成|调成|裁", text):
        # "i filmed it vertically, can it be 16:9?", "我是竖着拍的": how the footage was recorded describes
        # it - the shape asked for is said elsewhere, this is no second reframe
        return [Hit(m.start())]
    kwargs: dict[str, Any] = {}
    kwargs.update(_frame(text, (c.ctx.raw or "").lower()))
    return [Hit(m.start(), [s.SetAspect.model_validate({"ratio": ratio, **kwargs})])]


def _grey_off(text: str, bw: re.Match[str]) -> re.Match[str] | None:
    """The word that switches the black and white at `bw` off: "undo the black and white", "取消黑白",
    "greyscale off", "黑白效果关掉", "不要黑白了" - said with it, not apart from it (a comma, "then", "and":
    "undo, then make it black and white instead" asks for the grey); said after it, only right after it
    ("黑白不要太暗" keeps the grey)."""
    apart = r"[,，;；。]|\b(?:then|and|instead)\b|然后|再"
    # ("去掉颜色 变成黑白的": the colour taken out, then the grey asked for)
    other = r"\s(?:make|turn|go|change)\b(?!\s+off)|\bcolou?rs?\b|变|改成|做成|弄成|颜色|色彩|彩色"
    for n in re.finditer(r"\b(?:remove|undo|no|off|disable|cancel|revert|get rid of|lose|drop|kill)\b|"
                         r"取消|去掉|去除|关掉|关闭|不要|撤掉|拿掉|恢复", text):
        if bw.start() <= n.start() < bw.end():
            continue  # ("remove the colour", "把颜色去掉": the taking-out is how the grey was asked for)
        if n.start() < bw.start():
            if not re.search(apart + "|" + other, text[n.end():bw.start()]):
                return n
            continue
        between = text[bw.end():n.start()]
        if re.search(apart, between) or not re.fullmatch(
                r"\s*(?:effect|filter|look|mode|效果|滤镜|模式)?\s*(?:的)?\s*(?:is\s+|给我|帮我|都)?\s*",
                between):
            continue
        if n.group(0) == "不要" and not re.match(r"\s*(?:了|啦|吧)?\s*$", text[n.end():]):
            continue
        return n
    return None


def _shape_now(text: str, m: re.Match[str]) -> bool:
    """The shape at `m` is the one the footage has now: "mine is 16:9", "it's vertical",
    "抖音的竖屏视频转成…", "横屏视频发抖音" - said of what it is, before a change to another shape or a
    platform it goes to."""
    before, after = text[:m.start()], text[m.end():]
    if re.search(r"\b(?:mine|it|this|that|my\s+(?:video|clip|footage|recording|original)|the\s+(?:video|clip|"
                 r"footage|"
                 r"original|source|recording|raw)s?)\s*(?:is|'s|was|are|were)\s+(?:currently\s+|already\s+|"
                 r"originally\s+|natively\s+|still\s+)*(?:in\s+|shot in\s+)?$|\b(?:its|"
                 r"it'?s)\s+(?:currently\s+|"
                 r"already\s+|originally\s+)*(?:in\s+)?$", before) and not re.search(
                 r"^\s*(?:instead|please|pls)\b", after) and not re.search(
                 # "make it so its 9:16", "i need it to be …": the shape wanted, not the one it has
                 r"\b(?:make|made|so|want|wanna|need|should|must|change|convert|turn|switch|crop|reframe|set|"
                 r"until|unless|if)\b[^,;.]*$", before):
        return True
    # "i have a horizontal video and need a vertical one", "convert vertical to horizontal": the one had,
    # or the one changed from
    if re.search(r"\b(?:i\s+have|i'?ve\s+got|i\s+got|we\s+have|it'?s|its|this\s+is|shot|filmed|recorded)\s+"
                 r"(?:a|an|in|it\s+in)\s+$", before) and re.match(r"\s*(?:video|clip|footage|recording|one|"
                                                                 r"format)\b", after):
        return True
    if re.match(r"\s*(?:video|clip|footage|recording)?\s*(?:to|into|→|->)\s+(?:a\s+)?(?:\w+\s+)?(?:vertical|"
                r"horizontal|landscape|portrait|square|‹r)", after):
        return True
    # "横屏改竖屏": the shape changed from, said right before the change to another
    if re.match(r"\s*(?:的)?\s*(?:视频|素材)?\s*(?:改成?|转成?|变成?|换成?|调成?|切成|弄成|做成)\s*"
                r"(?:竖|横|方|正方|‹r)",
                after):
        return True
    # ("横屏的素材", "竖屏视频"): a shape said of the footage, then what becomes of it
    return bool(re.match(r"\s*(?:的)?\s*(?:视频|素材|片子|原片|画面|录像)", after)) and bool(re.search(
        r"(?:转成|改成|变成|做成|调成|裁成|切成|弄成|换成|发到?|传到?|上传)", after)) and not re.search(
        r"(?:转成|改成|变成|做成|调成|裁成|切成|弄成|换成)\s*$", before)


# a higher resolution asked for to make the picture better: upscaling
_UPSCALE = (r"\bupscal\w*|\bup[\s-]?res\b|\benhance\w*|\bsharpen\w*|\bsharper\b|\bclearer\b|\bcrisper\b|"
            r"\bblurr?y\b|\bfuzzy\b|\bpixelated\b|\bgrainy\b|\bwith ai\b|\bai\b|"
            r"\b(?:improve|increase|boost|raise|bump up)\s+(?:the\s+)?(?:quality|resolution)\b|"
            r"\b(?:bump|push|crank|turn)\s+(?:the\s+)?(?:quality|resolution)\s+up\b|"
            r"\bhigher\s+(?:quality|resolution)\b|\b(?:real|true|proper)\s+(?=4k|2160|uhd|1080|hd)|"
            r"提升|提高|升到|升级|拉到|拉高|变高|糊|模糊|清晰|清楚|超分|画质|无损放大|放大到")


def _other_resolution(c: Clause) -> list[Hit]:
    """ "drop it to 480p": a height that is not one of the resolutions offered is asked about, naming those
    that are - never silently another one."""
    m = rx.search(UNOFFERED_HEIGHT + r"|(?<![\d.])(?:2k|5k|6k)\b", c.text)
    if not m:
        return []
    said = m.group(0).replace(" ", "")
    return [Hit(m.start(), question=unoffered_resolution(said, c.zh))]


# the resolution the footage has now, said as a fact ("its only 720p", "it was shot in 1080p", "原片只有720p")
_STATED_NOW = (r"(?:\bit'?s|\bits|\bit is|\bit was|\bthis is|\bthis was|\bthey'?re|\bthey are|\bthey were|"
               r"\b(?:the\s+|my\s+|our\s+)?(?:video|footage|clip|original|source|file|recording|raw)s?\s+"
               r"(?:is|are|was|were|'s)|\b(?:shot|filmed|recorded|captured)(?:\s+(?:it|this|them))?)\s+"
               r"(?:only\s+|just\s+|currently\s+|still\s+|already\s+|natively\s+|originally\s+)?(?:(?:in|at)\s+)?"
               r"(?:only\s+|just\s+)?$|"
               r"(?:原片|原视频|素材|视频|片子|它|这个)?\s*(?:只有|才|本来(?:就)?是|原来是|现在是|拍的是|录的是|原本是)\s*$|"
               # "素材是720p的": what the footage is
               r"(?:原片|原视频|原素材|素材|源文件|片源|片子)\s*(?:都|也|全)?\s*是\s*$")


def resolution_rule(c: Clause) -> list[Hit]:
    if other := _other_resolution(c):
        return other
    m = rx.search(r"\b(720)p?\b|\b(1080)p?\b|\b(4k|2160p?|uhd)\b|\b(full hd|fhd)\b|\b(hd)\b|(超清|高清|"
                  r"标清)", c.text)
    if not m:
        return []
    if re.search(_STATED_NOW, c.text[:m.start()]):
        return []  # "its only 720p", "原片只有720p": what the footage is, said as a fact - no change asked
    # ("最后出片要4k", "4k mp4 please", "格式mov 1080p": 出片, or the file's format with it, is the export)
    export = re.search(r"\b(?:export|render|save|download|output)\b|导出|输出|保存|" + EXPORT_FILM_ZH,
                       c.text) or format_as_file(c.text)
    if export and not own_resolution(c.text, m.start(), m.end(), export.start()) and not (
            capped_resolution(c.text, export.end()) and not re.search(r"\b(?:mp4|mov|webm)\b", c.text)):
        return []  # the export rule carries it
    if rx.search(_UPSCALE, c.text):
        # "画质太糊了，帮我提升到4K", "upscale it to real 4k with ai": more detail than the footage has is
        # not something a resize gives (it only makes the picture smaller) - said plainly, nothing changed
        return [Hit(m.start(), refusal=(
            "我没法提升画质或把视频变清晰——这里没有AI超分，画面里没有的细节补不出来；导出时可以保持原分辨率，或者降到"
            "1080p/720p。" if c.zh else
            "I can't add detail the footage doesn't have — there's no AI upscaling here, so it won't get "
            "sharper at a higher resolution. I can export at its own resolution, or smaller (1080p, 720p)."))]
    h = {1: 720, 2: 1080, 3: 2160, 4: 1080, 5: 720}.get(m.lastindex or 0)
    if h is None:
        h = {"超清": 2160, "高清": 1080, "标清": 720}[m.group(6)]
    # ("画质好糊 帮我变成高清的 最好4k": the blur complained of in another clause is why the higher
    # resolution is wanted - the same upscaling, refused there; no resize of its own)
    if (h >= 1080 or m.group(5)) and re.search(
            r"超分|\bupscal\w*|\bup[\s-]?res\b|(?:好|太|很|有点|有些|特别|超)糊|模糊|"
            r"\b(?:blurr?y|fuzzy|pixelated)\b(?!\s+(?:background|bars?|sides?|edges?|fill|padding|bg)\b)",
            c.ctx.raw.lower()):
        # "能帮我超分成4k吗 车评要高清": the sharper picture the upscaling was asked for, said again - refused
        # with it, no resize of its own
        rx.search(r"要\s*(?:高清|超清)|\b(?:needs?|wants?|has to be)\b", c.text)
        return []
    rx.search(r"\b(?:the\s+)?resolution\b|分辨率", c.text)  # what is changed, named
    return [Hit(m.start(), [s.Resolution.model_validate({"max_height": h})], note=_cap_above(c, h))]


def _cap_above(c: Clause, h: int) -> str | None:
    """ "算了还是4K吧" on 1080p footage: a cap at or above the video's own height leaves it as it is - it
    lifts a lower cap said before, and adds no detail (there is no upscaling); said, never claimed as 4K."""
    meta = c.ctx.draft.get("m", {}) if isinstance(c.ctx.draft, dict) else {}
    height, width = int(meta.get("height") or 0), int(meta.get("width") or 0)
    if not height or h <= height:
        return None
    own, said = f"{min(height, width or height)}p", {720: "720p", 1080: "1080p", 2160: "4K"}[h]
    if c.zh:
        return (f"视频本身是{own}（{width}×{height}），所以输出仍是{own}：{said}上限只会解除之前更低的上限，"
                "不会增加清晰度（没有放大/超分）。")
    return (f"The video is {own} ({width}×{height}), so it stays {own}: a {said} cap only lifts a lower cap "
            "set before and adds no detail (there is no upscaling).")


# "when i uploaded it it turned 90 degrees like portrait, fix it", "视频横过来了，帮我弄回来": the picture
# said to have turned by itself, and a fix asked with no direction - which way it goes back is asked
_TURNED = (r"\b(?:turned|came out|comes out|is|was|got|went|ended up|shows? up|plays?|flipped)\s+(?:\w+\s+)?"
           r"(?:90\s*(?:degrees?|deg\b|°)|sideways|on (?:its|it's) side)|\bturned\s+(?:into\s+)?(?:portrait|"
           r"landscape)\b|横过来了?|躺倒了?|转了\s*90\s*度|歪了\s*90\s*度|变成?了?(?:竖|横)(?:的|屏)")
_TURN_BACK = (r"\b(?:fix|correct|sort out|repair|undo)\b|\bput it back\b|\bmake it (?:normal|right|upright|"
              r"straight)\b|\bthe right way\b|(?:弄|转|改|调|变|摆)(?:回来|正|过来)|修一下|修正|纠正")


def _turned_by_itself(c: Clause) -> list[Hit]:
    m = rx.search(_TURNED, c.text)
    if not m or not re.search(_TURN_BACK, c.ctx.raw.lower()) or re.search(
            r"\b(?:left|right|clockwise|counter[\s-]?clockwise|anti[\s-]?clockwise|upside)\b|\b(?:180|270)\b|"
            r"顺时针|逆时针|向左|向右|往左|往右|倒过来|颠倒", c.ctx.raw.lower()):
        return []
    rx.search(_TURN_BACK, c.text)
    return [Hit(m.start(), question=(
        "要往哪边转回来——顺时针90度还是逆时针90度？"
        "比如说“顺时针旋转90度”（倒过来的话说“旋转180度”）。" if c.zh else
        "Which way should I turn it back — 90° clockwise or 90° counter-clockwise? Say e.g. “rotate 90 "
        "degrees clockwise” (or “rotate 180” if it is upside down)."))]


_OTHER_EDIT = (r"\b(?:cut|trim|remove|delete|keep|speed|slow|split|freeze|frozen|add|put|text|title|caption|"
               r"export|gif|thumbnail|fade|fades|music|logo|loop|mute|volume)\b|剪|删|保留|加速|慢|定格|导出|加|淡")
# "make the flashback scene black and white", "brighten the night scene": a stretch of the video named by
# what is in it
_NAMED_SCENE = (r"\b(?:the|that|this)\s+(?!(?:whole|entire|same|video|clip|picture|image)\b)"
                r"(?:[a-z'-]+\s+){1,2}?"
                r"(?:scene|sequence|section)s?\b(?!\s+(?:of|in|from)\b)")


def part_of_time(text: str) -> bool:
    """A time said in a clause of a whole-video picture change (colour, flip, rotate) with no other edit
    there to take it: "make the last 10 seconds black and white", "flip the last 10 seconds"."""
    return bool(re.search(r"§\d+§", text)) and not re.search(_OTHER_EDIT, text)


def _whole_only(c: Clause, pos: int, what_en: str, what_zh: str, thing: str = "part of it") -> Hit:
    """A flip or a rotation asked for part of the time (or one thing in the picture): done to the whole
    video or not at all - asked."""
    gerund = "Flipping" if what_en == "flip" else "Rotating"
    return Hit(pos, question=(
        f"{what_zh}只能作用于整个视频，没法只{what_zh}其中一部分。要{what_zh}整个视频吗？" if c.zh else
        f"{gerund} works on the whole video "
        f"here — I can't {what_en} just {thing}. Shall I {what_en} the whole video?"))


# "the last 5 sec are upside down, can you flip just those": the flip said of a stretch of time named in
# the clause before it ("those", "that part") - a part of the time, as if said in the flip's own clause
_THOSE = (r"\s*(?:(?:just|only)\s+)?(?:those|these|them|that (?:part|bit|section|piece|stretch|segment)|"
          r"those (?:seconds|secs|bits|parts|frames))\b(?!\s+(?:two|2|three|3|clips|videos|files))")
_TIME_SAID = r"\d\s*(?:s|secs?|seconds?|ms|mins?|minutes?)\b|\b\d{1,2}:\d{2}\b|\bframes?\b"


def _those_seconds(c: Clause, verb: re.Match[str]) -> bool:
    """The flip or rotation is of "those" seconds, named earlier in the request (not in this clause)."""
    return bool(rx.match(_THOSE, c.text[verb.end():])) and not re.search(r"§\d+§", c.text) and bool(
        re.search(_TIME_SAID, c.ctx.raw.lower()))


def _flipped_there(c: Clause, verb: re.Match[str]) -> bool:
    """ "flip the last 10 seconds, the webcam was mirrored there": the picture said to be mirrored at a
    stretch of time named elsewhere in the request ("there", "in that part") - that part, not the whole."""
    said = re.search(r"(?:\b(?:is|was|were|are|got|gets|looks|looked|came out|comes out)|['’]s)\s+"
                     r"(?:\w+\s+)?$", c.text[:verb.start()])
    there = rx.match(_THERE, c.text[verb.end():]) if said else None
    return there is not None and bool(re.search(_TIME_SAID, c.ctx.raw.lower()))


_THERE = (r"\s*(?:there|then|in (?:that|this|those) (?:part|bit|section|stretch|bits|parts|"
          r"seconds)|at that (?:point|part|time)|for (?:that|those) (?:part|bit|seconds))\b")


def _upside_down_there(c: Clause) -> bool:
    """ "flip the last 10 seconds, the drone camera was upside down there": the picture said upside down
    at a stretch of time named elsewhere in the request - that part only, not the whole video turned."""
    said = re.search(r"\bupside[\s-]down\b", c.text)
    return said is not None and rx.match(_THERE, c.text[said.end():]) is not None and bool(
        re.search(_TIME_SAID, c.ctx.raw.lower()))


# "flip only the logo", "rotate just the text": one thing in the picture said as all that turns
_ONE_THING = (r"\s*(?:it\s+|this\s+)?(?:just|only)\s+(?P<x>(?:the|my|our|his|her|that|this)\s+"
              r"(?!(?:video|videos|clip|clips|picture|footage|image|frame|whole|entire|screen|shot|thing|vid|"
              r"film|recording|movie|edit|first|second|third|fourth|fifth|last|final|middle|1st|2nd|3rd|4th|"
              r"[a-e])\b)"
              r"[a-z][\w'-]*)")


def _one_thing(c: Clause, verb: re.Match[str]) -> str | None:
    """The one thing a flip or rotation is said to be only for ("flip only the logo"), or None."""
    m = rx.match(_ONE_THING, c.text[verb.end():])
    return m.group("x") if m else None


# "flip it upside down, 180", "flip it, 90 degrees", "上下翻转，180度": a flip said with a quarter-turn angle
# anywhere in the request is that rotation (a mirror image has no angle)
_FLIP_ANGLE = (r"(?:\b(?:flip(?:ped)?|mirror(?:ed)?)\b|翻转|颠倒)(?=(?:(?!rotat|旋转|转\s*\d)[^§])*?"
               r"(?<![\d.:§])(?:\b(?:90|180|270)\b(?!\s*(?:%|x\b|fps|p\b|px|pt|k\b|[.:/]\d|§|"
               r"(?:sec|second|min|minute|frame)s?\b))|(?:90|180|270)\s*度))")


# the picture said upside down in Chinese ("画面是倒的", "拍倒了", "整个视频倒着", "头朝下了")
_UPSIDE_ZH = (r"(?:画面|视频|图像|镜头|影像|片子|拍|录|整个)[^,，。；;!！?？]{0,8}?"
              r"(?:倒着|倒的|倒了|倒立|头朝下|头冲下|底朝上)")
# … and a turn asked for it ("转一下", "翻过来", "转正", "正过来", "弄正") - never 翻译, 翻页
_TURN_ZH = (r"(?<!旋)(?:转|翻|弄|摆|掰|调)\s*(?:一下|下|个(?:面|身|头)?|过来|回来|正|一转|一翻)|正过来|转正|"
            r"(?<!旋)转\s*(?:个|一下|下)?\s*\d+\s*(?:度|°)")


def rotate_rule(c: Clause) -> list[Hit]:
    # "flip it 180", "flip it round 180", "翻转180度": turned by an angle is a rotation, not a mirror image
    m = rx.search(r"\brotat(?:e|ed|ion)\b|\bturn (?:it |the video )?(?:sideways|90|upside)|旋转|" +
                  _FLIP_ANGLE + "|"
                  r"\b(?:tilt|turn|spin|straighten)\b(?=[^,;]*?\d+(?:\.\d+)?\s*(?:degrees?|deg\b|°))|"
                  r"\b(?:flip|turn|spin)\s+(?:it\s+|this\s+|the\s+(?:video|clip)\s+)?(?:a?round\s+)?(?:by\s+)?(?:90|180|270)\b|"
                  r"翻转?\s*(?:90|180|270)\s*度|"
                  # ("给转个180°", "转一下180度": the degree sign is the 度)
                  r"转\s*(?:个|了|上|一下|下)?\s*\d+\s*(?:度|°)|"
                  # "画面是倒的 转一下", "拍倒了 给翻过来", "视频倒着的 帮我转正": the picture said upside
                  # down, and a turn asked - turned round (a mirror image is said with 左右 / 上下 / 镜像)
                  + _UPSIDE_ZH + r"(?=.*?" + _TURN_ZH + r")|"
                  # "逆时针转90", "向左转90": a quarter turn said with its direction, no 度
                  r"(?:顺时针|逆时针|向左|向右|往左|往右)\s*(?:旋)?转\s*(?:90|180|270)\b|"
                  # ("顺序倒过来": the order turned round, not the picture)
                  # ("倒过来播": played backwards, refused - not the picture turned)
                  r"(?<!顺序)(?<!次序)(?<!顺序给我)(?<!顺序都)(?<!顺序全)(?<!顺序也)倒过来(?!\s*播)|"
                  r"^(?!.*(?:flip|mirror|翻转)).*\bupside down\b"
                  r"|\b(?:right[\s-]side|(?:the\s+)?right way) up\b|"
                  # "turn it the right way, needs to go clockwise": a turning direction names a rotation
                  # whatever verb carries it (clockwise means nothing else in an edit)
                  r"\b(?:turn|spin|rotate|put|get)\s+(?:it|this|the\s+(?:video|clip|picture|footage))\s+"
                  r"(?:the\s+)?right\s+way(?:\s+(?:round|around))?\b|"
                  r"\b(?:counter[\s-]?|anti[\s-]?)?clockwise\b",
                  c.text)
    upside = None
    if not m and re.search(_UPSIDE_ZH + r".*?(?:" + _TURN_ZH + ")", c.ctx.raw or ""):
        # "画面是倒的 转一下": the picture said upside down in a clause before the turn asked
        m = upside = rx.search(_TURN_ZH, c.text)
    if not m:
        return _turned_by_itself(c)
    # "rotate it 45 degrees so the horizon is straight": only quarter turns exist here
    angle = rx.search(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:degrees?|deg\b|°|度)", c.text)
    if angle and float(angle.group(1)) % 90:
        rx.search(r"\bso (?:that )?(?:the )?(?:horizon|picture|video|shot|it)\b[^,;]*|"
                  r"\b(?:straighten|level)\b"
                  r"[^,;]*", c.text)
        return [Hit(m.start(), refusal=(
            f"我只能按 90 度旋转（90、180、270 度），没法转 {angle.group(1)} 度，也没法把歪的画面扶正一点点。"
            "可以说“顺时针旋转90度”。" if c.zh else
            f"I can only rotate in quarter turns (90°, 180°, 270°), not by {angle.group(1)}°, so I can't "
            "straighten a slightly tilted shot. Say e.g. “rotate 90 degrees clockwise”."))]
    deg = 90
    rx.search(r"\b(?:90|180|270)\b\s*(?:degrees?|°)?|\b(?:counter[\s-]?|anti[\s-]?)?clockwise\b|顺时针|逆时针",
              c.text)
    # ("视频是倒的 顺时针转90度": the angle said wins over the picture said upside down)
    quarter = re.search(r"(?<!\d)(?:90|270)(?!\d)", c.text)
    if rx.search(r"\b180\b|upside down|倒过来|颠倒|\b(?:right[\s-]side|(?:the\s+)?right way) up\b",
                 c.text) or ((upside or rx.search(_UPSIDE_ZH, c.text)) and not quarter):
        deg = 180
    elif rx.search(r"\b270\b|\bleft\b|counter[\s-]?clockwise|anti[\s-]?clockwise|-\s*90|逆时针|向左|"
                   r"左转", c.text):
        deg = 270
    if part_of_time(c.text) or _those_seconds(c, m) or _upside_down_there(c):
        return [_whole_only(c, m.start(), "rotate", "旋转")]  # "rotate the first 5 seconds 90 degrees"
    if (thing := _one_thing(c, m)) is not None:
        return [_whole_only(c, m.start(), "rotate", "旋转", thing)]  # "rotate just the text"
    return [Hit(m.start(), [s.Rotate.model_validate({"degrees": deg})])]


# "its only the flip turn anyway", "my flip phone footage": a flip named as a thing (a swimmer's turn, a
# phone, a trick), never a flip asked for
_FLIP_NOUN = (r"\bflip[\s-](?:turns?|tricks?|phones?|books?|charts?|flops?|cups?|cards?|side|moves?|jumps?|"
              r"kicks?|catch(?:es)?|cam(?:era)?s?)\b|\b(?:mirror|mirrors)\s+(?:selfies?|shots?|reflections?|"
              r"images?|scenes?|dances?)\b|\bin (?:the|a|my) mirror\b|"
              # "so you can see the pancake flip", "where i flip the burger": a flip done in the footage
              r"\b(?:pancakes?|bottle|coin|burger|omelett?e|egg|crepe|board|skate(?:board)?|bike|bmx|back|front|"
              r"side|kick|heel|cartwheel|table|hair)[\s-]+flips?\b|"
              # "that's the 360 flip", "the double flip at the end": a trick named by its turn or count
              r"\b(?:180|360|540|720|900|double|triple|quad|full|half)[\s-]+flips?\b|"
              # ("slo-mo c, that's the big flip": what a clip shows, said of it - a description, no flip)
              r"\b(?:that'?s|thats|this is|it'?s|its|that is|it is|where'?s)\s+(?:the|a|my|his|her|their)\s+"
              r"(?:[\w-]+\s+){0,2}flips?\b(?!\s+(?:it|this|that|the|them)\b)|"
              r"\b(?:where|when|while|as|once|until|till)\s+(?:i|we|he|she|they|you|u|the \w+)\s+"
              r"(?:do(?:es)?\s+(?:a|the|my|his|her)\s+)?flips?\b(?:\s+(?:the|a|my|his|her|it)\b)?")


_FLIP_BARE = r"(?:左右|上下|水平|垂直)\s*翻(?!转|译|页)(?=\s*(?:一下|下|一翻|过来|个面|$|[，,。；\s]))"


def flip_rule(c: Clause) -> list[Hit]:
    text = re.sub(_FLIP_NOUN, lambda m: " " * len(m.group(0)), c.text)
    # ("左右翻一下", "上下翻过来": a bare 翻 after its direction is the flip)
    m = rx.search(r"\bflip(?:ped)?\b|\bmirror(?:ed)?\b|镜像|翻转|上下颠倒|左右颠倒|" + _FLIP_BARE, text)
    if not m or rx.search(r"\border\b|顺序", c.text) or re.search(
            r"\b(?:flip|turn|spin)\s+(?:it\s+|this\s+|the\s+(?:video|clip)\s+)?(?:a?round\s+)?(?:by\s+)?(?:90|180|270)\b|"
            r"翻转?\s*(?:90|180|270)\s*度|" + _FLIP_ANGLE, c.text):
        return []  # "flip it 180", "flip it upside down, 180": by an angle, a rotation (rotate_rule)
    if re.search(r"\b(?:right[\s-]side|(?:the\s+)?right way) up\b", c.text) and not re.search(
            r"\bvertical|\bhorizontal|\bmirror", c.text):
        return []  # "flip it right side up": turned round (rotate 180), not mirrored
    if part_of_time(c.text) or _those_seconds(c, m) or _flipped_there(c, m):
        return [_whole_only(c, m.start(), "flip", "翻转")]  # "flip the last 10 seconds"
    if (thing := _one_thing(c, m)) is not None:
        return [_whole_only(c, m.start(), "flip", "翻转", thing)]  # "flip only the logo"
    # every flip word of the window is this one flip: "画面上下颠倒了 垂直翻转一下" is the problem
    # and its fix, one flip (two would cancel out)
    flips = list(rx.finditer(r"\bflip(?:ped)?\b|\bmirror(?:ed)?\b|镜像|翻转|上下颠倒|左右颠倒|颠倒|"
                             + _FLIP_BARE, text))
    vertical = list(rx.finditer(r"\bvertical(?:ly)?\b|upside[\s-]down|top[\s-]+to[\s-]+bottom|上下|"
                                r"垂直", c.text))
    horizontal = list(rx.finditer(r"\bhorizontal(?:ly)?\b|left to right|side to side|左右|水平", c.text))
    # "mirror it top-to-bottom (vertical flip)": every flip word has its vertical - one flip, said twice
    if vertical and (horizontal or (re.search(r"\bmirror|镜像", c.text) and len(flips) > len(vertical))):
        return [Hit(m.start(), [s.Flip(direction="vertical"), s.Flip(direction="horizontal")])]
    return [Hit(m.start(), [s.Flip(direction="vertical" if vertical else "horizontal")])]


def fade_rule(c: Clause) -> list[Hit]:
    text = c.text
    # "no fade in, only fade out 2 sec": the negated fade is not read
    # ("no fades at the start, fade out 2s at the end": a fade declined at one end is that end's)
    text = re.sub(r"\b(?:no|don'?t|do not|without|not|skip)\s+(?:a\s+|any\s+|the\s+)?fade[sd]?[\s-]?(?:in|"
                  r"out)\b|"
                  r"\b(?:no|don'?t (?:want|need|add)|do not (?:want|need|add)|without|not|skip|"
                  r"never)\s+(?:a\s+|any\s+|"
                  r"the\s+)?(?:fades?|fading)\s+(?:at|in|on|to)\s+the\s+(?:very\s+)?(?:start|beginning|opening|"
                  r"end|ending|close)\b|"
                  r"(?:开头|结尾|片头|片尾|最后)\s*(?:不要|别|不用)\s*(?:淡入|淡出|渐变)|"
                  r"不要淡(?:入|出)", " ", text)
    # "no fades please, just normalize the audio", "without any fading": every fade declined - none added
    declined = (r"\b(?:no|without|skip)\s+(?:any\s+|the\s+)?(?:fades|fading|fade[\s-]?ins? or "
                r"(?:fade[\s-]?)?outs?)\b")
    if re.search(declined, text) and not re.search(r"\bfade[sd]?\b(?!\s*(?:please|pls|plz)?\s*(?:[,.;!]|$))",
                                                   re.sub(declined, " ", text)):
        return []
    # "fade the music out over 4 sec and fade the video to black at the end too": the music's fade, said in a
    # piece of its own before the picture's, is the music's (sound.py) - blanked, with its length, here
    music_fade = _MUSIC_FADED.search(text)
    if music_fade is not None and re.search(r"\bfad(?:e|es|ed|ing)\b", text[music_fade.end():]):
        piece_end = re.search(r"[,;]|\band\b|\bthen\b|$", text[music_fade.end():])
        assert piece_end is not None
        if re.search(r"\bfad(?:e|es|ed|ing)\b", text[music_fade.end() + piece_end.start():]):
            end = music_fade.end() + piece_end.start()
            text = text[:music_fade.start()] + " " * (end - music_fade.start()) + text[end:]
    fade_in = rx.search(FADE_IN + rf"|\bfade[sd]?{FADE_OBJ}\s+(?:up )?from black\b|淡入", text)
    # ("start fading to black at 0:55": the fade said as it goes on)
    fade_out = rx.search(FADE_OUT + rf"|\bfad(?:e[sd]?|ing){FADE_OBJ}\s+to black\b|淡出|"
                                    r"(?:开始|慢慢|渐渐?)\s*变黑|"
                                    r"\bin and out\b|"
                                    r"(?<=§)\s*and out\b|\band out\s*"
                                    r"§|"
                         r"\bin/out\b",
                         text)
    if fade_in and not fade_out:
        # "fade in from black at the very start and out at the very end": the out said after the fade in,
        # at the end, is the fade out
        out = re.search(r"\b(?:and|then)\s+out\s+(?:again\s+)?(?:at|by|towards?|for|in)\s+the\s+"
                        r"(?:very\s+)?(?:end|ending|close|finish)\b", text)
        if out is not None and out.start() >= fade_in.end():
            note(text, out.start(), out.end())
            fade_out = out
    both = rx.search(r"fade[sd]? in and out|fade in/out|fades? (?:at )?(?:both ends|start and end)|淡入淡出|"
                     r"\bfades\b(?![\s-]*(?:in|out|up|down|to|from)\b)",
                     text)
    if (fade_in or fade_out) and not both and \
            not re.search(r"音乐|配乐|歌|bgm|\b(?:music|song|track|audio)\b", text):
        # "首尾都加淡出", "fade to black at the start and the end": one fade said at both ends is the
        # fade in and the fade out (the music's is the music's, sound.py)
        both = rx.search(r"(?:开头|片头|视频头)\s*(?:和|跟|与|及|、)?\s*(?:结尾|片尾|最后)\s*(?:都|各|两处)|"
                         r"(?:首尾|头尾)\s*(?:都|各|两端|两头)|"
                         r"\bat\s+both\s+ends\b|\bat\s+(?:both\s+)?the\s+(?:very\s+)?(?:start|beginning|opening)"
                         r"\s+and\s+(?:at\s+)?the\s+(?:very\s+)?end\b", text)
    if not (fade_in or fade_out or both):
        # "add a fade at the end", "a fade at the start", "end on a fade": a bare fade is placed by the end
        # of the video it is said at (a fade of the music is the music's, sound.py)
        bare = r"\bfade\b(?![\s-]*(?:in|out|up|down|to|from|between|transition)\b)"
        at_end = (r"\b(?:at|in|on|to|towards?|near)\s+the\s+(?:very\s+)?(?:end|ending|close|finish)\b|"
                  r"\bending\b|\bend (?:on|with)\b")
        at_start = (r"\b(?:at|in|on|near)\s+the\s+(?:very\s+)?(?:start|beginning|opening)\b|"
                    r"\b(?:start|open|begin) (?:on|with)\b")
        # ("no fade at the end": a fade declined is none)
        if re.search(bare, text) and not re.search(r"\b(?:music|song|bgm|track|audio|sound)\b", text) and \
                not re.search(r"\b(?:no|not|don'?t|do not|without|never|skip)\s+(?:a\s+|any\s+|the\s+)?"
                              r"fade\b", text):
            if re.search(at_end, text) and not re.search(at_start, text):
                fade_out = re.search(bare, text)
            elif re.search(at_start, text) and not re.search(at_end, text):
                fade_in = re.search(bare, text)
    if not (fade_in or fade_out or both) or rx.search(r"转场|叠化", text):
        return []
    if music_faded_as_it(c):
        return []  # "music needs to come in slowly, fade it in over 6 s": "it" is the music (sound.py)
    if not both and re.search(r"(?:音乐|配乐|bgm)[^\s,，;；。]{0,12}?淡[入出]", text) and \
            not re.search(r"画面|视频|黑|\b(?:video|picture|screen)\b", text):
        return []  # "从第5秒开始音乐淡入": the music's fade (sound.py), never the picture's
    if re.search(r"(?:音乐|配乐|bgm)\s*(?:的|也|再|都|就)?\s*"
                 r"(?:淡入\s*(?:和|跟|、|加)?\s*淡出|淡出\s*(?:和|跟|、|加)?\s*淡入)", text) and \
            not re.search(r"画面|视频|黑|\b(?:video|picture|screen)\b", text):
        return []  # "然后音乐淡入淡出一下": both ends of the music's fade (sound.py), never the picture's
    # "add 1s crossfades and a 3s fade out at the end": a fade said in a part of its own beside the
    # crossfade is the video's; said in the crossfade's part ("crossfade with a fade") it is the crossfade
    cross = r"\bcross[\s-]?fad(?:e|es|ed|ing)\b"
    if re.search(cross, text) and any(re.search(cross, part_at(text, x.start()))
                                      for x in (fade_in, fade_out, both) if x is not None):
        return []
    text = amounts_of_blanked(text, r"§\d+§", cross)
    # ("fade the music in at the start and out at the end of the halftime clips": the clips named as where the
    # music's fades go, never the picture faded)
    placed = re.sub(r"\b(?:start|beginning|end|ending|close)\s+of\s+(?:the\s+|my\s+|our\s+|these\s+|those\s+|"
                    r"all\s+(?:the\s+)?)?(?:[a-z]+\s+){0,2}?(?:clips?|footage|shots?|scenes?)\b", " ", text)
    if _MUSIC_FADED.search(text) and not re.search(r"\b(?:video|picture|screen|image|everything|black|"
                                                   r"white|both|clips?|footage|shots?|scenes?)\b|画面|视频|黑",
                                                   placed):
        return []  # "fade in the music over 3s and fade it out over 5": the music's fades (sound.py)
    if _FAR_MUSIC_FADE.search(text) and not re.search(r"\b(?:video|picture|screen|image|everything|black|"
                                                       r"both)\b|画面|视频|黑", text):
        return []  # "fade out the music at 0:30": the music's fade, asked about there (sound.py)
    if re.search(r"那种|那样的?|这种|\b(?:kind|type|style|sort)\b", text) and re.search(
            r"\bcross[\s-]?fades?|\btransitions?\b|\bdissolves?\b|转场|过渡|叠化", c.ctx.raw.lower()):
        return []  # "片段之间加转场，淡入淡出那种": the kind of transition, not a fade of the video
    kwargs: dict[str, int] = {}
    # "fade out over the last 5": a bare number after the last / first is seconds
    text = re.sub(r"\b((?:over|in|for|during|across)\s+(?:the\s+)?(?:last|final|first|opening|closing))\s+"
                  r"(\d+(?:\.\d+)?)\b(?!\s*(?:%|x\b|frames?|clips?|parts?|photos?|images?))",
                  lambda m: f"{m.group(1)} §{round(float(m.group(2)) * 1000)}§", text)
    # (a range is no fade's length: "remove 0:10-0:15 and 0:40-0:45, then 1s fade out" - the cut's times)
    ts = times(RANGE_RE.sub(lambda r: " " * len(r.group(0)), text))
    start = None if both or not (fade_in and fade_out) else re.search(_FADE_OUT_AT, text)
    if start is not None:
        # "fade out at 0:55 and fade in 2s": the time after "at" is where the fade-out starts; the other is
        # the fade-in's
        others = times(text[:start.start()] + " " * (start.end() - start.start()) + text[start.end():])
        started = _fade_out_from(text, c, others[0] if others else FADE_MS)
        if started is not None:
            return started
    if both or (fade_in and fade_out):
        if len(ts) >= 2:
            kwargs["fade_in_ms"], kwargs["fade_out_ms"] = ts[0], ts[1]
        else:
            kwargs["fade_in_ms"] = kwargs["fade_out_ms"] = ts[0] if ts else FADE_MS
    elif fade_in and (started := _fade_in_at(text, c)) is not None:
        return started
    elif fade_in:
        kwargs["fade_in_ms"] = (ms_near(text, r"fade[sd]?[\s-]?in|from black|fading in|淡入|\bfade\b")
                                or _fade_length(text) or FADE_MS)
    elif (started := _fade_out_from(text, c)) is not None:
        return started
    else:
        kwargs["fade_out_ms"] = (ms_near(text, r"fade[sd]?[\s-]?out|to black|fading out|淡出|\bfade\b")
                                 or _fade_length(text) or FADE_MS)
    fade_where(text, "fade_in_ms" in kwargs, "fade_out_ms" in kwargs)
    first = min(x.start() for x in (fade_in, fade_out, both) if x is not None)
    return [Hit(first, [s.Fade.model_validate(kwargs)])]


# the music's fade-out said to start at a point ("fade out the music at 0:30", "音乐在0:20开始淡出"): never
# the picture's
_FAR_MUSIC_FADE = re.compile(r"\bfad(?:e|es|ed|ing)\s+(?:out\s+)?(?:the\s+|my\s+)?(?:background\s+|bg\s+)?"
                             r"(?:music|song|bgm|soundtrack)\b(?:\s+out)?\s+(?:right\s+)?at\s+§|"
                             r"\b(?:music|song|bgm|soundtrack)\s+(?:\w+\s+)?fad(?:e|es|ed|ing)\s+out\s+(?:right\s+)?at\s+§|"
                             r"(?:音乐|配乐|歌|bgm)\s*在\s*§\d+§\s*(?:处|的时候|时)?\s*(?:开始|起)?\s*(?:慢慢)?\s*淡出")
# "fade in the music", "fade the song in", "fade up the soundtrack": the music named as the fade's object
# ("shorten the fade out on the music to 1 sec": the music's fade, named after on / of / for)
_MUSIC_FADED = re.compile(r"\bfad(?:e|es|ed|ing)\s+(?:(?:in|out|up|down)\s+)?(?:(?:on|of|for)\s+)?"
                          r"(?:the\s+|my\s+|our\s+|that\s+)?"
                          r"(?:background\s+|bg\s+)?(?:music|song|bgm|soundtrack)\b")
# "fade out at 0:05", "fade to black at the 55 second mark", "start fading out at 0:55", "在0:55开始淡出",
# "55秒的时候开始淡出": where the fade-out starts - never its length (that is said with "over" / "for")
_FADE_OUT_AT = (r"(?:\b(?:start|begin)\w*\s+(?:to\s+)?(?:the\s+)?)?\bfad(?:e|es|ed|ing)" + FADE_OBJ +
                r"[\s-]*(?:out|to\s+black)(?:\s+(?:it|the\s+video|everything))?\s+"
                # ("fade out starting 0:35": "starting" alone says where it starts, as "starting at" does)
                r"(?:at|from|(?:starting|beginning|begining|start)(?:\s+(?:at|from))?)\s+(?:the\s+)?§(\d+)§"
                r"(?:\s*(?:second\s+)?mark\b)?|"
                r"(?:在|从)\s*§(\d+)§\s*(?:处|的时候|时)?\s*(?:开始|起)?\s*(?:慢慢)?\s*淡出|"
                r"(?<!最后)(?<!结尾)(?<!末尾)(?<!最后 )(?<!结尾 )(?<!末尾 )"
                # ("50秒以后淡出", "50秒之后慢慢变黑": after the time said, it fades - where it starts)
                r"§(\d+)§\s*(?:处|的时候|时)?\s*(?:开始|起|(?:以后|之后|往后|后)(?:开始)?)\s*(?:就|再)?\s*"
                r"(?:慢慢)?\s*(?:淡出|渐渐?变黑|变黑)|"
                # "0:30 goes to black", "at 0:52 it fades out", "at the 50 second mark it fades to black": the
                # time said first, where the picture goes (a clock time, or one said with at / by / mark - "5
                # sec fade out" is a length)
                r"(?:(?<![\w§])(?:at|from)\s+(?:the\s+)?§(\d+)§(?:\s*(?:second\s+)?mark\b)?|"
                r"^\W*(?:(?:and|then|so|but)\s+)?(?:at\s+)?§(\d+)§"
                r"(?:\s*(?:second\s+)?mark\b)?)"
                r"\s*,?\s*(?:(?:it|the\s+(?:video|picture|screen|clip)|everything|we|should|will|then|slowly|"
                r"just|can|has\s+to|needs?\s+to)\s+){0,3}"
                r"(?:fad(?:e|es|ed|ing)(?:\s+(?:it|everything))?[\s-]*(?:out|to\s+black)|(?:go|goes|going|dips?|cuts?)"
                r"\s+to\s+black)\b|"
                # "淡出从0:35开始": the fade named first, then where it starts
                r"(?:淡出|变黑)\s*(?:从|在)\s*§(\d+)§\s*(?:处|的时候|时)?\s*(?:开始|起)")
# a fade-out runs to the end of the video: one said to start this close to the end runs from there
FADE_TO_END_MS = 10_000


def _fade_out_from(text: str, c: Clause, fade_in_ms: int | None = None) -> list[Hit] | None:
    """ "fade out at 0:05": the time is where the fade-out starts. The fade runs to the end of the video, so
    it is done when the video ends soon after (within FADE_TO_END_MS: from there to the end, or 1 s when
    the point is at or past the end); a length said too ("over 2 s") must agree with it. Otherwise the two
    readings (fade from there to the end, or end the video there with a short fade) are asked about -
    never a long fade or a cut on a guess. None: no start point said."""
    if re.search(r"\b(?:music|song|bgm|soundtrack|audio)\b|音乐|配乐|歌", text):
        return None  # "背景音乐从50秒开始慢慢淡出": the music's fade (sound.py reads where it starts)
    m = rx.search(_FADE_OUT_AT, text)
    if m is None:
        return None
    point = int(next(g for g in m.groups() if g is not None))
    # ("remove 0:10-0:15, then 1s fade out": a clock time elsewhere is not this one)
    clocks = [60 * int(a) + float(b) for a, b in re.findall(r"(?<![\d:])(\d{1,2}):(\d\d(?:\.\d+)?)(?![\d:])",
                                                             c.ctx.raw)]
    if m.group(5) is not None and not re.search(r"\bmark\b", c.ctx.raw) and \
            not any(round(x * 1000) == point for x in clocks):
        return None  # "5 sec fade to black": a length said first, not where it starts
    rest = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    # (with a fade-in said too, the other time is the fade-in's: "fade out at 0:55 and fade in 2s")
    length = ms_after(rest, r"\bover|\blasting|\btaking|\bfor|\bin|用时|持续|淡出") \
        if times(rest) and fade_in_ms is None else None
    total = c.ctx.total_ms
    remain = total - point
    if total <= 0 or remain <= 0:
        return [Hit(m.start(), [s.Fade(fade_in_ms=fade_in_ms, fade_out_ms=length or FADE_MS)])]
    if (length is None and remain <= FADE_TO_END_MS) or (length is not None and abs(remain - length) <= 500):
        return [Hit(m.start(), [s.Fade(fade_in_ms=fade_in_ms, fade_out_ms=remain)])]
    short = length if length is not None and length < remain else FADE_MS
    at, end = clock(point), clock(point + short)
    if c.zh:
        question = (f"淡出只能一直持续到视频结尾。是从 {at} 开始淡出到结尾（{remain / 1000:g} 秒），"
                    f"还是在 {end} 结束视频、最后 {short / 1000:g} 秒淡出（剪掉 {end}–{clock(total)}）？")
    else:
        question = (f"A fade-out runs to the end of the video. Fade out from {at} to the end "
                    f"({remain / 1000:g} s), or end the video at {end} with a {short / 1000:g} s fade-out "
                    f"(cutting {end}–{clock(total)})?")
    return [Hit(m.start(), question=question)]


# "fade in at 0:05", "start the fade-in at 0:03", "从0:05开始淡入", "淡入从0:05开始": where the fade-in
# starts - never its length ("fade in over the first 5 s", "fade in until 0:05" are lengths)
_FADE_IN_AT = (r"(?:\b(?:start|begin)\w*\s+(?:to\s+)?(?:the\s+)?)?\bfad(?:e|es|ed|ing)" + FADE_OBJ +
               r"[\s-]*in(?:\s+from\s+black)?\s+(?:at|from|(?:starting|beginning|start)(?:\s+(?:at|from))?)\s+"
               r"(?:the\s+)?§(\d+)§(?!\s*(?:-|–|to|until|till)\s*§)(?:\s*(?:second\s+)?mark\b)?|"
               r"(?:在|从)\s*§(\d+)§\s*(?:处|的时候|时)?\s*(?:开始|起)\s*(?:慢慢)?\s*淡入|"
               r"淡入\s*(?:从|在)\s*§(\d+)§\s*(?:处|的时候|时)?\s*(?:开始|起)")


def _fade_in_at(text: str, c: Clause) -> list[Hit] | None:
    """ "fade in at 0:05": the time is where the fade-in starts. A fade-in runs from the start of the video,
    so a later start is asked about (fade in over the opening up to there, or cut the opening and fade in
    from there) - never read as the fade's length, nor a cut on a guess. None: no start point said (or
    0:00)."""
    m = rx.search(_FADE_IN_AT, text)
    if m is None:
        return None
    point = int(next(g for g in m.groups() if g is not None))
    total = c.ctx.total_ms
    if point <= 0 or (total and point >= total):
        return None
    at = clock(point)
    if c.zh:
        question = (f"淡入只能从视频开头开始。是开头淡入、到 {at} 完全显现（淡入 {point / 1000:g} 秒），"
                    f"还是剪掉 0:00–{at}、从 {at} 开始淡入？")
    else:
        question = (f"A fade-in starts at the beginning of the video. Fade in over the opening so the "
                    f"picture is fully in at {at} (a {point / 1000:g} s fade), or cut 0:00–{at} and fade in "
                    f"from there?")
    return [Hit(m.start(), question=question)]


def _fade_length(text: str) -> int | None:
    """ "fade to black at the end over 3s": a length said anywhere in the fade's clause."""
    # "over 3 s", "over the last 4 seconds", "in the final 2 s", "最后3秒淡出"
    ms = ms_after(text, r"(?:\bover|\blasting|\btaking|\bduring|\bfor|\bin)(?:\s+the\s+(?:last|final|first|"
                        r"closing|opening))?|用时|持续|最后|结尾")
    ms = ms if ms is not None else lone_length(text)
    return ms if ms is not None and ms <= 10_000 else None


_NOT_INTO = ("first", "1st", "middle")  # no cut goes into the first clip; "the middle" is a part


_CROSSFADE_OWN = (r"\bcross[\s-]?fades?\b|\bcross[\s-]?dissolves?\b|\bdissolves?\b|\btransitions?\b|"
                  r"转场|过渡|叠化")


# where one clip gives way to the next, said of the clip cut to ("when it cuts to c", "the cut into b",
# "where it switches to the second clip", "切到第二段的时候", "进第三段"; "c那段进来的时候")
_CUT_TO = (r"(?:\b(?:into|(?:cuts?|cutting|switch(?:es|ing)?|goes|going|go|changes?|changing|jumps?|jumping|"
           r"transitions?|transitioning|moves?|moving|comes?|coming|fades?|fading)\s+(?:over\s+|back\s+)?"
           r"(?:in)?to)\s+(?:the\s+)?|(?:切到|切进|切入|进到|进入|转到|跳到|换到|过渡到|(?<![\u4e00-\u9fff])进)\s*)")
_COMES_IN = (r"\s*(?:(?:那|这)\s*(?:1\s*)?段\s*)?(?:进来|切进来|切进|开始|出来|出现)\s*"
             r"(?:的时候|时|那里|的地方|处|那下)|"
             r"\s+(?:comes?|kicks?|cuts?)\s+in\b")


def _between_pair(c: Clause, own_start: int = 0) -> list[int]:
    """ "第一段和b之间加个转场", "a transition between the first clip and b": the two clips said right around
    "between" / "之间" (by place or by file, listed with and / 和), side by side on the timeline - [the later
    one], the clip the transition goes into; [] when no such pair is said (clips named for another edit
    said before `own_start`, "swap 2 and 3, then a transition between them", are that edit's)."""
    token = RECORDER.set(None)
    try:
        said = sorted(p for p in set(_named_on_timeline(c)) | set(segment_refs(c)) if p[0] >= own_start)
    finally:
        RECORDER.reset(token)
    pair: list[tuple[int, int]] = []
    if (en := re.search(r"\bbetween\s+(?:the\s+)?", c.text)) is not None:
        pair = [(p, i) for p, i in said if p >= en.end()][:2]
        words = c.text[en.end():pair[1][0]] if len(pair) == 2 else ""
    elif (zh := re.search(r"(?:之间|中间)", c.text)) is not None:
        pair = [(p, i) for p, i in said if p < zh.start()][-2:]
        words = c.text[pair[0][0]:pair[1][0]] if len(pair) == 2 else ""
    if len(pair) != 2 or abs(pair[0][1] - pair[1][1]) != 1 or not re.fullmatch(
            r"(?:第\s*\d+\s*段|[\w.-]+)?(?:\s+(?:clip|one|segment|video|shot))?\s*(?:和|跟|与|、|,|\band\b|&)\s*"
            r"(?:the\s+)?", words):
        return []
    for p, _ in pair:
        word = re.match(r"第\s*\d+\s*段|[\w.-]+", c.text[p:])
        note(c.text, p, p + (word.end() if word else 1))
    rx.search(r"\bbetween\b|之间|中间", c.text)
    return [max(i for _, i in pair)]


# "the cut from the first clip into the second is too harsh, soften it", "第一段切第二段那里太生硬了
# 柔和一点": the cut between two clips found too hard, with the ask to soften it - a crossfade there (a
# cut here is the join between clips, never a part taken out)
_HARSH_CUT = (r"\b(?:the\s+)?(?:cut|jump|switch|change|join)\s+(?:from|between|into|to)\s+[^,;.]{0,40}?"
              r"\b(?:is|feels|looks|seems)\s+(?:(?:way|a bit|kinda|so|too|really|very|pretty)\s+)*"
              r"(?:harsh|abrupt|jarring|hard|sudden|jumpy|choppy|rough)\b|"
              r"(?:接|切到?|切换到?|跳到?)\s*第\s*\d+\s*段[^，,。；;]{0,6}?(?:太|有点|很|好|比较)?\s*(?:生硬|突兀|硬)")
_SOFTEN = r"\b(?:soften|smooth\w*|ease|blend|gentler|softer)\b|柔和|平滑|顺滑|缓和|自然一?点|顺一?点"


def _transition_owner(c: Clause, m: re.Match[str]) -> int | None:
    """The clip (1-based) a transition word is said to belong to: "c's crossfade", "b.mp4's dissolve",
    "the crossfade on c" - named by its file (or its stem) right before with 's, or right after with
    on / of / for. None when no clip on the timeline is named so."""
    for ref in c.ctx.media:
        if ref.kind != "video" or not c.ctx.on_timeline(ref.media_id):
            continue
        stem = re.escape(ref.name.lower().rsplit(".", 1)[0])
        name = rf"(?<![\w.]){stem}(?:\.[a-z0-9]{{2,4}})?(?![\w.])"
        owns = re.search(rf"{name}\s*['’]s\s+(?:[a-z]+\s+)?$", c.text[:m.start()])
        on = re.match(rf"\s+(?:on|of|for)\s+(?:the\s+)?{name}(?:\s+(?:clip|video|one))?", c.text[m.end():])
        if owns is not None:
            note(c.text, owns.start(), m.start())
        elif on is not None:
            note(c.text, m.end(), m.end() + on.end())
        else:
            continue
        return [str(g.get("src")) for g in main_clips(c.ctx.draft)].index(ref.media_id) + 1
    return None


def crossfade_rule(c: Clause) -> list[Hit]:
    m = rx.search(r"\bcross[\s-]?fades?\b|\bcross[\s-]?dissolves?\b|\bdissolves?\b|\btransitions?\b|转场|"
                  r"过渡|叠化",
                  c.text)
    tail = m.end() if m else 0  # where the words after the transition's own start
    if not m and c.ctx.segment_count >= 2 and re.search(_HARSH_CUT, c.text) and re.search(_SOFTEN, c.text):
        m = rx.search(_HARSH_CUT, c.text)
        rx.search(_SOFTEN, c.text)
        tail = m.start() if m else 0  # ("the cut into the second …": the clip is said inside its words)
    if not m:
        return []
    # "get rid of 1:05 to 1:20, the transition there is janky": a transition complained about, with no ask
    # of its own, is why the part goes - never a transition added
    bad = (r"(?:janky|jank|bad|ugly|weird|jarring|choppy|rough|awful|broken|glitch\w*|clunky|wonky|sloppy|"
           r"terrible|horrible|abrupt|cursed|off|messed up|crap|trash|cringe)")
    if re.search(r"\btransitions?\s+(?:there\s+|here\s+|at\s+\S+\s+|in\s+(?:the\s+)?\w+\s+)?(?:is|was|are|"
                 r"were|"
                 r"looks?|feels?|seems?)\s+(?:\w+\s+)?" + bad + r"\b|"
                                                                r"\b" + bad + r"\s+transitions?\b", c.text) \
            and not re.search(r"\b(?:add|put|use|insert|apply|replace|swap|change|fix|smooth\w*|make|give|"
                              r"want|"
                              r"need|crossfade|dissolve|fade)\b", c.text):
        rx.search(r"\btransitions?\b[^,;.]*|" + bad + r"\s+transitions?\b", c.text)
        return [Hit(m.start())]
    # "加转场，淡入淡出那种": the fade said as the kind is this transition's (fade_rule leaves it)
    rx.search(r"(?:\bfade[sd]?(?:[\s-]*(?:in|out))?(?:[\s/-]*(?:and\s+)?(?:fade[sd]?)?[\s-]*(?:in|out))?|淡入淡出|淡入|淡出)"
              r"[^,，;；]{0,6}?(?:那种|那样的?|这种|\b(?:kind|type|style|sort)\b)", c.text)
    # "delete the second clip and add a crossfade": the removal said of something else is not the transition's
    own = re.split(r"[,，;；]|\band\b|\bthen\b|然后", c.text[:m.start()])[-1] + c.text[m.start():]
    # ("get rid of the transition i put in earlier", "刚才加的转场删掉": said to go, whatever the words -
    # never one added; a Chinese removal only after the transition: "b删了 剩下的加转场" adds one)
    if rx.search(r"\b(?:remove|no|without|delete|get rid of|lose|ditch|scrap)\b|"
                 r"\btake\s+(?:\w+\s+){0,3}?(?:out|off)\b|去掉|不要", own) or \
            rx.search(r"(?<=转场|过渡|叠化)[^，,。；;\s]{0,6}?(?:去除|删掉|删了|删除|拿掉|撤掉)", c.text):
        rx.search(r"\b(?:any|all)\b", c.text)
        if not any("transition" in g for t in c.ctx.draft.get("t", []) if t.get("role") == "main"
                   for g in t.get("sg", [])):
            # "no transitions, just join b and c": none on the timeline - how to join them, nothing to remove
            return [Hit(m.start(), note=("时间线上没有转场，不用去掉。" if c.zh else
                                         "There are no transitions on the timeline, so none to remove."))]
        return [Hit(m.start(), [s.Crossfade(duration_ms=0)])]
    clips = c.ctx.segment_count
    # (other files uploaded but not named are not on the timeline: a crossfade would have nothing to join)
    if clips < 2 and c.ctx.draft.get("t") and (len(c.ctx.of_kind("video", "image")) < 2 or not (
            re.search(r"[\w-]+\.(?:mp4|mov|webm|mkv|avi|png|jpe?g|gif|webp)\b", c.ctx.raw.lower()) or
            re.search(r"\b(?:join|combine|merge|append|followed|clips|photos|images|stitch|glue|splice|"
                      r"string)\b|拼|接|合并",
                      c.ctx.raw.lower().replace("transition", "")))):
        # a transition goes between two clips, and there is no other to add
        return [Hit(m.start(), question=(
            "转场要加在两段视频之间，现在时间线上只有一段。要先上传另一段，还是在某个时间点切开（比如“在0:10"
            "切开并加转场”）？"
            if c.zh else "A transition goes between two clips and there is only one on the timeline — upload "
            "another clip, or tell me where to cut it (e.g. “split at 0:10 and crossfade”)."))]
    # "add crossfades, then music.mp3 with a 2 sec fade out", "fade the music out 2s and crossfade the clips
    # 1s": a time said in another part, of the music or a fade, is that part's - never the crossfade's length
    ts = times(other_parts_blanked(other_parts_blanked(c.text, r"§\d+§", _CROSSFADE_OWN), r"§\d+§",
                                   _CROSSFADE_OWN, r"\bfad(?:e|es|ed|ing)\b|淡入|淡出|渐入|渐出"))
    # "把第二段删了，剩下的中间加个转场": a clip named as the one deleted is not where the transition goes
    gone = r"删|去掉|剪掉|不要|\b(?:delete|deleted|remove|removed|gone|drop|dropped|cut)\b"
    cut = r"[,，;；]|\band\b|\bthen\b|然后|再"
    # "swap clips 2 and 3 and add a dissolve between them": clips named for another edit said before the
    # transition's own words are that edit's
    own_start = m.start() - len(re.split(cut, c.text[:m.start()])[-1])
    other = re.search(r"\b(?:swap|switch|move|reorder|reverse|duplicate|speed|slow|mute)\b|"
                      r"对调|交换|互换|调换|移|挪", c.text[:own_start])
    refs = [i for at, i in segment_refs(c) if i >= 2 and not (other and at < own_start) and not re.search(
        gone, re.split(cut, c.text[:at])[-1] + " " + re.split(cut, c.text[at:])[0])]
    if pair := _between_pair(c, own_start if other else 0):
        refs = pair
    if not refs and re.search(r"\bbetween\b|中间|之间", c.text):
        # "crossfade only between b and c": the clips named by their files (read only when they place it -
        # "join clip.mp4, b.mp4 and c.mp4 with crossfades" names them for the join)
        token = RECORDER.set(None)
        try:
            named = _named_on_timeline(c)
        finally:
            RECORDER.reset(token)
        if len(named) == 2 and max(i for _, i in named) - min(i for _, i in named) == 1:
            refs = [i for _, i in _named_on_timeline(c)]
    if not refs and clips >= 2 and (bare := rx.search(
            rf"\b(?:into|before)\s+(?:the\s+)?({'|'.join(k for k in ORDINALS if k not in _NOT_INTO)})"
            r"\b(?!\s*(?:half|§|\d|second|minute|sec|min|time|word|line|sentence|song|track|photo|image)\b)",
            c.text[tail:])):
        # "crossfade into the third", "dissolve before the last": an ordinal with no noun after the
        # transition's "into" is the clip it goes into
        idx = ORDINALS[bare.group(1).lower()]
        refs = [clips if idx == -1 else idx] if 2 <= (clips if idx == -1 else idx) <= clips else []
    if not refs and clips >= 2 and (into := re.search(r"\b(?:into|before)\s+(?:the\s+)?", c.text[m.end():])):
        # "a dissolve just going into c", "crossfade into b.mp4": one clip named by its file right after the
        # transition's "into" is the clip it goes into
        token = RECORDER.set(None)
        try:
            named = _named_on_timeline(c)
        finally:
            RECORDER.reset(token)
        at = m.end() + into.end()
        hit = [i for pos, i in named if pos == at]
        if len(named) == 1 and hit and 2 <= hit[0] <= clips:
            rx.search(re.escape(into.group(0)), c.text[m.end():])
            refs = [i for _, i in _named_on_timeline(c)]
    side_of: int | None = None
    if not refs and clips >= 2:
        # "三段中间加转场 只要c前面那个", "只在b后面加转场": one clip named by its file, then the side of it -
        # before it is the cut into it, after it the cut into the next one
        token = RECORDER.set(None)
        try:
            named = _named_on_timeline(c)
        finally:
            RECORDER.reset(token)
        side = None
        if len({i for _, i in named}) == 1:
            at = named[0][0]
            word = re.match(r"[\w.-]+", c.text[at:])
            side = re.match(r"\s*(?:的)?\s*(?:(前面|前边|之前|前头|开头)|(后面|后边|之后|后头|结尾))"
                            r"(?:\s*(?:那个|那一个|这个|那里|那儿|的地方|的那个|那个转场|加))?",
                            c.text[at + (word.end() if word else 0):])
        if side is not None:
            i = named[0][1] if side.group(1) else named[0][1] + 1
            if 2 <= i <= clips:
                _named_on_timeline(c)  # (read now: the clip named places the transition)
                start = named[0][0] + (word.end() if word else 0)
                note(c.text, start, start + side.end())
                # ("只要c前面那个": only that one - the 只要 is the transition's, never a keep of c)
                rx.search(r"(?:只要|只在|就要|就在|只加|就加)(?=[^,，;；]*$)", c.text[:named[0][0]])
                refs, side_of = [i], i
    # "drop c's crossfade to 0.3s", "the dissolve on b": a transition said as one clip's (its file named
    # as its owner) is the one going into that clip
    if not refs and clips >= 2 and (owner := _transition_owner(c, m)) is not None and 2 <= owner <= clips:
        refs, side_of = [owner], owner
    if not refs and clips >= 2:
        # "the cut into b", "when it cuts to c", "切到第二段的时候", "c那段进来的时候": the one clip said to
        # be cut to is the one the transition goes into
        token = RECORDER.set(None)
        try:
            said = sorted(set(_named_on_timeline(c)) | set(segment_refs(c)))
        finally:
            RECORDER.reset(token)
        going_into: list[tuple[int, int, int, int]] = []  # (words start, words end, clip, where it is)
        for at, i in said:
            before = re.search(_CUT_TO + r"$", c.text[:at])
            after = re.match(r"(?:第\s*\d+\s*段|[\w.-]*)" + rf"(?:{_COMES_IN})", c.text[at:])
            if before or after:
                going_into.append((before.start() if before else at, at + after.end() if after else at,
                                   i, at))
        if len({g[2] for g in going_into}) == 1 and 2 <= going_into[0][2] <= clips:
            refs = [going_into[0][2]]
            for a, b, _i, at in going_into:
                note(c.text, a, b)
                word = re.match(r"第\s*\d+\s*段|[\w.-]+", c.text[at:])
                note(c.text, at, at + (word.end() if word else 1))
    if not refs and clips >= 2 and not ts and rx.search(
            r"\b(?:right\s+|just\s+)?(?:there|here)\b(?!\s+(?:and|&)\s+(?:there|here)|'|\s+(?:is|are|was|were|"
            r"will|should|must|might|may|can|could|would|isn|aren|wasn|weren)\b)|"
            r"\bat (?:this|that) (?:point|spot|moment|bit|part|place|cut)\b|"
            r"这里|那里|这儿|那儿|这个地方|那个地方",
            c.text[m.start():]) and not rx.search(
                r"\b(?:between|all|every|each|everywhere)\b|之间|中间|每|所有", c.text):
        # "can we do a transition there": a place pointed at on the screen, which is not seen here - asked
        return [Hit(m.start(), question=(
            "转场加在哪里？请说是哪两段之间（比如“第1段和第2段之间加转场”），"
            "或者“每段之间都加”。" if c.zh else
            "Where should the transition go? Say between which clips (e.g. “crossfade into clip 2”), or "
            "“between all the clips”."))]
    kwargs: dict[str, Any] = {}
    if ts and ts[0] <= 5000:
        kwargs["duration_ms"] = ts[0]
    # ("只在第二段开头加转场", "at the start of clip 3": a clip's start is the cut into it)
    # "只在第二段进第三段的地方加转场", "from clip 2 to clip 3": the cut from one clip into the next is
    # where it goes - into the later one
    going = re.search(r"段\s*(?:进|切进|切到|转到|跳到|过渡到|到|接|切)\s*第|"
                      r"\bfrom\s+(?:the\s+)?\S+(?:\s+\S+)?\s+(?:to|into)\s+(?:the\s+)?\S", c.text)
    if side_of is not None:
        kwargs["index"] = side_of
    elif refs and going and len(refs) <= 2 and max(refs) - min(refs) <= 1:
        rx.search(re.escape(going.group(0)), c.text)
        kwargs["index"] = max(refs)
    elif refs and rx.search(r"\b(?:into|before|between)\b|\b(?:start|beginning) of\b|中间|之间|开头|"
                            r"开始(?:的地方|处|时)|前面|之前|" + _CUT_TO + "|" + _COMES_IN, c.text):
        # "between the second and third": the cut into the later one
        kwargs["index"] = max(refs) if rx.search(r"\bbetween\b|中间|之间", c.text) else refs[0]
    return [Hit(m.start(), [s.Crossfade(**kwargs)])]


# a Chinese property said low after its name: "亮度低一点", "饱和度弱一些" (lowered, as 调低 is)
_ZH_LOWER = r"低一?点|低一些|低些|小一?点|弱一?点|减弱"


# what a part of a clause names that is no colour property: a sound, a speed, a thing laid over the picture
_OTHER_THAN_COLOUR = (r"\b(?:music|song|bgm|soundtrack|track|voice|audio|sound|volume|narration|speed|"
                      r"faster|slower|pace|logo|watermark|opacity|text|title|subtitles?|captions?|fade|"
                      r"crossfade)\b|[\w-]+\.(?:mp3|wav|m4a|aac|png|jpe?g|mp4|mov)\b|"
                      r"音乐|配乐|声音|音量|原声|人声|背景音|速度|倍速|加速|减速|台标|水印|透明|字幕|标题|文字|淡")
_COLOUR_WORD = (r"\bbright\w*|\bdark\w*|\bdim\w*|\blight(?:er|en)\b|\bcontrast\w*|\bsaturat\w*|"
                r"\bvibrant\b|\bvivid\b|\bcolou?r\w*|\bexposure\b|亮|暗|对比度|饱和度|鲜艳|颜色|色彩")


def _not_colour(part: str) -> bool:
    """The part names something else (the music, the voice, the speed) and no colour property."""
    return re.search(_OTHER_THAN_COLOUR, part) is not None and re.search(_COLOUR_WORD, part) is None


def _chunk(text: str, pos: int) -> str:
    """The part of the clause around `pos` ("more contrast and less saturation": each its own)."""
    # (the 和 of 饱和度 joins nothing)
    # a space between two Chinese phrases ends a clause as a comma does ("亮度低一些 对比度高一点")
    # ("对比度高一点，饱和度低一点": a Chinese comma ends one property's words as a comma does)
    ends = r"\band\b|,|;|[，；。]|(?<!饱)和|并且?|同时|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])"
    bounds = [0, *(m.end() for m in rx.finditer(ends, text)), len(text)]
    start = max(b for b in bounds if b <= pos)
    end = min((b for b in bounds if b > pos), default=len(text))
    # ("亮度、对比度都降低一点", "亮度，对比度都调低": a property named alone shares the next part's words)
    while re.fullmatch(r"[\s,;，；。和]*(?:the\s+)?(?:brightness|contrast|saturation|亮度|对比度|饱和度)"
                       r"[\s,;，；。、]*(?:and|&|和)?\s*", text[start:end]) and end < len(text):
        end = min((b for b in bounds if b > end), default=len(text))
    return text[start:end]


# a property cut, dropped or dialled back is lowered ("cut the saturation, the pink looks radioactive")
_CUT_PROP = (r"\b(?:cut|cutting|drop|dropping|lessen|dial\s+back|dial\s+down|pull\s+back|scale\s+back|"
             r"rein\s+in)\s+(?:back\s+(?:on\s+)?)?(?:the\s+|some\s+(?:of\s+the\s+)?|its\s+|"
             r"a\s+bit\s+(?:of\s+)?(?:the\s+)?)?"
             r"(?=(?:saturation|contrast|colou?rs?|colou?r\s+saturation)\b)")
# "shave 20% off the saturation", "knock 10% off the brightness", "take 15 % off the contrast": a share
# taken off the property lowers it by that share (the amount is read as usual; only the way is said here)
_SHARE_OFF = r"\d+(?:\.\d+)?\s*(?:%|percent|per cent)\s+off\b"
# "cut the brightness a bit", "drop the exposure": the light taken down by a verb of cutting - a dimmer
# picture, nothing cut from the video (its own pattern: said of the light, never of the colour)
_CUT_LIGHT = (r"\b(?:cut|cutting|drop|dropping|lessen|dial\s+back|dial\s+down|pull\s+back|scale\s+back|"
              r"rein\s+in|knock\s+down|bring\s+down|take\s+down)\s+(?:back\s+(?:on\s+)?)?(?:the\s+|some\s+"
              r"(?:of\s+the\s+)?|its\s+|a\s+bit\s+(?:of\s+)?(?:the\s+)?)?(?=(?:brightness|exposure)\b)")


# how the picture looks now: the change is the other way ("too dark", "画面太暗了" -> brighter)
_TOO_DARK_LIGHT = (r"\b(?:too|so|very|really|quite|a bit|kinda|kind of|a little) (?:dark|dim|gloomy)\b|"
             r"\bunder[\s-]?exposed\b|\bnot bright enough\b|"
             # "brighten it a little, the shop lights were dim": how it was filmed, the reason to brighten
             r"\b(?:was|were|is|are|looked|looks|seemed|seems)\s+(?:\w+\s+)?dim\b|"
             r"\bdim(?:ly)?[\s-]+lit\b|\bin dim light\b|"
             r"(?:太|偏|有点|比较|很|好)\s*暗|暗了|不够亮")
# not seeing it, said of the picture ("看不清", "can't see anything"): too dark - unless blur is named with it
# and no light word ("拍得有点糊 … 车牌都看不清": the blur is why it can't be read, and no brightness
# brings back detail that is not there)
_UNSEEN = (r"\bcan'?t see (?:anything|much)\b|"
             # ("太快了看不清": too fast to follow is the speed's, not the light's; "放慢十倍 不然根本
             # 看不清": why the other edit is asked, said after 不然 / 否则)
             # ("扣篮太快了根本看不清": too fast, then how much it can't be followed - still the speed's)
             r"(?<!快根本)(?<!快了根本)(?<!快完全)(?<!快了完全)(?<!快都)(?<!快了都)(?<!快就)(?<!快了就)"
             r"(?<!快)(?<!快了)(?<!不然)(?<!否则)(?<!要不)(?<!不然根本)(?<!否则根本)(?<!要不然根本)(?<!不然都)"
             r"(?<!不然完全)(?<!否则都)(?<!否则完全)看不清")
_TOO_DARK = _TOO_DARK_LIGHT + "|" + _UNSEEN
_BLUR_SAID = (r"糊|模糊|不清晰|变清晰|更清晰|清晰度|虚焦|失焦|没对上焦|对焦|\bblurr?(?:y|ed)?\b|\bfuzzy\b|"
              r"\bout of focus\b|\bsoft focus\b|\bpixelat\w*|\bsharp(?:en|er)?\b|\bunsharp\b")


def _blur_unseen(said: str) -> bool:
    """Blur named and no light word (黑板 / 黑色 are things, not the light): not seeing it is the blur's."""
    things = r"黑板|黑色|黑衣|黑发|黑白|白板|\bblack ?board\b|\bblack and white\b"
    lit = re.search(_LIGHT_SAID, re.sub(things, "", said))
    return re.search(_BLUR_SAID, said) is not None and lit is None


# not seeing what happens, said beside a slow-down ("慢放两倍 学员说看不清", "slow it to half speed, the class
# says they cant see much of the footwork"): too fast to follow - why it is slowed, never too dark (a light
# word said with it - "太暗看不清", "too dark to see anything" - is the light's)
_CANT_SEE = (r"(?:根本|完全|都|还是|老是|总是)?\s*看不(?:清|清楚|明白|懂)(?:楚)?|"
             r"\b(?:can'?t|cant|cannot|could ?n'?t|couldnt|can not)\s+(?:really\s+)?(?:see|tell|follow|"
             r"make out)\s+"
             r"(?:anything|much|what'?s (?:going on|happening)|it|the\s+\w+)\b")
_SLOWED = (r"慢放|放慢|慢动作|慢速|减速|慢一点|慢点|调慢|变慢|0?\.\d+\s*倍|"
           r"\bslow(?:s|ed|ing|er)?\b|\bslo-?mo\b|\bhalf[\s-]speed\b|\b0?\.\d+\s*x\b")
_LIGHT_SAID = (r"暗|黑|亮|光线|曝光|\b(?:dark|dim|gloomy|bright|light|lighting|exposure|exposed|"
               r"black|shadow)\w*\b")


def _cant_follow(c: Clause) -> str | None:
    """The words of not seeing what happens, said as the reason for a slow-down asked in the same request (no
    light named): their pattern, else None."""
    m = re.search(_CANT_SEE, c.text)
    whole = c.ctx.raw.lower() if c.ctx.raw else c.text
    # ("别给我加速啊 上次别人剪的太快了 学员都看不清", "don't speed it up, last edit went too fast and my
    # students couldn't follow it": the speed named as the cause, asked to stay - still no light to change)
    speed = _SLOWED + r"|太快|快了|加速|\btoo fast\b|\bsped up\b|\bspeed(?:ed|ing)? (?:it )?up\b"
    if m is None or not re.search(speed, whole) or re.search(_LIGHT_SAID, whole):
        return None
    return re.escape(m.group(0))


_TOO_BRIGHT = (r"\b(?:too|so|very|really|a bit|kinda|kind of|a little) (?:bright|light)\b|"
               r"\bover[\s-]?exposed\b|\bblown out\b|(?:太|偏|有点|比较|很|好)\s*亮|过曝|曝光过度|刺眼")


_ZH_KEYS = {"亮度": "brightness", "对比度": "contrast", "饱和度": "saturation"}
# "饱和度拉到1.5", "对比度提到1.2", "亮度设置为0.1": the level it is set to, by any verb of setting
_ZH_TO = (r"调到|调成|调为|改成|改为|设为|设成|设置为|设置成|设置到|设到|拉到|拉高到|拉低到|拉成|提到|"
          r"提高到|提升到|"
          r"加到|升到|降到|开到|弄到|弄成|变成|定为|定在|给到|上到|为")


# a clip of several said to go ("b那段删了吧", "delete the second clip", "get rid of c"): how it looks said
# beside that ("光线太暗", "its way too dark") is why it goes - no light to change (unless a change of the
# light is asked in words of its own: "删掉b 然后整体调亮一点")
_CLIP_GOES = (r"(?<![a-z0-9_.])(?:[a-z0-9_-]+\.(?:mp4|mov|webm|mkv|avi)|[a-z])\s*(?:那|这)?\s*"
              r"(?:段|个|条)?\s*"
              r"(?:视频|片段|素材|镜头)?\s*(?:就|也|都|直接)?\s*(?:删了|删掉|删除|去掉|剪掉|不要了?|不用了?)|"
              r"第\s*(?:\d+|[一二三四五六七八九十])\s*(?:段|个)\s*(?:视频|片段|素材|镜头)?\s*(?:就|也|都|直接)?\s*"
              r"(?:删了|删掉|删除|去掉|剪掉|不要了?|不用了?)|"
              r"(?:删了|删掉|删除|去掉|剪掉|不要)\s*(?:第\s*(?:\d+|[一二三四五六七八九十])\s*(?:段|个)|"
              r"(?:[a-z0-9_-]+\.(?:mp4|mov|webm|mkv|avi)|[a-z])(?![a-z0-9_])\s*(?:那|这)?\s*(?:段|个|条)?)|"
              r"\b(?:delete|remove|drop|cut|get rid of|lose|ditch|scrap|bin|toss|trash|kill)\s+(?:the\s+)?"
              r"(?:[a-z0-9_-]+\.(?:mp4|mov|webm|mkv|avi)|(?:clip|video|shot)\s+[a-z0-9]\b|(?![ai]\b)[a-z](?![\w'’.])|"
              r"(?:first|second|third|fourth|last|final|middle|\d+(?:st|nd|rd|th))\s+(?:clip|one|segment|shot|"
              r"video))")
_LIGHT_ASKED = (r"\bbright(?:er|en)\b|\bbrightness\b|\blighter\b|\blighten\b|\bdarken\b|\bdarker\b|"
                r"调亮|亮一点|亮一些|提亮|变亮|亮度|调暗|暗一点|压暗|变暗")


def _why_clip_goes(c: Clause) -> bool:
    """A clip of several said to go in the request, and no change of the light asked in words of its own:
    a look complained of ("光线太暗", "too dark") is why it goes."""
    raw = (c.ctx.raw or c.text).lower()
    return c.ctx.segment_count >= 2 and re.search(_CLIP_GOES, raw) is not None and \
        re.search(_LIGHT_ASKED, raw) is None


def color_rule(c: Clause) -> list[Hit]:
    text = c.text
    kw: dict[str, Any] = {}
    first = len(text)

    def note(m: re.Match[str] | None) -> bool:
        nonlocal first
        if m:
            first = min(first, m.start())
        return m is not None

    # read without recording: "more saturated (1.3) and music.mp3 at 25%" - the percent is the music's
    pct_m = re.search(r"(\d+(?:\.\d+)?)\s*%", text)
    pct = float(pct_m.group(1)) / 100 if pct_m else None
    several = len(re.findall(r"\d\s*%", text)) > 1
    amount = pct if pct is not None and pct <= 1 and not several else None
    if amount is not None and pct_m is not None and _not_colour(_chunk(text, pct_m.start())):
        # "turn the brightness down a bit and the music up to 60%": an amount belongs to the part it is said
        # in - the music's level there, never the brightness's
        amount = None

    def amount_at(pos: int) -> float | None:
        """ "brighten it 10% and bump the contrast 20%": each change its own amount."""
        if not several:
            return amount
        near = percent(_chunk(text, pos))
        return near if near is not None and near <= 1 else None

    said = {_ZH_KEYS.get(k, k): float(v) for k, v in re.findall(
        # ("contrast up to 1.3": the number said is the amount, not the default step)
        r"(\bbrightness|\bcontrast|\bsaturation|亮度|对比度|饱和度)\s*(?:(?:up|down|bumped|turned|raised|"
        r"lowered)\s+)?(?:to|at|of|=|:|" + _ZH_TO + r")?\s*"
        r"([+-]?\d*\.\d+|[+-]\d+|\d+(?:\.\d+)?)(?![\d%§])", text)}
    if note(bw := rx.search(r"\bblack (?:and|&) white\b|\bgr[ae]yscale\b|\bmonochrome\b|\bnoir\b|"
                            r"\bdesaturate completely|"
                            # "remove the colour, want it looking auld", "strip all the color out",
                            # "把颜色去掉": the colour taken out of the picture is black and white (not a
                            # grade, filter or tint taken off, nor the colour of a title)
                            r"(?:\b(?:remove|strip|drain|get rid of|lose|kill)\s+(?:out\s+)?(?:all\s+)?"
                            r"(?:of\s+)?(?:the\s+)?colou?rs?(?:\s+out)?|\b(?:take|suck)\s+(?:out\s+(?:all\s+)?"
                            r"(?:of\s+)?(?:the\s+)?colou?rs?|(?:all\s+)?(?:of\s+)?(?:the\s+)?colou?rs?\s+out))"
                            r"(?:\s+(?:of|from)\s+(?:it|this|the\s+(?:video|clip|footage|picture|image)))?\b"
                            r"(?!\s*(?:grade|grading|correct\w*|filter|effect|tint|cast|change|adjust\w*|boost|edit|"
                            r"bars?|from|of|on|in the (?:title|text)|i|we|you|a bit|a little|a touch|"
                            r"slightly|some|partly|halfway)\b)|"
                            r"(?:去掉|去除|拿掉)(?:画面的?)?(?:颜色|色彩)|(?:把)?(?:画面的?)?(?:颜色|色彩)(?:全)?(?:去掉|去除|拿掉)|"
                            r"(?<![\u4e00-\u9fff])去色|"
                            r"黑白", text)) and bw is not None:
        # "undo the black and white", "取消黑白": off; "undo, then make it black and white instead": the undo
        # is an edit of its own, said apart from it (a comma, "then", "and") - the grey is asked for
        off = rx.search(r"\bback to colou?r\b|\bin colou?r again\b|恢复彩色|变回彩色", text) or \
            _grey_off(text, bw)
        if off is not None:
            rx.search(re.escape(off.group(0)), text)
        kw["gray"] = off is None
    followed = _cant_follow(c)
    if followed is not None and not re.search(r"\bbright(?:er|en|ness)?\b|\blighter\b|\blighten\b|"
                                              r"调亮|亮一点|提亮|变亮|亮度", text):
        # "深蹲示范整体慢放两倍 学员说看不清": why it is slowed down - no light to change
        seen = rx.search(followed, text)
        other = re.search(r"\bcontrast|\bsaturat|对比度|饱和度|\bdark(?:er|en)\b|调暗", text)
        if seen is not None and not kw and other is None:
            return [Hit(seen.start())]
    elif (dark := re.search(_TOO_DARK + "|" + _TOO_BRIGHT, text)) is not None and _why_clip_goes(c):
        # "b那段删了吧 光线太暗", "delete c, its way too dark": why the clip goes, said
        why = rx.search(r"(?:\b(?:because|since|cause|cuz|coz|bc)\s+)?(?:\b(?:it'?s|its|it\s+is|it\s+was|"
                         r"that\s+one\s+is|the\s+(?:lighting|light|picture|footage)\s+(?:is|was))\s+)?"
                         r"(?:\b(?:way|much|just|really)\s+)?(?:" + _TOO_DARK + "|" + _TOO_BRIGHT + r")|"
                         r"(?:因为|光线|画面|灯光|太)\S{0,3}?(?:" + _TOO_DARK + "|" + _TOO_BRIGHT + ")", text)
        if not kw:
            return [Hit((why or dark).start())]
    elif note(m := rx.search(r"\bbright(?:er|en|ness)?\b|\blighter\b|\blighten\b|" + (
            # ("拍得有点糊 能不能AI修复下变清晰 车牌都看不清": not seeing it said with blur, no light word -
            # the blur's (refused), never a brightness change beside the refusal)
            _TOO_DARK_LIGHT if _blur_unseen(c.ctx.raw.lower() if c.ctx.raw else text) else _TOO_DARK) +
                             r"|调亮|亮一点|提亮|变亮|亮度", text)) and m is not None:
        chunk = _chunk(text, m.start())
        dimmer = bool(rx.search(r"\b(?:less|lower|reduce|decrease|down|dim)\b|降低|调低|" + _ZH_LOWER + "|" +
                                _TOO_BRIGHT + "|" + _CUT_LIGHT + "|" + _SHARE_OFF, chunk)) and \
            not rx.search(_TOO_DARK, chunk)
        a = amount_at(m.start())
        kw["brightness"] = round(-(a or BRIGHTNESS_STEP) if dimmer else (a or BRIGHTNESS_STEP), 2)
        # "it's too dark, brighten it up": the problem and its fix are one change
        list(rx.finditer(r"\bbright(?:er|en|ness)?\b|\blighter\b|\blighten\b|" + _TOO_DARK +
                         r"|调亮|亮一点|提亮|变亮", text))
    if note(rx.search(r"\bdark(?:er|en)\b|\bdim(?:mer)?\b|调暗|暗一点|变暗|压暗|" + _TOO_BRIGHT, text)) and \
            not rx.search(_TOO_DARK, text):
        kw["brightness"] = -round(amount or BRIGHTNESS_STEP, 2)
    punchy = re.search(r"\bpunch(?:y|ier)\b", text)
    if punchy and not re.search(r"\bcontrast\w*|\bcolou?rs?\b|\bpicture\b|\bimage\b|\blook\b|\bgrade\b|"
                                r"\bvisuals?\b|\bshots?\b", text):
        # "my vlog intro drags, make it punchier somehow": punchy said of the edit, not of the picture -
        # tighter or faster or more contrast is the person's call
        rx.search(r"\bpunch(?:y|ier)\b(?:\s+(?:somehow|some ?way))?", text)
        return [Hit(punchy.start(), question=(
            "怎么更有冲击力——剪短（比如“剪掉前5秒”）、加快（比如“前10秒加速到1.5倍”），还是提高画面对比度？"
            if c.zh else
            "Punchier how — shorter (e.g. “cut the first 5 seconds”), faster (e.g. “speed up the first 10 "
            "seconds 1.5x”), or more contrast in the picture?"))]
    if note(m := rx.search(r"\bcontrast\b|\bcontrasty\b|\bpunch(?:y|ier)\b|对比度", text)) and m is not None:
        down = rx.search(r"\b(?:less|lower|reduce|decrease|down|softer|flat)\b|降低|调低|减少|" + _ZH_LOWER +
                         "|" + _CUT_PROP + "|" + _SHARE_OFF, _chunk(text, m.start()))
        rx.search(r"\b(?:bump|boost|push|crank|raise|up)\b(?=[^,;]*contrast)|(?<=contrast)\s+up\b", text)
        a = amount_at(m.start())
        kw["contrast"] = round(1 - (a or CONTRAST_STEP) if down else 1 + (a or CONTRAST_STEP), 2)
        if rx.search(r"\b(?:to|by|in)\s+half\b|(?:到|成)?一半|\bhalve\b|"
                     r"\bhalf\s+(?:of\s+)?(?:the\s+|its\s+)?contrast\b", _chunk(text, m.start())):
            kw["contrast"] = 0.5  # "cut the contrast in half", "take out half the contrast"
    if note(m := rx.search(r"\bdesaturat\w*|\bsaturat(?:ion|ed|e)\b|\bvibrant\b|\bvivid\b|\bcolou?rful\b|"
                           r"\bcolou?rs? pop\b|" + MUTED_LOOK + "|"
                      r"\bwashed out\b|\bdull\b|"
                      r"饱和度|鲜艳|色彩浓", text)) and "gray" not in kw:
        down = m and rx.search(r"\b(?:less|lower|reduce|decrease|down|desaturat\w*|muted|remove|take out|"
                               r"halve|tone down)\b|降低|调低|减少|降(?!噪)|减(?!速)|" + _ZH_LOWER + "|"
                               r"淡一点|" + _CUT_PROP + "|" + _SHARE_OFF, _chunk(text, m.start()))
        a = amount_at(m.start()) if m else amount
        # "cut the brightness a bit, its washed out", "more contrast, it looks dull": the look complained of
        # is why the light or the contrast named is changed - no saturation is asked for besides
        if m and re.fullmatch(r"washed out|dull", m.group(0)) and re.search(
                r"\bbright(?:er|en|ness)?\b|\blighter\b|\blighten\b|\bdark(?:er|en)\b|\bdim(?:mer)?\b|"
                r"\bexposure\b|\bcontrast\b", text) and not re.search(r"\bsaturat|\bcolou?rs?\b|\bvivid|"
                                                                        r"\bvibrant", text):
            a = None
            m = None
        if m is not None:
            kw["saturation"] = round(1 - (a or SATURATION_STEP) if down else 1 + (a or SATURATION_STEP), 2)
        if rx.search(MUTED_LOOK, text):  # "…, going for a muted moody look": the look it is lowered for
            rx.search(r"\b(?:going for|want(?:ing)?|for)\s+(?:a\s+|an\s+)?(?=" + MUTED_LOOK + ")", text)
        if m and rx.search(r"\b(?:to|by|in)\s+half\b|(?:到|成)?一半|\bhalve\b|"
                           r"\bhalf\s+(?:of\s+)?(?:the\s+|its\s+)?(?:saturation|colou?rs?|colou?r)\b",
                           _chunk(text, m.start())):
            kw["saturation"] = 0.5  # "cut the saturation to half", "remove about half the saturation"
    if note(rx.search(r"\bauto(?:matically)?[\s-]?(?:fix|correct|adjust|balance)\w*\s+(?:the\s+)?(?:exposure|"
                      r"levels?|colou?rs?|white balance)\b(?:\s*/\s*(?:exposure|levels?|colou?rs?))?|"
                      r"\bauto[\s-]?(?:levels?|colou?r|correct(?:ion)?|adjust|enhance|balance|"
                      r"white balance)\b|"
                      r"\bcolou?r[\s-]?correct(?:ion)?\b|\bfix the colou?rs?\b|"
                      # "auto fix the exposure/levels", "fix the exposure automatically", "自动曝光"
                      r"\b(?:fix|correct|balance)\s+(?:the\s+)?(?:exposure|levels)\b|"
                      r"自动(?:曝光|色阶|校正|修正|调整曝光)|"
                      r"\bwhite balance\b|"
                      # (调色 alone names no way to change it: the grade question below)
                      r"(?:自动|一键|智能)\s*调色|校色|色彩校正", text)):
        kw["auto"] = True
        if re.fullmatch(r"\W*(?:(?:hey|ok|okay|so|pls|please|can you|could you|can u|just)\s+)*"
                        r"(?:fix|sort out|"
                        r"correct)\s+(?:the\s+|my\s+|its\s+|it'?s\s+)?colou?rs?(?:\s+(?:please|pls|plz|thanks|"
                        r"for me))*\W*", (c.ctx.raw or text).lower()):
            # "fix the colors" said alone: nothing said wrong with them, no automatic correction asked - how
            # is asked (the grade question), with the automatic correction among the choices
            return [Hit(0, question=(
                "颜色要怎么调？我可以自动校色、调亮或调暗、加对比度、让颜色更鲜艳或更淡，"
                "或者黑白。" if c.zh else
                "How should the colours change — an automatic colour correction, brighter or darker, more "
                "contrast, more or less saturated, or black and white?"))]
    if not kw:
        grade = rx.search(r"\bcolou?r[\s-]?grad(?:e|ed|ing)\b|\bgrade (?:it|this|the (?:video|"
                          r"footage|clip))\b|"
                          # "星空延时调一下颜色", "tweak the colours": the colour changed, no way said
                          r"(?:调|弄|改|整)\s*(?:一下|下|调|1\s*下)\s*(?:颜色|色彩|色调)|"
                          # "帮我调调色", "调个色呗", "弄一下调色": a grade, no way said
                          r"调\s*(?:调|个|下|一下|1\s*下|一调|1\s*调)?\s*色(?!温|彩|调)|"
                          r"(?:颜色|色彩|色调)\s*(?:调|弄|改|整)\s*(?:一下|下|1\s*下)|"
                          r"\b(?:adjust|tweak|work on|do something (?:with|about)|play with|mess with)\s+"
                          r"(?:the\s+|its\s+)?colou?rs?\b(?!\s+(?:to|of|on)\b)", text)
        if grade:  # "color grade it": which look is the person's call - asked, with the looks there are
            return [Hit(grade.start(), question=(
                "调成什么样的色调？我可以调亮或调暗、加对比度、让颜色更鲜艳或更淡、黑白，"
                "或者自动校色。" if c.zh else
                "What kind of grade — brighter or darker, more contrast, more or less saturated, black and "
                "white, or an automatic colour correction?"))]
        return []
    # "亮度调高0.2", "brighten it a bit (+0.1)", "contrast up by 0.2", "saturated (1.3)": a value said after
    # the change - how much for brightness, the factor (or 1 + how much) for contrast and saturation
    # ("brighten it a bit, like +0.2", "darken it a touch, say -0.1": the number said as an example of how
    # much is the amount - it beats the default step)
    for said_m in re.finditer(r"(\bbright(?:ness|en|er)?|\bdark(?:en|er)|\bcontrast|\bsaturat(?:ion|ed|e)|"
                         r"亮度|对比度|饱和度|"
                         r"提亮|调亮)(?:(?:\s*(?:it|the video|the picture|a bit|a little|a touch|slightly|up|"
                         r"down|by|to|[,，]|like|say|maybe|about|around|roughly|something(?: like)?|~|"
                         r"大概|大约|差不多|"
                         # ("亮度调高一点点（0.1）": how little said in words, then the number)
                         r"调高|调低|提高|降低|加|减|增加|减少|再|也|一点点|一点|一些|稍微|稍稍|点|[(（])){1,6}\s*"
                         # "brighten +0.1 and saturate 1.2": a signed or decimal value right after the verb
                         r"|\s*(?=[+-]\d|\d*\.\d))"
                         r"([+-]?\d*\.\d+|[+-]?\d+(?:\.\d+)?)(?![\d%§])", text):
        word = said_m.group(1)
        key = _ZH_KEYS.get(word) or (
            "brightness" if word in ("提亮", "调亮") or word.startswith(("bright", "dark")) else
            "contrast" if word == "contrast" else "saturation")
        if key in said:
            continue
        value = float(said_m.group(2))
        lowered = bool(re.search(r"\bdown\b|调低|降低|减|^dark", said_m.group(0)))
        # "just less saturated, like 0.6", "降低饱和度，大概0.6": the way said before the property, and an
        # unsigned factor below 1 given as an example or a guess is the level it should be, not how much
        less = re.search(r"(?:\b(?:less|lower|reduce|decrease|tone down|desaturate)\b|降低|调低|减少|减小)"
                         r"(?:\s*(?:the|its?|a bit|a little|slightly|more)\b)*\s*$",
                         text[max(0, said_m.start() - 30):said_m.start()])
        if key == "brightness":
            value = -abs(value) if lowered or less else value
        elif (lowered or less) and said_m.group(2)[0] not in "+-" and value < 1 and not re.search(
                r"\bby\b|减", said_m.group(0)) and (less or re.search(
                    r"\b(?:like|say|maybe|about|around|roughly|something)\b|~|大概|大约|差不多|[(（]",
                    said_m.group(0))):
            pass
        elif value < 1 or said_m.group(2)[0] in "+-":
            value = 1 - abs(value) if lowered or less else 1 + value
        rx.search(re.escape(said_m.group(0)), text)
        said[key] = round(value, 2)
    # "more contrast on the paint correction shots, 1.3": a factor said last, after a comma, past what the
    # change is for, is the level (a decimal above 1 with more, below 1 with less)
    for said_m in re.finditer(r"\b(more|less|lower|higher|boost|bump|raise|reduce)\s+(?:the\s+)?(contrast|"
                              r"saturation)\s+(?:on|for|in|of)\s+(?:[\w'-]+\s+){0,5}?[\w'-]+\s*[,，]\s*"
                              r"(\d\.\d+)\s*[.!]?\s*$", text):
        key, value = said_m.group(2), float(said_m.group(3))
        more = said_m.group(1) in ("more", "higher", "boost", "bump", "raise")
        if key not in said and (value > 1) == more and 0.1 <= value <= 3:
            rx.search(re.escape(said_m.group(0)), text)
            said[key] = value
    # "+0.2 brightness", "-0.1 saturation": a signed value said before the property
    for said_m in re.finditer(r"(?<![\w.])([+-]\d*\.?\d+)\s*(brightness|contrast|saturation)\b", text):
        key, value = said_m.group(2), float(said_m.group(1))
        if key not in said:
            rx.search(re.escape(said_m.group(0)), text)
            said[key] = round(value if key == "brightness" else 1 + value, 2)
    for said_m in re.finditer(r"(\bcontrast|\bsaturation|对比度|饱和度)"
                              r"(?:(?:\s*(?:it|a bit|a little|a touch|slightly|"
                              r"up|down|[,，]|稍微|一点|降|升|调))){0,5}\s*(?:\bto|到|调到)\s*(\d+(?:\.\d+)?)\s*%",
                              text):
        # "turn the saturation down a little, to 90%": a percent after "to" is the level it ends at (90 % of
        # as it is), not how much it changes by
        key = _ZH_KEYS.get(said_m.group(1), said_m.group(1))
        if key not in said and 0 <= float(said_m.group(2)) <= 300:
            rx.search(re.escape(said_m.group(0)), text)
            said[key] = round(float(said_m.group(2)) / 100, 2)
    if amount is not None and set(kw) - set(said) - {"gray", "auto"}:
        percent(text)  # the amount is this reading's (recorded only when a change takes it)
    for key, value in said.items():  # "brightness +0.1 and saturation 1.3": the values said
        word = next((z for z, k in _ZH_KEYS.items() if k == key and z in text), rf"\b{key}")
        rx.search(rf"{word}\s*(?:to|at|of|=|:|" + _ZH_TO + r")?\s*[+-]?\d*\.?\d+", text)
        if (key == "brightness" and -1 <= value <= 1) or (key != "brightness" and 0 <= value <= 3):
            kw[key] = value
    if kw.get("auto") and rx.search(r"\bdull\b|\bwashed out\b|\bflat\b", text) and "saturation" in kw \
            and "saturation" not in said:
        del kw["saturation"]  # "auto fix the colours, it's dull": the auto correction is the answer to it
    if kw.get("auto") and rx.search(r"\b(?:dark|dim|muddy|murky|underexposed)\b|太暗|偏暗|发暗|暗了", text) \
            and "brightness" in kw and "brightness" not in said and not re.search(
                r"\bbright(?:en|er|ness)?\b|提亮|调亮|亮一点|亮度", text):
        del kw["brightness"]  # "auto fix the levels, it's kinda dark and muddy": the same, for the light
    # "make the last 10 seconds black and white", "black and white except the first 5 seconds", "brighter from
    # 0:30": colour here is the whole video's - a part of the time is asked about, never the whole changed
    # ("make the flashback scene black and white": a part named by what is in it, the same)
    if kw and (part_of_time(text) or (rx.search(_NAMED_SCENE, text) and not re.search(_OTHER_EDIT, text))):
        gray = kw.get("gray") is True
        return [Hit(first, question=(
            ("这里的颜色调整只能作用于整个视频，没法只改其中一段。要把整个视频都调成黑白吗？" if gray else
             "这里的颜色调整只能作用于整个视频，没法只改其中一段。要改整个视频的颜色吗？") if c.zh else
            ("Colour changes here are for the whole video — I can't make just part of it black and white. "
             "Shall I make the whole video black and white?" if gray else
             "Colour changes here are for the whole video — I can't change just part of it. Shall I change "
             "the colour of the whole video?")))]
    for key in _held(text):
        # "make it black and white without changing the brightness", "亮度不要变": a property said to stay is
        # not set (its words are explained by saying so)
        kw.pop(key, None)
    if not kw:
        return [Hit(first)] if _held(text) else []
    return [Hit(first, [s.Color(**kw)])]


_PROP = r"(brightness|exposure|contrast|saturation|colou?rs?|亮度|曝光|对比度|饱和度|颜色|色彩)"
_PROP_KEY = {"brightness": "brightness", "exposure": "brightness", "亮度": "brightness", "曝光": "brightness",
             "contrast": "contrast", "对比度": "contrast", "saturation": "saturation", "饱和度": "saturation",
             "color": "saturation", "colors": "saturation", "colour": "saturation", "colours": "saturation",
             "颜色": "saturation", "色彩": "saturation"}


def _held(text: str) -> list[str]:
    """The colour properties said to stay as they are ("without changing the brightness", "leave the
    saturation alone", "亮度不要变"), their words recorded as explained."""
    held = []
    for m in rx.finditer(
            rf"\b(?:without|w/o)\s+(?:changing|touching|altering|affecting|messing with|adjusting)\s+"
            rf"(?:the\s+|its\s+)?{_PROP}\b|"
            rf"\b(?:don'?t|dont|do not|never|no need to)\s+(?:change|touch|alter|affect|mess with|adjust)\s+"
            rf"(?:the\s+|its\s+)?{_PROP}\b|"
            rf"\b(?:leave|keep)\s+(?:the\s+|its\s+)?{_PROP}\s+(?:alone|as is|as it is|the same|unchanged|"
            rf"untouched)\b|"
            rf"\b{_PROP}\s+(?:stays?|remains?|should stay)\s+(?:the same|as is|unchanged|untouched)\b|"
            rf"{_PROP}\s*(?:不要|别|不用|不|保持)\s*(?:变|动|改|调|不变|原样)|"
            rf"(?:不要|别|不用)\s*(?:改|动|调|变)\s*{_PROP}", text):
        key = _PROP_KEY.get(next((g for g in m.groups() if g), ""), "")
        if key:
            held.append(key)
    return held


# "the watermark i added", "the logo we put on", "我加的水印": the mark is the person's own, added here
_ADDED_AFTER = (r"\A\s*(?:that\s+|which\s+)?(?:i|we|you|u)\s+(?:just\s+|had\s+|have\s+|already\s+)?"
                r"(?:added|put|placed|stuck|slapped|threw|made|used|inserted)\b|"
                r"\A\s*(?:i|we)\s*'ve\s+(?:just\s+)?(?:added|put)\b")
_ADDED_BEFORE = (r"\b(?:my|our)\s+(?:own\s+)?(?:\w+\s+)?\Z|"
                 # "去掉我刚加的logo", "把刚才加的台标去掉": who or when said, then "added"
                 # ("把我加上去的那个logo撤掉", "贴上去的水印去掉": put on - 上去 / 进去 say it was added over
                 # the video, with or without who did it)
                 r"(?:(?:(?:我|我们|你)(?:刚才|刚刚|刚|之前|先前|自己)?|刚才|刚刚|刚|之前|先前|前面|上次)\s*"
                 r"(?:加|放|添加|加上|贴|打)(?:上去|进去|上|过)?|(?:加|放|添加|贴|打)(?:上去|进去))的\s*"
                 r"(?:那个|这个|那\s*1\s*个|这\s*1\s*个)?\s*"
                 # "之前加的那个店铺logo": whose mark, said before it
                 r"(?:[\u4e00-\u9fff]{1,4}?\s*(?:的)?)?\s*\Z")


# a removal of the mark said not to be wanted: "不用去水印", "水印就不用去了", "don't remove the watermark"
_REMOVAL_DECLINED = (r"(?:不用|不要|不需要|无需|不必|(?<![识区特分告类级性个辨鉴派])别|先别|先不)\s*"
                     r"(?:再|帮我|给我)?\s*"
                     r"(?:去|去掉|去除|删掉|删|抹掉|弄掉|[pP]掉|拿掉|处理)\s*(?:了|啦|吧|哈)?\s*"
                     r"(?:那个|这个)?\s*(?:的)?\s*(?:水印|台标)|"
                     r"(?:水印|台标)\s*(?:就|也|先|暂时)?\s*(?:不用|不要|不需要|无需|不必|别|先别|先不)\s*"
                     r"(?:再)?\s*(?:去|去掉|去除|删|删掉|抹掉|弄掉|[pP]掉|拿掉|处理|管)\s*(?:了|啦|吧|哈)?\s*"
                     r"(?:$|[，,。.!！;；\s])|"
                     r"\b(?:don'?t|dont|do not|no need to|never mind|not going to|won'?t)\s+"
                     r"(?:bother\s+(?:to\s+)?)?(?:remove|erase|delete|get rid of|blur out|take off|touch)\s+"
                     r"(?:the\s+|that\s+|this\s+|their\s+|any\s+)?(?:[\w-]+\s+)?(?:watermark|logo)s?\b")


def _own_mark(c: Clause, m: re.Match[str]) -> list[Hit] | None:
    """ "remove the watermark i added", "take my logo off": the person's own mark, added over the video - a
    logo image is removed, a watermark of text is their text; with both over the video, which is asked.
    None: not said so (and no logo over the video to be the one meant)."""
    tracks = [t for t in c.ctx.draft.get("t", []) if isinstance(t, dict)]
    has_logo = any(t.get("role") == "overlay" for t in tracks)
    has_text = any(t.get("role") == "text" for t in tracks)
    said_own = re.search(_ADDED_AFTER, c.text[m.end():]) or re.search(_ADDED_BEFORE, c.text[:m.start()])
    raw = (c.ctx.raw or c.text).lower()
    # "swap the logo: remove the logo and put logo.png bottom left", "remove the logo, add newlogo.png
    # instead", "把logo去掉 换成logo.png": a logo taken off for an image file put in its place is the person's
    # logo swapped (a watermark is not)
    swapped = m.group(0).lower() in ("logo", "台标") and re.search(
        r"\b(?:(?:put|add|use|place|stick|insert|drop)\s+(?:in\s+)?(?:the\s+|my\s+|our\s+)?(?:new\s+)?"
        r"[\w-]+\.(?:png|jpe?g|webp|svg)\b|(?:swap|replace|switch|change)\b[^,;:]*?\bwith\s+"
        r"[\w-]+\.(?:png|jpe?g|webp|svg)\b)|"
        r"(?:换成|改成|换上|加上|放上|放)\s*[\w-]+\.(?:png|jpe?g|webp|svg)",
        raw[raw.find(m.group(0).lower()):] if m.group(0).lower() in raw else raw)
    if not said_own and not has_logo and not swapped:
        return None
    if said_own and re.search(_ADDED_AFTER, c.text[m.end():]):
        rx.search(_ADDED_AFTER, c.text[m.end():])
    elif said_own:
        rx.search(r"\b(?:my|our)\s+(?:own\s+)?(?=(?:\w+\s+)?(?:logo|watermark)\b)|"
                  r"(?:(?:(?:我|我们|你)(?:刚才|刚刚|刚|之前|先前|自己)?|刚才|刚刚|刚|之前|先前|前面|上次)\s*"
                  r"(?:加|放|添加|加上|贴|打)(?:上去|进去|上|过)?|(?:加|放|添加|贴|打)(?:上去|进去))的\s*"
                  r"(?:那个|这个|那\s*1\s*个|这\s*1\s*个)?"
                  r"(?:[\u4e00-\u9fff]{1,4}?\s*(?:的)?(?=\s*(?:logo|台标|水印|标志)))?",
                  c.text)
    rx.search(r"\b(?:off|out)\b|掉", c.text)
    # "remove my watermark from the corner": where it is, said to name it
    rx.search(r"\b(?:from|in|at|on|off)\s+(?:the\s+)?(?:(?:top|bottom|upper|lower)[\s-]?(?:left|right)\s+)?"
              r"corner\b|\b(?:from|in|at|on|off)\s+the\s+(?:top|bottom)[\s-]?(?:left|right)\b", c.text)
    watermark = m.group(0) in ("watermark", "水印")
    if watermark and has_logo and has_text:
        return [Hit(m.start(), question=(
            "要去掉哪个——logo图片，还是水印文字？" if c.zh else
            "Which one should go — the logo image or the watermark text?"))]
    if watermark and has_text and not has_logo:
        return [Hit(m.start(), [s.RemoveText(track="text")])]
    # (none over the video: the removal says so when it is done - "there is no logo added over the video")
    return [Hit(m.start(), [s.RemoveLogo()])]


# "drop the logo i added" (not "drop logo.png in the top right": a place said is where it goes)
_DROP_MARK = (r"\bdrop\b(?!.*\b(?:in|into|on|onto|at)\s+(?:the\s+)?(?:top|bottom|upper|lower|left|right|"
              r"middle|center|centre|corner)\b)")
# the mark said not to be wanted any more
_MARK_UNWANTED = (r"\bno\s+(?:more\s+)?(?:logo|watermark)s?\b(?!\s*(?:\.png|\.jpe?g))|"
                  r"\b(?:don'?t|do not|dont)\s+(?:want|need|like)\s+(?:the|my|that|this|a|any)?\s*"
                  r"(?:logo|watermark)\b(?:\s+(?:any\s*more|there|on it|at all))?|"
                  r"(?:logo|水印|台标)\s*(?:不要了|不需要了|不用了|别要了)|"
                  r"(?:不要|不想要|不需要)\s*(?:那个|这个)?\s*(?:logo|水印|台标)(?:了|$|(?=[，,。；;\s]))")
# "不要加水印", "don't add a logo": none is to be added (nothing to do with one already there)
_NO_MARK_ADDED = (r"(?:不要|别|不用|不需要)\s*(?:给我|帮我)?\s*(?:加|放|打|添加|贴)\s*(?:个|上)?\s*"
                  r"(?:logo|水印|台标)|"
                  r"\b(?:don'?t|do not|dont|no need to)\s+(?:add|put|place|stick|use)\s+"
                  r"(?:a|an|the|any|my)?\s*"
                  r"(?:logo|watermark)")
# a change to the logo over the video: its size, place or see-through
_LOGO_SMALLER = (r"\bsmaller\b|\bshrink\w*|\bscale (?:it |that )?down\b|\btoo (?:big|large|huge|much)\b|"
                 r"\btone (?:it |that )?down\b|缩小|小一点|小一些|小点|小些|太大")
_LOGO_BIGGER = (r"\bbigger\b|\blarger\b|\benlarge\w*|\bscale (?:it |that )?up\b|\btoo (?:small|tiny)\b|"
                r"\bhard to see\b|放大|大一点|大一些|大点|大些|太小")
_LOGO_FAINTER = (r"\bmore (?:transparent|see[\s-]?through|subtle|faint)\b|\bfainter\b|\bless (?:visible|"
                 r"obvious|opaque|strong)\b|\btoo (?:bright|strong|obvious|opaque|visible)\b|"
                 r"(?:更|再)透明|透明一点|透明些|淡一点|淡一些|太显眼|太明显")
_LOGO_STRONGER = (r"\bless (?:transparent|see[\s-]?through|faint)\b|\bmore (?:visible|opaque|solid)\b|"
                  r"\btoo (?:faint|transparent|see[\s-]?through)\b|\bsolid\b|不透明|明显一点|太淡|太透明")
_LOGO_MOVE = r"\b(?:move|shift|put|place|switch|swap|bring)\b|挪|移到|移动|换到|放到|改到|放在"
_ADD_VERB = r"\b(?:add|put|place|overlay|stick|insert|slap|include|use)\b|加|添加|放|贴|打上|用"


def _logo_on(draft: dict[str, Any]) -> dict[str, Any] | None:
    """The logo image over the video, if one was added (its segment: src, pos, scale, opacity)."""
    for t in draft.get("t", []):
        if isinstance(t, dict) and t.get("role") == "overlay":
            for seg in t.get("sg", []):
                if seg.get("kind") == "image":
                    return dict(seg)
    return None


def _logo_follow_up(c: Clause, m: re.Match[str], on: dict[str, Any] | None) -> list[Hit] | None:
    """ "make the logo smaller", "move the watermark to the bottom left", "logo再透明一点": a change to the
    logo over the video is made to that logo (added again with its new size, place or see-through, which
    replaces it - never a second logo). With no logo over the video, the change is asked about (none is
    added). None: no change to a logo said (a logo added, read by the rule)."""
    text = c.text
    named = re.search(r"[\w-]+\.(?:png|jpe?g|gif|webp)\b", text)
    if named and (on is None or named.group(0) != str(on.get("src"))):
        return None  # "logo.png小一点", "put b.png top left": a file named is added as said
    smaller, bigger = rx.search(_LOGO_SMALLER, text), rx.search(_LOGO_BIGGER, text)
    fainter, stronger = rx.search(_LOGO_FAINTER, text), rx.search(_LOGO_STRONGER, text)
    # "make the logo 50% transparent", "logo不透明度30%": a see-through level said for the logo there
    see_through = on is not None and percent(text) is not None and \
        re.search(r"transparen|opacity|opaque|透明", text) is not None
    where = position(others_placed(text, "image"))
    moved = where is not None and rx.search(_LOGO_MOVE, text) is not None
    if on is None:
        moving = where is not None and re.search(r"\bmove|\bshift|挪|移", text) is not None
        if not (smaller or bigger or fainter or stronger or moving):
            return None
        if re.search(_ADD_VERB, text) and not re.search(r"\bmove|\bshift|挪|移", text):
            return None  # "put the logo a bit bigger in the corner": a logo added, its size said
        return [Hit(m.start(), question=(
            "视频上还没有加台标——要我把logo.png加上吗？比如“右上角加logo.png，小一点”。" if c.zh else
            "There is no logo over the video yet — shall I add one? For example “add logo.png small in the "
            "top right”."))]
    if not (smaller or bigger or fainter or stronger or where or see_through):
        return None
    if where and not moved and not (smaller or bigger or fainter or stronger or see_through) and \
            re.search(_ADD_VERB, text) is None:
        return None
    scale, opacity = float(on.get("scale", 0.15)), float(on.get("opacity", 0.8))
    kwargs: dict[str, Any] = {"media_id": str(on.get("src")), "pos": where or on.get("pos", "top-right"),
                              "scale": scale, "opacity": opacity}
    pct = percent(text)
    if pct is not None and 0 < pct <= 1 and (smaller or bigger):
        kwargs["scale"] = pct  # "make the logo smaller, like 8%"
    elif smaller and not bigger:
        kwargs["scale"] = round(scale * LOGO_SMALL / 0.15, 3)
    elif bigger and not smaller:
        kwargs["scale"] = round(min(1.0, scale * LOGO_BIG / 0.15), 3)
    if pct is not None and 0 <= pct <= 1 and (fainter or stronger or see_through) and not (smaller or bigger):
        kwargs["opacity"] = round(1 - pct if rx.search(r"transparen|透明", text) and
                                  not rx.search(r"opacity|不透明度", text) else pct, 2)
    elif fainter and not stronger:
        kwargs["opacity"] = round(max(0.1, opacity - 0.3), 2)
    elif stronger and not fainter:
        kwargs["opacity"] = round(min(1.0, opacity + 0.2), 2)
    op = s.AddLogo(**kwargs)
    was = []
    if op.scale != scale:
        was.append(f"{op.scale * 100:g}%的宽度（原来{scale * 100:g}%）" if c.zh else
                   f"{op.scale * 100:g}% of the width (was {scale * 100:g}%)")
    if op.opacity != opacity:
        was.append(f"不透明度{op.opacity * 100:g}%（原来{opacity * 100:g}%）" if c.zh else
                   f"{op.opacity * 100:g}% opacity (was {opacity * 100:g}%)")
    said = ("，".join(was) if c.zh else ", ".join(was))
    return [Hit(m.start(), [op], note=(
        f"改的是视频上已有的台标，没有再加一个{'：' + said if said else ''}。" if c.zh else
        "I changed the logo already over the video — no second logo added"
        f"{': ' + said if said else ''}."))]


def logo_rule(c: Clause) -> list[Hit]:
    m = rx.search(r"\blogo\b|\bwatermark\b|\bbranding\b|\bbug\b|水印|台标|标志", c.text)
    if not m or re.search(r"\b(?:except|apart from|other than|but not|without|not)\s+(?:for\s+)?"
                          r"(?:the |my |our )?(?:\w+\s+)?$|除了\s*$", c.text[:m.start()]):
        return []  # "cut the intro except the logo animation": a logo already in the footage
    words_mark = {"水印": r"(?:日期|时间|文字|名字|网址|账号|店名)\s*$",
                  "watermark": r"\b(?:text|date|time|name|url|handle|timestamp)\s+$"}.get(m.group(0))
    if words_mark and re.search(words_mark, c.text[:m.start()]):
        return []  # "右下角加个日期水印 2024.05.01": a watermark of words - text (text.py), no image
    if re.search(r"\A\s*(?:text|title|caption|words)\b|\A\s*(?:文字|字)", c.text[m.end():]):
        return [Hit(m.start())]  # "delete the watermark text i added": the person's own text (text.py)
    cropped = rx.search(r"\bcrop\w*\s+(?:just\s+|only\s+)?(?:the\s+|that\s+|this\s+|their\s+|my\s+)?"
                        r"(?:[\w-]+\s+)?(?:logo|watermark|bug)s?\s+(?:out|off|away)\b|"
                        r"\bcrop\w*\s+(?:out|off|away)\s+(?:just\s+|only\s+)?(?:the\s+|that\s+|this\s+)?"
                        r"(?:[\w-]+\s+)?(?:logo|watermark|bug)s?\b|"
                        r"(?:logo|水印|台标|标志)\s*\S{0,4}?\s*(?:裁掉|裁剪掉|剪裁掉|裁出去|裁了|裁出来|抠出来)|"
                        r"(?:裁掉|裁剪掉|裁出)\s*\S{0,4}?\s*(?:logo|水印|台标|标志)", c.text)
    if cropped:
        # "crop just the logo out", "把logo裁掉": a crop here reshapes the whole frame - no logo is added, and
        # none cut out of the picture; with one added over the video, which is meant is asked
        if _logo_on(c.ctx.draft) is not None:
            return [Hit(cropped.start(), question=(
                "是要去掉我加上去的台标（“去掉台标”），还是画面里原本就有的标志？原有的我去不掉，只能改画幅把那个角裁掉。"
                if c.zh else
                "Do you mean the logo I added over the video (“remove the logo”), or one that is part of the "
                "footage? One in the footage I can't take out — only reframe so its corner is cut off."))]
        return [Hit(cropped.start(), refusal=(
            "我没法单独裁出或裁掉画面里的标志——这里的裁剪是改整个画面的比例（比如“改成4:5”），从中间裁；角落里的标志"
            "可以这样裁出画面，或者用你自己的logo盖住。" if c.zh else
            "I can't crop a logo out of the picture by itself — a crop here reshapes the whole frame (e.g. "
            "“make it 4:5”), cut around the centre; a logo in a corner can be cut off that way, or covered "
            "with your own logo."))]
    # "add photo2.jpg at the start, its our team logo card", "这张是我们的logo页": what the picture added is -
    # a card that shows the logo, never a logo laid over the video
    card = rx.search(r"\b(?:logo|branding)\s+(?:(?:title|end|intro|outro)\s+)?(?:cards?|slides?|screens?|"
                     r"plates?|"
                     r"pages?|bumpers?|splash(?:\s+screen)?|stings?|idents?|frames?)\b|"
                     r"(?:logo|台标|标志)\s*(?:卡片?|页|画面|封面|片头卡|结尾卡|图片?)", c.text)
    if card and re.search(r"\b(?:it'?s|its|it is|this is|that'?s|thats|which is|that is|"
                          r"the (?:pic|photo|image|"
                          r"picture|jpg|png) is)\b|(?:这|那|它|这张|那张)\s*(?:张|个)?\s*是",
                          c.text[:m.start()]):
        return [Hit(m.start())]
    # "remove the title but keep the logo", "logo保留": the logo left as it is - nothing to add or remove
    before = re.search(r"\b(?:keep|leave)\s+(?:the\s+|my\s+|our\s+|that\s+)?\Z|(?:保留|留着)\s*\Z",
                       c.text[:m.start()])
    after = re.search(r"\A\s*(?:保留|留着|别动|不动)", c.text[m.end():])
    if before or after:
        # the keep word itself is what explains the clause, not another 保留 elsewhere in it
        if before:
            note(c.text, before.start(), before.end())
        if after:
            note(c.text, m.end() + after.start(), m.end() + after.end())
        return [Hit(m.start())]
    worn = re.search(r"\b(?:logo|watermark)\s+(?:on|printed on|across)\s+(?:my|his|her|their|our|the|a|"
                     r"this|that)\s+(\w+)|(?:衣服|衣服上|t恤|帽子|杯子|车)\S{0,2}的\s*(?:logo|标志)", c.text)
    if worn and (worn.group(1) or "") not in ("screen", "video", "clip", "frame", "corner", "top", "bottom",
                                             "left", "right", "picture", "footage", "intro", "outro", "end",
                                             # "the logo watermark on my movie": the person's video, by
                                             # another name
                                             "movie", "film", "vid", "videos", "clips", "reel", "vlog",
                                             "edit", "stream", "short", "recording", "project", "content",
                                             "tape", "image", "frames"):
        return []  # "the selfie cam mirrored the logo on my shirt": a logo on a thing filmed, not one to add
    # "右下角有抖音水印，帮我去掉", "there's a tiktok watermark, get rid of it": a mark already in the
    # footage, its removal said in the next clause
    # ("右上角有个b站up主名字的水印": a creator's mark)
    in_footage = rx.search(r"有\S{0,6}(?:水印|台标)|(?:抖音|快手|小红书|b\s*站|西瓜|剪映|别人的?|原视频的?|"
                           r"(?:up\s*主|博主|主播)\S{0,4}?的|"
                           r"素材(?:里|上)的?)\S{0,3}(?:水印|台标)|"
                           r"\bthere'?s an? (?:\w+ )?(?:watermark|logo)\b|"
                           r"\b(?:tiktok|capcut|instagram|their|someone'?s|the old) (?:watermark|logo)\b",
                           c.text)
    if in_footage and in_footage.group(0).startswith("the old") and _logo_on(c.ctx.draft) is not None:
        in_footage = None  # "remove the old logo and put logo.png on instead": the one over the video
    # ("remove nothing, just add logo.png": a removal said of nothing is none)
    removal = (r"\b(?:remove|erase|delete|get rid of|blur out|hide|take off)\b(?!\s+(?:nothing|anything)\b)|"
               r"去掉|去除|删除|删掉|删了|删吧|抹掉|弄掉|"
               # ("之前加的那个logo去了吧": 去了 said of the mark is its removal)
               r"去了(?=\s*(?:吧|啊|呗|呀|哈)?\s*(?:$|[\s，,。.!！;；]))|"
               r"拿掉|撤掉|撤下|撤了|[pP]掉|去水印|"
               # ("右下角那个快手号水印帮我抠掉", "scrub out the watermark"): other verbs of taking a mark
               # off - never read as putting one on
               r"抠掉|抠了|抠走|抠除|擦掉|擦除|清掉|清除|消掉|消除|干掉|弄没|搞掉|整掉|去一下|去下|"
               r"\b(?:scrub|wipe|clean|cut|take|strip|rub)\s+(?:\w+\s+){0,3}?(?:out|off|away)\b")
    # "the clip has a watermark in the bottom right, can you take it off": one said to be there already
    there = re.search(r"\b(?:there'?s|theres|there is|it has|it'?s got|has (?:a|an|this|that))\b[^,;]*$",
                      c.text[:m.start()])
    raw_removal = removal + r"|\btake (?:it|that) (?:off|out)\b|\b(?:lose|ditch)\b"
    own = _own_mark(c, m)
    if own is not None and not in_footage and re.search(
            removal + r"|\b(?:take|get|pull|strip)\s+(?:\w+\s+){0,3}?(?:off|out|away)\b|"
                      r"\b(?:lose|ditch|kill|scrap)\b|" + _DROP_MARK, c.text):
        return own
    on = _logo_on(c.ctx.draft)
    if re.search(_NO_MARK_ADDED, c.text):
        rx.search(_NO_MARK_ADDED, c.text)
        return [Hit(m.start())]
    if not in_footage and not there and rx.search(_MARK_UNWANTED, c.text):
        # "no logo", "logo不要了", "i don't want the logo anymore": with one over the video it goes; with none
        # there is nothing to take off and none is added
        if on is not None:
            return [Hit(m.start(), [s.RemoveLogo()])]
        if not re.search(r"[,;，；。]|\b(?:and|then|but)\b|然后|再", c.ctx.raw.lower()):
            return [Hit(m.start(), refusal="视频上没有加台标，没有可去掉的——什么都没改。" if c.zh else
                        "There is no logo over the video to remove — nothing was changed.")]
        return [Hit(m.start())]
    if not in_footage and not rx.search(removal, c.text) and \
            (follow := _logo_follow_up(c, m, on)) is not None:
        return follow
    if re.search(_REMOVAL_DECLINED, c.text):
        # "不用去水印", "水印就不用去了", "no need to remove the watermark": the removal only declined -
        # nothing to refuse, and the mark stays as it is
        rx.search(_REMOVAL_DECLINED, c.text)
        rx.search(r"(?:[a-z]+\s+){1,2}(?=(?:watermark|logo)\b)|(?:(?!不用|不要|不需要|无需|不必|别|就|也)"
                  r"[\u4e00-\u9fff]){1,4}(?=水印|台标)", c.text)
        return [Hit(m.start(), note="好的，水印不去，保持原样。" if c.zh else
                    "OK — the watermark stays as it is.")]
    if rx.search(removal, c.text) or ((in_footage or there) and re.search(raw_removal, c.ctx.raw.lower())):
        zh = ("我没法去掉画面里已有的水印或标志——可以裁掉那个角（换画幅/裁切），"
              "或者在那里盖一个你的logo。")
        en = ("I can't remove a watermark or logo that is part of the footage — I can crop that corner out "
              "(reframe) or cover it with your own logo.")
        # "the tiktok watermark", "那个抖音号水印": the words naming the watermark are part of this reading
        rx.search(r"(?:[a-z]+\s+){1,2}(?=(?:watermark|logo)\b)|[\u4e00-\u9fff]{1,4}(?=水印|台标)", c.text)
        return [Hit(m.start(), refusal=zh if c.zh else en)]
    logo_like = [r for r in c.ctx.of_kind("image") if rx.search(r"logo|watermark|brand|icon|标志|"
                                                                r"水印", r.name.lower())]
    list(rx.finditer(r"\blogo\b|\bwatermark\b|水印|台标", c.text))  # "add logo.png as a watermark": one logo
    text, _ = own_part(c, m.start())  # "logo.png top right and b.mp4 as pip …": its words
    ref = c.ctx.pick(text, "image") or c.ctx.pick(c.text, "image") or next(iter(logo_like), None)
    if ref is None:
        return [Hit(m.start(), refusal="There is no image uploaded to use as a logo — upload a PNG or JPG "
                                       "first.")]
    kwargs: dict[str, Any] = {"media_id": ref.media_id}
    pos = position(others_placed(text, "image"))
    if pos:
        kwargs["pos"] = pos
    elif not rx.search(r"\b(?:in|into|on) (?:the|a) corner\b|角落", text) and \
            not re.search(r"\bcorner\b|角上|\bwherever\b|\byou (?:pick|choose|decide)\b|\bup to you\b|"
                          r"\bany ?where\b|随便|你(?:来)?(?:定|决定|看着)", c.ctx.raw.lower()) and \
            rx.search(r"\bsomewhere\b|\bsome ?place\b|某个(?:地方|位置)|某处|找个(?:地方|位置)", text):
        # "put the logo somewhere": a place is wanted but not said (a corner, "wherever" leave it to me)
        return [Hit(m.start(), question=(
            "放在哪里——左上、右上、左下还是右下角？比如“logo放右上角”。" if c.zh else
            "Where should the logo go — top left, top right, bottom left or bottom right? For example "
            "“put the logo in the top right”."))]
    pct = percent(text)
    # "small like 10%", "10% of the width", "缩小到10%": a percent said of the size is the scale
    sized = rx.search(r"(?:\b(?:small|tiny|little|big|large|size[d]?|scaled?|wide|width)\b|大小|尺寸|缩小到|"
                      r"缩放到?|宽度?)\W*(?:(?:like|about|around|at|to|of|maybe|roughly|approx\w*|~)\s*)*"
                      r"(\d+(?:\.\d+)?)\s*%|(\d+(?:\.\d+)?)\s*%\s*(?:size|scale|wide|width|"
                      r"of the (?:width|frame|screen|video|picture)|(?:的)?大小|宽)", text)
    scale = None
    if sized:
        scale = float(sized.group(1) or sized.group(2)) / 100
        pct = percent(text[:sized.start()] + text[sized.end():])
    if pct is not None and pct <= 1:
        transparent = rx.search(r"transparen|透明", text) and not rx.search(r"opacity|不透明度", text)
        kwargs["opacity"] = round(1 - pct if transparent else pct, 2)
    elif rx.search(r"semi[\s-]?transparent|\bfaint\b|\bsubtle\b|半透明", text):
        kwargs["opacity"] = 0.5
    if scale is not None and 0 < scale <= 1:
        kwargs["scale"] = scale
    # ("…on second thought put logo.png top left smaller": smaller than the one taken back - small)
    elif rx.search(r"\b(?:small|tiny|little|smaller|tinier)\b|小", text):
        kwargs["scale"] = LOGO_SMALL
    elif rx.search(r"\b(?:big|large|bigger)\b|大", text):
        kwargs["scale"] = LOGO_BIG
    return [Hit(m.start(), [s.AddLogo(**kwargs)])]


def pip_rule(c: Clause) -> list[Hit]:
    m = rx.search(r"\bpicture[\s-]?in[\s-]?picture\b|\bpip\b|画中画|\bin (?:the|a) corner\b|"
                  r"\bsmall (?:window|"
                  r"box)|"
                  r"\binset\b|小窗", c.text)
    if not m:
        # "overlay c.mp4 small in the bottom right corner like a webcam", "把c.mp4叠在右下角": a named clip
        # laid over the picture in a corner is a picture-in-picture
        m = rx.search(r"\boverlay\b|\bon top of\b|\bin (?:the |a )?(?:[a-z]+[\s-]?){0,2}corner\b|"
                      r"\b(?:like|as) an? (?:\w+ )?(?:webcam|facecam|face ?cam|reaction)\b|\bwebcam\b|"
                      r"\bface ?cam\b|"
                      # "show c.mp4 small in the top right": a named clip put in a corner, "corner" unsaid
                      r"\b(?:in|at|into)\s+(?:the\s+)?(?:top|bottom|upper|lower)[\s-]?(?:left|right)\b|"
                      # "show b.mp4 bottom right from 0:10 to 0:20": the corner said bare, right after the
                      # clip named (with a verb that shows it)
                      r"\b(?:show|put|place|display|stick|pop|have|add)\s+[\w-]+\.(?:mp4|mov|webm|mkv|m4v)"
                      r"\s+(?:(?:small|tiny|little)\s+)?(?:(?:in|at)\s+)?(?:the\s+)?(?:top|bottom|upper|lower)[\s-]?"
                      r"(?:left|right)\b|"
                      r"叠加|叠在|(?:左上|右上|左下|右下)角", c.text)
        if not m or not c.ctx.mentioned(c.text, "video"):
            return []
        list(rx.finditer(r"\b(?:like|as) an? (?:\w+ )?(?:webcam|facecam|face ?cam|reaction)"
                         r"(?: (?:window|video|cam))?\b|"
                         r"\bwebcam\b|\bsmall\b|\bcorner\b|小", c.text))
    main_srcs = {str(seg.get("src")) for t in c.ctx.draft.get("t", []) if t.get("role") == "main"
                 for seg in t.get("sg", [])}
    text, _ = own_part(c, m.start())  # "add logo.png top right and b.mp4 as pip …": the pip's own words
    named = [r for _, r in c.ctx.mentioned(text, "video", "image")] or \
        [r for _, r in c.ctx.mentioned(c.text, "video", "image")]
    if named and all(r.kind == "image" for r in named) and re.search(r"\bcorner\b", m.group(0)):
        return []  # an image in a corner is a logo (the logo rule's)
    candidates = named or [r for r in c.ctx.of_kind("video") if r.media_id not in main_srcs]
    if not candidates:
        return [Hit(m.start(), question="Which clip should go in the picture-in-picture? Upload it or name "
                                        "it.")]
    kwargs: dict[str, Any] = {"media_id": candidates[0].media_id}
    # what the overlay is said to be like is part of the same reading ("like an overlay, small in the corner")
    list(rx.finditer(r"\b(?:like|as) an? overlay\b|\boverlay\b|\bsmall\b|\bon top of\b|"
                     r"\b(?:(?:part of|over)\s+)?(?:the\s+)?(?:main\s+)?(?:video\s+)?picture\b(?![\s-]?in)",
                     text))
    # ("sitting on top of the main video, small in the corner": laid over it - no place said by "top")
    pos = position(re.sub(r"\bon top of\b", "        ", text))
    if pos and pos != "center":
        kwargs["pos"] = pos
    spans = ranges(text)
    if spans:
        kwargs["start_ms"], kwargs["end_ms"] = spans[0]
    elif (at := rx.search(rf"\b(?:at|from|after)\s*{T}", text)) is not None:
        kwargs["start_ms"] = int(at.group(1))
    elif (at := rx.search(rf"(?:从|在|于)\s*(?:第\s*)?{T}\s*(?:的)?\s*(?:位置|地方|处|那里|时候?)?"
                          rf"\s*(?:开始|起|出现|进来)|"
                          rf"{T}\s*(?:之后|以后|后)\s*(?:开始|出现)?", text)) is not None:
        # "把b.mp4做成画中画 从3秒的位置开始": where it comes in
        kwargs["start_ms"] = int(next(g for g in at.groups() if g))
    elif (first := rx.search(rf"\b(?:first|opening)\s*{T}|前\s*{T}", text)) is not None:
        # "for the first 10 s"
        kwargs["start_ms"], kwargs["end_ms"] = 0, int(first.group(1) or first.group(2))
    elif (last := rx.search(rf"\b(?:last|final)\s*{T}|最后\s*{T}", text)) is not None and c.ctx.total_ms:
        kwargs["start_ms"] = max(0, c.ctx.total_ms - int(last.group(1) or last.group(2)))
        kwargs["end_ms"] = c.ctx.total_ms
    # ("put b pip top right and music quieter at 12%": a level said of a sound is no size of the pip)
    pct = percent(re.sub(r"\b(?:music|bgm|song|audio|sound|volume|voice)\b[^,;.]*?\d+(?:\.\d+)?\s*%|"
                         r"(?:音乐|配乐|音量|声音|原声)[^，,；;。]*?\d+(?:\.\d+)?\s*%", " ", text))
    if pct is not None and pct <= 1:
        kwargs["scale"] = pct
    elif (part := rx.search(r"\b(?:at\s+)?(?:(half)|(?:a\s+|one\s+)?(quarter))(?:\s+the)?[\s-]+"
                            r"(?:size|scale|sized)\b|(一半|四分之一)(?:的)?(?:大小|尺寸)", text)) is not None:
        # "pip c.mp4 bottom right at half size", "a quarter the size", "一半大小": the size said as a part
        kwargs["scale"] = 0.5 if (part.group(1) or part.group(3) == "一半") else 0.25
    elif (size := rx.search(r"\b(?:tiny|teeny|teensy|very small|really small|super small|extra small|"
                            r"small-?ish)\b|(?:很|超|特别|非常)小|小小的|迷你|"
                            r"\b(?:big|bigger|large|larger|biggish)\b|大一?点|大些", text)) is not None:
        # "as picture in picture, tiny", "画中画小小的放右上角": a size word gives the scale - tiny, or big
        # ("small" is the pip's own default; a percent or "half size" said is read above)
        kwargs["scale"] = PIP_BIG if re.search(r"big|larg|大", size.group(0)) else PIP_TINY
    return [Hit(m.start(), [s.PictureInPicture(**kwargs)])]


def face_rule(c: Clause) -> list[Hit]:
    """ "cropped on the speaker's face", "crop to follow my face", "画面跟着人脸走": a crop that follows the
    face, on the canvas the draft has when it is not the clip's own shape; else which shape is asked."""
    text = c.text
    m = rx.search(_FACE_VERB, text)
    list(rx.finditer(_FACE_VERB, text))
    if not m or not list(rx.finditer(_FACE, text)) or re.search(r"‹r\d+by\d+›|\bvertical|\bportrait|\bsquare|"
                                                               r"\bhorizontal|\blandscape|竖|横|方形", text):
        return []
    if re.search(r"\bblur|\bremove|\bhide|\bsticker|\bmosaic|\bpixel|\bzoom|打码|马赛克|模糊|遮", text):
        return []  # other things done to a face, not a crop that follows it
    meta = c.ctx.draft.get("m", {})
    w, h = int(meta.get("width", 0) or 0), int(meta.get("height", 0) or 0)
    canvas = next((r for r, size in RATIO_SIZES.items() if size == (w, h)), None)
    main = next((t for t in c.ctx.draft.get("t", []) if t.get("role") == "main"), None)
    srcs = {str(g.get("src")) for g in (main or {}).get("sg", [])}
    clips = [v for v in c.ctx.of_kind("video") if v.media_id in srcs and v.width and v.height]
    same_shape = bool(clips) and all(abs(v.width / v.height - w / max(1, h)) < 0.02 for v in clips)
    if canvas is not None and not (same_shape or (not clips and canvas == "16:9")):
        return [Hit(m.start(), [s.SetAspect(ratio=canvas, fit="face")])]  # type: ignore[arg-type]
    return [Hit(m.start(), question=(
        "裁成什么形状、跟着人脸走？比如竖屏 9:16、正方形 1:1 或 4:5。" if c.zh else
        "Crop to which shape, following the face — vertical 9:16, square 1:1 or 4:5?"))]
