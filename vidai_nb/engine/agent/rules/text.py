"""Rules for text: subtitles from speech, titles, text overlays, removing text."""

from __future__ import annotations

from typing import Any

from vidai_nb.engine.ops import schemas as s

from .. import cached_re as re
from ..defaults import TEXT_SIZES, TITLE_SIZES
from ..markers import reason_words
from ..normalize import split_clauses
from ..reading import note
from .common import (
    DURING_FREEZE,
    VIEWING,
    Clause,
    Hit,
    T,
    color,
    ms_after,
    others_placed,
    position,
    ranges,
    rx,
    style,
)
from .cutting import CUT
from .words import FILLER_WORD, FILLERS

SUBS = (r"\bsubtitles?\b|\bsubtitled\b|\bcaptions\b|\bcaptioned\b|\bclosed captions?\b|\bcc\b|"
        # "caption it", "auto-caption the lecture": the verb, said of the video (a quote is a text's)
        r"\b(?:auto[\s-]?)?caption(?=\s+(?:it|this|that|them|everything|(?:the|my)\s+(?:whole\s+)?(?:video|vid|"
        r"clip|lecture|recording|interview|thing|talk|podcast))\b)|\bauto[\s-]?caption\b|"
        r"\btranscri(?:be|ption|pt)|"
        # "put the text of what i say on screen as captions", "show the words i say on screen": the speech
        # shown as words is subtitles
        r"\b(?:put|show|display|write|type|have|get)\s+(?:(?:the\s+)?(?:text|words)\s+of\s+)?(?:what|everything|"
        r"all)\s+(?:that\s+)?(?:i|we|he|she|they|you)\s+(?:say|says|said)(?:\s+in\s+the\s+video)?(?:\s+up)?"
        r"(?:\s+(?:on(?:\s+the)?\s+screen|on\s+the\s+video))?(?:\s+as\s+(?:text|words|captions|subtitles|subs))?"
        r"(?=\s*(?:$|[,.;!?]|and\b|pls\b|please\b))|"
        r"\b(?:put|show|display|write|type|have|get)\s+(?:the\s+words\s+(?:i|we|he|she|they|you)\s+(?:say|said|speak)|"
        r"(?:my|his|her|our|their)\s+(?:spoken\s+)?words)(?:\s+up)?\s+(?:on(?:\s+the)?\s+screen|on\s+the\s+video|as\s+"
        r"(?:text|captions|subtitles))(?:\s+as\s+(?:text|words|captions|subtitles|subs))?(?=\s*(?:$|[,.;!?]|and\b|"
        r"pls\b|please\b))|"
        r"\bsrt\b|\bvtt\b|字幕")
TITLE = (r"\btitles?\b|\bheading\b|\bheadline\b|\btitle card\b|\bintro text\b|\btext intro\b|\bintro card\b|"
         r"标题|片头文字|大标题")
# after "加上:", the things a list of edits names ("加上：字幕和音乐" asks for those, not for text)
_NOT_EDITS = (r"(?![:：\s]*[^，,。;；]*(?:字幕|音乐|配乐|\bbgm\b|转场|\blogo\b|水印|标题|淡入|淡出|特效|滤镜|"
              r"\.(?:mp3|mp4|mov|png|jpe?g)\b))")
# what the words shown are, named before them ("地址：…", "电话：…")
_LABEL_ZH = r"(?:地址|电话|网址|日期|店名|微信号?|联系方式|价格|口号|名字|地点|营业时间)"
# the same in English, put on with its place said before the colon: "put the class name along the bottom:
# Year 4 Oak Class", "add the date in the corner: 12 May", "put my name in the corner: Jo Smith"
_LABEL_EN = (r"(?:(?:\w+\s+)?(?:name|names|date|address|website|url|handle|username|phone number|number|"
             r"location|venue|tagline|slogan|motto|hook|quote))")
_LABEL_PUT_EN = (r"\b(?:put|add|show|display|write|stick|place|slap|pop)\s+"
                 r"(?:the|my|our|his|her|their|a|an)\s+" + _LABEL_EN +
                 r"(?=\s+(?:along|at|on|in|across|over|under|near)\b[^:：.;!?]{0,40}[:：]\s*[^\s§])")
# a watermark made of words: "日期水印", "文字水印", "a text watermark", "date watermark"
_WORDS_MARK = (r"(?:日期|时间|文字|名字|网址|账号|店名)\s*水印|"
               r"\b(?:text|date|time|name|url|handle|timestamp)\s+watermark\b")
# after a bare 打 / 写 and a space, what is no words: a mosaic, a light, a picture or a file
_NOT_WORDS_ZH = r"(?!马赛克|码|光|logo\b|水印|贴纸|表情|图片|[\w-]+\.(?:png|jpe?g|gif|webp|mp4|mov)\b)"
# "this is me reading the first line", "him reading the poem": a person in the video reading aloud
_READ_ALOUD = (r"(?<!\bme )(?<!\bi'm )(?<!\bim )(?<!\bi am )(?<!\bhim )(?<!\bher )(?<!\bus )(?<!\bthem )"
               r"(?<!\bshe's )(?<!\bhe's )(?<!\bwe're )(?<!\bthey're )")
# "at the top for the whole video: 2BR · 1BA · Sleeps 4": a place on the picture said first (with how long),
# then a colon and the words - the words to show, with no text noun said (not a file or a logo put there)
_PLACE_COLON = (r"^\s*(?:(?:at|on|in|across|along)\s+(?:the\s+)?(?:very\s+)?(?:top|bottom|upper|lower)"
                r"(?=[^:：§]{0,60}(?:§\d+§[^:：§]{0,20}){0,2}[:：]\s*(?![^\s]*\.(?:png|jpe?g|gif|webp|mp4|mov|mp3|"
                r"wav|m4a)\b)(?!(?:my\s+|the\s+|a\s+)?(?:logo|music|song|bgm|watermark|image|photo|picture)\b)"
                r"[^\s§])|"
                # ("底部全程：关注我不迷路", "左上角：BEFORE": the same in Chinese - where, how long, then
                # the words)
                r"(?:在\s*)?(?:顶部|底部|顶上|底下|上方|下方|左上角|右上角|左下角|右下角|正中间|中间)"
                r"(?=[^:：§。，,]{0,10}[:：]\s*(?![^\s]*\.(?:png|jpe?g|gif|webp|mp4|mov|mp3|wav|m4a)\b)"
                r"(?!(?:加|放|挂|贴)?\s*(?:个|一个)?\s*(?:logo|水印|台标|音乐|背景音乐|配乐|bgm|图片|照片|贴纸)\b)"
                r"[^\s§]))")
# ("get rid of the logo overlay": an overlay named as a logo, image or watermark is that picture, not text)
TEXTW = (r"\btext\b|\bcaption\b|\bwords\b|\blabel\b|"
         r"(?<!\blogo )(?<!\blogo image )(?<!\bimage )(?<!\bpng )(?<!\bwatermark )(?<!\bwebcam )\boverlay\b|"
         r"\bsays?\b|\bsaying\b|" + _READ_ALOUD +
         r"\breading\b|\btagline\b|"
         r"\bcta\b|\blower third\b|" + _LABEL_PUT_EN + "|" + _PLACE_COLON +
         r"|\bon (?:the )?screen\b|\bletters\b|文字|文本|字样|一行字|(?<=[加写])字(?!"
         r"幕)|"
         # "画面上所有的字都清掉", "字都删了": the words on the picture, said as cleared off
         r"(?<![汉数名打写])字(?=\s*(?:都|全|全部|也)?\s*(?:给我|帮我)?\s*(?:清掉|清除|清空|清了|删掉|删了|删除|去掉|"
         r"拿掉|弄掉|擦掉))|"
         r"字\s*[:：]|(?:打上|挂着|写上|写着)(?=\s+[^\s§]|\s*[:：]\s*[^\s§])|"
         # "0:12-0:15 左上角来个 GG EZ", "右上角打个 NICE": bare words in letters given after a place and
         # 来个 / 打个 (not a thing added by its name: "左上角来个 logo")
         r"(?<=[角部面间])\s*(?:来|打|整|搞)(?:个|一个)(?=\s+(?!(?:logo|bgm|music|gif|fade|zoom|transition|"
         r"pip|[\w-]+\.[a-z0-9]{2,4})\b)[a-z0-9@#])|"
         # "左上角写个¥39.9", "右下角打上 $19.99": a price after the place and a verb of writing is the words
         r"(?<=[角部面间])\s*(?:写|打|来|整|放)(?:个|一个|上)?(?=\s*[¥$€£]\s*\d)|"
         # "第10秒到第15秒顶部显示：第二步 加入生抽": words shown after a colon are text
         r"(?:显示|出现|打出)(?=\s*[:：]\s*[^\s§])|"
         # "顶部加上：本周三本好书推荐": words after "加上:" are text
         # (not a list of edits: "加上：字幕和音乐")
         rf"(?:加上|打上)(?=\s*[:：]\s*[^\s§]){_NOT_EDITS}|"
         # "上面显示红色的 全场五折": words shown on the picture, given after a space
         r"(?:显示|弹出|打出)(?=(?:一行|一句|个)?(?:[^\s§]{1,4}?的)?(?:字|文字)?\s+[^\s§])|"
         # "我加的那些字全删了": the words put on the picture, named by "those / all the"
         r"(?:那些|这些|所有的?|全部的?)\s*字(?!幕)|"
         # "把那行字去掉", "这句字删了": one line of words, pointed at
         r"(?:那|这)\s*(?:一|两|几)?\s*(?:行|句|排|串)\s*(?:文)?字(?![幕体号])|(?<=加的)字(?![幕体号])|"
         # "左下角加个地址：大理古城洱海门旁", "加个电话：138…": what the words are, named before the colon
         rf"(?<=[加写打放上个]){_LABEL_ZH}(?=\s*[:：]\s*[^\s§])|"
         # "加一句话：清仓甩卖", "顶部加一行：…", "写一句：…": a line or sentence added, its words after the
         # colon
         # (no 字 said - the measure word alone names the words)
         # ("底下加一行 私信下单": the words given after a space, as after a colon)
         r"(?<=[加写打放来])\s*(?:一|1)\s*(?:句|行)\s*(?:话|字)?(?=\s*[:：]\s*[^\s§]|\s+[^\s§])|"
         # ("add a line at the top: …": the same in English)
         r"\b(?:add|put|write|stick|slap)\s+(?:a|one|1)\s+line(?=[^:：,;⟦]{0,30}[:：]\s*[^\s§])|"
         # "右下角加个日期水印 2024.05.01", "a date watermark": a watermark of words, not an image
         rf"{_WORDS_MARK}|"
         # "第2秒到第6秒放个大字 全场五折": words put on in big (small) letters, given after a space
         # ("2秒到6秒上个大字 全场五折": 上 says "put on" in speech too)
         r"(?:放|加|打|来|弄|整|搞|上)(?:个|一个|一行|几个)(?:大|小)字(?![幕体号])|"
         # "0:03到0:06写上大字 半价", "8秒到10秒打上大字 冲冲冲", "放大字 冲冲冲": the same with no measure
         # word (the words after a space - "放大字体" enlarges the letters there are)
         r"(?:放|加|打|写|打上|写上|放上|加上|写个|打个)(?:超大|大大的|大|小)(?:的)?字(?![幕体号])(?=\s+[^\s§])|"
         # "画面上打 ¥39.9 五斤包邮", "左上角写 限时抢购": a bare 打 / 写 after the place, then the words
         # (not 打码 / 打马赛克 / 打光: a mosaic or light, no words)
         r"(?:(?<=[角部面间])|(?<=面上|幕上|频上))\s*(?:打|写)(?=\s+" + _NOT_WORDS_ZH + r"[^\s§])|"
         # "加一段免责声明：…": a disclaimer is words shown
         r"免责声明")
# a word of taking text off, beside a bare "no text": "no text anymore, remove it", "no more captions", "no
# text, take it off" - the text is gone from the video, not merely declined
_TAKEN_OFF = (r"\b(?:remove|delete|drop|get rid|take (?:it |them |that |those |this )?(?:off|out|away)|kill|"
              r"hide|lose|wipe|erase|strip|clear|scrub|anymore|any ?more|no more|"
              r"(?:has|have|needs?|got) to go|gotta go|must go|again)\b|去掉|删|拿掉|不要了")
_REMOVE = (r"\b(?:(?:has|have|needs?|got) to go|gotta go|must go|can go)\b(?!\s+(?:at|in|on|to|over|under|"
           r"above|below|there|here|first|last|back|up|down)\b)|"
           r"\b(?:remove|delete|drop|get rid of|no|without|take (?:off|out)|kill|hide|lose|wipe|erase|strip|"
           r"take (?:the |those |these |all (?:the )?|my )?(?:subtitles?|captions?|subs|text|titles?|words) "
           r"(?:off|out))\b|"
           # "clear all the text off it", "scrub the captions": clearing named text - a verb, with the
           # words it clears after a determiner ("clear subtitles", "a clear title" are a look; "clean" only
           # with "off")
           r"\b(?:clear|scrub)\s+(?:off\s+|out\s+|away\s+)?(?:(?:all|the|any|every|bit|piece|of|my|that|"
           r"those|these|old|on-?screen)\s+)+(?:text|titles?|captions?|subtitles?|subs|words|writing)\b|"
           r"\bclean\s+(?:off\s+(?:(?:all|the|any|every|bit|piece|of|my|that|those|these|old)\s+)*"
           r"(?:text|titles?|captions?|subtitles?|subs|words|writing)\b|"
           r"(?:(?:all|the|any|every|bit|piece|of|my|that|those|these|old)\s+)+"
           r"(?:text|titles?|captions?|subtitles?|subs|words|writing)\s+off\b)|"
           r"去掉|删除|"
           # ("不要加任何文字": not to be added is no removal - nothing is taken off)
           # ("加一行字 不要太大", "别太花": a look not wanted is of the text added - nothing is taken off)
           # ("标题去了 其他文字留着": 去了 right after the text named is "take it off")
           r"(?:(?<=标题)|(?<=文字)|(?<=字幕)|(?<=文本))\s*(?:给我|都|也|全|就)?\s*去了(?![哪那])|"
           r"删掉|不要(?!\s*(?:再|给我|帮我)?\s*(?:加|添|放|配|打|写|上字|弄)|\s*(?:太|过于|那么|很|特别|超|弄得太))|去除|不用了|不需要了|删了|清掉|清除|清空|拿掉|"

           # "只删标题", "删字幕": a bare 删 straight before the text named
           r"删(?=\s*(?:那个|这个|所有的?|全部的?|掉)?\s*(?:大?标题|字幕|文字|文本|字|水印文字))")


# "取消字幕", "把字幕关掉", "turn off the captions": subtitles called off are removed (not "取消烧录": not
# burned in)
_CALLED_OFF = (r"取消(?!\s*(?:字幕)?\s*(?:的)?\s*(?:烧|压|嵌|内嵌|硬))|关掉|关闭|关了|撤掉|撤了|去了|"
               r"\b(?:turn|switch|shut)\s+(?:off|out)\b|\b(?:disable|cancel)\b|\b(?:turn|switch)\s+(?:the\s+|my\s+|"
               r"all\s+(?:the\s+)?)?(?:subtitles?|captions?|subs)\s+off\b")


# "client says it looks amateur", "my boss said …", "what i say": someone's words reported (or the speech
# itself), not text that "says" something on the picture (the saying words are the shared REASONS table's
# "told"; who says them is read here)
_REPORTED = (r"\b(?:client|customer|boss|manager|teacher|prof|professor|mom|mum|dad|wife|husband|friend|"
             r"partner|grandpa|grandma|granddad|grandad|granny|gran|nana|papa|mama|grandparents|parents|"
             r"aunt|auntie|uncle|cousin|sister|sis|brother|bro|son|daughter|kids?|bride|groom|fiance|fiancee|"
             r"coworker|colleague|roommate|neighbou?r|producer|sponsor|principal|"
             r"he|she|they|people|everyone|everybody|someone|somebody|nobody|i|we|you|u|editor|director|"
             r"team|audience|viewers?|pastor|coach|(?:my|our|the)\s+\w+|"
             # "sellers say shorter sells", "experts say 3 seconds": people (or what they write) say so
             r"[a-z]{2,}(?:ers|ors|ists|ians|ants|ents|ees)|experts|pros|guys|reviews|studies|comments|stats|"
             r"(?:the\s+)?algorithm|"
             # "blur the kids' faces, club rules say no faces online": a rule cited as the reason - what it
             # says is why the edit is asked, never words to show
             r"rules?|policy|policies|guidelines|regulations|laws?|terms|tos|guidance|handbook|contract|"
             r"school|league|club|"
             # "remove the logo, ms says it's too distracting", "mrs patel said no music": a person named by a
             # title (with or without the name), or a department - their words are why, never text to show
             r"(?:ms|mr|mrs|miss|sir|dr|doc|maam|ma'am|madam|prof)(?:\.?\s+[a-z][\w'-]+)?|"
             r"hr|legal|marketing|compliance|comms|management|admin|the\s+office|"
             # "online folks keep saying the music is way too loud": the people watching, reported
             r"folks|ppl|members|users|commenters|fans|followers|subs|subscribers|students|guests|attendees|"
             r"listeners|watchers|chat|"
             # "the salon owner says people scroll past": a role named with what it is of
             r"(?:my|our|the|his|her|their)\s+[\w'-]+\s+(?:owner|manager|boss|client|customer|teacher|coach|"
             r"editor|director|producer|agent|marketer|designer|photographer|lead|head|guy|lady|person|people|"
             r"team|staff|friends?|members?))\s+(?:just\s+|always\s+|keeps?\s+|usually\s+|often\s+|"
             r"kept\s+|actually\s+|literally\s+)?" + reason_words("told"))
_TEXTW_UNSAID = TEXTW.replace(r"\bsays?\b|\bsaying\b|", "")
assert _TEXTW_UNSAID != TEXTW
# "participant 3 says um like every two words", "guest B keeps saying you know", "speaker #2 says uh": a
# person of a recording, named by a role and a number or letter, reported saying something - their speech,
# why the edit is asked, never text on the picture (whatever text word another clause says)
_REPORTED_ID = (r"\b(?:participant|speaker|guest|interviewee|respondent|subject|person|host|caller|panel+ist|"
                r"candidate|contestant|student|kid|child|patient|witness|presenter|narrator|p)\s*#?\s*"
                r"(?:\d{1,3}|[a-h])\s+(?:just\s+|always\s+|keeps?\s+|kept\s+|usually\s+|often\s+|"
                r"actually\s+|literally\s+|basically\s+|constantly\s+)?(?:says?|said|saying|goes|went)\b")
