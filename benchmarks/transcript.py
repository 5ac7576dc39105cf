"""Edit-by-transcript benchmark: fillers found, words clipped by cuts, and the cost of the word table.

Speech with known timings is made from espeak-ng phrases (tests/spoken.py): sentences with "um",
"uh", "er" and false starts ("I | I think") spoken as their own phrases between short pauses, so the
true span of every phrase is known to the sample. Printed figures:

1. Fillers found vs present, with Whisper's plain decoding and with the disfluent prompt the word
   table uses (`transcribe`, verbatim by default); a filler counts as found when a filler word of the
   table lies on its phrase.
2. Removing the fillers and repeats and shortening pauses to 300 ms, as `remove_fillers` and
   `keep_words(max_pause_ms=300)` do: fillers removed, and words clipped per hour of speech (a word
   of a phrase that was to stay, any part of whose span a cut touches; aim 0).
3. Time to build the table for a 60-minute lecture, against transcription in the same process: the
   table adds the quiet-stretch scan of the whole file and the placing of every word; the sample's
   words are repeated to fill the hour (transcription of the hour is estimated from the sample's
   real-time factor, measured here; `--full` transcribes the whole hour instead).

Figures 1 and 2 are printed for English and then for Mandarin (espeak-ng `-v cmn-latn-pinyin`, with
嗯/啊/呃 and 那个/就是 as their own phrases; Chinese words clipped are counted in characters).

Not run in CI. Run from the repository root: `python benchmarks/transcript.py [--sentences 40]
[--zh-sentences 12] [--no-hour] [--store DIR]`.
"""

from __future__ import annotations

import argparse
import functools
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.media import run_ffmpeg  # noqa: E402
from tests.spoken import Phrase, speak  # noqa: E402
from vidai_nb.engine.speech import Word, asr, transcribe  # noqa: E402
from vidai_nb.engine.speech import store as speech_store  # noqa: E402
from vidai_nb.engine.speech.fillers import is_filler, norm  # noqa: E402
from vidai_nb.engine.speech.gaps import fit_words, quiet_spans  # noqa: E402
from vidai_nb.engine.speech.transcript import clips_of, disfluencies, place, plan_cuts  # noqa: E402
from vidai_nb.engine.storage import LocalStorage  # noqa: E402

print = functools.partial(print, flush=True)  # figures appear as they are measured

PLAIN = [
    "the park is really nice in spring.", "we should go there on the weekend.",
    "the pricing is fair for a family.", "tomorrow we can walk to the lake.",
    "the meeting went well this morning.", "we talked about the new office.",
    "the plan is to start on monday.", "let me check the notes again.",
    "the kitchen lights are too bright.", "please open the window a little.",
]
FILLERS = ["um,", "uh,", "er,"]
PLAIN_ZH = ["我们明天去公园散步。", "这个价格对家庭来说很合理。", "今天上午的会议开得很好。",
            "我想再看一下笔记。", "厨房的灯太亮了。", "请把窗户打开一点。"]
FILLERS_ZH = ["嗯，", "啊，", "呃，"]
SOFT_FILLERS_ZH = {"那个", "就是"}  # said as fillers here, but often real words: never removed


def script_zh(n: int, seed: int = 11) -> list[str]:
    """n Mandarin sentences with 嗯/啊/呃 (most) or 那个/就是 (some) spoken as their own phrases."""
    rng = random.Random(seed)
    out: list[str] = []
    for i in range(n):
        text = PLAIN_ZH[i % len(PLAIN_ZH)]
        cut = rng.randrange(2, len(text) - 2)
        filler = rng.choice(FILLERS_ZH) if rng.random() < 0.7 else rng.choice(sorted(SOFT_FILLERS_ZH)) + "，"
        parts = [text[:cut], filler, text[cut:]]
        if rng.random() < 0.4:
            parts.insert(0, rng.choice(FILLERS_ZH))
        out.append(" | ".join(parts))
    return out


