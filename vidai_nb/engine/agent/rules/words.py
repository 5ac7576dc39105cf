"""Rules for cutting by the words spoken: filler words / false starts, and a text search of the speech."""

from __future__ import annotations

from vidai_nb.engine.ops import schemas as s

from .. import cached_re as re
from .common import Clause, Hit, rx
from .cutting import CUT, KEEP
from .sound import MUTED_FILLERS

FILLERS = (r"\bfill(?:er|ers)(?:\s+words?|\s+sounds?)?\b|\bu+m+s?\b|\bu+h+s?\b|\berms?\b|\bers\b|\bahs\b|"
           r"\bhesitations?\b|\bdisfluenc\w*|语气词|口头禅|口误(?!了)|嗯啊|啊嗯|呃啊|嗯|呃")
# ("the stream stutters there", "stuttery playback": the picture or playback catching, not speech)
_PLAYBACK = (r"(?<!\bvideo )(?<!\bstream )(?<!\breplay )(?<!\bfootage )(?<!\bplayback )(?<!\bpicture )"
             r"(?<!\bclip )(?<!\bframe )(?<!\bframes )(?<!\bimage )(?<!\bcamera )(?<!\bgame )"
             r"(?<!\bgameplay )(?<!\bpan )")
REPEATS = (r"\brepeated (?:words?|phrases?)\b|\brepetitions?\b|(?<=and )repeats\b|"
           rf"{_PLAYBACK}\bstutter\w*(?!\s+(?:playback|footage|video|frames?|picture|pans?|motion)\b)|"
           r"\bfalse starts?\b|\bdouble(?:d)? words?\b|重复的?(?:词|字|话)|结巴|口吃")
# ("fillers and stutters gone pls": what is to be gone - not "they're gone", said of what happened)
_VERB = (CUT + r"|\bclean(?:\s+up)?\b|\bno more\b|\bwithout\b|清理|清除|"
         r"(?<!\bare )(?<!\bis )(?<!\bwas )(?<!\bwere )(?<!'re )(?<!'s )(?<!\bnow )\bgone\b|"
         # "filter out words like um, ah, eh", "wipe out the uhs": the words taken out
         r"\bfilter(?:ed|ing)?\s+(?:\w+\s+){0,2}?out\b|\bwipe\s+(?:\w+\s+){0,2}?out\b|\bscrub\b")
# a filler word said alone: as an example in a list of them ("words like um, ah, eh") or quoted ("把“嗯”“呃”
#这些口头禅剪掉") it is one of the fillers named, not words to show
FILLER_WORD = r"(?:u+m+|u+h+|a+h+|e+h+|e+r+m*|h+m+|嗯+|呃+|额+|啊+|唔+)"
_ABOUT = (r"(?:talk(?:s|ed|ing)?|speak(?:s|ing)?|spoke|go(?:es)? on|am talking|was talking|say(?:s|ing)?|"
          r"said|complain(?:s|ed|ing)?|rant(?:s|ed|ing)?)\s+about|"
          # "the sentences where i quote the prices", "the bit where he brings up the merger"
          r"quot(?:e|es|ed|ing)|read(?:s|ing)? out|"
          # "the part where we read the sponsor ad", "the bit where i do the ad read": a read said aloud
          r"read(?:s|ing)?(?=\s+(?:the|a|an|our|my|this|that)\s)|"
          r"(?:do|does|did|doing)(?=\s+(?:the|a|an|our|my|this|that)\s+(?!(?:ad|ads|advert)\b)"
          r"(?:[\w-]+\s+){1,2}?(?:ad|ads|advert|read|spot|plug|shout-?out|promo)\b)|"
          r"announc(?:e|es|ed|ing)|br(?:ing|ings|ought|inging) up|"
          r"mention(?:s|ed|ing)?|discuss(?:es|ed|ing)?|say(?:s)?|said|about|"
          # "the bit where i go over tuition", "where she explains the fees": the topic gone through, said of
          # someone ("so i can go over each round" is what the person will do, no topic)
          r"(?:(?<=\bi )|(?<=\bwe )|(?<=\bhe )|(?<=\bshe )|(?<=\bthey )|(?<=\bi'm )|(?<=\bim )|(?<=\bwas )|"
          r"(?<=\bis )|(?<=\bam )|(?<=\bare )|(?<=\bwere ))"
          r"(?:go(?:es|ing)? over|went over|explain(?:s|ed|ing)?)|"
          # "the section on tuition", "the bit on pricing": on right after the part's noun is "about" (not a
          # place on the screen or the timeline: "the part on the left")
          r"(?:(?<=\bsection )|(?<=\bbit )|(?<=\bpart )|(?<=\bsegment ))on"
          r"(?=\s+(?!(?:the\s+|my\s+)?(?:left|right|top|bottom|screen|side|end|start|beginning|timeline|clip|"
          r"video|music|audio|§|\d)))")
_NEXT = (r"add|put|make|remove|delete|cut|trim|export|mute|speed|slow|rotate|flip|change|turn|lower|raise|"
         r"normalize|fade|crop|burn|caption|subtitle|zoom|insert|apply|denoise|convert|include")
# ("cut everything i say about salary": all that is said about it)
_SEARCH_EN = (rf"\b(?:part|parts|bit|bits|section|sections|sentences?|lines?|where|when|everything|anything|"
              rf"whatever|stuff|things)\b.*?"
              rf"\b(?:{_ABOUT})\s+"
              r"(?:the\s+|a\s+|an\s+|my\s+|our\s+)?(.+?)\s*"
              # "… about the sponsor and add captions": the query ends where the next edit begins
              # ("… about the sponsor, fade out the end 2s": a comma and a new edit verb end it too)
              rf"(?=$|\s(?:and|then|also|plus)\s+(?:then\s+)?(?:{_NEXT})\b|"
              rf"\s*[,;]\s*(?:(?:and|then|also|plus|pls|please)\s+)*(?:{_NEXT})(?:s|ed|ing)?\b)")
