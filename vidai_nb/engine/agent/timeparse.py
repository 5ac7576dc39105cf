"""Time expressions -> integer milliseconds, marked in the text as §<ms>§ tokens.

Handles clocks ("0:30", "1:02:03.5"), units ("10s", "1m05s", "2 minutes", "1.5 sec", "十秒" after
numbers.chinese_numbers, "1分30秒"), ranges with one unit ("5-10 seconds", "5到10秒") and bare
ranges ("from 5 to 10"). Aspect ratios ("9:16") are marked first so they are not read as clocks.
"""

from __future__ import annotations

from . import cached_re as re

TIME = r"§(\d+)§"
TIME_RE = re.compile(TIME)
RATIO_RE = re.compile(r"‹r(\d+)by(\d+)›")
RATIOS = {("9", "16"): "9:16", ("16", "9"): "16:9", ("1", "1"): "1:1", ("4", "5"): "4:5"}

_UNIT_MS: list[tuple[str, int]] = [
    (r"ms|milliseconds?|msecs?|毫秒", 1),
    (r"h|hrs?|hours?|小时", 3_600_000),
    (r"m|mins?|minutes?|分钟|分", 60_000),
    (r"s|secs?|seconds?|秒钟|秒|''|\"", 1000),
]
_UNIT = "|".join(u for u, _ in _UNIT_MS)
_NUM = r"\d+(?:\.\d+)?"
# ("b.mp4 second", "格式mp4 分辨率4k": the digit of a file's format is no number; 分辨率 is no minute)
# (a Chinese unit may run into a Latin word: "5到12秒bgm别出声" - the letter lookahead is for "10s" vs
# "10sec" only)
_AFTER_UNIT = r"(?:(?<=[\u4e00-\u9fff])|(?![a-z]))(?!辨)"
_ATOM = re.compile(rf"(?<!mp)({_NUM})\s*-?\s*({_UNIT}){_AFTER_UNIT}")  # "10s", "10 sec", "a 10-second clip"
_SEP = r"\s*(?:-|–|—|~|to|and|until|till|through|到|至)\s*"


def unit_ms(unit: str) -> int:
    for pattern, ms in _UNIT_MS:
        if re.fullmatch(pattern, unit):
            return ms
    raise ValueError(unit)


