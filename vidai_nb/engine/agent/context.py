"""What the parser knows about the project: media names, programme length, clips, music."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from vidai_nb.engine.ops import MediaRef, programme_ms
from vidai_nb.engine.ops.base import clip_count, find_track, main_clips, main_track

from . import cached_re as re
from .normalize import KEYWORDS, fix_typos, normalize
from .reading import note

# how a clip plays, said right after (or before) the clip's bare letter: "slow motion on c only", "c单独慢放"
_SPEED_EN = (r"\b(?:slow[- ]?mo(?:tion)?|slo[- ]?mo|super[- ]?slow(?:[- ]?mo(?:tion)?)?|half[- ]?speed|"
             r"double[- ]?speed|quarter[- ]?speed|fast[- ]?motion|fast[- ]?forward|time[- ]?lapse|"
             r"\d+(?:\.\d+)?\s*x(?:\s+speed)?)(?![\w-])")
_SPEED_ZH = (r"慢放|慢动作|慢镜头?|放慢|减速|加速|快放|快进|变慢|变快|"
             r"(?:\d+(?:\.\d+)?|[一两二三四半])\s*倍速")


# a letter that is no clip's name however alone it stands: "plan b", "vitamin c", "b-roll", "b站", "c位"
_LETTER_NAMES_NOT = (r"(?:\b(?:plan|option|options|vitamin|type|usb|grade|class|part|section|step|point|"
                     r"level|size|rank|tier|side|track|column|row|channel|version|scene|camera|cam|angle|letter|cup|"
                     r"hepatitis|hep|exhibit|appendix|figure|fig|team|group|room|floor|gate|building|block|"
                     r"unit|model|series|box|line|lane|region|zone|category|phase|stage|round|act|chapter|key|"
                     r"note|answer|choice|mr|ms|mrs|dr|miss|the letter)\.?\s+|维生素\s*|维\s*)$")
_LETTER_USED_NOT = (r"(?:[\w'’&/+#*-]|\.\w|\s*(?:\+\+|#)|\s+(?:roll|side|movie|list|grade|team|cam|camera|"
                    r"plan|word|major|minor|sharp|flat|key|average|level|class|rated|section|cup|drive|string|note|"
                    r"chord|language|programming|u|ya)\b|\s*(?:站|位|格|罗|超|语言|端|级|类|型|面|区|座|栋|号|计划|"
                    r"方案|档|卡|轮|组|盘|货|咖|圈|服|证|照))")


def bare_letter(clause: str, letter: str) -> int:
    """Where a one-letter clip name stands alone in the clause, or -1."""
    for hit in re.finditer(rf"(?<![\w.'’&/+#*-]){re.escape(letter)}", clause):
        if re.match(_LETTER_USED_NOT, clause[hit.end():]) or \
                re.search(_LETTER_NAMES_NOT, clause[:hit.start()]):
            continue
        return hit.start()
    return -1


def trailing_marks(text: str) -> str:
    """The marks and symbols after the last word ("...", " !!", "✂️"), spaces between them kept, from
    the first mark on; "" when the text ends with a word or a space. A scan, not a regex: the pattern
    it replaces, [^\\w\\s]+(?:\\s*[^\\w\\s]+)*$, took exponential time on a long run of marks
    followed by a word ("title: ......................x" froze the engine)."""
    i = len(text)
    while i > 0 and not (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    tail = text[i:].lstrip()
    return "" if not tail or tail[-1].isspace() else tail


def _rewritten(words: list[str], raw: str) -> re.Match[str] | None:
    """Where Chinese words the normaliser rewrote were typed ("打一行字：不要剪我的毛！" is read as
    "别剪我的毛"): the span of the request, starting at its start or after a mark or space and ending before
    one (or at its end), that the normaliser turns into those words - so the words shown keep the user's own
    characters."""
    want = "".join(words)
    edges = [i for i in range(len(raw) + 1) if i in (0, len(raw)) or not raw[i - 1].isalnum() or
             not raw[i].isalnum()]
    for i in edges:
        if i == len(raw) or not raw[i].isalnum():
            continue
        for j in edges:
            if j <= i:
                continue
            got = "".join(re.findall(r"\w+", normalize(raw[i:j]).text))
            if got == want:
                return re.compile(re.escape(raw[i:j])).match(raw, i)
            if len(got) > len(want) and not got.startswith(want):
                break
    return None


@dataclass
class ParseContext:
    media: Sequence[MediaRef]
    draft: dict[str, Any]
    quotes: list[str]
    chinese: bool
    raw: str = ""
    # split points said in this request ("split at 0:20 and 0:40 and delete the middle piece"): the clips
    # named after them are numbered as the splits leave the timeline
    said_splits: int = 0
    # where those split points are, when said ("split at 0:25 then speed up the second half": that half)
    split_at: tuple[int, ...] = ()

    def original(self, fragment: str) -> str:
        """The user's own spelling (case) of a fragment of the normalized text, when it can be found."""
        words = re.findall(r"\w+", fragment)
        if not words or not self.raw:
            return fragment
        m = re.search(r"\W+".join(re.escape(w) for w in words), self.raw, re.IGNORECASE)
        if not m:  # "我的大学vlog": the space put where Chinese meets Latin letters was not the user's
            m = re.search(r"\W*".join(re.escape(w) for w in words), self.raw, re.IGNORECASE)
        if not m:  # numbers written in words ("Day One" -> "day 1", "第一支" -> "第 1 支", "三秒" -> 3000 ms)
            # ("How I Cut 10 Seconds Off …": a time keeps the unit it was said with)
            loose = r"\W+".join(r"[\w.]+(?:\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|frames?|ms)\b)?"
                                if w.isdigit() else re.escape(w) for w in words)
            # (a number written close up is numerals only: "第10秒到第15秒显示：第二步" holds 第二步 once)
            # ("加个标题：三分钟剪完一条vlog": the number starts at its first digit, never at the colon)
            close = (r"[\d零〇一二两三四五六七八九十百千万][\d.:：零〇一二两三四五六七八九十百千万]*?"
                     r"(?:秒钟?|分钟?|小时|毫秒|倍|个)?")
            tight = r"\W*".join(close if w.isdigit() else re.escape(w) for w in words)
            m = re.search(loose, self.raw, re.IGNORECASE) or re.search(tight, self.raw, re.IGNORECASE)
        if not m:  # "Science Fair" read as "silence fair": the words as typed, each one the fixer's source
            loose = r"\W+".join(r"[A-Za-z]+" if w.isalpha() and len(w) >= 4 else re.escape(w) for w in words)
            pat = re.compile(loose, re.IGNORECASE)
            tries = (pat.match(self.raw, w.start()) for w in re.finditer(r"(?<!\w)\w", self.raw))
            m = next((x for x in tries if x is not None and
                      re.findall(r"\w+", fix_typos(x.group(0).lower())) == words), None)
        if not m and re.search(r"[\u4e00-\u9fff]", fragment):
            m = _rewritten(words, self.raw)
        if not m:
            return fragment
        start = m.start()
        while start > 0 and self.raw[start - 1] in "@#＠":  # "@小鹿的日常", "#vlog": the mark is part of it
            start -= 1
        # "$19.99", "€5", "-20%": a currency or sign said before the first word, when the fragment has it
        lead = re.match(r"[^\w\s]+", fragment)
        if lead and self.raw[:start].endswith(lead.group(0)):
            start -= len(lead.group(0))
        # "WAIT FOR IT...", "cut here ✂️": marks and symbols after the last word are part of the text
        tail = trailing_marks(fragment)
        end = m.end() + (len(tail) if tail and self.raw.startswith(tail, m.end()) else 0)
        if tail and end == m.end():
            gap = re.match(r"\s*", self.raw[m.end():])
            if gap and self.raw.startswith(tail.lstrip(), m.end() + gap.end()):
                end = m.end() + gap.end() + len(tail.lstrip())
        return self.raw[start:end]

    @cached_property
    def total_ms(self) -> int:
        # read by many detectors per request; the draft does not change while one request is parsed
        return programme_ms(self.draft)

    @property
    def segment_count(self) -> int:
        # clips as the user counts them: the invisible pieces of a ranged mute are one clip (ops.base)
        return clip_count(self.draft) + self.said_splits

    @property
    def has_music(self) -> bool:
        tr = find_track(self.draft, "bgm")
        return bool(tr and tr.get("sg"))

    @property
    def music_volume(self) -> float:
        tr = find_track(self.draft, "bgm")
        if tr and tr.get("sg"):
            return float(tr["sg"][0].get("volume", 0.3))
        return 0.3

    @property
    def main_volume(self) -> float:
        tr = main_track(self.draft)
        return float(tr.get("volume", 1.0)) if tr else 1.0

    def on_timeline(self, media_id: str) -> bool:
        """Whether the media is exactly one of several clips on the main track (a clip a letter can name)."""
        srcs = [str(g.get("src")) for g in main_clips(self.draft)]
        return len(srcs) >= 2 and srcs.count(media_id) == 1

    def of_kind(self, *kinds: str) -> list[MediaRef]:
        return [m for m in self.media if m.kind in kinds]

    def mentioned(self, clause: str, *kinds: str) -> list[tuple[int, MediaRef]]:
        """Media named in the clause (full file name, or a distinctive stem), with positions."""
        found: dict[str, tuple[int, MediaRef]] = {}
        for m in self.media:
            if kinds and m.kind not in kinds:
                continue
            name = m.name.lower()
            stem = name.rsplit(".", 1)[0]
            pos = clause.find(name)
            in_order = False  # the letter is one of several clips listed in the order they play
            if pos < 0 and len(stem) >= 2 and stem not in KEYWORDS:
                hit = re.search(rf"(?<![\w.]){re.escape(stem)}(?![\w])", clause)
                pos = hit.start() if hit else -1
            if pos < 0 and len(stem) >= 2 and stem in KEYWORDS and self.on_timeline(m.media_id):
                # "clip那段复制一份", "clip这个片段删掉": a stem that is also a word (clip.mp4, one of several
                # clips), then the part it names in Chinese - the file, never the word
                hit = re.search(rf"(?<![\w.]){re.escape(stem)}(?![\w.])(?=\s*(?:那|这)\s*(?:1\s*)?"
                                rf"(?:段|个片段|个视频|条视频|个素材|段视频|段素材)|"
                                # ("clip不要了 c接在b后面": the file said to go, in Chinese right after it)
                                rf"\s*(?:就|也)?\s*(?:不要了|不用了|删掉|删了|去掉))", clause)
                pos = hit.start() if hit else -1
            if pos < 0 and len(stem) == 1:  # "clip b", "video c", "把c放到最前面", "join b and c"
                # "the c clip", "b's clip": the letter, then what it names
                hit = re.search(rf"\b(?:clip|video|file|shot)\s+{re.escape(stem)}\b|"
                                rf"\bthe\s+{re.escape(stem)}(?=\s+(?:clip|video|file|shot|one)\b)|"
                                # ("只把c慢放", "把b加速2倍", "把c做成慢动作": the clip, then how it plays)
                                rf"(?:把|将)\s*{re.escape(stem)}(?![a-z0-9_.])(?=\s*(?:放|移|挪|接|删|拿|剪|调|换|排|"
                                rf"{_SPEED_ZH}|(?:做|变|改|弄)成\s*(?:{_SPEED_ZH})))|"
                                # "c那段调成1.5倍速", "b这个片段静音": the letter, then the part it names
                                rf"(?<![a-z0-9_.'’]){re.escape(stem)}(?![a-z0-9_.'’])(?=\s*(?:那|这)\s*(?:1\s*)?"
                                rf"(?:段|个片段|个视频|条视频|个素材|段视频|段素材)|\s*片段|\s*视频(?!号))",
                                clause)
                pos = hit.end() - 1 if hit else -1
            if pos < 0 and len(stem) == 1 and stem not in ("a", "i") and m.kind in ("video", "image"):
                # "put c first pls", "duplicate b so it plays twice": a bare letter right after a verb for
                # clips, then where it goes or why
                letter = rf"({re.escape(stem)})(?![\w.'’])"
                hit = re.search(rf"\b(?:put|move|duplicate|copy|swap|repeat|place|bring)\s+{letter}"
                                rf"(?=\s*(?:$|[,.!]|first\b|last\b|to\b|so\b|at\b|before\b|after\b|and\b|"
                                rf"then\b|pls\b|please\b|twice\b|again\b|in front\b|on\b|"
                                # ("put b picture in picture top right": the letter, then how it is shown)
                                rf"picture[\s-]+in[\s-]+picture\b|pip\b|as\s+(?:an?\s+)?(?:pip|overlay)\b))|"
                                # "i want c first", "i'd like b last": a clip wished at an end of the order
                                rf"\b(?:want|need|have|like)\s+{letter}(?=\s+(?:to\s+(?:go|come|be)\s+)?"
                                rf"(?:first|last|at\s+the\s+(?:start|end|beginning|front))\b)", clause)
                # (only clips make an order: "put c first, music at 25%" lists the music's edit, not a place)
                others = [o.name.lower().rsplit(".", 1)[0] for o in self.media
                          if o is not m and o.kind in ("video", "image")]
                said = (self.raw or clause).lower()
                relative = hit is not None and re.match(r"\s*(?:before|after)\b",
                                                        clause[hit.end(1):]) is not None
                # ("duplicate the first clip then move c to the start": "the first clip" is a clip called by
                # its place - the word, not clip.mp4 listed before c)
                listed_with = [rf"(?:\bthen|,|，|、|→|>)\s*(?:the\s+)?{re.escape(o)}(?![\w])|"
                               rf"(?<![\w.])(?<!the )(?<!this )(?<!that )(?<!first )(?<!second )(?<!third )"
                               rf"(?<!last )(?<!middle )(?<!final )"
                               rf"{re.escape(o)}(?:\.\w+)?\s*(?:,|，|、|→|>|\bthen\b)"
                               for o in others]
                if hit and not relative and any(re.search(pat, said) for pat in listed_with):
                    hit = None  # "put c first, then b, then clip": an order of several, read as a list
                    in_order = True
                # "remove b", "get rid of c pls", "take b out", "删掉b", "b不要了": a clip said to go (a list
                # of several said to go is each one's: "remove b and c")
                hit = hit or re.search(
                    rf"\b(?:delete|remove|drop|scrap|cut|lose|ditch|trash|toss|kill|erase|skip|bin|"
                    rf"get rid of|take out|(?:do not|don'?t|dont) (?:need|want|use))\s+{letter}"
                    rf"(?=\s*(?:$|[,.!;]|and\b|then\b|pls\b|please\b|too\b|as well\b|entirely\b|"
                    # "get rid of c its blurry", "delete b because its shaky": the clip, then why it goes
                    rf"completely\b|from\b|it'?s\b|its\b|it\s+(?:is|was|looks)\b|because\b|since\b|coz\b|"
                    rf"cause\b|cuz\b|bc\b))|"
                    rf"\btake\s+{letter}(?=\s+out\b)|"
                    # "just use b, get rid of the other two", "keep only c": the one clip said to stay
                    rf"\b(?:(?:just|only)\s+(?:use|keep|want|need)|(?:use|keep|want|need)\s+(?:just|only)|"
                    rf"keep)\s+{letter}(?=\s*(?:$|[,.!;]|only\b|and\s+(?:get rid|delete|remove|drop|lose|"
                    rf"ditch|scrap|cut|bin|toss|trash)\b|pls\b|please\b))|\buse\s+{letter}(?=\s+only\b)|"
                    # "a dissolve just going into c", "crossfade before b only": the clip it goes into
                    rf"\b(?:crossfades?|cross-fades?|dissolves?|transitions?|wipes?)\b[^,.;!?]*?"
                    rf"\b(?:into|before)\s+"
                    rf"{letter}(?=\s*(?:$|[,.!;]|only\b|and\b|then\b|pls\b|please\b))|"
                    # "slow down b", "speed up c to 2x": a clip changed by itself
                    rf"\b(?:slow down|speed up|slow|speed|fast[- ]forward)\s+(?:just\s+|only\s+)?{letter}"
                    rf"(?=\s*(?:$|[,.!;]|to\b|by\b|down\b|up\b|a bit\b|a little\b|pls\b|please\b|\d|x\b|"
                    rf"and\b|then\b))|"
                    # "slow motion on c only", "2x on b only", "slo-mo for just c": a speed said of one clip
                    rf"(?:{_SPEED_EN})\s+(?:on|for|to)\s+(?:just\s+|only\s+)?(?:clip\s+)?{letter}"
                    rf"(?=\s*(?:$|[,.!;]|only\b|alone\b|and\b|then\b|pls\b|please\b|too\b|so\b|because\b|"
                    rf"since\b|it'?s\b|its\b))|"
                    # "put c in slow motion", "make b slow-mo", "c only in slow motion": one clip played slow
                    rf"\b(?:put|make|turn|set|have|get)\s+{letter}\s+(?:in(?:to)?\s+|to\s+|at\s+)?(?={_SPEED_EN})|"
                    rf"(?:^|(?<=[,;]\s)|\b(?:just|only)\s+){letter}(?:\s+only)?\s+(?:in|at|to)\s+(?={_SPEED_EN})|"
                    # "make b play twice in a row", "have c play again", "get c to play twice": a clip played
                    # more than once
                    rf"\b(?:make|have|let|get)\s+{letter}\s+(?:to\s+)?(?:play|run|show|go)\s+"
                    rf"(?=(?:twice|again|(?:two|three|2|3)\s+times|back to back|one more time)\b)|"
                    # "make b 2x faster", "make c a bit slower", "play b at 2x": a clip's speed, by itself
                    rf"\b(?:make|play)\s+{letter}(?=\s+(?:(?:\d+(?:\.\d+)?\s*(?:x|times)|twice|a bit|"
                    rf"a little|"
                    rf"much|way|even)\s+)?(?:faster|slower|quicker)\b|\s+at\s+\d+(?:\.\d+)?\s*x\b)|"
                    # "play c twice in a row", "play b again": a clip played more than once
                    rf"\bplay\s+{letter}(?=\s+(?:twice|again|(?:two|three|2|3)\s+times|back to back|"
                    rf"one more time)\b)|"
                    # "remove the first 5 s of b", "trim 4s off the start of c": a part of one clip
                    rf"(?:\b(?:first|last|final|opening|closing|start|beginning|end|ending|intro|outro)|"
                    rf"§|\d\s*(?:s|secs?|seconds?|ms|frames?|%))\s+(?:of|in|from|off)\s+{letter}"
                    rf"(?=\s*(?:$|[,.!;]|and\b|then\b|pls\b|please\b|too\b|as well\b|so\b|because\b|"
                    rf"since\b|coz\b|cause\b|cuz\b|it'?s\b|its\b))|"
                    # "b的前5秒去掉", "把c最后3秒剪掉": a part of one clip, by its bare letter
                    rf"(?:^|(?<=[，,、;\s把将给]))({re.escape(stem)})(?![a-z0-9_.'’])"
                    rf"(?=\s*(?:的|里的?|里面的?)?\s*(?:最?前面?|最?后面?|最开头|开头|开始|结尾|末尾|头|尾)"
                    rf"\s*(?:的|那)?\s*"
                    rf"(?:§|(?:\d+(?:\.\d+)?|[一两二三四五六七八九十半几]+)\s*(?:秒|s\b|帧)))|"
                    # "mute just b, it has wind noise": a change of the whole video said of one clip
                    rf"\b(?:mute|unmute|denoise|brighten|darken|rotate|flip|mirror|normali[sz]e|"
                    rf"black and white|b&w)\s+(?:just\s+|only\s+)?{letter}"
                    rf"(?=\s*(?:$|[,.!;]|and\b|then\b|pls\b|please\b|too\b|a bit\b|a little\b))|"
                    # ("mute b's audio": the sound named as that clip's own)
                    rf"\b(?:mute|unmute|silence|denoise|normali[sz]e)\s+(?:just\s+|only\s+)?({re.escape(stem)})"
                    rf"(?:'s|’s)\s+(?:own\s+)?(?:audio|sound|voice|mic|track)\b|"
                    rf"(?:删掉|删除|去掉|剪掉|不要|删了)\s*({re.escape(stem)})(?![a-z0-9_.'’])|"
                    # "除了c 其他都留着", "keep everything except c": the clip left out of what stays
                    rf"(?:除了|除去)\s*({re.escape(stem)})(?![a-z0-9_.'’])(?=\s*(?:[,，、和跟]|之外|以外|其他|其余|别的|"
                    rf"都|全))|"
                    rf"\b(?:except(?: for)?|apart from|other than)\s+{letter}(?=\s*(?:$|[,.!;]|and\b))|"
                    # "让b连着播两遍", "c重复一次": a clip played again, by its bare letter
                    # ("c要播两次", "b再播一遍": wanted played again)
                    rf"(?:^|(?<=[，,、;\s让把将]))({re.escape(stem)})(?![a-z0-9_.'’])(?=\s*(?:要|得|想)?\s*"
                    rf"(?:连着|连续|再|多)?\s*"
                    rf"(?:(?:播|放)\s*(?:两|2|三|3)\s*(?:遍|次)|重复|复制)|\s*(?:要|得)?\s*(?:再|多)\s*(?:播|放)\s*"
                    rf"(?:一|1)\s*(?:遍|次))|"
                    # "c单独慢放", "只有b慢动作", "c做成慢动作", "b加速2倍": one clip's speed, by its letter
                    rf"(?:^|(?<=[，,、;\s让把将给有]))({re.escape(stem)})(?![a-z0-9_.'’])(?=\s*(?:就|也|单独|只)?\s*"
                    rf"(?:(?:做|变|改|弄|调)成\s*)?(?:{_SPEED_ZH}))|"
                    rf"(?<![a-z0-9_.'’])({re.escape(stem)})(?=\s*(?:删掉|删了|删除|去掉|剪掉|不要|拿掉|不用了(?!解)))|"
                    # "move c to the front and b to the end", "b放到最后": a second clip given its own place
                    rf"(?:\band\b|,|，|、|;|\bthen\b)\s*(?:the\s+)?{letter}(?=\s+(?:to|at)\s+(?:the\s+)?"
                    rf"(?:very\s+)?(?:front|start|beginning|end|back)\b)|"
                    rf"(?:^|(?<=[，,、;\s]))({re.escape(stem)})(?![a-z0-9_.'’])(?=\s*(?:放|移|挪)(?:到|在))|"
                    # "c放第一个", "b排最后": the place said right after the verb, no 到/在
                    rf"(?:^|(?<=[，,、;\s]))({re.escape(stem)})(?![a-z0-9_.'’])(?=\s*(?:放|移|挪|排)\s*"
                    rf"(?:第\s*(?:一|二|三|四|五|\d)|最前|最后|开头|结尾|末尾))|"
                    # "c静音", "b调亮一点": a change of the whole video said of one clip by its bare letter
                    rf"(?:^|(?<=[，,、;\s]))({re.escape(stem)})(?![a-z0-9_.'’])(?=\s*(?:就|也|单独|只)?\s*(?:静音|"
                    rf"调亮|调暗|变亮|变暗|降噪|去噪|旋转|翻转|(?:变|调)成?黑白))|"
                    # "把b的声音关掉", "c没声音了要": the sound of one clip, by its bare letter
                    rf"(?:^|(?<=[，,、;\s把将给]))({re.escape(stem)})(?![a-z0-9_.'’])(?=\s*(?:的|里的?|里面的?)?\s*"
                    rf"(?:声音|原声|音频)|\s*(?:没|没有)\s*声音)",
                    clause)
                pos = next((hit.start(g) for g in range(1, (hit.lastindex or 0) + 1) if hit.group(g)), -1) \
                    if hit else -1
            if pos < 0 and len(stem) == 1 and stem not in ("a", "i") and m.kind in ("video", "image"):
                # "put the c clip before b": a bare letter as the place another clip goes
                hit = re.search(rf"\b(?:before|after|behind|ahead of|in front of)\s+(?:the\s+)?"
                                rf"({re.escape(stem)})(?![\w.'’])(?=\s*(?:$|[,.!]|and\b|then\b|pls\b|please\b|"
                                rf"clip\b|video\b|one\b))", clause)
                pos = hit.start(1) if hit else -1
            if pos < 0 and len(stem) == 1:  # a bare letter listed with another file: "join b and c", "b、c"
                other = "|".join(re.escape(o.name.lower().rsplit(".", 1)[0]) for o in self.media
                                 if o is not m and o.kind in ("video", "image"))
                listed = r"\s*(?:,|，|、|\band\b|&|\bthen\b|和|跟|与|\+)\s*"
                one = rf"(?<![a-z0-9_.'’])({re.escape(stem)})(?![a-z0-9_.'’])"
                hit = re.search(rf"{one}(?={listed}(?:{other})(?![a-z0-9_'’]))|"
                                rf"(?<![a-z0-9_.'’])(?:{other})(?:\.\w+)?{listed}{one}",
                                clause) if other else None
                pos = (hit.start(1) if hit.group(1) else hit.start(2)) if hit else -1
            if pos < 0 and len(stem) == 1 and stem not in ("a", "i") and m.kind in ("video", "image") and \
                    not in_order and self.on_timeline(m.media_id):
                # "kill the sound on b only", "c should come before b", "i dont need b or c anymore",
                # "把c挪到b前面": with several clips on the timeline, a letter standing alone that is one of
                # their names is that clip, however the sentence goes round it
                pos = bare_letter(clause, stem)
            if pos < 0 and stem in KEYWORDS and m.kind in ("video", "image"):
                # "拼接clip、b、c三个": a file named like a common word, listed by its bare name with others
                other = "|".join(re.escape(o.name.lower().rsplit(".", 1)[0]) for o in self.media
                                 if o is not m and o.kind in ("video", "image"))
                one = rf"(?<![\w.'’])(?<!the )(?<!this )(?<!a )({re.escape(stem)})(?![\w.'’])"
                # ("join clip then c then b": a "then" between bare names lists them too; "clip和c拼到一块儿",
                # "join clip and c": so does "and")
                sep = r"(?:\s*[、,，&+]\s*|\s*(?:和|跟|与)\s*|\s+and\s+|\s+(?:and\s+)?then\s+)"
                hit = re.search(rf"{one}(?={sep}(?:{other})(?![\w'’]))|"
                                rf"(?<![\w.'’])(?:{other})(?:\.\w+)?{sep}{one}",
                                clause) if other else None
                pos = (hit.start(1) if hit.group(1) else hit.start(2)) if hit else -1
            if pos < 0 and m.media_id.lower() in clause:
                pos = clause.find(m.media_id.lower())
            if pos >= 0:
                found[m.media_id] = (pos, m)
                # the file's name is explained by the reading that used it
                note(clause, pos, pos + len(name if clause.startswith(name, pos) else stem))
        return sorted(found.values(), key=lambda p: p[0])

    def pick(self, clause: str, *kinds: str) -> MediaRef | None:
        """The one media file the clause means: named, else the only one of that kind."""
        named = self.mentioned(clause, *kinds)
        if named:
            return named[0][1]
        candidates = self.of_kind(*kinds)
        if len(candidates) == 1:
            return candidates[0]
        if candidates and kinds == ("audio",):
            return candidates[-1]  # the latest uploaded song
        return None