# "the interviewee jokes 'cut!' at 0:20", "my dad yells 'action' at 0:05", "she shouts 'surprise!'": words
# quoted as what a person says (jokes, yells, sings …) in the recording - their speech, reported to say where
# or why, never words to show on the picture (a thing that "says" - the sign, the title - is not a person)
_SPOKEN_QUOTE = (r"\b(?:i|he|she|they|we|you|someone|somebody|everyone|everybody|"
                 r"(?:the|my|our|his|her|their|this|that)\s+(?!(?:text|title|caption|sign|card|screen|banner|label|"
                 r"slide|board|poster|shirt|intro|outro|end|ending|opening|video|clip|thumbnail|overlay|"
                 r"subtitles?|captions?|logo|graphic|lower|sticker|frame|picture|image|photo|song|lyrics?|track|"
                 r"music|top|bottom|corner|middle|cent(?:er|re)|side|line|box|banner|words?)\b)"
                 # ("a line at the bottom that says …": what a text says, named by a relative word)
                 r"(?:(?!(?:that|which|who)\b)[\w'-]+\s+)?(?!(?:that|which|who)\b)[\w'-]+)\s+"
                 r"(?:just\s+|then\s+|suddenly\s+|kind of\s+|kinda\s+|"
                 r"[a-z]+ly\s+)?(?:says|said|jokes|joked|joking|yells|yelled|yelling|shouts|shouted|shouting|"
                 r"screams|screamed|screaming|goes|went|sings|sang|singing|whispers|whispered|cries|cried|"
                 r"exclaims|exclaimed|mutters|muttered|mumbles|mumbled|laughs|laughed|asks|asked|blurts|blurted|"
                 r"(?:calls|called|shouts|yells|blurts|cries)\s+out)\s*[:,]?\s*⟦(\d+)⟧")
# "i yell 'CUT!' at the end of every take", "we always shout 'action'": the same said by the one writing (or
# "we / they"), with the verb in its plain form - their speech in the recording, never words to show
_SPOKEN_QUOTE_I = (r"\b(?:i|we|they)\s+(?:just\s+|always\s+|usually\s+|then\s+|kinda\s+|sometimes\s+|"
                   r"often\s+|also\s+)?(?:say|yell|shout|scream|sing|whisper|mutter|mumble|blurt|"
                   r"(?:call|shout|yell|cry)\s+out)\s*[:,]?\s*⟦(\d+)⟧")
# "新郎说了句「这段剪掉莫播」", "有跑友在视频里喊「把我剪了」", "他说“别拍了”": a person (not a text, a
# title, the picture or a verb of putting words on it) said to say / shout words in the recording - their
# speech, reported as why or what happens, never words to show
_SPOKEN_QUOTE_ZH = (r"(?:^|(?<=[\s，,。；;！!？?]))"
                    r"(?![^\s，,。；;！!？?⟦]*?(?:字|标题|题目|屏|画面|片头|片尾|封面|"
                    r"上面|下面|底部|顶部|角|写|加|打|放|显示|弹|配|贴|换|改))"
                    r"[^\s，,。；;！!？?⟦]{1,12}?(?:在视频里|在视频中|在镜头里|在镜头前|在里面|在现场|当时|突然|一直|"
                    r"还|又)?\s*(?:说了句|说了一句|说了声|说了一声|说|喊了句|喊了一句|喊了声|喊了一声|大喊|喊着?|"
                    r"叫了句|叫了一声|吼了句|吼了一声|吼着?|嚷着?|嚷嚷|念叨|嘟囔|来了句|来了一句|讲了句|骂了句|"
                    r"问了句|问)\s*(?:道)?\s*[:：]?\s*⟦(\d+)⟧(?!\s*(?:的)?\s*(?:那个地方|地方|时候|那里|那儿|"
                    r"那段|那句|那一刻|那会儿|那下|时|之后|以后))")


def _spoken_quotes(text: str) -> set[str]:
    """The quotes (their numbers) said as what someone says in the recording - speech, not text."""
    return {q.group(1) for pattern in (_SPOKEN_QUOTE, _SPOKEN_QUOTE_I, _SPOKEN_QUOTE_ZH)
            for q in re.finditer(pattern, text)}


def _unspoken(text: str) -> str:
    """The text without the phrases that report someone's speech."""
    for pattern in (_SPOKEN_QUOTE, _SPOKEN_QUOTE_I, _SPOKEN_QUOTE_ZH):
        text = re.sub(pattern, " ", text)
    return text


# "三号嘉宾老说那个那个", "二号受访者每句话都说然后", "王老师讲课老是说这个这个": someone said to keep
# saying something - their speech reported, never the words of a text
_REPORTED_ZH = (r"^[^，,。；;！!？?]{1,12}?(?:老|总|总是|老是|一直|经常|动不动就|每句(?:话)?都|"
                r"每次都|又|就爱|爱|一直在|不停地?)\s*(?:说|讲|念叨|重复|嘟囔|来一句)")


# "that subtitle line was a mistake take", "the caption line there is wrong": the part named by what is said
# in it - a description, not subtitles or text to add or remove
_LINE_SAID = (r"\b(?:that|this|the)\s+(?:subtitle|caption|text)\s+(?:line|bit|part|cue)s?\s+(?:\w+\s+)?"
              r"(?:was|were|is|are|has|had)\b")


def _lang(text: str) -> str | None:
    if rx.search(r"\bchinese\b|\bmandarin\b|中文|汉语|普通话", text):
        return "zh"
    if rx.search(r"\benglish\b|英文|英语", text):
        return "en"
    # "add subtitles in spanish": the language the speech is transcribed in
    for pattern, code in _LANGS:
        for m in re.finditer(pattern, text):
            if re.match(_TOPIC, text[m.end():]):
                continue  # "captions for my german lesson": what the video is about, maybe spoken in another
            rx.search(re.escape(m.group(0)), text)
            return code
    return None


# "auto captions for my german lesson", "法语课的字幕": a language named as the subject taught is the
# video's topic, not the language it is spoken in (which is only set when said: "it's in german", "德语字幕")
_TOPIC = (r"\s*(?:lessons?|class(?:es)?|course|homework|exam|test|tutorial|teacher|tutor|lecture|"
          r"vocab(?:ulary)?|grammar|practice|study|studies|learning|learners?|students?)\b|\s*(?:课|学习|作业|考试|老师|教学)")


_LANGS = [(r"\bspanish\b|西班牙语|西语", "es"), (r"\bfrench\b|法语", "fr"), (r"\bgerman\b|德语", "de"),
          (r"\bjapanese\b|日语|日文", "ja"), (r"\bkorean\b|韩语|韩文", "ko"),
          (r"\bportuguese\b|葡萄牙语", "pt"), (r"\bitalian\b|意大利语", "it"), (r"\brussian\b|俄语", "ru"),
          (r"\barabic\b|阿拉伯语", "ar"), (r"\bhindi\b", "hi"), (r"\bcantonese\b|粤语", "yue")]


# "加标题「X」 再配上字幕": a second thing added after 再 / 还要 / 另外 is apart from the first
_THEN_ZH = r"再(?:配|加|给|把|帮)|还要|另外|同时"


# a word in the subtitles said to be wrong: "有错字", "写错了", "a typo", "misspelled", "got his name wrong"
_TYPO = (r"错字|错别字|写错|打错|拼错|识别错|(?:有|个|几个)\S{0,2}字(?:是)?错|\btypos?\b|\bmisspel\w*|"
         r"\bmis-?spelt\b|\bspelling (?:mistakes?|errors?)\b|\bspel(?:led|t) (?:[\w']+\s+){0,2}?"
         r"(?:wrong|incorrectly)\b|\bwrong (?:word|words|spelling)\b|"
         r"\bgot (?:a|some|the|one|two|his|her|my|their) (?:words?|names?) wrong\b|"
         # "one word in the subtitles is wrong", "a couple of the words in the captions aren't right"
         r"\b(?:one|a|1|two|2|some|a few|a couple|the)(?: of the)? (?:words?|names?) (?:in|on) (?:the |my )?"
         r"(?:subtitles?|captions?|subs)\b[^,.;!]{0,20}?\b(?:wrong|incorrect|not right|(?:is|are)n'?t right)|"
         # "the subtitles have a mistake", "there's an error in the captions", "字幕有个错误", "字幕有误":
         # something in them is wrong, which is not said
         r"\b(?:subtitles?|captions?|subs)\s+(?:have|has|had|got|contain\w*)\s+"
         r"(?:a|an|one|some|a few|a couple(?: of)?|two|2|few)?\s*(?:little\s+|small\s+|tiny\s+)?"
         r"(?:mistakes?|errors?|typos?)\b|"
         r"\b(?:mistakes?|errors?)\s+in\s+(?:the\s+|my\s+)?(?:subtitles?|captions?|subs)\b|"
         r"(?<=字幕)\s*(?:里|里面|上)?\s*有\s*(?:个|一个|几个|一些|些|点)?\s*(?:错误|错|地方错了|误)|"
         # "字幕里有个地方不对 帮我改改", "something in the captions is off": a place in them said to be
         # wrong, neither where nor what it should say - asked
         r"(?<=字幕)\s*(?:里|里面|上|中)?\s*有\s*(?:[一几两]处|(?:个|一个|几个|一些|些|点)?\s*(?:地方|处|句|行))\s*"
         r"(?:不对|有问题|不太对|错了|有误)|"
         r"\b(?:something|one (?:part|bit|line|spot)|a (?:part|bit|line|spot))\s+(?:in|of)\s+"
         r"(?:the\s+|my\s+)?"
         r"(?:subtitles?|captions?|subs)\s+(?:is|looks?|seems?|reads?)\s+(?:wrong|off|not right|incorrect)\b")


# "a word in the subtitles is wrong, it should say 'Anna' not 'Ana'", "the captions say 'Ana' but it should
# be 'Anna'": one word of the subtitles to correct, the word given - no operation edits a word of the
# subtitles (made from the speech): said plainly, never the subtitles made again nor the word put on the
# picture
_SUB_NAMED = r"\b(?:subtitles?|captions|subs)\b"
_SUB_WRONG = (r"\b(?:wrong|incorrect|mistake|misspel\w*|mis-?spelt|typos?)\b|\bnot right\b|\bspel(?:led|t)\b")
_SUB_FIXED = (r"\bshould (?:say|be|read|have said)\b|\binstead of\b|\bnot\s*(?:⟦|[\"“‘']|the\b)|"
              r"\b(?:change|replace|correct|fix|swap)\b")
_SUB_GONE = (r"\b(?:remove|delete|drop|get rid of|take (?:off|out)|lose|kill|scrap|ditch|turn off|hide|strip|"
             r"undo)\b")


# the same in Chinese: "字幕有个字不对 改成“张三”", "字幕里有个名字错了 应该是“李四”",
# "字幕里的“张散”改成“张三”" - the subtitles are never taken off and the word never put on the picture
# as a title
_SUB_NAMED_ZH = r"字幕"
_SUB_WRONG_ZH = r"(?<!不)错|不对|有误|不准|识别成"
_SUB_FIXED_ZH = r"改成|换成|改为|换为|改一下|应该是|应该叫|应该写|才对|而不是"
_SUB_GONE_ZH = r"删|去掉|去除|拿掉|不要了|关掉|取消|撤掉"


def _subtitle_word_fix(c: Clause) -> bool:
    raw = (c.ctx.raw or "").lower()
    quoted = r"⟦\d+⟧|\"[^\"]+\"|“[^”]+”|‘[^’]+’|「[^」]+」|(?<![a-z])'[^']+'(?![a-z])"
    if c.zh:
        if not re.search(_SUB_NAMED_ZH, raw) or re.search(_SUB_GONE_ZH, raw):
            return False
        quotes = len(re.findall(quoted, raw))
        # ("标题叫“写错了”": words quoted are shown, not said of the subtitles)
        bare = re.sub(quoted, " ", raw)
        # the wrong word said of the subtitles themselves (字幕…错 in one phrase), or the word as it is
        # quoted right after 字幕 and the one to put instead
        return quotes >= 1 and bool(
            re.search(rf"字幕[^，,。；;！!？?\s]{{0,12}}?(?:{_SUB_WRONG_ZH})", bare) or
            (quotes >= 2 and re.search(r"字幕\s*(?:里|里面|上|中)?\s*(?:的)?\s*(?:“|「|\"|')", raw) and
             re.search(_SUB_FIXED_ZH, bare)))
    if not re.search(_SUB_NAMED, raw) or re.search(_SUB_GONE, raw):
        return False
    if re.search(r"\b(?:title|heading|text)\b", raw) and re.search(
            r"\b(?:add|turn on|generate|put on|burn in|make)\s+(?:the\s+|some\s+|auto\s+)?"
            r"(?:subtitles?|captions|subs)\b",
            raw):
        return False  # "the title is wrong, change it to 'Bob', add subtitles": the title was wrong; the
        # subtitles are asked for, so none are there yet to correct
    quotes = len(re.findall(quoted, raw))
    return quotes >= 1 and bool(re.search(_SUB_WRONG, raw) or (quotes >= 2 and re.search(_SUB_FIXED, raw)))


def _subtitle_word_refusal(c: Clause) -> list[Hit]:
    if c.zh:
        for pattern in (_SUB_NAMED_ZH, _SUB_WRONG_ZH, _SUB_FIXED_ZH, r"⟦\d+⟧",
                        r"(?:有)?(?:个|一个|几个|两个)?(?:字|词|名字|地方)"):
            list(rx.finditer(pattern, c.text))
        return [Hit(0, refusal=(
            "字幕里的单个字没法直接改——字幕是按说的话识别出来的，这里不能编辑其中一句。我可以把字幕去掉、重新"
            "生成，或者在那个时间点盖一行你自己的文字（告诉我大概在第几秒，比如0:12到0:14）。"))]
    for pattern in (_SUB_NAMED, _SUB_WRONG, _SUB_FIXED, r"⟦\d+⟧", r"\b(?:say|says|said|word|name)\b"):
        list(rx.finditer(pattern, c.text))
    return [Hit(0, refusal=(
        "I can't change one word inside the subtitles — they're made from the speech, and there's no way "
        "here to edit a line of them. I can take the subtitles off, make them again, or put your own text "
        "over that moment (tell me when it comes, e.g. from 0:12 to 0:14)."))]


_SUBS_JUDGED = (
    r"(?:(?:the|my|these|those|this|that|your)\s+)?(?:subtitles?|captions?|subs)(?:'s?)?\s*"
    r"(?:(?:colou?rs?|fonts?|style|look|text)\s+)?(?:(?:honestly|really|just|kinda|so|pretty|super)\s+)*"
    r"(?:is|are|looks?|look|seems?|feels?)\s+(?:(?:so|really|kinda|pretty|super|just|a bit|kind of)\s+)*"
    r"(?:ugly|awful|hideous|terrible|horrible|bad|cheap|tacky|gross|off|wrong)\s*[.!]*(?:\s*(?:lol|tbh|ngl))?|"
    r"(?:这个|那个)?\s*字幕\s*(?:的)?\s*(?:颜色|字体|样式|配色|字)?\s*(?:看着|看起来|感觉)?\s*"
    r"(?:太|好|有点|真|也太|实在)?\s*(?:丑|难看|土|不好看|俗|low)\s*"
    r"(?:死了?|爆了?|哭了?|炸了?|得要命|得不行|到家了?|透了)?\s*(?:了|啊|吧|呀)?\s*[。！!~]*")


_EDITOR_APP = (r"(?:capcut|cap cut|premiere(?: pro)?|final ?cut(?: pro)?|fcp|davinci(?: resolve)?|resolve|"
               r"imovie|inshot|vn|after effects|descript|kapwing|canva|剪映|必剪|快影|pr)")
_BY_SELF = (r"(?:myself|my\s?self|ourselves|on my own|by hand|manually|later|afterwards?|tomorrow|in post|"
            r"separately|another time|(?:in|on|with|using)\s+" + _EDITOR_APP + r")")
# subtitles the person will make themselves, later or in another app: "i'll add the subtitles in capcut",
# "i'll do the captions myself later", "subtitles i'll handle myself", "字幕我自己在剪映里加"
_OWN_SUBS_LATER = (
    r"\b(?:i'?ll|i will|i'?m (?:going to|gonna)|im (?:going to|gonna)|i am (?:going to|gonna)|we'?ll|we will|"
    r"i can|i'?d rather|i plan to|i want to)\s+(?:(?:just|probably|then|prob|do)\s+)?"
    r"(?:do|add|put(?: in| on)?|make|type|write|burn|handle|sort(?: out)?|take care of|caption|subtitle|"
    r"throw(?: in| on)?|slap(?: on)?)\s+(?:(?:the|my|our|some|all the|them|it)\s+)?"
    r"(?:(?:subtitles?|captions?|subs|text)\s+)?(?:\w+\s+){0,2}?\b" + _BY_SELF + r"\b|"
    r"\b(?:subtitles?|captions?|subs)\s*[,:-]?\s*(?:i'?ll|i will|we'?ll|we will|i can)\s+"
    r"(?:do|add|handle|sort|make|type|write|take care of)\b[^,;.]*?\b" + _BY_SELF + r"\b|"
    r"字幕\s*(?:我|我们)\s*(?:自己|回头|之后|晚点|待会|稍后|到时候)\S{0,10}?(?:加|做|弄|打|上|配|搞)|"
    r"(?:我|我们)\s*(?:自己|回头|之后|晚点|待会|稍后)\s*(?:再)?\s*(?:(?:在|用)\s*\S{1,8}?\s*(?:里|上)?\s*)?"
    r"(?:加|做|弄|打|上|配|搞)\s*字幕|"
    r"字幕\s*(?:我)?\s*(?:会)?\s*(?:在|用|拿)\s*" + _EDITOR_APP +
    r"\s*(?:里|上)?\s*(?:自己)?\s*(?:加|做|弄|打|上|配|搞)")


