"""normalize: requests are rewritten in time linear in their length (a regex runs holding the GIL, so a
pattern that backtracks exponentially stalls the whole engine, not one turn)."""

from __future__ import annotations

import os
import subprocess
import sys

from vidai_nb.engine.agent.normalize import fix_typos, normalize

# 30 commas with spaces between them: linear patterns take well under a millisecond; the nested
# quantifier "(?:\s*(?:,|and|&)\s*)+" needed about 0.6 s at 9 commas, and triples with each one.
SPACED_COMMAS = "cut seconds 2 to 4" + ",    " * 30 + "x"


def test_spaced_commas_after_a_pair_of_seconds_do_not_backtrack() -> None:
    # In a child process: a pattern that backtracks holds the GIL, and a timeout in this one could
    # not stop it.
    code = f"from vidai_nb.engine.agent.normalize import normalize; normalize({SPACED_COMMAS!r})"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    try:
        subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=30)
    except subprocess.TimeoutExpired:
        raise AssertionError("normalize() backtracked for 30 s on spaced commas") from None


def test_pairs_of_seconds_joined_by_commas_and_and_keep_their_unit() -> None:
    out = normalize("cut seconds 2 to 4 ,  and 10 to 12 & 14 to 16").text
    assert out.count(" to ") == 3
    for ms in ("§2000§", "§4000§", "§10000§", "§12000§", "§14000§", "§16000§"):
        assert ms in out, out


def test_a_time_taken_back_in_the_same_breath_gives_way_to_the_next() -> None:
    assert normalize("split at 0:20... no wait, at 0:25").text == "split at §25000§"
    assert normalize("在1分05秒……不对，在0分45秒处分割").text == "在 §45000§ 处分割"
    # the length said as the reason goes with the time it rules out
    assert normalize("split at 1m5s... no its 60s long, split at 0m50s").text == "split at §50000§"
    # two times in a range are no correction
    assert "§20000§" in normalize("cut 0:20, 0:25 and 0:40").text


def test_em_after_a_verb_is_them() -> None:
    assert "keep them" in normalize("nah keep em").text
    assert "cut them" in normalize("cut 'em both").text
    assert "em dash" in normalize("use an em dash in the title").text


def test_ordinary_words_near_keywords_are_not_corrected() -> None:
    # "emotional" is no typo of "motion", "radio" none of "audio"
    assert fix_typos("the emotional part with the radio song") == "the emotional part with the radio song"


def test_a_range_taken_back_is_replaced_whole_and_an_end_alone_keeps_its_start() -> None:
    from vidai_nb.engine.agent.semantics import corrected

    # the number fixer leaves clock times alone; the times are corrected once marked
    said = "remove 0:10 to 0:20, no wait, 0:15 to 0:25"
    assert corrected(said) == said
    assert normalize(said).text == "remove §15000§ to §25000§"
    assert normalize("cut 0:10 to 0:20... no, 0:25").text == "cut §10000§ to §25000§"


def test_real_words_are_not_corrected_to_edit_words() -> None:
    # "reporter" had become "reorder", "barks" "bars" and "landing" "leading" (a cut looked up under the
    # wrong word); an English word-frequency list tells a real word from a typo
    said = "the reporter stumbles where the dog barks on the landing"
    assert fix_typos(said) == said


def test_typos_that_are_no_words_are_still_corrected() -> None:
    assert fix_typos("add subtitels and a tittle, make the musci louder, crossfad them") == \
        "add subtitles and a title, make the music louder, crossfade them"