# "cut the sponsor read", "drop the patreon plug", "lose the ad segment": a part named by the kind of words
# spoken in it, as the object of the cut - searched by what it is for (the head, which names no words said,
# goes with _GENERIC_HEAD_EN)
_NO_TOPIC_WORDS = (r"(?:the|a|an|my|our|first|last|second|next|whole|other|same|final|good|bad|best|"
                   r"worst)")
_SPOKEN_AS = r"(?:sponsor(?:ship)?|sponsored|ad|advert|promo|patreon|merch|affiliate)"
_SPOKEN_PART_EN = (rf"(?:{CUT}|{KEEP})\s+(?:out\s+)?(?:the|my|our|that|this|his|her|their)\s+"
                   rf"((?:(?!{_NO_TOPIC_WORDS}\b)[a-z0-9'-]+\s+)?(?:{_SPOKEN_AS}\s+(?:read|reads|segment|segments|spot|"
                   r"spots|message|break|plug|mention|section)|"
                   rf"(?!{_NO_TOPIC_WORDS}\b)[a-z0-9'-]+\s+(?:read|reads|plug|plugs|shout-?outs?)))\b"
                   r"(?=\s*(?:$|[,;.!]|and\b|then\b|pls\b|please\b))")
# ("把赞助商口播删掉", "广告口播那段剪掉": the same in Chinese - a 口播 is words read out, searched by whom it
# is for)
# (the verb of removing said right before it or after it: "情感口播剪到15秒" names the kind of video, cut to a
# length)
_SPOKEN_ZH = (r"((?:(?!把|将|删|剪|去掉|不要|那|这|中间|开头|结尾|最后|前|后|整|全|所有)"
              r"[\u4e00-\u9fffA-Za-z0-9]){1,8}?的?口播)")
_SPOKEN_GONE_ZH = r"删掉|剪掉|去掉|删除|拿掉|砍掉|删了|剪了|去了|不要了?"
_SPOKEN_PART_ZH = rf"(?:{_SPOKEN_GONE_ZH})\s*{_SPOKEN_ZH}(?=\s*(?:$|[，,。；;！!]|再|然后))"
_SPOKEN_PART_ZH_GONE = (rf"(?:^|[把将\s，,])\s*{_SPOKEN_ZH}\s*(?:的)?\s*"
                        rf"(?:那\s*(?:1|一)?\s*段|那部分|部分)?\s*(?={_SPOKEN_GONE_ZH})")
# ("那一段" reads "那 1 段" by now)
# ("没说话的部分", "没有讲过话的地方": where nobody speaks is silence, not a topic searched for; a topic never
# runs across a clause: "绘本讲读的视频，把开头…的部分修掉" names no topic)
# ("我报价格的那几句", "念到优惠码的那句", "吐槽老板的那段": what is said, by the verb for how it is said)
_SEARCH_ZH = (r"(?<!没)(?<!没有)(?<!没人)(?:说到|讲到|聊到|提到|谈到|念到|读到|问到|介绍|推荐|吐槽|"
              r"报(?!名|告|道|纸|警|表|销)|"
              r"念(?!错|叨)|讲|说|聊|谈|关于)"
              r"((?:(?![，,；;。！!？?]).)+?)"
              r"(?:的)?\s*(?:那部分|这部分|"
              r"那\s*(?:1|一)?\s*段|"
              r"这\s*(?:1|一)?\s*段|部分|那几段|这几段|那几句|这几句|那\s*(?:1|一)?\s*句|"
              r"这\s*(?:1|一)?\s*句|句子|内容|地方|片段|"
              # ("把我讲学费那块删了", "说优惠那一截剪掉": 块 / 截 name a part as 段 does)
              r"(?:那|这)\s*(?:1|一)?\s*(?:块|截|块儿)|"
              r"那些话|几句话)")


# a new clause after what is searched for: ", it changed", ", which is outdated", " because …"
_REASON = (r"\s*[,;，；:—–-]\s*(?=(?:it|i|we|they|he|she|that|this|which|because|since|cause|cos|coz|bc|as|"
           r"so|its|it's|thats|that's|those|these|there|the (?:price|info|numbers?|details?) (?:is|are|was|"
           r"were|has|have)|"
           # ", the rates changed since", ", prices went up": a thing said to have changed - why it goes
           r"(?:(?:the|our|my|their|all the)\s+)?(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:changed|went|got|expired|"
           r"ended|dropped|rose|increased|moved|are(?:n'?t)? (?:wrong|outdated|old|different)|"
           r"is(?:n'?t)? (?:wrong|outdated|old|different)|"
           # ", the deal fell through", ", the sponsorship got cancelled", ", the brand pulled out": a thing
           # said to be off - why it goes
           r"fell (?:through|apart)|collapsed|(?:is|was|got|has been|been) (?:cancel?led|called off|off|over|"
           r"dead|scrapped|pulled)|(?:pulled|backed|dropped) out|(?:did(?:n'?t| not)|never) (?:happen|go "
           r"through|work out)|(?:is|are) no longer)"
           r")\b)|\s+(?=(?:because|since|cause|cos|coz|bc|as (?:it|they|we|i|that)|which (?:is|"
           r"are|was|were|has|have|changed)|cuz)\b)|[（(]|，(?=因为|现在|已经|那个|这个|那些|这些)|"
           # "… where i mention homework, students just need that bit": who wants it, a clause of its own
           r"\s*[,;]\s*(?=(?:[a-z']+\s+){1,3}(?:just\s+|only\s+|really\s+|also\s+)?(?:need|needs|want|wants|"
           r"care|cares|asked|said|like|likes)\b)|"
           # "… where i talk about gloves, everything else can go", "…, drop the rest": what happens to the
           # rest is said after it - no words searched
           r"\s*[,;]\s*(?=(?:and\s+|so\s+|then\s+)?(?:(?:everything|anything|all|whatever)(?:\s+else)?|"
           r"the rest(?:\s+of it)?|rest)\s+(?:(?:can|could|should|must|may|will|is|are)\s+)?(?:go|goes|gone|"
           r"be cut|be deleted|be removed|get cut|gets cut|out|in the bin|bin)\b|"
           r"(?:and\s+|so\s+|then\s+)?(?:drop|lose|ditch|bin|toss|scrap|trash|kill|nuke|axe|dump|chuck)\s+"
           r"(?:everything|all|the rest|anything)\b)")


