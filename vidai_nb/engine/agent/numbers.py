"""Numbers written in words (English and Chinese) turned into digits, before times are read."""

from __future__ import annotations

from . import cached_re as re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_WORD = "|".join(sorted([*_UNITS, *_TENS, "hundred"], key=len, reverse=True))
_SEQ = re.compile(rf"\b(?:{_WORD})(?:[\s-]+(?:and\s+)?(?:{_WORD}))*\b")


def _words_value(words: list[str]) -> int:
    total = 0
    current = 0
    for w in words:
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
    return total + current


def english_numbers(text: str) -> str:
    """'twenty five seconds' -> '25 seconds', 'one and a half' -> '1.5', 'half a minute' -> '0.5 minute'."""
    def half(m: re.Match[str]) -> str:
        # "two and half a minute" is 2.5 (read below); "… and half a second off the end" is 0.5
        if re.search(rf"\b(?:\d+|{_WORD})\s+and\s+$", text[: m.start()]):
            return m.group(0)
        return f"0.5 {m.group(1) or m.group(2)}"

    text = re.sub(r"\bhalf (?:(?:an? )(minute|second|hour)s?|(minute|second|hour))\b", half, text)
    text = re.sub(r"\ban? (minute|hour) and a half\b", r"1.5 \1s", text)
    # "the last quarter minute", "a quarter of an hour", "three quarters of a minute": a share of that unit
    # (15 s, 15 min, 45 s) - not a quarter of the video
    text = re.sub(r"\b(?:(?:a|one)\s+)?(three\s+|3\s+)?quarters?(?:[\s-]+of)?(?:[\s-]+an?)?[\s-]+"
                  r"(minute|hour)s?\b",
                  lambda m: f"{45 if m.group(1) else 15} "
                            f"{'seconds' if m.group(2) == 'minute' else 'minutes'}", text)
    text = re.sub(r"\b(?:a|one) (minute|hour)\b", r"1 \1", text)
    text = re.sub(r"\b(first|last|final) (minute|hour)\b", r"\1 1 \2", text)  # "after the first minute"
    # "keep only the first second", "cut the last second": one second at that end (not "the first, second
    # and third clips" - an ordinal in a list)
    # (a comma ends the phrase unless a list goes on after it: "keep only the first second, its for a loop")
    text = re.sub(r"\b(?<!,\s)(the (?:very )?(?:first|last|final)) (second)\b"
                  r"(?!\s*(?:,\s*(?:(?:and|or|&|(?:the\s+)?(?:third|fourth|fifth|sixth|last|final|\d+(?:st|nd|rd|th)?))\b|$)|and\b|&|or\b|clip|"
                  r"video|one|part|segment|shot|file|time|half|third|quarter|take|scene|photo|image|picture|song|"
                  r"track))",
                  r"\1 1 \2", text)
    # ("with a second cam", "a second angle": another one of a thing, never one second)
    text = re.sub(r"\ba (second)\b(?! (?:clip|video|one|part|segment|shot|file|time|cam|camera|angle|take|"
                  r"phone|mic|microphone|shooter|scene|song|track|version|language|layer)s?\b)",
                  r"1 \1", text)
    text = re.sub(r"\b(?:a )?couple (?:of )?(second|minute)", r"2 \1", text)
    text = re.sub(r"\ba few (second)", r"3 \1", text)

    def repl(m: re.Match[str]) -> str:
        words = [w for w in re.split(r"[\s-]+", m.group(0)) if w and w != "and"]
        # "two three" is not twenty-three: only join tens + units or hundreds
        return str(_words_value(words))

    text = _SEQ.sub(repl, text)
    text = re.sub(r"\b(\d+) and (?:a )?half\b", r"\1.5", text)
    text = re.sub(r"\b(\d+)\s+(\d+)\.5\b", r"\1 \2.5", text)
    return text


