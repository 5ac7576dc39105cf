"""The words that take back or correct what was just said in the same message ("no wait", "actually",
"i mean", "scratch that", 不对, 算了, 等下 …), in ONE table.

Each entry is a regex alternation (no group around it), named by the pattern that reads it: what a marker
may be differs by what is corrected (a number, a quoted text, a clip, a time …), so the entries are not one
list - but every marker word lives here, and normalize, resolver, semantics and parser build their
patterns from this table (`MARKERS[name]`). A marker said in a new way is added here, to the entries of
the patterns that should hear it.
"""

from __future__ import annotations

# the English markers every correction of a said value hears ("…, actually 3", "…, no wait, 3", "…, sorry, 3")
_EN_CORE = r"actually|no wait|wait|sorry|oops"
# "no wait" and "wait no", "actually no" said first: the longer markers before their parts
_EN_LONG_FIRST = r"no wait|wait no|actually no|actually|wait"

# "不对不对", "不是", "说错了", "哦不", "算了": a Chinese marker that takes back the amount just said (said
# once or over again: "不对不对", "不是不是", "错了错了")
# ("循环5次 等下 3次就够了": 等下 / 等等 set off on its own is "wait" - a pause before the new amount)
_ZH_TAKE_BACK = (r"(?:不对|不是|哦不|啊不|算了|不不|(?:说|搞|弄|写|打)?错了|"
                 r"(?<![\u4e00-\u9fff])(?:哦|啊)?(?:等下|等等|等一下)(?![\u4e00-\u9fff]))"
                 r"(?:[\s,，]*(?:不对|不是|不不|算了|(?:说|搞|弄|写|打)?错了))*")

