"""What the resolver's chosen readings mean together: negation, undo inside one request, the words left
unexplained, the language of the reply, and the guard against destroying what was not asked for."""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Sequence
from typing import Any

from vidai_nb.engine.ops import OpBase, programme_ms
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.base import main_clips

from . import cached_re as re
from . import vocab
from .context import ParseContext
from .defaults import MUSIC_FADE_MS
from .events import Plan
from .markers import MARKERS as _M
from .markers import REASONS, reason_words
from .normalize import _VERBS, KEYWORDS
from .reading import RECORDER
from .resolver import (
    _DESCRIBED,
    KEPT_AFTER,
    OLD_VIDEOS,
    SHARED,
    STORY_ASKS,
    TAKE_BACK,
    Candidate,
    Resolution,
    negated,
)
from .rules.common import (
    DURING_FREEZE,
    IS_THE_MUSIC,
    MAGNIFIED,
    SELECTIVE_COLOUR,
    SLOW_COMPLAINT,
    dub_named,
    file_step,
    speed_for_length,
)

_CJK = re.compile(r"[\u4e00-\u9fff]")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|「[^」]*」|『[^』]*』|‘[^’]*’|(?<![\w])'[^']*'(?![\w])")


def reply_chinese(raw: str, language: str) -> bool:
    """The reply's language is the request's (quoted text does not count), else the session's."""
    bare = _QUOTED.sub(" ", raw)
    if _CJK.search(bare):
        return True
    if re.search(r"[A-Za-z]{2,}", bare):
        return False
    return language.lower().startswith("zh")


# --- negation -----------------------------------------------------------------------------------------

def apply_negation(res: Resolution, zh: bool) -> tuple[list[Candidate], list[str], list[Candidate]]:
    """Drop readings the request negates ("don't speed it up", "不要加速"); say so.

    A negator counts only when the detector did not read it itself ("no music" and "不要前3秒" are
    removals their detectors understood)."""
    kept: list[Candidate] = []
    said: list[str] = []
    dropped: list[Candidate] = []  # readings the request negates: accounted for, not done
    for cand in res.chosen:
        if cand.hit.question and not cand.hit.ops and _negated(res, cand):
            dropped.append(cand)  # "don't change the speed, just mute it": no question about the speed either
            continue
        if cand.hit.refusal and not cand.hit.ops and cand.hit.export is None and _negated(res, cand) and \
                any(c.hit.ops for c in res.chosen if c is not cand):
            # "去水印那个我不要 把logo.png加到右下角", "去水印那步不用了 加个logo": what cannot be done,
            # said not to be wanted beside what is - nothing to refuse
            dropped.append(cand)
            continue
        if cand.hit.refusal and not cand.hit.ops and cand.hit.export is None and _negated(res, cand) and \
                all(_negated(res, c) for c in res.chosen if c is not cand):
            # "不用去水印", "don't remove the watermark" said alone: what cannot be done, only declined -
            # nothing to refuse and nothing changes, said as any other declined edit is
            dropped.append(cand)
            a, b = _negated_span(res, cand)
            phrase = res.text[a:b].strip()
            said.append(f"好的，“{phrase}”——这一项我没有做。" if zh else
                        f"Understood — “{phrase}”: I left that alone.")
            continue
        if not cand.hit.ops or not _negated(res, cand):
            kept.append(cand)
            continue
        dropped.append(cand)
        a, b = _negated_span(res, cand)
        # (a time as said, not as marked: "别剪掉开头3秒", "don't cut the first 3s")
        phrase = re.sub(r"\s*§(\d+)§\s*" if zh else r"§(\d+)§",
                        lambda m: f"{int(m.group(1)) / 1000:g}{'秒' if zh else 's'}", res.text[a:b]).strip()
        note = f"好的，“{phrase}”——这一项我没有做。" if zh else f"Understood — “{phrase}”: I left that alone."
        if note not in said:  # two readings declined in the same words are said once
            said.append(note)
    return kept, said, dropped


_NEGATION_WORD = re.compile(r"\b(?:don'?t|do not|doesn'?t|never|not|no|without|except)\b|"
                            r"千万别|不要|别|不用|不需要|无需|不必|不想|除了")


def _negated_span(res: Resolution, cand: Candidate) -> tuple[int, int]:
    """Where a reading said not to be done is said: its clauses, or - when another reading that is done
    shares them ("remove the background noise but NOT the music") - only the negation and the thing
    negated ("not the music"), never the words of the edit that was done."""
    a, b = res.clauses[cand.window[0]][0], res.clauses[cand.window[1]][1]
    own = sorted(cand.explains - cand.refs) or sorted(cand.explains)
    if not own:
        return a, b
    # ("DONT normalize or make it louder": another reading said not to be done in the same words is no
    # edit that was done - the words are said once, whole)
    others = [res.tokens[i] for c in res.chosen if c is not cand and c.hit.ops and not _negated(res, c)
              for i in c.explains if a <= res.tokens[i].start < b and i not in cand.explains]
    if not others:
        return a, b
    lo, hi = res.tokens[own[0]].start, res.tokens[max(cand.explains)].end
    before = max((t.end for t in others if t.end <= lo), default=a)
    after = min((t.start for t in others if t.start >= hi), default=b)
    negs = list(_NEGATION_WORD.finditer(res.text, before, lo))
    start = negs[-1].start() if negs else lo
    end = after
    # the words up to the next reading that is done are this one's, less the joining word before it
    tail = re.search(r"(?:\s*(?:[,，;；、]|\band\b|\bthen\b|\bbut\b|但是?|并且|然后|再))+\s*$",
                     res.text[start:end])
    if tail:
        end = start + tail.start()
    return (start, end) if end > start else (a, b)


def _negated(res: Resolution, cand: Candidate) -> bool:
    return negated(res.text, res.tokens, res.clauses, cand)


# ("速度别动": what is to stay may be named first)
_DECLINED = re.compile(r"\s*(?:(?:wait|ok|okay|actually|hmm+|um+|uh+|no|nah|so|and|but)[,\s]+)*"
                       r"(?:please\s+)?(?:[\u4e00-\u9fff]{1,4}?\s*"
                       r"(?=(?:先|暂时|暂且|就|千万|可千万|一定)?(?:别|不要|不用|不需要|无需|不必)))?"
                       # ("画面比例千万别动哈": the stress before 别 says no more)
                       r"(?:先|暂时|暂且|就|千万|可千万|一定)?"
                       r"(?:don'?t|dont|do not|never|no need to|"
                       r"(?:给我|帮我)?(?:别|不要|不用|不需要|无需|不必))\s*(?:给我|帮我|you\s+)?\s*"
                       r"(?:add|put|change|touch|edit|cut|trim|speed|slow|mute|crop|remove|delete|use|apply|"
                       r"do\s+(?:anything|any\s+edits?|it|that|this)\s+yet|"
                       r"加|添|改|动|剪|删|变|调|换|替换|更换|用|配|上)|"
                       # "no fast forward on this one", "no cuts please": the edit named after a bare "no"
                       r"\s*(?:(?:but|and|just|so)\s+)?(?:no|without)\s+(?:more\s+|any\s+)?"
                       r"(?:fast[\s-]?forward\w*|speeding(?:\s+(?:it\s+)?up)?|speed[\s-]?ups?|slow[\s-]?mo(?:tion)?|"
                       r"slowing(?:\s+(?:it\s+)?down)?|cuts?|cutting|trims?|trimming|text|captions?|subtitles?|"
                       r"titles?|filters?|transitions?|effects?|zoom\w*|crop\w*)\b|"
                       # "cut out nothing", "nothing gets trimmed": no cut, in so many words
                       r"\s*(?:(?:but|and|just|so)\s+)?(?:(?:cut|trim|remove|delete|drop)\s+(?:out\s+|off\s+)?"
                       r"nothing\b|nothing\s+(?:gets|is|will\s+be|should\s+be|needs\s+to\s+be|has\s+to\s+be|to\s+be)"
                       r"\s+(?:cut|trimmed|removed|deleted|chopped)\b)")
# what leaving it be sounds like: "i like it clean", "保持原速就行", "keep it as is"
# ("速度保持原样就行": what stays may be named first)
_AS_IS = re.compile(r"\s*(?:[\u4e00-\u9fff]{1,3}?\s*(?=保持|原样|不变))?"
                    r"(?:(?:i|we)\s+like\s+it|keep\s+it|leave\s+it|it'?s\s+fine|(?:just\s+)?as\s+is|"
                    # "don't change the colours, they're spot on": the thing kept praised as it is - why it
                    # stays
                    r"(?:they'?re|theyre|they\s+are|it'?s|its|it\s+is|that'?s|thats|(?:they|it)\s+looks?)\s+"
                    r"(?:(?:already|just|really|honestly|dead|pure|pretty|totally|absolutely)\s+)?"
                    r"(?:spot\s+on|bang\s+on|perfect|great|lovely|grand|brilliant|fine|good|just\s+right|"
                    r"right)\s*(?:as\s+(?:they|it)\s+(?:are|is)\s*)?[.!~]*\s*$|"
                    # "leave the speed as it is", "keep the music the way it is": that thing stays
                    r"(?:keep|leave)\s+(?:the\s+|my\s+|its\s+|our\s+)?(?:[a-z]+\s+){1,2}?(?:as\s+it\s+is|as\s+is|"
                    r"alone|the\s+same|the\s+way\s+it\s+is|unchanged|untouched)\b|"
                    r"保持|保留原|原样|原速|原来的|就行|就好|挺好|"
                    # "不要加任何文字 干干净净的就行": plain, as it is, said to be enough
                    r"(?:干干净净|干净|清清爽爽|清爽|简简单单|朴素|素)(?:一点|点)?(?:的)?\s*(?:就行|就好|就可以|挺好|即可)|"
                    # "其他的等我想想", "the rest later": the rest put off, nothing asked for yet
                    r"(?:其他|其余|别的|剩下)的?\s*(?:等我|我再|回头|之后|晚点|以后|先不)|等我(?:想想|考虑|再看|想一想)|"
                    # ("暂时不要加任何文字 等我想好": until they have made up their mind - put off)
                    r"等我\s*(?:想好|考虑好|决定好?|拿定主意|定下来)(?:了|再说|再加|再弄)?|"
                    r"回头再说|再说吧|"
                    # "先别动比例啊 等我问问老板再说", "i need to ask my boss first": someone else is asked
                    # first - put off, nothing asked for yet
                    r"等我\s*(?:先\s*)?(?:问问|问一下|问下|请示|商量|确认)|"
                    r"等我\s*(?:先\s*)?(?:跟|和|找)\s*[\u4e00-\u9fff]{1,4}?\s*(?:商量|确认|聊聊|问问|说一声)|"
                    r"(?:(?:i|we)\s+)?(?:need|have|got|gotta|want|wanna)\s+(?:to\s+)?(?:ask|check\s+with|"
                    r"run\s+it\s+(?:by|past)|talk\s+to)\s+(?:my|our|the)\s+\w+(?:\s+first)?\b|"
                    r"(?:the rest|everything else)\s+(?:later|can wait)|"
                    # "still uploading the photos", "照片还在传": the files not all here yet - wait for them
                    r"(?:(?:i'?m|im|i am|we'?re|were|we are)\s+)?"
                    r"still\s+(?:uploading|upload\w*|adding|sending|"
                    r"transferring|copying|importing|getting|gathering|finding|picking|choosing|filming|"
                    r"recording|waiting)\b|"
                    r"(?:wait|hold on|hang on)\b(?:\s+(?:till|until|for)\b.*)?\s*[.!]?\s*$|"
                    r"(?:[\u4e00-\u9fff]{1,4}?)?(?:还在|正在)\s*(?:上传|传|拍|录|找|选|导|发|整理)|"
                    r"等我\S{0,4}(?:传完|上传完|传上来|拍完|录完|找齐|选好)|"
                    r"(?:i'?ll|let me)\s+(?:think|get back)|"
                    # "i'll look at the rest later", "i'll figure out everything else myself": put off
                    r"(?:i'?ll|i will|let me)\s+(?:look at|check|deal with|figure out|sort out|think about|"
                    r"decide on|see about)\s+(?:the rest|everything else|the other stuff|the other things)\b|"
                    # "don't cut anything yet, still thinking", "i'm still deciding": thinking it over
                    r"(?:(?:i'?m|im|i am|we'?re|we are)\s+)?(?:still\s+)(?:thinking|deciding|undecided|"
                    r"figuring|making up my mind|mulling|on the fence|not sure)\b|"
                    r"(?:(?:i'?m|im|i am|we'?re|we are)\s+)?not sure yet\b|(?:i\s+)?need to think\b|"
                    r"(?:我\s*)?(?:还在|正在|还没)\s*(?:想|考虑|犹豫|纠结|决定|拿主意)|"
                    # "我再想想", "i'm just looking": thinking it over or only looking - nothing asked for yet
                    r"(?:我\s*(?:再|先)?|再|先)\s*(?:想想|想一想|考虑(?:一下|考虑)?|琢磨(?:一下|琢磨)?)|"
                    r"(?:(?:i'?m|im|i am|we'?re|we are)\s+)?(?:just|only)\s+(?:looking|browsing|"
                    r"having a look|"
                    r"looking around|looking it over)\b|"
                    # "dont speed anything up, i just wanted to know if i could": the earlier words were
                    # only asked
                    r"(?:i\s+)?(?:was\s+)?(?:just|only)\s+(?:(?:wanted|wanting|want)\s+to\s+(?:know|check|ask|see)|"
                    r"wondering|asking|curious|checking)\b|(?:i\s+)?(?:was|am|'m|m)\s+(?:just\s+|only\s+)?"
                    r"(?:asking|wondering|curious)\b|"
                    r"(?:我\s*)?(?:只是|就是|就)?\s*(?:问问|问一下|好奇|随便问))")


def only_declined(text: str, clauses: list[str]) -> bool:
    """Every clause declines an edit ("don't add any text", "别改速度") or says to leave it as it is."""
    # ("速度保持原样就行，别给我加快": what stays said first, then what not to do)
    return bool(clauses) and any(_DECLINED.match(c) or _SETTLED.match(c) or _NO_MUSIC.match(c)
                                 for c in clauses) and all(
        _DECLINED.match(c) or _AS_IS.match(c) or _SETTLED.match(c) or _NO_MUSIC.match(c) or _music_there(c) or
        _what_it_is(c) or _disliked(c) for c in clauses)


# "dont add any text please, the pastor hates it", "不要加字幕 老板不喜欢": someone's dislike of the thing
# declined, said as why - a reason, asking for nothing
_DISLIKED = re.compile(
    r"\s*(?:(?:because|since|as|cause|cuz|coz|bc)\s+)?(?:(?:the|my|our|his|her|their)\s+)?"
    r"(?:[\w'-]+\s+){0,2}?(?:hates?|dislikes?|can'?t stand|cannot stand|doesn'?t like|don'?t like|"
    r"(?:is|isn'?t|is not|are|aren'?t|am|'m|'s)\s+not\s+(?:a\s+)?(?:fan|into)|"
    r"(?:isn'?t|aren'?t)\s+(?:a\s+)?fans?|"
    r"(?:gets?|got)\s+annoyed\s+by|finds?\s+(?:it|them)\s+(?:tacky|distracting|cheesy|annoying))\s*"
    r"(?:of\s+)?(?:it|that|them|this|those|these)?\s*(?:lol|haha)?\s*[.!]*\s*$|"
    r"\s*(?:因为)?[\u4e00-\u9fff]{0,4}?(?:不喜欢|讨厌|受不了|嫌弃|看不惯|烦)(?:这个|那个|这些|这种)?\s*"
    r"(?:了|啊|呀|哈)?\s*[。.!！]*\s*$")


# words that make a "reason" clause ask for an edit after all (it is then read as one, not as a reason)
_REASON_EDIT_WORDS = (r"add|put|use|play|make|turn|cut|trim|remove|mute|lower|raise|keep|delete|speed|slow|"
                      r"crop|change|fix|export|but|needs?|should|could")


def _disliked(clause: str) -> bool:
    """ "the pastor hates it": who does not like the thing declined, with no edit word in it."""
    return _DISLIKED.match(clause) is not None and not re.search(
        rf"\b(?:{_REASON_EDIT_WORDS}|so)\b|§|⟦|加|剪|删|去掉|改|换|调|但", clause)


# "no music please, it's a clinical module", "no text on this one, it's for a funeral": what the video is,
# said as why - a reason, asking for nothing
_WHAT_IT_IS = re.compile(r"\s*(?:(?:because|since|as|cause|cuz|coz)\s+)?(?:it'?s|its|it is|this is|"
                         r"this one is|that'?s|the video is)\s+(?:just\s+|only\s+|meant\s+)?"
                         r"(?:an?|for|part of|going to|going on|a\s+serious|serious|formal|official)\b"
                         r"[^,;:]*?[.!]?\s*$")


def _what_it_is(clause: str) -> bool:
    """ "it's a clinical module": what the video is or is for, with no edit word in it."""
    return _WHAT_IT_IS.match(clause) is not None and not re.search(
        rf"\b(?:{_REASON_EDIT_WORDS}|too)\b|§|⟦", clause)


# "no music please, the choir is the music": music declined in so many words (alone, it is answered that none
# plays)
_NO_MUSIC = re.compile(r"\s*(?:please\s+|pls\s+)?(?:no|without)\s+(?:any\s+)?(?:background\s+|bg\s+)?"
                       r"(?:music|songs?|bgm|soundtrack)\b"
                       # ("no music on this one": the video it is said of)
                       # ("no music on the hand hygiene one": the video named by what it is about)
                       r"(?:\s+(?:on|for|in|with)\s+(?:this|that|it|the)(?:\s+(?:[\w'-]+\s+){0,3}?(?:one|1|video|"
                       r"clip|vid|edit|version|post|reel|module|lesson|episode|film|recording|tutorial))?)?"
                       r"(?:\s+(?:please|pls|plz|thanks|thx))?\s*[.!]*\s*$|"
                       r"\s*(?:不要|不用|不需要|别)\s*(?:加|配|放)?\s*(?:背景)?(?:音乐|配乐|bgm)\s*(?:了|吧|哦|啊)?"
                       r"\s*[。.!！]*\s*$")


def _music_there(clause: str) -> bool:
    """ "the choir is the music", "合唱本身就是音乐": what plays in the footage said to be the music - a
    reason, asking for nothing."""
    return re.search(IS_THE_MUSIC, clause) is not None and not re.search(
        r"\b(?:add|put|use|play|make|turn|cut|trim|remove|mute|lower|raise|keep)\b|"
        r"加|配(?!乐)|放|用|换|调|删|剪", clause)


# "先这样，其他的回头再说", "that's fine for now": the video as it is, for now
_SETTLED = re.compile(r"\s*(?:(?:先|就|暂时)\s*这样(?:吧|就行|就好|挺好|了)?|这样就(?:行|好|可以)了?|"
                      r"不用改了|(?:that'?s|it'?s) (?:fine|good|ok|okay) (?:for now|as is)|leave it for now|"
                      r"(?:hold off|not yet|nothing yet)(?: on (?:the |any )?(?:edits?|editing|changes|it|"
                      r"that|this|cutting|cuts|trimming))?(?: for now)?|"
                      # "…, i'll decide later", "let me think about it": the choice put off, nothing asked
                      r"(?:(?:but|and|so)\s+)?(?:i'?ll|i\s+will|ill|we'?ll|we\s+will|let\s+me|i\s+(?:need|want)\s+to|"
                      r"i'?m\s+going\s+to|gonna)\s+(?:decide|think\s+(?:about\s+(?:it|that)|it\s+over)|"
                      r"make\s+up\s+my\s+mind|figure\s+(?:it|that)\s+out)(?:\s+(?:later|after|tomorrow|another\s+time))?)"
                      r"\s*[。.!！]?\s*$")


# --- direction and comparison ------------------------------------------------------------------------

_SLOWER = re.compile(r"\bslow(?:er|ing|ed|s|[\s-]?downs?)?\b|\bslo[\s-]?mo\b|慢|减速")
_FROM_TO = re.compile(r"\bfrom\s*(‹r\d+by\d+›|\d+(?:\.\d+)?\s*[%x×]?)\s*(?:to|into|->|→)\s*(‹r\d+by\d+›|"
                      r"\d+(?:\.\d+)?\s*[%x×]?)|从\s*(‹r\d+by\d+›|\d+(?:\.\d+)?\s*[%x×倍]?)\s*(?:改成|变成|"
                      r"换成|到|改为)\s*"
                      r"(‹r\d+by\d+›|\d+(?:\.\d+)?\s*[%x×倍]?)")


def apply_direction(res: Resolution, chosen: list[Candidate]) -> None:
    """Direction and comparison, once for every reading: "slow down by 2x" is 0.5×, never 2×; "change it
    from 16:9 to 9:16" and "from 50% to 80%" take the second value as the target."""
    for cand in chosen:
        words = " ".join(res.tokens[i].text for i in sorted(cand.explains))
        a, b = res.clauses[cand.window[0]][0], res.clauses[cand.window[1]][1]
        said = res.text[a:b]
        for n, op in enumerate(cand.hit.ops):
            if isinstance(op, s.Speed) and op.factor > 1 and _SLOWER.search(words) and not re.search(
                    r"\bfaster\b|\bspeed (?:it |this )?up\b|加速|快", said) and _SLOWER.search(
                    re.sub(SLOW_COMPLAINT, " ", said)):
                cand.hit.ops[n] = op.model_copy(update={"factor": round(1 / op.factor, 3)})
            m = _FROM_TO.search(said)
            if not m:
                continue
            new = m.group(2) if m.group(1) else m.group(4)
            cand.explains = cand.explains | {i for i, t in enumerate(res.tokens)
                                             if a + m.start() <= t.start < a + m.end()}
            if isinstance(op, s.SetAspect) and new.startswith("‹r"):
                ratio = new[2:-1].replace("by", ":")
                if ratio in ("9:16", "16:9", "1:1", "4:5"):
                    cand.hit.ops[n] = op.model_copy(update={"ratio": ratio})
            elif isinstance(op, s.SetVolume | s.Speed) and not new.startswith("‹r"):
                value = float(re.sub(r"[^\d.]", "", new))
                value = value / 100 if "%" in new else value
                field = "volume" if isinstance(op, s.SetVolume) else "factor"
                with contextlib.suppress(ValueError):  # out of range: the detector's reading stands
                    cand.hit.ops[n] = type(op).model_validate({**op.model_dump(), field: value})


# --- corrections inside one request -------------------------------------------------------------------

_MEDIA_FILE = r"[\w-]+\.(?:mp4|mov|webm|mkv|avi|png|jpe?g|gif|webp|mp3|wav|m4a|aac)\b"
# "put splash.png.. i mean photo1.jpg at the start": the file named second replaces the first
_FILE_CORRECTION = re.compile(
    rf"{_MEDIA_FILE}\s*(?:…|\.+|,|，|;|-|—)?\s*"
    rf"(?:(?:{_M['file']})[\s,，]*)?(?:no[\s,，]+)?"
    rf"(?:i mean|i meant|make (?:it|that)|rather|不是，?是|改成|换成)\s*(?P<new>{_MEDIA_FILE})",
    re.IGNORECASE)
# "不对不对", "说错了", "算了", "等下": a Chinese marker that takes back the amount just said (`markers`)
_ZH_TAKE_BACK = _M["zh_take_back"]
_CORRECTION = re.compile(
    # (a clock time is no number to correct here: "0:10 to 0:20, no wait, 0:15 to 0:25" is normalize's)
    # (nor the seconds of a Chinese clock time: "在1分05秒分割…不对 是0分25秒" is normalize's too)
    r"(?<![\d:：])(?<!分)(?<!分钟)(?P<num>\d+(?:\.\d+)?|[一二两三四五六七八九十]+(?:点[零一二三四五六七八九]+)?)"
    r"(?P<mid>(?:(?!\d).){0,120}?)\s*(?:…|\.{2,}|,|，|;|；|-|"
    r"—)?\s*"
    # ("er" is a word of its own: "make the intro faster, make it 2x" corrects nothing)
    # ("fade out 3 sec no make it 5": a bare "no" before "make it" and the new number is the marker too)
    rf"(?:(?:{_M['number']})[\s,，]*"
    r"(?:no[\s,，]+)?"
    # ("30 seconds, oh wait shorts count extra so make it 29": why, said between the marker and the new one)
    r"(?:(?:[a-z'’]+[\s,，]+){1,7}?(?:so|then|in that case)[\s,，]+)?"
    r"(?:make it|make that|i mean|i meant|change (?:it|that) to|let'?s do|do|改成|改为|换成|还是|就|是)|"
    # "wait no, 3", "算了，删前5秒": a marker that takes the number back needs no verb before the new one
    # ("cut the first 4 seconds no no no 3 seconds": "no" said over again)
    # ("trim the first 6 seconds — no sorry, 4": "no" then the apology, the other way round, the same)
    rf"(?:(?:actually|wait|sorry|oops|hmm)[\s,，]+(?:no|nah|nope)\b|no[\s,，]+(?:wait|sorry|oops)\b|"
    rf"\bno(?:[\s,，]+no\b)+|"
    rf"scratch that|{_ZH_TAKE_BACK}|"
    # "2倍速 emm太快了 1.5倍吧", "speed it up 2x.. too fast, 1.5x": the amount said first, found too much (or
    # too little), then a new amount - the new one replaces it (the complaint is why, no edit of its own)
    r"(?:太快|太慢|太多|太少|太长|太短|太吵|太响|太大声|太小声|"
    r"(?<![a-z])too (?:fast|slow|much|little|long|short|loud|quiet))了?(?:点|些)?(?:吧|啊|呀|哈)?"
    r"(?=[\s,，.…!！]*(?:just\s+|only\s+|more like\s+)?\d)|"
    # "music at 40%... nah 25%": "nah" (never a word of an edit) right before the new number is the marker
    r"\bnah\b(?=[\s,，.…]+(?:just\s+|only\s+|more like\s+)?\d)|"
    # "循环4次…还是3次吧", "音乐40%，还是25%吧": after a pause, 还是 + a number + 吧 settles on that number
    # (还是 with no 吧 after it may ask which one: "40%还是25%？")
    r"(?<=[….,，;；—\s-])还是(?=\s*\d+(?:\.\d+)?[^,，。；;…!?！？\d]{0,6}吧)|"
    # "cut 5 secs off the start... no, 2": a bare "no" right before a new amount that ends the request
    r"(?<=[….,;—-])\s*no(?=[\s,，]+(?:just\s+|only\s+)?\d+(?:\.\d+)?\s*(?:s\b|secs?\b|seconds?\b|times\b|x\b)?\s*"
    r"(?:$|[.!,;]|instead\b|then\b))|"
    # "make it 10 sec… actually 12": "actually" right before the new number ("…, i mean 3" too)
    # ("fade out over 2 seconds, on second thought 3": "on second thought" the same)
    # ("volume to 80%, make that 60%": "make that" after a pause is a correction too - never "make it",
    # which may start an edit of its own: "cut 5 seconds, make it 2x")
    r"(?:actually|i mean|i meant|on second thought|(?<=[,，.…;—-]\s)make that)"
    r"(?=[\s,，]+(?:just\s+|only\s+|more like\s+)?\d)|"
    # ("make it 45 seconds, oh wait, 40": "wait" / "sorry" set off by a pause before the new number)
    r"(?:(?<=[,，.…;—-])|(?<=[,，.…;—-]\s)|(?<=\boh\s))(?:wait|sorry|oops)"
    r"(?=[\s,，]+(?:just\s+|only\s+|more like\s+)?\d))"
    r"[\s,，]*)\s*"
    # "wait no, just 1.5", "actually no, more like 3": a hedge before the new number
    r"(?:(?:just|only|more like|like|maybe|rather)\s+)?"
    # ("…不对，是前面4秒": the place said again with the new number; "sorry i meant the last 10": the end too)
    r"(?:剪掉?|删掉?|去掉|切掉?|cut|trim)?\s*"
    r"(?P<end>(?:前|后|最后)(?:面|边|头)?|开头|结尾|the first|the last)?\s*"
    r"(?P<new>\d+(?:\.\d+)?|[零一二两三四五六七八九十]+(?:点[零一二三四五六七八九]+)?)"
    r"(?![\d:：])(?!\s*分钟?\s*(?:\d|[零一二两三四五六七八九十]))(?P<unit>\s*(?:秒"
    r"|s\b|sec\w*|seconds?)?)\s*(?:吧|inste"
    r"ad)?",
    re.IGNORECASE)


