"""What every rule shares: the Hit it returns and small readers (times, percents, ordinals, positions)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from vidai_nb.engine.ops import OpBase

from .. import cached_re as re
from ..context import ParseContext
from ..reading import RECORDER, note, rx
from ..timeparse import TIME
from .repair import DUB_WORK

T = TIME  # §(\d+)§
SEP = r"\s*(?:-|–|—|~|up to|to|and|until|till|through|thru|到|至)\s*"
# "速度减半", "速度砍一半", "把播放速度降到一半", "速度砍掉一半吧": the speed halved is half speed - never the
# length (a speed word before 砍一半 says what is halved)
SPEED_HALVED = (r"(?:播放)?(?:速度|速率)\s*(?:再|就|给我|帮我)?\s*(?:减|砍|降|降低|减少|放慢|调慢|调低|慢)\s*"
                r"(?:掉|了|去|到|成)?\s*(?:原来的?|现在的?)?\s*(?:一半|半)")
# ("the first 10 sec and 0:40-0:50": a time joined by "and" to one that starts a range of its own is no range)
# ("keep the first 10 seconds and 0:40 to the end": a time that runs on to the end starts a part of its
# own - the time before it is no start of a range with it)
RANGE_RE = re.compile(rf"{T}{SEP}{T}(?!\s*(?:-|–|—|~|to|until|till|through|thru|到|至)\s*"
                      rf"(?:§|(?:the\s+)?(?:very\s+)?"
                      rf"end\b|(?:视频的?|片子的?)?(?:结尾|最后|末尾|结束))|\s*onwards?\b)")
# how viewers watch: "watch it on mute", "most ppl scroll with the sound off", "viewers have their phones
# muted" - the reason for captions, not a change of the sound
VIEWING = (r"\b(?:watch|view|scroll|see|browse|listen)\w*\b(?:\s+[\w']+){0,4}?\s+(?:on mute|muted|"
           r"with(?:out)? (?:the |any |their )?(?:sound|audio|volume)(?: off)?|(?:with )?(?:the )?sound off|"
           r"no sound)\b|"
           r"\b(?:people|ppl|viewers|folks|everyone|everybody|users|most|customers|buyers)\b(?:\s+[\w']+){0,4}?"
           r"\s+(?:on mute|muted|(?:with )?(?:the )?sound off)\b|"
           # "很多人静音刷视频", "好多人都是静音刷抖音的", "大家刷视频都不开声音": how people watch (a reason
           # for captions), never a mute of this video
           r"(?:静音|关着?声音|不开声音|没开声音|开着?静音)\s*(?:状态下?|模式下?)?\s*(?:的时候|时)?\s*"
           r"(?:在|去)?\s*(?:刷|看|观看|浏览|播放|听)|"
           r"(?:刷|看)(?:视频|抖音|快手|小红书|b站|视频号|手机)?(?:的时候|时)?(?:都|也|基本|一般|习惯)?"
           r"(?:是)?(?:静音|关着?声音|不开声音|没开声音|开着?静音)")
# "a muted moody look", "muted colours", "make the colors more muted": less saturated - never the sound muted
MUTED_LOOK = (r"\bmuted\s+(?:[a-z]+\s+)?(?:look|colou?rs?|tones?|palette|grade|grading|hues?|feel|vibe|"
              r"shades?|aesthetic|style)\b|\b(?:colou?rs?|tones?|palette|hues?)\s+(?:\w+\s+){0,2}?muted\b")


# "节奏太慢了", "it's way too slow": the pace now, complained about - it asks for faster, not slower
SLOW_COMPLAINT = (r"(?:太|有点|有些|好|很|真|比较|特别|过于)\s*(?:拖沓|慢)\s*(?:了|啊|呀)?|拖沓|"
                  r"\b(?:too|so|way too|kinda|really|very|super)\s+slow\b|\bdrags?\b|\bdragging\b")
# "a recording of paramecium at 40x", "filmed under the microscope at 100x", "40x magnification": how far
# the picture is magnified - said of what was filmed, never a speed
MAGNIFIED = re.compile(
    r"\b\d+(?:\.\d+)?\s*[x×]\s+(?:magnification|mag|zoom|objective|lens|optical)\b|"
    r"\b(?:magnif\w*|microscope|objective|zoom(?:ed)?(?:\s+in)?|lens|telescope|scope)\b[^,;.!?]{0,30}?"
    r"\b(?:at|of|to|is)\s+\d+(?:\.\d+)?\s*[x×](?!\w)|"
    r"\b(?:recording|footage|video|clip|shot|filmed|film|captured|timelapse|image|images)\s+"
    r"(?:of|under|through)\s+(?:(?!(?:speed|slow|fast|play|make|set|put|change|turn)\b)[\w'-]+\s+){1,5}?"
    r"at\s+\d+(?:\.\d+)?\s*[x×](?!\w)(?![^,;.!?]*\b(?:speed|slow|fast|play))|"
    r"(?:显微镜|物镜)[^，,。；;]{0,8}?\d+(?:\.\d+)?\s*倍|(?<=显微镜下)\s*放大\s*\d+(?:\.\d+)?\s*倍")

# 配音 (a voice-over) asked for - not the word naming the footage itself: "学生配音作业" (dubbing homework),
# "三个学生配音按顺序拼起来" (three dubbing recordings, counted) are what was uploaded, and the edit on them
# stands ("上面要配音乐的": 配 + 音乐 is music put on - no voice-over either)
# (the count is normalised to digits, a space after them: "3 个学生配音"; one - "加一段配音", "配个配音" -
# is a voice-over asked for)
_COUNTED = r"[两三四五六七八九十几02-9]"
DUB_ASKED = ("".join(f"(?<!{_COUNTED}{gap}[个段位名组]{who})" for gap in ("", " ")
                     for who in ("", "学生", "同学", "学生的", "同学的"))
             + r"配音(?![乐频量效])" + DUB_WORK)


def dub_named(text: str) -> list[tuple[int, int]]:
    """Where "配音" names the footage ("学生配音作业", "三个学生配音") rather than asks for a voice-over: its
    words are no edit words left unread."""
    asked = re.compile(DUB_ASKED)
    return [(m.start(), m.end()) for m in re.finditer("配音", text) if asked.match(text, m.start()) is None]


@dataclass
class Hit:
    """One thing understood in a window of the request, at a position (kept in the order said)."""

    pos: int
    ops: list[OpBase] = field(default_factory=list)
    question: str | None = None
    refusal: str | None = None
    export: dict[str, Any] | None = None
    note: str | None = None  # said in the reply's details (e.g. which reading of a length was taken)
    target_ms: int | None = None  # a length asked for ("trim it to 12 s"), not a place in the video
    # the speed reached from a length asked for ("make it 30 s by speeding it up"): a bare "speed it up"
    # said elsewhere in the request is the same wish, not a second speed change
    speed_from_length: bool = False


@dataclass
class Clause:
    text: str
    ctx: ParseContext

    def find(self, pattern: str) -> re.Match[str] | None:
        return rx.search(pattern, self.text)

    def has(self, pattern: str) -> bool:
        return rx.search(pattern, self.text) is not None

    def pos(self, pattern: str) -> int:
        m = rx.search(pattern, self.text)
        return m.start() if m else 0

    @property
    def zh(self) -> bool:
        return self.ctx.chinese


# "make everything except the cat black and white", "keep only the red dress in colour", "除了猫都变黑白":
# one thing kept in colour (a colour splash) - colour here is the whole picture's
_BW = r"(?:black\s*(?:and|&|n)\s*white|b\s*&\s*w|b/w|gr[ae]y\s*scale|gr[ae]y|monochrome|desaturated)"
_ONE = (r"(?:the|his|her|my|our|their|that|this)\s+(?!(?:[\w'-]+\s+){0,2}(?:intro|outro|"
        r"opening|ending|end|start|beginning|first|last|middle|final|clips?|parts?|sections?|segments?|"
        r"scenes?|shots?|bits?|seconds?|"
        r"minutes?|titles?|text|captions?|subtitles?)\b)(?:[\w'-]+\s+){0,2}?[\w'-]+")
SELECTIVE_COLOUR = (
    rf"\b(?:everything|all|the whole (?:thing|video|picture|frame|shot)|the rest|the background|the scene)"
    rf"(?:\s+else)?\s+(?:except|but|apart from|other than|besides|save)\s+(?:for\s+)?{_ONE}\s+"
    rf"(?:(?:in|to|into|go|turn|be)\s+)?{_BW}\b|"
    rf"\b{_BW}\s+(?:everything\s+|all\s+)?(?:except|but|apart from|other than|besides)\s+(?:for\s+)?{_ONE}|"
    rf"\b(?:keep|leave)\s+(?:only|just)\s+{_ONE}\s+(?:in\s+)?colou?r(?:ed|ful)?\b|"
    rf"\b(?:only|just)\s+{_ONE}\s+(?:stays?|remains?|is|in)\s+(?:in\s+)?colou?r\b|"
    rf"\bcolou?r\s+(?:splash|isolation|pop effect)\b|\bselective\s+colou?r|"
    r"除了\s*(?![^，,。]{0,8}?(?:开头|结尾|片头|片尾|前|后|第|秒|§|段|标题|字幕))\S{1,8}?\s*"
    r"(?:以外|之外)?\s*(?:其他|其余|别的)?\S{0,3}?(?:都|全|全部)\S{0,4}?(?:黑白|灰色)|"
    r"只\s*(?:保留|留)\s*\S{1,8}?\s*(?:的)?\s*(?:颜色|彩色)")

def clock(ms: int) -> str:
    sec = ms / 1000
    m, rest = divmod(sec, 60)
    return f"{int(m)}:{rest:04.1f}" if rest != int(rest) else f"{int(m)}:{int(rest):02d}"


def speed_for_length(length: int, target: int) -> float:
    """The speed that makes `length` ms last `target` ms, to 1e-4: "so it lasts 90 seconds" of 60 s is
    0.6667 (89.996 s) - two decimals (0.67) would leave it 0.45 s short."""
    return round(length / target, 4)


def target_note(length: int, total: int, zh: bool) -> str:
    """A target length was read as the first part: say so, and how to ask for another part."""
    other = f"{clock(total - length)}–{clock(total)}"
    if zh:
        return (f"我保留了开头的 {length / 1000:g} 秒（0:00–{clock(length)}）；"
                f"如果想要别的部分，可以说“保留 {other}”。")
    return (f"I kept the first {length / 1000:g} s (0:00–{clock(length)}); for another part say e.g. "
            f"“keep {other}”.")


def times(text: str) -> list[int]:
    return [int(x) for x in rx.findall(T, text)]


# "etsy videos have to be 5 to 15 seconds", "clips must be between 10 and 30 s long": a range said as the
# length something should have, not a part of the timeline
_LENGTH_BEFORE = re.compile(
    r"\b(?:(?:has|have|had|needs?|got)\s+to|must|should|can|could|will|may|might|ought\s+to)\s+(?:only\s+)?be"
    r"\s+(?:between\s+|from\s+|only\s+|about\s+|around\s+|roughly\s+)?$|"
    r"\b(?:lasts?|runs?|allowed|allow|accepts?|limit(?:ed)?(?:\s+to)?)\s+(?:between\s+|from\s+)?$")
_LENGTH_AFTER = re.compile(r"\s*(?:long|in length)\b")


def length_span(text: str, m: re.Match[str]) -> bool:
    """The range matched at m is a length said as a requirement ("has to be 5 to 15 seconds long")."""
    return bool(_LENGTH_BEFORE.search(text[max(0, m.start() - 40):m.start()]) or
                _LENGTH_AFTER.match(text, m.end()))


def ranges(text: str) -> list[tuple[int, int | None]]:
    out: list[tuple[int, int | None]] = []
    for m in re.finditer(RANGE_RE, text):
        if length_span(text, m):
            note(text, m.start(), m.end())  # read: a length, said beside the edit
            continue
        note(text, m.start(), m.end())
        a, b = int(m.group(1)), int(m.group(2))
        if b > a:
            out.append((a, b))
    return out


def said_part(words: str, total: int, find: Any = re.search, to_end: bool = False) -> tuple[int, int] | None:
    """The part of the video these words name: a range ("0:10-0:20", "10秒到20秒"), the first or last so
    much ("the first 10 s", "最后5秒"), or with `to_end` from a time to the end ("from 0:40 to the end").
    `find` is the search used for the first/last/to-the-end forms (rx.search records the words read)."""
    spans = [(a, b) for a, b in ranges(words) if b is not None and 0 <= a < b <= total]
    if spans:
        return spans[0]
    if first := find(rf"\b(?:first|opening)\s+{T}|(?:前|开头)\s*{T}", words):
        return 0, int(first.group(1) or first.group(2))
    if last := find(rf"\b(?:last|final|closing)\s+{T}|(?:最后|结尾)\s*{T}", words):
        return total - int(last.group(1) or last.group(2)), total
    if to_end and (frm := find(rf"\b(?:from|after)\s+{T}\s*(?:to|till|until|through)\s+(?:the\s+)?end\b|"
                               rf"从\s*{T}\s*(?:到|至)\s*(?:最后|结尾)", words)):
        return int(frm.group(1) or frm.group(2)), total
    return None


def percent(text: str) -> float | None:
    m = rx.search(r"(\d+(?:\.\d+)?)\s*%", text)
    return float(m.group(1)) / 100 if m else None


ORDINALS = {"middle": 0, "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "last": -1, "final": -1}
SEG_WORD = r"(?:clips?|segments?|parts?|shots?|scenes?|pieces?|videos?|sections?|cuts?)"


# a join between two clips (or the transition at it) named in Chinese: "接口", "衔接处", "转场"
JUNCTION_ZH = r"(?:接口|衔接|连接处|接缝|交界|接头|拼接处|转场|过渡|切换处|剪辑点|切点)"


def segment_refs(c: Clause) -> list[tuple[int, int]]:
    """(position, 1-based index) of clips referred to: "the second clip", "clip 3", "第2段", "the last"."""
    out: list[tuple[int, int]] = []
    n = c.ctx.segment_count
    # "the last one" ("one" is read as 1 by then): a clip, when no unit follows
    # ("the middle bit": a clip too, when clips are what is in the middle - split or uploaded)
    # ("split at 0:20 and 0:40 and chuck the last bit": with splits said in the request, a bit of any place is
    # one of the pieces they leave)
    bit = r"(?:bit|chunk)\b|" if c.ctx.said_splits else r"(?<=middle )(?:bit|chunk)\b|"
    pat = (rf"\b({'|'.join(ORDINALS)})\s+(?:(?:one|video )?{SEG_WORD}|{bit}one|"
           r"1(?!\s*(?:s\b|sec|min|秒|%|x\b|\.\d)))\b|"
           # ("repeat the video 3 times": how many times, not clip 3)
           rf"\b{SEG_WORD}\s*(?:#|number\s*|num(?:ber)?\.?\s*|no\.?\s*)?(\d+)\b(?!\.|\s*%|x\b|\s*times?\b)|"
           # "最后一个片段" reads "最后 1 个片段" by now
           # ("第一个接口不要", "第二个转场换成叠化": 个 counting the joins or the transitions between the
           # clips - a junction, never a clip)
           r"第\s*(\d+)\s*(?:段|个(?!\s*(?:的\s*)?" + JUNCTION_ZH + r")|节|部分|条)|"
           r"最后\s*(?:一|1)?\s*(?:段|个)(?:片段|视频|镜头)?")
    for m in rx.finditer(pat, c.text):
        if m.group(1):
            idx = ORDINALS[m.group(1)]
        elif m.group(2):
            idx = int(m.group(2))
        elif m.group(3):
            idx = int(m.group(3))
        else:
            idx = -1
        if idx == 0 and n < 3 and re.search(r"(?:bit|chunk)$", m.group(0)):
            continue  # "speed up the middle bit from 0:15 to 0:45": a stretch of one clip, not a clip
        if idx == 0:  # "the middle clip"
            idx = (n + 1) // 2
        out.append((m.start(), n if idx == -1 else idx))
        # "clip 1 and 2", "clips 2 & 3": the number listed after the one that carries the word for clips
        if m.group(2) and (more := re.match(r"\s*(?:,|、|\band\b|&|\bor\b)\s*(\d+)\b(?!\.\d|\s*(?:%|x\b|s\b|"
                                            r"sec|min|ms\b|秒|分))", c.text[m.end():])):
            note(c.text, m.end(), m.end() + more.end())
            out.append((m.end() + more.start(1), int(more.group(1))))
        # "the second and third clips", "the first, second and last clip": ordinals listed before the one
        # that carries the word for clips are clips too
        at = m.start()
        while m.group(1) and (more := re.search(rf"\b({'|'.join(ORDINALS)})\s*(?:,|、|\band\b|&|\bor\b)\s*"
                                                 r"(?:the\s+)?$", c.text[:at])):
            note(c.text, more.start(), at)
            idx = ORDINALS[more.group(1)]
            out.append((more.start(), n if idx == -1 else (n + 1) // 2 if idx == 0 else idx))
            at = more.start()
    if not out:
        # "the kitchen clip (third)", "the dog shot (#2)": a clip called by what it shows, its place said in
        # brackets after it - the place is the clip
        for m in rx.finditer(rf"\b{SEG_WORD}s?\s*[(（]\s*(?:the\s+)?(?:({'|'.join(ORDINALS)})(?:\s+(?:one|1|"
                             rf"{SEG_WORD}))?|(?:#|no\.?\s*|number\s*)?(\d+))\s*[)）]|"
                             r"(?:段|片段|视频|镜头)\s*[(（]\s*第\s*(\d+)\s*(?:段|个)?\s*[)）]", c.text):
            idx = ORDINALS[m.group(1)] if m.group(1) else int(m.group(2) or m.group(3))
            out.append((m.start(), n if idx == -1 else (n + 1) // 2 if idx == 0 else idx))
            # the words for what the clip shows, before it, are part of the same reference
            rx.search(r"\b(?:the|my|our|that|this)\s+(?:[\w'-]+\s+){0,2}$", c.text[:m.start()])
    out.sort()
    if n >= 2 and not out:  # "删掉中间那段", "把后面那段复制一遍" once there are pieces to point at
        # ("分成4段 把最后那段删掉", "中间那个片段不要了")
        for m in rx.finditer(r"(中间|前面|前边|后面|后边|最后|最前)\s*(?:那|这)\s*(?:1\s*)?"
                             r"(?:段|部分|截|个片段|个视频|个镜头)", c.text):
            word = m.group(1)
            out.append((m.start(), (n + 1) // 2 if word == "中间" else 1 if "前" in word else n))
    if c.ctx.said_splits == 1 and n == 2 and not out:
        # "在0:30分割，把后半段删掉", "split at 0:30 and delete the part after it": the two pieces one split
        # said in the same request leaves
        # ("split at 0:32 and delete the second half": the halves are the two pieces, never half the length)
        for m in rx.finditer(r"(前|后)半(?:段|部分|截|边)|"
                             r"\b(?:the\s+)?(?:part|bit|piece|half|section|stuff|everything)\s+(before|after)\s+"
                             r"(?:it|that|this|the (?:split|cut|edit point)|that point|there)\b|"
                             r"\b(?:the\s+)?(first|1st|second|2nd|latter|former)\s+half\b", c.text):
            out.append((m.start(), 1 if (m.group(1) or m.group(2) or m.group(3)) in ("前", "before", "first",
                                                                                     "1st", "former") else 2))
    return out


# where one change's words end and the next one's begin inside a clause ("brighter and the music to 60%")
_PART_ENDS = r"\band\b|\bthen\b|[,;，；。]|并且?|同时|然后|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])"
# what a part may be about: a sound track, the picture's colour, the speed
THING_NAMED = (r"\b(?:music|song|bgm|soundtrack|voice|audio|sound|volume|narration|vocals?)\b|"
               r"\b(?:bright\w*|dark(?:er|en)|contrast\w*|saturat\w*)\b|"
               r"\b(?:speed\w*|faster|slower|slow\w*|pace)\b|"
               r"音乐|配乐|背景音|声音|音量|原声|人声|亮度|对比度|饱和度|调亮|调暗|速度|倍速|加速|减速")


def amounts_of_blanked(text: str, amount: str, other: str) -> str:
    """The clause with the amounts (a pattern) said in a part about another thing (`other`) blanked,
    positions kept: "add crossfades of 1s and a 3s fade out" - the 1 s is the crossfade's, not the fade's."""
    bounds = [0, *(m.end() for m in re.finditer(_PART_ENDS, text)), len(text)]
    out = text
    for a, b in itertools.pairwise(bounds):
        if re.search(other, text[a:b]):
            out = out[:a] + re.sub(amount, lambda m: " " * len(m.group(0)), out[a:b]) + out[b:]
    return out


def part_at(text: str, pos: int) -> str:
    """The part of the clause around `pos`, between the words that join two changes ("and", a comma)."""
    bounds = [0, *(m.end() for m in re.finditer(_PART_ENDS, text)), len(text)]
    start = max(b for b in bounds if b <= pos)
    end = min((b for b in bounds if b > pos), default=len(text))
    return text[start:end]


def not_its_part(text: str, amount: str, own: str) -> bool:
    """The amount (a pattern) is said in a part of the clause that names another thing and none of this
    reading's own words (`own`): "speed it up a bit and the music down to 20%" - the 20 % is the music's."""
    m = re.search(amount, text)
    if m is None:
        return False
    part = part_at(text, m.start())
    return re.search(THING_NAMED, re.sub(own, " ", part)) is not None and re.search(own, part) is None


def other_parts_blanked(text: str, amount: str, own: str, thing: str = THING_NAMED) -> str:
    """The clause with each part that says an amount (a pattern) about another thing - it names the picture
    or the speed (`thing`, THING_NAMED unless said) and none of this reading's words (`own`) - blanked out,
    positions kept."""
    bounds = [0, *(m.end() for m in re.finditer(_PART_ENDS, text)), len(text)]
    out = text
    for a, b in itertools.pairwise(bounds):
        part = text[a:b]
        if re.search(amount, part) and re.search(own, part) is None and re.search(thing, part):
            out = out[:a] + " " * (b - a) + out[b:]
    return out


def own_part(c: Clause, at: int) -> tuple[str, int]:
    """The stretch of the clause that belongs to the media file said at or before `at`, and where it starts:
    "add logo.png top right and b.mp4 as pip bottom left from 0:05 to 0:20" - each file's position and
    times are the words between its name and the next file named (the first file also has the words
    before it). The whole clause when it names fewer than two files."""
    token = RECORDER.set(None)  # finding the names is not reading them for this reading
    try:
        named = sorted({p for p, r in c.ctx.mentioned(c.text) if r.kind in ("video", "image", "audio")})
    finally:
        RECORDER.reset(token)
    if len(named) < 2:
        return c.text, 0
    k = max(0, sum(1 for p in named if p <= at) - 1)
    start = 0 if k == 0 else named[k]
    end = named[k + 1] if k + 1 < len(named) else len(c.text)
    return c.text[start:end], start


def end_cut_question(last: bool, zh: bool, word: str = "") -> str:
    """ "trim the start", "剪掉结尾": an end to cut with no amount - how much, in the request's language.
    An intro or outro named ("delete the intro part", "片头不要"): how long it is."""
    if word in ("intro", "opening", "outro", "片头", "片尾"):
        part = {"intro": "intro", "opening": "intro", "outro": "outro"}.get(word, word)
        if zh:
            return (f"{part}有多长——{'最后' if last else '前'}5秒吗？"
                    f"可以说“剪掉{'最后' if last else '前'}5秒”。")
        return (f"How long is the {part} — the {'last' if last else 'first'} 5 seconds? Say e.g. “cut the "
                f"{'last' if last else 'first'} 5 seconds”.")
    if zh:
        return f"{'结尾' if last else '开头'}剪掉多少？比如“剪掉{'最后' if last else '前'}5秒”。"
    return (f"How much off the {'end' if last else 'start'} — for example “cut the "
            f"{'last' if last else 'first'} 5 seconds”?")


# "480p", "1440p": a height that is none of the resolutions offered (720p, 1080p, 4K); asked about, never
# made at another one (by the resolution rule and the export rule alike)
UNOFFERED_HEIGHT = r"(?<![\d.])(?:144|240|360|480|540|1440)\s*p\b"


def unoffered_resolution(said: str, zh: bool, export: bool = False) -> str:
    """The question asked for a resolution that is not offered ("480p", "2k"), naming the ones that are:
    one text for the resolution rule and the export rule (`export`: it was asked of the export)."""
    if zh:
        return (f"{said} 这个分辨率我导出不了——可选的是720p、1080p和4K。要用哪一个导出？" if export else
                f"{said} 这个分辨率我做不了——可选的是720p、1080p和4K。要用哪一个？")
    return (f"I can't export at {said} — the resolutions I have are 720p, 1080p and 4K. Which one should I "
            "export at?" if export else
            f"I can't make it {said} — the resolutions I can set are 720p, 1080p and 4K. Which one would you "
            "like?")


# "最后出片要4k", "直接出片": 出片 (the finished file made) is the export - not 出片头 (an intro), not
# "很出片" (photogenic), nor "出片颜色淡了" (how the file came out): said as the last step, or with its
# format or size
EXPORT_FILM_ZH = (r"(?:最后|直接|然后|再|马上|帮我|给我|就|可以|准备)\s*出片(?![头尾段子感率])"
                  r"(?!\s*(?:后|以后|之后|的时候|时)?\s*(?:的)?\s*(?:颜色|画面|声音|音乐|效果|画质)?\s*"
                  r"(?:太|有点|很|变|怎么|不对|没有|没了|糊|淡))|"
                  r"(?<![很超好不太])出片(?![头尾段子感率])(?=\s*(?:要|就|用|选|成|是|得)?\s*"
                  r"(?:(?:720|1080|2160)\s*p\b|4k\b|mp4\b|mov\b|webm\b|格式|分辨率))")


def format_as_file(text: str) -> re.Match[str] | None:
    """ "格式mp4", "mp4格式", "4k mp4 please", "give it to me as a 720p webm": the file's format said as
    the file wanted (with its size) - an export, whose resolution the size is. Not a format said of the
    footage ("素材是mov格式的")."""
    fmt = r"(mp4|mov|webm)\b"
    res = r"(?:720p?|1080p?|4k|2160p?|uhd)"
    m = re.search(rf"格式\s*(?:是|为|用|要|选|选择|改成|换成)?\s*{fmt}|"
                  rf"(?<![a-z])(?:mp4|mov|webm)\s*格式|"
                  rf"\b{res}\s+(?:的\s*)?{fmt}|{res}\s*的\s*{fmt}|"
                  rf"\bas\s+(?:an?\s+)?{res}\s+{fmt}", text)
    if m and re.search(r"(?:是|原|素材|源|拍的|录的)\S{0,3}\s*$|\b(?:is|was|are|in|from)\s+(?:an?\s+)?$",
                       text[max(0, m.start() - 8):m.start()]):
        return None
    if m:
        note(text, m.start(), m.end())
    return m


def capped_resolution(text: str, export_end: int) -> bool:
    """ "输出最高720p就行", "export max 720p": right after the export word, a resolution said as a ceiling
    (max, at most, 最高, 不超过) - the picture's size, not an export asked for."""
    # ("输出分辨率限制在720p", "output resolution capped at 720p": the resolution named between the export
    # word and its ceiling, the ceiling said by a verb of limiting)
    return re.match(r"\s*(?:(?:it|this|the video)\s+)?(?:(?:的\s*)?分辨率\s*|resolution\s+)?"
                    r"(?:(?:is|should be)\s+)?"
                    r"(?:at\s+|in\s+)?(?:max(?:imum)?|at most|up to|"
                    r"no (?:more|higher|bigger) than|(?:capped|limited|kept)\s+(?:at|to)|"
                    r"最高|最大|最多|不超过|不高于|封顶|(?:限制|限定|控制|锁定)\s*(?:在|到|为))\s*"
                    r"(?:of\s+|at\s+|到\s*)?(?:720|1080)p?\b", text[export_end:]) is not None


