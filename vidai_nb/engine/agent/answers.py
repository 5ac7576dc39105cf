"""Questions and advice: recognised as such (not edits) and answered; the draft is left alone.

A request phrased as a question ("can you add music?", "可以帮我加字幕吗") is still an edit: only a
question about the project, the formats, or how to edit well is answered here.
"""

from __future__ import annotations

from vidai_nb.engine.ops import CATALOGUE, programme_ms
from vidai_nb.engine.ops.base import clip_count, main_track

from . import cached_re as re
from . import glossary
from .context import ParseContext

# "can you …?", "could you …", "please …": a request, even with a question mark
_REQUEST_EN = re.compile(r"^(?:(?:ok|okay|so|hey|hi|um|uh|and|also|now|then)[,\s]+)*(?:can|could|would|will|"
                         r"won'?t) (?:you|u|ya)\b(?! (?:tell|explain|recommend|suggest|advise)\b)|^(?:please"
                         r"|pls|plz|let'?s|lets|how about|what about)\b|"
                         r"^(?:can|could) (?:we|i get|i have)\b|^(?:is it|are you) (?:possible|able) to\b|"
                         r"^(?:i (?:want|need|would like)|i'd like)\b|"
                         # "do a velocity edit, slow on the drops": an imperative, not "do a … ?"
                         r"^(?:do|make|give|try) (?:a|an|some|me|us)\b(?![^?]*\?\s*$)|"
                         # "do the same thing you did last time": asked to repeat, not asked a question
                         r"^(?:do|repeat|redo) (?:the same|that|it|what you did|exactly)\b(?![^?]*\?\s*$)|"
                         # "do the velocity thing on my kickflip": an effect by its nickname, asked for
                         r"^(?:do|try) (?:the|that|this) [\w-]+(?: [\w-]+)? (?:thing|edit|effect|trick|"
                         r"transition|look|style)\b(?![^?]*\?\s*$)|"
                         # "when ur done post it …": a time to do it, not a question
                         r"^(?:when|once|after)\s+(?:you'?re|youre|ur|u r|you are|it'?s|its|it is|that'?s|"
                         r"we'?re)\s+(?:done|finished|ready)\b(?![^?]*\?$)|"
                         # "when i talk, bring the music down automatically": when it should happen, then
                         # the order - an edit, not a question
                         r"^(?:when(?:ever)?|while|every time|any ?time)\s+[^,?]{1,40},\s*"
                         r"(?:please\s+|pls\s+|just\s+)?(?:bring|make|turn|lower|duck|put|add|cut|remove|keep|fade|mute|drop|dip|"
                         r"speed|slow|show|lower|pull|push|reduce|"
                         # "when it cuts to c, do a dissolve": where the transition goes, then the order
                         r"do|use|crossfade|dissolve|blend|apply|insert)\b(?![^?]*\?\s*$)")
# the formats and sizes a choice is asked between ("mp4 or mov which plays on more devices")
_FORMATS = r"(?:mp4|mov|webm|gif|mkv|avi|\d{3,4}p|[248]k|‹r\d+by\d+›|\d+:\d+)"
# the values of one setting a choice is asked between, with the frame rates and the shapes by name
_CHOICE_OPT = (r"(?:mp4|mov|webm|gif|mkv|avi|\d{3,4}p|[248]k|‹r\d+by\d+›|\d+:\d+|\d+\s*fps|vertical|square|"
               r"horizontal|landscape|portrait|widescreen)")
_QUESTION_EN = re.compile(r"^(?:(?:ok|okay|so|hey|hi|um|uh|hmm|oh|wait|and|btw|quick question|roughly|"
                          # "sorry dumb question whats LUFS", "noob q but why -14": an apology first
                          # ("sorry if dumb question but …": the apology said with "if")
                          r"(?:sorry|sry|soz|apologies)(?:\s+if)?|pardon|excuse me|"
                          # ("… but in this thing whats the diff …": where, said before the question word)
                          r"(?:in|with) (?:this (?:thing|app|tool|editor|notebook)|here)|"
                          r"(?:this\s+(?:is|might be|may be)\s+|probably\s+|maybe\s+)?(?:an?\s+)?"
                          r"(?:really\s+)?"
                          r"(?:dumb|stupid|silly|noob|newbie|beginner|basic|random|naive|weird)\s+(?:question|q|qs)"
                          r"(?:\s+but)?|"
                          r"approximately|"
                          # ("ballpark how loud should drone music be …": a rough figure asked for)
                          r"ballpark|rough|"
                          r"honestly|generally|realistically)[,\s:\-–—]+)*(?:(?:what|whats|"
                          # ("whole thing has to be under a minute": a question word is a whole word)
                          r"what's|which|how|why|where|when|who|whose)(?!\w)|"
                          # ("do your magic on this" is an order: the pronoun is a whole word)
                          # ("ok do the crossfades 0.5 sec": "do the …" with no question mark after it is
                          # an order - "do the captions look ok" is asked by how it comes across, below)
                          r"(?!do\s+the\s+[^?]*$)"
                          r"(?:is|isn'?t|are|aren'?t|does|doesn'?t|do|did|should|shall)\s+(?:(?:i|you|we|"
                          r"they|i"
                          r"t|this|that|"
                          r"these|those|there|the|my|a|an|mp4|mov|(?!(?:some|any|every|no)thing\b)\w+ing|vid"
                          r"eos?|people|viewers|platforms?|"
                          r"subtitles|captions|shorts|reels|tiktoks?|youtube|instagram)\b|[\d‹§⟦-])|would"
                          r" it|wi"
                          r"ll it|"
                          # "will a watermark hurt our reach?", "would an intro make people stay?": whether
                          # something has an effect - asked of a thing, not an order to me
                          r"(?:will|would) (?:a|an|adding|having|using|putting|cutting|people|viewers|ppl|"
                          r"our|your|these|those)\b[^?]*\?|"
                          # "can captions help my museum videos be accessible?": whether a thing helps, asked
                          # ("will AI noise removal make my voice sound weird?": what a thing does to the
                          # result, asked)
                          r"(?:can|could|will|would) (?!(?:you|u|ya|i|we|like|love|prefer|rather|really)\b)"
                          r"(?:[\w'-]+ ){1,3}(?:help|hurt|"
                          r"improve|boost|increase|affect|matter|make|ruin|change|distort|mess up|damage|"
                          r"degrade|"
                          r"muffle|spoil|wreck|kill)\b[^?]*\?|"
                          # "should lecture videos have background music or is that distracting?": advice
                          # asked of a kind of video, not an order
                          r"(?:should|do|does|are|can) (?:[\w'-]+ ){0,2}?(?:videos?|vids?|clips?|reels|"
                          r"shorts|tiktoks?|lectures?|vlogs?|tutorials?|slideshows?|podcasts?|intros?|outros?|"
                          # ("do hospital social posts need captions for accessibility?": posts, a kind)
                          r"thumbnails?|posts|uploads|stories) (?:have|be|use|include|need|get|start|end)\b"
                          r"[^?]*\?|"
                          # "can i export just one section of it?": whether a part can be had
                          r"(?:can|could|may) i (?:export|render|save|download)\b[^?]*\b(?:just|only|part|"
                          r"section|"
                          r"segment|bit)\b[^?]*\?|"
                          # "do jump cuts look bad?", "does the music sound too loud?": how a thing
                          # comes across
                          r"(?:do|does|did) (?!(?:a|an|some|me|us|it|that|this)\b)(?:[\w'-]+ ){1,3}(?:look|"
                          r"sound|seem|"
                          r"feel|come across|work|matter|hurt|help)\b|"
                          # "will people notice the jump cuts", "can viewers tell": asked of the audience
                          r"(?:will|would|do|does|can|could) (?:people|viewers|ppl|anyone|anybody|my"
                          r" (?:audience|"
                          r"viewers|followers|students|clients?)) (?:even )?(?:notice|tell|see|hear|care|"
                          r"mind|"
                          r"like|watch|get)\b|"
                          r"will (?!(?:some|any|every|no)thing\b)\w+ing|will (?:export|render|upload)\w* (?:"
                          r"take|be|work)|(?:can|could) (?:you|u) (?:tell|explain|recommend|suggest|advise)|"
                          r"is there a way|any way to|"
                          # "do ppl normalize to -16?", "do filler word removers cut mid-word?": asked of
                          # people or of a tool, not an order to do something
                          # "do podcasts on spotify use the same loudness as youtube?": asked of things
                          # named in the plural, with a question mark - an order never starts so
                          r"do (?!(?:the|a|an|some|it|this|that|these|those|my|your|our|me|us|more|less|all|"
                          r"both|each|every|same|whatever|cuts|jump|fades|transitions|captions|subtitles|"
                          r"titles)\b)[a-z-]+s\b(?: (?:on|in|for|from|with) [\w ]{1,20})?"
                          r"(?: (?:usually|normally|typically|generally|really|actually|even|still|always|"
                          r"often|all|also|ever))? (?:use|get|need|have|"
                          r"go|run|play|stay|count|work|look|sound|take|support|allow|require|prefer|want|like|"
                          r"pay)\b[^?]*\?$|"
                          r"do (?:most |other |real |pro |professional )?(?:ppl|people|pros|folks|editors|"
                          r"creators|youtubers|tiktokers|you guys|u guys|y'?all|others)\b|"
                          r"(?:can|could) (?:someone|anyone|somebody|anybody|you guys|u guys) "
                          r"(?:tell|explain|help me understand|recommend|suggest)|"
                          # "can chatgpt actually edit videos?", "can capcut do this?": whether some other
                          # tool can - a question, never a request to this editor
                          r"(?:can|could) (?!(?:you|u|ya|we|i|it|this|that|these|those|the|my|a|an|our|your|"
                          r"his|her|their|there|he|she|they|music|audio|sound|text|subtitles|captions|video|"
                          r"clip|clips|title|logo|volume|speed|everything|all|both|each)\b)[a-z]+ "
                          r"(?!be\b)(?:(?:actually|really|even|still|now) )?[a-z]+\b[^?]*\?$|"
                          # "can chatgpt just edit my videos for me or do i still need capcut": another tool
                          # named after "can" - what it can do, asked with or without a "?"
                          r"(?:can|could|will|would|does|do|is|should) (?:an? )?(?:chatgpt|chat gpt|gpt\S*|"
                          r"claude|gemini|copilot|capcut|cap cut|premiere(?: pro)?|final ?cut(?: pro)?|"
                          r"davinci|resolve|imovie|inshot|canva|descript)\b|"
                          r"will (?:the|my|this|that|it|denoise|removing)|"
                          r"(?:can|could|may) i (?:use|still|credit|post|upload|put)|am i|explain|tell me|"
                          # "can i undo after exporting": whether it can be done then, not "undo"
                          r"(?:can|could|may) i (?:undo|redo|revert|go back|re-?export|change things)\b[^?]*"
                          r"\b(?:after|once|later|afterwards)\b|"
                          # "can i undo more than one step or just the last thing": how far undo goes
                          r"(?:can|could|may) (?:i|we|you|u) (?:undo|redo|revert|go back)\b[^?]*"
                          r"\b(?:more than (?:one|1)|multiple|several|many|how (?:far|many)|or (?:just|only)|"
                          r"only (?:the )?last|as far)\b|"
                          r"show me (?:the )?transcript|"
                          r"any (?:tips|advice|ideas)|remixes|difference between|"
                          r"is [\w.]+ (?:ok|okay|fine|better|worse|good|bad|enough)|"
                          r"if (?:i|we|you|my|our|the|it|its|it's)\b.*\b(?:does|do|will|would|is|are)\b.*\?$|"
                          # "is royalty free music actually free", "does instagram compress …": an edit
                          # is never said starting with "is" or "does"
                          r"(?:is|isn'?t|are|aren'?t|was|were|does|doesn'?t)\s+(?!it possible\b)\w+|"
                          r"if (?:i|we)\b.*\b(?:can|could|should|will|would) (?:i|we|it|they)\b)|"
                          # "mp4 or mov — which one does instagram prefer?", "… or nah"
                          r"\bwhich (?:one|1|is|format|should|would|do|does|looks|sounds|works|fits|feels|"
                          r"reads)\b[^?]*\?$|"
                          # "mp4 or mov for insta, which one should i export": a choice asked, no "?"
                          r"\b\w+ or \w+\b[^,;]*[,;]?\s*which (?:one|1|is|format)?\s*(?:should|"
                          r"would|do|does|is)\b|"
                          # "mov or mp4 for youtube, which keeps more quality": two options, then which one
                          # does something - a choice asked (the verb is any: keeps, looks, plays …)
                          # ("mp4 or mov — which one plays on both …": the options, a dash, then which one)
                          r"\b[\w.‹›-]+ or [\w.‹›-]+\b[^,;?—–]*(?:[,;:—–]|\s-+\s)\s*which\s+"
                          r"(?:one\s+|1\s+)?"
                          r"(?!ever\b)[a-z]+\b|"
                          # "mp4 or mov which plays on more devices": two formats or sizes, then which
                          r"\b" + _FORMATS + r" or " + _FORMATS +
                          r"\s+which\s+(?:one\s+|1\s+)?(?!ever\b)[a-z]+\b|"
                          # "30fps or 60fps for skate clips whats better", "4:5 or 9:16 for the insta feed
                          # which one": two values of one setting, what they are for, then which one or what
                          # is better - advice asked, no "?" needed
                          + _CHOICE_OPT + r" or " + _CHOICE_OPT +
                          r"(?!\w)(?:\s+(?:for|on|in|to)\s+[^,;?]{1,40}?)?"
                          r"\s*[,;:—–-]*\s*(?:which(?!ever)\b[^?]*|(?:what'?s|what is|which is|which'?s)\s+"
                          r"(?:better|best|nicer|sharper|clearer)\b[^?]*|(?:is\s+)?(?:better|best)|or what)"
                          r"\s*\?*\s*$|"
                          # "rough % for music under talking?", "ballpark length for an intro": the value
                          # asked for, the "what" left out
                          # ("rough music level under a sermon voice?": the level of what, named first)
                          r"^(?:rough(?:ly)?|ballpark|ideal|typical|recommended|standard)\s+"
                          r"(?:(?:music|bgm|background music|song|voice|narration|text|title|caption|"
                          r"subtitle|intro|outro|clip|video)\s+)?(?:%|percent\w*|"
                          r"volume|level|length|duration|size|number|loudness|lufs|fps|frame ?rate|bitrate|"
                          r"resolution|speed|font size|text size)\b|"
                          # "tiktok wants -14 lufs too or is that only a youtube thing": a statement, then
                          # whether it holds more widely - asked
                          r"\bor (?:is|was|are) (?:that|it|this|they) (?:only |just |mostly |mainly |"
                          r"more of |really )?(?:an? |the )?[\w-]+(?: [\w-]+)? (?:thing|rule|requirement|"
                          r"standard|limit|myth|spec)s?\s*\??$|"
                          r"\b(?:too|also|as well)\s+or\s+(?:is (?:that|it) )?(?:only|just)\b[^,;.]*\??$|"
                          r"\bor (?:nah|not)\s*\??$")
_ADVICE_EN = re.compile(r"\b(?:best|better|good|recommend\w*|rough|roughly|ballpark|ideal|typical|"
                        r"should i|difference|what does|what is|"
                        r"what's|whats|how (?:long|loud|many|much|quiet|do i|does|to)|is it ok|okay to|"
                        r"allowed|legal|copyright\w*|viral|tips?|advice)\b")
# words that ask for an edit: said after a question, they make the sentence a request ("is 4:5 better?
# if so make it 4:5")
_EDIT_VERBS = (r"make|add|put|cut|trim|remove|delete|export|change|set|turn|speed|slow|mute|crop|rotate|"
               r"flip|fade|split|keep|drop|apply|convert|render|save|undo")
_EDIT_VERB_EN = re.compile(rf"\b(?:{_EDIT_VERBS}|use|do|go|pick|choose|switch)\b")
# ("for a conference demo of our research prototype is 16:9 still the norm": several words say what for)
_PURPOSE_FIRST = re.compile(r"^(?:for|on|in)\s+(?:my\s+|the\s+|a\s+|an\s+|our\s+)?"
                            r"(?:[\w'’-]+,?\s+){0,9}?,?\s*"
                            r"(?=(?:is|are|should|does|do|would|will|which|what|whats|what's|how)\b)")
# "用4:5还是9:16发小红书", "导出720p还是1080p": two values of one setting either side of 还是 - which
# one is asked ("算了还是9:16吧" names one value only: a choice made; "1080P还是4K" in capitals too)
_OPTION_ZH = (r"(?i:‹r\d+by\d+›|\d+\s*[:：比]\s*\d+|§\d+§|\d{3,4}\s*p(?![a-z])|[248]\s*k(?![a-z])|"
              r"mp4|mov|webm|gif|mp3|wav|srt|vtt|横屏|竖屏|方屏|方形|[横竖]着?拍|h\.?26[45]|\d+(?:\.\d+)?\s*(?:倍|帧|fps|%)|"
              # "响度是-14还是-16 lufs": two loudness levels (a level said signed, or with its unit)
              r"[-−]\s*\d+(?:\.\d+)?(?:\s*(?:lufs|lu|dbfs|db|分贝))?|\d+(?:\.\d+)?\s*(?:lufs|dbfs|db|分贝))")
_CHOICE_ZH = _OPTION_ZH + r"\s*还是\s*" + _OPTION_ZH
# ("请问…" is "may I ask": a question, not "please")
# a purpose said after an edit ("免得静音看的人不知道在说什么", "好让爷爷奶奶也知道讲了啥"): what the edit
# is for, never a question of its own (a question mark or 吗 at its end still asks)
# ("放慢两倍 让学生看清楚小球是怎么落下来的": 让 someone see / hear / know - what the edit is for too)
_PURPOSE_AFTER_ZH = (r"(?<=\S)[\s，,]+(?:免得|省得|以免|好让|以便|便于|不然|要不然|否则|"
                     r"让(?=[^，,。；;！!？?吗\s]{0,8}?(?:看清|看到|看懂|看明白|听清|听到|听懂|知道|明白|看出|"
                     r"注意到|了解|学会))|"
                     # ("整体慢放2倍 看清楚怎么落的": the seeing said bare, with what is to be seen after it -
                     # a purpose too, never "how" asked)
                     r"(?=(?:看清|看明白|看懂|听清|听懂)楚?[^，,。；;！!？?吗\s]{0,8}?(?:怎么|如何|什么|啥|哪)))"
                     r"[^，,。；;！!？?吗]*(?=$|[，,。；;！!])")
_REQUEST_ZH = re.compile(r"^(?:请(?!问)|麻烦|帮我|给我|把|将|替我|帮忙|能不能帮|能帮|可以帮|可不可以帮)")
# not knowing how, said after what is asked ("这条口播帮我剪剪呗 我也不知道要咋弄"): why the request is
# vague, no question of its own - the 咋 / 怎么 in it asks nothing (the vague request is asked about)
_HELPLESS_AFTER_ZH = (r"(?<=\S)[\s，,。]+(?:反正|因为)?\s*(?:我|俺)?\s*(?:也|真|完全|根本|实在|自己)?\s*"
                      r"(?:不知道|不晓得|不懂|不会|搞不懂|不清楚|没想好)\s*(?:要|该|应该|得)?\s*"
                      r"(?:咋|怎么|如何)?\s*(?:弄|剪|办|搞|做|整|改)?\s*(?:才好|好|呢|啊|哈|呀|了)?\s*[。!！~～]*$")
# ("几个人说话音量大小不一": "several people", said of the footage, asks nothing;
# "视频里有几个人" still asks)
_TAG_ZH = (r"(?:就是|应该是|是)(?!这样|这么|那样)\S{0,12}?(?:对吧|是吧|对不对|是不是|没错吧)"
           r"(?=\s*(?:$|[?？，,。\s]))")
# ("什么都别删", "啥也不要动": "nothing", said of what stays - no question)
_NOTHING_ZH = r"(?!\s*(?:都|也)\s*(?:别|不|没))"
# ("标题字幕啥的全部", "贴纸什么的都删了": "and such", closing a list of things - no question)
_AND_SUCH_ZH = r"(?!的\s*(?:都|全|全部|统统|一起|也|通通|[，,]|\s+\S))"
# "识别准确率到底有多高", "导出要等多慢": how much of a quality, asked (多 before the quality)
_HOW_ADJ_ZH = (r"(?:有|能有|到底有|究竟有|得|要)?多(?:高|低|准|快|慢|清楚|清晰|靠谱|稳定?|精准|准确)"
               r"(?![一点些])")
# ("哪段都不删", "哪个都别动": "whichever one … all", said of what stays - no "which" asked)
_ANY_ZH = r"(?!\s*(?:一)?\s*(?:段|个|张|帧|秒|部分|条|边|种|样|块|截)?\s*(?:都|也)\s*(?:不|别|没|要|留|保留))"
# ("开头那5秒没啥用", "没什么意思": "of no use", said of a part - no question)
_QUESTION_ZH = re.compile(r"(?:请问|(?<!没)什么" + _NOTHING_ZH + _AND_SUCH_ZH + r"|(?<!没)啥" + _NOTHING_ZH +
                          _AND_SUCH_ZH +
                          # ("唱到哪个字哪个字变色": "whichever … that one", said of how it looks - no
                          # question)
                          r"|哪些|哪个(?!(.{1,2}?)\s*(?:就)?\s*哪个\1)(?<!哪个.哪个)(?<!哪个..哪个)|哪种|"
                          r"(?:怎么|如何)(?!\s*(?:整|弄|搞|剪|改|做|来)?\s*(?:都|也)\s*(?:行|可以|成|好|没问题|无所谓))|"
                          # "传不上去 咋整": 咋 is speech for 怎么 - how to deal with it, asked
                          # ("咋变竖屏" is no such question by itself)
                          # ("咋整都行", "怎么弄都可以": "any way you like" - a free hand, no question)
                          r"咋(?:整|办|弄|搞|处理|解决)(?!\s*(?:都|也)\s*(?:行|可以|成|好|没问题|无所谓|ok|OK))|"
                          r"为什么|为啥|多长|多久|多少|多大|" + _HOW_ADJ_ZH + "|"
                          # "视频号和抖音的竖屏尺寸一样吗", "…和…是一个东西吗": whether two are the same
                          r"一样吗|一样不|相同吗|(?:是)?(?:一|同一)(?:个|回|种)(?:东西|事|意思|功能)吗|"
                          r"是否|会不会|"
                          r"比较合适|有用吗|有必要吗|值得吗|有意义吗|几\s*分钟\S{0,2}(?:合适|比较好|最好|为宜)|"
                          r"有没有|区别|"
                          r"建议|技巧|好还是|还是.{0,12}好|算不算|算侵权|侵权|一般|完播率|需要.{0,8}吗|一定|"
                          # ("前面十几秒是我在调三脚架": 十几秒 is "ten-odd seconds", said - no "how many")
                          r"要不要|能不能.{0,4}(?:用|发)|有什么|列一下|推荐(?!多|少|量|会|就|更|也|机制|算法)|最佳|怎么样|好不好|收费|免费|要"
                          r"钱|(?<![那这前后头尾好十])几(?:段|个|秒|倍|步)(?!\S{0,2}(?:太|有点|很|拖|慢|长|没意思|之间|中间))"
                          # ("帮我剪几段精彩的出来": a few of a kind to pick - no count asked)
                          r"(?!\s*(?:最)?(?:精彩|好看|高光|好玩|有意思|有趣|搞笑))(?!人[\u4e00-\u9fff])(?!\s?(?:的)?\s?(?:空白|黑屏|静音|没人|没声|没有声|多余))|多少倍|"
                          r"\?$|"
                          # "花钱下载的歌能直接拿来做广告吗": whether a thing may be used, not an edit
                          r"能(?:不能)?(?:直接)?(?:拿来|拿去|用来|用于|用在|商用)|商用|"
                          r"(?:选|用|要|挑).{0,12}还是.{0,12}[?？啊呢]|" + _CHOICE_ZH + "|"
                          # "封面选哪一帧比较吸引人": which one of a kind, asked
                          r"哪\s*(?:一)?\s*(?:帧|张|秒|段|款|首|版)" + _ANY_ZH.replace(
                              r"(?:一)?\s*(?:段|个|张|帧|秒|部分|条|边|种|样|块|截)?\s*", "", 1) +
                          r"|比较吸引人|更吸引人|付费|"
                          # "抖音也是-14 LUFS吗 还是只有youtube这样": a yes/no question, then "or only X"
                          r"吗\s*[，,。\s]*还是|还是(?:只有|只是|仅仅?|就)\S{0,12}(?:这样|才|要求|需要)|"
                          # "视频导出后在哪找", "字幕放哪里不会被挡住": where something is, asked
                          r"在哪(?:里|儿)?(?:找|看|能找到|下载|保存|存)|"
                          r"哪里(?:不会|会|能|可以|比较|最|合适)|"
                          # "gif能带声音不": "can it … or not", the 不 said at the end
                          r"(?:能|可以|会|支持)(?!帮|给)[\u4e00-\u9fff\w]{1,8}"
                          r"不[?？啊呀]?$|"
                          # "用流行歌会被下架吗": what a platform does about music rights, asked
                          r"版权|下架|限流|"
                          # "速度1.0就是正常速度对吧 数值越大越快？": a guess said, then checked - a tag
                          # question ("…对吧", "…是吧", "…对不对")
                          + _TAG_ZH + ")")  # "导出的时候选1080P还是720P啊？"


# "要不要加个标题", "该不该降噪": whether to make an edit, asked (the 不要 in it is no "don't")
_WHETHER_TO_ZH = (r"(?:要不要|该不该|需不需要|应不应该|用不用)\s*(?:再|先|也)?\s*(?:(?:把|给)\S{0,10}?)?"
                  r"(?:加|去|剪|删|调|改|换|做|降|配|放|开|关)")
# "准不准", "够不够", "清不清楚": a yes/no question said as "A or not A" (能不能 / 可不可 ask for an edit)
# ("时不时冒出杂音", "动不动就卡": "now and then", said of the footage - no question)
# ("不对不对", "不是不是": a "no" said twice - no "A or not A" in it)
_A_NOT_A_ZH = r"(?<!不)(?!能|可|时不时|动不动)([\u4e00-\u9fff])不\1"
# "把口头禅全剪掉会不会听起来很不自然？", "停顿都去掉的话会不会太赶", "嗯啊都删了听起来会很怪吗": an edit
# said, then whether it would sound / look wrong, asked (nothing after it asks for the edit)
_CONSEQUENCE_ZH = re.compile(
    r"(?:剪|删|去|切|砍|减|拿)(?:掉|除|了|完|光)\S{0,6}?[，,]?\s*(?:的话|之后|以后)?\s*[，,]?\s*"
    r"(?:听起来|看起来|感觉|整体|效果|视频|节奏)?\s*(?:会不会|是不是会|是不是|会(?=[^，,。；;！!？?帮给把]{1,12}[吗么嘛]))"
    r"\s*(?:听起来|看起来|感觉|显得|变得|让人觉得)?\s*(?:很|太|更|有点|比较|特别|非常)?\s*"
    r"(?:不自然|不连贯|不顺|怪|奇怪|突兀|生硬|别扭|假|机器人|太赶|赶|急|快|短|断|卡|跳|尴尬|难听|难看|不舒服)"
    r"[^，,。；;！!？?]{0,6}[吗么嘛啊呀]?\s*[?？]*\s*$")
# "cut all the ums, would that sound weird?", "remove the pauses - will it look choppy?": an edit said, then
# whether it would sound / look wrong, asked (nothing after it asks for the edit)
_CONSEQUENCE_EN = re.compile(
    r"[,;.\-–—]\s*(?:but\s+|and\s+|or\s+)?(?:would|will|wont|won'?t|wouldn'?t|does|doesn'?t|is|isn'?t)\s+"
    r"(?:that|it|this|they|those|doing that|doing so)\s+(?:\w+\s+)?"
    r"(?:sound|look|feel|come across|be|get|seem)\s+"
    r"(?:\w+\s+)?(?:weird|odd|off|unnatural|robotic|choppy|jumpy|jarring|strange|bad|awkward|fake|abrupt|rushed|"
    r"too (?:fast|choppy|abrupt|short|rushed|jumpy)|unprofessional|cheap|wrong)\b[^?.!]*\?+\s*$")
# "bgm不要了 茶艺视频还是安静点好", "音乐删了 还是清净点好": an edit asked in one clause, and in a clause of
# its own (no edit, no choice in it) why the result is better - a preference said, no question
_PREFERRED_ZH = re.compile(
    r"(?:不要了|去掉|删掉|删了|拿掉|关掉|静音|撤掉)\S{0,3}[\s，,。；;！!]+"
    r"(?:[^\s，,。；;！!?？]{0,10}?)(?<!好)还是(?:[^\s，,。；;！!?？]{0,8}?)(?:好|比较好|好些|好点|舒服)"
    r"(?:吧|啊|哈|些|一些|点)?\s*[。!！]?\s*$")
_UNSUPPORTED_ZH = r"滤镜|字体|贴纸|特效|美颜|变声|动画|表情包|画质增强"
# "要给钱不", "这算商用不", "会被告不": a clause that ends in 不 after the verb it asks about - yes or no
# asked
# ("先不", "也不", "都不": not doing it, said)
_CLAUSE_NOT_ZH = (r"(?:要|算|得|需要|用|会|能|可以|收|给|付|是|有|行|让)(?!不)[\u4e00-\u9fff]{0,6}"
                  r"(?<![先也都还就并决绝再暂别])不(?=\s*(?:$|[\s，,。；;?？!！]))")
_ASKING_ZH = re.compile("(?:" + _CHOICE_ZH + "|" + _TAG_ZH + r"|[?？吗呢啊呗]|怎么|如何|"
                        r"咋(?:整|办|弄|搞|处理|解决)|哪" + _ANY_ZH +
                        r"|(?<!没)啥" + _NOTHING_ZH + _AND_SUCH_ZH +
                        r"|(?<!没)什么" + _NOTHING_ZH + _AND_SUCH_ZH + r"|建议|区别|列一下|多长|多久|多少|" +
                        _HOW_ADJ_ZH + "|"
                        # "婚礼快剪一般剪几分钟合适": how long, asked in minutes, or what length suits
                        r"几\s*分钟|合适\s*$|"
                        r"准不准|会不会|"
                        r"为啥|为什么|"
                        r"是不是|推荐(?!多|少|量|会|就|更|也|机制|算法)|最佳|怎么样|好不好|"
                        r"(?<![那这前后头尾好十])几(?:段|个|秒|倍|步)(?!\S{0,2}(?:太|有点|很|拖|慢|长|没意思|之间|中间))(?!人[\u4e00-\u9fff])(?!\s?(?:的)?\s?(?:空白|黑屏|静音|没人|没声|没有声|多余))|多大|比较合适|"
                        r"还是.{0,12}(?:好|合适|更)|"
                        r"(?:能|可以|会|支持)(?!帮|给)[\u4e00-\u9fff\w]{1,8}不[?？啊呀]?$|"
                        # "要给钱不 这算商用不": "…or not" said with a clause-final 不 after what is asked
                        # (要 / 算 / 得 …), each clause its own yes-no question
                        + _CLAUSE_NOT_ZH + ")")


# the words a request puts on the picture: quoted, or after a colon that follows "加上 / 写 / 标题 / 改成 …"
_SHOWN_ZH = re.compile(r"\"[^\"]+\"|“[^”]+”|「[^」]+」|『[^』]*』|‘[^’]+’|(?<![A-Za-z])'[^']+'(?![A-Za-z])|"
                       r"(?<=加上|写上|打上|显示|标题|文字|文案)\s*[:：]\s*[^?？]+$|"
                       r"(?<=[加写打])\s*(?:一行|一句|个)?\s*(?:字|文字|话|标题)\s*[:：]\s*[^?？]+$|"
                       r"(?<=改成|换成|改为)\s*[:：]\s*[^?？]+$|"
                       # "加一段免责声明 放底部全程 字小一点：…": where and how big said before the colon
                       r"(?<=一点|一些|全程|底部|顶部|顶上|底下)\s*[:：]\s*[^?？]+$|(?<=免责声明)\s*[:：]\s*[^?？]+$")


# another editor named as the one whose feature is asked about ("like capcut's curve speed", "像剪映那样")
_OTHER_EDITOR = (r"\b(?:capcut|cap cut|premiere|final ?cut|fcp|davinci|resolve|imovie|inshot|vn|"
                 r"after effects|"
                 r"splice|filmora|vegas|descript|kapwing|clipchamp|veed|kdenlive|shotcut|openshot)\b|剪映|必剪|快影|达芬奇")


# what the subtitles' language is: the one spoken - transcribed, never translated
SPOKEN_LANGUAGE = (
    "Subtitles are written in the language that is spoken: Spanish speech gives Spanish subtitles (say “add "
    "Spanish subtitles”), English speech English ones. They are transcribed, not translated — English "
    "speech won't come out as Spanish text.",
    "字幕是按视频里说的语言转写的：说西班牙语就出西班牙语字幕（说“加西班牙语字幕”），说英语就出英文字幕。"
    "只转写不翻译——英语讲话不会变成中文字幕。")
