"""Real transcription of espeak-ng speech with the bundled Whisper model."""

from __future__ import annotations

import itertools
import os
import re
import threading
import time
import wave
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from tests import media
from tests.engine.test_speech_silence import join_with_silence
from tests.wer import word_distance
from vidai_nb.engine.speech import Word, asr, make_cues, priority, transcribe
from vidai_nb.engine.speech import models as speech_models
from vidai_nb.engine.speech import store as speech_store
from vidai_nb.engine.speech.asr import forget_transcripts
from vidai_nb.engine.speech.formats import to_srt
from vidai_nb.engine.storage import LocalStorage

pytestmark = pytest.mark.skipif(
    not any(speech_models.is_installed(m) for m in speech_models.BUNDLED.values()),
    reason="no bundled Whisper model installed",
)

SENTENCE = "Please open the door and turn on the lights in the kitchen."


def normalise(text: str) -> list[str]:
    return re.sub(r"[^a-z0-9' ]", " ", text.lower()).split()


def wer(reference: str, hypothesis: str) -> float:
    """Word error rate: word-level edit distance over the reference length."""
    ref, hyp = normalise(reference), normalise(hypothesis)
    return word_distance(ref, hyp) / max(len(ref), 1)


def wav_ms(path: Path) -> int:
    with wave.open(str(path)) as w:
        return w.getnframes() * 1000 // w.getframerate()


@pytest.fixture(autouse=True)
def default_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(speech_models.ENV_MODEL, raising=False)


@pytest.fixture(scope="module")
def sentence_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return media.make_speech(tmp_path_factory.mktemp("asr") / "sentence.wav", SENTENCE)


@pytest.fixture(scope="module")
def sentence_words(sentence_wav: Path) -> list[Word]:
    return transcribe(sentence_wav, language="en")


def test_words_mostly_right(sentence_words: list[Word]) -> None:
    text = " ".join(w.text for w in sentence_words)
    assert wer(SENTENCE, text) < 0.3, text


def test_word_times_monotonic_and_inside_audio(sentence_wav: Path, sentence_words: list[Word]) -> None:
    total = wav_ms(sentence_wav)
    assert sentence_words
    last_start = 0
    for w in sentence_words:
        assert 0 <= w.start_ms <= w.end_ms <= total + 50, w
        assert w.start_ms >= last_start
        assert 0.0 <= w.probability <= 1.0
        last_start = w.start_ms
    # Speech fills the clip: the words span most of it.
    assert sentence_words[-1].end_ms - sentence_words[0].start_ms > 0.6 * total


def test_cues_and_srt_from_real_words(sentence_words: list[Word]) -> None:
    cues = make_cues(sentence_words)
    assert cues and all(len(line) <= 42 for c in cues for line in c.text.split("\n"))
    srt = to_srt(cues)
    assert srt.startswith("1\n00:00:0") and "kitchen" in srt.lower()


def test_progress_reaches_100_and_rises(sentence_wav: Path) -> None:
    seen: list[float] = []
    transcribe(sentence_wav, language="en", on_progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 100.0
    assert seen == sorted(seen)
    assert all(0.0 <= p <= 100.0 for p in seen)


def test_speech_in_a_video_with_a_leading_pause(tmp_path: Path, sentence_wav: Path) -> None:
    clip = tmp_path / "talk.mp4"
    media.run_ffmpeg(
        "-f", "lavfi", "-i", "testsrc2=size=160x120:rate=15:duration=6", "-i", str(sentence_wav),
        "-filter_complex", "[1:a]adelay=2000:all=1,apad[a]", "-map", "0:v", "-map", "[a]",
        "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-t", "6",
        str(clip),
    )
    words = transcribe(clip, language="en")
    assert wer(SENTENCE, " ".join(w.text for w in words)) < 0.3
    # The 2 s of silence shifts every word: the first one starts near 2 s, not at 0.
    assert 1700 <= words[0].start_ms <= 2600, words[0]


PARAGRAPH = [
    "The weather was cold and windy when the train left the station.",
    "Please send me the report before the meeting on Friday.",
    "Fresh bread and warm soup were waiting for us in the kitchen.",
]


@pytest.fixture(scope="module")
def paragraph(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[int, int]]]:
    d = tmp_path_factory.mktemp("paragraph")
    parts = [media.make_speech(d / f"{i}.wav", text, words_per_minute=175)
             for i, text in enumerate(PARAGRAPH)]
    out = d / "paragraph.wav"
    return out, join_with_silence(parts, [900, 1300], out)