# "take 3 sec off the end—sorry no, the start": the end named second replaces the first
_END_CORRECTION = re.compile(
    r"\b(?:the\s+)?(?:end|ending|start|beginning|front|back)\s*(?:…|\.+|,|，|;|-|—|–)?\s*"
    rf"(?:{_M['end']})[\s,，]*(?:no[\s,，]+)?(?:i mean\s+|i meant\s+)?"
    r"(?:the\s+)?(?P<new>end|ending|start|beginning|front|back)\b",
    re.IGNORECASE)


# "loop the video 3x... actually twice is enough": a new amount said to be enough replaces the first
_ENOUGH = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)(?P<mid>(?:(?!\d).){0,40}?)\s*(?:…|\.{2,}|,|;|-|—)?\s*"
    rf"(?:{_M['enough']})"
    r"[\s,]+(?:just\s+|only\s+)?(?P<new>\d+(?:\.\d+)?|once|twice|thrice)\s*(?:x|times)?\s*"
    r"(?:(?:is|would be)\s+(?:enough|fine|plenty|ok(?:ay)?|good)|will do|would do|should do)\b",
    re.IGNORECASE)
_TIMES = {"once": "1", "twice": "2", "thrice": "3"}

# "剪掉前5秒，别删太多，3秒就行", "cut 5s off the start, actually that's too much, 3 is fine", "trim the first
# 5 s, no, only 3": a second amount said to be enough (or after "too much", or as "no, only N") replaces the
# amount said first — never the larger one kept
_NUM = r"\d+(?:\.\d+)?|[一二两三四五六七八九十]+(?:点[零一二三四五六七八九]+)?"
_AMOUNT_ENOUGH = re.compile(
    rf"(?<![\d:：.])(?P<num>{_NUM})(?P<mid>[^\d,，;；…。!！?？一二两三四五六七八九十]{{0,40}}?)\s*"
    r"(?:…|\.{2,}|,|，|;|；|-|—|–)+\s*"
    rf"(?P<lead>(?:(?:{_M['amount']})[\s,，.…!！]*)*)"
    r"(?P<hedge>(?:(?:that'?s|that is|it'?s|thats)\s+)?(?:(?:way|a bit|a little|too)\s+)*"
    # ("loop it 4 times, hmm thats overkill, 3": "overkill" / "excessive" / "a bit much" the same)
    r"(?:too (?:much|many|long)|a lot|overkill|excessive|a bit much|way much)|"
    r"(?:别|不要|不用)(?:删|剪|去掉|切)?(?:太多|那么多|这么多)|"
    r"太多了?|多了|(?:that'?s|that is) (?:more than|a lot)[^,，]{0,12})?"
    r"[\s,，.…!！]*(?:(?:no|actually|wait|so|then|make it|make that|do|那就|就|改成|只要|只)[\s,，]*)*"
    r"(?P<only>(?:just|only|maybe)\s+)?(?:剪掉?|删掉?|去掉|切掉?)?\s*"
    # ("music at 30%, no, 20% is better": a share said again with its sign)
    # ("循环4次 嗯…3次就够了": a count said enough with its 次, the same as seconds with 秒)
    rf"(?P<new>{_NUM})(?![\d:：])(?:\s*(?:秒钟?|次|s\b|secs?\b|seconds?\b)|(?P<share>\s*%))?\s*"
    r"(?P<enough>(?:is|would be|'?s)\s+(?:enough|fine|plenty|ok(?:ay)?|good|better)\b|will do\b|should do\b|"
    r"就行了?|就够了?|就好了?|就可以了?|够了|(?:就)?差不多了?|吧)?",
    re.IGNORECASE)


def _amount_enough(m: re.Match[str]) -> str:
    lead = (m.group("lead") or "").lower()
    said_no = bool(re.search(r"\bno\b|\bnah\b|\bnope\b|不对|不是", lead))
    if m.group("share") and not m.group("mid").lstrip().startswith("%"):
        return m.group(0)  # a share said after an amount of something else is no new amount of it
    if m.group("enough") or m.group("hedge") or (said_no and m.group("only")):
        return m.group("new") + m.group("mid") + " "
    return m.group(0)



# "add the title 'Spring Concert 2024'... actually make it 'Spring Concert 2025'": the text said second
# replaces the first
_SAID_TEXT = (r"\"[^\"]+\"|“[^”]+”|「[^」]+」|‘[^’]+’|"
              r"(?<![A-Za-z0-9])'(?:[^']|(?<=[A-Za-z])'(?=[A-Za-z]))+'(?![A-Za-z0-9])")
_QUOTE_CORRECTION = re.compile(
    rf"(?:{_SAID_TEXT})(?P<mid>[^'\"“”「」‘’…;.]{{0,40}}?)\s*(?:…|\.+|,|，|;|-|—)?\s*"
    # ("'Chapter One'... no make it 'Chapter 1'": a bare "no" takes the words back as well)
    rf"(?:(?:{_M['quote']})[\s,，]*(?:no[\s,，]+)?"
    # ("'Harmony Choir' — sorry typo, 'Harmonia Choir'", "「开业大集」…写错了 「开业大吉」": the slip
    # named after the marker is part of it)
    r"(?:(?:(?:my|a|that'?s a|that was a)\s+)?(?:typo|misspell(?:ed|ing)?|spelling|bad)|错别字|"
    r"(?:打|写)错(?:字)?了?)?"
    r"[\s,，.!！—–-]*"
    # ("'Spring Recital 2024' — oh wait it's the winter one, 'Winter Recital 2024'": why, said between the
    # marker and the new words)
    r"(?:(?:it'?s|its|it was|that'?s|thats|this is|should be)\s+[^'\"“”「」‘’,，;.]{1,30}?[\s,，:—–-]+)?"
    r"(?:i mean|i meant|make it|make that|change it to|call it|let'?s (?:do|say|go with)|rather|改成|换成|"
    r"(?:还是|就)?(?:叫|写|用|改成|换成)|还是|就|(?:应该)?是)?|"
    r"(?:i mean|i meant|make it|make that|change it to|call it|改成|换成))[\s,，]*"
    rf"(?P<new>{_SAID_TEXT})",
    re.IGNORECASE)
_END_WORD = {"the first": "first", "the last": "last"}


def _quote_corrected(f: re.Match[str]) -> str:
    # "把标题「第一期」换成「第二期」", "标题从“旧”改成“新”": the old words named as the object (把/将) or the
    # start (从) of a bare 改成/换成 are replaced on screen - a replacement, not a correction of the first
    if re.search(r"(?:把|将|从)[^，,。；;!?！？]{0,6}$", f.string[:f.start()]) and \
            re.search(r"^[\s,，]*(?:改成|换成)", f.string[f.end("mid"):]):
        return f.group(0)
    # "「样片」删掉，换成「限时特价」", "标题「第一期」换成「第二期」": the old words said first as what
    # is spoken of (nothing added before them), or said to go, then 换成 - the same replacement without 把
    if re.search(r"^[\s,，]*(?:改成|换成|改为|替换成)", f.string[f.end("mid"):]) and (
            re.search(r"删|去掉|拿掉|不要|撤掉", f.group("mid")) or
            re.fullmatch(r"\s*(?:(?:画面|屏幕|视频)?(?:上|里)?的?\s*)?(?:标题|文字|字幕|那行字|这行字)?\s*",
                         f.string[:f.start()])):
        return f.group(0)
    return f.group("new") + f.group("mid")


# "flip it vertically, wait no, horizontally", "上下翻转 不对 左右": a direction corrected without its verb -
# the word said second replaces the first (one of a pair of alternatives)
_ALTERNATIVES = [("vertically", "vertical", "horizontally", "horizontal"), ("clockwise", "counterclockwise",
                 "counter-clockwise", "anticlockwise", "anti-clockwise"), ("上下", "左右"), ("垂直", "水平"),
                 ("顺时针", "逆时针")]
_ALTERNATIVE = "|".join(sorted((re.escape(w) for g in _ALTERNATIVES for w in g), key=len, reverse=True))
_WORD_CORRECTION = re.compile(
    rf"(?P<old>(?<![a-z-]){_ALTERNATIVE}(?![a-z]))(?P<mid>[^,，.。;；…\d]{{0,20}}?)\s*(?:…|\.+|,|，|;|；|-|—|\s)\s*"
    rf"(?:(?:{_M['word']})[\s,，]*(?:no\b[\s,，]*)?"
    r"(?:i mean|i meant|make it|rather|改成|换成|是)?|i mean|i meant|rather)[\s,，]*"
    rf"(?P<new>(?<![a-z-]){_ALTERNATIVE}(?![a-z]))",
    re.IGNORECASE)


def _word_corrected(raw: str) -> str:
    m = _WORD_CORRECTION.search(raw)
    if m is None:
        return raw
    old, new = m.group("old").lower(), m.group("new").lower()
    if old == new or not any(old in g and new in g for g in _ALTERNATIVES):
        return raw
    mid, rest = m.group("mid"), raw[m.end():]
    if mid.strip() and rest.lstrip().startswith(mid.strip()):  # "上下翻转 不对 左右翻转": the verb said again
        rest = rest.lstrip()[len(mid.strip()):]
    return raw[:m.start()] + m.group("new") + mid + rest


# "delete the second clip — wait, i mean the third one", "move the first clip... sorry, the last one to the
# end": the clip's place said again after a correction marker - the place said second replaces the first
# (the clip named once, never the first one deleted)
_ORDINAL = r"first|second|third|fourth|fifth|sixth|last|1st|2nd|3rd|4th|5th|6th"
_ORDINAL_CORRECTION = re.compile(
    rf"(?P<old>(?<![a-z0-9-])(?:{_ORDINAL})(?![a-z]))(?P<mid>\s+(?:clip|video|segment|part|shot|one|scene)s?\b"
    r"[^,，.。;；…\d]{0,20}?)\s*(?:…|\.+|,|，|;|；|-|—|–)+\s*"
    rf"(?:(?:{_M['ordinal']})(?![a-z])[\s,，.…]*)*"
    r"(?:(?:i mean|i meant|make it|make that|rather)(?![a-z])[\s,，]*)?"
    rf"(?:the\s+)?(?P<new>(?<![a-z0-9-])(?:{_ORDINAL})(?![a-z]))"
    r"(?:\s+(?:one|clip|video|segment|part|shot|scene)s?\b)?(?=\s*(?:$|[,，.。!！;；]|\s(?:please|pls|instead|thanks)\b))",
    re.IGNORECASE)


# "put c first, no actually put it second", "move b to the end... wait, make it first": the place a clip is
# moved to, said again after a correction marker - the place said second replaces the first (the move
# is one, never a second clause "put it second" read on its own)
_PLACE = rf"(?:{_ORDINAL})|(?:the\s+)?(?:very\s+)?(?:start|beginning|front|end|back)"
_PLACE_CORRECTION = re.compile(
    r"(?P<head>\b(?:put|move|place|bring|stick|slide|shift)\s+(?:the\s+)?[\w.-]+(?:\s+(?:clip|video|one))?"
    r"\s+(?:(?:to|at|in)\s+)?)"
    rf"(?P<old>(?<![a-z0-9-])(?:{_PLACE})(?![a-z]))\s*(?:…|\.+|,|，|;|；|-|—|–)*\s*"
    rf"(?:(?:{_M['place']})"
    r"(?![a-z])[\s,，.…]*)+"
    r"(?:(?:i mean|i meant|make it|make that|rather|(?:put|move|place|have)\s+(?:it|that(?:\s+one)?))"
    r"(?![a-z])[\s,，]*)?"
    rf"(?:(?:to|at|in|as)\s+)?(?P<new>(?<![a-z0-9-])(?:{_PLACE})(?![a-z]))"
    r"(?:\s+(?:place|position|spot|slot|one))?(?=\s*(?:$|[,，.。!！;；]|\s(?:please|pls|instead|thanks)\b))",
    re.IGNORECASE)


def _place_corrected(m: re.Match[str]) -> str:
    new = m.group("new")
    # ("put c first, no, the end": a place that is an end is said with its own "to")
    to = "to " if re.match(r"(?:the\s+)?(?:very\s+)?(?:start|beginning|front|end|back)", new, re.IGNORECASE) \
        and not re.search(r"\b(?:to|at|in)\s+$", m.group("head")) else ""
    return m.group("head") + to + new


def _ordinal_corrected(m: re.Match[str]) -> str:
    # a bare "delete the second clip, the third one" with no marker names two clips: a marker must be said
    marker = m.string[m.end("mid"):m.start("new")]
    if not re.search(r"\b(?:actually|wait|sorry|oops|hmm+|no|nah|i mean|i meant|make it|make that|rather)\b",
                     marker, re.IGNORECASE):
        return m.group(0)
    return m.group("new") + m.group("mid")


# "loop it twice.. actually 3 times", "three times, no wait, four": a count said in words, corrected - said
# as digits first so the correction below replaces it (never left as a second edit)
_COUNT_WORDS = {"once": "1", "twice": "2", "thrice": "3", "one": "1", "two": "2", "three": "3", "four": "4",
                "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10"}
_COUNT_WORD = r"\b(?:once|twice|thrice|one|two|three|four|five|six|seven|eight|nine|ten)\b"
_COUNT_CORRECTION = re.compile(
    rf"(?P<old>{_COUNT_WORD}|\d+)(?P<mid>[^\d]{{0,30}}?)"
    rf"(?P<marker>(?:\s*[,，.…;—-]+\s*|\s+)(?:oh\s+)?(?:{_M['count']})\b[\s,，.…]*"
    r"(?:(?:no|make it|make that|just|only|do)\b[\s,，]*)*)"
    rf"(?P<new>{_COUNT_WORD}|\d+\b)",
    re.IGNORECASE)


def _count_digits(m: re.Match[str]) -> str:
    def digits(word: str, rest: str) -> str:
        said = _COUNT_WORDS.get(word.lower(), word)
        # ("twice" is a count: "2 times", unless "times" is said after it)
        return said + " times" if word.lower() in ("once", "twice", "thrice") and \
            not re.match(r"\s*(?:times|x)\b", rest, re.IGNORECASE) else said
    if not re.search(r"[a-z]", m.group("old") + m.group("new"), re.IGNORECASE):
        return m.group(0)
    rest = m.string[m.end():]
    return digits(m.group("old"), m.group("mid")) + m.group("mid") + m.group("marker") + \
        digits(m.group("new"), rest)


# "put logo.png top right, no, bottom right", "改成9:16…不对 方形", "export 4k, wait no, 1080p": a setting
# said, taken back, and a value of the same kind said bare after it - the value said second replaces the
# first where it was said (never left over as a second edit, nor the new one left unread).
# ("不是" alone is no marker here: "右上角 不是左上角" says which one is not meant)
_VALUE_KINDS = (
    # a place on the picture
    r"(?<![a-z])(?:the\s+)?(?:top|bottom|upper|lower)[\s-]*(?:left|right)(?:\s+corner)?\b|"
    r"(?<![a-z])(?:the\s+)?(?:top|bottom|middle|center|centre)\b(?![\s-]*(?:left|right)\b)|"
    r"(?:画面)?(?:[左右][上下]角|[左右][上下]方|左上|右上|左下|右下|正中间|中间|正上方|正下方|上方|下方|"
    r"最上面|最下面|上面|下面|顶部|底部)",
    # a frame shape
    r"(?<![\d:])(?:9\s*:\s*16|16\s*:\s*9|1\s*:\s*1|4\s*:\s*5|5\s*:\s*4|4\s*:\s*3|3\s*:\s*4|21\s*:\s*9)"
    r"(?![\d:])|(?<![a-z])square\b|竖屏|横屏|正方形|方形",
    # a resolution
    r"(?<![a-z0-9])(?:4k|2160p|1440p|1080p|720p|480p|360p)(?![a-z0-9])",
    # a file format (not a file's extension)
    r"(?<![.a-z0-9_-])(?:mp4|mov|gif|webm|mkv|avi)(?![a-z0-9])",
)
_VALUE_MARKER = (
    # ("导出mp4 嗯…还是mov吧": a sound of thinking, and a pause after it, before the marker)
    r"(?:\s*[,，.。…;；—–-]+\s*|\s+)(?:(?:oh|um+|uh+|emm+|哦|啊|嗯+|呃+|额+|唔+)[\s,，.。…]*)?"
    rf"(?:(?:{_M['value']})(?![a-z])|"
    # "改成9:16…还是1:1吧": after a pause, 还是 + a value + 吧 settles on that value (还是 with no 吧 after it
    # may ask which one: "9:16还是1:1？"; a value in letters after a pause or a sound of thinking: "导出mp4
    # 嗯…还是mov吧" - said with only a space, "导出mp4 还是mov吧" may still ask which is better)
    r"还是(?=\s*[^,，。；;…!?！？\s]{1,8}?\s*吧)(?![a-z])|"
    r"(?:(?<=[….。,，;；—–嗯呃额唔-])|(?<=[….。,，;；—–嗯呃额唔-]\s))还是(?=\s*[a-z][a-z0-9]{1,7}\s*吧))"
    # ("make it 9:16, no actually square": "actually" after "no" is the same marker said on)
    r"(?:[\s,，.…!！]*(?:no|wait|sorry|actually|i mean|i meant|不对|说错了|错了)(?![a-z]))*[\s,，.。…!！]*"
    r"(?:(?:make it|make that|put it|move it|change it to|let'?s do|do|just|rather|at|in|on|to|the|"
    r"我是说|应该是|其实是|还是|改成|换成|放到|放在|放|在|是|要)\s*)*")


def _value_corrected(raw: str) -> str:
    for kind in _VALUE_KINDS:
        m = re.search(rf"(?P<old>{kind})(?P<mid>[^,，.。;；…!?！？\d]{{0,30}}?)(?P<marker>{_VALUE_MARKER})"
                      rf"(?P<new>{kind})", raw, re.IGNORECASE)
        if m is None or m.group("old").lower() == m.group("new").lower():
            continue
        # ("make it 16:9 for youtube, actually 4:5": what the first value was for goes with it)
        mid = re.sub(r"\s+for\s+.*$", "", m.group("mid"), flags=re.IGNORECASE)
        raw = raw[:m.start()] + m.group("new") + mid + raw[m.end():]
    return raw


# "add 1 sec crossfades, actually half a sec is enough": a half said as the new amount after a marker is a
# number (0.5) so the correction below replaces the first amount with it
_HALF_CORRECTION = re.compile(
    rf"(?P<lead>\d(?:(?!\d).){{0,60}}?(?:\b(?:{_M['half']})|(?:{_M['half_zh']}))[\s,，.…]+"
    r"(?:(?:no|make it|make that|just|only|more like)"
    r"[\s,，]+)*"
    # ("加个1秒的转场 不对 半秒就够了": 半秒 is half a second, said after a Chinese marker)
    r"(?:(?:是|就|改成|换成|那就|用)\s*)?)(?:half an?\s+(?P<unit>sec(?:ond)?s?\b)|半(?P<unit_zh>秒))",
    re.IGNORECASE)


def corrected(raw: str) -> str:
    """ "trim 5 sec off the start… actually no, make it 2" -> "trim 2 sec off the start": the number
    corrected in the same breath replaces the one said before it (and the end, when the correction names
    one: "cut the first 10 seconds, sorry i meant the last 10")."""
    raw = _COUNT_CORRECTION.sub(_count_digits, raw)
    raw = _HALF_CORRECTION.sub(lambda f: f.group("lead") + "0.5 " + (f.group("unit") or f.group("unit_zh")),
                               raw)
    raw = _value_corrected(raw)
    raw = _ENOUGH.sub(lambda f: _TIMES.get(f.group("new").lower(), f.group("new")) + f.group("mid"), raw)
    raw = _AMOUNT_ENOUGH.sub(_amount_enough, raw)
    raw = _FILE_CORRECTION.sub(lambda f: f.group("new"), raw)
    raw = _QUOTE_CORRECTION.sub(_quote_corrected, raw)
    raw = _END_CORRECTION.sub(lambda f: "the " + f.group("new"), raw)
    raw = _word_corrected(raw)
    raw = _ORDINAL_CORRECTION.sub(_ordinal_corrected, raw)
    raw = _PLACE_CORRECTION.sub(_place_corrected, raw)
    m = _CORRECTION.search(raw)
    kind = r"\s*(?:x\b|×|%|倍|times\b)"
    # ("music to 50%, hmm make that 30": a bare new number right after the share is a share too - the
    # share's sign goes on with it)
    # ("loop it 4 times, hmm no, 3": a count the same - the new number is a number of times too)
    # ("加速1.5倍 嗯 还是1.25吧", "1.5x hmm, 1.25": a sound of thinking after the unit is no other amount)
    carried = m is not None and re.fullmatch(
        # ("speed it up 3x, hmm too fast, 2": a pause before the sound of thinking the same)
        # ("1.5倍速 哦不 1.25就行": 倍速 is the factor's unit as 倍 is - the new bare number is a factor too)
        r"\s*(?:%|x|×|倍速?|times)[\s,，.…]*(?:(?:嗯+|呃+|额+|唔+|emm+|hmm+|umm*|uhh*|er+m?)[\s,，.…]*)*",
        m.group("mid"), re.IGNORECASE) is not None
    if m and not carried and bool(re.match(kind, raw[m.end("new"):], re.IGNORECASE)) != \
            bool(re.match(kind, raw[m.end("num"):], re.IGNORECASE)):
        # "trim 5 seconds off the start, the intro is slower, make it 2x": a factor or a share is no new
        # amount of the seconds said before
        return raw
    if not m:
        return raw
    head = raw[:m.start()]
    end = (m.group("end") or "").lower()
    new = m.group("new")
    ends_said = re.findall(r"(?:最后|前|后)(?:面|边|头)?|开头|结尾|\b(?:the\s+)?(?:first|last)\b", head,
                           re.IGNORECASE)
    if new == m.group("num") and (not end or (ends_said and ends_said[-1].lower() == end)):
        # "剪掉前6秒 哦不对 不是剪 是前6秒静音": the same amount said again after the marker - the amount is
        # not what was corrected but the edit, so the words stay for the take-back of the edit
        return raw
    if end in ("the first", "the last"):
        said = list(re.finditer(r"\b(?:first|last|final)\b", head, re.IGNORECASE))
        if said:
            head = head[:said[-1].start()] + _END_WORD[end] + head[said[-1].end():]
        else:
            new = f"{end} {new}"  # "trim 5 sec… sorry i meant the last 2": the end is said only with the new
    elif end:
        said = list(re.finditer(r"(?:最后|前|后)(?:面|边|头)?|开头|结尾", head))
        if said:
            head = head[:said[-1].start()] + end + head[said[-1].end():]
        else:
            new = end + new  # "剪掉3秒，不对，是剪掉前2秒": the end is said only with the new number
    rest = raw[m.end():]
    # "trim 1.5 sec off the start — no wait, make it 800ms": the new amount said in milliseconds is that many
    # thousandths of the unit said first (never 800 seconds); said in milliseconds both times, it is said once
    ms = re.match(r"\s*(?:ms|msecs?|millis|milliseconds?)\b", rest, re.IGNORECASE)
    if ms and re.match(r"\s*(?:ms|msecs?|millis|milliseconds?)\b", m.group("mid"), re.IGNORECASE):
        rest = rest[ms.end():]
    elif ms and re.match(r"\s*(?:s|secs?|seconds?)\b", m.group("mid"), re.IGNORECASE) and \
            re.fullmatch(r"\d+(?:\.\d+)?", new):
        new, rest = f"{float(new) / 1000:g}", rest[ms.end():]
    unit = m.group("mid").strip()
    again = re.match(r"\s*" + re.escape(unit) + r"(?![A-Za-z0-9_])", rest) if unit else None
    if again:
        rest = rest[again.end():]  # ("twice, no, 3 times": the unit said again with the new one is said once)
    return head + new + m.group("mid") + " " + rest


# --- text timed to the freeze said with it ---

def timed_to_freeze(res: Resolution, chosen: list[Candidate]) -> None:
    """ "freeze at 0:04 for 3s and put 'WAIT' on screen during the freeze": text said to show during the
    held frame starts and ends with it (when one freeze is said and the text has no times of its own)."""
    if not re.search(DURING_FREEZE, res.text):
        return
    freezes = [op for c in chosen for op in c.hit.ops if isinstance(op, s.FreezeFrame)]
    if len(freezes) != 1:
        return
    held = freezes[0]
    for cand in chosen:
        for n, op in enumerate(cand.hit.ops):
            if isinstance(op, s.AddText | s.AddTitle) and "start_ms" not in op.model_fields_set and \
                    op.end_ms is None:
                cand.hit.ops[n] = type(op).model_validate({
                    **op.model_dump(exclude_unset=True), "start_ms": held.at_ms,
                    "end_ms": held.at_ms + held.duration_ms})


# --- undo inside one request --------------------------------------------------------------------------

# "forget it", "ah nah scratch that", "算了": a bare take-back, said after a break ("trim a bit off the end —
# ah nah forget it") - of what was just said, when an edit was asked for before it in the same request
_TAKE_BACK_LEAD = re.compile(r"(?:[,;.!…，。；！]|\s[-—–]+)\s*(?:(?:ah|oh|nah|naw|no|nope|actually|wait|"
                             r"hmm+|ok|okay|erm?|um+|uh+|och|ach|哎|诶|啊|哦)\b[\W]*)*$")