_LANGUAGE_EN = (r"(?:spanish|french|german|chinese|mandarin|cantonese|japanese|korean|portuguese|italian|"
                r"hindi|arabic|russian|english|vietnamese|thai|dutch|polish|turkish|indonesian|tagalog|ukrainian|"
                r"(?:an?other|other|a different|different|multiple|two) languages?)")
_LANGUAGE_ZH = (r"(?:英文|中文|英语|汉语|普通话|粤语|西班牙语|西语|日语|日文|韩语|韩文|法语|法文|"
                r"德语|德文|俄语|葡萄牙语|意大利语|阿拉伯语|越南语|泰语|双语|外语|其他语言|别的语言)")
# "can the subtitles come out in spanish?", "字幕能出英文的吗": the language of the subtitles, asked of them
_SUBTITLE_LANGUAGE_EN = (r"(?:can|could|will|would) (?:the\s+)?(?:auto[\s-]?)?(?:subtitles|captions|subs)\s+"
                         r"(?:also\s+|even\s+)?(?:come out|be|show up|show|appear|display|go|get made|"
                         r"be made|be done|be generated|be written)\s+(?:in|as)\s+" + _LANGUAGE_EN +
                         r"\b[^?]*\?$")
_SUBTITLE_LANGUAGE_ZH = (r"字幕\s*(?:也|还)?\s*(?:能不能|可不可以|能|可以|支持)\s*"
                         r"(?:出|做成|做|是|用|显示|弄成|变成|生成|识别|转成|翻成|翻译成)?\s*(?:成)?\s*" +
                         _LANGUAGE_ZH + r"\s*(?:的)?\s*(?:字幕)?\s*(?:吗|么|不|嘛)\s*[?？]?$")
# the output a capability question names when it asks whether one can be had (answered yes, not defined)
_OUTPUT_ASKED = re.compile(r"\b(?:srts?|vtts?|gifs?|sidecar|(?:subtitle|caption|transcript|text) files?)\b|"
                           r"字幕文件|动图|表情包|(?<![a-z])(?:srt|vtt|gif)")


def _spoken_language(said: str, zh: bool) -> str | None:
    """The language answer, when a capability question asks for the subtitles in a language."""
    if re.search(r"\b(?:subtitles?|captions?|subs)\b[^?]*\b" + _LANGUAGE_EN + r"\b|字幕\S{0,10}" +
                 _LANGUAGE_ZH, said):
        return SPOKEN_LANGUAGE[1] if zh else SPOKEN_LANGUAGE[0]
    return None


# captions the viewer switches on and off (closed captions, soft subtitles): a kind of output - a subtitle
# file beside the video, never burned in ("captions that learners can switch on and off", "subtitles people
# can toggle", "观众自己可以开关的字幕", "能关掉的字幕")
_SWITCHABLE_EN = (r"(?:(?:closed|soft|toggleable|switchable)\s+(?:captions|subtitles|subs)\b|"
                  r"(?:captions|subtitles|subs|cc)\s+(?:that\s+|which\s+)?(?:(?:the\s+)?[\w'-]+\s+){0,2}?"
                  r"(?:can|could|are able to|get to)\s+(?:switch|turn|toggle|flip)\s+(?:them\s+)?"
                  r"(?:on\s+(?:and|or|&)\s+off|off(?:\s+(?:and|or)\s+on)?)\b)")
_SWITCHABLE_ZH = (r"(?:(?:那种|这种)\s*)?(?:(?:观众|学生|用户|看的人|别人|大家)\s*)?(?:自己\s*)?"
                  r"(?:(?:可以|能)\s*)?"
                  r"(?:开关|关掉|关闭|打开关闭|开启关闭|隐藏|开和关)\s*(?:的)?\s*字幕|软字幕|可关闭的字幕")
# a kind of output, named as a kind (a file format or a file beside the video), never a change of what is
# there ("can it make the captions bigger" names the captions, not an output)
_OUTPUT_KIND = (_SWITCHABLE_EN + r"|"
                r"(?:(?:an?|some|the)\s+)?(?:separate\s+|standalone\s+|sidecar\s+|little\s+|animated\s+)?"
                r"(?:srts?|vtts?|(?:subtitle|caption|transcript|text)\s+files?|transcripts?|gifs?|thumbnails?)\b"
                r"(?:\s+files?)?|(?:subtitles|captions|subs)\s+(?:as|in|into|to)\s+(?:an?\s+)?(?:srt|vtt)\b|"
                r"(?:videos|clips|recordings|vids)\s+into\s+(?:animated\s+)?gifs\b")


# "can you export gifs?", "can you loop a video here?", "does this support picture in picture?",
# "这里能导出动图吗": whether something can be done at all (no object of this project named) - answered.
# One table, as the ways below (_CAPABILITY_WAYS_EN): each entry a way the question is said, read after the
# lead words ("ok so", "btw") and to the end of the text.
_CAPABILITY_LEAD_EN = r"^(?:(?:ok|okay|so|hey|hi|um|and|also|btw|just wondering)[,\s]+)*"
_CAPABILITY_ASKED_EN: tuple[str, ...] = (
    r"(?:can|could) (?:you|u|i|we)\b[^?]*\b(?:here|at all|with (?:this|you)|in (?:this|here)"
    r"(?: (?:app|tool|editor|notebook|thing))?)\s*(?:\?|,?\s*or (?:nah|not|no)\s*\??)$",
    # ("can you make gifs from this?": gifs (plural, a kind) of this footage, no part named - still whether)
    r"(?:can|could) (?:you|u) (?:\w+ ){1,2}(?:gifs|thumbnails|subtitles in other languages)"
    r"(?: (?:from|out of|with) (?:this|it|these|this footage|this stuff))?\s*\?$",
    r"(?:can|could) (?:you|u) (?:do|make|handle) (?:\w+ ){0,2}(?:gifs|videos|slideshows|"
    r"picture[- ]in[- ]picture|pip|transitions|timelapses?)\s*\?$",
    # "can you make gifs out of my vod clips?": gifs (a kind) from their clips in general (plural, no part
    # named) - whether gifs can be had at all
    r"(?:can|could) (?:you|u) (?:make|export|turn|create|get|pull|cut) "
    r"(?:some |little |short |animated )?gifs\s+"
    r"(?:out of|from) (?:my|our) (?:[\w-]+ ){0,2}?(?:clips|videos|vids|recordings|streams|vods)\s*\?$",
    r"(?:do|does) (?:you|this|it|the (?:app|tool|editor))\s+(?:support|handle|do)\b[^?]*\?$",
    # "can this do subtitles in spanish?", "can this thing make slideshows?": asked of the tool
    r"(?:can|could|will) (?:this|this (?:thing|app|tool|editor|notebook)|the (?:app|tool|editor|thing))\s+"
    r"(?:do|make|handle|export|support|add|generate|create|burn|translate|read|open)\b[^?]*\?$",
    # "can it do karaoke style lyrics?": "it" asked what it does is the tool
    r"(?:can|could|will) it\s+(?:do|handle|support)\b[^?]*\?$",
    # "can the subtitles come out in spanish? half my class are ESL": a language asked of the subtitles
    _SUBTITLE_LANGUAGE_EN,
    # "can it spit out an srt file for the interview recordings?", "could it export subtitles as a vtt
    # file?", "can it turn videos into gifs for my blog?": a kind of output asked of "it" - the tool
    r"(?:can|could|will|would) it\s+(?:also\s+|even\s+|actually\s+)?(?:spit out|export|output|produce|"
    r"generate|make|create|give (?:me|us|you)|save|write|pump out|churn out|turn|convert)\s+"
    r"(?:" + _OUTPUT_KIND + r")[^?]*\?$",
    # "can this thing give me an srt file of the captions?": the same kind of output, asked of the tool by
    # name ("this thing", "the app") - a file it can hand over, not a change of this video
    r"(?:can|could|will|would) (?:this (?:thing|app|tool|editor|notebook)|the (?:app|tool|editor|thing))\s+"
    r"(?:also\s+|even\s+|actually\s+)?(?:spit out|output|produce|give (?:me|us|you)|save|write|pump out|"
    r"churn out)\s+(?:" + _OUTPUT_KIND + r")[^?]*\?$",
    r"(?:are you|is it) (?:able|possible) to\b[^?]*\b(?:here|at all)\s*\?$",
    # "is it possible to get a gif out of this for my slides?": whether a kind of output exists, asked
    r"(?:is it|would it be) possible to (?:get|make|export|do|create|have) (?:an? )?(?:gifs?|thumbnails?|"
    r"slideshows?|picture[- ]in[- ]picture|pip)\b[^?]*\?$",
    # "is it possible to turn a piece of this into a gif for the newsletter?": an unnamed piece made into a
    # kind of output - whether it can be done, asked (which piece is not said, so nothing can be exported)
    r"(?:is it|would it be) possible to (?:turn|make|convert|cut|get) (?:a|one|some|any) (?:little |short |"
    r"small )?(?:piece|part|bit|section|snippet|chunk|moment) (?:of|from|out of) (?:this|it|the video)\s+"
    r"(?:into|to|as) (?:an? )?(?:animated )?gif\b[^?]*\?$",
    # "is it possible to get an srt file out of it?": a file beside the video, as a kind of output
    r"(?:is it|would it be) possible to (?:get|make|export|create|have|output) (?:" + _OUTPUT_KIND +
    r")[^?]*\?$",
    # "can you make captions that learners can switch on and off instead of burned in?": captions of the
    # kind viewers switch off, asked for as a kind ("can you add subtitles?" stays an edit)
    r"(?:can|could|will|would) (?:you|u)\s+(?:also\s+|even\s+|actually\s+)?(?:do|make|give (?:me|us)|offer|"
    r"produce|create|provide|export|output|generate|support)\s+(?:some\s+|the\s+)?(?:" + _SWITCHABLE_EN +
    r")[^?]*\?$",
    r"(?:is it|would it be) possible to (?:get|make|export|create|have|output|do) (?:some\s+|the\s+)?(?:" +
    _SWITCHABLE_EN + r")[^?]*\?$",
    # "can you do speed ramps like capcut's curve speed?": a feature of another editor, asked of this one
    r"(?:can|could) (?:you|u|this|it) (?:do|make|handle|pull off|manage|add)\b[^?]*\b(?:like|the way|same as|"
    r"similar to|as in)\s+(?:in\s+)?(?:capcut|cap cut|premiere(?: pro)?|final ?cut(?: pro)?|fcp|davinci|"
    r"resolve|"
    r"imovie|inshot|vn|after effects|ae|splice|edits app|filmora|vegas)\b[^?]*\?$",
)
_CAPABILITY_EN = re.compile(_CAPABILITY_LEAD_EN + "(?:" + "|".join(f"(?:{p})" for p in _CAPABILITY_ASKED_EN) +
                            ")")
# "gif动图", "动图gif", "gif格式的动图", "gif格式": the format said with its plain name - still only the
# format
_GIF_ZH = r"(?:gifs?(?:\s*(?:格式的?)?\s*动图|\s*格式)?|动图\s*gifs?)"
_CAPABILITY_ZH = re.compile(# "字幕能出英文的吗": a language asked of the subtitles
                            _SUBTITLE_LANGUAGE_ZH + r"|"
                            # "能做gif不", "可以导出动图么": a format asked about by itself, no subject, no 个
                            # ("这个能做成动图发微信群吗", "能导出srt字幕文件吗": made into a kind of output,
                            # and where it would go - still asked, no part said)
                            r"^(?:你们?(?:这个?|这边|这里)?|这个?|这里)?\s*(?:能|可以)\s*(?:单独)?\s*"
                            r"(?:做成?|导出?(?:成)?|生成|转成?|弄成?|出|变成)\s*(?:一个|个)?\s*"
                            r"(?i:" + _GIF_ZH + r"|动图|表情包|(?:srt|vtt)\s*(?:字幕)?\s*(?:文件)?|"
                            r"字幕文件|外挂字幕|"
                            + _SWITCHABLE_ZH + r")"
                            r"(?:\s*(?:发|放|传|贴|用在|拿去|用来)[^\s，,。；;帮把前后第\d§‹⟦]{0,10}?)?"
                            r"\s*(?:吗|不|么)\s*[?？]?$|"
                            # "能不能导成动图啊 想发家长群里": the same, asked as 能不能 (no 吗 needed)
                            r"^(?:你们?(?:这个?|这边|这里)?|这个?|这里)?\s*(?:能不能|可不可以|能否)\s*(?:单独)?\s*"
                            r"(?:做成?|导出?(?:成)?|转成?|弄成?|变成)\s*(?:一个|个)?\s*"
                            r"(?i:" + _GIF_ZH + r"|动图|表情包)"
                            r"(?:\s*(?:发|放|传|贴|用在|拿去|用来)[^\s，,。；;帮把前后第\d§‹⟦]{0,10}?)?"
                            r"\s*(?:吗|啊|呀|呢|么|的)?\s*[?？]?$|"
                            # "能做画中画吗" ("can you do picture in picture?"): the feature asked about, no
                            # clip named for it
                            r"^(?:你们?(?:这个?|这边|这里)?|这个?|这里)?\s*(?:能|可以|能不能|可不可以)\s*"
                            r"(?:做|弄|搞|支持|实现)\s*画中画(?:效果|功能)?\s*(?:吗|不|么)?\s*[?？]?$|"
                            r"(?:支持|这里(?:能|可以)|"
                            r"你们?(?:这个?|这边|这里)?(?:工具|软件)?(?:能|可以)(?!帮|给|把)|"
                            r"能不能支持).{0,14}吗\s*[?？]?$|"
                            # "能像剪映那样做曲线变速吗": a feature of another editor, asked of this one
                            r"(?:能|可以|能不能|可不可以)\s*(?:像|跟|和)\s*(?i:剪映|capcut|pr|premiere|必剪|快影|ae|"
                            r"达芬奇|final ?cut|imovie)\S{0,10}?(?:那样|一样|似的).{0,16}(?:吗|不)?"
                            r"\s*[?？]?$")
# "…吗？先问问", "just asking": said to make plain that the sentence before is a question, not an order
_JUST_ASKING_ZH = re.compile(r"[，,。.\s]*(?:我?(?:先|就|只是|随便|单纯)?问(?:问|一下|下)(?:而已|哈|啊)?|"
                             r"好奇(?:问问)?|先别(?:动|改|做))\s*[。.!！~～]*$")


# what may follow the capability question without asking for anything: why it is asked ("can you export gifs?
# want a little looping one for the app store page", "能导出动图吗？想做个循环的放应用商店") - never an order,
# a time or a part ("…? if so make one of the first 3 s", "…? 能的话帮我导出前3秒")
_WHY_AFTER_EN = re.compile(r"\b(?:if so|then|please|pls|plz|go ahead|do it|now|right now)\b|[§‹⟦]")
# "…? asking bc i want to check my swimmers flip turns frame by frame", "…? because our policy needs one":
# a reason said in so many words after the question - the words in it ("flip turns") tell why, order nothing
_REASON_AFTER_EN = re.compile(r"^\W*(?:(?:i'?m|im|i am)\s+)?(?:just\s+|only\s+)?(?:asking|wondering)\s+"
                              r"(?:bc|b/c|because|cause|'cause|cuz|coz|cos|since|as)\b|"
                              r"^\W*(?:bc|b/c|because|cuz|coz|cos)\s+(?:i|we|my|our|the|it|its|it's|there)\b")
_WHY_AFTER_ZH = re.compile(r"帮|给我|请|麻烦|把|直接|那就|的话|现在|就行|吧|导出|[§‹⟦\d]")


# "is it possible to remove silences automatically? i heard capcut does that", "can it cut the pauses?
# apparently premiere has that": what another editor is said to do, remarked after the question - the
# question is whether this one does it too (a feature asked about, not an order)
# (set off by a stop, or said as hearsay: "can u sync the cuts to the beat like capcut does" compares inside
# the request - no remark after it)
_HEARSAY_EN = (r"(?:(?:i|we)\s+(?:heard|hear|read|saw|have seen|was told|know|think)\s+(?:that\s+)?|"
               r"(?:apparently|supposedly|evidently)\s+|"
               r"(?:my\s+\w+|someone|somebody|a friend|people|ppl|everyone)\s+(?:said|says|told me)\s+"
               r"(?:that\s+)?)")
_APP_DOES_EN = (r"(?:(?:" + _OTHER_EDITOR + r")(?:'s)?\s+(?:\w+\s+)?(?:does|do|did|has|had|have|can|could|"
                r"offers|supports|got|gets|lets you)\b|(?:in|on|with)\s+(?:" + _OTHER_EDITOR +
                r")\s+(?:you|u|it|they|there'?s)\b)[^?]*$")
_APP_REMARK_EN = re.compile(
    r"(?:[?.!,;:…]+\s*|\s+[-–—]+\s*)(?:(?:and|but|cause|because|bc|cuz|since)\s+)?" + _HEARSAY_EN + r"?" +
    _APP_DOES_EN + r"|\s+(?:(?:and|but|cause|because|bc|cuz|since)\s+)?" + _HEARSAY_EN + _APP_DOES_EN)
# the question such a remark follows: whether "it" / this tool can do a thing, or whether it is possible
_ASKED_OF_TOOL_EN = re.compile(
    r"^(?:(?:ok|okay|so|hey|hi|um|and|also|btw)[,\s]+)*(?:(?:is it|would it be|is that) (?:even |at all )?"
    r"possible (?:to|for (?:you|u|it|me|us) to)\b|(?:can|could|will|does|do) (?:it|you|u|this|"
    r"this (?:app|tool|editor|thing|notebook)|the (?:app|tool|editor|thing))\b|"
    r"(?:is there|do you have|have you got|does (?:it|this) have) (?:a|an|any|some)\b)[^?]*\?$")
# "quick q can you do picture in picture", "question: can it export gifs": said to be a question up front -
# the question mark it lacks is implied
_QUESTION_FIRST_EN = re.compile(r"^(?:(?:a|one|just a|real|super)\s+)?(?:quick|random|small|dumb|silly|"
                                r"stupid|noob|simple)\s+(?:q|qn|qs|question)\b[\s:,.–—-]*|"
                                r"^(?:q|question)\s*:\s*")
_QUESTION_FIRST_ZH = re.compile(r"^(?:问一下|问下|请问|想问一下|想问下|问个问题|弱弱地?问一下?|小白问一下?)"
                                r"[，,：:\s]*")
# "能自动去掉停顿吗？听说剪映有这个功能", "可以自动删掉没声音的地方吗 剪映好像就可以": another editor said to
# do it, remarked after the question
_APP_REMARK_ZH = re.compile(r"^\s*(?:我)?(?:听说|听人说|听别人说|看到|看别人|好像|据说|朋友说|别人说|有人说)?"
                            r"\s*(?:用)?\s*(?:" + _OTHER_EDITOR + r")\s*(?:里|上)?\s*"
                            r"(?:(?:好像|就|都|也|一般|是)\s*){0,2}(?:有|能|可以|支持|自带|会)")
# the question such a remark follows: whether it can be done here (no clip, part or "帮我" named)
_ASKED_OF_TOOL_ZH = re.compile(r"^(?:你们?(?:这个?|这边|这里)?|这个?|这里|这边)?\s*"
                               r"(?:能不能|可不可以|能|可以|支持|会)\s*(?:自动|一键)?[^?？]{1,16}?(?:吗|么|不)?\s*[?？]?$")


# Whether it can be done at all, asked in ways that carry no "here" / no question mark of their own - one
# table, each entry a way the question is said (read on the normalised text; ZH on the raw text). A polite
# request ("can you trim the first 5 sec?", "能帮我把开头剪掉吗") names this video or a part of it, or says
# 帮我 / please, and is vetoed by _ORDERED_EN / _ORDERED_ZH below.
_CAN = r"(?:can|could|does|do|will|would)"
_TOOL = r"(?:you|u|it|this|this (?:app|tool|editor|thing|notebook)|the (?:app|tool|editor|thing))"
_CAPABILITY_WAYS_EN: tuple[str, ...] = (
    # "quick q can you add subtitles to videos", "question: could it do slow mo": said to be a question
    # up front, then whether the tool does it
    r"^(?:(?:a|one|just a|real|super)\s+)?(?:quick|random|small|dumb|silly|stupid|noob|simple)\s+"
    r"(?:q|qn|qs|question)\b[\s:,.–—-]*" + _CAN + r" " + _TOOL + r"\b",
    r"^(?:q|question)\s*:\s*" + _CAN + r" " + _TOOL + r"\b",
    # "can you rotate videos?", "can it speed up a video", "can you add subtitles to clips?": the thing
    # done to videos in general (bare plural, "a" / "any" video) - what the tool does, not this video
    r"^" + _CAN + r" " + _TOOL + r"\s+(?:even\s+|also\s+)?(?:[\w-]+\s+){1,3}?(?:(?:to|on|in|of|for)\s+)?"
    r"(?:videos|vids|clips|footage in general|an? (?:video|vid|clip)|any (?:video|vid|clip)s?)"
    r"(?:\s+(?:here|at all|in general))?\s*\??$",
    # "can you even do slow mo", "can it even add music": "even" asks whether it is possible at all
    r"^(?:can|could|does|do) " + _TOOL + r"\s+even\b",
    # "wondering if it can do slow motion", "i wonder if this app does subtitles": the tool's ability
    # wondered about ("i was wondering if you could add subtitles" is a polite request - "you" is left out)
    r"^(?:(?:i'?m|im|i was|was|just)\s+)?(?:wondering|wonder|curious)\s+(?:if|whether)\s+"
    r"(?:it|this|this (?:app|tool|editor|thing)|the (?:app|tool|editor))\s+"
    r"(?:can|could|does|will|supports?)\b",
    # "can you add music? asking because my friend wants to know": said to be asked, and why
    r"^" + _CAN + r" " + _TOOL + r"\b[^?]*\?\s*(?:(?:i'?m|im|i am)\s+)?(?:just\s+|only\s+)?asking\s+"
    r"(?:bc|b/c|because|cause|'cause|cuz|coz|cos|since|for)\b",
    # "is it possible to add captions automatically?", "can it cut the pauses automatically": done by the
    # tool by itself - a feature asked about
    r"^(?:(?:is it|would it be) possible to|" + _CAN + r" " + _TOOL + r")\b[^?]*\bautomatically\s*\??$",
)
_CAPABILITY_WAYS_ZH: tuple[str, ...] = (
    # "问下能不能加字幕", "想问一下可以做慢动作吗": said to be a question up front (请问 is left out - "请问能
    # 帮我…吗" is a polite request; 帮 / 把 are vetoed anyway)
    r"^(?:问一下|问下|想问一下|想问下|问个问题|快问一下|弱弱地?问一下?|小白问一下?)[，,：:\s]*"
    r"(?:你们?|这里|这个|这边)?\s*(?:能不能|可不可以|能否|能|可以|会|支持)",
    # "能不能加速啊 还是说只能剪", "可以做慢动作吗 还是说不支持": whether it can, against what it may be
    # limited to - a question of what the tool does
    r"^(?:你们?|这里|这个|这边)?\s*(?:能不能|可不可以|能否|能|可以|支持)[^，,。？?]{1,12}?"
    r"(?:[吗么啊呀呢])?\s*[？?，,\s]\s*还是说",
    # "剪映能做的你这都能做吗", "capcut能做的这里也都可以吗": whether it does all another editor does - a
    # question of the tool (its 剪 is the editor's name, never a cut)
    r"^\s*(?:" + _OTHER_EDITOR + r")\s*(?:里|上)?\s*(?:能做|能干|能|可以做|可以|会|有|支持)的\s*"
    r"(?:功能|东西|事情?|操作)?\s*[，,]?\s*(?:你们?|这里|这个|这边)?\s*(?:这|这里|这边)?\s*(?:都|也|全)\s*"
    r"(?:都)?\s*(?:能|可以|会|有|支持)",
    # "能自动加字幕吗", "可以自动去掉停顿不": done by the tool by itself - a feature asked about
    r"^(?:你们?|这里|这个|这边)?\s*(?:能不能|可不可以|能否|能|可以|会)\s*自动[^，,。？?]{1,12}?"
    r"(?:吗|么|不)?\s*[?？]?$",
)
_CAPABILITY_WAY_EN = re.compile("|".join(f"(?:{p})" for p in _CAPABILITY_WAYS_EN))
_CAPABILITY_WAY_ZH = re.compile("|".join(f"(?:{p})" for p in _CAPABILITY_WAYS_ZH))
# what makes any of those an order: please / then / a time / a file / this video or a part of it named
_ORDERED_EN = re.compile(r"\b(?:please|pls|plz|for me|then|go ahead|do it|now|right now)\b|[§⟦]|"
                         r"[\w-]+\.(?:mp4|mov|mp3|wav|png|jpe?g)\b|"
                         r"\b(?:this|my|the|our|these|those|both|all (?:the|my)) (?:video|vid|clip)s?\b|"
                         r"\b(?:the\s+)?(?:first|last|intro|outro|start|beginning|end|ending|middle)\b")
_ORDERED_ZH = re.compile(r"帮|给我|替我|请(?!问)|麻烦|把|这个视频|这段|那段|我的|开头|结尾|前面|后面|[§⟦\d]")


def heard_of_elsewhere(text: str) -> str | None:
    """The question alone, when it asks whether this tool does a thing and a remark after it says another
    editor does ("is it possible to remove silences automatically? i heard capcut does that",
    "能自动去掉停顿吗？听说剪映有这个功能"); None otherwise. The remark is why it is asked - never an
    order."""
    said = _QUESTION_FIRST_ZH.sub("", _JUST_ASKING_ZH.sub("", text.strip()))
    if (other := re.search(r"[？?，,\s]\s*还是说", said)) and _CAPABILITY_WAY_ZH.search(said) and \
            not _ORDERED_ZH.search(said):
        # "能不能倒放啊 还是说只能加速": what it may be limited to ("只能加速") is no second thing asked
        # for - the question is the part before 还是说
        return said[:other.start()].rstrip(" ，,？?啊呀呢") + "？"
    if re.search(r"[\u4e00-\u9fff]", said):
        head, mark, tail = said.rpartition("？") if "？" in said else said.rpartition("?")
        unmarked = re.match(r"([^?？]*?(?:吗|么|(?<=[a-z图包件])不))\s+(\S[^?？]*)$", said)
        if not mark and unmarked:
            head, mark, tail = unmarked.group(1)[:-1], unmarked.group(1)[-1], unmarked.group(2)
        # ("能不能自动把停顿剪掉？剪映就有": 把 with the thing asked about names nothing of this video)
        if mark and _APP_REMARK_ZH.search(tail) and _ASKED_OF_TOOL_ZH.search(head + mark) and \
                not re.search(r"这个视频|这段|那段|我的|帮我|给我|把(?:这|那|我|它|视频|片子)|[§‹⟦\d]", head):
            return head + mark
        return None
    remark = _APP_REMARK_EN.search(said.lower())
    if remark is None or remark.start() == 0:
        return None
    asked = said[:remark.start()].rstrip(" ,.;:-–—…")
    asked = asked if asked.endswith("?") else asked + "?"
    if "?" in asked[:-1] or not _ASKED_OF_TOOL_EN.search(asked.lower()) or \
            _WHY_AFTER_EN.search(asked.lower()):
        return None
    return asked


def _capability_way(norm_text: str, raw: str) -> bool:
    """Whether the tool can do a thing, asked in one of the ways of _CAPABILITY_WAYS_EN / _ZH, with
    nothing in it that makes it an order for this video."""
    if re.search(r"[\u4e00-\u9fff]", raw):
        return _CAPABILITY_WAY_ZH.search(raw) is not None and _ORDERED_ZH.search(raw) is None
    text = norm_text.strip().lower()
    return _CAPABILITY_WAY_EN.search(text) is not None and _ORDERED_EN.search(text) is None


# "剪完能直接帮我同步到抖音吗？还是得我自己传", "can you post it to tiktok for me or do i upload it myself":
# whether the tool posts it, against doing it themselves - how the tool works is asked (it cannot post: the
# refusal's words answer it), however politely the first half is put
_POST_OR_MYSELF = re.compile(
    r"还是(?:说)?\s*(?:我|我们)?\s*(?:得|要|需要|必须|只能|要不要)\s*(?:我|我们)?\s*(?:自己|手动|亲自)\s*(?:再)?\s*"
    r"(?:去|来)?\s*"
    r"(?:发|传|上传|发布|同步|投稿|分享)|"
    r"\bor (?:do|would|will|should|must|shall|have|need) (?:i|we)\s+(?:(?:still|just|then|have to|need to|"
    r"gotta|got to)\s+){0,2}(?:upload|post|publish|share|put)\w*\b(?:[^?]*\b(?:myself|ourselves|manually|"
    r"by hand|on my own)\b)?|"
    r"\bor (?:is|does) (?:that|it)\b[^?]*\b(?:on me|my job|up to me)\b")


def is_capability(norm_text: str, raw: str) -> bool:
    """Whether something can be done at all, asked without asking for it to be done to this video."""
    # "can u make gifs from this??", "can you do pip?!": a question mark said twice (or with "!") is the
    # one question mark the ways below end on
    norm_text = re.sub(r"\?[?!]+|!+\?", "?", norm_text)
    if _POST_OR_MYSELF.search(raw.strip().lower()) and re.search(
            r"\b(?:upload|post|publish|share)\w*|发|传|同步|投稿", raw.lower()):
        return True  # "…吗？还是得我自己传": whether it posts for them, asked
    bare = _JUST_ASKING_ZH.sub("", raw.strip())
    if _capability_way(norm_text, bare):
        return True  # one of the ways in the table above
    if re.search(r"[\u4e00-\u9fff]", bare):
        bare = _QUESTION_FIRST_ZH.sub("", bare)  # "问一下 能做画中画吗": said to be a question up front
        head, mark, tail = bare.rpartition("？") if "？" in bare else bare.rpartition("?")
        # ("能不能导成动图啊 想发家长群里": 啊 after the format ends a 能不能 question the same way)
        # ("能不能导出gif的 想发家长群", "能不能导出gif 想…": a 能不能 question ends at the format, with or
        # without a 的 after it)
        if not mark and (asked := re.match(r"([^?？]*?(?:吗|么|(?<=[a-z图包件])不|(?:能不能|可不可以|能否)"
                                           r"[^?？\s]{1,12}?[a-z图包](?:啊|呀|呢|的)?))\s+(\S[^?？]*)$",
                                           bare)):
            head = asked.group(1)
            head = head[:-1] if re.search(r"[吗么不啊呀呢的]$", head) else head
            head, mark, tail = head, "吗", asked.group(2)  # "你能导出gif吗 想做个…": no mark
        # ("你这能导gif吗 以后想把猫咪的片段做成表情包": what they mean to do some other time is why it is
        # asked, whatever verbs it has)
        later = re.match(r"\s*(?:我|我们)?\s*(?:以后|之后|将来|改天|下次|回头|到时候|过几天|有空)"
                         r"\s*(?:再)?\s*(?:想|要|打算|准备|可能|会)", tail)
        # ("能导出gif吗 想把猫猫做成表情包": what they want to make of it, no part or time said - why it is
        # asked; "…想把前3秒做成动图" names a part, an order)
        wants = re.match(r"\s*(?:我|我们)?\s*(?:就是|主要是|是)?\s*(?:想|想要|打算|准备)\s*把",
                         tail) and not re.search(
            r"帮|给我|请|麻烦|直接|那就|的话|现在|就行|吧|导出|[§‹⟦\d]|前|后|这段|那段|开头|结尾|最后|中间|这个视频|这条",
            tail)
        if mark and tail.strip() and (later or wants or not _WHY_AFTER_ZH.search(tail)) and \
                not _EDIT_VERB_EN.search(tail):
            bare = head + mark  # the question, then why it is asked
        return heard_of_elsewhere(raw) is not None or (
            _CAPABILITY_ZH.search(bare) is not None and
            not re.search(r"这个视频|这段|我的|帮我|给我|把", bare))
    text = norm_text.strip()
    if (first := _QUESTION_FIRST_EN.match(text)) and first.end() < len(text):
        # "quick q can you do picture in picture": the question mark it lacks is implied
        text = text[first.end():]
        text = text if "?" in text else text.rstrip(" .!") + "?"
    # "can you make gifs out of my skate clips or only videos?", "can it do slow mo or just speed ups?": what
    # it may be limited to is no second thing asked - the question is the part before "or only"
    limited = re.sub(r"[,\s]+or\s+(?:is\s+it\s+|do\s+(?:you|u)\s+|can\s+(?:you|u|it)\s+|does\s+it\s+)?"
                     # ("can you remove the music or just lower it?": a choice of edits to this video, not a
                     # limit of the tool)
                     r"(?:only|just|strictly|purely)\b(?![^?]*\b(?:it|them|this|that|these|those|the|my|our)\b)"
                     r"[^?]{1,40}\?", "?", text)
    if limited != text and re.match(_CAN + r" " + _TOOL + r"\b[^?]*\?$", limited) and \
            not _ORDERED_EN.search(limited):
        return True  # (whether it is limited is asked of the tool, nothing of this video named)
    text = limited
    heard = heard_of_elsewhere(text)
    if heard is not None:
        text = heard  # "is it possible to …? i heard capcut does that"
    head, mark, tail = text.partition("?")
    if mark and tail.strip() and not _WHY_AFTER_EN.search(tail) and (
            not _EDIT_VERB_EN.search(tail) or _REASON_AFTER_EN.search(tail)) and "?" not in tail:
        text = head + mark  # "can you export gifs? want a little looping one for the app store page"
    return (_CAPABILITY_EN.search(text) is not None or heard is not None) and not re.search(
        r"\b(?:this|my|the) (?:video|clip)\b|[\w-]+\.(?:mp4|mov|mp3|png|jpe?g)\b|§|"
        # ("can it export a gif of the intro?": a part of this video named - the export asked for)
        r"\b(?:of|from)\s+(?:the|my|this|that)\s+(?:intro|outro|start|beginning|end|ending|middle|first|last|"
        r"part|bit|segment|section|moment|highlight)s?\b", text)