def subtitles_rule(c: Clause) -> list[Hit]:
    text = c.text
    m = rx.search(SUBS, text)
    if not m:
        return []
    if _subtitle_word_fix(c):
        return _subtitle_word_refusal(c)
    if re.search(_LINE_SAID, text):
        return []  # "cut 0:06-0:09.5 out, that subtitle line was a mistake take": which part, not subtitles
    if (own_subs := rx.search(_OWN_SUBS_LATER, text)) is not None:
        # "export mp4, I'll add the subtitles in capcut", "字幕我自己加": subtitles the person makes
        # themselves, elsewhere or later - nothing to do here (as music they add later, sound.py)
        return [Hit(own_subs.start())]
    raw = (c.ctx.raw or "").lower()
    quoted = r"⟦\d+⟧|\"[^\"]+\"|“[^”]+”|「[^」]+」|‘[^’]+’|(?<![a-z])'[^']+'(?![a-z])"
    # ("把字幕删了，识别得全是错别字": the typos are why the subtitles go - the removal is the request)
    taken_off = (r"删|去掉|去除|拿掉|不要|关掉|\b(?:remove|delete|drop|get rid of|take (?:off|out)|lose|kill|"
                 r"scrap|ditch|turn off|hide|no)\b")
    # ("字幕有个字识别错了": recognised wrong is the typo, not the subtitles made)
    made = r"\b(?:add|generate|make|create|burn|transcribe)\b|加|生成|识别(?!\s*得?\s*(?:错|不对|有误|出错))"
    if re.search(_TYPO, raw) and not re.search(quoted, raw) and not re.search(taken_off, raw) and \
            not re.search(made, text):
        # "字幕那里改一下，有错字", "there's a typo in the subtitles, fix it": a word to correct, not said
        # which -
        # asked (never the subtitles made again, which would bring the same word back)
        rx.search(_TYPO, text)
        return [Hit(m.start(), question=(
            "字幕里哪个字错了，应该改成什么？告诉我原来的字和正确的字（大概在第几秒也说一下）。" if c.zh else
            "Which word in the subtitles is wrong, and what should it say? Tell me the word as it is, the "
            "right one, and roughly when it comes (e.g. at 0:12)."))]
    # ("the part my subtitle file marks as 00:00:06,000 --> …": the file tells which times)
    if re.search(r"\bfrom (?:my|the|an?|this|that) (?:srt|vtt|subtitle|caption)s?(?: file)?\b|"
                 r"\b(?:my|the|this|that) (?:srt|vtt|subtitle|caption)s?(?: file)?\s+(?:marks?|says?|shows?|"
                 r"has|lists?|gives?|puts?)\b|(?:字幕文件|srt)里|"
                 # "keep 00:00:06,000 --> 00:00:09,500 like in the srt", "times in srt format": how the
                 # times are written, not a file asked for
                 r"\b(?:like|as|same as|just like|the way it is)\s+(?:it is\s+|they are\s+)?(?:in|on)\s+"
                 r"(?:my|the|an?|this|that)\s+(?:srt|vtt|subtitle|caption)s?(?: file)?\b|"
                 r"\b(?:in|as)\s+(?:srt|vtt)\s+(?:format|style|notation)\b|"
                 r"\b(?:srt|vtt)[- ](?:style|format)\s+"
                 r"(?:times?|timestamps?|timecodes?)\b|(?:像|跟|和)\s*(?:字幕文件|srt|字幕)\s*(?:里|中)?\s*"
                 r"(?:那样|一样)|srt\s*格式", text) and (ranges(text) or not re.search(
                     r"\b(?:add|burn|generate|make|export|give|create|save)\b|加|生成|导出", text)):
        return []  # "from my srt file: 00:00:06,000 --> 00:00:09,500 — keep …": where the times come from
    # "字幕不要烧进画面里", "don't burn them in": not burnt in (a file), never a removal of subtitles
    unburns = list(rx.finditer(r"(?:不要|别|不用|无需|不需要)\s*(?:烧|压|嵌|印|放|加|做)(?:录|制)?\s*"
                       r"(?:进|到|在)"
                       r"(?:\s*(?:画面|视频|片子)(?:里|上|中)?|去|里面)?|"
                       r"\b(?:don'?t|do not|no need to)\s+(?:burn|bake|hard ?code|embed)|"
                       r"\bnot\s+(?:burned|burnt|baked|hard ?coded|embedded)\b|"
                       # "加字幕，取消烧录", "不要硬字幕", "add captions, no burn-in", "just the file, not on
                       # the picture", "soft subtitles": a file only, said in other words
                       r"(?:取消|不要|别|不用|无需|不需要|不)\s*(?:烧录|烧制|压制|硬字幕|内嵌)|软字幕|"
                       r"\bno\s+(?:burn(?:ed|t)?[\s-]?in|burning|hard ?cod(?:e|ed|ing)|hard ?subs)\b|"
                       r"\bwithout\s+(?:burning|baking|hard ?coding)(?:\s+(?:them|it))?(?:\s+in)?\b|"
                       r"\bnot\s+(?:on|in|onto|into)\s+(?:the\s+)?(?:picture|video|image|frame|screen)\b|"
                       r"\bsoft\s*(?:subs?|subtitles|captions)\b", text))
    unburn = unburns[0] if unburns else None
    for one in unburns:  # ("要软字幕，不要硬字幕": each way of saying it)
        text = text[:one.start()] + " " * (one.end() - one.start()) + text[one.end():]
    # ("舞蹈视频的字幕改一下", "修改一下字幕", "fix the captions on the dance video": which video's, said
    # before or after - still not how)
    vague = rx.search(r"^(?:帮我|给我|请)?\s*(?:把|给)?\s*(?:[\u4e00-\u9fffa-z0-9]{1,10}?的)?\s*"
                      r"(?:字幕|subtitles?|captions?)\s*(?:那里|这里|那块|这块|那边|部分)?\s*(?:帮我|给我)?\s*(?:再)?"
                      r"(?:改|换|调|弄|修改|调整)\s*"
                      r"(?:改|一改|一下|下)?\s*(?:吧|呗|啊)?$|"
                      r"^(?:帮我|给我|请)?\s*(?:再)?(?:修改|调整|改)\s*(?:一下|下)\s*(?:[\u4e00-\u9fff]{1,10}?的)?\s*"
                      r"字幕\s*(?:吧|呗)?$|"
                      r"^(?:(?:can you|could you|pls|please)\s+)?(?:change|edit|fix|tweak|adjust|redo)\s+"
                      r"(?:the\s+|my\s+)?(?:subtitles?|captions?|subs)(?:\s+(?:on|in|for)\s+(?:the|my|this|that)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:video|clip|vid|reel|edit|one))?"
                      r"(?:\s+(?:a bit|a little|please|pls))?"
                      r"$", text.strip())
    if vague:  # "字幕改一下": changed how? ask, with the choices there are
        return [Hit(m.start(), question=(
            "字幕要怎么改——换样式（简单、粗体、描边、底框、卡拉OK）、换语言，还是导出成单独的文件？"
            if c.zh else
            "Change the subtitles how — the style (plain, bold, outline, boxed, karaoke), the language, or "
            "as a separate file?"))]
    # "字幕颜色丑死了", "the caption font looks awful": the subtitles judged, nothing asked - changed how?
    # (never subtitles made anew)
    if re.fullmatch(_SUBS_JUDGED, (c.ctx.raw or "").strip().lower()) and \
            rx.fullmatch(_SUBS_JUDGED, text.strip()):
        return [Hit(m.start(), question=(
            "字幕哪里要改？颜色没法单独设置，可以换样式（简单、粗体、描边、底框、卡拉OK），要换哪种？"
            if c.zh else
            "What should change in the subtitles? Their colour can't be set on its own, but the style can — "
            "plain, bold, outline, boxed or karaoke. Which one?"))]
    # (only in the subtitles' own part: "title 'Knee Rehab' top, then subtitles boxed" wants both)
    seps = rf"[,，;；]|\bthen\b|然后|{_THEN_ZH}"
    part = re.split(seps, text[:m.start()])[-1] + re.split(seps, text[m.start():])[0]
    if rx.search(r"⟦\d+⟧|[:：]\s*\S", part) and not rx.search(
            r"\btranscri|\bspeech\b|\bauto\b|\bgenerate\b|识别|自动|语音|生成|\bsrt\b|\bvtt\b", text):
        return []  # "caption 'Hello'", "添加字幕「…」": that text, not a transcription
    # "cut the first 5 seconds but keep the subtitles", "删掉标题，字幕保留": subtitles said to stay are left
    # as they are - never made (none on the timeline: said so, the rest done)
    kept = re.search(r"\b(?:keep|leave|preserve|retain)\s+(?:the\s+|my\s+|our\s+|all\s+(?:the\s+)?|in\s+)?"
                     r"(?:subtitles?|captions?|subs)\b(?!\s+(?:on|in|at|as|burn\w*|from|till|until|for)\b)|"
                     r"字幕\s*(?:就|也|要|还是)?\s*(?:保留|留着|不动|别动|不要动|不变)|"
                     r"(?:保留|留着)\s*字幕", text)
    if kept and not re.search(r"\b(?:add|burn|generate|make|give|create|transcribe)\b|"
                              r"(?<!之前)(?<!刚才)(?<!刚)加(?!的)|生成|识别|\bsrt\b|\bvtt\b", text):
        rx.search(re.escape(kept.group(0)), text)
        shown = any(tr.get("role") == "subtitle" and tr.get("sg") for tr in c.ctx.draft.get("t", []))
        return [Hit(kept.start())] if shown else [Hit(kept.start(), note=(
            "时间线上没有字幕，所以没有要保留的字幕——我也没有加。" if c.zh else
            "There are no subtitles on the timeline to keep, so I didn't add any."))]
    # "no music pls, just subtitles": a removal said of something else, before a comma, is not the subtitles'
    own = re.split(r"[,，;；]|\bthen\b|然后", text[:m.start()])[-1] + text[m.start():]
    # ("去掉停顿 再出个srt字幕": 出个 / 来一份 makes them - the removal is the pauses')
    if re.search(_REMOVE + "|" + _CALLED_OFF, own) and not re.search(
            r"\b(?:add|with|burn|generate|make)\b|(?<!之前)(?<!刚才)(?<!刚)加(?!的)|生成(?!(?:出来?)?的)|识别(?!(?:出来?)?的)|做(?!的)|"
            r"(?<![不别没])(?:出|来|配|弄)\s*(?:个|一个|一份|一版|份|上)",
            text):
        said = rx.search(_REMOVE + "|" + _CALLED_OFF, text)  # the removal is this reading
        shown = any(tr.get("role") == "subtitle" and tr.get("sg") for tr in c.ctx.draft.get("t", []))
        if not shown and said is not None and re.match(r"no\b|without\b|不要|不用", said.group(0)) and (
                rx.search(r"\b(?:just|only)\b|只|就行|就好", text + " " + c.ctx.raw.lower()) or
                # "no subtitles please", "no captions on this one": none shown, a bare "no" declines them -
                # nothing to remove ("no subtitles anymore, remove them" still takes them off)
                (re.match(r"no\b|without\b", said.group(0)) and
                 not re.search(_TAKEN_OFF, text + " " + c.ctx.raw.lower()))):
            # "no subtitles pls, just the title 'Spring Showcase'": none are shown and none are wanted -
            # read, and nothing to do
            return [Hit(m.start())]
        return [Hit(m.start(), [s.RemoveText(track="subtitle")])]
    if color(text) and not rx.search(r"\b(?:add|with|burn|generate|make me|give)\b|加|添加|生成", text) and \
            rx.search(r"\b(?:make|change|turn|set)\b|改成|换成|变成|调成", text):
        # "make the subtitles yellow": a colour for subtitles is not something I can set
        return [Hit(m.start(), refusal=("字幕颜色没法单独设置——可选的样式有：简单、粗体、描边、底框、卡拉OK。"
                                        if c.zh else
                                        "I can't set a colour for subtitles — the styles I have are plain, b"
                                        "old, "
                                        "outline, boxed and karaoke."))]
    kwargs: dict[str, Any] = {}
    # "my students watch with sound off so pls put captions on …": why captions are wanted, read with them
    rx.search(r"\b(?:watch\w*|view\w*|play\w*|see)\s+(?:it\s+|this\s+|videos?\s+)?(?:with|on)\s+(?:the\s+)?"
              r"(?:sound|audio)\s+(?:off|muted|down)\b|静音(?:看|播放|观看)", text)
    for v in re.finditer(VIEWING, text):  # "so people can watch it on mute": the same reason
        note(text, v.start(), v.end())
    file_words = (r"\bsrt\b|\bsidecar\b|\bseparate(?:ly| file)?\b|\bas a file\b|\bsubtitle file\b|"
                  r"\bsoft ?subs?\b|单独|文件|外挂")
    sidecar = "vtt" if rx.search(r"\bvtt\b|webvtt", text) else (
        "srt" if rx.search(file_words, text) else None)
    if unburn:
        # "加字幕，别烧进画面，单独给我一个srt": said not to be burned in, every word for the file is this
        # reading's (a file only - not the burned-in subtitles and a file of "add subtitles and a srt")
        list(rx.finditer(file_words, text))
    if sidecar:
        kwargs["sidecar"] = sidecar
        rx.search(r"\b(?:save|export|download|give me|get)\b|导出|保存|下载|给我", text)
        burn = bool(rx.search(r"\bburn(?:ed|t)?(?: them| it)? in\b|\bburn\b|\bhard ?(?:coded|subs)|"
                              r"\bon (?:the )?"
                              r"video\b|\band (?:an? |also )?(?:srt|vtt)|\bplus\b|\balso\b|\btoo\b|"
                              r"\bas well\b|烧录|"
                              # ("加字幕，再导出一个srt文件": the file besides the subtitles)
                              r"压制|也|同时|顺便|另外|(?<![不别])再(?=\s*(?:导出|给|来|生成|出|弄|做|要|单独|存|"
                              r"保存))|"
                              # ("生成字幕，导出srt文件": subtitles made, then a file of them besides)
                              r"(?:加|生成|识别|做|配)(?:上|个|一下)?\s*字幕\s*[，,、;；\s]+\s*(?:并|然后)?\s*"
                              r"(?:导出|给我|输出|保存)", text))
        # ("an srt file too, not only burned in": "not only" keeps the burned-in subtitles)
        if rx.search(r"\bdon'?t burn|\bnot burn|\bno burn|\bwithout burning|不要烧|别烧|不烧|"
                     r"(?<!\bnot )\bonly\b|就行|"
                     r"\bjust\b|只要",
                     text) or not burn:
            kwargs["burn"] = False
    rx.search(r"\bburn(?:ed|t)?(?: them| it)? in\b|\bhard ?(?:coded|subs)\b|烧录|压制|烧进", text)
    if unburn:
        kwargs["burn"] = False
        kwargs.setdefault("sidecar", "srt")
    st = style(text)
    if st:
        kwargs["style"] = st
    # "加字幕 用描边样式 网课用": the look and what they are for, said after them
    rx.search(r"字幕\s+" + _SUBS_HOW_ZH + r"$", text)
    lang = _lang(text)
    if lang:
        kwargs["language"] = lang
    return [Hit(m.start(), [s.AddSubtitles(**kwargs)])]


# "the first 3 s", "前3秒", "开头3秒": shown from the start for that long
_FIRST = (rf"\b(?:first|opening)\s*{T}|(?:前|开头|片头)\s*(?:的)?\s*{T}"
          r"(?!\s*(?:去掉|剪掉|删掉|不要|剪|删|切|砍|减))|"  # "开头10秒去掉": a cut, not the text's time
          # "从开头到10秒", "from the start to 0:10": a range from the start
          rf"(?:从\s*)?(?:开头|开始|片头|头)\s*(?:一直)?(?:到|至)\s*(?:第\s*)?{T}|"
          rf"\bfrom the (?:very )?(?:start|beginning)\s+(?:to|until|till|through|up to)\s+{T}")


# "开头剪掉5秒 加个标题「…」", "结尾砍掉2秒 打个标题「…」": an end where a cut is made, said right before the
# cut, is the cut's - not where the text goes
CUT_THERE = r"(?!\s*(?:的)?\s*(?:§\d+§\s*)?(?:剪掉|去掉|删掉|砍掉|切掉|减掉|裁掉|不要|剪|删|砍|切))"


def _finally(text: str, raw: str) -> str | None:
    """ "先剪掉开头3秒，再调亮一点，最后加标题「…」": 最后 that closes a list of steps (先 / 再 / 然后
    said before it) is the last step, never the end of the video - the only end word, said right before the
    verb."""
    last = re.search(r"最后\s*(?:再|还要|还)?\s*(?=(?:加|给|把|打|放|配|添|上|写|来|弄|做)(?!\s*§))", text)
    if last is None or re.search(r"结尾|片尾|末尾|\bat the end\b|\bending\b|\boutro\b", text) or \
            len(re.findall(r"最后", text)) > 1:
        return None
    at = raw.find("最后")
    return last.group(0) if at > 0 and re.search(r"先|首先|然后|接着|再", raw[:at]) else None


# the letters said big or small: "字要大", "字大点", "字体要小一些", "字号搞大一点" (not "字大小", the
# size word)
_LETTERS_HOW = (r"字(?:体|号)?\s*(?:要|得|需要|再|搞|弄|调|整|打)?\s*(?:得)?\s*%s(?!小)\s*(?:一)?\s*"
                r"(?:点|些)?(?:儿)?")


