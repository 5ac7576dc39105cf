"""Speech to timed words with faster-whisper, window by window so memory stays bounded."""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from . import store
from .align import align_words, speech_regions
from .audio import SAMPLE_RATE, pcm_chunks, stream_facts
from .language import whisper_language
from .models import LoadedModel, get_model, model_name
from .once import across_processes
from .priority import run_lowered
from .records import Word

ProgressFn = Callable[[float], None]
log = logging.getLogger("vidai_nb.engine.speech")

# Audio is transcribed in windows of this length; a window's last unfinished sentence is carried
# into the next one, so no word is cut in half at a window edge.
WINDOW_S = 300
_CARRY_MARGIN_S = 15
# Whisper invents words in silence and on very short clips: Silero VAD (shipped inside
# faster-whisper) keeps only speech, padded so that word edges are not clipped.
VAD = {"threshold": 0.5, "min_silence_duration_ms": 1000, "speech_pad_ms": 300}
# Whisper writes traditional characters for Mandarin unless the prompt is in simplified Chinese.
_PROMPTS = {"zh": "以下是普通话的句子。"}
# Whisper writes fluent text: it drops "um", "uh" and repeated words. A disfluent prompt in every
# 30 s window makes the decoder keep them (measured in benchmarks/transcript.py on espeak-ng speech
# with fillers). The one transcript kept per media is verbatim; subtitles drop the fillers from it.
VERBATIM_PROMPTS = {
    "en": "So, um, I I think, uh, the the thing is, er, hmm, you know, um, it's, uh, fine.",
}
# Fewer fallback temperatures than faster-whisper's six: on unclear audio each retry re-decodes the
# whole 30 s window, and a repetition loop can otherwise take tens of seconds.
_TEMPERATURES = (0.0, 0.3, 0.6)
# Scripts written without spaces: there every Whisper "word" stands alone.
_NO_SPACE_LANGUAGES = {"zh", "ja", "th", "lo", "my", "km", "bo", "yue"}


def _glue(words: list[Word], raw: list[str], language: str | None) -> list[Word]:
    """Join pieces Whisper split off without a space ("s" + "'il" -> "s'il") in spaced languages."""
    if language in _NO_SPACE_LANGUAGES:
        return words
    out: list[Word] = []
    for word, text in zip(words, raw, strict=True):
        if out and text and not text[0].isspace():
            prev = out[-1]
            out[-1] = Word(prev.text + word.text, prev.start_ms, word.end_ms,
                           min(prev.probability, word.probability))
        else:
            out.append(word)
    return out


def _windows(path: Path) -> Iterator[tuple[np.ndarray, bool]]:
    """(audio, is_last) blocks of about WINDOW_S seconds, read through a pipe in small chunks."""
    pending: list[np.ndarray] = []
    size = 0
    for chunk in pcm_chunks(path, chunk_samples=SAMPLE_RATE * 10):
        pending.append(chunk)
        size += len(chunk)
        if size >= WINDOW_S * SAMPLE_RATE:
            yield np.concatenate(pending), False
            pending, size = [], 0
    yield (np.concatenate(pending) if pending else np.zeros(0, dtype=np.float32)), True


def _hallucinated(seg: object) -> bool:
    """A segment of a few words squeezed into a sliver of time ("Thank you." in the last 0.1 s): with a
    disfluent prompt Whisper sometimes signs off like this; no one speaks 3 words in 0.2 s."""
    words = getattr(seg, "words", None) or []
    if not words or len(words) > 3:
        return False
    spoken = sum(max(0.0, w.end - w.start) for w in words)
    return spoken / len(words) < 0.07


def _squeezed_at_end(seg: object, length_s: float) -> bool:
    """Words Whisper writes after the speech has ended: on the sampling fallback it sometimes adds
    "Yeah. Yeah." or a piece of the verbatim prompt ("So, um, you know, uh,") after the last sentence,
    every word but the first 0 ms long at the window's last instant (measured: 6 of 25 decodes of the
    test's espeak-ng clip). No one speaks a second word in no time at all, so that is not speech."""
    words = getattr(seg, "words", None) or []
    if len(words) < 2 or words[-1].end < length_s - _END_SLACK_S:
        return False
    return all(w.end - w.start < _LOOP_WORD_MS / 1000 for w in words[1:])


