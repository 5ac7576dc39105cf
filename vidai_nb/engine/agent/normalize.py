"""Request text -> normalized clauses: quoted text set aside, typos fixed, numbers and times marked."""

from __future__ import annotations

import difflib
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import cached_re as re
from .markers import MARKERS as _M
from .numbers import chinese_numbers, english_numbers
from .timeparse import mark_times


def _words(text: str) -> list[str]:
    return text.split()


# Words the intent rules look for; a misspelt word close to one of them is corrected.
KEYWORDS = _words("""
subtitles subtitle captions caption transcript transcribe music background soundtrack volume title
titles heading text remove delete trim export render download vertical horizontal portrait
landscape square tiktok youtube instagram reels shorts seconds minutes silence silences silent
pauses pause speed faster slower slow motion rotate flip mirror brightness brighter darker contrast
saturation saturated black white grayscale monochrome logo watermark crossfade crossfades
transition transitions fade fades freeze frame denoise noise normalize loudness resolution
thumbnail undo redo version mute unmute audio sound video footage clip clips segment segments
beginning ending start middle keep split duplicate reorder reverse order swap join combine merge
concatenate append slideshow images photos picture corner overlay position bottom center smaller
bigger larger louder quieter lower raise reduce increase decrease boost color colors vibrant burn
burned sidecar separate karaoke boxed outline style plain bold yellow green purple orange gray duck
ducking voice speech talking speaking dialogue levels auto correct correction intro outro
everything whole double twice quarter crop fill blurred blur solid bars face speaker follow upload
publish share generate please thanks leading trailing initial closing opening quiet loop looped looping
repeat repeated webcam facecam reframe thrice followed following playing
""")
# Ordinary words close to a keyword ("their" ~ "third" ~ …) that must never be "corrected".
COMMON = set(_words("""
shot shots
feel feels felt heel heels peel peels
normal normally original originally regular usual contest contests content context
walk walks walking slack slide slides write writes wrote turned typing steps blender
the a an and or but if then than that this these those there their they them it its it's is are was
were be been being have has had do does did done make made makes put puts set sets add adds get
gets give gives take takes want wants need needs would could should will shall can may might must
about above across after again against all almost also always among another any anything around as
at away back because before behind below between both by down during each either else enough even
ever every first second third fourth fifth sixth last next few from further here how into just
later least less like little long longer more most much near never new nice now off often old on
once one only onto other others our out over own part parts past perhaps place quite rather really
right same several should show since small so some something sometimes soon still such sure than
thing things think though through till to together too toward under until up upon us very via want
was way ways we well what whatever when where whether which while who whole why with within without
would yet you your yours start end top left title tiles later maybe great better cool video thing
three four five seven eight nine eleven twelve twenty thirty forty fifty sixty hundred clip shot
scene scenes piece section sections cuts cut trim keep move moved moving swap guys okay there's i'm i'd don't
doesn't can't won't let's lets it'll that's what's people person photo photos image images song
songs track tracks tune tunes file files format make made over under inside outside hello world
subscribe welcome summer travel vlog intro outro party wedding birthday happy holiday sale today
tomorrow minute minutes second seconds hour hours percent degree degrees times time frames
bright dark light tone erase power lines line shirt fan short explain shave horizon horizons tilted crooked
unblur deblur blurry sharp sharper sharpen sharpness focus
grain grainy graininess noisy stabilise stabilize stabilized stabilised shaky
desaturate desaturated resaturate brighten darken lighten
unmute rewind quiet quietly loud loudly filler quarters thirds halves
turn turns switch switched
colorize colorise colourize colourise colorized colorised colourized colourised colorizing colorising
bluer greener redder yellower pinker whiter blacker grayer greyer warmer cooler
emotion emotions emotional radio radios stereo
round rounds read reads
routine routines
record records recorded recording recordings recorder film films filmed filming shoot shoots shooting
captured capture horizontally vertically
"""))
_VOCAB = set(KEYWORDS) | COMMON
# Ordinary words the rules still read, so a misspelling close to one is corrected to it ("orignal sound",
# "origional audio": the clip's own sound) - not keywords of their own (an edit word left unread is one the
# reply reports)
_ALSO_CORRECTED = _words("original originally")
_FIXES = {"subs": "subtitles", "subtitels": "subtitles", "subtitls": "subtitles", "captons": "captions",
          "vid": "video", "pls": "please", "plz": "please", "thx": "thanks", "bg": "background",
          "bgm": "background music", "vert": "vertical", "b&w": "black and white", "b/w": "black and white",
          "yt": "youtube", "insta": "instagram", "ig": "instagram", "tik tok": "tiktok", "tik-tok": "tiktok",
          "sec": "seconds", "secs": "seconds", "mins": "minutes", "min": "minutes", "sloow": "slow",
          # "b in slowmo": one word for slow motion (it was "corrected" to "slow", read as nothing)
          "slowmo": "slow motion", "slomo": "slow motion",
          "colour": "color", "colours": "colors", "centre": "center", "greyscale": "grayscale",
          "normalise": "normalize", "stabilise": "stabilize", "musik": "music", "musci": "music",
          "muisc": "music", "tittle": "title", "titel": "title", "mp-4": "mp4", "untill": "until",
          "til": "till", "thru": "through",
          # "can u make gifs from this??", "wat does normalize even do": texting spellings of the question
          # words - read as the words they stand for, so the question is answered as when spelled out
          "u": "you", "wat": "what", "wut": "what",
          # ordinal and length words people mistype (not in the keyword list the close-match fixer uses)
          "frist": "first", "fisrt": "first", "firts": "first", "secnod": "second", "seocnd": "second",
          "thrid": "third", "lenght": "length", "legnth": "length", "vidoe": "video", "viedo": "video",
          "begining": "beginning", "beggining": "beginning", "midle": "middle", "seconsd": "seconds"}
_QUOTE = re.compile(r"\"([^\"]+)\"|“([^”]+)”|「([^」]+)」|『([^』]+)』|‘([^’]+)’|《([^》]+)》|«([^»]+)»|"
                    # "a title that says 'Grandpa's Garden 2024'": an apostrophe between letters is inside
                    r"(?<![A-Za-z0-9])'((?:[^']|(?<=[A-Za-z])'(?=[A-Za-z]))+?)'(?![A-Za-z0-9])")
# "add text at the top for the whole video: Wash for 20 seconds", "caption: Stir for 2 minutes": the words
# after a text's colon, a length of time inside them with nothing setting it apart (no dash, comma or stop
# before it) - what the text says (a hand-washing step, a recipe step), never how long it shows; said as if
# quoted
# ("text: WAIT FOR IT... from 0:10 to 0:13", "caption: Thanks – last 5 seconds" keep their timings)
_COLON_WORDS = re.compile(
    r"^(?P<head>(?:[^\"“”'‘’:：.!?]*\b(?:text|title|caption|heading|headline|label|banner|subtitle|"
    r"lower third)\b|\s*(?:at|on|in|across|along)\s+(?:the\s+)?(?:very\s+)?(?:top|bottom|upper|lower)\b)"
    r"[^\"“”'‘’:：.!?]{0,60}[:：]\s*)"
    r"(?P<words>[A-Za-z][^\"“”'‘’:：,;.!?—–]*?\s+for\s+(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|fifteen|twenty|thirty|forty|sixty)\s*(?:-\s*)?(?:seconds?|secs?|s|minutes?|mins?|"
    r"hours?|hrs?)\b[!]?)\s*[.]?\s*$", re.IGNORECASE)
# "title ADOPT MILO at the top, red": words in capitals, unquoted, right after "title" / "text" are what it
# says
_CAPS_WORD = r"[A-Z0-9#!?&'.-]*[A-Z]{2}[A-Z0-9#!?&'.-]*"
_CAPS_TEXT = re.compile(rf"\b((?:title|text|caption|heading|headline)(?:\s+(?:saying|that says|reading|:))?"
                        rf"\s*:?\s+)({_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,5}})"
                        rf"(?=\s*(?:$|[,;.!]|\s(?:at|on|in|for|to|from|with|and|up)\b))")
# "add text: CUT! that's a wrap": capitals after a colon that open a line going on after their "!" or "?"
# in words of no edit are only its first word - the colon's reading takes the whole line ("text: SALE! fade
# out at the end" keeps SALE alone: a fade follows)
_CAPS_OPEN_LINE = re.compile(
    r"[!?]+\s+(?![^.;]*\b(?:then|and|also|plus|fade|cut|trim|add|put|remove|delete|mute|speed|slow|make|export|"
    r"crop|zoom|music|song|audio|volume|subtitles?|captions?|logo|rotate|flip|blur|at|from|for|until|till|"
    r"during|in|on|top|bottom|left|right|seconds?|secs?)\b)(?![^.;]*\d)[a-z][^.;]{0,40}$")
# "big red CONFIDENTIAL across the middle", "put bold yellow SOLD OUT at the top": words in capitals,
# unquoted, right after how text looks (a size or a colour) and before where it goes are what it says
_LOOK_WORD = (r"(?:big|bigger|large|huge|giant|massive|bold|small|tiny|white|yellow|red|black|blue|green|"
              r"orange|pink|purple|gold|golden|grey|gray)")
_CAPS_STYLED = re.compile(rf"(?<![\w'\"])((?:{_LOOK_WORD},?\s+){{1,3}})"
                          rf"({_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,5}})"
                          rf"(?=\s+(?:(?:text|letters|words|font)\s+)?(?:across|at|on|in|over|along|"
                          rf"(?:top|bottom|upper|lower)[\s-](?:left|right)|cent(?:er|re)d?)\b)")
# "put TODAY ONLY 50% OFF HONEY there until 0:26", "flash SALE ENDS SOON from 0:10 to 0:14": words in
# capitals (a percent or a price among them), unquoted, right after a verb that puts text on the picture
# and before when they show are what it says - never an edit (their OFF is no cut)
# ("put FINAL SCORE 21-14 from 0:50 to 0:55": a score among them is a word of the text, never a range cut)
_SCORE = r"\d{1,3}\s?[-–]\s?\d{1,3}(?![\d:.])"
_CAPS_PUT = re.compile(rf"(?<![\w'\"])((?:put|show|display|flash|write|slap|stick|pop)\s+)"
                       rf"((?:{_CAPS_WORD}|[$€£]?\d+(?:\.\d+)?%?)"
                       rf"(?:\s+(?:{_CAPS_WORD}|{_SCORE}|[$€£]?\d+(?:\.\d+)?%?)){{1,7}})"
                       rf"(?=\s+(?:(?:right\s+)?there|(?:on\s+(?:the\s+)?screen\s+)?(?:from|at|until|till|between|"
                       rf"during|for)\s+\d)\b|"
                       # "slap NO REPS NO GLORY across the whole video", "put GAME DAY at the top": before
                       # where on the picture they go (or nothing more) is as sure as before when
                       rf"\s+(?:across|over\s+(?:the\s+)?(?:whole|entire|full|video|clip|screen|picture|footage)|"
                       rf"(?:on|onto|throughout|through)\s+(?:the\s+)?(?:whole\s+|entire\s+|full\s+)?"
                       rf"(?:video|clip|screen|picture|footage|thing|it|top|bottom)|"
                       rf"(?:at|in|on)\s+the\s+(?:very\s+)?(?:top|bottom|middle|cent(?:er|re)|corner|start|beginning|"
                       rf"end)|(?:top|bottom|upper|lower)[\s-](?:left|right)|(?:all\s+)?the\s+whole\s+(?:time|video))\b|"
                       rf"(?<![!?.])\s*$)")
# "put SEND IT big from 0:08 to 0:10", "flash GOAL huge at 1:12", "put SALE big at the top": words in
# capitals (one is enough), unquoted, right after a verb that puts text on the picture and before how big or
# bold they are, then when or where - what it says (the look after them is their size, never a word of them)
_CAPS_PUT_LOOK = re.compile(
    rf"(?<![\w'\"])((?:put|show|display|flash|write|slap|stick|pop|add)\s+)"
    rf"((?:{_CAPS_WORD}|[$€£]?\d+(?:\.\d+)?%?)(?:\s+(?:{_CAPS_WORD}|[$€£]?\d+(?:\.\d+)?%?)){{0,7}})"
    rf"(?=\s+(?:in\s+)?(?:(?:really|super|very|extra|nice\s+and)\s+)?{_LOOK_WORD}(?:,?\s+(?:and\s+)?{_LOOK_WORD})*"
    rf"(?:\s+(?:text|letters|words|font))?\s*,?\s*(?:$|[.!]|(?:right\s+)?there\b|on\s+(?:the\s+)?screen\b|"
    rf"(?:from|at|until|till|between|during|for|across|over|in|on|along)\s|(?:top|bottom|upper|lower)\b|cent(?:er|re)))")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# capitals that name a thing of the edit, never words to show ("put BGM louder", "add SFX at 0:10")
_NOT_CAPS_TEXT = (r"(?:BGM|SFX|PIP|LUT|MP[34]|MOV|PNG|JPE?G|GIF|SRT|VTT|4K|HD|FPS|AI|B-?ROLL|LOGO|MUSIC|TEXT|"
                  r"TITLE)")


# "把 新品到店 全场8折 放在画面顶部": words set apart by spaces between 把 and where they are put on the
# picture are the words shown, as if quoted (a file, a logo or a part of the video put there is no text)
_SPACED_WORDS = re.compile(r"把[ \t\u3000]+([^\s，,。；;！!？?][^，,。；;！!？?]*?[^\s，,。；;！!？?])"
                           r"[ \t\u3000]+(?=(?:放|摆|挂|打|写|显示)\s*(?:在|到)?\s*(?:画面|屏幕|视频)?\s*"
                           r"(?:的)?\s*(?:正中间|正中央|正中|中间|中央|居中|顶部|底部|上方|下方|上面|下面|"
                           r"左上角?|右上角?|左下角?|右下角?|左边|右边|最上面|最下面))")
_NOT_WORDS = re.compile(r"\.(?:mp4|mov|m4v|webm|mkv|avi|png|jpe?g|gif|webp|mp3|wav)\b|logo|水印|台标|"
                        r"图标|字幕|"
                        r"标题|二维码|头像|画中画|视频|片段|图片|照片|镜头|素材|^第|段$|^[a-z0-9]$|"
                        r"^(?:它|这个|那个|这段|那段|这张|那张|这|那)$",
                        re.IGNORECASE)


def _spaced_words(m: re.Match[str]) -> str:
    words = m.group(1)
    return m.group(0) if _NOT_WORDS.search(words) else f"把「{words}」"


_TIME_CORRECTION = re.compile(
    # (a range taken back whole: "0:10 to 0:20, no wait, 0:15 to 0:25")
    r"(?P<start>§\d+§\s*(?:to|-|–|~|到|至|until|till)\s*)?"
    # ("1分05秒到1分10秒删掉……哦视频才一分钟，那就50秒到55秒": the edit said before the correction stays)
    # ("50秒处分割，哦不对": the place word between the time and its verb stays with the verb)
    r"§\d+§\s*(?P<verb>(?:处|那里|的地方|的位置)?\s*(?:删掉|删除|删|剪掉|去掉|切掉|不要|切开|剪开|切一刀|分割)"
    rf"(?=\s*(?:…|\.{{2}}|,|，|;|；|—)|\s+(?:{_M['time_zh']})))?"
    # ("在1分20秒分割 不对 在0分15秒": a space before a Chinese marker separates as well as a comma)
    rf"(?:\s*(?:…+|\.{{2,}}|,|，|;|；|-|—|–)+\s*|\s+(?=(?:{_M['time_zh']})))"
    rf"(?:(?:(?:{_M['time']})"
    r"[\s,，.…]*)+"
    # the reason the first time cannot be: "its 60s long", "视频只有60秒"
    # ("…不对 视频本来就一分钟 那就前45秒吧": how long it is anyway, said with 本来 / 总共 / 就)
    r"(?:(?:it'?s|it is|the video is|the video'?s|视频)\s*(?:本来|本身|总共|一共|全长|总长)?\s*"
    r"(?:only\s*|just\s*|才|只有|就|也就)?§\d+§\s*(?:long\b)?"
    r"[\s,，]*)?|"
    # the reason alone, after an "oh": "…哦视频才一分钟，", "oh the video's only 60s,"
    r"(?:(?:oh|哦|噢|喔|啊)[\s,，.…]*)?(?:it'?s|it is|the video is|the video'?s|视频)\s*"
    r"(?:本来|本身|总共|一共|全长|总长)?\s*(?:only|just|才|只有|就|也就)\s*"
    r"§\d+§\s*(?:long\b)?[\s,，]*)"
    # ("…, hmm actually only 0:10 to 0:15": "only" / "just" before the new time)
    r"(?:(?:split|cut|trim|freeze|pause|at|to|from|make it|make that|the first|the last|first|last|so|then|"
    r"only|just|那就|那么|那|就|在|到|从|是|第|前面|前|后面|后|最后|开头|结尾)\s*){0,3}(?=§\d+§)")


# "slow down 0:10-0:15 to half speed... wait i mean 0:10-0:16", "0:10到0:15慢放一半…不对 是0:10到0:16":
# a range said with its edit, then taken back and said again bare at the end - the new range stands where the
# first was said (the edit said between them stays; never two ranges, nor the old end kept)
_RANGE = r"§\d+§\s*(?:to|-|–|~|到|至|until|till)\s*§\d+§"
_RANGE_CORRECTION = re.compile(
    rf"(?P<old>{_RANGE})(?P<mid>[^§…]{{1,40}}?)\s*(?:…+|\.{{2,}}|,|，|;|；|—|–|-)+\s*"
    r"(?:(?:oh|um+|uh+|哦|啊)[\s,，]*)?"
    rf"(?:(?:{_M['range']})(?![a-z])[\s,，.…]*)+"
    # ("remove 0:10 to 0:20, hmm actually only 0:10 to 0:15": "only" / "just" before the new range)
    r"(?:(?:only|just)\s+)?"
    rf"(?:(?:from|从)\s*)?(?P<new>{_RANGE})\s*(?=$|[.!。！,，;；]|(?:instead|please|pls|thanks|吧)\b|吧)",
    re.IGNORECASE)


# "第8秒定格 哦不对 是第9秒", "在3秒处定格，说错了，4秒": a point said before its verb, taken back in the same
# breath - the verb at the new point ("在§9000§定格"), never the new time read as how long it lasts
_POINT_CORRECTION = re.compile(
    r"(?:在\s*)?(?:第\s*)?§\d+§\s*(?:处|那里|那儿|的地方|的位置)?\s*"
    r"(?P<verb>定格|定住|冻结|停住|画面静止)\s*(?:[,，;；…]|\s)+\s*(?:哦|啊|噢|呃|额)?\s*"
    rf"(?:{_M['point_zh']})(?:不对)?\s*(?:[,，;；…]|\s)*"
    r"(?:(?:是|应该是|改成|改到|换成|那就|就|在)\s*){0,3}(?:第\s*)?(?P<new>§\d+§)(?!\s*(?:到|至|-|~))")


def _time_corrected(m: re.Match[str]) -> str:
    """What is left of a time taken back: nothing, or the start of its range when only its end was
    corrected ("0:10 to 0:20… no, 0:25" ends at 0:25)."""
    ranged = re.match(_RANGE, m.string[m.end():])
    # "剪掉前6秒 不对 是前6秒静音": the same time said again after the marker - the time is not what was
    # corrected but the edit, so the words stay for the take-back of the edit (the verb before the time is
    # never carried onto the new one)
    said = re.findall(r"§\d+§", m.group(0))
    again = re.findall(r"§\d+§", (ranged.group(0) if ranged else m.string[m.end():m.end() + 12]))
    if said and said == again[:len(said)] and (ranged or len(said) == 1):
        return m.group(0)
    left = "" if ranged or not m.group("start") else m.group("start")
    return f"{m.group('verb')} {left}" if m.group("verb") else left


_WAY = re.compile(r"\b(?:(?:at|from)\s+)?(?:the\s+)?(?:(?P<num>\d)\s*/\s*(?P<den>\d)|(?P<half>half))"
                  r"\s+of\s+the\s+way"
                  r"(?:\s+(?:in|through|into\s+(?:it|the\s+video)))?\b|"
                  r"\b(?:the\s+)?(?P<halfway>half[\s-]?way)(?:\s+(?:point|mark|through|in|into\s+(?:it|the\s+video)))?\b"
                  r"(?!\s+(?:decent|done|there|good|right|finished)\b)")


def points_of_the_way(text: str, total_ms: int) -> str:
    """ "cut 1/4 of the way in to halfway", "split halfway through": a point named as a share of the way
    through the programme is that time (the programme's length known)."""
    if total_ms <= 0:
        return text

    def point(m: re.Match[str]) -> str:
        half = m.group("half") or m.group("halfway")
        share = 0.5 if half else int(m.group("num")) / max(1, int(m.group("den")))
        if not 0 < share < 1:
            return m.group(0)
        lead = re.match(r"(?:at|from)\s+", m.group(0))
        return f"{lead.group(0) if lead else ''}§{round(total_ms * share)}§"
    text = _WAY.sub(point, text)

    # "keep everything before the last 10 seconds", "最后10秒之前的全要": the part before the last N s (or
    # after the first N s) ends (starts) at the point N s from that end - never that N s itself
    def edge(m: re.Match[str], last: bool, before: bool, lead: str = "", tail: str = "") -> str:
        t = int(m.group("n"))
        if last != before or not 0 < t < total_ms:  # ("after the last 10 s": no part; keep it unread)
            return m.group(0)
        return f"{lead}§{total_ms - t if last else t}§{tail}"

    text = re.sub(r"\b(?P<side>before|until|till|up\s+to|after|past)\s+(?:the\s+)?"
                  r"(?P<end>last|final|first|opening)\s+§(?P<n>\d+)§",
                  lambda m: edge(m, m.group("end") in ("last", "final"),
                                 m.group("side") not in ("after", "past"), f"{m.group('side')} "), text)
    return re.sub(r"(?:(?P<last>最后|最後|结尾|末尾)|(?<![之以往向])(?:前|开头))\s*的?\s*§(?P<n>\d+)§"
                  # (的 after it: "剪掉前3秒之后加字幕" - 之后 bare there is "and then")
                  r"\s*(?:钟)?\s*(?P<side>之前|以前|之后|以后)(?=\s*的)",
                  lambda m: edge(m, bool(m.group("last")), m.group("side") in ("之前", "以前"), "",
                                 m.group("side")), text)


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1}
# a sound word in the sentence: the clip is where a sound change goes ("turn the music down during the first
# clip"), not a clip to edit
_SOUND_SAID = re.compile(r"\b(?:music|song|bgm|soundtrack|volume|audio|sound|mute|silence|quiet\w*|loud\w*|"
                         r"softer|duck\w*)\b|音乐|配乐|背景乐|bgm|音量|声音|原声|静音|小声|大声")