# "…? just asking", "just advice pls, don't edit", "no edits, just curious": said after a question to make
# plain that it is only asked - the question is answered and nothing is edited
_JUST_ASKING_EN = re.compile(
    r"[\s,.;:!-]*\b(?:(?:i'?m |im )?just (?:asking|curious|wondering)|asking for a friend|only asking|"
    # "…? just checking before i promise it to our front desk lady": only checked, and why, said after
    r"(?:i'?m |im )?(?:just|only) (?:checking|double[\s-]?checking|making sure|wanna check|want to check)"
    r"(?: (?:first|before (?:i|we) [^?]+))?|"
    r"(?:just |only )(?:some |an? )?(?:advice|tips?|question|opinion|thoughts?)"
    r"(?: (?:pls|please|plz|for now))?|"
    r"(?:pls |please |plz )?(?:don'?t|dont|do not) (?:edit|change|touch) (?:anything|it|the video|my video)?"
    r"(?: yet)?(?: (?:pls|please|plz))?|no edits?(?: (?:yet|pls|please|plz))?|"
    r"not (?:asking you )?to (?:edit|change) (?:it|anything)|(?:i'?m |im )?curious|"
    # "…? i never know", "… idk tbh": the person's own doubt, said after the question
    r"(?:i |me )?(?:never|always) (?:know|remember|get (?:it|this) right)|i (?:never|always) forget|"
    # ("…? or is it 3:4 now, I keep getting it wrong", "…? i always mix them up": the same doubt, said of
    # the times before)
    r"(?:i |i'?ve |ive )?(?:keep|always|kept) (?:getting|get|mixing|mix|confusing|confuse|forgetting) "
    r"(?:it|this|that|them|these|those)(?: (?:wrong|up|mixed up))?|"
    # ("…? asking before I start, for the accessibility team": asked first, and for whom - before the work)
    r"(?:i'?m |im )?(?:just |only )?asking (?:before|ahead of|first before) (?:i|we) (?:start|begin|"
    r"get going|do anything|dive in|edit)\b[^?]*|"
    # ("something w transitions maybe? idk" is a hedged request, not a question: a bare "idk" is no marker)
    r"(?:i'?m |im )?never sure)[\s.!,;:)]*$")
# "is it possible to get spanish subtitles on this?": whether it can be done, said with a question mark -
# only a question when said to be only asked ("… just checking")
_POSSIBLE_ASKED = re.compile(r"^(?:(?:ok|okay|so|hey|hi|um|uh|and|also|btw)[,\s]+)*"
                             r"(?:is it|would it be|will it be|are you|would you be) (?:even |at all )?"
                             r"(?:possible|able) to\s+(?P<act>[^?]+?)\s*\?")
# "do filler word removers cut mid-word?", "will auto captions work with my accent?": asked of a tool or
# feature (read in the words as written - "removers" is not the verb "remove")
_TOOL_QUESTION_EN = re.compile(
    r"^(?:do|will|would|can|could) (?!(?:a|an|the|some|it|this|that|my|me|us|one|both|all|any|you|u|i|we)\b)"
    r"(?:[a-z-]+ ){0,2}(?:[a-z-]+(?:ers|ors|tools|apps|plugins|features|filters)|auto[- ]?\w+)\b[^?]*\?")
# "as an editor, what would you cut first?": the role asked of, said before the question
# ("podcast duo here - how long should …", "teacher here, …": who is asking, said before the question)
_ROLE_FIRST = re.compile(r"^(?:(?:speaking )?as an? (?:[\w-]+ ){0,2}[\w-]+\s*,\s*|"
                         r"(?:[\w'-]+ ){0,3}[\w'-]+ here\s*(?:[-–—,:;]|\.\.\.)\s*)")


def _asked_only(text: str) -> str | None:
    """The question before "just asking" / "don't edit" markers at the end, or None when there are none."""
    rest = text
    while True:
        m = _JUST_ASKING_EN.search(rest)
        if m is None or (m.start() == 0 and rest is not text):
            break
        rest = rest[:m.start()]
    return rest.strip() if rest is not text and rest.strip() else None


def _said_not_asked(head: str) -> bool:
    """Words before a question that tell what happened or how it is, asking nothing to be done."""
    head = head.strip()
    lead = r"(?:(?:please|pls|plz|now|then|also|and|ok|okay|so|just|first|hey|hi)[,\s]+)*"
    asking = r"\b(?:please|pls|plz|can (?:you|u)|could (?:you|u)|i (?:want|need)|i'?d like|let'?s)\b|[?]"
    # ("lose the bgm, doesnt match the vibe", "ditch the song, doesnt fit": an order with a verb of taking
    # away, then why - not what happened)
    taken = (r"(?:lose|ditch|kill|scrap|nuke|axe|get rid of|take (?:out|off|away)|take (?:the|this|that|my)\b"
             r"[^,;]*\b(?:off|out|away)|lower|raise|boost|reduce|swap|replace)\b")
    return not (_REQUEST_EN.search(head) or re.match(lead + _EDIT_VERB_EN.pattern, head) or
                re.match(lead + taken, head) or re.search(asking, head))


# one value of a setting a choice is asked between, bare heights too ("720 or 1080 for youtube")
# "is it possible to make the fishing video go longer without filming more of it?", "素材不够 不补拍能把视频
#拉长点吗": made longer with no new footage - how, asked (slow it, loop it, freeze frames, photos)
_LONGER = (r"\b(?:longer|lengthen\w*|extend\w*|stretch(?:ed|ing)?\s+(?:it\s+|this\s+|the\s+[\w-]+\s+)?out|"
           r"pad(?:ded|ding)?\s+(?:it\s+|this\s+|the\s+[\w-]+\s+)?out|"
           r"make\s+(?:it|this|the\s+[\w-]+(?:\s+[\w-]+)?)\s+last\b|"
           r"more (?:minutes|seconds|runtime|run time)|"
           r"fill (?:up )?(?:more )?time)|变长|拉长|延长|加长|长一点|长一些|凑(?:够)?时长|凑够|撑到")
_NO_FOOTAGE = (r"\bwithout (?:filming|shooting|recording|re-?shooting|re-?filming|more|new|extra|any more|"
               r"adding (?:more|new)|going back)\b|"
               r"\b(?:don'?t|dont|do not|didn'?t|didnt)\s+have\s+(?:any\s+)?(?:more|enough|extra|other)\s+"
               r"(?:footage|clips?|video|shots?|material)\b|"
               r"\bnot enough (?:footage|clips?|material|shots?)\b|"
               r"\bno (?:more|extra|other) (?:footage|clips?|shots?|material)\b|"
               r"\bcan'?t (?:film|shoot|record) (?:any )?more\b|"
               r"不(?:再|重新)?(?:补拍|重拍|再拍|拍新的|多拍)|没(?:有)?(?:更多|多余|别的|其他)?(?:的)?素材|"
               r"素材(?:不够|太少|就这么多|有限)|"
               r"没法(?:再|重新)?(?:补拍|重拍|拍)")
LONGER_ASKED = re.compile(r"(?=.*(?:" + _LONGER + r"))(?=.*(?:" + _NO_FOOTAGE + r"))"
                          r"(?=.*(?:[?？吗么]|\bis (?:it|there)\b|\bcan (?:i|we|you|u|it)\b|\bhow\b|"
                          r"\bany ?way\b|怎么|如何|能不能|可不可以|有没有办法|有什么办法))")

_CHOICE_VALUE = (r"mp4|mov|webm|gif|mkv|avi|\d+\s*:\s*\d+|‹r\d+by\d+›|\d{3,4}p|[248]k|"
                 r"(?:480|720|1080|1440|2160)(?!\s*(?:ms|s|sec|seconds?|x|%|fps))|\d+\s*fps|square|vertical|horizontal|landscape|portrait")
# whether something is worth it, which of two, or what a platform does - asked, never an order:
_CHOICE_ASKED_EN = re.compile(
    # "is there any point exporting 4k …", "is it even worth adding captions"
    r"\bis there (?:any|much|a|really any) point\b|\bis it (?:even |really )?worth (?:it|\w+ing)\b|"
    # "mp4 or webm for yt, does it matter": a choice, then whether it matters
    r"\bor\b[^?]*,\s*(?:does|would|will) (?:it|that) (?:even |really )?matter\s*\??$|"
    # "can the captions come out in spanish or is it english only"
    r"\bor (?:is|are) (?:it|that|they|this|these) (?:\w+ ){0,2}only\s*\??$|"
    # "can we put the logo on vids with stock footage or is that a licensing problem": whether it is allowed
    r"\bor (?:is|would|will|could|does|might) (?:that|it|this) (?:(?:gonna|going to|likely to) )?"
    r"(?:be |cause |get us into )?(?:an? )?"
    r"(?:[\w-]+ )?(?:problem|issue|violation|risk|no-no|trouble)s?\b[^.!]*$|"
    # "mp4 or mov for the projector guy?", "9:16 or 4:5 for reels?": two values of one setting, asked
    r"^(?:(?:so|ok|okay|hmm|and|also|btw)[,\s]+)*(?:an? )?" + r"(?P<opt_a>mp4|mov|webm|gif|mkv|avi|srt|vtt|"
    r"\d+\s*:\s*\d+|‹r\d+by\d+›|\d{3,4}p|[248]k|\d+\s*fps|square|vertical|horizontal|landscape|portrait)"
    r"\s+or\s+(?:an? )?(?!(?P=opt_a)\b)(?:mp4|mov|webm|gif|mkv|avi|srt|vtt|\d+\s*:\s*\d+|‹r\d+by\d+›|"
    r"\d{3,4}p|[248]k|\d+(?:\s*fps)?|square|vertical|horizontal|landscape|portrait)(?!\w)[^?.!]*\?|"
    # "1080p or 4k for the projector at church, its pretty old", "720 or 1080 for youtube?": two values of one
    # setting and what it is for, no verb - a choice asked, question mark or not ("…, you pick" / "whichever"
    # hands the choice to me: left to the edit rules)
    r"^(?:(?:so|ok|okay|hmm|and|also|btw|quick q)[,\s]+)*(?:an? )?(?P<opt_c>" + _CHOICE_VALUE + r")\s+"
    r"(?:or|vs\.?|versus)\s+(?:an? )?(?!(?P=opt_c)\b)(?:" + _CHOICE_VALUE + r")(?!\w)\s*[,?]?\s*"
    r"(?:for|on|to|in)\s+(?![^?]*\b(?:(?:you|u) (?:pick|choose|decide)|whichever|your (?:call|choice)|"
    r"up to (?:you|u)|either (?:is|works|one)|dealer'?s choice)\b)|"
    # "would 4:5 or 1:1 work better on the feed", "is 720p or 1080p better for a projector": which of two
    # values of one setting is better, asked (with or without a question mark)
    r"^(?:(?:so|ok|okay|hmm|and|also|btw)[,\s]+)*(?:is|are|would|will|does|do|should|could)\s+(?:it\s+be\s+)?"
    r"(?:an?\s+)?" + r"(?P<opt_b>mp4|mov|webm|gif|mkv|srt|vtt|\d+\s*:\s*\d+|‹r\d+by\d+›|\d{3,4}p|[248]k|"
    r"\d+\s*fps|square|vertical|horizontal|landscape|portrait)\s+or\s+(?:an?\s+)?(?!(?P=opt_b)\b)"
    r"(?:mp4|mov|webm|gif|mkv|srt|vtt|\d+\s*:\s*\d+|‹r\d+by\d+›|\d{3,4}p|[248]k|\d+\s*fps|square|vertical|"
    r"horizontal|landscape|portrait)(?!\w)\s+(?:\w+\s+){0,2}?(?:better|best|worse|nicer|preferable|"
    r"recommended|the (?:better|best|right) (?:choice|option|pick))\b|"
    # "crop to the facecam or do the blurred bars thing?": which of two edits, asked (never both done)
    r"(?:^|[:;—–]\s*|\s-+>?\s*)(?:(?:so|ok|okay|hmm|and|also|btw)[,\s]+)*" + r"(?:crop|trim|cut|add|do|"
                                                                             r"use|put|"
    r"blur|speed|slow|zoom|fit|letterbox|pad|mute|fade|keep|leave|stretch|scale|split|lower|duck|go)\b"
    r"[^?,;]*?\s+or\s+(?:just\s+|maybe\s+|rather\s+|instead\s+|should i\s+|should we\s+)?(?:crop|trim|cut|"
    r"add|do|use|put|blur|speed|slow|zoom|fit|letterbox|pad|mute|fade|keep|leave|stretch|scale|split|lower|"
    r"duck|go)\b[^?]*\?|"
    # "should captions be burned in or delivered as an srt file"
    r"\bshould (?:the |my |our |a )?(?:[\w'-]+ ){0,2}?(?:captions?|subtitles?|videos?|clips?|text|titles?|"
    r"music|logos?|it|they|this|that) be (?:[\w'-]+ ){1,4}?or\b|"
    # "youtube or youtube shorts? the video is a minute long": which of two places to post, asked
    r"^(?:(?:so|ok|okay|hmm|and|also|btw)[,\s]+)*(?:(?:post|put|upload) (?:it |this )?(?:on|to) )?"
    r"(?P<place_a>youtube shorts|youtube|yt|shorts|tiktok|reels|instagram|insta|ig|facebook|fb|linkedin|"
    r"vimeo|snapchat)\s+or\s+(?:on\s+)?(?!(?P=place_a)\b(?!\s+shorts))"
    r"(?:youtube shorts|youtube|yt|shorts|tiktok|reels|"
    r"instagram|insta|ig|facebook|fb|linkedin|vimeo|snapchat)(?!\w)[^?.!]*\?|"
    # "should we shoot vertical or horizontal", "do i film in 4k": how to film, asked (it is before the edit)
    r"\b(?:should|shall|do|would|could) (?:i|we|you|they) (?:\w+ )?(?:shoot|film|record)\b[^?]*\?|"
    # "would subtitles even work if there's no talking?": whether an edit would work, asked
    r"^(?:would|will|does|do)\s+(?!(?:you|u|i|we)\b)(?:[\w'-]+\s+){1,3}?(?:(?:even|still|really|actually)\s+)?"
    r"(?:work|help|make sense|matter|be (?:worth it|any use|useful|pointless))\b[^?]*"
    r"\b(?:if|when|with|without|for|since)\b[^?]*\?|"
    # "will tiktok cover my text …?", "does youtube compress 4k"
    r"^(?:will|would|does|do|doesn'?t|won'?t) (?:tiktok|youtube|yt|instagram|insta|ig|reels|shorts|facebook|"
    r"fb|"
    r"twitter|x|linkedin|vimeo|the algorithm)\b|"
    # "do roblox videos get copyright claimed …", "will my clips get muted"
    r"^(?:do|does|will|would|can|could) (?:my |our |the )?(?:[\w'-]+ ){0,2}?(?:videos?|vids?|clips?|streams?|"
    r"uploads?|posts?|shorts|reels|tiktoks?) (?:get|gets|be) (?:\w+ )?(?:claimed|muted|flagged|struck|"
    r"demoneti[sz]ed|taken down|removed|blocked|copyrighted)\b")


# "something w transitions maybe? idk", "加点转场什么的？不知道": a topic named with doubt all around it -
# nothing is asked for yet, so what to do with it is asked (with the words that do it here)
_UNSURE_EN = r"(?:maybe|perhaps|i guess|i think|or something|or whatever|idk|i dunno|dunno|not sure|no idea)"
HEDGED_TOPIC = (r"^\s*(?:(?:um+|uh+|hmm+|so|idk|maybe|perhaps|like|just|i guess)[\s,]+)*(?:something|smth|"
                r"sth|some ?thing|anything)\s+(?:w/?|with|like|about|involving|using)\s+"
                r"(?:some\s+|the\s+|an?\s+)?"
                r"(?P<en>[a-z][\w'-]*(?:\s+(?!(?:maybe|perhaps|i|or|idk|dunno|not|no)\b)[a-z][\w'-]*)?)"
                r"\s*(?:[,?.!]*\s*" + _UNSURE_EN + r"\b[\s,?.!]*)+$|"
                r"^\s*(?:可能|也许|或许|要不)?\s*(?:加|弄|搞|整|来)?\s*(?:点|些|个)?\s*(?P<zh>[\u4e00-\u9fff]{1,5}?)"
                r"\s*(?:之类的?|什么的|啥的)\s*(?:吧|吗)?\s*[?？]?\s*[，,。\s]*(?:我也|我)?\s*"
                r"(?:不知道|不确定|说不好|拿不准|不太确定)\s*[。!！~]*\s*$")




# whether a trick gets past copyright detection, asked ("if i speed a song up 30% does content id still
# catch it", "听说调速+30%就能躲过版权检测 真的假的"): answered, never done
_DETECTION = (r"\bcontent ?id\b|\bcopyright\w*|\bdmca\b|"
              r"\b(?:copyright|music|audio) (?:filter|check|scan|bot)s?\b|"
              r"版权|侵权|查重|原创检测|搬运检测|音乐检测|判搬运|限流")
_EVADED = (r"\b(?:get(?:ting)? around|avoid\w*|bypass\w*|dodg\w*|trick\w*|fool\w*|beat|evad\w*|escap\w*|"
           r"slip\w* (?:past|through)|get (?:past|through|away with))\b|"
           r"躲过|躲开|绕过|绕开|避开|骗过|逃过|规避|过(?:审|检测|查重)|(?:不会?|没法|没)被\S{0,6}(?:检测|识别|查|发现|判)|"
           r"检测不(?:到|出)|查不(?:到|出)|识别不(?:到|出)|"
           # or a change made to the song or video, then whether it is still caught
           r"(?=.*(?:\bspeed\w*|\bsped\b|\bpitch\w*|\bmirror\w*|\bflip\w*|\bcrop\w*|\bslow\w*|\btempo\b|"
           r"\brevers\w*|\bremix\w*|\d+\s*%|调速|变调|变速|加速|减速|镜像|翻转|裁剪|抽帧|倍速|升调|降调))"
           r"(?=.*(?:\b(?:catch\w*|caught|detect\w*|flag\w*|notic\w*|pick\w* (?:it |that |them )?up|claim\w*|"
           r"recogni[sz]\w*)\b|检测|识别|查出|发现))")
_ASKED_IF = (r"[?？]|\b(?:does|do|did|will|would|can|could|is|are|won'?t|doesn'?t)\b|"
             r"真的假的|是真的吗|真的吗|吗|是不是|能不能|有没有用|有用吗|管用吗|行不行|靠谱吗|可行吗")


def _evading_asked(text: str) -> bool:
    return bool(re.search(_DETECTION, text) and re.search(_EVADED, text) and re.search(_ASKED_IF, text)) and \
        not re.search(r"^\s*(?:please|pls|plz)\b|\b(?:please|pls|plz)\s*$|^(?:帮我|给我|请)", text)


# "抖音怎么加字幕 直接帮我把字幕加上", "剪辑怎么消除原声？…帮我去掉": a request said last, in a
# clause of its own (not one that asks for advice - "帮我看看", "帮我推荐" - nor one with a question
# word in it)
_LAST_ASKS_ZH = re.compile(r"(?:^|[，,。；;！!？?\s])(?:那|那你|你|就|所以)?\s*(?:直接|就|顺便)?\s*"
                           r"(?:请你?|麻烦你?|帮我|给我|替我|帮忙)\s*(?:直接|就)?\s*"
                           r"(?!看|想|推荐|建议|说|讲|解释|分析|判断|查|列|出个?主意|选|挑|决定|评)"
                           r"(?:(?!吗|呢|么|怎么|什么|啥|哪|如何|多少|几|是否|要不要|行不行|能不能|"
                           r"可不可以)[^，,。；;！!？?\s]){1,20}[。!！~～]*\s*$")


def asked_then_requested(raw: str) -> str | None:
    """ "抖音怎么加字幕 直接帮我把字幕加上": how it is done asked, then a request said last - the
    request with what was said about the video before it (the how-to clauses dropped: they name no edit
    of their own), or None."""
    text = raw.strip()
    if not re.search(r"[\u4e00-\u9fff]", text) or not _LAST_ASKS_ZH.search(text):
        return None
    parts = [p.strip() for p in re.split(r"(?<=[，,。；;！!？?])|\s+", text) if p.strip()]
    asked = r"怎么|如何|怎样|咋|吗|[？?]"
    kept = [p for p in parts if not re.search(asked, p)]
    if len(kept) == len(parts) or not kept:
        return None
    if re.fullmatch(r"\W*(?:那|那你|你|就)?\s*(?:直接|就)?\s*(?:请你?|麻烦你?|帮我|给我|替我|帮忙)\s*"
                    r"(?:直接|就)?\s*[\u4e00-\u9fff]?(?:上|掉|一下|下|了|好)(?:吧|啊|呗|哈)?\W*",
                    parts[-1]) and \
            not any(re.search(r"[把将给]", p) for p in kept):
        # "怎么给视频加字幕？帮我加上": the request says no object - what was asked about is it (the question
        # words dropped)
        kept = [re.sub(asked + r"|(?<=[\u4e00-\u9fff])(?:啊|呢|呀)(?=\W|$)", "", p) for p in parts]
    out = " ".join(p.strip() for p in kept if p.strip())
    said = re.search(r"gif|动图", " ".join(p for p in parts if p not in kept), re.IGNORECASE)
    if said and re.search(r"导出|输出|做成|生成", out) and \
            not re.search(r"gif|动图|mp4|mov|webm|视频|jpe?g|png|封面|图片", out, re.IGNORECASE):
        # "你能导出gif吗 帮我导出前3秒": the format asked about is what the export asked for makes
        out += " " + said.group(0)
    return out


# "…fan noise in the background, how can i get rid of it": a noise in the recording described, then how to
# take "it" away - asked to be done (the words before say what it is)
_RID_OF_IT_EN = re.compile(r"[,.;!]\s*(?:so\s+|but\s+|and\s+)?"
                           r"(?:how (?:can|do|could|would|should) (?:i|we|you|u)|"
                           r"is there (?:an? |any )?(?:\w+ )?way to|(?:any|an) (?:\w+ )?way to)\s+"
                           r"(?:get rid of|remove|reduce|fix|clean up|lower|kill|eliminate|lose|filter out|"
                           r"wipe out|suppress)\s+(?:it|that|this|them)(?:\s+(?:out|up))?\s*\??\s*$")
_NOISE_EN = r"\b(?:nois\w*|hiss\w*|hum|humming|buzz\w*|static|crackl\w*|rumbl\w*|whine|whining|whir\w*)\b"
# "how can i cut out the fan noise in the background", "how do i get rid of the hum in my voiceover": how to
# take out a noise that is in this recording (named with "the" / "this" / "that") - asked to be done, like
# "can you …"; a general how-to ("how do i remove background noise") or one about filming ("how do i avoid the
# fridge hum next time") stays a question
_HOW_RID_OF_NOISE_EN = re.compile(
    r"^(?:(?:so|ok|okay|hey|hi|um|uh|and)[,\s]+)*how (?:can|do|could|would) (?:i|we|you|u)\s+"
    r"(?:remove|cut out|get rid of|reduce|clean up|kill|eliminate|filter out|take out|lose|lower|"
    r"strip out|suppress)\s+"
    r"(?:the|that|this|all the|all that|those|these)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:nois\w*|hiss\w*|hum|humming|buzz\w*|crackl\w*|rumbl\w*|whine|drone)\b")
_NOISE_LATER_EN = (r"\bnext time\b|\bin (?:the )?future\b|\bavoid\b|\bprevent\b|\bin general\b|"
                   r"\bwhen (?:i|we|you) (?:film|record|shoot)|\bwhile (?:filming|recording|shooting)\b|"
                   r"\bin (?:premiere|resolve|davinci|capcut|audacity|final ?cut|imovie|obs)\b|\bmyself\b")


# "can i add my own font?", "can i legally post a video of me reading a picture book?", "should our practice
# be on tiktok?": whether the person may or can do something, or advice asked about their own business -
# never an order to me
_ASKED_MORE_EN = re.compile(
    r"^(?:(?:ok|okay|so|hey|hi|um|uh|and|btw|honestly)[,\s]+)*(?:"
    r"(?:can|could|may) (?:i|we) (?:add|use|upload|import|bring|install|load|get) (?:in )?(?:my|our) own\b|"
    r"(?:can|could|may) (?:i|we) (?:legally|actually|even|really|safely|still) (?:use|post|upload|put|share|"
    r"publish|show|play|read|monetize|monetise)\b|"
    r"(?:should|shall|is|isn'?t|are|aren'?t|does|doesn'?t) (?:our|your|his|her|their)\b[^?]*\?)")


# "if i crop 16:9 to 9:16 how much do i lose", "if we export at 720p will it look blurry": what a change
# would do, asked (a condition, then a question word) - nothing is asked to be done
# ("quick q if the captions are burned in can ppl still turn them off": a thing of the video as the subject
# of the condition, and whether viewers can do something asked - "can you …" after it stays an order)
_IF_ASKED_EN = re.compile(r"^(?:(?:so|and|but|ok|okay|hmm|quick (?:question|q))[,\s]+)*if\s+"
                          r"(?:i|we|you|u|it|(?:the|my|our)\s+[\w'-]+)\s+"
                          r"[^?,]{1,60}?[,\s]\s*(?:how (?:much|many|long|bad|big)|what (?:happens|will|would|"
                          r"does|do)|will (?:it|that|this|the|i|we|people)|would (?:it|that|this|the|i|we)|"
                          r"(?:can|could) (?:people|ppl|viewers|they|anyone|someone|others|i|we)|"
                          r"does (?:it|that|this|the|my|your|our|his|her|their)|do (?:i|we|the|my|our)|"
                          r"is (?:it|that|there)|am i)\b")


# "if a song says royalty free does that mean its free??", "so that means i can post it?": what something
# means, asked - a question about words or a rule, never an edit (even with an edit word inside it)
_MEANING_EN = re.compile(
    r"\b(?:does|do|did|would|will|doesn'?t|don'?t|wouldn'?t)\s+"
    r"(?:that|this|it|they|these|those|\w+(?:[ -]free)?)"
    r"\s+(?:really\s+|actually\s+|still\s+|also\s+|automatically\s+|necessarily\s+|just\s+|basically\s+|"
    r"even\s+)?"
    r"(?:mean|imply|count as)\b|"
    # "my friend keeps saying 'duck the music' what's that supposed to mean": a term heard, asked about
    r"\bwhat(?:'s|s|\s+is)\s+(?:that|this|it|⟦\d+⟧)\s+(?:even\s+|actually\s+|really\s+)?(?:supposed to\s+)?"
    r"(?:mean|stand for)\b|\bwhat (?:do|does|did) (?:they|he|she|you|people|ppl|editors|[\w'-]+) mean by\b|"
    r"^(?:(?:so|and|ok|okay|wait|hmm)[,\s]+)*(?:that|this|it|which)\s+means\b[^.!]*\?|"
    # "royalty free means i dont pay anything ever right?", "royalty-free music is free to use forever,
    # right?": what a word means, said and checked with a tag question
    r"^(?:(?:so|and|ok|okay|wait|hmm)[,\s]+)*(?!(?:the|my|our|this|that|it|its|it's|your|his|her|their)\b)"
    r"(?:[\w'-]+\s+){0,3}?[\w'-]+\s+(?:means?|is|are)\s+(?!too\b|way too\b|so\b)[^.!?]*?[,\s]\s*"
    r"(?:right|correct|yeah|yes|no|isn'?t it|aren'?t they|doesn'?t it|don'?t they|true|yea|ya)\s*\?+\s*$|"
    # "so fit blur = the blurry bars on the sides, right?": a name set equal to what it is taken to mean,
    # checked (a tag or a question mark) - never a value ("volume = 50%" is no question)
    r"^(?:(?:so|and|ok|okay|wait|hmm|just to check|to be clear)[,\s]+)*(?:[\w'-]+\s+){0,3}?[\w'-]+\s*"
    r"(?:==?|≈)\s*(?![\d§‹])[^=?]+?(?:[,\s]\s*(?:right|correct|yeah|yes|isn'?t it|true|yea|ya)\s*\?*|"
    r"\?+)\s*$")
# an order said before the meaning question ("add music, does that mean …"): the sentence is a request
_ORDER_BEFORE_EN = re.compile(r"(?:^|[,;.!?]\s*)(?:(?:please|pls|plz|now|then|also|and|ok|okay|so)\s+)*"
                              r"(?:(?:can|could|would|will) (?:you|u) )?"
                              rf"(?:{_EDIT_VERBS}|lower|raise)\b")
# "免版税的意思是可以随便用吗", "标了CC是不是就等于能商用": what something means, asked
_MEANING_ZH = re.compile(r"(?:意思是|意味着|就等于|等于说|就是说|是不是就|是不是说|指的是)\S{0,24}?"
                         r"(?:[吗么嘛]|[?？]|(?=\s|$))|是不是(?:就|意味着|等于|指)")
# a platform's own app as who does it: "微信视频号能直接加水印吗", "抖音可以自动加字幕吗" - what the
# platform offers, asked (not "can you do it to my video": 能帮我 / 给我 / 把 ask me)
PLATFORM_ZH = (r"(?:微信)?(?:抖音|快手|小红书|[bB]\s*站|哔哩哔哩|视频号|微博|西瓜视频|朋友圈|油管|youtube|"
               r"tiktok|ins|instagram)")
_PLATFORM_CAN_ZH = re.compile(
    r"^(?:请问|问一下|问下|那|那么|所以)?\s*" + PLATFORM_ZH +
    r"\s*(?:上|里|里面|平台|app|自己|本身|自带的?(?:编辑器|功能)?)?\s*"
    r"(?:能不能|可不可以|能|可以|支持|允许|会不会|会|有没有办法)(?!帮|给我|替我|把)"
    r"[^，,。；;！!？?]{1,16}$", re.IGNORECASE)
_ASKED_ZH_END = r"[吗么嘛?？]\s*$|不\s*[?？]?\s*$|能不能|可不可以|会不会|有没有办法"
# "instagram reels is 16:9 right? or is it the other way round", "youtube shorts are 9:16, correct?",
# "tiktok uses vertical yeah?": what a platform uses, said as a guess and checked - answered, never applied
# (an order names no platform as its subject: "make it 9:16 right?" is still an order)
_PLATFORM_EN = (r"(?:the\s+)?(?:(?:instagram|insta|ig|youtube|yt|facebook|fb|tiktok|tik tok|snapchat|snap|"
                r"linkedin|twitter|pinterest|douyin|xiaohongshu|rednote|bilibili|kuaishou|vimeo)"
                r"(?:\s+(?:reels?|stories|story|shorts|feed|posts?|videos?|vids?|live))?|reels?|shorts|"
                r"stories)")
# "can twitch clips be longer than 60 sec", "do youtube shorts go over a minute": how long a platform's
# videos may run, asked (the video's own length is asked with "it" / "this", not a platform's clips)
_PLATFORM_LENGTH_EN = re.compile(
    r"^(?:(?:so|ok|okay|hmm|wait|btw|um|uh|hey|quick q)[,\s]+)*(?:can|could|do|does|will|are|is)\s+"
    r"(?:the\s+)?"
    r"(?:tiktoks?|reels?|shorts|youtube|instagram|insta|twitch|facebook|fb|snapchat|twitter|linkedin)\b"
    r"(?:\s+[\w']+){0,2}?\s+(?:be|go|run|get|last)\s+(?:(?:any\s+|much\s+)?(?:longer|over|past|more)\b|"
    # "can youtube shorts be 3 minutes long now or is it still 60 sec": a length said for the platform's
    # videos is its limit asked about - never the preset applied
    r"(?:up\s+to\s+|as\s+long\s+as\s+)?§\d+§\s*(?:long|max|or\b|now\b|\?|$))")