def script(n: int, seed: int = 7) -> list[str]:
    """n sentences as "|"-separated phrases, about half with a filler, a fifth with a false start."""
    rng = random.Random(seed)
    out: list[str] = []
    for i in range(n):
        words = PLAIN[i % len(PLAIN)].split()
        parts: list[str] = []
        if rng.random() < 0.2:  # a false start: the first word, a pause, then the sentence
            parts.append(words[0])
        cut = rng.randrange(1, len(words)) if rng.random() < 0.5 else None
        if cut is None:
            parts.append(" ".join(words))
        else:
            parts += [" ".join(words[:cut]), rng.choice(FILLERS), " ".join(words[cut:])]
        if rng.random() < 0.3:
            parts.insert(0, rng.choice(FILLERS))
        out.append(" | ".join(parts))
    return out


def overlap(w: Word, ph: Phrase) -> int:
    return min(w.end_ms, ph.end_ms) - max(w.start_ms, ph.start_ms)


def found(rows_words: list[Word], truth: list[Phrase]) -> int:
    """True filler phrases that a filler word of the transcript lies on."""
    return sum(1 for ph in truth if is_filler(ph.text)
               and any(is_filler(w.text) and overlap(w, ph) > 0 for w in rows_words))


def units(text: str) -> int:
    """Words of a phrase: spaced words, or characters in Chinese."""
    cjk = re.findall(r"[\u2e80-\u9fff]", text)
    return len(cjk) if cjk else len(text.split())