def clip_times(text: str, spans: Sequence[tuple[int, int]], whole: str = "") -> str:
    """ "turn the music down to 10% during the first clip", "mute the music over clip 2", "第一段的时候音乐
    调到10%": a clip named as WHEN a sound change happens is that clip's place on the timeline (from its
    start to its end) - a part for the ranged level or mute, never the whole track, never the clip cut.
    `spans`: each clip's (start, end) in programme ms; with fewer than two clips nothing is rewritten;
    `whole`: the whole request, where the sound is named (the clip may be said in a clause of its own)."""
    if len(spans) < 2 or not _SOUND_SAID.search(whole or text):
        return text

    def place(nth: str) -> tuple[int, int] | None:
        i = _NTH.get(nth) or (int(nth) if nth.isdigit() else 0)
        if i == -1:
            i = len(spans)
        return spans[i - 1] if 1 <= i <= len(spans) else None

    def en(m: re.Match[str]) -> str:
        got = place(m.group("nth") or m.group("num"))
        return m.group(0) if got is None else f"from §{got[0]}§ to §{got[1]}§"

    text = re.sub(r"\b(?:during|throughout|over|while)\s+(?:the\s+)?(?:whole\s+|entire\s+)?"
                  r"(?:(?P<nth>first|second|third|fourth|fifth|last|final)\s+(?:clip|video|shot|segment)|"
                  r"(?:clip|segment|video)\s+(?:#\s*|number\s+)?(?P<num>\d))\b(?:\s+(?:plays|is on|runs))?",
                  en, text)

    def zh(m: re.Match[str]) -> str:
        got = place("last" if m.group("last") else m.group("zn"))
        return m.group(0) if got is None else f"从 §{got[0]}§ 到 §{got[1]}§ "

    return re.sub(r"(?:(?:在|到)\s*)?(?:第\s*(?P<zn>\d)|(?P<last>最后)\s*1?)\s*"
                  r"(?:段|个片段|个视频|个镜头)(?:视频)?\s*"
                  r"(?:的时候|的部分|里面|里|期间|那里|这里|中间|时)",
                  zh, text)


@dataclass
class Normalized:
    text: str  # the whole request, normalized (quotes replaced by ⟦0⟧, ⟦1⟧ …)
    quotes: list[str] = field(default_factory=list)
    clauses: list[str] = field(default_factory=list)
    chinese: bool = False


def _fix_word(word: str) -> str:
    if word in _FIXES:
        return _FIXES[word]
    if len(word) < 4 or word in _VOCAB or not word.isalpha():
        return word
    if word.endswith("ing") and {word[:-3], word[:-3] + "e", word[:-4]} & _VOCAB:
        return word  # "exporting", "trimming": a form of a known word, not a typo of it
    if word.endswith("ed") and {word[:-2], word[:-1], word[:-3]} & _VOCAB:
        return word  # "downloaded", "exported": what was done, not a typo of the verb
    noun = word[:-1] if word.endswith("ers") else word
    if noun.endswith("er") and {noun[:-1], noun[:-2], noun[:-3]} & _VOCAB:
        return word  # "merger", "trimmers": a noun made from a known verb, not a typo of it
    if _common_word(word):
        return word  # "reporter", "barks", "landing": a real word, not a typo of "reorder", "bars", "leading"
    close = difflib.get_close_matches(word, KEYWORDS + _ALSO_CORRECTED, n=1,
                                      cutoff=0.8 if len(word) >= 5 else 0.85)
    if not close:
        return word
    meant = close[0]
    if word.startswith(meant):
        return meant  # "uploads", "tiktoks": the keyword itself with an ending
    # "remove the creases", "a creased shirt": a form of a real word ("crease") is that word, never a typo of
    # a keyword ("increase") - a typo is a slip of a letter or two, not a different word with an ending
    if any(word.endswith(end) and _common_word(word[:-len(end)]) for end in ("s", "es", "d", "ed", "ing")):
        return word
    # ("sparkler" is no "speaker"): a slip of the keys changes a letter or two; more is another word
    return meant if _edits(word, meant) <= 2 else word


