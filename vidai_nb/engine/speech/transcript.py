"""The programme's words as rows: where each word is heard in the edited programme and in its source,
which sentence it belongs to, whether it is a filler or a false start, and the pause after it; and the
inverse, the parts of the programme to keep when some words are dropped (cut only in the silence
between words).

The words come from `transcribe` (verbatim), once per media (kept in the engine's storage, see
speech/store.py, and shared with subtitles, dead air and pauses), and are placed through the main
track's segments, so the table always follows the current draft.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from vidai_nb.timeline.intervals import complement, merge

from .fillers import is_filler, norm, repeats
from .layout import SENTENCE_END, join
from .records import Word

ProgressFn = Callable[[float], None]
Span = tuple[int, int]

PAUSE_MS = 500  # silence after a word at least this long is a pause (remove_silences' default too)
SENTENCE_PAUSE_MS = 1500  # a pause this long ends a sentence even without punctuation
# Kept around the words next to a cut: speech fades out after a word's end and starts before its
# measured start (Whisper and the VAD are off by some tens of ms). Never more than half the silence.
PAD_AFTER_MS = 150
PAD_BEFORE_MS = 100


@dataclass(frozen=True)
class Row:
    """One word of the programme (times in integer ms)."""

    word: int  # 0, 1, 2, ... in programme order
    text: str
    clip: int  # 1-based number of the main-track segment it is heard in
    start_ms: int  # programme time
    end_ms: int
    media_id: str
    src_start_ms: int  # time in the source file
    src_end_ms: int
    confidence: float
    sentence: int
    is_filler: bool
    is_repeat: bool
    gap_after_ms: int  # silence to the next word (to the programme's end after the last)
    is_pause_after: bool

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _main_segments(draft: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    tracks = [t for t in draft.get("t") or [] if isinstance(t, Mapping)]
    main = next((t for t in tracks if t.get("role") == "main"), None)
    if main is None:
        main = next((t for t in tracks if t.get("tt") == 0), None)
    return [s for s in (main or {}).get("sg") or [] if isinstance(s, Mapping)]


def main_sources(draft: Mapping[str, Any]) -> list[str]:
    """Media ids of the main track's moving segments, first appearance first."""
    out: list[str] = []
    for seg in _main_segments(draft):
        src = str(seg.get("src"))
        if seg.get("kind", "video") == "video" and not seg.get("freeze") and src not in out:
            out.append(src)
    return out


def place(draft: Mapping[str, Any], words_by_src: Mapping[str, Sequence[Word]], total_ms: int) -> list[Row]:
    """Rows for the words each main-track segment shows (a word belongs where its middle is shown)."""
    placed: list[tuple[int, int, int, str, Word]] = []
    for clip, seg in enumerate(_main_segments(draft), start=1):
        words = words_by_src.get(str(seg.get("src")))
        if not words or seg.get("freeze") or seg.get("kind") == "image":
            continue
        a, d, src_in = int(seg.get("start", 0)), int(seg.get("d", 0)), int(seg.get("in", 0))
        speed = float(seg.get("speed", 1.0)) or 1.0
        src_end = src_in + d * speed
        for w in words:
            mid = (w.start_ms + w.end_ms) / 2
            if src_in <= mid < src_end:
                start = max(a, a + round((w.start_ms - src_in) / speed))
                end = min(a + d, a + round((w.end_ms - src_in) / speed))
                placed.append((start, max(end, start + 1), clip, str(seg.get("src")), w))
    placed.sort(key=lambda p: (p[0], p[1]))
    texts = [w.text for *_, w in placed]
    repeated = repeats(texts)
    rows: list[Row] = []
    sentence = 0
    for i, (start, end, clip, src, w) in enumerate(placed):
        nxt = placed[i + 1][0] if i + 1 < len(placed) else max(total_ms, end)
        gap = max(0, nxt - end)
        rows.append(Row(i, w.text, clip, start, end, src, w.start_ms, w.end_ms, round(w.probability, 4),
                        sentence, is_filler(w.text), repeated[i], gap, gap >= PAUSE_MS))
        if w.text.strip().endswith(SENTENCE_END) or (gap >= SENTENCE_PAUSE_MS and i + 1 < len(placed)):
            sentence += 1
    return rows