_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_ZH_MULT = {"十": 10, "百": 100, "千": 1000}
_ZH_NUM = re.compile(r"[零〇一二两俩三四五六七八九十百千]+")
# A Chinese numeral is read as a number only next to a unit or an ordinal marker ("一点" = a bit).
_ZH_AFTER = re.compile(r"^\s*(?:秒|分|小时|倍|个|段|帧|版|号|次|步|%|度|张)")
# ("一分二十到一分半": the numeral right after a minute is the clock's seconds, with 秒 left unsaid)
_ZH_BEFORE = re.compile(r"(?:第|\x00|前|后|最后|版本|到|至|从|(?:\d|[一二两三四五六七八九十])分)\s*$")


def zh_value(s: str) -> int:
    total = 0
    current = 0
    for ch in s:
        if ch in _ZH_DIGITS:
            current = _ZH_DIGITS[ch]
        elif ch in _ZH_MULT:
            total += max(current, 1) * _ZH_MULT[ch]
            current = 0
    return total + current


# "一点五倍", "零点五倍", "1点5倍", "两点五秒": a decimal said with 点, read only before a unit - "快一点"
# (a bit faster) has no digit after 点, and "一点五秒后" would need a unit anyway
_ZH_DIGIT_RUN = "零〇一二两三四五六七八九"
_ZH_DECIMAL = re.compile(rf"(?<![{_ZH_DIGIT_RUN}十百千\d])([{_ZH_DIGIT_RUN}十]{{1,3}}|\d+)\s*点\s*"
                         rf"([{_ZH_DIGIT_RUN}]+|\d+)(?=\s*(?:倍|秒|分钟|小时|x\b|%))")


def _decimal(m: re.Match[str]) -> str:
    # ("小声一点 20%", "轻一点 30%": "a bit quieter", then the level - 一点 after how it sounds is a bit too)
    if m.group(1) == "一" and re.search(r"[快慢大小高低亮暗多少长短早晚声轻响]\s*$", m.string[: m.start()]):
        return m.group(0)  # "快一点五秒后": "a bit faster", then a time
    whole = m.group(1) if m.group(1).isdigit() else str(zh_value(m.group(1)))
    frac = m.group(2) if m.group(2).isdigit() else "".join(str(_ZH_DIGITS[c]) for c in m.group(2))
    return f"{whole}.{frac}"


def chinese_numbers(text: str) -> str:
    """'前三十秒' -> '前30秒', '两倍速' -> '2倍速', '百分之三十' -> '30%', '一分半' -> '1分30秒'."""

    text = text.replace("百分之", "\x00")  # so that 百 here is not read as 100
    # "音量调到原来的八成", "降到五成", "留七成": a level said in tenths (成) after the change - 八成 alone is
    # also "probably" (八成是音乐太大), so only after a verb that sets a level
    text = re.sub(r"((?:调|降|减|压|降低|减少|减小|调低|调小|调高|调大|提|提高|变|改|设|设置|开|放|留|"
                  r"保留)\s*"
                  r"(?:到|成|为|至|在)?\s*(?:原来|原先|之前|现在|原本|原音量|原声)?\s*(?:的)?\s*)"
                  r"([一二两三四五六七八九])\s*成(?![为了功绩年人])",
                  lambda m: f"{m.group(1)}{_ZH_DIGITS[m.group(2)] * 10}%", text)
    text = _ZH_DECIMAL.sub(_decimal, text)

    def repl(m: re.Match[str]) -> str:
        before, after = text[: m.start()], text[m.end():]
        if m.group(0) == "一" and re.match(r"分为[二两三四五六七八九十]", after):
            return m.group(0)  # "一分为二", "一分为三": parted in two (three), no minute
        if _ZH_AFTER.match(after) or _ZH_BEFORE.search(before):
            # "拼接clip、b、c三个": a numeral after a name stays apart from it ("c 3个", not "c3个")
            return (" " if re.search(r"[a-z0-9]$", before) else "") + str(zh_value(m.group(0)))
        return m.group(0)

    text = _ZH_NUM.sub(repl, text)
    text = re.sub(r"\x00\s*(\d+(?:\.\d+)?)", r"\1%", text).replace("\x00", "百分之")
    text = re.sub(r"(\d+)\s*分半(?:钟)?", r"\1分30秒", text)
    text = re.sub(r"半分钟", "30秒", text)
    text = re.sub(r"(\d+)\s*秒半", lambda m: f"{m.group(1)}.5秒", text)
    return text