def test_cue_boundaries_match_sentences(paragraph: tuple[Path, list[tuple[int, int]]]) -> None:
    path, spans = paragraph
    words = transcribe(path)
    assert wer(" ".join(PARAGRAPH), " ".join(w.text for w in words)) < 0.2
    cues = make_cues(words)
    for start, end in spans:
        assert min(abs(c.start_ms - start) for c in cues) <= 150, (start, cues)
        assert min(abs(c.end_ms - end) for c in cues) <= 150, (end, cues)


def test_windows_carry_unfinished_sentences(monkeypatch: pytest.MonkeyPatch,
                                           paragraph: tuple[Path, list[tuple[int, int]]]) -> None:
    # Windows of 6 s cut through sentences: each unfinished one must be redone in the next window,
    # with no word lost or repeated and times still on the file's clock.
    path, spans = paragraph
    monkeypatch.setattr(asr, "WINDOW_S", 6)
    monkeypatch.setattr(asr, "_CARRY_MARGIN_S", 2)
    seen: list[float] = []
    words = transcribe(path, on_progress=seen.append)
    assert wer(" ".join(PARAGRAPH), " ".join(w.text for w in words)) < 0.2
    starts = [w.start_ms for w in words]
    assert starts == sorted(starts)
    assert abs(words[0].start_ms - spans[0][0]) <= 150 and abs(words[-1].end_ms - spans[-1][1]) <= 150
    assert seen[-1] == 100.0 and seen == sorted(seen)


def test_silence_gives_no_words(tmp_path: Path) -> None:
    quiet = tmp_path / "quiet.wav"
    with wave.open(str(quiet), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(np.zeros(16000 * 3, dtype="<i2").tobytes())
    assert transcribe(quiet) == []
    assert transcribe(media.make_video(tmp_path / "mute.mp4", seconds=1, audio=False)) == []


def _run_delay_s(tid: int) -> float:
    """Seconds thread `tid` has waited on a run queue (runnable, but the CPU went to others)."""
    try:
        return int(Path(f"/proc/self/task/{tid}/schedstat").read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):  # no schedstat: count nothing as the machine's doing
        return 0.0


def test_other_threads_keep_running_during_transcription(sentence_wav: Path, tmp_path: Path) -> None:
    # Whisper's decoding is one native call of several hundred ms per segment; CTranslate2 and
    # onnxruntime release the GIL, so a Python thread is never held up for long meanwhile.
    # On a loaded machine a thread also waits for a CPU, and so does the thread holding the GIL (then
    # every Python thread waits with it): the kernel counts both waits (schedstat's run delay), and
    # they are the machine's doing, not the transcription's. A gap minus those waits is what the
    # transcription held the ticker up: at load ~30 raw gaps of 150+ ms came from the scheduler alone.
    stamps: list[tuple[float, float]] = []  # (time, run delay of the ticker + the other Python threads)
    done = threading.Event()

    def waited(me: int) -> float:
        # Python threads waiting for the GIL sleep (no run delay): only the one holding it can wait
        # for a CPU meanwhile, so the sum over them is the holder's wait.
        others = [t.native_id for t in threading.enumerate() if t.native_id not in (None, me)]
        return _run_delay_s(me) + sum(_run_delay_s(t) for t in others if t is not None)

    def ticker() -> None:
        me = threading.get_native_id()
        while not done.is_set():
            stamps.append((time.perf_counter(), waited(me)))
            time.sleep(0.002)

    speech_models.get_model("en")  # loading the model is not what this measures
    forget_transcripts()  # a kept transcript would answer at once: measure a real run
    speech_store.use(LocalStorage(tmp_path / "fresh-store"))
    t = threading.Thread(target=ticker)
    t.start()
    try:
        transcribe(sentence_wav, language="en")
    finally:
        done.set()
        t.join()
        speech_store.use(None)
    gaps = [(b[0] - a[0], max(0.0, b[1] - a[1])) for a, b in itertools.pairwise(stamps)]
    held, raw, machine = max((g - w, g, w) for g, w in gaps)
    assert held < 0.15, (f"a Python thread was held up for {held * 1000:.0f} ms "
                         f"(gap {raw * 1000:.0f} ms, of which {machine * 1000:.0f} ms waiting for a CPU)")


def _threads() -> dict[int, tuple[int, int]]:
    """Every thread of this process: (nice value, CPU clock ticks used so far)."""
    out: dict[int, tuple[int, int]] = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            stat = (task / "stat").read_text()
        except OSError:  # ended meanwhile
            continue
        fields = stat[stat.rindex(")") + 2:].split()  # after "pid (comm) "
        out[int(task.name)] = (int(fields[16]), int(fields[11]) + int(fields[12]))
    return out


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="per-thread nice values are Linux's")
def test_transcription_computes_at_a_lower_priority(sentence_wav: Path, tmp_path: Path) -> None:
    """The threads that do the work of a transcription (CTranslate2's native compute threads, made
    when the model loads, whichever thread loads it; the decoding thread) run at VIDAI_WHISPER_NICE,
    and the calling thread (a request's worker, which serves other calls later) keeps its priority."""
    speech_models.get_model("en")  # loaded by this (normal-priority) thread, as a warm-up would
    forget_transcripts()
    speech_store.use(LocalStorage(tmp_path / "fresh-store"))
    me = threading.get_native_id()
    before = _threads()
    seen: dict[int, tuple[int, int]] = {}
    caller: list[int] = []
    worker = threading.Thread(target=lambda: (caller.append(threading.get_native_id()),
                                              transcribe(sentence_wav, language="en")))
    worker.start()
    try:
        while worker.is_alive():
            seen.update(_threads())
            time.sleep(0.02)
    finally:
        worker.join()
        speech_store.use(None)
    used = {tid: ticks - before.get(tid, (0, 0))[1] for tid, (_nice, ticks) in seen.items() if tid != me}
    busy = {tid for tid, ticks in used.items() if ticks >= 5}  # ≥ 50 ms of CPU
    total = sum(used.values())
    assert busy and total > 0, used
    niced = sum(used[t] for t in used if seen[t][0] == priority.nice_value())
    assert priority.nice_value() == 10
    assert all(seen[t][0] == 10 for t in busy if t != caller[0]), {t: (seen[t][0], used[t]) for t in busy}
    assert niced >= 0.9 * total, f"only {niced} of {total} ticks ran at nice 10"
    assert seen[caller[0]][0] == 0 and os.getpriority(os.PRIO_PROCESS, me) == 0