# words that limit a filler cleanup to the fillers named: "only the ums", "just the uhs, nothing else",
# "只删嗯" - without them, naming fillers asks for the editor's cleanup at its default (fillers and false
# starts), which the reply says plainly
_ONLY_NEAR = r"\bonly\b|\bjust\s+(?:the\s+|those\s+|my\s+|all\s+the\s+)?(?=u+[mh]|ers?\b|fill)|只|仅|单单"
_NOTHING_ELSE = (r"\bnothing else\b|\bleave (?:everything|the rest|all the rest) (?:else )?(?:alone|as is)\b|"
                 r"(?:其他|其它|别的|其余)(?:的)?(?:都)?(?:别|不要|不用|不)(?:动|删|碰|管)")
# repeats said to stay, before ("keep the repeated words") or after ("重复的话留着", "the stutters stay")
# ("leave my pauses and repeats alone": another thing named to stay with them)
_STAY_BEFORE = (r"\b(?:keep|leave|not|don'?t (?:touch|cut|remove)|except(?:\s+for)?|excluding|apart\s+from|"
                r"other\s+than)\s+(?:the\s+|all\s+|my\s+|in\s+)?"
                r"(?:[a-z]+\s+(?:and|&)\s+(?:the\s+|my\s+)?)?$|"
                r"(?:保留|留着|留下|不要删|别删)\S{0,2}$")
_STAY_AFTER = (r"^\s*(?:(?:can|should|must)\s+)?(?:stay|remain)s?\b|^\s*(?:alone|in)\b|"
               r"^\S{0,3}?(?:留着|保留|不要删|别删|不删|别动|不动|不用删|不用动)")


# repeats said to stay with a bare "repeats" the REPEATS words leave alone ("remove the filler words but not
# the repeats", "cut the ums except the repeats", "去掉语气词 但重复的不要删")
_REPEATS_SPARED = (r"\b(?:but\s+)?(?:not|except(?:\s+for)?|excluding|apart\s+from|other\s+than|keep|leave)\s+"
                   r"(?:the\s+|my\s+|any\s+|all\s+(?:the\s+)?)?(?:repeats|repeated\s+(?:bits?|parts?|lines?|"
                   r"counts?|stuff)|repetitions?|repeating|repeated\s+(?:words?|phrases?))\b|"
                   r"(?:但|但是)?\s*重复的?(?:部分|地方|内容)?\s*(?:不要删|别删|不删|留着|保留|不用删|别动)")


# fillers said to stay after them: "leave the uhs in, they sound human", "the ums can stay" ("clean up the
# filler words in my lecture": "in" with what follows is where they are)
_FILL_STAYS_AFTER = (r"^\s*(?:(?:can|should|must)\s+)?(?:stay|remain)s?\b|"
                     r"^\s*(?:alone|in)\s*(?:$|[,.;!]|(?:please|pls|too|they|it|i)\b)")


# a slip named bare, in a clause of its own after a part with its times is cut: the reason that part goes
_SLIP_AS_REASON = (rf"(?:§\d+§[^，,；;。]*?(?:{CUT})|(?:{CUT})[^，,；;。]*?§\d+§)[^，,；;。]*?[\s,，;；。]+"
                   # ("删掉0:05-0:08和0:33-0:36两段 都是我口误": whose slip, said)
                   r"(?:因为|那是|这是|那里是|(?:那|这)?(?:都|全|两段都|几段都)是|是|有)?\s*(?:我|我的|我自己)?\s*"
                   r"(?:(?:1|一)\s*个|个)?\s*(?:口误|说错了?|嘴瓢)\s*(?:了|啦|吧|的|哈)?\s*$")


# "the clip where the kid …", "the take when my swimmer …": a clip or part named by someone other than the
# speaker doing something in it (the subject's words straight before what they do)
_CLIP_WHERE_SOMEONE = (r"\b(?:clip|clips|shot|take|part|bit|scene|moment|section|segment|heat|race|run)\s+"
                       r"(?:where|when|in which|that shows)\s+(?!(?:i|we|i'm|im|my voice)\b)"
                       r"(?:(?:the|a|an|my|our|his|her|their|that|this)\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+\s+$")


