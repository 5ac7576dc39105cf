"""The word table and cutting by words, without a model: fillers, repeats, placing words through the
main track, cuts that stay in quiet stretches, words moved onto their sound, and the text search."""

from __future__ import annotations

from typing import Any

from vidai_nb.engine.speech import Word
from vidai_nb.engine.speech.fillers import is_filler, repeats
from vidai_nb.engine.speech.gaps import fit_words
from vidai_nb.engine.speech.transcript import (
    clips_of,
    disfluencies,
    matching_sentences,
    place,
    plan_cuts,
    query_terms,
    sentences,
)


def words(*spec: tuple[str, int, int]) -> list[Word]:
    return [Word(t, a, b, 0.9) for t, a, b in spec]


def draft(*segs: dict[str, Any]) -> dict[str, Any]:
    return {"t": [{"tt": 0, "role": "main", "sg": list(segs)}]}


TALK = words(("So,", 500, 900), ("um,", 1200, 1500), ("the", 1800, 2000), ("park", 2000, 2300),
             ("is", 2300, 2500), ("nice.", 2500, 3000), ("I", 3600, 3800), ("I", 4100, 4300),
             ("think", 4300, 4700), ("so.", 4700, 5000))


def test_fillers_in_both_languages() -> None:
    assert all(is_filler(w) for w in ["um", "Uh,", "erm...", "嗯", "呃，", "啊啊"])
    assert not any(is_filler(w) for w in ["like", "so", "umbrella", "那个", "好啊", ""])


def test_repeats_mark_the_first_copy() -> None:
    assert repeats(["I", "I", "think"]) == [True, False, False]
    assert repeats(["we-", "we", "went"]) == [True, False, False]
    assert repeats(["I", "think", "I", "think", "so"]) == [True, True, False, False, False]
    assert repeats(["the", "um,", "the", "park"]) == [True, False, False, False]
    assert repeats(["谢", "谢"]) == [False, False]  # 谢谢 is one word
    assert repeats(["a", "b", "c"]) == [False, False, False]


def test_rows_follow_the_timeline() -> None:
    # the clip's first second is trimmed off and it plays from 0 on the timeline
    d = draft({"src": "m", "start": 0, "d": 4500, "in": 1000, "speed": 1.0})
    rows = place(d, {"m": TALK}, 4500)
    assert rows[0].text == "um," and rows[0].start_ms == 200 and rows[0].src_start_ms == 1200
    assert [r.word for r in rows] == list(range(len(rows)))
    assert rows[0].is_filler and rows[0].sentence == 0
    nice = next(r for r in rows if r.text == "nice.")
    assert nice.is_pause_after and nice.gap_after_ms == 600
    first_i = next(r for r in rows if r.text == "I")
    assert first_i.is_repeat and first_i.sentence == nice.sentence + 1
    assert [s["text"] for s in sentences(rows)] == ["um, the park is nice.", "I I think so."]


def test_cuts_lie_in_the_quiet_stretches() -> None:
    d = draft({"src": "m", "start": 0, "d": 5500, "in": 0, "speed": 1.0})
    rows = place(d, {"m": TALK}, 5500)
    # Whisper put "um" late; the sound says it is 1200-1500, with quiet 900-1200 and 1500-1800
    quiet = {"m": [(0, 500), (900, 1200), (1500, 1800), (3000, 3600), (3800, 4100), (5000, 5500)]}
    keep = {r.word for r in rows if not r.is_filler}
    cuts, gone = plan_cuts(rows, keep, clips_of(d), quiet=quiet)
    assert len(cuts) == 1
    a, b = cuts[0]
    assert 900 <= a < b <= 1800 and a > 900 and b < 1800  # inside the quiet, a pad on each side
    assert gone == {1}
    # without a quiet stretch near an edge, the words are left (never a cut inside a word)
    cuts, gone = plan_cuts(rows, keep, clips_of(d), quiet={"m": [(0, 500), (5000, 5500)]})
    assert cuts == [] and gone == set()
    # a run at the clip's start goes with the head
    cuts, _ = plan_cuts(rows, keep - {0}, clips_of(d), quiet=quiet)
    assert cuts[0][0] == 0
    # long pauses between kept words are shortened to max_pause_ms
    cuts, _ = plan_cuts(rows, {r.word for r in rows}, clips_of(d), quiet=quiet, max_pause_ms=200)
    assert (3100, 3500) in cuts