_END_SLACK_S = 0.1
_LOOP_WORD_MS = 40  # no one says a word in less; Whisper's repetition loops end in words of 0 ms
_LOOP_LOOKBACK = 6  # a loop repeats a word or a short phrase


def _drop_loops(words: list[Word]) -> list[Word]:
    """Drop the tail of a repetition loop: a word said a third time within the last few words, in under
    40 ms, is no speech (Whisper on unclear audio writes "沙沙沙…" 100 times into the last instant of a
    window, and the word table would then count 98 false starts for "remove the repeats" to cut), and so
    are pieces of a broken character (U+FFFD)."""
    out: list[Word] = []
    for w in words:
        if w.text.strip() and set(w.text.strip()) == {"\ufffd"}:
            continue
        text = w.text.strip(" ,.!?;:，。！？；：…、")
        recent = [x.text.strip(" ,.!?;:，。！？；：…、").lower() for x in out[-_LOOP_LOOKBACK:]]
        # a third time at least: "I I think" with a short second "I" is a stutter, and stays
        if text and w.end_ms - w.start_ms < _LOOP_WORD_MS and recent.count(text.lower()) >= 2:
            continue
        out.append(w)
    return _drop_phrase_loops(out)


_LOOP_PHRASE_WORDS = 5  # "a little bit of" over and over: loops repeat a phrase of a few words
_LOOP_COPIES = 4  # a phrase said 4 times in a row is a loop ("thank you thank you thank you" is speech)
_LOOP_COPIES_ONE_WORD = 8  # one word needs more: "no no no no" and laughter are speech


def _key(w: Word) -> str:
    return w.text.strip(" ,.!?;:，。！？；：…、\"'").lower()


def _loop_at(keys: list[str], i: int) -> tuple[int, int]:
    """(phrase length, copies) of a repetition loop starting at word i, or (0, 0)."""
    for n in range(1, _LOOP_PHRASE_WORDS + 1):
        phrase = keys[i:i + n]
        if len(phrase) < n or not all(phrase):
            return 0, 0
        copies = 1
        while keys[i + copies * n:i + (copies + 1) * n] == phrase:
            copies += 1
        if copies >= (_LOOP_COPIES_ONE_WORD if n == 1 else _LOOP_COPIES):
            return n, copies
    return 0, 0


def _drop_phrase_loops(words: list[Word]) -> list[Word]:
    """Keep one copy of a phrase Whisper repeats over and over, however the words are timed. On a window
    it decodes badly Whisper can write "a little bit of" a hundred times with ordinary word lengths (seen
    once in CI on the real talking video: the subtitles' WER went from about 0.1 to 3.07); no speaker
    says a phrase of several words four times in a row, so the copies after the first are dropped."""
    keys = [_key(w) for w in words]
    out: list[Word] = []
    i = 0
    while i < len(words):
        n, copies = _loop_at(keys, i)
        if n:
            out.extend(words[i:i + n])
            i += n * copies
        else:
            out.append(words[i])
            i += 1
    return out


def _prompt(language: str | None, verbatim: bool) -> str | None:
    if verbatim and language in VERBATIM_PROMPTS:
        return VERBATIM_PROMPTS[language]
    return _PROMPTS.get(language or "")