def _edits(a: str, b: str) -> int:
    """The Levenshtein distance between two words (inserts, deletes and changes of one letter)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        now = [i]
        for j, cb in enumerate(b, 1):
            now.append(min(row[j] + 1, now[j - 1] + 1, row[j - 1] + (ca != cb)))
        row = now
    return row[-1]


# How often a word occurs in pyspellchecker's English frequency list (subtitles corpus) for it to count as
# a word people mean: "tittle" (141) is still read as "title"; "barks" (3082) stays a dog's bark.
_COMMON = 500


@functools.cache
def _frequencies() -> Any:
    from spellchecker import SpellChecker  # its dictionary ships inside the wheel: nothing is downloaded

    return SpellChecker(language="en", distance=1).word_frequency


def _common_word(word: str) -> bool:
    return bool(_frequencies()[word] >= _COMMON)


# (near-miss, word meant): each near-miss is no word of its own where it stands
_ZH_TYPOS: list[tuple[str, str]] = [
    (r"标(?:提|体)", "标题"),                      # biao ti
    (r"视(?:屏|平)(?!幕)", "视频"),                  # shi pin
    (r"(?:背静|被景|倍景|背井)(?=\s*(?:音乐|配乐|乐))", "背景"),  # bei jing (before 音乐)
    (r"竖(?:频|平)", "竖屏"), (r"横(?:频|平)(?!衡)", "横屏"),  # shu ping / heng ping
    (r"(?:虑|律|绿)镜|滤(?:境|竟)", "滤镜"),            # lü jing
    (r"降(?:燥|躁|早)", "降噪"), (r"(?<!干)(?:燥|躁)音", "噪音"),  # jiang zao / zao yin
    (r"(?<=[\d.两一二三四五六七八九十])\s*被速", "倍速"),  # bei su ("2被速")
    (r"音(?:亮|两)(?=\s*(?:调|降|减|小|大|高|低|提|开|太|有点|再|放|压|拉|稍|一|到|$))", "音量"),  # yin liang
    (r"淡(?:处|初)(?!理)", "淡出"),                 # dan chu
    (r"淡(?:如|乳)(?=\s*(?:淡出|淡处|一下|效果|$|[，,。 ]))", "淡入"),  # dan ru
    (r"禁音|净音", "静音"),                          # jing yin
    # "左右番过来", "上下番一下", "番转一下": fan for 翻 (flip) after a direction or before 转
    (r"(?<=左右|上下|水平|垂直|镜像)番(?=过来|过去|一下|个|转)", "翻"), (r"番转", "翻转"),  # fan
]


def fix_typos(text: str) -> str:
    text = re.sub(r"\btik[\s-]tok\b", "tiktok", text)
    text = re.sub(r"\bb\s*[&/]\s*w\b", "black and white", text)
    text = re.sub(r"\bblack\s*(?:n|'n'?|&|\+|an)\s*white\b", "black and white", text)
    text = re.sub(r"\bgr[ae]y[\s-]scale\b", "grayscale", text)
    # "识别一下字目", "加个字慕": the pinyin input's near-miss for 字幕 (zi mu)
    text = re.sub(r"(?<![数名])字(?:目|慕)(?!录)|自幕", "字幕", text)
    # "循坏3遍", "循还两次": the near-misses for 循环 (xun huan) - none a word of its own
    text = re.sub(r"循(?:坏|还|欢|换)", "循环", text)
    # "加个标提", "把视屏改成竖频", "加点背静音乐": the pinyin input's near-misses for the editing words -
    # none a word of its own (a wrong one read as said: "背静音乐" is background music, never a mute)
    # ("加个标题：我的视屏日记": the words after the colon are the person's to show - kept as typed)
    shown = re.search(r"(?:标题|标提|标体|文字|文案|大字|标语|字幕|写上?|内容)\s*(?:改成|换成|是|为|写)?\s*:"
                      r"(?P<words>[^，,。；;！!？?]*)", text)
    kept = (shown.start("words"), shown.end("words")) if shown else (len(text), len(text))
    parts = [text[:kept[0]], text[kept[1]:]]
    for typo, word in _ZH_TYPOS:
        parts = [re.sub(typo, word, p) for p in parts]
    text = parts[0] + text[kept[0]:kept[1]] + parts[1]
    # "take the backing track off", "lower the backing music": the music under the video, by another name
    text = re.sub(r"\bbacking[\s-]+(?:tracks?|music)\b", "background music", text)
    # "dinnae change the colours", "ye cannae cut that": the Scots negatives, read as the English ones
    text = re.sub(r"\bdinnae\b|\bdinna\b|\bdonnae\b", "don't", text)
    text = re.sub(r"\bdidnae\b", "didn't", text)
    text = re.sub(r"\bcannae\b|\bcanna\b", "can't", text)
    text = re.sub(r"\b(is|was|does|would|could|should|has|have|were|are)nae\b", r"\1n't", text)
    # "everything bar the last 8 seconds stays", "keep it all bar the intro": the British "bar" (= except)
    # after all of it names the part that goes - read as "except", never a keep of that part
    text = re.sub(r"\b(everything|all|it all|all of it|the whole thing|the lot|the rest)\s+bar(?:ring)?\s+"
                  r"(?=the\b|\d|first\b|last\b|final\b|opening\b|closing\b|intro\b|outro\b)",
                  r"\1 except ", text)
    # "0:15 to 0:21 needs binned", "the intro wants deleted": the Scots/northern "needs <done>" (no "to be")
    # said with a verb of removing is "needs to go" - the part removed, never a caption of those words
    text = re.sub(r"\b(?:needs?|wants?)\s+(?:binned|removed|deleted|scrapped|ditched|chucked|axed|tossed|"
                  r"trashed|dumped|nixed|cut\s+out|taken\s+out)\b", "needs to go", text)
    return re.sub(r"[a-z]+", lambda m: _fix_word(m.group(0)), text)


_VERBS = (r"add|put|make|remove|delete|cut|trim|set|export|render|save|download|mute|unmute|speed|slow|"
          r"rotate|flip|mirror|change|turn|lower|raise|increase|decrease|reduce|normalize|fade|crossfade|"
          r"insert|include|use|convert|give|keep|freeze|hold|duplicate|move|split|join|combine|merge|crop|resize|"
          r"apply|boost|denoise|clean|burn|also|then|get|drop|throw|stick|slap|overlay|upload|post|publish|"
          r"share|send|generate|create|undo|redo|go|revert|bump|swap|reverse|append|stitch|replace|"
          r"transcribe|caption|subtitle|zoom|brighten|darken|i\s+want|i\s+need|let's|lets|please|can\s+you|"
          r"could\s+you|finally|lastly|after\s+that|and\s+then|do\s+an?")
_FILE = r"[\w-]+\.(?:mp4|mov|webm|mkv|avi|png|jpe?g|gif|webp|mp3|wav|m4a|aac)\b"
_SPLIT = re.compile(
    rf"\s*(?:[;.!?](?=\s|$)|,(?!\s*(?:and\s+)?(?:then\s+)?{_FILE})\s*(?:and\s+)?(?:then\s+)?|"
    rf"\s+(?:and\s+)?then\b(?!\s*{_FILE})\s*|\s+and\s+(?=(?:{_VERBS})\b)|"
    # "mute it — no wait keep the sound", "volume to 80% — make that 60%": a dash before a take-back marker
    # ends the clause - what is said after it takes back or corrects the edit before (never one reading of
    # both halves)
    # ("order them c, a, b — i mean 3 1 2": "i mean" says the same again - one reading, not split)
    r"\s+[—–-]+\s+(?=(?:(?:oh|um+|uh+)\s+)?(?:no[\s,]+(?:wait|actually|sorry|keep|leave|make|just)|"
    r"nah|nope|actually|wait|hmm+|sorry|oops|scratch that|on second thought|make that|never ?mind)\b)|"
    # "denoise the audio and afterwards bring the loudness to …": the next step, like "and then"
    r"\s+and\s+(?:afterwards?|after that)\s+(?=[a-z])|"
    # "cut the first 10 sec and everything after 0:40 should be 2x faster": a part of the time with what it
    # should become said after it is the next step (as after a comma), never more of the cut's object
    r"\s+and\s+(?=(?:everything|all|the (?:rest|part|bit|section))\s+(?:after|past|from|before|between)\s+"
    r"§\d+§[^,;.]*?\b(?:should|must|needs? to|has to|have to|gets?|is going to)\s+(?:be\s+)?"
    r"(?!stay|remain|kept|left|go\b|gone|cut|removed|deleted|trimmed)[a-z0-9])|"
    # "split at 0:20 and 0:40 and bin the middle bit": a throw-away verb said of one of the pieces is the next
    # step (only before a piece called by its place: "bin" / "lose" alone are not verbs of the split list)
    r"\s+and\s+(?=(?:bin|ditch|lose|chuck|scrap|toss|trash|dump|kill|axe|nix)\s+(?:the|that)\s+"
    r"(?:first|last|final|middle|second|third|1st|2nd|3rd)\s+(?:bit|part|piece|chunk|section|segment|one|clip)s?\b)|"
    # "trim the first 10 sec and snap a still at 0:25", "… and pull a cover image from 0:25": a picture of one
    # moment asked for after another step is a step of its own (its time is not the step's before)
    r"\s+and\s+(?=(?:take|grab|snap|pull|capture|get|export|save|make|pick|use|set|generate|create|do|"
    r"render|give me)\s+(?:me\s+|us\s+)?(?:an?\s+|the\s+|one\s+|my\s+)?(?:[\w-]+\s+)?"
    r"(?:thumbnail|thumb|cover|still|screenshot|screen ?grab|poster frame|frame grab)s?\b)|"
    # "add logo.png top left at 50% and a title 'Acme'": a second thing added, its own clause
    r"\s+and\s+(?=(?:a|an|some)\s+(?:\w+\s+)?(?:title|caption|subtitles|text|music|song|logo|watermark|"
    r"fade|crossfade|transition|intro|outro)\b)|"
    # "make the first clip 2x speed and the last clip slow mo": another clip named by its place, then a
    # speed of its own - the next step (each clip has its own speed)
    r"\s+and\s+(?=(?:make\s+|have\s+|put\s+|set\s+)?the\s+(?:first|second|third|fourth|last|final|middle|"
    r"1st|2nd|3rd|4th|other)\s+(?:clip|one|1|shot|video|segment|part)\s+(?:(?:to|at|in|as|into|be|is|goes|"
    r"go|plays|play|should\s+be)\s+)?(?:super\s+|really\s+)?(?:slow[\s-]*mo(?:tion)?\b|slow(?:er)?\b|"
    r"fast(?:er)?\b|sped\s+up\b|speed(?:ed)?\s+up\b|half\s+speed\b|double\s+speed\b|normal\s+speed\b|"
    r"\d+(?:\.\d+)?\s*x\b|§?\d+(?:\.\d+)?%))|"
    # "add logo.png top right and the title 'Reunion'": the quoted words are the second thing's
    r"\s+and\s+(?=the\s+(?:title|caption|text|heading|words)\s+⟦\d+⟧)|"
    # "add music.mp3 but dont duck it", "加音乐 但是别太大声": what is not wanted is its own clause
    r"\s+but\s+(?=(?:don'?t|dont|do not|never|no need)\b)|(?:但是|但|不过)(?=别|不要|不用|不需要)|"
    r"[；。！？，、]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|"
    # "c段2倍速 b段慢动作": a space, then a clip named by its letter and 段 - the next clip's edit
    r"(?<=[\u4e00-\u9fff])\s+(?=[a-z]\s*(?:段|片段)(?=[\u4e00-\u9fff\d§]))|"
    # ("删掉0:10到0:15 哦不对 0:10到0:15静音": a Chinese take-back marker, a space, then a time - what is said
    # from that time on corrects the edit before, in a clause of its own as after a Chinese word)
    r"(?<=不对|哦不|啊不|错了)\s+(?=§)|"
    # "顶部加「动漫社」 右下角再加「扫码入社」": after the quoted words, a place and another thing added
    # ("…「第7期」 下面再加一行文字「坐标：千岛湖」": the text's noun may come between)
    # ("…」 下面再来一行小字「…」": 来 / 整 / 弄 say "add" in speech)
    r"(?<=⟧)\s+(?=[\u4e00-\u9fff]{1,6}?(?:再|也|还)?(?:加|放|写|打上|来|整|弄)(?:上|个|一个|一行|一句)?"
    r"(?:(?:大|小|副)?(?:文字|字|标题)|字幕)?\s*⟦)|"
    # "加两行字 上面「母婴好物」 下面「链接在评论区」": after the quoted words, another place and its
    # own words
    r"(?<=⟧)\s+(?=(?:在)?(?:上面|下面|上方|下方|顶部|底部|顶上|底下|中间|正中间|左边|右边|左上角|右上角|左下角|"
    r"右下角|第二行|下一行)\s*(?:的|一行|那行)?\s*(?:是|写|放|打)?\s*⟦)|"
    # "加标题「阿香烘焙工作室」 右上角放logo.png": after the quoted words, a place and a picture put there -
    # the next step (the place is the picture's, never the title's)
    rf"(?<=⟧)\s+(?=(?:在)?(?:上面|下面|上方|下方|顶部|底部|顶上|底下|中间|正中间|左边|右边|左上角|右上角|左下角|"
    rf"右下角|左上|右上|左下|右下)\s*(?:再|也|就)?\s*(?:放|加|贴|摆|打|挂)\s*(?:上|个|一个|一下)?\s*"
    rf"(?:{_FILE}|logo|水印|图标|贴纸|二维码))|"
    # "bgm调到15% 原声调大到120%": a percent, then a space, then Chinese - a new clause, as after 秒
    r"(?<=\d%)\s+(?=[\u4e00-\u9fff])|"
    # "前10秒删掉 25秒的画面当封面", "开头5秒不要 20秒到30秒加速": a cut said after its time, then a space and
    # another time - the next step (its time is its own, not the cut's)
    r"(?:(?<=§删掉|§删了|§不要|§去掉|§剪掉|§砍掉|§拿掉|§删除)|(?<=§ 删掉|§ 删了|§ 不要|§ 去掉|§ 剪掉|§ 砍掉|"
    r"§ 拿掉|§ 删除)"
    # ("前10秒不要了 40秒以后的部分加速2倍": 了 / 吧 after the cut - the same end of the step)
    r"|(?<=§ 不要了|§ 删掉了|§ 剪掉了|§ 去掉了|§ 砍掉了|§ 删掉吧|"
    r"§ 剪掉吧|§ 去掉吧|§ 不要吧|§ 删了吧|§ 剪了吧))"
    r"\s+(?=第?\s*§)|"
    # "第一段不要了 1:40那里定格两秒": a clip dropped, then a space and a time - the next step (its time is
    # of the programme after the drop, never a second cut)
    r"(?:(?<=段不要了|段删掉了|段去掉了|段剪掉了|个不要了|段删掉吧|段不要吧)|"
    r"(?<=段不要|段删掉|段去掉|段剪掉|段删了|段删除|个删掉|个不要))\s+(?=(?:再|然后)?\s*(?:在\s*)?第?\s*§)|"
    # "开头剪8秒 结尾剪2秒 第50秒那里加个标题「X」": after a time, a space and another time said as a place
    # (那里 / 的地方) with something added there is the next step (its time is its own, never the cut's)
    r"(?<=§)\s+(?=(?:再|然后)?\s*(?:在\s*)?第?\s*§\d+§\s*(?:秒)?\s*(?:的地方|那里|这里|那儿|这儿|处|的位置|"
    r"的时候)\s*(?:帮我|给我|再)?\s*(?:加|添加|配上|插入|放|打上|写上))|"
    # "剪掉前5秒 0:15到0:20加字「限时优惠」": after a time, a space and a range with something added in it
    # or a speed or mute there is the next step (that range is its own, never a second cut)
    r"(?<=§)\s+(?=(?:再|然后)?\s*(?:在\s*)?(?:从\s*)?§\d+§\s*(?:到|至|-|~)\s*§\d+§\s*(?:秒)?\s*"
    r"(?:的地方|那里|这里|之间|的时候|那段|这段)?\s*(?:帮我|给我|再)?\s*(?:加(?![快长大到])|添加|配上|打上|写上|减速|慢放|快放|放慢|静音))|"
    # "去掉开头10秒 50秒以后淡出": after a time, a space and a fade from another time is the next step (the
    # fade's time is never a second cut)
    r"(?<=§)\s+(?=(?:从|在)?\s*第?\s*§\d+§\s*(?:开始|以后|之后|往后|起|后)?\s*(?:就|再)?\s*"
    r"(?:慢慢|渐渐|逐渐)?\s*(?:地)?\s*(?:淡出|淡入|渐隐|渐出|渐黑))|"
    # "剪掉开头10秒 封面用第25秒": after a time, a space and the cover asked for is the next step
    r"(?<=§)\s+(?=(?:再|然后)?\s*(?:封面|缩略图|截图|截个图|截一张|截张图))|"
    # "剪掉前3秒 再从第33秒切开": after a time, 再 and a place or a cut is the next step
    r"(?<=§)\s+(?=再\s*(?:从|在|把|将|切|剪|删|分|裁|截|去掉))|然后|接着|(?<!§)(?<!§\s)(?<!第)之后|最后再|再把|"
    # ("下面再加一行文字「…」": the place said just before 再加 is that of the thing added)
    r"(?<!上面|下面|上方|下方|顶部|底部|顶上|底下|中间)(?<![左右][上下]角)再加(?![速快长大到])|(?<!合)并且?"
    r"|并把|同时|"
    r"还要|还有|顺便)\s*")


# fades said in other words, one table: "最后5秒慢慢黑掉", "让音乐慢慢进来", "dip to black"
_FADE_WORDS = [
    (r"(?:慢慢|渐渐|逐渐)\s*(?:地)?\s*(?:黑掉|变黑|黑下去|暗下去|消失|没了|隐去|小下去|变小)|渐黑|渐隐|渐弱|渐出",
     "淡出"),
    (r"(?:慢慢|渐渐|逐渐)\s*(?:地)?\s*(?:进来|出现|亮起来|变亮|响起来|大起来|变大)|从黑(?:场|屏)?\s*(?:慢慢|渐渐)?"
     r"\s*(?:亮起来|出现|进来)|渐显|渐亮|渐强|渐入", "淡入"),
    # "make the ending go to black", "the outro should fade to black", "have the ending go black": the end
    # (by its name, no length said) made to go black - a fade out at the end, never a change of some part
    (r"\b(?:(?:make|have|let)\s+)?the\s+(?:very\s+)?(?:ending|outro|final\s+(?:shot|scene|frame))\s+"
     r"(?:(?:should|needs?\s+to|has\s+to|must)\s+)?(?:slowly\s+|gently\s+|just\s+)?"
     r"(?:go|fade|dip|cut|turn|fade\s+out)\s+(?:out\s+)?(?:to\s+|into\s+)?black\b(?!\s*(?:and|&|n)\s*white)",
     "fade to black at the end"),
    (r"\b(?:cut|dip|dips|go|goes|fade)\s+(?:out\s+)?to black\b", "fade to black"),
    # "end it on black instead of just stopping", "can it finish on a black screen": the end asked to be black
    # (a fade to black) - never "it ends on black" said of the footage
    # ("wrap it up with a black screen": the particle after the object)
    # ("end the vhs transfer on black like the old tapes did": the recording named in a few words)
    (r"\b(?:end|finish|close|wrap(?:\s+up)?)\s+(?:it\s+|this\s+|things\s+|(?:it|this|things)\s+up\s+|"
     r"(?:the|my|our)\s+(?:[a-z]+(?:'s|’s)?\s+){0,2}?(?:video|clip|film|reel|vlog|edit|transfer|tape|recording|footage|"
     r"movie|montage|slideshow|story|tour|trailer)\s+)?"
     r"(?:off\s+)?(?:on|in|with|into)\s+(?:a\s+|the\s+)?(?:full\s+|plain\s+|solid\s+)?black"
     r"(?:\s+(?:screen|frame|card))?\b(?!\s*(?:and|&|n)\s*white)", "fade to black at the end"),
    (r"\b(?:come|comes|coming)\s+in\s+(?:slowly|gradually|softly)\b", "fade in"),
    # "fade the music up", "fade it up at the start", "bring the music up slowly", "slowly bring the song up",
    # "ease the bgm up gradually": up said with a fade or with slowness is the way IN - never a fade out,
    # never a louder level
    (r"\bfad(e|es|ed|ing)\s+((?:it|them|the\s+(?:background\s+|bg\s+)?(?:music|song|bgm|track|soundtrack|audio|"
     r"sound))\s+)?up\b", r"fad\1 \2in"),
    (r"\b(?:(?:slowly|gradually|gently|softly)\s+)(?:bring|ease|raise|let|pull|ramp)\s+"
     r"((?:it|the\s+(?:background\s+|bg\s+)?(?:music|song|bgm|track|soundtrack))\s+)(?:come\s+)?up\b|"
     r"\b(?:bring|ease|let|ramp)\s+((?:it|the\s+(?:background\s+|bg\s+)?(?:music|song|bgm|track|soundtrack))\s+)"
     r"(?:come\s+)?up\s+(?:slowly|gradually|gently|softly|bit by bit|little by little)\b",
     r"fade \1\2in"),
    (r"(?:音乐|背景音乐|配乐|bgm|歌)\s*((?:在)?(?:开头|一开始|刚开始|开始的时候)?)\s*(?:的时候)?\s*(?:要|就)?\s*"
     r"(?:慢慢|渐渐|逐渐)\s*(?:地)?\s*(?:起来|推上来|推起来|升起来|升上来|拉起来|抬起来|上来)",
     r"音乐\1淡入"),
    # "结尾剪成黑屏", "最后切到黑场", "以黑屏收尾": the end goes to black (a fade), nothing black is cut away
    (r"(?:剪(?:辑)?|切|转|变|过渡|渐变)(?:成|到|为)\s*(?:全)?黑(?:屏|场|色画面)|(?:切|转|变)\s*黑(?:屏|场)|"
     r"(?:以|用)\s*黑(?:屏|场)\s*(?:结束|结尾|收\s*(?:个|一个|一下)?\s*尾|作结)|黑(?:屏|场)\s*(?:收尾)|"
     # "结尾落到黑屏", "最后结束在黑场上": where the end lands, black
     r"(?:落|结束|收)(?:在|到|于)\s*(?:全)?黑(?:屏|场)|"
     # "最后收个黑屏", "结尾收黑": the end closed on black
     r"收\s*(?:个|一个|一下)?\s*(?:全)?黑(?:屏|场)?(?!\s*(?:去掉|删|剪|不要|拿掉|弄掉))", "淡出到黑场"),
    # "结尾来个黑屏", "最后给个黑场", "片尾黑屏就行": the end itself asked to be black (never
    # "结尾的黑屏去掉", black footage there cut away)
    # ("最后弄成黑屏结束": made into black at the end - 弄成 / 搞成 said of the end)
    # ("最后给我弄个黑屏结束": 给我 / 帮我 before the verb, said to whom it is done)
    (r"(最后|结尾|末尾|片尾)\s*(?:再|要|就)?\s*(?:给我|帮我|替我)?\s*(?:(?:(?:来|给|加|弄|整|上|做)\s*(?:个|一个|一下|一段|点)?|"
     r"(?:弄|搞|做|整|处理)\s*(?:成|到))\s*(?:全)?"
     # ("最后黑屏结束 别咔一下就没了": a space ends the clause as a comma does)
     r"黑(?:屏|场)|黑(?:屏|场)(?=\s*(?:吧|就行了?|就好|收尾|结束)?(?:\s*(?:$|[，,。!！])|\s+))(?![^。]*?(?:去掉|删|剪|不要|拿掉|"
     r"弄掉|太长)))", r"\1淡出到黑场"),
    # "trim the music so it fades out over the last 3 s": the fade is what is asked; the trim is how the
    # person thinks of it, not a cut of those seconds
    (r"\b(?:trim|cut|shorten|edit|chop|tweak)\s+((?:the|my|this|that|our)\s+(?:[a-z]+\s+){0,2}?"
     r"(?:music|song|bgm|track|audio|soundtrack|sound|video|clip|ending|end|outro))\s+so\s+(?:that\s+)?"
     r"(?:it|they|the (?:music|song|audio|sound|video|end))\s+(?:slowly\s+|gently\s+|gradually\s+)?"
     r"fade[sd]?\b", r"make \1 fade"),
]


def _fade_words(text: str) -> str:
    for pattern, word in _FADE_WORDS:
        text = re.sub(pattern, word, text)
    return _bare_fade_placed(text)


# "音乐开头结尾太突然了 都淡一下", "the music starts and ends too abruptly, fade it": a fade said with no
# way (in or out), after the end or ends it is for - the fade in at the start, out at the end, both at both
_BARE_FADE_ZH = (r"(?<![淡浅])淡(?:化)?\s*(?:一下|一点|下)(?!\s*(?:入|出|颜色))|"
                 r"(?:做|加|来)\s*(?:个|一个|一下|点)?\s*淡化")
_BARE_FADE_EN = (r"\bfade\s+(?:it|them|that|this|the\s+(?:music|song|track|bgm|audio|sound|video|clip))"
                 r"(?!\s+(?:in|out|up|down|to|from|between|away|into)\b)")
_BOTH_ENDS = (r"头尾|首尾|两头|开头\s*(?:和|跟|与|、|还有)?\s*(?:结尾|末尾|最后)|"
              r"开始\s*(?:和|跟|与|、)?\s*(?:结束|结尾)|进来\S{0,8}(?:出去|结束|停)|"
              r"\b(?:starts?|begins?|kicks?\s+in|comes?\s+in)\b[^.;]{0,30}?\b(?:and|&)\s+"
              r"(?:ends?|stops?|cuts?\s+off)\b|"
              r"\bboth\s+ends\b|\b(?:start|beginning)\s+and\s+(?:the\s+)?end\b")
_START_END = (r"开头|片头|一开始|刚开始|开始|进来|响起|"
              r"\b(?:starts?|begins?|beginning|kicks?\s+in|comes?\s+in|intro)\b")
_END_END = (r"结尾|片尾|末尾|最后|结束|收尾|停(?:得|的)|断(?:得|的)|没了|戛然|"
            r"\b(?:ends?|ending|stops?|cuts?\s+off|outro)\b")


def _bare_fade_placed(text: str) -> str:
    for bare, way in ((_BARE_FADE_ZH, {"in": "淡入", "out": "淡出", "both": "淡入淡出"}),
                      (_BARE_FADE_EN, {"in": r"\g<0> in", "out": r"\g<0> out", "both": r"\g<0> in and out"})):
        m = re.search(bare, text)
        if m is None:
            continue
        before = text[:m.start()]
        if not re.search(_BOTH_ENDS + "|" + _START_END + "|" + _END_END, before):
            # ("fade the music at the start and end": the ends said right after it)
            before = re.split(r"[.;,，。；!?！？]", text[m.end():], maxsplit=1)[0]
        if re.search(_BOTH_ENDS, before) or (re.search(_START_END, before) and re.search(_END_END, before)):
            end = "both"
        elif re.search(_START_END, before):
            end = "in"
        elif re.search(_END_END, before):
            end = "out"
        else:
            continue  # ("淡一下": no end said - which is asked)
        text = text[:m.start()] + re.sub(bare, way[end], m.group(0)) + text[m.end():]
    return text


# "保留10秒到40秒 加个标题「X」", "剪掉前5秒 加字幕", "keep 0:10 to 0:40 add a title 'X'": a cut or keep with
# its time, then another thing added - the time is the cut's, the addition its own clause
_TIMED_THEN_ADDED = re.compile(
    r"^\s*(?:先|首先)?\s*(?:只(?:保|留|要)|保留|留下|剪掉|剪去|删掉|删除|去掉|裁掉|\b(?:keep|cut|trim|remove|delete)\b)"
    r"[^§⟦]{0,12}§\d+§(?:\s*(?:-|–|到|至|\bto\b)\s*§\d+§)?(?:\s*(?:的|之间|左右))?"
    # ("先剪掉前2秒 最后结尾加个字幕「完」": where the addition goes may be said before it)
    # ("去掉开头8秒 在50秒的地方加「X」": where it goes may be a time of its own)
    r"(\s+)(?=(?:再|然后|最后)?\s*(?:[在从]\s*)?(?:开头|片头|结尾|片尾|末尾|最后|"
    r"(?<=[在从])\s*§\d+§\s*(?:的地方|那里|这里|处|的时候|时|开始)?)?\s*"
    r"(?:加(?![速快长大到])|添加|配上|插入|\b(?:add|put|insert)\b))")
# "黑白 加标题「X」 结尾淡出2秒": after the words shown, a new edit (where it goes said first) is its own
# clause - the place is that edit's, not the text's
_WORDS_THEN_EDIT = re.compile(
    # ("上面加「第3期」 下面加「…」": the place of the next text said first is that text's)
    r"⟦\d+⟧(\s+)(?=(?:在\s*)?(?:画面)?(?:上面|下面|上方|下方|顶部|底部|顶上|底下|[左右][上下]角)\s*"
    r"(?:写上?|打上?|放上?|加上?)\s*⟦|"
    r"(?:开头|片头|结尾|片尾|末尾|最后|全程|整体|整个视频)?"
    r"\s*(?:(?:前|最后|开头|结尾)\s*§\d+§\s*)?(?:淡入|淡出|静音|加速|减速|慢放|"
    r"调亮|调暗|降噪|去掉|删掉|剪掉|加(?![速快长大到在])|配上|转成|导出|旋转))")


# "第三段删了…不对 是挪到最前面", "delete the third clip... no wait, move it to the front": a correction that
# replaces the verb keeps the object - the clip named before the take-back is the one moved (read as said
# again after it, so the removal is taken back and nothing is deleted)
_CLIP_ZH = r"第\s*\d+\s*(?:段|个片段|个视频|个镜头|个素材|条|个)"
_CLIP_EN = (r"(?:the\s+(?:first|second|third|fourth|fifth|sixth|last|\d+(?:st|nd|rd|th))\s+(?:clip|"
            r"segment|part|"
            r"video|shot)|(?:clip|segment|part)\s+\d+)")
_OBJECT_CARRIED_ZH = re.compile(
    # ("c不要了…哦等下还是要的，把它放第一个吧": a clip named by its one-letter file name, "等下" as the
    # take-back with "还是要的" (kept after all), and "放第一个" with no 到 before the place)
    # ("b不要了…等下还是留着吧，把它放最后", "b删了 算了还是留着 把它挪到最前": 留着吧 and 算了 the same)
    rf"(?P<obj>{_CLIP_ZH}|(?<![a-z0-9_.])[a-z](?:\.(?:mp4|mov|webm|mkv))?(?![a-z0-9_]))"
    r"(?P<said>[^…,，。;；!！?？]{0,4}?(?:删了|删掉|删除|去掉|不要了|剪掉|剪了)"
    rf"[\s…,，.。!！]*(?:{_M['object_zh']}|(?P<keep>(?:(?:哦|啊|噢)?(?:等下|等等|等一下)|算了)[\s,，]*还是(?:要|留着?)(?:的|吧)?))"
    r"[\s…,，.。!！]*(?:不是\s*(?:删|剪|去掉)?\s*)?"
    r"(?:是|我是说|应该是|其实是)?\s*)"
    r"(?:把\s*(?:它|这段|那段|这个|那个)\s*)?(?=(?:挪|移|放|换|调)\s*(?:到|去|在)|放\s*(?:第|最前|最后)|"
    # ("第二段删掉 算了还是留着 把它调快一倍": another edit of the clip kept - its speed, or a copy of it)
    r"调快|调慢|加速|减速|放慢|慢放|快放|变快|变慢|复制)")
_OBJECT_CARRIED_EN = re.compile(
    # ("delete b... nah keep it, make it 2x faster": a clip named by its one-letter file name too)
    rf"(?P<said>\b(?:delete|remove|cut|drop|lose|get rid of)\s+"
    rf"(?P<obj>{_CLIP_EN}|(?<![a-z0-9_.'’])[b-z](?:\.(?:mp4|mov|webm|mkv))?(?![a-z0-9_'’]))[\s.…,!—–-]*"
    # ("delete the 3rd clip — scratch that, just move it to the front": a dash before the marker, and
    # "scratch that" / "never mind" / "on second thought" take the removal back as "no wait" does)
    rf"(?:{_M['object_en']})[\s.…,!—–-]*(?:no[\s.…,!—–-]+)?"
    # ("get rid of clip 2, actually keep it but move it to the end": the keep said before the new edit)
    r"(?:(?:keep|leave)\s+it(?:\s+in)?[\s.…,!—–-]*(?:(?:and|but|just)\s+)*)?"
    r"(?:just\s+)?(?P<verb>move|put|bring|shift|place|speed|slow|make|duplicate|copy)\s+)"
    r"(?:it|that one|that|this one)\b")


def _object_carried(text: str) -> str:
    def zh(m: re.Match[str]) -> str:
        said = m.group("said")
        if m.group("keep"):  # "等下还是要的" takes the removal back as "不对" does (read the same after)
            said = said.replace(m.group("keep"), "不对 ")
        return f"{m.group('obj')}{said}把{m.group('obj')}"
    text = _OBJECT_CARRIED_ZH.sub(zh, text)
    return _OBJECT_CARRIED_EN.sub(lambda m: f"{m.group('said')}{m.group('obj')}", text)


# "…最后接上c.mp4再导出一个mp4": an export said after 再 in a run-on is a step of its own - unless what
# comes before it in the same stretch puts it off ("晚点再导出", "等回家连上wifi再导出": none now, read by
# the export rule in one piece)
_EXPORT_AFTER_ZAI = re.compile(r"(?<=[\w.])\s*再(?=\s*(?:导出|输出|出片|渲染)"
                               r"(?!\s*(?:的|时|前|之前|以后|后)))")
_PUT_OFF_ZH = re.compile(r"晚点|晚些|晚一点|待会|等会|等一下|回头|明天|过会|稍后|到时候|回家|有空|等|以后|"
                         r"先别|先不|不急")


def _export_after_zai(text: str) -> str:
    def own(m: re.Match[str]) -> str:
        stretch = re.split(r"[，,。；;！!？?]", text[:m.start()])[-1]
        return m.group(0) if _PUT_OFF_ZH.search(stretch) else "，再"
    return _EXPORT_AFTER_ZAI.sub(own, text)


def split_clauses(text: str) -> list[str]:
    text = _export_after_zai(text)
    parts = [p.strip(" ,.;") for p in _SPLIT.split(text)]
    out: list[str] = []
    for part in parts:
        while part:
            m = _TIMED_THEN_ADDED.search(part) or _WORDS_THEN_EDIT.search(part)
            if m is None:
                out.append(part)
                break
            out.append(part[:m.start(1)].strip(" ,.;"))
            part = part[m.end(1):].strip(" ,.;")
    return [p for p in out if p]


# one attribute of a text said as a clause of its own: a colour, a size, a style, a place, a time range
_TEXT_ATTRIBUTE = re.compile(
    r"(?:(?:in|size|font size|at size)\s+)?(?:white|black|red|green|blue|yellow|orange|purple|pink|"
    r"gr[ae]y|cyan|gold)(?:\s+(?:text|colou?r|font))?|(?:font\s+)?size\s+\d+(?:\s*(?:px|pt))?|\d+\s*(?:px|pt)|"
    r"(?:in\s+(?:an?\s+)?)?(?:plain|bold|outline[sd]?|boxed|box|shadow(?:ed)?)(?:\s+(?:style|text|font|look))?|"
    r"(?:at\s+the\s+)?(?:top|bottom|center|centre|middle)(?:\s+(?:left|right))?|centered|centred|"
    r"(?:from\s+)?§\d+§\s*(?:-|–|—|to|until|till)\s*§\d+§")
_TEXT_CLAUSE = re.compile(r"⟦\d+⟧|\b(?:title|text|caption|heading|label|words)\b")
# the same said in Chinese, split off by a space: where ("放底部全程", "放顶上"), how long ("从头到尾都要有"),
# how big ("字小一点") or in what colour ("红色") - said of the text named before
_TEXT_ATTRIBUTE_ZH = re.compile(
    # (a bare place, "右下角", may be where the next thing goes: "顶部加「A」 右下角再加「B」")
    r"(?:放|摆|放在|摆在|显示在)\s*(?:顶部|底部|顶上|底下|上方|下方|中间|正中|左上角|右上角|左下角|右下角)"
    r"(?:\s*(?:要|就)?(?:全程|一直|从头到尾|始终)(?:都)?(?:要)?(?:显示|出现|挂着|有)?)?|"
    r"(?:要|就)?(?:全程|一直|从头到尾|始终)(?:都)?(?:要)?(?:显示|出现|挂着|有)(?:着|就行|就好|吧)?|"
    r"(?:字|字体|字号)\s*(?:要|再|稍微)?\s*(?:大|小)\s*(?:一)?\s*(?:点|些)(?:儿)?(?:吧)?|"
    r"(?:要|用)?(?:红|白|黄|黑|蓝|绿|橙|粉|紫|金)色(?:的)?(?:字|字体)?(?:吧)?")
_TEXT_CLAUSE_ZH = re.compile(r"⟦\d+⟧|标题|文字|字(?!幕)|免责声明|文案|标语")


def _attributes_to_text(text: str, clauses: list[str]) -> list[str]:
    """ "title 'SALE' size 150, red, plain style, 0:00–0:02": a run of attributes each said as a clause of
    its own belongs to the text before them (a reading spans only a few clauses). Clauses stay pieces of
    `text` (the resolver finds them in it)."""
    return _join_to_previous(text, clauses, lambda previous, _gap, part: bool(
        ((_TEXT_ATTRIBUTE.fullmatch(part.strip()) and _TEXT_CLAUSE.search(previous)) or
         # ("加一段免责声明 放底部全程 字小一点：…": said with spaces between, in Chinese)
         (_gap.strip() == "" and _TEXT_ATTRIBUTE_ZH.fullmatch(part.strip()) and
          _TEXT_CLAUSE_ZH.search(previous))) and len(previous) < 160))


def _join_to_previous(text: str, clauses: list[str], joins: Callable[[str, str, str], bool]) -> list[str]:
    """`clauses`, found in `text` in order, with each clause for which joins(previous, gap, clause) holds
    joined to the one before it (and the text between them). Clauses stay pieces of `text`; when one is
    not found, they are returned as they are."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for part in clauses:
        at = text.find(part, pos)
        if at < 0:
            return clauses
        pos = at + len(part)
        if spans and joins(text[spans[-1][0]:spans[-1][1]], text[spans[-1][1]:at], part):
            spans[-1] = (spans[-1][0], pos)
        else:
            spans.append((at, pos))
    return [text[a:b] for a, b in spans]


_ZH_FRACTION = re.compile(r"([一二两三四五六七八九十\d]+)\s*分之\s*([一二三四五六七八九十\d]+)")
_EN_FRACTIONS = [(r"\b(?:a|one|1) third\b", "1/3"), (r"\b(?:two|2) thirds\b", "2/3"),
                 (r"\b(?:a|one|1) quarter\b", "1/4"),
                 (r"\b(?:three|3) quarters\b", "3/4")]