_BARE_TAKE_BACK = re.compile(r"(?:forget (?:it|that|about it)|scratch (?:it|that)|never ?mind(?: that)?|nvm|"
                             r"算了)"
                             r"(?!\s*(?:the|my|your|last|previous|上一步|刚才))")
# an edit asked for, first thing in the request or in a clause of it (what a bare take-back after it takes
# back)
_EDIT_ASKED = re.compile(
    r"(?:^|[,;.!…，。；！]\s*)\W*(?:(?:please|pls|plz|can you|could you|just|ok|okay|so|and|then|maybe)\s+)*"
    r"(?:trim|cut|chop|remove|delete|drop|add|put|make|mute|speed|slow|crop|fade|zoom|rotate|flip|"
    r"shorten|loop|freeze|blur|brighten|darken|change|move|split|insert|replace|swap)\b|"
    r"(?:^|[,;.!…，。；！\s])(?:帮我|给我|请|先|再)?\s*(?:把|给)?\S{0,8}?(?:剪|删|加|去掉|静音|加速|减速|变速|裁|调|改|换)")


def undo_inside(chosen: list[Candidate], settled: list[Candidate],
                res: Resolution | None = None) -> list[Candidate]:
    """ "trim the first 5 s … actually no, undo that, trim the first 2 instead": the undo takes back the
    edit said before it in the same request, never a saved version (the upload). What was taken back goes
    to `settled` (accounted for, not done)."""
    out: list[Candidate] = []
    for cand in chosen:
        undo = next((op for op in cand.hit.ops if isinstance(op, s.Undo)), None)
        edits = [i for i, c in enumerate(out) if c.hit.ops and not _history(c)]
        if undo is not None and edits:
            for i in reversed(edits[-undo.steps:]):
                settled.append(out.pop(i))
            settled.append(cand)
            continue
        if undo is not None and res is not None and _BARE_TAKE_BACK.match(res.text, cand.pos) and \
                _TAKE_BACK_LEAD.search(res.text[:cand.pos]) and _EDIT_ASKED.search(res.text[:cand.pos]):
            # "trim a wee bit off the end — ah nah forget it": a bare take-back after an edit asked for
            # earlier in this message (one not read, so nothing chosen for it) takes that edit back - never
            # an undo of the previous turn
            settled.append(cand)
            continue
        out.append(cand)
    return out


# an edit named with how it looks or sounds, asking for nothing ("the crossfade looks cheesy", "字幕太丑了")
_JUDGED = re.compile(
    r"^\W*(?:(?:because|cause|cuz|coz|bc|since|as|that|the|this|those|these|my|your|its|it'?s|all|now|"
    r"honestly|tbh)\b\s*)*(?:[\w'-]+\s+){0,3}?(?:looks?|looked|is|was|are|were|sounds?|sounded|feels?|felt|"
    r"seems?|seemed|came out|comes out|isn'?t|wasn'?t|doesn'?t (?:look|sound|work|fit))\b|"
    # "undo that twice, i messed up the crossfades": what went wrong, said of oneself
    r"^\W*(?:(?:because|cause|cuz|coz|bc|since|as|oops|sorry|ugh)\b\s*)*(?:i|we)\s+(?:totally\s+|kinda\s+)?"
    r"(?:messed|screwed|mucked|botched|ruined|broke|f\*?ed)\b|"
    # "ugh undo the last thing, the crossfade made the heats look mushy": what the edit did to the video
    r"^\W*(?:(?:because|cause|cuz|coz|bc|since|as|the|this|that|those|these|my|your|its|all)\b\s*)*"
    # ("go back 2 steps, the crossfade thing broke it": what the edit broke)
    r"(?:[\w'-]+\s+){0,2}?(?:made|makes|ruined|ruins|killed|kills|wrecked|wrecks|messed up|messes up|"
    r"covered|covers|hid|hides|blurred|blurs|broke|breaks|screwed up|screws up|glitched|glitches)\b|"
    r"^\W*(?:因为|那个|这个|刚才的?|刚加的)?\S{0,8}?(?:太|看着|看起来|听着|听起来|感觉|有点|好)\S{0,4}?"
    r"(?:土|丑|怪|难看|难听|假|俗|low|廉价|奇怪|突兀|生硬|尴尬|别扭|不好看|不好听|不行|不对|乱|糊|花)|"
    # "撤销上一步 那个转场把画面弄得糊糊的", "转场让画面变糊了": what the edit did to the picture
    r"^\W*(?:因为|那个|这个|刚才的?|刚加的)?[^\s，,。]{0,8}?(?:让|把|使)[^\s，,。]{0,6}?"
    r"(?:弄得|搞得|变得?|显得|看着|看起来|听着|听起来)[^\s，,。]{0,3}?"
    r"(?:土|丑|怪|难看|难听|假|俗|廉价|奇怪|突兀|生硬|乱|糊|花|暗|闷|吵)|"
    # "字幕颜色丑死了", "那个转场难看爆了": how bad, said after the word
    r"^\W*(?:因为|那个|这个|刚才的?|刚加的)?\S{0,8}?(?:土|丑|难看|难听|俗|low|怪)\s*"
    r"(?:死了?|爆了?|哭了?|炸了?|得要命|得不行|到家了?|透了)")
_ASKS = (r"\b(?:add|put|make|use|cut|trim|remove|delete|change|set|turn|try|give|do|go|instead|please|pls|"
         r"plz|want|need|should|let'?s|keep|better|nicer|cleaner|prefer\w*)\b|更好|加|删|剪|改|换|调|去掉|放|弄|做|试|要|留")


def undo_because(res: Resolution, chosen: list[Candidate], settled: list[Candidate]) -> list[Candidate]:
    """ "undo that, the crossfade looks cheesy", "撤销吧，字幕太丑了": after an undo, an edit named only with
    how it looks or sounds is why it is undone - no new edit (it goes to `settled`: accounted for)."""
    undo = next((c for c in chosen if any(isinstance(op, s.Undo) for op in c.hit.ops)), None)
    if undo is None:
        return chosen
    out: list[Candidate] = []
    for cand in chosen:
        a, b = res.clauses[cand.window[0]][0], res.clauses[cand.window[1]][1]
        said = res.text[a:b]
        if cand is not undo and cand.hit.ops and not _history(cand) and cand.window[0] > undo.window[1] and \
                _JUDGED.search(said) and not re.search(_ASKS, _JUDGED.sub(" ", said)):
            settled.append(cand)
            continue
        out.append(cand)
    return out


_MUSIC_OPS = (s.AddMusic, s.RemoveMusic, s.FadeMusic, s.DuckMusic)


def _about_music(c: Candidate) -> bool:
    return any(isinstance(op, _MUSIC_OPS) or (isinstance(op, s.SetVolume | s.Mute) and op.track == "bgm")
               for op in c.hit.ops)


def taken_back(res: Resolution, chosen: list[Candidate], settled: list[Candidate]) -> list[Candidate]:
    """ "背景音乐不要了…不对，音乐留着，就是调小到15%": the reading said just before a take-back marker is
    replaced by what follows it (it goes to `settled`: accounted for, not done). A level said after a
    music reading was taken back is the music's ("remove the music... actually no, just make it quieter")."""
    out = _named_back(res, list(chosen), settled)
    for m in TAKE_BACK.finditer(res.text):
        at = m.start()
        after = [c for c in out if c.pos >= m.end()]
        # ("音乐不要了…不对 还是留着吧 调到15%": a reading that takes in a clause said after the marker is
        # said again there - what it does is what came after, so it is not the one taken back)
        before = [c for c in out if c.pos < at and c.hit.ops and
                  not any(res.clauses[k][0] >= m.end() - 1 for k in range(c.window[0], c.window[1] + 1))]
        # "… no wait keep them, just fade out": "keep them" is the taking back itself, said in words
        kept = re.match(r"\s*(?:[,，]\s*)?(?:i(?:'ll| will)?\s+)?(?:keep|leave)\s+"
                        r"(?:them|those|these|that|it)\b", res.text[m.end() - 1:])
        if kept and after:
            a, b = m.end() - 1 + kept.start(), m.end() - 1 + kept.end()
            after[0].explains |= {i for i, t in enumerate(res.tokens) if a <= t.start < b}
        bare = KEPT_AFTER.match(res.text[m.end() - 1:])
        # (a refusal too: "mute from 0:10" is refused as a part-mute, and the keep takes that back as well)
        said = [c for c in out if c.pos < at and (c.hit.ops or c.hit.refusal)]
        if said and not after and bare and (bare.group("bare") or bare.group("bare_zh") is not None):
            # "mute from 0:10... actually no, keep the sound": the keep is the whole taking back
            # ("slow it down and remove the silences... hmm no, leave the speed alone": the keep names the
            # edit taken back - that one (already set aside as named), never the last said as well)
            kind = re.match(r"\s+(?:the|my)\s+([a-z]+?)s?\b", bare.group("bare") or "")
            ops_of = [str(getattr(o, "op", "")) for c in said for o in c.hit.ops]
            if kind and not any(kind.group(1) in op for op in ops_of) and \
                    any(kind.group(1) in str(getattr(o, "op", "")) for c in settled for o in c.hit.ops):
                continue
            gone = _take_back_last(said, out, settled)
            gone[0].explains |= {i for i, t in enumerate(res.tokens) if t.start >= m.end() - 1}
            continue
        if _just_restated(res, m, before, out, settled):
            continue
        if before and not after and re.fullmatch(_THANKS, res.text[m.end() - 1:]):
            # "cut the music entirely — scratch that, thanks": nothing new said after the take-back
            gone = _take_back_last(before, out, settled)
            gone[0].explains |= {i for i, t in enumerate(res.tokens) if t.start >= m.end() - 1}
            continue
        if after and not before:
            # "remove the music... no scratch that, just fade it out": the removal already set aside (by the
            # "no" said after it) - a fade or a level of "it" said after the marker is still the music's
            aside = [c for c in settled if c.pos < at and c.hit.ops and not _history(c)]
            if aside:
                _music_kept(res, aside[-1:], after)
        if not after or not before:
            continue
        gone = _take_back_last(before, out, settled)
        _music_kept(res, gone, after)
        _undone_removal(gone, after, out, settled)
    _same_kind_back(res, out, settled)
    for k, (a, b) in enumerate(res.clauses):
        # "remove the music at the very start, fade it in over 4 sec instead": a clause said "instead" takes
        # back the reading of the clause just before it (a negated one is no reading to take back)
        if k == 0 or not re.search(r"\binstead\b(?!\s+of\b)|\brather\b(?!\s+than\b)", res.text[a:b]):
            continue
        after = [c for c in out if a <= c.pos < b and c.hit.ops]
        before = [c for c in out if c.pos < a and c.hit.ops and c.window[1] >= k - 1 and c not in after]
        if not after or not before or _replaces(before[-1], after) or _history(before[-1]):
            continue  # ("undo and make it 1:1 instead": the undo is done, and then the new edit)
        gone = _take_back_last(before, out, settled)
        _music_kept(res, gone, after)
        _undone_removal(gone, after, out, settled)
    return _kept_back(res, out, settled)


# "make it 9:16 for tiktok, actually make it square", "music to 50%, hmm, set it to 30% then": a bare
# correction marker, then an edit of the same kind as the one said just before it - the new setting replaces
# the old one (a setting only: two texts or two cuts may both be wanted)
# ("bgm调到10%……算了 还是静音吧": 算了 / 不对 before the new setting said in Chinese)
_SAME_BACK = re.compile(r"(?:^|[\s,，.…;；—–-])(?:actually|hmm+|wait|on second thought|or rather|i mean)"
                        r"[\s,，.…]+(?!(?:no|nah|also|and|too|plus)\b)|"
                        r"(?:算了|不对|哦不|啊不)[\s,，.…。]*(?=还是|直接|就|干脆|改成|\S)")
_SETTINGS: tuple[tuple[type[OpBase], ...], ...] = (
    (s.Platform, s.SetAspect), (s.Speed,), (s.Fade,), (s.FadeMusic,), (s.Rotate,), (s.Flip,), (s.Color,),
    # (a sound's level and its mute are one setting: "music at 10%... actually just mute it" leaves it muted)
    (s.AddLogo,), (s.SetVolume, s.Mute))


def _setting(c: Candidate) -> int | None:
    kinds = {next((k for k, group in enumerate(_SETTINGS) if isinstance(op, group)), None)
             for op in c.hit.ops}
    return kinds.pop() if len(kinds) == 1 else None


def _same_kind_back(res: Resolution, out: list[Candidate], settled: list[Candidate]) -> None:
    for m in _SAME_BACK.finditer(res.text):
        k = next((i for i, (a, b) in enumerate(res.clauses) if m.end() <= b), None)
        if k is None:
            continue
        b = res.clauses[k][1]
        # (a reading that takes in the clause before as well is said here: "mute the music, actually set it
        # to 20%")
        after = sorted((c for c in out if c.pos >= m.end() and c.window[0] <= k <= c.window[1] and c.hit.ops),
                       key=lambda c: c.pos)
        before = [c for c in out if c.pos < m.start() and c.hit.ops]
        if not after or not before or re.search(r"\b(?:also|too|as well|another|again|more|both)\b",
                                                res.text[m.end():b]):
            continue
        last = max(before, key=lambda c: c.pos)
        kind = _setting(last)
        if kind is None or kind != _setting(after[0]):
            continue
        old, new = last.hit.ops[0], after[0].hit.ops[0]
        voice = re.search(r"原声|人声|说话|\bvoice\b|\boriginal\b|\bmic\b|\bcamera\b|\bdialog|"
                          r"\baudio\b|\bsound\b", res.text[m.end():b])
        if isinstance(old, s.SetVolume | s.Mute) and isinstance(new, s.SetVolume | s.Mute) and \
                old.track == "bgm" and new.track == "main" and not voice:
            # "music at 10%... actually just mute it": "it" is the music whose level was taken back (and "mute
            # the music, actually set it to 20%": the music's level)
            new = new.model_copy(update={"track": "bgm"})
            after[0].hit.ops[0] = new
        if isinstance(old, s.SetVolume | s.Mute) and isinstance(new, s.SetVolume | s.Mute) and \
                old.track != new.track:
            continue  # ("music to 50%, actually the voice to 80%": two levels)
        if isinstance(old, s.Speed) and isinstance(new, s.Speed) and old.index != new.index:
            continue
        out.remove(last)
        settled.append(last)


# "cap it at 720p, the uni server chokes on 1080", "make it 4:5, 16:9 looks tiny on phones", "1.5x, 2x was
# way too fast": a later clause that only says why (something is, was, looks, can't …) names a value of the
# setting just set - the value it names is the one not wanted, never a second change of that setting
# (the words are the shared REASONS table's: how the value is, was, looks … - and "because", "complaining",
# "my boss says" as well, the union of every reader's words)
_REASON_SAID = re.compile(reason_words("why", "state", "told") + r"|" + REASONS["state_zh"])
_REASON_ORDER = re.compile(
    r"^\s*(?:(?:and|also|then|plus|but|so|ok|okay|please|pls|now)\s+)*(?:make|set|put|turn|change|export|"
    r"render|save|speed|slow|crop|cap|drop|bring|give|do|use|go|switch|keep)\b|"
    # ("the voice is too quiet so make it 150%": the order said after the reason, in the same clause)
    r"\b(?:so|then|and|just|please|pls)\s+(?:just\s+)?(?:make|set|put|turn|bring|raise|lower|boost|drop|"
    r"change|speed|slow|crop|cap|export|do|go|use|keep)\b|"
    r"\b(?:also|as well|another|copy|both)\b|\btoo\s*[.!]*\s*$|帮|给我|请|再|另|也|还要|导出|改成|调到|换成")


def reason_values(res: Resolution, out: list[Candidate]) -> list[Candidate]:
    """Drop a setting read from a clause that only gives the reason for the same setting said before it."""
    kept: list[Candidate] = []
    for cand in out:
        kind = _setting_kind(cand)
        a, b = res.clauses[cand.window[0]][0], res.clauses[cand.window[1]][1]
        clause = res.text[a:b]
        earlier = [c for c in kept if c.window[1] < cand.window[0] and (
            (kind is not None and _setting_kind(c) == kind) or
            (kind == "resolution" and c.hit.export is not None and c.hit.export.get("resolution")))]
        # ("make it 9:16 and 1:1, the 1:1 one has to be ready first": a value asked for before, named again -
        # that version, not the reason)
        again = any(re.search(rf"(?<![\d.]){re.escape(v)}(?![\d.])", res.text[:a])
                    for v in re.findall(r"‹[^›]+›|\d+(?:\.\d+)?", clause))
        if earlier and kind is not None and cand.window[0] == cand.window[1] and not again and \
                _REASON_SAID.search(clause) and not _REASON_ORDER.search(clause):
            # (the reason is understood with the setting it explains - nothing left unread)
            earlier[-1].explains = earlier[-1].explains | {i for i, t in enumerate(res.tokens)
                                                           if a <= t.start < b}
            continue
        kept.append(cand)
    return kept


def _setting_kind(c: Candidate) -> str | None:
    """The one setting a reading changes ("resolution", "speed", "aspect", "volume"), if it is one."""
    kinds = set()
    for op in c.hit.ops:
        if isinstance(op, s.Resolution):
            kinds.add("resolution")
        elif isinstance(op, s.Speed) and op.index is None:
            kinds.add("speed")
        elif isinstance(op, s.SetAspect | s.Platform):
            kinds.add("aspect")
        elif isinstance(op, s.SetVolume):
            kinds.add("volume")  # ("music at 20%, 50% was drowning out my voice": the voice named is why)
        else:
            return None
    return kinds.pop() if len(kinds) == 1 else None


_JUST = re.compile(r"[\s,，]*(?:just|only)\s+(?:the\s+|do\s+(?:the\s+)?)?(?P<what>[^,，;；.。!！?？—–]+)")


def _just_restated(res: Resolution, m: re.Match[str], before: list[Candidate], out: list[Candidate],
                   settled: list[Candidate]) -> bool:
    """ "flip it vertical and rotate 180 — wait no, just rotate 180": one of the edits said in the same
    sentence before the take-back, said again after "just", is the one kept - the others are taken back."""
    # ("… — wait no, keep the speed normal, just the ums": the speed kept as it is, said first, then "just")
    lead = re.compile(r"[\s,，]*").match(res.text, m.end() - 1)
    speed_kept = _KEPT_LATER.match(res.text, lead.end()) if lead else None
    j = _JUST.match(res.text, speed_kept.end() if speed_kept else m.end() - 1)
    start = max((b.end() for b in re.finditer(r"[.!?;](?=\s)|[。！？；]", res.text[:m.start()])), default=0)
    same = [c for c in before if c.pos >= start]
    if j is None or not same:
        return False
    said = {res.tokens[i].text for i, t in enumerate(res.tokens)
            if j.start("what") <= t.start < j.end() and t.content}
    kept = [c for c in same if said & {res.tokens[i].text for i in c.covers}]
    if len(kept) != 1 or _history(kept[0]):
        return False
    kinds = {type(op) for op in kept[0].hit.ops}
    again = [c for c in out if j.start() <= c.pos < j.end() and c.hit.ops and
             {type(op) for op in c.hit.ops} == kinds]
    if not again and any(j.start() <= c.pos < j.end() and c.hit.ops for c in out):
        # "delete the 3rd clip — scratch that, just move it to the front": what is said after "just" is
        # another edit of the same thing (a move, not the removal) - the removal is taken back, not kept
        return False
    for c in [*(c for c in same if c is not kept[0]), *again]:
        out.remove(c)  # (the edit said again after "just" is the one kept, with what was said of it first)
        settled.append(c)
    kept[0].explains |= {i for i, t in enumerate(res.tokens) if j.start() <= t.start < j.end()}
    return True


# what a removal takes away, by the edit that added it
_UNDONE = ((s.RemoveText, (s.AddText, s.AddTitle)), (s.RemoveLogo, (s.AddLogo,)),
           (s.RemoveMusic, (s.AddMusic,)))


def _undone_removal(gone: list[Candidate], after: list[Candidate], out: list[Candidate],
                    settled: list[Candidate]) -> None:
    """ "add logo.png bottom right, on second thought remove the logo and put it top left": the thing
    added before the take-back was never added, so its removal said after it is the taking back itself
    (done, it would remove what the video had before) - it goes to `settled` too."""
    added = [op for c in gone for op in c.hit.ops if not isinstance(op, tuple(r for r, _ in _UNDONE))]

    def undone(op: OpBase) -> bool:
        return any(isinstance(op, rem) and any(isinstance(a, adds) for a in added) for rem, adds in _UNDONE)

    for c in after:
        if not c.hit.ops or c not in out or not any(undone(op) for op in c.hit.ops):
            continue
        if all(undone(op) for op in c.hit.ops):
            out.remove(c)
            settled.append(c)
        else:
            # ("…actually no, delete that text and make it a title 'Round 1' instead": the text deleted is
            # the one taken back - the title is added, nothing removed)
            c.hit.ops = [op for op in c.hit.ops if not undone(op)]


_THANKS = (r"[\s,，.!！]*(?:(?:thanks|thank you|thx|ty|please|pls|ok|okay|lol|haha|my bad|sorry)"
           r"[\s,，.!！]*)*")
_VALUE = re.compile(r"§\d+§|⟦\d+⟧|‹r\d+by\d+›|\d")


def _replaces(removal: Candidate, after: list[Candidate]) -> bool:
    """ "mute the drone audio and put music.mp3 on instead", "remove the title and add 'Recital' instead":
    what is added "instead" takes the place of what the clause before removed - both are wanted."""
    sound_gone = all((isinstance(op, s.Mute) and op.muted) or isinstance(op, s.RemoveMusic)
                     for op in removal.hit.ops)
    text_gone = all(isinstance(op, s.RemoveText) for op in removal.hit.ops)
    # ("delete the logo and use logo.png instead": the old logo swapped for the new one - one logo)
    logo_gone = all(isinstance(op, s.RemoveLogo) for op in removal.hit.ops)
    added = [op for c in after for op in c.hit.ops]
    return bool(added) and ((sound_gone and all(isinstance(op, s.AddMusic) for op in added)) or (
        text_gone and all(isinstance(op, s.AddTitle | s.AddText | s.AddSubtitles) for op in added)) or (
        logo_gone and all(isinstance(op, s.AddLogo) for op in added)))


def _music_kept(res: Resolution, gone: list[Candidate], after: list[Candidate]) -> None:
    """A level or a fade said of "it" after a music reading was taken back is the music's."""
    if not any(_about_music(c) for c in gone):
        return
    for c in after:
        a, b = res.clauses[c.window[0]][0], res.clauses[c.window[1]][1]
        if re.search(r"原声|人声|说话|\bvoice\b|\boriginal\b|\bmic\b|\bcamera\b|\bdialog", res.text[a:b]):
            continue
        picture = re.search(r"\bblack\b|\bwhite\b|\bvideo\b|\bpicture\b|\bscreen\b|黑|白|画面", res.text[a:b])
        ops: list[OpBase] = []
        for op in c.hit.ops:
            if isinstance(op, s.SetVolume | s.Mute) and op.track == "main":
                op = op.model_copy(update={"track": "bgm"})
            elif isinstance(op, s.Fade) and not picture:
                op = s.FadeMusic.model_validate(op.model_dump(include={"fade_in_ms", "fade_out_ms"},
                                                              exclude_none=True))
                if not _VALUE.search(res.text[a:b]):
                    # ("cut the music — scratch that, just fade it out at the end": no length said - the
                    # music's own fade length, not the picture's)
                    op = op.model_copy(update={k: MUSIC_FADE_MS for k in ("fade_in_ms", "fade_out_ms")
                                               if getattr(op, k)})
            ops.append(op)
        c.hit.ops = ops


# "cut the first 5 seconds, no wait, keep them", "mute the music? no, keep it and lower it to 20%": "keep
# it / them" said after an edit, with nothing of its own to keep, takes that edit back
# ("trim off the first 10 sec... actually nvm leave them in": "nvm" before it, "in" after it)
_KEEP_BACK = re.compile(r"(?:[?？.!！,，;；…]|\bno\b|\bnah\b|\bnope\b|\bactually\b)\s*"
                        r"(?:(?:no|nah|nope|wait|actually|hmm|sorry|oh|nvm|never ?mind)[,\s]+)*"
                        r"(?:i'?ll\s+|i will\s+|just\s+)?"
                        r"(?:keep|leave)\s+(?:it|them|that|those|these)\b(?:\s+(?:in|alone|there))?"
                        r"(?=\s*(?:$|[,，.。!！?？;；…]|"
                        # ("…actually keep it but move it to the end": "but" before the new edit too)
                        r"(?:and|but|just|then|instead|please|pls|thanks|as is|as it was)\b))")


def _take_back_last(
    before: list[Candidate], out: list[Candidate], settled: list[Candidate]
) -> list[Candidate]:
    """The readings said last among `before` are taken back: moved from `out` to `settled`."""
    last = max(c.pos for c in before)
    gone = [c for c in before if c.pos == last]
    for c in gone:
        out.remove(c)
        settled.append(c)
    return gone


# "前5秒剪了吧…算了还是留着", "加个字幕 算了不加了": the edit just said, taken back in the same message - left
# as it was (the words after 算了 / 不对 say no other edit)
# ("剪掉前10秒 等下 还是别剪了": 等下 / 等等 set off on its own is "wait" - a pause before taking it back, not
# "later"; "剪掉前10秒 还是别剪了": 还是 starting a clause of 别 / 不 is "after all, don't")
# ("第三段不要了…哦等下还是要的": "哦" / "啊" before 等下 is the same pause, and 还是要的 "wanted after
# all" is the keep; "c删了 不对不对 c要留着": the clip named again, or 它 / 这段, before the keep)
_KEEP_BACK_ZH = re.compile(r"(?:(?:算了|不对|哦不|啊不|想了想|"
                           r"(?<![\u4e00-\u9fff])(?:哦|啊|噢|诶)?(?:等下|等等|等一下|等会儿?|慢着|且慢)(?:(?![\u4e00-\u9fff])|(?=还是)))"
                           r"\s*[,，…。\s]*(?:吧\s*)?"
                           r"(?:(?:它|这段|那段|这个|那个|第\s*[一二三四五六七八九\d]+\s*(?:段|个)|(?<![a-z])[a-z](?![a-z]))\s*)?"
                           r"(?:还是|就|先)?\s*(?:要(?=留着|保留|的))?|"
                           r"(?<=[\s,，。…])还是(?=\s*[别不]))\s*"
                           r"(?:要的|留着|保留|不剪了?|不删了?|别剪了?|别删了?|不要剪了?|不要删了?|不用剪了?|不用删了?|"
                           r"不改了?|别改了?|不加了?|别加了?|不要加了?|不用加了?|不要了|不用了|不弄了|不动了?|"
                           # ("配乐先去掉吧 算了还是不去了": 去 said back with 不 is the removal taken back)
                           r"不去(?:掉)?了|别去(?:掉)?了|不拿掉了|"
                           r"别动了?|维持原样|保持原样|原样)(?:吧|了|啊|哈|好了)?(?:\s*(?:[。.!！…,，;；]|$)|\s+)")