def _transcribe_window(
    model: LoadedModel, audio: np.ndarray, language: str | None, offset_s: float, is_last: bool,
    report: Callable[[float], None], verbatim: bool = False,
) -> tuple[list[Word], float]:
    """Words of one window (times on the file's clock) and how many seconds of it were used."""
    segments, info = model.whisper.transcribe(
        audio,
        language=language if model.multilingual else "en",
        word_timestamps=True,
        vad_filter=True,
        vad_parameters=VAD,
        condition_on_previous_text=False,  # keeps one misheard phrase from derailing the rest
        initial_prompt=_prompt(language, verbatim),
        # faster-whisper drops the initial prompt after the first 30 s window (condition_on_previous_text
        # is off); hotwords go into every window's prompt, so the whole file is decoded verbatim.
        hotwords=VERBATIM_PROMPTS.get(language or "") if verbatim else None,
        temperature=list(_TEMPERATURES),
    )
    length_s = len(audio) / SAMPLE_RATE
    regions = speech_regions(audio)
    cut_s = length_s if is_last else max(length_s - _CARRY_MARGIN_S, 0.0)
    words: list[Word] = []
    raw: list[str] = []
    spans: list[tuple[float, float]] = []
    used_s = 0.0
    for seg in segments:
        if not is_last and seg.end > cut_s:
            if used_s <= 0.0:
                # The window's first segment runs past the carry point (one long sentence, or the
                # disfluent prompt joining sentences): keep its words up to there, split in the gap
                # after the last of them, and redo the rest with the next window; dropping the whole
                # segment would lose its words.
                seg_words = list(seg.words or [])
                head = [w for w in seg_words if w.end <= cut_s]
                if head and len(head) < len(seg_words):
                    nxt = seg_words[len(head)]
                    for w in head:
                        spans.append((w.start, max(w.end, w.start)))
                        words.append(Word(w.word.strip(), 0, 0, float(w.probability)))
                        raw.append(w.word)
                    used_s = max(head[-1].end, (head[-1].end + nxt.start) / 2)
                    report(offset_s + used_s)
            break  # this sentence may continue past the window: redo it with the next window
        if (verbatim and _hallucinated(seg)) or _squeezed_at_end(seg, length_s):
            used_s = seg.end
            continue
        for w in seg.words or []:
            spans.append((w.start, max(w.end, w.start)))
            words.append(Word(w.word.strip(), 0, 0, float(w.probability)))
            raw.append(w.word)
        used_s = seg.end
        report(offset_s + seg.end)
    if is_last or used_s <= 0.0:
        used_s = length_s if is_last else cut_s
    words = [
        Word(w.text, round(1000 * (offset_s + min(max(s, 0.0), length_s))),
             round(1000 * (offset_s + min(max(e, 0.0), length_s))), w.probability)
        for w, (s, e) in zip(words, align_words(spans, regions, raw), strict=True)
    ]
    glued = _glue(words, raw, language or info.language)
    return _drop_loops([w for w in glued if w.text]), used_s


# One transcript per (media content, model, language, options): kept in the engine's storage
# (speech/store.py; survives restarts, shared by the workers of a shared engine) and, for the most
# recent ones, in memory. "Trim the footage, add subtitles" reads the same words twice, and an
# hour-long lecture costs minutes to transcribe.
_KEEP = 16
_kept: OrderedDict[str, list[Word]] = OrderedDict()
_kept_lock = threading.Lock()
_making: dict[str, threading.Lock] = {}
_runs = [0]  # transcriptions this process ran (a stored or kept transcript does not count)


def transcriptions() -> int:
    """How many times this process ran the model over a file (reuses are not counted)."""
    with _kept_lock:
        return _runs[0]


def forget_transcripts() -> None:
    """Drop the transcripts kept in memory (the stored ones stay; see `speech.store`)."""
    with _kept_lock:
        _kept.clear()


def options(language: str | None, verbatim: bool) -> dict[str, Any]:
    """Everything besides the audio and the model that decides the words (part of the stored key)."""
    return {"verbatim": verbatim, "prompt": _prompt(language, verbatim),
            "hotwords": VERBATIM_PROMPTS.get(language or "") if verbatim else None, "vad": VAD,
            "temperatures": list(_TEMPERATURES), "window_s": WINDOW_S, "revision": 3}