MARKERS: dict[str, str] = {
    # semantics._FILE_CORRECTION: "put splash.png.. i mean photo1.jpg"
    "file": _EN_CORE + r"|hmm|不对|哦不",
    # semantics: the Chinese take-back of an amount (inside "number")
    "zh_take_back": _ZH_TAKE_BACK,
    # semantics._CORRECTION: a number corrected ("er" is a word of its own; a bare "no" too)
    "number": _EN_CORE + r"|hmm|\ber+m?\b|\bno\b|\bnah\b|\bnope\b|" + _ZH_TAKE_BACK,
    # semantics._END_CORRECTION: "take 3 sec off the end—sorry no, the start"
    "end": _EN_CORE + r"|i mean|i meant",
    # semantics._QUOTE_CORRECTION: quoted words corrected ("'Chapter One'... no make it 'Chapter 1'")
    "quote": _EN_CORE + r"|hmm|scratch that|\bno\b|\bnope\b|\bnah\b|(?:不对)+|哦不|啊不|"
                        r"不是不是|算了|(?:打|写|说)错了",
    # semantics._WORD_CORRECTION: a direction corrected ("flip it vertically, wait no, horizontally")
    "word": _EN_CORE + r"|hmm|不对|哦不|啊不|不是",
    # semantics._ORDINAL_CORRECTION: a clip's place corrected ("the second clip — wait, the third one")
    "ordinal": _EN_CORE + r"|hmm+|no|nah|uh+|um+",
    # semantics._PLACE_CORRECTION: where a clip goes, corrected ("put c first, no actually second")
    "place": _EN_CORE + r"|hmm+|no|nah|nope|uh+|um+|scratch that|on second thought",
    # semantics._COUNT_CORRECTION: a count in words corrected ("twice.. actually 3 times")
    "count": _EN_LONG_FIRST + r"|no|nope|nah|sorry|oops|i mean|i meant|scratch that|hmm",
    # semantics._VALUE_MARKER: a setting corrected ("top right, no, bottom right", "mp4 嗯…还是mov吧")
    "value": _EN_LONG_FIRST + r"|no+|nope|nah|sorry|oops|i mean|i meant|scratch that|"
                              r"or rather|on second thoughts?|hmm+|(?:不对)+|不是不是|哦不|啊不|算了|"
                              r"(?:说|搞)?错了",
    # semantics._HALF_CORRECTION: "actually half a sec" (English) …
    "half": r"actually|wait|no|nah|nope|sorry|i mean|i meant|make it|make that|hmm+|oh|on second thought",
    # … and in Chinese
    "half_zh": r"不对|算了|还是",
    # normalize._OBJECT_CARRIED_EN: a removal taken back, the clip carried to the new verb
    "object_en": r"no wait|wait no|wait|actually no|actually|no|nah|nope|hmm+ no|sorry|oops|i mean|"
                 r"scratch that|never ?mind|on second thought",
    # normalize._OBJECT_CARRIED_ZH: the same in Chinese (besides 等下…还是要的, read with its keep)
    "object_zh": r"(?:不对)+|哦不|啊不|不是不是",
    # normalize._TAKEN_BACK: a clip named, then corrected ("the first clip - i mean clip 2", "delete c - typo,
    # b", "delete c, my bad, b")
    # ("i\s+meant?\b": "i mean" must never stop short of "i meant", leaving a "t" read as a verb)
    "clip": r"no\s+wait|wait\s+no|wait|no|nope|sorry|i\s+meant?\b|actually|oops|make\s+that|"
            r"or\s+rather|my\s+bad|my\s+mistake|typo",
    # normalize._clip_corrected: a clip named by its file, then corrected in Chinese ("删c 噢不对 删b", "删掉c
    # 打错了 删掉b", "删c 手滑了 是b": the slip of the hand or the tongue owned is the marker too)
    "file_zh": r"(?:不对)+|哦不|噢不|啊不|不是不是|不是|(?:说|打|写|搞|弄|点|选)错(?:字|话)?了|手滑了?|口误",
    # normalize._clip_corrected: the slip owned AFTER the clip said again ("删c 噢不对 删b 手滑", "delete c
    # oops i mean b, typo") - no new clip, nothing to read
    "file_after": r"手滑了?|(?:说|打|写|搞|弄|点|选)错(?:字|话)?了|口误|sorry|oops|my\s+bad|typo|haha|lol|"
                  r"哈哈+",
    # normalize._TIME_CORRECTION: a time corrected ("0:10 to 0:20, no wait, 0:15 to 0:25")
    "time": r"no|nah|nope|wait|actually|sorry|oops|hmm|i mean|i meant|不对|不是|哦不对|啊不对|哦不|啊不|"
            r"错了|说错了",
    # normalize._TIME_CORRECTION: a Chinese marker after a bare space
    "time_zh": r"不对|哦不|啊不|错了|说错了",
    # normalize._RANGE_CORRECTION: a range corrected, said again bare
    "range": r"no|nah|nope|wait|actually|sorry|oops|hmm|i mean|i meant|make (?:it|that)|不对|不是|哦不|啊不|"
             r"说错了|错了|我是说|应该是|是",
    # resolver.TAKE_BACK: what was said before is taken back (the edit, not a value of it)
    # ("不对不对": the marker said over again is one marker; "原声删了吧…不不 原声留着": 不不 is one too)
    # ("背景音乐不要了…算了 调小到10%吧", "加字幕 算了 音乐不要了": 算了 set off on its own takes back
    # as 不对 does - not glued on, "静音算了" is "just mute it", nor before 再 / 另外: "静音 算了 再加个字幕"
    # adds to it)
    # ("剪掉前6秒 哦不对 是前6秒静音": an interjection glued before 不对 is the same marker)
    "take_back": r"(?:哦|啊|噢|哎|诶|欸)?(?:不对)+|不是不是|不不+|哦不|啊不|"
                 r"(?:还是)?算了(?:算了)*(?![\s,，]*(?:再|另外|顺便|也|还要|同时))|"
                 # ("音乐删了吧…哎等下 还是留着 调到10%", "bgm不要了 等一下 还是保留": a pause word right
                 # before a keep takes the removal back - the keep and the level stand)
                 r"(?:哎|诶|欸|哦|啊|呃|嗯)?\s*(?:等下|等等|等一下|等会儿?)(?=[\s,，…]*(?:还是|就|先)?\s*"
                 r"(?:把)?\s*(?:音乐|背景音乐|配乐|bgm|它)?\s*(?:还是|就|先)?\s*(?:留着|保留|留下|别删|不删))|"
                 # ("mute the whole thing — no actually leave the sound": "no" before "actually" the same)
                 r"\bactually,?\s+no\b|\bwait,?\s+no\b|\bno,?\s+wait\b|\bno,?\s+actually\b|"
                 # ("remove the music... hmm no, just turn it down to 15%": a hesitation, then "no")
                 r"\b(?:hmm+|hm+|um+|uh+|erm?|oh|ah|nah)[,.…]*\s+no\b|"
                 # ("mute it - nah keep the sound": "nah" / "nope" right before a keep takes it back)
                 r"\b(?:nah|nope)[,.…!]*(?=\s+(?:keep|leave)\b)|"
                 r"\bscratch that\b|\bnever ?mind(?: that)?\b|\bforget (?:that|it)\b|\bon second thoughts?\b|"
                 # ("remove the bgm po... ay wait, just make it lower": a bare "wait" with "just" after it -
                 # the edit said before is replaced by the one said after, never both done)
                 r"\bwait[,.…!]*(?=\s+just\b)|"
                 # ("put c first... no, put b first": a bare "no" right before an edit verb said again - the
                 # edit after it replaces the one before; "loop b 2 times — no i mean just duplicate b once")
                 r"\b(?:no|nope|nah)[,.…!]*(?=\s+(?:put|move|place|stick|keep|make|set|loop|duplicate|export)\b)|"
                 r"\bno,?\s+i\s+meant?\b",
    # semantics._ENOUGH: "loop it 3x... actually twice is enough"
    "enough": r"actually|wait|hmm|oh|no",
    # semantics._AMOUNT_ENOUGH: "剪掉前5秒，别删太多，3秒就行", "cut 5s, actually that's too much, 3"
    "amount": r"no|nah|nope|actually|wait|hmm|oh|sorry|不对|不是|算了|哦|啊|嗯",
    # normalize._clip_corrected: "把第二段删了 啊不对 是第三段"
    # ("把第三段删了 打错了 是第二段", "删第三段 手滑了 删第二段": the slip owned is the marker too)
    # ("删掉第二段 等下 删第三段才对": 等下 set off on its own is "wait" - a pause before the clip meant)
    "clip_zh": r"(?:不对)+|哦不|噢不|啊不|不是不是|(?:说|打|写|搞|弄|点|选)错(?:字|话)?了|手滑了?|口误|"
               r"(?<![\u4e00-\u9fff])(?:等下|等等|等一下)(?![\u4e00-\u9fff])",
    # normalize._POINT_CORRECTION: "第8秒定格 哦不对 是第9秒"
    "point_zh": r"不对|不是|说错了|错了|搞错了|口误",
    # parser._CORRECTION_LEAD: what may come before the lead ("no, i mean …")
    "lead_pre": r"no|nah|oops|sorry|wait|or",
    # parser._CORRECTION_LEAD: "…, i mean …", "…，我是说…": what follows replaces what was said before
    "lead": r"i mean|i meant|what i mean is|or rather|rather|make (?:it|that)|scratch that|correction|"
            r"actually",
    "lead_zh": r"我是说|我的意思是|准确(?:地)?说|应该说|换句话说|改成|其实是",
}