def quiet_of(draft: Mapping[str, Any], paths: Mapping[str, Path]) -> dict[str, list[Span]]:
    """Per main-track source, its quiet stretches (source ms). Blocking."""
    from .gaps import quiet_spans

    return {s: quiet_spans(paths[s]) for s in main_sources(draft) if s in paths}


def programme_words(draft: Mapping[str, Any], paths: Mapping[str, Path], total_ms: int,
                    language: str | None = "en", on_progress: ProgressFn | None = None) -> list[Row]:
    """Transcribe (verbatim, stored per media) each main-track source once and place its words.
    Blocking: run it in a thread. Raises SpeechUnavailable when no model can run."""
    from .asr import transcribe
    from .gaps import fit_words, quiet_spans

    sources = [s for s in main_sources(draft) if s in paths]
    words: dict[str, list[Word]] = {}
    for i, src in enumerate(sources):
        def part(pct: float, i: int = i) -> None:
            if on_progress is not None:
                on_progress((i + pct / 100) * 100 / max(1, len(sources)))

        words[src] = fit_words(transcribe(paths[src], language=language, on_progress=part),
                               quiet_spans(paths[src]))
    return place(draft, words, total_ms)


# Fillers and false starts are short: a run of them longer than this is a decoding loop of Whisper's
# ("呃Ｇ呀Ｇ呀…" over ten seconds of real speech, measured in benchmarks/transcript.py), not a
# hesitation, and cutting it would take the speech under it.
MAX_DISFLUENCY_MS = 2500


def disfluencies(rows: Sequence[Row], fillers: bool = True, repeats: bool = True) -> set[int]:
    """Ids of the filler words and first copies of repeats to drop, leaving out runs of them longer
    than MAX_DISFLUENCY_MS."""
    out: set[int] = set()
    run: list[Row] = []
    for r in [*rows, None]:
        if r is not None and ((fillers and r.is_filler) or (repeats and r.is_repeat)) and (
                not run or r.clip == run[-1].clip):
            run.append(r)
            continue
        if run and run[-1].end_ms - run[0].start_ms <= MAX_DISFLUENCY_MS:
            out.update(x.word for x in run)
        run = []
        if r is not None and ((fillers and r.is_filler) or (repeats and r.is_repeat)):
            run = [r]
    return out


def sentences(rows: Sequence[Row]) -> list[dict[str, Any]]:
    """One entry per sentence: its id, text, programme span and word count."""
    out: list[dict[str, Any]] = []
    for r in rows:
        if not out or out[-1]["sentence"] != r.sentence:
            out.append({"sentence": r.sentence, "words": [], "start_ms": r.start_ms, "end_ms": r.end_ms})
        out[-1]["words"].append(r.text)
        out[-1]["end_ms"] = r.end_ms
    return [{"sentence": s["sentence"], "text": join(s["words"]), "start_ms": s["start_ms"],
             "end_ms": s["end_ms"], "word_count": len(s["words"])} for s in out]


@dataclass(frozen=True)
class Clip:
    """A main-track segment: where it plays in the programme and which part of which file it shows."""

    start_ms: int
    end_ms: int
    media_id: str
    in_ms: int
    speed: float

    def to_programme(self, span: Span) -> Span | None:
        a = self.start_ms + round((span[0] - self.in_ms) / self.speed)
        b = self.start_ms + round((span[1] - self.in_ms) / self.speed)
        a, b = max(a, self.start_ms), min(b, self.end_ms)
        return (a, b) if b > a else None


def clips_of(draft: Mapping[str, Any]) -> list[Clip]:
    """The main track's segments as Clips (Row.clip - 1 indexes this list)."""
    return [Clip(int(s.get("start", 0)), int(s.get("start", 0)) + int(s.get("d", 0)), str(s.get("src")),
                 int(s.get("in", 0)), float(s.get("speed", 1.0)) or 1.0) for s in _main_segments(draft)]


SNAP_MS = 600  # a quiet stretch further than this from where the words put the gap is not that gap