def transcribe(path: Path | str, language: str | None = "en",
               on_progress: ProgressFn | None = None, *, verbatim: bool = True) -> list[Word]:
    """Timed words spoken in `path` (any audio or video ffmpeg reads); blocking, run it in a thread.

    `language` is the session's language ("en", "zh-CN", ...; None or "auto" detects it).
    `on_progress` gets 0–100 by the audio position reached, ending at 100. Raises SpeechUnavailable
    with what to install when no suitable model is present. The transcript is verbatim: fillers
    ("um", "uh", 嗯) and repeated words are kept, for the word table; subtitles drop the fillers
    (`make_cues`). A file whose bytes were transcribed before with the same model and options is
    answered from the store (`speech.store`), not transcribed again. `verbatim=False` is Whisper's
    plain, fluent decoding (measured against in benchmarks/transcript.py; kept apart).
    """
    path = Path(path)
    code = whisper_language(language)
    # Only English has a disfluent prompt: on Mandarin (espeak-ng speech) the prompt made Whisper loop
    # on "呃" and "呀" over real words (benchmarks/transcript.py); elsewhere decoding is plain.
    verbatim = verbatim and code in VERBATIM_PROMPTS
    opts = options(code, verbatim)
    content = store.content_id(path)
    key = store.key_for(content, model_name(code), code, opts)
    with _kept_lock:
        gate = _making.setdefault(key, threading.Lock())
    with gate:  # two steps of one turn asking for the same media at once: one transcription
        with _kept_lock:
            kept = _kept.get(key)
        if kept is None:
            kept = store.load(key)
        if kept is None:
            # Other processes (workers, engines sharing the folder) may be making it right now: one
            # makes it, the others wait and read what it stored.
            with across_processes(key):
                kept = store.load(key)
                if kept is None:
                    return _make(path, code, content, opts, on_progress, verbatim)
        if on_progress is not None:
            on_progress(0.0)
            on_progress(100.0)
        _keep(key, kept)
        return list(kept)


def _make(path: Path, code: str | None, content: str, opts: dict[str, Any],
          on_progress: ProgressFn | None, verbatim: bool) -> list[Word]:
    model = run_lowered(lambda: get_model(code))  # loaded only when there is something to transcribe
    key = store.key_for(content, model.name, code, opts)  # the same, unless the model setting changed
    t0 = time.monotonic()
    # in a thread of lower priority (speech/priority.py): the API keeps answering meanwhile
    words = run_lowered(lambda: _transcribe(path, code, model, on_progress, verbatim))
    took = time.monotonic() - t0
    with _kept_lock:
        _runs[0] += 1
    log.info("transcribed %s (%s, %s) in %.1f s: %d words", path.name, model.name, code, took, len(words))
    store.save(key, words, took, {"model": model.name, "language": code, "options": opts})
    _keep(key, words)
    return words


def _keep(key: str, words: list[Word]) -> None:
    with _kept_lock:
        _kept[key] = list(words)
        _kept.move_to_end(key)
        while len(_kept) > _KEEP:
            _kept.popitem(last=False)


def _transcribe(path: Path, code: str | None, model: LoadedModel,
                on_progress: ProgressFn | None, verbatim: bool = False) -> list[Word]:
    facts = stream_facts(path)
    total_s = facts.duration_ms / 1000
    last = [0.0]

    def report(position_s: float) -> None:
        if on_progress is None or total_s <= 0:
            return
        pct = min(99.0, max(last[0], 100.0 * position_s / total_s))
        if pct > last[0]:
            last[0] = pct
            on_progress(pct)

    if on_progress is not None:
        on_progress(0.0)
    words: list[Word] = []
    if facts.has_audio:
        offset_s = 0.0
        carry = np.zeros(0, dtype=np.float32)
        for block, is_last in _windows(path):
            audio = np.concatenate([carry, block]) if len(carry) else block
            if len(audio) == 0:
                break
            found, used_s = _transcribe_window(model, audio, code, offset_s, is_last, report, verbatim)
            words.extend(found)
            used = min(round(used_s * SAMPLE_RATE), len(audio))
            carry = audio[used:]
            offset_s += used / SAMPLE_RATE
    if on_progress is not None:
        on_progress(100.0)
    return words