def _units(text: str, fps: float) -> str:
    """Fractions, SRT times and frames, before times are read: "三分之一" -> "1/3",
    "00:00:06,000 --> 00:00:09,500" -> "00:00:06.000 to 00:00:09.500", "90 frames" -> "3000ms" at 30 fps."""
    from .numbers import zh_value

    def num(x: str) -> str:
        return x if x.isdigit() else str(zh_value(x))

    text = _ZH_FRACTION.sub(lambda m: f" {num(m.group(2))}/{num(m.group(1))} ", text)
    for pattern, frac in _EN_FRACTIONS:
        text = re.sub(pattern, frac, text)
    # ("在00:00:12,500这里分割", "00:00:12，500": the milliseconds end at the digits - a Chinese word after
    # them is no word boundary - and the comma may be a full-width one)
    text = re.sub(r"(\d{1,2}:\d{2}:\d{2})[,，](\d{1,3})(?!\d)", r"\1.\2", text)
    text = re.sub(r"\s*-->\s*", " to ", text)
    # "from 00:05 → 00:10", "5s -> 10s": an arrow between two times is a range
    text = re.sub(r"(?<=[\d.sc])\s*(?:->|→|⟶|=>|⇒|➔|➡️?)\s*(?=\d)", " to ", text)
    text = re.sub(r"(?<!\d)半秒", "0.5秒", text)
    said_fps = re.search(r"(\d+(?:\.\d+)?)\s*(?:fps|帧每秒|帧/秒)", text)
    fps = float(said_fps.group(1)) if said_fps and float(said_fps.group(1)) > 0 else fps
    # "delete frames 300 to 450", "cut 300-450 frames": a range of frame numbers, the unit said once
    def frames(m: re.Match[str]) -> str:
        a, b = (round(int(m.group(i)) * 1000 / fps) for i in (1, 2))
        return f"{a}ms to {b}ms"
    text = re.sub(r"\bframes?\s*#?\s*(\d+)\s*(?:-|–|to|through|thru|until|till)\s*(?:frame\s*#?\s*)?(\d+)\b"
                  r"(?![.:])", frames, text)
    text = re.sub(r"(?<![\d.:])(\d+)\s*(?:-|–|to|through|thru)\s*(\d+)\s*frames\b", frames, text)
    # "第一帧" / "第1帧": the first frame is the video's start, not one frame's length in
    text = re.sub(r"(?<=第)\s*1\s*帧(?!\s*(?:每|/|率))", "0ms", text)
    # ("截一帧" is one picture, not a time)
    text = re.sub(r"(?<!截)(?<!截 )(\d+(?:\.\d+)?)\s*(?:frames|frame(?!s)|帧)"
                  r"(?!\s*(?:per|a|/|每)\s*(?:second|sec|s|秒))(?!"
                  r"率)",
                  lambda m: f"{round(float(m.group(1)) * 1000 / fps)}ms", text)
    # "only keep the second minute", "cut the third minute": a minute of the video by its number, said as
    # the thing kept or cut, is that minute's stretch of time
    nth = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}
    # ("drop everything except the second minute": the minute named after "except" is the one kept)
    text = re.sub(r"\b((?:only\s+|just\s+)?(?:keep|cut|remove|delete|drop|lose|export|mute|speed up|"
                  r"slow down|except|except for|apart from|other than|but)\s+"
                  r"(?:only\s+|just\s+)?)(?:the\s+)?(second|2nd|third|3rd|fourth|4th|fifth|5th)\s+minute\b"
                  # ("only keep the second minute of the footage": of the video, by another name)
                  r"(?!\s*(?:of\s+(?!it\b|this\b|(?:the|my)\s+(?:video|clip|thing|whole|footage|recording|film|"
                  r"movie|vid|vlog|lecture|talk)\b)|where|when|with|that|mark|and|or|-|to)\b)",
                  lambda m: f"{m.group(1)}{nth[m.group(2)] - 1}:00 to {nth[m.group(2)]}:00", text)
    # "remove frames 300 to 450", "frames 120-180": a range of frame numbers is a range of times
    text = re.sub(r"\bframes?\s*#?\s*(\d+)\s*(?:to|-|–|—|through|thru|till|until|"
                  r"and)\s*(?:frame\s*)?#?\s*(\d+)\b"
                  r"(?!\s*(?:fps|%|x\b|s\b|sec|seconds?\b|ms\b))",
                  lambda m: f"{round(int(m.group(1)) * 1000 / fps)}ms to "
                            f"{round(int(m.group(2)) * 1000 / fps)}ms",
                  text)
    # "hold frame 210 for 60 frames", "pause on frame 90 for 2 seconds": a frame held for a while is a freeze
    # at it (its number is a time, read below)
    text = re.sub(r"\b(?:hold|pause|stop|stay|linger|sit)\s+(?:still\s+)?(?:on\s+|at\s+)?(?:the\s+)?"
                  r"(?=frame\s*#?\s*\d+\b[^.;!?]*?\bfor\s+\d)", "freeze at ", text)
    # "frame 150", "at frame 60": a frame number is a time too
    # ("hold the frame 3 sec at 0:12": a number with its own unit after "frame" is a length, no frame number)
    text = re.sub(r"\bframe\s*#?\s*(\d+)\b(?![.,]\d|\s*(?:fps|%|x\b|s\b|secs?\b|seconds?\b|ms\b|mins?\b|"
                  r"minutes?\b|milliseconds?\b))", lambda m: f"{round(int(m.group(1)) * 1000 / fps)}ms", text)
    # "a second and a half", "2 minutes and a half": the half is of that unit
    text = re.sub(r"\b(\d+)\s*(seconds?|secs?|minutes?|mins?|hours?)\s+and\s+a\s+half\b", r"\1.5 \2", text)
    # "stop the picture at 0:07 during 1.5 second": "during" with a length after it (a number and its unit,
    # no range) is how long - "for", as a learner of English says it ("during the intro" is a part)
    text = re.sub(r"\bduring(?=\s+(?:about\s+|around\s+|roughly\s+)?\d+(?:\.\d+)?\s*(?:seconds?|secs?|s|"
                  r"minutes?|mins?|milliseconds?|ms)\b(?!\s*(?:-|–|to|and|through|thru|until|till|into|in|of|mark)\b))",
                  "for", text)
    # "fade in the music over 3 seconds and fade it out over 5", "fade in for 2s, out for 4": the unit said
    # once, with the first fade's length, holds for the second fade's bare number
    text = re.sub(r"(\bfad(?:e[sd]?|ing)\b[^.;!?]{0,40}?\b(?:over|for|across|taking|lasting|in)\s+"
                  r"(?:about\s+|around\s+)?\d+(?:\.\d+)?\s*(seconds?|secs?|s)\b[^.;!?§]{0,40}?"
                  r"\b(?:in|out)\b\s*(?:over|for|across|taking|lasting)?\s*(?:about\s+|around\s+)?)"
                  r"(\d+(?:\.\d+)?)(?![\d.:]|\s*(?:s\b|secs?\b|seconds?\b|ms\b|min|%|x\b|frames?\b))",
                  r"\1\3 \2", text)
    # "1 min 30": the bare number after minutes is seconds
    text = re.sub(r"\b(\d+)\s*(?:m|min|mins|minutes?)\s+(\d{1,2})\b(?!\s*(?:s\b|sec|second|%|\.|:|x\b))",
                  r"\1 minutes \2 seconds", text)
    # "1分05", "1分钟20", "2分5到2分30": the bare number after 分 is seconds, as on a clock ("1分05秒")
    text = re.sub(r"(\d+)\s*分(钟)?\s*(\d{1,2})(?![\d.]|\s*(?:秒|毫秒|分|%|倍|帧|个|段|次|s\b|sec))",
                  r"\1分\2\3秒", text)
    return text


_PAIR = (r"(\d+(?:\.\d+)?)\s*(?:to|-|–|through|till|until)\s*(\d+(?:\.\d+)?)\b"
         r"(?!\s*(?:s\b|sec|second|minute|%|:|x\b))")


def _second_numbers(text: str) -> str:
    """ "seconds 2 to 4 and 10 to 12": the unit said once, before the numbers, holds for each pair."""
    m = re.search(rf"\bseconds?\s+{_PAIR}", text)
    if not m:
        return text
    head = text[: m.start()] + f"{m.group(1)}s to {m.group(2)}s"
    # "\s*(?:(?:,|and|&)\s*)+", not "(?:\s*(?:,|and|&)\s*)+": the same words, but the latter splits each
    # run of spaces between two commas every possible way before failing (exponential in the commas,
    # and a regex holds the GIL: the whole engine stalls).
    rest = re.sub(rf"^(\s*(?:(?:,|and|&)\s*)+){_PAIR}",
                  lambda p: f"{p.group(1)}{p.group(2)}s to {p.group(3)}s", text[m.end():])
    while True:  # each further pair joined by "and" or a comma
        more = re.sub(rf"(\ds)(\s*(?:(?:,|and|&)\s*)+){_PAIR}",
                      lambda p: f"{p.group(1)}{p.group(2)}{p.group(3)}s to {p.group(4)}s", rest, count=1)
        if more == rest:
            break
        rest = more
    return head + rest


_FF_TIME = r"(\d+(?::\d{1,2}){0,2}(?:\.\d+)?)"


def _ff(t: str) -> str:
    return t if ":" in t else f"{t}s"  # a bare number on ffmpeg's command line is seconds


def _ffmpeg_words(text: str) -> str:
    """ "ffmpeg -ss 00:00:10 -to 00:00:20", "-ss 10 -t 5": ffmpeg's options for a part said in words
    (the part kept), the command's other words ("-i in.mp4 -c copy out.mp4") dropped."""
    if not re.search(r"(?<![\w-])-(?:ss|to|t)\s+\d", text):
        return text
    text = re.sub(r"\bffmpeg\b|(?<![\w-])-i\s+\S+|(?<![\w-])-c(?::[av])?\s+copy\b|"
                  r"(?<![\w-])-(?:y|an|vn)\b", " ", text)
    text = re.sub(rf"(?<![\w-])-ss\s+{_FF_TIME}\s+-to\s+{_FF_TIME}",
                  lambda m: f" keep {_ff(m.group(1))} to {_ff(m.group(2))} ", text)
    text = re.sub(rf"(?<![\w-])-ss\s+{_FF_TIME}\s+-t\s+{_FF_TIME}",
                  lambda m: f" keep {_ff(m.group(2))} starting at {_ff(m.group(1))} ", text)
    text = re.sub(rf"(?<![\w-])-ss\s+{_FF_TIME}(?!\s*-t)",
                  lambda m: f" keep from {_ff(m.group(1))} to the end ", text)
    text = re.sub(rf"(?<![\w-])-(?:to|t)\s+{_FF_TIME}", lambda m: f" keep the first {_ff(m.group(1))} ", text)
    return re.sub(r"[ \t]+", " ", text).strip()


_ONE_OF = r"\b(silence|pause|gap|clip|segment|part|title|transition|crossfade|fade|song|track)s?\b"


_CLIP_REF = (r"(?:the\s+)?(?:(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+clip|"
             r"clip\s*\d+)(?![\w:])")
_TAKEN_BACK = rf"(?:{_M['clip']})"


_CLIP_NTH_ZH = r"第\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:段|个片段|个视频|个镜头|个素材)"


def _clip_corrected(text: str, stems: Sequence[str] = ()) -> str:
    """A clip named, then corrected: "slow the first clip - i mean clip 2 - to half speed", "put clip 1 at
    half speed, i mean clip 2", "lose the first clip's speed - put clip 2 at half speed i mean": the clip
    said last is the one meant (as a time corrected is)."""
    text = re.sub(rf"({_CLIP_REF})('s)?\s*(?:[,;]|\s[-—–]+|\.\.\.|…)?\s*(?:{_TAKEN_BACK}[\s,]*)+"
                  rf"({_CLIP_REF})('s)?\s*(?:[-—–]+\s*|,\s*)?",
                  lambda m: f"{m.group(3)}{m.group(2) or m.group(4) or ''} ", text)
    tail = re.search(rf"[\s,;]*(?:[-—–]+\s*)?\b(?:{_TAKEN_BACK}[\s,]+)+({_CLIP_REF})\s*[.!]*\s*$", text)
    if tail:
        refs = list(re.finditer(_CLIP_REF, text[:tail.start()]))
        if len(refs) == 1:
            r = refs[0]
            return text[:r.start()] + tail.group(1) + text[r.end():tail.start()]
    # "把第二段删了 啊不对 是第三段": the same in Chinese - the one clip named before the marker is the one
    # said after it (a clip said bare at the end)
    tail_zh = re.search(rf"[\s,，…。]*(?:[啊哦噢呃]\s*)?(?:{_M['clip_zh']})[\s,，…。]*"
                        # ("删掉第二段 等下 删第三段才对": the verb said again before the new clip, and 才对
                        # "is the right one" after it - the clip said last is meant, the edit done once)
                        rf"(?:是|我是说|应该是)?\s*(?P<verb>[\u4e00-\u9fff]{{0,3}}?)\s*(?P<new>{_CLIP_NTH_ZH})\s*"
                        rf"(?:吧|啦|才对|才是)?"
                        rf"(?:[\s,，;；…。-]*(?:{_M['file_after']}))*\s*[。.!！]*\s*$", text)
    if tail_zh and tail_zh.group("verb") in text[:tail_zh.start()]:
        refs = list(re.finditer(_CLIP_NTH_ZH, text[:tail_zh.start()]))
        if len(refs) == 1:
            r = refs[0]
            return text[:r.start()] + tail_zh.group("new") + text[r.end():tail_zh.start()]
    if stems:
        # "把b删掉 哦不 删c", "delete b, oh no, c": a clip named by its file, taken back, and another named at
        # the end (its verb said again or not) - the one named last is meant; the first is never touched
        alt = "|".join(re.escape(x) for x in sorted(stems, key=len, reverse=True))
        ref = rf"(?<![A-Za-z0-9_.-])(?:{alt})(?:\.(?:mp4|mov|webm|mkv|avi|png|jpe?g))?(?![A-Za-z0-9_-])"
        tail_file = re.search(
            rf"[\s,，;；…。-]*(?:(?:(?:[啊哦噢呃]\s*)?(?:{_M['file_zh']})|"
            rf"\b(?:oh\s+|oops\s*,?\s*)?(?:{_TAKEN_BACK}))[\s,，;；…。-]*)+"
            r"(?:是|我是说|应该是|要)?\s*(?P<verb>[\u4e00-\u9fff]{0,3}?|[a-z]+)?\s*"
            rf"(?P<new>{ref})\s*(?:吧|啦|instead)?(?:[\s,，;；…。-]*(?:{_M['file_after']}))*"
            r"\s*[。.!！]*\s*$", text, re.IGNORECASE)
        if tail_file:
            refs = list(re.finditer(ref, text[:tail_file.start()], re.IGNORECASE))
            verb = tail_file.group("verb") or ""
            # ("…, on second thought no logo": "no" said right before the file is "without it", no correction)
            bare_no = re.search(r"\b(?:no|nope)\s*$", text[:tail_file.start("new")], re.IGNORECASE)
            if len(refs) == 1 and refs[0].group(0).lower() != tail_file.group("new").lower() and \
                    verb.lower() in text[:tail_file.start()].lower() and not bare_no:
                r = refs[0]
                return text[:r.start()] + tail_file.group("new") + text[r.end():tail_file.start()]
    restated = re.match(r"(.+?)\s+[-—–]+\s+(.+?)[\s,]*\bi\s+mean\s*[.!]*\s*$", text)
    if restated and re.search(_CLIP_REF, restated.group(1)) and re.search(_CLIP_REF, restated.group(2)):
        return restated.group(2)
    return text


def _whatever_is_nth(text: str) -> str:
    """ "speed up whatever is 2nd after that", "mute whichever one is third now": the clip in that place
    (after the edits said before it) - "the 2nd clip"."""
    # ("whichever one" has its "one" read as 1 by now; "the new 2nd clip": numbered as the timeline is then,
    # not the clip first numbered so - "swap clip 1 and 2, then delete whichever one is first after that")
    return re.sub(r"\b(?:whatever|whichever(?:\s+(?:one|1|clip))?|what(?:ever)?\s+clip|"
                  r"the\s+(?:one|1|clip)\s+that)\s+(?:is|'s|’s|ends up|is now|comes)\s+(?:now\s+)?(?:the\s+)?"
                  r"(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\b"
                  r"(?!\s+(?:clip|video|one|1|part|segment|shot|half|second|minute|sec)s?\b)"
                  r"(?:\s+(?:now|after (?:that|this|the (?:swap|reorder|move)))\b)?",
                  r"the new \1 clip", text)


def _the_one(text: str) -> str:
    """ "cut the silences except the one at the very end": "the one" (1 by now) stands for the thing
    just named, said again ("except the silence at the very end")."""
    def again(m: re.Match[str]) -> str:
        named = list(re.finditer(_ONE_OF, text[:m.start()]))
        return f"the {named[-1].group(1)} " if named else m.group(0)
    return re.sub(r"\bthe 1 (?=(?:at|in|on|before|after|near|from|between)\b)", again, text)


# "the drone takes off at 0:07, start the video there", "he bows at 0:48 - end it right there": a place
# named by "there" after an edit verb is the one time said before it
_THERE = re.compile(r"\b(start|begin|end|stop|finish|cut|split|freeze|pause)"
                    r"(\s+(?:it|the\s+(?:video|clip|vid)|"
                    r"everything|this|things|my\s+(?:video|clip)))?\s+(?:right\s+)?(?:there|at that (?:point|"
                    r"moment|spot|mark|time|second)|from there|then)\b")


# "the sale part starts at 0:20, put 'TODAY ONLY' there until 0:26": words put "there" are put at the one
# time said before (an end said right after it is where they stop)
_PUT_THERE = re.compile(r"\b(?:put|show|display|flash|write|add|slap|stick|pop|place)\s+"
                        r"(?:the\s+(?:text|words?|caption|title)\s+)?⟦\d+⟧\s+(?:right\s+)?(there)\b"
                        r"(?=\s*(?:(?:until|till|to|through)\s+§\d+§)?\s*(?:[,;.!]|$))")


def _one_time_before(text: str, at: int, time: str = r"§(\d+)§") -> str | None:
    """The one time said before `at` ("there", "it", "that point" stand for it), None when none or several
    are (which one is meant stays unread)."""
    said = set(re.findall(time, text[:at]))
    return said.pop() if len(said) == 1 else None


def _put_there(text: str) -> str:
    m = _PUT_THERE.search(text)
    if m is None:
        return text
    said = _one_time_before(text, m.start())
    rest = text[m.end():].split(",")[0].split(";")[0]
    ended = re.match(r"\s*(?:until|till|to|through)\s+§\d+§\s*(?:[,;.!]|$)", text[m.end():])
    if said is None or (re.search(r"§\d+§", rest) and not ended):
        return text
    return f"{text[:m.start(1)]}at §{said}§{text[m.end(1):]}"


# "he stops fumbling at 0:06, lose everything before it": the part before or after "it" (that point, that
# mark) is the part before or after the one time said before - never the whole clip from that time
_SIDE_OF_IT = re.compile(r"\b(cut|lose|drop|remove|delete|trim(?:\s+off)?|chop(?:\s+off)?|ditch|skip|scrap|"
                         r"get\s+rid\s+of|keep)\b([^,;.§]{0,40}?\b(?:before|after|past|until|till|up\s+to))\s+"
                         r"(?:it|that|this|then|that\s+(?:point|mark|moment|spot|time|second))\b")
# "everything after 0:06 stays, just lose the fumbling before it": a part said to stay is no edit of its
# own when the cut after it takes the other side of the same time (what stays is what the cut leaves)
_STAYS = re.compile(r"(?:^|(?<=[,;.]))\s*(?:(?:and|but|so)\s+)?(?:everything|all|anything|the\s+rest|"
                    r"(?:the\s+)?(?:stuff|part|bit)|what(?:ever)?\s+comes)\s+(before|after|past|from|until|up\s+to)"
                    r"\s+§(\d+)§(?:\s+on(?:wards?)?)?\s+(?:stays|remains|can\s+stay|should\s+stay|is\s+(?:fine|ok|okay|"
                    r"good|kept|staying))\b(?:\s+as\s+is)?\s*[,;.]\s*(?:(?:and|but|so)\s+)?(?:just\s+)?"
                    r"(?=(?:cut|lose|drop|remove|delete|trim|chop|ditch|skip|scrap|get\s+rid\s+of)\b[^,;.§]{0,40}?"
                    r"\b(before|after|past|until|till|up\s+to|from)\s+§(\d+)§)")


def _side_of_it(text: str) -> str:
    m = _SIDE_OF_IT.search(text)
    # ("split at 0:20 and delete the part before it": after a split, "it" is the split and the part before
    # it one of its pieces - read by the split's rules)
    if m is not None and not re.search(r"\bsplit|分割|切开|剪开", text[:m.start()]):
        said = _one_time_before(text, m.start())
        if said is not None and "§" not in text[m.end():]:
            text = f"{text[:m.start()]}{m.group(1)}{m.group(2)} §{said}§{text[m.end():]}"
    stays = _STAYS.search(text)
    if stays is not None:
        later = {"before": "after", "until": "after", "up to": "after"}
        kept = later.get(re.sub(r"\s+", " ", stays.group(1)), "before")
        cut = later.get(re.sub(r"\s+", " ", stays.group(3)), "before")
        if stays.group(2) == stays.group(4) and kept != cut:
            text = text[:stays.start()] + text[stays.end():]
    return text


# "the sparkler exit starts at 0:30, slow it down from there (on)": an edit from "there" runs from the one
# time said before it to the end (it had slowed the whole video); "cut from there to 0:20" to the time said
_FROM_THERE = re.compile(r"\bfrom\s+(?:there|that\s+(?:point|moment|spot|mark|time|second))"
                         r"(?:\s+on(?:wards?)?)?\b(\s*(?:to|until|till|up\s+to)\s+§\d+§)?")


def _from_there(text: str) -> str:
    m = _FROM_THERE.search(text)
    said = _one_time_before(text, m.start()) if m else None
    if m is None or said is None or "§" in text[m.end():]:
        return text
    return f"{text[:m.start()]}from §{said}§{m.group(1) or ' onwards'}{text[m.end():]}"