def _quiet_near(clip: Clip, quiet: Mapping[str, Sequence[Span]] | None, mid: float,
                window: Span) -> Span | None:
    """The quiet stretch (programme time, inside `window`) nearest to `mid`, a longer one preferred: a
    pause around a filler is long, a dip between two words of a phrase is short."""
    if not quiet:
        return None
    best: tuple[float, Span] | None = None
    for q in quiet.get(clip.media_id, ()):
        span = clip.to_programme(q)
        if span is None or span[1] <= window[0] or span[0] >= window[1]:
            continue
        far = max(0.0, span[0] - mid, mid - span[1])
        score = far - (span[1] - span[0])
        if far <= SNAP_MS and (best is None or score < best[0]):
            best = (score, span)
    return best[1] if best else None


def cut_spans(rows: Sequence[Row], keep: Collection[int], clips: Sequence[Clip], *,
              quiet: Mapping[str, Sequence[Span]] | None = None,
              max_pause_ms: int | None = None) -> list[Span]:
    """Programme spans to cut so that only the words in `keep` remain (see `plan_cuts`)."""
    return plan_cuts(rows, keep, clips, quiet=quiet, max_pause_ms=max_pause_ms)[0]


def plan_cuts(rows: Sequence[Row], keep: Collection[int], clips: Sequence[Clip], *,
              quiet: Mapping[str, Sequence[Span]] | None = None,
              max_pause_ms: int | None = None) -> tuple[list[Span], set[int]]:
    """Programme spans to cut so that only the words in `keep` (their `word` ids) remain.

    Each run of dropped words goes with the silence around it, except a short pad after the kept word
    before it and before the kept word after it (at most half of each silence): a cut always lies in
    the silence between two words, never inside one. With `quiet` (per media id, the file's quiet
    stretches from `gaps.quiet_spans`), each cut edge lies in the real quiet stretch nearest to where
    the word times put the gap. A run at the start or end of its clip goes with the clip's head or
    tail; a cut never reaches into another clip (a picture or a clip without speech between two
    talking clips stays). With `max_pause_ms`, a longer silence between two kept words is shortened
    to that (cut in its middle). Returns the spans and the ids of the words they take out (a run that
    could not be cut safely stays, and is not among them).
    """
    cuts: list[Span] = []
    gone: set[int] = set()
    n = len(rows)
    i = 0
    while i < n:
        clip = clips[rows[i].clip - 1]
        if rows[i].word in keep:
            nxt = i + 1
            same = nxt < n and rows[nxt].clip == rows[i].clip
            if max_pause_ms is not None and same and rows[nxt].word in keep:
                a, b = rows[i].end_ms, rows[nxt].start_ms
                q = _quiet_near(clip, quiet, (a + b) / 2, (rows[i].start_ms, rows[nxt].end_ms))
                if q is not None:
                    a, b = q
                elif quiet and quiet.get(clip.media_id):
                    a = b  # no real pause there: leave it
                if b - a > max_pause_ms:
                    cuts.append((a + max_pause_ms // 2, b - (max_pause_ms - max_pause_ms // 2)))
            i = nxt
            continue
        j = i
        while j + 1 < n and rows[j + 1].word not in keep and rows[j + 1].clip == rows[i].clip:
            j += 1
        # With the sound's quiet stretches known, an edge with no quiet stretch near it is not cut at
        # all: Whisper's times alone can put it inside a word, and a clipped word is worse than a
        # filler left in.
        strict = bool(quiet and quiet.get(clip.media_id))
        lo: int | None = clip.start_ms
        if i > 0 and rows[i - 1].clip == rows[i].clip:
            prev = rows[i - 1]
            mid = (prev.end_ms + rows[i].start_ms) / 2
            q = _quiet_near(clip, quiet, mid, (prev.start_ms, rows[i].end_ms))
            if q is None and not strict:
                q = (prev.end_ms, max(prev.end_ms, rows[i].start_ms))
            lo = None if q is None else q[0] + min(PAD_AFTER_MS, (q[1] - q[0]) // 2)
            if lo is not None and strict and lo < (prev.start_ms + prev.end_ms) / 2:
                lo = None  # that quiet stretch lies before the kept word: it is not the gap after it
        hi: int | None = clip.end_ms
        if j < n - 1 and rows[j + 1].clip == rows[i].clip and lo is not None:
            nxt_row = rows[j + 1]
            q = _quiet_near(clip, quiet, (rows[j].end_ms + nxt_row.start_ms) / 2,
                            (max(lo, rows[j].start_ms), nxt_row.end_ms))
            if q is None and not strict:
                q = (min(rows[j].end_ms, nxt_row.start_ms), nxt_row.start_ms)
            hi = None if q is None else q[1] - min(PAD_BEFORE_MS, (q[1] - q[0]) // 2)
            # The nearest quiet stretch can lie past the kept word that follows: Whisper stamped the
            # dropped word onto that word's sound ("in, | um, | spring." heard as "in," over the "um"
            # and "um," on "spring"), so there is no gap between the two; cutting to that quiet
            # stretch would take the kept word with it. Leave the run in instead.
            if hi is not None and strict and hi > (nxt_row.start_ms + nxt_row.end_ms) / 2:
                hi = None
        if lo is not None and hi is not None and hi > lo:
            cuts.append((lo, hi))
            gone.update(r.word for r in rows[i: j + 1])
        i = j + 1
    return merge(cuts), gone


def keep_spans(cuts: Sequence[Span], total_ms: int) -> list[Span]:
    """The programme that stays: [0, total] without the cuts."""
    return complement(cuts, total_ms)


_STOP = frozenset(re.findall(r"\S+", (
    "a an the i me my we our you your it its is are was were be been to of in on at for about with and or "
    "that this those these where when what which who part parts sentence sentences bit talk talks talking "
    "talked say says said speak speaking spoke mention mentions mentioned discuss discussing")))
_ZH_STOP = re.compile(r"我|你|他|她|说|讲|聊|提到|关于|的|了|部分|那段|这段|那句|这句|句子|地方|内容")


def _stem(word: str) -> str:
    for suffix in ("ing", "es", "ed", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def query_terms(query: str) -> list[str]:
    """The words of a search that carry its meaning ("where I talk about pricing" -> ["pric"])."""
    latin = [_stem(w) for w in re.findall(r"[a-z0-9']+", query.lower()) if w not in _STOP]
    cjk = [t for t in _ZH_STOP.split("".join(re.findall(r"[\u2e80-\u9fff]+", query))) if t]
    return latin + cjk


def matching_sentences(rows: Sequence[Row], query: str) -> list[int]:
    """Sentence ids whose words contain every meaningful term of the query (a plain text match)."""
    terms = query_terms(query)
    if not terms:
        return []
    by_sentence: dict[int, list[str]] = {}
    for r in rows:
        by_sentence.setdefault(r.sentence, []).append(norm(r.text))
    found: list[int] = []
    for sid, words in by_sentence.items():
        joined = "".join(words)

        def has(term: str, words: list[str] = words, joined: str = joined) -> bool:
            if re.match(r"[\u2e80-\u9fff]", term):
                return term in joined
            return any(w.startswith(term) or _stem(w) == term for w in words)

        if all(has(t) for t in terms):
            found.append(sid)
    return found


@dataclass(frozen=True)
class Reading:
    """What cutting by words needs of a draft: its words, its clips and its sources' quiet stretches."""

    rows: list[Row]
    clips: list[Clip]
    quiet: dict[str, list[Span]]

    def cuts(self, keep: Collection[int], max_pause_ms: int | None = None) -> tuple[list[Span], set[int]]:
        """The spans to cut and the words they take out."""
        return plan_cuts(self.rows, keep, self.clips, quiet=self.quiet, max_pause_ms=max_pause_ms)


def read_programme(draft: Mapping[str, Any], paths: Mapping[str, Path], total_ms: int,
                   language: str | None = "en", on_progress: ProgressFn | None = None) -> Reading:
    """The draft's words (transcribed verbatim once per file), clips and quiet stretches. Blocking."""
    rows = programme_words(draft, paths, total_ms, language, on_progress)
    return Reading(rows, clips_of(draft), quiet_of(draft, paths) if rows else {})