_PLATFORM_GUESS_EN = re.compile(
    r"^(?:(?:so|ok|okay|hmm|wait|and|btw|um|uh|hey|i think|i thought|i believe|pretty sure|i'?m pretty sure)"
    r"[,\s]+)*" + _PLATFORM_EN + r"(?:'s|\s+(?:is|are|was|were|uses?|used|wants?|needs?|takes?|prefers?|"
    r"likes?|supports?|runs?(?:\s+(?:at|in|on))?|(?:is|are)\s+(?:meant|supposed)\s+to\s+be|should be|"
    r"has to be|have to be|(?:is|are)\s+(?:usually|normally|always|still|all|mostly)|"
    # "youtube normalizes everything to -14 anyway right?": what the platform does to an upload
    r"(?:(?:already|automatically|just)\s+)?(?:normali[sz]es?|turns?\s+(?:\w+\s+)?down|compress(?:es)?|"
    r"re-?encodes?|crops?|caps?|limits?|counts?)))\s+"
    r"(?:[\w‹›:.%×-]+\s+){0,4}?[\w‹›:.%×-]+"
    r"(?:\s*,?\s*(?:right|correct|yeah|yes|no|yep|true|isn'?t it|aren'?t they|doesn'?t it|don'?t they|innit|"
    r"ya|yea|am i right|is that right|i think|i guess|i believe)\s*\??|\s*\?)"
    r"(?:\s*(?:or\s+(?:is\s+it\s+|was\s+it\s+|are\s+they\s+)?(?:the\s+)?(?:other\s+way\s+(?:round|around)|"
    r"vice\s+versa|(?:[\w‹›:.%×-]+\s+){0,2}?[\w‹›:.%×-]+))\s*\??)?"
    # ("… right? so do i even need to bother": whether it is worth doing here, asked after)
    r"(?:\s*,?\s*(?:so\s+|then\s+)?(?:do|should|would|does|is)\s+(?:i|we|it|there)\s+"
    r"(?:even\s+|still\s+|really\s+)?"
    r"(?:need\s+to\s+bother|bother|need\s+to\s+(?:do|normali[sz]e)\s+(?:it|that|anything)|"
    r"(?:even\s+)?matter|(?:any\s+)?point|worth\s+it)(?:\s+(?:then|at all|here|with it|doing it))?"
    r"\s*\??)?\s*$")
# "do closed captions and burned in captions count the same for accessibility or no", "does a 4:5 and a 1:1
# post work the same on the feed or not": whether two things are equal, asked (a yes/no closed by "or no")
_SAME_ASKED_EN = re.compile(
    r"^(?:(?:so|ok|okay|hmm|wait|btw|quick question)[,\s]+)*(?:do|does|did|would|will)\s+"
    r"(?:[\w'‹›:.-]+\s+){1,8}?"
    r"(?:count|work|look|play|perform|rank|get treated|behave|show up)\s+(?:the\s+same|equally|alike|"
    r"as\s+well)\b[^?]*(?:\?|\bor\s+(?:no|not|nah|what)\b\s*\??)\s*$")
# "抖音是竖屏吧？", "小红书应该是3:4的吧", "b站用的是横屏对吧": what a platform uses, guessed and checked
_PLATFORM_GUESS_ZH = re.compile(
    r"^(?:我记得|我以为|我觉得|好像|印象中|请问)?\s*(?:发)?" + PLATFORM_ZH +
    r"\s*(?:上|里|的视频|视频|平台)?\s*(?:一般|通常|都|应该|好像)?\s*(?:是|用的?是|用|要求|要)\s*"
    r"[^，,。；;！!？?把帮给]{1,12}?\s*(?:的)?\s*(?:吧|对吧|是吧|对不对|没错吧|吗|嘛|么)\s*[?？]?\s*"
    r"(?:[，,。\s]*还是[^，,。；;！!？?]{1,12}[?？]?)?\s*$", re.IGNORECASE)


# "can you go faster than 2x?", "can it slow down below 0.5x?", "does the speed go past 2x?": whether a limit
# can be passed, asked - a value said after "than" / "beyond" is the limit, not the value wanted ("can you
# go faster, 2x?" asks for 2x)
_LIMIT_ASKED_EN = re.compile(
    r"^(?:(?:ok|okay|so|hey|and|btw|wait|also|quick question|just wondering)[,\s]+)*"
    r"(?:can|could|will|would|does|do|is)\s+(?:you|u|it|this|the (?:app|editor|tool|engine|speed)|speed)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:(?:faster|slower|quicker|higher|lower|more|less)\s+than|beyond|past|above|below|"
    r"over|under)\s+(?:[\d.]+\s*(?:x|times|×)|§)[^?]*\?")
# "可以超过2倍速吗", "能不能快过2倍": the same limit asked in Chinese
_LIMIT_ZH = r"(?:超过|超出|高于|低于|快过|慢过|大于|小于|突破)\s*[\d.]+\s*倍"
# the limit asked, for the answer: past a speed (faster) or under it (slower), then the value
_PAST_LIMIT = (r"(?:\b(?:faster|quicker|higher|more)\s+than|\b(?:beyond|past|above|over)|"
               r"超过|超出|高于|快过|大于|突破)\s*")
_UNDER_LIMIT = r"(?:\b(?:slower|lower|less)\s+than|\b(?:below|under)|低于|慢过|小于)\s*"
_TIMES = r"(?!\d)\s*(?:x\b|times\b|×|倍)"


# "班级视频里放孩子正脸 要先经过家长同意吗", "拍路人算侵犯肖像权吗": whether showing someone is allowed -
# asked (legal and consent questions are answered, never edits)
_CONSENT_ZH = re.compile(r"(?:经过|征得|征求|取得|获得|得到|拿到|要|需要|得)\S{0,8}?"
                         r"(?:同意|授权|许可|允许|签字)\S{0,3}?(?:吗|么|嘛|不)\s*[?？]?\s*$|"
                         r"(?:肖像权|隐私权?|违法|犯法|合法|侵权|法律风险|被告)\S{0,6}?(?:吗|么|嘛|不)\s*[?？]?\s*$")
# "探店视频前三秒咋拍才能留住人", "产品视频咋拍才显得高级": how to film (咋 is speech for 怎么)
_FILMING_ZH = re.compile(r"(?:咋|怎么|怎样|如何)\s*(?:样)?\s*(?:去|来)?\s*"
                         r"(?:拍|拍摄|录|取景|构图|打光|布光|运镜|出镜)")
# "房间拍得有点暗 后期还能调亮吗", "声音录小了，剪辑的时候能调大吗": whether a fault of the filming can
# still be put right in the edit, asked - answered (how to ask for it), nothing done yet
_IN_POST_ZH = re.compile(r"(?:后期|剪辑(?:的)?(?:时候|时)|剪的时候|事后|拍完(?:以后|之后)?)\s*(?:还|也)?\s*"
                         r"(?:能不能|可不可以|能|可以|有没有办法|有办法|来得及)\S{0,10}?(?:吗|么|嘛|不)?\s*[?？]?\s*$")
# "the room came out dark, can it still be brightened in post?", "is that fixable in editing?": the same,
# in English
_IN_POST_EN = (r"\b(?:can|could) (?:that|it|this|these|those|they|the [\w-]+|my [\w-]+) "
               r"(?:still |even |really |actually )?be (?:[\w-]+ ){1,2}?(?:in post\b|in post-?production\b|"
               r"in (?:the )?edit(?:ing)?\b|after the fact\b|afterwards\b)|"
               r"\bis (?:it|that|this) (?:still |even )?(?:fixable|possible to fix|savable|salvageable|"
               r"recoverable|repairable)\b[^?]*\b(?:in post|in post-?production|in (?:the )?edit(?:ing)?|"
               r"after the fact|afterwards)\b")


# "can you do auto captions or do i have to type them all out", "do you add the music or do i need to upload
# my own": whether the editor does it or the person must - how it works, asked (never an order)
_OR_MYSELF_EN = re.compile(r"\bor (?:do|would|will|should|must) (?:i|we) (?:still |just |really )?"
                           r"(?:have to|need to|gotta|got to|hafta|have got to)\b|"
                           r"\bor (?:do|must) (?:i|we) (?:do|type|write|make|upload|add) "
                           r"(?:it|them|that|those)\b")
_OR_MYSELF_ZH = re.compile(r"还是(?:说)?\s*(?:得|要|需要|必须)\s*(?:我|我们)\s*(?:自己|手动)")
# "横屏改竖屏的话 画面两边是不是会被切掉啊", "16:9改成1:1的话 上下会不会被裁掉": an edit supposed ("…的话"),
# then what it would do, asked with 是不是 / 会不会 in the last clause
_IF_SO_ASKED_ZH = re.compile(r"的话[^。；;！!？?]{0,4}?[\s，,]\s*[^，,。；;！!？?\s帮给把]{0,10}?"
                             r"(?:是不是|会不会|是否)"
                             r"[^，,。；;！!？?\s帮给把]{1,14}?(?:啊|吗|么|呢|呀|吧|嘛)?\s*[?？]*\s*$")


# "还能回到最开始的版本吗", "can i still get back to the original version?": whether an earlier version can
# still be had, asked (a version named by its number, or "go back to it", is the history rule's)
_BACK_ZH = (r"(?:回到|回去|恢复|还原|退回|找回|换回|改回|变回)(?:到)?\s*(?:最开始|最初|[一1]\s*开始|原来|"
            r"原始|原先|之前|以前|早先|第一|最早)\S{0,3}(?:版本?|那版|样子|的样子)")
_BACK_TO_VERSION = (_BACK_ZH + r"|\b(?:go|get|going|getting|revert|return)\w*\s+(?:back\s+)?to\s+"
                    r"(?:the\s+|an?\s+|my\s+)?(?:original|first|earlier|older|previous|old|initial|unedited)\s+"
                    r"(?:version|draft|cut|one)\b")
_BACK_ASKED_ZH = re.compile(r"(?:还能|能不能|可以|可不可以|还可以|能)\S{0,4}(?:" + _BACK_ZH +
                            r")\S{0,4}(?:吗|么|嘛|不)?\s*[?？]?\s*$")


# Advice or a guess checked, asked without a question word up front - one table, each entry a way it is
# said; nothing in them is asked to be done ("make it 9:16, right?" starts with the order and is left out)
_ADVICE_WAYS_EN: tuple[str, ...] = (
    # "would adding music help", "would slow motion look better here", "does a crossfade make a difference":
    # whether an edit would improve it, asked
    r"^(?:would|will|does|do|could|might)\s+(?:[\w'-]+\s+){1,4}?(?:help|hurt|look (?:better|nicer|cooler|"
    r"worse)|sound (?:better|worse)|work better|be better|improve (?:it|things|\w+)|make (?:it|a) "
    r"(?:difference|better))\b",
    # "can i make it vertical later", "can i add text later or only now": when it may be done, asked
    r"^(?:can|could) (?:i|we)\b[^?]*\b(?:later|afterwards?|after (?:i|we) export\w*|or only now)\b",
    # "reckon 30% is too loud for music under talking?", "u think the intro drags?": my view asked with the
    # "do you" dropped - a question (with its question mark), never the edit its words name
    r"^(?:(?:so|ok|okay|hmm|honestly|and)[,\s]+)*(?:(?:do|d'?)\s*)?(?:(?:you|u|ya)\s+)?(?:reckon|think|"
    r"figure)\s+(?!(?:i'?ll|i will|we'?ll|i'?m|im|we should|i should|that'?s all)\b)"
    # ("think you could trim the intro?": a polite order)
    r"(?!(?:(?:that\s+)?(?:you|u|ya)\s+(?:can|could|would|will|might))\b)[^?]+\?",
    # "do podcast ppl usually keep music under the whole episode or only intro and outro?", "do most
    # youtubers put bgm the whole way through": what others normally do, asked - advice, never an order
    r"^(?:(?:so|ok|okay|hmm|and|also|btw)[,\s]+)*(?:do|does|would|will|should)\s+"
    r"(?:most\s+|other\s+|a lot of\s+|real\s+|pro\s+)?(?:[\w'-]+\s+){0,2}?(?:ppl|people|folks|creators|"
    r"youtubers|tiktokers|podcasters|editors|pros|professionals|streamers|vloggers|filmmakers|others|everyone|everybody|most)\s+(?:\w+\s+)?"
    r"(?:usually|normally|typically|generally|tend to|often|mostly|commonly|actually)\b",
)
_ADVICE_WAYS_ZH: tuple[str, ...] = (
    # "是不是要加字幕才行", "是不是得改成竖屏": whether it is needed, asked
    r"是不是\s*(?:一定|必须)?\s*(?:要|得|应该|该|需要|必须)",
    # "加字幕会更好吗", "放慢一点会不会更好看": whether an edit would improve it, asked
    r"会(?:不会)?\s*(?:更|比较)\s*\S{0,4}?\s*(?:吗|么|呢|啊)?\s*[?？]?\s*$|会不会(?:更)?好\S{0,3}$",
    # "音乐30%应该差不多吧？": a guess, checked
    r"(?:应该|大概|估计)\S{0,8}?(?:差不多|够了?|可以|行|没问题|合适|正常)(?:了)?吧\s*[?？]\s*$",
)
_ADVICE_WAY_EN = re.compile("|".join(f"(?:{p})" for p in _ADVICE_WAYS_EN))
_ADVICE_WAY_ZH = re.compile("|".join(f"(?:{p})" for p in _ADVICE_WAYS_ZH))
# "9:16 = vertical, right?", "music at 20% is normal for vlogs, right?": a statement, then a tag that
# checks it (the statement has a copula; an order first is left to _said_not_asked)
_TAGGED_EN = re.compile(r"^(?P<head>[^?]+?)[,\s]+(?:right|correct|yeah|yes|no|isn'?t it|aren'?t they|innit)"
                        r"\s*\?+\s*$")
_STATED_EN = re.compile(r"=|\b(?:is|are|means?|helps?|works?|counts?|should be|would be|stays?)\b")
# ("the intro is too long right?": a complaint with a tag - what to change is asked, not a fact checked)
_COMPLAINED_EN = re.compile(r"\b(?:too|way|so|super|kinda|really)\s+(?:long|short|loud|quiet|slow|fast|dark|"
                            r"bright|big|small|much|little|boring|shaky|blurry)\b|\bdrags?\b")


def _advice_way(norm_text: str, raw: str) -> bool:
    """Advice or a guess checked, asked in one of the ways of _ADVICE_WAYS_EN / _ZH or as a tagged statement,
    with no please / 帮我 in it."""
    if re.search(r"[\u4e00-\u9fff]", raw):
        return _ADVICE_WAY_ZH.search(raw) is not None and \
            re.search(r"帮|给我|替我|请(?!问)|麻烦", raw) is None
    text = norm_text.strip().lower()
    if re.search(r"\b(?:please|pls|plz|then|go ahead|do it)\b", text):
        return False
    tagged = _TAGGED_EN.match(text)
    return _ADVICE_WAY_EN.search(text) is not None or (
        tagged is not None and _STATED_EN.search(tagged["head"]) is not None and
        not _COMPLAINED_EN.search(tagged["head"]) and _said_not_asked(tagged["head"]))


def is_question(norm_text: str, raw: str) -> bool:
    """A question or a request for advice, not an edit."""
    text = norm_text.strip()
    bare = raw.strip()
    if is_capability(norm_text, raw) or _advice_way(norm_text, raw):
        return True
    if LONGER_ASKED.search(bare.lower()) and not re.search(r"\b(?:please|pls|plz)\b|帮我|给我|麻烦|§",
                                                           bare.lower()):
        return True  # "is it possible to make it go longer without filming more?": how, asked
    if _evading_asked(bare.lower()):
        return True  # "does content id still catch it if i speed it up?", "调速就能躲过版权检测 真的假的"
    if re.search(HEDGED_TOPIC, bare.lower()):
        return False  # "加点转场什么的？不知道": a request hedged, not a question (what to do is asked)
    if _BACK_ASKED_ZH.search(bare) and re.search(r"[吗么嘛?？]|能不能|可不可以", bare) and \
            not _REQUEST_ZH.search(re.split(r"[，,。；;]", bare)[-1]):
        return True  # "我改了好几次了，还能回到最开始的版本吗": whether it can be gone back to, asked
    if _PLATFORM_LENGTH_EN.search(text):
        return True  # "can twitch clips be longer than 60 sec or is that only on tiktok": a platform's limit
    if _PLATFORM_GUESS_EN.search(text) or _PLATFORM_GUESS_ZH.search(bare):
        return True  # "instagram reels is 16:9 right?", "抖音是竖屏吧？": what a platform uses, checked
    if not re.search(r"[\u4e00-\u9fff]", bare):
        text = _ROLE_FIRST.sub("", text, count=1)
        if _OR_MYSELF_EN.search(text) and not re.search(r"\b(?:please|pls|plz|then|just do|go ahead)\b|§",
                                                        text):
            return True  # "can you do auto captions or do i have to type them all out": how it works, asked
        if _CONSEQUENCE_EN.search(text):
            return True  # "cut all the ums, would that sound weird?": what an edit would do, asked
        if _SAME_ASKED_EN.search(text):
            return True  # "do closed captions and burned in captions count the same … or no": compared, asked
        meaning = _MEANING_EN.search(text)
        if meaning and not _ORDER_BEFORE_EN.search(text[:meaning.start()]) and \
                not _REQUEST_EN.search(text[:meaning.start()]):
            return True  # "if a song says royalty free does that mean its free??": what it means, asked
        rid = _RID_OF_IT_EN.search(text)
        if rid and re.search(_NOISE_EN, text[:rid.start()]) and "?" not in text[:rid.start()]:
            return False
        if _HOW_RID_OF_NOISE_EN.search(text) and not re.search(_NOISE_LATER_EN, text):
            return False  # "how can i cut out the fan noise in the background": the noise there, taken out
        if _TOOL_QUESTION_EN.search(bare.lower()):
            return True
        asked = _asked_only(text)
        if asked is not None and ("?" in asked or _QUESTION_EN.search(asked)) and \
                (not _REQUEST_EN.search(asked) or _POSSIBLE_ASKED.match(asked)):
            # "for podcast clips do ppl normalize to -16 or -14? just asking", "is it possible to get
            # spanish subtitles on this? just checking": only asked
            return True
        sentences = [x for x in re.split(r"(?<=[.!?])\s+", text) if x.strip()]
        if len(sentences) > 1 and not any(_REQUEST_EN.search(x) or re.match(
                r"(?:(?:please|pls|now|then|also|and|ok|okay|so)\s+)*" + _EDIT_VERB_EN.pattern, x)
                for x in sentences) and is_question(sentences[-1], sentences[-1]):
            # "filmed everything in 1080p. should I still export 4k for youtube": what happened, then the
            # question - nothing asked to be done
            return True
        head, comma, last = text.rpartition(",")
        # ("the logo is too big, is that fixable?", "…, is there anything you can do?": help asked of me -
        # the complaint says what to change)
        if comma and head.strip() and last.strip() and _said_not_asked(head) and not re.search(
                r"\b(?:fix\w*|you|u|ya|possible|doable|help|sort(?:ed)? out|improve\w*)\b", last) and \
                not _EDIT_VERB_EN.search(re.sub(r"\b(?:do|does|did|go|use|make)\b", "", last)) and \
                (last.strip().endswith("?") or _QUESTION_EN.search(last.strip())) and \
                is_question(last.strip(), last.strip()):
            # "i bought music.mp3 off a stock site, am i ok to use it on a paid ad?", "my clips look mushy
            # after export, is that a bitrate thing or what": what happened, then the question
            return True
    if re.search(r"[\u4e00-\u9fff]", bare):
        # "标题改成「秋天读什么」", "顶部加上：本周三本好书推荐": the words to show are not asked - a question
        # word inside them asks nothing
        bare = _SHOWN_ZH.sub("“…”", bare).strip() or bare
        if _JUST_ASKING_ZH.search(bare) and re.search(r"[?？吗]", _JUST_ASKING_ZH.sub("", bare)[-3:] or "-"):
            return True  # "能单独导出srt字幕文件吗？先问问": asked, and said to be only asked
        bare = _JUST_ASKING_ZH.sub("", bare) or bare
        # ("加字幕 免得静音看的人不知道在说什么": a purpose said after the edit - a question word inside it
        # asks nothing)
        bare = re.sub(_PURPOSE_AFTER_ZH, "", bare).strip() or bare
        if re.search(r"帮我|给我|帮忙|替我", bare):
            bare = re.sub(_HELPLESS_AFTER_ZH, "", bare).strip() or bare
        if re.search(r"(?:会不会|会)\S{0,6}?(?:听起来|看起来|听着|看着|显得|变得)?\S{0,3}?"
                     r"(?:很|太|有点|更|特别)?(?:不自然|奇怪|突兀|怪|假|生硬|卡|跳|断|乱|别扭|尴尬|难听|"
                     r"难看|廉价|low)\S{0,3}?(?:吗|么|啊|呢)?\s*[?？]\s*$", bare) and \
                not re.search(r"^(?:请(?!问)|麻烦|帮我|给我|替我|帮忙)", bare):
            # "把口头禅全剪掉会不会听起来很不自然？": what an edit would sound like, asked - not done
            return True
        if _IF_SO_ASKED_ZH.search(bare) and not re.search(r"帮我|给我|替我|请(?!问)|麻烦|§", bare):
            return True  # "横屏改竖屏的话 画面两边是不是会被切掉啊": what an edit would do, asked
        if re.search(r"(?:全程|一直|从头到尾|整个|整集)\S{0,8}还是\S{0,4}(?:只|就|光)\S{0,10}"
                     r"(?:[?？呢啊吧]|好)\s*$", bare) and not _REQUEST_ZH.search(bare):
            return True  # "背景音乐是全程放还是只放片头片尾？": which of the two is usual, asked
        if _OR_MYSELF_ZH.search(bare) and not re.search(r"帮我|给我|替我|请(?!问)|麻烦|§", bare):
            return True  # "能自动生成字幕吗 还是得我自己打": how it works, asked
        if _LAST_ASKS_ZH.search(bare):
            return False  # "抖音怎么加字幕 直接帮我把字幕加上": how it is done asked, then asked to do it
        if _PLATFORM_CAN_ZH.search(bare.strip()) and re.search(_ASKED_ZH_END, bare.strip()):
            return True  # "微信视频号能直接加水印吗": what the platform's own app can do, asked
        if _MEANING_ZH.search(bare) and not _REQUEST_ZH.search(bare):
            return True  # "免版税的意思是可以随便用吗": what something means, asked
        if re.search(r"(?:以后|之后|过后|完了?|的话)\S{0,10}?会(?!不会)"
                     r"[^，,。；;！!？?帮给把]{1,10}[吗么嘛]\s*[?？]?\s*$", bare) and \
                not _REQUEST_ZH.search(bare):
            return True  # "视频加速以后声音会变尖吗": what an edit would do, asked - nothing asked to be done
        if re.search(_LIMIT_ZH, bare) and re.search(r"[吗么嘛?？]|能不能|可不可以|行不行", bare) and \
                not _REQUEST_ZH.search(bare):
            return True  # "可以超过2倍速吗": whether a limit can be passed, asked
        if _IN_POST_ZH.search(bare) and not re.search(r"帮我|给我|替我|请(?!问)|麻烦", bare) and \
                not _REQUEST_ZH.search(re.split(r"[，,。；;\s]", bare.strip())[-1]):
            return True  # "房间拍得有点暗 后期还能调亮吗": whether it can still be done in the edit, asked
        said = re.search(r"(?:我|俺)?(?:就|只是|单纯|随便|先)\s*问(?:问|一下|下)(?:而已)?\s*[，,：:]?\s*",
                         bare)
        if said and re.search(r"能不能|可不可以|行不行|是否|(?:能|可以|行)\S{0,8}[吗么嘛]|[?？]",
                              bare[said.end():]):
            return True  # "别加音乐，我就问问字幕能不能加": said to be only asked, then the question
        # ("画面上整几个字上去": 整 / 弄 / 搞 say "put" in speech)
        # ("用AI生成几个航拍镜头": "a few" shots asked to be made)
        if re.search(r"(?:加|写|打|放|配|整|弄|搞|生成|做|来)\s*(?:上|出)?\s*几\s*(?:个|行|句|段|张|条)"
                     r"(?!\s*字幕)", bare) and \
                not re.search(r"[?？吗呢]", bare):
            return False  # "视频上帮我加几个字": "a few" words asked for, not "how many"
        if _CONSEQUENCE_ZH.search(bare):
            return True  # "把口头禅全剪掉会不会听起来很不自然？": what an edit would do, asked
        if _CONSENT_ZH.search(bare) and not re.search(r"^(?:请(?!问)|麻烦|帮我|给我|替我|帮忙)", bare):
            return True  # "班级视频里放孩子正脸 要先经过家长同意吗": whether it is allowed, asked
        if _FILMING_ZH.search(bare) and not re.search(r"帮我|给我|替我|麻烦", bare):
            return True  # "探店视频前三秒咋拍才能留住人": how to film, asked - before any edit
        # ("还是回到第3个版本吧 那个最好": "that one is best" says why, it asks nothing)
        if _REQUEST_ZH.search(bare) and not re.search(r"哪些|什么|怎么|如何|建议|推荐|最佳|最好", re.sub(
                r"(?:那|这)\s*(?:个|版|一版|次)?\s*(?:最好|最佳)(?:看|了|啦|吧)?\s*[。!！]?\s*$", "", bare)):
            return False
        # ("几段的顺序帮我调调": the few clips' order named, then the edit)
        if re.search(r"(?:这|那)?几\s*(?:段|个|条)\s*(?:(?:素材|片段|视频|镜头|小视频|clips?)"
                     r"(?:的\s*(?:顺序|次序|先后))?|"
                     r"的\s*(?:顺序|次序|先后))"
                     r"\S{0,4}?"
                     r"(?:换|调|排|剪|删|拼|接|合|加|改|放|打乱|倒)", bare) and \
                not re.search(r"[?？吗呢]|怎么|如何|哪|什么|啥|多少|建议|推荐|好不好", bare):
            return False  # "几段素材换个顺序吧": "the few clips" named, then the edit - not "how many"
        if re.search(r"(?:其他|其余|剩下的?|另外|别的)\s*几\s*(?:段|个|条)\S{0,6}?(?:删|去掉|不要|剪|拿掉)",
                     bare) and \
                not re.search(r"[?？吗呢]|怎么|如何|哪|什么|啥|多少|建议|推荐|好不好", bare):
            return False  # "就用b.mp4 其他几段都去掉": "the other few" go - not "how many"
        if re.search(r"(?:最|比较|特别|很)?\S{0,4}(?:的)\s*几\s*(?:段|个|条|处|下)\S{0,4}?"
                     # ("中间静音的几段别动": the few parts, said to be left alone)
                     r"(?:挑|选|找|拎|剪|拼|凑|串|留|做|合|别动|不用管|别管|不动|不要动|保留|别删|不要删)|"
                     r"(?:挑|选|找|拎)\s*(?:出|出来)?\s*(?:最)?\S{0,6}?几\s*(?:段|个|条|处)",
                     bare) and not re.search(r"[?？吗呢]|怎么|如何|哪|什么|啥|多少|建议|推荐|好不好", bare):
            return False  # "把猫猫最可爱的几段挑出来": "the few best parts" to pick - not "how many"
        if re.search(r"(?:要不要|该不该|应不应该|有没有必要|有必要|值不值得|值得)\S{0,8}"
                     r"(?:做|上|玩|开|入驻|搞)\S{0,3}"
                     r"(?:抖音|快手|小红书|b站|视频号|youtube|tiktok)", bare.lower()):
            return True  # "我们花店有必要做小红书吗": whether to be on a platform, asked
        if re.search(_WHETHER_TO_ZH, bare):
            return True  # "要不要加个片尾标题": whether to, asked - never "不要" (don't)
        if re.search(r"(?:买|购买|付费|花钱)\S{0,3}的?(?:歌|音乐|曲子|专辑)", bare) and \
                re.search(r"[吗么?？]\s*$|能不能|可不可以|行不行", bare):
            return True  # "我买的歌能放视频里吗": whether music bought may be used, asked
        if re.search(r"(?:可以|能|支持).{0,10}吗[?？]?$", bare) and re.search(_UNSUPPORTED_ZH, bare):
            return True  # "视频可以加滤镜吗": asking whether it can be done (it cannot)
        # ("自动识别字幕准吗 我说话有点口音": the question, then why it is asked)
        if re.search(r"吗[?？]?(?:$|(?=[\s，,。；;！!]))", bare) and not re.search(
                r"加|删|剪(?!映)|改|换|去掉|调|变成|导出|(?<!播)放|做|帮|给", bare):
            return True  # "背景音乐循环播放吗": a yes/no question that asks for nothing
        if re.search(r"还是(?:用|回到|换回|改回|切回|退回到?|恢复到|还原到)?"
                     r"(?:刚才|原来|之前|上一版|前面|最开始|"
                     r"第\s*[\d一二三四五六七八九十两]+\s*个?版本?)\S{0,4}(?:好|吧)", bare) and not re.search(
                r"[?？吗呢]", bare):
            return False  # "诶还是刚才那样好 重做": a preference said, not asked
        if _PREFERRED_ZH.search(bare) and not re.search(r"[?？吗呢]", bare):
            return False  # "bgm不要了 茶艺视频还是安静点好": the edit, then why it is better - not asked
        # ("比剪映的强吗": the other editor's name is no cut)
        edit_verb = r"(?:加|删|剪(?!映)|改|换|去掉|调|变成|导出|做)(?!.{0,3}不)"
        if re.search(_A_NOT_A_ZH, bare) and not re.search(edit_verb, re.sub(_A_NOT_A_ZH, "", bare)):
            return True  # "自动识别字幕准不准啊", "帧率选30够不够": A-not-A asks, and nothing is asked for
        last = re.split(r"[，,。；;！!]", bare.rstrip("？? "))[-1]
        if re.search(_A_NOT_A_ZH, last) and re.search(r"[?？]\s*$", bare) and not _REQUEST_ZH.search(last):
            return True  # "…，导出用720p够不够清楚？": the last clause asks A-or-not-A, with a question mark
        return bool(_QUESTION_ZH.search(bare)) and bool(_ASKING_ZH.search(bare))
    if re.search(_IN_POST_EN, text) and not re.search(r"\b(?:please|pls|plz)\b", text):
        return True  # "shot it too dark, can that be fixed in editing?": whether it can still be done, asked
    if re.search(r"\b(?:can|could) (?:that|it|this|these|they) even be\b|"
                 r"\bis (?:that|it|this) even (?:possible|fixable|doable)\b|"
                 r"\bor (?:is|are) (?:it|that|they) (?:ruined|too late|hopeless|lost|a lost "
                 r"cause|unusable|done for)\b", text) and not re.search(r"\b(?:please|pls|plz)\b", text):
        # "…, can that even be fixed after the fact or is it ruined": whether it is possible at all is asked
        # (the answer says what can be done) - nothing is asked to be done yet
        return True
    if _CHOICE_ASKED_EN.search(text) and not re.search(r"\b(?:please|pls|plz)\b", text):
        return True
    if _ASKED_MORE_EN.search(text):
        return True  # "can we use our own fonts for the titles?": whether we may, asked
    if _LIMIT_ASKED_EN.search(text):
        return True  # "can you go faster than 2x?": whether a limit can be passed, asked
    if _IF_ASKED_EN.search(text) and not re.search(r"\b(?:please|pls|plz)\b", text):
        return True  # "if i crop 16:9 to 9:16 how much of the frame do i lose": what would happen, asked
    if _REQUEST_EN.search(text):
        return False
    said = re.search(r"\b(?:i'?m |im |i am )?(?:just|only) (?:asking|wondering|curious)\b[\s,:-]*", text)
    if said and re.match(r"(?:can|could|would|will|is|are|does|do|whether|if)\b", text[said.end():]):
        return True  # "no music, i'm just asking if subtitles can be added": said to be only asked
    after = text.rpartition("?")[2].strip()
    if after and re.match(r"(?:(?:ok|okay|so|anyway|anyways|whatever|then|also|and|but|just|please|"
                          r"pls)[,\s]+)*"
                          r"(?:make|add|put|cut|trim|remove|delete|export|change|set|turn|speed|slow|mute|crop|"
                          r"rotate|flip|split|apply|convert|render|save|undo|drop|lower|raise|brighten|darken)\b",
                          after) and not re.match(r"\w+ to\b", after):
        # "which looks better? cut the first 3 seconds": after the question, an order - the order is done
        return False
    if _QUESTION_EN.search(text) or _ASKED_MORE_EN.search(text):
        return True
    # "for tiktok should it be 9:16?": what it is for, said before the question
    led = _PURPOSE_FIRST.sub("", text, count=1)
    if led != text and not _REQUEST_EN.search(led) and (_QUESTION_EN.search(led) or
                                                         _CHOICE_ASKED_EN.search(led)):
        return True
    head, mark, tail = text.rpartition("?")
    # ("… which looks better? never know what to pick": a verb after "what to" is wondering, not asking)
    wondered = re.sub(r"\b(?:what|which|how|when) to \w+", "", tail)
    if mark and tail.strip() and not _EDIT_VERB_EN.search(wondered):
        # "for instagram feed is 4:5 or 1:1 better? its for my candle shop": a question, then what it is
        # for - the words after it ask for no edit
        return is_question(head + "?", head + "?")
    # "the music is meh, make it better?", "…, can you make it better?": a wish for better said last, with a
    # question mark for tone - asked for (what to change is asked), not advice asked
    last = re.split(r"[,;:.!]\s*", text.rstrip("? "))[-1].strip()
    if re.fullmatch(r"(?:(?:so|then|and|ok|okay|pls|please|just|maybe)\s+)*(?:(?:can|could|would|"
                    r"will) (?:you|u) )?"
                    r"(?:make|get)\s+(?:it|this|that|them|these|the\s+[\w-]+|my\s+[\w-]+|our\s+[\w-]+)\s+"
                    r"(?:sound\s+|look\s+|feel\s+)?(?:a\s+(?:bit|little|lot)\s+|way\s+|much\s+)?better"
                    r"(?:\s+(?:pls|please|somehow))?", last):
        return False
    return text.endswith("?") and bool(_ADVICE_EN.search(text))