def _there(text: str) -> str:
    text = _side_of_it(_put_there(text))
    m = _THERE.search(text)
    if m is None:
        return _from_there(text)
    # (a length of padding is no place either: "add 500 ms of padding and cut there")
    said = _one_time_before(text, m.start(),
                            r"§(\d+)§(?!\s*(?:of\s+)?(?:padding|pad|margins?|buffer|handles?)\b)")
    # (a length said after it is no place: "freeze it there for 3 sec")
    later = re.sub(r"\b(?:for|over|lasting)\s+§\d+§", "", text[m.end():])
    if said is None or "§" in later:
        return _from_there(text)  # no time, or several, or one after it: which place "there" is stays unread
    return f"{text[:m.start()]}{m.group(1)}{m.group(2) or ''} at §{said}§{text[m.end():]}"


def _stems_listed(text: str, clauses: list[str], stems: Sequence[str]) -> list[str]:
    """ "join clip then c then b", "把clip、c、b按这个顺序拼起来": clips named by their bare stems in a list
    are one clause - a "then", comma or 、 between two of them orders the clips, not the edits. Clauses stay
    pieces of `text`."""
    if len(stems) < 2 or len(clauses) < 2:
        return clauses
    alt = "|".join(re.escape(x) for x in sorted(stems, key=len, reverse=True))
    ends = re.compile(rf"(?<![\w.'’])(?:{alt})(?:\.[a-z0-9]{{2,4}})?$")
    starts = re.compile(rf"^(?:{alt})(?:\.[a-z0-9]{{2,4}})?(?![\w.'’])(?=\s*(?:$|\band\b|&|和|按|"
                        # ("… in order c, clip, b please": the list ends with a please)
                        rf"\b(?:please|pls|plz|thanks|thx|thank you)\b\W*$|"
                        rf"\bin (?:that|this|"
                        rf"the same) order\b|\btogether\b|\bfirst\b|\blast\b|这个顺序|顺序|"
                        # ("把clip、c两个拼到一块儿": how many were listed, then the joining)
                        rf"\d+\s*(?:个|段)|一起|拼|接|"
                        # ("clip、c删掉", "clip、b都不要了": the clips listed, then what goes)
                        rf"(?:都|也|全)?\s*(?:删|去掉|剪掉|拿掉|不要)))")
    return _join_to_previous(text, clauses, lambda previous, gap, part: bool(
        ends.search(previous) and starts.search(part)
        and re.fullmatch(r"\s*(?:,|，|、|(?:and\s+)?then)\s*", gap)))


# a clause that is only a stretch of time ("from 0:20 to 0:26", "0:20-0:26", "between 0:20 and 0:26")
_BARE_RANGE = re.compile(r"(?:from\s+|between\s+)?§\d+§\s*(?:-|–|—|to|until|till|through|and)\s*§\d+§")
# a clause saying what is done to the music or sound ("drop the music", "lose the bgm", "mute the song")
_SOUND_CLAUSE = re.compile(r"\b(?:music|song|track|bgm|soundtrack|backing track|audio|sound|voice|"
                           r"volume)\b|音乐|配乐|背景音乐|bgm|声音|音量|原声")


# the music named first in a Chinese clause ("把音乐去掉", "不要音乐"; bgm is "background music" by now)
_MUSIC_ZH = r"(?:把)?\s*(?:不要)?\s*(?:音乐|配乐|背景音乐|bgm|background music|music)"


def _range_before_sound(text: str) -> str:
    """ "From 0:20, for 6 seconds, drop the music", "from 0:20 to 0:26, lose the music": the stretch said
    first, as a clause of its own, is where the sound change happens - said after it ("drop the music from
    0:20 to 0:26"), the way the sound rules read it. Read apart, the bare range took the verb of the next
    clause as a cut of the video (content nobody asked to go removed) and the music went everywhere."""
    text = re.sub(r"(^|[.;!?]\s*)(?:from\s+|between\s+)?(§\d+§)\s*(?:-|–|—|to|until|till|through|and)\s*"
                  r"(§\d+§)\s*[,，]\s*([^,，.;!?§]*?(?:" + _SOUND_CLAUSE.pattern + r")[^,，.;!?§]*)",
                  r"\1\4 from \2 to \3", text)
    # "从0:20开始的6秒，音乐去掉", "0:20到0:26，把音乐去掉": the same in Chinese - a start and a length is the
    # range, and the comma before the music said goes (the range then reads as the music change's place)
    text = re.sub(r"从\s*§(\d+)§\s*(?:开始|起)\s*(?:的|持续)?\s*§(\d+)§"
                  r"(?=\s*(?:内|之内|里)?\s*[,，]\s*" + _MUSIC_ZH + ")",
                  lambda m: f"从 §{m.group(1)}§ 到 §{int(m.group(1)) + int(m.group(2))}§", text)
    return re.sub(r"((?:^|[。；！？]\s*)(?:从\s*)?§\d+§\s*(?:到|至|-|–|~)\s*§\d+§)\s*"
                  r"(?:内|之内|里|之间)?\s*[,，]\s*(?=" + _MUSIC_ZH + ")", r"\1 ", text)


_BACK_TO_PART = re.compile(
    r"\b(?:for|during|over|in|on|across|through)\s+(?:that|this|the same|those|these)\s+"
    r"(?:(?:few|five|ten|\w+)\s+)?(?:bit|part|section|stretch|moment|portion|segment|span|seconds?|secs?|"
    r"time|bits|parts)\b|\b(?:there|then)\s+too\b")


def _that_part_again(text: str) -> str:
    """ "mute 0:20 to 0:25 and put the music at 50% for that bit": a later step said "for that bit" is
    over the one stretch said before it - read as that stretch said again ("from 0:20 to 0:25"), so its
    level is not set for the whole video. Only when exactly one stretch was said, and not one cut away
    (a part removed is no place for anything else)."""
    back = _BACK_TO_PART.search(text)
    if back is None:
        return text
    before = text[:back.start()]
    spans = re.findall(r"(§\d+§)\s*(?:-|–|—|to|until|till|through|and)\s*(§\d+§)", before)
    if len(spans) != 1 or re.search(r"\b(?:cut|remove|delete|trim|drop|lose|chop|get rid of)\b", before):
        return text
    a, b = spans[0]
    return f"{text[:back.start()]}from {a} to {b}{text[back.end():]}"


def _numbers_listed(text: str, clauses: list[str]) -> list[str]:
    """ "按2、3、1来排", "顺序改成3、1、2": clip numbers listed with 、 (or a comma) are one order - the
    clause split at each 、 left single numbers no reading could take. Clauses stay pieces of `text`."""
    return _join_to_previous(text, clauses, lambda previous, gap, part: bool(
        re.search(r"(?<![\d.§])\d$", previous) and re.match(r"\d(?![\d.§%])", part)
        and re.fullmatch(r"\s*(?:、|，|,)\s*", gap)
        and re.search(r"按|顺序|次序|排|\border\b", text)))


def _stems_start_clauses(text: str, clauses: list[str], stems: Sequence[str]) -> list[str]:
    """ "c放第一个 b删掉", "b删了 c放最后": a clip named by its bare stem after a space, then what is done
    with it - a clause of its own, after words that end an edit (never the object of the words before it:
    "把 c 放…", "删掉 b 和 c", "再加画中画 b.mp4 放右上角").
    Clauses stay pieces of `text`."""
    if not stems:
        return clauses
    alt = "|".join(re.escape(x) for x in sorted(stems, key=len, reverse=True))
    # ("b加速2倍 c再来一遍": after a speed said of one clip, the next clip with an edit of its own)
    cut = re.compile(rf"(?<=[个位面后前头尾了掉吧下点去来好段倍速])\s+"
                     rf"(?=(?:{alt})(?:\.[a-z0-9]{{2,4}})?\s*(?:也|就|再)?\s*(?:放|排|挪|移|删|去掉|剪掉|拿掉|"
                     rf"不要|静音|调|换|倒放|复制|重复|来\s*(?:一|1)\s*(?:遍|次)|播|加速|减速|慢放|快放|放慢|加快))")
    out: list[str] = []
    for part in clauses:
        pieces = [p.strip() for p in cut.split(part)]
        out.extend(p for p in pieces if p)
    return out


_PART_NOUN = r"(?:chunk|part|bit|section|piece|segment|gap|scene|moment|stretch|portion|shot)"
_STARTS = r"(?:starts|begins|starting|beginning|runs|running|goes|going)\s+(?:at|from)\s+(§\d+§)"
_ENDS = (r"\s*[,;]?\s*(?:and\s+)?(?:(?:it|that|which)\s+)?(?:ends|stops|finishes|ending|stopping|finishing|"
         r"goes|going|runs|running)\s+(?:at\s+|to\s+|till\s+|until\s+)?(§\d+§)")


def _part_bounds(text: str) -> str:
    """A start and an end said of the part in a clause of their own, after the verb that says what to do
    with it: "cut the part, it starts at 0:10 and ends at 0:14", "remove the bit that starts at 0:10 and
    ends at 0:14", "delete it, starting at 0:10 and ending at 0:14", "cut from 0:10, it ends at 0:14" -
    the range of that part (the verb before it says cut or keep; "make it start at 0:10 and end at 0:50",
    said of the video, is left to the rules)."""
    # the part named, then its bounds (a few words may come between: "the part i hate, it starts at …")
    text = re.sub(rf"\b({_PART_NOUN})\b((?:\s+(?!(?:it|that|which)\b)[a-z']+){{0,4}}?)\s*"
                  rf"(?:[,;:]|\s-+|\s?[–—])?\s*(?:(?:it|that|which)(?:'s|\s+is)?\s+)?{_STARTS}{_ENDS}",
                  r"\1\2 \3 to \4", text)
    # "the intro starts at 0:00 and ends at 0:05, cut it", "the blooper starts at …": a thing named (not the
    # video itself) that starts and ends at two times is that part
    whole = (r"(?:video|clip|movie|film|footage|recording|vid|thing|edit|final cut|final video|programme|"
             r"program)")
    text = re.sub(rf"\b((?:the|my|this|that|our|his|her)\s+(?:[a-z']+\s+){{0,3}}?(?!{whole}\b)[a-z']+)\s+"
                  rf"(?:starts|begins)\s+(?:at|from)\s+(§\d+§){_ENDS}", r"\1 is \2 to \3", text)
    # "the part that runs from 0:10 to 0:14": from … to … said with a verb of its own
    text = re.sub(rf"\b({_PART_NOUN})\s+(?:that|which)\s+(?:runs|goes|lasts|is)\s+(from\s+§\d+§)",
                  r"\1 \2", text)
    # "cut it, starting at 0:10 and ending at 0:14": participles describe the part, never the video's ends
    text = re.sub(r"\b(?:starting|beginning)\s+(?:at|from)\s+(§\d+§)\s*[,;]?\s*(?:and\s+)?"
                  r"(?:ending|stopping|finishing)\s+(?:at\s+)?(§\d+§)", r"\1 to \2", text)
    # "剪掉那段，从第10秒开始到第14秒结束", "那段不要了，它从0:10开始，0:14结束": the part's own bounds
    text = re.sub(r"((?:段|部分|片段)[^§。.]{0,8}?)(?:它|这段|那段)?\s*(?:是)?从\s*第?\s*(§\d+§)\s*开始"
                  r"\s*[，,]?\s*(?:到|至)?\s*第?\s*(§\d+§)\s*(?:结束|为止|截止)", r"\1从 \2 到 \3", text)
    # "cut from 0:10, it ends at 0:14": the end said in the clause after the start
    return re.sub(r"\bfrom\s+(§\d+§)\s*[,;]?\s*(?:and\s+)?(?:it|that)\s+(?:ends|stops|finishes)\s+(?:at\s+)?"
                  r"(§\d+§)", r"from \1 to \2", text)


def _counted_from(text: str) -> str:
    """A length counted from a point, back or on: "keep the 10 seconds before the 1 minute mark", "cut the
    5 s after 0:20", "从1分钟处往前留10秒", "0:50之前的10秒" - the range from T-N to T (or T to T+N), never
    the whole stretch before (after) T or the first N s."""

    def span(t: int, n: int, back: bool) -> str | None:
        if back and n > t:
            return None
        return f"§{t - n}§ to §{t}§" if back else f"§{t}§ to §{t + n}§"

    def en(m: re.Match[str]) -> str:
        back = m.group(4) not in ("after", "following", "past")
        if (m.group(2) and back != (m.group(2) in ("last", "final"))) or re.search(
                r"\b(?:from|at|between|to|till|until|by)\s+(?:the\s+)?$", m.group(1)):
            # ("the first 10 s before …": no such part; "cut from 12s up to 19s": a point, not a length)
            return m.group(0)
        got = span(int(m.group(5)), int(m.group(3)), back)
        return m.group(0) if got is None else f"{m.group(1)}{got}"

    # only with a verb that keeps or cuts that part ("split 2 seconds before 0:50" is a point, 0:48)
    text = re.sub(r"(\b(?:keep|cut|remove|delete|trim|drop|save|only|just|want|need|use|lose|skip|get rid of|"
                  r"take out|chop|ditch)\b[^,;.§]{0,20}?)(?:the\s+)?(?:(last|final|first|next)\s+)?§(\d+)§\s+"
                  r"(before|leading up to|prior to|after|following|past)\s+(?:the\s+)?§(\d+)§"
                  r"(?:\s+mark)?",
                  en, text)

    def zh(m: re.Match[str]) -> str:
        back = m.group(2) in ("往前", "向前", "往回", "倒着往前")
        got = span(int(m.group(1)), int(m.group(4)), back)
        return m.group(0) if got is None else f"{m.group(3)} {got.replace(' to ', ' 到 ')}"

    text = re.sub(r"(?:从)?\s*§(\d+)§\s*(?:处|的地方|那里|这里|那儿|开始)?\s*"
                  r"(往前|向前|往回|倒着往前|往后|向后)\s*"
                  r"(留|保留|留下|取|截|截取|要|剪|剪掉|删|删掉|去掉)\s*(?:下|出)?\s*§(\d+)§", zh, text)

    def zh_of(m: re.Match[str]) -> str:
        back = m.group(2) in ("之前", "以前", "前面", "往前")
        got = span(int(m.group(1)), int(m.group(3)), back)
        return m.group(0) if got is None else got.replace(" to ", " 到 ")

    return re.sub(r"§(\d+)§\s*(?:处|的地方)?\s*(之前|以前|前面|往前|之后|以后|后面|往后)\s*的\s*"
                  r"§(\d+)§", zh_of, text)


# a still or a fade said with a start and a length: the length is how long the frame holds or the fade takes
# (their own rules read it) - never a stretch of the video
_HELD = re.compile(r"\bfreez\w*|\bhold\w*|\bstill\b|\bfad\w*|\bpause\w*|定格|静止|淡入|淡出|暂停")


def _lasting_from(text: str) -> str:
    """A start and a length said of one stretch: "mute from 0:33 for 4 seconds", "speed it up starting at
    0:10 for 5 s", "for the next 3 seconds from 0:20", "从33秒开始静音4秒", "从10秒起 音量调到30% 持续5秒" -
    the range from X to X+N for whatever edit it is said with (mute, level, speed, text, cut), never from X
    to the end."""

    def span(x: str, n: str) -> str:
        return f"§{int(x)}§ to §{int(x) + int(n)}§"

    def held(m: re.Match[str]) -> bool:
        # (the sentence the words are in: a freeze or a fade takes the length as its own)
        start = max(m.string.rfind(p, 0, m.start()) for p in ".;!?。；！？")
        ends = [i for i in (m.string.find(p, m.end()) for p in ".;!?。；！？") if i >= 0]
        return bool(_HELD.search(m.string[start + 1:min(ends) if ends else len(m.string)]))

    text = re.sub(r"\b(?:from|starting\s+(?:at|from)|beginning\s+(?:at|from)|start(?:ing)?\s+at)\s+"
                  r"(?:the\s+)?"
                  r"§(\d+)§(?:\s+mark)?\s*,?\s*(?:and\s+)?(?:for|lasting)\s+(?:(?:the\s+)?next\s+|another\s+|"
                  r"just\s+|only\s+|a\s+(?:good\s+)?)?§(\d+)§(?:\s+long)?(?!\s*(?:-|–|to|until|till|through)\s*§)",
                  lambda m: m.group(0) if held(m) else f"from {span(m.group(1), m.group(2))}", text)
    text = re.sub(r"\bfor\s+(?:(?:the\s+)?next\s+|just\s+|only\s+)?§(\d+)§\s*,?\s*(?:starting|beginning|from)"
                  r"(?:\s+(?:at|from))?\s+(?:the\s+)?§(\d+)§(?:\s+mark)?(?!\s*(?:-|–|to|until|till|through)\s*§)",
                  lambda m: m.group(0) if held(m) else f"from {span(m.group(2), m.group(1))}", text)
    # the verb said between the start and the length: "从33秒开始静音4秒", "0:10起加速5秒"
    text = re.sub(r"(?:从\s*)?(?:第\s*)?§(\d+)§\s*(?:秒)?\s*(?:处|那里)?\s*(?:开始|起)\s*[，,]?\s*"
                  r"((?:(?:把|将)?\s*(?:声音|原声|音乐|背景音乐|配乐|bgm|画面|视频)\s*)?"
                  r"(?:静音|消音|加速|减速|放慢|慢放|快放|快进|剪掉|删掉|去掉|切掉|关掉|调小|调低|调大|变慢|变快|"
                  r"显示|字幕|慢动作|倍速))\s*(?:个|了)?\s*§(\d+)§(?:\s*钟)?"
                  r"(?!\s*(?:到|至|-|~)\s*(?:第\s*)?§)",
                  lambda m: m.group(0) if held(m) else
                  f"从 {span(m.group(1), m.group(3)).replace(' to ', ' 到 ')} "
                  f"{re.sub(r'^[把将]', '', m.group(2))}", text)
    # "从10秒起 音量调到30% 持续5秒": how long, said last with 持续
    return re.sub(r"(?:从\s*)?(?:第\s*)?§(\d+)§\s*(?:秒)?\s*(?:处|那里)?\s*(?:开始|起)\s*[，,]?\s*"
                  r"([^§。；;!！?？]{1,16}?)\s*[，,]?\s*(?:持续|维持|保持|共|一共|总共)\s*(?:个)?\s*§(\d+)§(?:\s*钟)?",
                  lambda m: m.group(0) if held(m) else
                  f"从 {span(m.group(1), m.group(3)).replace(' to ', ' 到 ')} "
                  f"{m.group(2)}", text)


# what a decimal said with a comma measures: a time, a speed, a share, a rate, a loudness
_DECIMAL_UNIT = (r"\s*(?:s|secs?|seconds?|ms|milliseconds?|m|mins?|minutes?|h|hrs?|hours?|x|×|%|fps|db|"
                 r"frames?|秒|秒钟|毫秒|分钟|小时|倍|帧)(?![a-z])")
_DECIMAL_COMMA = re.compile(
    rf"(?<![\d,.:])(\d{{1,3}}),(\d{{1,2}})(?![\d]|,\d)"
    rf"(?=(?P<unit>{_DECIMAL_UNIT})|"
    # "between 12,5 and 17 seconds": the unit said once, after the range's other end
    rf"\s*(?:-|–|—|~|to|and|until|till|through|thru|到|至)\s*\d+(?:[.,]\d{{1,2}})?(?P<after>{_DECIMAL_UNIT})?)")


def _decimal_commas(text: str) -> str:
    """ "delete the part between 12,5 and 17 seconds", "speed it up 1,5x": a decimal comma (one or two digits
    after it, a unit said) is a decimal point - never a list ("clips 1,2,3"), thousands ("1,000 frames") or an
    SRT time's milliseconds ("00:00:06,000"). ("from 2,5 to 4": a range's start, said bare, is one too.)"""
    def repl(m: re.Match[str]) -> str:
        before = text[:m.start()]
        if m.group("unit") is None and m.group("after") is None and not re.search(
                r"\b(?:from|between)\s+$", before):
            return m.group(0)
        if re.search(r"\b(?:clips?|segments?|parts?|pieces?|shots?|videos?|files?|tracks?|scenes?|takes?|"
                     r"versions?|numbers?|nos?\.?)\s*#?\s*$|#\s*$", before):
            return m.group(0)  # ("delete clips 2,3 and 4 seconds …": numbers of things listed)
        return f"{m.group(1)}.{m.group(2)}"

    return _DECIMAL_COMMA.sub(repl, text)


# "the music i added, take it out", "之前加的那个标题去了吧": a thing the person added before, named first and
# then said to go ("it" / 去了) - the removal of it, said as one edit (the "added" read alone had added it
# again: the opposite of what was asked)
_ADDED_THING = (r"(?:logo|watermark|music|song|track|title|text|caption|subtitles?|captions?|sticker|overlay|"
                r"transition|crossfade|fade|intro|outro)s?")
_ADDED_THEN_REMOVED_EN = re.compile(
    rf"\b(?P<obj>(?:the|that|this|those|these|my)\s+(?:[\w-]+\s+){{0,2}}?{_ADDED_THING})\s+"
    r"(?P<rel>(?:that\s+|which\s+)?(?:i|we|you|u)\s+(?:just\s+|already\s+)?(?:added|put(?:\s+(?:on|in))?|placed|"
    r"inserted|stuck\s+on|threw\s+in)(?:\s+(?:earlier|before|last time|yesterday|just now|previously|"
    r"on|in))?)\s*[,;:—–-]+\s*(?:(?:can you|could you|pls|please|just|actually|now)\s+)*"
    r"(?P<verb>remove|delete|get rid of|take|lose|drop|ditch|kill|scrap|pull)\s+(?:it|them|that)"
    r"(?P<tail>\s+(?:out|off|away))?\b")
_ADDED_THEN_REMOVED_ZH = re.compile(
    r"(?P<said>(?:我|我们)?(?:之前|刚才|刚刚|刚|先前|上次|前面|昨天)\s*(?:加|放|添加|加上|贴|配|打)(?:上|进去|过)?的\s*"
    r"(?:那个|这个|那段|这段|那些|这些|那行|这行)?\s*[^\s，,。!！]{1,8}?)\s*[，,]?\s*去了"
    r"(?=\s*(?:吧|啊|呗|呀|哈)?\s*(?:$|[\s，,。.!！;；]))")


def _added_then_removed(text: str) -> str:
    text = _ADDED_THEN_REMOVED_EN.sub(
        lambda m: f"{m.group('verb')}{m.group('tail') or ''} {m.group('obj')} {m.group('rel')}", text)
    return _ADDED_THEN_REMOVED_ZH.sub(lambda m: f"{m.group('said')}去掉", text)