# a step of a request said after another ("…删了 然后…", "…, then …", "… and …")
_STEP = r"然后|接着|之后|\bthen\b|\band\b|[,，;；。]"
_REMOVED = r"\b(?:cut|remove|delete|drop|trim|lose|ditch|skip|get rid of)\b|删|去掉|剪掉|砍掉|不要"


def file_step(text: str, at: int) -> int:
    """ "0:05-0:15删了 然后0:20到0:23做个gif", "remove 0:00-0:04 and grab a thumbnail at 0:20": where the
    step that asks for a file of its own part (its word at `at`) begins, when a step before it cuts a part
    said by its times - those times are the cut's, not the file's. 0 when no such earlier step is said."""
    step = next(reversed(list(re.finditer(_STEP, text[:at]))), None)
    if step and re.search(TIME, text[step.end():]) and re.search(TIME, text[:step.start()]) and \
            re.search(_REMOVED, text[:step.start()]):
        return step.end()
    return 0


def own_resolution(text: str, start: int, end: int, export_at: int) -> bool:
    """ "顺时针转90度，分辨率改成720p，然后导出": the resolution (text[start:end]) is changed in a clause of
    its own before the export: the picture's size (the export keeps it), not only the export's."""
    named = re.search(r"(?:分辨率|\bresolution\b)[^,，;；]{0,16}$", text[:start]) or re.search(
        # "rotate 180 and make it 720p then export as mov": the picture made that size with a verb of its own,
        # then (or after a comma) the export - as the resolution named ("make it 720p and export webm", one
        # breath with the export, stays the export's)
        r"(?:\b(?:make|set|change|convert|scale|resize|turn|bring|drop|downscale|switch)\s+(?:it|this|"
        r"the video|everything|the clip)?\s*(?:to|into|down to|at)?|"
        r"(?:改成|改为|转成|调成|调到|设成|设为|做成|弄成|降到|压到|压成|压缩(?:成|到)|降成|缩(?:成|到)))\s*$",
        text[:start])
    # "cap it at 720p and export mov", "最高720p，导出mov": a ceiling said before the export, in its own
    # words (joined by "and" too), is the picture's size as "cap it at 720p" alone is
    ceiling = re.search(r"(?:\b(?:cap|caps|capped|limit|limited|max(?:imum)?|at most|"
                        r"no (?:more|higher|bigger) than)\b|最高|最大|不超过|不高于|封顶|限制)"
                        r"[^,，;；]{0,12}$",
                        text[:start])
    # ("分辨率压到720p 最后导个mp4", "…接着导出": the export said as the last step is a step of its own)
    apart = r"[,;，；]|\bthen\b|然后|再|最后|接着|随后|之后" + (r"|\band\b|并且?" if ceiling else "")
    if end <= export_at and not text[:start].strip() and re.search(r"[\u4e00-\u9fff]", text):
        # "720p 1.5倍速 导出webm": the resolution said first, alone, then another edit of its own before the
        # export (listed with spaces, as "720p, 1.25x speed, export as webm" is with commas) - the picture's
        # size, as the English reads (nothing of the file - frames, bitrate, format - said between)
        between = text[end:export_at]
        if re.match(r"\s", between) and re.search(
                r"\d|倍速|加速|减速|慢放|快放|慢动作|字幕|音乐|静音|[加去删剪裁转调淡]", between) and \
                not re.search(r"帧|fps|码率|格式|画质|高清|超清|文件|的\s*$", between, re.IGNORECASE):
            return True
    return end <= export_at and (named is not None or ceiling is not None) and \
        re.search(apart, text[end:export_at]) is not None