# "add subtitles and music.mp3, actually no music", "speed it up 1.5x, actually dont speed it up": after a
# take-back marker, a thing said not to be done is the earlier edit of that kind, taken back by name
_NAMED_BACK = re.compile(
    r"(?:\bactually|\bon second thought|\bscratch that|\bnever ?mind|\bnvm|\bwait|\bhmm+|\boh)[,\s.…-]*"
    r"(?:(?:no|nah|wait|actually|hmm+|oh|sorry)[,\s.…]+)*"
    r"(?:no|not|skip|forget|drop|leave out|without|don'?t|dont|do not|never ?mind)\s+(?:about\s+)?"
    r"(?:(?:add|use|put|do|include|want|need)\s+(?:in\s+)?)?(?:the|any|a|that|those)?\s*"
    r"(?P<thing>music|bgm|song|soundtrack|background music|subtitles?|subs|captions?|"
    r"speed(?:ing)?(?: it| that)?(?: up)?|faster|slow(?:ing)?(?: it| that)?(?: down)?|slow[- ]?mo(?:tion)?|"
    r"titles?|text|logo|watermark|fades?|fade (?:in|out)|crossfades?|transitions?|flip(?:ping)?(?: it)?|"
    r"mirror(?:ing)?(?: it)?|rotat(?:e|ing)(?: it)?)\b"
    r"(?:\s+(?:either|then|after all|please|pls))?\s*(?=$|[,，.。!！;；…]|\s+(?:and|just|but)\b)")
# "flip it and rotate 180 — wait no, just rotate 180, dont flip": after a take-back marker and the edit kept,
# a later clause saying a thing not to be done takes back the earlier edit of that kind all the same
_NAMED_LATER = re.compile(
    r"(?:^|[,，;；—–]|\s-+)\s*(?:(?:and|but|just|so)\s+)?"
    r"(?:no|not|skip|forget|drop|leave out|without|don'?t|dont|do not)\s+(?:about\s+)?"
    r"(?:(?:add|use|put|do|include|want|need)\s+(?:in\s+)?)?(?:the|any|a|that|those)?\s*"
    r"(?P<thing>music|bgm|song|soundtrack|background music|subtitles?|subs|captions?|"
    r"titles?|text|logo|watermark|crossfades?|transitions?|flip(?:ping)?(?: it)?|mirror(?:ing)?(?: it)?|"
    r"rotat(?:e|ing)(?: it)?)\b"
    r"(?:\s+(?:either|then|after all|please|pls|at all))?\s*(?=$|[,，.。!！;；…])")

# "speed it up 1.5x and take out the ums — wait no, keep the speed normal, just the ums": the speed said to
# stay as it is, after a correction marker, takes back the speed change said before it (the rest stays)
_KEPT_LATER = re.compile(
    r"(?P<marker>(?:\bactually|\bwait|\bhmm+|\bon second thought|\bno)[,\s.…-]+)?"
    r"(?:(?:just|i'?ll|let'?s)\s+)?(?:keep|leave)\s+(?:the\s+|its\s+|my\s+)?(?P<thing>speed)\s+"
    r"(?:(?:at\s+)?normal|as is|as it is|the same|unchanged|original|alone|(?:at\s+)?(?:1x|100\s*%))\b")


def _of_kind(thing: str, c: Candidate) -> bool:
    ops = c.hit.ops
    if re.match(r"music|bgm|song|soundtrack|background", thing):
        return any(isinstance(op, s.AddMusic) for op in ops)
    if re.match(r"subtitle|subs|caption", thing):
        return any(isinstance(op, s.AddSubtitles) for op in ops)
    if re.match(r"speed|faster|slow", thing):
        return bool(ops) and all(isinstance(op, s.Speed) for op in ops)
    if thing.startswith("title"):
        return any(isinstance(op, s.AddTitle) for op in ops)
    if thing == "text":
        return any(isinstance(op, s.AddText | s.AddTitle) for op in ops)
    if thing in ("logo", "watermark"):
        return any(isinstance(op, s.AddLogo) for op in ops)
    if thing.startswith(("flip", "mirror")):
        return bool(ops) and all(isinstance(op, s.Flip) for op in ops)
    if thing.startswith("rotat"):
        return bool(ops) and all(isinstance(op, s.Rotate) for op in ops)
    if thing.startswith("fade"):
        return bool(ops) and all(isinstance(op, s.Fade | s.FadeMusic) for op in ops)
    return bool(ops) and all(isinstance(op, s.Crossfade) for op in ops)


def _take_named(res: Resolution, out: list[Candidate], settled: list[Candidate], m: re.Match[str],
                before_pos: int) -> bool:
    """The last reading said before `before_pos` of the kind `m` names is taken back: moved from `out` to
    `settled`, explaining the words of `m`. False when there is none."""
    thing = m.group("thing").lower()
    before = [c for c in out if c.pos < before_pos and c.hit.ops and _of_kind(thing, c)]
    if not before:
        return False
    gone = before[-1]
    out.remove(gone)
    settled.append(gone)
    gone.explains |= {i for i, t in enumerate(res.tokens) if m.start() <= t.start < m.end()}
    return True


def _named_back(res: Resolution, out: list[Candidate], settled: list[Candidate]) -> list[Candidate]:
    for back in TAKE_BACK.finditer(res.text):
        for m in _NAMED_LATER.finditer(res.text, back.end()):
            _take_named(res, out, settled, m, back.start())
    for m in _KEPT_LATER.finditer(res.text):
        if m.group("marker") or any(b.end() <= m.start() + 1 for b in TAKE_BACK.finditer(res.text)):
            _take_named(res, out, settled, m, m.start())
    for m in _NAMED_BACK.finditer(res.text):
        if not _take_named(res, out, settled, m, m.start()):
            continue
        # (the reading of the words after the marker, "no music" as a removal, is the taking back itself)
        said = [c for c in out if c.pos >= m.start()
                and all(res.tokens[i].start < m.end() for i in c.explains)]
        for c in said:
            out.remove(c)
            settled.append(c)
    return out


def _kept_back(res: Resolution, out: list[Candidate], settled: list[Candidate]) -> list[Candidate]:
    for m in [*_KEEP_BACK.finditer(res.text), *_KEEP_BACK_ZH.finditer(res.text)]:
        words = {i for i, t in enumerate(res.tokens) if m.start() <= t.start < m.end()}
        if any(words & c.covers for c in out if c.hit.ops):
            continue  # the keep is part of another reading ("keep it under 30 s" is read by the length)
        # ("背景音乐去掉…不对，留着，调到20%": a reading that goes on past the keep is of what is
        # said after it)
        past = {i for i, t in enumerate(res.tokens) if t.start >= m.end()}
        # ("cut the intro, no wait, keep it, because the sponsor needs it": a question about the edit just
        # said - how long the intro is - is taken back with it; nothing is left to ask)
        before = [c for c in out if c.pos < m.start() and (c.hit.ops or c.hit.question) and
                  not (c.covers & past)]
        if not before:
            continue
        last_ops = before[-1].hit.ops
        if last_ops and all(isinstance(op, s.KeepRange | s.KeepRanges) for op in last_ops):
            # "from 12s to 20s is the only usable bit, keep that": the part just said to be kept, kept
            before[-1].explains |= words
            continue
        gone = _take_back_last(before, out, settled)
        gone[0].explains |= words
    return out


def _history(c: Candidate) -> bool:
    return any(isinstance(op, s.Undo | s.Redo | s.RestoreVersion) for op in c.hit.ops)


# --- clips named while the order changes ------------------------------------------------------------

_COUNTED = (s.DeleteSegment, s.MoveSegment, s.DuplicateSegment, s.Speed)


# "delete the new second one", "what is now the first clip", "现在的第二个": a clip numbered as the timeline
# is after the edits said before it - its number is already where it is
_NUMBERED_AFTER = re.compile(
    r"\b(?:the\s+)?new(?:ly)?\s+(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))\b|"
    r"\b(?:is|are)\s+now\s+(?:the\s+)?(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))\b|"
    r"\b(?:first|second|third|fourth|fifth|last)\s+(?:one|clip|video|segment)?\s*(?:after (?:that|the "
    r"(?:reorder|swap|move))|in the new order)\b|"
    r"(?:现在|新的?|调完顺序后的?|换完之后的?)\s*(?:的\s*)?第\s*[一二三四五六七八九\d]")


def clips_as_seen(chosen: list[Candidate], segments: int, res: Resolution | None = None,
                  names: Sequence[str] = ()) -> None:
    """ "把c.mp4挪到最前面，b.mp4不要了", "delete b.mp4 and put c.mp4 first": each reading numbered the clips
    as the timeline was when the person spoke; the operations run one after another, so a clip named after
    an earlier move or deletion is found where that left it. Stops at an edit that changes how many clips
    there are in another way (a split, clips added): the numbers said after it are its own. After a copy
    only a clip named by its file (names: the clips' file stems, in order) is followed - "duplicate the
    first clip then move c to the start" moves c from where the copy left it (4th); a place said after a
    copy ("then delete the second clip") is the person's own count."""
    order = list(range(1, segments + 1))  # the clip (as first numbered) at each position now (0: a copy)
    copied = False
    for cand in chosen:
        if copied and res is not None:
            said = res.text[res.clauses[cand.window[0]][0]:res.clauses[cand.window[1]][1]].lower()
            named = {i + 1 for i, stem in enumerate(names)
                     if stem and re.search(rf"(?<![\w.]){re.escape(stem)}(?![\w])", said)}
        else:
            named = set(range(1, segments + 1))
        for n, op in enumerate(cand.hit.ops):
            if copied and isinstance(op, s.Reorder):
                return  # an order of the clips said after a copy: numbered by the person
            if isinstance(op, s.Reorder) and len(order) < segments and \
                    sorted(op.order) == list(range(1, segments + 1)):
                # "drop clip.mp4 and put c first then b": an order of all the clips as they were said,
                # after one was deleted - the clips left, in that order
                left = [order.index(i) + 1 for i in op.order if i in order]
                cand.hit.ops[n] = op = op.model_copy(update={"order": left})
                continue
            if not isinstance(op, _COUNTED) or getattr(op, "index", None) is None:
                if isinstance(op, s.Split | s.Concat | s.AddClips):
                    return
                continue
            if res is not None and _NUMBERED_AFTER.search(
                    res.text[res.clauses[cand.window[0]][0]:res.clauses[cand.window[1]][1]]):
                continue
            if copied and op.index not in named:
                return  # a place counted after a copy: the person's own count
            if op.index in order and order.index(op.index) + 1 != op.index:
                cand.hit.ops[n] = op = op.model_copy(update={"index": order.index(op.index) + 1})
            if copied and isinstance(op, s.MoveSegment) and op.to_index == segments < len(order) and \
                    re.search(r"\b(?:end|last|back)\b|最后|结尾|末尾", said):
                # "duplicate the first clip then move b to the end": the end is after the copy too
                cand.hit.ops[n] = op = op.model_copy(update={"to_index": len(order)})
        for op in cand.hit.ops:
            if isinstance(op, s.DeleteSegment) and op.index <= len(order):
                order.pop(op.index - 1)
            elif isinstance(op, s.MoveSegment) and op.index <= len(order):
                order.insert(min(op.to_index, len(order)) - 1, order.pop(op.index - 1))
            elif isinstance(op, s.Reorder) and sorted(op.order) == list(range(1, len(order) + 1)):
                order = [order[i - 1] for i in op.order]
            elif isinstance(op, s.DuplicateSegment) and names and res is not None and op.index <= len(order):
                order.insert(op.index, 0)  # the copy, right after the clip copied
                copied = True
            elif isinstance(op, s.DuplicateSegment | s.Split | s.Concat | s.AddClips):
                return


# "the rest", "the part after it", "剩下的": the part after a split said just before; "the first part",
# "前面的": the part before it
_AFTER_SPLIT = re.compile(r"\b(?:the rest|the remainder|the remaining (?:part|bit|section|footage)|"
                          r"(?:everything|the part|the bit|what'?s|what is) (?:after|past) (?:that|it|there|"
                          r"the (?:cut|split))|the (?:second|back|latter) (?:half|part|bit|section|clip)|"
                          r"the part after)\b|剩下的|剩余的|后面的|后半段|后一段|后边的|之后的")
_BEFORE_SPLIT = re.compile(r"\b(?:(?:everything|the part|the bit|what'?s|what is) before (?:that|it|there|"
                           r"the (?:cut|split))|the (?:first|front|former) (?:half|part|bit|section)|"
                           r"the part before)\b|前面的|前半段|前一段|前边的|之前的")


def part_of_split(res: Resolution, chosen: list[Candidate], marks: list[int]) -> None:
    """ "cut it at 0:40 and speed the rest up 2x", "在20秒处切开，后面的加速2倍": a speed change said of the
    part after (or before) a split said just before is that clip's, not the whole video's. Only after
    splits (and edits that move nothing): after a cut or a move the numbers are not followed."""
    bounds = set(marks)
    last_split = 0
    for cand in chosen:
        ops = cand.hit.ops
        if len(ops) == 1 and isinstance(ops[0], s.Speed) and ops[0].index is None and bounds - set(marks):
            a, b = res.clauses[cand.window[0]][0], res.clauses[cand.window[1]][1]
            text = res.text[a:b]
            after, before = _AFTER_SPLIT.search(text), _BEFORE_SPLIT.search(text)
            if (after is None) != (before is None):
                index = 1 + sum(1 for x in bounds if x < last_split) + (1 if after else 0)
                cand.hit.ops[0] = ops[0].model_copy(update={"index": index})
            continue
        for op in ops:
            if isinstance(op, s.Split):
                bounds.add(op.at_ms)
                last_split = op.at_ms
            elif type(op).__module__.rsplit(".", 1)[-1] in ("cutting", "wordcuts"):
                return


def transition_between_swapped(res: Resolution, chosen: list[Candidate]) -> None:
    """ "swap clip 1 and 2, then crossfade them": a transition said of "them" (no place of its own) after two
    neighbouring clips were swapped goes between those two, where they are after the swap."""
    pair: int | None = None  # the later position of the two clips swapped last
    for cand in chosen:
        for n, op in enumerate(cand.hit.ops):
            if isinstance(op, s.Reorder):
                moved = [i for i, k in enumerate(op.order, 1) if i != k]
                pair = moved[1] if len(moved) == 2 and moved[1] - moved[0] == 1 else None
            elif isinstance(op, s.Crossfade) and op.index is None and op.duration_ms != 0 and \
                    pair is not None:
                a, b = res.clauses[cand.window[0]][0], res.clauses[cand.window[1]][1]
                if re.search(r"\b(?:them|those two|these two|the two|both|the pair)\b|(?:它们|这两段|两段)",
                             res.text[a:b]):
                    cand.hit.ops[n] = op.model_copy(update={"index": pair})
            elif isinstance(op, s.DeleteSegment | s.MoveSegment | s.Split | s.Concat | s.AddClips |
                            s.DuplicateSegment):
                pair = None


# --- a range inside one clip ---------------------------------------------------------------------------

# "the first 10 s of b.mp4", "0:02-0:04 in the second clip", "b.mp4的前5秒": the clip is where the range is
_OF_CLIP = r"(?:\bof|\bfrom|\bin|\binside|\bon|\boff)\s+(?:the\s+|clip\s+|video\s+)?$"
# ("b开头2秒", "c最后3秒": the clip's part said right after its name, no 的)
# ("b那段开头5秒", "c那个片段的最后3秒": the name, then the word for the clip it names)
_CLIP_OWNS = (r"^(?:\.\w+)?\s*(?:(?:那|这)\s*(?:1\s*)?(?:段|个片段|个视频|条视频|段视频|段素材|个素材)\s*)?"
              r"(?:['’]s\b|的|里|中|:|：|"
              r"(?:最?前面?|最?后面?|最开头|开头|开始|结尾|末尾)\s*(?:那|的)?\s*§)")
# "c.mp4 has 5 seconds of me fiddling with the mic at the start", "b.mp4 starts with 4 s of …": the clip
# named first, as what has the part
_CLIP_HAS = (r"^(?:\.\w+)?\s+(?:(?:clip|video|file|one)\s+)?(?:has|had|have|got|starts|started|begins|"
             r"began|opens|opened|ends|ended|finishes|finished|closes|closed)\b")


def said_on_the_cut(text: str) -> bool:
    """ "cut the first 5 s, then in what's left remove 0:10-0:12", "…在剩下的里面再删掉…": the later times
    are on the video the earlier cut leaves."""
    return bool(_ON_THE_CUT.search(text) or _ON_NEW_TIMELINE.search(text))


def one_after_another(ops: list[OpBase]) -> list[OpBase]:
    """The parts of a `remove_ranges` cut one after another, each read off what the one before left (for
    `said_on_the_cut` requests: the parts were said in time order, each on the video left so far)."""
    out: list[OpBase] = []
    for op in ops:
        if isinstance(op, s.RemoveRanges) and all(r.end_ms is not None for r in op.ranges):
            out += [s.RemoveRange(start_ms=r.start_ms, end_ms=r.end_ms) for r in op.ranges]
        else:
            out.append(op)
    return out


def joined_cuts(ops: list[OpBase]) -> list[OpBase]:
    """ "删掉10到15秒 还有40到45秒", "cut 0:10-0:15, then cut 0:40-0:45": parts said one after another in one
    request are read off the same (current) timeline, as a person reads them off the player - cut at once
    (`remove_ranges`), not each after the one before has moved the rest earlier."""
    out: list[OpBase] = []
    run: list[tuple[int, int]] = []

    def flush() -> None:
        spans = sorted(run)
        if len(spans) == 1:
            out.append(s.RemoveRange(start_ms=spans[0][0], end_ms=spans[0][1]))
        elif spans and all(a[1] <= b[0] for a, b in itertools.pairwise(spans)):
            out.append(s.RemoveRanges(ranges=[s.Range(start_ms=x, end_ms=y) for x, y in spans]))
        else:  # overlapping parts: left as said
            out.extend(s.RemoveRange(start_ms=x, end_ms=y) for x, y in run)
        run.clear()

    split_at: set[int] = set()
    for op in ops:
        if isinstance(op, s.Split):
            # "split at 0:30 and speed up the second half 1.5x": the speed-up's own split at the same time
            # is the split already said - the clip is cut there once
            if op.at_ms in split_at:
                continue
            split_at.add(op.at_ms)
        if isinstance(op, s.RemoveRange) and op.end_ms is not None:
            run.append((op.start_ms, op.end_ms))
            continue
        if isinstance(op, s.RemoveRanges) and all(r.end_ms is not None for r in op.ranges):
            run.extend((r.start_ms, int(r.end_ms or 0)) for r in op.ranges)
            continue
        if run:
            flush()
        out.append(op)
    if run:
        flush()
    return out


def bind_to_clip(res: Resolution, chosen: list[Candidate], ctx: ParseContext, zh: bool) -> None:
    """ "remove the first 10 s of b.mp4" with several clips on the timeline: a cut said of one clip is that
    clip's part - its times are moved to where that clip plays in the programme. A range that runs past
    the clip's end is asked about instead of cut somewhere else."""
    from .rules.common import Clause, segment_refs

    segs = main_clips(ctx.draft)  # clips as the user counts them (ops.base.CONTINUES)
    if len(segs) < 2:
        return
    for cand in chosen:
        cuts = [op for op in cand.hit.ops if isinstance(op, s.Trim | s.RemoveRange | s.RemoveRanges)]
        if not cuts or len(cuts) != len(cand.hit.ops):
            continue
        a, b = res.clauses[cand.window[0]][0], res.clauses[cand.window[1]][1]
        text = res.text[a:b]
        refs = segment_refs(Clause(text, ctx))
        # "the first 2 s of b.mp4 and the last 2 of c.mp4": clips named by their file are clips said too
        on = [str(g.get("src")) for g in segs]
        files = [(pos, on.index(ref.media_id) + 1) for pos, ref in ctx.mentioned(text, "video")
                 if on.count(ref.media_id) == 1]
        if len(cuts) == 1 and isinstance(cuts[0], s.Trim) and cuts[0].head_ms and cuts[0].tail_ms and \
                (ends := _ends_of_clips(text, sorted(refs + files))) and ends[0] != ends[1]:
            # "第一段开头剪掉1.5秒 最后一段结尾再剪500ms": each end is of the clip said with it - the first
            # clip's start and the last clip's end are the programme's ends
            first, last = segs[ends[0] - 1], segs[ends[1] - 1]
            head, tail = cuts[0].head_ms, cuts[0].tail_ms
            if head > int(first.get("d", 0)) or tail > int(last.get("d", 0)):
                cand.hit.ops = []
                cand.hit.question = ("那一段没有那么长——要剪掉哪一部分？" if zh else
                                     "That clip isn't that long — which part should I cut?")
            elif ends != (1, len(segs)):
                lo1, lo2 = int(first.get("start", 0)), int(last.get("start", 0)) + int(last.get("d", 0))
                cand.hit.ops = [s.RemoveRanges(ranges=sorted(
                    [s.Range(start_ms=lo1, end_ms=lo1 + head), s.Range(start_ms=lo2 - tail, end_ms=lo2)],
                    key=lambda r: r.start_ms))]
            continue
        owners = _clip_owners(text, ctx, segs, refs)
        if len({idx for _, idx, _ in owners}) >= 2 and not _ends_of_clips(text, sorted(refs + files)):
            # "第一段的0:10到0:14 还有c.mp4的前2秒 都剪掉": each part is in the clip said with it
            parts = _parts_of_clips(text, ctx.total_ms, cuts, owners, segs)
            if parts is None:
                cand.hit.ops = []
                cand.hit.question = (
                    "每一段要剪的是哪个片段里的哪部分？请分开说一下，比如“第2段的前3秒”。" if zh else
                    "Which part of which clip should go? Say each one, e.g. “the first 3 s of clip 2”.")
            elif len(parts) == 1:
                cand.hit.ops = [s.RemoveRange(start_ms=parts[0][0], end_ms=parts[0][1])]
            else:
                cand.hit.ops = [s.RemoveRanges(ranges=[s.Range(start_ms=a, end_ms=b) for a, b in parts])]
            continue
        index = _clip_named(text, ctx, segs, refs)
        if index is None:
            continue
        seg = segs[index - 1]
        lo, d = int(seg.get("start", 0)), int(seg.get("d", 0))
        spans: list[tuple[int, int]] = []
        for op in cuts:
            if isinstance(op, s.Trim):
                spans += [(0, op.head_ms)] if op.head_ms else []
                spans += [(d - op.tail_ms, d)] if op.tail_ms else []
            elif isinstance(op, s.RemoveRange):
                spans.append((op.start_ms, d if op.end_ms is None else op.end_ms))
            else:
                spans += [(r.start_ms, d if r.end_ms is None else r.end_ms) for r in op.ranges]
        # a range open to the end ("everything after 0:05 of b.mp4") ends where the clip ends
        open_end = any(getattr(op, "end_ms", 0) is None for op in cuts) or any(
            r.end_ms is None for op in cuts if isinstance(op, s.RemoveRanges) for r in op.ranges)
        timed = not open_end and not any(isinstance(op, s.Trim) for op in cuts)
        if timed and all(lo <= x < y <= lo + d for x, y in spans):
            continue  # "remove from 1:05 to 1:20 (that's inside b.mp4)": times read off the programme
        name = str(seg.get("name") or seg.get("src"))
        if not spans or any(x < 0 or y > d or x >= y for x, y in spans):
            cand.hit.ops = []
            cand.hit.question = (f"{name} 只有 {_clock(d)} 长——要剪掉它的哪一段？" if zh else
                                 f"{name} is only {_clock(d)} long — which part of it should I cut?")
            continue
        if len(spans) == 1:
            cand.hit.ops = [s.RemoveRange(start_ms=lo + spans[0][0], end_ms=lo + spans[0][1])]
        else:
            ranges = [s.Range(start_ms=lo + x, end_ms=lo + y) for x, y in spans]
            cand.hit.ops = [s.RemoveRanges(ranges=ranges)]


# the start and the end of a clip, as said next to the clip ("第一段开头", "the end of the second clip")
# ("the first 2 seconds of b.mp4 … the last 2 of c.mp4": an amount said first or last is that end too)
_AMOUNT = r"\s+(?:§\d+§|\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)?)(?=\s+of\b)"
_HEAD_WORDS = (rf"开头|开始|片头|头部|前\s*§|\b(?:start|beginning|front|head|opening|intro)\b|"
               rf"\b(?:first|opening){_AMOUNT}")
_TAIL_WORDS = (rf"结尾|末尾|结束|片尾|尾部|尾巴|最后\s*§|\b(?:end|ending|tail|outro)\b|"
               rf"\b(?:last|final|closing){_AMOUNT}")