def fillers_rule(c: Clause) -> list[Hit]:
    """"remove the ums and uhs", "去掉嗯啊", "remove filler words", "cut the repeated words"."""
    fill, rep = c.find(FILLERS), c.find(REPEATS)
    if fill is not None and re.search(MUTED_FILLERS, c.text):
        return []  # "mute only the uhs, i dont want them cut out": a mute of words (refused there), no cut
    if fill is not None and rep is None and re.search(r"(?:\.\.+|…|[,;—-])\s*$", c.text[:fill.start()]) and \
            re.match(r"[\s,.…]*(?:no|nah|nope|wait|actually|i mean)\b", c.text[fill.end():]):
        return []  # "delete the music.. uh no, just lower it": a hesitation before a take-back, no filler
    if fill is None:  # "把“嗯”删掉": a filler word quoted is one named
        fill = next((q for q in re.finditer(r"⟦(\d+)⟧", c.text)
                     if re.fullmatch(FILLER_WORD, c.ctx.quotes[int(q.group(1))].strip().lower())), None)
    if rep and not fill and rx.search(_CLIP_WHERE_SOMEONE, c.text[:rep.start()]):
        # "delete the clip where the kid false starts": a clip named by what someone does in it (a race's
        # false start is seen, not said) - which clip, asked; a cleanup of the speech is not what was asked
        return [Hit(rep.start(), question=(
            "是哪一段？我看不到画面内容——请告诉我时间（比如“删掉0:20到0:30”）或者第几段。" if c.zh else
            "Which part is that? I can't see what's in the picture — tell me the times (e.g. “cut 0:20 "
            "to 0:30”) or which clip (first, second…)."))]
    if rep and not fill and re.search(r"\b(?:was|were|is|are)\s+(?:a|an|just a|my)\s+(?:\w+\s+)?"
                                      r"false start\b", c.text):
        return []  # "remove 0:30-0:33, the bit there was a false start": why that part goes, nothing more
    if fill and not rep and re.search(_SLIP_AS_REASON, c.text) and not re.search(
            r"(?:还有|以及|和|跟|另外|顺便)\s*(?:把)?\s*(?:所有的?)?\s*(?:口误|嘴瓢)", c.text):
        return []  # "第5秒到第10秒那段删了 口误": why that part goes, not a cleanup of every slip
    # "just the uhs, nothing else": the fillers named alone, limited - the cut is understood
    bare = fill is not None and rep is None and rx.match(
        r"\s*(?:(?:please|pls|ok|so)[\s,]+)?(?:just|only)\s+(?:the\s+|my\s+|those\s+)?(?=u+[mh]|ers?\b|fill)",
        c.text) is not None
    if not (fill or rep) or not (bare or c.has(_VERB)):
        return []
    if fill and not rep and (rx.search(_STAY_BEFORE, c.text[: fill.start()]) or
                             rx.search(_FILL_STAYS_AFTER, c.text[fill.end():])):
        return []  # "remove the pauses but keep the ums", "…, leave the uhs in": the fillers named stay
    if fill and rep and rx.search(r"\b(?:keep|leave|(?:do not|don'?t|dont|not) "
                                  r"(?:remove|cut|touch|delete))\s+(?:the\s+|all\s+|my\s+)?$|(?:保留|留着|留下|不要删|别删|别动|不删)\S{0,2}$",
                                  c.text[: fill.start()]):
        fill = None  # "remove the repeated words, keep the ums": the fillers named as staying stay
    repeats = rep is not None
    if rep and (rx.search(_STAY_BEFORE, c.text[: rep.start()]) or rx.search(_STAY_AFTER, c.text[rep.end():])):
        # "remove the uhs but leave repeated words", "重复的话留着": the repeats named as staying stay
        rep, repeats = None, False
        if not fill:
            return []
    elif fill and not rep:
        # the fillers named alone: the cleanup at its default, false starts too, unless the words limit it
        # to those fillers ("only the ums", "just the uhs, nothing else", "只删嗯")
        a = max(c.text.rfind(ch, 0, fill.start()) for ch in ",，;；。!！?？") + 1
        ends = [i for i in (c.text.find(ch, fill.end()) for ch in ",，;；。!！?？") if i >= 0]
        near = c.text[a: min(ends, default=len(c.text))]
        repeats = not (rx.search(_ONLY_NEAR, near) or rx.search(_NOTHING_ELSE, c.text)
                       or rx.search(_REPEATS_SPARED, c.text))
    # "the repeated words like 'i i think'": the example quoted is what is meant, not another request
    rx.search(r"\b(?:like|such as|e\.g\.?)\s*⟦\d+⟧", c.text)
    # "um, ah, eh": the fillers listed after the first one named are that list
    if fill:
        rx.match(rf"(?:\s*(?:[,，、/]|\band\b|\bor\b)\s*{FILLER_WORD}\b)+", c.text[fill.end():])
    for q in re.finditer(r"⟦(\d+)⟧", c.text):  # "把“嗯”“呃”这些口头禅剪掉": the fillers quoted
        if re.fullmatch(FILLER_WORD, c.ctx.quotes[int(q.group(1))].strip().lower()):
            rx.search(re.escape(q.group(0)), c.text)
    first = min(m.start() for m in (fill, rep) if m)
    return [Hit(first, [s.RemoveFillers(fillers=fill is not None, repeats=repeats)])]


# "cut the sentences where i say sponsor.. wait no, keep ONLY those": a take-back after what is searched for
# ends the words searched; a keep of "those" said right after it turns the cut into a keep of the same words
_TAKE_BACK = (r"(?:\.\.+|…|[\s,，;；.。!！-])\s*(?:wait,?\s+no|no,?\s+wait|actually,?\s+no|oops,?\s+no|"
              r"scratch that|不对|哦不|啊不|不是不是)(?![a-z])[\s,，;；.。!！-]*")
_KEEP_THOSE = (r"(?:(?:just|only|i'?ll|let'?s|i want to|rather)\s+)*(?:keep|leave|save|use)\s+"
               r"(?:only\s+|just\s+)?(?:those|them|these|that|the ones|those (?:bits|parts|sentences|lines|"
               r"sections))\b(?!\s+(?:out|alone))|"
               r"(?:只|就|光)?(?:保留|留下|留着|要)(?:这些|那些|这几句|那几句|它们|这部分|那部分)")