def _text_params(c: Clause, is_title: bool, words: str | None = None) -> dict[str, Any]:
    text = c.text
    if words and "§" in words:  # "Philippians 4:13": a verse's numbers in the words are no time
        text = text.replace(words, " ", 1)
    # the words shown are not where or in what colour they go ("BLACK FRIDAY 60% OFF in the center")
    bare = text.replace(words, " " * len(words), 1) if words else text
    kwargs: dict[str, Any] = {}
    spans = ranges(text)
    dur = ms_after(text, r"\bfor\b|lasting|持续|显示")
    if dur is None and len(re.findall(r"§\d+§", text)) == 1:
        # "title 'X' in a box, 5 seconds", "标题「X」放5秒": a bare length said after the words is how long
        bare_len = rx.search(rf"(?:[,，]|放|停留|保持|挂)\s*{T}\s*(?:long|的时间|就行|就好|吧)?\s*[.!。！]?$",
                             text)
        dur = int(bare_len.group(1)) if bare_len else None
    total = c.ctx.total_ms
    if spans:
        kwargs["start_ms"], kwargs["end_ms"] = spans[0]
    else:
        at = ms_after(text, r"\bat\b|\bfrom\b|\bstarting(?: at)?\b|\bafter\b|在|从")
        if at is None and words and "§" not in words and len(re.findall(r"§\d+§", text)) == 1 and (
                bare_at := re.search(re.escape(words) + r"\s*[,—–]?\s*§(\d+)§", text)):
            at = int(bare_at.group(1))  # "label Goal 1:30": a point said bare right after the words
        if at is None and rx.search(r"\bthere\b", text):
            # "skip to 0:18 and put 'GOAL!!!' there": the point gone to is where the text starts
            at = ms_after(text, r"\b(?:skip|go|jump|fast[- ]?forward|scrub)\s+(?:ahead\s+|forward\s+)?to\b")
        if at is None and c.zh and dur is not None:
            # "第10秒加个标题「下半场」，显示5秒": a point said first (第 is gone by now), then how long
            at = ms_after(text, r"^")
        if at is None and c.zh and len(re.findall(r"§\d+§", text)) == 1 and not re.search(_FIRST, text) and (
                point := rx.search(
                rf"(?<![前后掉删])(?<![前后掉删]\s){T}\s*(?:时|的时候|处|那里)?\s*(?:在\s*)?(?=(?:顶部|底部|上方|下方|中间|"
                rf"正中|左上|右上|左下|右下|左边|右边|画面|屏幕|加|显示|出现|放|打|写))|"
                rf"(?:顶部|底部|上方|下方|中间|左上角?|右上角?|左下角?|右下角?)\s*(?:的)?\s*{T}\s*(?:时|处)?\s*"
                rf"(?=加|显示|出现|放|打|写)|(?:⟧|」)\s*(?:在)?\s*(?:顶部|底部|上方|下方|中间|左上角?|右上角?|"
                rf"左下角?|右下角?)?\s*{T}\s*(?:时|处|出现|显示)?\s*$", text)):
            # "第5秒在顶部加「A」", "「A」在顶部第5秒": a point said bare next to the place or the verb is
            # where the text starts ("开头剪掉5秒 加个标题「A」": an amount cut off, 掉 before it, is no
            # point)
            at = int(point.group(1) or point.group(2) or point.group(3))
        if at is not None:
            kwargs["start_ms"] = at
            # "从第30秒到结尾显示「…」", "from 0:45 to the end show '…'": shown from there to the end (the
            # end is the text's, never a cut's)
            rx.search(r"(?<=§)\s*(?:(?:to|until|till|through)\s+the\s+(?:very\s+)?end(?:\s+of\s+(?:the\s+)?"
                      r"(?:video|clip))?\b|(?:一直)?\s*(?:到|至)\s*(?:视频)?(?:的)?(?:结尾|最后|结束|末尾))",
                      text)
            rx.search(r"\b(?:show|display|put up|keep up)\b|显示|出现", text)
            if c.zh and at > 0:
                # "vlog最后加一句「上岸！」 从55秒开始": the end said with no length, then the point it
                # starts at - one place, the point said (the end word is read with it, never a second reading)
                rx.search(r"(?:结尾|片尾|末尾|最后)(?!\s*(?:的)?\s*§)" + CUT_THERE, text)
        elif (last := rx.search(rf"\b(?:last|final|closing)\s*{T}|最后\s*{T}", text)) and total:
            # "in the last 5 seconds"
            kwargs["start_ms"] = max(0, total - int(last.group(1) or last.group(2)))
            kwargs["end_ms"] = total
        elif (then := _finally(text, c.ctx.raw)) is not None:
            # "先裁成竖屏 然后加音乐 最后加一行字": the last step, not the end
            rx.search(re.escape(then), text)
        elif rx.search(r"\bat the end\b|\bending\b|\boutro\b|(?:结尾|最后)" + CUT_THERE, text) and total:
            kwargs["start_ms"] = max(0, total - (dur or 3000))
        if dur is not None and "end_ms" not in kwargs:
            kwargs["end_ms"] = kwargs.get("start_ms", 0) + dur
        elif rx.search(_FIRST, text):
            first = rx.search(_FIRST, text)
            assert first is not None
            kwargs["end_ms"] = int(next(g for g in first.groups() if g))
        elif rx.search(r"\bwhole (?:video|time|thing)|\bthroughout\b|\ball the way|全程|一直|从头到尾|始终",
                       text):
            kwargs["end_ms"] = total or None
    rx.search(DURING_FREEZE, text)  # when: the freeze's time (semantics.timed_to_freeze)
    pos = position(re.sub(r"⟦\d+⟧", "", others_placed(bare, "text")))
    if pos:
        kwargs["pos"] = pos
    col = color(re.sub(r"⟦\d+⟧", "", bare))
    if col:
        kwargs["color"] = col
    st = style(text)
    if st:
        kwargs["style"] = st
    # a number in the words shown is no font size ("店铺地址 幸福路88号")
    # ("字号100", "字体大小调到120", "字大一点 100": the size said in Chinese words, then the number)
    size = rx.search(r"(?:size|font)\s*(\d{1,3})\b|(\d{1,3})\s*(?:px|pt|号)|"
                     r"(?:字号|字体大小|字的大小|字体|字\s*(?:再)?\s*(?:大|小)\s*(?:一)?\s*(?:点|些))\s*"
                     r"(?:调到|调成|设为|设成|改成|改为|用|是|为|[:：=])?\s*(\d{2,3})(?![\d.§%])", bare)
    if size:
        kwargs["size"] = int(size.group(1) or size.group(2) or size.group(3))
    # (nor is a size word in them: "a title in red: Big Sale")
    elif rx.search(r"\b(?:huge|giant|massive)\b|超大|特大", bare):
        kwargs["size"] = (TITLE_SIZES if is_title else TEXT_SIZES)["huge"]
    # ("加个大标题“…”": a big title is one in big letters)
    # ("字要大", "字大点", "字体要小一些": how big the letters are, said with 字 first)
    elif rx.search(r"\b(?:big|large|bigger|larger)\b|大字|大一点|放大|(?<!超)大\s*(?:号)?\s*标题|" +
                   _LETTERS_HOW % "大", bare):
        kwargs["size"] = (TITLE_SIZES if is_title else TEXT_SIZES)["big"]
    elif rx.search(r"\b(?:small|smaller|tiny|little)\b|小字|小一点|小\s*(?:号)?\s*标题|" +
                   _LETTERS_HOW % "小", bare):
        kwargs["size"] = (TITLE_SIZES if is_title else TEXT_SIZES)["small"]
    return kwargs


# where and when the text goes, said after the text itself: not part of it
_TAIL = re.compile(
    # ("title: Van Life Ep 3 — top of screen": a dash before where it goes ends the words too)
    r"\s*[,—–]?\s*(?:\b(?:from|at|in|on|for|during|starting(?: at)?|between|until|till|to|over|across|near|"
    r"along)\b\s*)?(?:the\s+|a\s+)?(?<![a-z])(?:§\d+§(?:\s*(?:-|–|to|and|until|till)\s*§\d+§)?|"
    r"(?:first|last|final|opening|closing)\s*§\d+§|(?:very\s+)?(?:top|bottom|cent(?:er|re)|middle|left|right|"
    r"upper|lower)(?:[\s-](?:left|right|third|corner|of (?:the )?(?:screen|frame|video)))*(?:\s+corner)?|"
    r"(?:start|beginning|end|intro|outro)(?:\s+of the (?:video|clip))?|whole (?:video|time|thing)|screen|"
    r"video|(?:(?:big|large|small|bold|huge|giant|white|yellow|red|black|blue|green)\s+){1,2}"
    r"(?:letters|font|text|type)|"
    r"(?:in|with)\s+(?:white|yellow|red|black|blue|green)|lower third|"
    # "…, outline style", "in a boxed style", "with an outline": the look, not the words
    r"(?:in\s+(?:an?\s+)?)?(?:plain|bold|outline[sd]?|boxed|box|shadow(?:ed)?)\s+(?:style|text|font|look)|"
    r"(?:with|in) (?:an? )?(?:outline|box|shadow))\s*[.!]?$"
    # "add text: Use code SAVE10 — yellow, boxed, bottom right": a bare colour or look after a comma or dash
    r"|\s*[,—–]\s*(?:white|yellow|red|black|blue|green|orange|pink|purple|gold|plain|bold|outlined?|boxed|"
    r"shadowed)\s*[.!]?$"
    # "在顶部加文字：关注我看更多，红色的": a bare colour (or look) after a Chinese comma is the style too
    r"|\s*[,，—–]\s*(?:要|用|是|字体?)?\s*(?:红|白|黄|黑|蓝|绿|橙|粉|紫|金)色(?:的)?(?:字|字体)?(?:吧|哦|啊)?\s*[。.!！]?$"
    # "底部加文字：社区义剪 免费理发，字小一点", "add text: Link in bio, a bit bigger": how big the
    # letters are, said after a comma, is the size, not the words
    r"|\s*[，,;；—–]\s*(?:要|用|把)?\s*(?:字|字体|字号|文字)?\s*(?:再|稍微|稍稍|调)?\s*(?:大|小|粗|细)\s*(?:一)?\s*"
    r"(?:点|些)(?:儿)?(?:吧|哦|啊)?\s*[。.!！]?$"
    r"|\s*[，,;；—–]\s*(?:要|用)?\s*(?:超大|大|小)\s*(?:号)?\s*字(?:体|号)?(?:吧|哦|啊)?\s*[。.!！]?$"
    r"|\s*[,—–]\s*(?:(?:make\s+it|keep\s+it|in)\s+)?(?:a\s+(?:bit|little)\s+|slightly\s+)?(?:small|smaller|big|"
    r"bigger|large|larger|huge|tiny)(?:\s+(?:letters|font|text|size|print))?\s*(?:pls|please)?\s*[.!]?$"
    # "底部加一行字：关注我，10秒到20秒": when it shows, said bare after a comma
    r"|\s*[，,;；]\s*(?:在|从)?\s*§\d+§\s*(?:-|–|到|至)\s*§\d+§\s*(?:之间|的时候)?\s*(?:显示|出现)?\s*[。.!！]?$"
    # "底部加一行字：预约电话8888-6666 第3秒到第10秒 黄色": when it shows and its colour, set apart by spaces
    # after Chinese words
    r"|(?<=[\u4e00-\u9fff\d])\s+(?:在|从)?\s*§\d+§\s*(?:-|–|到|至)\s*§\d+§\s*(?:之间|的时候)?\s*(?:显示|出现)?"
    r"\s*[。.!！]?$"
    r"|(?<=[\u4e00-\u9fff\d§])\s+(?:要|用|字体?)?\s*(?:红|白|黄|黑|蓝|绿|橙|粉|紫|金)色(?:的)?(?:字|字体)?(?:吧|哦|啊)?"
    r"\s*[。.!！]?$"
    r"|\s*(?:在|从)\s*§\d+§.*$|\s*(?:在|从)?\s*(?:开头|结尾|最后\s*(?:§\d+§)?|中间|底部|顶部)\s*$"
    # "…：关注我 每天分享干货，全程显示": how long it shows, said after the words
    r"|\s*[，,;；]\s*(?:要|就)?(?:全程|一直|从头到尾|整个视频|整段|始终)(?:都)?\s*(?:要)?\s*"
    r"(?:显示|出现|挂着|保留|在|有)?(?:着|就行|就好|吧)?\s*[。.!！]?$"
    r"|\s*[，,;；]\s*(?:放|显示|摆)(?:在)?\s*(?:开头|结尾|中间|底部|顶部|上方|下方|左上角|右上角|左下角|右下角|"
    r"最(?:上面|下面|上方|下方|顶上|底下|顶部|底部|上边|下边))"
    r"\s*[。.!！]?$"
    # "标题：街舞社招新啦 放顶上 红色", "…扫码进群 从头到尾都要有", "…我家傻狗的一天 字大一点": where,
    # how long and how big, set apart by a space after the words (a Chinese request splits its parts by
    # spaces)
    r"|(?<=[\w§!！%])\s+(?:放|摆|显示|放在|摆在|显示在|在)\s*(?:顶部|底部|顶上|底下|上方|下方|上面|下面|中间|正中|"
    r"左上角?|右上角?|左下角?|右下角?|最(?:上面|下面|上方|下方|顶上|底下|顶部|底部|上边|下边))"
    r"\s*(?:(?:要|就)?(?:全程|一直|从头到尾|始终)(?:都)?\s*(?:要)?\s*"
    r"(?:显示|出现|挂着|在|有)?)?\s*[。.!！]?$"
    r"|(?<=[\w§!！%])\s+(?:要|就)?(?:全程|一直|从头到尾|整个视频|整段|始终)(?:都)?\s*(?:要)?\s*"
    r"(?:显示|出现|挂着|保留|在|有)?(?:着|就行|就好|吧)?\s*[。.!！]?$"
    r"|(?<=[\w§!！%])\s+(?:要|用|把)?\s*(?:字|字体|字号|文字)\s*(?:要|得|再|稍微|稍稍|调)?\s*(?:大|小|粗|细)\s*(?:一)?\s*"
    r"(?:点|些)?(?:儿)?(?:吧|哦|啊)?\s*[。.!！]?$"
    # "开头加个大标题：乐高城堡完工！字要大": how big, said right after the words' closing ！ or 。 (no space)
    r"|(?<=[!！。])\s*(?:要|用|把)?\s*(?:字|字体|字号|文字)\s*(?:要|得|再|稍微|稍稍|调)?\s*(?:大|小|粗|细)\s*"
    r"(?:一)?\s*(?:点|些)?(?:儿)?(?:吧|哦|啊)?\s*[。.!！]?$"
    r"|(?<=[\w§!！%])\s+(?:要|用)?\s*(?:超大|大|小)\s*(?:号)?\s*字(?:体|号)?(?:吧|哦|啊)?\s*[。.!！]?$"
    # "全场五折 别给我剪东西啊", "…第7期 也别加速": an edit said not to be done, set apart by a space after
    # the words, is what is not wanted - never part of what is shown ("全场五折 不要错过" stays words)
    r"|(?<=[\w§!！%¥$])\s+(?:也|就|可|千万|可千万|但是?)?\s*(?:别|不要|不用|先别)\s*(?:给我|帮我|再)?\s*"
    r"(?:剪|删|动|碰|改|换|烧|加速|减速|调|裁|切|去掉|乱)[^\s]*\s*$")
# "在顶部加文字 限时特惠 右下角放logo.png", "…关注我 logo.png放右下角": another thing put on, with its place,
# set apart by a space after the words - an edit of its own, never part of what is shown (the words are read
# from the part before it alone)
_ANOTHER_PUT_ZH = (
    r"(?<=[\u4e00-\u9fff\w!！%])\s+(?:(?:再|然后|并且|还要|还有)\s*)?(?:在\s*)?(?:左上角?|右上角?|左下角?|右下角?|"
    r"顶部|底部|角落)?\s*(?:放|加|挂|贴|配|打)?(?:个|上|一个)?\s*(?:[\w-]+\.(?:png|jpe?g|gif|webp|mp4|mov|mp3|wav|"
    r"m4a)\b|logo\b|水印|台标|背景音乐|配乐|bgm\b)"
    r"(?:\s*(?:放|摆|挂|贴)\s*(?:在|到)?\s*(?:左上角?|右上角?|左下角?|右下角?|顶部|底部|角落))?\s*[。.!！]?$")


# "put SUMMER SALE 40% OFF in red at the top": words put somewhere in a colour or at a place, written in
# capitals or with a price or percent - what is shown, never an edit (its OFF is no cut)
# a price as typed: a currency sign before the number ("$20", "₦5,000", "₹499", "R250") or a currency word
# after it ("99元", "50块") - a price among the words marks them as a slogan to show, as capitals do
_PRICE = r"(?:[$€£¥₦₹₩₱₺₽₫฿₴₵₪]|(?<![A-Za-z])(?:R|r|Rs\.?|rs\.?|KSh|ksh)(?=\s?\d))\s*\d|\d\s*(?:元|块|円)"


_SHOUT = re.compile(
    r"\b(?:put|show|display|write|flash|place|stick|slap|throw|add)\s+(?:the\s+(?:words?|text|phrase)\s+)?"
    r"(?!(?:the|a|an|my|it|this|that|them|"
    r"some|music|logo|clip|video|image|photo|picture|subtitles?|captions?|title)\b)(.+?)\s+(?=(?:in|with)\s+"
    r"(?:white|yellow|red|black|blue|green|orange|pink|purple|gold|#[0-9a-f]{6})\b|(?:at|on|in|across)\s+"
    r"(?:the\s+)?(?:very\s+)?(?:top|bottom|cent(?:er|re)|middle|upper|lower)\b|"
    # "put GG EZ top-left 0:12-0:15": a corner said bare
    r"(?:top|bottom|upper|lower)[\s-](?:left|right)\b)")


# "BEFORE in the top left corner for the first 5 sec": words typed in capitals said first, with no verb, then
# a place on the picture - the words to show (read only when every word of them is typed in capitals)
_SHOUT_BARE = re.compile(
    r"^\s*(?!(?:logo|music|bgm|subtitles?|subs|captions?|cc|title|text|watermark|image|photo|picture|video|"
    r"clip|song|audio|sound|zoom|blur|fade|pip|sticker|emoji|gif)\b)"
    r"((?:[^\s§,;:]+\s+){0,5}?[^\s§,;:]+)\s+(?=(?:in|at|on|across|along)\s+(?:the\s+)?(?:very\s+)?"
    r"(?:top|bottom|cent(?:er|re)|middle|upper|lower)\b|(?:top|bottom|upper|lower)[\s-](?:left|right)\b)")


def _shouted(c: Clause) -> re.Match[str] | None:
    """The words as typed are a slogan: a word in capitals, a percent, a price or an exclamation."""
    m = rx.search(_SHOUT, c.text)
    if m is None and (bare := _SHOUT_BARE.search(c.text)) is not None:
        letters = re.findall(r"[A-Za-z]+", c.ctx.original(bare.group(1)))
        if letters and all(w.isupper() for w in letters) and any(len(w) >= 2 for w in letters) and \
                not re.search(r"\.(?:mp4|mov|webm|mkv|png|jpe?g|gif|mp3|wav|m4a)\b|§", bare.group(1)):
            rx.search(_SHOUT_BARE, c.text)
            return bare
    if m is None or re.search(r"\.(?:mp4|mov|webm|mkv|png|jpe?g|gif|mp3|wav|m4a)\b|§", m.group(1)):
        return None
    typed = c.ctx.original(m.group(1))
    # a price keeps its currency sign in the normalized words even when the typed ones are found without it
    price = re.search(_PRICE, m.group(1))
    # "put Donate at hopehaven.org at the bottom", "add Sunday 10AM • All Welcome at the bottom": words typed
    # with a capital after the verb (not at the start of the sentence) are a name or a line to show
    named = re.match(r"[A-Z][a-z]", typed) and not re.match(
        r"(?:The|A|An|My|It|This|That|Them|Some|Music|Logo|Clip|Video|Image|Photo|Picture|Subtitles?|"
        r"Captions?|Title|Text|Sound|Audio|Song|Track|Part|Intro|Outro|Scene|Shot|Section)\b", typed)
    return m if re.search(r"\b[A-Z]{2,}\b|%|!|" + _PRICE, typed) or price or named else None