# "put 'WAIT' on screen during the freeze": text timed to the held frame said in the same request
DURING_FREEZE = (r"\b(?:during|for|over|while|throughout)\s+(?:the\s+|that\s+)?(?:freeze|"
                 r"frozen (?:frame|bit|part)|freeze[\s-]?frame|still|hold|pause)\b|"
                 r"\bwhile (?:it'?s|it is|the (?:frame|video|picture) is) "
                 r"(?:frozen|paused|held|still)\b|"
                 r"定格(?:的时候|期间|时|那段|的那几秒|的那段|画面上|的画面上)")


POSITIONS: list[tuple[str, str]] = [
    (r"top[\s-]?left|upper[\s-]?left|left top|左上", "top-left"),
    (r"top[\s-]?right|upper[\s-]?right|right top|右上", "top-right"),
    (r"bottom[\s-]?left|lower[\s-]?left|left bottom|左下", "bottom-left"),
    (r"bottom[\s-]?right|lower[\s-]?right|right bottom|右下", "bottom-right"),
    # "into the bottom corner", "top corner": a corner said without its side is the right one (where a
    # logo or a note usually goes)
    (r"\b(?:bottom|lower)[\s-]?corner\b", "bottom-right"),
    (r"\b(?:top|upper)[\s-]?corner\b", "top-right"),
    (r"\btop\b|\bupper\b|顶部|上方|上面|顶上", "top"),
    (r"\bbottom\b|\blower third\b|\blower\b|底部|下方|下面|底下", "bottom"),
    (r"\bleft\b|左边|左侧", "left"),
    # ("right at the start", "right after the intro": just then - a time, not the side; "on the right at
    # the end" is still the side)
    (r"(?<=the )right\b|\bright\b(?! now| away)(?!\s+(?:after|before|when|as|from|until|till)\b)"
     r"(?!\s+(?:at|in|on|by|to|near)\s+(?:the\s+)?(?:very\s+)?(?:start|beginning|begin|end|ending|opening|"
     r"intro|outro|finish|close)\b)|右边|右侧", "right"),
    # ("第3到8秒中间": between those times, not the middle of the picture)
    (r"\bcent(?:er|re)\b|\bcent(?:ered|red)\b|\bmiddle\b|(?<![秒§])(?<![秒§]\s)中间|居中|正中", "center"),
]