# a retake: "the part where i mess up my lines (about the spawn mechanic)", "把我念错价格的那句删掉" - the
# flubbed take and the good one say the same words, so a search of the speech would cut both: which take
# goes is asked (its times), with the cleanup of fillers and false starts offered
_FLUB_EN = (r"(?:mess(?:es|ed|ing)?|screw(?:s|ed|ing)?|muck(?:s|ed|ing)?|f(?:u|\*)ck(?:s|ed|ing)?)"
            r"\s+(?:[\w']+\s+){0,3}?up\b|"
            # ("the part where i mix up the batter" is cooking: words, lines or names mixed up are a flub)
            r"\bmix(?:es|ed|ing)?\s+up\s+(?:my\s+|the\s+|his\s+|her\s+|their\s+)?(?:words?|lines?|names?|"
            r"numbers?)\b|"
            r"\b(?:flub\w*|stumbl\w*|stutter\w*|botch\w*|fumbl\w*|bungl\w*|mispronounc\w*|misspe\w*|"
            r"misspoke|misread\w*|garbl\w*|slurr?\w*|mumbl\w*|chok(?:e|es|ed|ing)|"
            r"blank(?:s|ed|ing)?\s+(?:out|on)|trip(?:s|ped|ping)?\s+(?:over|up|on)|"
            r"(?:say|says|said|saying|read|reads|reading|get|gets|got|getting|pronounce\w*)\s+"
            r"(?:(?:it|that|this|them|the\s+[\w']+|my\s+[\w']+|his\s+[\w']+|her\s+[\w']+|⟦\d+⟧)\s+)?"
            r"(?:wrong|wrongly|incorrectly|badly)|"
            r"repeat(?:s|ed|ing)?\s+(?:myself|himself|herself|themselves|itself)|"
            r"(?:forget|forgets|forgot|forgetting|lose|loses|lost|losing)\s+(?:my|his|her|their|the)\s+"
            r"(?:lines?|words?|place|train of thought)|"
            r"(?:start|starts|started|starting)\s+(?:over|again)|redo|redid|(?:try|tries|tried)\s+again|"
            r"brain\s*farts?)")
_RETAKE_EN = (r"\b(?:part|bit|section|segment|take|moment|spot|line|sentence|portion|piece)s?\s+"
              r"(?:where|when|in which|that)\s+(?:[\w']+\s+){1,3}?" + "(?:" + _FLUB_EN + ")|"
              r"\b(?:flubbed|botched|fumbled|messed[- ]up|screwed[- ]up|garbled|stumbled)\s+"
              r"(?:take|line|lines|sentence|intro|outro|part|bit|section)s?\b")
_FLUB_ZH = (r"说错|讲错|念错|读错|口误|说漏嘴?|嘴瓢|卡壳|卡住|忘词|重说|重来|重讲|重念|重录|吃螺丝|结巴|"
            r"说得?不对|讲得?不对|没说好|没讲好|说砸|说得?磕巴|磕磕巴巴")
_RETAKE_ZH = (rf"(?:{_FLUB_ZH})[^，,；;。！!？?]{{0,10}}?(?:的)?\s*"
              r"(?:那\s*(?:1|一|几)?\s*(?:段|句|次|遍|部分|条|下)|这\s*(?:1|一|几)?\s*(?:段|句|次|遍)|部分|地方|片段|镜头)")


def retake_rule(c: Clause) -> list[Hit]:
    """"cut the part where i mess up my lines about X", "把我念错价格的那句删掉": which take goes is asked."""
    if rx.search(r"§\d+§", c.text):
        return []  # "cut 0:10-0:14, thats where i stumble": the part is said by its times
    m = rx.search(_RETAKE_ZH if c.zh else _RETAKE_EN, c.text) or rx.search(_RETAKE_EN, c.text)
    if m is None or not rx.search(CUT + r"|" + KEEP + r"|剪|删|去掉|不要", c.text):
        return []
    # the words after it (what was flubbed: "my lines about the spawn mechanic") belong to it
    rx.match(r"\s*(?:[\w'⟦⟧]+\s*){0,8}", c.text[m.end():]) if not c.zh else None
    return [Hit(m.start(), question=(
        "要删哪一遍？说错的那遍和说对的那遍内容一样，按说的话删会把两遍都删掉——请告诉我要删的时间"
        "（比如“删掉0:20到0:30”）；或者我可以只去掉语气词和重复、说一半重来的地方。" if c.zh else
        "Which take should go? The flubbed take and the good one say the same words, so cutting by the words "
        "would cut both — tell me the times of the one to cut (e.g. “cut 0:20 to 0:30”), or I can remove "
        "filler words and false starts instead."))]


# a topic named with a head noun that says nothing of it ("the parking situation", "the visa stuff", "讲停车
#的事那段"): the distinctive words are what the speech says, the head is not
_GENERIC_HEAD_EN = (r"\s+(?:situation|situations|stuff|thing|things|thingy|issue|issues|bit|bits|part|parts|"
                    r"story|stories|topic|topics|business|saga|side of things|whole thing|"
                    # "the sponsor ad", "the sponsor read", "the patreon plug": what kind of words they are is
                    # never said in them - the one it is for is
                    r"ad|ads|advert|adverts|advertisement|read|reads|spot|plug|plugs|shout-?outs?|segment|"
                    r"message|break)$")
# ("讲故事的那段", "讲家事": a 事 that is part of the word stays - only 的事 or a head of two characters goes)
_GENERIC_HEAD_ZH = (r"(?<=[\u2e80-\u9fff]{2})(?:的(?:事情|事儿|事|话题|情况|那些|这些|部分|方面)|"
                    r"那块|这块|那一块|这一块|这个话题|那个话题|话题|事情|情况|"
                    # ("念赞助商广告的那段": whose ad it is is what is said)
                    r"的?(?:广告|口播))$")
