"""Operations that cut by the words spoken: filler words and false starts, and sentences found by a
text search. The turn runner reads the programme's words (engine/speech/transcript.py) and calls the
operation's `filled(rows, clips)`, which turns the words into programme spans to cut; every cut lies
in the silence between two words. The handler then only cuts those spans (no I/O here)."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import Field

from vidai_nb.engine.speech.transcript import Reading, disfluencies, matching_sentences

from .base import Draft, OpError, programme_ms, require_main
from .cutting import Range
from .registry import Media, OpBase, operation
from .timemap import complement, keep_timeline, normalize


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


class _WordCut(OpBase):
    # Filled by the runner from the programme's words: the spans to cut (timeline ms) and how many
    # words / sentences they remove (for the reply).
    cuts: list[Range] | None = None
    removed_words: int = Field(default=0, ge=0)
    found_words: int = Field(default=0, ge=0)  # asked to go; more than removed when some had no pause
    runner_fields: ClassVar[tuple[str, ...]] = ("cuts", "removed_words", "found_words")

    def _with(self, reading: Reading, keep: set[int]) -> tuple[list[Range], list[Any]]:
        spans, ids = reading.cuts(keep)
        gone = [r for r in reading.rows if r.word in ids]
        return [Range(start_ms=a, end_ms=b) for a, b in spans], gone


def _cut(draft: Draft, cuts: list[Range]) -> Draft:
    require_main(draft)
    total = programme_ms(draft)
    spans = normalize([(r.start_ms, r.end_ms) for r in cuts], total)
    return keep_timeline(draft, complement(spans, total))


class RemoveFillers(_WordCut):
    op: Literal["remove_fillers"] = "remove_fillers"
    fillers: bool = True  # "um", "uh", "er", 嗯, 呃 ...
    repeats: bool = True  # the first copy of a repeated word or phrase ("I I think")
    filler_count: int = Field(default=0, ge=0)
    repeat_count: int = Field(default=0, ge=0)
    description = ("Cut filler words (um, uh, er; 嗯, 呃, 啊) and false starts (a repeated word: \"I I "
                   "think\") from the speech, cutting in the pauses between words.")
    example = "remove the filler words"
    runner_fields: ClassVar[tuple[str, ...]] = ("cuts", "removed_words", "found_words", "filler_count",
                                                "repeat_count")

    def filled(self, reading: Reading) -> RemoveFillers:
        rows = reading.rows
        drop = disfluencies(rows, self.fillers, self.repeats)
        cuts, gone = self._with(reading, {r.word for r in rows} - drop)
        fillers = sum(1 for r in gone if r.is_filler)
        # Only what the cuts really take out is counted: a filler with no pause around it stays.
        return self.model_copy(update={"cuts": cuts, "removed_words": len(gone), "found_words": len(drop),
                                       "filler_count": fillers, "repeat_count": len(gone) - fillers})


def _fillers_said(o: RemoveFillers, _: Any) -> str:
    parts = ([_plural(o.filler_count, "filler word")] if o.filler_count else []) + (
        [_plural(o.repeat_count, "false start") + " (repeated words)"] if o.repeat_count else [])
    return "removed " + (" and ".join(parts) or "the filler words")


def _fillers_said_zh(o: RemoveFillers, _: Any) -> str:
    parts = ([f"{o.filler_count} 个语气词"] if o.filler_count else []) + (
        [f"{o.repeat_count} 处重复的词（口误重说）"] if o.repeat_count else [])
    return "删除了" + ("和".join(parts) or "语气词")


@operation(RemoveFillers, ask="remove the filler words", said=_fillers_said,
           ask_zh="删除语气词", said_zh=_fillers_said_zh)
def remove_fillers(draft: Draft, op: RemoveFillers, media: Media) -> Draft:
    if op.cuts is None:
        raise OpError("the speech has not been read yet")
    what = " or ".join((["filler words"] if op.fillers else []) + (["repeated words"] if op.repeats else []))
    if not op.found_words:
        raise OpError(f"I found no {what or 'filler words'} in the speech")
    if not op.cuts or not op.removed_words:
        it = "it" if op.found_words == 1 else "them"
        raise OpError(f"I found {op.found_words} ({what}) but no pause around {it} to cut in without "
                      "clipping a neighbouring word")
    return _cut(draft, op.cuts)


class CutSentences(_WordCut):
    op: Literal["cut_sentences"] = "cut_sentences"
    query: str = Field(min_length=1, max_length=200)  # words to look for in the transcript
    keep: bool = False  # True: keep only the matching sentences; False: cut them
    sentence_count: int = Field(default=0, ge=0)
    description = ("Find the sentences whose words match `query` (a plain text match over the "
                   "transcript) and cut them, or with keep=true keep only them.")
    example = "cut the part where I talk about pricing"
    runner_fields: ClassVar[tuple[str, ...]] = ("cuts", "removed_words", "found_words", "sentence_count")

    def filled(self, reading: Reading) -> CutSentences:
        rows = reading.rows
        found = set(matching_sentences(rows, self.query))
        keep = {r.word for r in rows if (r.sentence in found) == self.keep}
        cuts, gone = self._with(reading, keep if found else {r.word for r in rows})
        return self.model_copy(update={"cuts": cuts, "removed_words": len(gone),
                                       "found_words": len(rows) - len(keep) if found else 0,
                                       "sentence_count": len(found)})


def _sentences_said(o: CutSentences, _: Any) -> str:
    n = _plural(o.sentence_count, "sentence")
    return f"kept only the {n} about “{o.query}”" if o.keep else f"cut the {n} about “{o.query}”"


def _sentences_said_zh(o: CutSentences, _: Any) -> str:
    return (f"只保留了关于“{o.query}”的 {o.sentence_count} 句" if o.keep
            else f"删除了关于“{o.query}”的 {o.sentence_count} 句")


@operation(CutSentences, ask="cut that part of the speech", said=_sentences_said,
           ask_zh="按文字剪辑", said_zh=_sentences_said_zh)
def cut_sentences(draft: Draft, op: CutSentences, media: Media) -> Draft:
    if op.cuts is None:
        raise OpError("the speech has not been read yet")
    if not op.sentence_count:
        raise OpError(f"nothing in the speech matches “{op.query}”")
    if not op.cuts:
        raise OpError(f"the sentences about “{op.query}” are all there is" if op.keep else
                      f"nothing to cut for “{op.query}”")
    return _cut(draft, op.cuts)