_NO_LONGER_THING_ZH = r"(背景音乐|音乐|配乐|bgm|字幕|标题|文字|logo|水印)"
# ("标题不需要了", "字幕不用了", "把字幕撤一下", "音乐撤下来吧": the thing said no longer needed, or taken
# down with 撤 - "撤一下" said of a thing named before it is taking it off, never an undo; a logo taken
# down, "logo撤掉", is read by its own rule)
_NO_LONGER_ZH = re.compile(_NO_LONGER_THING_ZH + r"\s*(?:就|也|都|已经|现在|可以|先|给我|帮我)?\s*"
                           r"(?:用不上|用不着|不需要|没用|多余|没必要|不用)了|"
                           r"(背景音乐|音乐|配乐|bgm|字幕|标题|文字)\s*(?:就|也|都|先|给我|帮我)?\s*"
                           r"撤\s*(?:一下|下来|下去|下|走|回去)(?:吧|哈|啊|呗)?(?=\s*(?:$|[\s，,。.!！;；]))")
_NO_LONGER_THING_EN = (r"(?:background\s+|bg\s+)?(?:music|song|bgm|soundtrack|subtitles|captions|subs|title|"
                       r"text|logo|watermark)")
_NO_LONGER_EN = re.compile(
    r"\b(?:(?:i|we)\s+)?(?:(?:do\s*n'?t|dont|do not)\s+(?:really\s+)?(?:need|want)\s+"
    r"(?:the\s+|any\s+|that\s+|this\s+)?"
    rf"(?P<a>{_NO_LONGER_THING_EN})\s+(?:anymore|any more|any longer)|no longer\s+(?:need|want)\s+"
    rf"(?:the\s+|any\s+|that\s+|this\s+)?(?P<b>{_NO_LONGER_THING_EN})|"
    # "the subtitles aren't needed", "music is no longer necessary", "title not needed anymore": the thing,
    # then that it is not needed
    rf"(?:the\s+|that\s+|this\s+|those\s+|these\s+|my\s+|our\s+)?(?P<c>{_NO_LONGER_THING_EN})"
    r"(?:\s+(?:is|are)\s*n['’]?t|\s+isnt|\s+arent|(?:\s+(?:is|are)|['’]s|['’]re)\s+(?:no\s+longer|not)|\s+not)"
    r"\s+(?:really\s+)?"
    r"(?:needed|necessary|required|wanted)|"
    # "no need for the music", "there's no need for subtitles anymore"
    rf"no\s+need\s+for\s+(?:the\s+|any\s+|that\s+|this\s+|those\s+|these\s+)?(?P<d>{_NO_LONGER_THING_EN})"
    r"(?!\s+(?:to|at|in|on|from|until|till|during|for|between)\b))\b")


# "fade in n out pls", "fade in 'n' out", "fade in & out": "n" / "'n'" / "&" between the two ends of an edit
# is "and" (said before the quotes are set aside: "'n'" is no words to show; only between these words, so
# words to show like "CUT & FADE" or "Rock 'n' Roll" keep their own)
_AND_WORDS = r"in|out|up|down|start|end|beginning|ending|intro|outro|head|tail|front|back"
_SHORT_AND = re.compile(rf"(?i)\b(?P<a>{_AND_WORDS})\s*(?:\s'n'?\s|\sn'\s|\sn\s|&)\s*(?=(?:{_AND_WORDS})\b)")


def _short_and(raw: str) -> str:
    # (inside words to show - 'add text "in n out burger"', "title 'In & Out'" - they are kept as said)
    shown = [(q.start(), q.end()) for q in _QUOTE.finditer(raw)]

    def said(m: re.Match[str]) -> str:
        if any(a <= m.start() and m.end() <= b for a, b in shown):
            return m.group(0)
        return m.group("a") + " and "
    return _SHORT_AND.sub(said, raw)


_NTH_WORD = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth"}


def _clips_labelled(raw: str, stems: Sequence[str]) -> str:
    """ "clip是接亲 b是敬酒 c是吃席 把吃席放最前头", "b is the toast, c is the dinner. move the dinner to the
    start": the clips given names by what they show, then called by those names - each name is its clip (and
    the naming, no edit of its own, is set aside: a clip named in it is no clip the edit is about)."""
    if not stems:
        return raw
    alt = "|".join(re.escape(x) for x in sorted(stems, key=len, reverse=True))
    ref = rf"(?<![A-Za-z0-9_.-])(?P<stem>{alt})(?:\.(?:mp4|mov|webm|mkv|avi|png|jpe?g))?"
    ref_en = ref.replace("?P<stem>", "?P<stem_en>")
    defs = list(re.finditer(rf"{ref}\s*(?:是|就是|拍的是)\s*(?P<label>[\u4e00-\u9fff]{{2,6}}?)"
                            r"(?=\s|[,，;；。、]|$)|"
                            rf"{ref_en}\s+(?:is|=)\s+(?:the|my|our)\s+(?P<label_en>[a-z]+(?:\s+[a-z]+)?)"
                            r"(?=\s*(?:[,;.]|\band\b|$))", raw, re.IGNORECASE))
    labels = {(d.group("label") or d.group("label_en")).lower(): d.group("stem") or d.group("stem_en")
              for d in defs}
    by_place = r"第\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:段|个)"
    if not defs or len(labels) != len(defs) or re.search(by_place, raw[:defs[-1].end()]):
        return raw  # (a clip named by its place among them, "第一段出发": the namings are read as they stand)
    rest = raw[defs[-1].end():]
    used = [k for k in labels if re.search(rf"(?<![a-z]){re.escape(k)}(?![a-z])", rest, re.IGNORECASE)]
    if not used and len(defs) < 2:
        return raw  # "b是竖的 把它转一下": what one clip is like, said of it - read as it stands
    for k in used:
        rest = re.sub(rf"(?:\bthe\s+)?(?<![a-z]){re.escape(k)}(?![a-z])", " " + labels[k] + " ", rest,
                      flags=re.IGNORECASE)
    head = raw[:defs[-1].end()]
    for d in reversed(defs):  # (a break where each naming was: what was said either side stays apart)
        head = head[:d.start()] + "，" + head[d.end():]
    return re.sub(r"^[\s,，;；。.]+", "", re.sub(r"[\s,，]*，[\s,，]*", "，", head + rest))


# "put SCORE 3 - 0 up top", "stick the logo up the top": "up top" is a place on the picture - the top, said
# as "at the top" (every reading of where text or a picture goes knows that form)
_UP_TOP = re.compile(r"(?i)\bup\s+(?:the\s+)?top\b(?![\s-]*(?:left|right|corner|of\b))")


def _up_top(raw: str) -> str:
    """ "up top" read as "at the top" outside quoted words and before a colon that opens words to show ("text:
    look up top" keeps them as typed)."""
    colon = re.search(r"[:：]", raw)
    end = colon.start() if colon else len(raw)
    quoted = [(q.start(), q.end()) for q in _QUOTE.finditer(raw)]
    return _UP_TOP.sub(lambda m: m.group(0) if m.start() >= end or any(a <= m.start() < b for a, b in quoted)
                       else "at the top", raw)


# "my mate edits in final cut", "export for final cut pro", "cap cut": another editor's name is no edit - its
# "cut" (and "final" = the last clip) had read as a cut of the last clip. Said as one word ("finalcut"),
# the app is still named for the answers. "the final cut" (the last version of the video) is left as it is.
_APP_CONTEXT = (r"(?:(?<=\bin )|(?<=\binto )|(?<=\bon )|(?<=\bfor )|(?<=\bwith )|(?<=\busing )|(?<=\buse )|"
                r"(?<=\buses )|(?<=\bvia )|(?<=\bto )|(?<=\bfrom )|(?<=\bin to )|(?<=[\u4e00-\u9fff])|"
                r"(?<=[\u4e00-\u9fff] ))")


def _apps_named(text: str) -> str:
    text = re.sub(r"\bfinal\s*cut\s*pro(?:\s*x\b|\s*10\b)?|"
                  r"\bfinal\s*cut(?=\s*(?:x\b|里|上|中|的|剪|做|导|调))|"
                  + _APP_CONTEXT + r"final\s*cut\b", "finalcut", text)
    return re.sub(r"\bcap\s+cut\b", "capcut", text)