# what is left of "the best part", "the funny bit": a word that names no topic keeps its head
_NO_TOPIC = (r"(?:best|good|bad|worst|first|last|next|funny|boring|whole|other|same|main|hard|easy|long|"
             r"short|big|little|weird|sad|serious|important|awkward|cringe|cringy|old|new)")
# words that name no topic of their own: a search for them would cut (nearly) every sentence
_EMPTY_WORDS = frozenset(re.findall(r"\S+", (
    "a an the it its it's this that these those them they he she him her his hers we us our you your i me my "
    "myself mine stuff thing things something anything everything nothing whatever so and or but like yeah "
    "ok okay just well really very is are was were be been being do did does have has had go going get got "
    "there here then now one some all any more other")))
_EMPTY_ZH = re.compile(r"[我你他她它们的了是在有就都也这那个些东西事情话说讲啥什么吗呢吧啊嗯呃和跟与]+")
# what is read in the picture, not heard: "where the sign says 'open'", "招牌上写着“营业”"
_SHOWN_SAYS = (r"\b(?:the|a|an|my|our|his|her|their|that|this)\s+(?:[\w'-]+\s+)?(?:sign|signs|banner|poster|"
               r"screen|whiteboard|blackboard|chalkboard|board|menu|label|shirt|t-?shirt|hoodie|jersey|card|slide|"
               r"caption|subtitle|title|logo|placard|billboard|sticker|monitor|tv|display|scoreboard|note|"
               r"notebook|page|letter|mug|cup|box|package|bottle|door|wall|screen text|text on screen|"
               r"lower third)\s+(?:says|said|reads|read|shows|showed|displays)\b|"
               r"(?:招牌|牌子|横幅|海报|屏幕|黑板|白板|菜单|标签|衣服|牌匾|告示|广告牌|纸上|杯子|盒子|包装|门上|墙上|"
               r"画面上|画面里)\s*上?\s*(?:写着|写的是|写的|显示着?|印着|印的)")
# a part named by what is seen in it: "the part where the dog appears", "有招牌的那段"
_SEEN_PART_EN = (r"\b(?:part|bit|section|clip|scene|shot|moment|spot|segment)s?\s+(?:where|when|in which)\s+"
                 r"(?:the|a|an|my|our|his|her|their|some|that)\s+"
                 # ("the part where the music comes in": a sound is heard, not seen)
                 r"(?!(?:[\w'-]+\s+)?(?:music|song|beat|drop|bass|sound|audio|voice|narration|chorus|"
                 r"vocals?|track|intro music|bgm)\b)(?:[\w'-]+\s+){0,2}?"
                 r"(?:appears?|shows? up|comes? (?:in|on|into (?:the )?(?:shot|frame|view))|pops? up|"
                 r"(?:is|are) (?:on screen|visible|in (?:the )?(?:shot|frame|picture|background))|"
                 r"walks? (?:in|by|past|through)|runs? (?:in|by|past|through)|enters?|drives? (?:by|past))\b")
_SEEN_PART_ZH = (r"(?:有|出现|看到|拍到|露出|能看到|看得到|入镜)\s*(?:了)?\s*(?:个|一个|1\s*个)?\s*"
                 r"(?!(?:人)?(?:说话|讲话|声音|杂音|噪音|噪声|口误|音乐|静音|停顿|空白|黑屏|字幕|文字|标题|"
                 r"回声|风声|电流|bgm|BGM|广告|赞助|口播|推广))"
                 r"(?![^\s，,。；;！!？?的]{0,6}?(?:声|音|歌|唱|笑|哭|喊|叫|响|说|讲|聊))"
                 r"([^\s，,。；;！!？?的]{1,8}?)\s*(?:出现)?\s*(?:的)?\s*"
                 r"(?:那\s*(?:1|一|几)?\s*(?:段|部分|几秒|个镜头|些镜头)|镜头|画面|片段)")


# a part named by a sound that is no word ("the part where the music comes in", "有人唱歌的那段"): the
# speech search finds words, not music - which part is asked (never music added)
_HEARD_PART = (r"\b(?:part|bit|section|clip|moment|spot|segment)s?\s+(?:where|when|in which)\s+"
               r"(?:the|a|an|my|our|his|her|their|some)?\s*(?:music|song|beat|drop|chorus|band|bass|singing|instrumental)\s+"
               r"(?:comes? in|kicks? in|starts?|plays?|is playing|drops?|hits?|begins?)\b|"
               r"(?:有人|我|他|她|大家)?\s*(?:唱歌|在唱歌|放歌|放音乐|弹琴|奏乐)\s*(?:的)?\s*"
               r"(?:那\s*(?:1|一|几)?\s*(?:段|部分|几秒)|片段|部分)")


def _not_searchable(c: Clause) -> list[Hit]:
    """A part named by what is seen (a sign's words, a dog coming in): only the speech can be searched."""
    heard = rx.search(_HEARD_PART, c.text)
    wanted = rx.search(CUT + r"|" + KEEP + r"|剪|删|去掉|不要|保留|只留", c.text)
    if heard and not rx.search(r"§\d+§", c.text) and wanted:
        return [Hit(heard.start(), question=(
            "是哪一段？我只能按说的话找，认不出音乐或唱歌——"
            "请告诉我那段的时间，比如“删掉0:20到0:30”。" if c.zh else
            "Which part is that? I can only search the words said, not find music or singing — tell me the "
            "times, e.g. “cut 0:20 to 0:30”."))]
    m = rx.search(_SHOWN_SAYS, c.text) or rx.search(_SEEN_PART_ZH if c.zh else _SEEN_PART_EN, c.text)
    asked = rx.search(CUT + r"|" + KEEP + r"|剪|删|去掉|不要|保留|只留", c.text)
    if m is None or rx.search(r"§\d+§", c.text) or not asked:
        return []
    return [Hit(m.start(), question=(
        "是哪一段？我只能搜索说出来的话，看不到画面里的内容（招牌、屏幕上的字、出现的东西）——"
        "请告诉我那段的时间，比如“删掉0:20到0:30”。" if c.zh else
        "Which part is that? I can only search what is said in the speech — I can't see or read what's in "
        "the picture (a sign, a screen, who or what appears). Tell me the times, e.g. “cut 0:20 to 0:30”."))]