def _ends_of_clips(text: str, refs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """(clip whose start, clip whose end) a trim of both ends is said of, when each end is said with the one
    clip it belongs to ("第一段开头…最后一段结尾", "the start of the first clip … the end of the last"), or
    None."""
    if len({idx for _, idx in refs}) < 2:
        return None
    found: dict[str, set[int]] = {"head": set(), "tail": set()}
    for kind, words in (("head", _HEAD_WORDS), ("tail", _TAIL_WORDS)):
        for m in re.finditer(words, text):
            if re.match(r"\s+of\s+(?:the\s+)?", text[m.end():]):  # "the end of the last clip"
                after = [idx for pos, idx in refs if pos > m.start()]
                owner = after[0] if after else None
            else:  # "最后一段结尾", "the last clip's end"
                before = [idx for pos, idx in refs if pos < m.start()]
                owner = before[-1] if before else None
            if owner is None:
                return None
            found[kind].add(owner)
    if len(found["head"]) != 1 or len(found["tail"]) != 1:
        return None
    return next(iter(found["head"])), next(iter(found["tail"]))


def _clip_owners(text: str, ctx: ParseContext, segs: list[dict[str, Any]],
                 refs: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """(position, 1-based index, whether the part is said after the clip) of every clip the text says a
    range is in: "b.mp4's first 5 s", "第一段的0:10" own what follows them, "the first 2 s of c.mp4" what
    comes before."""
    found: list[tuple[int, int, bool]] = []
    on = [str(g.get("src")) for g in segs]
    for pos, ref in ctx.mentioned(text, "video", "image"):
        if on.count(ref.media_id) != 1:
            continue
        stem = ref.name.lower().rsplit(".", 1)[0]
        end = pos + len(ref.name if text.startswith(ref.name.lower(), pos) else stem)
        # "b.mp4's first 5 s", "the start of the b clip"
        clip_word = re.match(r"\s+(?:clip|video|shot)\b", text[end:]) is not None
        said_first = re.fullmatch(r"\s*(?:把|将|在|对)?\s*", text[:pos]) is not None
        if re.search(_OF_CLIP, text[:pos]) or (clip_word and re.search(_OF_CLIP, text[:pos])):
            found.append((pos, on.index(ref.media_id) + 1, False))
        elif re.match(_CLIP_OWNS, text[end:]) or (clip_word and re.search(r"\bthe\s+$", text[:pos])) or \
                (said_first and re.match(_CLIP_HAS, text[end:])):
            found.append((pos, on.index(ref.media_id) + 1, True))
    for pos, idx in refs:
        said_first = re.fullmatch(r"\s*(?:把|将|在|对)?\s*", text[:pos]) is not None
        if not 1 <= idx <= len(segs):
            continue
        if re.search(_OF_CLIP, text[:pos]):
            found.append((pos, idx, False))
        elif said_first or re.match(r"[^，,；;]{0,8}?(?:的|里|中)", text[pos:]):
            found.append((pos, idx, True))
    return sorted(found)


def _clip_named(text: str, ctx: ParseContext, segs: list[dict[str, Any]],
                refs: list[tuple[int, int]]) -> int | None:
    """The 1-based position of the one clip the text says a range is in, or None."""
    found = {idx for _, idx, _ in _clip_owners(text, ctx, segs, refs)}
    return next(iter(found)) if len(found) == 1 else None


_HEAD_SAID = r"(?:\b(?:first|opening|start|beginning|front|intro)\b|前|开头|开始|片头)\W{0,12}$"
_TAIL_SAID = r"(?:\b(?:last|final|closing|end|ending|outro)\b|最后|后|结尾|末尾|片尾)\W{0,12}$"


def _parts_of_clips(text: str, total: int, cuts: Sequence[OpBase],
                    owners: list[tuple[int, int, bool]],
                    segs: list[dict[str, Any]]) -> list[tuple[int, int]] | None:
    """ "第一段的0:10到0:14 还有c.mp4的前2秒", "0:10-0:15 of the first clip and the first 2 s of c.mp4":
    each part said of its own clip, moved to where that clip plays (programme times, sorted). None when a
    part's clip, or the part itself, cannot be told."""
    said = [(m.start(), int(m.group(1))) for m in re.finditer(r"§(\d+)§", text)]
    used: set[int] = set()

    def where(value: int, kind: str) -> int | None:
        free = [at for at, v in said if v == value and at not in used]
        words = _HEAD_SAID if kind == "head" else _TAIL_SAID if kind == "tail" else None
        fit = [at for at in free if words is None or re.search(words, text[max(0, at - 16):at])]
        at = next(iter(fit or free), None)
        if at is not None:
            used.add(at)
        return at

    def owner(at: int) -> int | None:
        # the clip named right after the part, with "of" ("0:10-0:15 of the first clip"), else the one
        # named right before it that owns what follows ("第一段的0:10到0:14")
        after = [(i, owns) for p, i, owns in owners if p > at]
        before = [(i, owns) for p, i, owns in owners if p < at]
        if after and not after[0][1]:
            return after[0][0]
        if before and before[-1][1]:
            return before[-1][0]
        return None

    parts: list[tuple[str, int, int]] = []  # (kind, a, b) in what was said
    for op in cuts:
        if isinstance(op, s.Trim):
            parts += [("head", 0, op.head_ms)] if op.head_ms else []
            parts += [("tail", op.tail_ms, 0)] if op.tail_ms else []
            continue
        ranges = [(op.start_ms, op.end_ms)] if isinstance(op, s.RemoveRange) else \
            [(r.start_ms, r.end_ms) for r in op.ranges] if isinstance(op, s.RemoveRanges) else []
        for a, b in ranges:
            if b is None and any(v == total - a for _, v in said):
                parts.append(("tail", total - a, 0))
            elif b is None:
                return None
            elif a == 0 and not any(v == 0 for _, v in said):
                parts.append(("head", 0, b))
            else:
                parts.append(("range", a, b))
    out: list[tuple[int, int]] = []
    for kind, a, b in parts:
        at = where(b if kind == "head" else a, kind)
        idx = owner(at) if at is not None else None
        if idx is None:
            return None
        seg = segs[idx - 1]
        lo, d = int(seg.get("start", 0)), int(seg.get("d", 0))
        if kind == "head":
            x, y = 0, b
        elif kind == "tail":
            x, y = d - a, d
        elif lo <= a < b <= lo + d:
            x, y = a - lo, b - lo  # "1:05 to 1:20 (that's inside b.mp4)": times read off the programme
        else:
            x, y = a, b
        if x < 0 or y > d or x >= y:
            return None
        out.append((lo + x, lo + y))
    return sorted(out)


# --- accounting for every word ------------------------------------------------------------------------

# formats and features we have no operation for: said, they carry meaning too
_UNSUPPORTED = set(re.findall(r"\w+", """
ogg flac wmv hevc prores chapters chapter markers keyframes lut hdr 3d zoom pan stabilize sharpen reverse
sticker stickers emoji filter filters effect effects animation animate
"""))
_EDIT_WORDS = set(KEYWORDS) | _UNSUPPORTED | {w for w in re.findall(r"[a-z]+", _VERBS) if len(w) > 2} - {
    "please", "thanks", "then", "also", "lets", "finally", "lastly", "after", "and", "can", "you", "could",
    "want", "need", "get", "give", "use", "include"}
_EDIT_ZH = set("剪删裁切加添配换调慢快速静音字幕标题乐滤转场淡拼序循翻镜")
# words that turn a reading round ("trim the silence at the start but NOT at the end"): left unexplained in
# a clause whose reading removes something, they may mean that something is to stay
_NEGATORS = frozenset(_w for _w in re.findall(r"\S+", """
not don't dont never without except excluding apart but-not keep leave 不 别 除 留 保
""") if _w != "but-not")
# "leave that in", "keep it", "留着": a clause that only says the moment told just before stays
_MOMENT_KEPT = (r"(?:(?:but|and|just|please|pls|so)\s+)*(?:keep|leave)\s+(?:that|it|this|them|those)"
                r"(?:\s+(?:one|part|bit|moment|sound))?(?:\s+in)?(?:\s+(?:please|pls|though|tho))?\s*[.!~]*|"
                r"(?:这个|那个|这段|那段)?\s*(?:要)?(?:留着|保留着?|留下来?)(?:吧|哈|啊)?\s*[。!！~]*")


def _moment_outside(res: Resolution, ci: int, removing: list[Candidate]) -> bool:
    """The clause ci names a time, every time it names lies outside what the removal takes away."""
    a, b = res.clauses[ci]
    times = [int(t) for t in re.findall(r"§(\d+)§", res.text[a:b])]
    spans = [(op.start_ms, op.end_ms) for c in removing for op in c.hit.ops if isinstance(op, s.RemoveRange)]
    if not times or not spans or len(spans) != sum(isinstance(op, _REMOVING) for c in removing
                                                    for op in c.hit.ops):
        return False
    return all(not (st <= t <= (en if en is not None else t)) for t in times for st, en in spans)


# "keep just that part", "只保留那一段": a keep that points back at the range the clause names
_KEPT_POINTER = (r"(?:keep|留|保)\s*(?:留|住)?\s*(?:(?:just|only)\s+)?(?:that|this|those|these|the)\s+"
                 r"(?:(?:one|part|bit|section|piece|segment|stretch|portion|range)s?)?\s*(?:please|pls|only)?"
                 r"\s*[.!?。！？~]*|"
                 r"(?:留|保)\s*(?:留|住)?\s*(?:下来)?\s*(?:这|那)\s*(?:一|1)?\s*(?:段|部分|截|块)\s*(?:就行|就好|即可)?"
                 r"\s*[。！？~]*")
_REMOVING = (s.Trim, s.KeepRange, s.KeepRanges, s.RemoveRange, s.RemoveRanges, s.TrimDeadAir,
             s.RemoveSilences, s.DeleteSegment)


# a sound said to stay as it is beside a cut of time ("but leave the music alone", "keep the audio
# untouched", "音乐别动"): it names no part of the video to keep
_SOUND_LEFT = (r"(?:keep|leave)\s+(?:the\s+|my\s+|our\s+)?(?:background\s+|bg\s+|original\s+)?"
               r"(?:music|bgm|song|soundtrack|audio|sound|voice|voiceover)\s+(?:alone|as is|as it is|"
               r"untouched|unchanged|intact|the same|as they are)\s*(?:please|pls|plz)?\s*[.!~]*")
_SOUND_LEFT_ZH = (r"(?:(?:保持|维持)\s*(?:原样|不变|原状)\s*(?:就行|就好)?\s*[,，]?\s*"
                  r"(?:(?:别|不要|不用|不)\s*(?:动|碰|改|管|变)\s*(?:它|了)?)?|"
                  r"(?:别|不要|不用|不)\s*(?:动|碰|改|管|变)\s*(?:它|了)?)\s*(?:哈|啊|哦|吧)?\s*[。！!~]*")
# a clause that opens on an exception to what the clause before removes
_EXCEPT_OPENS = (r"\s*(?:but\s+)?(?:except|apart from|other than|"
                 r"not\s+(?:the|where|when|while|my|our|his|her|their|that|this|those|these)\b|"
                 r"(?:don'?t|dont|do not)\s+(?:cut|remove|delete|trim|lose|touch)\b)|"
                 r"\s*(?:但是?|可是|不过)?\s*(?:除了|除去|(?:不要|别|不用)\s*(?:删|剪|去掉|动))")


# someone else named as the one who does not want a thing ("有个同事不想出镜", "客户说不能出现价格"): their
# wish is why the edit is asked, never a part of the video to keep
_SOMEONE_SAID = (r"(?:家长|客户|老板|甲方|领导|老师|学校|园长|校长|朋友|孩子|他|她|他们|她们|人家|对方|本人|"
                 r"平台|妈妈|爸爸|老公|老婆|同事|嘉宾|当事人|主办方|审核)\s*(?:都)?\s*(?:说|讲|要求|觉得|表示|希望|反映|提出)?\s*"
                 r"(?:了)?\s*[:：,，]?\s*$")
_SOMEONE_DECLINES = r"(?:不让|不许|不准|不能|不想|不愿意?|不同意|不允许|不肯|不喜欢|不可以|别)"


_BIE_WORD = ("特", "区", "分", "级", "类", "告", "个", "识", "差", "派", "性", "判", "鉴", "辨")


def unread_negation(res: Resolution, chosen: list[Candidate]) -> str:
    """A negation (or "keep"/"leave") no chosen reading explains, in a clause whose reading removes
    something: the words from it to the clause's end, as said; "" when there is none."""
    explained: set[int] = set()
    for c in chosen:
        explained |= c.explains
    for ci, (a, b) in enumerate(res.clauses):
        removing = [c for c in chosen if c.window[0] <= ci <= c.window[1]
                    and any(isinstance(op, _REMOVING) for op in c.hit.ops)]
        if not removing and ci > 0 and re.match(_EXCEPT_OPENS, res.text[a:b]):
            # "把0:10到0:20删掉，除了奶奶说话那里": an exception said in the clause after the removal
            # (a stretch given by its times only: "remove the last 10 s, not the first" and
            # "把停顿剪掉，别剪到字" say how, not a part to keep)
            removing = [c for c in chosen if c.window[0] <= ci - 1 <= c.window[1]
                        and any(isinstance(op, s.RemoveRange | s.RemoveRanges) for op in c.hit.ops)]
        if not removing:
            continue
        for i, t in enumerate(res.tokens):
            if a <= t.start < b and i not in explained and t.text in _NEGATORS and \
                    not res.text.startswith("不过", t.start) and \
                    not (t.text == "别" and res.text[max(t.start - 1, 0):t.start] in _BIE_WORD):
                # (不过: "but"; 特别, 区别, 分别, 识别 ...: a word of its own, no negation -
                # "停顿特别多还老是嗯啊嗯啊的" says what is wrong, not what to keep)
                tail, before = res.text[t.start:b].strip(), res.text[a:t.start]
                if re.match(r"别的\s*(?:部分|地方|片段)?\s*(?:都|全|全都|全部|统统|通通|一律)?\s*"
                            r"(?:不要|不需要|不用)",
                            tail) and all(isinstance(op, s.KeepRange | s.KeepRanges) for c in removing
                                          for op in c.hit.ops if isinstance(op, _REMOVING)):
                    continue  # "保留3-8秒和20-30秒 别的都不要": 别的 is "the other", its 不要 read below
                if re.fullmatch(r"别的\s*(?:部分|地方)?\s*(?:就|也|都|先)?\s*" + _SOUND_LEFT_ZH,
                                tail) and all(
                        isinstance(op, s.Trim) for c in removing for op in c.hit.ops
                        if isinstance(op, _REMOVING)):
                    continue  # "头上修掉1.5秒 尾巴修掉半秒 别的不碰": 别的 is "the rest", which a trim keeps
                if re.fullmatch(r"(?:不要|不需要|不用)(?:了|啦)?\s*[。.!！~]*", tail) and re.search(
                        r"(?:都|全|也|全部|统统|通通)\s*$|"
                        r"(?:结束|结尾|最后|末尾|§\d+§|秒)\s*(?:的)?\s*$|"
                        # "总长剪到55秒 多的不要": what is over the length, said to go
                        r"(?:多|多余|多出(?:来)?|超出(?:来)?|超过|超了)\s*的\s*(?:部分)?\s*$", before):
                    continue  # "从00:00:20剪到结束都不要": the part cut, said again to be unwanted
                if re.fullmatch(r"(?:不要|不需要|不用|别要)(?:了|啦|哈|啊)?\s*[。.!！~]*",
                                tail) and re.search(
                        r"(?:别的|其他|其它|其余|剩下|剩余|其他的|其它的|其余的|剩下的|多余的?)\s*(?:部分|地方|片段)?\s*"
                        r"(?:都|全|全都|全部|统统|通通|一律)?\s*$", before) and all(
                        isinstance(op, s.KeepRange | s.KeepRanges) for c in removing for op in c.hit.ops
                        if isinstance(op, _REMOVING)):
                    # "保留3-8秒和20-30秒 别的都不要": the rest, said to go, is what a keep drops anyway
                    continue
                if re.search(_SOMEONE_SAID, before) and re.match(_SOMEONE_DECLINES, tail):
                    continue  # "c那段客户说不能用 c不要了": someone's wish, the reason for the cut
                if re.match(r"不\s*(?:爱|想|喜欢|愿意)\s*看", tail):
                    continue  # "只要15秒 多了团购群的人不爱看": how viewers take a long video, the reason
                if re.match(r"不\s*(?:给|让|能|会)?\s*(?:推|推荐|推流|流量|发|过审?|上热门|审核|上传)",
                            tail) and re.search(r"(?:超|多|长|过)\S{0,3}(?:了|出|过)\S{0,8}$", before):
                    # "最多45s 超了平台不给推": what the platform does with a longer video, the reason
                    continue
                if re.fullmatch(_SOUND_LEFT, tail) or (re.fullmatch(_SOUND_LEFT_ZH, tail) and re.search(
                        r"(?:背景音乐|音乐|配乐|bgm|background music|\bmusic|原声|声音|人声)"
                        r"\s*(?:就|也|都|先)?\s*(?:保持|维持)?\s*(?:原样|不变|原状|原来的样子)?\s*(?:就|也|都|先)?\s*$",
                        before)):
                    # ("bgm保持原样别动它": the sound said to stay as it is, then not to be touched)
                    continue  # "cut the first 10 s but leave the music alone": a sound kept as it is, no part
                if re.fullmatch(_SOUND_LEFT_ZH, tail) and re.search(
                        # ("头上修掉1.5秒 尾巴修掉半秒 别的不碰": the rest, the same middle)
                        r"(?:^|\s)(?:中间|中间的|中间部分|中间那段|中间那部分|中段|别的|其他|其它|其余|剩下的?)"
                        r"\s*(?:地方|部分)?\s*(?:就|也|都|先)?\s*$",
                        before) and all(isinstance(op, s.Trim) for c in removing for op in c.hit.ops
                                        if isinstance(op, _REMOVING)):
                    continue  # "开头剪1.5秒 结尾剪0.5秒 中间别碰": the middle a trim of the ends keeps anyway
                if t.text in ("keep", "leave", "留", "保") and ci > 0 and re.fullmatch(
                        _MOMENT_KEPT, res.text[a:b].strip()) and _moment_outside(res, ci - 1, removing):
                    continue  # "the dog barks at 0:22, leave that in, just remove 0:40 to 0:45": the moment
                    # told about is left in - the removal does not touch it
                if t.text in ("keep", "留", "保") and re.fullmatch(_KEPT_POINTER, tail) and any(
                        isinstance(op, (s.KeepRange, s.KeepRanges)) for c in removing for op in c.hit.ops):
                    continue  # "from 0:20 to 0:45 can you keep just that part": the kept part, pointed at
                return res.text[t.start:b].strip()
    return ""


# a clause of its own that only says an end of the video stays ("…, keep the intro", "…，片尾留着")
_END_KEPT = re.compile(
    r"(?:(?:but|and|just|please|pls|so|also)\s+)*(?:keep|leave)\s+(?:the\s+|my\s+)?"
    r"(?P<en>intro|opening|beginning|start|outro|ending|end|credits)"
    r"(?:\s+(?:part|bit|bits|section|as\s+is|in|alone|please|pls|though|tho|intact|untouched))*\s*[.!~]*|"
    r"(?:(?:但是?|然后|并且|要)\s*)?(?:保留|留着|留下)\s*(?P<zh1>片头|开头|片尾|结尾)\s*(?:的)?\s*(?:部分)?\s*[。.!！~]*|"
    r"(?:(?:但是?|然后)\s*)?(?P<zh2>片头|开头|片尾|结尾)\s*(?:的)?\s*(?:部分)?\s*(?:要|就|也|都)?\s*"
    r"(?:保留|留着|留下|别动|不动|不要动)\s*(?:吧|哈|啊)?\s*[。.!！~]*")


def end_kept_apart(res: Resolution, chosen: list[Candidate]) -> tuple[str, str] | None:
    """ "delete clip.mp4, keep the intro": a clause of its own (after the first) that only says an end of
    the video stays, read by no chosen reading - (the words, "start" or "end") so the caller can check the
    edit does not cut that end; None when there is none. (In the same clause, unread_negation asks.)"""
    explained: set[int] = set()
    for c in chosen:
        explained |= c.explains
    for ci, (a, b) in enumerate(res.clauses):
        if ci == 0 or (m := _END_KEPT.fullmatch(res.text[a:b].strip())) is None:
            continue
        if any(a <= t.start < b and i in explained for i, t in enumerate(res.tokens)
               if t.text in ("keep", "leave", "留", "保", "别", "不")):
            continue  # the keep is part of a reading ("trim it to 20 seconds, keep the end")
        end = m.group("en") or m.group("zh1") or m.group("zh2") or ""
        starts = ("intro", "opening", "beginning", "start", "片头", "开头")
        return res.text[a:b].strip(), ("start" if end in starts else "end")
    return None


# a clause told about the recording, not asked of the editor: "i always hit record and then …", "we
# recorded it twice", "it changed since we recorded", "我每次录完都…"
_STORY = (r"\s*(?:(?:and|but|cause|because|since|as|so)\s+)?(?:i|we|it|that|they)\s+(?:(?:always|usually|"
          r"normally|often|sometimes|accidentally|already|just|kinda|basically|then|also)\s+)*(?:hit|pressed|press|"
          r"recorded|record|set|started|start|forgot|forget|left|leave|talked|talk|went|go|changed|moved|"
          r"filmed|shot|made|did|had|was|were|got|messed|tend|ran|wait(?:ed)?|fumble\w*)\b|"
          r"\s*(?:我|我们)(?:每次|总是|一般|通常|都是)")


# what follows a number that counts the things named ("这两段", "the 2 demos", "into 1 video")
_COUNT_NOUN = (r"\s*(?:个|张|段|次|处|遍|条|句|位|种|集|clips?\b|segments?\b|parts?\b|videos?\b|vids?\b|"
               r"sections?\b|files?\b|ones?\b|demos?\b|places?\b|spots?\b|shots?\b|pieces?\b|things?\b|clicks?\b|takes?\b|"
               r"versions?\b|photos?\b|pictures?\b|images?\b|pics?\b)")
# the words that say what the things counted are ("3 gameplay clips"), not an amount or a unit
_DESCRIBED_COUNT = (r"(?:\s+(?!(?:s|secs?|seconds?|mins?|minutes?|x|times|percent|frames?|fps|db|hours?)\b)"
                    r"[a-z'-]+){1,2}")
# words that restate what the clause's reading does or spans, with no edit of their own: "join everything
# together", "duplicate it so it plays twice", "outline style", "overlay c.mp4 picture in picture"
_RESTATED = frozenset({"everything", "whole", "twice", "style", "overlay", "post"})
# a clause that says what stays ("keep my voice", "leave the audio alone", "背景音乐留着", "声音别动")
_STAYS = (r"^\s*(?:(?:but|and|just|only|i want to|i need to)\s+)*(?:keep|leave)\b|"
          r"\b(?:stays?|alone|as is|untouched|unchanged)\s*$|^\s*(?:no|not)\s+\w+|\bnothing\b|"
          r"留着|保留|留下|^\s*只(?:留|听|要)|别动|不动|(?:不要|不用|不需要)(?:去掉|静音|删|关|动|淡出|淡入)|别(?:删|去掉|关|静音)")
# a clause that tells what the footage is or why, not what to do ("its just wind noise", "the ending is
# boring", "that subtitle line was a mistake take", "those are the 2 demos", "这两段都是静音")
_STATEMENT = (r"\s*(?:(?:and|but|cause|because|since|as|so|cuz|coz|bc)\s+)?(?:it'?s|its|it is|it was|that'?s|"
              r"thats|that is|this is|this goes|these are|those are|both (?:are|were)|they'?re|"
              r"there'?s|theres|"
              r"there is|"
              r"everything is|(?:the|that|this|my|our|her|his) [\w'-]+(?: [\w'-]+){0,4}? (?:is|was|are|were|"
              r"has|have|drags|starts|looks|sounds|reads|made|said|mirrored|only)|"
              r"(?:camera|recording|mic|audio|sound) (?:was|is|were|are)|"
              # "…, it makes the music sound choppy", "that made it look cheap": what a change did, as why
              r"(?:it|that|this|which) (?:makes|made|sounds|sounded|looks|looked|feels|felt)|"
              # what the person will do themselves: "i'll redo them myself later", "i want to redo it in …"
              r"i'?ll|i will|i'?m (?:going to|gonna)|"
              r"i (?:want|need) (?:it )?to (?:redo|post|share|send|upload)|"
              r"my \w+ (?:said|says))\b|"
              r"^[^剪删裁切加添配换调去放]*(?:都|全)?是(?:静音|空白|黑屏|错别字)")

# a clause told about the footage or the people in it, with its own subject and a verb that is not an
# order: "the speaker coughs there", "it makes my voice sound underwater", "i say um every 3 words", "the
# crop looked bad", "its 1:50 now", "my cousin asked me not to post that bit" - a reason, asking for nothing
# a person of the recording named by a role and a number or letter ("participant 3", "speaker #2", "guest b",
# "3号嘉宾", "二号受访者"): who is told about - the number is theirs, no amount for an edit
_PERSON_ROLE = (r"(?:participant|speaker|guest|interviewee|respondent|subject|person|host|caller|panel+ist|"
                r"candidate|contestant|student|kid|child|patient|witness|presenter|narrator|p)")
_PERSON_ID_BEFORE = rf"\b{_PERSON_ROLE}\s*#?\s*$"
_PERSON_ID_AFTER = (r"^\s*号\s*(?:嘉宾|受访者|选手|参与者|同学|学生|发言人|演讲者|评委|观众|老师|"
                    r"主持人?|患者|小朋友|孩子|证人|讲者|员工|客户)")
# which one of a series the video is ("for ep 14 can you …", "lesson 4, add subtitles", "第14期 去掉嗯啊"):
# its number names the video, no amount for an edit
_SERIES_NO_BEFORE = (r"(?:\b(?:ep|eps|epi|episode|vol|volume|lesson|chapter|session|lecture|module|unit|"
                     r"season|week|issue)\s*\.?\s*#?\s*|第\s*)$")
_SERIES_NO_AFTER = r"^\s*(?:期|集|课|讲|季|届|话)"
_TOLD_SUBJECT = (r"(?:i|we|he|she|they|it|that|this|someone|somebody|nobody|no one|everyone|everybody|"
                 rf"{_PERSON_ROLE}\s*#?\s*(?:\d{{1,3}}|[a-h])|"
                 r"clients|viewers|people|ppl|folks|mine|"
                 r"everything(?:\s+(?:before|after|else))?|"
                 r"(?:the|that|this|those|these|my|our|his|her|their|some|grandpa|grandma|mom|dad)"
                 r"(?:\s+[\w'-]+){1,4}?)")
_TOLD_VERB = (r"(?:is|was|are|were|has|had|looks?|looked|sounds?|sounded|says?|said|asked|allows?|"
              r"wants|needs|makes|made|covers?|covered|cut|coughs?|coughed|walks?|walked|fell|falls?|"
              r"moves?|moved|reversed|drags?|stops?|stopped|starts?|ends?|goes|went|keeps?|kept|"
              r"can'?t|cannot|can not|couldn'?t|don'?t|dont|doesn'?t|doesnt|didn'?t|won'?t|wont|"
              r"only|basically|literally|really|always|never|also|just|still|"
              r"(?<=\bi )(?:say|sound|do|did|can|could|have|had|think|guess|hate|love|stutter|mumble)|"
              r"(?<=\bwe )(?:say|do|did|can|could|have|had|think))")
_TOLD = re.compile(
    r"\s*(?:(?:and|but|cause|because|since|as|so|cuz|coz|bc|ugh|lol|oops|also|plus|btw|fyi|"
    r"like|well|yeah|ok|okay)\s*,?\s+)*"
    r"(?:(?:it|that|this|there)(?:'s|s)\b|(?:" + _TOLD_SUBJECT + r")\s+" + _TOLD_VERB + r"\b)")
# what an order (or a wish for the video) says: a clause with it is asked, not told ("the title should be
# red", "the intro needs to go", "i want it shorter", "it's too long")
_TOLD_ASKS = re.compile(r"\b(?:should|must|has to|have to|needs? to|need it|needs it|want it|wants it|"
                        r"gotta|ought|would like|'d like|id like|wanna (?:be|have|make|add|cut)|"
                        r"too|instead|rather|please|pls|plz|can (?:you|u)|could (?:you|u)|let'?s)\b")
# what was wrong with the change taken back, told beside "撤回上一步" ("标题挡住了画面", "那个滤镜丑哭了"),
# and a clause that starts with an order instead ("再加个标题", "把音乐删了")
_JUDGED_ZH = r"了\s*[。！!~]*\s*$|太|丑|难看|不好看|错|挡住|反了|不对|不行"
_ORDER_ZH = r"\s*(?:再|还要|然后|把|给|帮|请|麻烦|加|删|剪|去掉|换|调|改)"
# what the video is for, said at the end of what is asked: "for the gala slideshow", "for grandpa's 80th"
_FOR_WHOM = (r"\bfor\s+(?:the|my|our|a|an|his|her|their|[a-z]+'s)\s+(?P<what>[^,;.!?:—–()]*?)\s*"
             r"(?:thing|lol|pls|please|thanks)?\s*[.!~]*$")
# a part of the video or of the edit named after "for": where the edit goes, never a purpose
_WHERE_WORDS = (r"\b(?:intro|outro|opening|start|beginning|end|ending|middle|first|last|part|parts|bit|bits|"
                r"section|sections|clip|clips|segment|segments|scene|scenes|shot|shots|second|seconds|sec|secs|"
                r"minute|minutes|min|mins|whole|rest|title|titles|credits|audio|sound|voice|music|video|"
                r"picture|footage|frame|frames|length|duration|speed|\d+(?!\d*(?:st|nd|rd|th)\b))\b|§|⟦")
# a colour a thing is to have ("so the sky is purple"): an edit of its own, never a purpose
_COLOUR_NAMED = (r"\b(?:red|blue|green|purple|pink|yellow|orange|gold|golden|sepia|grey|gray|teal|cyan|"
                 r"magenta)\b")
# a purpose or a reason said after what is asked: "so ppl can follow the dance steps", "so it uploads
# faster", "since uploading is slow here", "because my cousin asked me not to post it"
_PURPOSE = re.compile(r"\b(?:so(?: that)?|since|because|cause|cuz|coz|bc)\s+(?=(?:it'?s|its|that'?s)\b|"
                      r"(?:[\w'-]+\s+){1,4}?(?:can|could|will|would|won'?t|wont|can'?t|cant|isn'?t|isnt|"
                      r"doesn'?t|doesnt|don'?t|dont|is|are|was|were|looks?|reads?|sounds?|plays?|uploads?|loads?|"
                      r"sees?|gets?|stays?|fits?)\b)")



def _half_of_read_word(res: Resolution, i: int, explained: set[int]) -> bool:
    """A single Chinese character next to an explained one, with no space between: part of a word the
    reading already explained ("声音" with "声" read)."""
    tok = res.tokens[i]
    if not re.fullmatch(r"[\u4e00-\u9fff]", tok.text):
        return False
    prev = res.tokens[i - 1] if i > 0 else None
    nxt = res.tokens[i + 1] if i + 1 < len(res.tokens) else None
    joined_prev = prev is not None and prev.end == tok.start and re.fullmatch(r"[\u4e00-\u9fff]", prev.text)
    joined_next = nxt is not None and nxt.start == tok.end and re.fullmatch(r"[\u4e00-\u9fff]", nxt.text)
    # "声音", "噪音", "逐字": the edit character ends a word whose head is no edit word
    headless = joined_prev and prev is not None and prev.text not in _EDIT_ZH and prev.text not in SHARED
    return bool((joined_prev and i - 1 in explained) or (joined_next and i + 1 in explained) or headless)


_PLATFORM = (r"instagram|insta|ig|tiktok|tik tok|youtube|yt|shorts|reels?|facebook|fb|twitter|x|"
             r"snapchat|linkedin|whatsapp|抖音|快手|小红书|b站|哔哩哔哩|视频号|微信|朋友圈|微博")
_POSTED_ON = (r"(?:\b(?:post|posting|posted|upload|uploading|share|sharing|put|putting|publish|send|"
              r"sending)\b"
              r"(?:\s+(?:it|this|them))?\s+(?:on|to)\s+(?:my\s+|the\s+|our\s+)?|"
              r"(?:发|发到|发在|上传到|传到|放到)\s*)$")


def _posted_on(res: Resolution, i: int) -> bool:
    """The platform in "to post on instagram" (or the verb that posts it there): where it goes, not an
    edit."""
    tok = res.tokens[i]
    before = res.text[max(0, tok.start - 40):tok.start]
    if re.fullmatch(_PLATFORM, tok.text, re.IGNORECASE) and re.search(_POSTED_ON, before, re.IGNORECASE):
        return True
    # ("gonna throw it on tiktok", "slap it up on reels": put there by the person, said loosely)
    return bool(re.fullmatch(r"post|posting|upload|uploading|share|sharing|publish|throw|throwing|slap|"
                             r"slapping|stick|sticking|drop|dropping|pop|popping", tok.text, re.IGNORECASE)
                and re.match(rf"(?:\s+(?:it|this|them))?(?:\s+up)?\s+(?:on|to|onto)\s+"
                             rf"(?:my\s+|the\s+|our\s+)?(?:{_PLATFORM})\b", res.text[tok.end:],
                             re.IGNORECASE))


# "i want the reveal twice", "the goal should play twice", "copy clip 3 one more time": how many times a
# copied clip plays, said beside the copy - what the copy does, not another edit
_AGAIN = r"(?:twice|two times|2 times|again|1 more times?|once more)\b"
_PLAYS_AGAIN = (rf"\b(?:(?:to\s+)?play(?:s|ed)?\s+)?{_AGAIN}|"
                rf"\bplay(?:s|ed)?\b(?=[^,;.]*\b{_AGAIN})")
# "the title at the (very) start", "the first clip ... from the start", "start over with c.mp4 then b.mp4":
# where the thing acted on is, or the timeline made again from the clips named - said by the reading
_AT_START = r"\b(?:at|from|in)\s+the\s+(?:very\s+)?(?:start|beginning)\b"
_START_OVER = (r"\b(?:start|begin)\s+(?:over|again|afresh|fresh|from scratch)\b|"
               r"\b(?:start|begin)(?=\s+(?:it\s+)?(?:over\s+)?with\s+(?:just\s+|only\s+)?[\w-]+\.(?:mp4|mov|webm)\b)")

# "cut the engine noise volume down to 20%", "lower the crowd noise volume to 50%": the sound of the video
# whose level is set, named by what makes it
_NOISE_LEVEL = (r"\b(?:(?:lower|reduce|cut|drop|turn down|bring down|bring)\s+)?(?:the\s+|that\s+)?"
                r"(?:[a-z]+\s+)?(?:noise|hum|hiss|buzz|buzzing|rumble)\s+(?=(?:volume|level)\b)")
# "remove the background noise but NOT the music", "cut the noise not the talking", "(not the talking lol)":
# the sound said to be spared by a sound edit - what stays, not another edit
_SOUND_SPARED = (r"\b(?:but\s+)?not\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+|any\s+of\s+the\s+)?"
                 r"(?:music|voice|voices|talking|speech|dialogue|narration|vocals?|bgm|song)\b")
# "…, drop my original clip", "ditch the first clip": what was on the timeline, gone with the rebuild
_OLD_DROPPED = (r"\b(?:drop|ditch|lose|remove|delete|get rid of|scrap|bin)\s+(?:my|the|that)\s+"
                r"(?:original|old|first|current)\s+(?:clip|video|footage|one)\b")


def _restated_place(res: Resolution, chosen: list[Candidate]) -> list[tuple[int, int]]:
    """The spans of words that say again where a chosen reading acts or how often a copy plays: "twice"
    beside a duplicated clip, "at the very start" beside a title put at 0:00 or the first clip, "start over
    with b.mp4" beside the clips put in a new order."""
    ops = [op for c in chosen for op in c.hit.ops]
    spans: list[tuple[int, int]] = []
    if any(isinstance(op, (s.DuplicateSegment, s.Loop)) for op in ops):
        spans += [(m.start(), m.end()) for m in re.finditer(_PLAYS_AGAIN, res.text)]
    at_start = any(
        (isinstance(op, (s.AddTitle, s.AddText)) and op.start_ms == 0) or isinstance(op, s.RemoveText) or
        (isinstance(op, (s.MoveSegment, s.DeleteSegment, s.DuplicateSegment)) and op.index == 1)
        for op in ops)
    if at_start:
        spans += [(m.start(), m.end()) for m in re.finditer(_AT_START, res.text)]
    if any(isinstance(op, s.SetVolume) and op.track == "main" for op in ops):
        spans += [(m.start(), m.end()) for m in re.finditer(_NOISE_LEVEL, res.text)]
    if any(isinstance(op, (s.Denoise, s.Mute, s.RemoveMusic, s.SetVolume, s.DuckMusic)) for op in ops):
        spans += [(m.start(), m.end()) for m in re.finditer(_SOUND_SPARED, res.text)]
    concat = [op for op in ops if isinstance(op, s.Concat)]
    if concat:  # the main track rebuilt from the clips named: what was on it goes
        spans += [(m.start(), m.end()) for m in re.finditer(_START_OVER, res.text)]
        spans += [(m.start(), m.end()) for m in re.finditer(_OLD_DROPPED, res.text)
                  if not any(name in m.group(0) for op in concat for name in op.media_ids)]
    return spans


# the video's length as it is now, told beside the edit: "mine is a minute", "1 minute is too long",
# "1分钟太长了", "用加速把60秒变成20秒", "wait the vid is 60s"
_LENGTH_NOW_BEFORE = (r"(?:\b(?:is|was|it'?s|its|currently|now|runs|lasts|whole thing is|vid is|video is)\s+"
                      r"(?:only\s+|just\s+|about\s+|like\s+|around\s+|already\s+)?(?:a\s+)?|把\s*(?:这\s*)?|"
                      r"(?:原来|现在|本来|目前)(?:是|有)?\s*)$")
_LENGTH_NOW_AFTER = (r"^\s*(?:(?:is|was)\s+(?:way\s+|much\s+|a bit\s+)?too\s+long\b|(?:long\s+)?(?:now|"
                     r"currently)\b|(?:的视频)?\s*(?:太长|有点长|太久)|(?:的视频)?\s*变成)")


def _length_now(res: Resolution, i: int, total_ms: int) -> bool:
    """Whether token i is the video's length as it is now, told beside the edit (not an amount for it)."""
    m = re.fullmatch(r"§(\d+)§", res.tokens[i].text)
    if not m or total_ms <= 0 or abs(int(m.group(1)) - total_ms) >= 500:
        return False
    tok = res.tokens[i]
    return bool(re.search(_LENGTH_NOW_BEFORE, res.text[max(0, tok.start - 30):tok.start], re.IGNORECASE) or
                re.match(_LENGTH_NOW_AFTER, res.text[tok.end:], re.IGNORECASE))


def meaningful_leftover(res: Resolution, chosen: list[Candidate], total_ms: int = 0) -> str:
    """Words no chosen reading explains that do carry an edit's meaning (a verb, a feature, a time or a
    quoted text), as the request said them; "" when every such word is accounted for. (total_ms: the
    video's length now, which a request may tell beside the edit.)"""
    explained: set[int] = set()
    for c in chosen:
        explained |= c.explains
    # "the one before i added music": an edit said in the past names a version; it asks for nothing
    described = [(m.start(), m.end()) for m in _DESCRIBED.finditer(res.text)]
    explained |= {i for i, t in enumerate(res.tokens) if any(a <= t.start < b for a, b in described)}
    restated_at = _restated_place(res, chosen)
    explained |= {i for i, t in enumerate(res.tokens) if any(a <= t.start < b for a, b in restated_at)}
    parts: list[str] = []
    story = False
    undoing = any(isinstance(op, s.Undo) for c in chosen for op in c.hit.ops)
    restated = vocab.Restated([o for c in chosen for o in c.hit.ops],
                              [c.hit.export for c in chosen if c.hit.export])
    for ci, (a, b) in enumerate(res.clauses):
        # "…, i always hit record and then set up for a bit": what the person did, told as background - it
        # asks for nothing (its verbs are theirs, not edits), and neither does the clause that carries it on
        joined = ci > 0 and re.fullmatch(r"[\s,，]*(?:and|then|and then|,)?[\s,，]*",
                                         res.text[res.clauses[ci - 1][1]:a]) is not None
        story = bool(re.match(_STORY, res.text[a:b])) or (story and joined and not re.match(
            r"\s*(?:please\s+)?(?:add|put|make|remove|delete|cut|trim|keep|change|use)\b", res.text[a:b]))
        if story or (OLD_VIDEOS.search(res.text[a:b]) and not STORY_ASKS.search(res.text[a:b])):
            continue  # ("first 3 minutes of my old vids were always driving": how other videos went)
        idx = [i for i, t in enumerate(res.tokens) if a <= t.start < b and t.content and i not in explained]
        read = any(c.window[0] <= ci <= c.window[1] for c in chosen)
        # "一个", "this one": a count of one thing or a pointer, not a number said for the edit; "这两段",
        # "the 2 demos", "三段视频": a count of the things named, not an amount
        idx = [i for i in idx if not (res.tokens[i].text == "1" and (
            re.match(r"\s*(?:个|张|下|点|些|段|次)", res.text[res.tokens[i].end:]) or
            re.search(r"\b(?:this|that|the same|which)\s*$", res.text[:res.tokens[i].start]) or
            # "(the sunset one)", "new one: …": "one" standing for a thing, not a number
            (re.search(r"\b(?:the|a|new|another|other)\s+(?:[^\s,;:]+\s+){0,2}$",
                       res.text[:res.tokens[i].start])
             and not re.match(r"\s*(?:§|%|x\b|s\b|sec|min|秒)", res.text[res.tokens[i].end:]))))]
        idx = [i for i in idx if not (re.fullmatch(r"\d{1,2}", res.tokens[i].text) and (
            re.match(_COUNT_NOUN, res.text[res.tokens[i].end:]) or
            # "the 3 gameplay clips", "the two adoption photos": a count of the things named, said with
            # what they are
            re.match(_DESCRIBED_COUNT + _COUNT_NOUN, res.text[res.tokens[i].end:]) or
            # "between the other two", "just those two, drop the rest": a count pointing at things named
            (re.search(r"\b(?:all|the other|those|these|both|between(?: the)?)\s+$",
                       res.text[:res.tokens[i].start])
             and re.match(r"\s*(?:$|[,;.!?—–-]|(?:and|but|then|nothing|drop|please|pls)\b)",
                          res.text[res.tokens[i].end:]))))]
        # "participant 3 says um…", "3号嘉宾老说…": the number names a person of the recording
        idx = [i for i in idx if not (res.tokens[i].value and (
            re.search(_PERSON_ID_BEFORE, res.text[:res.tokens[i].start]) or
            re.match(_PERSON_ID_AFTER, res.text[res.tokens[i].end:])))]
        idx = [i for i in idx if not (
            res.tokens[i].value and re.fullmatch(r"\d{1,4}", res.tokens[i].text) and (
            re.search(_SERIES_NO_BEFORE, res.text[:res.tokens[i].start], re.I) and (
                not res.text[:res.tokens[i].start].rstrip().endswith("第") or
                re.match(_SERIES_NO_AFTER, res.text[res.tokens[i].end:]))))]
        # "没声音" with "没声" read, "转场" with "场" read: a character of a word the reading explained
        idx = [i for i in idx if not _half_of_read_word(res, i, explained)]
        # "background" beside the music changed, "1.3" when the saturation was set to 1.3, "strip the color
        # out, b&w pls": words that restate what a reading of the request does
        idx = [i for i in idx if not restated.covers(res.text, res.tokens[i])]
        # "a 20 second version to post on instagram": a platform named as where it goes is the purpose
        idx = [i for i in idx if not _posted_on(res, i)]
        # "a recording of paramecium at 40x": how far the picture is magnified is said of the footage
        idx = [i for i in idx if not any(g.start() <= res.tokens[i].start < g.end()
                                         for g in MAGNIFIED.finditer(res.text))]
        # "学生配音作业 …": 配音 naming the footage (dubbing homework) is no edit word left unread
        idx = [i for i in idx if not any(a0 <= res.tokens[i].start < b0 for a0, b0 in dub_named(res.text))]
        idx = [i for i in idx if not _length_now(res, i, total_ms)]
        meaningful = [i for i in idx if (res.tokens[i].value or res.tokens[i].text in _EDIT_WORDS
                      or res.tokens[i].text in _EDIT_ZH) and not (read and res.tokens[i].text in SHARED)
                      and not (read and res.tokens[i].text in _RESTATED)]
        if not meaningful or re.match(r"\s*(?:please\s+)?(?:don'?t|do not|never|no need|别|不要|不用|不必)",
                                      res.text[a:b]) or _DECLINED.match(res.text[a:b]):
            continue  # nothing of meaning, or a "don't …" that asks for nothing
        clause = res.text[a:b]
        if not read and _TOLD.match(clause) and not _TOLD_ASKS.search(clause):
            continue  # "…, the speaker coughs there": a reason told, not an order
        if not read and undoing and not any(res.tokens[i].value for i in meaningful) and \
                re.search(_JUDGED_ZH, clause) and not re.match(_ORDER_ZH, clause):
            continue  # "撤回上一步 刚才那个滤镜太丑了": why the last change is taken back
        if read and (why := _PURPOSE.search(clause)) and not _TOLD_ASKS.search(clause[why.start():]) and \
                not re.search(_COLOUR_NAMED, clause[why.start():]):
            # "play it at half speed so ppl can follow the dance steps": the words after "so …" give the
            # purpose of the edit read before them (a word of the edit said before "so" is still named)
            meaningful = [i for i in meaningful
                          if res.tokens[i].start < a + why.start() or res.tokens[i].value]
            if not meaningful:
                continue
        if read and (why := re.search(_FOR_WHOM, clause)) and not re.search(_WHERE_WORDS, why.group("what")):
            # "black and white for the memorial slideshow", "normalize it for the council upload": what the
            # video is for (an age said "grandma's 80th" is no amount), not where the edit goes
            meaningful = [i for i in meaningful if res.tokens[i].start < a + why.start() or (
                res.tokens[i].value and not re.match(r"(?:st|nd|rd|th)\b", res.text[res.tokens[i].end:]))]
            if not meaningful:
                continue
        span = res.text[res.tokens[min(meaningful)].start:res.tokens[max(meaningful)].end]
        if not any(res.tokens[i].value for i in meaningful) and any(
                re.search(_STAYS, x) or re.match(_STATEMENT, x) for x in (clause, span)):
            # "mute the music but keep my voice", "原声关掉，背景音乐留着", "…, its just wind noise": what
            # stays, or what the footage is - said beside the edit, asking for nothing more (a time or an
            # amount said there is still reported)
            continue
        if not any(c.window[0] <= ci <= c.window[1] for c in chosen):
            parts.append(res.text[a:b].strip())
        else:
            lo, hi = res.tokens[min(meaningful)].start, res.tokens[max(meaningful)].end
            parts.append(res.text[lo:hi].strip())
    return "; ".join(p for p in parts if p)


# --- a part with no times -----------------------------------------------------------------------------

# "speed up the driving scene", "slow down the dance section": a part named by what is in it (a colour
# change said of one is the whole video's - colour has no part)
_NAMED_PART = re.compile(
    r"\bthe (?!(?:first|second|third|fourth|last|final|end|start|beginning|opening|ending|other|same|whole|"
    r"entire|next|previous|main|video|clip|audio|sound|music|speech|voice|top|bottom|left|right|upper|lower|"
    r"front|back|1|one|two)\b)[a-z]+ (?:part|section|scene)s?\b(?!\s+(?:of|in|from)\b)")
# "slow down the trick", "the catch": a moment named by what happens in it
_MOMENT_NAMED = (r"\bthe (?:trick|jump|fall|goal|stunt|catch|landing|crash|dunk|save|tackle|reveal|kiss|"
                 r"wipeout|touchdown|knockout|first dance|toast)s?\b"
                 r"(?!\s+(?:cuts?|clips?|videos?|vids?|shots?|footage)\b)")
_VAGUE_PART = re.compile(
    r"\bthe (?:middle|boring|slow|best|good|funny|exciting|important|main|dull|quiet|loud|"
    # "slow down the cool bit": a part named by how it feels - which one is the person's to say
    r"cool|fun|nice|sad|emotional|epic|sick|awesome|amazing|interesting|crazy|hype|dramatic|cute|"
    r"favou?rite|tense|scary|great|bad|worst|weird|awkward|cringe|cringy|sweet|romantic|intense|"
    r"touching|beautiful|pretty|lit|fire|insane|wild|juicy|cheesy|key|action|fast|chill|calm) "
    r"(?:part|bit|section|moment|scene|stretch)s?\b|\bthe (?:part|bit|section|moment|scene|shot)s? "
    r"(?:where|when|with|that|of|showing)\b|"
    r"\bthe best moments?\b|\bin (?:some|certain|a few|some of the) (?:places|parts|spots|bits)\b|"

    r"\bthe (?:intro|outro|opening|ending)\b|中间那段|中间那部分|中间部分|中间这段|"
    # ("中间那块拖拖拉拉的 给我加个速呗": a piece of the middle said as 那块 / 那截 is as vague)
    r"中间(?:那|这)\s*(?:一)?\s*(?:块|截|块儿|截儿|部分)|这一段|那一段|这段|那段|"
    # "make the middle faster", "把中间加速": the middle, with no times, is no stretch said
    r"(?<!\bin )(?<!\bat )(?<!\bto )(?<!\binto )\bthe middle\b"
    r"(?!\s+(?:clip|segment|video|one|shot|of the (?:screen|frame|picture|image))\b)"
    r"(?!\s*(?:\d|§))|(?:把|将)\s*中间(?:的)?\s*(?=加速|放慢|快|慢|变快|变慢|调)|"
    r"某些地方|"
    r"有些地方|有的地方|有几段|有几个地方|有(?:一)?些段落|"
    # "中间有一段拖拖拉拉的 给它加个速": "there is a stretch" names no stretch ("有一段时间" is a while)
    r"有\s*(?:一|1)\s*(?:段|截|小段|部分)(?!\s*时间)|"
    # "there's a part in the middle that drags, speed it up", "one section drags": said to be there, not where
    r"\bthere(?:'s|s| is| was)\s+(?:a|one|this|that)\s+(?:(?:slow|boring|long|dull|draggy)\s+)?"
    r"(?:part|bit|section|stretch|spot)\b|"
    r"(?<![\w'§])(?:one|1)\s+(?:part|section|stretch|spot|bit)\s+(?:(?:in|near|around)\s+the\s+\w+\s+)?"
    r"(?:drags|is|gets|feels|goes|looks|seems|runs|was)\b|\bsome (?:parts|bits|sections|spots)\b|"
    # "i want part of the clip in slow motion, not the whole thing", "其中一部分慢放": a part, not which
    r"(?<!\bthe )(?<!\bthat )(?<!\bthis )\b(?:a |one )?"
    r"(?:part|bit|section|portion|chunk) of (?:the|my|this|it)\b|"
    r"\bnot the whole (?:thing|video|clip)\b|(?:其中|中间的?)?(?:一|1)\s*部分|(?:某|其中)\s*(?:一|1)?\s*段|"
    r"精彩(?:的)?部分|高潮部分|这\s*1?\s*段|那\s*1?\s*段|"
    # "这个给我慢放两倍": a bare 这个 right before the change points at a clip as 这段 does
    r"这\s*个(?=\s*(?:给我|帮我|给)?\s*(?:慢放|放慢|加速|快放|快进|变慢|变快|调慢|调快|倍速))|"
    # "中间开车那一截给我快进一下": 截 / 会儿 say "stretch" as 段 does
    r"[这那]\s*(?:一|1)?\s*(?:截|小截|会儿)|"
    # "slow down where the guitar solo starts", "when the chorus kicks in": a moment named by what happens
    # in it, which is not seen or heard here
    r"\b(?:where|when|once|after|as soon as|right as)\s+(?!(?:the\s+)?(?:video|clip|film|movie|recording|"
    r"song|music|track|it|this)\b)(?:the|my|his|her|our|their|he|she|they)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:starts?|begins?|kicks? in|comes? in|hits?|drops?|ends?|finishes|stops?|shows? up|appears?|enters?|"
    r"[a-z]+s\s+(?:in|on|up|out|off|away|down)|says|speaks|talks|sings|laughs|scores|kisses|dances|jumps)\b|"
    r"\bthe (?:chorus|(?:guitar |drum )?solo|drop|bridge|verse|breakdown|climax|punchline)\b|"
    # "中间有段拖沓了": a part said to exist, not which
    # "中间那个跳舞的地方慢放": a part named by what happens in it
    r"[\u4e00-\u9fff]{2,6}(?<!开头)(?<!结尾)(?<!最后)(?<!片头)(?<!片尾)(?<!开始)(?<!末尾)(?<!视频)(?<!整个)"
    r"的(?:地方|那段|那一段|部分|片段|镜头)|"
    r"(?:中间|后面|前面|里面|其中)有(?:一)?段(?!时间)|有(?:一)?段(?=\S{0,4}(?:拖|慢|无聊|没意思|太长|啰嗦))|"
    r"有\s*1?\s*段(?=\S{0,4}(?:太|有点|比较|特别|很|挺))|某\s*1?\s*段|"
    # "狗狗摔倒那里慢放": a moment named by what happens there, pointed at with 那里
    r"[\u4e00-\u9fff]{2,6}(?<!开头)(?<!结尾)(?<!最后)(?<!片头)(?<!片尾)(?<!开始)(?<!末尾)(?<!视频)(?<!整个)"
    r"(?:的)?(?:那里|那儿|那一下|那下子|那个地方)|"
    # "there's a dull stretch somewhere in the middle": a part said to exist somewhere, not where
    r"\bsomewhere (?:in|around|near|towards?) the\b|"
    r"\ba (?:dull|boring|slow|quiet|long|awkward|draggy) (?:part|bit|section|stretch|moment|scene)\b|"
    # "slow down the trick": a moment named by what happens in it
    + _MOMENT_NAMED)
_HEARD = r"\b(?:hear|make out|understand)\s+(?:the|my|his|her|our|their)?\s*$"
_PART_OPS = (s.Speed, s.SetVolume, s.Color, s.Fade, s.Mute)
_END_NAMED = re.compile(
    r"\b(?:speed(?:ing)?\s+up|slow(?:ing)?\s+down|faster|slower|slow[\s-]?mo(?:tion)?|brighten|darken|"
    r"black (?:and|&) white)\b[^,;.]*?\b(?:the|its)\s+(?:very\s+)?(?:(?:end|ending|start|beginning|last|"
    r"final|"
    r"closing|opening|early|later|latter|back|front)\s+(?:part|bit|section|stretch|portion|half of it)s?|"
    r"beginning|ending|end|start)\b(?!\s+(?:of\s+)?(?:clip|segment|video|one))|"
    r"(?:结尾|开头|后面|前面|最后|末尾)(?:那|这)?(?:一)?(?:部分|段|点)\S{0,4}?(?:加速|快|慢|放慢)")
# "louder at the end part", "make the start bit quieter", "结尾那部分声音大一点": a volume for an end of the
# video named as a part, with no length - which stretch is theirs to say (the volume is the whole track's)
_LOUDER = (r"(?:louder|quieter|softer|lower|higher|(?:turn|crank|pump|bring)\w*\s+(?:it\s+|the\s+"
           r"(?:volume|sound|audio|music|song|track|voices?|talking)\s+)?(?:up|down)|volume\s+(?:up|down)|"
           r"boost\w*|more volume|less volume)")
_END_PART = (r"(?:the|its)\s+(?:very\s+)?(?:end|ending|start|beginning|first|last|final|closing|"
             r"opening|early|later|back|front)\s+(?:part|bit|section|stretch|portion)s?\b")
_END_LOUDER = re.compile(rf"\b{_LOUDER}\b[^,;.]*?\b{_END_PART}|\b{_END_PART}[^,;.]*?\b{_LOUDER}\b|"
                         r"(?:结尾|开头|后面|前面|最后|末尾)(?:那|这)?(?:一)?(?:部分|段)\S{0,4}?"
                         r"(?:声音|音量)\S{0,3}?(?:大|小|高|低|响)")
# "make the engine start part slow motion", "make the kids singing part louder": a part named by what
# happens in it (two or three words before "part"), with a speed or a volume said for it
_DESCRIBED_PART = re.compile(r"\b(?!the (?:whole|entire|other|same|rest|video|clip|audio|music|sound|first|"
                             r"last|second|third|next|previous|end|ending|start|beginning|opening|closing|final|"
                             r"middle|early|later|latter|back|front|\d\w*)\b)"
                             # ("bump the volume a bit": "a bit" is how much, no part)
                             r"the (?:(?!(?:a|an|the|little|lil|tiny|wee|teeny|up|down|by)\b)"
                             r"[a-z'-]+\s+){1,3}"
                             r"(?:part|bit|section|scene|stretch)\b(?!\s*(?:\d|§))"
                             r"(?!\s+(?:of|in|from)\b)")
# "speed up the paddle out part", "make the driving bit faster": a speed for a part named by what happens in
# it, in the person's words (which stretch that is is not seen here)
_THE_DESCRIBED = (r"the (?!(?:first|last|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|whole|entire|next|"
                  r"other|"
                  r"same|rest|final|opening|closing|end|ending|start|beginning|intro|outro|early|earlier|later|"
                  r"latter|former|top|bottom|left|right|previous|following|remaining|video|clip|audio|music|"
                  r"sound)\b)(?:[a-z'-]+\s+){1,2}(?:part|bit|section|stretch)\b(?!\s*(?:\d|§))")
_SPED_PART = re.compile(r"\b(?:speed(?:\s+up)?|slow(?:\s+down)?|fast[\s-]?forward|slo-?mo)\s+"
                        r"(?:up\s+|down\s+)?" + _THE_DESCRIBED + r"|\bmake " + _THE_DESCRIBED +
                        r"\s+(?:a (?:bit|little|lot) |much |way )?"
                        r"(?:faster|slower|quicker)\b")


def _clip_said_before(text: str, at: int, ctx: ParseContext) -> bool:
    """ "b那段静音", "b这个片段调亮一点": a clip on the timeline named by its bare name right before the words
    for a part - that clip, not a stretch of time nor "which one"."""
    on = {str(g.get("src")) for t in ctx.draft.get("t", []) if t.get("role") == "main"
          for g in t.get("sg", [])}
    stems = [re.escape(r.name.lower().rsplit(".", 1)[0]) for r in ctx.media
             if r.kind == "video" and r.media_id in on]
    return ctx.segment_count > 1 and bool(stems) and re.search(
        rf"(?<![a-z0-9_.'’])(?:{'|'.join(stems)})\s*$", text[:at]) is not None


# a clause that says what is wrong with the sound ("it clips in the loud parts", "cuz it distorts in the loud
# bits", "the audio peaks in some places"): told as it is, not an order
_SOUND_FAULT = (r"^\s*(?:(?:because|since|as|cuz|coz|cause|bc)\s+)?(?:it|it'?s|this|that|"
                r"the\s+(?:audio|sound|voice|mic|track|music|video))\b(?:'s|s|\s+is|\s+was)?\s+(?:(?:still|kinda|really|always|just|"
                r"totally|a\s+bit|getting|gets|sounds?|so)\s+)*"
                r"(?:clips?|clipping|clipped|distort\w*|peaks?|peaking|crackl\w*|blows?\s+out|blown\s+out|"
                r"overload\w*|too\s+(?:loud|hot)|maxe[sd]\s+out|maxing\s+out|buzz\w*|crunch\w*)\b")


def _part_is_why(text: str, m: re.Match[str]) -> bool:
    """Whether the part named at `m` is in a clause of its own saying what is wrong with the sound (the
    reason for the level said elsewhere)."""
    # (the clause starts after a stop, or at "because" / "cuz" said without one)
    cuts = list(re.finditer(r"[,;.!]|\b(?:because|since|cuz|coz|cause|bc)\b", text[:m.start()]))
    if not cuts:
        return False
    last = cuts[-1]
    clause = text[last.end() if last.group(0) in ",;.!" else last.start():m.start()]
    return re.search(_SOUND_FAULT, clause) is not None


def vague_part(plan: Plan, text: str, ctx: ParseContext, zh: bool) -> None:
    """ "speed up the middle part", "这一段播放快一点": a part with no times is asked about, never done to
    the whole video."""
    # ("grandpa cant hear the toast", "so you can hear the speech": the moment heard is why the sound
    # changes, never which part of it)
    # ("音乐调到10% 然后把我讲价格那段剪了": the part named by what is said in it is the one searched for and
    # cut - no part of the other change; "静音的部分不用管，背景音乐调到30%": a part said to be left alone is
    # not the part changed)
    searched = [op.query for op in plan.ops if isinstance(op, s.CutSentences) and op.query]
    m = next((v for v in _VAGUE_PART.finditer(text) if not re.search(_HEARD, text[:v.start()]) and not any(
        q in text[max(0, v.start() - len(q) - 6):v.start()] or q in text[v.end():v.end() + 30 + len(q)]
        for q in searched) and
        not re.match(r"\s*(?:就|都|先|也)?\s*(?:不用管|别管|不管|不用动|别动|不要动|不动|留着|保留|"
                     r"不用删|别删|不要删|不删|不用处理|不用改|别改)", text[v.end():])), None)
    if m is None and any(isinstance(op, s.Speed) for op in plan.ops):
        m = _SPED_PART.search(text) or _NAMED_PART.search(text)
    loud = [op for op in plan.ops if isinstance(op, s.SetVolume)]
    if m is None and (loud or any(isinstance(op, s.Speed) and op.index is None for op in plan.ops)):
        # "make the engine start part slow motion", "louder at the end part": a named part, no times
        m = (_END_LOUDER.search(text) if loud else None) or _DESCRIBED_PART.search(text)
    indexed = any(isinstance(op, s.Split) or (isinstance(op, s.Speed) and op.index is not None)
                  for op in plan.ops)
    if m is None and not indexed and any(isinstance(op, s.Speed | s.Color) for op in plan.ops):
        # "speed up the end part", "slow down the beginning": an end named with no length - which stretch
        # is theirs to say (a whole-video speed would change what they did not name)
        m = None if re.search(r"\d\s*(?:x|×|倍)|half speed|%", text) else _END_NAMED.search(text)
    if m is None or re.search(r"§\d+§", text) or not any(isinstance(op, _PART_OPS) for op in plan.ops):
        return
    if loud and not zh and _part_is_why(text, m):
        # "drop the volume by 30%, it clips in the loud parts": where the sound goes wrong, said in a clause
        # of its own, is why the level changes - never which part (the whole track is turned down)
        return
    if re.search(r"(?<!不是)(?<!不要)(?:整个|整段|整条|全部|所有的?)\s*(?:视频|片子|影片|画面)(?!\s*的)|全片|"
                 r"(?<!not )(?<!not the )(?<!not a )\b(?:the\s+)?(?:whole|entire|full)\s+"
                 r"(?:video|clip|thing|film|footage)\b|(?<!not )\ball of it\b",
                 text[m.end():]) and all(getattr(op, "index", None) is None for op in plan.ops):
        # "中鱼那一下太快了看不清 整个视频慢放2倍", "the ending goes by too fast, slow the whole video
        # down": the part is why; the whole video is what is changed, named after it
        return
    whole = re.search(r"(?:整个|整段|整条|整体|全部|全程|全片)\s*(?:视频|片子)?\s*(?:都|就)?\s*"
                      r"(?:慢放|放慢|慢下来|慢|加速|减速|快放|变速)", text[:m.start()]) if zh else None
    if whole and re.search(r"[\s，,]\s*(?:要|想|为了|好|能|才能|方便)\s*(?:看清|看到|看明白|看出|看得清)",
                           text[whole.end():m.end()]) and \
            all(getattr(op, "index", None) is None for op in plan.ops):
        # "整个慢放2倍 要看清鱼咬钩那一下": the whole named with the change, then the moment it is for -
        # the purpose names the moment, never a part the change is kept to
        return
    if indexed and any(isinstance(op, s.Split) for op in plan.ops):
        # "speed up the second half 2x, the replay part drags": the part is already placed (a half, a time)
        # - a part named in a clause of its own, with no change said in it, is what that part shows
        # (in Chinese a space between two phrases ends a clause too)
        stops = ",;.，；。" + (" " if zh else "")
        lo = max(text.rfind(x, 0, m.start()) for x in stops) + 1
        hi = min([i for i in (text.find(x, m.end()) for x in stops) if i >= 0] or [len(text)])
        if not re.search(r"\b(?:speed\w*|slow\w*|fast\w*|quick\w*|slo-?mo|faster|slower|louder|quieter|"
                         r"brighten|darken|mute)\b|[快慢速]|静音|调", re.sub(
                             r"\b(?:too|so|way too|really|kinda|very)\s+(?:fast|slow|quick)\b|太[快慢]", "",
                             text[lo:hi])):
            return
    segs = ctx.segment_count
    if segs <= 1 and re.fullmatch(_MOMENT_NAMED, m.group(0)) and not re.match(
            r"\s+(?:part|bit|section|scene|moment|stretch|shot)s?\b", text[m.end():]) and re.search(
            r"\d\s*(?:x|×)(?!\w)|\bhalf speed\b|\d\s*倍", text) and not re.search(
            r"\b(?:only|just)\s+(?:the\s+)?(?:trick|jump|fall|goal|stunt|catch|landing|crash|dunk|save|"
            r"tackle|reveal|kiss|wipeout|touchdown|knockout|first dance|toast)\b|\bnot the whole\b|"
            r"\bthe rest\b", text):
        # "slow the catch down by 2x": one clip and an exact speed for what it shows - the clip is the catch
        # (with no amount, "slow down the trick" still asks which part the trick is)
        return
    if segs <= 1 and re.fullmatch(r"这\s*[段个]", m.group(0)) and not re.search(r"中间|前面|后面|某", text):
        return  # "这段舞蹈慢放2倍", one clip: "this clip" is the clip (这一段 / 那段 point at a part of it)
    named = re.search(r"\.(?:mp4|mov|webm|mkv|avi)\s*$|第\s*\d+\s*个?\s*$", text[:m.start()]) or \
        _clip_said_before(text, m.start(), ctx)
    if segs > 1 and re.search(r"\b(?:clip|segment|video)\b|段(?!时间)", m.group(0)) and (
            named or not re.fullmatch(r"[这那]\s*(?:一|1)?\s*段", m.group(0))):
        return  # "the middle clip" of three is a clip
    if any(isinstance(op, s.Speed) and op.index is not None for op in plan.ops) and segs > 1:
        return
    total = ctx.total_ms
    # the example says the change asked for ("slow down where the solo starts" - not "speed up")
    slower = any(isinstance(op, s.Speed) and op.factor < 1 for op in plan.ops)
    sped = any(isinstance(op, s.Speed) for op in plan.ops)
    # (music made "louder" may still be under 100 %: the words say which way)
    louder = any(isinstance(op, s.SetVolume) for op in plan.ops) and (re.search(
        r"\b(?:louder|higher|up|boost\w*|more volume)\b|大|响|高", text) is not None or any(
        isinstance(op, s.SetVolume) and op.volume > 1 for op in plan.ops))
    quieter = not louder and any(isinstance(op, s.SetVolume) for op in plan.ops)
    verb_zh = ("放慢" if slower else "加速" if sped else "调大音量" if louder else "调小音量" if quieter
               else "这样改")
    verb = "slow down" if slower else "speed up" if sped else "brighten" if any(
        isinstance(op, s.Color) for op in plan.ops) else "turn up" if louder else "turn down" if quieter \
        else "change"
    # "写字的镜头放慢两倍", "slow down the part where he writes": a part named by what it shows - the question
    # names it and says why it is asked (nothing in the picture is seen here)
    shown = re.fullmatch(r"(?:把|将|给)?\s*([\u4e00-\u9fff]{2,6}(?:的(?:地方|那段|那一段|部分|片段|镜头)|"
                         r"的?(?:那里|那儿|那一下|那下子|那个地方)))", m.group(0)) if zh else None
    seen = shown is not None or (not zh and (re.match(
        r"the (?:part|bit|section|moment|scene|shot)s? (?:where|when|with|that|showing)\b|"
        r"(?:where|when|once|after|as soon as|right as)\b", m.group(0)) is not None or
        m.re is _DESCRIBED_PART))
    # an end named ("louder at the end part"): the stretches it could be, as concrete choices
    ends = m.re is _END_NAMED or m.re is _END_LOUDER
    end = ends and re.search(r"\b(?:end|ending|last|final|closing|back|later)\b|结尾|最后|末尾|后面",
                             m.group(0))
    start = ends and re.search(r"\b(?:start|beginning|first|opening|front|early)\b|开头|前面", m.group(0))
    if (end or start) and not (end and start) and total >= 20000:
        a5, a10 = ((total - 5000, total), (total - 10000, total)) if end else ((0, 5000), (0, 10000))
        if zh:
            plan.question = (f"{'结尾' if end else '开头'}哪一段？比如{'最后' if end else '前'} 5 秒"
                             f"（{_clock(a5[0])}–{_clock(a5[1])}）还是 10 秒"
                             f"（{_clock(a10[0])}–{_clock(a10[1])}）"
                             f"——或者直接告诉我时间（视频共 {_clock(total)}）。")
        else:
            plan.question = (f"Which part of the {'end' if end else 'start'} — the "
                             f"{'last' if end else 'first'} 5 seconds ({_clock(a5[0])}–{_clock(a5[1])}) or "
                             f"10 seconds ({_clock(a10[0])}–"
                             f"{_clock(a10[1])})? Or give me the times, e.g. “{verb} {_clock(a10[0])}–"
                             f"{_clock(a10[1])}” (the video is {_clock(total)} long).")
    elif zh:
        plan.question = (f"{'“' + shown.group(1) + '”' if shown else ''}是哪一段？"
                         f"{'我看不到画面内容——' if seen else ''}请告诉我时间，比如“0:10 到 0:20 {verb_zh}”"
                         f"（视频共 {_clock(total)}）。")
    elif seen:
        plan.question = (f"Which part is that? I can't see what's in the picture — give me the times, e.g. "
                         f"“{verb} 0:10–0:20” (the video is {_clock(total)} long).")
    else:
        plan.question = (f"Which part exactly? Give me the times, e.g. “{verb} 0:10–0:20” (the video is "
                         f"{_clock(total)} long).")
    plan.ops = []
    plan.export = None
    # "speed up the boring bit in the middle", "slow down the ending part": where the part is, as said, is
    # what the question asks about - used, not left unread
    plan.notes = [n for n in plan.notes if not re.fullmatch(
        r"(?:这部分我没看懂，没有处理：|I didn't understand, so didn't do: )“(?:\s|;|the|of|in|at|very|"
        r"middle|beginning|start|end|ending|bit|part|section|中间|开头|结尾|前面|后面|那段|这段)+”",
        n, re.IGNORECASE)]


# words that name the video or a stretch of it, not a thing inside the picture
_NOT_A_THING = (r"(?!(?:video|clip|footage|picture|image|screen|frame|whole|entire|shot|scene|intro|outro|"
                r"end|"
                r"start|beginning|ending|middle|first|last|second|third|rest|part|bit|section|"
                r"colou?rs?|"
                r"saturation|contrast|brightness|audio|sound|music)\b)")
# "make the colours pop on the bike but not the sky", "只把天空调蓝": colour for one thing in the picture
_ONE_THING = re.compile(
    r"\bbut not (?:on |in )?(?:the|his|her|my|their|our) " + _NOT_A_THING + r"[a-z]+|"
    r"\b(?:only|just) (?:on |in )?(?:the|his|her|my|their|our) " + _NOT_A_THING + r"[a-z]+\b(?! (?:for|from|"
    r"at|between|after|before|until|till)\b)(?!\s*(?:§|\d))|"
    r"(?:其他|别的|其余)(?:地方|部分)?\S{0,2}(?:不变|别动|不动|不要变|保持)|"
    r"只(?:调|让|把)\S{0,2}(?:天空|人脸|脸|车|衣服|花|草地?|树|海|皮肤|头发)")


# the rest of the picture said to stay as it is, in a clause of its own: "leave the skin alone", "keep
# everything else as is", "don't touch the background", "其他都别动"
_REST_LEFT = re.compile(r"(?:^|[,;.!]\s*|\band\s+|\bbut\s+)(?:(?:please|pls|just)\s+)?(?:leave|keep)\s+"
                        r"(?:the\s+|my\s+|his\s+|her\s+|their\s+|our\s+)?(?:[\w'-]+\s+){0,2}?"
                        r"(?:alone|as (?:it )?is|untouched|unchanged|the same|how it is|the way it is)\b|"
                        r"(?:^|[,;.!]\s*|\band\s+|\bbut\s+)(?:(?:please|pls|just)\s+)?"
                        r"(?:don'?t|dont|do not)\s+(?:touch|change|mess with)\s+"
                        r"(?:the\s+|my\s+|his\s+|her\s+|their\s+|anything\s+else|everything\s+else|the\s+rest)|"
                        r"(?:其他|别的|其余)(?:地方|部分)?\s*(?:都|全)?\s*(?:别动|不动|不要动|不变|不要变|保持原样)")


def one_thing_coloured(plan: Plan, text: str, zh: bool) -> None:
    """ "make the colours pop on the bike but not the sky": colour is changed for the whole picture only,
    so a change for one thing in it is asked about instead of done everywhere."""
    if re.search(SELECTIVE_COLOUR, text) and plan.refusal and any(
            isinstance(op, s.Color) and op.gray for op in plan.ops):
        # "keep only the red dress in colour, rest black and white": the grey is the rest of the colour
        # splash refused - greying everything is not what was asked
        plan.ops = [op for op in plan.ops if not (isinstance(op, s.Color) and op.gray)]
        if not plan.ops:
            plan.question = None
        return
    if plan.question or not any(isinstance(op, s.Color) for op in plan.ops) or not _ONE_THING.search(text):
        return
    if _REST_LEFT.search(text):
        # "make the ink colours pop on just the tattoo, leave the skin alone": the rest is said, in words of
        # its own, to stay as it is - the whole-picture change is what they ruled out, so it is not offered as
        # a question; what cannot be done is said, with the whole-picture change as what can
        plan.refusal = ("我没法只给画面里的某样东西调色——颜色只能整体调：比如说“饱和度调到1.3”"
                        "会让整个画面的颜色更鲜艳；不想动其他地方的话，就保持原样。" if zh else
                        "I can't change the colour of just one thing in the picture — colour here changes "
                        "the whole picture. Say e.g. “saturation 1.3” or “a bit brighter” to change it "
                        "everywhere, or leave it as it is.")
        plan.ops = []
        plan.export = None
        return
    plan.question = ("我只能给整个画面调色，没法只调画面里的某样东西——要对整个画面这样调吗？" if zh else
                     "I can only change the colour of the whole picture, not one thing in it — do it to the "
                     "whole video?")
    plan.ops = []
    plan.export = None


_THIS_CLIP = re.compile(r"\b(?:this|that)\s+(?:1|clip|segment|shot|scene|piece)\b"
                        r"(?!\s*(?:s\b|sec|min|秒|%|x\b))|"
                        r"(?:这|那)\s*(?:个|1\s*个)\s*(?:片段|镜头|clip)")


def which_clip(plan: Plan, text: str, ctx: ParseContext, zh: bool) -> None:
    """ "slow down this one" with several clips on the timeline: which one is not said (no clip is named
    or numbered), so the turn asks instead of changing the whole video."""
    m = _THIS_CLIP.search(text)
    if m is None or ctx.segment_count < 2 or plan.question or re.search(r"§\d+§", text):
        return
    if _clip_said_before(text, m.start(), ctx):
        return  # "b这个片段调亮一点": the clip is named (a whole-video change for it is asked about later)
    whole = [op for op in plan.ops if isinstance(op, _PART_OPS) and getattr(op, "index", None) is None
             and not (isinstance(op, s.SetVolume | s.Mute) and getattr(op, "track", "main") != "main")]
    if not whole:
        return
    names = [str(g.get("src")) for g in main_clips(ctx.draft)]
    shown = {r.media_id: r.name for r in ctx.media}
    listed = "、".join(f"{i}（{shown.get(n, n)}）" for i, n in enumerate(names, 1)) if zh else \
        ", ".join(f"{i} ({shown.get(n, n)})" for i, n in enumerate(names, 1))
    plan.question = (f"时间线上有 {len(names)} 段：{listed}。要改哪一段？比如说“第2段”。" if zh else
                     f"There are {len(names)} clips on the timeline: {listed}. Which one do you mean — "
                     "say e.g. “the second clip”?")
    plan.ops = []
    plan.export = None


# --- the destructive-change guard ---------------------------------------------------------------------

_CUTS = (s.Trim, s.KeepRange, s.KeepRanges, s.RemoveRange, s.RemoveRanges)


def _keep(parts: list[tuple[int, int]], a: int, b: int) -> list[tuple[int, int]]:
    """Keep programme time [a, b) of parts (source intervals in order)."""
    out: list[tuple[int, int]] = []
    t = 0
    for x, y in parts:
        d = y - x
        lo, hi = max(a, t), min(b, t + d)
        if lo < hi:
            out.append((x + lo - t, x + hi - t))
        t += d
    return out


def _length(parts: list[tuple[int, int]]) -> int:
    return sum(y - x for x, y in parts)


def _after(parts: list[tuple[int, int]], op: OpBase) -> list[tuple[int, int]]:
    n = _length(parts)
    if isinstance(op, s.Trim):
        return _keep(parts, op.head_ms, n - op.tail_ms)
    if isinstance(op, s.KeepRange):
        return _keep(parts, op.start_ms, op.end_ms if op.end_ms is not None else n)
    if isinstance(op, s.KeepRanges):
        return [p for r in op.ranges
                for p in _keep(parts, r.start_ms, r.end_ms if r.end_ms is not None else n)]
    if isinstance(op, s.RemoveRange | s.RemoveRanges):
        ranges = [op] if isinstance(op, s.RemoveRange) else list(op.ranges)
        cuts = sorted((r.start_ms, r.end_ms if r.end_ms is not None else n) for r in ranges)
        out: list[tuple[int, int]] = []
        t = 0
        for a, b in cuts:
            out += _keep(parts, t, a)
            t = max(t, b)
        return out + _keep(parts, t, n)
    return parts


def _clock(ms: int) -> str:
    sec = ms / 1000
    m, rest = divmod(sec, 60)
    text = f"{int(m)}:{rest:04.1f}" if rest != int(rest) else f"{int(m)}:{int(rest):02d}"
    return text


def _stated(text: str) -> list[int]:
    """Times said as points or lengths (not "by 500ms", which is an amount of change)."""
    return [int(m.group(1)) for m in re.finditer(r"(?<!\bby )(?<!\bby)§(\d+)§", text)]


def _asked(text: str, parts: list[tuple[int, int]], total: int) -> bool:
    """Did the request say this result in so many words: each boundary of what is kept is a time it
    said, or what is removed (or kept) is a length it said?"""
    said = _stated(text)
    said += [total - x for x in said if 0 < x < total]
    for a, b in re.findall(r"(?<![\d.:])(\d)\s*/\s*(\d)(?![\d:])", text):  # "a third as long"
        if 0 < int(a) < int(b):
            said.append(round(total * int(a) / int(b)))  # "the last 10 s" ends its part at total - 10 s
    # "keep the first quarter", "cut the last third", "只要前一半": a share said in words
    for said_share in re.finditer(r"\b(?:first|last|second|final|opening|closing|middle)\s+"
                                  r"(half|quarter|third)\b|[前后]\s*(?:1\s*半|一半)", text):
        share = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}.get(said_share.group(1) or "half", 0.5)
        said += [round(total * share), round(total * (1 - share))]
    # "cut it to 25% of its length", "缩短到原来时长的25%": a share of the length said as a percent
    for pct in re.finditer(r"(?<![\d.])(\d{1,2}(?:\.\d+)?)\s*%\s*(?:of\s+(?:its|the|it'?s|the video'?s|the "
                           r"(?:original|full|total|current))\s*(?:length|runtime|duration|run time)\b)|"
                           r"(?:长度|时长|时间)的\s*(\d{1,2}(?:\.\d+)?)\s*%", text):
        said.append(round(total * float(pct.group(1) or pct.group(2)) / 100))
    near = lambda v: any(abs(v - x) <= 250 for x in said)  # noqa: E731
    bounds = [p for a, b in parts for p in (a, b) if 0 < p < total]
    if parts and bounds and all(near(p) for p in bounds):
        return True
    kept = _length(parts)
    return near(kept) or near(total - kept) or (not parts and near(total))


def _whole_clips_named(ctx: ParseContext, text: str, parts: list[tuple[int, int]]) -> bool:
    """ "i only need the b.mp4 part, drop the other two": what is kept is whole clips, and the request
    named the clip it keeps - that length was asked for in so many words."""
    segs = main_clips(ctx.draft)
    if len(segs) < 2 or not parts or not re.search(r"\b(?:only|just|keep)\b|只|就(?:用|要|留)|留下|保留",
                                                    text):
        return False
    bounds, at = {0}, 0
    for seg in segs:
        at += int(seg.get("d", 0))
        bounds.add(at)
    names = [n.lower() for n in re.findall(r"[\w-]+\.(?:mp4|mov|webm|mkv|avi)\b", text)]
    named = bool(names) or re.search(r"\b(?:first|second|third|last|final|\d(?:st|nd|rd|th))\s+(?:one|clip|"
                                     r"video|part|segment)\b|第\s*\d+\s*(?:段|个)", text) is not None
    if not named:
        # "just use b, get rid of the other two": a clip on the timeline named by its bare letter
        srcs = {str(g.get("src")) for g in segs}
        token = RECORDER.set(None)  # finding the names is not reading them
        try:
            named = any(ref.media_id in srcs for _, ref in ctx.mentioned(text, "video"))
        finally:
            RECORDER.reset(token)
    return named and all(a in bounds and b in bounds for a, b in parts)


def _ask_past_end(plan: Plan, total: int, start_ms: int, end_ms: int | None, zh: bool) -> None:
    """Nothing is applied: the part said starts past the end of the programme, so the turn asks which."""
    said = f"{_clock(start_ms)}–{_clock(int(end_ms or total))}"
    plan.question = (f"视频只有 {_clock(total)}，{said} 已经超出结尾了——你指的是哪一段？" if zh else
                     f"The video is only {_clock(total)} long, so {said} is past its end — which part do "
                     "you mean?")
    plan.ops = []
    plan.export = None


def guard(plan: Plan, ctx: ParseContext, text: str, zh: bool) -> None:
    """A plan that would leave under 2 s, or remove more than half of the programme, without the request
    saying that length in so many words, is not applied: the reading is shown and the turn asks."""
    total = ctx.total_ms
    ranged = [op for op in plan.ops if isinstance(op, s.Mute | s.SetVolume) and op.start_ms is not None]
    if not plan.question and total > 0 and (late := [op for op in ranged if int(op.start_ms or 0) >= total]):
        # "mute 1:05 to 1:10" in a 1-minute video: the sound of a part past the end - asked, as for a cut
        _ask_past_end(plan, total, int(late[0].start_ms or 0), late[0].end_ms, zh)
        return
    cuts = [op for op in plan.ops if isinstance(op, _CUTS)]
    if plan.question or not cuts or total <= 0:
        return
    past = [r for op in cuts if isinstance(op, s.RemoveRange | s.RemoveRanges)
            for r in ([op] if isinstance(op, s.RemoveRange) else op.ranges)
            if r.end_ms is not None and r.start_ms >= total]
    if past:
        # "remove 1m05s to 1m10s" from a 1-minute video: nothing is there to remove - a time was misread or
        # misremembered, so the turn asks instead of reporting a cut that changes nothing
        _ask_past_end(plan, total, past[0].start_ms, past[0].end_ms, zh)
        return
    parts = [(0, total)]
    for op in cuts:
        parts = _after(parts, op)
    kept = _length(parts)
    if kept >= 2000 and kept * 2 >= total:
        return
    if _asked(text, parts, total) or _whole_clips_named(ctx, text, parts):
        return
    if not parts:  # the times said are past the end, or everything would go
        plan.question = (f"视频只有 {_clock(total)}，这样会什么都不剩——你指的是哪一段？" if zh else
                         f"The video is only {_clock(total)} long, so that would leave nothing — which part "
                         f"do you "
                         "mean?")
        plan.ops = []
        plan.export = None
        return
    reading = ", ".join(f"{_clock(a)}–{_clock(b)}" for a, b in parts)
    if zh:
        plan.question = (f"只保留 {reading} 吗？这样只剩 {kept / 1000:g} 秒（原来 {total / 1000:g} 秒）。"
                         f"是的话请说“保留 {reading}”，或者告诉我要剪掉哪一段。")
    else:
        plan.question = (f"Keep only {reading}? That is {kept / 1000:g} s of {total / 1000:g} s. Say "
                         f"“keep {reading}” if so, or tell me which part to cut.")
    plan.ops = []
    plan.export = None


def empty_guard(plan: Plan, ctx: ParseContext, text: str, zh: bool) -> None:
    """A plan that deletes every clip on the timeline while the request names other clips (to keep, join or
    put in order) is a misreading: an empty timeline is never what such a request wants - asked instead."""
    srcs = [str(g.get("src")) for g in main_clips(ctx.draft)]
    if plan.question or not srcs or not any(isinstance(op, s.DeleteSegment) for op in plan.ops):
        return
    order: list[str | None] = list(srcs)
    gone: set[str] = set()
    for op in plan.ops:
        if isinstance(op, s.DeleteSegment) and op.index <= len(order):
            src = order.pop(op.index - 1)
            gone |= {src} if src else set()
        elif isinstance(op, s.Concat | s.Slideshow):
            order = list(op.media_ids)
        elif isinstance(op, s.AddClips):
            order += list(op.media_ids)
        elif isinstance(op, s.Split | s.DuplicateSegment):
            order.append(None)
    if order:
        return
    kept = [r for _, r in ctx.mentioned(text, "video", "image") if r.media_id not in gone]
    if not kept:
        return
    names = ", ".join(r.name for r in kept)
    plan.question = (f"这样会把时间线上的片段全删掉，什么都不剩。你是想只用 {names} 吗？"
                     f"是的话请说“拼接 {names}”。" if zh else
                     f"That would delete every clip and leave the timeline empty. Did you mean to use only "
                     f"{names}? Say “join {names}” if so.")
    plan.ops = []
    plan.export = None


def draft_ms(draft: dict[str, Any]) -> int:
    return programme_ms(draft)


# --- times said on the video as it was before the request --------------------------------------------

# a length, not a place: "the first/last 10 s", "make it 20 s", "前10秒", "最后5秒", "剪到20秒" ("放慢一半",
# "减速一半": a speed, not a length; "volume down to 40%": a level)
_LENGTH_CUE = re.compile(r"\b(?:first|last|final|opening|closing|make it|long|length|"
                         r"half(?! ?(?:the )?speed)|third|quarter|shorter|down to(?!\s*\d+(?:\.\d+)?\s*%)|"
                         r"(?:cut|trim|get) it to|"
                         r"total)\b|(?<![然之以随])[前后]\s*§|最后|"
                         # ("一直到结尾": where a stretch ends, said as the end of the video, is no length)
                         r"开头|(?<!到)结尾|(?<![慢速快])一半|长|缩短|剪到|变成|总共")
_RANGE_CUTS = (s.RemoveRange, s.RemoveRanges, s.KeepRange, s.KeepRanges)
# "cut the first 10s, then in the NEW version remove 0:05 to 0:08": times said as on the video the earlier
# cut leaves - read there, not moved
_ON_NEW_TIMELINE = re.compile(
    r"\b(?:in|on|of|from)\s+(?:the\s+)?(?:new|edited|trimmed|shortened|shorter|updated|resulting|cut[\s-]down)\s+"
    r"(?:version|video|timeline|cut|one|edit|clip)\b|"
    r"\b(?:after|once)\s+(?:that|the|this|the first)\s+(?:cut|trim)\s*(?:is\s+done\s*)?,?\s*(?:counting|"
    r"measured|on the new timeline|in the new)|"
    r"(?:剪完|剪掉之后|剪完之后|剪完以后)(?:的)?(?:新)?(?:视频|版本)(?:上|里|中)?(?:的)?")
# times said to be on the video an earlier cut of the request leaves: "在剪完的视频里", "in the trimmed
# version"
_ON_THE_CUT = re.compile(r"(?:剪完|剪好|裁完|删完|切完)(?:之后|以后|后)?的?(?:视频|片子|版本)?(?:里|上|中)|"
                         r"(?:按|以)(?:剪完|剪好|删完)(?:之后|以后|后)?的?(?:视频|时间|版本)?(?:算|为准)|"
                         r"\b(?:in|on)\s+the\s+(?:trimmed|cut|shortened|new|edited)\s+(?:video|version|clip|one)\b|"
                         r"\b(?:counting|counted|measured)\s+(?:from|after|on)\s+the\s+(?:trimmed|cut|new|edited)\b|"
                         # "then in what's left remove 0:20-0:25", "在剩下的里面再删掉…"
                         r"\b(?:in|of|from)\s+(?:what(?:'?s| is)\s+left|what\s+remains|"
                         r"the\s+rest\s+that'?s\s+left)\b|"
                         r"在剩下的(?:视频|部分|片子)?(?:里面|里|中)")
# ops with a place on the timeline besides the range cuts and a head/tail trim said as "everything
# before/after T": which of their fields are times. "at_ms" is a moment (said as a place, or the op is not
# followed); "start_ms"/"end_ms" a stretch (its start said, or 0 with its end said; an end not said keeps
# its length - "at 0:20 for 3 s"; None: no stretch). A part muted or set to a level, a GIF's stretch and a
# thumbnail's moment are read off the video as the text, a split or a freeze is.
_TIME_FIELDS: tuple[tuple[type[OpBase], tuple[str, ...]], ...] = (
    (s.Split, ("at_ms",)), (s.FreezeFrame, ("at_ms",)), (s.ExportThumbnail, ("at_ms",)),
    (s.AddText, ("start_ms", "end_ms")), (s.AddTitle, ("start_ms", "end_ms")),
    (s.PictureInPicture, ("start_ms", "end_ms")), (s.Mute, ("start_ms", "end_ms")),
    (s.SetVolume, ("start_ms", "end_ms")), (s.ExportGif, ("start_ms", "end_ms")),
)


def _times(op: OpBase) -> dict[str, int | None]:
    """The places on the timeline `op` holds, by field (see _TIME_FIELDS); {} for an op with none set."""
    fields = next((f for kind, f in _TIME_FIELDS if isinstance(op, kind)), ())
    got: dict[str, int | None] = {f: getattr(op, f, None) for f in fields}
    return got if any(v is not None for v in got.values()) else {}


def _exports_at(op: OpBase) -> bool:
    """A GIF or a thumbnail: an export with a place on the timeline."""
    return isinstance(op, s.ExportGif | s.ExportThumbnail)


def _timed(op: OpBase) -> bool:
    return isinstance(op, (*_RANGE_CUTS, s.Trim)) or bool(_times(op))


def _trim_said(op: s.Trim, window: str, said: set[int], total: int) -> bool:
    """ "remove everything before 0:20", "把20秒之前的都删掉": a trim whose ends were said as places (a
    length - "trim 5 s off the start" - is not moved)."""
    def place(at: int, words: str, zh_words: str) -> bool:
        return at in said and \
            re.search(rf"\b(?:{words})\s+§{at}§|§{at}§\s*(?:{zh_words})", window) is not None
    head = op.head_ms == 0 or place(op.head_ms, r"before|until|till|up ?to|up until|prior to", "之前|以前|前")
    tail = op.tail_ms == 0 or place(total - op.tail_ms, r"after|past|beyond|from", "之后|以后|后")
    return head and tail and (op.head_ms > 0 or op.tail_ms > 0)


def said_positions(res: Resolution, cand: Candidate, total: int = 0) -> set[int] | None:
    """The times this reading's timed ops (range cuts, trims said as "everything before T", splits,
    freezes, text) were said with as places on the video ("0:30-0:35", "after 0:50", "split at 0:30",
    "30秒到35秒"), not a length or a place counted from the end or from a length asked for. None: not
    every one of them was said as a place."""
    timed = [op for op in cand.hit.ops if _timed(op)]
    if not timed or cand.hit.target_ms is not None:
        return None
    if any(isinstance(op, _RANGE_CUTS) for op in cand.hit.ops) and len(timed) != len(cand.hit.ops):
        return None
    if any(not _timed(op) and not isinstance(op, s.Speed) for op in cand.hit.ops):
        return None  # a speed change for the part said is followed; anything else is not
    a, b = res.clauses[cand.window[0]][0], res.clauses[cand.window[1]][1]
    window = res.text[a:b]
    if all(_exports_at(op) for op in cand.hit.ops) and a <= cand.pos < b:
        # "trim the first 10 sec and take a thumbnail at 0:25", "剪掉开头10秒 封面用第25秒": a file of a
        # moment said in the same clause as a cut before it - its own step is what names its time (the
        # cut's length is no length of the file's)
        window = window[file_step(window, cand.pos - a):]
    # ("…, then on the new version, remove 0:03-0:04": the timeline named in a clause of its own before)
    before = res.text[res.clauses[cand.window[0] - 1][0]:a] if cand.window[0] > 0 else ""
    if _LENGTH_CUE.search(window) or _ON_NEW_TIMELINE.search(window) or (
            re.fullmatch(r"\W*(?:and\s+|then\s+|and then\s+|after that\s+|now\s+)*(?:(?:in|on)\s+.*?)\W*",
                         before) and _ON_NEW_TIMELINE.search(before)):
        return None
    if _ON_THE_CUT.search(res.text):
        return None  # "剪掉前10秒，然后在剪完的视频里再把第5秒到第8秒删掉": said on the video the cut left
    # (a GIF's stretch or a thumbnail's moment is read off the video before the request too, whether it is
    # said "then" or "and" after the edits - "cut 0:00-0:03 and make a thumbnail from 0:10" is the frame
    # at 0:07 of what is left)
    said = {int(m) for m in re.findall(r"§(\d+)§", window)}
    for op in timed:
        if isinstance(op, s.Trim):
            if not _trim_said(op, window, said, total):
                return None
        elif isinstance(op, _RANGE_CUTS):
            ranges = [op] if isinstance(op, s.RemoveRange | s.KeepRange) else list(op.ranges)
            if not all((r.start_ms == 0 or r.start_ms in said) and (r.end_ms is None or r.end_ms in said)
                       for r in ranges):
                return None
        elif "at_ms" in (at := _times(op)):
            if at["at_ms"] not in said:
                return None
        elif not (at["start_ms"] in said or (at["start_ms"] == 0 and at["end_ms"] in said)):
            return None  # text, a muted part, a GIF: from a said time (a length after it keeps its length)
    return said


def _to_now(parts: list[tuple[int, int]], at: int, end: bool) -> int | None:
    """Where a place on the video before the request is on the timeline the earlier cuts left (None: it
    was cut). A start on the end of a cut part begins what follows; an end on its start ends what was
    before."""
    t = 0
    held = 0  # the length of the stills (x < 0, see _frozen) just before this part
    for x, y in parts:
        if x < at < y or (not end and at == x) or (end and at == y):
            # (a start on the moment a still was put at begins with the still: it is that frame)
            return t + at - x - (held if not end and at == x else 0)
        held = held + y - x if x < 0 else 0
        t += y - x
    return None


def _still_at(parts: list[tuple[int, int]], at: int) -> int:
    """The length of the stills (see _frozen) put at the place `at` on the video before the request (0:
    none)."""
    held = 0
    for x, y in parts:
        if x == at and held:
            return held
        held = held + y - x if x < 0 else 0
    return 0


def _frozen(parts: list[tuple[int, int]], at: int, length: int) -> list[tuple[int, int]]:
    """The timeline after a still of `length` ms is put at programme time `at` (a freeze frame: inserted,
    what follows moves later). The still is a part of its own no place on the video before the request
    falls in (negative source times)."""
    n = _length(parts)
    still = -(1 + _length([p for p in parts if p[0] < 0])) - length
    return [*_keep(parts, 0, at), (still, still + length), *_keep(parts, at, n)]


def _clip_gone(parts: list[tuple[int, int]], index: int, marks: list[int]) -> list[tuple[int, int]] | None:
    """The timeline after clip `index` (1-based, counted on the timeline `parts` is) is deleted: where
    clips meet are the clip marks and splits (on the video as it was) and where earlier cuts joined parts.
    None: there is no such clip."""
    n = _length(parts)
    edges = [0, *_bounds(parts, marks), n]
    if not 1 <= index < len(edges):
        return None
    return [*_keep(parts, 0, edges[index - 1]), *_keep(parts, edges[index], n)]


def _span(a: int, b: int | None, zh: bool) -> str:
    if b is not None:
        return f"{_clock(a)}–{_clock(b)}"
    return f"{_clock(a)} 到结尾" if zh else f"{_clock(a)} to the end"


def _cut_from(parts: list[tuple[int, int]], ranges: list[tuple[int, int | None]]) -> list[tuple[int, int]]:
    op = s.RemoveRanges(ranges=[s.Range(start_ms=a, end_ms=b) for a, b in ranges])
    return _after(parts, op)


def _bounds(parts: list[tuple[int, int]], marks: list[int]) -> list[int]:
    """Where clips meet on the timeline the earlier cuts left: where a cut joined two parts, and the marks
    (clip boundaries and splits, on the video as it was) still there."""
    out: set[int] = set()
    t = 0
    for i, (x, y) in enumerate(parts):
        if i and parts[i - 1][1] != x:
            out.add(t)
        t += y - x
    out |= {at for m in marks if (at := _to_now(parts, m, end=False)) is not None and at > 0}
    return sorted(out)


def _moved_op(op: OpBase, base: list[tuple[int, int]], said: set[int],
              total: int) -> tuple[OpBase, list[tuple[str, str]]] | int:
    """The op with its said places moved onto the timeline `base` (the earlier cuts' result), and what
    was moved (said, now) - or the said time that is inside a part already cut."""
    def point(at: int, end: bool) -> int:
        now = _to_now(base, at, end=end)
        if now is None:
            raise LookupError(at)
        return now

    pairs: list[tuple[str, str]] = []
    try:
        if isinstance(op, _RANGE_CUTS):
            ranges = [op] if isinstance(op, s.RemoveRange | s.KeepRange) else list(op.ranges)
            moved = [(0 if r.start_ms == 0 else point(r.start_ms, False),
                      None if r.end_ms is None else point(r.end_ms, True)) for r in ranges]
            new: OpBase = op.model_copy(update={"start_ms": moved[0][0], "end_ms": moved[0][1]}) \
                if isinstance(op, s.RemoveRange | s.KeepRange) else \
                op.model_copy(update={"ranges": [s.Range(start_ms=x, end_ms=y) for x, y in moved]})
            pairs = [(_span(r.start_ms, r.end_ms, False), _span(x, y, False))
                     for r, (x, y) in zip(ranges, moved, strict=True)]
            return new, pairs
        if isinstance(op, s.Trim):
            n = _length(base)
            head = point(op.head_ms, True) if op.head_ms else 0
            tail = n - point(total - op.tail_ms, False) if op.tail_ms else 0
            pairs = [(_clock(op.head_ms), _clock(head))] if op.head_ms else []
            pairs += [(_clock(total - op.tail_ms), _clock(n - tail))] if op.tail_ms else []
            return op.model_copy(update={"head_ms": head, "tail_ms": tail}), pairs
        times = _times(op)
        if (was := times.get("at_ms")) is not None:
            at = point(was, False)
            return op.model_copy(update={"at_ms": at}), [(_clock(was), _clock(at))]
        if (first := times.get("start_ms")) is not None:
            last = times.get("end_ms")
            start = first if first == 0 else point(first, False)
            end = last
            if end is not None:
                # "at 0:20 for 3 s": its length stays; so does that of a stretch said over a still just
                # put there ("freeze at 0:15 for 2s and put 'X' on it from 0:15 to 0:17": the still is
                # what 0:15-0:17 names)
                over_still = _still_at(base, first) >= end - first
                end = point(end, True) if end in said and not over_still else start + end - first
            pairs = [(_span(first, last, False) if last is not None else _clock(first),
                      _span(start, end, False) if end is not None else _clock(start))]
            return op.model_copy(update={"start_ms": start, "end_ms": end}), pairs
    except LookupError as gone:
        return int(gone.args[0])
    return op, []


def _part_index(op: s.Speed, splits: list[int], marks: list[int], parts: list[tuple[int, int]],
                total: int) -> int | None:
    """The clip number, on the timeline the earlier cuts and these splits leave, of the part a speed
    change was said for (its number counted on the video as it was)."""
    if op.index is None:
        return None
    edges = [0, *sorted({*marks, *splits}), total]
    if op.index >= len(edges):
        return op.index
    mid = _to_now(parts, (edges[op.index - 1] + edges[op.index]) // 2, end=False)
    if mid is None:
        return op.index
    return 1 + sum(1 for x in _bounds(parts, [*marks, *splits]) if x <= mid)


# what moved the places said after it, for the note (en, zh): 0 a cut, 3 a freeze frame, 4 a clip deleted,
# 2 more than one of them
_WHY_MOVED: dict[int, tuple[str, str]] = {
    0: ("the earlier cut", "在前面剪过"), 2: ("the earlier edits", "在前面的修改"),
    3: ("the freeze frame before it", "在前面加了定格"), 4: ("the clip deleted before it", "在前面删掉片段"),
}


def on_first_timeline(ops: list[OpBase], said: dict[int, set[int]], total: int, zh: bool,
                      marks: list[int] | None = None) -> tuple[list[OpBase], list[str], str | None]:
    """ "trim 5s off the start and remove 0:30-0:35", "cut the first 10 s then remove everything before
    0:20", "trim 5 s off the start and split at 0:30", "剪掉前5秒，再把30秒到35秒删掉": the person reads the
    times off the video in front of them - before this request. Ops are applied in order, each on the
    timeline the one before left, so a time said after an earlier cut (of a range cut, a trim said as
    "everything before/after T", a split, a freeze, text, a part sped up) is moved to where that moment
    now is. A time said inside a part already cut is asked about, never guessed.
    (ops, notes, question). `said`: op id -> the times said as places in its words; `marks`: where clips
    meet on the video as it was."""
    marks = list(marks or [])
    parts = [(0, total)]
    run_from: list[tuple[int, int]] | None = None  # "cut 0:10-0:15, then 0:40-0:45": one timeline
    run: list[tuple[int, int | None]] = []
    out: list[OpBase] = []
    notes: list[str] = []
    splits: list[int] = []  # said on the video as it was, this request
    group: list[int] = []  # the splits said just before a speed change of the part they make
    moved_by: set[int] = set()  # what moved the timeline so far (keys of _WHY_MOVED)
    for op in ops:
        in_run = isinstance(op, s.RemoveRange | s.RemoveRanges) and all(
            r.end_ms is not None for r in ([op] if isinstance(op, s.RemoveRange) else op.ranges))
        if not in_run:
            run_from, run = None, []
        base = run_from if run_from is not None else parts
        new = op
        if id(op) in said and base != [(0, total)]:
            got = _moved_op(op, base, said[id(op)], total)
            if isinstance(got, int):
                when = _clock(got)
                return ops, [], (
                    f"{when} 在这次先剪掉的部分里——你说的时间是按原来的视频，还是按剪完之后的？"
                    if zh else f"{when} is inside the part this request cuts first — is that time on the "
                    "video as it is now, or after that cut?")
            new, pairs = got
            pairs = [(a, b) for a, b in pairs if a != b]
            if pairs:
                said_at = ", ".join(a for a, _ in pairs)
                now_at = ", ".join(b for _, b in pairs)
                if zh:
                    said_at = said_at.replace(" to the end", " 到结尾")
                    now_at = now_at.replace(" to the end", " 到结尾")
                why = _WHY_MOVED[min(2, len(moved_by)) if len(moved_by) != 1 else next(iter(moved_by))]
                notes.append(f"{said_at} 按原视频算，{why[1]}之后是 {now_at}。" if zh else
                             f"{said_at} on the video as it was is {now_at} after {why[0]}.")
        if isinstance(op, s.Split):
            if id(op) in said and base != [(0, total)]:
                group.append(op.at_ms)
            splits.append(op.at_ms if id(op) in said else -1)
        elif isinstance(new, s.Speed) and group and new.index is not None:
            index = _part_index(new, group, marks + [x for x in splits if x >= 0 and x not in group], parts,
                                total)
            if index is not None and index != new.index:
                new = new.model_copy(update={"index": index})
        if not isinstance(op, s.Split):
            group = []
        out.append(new)
        if in_run:
            if run_from is None:
                run_from = parts
            said_now = [new] if isinstance(new, s.RemoveRange) else \
                list(new.ranges) if isinstance(new, s.RemoveRanges) else []
            run += [(r.start_ms, r.end_ms) for r in said_now]
            parts = _cut_from(run_from, run)
            moved_by.add(0)
        elif isinstance(new, _CUTS):
            parts = _after(parts, new)
            moved_by.add(0)
        elif isinstance(new, s.FreezeFrame) and new.at_ms < _length(parts):
            # "freeze at 0:05 for 2 sec then text at 0:10": the still is inserted, so what follows it is
            # later by its length
            parts = _frozen(parts, new.at_ms, new.duration_ms)
            moved_by.add(3)
        elif isinstance(new, s.DeleteSegment) and -1 not in splits and \
                (gone := _clip_gone(parts, new.index, marks + splits)) is not None:
            # "delete b and put 'GG' at 1:35-1:40": the clips after the one deleted move earlier by its
            # length
            parts = gone
            moved_by.add(4)
        elif type(new).__module__.rsplit(".", 1)[-1] in ("cutting", "wordcuts") and \
                not isinstance(new, s.Split):
            # a speed change, a loop, a freeze, clips added or moved: where things are now is not
            # followed - what is said after it stays as said
            return out + ops[len(out):], notes, None
        if -1 in splits:
            # a split not said as a place (counted from the end, "in half"): the clip numbers after it
            # are not followed
            group = []
    return out, notes, None


def speed_to_length(ops: list[OpBase], targets: dict[int, int], total: int) -> list[OpBase]:
    """ "cut the first 5 seconds and make it 30 seconds long by speeding it up": the speed that reaches the
    length asked for is worked out on what the cuts said before it leave (55 s -> 1.83x), not on the whole
    video (2x would leave 27.5 s). `targets`: op id -> the length asked for."""
    parts = [(0, total)]
    out: list[OpBase] = []
    for op in ops:
        if isinstance(op, s.Speed) and id(op) in targets and op.index is None and _length(parts) != total:
            factor = speed_for_length(_length(parts), max(1, targets[id(op)]))
            if 0.25 <= factor <= 4 and factor != 1:
                op = op.model_copy(update={"factor": factor})
        elif isinstance(op, _CUTS):
            parts = _after(parts, op)
        elif type(op).__module__.rsplit(".", 1)[-1] in ("cutting", "wordcuts"):
            break  # a split, a loop, clips moved: the length is not followed further
        out.append(op)
    return out + ops[len(out):]


def sound_to_the_end(ops: list[OpBase], said: dict[int, set[int]], total: int) -> list[OpBase]:
    """ "把第12到18秒删了 再把最后10秒静音", "cut 0:12-0:18 then mute the last 10 seconds": a part of the
    sound counted from the end (a muted part or a level that runs to the video's end, not said as
    places) after earlier cuts of the request is the last stretch of what those cuts leave - its length
    kept, ending at the new end (the last 10 s of the 54 s left are 0:44-0:54), never a stretch past the
    end. `said`: as for on_first_timeline (an op said with places is moved there)."""
    parts = [(0, total)]
    out: list[OpBase] = []
    for op in ops:
        if isinstance(op, s.Mute | s.SetVolume) and id(op) not in said and total > 0 and \
                op.end_ms == total and op.start_ms is not None and (n := _length(parts)) < total:
            op = op.model_copy(update={"start_ms": max(0, n - (total - op.start_ms)), "end_ms": n})
        elif isinstance(op, _CUTS):
            parts = _after(parts, op)
        elif type(op).__module__.rsplit(".", 1)[-1] in ("cutting", "wordcuts") and \
                not isinstance(op, s.Split):
            break  # a speed change, a loop, clips moved: where the end is now is not followed
        out.append(op)
    return out + ops[len(out):]