def _clock(ms: int) -> str:
    sec = round(ms / 1000)
    return f"{sec // 60}:{sec % 60:02d}"


def _facts(text: str, raw: str, ctx: ParseContext, zh: bool) -> str | None:
    """Questions about this project, answered from the draft and the uploads."""
    total = programme_ms(ctx.draft)
    clips = clip_count(ctx.draft)  # the pieces of a ranged mute are one clip (ops.base.CONTINUES)
    if (re.search(r"\bhow long\b|\blength\b|\bduration\b|多长|多久|时长", text) and re.search(
            r"\b(?:my|this|the) (?:video|clip|edit|project)\b|\bright now\b|\bcurrently\b|现在|总共|"
            r"我这个", text)) or (re.search(r"\bhow long\b", text) and re.search(
            # "hw long is my climbing vid atm": how long it is at the moment (not how long one should be)
            r"\b(?:atm|at the moment|as of now|so far)\b", text) and not re.search(
            r"\b(?:should|ideal(?:ly)?|best|recommended|max(?:imum)?|limit|allowed|can)\b", text)):
        if zh:
            return f"现在的视频总长 {_clock(total)}（{total / 1000:g} 秒），时间线上有 {clips} 段。"
        return (f"Your video is {_clock(total)} long right now ({total / 1000:g} s, {clips} clip(s) on the "
                "timeline).")
    if re.search(r"\b(?:resolution|1080p|720p|4k|size|dimensions)\b|分辨率|多大", text) and re.search(
            r"\b(?:my|this|the) (?:video|clip|footage)\b|我的视频|这个视频|视频", text) and not re.search(
            r"\bexport|\bupload|导出|上传", text):
        on = {str(g.get("src")) for g in (main_track(ctx.draft) or {}).get("sg", [])}
        main = next((m for m in ctx.media if m.media_id in on), None)
        if main is not None and main.width:
            return (f"{main.name} 是 {main.width}×{main.height}；导出时短边最高 1080p。" if zh else
                    f"{main.name} is {main.width}×{main.height}; exports are up to 1080p on the short side.")
    if re.search(r"\b(?:what'?s|what is) in (?:the|my|this) video\b|视频里(?:有|是)什么", text):
        return (f"我看不到画面内容，只知道：总长 {_clock(total)}，{clips} 段。想知道说了什么可以说“显示文字"
                f"稿”。" if zh else
                f"I can't see the picture itself; what I know: {_clock(total)} long, {clips} clip(s). For wh"
                f"at is "
                "said, ask “show me the transcript”.")
    if re.search(r"\bhow many (?:clips|segments|parts|shots)\b|"
                 # ("把猫猫最可爱的几段挑出来": some parts, of a kind, to pick - no count asked)
                 r"(?<!其他)(?<!其余)(?<!剩下)(?<!另外)(?<!别的)(?<!的)(?<!好)(?<!出)(?<!挑)(?<!选)"
                 r"几段(?!\S{0,2}(?:太|有点|很|拖|慢|长|没意思|之间|中间|都|全|删|去掉|不要|挑|选|拼|做|剪|合|留|"
                 r"保留|出来|凑|串))|"
                 r"多少段", text):
        return (f"时间线上有 {clips} 段，总长 {_clock(total)}。" if zh else
                f"There are {clips} clip(s) on the timeline, {_clock(total)} in all.")
    # ("is clip.mp4 shot at 30fps or 60?": the unit glued to its number)
    m = re.search(r"(?:\b|(?<=\d))(?:fps|frame ?rate|resolution|size)\b.*?\b([\w-]+\.(?:mp4|mov|webm|mkv|"
                  r"avi))\b|"
                  r"\b([\w-]+\.(?:mp4|mov|webm|mkv|avi))\b.*?(?:\b|(?<=\d))(?:fps|frame ?rate|resolution|"
                  r"size)\b",
                  text)
    if m:
        name = m.group(1) or m.group(2)
        ref = next((r for r in ctx.media if r.name.lower() == name), None)
        if ref is None:
            return f"没有找到 {name}。" if zh else f"I can't find {name} among the uploads."
        fps = getattr(ref, "fps", 0) or 0
        parts = [f"{ref.width}×{ref.height}", f"{ref.duration_ms / 1000:g} s"]
        if fps:
            parts.insert(1, f"{fps:g} fps")
        detail = ", ".join(parts)
        return f"{ref.name}：{detail}。" if zh else f"{ref.name}: {detail}."
    if (song := _music_long_enough(text, ctx)) is not None:
        length, name = song
        if length >= total:
            return (f"够。{name} 长 {_clock(length)}，视频现在是 {_clock(total)}，"
                    "音乐能铺满整个视频。" if zh else
                    f"Yes — {name} is {_clock(length)} long and the video is {_clock(total)} right now, "
                    "so it covers the whole video.")
        return (f"{name} 长 {_clock(length)}，比视频（{_clock(total)}）短。"
                "加成背景音乐时默认会循环播放铺满全片；"
                "不想循环就说“加背景音乐 不要循环”，它会在放完时停下。" if zh else
                f"{name} is {_clock(length)} long, shorter than the video ({_clock(total)}). Added as "
                f"background music it loops by default to fill the rest; say “add {name}, no loop” if it "
                "should just stop when it ends.")
    return None


# "is music.mp3 long enough for the whole video or does it stop before?", "这首歌够不够整个视频用": whether
# the song lasts the video, asked - answered from the two lengths (never the music added)
_LONG_ENOUGH = (r"\blong enough\b|\b(?:last|cover|run)s?\s+(?:the\s+)?(?:whole|entire|full|all the)\b|"
                r"\b(?:stop|end|cut off|run out)s?\s+(?:before|early|too soon)\b|"
                r"够不够长|够长吗|够不够(?:用|放)|够(?:整个|全片)|会不会(?:提前)?(?:停|断|放完|没了)|"
                r"(?:提前|中途)(?:停|断|放完|没)")
_SONG = r"\b(?:music|song|track|bgm|soundtrack|audio)\b|[\w-]+\.(?:mp3|wav|m4a|aac)\b|音乐|配乐|歌|bgm"


def _music_long_enough(text: str, ctx: ParseContext) -> tuple[int, str] | None:
    """The length and name of the song asked to last the video, when that is what is asked."""
    # ("how do i make the music stop before the outro": how to do it, asked - not the lengths)
    if not (re.search(_LONG_ENOUGH, text) and re.search(_SONG, text)) or re.search(
            r"\bhow (?:do|can|to|should|would)\b|怎么|如何|"
            # ("should the music run the whole time or just the intro?": where it should run, asked - advice)
            r"\bor (?:only|just|mostly)\b|还是只", text):
        return None
    audio = [m for m in ctx.media if m.kind == "audio"]
    named = [m for m in audio if m.name.lower() in text]
    song = named[0] if named else audio[0] if len(audio) == 1 else None
    return (song.duration_ms, song.name) if song is not None and song.duration_ms else None


_COPYRIGHT_EN = ("I can't give legal advice, but in short: buying or downloading a song, crediting the "
                 "artist or not monetising does not make it free to use in a video (least of all an advert), "
                 "and changing the tempo does not either — platforms may mute or remove the video. A video "
                 "that promotes a shop, a product or a business counts as commercial use, which the licence "
                 "must cover. Use music "
                 "you have a licence for (royalty-free libraries, or the platform's own sound library). I "
                 "only mix in audio you upload.")
_COPYRIGHT_ZH = ("这不是法律意见，但简单说：花钱下载或购买一首歌、注明出处、不盈利或改变速度，都不等于可以"
                 "拿来做视频（尤其是商用广告）——平台可能静音或下架视频。给店铺、商品或公司做宣传的视频就算商用，"
                 "授权里得包含商用。请用有授权的音乐（免版税曲库，"
                 "或平台自带的音乐库）。我只会混入你上传的音频，不收费。")

_FEED_EN = ("For a feed post on phones 4:5 (1080×1350) takes the most screen; 1:1 (1080×1080) is safe "
            "everywhere; Reels and Stories are 9:16. For Xiaohongshu 3:4 is the usual feed shape, 9:16 for "
            "full-screen. Say “make it 4:5 for the instagram feed”.")
_FEED_ZH = ("信息流里 4:5（1080×1350）在手机上占屏最大，1:1（1080×1080）哪里都稳妥，Reels/快拍用 9:16。"
            "小红书笔记常用 3:4，全屏视频用 9:16。说“改成4:5”即可。")

# my opinion of this video asked ("do you think …", "be honest, …", "what do you reckon", "你觉得…吗"): I
# can't see it, so the answer says so - never an edit, never the generic "what would you like to change"
OPINION_ASKED = (r"\b(?:do|d'?|would) (?:you|u|ya) (?:think|reckon|say|feel)\b|"
                 r"\bwhat do (?:you|u) (?:reckon|think)\b|\bwdyt\b|"
                 r"\b(?:looks?|sounds?|seems?|feels?) (?:\w+ ){0,2}?to (?:you|u)\b|"
                 r"\bin your (?:honest )?opinion\b|"
                 r"\b(?:be|being) (?:honest|real|straight|brutal|blunt)\b|"
                 r"\b(?:any )?(?:thoughts|opinions?|feedback) (?:on|about)\b|"
                 r"\byour (?:honest )?(?:opinion|take)\b|"
                 r"你(?:觉得|认为|感觉|看)|好不好|行不行|怎么样")
