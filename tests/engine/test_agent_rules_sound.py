"""rules/sound.py: the voice-quality wish is found in time linear in the request (a regex holds the
GIL while it backtracks: the whole engine stalls, not one turn)."""

from __future__ import annotations

import os
import subprocess
import sys

# "sound " was matched by two alternatives ("sound\s+" and "sounds?\s+") of a repeated group: 2^n ways
# to fail. 12 repetitions took 12.8 s; 25 would take days.
REPEATED = "sound sounds more " * 25 + "x"


def test_repeated_sound_words_do_not_backtrack() -> None:
    code = ("from vidai_nb.engine.agent import parse\n"
            "from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft\n"
            f"parse({REPEATED!r}, 'en', list(SAMPLE_MEDIA.values()), sample_draft())\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    try:  # in a child process: a backtracking regex holds the GIL, and this one could not stop it
        subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)
    except subprocess.TimeoutExpired:
        raise AssertionError("parse() backtracked for 60 s on repeated 'sound sounds more'") from None


def test_voice_quality_wish_is_still_asked_about() -> None:
    from vidai_nb.engine.agent import parse
    from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

    for text in ("make my voice sound more professional", "the audio sounds muffled",
                 "my voice sound sound better"):
        plan = parse(text, "en", list(SAMPLE_MEDIA.values()), sample_draft())
        assert plan.question and "noise" in plan.question, (text, plan)