def _search_question(query: str, zh: bool) -> str:
    return (f"要找哪几个词？我会删掉所有含这些词的句子，“{query}”会删掉远比你想的多——"
            "请说一个只在那段里出现的词（比如“删掉讲价格的那几句”），或者告诉我时间。" if zh else
            f"Which words should I look for? I cut every sentence that contains them, so “{query}” would "
            "catch far more than you mean — give me a word or short phrase said only in that part (e.g. “cut "
            "the part where I talk about pricing”), or the times.")


def _too_broad(query: str, said: str, c: Clause) -> bool:
    """A search that would cut far more than meant: words that name nothing ("it", "the", "我"), or a
    whole clause ("how we got lost and then it rained") instead of the words said."""
    latin = re.findall(r"[a-z0-9']+", query.lower())
    cjk = "".join(re.findall(r"[\u2e80-\u9fff]+", query))
    if latin and all(w in _EMPTY_WORDS for w in latin) and not _EMPTY_ZH.sub("", cjk):
        return True
    if not latin and cjk and not _EMPTY_ZH.sub("", cjk):
        return True
    if re.fullmatch(r"⟦\d+⟧", said):
        return False  # the words quoted: searched as said
    content = [w for w in latin if w not in _EMPTY_WORDS]
    return bool(re.match(r"(?:how|why|what|whether|when|where|if)\s+\S+\s+\S+", said) or len(content) >= 5)


# a part said by its times, then what it is: "… its where …", "… thats the part where …", "… which is when …",
# "… 那是他说…的地方", "… 那段是我报…的部分"
_TIMED_DESCRIBED_EN = (r"(?:^|[\s,;:(\-–—])(?:it'?s|its|that'?s|thats|this is|this'?s|that is|it is|which is|"
                       r"which'?s|those are|thats just|cause|because|since|bc|cuz)\s+"
                       r"(?:(?:just|basically|only|literally|all|exactly|right|where)\s+)?(?:the\s+|a\s+)?$")
_TIMED_DESCRIBED_ZH = (r"(?:那|这)\s*(?:里|儿|段|一段|1\s*段|部分|块|几秒|个地方)?\s*"
                       r"(?:就|都|正好|刚好)?\s*是\s*[^\s，,。；;！!？?剪删去]{0,8}$")


