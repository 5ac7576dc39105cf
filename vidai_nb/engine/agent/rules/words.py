"""Rules for cutting by the words spoken: filler words / false starts, and a text search of the speech."""

from __future__ import annotations

import re

from vidai_nb.engine.ops import schemas as s

from .common import Clause, Hit, rx
from .cutting import CUT, KEEP
from .sound import MUTED_FILLERS

FILLERS = (r"\bfill(?:er|ers)(?:\s+words?|\s+sounds?)?\b|\bu+m+s?\b|\bu+h+s?\b|\berms?\b|\bers\b|\bahs\b|"
           r"\bhesitations?\b|\bdisfluenc\w*|语气词|口头禅|口误(?!了)|嗯啊|啊嗯|呃啊|嗯|呃")
REPEATS = (r"\brepeated (?:words?|phrases?)\b|\brepetitions?\b|(?<=and )repeats\b|\bstutter\w*|"
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
          r"quot(?:e|es|ed|ing)|read(?:s|ing)? out|announc(?:e|es|ed|ing)|br(?:ing|ings|ought|inging) up|"
          r"mention(?:s|ed|ing)?|discuss(?:es|ed|ing)?|say(?:s)?|said|about")
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
# ("那一段" reads "那 1 段" by now)
# ("没说话的部分", "没有讲过话的地方": where nobody speaks is silence, not a topic searched for; a topic never
# runs across a clause: "绘本讲读的视频，把开头…的部分修掉" names no topic)
# ("我报价格的那几句", "念到优惠码的那句", "吐槽老板的那段": what is said, by the verb for how it is said)
_SEARCH_ZH = (r"(?<!没)(?<!没有)(?<!没人)(?:说到|讲到|聊到|提到|谈到|念到|读到|问到|介绍|推荐|吐槽|"
              r"报(?!名|告|道|纸|警|表|销)|"
              r"讲|说|聊|谈|关于)"
              r"((?:(?![，,；;。！!？?]).)+?)"
              r"(?:的)?\s*(?:那部分|这部分|"
              r"那\s*(?:1|一)?\s*段|"
              r"这\s*(?:1|一)?\s*段|部分|那几段|这几段|那几句|这几句|那\s*(?:1|一)?\s*句|"
              r"这\s*(?:1|一)?\s*句|句子|内容|地方|片段|"
              r"那些话|几句话)")


# a new clause after what is searched for: ", it changed", ", which is outdated", " because …"
_REASON = (r"\s*[,;，；:—–-]\s*(?=(?:it|i|we|they|he|she|that|this|which|because|since|cause|cos|coz|bc|as|"
           r"so|its|it's|thats|that's|those|these|there|the (?:price|info|numbers?|details?) (?:is|are|was|"
           r"were|has|have))\b)|\s+(?=(?:because|since|cause|cos|coz|bc|as (?:it|they|we|i|that)|which (?:is|"
           r"are|was|were|has|have|changed)|cuz)\b)|[（(]|，(?=因为|现在|已经|那个|这个|那些|这些)|"
           # "… where i mention homework, students just need that bit": who wants it, a clause of its own
           r"\s*[,;]\s*(?=(?:[a-z']+\s+){1,3}(?:just\s+|only\s+|really\s+|also\s+)?(?:need|needs|want|wants|"
           r"care|cares|asked|said|like|likes)\b)")


# words that limit a filler cleanup to the fillers named: "only the ums", "just the uhs, nothing else",
# "只删嗯" - without them, naming fillers asks for the editor's cleanup at its default (fillers and false
# starts), which the reply says plainly
_ONLY_NEAR = r"\bonly\b|\bjust\s+(?:the\s+|those\s+|my\s+|all\s+the\s+)?(?=u+[mh]|ers?\b|fill)|只|仅|单单"
_NOTHING_ELSE = (r"\bnothing else\b|\bleave (?:everything|the rest|all the rest) (?:else )?(?:alone|as is)\b|"
                 r"(?:其他|其它|别的|其余)(?:的)?(?:都)?(?:别|不要|不用|不)(?:动|删|碰|管)")
# repeats said to stay, before ("keep the repeated words") or after ("重复的话留着", "the stutters stay")
# ("leave my pauses and repeats alone": another thing named to stay with them)
_STAY_BEFORE = (r"\b(?:keep|leave|not|don'?t (?:touch|cut|remove))\s+(?:the\s+|all\s+|my\s+|in\s+)?"
                r"(?:[a-z]+\s+(?:and|&)\s+(?:the\s+|my\s+)?)?$|"
                r"(?:保留|留着|留下|不要删|别删)\S{0,2}$")
_STAY_AFTER = (r"^\s*(?:(?:can|should|must)\s+)?(?:stay|remain)s?\b|^\s*(?:alone|in)\b|"
               r"^\S{0,3}?(?:留着|保留|不要删|别删|不删|别动|不动|不用删|不用动)")


# a slip named bare, in a clause of its own after a part with its times is cut: the reason that part goes
_SLIP_AS_REASON = (rf"(?:§\d+§[^，,；;。]*?(?:{CUT})|(?:{CUT})[^，,；;。]*?§\d+§)[^，,；;。]*?[\s,，;；。]+"
                   r"(?:因为|那是|这是|那里是|是|有)?\s*"
                   r"(?:(?:1|一)\s*个|个)?\s*(?:口误|说错了?|嘴瓢)\s*(?:了|啦|吧|的|哈)?\s*$")


def fillers_rule(c: Clause) -> list[Hit]:
    """"remove the ums and uhs", "去掉嗯啊", "remove filler words", "cut the repeated words"."""
    fill, rep = c.find(FILLERS), c.find(REPEATS)
    if fill is not None and re.search(MUTED_FILLERS, c.text):
        return []  # "mute only the uhs, i dont want them cut out": a mute of words (refused there), no cut
    if fill is None:  # "把“嗯”删掉": a filler word quoted is one named
        fill = next((q for q in re.finditer(r"⟦(\d+)⟧", c.text)
                     if re.fullmatch(FILLER_WORD, c.ctx.quotes[int(q.group(1))].strip().lower())), None)
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
        repeats = not (rx.search(_ONLY_NEAR, near) or rx.search(_NOTHING_ELSE, c.text))
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


def search_rule(c: Clause) -> list[Hit]:
    """"cut the part where I talk about pricing", "keep only the sentences about the park",
    "删掉讲价格的部分": a plain text search of the transcript, cut or kept."""
    m = rx.search(_SEARCH_EN, c.text) or rx.search(_SEARCH_ZH, c.text)
    if not m:
        return []
    said = m.group(1)
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
    quoted = re.fullmatch(r"⟦(\d+)⟧", said)  # "只保留提到“优惠券”的那几句": the words quoted
    query = c.ctx.quotes[int(quoted.group(1))] if quoted else c.ctx.original(said)
    if len(query) < 2 or rx.search(r"§\d+§", query) or rx.search(r"停顿|静音|空白|沉默|silen|pause", c.text):
        return []  # times are ranges, read by the cutting rules; pauses are the silence rules' ("说话的部分")
    keep = rx.search(KEEP, c.text[: m.start() + 1] or c.text)
    cut = rx.search(CUT, c.text[: m.start() + 1] or c.text)
    if not (keep or cut):  # "把我讲价格的那几句剪掉": the verb after what is searched for
        keep = rx.search(KEEP, c.text[m.end():])
        cut = rx.search(CUT, c.text[m.end():])
    if not (keep or cut):
        return []
    return [Hit(m.start(), [s.CutSentences(query=query, keep=keep is not None and cut is None)])]
