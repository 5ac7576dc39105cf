"""Filler words ("um", "uh", 嗯, 呃) and false starts ("I I think", "we- we") in a run of words."""

from __future__ import annotations

import re
from collections.abc import Sequence

# Only sounds that carry no meaning: "like", "you know", "so", 那个 and 就是 are often real words,
# and cutting a real word is worse than leaving a filler in.
FILLERS_EN = frozenset({
    "um", "umm", "ummm", "uh", "uhh", "uhm", "er", "erm", "err", "ah", "ahh", "hmm", "hm", "hmmm", "mm",
    "mmm", "eh",
})
FILLER_CHARS_ZH = frozenset("嗯呃额啊唔诶欸")

_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


def norm(text: str) -> str:
    """A word as compared: lower case, without the punctuation around it ("We-" -> "we")."""
    return _EDGE.sub("", text.strip().lower())


def is_filler(text: str) -> bool:
    """True for a word that is only a hesitation sound, in English or Chinese."""
    w = norm(text)
    if not w:
        return False
    if w in FILLERS_EN:
        return True
    return all(ch in FILLER_CHARS_ZH for ch in w)


def _repeatable(words: list[str]) -> bool:
    # A doubled single Chinese character is usually one word (谢谢, 看看, 妈妈), not a false start.
    if len(words) == 1 and len(words[0]) == 1 and ord(words[0]) >= 0x2E80:
        return False
    return any(ch.isalnum() for w in words for ch in w)


def repeats(texts: Sequence[str], max_n: int = 3) -> list[bool]:
    """Which words are the first copy of an immediate repeat: "I I think" marks the first "I",
    "I think I think it" the first "I think" (phrases of up to `max_n` words). The last copy stays,
    since it is the one the sentence goes on from. Fillers between the copies are skipped over
    ("the, um, the park")."""
    words = [norm(t) for t in texts]
    out = [False] * len(words)
    content = [i for i, w in enumerate(words) if w and not is_filler(texts[i])]
    k = 0
    while k < len(content):
        marked = False
        for n in range(max_n, 0, -1):
            if k + 2 * n > len(content):
                continue
            first = [words[content[k + j]] for j in range(n)]
            second = [words[content[k + n + j]] for j in range(n)]
            if first == second and _repeatable(first):
                for j in range(n):
                    out[content[k + j]] = True
                k += n
                marked = True
                break
        if not marked:
            k += 1
    return out