# The words of a reason clause - what says WHY an edit is asked, never an edit of its own: "because …",
# "… since the fan is loud", "my students are complaining of the fan noise", "my boss says it looks
# amateur", "make it 720p, the uni server chokes on 1080". One table, like MARKERS: semantics.reason_values,
# rules/sound._noise_is_why and rules/text (someone's words reported) build their patterns from it
# (`reason_words(...)`), each from the entries it should hear. A reason said in a new way is added here.
_WHY_LEAD = r"because|since|cause|cuz|coz|bc|due to|thanks to"
# ("the kids hate the hum", "the buzz is distracting", "my students are complaining"): a feeling about it
_WHY_FELT = r"complain\w*|annoy\w*|bother\w*|distract\w*|hate\w*|can'?t stand"

REASONS: dict[str, str] = {
    # the base every reader hears: a reason said in so many words, or a feeling about what is there
    "why": _WHY_LEAD + r"|" + _WHY_FELT,
    # semantics.reason_values: a later clause that only says how the value just replaced is, was, looks …
    # ("1.5x, 2x was way too fast", "cap it at 720p, the uni server chokes on 1080")
    "state": r"is|isn'?t|was|wasn'?t|are|aren'?t|were|looks?|looked|seems?|got|gets|chokes?|choked|can'?t|"
             r"cant|cannot|won'?t|wont|doesn'?t|didn'?t|kills?|killed|drowned|crash\w*|lags?|lagged|"
             r"stutter\w*|struggles?|hates?|takes? forever|too|keeps?|kept|fail\w*|sound(?:s|ed)|felt|"
             r"feels?|broke|breaks|makes|made|ruin\w*|had|has|went|goes|died|dies|freez\w*|froze|"
             r"would(?:n'?t)?",
    # … and in Chinese (no word bounds)
    "state_zh": r"太|卡|传不|放不|播不|带不动|受不了|不行|不了",
    # rules/text._REPORTED: someone's words reported ("client says …", "my mum keeps texting …") - after who
    # said them, the words of the reason
    "told": r"says?|said|saying|texting|texted|commenting|commented|complaining|complained|messaging|"
            r"messaged|writing in|wrote in|typing",
}


def reason_words(*names: str) -> str:
    """The English words of the named REASONS entries, one alternation between word bounds (no group
    captured): `reason_words("why")` is "because", "since", "complaining", "hate" … said as whole words."""
    return r"\b(?:" + r"|".join(REASONS[n] for n in names) + r")\b"
