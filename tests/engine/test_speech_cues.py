"""Subtitle cues from timed words: lengths, lines, timing, and where they break."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vidai_nb.engine.speech import Cue, Word, make_cues
from vidai_nb.engine.speech.fillers import is_filler
from vidai_nb.engine.speech.layout import layout, width


def words_from(text: str, word_ms: int = 300, gap_ms: int = 80, pause_after: dict[int, int] | None = None
               ) -> list[Word]:
    """Evenly timed words; `pause_after` maps a word index to an extra gap after it."""
    out: list[Word] = []
    t = 0
    for i, token in enumerate(text.split()):
        out.append(Word(token, t, t + word_ms, 0.9))
        t += word_ms + gap_ms + (pause_after or {}).get(i, 0)
    return out


def check_rules(cues: list[Cue], words: list[Word], max_chars: int = 42, max_lines: int = 2,
                min_ms: int = 1000, max_ms: int = 7000) -> None:
    """The rules every cue list keeps."""
    # Every word but the fillers appears once, in order, never split (a sentence end written on a
    # dropped filler moves to the word before it).
    shown = " ".join(c.text.replace("\n", " ") for c in cues).split()
    kept = [w.text for w in words if not is_filler(w.text)]
    if len(kept) == len(words):
        assert shown == kept
    else:
        assert [t.rstrip(",.") for t in shown] == [t.rstrip(",.") for t in kept]
    for i, cue in enumerate(cues):
        lines = cue.text.split("\n")
        assert len(lines) <= max_lines
        assert all(width(line) <= max_chars or " " not in line for line in lines), lines
        assert cue.start_ms < cue.end_ms
        assert cue.end_ms - cue.start_ms <= max_ms
        if i + 1 < len(cues):
            nxt = cues[i + 1]
            assert cue.end_ms <= nxt.start_ms, "cues overlap"
            # Shorter than min_ms only when the next cue starts too soon to allow more.
            assert cue.end_ms - cue.start_ms >= min_ms or cue.end_ms == nxt.start_ms
        else:
            assert cue.end_ms - cue.start_ms >= min_ms


def test_fillers_are_left_out_of_the_cues() -> None:
    # the stored transcript is verbatim; subtitles show what was meant
    words = words_from("So, um, the park is nice, uh. We can go.")
    cues = make_cues(words)
    assert " ".join(c.text.replace("\n", " ") for c in cues) == "So, the park is nice. We can go."
    check_rules(cues, words)


def test_short_sentence_is_one_single_line_cue() -> None:
    words = words_from("Hello there.")
    assert make_cues(words) == [Cue(0, 1000, "Hello there.")]  # lengthened to the 1 s minimum


def test_long_text_respects_limits_and_balances_lines() -> None:
    text = ("Subtitles are easier to read when each cue holds a short phrase, when the two lines are of "
            "similar length, and when a cue does not stay on screen for too long or vanish too quickly.")
    words = words_from(text)
    cues = make_cues(words)
    check_rules(cues, words)
    assert len(cues) >= 3
    for cue in cues:
        lines = cue.text.split("\n")
        if len(lines) == 2:
            assert abs(len(lines[0]) - len(lines[1])) <= 16, lines


def test_breaks_at_sentence_end_and_pause() -> None:
    words = words_from("We start here. Then we pause for a while and continue after it", pause_after={8: 900})
    cues = make_cues(words)
    check_rules(cues, words)
    texts = [c.text.replace("\n", " ") for c in cues]
    assert texts[0] == "We start here."
    assert texts[1].endswith("a while"), texts  # the 900 ms pause after "while" ends the cue
    assert texts[2].startswith("and continue")


def test_prefers_clause_punctuation_when_a_cue_is_full() -> None:
    text = "When the rain finally stopped after three long days, everybody in the village went outside"
    cues = make_cues(words_from(text))
    assert cues[0].text.replace("\n", " ").endswith("days,"), cues


def test_long_sentence_splits_before_a_connective_not_leaving_an_orphan() -> None:
    text = "Doctor Patel moved the appointment to Thursday because the clinic was overbooked."
    cues = make_cues(words_from(text, word_ms=250, gap_ms=30))
    assert [c.text.replace("\n", " ") for c in cues] == [
        "Doctor Patel moved the appointment to Thursday",
        "because the clinic was overbooked.",
    ]


def test_lines_do_not_end_on_an_article() -> None:
    lines = layout(["Dr.", "Patel", "moved", "the", "appointment", "to", "Thursday"], 30, 2)
    assert lines is not None and not lines[0].endswith(" the")


def test_max_duration_splits_slow_speech() -> None:
    words = words_from("one two three four five six seven eight", word_ms=900, gap_ms=200)
    cues = make_cues(words)
    check_rules(cues, words)
    assert len(cues) >= 2


def test_cjk_counts_double_and_joins_without_spaces() -> None:
    chars = list("我们今天去公园散步然后回家吃饭晚上看电影明天继续工作后天休息一天")
    words = [Word(ch, i * 250, i * 250 + 200, 0.9) for i, ch in enumerate(chars)]
    cues = make_cues(words)
    for cue in cues:
        assert " " not in cue.text
        assert all(width(line) <= 42 for line in cue.text.split("\n"))
    assert "".join(c.text.replace("\n", "") for c in cues) == "".join(chars)


def test_layout_balances_two_lines() -> None:
    text = "The quick brown fox jumps over the lazy dog and then it runs away"
    lines = layout(text.split(" "), 42, 2)
    assert lines == ["The quick brown fox jumps over", "the lazy dog and then it runs away"]
    assert layout(["word"] * 30, 42, 2) is None  # too long for two lines


def test_overlapping_word_times_are_made_monotonic() -> None:
    words = [Word("a", 0, 600, 1.0), Word("b", 500, 900, 1.0), Word("c.", 880, 1500, 1.0),
             Word("Next", 3000, 3400, 1.0)]
    cues = make_cues(words)
    check_rules(cues, words)


@st.composite
def word_lists(draw: st.DrawFn) -> list[Word]:
    tokens = draw(st.lists(st.text("abcdefghij,.", min_size=1, max_size=14), min_size=1, max_size=60))
    words: list[Word] = []
    t = draw(st.integers(0, 5000))
    for tok in tokens:
        d = draw(st.integers(20, 1500))
        words.append(Word(tok, t, t + d, 1.0))
        t += d + draw(st.integers(0, 2500))
    return words


@settings(max_examples=150, deadline=None)
@given(word_lists())
def test_rules_hold_for_any_words(words: list[Word]) -> None:
    check_rules(make_cues(words), words)