def _capital_place(c: Clause, found: str) -> str:
    """Words typed in capitals end with a place word typed in capitals too ("put SOLD OUT — 0% LEFT in huge
    letters"): the word is part of what is shown, not where it goes (a place said is typed in lower case)."""
    at = c.text.find(found)
    after = rx.match(r"\s+(left|right|top|bottom|center|centre|middle)\b", c.text[at + len(found):]) \
        if at >= 0 else None
    if after is None:
        return found
    typed = c.ctx.original(found + after.group(0))
    shouted = re.findall(r"[A-Za-z]{2,}", typed)
    if len(shouted) >= 2 and all(w.isupper() for w in shouted):
        return found + after.group(0)
    return found


def _verse_kept(c: Clause, found: str) -> str:
    """A chapter and verse typed right after a name ("put the verse Philippians 4:13 at the top") is part of
    the words shown, never when they show - read so only where a verse, scripture or chapter is named."""
    at = c.text.find(found)
    after = re.match(r"\s+§\d+§", c.text[at + len(found):]) if at >= 0 else None
    if after is None or not rx.search(r"\b(?:verses?|scripture|bible|psalms?|chapter|passage)\b", c.text):
        return found
    typed = c.ctx.original(found)
    said = re.search(re.escape(typed) + r"\s+([1-9]\d{0,2}:\d{1,3}(?:[-–]\d{1,3})?)(?![\d:])",
                     c.ctx.raw or "")
    if said is None or not re.search(r"[A-Z][a-z]+$", typed):
        return found
    return found + after.group(0)


# "text in yellow at the top: …", "a title in big red letters: …": the look said between the noun and the
# words
_LOOK_SAID = (r"(?:(?:in|with)\s+(?:a\s+)?(?:(?:big|large|bold|small|huge|giant|white|yellow|red|black|blue|"
              r"green|orange|pink|purple|gold|golden|grey|gray)\s+){0,2}(?:big|large|bold|small|huge|giant|white|yellow|"
              r"red|black|blue|green|orange|pink|purple|gold|golden|grey|gray|letters|font|text|type|caps)\s*"
              r"(?:letters|font|text|type|caps)?\s*)?")


# said after 加字幕 with a space: the look ("用描边样式"), what they are for ("网课用", "给学生看") or the ask
# itself ("帮我加上") - never words to show
_SUBS_HOW_ZH = (r"(?:(?:(?:用|要)?\s*(?:描边|粗体|加粗|底框|方框|简单|朴素|卡拉\s*ok)\s*(?:的)?\s*"
                r"(?:样式|风格|字体|效果)?|"
                r"(?:给|让|方便)[\u4e00-\u9fffa-z0-9]{1,8}看|[\u4e00-\u9fffa-z0-9]{1,8}(?<![不好有没可管实耐])用|"
                # ("加上字幕 方便以后复习", "加字幕 好让爷爷奶奶也能看懂", "回看的时候好找重点": what they are
                # for, said as a purpose)
                r"(?:这样|方便|便于|好让|以便|为了|免得|省得|以免|不然|要不然|否则)[^，,。；;！!？?]*|"
                r"[\u4e00-\u9fffa-z0-9]{1,8}(?:的时候|时)\s*(?:也|就|才)?\s*(?:好|方便|能|可以|更好)"
                r"[^，,。；;！!？?]*|"
                # ("再加上字幕 老人家看得清楚", "加字幕 学生都能看懂"): who can follow it then - why,
                # not words
                r"[\u4e00-\u9fff]{1,6}?(?:都|也|才|就)?\s*(?:能|可以)?\s*(?:看|听)(?:得|的)?(?:清楚|清|懂|明白)"
                r"(?:一点|一些|些|点)?\s*(?:了|啊|呀|吧|哈)?|"
                # ("加字幕 我要发到抖音", "加字幕 准备发朋友圈"): where the person will post it - their plan
                r"(?:我|我们)?\s*(?:要|准备|打算|想|得|回头|待会)\s*(?:自己\s*)?(?:发|传|上传|放)"
                r"[^，,。；;！!？?]*|"
                r"(?:帮我|给我|麻烦)?\s*(?:直接)?\s*(?:加上|加一下|加下|加|弄上|弄一下)\s*(?:吧|啊|哈)?)\s*)+")


# said in Chinese between a text's noun and the colon before its words: where ("放底部"), how long ("全程"),
# how big ("字小一点") and in what colour ("红色") - never the words
_HOW_SAID_ZH = (r"(?:\s*(?:(?:放|摆|在|放在|显示在)\s*)?(?:顶部|底部|顶上|底下|上方|下方|上面|下面|中间|正中|"
                r"左上角?|右上角?|左下角?|右下角?)|\s*(?:要|就)?(?:全程|一直|从头到尾|整个视频|始终)(?:都)?(?:要)?"
                r"(?:显示|出现|挂着|有)?|\s*(?:字|字体|字号)?\s*(?:再|稍微)?\s*(?:大|小)\s*(?:一)?\s*(?:点|些)|"
                r"\s*(?:红|白|黄|黑|蓝|绿|橙|粉|紫|金)色(?:的)?(?:字)?)*")


_ASIDE = re.compile(r"\s*\(\s*(?:that'?s|thats|that is|it'?s|its|it is|this is|which is|the name|i\.?e\.?|"
                    r"lol|haha|because|cause|cuz|coz|bc|since|so|for|from|at|in|with|on|during|until|till|"
                    r"(?:my|our|his|her|their) (?:name|channel|brand|show|bit|set|podcast|business|company|"
                    r"shop)"
                    r")\b[^()]*\)?\s*$")


def _unquoted(text: str) -> str | None:
    """Text given without quotes: 'a title saying Hello World', 'add caption: Day 1', '标题：你好',
    'put SALE 50% OFF on screen', 'put my name Jenny Park as a lower third'."""
    # ("this is me reading the first line": someone in the video reading aloud - no words shown)
    m = (rx.search(r"(?:\bsaying|\bthat says|\bwhich says|\bsays?\b|"
                   # "add a title, write Happy Birthday, make it big": a clause that opens with a verb of
                   # writing, after the title or text was named, says its words
                   r"\b(?:title|text|caption|heading|headline)[,;]\s+(?:and\s+|then\s+|just\s+)?"
                   r"(?:write|type)(?:\s+(?:in|out|down))?(?=\s)(?!\s+(?:it|this|that|them|on|in|at)\b)|"
                   + _READ_ALOUD +
                   r"\breading|\bcalled|\bnamed|\bwith the "
                   r"(?:text|words)|写着|写上(?!(?:个|一个|一行)?(?:超大|大大的|大|小)(?:的)?字)|"
                   # "a lower third with my name: Dana Whitfield, Product Lead"
                   r"\bwith (?:my|his|her|their|our|the) (?:name|handle|username|name and (?:title|"
                   r"role))\s*"
                   # "…with her name for the first 5 seconds: Maria Alvarez": when, said before the words
                   r"(?:(?:for|from|at|in|during|the|first|last|final|until|till|to|and)\s*|§\d+§\s*){0,6}[:：])"
                   r"\s*[:：]?\s*(.+)$", text)
         # ("put the hook on screen at the top: …", "the quote at the bottom: …": the opening line or a quote
         # shown, named before the colon)
         or rx.search(r"(?:\btext|\btitle|\bcaption|\blabel|\bheading|\blower third|\bhook|\bquote|"
                      r"标题|文字|字幕|一行字|行字|字|标语|文案|免责声明|显示|出现|打出|" + _LABEL_ZH + "|"
                      # ("加一句话：清仓甩卖", "顶部加一行：…", "add a line: …": a sentence or line added,
                      # named by its measure)
                      r"(?<=[加写打放来])\s*(?:一|1)\s*(?:句话?|行)(?=\s*[:：])|"
                      r"(?:(?<=\badd )|(?<=\bput )|(?<=\bwrite )|(?<=\bstick )|(?<=\bslap ))"
                      r"(?:a|one|1)\s+line|"
                      rf"(?:加上|打上){_NOT_EDITS}|"
                      # "scrap the old title, new one: Part 2": the new one of the title or text named
                      # (read only where a title or text is named: this rule's)
                      r"\bnew (?:one|1|version|wording)|"
                      # ("at the top for the whole video: …": a place said first, no noun - see _PLACE_COLON)
                      r"(?=" + _PLACE_COLON + r")|"
                      # "put the class name along the bottom: Year 4 Oak Class": what the words are
                      r"(?<=" + "\\s)(?:" + _LABEL_EN + r")(?=\s+(?:along|at|on|in|across)\b))\s*"
                      + _LOOK_SAID +
                      # "标题用描边样式：…": the look said before the colon
                      r"(?:(?:用|要|是)?\s*(?:描边|粗体|加粗|底框|方框|简单|朴素|卡拉\s*ok)\s*(?:的)?\s*"
                      r"(?:样式|风格|字体|效果)?\s*)?"
                      r"(?:(?:at|on|in|across|along)\s+(?:the\s+)?(?:top|bottom|center|centre|middle|left|right|"
                      r"corner)(?:\s+(?:left|right|corner|of (?:the )?(?:screen|video|frame)))?\s*|"
                      # "add a title at the start: Hope Haven Gala 2024": when in the video, then the words
                      r"(?:at|in|to|for)\s+the\s+(?:very\s+)?(?:start|beginning|end|intro|outro)"
                      r"(?:\s+of\s+(?:the\s+|my\s+)?(?:video|clip))?\s*|"
                      # "text on screen: step 1 - sand the edges": on the picture, then the words
                      r"(?:on|in)\s+(?:the\s+)?(?:screen|video|frame)\s*)?"
                      # "text at the bottom from 0:30 to 0:40: cut here": where and when, then the words
                      r"(?:(?:(?:from|at|between|for|during|in|on|until|till|to|and|the|first|last|final)\s*){0,3}"
                      r"(?:§\d+§|(?:top|bottom|center|centre|middle|left|right|corner))\s*){0,4}"
                      + _LOOK_SAID +
                      # "add text at the top for the whole video: Link in bio": how long, then the words
                      r"(?:(?:for|during|over|across|throughout|on)\s+(?:the\s+)?(?:whole|entire|full|all)\s+"
                      r"(?:of\s+the\s+)?(?:video|clip|thing|time)\s*|(?:the\s+)?whole\s+(?:time|way)\s*|"
                      r"(?:all|the)\s+(?:the\s+)?way\s+through\s*)?"
                      # "加一段免责声明 放底部全程 字小一点：…": where, how long, how big and in what colour,
                      # said in Chinese between the noun and the colon
                      + _HOW_SAID_ZH +
                      # "标题写：剪掉烦恼 焕然一新", "标题就写：周末特惠", "标题，写：…": a verb of writing
                      # before the colon
                      r"(?:[，,]?\s*(?:就|要|上面|内容)?\s*(?:写|写成|叫|是|为|打)\s*)?"
                      r"[:：=]\s*(.+?)(?=" + _ANOTHER_PUT_ZH + r"|\s*$)", text)
         or rx.search(r"\b(?:put|show|display|write|add|flash|place|stick|slap)\s+(?:my name\s+|the words?\s"
                      r"+|"
                      r"the text\s+|(?:a\s+|the\s+)?title\s+)?(.+?)\s+"
                      r"(?:on (?:the )?screen|on (?:the )?video|on top|"
                      # "in big red letters": up to two looks before the letters
                      r"in (?:(?:big|large|bold|small|huge|giant|white|yellow|red|black|blue|green)\s+){0,2}"
                      r"(?:letters|font|text|type|caps)|as (?:a |the )?(?:lower third|"
                      r"text|"
                      r"caption|title|overlay|label|banner))\b", text)
         # "title Cut Your Losses on screen 0:00-0:04": the noun said first, then the words, then where
         or rx.search(r"^\s*(?:(?:add|put)\s+(?:a\s+|the\s+)?)?(?:title|caption|text|heading)\s+"
                      r"((?:[^\s§,;]+\s+){0,6}[^\s§,;]+)\s+"
                      r"(?:on (?:the )?screen|on (?:the )?video|on top)\b", text)
         or rx.search(r"\b(?:change|rename|switch|update|set)\s+(?:the\s+)?(?:title|text|heading|caption)\s+"
                      r"(?:to|into|as)\s*[:：]?\s+(.+)$", text)
         # ("加字幕，改成竖屏": a change said in a clause of its own is not the words)
         or rx.search(r"(?:标题|文字|字幕|字)[^\s，,。;；、]{0,3}(?:改成|换成|改为|替换成|变成)\s*(.+)$",
                      text)
         # "左上角写个¥39.9 从3秒到8秒 黄色的": a price written at a place (when and its colour end it)
         or rx.search(r"(?<=[角部面间])\s*(?:写|打|来|整|放)(?:个|一个|上)?\s*([¥$€£]\s*\d.*)$", text)
         # "打一行字 不要剪我的毛", "写一行字 别偷吃我的零食": after "a line of words" and a space, words that
         # open with 不要 / 别 are the line itself (as with a colon) - unless they say how it looks or where
         # it goes ("加一行字 不要太大", "别挡住脸") or name the subtitles or their file
         or rx.search(r"(?:打|写|加|添加|打上|写上|加上|来)\s*(?:一行|一句)\s*(?:字|话|文字)\s+"
                      r"(?=(?:不要|别|不许|不准|千万别)\s*(?!太|烧|挡|遮|盖|超|放|用|出现|显示|字幕|srt|vtt|那么|这么|"
                      r"动画|特效|大|小|红|白|黄|黑|蓝|绿)\S)"
                      r"([^\s§].*?)(?=" + _ANOTHER_PUT_ZH + r"|\s*$)", text)
         # "底部加一行字 关注我不迷路", "最后5秒打上 谢谢观看", "左上角一直挂着 @小鹿的日常": the words
         # after a verb of writing and a space are the text
         # ("开头加个标题 夕阳红舞蹈队新年汇演", "打上字幕 谢谢观看": so are those after a title or a line
         # of subtitles named with the verb)
         # ("促销文字 全场五折 放底部 3秒到9秒": a text noun said first, with what kind of text it is,
         # then the words after a space - as "promo text 50% OFF …")
         or rx.search(r"(?:^\s*(?:促销|宣传|广告|活动|推广|提示|红色|白色|黄色)(?:的)?(?:文字|文案|标语)"
                      r"(?=\s+(?!太|有点|很|挺|不|没|好像|看不))|"
                      r"(?:打上|挂着|写上|写着|打个|写个|(?<=[角部面间])\s*(?:来|整|搞)(?:个|一个))"
                      r"(?:一行|一句|个|一个)?(?:超大|大大的|大|小)?(?:的)?(?:字幕|标题|大标题|字(?![幕体号]))?|"
                      r"(?:加|添加|放|上|打|加上|加个|弄个)(?:一行|一句|个|一个|段|几个)?"
                      r"(?:(?:大|小)?字|文字|标语|文案|大?标题|字幕|(?:日期|时间|文字|名字|网址|账号|店名)\s*水印)|"
                      # ("底下加一行 私信下单": a line added, no 字 said - the measure word names the words)
                      r"(?:加|添加|放|打|写|来)\s*(?:一行|一句)(?:话)?(?=\s)|"
                      # "画面上打 ¥39.9 五斤包邮": a bare 打 / 写 after the place
                      r"(?:(?<=[角部面间])|(?<=面上|幕上|频上))\s*(?:打|写)(?=\s+" + _NOT_WORDS_ZH + r")|"
                      # "上面显示红色的 全场五折": what is shown (its look said before it) is the text
                      r"(?:显示|出现|弹出|打出)(?:一行|一句|个)?(?:[^\s§]{1,4}?的)?(?:字|文字)?)\s+"
                      # ("加字幕 但不要烧进画面 给我srt": what follows says how, not what is written)
                      r"(?!(?:在|从)\s*§|然后|再|接着|并|把|导出|剪|删|加|调|改|换|但|不过|不要|别|不用|不需要|"
                      r"给我|单独|烧|srt\b|vtt\b|"
                      # ("加字幕 右上角放logo.png", "加字幕 logo.png放右上角": an uploaded file named next, or
                      # put somewhere, is another edit (a logo, music, a clip) - never the words shown)
                      r"(?:[^§，,。；;\s]{0,6}?(?:放|加|贴|挂|放上|加上|贴上|挂上|打上|放个|加个|贴个|来个)\s*)?(?<![\w-])[\w-]+\.(?:png|jpe?g|gif|webp|svg|mp3|wav|m4a|aac|mp4|mov|webm|mkv)\b|"
                      # ("加字幕 就把开头5秒剪了", "加字幕 也别加速", "加字幕 要srt文件": another edit
                      # said with its joining word, or the file the subtitles come as - never the words)
                      r"(?:就|也|再|先|可|千万)\s*(?:把|别|不要|不用|给我)|(?:要|出|生成|导)\s*(?:个|一个|一份)?\s*"
                      r"(?:srt|vtt)\b|"
                      # ("加字幕 顺便到个srt给我": another thing asked for beside it)
                      r"顺便|顺带|另外|同时|还要|还有|导|"
                      # ("加个字幕 发给同事看一下": who it is for - a purpose; "加字幕 弄得好看一点": how it
                      # should look, said vaguely - neither is the words shown)
                      r"(?:发给|发到|发去|传给|分享给|拿给|给|让)[^，,。；;\s]{0,6}?(?:看|瞧|过目|审)|"
                      r"发(?:朋友圈|群|抖音|b站|小红书|视频号)|"
                      r"(?:弄|搞|做|整|调|剪|改)(?:得|的)?\s*(?:好看|漂亮|精致|高级|大气|清楚|舒服|专业|好)\s*(?:一)?\s*点|"
                      r"(?:好看|漂亮|精致|高级|清楚)\s*(?:一)?\s*点|"
                      # ("加字幕 算了 音乐不要了": a take-back marker after it says no words shown)
                      r"算了|不对|哦不|啊不|不是不是|说错了|想了想|"
                      # ("加个字幕 等等 还是不要了": 等等 / 等下 set off alone is "wait", a taking back)
                      # (the window read may end at the pause, before the taking back: "加个字幕 等等")
                      r"(?:等等|等下|等一下|慢着|且慢)(?=\s*[,，…。]?\s*(?:还是|就|先)?\s*[别不]|"
                      r"\s*[,，…。!！]*\s*$)|"
                      # ("加字幕 音乐不要了": the music said not to be wanted, another edit)
                      r"(?:background music|music|bgm|音乐|背景音乐|配乐)\s*(?:也|就)?\s*"
                      r"(?:不要|不用|去掉|删|拿掉|关掉)|"
                      # ("加字幕 回头我自己导出": an export put off to later, never the words)
                      r"(?:晚点|晚些|待会儿?|等会儿?|回头|明天|过会儿?|稍后|到时候|等)[^，,。；;]{0,14}?导|"
                      # ("加个字幕 弄完直接导出mp4就行": the export once it is done, never the words)
                      r"(?:弄|搞|做|剪|整|改)(?:完|好)[^，,。；;]{0,10}?(?:导|发|给我)|"
                      # ("加字幕 bgm调到20%": a sound or the picture set, another edit)
                      r"(?:background music|music|bgm|音乐|背景音乐|配乐|声音|音量|原声|人声|画面|亮度|"
                      r"速度)\s*"
                      r"(?:的)?\s*(?:音量)?\s*(?:调|降|减|加|改|换|关|开|小|大|低|高|放慢|加快)|"
                      # ("加字幕 背景音乐音量30%": a sound's level said bare)
                      r"(?:background music|music|bgm|音乐|背景音乐|配乐|原声|人声)\s*(?:的)?\s*(?:音量)?\s*"
                      r"(?:\d+(?:\.\d+)?\s*%|百分之)|"
                      # ("加字幕 结尾淡出2秒": another edit with its place, not the words shown)
                      r"(?:开头|片头|结尾|片尾|末尾|最后|全程)?\s*(?:§\d+§\s*)?(?:淡入|淡出|静音|加速|减速|慢放|降噪|旋转)|"
                      # ("加字幕 音量标准化 一条龙", "加字幕 响度统一", "加字幕 去掉停顿": another edit of the
                      # sound or the cut, named bare after it)
                      # ("加字幕 音量再标准化一下": how it follows, said between the sound and its verb)
                      r"(?:音量|响度|声音|音频)\s*(?:再|也|都|顺便|一起|同时|最后|然后)?\s*(?:给我|帮我)?\s*"
                      r"(?:标准化|统一|均衡|归一化?|平衡|拉齐|一致)|"
                      r"(?:去掉|去除|删掉|剪掉|去)\s*(?:停顿|静音|口头禅|气口|语气词)"
                      r")([^\s§].*?)(?=" + _ANOTHER_PUT_ZH + r"|\s*$)", text)
         # "label Endpoint reached at 00:00:41,000 --> …", "add text Check your mirrors from 0:12",
         # "put the verse Philippians 4:13 at the top": the words right after the noun that names them (where,
         # when and how they look, said after them, are cut off below)
         # ("promo text 50% OFF FIRST STAY along the bottom, 3s to 9s": a text noun said first, with what
         # kind of text it is before it - the words after it are shown, their OFF is no cut)
         or rx.search(r"(?:^\s*(?:please\s+|pls\s+)?(?:(?:promo|promotional|sale|offer|discount|deal|price|"
                      r"event|intro|outro|opening|closing|end|ending|headline|header|footer|info|big|bold|small|"
                      r"red|white|yellow|black|blue|green|on-?screen|overlay)\s+)?(?:label|caption|text)\s+|\b(?:add|put|show|display|write|"
                      r"place|stick|slap|overlay)\s+(?:the\s+|a\s+|this\s+)?(?:text|label|caption|verse|quote|"
                      r"line|words?|scripture)\s+)"
                      r"(?!(?:on|at|in|to|for|from|with|that|which|saying|says|reading|and|over|of|the|a|an|it|"
                      r"this|these|those|above|below|under|near|across|along|here|there|size|colou?r|style|box|"
                      r"font|bigger|smaller|larger|overlay|card|box|banner|then|until|till|between|during|"
                      r"top|bottom|center|centre|middle|left|right|upper|lower|when|where|while|so|as|i|"
                      r"you|we|is|was|are)\b)"
                      r"([^\s§⟦].*)$", text))
    if not m:
        return None
    words = m.group(1)
    if "字幕" in text[m.start():m.start(1)] and re.fullmatch(_SUBS_HOW_ZH, words.strip(), re.IGNORECASE):
        return None  # "加字幕 用描边样式 网课用", "加字幕 考研课用": how and what for, not the words shown
    if re.match(_REPORTED_ZH, words.strip()):
        return None  # "加字幕 三号嘉宾老说那个那个": what someone keeps saying is why, not the words shown
    if "字幕" in text[m.start():m.start(1)] and re.fullmatch(
            r"(?:中文|汉语|普通话|英文|英语|日语|日文|韩语|韩文|西班牙语|西语|法语|德语|葡萄牙语|意大利语|俄语|"
            r"阿拉伯语|粤语)(?:的|字幕|版)?(?:吧|啊|哈)?", words.strip()):
        return None  # "把字幕改成英文": the language of the subtitles, not the words shown
    # "text: Lesson 4 – Past Tense. put it top left the whole time": a sentence that tells where or how the
    # words go ends them
    words = re.sub(r"(?<=\w)[.。!！]\s+(?:then\s+|and\s+|also\s+|please\s+|pls\s+)?(?:put|place|make|show|"
                   r"keep|move|set|have|display|leave|add|use|position|center|centre|align)\b.*$", "", words)
    # "title: Delete Your Ex (thats the name of my bit) put it at the start": "put it" with where or when
    # ends the words, stop or not; an aside in brackets after them that talks about them ("that's the name
    # of my bit"), says why, or how or when they show is no part of them ("Part 2 (final)" stays)
    words = re.sub(r"\s+(?:then\s+|and\s+|please\s+|pls\s+)?(?:put|place|stick|show|have|display|position|"
                   r"move|keep)\s+(?:it|this|that|them)\s+(?:right\s+|up\s+|down\s+)?(?:at|in|on|for|from|"
                   r"over|across|near|during|before|after|top|bottom|until|till|between)\b.*$", "", words)
    while True:
        cut = _ASIDE.sub("", _TAIL.sub("", words))
        if cut == words:
            break
        words = cut
    # "加个标题 写 夕阳红舞蹈队", "标题 就叫 春日限定": the verb of writing said before the words, with a
    # space, is no part of them
    words = re.sub(r"^\s*(?:就|内容|上面)?\s*(?:写上|写成|写着|写|叫做|叫|就叫)\s+(?=[^\s§])", "", words)
    words = words.strip(" :：,—–")  # "text: Subscribe 🏍️ — from 50s": the dash before the time ends it
    if re.search(r"[\u4e00-\u9fff]", words) and re.fullmatch(_HOW_SAID_ZH, " " + words):
        return None  # "加个标题 放顶上", "加字幕 字大一点": where or how big, said with no words
    if words.endswith(".") and not words.endswith(".."):
        words = words[:-1]
    if style(words) and (len(words) <= 8 or re.search(r"(?:那种|样式|风格|效果|的)$", words) or
                         # "加字幕 唱到哪个字哪个字就亮": how karaoke looks, said in words
                         (style(words) == "karaoke" and re.search(r"变色|变颜色|亮", words)) or
                         # "加字幕 卡拉ok那种一个字一个字变色": the style named, then how it looks
                         re.match(r"(?:用|要|是)?\s*(?:描边|粗体|加粗|底框|方框|卡拉\s*ok)\s*(?:那种|那样|样式|风格|效果)",
                                  words)):
        return None  # "字幕改成卡拉ok那种": a style, not the text
    if (color(words) and len(words) <= 4) or re.fullmatch(r"(?:大|小|粗|细)(?:一)?点|(?:大|小)字", words):
        return None  # "字幕改成黄色的": a colour or a size, not the text
    if not words or rx.fullmatch(r"(?:a|an|the|it|some|overlay|card|on|to|please|bigger|smaller|larger)?",
                                 words):
        return None
    if re.fullmatch(r"(?:the\s+|my\s+|some\s+|auto(?:matic)?\s+|closed\s+)*(?:subtitles?|captions?|subs|cc|"
                    r"transcript(?:ion)?|what (?:i|we|they|he|she) (?:say|said)|the words (?:i|we) say|"
                    r"(?:spoken|speech) text)", words.strip()):
        return None  # "show the captions on screen": the subtitles named, not words to show (subtitles_rule)
    return words