def test_two_threads_share_one_model(sentence_wav: Path) -> None:
    results: list[list[Word]] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            results.append(transcribe(sentence_wav, language="en"))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors and len(results) == 2
    assert [w.text for w in results[0]] == [w.text for w in results[1]]


@pytest.mark.skipif(not speech_models.is_installed(speech_models.BASE), reason="no multilingual model")
def test_french_session_uses_multilingual_model(tmp_path: Path) -> None:
    # espeak-ng's Mandarin reads Chinese characters as English letters, so French stands in for
    # "a language tiny.en cannot do".
    # (espeak-ng 1.51's French "un croissant" came back as "à croissance": a sentence it says clearly)
    said = "Bonjour, je voudrais un café, s'il vous plaît. Merci beaucoup."
    clip = media.make_speech(tmp_path / "fr.wav", said, voice="fr")
    assert speech_models.get_model("fr").multilingual
    words = transcribe(clip, language="fr-FR")
    text = " ".join(w.text for w in words)
    assert wer(said, text) < 0.4, text
    assert "s'il" in text.split()  # pieces split off without a space are glued back together


def test_a_transcript_is_kept_per_file_and_redone_when_the_file_changes(sentence_wav: Path,
                                                                        tmp_path: Path) -> None:
    copy = tmp_path / "copy.wav"
    copy.write_bytes(sentence_wav.read_bytes())
    first = transcribe(copy, language="en")
    t0 = time.perf_counter()
    again = transcribe(copy, language="en")
    assert again == first and time.perf_counter() - t0 < 0.05  # answered from memory
    silence = tmp_path / "silence.wav"
    media.run_ffmpeg("-f", "lavfi", "-i", "anullsrc=r=16000:cl=mono", "-t", "2", str(silence))
    copy.write_bytes(silence.read_bytes())  # same path, new content: transcribed again
    assert transcribe(copy, language="en") == []


def test_one_transcription_per_content_kept_in_the_store(sentence_wav: Path, tmp_path: Path) -> None:
    """The same bytes under another name are answered from the store, also once memory is gone (an
    engine restart); other bytes are transcribed."""
    speech_store.use(LocalStorage(tmp_path / "store"))
    try:
        forget_transcripts()
        runs = asr.transcriptions()
        first = transcribe(sentence_wav, language="en")
        assert asr.transcriptions() == runs + 1
        stored = list((tmp_path / "store" / "transcripts").rglob("*.json"))
        assert len(stored) == 1
        copy = tmp_path / "renamed.wav"
        copy.write_bytes(sentence_wav.read_bytes())
        forget_transcripts()  # as after a restart: only the store remains
        assert transcribe(copy, language="en") == first
        assert asr.transcriptions() == runs + 1
        plain = transcribe(copy, language="en", verbatim=False)  # other options: a transcript of its own
        assert asr.transcriptions() == runs + 2 and normalise(" ".join(w.text for w in plain))
        assert len(list((tmp_path / "store" / "transcripts").rglob("*.json"))) == 2
    finally:
        speech_store.use(None)