# (pattern over the normalized request, English answer, Chinese answer) — the first that matches answers
_TOPICS: list[tuple[str, str, str]] = [
    # "is it possible to make the fishing video go longer without filming more of it?": ways to stretch it
    (LONGER_ASKED.pattern,
     "Yes, a few ways without new footage: slow parts down (“slow it down to 0.8x”), freeze on a good frame "
     "for a moment (“freeze at 0:05 for 2 seconds”), loop a clip or the whole video (“loop it twice”), or "
     "add photos or a title card between the clips. Tell me which and I'll do it.",
     "可以，不用补拍也有几种办法：放慢一部分（“放慢到0.8倍”）、在好看的画面上定格一会儿（“在第5秒定格2秒”）、"
     "把某段或整个视频循环一遍（“循环两次”），或者在片段之间加照片、标题页。说要哪种我就做。"),
    # "would subtitles even work if there's no talking, just birdsong?": subtitles come from speech
    (r"(?=.*(?:\bsubtitles?\b|\bcaptions?\b|字幕))"
     r"(?=.*(?:\bno (?:talking|speech|speaking|voices?|dialog(?:ue)?|"
     r"words|narration|voiceover)\b|\bnobody (?:talks|speaks|says)\b|\bno ?one (?:talks|speaks)\b|"
     r"\b(?:all|only|entirely|purely) (?:music|instrumental)\b|"
     r"\bwithout (?:talking|speech|any (?:talking|speech|words))\b|\bjust (?:music|ambien\w*|nature sounds?|"
     r"birdsong|wind)\b|\b(?:silent|wordless)\b|没(?:有)?人?\s*(?:说话|讲话|对白|人声|解说|旁白)|"
     r"不说话|只有(?:音乐|风声|鸟叫|环境音)))",
     "Subtitles are made from speech, so with no talking there is nothing for them to say — they would come "
     "out empty. For a nature or music-only video, a few lines of text work instead: a title, a place name "
     "or a short caption at the right moment (e.g. “add text 'Dawn chorus' from 0:02 to 0:06”).",
     "字幕是从说话里识别出来的，没有人说话就没有内容可识别，生成出来是空的。纯自然声或纯音乐的视频，"
     "更适合加几行文字：标题、地名，或在合适的时刻加一句说明（比如“0到5秒加文字「清晨鸟鸣」”）。"),
    # "if i crop 16:9 to 9:16 how much of the frame do i lose": what a crop to another shape cuts off
    (r"(?=.*\bcrop\w*|.*裁)(?=.*\b(?:lose|losing|lost|loss|cut off|cuts off|is left|remains)\b|"
     r".*(?:损失|裁掉多少|剩多少|少多少|保留多少))",
     "Cropping 16:9 to 9:16 keeps the full height and about a third of the width (≈32 %) — roughly two "
     "thirds of the picture is cut off at the sides (to 1:1 keeps ≈56 %, to 4:5 ≈45 %). To keep all of "
     "it, fit it instead: “make it 9:16 with a blurred background”.",
     "把16:9裁成9:16会保留完整高度、约三分之一的宽度（约32%）——两侧大约三分之二的画面被裁掉（裁成1:1保留约56%，"
     "4:5约45%）。想全部保留就用填充：“改成9:16，背景模糊”。"),
    # "should our veterinary practice be on tiktok?", "小店要不要做抖音": whether to be on a platform at all
    (r"\b(?:should|shall|is it worth|worth it|do (?:i|we) need|does (?:it|a \w+) need)\b[^?]*\b(?:be|get|go|"
     r"start|join|jump)\s+(?:on|onto|into)\s+(?:tiktok|youtube|instagram|insta|facebook|reels|shorts|snapchat|"
     r"linkedin|pinterest)\b|\b(?:be|get|go|start|join|jump)\s+(?:on|onto|into)\s+(?:tiktok|youtube|"
     r"instagram|insta|facebook|snapchat|linkedin)\b[^?]*\?|"
     r"(?:要不要|该不该|应不应该|有没有必要|有必要|值不值得|值得)\S{0,6}(?:做|上|玩|开|入驻|发|搞)\S{0,3}(?:抖音|快手|小红书|"
     r"b站|视频号|youtube|tiktok)",
     "That's your call — it depends on whether the people you want to reach are there and whether you can "
     "post short videos regularly. Short, vertical, personal videos do well there (behind the scenes, quick "
     "tips, a face talking to camera), and posting often matters more than polish. If you try it, I can "
     "make this video ready for it: “make it 9:16 for tiktok and add subtitles”.",
     "要不要做由你决定——要看你想触达的人在不在那里、能不能稳定更新。那里适合竖屏、短、有人味的内容（幕后、"
     "小技巧、真人出镜讲解），更新频率比精致度更重要。想试的话，我可以把这条视频改好：说“改成竖屏9:16，加字幕”。"),
    # "班级视频里放孩子正脸 要先经过家长同意吗", "do i need parents' permission to show the kids' faces?":
    # people shown in a video, whether their consent is needed
    (r"(?=.*\b(?:permission|consent\w*|legal\w*|illegal|allowed|release forms?|privacy|law|laws)\b)"
     r"(?=.*\b(?:faces?|kids|children|child|students|pupils|minors|strangers|passers-?by|customers|patients|"
     r"guests|crowd|parents|people in (?:it|the video|the shot))\b)|"
     r"(?=.*(?:同意|授权|许可|允许|签字|肖像权|隐私|违法|犯法|合法|侵权))(?=.*(?:孩子|小孩|学生|路人|顾客|客人|别人|"
     r"他人|人脸|正脸|脸|未成年|家长|员工|病人|患者|观众|游客))",
     "I can't give legal advice, but in general: showing someone's face in a video you publish needs their "
     "consent — for children, a parent's or guardian's, often in writing (schools usually have a media "
     "consent form). Rules differ by country and by whether the video is public or for a closed group. "
     "Here I can cut the shots someone is in or crop them out of the frame (e.g. “cut 0:12-0:15”); I can't "
     "blur faces.",
     "这不是法律意见，但一般来说：在公开发布的视频里出现别人的脸，需要本人同意；孩子要经过家长或监护人同意，"
     "最好是书面的（学校通常有影像使用同意书）。各地规定和公开/仅限群内观看的要求都不一样。"
     "这里我可以把有他的镜头剪掉，或者裁掉让他出画（比如“剪掉0:12-0:15”）；给人脸打码做不了。"),
    # "can i legally post a video of me reading a picture book on youtube?": someone else's work (a book, a
    # film, artwork) shown or read in a video
    (r"(?=.*\b(?:legal\w*|allowed|copyright\w*|permission|fair use|infring\w*|rights?)\b)(?=.*\b(?:books?|"
     r"picture books?|stor(?:y|ies)|poems?|novels?|films?|movies?|tv shows?|shows?|episodes?|artwork|"
     r"paintings?|"
     r"drawings?|illustrations?|comics?|games?|characters?|photos?|photographs?|sheet music|lyrics)\b)|"
     r"(?=.*(?:版权|侵权|合法|授权|允许))(?=.*(?:绘本|书|故事|小说|电影|电视剧|剧集|动画|漫画|游戏|画作|照片|歌词))",
     "I can't give legal advice, but in general: reading a book aloud or showing someone else's film, "
     "artwork or photos in a video you post uses their work, which needs the rights holder's permission "
     "unless an exception such as fair use applies — and that is judged case by case. Many publishers have "
     "a read-aloud policy or give permission when asked, so check theirs; platforms can mute or remove "
     "videos on a claim. I only edit the file — posting it is yours.",
     "这不是法律意见，但一般来说：在发布的视频里朗读别人的书，或者展示别人的电影、画作、照片，都是在使用他们的作品，"
     "通常需要版权方授权（合理使用之类的例外要具体情况具体看）。很多出版社有朗读授权的说明，或者发邮件问就会同意，"
     "先查一下；被投诉的话平台可能静音或下架。我只负责剪辑文件，发布由你来。"),
    # "does mirroring get around content id?", "镜像翻转能绕过搬运查重吗": a trick against detection, asked
    (r"(?=.*(?:" + _DETECTION + r"))(?=.*(?:" + _EVADED + r"))",
     "Tricks like speeding up, pitch-shifting, mirroring or cropping don't reliably get past Content ID or "
     "similar checks — they match fingerprints of the sound and picture that survive such changes — and "
     "even when a match is missed the use is still unlicensed, so the video can be muted, claimed or taken "
     "down later. Use music and footage you have the rights to (royalty-free libraries or the platform's own "
     "sound library); I'll mix in any audio you upload.",
     "调速、变调、镜像、裁剪这类办法躲不过版权或搬运检测——检测比对的是声音和画面的特征，这些改动之后依然能认出来；"
     "就算一时没被识别，也仍然是未授权使用，之后照样可能被静音、限流或下架。请用你有权使用的音乐和素材（免版税曲库，"
     "或平台自带的音乐库）；你上传的音频我都能混进去。"),
    # "封面选哪一帧比较吸引人", "which frame makes the best thumbnail?": what makes a cover work (which
    # moment is the person's call - the picture is not seen here)
    (r"(?:封面|缩略图).{0,12}(?:哪|吸引|好看|怎么选|选什么|用什么)|(?:哪|什么).{0,8}(?:做|当|作为)(?:封面|缩略图)|"
     r"\b(?:thumbnails?|cover (?:frame|image|photo|pic)|poster frame)\b.{0,40}\b(?:which|what|best|good|"
     r"pick|choose|eye-?catching|click)\b|\b(?:which|what) (?:frame|moment|shot|still)\b.{0,40}"
     r"\b(?:thumbnails?|cover)\b",
     "Pick a sharp, well-lit frame where the subject is big and clear — a face with an expression, or the "
     "product or pet filling the frame — rather than a blurry in-between moment; bright colours and a tidy "
     "background stand out in a feed. I can't see the picture, so the moment is your call: tell me when and "
     "I'll save it, e.g. “save the frame at 0:05 as the thumbnail”.",
     "选一帧清晰、光线好、主体大的画面：人物表情明显，或者商品、宠物占满画面，别选动作中间模糊的帧；颜色鲜艳、"
     "背景干净的在信息流里更显眼。画面我看不到，选哪一刻由你定——告诉我是第几秒，我就截下来，比如“截第5秒做封面”。"),
    # "我改了好几次了，还能回到最开始的版本吗", "can i still go back to the original version?": whether an
    # earlier version can be gone back to (every version is kept; version 1 is the video as uploaded)
    (_BACK_TO_VERSION,
     "Yes — every version is kept. Say “go back to version 1” to get the video as it was first uploaded (or "
     "“start over”), “go back to version 3” for any other, or “show the versions” to list them.",
     "可以——每个版本都保留着。说“回到第1版”就回到最开始上传时的样子（也可以说“恢复原样”），说“回到第3版”回到"
     "其他任意一版，说“看看所有版本”可以列出全部版本。"),
    # "can i undo more than one step", "可以撤销几步": how far the history goes (no version is ever dropped)
    (r"\b(?:undo|redo)\w*\b.*\b(?:steps?|times|more than|multiple|several|how (?:many|far)|or (?:just|only)|"
     r"only (?:the )?last|last thing|limit)\b|(?:撤销|撤回|回退|后退).{0,6}(?:几|多少|上限|限制|无限)|"
     r"(?:几|多少)\s*(?:步|次).{0,4}(?:撤销|撤回|回退)",
     "As many steps as you like: “undo” takes back the last change and “undo 3 times” the last three. Every "
     "version is kept, so you can also go back to any earlier one (“go back to version 2”), and “redo” "
     "brings back what was undone.",
     "想撤几步都行：说“撤销”撤回上一步，说“撤销3步”撤回三步。每个版本都会保留，也可以直接说“回到第2版”；"
     "撤多了说“重做”就能恢复。"),
    # "will a watermark hurt our reach on reels?": one's own logo, not someone else's watermark
    (r"\b(?:watermarks?|logos?)\b.*\b(?:reach|algorithm|views?|hurt|penali[sz]\w*|suppress\w*|shadow ?ban\w*|"
     r"engagement|demot\w*|push\w*)\b|(?:水印|台标|logo).{0,12}(?:限流|流量|推荐|影响|降权)",
     "Your own small logo doesn't hurt reach. What Instagram says it shows less of is reposted content with "
     "another app's watermark on it (a TikTok logo on a Reel, say). Keep yours small and away from the "
     "bottom, "
     "where captions and buttons sit — e.g. “add logo.png as a watermark in the top right”.",
     "自己的小台标不会影响流量；平台限流的是带着别的平台水印的搬运内容（比如带抖音水印发到别处）。台标做小一点，"
     "别放在底部（字幕和按钮在那里），比如“在右上角加logo”。"),
    # "for a conference demo is 16:9 still the norm or do ppl do square": screens and slides, not feeds
    (r"\b(?:conference|presentation|projector|keynote|slides?|slide ?deck|powerpoint|ppt|webinar|lecture"
     r" hall|"
     r"classroom|tv|big screen|demo|talk)\b.*(?:‹r\d+by\d+›|\baspect|\bratio|\bsquare|\bwidescreen|"
     r"\bvertical|"
     r"\bhorizontal)|(?:‹r\d+by\d+›|\baspect|\bratio|\bsquare|\bwidescreen).*\b(?:conference|presentation|"
     r"projector|keynote|slides?|webinar|demo)\b|"
     r"(?:会议|投影|讲座|课件|ppt|大屏|演示|路演|答辩).{0,12}(?:‹r|比例|画幅|横屏|竖屏|方形)|"
     r"(?:‹r\d+by\d+›|比例|画幅|横屏|竖屏|方形).{0,12}(?:会议|投影|讲座|课件|大屏|演示|路演|答辩)",
     "For a talk, a demo or anything shown on a projector or TV, 16:9 (1920×1080) is still the norm — "
     "screens "
     "and slide decks are widescreen; square and vertical are for social feeds. If the footage is 16:9 "
     "already, leave it; otherwise say “make it 16:9”.",
     "会议、讲座、投影或大屏播放，16:9（1920×1080）仍然是标准——屏幕和PPT都是宽屏；方形和竖屏是给手机信息流用的。"
     "素材本来就是16:9就不用改，否则说“改成16:9”。"),
    # "how would u make a vertical clip from a stream where the facecam is in the corner?"
    (r"\b(?:face ?cams?|webcams?|cam overlay)\b|\bstream\w*\b.*\b(?:vertical|portrait|‹r9by16›|tiktoks?|"
     r"shorts|"
     r"reels?)\b|\b(?:vertical|portrait|‹r9by16›|tiktoks?|shorts|reels?)\b.*\bstream\w*\b|"
     r"(?:直播|游戏录屏).{0,12}(?:竖屏|‹r9by16›)|(?:竖屏|‹r9by16›).{0,12}(?:直播|游戏录屏)|摄像头画面",
     "Here a video gets one crop: “make it 9:16 following the face” crops to follow the streamer's face, and "
     "“make it 9:16 with a blurred background” keeps the whole game frame with blur above and below. A "
     "stacked layout (facecam on top, gameplay below) needs two crops of one video, which I can't do; with "
     "the facecam as its own file, “put b.mp4 in the corner” (picture-in-picture) works.",
     "这里一个视频只能裁一种画面：说“改成竖屏，跟着人脸”会跟随主播的脸裁剪；说“改成竖屏，模糊背景”会保留完整的"
     "游戏画面，上下用模糊填充。上面摄像头、下面游戏的上下分屏需要对同一个视频裁两次，这个我做不到；如果摄像头"
     "是单独的文件，可以说“把b.mp4放在右下角画中画”。"),
    # "请问抖音对视频时长有限制吗": the platform's length limit (they change: said with care)
    (r"(?:抖音|快手|视频号|小红书|b站|tiktok|reels?|shorts|youtube|instagram|insta).{0,20}?(?:时长|长度|几分钟|"
     # ("shorts现在能发3分钟的了吗", "视频号最长能传多久": a length the platform takes, asked)
     r"最长|(?:能|可以)\s*(?:发|传|上传)\S{0,3}?§\d+§|"
     r"多少分钟|\blength limit|\btime limit|\bmax(?:imum)? (?:length|duration)|\bhow long can|\blimit)|"
     r"(?:时长|长度|\blength|\bduration).{0,10}(?:限制|上限|\blimits?\b).{0,20}(?:抖音|快手|视频号|小红书|b站|"
     r"tiktok|reels?|shorts|youtube|instagram)|"
     # "can twitch clips be longer than 60 sec or is that only on tiktok": how long a platform's videos may
     # run, asked
     r"\b(?:tiktoks?|reels?|shorts|youtube|instagram|insta|twitch|facebook|fb|snapchat|x|twitter)\b"
     r"(?:\s+[\w']+){0,2}?\s+(?:be|go|run|get|last)\s+(?:any\s+|much\s+)?(?:longer|over|past|more)\b(?:\s+than)?\s*"
     r"(?:§\d+§|\d+\s*(?:s|secs?|seconds?|mins?|minutes?)\b|(?:a|one|1)\s+min)|"
     r"\b(?:tiktoks?|reels?|shorts|youtube|instagram|insta|twitch|facebook|fb|snapchat|x|twitter)\b"
     r"(?:\s+[\w']+){0,2}?\s+(?:be|go|run|last)\s+(?:up\s+to\s+|as\s+long\s+as\s+)?§\d+§\s*"
     r"(?:long|max|or\b|now\b|\?|$)",
     "There is a limit and the platforms change it: TikTok takes uploads of up to about 10 minutes, Reels "
     "and "
     "Shorts up to about 3 (check the app for today's figure) — but 15–60 s is what most people watch to the "
     "end. Tell me a target (“make it 60 seconds”) and I'll cut to it.",
     "有限制，而且平台会调整：抖音、快手普通上传一般能到十几分钟（以 App 里的提示为准），但 15–60 秒的短视频"
     "完播率最高，讲解类的微课 1–5 分钟也很常见。要剪到某个长度就告诉我，比如“剪到60秒”。"),
    # "微课平台限制50MB，导出用720p够不够清楚？": a size limit and whether a resolution is clear enough
    (r"(?:\d+\s*(?:mb|m|兆|gb|g)\b|(?:大小|体积|文件).{0,4}限制|\bsize limit|\bfile size|\bupload limit).*"
     r"(?:\d{3,4}p|4k|清楚|清晰|糊|\bclear|\bsharp|\bquality|\bresolution|分辨率)|"
     r"(?:\d{3,4}p|4k|\bresolution|分辨率).*(?:\d+\s*(?:mb|兆|gb)\b|(?:大小|体积).{0,4}限制|\bsize limit)",
     "720p is clear enough for slides, screen recordings and a talking head on a phone or laptop (very small "
     "text may soften a little). Whether it fits the size limit depends on the length: at 720p expect "
     "roughly "
     "5–15 MB a minute (less when little moves), so 50 MB holds a few minutes. Say “export at 720p”; if the "
     "file comes out too big, cut it shorter or split it into parts.",
     "720p 看 PPT、录屏和讲课人像足够清楚（很小的字可能会略糊）。"
     "能不能控制在 50MB 以内主要看时长：720p 大约每分钟 "
     "5–15MB（画面越静越小），所以 50MB 大概能放几分钟。说“导出720p”；文件太大的话可以剪短或分成几段。"),
    # "视频太大传不上去 房源网站限200M 咋整", "the portal has a 100mb limit, how do i get it under that": a
    # file too big for a size limit, and how to get under it asked
    (r"(?=.*(?:\b(?:too (?:big|large|heavy)|file size|size limit|upload limit|limit|cap|caps|capped|max|"
     r"maximum|won'?t upload|wont upload|can'?t upload|cant upload|won'?t send|under)\b|"
     r"太大|过大|超过|超出|超了|限|传不上|上传不了|传不了|发不了|发不出|发不出去))"
     r"(?=.*(?:\d+\s*(?:mb|gb|m|g|兆)\b|\bmb\b|兆|太大|过大|\btoo (?:big|large|heavy)\b))"
     r"(?=.*(?:\bhow (?:do|can|could|should|would) (?:i|we|you|u)\b|\bwhat (?:do|should|can) (?:i|we) do\b|"
     r"\bwhat now\b|\bany (?:way|tips?|ideas?)\b|怎么办|咋(?:整|办|弄|搞|处理|解决)|"
     r"怎么(?:弄|搞|整|压|处理|解决|变小|缩小|才能)|如何|有(?:什么|啥)办法))",
     "To get under an upload limit: export smaller (“export at 720p” — about half the size of 1080p), cut "
     "what isn't needed (“remove the silences”, or “keep 0:00 to 1:30”), or upload it in parts. At 720p "
     "expect roughly 5–15 MB a minute (less when little moves), so check the length against the limit.",
     "想压到上传限制以内：导出小一点（说“导出720p”，大约是1080p的一半大小），剪掉不需要的部分（“去掉停顿”，"
     "或“保留0:00到1:30”），或者分成几段上传。720p 大约每分钟 5–15MB（画面越静越小），"
     "按时长对一下限制就知道了。"),
    # "should i cut out every single um or does that sound robotic": how many fillers to take out
    (r"\b(?:ums?|uhs?|ahs?|ers?|fillers?|filler words)\b.*\b(?:robotic|unnatural|natural|fake|weird|"
     r"too (?:much|many|clean)|overdo\w*|every (?:single )?(?:one|um|uh)|all of them)\b|"
     r"(?:口头禅|语气词|嗯啊|呃).{0,12}(?:全删|全部删|都删|全去|不自然|很假|假|机器人|生硬|怪|突兀|别扭)",
     "Most editors don't take out every single one: removing the long and repeated “um”s keeps the pace, "
     "while a few short ones and natural pauses keep it sounding like a person. Here “remove the filler "
     "words” cuts the fillers it finds in the transcript between words (short pauses stay) and the reply "
     "lists what was cut — listen back, and “undo” puts them all back.",
     "一般不会把每一个都删掉：去掉长的、重复的“嗯、啊”节奏会更紧凑，留下少量短的和自然的停顿听起来更像真人。"
     "这里说“去掉口头禅”会按转写在词与词之间剪掉找到的口头禅（短停顿保留），回复里会列出剪了什么——听一遍，不满意说“撤销”"
     "就全部恢复。"),
    # "my game clips look mushy after export, is that a bitrate thing": fast detail needs more bits
    (r"\bbit ?rates?\b|\b(?:mushy|blocky|smeary|smudgy|muddy)\b|\bcompression artifacts?\b|"
     r"码率|色块|糊成一片",
     "Usually, yes: fast, detailed motion (games, sports, water, confetti) needs far more data than a "
     "talking head, so it turns soft or blocky first. Exports here are H.264 at a quality setting rather "
     "than a fixed bitrate, so busy scenes get more bits; if it looks fine here but mushy once posted, the "
     "platform's own re-encode is the cause — upload at 1080p in the platform's shape, MP4.",
     "通常是的：快速、细节多的画面（游戏、运动、水面、彩纸）比口播需要多得多的数据，最先变糊、出色块。这里导出的是"
     "按画质设定（而不是固定码率）的 H.264，画面越复杂分到的码率越多；"
     "如果导出时清楚、发出去才糊，那是平台重新压缩造成的——用 1080p、平台的画幅、MP4 上传效果最好。"),
    (r"\bfillers?\b.*\b(?:middle|mid|choppy|cut off|chop\w*|words?)\b|(?:口头禅|语气词|废话|嗯啊).{0,12}"
     r"(?:切到|剪到|卡顿|断断续续|不连贯|中间)",
     "Removing filler words here cuts in the pauses between words, from the word timings of the transcript, "
     "so it does not cut into the middle of a word; short pauses stay, so it does not sound choppy. Say "
     "“remove the filler words” when you want it — the reply lists what was cut, and “undo” puts it back.",
     "去口头禅是按转写的逐词时间在词与词之间的停顿处下刀，不会切到一个字的中间；短停顿会保留，听起来不会一卡一卡。"
     "要的话说“去掉口头禅”，回复里会列出剪掉了什么，不满意说“撤销”就恢复。"),
    # "剪映识别字幕准确率到底有多高？我说话带点口音": another tool's subtitle accuracy, asked - not theirs to
    # answer, but how accurate the subtitles are here is
    (r"(?:\b(?:capcut|premiere|final ?cut|davinci|imovie|other tools?|other apps?|another app)\b|剪映|必剪|"
     r"达芬奇).*(?:字幕.{0,8}准|识别.{0,6}准|口音|方言|\baccura\w*|\baccents?\b)",
     "I can't speak for other tools. Here, subtitles are transcribed by a local Whisper model: clear "
     "standard speech comes out well; strong accents, dialects, music under the voice or several people "
     "talking at once cause more mistakes. Check the text afterwards; you can also say which language it is "
     "(“add Chinese subtitles”).",
     "别的工具的准确率我没法替它们回答。这里的字幕是用本地的 Whisper 模型识别的："
     "普通话或标准口音、声音清楚时比较准；口音重、方言、背景音乐大或多人同时说话时错误会多一些。"
     "生成后最好检查一遍；也可以指定语言，比如“加中文字幕”。"),
    (r"\b(?:chatgpt|chat gpt|gpt|claude|gemini|copilot|capcut|premiere|final ?cut|davinci|imovie|"
     r"other tools?|"
     r"other apps?|another app)\b|剪映|必剪|\bpr\b|达芬奇",
     "I can't speak for other tools. Here you can edit this video in plain words — cuts, subtitles, text, "
     "music, speed, framing, colour and export — e.g. “cut the first 5 seconds”.",
     "别的工具我没法替它们回答。在这里可以直接用文字剪这个视频——剪辑、字幕、文字、音乐、速度、画幅、调色和导出，"
     "比如“剪掉前5秒”。"),
    # "导出720p还是1080p", "720p or 1080p for instagram, which looks sharper": which resolution to export
    (r"(?:720p?|1080p?)\s*(?:还是|或者?|或是|or|vs\.?|versus)\s*(?:720p?|1080p?)",
     "1080p — YouTube, TikTok, Instagram and Bilibili all show 1080p, and uploading 720p looks softer once "
     "the platform re-encodes it. 720p only makes sense when the file has to be small (about half the size). "
     "Say “export at 1080p” or “export at 720p”.",
     "用 1080p——抖音、B站、小红书、YouTube 都按 1080p 播放，传 720p 经平台再压缩后会更糊。"
     "只有文件必须很小时才用 720p（大约小一半）。说“导出1080p”或“导出720p”。"),
    (r"(?:720p|480p|lower resolution|smaller resolution)\b.*\b(?:smaller|size|lighter)|"
     r"(?:720p?|480p?).{0,10}(?:文件|体积).{0,4}(?:小|大)",
     "Yes — 720p has about half the pixels of 1080p, so the file is usually around half the size at the same "
     "quality. Say “export at 720p” when you want it.",
     "会——720p 的像素大约是 1080p 的一半，同样画质下文件一般小一半左右。要的话说“导出720p”。"),
    (r"\b(?:difference|differ\w*|diff|vs\.?|versus|same thing)\b.*\b(?:trim\w*|cut\w*|split\w*|crop\w*)\b.*"
     r"\b(?:trim\w*|cut\w*|split\w*|crop\w*)\b|\b(?:trim\w*|cut\w*|split\w*|crop\w*)\b.*"
     r"\b(?:trim\w*|cut\w*|split\w*|crop\w*)\b.*\b(?:difference|differ\w*|same thing)\b|"
     r"(?:剪切|裁剪|剪掉|分割|修剪|剪辑).{0,8}(?:剪切|裁剪|剪掉|分割|修剪|剪辑).{0,8}(?:区别|不同|一样)",
     "Here “trim” usually means taking time off the ends (“trim the first 5 seconds”), “cut” or “remove” "
     "takes out a part anywhere, also from the middle (“cut 0:10 to 0:20”), “split” only divides a clip at a "
     "point without removing anything (“split at 0:30”), and “crop” cuts the edges of the picture, not time "
     "(“crop it to 9:16”).",
     "这里“修剪/去头去尾”指从开头或结尾去掉一段（“剪掉前5秒”）；“剪掉/删除”可以去掉任意一段，包括中间（“删掉"
     "10秒到20秒”）；“分割”只是在某一点把片段分开，不删任何内容（“在30秒处分割”）；“裁剪画面”裁的是画面边缘，"
     "不是时长（“裁成9:16”）。"),
    # ("视频加速以后声音会变尖吗", "does slowing it down make my voice deeper?": the pitch after a speed
    # change -
    # the engine's atempo keeps it)
    (r"\bspeed\w* (?:it |this )?up\b.*\b(?:voice|chipmunk\w*|pitch|sound)|加速.{0,10}(?:声音|音调|变尖)|"
     r"\b(?:slow\w*|speed\w*|sped)\b.*\b(?:deeper|lower|higher|squeaky|chipmunk\w*|pitch\w*)\b|"
     r"(?:加速|放慢|减速|慢放|快放|倍速|变速|调速).{0,12}(?:变尖|变低沉|变粗|变细|变调|音调|音高)|"
     # "can people tell if i sped it up?": whether the change is heard
     r"\b(?:tell|notice|hear|obvious|noticeable)\b.*\b(?:sped|speed\w*|faster)\b|"
     r"\b(?:sped|speed\w*)\b.*\b(?:tell|notice|obvious|noticeable|sound (?:weird|funny|fast|off))\b",
     "No — when I change the speed the voice keeps its pitch (it gets faster or slower, not higher or "
     "deeper), from 0.25× up to 4×.",
     "不会——变速时声音保持原来的音调（只是变快或变慢，不会变尖或变低沉），速度可在0.25到4倍之间。"),
    (r"\bwebm\b.*\b(?:youtube|yt)\b|\b(?:youtube|yt)\b.*\bwebm\b",
     "Both work on YouTube; MP4 (H.264) is the safest everywhere, WebM is fine for YouTube and the web. Say "
     "“export as mp4” or “export as webm”.",
     "YouTube 两种都支持；MP4（H.264）到处都能用最稳妥，WebM 适合 YouTube 和网页。"
     "说“导出mp4”或“导出webm”即可。"),
    # "mp4 or webm for my portfolio site": which plays where
    (r"\bwebm\b.*\bmp4\b|\bmp4\b.*\bwebm\b",
     "MP4 (H.264) — it plays in every browser, phone and app; WebM can be smaller for a web page, but some "
     "players and older Safari versions don't open it. Say “export as mp4” (or “export as webm” for a web "
     "page that only needs it).",
     "用 MP4（H.264）——所有浏览器、手机和应用都能播；WebM 放在网页上文件可能更小，"
     "但有些播放器和旧版 Safari 打不开。"
     "说“导出mp4”（只给网页用也可以说“导出webm”）。"),
    (r"h\.?26[45].{0,20}h\.?26[45]|\bhevc\b",
     "H.264 is the safe choice: it plays everywhere and encodes fast on an ordinary computer. H.265 gives "
     "smaller files at the same quality but encodes slower and some players can't open it. I export H.264 "
     "MP4.",
     "选 H.264 更稳：哪里都能播，普通电脑编码也快；H.265 同画质文件更小，但编码慢，有些播放器打不开。"
     "我导出的是 H.264 的 MP4。"),
    (r"(?:4k|2160p?).{0,30}(?:1080p?|素材|source|footage|\byoutube\b|\bbetter\b|\bworth\b|b站)|"
     r"\b(?:better|worth)\b.{0,30}(?:4k|2160p?)|"
     r"(?:1080p?|素材|source|footage).{0,30}(?:4k|2160p?)",
     "If the footage is 1080p, exporting at 4K makes a bigger file with no more detail — the picture is only "
     "scaled up. Export at the source's resolution unless a platform requires 4K.",
     "如果素材是1080p，导出4K只是放大，画面不会更清楚，文件却大很多。"
     "按素材本身的分辨率导出就好，除非平台要求4K。"),
    (r"字号|\bfont size\b|\btext size\b|\b(?:size|big|large|small)\b.{0,20}\b(?:text|titles?|captions?|"
     r"subtitles?|font|letters)\b|\b(?:text|titles?|captions?|subtitles?|font|letters)\b.{0,20}\b(?:size|"
     r"how big)\b|"
     r"字(?:幕)?.{0,4}(?:多大|大小)",
     "On a phone, large text reads best: titles about a tenth of the frame height and captions clearly "
     "bigger than default for older viewers. Say “make the subtitles bigger” and I'll enlarge them.",
     "手机上看，字大一点更好：标题约占画面高度的十分之一，给老年人看字幕要比默认大一号。说“字幕放大一点”我就调大。"),
    # "do podcast ppl usually keep music under the whole episode or only intro and outro?", "背景音乐是全程放
    # 还是只放片头片尾": where music usually runs, asked
    (r"(?=.*(?:\b(?:music|bgm|song|track|soundtrack)\b|音乐|配乐|bgm))"
     r"(?=.*(?:\b(?:whole|entire|throughout|all the way|the full|nonstop|non-stop|constant\w*)\b|"
     r"全程|一直|从头到尾|整个|整集))"
     r"(?=.*(?:\b(?:intros?|outros?|only|just|start|beginning|ends?|openings?|segments?|breaks?)\b|片头|片尾|"
     r"开头|结尾|只))",
     "Both are common. Podcasts and interviews mostly use music for the intro, the outro and between "
     "segments, and leave the talking clean; vlogs, tutorials and promos often keep a quiet bed (10–20 %) "
     "under the whole thing. If it runs throughout, “duck the music under the voice” keeps speech clear.",
     "两种都常见。播客、访谈多数只在片头、片尾和段落之间放音乐，说话时保持干净；vlog、教程和宣传片常常全程垫一层"
     "很小的音乐（10%–20%）。如果全程放，说“人声时压低音乐”能保证说话清楚。"),
    # ("is 30% too much for bgm?", "reckon 25% is too loud for the music"): a level of the music, judged
    (r"%.{0,30}(?:music|bgm).{0,30}(?:talking|speech|voice|dialogue)|(?:music|bgm).{0,20}under\b|"
     r"\d+\s*%.{0,12}\btoo (?:loud|much|quiet|soft|low|high)\b.{0,30}\b(?:music|bgm|song|track)\b|"
     r"\b(?:music|bgm|song|track)\b.{0,20}\d+\s*%.{0,12}\btoo (?:loud|much|quiet|soft|low|high)\b|"
     r"\b(?:music|bgm)\b.{0,20}\b(?:how loud|what (?:volume|level)|volume)\b.*\?|"
     # "ballpark how loud should drone music be compared to narration": the music's level against the voice
     r"\bhow (?:loud|quiet|soft)\b.{0,30}\b(?:music|bgm|song|track)\b.{0,30}\b(?:compared to|vs\.?|versus|"
     r"relative to|against|under|below|next to|behind)\s+(?:the\s+|my\s+|a\s+|an\s+)?(?:[\w-]+\s+)?"
     r"(?:narration|narrator|voice\w*|speech|talking|dialogue|vocals?|vo|speaker|host|sermon)\b|"
     r"(?:配乐|音乐|bgm|背景音乐).{0,8}音量.{0,8}(?:多少|多大|合适)|"
     # ("背景音乐压在解说下面 一般调到百分之多少": where it sits said between)
     r"(?:配乐|音乐|bgm|背景音乐).{0,16}(?:百分之多少|多少\s*%|多大声|调到多少)|音量.{0,6}(?:多少|多大).{0,6}(?:配乐|音乐|bgm)",
     "Roughly 10–20 % (about −20 to −25 dB under the voice) keeps speech clear; “duck the music under the "
     "voice” lowers it automatically only while someone talks.",
     "大约 10%–20%（比人声低 20–25 dB）能保证说话清楚；说“人声时压低音乐”会只在说话时自动压低。"),
    (r"字幕.{0,8}准|识别.{0,6}准|口音|方言|\baccura\w*|\baccents?\b",
     "Subtitles are transcribed by a local Whisper model: clear standard speech comes out well; strong accen"
     "ts, "
     "dialects, music under the voice or several people talking at once cause more mistakes. Check the text "
     "afterwards; you can also say which language it is (“add Chinese subtitles”).",
     "字幕是用本地的 Whisper 模型识别的：普通话或标准口音、声音清楚时比较准；口音重、方言、背景音乐大或多人"
     "同时说话时错误会多一些。"
     "生成后最好检查一遍；也可以指定语言，比如“加中文字幕”。"),
    (r"\b(?:how long|length|duration)\b.*\b(?:intro|opening|hook)s?\b|\b(?:intro|opening|hook)s?\b.*"
     r"\b(?:how long|length|duration)\b|"
     # "is 20 seconds of warm-up too long an intro?": an intro's length judged, asked - the same rule of thumb
     r"\btoo (?:long|short)\b.*\b(?:intro|opening|warm-?up|hook)s?\b|"
     r"\b(?:intro|opening|warm-?up|hook)s?\b.*\btoo (?:long|short)\b|"
     # ("开头结尾都有几秒空白 剪掉": a few seconds of something said, not asked how long)
     r"(?:开头|片头).{0,8}(?:多长|几秒(?!\s*(?:的)?\s*(?:空白|黑屏|静音|没|废|多余|什么都没|啥都没))|多久)",
     "Short: on YouTube an intro that works is usually under 10–15 seconds, and the first few seconds should "
     "already show what the video is about; on Shorts, Reels and TikTok get to the point in the first 1–3 "
     "seconds. If yours runs long, say “cut the first N seconds”.",
     "越短越好：横屏长视频片头一般控制在10–15秒以内，前几秒就要让人知道视频讲什么；抖音、快手等短视频最好"
     "1–3秒内进入正题。太长的话说“剪掉前N秒”。"),
    # "should captions be burned in or delivered as an srt file": which kind, before whether at all
    (r"\b(?:srt|vtt)\b.*\b(?:srt|vtt|burn\w*)\b|\bburn\w* in\b.*\bsrt\b|srt.{0,6}vtt|字幕文件",
     "Burned-in subtitles are drawn into the picture (always visible, can't be switched off); an SRT or VTT "
     "file is a separate text track the viewer or platform can switch on and off. SRT is the most widely "
     "accepted (YouTube and Bilibili take both). Say “add subtitles and save an srt” for both.",
     "烧录字幕是画进画面里的（一直显示，不能关）；SRT/VTT 是单独的字幕文件，观众或平台可以开关。SRT 最通用"
     "，B站和 YouTube 两种都支持。"
     "说“加字幕并导出srt”就能两个都要。"),
    # ("whether subtitles are compulsory …, some of our staff are hard of hearing": whether they are needed)
    (r"\b(?:subtitles?|captions?)\b.*\b(?:should|worth|views?|help|engagement|need\w*|compulsory|mandatory|"
     r"required|necessary|obligatory|a must|hard of hearing|deaf)\b|\b(?:should|worth|do|point)"
     r"\b.*"
     r"\b(?:subtitles?|captions?)\b|字幕.{0,6}(?:有必要|要不要|需要吗|有用)",
     "Usually yes: many people watch with the sound off, so captions keep them watching and make the video "
     "accessible. Say “add subtitles” and I'll transcribe them.",
     "一般建议加：很多人静音刷视频，字幕能留住观众，也方便听障用户。说“加字幕”我就自动识别生成。"),
    # "should our insta stories have music?", "does a travel vlog need background music?", "视频要不要加配乐":
    # whether to have music at all, asked of their videos - advice about music (never the platform's frame
    # shape because a platform is named, nor an edit)
    # ("how do i add background music?": how to, not whether)
    (r"(?<!how )(?<!where )(?<!when )(?<!what )(?<!which )"
     r"\b(?:should|do|does|would|is it worth)\s+(?!(?:you|u|ya)\b)(?:[\w'-]+\s+){0,4}?(?:have|use|add|"
     r"include|need|get|put in|play)\s+(?:[\w'-]+\s+){0,2}?(?:background\s+|bg\s+)?(?:music|bgm|soundtrack|"
     r"songs?)\b[^?]*\?|"
     r"\b(?:is|are)\s+(?:background\s+)?(?:music|bgm|songs?)\s+(?:really\s+)?(?:necessary|needed|worth it|"
     r"a must|required)\b|"
     r"(?:要不要|需不需要|有没有必要|该不该|应不应该|用不用)\s*(?:加|配|放|用)?\s*(?:个|点|首)?\s*"
     r"(?:背景)?(?:音乐|配乐|bgm)|"
     r"(?:背景音乐|配乐|音乐|bgm)\s*(?:有必要|要不要|需要吗|有用吗)",
     "Usually yes where nobody talks (montages, travel clips, stories): music sets the mood and keeps people "
     "watching. Under speech keep it low (about 10–20 %) or ducked so the voice stays clear, and use music "
     "you have the rights to. Upload a song and say “add music.mp3 at 20%” to try it — “undo” takes it out.",
     "没人说话的视频（混剪、旅行、快拍）一般建议加：音乐定氛围，更能留住观众。有人说话时音乐要小（约10–20%）或"
     "设成人声时自动压低，歌要用有版权许可的。上传歌曲后说“加上music.mp3 音量20%”试试，不满意说“撤销”。"),
    (r"\bfonts?\b|字体",
     "Titles and text use DejaVu Sans (Latin) and Noto Sans CJK (Chinese); the font itself can't be changed "
     "here, but size, colour, position and style (plain, bold, outline, boxed) can.",
     "标题和文字用的是 DejaVu Sans（英文）和思源黑体 Noto Sans CJK（中文）；字体不能换，但大小、颜色、位置和"
     "样式（简单、粗体、描边、"
     "底框）都可以改。"),
    (r"滤镜|\bfilters?\b|\bluts?\b|贴纸|\bstickers?\b|变声|表情包",
     "No filters, LUTs or stickers here. For the look I can change brightness, contrast, saturation, black a"
     "nd "
     "white, or auto colour correction.",
     "这里没有滤镜、LUT 或贴纸。调画面可以用：亮度、对比度、饱和度、黑白、自动调色。"),
    (r"\bupload\w*\b.*\b(?:size|limit|max|big|large)|\b(?:max|limit)\w*\b.*\bupload|上传.{0,8}(?:多大|大小|"
     r"限制)",
     "Up to 500 MB per file — video: mp4, mov, avi, webm, mkv; images: jpg, png, gif, webp; audio: mp3, wav, "
     "m4a, aac.",
     "每个文件最大 500 MB——视频：mp4、mov、avi、webm、mkv；图片：jpg、png、gif、webp；音频：mp3、wav、m4a、a"
     "ac。"),
    (r"\b(?:export|render)\w*\b.*\b(?:long|time|fast|slow|minutes)\b|导出.{0,6}(?:多久|多长时间|要多久|慢|快)",
     "Usually faster than real time for 1080p — a one-minute video takes seconds to a minute on a laptop, "
     "longer with many effects; progress is shown while it runs.",
     "一般比视频本身时长还快：1 分钟的 1080p 视频在笔记本上几秒到一分钟；效果多会慢一些，导出时会显示进度。"),
    (r"\b(?:no|without) (?:sound|audio)\b|\bsilent\b.*\bexport|没有声音|没声音|没声",
     "Check whether the clip was muted (say “unmute”), whether its sound is very quiet (say “make it louder”"
     " or "
     "“normalize the audio”), and whether music you expect was added. I can fix any of these.",
     "先看看原声是不是被静音了（说“取消静音”），或者声音太小（说“声音大一点”或“响度标准化”），以及背景音乐有"
     "没有加上。这些我都可以帮你改。"),
    (r"\bloop\w*\b|循环",
     "Yes: background music repeats to fill the video and is cut at the end; say “play the music once” to st"
     "op "
     "the loop, or “fade the music out” for a soft ending.",
     "会：背景音乐会循环到视频结束，然后截断；说“音乐只播放一次”可以不循环，说“音乐结尾淡出”结尾更柔和。"),
    # "if a song says royalty free does that mean its free??", "免版税的意思是可以随便用吗": what a music
    # licence's
    # label means (before the credits and the price of this editor below - "credit" here is attribution)
    (r"\broyalty[\s-]?free\b|\bcopyright[\s-]?free\b|\bno copyright\b|\bcreative commons\b|"
     r"\bcc[\s-]?(?:by|0)\b|\bpublic domain\b|\battribution\b|"
     r"免版税|无版权|没有版权|版权免费|cc\s*协议|知识共享|公有领域|公共领域|署名",
     "I can't give legal advice, but in short: “royalty-free” means you don't pay per play or per view — not "
     "that the track costs nothing or has no conditions. Its licence still says what you may do: some need "
     "the artist credited (Creative Commons BY), some forbid commercial use such as an ad or a promo (NC), "
     "and a few libraries limit which platforms. Read the licence of that track before you post. Upload the "
     "audio file and I'll mix it in.",
     "这不是法律意见，但简单说：“免版税”是指不用按播放次数付版税，不等于免费，也不等于没有条件。能怎么用要看这首"
     "曲子的授权条款：有的要求注明作者（CC BY），有的不许商用（NC，比如广告、宣传），"
     "有的曲库还限定平台。发之前"
     "先看清它的授权。把音频文件上传上来，我就能混进去。"),
    (r"\bcredits?\b|\bbalance\b|积分|余额",
     "Each editing turn uses one credit (given back when nothing changes) and exports are free; your balance "
     "is shown by the client's credits command (client.credits()) or the Studio's credits panel.",
     "每次编辑消耗 1 个积分（没改动会退回），导出免费；余额可以用客户端的 credits 命令（client.credits()）或"
     " Studio 的积分面板查看。"),
    # "should we shoot vertical or horizontal if it goes on both reels and youtube?": how to film, asked
    (r"\b(?:shoot|film|record)\w*\b.*\b(?:vertical\w*|horizontal\w*|portrait|landscape|orientation|sideways|"
     r"upright)\b|(?:拍|录)\S{0,4}(?:竖屏|横屏|竖着|横着)|(?:竖屏|横屏|竖着|横着)\S{0,3}(?:拍|录)",
     "For one shoot that goes to both: film horizontal 16:9 (4K if you can) and keep the action in the "
     "middle third of the frame — YouTube uses it as it is, and I can cut a vertical 9:16 version for "
     "Reels/Shorts from the centre (“make it 9:16”). Film vertical only if it is mostly for Reels/TikTok: a "
     "vertical shot can't become a good 16:9 one.",
     "如果一次拍摄要发两边：横着拍 16:9（能拍4K更好），把主体放在画面中间三分之一——B站/YouTube 直接用，"
     "竖屏版我可以从中间裁出 9:16（说“改成竖屏”）。"
     "只有主要发抖音/Reels 时才竖着拍：竖拍的画面没法变成好的横屏。"),
    # "youtube or youtube shorts? it's a minute long": which place to post, asked
    (r"(?=.*\b(?:youtube|yt|shorts|tiktok|reels|instagram|insta|facebook|linkedin|vimeo)\b\s+or\s+(?:on\s+)?"
     r"(?:youtube|yt|shorts|tiktok|reels|instagram|insta|facebook|linkedin|vimeo)\b)|"
     r"(?:抖音|快手|视频号|小红书|b站|B站|youtube|油管)\s*还是\s*(?:抖音|快手|视频号|小红书|b站|B站|youtube|油管)",
     "For a punchy clip up to about a minute, a vertical short (YouTube Shorts, Reels, TikTok) reaches the "
     "most new viewers; a horizontal 16:9 video on regular YouTube suits longer, searchable videos. Often "
     "both is best: the full 16:9 on YouTube and a 9:16 cut of the best moments as a Short — say “make it "
     "9:16” and I'll reframe it.",
     "一分钟左右、节奏紧凑的片子，发竖屏短视频（抖音、视频号、Shorts）最容易被新观众刷到；更长、适合被搜索的"
     "内容发横屏 16:9 的长视频平台（B站、YouTube）。常见做法是两边都发：完整横屏版发长视频，"
     "精华剪成 9:16 发短视频"
     "——说“改成竖屏”我来改画幅。"),
    (r"竖屏.{0,8}横屏|横屏.{0,8}竖屏|\b(?:vertical|portrait)\b.*\b(?:horizontal|landscape)\b|"
     r"\b(?:horizontal|landscape)\b.*\b(?:vertical|portrait)\b",
     "It depends where it goes: phones and short-video apps (TikTok, Reels, Shorts) → vertical 9:16; YouTube"
     ", "
     "Bilibili and TV → horizontal 16:9. Say “make it 9:16” or “make it 16:9”.",
     "看发在哪：手机短视频平台（抖音、快手、视频号、Reels）用竖屏 9:16；B站、YouTube、电视用横屏 16:9。说“改"
     "成9:16”或“改成16:9”即可。"),
    (r"\bwhat (?:can|do) you do\b|\bwhat can i (?:do|ask)\b|哪些剪辑|能做什么|能干什么|会什么|能帮我做哪些",
     "I can cut (trim, keep or remove parts, split, reorder, remove silences and dead air), add titles, tex"
     "t, "
     "subtitles from speech, a logo or picture-in-picture, add and mix music, change speed, volume, loudnes"
     "s, "
     "colour, aspect ratio and platform format, fades and crossfades, and export MP4/MOV/WebM, GIFs and "
     "thumbnails. Just say what you want, e.g. “cut the first 5 seconds and add subtitles”.",
     "我可以：剪辑（去头去尾、保留或删除某一段、分割、调整顺序、去掉停顿和空白）、加标题和文字、根据语音自"
     "动加字幕、加台标或画中画、"
     "加背景音乐并调音量、变速、响度标准化、调色、改画幅（竖屏/横屏/方形）、淡入淡出和转场，导出 MP4/MOV/We"
     "bM、GIF 和封面图。"
     "直接说要怎么改就行，比如“剪掉前5秒并加字幕”。"),
    (r"画中画.{0,12}音量|音量.{0,12}画中画|\bpip\b.*\bvolume\b|\bvolume\b.*\bpip\b",
     "With picture-in-picture two clips can play sound at once; turning one down (or muting it) keeps the "
     "main voice clear. I can set the volume of the main track or the music for you.",
     "画中画时两个画面可能同时有声音，把其中一个调低（或静音）能让主要的人声更清楚。需要的话我可以帮你调主音"
     "轨或背景音乐的音量。"),
    (r"\b(?:export|file|render|video)\b.*\b(?:big|large|huge|heavy|size)\b|文件.{0,6}(?:大|小)|体积|"
     r"(?:导出|视频|文件).{0,6}(?:这么|太|很|特别|好)大",
     "Exports are H.264 at high quality at up to 1080p on the short side; long or high-resolution footage ma"
     "kes "
     "big files. For a smaller file say “export at 720p”, or cut what you don't need first.",
     "导出是 H.264 高画质、短边最高 1080p；视频越长、分辨率越高文件越大。想要小一点可以说“导出720p”，或者先"
     "剪掉不需要的部分。"),
    (r"\bhow long\b.*\b(?:short|shorts|tiktok|tik tok|reels?)\b|(?:抖音|快手|视频号).{0,10}多长",
     "Shorts, Reels and TikToks may run up to a few minutes, but 15–60 s keeps the most viewers to the end. "
     "Tell me a target (“make it 30 seconds”) and I'll cut to it.",
     "短视频平台允许几分钟长，但 15–60 秒完播率最高。告诉我目标时长（比如“剪到30秒”），我来剪。"),
    # "旅行vlog用4:5还是9:16发小红书": shapes weighed for a feed - that feed's answer, not the shapes' names
    (r"(?:\b(?:facebook|instagram|insta)\b|小红书).*‹r\d+by\d+›.*‹r\d+by\d+›|"
     r"‹r\d+by\d+›.*‹r\d+by\d+›.*(?:\b(?:facebook|instagram|insta)\b|小红书)", _FEED_EN, _FEED_ZH),
    (r"‹r\d+by\d+›.*‹r\d+by\d+›|\b(?:portrait|vertical|landscape|horizontal|square)\b.*(?:‹r\d+by\d+›)|(?:‹r"
     r"\d+by\d+›).*\b(?:portrait|"
     r"vertical|landscape|horizontal|square)\b|竖屏.{0,6}‹r|横屏.{0,6}‹r",
     "9:16 is vertical (portrait, 1080×1920), 16:9 horizontal (landscape, 1920×1080), 1:1 square and 4:5 a "
     "slightly tall portrait for feeds. Say e.g. “make it 9:16” to change it.",
     "9:16 是竖屏（1080×1920），16:9 是横屏（1920×1080），1:1 是正方形，4:5 是信息流常用的略竖画幅。说“改成9"
     ":16”即可切换。"),
    (r"(?:remove|erase|get rid of|去掉|去除|抹掉).{0,12}(?:watermark|水印)|(?:watermark|水印).{0,10}(?:remov"
     r"|去掉|侵权)",
     "I can't remove watermarks, and reposting someone else's video without permission can infringe their "
     "rights even with the watermark gone — use footage you own or have permission to use.",
     "我没法去水印；而且未经许可搬运别人的视频，即使去掉水印也可能构成侵权——请使用自己拍的或获得授权的素材"
     "。"),
    # "can i use a song i bought on itunes?", "我在苹果音乐买的歌能放视频里吗": music bought to listen to,
    # asked about for a video (not an ad, not a streaming fetch) - what buying it allows
    (r"^(?!.*\b(?:ad|ads|advert\w*|commercial\w*|business|shop|store)\b)(?:.*\b(?:bought|purchased|paid for|"
     r"buy|own)\b.{0,40}\b(?:songs?|music|tracks?|albums?|tunes?)\b|.*\b(?:songs?|music|tracks?|albums?)\b.{0,30}"
     r"\b(?:i|we) (?:bought|purchased|paid for|own)\b)|"
     r"^(?!.*(?:商用|广告|店里|盈利|赚钱)).*(?:买|购买|付费|花钱)\S{0,3}的?(?:歌|音乐|曲子|专辑)",
     "Buying a song (on iTunes, Amazon, Bandcamp…) gets you a licence to listen to it, not to put it in a "
     "video you publish — platforms may mute or take the video down. For a private video only you watch "
     "it's your call; for anything you post, use music licensed for video (royalty-free libraries or the "
     "platform's own sound library). I can't fetch it from the store: upload the audio file (mp3, wav, m4a, "
     "aac) and I'll mix it in.",
     "买了一首歌（苹果音乐、QQ音乐等）只是买了收听的授权，不等于能放进你发布的视频里——平台可能静音或下架视频。"
     "只给自己看的视频由你决定；要发出去的，请用授权可用于视频的音乐（免版税曲库，或平台自带的音乐库）。"
     "我没法从商店拉取歌曲：把音频文件（mp3、wav、m4a、aac）上传上来，我就能混进去。"),
    (r"(?:下载|买|购买|花钱|付费).{0,8}(?:歌|音乐|曲子|bgm|background music)|(?:歌|音乐|bgm|background music)"
     r".{0,14}(?:商用|广告|店里|盈利|赚钱|被告|起诉|吃官司|(?:给|付|交|掏)钱)|"
     # "adding music to my shop ad video, does that count as commercial use": music in a video for a business
     r"\b(?:songs?|music|tracks?|bgm|tunes?)\b.{0,40}\bcommercial\b|\bcommercial\b.{0,40}\b(?:songs?|music|"
     r"tracks?|bgm|tunes?)\b|"
     # "配乐是不是都得花钱买版权": the rights to music, asked (before the price of this editor below)
     r"(?:配乐|音乐|歌|bgm).{0,12}版权|版权.{0,10}(?:配乐|音乐|歌|bgm)|(?:歌|音乐|配乐|bgm).{0,8}(?:下架|限流)|"
     r"(?:\b(?:bought|purchased|downloaded|paid for)\b.{0,30}\b(?:song|music|track)s?\b|"
     r"\b(?:song|music|track)s?\b.{0,30}\b(?:bought|purchased|downloaded|paid for)\b).*"
     r"\b(?:ad|ads|advert\w*|commercial\w*|business|shop|store)\b",
     _COPYRIGHT_EN, _COPYRIGHT_ZH),
    (r"\b(?:cost|price|free|paid|subscription)\b.*\b(?:app|tool|editor|this|you|it)\b|收费|免费|要钱|花钱|会"
     r"员",
     "The editor runs locally and is free to use: each editing turn uses one credit (given back when nothing "
     "changes), exports are free, and nothing needs a subscription.",
     "这个编辑器在本地运行，可以免费用：每次编辑消耗 1 个积分（没有改动会退回），导出不收费，也不需要会员。"),
    # "is it bad if i use a song from tiktok?": someone else's music used - the copyright answer
    (r"\b(?:use|using|used|put)\s+(?:a |an |the |this |that |some |someone'?s |popular |trending )?(?:\w+ )?"
     r"(?:songs?|tracks?|music|sounds?)\s+(?:from|off|on)\b|\b(?:songs?|music|tracks?)\b.{0,30}\b(?:bad|allowed|"
     r"legal|get (?:muted|taken down|flagged|claimed|struck))\b|\b(?:get|be|gets) (?:muted|taken down|"
     r"flagged|"
     r"claimed|struck|removed)\b.{0,40}\b(?:songs?|music|tracks?)\b",
     _COPYRIGHT_EN, _COPYRIGHT_ZH),
    (r"copyright|\bpay\b|licen[cs]|royalt|taylor swift|\bcredit\b|monetiz|remix|付费|版权|侵权|下架|"
     r"热门\s*bgm",
     _COPYRIGHT_EN, _COPYRIGHT_ZH),
    (r"\blufs\b|\bnormali[sz]\w*|\bloud\w*\b.*\b(?:youtube|podcast|spotify|platform)|响度|"
     # "will youtube turn my video down if it peaks at 0db?": how platforms treat loud audio
     r"\b(?:peaks?|peaking|0 ?db|clipping|too loud)\b.*\b(?:youtube|yt|instagram|insta|tiktok|platforms?)\b|"
     r"\b(?:youtube|yt|instagram|insta|tiktok|platforms?)\b.*\b(?:peaks?|peaking|0 ?db|clipping|turn\w* "
     r"(?:\w+ ){0,3}down|lower\w* the volume)\b",
     "Around −14 LUFS is the usual target for YouTube, TikTok and other social platforms (they turn louder "
     "videos down); podcasts are often mastered a little quieter, around −16 LUFS. Say “normalize the audio” "
     "(−14 LUFS) or “normalize to −16 LUFS”.",
     "LUFS 是响度单位。短视频平台一般以 −14 LUFS 为标准（太响会被平台压低，太轻会显得没声音），播客常用 −16"
     " LUFS。说“响度标准化”就会调到 "
     "−14 LUFS。"),
    (r"\bfit\b|\bblur\w*\b.*\bcrop\b|\bcrop\b.*\bblur\w*|\bblack bars\b|黑边|填充|模糊背景",
     "Crop fills the frame by cutting off the sides (nothing is letterboxed, but the edges are lost); blur "
     "keeps "
     "the whole picture and fills the empty space with a blurred copy of it; solid uses plain bars. For tal"
     "king "
     "heads crop (or follow the face) looks best; for wide shots with important edges, blur. Say e.g. “make"
     " it "
     "9:16, crop” or “… with a blurred background”.",
     "裁剪铺满：切掉两边，画面填满但边缘会丢；模糊背景：保留完整画面，空白处用放大模糊的画面填充；纯色：加"
     "黑边。人物口播适合裁剪铺满，"
     "边缘有重要内容的横屏画面适合模糊背景。可以说“改成竖屏，裁剪铺满”或“改成竖屏，模糊背景”。"),
    (r"\bduck\w*|闪避",
     "Ducking lowers the background music automatically while someone speaks and brings it back up in the "
     "pauses, so the voice stays clear. Say “duck the music under the voice”.",
     "“闪避”就是有人说话时自动压低背景音乐，停顿时再恢复，让人声更清楚。说“说话时音乐自动变小”即可。"),
    # (the denoiser is FFmpeg's afftdn at one fixed strength - render/sound.py: no AI model, no setting)
    (r"\bdenois\w*|\bnoise\b|降噪",
     "Noise reduction here is not an AI model: it is a gentle spectral filter at one fixed strength. It "
     "lowers steady noise — hiss, hum, a fan or an engine's drone — and the voice usually stays natural; "
     "with loud noise close by it can't remove all of it and the voice can sound a little thin or "
     "processed, and changing sounds (talking, clatter) stay. Try “denoise the audio” and undo if you don't "
     "like it.",
     "这里的降噪不是AI模型，而是一个固定强度、比较温和的频谱滤波：能压低持续的底噪（嘶嘶声、嗡嗡声、风扇或发动机声），"
     "人声一般仍然自然；噪音很大、离得很近时去不干净，人声可能会有点发薄、失真，变化的声音（说话声、碰撞声）"
     "去不掉。可以先试“降噪”，不满意就撤销。"),
    (r"\bsilen\w*|停顿|静音",
     "Silences are pauses quieter than −35 dB lasting at least 0.5 s; 0.15 s is kept around speech so word "
     "endings are not clipped. You can change both: “remove silences longer than 1 s, keep 0.3 s margin”.",
     "低于 −35 dB 且超过 0.5 秒的停顿算静音；说话前后各保留 0.15 秒，所以不会切掉字尾。都可以改，比如“去掉"
     "超过1秒的停顿，前后留0.3秒”。"),
    # "速度1.0就是正常速度对吧 数值越大越快？", "is 1x normal speed?": what a speed value means
    (r"(?:速度|倍速)\s*[\d.]+\s*(?:倍)?\s*(?:就是|是|算)|[\d.]+\s*倍速?\s*(?:就是|是|算)\s*(?:正常|原速|原来)|"
     r"(?:数值|数字|值)\s*越大\s*越快|越小\s*越慢|\b1(?:\.0)?\s*x\b[^?]{0,20}\bnormal\b|"
     r"\bnormal speed\b[^?]{0,20}\b1(?:\.0)?\s*x?\b|\bhigher (?:number|value)s?\b[^?]{0,20}\bfaster\b",
     "1× (a speed of 1.0) is the normal speed; above 1 plays faster (up to 4×), below 1 slower (down to "
     "0.25×), and the voice keeps its pitch.",
     "速度1.0（1倍）就是原速；数值越大越快（最多4倍），小于1就变慢（最低0.25倍），音调不变。"),
    # "can you go faster than 2x? i read atempo only does 0.5 to 2": the engine chains atempo
    # (render/audio.atempo_chain), so speed goes past 2x, to 4x, and down to 0.25x, with the pitch kept - the
    # limit asked decides yes or no
    (_PAST_LIMIT + r"(?:[0-3](?:\.\d+)?|\.\d+)" + _TIMES,
     "Yes — speed goes up to 4× here. One atempo filter only covers 0.5×–2×, so beyond that I chain two (2× "
     "twice for 4×); the voice keeps its pitch. Say e.g. “speed it up 3x”.",
     "可以——速度最高能到 4 倍。一个 atempo 滤镜只能做 0.5 到 2 倍，超出时我会串联两个"
     "（4 倍就是两次 2 倍），音调不变。可以说“加速3倍”。"),
    (_PAST_LIMIT + r"\d+(?:\.\d+)?" + _TIMES,
     "No — 4× is the fastest here (two atempo filters chained, 2× each; the voice keeps its pitch). I can "
     "speed it up 4x, or cut what you don't need (e.g. “remove the pauses”).",
     "不行——最快是 4 倍（两个 atempo 串联，各 2 倍，音调不变）。可以加速到4倍，"
     "或者把不需要的部分剪掉（比如“去掉停顿”）。"),
    (_UNDER_LIMIT + r"(?:0?\.(?:2[6-9]|[3-9])\d*|[1-9]\d*(?:\.\d+)?)" + _TIMES,
     "Yes — speed goes down to 0.25× here. One atempo filter only covers 0.5×–2×, so below that I chain two; "
     "the voice keeps its pitch. Say e.g. “slow it down to 0.3x”.",
     "可以——速度最低能到 0.25 倍。一个 atempo 滤镜只能做 0.5 到 2 倍，低于 0.5 倍时我会串联两个，音调不变。"
     "可以说“放慢到0.3倍”。"),
    (_UNDER_LIMIT + r"\d*\.?\d+" + _TIMES,
     "No — 0.25× is the slowest here. I can slow it to 0.25x, or hold a frame still (e.g. “freeze at 0:05 "
     "for 2 seconds”).",
     "不行——最慢是 0.25 倍。可以放慢到0.25倍，或者让某一帧定格（比如“在第5秒定格2秒”）。"),
    (r"\batempo\b",
     "Speed goes from 0.25× to 4× here. One atempo filter only covers 0.5×–2×, so beyond that I chain two; "
     "the voice keeps its pitch.",
     "速度能调到 0.25 倍到 4 倍。一个 atempo 滤镜只能做 0.5 到 2 倍，超出时我会串联两个，音调不变。"),
    (r"\bmax\w* speed|\bspeed\b.*\b(?:max|limit|fastest|slowest)|最快|最慢|(?:最大|最小|最高|最低).{0,4}倍速|"
     r"(?:放慢|加速|加快|减速)到?(?:几倍|多少)",
     "Speed can be set from 0.25× to 4× (pitch is kept).",
     "速度可以调到 0.25 倍到 4 倍（音调不变）。"),
    # "视频导出后在哪找", "where do exports go": where the exported file lands
    (r"(?:导出|输出|渲染)\S{0,6}(?:后|完|好|的文件|的视频)?\S{0,4}(?:在哪|去哪|哪里|哪儿)|"
     r"\bwhere\b[^?]{0,30}\b(?:exports?|exported|rendered|downloads?)\b|"
     r"\b(?:exports?|exported (?:file|video))\b[^?]{0,20}\b(?:go|end up|saved|find)\b",
     "When an export finishes, the file is saved in the “exports” folder next to your notebook, named after "
     "the project, and the export panel shows a download link and the file size.",
     "导出完成后，文件会保存在笔记本旁边的“exports”文件夹里，以项目名命名；导出面板上也会显示下载链接和文件大小。"),
    # "gif能带声音不", "do gifs have sound": the format carries no audio
    (r"(?:(?<![a-z])gifs?(?![a-z])|动图)\S{0,8}(?:声音|音频|音乐|有声|带声)|"
     r"(?:\bgifs?\b)[^?]{0,20}\b(?:sound|audio|music)\b",
     "No — a GIF has no sound track, so any audio is left out. For a short clip with sound, export MP4 "
     "(e.g. “keep 0:02 to 0:05 and export mp4”).",
     "不能——GIF 动图本身不带声音，音频会被去掉。想要有声音的短片，可以导出MP4"
     "（比如“保留0:02到0:05，导出mp4”）。"),
    # "请问可以只导出其中一段吗", "can i export just one part": keep that part, export, undo
    (r"(?:\bexport|\brender|\bsave|导出).{0,16}(?:\bonly\b|\bjust\b|\bpart\b|\bsection\b|\bsegment\b|一段|"
     r"部分|其中|片段)|(?:\bonly\b|\bjust\b|一段|部分|片段).{0,10}(?:\bexport|导出)",
     "Yes: keep just that part (“keep 0:10 to 0:20”), export it, then say “undo” to get the whole video"
     " back. "
     "A GIF of a part works directly: “make a gif of 0:02-0:05”.",
     "可以：先只保留那一段（“保留0:10到0:20”），导出后说“撤销”就能恢复完整视频。导出动图可以直接指定一段，"
     "比如“把0:02到0:05导出成动图”。"),
    (r"\bundo\b.*\bexport|\bexport\b.*\bundo|导出.*撤销|撤销.*导出",
     "Yes — exporting never changes the edit history, so you can still undo, redo or go back to any version.",
     "可以——导出不会改变编辑历史，之后照样可以撤销、重做或回到任意版本。"),
    (r"\bfile ?types?\b|\bformats?\b.*\bupload|\bupload\b.*\bformats?|支持.*格式|什么格式",
     "Video: mp4, mov, avi, webm, mkv; images: jpg, png, gif, webp; audio: mp3, wav, m4a, aac — up to 500 MB "
     "each.",
     "视频：mp4、mov、avi、webm、mkv；图片：jpg、png、gif、webp；音频：mp3、wav、m4a、aac——每个文件最大 500"
     " MB。"),
    (r"\b(?:spotify|apple music|youtube music|soundcloud|itunes|tidal|deezer|pandora)\b|"
     r"(?:网易云|QQ音乐|酷狗|酷我).{0,10}(?:歌|音乐)",
     "No — I can't fetch songs from Spotify or other streaming services (their music is licensed for "
     "listening only). Upload an audio file you have the rights to (mp3, wav, m4a, aac) and say e.g. "
     "“add music.mp3 as background music at 30%”.",
     "不能——我没法从网易云、QQ音乐、Spotify 等平台拉取歌曲（那些音乐只授权收听）。请上传你有使用权的音频文件"
     "（mp3、wav、m4a、aac），再说“加背景音乐，音量30%”。"),
    (r"\bmp4\b.*\bmov\b|\bmov\b.*\bmp4\b",
     "MP4 (H.264/AAC) — it is what YouTube, Bilibili and every social platform recommend, and smaller; MOV "
     "gives no quality advantage for uploading. Say “export as mp4”.",
     "用 MP4（H.264/AAC）——YouTube、B站和各平台都推荐，文件也更小；MOV 上传并不会更清楚。说“导出mp4”即可。"),
    (r"\b(?:60|50|30|25|24)\s*fps\b|\bframe ?rate|(?:60|30|24)\s*帧|帧率",
     "30 fps is plenty for most talking and vlog videos; 24 fps gives the film look some prefer for short "
     "films; 60 fps only helps fast motion (sports, games) and makes bigger files. I export at the source's "
     "frame rate, so pick it when you film.",
     "一般口播、vlog 用 30 帧就够了；想要电影感可以用 24 帧；60"
     " 帧只对快速运动（运动、游戏）有帮助，文件也更大。"
     "导出时保持原视频的帧率，所以拍摄时就要选好。"),
    (r"‹r9by16›.*\bpixels?\b|\bpixels?\b.*‹r9by16›|\b(?:resolution|size)\b.*\b(?:tiktok|reels|shorts)\b|"
     r"\b(?:tiktok|reels|shorts)\b.*\b(?:resolution|size)\b",
     "9:16 is 1080×1920 pixels — the size TikTok, Reels and Shorts use. Say “make it for TikTok” and I'll "
     "reframe it.",
     "9:16 就是 1080×1920 像素，抖音、Reels、Shorts 都用这个尺寸。说“改成抖音格式”我就帮你改。"),
    (r"\b(?:facebook|feed|instagram|insta|linkedin)\b|小红书|‹r4by5›|‹r1by1›", _FEED_EN, _FEED_ZH),
    # "will tiktok cover my text if i put it at the bottom?": the app's buttons over the picture
    (r"\b(?:tiktok|reels?|shorts|instagram|ig|youtube|yt)\b.*\b(?:cover\w*|hide\w*|hidden|block\w*|overlap\w*|"
     r"cut off)\b|\b(?:cover\w*|hide\w*|hidden|block\w*|overlap\w*)\b.*\b(?:tiktok|reels?|shorts|instagram|"
     r"ig)\b|(?:抖音|快手|视频号|小红书).{0,12}(?:挡|遮)",
     "Yes — on TikTok, Reels and Shorts the caption, username and buttons cover about the bottom fifth of "
     "the "
     "picture and the right edge, so text right at the bottom gets hidden. Keep it in the middle or upper "
     "part of the frame.",
     "会——抖音、快手这类竖屏平台底部大约五分之一和右侧会被文案、账号名和按钮挡住，文字贴底放会被遮住。"
     "放在画面中间或偏上更稳妥。"),
    # "can the captions come out in spanish or is it english only": the language spoken is the one written
    (r"\b(?:captions?|subtitles?|subs)\b.*\b(?:spanish|french|german|chinese|japanese|korean|portuguese|"
     r"italian|hindi|arabic|russian|english|languages?)\b.*\b(?:only|other|or)\b|"
     r"字幕.{0,12}(?:英文|中文|英语|西班牙语|日语|韩语|语言).{0,8}(?:只|还是|吗)", *SPOKEN_LANGUAGE),
    (r"\b(?:tiktok|reels?|shorts)\b|抖音|快手|视频号",
     "Vertical 9:16 (1080×1920), MP4, with text kept away from the bottom fifth and the right edge where the "
     "buttons sit. 4:5 also plays, but with bars. Say “make it for TikTok” and I'll reframe it.",
     "竖屏 9:16（1080×1920）、MP4 格式；文字别放在底部五分之一和右侧按钮区域。横屏直接发会有黑边。说“改成抖"
     "音格式”即可。"),
    (r"\byoutube\b|\byt\b|b站|bilibili",
     "16:9 at 1080p (1920×1080), MP4 H.264 with AAC audio, around −14 LUFS. Say “make it for YouTube”.",
     "B站/YouTube 用横屏 16:9、1080p（1920×1080）、MP4，响度约 −14 LUFS。说“改成B站格式”或“16:9”即可。"),
    # "视频发出去会不会被压缩": platforms re-encode uploads
    (r"\bcompress\w*|\b(?:quality|looks?)\b.{0,20}\b(?:worse|blurry|bad|drop\w*|lower)\b.{0,30}\b(?:upload\w*|post\w*|"
     r"after)\b|压缩|(?:发出去|上传|发布)\S{0,8}(?:糊|模糊|画质变差|变差)",
     "Yes — every platform re-encodes what you upload, so some softening is normal. It stays best when you "
     "upload an MP4 at 1080p in the platform's own shape (9:16 for TikTok/Reels/Shorts), with little fine "
     "moving detail. Say e.g. “make it 9:16 and export as mp4”.",
     "会——各平台都会对上传的视频重新压缩，画质略有下降是正常的。上传 1080p 的"
     " MP4、并且用平台自己的画幅（抖音/快手竖屏 9:16）"
     "效果最好。可以说“改成竖屏，导出mp4”。"),
    # "will people notice the jump cuts": jump cuts from removed pauses
    (r"\bjump[\s-]?cuts?\b|跳切|(?:剪掉|去掉)停顿.{0,10}(?:明显|跳|卡)",
     "In talking videos jump cuts are normal and most viewers don't mind them — they keep the pace up. To "
     "soften them, keep a little pause around words (“remove the silences, keep 0.3 s”) or cover the cuts "
     "with captions.",
     "口播视频里跳切很常见，多数观众不在意，反而节奏更紧凑。想更顺一点，可以去停顿时多留一点（“去掉停顿，前后留0.3秒”），"
     "或者加字幕遮住跳点。"),
    # "would a fade at the end look cheesy?": taste in transitions and effects
    (r"\b(?:cheesy|tacky|cringe\w*|dated|overkill|too much|amateur\w*|unprofessional|corny)\b|土气|太土|"
     r"廉价感|"
     r"(?:转场|特效|淡入|淡出).{0,12}(?:土|low|廉价)",
     "Simple reads as professional: hard cuts between shots, a short crossfade (0.5–1 s) only where time "
     "passes, a 1 s fade out at the very end, and no spinning or star-wipe transitions. Say e.g. “fade out "
     "1s at the end” or “add 0.5s crossfades between clips”.",
     "越简单越显专业：镜头之间直接切，只有时间跳跃处用 0.5–1 秒的叠化转场，结尾淡出 1"
     " 秒，别用旋转、星形之类的"
     "花哨转场。可以说“结尾淡出1秒”或“片段之间加0.5秒转场”。"),
    (r"\bviral\b|\bhook\b|前三秒|前3秒|留住|节奏|拖沓|完播|技巧|建议|tips?\b|advice",
     "Start with the most interesting moment in the first 2–3 seconds, cut every pause and repeated take "
     "(“remove the silences”), keep it short, add captions (most people watch muted), and put the key words "
     "on screen as text. I can do the cutting, captions and text for you.",
     "前 2–3 秒放最吸引人的画面或一句话；去掉所有停顿和重复（“去掉停顿”）；尽量短；加字幕（很多人静音看）；"
     "把关键词做成文字。"
     "剪辑、字幕和文字我都可以帮你做。"),
    # "产品视频咋拍才显得高级", "how should we film the tasting so it looks good": how to film - before the
    # edit
    (r"(?:咋|怎么|怎样|如何)\s*(?:样)?\s*(?:去|来)?\s*(?:拍|拍摄|录|取景|构图|打光|布光|运镜|出镜)|"
     r"\bhow (?:do|should|can|could|would) (?:i|we|you) (?:best )?(?:shoot|film|record|light|frame)\b",
     "Filming comes before anything I can do, but the usual advice: steady shots (a tripod or both hands), "
     "plenty of soft light facing the subject, the mic close to whoever speaks, a few seconds before and "
     "after each take, and more takes than you need. Once it's uploaded I can cut, caption, reframe and "
     "colour it.",
     "拍摄在剪辑之前，这部分我帮不上，但一般建议：画面要稳（三脚架或双手持稳）、光线充足且打在主体正面、"
     "收音靠近说话的人、每条前后多留几秒、多拍几条备用。拍好上传后，剪辑、字幕、画幅和调色我都可以做。"),
    (r"\bhow long\b|\blength\b|多长|多久|几\s*分钟|多少\s*(?:分钟|秒)|15\s*秒|30\s*秒|§15000§|§30000§",
     "It depends on where it goes: for TikTok and Reels 15–30 s keeps the most viewers to the end (up to"
     " 60 s "
     "for tutorials); a highlight film of an event or a wedding usually runs 3–5 minutes. Tell me a target "
     "(“make it 30 seconds”) and I'll cut to it.",
     "抖音/Reels 一般 15–30 秒完播率最高，教程类可以到 60 秒；活动或婚礼的快剪、精华片一般 3–5 分钟。"
     "告诉我目标时长（比如“剪到30秒”），我来剪。"),
    # "be honest, does the title look cheesy?", "你觉得结尾这样好不好": my opinion of this video asked - I
    # can't watch it, so the judgement is theirs; rules of thumb and how to try a change (and take it back)
    (OPINION_ASKED,
     "I can't watch the video and judge it for you — how it comes across is your call. Rules of thumb: get "
     "to the point in the first few seconds, cut whatever drags, keep music well under speech, and add "
     "captions for people watching muted. To try a change just say it (e.g. “cut the first 10 seconds”) — "
     "“undo” brings it back exactly as it was.",
     "我看不到画面，没法替你判断效果好不好——这要你自己拿主意。一般经验：前几秒就进入正题，拖沓的地方剪掉，"
     "音乐比人声小很多，加上字幕方便静音看的人。想试某个改动直接说（比如“剪掉前10秒”），不满意说“撤销”就能完全"
     "恢复。"),
]