def measure(wav: Path, truth: list[Phrase], language: str) -> tuple[list[Word], float, float]:
    """Figures 1 and 2 for one language's speech; returns its verbatim words, the time they took and
    the speech's length in seconds."""
    seconds = truth[-1].end_ms / 1000 + 0.6
    present = sum(1 for p in truth if is_filler(p.text))
    soft = [p for p in truth if norm(p.text) in SOFT_FILLERS_ZH]
    print(f"[{language}] speech: {seconds:.0f} s, {len(truth)} phrases, {present} fillers present"
          + (f", {len(soft)} 那个/就是" if soft else ""))
    t0 = time.perf_counter()
    plain = transcribe(wav, language, verbatim=False)
    t_plain = time.perf_counter() - t0
    t0 = time.perf_counter()
    raw = transcribe(wav, language)  # the engine's transcript: verbatim
    t_verbatim = time.perf_counter() - t0
    quiet = quiet_spans(wav)
    words = fit_words(raw, quiet)
    print(f"1. fillers found / present: plain decoding {found(fit_words(plain, quiet), truth)}/{present}, "
          f"disfluent prompt {found(words, truth)}/{present}   "
          f"(transcription {t_plain:.1f} s plain, {t_verbatim:.1f} s prompted)")
    if soft:
        heard = sum(1 for p in soft if any(norm(p.text) in norm(w.text) or norm(w.text) in norm(p.text)
                                           for w in words if overlap(w, p) > 0 and norm(w.text)))
        print(f"   那个/就是 heard as words where said: {heard}/{len(soft)} (kept: often real words)")
        print(f"   verbatim text: {''.join(w.text for w in words)}")

    total = int(seconds * 1000)
    draft = {"t": [{"tt": 0, "role": "main", "sg": [{"src": "m", "start": 0, "d": total, "in": 0}]}]}
    rows = place(draft, {"m": words}, total)
    keep = {r.word for r in rows} - disfluencies(rows)  # what remove_fillers drops
    cuts, _gone = plan_cuts(rows, keep, clips_of(draft), quiet={"m": quiet}, max_pause_ms=300)
    # a false start is a one-word phrase that the next phrase begins with again: it is meant to go too
    false = {i for i, p in enumerate(truth[:-1]) if " " not in p.text.strip()
             and not is_filler(p.text) and truth[i + 1].text.split()[0] == p.text.strip()}
    to_stay = [p for i, p in enumerate(truth) if not is_filler(p.text) and i not in false]
    starts_gone = sum(1 for i in false
                      if any(a <= truth[i].start_ms and truth[i].end_ms <= b for a, b in cuts))
    clipped = [p for p in to_stay if any(a < p.end_ms and b > p.start_ms for a, b in cuts)]
    for p in clipped:  # what went wrong, in detail: the cut, the phrase, the words and quiet near it
        for a, b in cuts:
            if a < p.end_ms and b > p.start_ms:
                near = [f"{r.text}[{r.start_ms}-{r.end_ms}]" for r in rows
                        if r.end_ms > a - 1500 and r.start_ms < b + 1500]
                qs = [q for q in quiet if q[1] > a - 1500 and q[0] < b + 1500]
                said = [(t.text, t.start_ms, t.end_ms) for t in truth
                        if t.end_ms > a - 1500 and t.start_ms < b + 1500]
                print(f"   clipped {p.text!r} [{p.start_ms}-{p.end_ms}] by cut [{a}-{b}]; words {near}; "
                      f"quiet {qs}; phrases {said}")
    clipped_words = sum(units(p.text) for p in clipped)
    removed_fillers = sum(1 for p in truth if is_filler(p.text)
                          and any(a <= p.start_ms and p.end_ms <= b for a, b in cuts))
    hours = seconds / 3600
    print(f"2. remove fillers + repeats, pauses to 300 ms: {len(cuts)} cuts, {removed_fillers}/{present} "
          f"fillers removed, {starts_gone}/{len(false)} false starts removed, "
          f"{clipped_words} words clipped = {clipped_words / hours:.0f} per hour (aim 0)"
          + (f"; clipped: {[p.text for p in clipped]}" if clipped else ""))
    return raw, t_verbatim, seconds


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sentences", type=int, default=40)
    ap.add_argument("--minutes", type=float, default=60.0)
    ap.add_argument("--full", action="store_true", help="transcribe the whole hour (slow)")
    ap.add_argument("--zh-sentences", type=int, default=12, help="Mandarin sentences (0: none)")
    # espeak-ng 1.51's "cmn" voice reads the tone digits of its own pinyin as English numbers
    # ("们" -> "men five"): Whisper hears nothing Chinese in it. "cmn-latn-pinyin" reads the same
    # characters as Mandarin.
    ap.add_argument("--zh-voice", default="cmn-latn-pinyin")
    ap.add_argument("--no-hour", action="store_true", help="stop after figure 2")
    ap.add_argument("--store", type=Path, default=None,
                    help="keep transcripts in this folder across runs (default: a fresh one, so "
                         "transcription is timed for real)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="vidai-transcript-bench-"))
    speech_store.use(LocalStorage(args.store or tmp / "store"))
    wav = tmp / "talk.wav"
    truth = speak(wav, script(args.sentences))
    raw, t_verbatim, seconds = measure(wav, truth, "en")
    if args.zh_sentences:
        zh_wav = tmp / "talk-zh.wav"
        measure(zh_wav, speak(zh_wav, script_zh(args.zh_sentences), voice=args.zh_voice), "zh")
    total = int(seconds * 1000)

    if args.no_hour:
        return
    # 3. the hour: the sample's audio looped, its words repeated
    minutes = args.minutes
    loops = max(1, round(minutes * 60 / seconds))
    hour = tmp / "hour.m4a"
    listing = tmp / "list.txt"
    listing.write_text("".join(f"file '{wav}'\n" for _ in range(loops)))
    run_ffmpeg("-f", "concat", "-safe", "0", "-i", str(listing), "-c:a", "aac", "-b:a", "64k", str(hour))
    span = total
    hour_words = [Word(w.text, w.start_ms + k * span, w.end_ms + k * span, w.probability)
                  for k in range(loops) for w in raw]
    rtf = t_verbatim / seconds
    if args.full:
        asr.forget_transcripts()
        t0 = time.perf_counter()
        hour_words = transcribe(hour, "en")
        t_tx = time.perf_counter() - t0
        how = "measured"
    else:
        t_tx = rtf * loops * seconds
        how = f"estimated from the sample's RTF {rtf:.3f}"
    hour_total = loops * span
    t0 = time.perf_counter()
    hour_quiet = quiet_spans(hour)
    fitted = fit_words(hour_words, hour_quiet)
    hour_seg = {"src": "m", "start": 0, "d": hour_total, "in": 0}
    hour_draft = {"t": [{"tt": 0, "role": "main", "sg": [hour_seg]}]}
    hour_rows = place(hour_draft, {"m": fitted}, hour_total)
    t_table = time.perf_counter() - t0
    print(f"3. {loops * seconds / 60:.0f}-minute lecture, {len(hour_rows)} words: "
          f"table built in {t_table:.1f} s "
          f"beyond transcription ({t_tx:.0f} s, {how}) = {t_table / t_tx:.3f}× transcription time; "
          f"once transcribed, the table is {t_table:.1f} s")


if __name__ == "__main__":
    main()