# things placed on the picture, by kind: a logo or picture, words, an inset video
_PLACED = {
    "image": r"[\w-]+\.(?:png|jpe?g|gif|webp)\b|\blogo\b|\bwatermark\b|水印|台标",
    "text": r"\btitles?\b|\btext\b|\bcaptions?\b|\bheading\b|⟦\d+⟧|标题|文字|一行字|一句话|标语|文案|"
            r"(?<=[加写打放上个])(?:大|小)?字(?![幕体号])",
    "video": r"[\w-]+\.(?:mp4|mov|webm|mkv)\b|\bpip\b|\bpicture[\s-]in[\s-]picture\b|\bwebcam\b|\bfacecam\b|"
             r"画中画",
}


def others_placed(text: str, kind: str) -> str:
    """The text with every position word that is nearer another kind of placed thing blanked out:
    "logo.png top right and title 'X'" - "top right" is the logo's, not the title's (a position word
    binds to the nearest thing named). The text itself when no other kind is named."""
    mine = [(m.start(), m.end()) for m in re.finditer(_PLACED[kind], text)]
    other = [(m.start(), m.end()) for k, pat in _PLACED.items() if k != kind for m in re.finditer(pat, text)]
    if not mine or not other:
        return text
    taken: list[tuple[int, int]] = []
    for pattern, _name in POSITIONS:
        for m in re.finditer(pattern, text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue  # "top right" is one position, not also "top"
            taken.append((m.start(), m.end()))

    def gap(span: tuple[int, int], a: int, b: int) -> int:
        return max(span[0] - b, a - span[1], 0)

    def apart(span: tuple[int, int], a: int, b: int) -> bool:
        # "text 'X' at the top, logo.png bottom right": a thing past "and" or a comma is another part's
        lo, hi = (span[1], a) if span[1] <= a else (b, span[0])
        return re.search(r"[,，;；]|\b(?:and|then|plus)\b|然后|再|还有|并且", text[lo:hi]) is not None

    def cost(o: tuple[int, int], a: int, b: int) -> float:
        # (as near to both: the one named before it - "logo.png top right and title 'X'")
        return 1000 * apart(o, a, b) + gap(o, a, b) + 0.5 * (o[0] > a)

    # each thing once ("title 「X」", "the logo logo.png": the word naming it and what it is are one thing)
    things: list[tuple[tuple[int, int], bool]] = []
    for span, is_mine in sorted([(o, False) for o in other] + [(o, True) for o in mine]):
        if things and things[-1][1] == is_mine and re.fullmatch(r"[\s:：]*", text[things[-1][0][1]:span[0]]):
            things[-1] = ((things[-1][0][0], span[1]), is_mine)
        else:
            things.append((span, is_mine))
    # a position binds to the nearest thing, one position to a thing: "text 'X' at the top and logo.png
    # bottom right", "文字「A」在顶部 logo.png放右下角" - the logo has its own, "top" is the text's (the
    # binding nearest over all the positions said)
    choices: Iterable[tuple[int, ...]] = (
        itertools.product(range(len(things)), repeat=len(taken)) if len(things) ** len(taken) <= 5000 else
        [tuple(min(range(len(things)), key=lambda i: cost(things[i][0], a, b)) for a, b in taken)])
    best = min(choices, key=lambda ch: (100000 * (len(ch) - len(set(ch))) +
                                        sum(cost(things[t][0], *p) for p, t in zip(taken, ch, strict=True))))
    out = text
    for (a, b), t in zip(taken, best, strict=True):
        if not things[t][1]:
            out = out[:a] + " " * (b - a) + out[b:]
    return out


def position(text: str) -> str | None:
    for pattern, name in POSITIONS:
        m = re.search(pattern, text)
        if m:
            note(text, m.start(), m.end())
            # "in the top right corner": the corner said with it (never the corner of another position -
            # "文字「A」在顶部 logo.png放右下角": the 角 is the logo's)
            for k in re.finditer(r"\bcorner\b|\bof the (?:screen|frame|video)\b|角", text):
                lo, hi = (m.end(), k.start()) if k.start() >= m.end() else (k.end(), m.start())
                if re.fullmatch(r"[\s,，]*(?:(?:the|a)\s+)?(?:corner\s+)?", text[lo:hi]):
                    note(text, k.start(), k.end())
                    break
            return name
    return None


COLORS = {
    "white": "#FFFFFF", "black": "#000000", "red": "#FF0000", "green": "#00C000", "blue": "#0066FF",
    "yellow": "#FFFF00", "orange": "#FF8C00", "purple": "#8A2BE2", "pink": "#FF69B4", "gray": "#808080",
    "grey": "#808080", "cyan": "#00FFFF", "gold": "#FFD700",
    "白色": "#FFFFFF", "黑色": "#000000", "红色": "#FF0000", "绿色": "#00C000", "蓝色": "#0066FF",
    "黄色": "#FFFF00", "金色": "#FFD700", "橙色": "#FF8C00", "紫色": "#8A2BE2", "粉色": "#FF69B4",
    "灰色": "#808080",
}


def color(text: str) -> str | None:
    m = rx.search(r"#[0-9a-f]{6}\b", text)
    if m:
        return m.group(0).upper()
    for name, hex_ in COLORS.items():
        # ("加个黑色底框", "with a black box": the box's colour, not the letters')
        if rx.search(rf"(?<![a-z]){name}(?![a-z])(?!\s*(?:的\s*)?(?:底框|方框|背景框|框|底色|背景|"
                     rf"(?:background\s+)?box(?:es)?\b|background\b))", text):
            return hex_
    # "左下角红字'限时包邮'", "黄色大字", "白底黑字": a colour said with the letters it colours (one word)
    m = rx.search(r"([红白黄黑蓝绿橙粉紫金灰])(?:色)?(?:的)?(?:大|小|粗)?字(?!幕|塔|母)", text)
    return COLORS.get(f"{m.group(1)}色") if m else None


# a reason or a fact said beside the edit, with a look word in it: "so it has to look clean", "the site is
# really minimal", "官网页面很简单", "因为学校官网本来就很朴素" - why, or what the place it goes looks like,
# never the look of the text
_LOOK_IN_REASON = (r"\b(?:so(?: that)?|because|since|cause|cuz|coz|bc)\s+"
                   r"(?!(?:the\s+|my\s+|our\s+)?(?:text|title|titles|caption|captions|subtitles?|subs|words|letters|"
                   r"font|label|heading|banner)\b)(?:it|this|that|everything|the whole thing|"
                   r"we|they|people|ppl|the\s+[\w'-]+(?:\s+[\w'-]+)?)\s+[^,;.!?]*|"
                   r"(?:^|(?<=[,;.!?])|\band\b)\s*(?:the|our|my|their|his|her|this|that|its|it'?s)\s+"
                   r"(?:[\w'-]+\s+){0,2}?(?:site|page|website|store|shop|channel|feed|brand|brokerage|company|agency|"
                   r"account|profile|template|layout|listing|portal)\s+(?:is|are|was|looks?|feels?)\b[^,;.!?]*|"
                   r"(?:因为|所以|毕竟|本来)[^，,。；;！!？?]*|"
                   r"[^\s，,。；;！!？?]{0,6}(?:页面|网站|官网|主页|首页|店铺|模板)[^\s，,。；;！!？?]{0,4}?"
                   r"(?:很|挺|特别|比较|都|本来就|一直)[^，,。；;！!？?]*")


def style(text: str) -> str | None:
    # ("add the title …, its going up on the brokerage page so it has to look clean": why, not how it looks)
    text = re.sub(_LOOK_IN_REASON, lambda w: " " * len(w.group(0)), text)
    for pattern, name in [(r"karaoke|卡拉\s*ok|(?:each|every) word (?:lights|light|highlights|highlighted|"
                           r"is highlighted)(?: up)?|word[- ]by[- ]word highlight\w*|"
                           r"(?:一|1)\s*个字\s*(?:一|1)\s*个字|逐字|一字一字|每个字(?:都)?(?:亮|高亮)|"
                           # "字幕要ktv那种", "唱到哪个字哪个字变色": karaoke by another name, or as it looks
                           r"(?<![a-z])ktv(?![a-z])|(?:唱|说|念|读|播)到(?:哪|那)\s*(?:个|一个)?\s*字\s*"
                           r"(?:就)?\s*(?:(?:哪|那)\s*(?:个|一个)?\s*字\s*)?(?:就)?\s*(?:变色|变颜色|亮|高亮|变亮)",
                           "karaoke"), (r"(?:\b(?:black|white|dark|gr[ae]y|red|blue|yellow)\s+)?"
                                                         r"\bbox(?:ed)?\b|"
                                                         r"background box|with a box|"
                                                         r"底框|方框|背景框|文字框|文本框|字框|底色|衬底|"
                                                         # "底下要有个框", "带个黑色的框"
                                                         r"(?:带|有|加)\s*(?:个|1\s*个)?\s*(?:\S{1,2}色的?)?\s*框(?!架)",
                                                          "boxed"),
                          (r"outline[ds]?|stroke|描边", "outline"), (r"\bbold\b|粗体|加粗", "bold"),
                          (r"\bplain\b|\bsimple\b|\bminimal\b|\bclean\b|简单|朴素", "plain")]:
        if rx.search(pattern, text):
            return name
    return None


# "fade in", "fade it in", "fade the music in" (not "… in the end"); the same for out
# ("fade the choir clip out", "fade the last scene in": a part named by any word before a clip word)
FADE_OBJ = (r"(?:\s+(?:the|it|this|them|my|music|song|bgm|track|video|audio|sound|picture|background|"
            r"everything|whole|thing|all|clip|footage|scene|shot|recording|film|movie|intro|outro|ending|"
            # ("fade the last 3 seconds out": the stretch the fade covers)
            r"(?:last|final|first|opening)\s+§\d+§|"
            r"(?!(?:last|final|second|third|middle|next|other|one)\b)[a-z]+(?=\s+(?:clip|footage|scene|shot|recording|video)s?\b))){0,3}")
FADE_IN = rf"\bfade[sd]?{FADE_OBJ}[\s-]?in\b(?!\s+the\s+(?:end|last))|\bfading in\b"
FADE_OUT = rf"\bfade[sd]?{FADE_OBJ}[\s-]?out\b|\bfading out\b"


def fade_where(text: str, fade_in: bool, fade_out: bool) -> None:
    """Where a fade is said to be ("fade out at the end") is part of reading the fade."""
    if fade_out:
        # the last end word said: "在结尾接上c.mp4 最后淡出2秒" — the first end is where the clip goes
        ends = list(re.finditer(r"\b(?:at|in|towards?) the (?:very )?end\b|\bending\b|结尾|最后", text))
        if ends:
            note(text, ends[-1].start(), ends[-1].end())
        # "fade out the last 2s": the last seconds are the fade's, not a second cut at the end
        rx.search(r"\b(?:last|final|closing)\b(?=\s*(?:few\s+)?§)", text)
    if fade_in:
        rx.search(r"\b(?:at|in) the (?:very )?(?:start|beginning)\b|开头|开始", text)
        rx.search(r"\b(?:first|opening)\b(?=\s*(?:few\s+)?§)", text)
    list(rx.finditer(r"\b(?:from|to|into) black\b|黑场", text))


def lone_length(text: str) -> int | None:
    """ "put photo1.jpg first as an opening card, 4 sec", "cut to black at the end, slowly, like 2 sec": a
    length said on its own after the reading, its only time - the length of what was just named."""
    if len(re.findall(T, text)) != 1:
        return None
    m = rx.search(rf"[,，]\s*(?:(?:like|about|around|maybe|roughly|approx(?:imately)?|say|~)\s*)?{T}"
                  r"\s*(?:or so|ish|tops)?\s*$", text)
    return int(m.group(1)) if m else None


def ms_after(text: str, words: str) -> int | None:
    """The time right after one of `words` ("for 5 s", "lasting 2 s")."""
    m = rx.search(rf"(?:{words})\s*(?:about\s+|around\s+)?{T}", text)
    return int(m.group(1)) if m else None


def ms_near(text: str, pattern: str) -> int | None:
    """The time nearest to `pattern`, a few words before or after it ("2s fade in", "fade in over 2s");
    after it on a tie."""
    for m in re.finditer(pattern, text):
        options: list[tuple[int, int, int, int]] = []  # (distance, after first, start, end) of the time
        # "fade in from black, 1.5s", "渐变成黑屏，2秒"
        after = re.match(rf"\s*[,，]?\s*(?:\w+[\s,，]*){{0,3}}?{T}", text[m.end():])
        if after:
            a = m.end() + after.start(1) - 1
            options.append((a - m.end(), 0, a, m.end() + after.end(1) + 1))
        before = re.search(rf"{T}\s*(?:\w+\s*){{0,2}}?$", text[:m.start()])
        if before:
            b = before.end(1) + 1
            options.append((m.start() - b, 1, before.start(1) - 1, b))
        if not options:
            continue
        _, _, start, end = min(options)
        note(text, start, end)
        note(text, m.start(), m.end())
        return int(text[start + 1:end - 1])
    return None


# "the choir is the music", "the waves are our soundtrack", "合唱本身就是音乐", "现场的歌声就够了": what is
# in the footage said to be the music - none wanted
IS_THE_MUSIC = (r"\b(?:is|are|was|were|be|becomes?|serves? as|acts? as|counts? as|works? as)\s+(?:already\s+|"
                r"basically\s+|really\s+|kind of\s+|kinda\s+)?(?:the|our|my|their|its|all the|enough)\s+"
                r"(?:only\s+|real\s+|own\s+)?(?:background\s+|bg\s+)?(?:music|soundtrack|song|bgm)\b|"
                r"(?:本身|自己|已经)?(?:就是|就算|就当|算是)\s*(?:最好的)?(?:背景)?(?:音乐|配乐|bgm)|"
                r"歌声|(?:音乐|配乐|歌)\S{0,2}(?:就够了|足够了|就行了|就可以了)")