# "Please what is the meaning of 'ducking'?", "sir, how do i add music" (Nigerian / Indian English): a polite
# word before a question word asks nothing to be done - the question follows it
# ("please what i want is the first 5 seconds cut" says what is wanted: only a question word asking follows)
# ("Abeg do I need to pay for music before I post?": Nigerian "please"; a yes/no question of what they must
# do or what is so - "do i", "should we", "is it" - follows it as well; "can i", "is it possible" stay polite
# requests)
_POLITE_WORDS_EN = r"(?:please|pls|plz|kindly|sir|ma|madam|boss|abeg|biko)"
_POLITE_QUESTION_EN = re.compile(rf"^\s*(?:{_POLITE_WORDS_EN}[,\s!.]+)+"
                                 r"(?=(?:what(?:'s|s)?\s+(?:is|are|does|do|did|was|the|a|an|⟦|[\"'“‘])|"
                                 r"(?:do|does|did)\s+(?:i|we|it|this|that|they|people|instagram|youtube|tiktok)"
                                 r"\s+(?:need|have|must|require|get|allow|count|matter|cost)\b|"
                                 r"(?:should|must)\s+(?:i|we)\b|is\s+(?:it|there|this|that)\s+(?!possible\b)"
                                 r"(?:legal|allowed|ok|okay|fine|true|a\s+rule|any)\b|"
                                 r"what\s+(?:can|should|would|will)\b|"
                                 r"how\s+(?:do|does|can|should|would|to|long|many|much|big)\b|why\b|which\b|"
                                 r"where\s+(?:is|are|do|does|can|should)\b|who\b))", re.IGNORECASE)
# "kindly advise whether subtitles are compulsory …", "please advise if …", "i want to know whether …",
# "let me know if …": asked to be told whether (or what, how) - a question, however it is worded, never an
# order
_ADVISE_EN = re.compile(rf"^\s*(?:{_POLITE_WORDS_EN}[,\s!.]+)*"
                        r"(?:(?:(?:kindly|please|pls|plz)\s+)?(?:advise|advice|enlighten|guide)(?:\s+(?:me|us))?"
                        r"(?:\s+on)?\s*[,:]?\s*|"
                        r"(?:(?:kindly|please|pls|plz)\s+)?(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us)|"
                        r"confirm(?:\s+to\s+(?:me|us))?)\s+|"
                        r"(?:i|we)\s+(?:want|wanted|would\s+like|wish|need)\s+to\s+(?:know|ask|find\s+out|"
                        r"confirm)\s+|(?:i|we)'?d\s+like\s+to\s+(?:know|ask)\s+|"
                        r"(?:i|we)(?:\s+am|\s+are|'m|'re)?\s+(?:asking|enquiring|inquiring)\s+)"
                        # ("kindly advise if you can add subtitles", "let me know if you could …": a polite
                        # order)
                        r"(?=(?P<whether>whether|if)\b(?!\s+(?:you|u)\s+(?:can|could|would|will|may)\b)|"
                        r"(?:what|whats|what's|how|which|why)\b)", re.IGNORECASE)


def answer(norm_text: str, raw: str, ctx: ParseContext, zh: bool) -> str | None:
    """The answer to a question or request for advice; None when the request is an edit."""
    told = False
    if (advise := _ADVISE_EN.match(norm_text)) and (said_raw := _ADVISE_EN.match(raw)):
        # "kindly advise whether subtitles are compulsory …": the question after the lead ("whether …" is
        # asked as it stands)
        told = advise.group("whether") is not None
        norm_text, raw = norm_text[advise.end():], raw[said_raw.end():]
    elif (polite := _POLITE_QUESTION_EN.match(norm_text)) and (said_raw := _POLITE_QUESTION_EN.match(raw)):
        norm_text, raw = norm_text[polite.end():], raw[said_raw.end():]  # "please what is …": the question
    # "quick q - does …?", "question: is …", "btw, …": a lead-in that says a question follows
    lead = re.compile(r"^\s*(?:(?:quick|small|silly|dumb|random|simple|one|honest|serious|genuine|real|"
                      r"stupid|noob|newbie|beginner|basic|legit|general|technical|curious)\s+)?"
                      r"(?:q|qn|question|qq)"
                      r"(?:\s+(?:first|before (?:i|we) (?:[\w']+\s+){0,2}?[\w']+|real quick))?"
                      # "quick q for the bakery page, …": what the question is for
                      r"(?:\s+for\s+(?:the\s+|my\s+|our\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+(?=\s*[:\-–—,.]))?"
                      r"(?:\s*[:\-–—,.]+\s*|"
                      # "quick q how long is my video": no stop needed when a question word follows
                      r"\s+(?=(?:how|what|whats|what's|which|why|where|when|who|is|are|does|do|did|should|"
                      r"can|could|will|would)\b))|"
                      r"^\s*(?:btw|by the way|just wondering|curious)\s*[:\-–—,.]*\s*|"
                      # "be honest, do you think …?", "real talk - is …": an opinion is asked, the question
                      # follows
                      r"^\s*(?:(?:be|being) (?:honest|real|straight|brutal|blunt)(?: with me)?|real talk|"
                      r"(?:in )?your (?:honest )?opinion|in my opinion|honestly|no offense)"
                      r"(?:\s*[:\-–—,.]+\s*|"
                      # ("be honest is the title too big": no stop needed when the question word follows)
                      r"\s+(?=(?:is|are|does|do|did|would|should|will|was|were|how|what|which)\b))|"
                      # "i have a question: the music.mp3 is it long enough …": said to be a question
                      r"^\s*(?:i (?:have|got)|i'?ve got|ive got|got) (?:a|one) (?:quick |small |little )?"
                      r"(?:q|question)\s*[:\-–—,.]+\s*|"
                      # "before i do anything — how would u …?": when it is asked, then the question
                      r"^\s*before (?:i|we) (?:[\w']+\s+){0,3}?[\w']+\s*[:\-–—]+\s*(?=(?:how|what|whats|"
                      r"what's|"
                      r"which|why|where|when|who|is|are|does|do|did|should|can|could|will|would)\b)",
                      re.IGNORECASE)
    # "asmr folks: does normalising …?": who is addressed, said before the words (never a question by itself)
    addressed = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:folks|guys|people|peeps|everyone|everybody|y'?all|"
                           r"friends|experts|editors|pros|team)\s*[:\-–—]+\s*", re.IGNORECASE)
    norm_text, raw = addressed.sub("", norm_text, count=1), addressed.sub("", raw, count=1)
    led = lead.search(norm_text) is not None
    # ("be straight with me, does the music feel too loud?": the lead asks my opinion - with no topic below
    # answering the question after it, the opinion answer is the one, never the generic one)
    opinion_led = re.search(OPINION_ASKED + r"|^\s*(?:real talk|no offense|honestly)\b",
                            norm_text[:60]) is not None
    norm_text, raw = lead.sub("", norm_text, count=1), lead.sub("", raw, count=1)
    if led and "?" not in norm_text and is_capability(norm_text.rstrip(" .!") + "?", raw.rstrip(" .!") + "?"):
        # "quick q can you do picture in picture": said to be a question, the question mark it lacks is
        # implied - whether it can be done is asked (an order after "quick q" stays an order)
        norm_text, raw = norm_text.rstrip(" .!") + "?", raw.rstrip(" .!") + "?"
    # "would a 9:16 version work better for tiktok, what do you reckon", "thoughts on the pacing?": my opinion
    # asked, of words that are no order to me - asked, whatever question mark it has
    opinion = re.search(r"^(?:any\s+)?(?:thoughts|opinions?|feedback)\s+(?:on|about)\b|"
                        r"[,;.\s]+(?:so\s+|but\s+)?(?:what do (?:you|u) (?:reckon|think)|wdyt|thoughts|"
                        r"(?:do|would) (?:you|u) (?:agree|say so))\s*\?*\s*$", norm_text.strip())
    if opinion and opinion.start() > 0:
        head = norm_text.strip()[:opinion.start()]
        opinion = None if re.match(r"(?:(?:please|pls|plz|so|ok|okay|now|then|and|just|also)\s+)*"
                                   rf"(?:{_EDIT_VERBS})\b", head) or _REQUEST_EN.search(head) else opinion
    # "quick q before i start - can you pull songs from spotify?": said to be a question, so "can you …?"
    # asks whether it can be done
    asked = (led and norm_text.strip().endswith("?")) or told or opinion is not None
    # "can you pull a song off apple music?": music from a streaming service is a question of what can be
    # done (it cannot), never an add_music of whatever audio was uploaded
    streamed = re.search(r"^(?:can|could|will|would) (?:you|u|i|we)\b[^?]*\b(?:spotify|apple music|youtube "
                         r"music|soundcloud|itunes|tidal|deezer|pandora)\b[^?]*\?$", norm_text.strip())
    # "so an l-cut is when the sound keeps going after the cut?": a term's meaning checked, asked as a
    # question (the words in it that read as an edit - "cut" - are the term's)
    # ("淡入淡出就是开头慢慢亮起来 结尾慢慢变黑 是这意思吧", "…我理解得对不", "did i get that right": the
    # meaning checked, tagged at the end)
    # ("叠化就是两个画面叠在一起慢慢换过去对吧？婚礼片子里常见那种": the tag, then a remark of where it is
    # seen - no edit word in it, nothing asked for)
    checked = re.search(r"[?？]\s*$|(?:对吧|是吧|对不对|是不是|没错吧|吗)\s*[?？]?\s*$|\bright\s*[?]?\s*$|"
                        r"(?:对吧|是吧|对不对|没错吧)\s*[?？]\s*[^?？帮给把加弄要请改剪做换删放调让用]{1,20}$|"
                        r"(?:是|就是)?(?:这个?|这么个|这样的?|那个)\s*意思\s*(?:吧|吗|么|对吧|没错吧|不)\s*[?？]?\s*$|"
                        r"(?:这么|这样)?(?:理解|说)\s*(?:得|的)?\s*(?:对|没错)\s*(?:吧|吗|么|不|不对)\s*[?？]?\s*$|"
                        r"\b(?:is that|did i get (?:that|it)|have i got (?:that|it)|do i have (?:that|it))\s+"
                        r"(?:right|correct)\b",
                        raw.strip().lower()) is not None
    if _POST_OR_MYSELF.search(raw.strip().lower()) and is_capability(norm_text, raw):
        # "剪完能直接帮我同步到抖音吗？还是得我自己传": it cannot post - export, then they upload it
        return ("不行——我没法替你上传或发布到任何平台。剪好后说“导出”（比如“导出mp4”），"
                "再用平台的 App 或网页自己上传。" if zh else
                "No — I can't upload or post anywhere. When it's ready, say “export” (e.g. “export as mp4”) "
                "and upload the file yourself in the platform's app or website.")
    if not asked and not streamed and (same := glossary.same(f"{norm_text} {raw.lower()}", zh)) is not None:
        return same  # "剪映里的画中画跟你这的pip是一个意思吧": two names for one thing, checked
    if checked and not asked and not streamed and (term := glossary.define(f"{norm_text} {raw.lower()}",
                                                                          zh)) is not None:
        return term
    # "my co-host keeps saying we need more j-cuts… what even is a j-cut", "wtf is an l-cut": what a term
    # means, asked last (after whatever led to it) - answered, the edit words before it are the term's
    last = re.search(r"(?:^|[.!?…;,]\s*|\s[-–—]+\s)((?:(?:so|but|ok|okay|like|um|uh|and)\s+)*(?:what|wtf)\b"
                     r"[^.!?…;,]*)[?!.\s]*$", raw.strip().lower())
    if last and not asked and not streamed and (term := glossary.define(last.group(1), zh)) is not None:
        return term
    if not asked and not streamed and not is_question(norm_text, raw):
        return None
    facts = _facts(norm_text, raw, ctx, zh)
    if facts is not None:
        return facts
    said = f"{norm_text} {raw.lower()}"  # quoted words count too ("what does 'fit blur' mean")
    # ("能不能倒放啊 还是说只能加速": the operation is the one asked about before 还是说)
    alone = heard_of_elsewhere(raw) if "还是说" in raw else None
    op = named_operation(alone or said) if is_capability(norm_text, raw) else None
    if op is not None and (spoken := _spoken_language(said, zh)) is not None:
        return spoken  # "can the subtitles come out in spanish?": written in the language spoken
    term = glossary.define(said, zh)
    if term is not None and not (op is not None and _OUTPUT_ASKED.search(said)):
        # "what's a j-cut?", "什么是转场": what an editing term means ("can it spit out an srt file?" asks
        # whether one can be had - yes, and how; the term is not what is asked)
        return term
    if op is not None and re.search(_OTHER_EDITOR, said) and (term := glossary.named(said, zh)) is not None:
        # "can you do speed ramps like capcut's curve speed?": the feature by its editing term - what it is
        # and what of it can be done here, never a plain "yes" for what cannot
        return term
    if op is not None:  # "can you export gifs?": yes, and the words that do it
        example = CATALOGUE[op].example
        if op == "add_subtitles" and re.search(r"\bkaraoke\b|卡拉\s*ok", said):
            # "can it do karaoke style lyrics where the words light up?": the subtitles' karaoke style
            return ("可以。说“加卡拉OK样式的字幕”，每个字会在说（唱）到时亮起来；字幕是从声音里识别的。"
                    if zh else
                    "Yes — say “add karaoke style subtitles”: each word lights up as it is said or sung "
                    "(the words are recognised from the audio).")
        if op == "add_subtitles" and re.search(_SWITCHABLE_EN + "|" + _SWITCHABLE_ZH, said):
            # "can you make captions that learners can switch on and off?": a subtitle file beside the video
            return ("可以。观众能自己开关的字幕是单独的字幕文件（SRT 或 VTT），由播放器或平台来显示，"
                    "不画进画面。说“加字幕并导出srt”（或 vtt）就会生成这个文件，画面上不烧录。" if zh else
                    "Yes — captions viewers switch on and off are a separate subtitle file (SRT or VTT) that "
                    "the player or platform shows, not drawn into the picture. Say “add subtitles and save "
                    "an srt” (or a vtt) and you get that file, with nothing burned in.")
        if op == "add_subtitles" and re.search(r"\b(?:srt|vtt|sidecar)\b|\b(?:subtitle|caption|text) "
                                               r"files?\b|字幕文件|(?<![a-z])(?:srt|vtt)", said):
            # a file beside the video, in the format asked about
            kind = "vtt" if re.search(r"vtt", said) and not re.search(r"srt", said) else "srt"
            article = "an" if kind == "srt" else "a"
            return (f"可以。说“加字幕并导出{kind}”就会生成单独的 {kind.upper()} 字幕文件。" if zh else
                    f"Yes — say “add subtitles and save {article} {kind}” and you get a separate "
                    f"{kind.upper()} file.")
        if op == "speed" and re.search(r"\bslow\w*|慢", said):
            # "can you do slow motion here?": the example slows it down, never the catalogue's speed-up
            example, zh_example = "slow it down to half speed", "放慢到0.5倍"
            return (f"可以。直接告诉我就行，比如：“{zh_example}”。" if zh else
                    f"Yes — just tell me in plain words, e.g. “{example}”.")
        return (f"可以。直接告诉我就行，比如：“{_ZH_ASK.get(op) or example}”。" if zh else
                f"Yes — just tell me in plain words, e.g. “{example}”.")
    feature = _platform_feature(norm_text, raw, zh)
    if feature is not None:  # "微信视频号能直接加水印吗": the platform's app is theirs to check; what I can
        return feature
    for pattern, en, zh_answer in _TOPICS:
        if re.search(pattern, said):
            return zh_answer if zh else en
    if later_edit(raw) is not None:
        # "拍歪了 剪辑的时候还能扶正吗": whether it can still be done is answered from what those words do
        # (the parser reads them), never from "剪辑" in the question
        return GENERIC[1] if zh else GENERIC[0]
    howto = re.search(r"\bhow (?:do|can|should|would) (?:i|we|you)\b|\bhow to\b|\bis there a way\b|\bany way"
                      r" to\b|"
                      r"怎么|如何|什么是|是什么|(?:可以|能).{0,8}吗|能不能|可不可以|"
                      # "i'm just asking whether subtitles can be added": whether it can be done
                      r"\bwhether\b[^?]*\bcan\b|\bif (?:you|u|i|we) can\b|\bcan be (?:added|done|made)\b",
                      said)
    if howto:  # "how do I add music?": the words that do it, from the operation catalogue
        # "别加音乐，我就问问字幕能不能加": what is asked is said after "just asking", not what is declined
        # before it
        asked_part = re.split(r"(?:就|只是|单纯|随便)\s*问(?:问|一下|下)|"
                              r"\bjust (?:asking|wondering|curious)\b", said)[-1]
        op = closest_operation(asked_part) or closest_operation(said)
        if op is not None:
            example = CATALOGUE[op].example
            phrase = _ZH_ASK.get(op, "")
            return (f"直接告诉我就行，比如：“{phrase or example}”。要我现在就做吗？" if zh else
                    f"Just tell me in plain words, e.g. “{example}” — shall I do it now?")
    consequence = _CONSEQUENCE_EN.search(norm_text) or _CONSEQUENCE_ZH.search(raw.strip())
    if consequence is not None:
        # "remove the pauses, will it look choppy?": the edit, how to try it and take it back
        return ("说不准，要看素材本身——最好的办法是试一下：直接让我做，放一遍听听看；"
                "不满意就说“撤销”，会完全恢复原样。" if zh else
                "It depends on the footage — the surest check is to try it: ask for it, play the result, and "
                "if it sounds or looks off, say “undo” and it is back exactly as it was.")
    if opinion_led:
        opinion_answer = next(a for p, *a in _TOPICS if p == OPINION_ASKED)
        return opinion_answer[1] if zh else opinion_answer[0]
    return GENERIC[1] if zh else GENERIC[0]  # a question nothing above answers: never turned into an edit


