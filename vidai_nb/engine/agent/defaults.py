"""The amounts the planner uses when a request names none ("fade in and out", "a little faster", "big
letters"). docs/operations.md lists them in "Amounts used when a request names none", generated from these
names (and from the operations' own field defaults), and tests/test_docs.py runs every row of that table.
"""

from __future__ import annotations

FADE_MS = 1000  # a fade of the video (picture and sound) with no length
MUSIC_FADE_MS = 2000  # a fade of the music with no length
SPEED_UP, SLOW_DOWN, SLOW_MOTION = 1.5, 0.75, 0.5  # "speed it up", "slow it down", "slow motion"
# "a little faster / slower", "稍微快一点", "慢一点": one mild step, the reply says how to ask for more
MILD_FASTER, MILD_SLOWER = 1.25, 0.8
# "brighter" / "darker": brightness ± this; "more / less contrast", "more / less saturated": × (1 ± this)
BRIGHTNESS_STEP, CONTRAST_STEP, SATURATION_STEP = 0.15, 0.2, 0.3
LOUDER, QUIETER = 1.5, 0.5  # "louder" / "quieter": times the level now
MUSIC_QUIET, MUSIC_LOUD = 0.15, 0.8  # music added "quietly" / "loud" (no word: the add_music default)
# a size word for new text: the title's and the text's font size (no word: the operation's default)
TITLE_SIZES = {"small": 48, "big": 144, "huge": 192}
TEXT_SIZES = {"small": 40, "big": 96, "huge": 128}
LOGO_SMALL, LOGO_BIG = 0.1, 0.25  # a "small" / "big" logo: its share of the frame's width
# a "tiny" / "big" picture in picture: its share of the frame's width ("small" is the pip's own default, 0.3)
PIP_TINY, PIP_BIG = 0.2, 0.45
GIF_MS = 3000  # a GIF said to start somewhere, with no length