def search_rule(c: Clause) -> list[Hit]:
    """"cut the part where I talk about pricing", "keep only the sentences about the park",
    "删掉讲价格的部分": a plain text search of the transcript, cut or kept."""
    if re.search(_RETAKE_EN, c.text) or re.search(_RETAKE_ZH, c.text):
        return []  # a retake: which take goes is asked (retake_rule)
    seen = _not_searchable(c)
    if seen:
        return seen
    m = (rx.search(_SEARCH_EN, c.text) or rx.search(_SEARCH_ZH, c.text) or rx.search(_SPOKEN_PART_EN, c.text)
         or rx.search(_SPOKEN_PART_ZH, c.text) or rx.search(_SPOKEN_PART_ZH_GONE, c.text))
    if not m:
        return []
    if re.search(r"§\d+§", c.text[:m.start()]) and (re.search(_TIMED_DESCRIBED_EN, c.text[:m.start()]) or
                                                    re.search(_TIMED_DESCRIBED_ZH, c.text[:m.start()])):
        # "delete 0:06-0:09.5 its where the participant says their full name", "删掉6秒到9秒 那是他说自己全名
        # 的地方": what is said in the part named by its times - why that part goes, no second part searched
        return [Hit(m.start())]
    said = m.group(1)
    # "把我讲课里提到“报名费”的那几句剪掉": a verb of speaking read first (讲课, 说明) is part of where it was
    # said - the topic is what follows the last verb of mentioning before the head noun
    # ("对谈里我俩聊八卦的那段": 谈 of 对谈 names the recording; a bare verb said after who speaks - 我俩聊,
    # 他讲 - is the verb of mentioning)
    inner = list(re.finditer(r"(?:说到|讲到|聊到|提到|谈到|念到|读到|问到|提起|说起|讲起|聊起)\s*(?:了)?" + (
        r"|(?:我俩|我们俩?|咱们?俩?|他们?俩?|她们?俩?|你们?俩?|大家|我|你|他|她)(?:在)?(?:聊|讲|说|谈)(?:了)?(?=\S)"
        if not re.search(r"\s", said.strip()) else ""), said))  # (within one run of words: no other edit)
    if inner and said[inner[-1].end():].strip():
        said = said[inner[-1].end():]
    back = rx.search(_TAKE_BACK, c.text[m.start(1):])
    if back:
        if back.start() < len(said):
            said = said[: back.start()]
        if rx.match(_KEEP_THOSE, c.text[m.start(1) + back.end():]):
            said = said.strip(" .,!?;:，。！？")
            query = c.ctx.original(said)
            return [Hit(m.start(), [s.CutSentences(query=query, keep=True)])] if len(query) >= 2 else []
    said = said.strip(" .,!?;:，。！？")
    # "… about pricing, it changed since we recorded": the words searched for end where a new clause
    # (why it goes) begins - a reason is not part of what was said in the recording
    said = re.split(_REASON, said)[0].strip(" .,!?;:，。！？")
    # "… where i go on about it, you know the one": an aside that points at the part is no word said in it
    # (what is left may name nothing - then which part is asked)
    said = re.split(r"\s*[,;]?\s*\b(?:you know|y'?know|ya know|u know|if you know what i mean|the one i mean|"
                    r"(?:you|u) know (?:the one|which one|what i mean))\b",
                    said)[0].strip(" .,!?;:，。！？") or said
    # "… about the parking at the open house", "… about pricing of the cakes": the topic is the word said
    # first; a place or an "of the X" after it says where it came up, words the speech need not repeat
    qualified = re.fullmatch(r"([a-z'-]+(?:\s+[a-z'-]+)?)\s+(?:at|in|on|during|for|from|of)\s+"
                             r"(?:the|my|our|this|"
                             r"that|his|her|their)\s+[a-z'-]+(?:\s+[a-z'-]+)?", said)
    # ("the end of the world", "the rest of the trip": a word that names nothing alone keeps what follows)
    if qualified and not re.search(r"\b(?:the|a|an|and|or|end|start|beginning|rest|middle|top|bottom|side|"
                                   r"front|back|part|bit|one|lot|kind|sort|type|name|top|all|some|most)\b",
                                   qualified.group(1)):
        said = qualified.group(1)
    if re.fullmatch(r"⟦\d+⟧\s+(?:wrong|wrongly|badly|incorrectly|weird(?:ly)?|funny|funnily|twice|again)\b.*",
                    said):
        return []  # "the part where i say 'hello' wrong": which take of the words goes - asked, not searched
    # ("… where i talk about 'the fee' pls": a courtesy after it is no word said in the recording)
    said = re.sub(r"(?:[\s,]+(?:pls|please|plz|thanks|thank you|thx|ty|lol))+$", "", said) or said
    # ("… where i talk about my lecture mentioning 'fees'": the words quoted right after a verb of saying
    # are the words searched, whatever was said before them)
    named = [q for q in re.finditer(rf"(?:\b(?:{_ABOUT})|说到|讲到|聊到|提到|谈到|念到|读到|问到|提起|"
                                    rf"说起|讲起|聊起)\s*(?:了)?\s*(⟦\d+⟧)", said)]
    if named and not re.fullmatch(r"⟦\d+⟧", said):
        said = named[-1].group(1)
    quoted = re.fullmatch(r"⟦(\d+)⟧", said)  # "只保留提到“优惠券”的那几句": the words quoted
    if not quoted:
        # "the parking situation", "停车的事": the head that names nothing goes, the topic stays
        head = _GENERIC_HEAD_ZH if re.search(r"[\u2e80-\u9fff]$", said) else _GENERIC_HEAD_EN
        bare = re.sub(r"^(?:the|my|our|his|her|their|this|that|whole|entire|\s)+\s", "",
                      re.sub(head, "", said))
        if bare.strip() and bare != said and not re.fullmatch(rf"(?:the|a|an|my|our|this|that|{_NO_TOPIC})",
                                                              bare.strip()):
            said = bare.strip()
    query = c.ctx.quotes[int(quoted.group(1))] if quoted else c.ctx.original(said)
    if re.search(r"\s(?:然后|接着|再把|并且|调到|调成|调小|调低|降到|把)|\b(?:then|and then)\s+[a-z]+",
                 query):
        # "背景音乐太吵盖住我讲话了 调到10% 然后把我讲价格那段剪了": words read across clauses that hold
        # another instruction are no topic - the search said in its own clause is (the level stays the
        # music's)
        return []
    if rx.search(r"§\d+§", query + said) or rx.search(r"停顿|静音|空白|沉默|silen|pause", c.text):
        return []  # times are ranges, read by the cutting rules; pauses are the silence rules' ("说话的部分")
    if _too_broad(query, said, c) and (rx.search(CUT, c.text) or rx.search(KEEP, c.text)):
        return [Hit(m.start(), question=_search_question(query, c.zh))]
    if len(query) < 2:
        return []
    # (the verb is part of the match of a part named by its kind of words: "cut the sponsor read")
    spoken = (_SPOKEN_PART_EN, _SPOKEN_PART_ZH, _SPOKEN_PART_ZH_GONE)
    upto = m.start(1) if m.re.pattern in spoken else m.start() + 1
    keep = rx.search(KEEP, c.text[:upto] or c.text)
    cut = rx.search(CUT, c.text[:upto] or c.text)
    if not (keep or cut):  # "把我讲价格的那几句剪掉": the verb after what is searched for
        keep = rx.search(KEEP, c.text[m.end():])
        cut = rx.search(CUT, c.text[m.end():])
        # "把我讲学费那段留着 其他删掉": the part stays and the rest is said to go - what keeping does (留着
        # alone, "leave it in", keeps nothing only)
        stays = re.match(r"\s*(?:的)?\s*(?:给我|帮我)?\s*留(?:着|住|下来?)", c.text[m.end():])
        kept = keep or stays
        if kept and cut and kept.start() < cut.start() and re.search(
                r"(?:其他|其它|其余|别的|剩下|剩余)\s*(?:的)?\s*(?:部分|内容|地方)?\s*(?:都|全|全都|全部)?\s*$",
                c.text[m.end():][:cut.start()]):
            keep, cut = kept, None
            rx.search(r"留(?:着|住|下来?)", c.text[m.end():])
    if not (keep or cut):
        return []
    return [Hit(m.start(), [s.CutSentences(query=query, keep=keep is not None and cut is None)])]