# a removal whose object is the quoted words: "delete the 'DRAFT' text", "get rid of “SAMPLE”",
# "把「草稿」删掉"
_GONE_QUOTED = (r"\b(?:remove|delete|drop|get rid of|take (?:out|off|away|down)|pull (?:down|off|out)|"
                r"get (?:off|out)|strip (?:off|out)|lose|kill|scrap|ditch|erase|"
                r"hide|nuke|trash)\s+(?:the\s+|that\s+|this\s+|my\s+)?(?:words?\s+|text\s+|title\s+|caption\s+)?"
                r"⟦\d+⟧|"
                # "clear the title 'X'", "clear 'X'" (not "a clear title 'X'": a look)
                r"\bclear\s+(?:(?:the|that|this|my)\s+(?:words?\s+|text\s+|title\s+|caption\s+)?)?⟦\d+⟧|(?:删掉|去掉|删除|拿掉|去除)\s*(?:那个|这个|那些|这些|那行|这行)?\s*⟦\d+⟧|"
                # (not across a take-back: "加个标题「你好」 算了 还是不要了" takes back the title asked for)
                r"⟦\d+⟧(?:(?!算了|不对|哦不|啊不|等等|等下|等一下|慢着|想了想)[^，,；;。]){0,10}?"
                r"(?:删掉|去掉|删了|拿掉|去了|不要了)|"
                # "pull 'WIP' down", "take the 'WIP' text off", "get 'DRAFT' off the screen": the words
                # quoted, then said to come off
                r"\b(?:take|pull|get|rip|knock|strip)\s+(?:the\s+|that\s+|this\s+|my\s+)?"
                r"(?:words?\s+|text\s+|title\s+|caption\s+)?⟦\d+⟧\s*(?:text\s+|title\s+|words?\s+|caption\s+|"
                r"overlay\s+|thing\s+|sign\s+)?(?:off|down|away|out)\b")
# a quoted word inside a description of a part ("the bit where i mess up the sign for 'family'", "where he
# stumbles on the word 'entrepreneur'", "我把“谢谢”说错的那段"): it names the part, it is not text to show
_QUOTE_IN_PART = (r"\b(?:part|bit|section|take|moment|spot|scene|shot|piece|segment|clip|line|one)s?\s+"
                  r"(?:where|when|in which|that|with)\b[^,;.，；。]*⟦\d+⟧|"
                  r"\b(?:where|when|whenever)\s+(?:i|he|she|they|we|you|someone|somebody|my\s+\w+|the\s+\w+)\s+"
                  r"[^,;.，；。]*⟦\d+⟧|"
                  r"⟦\d+⟧[^，,；;。]{0,10}?(?:的)?\s*(?:那|这)\s*(?:1|一|几)?\s*(?:段|部分|里|秒|个镜头|下|句)")
# the title (or text) said to have gone wrong: "标题加错了", "the title is wrong"
_TITLE_WRONG = (r"(?:加|写|打|弄|搞|放)(?:错|反)了|\b(?:is|was|came out|looks?)\s+(?:all\s+)?wrong\b|"
                # "i typed the title wrong", "the title has a typo", "title is misspelled", "标题有错别字"
                r"\b(?:typed|spelt|spelled|wrote|put|got)\s+(?:the\s+|my\s+)?(?:title|heading)\s+wrong\b|"
                r"\btypos?\b|\bmisspel\w*|\bmis-?typed\b|\bspelling mistake\b|\bspelled wrong\b|"
                r"错别字|错字|写错|打错|拼错")
# the words a misspelt title should be, said after it: "make it 'Bob'", "should be 'Bob'", "应该是「小明」"
_CORRECTED = (r"\bmake it\b|\bshould (?:be|say|read)\b|\bit'?s (?:meant|supposed) to (?:be|say|read)\b|"
              r"\bit'?s\b\s*(?=⟦)|\bsupposed to (?:be|say)\b|\bnot\b.*\bbut\b|"
              r"应该是|应该叫|应是|应为|要改|正确的是|改下|改一下|改回")
_REPLACE = (r"\b(?:change|replace|switch|swap|update|rename|edit|redo)\b.*\b(?:to|with|into|for)\b|\binstead"
            r"\b|"
            # "shorten the title to 'Open House'", "cut the caption down to 'Sale'": the words there now
            # made into the new ones - the new text replaces the old
            r"\b(?:shorten|abbreviate|simplify|reword|rephrase|correct|fix|tweak)\b.*\b(?:to|into)\b|"
            r"\b(?:trim|cut|shrink|pare)\s+(?:the\s+|my\s+)?(?:title|text|caption|heading)\s+down\s+to\b|"
            r"改成|换成|改为|替换|重新|换个|换一个")
_EDIT = (r"\b(?:make|set|turn)\s+(?:the\s+)?(?:title|text|heading)\s+(?:\w+\s+)?(?:bigger|larger|smaller|"
         r"bolder|yellow|white|red|black|blue|green)\b|\b(?:move|put)\s+the\s+(?:title|text)\s+(?:to|at)\s+|"
         r"(?:标题|文字)\s*(?:再)?(?:大一点|放大|小一点|缩小|移到|放到|改成(?:红|白|黄|黑|蓝))")


def _current(c: Clause, role: str) -> dict[str, Any] | None:
    for tr in c.ctx.draft.get("t", []):
        if tr.get("role") == role and tr.get("sg"):
            return dict(tr["sg"][0])
    return None


def _edit(c: Clause, is_title: bool) -> list[Hit]:
    """ "make the title bigger": the title there is, changed (replaced by itself with the new look)."""
    role = "title" if is_title else "text"
    m = rx.search(_EDIT, c.text)
    assert m is not None
    seg = _current(c, role)
    if seg is None:
        if is_title:
            q = "还没有标题——标题要写什么？" if c.zh else "There is no title yet — what should it say?"
        else:
            q = "还没有文字——要加什么字？" if c.zh else "There is no text yet — what should it say?"
        return [Hit(m.start(), question=q)]
    kwargs = {k: v for k, v in {"text": seg.get("text"), "start_ms": seg.get("start", 0),
                                "end_ms": int(seg.get("start", 0)) + int(seg.get("d", 0)),
                                "pos": seg.get("pos"),
                                "size": seg.get("size"), "color": seg.get("color"),
                                "style": seg.get("style")}.items() if v is not None}
    changes = _text_params(c, is_title)
    if rx.search(r"\bbigger|\blarger|大一点|放大", c.text):
        changes["size"] = min(400, round(int(kwargs.get("size", 96)) * 1.5))
    elif rx.search(r"\bsmaller|小一点|缩小", c.text):
        changes["size"] = max(8, round(int(kwargs.get("size", 96)) / 1.5))
    changes.pop("start_ms", None)
    changes.pop("end_ms", None)
    model = s.AddTitle if is_title else s.AddText
    again = model.model_validate({**kwargs, **changes})
    return [Hit(m.start(), [s.RemoveText.model_validate({"track": role}), again])]


# "title 'Lab Safety 101' and under it the text 'by Ms. Rivera'": each quoted text with its own noun
_EACH_TEXT = (r"(?:\b(?:a|an|the|and|plus|then|with)\s+)?(?:\b(?:under|below|beneath|above|over)\s+"
              r"(?:it|that|them)\s*,?\s*)?"
              # ("「开业大吉」 右下角再加一行文字「…」": a corner or edge said before the second is its own)
              r"(?:(?:下面|下方|底下|下边|上面|上方|顶部|底部|顶上|[左右][上下]角)\s*(?:再|加|放|来|整|弄){0,2}\s*"
              r"(?:1\s*行|一行|1\s*个|一个)?\s*)?"
              r"(?:\b(?:a|an|the)\s+)?(?:\btitles?|\btext|\bcaption|\blabel|\bsubtitle|"
              r"\bheading|\bline|标题|副标题|文字|一行字|小字)\s*(?:[:：]\s*)?"
              r"(?:(?:saying|that says|reading)\s*)?⟦\d+⟧")


# "put 'A' and 'B' at the top", "加上「你好」和「世界」": quoted words listed after one verb (and noun)
_LISTED = re.compile(r"⟦\d+⟧(?:\s*(?:[,，、&]|\band\b|\bplus\b|和|跟|与|以及)\s*(?:then\s+|also\s+)?⟦\d+⟧)+")
_LIST_LEAD = (r"(?:\b(?:add|put|show|display|write|place|insert|overlay|stick|slap)\b|加上|加|添加|放上|放|"
              r"写上|写|打上)\s*(?:(?:the|two|three|both|some|these)\s+)?(?:(?:texts?|titles?|words|captions?|labels?|"
              r"lines?|headings?)\s*|(?:两行|几行|两个|几个)?(?:文字|标题|字)\s*)?(?:[:：]\s*)?$")


def _listed_texts(c: Clause) -> list[Hit]:
    """ "put 'A' and 'B' at the top": several quoted words listed after one verb, the place, time and look
    said once for all - each is a text of its own with what is said for them all (none dropped)."""
    m = _LISTED.search(c.text)
    if m is None or re.search(r"⟦\d+⟧", c.text[:m.start()] + c.text[m.end():]) or \
            not re.search(_LIST_LEAD, c.text[:m.start()]):
        return []
    before, after = c.text[:m.start()], c.text[m.end():]
    ops: list[Any] = []
    for q in re.findall(r"⟦\d+⟧", m.group(0)):
        hits = title_rule(Clause(before + q + after, c.ctx))
        if len(hits) != 1 or len(hits[0].ops) != 1:
            return []
        ops += hits[0].ops
    rx.search(re.escape(m.group(0)), c.text)
    where = {(getattr(op, "pos", None), getattr(op, "start_ms", None), getattr(op, "end_ms", None))
             for op in ops}
    said = None
    if len(where) == 1:  # the same place at the same time: said, with how to set them apart
        said = ("这几段文字在同一位置、同一时间，会叠在一起——"
                "要分开的话可以说“「B」放底部”或给各自的时间。" if c.zh else
                "They are in the same place at the same time, so they overlap — to set them apart say e.g. "
                "“put 'B' at the bottom” or give each its own times.")
    return [Hit(m.start(), ops, note=said)]