def _mark_ratios(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        ratio = RATIOS.get((m.group("a"), m.group("b")))
        if ratio == "1:1" and m.group("by") and not (
                re.search(r"\b(?:make|turn|get|crop|reframe|resize|convert|change|switch|format|set|aspect|"
                          r"ratio|to|into|in|as|a|square)\s+(?:(?:it|this|that|the\s+video)\s+)?$",
                          m.string[:m.start()])
                or re.match(_SHAPE_AFTER, m.string[m.end():])):
            # "so i can post them one by one": one after another, no shape - "1 by 1" is a ratio only
            # where the picture is shaped ("make it 1 by 1", "crop to 1 by 1", "1 by 1 format")
            return m.group(0)
        return f" ‹r{ratio.replace(':', 'by')}› " if ratio else m.group(0)

    text = re.sub(r"(?<![\d:.])(?P<a>\d{1,2})\s*(?::|x|×|/|比|(?P<by>by))\s*(?P<b>\d{1,2})(?![\d:])", repl,
                  text)

    def spaced(m: re.Match[str]) -> str:
        ratio = RATIOS.get((m.group(2), m.group(3)))
        if ratio is None or not (m.group(1) or re.match(_SHAPE_AFTER, m.string[m.end():])):
            return m.group(0)
        if m.group(1) and re.match(r"(?:cut|crop)\b(?!\s+(?:it|this|that|the\s+video)?\s*(?:to|into|as)\b)",
                                   m.group(1)) and ratio not in ("9:16", "16:9"):
            return m.group(0)  # "cut 4 5" may be clips 4 and 5; only the phone / screen shapes are sure
        return f"{m.group(1) or ''} ‹r{ratio.replace(':', 'by')}› "

    # "make it 9 16", "crop to 4 5", "改成9 16", "9 16 vertical": a ratio typed with a space for its colon,
    # after a verb that shapes the picture (or before a shape word) - only the ratios offered
    return re.sub(r"(\b(?:make|turn|get)\s+(?:it|this|that|the\s+video|everything)\s+(?:(?:in)?to\s+)?|"
                  r"\b(?:crop|reframe|resize|convert|change|switch|format|set)(?:\s+(?:it|this|that|the\s+video))?"
                  r"\s+(?:to|into|as)\s+|"
                  # "cut 9 16", "crop 16 9": a phone or screen shape typed with a space after the verb
                  r"\b(?:cut|crop)\s+(?=(?:9\s+16|16\s+9)\b)|\baspect(?:\s+ratio)?\s+(?:of\s+|to\s+)?|\bratio\s+(?:of\s+|to\s+)?|"
                  r"(?:改成|做成|裁成|变成|弄成|调成|转成|换成|切成|比例|画幅)\s*)?"
                  r"(?<![\d:.§])(\d{1,2})\s+(\d{1,2})(?![\d:.§])"
                  r"(?!\s*(?:s\b|secs?\b|seconds?\b|mins?\b|minutes?\b|秒|分|%|x\b|倍|fps\b|p\b|frames?\b|帧))",
                  spaced, text)


_SHAPE_AFTER = (r"\s*(?:vertical|portrait|horizontal|landscape|aspect|ratio|format|竖屏|横屏|竖版|横版|比例|"
                r"画幅)")


def _mark_clocks(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        a, b, c, frac = m.group(1), m.group(2), m.group(3), m.group(4)
        h, mi, s = (int(a), int(b), int(c)) if c is not None else (0, int(a), int(b))
        ms = ((h * 60 + mi) * 60 + s) * 1000
        if frac:
            ms += round(float("0." + frac) * 1000)
        return f"§{ms}§"

    # "from 0:30 to 0:40: cut here": a colon after a clock that no digit follows introduces what comes next
    return re.sub(r"(?<![\d.:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.(\d{1,3}))?(?![\d]|:\d)", repl, text)


def _spread_units(text: str) -> str:
    """'5-10 seconds' -> '5 seconds-10 seconds' so both ends carry the unit."""
    pattern = re.compile(rf"(?<![\d.§])({_NUM})({_SEP})({_NUM})\s*({_UNIT}){_AFTER_UNIT}")
    return pattern.sub(lambda m: f"{m.group(1)}{m.group(4)}{m.group(2)}{m.group(3)}{m.group(4)}", text)


def _mark_units(text: str) -> str:
    out: list[str] = []
    pos = 0
    atoms = list(_ATOM.finditer(text))
    i = 0
    while i < len(atoms):
        first = atoms[i]
        ms = float(first.group(1)) * unit_ms(first.group(2))
        last_unit = unit_ms(first.group(2))
        end = first.end()
        j = i + 1
        # join '1m 5s', '1 minute and 5 seconds', '1分30秒' into one time
        while j < len(atoms):
            gap = text[end:atoms[j].start()]
            u = unit_ms(atoms[j].group(2))
            if re.fullmatch(r"\s*(?:and\s*)?", gap) and u < last_unit:
                ms += float(atoms[j].group(1)) * u
                last_unit = u
                end = atoms[j].end()
                j += 1
            else:
                break
        out.append(text[pos:first.start()])
        out.append(f"§{round(ms)}§")
        pos = end
        i = j
    out.append(text[pos:])
    return "".join(out)


def _bare_ranges(text: str) -> str:
    """'from 5 to 10' / 'between 5 and 10' / '从5到10': bare numbers in a range are seconds."""
    def repl(m: re.Match[str]) -> str:
        a, b = round(float(m.group(2)) * 1000), round(float(m.group(4)) * 1000)
        return f"{m.group(1)}§{a}§{m.group(3)}§{b}§"

    return re.sub(rf"(from\s+|between\s+|从\s*)({_NUM})(\s*(?:-|–|to|and|到|至)\s*)({_NUM})(?![\d.%§]|"
                  rf"\s*(?:%|"
                  rf"x\b|p\b))",
                  repl, text)


def _bare_ends(text: str) -> str:
    """ "videos have to be 5 to 15 seconds … just keep the first 15": a bare number for the first or last
    part, in a request that says its other times in seconds, is seconds too."""
    if "§" not in text:
        return text
    return re.sub(rf"\b((?:the\s+)?(?:first|last|final)\s+)({_NUM})(?![\d.%§:]|\s*(?:x\b|p\b|%|percent|"
                  r"clips?\b|segments?\b|parts?\b|videos?\b|shots?\b|scenes?\b|images?\b|photos?\b|"
                  r"pictures?\b|pieces?\b|frames?\b|bits?\b|sections?\b|files?\b|ones?\b|of\b|and\b|or\b|"
                  r"to\b|-|§))",
                  lambda m: f"{m.group(1)}§{round(float(m.group(2)) * 1000)}§", text)


def mark_times(text: str) -> str:
    """Replace every time expression by §<ms>§ (and aspect ratios by ‹r9by16›)."""
    text = _mark_ratios(text)
    text = _mark_clocks(text)
    # "before is 0 to 0:08": a bare zero opening a range that ends at a clock time is the start (0 is 0 in
    # any unit)
    text = re.sub(r"(?<![\d.:§])0+(\s*(?:-|–|to|until|till|thru|through|到|至)\s*§\d+§)", r"§0§\1", text)
    text = _spread_units(text)
    text = _mark_units(text)
    text = _bare_ranges(text)
    text = _bare_ends(text)
    return text


def times(text: str) -> list[int]:
    return [int(x) for x in TIME_RE.findall(text)]


def parse_time(text: str) -> int | None:
    """The first time in a free-form string, or None ("1m05s" -> 65000)."""
    found = times(mark_times(text.lower()))
    return found[0] if found else None