def test_a_cut_never_reaches_into_another_clip() -> None:
    d = draft({"src": "m", "start": 0, "d": 3000, "in": 0, "speed": 1.0},
              {"src": "p", "start": 3000, "d": 2000, "kind": "image"},
              {"src": "m", "start": 5000, "d": 2500, "in": 3000, "speed": 1.0})
    rows = place(d, {"m": TALK}, 7500)
    last_of_first = max(r.word for r in rows if r.clip == 1)
    cuts, _ = plan_cuts(rows, {r.word for r in rows} - {last_of_first}, clips_of(d))
    assert cuts and all(b <= 3000 for _, b in cuts)


def test_words_are_moved_onto_their_sound() -> None:
    stamped = words(("So,", 500, 900), ("um,", 1790, 1950), ("the", 2000, 2100), ("park", 2100, 2400))
    quiet = [(0, 500), (900, 1200), (1500, 1800), (2400, 3000)]
    fitted = fit_words(stamped, quiet)
    assert (fitted[1].start_ms, fitted[1].end_ms) == (1200, 1500)
    assert fitted[2:] == stamped[2:]
    # a word stamped wholly in the quiet is the one that sound belongs to, not the last word before it
    stamped = words(("go", 5460, 5720), ("there.", 5720, 6046), ("Uh,", 7120, 7121), ("the", 7234, 7520),
                    ("pricing", 7520, 7760))
    fitted = fit_words(stamped, [(4000, 4480), (5990, 6690), (6930, 7220), (8690, 9380)])
    assert (fitted[2].start_ms, fitted[2].end_ms) == (6690, 6930)
    assert fitted[1] == stamped[1]


def test_search_by_words() -> None:
    d = draft({"src": "m", "start": 0, "d": 5500, "in": 0, "speed": 1.0})
    rows = place(d, {"m": TALK}, 5500)
    assert query_terms("the part where I talk about pricing") == ["pric"]
    assert matching_sentences(rows, "park") == [0]
    assert matching_sentences(rows, "parks") == [0]
    assert matching_sentences(rows, "thinking") == [1]
    assert matching_sentences(rows, "bananas") == []
    zh = place(d, {"m": words(("我们", 500, 900), ("聊聊", 900, 1300), ("价格。", 1300, 1800))}, 5500)
    assert matching_sentences(zh, "讲价格的部分") == [0]


def test_a_cut_never_takes_the_kept_word_that_shares_the_fillers_sound() -> None:
    # From benchmarks/transcript.py (said: "nice in | um, | spring. | we | we should"): Whisper
    # stretched "in," over the "um" and stamped "um," on the sound of "spring"; the quiet stretch nearest
    # to the gap it gives between "um," and "spring." lies after "spring". Cutting "um," up to there
    # clipped "spring"; the filler is left in instead, and the repeated "We" still goes.
    talk = words(("nice", 2110, 2390), ("in,", 2390, 3262), ("um,", 3618, 4010), ("spring.", 4010, 4126),
                 ("We", 4738, 5182), ("we", 5378, 5670), ("should", 5670, 5870))
    d = draft({"src": "m", "start": 0, "d": 7000, "in": 0, "speed": 1.0})
    rows = place(d, {"m": talk}, 7000)
    quiet = {"m": [(1000, 2110), (2600, 2890), (3240, 3530), (4060, 4750), (5100, 5400), (5900, 7000)]}
    keep = {r.word for r in rows if not (r.is_filler or r.is_repeat)}
    cuts, gone = plan_cuts(rows, keep, clips_of(d), quiet=quiet)
    spring = (3534, 4053)  # where "spring" really is
    assert not [c for c in cuts if c[0] < spring[1] and c[1] > spring[0]], cuts
    assert {r.text for r in rows if r.word in gone} == {"We"}
    assert cuts and all(4060 <= a < b <= 5400 for a, b in cuts), cuts


def test_a_long_run_of_fillers_or_repeats_is_a_decoding_loop_and_stays() -> None:
    # Whisper looping "呃Ｇ呀Ｇ呀…" over ten seconds of speech marks every copy a repeat: not a hesitation
    loop = [("我", 400, 700), ("呃", 1000, 1300), ("好", 1400, 1550)] + [
        (t, 1700 + 400 * k, 1900 + 400 * k) for k in range(30) for t in ["Ｇ呀"]]
    rows = place(draft({"src": "m", "start": 0, "d": 14000, "in": 0}), {"m": words(*loop)}, 14000)
    assert sum(r.is_repeat for r in rows) > 20
    assert disfluencies(rows) == {1}  # the lone filler goes, the loop stays
    talk = place(draft({"src": "m", "start": 0, "d": 5500, "in": 0}), {"m": TALK}, 5500)
    assert {talk[i].text for i in disfluencies(talk)} == {"um,", "I"}
    assert {talk[i].text for i in disfluencies(talk, repeats=False)} == {"um,"}