def _each_text(c: Clause) -> list[Hit]:
    """Two texts said in one breath, each with its noun and its quoted words: one reading of each part,
    the words between them belonging to the one they follow."""
    if len(re.findall(r"⟦\d+⟧", c.text)) < 2 or re.search(_REPLACE, c.text):
        return []
    starts = [m.start() for m in re.finditer(_EACH_TEXT, c.text)]
    # ("please add the title 'X' and under it the text 'Y'", "kindly put …": a polite word before the verb)
    lead = (r"\s*(?:(?:please|kindly|also|just|now|and|so|ok|okay)\s+)*"
            r"(?:(?:add|put|give|make|show|insert|with)\s+(?:me\s+)?|"
            r"(?:加|添加|放|上)\s*(?:个|一个|1\s*个)?)?\s*")
    verb = ""
    if len(starts) < 2:
        # "add «Before» from 0:00 to 0:04 and «After» from 0:30 to 0:34": bare quoted words, each with its
        # own times, after one verb of putting - each is a text of its own, shown when said
        bare = [m.start() for m in re.finditer(r"(?:\band\s+|\bthen\s+|\bplus\s+)?⟦\d+⟧(?=\s*(?:from|at|"
                                               r"between|during|for)?\s*(?:the\s+)?§)", c.text)]
        verb = c.text[:bare[0]] if bare else ""
        # ("boxed text 'Before' from 0:00 to 0:05 and 'After' from 0:30 to 0:35": the kind and look said
        # once, before the first words, is said of each)
        if len(bare) < 2 or not re.fullmatch(r"\s*(?:add|put|show|display|write|place)\s*|"
                                            r"\s*(?:(?:add|put|show|"
                                            r"display|write|place)\s+)?(?:(?:a|an|the|some|two)\s+)?"
                                            r"(?:[\w-]+\s+){0,3}?(?:text|texts|captions?|labels?|words)\s*"
                                            r"(?:(?:saying|that says|reading)\s*)?", verb):
            return _listed_texts(c)
        starts = bare
    elif not re.fullmatch(lead, c.text[:starts[0]]):
        # "课程预告开头加标题「…」 底下一行小字「…」": what the video is and where the first goes, said in
        # Chinese before the verb of putting - the first text's (it reads them with its own words)
        if not re.fullmatch(r"[\u4e00-\u9fff]{1,12}?(?:加上|添加|加|放上|放|打上)\s*(?:个|一个|1\s*个)?\s*",
                            c.text[:starts[0]]):
            return []
        starts[0] = 0
    ops: list[Any] = []
    for a, b in zip(starts, [*starts[1:], len(c.text)], strict=True):
        part = re.sub(r"^\s*(?:and|then|plus)\s+", "", c.text[a:b])
        hits = title_rule(Clause(verb + part if verb else c.text[a:b], c.ctx))
        if len(hits) != 1 or not hits[0].ops:
            return []
        ops += hits[0].ops
    return [Hit(starts[0], ops)]


# "00:00:12,250 --> 00:00:16,000 Hand hygiene: 20 seconds minimum": a subtitle cue pasted whole (an optional
# cue number, its times, then its words) is those words shown over those times
_CUE = re.compile(r"^\s*(?:\d+\s+)?(\d{1,2}):(\d{2}):(\d{2})[,.](\d{1,3})\s*-->\s*"
                  r"(\d{1,2}):(\d{2}):(\d{2})[,.](\d{1,3})"
                  r"\s+(?P<words>\S.*?)\s*$", re.DOTALL)
# words of a cue that ask for an edit of the part instead ("00:00:13,000 --> 00:00:16,250 delete that bit")
# ("… needs to go", "… can go", "… has to go": the part said to go is removed, not a caption of those words)
_CUE_EDIT = (r"\b(?:(?:needs?|has|have|got) to go|gotta go|must go|can go|should go|goes|gone|go away|"
             # ("… needs binned", "… wants removed": the Scots "needs <done>", the part said to go)
             r"(?:needs?|wants?)\s+(?:binned|removed|deleted|scrapped|ditched|chucked|axed|tossed|trashed|"
             r"dumped|nixed)|"
             r"bin|chuck|scrap|toss|axe|nix|erase|"
             r"cut|delete|remove|drop|keep|trim|mute|skip|lose|ditch|kill|get rid|speed|slow|freeze|"
             r"export|gif|loop|repeat|fade|blur|zoom|crop|replace|change|fix|this|that|these|those|bit|part|"
             r"section|line|here)\b|[删剪保留去掉不要这那段句]")


def _cue(c: Clause) -> list[Hit]:
    m = _CUE.match(c.ctx.raw or "")
    if not m or re.search(_CUE_EDIT, m.group("words").lower()) or \
            not re.search(r"§\d+§\s*to\s*§\d+§", c.text) or not re.match(r"\s*(?:\d+\s+)?§\d+§", c.text):
        return []
    g = [int(x) for x in m.groups()[:8]]
    start = ((g[0] * 60 + g[1]) * 60 + g[2]) * 1000 + int(m.group(4).ljust(3, "0"))
    end = ((g[4] * 60 + g[5]) * 60 + g[6]) * 1000 + int(m.group(8).ljust(3, "0"))
    if end <= start:
        return []
    words = m.group("words")
    # "… 显示“欢迎”", "… show \"welcome\"": the cue's words quoted after a word for showing them are the
    # quote
    said = re.fullmatch(r"(?:(?:show|display|text|caption|subtitle|title|"
                        r"显示|字幕|文字|标题|写上?|打上?|出现)"
                        r"\s*[:：]?\s*)?[“\"「『‘'](?P<q>[^“”\"「」『』‘’']+)[”\"」』’']\s*[。.!！]?", words,
                        re.IGNORECASE)
    if said:
        words = said.group("q")
    note(c.text, 0, len(c.text))
    return [Hit(0, [s.AddText(text=re.sub(r"\s+", " ", words), start_ms=start, end_ms=end)])]


# the person's own name (handle, shop, number) asked for on screen without the words: "show my name on
# screen", "add my name at the start", "加上我的名字" - which words is asked; "put my name Jenny Park as a
# lower third" gives them
_OWN_WORDS = (r"\b(?:add|put|show|display|write|flash|place|stick|slap|type|include|have)\s+(?:up\s+|in\s+)?"
              # ("put the new hire's name up on screen", "add the guest's name": someone's name, not said)
              r"(?:my|our|his|her|their|your|(?P<whose>(?:the\s+|a\s+|my\s+|our\s+|this\s+)?"
              r"(?:[\w-]+\s+){0,2}?[\w-]+(?:'s|s')))\s+(?:full\s+|real\s+|own\s+|first\s+|last\s+)?"
              r"(?:name|names|handle|username|user name|channel name|company name|brand name|business name|"
              r"shop name|website|url|phone number|number|email(?: address)?|instagram(?: handle)?|ig handle|"
              r"socials|social handles?|contact info)\b"
              r"(?!\s*[:：]|\s+(?!(?:on|at|in|as|to|for|from|during|top|bottom|the|a|and|please|pls|here|there|"
              r"somewhere|too|also|over|under|across|up|big|small|nice|large|clearly|§\d+§|with|before|after|"
              r"when|while|so|then|onscreen|too)\b)\S)|"
              r"(?:加|加上|加个|放|放上|显示|写上|打上|打|弄|挂|标上|标注)\S{0,3}?(?:我|我们|他|她|你)\s*的?\s*"
              r"(?:名字|姓名|全名|账号|微信号?|抖音号|快手号|电话|手机号|网址|店名|公司名|昵称|id)"
              r"(?=\s*(?:$|[，,。.!！?？]|吧|呗|啊|在|放|到|上去|进去|出来|就行|即可))")


# "at the part where i say 'welcome', add the text 'hi'", "在我说“欢迎”的地方加上文字“你好”": words quoted as
# said in the speech name a moment of it, never text to show (a text is not timed to the speech: it shows
# over the whole video unless times are said, and the reply says so)
_SAID_CUE = (r"(?:\b(?:at|in|on|during)\s+)?(?:(?:the|that|this)\s+(?:part|bit|section|moment|spot|point|"
             r"second|line|sentence)\s+)?"
             r"\b(?:where|when|whenever|once|after|as soon as|right as|the moment|the second)\s+"
             r"(?:i|he|she|they|we|you|someone|somebody|my\s+\w+|the\s+\w+)\s+(?:first\s+|finally\s+)?"
             r"(?:say|says|said|saying|mention|mentions|mentioned|yell|yells|shout|shouts|ask|asks)\s+"
             r"(?:the\s+words?\s+)?⟦(\d+)⟧|"
             r"(?:在\s*)?(?:我|他|她|你|主持人|老师)?\s*(?:说|讲|念|喊|提到|说到|讲到|念到)\s*⟦(\d+)⟧\s*(?:的)?\s*"
             r"(?:那个地方|地方|时候|那里|那儿|那段|那句|那一刻|那会儿|那下|时|之后|以后)")


def _said_cues(text: str) -> set[int]:
    """The quotes (their numbers) said as words of the speech that mark a moment."""
    return {int(m.group(1) or m.group(2)) for m in re.finditer(_SAID_CUE, text, re.IGNORECASE)}


def _cue_note(zh: bool) -> str:
    return ("我没法把文字对准某句话说出的时刻——它会在整个视频里显示；只想在那一刻显示的话，告诉我时间，"
            "比如“0:05到0:08显示”。" if zh else
            "I can't time text to the moment words are said — it shows over the whole video; to show it only "
            "then, give me the times, e.g. “from 0:05 to 0:08”.")