def normalize(raw: str, fps: float = 30.0, stems: Sequence[str] = ()) -> Normalized:
    """fps: the main clip's frame rate, for times said in frames; stems: the uploaded clips' names without
    their extension (a list of them is one clause)."""
    quotes: list[str] = []

    def keep_quote(m: re.Match[str]) -> str:
        quoted = next(g for g in m.groups() if g is not None).strip()
        if not quoted:
            return " "
        quotes.append(quoted)
        return f" ⟦{len(quotes) - 1}⟧ "

    raw = re.sub(r"[⟦⟧§‹›]", " ", raw)  # the markers below are ours alone
    # a list, one request a line ("please:\n- add …\n- fade out …", "1. … 2) …"): each line its own sentence
    raw = re.sub(r"[:：]?[ \t]*(?:\r?\n[ \t]*)+(?:(?:[-*•·]|\d{1,2}[.)、])[ \t]+)?", ". ", raw)
    raw = re.sub(r"^[ \t]*(?:[-*•·]|\d{1,2}[.)、])[ \t]+", "", raw)
    raw = _short_and(raw)
    raw = _clips_labelled(raw, stems)
    raw = _up_top(raw)
    if not _QUOTE.search(raw) and re.search(r"\b[a-z]{2,}\b", raw):  # (not a request said all in capitals)
        raw = _CAPS_TEXT.sub(lambda m: m.group(0) if _CAPS_OPEN_LINE.match(m.string, m.end())
                             and re.search(r"[:：]\s*$", m.group(1)) else f'{m.group(1)}"{m.group(2)}"', raw)
        if not _QUOTE.search(raw):
            raw = _CAPS_STYLED.sub(lambda m: f'{m.group(1)}"{m.group(2)}"', raw)
        if not _QUOTE.search(raw):
            raw = _CAPS_PUT.sub(lambda m: f'{m.group(1)}"{m.group(2)}"' if sum(
                1 for w in m.group(2).split() if re.fullmatch(_CAPS_WORD, w)) >= 2 and not any(
                re.fullmatch(_NOT_CAPS_TEXT, w) for w in m.group(2).split()) and not re.search(
                r"\.(?:MP4|MOV|MP3|WAV|PNG|JPE?G)\b", m.group(2)) else m.group(0), raw)
        if not _QUOTE.search(raw):
            raw = _CAPS_PUT_LOOK.sub(lambda m: f'{m.group(1)}"{m.group(2)}"' if any(
                re.fullmatch(_CAPS_WORD, w) and not re.fullmatch(_NOT_CAPS_TEXT, w)
                for w in m.group(2).split())
                and not re.search(r"\.(?:MP4|MOV|MP3|WAV|PNG|JPE?G)\b", m.group(2)) else m.group(0), raw)
    if not _QUOTE.search(raw) and (words := _COLON_WORDS.match(raw)):
        raw = f'{words.group("head")}"{words.group("words")}"'  # "text: Wash for 20 seconds": its words
    if not re.search(r"[\"“”「」『』‘’《》«»']", raw):
        # "put my handle @kneadtoknow bottom right": a handle said bare is words to show, as if quoted
        # (only after a word that names it or puts it: "text follow @sam" shows all its words)
        raw = re.sub(r"(?i)(\b(?:handle|username|user name|account|ig|insta|instagram|tiktok|twitter|youtube|"
                     r"channel|add|put|show|display|stick|slap|place|write|with|tag)\s+)"
                     r"(@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)(?![\w@])", r'\1"\2"', raw)
        raw = _SPACED_WORDS.sub(_spaced_words, raw)
    text = _QUOTE.sub(keep_quote, raw)
    text = text.lower().replace("\u3000", " ")
    text = re.sub(r"[（]", "(", text)
    text = re.sub(r"[）]", ")", text)
    text = re.sub(r"：", ":", text)
    text = re.sub(r"％", "%", text)
    # "the first ~7 s", "开头~3秒": a tilde before a number (not between two) says "about" - the number
    # said is the one meant ("3~5秒", "0:10~0:20" stay ranges)
    # ("8s~22s", "3秒~5秒": a number with its unit before the tilde makes it a range too)
    text = re.sub(r"(?<![\d:.~])\s*[~≈](?=\s*\d)(?!\s*\d+(?:\.\d+)?\s*~)",
                  lambda m: m.group(0) if re.search(r"\d\s*(?:[a-z]{1,7}|秒钟?|分钟?|毫秒|帧)?\s*$",
                                                    m.string[:m.start()]) else " ", text)
    text = _decimal_commas(text)
    # "限200M", "文件太大 压到50M以内": in Chinese a bare M after a number said with a file's size or a
    # limit is megabytes (minutes are 分钟), never a length of time
    if re.search(r"[\u4e00-\u9fff]", text) and re.search(r"限|大小|文件|太大|压缩|传不|上传|发不|体积|内存",
                                                         text):
        text = re.sub(r"(?<![a-z\d.])(\d+(?:\.\d+)?)\s*m(?![a-z\d])", r"\1mb", text)
    text = _ffmpeg_words(text)
    text = fix_typos(text)
    # "倒数10秒加一句…", "倒数5秒静音": 倒数 (counting from the end) before a length is the last N seconds, as
    # 最后 is ("倒数第10秒" is one point, counted back - left as said)
    text = re.sub(r"倒数(?!\s*第)(?=\s*(?:§\d+§|\d+(?:\.\d+)?\s*(?:秒|s\b|分钟?)|"
                  r"[一二两三四五六七八九十半]+\s*(?:秒|分钟?)))", "最后", text)
    text = _apps_named(text)
    # "speed up the 2nd half", "mute the 1st half": a half (third, quarter) numbered in digits is the same
    # part as one spelt out - read as "second half" (it had been the whole video sped up or muted)
    text = re.sub(r"\b(1st|2nd|3rd|4th)(?=\s+(?:half|third|quarter)\b)",
                  lambda m: _NTH_WORD[m.group(1)], text)
    # "hw long is my vid", "hw do i add music": "hw" before a question word's next word is "how" (not the
    # hardware of "hw encoding")
    text = re.sub(r"\bhw\b(?=\s+(?:long|many|much|big|do|does|did|can|could|should|would|is|are|to)\b)",
                  "how", text)
    # (a clip's name is ASCII: "bgm保留别删" is the music kept, never a clip "music保留" - and no sound word
    # is a clip: "background music别删")
    # "c别删 挪到最前面", "c不要删 放到最前面": a clip said not to go, then where it goes - the move alone
    # (the negated delete had been read as a delete of c, or blocked the move)
    text = re.sub(r"(?<![\w.])((?!(?:music|bgm|song|audio|sound|voice)(?![a-z0-9_-]))"
                  r"[a-z][a-z0-9_-]*(?:\.[a-z0-9]{2,4})?)"
                  r"\s*(?:先|就)?\s*(?:别|不要|不用|不)\s*"
                  r"(?:删|去掉|剪掉|拿掉)(?:掉|除)?(?:了|啊|哈|哦)?\s*[,，\s]*\s*(?:把它|它)?\s*"
                  r"(?=(?:挪|放|移|排|拖|调)(?:到|在|去)?)", r"把\1", text)
    # "不要删掉b", "c不要删", "b不用删了": a clip said NOT to go is "别删" (不要 alone reads as "don't want",
    # i.e. delete - it had deleted the clip the person asked to keep)
    text = re.sub(r"(?<![\w.])((?!(?:music|bgm|song|audio|sound|voice)(?![a-z0-9_-]))"
                  r"[a-z][a-z0-9_-]*(?:\.[a-z0-9]{2,4})?)"
                  r"\s*(?:也|就|先)?\s*(?:别|不要|不用|不)\s*"
                  r"(?:删|去掉|剪掉|拿掉)(?:掉|除)?(?:了|啊|哈|哦|吧)?(?=\s*(?:[,，。.!！]|$))",
                  r"别删\1", text)
    text = re.sub(r"(?<!要)(?:不要|不用)\s*(删|去掉|剪掉|拿掉|剪(?![辑开成]))", r"别\1", text)
    text = _added_then_removed(text)
    # "停顿和语气词全去了", "嗯啊全都删掉": 全 said of the pauses or fillers listed before the verb is 都 (all
    # of each) - no word of its own, so both things listed are read with the verb
    text = re.sub(r"(?<=[顿口词啊嗯呃禅白误])\s*全(?:都|部)?\s*(?=(?:给我|帮我)?\s*(?:去|删|剪|切|砍))", "都",
                  text)
    # "字幕用不上了", "音乐没用了", "i dont need the music anymore": a thing said to be no longer needed is
    # taken off (said the way a removal is said) - never added, never "left alone"
    text = _NO_LONGER_ZH.sub(lambda m: (m.group(1) or m.group(2)) + "不要了", text)
    # ("no need for music, just add subtitles": "no need for" is said as the bare "no" is - taken off when
    # it is there, nothing done when it is not)
    text = _NO_LONGER_EN.sub(lambda m: "no " + m.group("d") if m.group("d") else
                             "remove the " + next(g for g in m.group("a", "b", "c") if g), text)
    # "开头cut掉1.5秒", "结尾再cut 500毫秒", "前10秒咔掉": "cut" (or the spoken 咔/咔嚓) used as a Chinese
    # verb of cutting away is 剪掉 - only when it is followed by 掉/了 or by an amount
    # ("在5秒cut一刀" is a split, left alone)
    if _CJK.search(text):
        text = re.sub(r"(?<![a-z])cut\s*(?:掉|了)|咔嚓\s*掉|咔\s*掉|咔嚓了", "剪掉", text)
        text = re.sub(r"(?<![a-z])cut(?=\s*(?:\d|前|后|开头|结尾|片头|片尾))", "剪掉", text)
    # "i want play two time", "repeat it 3 time": a learner's singular "time" after a count of plays is the
    # count ("2 times" - twice), never a time of the video
    text = re.sub(r"\b((?:play|plays|playing|played|repeat|repeats|repeated|show|shows|shown|loop|loops|"
                  r"looped|run|runs)(?:\s+(?:it|this|that|them|again|back))?\s+(?:two|three|four|five|[2-9]|10))\s+time\b",
                  r"\1 times", text)
    # "please add on top: Welcome to my kitchen", "put at the bottom: Subscribe": words after a colon that
    # follows "add <where>" are the text put there (said as "add text on top: …") - never a file named there
    text = re.sub(r"\b(add|put|write|place|stick|slap|type)\s+(?=(?:on|at|to|in)\s+(?:the\s+)?(?:very\s+)?"
                  r"(?:top|bottom|middle|cent(?:er|re))(?:\s+(?:of\s+(?:the\s+)?(?:screen|video|frame)|part))?"
                  r"\s*:(?!\s*[\w-]+\.(?:png|jpe?g|gif|webp|svg|mp3|wav|m4a|aac|mp4|mov)\b))",
                  r"\1 text ", text)
    # northern 甭 ("画面比例先甭改哈", "甭加字幕", "音乐甭动"): "don't", said before a verb of editing
    text = re.sub(r"甭(?=\s*(?:给我|帮我|再)?\s*"
                  r"(?:改|动|加|添|剪|删|调|换|用|配|放|碰|去|弄|切|裁|静音|淡|变|上))",
                  "别", text)
    # "后半段太慢了 加个速", "减一下速": the verb said split (离合) is the verb - 加速, 减速
    text = re.sub(r"(加|减)\s*(?:个|一下|下|一点|点|点儿)\s*速(?![度率])", r"\1速", text)
    # "后面一半太慢了", "前边的一半": a half of the programme said with 面/边 - the half (后一半) every
    # detector of halves reads (it had sped up the whole video)
    text = re.sub(r"(前|后)\s*(?:面|边)\s*(?:的\s*)?(?:那\s*)?(一半|半段|半部分)", r"\1\2", text)
    # northern 儿化: "原视频的声儿关了" is "声音"
    text = re.sub(r"(?<![大小低高轻])声儿", "声音", text)
    # "nah keep em", "cut 'em": the spoken "them" after a verb
    text = re.sub(r"\b(keep|leave|cut|lose|trim|delete|remove|drop|ditch|kill|mute|unmute|fade|move|swap|"
                  r"join|merge|combine|put|speed|slow|flip|rotate|crop|loop|add|use)\s+'?em\b(?!')",
                  r"\1 them", text)
    # "people drop off in the first minute", "viewers skip the intro", "we lose listeners after 30s": the
    # audience leaving is why, never a cut of that part - said as "leave", which asks for nothing
    audience = (r"(?:people|viewers|listeners|watchers|folks|users|students|the audience|our audience|"
                r"audiences|most people|everyone|everybody|they|subscribers|fans)")
    text = re.sub(rf"\b({audience})\s+(?:(?:just|usually|always|often|tend to|start to|seem to|all)\s+)*"
                  r"(?:drop(?:ping|ped|s)?\s+(?:off|out)|skip(?:ping|ped|s)?|bail(?:ing|ed|s)?|"
                  r"click(?:ing|ed|s)?\s+(?:off|away)|swip(?:e|es|ed|ing)\s+away|tun(?:e|es|ed|ing)\s+out|"
                  r"los(?:e|es|ing)\s+interest)\b", r"\1 leave", text)
    text = re.sub(rf"\b((?:we|i|you)\s+(?:(?:just|usually|always|often|seem to|start to)\s+)*)"
                  rf"(?:lose|losing|lost)\s+"
                  rf"(?:(?:a lot of|most|half|all|so many|many|loads of|tons of|our|my)\s+)*"
                  rf"({audience})\b", r"\2 leave", text)
    # "it's going to all new starters company wide", "shared team-wide": how far it is sent, never a wide
    # (16:9) picture - said as one word
    text = re.sub(r"\b(company|team|firm|school|org|organi[sz]ation|department|dept|office|staff|"
                  r"campus|nation|country|world|site|district|trust|business|group|university|uni|county|state|city|industry|"
                  r"sector|church|club|college|faculty|region|store|branch|network|system|agency|"
                  r"studio)"
                  r"[\s-]wide\b", r"\1wide", text)
    text = _fade_words(text)
    # a verb's particle said after its object, moved before it: "take the music out" -> "take out the music"
    text = re.sub(r"\b(take|get|turn|switch|shut|pull|strip|leave)\s+((?:the|this|that|my|all the|all|any)\s+"
                  r"(?:[a-z]+\s+){0,2}?[a-z]+)\s+(out|off)\b(?=\s*(?:$|[,.;!?]|and\b|but\b|then\b|please\b|"
                  r"pls\b|"
                  # ("take the music out of the video but keep the voices": out of the whole video)
                  r"of\s+(?:the|this|my|our)\s+(?:video|vid|clip|footage|edit|film)\b|"
                  r"for\b|completely\b|entirely\b))", r"\1 \3 \2", text)
    # "take 'DRAFT' off and put 'FINAL CUT' in its place": quoted words taken off are the text taken off
    text = re.sub(r"\b(take|get|pull|strip)\s+(⟦\d+⟧(?:\s+(?:text|title|caption|label|words?|sign))?)\s+"
                  r"(off|out|down)(?=\s*(?:$|[,.;!?]|and\b|but\b|then\b|please\b|pls\b|(?:of\s+)?(?:the\s+)?(?:screen|video|"
                  r"picture|frame)\b))", r"\1 \3 \2", text)
    # "remove the mute from the music", "take the mute off the song": the mute taken away is the sound
    # switched back on - never a second mute (the "remove" is of the mute, not of the music)
    text = re.sub(r"\b(?:remove|take|get rid of|undo|cancel|lift|clear|drop)\s+(?:the\s+)?mute(?:\s+button)?"
                  r"\s+(?:(?:off|away)\s+)?(?:from|on|of|off(?:\s+of)?)\s+(?=(?:the|my|our)\s+)",
                  "unmute ", text)
    # "unmute the music, i muted it by accident", "…, i didnt mean to mute it": what happened before, said
    # as the reason - no edit
    # ("i hit mute on it by accident earlier", "i pressed the mute button": a button pressed is a mute done)
    did = (r"(?:(?:un)?mute|add|cut|trim|delete|remove|speed|slow|turn|put|drop|split|flip|rotate|crop|"
           r"hit|press|click|tap)(?:d|ed|ped|med)?\b")
    # ("oops i muted the audio, bring the sound back": a slip owned up to - the same story)
    told = rf"(?:^|(?<=[,.;!]))\s*(?:(?:because|since|cuz|coz|as)\s+)?" \
        rf"(?:(?:oops|whoops|oh no)\s*[,!]?\s*(?:i|we)\s+" \
        rf"(?=(?:un)?mut|turn|switch)(?:must have\s+|had\s+)?{did}|(?:i|we)\s+" \
        rf"(?:must have\s+|had\s+)?(?:(?:accidentally|mistakenly)\s+{did}|" \
        rf"(?:did ?n'?t|did not|never)\s+(?:mean|meant|want|wanted|intend|intended)\s+to\s+{did}|" \
        rf"{did}[^,.;!]*?\b" \
        rf"(?:by accident|by mistake|accidentally|earlier|already|last time)\b))" \
        rf"(?:(?!\s+(?:so|and|but|then|can|could|pls|please|now)\b)[^,.;!])*" \
        rf"(?=[,.;!]|\s+(?:so|and|but|then|can|could|pls|please|now)\b|$)"
    # "i muted the bg music by accident, turn it back on": "it" is what the story muted - said plainly
    thing = r"((?:the|my|our)\s+(?:[a-z]+\s+){0,2}?(?:music|bgm|song|sound|audio|voice|track))"
    story = re.search(told, text)
    muted = re.search(rf"\b(?:muted?(?:\s+(?:button\s+)?on)?|turn(?:ed)? off|switch(?:ed)? off)\s+{thing}\b|"
                      rf"\b(?:turn(?:ed)?|switch(?:ed)?)\s+{thing}\s+off\b", story.group(0) if story else "")
    text = re.sub(told, " ", text)
    if muted:
        text = re.sub(r"\b(?:turn|switch|put|flip)\s+(?:it|them|that)\s+back\s+on\b|"
                      # "…, can you bring it back": what the story muted, back on
                      r"\b(?:bring|put|get)\s+(?:it|them|that)\s+back\b(?!\s+(?:up|down|to|in|at|from)\b)",
                      f"unmute {muted.group(1) or muted.group(2)}", text)
    # "把静音去掉 刚才手滑把原声静音了", "不小心把音乐静音了 帮我取消": a mute said to have happened by
    # mistake (or just now) - the story is no edit, and taking "the mute" away is switching that sound back on
    # (never a cut of the silences, nor a second mute)
    # ("我把原声静音了 现在想要回来", "刚才手滑把声音关了 帮我打开", "声音被我关掉了 再开回来": the sound said
    # to be off already - switched off by the person - and asked back on)
    off = r"(?:(?:点了?)?\s*静音|关掉|关了|关上|关闭)了?"
    zh_story = re.search(r"(?:我)?\s*(?:(?:刚才|刚刚|之前|刚)\s*(?:我)?\s*"
                         r"(?:手滑|不小心|一不小心|手抖|误操作)?|"
                         r"(?:手滑|不小心|一不小心|手抖|误操作)|(?P<plain>我\s*(?:已经)?(?=\s*(?:把|将))))\s*"
                         r"(?:了)?\s*[，,]?\s*(?:把|将)?\s*"
                         r"(?:视频的?|素材的?)?(?P<thing>原声|原音|声音|背景音乐|音乐|bgm|人声)?\s*(?:给)?\s*(?:误)?\s*"
                         rf"(?P<verb>(?:点了?)?\s*静音了|{off}(?=\s|[，,。;；]|$))|"
                         # ("音乐刚才不小心被我静音了": when and how, said one after the other)
                         r"(?P<thing2>原声|原音|声音|背景音乐|音乐|bgm|人声)\s*"
                         r"(?:(?:刚才|刚刚|之前|不小心|一不小心|手滑|手抖)\s*)*被\s*(?:我)?\s*"
                         rf"(?:误)?\s*(?P<verb2>静音了|{off}(?=\s|[，,。;；]|$))", text)
    if zh_story and zh_story.group("verb") and "静音" not in zh_story.group("verb") and \
            not zh_story.group("thing"):
        zh_story = None  # ("刚才手滑关了": nothing said to be switched off - no sound named)
    if zh_story:
        thing = zh_story.group("thing") or zh_story.group("thing2") or ""
        rest = text[:zh_story.start()] + " " + text[zh_story.end():]
        ask = re.compile(r"(?:把|将)?\s*(?:这个|那个)?\s*静音\s*(?:给我|帮我)?\s*"
                         r"(?:去掉|去了|去除|关掉|关了|取消|撤销|撤掉|"
                         r"弄掉|拿掉|解除|解开)(?:掉)?|(?:去掉|取消|解除|关掉)\s*(?:这个|那个)?\s*静音|"
                         # "帮我开回来", "恢复一下", "把声音弄回来", "再打开": what is off, asked back on
                         r"(?:(?:把|将)\s*(?:它|声音|原声|原音|音乐|背景音乐|bgm|人声)?\s*)?(?:给我|帮我)?\s*"
                         r"(?:重新|再)?\s*(?:开回来|打开|开开|恢复(?:一下|过来|回来)?|弄回来|找回来|调回来|"
                         r"要回来|还原回来|还回来)|"
                         # "不小心把音乐静音了 帮我取消": the mute just told, taken back (nothing else named)
                         r"(?:给我|帮我)\s*(?:取消|解除)(?:掉|一下)?(?=\s*(?:吧|啊|哈|呀)?\s*(?:[，,。.!！;；]|$))")
        if ask.search(rest) and not (zh_story.group("plain") and not re.search(
                r"(?:开回来|打开|恢复|回来|取消|解除)", rest)):
            text = ask.sub(f"取消{thing}静音", rest, count=1)
    # "music at 50%... no thats too loud, 25", "音乐50%…不对 太吵了 25": a level taken back (with why) and a
    # new one said bare - the new level, a percentage as the first was, stands where the first was (never
    # both)
    text = re.sub(r"(?<![\d.])\d+(?:\.\d+)?\s*%\s*(?:…+|\.{2,}|,|，|;|；|—|-|\s)+\s*"
                  r"(?:(?:no|nah|nope|wait|actually|hmm|sorry|oops|不对|不是|算了|哦不|啊不)[\s,，.…!！]*)+"
                  r"(?:(?:that'?s|thats|it'?s|its|that is|it is|still|way|much|a bit|还是|有点|太)\s*)*"
                  r"(?:too\s+(?:loud|quiet|soft|low|high|much|little)|吵|响|大声|小声|轻|大|小)?(?:了)?"
                  r"[\s,，.…!！]*(?:(?:make it|try|go|use|do|set it to|to|那就|就|改成|调到)\s*)?"
                  r"(\d+(?:\.\d+)?)\s*%?(?![\d.:]|\s*(?:s\b|sec|秒|分|x\b|倍|db\b))",
                  r"\1%", text)
    # "the song went silent, switch it back on", "music stopped, turn it back on", "音乐没声了 打开": the
    # music said to have gone quiet, then asked back on - the music switched on again, never a second song
    # added (nor a mute); a time in between ("the music stopped at 0:30, bring it back") is another ask
    text = re.sub(r"\b(?:the\s+|my\s+|our\s+)?(?:background\s+|bg\s+)?(?:music|song|bgm|soundtrack)\s+"
                  r"(?:(?:just|suddenly|randomly|totally|completely)\s+)?(?:went|has gone|is|got|goes|go)?\s*"
                  r"(?:(?:all\s+)?silent|quiet|muted|off|stopped(?:\s+playing)?|cut out|died|dropped out|"
                  r"disappeared|not playing|isn'?t playing|gone)\b[^,.;!?\d§⟦]{0,20}[,.;!?]?\s*"
                  r"(?:(?:can|could|would)\s+(?:you|u)\s+|pls\s+|please\s+|so\s+|just\s+|now\s+)*"
                  r"(?:turn|switch|put|flip|bring|get)\s+(?:it|that|them)\s+(?:back\s+on|on\s+again|back)\b"
                  r"(?!\s+(?:up|down|to|in|at|from)\b)",
                  "unmute the music", text)
    text = re.sub(r"(?:背景音乐|音乐|配乐|bgm|歌)\s*(?:突然|怎么)?\s*(?:没声了|没声音了|没有声音了|"
                  r"没了声音|没声|不响了|听不到了|听不见了|静音了|停了)\s*[，,。!！]?\s*(?:帮我|给我|麻烦)?\s*"
                  r"(?:把它|把音乐|把背景音乐)?\s*(?:重新|再)?\s*(?:打开|开回来|开开|开一下|恢复(?:一下)?|弄回来|"
                  r"开起来)", "取消音乐静音", text)
    # "删掉水印 就我自己刚加的那个logo", "把logo去掉，是我刚才加上的": the mark taken off, then said to be the
    # person's own (added here) - one ask, the mark they added ("去掉我刚加的水印"), never a second logo added
    own_after = (r"\s*[，,。;；\s]\s*(?:就是?|是|指的?是?|即|那个是)?\s*(?:我|我们)\s*(?:自己)?\s*"
                 r"(?:刚才|刚刚|刚|之前|先前)?\s*"
                 r"(?:自己)?\s*(?:加|放|添加|加上|贴|打)(?:上|进去|上去)?的\s*(?:那个|这个)?\s*(?:logo|水印|台标)?\s*"
                 r"(?:啊|哈|吧|呀)?(?=\s*(?:[，,。;；!！]|$))")
    text = re.sub(r"(?:把\s*)?(?:那个|这个)?\s*(logo|水印|台标)\s*(去掉|删掉|删除|去除|拿掉|弄掉|去了|删了)"
                  + own_after,
                  r"\2我刚加的\1", text)
    text = re.sub(r"(去掉|删掉|删除|去除|拿掉|弄掉|去了|删了)\s*(?:那个|这个)?\s*(logo|水印|台标)"
                  + own_after,
                  r"\1我刚加的\2", text)
    # "split at 0:20 and 0:40 and delete the bit in between": the piece between the two cuts
    text = re.sub(r"\bthe (?:bit|part|piece|section|segment|clip|chunk|stretch) (?:in )?between\b"
                  r"(?!\s*(?:§|\d|the\s+\d))(?:\s+(?:them|those|the two(?: (?:cuts|splits|points))?|"
                  r"the (?:cuts|splits)))?", "the middle piece", text)
    # "cut the speed in half", "halve the speed": half speed (a property halved, nothing cut)
    # ("chop/slash/knock the speed in half for 0:12-0:16": the same halving, never a cut of that span)
    text = re.sub(r"\b(?:cut|chop|slash|knock|drop|reduce|bring)\s+(?:the\s+|its\s+|the video'?s?\s+)?"
                  r"(?:playback\s+)?speed\s+(?:down\s+)?(?:in half|by half)\b|"
                  r"\bhalve\s+(?:the\s+|its\s+)?(?:playback\s+)?speed\b", "half speed",
                  text)
    # "slow it down by half", "slow the timelapse by half": half the speed (0.5×), not a mild slow-down
    # ("slow down the demo by half", "slow the demo down by half": whatever is named before "down" or
    # after "slow down" is what is slowed - half of its speed)
    text = re.sub(r"\bslow\s+down\s+((?:the|my|this|our|his|her|their)\s+(?:[a-z0-9'.-]+\s+){0,3}?)"
                  r"(?=by\s+(?:a\s+)?half\b(?!\s+(?:an?\s+)?(?:seconds?|minutes?|secs?|mins?)\b))",
                  r"slow \1down ", text)
    text = re.sub(r"\bslow\s+((?:it|this|that|everything|(?:the|my|this)\s+(?:[a-z'-]+\s+){0,2}?"
                  r"(?:video|clip|footage|timelapse|time-lapse|thing|part|shot|recording)|"
                  r"(?:the|my|this|our|his|her|their)\s+(?:[a-z0-9'.-]+\s+){0,2}[a-z'-]+(?=\s+down\b))\s+)?"
                  r"(?:down\s+)?"
                  r"(?:by\s+(?:a\s+)?half\b|in\s+half\b|by\s+50\s*%)(?!\s+(?:an?\s+)?(?:seconds?|minutes?|secs?|mins?)\b)",
                  lambda m: f"slow {m.group(1) or ''}down to half speed", text)
    text = re.sub(r"\bslow\s+(it|this|that|everything)\s+by\s+(?=\d+(?:\.\d+)?\s*%)", r"slow \1 down by ",
                  text)
    # "cut down the saturation a bit, to 0.85": the level said after the vague word is the level ("saturate
    # it a bit, like 0.2" is the step, read as it is)
    text = re.sub(r"\s+(?:a\s+(?:little\s+|tiny\s+|wee\s+)?bit|a\s+little|slightly|somewhat|a\s+touch|"
                  r"a\s+tad)\s*[,，]\s*(?:(?:like|say|maybe|about|around|roughly)\s+)?"
                  r"(?:make it\s+|set it\s+|take it\s+|bring it\s+|so it'?s\s+|so it is\s+)?"
                  r"(to\s+|(?<=make it )|"
                  r"(?<=so it's )|(?<=so its )|(?<=so it is ))"
                  r"(?=\d*\.?\d+\s*(?:%|x\b)?(?!\s*(?:s|sec|secs|seconds?|ms|min|mins|minutes?)\b))",
                  r" \1", text)
    # "饱和度稍微降一点，到0.9": the level said after the vague amount is the level (the same, in Chinese)
    text = re.sub(r"(饱和度|对比度|亮度)([^，,。；;\d§]{0,8}?)\s*[，,]\s*(?:大概|差不多|大约)?\s*"
                  r"(?:调)?(?:到|成)\s*"
                  r"(?=[+-]?\d*\.?\d)", r"\1调到", text)
    # "kill the clip's own sound", "the video's own audio", "its own sound": the clip's original audio
    text = re.sub(r"\b(?:the\s+)?(?:clip|video|footage|camera|recording)(?:'s|s|’s)?\s+own\s+"
                  r"(?:audio|sound)\b|\bits\s+own\s+(?:audio|sound)\b", "the original audio", text)
    # "the sound from the camera", "the audio the camera recorded": the camera's sound is the clip's own
    text = re.sub(r"\b(?:the\s+)?(?:audio|sound)\s+(?:(?:that\s+)?(?:came\s+|comes\s+)?from|of|"
                  r"recorded\s+(?:by|on|with)|(?:that\s+)?the)\s+(?:the\s+|my\s+|our\s+)?(?:camera|cam|gopro|phone)(?:\s+recorded)?\b",
                  "the camera audio", text)
    # "music volume 30% and original 120%": "original" said bare before its level is the clip's own sound
    text = re.sub(r"\b(original|orig)(?=\s+(?:(?:volume|level)\s+)?(?:(?:at|to|on|=|:)\s*)?"
                  r"\d+(?:\.\d+)?\s*%)", r"\1 audio", text)
    # amounts in words: "at full volume", "降到一半"
    text = re.sub(r"\bfull volume\b", "100% volume", text)
    text = re.sub(r"\bhalf (?:the )?volume\b", "50% volume", text)
    text = re.sub(r"((?:降|调|减|小|变|压)(?:到|成|为|低到|小到))\s*(?:一|1)\s*半", r"\g<1>50%", text)
    text = re.sub(r"((?:降|调|减|压)低)\s*(?:一|1)\s*半", r"\1到50%", text)
    # "放慢到一半速度", "慢放到原来的一半", "用一半的速度播放": half the speed, 0.5x
    text = re.sub(r"((?:放慢|减速|慢放|变慢|慢)(?:到|成|为))\s*(?:原来|原速|正常速度|现在)?\s*的?\s*"
                  r"(?:一|1)\s*半(?:的)?\s*(?:速度|速|倍速)?(?!\s*(?:秒|分|时长|长度|音量))",
                  r"\g<1>0.5倍", text)
    text = re.sub(r"(?<![前后])(?:一|1)\s*半\s*的?\s*(?:速度|倍速)", "0.5倍速", text)
    # "倒出webm": the homophone typo of 导出 (export) before a format, a version or the end
    text = re.sub(r"倒出(?=\s*(?:[a-z]|格式|视频|成片|文件|吧|$))", "导出", text)
    text = re.sub(r"(?<![\w.])\.(\d)", r"0.\1", text)  # "slow to .75x": the leading zero left out
    text = english_numbers(text)
    text = _the_one(text)
    text = _whatever_is_nth(text)
    # "the zoom recording", "my zoom call": the meeting app, never a zoom of the picture
    text = re.sub(r"\bzoom(?=\s+(?:recordings?|calls?|meetings?|interviews?|lectures?|sessions?|class(?:es)?|"
                  r"webinars?|chats?|classroom)\b)", "meeting", text)
    text = _clip_corrected(text, stems)
    text = _ZH_FRACTION.sub(lambda m: f"{m.group(1)}分之{m.group(2)}", text)
    text = _units(text, fps) if _ZH_FRACTION.search(text) else text
    text = chinese_numbers(text)
    # "把第3到第6秒导出": the unit said once, after the second number, is the first one's too
    text = re.sub(r"第\s*(\d+(?:\.\d+)?)\s*(?=(?:到|至|-|~|—)\s*第?\s*\d+(?:\.\d+)?\s*秒)", r"第\1秒", text)
    # "一半" (half) is a word the rules read, not the number one and a half
    text = re.sub(r"(?<![\d.])1\s*半(?!\s*(?:秒|分|小时|个|倍))", "一半", text)
    text = _units(text, fps)
    text = re.sub(r"(\d+(?:\.\d+)?)\s*(?:percent|per cent|pct)\b", r"\1%", text)
    # "music at a quarter volume" (1/4 by now): a share of the volume is a percent
    text = re.sub(r"(?<![\d.:/])(\d)\s*/\s*(\d)\s+(?=(?:of\s+(?:the\s+|its\s+)?)?(?:volume|loudness)\b)",
                  lambda m: f"{round(100 * int(m.group(1)) / int(m.group(2)))}% " if int(m.group(2))
                  else m.group(0), text)
    # "the first like 3 seconds", "about 10s": hedges say nothing about the time
    text = re.sub(r"\b(?:like|about|around|roughly|approximately|approx\.?|maybe|~)\s+(?=\d)", "", text)
    text = _second_numbers(text)
    # "gif from second 10 to second 20", "at minute 2": a point named by its second or minute is that time
    text = re.sub(r"\b(from|to|at|till|until|thru|through|between|and|on|after|before|around)\s+"
                  r"(?:the\s+)?(second|sec|minute|min)\s+(\d+(?:\.\d+)?)(?![\d.])(?!\s*(?:%|x\b|s\b|secs?\b|seconds?\b|m\b|mins?\b|minutes?\b|:\d))",
                  lambda m: f"{m.group(1)} {m.group(3)} "
                            f"{'seconds' if m.group(2).startswith('sec') else 'minutes'}", text)
    text = mark_times(text)
    # "结尾再砍一个3秒", "开头去掉个2秒": 一个 / 个 between a verb of cutting and an amount of time is a
    # filler ("cut a 3 s"), not a count of one ("弄个20秒的精华" keeps its 个: a thing made that long)
    text = re.sub(r"(砍|剪|删|切|掉|减|裁)\s*(?:1\s*)?个\s*(?=§\d+§)", r"\1 ", text)
    # "cut 3 seconds from the start and 2 from the end": the second amount takes the first one's unit
    if "§" in text:
        text = re.sub(r"(?<=\band )(\d+(?:\.\d+)?)(?=\s+(?:more\s+)?(?:from|off|at|of)\s+the\s+(?:very\s+)?"
                      r"(?:end|start|beginning|front|back|tail|ending)\b)",
                      lambda m: f"§{round(float(m.group(1)) * 1000)}§", text)
    # "split at 1:05... no, at 0:50", "在1分05秒……不对，在0分45秒处分割": a time taken back in the same
    # breath gives way to the one said after the marker (a length said as the reason goes with it:
    # "no its 60s long, split at 0:50")
    text = _POINT_CORRECTION.sub(r"在\g<new>\g<verb>", text)
    text = _RANGE_CORRECTION.sub(lambda m: m.group("new") + m.group("mid"), text)
    text = _TIME_CORRECTION.sub(_time_corrected, text)
    # "kill the music during the mayor's speech 0:20-0:35": a moment named and then its range - the range
    # is where it happens (the name only says what is there), never a cut of the range beside a ducking
    # under the speech
    text = re.sub(r"\bduring\s+(?:the\s+|his\s+|her\s+|their\s+|my\s+|our\s+)?"
                  r"(?:(?!(?:clip|segment|part|video|shot|and|then|from|to)\b)[a-z'’]+\s+){1,4}?"
                  r"\(?(§\d+§\s*(?:to|-|–|~|until|till)\s*§\d+§)\)?",
                  r"from \1", text)
    # "lose the sound for the first 3 secs, keep the picture", "kill the audio from 0:10 to 0:20": the sound
    # taken away over a stretch is a mute there - never that stretch cut (the picture stays)
    text = re.sub(r"\b(?:lose|kill|remove|cut|drop|ditch|strip|get rid of|take out|take away)\s+"
                  r"(?:the\s+|its\s+|all\s+(?:the\s+)?)?(?:sound|audio)\s+"
                  r"(?=(?:for|during|from|in|over|between)\s+(?:just\s+|only\s+)?(?:the\s+)?"
                  r"(?:(?:very\s+)?(?:first|last|opening|final)\b|§\d+§))",
                  "mute the sound ", text)
    # "trim: start 0:10, end 0:50": the new start and end said after trim are the part kept (trim from … to …)
    text = re.sub(r"\b(trim(?:med|ming)?)\s*(?:it|this|the video|the clip)?\s*[:,-]?\s*(?:new\s+)?"
                  r"(?:start|begin|in[\s-]?point)\s*(?:is|=|:|at)?\s*(§\d+§)\s*[,;]?\s*(?:and\s+)?(?:new\s+)?"
                  r"(?:end|stop|out[\s-]?point)\s*(?:is|=|:|at)?\s*(§\d+§)", r"\1 from \2 to \3", text)
    # "start 00:00:07 end 00:00:19", "where my cut begins is 0:12 and it ends 0:18": a start and an end said
    # as labels of two times are the range between them (with "at" they are START_AT / END_AT's)
    text = re.sub(r"\b(?:start|starts|begin|begins|beginning|in[\s-]?point|start[\s-]?point)\s*(?:is|=|:)?\s*"
                  r"(§\d+§)\s*[,;]?\s*(?:and\s+)?(?:it\s+|the\s+(?:cut\s+|clip\s+)?)?"
                  r"(?:end|ends|ending|stop|stops|out[\s-]?point|end[\s-]?point)\s*(?:is|=|:)?\s*(§\d+§)",
                  r"\1 to \2", text)
    # the same in Chinese: "开始0:05 结束0:22", "起点0:05，终点0:22"
    # (not "开头5秒结尾3秒剪掉": amounts off the two ends; nor a start after an end, nor one said to go)
    text = re.sub(r"(?<!从)(?:开始|起点|入点)\s*(?:时间)?\s*(?:是|在|为|[:：])?\s*(§\d+§)\s*[,，]?\s*"
                  r"(?:结束|终点|出点)\s*(?:时间)?\s*(?:是|在|为|[:：])?\s*(§\d+§)"
                  r"(?!\s*(?:开始|结束|之间|都|全|也)?\s*(?:剪|删|去|切|砍|不要|掐))",
                  lambda m: f"{m.group(1)} 到 {m.group(2)}"
                  if int(m.group(1).strip("§")) < int(m.group(2).strip("§")) else m.group(0), text)
    # "remove a chunk - the cut begins at 0:20 and it ends at 0:26": said of the part (not of the video, as
    # "start at 0:10 and end at 0:50" is), the start and the end at two times are that part
    text = re.sub(r"\b(?:cut|chunk|part|bit|section|piece|segment|gap|removal)\s+(?:starts|begins)\s+at\s+"
                  r"(§\d+§)\s*"
                  r"[,;]?\s*(?:and\s+)?(?:it\s+|the\s+(?:cut\s+)?)?(?:ends|stops)\s+(?:at\s+)?(§\d+§)",
                  r"\1 to \2", text)
    # "从1分05秒开始保留到1分30秒", "从0:10保留到0:40", "从第10秒开始一直删到第20秒": the verb said
    # between the two ends is what is done to the range between them (the end was lost behind the verb)
    text = re.sub(r"从\s*第?\s*(§\d+§)\s*(?:开始|起)?\s*[，,]?\s*(?:就|都|也)?\s*(?:一直|都)?\s*"
                  r"(保留|留着|留下|留|删掉|删除|删|去掉|剪掉|切掉|砍掉)\s*(?:到|至)\s*第?\s*(§\d+§)"
                  r"\s*(?:为止|结束)?",
                  lambda m: f"从 {m.group(1)} 到 {m.group(3)} {'保留' if '留' in m.group(2) else m.group(2)}"
                  if int(m.group(1).strip("§")) < int(m.group(3).strip("§")) else m.group(0), text)
    # "从开头保留到0:30", "从头留到1:00": kept from the very start to a time
    text = re.sub(r"从\s*(?:最)?(?:开头|开始|头|片头)\s*(?:开始|起)?\s*[，,]?\s*(?:就|都|也)?\s*(?:一直)?\s*"
                  r"(保留|留着|留下|留)\s*(?:到|至)\s*第?\s*(§\d+§)\s*(?:为止|结束)?",
                  r"从 §0§ 到 \2 保留", text)
    # "从0:05开始 0:20结束 剪掉", "从第5秒开始，第20秒结束，删掉": a start and an end said apart are one part
    # (what is done to it is said around them)
    text = re.sub(r"从\s*第?\s*(§\d+§)\s*(?:开始|起)\s*[，,]?\s*(?:到|至)?\s*第?\s*(§\d+§)\s*"
                  r"(?:结束|为止|截止|停)(?=\s*[，,；;。.!！]?\s*[^\s，,；;。.!！])",
                  lambda m: f"从 {m.group(1)} 到 {m.group(2)}"
                  if int(m.group(1).strip("§")) < int(m.group(2).strip("§")) else m.group(0), text)
    # "start at 0:05, end at 0:20, cut that": a start and an end said apart, then what is done to that part
    text = re.sub(r"\b(?:start|begin)(?:s|ing)?\s+(?:at|from)\s+(§\d+§)\s*[,;]?\s*(?:and\s+)?(?:then\s+)?"
                  r"(?:end|stop|finish)(?:s|ing)?\s+(?:at\s+)?(§\d+§)(?=\s*[,;.]?\s*(?:and\s+|then\s+)*"
                  r"(?:please\s+)?(?:cut|remove|delete|drop|lose|ditch|get rid of|take out|kill|bin|keep|"
                  r"save|"
                  r"export|mute|speed up|slow down|loop)\s+(?:that|it|this|those|them)\b)",
                  lambda m: f"from {m.group(1)} to {m.group(2)}"
                  if int(m.group(1).strip("§")) < int(m.group(2).strip("§")) else m.group(0), text)
    text = _part_bounds(text)
    # "在四十五秒那儿停两秒半", "45秒那里停2秒": 停 (hold) said at a point (在 / 第 before it, or 那儿
    # after it), with how long, is the picture held there - a freeze frame, as 定格 is
    # ("定格0:03 停一秒": when the freeze is said already, 停 only says how long)
    if not re.search(r"定格|冻结|静止|freeze", text):
        text = re.sub(r"((?:在|第)\s*(?:第\s*)?§\d+§\s*(?:的)?\s*(?:那儿|那里|那|这儿|这里|处|的地方)?\s*"
                      r"(?:画面)?\s*|"
                      r"§\d+§\s*(?:的)?\s*(?:那儿|那里|那|这儿|这里|处|的地方)\s*(?:画面)?\s*)停(?:住|留|顿)?"
                      r"(?=\s*(?:个|一下)?\s*§)", r"\1定格", text)
    # "除了最后10秒不要 其他都留着", "除了开头3秒删掉，剩下的都要": the part named is said unwanted, and
    # all the rest said kept - "除了X 其他都保留" (the 不要 only says again what keeping the rest means)
    text = re.sub(r"(除了|除去)\s*([^，,。；;!！?？]{1,24}?)\s*(?:以外|之外)?\s*(?:的)?\s*(?:都)?\s*"
                  r"(?:是)?\s*"
                  r"(?:不要|不想要|不需要|不用|删掉|剪掉|去掉|砍掉|切掉|删了|剪了|去了|删|剪)(?:了|的)?\s*[,，\s]\s*"
                  r"(?:(?:其他|其余|其它|别的|剩下|剩余)(?:的)?(?:部分|地方|内容)?)\s*(?:我)?\s*"
                  r"(?:都|全|全都|全部)?\s*(?:要|保留|留着|留下|留|不动|别动)"
                  r"(?=\s*(?:吧|哈|啊|呀|就行|就好)?\s*(?:$|[,，。；;!！]))",
                  r"\1\2 其他都保留", text)
    # "除了最前面那3秒", "删掉开头那3秒", "只留结尾的那10秒": a pointer between an end and its length
    # "后面第40到45秒也剪了吧", "后面的20到30秒删掉": "later on" said before a part given by both its times
    # only points at it - no part of its own (never "the rest, from somewhere on"; "放后面" is a place)
    text = re.sub(r"(?<![放在到摆挂贴正最])(?:后面|后边|后头)\s*(?:的\s*)?"
                  r"(?=[从第\s]*§\d+§[秒\s]*(?:到|至|-|~|–)[第\s]*§\d+§)", "", text)
    # "第25秒开始才是滑的", "从第15秒开始就行", "20秒之后才是正片": where the footage worth keeping starts,
    # said in a clause of its own - what is before it goes ("前25秒不要"; the comma keeps it a clause of
    # its own, so a cut said next is not read as its verb)
    text = re.sub(r"(?:(?<=^)|(?<=[\s，,。；;!！]))(?:从\s*)?(?:第\s*)?(§\d+§)\s*(?:开始|以后|之后|往后)\s*"
                  r"(?:的\s*)?(?:才是|才开始|才进入|才算|就行|就好|就可以)(?![^\s，,。；;!！]*[吗呢?？])"
                  r"[^\s，,。；;!！]*",
                  r"前 \1 不要，", text)
    # "从第25秒开始 第50到55秒加速", "从10秒开始要 20到30秒放慢": a bare start said in a clause of its own,
    # then a part said by its own two times later on - the start is where the video starts (the part is
    # another edit of its own, never the length kept from the start: it had kept [50-55, 25-75])
    text = re.sub(r"(?:(?<=^)|(?<=[\s，,。；;!！]))从\s*(?:第\s*)?(§(\d+)§)\s*(?:秒)?\s*(?:开始|起)\s*"
                  r"(?:要|留|保留|留着|吧)?\s*[\s，,。；;]\s*(?=(?:然后|再|把|将|另外)?\s*(?:第\s*)?§(\d+)§\s*(?:秒)?\s*"
                  r"(?:到|至|-|~|–)\s*(?:第\s*)?§\d+§)",
                  r"前 \1 不要，", text)
    # "顺序倒过来 然后排第三的那段不要了", "排在第二的那个删掉": a clip named by where it stands in the
    # order - the order as it is then (after a reorder said before it), as "现在的第三段" says
    text = re.sub(r"(?:现在)?(?:排|排在|排名)\s*第\s*([一二三四五六七八九十\d]+)\s*(?:位)?\s*的\s*"
                  r"(?:那|这)?\s*(?:一)?\s*(?:段|个|条|片段|视频)?",
                  r"现在的第\1段", text)
    # "starting at 0:15 is fine", "from 15 seconds on is fine": the same said in English
    text = re.sub(r"(?:(?<=^)|(?<=[,;.!]\s)|(?<=[,;.!]))\s*(?:(?:just\s+)?(?:start(?:ing)?|begin(?:ning)?)\s+"
                  r"(?:it\s+)?(?:at|from)|from)\s+(?:the\s+)?(§\d+§)(?:\s+(?:mark|in))?(?:\s+(?:on|onwards?))?\s+"
                  r"(?:is|'s)\s+(?:fine|good|ok|okay|enough|all i need)\b(?!\s*\?)",
                  r" cut the first \1", text)
    # "加个标题 写 夕阳红舞蹈队 字大一点": a verb of writing said alone between the title and its words is
    # no clause of its own (the words, and how big they are, stay one reading with the title)
    text = re.sub(r"((?:标题|文字|一行字|字幕|标语|文案)\s*)(?:[,，]\s*)?(?:就|内容)?\s*"
                  r"(?:写上|写着|写|就叫|叫)\s+(?=[^\s§，,。；;])", r"\1 ", text)
    # ("把最后黑的那3秒去掉", "开头晃的那2秒": what the part looks like, said between the end and its
    # length, still names that end)
    text = re.sub(r"((?:最前面?|最开头|开头|片头|结尾|片尾|末尾|最后|最末))\s*"
                  r"(?:[^\s§，,。；;！!？?0-9一二两三四五六七八九十几]{1,6}?\s*的\s*|的\s*)?那\s*(?=§\d+§)",
                  r"\1", text)
    text = _counted_from(text)
    text = _lasting_from(text)
    # "start 0:05 end 0:22, export only that part", "0:05到0:22，只导出这段": a part said alone, then a file
    # of it alone - the edit is cut down to that part and exported (as "…, keep only that part, export")
    text = re.sub(r"((?:^|[,;.，；。]\s*)(?:from\s+|从\s*)?§\d+§\s*(?:to|till|until|through|-|–|到|至)\s*"
                  r"§\d+§\s*)([,;，；]|(?=then\b))\s*(?:(?:and|then)\s+)?(?:(?:export|render|save|output)\s+"
                  r"(?:only|just)|(?:only|just)\s+(?:export|render|save|output))\s+(?:that|this)"
                  r"(?:\s+(?:part|bit|section|piece|range|clip|one))?\s*(?=$|[,;.!])",
                  lambda m: f"{m.group(1)}{m.group(2) or ','} keep only that part, export", text)
    text = re.sub(r"((?:^|[,;.，；。]\s*)(?:从\s*)?§\d+§\s*(?:到|至|-|–)\s*§\d+§\s*(?:秒)?\s*)"
                  r"([，,；;])\s*(?:然后|再)?\s*只(?:导出|输出)(?:这|那)\s*(?:一|1)?\s*(?:段|部分)"
                  r"(?:就行|就好|就可以了?)?\s*(?=$|[，,；;。!！])",
                  r"\1\2只留这段，导出", text)
    # "skip first 5 seconds and keep till 0:50", "cut the first 3s, keep up to 0:40", "drop the opening 5s
    # and end at 0:50": the head said gone and the end said kept are the one range between them
    text = re.sub(r"\b(?:skip|cut|drop|remove|lose|trim|chop|ditch|delete|get rid of)\s+(?:off\s+)?"
                  r"(?:the\s+)?(?:first|opening|initial)\s+(§\d+§)\s*(?:[,;]\s*)?(?:(?:and|then)\s+)*"
                  r"(?:(?:just\s+|only\s+)?(?:keep|play|run|go|use)\s+(?:it\s+)?(?:till|until|up\s+to|to|through)|"
                  r"(?:end|stop|finish)\s+(?:it\s+)?(?:at|on))\s+(§\d+§)",
                  lambda m: f"keep {m.group(1)} to {m.group(2)}"
                  if int(m.group(1).strip("§")) < int(m.group(2).strip("§")) else m.group(0), text)
    # "add 'A' at the top at 0:05 and 'B' at the bottom at 0:10": quoted words, each with its own place or
    # time, are two texts (each its own clause)
    own = r"(?:at|in|on|from|top|bottom|upper|lower|center|centre|middle|left|right|for|during|between|§)\b"
    text = re.sub(rf"(⟦\d+⟧\s+{own}[^⟦,;.]*?)\s+and\s+(?=⟦\d+⟧\s+{own})", r"\1, ", text)
    # "when i exported it the song got way too loud": when the trouble was seen is a clause of its own
    text = re.sub(r"\b((?:when|after|once|since)\s+(?:i|we|u|you)\s+(?:first\s+)?export(?:ed)?"
                  r"(?:\s+(?:it|this|that|the video|the file))?)\s+"
                  r"(?=(?:the|my|it|everything|there|this|all)\b)", r"\1, ", text)
    # "2s + 15 frames": one time
    text = re.sub(r"§(\d+)§\s*(?:\+|plus)\s*§(\d+)§", lambda m: f"§{int(m.group(1)) + int(m.group(2))}§",
                  text)
    # "denoise + duck the music", "trim 2s + add music": a plus between two edits lists them like a comma
    # (each its own part: "logo top right + title …" keeps "top right" the logo's); a plus between
    # numbers, "+0.1 brightness" and "c++" stay
    text = re.sub(r"(?<=[a-z§⟧])\s+\+\s+(?=[a-z])", ", ", text)
    # "black and white plus a title 'X'", "denoise it plus add music": the word plus before a new edit
    # (an article or a verb after it) lists them the same way ("the title plus the subtitle" stays one)
    text = re.sub(r"(?<=[a-z§⟧'\"”’])\s+plus\s+(?=(?:a|an|add|put|make|also|some|then)\b)", ", ", text)
    # "定格第10秒": the Nth second is where it freezes, never how long (as "定格在10秒")
    text = re.sub(r"(定格|静止)\s*第\s*(?=§\d+§)", r"\1在 ", text)
    text = re.sub(r"第\s*(§\d+§)", r"\1", text)  # "第5秒到第10秒": the 5th second is the time 0:05
    text = _there(text)
    # "在1分整的前10秒那里定格": a point said as so long before another is that point (0:50)
    text = re.sub(r"§(\d+)§\s*(?:整\s*的?|的)\s*前\s*§(\d+)§"
                  r"(?=\s*(?:那里|那儿|那个?地方|处|的位置|的地方|左右|时|的时候))|"
                  r"§(\d+)§\s*整\s*的?\s*前\s*§(\d+)§",
                  lambda m: f"§{int(m.group(1) or m.group(3)) - int(m.group(2) or m.group(4))}§"
                  if int(m.group(1) or m.group(3)) > int(m.group(2) or m.group(4)) else m.group(0), text)
    # "在1分钟的一半处分割", "30秒的一半那里定格": the half of a length said is the point halfway through it
    text = re.sub(r"(?<!前)(?<!后)(?<!最后)§(\d+)§\s*的\s*(?:正)?(?:一半|中点)"
                  r"(?=\s*(?:处|的?位置|那里|那儿|的?地方|时|的时候|左右|分割|切|剪开|定格|停|加|放|插))",
                  lambda m: f"§{int(m.group(1)) // 2}§", text)
    # "accidentally undid that, put it back": the ask after an undo said to be a mistake is the same
    # redo, not a clause of its own
    text = re.sub(r"(\bundid\b(?:\s+(?:it|that|this))?(?:\s+by mistake)?|\bundo was a mistake|"
                  r"\bshouldn'?t have undone(?:\s+(?:it|that|this))?)\s*[,;.!]+\s*"
                  r"(?=(?:please\s+|pls\s+|can you\s+|could you\s+)?(?:put|bring|get)\s+(?:it|that|this)\s+"
                  r"back\b|"
                  r"(?:please\s+)?restore\s+(?:it|that|this)\b)", r"\1 - ", text)
    # "cut it down to a 10s preview", "trim it to a 20 second teaser": the length of what is made is the
    # length asked for
    text = re.sub(r"\b((?:down\s+)?to)\s+an?\s+(§\d+§)(?:\s*-?\s*long)?\s+(?:preview|teaser|clip|"
                  r"version|cut|edit|short|reel|trailer|highlight|snippet|promo|intro|video)s?\b",
                  r"\1 \2", text)
    # "课从0:08开始讲到0:52", "从10秒开始唱到1:20": what happens between the two times (the talk, the
    # song) said with the range - the part from the one to the other, the verb no part of it
    text = re.sub(r"(?:从\s*)?(§\d+§)\s*(?:秒)?\s*(?:开始|起)\s*"
                  r"(?:讲|说|录|拍|唱|播|放|上课|讲课|演|跳|弹|表演|聊)?\s*"
                  r"(?:了)?\s*(?:一直)?\s*(?:到|至)\s*(§\d+§)", r"从\1到\2", text)
    # "去掉停顿 加字幕 音量标准化 一条龙", "…一条龙搞定": all of it done in one go - said of the edits, no
    # imagery (a dragon) asked for
    text = re.sub(r"(?<=[\s，,])(?:全部|都)?\s*一条龙(?:服务|搞定|弄好|处理|解决|走完)?(?:吧|啊|哈|呗)?"
                  r"(?=\s*(?:[。！!.]|$))",
                  "", text)
    # "1分钟压成30秒", "60秒缩短到40秒": the length it is now, then the length wanted - only the second
    # is asked for (the first is no part of the video, nor a head to cut)
    text = re.sub(r"(?<![从第到至\d§])(?:(?:视频|片子|原片|现在|原来)\s*(?:是|有)?\s*)?§(\d+)§\s*(?:的)?\s*"
                  r"(?:视频|片子)?\s*"
                  r"(?=(?:压|缩|缩短|压缩|剪|砍|加速)\s*(?:到|成)\s*§(\d+)§)",
                  lambda m: "" if int(m.group(1)) > int(m.group(2)) else m.group(0), text)
    # "1分05秒那里帮我劈一刀", "30秒处来一刀", "20秒那儿砍一刀": one stroke of the blade at a place is a
    # split, whatever the stroke is called - read as 切一刀
    text = re.sub(r"(?:劈|砍|来|划|割|下|咔嚓)\s*(?=一刀|1\s*刀)", "切", text)
    # a space where Chinese meets Latin letters or digits, so that \b works in the rules ("导出 gif")
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?=[a-z0-9§‹⟦#])|(?<=[a-z0-9§›⟧%])(?=[\u4e00-\u9fff])", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = _object_carried(text)
    text = _range_before_sound(text)
    text = _that_part_again(text)
    clauses = _stems_listed(text, _attributes_to_text(text, split_clauses(text)), stems)
    clauses = _stems_start_clauses(text, clauses, stems)
    clauses = _numbers_listed(text, clauses)
    return Normalized(text=text, quotes=quotes, clauses=clauses,
                      chinese=bool(_CJK.search(raw)))
