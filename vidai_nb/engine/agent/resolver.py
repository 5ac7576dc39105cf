"""The resolver: every detector proposes readings over windows of the request; one consistent set wins.

A window is one clause, or two or three clauses in a row ("add music, fade it in over 3 s" is one
reading across a comma). A candidate is a detector's reading of a window: its operations (or a question,
a refusal, an export), where it was said, and the words it explains (recorded while the detector read the
text). Two candidates conflict when they explain the same content word: a word means one thing. The
resolver picks the set of non-conflicting candidates that explains the most words, then the fewest
candidates (one reading across two clauses beats two readings), then the heaviest detectors.

Afterwards the words no chosen candidate explains are reported (`Resolution.unexplained`), so the turn
can say what it did not do instead of pretending.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from pydantic import ValidationError

from vidai_nb.engine.ops import schemas

from . import cached_re as re
from .context import ParseContext
from .markers import MARKERS as _M
from .reading import RECORDER, Recorder
from .rules import DETECTORS, Spec, get
from .rules.common import Clause, Hit

_FILE = r"[\w-]+\.(?:mp4|mov|webm|mkv|avi|png|jpe?g|gif|webp|mp3|wav|m4a|aac)\b"
_TOKEN = re.compile(_FILE + r"|§\d+§|⟦\d+⟧|‹r\d+by\d+›|#[0-9a-f]{6}\b|\d+(?:\.\d+)?\s*%|\d+(?:\.\d+)?|"
                    r"[a-z][a-z'’]*|[\u4e00-\u9fff]")
# "背景音乐不要了…不对，…", "remove the music... actually no, …", "scratch that": what was said before is
# taken back (a number corrected in the same breath is `corrected`'s)
# (the markers: `markers.MARKERS["take_back"]`)
TAKE_BACK = re.compile(rf"(?:^|[\s,，.。…;；!！?？-])(?:{_M['take_back']})[\s,，]")
# said right after a take-back marker: a keep, and whether it is all that is said ("…actually no, keep the
# sound")
KEPT_AFTER = re.compile(r"[\s,，]*(?:just\s+|i'?ll\s+|let'?s\s+)?(?:keep|leave)\b"
                        r"(?P<bare>\s+(?:it|them|that|those|these|the\s+\w+|my\s+\w+)"
                        r"(?:\s+(?:as is|as it is|alone|on|in))?\s*(?:[.!。！]|$|"
                        # ("…no wait, keep them, thats where pastor says good morning": why it is kept, said
                        # last - a reason, nothing asked; never a part to keep found by its words)
                        r"(?P<why>[,，]\s*(?:that'?s|thats|it'?s|its|because|cause|cuz|coz|since|bc)\b"
                        r"[^.!?。！？,，]*(?:[.!?。！？]|$))))?|"
                        # "原声删了吧…不不 原声留着": the thing named again and kept, in Chinese
                        r"[\s,，]*(?:还是|就)?\s*(?:把)?\s*(?:原声|声音|音乐|背景音乐|配乐|bgm|字幕|它)?\s*"
                        r"(?:还是|就|先)?\s*(?:留着|保留|留下|不删了?|不动了?|别删了?|不要删了?|不去(?:掉)?了|别去(?:掉)?了)"
                        r"(?P<bare_zh>\s*(?:吧|了|啊|哈|呀)?\s*(?:[。！!]|$))?")
_VALUE = re.compile(r"§\d+§|⟦\d+⟧|‹r\d+by\d+›|#[0-9a-f]{6}|\d")


def _words(text: str) -> list[str]:
    return text.split()


# words that carry no edit meaning of their own
STOP = frozenset(_words("""
a an the and or but of to in on at for with from by as is are be been was were it its it's this that these
those them they their there here my me i i'm i'd we our us you your please pls can could would will shall
should may might must just also then now so very really bit little some any all one ones do does did
make makes made get got let let's lets want wants need needs like okay ok hey hi hello thanks thank
video videos clip clips footage thing stuff part parts whole into up down out over off about too more much
的 了 把 给 我 你 们 这 那 个 一 下 吧 呢 啊 呀 请 帮 是 在 将 和 与 及 就
也 都 还 再 让 使 得 地 着 过 来 去 要 想
视 频 段 部 分 些 点 里 中 上
"""))
# action words several readings may share ("add a title and music", "remove the music and the text")
SHARED = frozenset(_words("""
add put insert include use give set change turn remove delete cut trim drop take make apply convert switch rid
transform resize render save gone
加 添 删 剪 切 去 掉 除 改 换 设 调 放
"""))


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def value(self) -> bool:
        return bool(_VALUE.match(self.text))

    @property
    def content(self) -> bool:
        return self.text not in STOP


@dataclass
class Candidate:
    detector: str
    pos: int  # where it was said, in the whole normalized request
    hit: Hit
    window: tuple[int, int]  # first and last clause
    explains: frozenset[int]  # token indices
    claims: frozenset[int]  # content tokens it uses exclusively
    covers: frozenset[int]  # content tokens it explains (claimed or shared)
    weight: float
    refs: frozenset[int] = frozenset()  # tokens it refers back to (explained by another reading)

    def key(self) -> tuple[Any, ...]:
        h = self.hit
        return (self.detector, repr([o.model_dump() for o in h.ops]), h.question, h.refusal, repr(h.export))


@dataclass
class Resolution:
    text: str
    tokens: list[Token]
    clauses: list[tuple[int, int]]
    chosen: list[Candidate] = field(default_factory=list)

    def unexplained(self) -> list[int]:
        """Content tokens no chosen candidate explains."""
        explained: set[int] = set()
        for c in self.chosen:
            explained |= c.explains
        return [i for i, t in enumerate(self.tokens) if t.content and i not in explained]

    def clause_of(self, token: int) -> int:
        t = self.tokens[token]
        return next((i for i, (a, b) in enumerate(self.clauses) if a <= t.start < b), len(self.clauses) - 1)


def tokenize(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]


def clause_spans(text: str, clauses: list[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for c in clauses:
        at = text.find(c, pos)
        if at < 0:
            at = pos
        spans.append((at, at + len(c)))
        pos = at + len(c)
    return spans


def _tokens_in(tokens: list[Token], spans: list[tuple[int, int]], offset: int) -> set[int]:
    out: set[int] = set()
    for a, b in spans:
        a, b = a + offset, b + offset
        for i, t in enumerate(tokens):
            if t.start < b and a < t.end:
                out.add(i)
    return out


def _run(spec: Spec, clause: Clause) -> tuple[list[Hit], Recorder]:
    rec = Recorder(clause.text)
    token = RECORDER.set(rec)
    try:
        hits = spec.fn(clause)
    except ValidationError:  # it read values no operation accepts: it did not understand
        hits = []
    finally:
        RECORDER.reset(token)
    return hits, rec


MAX_WINDOW = 3


def propose(text: str, spans: list[tuple[int, int]], tokens: list[Token], ctx: ParseContext,
            skip: set[int] = frozenset()) -> list[Candidate]:  # type: ignore[assignment]
    found: dict[tuple[Any, ...], Candidate] = {}
    for i in range(len(spans)):
        if i in skip:
            continue
        for j in range(i, min(len(spans), i + MAX_WINDOW)):
            if any(k in skip for k in range(i, j + 1)):
                break
            start, end = spans[i][0], spans[j][1]
            clause = Clause(text[start:end], ctx)
            for spec in DETECTORS.values():
                if spec.role == "fallback" or (spec.role == "whole" and j > i):
                    continue
                hits, rec = _run(spec, clause)
                for hit in hits:
                    cand = _candidate(spec, hit, rec, tokens, start, end, (i, j))
                    if j > i and not _spans_window(cand, tokens, spans[i], spans[j]):
                        continue  # a reading of a smaller window, or none
                    found.setdefault((*cand.key(), i, j), cand)
    return list(found.values())


def _spans_window(cand: Candidate, tokens: list[Token], first: tuple[int, int],
                  last: tuple[int, int]) -> bool:
    """A reading across clauses explains something in the first and in the last of them."""
    starts = [tokens[i].start for i in cand.covers | cand.refs]
    return any(first[0] <= p < first[1] for p in starts) and any(last[0] <= p < last[1] for p in starts)


def _candidate(spec: Spec, hit: Hit, rec: Recorder, tokens: list[Token], start: int, end: int,
               window: tuple[int, int]) -> Candidate:
    pos = start + hit.pos
    refs: set[int] = set()
    if spec.role == "whole":
        explains = {i for i, t in enumerate(tokens) if start <= t.start < end}
    else:
        explains = _tokens_in(tokens, rec.spans, start)
        refs = _tokens_in(tokens, rec.refs, start) - explains
        trigger = next((i for i, t in enumerate(tokens) if t.start <= pos < t.end or t.start >= pos), None)
        if trigger is not None and tokens[trigger].start < end:
            explains.add(trigger)
    covers = {i for i in explains if tokens[i].content}
    claims = {i for i in covers if tokens[i].text not in SHARED}
    if window[0] != window[1] and claims and not any(tokens[i].start <= pos < tokens[i].end for i in claims):
        # "remove fillers + silences then trim to 30 sec": a reading over two clauses whose own words are
        # all in the later one happens where those words are - after what the earlier clause asks
        pos = max(pos, min(tokens[i].start for i in claims))
    return Candidate(spec.name, pos, hit, window, frozenset(explains | refs), frozenset(claims),
                     frozenset(covers), spec.weight, frozenset(refs))


def _score(chosen: list[Candidate]) -> tuple[int, int, float]:
    covered: set[int] = set()
    for c in chosen:
        covered |= c.covers
    return (len(covered), -len(chosen), sum(c.weight for c in chosen))


def choose(cands: list[Candidate], budget: int = 20000) -> list[Candidate]:
    """The best set of pairwise non-conflicting candidates (exact search, bounded)."""
    cands = sorted(cands, key=lambda c: (-len(c.covers), -c.weight, c.pos))
    best: list[Candidate] = []
    best_score = _score(best)
    nodes = 0

    def bound(i: int, covered: set[int]) -> int:
        extra: set[int] = set()
        for c in cands[i:]:
            extra |= c.covers
        return len(covered | extra)

    def dfs(i: int, chosen: list[Candidate], used: set[int], covered: set[int]) -> None:
        nonlocal best, best_score, nodes
        nodes += 1
        score = _score(chosen)
        if score > best_score:
            best, best_score = list(chosen), score
        if i >= len(cands) or nodes > budget or bound(i, covered) < best_score[0]:
            return
        c = cands[i]
        if not (c.claims & used) and not any(_clash(c, o) for o in chosen):
            chosen.append(c)
            dfs(i + 1, chosen, used | c.claims, covered | c.covers)
            chosen.pop()
        dfs(i + 1, chosen, used, covered)

    dfs(0, [], set(), set())
    return sorted(best, key=lambda c: c.pos)


# edit verbs a clause can open on ("…, fade out the end 2s")
_OPENING_VERB = (r"fade|add|put|mute|speed|slow|rotate|flip|crop|zoom|insert|apply|denoise|normalize|"
                 r"brighten|darken|lower|raise|export|caption|subtitle|burn|loop|reverse|freeze|blur|stabilize")


def _clash(a: Candidate, b: Candidate) -> bool:
    """Two readings of the same thing from overlapping windows (one a copy of the other)."""
    return a.detector == b.detector and a.key() == b.key()


def resolve(text: str, clauses: list[str], ctx: ParseContext) -> Resolution:
    tokens = tokenize(text)
    spans = clause_spans(text, clauses)
    res = Resolution(text, tokens, spans)
    cands = propose(text, spans, tokens, ctx)
    # "别加音乐，原声调到150%就行", "add music.mp3 | dont duck it": a reading across clauses where one is
    # said not to be wanted and another is wanted joins what the request keeps apart
    # (a detector that reads the "don't" itself - "add music but don't loop it" - keeps its reading)
    said_not: list[int | None] = []
    for a, b in spans:
        m = _CLAUSE_NEGATED.match(text[a:b])
        said_not.append(None if m is None else next(
            (i for i, t in enumerate(tokens) if t.start >= a + m.start(1)), -1))
    cands = [c for c in cands if c.window[0] == c.window[1]
             or len({said_not[k] is None for k in range(c.window[0], c.window[1] + 1)}) == 1
             or all(said_not[k] is None or said_not[k] in c.explains
                    for k in range(c.window[0], c.window[1] + 1))]
    # "别剪太多 就去掉开头2秒": a reading that swallowed a negated phrase from a neighbouring clause gives way
    # to the same edit read without it
    plain = {c.key() for c in cands if not negated(text, tokens, spans, c)}
    cands = [c for c in cands if not (c.hit.ops and c.key() in plain and negated(text, tokens, spans, c))]
    # "add subtitles but not the music", "add a fade but not the music": a thing said not to be wanted after
    # "but not" is no object of the verb said for another thing before it
    cands = [c for c in cands if not (c.hit.ops and _object_said_not(text, tokens, c))]
    # "restore v2, the one before i added music": an edit said in the past, to name a version or a moment,
    # is a description, not a request
    described = [(m.start(), m.end()) for m in _DESCRIBED.finditer(text)]
    # "first 3 minutes of my old vids were always driving lol so now i keep it short",
    # "以前的视频开头都是开车": a story of other videos (or of how it went before), told in a clause of
    # its own - none of it is asked
    described += [(a, b) for a, b in spans
                  if OLD_VIDEOS.search(text[a:b]) and not STORY_ASKS.search(text[a:b])]
    cands = [c for c in cands if not (described and c.hit.ops and c.covers and all(
        any(a <= tokens[i].start < b for a, b in described) for i in c.covers))]
    # "delete the music - scratch that, lower it to 25%": a reading said before a take-back marker gives way
    # to one read across the marker (the music named before it is what "it" is after it)
    for m in TAKE_BACK.finditer(text):
        at = m.end() - 2  # the marker's last character
        k = next((i for i, (a, b) in enumerate(spans) if a <= at < b), -1)
        keep = KEPT_AFTER.match(text[m.end() - 1:])
        if keep:
            # "mute from 0:10... actually no, keep the sound": a keep said right after the take-back keeps
            # things as they were - never a part kept with the times said before the marker, and when the
            # keep is all that is said after it, no reading joins it to what was taken back
            cands = [c for c in cands if not (
                spans[c.window[0]][0] < m.start() and spans[c.window[1]][1] > m.end()
                and (keep.group("bare") or keep.group("bare_zh") is not None or
                     any(isinstance(op, schemas.KeepRange | schemas.KeepRanges) for op in c.hit.ops)))]
            if keep.group("why"):
                # (a reading of the kept words and the reason after them asks nothing: the keep is all)
                a, b = m.end() - 1, m.end() - 1 + keep.end()
                cands = [c for c in cands if not (
                    c.hit.ops and c.covers and all(a <= tokens[i].start < b for i in c.covers))]
        ends = {k, k - 1} if k > 0 and not re.search(r"\w", text[spans[k][0]:m.start() + 1]) else {k}
        before = [c for c in cands if c.hit.ops and c.window[1] in ends]
        keys = {c.key() for c in before}
        across = [c for c in cands if c.hit.ops and c.window[0] <= k < c.window[1] and c.key() not in keys]
        # "删掉0:10到0:15 不对 是0:10到0:15静音": a reading across the marker that takes the words after it
        # as more of the edit taken back, where another edit reads those same words on their own after the
        # marker - that other edit is the correction: the reading across and the one before both give way
        own = [o for o in cands if o.hit.ops and o.window[0] > k and o.covers]
        overridden = [c for c in across if not keep and any(
            o.detector != c.detector and o.covers & c.covers for o in own)]
        if overridden:
            cands = [c for c in cands if c not in overridden and c not in before]
        elif across and before:
            cands = [c for c in cands if c not in before]
        # "keep only b.mp4, no wait keep b and c": a keep said before the marker and another said on its own
        # after it - the keep said last is the one meant (two keeps done one after the other leave only what
        # both keep, or nothing)
        # (by where the clauses lie: the marker may open the clause of the keep said after it)
        kept = (schemas.KeepRange, schemas.KeepRanges)
        if any(o.hit.ops and spans[o.window[0]][0] >= m.start() and
               any(isinstance(op, kept) for op in o.hit.ops) for o in cands):
            cands = [c for c in cands if not (c.hit.ops and spans[c.window[1]][1] <= m.start() + 1 and
                                              any(isinstance(op, kept) for op in c.hit.ops))]
        # "remove the music... actually no, just make it lower, like 10%": the same reading said after the
        # marker, reaching on into the clause after (the level said there), is the correction - the one
        # across the marker stops short of that level, so it gives way
        # (the same edit only - "…, actually no, delete that text and make it a title" is another edit)
        def reaches_past(o: Candidate, c: Candidate) -> bool:
            return o.detector == c.detector and o.window[0] <= c.window[1] < o.window[1] and \
                {type(op) for op in o.hit.ops} == {type(op) for op in c.hit.ops}
        further = [o for o in cands
                   if o.hit.ops and o.window[0] > k and any(reaches_past(o, c) for c in across)]
        if further:
            cands = [c for c in cands if not (c in across and any(reaches_past(o, c) for o in further))]
        # "整体调暗一点…算了 还是亮一点吧": a reading across the marker that does just what the reading said
        # before it does has only swallowed the words after it - where those words have a reading of their
        # own (the correction), the swallowing one gives way, so the correction can replace the first
        swallowed = [c for c in cands if c.hit.ops and c.window[0] <= k < c.window[1] and c.key() in keys]
        if swallowed and any(c.hit.ops and c.window[0] > k and c.detector in {o.detector for o in swallowed}
                             for c in cands):
            cands = [c for c in cands if c not in swallowed]
    cands, reasons = _orientation_reasons(text, spans, cands)
    # "cut the intro, fade out the end 2s": a later clause that opens on its own edit verb, read by another
    # reading of that clause, is that edit's - a reading from an earlier clause's verb does not take its
    # place and amount (a 2 s cut off the end)
    openers: dict[int, int] = {}
    for k in range(1, len(spans)):
        first = next((i for i, t in enumerate(tokens) if spans[k][0] <= t.start < spans[k][1] and t.content
                      and t.text not in ("and", "then", "also", "plus", "please", "pls")), None)
        if first is not None and re.fullmatch(_OPENING_VERB, tokens[first].text):
            openers[k] = first
    if openers:
        cands = [c for c in cands if not (c.hit.ops and any(
            c.window[0] < k <= c.window[1] and v not in c.explains and c.covers & {
                i for i, t in enumerate(tokens) if spans[k][0] <= t.start < spans[k][1]} and any(
                o is not c and o.hit.ops and o.window == (k, k) and v in o.explains for o in cands)
            for k, v in openers.items()))]
    chosen = choose(cands)
    # a refusal is a reading only where nothing else was understood (or where it is certain: "post it")
    refusal = get("refusal")
    from .rules.meta import LINK, NO_FOOTAGE, exclusive_refusal

    for i, (a, b) in enumerate(spans):
        clause = Clause(text[a:b], ctx)
        hits, rec = _run(refusal, clause)
        for j in range(i + 1, min(len(spans), i + MAX_WINDOW)):
            if hits:
                break
            # "原视频底下自带的字幕太丑了 能给去掉吗": impossible as said across two or three clauses
            # ("make it 9:16, and make the dancers hit the beat": a later clause impossible by itself is
            # refused on its own - the edit before it stands)
            # ("make a sunset timelapse, i dont have any footage of it": footage said to be missing is
            # about what was asked before it - refused together)
            alone = text[spans[j][0]:spans[j][1]]
            if exclusive_refusal(alone) and not re.search(NO_FOOTAGE, alone) and \
                    _run(refusal, Clause(alone, ctx))[0]:
                break
            wide = Clause(text[a:spans[j][1]], ctx)
            if exclusive_refusal(wide.text):
                hits, rec = _run(refusal, wide)
                if hits:
                    chosen = [c for c in chosen if not (c.window[0] <= j and i <= c.window[1])]
                    b = spans[j][1]
                    clause = wide
        if hits and exclusive_refusal(clause.text):  # impossible as a whole: no partial edit stands in
            dropped = [c for c in chosen if c.window[0] <= i <= c.window[1]]
            chosen = [c for c in chosen if c not in dropped]
            # "separate the vocals from the music. also make the whole video louder": an edit read across the
            # refused clause and a later one is that later clause's own edit - its reading of the later
            # clause alone stands (the refused words take nothing with them)
            last = max(n for n, (_, e) in enumerate(spans) if e <= b) if b else i
            # (only where the later clause names the whole as its object - "the whole video", "everything":
            # "…, i want the choir quieter" is of the part refused, "clashes with the logo" only why)
            whole = last + 1 < len(spans) and re.search(
                r"\b(?:the\s+)?(?:whole|entire|overall)\b|\beverything\b|\ball of it\b|整体|整个|全部",
                text[spans[last + 1][0]:spans[-1][1]]) is not None
            for d in (dropped if whole else []):
                later: Candidate | None = next((
                    o for o in cands if o.hit.ops and o.detector == d.detector and o.window[0] > last
                    and o.window[1] <= d.window[1] and o not in chosen and not any(
                        _clash(o, x) for x in chosen)), None)
                if later is None and d.hit.ops and last < d.window[1]:
                    # (the same reading of the later clause alone may have been folded into the wider one:
                    # it is read again there, on its own)
                    a2, b2 = spans[last + 1][0], spans[d.window[1]][1]
                    spec = get(d.detector)
                    alone_hits, alone_rec = _run(spec, Clause(text[a2:b2], ctx))
                    if alone_hits and alone_hits[0].ops:
                        later = _candidate(spec, alone_hits[0], alone_rec, tokens, a2, b2,
                                           (last + 1, d.window[1]))
                if later is not None and d.hit.ops:
                    chosen.append(later)
            # "separate the vocals from the music, and make them louder", "把人声和音乐分开，人声调大": a
            # level said next of the part refused ("them", the vocals named again) is bound to it - never a
            # change of the whole video's sound ("…, make the whole thing louder" is its own edit)
            nxt = next((n for n, (p, _) in enumerate(spans) if p >= b), None)
            if nxt is not None and re.search(_BOUND_LEVEL, text[spans[nxt][0]:spans[nxt][1]]):
                chosen = [c for c in chosen if not (c.window[0] == nxt and c.hit.ops and all(
                    isinstance(op, schemas.SetVolume) for op in c.hit.ops))]
        has_ops = any(c.hit.ops and c.window[0] <= i <= c.window[1] for c in chosen)
        # "upscale it to 4k": a detector that already said why it can't be done says it once
        said_why = any(c.hit.refusal and c.window[0] <= i <= c.window[1] for c in chosen)
        if hits and ((not has_ops and not said_why) or _certain_refusal(clause.text)):
            said = _candidate(refusal, hits[0], rec, tokens, a, b, (i, i))
            # "post it to my youtube channel": a reading made only of words the refusal explains (where to
            # post) is part of the refusal, not an edit
            chosen = [c for c in chosen if not (c.window == (i, i) and c.covers and c.covers <= said.covers)]
            if _certain_refusal(clause.text):
                # "upload it to my tiktok @handle", "发到我抖音号 @小鹿": the account named is where to post -
                # no text asked for (unless a verb of showing says so: "add @handle and post it")
                chosen = [c for c in chosen if not (
                    c.window == (i, i) and c.hit.ops and all(
                        isinstance(op, schemas.AddText) and re.fullmatch(r"@[\w.\-]+", op.text.strip())
                        for op in c.hit.ops) and not re.search(_SHOW_VERB, clause.text))]
            chosen.append(said)
    chosen = _picture_noise_is_no_sound(text, ctx, chosen)
    chosen = _shake_is_the_reason(text, chosen)
    # "remove the watermark thats burned into b.mp4": the words a refusal explains ("remove") were said of
    # what cannot be removed - a removal read from those same words (deleting b.mp4) would destroy content
    # the request never asked to lose
    refused: set[int] = set()
    for c in chosen:
        if c.hit.refusal:
            refused |= c.explains
    if refused:
        chosen = [c for c in chosen if c.hit.refusal or not (
            c.hit.ops and any(isinstance(op, _REMOVES) for op in c.hit.ops) and c.explains & refused)]
    if any(c.hit.refusal for c in chosen) and re.search(LINK, text):
        # "download https://youtu.be/… and burn english subs into it": every edit is for a video that is not
        # here - none is applied to the one that is
        chosen = [c for c in chosen if not c.hit.ops]
    if any(c.hit.refusal and ("0.25×" in c.hit.refusal or "0.25 倍" in c.hit.refusal) for c in chosen):
        # "slow it down to 0.1x, i want super slow mo", "加速到10倍，做延时效果": the speed asked for is
        # out of range; the same wish said again in looser words is not applied at another speed instead
        chosen = [c for c in chosen
                  if not (c.hit.ops and all(isinstance(op, schemas.Speed) for op in c.hit.ops))]
    if any(c.detector == "taste" for c in chosen):
        # "edit this into a vertical short, open on my strongest line and cut what doesnt earn its place":
        # the edit hinges on a choice only the person can make - asked first, nothing applied in part
        chosen = [c for c in chosen if not c.hit.ops and c.hit.export is None]
    by_length = next((c for c in chosen if c.hit.speed_from_length), None)
    if by_length is not None:
        # "压到30秒但别删内容，整体加速就行": the speed that reaches the length is the one asked for; the bare
        # "speed it up" is the same wish (its words are explained by that reading)
        chosen = _folded(by_length, chosen, lambda c, _: bool(c.hit.ops) and all(
            isinstance(op, schemas.Speed) and op.index is None for op in c.hit.ops))
    chosen = _complaint_is_the_reason(text, spans, chosen)
    chosen = _wrong_is_the_reason(text, spans, chosen)
    chosen = _side_effect_is_the_reason(chosen)
    chosen = _noise_is_why_muted(text, tokens, spans, chosen)
    chosen = _said_again(text, tokens, spans, chosen)
    _absorb_reasons(chosen, reasons)
    _own_action_words(tokens, spans, chosen)
    res.chosen = sorted(chosen, key=lambda c: c.pos)
    return res


def _shake_is_the_reason(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """ "cut 0:10 to 0:15, the camera shake is bad there": shaky footage complained of beside an edit is why
    the edit is asked - no stabilising is asked for, nothing refused (said as a wish - "stabilize it and cut
    the end" - it is refused)."""
    from .rules.repair import STABILISE_REPLY, STABILISED

    if re.search(STABILISED, text) or not any(c.hit.ops for c in chosen):
        return chosen
    return [c for c in chosen if c.hit.refusal not in STABILISE_REPLY]


# the noise of a sound, named: with one of these the request may mean the audio's noise as well
_SOUND_NOISE = re.compile(r"\b(?:audio|sound|voice|vocals?|mic|microphone|background noise|hiss\w*|hum|"
                          r"humming|"
                          r"buzz\w*|wind|fan|static|crackl\w*|rumbl\w*|traffic)\b|声音|音频|杂音|噪音|底噪|人声|"
                          r"嗡嗡|电流声|风声|嘶嘶")


def _picture_noise_is_no_sound(text: str, ctx: ParseContext, chosen: list[Candidate]) -> list[Candidate]:
    """ "the picture is grainy, clean up the noise in the video", "视频降噪，画面全是噪点": the noise meant is
    the picture's, and the audio's noise reduction is no stand-in for it - refused, the denoise not applied
    (with a sound named as well - "denoise the audio, and the picture is grainy" - the denoise stays, the
    picture's noise refused beside it)."""
    from .rules.repair import PICTURE_CLEAN_REPLY, PICTURE_NOISE

    if not re.search(PICTURE_NOISE, text):
        return chosen
    denoise = [c for c in chosen if c.hit.ops and all(isinstance(op, schemas.Denoise) for op in c.hit.ops)]
    if not denoise:
        return chosen
    # ("把画面降噪一下 不是声音哈", "denoise the picture, not the audio": a sound named only to say it is not
    # meant names no sound to clean)
    named = re.sub(r"(?:并|而|可)?不是\s*(?:说)?\s*(?:的)?\s*(?:声音|音频|人声|音)|"
                   r"(?:声音|音频|人声)\s*(?:就|也|先)?\s*(?:不用|别|不要|甭)\s*(?:动|管|碰|降噪|处理)|"
                   r"\b(?:not|isn'?t|never mind)\s+(?:the\s+|my\s+)?(?:audio|sound|voice)\b|"
                   r"\b(?:leave|keep)\s+(?:the\s+)?(?:audio|sound)\s+(?:alone|as is)\b", " ", text)
    kept = chosen if _SOUND_NOISE.search(named) else [c for c in chosen if c not in denoise]
    if not any(c.hit.refusal for c in kept):
        reply = PICTURE_CLEAN_REPLY[1 if ctx.chinese else 0]
        kept = [*kept, replace(denoise[0], hit=Hit(denoise[0].hit.pos, refusal=reply))]
    return kept


_COMPLAINT = re.compile(r"太小|太低|太轻|听不清|听不见|\btoo (?:quiet|low|soft)\b|\bhard to hear\b|"
                        r"\bcan'?t (?:really )?hear\b|\bbarely (?:hear|audible)\b|\bnot loud enough\b|"
                        # "the sermon is way quieter than our other vids", "比别的视频声音小很多"
                        r"\b(?:quieter|softer|lower|louder) than\b|\bnot as loud as\b|"
                        r"比\S{1,12}?(?:声音|音量)?(?:小|低|轻|弱|大|响)(?:很多|不少|一些|一点|好多)?")


def _said(text: str, spans: list[tuple[int, int]], c: Candidate) -> str:
    """The words of the clauses a candidate was read from."""
    return text[spans[c.window[0]][0]:spans[c.window[1]][1]]


def _folded(anchor: Candidate | None, chosen: list[Candidate],
            is_reason: Callable[[Candidate, Candidate], bool]) -> list[Candidate]:
    """The readings `is_reason(reading, anchor)` picks say why `anchor` is done: their words become the
    anchor's and they are dropped (no second edit). Nothing changes without an anchor."""
    if anchor is None:
        return chosen
    out = []
    for c in chosen:
        if c is not anchor and is_reason(c, anchor):
            anchor.explains |= c.explains
            anchor.covers |= c.covers
        else:
            out.append(c)
    return out


def _complaint_is_the_reason(text: str, spans: list[tuple[int, int]],
                             chosen: list[Candidate]) -> list[Candidate]:
    """ "降噪+音量标准化，微课声音太小了", "normalize it, the voice is too quiet": a complaint said beside a
    loudness fix is why it is done, not a second change of the level (the fix explains its words)."""
    fix = next((c for c in chosen if any(isinstance(op, schemas.Loudnorm) for op in c.hit.ops)), None)

    def complaint(c: Candidate, fix: Candidate) -> bool:
        said = _said(text, spans, c)
        return bool(c.hit.ops) and all(isinstance(op, schemas.SetVolume) and op.track == "main"
                                       for op in c.hit.ops) \
            and bool(_COMPLAINT.search(said)) and not _VALUE.search(said) and c.window != fix.window

    return _folded(fix, chosen, complaint)


def _side_effect_is_the_reason(chosen: list[Candidate]) -> list[Candidate]:
    """ "turn the denoise off, it makes the music sound muffled": how a sound filter makes things sound, said
    beside switching that filter off, is why it is switched off - not a wish for better sound to ask about."""
    off = next((c for c in chosen if c.hit.ops and all(
        (isinstance(op, schemas.Denoise) and not op.on) or (isinstance(op, schemas.DuckMusic) and not op.duck)
        for op in c.hit.ops)), None)
    return _folded(off, chosen, lambda c, off: c.detector == "voice_quality" and not c.hit.ops
                   and bool(c.hit.question) and c.window != off.window)


# what asks for the noise to be cleaned (not only named)
_CLEAN_ASKED = re.compile(r"[降去消除减清滤]|\b(?:remove|reduce|clean|denois\w*|kill|get rid|fix|cut|filter|"
                          r"lower|less|suppress|strip)\b")


def _noise_is_why_muted(text: str, tokens: list[Token], spans: list[tuple[int, int]],
                        chosen: list[Candidate]) -> list[Candidate]:
    """ "现场声音全是噪音，直接静音", "the audio is all wind noise, mute it": the noise named beside the
    clip's own sound muted is why it is muted - no noise reduction of a sound that is gone (a noise
    asked to be cleaned - "把电流声去掉" - is asked for)."""
    mute = next((c for c in chosen if c.hit.ops and all(
        isinstance(op, schemas.Mute) and op.muted and op.track in ("main", "all") for op in c.hit.ops)
        and not negated(text, tokens, spans, c)), None)
    return _folded(mute, chosen, lambda c, _: bool(c.hit.ops) and all(
        isinstance(op, schemas.Denoise) and op.on for op in c.hit.ops)
        and not _CLEAN_ASKED.search(_said(text, spans, c)))


# "字幕加错了", "the subtitles came out wrong", "音乐不该加": an edit said to have been a mistake
_SAID_WRONG = re.compile(r"(?:加|弄|搞|放|剪|调|改|做|配)(?:错|坏)了|(?:加|弄|放|剪|调|改)得?不对|"
                         r"不该(?:加|剪|删|放|调|改)|"
                         r"\b(?:came out|turned out|looks?|looked|went|is|are|was|were)\s+(?:all\s+)?"
                         r"(?:wrong|off|bad|messed up|broken|ugly)\b|\bwas a mistake\b|"
                         r"\bby (?:mistake|accident)\b|\bshouldn'?t have (?:added|put|cut|changed|done)\b|"
                         r"\bdidn'?t (?:want|ask for|mean)\b|"
                         # "刚才那步撤回 字幕挡住宝宝的脸了": what the edit covered up
                         r"(?:挡住|遮住|盖住|挡到|遮到|挡着|遮着)\S{0,8}|"
                         r"\b(?:covers?|covered|blocks?|blocked|hides?|hid)\s+(?:up\s+)?(?:my|his|her|their|the|our)\b")
# "undo that, the music came in way too loud", "…, it's way too dark now": how the edit came out, too much
# of something - said alone (with no ask of its own: "make the music quieter, it came in too loud" asks)
_CAME_OUT_TOO = re.compile(r"\b(?:came|comes|come|turned|turns)\s+(?:in|out|up)\s+(?:(?:way|far|much|"
                           r"super|really|a bit|a little|kinda|so)\s+)?too\b|\bended up\s+(?:being\s+)?"
                           r"(?:(?:way|far|much|super|really|a bit|kinda|so)\s+)?too\b|\btoo\s+\w+\s+now\b")
_HISTORY = (schemas.Undo, schemas.Redo, schemas.RestoreVersion)


def _wrong_is_the_reason(text: str, spans: list[tuple[int, int]], chosen: list[Candidate]) -> list[Candidate]:
    """ "刚才那步撤回 字幕加错了", "undo that, the subtitles came out wrong": an edit said to have gone wrong,
    beside an undo (or a version restored), is why it is undone - not the edit asked for again."""
    back = next((c for c in chosen if c.hit.ops and all(isinstance(op, _HISTORY) for op in c.hit.ops)), None)

    def said_wrong(c: Candidate, back: Candidate) -> bool:
        said = _said(text, spans, c)
        return bool(c.hit.ops) and c.window != back.window and bool(
            _SAID_WRONG.search(said) or (_CAME_OUT_TOO.search(said) and not _ASKS.search(said))) \
            and not _VALUE.search(said)

    return _folded(back, chosen, said_wrong)


# a verb in a clause: what makes it an ask of its own
_ASKS = re.compile(r"\b(?:" + _OPENING_VERB + r"|" + "|".join(sorted(SHARED)) + r"|drop|lose|ditch|stick|"
                   r"slap|throw|place|move|bump|make|keep|want|need)\b|[加添删剪切去掉除改换设调放配用弄整搞要]")


def _said_again(text: str, tokens: list[Token], spans: list[tuple[int, int]],
                chosen: list[Candidate]) -> list[Candidate]:
    """ "add logo.png bottom left corner, cafe branding": a clause with no verb and no value of its own,
    read as the same edit another clause asks for and saying nothing that edit does not already say, is
    that edit named again (what it is for) - not a second one."""
    def said(c: Candidate) -> str:
        return _said(text, spans, c)

    def fields(c: Candidate) -> list[tuple[str, set[tuple[str, str]]]]:
        return [(str(getattr(op, "op", "")),
                 {(k, repr(v)) for k, v in op.model_dump(exclude_defaults=True).items()}) for op in c.hit.ops]

    def level(c: Candidate) -> str | None:
        ops = c.hit.ops
        return ops[0].track if len(ops) == 1 and isinstance(ops[0], schemas.SetVolume) else None

    out = list(chosen)
    for c in chosen:
        # "lower the music, set it to 30%": a change of level without one, beside the level said for the same
        # track, is that change
        same = next((o for o in out if o is not c and level(c) and level(o) == level(c)
                     and not _VALUE.search(said(c)) and _VALUE.search(said(o)) and o.window != c.window),
                    None)
        if same is not None:
            same.explains |= c.explains
            same.covers |= c.covers
            out.remove(c)
            continue
        if not c.hit.ops or c.window[0] != c.window[1] or _ASKS.search(said(c)) or _VALUE.search(said(c)):
            continue
        mine = fields(c)
        for o in out:
            if o is c or not o.hit.ops or not (o.window[1] < c.window[0] or o.window[0] > c.window[1]):
                continue
            theirs = fields(o)
            if len(mine) == len(theirs) and all(a == b and f <= g
                                                for (a, f), (b, g) in zip(mine, theirs, strict=True)):
                o.explains |= c.explains
                o.covers |= c.covers
                out.remove(c)
                break
    return out


# "the gopro was mounted upside down", "my phone was sideways when i filmed": how it was filmed, a state
# (no turning verb of its own)
_ORIENTATION_STATE = re.compile(r"\b(?:was|were|is|are|got|been|get|gets|mounted|filmed|shot|recorded|held|"
                                r"installed|hung|hanging|attached|strapped|clipped)\b[^,;.]*?"
                                r"\b(?:upside[\s-]down|sideways|on its side)\b|"
                                r"(?:装|拍|放|挂|夹)(?:反|倒)了|(?:拍|装)的时候(?:是)?倒(?:着|的)")
_TURNING = re.compile(r"\b(?:rotate|rotated|rotation|turn|spin|flip|mirror)\b|旋转|翻转|镜像|转\s*\d")


# a turn that says which way of its own ("flip it top to bottom", "rotate it 180", "mirror it")
_TURN_SAID = re.compile(r"\b(?:vertical\w*|horizontal\w*|top[\s-]+to[\s-]+bottom|bottom[\s-]+to[\s-]+top|"
                        r"side to side|left to right|upside[\s-]down|(?:counter[\s-]?|anti[\s-]?)?clockwise|"
                        r"left|right|mirror\w*)\b|\d|上下|左右|垂直|水平|顺时针|逆时针")


def _orientation_reasons(text: str, spans: list[tuple[int, int]],
                         cands: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """ "flip it top to bottom, the gopro was mounted upside down", "rotate it 180, the camera was mounted
    upside down": how the camera was held, said beside a flip or rotation that says which way of its own,
    is why it is done - not a second turn (which would undo or double the first), nor a reading of both.
    Beside a bare "rotate it" the state says how far ("the camera was upside down, rotate it": 180°).
    (readings kept, readings set aside - their words are explained by the turn chosen)"""
    def said(c: Candidate) -> str:
        return _said(text, spans, c)

    def turning(c: Candidate) -> bool:
        return any(isinstance(op, schemas.Flip | schemas.Rotate) for op in c.hit.ops)

    def apart(a: Candidate, b: Candidate) -> bool:
        return a.window[1] < b.window[0] or a.window[0] > b.window[1]

    states = [c for c in cands if c.window[0] == c.window[1] and c.hit.ops
              and all(isinstance(op, schemas.Rotate) for op in c.hit.ops)
              and _ORIENTATION_STATE.search(said(c)) and not _TURNING.search(said(c))]
    turns = [c for c in cands if turning(c) and c.window[0] == c.window[1] and _TURNING.search(said(c))
             and all(apart(c, st) for st in states)]
    explicit = [t for t in turns if _TURN_SAID.search(said(t))]
    aside: list[Candidate] = []
    for st in states:
        k = st.window[0]
        if any(apart(t, st) for t in explicit):
            # the state, and any turn read across it and another clause, give way to the turn said
            aside += [c for c in cands if c is st or (turning(c) and c.window[0] <= k <= c.window[1]
                                                      and c.window[0] != c.window[1])]
        else:
            # a bare "rotate it": the state's reading is the turn, with its angle
            aside += [t for t in turns if apart(t, st) and t not in explicit
                      and all(isinstance(op, schemas.Rotate) for op in t.hit.ops)]
    return [c for c in cands if c not in aside], aside


def _absorb_reasons(chosen: list[Candidate], reasons: list[Candidate]) -> None:
    """A reason's words are explained by the turn it explains (never reported as not understood)."""
    taken: set[int] = set()
    for c in chosen:
        taken |= c.covers
    for r in reasons:
        fix = next((c for c in chosen
                    if any(isinstance(op, schemas.Flip | schemas.Rotate) for op in c.hit.ops)
                    and (c.window[1] < r.window[0] or c.window[0] > r.window[1])), None)
        if fix is not None and not (r.covers & taken):
            fix.explains |= r.explains
            fix.covers |= r.covers
            taken |= r.covers


# the words that name what an operation does: "lower the music to 20%" - the detector needed only the music
# and the level to read it, but "lower" is what set_volume does, so it is explained too (never reported as
# "not understood" beside the level it set)
_CUT_WORDS = """everything intro outro ending end start beginning middle bit part section rest opening closing
               cut trim remove delete drop lose chop 头 尾 开 结"""
_ACTION_WORDS: dict[str, frozenset[str]] = {k: frozenset(_words(v)) for k, v in {
    "set_volume": """lower lowered raise raised reduce reduced decrease increase boost bump drop lift bring
                  turn up
                  down louder quieter softer volume level levels 降 低 提 高 音 量""",
    "speed": "speed slow slower faster quicker fast quick up down 加 速 放 慢 快",
    "fade": "fade fades fading out in black 淡 出 入",
    "fade_music": "fade fades fading out in 淡 出 入",
    "mute": "mute silence silent 静 音",
    "add_music": "background music soundtrack song bgm track keep low under underneath 背 景 音 乐 配",
    "duck_music": "auto duck ducking lower under dialogue voice talking speech 人 声",
    "add_subtitles": "style captions caption subtitles subs generate auto transcribe karaoke 字 幕 自 动",
    "freeze_frame": "frame freeze still pause hold 定 格",
    "export": "export thumbnail still frame grab save 导 出",
    "color": "colors color colour colours bump boost increase decrease raise lower correct correction 调 色",
    "remove_text": "overlay text caption title 字",
    "duplicate_segment": "twice again copy 复 制",
    "rotate": "rotate rotated upside down 旋 转",
    "flip": "flip mirror 翻 镜",
    "crossfade": "transition transitions 转 场",
    "slideshow": "photos photo pictures picture images image",
    "set_aspect": "vertical horizontal landscape portrait square format version 转 竖 横 版",
    "platform": "vertical format version 竖 版",
    "remove_silences": "silences silence pauses pause gaps gap awkward dead 静 音",
    **{op: _CUT_WORDS for op in ("trim", "keep_range", "keep_ranges", "remove_range", "remove_ranges")},
}.items()}


# Chinese characters of an action word that are, with the character before them, a word of another action:
# "原声不要静音 music.mp3加上 30%" - the 音 of 静音 (declined) is no word of the music added after it
_OTHER_WORDS: dict[str, frozenset[str]] = {
    "add_music": frozenset({"静音", "消音", "声音", "原音", "音量"})}


def _other_word(tokens: list[Token], i: int, names: list[str]) -> bool:
    """tokens[i], said with the token before or after it, is a word of another action than `names`."""
    other = frozenset().union(*(_OTHER_WORDS.get(name, frozenset()) for name in names))
    pairs = [tokens[j].text + tokens[k].text for j, k in ((i - 1, i), (i, i + 1))
             if j >= 0 and k < len(tokens) and tokens[j].end == tokens[k].start]
    return any(p in other for p in pairs)


def _own_action_words(tokens: list[Token], spans: list[tuple[int, int]], chosen: list[Candidate]) -> None:
    """A word that names a chosen operation's own action, said in its window next to what it read (at most
    three words away) and explained by no other reading, is explained by it."""
    taken: set[int] = set()
    for c in chosen:
        taken |= c.explains
    for c in chosen:
        names = [str(getattr(op, "op", "")) for op in c.hit.ops] + (["export"] if c.hit.export else [])
        words = frozenset().union(*(_ACTION_WORDS.get(name, frozenset()) for name in names))
        if not words or not c.explains:
            continue
        a, b = spans[c.window[0]][0], spans[c.window[1]][1]
        own = {i for i, t in enumerate(tokens) if i not in taken and a <= t.start < b and t.text in words
               and any(abs(i - j) <= 3 for j in c.explains) and not _other_word(tokens, i, names)}
        if own:
            c.explains |= own
            c.covers |= {i for i in own if tokens[i].content}
            taken |= own


_DESCRIBED = re.compile(r"(?:\bthe\s+(?:one|1|version|edit|cut)\s+)?\b(?:before|after|when|since)\s+"
                       r"(?:i|we|you|u)\s+(?:just\s+|already\s+|had\s+|have\s+)?"
                       r"(?:[a-z]+ed|made|put|cut|did|took)\b[^,;.]*|"
                       # "restore v2, the one before the captions": a version named by an edit, no verb
                       r"\bthe\s+(?:one|1|version|edit|cut|draft)\s+(?:from\s+)?(?:before|after|with|without)\s+"
                       r"(?:the\s+|my\s+|any\s+)?[^,;.]*|"
                       r"(?:我|你)(?:刚才|之前)?(?:加|剪|删|改|换|调)(?:了)?[^，,；;。]{0,10}?(?:之前|以前)|"
                       r"(?:加|剪|删|改|换|调)\S{0,8}(?:之前|以前)的(?:那个|那版|那一版|版本)")
OLD_VIDEOS = re.compile(r"\b(?:of|in|on|with|for)\s+(?:my|our|his|her|their|the|all\s+my)\s+"
                    r"(?:old|older|earlier|previous|past|other|last|first)\s+(?:few\s+)?(?:vids?|videos?|clips?|"
                    r"edits?|uploads?|episodes?|vlogs?|reels?)\s+(?:(?:always|usually|all|just|often)\s+)?"
                    r"(?:were|was|used to|had|would|kept)\b|"
                    r"\b(?:my|our)\s+(?:old|older|earlier|previous|past|other|last)\s+"
                    r"(?:vids?|videos?|clips?|edits?|uploads?|vlogs?)\s+(?:(?:always|usually|all|just|often)\s+)?"
                    r"(?:were|was|used to|had|kept)\b|"
                    r"(?:以前|之前|上次|原来|过去)(?:的|那些|那个|几个|发的)?(?:视频|片子|作品)[^，,；;。]*?"
                    r"(?:都是|总是|老是|一直|全是)")
# (a request said in the same clause as the story: "my old vids were too long, so cut the first 3 minutes")
STORY_ASKS = re.compile(r"\b(?:so|now|then|and)\s+(?:please\s+|pls\s+|just\s+)?(?:cut|trim|remove|delete|"
                         r"keep only|make|add|put|drop|chop)\b|(?:所以|这次|现在)\s*(?:帮我|给我|请)")
# ("not black and white, just a bit more contrast": an alternative refused first, then the edit)
_CLAUSE_NEGATED = re.compile(r"\s*(?:please\s+)?(?:(?:but|and|just)\s+)?(don'?t|dont|do not|never|"
                             r"no need (?:to|for)|"
                             r"not(?= (?:a |an |the |too |so |in |into )?\w+(?: and \w+)?\s*$)|"
                             # "不是要删掉，是…加上「…」": what is not asked, said before what is
                             r"不要|别|不用|不需要|无需|不必|(?:并)?不是(?=\s*(?:要|想|让你|叫你|说要)))")
# ("my notes say 0:05 to 0:25, keep only that": a note is no "not")
NEGATOR = re.compile(r"(?:\bdon'?t|\bdo not|\bdoesn'?t|\bnever|\bno need (?:to|for)|\bnot(?!e)|\bwithout|"
                     # "hold off on captions", "skip the subtitles for now": put off, not done
                     r"\bhold off(?: on)?|\bskip|"
                     r"不要|(?<![识区特分告类级性个辨鉴派])别|不用|不需要|无需|不必|不想|不用再)"
                     r"\s*(?:(?:[a-z']+|[\u4e00-\u9fff])\s*){0,2}$|"
                     # "DONT normalize or make it louder", "don't make it any louder": a second verb joined by
                     # "or" / "nor" is said not to be done too, and "any" / "even" before the word is stress
                     r"\b(?:don'?t|dont|do not|never|no need to)\s+(?:[a-z']+\s+){1,3}(?:or|nor)\s+"
                     r"(?:[a-z']+\s+){0,3}$|"
                     r"\b(?:don'?t|dont|do not|never)\s+(?:[a-z']+\s+){0,2}(?:any|even|much|way|too)\s+$|"
                     # "no fast forward on this one", "no slow mo": an edit said with a bare "no" straight
                     # before it (read by no detector: "no music" is the music's own reading)
                     r"\bno\s+$|"
                     r"(?:不要|别|不用|不需要)\s*(?:给我|帮我|再)\s*[\u4e00-\u9fff]\s*$|"  # "不要给我加字幕"
                     # "别把我说话的声音去掉": the thing not to touch said between 把 and the verb
                     # ("不是把声音去掉哈": what is not meant, said with 不是 before 把)
                     r"(?:不要|(?<![识区特分告类级性个辨鉴派])别|千万别|不用|(?<![也就并])不是)\s*把[^，,。；;！!？?\s]{0,12}$")


_ZH_VERBS = frozenset("加添放配删剪切")
_AFTER_NEGATOR = re.compile(r"\s*(?:的|部分|地方)?\s*(?:千万|一定|可千万)?\s*(?:别|不要|不用|先别|不许)\s*"
                            r"(?:(?P<cut>删|剪|去|切)|动|碰)|"
                            # "字幕别加了", "音乐不要加": the thing named, then that it is not to be added
                            # ("字幕也先不加", "标题暂时不加", "字幕也先别弄": put off for now - not added)
                            r"\s*(?:就|也|先|暂时|千万|一定|可千万)*\s*(?:别|不要|不用|不需要|先别|不)\s*(?:再)?\s*"
                            r"(?:加|添|放|配|上|弄|做|搞)\s*(?:了|啦|吧|哈|呀|啊)?\s*$|"
                            # "去水印那个我不要", "去水印那步不用了": the thing asked, then that the person
                            # does not want it
                            r"\s*(?:那个|这个|那步|这步|那一步|这一步|那项|这项)\s*(?:我|咱)?\s*(?:就|也|先)?\s*"
                            r"(?:不要|不用|不需要|不做)\s*(?:了|啦|吧|哈|呀|啊)?\s*$")


# what takes something out of the programme (a "别删" after any other edit cannot take that edit back)
_REMOVES = (schemas.Trim, schemas.KeepRange, schemas.KeepRanges, schemas.RemoveRange, schemas.RemoveRanges,
            schemas.TrimDeadAir, schemas.RemoveSilences, schemas.RemoveFillers, schemas.CutSentences,
            schemas.DeleteSegment, schemas.RemoveMusic, schemas.RemoveText, schemas.Mute)


def _keeps_all(cand: Candidate, tokens: list[Token]) -> bool:
    """ "音乐调小到30% 别删": an edit with its amount said, then "don't delete (it)" - the edit removes
    nothing, so the words say only that nothing is to go (the thing is kept, at the amount said)."""
    return bool(cand.hit.ops) and not any(isinstance(op, _REMOVES) for op in cand.hit.ops) and any(
        tokens[i].value for i in cand.explains)


def negated(text: str, tokens: list[Token], clauses: list[tuple[int, int]], cand: Candidate) -> bool:
    """The reading's first word follows a negation ("don't speed it up", "不要加速") that the detector did
    not read itself ("no music" and "不要前3秒" are removals their detectors understood)."""
    # the reading's own first word: a word it refers back to ("背景音乐不要淡入": the music) is not it
    first = min(cand.explains - cand.refs, default=None)
    if first is None:
        return False
    trigger = tokens[first]
    clause_start = clauses[cand.window[0]][0]
    last = tokens[max(cand.explains)]
    after = _AFTER_NEGATOR.match(text[last.end:clauses[cand.window[1]][1]])
    if after and not (after.group("cut") and _keeps_all(cand, tokens)):
        return True  # "有段静音的别删哈": the thing said first, then that it is to stay
    for i in sorted(cand.explains - cand.refs):
        # "音乐不要加": the reading's verb itself said not to be done (a negator the detector did not read)
        if tokens[i].text in _ZH_VERBS and i != first:
            neg = re.search(r"(?:别|不要|不用|不需要|先别)\s*(?:再)?\s*$", text[clause_start:tokens[i].start])
            said = [k for k, t in enumerate(tokens)
                    if neg and neg.start() + clause_start <= t.start < tokens[i].start]
            if neg and said and not set(said) & cand.explains:
                return True
    m = NEGATOR.search(text[clause_start:trigger.start])
    if not m:
        return False
    # "音乐别剪掉 结尾淡出3秒": a negator with its own verb in the clause before is that clause's, never this
    # reading's ("不要 加速": a negator alone in its clause still says no to what follows)
    own = next(((a, b) for a, b in clauses if a <= clause_start + m.start() < b), None)
    if own is not None and own[1] <= trigger.start and re.search(
            r"(?:不要|别|不用|不需要|无需|不必|不想|不用再)\s*[\u4e00-\u9fff]",
            text[clause_start + m.start():own[1]]):
        return False
    # "声音不用静音 music.mp3加上 30%": the negator and its own verb, then a space before this reading -
    # the space ends what was declined (as a comma would); the edit said after it is wanted ("不要 加速",
    # "不要自动 加字幕": a negator with no verb of its own still says no to what follows)
    if re.match(r"(?:不要|别|不用|不需要|无需|不必|不想)\s*(?:静音|消音|关掉|关|删掉|删|去掉|动|改|剪掉|剪|"
                r"换|淡出|淡入|加速|减速|慢放|裁)(?:了)?\s+\S?$",
                text[clause_start + m.start():trigger.start + 1]):
        return False
    said = [i for i, t in enumerate(tokens) if m.start() + clause_start <= t.start < trigger.start]
    # read by the detector itself when its first word is ("no music", "不要前3秒"); "不用加" is not "用"
    return bool(said) and said[0] not in cand.explains


_BUT_NOT = re.compile(r"(?:\bbut|[,;，；])\s*(?:not|no|never)\s+(?:(?:the|any|my|a|an|that|this)\s+)?$")


def _object_said_not(text: str, tokens: list[Token], cand: Candidate) -> bool:
    """A word the reading uses comes straight after "but not" / ", not", with words of the reading before
    it: the thing named there is said not to be wanted, never the object of the verb said before."""
    said = sorted(cand.explains)
    return any(_BUT_NOT.search(text[tokens[p].end:tokens[q].start]) for p, q in itertools.pairwise(said))


_SHOW_VERB = (r"\b(?:add|put|show|display|write|overlay|stick|slap|tag|caption|title|text|watermark)\b|"
              r"加|打上|写|显示|标|水印|字幕|文字")


# a level said of what the clause before named, by pronoun or by naming that part again (see resolve)
_BOUND_LEVEL = (r"^\W*(?:(?:and|then|also|but|pls|please|just|so)\s+)*(?:make|turn|bring|boost|pump|crank|"
                r"raise|amplify|lower|get)\s+(?:them|it|those|these|the\s+(?:vocals?|voices?|singing|singers?|"
                r"guitars?|drums|instruments?))\b|"
                r"^\W*(?:(?:and|then)\s+)*(?:them|it|those)\s+(?:louder|up|quieter)\b|"
                r"^\W*(?:然后|再|并且|并)?\s*(?:把|将)?\s*(?:人声|歌声|它们|它|吉他|鼓|乐器)\s*"
                r"(?:再|的音量|音量)?\s*(?:调大|调高|大一点|大点|调小|调低|小一点|放大|提高|加大|大声)")


def _certain_refusal(text: str) -> bool:
    from .rules.meta import REFUSALS

    return re.search(REFUSALS[0][0], text) is not None


__all__ = ["Candidate", "Resolution", "Token", "choose", "propose", "resolve", "tokenize"]
