"""Rules for cutting: keep / remove ranges, trims, dead air, silences, split, clips and their order."""

from __future__ import annotations

import itertools

from vidai_nb.engine.ops import MediaRef, OpBase
from vidai_nb.engine.ops import schemas as s

from .. import cached_re as re
from ..numbers import zh_value
from ..reading import RECORDER, note, refer
from .common import (
    ORDINALS,
    SEG_WORD,
    SELECTIVE_COLOUR,
    SEP,
    SPEED_HALVED,
    Clause,
    Hit,
    T,
    clock,
    end_cut_question,
    file_step,
    lone_length,
    ms_after,
    ranges,
    rx,
    said_part,
    segment_refs,
    speed_for_length,
    target_note,
    times,
)

# what has an amount rather than a length: "cut the saturation / the volume to half"
# ("cut the song to half": the sound named is turned down, never the video halved)
_PROPERTY = (r"\b(?:saturation|brightness|contrast|volume|loudness|music|song|bgm|voice|mic|audio|sound|"
             r"speed|colou?rs?|exposure|gain|bass|treble)\b|饱和度|亮度|对比度|音量|声音|速度")
# ("i only want to lose the opening 4 sec": a want of a cut is no keep)
_WANT_CUT = (r"(?!\s+(?:to\s+)?(?:lose|cut|remove|delete|drop|trim|chop|get rid|take (?:out|off)|shave|"
             r"kill)\b)")
# "just get the first half", "get the last 20 seconds", "take the middle 10 s": get / take before a part of
# the time is the part wanted - unless the rest of the request does something else with that part ("take
# the first 5 s off", "get the last 5 s and move them to the start", "take the first 3 s and make a gif")
_GET_ELSE = (r"\b(?:off|out|away|gone|removed|cut|deleted|trimmed|sped|slowed|muted|faster|slower|speed|slow|"
             r"black|gr[ae]y|louder|quieter|brighter|darker|mov(?:e|ed|ing)|put|place|copy|duplicate|loop|"
             r"repeat|freeze|paste|mute|gif|export|save|thumbnail|to the (?:end|start|front|back))\b")
_GET_PART = (rf"(?:(?:just|only)\s+)?(?<!\bto )(?:get|take)(?:\s+me)?(?:\s+(?:just|only))?(?=\s+(?:the\s+)?"
             rf"(?:very\s+)?(?:first|last|final|opening|closing|middle)\s*(?:§|half\b|quarter\b|third\b))"
             rf"(?![^,;]*{_GET_ELSE})")
KEEP = (rf"\b(?:keep|leave only|leave just|only (?:use|want|need){_WANT_CUT}|only keep|"
        rf"just (?:use|want|need){_WANT_CUT}|just keep|use only|"
        # "just the final 6 secs pls": a part named alone, first thing said, is the part wanted
        r"(?<![\w\s,])(?<!\S\s)(?:just|only)(?=\s+(?:the\s+)?(?:first|last|final|opening|closing|middle)\s*§)|"
        rf"{_GET_PART}|"
        # "gimme just the first half", "i want everything after the 4 sec mark": a part of the time wanted
        r"(?:i (?:want|need)|gimme|give me)\s+(?:just\s+|only\s+)?(?:everything\s+|"
        r"all\s+)?(?=(?:the (?:first|"
        r"last|final|opening|closing|middle|second)|(?:after|before|from|past|up to|until|between)\b|§)"
        r"(?![^,;]*\b(?:gone|removed|out|cut|deleted|trimmed|sped|slowed|muted|faster|slower)\b))|"
        r"preserve|extract|pick|grab|"
        # "leave everything apart from 10s-20s", "leave in everything but 0:10-0:20": leave said of all but a
        # part is keep (the part named after the "but" goes, read by _EXCEPT)
        r"leave(?=\s+(?:in\s+)?(?:everything|all of it|the whole thing|the rest)\s*,?\s+"
        r"(?:but|except(?: for)?|apart from|other than)\b)|"
        # ("mirror just the bit from 0:40 on", "make only the part after 0:40 black and white": a whole-video
        # change said of "just the bit" names where it is wanted - never the part kept)
        r"(?<!mirror )(?<!flip )(?<!rotate )(?<!make )(?<!turn )(?<!blur )(?<!crop )(?<!zoom )(?<!tint )"
        r"(?<!brighten )(?<!darken )(?<!invert )(?<!color )(?<!colour )(?<!grade )(?<!mirrored )(?<!flipped )"
        r"(?:just|only) the (?:bit|part|section|piece)|"
        r"give me (?:just |only )?the (?:bit|part|section|piece)|"
        # "0:10 to 0:20, that's the part i want": the part wanted is the part kept
        r"the (?:bit|part|section|piece|portion)s? (?:i|we) (?:want|need|like|wanna keep)"
        r"(?!\s+(?:gone|removed|out|cut|deleted)))\b|"
        # "from 0:40 to the end is the only good part", "0:10-0:30 is all i want": the part said is kept
        r"\b(?:is|are|'s)\s+(?:the\s+)?only\s+(?:(?:good|usable|decent|useful|nice|watchable|worthwhile|"
        r"interesting|funny|important|real)\s+)?(?:part|bit|section|piece|stuff|one|thing|content)s?\b|"
        r"\b(?:is|are|'s)\s+(?:the\s+)?only\s+(?:good|usable|decent|watchable|worthwhile)\b|"
        # "the only usable bit is 0:18 to 0:37": the part named first, then its times
        r"\bthe\s+only\s+(?:(?:good|usable|decent|useful|nice|watchable|worthwhile|interesting|funny|"
        r"important|real)\s+)?(?:part|bit|section|piece|stuff|thing|content)s?\s+(?:(?:i|we)\s+(?:want|need|"
        r"like|can use)\s+)?(?:is|are|'s)(?=\s+(?:from\s+|between\s+)?§)|"
        r"\b(?:is|are|'s)\s+all\s+(?:i|we)\s+(?:want|need)\b|"
        r"\b(?:is|are|'s)\s+(?:the\s+)?(?:only\s+)?(?:part|bit|section|piece)s?\s+worth\s+keeping\b|"
        # "everything but the first 4 seconds stays": what is named after "but" goes (read by _EXCEPT)
        r"(?:everything|all of it|the whole thing)(?=\s+(?:but|except(?: for)?|apart from|other than)\b"
        r"[^,;.]*?\b(?:stays?|can stay|should stay|remains?|is (?:fine|good|ok|okay)|is a keeper)\b)|"
        # "everything stays except the first 4 sec", "the rest can stay apart from the last 2 s": that it
        # stays said first, then what goes (read by _EXCEPT)
        r"(?:everything|all of it|the whole thing|the rest)\s+(?:stays?|can stay|should stay|remains?|"
        r"is a keeper)(?=\s*,?\s+(?:but|except(?: for)?|apart from|other than)\b)|"
        # "everything after 0:50 stays, the rest can go": a time, then that the part there stays - kept (the
        # rest said to go is what keeping does; "stays quiet" and the like are no keeping)
        r"(?<=§)\s*(?:on(?:wards?)?\s+|to the end\s+)?(?:stays|can stay|should stay|remains|is a keeper)"
        r"(?:\s+as\s+is)?(?=\s*(?:[,;.]|$|\s+(?:and|but|so)\b))|"
        # ("其余的全都要留着": 要 before 留着 is "want it kept", one keep)
        r"保留|只要|只留|留下|截取|提取|(?:都|全|全部)(?:要\s*留着|留着|要)|"
        # "能用的就0:18到0:37那段", "能用的只有0:18到0:37": what can be used is the part kept
        r"(?:能用|可以用|有用|好用)的(?:部分|地方)?\s*(?:就|只有|只是|就是|只|是)\s*(?:那|这)?\s*(?:段|部分)?\s*"
        r"(?=(?:从\s*)?§\d+§\s*(?:到|至|-|–))|"
        r"截出|(?:单独)?拿出来|单独(?:截|剪)出来|"
        # "剪出5秒到20秒那段": 剪出 (cut out and take) before a range makes a clip of it (剪出去 throws it
        # away)
        r"剪出(?=\s*(?:从\s*)?§\d+§\s*(?:到|至|-|–|~)\s*§\d+§)|"
        # "把5秒到20秒那段剪出来", "把开头5秒抠出来": a part of the time, then 剪/抠/切 + 出来 (cut out
        # and take) makes a clip of it - 出来 brings the part out to the user (剪掉 / 剪出去 throw it away)
        r"(?<=§)\s*(?:的)?\s*(?:那段|这段|那一段|这一段|那部分|这部分|部分|片段|画面|内容)?\s*(?:的)?\s*"
        r"(?:给我|帮我)?\s*"
        r"(?:单独)?\s*(?:剪|抠|切)\s*出来|"
        # "把5秒到20秒剪下来": 剪下来 / 截下来 / 切下来 said of a range takes that part off the whole to keep
        # ("把开头5秒剪下来", "最后10秒截下来": so is an end said with its length, as 剪出来 is - taken
        # off to keep, never cut away; with no length it is asked how much)
        r"(?:§\d+§\s*(?:到|至|-|–|~)\s*|(?:开头|片头|前|最后|结尾|片尾|末尾|后)\s*(?:的)?\s*)§\d+§\s*(?:的)?\s*(?:那段|这段|那一段|这一段|那部分|这部分|部分|片段|画面|"
        r"内容)?\s*(?:的)?\s*(?:给我|帮我)?\s*(?:单独)?\s*(?:剪|截|切)\s*下来|"
        # "15秒到32秒那段留着 其他的都不要了": the part said, then that it stays
        r"(?:(?<=§)|(?<=§\s)|那段|这段|那部分|这部分|那一段|这一段)\s*(?:的)?\s*(?:给我|帮我)?\s*留(?:着|住|下来)|"
        # "第20秒以后的留着 前面全删": the part after (or before) a time, then that it stays
        r"(?:(?<=§)|(?<=§\s))(?:之后|以后|往后|后面|之前|以前|前面)\s*(?:的)?\s*(?:部分|内容)?\s*"
        r"(?:都|全|全都|全部)?\s*(?:给我|帮我)?\s*留(?:着|住|下来?)|"
        # "帮我截前九秒", "截最后10秒发群里": 截 (take) before a part of the time keeps it (截掉 cuts it)
        # ("截1m05s到1m20s那段", "截一下0:05到0:20": so is 截 before a range - the part taken is kept)
        r"(?<![剪删去])截(?:取|出|下来?)?\s*(?:一下)?\s*(?:1\s*段|一段|个)?\s*(?=(?:前|最后|后|开头|结尾)\s*"
        r"(?:的)?\s*§|(?:从\s*)?§\d+§\s*(?:到|至|-|–|~)\s*§\d+§)|"
        # "留前面20秒就行", "留最后10秒": a bare 留 (leave) before a part of the time keeps it
        # ("留0:50到1:00，其他不要", "从1分钟处往前留10秒": so is a bare 留 before a range)
        r"(?:^|(?<=[只就我请先要\s]))(?<!不要)留\s*(?:着|下)?\s*(?=(?:前面?|后面?|最后|开头|结尾)\s*(?:的)?\s*§|"
        r"(?:从\s*)?§\d+§\s*(?:到|至|-|–)\s*§\d+§)")
# "keep everything except the first 3 s", "除了前3秒 其他都保留": the part named is the one removed
_EXCEPT = (r"\b(?:except(?: for)?|apart from|other than|but not|minus|(?:everything|all|anything|the rest) bu"
           r"t|all of it but)\b|除了|除去|"
           # "最后10秒以外的都保留": "X以外" (everything but X) said after the part
           r"(?:之外|以外)(?=\s*(?:的)?\s*[,，]?\s*(?:都|全都|全部|其他|其余|别的|剩下))|"
           # "只保留第10到20秒以外的内容", "只要10到20秒之外的部分": what lies outside the times is what
           # stays, so the times themselves go (never a keep of them)
           r"(?<=§)\s*(?:的)?\s*(?:那段|这段|部分)?\s*(?:之外|以外)(?=\s*(?:的)?\s*(?:内容|部分|地方|画面|片段|"
           r"视频)?\s*(?:[,，。.!！]|$))|"
           # "keep everything outside 0:10-0:20", "keep only what's outside 10-20 s": the same in English
           # (only right before a time: "the part filmed outside from 0:10" is a place)
           r"\boutside(?:\s+of)?(?=\s+(?:the\s+(?:part|bit|section|range)\s+(?:from\s+|between\s+)?)?§)|"
           # "都保留，就是前3秒不要": all of it kept, then the part that is not
           r"(?:都|全都|全部|其他|其余)\s*(?:保留|留着|留下)\s*[,，]?\s*(?:就是|只是|但是?|只有|除了)")
CUT = (r"\b(?:don'?t (?:need|want)|no need for|remove|cut|trim|delete|drop|chop|get rid of|lose|skip|strip|"
       # "export a clip of the last 10 seconds": after a / the / this, "clip" is a thing, not "cut"
       # ("save the last 10 s as a separate clip": after "separate / own / new" it is a thing too)
       r"take out|take away|snip|shave|(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bthis )(?<!\bthat )"
       r"(?<!\bseparate )(?<!\bown )(?<!\bnew )(?<!\bstandalone )clip|"
       r"take (?:it|that|this|them) out|cut (?:it|that|this|them) out|"
       r"throw away|"
       r"ditch|kill|erase|shorten|crop out|lop off|off|can go|has to go|must go|needs to go|should go|"
       # "bin everything after 0:48", "toss the first 5 s": the throw-away verbs cut too
       r"bin|toss|trash|scrap)\b|"
       # "everything after 0:48 goes", "the first 5 seconds go": a time said, then that it goes
       # ("everything from 0:48 to the end goes", "0:48 onwards goes": the end said between them)
       r"(?<=§)\s*(?:(?:to|till|until|through)\s+the\s+(?:very\s+)?end\s+|on(?:wards?)?\s+)?"
       r"(?:goes|go|gets? (?:cut|dropped|deleted|removed))\b(?!\s+(?:by|slow|slower|fast|faster|"
       r"quiet|quieter|loud|louder|silent|black|dark|white|to|at|in|on|into|through|well|with|up|down|over|past|under|"
       r"like|from|for|back)\b)|"
       # ("不要把开头三秒剪掉": 不要 before 把 says not to - not that the part is unwanted)
       r"剪掉|去掉|删掉|删除|去除|裁掉|剪去|修掉|拿掉|弄掉|清掉|扔掉|剪(?!\s*开)|删|不要(?!\s*把)|砍掉|砍了|砍去|减掉|掐掉|截掉|截去|"
       r"切掉|切了|切除|"
       # "结尾切500ms", "开头砍2秒": 切 / 砍 said bare between an end and the amount it loses
       # ("片尾再掐个500毫秒", "结尾再砍一个3秒": 掐 too, and 个 before the amount)
       r"(?:(?<=头)|(?<=尾)|(?<=前面)|(?<=后面)|(?<=最后))\s*(?:再|也|还|就|先)?\s*[切砍掐](?=\s*(?:个|一个)?\s*§)|"
       # "掐头去尾各1秒": the idiom for cutting both ends
       r"掐头去尾|去头去尾|砍头去尾|掐头掐尾|去头掐尾|"
       # "掐头2秒去尾1秒": the idiom's verbs, each with its own end and time
       r"(?:掐|砍|(?<![要想来回过出进上下失])去)(?=\s*(?:头|尾巴?)\s*§)|"
       # "去停顿 去口头禅": a bare 去 before the thing taken out (not 去 as "go")
       r"(?<![要想来回过出进上下失])去(?=停顿|口头禅|语气词|气口|静音)|"
       # "把停顿和嗯啊都去了", "口头禅全去了吧": 去了 said right after the pauses or the fillers taken out
       r"(?:(?<=顿)|(?<=口)|(?<=啊)|(?<=嗯)|(?<=呃)|(?<=词)|(?<=禅)|(?<=白)|(?<=误))\s*"
       r"(?:全都|全部|都|全|统统|通通|也)?\s*(?:给我|帮我)?\s*去(?:了|掉)")
# "开头大家在调麦 大概二十秒 帮我剪掉", "片头是广告大概十五秒 不要了": the end is named first, with what
# is there, then how long it lasts and that it goes (no other edit said in between; black or silence there
# is the empty part itself, trimmed by what is found - dead_air_rule)
_SAID_THERE = (rf"(?:(?!加|放|插|配|改|换|慢|快|剪|删|去|切|留|保|把|只|尾|最后|后面|开头|片头|前面|"
               rf"黑|静音|空白|没声|§)[^。；;!?！？]){{1,16}}?"
               rf"(?:大概|大约|差不多|约)?\s*{T}\s*(?:左右|上下|多)?\s*(?:的样子)?\s*[,，]?\s*"
               # ("开头他手抖拍到地板了 大概4秒 这段去掉": the part pointed at again before the verb)
               rf"(?:(?:这|那)\s*(?:一)?\s*(?:段|部分|些|块|几秒)\s*(?:就|也|都)?\s*)?"
               rf"(?:帮我|给我|都|全|直接)?\s*(?:剪掉|去掉|删掉|切掉|砍掉|不要了?|剪了|删了|去了)")
# an end named after the amount cut, as the last word of that cut ("剪掉2秒 开头的"), not the start of the
# next one ("开头剪掉1.5秒 结尾剪掉0.5秒") or of an addition ("…2秒 开头加字幕")
_END_SAID_LAST = (r"(?!\s*(?:再|也|还|就|都)?\s*(?:剪|删|去|切|砍|裁|减|掐|留|保|§|加|添|放|插|"
                  r"显示|出现|开始|不要))")
# a stretch said as how long something there lasts ("5 seconds of me fiddling with the mic at the start"):
# the amount, what it is (no other time or edit in it), then the end it is at
# (an empty stretch - nothing, silence, black - is the dead-air trim's: found where it is, per clip)
_EMPTY = (r"(?!\s+of\s+(?:\w+\s+)?(?:nothing|silence|dead|black|blank|empty|quiet|"
          r"no\s+(?:sound|talking|audio)|nobody|no\s*one)\b)")
_ABOUT = r"(?:(?:like|about|around|roughly|maybe|nearly|almost)\s+)?"
_OF_WHAT = (rf"(?<!\badd )(?<!\binsert )(?<!\bput )(?<!\bhold )(?<!\bfreeze )(?<!\bextra )"
            rf"{T}{_EMPTY}\s+of\s+"
            rf"(?:(?!\b(?:add|put|insert|and then|then|fade|music|text|title|subtitles?)\b)[^,;.!?§])"
            rf"{{1,60}}?\s+")
_HEAD = (rf"\b(?:first|1st|opening|beginning|start|intro|initial|head)\s*(?:of (?:the |it|this )?\w*\s*)?"
         rf"(?:by\s*)?{T}|"
         # ("trim the front by 2.5s": the front said as the start - never "in front of")
         rf"(?<!in )\b(?:the\s+)?(?:very\s+)?front(?:\s+end)?\s+(?:by\s*)?{T}|"
         # "trim the start of the kite launch by 1.5s": what it is the start of, named in a few words
         rf"\b(?:beginning|start)\s+of\s+(?:the|my|our|this|it)\s+(?:[a-z']+\s+){{1,3}}by\s*{T}|"
         # ("头上切掉1.5s", "头部剪掉2秒": the head said with where on it)
         rf"(?:开头|片头|前面|(?<!§)(?<!§\s)(?<!起)开始|(?<![\u4e00-\u9fff])头(?:上|部)?)\s*(?:再|也|还|先|就)?\s*"
         # ("开头切1.5s 结尾切500ms": 切 / 砍 said bare before the amount cut, as 剪 is; 修掉 - trim off -
         # cuts as 剪掉 does)
         # ("片尾再掐个500毫秒", "开头剪个2秒": 个 between the verb and the amount, said loosely)
         rf"(?:剪掉|去掉|删掉|裁掉|砍掉|减掉|掐掉|修掉|剪|删|去|切掉|掐|切|砍)\s*(?:个|一个)?\s*{T}|"
         rf"{T}\s*(?:from|off|at|of|in)\s*(?:the\s+)?(?:start|beginning|front|head|top|opening|begining)|"
         # "5 seconds of me fiddling with the mic at the start", "it starts with 4 s of me adjusting the
         # light": what fills that much of the start, said between
         rf"{_OF_WHAT}(?:at|in)\s+(?:the\s+)?(?:very\s+)?(?:start|beginning|front|opening|begining)\b|"
         rf"\b(?:starts|started|begins|began|opens|opened)\s+(?:off\s+)?with\s+{_ABOUT}{T}{_EMPTY}|"
         # ("从8秒开始的5秒": a start said of a time is no head)
         rf"(?:前面|前边|(?<!结束)(?<!结尾)(?<!片尾)(?<!末尾)前|开头|(?<!§)(?<!§\s)开始|片头|头上|头部)\s*(?:的)?\s*{T}|"
         # "头上多了1.5秒": a surplus said at that end
         # "掐头2秒去尾1秒": the end said between the verb and its time
         rf"(?:掐|砍|去)头\s*{T}|"
         rf"(?:开头|片头|前面|头上|(?<![\u4e00-\u9fff])头)\s*(?:还|也)?\s*(?:多了|多出(?:来)?了?|多余了?)\s*(?:个)?\s*{T}|"
         rf"(?:开头|片头|最前面){_SAID_THERE}|"
         # "剪掉2秒 开头的": the amount, then the end it comes off
         rf"(?:{CUT})\s*{T}\s*[,，]?\s*(?:开头|片头|最前面)(?:的|那里|那儿|那部分|部分)?{_END_SAID_LAST}")
_TAIL = (rf"\b(?:last|final|ending|end|outro|closing)\s*(?:of (?:the |it|this )?\w*\s*)?(?:by\s*)?{T}|"
         # ("… and the tail by 750ms", "the back by 1s": the tail / back said as the end)
         rf"\b(?:the\s+)?(?:very\s+)?tail(?:\s+end)?\s+(?:by\s*)?{T}|\bthe\s+back\s+by\s*{T}|"
         rf"\b(?:ending|end)\s+of\s+(?:the|my|our|this|it)\s+(?:[a-z']+\s+){{1,3}}by\s*{T}|"
         rf"(?:结尾|片尾|末尾|最后|后面|尾巴|尾上|尾部)\s*(?:再|也|还|就)?\s*(?:剪掉|去掉|删掉|裁掉|砍掉|减掉|掐掉|修掉|剪|删|去|"
         rf"切掉|掐|切|砍)\s*(?:个|一个)?\s*{T}|"
         rf"\b(?:another|other)\s*{T}\s*(?:from|off|at|of|in)\s*(?:the\s+)?(?:end|ending|back|tail)|"
         rf"{T}\s*(?:from|off|at|of|in)\s*(?:the\s+)?(?:end|ending|back|tail|close)|"
         rf"{_OF_WHAT}(?:at|in)\s+(?:the\s+)?(?:very\s+)?(?:end|ending|close)\b|"
         rf"\b(?:ends|ended|finishes|finished|closes|closed)\s+(?:off\s+)?with\s+{_ABOUT}{T}{_EMPTY}|"
         rf"(?:最后面|最后|后面|后边|后|结尾|末尾|片尾|尾巴|尾上|尾部)\s*(?:的)?\s*{T}|"
         # "开始3秒结束2秒都剪掉": 结束 said as the end (with no time before it, as in "0:50结束")
         rf"(?:结束|结尾|片尾|末尾)前\s*(?:的)?\s*{T}|"
         rf"(?<![在到至])结束\s*(?:的)?\s*(?:再|也|还|就)?\s*(?:剪掉|去掉|删掉|砍掉|剪|删|去)?\s*{T}"
         rf"(?!\s*(?:-|–|到|至)\s*§)|"
         rf"(?:掐|砍|去)尾(?:巴)?\s*{T}|"
         rf"(?:结尾|片尾|末尾|最后|后面|尾巴|尾上)\s*(?:还|也)?\s*(?:多了|多出(?:来)?了?|多余了?)\s*(?:个)?\s*{T}|"
         rf"(?:结尾|片尾|末尾|最后面){_SAID_THERE}|"
         rf"(?:{CUT})\s*{T}\s*[,，]?\s*(?:结尾|片尾|末尾|最后面)(?:的|那里|那儿|那部分|部分)?{_END_SAID_LAST}")
_RANGE_NEXT = r"\s*(?:-|–|to|and|到|至)\s*§"
# what "start / end at X" may be said of: "end the video at 0:50", "begin this at 3s", "start it at …"
_OBJ = (r"(?:(?:it|this|that|everything|(?:the|my|this|our) (?:whole )?"
        r"(?:video|clip|film|movie|thing|recording|footage))\s*)?")
# ("the intro ends at 0:06, cut everything before it": a part named as the subject says where that part
# ends - it is not the video's end; it had kept only the intro)
_PART_SUBJ = (r"(?<!intro )(?<!opening )(?<!opener )(?<!part )(?<!bit )(?<!section )(?<!scene )"
              r"(?<!segment )(?<!fumbling )(?<!countdown )")
END_AT = (rf"\b{_PART_SUBJ}(?:end|stop|finish|cut off|wrap up)(?:s|ed)?\s*{_OBJ}(?:at|around|on)\s*{T}|"
          rf"\bcut\s*{_OBJ}off\s*(?:at|around)\s*{T}|"
          # ("trim both ends by 2 seconds", "the start and end by 2 s": how much comes off each end)
          rf"\b(?<!the )(?<!both )(?<!each )(?<!either )(?<!start and )(?<!beginning and )(?<!front and )"
          rf"(?:end|stop|finish|cut off|wrap up)(?:s|ed)?\s*{_OBJ}by\s*{T}|"
           rf"(?:在|到)\s*{T}\s*(?:结束|停止|为止)")
START_AT = (rf"\b(?:start|begin)s?\s*{_OBJ}(?:at|from|on)\s*{T}|从\s*{T}\s*开始")
# "subtitles should start at 0:03", "字幕从第3秒开始": a start said of something laid over the video is
# where that thing starts, never where the video does (it had cut the first 3 s); "they" is such a
# thing said before (the video is "it")
_OVERLAY_STARTS = (r"(?:\b(?:subtitles?|captions?|subs|titles?|text|music|song|logo|watermark|narration|"
                   r"voice-?over|they|them|these|those)\b|字幕|标题|文字|音乐|配乐|歌|水印|旁白)\s*(?:\w+\s+){0,3}?(?:start|begin)s?\b|"
                   r"(?:字幕|标题|文字|音乐|配乐|歌曲?|水印|旁白)\s*(?:要|就|都|会|得)?\s*从\s*§")


# "从第10秒开始加音乐", "从第5秒开始显示字幕", "从第5秒开始变成黑白": a start followed by another edit is
# where that edit starts, never where the video does (it had cut the first seconds); so is a bare
# "从第5秒开始" said after an edit of the sound, the text or the colour with no cut anywhere
# ("音量调到50% 从第5秒开始")
_EDIT_FROM = (r"从\s*第?\s*§\d+§\s*(?:秒)?\s*(?:开始|起)\s*(?:的地方|以后|之后)?\s*"
              r"(?:就|再|要|让|把|给|都|全)?\s*"
              r"(?:加|放|配|显示|出现|打上|打|插|变|调|改|换|淡|静音|慢|快|加速|减速|降|升|转|上字幕|用|音乐|配乐|"
              r"bgm|背景音乐|字幕|文字|标题|音量|声音|画面|颜色|黑白|滤镜)")
# ("最后加一句「上岸！」 大字 放中间 从55秒开始": words quoted to be shown are text put on, so the start said
# after them is the text's)
_OTHER_EDIT = (r"音量|声音|音乐|配乐|bgm|background music|字幕|文字|标题|黑白|颜色|滤镜|倍速|淡入|淡出|静音|"
               r"(?:加|打|写|放|显示)\s*(?:上|个|一)?\s*(?:句|行|段|条)?\s*(?:话|字)?\s*[「“\"『]")
_CUT_SAID = r"剪|删|截|保留|留下|只要|不要|去掉|砍|切掉|掐"


# "the sale part starts at 0:20, put 'TODAY ONLY' there": a part of the video named, said to start at a time,
# then something put there - the start names where it goes, never where the video starts
_PART_NAMED = (r"\b(?:the|that|this|my|our)\s+(?:[\w'-]+\s+){0,3}?(?:part|bit|section|moment|scene|"
               r"stretch|portion|segment|chorus|drop|action|speech|toast|sale|offer|demo|reveal|countdown)\s+$")
_THERE_PUT = (r"\b(?:put|show|display|flash|write|add|slap|stick|pop|place)\b[^.;]*?\b(?:right\s+)?"
              r"(?:there|at that (?:point|moment|spot|mark|time))\b")


# "the sparkler exit starts at 0:30, slow it down from there", "the kiss starts at 0:30": a thing in the video
# (a subject with its article, then "starts" / "begins") said to start at a time names a place in it, never
# where the video should start (it had cut the first 30 s); "it", "the video" or "my clip" starting there is
# still the video's start
_THING_SUBJECT = r"\b(?:the|that|this|his|her|their|our|my|your)\s+(?:[\w'-]+\s+){0,3}?([\w'-]+)\s+$"


def _thing_starts(text: str, m: re.Match[str]) -> bool:
    subject = re.search(_THING_SUBJECT, text[:m.start()])
    # (only the words for the whole recording: "the toast", "the first dance" are moments in it; "the actual
    # skiing only starts at 0:25", "the good part starts at 0:20" say what comes before is no part worth
    # keeping - the video's start)
    waiting = re.search(r"\b(?:actual|real|proper|good|best|fun|interesting|exciting|useful|important|"
                        r"main|meat|juicy)\b|\bonly\s*$|\b(?:doesn'?t|does not)\s+(?:really\s+)?$",
                        text[:m.start()])
    return bool(re.match(r"(?:start|begin)s\b", m.group(0)) and subject and not waiting and
                not re.fullmatch(r"(?:video|vid|clip|film|movie|footage|recording|vlog|reel|edit)s?",
                                 subject.group(1)))


def _video_start(text: str, whole: str = "") -> re.Match[str] | None:
    """Where the video is said to start ("start it at 0:15"), unless it is said of an overlay or of
    another edit (`whole`: the request the clause is part of)."""
    if re.search(_OVERLAY_STARTS, text) or re.search(_EDIT_FROM, text):
        return None
    m = next((x for x in rx.finditer(START_AT, text) if not _thing_starts(text, x)), None)
    # (the words shown - quoted, or typed in capitals - are no cut: "50% OFF")
    unshown = re.sub(r"\"[^\"]*\"|“[^”]*”|'[^']*'(?![a-z])|\b[A-Z0-9%$]*[A-Z]{2}[A-Z0-9%$]*\b|\d+%", " ",
                     whole).lower()
    if m is not None and whole and re.search(_PART_NAMED, text[:m.start()]) and \
            re.search(_THERE_PUT, whole, re.IGNORECASE) and \
            not re.search(CUT + r"|\bkeep\b|\bstart (?:it|the video)\b", unshown):
        return None  # "the sale part starts at 0:20, put … there": where the text goes, not the video's start
    if m is None or not m.group(0).startswith("从"):
        return m
    said_alone = re.fullmatch(r"[\s,，。.!！]*", text[m.end():]) and \
        not re.search(r"(?:视频|片子|影片|成片)\s*$", text[:m.start()])
    if said_alone and re.search(_OTHER_EDIT, whole or text[:m.start()]) and \
            not re.search(_CUT_SAID, whole or text):
        return None
    return m
# what a trim may be said of: "trim my video to 12 s", "trim the clip from 0:03 to 0:15"
# ("trim my lecture / my zoom recording / the podcast from 0:04 to 0:52": whatever the recording is called,
# the reading is the same)
RECORDING = (r"(?:video|vid|clip|film|movie|vlog|recording|footage|thing|lecture|interview|talk|podcast|"
             r"presentation|tutorial|webinar|meeting|stream|livestream|session|speech|class|lesson|episode|"
             r"reel|short|take|upload|sermon|demo|walkthrough|montage|screencast|screen recording|call|"
             r"keynote|seminar|workshop|course|broadcast|show|documentary|trailer|ad|commercial|recap|"
             # "trim my cover to 20 sec", "cut my dance routine down to 15 s": what was performed and filmed
             r"cover|performance|recital|concert|gig|routine|dance|skit|sketch|audition|rehearsal|unboxing|"
             r"review|compilation|timelapse|time-lapse|haul|vlogs?|tiktok|story|"
             # "trim my set from 0:05 to 0:50": a comedian's or dj's set, a toast or a pitch given on stage
             r"set|mix|standup|stand-up|toast|pitch|"
             # "make the whole gig teaser 30 sec": what is cut from the footage to show it off
             r"teaser|promo|preview|highlights?|"
             # "cut the apartment tour down to the first 10 seconds": what was filmed on the way round
             r"tour|hike|trip|ride|drive|wedding|ceremony|walk|flight|"
             # "cut the scrim highlights down to 45s": a cut made already, called by what it is
             r"highlight|promo|teaser|supercut|sizzle(?: reel)?|slideshow|"
             # "trim my b-roll from 0:07 to 0:29", "trim the rushes": footage called by editors' names
             r"[ab][- ]?roll|rushes|dailies|gameplay|"
             # "cut the docent intro down to 45s": an intro named by what it is of is a video of its own
             # ("the intro", "the long intro", "the video's / vlog intro" are the start of this one)
             r"(?<=[a-z0-9-] )(?<!the )(?<!my )(?<!this )(?<!that )(?<!our )(?<!your )(?<!his )(?<!her )"
             r"(?<!their )(?<!whole )(?<!entire )(?<!full )(?<!long )(?<!lengthy )(?<!boring )(?<!slow )"
             r"(?<!dull )(?<!awkward )(?<!short )(?<!current )(?<!first )(?<!opening )(?<!original )"
             r"(?<!video )(?<!vid )(?<!clip )(?<!film )(?<!movie )(?<!vlog )(?<!recording )(?<!footage )"
             r"(?<!podcast )(?<!stream )(?<!quiet )(?<!silent )(?<!music )(?<!song )(?:intro|outro))s?")
_THING = (rf"(?:(?:it all|all of it|it|this|that|"
          rf"(?:the|my|this|our|your|his|her|their) (?:whole |entire |full )?"
          rf"(?:(?!(?:music|song|audio|track|silence|pauses?|intro|outro|ending|start|beginning|end)\b)"
          rf"[a-z0-9'-]+ ){{0,2}}{RECORDING})\s*)?")
# what a trim "from A to B" / "down to A-B" is said of, whatever the owner calls it ("trim my vhs capture
# from 0:04 to 0:56", "my grandma's 80th", "the old tape"): a determiner and a few words naming no part, sound
# or text - those words are what is cut ("trim the boring part / the silence / the ums from A to B")
_PART_WORD = (r"(?:parts?|bits?|sections?|segments?|portions?|stretch(?:es)?|chunks?|pieces?|scenes?|shots?|"
              r"moments?|gaps?|pauses?|silences?|silent|quiet|dead|air|breaks?|music|songs?|audio|tracks?|"
              r"sound|noise|voice|intro|outro|ending|start|beginning|end|middle|ums?|uhs?|fillers?|ads?|"
              r"sponsors?|sponsorship|commercials?|text|titles?|captions?|subtitles?|logo|watermark|first|"
              r"last|next|seconds?|secs?|minutes?|mins?|frames?|everything|rest|stuff|mistakes?|bloopers?|"
              r"where|that|which|when)")
_ANY_THING = (rf"(?:{_THING}|(?:the|my|this|our|your|his|her|their)\s+"
              rf"(?:(?!{_PART_WORD}\b)[a-z0-9'-]+\s+){{0,2}}(?!{_PART_WORD}\b)[a-z0-9'-]+\s*)")
_NOT_TIME_AFTER = (r"(?!\s*(?:%|x\b|clips?|segments?|parts?|videos?|shots?|scenes?|images?|photos?|"
                   r"段|个|张))")


# a length asked for ("trim it to 12 s", "make a 10 second teaser", "剪成15秒"): the part kept is that long
# a platform the length is for ("for shorts", "for my tiktok", "for ig reels")
_FOR_PLATFORM = (r"(?:the\s+|my\s+|our\s+|a\s+)?(?:(?:instagram|insta|ig|youtube|yt|facebook|fb|tiktok|"
                 r"tik tok|snapchat|snap|linkedin|twitter|x|pinterest|douyin|bilibili|vimeo)"
                 r"(?:\s+(?:reels?|stories|story|shorts?|feed|posts?|videos?|ads?))?|reels?|shorts?|stories|"
                 # ("for booktok", "for gymtok", "for bookstagram": a corner of a platform named as its people
                 # call it)
                 r"story|[a-z]+tok|[a-z]+stagram)\b")
# "video must be 45 second", "it has to be 30 seconds": a length the video is required to have - asked for as
# "should be" is
_MUST_BE = r"must be|has to be|have to be|needs? to be|gotta be|got to be|shall be"
_TRIM_TO = (rf"(?:\btrim|\bcut|\bshorten|\bcrop|\bchop|\bbring|\bget|\bedit)\s*{_THING}"
            rf"\s*(?:down\s*)?to\s*(?:the\s*)?(?:first\s*)?(?:only\s*)?{T}(?!{_RANGE_NEXT})|"
            rf"make\s*{_THING}\s*(?:only\s*|just\s*|about\s*)?(?:a\s*)?{T}(?:\s*long)?"
            # "make it a 20 second teaser": what the shorter version is called
            rf"(?:\s*(?:-\s*)?(?:video|clip|teaser|trailer|promo|version|cut|edit|reel|short|ad|spot|"
            rf"preview|highlight|recap|intro|bumper|snippet|sample))?"
            # "make it 59 s for shorts", "make it 45 seconds for my reels": the platform is why, the length
            # is the edit
            rf"(?:\s*(?:for|on)\s+{_FOR_PLATFORM})?\s*(?:please|pls|thanks)?\s*[.!]?\s*$|"
            rf"(?:剪|缩短|裁|截|剪辑)(?:到|成|出|为)\s*(?:前\s*)?(?:只有\s*)?{T}|"
            # "剪成一个10秒的预告", "做成一段15秒的短视频": a shorter version of that length
            rf"(?:剪|做|弄)(?:成|出)\s*(?:1\s*个|个|1\s*段|段)?\s*{T}\s*(?:的)?\s*(?:预告片?|片段|短片|短视频|"
            rf"视频|版本|精华|高光|集锦)|"
            # "作业视频不能超过半分钟", "最多20秒", "要9秒以内": a most said of the length
            rf"(?:不能|不可以|不要|不许|不准|不得|别|不)\s*(?:超过|超出|长于|多于)\s*{T}|"
            rf"(?:最多|最长|顶多)\s*(?:只能|只要|就)?\s*(?:要)?\s*{T}(?!\s*的)|"
            rf"(?<![前后第])(?<![前后第]\s)(?:要|在|得|必须)\s*{T}\s*(?:以内|之内|以下)(?!\s*的)|"
            # "半分钟以内就行", "30秒之内就好 抖音太长没人看": a length within which it is enough, said
            # first thing - the most it may last
            rf"(?:^|(?<=[,，。；;!！\s]))(?:总长|整体|全长|视频|片子)?\s*(?:控制)?\s*(?:在)?\s*{T}\s*(?:以内|之内|以下)"
            rf"\s*(?:的话)?\s*(?:就行了?|就好了?|就可以了?|就够了?|即可|就成|都行|可以)|"
            rf"\bonly\s*{T}\s*long|{END_AT}|"
            rf"\b(?:it|this|the video)\s*(?:to be|should be|be|{_MUST_BE})\s*"
            rf"(?:only\s*|exactly\s*|just\s*)?{T}(?:\s*long)?(?:\s*(?:please|pls|plz))?$|"
            # "exactly 59 seconds for shorts pls": a length said exactly, alone, is the length asked for
            rf"^(?:(?:it|the video|video)\s*)?(?:exactly|precisely)\s*{T}(?:\s*long)?"
            rf"(?:\s*(?:for|on)\s+{_FOR_PLATFORM})?\s*(?:please|pls|plz|thanks)?\s*[.!]?\s*$|"
            # "can it be a 10 second clip?", "could this be a 15 sec video": the length asked for
            rf"^(?:so\s+|ok\s+|okay\s+)?(?:can|could)\s+(?:it|this|the video|the clip)\s+be\s+(?:an?\s*)?"
            rf"(?:only\s*|exactly\s*|just\s*)?{T}\s*(?:-\s*)?(?:long\s*)?(?:video|clip|version|promo|edit|cut|"
            rf"reel|ad|spot)?\s*(?:instead|max|tops|or less|or under)?\s*\??$|"
            # ("这几段加起来太长了 给我整成60秒": 整成 / 搞成 are 弄成 said colloquially)
            rf"^(?:帮我|给我)?\s*(?:做成|弄成|剪成|改成|整成|搞成)\s*{T}\s*(?:的)?\s*(?:视频|版本)?$|"
            rf"\b(?:it'?s|it is|is)\s*(?:only|just)\s*{T}|"
            # ("给客户剪个15秒的预告": who it is made for, said first)
            rf"^(?:帮我|(?:给|帮|替)\s*(?:我|客户|老板|老师|领导|甲方|朋友|同事|家长|学生|公司|店里|我们|他们|他|她)\s*)?"
            rf"\s*(?:剪辑|剪)\s*(?:1\s*个|1\s*段|一个|一段|个)?\s*{T}(?:的)?\s*\S+|"
            # ("剧本杀宣传片 弄个10秒预告": a trailer of that length, after what the video is)
            rf"(?:^|\s)(?:帮我|给我)?\s*(?:弄|整|搞|做)\s*(?:1\s*个|1\s*段|一个|一段|个)\s*{T}\s*(?:的)?\s*"
            rf"(?:预告片?|短片|精华|高光|集锦)|"
            rf"^(?:帮我|给我)?\s*做\s*(?:1\s*个|1\s*段|一个|一段|个)?\s*{T}\s*(?:的)?\s*(?:预告片?|片段|视频|vlog|短视频|片子|短片|"
            rf"成"
            rf"片|版本|剪辑)|"
            rf"\b(?:limit|reduce|cap|keep|cut down|condense|compress|bring|get|make)\s*{_THING}"
            rf"\s*"
            rf"(?:down\s*)?(?:to|at|under|within)\s*(?:exactly\s*|only\s*|just\s*|max\s*)?{T}"
            rf"(?!{_RANGE_NEXT})(?:\s*(?:long|max|tops|or less))?|"
            rf"\bmake\s*{_THING}\s*(?:exactly|only|just)\s*{T}|"
            # "make it 12.5s exactly", "make it 30 seconds flat": how exact, said after the length
            rf"\bmake\s*{_THING}\s*{T}\s*(?:long\s*)?(?:exactly|precisely|flat|on the dot|total)\s*[.!]?\s*$|"
            # "i need it at exactly 40 seconds", "帮我出一个45秒的版本"
            rf"\b(?:need|want)\s+(?:it|this|the video)\s+(?:at|to be)\s+"
            rf"(?:exactly\s+|only\s+|just\s+)?{T}(?:\s*long)?\s*$|"
            rf"(?:出|要|做|剪|来|给我)\s*(?:1\s*个|个|1\s*版|版)?\s*{T}\s*(?:的)?\s*(?:版本|短版|精简版|版)|"
            rf"\bneed an?\s*{T}\s*[\w-]+\s*(?:out of|from)\s*(?:this|it|the (?:video|clip|foota"
            rf"ge))|"
            # "I need an 8-second version for the bumper", "give me a 20 s cut of this"
            rf"\b(?:need|want|give me|make|do|cut|get|have|send)\s+(?:me\s+)?an?\s*{T}\s*"
            rf"(?:-\s*)?"
            rf"(?:long\s*)?"
            rf"(?:version|cut|edit|teaser|trailer|promo|clip|snippet|excerpt|video|short|reel|highlight|preview|"
            rf"recap|bumper|sizzle)\b|"
            # "10 second teaser for the conference, from the start is fine": the shorter version
            # named bare, at the start of the request, is asked for too
            # (not when another part is named: "10 second teaser of the end" is not the start)
            rf"^(?!.*\b(?:end|ending|last|final|outro|middle|best)\b)"
            rf"(?:an?\s*)?{T}\s*(?:-\s*)?(?:long\s*)?(?:version|teaser|trailer|promo|preview|"
            rf"snippet|excerpt|reel|highlight|recap|bumper|"
            # ("the last bit made into a 10 s short": a short is a shorter version, not a short pause)
            rf"short(?!\s+(?:pause|break|gap|delay|silence|fade|beep|sound)s?\b))\b|"
            # "截个10秒的片段发朋友圈", "截一段10秒的": a part of that length taken out is kept
            rf"^(?:帮我|给我)?\s*(?:截取|截|切|弄|做|来|出)\s*(?:1\s*个|1\s*段|个|段)?\s*{T}\s*(?:的)?"
            rf"\s*(?:(?:小|短)?(?:片段|视频|短片|片子|版本|clip)|$)|"
            rf"\b(?:final |whole )?(?:video|thing|edit|cut)\s*(?:to be|should be|be|{_MUST_BE})\s*(?:exact"
            rf"ly\s*|"
            rf"only\s*|just\s*)?{T}|"
            rf"(?:压缩|控制|限制|缩短|剪|改)\s*(?:到|在|成|为)\s*{T}\s*(?:以内|之内|以下|左右)?|"
            rf"时长\s*(?:改成|改为|控制在|设为|设成|变成)\s*{T}|"
            rf"\bshorter\b[\s,]*(?:to\s*|like\s*|say\s*|about\s*)?{T}|"
            rf"\b(?:under|below|less than|at most|no (?:longer|more) than|max(?:imum)?(?: of)?|s"
            rf"horter than|"
            rf"within)\s*{T}(?!\s*(?:long|silen|pause))")


# the end a shorter version is made from: "a 10 second teaser of the end", "a clip from the ending", "use the
# last part for a 15 s promo", "结尾做个10秒预告", "用片尾剪一个10秒的片段"
_END_PART = (r"(?:the\s+|its\s+|my\s+|this\s+)?(?:very\s+)?(?:end|ending|outro|closing|"
             r"(?:last|final|end|closing)\s+(?:part|bit|section|portion|scene|shot|moments?|stretch|minute)"
             r")\b(?:\s+of\s+(?:it|this|the\s+(?:video|clip|footage)))?")
_OF_END = (rf"\s*,?\s*(?:(?:taken|made|cut|pulled)\s+)?\b(?:of|from|out\s+of|using|with)\s+{_END_PART}|"
           rf"^\s*(?:please\s+|pls\s+|just\s+)?(?:use|take|using|from|with)\s+{_END_PART}"
           rf"(?:\s*,\s*|\s+(?:and|to|for|as)\b)?|"
           # "make the ending into a 10 second teaser"
           rf"^\s*(?:please\s+|pls\s+|just\s+)?(?:make|turn|cut|edit)\s+{_END_PART}\s+into\b|"
           # "the last bit made into a 10 s short": the same said with the end first
           rf"^\s*{_END_PART}\s+(?:made|turned|cut|edited|trimmed)\s+(?:in)?to\b|"
           rf"(?:用|拿|从|取|把)?\s*(?:视频)?\s*(?:的)?\s*(?:结尾|片尾|末尾|最后(?=\s*(?:的|那|部分|一段|几秒|块|一块|截|一截|1\s*(?:截|块|段))))"
           # ("结尾那块做成8秒的预告": 块 / 截 - a piece - as 部分)
           # ("最后一截剪成10秒的短视频": 一 read as 1 after 最后 - still one piece, never the first seconds)
           # ("拿结尾那部分给我弄个10秒预告": for whom, said before the making verb)
           rf"\s*(?:的|那)?\s*(?:部分|一段|那段|段|几秒|块|一块|截|一截|1\s*(?:截|块|段))?\s*(?:来|里|中)?\s*"
           rf"(?:给我|帮我|替我)?\s*"
           rf"(?=(?:做|剪|截|弄|整|搞|出|来)\s*(?:成|出)?\s*(?:一个|1\s*个|个|一段|1\s*段|段)?\s*{T}\s*(?:的)?\s*"
           rf"(?:预告片?|片段|短片|短视频|视频|版本|精华|高光|集锦|小视频|clip|teaser))|"
           # ("做个10秒的预告 用结尾那段": said after a space as after a comma)
           rf"(?:[,，]|\s)\s*(?:就)?(?:用|从|取|拿)\s*(?:视频)?\s*(?:的)?\s*(?:结尾|片尾|末尾|最后)\s*(?:的|那)?\s*"
           rf"(?:部分|一段|那段|段|几秒|块|一块|截|一截)?\s*(?:吧|就行|就好)?\s*$")


def _made_of_end(text: str) -> str | None:
    """ "make a 10 second teaser of the end": a length asked for (one time said) and the end it is made from
    - the text without those words (so the length reads as usual), the end kept; None when not so."""
    m = re.search(_OF_END, text)
    if m is None or len(re.findall(T, text)) != 1:
        return None
    rest = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    if m.start() == 0:
        rest = rest.lstrip()  # "use the ending for a 10 second teaser": what is left starts the request
    if not re.search(_TRIM_TO, rest):
        return None
    rx.search(re.escape(m.group(0)), text[m.start():])
    return rest


# an end of the video said to be cut, with no amount and nothing else ("trim the start", "cut the ending a
# bit", "after trimming the intro", "把开头剪掉以后", "剪掉结尾")
_BARE_END_CUT = (r"(?:\s*(?:(?:please|pls|just|also|then|and|first|after|afterwards|now)\s+)*"
                 r"(?:cut|trim|remove|delete|chop|shave|lose|drop|ditch|skip|get\s+rid\s+of|cutting|trimming|"
                 r"removing|deleting|chopping|getting\s+rid\s+of)"
                 r"(?:\s+(?:off|out|down))?\s+(?:the\s+|my\s+|its\s+)?(?:very\s+)?"
                 r"(start|beginning|intro|opening|end|ending|outro)(?:\s+(?:part|bit|section|portion))?"
                 r"(?:\s+(?:off|out|down))?(?:\s+(?:a\s+(?:little\s+)?bit|a\s+little|some|a\s+tad))?"
                 r"(?:\s+of\s+(?:it|the\s+video|the\s+clip))?\s*(?:pls|please)?\s*[.!]?\s*|"
                 r"\s*(?:先|再)?\s*(?:把)?\s*(?:视频的?)?\s*(开头|片头|结尾|片尾)\s*(?:的?部分)?\s*(?:给我)?\s*"
                 r"(?:剪掉|去掉|删掉|砍掉|切掉|剪了|删了|去了|不要了?)\s*(?:一点|一些|点)?\s*(?:之后|以后|后|吧|了)?\s*|"
                 r"\s*(?:先)?\s*(?:剪掉|去掉|删掉|砍掉|切掉)\s*(?:一点|一些|点)?\s*(开头|片头|结尾|片尾)\s*"
                 r"(?:的?部分)?\s*(?:之后|以后|后|吧)?\s*)"
                 # what may follow it: the end, or the next edit said after it ("…以后导出", "…, then …")
                 r"(?=\s*(?:$|之后|以后|然后|再|接着|[,，;；.。!！]|(?:and|then)\b))")


def _unit_bare(text: str) -> str:
    """'the first 10 seconds and the last 5' / 'cut off the last 15' -> the bare number is seconds."""
    if not rx.search(T, text) and not rx.search(CUT + "|" + KEEP, text):
        return text
    # "the last one" (a clip: "one" is 1 by now) is no time
    return re.sub(rf"\b(first|last|another|前|后|最后)\s*(?!1\b(?!\s*(?:s\b|sec|秒)))(\d+(?:\.\d+)?)\b"
                  rf"{_NOT_TIME_AFTER}",
                  lambda m: f"{m.group(1)} §{round(float(m.group(2)) * 1000)}§", text)


def _first(pattern: str, text: str) -> int | None:
    m = rx.search(pattern, text)
    if not m:
        return None
    return int(next(g for g in m.groups() if g is not None))


# "trim 2 sec, then fade out over 1 sec at the end": a time said of a fade is how long it fades, never a
# part cut (blanked, same length, before the cut reads its times)
# ("have the music fade out from 0:50 to the end": where the fade starts, and where it runs to, are the
# fade's - never a part cut)
_FADE_TIME = re.compile(
    r"\bfad(?:e|es|ed|ing)\s*(?:it\s+|the\s+(?:video|picture|audio|music|sound)\s+)?(?:in|out|up|down)?\s*"
    r"(?:to\s+black\s*)?(?:over|for|across|during|lasting|of|in|on|from|starting\s+(?:at|from)|"
    r"beginning\s+(?:at|from))?\s*(?:the\s+)?"
    r"(?:first|last|final|opening|closing)?\s*§\d+§(?:\s*long)?"
    r"(?:\s*(?:-|–|to|till|until|through|thru)\s*(?:§\d+§|the\s+(?:very\s+)?end(?:ing)?\b)|\s*on(?:wards?)?\b)?"
    r"(?:\s*(?:at|in|from|to|on)\s+the\s+(?:very\s+)?(?:end|ending|start|beginning|close))?|"
    r"(?:an?\s+)?§\d+§\s*(?:-\s*)?(?:long\s+)?fad(?:e|es|ing)(?:\s*-?\s*(?:in|out))?"
    r"(?:\s*(?:at|to|on|in)\s+the\s+(?:very\s+)?(?:end|ending|start|beginning))?")


_TRIM_TO_RE = re.compile(_TRIM_TO)


def _length_of(m: re.Match[str]) -> int:
    return int(next(g for g in m.groups() if g is not None))


def _at_most(text: str, trim_to: re.Match[str]) -> bool:
    """The length matched is a most ("under a minute", "最多20秒"), not a length to cut to."""
    return bool(re.search(r"超过|超出|长于|多于|最多|最长|顶多|以内|之内|以下|"
                          r"\b(?:under|below|less than|at most|no (?:longer|more) than|max|maximum|within|"
                          r"shorter than|tops|or less)\b",
                          trim_to.group(0) + text[trim_to.end():trim_to.end() + 12]))


# "一分钟整的视频留52秒就行", "总共60秒 剩52秒": the length left (with the whole said before it), said beside
# a cut of the ends
_LENGTH_LEFT = (rf"(?:(?:总共|一共|整个|原来|原本|本来)?\s*(?:是|有)?\s*{T}\s*(?:整)?\s*(?:的)?\s*"
                rf"(?:视频|片子)?\s*"
                rf"[,，]?\s*)?(?:只|就)?\s*(?:留|剩|保留|留下|剩下)\s*(?:下)?\s*{T}\s*(?:的)?\s*"
                r"(?:就行|就好|就够了|即可|就可以了?|就ok|吧)?")


def _length_left_agrees(text: str, total: int, cut: int) -> None:
    """"最后8s不要 一分钟整的视频留52秒就行": the length left, said beside the trim, is the same edit told
    twice when it is the whole (said, or the video's) less the cut - read with it; a length that does not
    agree is left unread (the plan asks)."""
    m = re.search(_LENGTH_LEFT, text)
    if m is None:
        return
    whole = int(m.group(1)) if m.group(1) else total
    if whole > 0 and int(m.group(2)) == whole - cut and (not total or whole == total):
        rx.search(re.escape(m.group(0)), text)


# a platform said to treat videos some way, after a length ("…, reels do better under 40 seconds", "…, tiktok
# pushes the short ones"): the reason for the length asked, with whatever length it names
_PLATFORM_FARES = (r"(?:because\s+|since\s+|cause\s+|as\s+)?(?:youtube\s+|yt\s+|instagram\s+|insta\s+|ig\s+)?"
                   r"(?:shorts|reels?|tiktok|tik tok|youtube|instagram|insta)\s+"
                   r"(?:(?:really|just|always|usually|definitely|honestly|apparently|also|way)\s+)?"
                   r"(?:do|does|did|perform\w*|work|works|get|gets|go|goes|rank\w*|push|pushes|reward\w*|"
                   r"punish\w*|favou?r\w*|love|loves|hate|hates|tank\w*|flop\w*|boost\w*|promot\w*|"
                   r"bur(?:y|ies)|suppress\w*|prioriti[sz]\w*|kill\w*)\b.*")


# what may follow a part listed after a cut and still be a part of that cut ("剪掉前25秒，第50到55秒也不要",
# "cut the first 5 s, 0:40-0:45 too")
_LISTED_ON = (r"也是|[\s的也都还和及吧了啊呢哈那这段一部分片最后]|以及|还有|"
              r"\b(?:too|also|as well|and|the|that|this|part|bit|section|piece|please|pls|plz|thanks|one|"
              r"again|same|s|secs?|seconds?)\b|[.!]")


def _other_edit_parts(text: str) -> str:
    """ "剪掉前25秒，第50到55秒倒放", "cut the first 25 s, 0:50 to 0:55 is the highlight": a part said in a
    clause after the cut, with words of its own after it that are no cut (another edit, or what it is), is
    said for that - blanked here, so the cut never takes it too (a part listed bare after the cut is cut)."""
    cut = re.search(CUT, text)
    if cut is None:
        return text
    for m in re.finditer(r"(?<=[,，;；])[^,，;；]+", text[cut.end():]):
        a, b = cut.end() + m.start(), cut.end() + m.end()
        clause = text[a:b]
        part = re.search(rf"§\d+§{SEP}§\d+§(?:\s*秒)?", clause)
        if part is None or re.search(CUT + "|" + KEEP, clause):
            continue
        # (more parts listed in the same clause are the list too: "cut 0:05-0:08, 0:20-0:22 and 0:50-0:55")
        after = re.sub(rf"§\d+§(?:{SEP}§\d+§)?(?:\s*秒)?", "", clause[part.end():])
        after = re.sub(_LISTED_ON, "", after, flags=re.IGNORECASE)
        if after.strip():
            text = text[:a] + " " * (b - a) + text[b:]
    return text


# a sound edit said in a piece of its own ("…, then lower the volume of the last 10 seconds to 50%",
# "删掉12到18秒 最后10秒静音"): the part named there is where that sound edit happens - never a part to cut
# or keep
_SOUND_PLACE = (r"\bmut(?:e|ed|es|ing)\b|\bsilence(?=\s+(?:the|it|this|that|everything|all|them|out|audio|"
                r"sound)\b)|\bsilenced\b|\bvolume\b|\bquiet(?:er)?\b|\bloud(?:er)?\b|\bsofter\b|"
                r"\bturn(?:ed)?\s+(?:[\w'§]+\s+){0,6}?(?:down|up|off)\b|\bturn(?:ed)?\s+(?:down|up|off)\b|"
                r"\b(?:lower|reduce|raise|boost|duck)\s+(?:the\s+)?(?:audio|sound|voice|music|volume|level)\b|"
                # ("…, and lower the last 10 seconds to 50%": a part lowered to a level)
                r"\b(?:lower|raise|boost)\b|\b(?:reduce|drop)\b(?=[^,;]*\d\s*%)|"
                # ("剪掉最后10秒静音的部分": the silent part, a thing to cut - not the verb)
                r"(?:静音|消音)(?!\s*(?:的|部分|那段|片段))|音量|声音|原声|原音|小声|大声|调小|调大|调低|调高")
# the sound taken away there is a mute, not a cut ("最后10秒声音去掉", "turn the sound off for the last 5 s")
_SOUND_OFF = (r"(?:声音|原声|原音|音乐)\s*(?:给|都)?\s*(?:关掉|去掉|关了|不要|删掉|拿掉)|"
              r"\bturn(?:ed)?\s+(?:[\w'§]+\s+){0,6}?off\b")
_PIECE_SPLIT = r"[,，;；。!?！？]|\.(?=\s)|\bthen\b|\band\b|\balso\b|然后|接着|再"


def _sound_places_blanked(text: str, zh: bool) -> str:
    """The times in a piece of the request that says a sound edit (a mute, a level) and no cut or keep of
    its own are that edit's place: blanked here (same length), so the cut never takes them."""
    at = 0
    for piece in re.split(_PIECE_SPLIT, text):
        a = text.find(piece, at)
        at = a + len(piece)
        if "§" not in piece or not re.search(_SOUND_PLACE, piece):
            continue
        if zh:
            # (the spaces between pieces are gone once normalized: "删掉 §12000§ 到 §18000§ 最后 §10000§
            # 静音" - a time with the sound edit right after it, up to the next time, is that edit's)
            for m in re.finditer(r"§\d+§(?=[^§]*$)|§\d+§(?=[^§]*?§)", piece):
                after = piece[m.end():].split("§")[0]
                # (an end's length only - "最后10秒", "前5秒" - never the end of a range said for the cut)
                edge = r"(?:前|最后|(?<![之以往])后|开头|结尾|末尾)\s*(?:的)?\s*$"
                if re.search(edge, piece[:m.start()]) and \
                        re.match(rf"\s*(?:秒钟?)?\s*(?:的|那段|这段|那部分|这部分|部分)?\s*(?:{_SOUND_PLACE})",
                                 after) and \
                        not re.search(CUT + "|" + KEEP, re.sub(_SOUND_OFF, " ", after)):
                    b = a + m.start()
                    text = text[:b] + " " * len(m.group(0)) + text[b + len(m.group(0)):]
            continue
        if re.search(CUT + "|" + KEEP, re.sub(_SOUND_OFF, " ", piece)):
            continue
        text = text[:a] + re.sub(r"§\d+§", lambda m: " " * len(m.group(0)), piece) + text[at:]
    return text


def cut_rule(c: Clause) -> list[Hit]:
    if re.search(_OWN_CLIP, c.text) and not re.search(_EXTRACT, c.text):
        return []  # a part made a clip (or a file) of its own: split_rule's, nothing is cut or kept
    text = _FADE_TIME.sub(lambda m: " " * len(m.group(0)), _unit_bare(c.text))
    # "everything but the car black and white": a colour splash (refused), no part kept
    text = re.sub(SELECTIVE_COLOUR, lambda m: " " * len(m.group(0)), text)
    # "0:05-0:15删了 然后0:20到0:23做个gif", "remove 0:00-0:04 and grab a thumbnail at 0:20": a later step
    # making a file of its own part or moment is the export's - its times are no part cut (blanked, positions
    # kept)
    made = re.search(r"\bgifs?\b|动图|\bthumbnail\b|封面|缩略图", text)
    if made and (step := file_step(text, made.start())):
        text = text[:step] + " " * (len(text) - step)
    total = c.ctx.total_ms
    # "前30秒的一半删掉", "delete half of the first 30 seconds": a share of a part does not say which share
    # goes - asked, never the whole part cut
    part_share = rx.search(r"(?:前|后|最后|开头|结尾|开始)\s*§(\d+)§\s*的\s*(?:一半|1/2|三分之一|四分之一)|"
                      r"\b(?:half|a third|a quarter|one third|one quarter)\s+of\s+(?:the\s+)?"
                      r"(?:first|last|opening|final|closing)\s+§(\d+)§", text)
    if part_share and re.search(r"\b(?:cut|delete|remove|trim|drop|lose|chop|get rid of|take out)\b|"
                           r"删|剪|去掉|切掉|不要", text):
        n = int(part_share.group(1) or part_share.group(2))
        first = bool(re.search(r"前|开头|开始|first|opening", part_share.group(0)))
        a, b = (0, n // 2) if first else (total - n // 2 if total else 0, total)
        if c.zh:
            q = (f"{'前' if first else '最后'}{n / 1000:g}秒里删掉哪一部分？比如删掉 {clock(a)}–{clock(b)}"
                 f"，还是别的部分？")
        else:
            q = (f"Which part of the {'first' if first else 'last'} {n / 1000:g} s should go — for example "
                 f"{clock(a)}–{clock(b)}, or another part?")
        return [Hit(part_share.start(), question=q)]
    # "cut the saturation to half": a property halved is an amount, not the length
    half = rx.search(r"\bhalve (?:the |its )?(?:length|duration|video|clip|it)\b|"
                     # "shorten it by half", "cut the runtime in half": the length halved
                     # ("cut it in half" parts it in two or halves it - asked)
                     r"\b(?:shorten|trim|cut|chop|reduce)\s+(?:it|this|the (?:video|clip|whole thing))\s+"
                     r"(?:down\s+)?(?:by (?:a )?half|by 50\s*%)(?=\s*(?:$|[,;.!]|and\b|so\b|please\b|pls\b))|"
                     r"\b(?:shorten|trim|cut|chop|reduce)\s+(?:the|its)\s+"
                     r"(?:length|runtime|duration|run time)\s+(?:down\s+)?"
                     r"(?:by (?:a )?half|by 50\s*%|in half)(?=\s*(?:$|[,;.!]|and\b|so\b|please\b|pls\b))|"
                     r"\bshorten\s+by (?:a )?half\b|"
                     r"\b(?:shorten|trim|cut|chop|bring|get|make|reduce)\b"
                     rf"(?:(?!{_PROPERTY}|\bslow|\bfast).)*\b(?:to|down to)\s*(?:about\s*)?"
                     # ("slow it down to half speed": a property said after the half is halved, not the
                     # length)
                     rf"half\b(?!\s*(?:the\s+|its\s+)?(?:{_PROPERTY}|pace|tempo|rate))|"
                     r"\bhalf (?:as long|the length|its length)\b|(?:缩短|剪|裁|压缩)(?:到|成)\s*一半|"
                     # "缩短到原来的一半", "长度减半", "时长砍半": of the length it has now
                     r"(?:缩短|剪|裁|压缩|减|砍)(?:到|成)\s*(?:原来|现在|原先|之前)的?\s*一半|"
                     r"(?:长度|时长)\s*(?:减|砍)半|"
                     r"一半(?:的)?(?:长度|时长)", text)
    frac = rx.search(r"(?<![\d.:])(\d)\s*/\s*(\d)(?![\d:])\s*(?:as long|of (?:its|the|the original|"
                     r"the current) (?:length|duration|time)|(?:的)?(?:长度|时长)?)", text)
    # ("整体短个三分之一", "弄短1/3": 短 said with the share is the length shortened)
    if frac and not rx.search(r"\b(?:shorten|trim|cut|chop|bring|get|make|reduce|as long|length)\b|缩短|剪|"
                                r"压缩|原来|长度|时长|短\s*(?:个|了|掉)?\s*(?=\d\s*/)", text):
        frac = None
    if frac and re.search(r"(?:前|后|最后|开头|结尾|末尾)\s*(?:的)?\s*$|"
                          r"\b(?:first|last|final|opening|closing)\s+"
                          r"(?:the\s+)?$", text[:frac.start()]):
        frac = None  # "剪掉前三分之一", "cut the first 1/3": a share at one end (the portion read below)
    part = 0.5 if half else (int(frac.group(1)) / int(frac.group(2)) if frac else 0.0)
    # "make it a third shorter", "shorten it by 25%", "缩短三分之一", "cut 1/4 of it": the share said is
    # what goes, so the rest is kept ("trim it to 1/3", "缩短到1/3", "1/3 as long" keep the share said)
    # (a check, not a reading: "去掉前3秒 加背景音乐music.mp3" - the music is not the cut's)
    # ("slow it by 25%": a speed change, never a share cut)
    pct = None if re.search(_PROPERTY, text) or re.search(r"\bslow(?:ed|er|ing)?\b|\bfast(?:er)?\b", text) \
        else rx.search(r"(?<![\d.])(\d{1,2}(?:\.\d+)?)\s*%", text)
    amount = frac or pct
    if amount and not half:
        before, after = text[:amount.start()], text[amount.end():]
        less = re.search(r"^\s*(?:shorter|less|off)\b|^\s*(?:of\s+(?:it|this|the\s+\w+|its\s+length))?\s*"
                         r"(?:shorter|off)\b", after) or re.search(
            r"(?:\bby|\b(?:cut|trim|remove|chop|lose|shave|drop|take|knock)(?:\s+(?:off|out|away))?|缩短|减少|砍掉|"
            # ("剪短三分之一", "整体短个1/3": shortened by the share - 短 is "shorter by")
            r"剪掉|删掉|减掉|去掉|砍|减|少|短)\s*(?:了|个|掉)?\s*(?:about\s*|roughly\s*|around\s*|大概\s*|约\s*)?$",
            before)
        if less and not re.search(r"\b(?:to|down to|into)\s*$|(?:到|成|为)\s*$", before):
            rx.search(r"\bshorter\b|\bless\b|\boff\b|\bby\b", after + " " + before)
            cut = (float(amount.group(1)) / 100 if amount is pct else
                   int(amount.group(1)) / int(amount.group(2)))
            part = 1 - cut if 0 < cut < 1 else 0.0
        elif amount is pct and re.match(r"\s*(?:as long|of (?:its|the|the original|the current|what it "
                                        r"is now) (?:length|duration|runtime|time)|(?:的)?(?:长度|时长))",
                                        after):
            # "chop it so it's only 50% as long as now", "缩短到原来的60%时长": the share said is what stays
            rx.search(r"\bas long\b|\blength\b|长度|时长", after)
            part = float(amount.group(1)) / 100
        elif amount is pct:
            part = 0.0
    # "前20%去掉", "cut the last 10%": a share of the length at one end, removed - that end, cut
    end_share = None if pct is None else rx.search(
        r"(?:\b(first|last|final|opening|closing)\s+|(前|开头的?|最后|结尾的?|末尾的?)\s*)"
        r"(\d{1,2}(?:\.\d+)?)\s*%", text)
    if end_share and total > 1000 and not rx.search(T, text) and not re.search(KEEP, text) and re.search(
            r"\b(?:cut|trim|remove|delete|drop|lose|chop|get rid of|skip)\b|删|去掉|剪掉|不要|砍掉", text):
        ms = round(total * float(end_share.group(3)) / 100)
        last = (end_share.group(1) or end_share.group(2) or "").rstrip("的") in ("last", "final", "closing",
                                                                                "最后", "结尾", "末尾")
        if 0 < ms < total:
            return [Hit(end_share.start(), [s.Trim(tail_ms=ms) if last else s.Trim(head_ms=ms)])]
    if 0 < part < 1 and total > 1000 and not rx.search(T, text):
        at = (half or amount)
        assert at is not None
        end = round(total * part)
        return [Hit(at.start(), [s.KeepRange(start_ms=0, end_ms=end)], note=target_note(end, total, c.zh),
                    target_ms=end)]
    fraction = re.search(r"\b(?:first|last|second|final|opening|closing|middle)\s+"
                         r"(?:half|quarter|third|\d\s*/\s*\d)\b|"
                         r"(?:前|后|最后)\s*(?:一半|1/2|\d\s*/\s*\d(?![\d:]))", text)
    if not rx.search(T, text) and not fraction:
        bare = rx.match(_BARE_END_CUT, c.text)
        if bare is None:
            return []
        # "trim the start and add subtitles", "剪掉开头之后加字幕": an end to cut, no amount - asked how much
        # (the question is a reading of its own, so the other edits said with it are still done)
        word = bare.group(1) or bare.group(2) or bare.group(3)
        last = word in ("end", "ending", "outro", "结尾", "片尾")
        return [Hit(bare.start(), question=end_cut_question(last, c.zh, word))]
    # "make it 15s long but keep the ending not the start", "剪成15秒 保留结尾": which end a length keeps
    which = rx.search(r"\s*,?\s*(?:but\s+)?(?:keep|use|take)\s+(?:the\s+)?(end|ending|last part|last bit|"
                      r"start|beginning|first part|first bit)\b(?:\s*,?\s*(?:and\s+)?not\s+the\s+\w+)?\s*$|"
                      r"\s*[,，]?\s*(?:保留|要|留)(结尾|后面|最后|开头|前面)(?:的部分|那部分)?\s*$", text)
    keep_end = bool(which and (which.group(1) or which.group(2)) in ("end", "ending", "last part", "last bit",
                                                                     "结尾", "后面", "最后"))
    if which:
        text = text[:which.start()]
    elif (of_end := _made_of_end(text)) is not None:
        keep_end, text = True, of_end  # "make a 10 second teaser of the end": the last 10 s
    # "remove the last 5 s? no wait keep them, just fade out …": "keep" said of what was just named takes the
    # cut back (semantics.taken_back); it names no part of its own, so it is no keep of a time said later
    text = re.sub(r"\b(?:keep|leave)\s+(?:them|those|these|that|it)(?:\s+(?:in|there))?(?=\s*(?:$|[,，;；.!]|"
                  r"\b(?:and|but|just|then|only)\b))", " ", text)
    # "trim the first 2 seconds and keep it 9:16": a look kept is no part kept
    text = re.sub(r"\b(?:keep|leave)\s+(?:it|this|them|everything|the video)\s+(?:at\s+|in\s+)?"
                  r"(?:‹r\d+by\d+›|"
                  r"vertical|horizontal|square|portrait|landscape|widescreen|as is|as it is|the same\b|4k|hd|"
                  r"1080p|720p|(?:in )?colou?r|muted|silent|quiet|loud|bright|sharp|clean|simple)", " ", text)
    keep_m = re.search(KEEP, text)
    cut_m = re.search(CUT, text)
    if keep_m and cut_m and cut_m.start() < keep_m.start() and (re.search(
            r"\bbut\b|,|，|但|不过", text[cut_m.end():keep_m.start()]) or (re.search(
            r"\band\b|\bthen\b", text[cut_m.end():keep_m.start()]) and re.match(
            r"\s*(?:the|my|our)\s+(?!part|bit|section|piece|segment|rest|middle|clip|portion|chunk|scene|same)"
            r"[a-z]", text[keep_m.end():]))) and not re.search(T, text[keep_m.end():]):
        # "trim the first 5 seconds but keep the title card", "cut the first 5 s and keep the music": the
        # times belong to the cut; what is kept is something else, not read here
        text = text[:keep_m.start()]
    # "前三秒不要 后面的全都保留", "cut the first 3 s, keep the rest": the rest stays; the part named goes
    # ("前3秒不要 其余全留着": 全 alone, as 全都)
    # ("除了最前面3秒 别的我全都要留着": who keeps it, and 要 (want), said before the keeping)
    rest = rx.search(r"(?:后面|后边|其余|其他|别的|剩下|剩余)的?\s*(?:部分|地方)?\s*(?:我|我们)?\s*"
                     r"(?:都|全都|全部|全|就|的都|也都|也)?\s*(?:要|想)?\s*"
                     r"(?:保留|留着|留下|不动|别动|不要动|不用动|不变|别改|不改)|"
                     r"\b(?:keep|leave) (?:all )?(?:the rest|everything else)\b|"
                     r"\b(?:the rest|everything else)\s+(?:stays?|can stay)\b|"
                     r"\b(?:don'?t|dont|do not) (?:touch|change) (?:the rest|anything else)\b", text)
    if rest and cut_m and cut_m.start() < rest.start():
        text = text[:rest.start()]
    elif rest and cut_m and rest.end() <= cut_m.start() and "§" not in text[:rest.start()]:
        # "其他的都留着 只把0:25到0:31那段拿掉": that the rest stays is said first, then the one part
        # that goes - the "rest" is everything but that part, so nothing is kept on its own (never a keep
        # of the part; a part named before "其他都留着" is the one kept, read as it stands)
        text = text[:rest.start()] + " " + text[rest.end():]
    keep_mode = bool(rx.search(KEEP, text))
    if keep_mode and re.search(_GET_PART, text) and not re.search(KEEP, re.sub(_GET_PART, " ", text)) and \
            (got := re.search(r"\b(?:get|take)\b", c.ctx.raw.lower())) and \
            re.search(_GET_ELSE, c.ctx.raw.lower()[got.end():]):
        keep_mode = False  # "get the last 5 s and move them to the start": the part is taken for another edit
    # "make a teaser from the last 15 seconds", "a clip of the first 10 s": a shorter version made of an end
    # keeps that end (nothing in the request says to remove anything)
    made_of = (rf"\b(?:teaser|trailer|promo|preview|highlight|recap|clip|snippet|excerpt|short|reel|"
               rf"version)s?\s+(?:from|of|out\s+of|using|with)\s+(?:the\s+|my\s+|its\s+)?(?:very\s+)?"
               rf"(?:last|final|first|opening)\s*{T}|"
               # "use the last 15 seconds as a teaser", "用最后15秒做预告", "拿开头10秒剪个片段": the end
               # named first, then what is made of it
               # ("make the last 10 seconds into a teaser", "turn the first 15 s into a trailer": the same)
               rf"\b(?:use|take|make|turn|cut|edit|convert|save)\s+(?:the\s+)?(?:very\s+)?"
               rf"(?:last|final|first|opening)\s*{T}\s+"
               rf"(?:as|for|to make|into)\s+(?:an?\s+|the\s+|my\s+)?(?:\w+\s+)?"
               rf"(?:teaser|trailer|promo|preview|highlight|recap|clip|snippet|excerpt|short|reel|intro)\b|"
               # ("把结尾最后10秒单独弄成个预告", "开头10秒单独做个预告": 把 or no verb before the end named,
               # 单独 before what is made of it)
               # (with no 用 / 拿 the part is made into a thing of its own, never "the intro" -
               # "前5秒做成片头" may be the opening of this video)
               rf"(?:(?P<took>用|拿|取|截)|把|将)?\s*(?:视频)?\s*(?:的)?\s*"
               rf"(?:(?:结尾|片尾|末尾|开头|片头)\s*(?:的)?\s*)?"
               rf"(?:最后|前|开头|结尾|片尾|末尾)\s*(?:的)?\s*{T}\s*"
               rf"(?:的)?\s*(?:内容|部分|画面)?\s*(?:来)?\s*(?:单独|拿出来|剪出来)?\s*"
               rf"(?:做|剪|弄|当|作为|出|剪辑)\s*(?:成|出)?\s*"
               rf"(?:一个|1\s*个|个|一段|1\s*段|段|一条|条)?\s*"
               rf"(?:预告片?|片段|短片|短视频|精华|高光|集锦|小视频|(?(took)(?:片头|开场|引子)|(?!)))")
    # (a gif or an export of a part is a file of that part: the export rule's, nothing is cut)
    removal = (r"\b(?:remove|delete|drop|get rid of|lose|skip|strip|cut out|take out|trim off|cut off|export|"
               r"render|save|download|gifs?|thumbnail)\b|删|去掉|不要|导出")
    if not keep_mode and rx.search(made_of, text) and not re.search(removal, text):
        keep_mode = True
    # "从0:05到0:40 其他不要", "0:08到0:52 其余都删掉": the rest said to go - the part named is what stays
    # (a cut of "the rest" is never a cut of the part named)
    # ("剪到0:08到0:52 前后候场的不要", "两头的都删掉": the parts before and after it, named by what is there
    # or not, said to go after a space or comma - the ends around the part, which stays)
    rest_goes = (r"(?:^|[^\u4e00-\u9fff])(?:其他|其它|其余|别的|剩下|剩余)\s*(?:的)?\s*(?:部分|地方|内容)?\s*"
                 r"(?:都|全|全都|全部)?\s*(?:不要|删|剪|去掉|砍|切)|"
                 r"(?:^|[\s,，;；])(?:前后|两头|两边|头尾|首尾|前面和后面|前面后面|开头和结尾|开头结尾)"
                 r"(?:[^\d§\s,，。;；]{0,8}?的)?\s*(?:部分|地方|内容)?\s*(?:都|全|全都|全部)?\s*"
                 r"(?:不要|删|剪掉|去掉|砍掉|切掉)")
    if not keep_mode and re.search(rest_goes, text) and \
            re.search(rf"{T}\s*(?:到|至|-|~|—|to)\s*{T}", text) and \
            not re.search(KEEP, c.ctx.raw or "") and not re.search(r"[、，,]\s*§", text):
        rx.search(rest_goes, text)
        keep_mode = True  # (a keep said elsewhere in the request, or a list of parts, is read as it stands)
    excepting = keep_mode and bool(rx.search(_EXCEPT, text))
    if excepting:
        keep_mode = False  # what follows "except" is what goes
        text = re.sub(KEEP, " ", text)
    # "trim from 0:03 to 0:15" (editors' and ffmpeg users' words) keeps that part; "cut 0:03-0:15" removes it
    # "clip from 1:05 to 1:30" (a verb first: making a clip of that part) keeps it the same way
    clip_verb = r"^\s*(?:please\s+|pls\s+|just\s+)?clip"
    trim_from = rx.search(rf"(?:\btrim(?:med|ming)?|{clip_verb})\s*{_ANY_THING}\s*(?:from|between)\s*"
                          rf"{T}{_RANGE_NEXT}|{clip_verb}\s*{T}{_RANGE_NEXT}", text)
    if trim_from and not rx.search(r"\b(?:out|away|off|remove|delete|cut out)\b", text):
        keep_mode = True
    if rx.match(rf"\s*(?:and\s+|but\s+|plus\s+)?{_PLATFORM_FARES}$", text):
        # "…, reels do better under 40 seconds": how the platform treats videos - no length asked
        return [Hit(0)]
    # ("make it 30 sec, tiktok pushes videos under 30 seconds": the length in it is read as the reason's)
    rx.search(rf"(?<=§)\s*,?\s*{_PLATFORM_FARES}$", text)
    # a reason said after a length does not change it: "make it 58 sec to be safe", "… for the ad slot"
    # ("make it 45 sec pls its for a class assignment": a please and an "it's" before the reason too)
    text = re.sub(rf"({T}(?:\s*long)?)\s*,?\s*(?:(?:please|thanks|it'?s|it is|this is|that'?s|thats)\s+)*"
                  rf"(?:to be safe|just in case|"
                  rf"for (?:the|my|an?|our) [a-z' ]{{2,30}}|so (?:it|that)\b[^§]*|because\b[^§]*|"
                  rf"since\b[^§]*|"
                  rf"(?:用来|为了|因为)[^§]*|(?:要|用来)?(?:发|投)[^§]*|"
                  # ("make it 30 sec, reels do better under 40 seconds": how a platform treats videos, a
                  # length said in it is no part of the edit)
                  rf"{_PLATFORM_FARES})$", r"\1", text)
    trim_to = rx.search(_TRIM_TO, text)
    if trim_to and _at_most(text, trim_to):
        # "shorts have to be under a minute so cut it to 55 seconds": the limit is the reason, the length said
        # after it (within the limit) is the edit
        for later in _TRIM_TO_RE.finditer(text, trim_to.end()):
            if _length_of(later) <= _length_of(trim_to) and not _at_most(text, later):
                note(text, later.start(), later.end())
                trim_to = later
                break
    cut_mode = bool(rx.search(CUT, text)) or excepting
    if cut_mode and not excepting and rx.search(r"\b(?:everything|all|anything)\s+(?:except|but|apart from|o"
                                                r"ther "
                                                r"than)\b|除了.{0,30}(?:都|全部|其他|其余)|"
                                                r"(?:之外|以外)\s*(?:的)?\s*[,，]?\s*"
                                                r"(?:都|全都|全部|其他|其余)", text):
        keep_mode = True  # "remove everything except 0:10-0:20": what is named stays
    if not (keep_mode or cut_mode or trim_to or _video_start(text, c.ctx.raw)):
        return []
    if cut_mode and not keep_mode:
        text = _other_edit_parts(text)
    text = _sound_places_blanked(text, c.zh)
    spans = ranges(text)
    # "keep just the middle 10 seconds"
    # ("把中间0:20到0:30删了", "delete the middle 0:20-0:30": a time that opens a range is where the middle
    # stretch starts, not a length centred - the range alone is the edit)
    for m in rx.finditer(rf"(?:\bmiddle\s*{T}|中间\s*(?:的|那|这)?\s*{T})(?!{SEP}§)", text):
        n = int(m.group(1) or m.group(2))
        if 0 < n < total:
            spans.append(((total - n) // 2, (total - n) // 2 + n))
    # "get me the middle half", "keep the middle third": that share, centred
    for m in rx.finditer(r"\bmiddle\s+(half|third|quarter)\b", text):
        n = round(total * {"half": 0.5, "third": 1 / 3, "quarter": 0.25}[m.group(1)])
        if 0 < n < total:
            spans.append(((total - n) // 2, (total - n) // 2 + n))
    # "skip the first 5 seconds and take 10 sec from there": the length taken after the start skipped
    skip_take = rx.search(rf"\b(?:skip|skipping|ignore|ignoring|after|past|lose|drop|cut|leave out)\s+"
                          rf"(?:the\s+)?(?:first|opening)\s*{T}\s*(?:,\s*)?(?:and\s+|then\s+|,\s*)*(?:just\s+|only\s+)?"
                          rf"(?:take|keep|get|use|grab)\s+(?:the\s+)?(?:next\s+|only\s+|just\s+)?{T}"
                          rf"(?!\s*(?:off|out|away)\b)", text)
    if skip_take:
        a, n = int(skip_take.group(1)), int(skip_take.group(2))
        spans.append((a, a + n))
        keep_mode, cut_mode = True, False
    for m in rx.finditer(rf"从\s*{T}\s*(?:剪|截|切)\s*(?:到|至)\s*{T}", text):  # "从0:20剪到0:40"
        spans.append((int(m.group(1)), int(m.group(2))))
        keep_mode = keep_mode or not rx.search(r"剪掉|删|去掉|不要", text)
    # "把视频剪到0:04到0:52", "把采访剪成4-52秒": cut down to that part (what is left), as "trim it to"
    if rx.search(rf"(?:剪|截|裁|切|剪辑)(?:到|成|为)\s*(?:只剩\s*)?{T}{SEP}{T}", text) and not rx.search(
            r"剪掉|删|去掉|不要", text):
        keep_mode = True
    # "cut it down to 0:10-0:50", "trim my zoom call down to 0:10 through 0:50": what is left, as "剪到A到B"
    down_to = rx.search(rf"\b(?:trim|cut|shorten|crop|chop|edit|bring|get)\s*{_ANY_THING}\s*(?:down\s*)?to\s*"
                        rf"(?:just\s*|only\s*)?{T}\s*(?:-|–|to|through|thru|until|till)\s*§", text)
    if down_to and not rx.search(r"\b(?:out|away|off|remove|delete)\b", text):
        keep_mode = True
    # ("从第40秒开始到结尾都不要了": a start said with 开始 / 起 before the end is the same part)
    # ("从00:00:20剪到结束都不要": the part said, then that all of it goes)
    for m in rx.finditer(rf"{T}\s*(?:开始|起)?\s*(?:剪|删)?\s*(?:一直)?\s*"
                         rf"(?:-|–|to|till|until|through|到|至)\s*"
                         rf"(?:the\s*)?(?:very\s*)?(?:end|finish|"
                         rf"(?:视频|片子|整个视频)?\s*(?:的)?\s*(?:最后|结尾|末尾|结束))"
                         rf"(?:\s*(?:的|这段|那段)?\s*(?:都|全|全部)\s*(?:不要了?|删掉?了?|剪掉?了?|去掉))?",
                         text):
        spans.append((int(m.group(1)), None))  # "0:50 to the end", "从第12秒开始一直到结尾"
    # ("keep half a minute of it starting at 0:10": "of it" between the length and where it starts)
    for m in rx.finditer(rf"{T}\s*(?:long\s*)?(?:(?:of|from)\s+(?:it|this|that|the\s+(?:video|clip|footage|"
                         rf"recording))\s*,?\s*)?(?:starting|beginning|from)\s*(?:at|from)?\s*{T}|"
                         rf"(?:从\s*)?{T}\s*(?:开始|起)\s*(?:的|往后)?\s*(截取|截|取|留|要)?\s*(?:出)?\s*{T}"
                         # (never a time that opens a part of its own: "从第25秒开始 第10到15秒加速")
                         rf"(?!\s*(?:秒)?\s*(?:到|至|-|~|–)\s*(?:第\s*)?§)",
                         text):
        a, n = (int(m.group(2)), int(m.group(1))) if m.group(1) else (int(m.group(3)), int(m.group(5)))
        spans.append((a, a + n))  # "5 seconds starting at 0:08", "从8秒开始的5秒"
        # "从25秒开始截10秒": the length taken from there is the part wanted
        keep_mode = keep_mode or (m.group(4) is not None and not rx.search(r"剪掉|删|去掉|不要", text))
    head = None if skip_take else _first(_HEAD, text)
    tail = _first(_TAIL, text)
    portion = rx.search(r"\b(first|last|second|final|opening|closing)\s+(half|quarter|third|(\d)\s*/\s*(\d))"
                        r"\b|(前|后|最后)\s*(?:一半|1/2|1\s*半|(\d)\s*/\s*(\d)(?![\d:]))", text)
    if portion and (spans or trim_to or rx.search(rf"(?:after|past|beyond|from|before|up to|until|从)\s*"
                                                  rf"(?:the\s*)?(?:first\s*)?{T}|{T}\s*(?:之后|以后|后面|往后|"
                                                  rf"之前|以前|前面)", text)) and \
            rx.search(r"^\s*(?:of (?:it|the video|the clip)\s*)?(?:is|was|are|'s|s|feels|seems|looks|"
                      r"(?:都|全|只|就|也)?\s*(?:是|太|挺|很|有点|没什么|没啥))\b|^\s*(?:都|全|只|就|也)?\s*"
                      r"(?:是|太|挺|很|有点|没什么|没啥)", text[portion.end():]):
        # "keep from 0:30 on, the first half is just setup", "删掉0:20之前的，前一半都是铺垫": a share
        # described beside a part said by its times is the reason, no part of its own to keep or cut
        portion = None
    if portion and portion.group(2) == "half" and c.ctx.segment_count == 2 and cut_mode and \
            not keep_mode and \
            rx.search(r"\b(?:the\s+)?split\s+(?:clip|video)\b|\bhalf\s+of\s+the\s+split\b|\b(?:after|since)\s+"
                      r"(?:the\s+)?split(?:ting)?\b", text):
        # "delete one half of the split clip - the second half": after a split the halves are its two clips
        first_half = portion.group(1) in ("first", "opening")
        return [Hit(c.pos(CUT), [s.DeleteSegment(index=1 if first_half else 2)])]
    if portion and total:  # "trim the last quarter", "cut the first half"
        share = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}.get(portion.group(2) or "", 0.5)
        if portion.group(3):
            share = int(portion.group(3)) / max(1, int(portion.group(4)))
        if portion.group(6):  # "前三分之一不要" ("前 1/3"): that share at the start
            share = int(portion.group(6)) / max(1, int(portion.group(7)))
        if (portion.group(1) or portion.group(5)) in ("first", "opening", "前"):
            head = round(total * share)
        else:
            tail = round(total * share)
    both = rx.search(rf"\bfirst and (?:the )?last\s*{T}|(?:开头和结尾|首尾)\s*(?:各)?\s*{T}|"
                     # "头尾各剪三秒", "前后各去掉2秒", "两头都各切1秒": 各 (each) gives both ends the time
                     rf"(?:开头和?结尾|片头和?片尾|首尾|头尾|头和尾|两头|两端|前后|掐头去尾|去头去尾|砍头去尾|掐头掐尾|去头掐尾)"
                     rf"\s*(?:都)?\s*各\s*"
                     rf"(?:剪|切|删|去|砍|裁)?\s*(?:掉|去)?\s*{T}|"
                     rf"{T}\s*(?:off\s*|from\s*|at\s*)?(?:of\s*)?(?:both ends|each end|either end|both sides|"
                     rf"the start and (?:the )?end)|"
                     # "trim both ends by 2 seconds", "shave each end by 1.5s": the amount said after the ends
                     rf"\b(?:both ends|each end|either end|both sides|each side|"
                     rf"the (?:start|beginning|front) and "
                     rf"(?:the )?(?:end|back))\s*(?:of\s+(?:it|this|the \w+)\s*)?(?:by|of)\s*{T}", text)
    if both:
        head = tail = int(next(g for g in both.groups() if g is not None))
    m_after = rx.search(rf"(?:after|past|beyond|from|从|之后|以后)\s*(?:the\s*)?(?:first\s*)?{T}"
                        rf"(?:\s*(?:mark|point|timestamp)\b)?"
                        rf"(?:\s*(?:to|till|"
                        rf"until)\s*the end|"
                        rf"之后|以后)?"
                        rf"(?!{_RANGE_NEXT})|"
                        # "30秒后面的不要了", "第20秒以后的全部剪掉": Chinese says the point first
                        rf"{T}\s*(?:之后|以后|后面|后边|往后)", text)
    m_before = rx.search(rf"(?:before|up to|until|之前|以前)\s*(?:the\s*)?{T}|{T}\s*(?:之前|以前|前面|前边)"
                         rf"(?:的)?(?!\s*(?:加|放|插))", text)
    m_start_at = _video_start(text, c.ctx.raw)
    # ("从第5秒开始都不要了": all of it from there on)
    on_from = (r"\b(?:after(?: that)?|onwards?|the rest)\b|后面|之后|以后|剩下|"
               r"(?:都|全部|全都|全)\s*(?:不要|删|剪|去掉|砍)")
    if m_start_at and cut_mode and not spans and rx.search(on_from, text) and not rx.search(
            r"前面|前边|之前|以前|开头|片头", text):
        spans.append((int(m_start_at.group(1) or m_start_at.group(2)), None))  # "从一分半开始后面都不要"
    if spans and not keep_mode and not cut_mode and rx.search(r"^(?:从|from)\b|一直到", text):
        keep_mode = True  # "从第12秒开始一直到结尾": the part said is the part wanted
    pos = c.pos(KEEP if keep_mode else CUT)
    m_end_at = rx.search(END_AT, text)
    if not rx.search(KEEP if keep_mode else CUT, text):  # "…, and end the video at 1:20": where it was said
        pos = min((x.start() for x in (trim_to, m_start_at, m_end_at) if x is not None), default=0)
    if m_start_at and m_end_at and not spans:  # "start at 0:10 and end at 0:50": the part between
        a, b = (int(next(g for g in x.groups() if g is not None)) for x in (m_start_at, m_end_at))
        if b > a:
            return [Hit(min(m_start_at.start(), m_end_at.start()), [s.KeepRange(start_ms=a, end_ms=b)])]
    if trim_to and not spans and not keep_mode and not rx.search(r"\bmiddle\b|中间", text):
        end = int(next(g for g in trim_to.groups() if g is not None))
        if keep_end and 0 < end < total:
            return [Hit(pos, [s.KeepRange(start_ms=total - end, end_ms=None)])]
        said_first = re.search(r"\bfirst\b|前", trim_to.group(0)) or which
        at_most = _at_most(text, trim_to)
        # "不能超过2分钟" of a 1-minute video: it already is
        if at_most and end >= total > 0 and not m_end_at:
            return [Hit(pos, note=(
                f"视频现在是 {total / 1000:g} 秒，已经在 {end / 1000:g} 秒以内，不用剪。" if c.zh else
                f"The video is {total / 1000:g} s, already within {end / 1000:g} s — nothing to cut."))]
        if end > total > 0 and not m_end_at and not said_first:
            return [longer(end, total, c.zh, pos)]  # "make it 2 minutes long" of a 1-minute video
        if cut_mode and head is not None and 0 < head < total and head != end and not said_first and \
                not m_end_at and 0 < end < total - head:
            # "cut the first 5 seconds and make it 20 seconds": the start goes, then the length asked for is
            # of what is left (the 20 s after the cut, not the first 20 s with the cut lost)
            return [Hit(pos, [s.Trim(head_ms=head), s.KeepRange(start_ms=0, end_ms=end)], note=(
                f"先剪掉开头 {head / 1000:g} 秒，再保留接下来的 {end / 1000:g} 秒（原视频的 {clock(head)}–"
                f"{clock(head + end)}）。" if c.zh else
                f"I cut the first {head / 1000:g} s, then kept the next {end / 1000:g} s ({clock(head)}–"
                f"{clock(head + end)} of the video as it was)."))]
        hit = Hit(pos, [s.KeepRange(start_ms=0, end_ms=end)])
        if total > end and not m_end_at and not said_first:  # a length: say which part, offer the other
            hit.note = target_note(end, total, c.zh)
            hit.target_ms = end
        return [hit]
    if keep_mode:
        # "…以后的留着 前面全删", "keep 0:10-0:20, the rest goes": the rest said to go is what keeping does
        rx.search(r"(?:前面|前边|之前|以前|后面|后边|之后|以后|其余|其他|别的|剩下|剩余)的?\s*(?:部分|内容)?\s*"
                  r"(?:都|全|全都|全部)?\s*(?:删|剪|去|砍|切)(?:掉|了|除)?|"
                  r"\bthe rest (?:goes|can go)\b", text)
        keep: list[tuple[int, int | None]] = list(spans)
        # ("keep only the first 10 sec and 0:40-0:50": the head said beside a range is kept too)
        # (a share - "the first half is just the gym setup" - said beside a range is no part to keep)
        # ("keep from 0:08 to the end, the first 8 sec is just the clerk fixing the camera": the head told
        # about, where the part kept starts, is why it goes - no part to keep)
        told_head = head is not None and spans and any(a == head for a, _ in spans) and re.search(
            r"\b(?:the\s+)?(?:first|opening)\s+§\d+§\s*(?:or so\s+)?(?:is|are|was|were|'s)\b", text)
        if head is not None and not told_head and (
                not spans or (portion is None and all(a >= head for a, _ in spans))):
            keep.insert(0, (0, head))
        if tail is not None and (not spans or (portion is None and all(b is not None and b <= total - tail
                                                                       for _, b in spans))):
            keep.append((max(0, total - tail), None))
        if not keep and m_after:
            keep.append((int(m_after.group(1) or m_after.group(2)), None))
        if not keep and m_before:
            keep.append((0, int(m_before.group(1) or m_before.group(2))))
        if not keep and trim_to:  # "keep it under 30 seconds"
            keep.append((0, int(next(g for g in trim_to.groups() if g is not None))))
        if not keep:
            return []
        if len(keep) == 1:
            return [Hit(pos, [s.KeepRange(start_ms=keep[0][0], end_ms=keep[0][1])])]
        return [Hit(pos, [s.KeepRanges(ranges=[s.Range(start_ms=a, end_ms=b) for a, b in keep])])]
    if m_start_at and head is None and not spans:
        head = int(m_start_at.group(1) or m_start_at.group(2))
    cuts: list[tuple[int, int | None]] = list(spans)
    if not spans and m_after and head is None and tail is None:
        cuts.append((int(m_after.group(1) or m_after.group(2)), None))
    elif not spans and m_after and head is not None and tail is None and (re.search(
            r"\b(?:everything|anything|all|whatever|stuff)\s+(?:that'?s\s+|that is\s+)?$",
            text[max(0, m_after.start() - 24):m_after.start()])
            or re.search(r"之后|以后|后面|往后", m_after.group(0))) and not _part_edited(text, m_after):
        # "lose the first 10 sec and anything past 0:55": the first seconds and the end from that point
        # (never "前10秒不要了 40秒以后的部分加速2倍": the part after a time given another edit is where that
        # edit goes - it stays)
        past = int(m_after.group(1) or m_after.group(2))
        if head < past < total:
            tail = total - past
    if not spans and m_before and head is None and tail is None:
        head = int(m_before.group(1) or m_before.group(2))
    ops: list[OpBase] = []
    if cuts:
        # head/tail cuts join the ranges so all times refer to the same (current) timeline
        if head is not None:
            cuts.append((0, head))
        if tail is not None:
            cuts.append((max(0, total - tail), None))
        cuts.sort()
        ops.append(s.RemoveRange(start_ms=cuts[0][0], end_ms=cuts[0][1]) if len(cuts) == 1 else
                   s.RemoveRanges(ranges=[s.Range(start_ms=a, end_ms=b) for a, b in cuts]))
    elif head is not None or tail is not None:
        ops.append(s.Trim(head_ms=head or 0, tail_ms=tail or 0))
        _length_left_agrees(text, total, (head or 0) + (tail or 0))
    bare = None if ops or keep_mode else rx.search(
        rf"\b(?:trim|cut|chop|shave|snip|lop)\s*(?:off\s*)?{T}(?:\s*off)?(?!\s*(?:from|of|at|in|into|to)\b)",
        text)
    ends = r"\b(?:start|beginning|front|end|ending|back|intro|outro|first|last)\b"
    if bare is not None and not rx.search(ends, text):
        # "trim 2 sec, then fade out at the end": how much is said, not from where - asked (beside the other
        # edits), never guessed
        said = int(bare.group(1)) / 1000
        return [Hit(bare.start(), question=(
            f"从哪里剪掉这 {said:g} 秒——开头、结尾，还是某一段（比如“剪掉0:20到0:30”）？" if c.zh else
            f"Cut {said:g} s from where — the start, the end, or a part like “cut 0:20 to 0:30”?"))]
    return [Hit(pos, ops)] if ops else []


# an edit other than a cut, said of "the part after <time>" ("40秒以后的部分加速2倍", "everything after 0:40
# should be 2x faster", "speed up everything after 0:40")
_PART_EDIT_AFTER = (r"\s*(?:的)?\s*(?:部分|内容|片段|那段|这段|那部分|这部分)?\s*"
                    r"(?:都|全|全部|全都|就|给我|帮我)?\s*"
                    r"(?:加速|减速|快放|慢放|放慢|放快|倍速|变速|调|变|改|换|加|配|放|转|翻转|镜像|淡|静音|"
                    r"(?:\d+(?:\.\d+)?|两|二|三|四)\s*倍|"
                    r"(?:should|must|can|could|needs? to)?\s*(?:be|go|play|run)\s*"
                    r"(?:\d+(?:\.\d+)?x|faster|slower|"
                    r"sped|slowed|quieter|louder|muted|silent|mirrored|flipped|black and white|"
                    # ("everything from 0:30 should be in slow motion", "… should be half speed")
                    r"(?:in\s+)?slow[\s-]?mo(?:tion)?|(?:in\s+)?slo-?mo|(?:at\s+)?(?:half|double)\s+speed))")
_PART_EDIT_BEFORE = (r"\b(?:speed up|slow down|speed|slow|mute|silence|mirror|flip|fade|color|colour|"
                     r"brighten|darken|zoom|crop|caption|subtitle)\w*\s+(?:up\s+)?"
                     r"(?:(?:everything|anything|all|the (?:part|bit|rest)|stuff)\s+)?$")


def _part_edited(text: str, m: re.Match[str]) -> bool:
    """Whether the part after a time (matched by m) is given an edit other than a cut - then that time is
    the place of that edit, never a cut of everything after it."""
    return bool(re.match(_PART_EDIT_AFTER, text[m.end():]) or
                re.search(_PART_EDIT_BEFORE, text[max(0, m.start() - 40):m.start()]))


_DEAD_AIR_STRONG = r"dead air|silen|空白|黑屏|静音|nothing happens|boring"
# "the dead air between sentences", "dead air in between my lines": the pauses inside the talk, which
# removing the silences cuts - not the ends trimmed
_DEAD_AIR_INSIDE = (r"\bdead (?:air|space)\s+(?:(?:in\s+)?between|among)\s+(?:(?:the|my|our|his|her|their|"
                    r"each|all)\s+(?:the\s+)?)?(?:\w+\s+)?(?:sentences?|words?|lines?|phrases?|points?|"
                    r"questions?|answers?|thoughts?|takes?|speakers?|people|us|them)\b")
_DEAD_AIR = (rf"(?!{_DEAD_AIR_INSIDE})dead air|"
             r"(?:silen(?:ces?|t parts?)|(?:long )?pauses?|gaps?) (?:at|from|in) the (?:very )?"
             r"(?:start|beginning|end)|"
             r"(?:start|beginning) (?:and|or|&|/) (?:at )?(?:the )?(?:very )?end|both ends|the ends\b|"
             r"head and tail|"
             # (片头 / 片尾 name the same ends as 开头 / 结尾: "去掉片头片尾没声音的部分")
             r"首尾|头尾|开头和?结尾|片头和?片尾|前后的?(?:空白|静音)|"
             # "把前后没说话的空白剪掉": both ends, with what is empty there said in between
             r"(?:前后|首尾|头尾|两头)(?:的|那些|那段|那几秒)?没(?:有|人)?(?:说话|讲话|声音|声)的?(?:空白|静音|部分|地方|片段)?|黑屏|(?:开头|结尾|末尾|片头|片尾)(?:的)?(?:空白|静音|黑屏)|"
             # "结尾那段静音删了": the stretch at that end, pointed at
             r"(?:开头|结尾|末尾|片头|片尾|最后)\s*(?:的)?\s*(?:那|这)\s*(?:1\s*)?(?:段|些|几秒)\s*(?:的)?\s*"
             r"(?:空白|静音|黑屏|没声音的?部分)|"
             # "the leading silence", "the silence before I start talking", "the quiet ending"
             r"\b(?:leading|trailing|opening|closing|initial) (?:silence|quiet|dead air|pause|gap)s?\b|"
             # "trim start and end silence", "remove the end silence": the end said as the silence's kind
             r"\b(?:start|beginning|end|ending) (?:silences?|dead air)\b|"
             r"\b(?:silence|quiet|pause|gap|dead air)s? (?:before|after) "
             r"(?:i|we|you|he|she|they|anyone|someone) "
             r"(?:start|starts|begin|begins|stop|stops|finish|finishes)\b|"
             # "minutes of silence/setup before the actual beginning", "the waiting before the talk starts":
             # what fills the recording before its real start (or after its real end) is that end's dead air
             r"(?:\b(?:(?:multiple|several|a few|a couple(?: of)?|many|some|like|about|around|a good)\s+)?"
             r"(?:minutes?|mins?|seconds?|secs?)\s+of\s+)?"
             r"\b(?:silence|quiet|pause|gap|dead air|set[\s-]?up|waiting|nothing|black|static)s?"
             r"(?:\s*(?:/|and|or|&)\s*(?:silence|quiet|dead air|set[\s-]?up|waiting|nothing|black|fiddling))?"
             r"\s+(?:before|until)\s+(?:the\s+(?:very\s+|actual\s+|real\s+|proper\s+)?(?:beginning|start)\b|"
             r"(?:the\s+(?:\w+\s+)?(?:lecture|talk|class|lesson|service|show|speaker|presentation|meeting|"
             r"sermon|ceremony|session|video|recording|stream|content|music|song)|it|things|anything|the\s+action)\s+"
             r"(?:actually\s+|really\s+|properly\s+|finally\s+)?(?:starts?|begins?|gets?\s+going|kicks?\s+off)\b)|"
             r"\b(?:silence|quiet|dead air|nothing|black|static)s?\s+after\s+(?:the\s+(?:very\s+|actual\s+|"
             r"real\s+)?"
             r"end\b|(?:the\s+(?:\w+\s+)?(?:lecture|talk|class|lesson|service|show|speaker|presentation|meeting|"
             r"sermon|ceremony|session|stream|music|song)|it|things)\s+(?:actually\s+|really\s+|finally\s+)?"
             r"(?:ends?|stops?|finish(?:es)?|wraps?\s+up)\b)|"
             r"\b(?:quiet|silent|empty|dead) (?:bit|part|stretch|section)s? (?:at|in) the (?:very )?"
             r"(?:start|beginning|end)\b|"
             r"\b(?:quiet|silent|empty|dead) (?:ending|start|beginning|intro|outro|opening|closing)\b|"
             r"(?:开头|前面|结尾|后面|末尾|片头|片尾)(?:的|那些|那段|那几秒)?没(?:有)?(?:人)?(?:说话|讲话|声音|出声)|"
             r"(?:前面|后面|开头|结尾|片头|片尾)(?:的)?(?:静音|空白)|"
             # "lose the black at the start and end": black frames at an end are the empty part there
             r"\bblack(?:\s+(?:bits?|parts?|frames?|screen|stretch))?\s+(?:at|in)\s+the\s+(?:very\s+)?"
             r"(?:start|beginning|end)\b")
# "theres loads of dead air", "so much dead air in this": dead air described as there, not asked to go
_DEAD_AIR_SAID = (r"\b(?:there(?:'s| is| are|s|re)|so much|(?:loads|lots|tons|a lot|full|plenty|heaps) of|"
                  r"too much|way too much)\s+(?:\w+\s+){0,2}?dead air\b")
# "没声音的地方也删了", "没人说话的部分": the stretches without sound, wherever they are (unless an end is
# named before them in the same sentence: "把开头结尾黑屏还有没声音的地方去掉" is those ends' empty parts)
_SILENT_PLACES = r"没(?:有)?(?:声音|声|人说话|说话|人讲话|讲话)的?(?:地方|部分|片段|段落|那些|那几段)"
_SILENCE = (r"silen(?:ce|ces|t (?:parts?|bits?|gaps?|stretch(?:es)?|sections?))|pauses?|gaps?|"
            r"breaks? in (?:the )?(?:speech|talking)|"
            # "detect when the audio is under a certain level … and cut there": a quiet stretch, said by level
            r"\b(?:audio|sound|volume|signal|level)\s+(?:is\s+|goes\s+|drops\s+|falls\s+|gets\s+|stays\s+)?"
            r"(?:under|below)\s+(?:a\s+(?:certain\s+)?|the\s+|some\s+|my\s+)?(?:level|threshold)\b|"
            r"jump ?cuts?|" + _DEAD_AIR_INSIDE + r"|dead space|awkward(?!ly)|静音|停顿|空白|沉默|气口|断句|"
            + _SILENT_PLACES)


# what a recording is of: "before the lecture starts", "after the service ends"
_EVENT = (r"(?:the\s+(?:\w+\s+)?(?:lecture|talk|class|lesson|service|show|speaker|presentation|meeting|"
          r"sermon|"
          r"ceremony|session|stream|music|song|action|webinar|performance|game|match)|it|things)")
_START_W = (r"\b(?:start|beginning|begining|front|head|intro|opening|leading|initial)\b|"
            rf"\bbefore\s+{_EVENT}\s+(?:actually\s+|really\s+|properly\s+|finally\s+)?(?:starts?|begins?|"
            r"gets?\s+going|kicks?\s+off)\b|"
            r"\bbefore (?:i|we|you|he|she|they|anyone|someone) (?:start|begin)s?"
            r"(?:\s+(?:talking|speaking|to talk|to speak))?|开头|片头|前面|开始")
_END_W = (r"\b(?:end|ending|tail|outro|close|closing|trailing)\b|"
          # "dead air before i start talking and after": the other end, said bare after the first
          r"(?<=\w)\s+(?:and|&)\s+after\b(?=\s*(?:$|[,.;!?]|too\b|as well\b|(?:i|we|you|he|she|they)\s+"
          r"(?:stop|finish|am done|'m done|are done|'re done|is done)))|"
          rf"\bafter\s+{_EVENT}\s+(?:actually\s+|really\s+|finally\s+)?(?:ends?|stops?|finish(?:es)?|"
          r"wraps?\s+up)\b|"
          r"\bafter (?:i|we|you|he|she|they|anyone|someone) (?:stop|finish)(?:es|s)?"
          r"(?:\s+(?:talking|speaking))?|"
          # "dead air … after my last line", "silence after the last word": the end, named by the speech's
          r"\bafter\s+(?:my|the|his|her|their|our|your|our)\s+(?:very\s+)?(?:last|final)\s+(?:line|word|"
          r"sentence|bit|joke|note|song|question|answer|point|thing (?:i|we|he|she|they) says?)s?\b|"
          r"结尾|片尾|末尾|最后|后面")
_BOTH_W = (r"\bboth ends\b|\bthe ends\b|\bhead and tail\b|首尾|头尾|前后|片头和?片尾|"
           r"\bbefore and after (?:i|we|you|he|she|they) (?:talk|speak)(?:s|ing)?\b")
# said before an end: that end is to stay ("but not at the end", "leave the end", "keep the silence at …")
_KEEP_BEFORE = (r"(?:\bnot|\b(?:don|doesn|didn|won|shouldn|mustn)'?t\b|\bnever|\bwithout|\bexcept|\bleave|"
                r"\bkeep|\bno\b)(?:(?!\b(?:and|but)\b)[^,;])*$|"
                r"(?:不要|别|不用|保留|留着|除了)[^，,；;]*$")
# what that end holds, said between it and the word that keeps it: "结尾那段安静的留着",
# "片尾没声音的那段保留"
_ZH_QUIET_BIT = (r"(?:(?:(?:那|这)\s*(?:1\s*)?个\s*)?"
                 r"(?:安静|静音|没(?:有)?人?(?:声音|声|说话|讲话)|空白|无声|黑屏|停顿|沉默)\s*的?\s*"
                 r"(?:(?:(?:那|这)\s*(?:1\s*)?(?:段|些|点|部分|几秒)|部分|地方|片段)\s*)?)?")
# said after it: "结尾不要动", "结尾保留", "the end can stay", "the end as it is"
# ("结尾处的安静保留", "开头几秒的安静不要删": where at the end, or how long, before what is there)
_KEEP_AFTER = (r"^\s*(?:处|部分)?\s*(?:的\S{0,4}?|那点|那些|那部分|那段|"
               r"(?:(?:那|这)?\s*(?:(?:几|[1-9]\d?)秒(?:钟)?|§\d+§)|一段|一点)\s*的?\s*(?=(?:安静|静音|停顿|空白|沉默|无声)))?"
               + _ZH_QUIET_BIT + r"(?:就|先|也)?"
               # ("结尾不管": left alone)
               r"(?:不管|别管|不用管|甭管|不要|别|不用|不动|不剪|保留|留着|就不|先不)"
               # "留着别剪": all of it says that it stays
               r"(?:\S{0,2}?(?:别|不要|不)(?:剪|删|动|切|去)掉?)?|"
               r"^\s*(?:\w+\s+){0,2}?(?:alone|as is|as it is|untouched|intact|stays?|can stay)\b|"
               # "the ending is fine", "the end's ok": said to need nothing, so it stays
               r"^\s*(?:\w+\s+){0,2}?(?:is|are|'s|looks?|seems?)\s+(?:fine|ok|okay|good|great|perfect|"
               r"all right|alright)\b|^\s*(?:\S{0,4}?)(?:没问题|挺好|很好|可以)")


# "…, that's my intro", "，那是我的片头": names what the end mentioned just before is
# ("…at the very end, thats where my outro goes", "…because my outro goes there": where that end's thing goes,
# or why it stays, is the same end named again)
_WHAT_IT_IS = (r"(?:^|[,，;；(（—-])\s*(?:(?:that|this|it|which)\s*(?:'?s|is|was|'s)|thats|its|"
               r"(?:which|that) (?:is|was))\s+(?:(?:where|when|for)\s+)?"
               r"(?:(?:my|our|the|his|her|their|just|only|basically|actually)\s+){0,2}$|"
               r"(?:^|[,，;；(（—-]|\s)\s*(?:because|since|cause|cuz|coz|bc|as)\s+(?:that'?s\s+where\s+|"
               r"thats\s+where\s+|it'?s\s+(?:for\s+)?|its\s+(?:for\s+)?|i\s+need\s+it\s+for\s+|"
               r"i\s+want\s+it\s+for\s+)?(?:my|our|the|his|her|their)\s+$|"
               r"(?:^|[,，;；])\s*(?:那|这|它)(?:里|个|段)?(?:是|就是|算是?)(?:我|我们)?的?$|"
               # ("删停顿，最后的静音别动，我要放片尾", "…那里要放片尾": what goes at that end, said after it)
               r"(?:^|[,，;；\s])\s*(?:(?:那|这)(?:里|儿|段)?\s*)?(?:我|我们)?\s*(?:要|得|想|准备|打算|会)?\s*"
               r"(?:放|加|接|留给|用来放)\s*(?:我|我们)?的?$|"
               # "keep the quiet bit at the start for the intro": what that end is for
               r"^\s*(?:for|as)\s+(?:the|my|our|an?)\s+$|^\s*(?:当|做|作为)\s*$")


def dead_air_ends(text: str) -> tuple[set[str], set[str], list[tuple[int, int]]]:
    """Which ends of the video the request names, and which of those it wants left as they are:
    "the silence at the start but not at the end" -> ({"start"}, {"end"}), with the spans of text that
    say what stays."""
    marks = sorted([(m.start(), m.end(), "start") for m in re.finditer(_START_W, text)]
                   + [(m.start(), m.end(), "end") for m in re.finditer(_END_W, text)]
                   + [(m.start(), m.end(), "both") for m in re.finditer(_BOTH_W, text)])
    # ends joined by "and" / "和" / nothing ("the start and end", "开头结尾") are one mention
    groups: list[tuple[int, int, set[str]]] = []
    for a, b, which in marks:
        ends = {"start", "end"} if which == "both" else {which}
        joined = re.fullmatch(r"\s*(?:and|&|or|/|和|与|及|跟|、|或)?\s*(?:the\s+)?", text[groups[-1][1]:a]) \
            if groups else None
        # "the quiet intro at the start", "the outro at the very end": the same end named again, to say
        # where it is, is one mention
        placed = re.fullmatch(r"\s*(?:at|in|of|near|from|towards?)\s+(?:the\s+)?(?:very\s+)?",
                              text[groups[-1][1]:a]) if groups and groups[-1][2] == ends else None
        if groups and (joined or placed):
            groups[-1] = (groups[-1][0], b, groups[-1][2] | ends)
        else:
            groups.append((a, b, ends))
    cut: set[str] = set()
    kept: set[str] = set()
    spans: list[tuple[int, int]] = []
    prev = 0
    for i, (a, b, ends) in enumerate(groups):
        nxt = groups[i + 1][0] if i + 1 < len(groups) else len(text)
        before, after = text[prev:a], text[b:nxt]
        mb, ma = re.search(_KEEP_BEFORE, before), re.search(_KEEP_AFTER, after)
        # "…the silence at the very beginning, thats my intro": what the end just named is, not another
        # end to cut - it shares that mention's fate
        said = re.search(_WHAT_IT_IS, before)
        if said and i:
            note(text, prev + said.start(), b)
            prev = b
            continue
        # "don't keep the end silence", "结尾的静音也不要留": a keep said not wanted - that end goes too
        unkept_b = re.search(r"\b(?:don'?t|dont|do not|doesn'?t|no need to|never|shouldn'?t)\s+(?:\w+\s+)?"
                             r"(?:keep|leave|preserve|save)\b(?:(?!\b(?:and|but)\b)[^,;])*$", before)
        unkept_a = re.match(r"^\s*(?:处|部分)?\s*(?:的\S{0,4}?)?" + _ZH_QUIET_BIT +
                            r"(?:也|都|就)?\s*(?:不要|别|不用|不必|不需要|不)\s*(?:保留|留着|留下|留)", after)
        if unkept_b is not None:
            mb = ma = None
            note(text, prev + unkept_b.start(), a)
        elif unkept_a is not None:
            mb = ma = None
            note(text, b, b + unkept_a.end())
        # "only the start / end" says the other one stays
        if mb or ma:
            kept |= ends
            lo, hi = (prev + mb.start() if mb else a), (b + ma.end() if ma else b)
            note(text, lo, hi)
            spans.append((lo, hi))
        else:
            cut |= ends
        note(text, a, b)
        prev = b
    if re.search(r"\b(?:only|just)\b[^,;]*?(?:" + _START_W + "|" + _END_W + r")|只", text) and len(cut) == 1:
        kept |= {"start", "end"} - cut
    return cut, kept - cut, spans


def _ends_field(cut: set[str]) -> str:
    return "both" if cut in ({"start", "end"}, set()) else next(iter(cut))


CUT_ANY = re.compile(r"\b(?:trim|cut|remove|delete|drop|get rid of|chop|lose|kill)\b|剪|删|去掉")


# speech said at an end of the video: "… with me talking", "… on someone speaking", "… with the speech"
_WITH_TALK = (r"(?:(?:right\s+|exactly\s+|only\s+)?(?:with|on)\s+"
              r"(?:(?:me|him|her|them|us|you|someone|somebody|"
              r"people|the\s+\w+|my\s+\w+)\s+)?(?:talking|speaking|preaching|singing|speech|the\s+talking|"
              r"the\s+speech|(?:my|a|the|his|her)\s+voice|dialogue|words)\b|"
              # "make it start and end right where i'm talking": the ends said where the speech is going on
              r"(?:right\s+|exactly\s+|only\s+|just\s+)?(?:where|when)\s+(?:i'?m|i\s+am|he'?s|she'?s|they'?re|"
              r"we'?re|you'?re|someone'?s|someone\s+is|(?:the\s+)?\w+\s+is|people\s+are|there'?s|there\s+is)\s+"
              r"(?:actually\s+|really\s+)?(?:talking|speaking|preaching|singing|speech|someone\s+talking)\b|"
              # "make the video start and end right where my voice does": the ends where the voice is
              r"(?:right\s+|exactly\s+|only\s+|just\s+)?(?:where|when)\s+(?:my|his|her|their|our|the)\s+"
              r"(?:voice|voiceover|voice-over|talking|speech|narration|speaking|words|dialogue)\s+"
              r"(?:does|do|is|are|starts?\s+and\s+(?:ends?|stops?)|starts?|begins?|ends?|stops?)\b)")


def dead_air_rule(c: Clause) -> list[Hit]:
    text = c.text
    # "trim it so it starts when the pastor starts talking and ends when he stops": the ends without speech
    said_from = rx.search(r"\b(?:starts?|begins?|opens?)\s+(?:right\s+|exactly\s+|only\s+)?(?:when|where|"
                          r"as soon as|"
                          r"once)\s+(?:\w+\s+){0,3}?(?:starts?|begins?)\s+(?:talking|speaking|to talk|to"
                          r" speak|"
                          r"preaching|singing)\b|从\S{0,4}开始(?:说话|讲话|讲)(?:的地方)?(?:开始)?|"
                          # "trim the footage to where i start talking": trimmed up to the speech
                          r"\b(?:to|from)\s+(?:right\s+|exactly\s+|just\s+)?(?:the\s+(?:point|moment|bit|part|"
                          r"spot|second)\s+)?(?:where|when)\s+(?:\w+\s+){0,3}?(?:starts?|begins?)"
                          # "trim the footage to where the pastor starts and stops talking": both ends
                          r"(?P<both>\s+and\s+(?:stops?|ends?|finish(?:es)?|is done))?\s+(?:talking|"
                          r"speaking|to talk|to speak|preaching|singing)\b|"
                          # "trim the footage so it starts and ends with me talking": speech at that end
                          rf"\b(?:starts?|begins?|opens?)\s+(?:and\s+(?:ends?|finish(?:es)?|stops?|closes?)\s+)?"
                          rf"{_WITH_TALK}", text)
    said_to = rx.search(rf"\b(?:ends?|finish(?:es)?|stops?|closes?)\s+{_WITH_TALK}", text) or rx.search(
                        r"\b(?:ends?|stops?|finish(?:es)?)\s+(?:right\s+|exactly\s+)?(?:when|where|as soon"
                        r" as|once)\s+"
                        r"(?:\w+\s+){0,3}?(?:stops?|finish(?:es)?|is done|ends?)(?:\s+(?:talking|speaking|"
                        r"preaching|"
                        r"singing))?\b|(?:说|讲)完(?:话)?(?:就|的地方)?(?:结束|停)", text)
    # "trim the footage to where the pastor starts and stops talking", "从我开始说话剪到我说完": both ends at
    # the speech
    said_both = rx.search(r"\b(?:where|when)\s+(?:\w+\s+){0,3}?(?:starts?|begins?)\s+and\s+(?:stops?|ends?|"
                          r"finish(?:es)?)\s+(?:talking|speaking|preaching|singing)\b|"
                          r"从\s*(?:我|他|她|人|主持人|老师)?\s*开始(?:说话|讲话|开口|讲|说)\S{0,4}?(?:到|至)\s*"
                          r"(?:我|他|她|人|主持人|老师)?\s*(?:说完|讲完|说话结束|讲话结束|不说话)", text)
    if said_both and rx.search(CUT + r"|\bclean|\btidy|\bmake\b|剪|留|保留", text):
        # "make each clip start and end right when i start and stop talking": what starts and ends there
        rx.search(r"\b(?:it|this|the\s+(?:video|clip|footage|recording)|(?:each|every)\s+(?:one|1|clip|video|"
                  r"take)|all\s+(?:of\s+)?(?:them|the\s+clips|the\s+videos|(?:3|three|2|two)\s+(?:clips|videos)))"
                  r"\s+(?:start|begin|open)s?\s+and\s+(?:end|finish|stop|close)s?\b",
                  text[:said_both.start()])
        return [Hit(said_both.start(), [s.TrimDeadAir(ends=_ends_field(set()))])]  # type: ignore[arg-type]
    # "开头结尾都卡在我说话的地方", "让视频在我说话的地方开始和结束": the ends put where the speech is
    # going on (as "start and end right where i'm talking") - the empty ends trimmed
    who = (r"(?:我|他|她|人|主持人|老师|嘉宾|有人)?\s*(?:在)?\s*(?:开口)?\s*"
           r"(?:说话|讲话|开口|出声|说|讲)\S{0,2}?")
    where = r"(?:的地方|的位置|那里|那儿|处|那一刻)"
    at_talk = rx.search(rf"(?:(开头\s*(?:和|跟|、)?\s*结尾|首尾|头尾|两头)|开头|结尾)\s*(?:都|也)?\s*"
                        rf"(?:卡|落|放|定|对齐?|停|切)\s*(?:在|到)\s*{who}{where}|"
                        rf"在\s*{who}{where}\s*(?:(开始\s*(?:和|跟|、|并|也)?\s*结束)|开始|结束)"
                        # (the wish ends there: "在我说话的地方开始加字幕" is where the subtitles start)
                        rf"(?=\s*(?:吧|就行|就好|就可以)?\s*(?:$|[，,。!！;；]))", text)
    if at_talk:
        ends: set[str] = set() if at_talk.group(1) or at_talk.group(2) else (
            {"end"} if re.search(r"结尾|结束\s*$", at_talk.group(0)) else {"start"})
        return [Hit(at_talk.start(), [s.TrimDeadAir(ends=_ends_field(ends))])]  # type: ignore[arg-type]
    # "开头结尾直接从说话开始", "让视频从我开口说话开始": the ends asked to be where the speech is (a wish of
    # its own, no verb of cutting needed)
    zh_ends = rx.search(r"(?:(开头(?:和|跟)?结尾|首尾|头尾|两头)|开头|片头|视频|让它|直接|^\s*(?=从))\s*"
                        r"(?:都|也)?\s*(?:直接|就)?\s*"
                        r"从\s*(?:我|他|她|人|主持人|老师)?\s*(?:开始|开口)?\s*(?:说话|讲话|开口|出声|说|讲)\s*"
                        r"(?:的地方|那里|那儿|处|那一刻|那下)?\s*(?:就)?\s*开始", text)
    # ("让视频从老师开口讲话开始，讲完就结束": the end said at the speech's end too - both ends)
    zh_end_too = rx.search(r"^\s*[,，]?\s*(?:然后|到)?\s*(?:我|他|她|人)?\s*(?:说|讲)完\s*(?:话)?\s*"
                           r"(?:的地方|那里|处)?\s*(?:就|为止)?\s*(?:结束|停|为止|收尾)",
                           text[zh_ends.end():]) if zh_ends else None
    if zh_ends and (zh_ends.group(0).strip()[:1] != "从" or zh_end_too or
                    re.fullmatch(r"\s*(?:吧|就行|就好|就可以)?\s*[。!！]?\s*", text[zh_ends.end():])):
        return [Hit(zh_ends.start(), [s.TrimDeadAir(ends=_ends_field(  # type: ignore[arg-type]
            set() if zh_ends.group(1) or zh_end_too else {"start"}))])]
    if (said_from or said_to) and rx.search(r"\btalk\w*|\bspeak\w*|\bspeech|\bpreach\w*|\bsing\w*|\bvoice|"
                                            r"\bdialogue|说|讲", text) and \
            rx.search(CUT + r"|\bclean|\btidy|\bmake\b", text):
        if said_from and said_from.group("both"):
            said_to = said_from
        ends = {"start"} if said_from and not said_to else {"end"} if said_to and not said_from else set()
        first = min(x.start() for x in (said_from, said_to) if x is not None)
        return [Hit(first, [s.TrimDeadAir(ends=_ends_field(ends))])]  # type: ignore[arg-type]
    # "剪到牧师开始说话和说完的地方", "从他开始讲话的地方开始，讲完就结束": both ends where the speech is
    zh_both = rx.search(r"(?:剪到|剪成|只留|留|保留|从)?\s*"
                        r"(?:我|他|她|人|主持人|老师|牧师|[\u4e00-\u9fff]{1,4}?)?\s*"
                        r"(?:开始|开口)\s*(?:说话|讲话|讲道|讲|说)\s*(?:的地方|那里|处)?\s*(?:开始)?\s*[,，]?\s*"
                        r"(?:和|到|一直到|然后|，|,)?\s*(?:到)?\s*(?:他|她|我|人)?\s*(?:说完|讲完)\s*(?:话)?\s*"
                        r"(?:的地方|那里|处)?\s*(?:就|为止)?\s*(?:结束|停|为止)?", text)
    if zh_both:
        return [Hit(zh_both.start(), [s.TrimDeadAir(ends="both")])]
    # "theres like 10 sec of black at the end, trim just the end": the time says how long the empty part
    # is, not an amount to cut - the empty part itself goes
    empty = rx.search(rf"(?:like\s+|about\s+|around\s+|maybe\s+)?{T}\s*(?:or so\s+)?of\s+(?:pure\s+|just\s+)?"
                      r"(?:black(?:\s+screen)?|silence|nothing|dead air|empty|blank(?:\s+screen)?)"
                      r"(?:\s+(?:at|in) the (?:very )?(?:start|beginning|end))?", text)
    # "each clip starts and ends with a few seconds of nothing before we talk, tighten those ends": the
    # ends said by what the video does there (starts / ends with it), tightened
    opens = rx.search(rf"\b(?P<start>(?:starts?|begins?|opens?)\s+(?:(?:and|&)\s+"
                      rf"(?P<both>ends?|finish(?:es)?|closes?)\s+)?|(?:ends?|finish(?:es)?|closes?)\s+)"
                      rf"(?:off\s+)?with\s+"
                      rf"(?=(?:like\s+|about\s+|around\s+|maybe\s+)?{T}\s*(?:or so\s+)?of\b)", text) \
        if empty else None
    if empty and (re.search(r"\b(?:end|ending|start|beginning)\b", text) or opens) and (
            CUT_ANY.search(text) or rx.search(r"\btighten\w*|\btidy\b|\bclean\s+up\b", text)):
        cut, _, _ = dead_air_ends(text)
        if opens and not cut:
            cut = ({"start", "end"} if opens.group("both") else
                   {"start"} if re.match(r"(?:starts?|begins?|opens?)\b", opens.group(0)) else {"end"})
        rx.search(CUT + r"|\btighten\w*|\btidy\b|\bclean\s+up\b", text)
        # "… tighten those ends": the ends pointed back at are the ones said
        rx.search(r"\b(?:those|these|the|both)\s+(?:ends|bits|parts)\b", text)
        return [Hit(empty.start(), [s.TrimDeadAir(ends=_ends_field(cut))])]  # type: ignore[arg-type]
    if rx.search(T, text) and not (rx.search(_DEAD_AIR, text) and rx.search(_DEAD_AIR_STRONG, text)):
        return []
    # ("只修结尾那段空白", "修一下开头的静音": 修 said of the empty part is its trim)
    # ("tighten the start and end, theres dead air before i start talking": tightening the ends is the trim)
    # ("开头结尾都有几秒没人说话 帮我收紧一下": the ends tightened)
    if rx.search(_DEAD_AIR, text) and rx.search(CUT + r"|\bclean|\btidy|\btighten\w*|修(?!复|改|正|图|音|色)|"
                                                r"收紧|收一收|收一下", text):
        # dead air asked for by name: the clips on the timeline, none added
        rx.search(r"\b(?:silen\w*|quiet|empty|black)\s+(?:sections?|parts?|bits?|stretch\w*|portions?|frames?|"
                  r"space|screen)\b", text)
        # "trim start and end silence": the silence named after the ends is the empty part there
        rx.search(r"\b(?:start|beginning|end|ends|ending|intro|outro)\s+(?:silen(?:ce|ces|t\s+parts?)|"
                  r"dead\s+air|quiet)\b", text)
        # "去掉开头结尾的静音": the silence named after the ends is the empty part there (no mute)
        rx.search(r"(?:开头|结尾|末尾|片头|片尾|首尾|头尾|前后|两头|最后)\s*(?:的)?\s*"
                  r"(?:(?:那|这)\s*(?:1\s*)?(?:段|些|几秒))?\s*(?:的)?\s*"
                  r"(?:静音|空白|黑屏|没声音|没说话|没人说话)", text)
        # "the dead bits at the start and end where nobody's talking yet", "… where it's quiet": what the
        # empty part is, said of it (no second edit)
        rx.search(r"\b(?:where|when|while)\s+(?:(?:no ?(?:one|1)|nobody|no body|no-one)"
                  r"(?:'s|\s+is|\s+was|\s+has)?\s+(?:started\s+)?"
                  r"(?:saying|talking|speaking|says|talks|speaks|said)\b(?:\s+(?:anything|a word|"
                  r"at all|yet|nothing))*|(?:it'?s|it\s+is|it\s+was|its)\s+(?:(?:just|all|still)\s+)?"
                  r"(?:quiet|silent|silence|empty|black|blank|dead)\b(?:\s+(?:still|yet))?|nothing\s+(?:is\s+)?"
                  r"happen(?:s|ing)\b(?:\s+yet)?)", text)
        cut, kept, _ = dead_air_ends(text)
        if kept and not cut:  # "cut the pauses but not the silence at the end": no end loses anything
            return []
        # "…, without cutting the silent parts in the middle": what trimming the ends does anyway
        rx.search(r"\b(?:without|but not|not|don'?t|leave)\s+(?:cutting|removing|touching|cut|remove|touch)?"
                  r"[^,;]*"
                  r"\b(?:middle|in between|between)\b[^,;]*|"
                  r"中间的?[^，,；;]*(?:不要|别|不用|保留|不动)[^，,；;]*|"
                  # "cut the start silence but keep the pauses": the pauses between words stay anyway
                  r"\b(?:keep|leave|keeping|leaving)\s+(?:in\s+)?(?:the\s+|my\s+|our\s+|any\s+|all\s+(?:the\s+)?)?"
                  r"(?:natural\s+|short\s+|little\s+)?(?:pauses|gaps|breaths|breaks|silences)\b"
                  r"(?:\s+(?:in between|between (?:words|sentences)|in the middle|alone|"
                  r"as (?:they|it) (?:are|is)|intact))?|"
                  r"(?:停顿|气口|间隙)\S{0,2}(?:保留|留着|别剪|不要剪|别动|不动)", text)
        return [Hit(c.pos(CUT), [s.TrimDeadAir(ends=_ends_field(cut))])]  # type: ignore[arg-type]
    # "trim the footage / trim it / trim the clips" with nothing else: the ends, as a person means it
    m = rx.search(r"\btrim(?:med|ming)?\b(?!\s*(?:down|to\b))(?:\s+(?:the|it|this|my|all|each|both|up|off|"
                  r"(?:video|footage|clips?|videos?|recording|ends?|start and end|beginning and end|a bit)"
                  r"\b|\w+\s+(?:footage|video|clips?|recording)|"
                  # "trim the footage on all three", "trim the clips in each of them": every clip's
                  r"(?:on|of|in|across|for)\s+(?:all|each|both|every)(?:\s+(?:(?:of\s+)?(?:the\s+)?"
                  r"(?:three|two|four|five|[2-9]|them|clips?|videos?|files?|ones?)))*\b)*)*\s*$"
                  r"|^(?:修剪|剪辑|剪)(?:一下)?(?:视频|素材|片段)?$|(?:修剪|剪辑|剪)一下", text)
    # "trim a bit off", "trim some off it": an amount taken off, not named - how much is asked, not guessed
    # "trim the end a bit", "trim it slightly": so is a small amount said anywhere
    loose = re.search(r"\b(?:a\s+(?:bit|little|tad|touch|few\s+\w+)|some(?:\s+\w+)?)\s+off\b|"
                      r"\b(?:a\s+(?:little\s+)?(?:bit|little|tad|touch)|slightly|somewhat|somehow)\b", text)
    # "trim it", "trim the video": shortening the video with no amount or part said - how much is asked
    # (cutting on a guess loses content); "trim the footage / the clips / the recording" is tidying the
    # raw material's ends, as a person means it
    bare = m is not None and re.match(r"\btrim", m.group(0)) is not None and not re.search(
        r"\b(?:footage|clips?|videos|recordings?|ends?|start and end|beginning and end|each|both|all|up)\b",
        m.group(0))
    if m and not loose and not bare and not rx.search(_SILENCE + r"|\bsilences\b", text):
        return [Hit(m.start(), [*_all_clips(c), s.TrimDeadAir()])]
    return []


def _all_clips(c: Clause) -> list[OpBase]:
    """Several clips uploaded but only some on an untouched timeline (the engine seeds the first one):
    put them all on, in upload order, so that trimming "the footage" trims each clip."""
    videos = c.ctx.of_kind("video")
    main = next((t for t in c.ctx.draft.get("t", []) if t.get("role") == "main"), None)
    if len(videos) < 2 or main is None:
        return []
    by_id = {v.media_id: v for v in videos}
    untouched = all(
        str(g.get("src")) in by_id and int(g.get("in", 0)) == 0 and float(g.get("speed", 1.0)) == 1.0
        and int(g.get("d", 0)) == by_id[str(g.get("src"))].duration_ms
        for g in main.get("sg", []))
    on = {str(g.get("src")) for g in main.get("sg", [])}
    seeded = len(main.get("sg", [])) == 1 and videos[0].media_id in on  # the engine's first draft
    if not untouched or not seeded:
        return []
    return [s.Concat(media_ids=[v.media_id for v in videos])]


# an end said to stay: "开头的别动", "结尾那段别删", "片尾保留"
_END_STAYS_ZH = (r"(?:开头|结尾|片头|片尾|末尾|最后|首尾|头尾|两头)\s*(?:的|那段|那些|那点|那部分|部分|"
                 r"(?:那|这)?\s*(?:(?:几|[1-9]\d?)秒(?:钟)?|§\d+§)\s*的?)?\s*"
                 + _ZH_QUIET_BIT +
                 r"(?:就|也|先)?\s*(?:(?:别|不要|不用|不许|先别)\s*(?:删|剪|去|动|切|碰)|保留|留着|不管|不动)")


# a quiet thing named at an end, whatever it is called: "the quiet moment at the very end", "the silence at
# the start", "the closing pause", "最后那段安静", "开头那个停顿" - said in a keep-clause, that end's
# silence stays
_QUIET_THING = (r"(?:(?:quiet|silent|still|empty|calm|peaceful|hushed|dead)\s+(?:\w+\s+)?"
                r"(?:moments?|bits?|parts?|stretch(?:es)?|sections?|pauses?|gaps?|beats?|seconds?|spots?|"
                r"breaks?|breaths?|portions?)|silences?|pauses?|gaps?|quiet|stillness|dead air|"
                r"(?:moment|beat|second|few seconds|bit)s?\s+of\s+(?:silence|quiet|stillness))")
_QUIET_AT_END = (rf"\b{_QUIET_THING}\s+(?:right\s+|just\s+)?(?:at|in|near|towards?|by)\s+the\s+(?:very\s+)?"
                 r"(?:start|beginning|end|ending|close|finish)\b|"
                 rf"\b(?:final|closing|ending|end|opening|starting|trailing|leading)\s+{_QUIET_THING}\b|"
                 r"(?:开头|结尾|片头|片尾|末尾|最后|最前面|开始|首尾|头尾|两头)\s*(?:处|部分)?\s*(?:的)?\s*"
                 r"(?:(?:那|这)\s*(?:1\s*)?(?:个|段|些|点|部分|几秒)|几秒|一点|一段)?\s*(?:的)?\s*"
                 r"(?:安静|静音|停顿|空白|沉默|无声|留白|没(?:有)?人?(?:声音|声|说话|讲话))")


# an end excepted from the pauses cut, the pauses not named again: "remove the silences but not at the very
# start", "cut the pauses except at the end", "…, but not the ones at the beginning"
_END_EXCEPTED = (r"\b(?:not|except|apart from|other than|besides|save)\s+(?:for\s+)?(?:(?:the\s+)?(?:ones?|"
                 r"any|those)\s+)?(?:right\s+|just\s+)?(?:at|in|near|from|towards?)\s+the\s+(?:very\s+)?"
                 r"(?:start|beginning|end|ending)\b")


def _dead_air_described(text: str) -> bool:
    """Dead air said only as what the footage has ("theres loads of dead air"), with no end named."""
    said = re.search(_DEAD_AIR_SAID, text)
    return bool(said) and len(re.findall(r"\bdead air\b", text)) == 1 and not re.search(
        _START_W + "|" + _END_W + "|" + _BOTH_W, text)


# "clip那段静音", "clip.mp4静音": the clip named clip.mp4 muted (a mute of one clip, asked about), never
# "clip" as the English verb before the silences
_CLIP_MUTED = (r"\bclip(?:\.mp4)?\s*(?:(?:那|这)\s*(?:1\s*)?(?:段|个|条)(?:视频|片段)?|的?(?:声音|原声))?\s*"
               r"(?:静音|消音)")


def silences_rule(c: Clause) -> list[Hit]:
    text = c.text
    if c.zh and re.search(_CLIP_MUTED, text) and any(m.name.lower() == "clip.mp4" for m in c.ctx.media):
        return []
    m = rx.search(_SILENCE, text)
    # "silence 0:05 to 0:09, and drop the music to 40%": "silence" before a time is the verb (that stretch
    # muted, by mute_rule) - never the pauses cut because a cut verb comes later in the request
    if m and re.match(r"silence\s+(?:the\s+(?:audio|sound|bit|part|section)\s+)?(?:from\s+|between\s+)?§",
                      text[m.start():]):
        return []
    keep_ends = "none"
    # "preserve pauses under 1 second", "leave silences shorter than a second alone", "短于1秒的停顿保留":
    # the short pauses stay - the ones longer than that go (the length is the cut's minimum)
    short = re.search(rf"\b(?:keep|leave|preserve|retain|don'?t (?:cut|touch|remove))\s+(?:the\s+|any\s+|"
                      rf"all\s+"
                      rf"(?:the\s+)?|my\s+)?(?:natural\s+|short\s+|small\s+|little\s+)?(?:pauses|silences|gaps|"
                      rf"breaths|breaks|(ones))\s+(?:that\s+are\s+|which\s+are\s+)?(?:under|shorter than|"
                      rf"less than|below|"
                      rf"up to|of less than|<|<=|≤)\s*{T}(?:\s+(?:alone|intact|in|as they are|as is|"
                      rf"untouched))?|"
                      rf"(?:短于|少于|小于|不到|不超过|低于)\s*{T}\s*的?\s*(?:停顿|静音|空白|气口)\s*"
                      rf"(?:都|就|也)?\s*(?:保留|留着|别删|不要删|不删|不动|别动)", text)
    if short and short.group(1) and not re.search(_SILENCE, text[:short.start()]):
        short = None  # ("preserve the ones shorter than 1 s": the pauses named before)
    if short:
        note(text, short.start(), short.end())
        verb = rx.search(CUT + r"|\btighten|\bjump ?cut|\bclean|紧凑", text) or rx.search(
            r"\bdead air\b|\b(?:leave|keep)\s+(?:a\s+)?minimum\s+(?:of\s+)?(?:pauses|silences)\b|"
            r"\bkeep\s+(?:the\s+)?(?:pauses|silences)\s+to\s+a\s+minimum\b", text)
        if verb is None:
            return []
        rx.search(r"\bdead air\b|\b(?:leave|keep)\s+(?:a\s+)?minimum\s+(?:of\s+)?(?:pauses|silences)\b|"
                  r"\bkeep\s+(?:the\s+)?(?:pauses|silences)\s+to\s+a\s+minimum\b", text)
        named = list(rx.finditer(_SILENCE, text))  # every pause named: the same pauses, the longer ones cut
        first = named[0] if named else None
        rx.search(r"\b(?:(?:remove|cut|delete|drop)\s+)?the (?:rest|others|longer ones|long ones)\b|其他的?|"
                  r"其余的?|"
                  r"长的|更长的", text)
        # "so it sounds natural", "cutting every small breath sounds unnatural": why the short ones stay
        rx.search(r"\bso (?:that )?(?:it|the (?:video|talk|story)|i|my voice)\s+(?:still\s+)?(?:sounds?|"
                  r"feels?|"
                  r"flows?)\s+(?:\w+\s+)?(?:natural|normal|human|smooth)\b|"
                  r"\b(?:cutting|removing)\s+(?:every|each|all(?:\s+the)?)\s+(?:small\s+|little\s+|tiny\s+|short\s+)?"
                  r"(?:breaths?|pauses?|gaps?|silences?)\s+(?:sounds?|feels?|is|makes it)\s+(?:\w+\s+)?"
                  r"(?:unnatural|robotic|weird|choppy|odd|off)\b|听起来(?:更)?自然", text)
        return [Hit(min(short.start(), first.start() if first else short.start()),
                    [s.RemoveSilences(min_ms=int(short.group(2) or short.group(3)))])]
    if m and re.fullmatch(_SILENT_PLACES, m.group(0)) and re.search(
            rf"(?:开头|结尾|首尾|头尾|片头|片尾|末尾)[^，,。；;!?！？]*?{_SILENT_PLACES}", c.ctx.raw):
        return []
    if m and _dead_air_described(text):
        # "remove the silences, its a lecture so theres loads of dead air": the dead air described, no end
        # named, is what the silences are - all through, not the ends trimmed as well
        rx.search(_DEAD_AIR_SAID, text)
        rx.search(r"\b(?:so|since|because|cause|cuz|as)\b(?=[^,;]*dead air)", text)
    elif m and (re.search(_DEAD_AIR, text) or re.search(_END_STAYS_ZH, text[m.end():]) or (
            # "remove the silent bits but leave the quiet moment at the very end", "删掉停顿，保留最后那段
            # 安静": a keep-clause naming a quiet thing at an end
            (re.search(_QUIET_AT_END, text) or re.search(_END_EXCEPTED, text[m.end():]))
            and dead_air_ends(text)[1])):
        # "cut the pauses but don't cut the silence at the end": the pauses go, that end's silence stays
        # ("删停顿 开头的别动": an end named after the pauses, said to stay)
        cut, kept, spans = dead_air_ends(text)
        # "remove the pauses and the silence at the end": the pauses named apart from the end's silence go
        # as well - removing the silences takes that end's silence too, so its words are this reading's
        # ("the dead space at the beginning and end": the ends named after the silence are where it is)
        airs = list(re.finditer(_DEAD_AIR, text))
        apart = bool(cut) and not kept and not any(x.start() <= m.start() < x.end() for x in airs) and all(
            re.search(r"silen|quiet|dead air|pause|gap|静音|空白|停顿|安静|没声", x.group(0)) for x in airs)
        # ("删掉停顿和结尾的静音": listed with the pauses, that end's silence is what removing them takes too;
        # "…, theres dead air at the start too" is told apart, and trimmed apart)
        listed = [x for x in airs if re.fullmatch(r"\s*(?:and|&|plus|和|与|跟|还有|以及|及)\s*(?:the\s+)?",
                                                  text[m.end():x.start()])] if apart else []
        for x in listed:
            note(text, x.start(), x.end())
        if (cut or not kept or any(a <= m.start() < b for a, b in spans)) and not apart:
            return []
        if not apart:
            keep_ends = "both" if kept == {"start", "end"} else next(iter(kept))
            # "… keep the silence at the end for the outro music", "结尾的静音留着放片尾音乐": what that
            # silence is kept for (no music is added by it - music_rule reads the same words)
            rx.search(r"\bfor\s+(?:the\s+|my\s+|an?\s+|some\s+)?(?:outro\s+|intro\s+|ending\s+|end\s+|"
                      r"closing\s+|opening\s+|background\s+)?(?:music|song|bgm|soundtrack|outro|intro|credits|"
                      r"voice ?over)\b|(?:放|给|配|加)(?:片尾|片头|结尾)?(?:的)?(?:音乐|配乐|bgm)|"
                      r"(?:给|留给|为)(?:片尾|片头|结尾)?(?:的)?(?:音乐|配乐|bgm)", text[m.end():])
    if not m:
        return []
    if re.match(r"(?:gaps?|breaks?|pauses?)\s+between\s+(?!(?:sentences|words|takes|lines|phrases)\b)",
                text[m.start():]) and re.search(r"crossfade|cross[- ]fade|transition|dissolve|\bfade|"
                                                r"\bblend|\bwipe", text):
        return []  # "kill the gap between b and c with a crossfade": the join between two clips, not a pause
    if rx.search(r"\bwithout (?:cutting|removing|touching|trimming|deleting|taking out|losing)\b|"
                 r"(?:不要|别|不)(?:剪|删|动|去掉)|\bleave\s+(?:the\s+|my\s+|all\s+(?:the\s+)?|in\s+)?$",
                 text[: m.start()]):
        # "…, without cutting the silent parts in the middle", "leave my pauses alone": those are to stay
        return []
    if m.group(0) == "静音" and re.search(r"(?:原声|声音|原音|音频)\s*(?:也|都)?\s*(?:不要|别|不用|不能)\s*$",
                                        text[:m.start()]):
        return []  # "原声不要静音": the sound is not to be muted - no silence named to cut
    if m.group(0) == "静音" and re.search(r"§\d+§\s*(?:秒钟?)?\s*(?:那段|这段|那块|这块|那部分|这部分|"
                                        r"部分)?\s*(?:给|都|也)?\s*$", text[:m.start()]) and not re.match(
            r"\s*(?:就|也|都|先|要)?\s*(?:别|不要|不用|保留|留着|留下|不动|不删|的|部分|片段)",
            text[m.end():]):
        # "再把最后10秒静音", "0:50到0:55静音": 静音 said right after a part's times is the verb - that part
        # muted (the sound rules) - never the silences cut ("结尾那5秒静音保留": a silence, kept)
        return []
    if keep_ends == "none" and re.search(r"^[^，,；;]{0,6}?(?:别|不要|不用|不许|先别)(?:删|剪|去|动|切)",
                                         text[m.end():]):
        return []  # "有段静音的别删哈": said first, then that it stays
    if keep_ends == "none" and (re.match(r"\s*(?:的|都|也|就|要|还是|照样|可以)*\s*(?:保留|留着|留下|不动|"
                                         r"原样|不变)|"
                                         r"\s+(?:stay|stays|can stay|remain|are fine|as (?:they|"
                                         r"it) (?:are|is)|"
                                         r"untouched|intact)\b", text[m.end():]) or
                                (re.search(r"\b(?:keep|leave|preserve)\s+(?:the\s+|my\s+|all\s+(?:the\s+)?|in\s+)?$|"
                                          r"(?:保留|留着|留下)\s*(?:那些|所有的?|"
                                          r"全部的?)?$", text[:m.start()]) and
                                # ("保留静音3和5，其他都删": which ones, said after - not the pauses all kept)
                                not re.match(r"\s*[\d§a-z]", text[m.end():]))):
        # "把那些嗯啊去掉 停顿保留", "remove the ums but keep the pauses": the pauses are said to stay
        rx.search(r"(?:的|都|也|就|要|还是|照样|可以)*\s*(?:保留|留着|留下|不动|原样|不变)|"
                  r"\b(?:stay|stays|can stay|remain|are fine|as (?:they|it) (?:are|is)|untouched|intact|keep|"
                  r"leave|preserve)\b", text)
        return []
    if re.search(r"(?:都|全|就|也|只|其实)?(?:是|属于)\s*(?:一段|一些)?$", text[:m.start()]) or re.search(
            r"\b(?:both|they|those|these|which|that|it|each)(?:\s+ones?)?\s*(?:are|were|is|'re|'s)\s+(?:just\s+|al"
            r"l\s+|only\s+)?$", text[:m.start()]):
        return []  # "删掉5-7秒、22-25秒，两处都是静音": what the parts named are, not more to cut
    # ("冗余停顿都处理掉": the pauses "dealt with and gone" are cut)
    # "silences, fillers and stutters gone pls": what is to be gone
    if not rx.search(CUT + r"|\btighten|\bjump ?cut|\bclean|no (?:more )?|without|紧凑|处理掉|"
                     r"(?<!\bare )(?<!\bis )(?<!\bwas )(?<!\bwere )(?<!'re )(?<!'s )(?<!\bnow )\bgone\b",
                     text):
        return []
    # "cut them out without speeding up the whole thing": cutting the pauses changes no speed
    rx.search(r"\b(?:without|but (?:don'?t|do not|not)|not by)\s+(?:speeding|speed)\s+(?:it\s+|(?:the|my)\s+"
              r"(?:whole\s+(?:thing|video|story|recording)|video|recording|talk|rest)\s+)?up"
              r"(?:\s+(?:the\s+)?(?:whole\s+(?:thing|video|recording)|video|recording|everything|rest))?\b|"
              r"\bwithout\s+changing\s+(?:the\s+)?speed\b|(?:不要|别|不用|不)(?:整体)?(?:加速|变速|调速|"
              r"快进)", text)
    # "auto cut the silences": how it is done, the way it is always done
    rx.search(r"\bauto(?:matically)?\b(?=[\s-]*(?:cut|remove|trim|delete|drop))", text)
    # "so words dont get clipped": what cutting only the pauses keeps anyway
    rx.search(r"\bso (?:that )?(?:the |my |no )?(?:words?|speech|sentences?|syllables?)\s+(?:don'?t|"
              r"dont|do not|"
              r"won'?t|wont|aren'?t|get)?\s*(?:get\s+)?(?:clipped|cut(?: off)?|chopped)\b", text)
    # "but don't cut any words", "别把我说话的尾音切掉": what cutting only the pauses keeps anyway
    rx.search(r"\b(?:but )?(?:don'?t|do not|never|without|not)\s+(?:cut|chop|clip|lose|cutting|chopping|"
              r"clipping|losing|touch)\w*\s+(?:off\s+)?(?:any\s+|my\s+|the\s+)?(?:words?|speech|sentences?|syllables?|"
              r"voice|talking)\b|(?:别|不要|不能|不许)(?:把)?[^，,；;]{0,10}?(?:说话|尾音|字|词|话|人声)[^，,；;]{0,4}?"
              r"(?:切|剪|删|去)掉?", text)
    kwargs: dict[str, float | int | str] = {}
    db = rx.search(r"(-\s*\d+(?:\.\d+)?)\s*db", text)
    if db:
        kwargs["threshold_db"] = float(db.group(1).replace(" ", ""))
    min_ms = ms_after(text, r"longer than|more than|over|at least|above|exceeding|≥|>=|(?<![<-])>|超过|大于|"
                            r"长于")
    if min_ms is not None:
        kwargs["min_ms"] = min_ms
    margin = ms_after(text, r"(?:margins? of|margins?|padding of|padding|leave|keep|留)(?:\s*(?:~|"
                            r"about|around|"
                            r"roughly|approx\w*|like|maybe))?")
    if margin is None:  # "with 50ms pad", "add 500 milliseconds of padding": the length before its word
        pad = rx.search(rf"{T}\s*(?:of\s+)?(?:padding|pad|margins?|buffer|handles?)\b", text)
        margin = int(pad.group(1)) if pad else None
    if margin is not None and margin < 2000:
        kwargs["margin_ms"] = margin
    if keep_ends != "none":
        kwargs["keep_ends"] = keep_ends
    rx.search(r"\b(?:in the middle|in between|between (?:sentences|words|takes))\b|中间", text)
    rx.search(r"没(?:有)?声音?的?|无声的?", text)  # "没声音的停顿": what a pause is
    # "remove the pauses but NOT the ums, i like them, they sound human": the fillers said to stay stay -
    # cutting the pauses takes no word (fillers_rule reads no cut of them), and why they stay goes with it
    kept_fill = rx.search(r"\b(?:but\s+)?(?:not|keep|leave|don'?t (?:touch|cut|remove))\s+"
                          r"(?:the\s+|my\s+|all\s+"
                          r"(?:the\s+)?|in\s+)?(?:u+m+s?|u+h+s?|erms?|ahs|fill(?:er|ers)(?:\s+words?)?)\b"
                          r"(?:\s+(?:in|alone))?", text[m.end():])
    if kept_fill:
        rx.search(r"\s*[,;]\s*(?:i\s+(?:like|love|want)\s+(?:them|those|'?em)\b[,;\s]*)?(?:(?:they|it)\s+"
                  r"(?:sound|sounds|feel|feels|make\s+it\s+sound)\s+(?:more\s+)?(?:human|natural|real|"
                  r"authentic|like me)\b)?", text[m.end() + kept_fill.end():])
    # "the long pauses where im not saying anything", "the gaps when nobody is talking": what a pause is
    rx.search(r"\b(?:where|when|while|in which)\s+(?:(?:i'?m|i am|im|we'?re|we are|he'?s|she'?s|they'?re|"
              r"i|we|he|she|they)\s+(?:(?:is|are|am|was|were|do|does|did)\s*(?:not|n'?t)|not|n'?t|aren'?t|"
              r"isn'?t|"
              r"don'?t|dont|doesn'?t)|(?:no ?one|nobody|no body)(?:'s|\s+is|\s+was)?)\s+"
              r"(?:saying|talking|speaking|says|talks|speaks|say|talk|speak)\b(?:\s+(?:anything|a word|"
              r"at all|"
              r"nothing))*", text)
    return [Hit(m.start(), [s.RemoveSilences.model_validate(kwargs)])]


# a part made a clip of its own ("save the last 10 seconds as a separate clip", "split off the first 5 s
# into its own clip", "把最后10秒单独分成一段"): a split at the part's edge - nothing leaves the timeline
_OWN_CLIP = (r"(?:\b(?:as|into|in)\s+(?:a\s+|an\s+)?(?:new\s+)?|\b(?:a|an)\s+|\b(?=its own|their own))"
             r"(?:separate|its own|their own|own|"
             r"standalone|stand-alone)\s+(?:clips?|segments?|pieces?|parts?|(videos?|files?|mp4s?|exports?))\b|"
             r"\bsplit (?:off|out)\b|"
             r"单独\s*(?:存|分|拆|切|做)成\s*(?:[1一]\s*)?(?:个\s*)?(?:片段|段|(视频|文件))")


# ("extract 0:30 to 0:45 as its own clip" keeps that part, as "extract" does alone)
_EXTRACT = r"\bextract|截取|截出"


def _own_clip(c: Clause) -> list[Hit]:
    if re.search(_EXTRACT, c.text):
        return []
    m = rx.search(_OWN_CLIP, c.text)
    total = c.ctx.total_ms
    if not m or not total:
        return []
    part = said_part(c.text, total, rx.search)
    if part is None:
        return []
    edges = [x for x in part if 0 < x < total]
    if not edges:
        return []
    rx.search(r"\b(?:save|make|keep|turn|put|cut|split|get|have|out|off)\b|(?:把|将)|\bthe\b|秒", c.text)
    if m.group(1) or m.group(2):
        # "save the last 10 s as a separate video": a file of that part - an export is the whole edit:
        # asked
        a, b = part
        part_at = f"{clock(a)}–{clock(b)}"
        return [Hit(m.start(), question=(
            f"导出的视频总是整段。要把 {part_at} 单独分成一段（在时间线上切开），"
            f"还是把剪辑剪成只剩这段再导出（其余部分会去掉，可以撤销），"
            f"或者把这段导出成GIF？" if c.zh else
            f"A video export is always the whole edit. Should I make {part_at} a clip "
            f"of its own on the timeline (a split), cut the edit down to just that part "
            f"before exporting (“undo” brings the rest back), or export that part as a GIF?"))]
    return [Hit(m.start(), [s.Split(at_ms=x) for x in edges])]


_WORD_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10,
               "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_COUNT = r"(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|[两二三四五六七八九十])"
# words for a part or a track of the programme (not the whole of it)
_NOT_WHOLE = (r"(?:intro|outro|opening|ending|end|start|beginning|first|last|second|third|middle|final|half|"
              r"halves|parts?|sections?|bits?|pieces?|segments?|clips?|rest|remaining|other|audio|music|sound|"
              r"song|voice|text|titles?|captions?|subtitles?|screen|frame|picture|image|timeline|one|ones)")
_EQUAL_PARTS = re.compile(
    rf"\b(?:split|cut|chop|divide|break|slice)\s+(?:up\s+)?(?P<what>(?:it|this|everything|the\s+(?:whole\s+)?"
    rf"(?:[\w-]+\s+)?(?:video|clip|footage|thing|recording)|"
    # "chop the talk into 3 equal parts": the whole recording named by what it is
    rf"(?:the|my|our|this|that)\s+(?:whole\s+|entire\s+|full\s+)?(?:talk|lecture|speech|vlog|interview|podcast|"
    rf"concert|set|session|tutorial|presentation|webinar|stream|episode|movie|film|show|sermon|class|lesson|"
    rf"workout|game|match|race|performance|recital)|"
    # ("chop the yoga flow into 4 equal parts": any name of the recording - never a part of it or one of its
    # tracks, which are not the whole programme)
    rf"(?:the|my|our|this|that)\s+(?:whole\s+|entire\s+|full\s+)?(?:(?!{_NOT_WHOLE}\b)[a-z][\w'-]*\s+)?"
    rf"(?!{_NOT_WHOLE}\b)[a-z][\w'-]*(?=\s+(?:up\s+)?(?:into|in)\s+(?:{_COUNT[1:-1]})\s+(?:equal(?:ly)?\s+|even(?:ly)?\s+"
    rf"|same[\s-]length\s+))|(?:the\s+)?(?:whole\s+)?(?:(?:first|last)\s+)?"
    rf"§\d+§(?:\s+(?:video|clip|footage|thing|recording))?)\s+)?(?:up\s+)?(?:into|in)\s+(?:{_COUNT}\s+(?:equal(?:ly)?\s+|even(?:ly)?\s+|"
    rf"same[\s-]length\s+)?(?:sized\s+)?(?:parts|pieces|segments|sections|chunks|clips|bits)\b"
    rf"(?:\s+(?:of|each(?: of)?)\s+(?P<each>§\d+§)(?:\s+each)?)?|"
    # "split it in 3 and delete the middle piece", "cut it into thirds": the count said bare, or the share
    rf"(?P<bare>\d{{1,2}}|three|four|five|six|seven|eight|nine|ten)(?=\s*(?:$|[,;.!]|&|(?:and|then|so|"
    rf"please|pls)\b))|(?:equal\s+)?(?P<share>thirds|quarters|fourths|fifths))|"
    rf"(?:平均|均匀|等分|均分)?\s*(?:分|切|剪|拆)\s*成\s*{_COUNT}\s*(?:段|份|部分|个片段|截|等份)|"
    # "三等分", "平均切三份", "一分为三": parts of equal length, the count said another way
    rf"(?:平均|均匀)\s*(?:分|切|剪|拆)\s*{_COUNT}\s*(?:段|份|截|等份)|(?<![\d一二两三四五六七八九十]){_COUNT}\s*等分|"
    rf"一分为{_COUNT}")


def _equal_parts(c: Clause) -> list[Hit] | None:
    """ "split the 60s into 3 parts", "split it into 3 equal parts", "平均分成三段": N parts of equal length,
    N-1 splits at equal intervals of the programme (a time said as what is split is the whole video, or
    its first / last part said). None when no count of parts is said."""
    m = _EQUAL_PARTS.search(c.text)
    if not m or c.ctx.total_ms <= 0:
        return None
    shares = {"thirds": "3", "quarters": "4", "fourths": "4", "fifths": "5"}
    said = next(g for g in (m.group(2), m.group("bare"), shares.get(m.group("share") or ""), *m.groups()[5:])
                if g)
    n = int(said) if said.isdigit() else _WORD_COUNT.get(said, 0)
    if n < 3 or n > 20:
        return None  # (two parts: the split rule's own reading - "in two", at a point said or halfway)
    if re.search(r"§\d+§", c.text[:m.start()] + " " + c.text[m.end():]):
        return None  # "split it into 2 parts at 0:10": the point said is where (read the usual way)
    rx.search(re.escape(m.group(0)), c.text)
    total = c.ctx.total_ms
    start, end = 0, total
    what = m.group("what") or ""
    span = re.search(r"(first|last)?\s*§(\d+)§", what)
    if span and span.group(1) and int(span.group(2)) < total:
        length = int(span.group(2))
        start, end = (0, length) if span.group(1) == "first" else (total - length, total)
    if m.group("each"):  # "into 3 parts of 20 seconds": parts that long
        step = int(m.group("each")[1:-1])
        points = [start + k * step for k in range(1, n) if start + k * step < end]
    else:
        points = [start + round(k * (end - start) / n) for k in range(1, n)]
    return [Hit(m.start(), [s.Split(at_ms=p) for p in points])]


def split_rule(c: Clause) -> list[Hit]:
    if own := _own_clip(c):
        return own
    if (equal := _equal_parts(c)) is not None:
        return equal
    m = rx.search(r"\bsplit\b|\b(?:cut|chop) (?:it |this |the (?:video|clip|footage) )?(?:(?:in|into) "
                  r"(?:two|2|half|halves|(?:2 )?(?:pieces|parts)) )?(?:(?:right|exactly|precisely)\s+)?at\b|"
                  r"\b(?:cut|chop|break|slice|divide) (?:it |this |the (?:video|clip|footage) )?"
                  r"(?:in|into) (?:two|2|halves|half|2 (?:pieces|parts))\b(?=[^,;]*§)|"
                  # "chop the set in two at 0:30", "cut my vlog in half at 1:10": whatever the recording is
                  # called, parted in two at a time said
                  r"\b(?:cut|chop|break|slice|divide) (?:the|my|our|this|that) (?:[\w'-]+ ){1,2}?"
                  r"(?:in|into) (?:two|2|halves|half|2 (?:pieces|parts))\b(?=\s*(?:right\s+|exactly\s+)?"
                  r"(?:at|from|after|before|around)?\s*(?:the\s+)?§)|"
                  r"分割|切开|剪开|拆分|一分为二|切一刀|剪一刀|切一下|切成两|分成两|(?:切|分|剪)成\s*2\s*(?:段|部分|截)|"
                  r"\bbreak (?:it )?at|"
                  # "slice it at 0:40": a blade put at a time is a split
                  r"\bslice (?:it |this |the (?:video|clip|footage) )?(?:(?:right|exactly|precisely)\s+)?"
                  r"at\b(?=\s*§)|"
                  # "put a cut point at 32s", "add a split / an edit point at 0:10", "在15秒加个剪切点"
                  r"\b(?:cut|split|edit|break)[\s-]?points?\b|\b(?:add|put|make|place|insert)\s+(?:a |an )?"
                  # ("make a cut right at 7.5 sec": how exactly, said between)
                  r"(?:cut|split|edit|break)\s+(?:(?:right|exactly|just|precisely|somewhere)\s+)?(?:at|"
                  r"here at)\b|"
                  r"(?:剪切|分割|切割)点|断点|"
                  # "从40秒那里分开", "在0:45处断开": a time, then that it is parted there
                  r"(?<=§)\s*(?:那里|那儿|这里|这儿|处|的地方|的位置|位置)?\s*(?:给我|帮我)?\s*(?:分开|断开|切断|隔开)",
                  c.text)
    if not m:
        return []
    # "… so i can work on the two halves separately": why it is split, said with the split
    rx.search(r"\bso (?:that )?(?:i|we) can\b.*$|\bseparately\b|分开(?:处理|编辑|剪)|"
              r"\((?:§\d+§)\)", c.text)
    rx.search(r"\b(?:in|into) (?:two|2|half|halves)(?: (?:parts|pieces|halves|clips|segments))?\b", c.text)
    ts = list(dict.fromkeys(times(c.text)))  # "split at 0:10 and 0:20", "在15秒和30秒分割": each point
    # "split 2 seconds before 0:50", "split 3 s after the 0:20 mark", "在0:50前2秒分割": one point, counted
    # from the time said (never a split at the amount and another at the time)
    off = rx.search(rf"{T}\s+(?:(before|earlier than|prior to|ahead of)|(?:after|later than|past))\s+"
                    rf"(?:the\s+)?{T}(?:\s+mark)?|{T}\s*(?:处|的地方)?\s*(?:(前|之前|以前|往前)|(?:后|之后|以后|往后))\s*"
                    rf"(?:的)?\s*{T}(?!\s*(?:-|–|到|至)\s*§)", c.text)
    if off and len(ts) == 2:
        if off.group(1) is not None:
            n, t, back = int(off.group(1)), int(off.group(3)), off.group(2) is not None
        else:
            t, n, back = int(off.group(4)), int(off.group(6)), off.group(5) is not None
        point = t - n if back else t + n
        if 0 < point < (c.ctx.total_ms or point + 1):
            ts = [point]
    if ts:
        return [Hit(m.start(), [s.Split(at_ms=t) for t in ts])]
    # ("分成两段" reads "分成 2 段": parted in two with no point said anywhere in the request - halfway, as
    # "split it in half"; "在0:20那里切一刀 分成两段" is what that one cut makes)
    pointed = re.search(r"[切剪]\s*(?:一|1)\s*刀|在[^，,。；;]{0,14}?(?:切|剪|分割|断开|分开)",
                        c.ctx.raw or "")
    if rx.search(r"in half|in two|into two|in 2\b|into 2\b|一分为二|两半" +
                 ("" if pointed else r"|(?:切|分|剪)成\s*2\s*(?:段|部分|截|半)"), c.text) and c.ctx.total_ms:
        return [Hit(m.start(), [s.Split(at_ms=c.ctx.total_ms // 2)])]
    if rx.search(r"\bsplit\b|分割", c.text):
        return [Hit(m.start(), question="Where should I split it? Give a time like 0:05.")]
    return []


_CLIP_WORDS = (r"(?:the|this|that|clip|segment|video|one|part|whole|entire|file|last|first|second|third|"
               r"middle)")


def _inside_clip(text: str, verb: re.Match[str], clip_at: int) -> bool:
    """ "remove the tiktok watermark from c.mp4", "把c.mp4里的水印去掉": the clip named is where the thing
    removed is, not what is removed."""
    if verb.end() <= clip_at:
        # ("删掉b的声音", "delete b's audio": a thing of the clip said right after its name is what goes)
        if re.match(r"(?:第\s*\d+\s*(?:段|个)|[\w.-]+)\s*(?:(?:那|这)(?:段|个))?\s*"
                    r"(?:的|里|中(?!间)|上)(?:面|头)?的?\s*"
                    r"(?:声音|原声|音乐|配乐|背景音乐|bgm|字幕|文字|标题|水印|logo|台标|噪音|杂音|底噪|停顿|黑边|音频|音)|"
                    r"[\w.-]+(?:'s|’s)\s+(?:sound|audio|music|subtitles|captions|subs|text|title|logo|watermark|"
                    r"noise|voice|silences?|pauses?)\b", text[clip_at:]):
            return True
        between = text[verb.end():clip_at]
        said = re.match(r"\s*(?P<what>.*?)\s*\b(?:from|in|inside|on|out of)\s+(?:the\s+)?(?:clip\s+)?$",
                        between)
        return bool(said and re.sub(rf"\b{_CLIP_WORDS}\b|\s", "", said.group("what")))
    after = text[clip_at:verb.start()]
    return re.search(r"^\S*?\s*(?:里|中(?!间)|上|裡)(?:面|头)?的?\s*[^，,；;]{1,12}$", after) is not None \
        and not re.search(r"^\S*?\s*(?:里|中|上)(?:面|头)?的?\s*(?:这|那)?(?:段|个|部分)?\s*$", after)


# "put c.mp4 first then b.mp4 then clip.mp4", "先放c.mp4，再放b.mp4": files listed in the order they play -
# the order reading, never one clip moved (which leaves the rest in the old order)
_FILES_LISTED = (r"(?:\bthen|\bfollowed by|\bafter (?:that|it)|(?:^|[，,\s])(?:再|然后|接着|最后))\s*"
                 r"(?:put\s+|放\s*|"
                 r"是\s*|接\s*)?(?:the\s+)?[\w-]+\.(?:mp4|mov|webm|mkv|avi)\b")


# a clip as named in a place said in Chinese ("b前面", "第二段后面", "c.mp4之前"), and the side of it
_CLIP_NAME = r"(?:第\s*\d+\s*段|[a-z0-9_-]+(?:\.[a-z0-9]{2,4})?)"
_SIDE_ZH = r"(前面|前边|前头|之前|(?<![\u4e00-\u9fff])前(?![\u4e00-\u9fff])|后面|后边|后头|之后)"


# "b和c换下位置", "b c调个位置", "b跟c位置换一下", "b和c前后调一下", "b和c掉个个", "b和c顺序反一下",
# "switch b and c": the two clips named trade places - heard only with exactly two clips named (said of no
# clip, or of the whole timeline, "顺序反一下" is the order reversed and "换个位置" may be of a logo)
# ("把clip的位置调到c后面", "顺序调成…": a place said after it is a move or an order, never a swap)
_SWAP_NAMED = (r"(?:(?:换|调|挪|掉)\s*(?:一下|下|个|换|一换)?\s*(?:的)?\s*(?:位置|位子)|"
               r"(?:位置|位子)\s*(?:都|也|给我|帮我)?\s*(?:换|调|互换|交换|对调|反|倒)\s*(?:一下|下|过来|一换)?|"
               r"前后\s*(?:换|调|对调|颠倒|反|倒)|掉\s*个\s*(?:个|儿)|"
               r"(?:顺序|次序)\s*(?:给我|帮我)?\s*(?:反|倒|换|调|颠倒)\s*(?:一下|下|过来)?|"
               r"(?:换|调|反|倒)\s*(?:一下|下|个)?\s*(?:的)?\s*(?:顺序|次序))(?!\s*(?:到|去|在|至|成|为))|"
               r"\bswitch\b(?=\s+(?:the\s+)?[\w.-]+\s+(?:and|&|with)\s+[\w.-]+(?:\s+(?:a?round|over))?\s*"
               r"(?:[,.;!]|$))")


def _clips_named(c: Clause) -> int:
    """How many clips the clause names (by place or by file) - counted, not read."""
    token = RECORDER.set(None)
    try:
        return len({i for _, i in segment_refs(c)}) + len({i for _, i in _named_on_timeline(c)})
    finally:
        RECORDER.reset(token)


def segments_rule(c: Clause) -> list[Hit]:
    text = c.text
    if re.search(START_OVER, text) and re.search(_START_WITH, text):
        return []  # "start over with just b.mp4 then c.mp4, drop my original clip": a new main track (concat)
    refs = segment_refs(c)
    n = c.ctx.segment_count
    listed = len({i for _, i in _named_on_timeline(c)})
    if listed >= 2 and re.search(r"\bfirst\b|先|第一|最前", text) and re.search(_FILES_LISTED, text) and \
            not re.search(r"\bswap|\bswitch|\bexchange|互换|交换|调换|对调|\bdelete|\bremove|删|去掉", text):
        return []  # "put c.mp4 first then b.mp4": the files in the order they play - the order reading
    if listed >= max(3, n) and rx.search(_FILES_LISTED, text) and \
            not re.search(r"\bswap|\bswitch|\bexchange|互换|交换|调换|对调|\bdelete|\bremove|删|去掉", text):
        return []
    m = rx.search(r"\bswap\b|互换|交换|调换|换个位置|换一下位置|换位置|对调|"
                  # "switch clip 1 and 2 around": switch said of two clips
                  r"\bswitch\b(?=\s+(?:the\s+)?(?:clips?\s*\d+\s*(?:and|&)|(?:first|second|third|last)\s+and\b|"
                  r"[\w-]+\.(?:mp4|mov|webm)\s+and\b))", text)
    if m is None and re.search(_SWAP_NAMED, text) and len({i for _, i in refs}) + listed == 2:
        m = rx.search(_SWAP_NAMED, text)
    left = re.search(r"(?:剩下|剩余|另外|其余)(?:的)?(?:这)?\s*(?:两|2)\s*(?:段|个)|"
                     r"\bthe (?:other|remaining) (?:two|2)\b(?: (?:clips|segments|parts))?", text)
    raw = (c.ctx.raw or "").lower()
    if left is None and n == 3 and re.search(
            r"(?:不要了|不用了|删掉|删了|去掉|\b(?:delete|remove|drop|cut)\b)[^。]*"
            r"(?:剩下|剩余|其余|\bthe rest\b|"
            r"\bthe (?:others|remaining (?:ones|clips)))", raw):
        # "b不要了 剩下的前后对调一下", "drop b, then swap the rest": after one clip is deleted, the rest
        # are the two left
        left = re.search(r"(?:剩下|剩余|其余)(?:的)?(?:这)?|\bthe rest\b(?: of (?:them|the clips))?|"
                         r"\bthe (?:others|remaining (?:ones|clips))\b", text)
    if m and left and n == 3:
        # "先把第2段删掉，再把剩下两段顺序调换": the two left after a clip is deleted - numbered as they
        # are then, in their own clause (the deletion is read on its own)
        if re.search(r"\b(?:delete|remove|cut|drop)\b|删|去掉|不要", text[:left.start()]):
            return []
        rx.search(left.re.pattern, text)
        rx.search(r"\b(?:the )?order(?: of)?\b|\bplaces\b|\baround\b|顺序", text)
        return [Hit(m.start(), [s.Reorder(order=[2, 1])])]
    if m:
        # "swap the order of b and c": the order is what is swapped
        rx.search(r"\b(?:the )?order(?: of)?\b|\bplaces\b|\baround\b|顺序", text)
        raw_swap = re.search(r"\bswap|\bswitch|互换|交换|调换|对调", raw)
        raw_split = re.search(r"\bsplit|分成|切成|剪成|分割|切开", raw)
        if c.ctx.said_splits and raw_swap and raw_split and raw_swap.start() < raw_split.start():
            # "后两段对调一下, 分成两段": the clips swapped are those there before the split said after
            n -= c.ctx.said_splits
        idx = [i for _, i in refs]
        # ("后两段对调" reads "后 2 段" by now: the number spaced off)
        if rx.search(r"first (?:two|2)\b|前\s*(?:两|2)", text):
            idx = [1, 2]
        elif n >= 2 and rx.search(r"\blast (?:two|2)\b|(?:最)?后\s*(?:两|2)", text):
            idx = [n - 1, n]  # "swap the last two clips"
        if len(idx) < 2:  # "swap the first and second clip"
            said = [ORDINALS[w] for w in re.findall(r"\b(first|second|third|fourth|fifth|last|1st|2nd|3rd)\b",
                                                     text)]
            said = [n if i == -1 else i for i in said]
            if len(said) >= 2 and all(i >= 1 for i in said):
                idx = said
        if len(idx) < 2:  # "swap b.mp4 and c.mp4": the clips named, where they are on the timeline
            idx = _named_segments(c) or idx
        # ("swap the last two clips and loop it 3 times": a count of plays is no clip number)
        nums = [int(x) for x in rx.findall(r"(?<![§\d.\w])(\d)(?![\d§.%])(?!\s*(?:times|x)\b)", text)]
        if len(idx) < 2 and len(nums) >= 2:
            idx = nums[:2]
        if len(idx) < 2 and n == 2:
            idx = [1, 2]
        if len(idx) >= 2 and n >= max(idx[:2]):
            order = list(range(1, n + 1))
            a, b = idx[0] - 1, idx[1] - 1
            order[a], order[b] = order[b], order[a]
            return [Hit(m.start(), [s.Reorder(order=order)])]
    m = rx.search(r"\breverse (?:the )?(?:\w+ )?order|\border reversed|\bflip the order|倒序|顺序反过来|"
                  # "顺序倒过来", "把片段顺序颠倒一下", "顺序调转": the order turned round
                  r"(?:顺序|次序)\s*(?:给我|都|全|也)?\s*(?:倒过来|倒一下|倒转|颠倒|调转|反一下|反转)|"
                  r"(?:倒过来|颠倒|反过来)\S{0,2}(?:顺序|次序)|"
                  r"反转顺序|\b(?:backwards|reverse) order\b|\bin reverse order\b", text)
    if m and n:
        return [Hit(m.start(), [s.Reorder(order=list(range(n, 0, -1)))])]
    m = rx.search(r"\b(?:re)?order\b|\bsequence\b|顺序|排序|排好|排一下|重新排|排列|排成|(?<=\d)\s*排", text)
    if m:
        nums = [int(x) for x in rx.findall(r"(?<![§\d.])(\d+)(?![\d§.%])", text[m.start():])]
        if n and sorted(nums) == list(range(1, n + 1)):
            return [Hit(m.start(), [s.Reorder(order=nums)])]
        # "三段按3 1 2的顺序排": the order said as a list of numbers before the word for order
        for run in re.finditer(r"(?<![§\d.])\d+(?:\s*(?:,|，|、|\s|-|→|>)\s*\d+)+(?![\d§.%])", text):
            said = [int(x) for x in re.findall(r"\d+", run.group(0))]
            if n and sorted(said) == list(range(1, n + 1)):
                note(text, run.start(), run.end())
                rx.search(r"(?:[三两四五]|\d)\s*段|\b(?:the )?(?:three|two|four|\d) clips\b", text)
                return [Hit(m.start(), [s.Reorder(order=said)])]
    described = _described_clip(c) if not refs else None
    if described is not None:
        pos, index = described
        if index == 0:
            # two clips as long as each other: "the long one" names none of them - ask, never delete
            return [Hit(pos, question=("你说的是哪一段？比如“删掉第1段”。" if c.zh else
                                       "Which clip do you mean — e.g. “delete clip 1”?"))]
        refs = [described]
    if not refs:  # "把c.mp4那段放到最前面": the clip named by its file
        refs = _named_on_timeline(c)
    kept = _kept_clips(c, refs) or _all_kept_but(c, refs)
    if kept:
        return kept
    if not refs:
        return []
    pos, index = refs[0]
    if n <= 1 and rx.search(r"\b(?:middle|second|third|last|final)\s+(?:part|bit|section|piece)\b|中间那?段|"
                            r"最后那?段", text):
        # one clip: "the middle part" is a stretch of time nobody named
        return [Hit(pos, question=("哪一段？请告诉我时间，比如“删掉0:20到0:30”。" if c.zh else
                                   "Which part exactly? Give me the times, e.g. “cut 0:20 to 0:30”."))]
    # ("the others can hard cut": a hard cut is a join with no transition, not a clip cut out)
    # ("the final cut is done in davinci": the final cut is the finished video, no verb)
    # ("the cut from clip to b", "when it cuts to c": the join where one clip gives way to the next)
    m = rx.search(r"\b(?:delete|remove|(?<!hard )(?<!hard-)(?<!straight )(?<!the )(?<!a )(?<!that )(?<!this )"
                  r"(?<!final )"
                  # ("cut c.mp4 in half", "cut c.mp4 in at the start": split or put in, never deleted)
                  r"cut(?!\s+(?:to|into|over to|back to)\b)"
                  r"(?!\s+[\w-]+\.(?:mp4|mov|webm|mkv|avi|m4v)\s+in\b)|"
                  # ("drop b.mp4 in at the start", "drop in c.mp4": put in, never deleted)
                  r"drop(?!\s+(?:[\w-]+\.(?:mp4|mov|webm|mkv|avi|m4v)\s+)?in\b)|get rid of|lose|ditch|kill|"
                  r"erase|skip|scrap|trash|toss|bin|chuck|dump|"
                  r"(?:do not|don'?t|dont|no longer) (?:need|want|use))\b|"
                  r"\btake\b(?=[^,;]*\bout\b)|删掉|删除|去掉|"
                  # "b跟c我都用不上了": not needed any more ("b不用了", "clip.mp4不用了": no longer used)
                  r"不要|删了|剪掉|用不上了?|用不着了?|不需要了|不用了(?!解)", text)
    if m is None:
        m = _bare_delete(text, refs + _named_on_timeline(c))
    if m is None:
        # "b stays, c goes", "c can go": the verb said after the clip it is of
        m = _goes_after_clip(text, refs + _named_on_timeline(c))
    # "drop the last clip to the front": a place it goes to makes it a move, never a deletion
    dest = re.match(r"[^,;]*?\bto (?:the )?(?:very )?(?:front|start|beginning|end|back|top)\b|"
                    r"[^,;]*?\bto (?:position|slot|spot)\s*\d", text[m.end():]) \
        if m and m.group(0).lower() == "drop" else None
    # "remove the last clip from the end and put it first instead", "cut the second clip out and stick it at
    # the end", "把最后一段删掉放到最前面": the clip taken out is put back elsewhere - a move, never a
    # deletion
    # (the place read from what is said after the putting verb, not "from the end" said before it)
    back = rx.search(r"\b(?:and|then|&)\s+(?:then\s+)?(?:put|move|place|stick|drop|insert|paste|bring|add|"
                     r"slot|use)\s+(?:it|that|that one|this|this one|them)(?:\s+back)?\b|"
                     r"^\s*[，,]?\s*(?:然后|再|并)?\s*(?:把它|把这段|它)?\s*(?:放到|挪到|移到|放在)",
                     text[m.end():]) if m and not dest else None
    if m and back and not rx.search(T, text):
        place = text[m.end() + back.end():]
        first_re = (r"^\W*(?:at\s+|to\s+|in\s+|as\s+)?(?:the\s+)?(?:very\s+)?"
                    r"(?:start|beginning|front|first|top|begining)\b|^\W*(?:最前|开头|第一|最开始)")
        last_re = (r"^\W*(?:at\s+|to\s+|in\s+|as\s+)?(?:the\s+)?(?:very\s+)?(?:end|last|back)\b|"
                   r"^\W*(?:最后|结尾|末尾)")
        moved_to = 1 if rx.search(first_re, place) else max(1, n) if rx.search(last_re, place) else None
        if moved_to is None:
            return [Hit(m.start(), question=(
                "要把这段挪到哪里？比如“放到最前面”。" if c.zh else
                "Where should that clip go instead — e.g. “put it first” or “move it to the end”?"))]
        return [Hit(m.start(), [s.MoveSegment(index=index, to_index=moved_to)])]
    # "kill the gap between b and c": the join between the clips named is what goes, not a clip
    join = re.search(r"\b(?:gaps?|breaks?|jumps?|joins?|seams?|space|transitions?)\s+between\b|"
                     r"之间的?(?:空隙|间隙|空白|缝)|"
                     # ("第一段和第二段之间不要转场", "clip和b之间不要加": what is not wanted between the
                     # two clips named is a transition at their join - never the clips)
                     r"之间\s*(?:的)?\s*(?:转场|过渡|衔接|接口)?\s*(?:都|就|也|先)?\s*"
                     r"(?:不要|别|不用|不加|不需要|去掉|删)", text)
    # "把c和b拼一起 clip那段删掉": the clips joined before the removal said are not what goes
    joined = m is not None and refs and refs[0][0] < m.start() and \
        re.search(_JOIN, text[refs[0][0]:m.start()]) is not None
    # "我就要b那段 另外俩删了": what goes is the others, never the clip named
    others = re.search(rf"(?:{_OTHERS}|另外|剩下|剩余)[^,;，；]{{0,8}}$", text[:m.start()]) or re.match(
        rf"\s*(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:{_OTHERS})", text[m.end():]) if m else None
    if m and others:
        return [Hit(m.start(), question=("要留下哪一段、删掉哪几段？比如“只留第2段”。" if c.zh else
                                         "Which clip should stay and which go? E.g. “keep only clip 2”."))]
    if m and not rx.search(T, text) and not dest and not _inside_clip(text, m, pos) and not join and \
            not joined:
        # "remove b and c", "delete the second and third clips": every clip listed goes, the later first so
        # that each number is the clip as the person saw it
        either = re.match(r"(?:do not|don'?t|dont|no longer)\b", m.group(0)) is not None
        # ("第二段和c.mp4都用不着了": a clip called by its place and one by its file, listed together)
        files = [r for r in _named_on_timeline(c) if r[0] not in dict(refs)]
        clips_said = all_said = sorted(dict.fromkeys(refs + files))
        # "b那个别删 删掉c", "b stays, remove c", "keep b, delete c": a clip said to stay is never the one
        # deleted - the deletion is of the clips named with its verb
        kept_said = [r for r in clips_said if _said_to_stay(text, r[0], m)]
        # ("keep b and c, delete clip.mp4", "b和c别删": the clips listed with one said to stay, stay with it)
        kept_said = [x for x in clips_said if any(
            r in _listed(text, [y for y in clips_said if y[0] >= x[0]]) or
            x in _listed(text, [y for y in clips_said if y[0] >= r[0]]) for r in kept_said)]
        if kept_said:
            clips_said = [r for r in clips_said if r not in kept_said]
            if not clips_said:
                return []
            for r in kept_said:
                note(text, *_stay_words(text, r[0]))
        named_after = [r for r in clips_said if r[0] >= m.end()]
        if clips_said[0][0] < m.start() and named_after and \
                re.search(r"[,;.!?]|\b(?:so|then)\b", text[clips_said[0][0]:m.start()]):
            # "clip.mp4 is the one i like, delete b and c": the clips named after the verb are what goes -
            # one said in a clause before it is not of the list
            clips_said = named_after
        in_list = _listed(text, clips_said, either)
        # "drop the long one, b then c is fine": a clip said with "then" and the next clip after it is the
        # order wanted of what stays, not one more clip listed to go (only past the first clip of the list)
        in_list = in_list[:1] + [r for r in in_list[1:] if not _in_sequence(text, r[0], all_said)]
        if not either and len(clips_said) > len(in_list) and in_list[-1][0] > m.start() and \
                re.fullmatch(_NOT_OR, text[in_list[-1][0]:clips_said[len(in_list)][0]]):
            # "delete b or c": one of them, which is not said - asked, never guessed
            return [Hit(m.start(), question=("删哪一段？" if c.zh else "Which one should I delete?"))]
        if re.match(r"用不", m.group(0)):
            # "b跟c我都用不上了": said right after the clips it is of (never "第二段的字幕用不上了")
            word = re.match(r"第\s*\d+\s*段|[\w.-]+", text[in_list[-1][0]:])
            gap = text[in_list[-1][0] + (word.end() if word else 0):m.start()]
            if not re.fullmatch(r"\s*(?:(?:那|这)\s*(?:1\s*)?段)?\s*(?:我们?|咱们?)?\s*"
                                r"(?:都|也|就|全|全都)?\s*", gap):
                return []
        gone = sorted({i for _, i in in_list}, reverse=True)
        return [Hit(m.start(), [s.DeleteSegment(index=i) for i in gone])]
    m = rx.search(r"\b(?:duplicate|dupe|repeat|clone|play (?:it )?twice|twice|play (?:it )?again|"
                  # ("the one everyone wants to copy, then …": a move copied by people watching, no clip -
                  # "copy" with nothing after it is no duplicate)
                  r"copy(?!\s*(?:$|[,;.!?]|then\b|and then\b))|"
                  r"once more|"
                  r"plays?(?=[^,;.]*\b(?:\d+|three|four|five)\s+times\b(?!\s+(?:faster|slower|quicker|as|the|speed)\b))|"
                  r"one more time|"
                  # "play the third clip again", "show clip 2 again": that clip played once more
                  r"(?:play|show)(?=\s+(?:the\s+)?(?:[\w.§-]+\s+){0,2}?again\b)(?![^,;.]*\b(?:music|song|track|"
                  r"audio|sound|bgm|voice|title|text|captions?|subtitles?)\b))\b|复制|重复|两遍|"
                  # "第三段再放一次" (numbers are digits by now: "再放 1 次"), "再播一遍", "多放一次"
                  r"(?:再|多)\s*(?:来|放|播|用)\s*(?:一|1)\s*(?:遍|次)(?!\s*(?:音乐|bgm|歌|字幕|标题|声音|配乐))|"
                  r"(?:播|放)\s*(?:两|2)\s*次",
                  text)
    if m:
        # "move c to the front, duplicate it so the trick plays twice", "put the last clip first, then copy
        # that one": "it" is the clip named in the clause before - referred to (that clause's reading owns
        # the name), and numbered where the earlier edit left it (clips_as_seen)
        after_verb = text[m.end():] if not re.search(r"\bit\b", m.group(0)) else " it"
        pronoun = re.match(r"\s+(?:it|that (?:one|1|clip)|this (?:one|1|clip))\b", after_verb)
        if pos < m.start() and pronoun and \
                re.search(r"[,;]|\b(?:then|and)\b", text[pos:m.start()]) and \
                (said_clip := re.compile(r"[\w.-]+(?:\s+(?:clip|one|segment|video|shot))?").match(text, pos)):
            refer(text, said_clip)
        # "第一段再来一遍，连着放两次": how it plays is the same repeat, said again
        rx.search(r"连着放(?:两|2)(?:次|遍)|(?:放|播)(?:两|2)(?:次|遍)|\b(?:back to back|in a row)\b", text)
        # "b那段复制一份 接在它后面", "copy b and put it right after itself": where the copy goes anyway
        rx.search(rf"(?:\b(?:and|then|&)\s+)?(?:(?:put|place|stick|drop|have)\s+(?:it|the copy|that)\s+)?"
                  rf"(?:{_RIGHT_AFTER_ITSELF})", text)
        # "repeat clip 1 two more times": that many copies; "play clip 2 3 times": that many plays in all
        words = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "thrice": 3}
        more = rx.search(r"\b(\d+|one|two|three|four|five)\s+more\s+times\b", text)
        plays = None if more else rx.search(r"\b(?:(\d+|three|four|five)\s*(?:times|x)\b"
                                            r"(?!\s*(?:faster|slower|quicker|as|the|speed)\b)|(thrice))",
                                            text[m.start():])
        times_said = more or plays
        told = (times_said.group(1) or times_said.group(2) or "") if times_said else ""
        count = int(told) if told.isdigit() else words.get(told, 0)
        copies = count if more else count - 1 if plays else 1
        if 1 < copies <= 9:
            return [Hit(m.start(), [s.DuplicateSegment(index=index) for _ in range(copies)])]
        # "duplicate the first clip then move the copy to the very end": the copy (right after the clip) put
        # at an end of the timeline
        moved = rx.search(r"\b(?:and|then|&)\s+(?:then\s+)?(?:move|put|stick|place|drop|send|bring)\s+"
                          r"(?:the\s+)?(?:copy|duplicate|dupe|new one|second one|clone)\s+(?:to\s+|at\s+)?"
                          r"(?:the\s+)?(?:very\s+)?(end|back|last|start|beginning|front|first)\b|"
                          # "把b复制一份放到最前面", "c复制一份 然后挪到开头": the copy put at an end
                          r"^\s*(?:(?:一|1)\s*(?:份|个|遍|次))?\s*[，,]?\s*(?:然后|再|并)?\s*(?:把(?:它|复制的|复制出来的|这份|那份)(?:那段|这段)?)?\s*"
                          r"(?:放|挪|移|接|搬)(?:到|在)\s*(?:时间线)?\s*(?:的)?\s*(最前面?|开头|最开始|最后面?|结尾|末尾)",
                          text[m.end():])
        if moved and n >= 1:
            start_words = ("start", "beginning", "front", "first", "最前", "最前面", "开头", "最开始")
            goes_to = 1 if (moved.group(1) or moved.group(2)) in start_words else n + 1
            if goes_to != index + 1:
                return [Hit(m.start(), [s.DuplicateSegment(index=index),
                                        s.MoveSegment(index=index + 1, to_index=goes_to)])]
        return [Hit(m.start(), [s.DuplicateSegment(index=index)])]
    m = rx.search(r"\b(?:come|go|goes|be|play|plays)\s+(?:the\s+(?:very\s+)?)?(first|last)\b(?![\s§]*\d)"
                  r"(?:\s+(?:thing|clip|shot|one|scene)\b(?:\s+(?:people|viewers|they|you|we)\s+(?:see|watch)\b)?)?|"
                  # "begin with b.mp4", "open with c.mp4", "用b.mp4开头": a clip already on the timeline
                  # goes first
                  r"\b(open|start|begin|lead|kick off|end|close|finish)s?\s+"
                  r"(?:the\s+(?:video|clip|edit)\s+|it\s+)?(?:off\s+)?with\b"
                  r"(?=\s*(?:the\s+)?[\w-]+\.(?:mp4|mov|webm|mkv|avi)\b)|"
                  r"(?:用|以)(?=\s*[\w-]+\.(?:mp4|mov|webm|mkv|avi)\s*(?:来|作为|当)?\s*(开头|开场|结尾|收尾))|"
                  r"(?<=\.mp4|\.mov)\s*(?:要|得|应该)?\s*(?:放|排|当|作为)(?:在|成)?\s*(?:第\s*(?:一|1)\s*(?:个|段|位)?|"
                  r"最开始|最开头)|"
                  # "把c放第一个", "把b排到第一位": a clip named by its bare name, put in the first place
                  # (read only when the name is a clip on the timeline - below)
                  r"(?<=[a-z0-9])\s*(?:要|得|应该)?\s*(?:放|排|挪|移|调|换|当|作为)(?:到|在|成)?\s*(?=第\s*(?:一|1)\s*(?:个|段|位)"
                  r"(?!\s*(?:段|个)))|"
                  # "the third clip should open the video": what opens it comes first, what closes it last
                  r"\b(?:should|will|to|must|can|could)\s+"
                  r"(open|start|begin|kick off|lead|close|end|finish)\s+"
                  r"(?:the|my|this|our)\s+(?:video|film|edit|reel|montage|vlog|movie|whole thing)\b", text)
    if m:
        verb = (m.group(2) or m.group(3) or m.group(4) or "open").lower()
        first = (m.group(1) or "first").lower() == "first" and verb in ("open", "start", "begin", "kick off",
                                                                         "lead", "开头", "开场")
        files = _named_on_timeline(c)
        if len(files) == 1:  # "把c.mp4放在第一个": the clip named by its file, not the place "第一个"
            index = files[0][1]
        elif re.fullmatch(r"\s*(?:要|得|应该)?\s*(?:放|排|挪|移|调|换|当|作为)(?:到|在|成)?\s*",
                          m.group(0)) and \
                not re.search(r"\.(?:mp4|mov)$", text[:m.start()]):
            return []  # "把x放第一个" with x no clip on the timeline: no move read from the bare name
        op = s.MoveSegment(index=index, to_index=1 if first else max(1, n))
        return [Hit(m.start(), [op])]
    m = rx.search(r"\b(?:move|put|place|bring|shift|drop|stick|slide)\b|移到|放到|挪到|放在|"
                  # "i want c first", "we need b last": a clip wished at an end of the order is put there
                  r"\b(?:want|need|have|like)\b(?=\s+[\w.-]+\s+(?:to\s+(?:go|come|be)\s+)?(?:first|last|at\s+the\s+"
                  r"(?:start|end|beginning|front))\b)|"
                  # "pop c.mp4 in at the start": a clip popped in somewhere is put there
                  r"\bpop\b(?=\s+(?:the\s+)?[\w.-]+\s+in\b)|"
                  # "把c调到最前面", "b换到最后": a clip moved to an end, said with 调 / 换
                  r"(?:调|换|排)(?:到|在)(?=\s*(?:第\s*\d|最前|最后|开头|结尾|末尾))|"
                  r"(?:放|挪|移|排)(?=\s*(?:最前|最后|开头|结尾|末尾))|"
                  # "c.mp4 goes second", "b should come third": a clip's place said as an ordinal, with no
                  # verb of moving
                  r"\b(?:go|goes|come|comes|play|plays)\s+(?=(?:the\s+)?(?:second|third|fourth|fifth|2nd|3rd|"
                  r"4th|5th)\b(?!\s+(?:half|time|copy)\b))|"
                  # "c should come before b", "b goes after c": where a clip plays, said of another clip
                  r"\b(?:come|comes|go|goes|play|plays|be|sit|sits)\s+(?=(?:right\s+|just\s+|directly\s+)?"
                  r"(?:before|after|ahead of|in front of|behind)\s)|"
                  # "c应该在b前面", "b排在c后面"
                  rf"(?:应该|要|得)?\s*(?:排|放)?在(?=\s*{_CLIP_NAME}\s*(?:的)?\s*{_SIDE_ZH})", text)
    if m and len(refs) >= 2 and (each := _each_moved(c, refs, n)):
        return each
    if m:
        # "把c挪到第2个": the clip named before the verb is what moves - "第2个" after it is the place
        before = [(p, i) for p, i in _named_on_timeline(c) if p < m.start()]
        if pos > m.start() and before:
            pos, index = before[0]
        tail = text[pos:]
        to: int | None = None
        # past the clip's own word ("the first clip", "c放到…"): where it goes
        word = re.match(r"[^\s放移挪]+", tail)
        rest = tail[len(word.group(0)) if word else 0:]
        if rx.search(r"\b(?:start|beginning|front(?!\s+of\b)|first|begining)\b|开头|最前|第一", rest):
            to = 1
        elif rx.search(r"\b(?:end|last|back)\b|结尾|最后|末尾", rest):
            to = n
        else:
            mm = rx.search(r"(?:position|place|spot|slot|第)\s*(\d+)", tail)
            # "move the last clip to be second", "put clip 1 in third place": the place said as an ordinal
            ordinal = None if mm else rx.search(
                # ("put c second": the ordinal right after the clip is its place)
                r"(?:\b(?:to\s+be|to|into|in|as|so\s+(?:it'?s|it\s+is|that\s+it'?s))\s+(?:the\s+)?|"
                r"^(?:\s+(?:clip|video|one))?\s+(?:(?:should|will|must|needs?\s+to|has\s+to|can)\s+)?"
                r"(?:(?:go|goes|come|comes|play|plays)\s+(?:the\s+)?)?)"
                r"(second|third|fourth|fifth|2nd|3rd|4th|5th)\b(?!\s+(?:clip|part|shot|scene|segment|one|video|"
                r"piece|section)\b)", rest)
            after = rx.search(r"\b(?:after|before)\s+(?:the\s+)?(?:first|second|third|last)|"
                              rf"\b(?:after|before)\s+{SEG_WORD}\s*(\d)", tail)
            # "move the c clip in front of the b clip": the place is another clip named by its file
            rel = re.search(r"\b(before|after|in front of|ahead of|behind)\s+", tail)
            named = [(p, i) for p, i in _named_on_timeline(c) if rel and p >= pos + rel.end() and i != index]
            # "把c挪到b前面", "b放到c后面": the other clip, then the side of it
            side = None if named else re.search(rf"(?<=[到在])\s*({_CLIP_NAME})\s*(?:的)?\s*{_SIDE_ZH}", tail)
            if side:
                at = pos + side.start(1)
                named = [(p, i) for p, i in _named_on_timeline(c) + segment_refs(Clause(text, c.ctx))
                         if p == at and i != index]
                if named:
                    rel = side
            if mm:
                to = int(mm.group(1))
            elif ordinal:
                to = ORDINALS[ordinal.group(1).lower()]
            elif rel and named:
                rx.search(re.escape(rel.group(0)), tail)
                target = named[0][1]
                later = rel.group(1) in ("after", "behind") or rel.group(rel.lastindex or 0).startswith(
                    ("后", "之后"))
                to = target + (1 if later else 0)
                to = to - 1 if target > index and later else to
                to = to - 1 if target > index and not later else to
            elif after:
                other = segment_refs(Clause(tail[after.start():], c.ctx))
                if other:
                    target = other[0][1]
                    to = target + (1 if "after" in after.group(0) else 0)
                    to = to - 1 if target > index and "after" in after.group(0) else to
        if to is not None:
            return [Hit(m.start(), [s.MoveSegment(index=index, to_index=max(1, min(n or to, to)))])]
    return []


# a clip said to stay: the words right after its name ("b那个别删", "b留着", "b stays", "b is fine") or
# right before it ("keep b", "don't delete b", "别删b", "留着b")
_STAYS_AFTER = (r"(?:第\s*\d+\s*(?:段|个)|[\w.-]+)(?:\s+(?:clip|video|one))?\s*"
                r"(?:(?:那|这)\s*(?:1\s*)?(?:个|段)\s*)?"
                r"(?:就|也|先|可以|得|要)?\s*(?:别删|不要删|不删|别动|不要动|不动|留着|保留|留下|要留着|"
                # ("only c.mp4 is worth keeping, drop clip and b", "b is a keeper", "c can stay", "b's fine")
                r"\b(?:(?:is|'s|’s)\s+(?:(?:really|actually|definitely|still)\s+)?"
                r"(?:worth\s+keeping|(?:a\s+|the\s+)?keeper|staying|fine|good|ok(?:ay)?|safe)|stays?(?:\s+in)?|"
                r"remains|(?:can|should|must|will|gets\s+to)\s+stay|"
                # ("lose the long one, b and c are all I need": the clips said to be all that is needed stay)
                r"(?:are|is|'s|’s|'re)\s+(?:all|what|exactly what|everything)\s+(?:i|we)\s+(?:need|want|use)|"
                r"(?:are|'re)\s+(?:fine|good|ok(?:ay)?|staying|keepers|safe))\b)"
                # ("删掉 c 别删 b": the words are the next clip's when that clip ends the phrase)
                r"(?!\s*(?:第\s*\d+\s*(?:段|个)|[a-z0-9_-]+(?:\.[a-z0-9]{2,4})?)\s*(?:$|[，,；;。.!！]))")
_STAYS_BEFORE = (r"(?:\b(?:keep|leave|don'?t (?:delete|remove|cut|drop|touch)|"
                 r"do not (?:delete|remove|cut|drop|touch))\s+(?:the\s+)?|"
                 r"(?:别删|不要删|不删|留着|保留|别动)\s*(?:掉)?\s*)$")


def _stay_words(text: str, at: int) -> tuple[int, int]:
    """Where the words saying the clip at `at` stays are (the span noted as read)."""
    after = re.match(_STAYS_AFTER, text[at:])
    if after:
        return at, at + after.end()
    before = re.search(_STAYS_BEFORE, text[:at])
    return (before.start(), at) if before else (at, at)


def _said_to_stay(text: str, at: int, verb: re.Match[str]) -> bool:
    """The clip named at `at` is said to stay (never deleted), in words apart from the deleting verb."""
    if verb.start() <= at < verb.end():
        return False
    after = re.match(_STAYS_AFTER, text[at:])
    if after and not at < verb.start() < at + after.end():
        return True
    before = re.search(_STAYS_BEFORE, text[:at])
    return before is not None and not (before.start() <= verb.start() < at)


def _each_moved(c: Clause, refs: list[tuple[int, int]], n: int) -> list[Hit]:
    """ "move c to the front and b to the end": several clips, each with its own place, in one sentence -
    every move happens, in the order said (each clip is found where the earlier moves left it). [] unless
    every clip named has a place of its own."""
    text = c.text
    refs = sorted(refs)
    ops: list[OpBase] = []
    order = list(range(1, n + 1))  # the clip (as numbered when said) at each place after the moves so far
    done = 0  # where the last place said ends: a word inside it ("… first and …") names no clip
    placed: dict[int, int] = {}  # the clip (as numbered when said) -> the place said for it
    for p, index in refs:
        if p < done:
            continue
        seg = text[p:]
        word = re.match(r"[^\s放移挪]+", seg)
        skip = len(word.group(0)) if word else 0
        # ("put c second and b first": a place in the order said by its ordinal)
        dest = re.search(r"\b(?:start|beginning|front(?!\s+of\b)|first|begining)\b|开头|最前|第一|"
                         r"\b(end|last|back)\b|(结尾|最后|末尾)|(?:position|place|spot|slot|第)\s*(\d+)|"
                         r"\b(second|2nd|third|3rd|fourth|4th)\b(?!\s*(?:half|§|\d|copy|time))",
                         seg[skip:])
        # another clip named before this one's place ("c and b to the front"): a list, not moves each
        if dest is None or any(p < q < p + skip + dest.start() for q, _ in refs):
            return []
        done = p + skip + dest.end()
        note(text, p + skip + dest.start(), done)
        nth = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
        to = int(dest.group(3)) if dest.group(3) else nth[dest.group(4).lower()] if dest.group(4) else \
            n if (dest.group(1) or dest.group(2)) else 1
        to = max(1, min(n, to))
        if index not in order:
            return []
        placed[index] = to
        now = order.index(index) + 1
        order.insert(to - 1, order.pop(now - 1))
        if now != to:
            ops.append(s.MoveSegment(index=now, to_index=to))
    if len(set(placed.values())) == len(placed) > 1 and \
            any(order.index(i) + 1 != to for i, to in placed.items()):
        # "put c second and b first": each clip's place is where it ends up - moves done one after another
        # would shift the one placed first; the order that puts every clip where it was said (the others
        # keep their order in the places left)
        rest = iter(i for i in range(1, n + 1) if i not in placed)
        at = {to: i for i, to in placed.items()}
        final = [at[k] if k in at else next(rest) for k in range(1, n + 1)]
        return [Hit(refs[0][0], [s.Reorder(order=final)])]
    return [Hit(refs[0][0], ops)] if ops else []


# what lies between two clips listed together: the first one's own words, then "and" / "," / "和"
# ("b和c接一块，clip.mp4不要了": a join said between names ends the list - the clips joined are not listed
# with the one that goes)
_LIST_GAP = re.compile(r"(?:(?!拼|\bjoin|\bmerge|\bcombine|\bstitch)[^,;，；]){0,14}?\s*"
                       r"(?:,|，|、|\band\b|&|\+|和|跟|与|以及|还有)\s*"
                       r"(?:also\s+)?(?:the\s+)?")


# "i dont need b or c anymore": under a "not", "or" lists what is not wanted - all of it
_NOT_OR = r"(?:\s+|[^,;，；]{0,14}?\s+)or\s+(?:the\s+)?"


# "c goes", "b can go", "c has to go", "b is out": a clip said to go, the verb after it
_GOES = (# ("the longest clip can go": a clip called by its description, _described_clip)
         r"(?:the\s+(?:long(?:er|est)?|original)\s+(?:one|1|clip|video)|"
         r"[\w.-]*(?:\s+(?:clip|video|one))?(?:\s+\d+)?)\s+(?:goes|can\s+go|(?:has|needs|have|need)\s+to\s+go|"
         r"(?:must|should|will|gotta)\s+go|is\s+out|gets\s+(?:cut|deleted|removed|the\s+chop)|"
         # "c isn't needed anymore", "b is no longer needed": said not to be needed - it goes
         r"(?:is\s+not|isn'?t|is\s+no\s+longer|are\s+not|aren'?t|are\s+no\s+longer)\s+(?:really\s+)?"
         r"(?:needed|necessary|required|wanted)(?:\s+any\s?more)?)\b"
         r"(?=\s*(?:$|[,.;!]|and\b|too\b|as\s+well\b|entirely\b|completely\b|pls\b|please\b))")


def _goes_after_clip(text: str, refs: list[tuple[int, int]]) -> re.Match[str] | None:
    """ "b stays, c goes": the words saying a clip goes, when they come after its name (as the match of
    the deletion's verb)."""
    for pos, _ in sorted(refs):
        m = re.match(_GOES, text[pos:])
        if m:
            return rx.search(rf"(?<=^.{{{pos}}}){_GOES}", text) or None
    return None


def _bare_delete(text: str, refs: list[tuple[int, int]]) -> re.Match[str] | None:
    """ "删c", "删第二段", "删 b 吧": the bare verb 删 said right before a clip (no 掉 / 除 / 了 after it) -
    the clip goes. Heard only next to a clip named, so "删字幕" or "别删b" are never read as it."""
    for pos, _ in sorted(refs):
        said = re.search(r"(?<![别不没甭勿])删\s*$", text[:pos])
        # (the clip said whole - "删b的声音", "删b里的音乐" take something out of it, never the clip)
        whole = re.match(r"(?:第\s*\d+\s*(?:段|个)|[\w.-]+)(?![\w.-])"
                         r"(?!\s*(?:那段|这段|那个|这个)?\s*(?:的|里|中|上|之|前|后|开头|结尾|末尾|最后|头|尾))",
                         text[pos:])
        if said and whole:
            return rx.search(rf"(?s)(?<=^.{{{said.start()}}})删", text)
    return None


def _in_sequence(text: str, at: int, refs: list[tuple[int, int]]) -> bool:
    """The clip named at `at` is followed by "then" and another clip named ("b then c", "b -> c"): the
    order the clips play in, said of clips that stay."""
    word = re.match(r"第\s*\d+\s*(?:段|个)|[a-z0-9_.-]+(?:\s+(?:clip|video|one))?", text[at:])
    after = at + (word.end() if word else 0)
    # ("最长那段不要了，b然后c就行", "b接c": the same in Chinese)
    seq = re.match(r"\s*(?:,\s*)?(?:(?:and\s+)?then\b|followed\s+by\b|->|→|>|然后|再接|接上?|后面接)\s*",
                   text[after:])
    return seq is not None and any(p == after + seq.end() for p, _ in refs)


def _listed(text: str, refs: list[tuple[int, int]], either: bool = False) -> list[tuple[int, int]]:
    """The first clip referred to and those listed right after it ("b and c", "第2段和第3段"; with either,
    "b or c" too)."""
    out = refs[:1]
    for (p1, _), (p2, i2) in itertools.pairwise(refs):
        if not _LIST_GAP.fullmatch(text[p1:p2]) and not (either and re.fullmatch(_NOT_OR, text[p1:p2])):
            break
        out.append((p2, i2))
    return out


_OTHERS = (r"\b(?:all\s+)?(?:the\s+)?(?:other\s+(?:\d+|ones?|clips?|videos?|parts?|files?|bits?|stuff)|"
           r"others?|rest|everything else|anything else)\b|其他的?|其余的?|别的")
_DROP = (r"\b(?:delete|remove|cut|drop|get rid of|lose|ditch|kill|erase|skip|toss|trash|bin)\b|"
         r"删掉|删除|去掉|不要|删了|剪掉")


# the take-back markers (those resolver.TAKE_BACK hears) before a keep said again: "…, no wait keep b and c"
_KEEP_TAKEN_BACK = (r"no,?\s+wait|wait,?\s+no|actually,?\s+no|no,?\s+actually|scratch\s+that|"
                    r"on\s+second\s+thoughts?|never\s?mind")


def _kept_clips(c: Clause, refs: list[tuple[int, int]]) -> list[Hit]:
    """ "i only need the b.mp4 part, drop the other two", "keep just the second clip and lose the rest":
    the clip named is what stays; the others are what goes (never the named one)."""
    n = c.ctx.segment_count
    # searched without reading: the words are this reading's only when it is made (a deletion read in the
    # same window must not claim "只要" of "删掉clip.mp4，只要b.mp4和c.mp4拼起来")
    keep = re.search(r"\b(?:only|just)\s+(?:need|want|keep|use)\b|\bkeep\s+(?:only|just)\b|"
                     r"\b(?:need|want|keep|use)\s+(?:only|just)\b|只(?:要|留|保留|需要)", c.text)
    # ("其他两个不要了", "剩下那两段删掉": the others counted)
    drop = re.search(rf"(?:{_DROP})\s*(?:{_OTHERS})|(?:{_OTHERS}|剩下的?|剩余的?|另外的?)\s*"
                     rf"(?:(?:这|那)?\s*(?:(?:两|2|几)\s*(?:个|段|条)(?:视频|片段)?|俩))?\s*(?:都|全)?\s*"
                     rf"(?:can go|goes|go|不要了?|删掉|去掉|删了)", c.text)
    # "just use c.mp4, get rid of the first two", "keep clip.mp4, drop the last 2": the clips either side
    # of the one kept, counted from the end they are at - the others, when they are exactly the others
    ends = re.search(rf"(?:{_DROP})\s+(?:the\s+)?(first|last|final)\s+(\d+)\b(?:\s+(?:clips?|videos?|ones|"
                     rf"files|parts))?(?!\s*(?:s\b|secs?\b|seconds?\b|mins?\b|minutes?\b|frames?\b|ms\b|%|"
                     rf"\.\d|words?\b|lines?\b|sentences?\b))", c.text)
    if drop is None and ends is not None and refs:
        count, kept_at = int(ends.group(2)), refs[0][1]
        if count != n - 1 or kept_at != (n if ends.group(1) == "first" else 1):
            return []  # not the others: some other reading, or none
        drop = ends
    if keep is None and drop is not None:
        # "只用b.mp4，其他的都不要", "just b.mp4, get rid of the others", "keep b.mp4 and delete the rest":
        # the others said to go - the clip named before them is the one kept (never the one deleted)
        keep = re.search(r"\b(?:only|just|keep|use)\b|只用|只留下?|就要|就用|就留|留下|保留", c.text)
    if keep is None:
        # ("…, no wait keep b and c": a keep said right after a take-back marker is the keep corrected - the
        # "only" said with the first goes on to it)
        keep = re.match(rf"\W*(?:{_KEEP_TAKEN_BACK})\b[\s,]+keep\b", c.text)
    if n < 2 or not refs or not keep or keep.start() > refs[0][0]:
        return []
    # "keep only b.mp4, no wait keep b and c": the clips said after a take-back are the ones meant - a
    # reading across it would keep those named before it too, so it gives way to the clause after it
    back = [m.end() for m in re.finditer(rf"(?:[,;…—–]|\.\.+|\s-)\s*(?:{_KEEP_TAKEN_BACK})\b[\s,]+(?=keep\b)",
                                         c.text)]
    if back and any(pos < back[-1] for pos, _ in refs):
        return []  # (read across the take-back: the clause after it is read on its own)
    word = re.match(r"第\s*\d+\s*(?:段|个)|[\w.-]+", c.text[refs[0][0]:])
    if re.match(r"\s*(?:(?:那|这)\s*(?:1\s*)?(?:段|个))?\s*(?:的)?\s*"
                r"(?:没|静音|声音|原声|音量|加速|减速|慢|快|变|调|加|黑白|亮|暗|字幕|音乐|转场|旋转|翻转|"
                r"前面|前边|之前|前头|后面|后边|之后|后头)",
                c.text[refs[0][0] + (word.end() if word else 0):]):
        # "只要c没声音": what is wanted of the clip, not that it alone stays ("只要c前面那个": the thing
        # before it)
        return []
    if drop is None and re.search(_DROP, c.text):
        return []  # something else is cut in the same breath: not this reading
    past = c.text[refs[0][0] + (word.end() if word else 0):]
    if re.match(r"\s*(?:这|那)?\s*(?:段|个)?\s*(?:之外|以外)", past):
        # "只保留第三段以外的": what lies outside the clip stays, never the clip (read by _all_kept_but)
        return []
    main = next((t for t in c.ctx.draft.get("t", []) if t.get("role") == "main"), None)
    spans: list[tuple[int, int]] = []
    at = 0
    for i, seg in enumerate((main or {}).get("sg", []), start=1):
        d = int(seg.get("d", 0))
        if i in {idx for _, idx in refs}:
            spans.append((at, at + d))
        at += d
    # ("keep only b and c": clips side by side on the timeline are one stretch kept)
    while len(spans) > 1 and spans[0][1] == spans[1][0]:
        spans[:2] = [(spans[0][0], spans[1][1])]
    if len(spans) != 1:
        return []
    for said in (keep, drop):
        if said is not None:
            note(c.text, said.start(), said.end())
    return [Hit(keep.start(), [s.KeepRange(start_ms=spans[0][0], end_ms=spans[0][1])])]


# "除了c 其他都留着", "第三段以外都保留", "keep everything except c": the clips named after "except" are the
# ones that go (the rest are said to stay)
_BUT_BEFORE = r"(?:除了|除去|\bexcept(?: for)?|\bapart from|\bother than|\bbut)\s*(?:the\s+)?$"
_ALL_KEPT = (r"^\s*(?:之外|以外)?\s*(?:的)?\s*[,，]?\s*(?:其他|其余|别的|剩下)?\s*(?:的)?\s*"
             r"(?:片段|视频|几段|段)?\s*(?:都|全|全都|全部)\s*(?:给我)?\s*(?:保留|留着|留下|要|不动|别动|不要动)")
# "只保留第三段以外的(片段)": a keep said before the clip, and "outside it" after - the clip is what goes
_KEEP_BEFORE_ZH = r"(?:只|就|仅)?\s*(?:保留|留下|留着|要|留)\s*(?:给我)?\s*$"
_OUTSIDE_ZH = (r"^\s*(?:这|那)?\s*(?:段|个)?\s*(?:之外|以外)\s*(?:的)?\s*(?:其他|其余|别的)?\s*(?:的)?\s*"
               r"(?:片段|视频|几段|段|部分|内容)?\s*(?=[,，。.!！]|$)")
_KEEP_ALL_CLIPS = (r"\bkeep\s+(?:everything|all(?:\s+of\s+(?:it|them))?|the rest|"
                   r"(?:all\s+)?(?:the\s+)?(?:other\s+)?(?:clips|videos|shots)|them all)\s*,?\s*$")


def _all_kept_but(c: Clause, refs: list[tuple[int, int]]) -> list[Hit]:
    n = c.ctx.segment_count
    if n < 2 or not refs:
        return []
    pos = refs[0][0]
    but = re.search(_BUT_BEFORE, c.text[:pos])
    gone = _listed(c.text, refs)
    end = gone[-1][0]
    # past the last clip named: its own word ("c", "第 3 段", "c.mp4")
    word = re.match(r"第\s*\d+\s*(?:段|个(?:片段|视频)?)|[a-z0-9_.-]+(?:\s+(?:clip|video))?", c.text[end:])
    after = c.text[end + (word.end() if word else 0):]
    keep_words = keep_all = kept_first = None
    if re.search(r"[\u4e00-\u9fff]", c.text):
        said = but is not None or re.match(r"\s*(?:之外|以外)", after) is not None
        keep_words = re.match(_ALL_KEPT, after) if said else None
        kept_first = re.search(_KEEP_BEFORE_ZH, c.text[:pos]) if keep_words is None else None
        if kept_first is not None:
            # "只保留第三段以外的", "只要c之外的片段": kept said first, then all outside the clip
            keep_words = re.match(_OUTSIDE_ZH, after)
        if keep_words is None:
            return []
    else:
        keep_all = re.search(_KEEP_ALL_CLIPS, c.text[:but.start()]) if but is not None else None
        if keep_all is None:
            return []
    indices = sorted({i for _, i in gone}, reverse=True)
    if len(indices) >= n or any(i < 1 or i > n for i in indices):
        return []
    if but is not None:
        note(c.text, but.start(), but.end())
    if kept_first is not None:
        note(c.text, kept_first.start(), kept_first.end())
    if keep_words is not None:
        start = end + (word.end() if word else 0)
        note(c.text, start, start + keep_words.end())
    elif keep_all is not None:
        note(c.text, keep_all.start(), keep_all.end())
    return [Hit(pos, [s.DeleteSegment(index=i) for i in indices])]


def others_kept(tail: str, c: Clause, deleted: set[int]) -> bool:
    """ "kill b, keep clip and c", "delete clip 2, keep 1 and 3": a "keep" that names only clips the deletion
    leaves - it confirms the others stay, no part to keep of its own (so the deletion is done, not asked)."""
    m = re.fullmatch(r"(?:(?:but|and|just|so)\s+)*(?:keep|leave)\s+(?:only\s+|just\s+|both\s+)?(?P<list>.+?)"
                     r"(?:\s+(?:as\s+is|in|alone|please|pls|though))*\s*[.!]*", tail.strip())
    if m is None or not deleted:
        return False
    main = next((t for t in c.ctx.draft.get("t", []) if t.get("role") == "main"), None)
    stems = [str(g.get("src")).lower().rsplit(".", 1)[0] for g in (main or {}).get("sg", [])]
    kept: set[int] = set()
    for item in re.split(r"\s*(?:,|&|\band\b|\bplus\b)\s*", m.group("list")):
        word = re.sub(r"^(?:the\s+)?(?:(?:clips?|videos?)\s+(?=\S))?|\.(?:mp4|mov|webm|mkv|avi)$|"
                      # ("the first one": its "one" is 1 by now)
                      r"\s+(?:clips?|videos?|ones?)$|(?<=[a-z]{3})\s+1$", "", item.strip())
        if word.isdigit() and 1 <= int(word) <= len(stems):
            kept.add(int(word))
        elif word in ORDINALS and 1 <= ORDINALS[word] <= len(stems):
            kept.add(ORDINALS[word])
        elif stems.count(word) == 1:
            kept.add(stems.index(word) + 1)
        else:
            return False
    return bool(kept) and not kept & deleted


def _on_timeline(c: Clause) -> set[str]:
    return {str(g.get("src")) for t in c.ctx.draft.get("t", []) if t.get("role") == "main"
            for g in t.get("sg", [])}


def _named_segments(c: Clause) -> list[int]:
    return [i for _, i in _named_on_timeline(c)]


# a clip called by what it is rather than by its name or place: "原来那个长的", "最长那段", "the long one",
# "the first one I uploaded", "my original clip"
_DESCRIBED_CLIP = (r"(?:原来|原先|最早|最开始|一开始)?(?:那|这)?\s*(?:1\s*)?(?:个|段|条)?\s*"
                   r"(?:最|比较|更)?长的?"
                   r"(?:那|这)?\s*(?:1\s*)?(?:个|段|条)?(?:视频|片段|素材)?(?=\s*(?:就|也|都)?\s*(?:不要|不用|删|去掉|拿掉|"
                   r"不需要))|"
                   r"(?:原来|原先|最早|最开始|一开始)(?:上传|传)?的?\s*(?:那|这)\s*(?:1\s*)?(?:个|段|条)(?:视频|片段|素材)?|"
                   r"\bthe\s+(?:long(?:er|est)?|original)\s+(?:one|1|clip|video)\b|"
                   r"\b(?:my|the)\s+original\s+(?:clip|video|footage)\b|"
                   r"\bthe\s+(?:first|1st)\s+(?:one|1|clip|video)\s+(?:i|we)\s+"
                   r"(?:uploaded|added|put in|sent)\b")


def _described_clip(c: Clause) -> tuple[int, int] | None:
    """(position, 1-based index) of a clip called by a description - the long one is the longest clip on
    the timeline (0 when two share that length: the words name none), the original / first one uploaded the
    first clip. Without this, a join said beside it ("原来那个长的不用了 b后面接c就行") gave its files as the
    clip that goes - another clip deleted."""
    main = next((t for t in c.ctx.draft.get("t", []) if t.get("role") == "main"), None)
    segs = (main or {}).get("sg", [])
    if len(segs) < 2:
        return None
    m = rx.search(_DESCRIBED_CLIP, c.text)
    if m is None:
        return None
    if re.search(r"长|\blong", m.group(0)):
        lengths = [int(g.get("d", 0)) for g in segs]
        top = max(lengths)
        return (m.start(), lengths.index(top) + 1 if lengths.count(top) == 1 else 0)
    return (m.start(), 1)


def _named_on_timeline(c: Clause) -> list[tuple[int, int]]:
    """(position, 1-based index) of the clips on the timeline named by their files. Only those names are
    explained by a reading of the timeline's clips: in "delete clip.mp4, i just want b.mp4 then c.mp4"
    b.mp4 and c.mp4, not on it, are the join's words, not the deletion's."""
    main = next((t for t in c.ctx.draft.get("t", []) if t.get("role") == "main"), None)
    srcs = [str(g.get("src")) for g in (main or {}).get("sg", [])]
    token = RECORDER.set(None)  # finding the names is not reading them
    try:
        named = c.ctx.mentioned(c.text, "video", "image")
    finally:
        RECORDER.reset(token)
    out: list[tuple[int, int]] = []
    for pos, ref in named:
        if ref.media_id in srcs and srcs.count(ref.media_id) == 1:
            name = ref.name.lower()
            note(c.text, pos, pos + len(name if c.text.startswith(name, pos) else name.rsplit(".", 1)[0]))
            out.append((pos, srcs.index(ref.media_id) + 1))
    return out


# a join said in any form of its verb ("b.mp4 then c.mp4 stitched together", "merged into one")
_JOIN = (r"\b(?:join(?:ed|ing)?|combin(?:e|ed|ing)|merg(?:e|ed|ing)|concatenat(?:e|ed|ing)|concat|"
         r"stitch(?:ed|ing)?|put together|glue[ds]?|gluing|splic(?:e|ed|ing)|chain(?:ed)?|"
         r"(?:string|strung) together|montage)\b|"
         r"拼接|合并|连起来|连接|拼起来|串起来|拼成|拼在一起|接起来|合成一个|"
         # "c和b接一块", "拼到一起": together, said without 在
         # ("b和c剪到一起", "剪到一块儿": cut together is joined; 一 may be read as a number before 起/块)
         r"(?:拼|接|连|串|剪)(?:到|在)?\s*(?:一|1)\s*(?:起|块儿?)|"
         # "只拼b.mp4和c.mp4", "就拼这两个": a bare 拼 before the files joined
         r"(?:只|就|先|把)?\s*拼(?=\s*(?:[\w-]+\.(?:mp4|mov|webm|mkv|avi)\b|这|那|[a-z]\s*(?:和|跟|、)|"
         r"(?:两|三|四|\d+)\s*个))")


# "waiting for people to join the zoom", "before everyone joined": people joining a call or a class,
# not clips joined together
_PEOPLE_JOIN = (r"\b(?:people|everyone|everybody|students?|guests?|ppl|others|folks|attendees|participants|"
                r"kids|they|someone|somebody|members|viewers|host|teacher|professor)\b(?:\s+[\w']+){0,3}?\s+"
                r"join(?:ed|ing|s)?\b|"
                r"\bjoin(?:ed|ing|s)?\s+(?:the\s+|our\s+|my\s+|a\s+|this\s+)?(?:zoom|meeting|call|class|"
                r"stream|session|lecture|webinar|team|teams|channel|chat|choir|club|group|room|livestream)\b")


# "delete all the clips (and add b.mp4)", "删掉所有片段": every clip on the timeline said to go - the video
# would be left empty (or rebuilt from what is named): asked, never done on this reading
_ALL_CLIPS_GO = (r"\b(?:delete|remove|get rid of|clear|drop|scrap|ditch|trash|cut|lose)\s+"
                 r"(?:all|every|each)\s+"
                 r"(?:of\s+)?(?:the\s+|my\s+|these\s+)?(?:clips?|videos?|segments?|footage|shots?)\b"
                 r"(?=\s*(?:$|[,;.!?，；。！]|and\b|then\b|&|so\b))|"
                 r"\b(?:clear|empty|wipe)\s+(?:out\s+)?(?:the\s+|my\s+)?timeline\b|"
                 r"(?:删掉|删除|去掉|清空|删了)\s*(?:所有|全部)(?:的)?\s*(?:片段|视频|素材|镜头)|"
                 r"(?:所有|全部)(?:的)?\s*(?:片段|视频|素材|镜头)\s*(?:都|全)?\s*(?:删掉|删除|去掉|删了|不要了?)|"
                 r"清空时间线")


def _all_clips_go(c: Clause) -> list[Hit]:
    m = rx.search(_ALL_CLIPS_GO, c.text)
    if m is None:
        return []
    named = c.ctx.mentioned(c.text, "video", "image")
    if named:
        rx.search(r"\b(?:add|append|insert|put|use|and|then)\b|加上|添加|加|放|换成|用|然后|再", c.text)
        names = "、".join(r.name for _, r in named) if c.zh else " and ".join(r.name for _, r in named)
        return [Hit(m.start(), question=(
            f"要把现在时间线上的片段全部换成 {names} 吗？确认的话说“只用{names}”——或者告诉我具体删哪几段。"
            if c.zh else
            f"Replace everything on the timeline with {names} (everything there now goes)? Say “just use "
            f"{names}” to do that — or tell me which clips to delete."))]
    return [Hit(m.start(), question=(
        "全部片段都删掉，视频就空了。你是想换成别的视频，还是只删其中几段（比如“删掉第2段”）？" if c.zh else
        "Deleting every clip would leave the video empty. Do you want to replace it with another video, or "
        "delete only some clips (e.g. “delete clip 2”)?"))]


def all_clips_question(c: Clause) -> str | None:
    """The question for a request that deletes every clip (None when it does not): asked before anything
    else said with it is done - "delete all the clips and add b.mp4" is never an add with the deletion
    dropped, nor one clip deleted."""
    if re.search(r"\b(?:don'?t|dont|do not|never|not|no need to)\b[^,;.]{0,12}$|(?:不要|别|不用)\s*$",
                 c.text[:m.start()] if (m := re.search(_ALL_CLIPS_GO, c.text)) else ""):
        return None
    if m is None or re.search(r"\bexcept\b|\bbut\b|\bother than\b|除了|之外|以外", c.text):
        return None
    hits = _all_clips_go(c)
    return hits[0].question if hits else None


# something to make, not clips to join: "put together something for the event", "put a little video
# together for her birthday" (never "put these clips together")
_MADE_FOR = (r"\bput\s+together\s+(?:something|anything|smth|sth|a\s+(?:little\s+|short\s+|quick\s+|nice\s+|"
             r"fun\s+|cute\s+)?(?:something|video|vid|reel|edit|promo|recap|tribute|teaser))\b|"
             r"\bput\s+(?:something|anything|smth|sth|a\s+(?:little\s+|short\s+|quick\s+|nice\s+|fun\s+|"
             r"cute\s+)?(?:something|video|vid|reel|edit|promo|recap|tribute|teaser))\s+together\b")


# "start over with only b.mp4", "重新来，只用b.mp4": a fresh start said with the files to start from
START_OVER = (r"\b(?:start(?:ing)?\s+(?:(?:all\s+)?over|again|afresh|fresh|from scratch)|from scratch|"
              r"begin\s+again|redo\s+(?:it|the (?:whole )?(?:thing|video|edit))\s+(?:from scratch\s+)?|"
              # "scrap everything and use only b.mp4": all of it thrown away, then the files to use
              r"(?:scrap|ditch|trash|bin|toss|forget|nuke)\s+(?:it all|everything|all of it|all that|"
              r"the whole (?:thing|edit))|throw\s+(?:it all|everything)\s+(?:out|away))\b|"
              r"重新来|从头来|重来|重新开始|从头开始|推倒重来")
_START_WITH = (r"(?:\b(?:with|using|use|from|on)\b|只用|只要|就用|用|只留|只保留)\s*(?:just\s+|only\s+)?"
               r"(?:the\s+)?(?:clip\s+|video\s+|file\s+)?(?=[\w-]+\.(?:mp4|mov|webm|mkv|avi|jpe?g|png)\b)")


def _start_over_with(c: Clause) -> list[Hit]:
    """ "start over with only b.mp4", "从头来，只要b.mp4": the main track made again from the files named,
    whole (concat - the catalogue's way to rebuild it); what else was added earlier stays, and the reply
    says so."""
    over = re.search(START_OVER, c.ctx.raw.lower())
    with_ = rx.search(_START_WITH, c.text)
    named = [(at, r) for at, r in c.ctx.mentioned(c.text, "video", "image") if with_ and at >= with_.start()]
    if over is None or with_ is None or not named:
        return []
    rx.search(START_OVER, c.text)
    rx.search(r"\b(?:only|just)\b|只", c.text)
    # "…, ditch the first clip", "drop my original clip", "其他的不要了": what starting over from these
    # leaves out anyway - said, not a deletion after the new start
    rx.search(r"\b(?:drop|ditch|lose|remove|delete|scrap|cut|get rid of|skip|forget|bin|toss)\s+"
              r"(?:(?:my|the|that|all)\s+)*(?:first|original|old|other|rest|others|current)\b(?:\s+(?:clips?|videos?|ones?|footage|"
              r"recording|stuff))?|(?:别的|其他的?|其余的?|原来的|之前的)\S{0,4}?(?:都|全)?(?:不要|删掉|去掉|不用)(?:了)?|"
              r"(?:clip|[\w-]+)\.mp4\s*(?:不要了|删掉|去掉)", c.text)
    ids = list(dict.fromkeys(r.media_id for _, r in named))
    files = list(dict.fromkeys(r.name for _, r in named))
    names = "、".join(files) if c.zh else " and ".join(files)
    return [Hit(named[0][0], [s.Concat(media_ids=ids)], note=(
        f"视频主轨从{names}重新开始（整段）；之前加的音乐、文字等还在——"
        "要全部回到最初的版本就说“回到最初”。" if c.zh
        else f"I started the video again from {names} (whole); music, text and other things added earlier "
             "are still there — to go back to the very first version instead, say “start over”."))]


# the word for an order, with the list said after it: "put them in order b, c, clip", "the order is: c, b"
_ORDER_WORD = (r"\b(?:order|sequence)\b\s*(?:is|should be|will be|like|like this|as follows)?\s*[:：]?|"
               r"顺序(?:是|为)?\s*[:：]?")


def _relisted(c: Clause, named: list[tuple[int, MediaRef]]) -> list[tuple[int, MediaRef]]:
    """ "three phones (clip, b, c) … can you put them in order b, c, clip?": the clips named once to say
    what they are and again after the word for an order - that later list is the order asked, so each
    is placed where it is said after it (the same clips, none more); otherwise `named` as it is."""
    words = list(re.finditer(_ORDER_WORD, c.text))
    if len(named) < 2 or not words:
        return named
    at = words[-1].end()
    if not any(p < words[-1].start() for p, _ in named):
        return named
    later: list[tuple[int, MediaRef]] = []
    for _, item in named:
        stem = re.escape(item.name.lower().rsplit(".", 1)[0])
        hit = re.search(rf"(?<![a-z0-9_.]){stem}(?:\.[a-z0-9]{{2,4}})?(?![a-z0-9_])", c.text[at:])
        if hit is None:
            return named
        later.append((at + hit.start(), item))
    return sorted(later, key=lambda p: p[0])


# a file named as itself, not as the place another goes ("c.mp4放b.mp4前面": c goes before b - "b.mp4前面"
# there is no b put first)
_NOT_PLACE_OF = r"(?<![\w.])(?<!放)(?<!放\s)(?<!到)(?<!到\s)(?<!在)(?<!在\s)"


def concat_rule(c: Clause) -> list[Hit]:
    text = c.text
    if (cleared := _all_clips_go(c)):
        return cleared
    if (fresh := _start_over_with(c)):
        return fresh
    named = _relisted(c, c.ctx.mentioned(text, "video", "image"))
    m = rx.search(_JOIN, text)
    if m is not None and any(p.start() <= m.start() < p.end() for p in re.finditer(_PEOPLE_JOIN, text)):
        m = None
    if m is not None and m.group(0).lower() == "montage" and re.search(
            r"\b(?:the|my|this|our|that|his|her|their)\s+(?:[\w'-]+\s+){0,2}$", text[:m.start()]) and \
            not re.match(r"\s+(?:of|from|out of|with|using)\b", text[m.end():]) and not named:
        # "make the hike montage 4:5", "make my montage louder": the video itself, by what it is - the
        # clips on the timeline are not joined again
        m = None
    order_words = rx.search(r"\bthen\b|\bfollowed by\b|\bafter that\b|\bfirst\b|\border\b|\bbefore\b|"
                            r"\bafter\b|"
                            r"先|再|然后|接着|之前|之后|前面|后面", text)
    videos = c.ctx.of_kind("video", "image")
    # "保留3到8秒和30到36秒，拼在一起": the ranges kept, said in another clause, are what is joined
    ranges_said = len(re.findall(r"\d+(?:\.\d+)?\s*(?:秒|s|sec\w*)?\s*(?:到|至|-|–|~|to)\s*(?:第\s*)?\d+",
                                 c.ctx.raw.lower())) >= 2
    if m is not None and len(c.ctx.of_kind("video")) < 2 and not named and not ranges_said and \
            (made := rx.search(_MADE_FOR, text)):
        # "help me put together something for the adoption event saturday": something to make, with one clip
        # and no clips named - what it should be is asked, not a merge refused
        return [Hit(made.start(), question=(
            "要做成什么样的？我可以把这段视频剪到合适长度、加标题和文字（比如活动时间地点）、音乐和字幕，"
            "或者改成竖屏——告诉我要放什么；要用更多片段的话请先上传。" if c.zh else
            "What should it be? I can cut this clip to a length, add a title and text (e.g. the event's date "
            "and place), music and captions, or make it 9:16 — tell me what to put in, and upload more clips "
            "if it should use them."))]
    if m is not None and len(videos) < 2 and not named and not ranges_said and \
            not rx.search(r"\bslide ?show\b|幻灯", text):
        said = rx.search(r"\b(?:two|three|four|five|\d+|these|all|both|my) (?:clips|videos|files|parts)\b|这"
                         r"几段|"
                         r"几个视频|\d+\s*段|三段|两段", text)
        only = "只有一段视频" if c.zh else "There is only one clip uploaded"
        return [Hit(m.start(), refusal=(f"{only}，没有可以合并的——请先上传其他视频，再说“合并”。" if c.zh else
                                        f"{only}{' (you mentioned several)' if said else ''} — nothing to me"
                                        f"rge "
                                        "yet. Upload the other clips and say “merge them”."))]
    if m is None and order_words and re.search(r"\b(?:before|after)\s+(?:the\s+)?[\w.-]+(?:\s+clip)?\s+"
                                               r"(?:is|are|was|were|there'?s)\b", text) and not re.search(
            r"\b(?:put|place|move|arrange|order|reorder|play|should|make|want|need|go|come)\b", text):
        return []  # "before clip is b and after clip is c": how they are now, said - no order asked
    if m is None and len(named) >= 2 and order_words:  # "put b.mp4 before clip.mp4": arranging them
        rx.search(r"\b(?:put|place|move|arrange|have|play)\b|放|把", text)
    if m or (len(named) >= 2 and order_words):
        if m and rx.search(r"\bslide ?show\b|幻灯", text):
            return []
        parts_named = re.search(r"\b(?:segments|parts|ranges|bits|sections|pieces)\b|这(?:两|几)段",
                                c.ctx.raw.lower())
        # ("只留0:05-0:12和1:10-1:20 拼一起": two ranges said kept are the parts)
        kept = ranges_said and re.search(r"\b(?:keep|keeping|pick|only|extract|save)\b|"
                                         r"只留|只要|保留|留下|留|截取|截出", c.ctx.raw.lower())
        if m and not named and (parts_named or kept) and not rx.search(r"\b(?:clips|videos|files)\b", text):
            return []  # "pick 0-10 s and 20-31 s and join them": the parts kept are joined, not the uploads
        if not named and rx.search(r"\bin (?:that|this|the given) order\b|这个顺序|按顺序", text):
            return []  # "stitch clip, c and b together in that order": bare names in order, the order rule's
        ids = [r.media_id for _, r in named] or [r.media_id for r in c.ctx.of_kind("video")]
        if m and len(named) >= 2:
            # "只拼b.mp4和c.mp4 别的不要", "join only b.mp4 and c.mp4, nothing else": what joining only the
            # files named does anyway
            rx.search(r"(?:别的|其他的?|其余的?|剩下的)\s*(?:都|就|全)?\s*(?:不要|不用|删掉|去掉|拿掉)(?:了)?|"
                      r"\bnothing else\b|\b(?:drop|lose|skip|ditch) (?:the rest|the others|"
                      r"everything else)\b|"
                      r"\bonly\b|只要|只把|只用|只拿", text)
        # "scrap clip.mp4, i just want b.mp4 then c.mp4 stitched together": a file said to go is not joined
        # ("merge c.mp4 and b.mp4 but leave out clip.mp4", "… and exclude clip.mp4")
        drop = (rf"(?:{_DROP}|\b(?:scrap|forget|not|without|don'?t (?:use|want|need|include)|take out|"
                rf"leave out|exclude|excluding|omit|minus|except(?: for)?|but not|not including))"
                r"\s+(?:the\s+)?(?:clip\s+|video\s+|file\s+)?$|(?:不要|删掉|删除|去掉|不用|剪掉)\s*(?:了\s*)?$")
        # ("clip.mp4不用了 c和b拼起来": said to go before the join - those words are that file's, never
        # the next file's)
        gone_zh = (r"[\w.-]*\s*(?:那段|这段|那个|这个|那条|的)?\s*(?:就|也|都)?\s*"
                   r"(?:不要了|删掉|删了|去掉|不用了)")
        # ("clip.mp4删了 b.mp4放后面 c.mp4放前面": with no join word, a file said to go right after its name
        # is out of the order said too)
        owned = [(at, at + g.end()) for at, _ in named
                 if (m is None or at < m.start()) and (g := re.match(gone_zh, text[at:]))]
        dropped = {r.media_id: at for at, r in named
                   if (d := re.search(drop, text[max(0, at - 30):at])) and
                   not any(a <= max(0, at - 30) + d.start() < b for a, b in owned)}
        # ("b和c接一块，clip.mp4不要了": the file said to go after it is named)
        gone_after = (r"[\w.-]*\s*(?:那段|这段|那个|这个|那条|的)?\s*(?:就|也|都)?\s*"
                      r"(?:不要了?|删掉|删了|去掉|不用了?)|"
                      r"[\w.-]*\s+(?:can go|goes|has to go|is out)\b")
        dropped |= {r.media_id: at for at, r in named if r.media_id not in dropped and
                    (any(a == at for a, _ in owned) or
                     (m is not None and at > m.start() and re.match(gone_after, text[at:])))}
        # "join c.mp4 then b.mp4 and leave clip.mp4 out of it", "keep clip.mp4 out": left out, said around it
        out = r"[\w.-]*\s+out\b(?:\s+of\s+(?:it|this|that|them|the\s+\w+))?"
        dropped |= {r.media_id: at for at, r in named if r.media_id not in dropped and m is not None and
                    at > m.start() and re.search(r"\b(?:leave|keep)\s+(?:the\s+)?$", text[max(0, at - 20):at])
                    and re.match(out, text[at:])}
        if dropped and len([i for i in ids if i not in dropped]) >= 2:
            ids = [i for i in ids if i not in dropped]
            for at in dropped.values():
                rx.search(drop, text[:at])
                if m is not None and at > m.start():
                    rx.search(gone_after, text[at:])
                    rx.search(r"\b(?:leave|keep)\s+(?:the\s+)?(?=" + re.escape(text[at:at + 3]) + ")", text)
                    rx.search(r"(?<=\S)\s+out\b(?:\s+of\s+(?:it|this|that|them|the\s+\w+))?", text[at:])
                elif m is not None or any(a == at for a, _ in owned):
                    rx.search(gone_zh, text[at:])
        # ("clip.mp4不用了 把c接在b后面就行": the two files joined, the one said to go left out)
        two = [(at, r) for at, r in named if r.media_id in ids]
        later = re.escape(two[1][1].name.lower().rsplit(".", 1)[0]) if len(two) == 2 == len(ids) else "$^"
        if rx.search(rf"\bafter\s+(?:the\s+)?{later}|{later}\S*\s*(?:之后|后面)", text) and \
                not rx.search(r"\bthen\b|先|再", text):
            # "put a.mp4 after b.mp4": the later-named comes first
            ids = [two[1][1].media_id, two[0][1].media_id]
        for _, ref in named[1:]:
            stem = re.escape(ref.name.lower().rsplit(".", 1)[0])
            if rx.search(rf"(?<![\w.]){stem}(?:\.\w+)?\s+(?:goes\s+|comes\s+|is\s+)?first\b|"
                         rf"先放\s*{stem}|{_NOT_PLACE_OF}{stem}\S*\s*(?:放)?(?:在)?(?:最前面|前面|开头)",
                         text):
                # "join clip.mp4 and c.mp4 together, c first": the one said to go first leads
                ids = [ref.media_id] + [i for i in ids if i != ref.media_id]
                break
        for _, ref in named:
            stem = re.escape(ref.name.lower().rsplit(".", 1)[0])
            # "c.mp4放前面b.mp4放后面拼一起", "b.mp4 goes last": the one said to go last ends it ("b后面" with
            # no verb is a place after b, not b put last)
            if ref.media_id in ids and rx.search(
                    rf"(?<![\w.]){stem}(?:\.\w+)?\s+(?:goes\s+|comes\s+|is\s+)?last\b|"
                    rf"{_NOT_PLACE_OF}{stem}\S*\s*(?:(?:放|排|摆|接)\s*(?:在|到)?\s*(?:最后面?|后面|后边|末尾|结尾)|"
                    rf"(?:在)?\s*(?:最后面?|末尾|结尾))", text):
                ids = [i for i in ids if i != ref.media_id] + [ref.media_id]
                break
        if len(ids) < 2 and not (m and named):
            parts = rx.search(r"\b(?:them|segments?|parts?|ranges?)\b|这两段|这几段", text)
            if m and not rx.search(T, text) and not parts and not ranges_said:
                zh = "只有一段视频，没有可以合并的——请先上传其他视频。"
                en = ("There is only one video clip uploaded — nothing to merge yet. Upload the other clips "
                      "and say “merge them”.")
                return [Hit(m.start(), refusal=zh if c.zh else en)]
            return []  # "pick 0-10 s and 20-31 s and join them": the parts kept are joined, no clip added
        srcs = [str(g.get("src")) for t in c.ctx.draft.get("t", []) if t.get("role") == "main"
                for g in t.get("sg", [])]
        if m and len(ids) == 1 and ids[0] not in srcs:
            # "join clip and b.mp4" where only b.mp4 is named by its file: the timeline stays, b.mp4 follows
            ids = list(dict.fromkeys(srcs)) + ids
        if m is None and len(ids) >= 2 and all(srcs.count(i) == 1 for i in ids) and set(srcs) - set(ids) and \
                re.search(r"\b(?:first|1st)\b[^;]*\b(?:second|2nd|then|next)\b|第\s*(?:一|1)[^。；;]*"
                          r"(?:第\s*(?:二|2)|然后|再)|先[^。；;]*(?:再|然后|后)", text):
            return []  # "c.mp4 first, b.mp4 second": places from the start, the order rule's (the rest after)
        # ("不要clip.mp4了 c.mp4放前面 b.mp4放最后": the clip said to go is not kept in a new order - the rest
        # are what is left, in the order said)
        if m is None and len(ids) >= 2 and all(srcs.count(i) == 1 for i in ids) and set(srcs) - set(ids) and \
                not (dropped and not set(dropped) & set(ids)):
            # "put c.mp4 before b.mp4" with other clips on the timeline: an order among them, nothing dropped
            slots = sorted(srcs.index(i) for i in ids)
            order = list(range(1, len(srcs) + 1))
            for slot, media in zip(slots, ids, strict=True):
                order[slot] = srcs.index(media) + 1
            if order == sorted(order):
                return []  # already in that order: "in this order: b, c, clip" is more than these two
            return [Hit(named[0][0], [s.Reorder(order=order)])]
        on = _on_timeline(c)
        if on and not on & set(ids) and re.search(r"\b(?:add|append|after (?:it|this|that|mine|my (?:own\s+)?"
                                                  r"(?:clip|video|vid|footage|recording|part)|the (?:current|"
                                                  r"existing|original|main|first) "
                                                  r"(?:clip|video|footage|one|1)\b|"
                                                  r"what (?:i|we) (?:have|had|got)))\b|"
                                                  r"(?:接在|放在|加在|拼在|拼到|连在)我(?:的|那)?"
                                                  r"(?:视频|片段|素材|这段)?(?:的)?后面|接在|接到|放在"
                                                  r"后面|"
                                                  r"加在|加到", text):
            return []  # "add b.mp4 and c.mp4 after it": appended, the timeline kept
        # "拼接clip、b、c三个", "join these 3 clips": the count said is the clips joined
        rx.search(rf"(?<![\d§.]){len(ids)}\s*(?:个|段|clips|videos|files)", text)
        if ids == srcs and len(srcs) >= 2:
            # "把这三段剪一起", "join the three clips" with those clips already on the timeline, in that
            # order: they are joined already - nothing is rebuilt from the whole files (an edit of a clip
            # done before would be lost), and the reply says so
            return [Hit(m.start() if m else named[0][0], note=(
                "这几段已经按这个顺序连在一起了，没有重新拼接。" if c.zh else
                "Those clips are already joined in that order on the timeline, so I left them as they are."))]
        return [Hit(m.start() if m else named[0][0], [s.Concat(media_ids=ids)])]
    return []


# "put photo1.jpg first", "b.mp4 as the first clip", "放第一个": the place a file goes, said as an ordinal -
# the start (a "first" that orders the edits - "add b.mp4 first, then …" - is no place)
_FIRST_PLACE = (r"(?:[\w-]+\.(?:mp4|mov|webm|mkv|avi|jpe?g|png|webp|gif)|\bit|\bthem|\bthat|\bthis|"
                r"\b(?:photos|images|pictures|pics|both|these|those))\s+"
                r"(?:(?:should\s+|must\s+|will\s+|needs?\s+to\s+|has\s+to\s+|to\s+)?"
                r"(?:go|goes|come|comes|be|is|play|plays|show|shows)\s+)?(?:(?:in|at|up|on)\s+)?(?:the\s+)?"
                r"(?:very\s+)?first\b(?!\s*(?:,\s*)?(?:and\s+)?then\b)|"
                r"\bas\s+(?:the\s+)?(?:very\s+)?first\s+(?:clip|shot|thing|image|photo|picture|slide|scene|frame|"
                r"one)\b|\b(?:open|begin|start|lead)s?\s+(?:the\s+(?:video|clip|slideshow)\s+|it\s+)?(?:off\s+)?"
                r"with\b|\b(?:in\s+)?front\b|"
                r"(?:放|排|摆|当|作为)(?:在|成)?\s*(?:第\s*(?:一|1)\s*(?:个|张|段|位)?|最开始|最开头)|"
                r"第\s*(?:一|1)\s*(?:个|张|段)\s*(?:放|是)|"
                # "先放photo1.jpg再放视频": the file first, then the video
                r"先\s*(?:放|加|用|上)\s*[\w-]+\.(?:mp4|mov|webm|mkv|jpe?g|png|webp|gif)\s*[,，]?\s*(?:再|然后)")


_CUT_IN_FILE = r"[\w-]+\.(?:mp4|mov|webm|mkv|avi|m4v)"
_NOT_HALVED = r"(?!\s+(?:half|halves|two|2|three|3|pieces|parts|bits|sections)\b)"


# a copy of a clip ("duplicate b", "b那段复制一份") and the place right after that clip itself ("接在它后面",
# "right after it"): where duplicate_segment puts the copy - not the end of the timeline when clips follow
_COPY_WORD = r"\b(?:duplicate|dupe|copy|clone)\b|复制|拷贝|再来一(?:遍|次|份)"
_RIGHT_AFTER_ITSELF = (r"\b(?:right\s+|directly\s+|straight\s+|just\s+)?after\s+(?:it|itself|the original|"
                       r"the first one|that one)\b(?!\s+(?:all|ends?)\b)|"
                       r"(?:接|放|跟|贴|排)(?:在|到|着)?\s*(?:它|它自己|自己|原来(?:那|这)?(?:段|个)?|原片段)\s*(?:的)?\s*"
                       r"(?:后面|后头|后边|之后)|紧(?:跟|接)着(?:它|原来的?)?")


def add_clips_rule(c: Clause) -> list[Hit]:
    text = c.text
    named = c.ctx.mentioned(text, "video", "image")
    m = rx.search(r"\b(?:add|append|insert|put|stick|include|tack|attach)\b|加上|添加|加到|接上|放到|"
                  # "cut b.mp4 in at the end", "splice in c.mp4", "slot b.mp4 in after it": a file cut in is
                  # inserted (never "cut b.mp4 in half")
                  # ("drop b.mp4 in at the start", "pop c.mp4 in after it": a file dropped in is added, not a
                  # deletion)
                  rf"\b(?:cut|splice|slot|edit|drop|pop|throw|stick)\s+(?={_CUT_IN_FILE}\s+in\b{_NOT_HALVED})|"
                  rf"\b(?:cut|splice|slot|edit|drop|pop|throw|stick)\s+in\b(?=\s+{_CUT_IN_FILE}\b)|"
                  # "b.mp4放后面", "c.mp4放最前面": a file put at an end of the timeline
                  r"(?<=[\w-]\.(?:mp4|mov|mkv|jpg|png))\s*放(?=\s*(?:在|到)?\s*(?:最)?(?:后面|后头|最后|结尾|末尾|"
                  r"前面|最前|开头))|"
                  # "join b.mp4 and c.mp4 after my clip": joined after what is there - appended, the clip kept
                  r"\b(?:join|stitch|glue|splice|slap|chain)\b(?=[^,;]*\bafter\s+(?:it|this|that|mine|my\b|"
                  r"the (?:current|existing|original|main|first)\b|what (?:i|we)\b))|"
                  r"(?:拼|连|接)(?:在|到)(?=\s*我(?:的|那)?(?:视频|片段|素材|这段)?(?:的)?后面)|"
                  # "把b.mp4拼在后面", "c.mp4连到最后": a file joined on at the end - appended
                  r"(?<=[\w-]\.(?:mp4|mov|mkv|jpg|png))\s*(?:拼|连)(?:在|到)(?=\s*(?:最)?(?:后面|后头|最后|结尾|末尾))|"
                  # "open the video with photo1.jpg", "i want b.mp4 to go first", "photo1.jpg放第一个"
                  r"\b(?:open|start|begin|lead)\s+(?:the\s+(?:video|clip|slideshow)\s+|it\s+)?(?:off\s+)?with\b|"
                  r"\bgo(?:es)?\s+(?=first\b)|(?:放|作为|当)(?=\s*(?:第|最前|最开))|(?<=片头|开头)\s*用(?=\s*[\w-]+\."
                  r"(?:mp4|mov|webm|mkv|jpe?g|png|webp|gif)\b)|"
                  # "片头加 photo1.jpg": a bare 加 / 放 / 插 right before the file named
                  r"放在|接在|接到|加在|插在|插到|"
                  # ("片尾放一张photo2.jpg": the count said before the file)
                  r"(?:加|放|插入|插|硬接|直接接|接)(?=\s*(?:上\s*)?(?:1\s*(?:张|个|段)\s*)?[\w-]+\.(?:mp4|mov|webm|mkv|jpe?g|png|webp|gif)\b)",
                  text)
    if m and re.match(r"cut|splice|slot|edit|drop|pop|throw|stick", m.group(0)):
        # ("cut b.mp4 in": the "in" is the verb's)
        rx.search(r"(?:(?<=\.mp4)|(?<=\.mov)|(?<=\.mkv)|(?<=\.avi)|(?<=\.m4v)|(?<=\.webm))\s+in\b", text)
    on = _on_timeline(c)
    if named and all(r.media_id in on for _, r in named) and rx.search(r"\bmove\b|挪|移|最前|最后面", text):
        return []  # moving a clip that is already there
    if named and m and all(r.media_id in on and r.kind == "video" for _, r in named) and \
            len({r.media_id for _, r in named}) >= max(3, c.ctx.segment_count) and \
            rx.search(_FILES_LISTED, text) and not rx.search(
                r"\b(?:again|another|copy|copies|twice|duplicate)\b|复制|重复|再加一(?:遍|次)", text):
        # "先放c.mp4，再放b.mp4，最后clip.mp4": every clip there, listed in order - the order reading
        return []
    if named and m and all(r.media_id in on and r.kind == "video" for _, r in named) and \
            len({r.media_id for _, r in named}) >= 2 and rx.search(r"\bfirst\b|先", text) and \
            rx.search(_FILES_LISTED, text) and not rx.search(
                r"\b(?:add|append|insert|again|another|copy|copies|twice|duplicate)\b|加上|添加|复制|重复|"
                r"再加一(?:遍|次)|再放一(?:遍|次)", text):
        # "先放c.mp4，再放b.mp4" with both already there: the order they play in (the rest after them)
        return []
    if named and m and all(r.media_id in on and r.kind == "video" for _, r in named) and \
            len(_named_on_timeline(c)) == len(named) and not rx.search(
                r"\b(?:add|append|insert|include|tack|attach|again|another|copy|a second|"
                r"second (?:time|copy))\b|"
                r"加上|添加|加到|接上|加在|插在|插到|再加|再放|复制", text):
        # "begin with b.mp4" where b.mp4 is already clip 2: moved (the move rule), not added twice ("put c
        # second and b first": a place in the order, never a second copy)
        return []
    if named and m and all(r.media_id in on and r.kind == "video" for _, r in named) and \
            re.search(_COPY_WORD, text) and re.search(_RIGHT_AFTER_ITSELF, text):
        return []  # "b那段复制一份 接在它后面": a copy right after the clip itself - duplicated in place
    if not named and m and rx.search(r"(\d+|几|这些|这几)\s*张(?:照片|图片|图)|"
                                     r"\b(?:the|my|these|both|all)\s*(?:\d+\s*)?(?:photos|images|pictures|pics)\b",
                                     text):
        # "两张照片放到最前面", "put the photos at the start": the images uploaded, in upload order
        images = [r for r in c.ctx.of_kind("image") if not rx.search(r"logo|watermark|icon", r.name.lower())]
        count = rx.search(r"(\d+)\s*(?:张|photos|images|pictures|pics)", text)
        if images and (count is None or int(count.group(1)) == len(images)):
            named = [(m.start(), r) for r in images]
    if named and not m:
        return _placed_without_verb(c, named, on)
    if not named or not m:
        return []
    if rx.search(r"\blogo\b|watermark|水印|台标|picture[\s-]in[\s-]picture|\bpip\b|画中画|corner|角落|"
                 r"overlay", text):
        return []
    if len(named) >= 2 and (placed := _each_placed(c, named, on)):
        return placed
    first_said = re.search(_FIRST_PLACE, text) and not re.search(r"\bfirst\s*,?\s*(?:and\s+)?then\b",
                                                                c.ctx.raw.lower())
    at = "start" if rx.search(r"\b(?:start|beginning|front|intro|before)\b|开头|前面|最前|片头" +
                              (f"|{_FIRST_PLACE}" if first_said else ""), text) else "end"
    if at == "end":  # where it goes is part of the reading: "after it", "at the end", "接在后面"
        rx.search(r"\bafter (?:it|this|that|the (?:video|clip|footage)|mine|my (?:own\s+)?(?:clip|video|vid|"
                  r"footage|recording|part)|the (?:current|existing|original|main|first) "
                  r"(?:clip|video|footage))\b|"
                  r"\bat the end\b|\bto the end\b|"
                  r"\bafterwards\b|后面|最后|结尾|片尾", text)
    ids = [r.media_id for _, r in named]
    image_ms = ms_after(text, r"for|each|lasting|持续|每张(?:停|显示|放)?|停(?:留)?|显示")
    # ("slideshow of photo1 and photo2, 2.5 seconds each, then add clip.mp4": each still's length is the
    # slideshow's when only a video is added here)
    each = rx.search(rf"{T}\s*(?:each|apiece|per (?:photo|image|picture|pic))\b", text) if any(
        r.kind == "image" for _, r in named) else None
    if image_ms is None and each is not None:  # "add both photos at the end, 5 sec each"
        image_ms = int(each.group(1))
    if image_ms is None and all(r.kind == "image" for _, r in named):
        image_ms = lone_length(text)  # "put photo1.jpg first as an opening card, 4 sec": the still's length
    if image_ms is None and all(r.kind == "image" for _, r in named):
        # "把photo2.jpg加在开头3秒": the time said right after where the still goes is how long it shows
        still = rx.search(rf"(?:加在|放在|插在|加到|放到|插到)\s*(?:开头|最前面|片头|结尾|最后|末尾|片尾)\s*"
                          rf"(?:的)?\s*{T}(?!\s*(?:到|至|-|~))", text)
        image_ms = int(still.group(1)) if still else None
    if image_ms is None and all(r.kind == "image" for _, r in named):
        # "开头插一张photo1.jpg 3秒", "put photo1.jpg at the start 5s": a time right after the still's file
        # (no range, nothing else timed) is how long it shows
        shown = rx.search(rf"\.(?:jpe?g|png|webp|gif)\s*(?:(?:at|to)\s+the\s+(?:very\s+)?(?:start|beginning|"
                          rf"front|end)\s*|(?:first|last|up front)\s*)?(?:[,，]\s*)?"
                          rf"(?:(?:放|停留|停|显示|展示|持续)\s*)?{T}"
                          r"(?!\s*(?:到|至|-|~|–|\bto\b))", text) if len(re.findall(T, text)) == 1 else None
        image_ms = int(shown.group(1)) if shown else None
    if image_ms is None and all(r.kind == "image" for _, r in named) and len(re.findall(T, text)) == 1:
        # "结尾加上photo2.jpg 门店照片 放4秒": the only time, said last with the verb of showing - how long
        # the still shows
        held = rx.search(rf"(?:放|停留|停|显示|展示|持续|留)\s*(?:个|上)?\s*{T}\s*"
                         r"(?:就行|就好|就可以|吧|左右)?\s*$", text)
        image_ms = int(held.group(1)) if held else None
    extra = {"image_ms": image_ms} if image_ms else {}
    return [Hit(m.start(), [s.AddClips.model_validate({"media_ids": ids, "at": at, **extra})])]


def _each_placed(c: Clause, named: list[tuple[int, MediaRef]], on: set[str]) -> list[Hit]:
    """ "put b.mp4 at the start and c.mp4 at the end", "b.mp4放到最前面 c.mp4接在最后": files not on the
    timeline, each with its own end to go to - [] unless every one has a place and they differ."""
    text = c.text
    named = sorted(named, key=lambda p: p[0])
    places: list[tuple[str, int, int]] = []
    shown: list[int | None] = []  # "photo1.jpg at the start for 2 sec": how long each still shows
    for k, (pos, ref) in enumerate(named):
        if ref.media_id in on:
            return []
        nxt = named[k + 1][0] if k + 1 < len(named) else len(text)
        where = re.search(r"\b(start|beginning|front|intro)\b|(开头|最前|片头|前面)|"
                          r"\b(end|back|outro)\b|(最后|结尾|片尾|后面)", text[pos:nxt])
        if where is None:
            return []
        at = "start" if (where.group(1) or where.group(2)) else "end"
        places.append((at, pos + where.start(), pos + where.end()))
        still = re.search(rf"(?:for|lasting|持续|停(?:留)?|显示)\s*{T}", text[pos:nxt]) \
            if ref.kind == "image" else None
        if still:
            note(text, pos + still.start(), pos + still.end())
        shown.append(int(still.group(1)) if still else None)
    if len({p[0] for p in places}) < 2:
        return []  # all to the same end: one addition, in the order named
    for _, a, b in places:
        note(text, a, b)
    ops: list[OpBase] = [s.AddClips.model_validate({"media_ids": [ref.media_id], "at": at,
                                                    **({"image_ms": ms} if ms else {})})
                         for (_, ref), (at, _, _), ms in zip(named, places, shown, strict=True)]
    return [Hit(named[0][0], ops)]


def _placed_without_verb(c: Clause, named: list[tuple[int, MediaRef]], on: set[str]) -> list[Hit]:
    """ "b.mp4 at the start, c.mp4 at the end": files not on the timeline, each with the end it goes to."""
    ops: list[OpBase] = []
    for _, ref in named:
        if ref.media_id in on:
            return []
        name = re.escape(ref.name.lower())
        where = rx.search(rf"{name}\s*(?:at|to|in)\s+the\s+(?:very\s+)?(start|beginning|front|end)\b|"
                          # "photo1.jpg first please, then the video"
                          rf"{name}\s+(?:(?:should|must|will|needs?\s+to|has\s+to|to)\s+)?"
                          rf"(?:(?:go|goes|come|comes|be|is)\s+)?(?:the\s+)?(?:very\s+)?"
                          rf"(first|last)\b(?!\s*,?\s*(?:and\s+)?then\b)|"
                          # "first photo1.jpg, then the video": the file before the rest
                          rf"\b(first)\s+{name}\s*,?\s*(?:and\s+)?then\s+(?:the\s+|my\s+)?"
                          rf"(?:video|clip|footage|rest)\b|^\s*(first)\s+{name}\s*[,.]?\s*$|"
                          rf"{name}\s*(?:要|得|应该)?\s*(?:放|接)?(?:在|到)?(开头|最前面?|结尾|最后面?)",
                          c.text)
        if where is None:
            return []
        word = next(g for g in where.groups() if g)
        start = word in ("start", "beginning", "front", "first") or word.startswith(("开头", "最前"))
        at = "start" if start else "end"
        ops.append(s.AddClips.model_validate({"media_ids": [ref.media_id], "at": at}))
    return [Hit(named[0][0], ops)] if ops else []


def slideshow_rule(c: Clause) -> list[Hit]:
    m = rx.search(r"\bslide ?show\b|\bslides\b|幻灯片|相册|photo montage|image montage|"
                  # "做个图片轮播", "照片轮流播放": the stills shown one after another
                  r"(?:照片|图片|相片)?\s*(?:轮播|轮流(?:播放|展示|显示))|"
                  r"(?:照片|图片)(?:视频|影集)|"
                  # "把photo1.jpg和photo2.jpg做成一个小视频", "turn photo1.jpg and photo2.jpg into a video":
                  # stills made into a video are a slideshow
                  r"(?:照片|图片|相片|[\w-]+\.(?:jpe?g|png|webp))[^，,。；;]{0,24}?(?:做成|合成|弄成|剪成|变成|生成|"
                  r"拼成|做)\s*(?:一|1)?\s*(?:个|段|条)?\s*"
                  r"(?:小)?(?:视频|短片|影片)|"
                  r"\b(?:make|turn|put|combine|stitch|compile|join)\s+(?:(?:my|the|these|those|both|all|two|three|"
                  r"\w+\.(?:jpe?g|png|webp)|and|,)\s*){1,8}(?:photos?|pictures?|images?|pics|stills)?\s*"
                  r"(?:together\s+)?into\s+(?:a\s+|one\s+)?(?:short\s+|little\s+|quick\s+)?"
                  r"(?:video|clip|movie)\b", c.text)
    if not m:
        return []
    if m.group(0).strip() and not re.search(r"\bslide|幻灯片|相册|montage|轮播|轮流|照片|图片|相片|photo|"
                                            r"picture|"
                                            r"image|pics?\b|stills?\b|\.(?:jpe?g|png|webp)\b", c.text):
        return []  # ("make b and c into one video", "each 4 seconds" of clips: no stills named)
    # "i pause a LOT between slides", "they cover my slides": slides the video shows (a talk's deck), not
    # stills to make one from - bare "slides" is a slideshow only with stills named or said made into slides
    if m.group(0).lower() == "slides" and not re.search(
            r"\b(?:photos?|pictures?|images?|pics|stills)\b|[\w-]+\.(?:jpe?g|png|webp)\b|"
            r"\b(?:into|as)\s+(?:\w+\s+)?slides\b|\b(?:make|create|build|do)\s+(?:\w+\s+){0,2}slides\b",
            c.text, re.I):
        return []
    # "make it black & white, it's for the memorial slideshow", "这段是放在追悼会幻灯片里用的": where the
    # video goes, said as the reason - not a slideshow to make ("turn the photos into a slideshow" is one)
    before = re.split(r"[,;，；。.!?]", c.text[:m.start()])[-1]
    goes_in = re.search(r"\b(?:for|in|part of|goes in|going in|going into|used in|play(?:ed|ing)? in|"
                        r"show(?:n|ing)? in)\s+(?:the|my|a|an|our|her|his|their|[\w-]+'s)?\s*"
                        r"(?:[\w-]+\s+){0,3}$", before)
    pictures = re.search(r"\b(?:use|using|with|each|per|photos?|images?|pictures?|pics)\b|"
                         r"[\w-]+\.(?:jpe?g|png|webp)", before)
    if (goes_in and not pictures) or re.search(r"(?:用在|放在|放进|放到|用于|是给)\S{0,10}$", before):
        return []
    # "black and white please, its a memorial slideshow", "这是给外婆的纪念相册": what the video is, said as a
    # description - a noun, not an order to build one from the photos (it would replace the timeline)
    if (re.search(r"\b(?:it'?s|it is|this is|this'?s|that'?s|thats|that is|it was|this was|the (?:video|clip|"
                 r"thing) is|(?:it|this)(?:'ll| will) be|(?:it|this)(?:'s| is|s) (?:going to|gonna) be)"
                 r"\s+(?:(?:just|only|basically|kind of|kinda|sort of|for)\s+)?"
                 r"(?:a|an|the|my|our|her|his|their)?\s*"
                 r"(?:[\w-]+\s+){0,3}$", before) or \
            re.search(r"(?:这|那|它)\s*(?:个|段)?\s*(?:视频|片子)?\s*(?:是|算是|就是)\s*(?:一个|一段|个|给|为)?"
                      r"[^，,。；;\s做弄剪变合生成拼]{0,10}$", before)) and not re.search(
            r"\b(?:photos?|pictures?|images?|pics|stills)\b|[\w-]+\.(?:jpe?g|png|webp)|照片|图片|相片|每张",
            c.text[m.end():]):
        # (the stills named after it - "its a slideshow, make the photos 3 seconds each" - is one to build)
        return []
    # "make it 2 minutes long, grandpa's party slideshow needs to be longer", "纪念相册太短了": the slideshow
    # is what the sentence is about (the video there, a subject with its verb) - not one to build from the
    # photos (that would replace the timeline); the stills named after it still make it one to build
    if not pictures and not re.search(r"\b(?:make|makes|making|create|build|turn|put|do|want|need|into)\b|"
                                      r"做|弄|变|合成|生成|拼|剪成", before) and re.match(
            r"\s*(?:needs?|has|had|have|should|must|is|isn'?t|was|wasn'?t|looks|feels|seems|ends|runs|"
            r"plays|starts|(?:is|was)\s+(?:too|only|way|so)|(?:still|now)\s+\w+s)\b|"
            r"\s*(?:需要|得|太|应该|还(?:是|不够|差)|不够|只有)", c.text[m.end():], re.I) and not re.search(
            r"\b(?:photos?|pictures?|images?|pics|stills)\b|[\w-]+\.(?:jpe?g|png|webp)|照片|图片|相片|每张",
            c.text[m.end():]):
        return []
    # "can u make the slideshow feel more emotional": the slideshow already there, given a feel - how it
    # should change is not said (nothing to build again over the timeline)
    if re.search(r"\b(?:the|this|that|my|our)\s+$", before) and not pictures and re.match(
            r"\s*(?:feel|look|seem|sound)?\s*(?:more|less|a bit|a little|so|really|way)\s+[a-z]+",
            c.text[m.end():]):
        return []
    images = [r for _, r in c.ctx.mentioned(c.text, "image")] or [
        r for r in c.ctx.of_kind("image") if not re.search(r"logo|watermark|icon", r.name.lower())]
    if not images:
        return [Hit(m.start(), refusal=("还没有上传图片，没法做轮播——请先上传几张照片。" if c.zh else
                                        "There are no images uploaded to make a slideshow from — upload some "
                                        "photos first."))]
    said_each = rx.search(rf"{T}\s*(?:each|apiece|per (?:photo|image|picture|pic|slide))\b", c.text)
    each = ms_after(c.text, r"for|each|every|lasting|per|持续|"
                            r"每张\s*(?:照片|图片|相片)?\s*(?:放|停|显示|展示|停留)?") or (
        int(said_each.group(1)) if said_each else None) or next(iter(times(c.text)), None)
    extra = {"image_ms": each} if each else {}
    ids = [r.media_id for r in images]
    # "make a slideshow of the photos", "照片做成幻灯片": the stills it is made of are this reading's words
    rx.search(r"\b(?:photos|pictures|images|pics|stills)\b|照片|图片|相片", c.text)
    return [Hit(m.start(), [s.Slideshow.model_validate({"media_ids": ids, **extra})])]


def freeze_rule(c: Clause) -> list[Hit]:
    m = rx.search(r"\bfreeze\b|freeze[\s-]?frame|\bhold (?:the|that) frame|定格|静止画面|画面静止|"
                  # "a 2 sec hold on the frame at 0:03", "hold on that frame at 0:10 for 2s": held on a frame
                  # is a freeze (the frame named: "hold on, …" alone is a pause in speech)
                  r"\bhold(?:\s+still)?\s+on\s+(?:the|that|this)\s+(?:(?:same|current|exact)\s+)?frame\b|"
                  rf"{T}\s*(?:-\s*)?(?:long\s+)?hold\b(?=\s+(?:on|at)\b)|"
                  # "show the vase from 0:14 frozen for 3 seconds": the picture said frozen for a while
                  # (not a complaint: "it looks frozen for 3 seconds at 0:10")
                  r"(?<!\bis )(?<!\bwas )(?<!looks )(?<!seems )(?<!\bgets )(?<!\bgot )(?<!\bkeeps )"
                  r"(?<!stays )"
                  r"(?<!\bgoes )(?<!\bjust )(?<!\bare )(?<!\bbe )"
                  rf"\b(?:frozen|freezes|freezing)\s+(?=for\s*(?:about\s+|around\s+)?{T})|"
                  # "在第20秒卡住画面停2秒", "第5秒画面停住3秒": the picture held at a point, for a while
                  rf"(?:卡住|停住|定住|冻住)\s*(?:画面)?(?=\s*(?:停|持续|保持)?\s*{T})|画面\s*(?:卡住|停住|定住|冻住)|"
                  # "stop the video at 0:07 for 3 s then keep playing": a pause that plays on is a freeze
                  rf"\b(?:stop|pause|hold)\s+(?:the\s+|on\s+the\s+)?(?:video|picture|image|frame|it|playback)?"
                  rf"\s*(?:at|on)\s*(?={T}\s*for\s*{T})|"
                  # "stop on the floor plan at 0:12 for 2 seconds so people can read it", "pause on the
                  # menu for 3s at 0:05": what is on screen then, held there for a while
                  rf"\b(?:stop|pause|hold|linger|dwell)\s+on\s+(?:the|that|this|my|our|his|her)\s+"
                  rf"(?:[\w'-]+\s+){{1,3}}?"
                  rf"(?=(?:at|on)\s*(?:the\s+)?{T}(?:\s*mark)?\s*for\s*(?:about\s+|around\s+)?{T}|"
                  rf"for\s*(?:about\s+|around\s+)?{T}\s*(?:at|on|from)\s*(?:the\s+)?{T})|"
                  # "hold the shot at 0:12 for 3 sec", "hold on the image for 2s at 0:05": the picture held
                  # at a point, for a while
                  # ("pause on the picture for 3s at 0:05", "hold still on the image … at the 5 second
                  # mark")
                  rf"\b(?:hold|pause)\s+(?:still\s+)?(?:on\s+)?(?:the|that|this)\s+"
                  rf"(?:shot|picture|image|moment|scene|still|frame)\s*"
                  rf"(?=(?:at|on)\s*(?:the\s+)?{T}(?:\s*mark)?\s*for\s*(?:about\s+|around\s+)?{T}|"
                  rf"for\s*(?:about\s+|around\s+)?{T}\s*(?:at|on|from)\s*(?:the\s+)?{T})", c.text)
    if not m:
        return []
    rx.search(r"\b(?:then|and)\s+(?:keep|continue|carry on|resume)\s*(?:playing|going|on)?\b|"
              r"\bplay on\b|然后继续(?:播放?)?|再继续(?:播放?)?", c.text)
    # "定格0:03 停一秒": the time after 停 / for is how long; after 定格 only when nothing else says it
    dm = (rx.search(rf"(?:\bfor|\blasting|持续|停留|(?:停|卡|定|冻)住|停|保持)\s*(?:about\s+|around\s+)?{T}",
                    c.text)
          or rx.search(rf"(?:定格|静止)\s*{T}", c.text)
          # "a freeze at 0:09, 1 sec": a second time said right after the point is how long
          or rx.search(rf"§\d+§\s*[,，]\s*{T}(?=\s*(?:long\b)?\s*$)", c.text)
          # "freeze 90 frames at 0:04", "hold the frame 2 sec at 0:12": a length said right after the verb,
          # before the point where it freezes, is how long
          or rx.search(rf"\b(?:freeze|hold)\s+(?:(?:it|the|this|that)\s+)?"
                       rf"(?:(?:frame|picture|shot|video)\s+)?"
                       rf"(?:for\s+)?{T}(?=\s*(?:at|on|from)\s*{T})", c.text)
          # "a 3 second freeze on the goal at 0:41", "a 2s freeze-frame": the length said as its adjective
          # ("在第10秒定格": a time after 在 / at is where, not how long)
          or rx.search(rf"(?<!在 )(?<!在)(?<!\bat )(?<!\bon ){T}\s*(?:long\s+)?(?:-\s*)?(?:的\s*)?"
                       rf"(?=freeze|hold\b|定格)", c.text))
    dur = int(dm.group(1)) if dm else None
    # the time where it freezes: any time but the one that says how long ("在3秒那里定格3秒")
    at = next((int(t.group(1)) for t in rx.finditer(T, c.text) if not (dm and t.start() == dm.start(1) - 1)),
              None)
    last = rx.search(r"\b(?:last|final|end(?:ing)?) frame\b|最后一帧|结尾", c.text)
    if at is None and last and c.ctx.total_ms:
        at = c.ctx.total_ms - 1  # "freeze the last frame"
    elif at is None and rx.search(r"\b(?:first|opening) frame\b|第一帧|开头", c.text):
        at = 0
    if at is None:
        return [Hit(m.start(), question="在哪个时间点定格？比如“在0:05定格2秒”。" if c.zh else
                    "At what time should I freeze the frame?")]
    extra = {"duration_ms": dur} if dur else {}
    op = s.FreezeFrame.model_validate({"at_ms": at, **extra})
    return [Hit(m.start(), [op])]


_LOOP = (r"\bloop(?:ed|ing|s)?\b|\bon repeat\b|\brepeat(?:ed|ing)?\b|\bplay(?:s|ing)?\s+(?:it\s+|this\s+|the "
         r"(?:whole )?(?:video|clip|thing)\s+)?(?:twice|\d+\s*(?:times|x)\b)|"
         # "play the part at 0:10 three times": a part said by its time, then how many plays (asked above)
         r"\bplay(?:s|ing)?\s+(?:(?:the|that|this|my)\s+)?(?:[a-z]+\s+)?(?:at|from|between)\s+§\d+§"
         r"(?:\s*(?:-|–|to|and|until)\s*§\d+§)?\s+(?=(?:twice|\d+\s*times)\b)|"
         r"\bplay(?:s|ing)?\s+§\d+§\s*(?:-|–|to|and|until)\s*§\d+§\s+(?=(?:twice|\d+\s*times)\b)|"
         r"\b(?:back to back|in a row)\b(?=.*\d|.*twice)|"
         r"(?<=\d times )(?:back to back|in a row)\b|"
         r"循环播放|循环|重复播放|重复|连播|播放\s*\d+\s*[遍次]|放\s*\d+\s*遍|"
         # "让它连着播3遍", "一口气放两遍", "接着播3次": played again and again, N times in a row
         r"(?:连着|连续|接着|一口气|反复)\s*(?:播|放|播放)\s*(?=\d+\s*[遍次回]|[两二三四五六七八九十]+\s*[遍次回])")
_NOT_THE_VIDEO = (r"\b(?:music|song|audio|soundtrack|bgm|track|beat|sound)\b|音乐|配乐|bgm|歌|伴奏|音频|"
                  r"\bloop(?:ed|ing)? (?:through|over) (?:the )?(?:clips|files|photos)")


# "the reveal", "my jump": a part of the video named by what it shows (not the video itself)
_PART_NAMED = r"\b(?:the|my|our|that|this)\s+(?!(?:video|movie|film|whole|entire|thing|vid)\b)[a-z]+"


def loop_rule(c: Clause) -> list[Hit]:
    """ "loop the video 3 times", "循环播放3遍": the whole video again, N plays in a row. One clip named
    ("repeat the first clip") is the segments rule's; the music's looping is the music rule's."""
    text = c.text
    m = rx.search(_LOOP, text)
    if not m or re.search(_NOT_THE_VIDEO, text):
        return []
    if re.match(r"连着|连续|接着|一口气|反复", m.group(0)) and c.ctx.segment_count > 1 and not re.search(
            r"整个|整段|全部|视频|片子", c.ctx.raw or text):
        # "c连续播两次", "第一段再来一遍，连着放两次": one clip of several played again - the clip's
        return []
    if re.search(r"\b(?:duplicate|copy|repeat)\b.*\bso (?:that )?(?:it|they)\b", text[:m.start()]):
        return []  # "duplicate b so it plays twice in a row": why the copy, not the whole video looped
    if re.match(r"play", m.group(0)) and re.search(r"\b(?:duplicate|copy|double)\b", c.ctx.raw, re.I) and \
            re.search(rf"\b(?:i|we)\s+(?:want|need|would like|'?d like)\s+{_PART_NAMED}\s+to\s+play|"
                      rf"\bso (?:that )?{_PART_NAMED}\s+plays\b|"
                      rf"{_PART_NAMED}\s+(?:should|will|can|gets? to)\s+play\b", text[:m.end()]):
        # "duplicate the first clip, i want the reveal to play twice": the part copied plays twice - why
        # the copy (said in a clause of its own), not the whole video looped
        return []
    # ("循环三遍": a count said in Chinese numerals before 遍, which the number reader leaves as it is -
    # "再来一遍" is "once more")
    counts = list(re.finditer(r"(\d+)\s*(?:times|x\b|遍|次|回)|\b(twice|thrice)\b|(两|二)\s*[遍次回]|"
                              r"([三四五六七八九十]+)\s*[遍回]", text))
    if re.search(r"\b(?:speed|faster|slower|slow|fast)\b|加速|倍速|快放|慢放", text):
        # "speed up 2x and loop it twice": the 2x is the speed's, not a count of plays
        counts = [k for k in counts if not re.fullmatch(r"\d+\s*x", k.group(0))]
    # the count said after the loop word is its own ("loop it twice"); else the one said before it
    n = next((k for k in counts if k.start() >= m.start()), counts[-1] if counts else None)
    if n is not None:
        note(text, n.start(), n.end())
    bare = text if n is None else text[:n.start()] + " " + text[n.end():]  # "the video 3 times" is no clip 3

    def every_clip(k: re.Match[str]) -> str:
        # "跑步的三段视频整个循环三遍", "这几段一起循环两遍": all the clips there are, counted - the whole
        # video, never one clip of it
        said = k.group(1)
        count = int(said) if said.isdigit() else \
            zh_value(said) if re.fullmatch(r"[一两二三四五六七八九十]+", said) else None
        return " " if count is None or count == c.ctx.segment_count else k.group(0)
    bare = re.sub(r"(?<!第)(\d+|[一两二三四五六七八九十]+|这几|几|这些|所有|全部)\s*段\s*"
                  r"(?:视频|素材|片段|片子)?", every_clip, bare)
    # "swap the first two clips and loop the whole thing twice": a clip named by an edit said before the
    # loop, joined by "and"/"then", is that edit's - only the loop's own words can name one clip of it
    own = bare[m.start():] if m.start() and re.search(r"\b(?:and|then)\s+$", text[:m.start()]) and (
        n is None or n.start() >= m.start()) else bare
    if c.ctx.segment_count > 1 and re.search(r"\b(?:first|second|third|last|\d+(?:st|nd|rd|th))\b|"
                                             r"\b(?:clip|segment|part|shot|scene)\s*\d|第|段", own):
        return []
    if n is not None:
        times = int(n.group(1)) if n.group(1) else zh_value(n.group(4)) if n.group(4) else \
            3 if n.group(2) == "thrice" else 2
        part = re.search(r"\b(?:at|from|between|around|starting(?:\s+at)?)\s+(?:the\s+)?§\d+§|"
                         r"§\d+§\s*(?:-|–|to|until|till|and)\s*§\d+§|(?:从|在)\s*§\d+§", bare)
        if part is not None and 2 <= times <= 20 and not re.search(
                r"\b(?:whole|entire|full)\b|整个|整段|全部", bare):
            # "play the part at 0:10 three times", "repeat 0:10-0:15 twice": a part of the video said by its
            # time, to play again - a loop is the whole video, so which stretch (and how long) is asked
            note(text, part.start(), part.end())
            span = [int(x) for x in re.findall(r"§(\d+)§", part.group(0))]
            if len(span) == 2 and span[0] < span[1]:
                a, b = clock(span[0]), clock(span[1])
                return [Hit(m.start(), question=(
                    f"要把 {a}–{b} 单独切成一段，再复制让它连着播放 {times} 遍吗？"
                    f"（循环会重复整个视频。）" if c.zh else
                    f"Should I make {a}–{b} a clip of its own and copy it so it plays {times} times back to "
                    f"back? (A loop would repeat the whole video.)"))]
            return [Hit(m.start(), question=(
                f"要重复播放 {times} 遍的是哪一段？告诉我起止时间（比如“0:10-0:15”），"
                f"我会把那段切出来再复制，让它连着播放。" if c.zh else
                f"Which stretch should play {times} times — from when to when (e.g. “0:10–0:15”)? I'll "
                f"cut that part out as a clip and copy it so it plays back to back; a loop would repeat the "
                f"whole video."))]
        if 2 <= times <= 20:
            return [Hit(m.start(), [s.Loop(times=times)])]
        if times == 1:
            return []  # "play it once": nothing to repeat
        if times > 20:
            # "loop it 60 times so it becomes a 1 hour video": more plays than a video can be repeated here -
            # refused plainly, with the most that can be done
            return [Hit(m.start(), refusal=(
                f"视频最多只能连着循环 20 遍（你要的是 {times} 遍）；可以说“循环20遍”。" if c.zh else
                f"I can loop the video at most 20 times in a row (asked for {times}) — say “loop it 20 "
                "times” for the longest version."))]
    if rx.search(r"\bforever\b|\bendless(?:ly)?\b|\binfinite(?:ly)?\b|\bseamless(?:ly)?\b|无限|无缝|一直",
                 text):
        return [Hit(m.start(), question=(
            "视频文件本身没法无限循环（那是播放器的设置）——我可以把它连着重复几遍，"
            "比如“循环3遍”，要几遍？" if c.zh else
            "A video file can't loop forever by itself (that is the player's setting) — I can repeat it "
            "a number of times in a row, e.g. “loop it 3 times”. How many?"))]
    return [Hit(m.start(), question=("循环几遍？比如“循环3遍”。" if c.zh else
                                     "How many times in a row should it play — e.g. “loop it 3 times”?"))]


_FIRST_THEN = (r"先\s*(?:放|用|是|播)?\s*[a-z0-9_-]+(?:\.(?:mp4|mov|webm|m4v|mkv|avi|jpe?g|png))?\s*[，,]?\s*"
               r"(?:再|然后|接着|后)\s*(?:放|用|是|播|接)?\s*[a-z0-9_-]+(?:\.(?:mp4|mov|webm|m4v|mkv|avi|jpe?g|png))?"
               r"(?![\w.-])")
# "swap the clips around", "shuffle the shots about": the clips moved about among themselves - a new order
_CLIPS_AROUND = (r"\b(?:swap|shuffle|switch|mix|move|jumble|chop and change)\s+"
                 r"(?:the\s+|my\s+|these\s+|those\s+)?"
                 r"(?:clips|scenes|shots|bits|parts|segments|videos|sections)\s+(?:around|about|round)\b|"
                 # "几段的顺序帮我调调", "先后帮我排一下": the order named, who does it, then the verb
                 r"(?:顺序|先后)\s*(?:帮我|给我|帮忙|你|再)*\s*(?:换|调|改|打乱|乱|排)")
_ORDER = (_CLIPS_AROUND + r"|\b(?:order|reorder|re-order|rearrange|sequence|arrange)\b|"
          # ("first c.mp4 then b.mp4": the dot of a file name ends no sentence)
          r"\bfirst\b(?:[^.;]|\.(?=[a-z0-9]))*\bthen\b|"
          # "c.mp4 first, b.mp4 second", "c.mp4放第一个，b.mp4第二": files given their places in turn
          r"[\w-]+\.(?:mp4|mov|webm|m4v|mkv|avi|jpe?g|png)\s*(?:(?:goes|comes|plays|should go|is|as)\s+)?"
          r"(?:first|1st|the first one|at the start)\b"
          r"(?=[^.;]*[\w-]+\.(?:mp4|mov|webm|m4v|mkv|avi|jpe?g|png)\s*"
          r"(?:(?:goes|comes|plays|should go|is|as)\s+)?(?:second|2nd|next|after it|after that)\b)|"
          r"[\w-]+\.(?:mp4|mov|webm|m4v|mkv|avi|jpe?g|png)\s*(?:放|排|在)?\s*(?:第一|第1|最前)(?:个|段|位)?"
          r"(?=[^。；;]*[\w-]+\.(?:mp4|mov|webm|m4v|mkv|avi|jpe?g|png)\s*(?:放|排|在)?\s*(?:第二|第2)(?:个|段|位)?)|"
          r"顺序|重新拼|重新排|重新合(?=\s*(?:成)?\s*(?:一|1)\s*(?:个|条|段))|"
          # "先放c.mp4，再放b.mp4", "先c再b": clips named in the order they play
          rf"{_FIRST_THEN}|"
          r"排列|排一下|依次")


# a file said to go, right after its name ("clip.mp4不用了", "b不要了", "c can go") or before it ("drop
# clip.mp4", "i dont need clip.mp4 anymore")
_GONE_AFTER = (r"\s*(?:那段|这段|那个|这个|那条)?\s*(?:就|也|都|我)?\s*"
               r"(?:不要了?|删掉|删了|去掉|不用了|拿掉|不需要了)|"
               r"\s+(?:can go|has to go|is out|anymore)\b")
_GONE_BEFORE = (r"(?:\b(?:delete|remove|drop|scrap|ditch|lose|cut|get rid of|"
                r"(?:do not|don'?t|dont|no longer) (?:need|want|use))|删掉|删除|去掉|不要)\s*(?:the\s+)?$")


_ORD_REF = (rf"\bthe\s+({'|'.join(k for k, v in ORDINALS.items() if v > 0)})\b(?:\s+(?:one|1|{SEG_WORD}))?|"
            rf"\b{SEG_WORD}\s*(\d+)\b|第\s*(\d+)\s*(?:段|个|节|条)")
_FRONT = r"\b(?:first|start|beginning|front|opens?|leads?)\b|最前|开头|放前面|第\s*1\s*个(?!段)"
_BACK = r"\b(?:last|end|ends|closes?|finish(?:es)?)\b|最后|末尾|结尾"


# "几段素材换个顺序吧", "change the order of the clips": a new order asked for, none said
_REORDER_BARE = (_CLIPS_AROUND + r"|\b(?:reorder|re-order|rearrange|re-arrange)\b|"
                 r"\b(?:change|switch|mix|shake|shuffle|swap|flip|redo|fix)\s+(?:up\s+)?(?:the\s+|their\s+|"
                 r"my\s+)?(?:clip\s+|scene\s+|shot\s+)?(?:order|sequence)\b|"
                 # "put them in a different order", "can the clips go in another order"
                 r"\bin\s+(?:a\s+)?(?:different|another|new|other|better|diff)\s+(?:order|sequence)\b|"
                 r"(?:换|调|改|打乱|调整|重新排|重排|变)\s*(?:个|一下|下)?\s*(?:的)?\s*\S{0,4}?顺序|顺序\s*(?:换|调|改|打乱|乱)")


def _order_unsaid(c: Clause, m: re.Match[str], named: list[tuple[int, str]]) -> list[Hit]:
    """A reorder asked for with no order said (no clip named by place or name): which order is asked."""
    if named or re.search(_ORD_REF, c.text) or not rx.search(_REORDER_BARE, c.text):
        return []
    n = c.ctx.segment_count
    if n < 2:
        return [Hit(m.start(), question=(
            "时间线上只有一段，没有可以调换顺序的。要先加哪些素材进来？比如“在后面加上b.mp4”。" if c.zh else
            "There is only one clip on the timeline, so there is no order to change — which clips should I "
            "add first? E.g. “add b.mp4 at the end”."))]
    return [Hit(m.start(), question=(
        f"按什么顺序排？时间线上有 {n} 段——比如“把第{n}段移到最前面”。" if c.zh else
        f"In what order? There are {n} clips on the timeline — e.g. “move clip {n} to the start”."))]


def _ordinal_order(c: Clause, m: re.Match[str]) -> list[Hit]:
    """ "rearrange so the 2nd clip plays first, then the 3rd, and the 1st goes last",
    "第2段放最前面，然后第3段，第1段放最后": clips by their place on the timeline, each said with where it
    goes (else in the order said); the clips not named keep their order between."""
    n = c.ctx.segment_count
    refs = [(k, int(ORDINALS.get(k.group(1) or "", 0) or k.group(2) or k.group(3)))
            for k in re.finditer(_ORD_REF, c.text)]
    idx = [i for _, i in refs]
    if n < 3 or len(refs) < 2 or len(set(idx)) != len(idx) or not all(1 <= i <= n for i in idx):
        return []
    front: list[int] = []
    middle: list[int] = []
    back: list[int] = []
    for j, (k, i) in enumerate(refs):
        said = c.text[k.end():refs[j + 1][0].start() if j + 1 < len(refs) else len(c.text)]
        if re.search(_BACK, said):
            back.append(i)
        elif re.search(_FRONT, said) and not middle and not back:
            front.append(i)
        else:
            middle.append(i)
    rest = [i for i in range(1, n + 1) if i not in idx]
    if len(rest) > 1:
        return []  # which places the clips not named take is not said
    order = front + middle + rest + back
    if order == list(range(1, n + 1)):
        return []
    for k, _ in refs:
        note(c.text, k.start(), k.end())
    list(rx.finditer(rf"{_FRONT}|{_BACK}|\bthen\b|\bplays?\b|\bgoes\b|\bcomes?\b|然后|再|放", c.text))
    return [Hit(m.start(), [s.Reorder(order=order)])]


def order_rule(c: Clause) -> list[Hit]:
    """ "swap the order: c first, then clip, then b", "按c、b、clip这个顺序重新拼": clips named by their file
    names (a bare stem counts here: "c", "clip") in the order they are to play."""
    text = c.text
    m = rx.search(_ORDER, text)
    if not m or ((re.search(r"\bswap|\bswitch|\bexchange|互换|交换|调换|对调", text) or
                  (re.search(_SWAP_NAMED, text) and _clips_named(c) == 2))
                 and not re.search(r"\bfirst\b|\bthen\b|先|然后", text)):
        return []  # "swap the order of b and c": the two trade places (the segments reading)
    if re.fullmatch(_FIRST_THEN, m.group(0)) and re.search(
            _FIRST_THEN + r"\s*[，,]?\s*(?:再|然后|接着|最后)\s*(?:放|用|是|播|接)?\s*[a-z0-9_-]+",
            c.ctx.raw.lower()):
        return []  # "先放c.mp4，再放b.mp4，最后clip.mp4": every clip listed - the joining reading
    named: list[tuple[int, str]] = []
    gone: list[str] = []  # "clip.mp4不用了 只要b.mp4和c.mp4 先放c再放b": a file said to go is in no order
    for ref in c.ctx.of_kind("video", "image"):
        name = ref.name.lower()
        stem = name.rsplit(".", 1)[0]
        hit = rx.search(rf"(?<![a-z0-9_.]){re.escape(stem)}(?:\.[a-z0-9]{{2,4}})?(?![a-z0-9_])", text)
        if hit is not None:
            named.append((hit.start(), ref.media_id))
            if (said := re.match(_GONE_AFTER, text[hit.end():])) is not None or \
                    re.search(_GONE_BEFORE, text[:hit.start()]):
                gone.append(ref.media_id)
                if said is not None:
                    note(text, hit.end(), hit.end() + said.end())
                else:
                    rx.search(_GONE_BEFORE, text[:hit.start()])
    kept_named = [(p, mid) for p, mid in named if mid not in gone]
    if gone and len(kept_named) >= 2:
        named = kept_named
    else:
        gone = []
    if len(named) < 2:
        return _ordinal_order(c, m) or _order_unsaid(c, m, named)
    by_mid = {ref.media_id: ref for ref in c.ctx.of_kind("video", "image")}
    order = [r.media_id for _, r in _relisted(c, [(p, by_mid[mid]) for p, mid in sorted(named)])]
    # "用b.mp4和c.mp4重新拼一个，先c后b": the order said after the files, in a clause of its own
    stem_of = {ref.name.lower().rsplit(".", 1)[0]: ref.media_id for ref in c.ctx.of_kind("video", "image")}
    # ("先放c再放b": the verb of putting said before each name)
    said = re.search(r"先\s*(?:放|用|是|播)?\s*([a-z0-9_-]+?)(?:\.[a-z0-9]{2,4})?\s*(?:后|再|然后)\s*"
                     r"(?:放|用|是|播|接)?\s*([a-z0-9_-]+?)(?:\.[a-z0-9]{2,4})?"
                     r"(?:\s*(?:后|再|然后|最后)\s*(?:放|用|是|播|接)?\s*([a-z0-9_-]+?)(?:\.[a-z0-9]{2,4})?)?"
                     r"(?![a-z0-9_-])",
                     (c.ctx.raw or "").lower())
    if said:
        seq = [stem_of.get(g) for g in said.groups() if g]
        if None not in seq and len(set(seq)) == len(seq) and set(seq) == set(order):
            order = [str(x) for x in seq]
    list(rx.finditer(r"\bfirst\b|\bthen\b|\blast\b|\bfinally\b|\b(?:swap|switch|change)\b(?= the order)|"
                     r"先|再|"
                     r"最后|然后|按|这个|拼", text))
    # "put c.mp4 first then b.mp4", "b.mp4 goes first and c.mp4 second": the places said, and the verb that
    # puts them there
    list(rx.finditer(r"^\s*(?:(?:please|pls|now|ok|okay|so)\s+)*(?:put|place|have|make|let|set)\b|"
                     r"\b(?:goes|go|comes|come|plays|play|should go|is|as)\s+(?:first|second|next|last)\b|"
                     r"\b(?:second|2nd|next)\b", text))
    rx.search(_JOIN, text)  # "stitch … together in that order": joining them is what reordering does here
    rx.search(r"\btogether\b", text)
    main = next((t for t in c.ctx.draft.get("t", []) if t.get("role") == "main"), None)
    srcs = [str(g.get("src")) for g in (main or {}).get("sg", [])]
    if gone and all(srcs.count(mid) == 1 for mid in order + gone):
        # the files said to go are deleted (the later first, so each number is the clip as seen), then the
        # rest put in the order said - the clips keep whatever was done to them
        rx.search(r"只要|只留|只用|\b(?:just|only)\b", text)
        cut = sorted((srcs.index(mid) + 1 for mid in gone), reverse=True)
        remaining = [src for src in srcs if src not in gone]
        rest = [i + 1 for i, src in enumerate(remaining) if src not in order]
        new_order = [remaining.index(mid) + 1 for mid in order] + rest
        ops: list[OpBase] = [s.DeleteSegment(index=i) for i in cut]
        if new_order != sorted(new_order):
            ops.append(s.Reorder(order=new_order))
        return [Hit(m.start(), ops)]
    by_file = {v.media_id: v for v in c.ctx.of_kind("video", "image")}
    whole = all(str(g.get("src")) in by_file and int(g.get("in", 0)) == 0
                and float(g.get("speed", 1.0)) == 1.0
                and int(g.get("d", 0)) == by_file[str(g.get("src"))].duration_ms
                for g in (main or {}).get("sg", []))
    if whole and srcs and set(order) < set(srcs) and rx.search(
            r"^\s*(?:就|我)?\s*只\s*(?:用|要|留|保留)|^\s*(?:(?:please|pls|ok|okay|so)\s+)?(?:only|just)\s+"
            r"(?:use|keep)\b|\buse\s+only\b", text):
        # "只用b.mp4和c.mp4 先放c再放b", "only use b.mp4 and c.mp4, c first": only the files named, in the
        # order said - the clip not named is left out (whole clips, nothing trimmed is lost), never kept at
        # the end
        return [Hit(m.start(), [s.Concat(media_ids=order)])]
    if all(srcs.count(mid) == 1 for mid in order):
        rest = [i + 1 for i, src in enumerate(srcs) if src not in order]
        return [Hit(m.start(), [s.Reorder(order=[srcs.index(mid) + 1 for mid in order] + rest)])]
    by_id = {v.media_id: v for v in c.ctx.of_kind("video", "image")}
    if re.search(r"\b(?:add|append|insert|attach|tack)\b|加上|添加|加入|接上", text):
        return []  # clips not on the timeline yet, added in that order: the add-clips reading
    untouched = all(
        str(g.get("src")) in by_id and int(g.get("in", 0)) == 0 and float(g.get("speed", 1.0)) == 1.0
        and int(g.get("d", 0)) == by_id[str(g.get("src"))].duration_ms for g in (main or {}).get("sg", []))
    if untouched and set(srcs) <= set(order):
        return [Hit(m.start(), [s.Concat(media_ids=order)])]  # whole clips, nothing trimmed is lost
    if untouched and rx.search(r"(?:一|1)?\s*个\s*新的?\s*视频|新的视频|"
                               # "用b.mp4和c.mp4重新拼一个": made anew from the files named - only those
                               r"重新(?:拼|剪|做|合)(?:成)?\s*(?:一|1)\s*(?:个|条|段)|"
                               r"^\s*(?:就)?(?:只)?(?:用|拿)\s*[\w-]+\.\w+\s*(?:和|跟|与|、|,|，)\s*[\w-]+\.\w+\s*"
                               r"(?:重新|另外|单独)?(?:拼|剪|做|合)|"
                               r"\ba (?:new|separate|standalone) (?:video|clip)\b|\bon their own\b|"
                               r"\bjust (?:those|these|them|the) (?:two|2|three|3)\b", text):
        # "把b.mp4和c.mp4按顺序拼成一个新视频": a new video of only the clips named
        return [Hit(m.start(), [s.Concat(media_ids=order)])]
    names = ", ".join(by_id[mid].name for mid in order)
    if untouched:
        left = ", ".join(by_id[src].name for src in dict.fromkeys(srcs) if src not in order)
        return [Hit(m.start(), question=(
            f"只用 {names}（按这个顺序），不要 {left} 了吗？还是把它们加在 {left} 后面？" if c.zh else
            f"Only {names}, in that order, leaving out {left}? Or add them after {left}?"))]
    return [Hit(m.start(), question=(
        f"时间线上的片段已经剪过了，我不会用整段文件重排。要怎么排 {names}？"
        "比如“把第2段移到最前面”。" if c.zh else
        f"The clips on the timeline have been edited, so I won't rebuild it from the whole files — where "
        f"should {names} go? E.g. “move clip 2 to the start”."))]


# "压到30秒但别删内容，整体加速就行": that nothing is to be cut is said with the speed-up, and read with it
# "缩到60秒 内容全都要保留", "keep all of the content": the whole content said to stay - a length is reached
# by speed, never by cutting
_ALL_STAYS = (r"(?:内容|画面|东西)\S{0,6}?(?:不能|不可以|不许|别|不要)\s*(?:少|缺|丢|减)|"
              # ("一个镜头都不想丢", "一段都不想剪": not one shot of it is to go - 一 read as 1 by now)
              # ("一秒都不能少": the second is read as a time by now, §1000§)
              r"(?:一点|一秒|一帧|任何|(?:一|1)\s*(?:个|段|处)|§1000§)\s*(?:内容|东西|镜头|画面|片段)?\s*(?:也|都)\s*"
              r"(?:不能|不可以|不许|不要|别|不想|不准|不愿意?)\s*(?:少|缺|丢|减|删|剪|砍)|"
              r"(?:镜头|画面|片段)\s*(?:都|全|一个都)\s*(?:不想|不能|不要|别)\s*(?:丢|删|剪|少|砍)|"
              r"(?:内容|东西)\s*(?:要)?\s*(?:全|都|全都|全部)\s*(?:要)?\s*(?:保留|留着|留下)|"
              r"(?:保留|留着)\s*(?:全部|所有)(?:的)?\s*内容|"
              r"\bwithout\s+losing\s+(?:anything|any\s+(?:of\s+(?:it|the\s+content)|content|part))\b|"
              r"\bkeep(?:ing)?\s+(?:all\s+(?:of\s+)?(?:it|the\s+(?:content|footage))|every\s+(?:single\s+)?"
              r"(?:second|bit|part|frame|moment)|everything(?!\s+(?:after|before|from|between|but|except|else|"
              r"up|until|till|past)\b))\b|"
              r"\b(?:nothing|no\s+(?:single\s+)?(?:shot|frame|scene|second|moment|part)s?)\s+(?:can|should|must|may)\s+"
              r"(?:be\s+)?(?:cut|lost|removed|missing|dropped)\b|"
              # ("…40 seconds but i don't want to lose a single shot", "without dropping a frame")
              r"\b(?:lose|losing|drop|dropping|cut|cutting|miss|missing)\s+(?:a\s+single|a|one|any|even\s+one)\s+"
              r"(?:single\s+)?(?:shot|frame|second|scene|moment|clip|bit)s?\b")
_RETIMED = (r"调速|变速|改速度|调(?:整|一下|下)?\s*(?:播放)?速度|"
            r"\b(?:change|adjust|tweak|retime)\s+(?:the\s+)?(?:playback\s+)?speed\b|"
            r"\bretime\s+(?:it|the video)\b")
_FASTER = (r"\bspeed(?:ing)?\s*(?:it|this|everything|them|both|(?:all\s+)?(?:3|three|2|two|the)\s+clips)?\s*"
           r"(?:all\s+)?up\b|\bfaster\b|\bspeed\b|\binstead of cutting\b|"
           r"\b(?:don'?t|dont|do not|without|no)\s+(?:cut|delet|remov|los|trim)\w*"
           r"(?:\s+(?:anything|any(?:\s+of\s+it)?|content|stuff|parts?))?\b|"
           # ("整体调快到40秒": 调快 / 变快 - made faster - said of the whole, as 加速 is)
           r"倍速|加速|快放|调快|变快|(?:别|不|不要|不用|不能|不许)\s*(?:删|剪|切|砍)\S{0,4}|" +
           _ALL_STAYS + "|" +
           # ("调速让它刚好40秒", "change the speed so it's 40 s": the speed changed, which way left to the
           # length - the factor is total / target either way)
           _RETIMED)
# "without cutting anything", "dont cut anything", "别剪": nothing of it is to go
_KEEP_ALL = (r"\b(?:don'?t|dont|do not|without|no)\s+(?:cut|delet|remov|los|trim)\w*|"
             r"(?:别|不|不要|不用|不能|不许)\s*(?:删|剪|切|砍)|" + _ALL_STAYS)
_MORE_GOES = r"[，,\s]*多(?:了|的|出来的|余的?)?\S{0,2}?(?:都)?(?:不要了?|删掉?|剪掉?|去掉)"
# the length said exact or near: "exactly 20 seconds", "刚好20秒"
_EXACTLY_EN = r"exactly|precisely|about|roughly|around|only|just"
_EXACTLY_ZH = r"刚好|正好|恰好|整整|差不多|大概|大约|约"
# slowed to a length: "slow it down so it lasts 2 minutes", "放慢到刚好80秒"
_SLOWER = (r"\bslow(?:ing|ed)?\s+(?:it|this|the video|everything|the whole thing|it all)?\s*down\b|"
           # ("slow it so the whole thing takes 80 seconds": slowed, with what for said after it)
           r"\bslow\s+(?:it|this|the video|everything|it all)\s+(?=so\b|until\b|till\b)|"
           # ("slow the physio demo down to 40 seconds": what is slowed named in a few words)
           r"\bslow\s+(?:the|my|our|this|that)\s+(?:[\w'-]+\s+){1,3}?down\b|"
           r"\bslower\b|放慢|减速|慢放")
# sped up, said in words ("speed it up", "faster", "加速"): the length can only get shorter
_SPED_UP = r"\bspeed(?:ing|ed)?\s+(?:\w+\s+){0,2}?up\b|\bfaster\b|\bquicker\b|加速|加快|快放|调快|变快"
_TO_LENGTH = (rf"\b(?:need|want|has|have|needs)\s+(?:this|it|the video)?\s*to\s+be\s+"
              rf"(?:exactly\s+|only\s+|just\s+|about\s+|around\s+|roughly\s+)?{T}(?!\s*(?:-|–|to|and)\s*§)|"
              # "need exactly one minute total for the lobby screen": the length of the whole, wanted
              rf"\b(?:need|needs|want|wants)\s+(?:it\s+|this\s+)?(?:(?:exactly|precisely)\s+{T}(?!\s*of\b)"
              rf"(?:\s+(?:total|in total|overall|long))?|(?:only\s+|just\s+)?{T}\s+(?:total|in total|"
              rf"overall)\b)|"
              # "all three clips need to fit in 55 seconds", "it has to fit into 40s": the length it fits in
              rf"\b(?:it|this|the video|everything|they|(?:all\s+)?(?:3|three|2|two|both|the|my)\s+clips|"
              rf"(?:the\s+)?whole thing)\s+(?:needs?|has|have|must|should|got)\s+(?:to\s+)?fit\s+"
              rf"(?:in(?:to)?|within|inside)\s+(?:an?\s+)?{T}|"
              # "whole thing needs to come in at 55 s", "the cut has to come in under 30s": the length it
              # ends at
              rf"\b(?:needs?|has|have|must|should|got)\s+(?:to\s+)?come\s+in\s+(?:at|under|around|"
              rf"at\s+about)\s+(?:exactly\s+|just\s+)?{T}|"
              # "make it fit in 55 s", "get the whole thing to fit into 30s": the length it fits in
              rf"\b(?:make|get)\s+(?:it|this|the video|the whole thing|everything)\s+(?:to\s+)?fit\s+"
              rf"(?:in(?:to)?|within|inside)\s+(?:an?\s+)?{T}|"
              # "we've got exactly 20 seconds in the assembly for this bit, trim it to fit", "the slot is
              # 15 s, cut it to fit": a length there is room for, then a cut to fit it
              rf"\b(?:got|have|has|is|are|only|exactly)\s+(?:got\s+)?(?:exactly\s+|only\s+|just\s+|"
              rf"about\s+)?{T}"
              rf"(?=[^§]{{0,60}}?\b(?:trim|cut|edit|shorten|chop|get|bring)\s+(?:it|this|that|the\s+\w+)\s+"
              rf"(?:down\s+)?to\s+fit\b)|"
              # "trim it to fit 20 seconds", "cut it down to fit a 15 s slot"
              rf"\b(?:trim|cut|edit|shorten|chop)\s+(?:it|this|that|the\s+\w+)\s+(?:down\s+)?to\s+fit\s+"
              rf"(?:in(?:to)?\s+|within\s+)?(?:an?\s+|the\s+)?(?:exactly\s+|only\s+|just\s+)?{T}|"
              rf"\b(?:squeeze|squish|compress|shrink|condense|fit)\s+(?:it|this|the video|"
              rf"the whole thing|everything)"
              rf"\s+(?:down\s+)?(?:to|into|in)\s+{T}|"
              # "squeeze the whole session recap into 55 s without cutting, just speed it up": the recording
              # named in any words, with how it gets there said (sped up, nothing cut)
              rf"\b(?:squeeze|squish|compress|shrink|condense|fit)\s+(?:the|my|our)\s+(?:whole\s+|entire\s+|"
              rf"full\s+)?(?:(?!(?:first|last|final|opening|closing|middle|part|bit|section)\b)[a-z]+\s+){{0,2}}?"
              rf"{RECORDING}\s+(?:down\s+)?(?:to|into|in)\s+{T}"
              rf"(?=[^;]*(?:\b(?:speed\w*|faster)\b|{_KEEP_ALL}))|"
              # "10 secs tops please", "make it 20s max": a most said after the length
              rf"(?:\b(?:keep|make|get|have)\s+(?:it|this|the video)\s+)?{T}\s*(?:tops|max(?:imum)?|"
              rf"at (?:the )?most|or less|or shorter|or under)\b|"
              # "speed it up so the whole thing comes to 30 secs": the length the programme ends at
              rf"\b(?:so|till|until|that)\s+(?:the whole thing|the whole video|it|the video|"
              rf"everything|the total)"
              rf"\s+(?:comes? (?:in )?(?:to|at)|is|lasts|fits(?: in(?:to)?)?|ends up(?: at| as| being)?|"
              rf"runs?(?: for)?)\s+(?:about\s+|roughly\s+|around\s+|only\s+|just\s+|exactly\s+|precisely\s+)?"
              # ("so the whole thing fits in a 6 second video": the length of the video it fits in)
              rf"(?:(?<=in )an?\s+|(?<=into )an?\s+)?{T}|"
              # "speed it up so its 10 seconds": "it's" said with the length it is sped up to (a cut "so it's
              # 30 seconds" is a purpose told, not a second cut)
              rf"\b(?:speed\w*|faster|slow\w*)\b[^,;.§]{{0,30}}?\b(?:so|till|until)\s+(?:that\s+)?(?:it'?s|it’s|"
              rf"it\s+is)\s+(?:(?:{_EXACTLY_EN})\s+)?{T}(?!\s*(?:-|–|to|and)\s*§)|"
              # "speed it up to exactly 30 seconds", "slow it down to 2 minutes": the length it is sped to
              # ("slow the physio demo down to 40 seconds": what is slowed named in a few words)
              rf"\b(?:speed|slow)(?:ing)?\s+(?:it|this|the video|everything|the whole thing|it all|"
              rf"(?:the|my|our|this|that)\s+(?:[\w'-]+\s+){{1,3}}?)?\s*"
              rf"(?:up|down)\s+to\s+(?:(?:{_EXACTLY_EN})\s+)?{T}(?!\s*(?:-|–|to|and)\s*§)|"
              rf"\b(?:i\s+)?only\s+want\s+{T}\s*(?:of\s+(?:this|it|the video))?|"
              # "i only need 30 seconds of this", "we just need 20 s of it", "all i need is 30 seconds": a
              # length of the whole wanted (said of this recording, or with nothing after it)
              rf"\b(?:(?:i|we)\s+)?(?:only|just)\s+(?:need|want)\s+(?:about\s+|around\s+|like\s+)?{T}"
              rf"(?=\s*(?:of\s+(?:this|it|that|the\s+(?:whole\s+)?(?:video|clip|footage|recording|thing))\b|"
              rf"(?:total|in total|tops|max)\b|[,.!;]|(?:please|pls|thanks)\b|$))|"
              rf"\ball\s+(?:i|we)\s+need\s+is\s+(?:about\s+|around\s+)?{T}"
              rf"(?=\s*(?:of\s+(?:this|it|that|the\s+(?:video|clip|footage|recording))\b|[,.!;]|$))|"
              # ("need this down to 30 sec for the waiting room screen": the length wanted, said with need)
              rf"\b(?:cut|trim|bring|get|need|needs|want|wants)\s+(?:it|this)(?:\s+all)?\s+(?:dwn|down)\s+to\s+{T}|"
              # "shorten it to 45s by speeding it up": a length, reached the way said after it
              rf"\b(?:shorten|shrink|squeeze|trim|cut|get|bring)\s+"
              rf"(?:it all|it|this|the video|the whole thing)\s+"
              rf"(?:down\s+)?to\s+{T}(?=[^;]*\b(?:speed\w*|faster)\b)|"
              # ("make it 60 seconds but keep every second of it": all of it said to stay - reached by speed)
              rf"\bmake\s+(?:it|this|it all|everything|the (?:whole\s+|entire\s+)?(?:thing|video))\s+"
              rf"(?:(?:{_EXACTLY_EN})\s+)?{T}\s*(?:long)?\s*"
              rf"(?=by\b|[^;]*\b(?:speed|faster)\b|[^;]*(?:{_KEEP_ALL}))|"
              # "make the timelapse last 15 seconds by speeding it up": the length the thing filmed runs for
              rf"\bmake\s+(?:it|this|(?:the|my)\s+(?:whole\s+|entire\s+)?(?!(?:first|last|final|opening|"
              rf"closing|start|end|beginning|ending|intro|outro|middle|part|bit|section)\b)[a-z]+"
              rf"(?:\s+(?!(?:last|run|play)\b)[a-z]+)?)\s+"
              rf"(?:last|run|play)\s+(?:for\s+)?(?:only\s+|just\s+)?{T}(?=[^;]*\b(?:speed\w*|faster)\b)|"
              rf"\b(?:can|could)\s+it\s+be\s+{T}|"
              # "stretch it to 80 seconds by slowing it down", "拉长到80秒 放慢一点": a longer length, reached
              # the way said with it (slowed) - never a cut
              rf"\b(?:stretch|lengthen|extend|draw|drag|pad)\s+(?:it|this|the video|the whole thing|"
              rf"everything|it all)\s+(?:out\s+)?to\s+(?:(?:{_EXACTLY_EN})\s+)?{T}(?!\s*(?:-|–|to|and)\s*§)"
              rf"(?=[^;]*(?:{_SLOWER}))|"
              # "slow it so the whole thing takes 80 seconds", "speed it up until it lasts 30s": the length
              # the speed change is for, said as what the whole then runs for
              rf"\b(?:slow|speed|stretch)\s+(?:it|this|the video|everything|it all)\s+(?:(?:up|down)\s+)?"
              rf"(?:so\s+(?:that\s+)?|until\s+|till\s+)(?:it|the\s+(?:whole\s+|entire\s+)?(?:thing|video|clip))\s+"
              rf"(?:takes|lasts|runs|plays|is)\s+(?:(?:for|about|around|exactly|only|just)\s+)?{T}"
              rf"(?!\s*(?:-|–|to|and)\s*§)|"
              rf"(?:拉长|延长|放长|拖长|拉)(?:到|成)\s*(?:{_EXACTLY_ZH})?\s*{T}(?!\s*(?:[-~–—到至]|§))"
              rf"(?=[^；;]*(?:{_SLOWER}))|"
              # ("加速到刚好20秒", "放慢到正好80秒": the length said exact)
              rf"(?:弄成|做成|压到|压成|压缩到|压缩成|缩到|缩成|缩短到|缩短成|变成|改成|控制在|加速到|加快到|快放到|调快到|"
              rf"调速到|变速到|调速成|变速成|"
              rf"放慢到|减速到|慢放到)\s*(?:{_EXACTLY_ZH})?\s*{T}\s*(?:的|左右|以内|之内)?|"
              # "放慢 让它刚好75秒", "加速一下 让视频正好变成30秒": the length the speed change is for
              rf"(?:(?<=[\s，,])|(?<=调速)|(?<=变速))(?:好)?(?:让|使)\s*(?:它|视频|整个视频|全片|片子|整体)\s*(?:的?时长)?\s*"
              rf"(?:(?:{_EXACTLY_ZH})\s*(?:变成|变为|是|有)?|变成|变为)\s*{T}(?!\s*(?:[-~–—到至]|§))|"
              # "只要30秒，多了不要": a length wanted, the rest said to go
              rf"(?:只要|只留|只保留|就要)\s*{T}(?!\s*(?:[-~–—到至]|§))\s*(?:的|就行|就够了?|就好)?(?:{_MORE_GOES})?|"
              rf"{T}\s*就(?:够了?|行了?|好){_MORE_GOES}|"
              # "reel limit for my club is 15 sec so get the vid down to that": a limit said, then cut to it
              rf"\b(?:limit|max(?:imum)?|cap|cutoff|cut-off|max length|length limit)\b[^,;.§]{{0,30}}?"
              rf"(?:\bis|\bof|=|:)\s*(?:only\s+|just\s+)?{T}[^;§]*?\b(?:down\s+)?(?:to|under|within)\s+"
              rf"(?:that|it|this|the limit)\b|"
              rf"(?:限制|上限|最多|最长|只能)\s*(?:是|为)?\s*{T}[^；§]*?(?:剪|压|缩|弄|控制)\S{{0,2}}?(?:到|成|在)\s*"
              rf"(?:这个|那个|这|那)")


def longer(target: int, total: int, zh: bool, pos: int) -> Hit:
    """A length longer than the video: nothing to cut - asked how to make it longer."""
    return Hit(pos, question=(
        f"视频只有 {total / 1000:g} 秒，要变成 {target / 1000:g} 秒得加长——"
        "放慢速度、循环播放，还是再加一段素材？"
        if zh else
        f"The video is only {total / 1000:g} s, so {target / 1000:g} s means making it longer — "
        "slow it down, loop it, or add another clip?"))


def length_rule(c: Clause) -> list[Hit]:
    """ "i need this to be 15 seconds", "把视频弄成15秒的", "make it 30 seconds by speeding it up",
    "时长砍一半，用倍速": a length asked for — kept as the first part (said in the reply, with the other
    reading), or reached by speed when speed is said."""
    text = c.text
    total = c.ctx.total_ms
    # "ffmpeg -ss 00:00:10 -to 00:00:25": the part those flags select is kept (-t: a length from -ss)
    ff = rx.search(rf"(?:\bffmpeg\b[^§]*?)?-ss\s*{T}\s*-(to|t)\s*{T}", text)
    if ff and total:
        a, b = int(ff.group(1)), int(ff.group(3))
        end = b if ff.group(2) == "to" else a + b
        if end > a:
            rx.search(r"\b(?:just|only)\s+(?:that|this|the)\s+(?:part|bit|section)\b", c.ctx.raw.lower())
            op = s.KeepRange(start_ms=a, end_ms=end if end < total else None)
            return [Hit(ff.start(), [op])]
    # ("剪短一半", "砍短一半", "弄短一半": shortened by half - the verb said with 短)
    half = rx.search(r"(?:时长|长度|视频)?\s*(?:砍|缩短|减|剪|(?:剪|砍|截|裁|弄|压|缩|改|变)短)\s*"
                     r"(?:掉|了)?\s*(?:一半|1/2)", text)
    if half and re.search(SPEED_HALVED, text):
        half = None  # "速度砍一半": the speed is halved (the speed rule), no length asked for
    if half and not re.match(r"\s*(?:时长|长度|视频)", half.group(0)) and re.search(
            r"(?:声音|音量|音乐|配乐|bgm|原声|原音|人声|background music|\b(?:music|audio|sound|volume)\b)"
            r"\s*(?:的)?\s*"
            r"(?:都|也|就|再|给我|帮我|直接)?\s*$", text[:half.start()]):
        # "背景音乐砍掉一半", "把配乐的声音砍掉一半": a share said of a sound is its level (the volume rule),
        # never the programme's length
        half = None
    # "squeeze the whole 60s into 30 by speeding up": a length said, then the length it is to fit in - a
    # bare number takes the first one's unit (minutes when the first is whole minutes and the number fits)
    into = rx.search(rf"\b(?:squeeze|squish|squash|compress|shrink|condense|cram|fit)\s+(?:all\s+)?"
                     rf"(?:the\s+|my\s+)?(?:whole\s+|entire\s+|full\s+)?{T}"
                     rf"(?:\s+(?:video|clip|thing|of\s+(?:it|video|footage)))?"
                     rf"\s+(?:down\s+)?(?:into|in|to)\s+(?:(?:{T})|(\d+(?:\.\d+)?)(?![\d.%§]|\s*(?:x|times|parts?|"
                     rf"pieces?|clips?|segments?|bits?|sections?|chunks?)\b))(?=[^;]*\b(?:speed\w*|faster)\b)",
                     text)
    m = half or into or rx.search(_TO_LENGTH, text)
    if m is None or total <= 0:
        return []
    # "…20 seconds for this bit, trim it to fit": the cut said after the length is the same edit
    rx.search(r"\b(?:trim|cut|edit|shorten|chop|get|bring)\s+(?:it|this|that|the\s+\w+)\s+(?:down\s+)?to\s+"
              r"fit\b", text[m.end():])
    if into is not None and not half:
        first = int(into.group(1))
        bare = float(into.group(3) or 0)
        unit = 60000 if first >= 60000 and first % 60000 == 0 and bare * 60000 <= first else 1000
        target = int(into.group(2)) if into.group(2) else round(bare * unit)
    else:
        target = total // 2 if half else int(next(g for g in m.groups() if g))
    slower = re.search(_SLOWER, text) is not None
    faster = re.search(_SPED_UP, text) is not None
    if target and total and slower != faster and (target < total if slower else target > total):
        # "slow it down to 30 seconds" (of 60), "speed it up to 90 seconds": the way said cannot reach that
        # length - asked, never cut to it nor sped the other way
        factor = round(total / target, 2)
        was, want = f"{total / 1000:g}", f"{target / 1000:g}"
        return [Hit(m.start(), question=(
            (f"视频 {was} 秒，放慢只会更长——要变成 {want} 秒得加速（{factor:g} 倍）或剪掉一部分。要哪种？"
             if slower else
             f"视频 {was} 秒，加速只会更短——要变成 {want} 秒得放慢（{factor:g} 倍）。要放慢吗？")
            if c.zh else
            (f"The video is {was} s, and slowing it down makes it longer — {want} s takes speeding it up "
             f"({factor:g}×) or cutting part of it. Which one?" if slower else
             f"The video is {was} s, and speeding it up makes it shorter — {want} s takes slowing it down "
             f"({factor:g}×). Should I slow it down instead?")))]
    if list(rx.finditer(_FASTER, text)):  # every word of it: "别删内容，整体加速" is one reading
        factor = speed_for_length(total, target) if target else 0
        if 0.25 <= factor <= 4 and factor != 1:
            return [Hit(m.start(), [s.Speed(factor=factor)], speed_from_length=True, target_ms=target)]
        zh = (f"视频 {total / 1000:g} 秒，变成 {target / 1000:g} 秒要 {factor:g} 倍速——最多只能 4 倍。"
              "要剪掉一部分吗？")
        en = (f"The video is {total / 1000:g} s; {target / 1000:g} s would take {factor:g}× speed and the "
              "most is 4×. Should I cut part of it instead?")
        if factor > 4 and re.search(_KEEP_ALL, text):
            # "speed it up so its 10 seconds, without cutting anything": cutting is ruled out - the most
            # speed can do is said, nothing is done on a guess
            most = total / 4000
            zh = (f"视频 {total / 1000:g} 秒，变成 {target / 1000:g} 秒要 {factor:g} 倍速——最多只能 4 倍"
                  f"（那样是 {most:g} 秒），不剪的话到不了 {target / 1000:g} 秒。要 4 倍速就说“加速4倍”。")
            en = (f"The video is {total / 1000:g} s; {target / 1000:g} s without cutting would take "
                  f"{factor:g}× speed, and the most is 4× (that makes it {most:g} s). Say “speed it up "
                  "4x” for that — nothing was changed.")
            return [Hit(m.start(), refusal=zh if c.zh else en)]
        return [Hit(m.start(), question=zh if c.zh else en)]
    if target > total and rx.search(_SLOWER, text):
        # "slow it down so it lasts 2 minutes", "放慢到刚好80秒": a longer length reached by slowing - total /
        # target, within the slowest speed
        factor = speed_for_length(total, target)
        if factor >= 0.25:
            return [Hit(m.start(), [s.Speed(factor=factor)], speed_from_length=True, target_ms=target)]
        return [Hit(m.start(), question=(
            f"视频 {total / 1000:g} 秒，变成 {target / 1000:g} 秒要 {factor:g} 倍速——最慢只能 0.25 倍。"
            "要循环播放，还是再加一段素材？" if c.zh else
            f"The video is {total / 1000:g} s; {target / 1000:g} s would take {factor:g}× speed and the "
            "slowest is 0.25×. Should I loop it or add another clip instead?"))]
    if target > total:
        return [longer(target, total, c.zh, m.start())]
    # "the project has to be exactly 1 minute total": the length of the whole is the length asked for
    list(rx.finditer(r"\b(?:for a presentation|for (?:a|my) \w+)\b|太长了|整个|\b(?:in )?total\b|\boverall\b|"
                     r"\b(?:the )?(?:whole )?(?:project|programme|program|timeline|final video)\b", text))
    return [Hit(m.start(), [s.KeepRange(start_ms=0, end_ms=target)], note=target_note(target, total, c.zh),
                target_ms=target)]