def title_rule(c: Clause) -> list[Hit]:
    text = c.text
    if _subtitle_word_fix(c) and re.search(r"⟦\d+⟧", text):
        return _subtitle_word_refusal(c)  # the word to correct in the subtitles, not text to show
    if (own_words := rx.search(_OWN_WORDS, text)) and not re.search(r"⟦\d+⟧", text):
        whose = own_words.groupdict().get("whose")
        return [Hit(own_words.start(), question=(
            "要显示的具体是什么？我不知道你的名字（或账号）——把要写的字告诉我，比如“前5秒在底部加文字‘张三’”。"
            if c.zh else
            f"What exactly should it say? I don't know {'that' if whose else 'your'} name (or handle) — tell "
            "me the words, e.g. “add text 'Jenny Park' at the bottom for the first 5 seconds”."))]
    cues = _said_cues(text)
    if cues and not (set(int(q) for q in re.findall(r"⟦(\d+)⟧", text)) - cues):
        # only the words said are quoted: a moment named, with no text of its own to show
        m = rx.search(_SAID_CUE, text)
        assert m is not None
        if re.search(CUT + r"|剪|删|去掉|不要|\bmute\b|静音", text):
            return []  # "cut the part where i say 'um'": the search of the speech reads it
        # "add a caption when i say 'welcome'": a text asked for with no words of its own - what it says too
        asked = re.search(TITLE + "|" + _TEXTW_UNSAID, re.sub(_SAID_CUE, " ", text, flags=re.I))
        what = "" if not asked else "文字要写什么？" if c.zh else "What should the text say? "
        return [Hit(m.start(), question=what + _cue_note(c.zh))]
    quoted = [c.ctx.quotes[int(q)].strip().lower() for q in re.findall(r"⟦(\d+)⟧", text)]
    said_quoted = r"[“\"‘「『][^”\"’」』]*[”\"’」』]|(?<![A-Za-z])'[^']+'(?![A-Za-z])"
    unquoted = re.sub(r"⟦\d+⟧", " ", text) + " " + re.sub(said_quoted, " ", c.ctx.raw or "")
    if quoted and all(re.fullmatch(FILLER_WORD, q) for q in quoted) and re.search(
            FILLERS + "|" + CUT + r"|剪|删|去掉", unquoted.lower()):
        return []  # "把“嗯”“呃”这些口头禅剪掉": the filler words quoted are the ones cut, not text to show
    both = _each_text(c) or _cue(c)
    if both:
        return both
    # ("i say um every 3 words", "i say um like every 5 words": words counted are how often, not text on the
    # picture)
    counted = re.sub(r"\b(?:every|each|per|in|after|a)\s+(?:\d+|other|few|single|couple(?: of)?|two|three|"
                     r"four|five|ten|second|third)"
                     r"\s+words?\b|\bevery\s+(?:other\s+)?word\b|\b(?:filler|crutch|swear|"
                     r"curse)\s+words?\b", " ", text)
    if re.search(_REPORTED, text) and not re.search(r"⟦\d+⟧", text) and not rx.search(TITLE, text) and \
            not re.search(_TEXTW_UNSAID, counted):
        return []  # "client says it looks amateur …", "add what i say as captions": speech reported, no text
    if (reported := re.search(_REPORTED_ID, text)) and not re.search(r"⟦\d+⟧", text[reported.start():]) and \
            not re.search(_TEXTW_UNSAID + "|" + TITLE, re.split(r"[,;.!?]", counted[reported.start():])[0]):
        # "caption it, participant 4 keeps saying sort of": a person of the recording reported - their speech
        # (a text word in the same clause after it - "speaker 2 says the caption is wrong" - is read on)
        return []
    spoken = _spoken_quotes(text)
    if spoken and set(re.findall(r"⟦(\d+)⟧", text)) <= spoken and \
            not re.search(TITLE + "|" + _TEXTW_UNSAID, _unspoken(counted)):
        # "the interviewee jokes 'cut!' at 0:20, just add subtitles": every quote is what someone says in the
        # recording - no text to show (the subtitles, said apart, are read by their own rule)
        return []
    if re.search(r"\b(?:me|him|her|them|us|someone|somebody|i|he|she|they|we|you|people|ppl|folks|members|"
                 r"viewers|users|commenters|fans|followers|students|guests|listeners|watchers|chat|everyone)\s+"
                 r"(?:just\s+|literally\s+|keep\s+|kept\s+)?"
                 r"(?:saying|says|said|going|asking|yelling|shouting|texting|texted|commenting|commented|"
                 r"complaining|messaging|writing|typing)\s*(?:in\s+(?:the\s+)?chat\s*)?[:,]?\s*⟦\d+⟧|"
                 # "delete the last clip, its me saying bye awkwardly": what the part shows, unquoted
                 # ("the end's just me saying g'day to the camera", "the last bit is me saying bye": the part
                 # named, then what it shows - why, never words to put)
                 r"\b(?:it'?s|that'?s|thats|where|when|because|cause|cuz|"
                 r"(?:end|ending|outro|intro|start|beginning|bit|part|clip|rest|last\s+\w+|first\s+\w+)"
                 r"(?:'s|\s+is|\s+was))\s+(?:just\s+|only\s+|literally\s+|basically\s+)?"
                 r"(?:me|him|her|them|us|someone|somebody|i|he|she|they|we|you)\s+(?:just\s+|literally\s+|"
                 r"awkwardly\s+)?(?:saying|says|said|going|asking|yelling|shouting)\b", text) and \
            not re.search(TITLE, text) and not re.search(_TEXTW_UNSAID, text) and \
            not re.search(r"\b(?:add|put|show|display|write|flash|insert|overlay|stick|slap)\b|加|写|显示",
                          text):
        return []  # "chop 4 secs off the start its just me saying 'is it recording??'": why, not text to add
    if re.search(_QUOTE_IN_PART, text) and re.search(CUT + r"|剪|删|去掉|不要", text) and \
            not re.search(TITLE, text) and not re.search(_TEXTW_UNSAID, text) and not re.search(
                r"\b(?:add|put|show|display|write|flash|insert|overlay|stick|slap|type)\b|加|写|显示|打上",
                text):
        return []  # "cut the bit where i mess up the sign for 'family'": the word quoted says which part goes
    m_title = rx.search(TITLE, text)
    m_text = rx.search(TEXTW, text)
    # (a quote said as words of the speech marks when, never the text: the first other quote is the text)
    # (nor is a quote reported as someone's speech: "i yell 'CUT!' …, add a title 'Scene 3'" shows the title)
    quote = next((rx.search(rf"⟦({q.group(1)})⟧", text) for q in re.finditer(r"⟦(\d+)⟧", text)
                  if int(q.group(1)) not in cues and q.group(1) not in spoken), None)
    if quote and cues:
        rx.search(_SAID_CUE, text)
    # "replace the 'DRAFT' text with 'FINAL'", "把“草稿”改成“终稿”": the words after "with / to" are the new
    # ones (the first quote names the old)
    new_words = rx.search(r"⟦\d+⟧.*?(?:\b(?:with|to|into|by)|改成|换成|改为|替换成|变成)\s*(?:the\s+)?"
                          r"(?:text\s+|words?\s+)?⟦(\d+)⟧", text) \
        if quote and re.search(_REPLACE, text) else None
    if new_words:
        quote = new_words
    subs_at = re.search(r"\bsubtitles?\b|\bcaptions?\b|字幕", text)
    named = m_title or m_text
    # "title 'Knee Rehab' top, then subtitles boxed": subtitles said in a part of their own, apart from the
    # title named, are an edit of their own - not the kind of this text
    apart = subs_at is not None and named is not None and re.search(
        rf"[,，;；]|\bthen\b|然后|{_THEN_ZH}",
        text[min(subs_at.start(), named.end()):max(subs_at.start(), named.end())]) is not None
    # ("改成“张三” 加字幕", "change it to 'Bob', add subtitles": the subtitles asked for with a verb of their
    # own after the words quoted are another edit - never the kind of that text)
    if not apart and subs_at is not None and quote is not None and \
            subs_at.start() > quote.end() and re.search(
                r"[,，;；]|\b(?:add|put|turn on|generate|make|and)\b|"
                r"加|添|配|上|打|再|然后|顺便|还要|另外|同时",
                text[quote.end():subs_at.start()]):
        apart = True
    subtitle_text = None if apart else rx.search(r"\bsubtitles?\b|\bcaptions?\b|字幕", text)
    shout = None
    if not (m_title or m_text or quote or subtitle_text):
        shout = _shouted(c)
        if shout is None:
            # "put the verse Philippians 4:13 at the top": a verse or quote put on the picture, its name
            # typed with a capital, is words to show (a song's verse said to be cut is never put)
            verse = rx.search(r"\b(?:put|add|show|display|write|place|overlay)\s+(?:the\s+|a\s+|this\s+)?"
                              r"(?:bible\s+)?(?:verse|scripture|quote)\s+(?=[a-z])", text)
            if verse is None or not re.match(r"[A-Z]", c.ctx.original(text[verse.end():])):
                return []
            m_text = verse
        else:
            m_text = shout
    if re.search(_LINE_SAID, text) and not quote:
        return []
    if m_text and not (m_title or quote or subtitle_text) and re.match(
            r"says?\s+(?:about\s+|like\s+|around\s+|to\s+|at\s+)?(?:[-+]?\d+(?:\.\d+)?\s*(?:%|x\b|db\b)?|§\d+§)"
            r"\s*(?:[,.;!?]|$)", text[m_text.start():], re.I):
        return []  # "music at -6db-ish, say 50%": "say" before a bare amount is "for example", not text
    if quote and not (m_title or m_text or subtitle_text) and re.search(
            r"⟦\d+⟧\s*(?:look|looks|vibe|vibes|feel|feeling|style|aesthetic|effect|filter|energy|"
            r"mood|tone|kind of (?:thing|look|feel)|type of (?:look|feel|thing))\b|"
            r"⟦\d+⟧\s*(?:的)?\s*(?:感觉|风格|效果|滤镜|质感|氛围|味道)", text) and not re.search(
            r"\b(?:write|put|add|show|type|display|say|saying|reads?|overlay|caption)\b|写|加|打上|显示",
            text):
        return []  # "the couple want that 'film' look": a quoted word names a style, not text to show
    if quote and not (m_title or subtitle_text) and re.search(
            r"\b(?:feels?|felt|feeling|looks?|looked|looking|sounds?|sounded|sounding|seems?|seemed|comes? "
            r"(?:off|across) as|came (?:off|across) as|is|was|are|were|gets?|got|went)\s+"
            r"(?:(?:a\s+)?(?:bit|little|lil|tad|kinda|kind of|sort of|so|too|very|really|super|just|still|"
            r"all|"
            r"weirdly|pretty|quite|way|a little|a bit)\s+)*⟦\d+⟧|"
            r"(?:感觉|觉得|看着|看起来|听着|听起来|显得|有点|有些|太|很)\s*(?:有点|有些|很|太|特别|挺)?\s*⟦\d+⟧",
            text) and not re.search(
            r"\b(?:write|put|add|show|type|display|saying|reads?|overlay|caption|text|title)\b|写|加|打上|显示|标题|"
            r"文字", text):
        return []  # "the replay feels 'off', fix it", "片尾感觉「怪怪的」": the quoted word says how it is
    if (m_title or m_text) and rx.search(_EDIT, text) and not quote:
        return _edit(c, bool(m_title))
    found = shout.group(1) if shout else None if quote else _unquoted(text)
    if found and not quote and subtitle_text and not (m_title or m_text) and rx.search(
            r"自动|识别|语音|(?:讲|说)的话|说话|对白|台词|转写|听写|\bauto\w*|\btranscri\w*", text):
        found = None  # "老师讲的话自动加字幕 家长要看": subtitles of the speech - the words after are why
    if found and not quote:
        found = _capital_place(c, found)
        found = _verse_kept(c, found)
    if found is None and not quote and m_text is not None and not subtitle_text and not m_title:
        # "show the text LIVE NOW in yellow top right": the text named, then typed as a slogan
        shout = _shouted(c)
        found = shout.group(1) if shout else None
    named = min((x for x in (m_title, m_text) if x is not None), key=lambda x: x.start(), default=None)
    # "remove the intro? no, keep it, just add a title": a removal said in another clause is not the title's
    own = (re.split(r"[,，;；?？!！]|\bthen\b|然后", text[:named.start()])[-1] + text[named.start():]
           if named is not None else text)
    # "delete the captions but keep the title", "删掉字幕，标题保留", "remove the text and keep the title":
    # the title (text) said to stay is not what goes - left as it is (the removal is the other thing's)
    def kept(mm: re.Match[str] | None) -> bool:
        return mm is not None and bool(re.search(
            r"\b(?:keep|leave|preserve|retain)\s+(?:the\s+|my\s+|our\s+|all\s+(?:the\s+)?|in\s+)?(?:[\w-]+\s+)?$",
            text[:mm.start()]) or re.match(r"\s*(?:就|也|要|还是)?\s*(?:保留|留着|不动|别动|不要动|不变)",
                                            text[mm.end():]))
    spared = False  # a kind of text said to stay ("文字都删了 标题留着"): never all of it taken off
    if named is not None and not quote and re.search(_REMOVE, own):
        if kept(named):
            return []
        if kept(m_title):
            m_title = None
            spared = True
        elif kept(m_text):
            m_text = None
    # (the removal is read only when said with the title: "去掉开头5秒，加标题…" leaves 去掉 to the trim)
    if (m_title or m_text) and not quote and not found and re.search(_REMOVE, own) and \
            rx.search(_REMOVE, text):
        track = "title" if m_title else "text"
        # ("wipe every bit of text off, titles and captions included": every kind named is all of it)
        kinds = sum(1 for k in (m_title, m_text, subtitle_text) if k is not None)
        every = rx.search(r"\ball (?:the )?text|\bevery (?:bit of |piece of |last )?text|"
                          r"\ball (?:of )?the words|所有文字|文字全|所有的?字|字\s*(?:全|都)", text)
        also = r"\b(?:included|including|too|as well|both)\b|也|都|全"
        if (every or kinds >= 3 or (kinds == 2 and rx.search(also, text))) and not spared:
            track = "all"
        m = m_title or m_text
        assert m is not None
        if m.group(0) == "words" and rx.search(r"\b(?:around|between|mid|spoken|pauses?|silen\w*|gaps?|"
                                               r"breath\w*|filler)\b", text):
            return []  # "remove the pauses but leave 0.5 s around words": the words are speech
        if m.group(0) == "words" and rx.search(
                r"\b(?:trip\w*|stumbl\w*|fumbl\w*|flub\w*|slurr?\w*|mumbl\w*|mix\w* up|mess\w* up|"
                r"botch\w*|garbl\w*|stutter\w*|los(?:e|es|t|ing))\s+(?:over\s+|on\s+|up\s+|track of\s+)?"
                r"(?:the\s+|his\s+|her\s+|my\s+|their\s+|our\s+|your\s+)?words\b", text):
            # "remove 0:32 to 0:35 where the reporter trips over her words": the words are speech, the part
            # that goes is the one said
            return []
        # "delete the watermark text i added", "把水印文字删掉": the watermark is the text taken off
        rx.search(r"\bwatermark(?=\s+(?:text|words|title)\b)|水印(?=\s*(?:文字|字|标题))", text)
        declined = re.search(_REMOVE, own)
        on_it = any(tr.get("role") in ("text", "title", "overlay") and tr.get("sg")
                    for tr in c.ctx.draft.get("t", []))
        if not on_it and declined is not None and re.match(r"no\b|without\b", declined.group(0)) and (
                rx.search(r"\b(?:just|only)\b", text + " " + c.ctx.raw.lower()) or
                # "no text on this one please", "no captions for this video": with none shown, a bare "no"
                # declines text - nothing is there to remove (the reply says nothing was changed); a word of
                # taking it off ("no text anymore, remove it", "no more text") is still the removal
                not re.search(_TAKEN_OFF, text + " " + c.ctx.raw.lower())):
            # "no text on it, just fade in and out", "no titles, only trim it": none are shown and none are
            # wanted - read, and nothing to remove (the same as "no subtitles, just …")
            return [Hit(m.start())]
        return [Hit(m.start(), [s.RemoveText.model_validate({"track": track})])]
    gone_quoted = rx.search(_GONE_QUOTED, text) if quote else None
    if gone_quoted and len(re.findall(r"⟦\d+⟧", text)) == 1 and not re.search(_REPLACE, text):
        # "delete the 'DRAFT' text i put across the video", "把「草稿」两个字删掉": the words quoted are the
        # text to take off, not text to add - off the track that shows them
        said = c.ctx.quotes[int(quote.group(1))].strip().lower()  # type: ignore[union-attr]
        shown = [str(tr.get("role")) for tr in c.ctx.draft.get("t", []) if tr.get("role") in (
            "title", "text", "subtitle") and any(str(g.get("text", "")).strip().lower() == said
                                                  for g in tr.get("sg", []))]
        where = shown[0] if shown else "title" if m_title else "subtitle" if subtitle_text else "text"
        return [Hit(gone_quoted.start(), [s.RemoveText.model_validate({"track": where})])]
    if quote:
        words = c.ctx.quotes[int(quote.group(1))]
        if m_title is not None and m_title.start() < quote.start():
            # "add a title, write 'Happy Birthday'": the verb that puts the title and the verb of writing
            # before the words are part of this reading (as they are when the words are not quoted)
            rx.search(r"\b(?:add|put|make|create|insert|give|slap|stick|throw)\b(?=\s+(?:(?:a|an|the|my|big|"
                      r"bold|simple|short)\s+){0,2}(?:title|heading|headline)\b)", text)
            rx.search(r"\b(?:write|writing|type|say|saying|says|that says|reading|read|call it|"
                      r"make it)\s*[:：]?\s*(?=⟦)", text)
    elif found and (verse_at := re.search(r"\s+§\d+§$", found)):
        # (a chapter and verse kept in the words is shown as typed: "Philippians 4:13")
        typed = c.ctx.original(found[:verse_at.start()])
        verse_said = re.search(re.escape(typed) + r"\s+[1-9]\d{0,2}:\d{1,3}(?:[-–]\d{1,3})?", c.ctx.raw or "")
        words = verse_said.group(0) if verse_said else typed
    elif found:
        words = c.ctx.original(found)
        # ("…: he said he'd burn the world for her. he lied." - words of more than one sentence keep the
        # stop of their last, as of the others; one phrase's stop ends the request, not the words)
        stop = (c.ctx.raw or "").rstrip()[-1:]
        if re.search(r"\w[.!?]\s+\w|[。！？]\s*\S", words) and stop in (".", "!", "?", "。", "！", "？") and \
                (c.ctx.raw or "").rstrip().endswith(words + stop):
            words += stop
        # ("打一行字：不要剪我的毛！": Chinese words that end the request with an exclamation keep it, as
        # typed - the clauses are split at ！, the words' own mark; a 。 still only ends the request)
        elif re.search(r"[\u4e00-\u9fff]", words) and \
                (shout_end := re.search(re.escape(words) + r"([！!]+)\s*$", c.ctx.raw or "")):
            words += shout_end.group(1)
        # ("add text at the top: Don't cut it while hot!": words that end the request keep their own
        # closing ! or … (and, after a colon that opens them, a ?) - those marks are part of what is shown,
        # unlike a lone "." that only ends the request; "can you add text saying welcome?" asks, so a ?
        # is kept only after the colon)
        elif (mark_end := re.search(r"([:：]\s*)?" + re.escape(words) + r"([!?…！？]+)\s*$",
                                    c.ctx.raw or "")) and \
                (mark_end.group(1) or not re.search(r"[?？]", mark_end.group(2))):
            words += mark_end.group(2)
        # ("…: Translated by Amara K.", "Smith & Co."): words ending in an initial or an abbreviation keep its
        # stop - it is part of the name, not the end of the request
        elif re.search(r"(?:^|[\s.])(?:[A-Z]|Jr|Sr|Inc|Ltd|Co|Corp|Bros|Dr|Mr|Mrs|Ms|St|Ave|etc)$",
                       words) and \
                (c.ctx.raw or "").rstrip().endswith(words + "."):
            words += "."
    else:
        if not m_title or not rx.search(r"\b(?:add|put|make|create|insert|give|with|need|want|slap|stick|"
                                        r"throw)\b|"
                                        r"加|添加|放|写|^\s*(?:title|标题)\s*[:：=]", text):
            return []
        return [Hit(m_title.start(), question="标题要写什么？" if c.zh else "What should the title say?")]
    if subtitle_text and not (m_title or m_text) and not (quote or found):
        return []
    at_start = bool(rx.search(r"\bat the (?:start|beginning)|\bintro|开头(?!\s*(?:一直)?(?:到|至))" +
                              CUT_THERE, text))
    # ("开头写上：乐乐三岁啦": words written at the start, no text noun named - a title, like "片头文字")
    is_title = bool(m_title) or (at_start and not subtitle_text and (
        not m_text or re.fullmatch(r"写上|写着", m_text.group(0)) is not None))
    # ("i yell 'CUT!' at the end of every take, anyway add a title 'X'": when the speech reported is said, up
    # to the end of its phrase, is when it is said - never when the text shows)
    params_of = c
    if spoken and quote is not None:
        told = text
        for pattern in (_SPOKEN_QUOTE, _SPOKEN_QUOTE_I, _SPOKEN_QUOTE_ZH):
            for heard in re.finditer(pattern, told):
                close = re.search(r"[,，;；。.!！?？]|$", told[heard.end():])
                upto = heard.end() + (close.start() if close else 0)
                if not heard.start() <= quote.start() < upto:
                    told = told[:heard.start()] + " " * (upto - heard.start()) + told[upto:]
        params_of = Clause(told, c.ctx)
    kwargs = _text_params(params_of, is_title, found)
    if subtitle_text and not m_title and "pos" not in kwargs:
        kwargs["pos"] = "bottom"  # "添加字幕「…」": that text, where subtitles go
    pos = (m_title or m_text or quote or subtitle_text)
    assert pos is not None
    model = s.AddTitle if is_title else s.AddText
    try:
        op = model(text=words, **kwargs)
    except ValueError:
        kwargs.pop("end_ms", None)
        op = model(text=words, **kwargs)
    ops: list[Any] = [op]
    gone = (r"\b(?:remove|delete|drop|get rid of|replace|lose|kill|scrap|ditch|trash|nuke|axe|bin)\s+"
            r"(?:the\s+|that\s+|this\s+|all\s+(?:the\s+)?|old\s+|existing\s+|"
            r"current\s+)*(?:titles?|text|heading|captions?)\b|(?:文字|标题)\S{0,2}(?:全删|删了|删掉|去掉|换"
            r"掉)|"
            r"(?:删掉|去掉|删除)\S{0,3}(?:文字|标题)")
    # "改成抖音竖屏，上面加一行「新品上市」": a change said in another clause is of something else - only one
    # said with the words replaces the text there is
    own, at = text, 0
    for part in split_clauses(text):
        found_at = text.find(part, at)
        if found_at >= 0:
            if found_at <= pos.start() < found_at + len(part):
                own = part
                break
            at = found_at + len(part)
    # "title currently says 'Devlog #7', change it to 'Devlog #8'": the text there now named, then changed
    # in the next clause - the new one replaces it
    current = rx.search(r"\b(?:title|text|heading)\s+(?:currently\s+|right now\s+|now\s+)?"
                        r"(?:says|reads|is|shows)\s*⟦\d+⟧|"
                        r"(?:标题|文字)(?:现在|目前)?(?:写的是|写着|是)\s*⟦\d+⟧", text)
    if current and pos.start() > current.end() and not rx.search(_REPLACE + r"|\bmake it\b|改", text):
        current = None
    # ("把「样片」那几个字删了 换成「…」": the old words quoted, then the new ones they are changed to)
    # ("改成9:16 上面加一行「…」", "change it to 9:16 and add 'X' on top": the picture's shape changed with
    # the same breath - a change of the format, never of the text there is)
    own = re.sub(r"(?:改成|换成|改为|变成)\s*(?:抖音|快手|小红书|视频号|手机)?\s*(?:的)?\s*"
                 r"(?:‹r\d+by\d+›|\d+(?:\.\d+)?\s*[:：比]\s*\d+|竖屏|横屏|竖版|横版|竖的|横的|竖向|横向|方形|正方形|方屏)|"
                 r"\b(?:change|switch|convert)\s+(?:it|this|the video|the (?:aspect(?: ratio)?|ratio|format|"
                 r"frame))?\s*(?:to|into)\s+(?:‹r\d+by\d+›|\d+:\d+|vertical|portrait|landscape|square|horizontal|widescreen)\b",
                 " ", own)
    replaced = rx.search(_REPLACE, own)  # read first: its word is explained even when the new words say it
    if replaced is None and m_title is not None and quote is not None and pos is m_title and \
            re.search(_TITLE_WRONG, own):
        # "刚才标题加错了 改成“张三”", "the title is wrong, change it to 'Bob'": the title said to be wrong,
        # then changed in the clause of the new words - it replaces the title there is
        quoted_in = next((p for p in split_clauses(text) if quote.group(0) in p), "")
        replaced = rx.search(_REPLACE, quoted_in)
        if replaced is None and _current(c, "title") is not None:
            # "i typed the title wrong, make it 'Bob'", "标题打错了 应该是「小明」": the title there is, said
            # to be misspelt, and the words it should be - a correction of it, never a second title (with no
            # title yet, the words are simply added)
            replaced = rx.search(_CORRECTED, quoted_in if quoted_in != own else own[:quote.start()])
        if replaced is not None:
            rx.search(_TITLE_WRONG, own)
    if new_words is not None and _current(c, "title" if is_title else "text") is None and re.search(
            r"\b(?:add|put|insert|stick|slap|throw|pop|give)\b[^⟦,;]{0,30}$", text[:new_words.start()]) and \
            re.search(r"\b(?:change|make|switch|swap|turn)\s+(?:that|it|this)\b|改成|换成|改为",
                      text[new_words.start():new_words.end()]):
        # "add the title 'Lions'... hmm change that to 'Big Cats'": the words corrected were added in this
        # very message and no such text is there yet - only the corrected one is added, nothing replaced
        new_words = None
        replaced = None
    if new_words is not None or replaced or rx.search(gone, text) or current:
        track = "title" if is_title else "text"
        if rx.search(r"\ball (?:the )?text|所有文字|文字全", text):
            track = "all"
        # "change the title to X": this one replaces the old
        ops.insert(0, s.RemoveText.model_validate({"track": track}))
    timed = "start_ms" in kwargs or "end_ms" in kwargs
    remark = _cue_note(c.zh) if cues and not timed else None
    if quote and rx.search(r"倒计时|\bcount ?down\b", text):
        # "右上角放个倒计时「30s」": the words given are shown as typed - they do not count down
        remark = (f"“{words}”会作为固定的文字显示，不会自己倒数。" if c.zh else
                f"“{words}” is shown as fixed text — it doesn't count down by itself.")
    return [Hit(pos.start(), ops, note=remark)]