def asks_consequence(norm_text: str) -> bool:
    """ "cut all the ums, would that sound weird?": what an edit would do, asked - answered, not done."""
    return _CONSEQUENCE_EN.search(norm_text) is not None


# "can tiktok add captions automatically?", "does youtube let me add a watermark?": the platform's own app
# as who does the edit
_PLATFORM_DOES_EN = re.compile(
    r"^(?:(?:so|ok|okay|hey|and|btw|wait|also)[,\s]+)*(?:can|could|does|do|will|would|is there a way for)\s+"
    r"(?:the\s+)?(?P<p>youtube shorts|youtube|tiktok|instagram|insta|ig|facebook|fb|snapchat|reels|shorts|"
    r"linkedin|twitter|douyin|xiaohongshu|bilibili)(?:'s)?(?:\s+(?:app|editor|studio|itself))?\s+"
    r"(?:(?:let|allow)\s+(?:me|you|us|people|users|creators)\s+(?:to\s+)?)?(?:\w+\s+)?"
    r"(?:add|put|auto\w*|generate|remove|cut|trim|edit|caption|subtitle|crop|insert|blur)\b")
# what the platform's app is asked to do, in Chinese (after 能 / 可以 …)
_PLATFORM_EDIT_ZH = r"加|剪|去掉|去水印|改|调|配|打|生成|识别|换|删|裁|拼|合成|美颜|滤镜|字幕|水印|音乐|封面"


def _platform_feature(norm_text: str, raw: str, zh: bool) -> str | None:
    """ "微信视频号能直接加水印吗", "can tiktok add captions automatically?": whether a platform's own app
    does an edit is the platform's to say (I cannot see it) - said plainly, with the words that do it here."""
    bare = raw.strip()
    if re.search(r"[\u4e00-\u9fff]", bare):
        m = _PLATFORM_CAN_ZH.search(bare)
        if m is None or not re.search(_ASKED_ZH_END, bare) or not re.search(_PLATFORM_EDIT_ZH, bare):
            return None
        name = re.search(PLATFORM_ZH, bare, re.IGNORECASE)
        platform = name.group(0) if name else "平台"
    else:
        m = _PLATFORM_DOES_EN.search(norm_text.strip())
        if m is None:
            return None
        platform = {"ig": "Instagram", "insta": "Instagram", "fb": "Facebook"}.get(
            m.group("p"), m.group("p").title().replace("Tiktok", "TikTok").replace(
                "Youtube", "YouTube").replace("Linkedin", "LinkedIn"))
    op = named_operation(f"{norm_text} {bare.lower()}") or closest_operation(f"{norm_text} {bare.lower()}")
    if zh:
        ask = _ZH_ASK.get(op or "")
        tail = f"我可以在你发之前直接在这条视频上做：说“{ask}”就行。" if ask else \
            "剪辑、字幕、文字、音乐、画幅这些我可以在你发之前直接在视频上做。"
        return (f"{platform}自己的App里有没有这个功能、怎么用，我这边看不到——"
                f"以它的编辑页或帮助说明为准。{tail}")
    example = CATALOGUE[op].example if op in CATALOGUE else ""
    tail = (f"I can do it to this video before you post it: say “{example}”." if example else
            "Cuts, subtitles, text, music and framing I can do to this video before you post it.")
    return (f"Whether {platform}'s own app does that is up to {platform} — I can't see its features from "
            f"here, so check its editor or help pages. {tail}")


# the answer to a question nothing more specific answers (English, Chinese)
GENERIC = ("I can't answer that one precisely here. What I can do is edit: cuts, subtitles, text, music, "
           "speed, framing, colour and export — tell me what to change.",
           "这个我没法确切回答。我能做的是编辑：剪辑、字幕、文字、音乐、速度、画幅、调色和导出——告诉我要怎么改就行。")

# "the ending is abrupt, should i add a fade?", "要不要加个片尾": whether to make an edit, asked of me - the
# choice is the person's; the words after "should i" are the edit, when they read as one
# ("kindly advise if i should add music", "i want to know whether we should crop it": the same, asked to be
# advised)
_OWN_CHOICE_EN = re.compile(r"(?:^|[,;:.]\s*|\bq\s+)(?:(?:so|then|and|ok|okay|hmm|honestly|realistically|"
                            r"generally|btw|also)[,\s]+)*(?:(?:should|shall|do) (?:i|we)|"
                            r"(?:(?:please|pls|plz|kindly)\s+)?(?:advise|advice|tell|let)\b[^?,;]{0,20}?\b"
                            r"(?:whether|if) (?:i|we) (?:should|shall))\s+"
                            r"(?:also\s+|just\s+|maybe\s+|still\s+|even\s+)?(?P<act>[^?,;]+?)"
                            r"(?:\s+or\s+(?:not|nah|no|nope|leave it|keep it)\b[^?]*)?\s*\??\s*$",
                            re.IGNORECASE)
_OWN_CHOICE_ZH = re.compile(r"(?:要不要|该不该|需不需要|应不应该|是不是(?:应该|要|得))\s*"
                            r"(?P<act>(?:把|给|加|去|剪|删|调|改|换|做|降|开|关|配)[^？?，,。]+?)"
                            r"(?:呢|啊|吗|呀)?\s*[？?]?\s*$")


def own_choice(raw: str) -> str | None:
    """The edit asked about in "should i …?" / "要不要…", in the person's words, or None."""
    text = raw.strip()
    m = (_OWN_CHOICE_ZH if re.search(r"[\u4e00-\u9fff]", text) else _OWN_CHOICE_EN).search(text)
    return m.group("act").strip() if m and m.group("act").strip() else None


def asked_edit(raw: str) -> str | None:
    """ "add subtitles? just asking", "加字幕吗？先问问": the edit asked about before a marker that says it is
    only asked (its question mark and 吗 dropped), or None."""
    text = raw.strip()
    if re.search(r"[\u4e00-\u9fff]", text):
        bare = _JUST_ASKING_ZH.sub("", text)
        if bare == text:
            return None
        bare = re.sub(r"(?:吗|呢|么|嘛)?\s*[?？。.!！]*\s*$", "", bare)
    else:
        asked = _asked_only(text.lower())
        if asked is None:
            return None
        bare = re.sub(r"\s*[?.!]+\s*$", "", asked)
        if possible := _POSSIBLE_ASKED.match(bare + "?"):
            bare = possible.group("act")  # "is it possible to get spanish subtitles on this": the edit asked
    return bare.strip() or None


def later_edit(raw: str) -> tuple[str, str] | None:
    """ "房间拍得有点暗 后期还能调亮吗", "it came out dark, can it still be brightened in post?": the edit
    asked to be still possible in the edit, and the whole request said as an order (both without the
    question), or None."""
    text = raw.strip()
    m = _IN_POST_ZH.search(text)
    if m:
        act = re.sub(r"^(?:后期|剪辑(?:的)?(?:时候|时)|剪的时候|事后|拍完(?:以后|之后)?)\s*(?:还|也)?\s*"
                     r"(?:能不能|可不可以|能|可以|有没有办法|有办法|来得及)|"
                     r"(?:吗|么|嘛|不)?\s*[?？]?\s*$", "",
                     m.group(0)).strip()
        return (act, text[:m.start()] + " " + act) if act else None
    m = re.search(r"\b(?:can|could) (?:that|it|this|these|those|they|the [\w-]+|my [\w-]+) (?:still |even |"
                  r"really |actually )?be (?P<done>[a-z]+ed) (?:in post|in post-?production|"
                  r"in (?:the )?edit(?:ing)?|after the fact|afterwards)\b", text.lower())
    if m is None:
        return None
    done = m.group("done")
    verb = (done[:-3] + "y" if done.endswith("ied") else
            done[:-1] if re.search(r"(?:[iy]z|is|at|ov|us)ed$", done) else done[:-2])
    act = f"{verb} it"
    return act, text[:m.start()].rstrip(" ,;") + ", " + act


def can_do(act: str, zh: bool) -> str:
    """An edit asked about only ("just asking"): it can be done, and nothing was changed."""
    return (f"可以——这次我什么都没改。想要的话直接说“{act}”，我就去做；不满意说“撤销”就能恢复。" if zh else
            f"Yes, I can — nothing was changed for now. If you want it, say “{act}” and I'll do it; "
            "“undo” takes it back.")


def choice_example(act: str, zh: bool) -> str | None:
    """The words that ask for the edit named in "要不要加个标题" when it needs more said (the title's
    words): the catalogue's example, or None."""
    op = named_operation(act) or closest_operation(act)
    if op is None or op not in CATALOGUE:
        return None
    said = _ZH_ASK.get(op) if zh else CATALOGUE[op].example
    return said.replace("“", "‘").replace("”", "’") if said else None  # (said inside the answer's quotes)


def your_call(act: str, zh: bool) -> str:
    """Whether to make an edit is the person's call: how to ask for it, and that it can be undone."""
    return (f"要不要由你决定——我没法替你判断。想要的话直接说“{act}”，我就去做；"
            "不满意说“撤销”就能恢复。" if zh else
            f"That's your call — I can't judge it for you. If you want it, say “{act}” and I'll do it; "
            "“undo” takes it back.")


_ZH_OPS = {
    "音乐": "add_music", "配乐": "add_music", "字幕": "add_subtitles", "标题": "add_title",
    "文字": "add_text", "剪": "trim", "速度": "speed", "加速": "speed", "竖屏": "set_aspect",
    "水印": "add_logo", "台标": "add_logo", "转场": "crossfade", "淡入": "fade", "淡出": "fade",
    "静音": "mute", "音量": "set_volume", "导出": "export", "gif": "export_gif", "动图": "export_gif",
    "封面": "export_thumbnail", "降噪": "denoise", "调色": "color",
}


_ZH_ASK = {"add_music": "加背景音乐，音量30%", "add_subtitles": "加字幕", "add_title": "加标题“我的旅行”",
           "add_text": "在最后3秒加文字“点赞关注”", "trim": "剪掉前5秒", "speed": "加速到1.5倍",
           "set_aspect": "改成竖屏9:16", "add_logo": "在右上角加logo", "crossfade": "每段之间加转场",
           "fade": "开头淡入、结尾淡出", "mute": "把原声关掉", "set_volume": "音量调到50%",
           "export": "导出mp4",
           "export_gif": "把前3秒导出成动图", "export_thumbnail": "截第5秒做封面", "denoise": "降噪",
           "color": "调亮一点", "remove_silences": "去掉停顿", "pip": "把b.mp4放在右下角画中画",
           "slideshow": "把照片做成幻灯片，每张2秒", "loop": "循环播放3次", "freeze_frame": "在第3秒定格2秒",
           "rotate": "顺时针旋转90度", "flip": "水平翻转"}


_NAMED = [(r"\bgifs?\b|动图", "export_gif"), (r"\bthumbnails?\b|封面", "export_thumbnail"),
          (r"\bloop\w*|循环", "loop"), (r"picture[- ]in[- ]picture|\bpip\b|画中画", "pip"),
          (r"\bslideshows?\b|幻灯片", "slideshow"), (r"\btransitions?\b|\bcrossfades?\b|转场", "crossfade"),
          (r"\bsubtitles?\b|\bcaptions?\b|字幕|\bkaraoke\b|卡拉\s*ok|\b(?:srt|vtt)s?\b|(?<![a-z])(?:srt|vtt)",
           "add_subtitles"),
          (r"\bmusic\b|配乐|背景音乐", "add_music"),
          (r"\bwatermarks?\b|\blogos?\b|水印|台标", "add_logo"), (r"\bfreeze\w*|定格", "freeze_frame"),
          (r"\bslow[- ]?mo\w*|\bspeed\b|慢放|加速|变速", "speed"), (r"\bfade\w*|淡入|淡出", "fade"),
          (r"\brotate\b|旋转", "rotate"), (r"\bflip\b|\bmirror\b|镜像|翻转", "flip"),
          (r"\bdenoise\b|\bnoise\b|降噪", "denoise"), (r"\bvertical\b|竖屏", "set_aspect"),
          # "is it possible to remove silences automatically?", "能自动去掉停顿吗": the pauses cut out
          (r"\bsilen(?:ces?|t (?:parts?|bits?))\b|\bpauses\b|\bdead air\b|停顿|静音段|没声音的(?:地方|部分)|"
           r"空白段|气口", "remove_silences")]


def named_operation(said: str) -> str | None:
    """The operation a capability question names by its everyday word, if one."""
    return next((op for pattern, op in _NAMED if re.search(pattern, said)), None)


def closest_operation(said: str) -> str | None:
    words = set(re.findall(r"[a-z]+", said))
    best, score = None, 0
    generic = {"the", "a", "to", "it", "add", "set", "make", "of", "and", "at", "in", "s", "remove"}
    for name, spec in CATALOGUE.items():
        named = set(name.split("_")) - generic
        example = set(re.findall(r"[a-z]+", spec.example.lower())) - generic
        hit = 2 * len(words & named) + len(words & example)
        if hit > score:
            best, score = name, hit
    if best is None:
        best = next((op for word, op in _ZH_OPS.items() if word in said and op in CATALOGUE), None)
    return best


# "can u paste what i say in the vid as text? i need the words for my notes",
# "把字幕文本给我看看（转写的那个）":
# the words handed to the person (pasted, copied, typed out, shown) - not put on the picture
_TRANSCRIPT_HANDED = re.compile(
    r"\b(?:paste|copy|type out|write out|write down|send|email|dump|list)\b(?: me)?(?: (?:out|down))? "
    r"(?:everything (?:that )?|exactly what |all (?:of )?what |what |the (?:words|things) (?:that )?)"
    r"(?:i|we|they|he|she|people|the (?:speaker|presenter|host|teacher|guest)s?)"
    r"(?:\s+(?:actually|just|literally|really))?\s+(?:say|said|says|talk\w*|speak\w*)\b|"
    r"\b(?:i|we) need (?:the|all the) words\b.*\b(?:notes?|script|doc\w*|blog|article|summary)\b|"
    # "can you show me everything i said in the lecture as text", "send me all the stuff i talked about":
    # the speech handed to the person (me / us), "as text" for them to read - never a text overlay
    r"\b(?:show|give|send|email|hand|get) (?:me|us) (?:everything|whatever|every word|all(?: of)?"
    r"(?: the (?:stuff|things|words))?|the (?:stuff|things|words))(?: that)? (?:i|we|they|he|she|people|"
    r"the \w+|my \w+|our \w+)(?: \w+)? (?:say|said|says|talk\w*|speak\w*|spoke|went over|covered|"
    r"mentioned)\b|"
    # "type up everything i said", "i need everything the guest said written down": written out for them
    r"\btype (?:up|out) (?:everything|all|what|whatever)\b[^,;.]{0,30}?\b(?:say|said|says|talk\w*|spoke)\b|"
    r"\b(?:need|want) (?:everything|all|what|whatever)(?: that)? (?:i|we|they|he|she|the \w+|my \w+)"
    r"(?: \w+)? (?:say|said|says|talked about|spoke about) (?:written|typed) (?:down|out|up)\b|"
    # "give me the words from the interview": the words of what was recorded, handed over
    r"\b(?:give|send|show) (?:me|us) the (?:words|text|script) (?:of|from) (?:the|my|this|that|our|her|his) "
    r"(?:\w+ )?(?:lecture|talk|video|clip|interview|speech|recording|podcast|sermon|class|lesson|meeting|"
    r"episode|call|webinar|presentation)\b|"
    r"(?:字幕|转写|识别|语音)(?:出来)?的?\s*(?:文本|文字|内容|稿子?)\S{0,4}(?:给我|让我|发我|发给我)\S{0,2}(?:看|瞧|读|复制)|"
    r"[（(]\s*转写的|"
    # "能告诉我视频里说了什么吗", "我想要文字版的内容，发我一下": what is said, told or sent as text
    r"(?:告诉我|给我看看?|让我看看?)\S{0,6}(?:说了什么|讲了什么|说了啥|讲了啥|说的(?:是)?什么|在说什么)|"
    r"文字版\S{0,6}(?:发我|给我|发给我)|(?:发我|给我)\S{0,4}文字版|"
    # "给我看看字幕文本", "让我看一下识别出来的文字", "show me the subtitle text": the words of the subtitles
    # shown to the person (the verb of seeing first) - not subtitles put on the picture
    r"(?:给我|让我|帮我)?(?:看看|看一下|看下|瞧瞧|瞅瞅|查看|读一下)\S{0,4}?(?:字幕|转写|识别出来|识别)的?"
    r"(?:文本|文字(?:内容)?|内容|稿子?)|"
    r"(?:字幕|识别出来的文字)(?:里|上)?(?:写的|说的)(?:是)?(?:什么|啥)|"
    r"\b(?:show|give|send|let)\b(?: me)?(?: see| read)? (?:the |my )?(?:subtitles?|captions?|subs) "
    r"(?:text|words|script)\b|"
    r"\b(?:show|give|send|let)\b(?: me)?(?: see| read)? (?:the )?(?:text|words|script) (?:of|in|from) "
    r"(?:the |my )?"
    r"(?:subtitles?|captions?|subs)\b|"
    r"^what (?:do|does|will) (?:the |my )?(?:subtitles?|captions?|subs) (?:say|read)\b|"
    # "show me the text of what i say in this clip, i need it for a worksheet": the speech, handed as text
    r"\b(?:show|give|send|let)\b(?: me)?(?: see| read| have)? (?:the |a )?(?:written )?"
    r"(?:text|words|script|wording) (?:of|for) (?:everything |exactly )?what (?:i|we|they|he|she|people|"
    r"the (?:speaker|presenter|host|teacher|guest)s?)(?:'m|'re| am| are| is)?\s+"
    r"(?:say|said|says|saying|talk\w*|speak\w*)\b")


_VERSIONS = (r"\b(?:list|show|see|view)\s+(?:me\s+)?(?:all\s+)?(?:the\s+|my\s+)?(?:saved\s+)?versions?\b|"
             r"\bhow many (?:saved )?versions?\b|"
             r"\bversions?\b[^.?!]{0,20}\b(?:saved|so far|i have|i've got|ive got|do i have|are there|"
             r"there are)\b|"
             # "can u list what edits are on the timeline rn": the history of edits, listed
             # ("show me every change i made so far": each one of them)
             r"\b(?:list|show|tell)\s+(?:me\s+)?(?:(?:what|which|the|all(?: the)?)\s+(?:edits|changes)|"
             r"(?:every|each)\s+(?:single\s+)?(?:edit|change)(?![^.?!,]*\b(?:suggest|recommend|you'?d|should)\b))\b"
             # (not "what changes to make"; "... i made to it", or a reason after a comma, still lists them)
             r"(?![^.?!,]*\b(?:to|into)\b(?!\s+(?:it|this|the (?:video|clip|project|vid))\b))|"
             # "list what i've changed so far, i lost track", "what have i changed so far?": the edits made
             # until now, listed - the history, whatever the words after it say ("lost track" is no music)
             r"\b(?:list|show|tell|remind)\s+(?:me\s+|us\s+)?(?:again\s+)?what\s+(?:i|we|you)(?:'ve|ve|\s+have|"
             r"\s+had)?\s+(?:already\s+)?(?:changed|edited|done|did|tweaked)\b"
             r"(?=\s*(?:so far|till now|until now|up to now|already|"
             r"to (?:it|this|the (?:video|clip|project))|in (?:this|the) (?:session|project)|$|[,.;!?]))|"
             r"\bwhat\s+(?:have|did|had)\s+(?:i|we|you)\s+(?:already\s+)?(?:changed|change|edited|edit|done|"
             r"do|tweaked)\s+(?:so far|till now|until now|up to now|already)\b|"
             r"\bwhat\s+(?:edits|changes)\s+(?:have|did)\s+(?:i|we|you)\s+(?:already\s+)?(?:made|make|done|do)"
             r"\b(?=\s*(?:so far|till now|until now|up to now|already|$|[,.;!?]))|"
             r"(?:列|说|告诉我|看看|看一下|理一下|捋一下)\S{0,3}(?:我|我们|你)?\s*(?:都|已经|之前|刚才)?\s*"
             r"(?:改了|改过|做了|动了)\s*(?:哪些|什么|啥|些什么)|"
             r"(?:我|我们|你)\s*(?:都|已经|之前|刚才|到现在)?\s*(?:改了|改过|动了)\s*(?:哪些|什么|啥|些什么)"
             r"(?:地方|东西)?\s*(?:[?？]|了?\s*(?:来着|啊|呀)|$)|"
             r"(?:修改|编辑|操作|改动)(?:记录|历史)|"
             r"有哪些版本|几个版本|多少个?版本|版本列表|所有(?:的)?版本|列出\S{0,4}版本|(?:看看|看一下|查看)\S{0,4}版本")


def wants_versions(norm_text: str) -> bool:
    """ "can you list the versions i've got saved so far", "有哪些版本": the saved versions, listed
    (the runner knows them); going back to one is the history rule's."""
    # ("…, the principal wants the earlier one maybe": "one" (read as 1) after a word that picks a version is
    # the pronoun - no version number asked for)
    norm_text = re.sub(r"\b(earlier|older|previous|other|first|last|latest|newer|original|old|better|"
                       r"right|good|that|this|which|same)\s+1\b(?!\s*(?:edits?|changes?|steps?|versions?)\b)",
                       r"\1 one", norm_text)
    return bool(re.search(_VERSIONS, norm_text)) and not re.search(
        # ("list the versions i saved, i messed something up 2 edits ago": a count of edits back says why
        # they are asked for, not which one to go to)
        r"\b(?:go back|back to|restore|revert|switch to|load|use)\b|回到|恢复|还原|切换|用回|换回|"
        r"\d(?!\d*\s*(?:edits?|changes?|steps?|saves?|versions?|tries|goes)\s+(?:ago|back)\b)", norm_text)


# "can i see what we said in the episode as text? like the whole transcript": the whole transcript named as
# what is meant, with a verb of seeing it - read to them (words for the picture are said "on screen" / "burn")
_WHOLE_TRANSCRIPT = re.compile(r"\b(?:whole|full|entire|complete)\s+(?:transcript|transcription)\b|"
                               r"(?:完整|全部|整个|整篇)的?\s*(?:文字稿|逐字稿)")
_SEEING = re.compile(r"\b(?:see|show|read|give|get|send|view|look at)\b|看|给我|发我")


def wants_transcript(norm_text: str) -> bool:
    if _WHOLE_TRANSCRIPT.search(norm_text) and _SEEING.search(norm_text) and not re.search(
            r"\bon (?:the )?screen\b|\bon(?:to)? (?:the )?(?:video|picture)\b|\bburn|\boverlay|"
            r"(?:加|烧|压)\S{0,3}(?:到|进|在)?\S{0,3}(?:画面|视频)|字幕", norm_text):
        return True
    if _TRANSCRIPT_HANDED.search(norm_text) and not re.search(
            r"\bon (?:the )?screen\b|\bon(?:to)? (?:the )?(?:video|picture)\b|\bburn|\boverlay|\bas"
            r" (?:subtitles?|"
            r"captions?)\b|(?:加|烧|压)\S{0,3}(?:到|进|在)?\S{0,3}(?:画面|视频)", norm_text):
        return True
    return bool(re.search(r"\b(?:show|give|send|print|see|read|let me see)\b(?: me)?(?: the| my)? "
                          r"(?:transcript|transcription)\b|^transcript\??$|文字稿|逐字稿|转写给我|显示字幕"
                          r"内容|(?:转成|转为|变成|识别成)文字\S{0,2}给我看|"
                          r"\b(?:just )?(?:show|give) me (?:the |what i said as )?(?:text|words)\b.*\bdon'?t "
                          r"(?:put|add|burn)|"
                          # "show me what i'm saying, like the words? dont change anything": read to them
                          r"\b(?:show|tell|give|let)\b(?: me)?(?: see)? what (?:i|i'm|im|i am|we|we're|they|"
                          r"they're|people|he|she)\s*(?:'re|are|am|is)?\s*(?:say|said|saying|talk\w*)\b"
                          r"(?![^,;.]*\b(?:as|into|in)\s+(?:subtitles?|captions?|text)\b)|"
                          r"^what (?:am|are|is|did) (?:i|we|they|he|she) (?:say|saying)\b|"
                          # "show me what was said in the clip": the same, said without who spoke
                          r"\b(?:show|tell|give|let)\b(?: me)?(?: see)? (?:exactly |everything )?what (?:was|"
                          r"got|gets|is|were|is being) (?:said|spoken|talked about)\b"
                          r"(?![^,;.]*\b(?:as|into|in)\s+(?:subtitles?|captions?|text)\b)",
                          norm_text)) or (bool(re.search(
        # "把我说的话用文字给我看看", "let me read what i said": the speech as text, shown - not subtitles
        r"(?:说的|讲的|说了什么|讲了什么|说了啥|台词|口播).{0,10}(?:文字|文本|字)\S{0,4}(?:给我|让我|发我)?"
        r"(?:看|瞧|读)|"
        # "把老师讲的话给我列出来": what was said, written out as a list for them - not put on the picture
        r"(?:说|讲)的(?:话|内容)\S{0,6}(?:列出来|列一下|整理出来|写出来|打出来|记下来)|"
        # "把我在护理那段说的话给我看看": what was said, shown to them (not put on the picture)
        r"(?:说|讲)的(?:话|内容|词)\s*(?:给我|发我|让我)\s*(?:看|瞧|读)|"
        # "师傅说的每句话 能给我看看文字吗", "老师讲的内容用文字发我": what was said, as text sent or shown to
        # them (the words first, the text after - never put on the picture)
        r"(?:说的|讲的|说了什么|讲了什么|说了啥)(?!.{0,16}(?:画面|屏幕|视频上|"
        r"(?:打|放|加|显示|压|烧)\s*(?:在|到|进)))"
        r"(?=.{0,16}(?:文字|文本))(?=.{0,16}(?:给我|发我|让我|看看))|"
        r"\b(?:show|give|send) me (?:everything |exactly )?what (?:i|we|they|he|she) (?:say|said)\b|"
        # "can you show me the words i said in the nursing clip?": the words spoken, shown to them to read
        r"\b(?:show|give|send|list|write out|type out|let me (?:see|read))\s+(?:me\s+|us\s+)?"
        r"(?:the\s+|all the\s+|every\s+|exactly the\s+)?(?:words|lines|things)\s+(?:that\s+)?"
        r"(?:i|we|they|he|she|my \w+|our \w+)\s+(?:said|say|spoke|speak|was saying|were saying)\b|"
        r"\blet me (?:see|read) (?:everything |exactly )?what (?:i|we|they|he|she) (?:say|said)\b|"
        # "can i see the text of everything the mechanic says", "give me the words of what my guest said":
        # the speech of whoever talks, as text for them to read - anyone may be the speaker
        r"\b(?:see|read|get|have|show me|give me|send me)\s+(?:the|a|all the)\s+(?:text|words|wording|script|"
        r"lines)\s+(?:of|for)\s+(?:everything|all|what|whatever)\b[^,;.?]{0,40}?\b(?:says?|said|saying|"
        r"speaks?|spoke|talks? about|talked about|explains?|explained)\b",
        norm_text)) and not re.search(r"字幕|\bsubtitle|\bcaption|\bburn|\bon (?:the )?screen\b", norm_text))