def test_a_repetition_loop_squeezed_into_an_instant_is_dropped() -> None:
    """Whisper base on unclear Mandarin writes a character 100 times into the window's last instant:
    those are no words (they would be counted and cut as 98 false starts)."""
    said = [Word("我", 480, 690, 0.5), Word("们", 690, 890, 0.5), Word("沙", 4738, 4950, 0.5),
            Word("沙", 4950, 5230, 0.5), Word("沙", 5230, 5822, 0.5)]
    loop = [Word("沙", 8010, 8010, 0.5) for _ in range(100)] + [Word("\ufffd", 8010, 8010, 0.5)]
    assert asr._drop_loops(said + loop) == said  # spoken repeats (with a length) stay
    # a phrase loop too, from its third time on
    phrase = [Word(c, 1000 + 300 * i, 1300 + 300 * i, 0.5) for i, c in enumerate("就是就是")]
    squeezed = [Word(c, 2200, 2200, 0.5) for c in "就是就是就是"]
    assert asr._drop_loops(phrase + squeezed) == phrase
    # a stutter stays even when Whisper times its second word in 0 ms
    stutter = [Word("I", 100, 300, 0.5), Word("I", 300, 300, 0.5), Word("think", 320, 600, 0.5)]
    assert asr._drop_loops(stutter) == stutter


def test_a_phrase_loop_with_ordinary_word_lengths_keeps_one_copy() -> None:
    """CI once saw Whisper write "a little bit of" ~100 times, each word 200-300 ms long, after the real
    speech: one copy stays, the speech around it stays, and speech that repeats a little stays."""
    def timed(text: str, start: int) -> list[Word]:
        return [Word(t, start + 250 * i, start + 250 * i + 200, 0.5) for i, t in enumerate(text.split())]
    said = timed("he might even have been made amiable himself", 0)
    loop = timed(" ".join(["a little bit of"] * 100), 3000)
    phrase = ["a", "little", "bit", "of"]
    assert [w.text for w in asr._drop_loops(said + loop)] == [w.text for w in said] + phrase
    tail = timed("and then he left", 200_000)
    kept = asr._drop_loops(said + loop + tail)
    assert [w.text for w in kept][-8:] == [*phrase, "and", "then", "he", "left"]
    assert kept[-1] == tail[-1]  # times untouched
    for speech in ("thank you thank you thank you so much", "no no no no no stop", "ha ha ha ha ha ha ha",
                   "it is what it is, what it is"):
        words = timed(speech, 0)
        assert asr._drop_loops(words) == words
    one_word = timed(" ".join(["the"] * 20) + " end", 0)
    assert [w.text for w in asr._drop_loops(one_word)] == ["the", "end"]


def test_words_squeezed_into_the_windows_last_instant_are_dropped() -> None:
    """After the last sentence Whisper's sampling fallback sometimes writes "Yeah. Yeah." or a piece of
    the verbatim prompt, every word but the first 0 ms long at the end of the window (6 of 25 decodes of
    tests/client/test_transcript.py's clip): the filler and false-start counts then included them."""
    def seg(*words: tuple[str, float, float]) -> SimpleNamespace:
        return SimpleNamespace(words=[SimpleNamespace(word=w, start=s, end=e) for w, s, e in words])

    assert asr._squeezed_at_end(seg((" Yeah.", 11.18, 11.66), (" Yeah.", 11.66, 11.66)), 11.66)
    tail = seg((" So,", 11.18, 11.66), *[(" um,", 11.66, 11.66)] * 5)
    assert asr._squeezed_at_end(tail, 11.7)
    # spoken words with a length stay, and so does a short last word in the middle of a window
    assert not asr._squeezed_at_end(seg((" Thank", 10.0, 10.3), (" you.", 10.3, 10.6)), 10.6)
    assert not asr._squeezed_at_end(seg((" Uh,", 7.1, 7.1), (" the", 7.1, 7.1)), 11.66)
    assert not asr._squeezed_at_end(seg((" Okay.", 11.2, 11.66)), 11.66)
