"""Rules outside the draft: export requests, undo / redo / versions, and what we refuse plainly."""

from __future__ import annotations

from typing import Any

from vidai_nb.engine.ops import schemas as s

from .. import cached_re as re
from ..answers import _ZH_ASK, CATALOGUE, HEDGED_TOPIC, closest_operation, named_operation
from ..defaults import GIF_MS
from ..numbers import zh_value
from . import repair
from .common import (
    DUB_ASKED,
    EXPORT_FILM_ZH,
    ORDINALS,
    SELECTIVE_COLOUR,
    SLOW_COMPLAINT,
    UNOFFERED_HEIGHT,
    Clause,
    Hit,
    T,
    capped_resolution,
    clock,
    end_cut_question,
    file_step,
    format_as_file,
    own_resolution,
    ranges,
    rx,
    said_part,
    segment_refs,
    times,
    unoffered_resolution,
)

_EXPORT = (r"\bexport(?:ed|ing)?\b|\brender\b|\bsave (?:it |this |the video )?(?:as|to|in)\b|"
           # ("remove the watermark, it came with the download": "the download" is the file they got, a noun
           # - no export asked)
           r"(?<!\bthe )(?<!\ba )(?<!\bmy )(?<!\bthis )(?<!\bthat )(?<!\bits )(?<!\boriginal )\bdownload\b|"
           # ("speed up the output video to be twice as fast": the result named, no export asked)
           r"(?<!the )(?<!my )(?<!your )(?<!final )\boutput\b|"
           r"\bgive me (?:an? |the )?(?:mp4|mov|webm|file)|\bsend me the video|导出|输出|保存为|保存成|"
           # ("最后导成webm", "存成mov", "转成mp4格式": the file's format said with a short verb)
           r"(?:导|(?<!保)存|转)成(?=\s*(?:mp4|mov|webm)\b)|"
           # ("然后导mp4", "再导个mov出来"): 导 right before the file's format is "export" said short
           r"(?<![引指领报倡主辅诱开教疏传向])导(?:\s*出来)?(?=\s*(?:mp4|mov|webm)\b)|"
           # ("导个1080p的mp4出来", "导一个mp4", "出个720p的mp4": a file asked for with a short verb and a
           # count - the format, the resolution or 出来 said after it)
           r"(?:导|(?<![提演支日进输外])出)\s*(?:(?:一|1)\s*)?(?:个|版|份)(?=[^，,。；;！!？?]{0,12}?"
           r"(?:\b(?:mp4|mov|webm)\b|\d{3,4}\s*p\b|\b4k\b|出来))|"
           # ("最后给我个webm", "来个mp4", "最后要webm": the file asked for by its format, said with
           # "give me" / "want" - an export; never "不要webm")
           r"(?:给我|来|(?<![不别])要)\s*(?:(?:一|1)\s*)?(?:个|份)?(?=\s*(?:mp4|mov|webm)\b(?!\s*(?:的|格式的?)?\s*"
           r"(?:素材|视频文件|文件)))|"
           # ("从抖音下载的", "在小红书上下载的": where the footage came from, not an export)
           r"(?<![从在上])下载(?!\s*(?:下来)?的)|生成视频|" + EXPORT_FILM_ZH)


# the sound alone as a file: "export just the audio as an mp3", "save it as a wav", "只导出音频"
AUDIO_ONLY = (r"\b(?:export|save|render|download|rip|extract|pull|give me|send me|get)\b[^,;]{0,30}?"
              r"(?:\b(?:just|only)\s+(?:the\s+)?(?:audio|sound|voice)\b|\baudio[\s-]only\b|"
              r"\b(?:as|to|into|in)\s+(?:an?\s+)?(?:mp3|wav|m4a|aac|flac|ogg)\b|"
              r"\b(?:the\s+)?(?:audio|sound)\s+(?:track\s+)?(?:as|to|into)\b)|"
              r"\b(?:mp3|wav|m4a|flac)\s+(?:version|file|export|of (?:it|this|the video))\b|"
              r"(?:导出|提取|保存)[^，,。；;]{0,6}?(?:音频|mp3|wav)|(?:音频|声音)\s*单独\s*导出|转成\s*mp3")


# an export put off to later, or left to the person ("ill export later", "i'll export it myself tomorrow",
# "export it later", "晚点再导出", "等回家连上wifi再导", "回头我自己导出"): nothing is exported now
_LATER_EN = (r"(?:later|tomorrow|tonight|afterwards|after\s+work|another\s+time|some\s+other\s+time|"
             r"when\s+i(?:'?m|\s+am|\s+get)\s+(?:home|back|on\s+wifi|off\s+the\s+\w+)|"
             r"once\s+i(?:'?m|\s+am|\s+get)\s+(?:home|back|on\s+wifi|off\s+the\s+\w+)|at\s+home)\b")
_DEFERRED_AFTER = (rf"^(?:ed|ing)?\s+(?:it\s+|this\s+|that\s+|the\s+(?:video|file|thing|final)\s+)?"
                   rf"(?:(?:myself|my\s?self|on\s+my\s+own|by\s+myself)\s+)?(?:(?:a\s+bit|a\s+little)\s+)?"
                   rf"{_LATER_EN}|"
                   r"^(?:ed|ing)?\s+(?:it\s+|this\s+|that\s+)?(?:myself|my\s?self|on\s+my\s+own|by\s+myself)")
_DEFERRED_BEFORE = (r"\b(?:i'?ll|ill|i\s+will|we'?ll|we\s+will|i'?m\s+gonna|im\s+gonna|i'?m\s+going\s+to|"
                    r"im\s+going\s+to|gonna|can)\s+(?:just\s+|probably\s+|prob\s+|then\s+)?$")
_DEFERRED_ZH = (r"(?:晚点|晚些|晚一点|待会儿?|等会儿?|等一下|回头|明天|过会儿?|稍后|到时候|回家|"
                r"有空|等[^，,。；;]{1,16}?(?=再))\s*(?:我)?\s*(?:自己)?\s*(?:再|来)?\s*$|"
                r"我自己\s*(?:再|来)?\s*$")


def _export_deferred(text: str, m: re.Match[str]) -> bool:
    """The export said is put off or left to the person: none asked for now."""
    word = m.group(0)
    if re.fullmatch(r"导出|输出", word):
        return re.search(_DEFERRED_ZH, text[:m.start()]) is not None
    if not word.startswith("export"):
        return False
    after = text[m.start() + len("export"):]
    if re.match(_DEFERRED_AFTER, after):
        return True
    return bool(re.search(_DEFERRED_BEFORE, text[:m.start()]) and re.search(
        rf"^[^,;.!?]{{0,30}}\b{_LATER_EN}|^[^,;.!?]{{0,20}}\b(?:myself|my\s?self|on\s+my\s+own)\b", after))


def export_rule(c: Clause) -> list[Hit]:
    text = c.text
    m_gif = rx.search(r"\bgifs?\b|动图", text)
    if m_gif and re.search(r"\b(?:like|as in|the way) an? $|像\s*$", text[:m_gif.start()]):
        m_gif = None  # "make it loop seamlessly like a gif": what it should be like, not a GIF export
    if m_gif and re.search(r"\b(?:add|put|insert|stick|throw|slap|overlay|include)\s+(?:in\s+)?"
                           r"(?:a|an|some|the|my|"
                           r"this|that|one|funny|cute)?\s*(?:[\w-]+\s+)?$|(?:加|插入|放|贴)\s*(?:个|一个|一张|张|点|些)?\s*"
                           r"(?:\S{0,4}的)?$", text[:m_gif.start()]) and not re.search(
                               rf"{T}|\b(?:of|from)\b|[\w-]+\.gif\b", text):
        # "add a gif", "加个动图": a GIF put on the video (a sticker) or a GIF made of it - which is asked
        return [Hit(m_gif.start(), question=(
            "是要把一段视频导出成 GIF 动图（比如“把前3秒做成gif”），还是在画面上放一个 GIF？"
            "放 GIF 的话请先上传"
            "那个文件。" if c.zh else
            "Do you want a GIF made from part of the video (e.g. “make a gif of the first 3 seconds”), or a "
            "GIF put on top of the video? For that, upload the GIF file first."))]
    if m_gif:
        # "0:05-0:15删了 然后0:20到0:23做个gif", "cut 0:05-0:15, then a gif of 0:20-0:23": a range said to go
        # in a step before the GIF's is the cut's (read on its own) - the GIF's part is said after that step
        spans = ranges(text[file_step(text, m_gif.start()):])
        if spans or rx.search(rf"\b(?:first|last|final|from|at)\s*{T}|前\s*{T}|最后\s*{T}", text):
            # the words that pick its part belong to the GIF: "截取…的片段 导出gif", "make a gif of 0:01-0:03"
            list(rx.finditer(r"截取|截出|\bextract\b|\bclip\b|\bgrab\b|片段|\bpart\b|\bsection\b|之间|\bof\b",
                             text))
        kw: dict[str, Any] = {}
        first = rx.search(rf"\bfirst\s*{T}|前\s*{T}", text)
        last = rx.search(rf"\b(?:last|final)\s*{T}|(?:最后|后)\s*{T}", text)
        if spans:
            kw = {"start_ms": spans[0][0], "end_ms": spans[0][1]}
        elif (open_end := rx.search(rf"(?:from|at)\s*{T}\s*(?:to|till|until|-)\s*(?:the\s*)?end|从\s*{T}\s*("
                                    rf"?:到|至)\s*"
                                    rf"(?:最后|结尾)", text)):
            kw = {"start_ms": int(open_end.group(1) or open_end.group(2)), "end_ms": None}
        elif (first or last) and (clip := _named_clip_span(c, text)) is not None:
            # "把第二段的前3秒做成gif", "gif of the last 2 s of c": the first / last seconds of that clip,
            # where it is on the timeline
            said = first or last
            assert said is not None
            dur = min(int(said.group(1) or said.group(2)), clip[1] - clip[0])
            kw = {"start_ms": clip[0], "end_ms": clip[0] + dur} if first else \
                {"start_ms": clip[1] - dur, "end_ms": clip[1]}
        elif first:
            kw = {"start_ms": 0, "end_ms": int(first.group(1) or first.group(2))}
        elif last:
            kw = {"start_ms": max(0, c.ctx.total_ms - int(last.group(1) or last.group(2))), "end_ms": None}
        elif (said := rx.search(rf"{T}\s*(?:long\s*)?(?:[a-z]+\s+){{0,2}}?(?:gifs?|动图)|(?:gifs?|"
                                rf"动图)\s*(?:of\s*)?"
                                rf"{T}", text)) and (end := rx.search(
                                    r"\b(?:from|of|at)\s+the\s+(?:very\s+)?(?:end|ending|outro|last bit)\b|"
                                    r"\b(?:from|of|at)\s+the\s+(?:very\s+)?(?:start|beginning|intro|opening)\b|"
                                    r"结尾|最后|开头", text)):
            # "a 5 sec preview gif from the very end": that length at the end (or the start) named
            dur = int(next(g for g in said.groups() if g is not None))
            at_end = re.search(r"end|outro|last|结尾|最后", end.group(0)) is not None
            kw = {"start_ms": max(0, c.ctx.total_ms - dur), "end_ms": None} if at_end else \
                {"start_ms": 0, "end_ms": dur}
        # ("i want gif, start 0:30", "gif, begin at 1:05": where it starts said with a bare "start")
        elif start_at := rx.search(rf"(?:from|at|\b(?:start|begin)(?:s|ing)?(?: at| from)?|从|在)\s*{T}"
                                   rf"(?:\s*(?:开始|起|on|onwa"
                                   rf"rds?))?",
                                   text):
            start = int(start_at.group(1))
            # "a 2 second gif …" / "… for 2 seconds" / "做个5秒的gif": its length; 3 s when not said
            length = (rx.search(rf"{T}\s*(?:long\s*)?(?:的\s*)?(?:gif|动图)|(?:for|lasting|持续)\s*{T}", text)
                      or rx.search(rf"^\s*(?:开始|起)?\s*(?:截|截取|剪|取)\s*{T}|^\s*,?\s*{T}\s*long\b",
                                   text[start_at.end():]))
            dur = int(next(g for g in length.groups() if g is not None)) if length else GIF_MS
            kw = {"start_ms": start, "end_ms": start + dur}
        if not kw and (span := _named_clip_span(c, text)) is not None:
            kw = {"start_ms": span[0], "end_ms": span[1]}  # "make a gif of the whole b clip": its place
        # "gif of the last 4 sec, no sound needed obviously": a GIF has no sound - part of the same wish,
        # not a mute of the video
        rx.search(r"\b(?:no|without(?:\s+any)?|w/?o)\s+(?:sound|audio)\b(?:\s+(?:needed|necessary|required|"
                  r"obviously|pls|please))*|\b(?:silent|muted|mute)\b(?:\s+(?:obviously|is fine|pls))?|"
                  r"(?:不要|不用|不需要|没有)\s*(?:声音|音频)|静音的?", text)
        gif = s.ExportGif(**kw)
        request = {"format": "gif", "start_ms": gif.start_ms, "end_ms": gif.end_ms}
        return [Hit(m_gif.start(), [gif], export=request)]
    audio = rx.search(AUDIO_ONLY, text)
    if audio:
        return [Hit(audio.start(), refusal=(
            "我没法单独导出音频（mp3/wav）——导出的是视频（MP4、MOV、WebM）、GIF 或一帧 "
            "JPEG。可以导出 MP4（“导出mp4”），它带着声音，再用音频软件取出声音。" if c.zh else
            "I can't export the sound on its own (mp3, wav) — exports are video (MP4, MOV, WebM), a GIF "
            "or a JPEG frame. I can export an MP4 (“export as mp4”), which carries the sound, for an audio "
            "tool to take it from."))]
    # ("snap a still at 0:25", "capture a still from 0:25": the same, in other verbs)
    m_thumb = rx.search(r"\b(?:grab|take|get|export|save|pull|give|make|send|snap|capture)\s+(?:me\s+)?an?\s+"
                        r"still\b|"
                        r"\b(?:for|as) (?:the|a|my) cover\b|"
                        r"\bthumbnail\b|"
                        # ("my thumb over the lens" is a finger, not a thumbnail)
                        r"\bthumb\b(?!\s+(?:was\s+|is\s+)?(?:over|on|in front of|covering|blocking)\b)|"
                        r"\bcover (?:image|frame|photo|pic)|\bposter frame\b|"
                        r"\bstill (?:image|"
                        r"frame) (?:from|at)|封面|缩略图|"
                        # a picture of one moment in more words: "jpg of the frame at 1:02", "截个图 第12秒"
                        r"\bscreen ?(?:shot|grab|cap)\b|\b(?:jpe?g|png|image|picture|pic|photo|still)\s+of\s+"
                        r"(?:the\s+)?(?:frame|moment|shot)\b|"
                        r"\bframe at\s*§\d+§\s*as\s+(?:an?\s+)?(?:jpe?g|png|"
                        r"image|picture|still)|截\s*(?:个|1\s*张|张|1\s*帧|一帧)?\s*图|截\s*(?:1\s*)?帧|"
                        # "截一张第5秒的画面", "第8秒那一帧截下来": one moment's picture, with its time inside
                        r"截\s*(?:下|出)?\s*(?:个|1\s*张|张|1\s*帧)\s*[^，,。；;]{0,16}?(?:画面|图片?|照片|帧|静帧)|"
                        r"(?:画面|1\s*帧|那帧|这帧)\s*(?:给我)?\s*截\s*(?:下来|出来|个图|1\s*张)|"
                        r"(?:导出|保存)\s*(?:这)?\s*(?:1\s*)?(?:帧|张图)", text)
    if m_thumb:
        # ("remove 0:00-0:04 and grab a thumbnail at 0:20": the times of the cut before are not its moment)
        at = times(text[file_step(text, m_thumb.start()):])
        judged = rx.search(r"\b(?:the\s+)?(?:best|sharpest|clearest|nicest|prettiest|most\s+\w+|"
                           r"least\s+blurry|"
                           r"best[\s-]looking|good|cleanest)\s+(?:frame|shot|moment|still|one|image|picture)s?\b|"
                           r"最(?:清晰|清楚|好看|漂亮|美|好|帅|自然)的?\s*(?:(?:1\s*)?(?:帧|张|个画面|画面|镜头|瞬间)|"
                           r"§\d{1,2}§(?!\s*(?:秒|s\b)))", text)
        if judged and (not at or (len(at) == 1 and at[0] < 100)):
            # "封面帮我挑最清晰的一帧", "pick the best frame for the thumbnail": which frame is best is not
            # something I can see - the second is asked
            return [Hit(m_thumb.start(), question=(
                "哪一帧最清晰、最好看我看不出来——封面用第几秒的画面？比如“封面用第5秒”。" if c.zh else
                "I can't judge which frame is the sharpest or best — which second should the cover use? "
                "E.g. “thumbnail at 0:05”."))]
        span = None if at else _named_clip_span(c, text)
        if span is not None:
            # "thumbnail from the first frame of c": that clip's frame on the timeline
            last_frame = rx.search(r"\b(?:last|final|end(?:ing)?)\s+frame\b|最后一帧", text)
            at = [span[1] - 1 if last_frame else span[0]]
        thumb = s.ExportThumbnail(at_ms=at[0] if at else 0)
        return [Hit(m_thumb.start(), [thumb], export={"format": "jpg", "at_ms": thumb.at_ms})]
    m = rx.search(_EXPORT, text)
    fmt = rx.search(r"\b(mp4|mov|webm)\b", text)
    if not m and fmt and (rx.search(rf"^(?:as |in |to |an? )?{fmt.group(1)}\b|"
                                    rf"\bas (?:an? )?{fmt.group(1)}\b|"
                                    # "give me a 720p mp4 to email": the file asked for is an export
                                    rf"\b(?:give|send|get|hand|render|need)\s+(?:me|us)\s+(?:an?\s+|the\s+)?"
                                    rf"(?:[\w.]+\s+){{0,2}}?{fmt.group(1)}\b", text) or format_as_file(text)):
        m = fmt
    if not m:
        return []
    if _export_deferred(text, m):
        # "wifi is bad so ill export later", "晚点再导出": the file is made later, by the person - none now
        return [Hit(m.start(), note=("先不导出——需要文件的时候说“导出”就行。" if c.zh else
                                     "Not exported now — say “export” when you want the file."))]
    if (re.search(r"\b(?:when|after|once|since|while|in|on|from)\s+(?:(?:i|we|u|you)\s+(?:first\s+)?|"
                 r"(?:the|my|our)\s+)?$", text[:m.start()]) and re.match(
                     r"(?:ed|ing)?(?![a-z])(?:\s+(?:it|this|that|the video|the file|file|video))?\s*"
                     r"(?:$|[,;.]|\b(?:the|it|"
                     r"my|everything|there|this)\b)", text[m.start() + len("export"):]
                     if text[m.start():].startswith("export") else "x")) or \
            (re.search(r"\b(?:the|my|our)\s+$", text[:m.start()]) and re.match(
                r"export(?:ed)?(?:\s+(?:file|video|version|one|mp4))?\s+(?:came out|comes out|was|is|sounds?|"
                r"sounded|looks?|looked|got|gets|has|had|went)\b", text[m.start():])):
        # "when i exported it, the music got too loud", "the export came out too quiet": when the trouble
        # was seen, not an export asked for
        return [Hit(m.start())]
    if m.group(0) == "导出" and re.match(r"导出\s*(?:来|出来)?\s*(?:以后|之后|后|的时候|时|"
                                       r"的\s*(?:视频|文件|成片|版本)?\s*(?:里|中)?)\s*[，,]?\s*"
                                       r"[^，,。；;]{0,10}?(?:太|有点|很|变得|变|怎么|不对|没有|没了)",
                                       text[m.start():]):
        return [Hit(m.start())]  # "导出以后背景音乐太吵了": when the trouble was seen (the same, in Chinese)
    if rx.search(r"\bsrt\b|\bvtt\b", text) and not fmt:
        return []  # "export an srt" = subtitles as a file
    part = _export_part(text, m, c.ctx.total_ms)
    if part is not None:
        # "export a clip of the last 10 seconds", "导出最后10秒": a video export is the whole programme - only
        # cutting the edit down would make it that part, never done silently; asked (or a GIF of it)
        a, b = part
        if not fmt and re.search(r"(?<![a-z])gifs?(?![a-z])|动图", c.ctx.raw.lower()) and \
                not re.search(r"\b(?:mp4|mov|webm|video)\b|视频", text):
            # "你能导出gif吗 帮我导出前3秒": a GIF named in the request is what this part is exported as (the
            # question whether it can be done is answered by doing it)
            gif = s.ExportGif(start_ms=a, end_ms=b)
            return [Hit(m.start(), [gif], export={"format": "gif", "start_ms": a, "end_ms": b})]
        return [Hit(m.start(), question=(
            f"导出的视频总是整段。要先把视频剪成只剩 {clock(a)}–{clock(b)} 再导出吗（其余部分会从剪辑里去掉，"
            f"可以撤销找回）？还是只把这段导出成GIF？" if c.zh else
            f"A video export is always the whole video. Should I cut the edit down to just {clock(a)}–"
            f"{clock(b)} and then export it (the rest leaves the edit; “undo” brings it back), or export "
            f"that part as a GIF?"))]
    if not fmt and capped_resolution(text, m.end()):
        # "输出最高720p就行", "export max 720p": a ceiling said for the output is the picture's size (as "max
        # 1080p" is - the resolution op, made by the resolution rule), not an export asked for
        return []
    other = re.search(UNOFFERED_HEIGHT, text)
    if other:
        # "export it at 480p": a resolution not offered - asked, never exported at another one
        height = other.group(0).replace(" ", "")
        return [Hit(m.start(), question=unoffered_resolution(height, c.zh, export=True))]
    # ("统一成1280×720 导出MP4": a 720 said as width × height is the picture's size, made by the aspect
    # rule with its shape - as "1280x720" is)
    res_at = (r"(?<![x×*])(?<![x×*]\s)\b(720)p?\b(?!\s*[x×*]\s*\d)|\b(1080)p?\b|\b(4k|2160p?|uhd)\b|"
              r"\b(full hd|fhd)\b")
    plain = re.search(res_at, text)
    # "720p, 1.25x speed, export as webm": a resolution listed as an edit of its own, another edit between
    # it and the export, is the picture's size, not the export's
    apart = plain is not None and len(re.findall(
        r"[,;，；]|\band\b|\bthen\b", text[min(plain.end(), m.end()):max(plain.start(), m.start())])) >= 2
    # "顺时针转90度，分辨率改成720p，然后导出": the resolution changed in a clause of its own, before the
    # export, is the picture's size too (the export then keeps it)
    apart = apart or (plain is not None and own_resolution(text, plain.start(), plain.end(), m.start()))
    res = None if apart else rx.search(res_at, text)
    resolution = None
    if res:
        resolution = {1: "720p", 2: "1080p", 3: "4k", 4: "1080p"}[res.lastindex or 2]
    op = s.Export(format=fmt.group(1) if fmt else "mp4", resolution=resolution)  # type: ignore[arg-type]
    export: dict[str, Any] = {"format": op.format}
    if resolution:
        export["resolution"] = resolution
    return [Hit(m.start(), [op], export=export)]


# the part of the video a file is asked of, said after the export's verb ("export a clip of the last 10 s",
# "export just 0:10-0:20", "save the first 15 seconds as an mp4") or before 导出 ("把最后10秒导出来")
_PART_OF = (rf"(?:\b(?:the|first|last|final)\b|{T}|前|最后|开头|结尾)")
_OTHER_VERB = (r"\b(?:cut|trim|remove|delete|drop|speed|slow|keep|mute|add|put|crop|loop|fade|freeze|"
               r"caption|subtitle|title|text)\w*\b|剪|删|去掉|加|慢|快|静音|保留")


def _export_part(text: str, m: re.Match[str], total: int) -> tuple[int, int] | None:
    if not total:
        return None
    after = text[m.end():]
    before = re.search(rf"(?:把|将)?\s*(?:(?:前|最后|开头|结尾)\s*{T}|{T}\s*(?:到|至|-|–)\s*{T})\s*(?:秒)?\s*"
                       rf"(?:的)?\s*(?:部分|片段|那段|这段)?\s*(?:单独)?\s*$", text[:m.start()])
    if before is not None and re.search(r"(?:剪掉|删掉|去掉|砍掉|切掉|剪|删|去|不要)\s*$",
                                        text[:before.start()]):
        # "剪掉前3秒 来个mov", "剪掉前3秒 导出mov": the part said is what a cut takes away, then the whole
        # is exported - no part of the export
        before = None
    words = after if before is None else before.group(0)
    cut = re.search(_OTHER_VERB, words)
    if cut is not None:
        words = words[:cut.start()]
    part = said_part(words, total, to_end=True)
    if part is None or not 0 <= part[0] < part[1] <= total or part == (0, total):
        return None
    rx.search(re.escape(words.strip()), text) if words.strip() else None
    return part


def history_rule(c: Clause) -> list[Hit]:
    text = c.text
    m = rx.search(r"\b(?:undo (?:everything|all(?: of it| the changes)?)|start (?:over|again|from scratch)|r"
                  r"eset "
                  r"(?:everything|it|the edit|all)|revert (?:all|everything)|back to (?:the )?original)\b|从"
                  r"头来|"
                  r"全部撤销|撤销所有|恢复原样|还原到最初|回到最初|恢复原始|"
                  # "回到最开始的版本", "恢复到一开始的样子": the first version, named by when it was
                  r"(?:回到|恢复到?|还原到?|退回到?|变回)\s*(?:最开始|[一1]\s*开始|最早)\s*(?:的)?\s*"
                  r"(?:版本?|那版|样子)", text)
    if m and re.match(r"\s*(?:,\s*)?(?:with|using|from)\s+(?:just\s+|only\s+)?(?:the\s+)?"
                      r"[\w-]+\.(?:mp4|mov|webm|mkv|avi|jpe?g|png)\b|\s*(?:用|只用)\s*[\w-]+\.(?:mp4|mov)",
                      text[m.end():]):
        m = None  # "start over with just b.mp4 then c.mp4": what to start over with is said - a new timeline
    if m and re.search(r"(?:\b(?:with|using|use)\b|只用|只要|就用|用|只留|只保留)\s*(?:just\s+|only\s+)?"
                       r"(?:the\s+)?(?:clip\s+|video\s+)?[\w-]+\.(?:mp4|mov|webm|mkv|avi|jpe?g|png)\b",
                       (c.ctx.raw or text).lower()[m.start():]):
        m = None  # "从头来，只要b.mp4": the files to start over with said in the next clause (concat_rule)
    if m and m.group(0).startswith("start") and re.search(
            r"\b(?:i|he|she|we|they)\s+(?:(?:have|had|has|got|get|need|needed|then|just|kinda|sort of)\s+"
            r"(?:to\s+)?)?$|"
            r"\b(?:where|when|after|once)\s+(?:i|he|she|we|they)\b[^,;.]*\band\s+(?:then\s+)?"
            r"(?:(?:have|had|has|got|need|needed)\s+to\s+)?$", text[:m.start()]):
        # "cut the bit where i mess up my intro line and start over": the speaker's retake in the footage,
        # not the edit started over (the retake rule asks which take goes)
        return []
    if m:  # everything undone: the first version, as uploaded
        return [Hit(m.start(), [s.RestoreVersion(version=1)])]
    # "scrap version 5, take me back to 3": beside a version named, a bare "back to 3" is version 3 - and
    # the version thrown away is not the one gone back to
    said = (c.ctx.raw or text).lower()
    if re.search(r"\b(?:version|ver\.?|draft)\s*#?\s*\d+|\bv\s*\d+\b", said):
        m = rx.search(r"\b(?:go|take (?:me|us|it)|bring (?:me|us|it)|roll (?:it |me |us )?|jump|revert|"
                      r"switch|"
                      r"get (?:me|us|it))\s+back\s+to\s+(?:#\s*)?(\d+)(?![\d:.]|\s*(?:s\b|secs?\b|seconds?\b|"
                      r"mins?\b|minutes?\b|%|x\b|fps\b|p\b|k\b|clips?\b|parts?\b))", text)
        if m:
            return [Hit(m.start(), [s.RestoreVersion(version=int(m.group(1)))])]
    m = re.search(r"\b(?:scrap|ditch|delete|drop|lose|forget|trash|bin|kill|nuke|toss|hate|not|"
                  r"don'?t (?:like|want|use))\s+(?:the\s+)?(?:version|ver\.?|v|draft)\s*#?\s*(\d+)\b", text)
    if m:
        rest = said.replace(m.group(0), " ")
        if re.search(r"\b(?:version|ver\.?|draft|v)\s*#?\s*\d+|\bback\s+to\s+(?:#\s*)?\d+\b", rest):
            rx.search(re.escape(m.group(0)), text)
            return [Hit(m.start())]  # read: the version gone back to is said beside it
        return []
    m = rx.search(r"(?:go back to|back to|restore|revert to|return to|switch to|use|load|回到|恢复到|"
                  r"还原到|切换到|"
                  r"退回到)\s*"
                  # "回到我第3个版本", "恢复到之前的第2版": whose version, said between
                  r"(?:我们?的?|之前的?|原来的?|以前的?|刚才的?)?\s*"
                  r"(?:the\s+)?(?:version|ver\.?|v|版本|第)\s*#?\s*(\d+)|\bversion\s*(\d+)\b", text)
    if m is None:  # "恢复成第2个版本", "还原成第3版", "回退到版本2", "变回第一个版本": back to a version
        m = rx.search(r"(?:恢复|还原|回退|回滚|退回|返回|变回|改回|切回)(?:成|为|到|去)?\s*"
                      r"(?:我们?的?|之前的?|原来的?|以前的?|刚才的?)?\s*"
                      r"(?:第\s*(\d+)\s*(?:个|次)?\s*(?:版本?|稿)|版本\s*(\d+))", text)
    if m is None:  # "还是用第3版吧", "换回版本2", "第二版好，就用它": a version by number, chosen
        m = rx.search(r"(?:用回?|换回|改回|切回|还是用?|就用|选|要)\s*(?:第\s*(\d+)\s*(?:个|次)?\s*"
                      r"(?:版本?|稿)|版本\s*(\d+))|"
                      r"第\s*(\d+)\s*(?:个)?\s*(?:版本?|稿)(?=\s*(?:好|吧|就行|就好|最好|比较好)|\S{0,6}就用)",
                      text)
    if m:
        return [Hit(m.start(), [s.RestoreVersion(version=int(next(g for g in m.groups() if g)))])]
    # "revert to the first version", "go back to the 2nd draft": a version by its ordinal word
    m = rx.search(r"\b(?:go back to|back to|restore|revert to|return to|switch to|use|load)\s+(?:the\s+)?"
                  r"(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th)\s+(?:version|draft|edit)\b",
                  text)
    if m:
        return [Hit(m.start(), [s.RestoreVersion(version=ORDINALS[m.group(1).lower()])])]
    m = rx.search(r"\bredo\b|重做|恢复撤销|\bundo the undo|"
                  # "bring back what i just undid", "撤多了 再恢复回来": the undo taken back
                  r"\b(?:bring|put|get)\s+back\s+what\s+(?:i|you|we)\s+(?:just\s+)?undid\b|"
                  r"\bundo\s+(?:my|the|that|your)\s+undo\b|撤多了|撤过头|撤销多了|撤销过头|反撤销|取消撤销|"
                  # "刚才那步撤销错了 恢复回来", "i shouldn't have undone that": the undo was the mistake
                  r"(?:撤销|撤)\s*(?:错了|搞错了|错)(?:[\s,，]*(?:再|给我|帮我)?\s*(?:恢复|还原|弄|改|变)回来)?|"
                  r"不(?:该|应该)撤销|\b(?:shouldn'?t|should not) have undo(?:ne)?\b|"
                  r"\bundid (?:that|it|this) by mistake\b|\b(?:that|the|my) undo was a mistake\b|"
                  # "刚才撤销的那步再做回来", "把撤掉的改动恢复", "restore the change i undid": the undone
                  # step named as the object, brought back
                  r"(?:撤销|撤回|撤掉|撤)(?:掉)?的(?:那步|那一步|那个|那些|改动|修改|操作|那下|步骤)?\s*"
                  r"(?:再|给我|帮我|重新)?\s*(?:做|恢复|还原|弄|改|变|加|拿|找)回来|"
                  # "刚撤销那个再恢复回来", "刚才撤掉那步重新做回来": the same, said without 的
                  r"(?:撤销|撤回|撤掉)(?:掉)?\s*(?:那\s*[一1]?\s*步|那个|那些|那下)\s*"
                  r"(?:再|又|给我|帮我|重新)?\s*(?:做|恢复|还原|弄|改|变|加|拿|找)回来|"
                  # "刚撤销的那个又想要了", "撤回的那步还是要的": the undone step wanted again
                  r"(?:撤销|撤回|撤掉)(?:掉)?的\s*(?:那步|那一步|那个|那些|改动|修改|操作|那下|步骤)?\s*"
                  r"(?:又|还是|其实|我)?\s*(?:又|还是)?\s*(?:想要|要|需要)(?:了|的)?|"
                  r"(?:恢复|还原|找回|重新做)\s*(?:刚才|刚刚|之前)?(?:被)?(?:撤销|撤回|撤掉)(?:掉)?的|"
                  r"\b(?:restore|reapply|re-apply|redo|put back|bring back)\s+(?:what|the\s+(?:change|"
                  r"edit|step|thing)s?)"
                  r"\s+(?:that\s+)?(?:i|you|we)\s+(?:just\s+)?(?:undid|undone|had undone|reverted)\b|"
                  r"\b(?:reapply|re-apply|restore|bring back)\s+the\s+(?:last\s+)?undone\s+(?:change|edit|"
                  r"step)\b|"
                  r"\b(?:mistakenly|accidentally) undid\b"
                  r"(?:\s+(?:that|it|this))?(?:[\s,]+(?:please\s+)?(?:put|bring) it back\b)?",
                  text)
    # "remove the subtitles, i want to redo them with a different style", "我打算自己重做字幕": the person
    # will make the thing again themselves - not the editor's redo of an undone step
    own = re.search(r"\b(?:i|we)\s*(?:'ll|will|want to|wanna|'m going to|am going to|are going to|gonna|"
                    r"plan to|need to|'d like to|would like to|can|could)\s+(?:just\s+)?redo\b|"
                    r"\b(?:so|then)\s+(?:i|we)\s+(?:can\s+)?redo\b|"
                    # ("redo those two", "redo the last two": the steps counted - the editor's redo)
                    r"\bredo\s+(?!(?:them|those|these|the last|the previous)\s+(?:two|three|\d)\b)"
                    r"(?:them|those|these|the\s+\w+|my\s+\w+|\w+\s+(?:with|in|using|"
                    r"myself|later|differently)\b)|(?:我|我们)(?:想|要|打算|准备|会|得)(?:自己)?(?:重做|重新做)|"
                    r"(?:重做|重新做)(?:字幕|标题|文字|一遍字幕)", text)
    if own and re.search(r"\b(?:undid|undone)\b", text[own.end():]):
        own = None  # "redo the one i just undid", "redo the change i undid": the undone step, brought back
    if m and not own:
        # "accidentally undid that, put it back", "撤错了，恢复回来": the ask after the undo named is the redo
        rx.search(r"\b(?:put|bring|get|have)\s+(?:it|that|this|them|those)\s+back\b|\brestore\s+(?:it|that|this)\b|"
                  r"\bbring\s+back\s+(?:it|that|this)\b|(?:再|给我|帮我)?\s*(?:恢复|还原|弄|改|变)回来", text)
        return [Hit(m.start(), [s.Redo(steps=_steps(text))])]
    # ("刚撤回的那个改动 帮我重做": the step undone, named - no undo asked)
    m = rx.search(r"\bundo\b|\bgo back\b(?! to)|\brevert\b|\btake (?:that|it) back\b|\bundo that\b|"
                  r"(?:撤销|撤回)(?!(?:掉)?的\s*(?:那步|那一步|那个|那些|改动|修改|操作|那下|步骤))|退回|"
                  # "往回撤两步", "撤3步", "后退一步": steps taken back, said as a move backwards
                  # ("往回倒三步", "倒回去两步": rewound, as a tape is)
                  r"往回\s*(?:撤|退|走|倒|返)|(?:撤|后退|退|倒退|倒回(?:去)?)\s*(?=\d+\s*步)|"
                  # "连着撤三下", "撤两次", "连撤3回": 撤 counted in goes ("撤一下" is one)
                  # ("三下" stays in words: "一下" is no count, so 下 keeps its numeral unread)
                  r"(?:连着|连续|接连|一连)?\s*(?<![把将])连?撤\s*(?:回|销|了)?\s*"
                  r"(?=(?:\d+|[两二三四五六七八九十])\s*(?:下|次|回|遍))|"
                  # "返回上一步" (一 is 1 by now), "回到两步之前": the state before the steps counted
                  r"上\s*1\s*步|回到\s*\d+\s*步\s*(?:之前|以前|前)|"
                  # "撤一下 刚那步不对": 撤 said bare at the start of what is said, with nothing named to take
                  # off ("把字幕撤一下" takes the subtitles off - an object before it)
                  r"^\s*(?:先|再|帮我|给我)?\s*撤\s*(?:一下|下|一步|回去)(?=[\s,，。.!！~～]|吧|$)|"
                  # "step back three edits", "roll back 2 steps", "take back the last two edits": edits
                  # counted and gone back over
                  # ("take me back two steps": the person taken back over the steps)
                  r"\b(?:step|roll|move|jump|go|rewind|(?:take|bring)\s+(?:me|us))\s+"
                  r"(?:it\s+|things\s+|everything\s+)?back\s+(?:by\s+)?"
                  r"(?:the\s+)?(?:last\s+|previous\s+|past\s+)?\d+\s+"
                  r"(?:edits?|steps?|changes?|actions?|moves?)\b|"
                  # ("rewind three steps, i messed it up", "back up two edits": the count said right after)
                  r"\b(?:rewind|back\s+up|backtrack|undo)\s+(?:by\s+)?(?:the\s+)?(?:last\s+|previous\s+)?\d+\s+"
                  r"(?:edits?|steps?|changes?|actions?|moves?)\b|"
                  r"\b(?:take back|roll back|reverse|revert|scrap|ditch|cancel|throw out|bin)\s+"
                  r"(?:the\s+|my\s+|your\s+|those\s+)?(?:last|previous|past)\s+(?:\d+\s+)?"
                  r"(?:edits|changes|steps|actions|things (?:i|you|we) did)\b|"
                  r"回退|还原|上一步|\bctrl[\s+-]?z\b|"
                  # "把刚删掉的那段给我弄回来", "刚才剪掉的部分放回去", "刚剪的恢复一下": the part just
                  # cut, asked back - the last step taken back
                  r"(?:刚才|刚刚|刚)\s*(?:被)?\s*(?:删掉|剪掉|切掉|去掉|砍掉|删除|删|剪|切|砍)(?:了)?\s*的\s*"
                  r"(?:那段|那一段|那部分|部分|那块|片段|那个|那些|内容|画面)?\s*(?:再|给我|帮我|重新|都)?\s*"
                  r"(?:弄|放|加|拿|找|还|接|补|变|改|恢复|还原)(?:回来|回去)|"
                  r"(?:刚才|刚刚|刚)\s*(?:被)?\s*(?:删掉|剪掉|切掉|去掉|砍掉|删除|删|剪|切|砍)(?:了)?\s*的\s*"
                  r"(?:那段|那一段|那部分|部分|那块|片段|那个|那些|内容|画面)?\s*(?:再|给我|帮我|重新|都)?\s*"
                  r"(?:恢复|还原)|"
                  # "put it back how it was before that", "change it back the way it was": the state before
                  # the last change, asked for back
                  r"\b(?:(?:put|change|set|turn|make|get|switch|bring)\s+(?:it|this|that|everything|things|"
                  r"the video)\s+back|(?:go|going)\s+back)\s+(?:to\s+)?(?:how|the way|like|what)\s+"
                  r"(?:it|they|things|everything|the video)\s+(?:was|were|looked)\b(?:\s+(?:before|earlier)"
                  r"(?:\s+(?:that|this|it))?)?|"
                  # "delete what you just did", "scrap the last change you made", "把你刚才改的删掉"
                  # ("nope, scratch the last thing you did", "bin whatever you just did": the other
                  # throw-away verbs too)
                  r"\b(?:delete|remove|scrap|scratch|nix|bin|trash|toss|get rid of|drop|lose|ditch|take back|"
                  r"reverse|cancel)\s+"
                  r"(?:what|whatever|the\s+"
                  r"(?:last\s+)?(?:thing|change|edit)s?(?:\s+that)?)\s+(?:you|u)\s+(?:just\s+)?(?:did|made|added|"
                  r"changed|applied)\b|(?:你)?刚才?(?:做|改|加)的(?:都)?(?:删掉|不要了|去掉|撤掉)", text)
    if m and rx.search(r"撤销错了|撤错了|不该撤销|撤销失误|\bundid (?:it |that )?by mistake|\bshouldn'?t hav"
                       r"e undone|"
                       r"\bdidn'?t mean to undo", text):
        m = None  # "刚才撤销错了": said about an undo, not asking for one
    if m:
        return [Hit(m.start(), [s.Undo(steps=_steps(text))])]
    # "ugh that looks bad, scratch that", "刚才那步不要了": a take-back that ends the turn takes back the
    # last change made
    m = rx.search(r"\b(?:scratch|scrap|ditch|nix|forget|kill|take back|reverse|revert)\s+(?:that|it|this)"
                  r"(?:\s+(?:last\s+)?(?:change|edit|step|one|1))?"  # ("one": read as 1 by now)
                  # ("nvm scratch that lol": a laugh or a please after the take-back still ends the turn)
                  r"(?:\s*[,.!]*\s*(?:lol|lmao|haha+|pls|please|thanks|thx|ty|tbh|sorry))*\s*[.!]*\s*$|"
                  # "nah, scratch that — the crossfade looked cheesy": the take-back, then after a dash only
                  # how the last edit came out (why it is taken back - no edit of its own)
                  r"\b(?:scratch|scrap|ditch|nix|take back|revert)\s+(?:that|it|this)\s*(?:[-—–]+|…|:)\s*"
                  r"(?:(?:the|that|this|those|these|my|your|its|it'?s|honestly|tbh)\s+)*(?:[\w'-]+\s+){0,3}?"
                  r"(?:looks?|looked|is|was|are|were|sounds?|sounded|feels?|felt|seems?|seemed|came out)\s+"
                  r"(?:(?:so|too|really|kinda|kind of|a bit|way|super|pretty|very)\s+)*[\w'-]+\s*[.!]*\s*$|"
                  r"(?:刚才|刚刚)(?:那个|那步|那一步|那下|的)(?:改动|修改|效果)?\s*(?:不要了|撤了|算了|去掉吧?)\s*[。!！]*\s*$",
                  text)
    if m and rx.search(r"\w[^,;.!?]*?(?:\s[-—–]+|…|\.{2,})\s*$", c.text[:m.start()]) and \
            rx.search(r"\bscratch that\s*[,，;]\s*\w", c.ctx.raw or ""):
        # "cut the music entirely — scratch that, just fade it out": an edit said in the same clause and
        # a new one after - the take-back marker between them (`semantics.taken_back`), no undo
        m = None
    if m:  # an edit said before it in the turn is what it takes back (`undo_inside`)
        return [Hit(m.start(), [s.Undo()])]
    return []


def _steps(text: str) -> int:
    if rx.search(r"\btwice\b|两步|两次|\bboth\b", text):  # ("redo both of those": the two steps)
        return 2
    if rx.search(r"\bthrice\b|三步|三次", text):
        return 3
    # ("redo those two", "undo the last 3", "两个都重做": the steps counted by what they were)
    # ("连着撤三下": the goes counted after 撤; "go back 3", "undo x3": the count said bare after the verb)
    m = rx.search(r"(\d+)\s*(?:times|steps|changes|edits|things|of (?:them|those|these)|步|次)|last\s*(\d+)|"
                  r"\b(?:those|these|previous|past)\s+(\d)\b|(\d)\s*个\s*(?:都|改动|操作|步骤|修改)|"
                  r"撤\s*(?:回|销|了)?\s*(\d+|[两二三四五六七八九十])\s*(?:下|回|遍)|"
                  r"\b(?:go|step|roll|jump)\s+back\s+(\d)\b(?!\s*(?:s\b|secs?\b|seconds?\b|mins?\b|minutes?\b|"
                  r"%|:|\.\d|frames?\b|ms\b))|\bundo\s*(?:x|×)\s*(\d)\b|\bundo\s+(\d)\s*(?:x|×)(?!\w)", text)
    said = next(g for g in m.groups() if g) if m else "1"
    return int(said) if said.isdigit() else zh_value(said)


_BURNT_IN = (r"(?:自带|原|硬|烧录|压制|内嵌|嵌入)\S{0,4}字幕.{0,14}(?:去掉|删掉|抹掉|去除|消除|擦掉|"
             # ("下面有硬字幕 能不能给我去干净": taken off clean - the same ask)
             r"弄掉|拿掉|去干净|弄干净|清掉|清除|去了)|(?:去掉|删掉|抹掉|去除|消除|擦掉)\S{0,8}(?:自带|原|硬|内嵌)\S{0,3}字幕|"
             # ("get rid of the burned in subs, i want an srt file instead": the subtitles made here, burnt
             # in on export, wanted as a file instead - an edit)
             r"(?![^.]*\b(?:srt|vtt|sidecar|(?:subtitle|caption|separate|text) file)\b[^.]*\binstead\b)"
             r"(?:\b(?:remove|erase|delete|get rid of|take out|hide)\s+(?:the\s+)?(?:\w+[\s-]+){0,2}?"
             r"(?:burn(?:ed|t)|baked|hard[\s-]?coded|embedded|built)[\s-]*(?:in\s+)?(?:subtitles?|captions?|subs|text)\b|"
             r"\b(?:burn(?:ed|t)|baked|hard[\s-]?coded|embedded)[\s-]*(?:in(?:to the video)?\s+)?"
             r"(?:subtitles?|captions?|subs|text)\b.{0,40}\b(?:remove|erase|delete|get rid of|take out|hide)|"
             r"\b(?:remove|erase|delete|get rid of|take out|hide)\s+(?:the\s+)?(?:\w+\s+)?"
             r"(?:subtitles?|captions?|subs|text)\s+(?:that (?:are|is|were|was)\s+|that'?s\s+|already\s+)?"
             r"(?:burn(?:ed|t)|baked|hard[\s-]?coded|embedded|already)\b|\bhard[\s-]?subs\b.{0,20}\b(?:remove|off))")
_ONE_SOUND = (r"\b(?:mute|remove|cut out|get rid of|erase|delete|silence|take out|filter out)\s+"
              r"(?:just\s+|only\s+)?(?:my\s+|the\s+|his\s+|her\s+|that\s+|all the\s+)?(?:\w+\s+)?"
              r"(?:breath(?:ing|s)?|"
              r"coughs?|coughing|sneez\w*|lip smacks?|mouth (?:clicks|sounds|noises)|swallow\w*|"
              r"(?:keyboard|mouse) (?:clicks?|noises?|sounds?)|dogs? bark\w*|barking|"
              # "delete only the typing sound but leave the tutor's voice": a sound made at the desk
              r"(?:typing|tapping|clicking|writing|scribbling|pen|footsteps?|chewing|page[\s-]?turning)\s+"
              r"(?:sounds?|noises?)|"
              # "the dog barking", "the birds chirping", "the cat's meowing": an animal's sound
              r"(?:dog|cat|bird|rooster|horse)s?'?s?\s+(?:bark|meow|chirp|tweet|crow|neigh|howl|growl|whin|"
              r"yelp|squawk|noise|sound)\w*|meowing|chirping|howling|yelping|"
              r"sirens?|(?:background )?(?:voices|chatter|talking)|"
              # "take out just the ringtone and leave my voice": a phone or an alarm going off in the room
              r"ring[\s-]?tones?|ringing|(?:phone|notification|text|message|alarm)s?\s+(?:sounds?|noises?|"
              r"pings?|dings?|alerts?|buzz\w*|ring\w*|going off)|alarms?(?:\s+(?:clock|going off))?|"
              r"(?:car\s+)?horns?|"
              r"honking|"
              # "take the audience laughing out but keep my voice": people's sounds under the voice (with a
              # time said, "cut out the laughing at 0:10-0:15" is that part cut)
              r"(?:laugh(?:ing|ter|s)|clapping|applause|cheering|snoring|crying|screaming)(?![^,;]*§))\b|"
              r"(?:呼吸声|咳嗽声?|喷麦|口水音|键盘声|打字声|敲键盘的?声音?|脚步声|狗叫声?|喇叭声|别人说话的声音)\S{0,6}"
              r"(?:去掉|删掉|消除|去除)|"
              r"(?:去掉|删掉|消除|去除)\S{0,6}(?:呼吸声|咳嗽声|喷麦|口水音|键盘声|打字声|敲键盘的?声音?|脚步声|狗叫声?)")

# "make my voice sound more professional", "人声清楚一点": better sound, not another voice - asked about
VOICE_BETTER = (r"(?:(?:a\s+)?(?:bit\s+|little\s+|lot\s+)?(?:more|less|better|nicer|cleaner|clearer|"
                r"crisper|richer|fuller)\b|(?:professional|pro|clean|clear|crisp|polished|radio|studio|"
                r"podcast)\b)")

# "舞蹈卡点那段", "踩点的那部分": the beat-cut part names a stretch of the video, it asks for no beat sync
_BEAT_PART = r"(?!\S{0,2}?(?:的)?(?:那|这)\s*(?:一|1)?\s*(?:段|部分|块|里|截|几秒))"
# "the beat drops at 0:20, freeze it there": the drop's time said - an edit at that time, no beat found
# "freeze it at 0:31, that's where the beat drops": the drop points back at the time said - no beat found
_DROP_POINTED = (r"(?<!that's where the )(?<!thats where the )(?<!that is where the )(?<!that's when the )"
                 r"(?<!thats when the )(?<!that is when the )" +
                 # "cut the part where the beat drops": a part named by what happens in it - which part (its
                 # times) is asked, no beat is looked for (the music's beats are not known here)
                 "".join(f"(?<!{part} {w} the )"
                         for part in ("part", "bit", "section", "moment", "spot", "point", "piece", "segment",
                                      "stretch", "portion")
                         for w in ("where", "when")))
_DROP_TIMED = (r"(?!\s+(?:is\s+|hits\s+|comes\s+(?:in\s+)?|lands\s+|happens\s+)?"
               r"(?:right\s+|exactly\s+|just\s+)?"
               r"(?:at|around|about|near|by|@)\s*(?:\d|§))")
# text that moves across the picture: "做个抖音那种滚动字幕 从右往左飘", "a news ticker scrolling across the
# bottom" - text here stays where it is put ("底部加一行滚动字幕「…」": the words given are put on, still)
_TEXT_WORD = r"(?:字幕|文字|字|标题|弹幕|横幅)"
SCROLLING_TEXT = (r"(?:滚动|飘动|飘过|飞过|滚屏)(?:的)?\s*" + _TEXT_WORD + r"(?![^⟦]*⟦)|跑马灯|飘屏|"
                  + _TEXT_WORD + r"[^，,。；;！!？?⟦]{0,10}?(?:从|由)\s*(?:右|左|上|下)(?:边|侧)?\s*"
                  r"(?:往|向|到|朝)\s*"
                  r"(?:左|右|上|下)(?:边|侧)?\s*(?:飘|滚|飞|跑|移动|划过)|"
                  r"\bscrolling\s+(?:text|subtitles?|captions?|titles?|words|banner|message)\b(?![^⟦]*⟦)|"
                  r"\b(?:news\s+)?ticker\b|\bmarquee\b|\bcrawl(?:ing)?\s+text\b|"
                  r"\b(?:text|subtitles?|captions?|words|titles?|banner)\s+(?:that\s+)?(?:scrolls?|scrolling|flies|fly|"
                  r"flying|floats?|floating|crawls?|crawling)\s+(?:across|from (?:the )?(?:right|left))\b")
# the general refusal: what has no model or effect here, said without naming it (replaced by one that names
# the part when an edit beside it was done - parser._generic_beside_edit)
GENERIC_REFUSAL = ("I can't do that here yet — the local engine has no model or effect for it. I can cut, "
                   "add text, subtitles and music, change speed, framing and colour.",
                   "这个我目前做不到——本地引擎没有对应的模型或效果。我可以剪辑、加文字、字幕和音乐，调速度、画幅和颜色。")
# effects and moving graphics with no operation here: tints and film looks, running timers, speed ramps
# on the beat ("velocity edit"), progress bars
# "加个特效", "add some effects": an effect asked for without saying which (asked, not refused)
BARE_EFFECT = (r"^\s*(?:(?:请|帮我|给我|给视频|视频)\s*)*(?:加|来|整|弄|搞|加上)\s*"
               r"(?:个|点|些|一个|一些|几个)?\s*"
               r"(?:特效|效果)\s*(?:吧|呗|啊|哈)?\s*[。!！]?\s*$|"
               r"^\s*(?:(?:please|pls|can you|could you)\s+)*(?:add|put|throw in)\s+"
               r"(?:some|an?|a few|any)\s+"
               r"(?:cool\s+|fun\s+|nice\s+)?(?:effects?|fx|vfx)\s*(?:in|on it|to it|please|pls)?"
               r"\s*[.!?]?\s*$")
# "画面上整几个字上去", "add some text": words on screen asked for, the words not said (no quote)
# ("加一行字 不要太大", "add a line of text, not too big": a look not wanted said after the text, still
# without its words - the words asked, never a removal)
_LOOK_NOT = (r"(?:\s*[，,]?\s*(?:但是?|就是)?\s*(?:不要|别|不用)\s*(?:太|过于|那么|弄得太)\s*"
             r"[\u4e00-\u9fff]{1,3}(?:了|的)?\s*(?:哈|啊|吧)?|"
             r"\s*[,;]?\s*(?:but\s+|just\s+)?(?:not|nothing|don'?t make it|dont make it)\s+"
             r"(?:too|so|very|overly)\s+\w+)?")
_BARE_TEXT = (r"^(?!.*⟦)\s*(?:(?:请|帮我|给我|在)?\s*(?:画面|视频)\s*(?:上|里)?\s*)?"
              r"(?:加|写|打|放|整|弄|搞|来)\s*(?:上)?\s*"
              r"(?:几\s*(?:个|行|句)|点|些|一些|一行|一句|(?:一)?(?:行|句))\s*(?:字|文字)\s*(?:上去|进去)?\s*(?:吧|呗)?"
              + _LOOK_NOT + r"\s*[。.!！]?\s*$|"
              r"^(?!.*⟦)\s*(?:please\s+)?(?:add|put)\s+(?:some|a few|a line of|a bit of|a little)\s+"
              r"(?:text|words)\s*"
              r"(?:on it|on screen)?" + _LOOK_NOT + r"\s*"
              r"[.!]?\s*$")
_NO_EFFECT = (r"\bsepia\b|\bfilm grain\b|\bgrain(?:y)? (?:effect|filter|look)\b|\bvignette\b|"
              # "make my webcam a circle with a white border": the picture cut to a shape (a mask)
              r"\b(?:webcam|facecam|face ?cam|cam|camera|pip|picture[- ]in[- ]picture|overlay|inset|video|"
              r"clip|"
              r"face|bubble)\b[^,;.]{0,25}?\b(?:circle|circular|round|oval|heart[\s-]?shaped|hexagon)\b"
              r"(?!\s+(?:trip|of|robin|table|number)\b)|\brounded corners\b|"
              r"\b(?:circle|circular|round|oval)\s+(?:mask|crop|frame|shape|webcam|facecam|cam|bubble)\b|"
              r"\blens flares?\b|"
              r"\blight leaks?\b|\bvintage (?:look|filter|effect|film)\b|"
              r"复古滤镜|老电影(?:效果|滤镜|感)|怀旧滤镜|"
              # "复古胶片颗粒感的滤镜", "加点噪点", "暗角", "漏光", "泛黄的老照片色调": film looks and tints
              r"胶片(?:感|颗粒|滤镜|效果|风)|颗粒感|(?<!降)噪点(?:效果|滤镜|感)?(?=\S{0,3}(?:滤镜|效果|感|$))|暗角|漏光|"
              r"光晕效果|镜头光晕|(?:复古|怀旧|港风|日系|胶片)\S{0,4}?(?:滤镜|色调|调色)|泛黄|做旧|"
              r"\bcount ?down (?:timer|clock)\b|\b(?:timer|clock|stopwatch) (?:that )?counts?\b|"
              r"\bcounts? (?:down|up) from\b|\b(?:running|live|on-?screen) (?:timer|clock|"
              r"stopwatch)\b|"
              # ("右上角放个倒计时「30s」": the words it shows given - that text, which stays as typed)
              r"倒计时(?!\s*(?:的)?\s*(?:文字|字)?\s*[:：]?\s*⟦)|"
              r"\bprogress bar\b|进度条|" + _DROP_POINTED + r"\bbeat drops?\b" + _DROP_TIMED + "|"
              r"\bon the (?:beat|drops?)\b|卡点" + _BEAT_PART)
# an old-film look asked for: "look like old film with scratches and grain", "vintage VHS look with tracking
# lines", "老电影那种划痕效果" (a film kept as it is - "this is old film footage" - asks for no look)
OLD_FILM = (r"\b(?:look|feel|seem)s?\s+(?:more\s+)?(?:like\s+)?(?:an?\s+|some\s+)?(?:really\s+)?"
            r"(?:old|vintage|retro|antique|aged|worn|scratch(?:ed|y))(?:[\s-]+(?:school|timey|fashioned))?\s+(?:film|movie|footage|"
            r"home[\s-]?movie|reel|cinema|tape|vhs|newsreel|8\s?mm|super\s?8|16\s?mm)s?\b|"
            r"\b(?:old|vintage|retro)(?:[\s-]+(?:school|timey))?\s+(?:film|movie|home[\s-]?movie|vhs|tape|"
            r"camcorder)\s+(?:look|effect|style|vibe|aesthetic|feel)\b|"
            r"\b(?:look|feel)s?\s+(?:more\s+)?like\s+(?:an?\s+)?(?:8\s?mm|super\s?8|16\s?mm|vhs)\s+(?:home[\s-]?)?"
            r"(?:movie|film|footage|tape|recording)s?\b|"
            r"\bfilm\s+(?:scratches|burns?|dust|damage|flicker)\b|\bscratches\s+(?:and|&)\s+(?:film\s+)?"
            r"(?:grain|dust|flicker)\b|\b(?:grain|dust)\s+(?:and|&)\s+scratches\b|"
            # ("add a vhs filter" is left to the generic refusal, which names the words not done)
            r"\b(?:vhs|camcorder|super\s?8|8\s?mm|16\s?mm)\s+(?:look|effect|style|vibe|aesthetic|feel)\b|"
            r"\b(?:add|with|put|give)\b[^,.;]{0,20}\b(?:tracking lines|film scratches|"
            r"scratch(?:es)? effect)\b|"
            r"老电影|划痕(?:效果|感|特效)?|(?:录像带|vhs|dv|胶片)\s*(?:效果|风|感|质感|风格)|做旧")
OLD_FILM_REPLY = (
    "I can't add film grain, scratches, VHS lines or other old-film effects — there is no such effect here. "
    "Closest I can do: black and white (“make it black and white”), faded colour (“saturation 0.6, contrast "
    "0.9”) and a fade in and out (“fade in and out”).",
    "我没法加胶片颗粒、划痕、录像带条纹这类老电影效果——这里没有这种特效。最接近的做法：改成黑白（“改成黑白”）、"
    "降低饱和度做出褪色感（“饱和度降到0.6”），再加上开头淡入结尾淡出（“淡入淡出”）。")
# a link: nothing is fetched from the internet here
LINK = (r"\bhttps?://\S+|\bwww\.(?!example\.)\S+\.\S+|\byoutu\.be/\S+|"
         # ("i downloaded this from tiktok", "从抖音下载的": the footage came from there and is here)
         r"\b(?:download|grab|rip|fetch|pull)(?:s|ing)?\b[^,;.]*\b(?:from|off)\s+(?:the\s+)?(?:youtube|tiktok|"
         r"instagram|twitter|facebook|the (?:internet|web)|online|a link|this link|that link)\b|"
         # "pull the meeting video from our granicus link": a link or a site named by whose it is
         r"\b(?:download|grab|rip|fetch|pull)(?:s|ing)?\b[^,;.]*\b(?:from|off)\s+(?:the|our|my|their|his|her|"
         r"your|a|this|that)\s+(?:[\w-]+\s+){0,2}?(?:link|url|website|web ?site|portal|dropbox|google drive|"
         r"icloud|onedrive)\b|"
         r"(?:下载|扒)(?!了|的|过|下来的)\S{0,8}(?:链接|网址|b站|抖音|youtube)")
# "跟着音乐鼓点自动卡点", "sync the cuts to the beat": cutting on the music's beats needs beat detection
BEAT_SYNC = (r"(?:卡点|踩点|鼓点|节拍)" + _BEAT_PART + r"|\bbeat[\s-]?(?:sync|match)\w*|"
             + _DROP_POINTED + r"\bbeat[\s-]?drop(?:s|ped|ping)?\b" + _DROP_TIMED + "|"
             r"\b(?:cut|edit|sync|time)\w*\b.{0,30}\b(?:to|on|with) the (?:beats?|rhythm|drums?)\b|"
             # "sync all the cuts to my kick drum hits", "line the cuts up with the snare hits": a drum's hits
             # found in the music - the same beat detection
             r"\b(?:cut|cuts|edit|edits|sync|time|line)\b.{0,30}\b(?:to|on|with)\s+(?:the|my|every|each|its)\s+"
             r"(?:[\w-]+\s+)?(?:kick|snare|drum|hi-?hat|bass drum)(?:\s+drum)?(?:\s+(?:hits?|beats?))?s?\b|"
             r"(?:卡|踩|对|切|剪)\S{0,3}(?:底鼓|军鼓|鼓声|鼓的?节奏)|(?:底鼓|军鼓|鼓声)\S{0,4}(?:卡|踩|对上|对齐|切|剪)|"
             r"\bon (?:every|each) beat\b|"
             # "跟着音乐节奏剪", "按节拍切": cut where the music's rhythm says (the same beat detection)
             r"(?:跟着|按照?|随着|配合|对着)\s*(?:音乐|歌|bgm|背景音乐)?\s*的?\s*(?:节奏|节拍|鼓点|拍子)\s*"
             r"(?:来)?\s*(?:剪|切|卡|换)")
# people in the picture made to move on the beat: "make the dancers hit the beat automatically", "让他们的舞步
# 对上节拍" - their movement is in the footage
_MOVERS = (r"(?:dancers?|dancing|dance(?:\s+moves?)?|moves|steps|footwork|choreo\w*|movements?|performers?|"
           r"kids|girls|boys|team|crew|squad|cheerleaders?|skaters?|everyone|everybody|people|him|her|them|"
           r"me|us)")
PEOPLE_ON_BEAT = (r"\b(?:make|get|have|let)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?" + _MOVERS +
                  r"\s+(?:\w+\s+){0,2}?(?:hit|on|match|land on|follow|in sync with|"
                  r"sync(?:ed)? (?:up )?(?:to|with)|"
                  r"line up with|move (?:to|on|with))\s+(?:the\s+|every\s+|each\s+)?(?:beats?|rhythm|tempo|"
                  r"drums?|music|song|bpm)\b|"
                  r"\b(?:sync|align|match|line up|lock|time)\w*\s+(?:up\s+)?(?:the\s+|their\s+|my\s+|his\s+|"
                  r"her\s+|our\s+)?(?:(?:dancers?|girls?|kids?|boys?|team)'s?\s+)?"
                  r"(?:dancers?|dance moves?|moves|steps|dancing|footwork|choreo\w*|movements?)"
                  r"\s+(?:up\s+)?(?:to|with)\s+(?:the\s+)?(?:beats?|rhythm|tempo|music|song|drums?)\b|"
                  r"(?:舞蹈|跳舞|动作|舞步|他们|她们|大家|人)\S{0,6}(?:自动)?(?:对上|卡上|踩上|跟上|对齐|合上|对准)"
                  r"\S{0,4}(?:节拍|节奏|鼓点|拍子|拍点|音乐)|"
                  r"(?:让|把)\S{0,6}(?:动作|舞步|舞蹈)\S{0,6}(?:卡点|踩点|卡上点|踩上点)")
# "replace my messy room behind me with a clean office background": the scene behind a person swapped in
# more words (the background music replaced is an edit)
BACKGROUND_SWAP = (r"\b(?:replace|swap|change|switch)\b[^,;.]{0,40}?\b(?:with|for|to|into)\s+"
                   r"(?:an?\s+|the\s+|"
                   r"some\s+)?(?:[\w-]+\s+){0,3}?(?:background|backdrop)\b(?!\s+(?:music|song|track|audio|sound|"
                   r"noise))|"
                   r"\b(?:replace|swap|change|switch)\s+(?:the\s+|my\s+|our\s+)?(?:[\w-]+\s+){0,3}?"
                   r"behind (?:me|"
                   r"him|her|us|them)\b")
# detail that is not in the footage: "upscale it to real 4k with ai", "unblur it", "AI增强画质"
DETAIL = (r"\bupscal\w*\b(?:[^,;.]|\.(?=\w)){0,40}\b(?:ai|real|true|actual|proper|sharp\w*|details?)\b|"
          r"\benhanc\w*\b[^,;.]{0,30}\b(?:with|using|by|via)\s+(?:an?\s+)?ai\b|"
          r"\b(?:ai|real|true|actual)\b[^,;.]{0,20}\b(?:upscal\w*|enhanc\w*|super[\s-]?resolution)\b|"
          r"\bsuper[\s-]?resolution\b|\b(?:un|de)[\s-]?blur\w*|"
          r"\bmake (?:it|this|the (?:video|footage|picture|"
          r"image)) (?:sharp|sharper|crisp|crisper|less blurry|not blurry|in focus)\b|"
          r"\bfix (?:the |my )?(?:blur\w*|focus|out of focus)\b|超分|(?:ai|AI)\s*(?:增强|修复|高清)|"
          r"画质(?:增强|修复)|"
          r"(?:去|去除|消除)模糊|变(?:得)?(?:更)?清晰|"
          # "enhance the whiteboard so we can read it": detail that was never recorded, made legible
          r"\benhanc\w*\b[^,;.]{0,40}\bso (?:that )?(?:we|i|you|they|people|viewers|one) (?:can|could) "
          r"(?:read|see|make out)\b|\benhanc\w* (?:the |that |this )?(?:whiteboard|blackboard|writing|text|"
          r"sign|licen[cs]e plate|plate|number|face)s?\b")
# footage said not to exist: "make a sunset timelapse ..., i dont have any footage of it"
NO_FOOTAGE = (r"\b(?:i|we)\s+(?:don'?t|dont|do not|didn'?t|didnt|never)\s+(?:have|got|film(?:ed)?|shoot|shot|"
              r"record(?:ed)?)\s+(?:any\s+)?(?:footage|video|clips?|shots?|recordings?|b-?roll)\s+(?:of|for)\b|"
              r"\bwithout (?:any )?(?:footage|clips?|shots?) (?:of|for)\b|"
              # "add a drone shot of the beach, i didnt film one"
              # ("…, we didn't manage to film one", "i never got round to shooting one": the same, tried)
              r"\b(?:i|we)\s+(?:didn'?t|didnt|did not|never|couldn'?t|couldnt|could not|weren'?t able to|"
              r"wasn'?t able to)"
              r"\s+(?:actually\s+|really\s+|even\s+|ever\s+)?"
              r"(?:(?:manage|get|have (?:the )?time|get (?:a|the) chance|get round|get around)\s+to\s+)?"
              r"(?:film|shoot|record|capture|get|filming|shooting|recording|capturing|filmed|shot|recorded|"
              r"captured|got)\s+"
              r"(?:one|1|it|that|"
              r"any|those|them)\b|"
              # "make a sunset timelapse for the ending, we didnt actually film the sunset": the scene asked
              # for, said not to have been filmed (said last; never the sound, nor the video as a whole)
              r"\b(?:i|we)\s+(?:didn'?t|didnt|did not|never|couldn'?t|couldnt|could not)\s+"
              r"(?:actually\s+|really\s+|even\s+|ever\s+|get to\s+|manage to\s+)?"
              r"(?:film|shoot|record|capture|filmed|shot|recorded|captured)\s+(?:the|a|an)\s+"
              r"(?!(?:[\w'-]+\s+)?(?:audio|sound|voice|music|narration|voice-?over|vo|video|clip|footage|whole|"
              r"entire|rest|same|right|last|first|end|ending|start|beginning|intro|outro|middle|part|bit|"
              r"section|take|interview)\b)"
              r"(?:[\w'-]+\s+)?(?!(?:well|right|properly|correctly|straight|vertical\w*|horizontal\w*|"
              r"sideways)\b)[\w'-]+(?<!ly)\s*(?=$|[,;.!]|\s+(?:so|but|sadly|unfortunately|lol|haha)\b)|"
              # "make a meteor shower timelapse, i didnt catch any meteors": what was never caught on camera
              r"\b(?:i|we)\s+(?:didn'?t|didnt|did not|never|couldn'?t|couldnt)\s+(?:catch|capture)\s+"
              r"(?:any|a single)\b|"
              r"没(?:有)?(?:拍|录)(?:过)?(?:这个|这段|那个)?(?:的)?(?:素材|画面|视频)|没有(?:这个|这段|那个)?(?:的)?素材|"
              # "生成一段古镇航拍放在开头，我们没拍到": what was not filmed, said after
              r"没(?:有)?(?:拍|录)到(?=\s*(?:$|[，,。.！!])|(?:这个|这段|那个|的)?\s*(?:素材|画面|镜头))")
# frames that are not in the footage: "60fps slow mo, add the missing frames", "丝滑补帧"
FRAMES_MADE = (r"\b(?:add|generate|create|fill in|make up|invent)\s+(?:in\s+)?(?:the\s+)?"
               r"(?:missing|extra|new|in-?between|more)\s+frames\b|"
               r"\b(?:60|120|240)\s*fps\s+(?:(?:smooth|silky|buttery|super)\s+)?slow(?:[\s-]?mo\w*|\b)|"
               r"\b(?:48|50|60|90|120|240)\s*fps\b[^.;!?]{0,40}?\bfrom\s+(?:my\s+|the\s+|a\s+)?(?:24|25|30)\s*fps\b|"
               r"\b(?:24|25|30)\s*fps\b[^.;!?]{0,30}?\b(?:into|to)\s+(?:48|50|60|90|120|240)\s*fps\b|"
               r"\bbuttery(?:\s+smooth)?\s+(?:\d+\s*fps\s+)?slow[\s-]?mo\w*|丝滑慢动作|慢动作\S{0,4}补帧")
# a mark that moves with someone: "an arrow over my son that follows him", "给他加个跟着他走的箭头"
TRACKED = (r"\b(?:arrow|circle|ring|spotlight|marker|pointer|box|label|highlight|halo|tag)s?\b[^,;.]{0,40}?"
           r"\b(?:follows?|following|tracks?|tracking|sticks? (?:to|with)|moves? with|stays? (?:on|with))\s+"
           r"(?:him|her|them|the|my|his|their|it)\b|(?:箭头|圆圈|光圈|框|标记)\S{0,6}(?:跟着|跟随|追踪|一直跟)|"
           r"(?:跟着|跟随|追踪)\S{0,6}(?:的)?(?:箭头|圆圈|光圈|标记)|"
           # "track the sea turtle with a circle as it swims", "motion track the text to the car",
           # "追踪画面里的小狗", "让文字跟着人走": a thing followed through the picture (only faces are
           # followed, by a crop)
           r"\bmotion[\s-]?track\w*|\b(?:track|follow)(?:s|ing|ed)?\s+(?:the|a|an|my|that|this|his|her|their|our)\s+"
           r"(?:[\w'-]+\s+){0,2}?[\w'-]+\s+(?:with|using)\s+(?:an?\s+|the\s+|some\s+)?(?:[\w-]+\s+)?"
           r"(?:arrow|circle|ring|spotlight|marker|pointer|box|label|highlight|halo|tag|text|emoji|sticker)s?\b|"
           # ("zoom in and follow the wrench around as i move it": a thing followed as it is moved)
           r"\b(?:track|follow)(?:s|ing)?\s+(?:the|a|an|my|that|this)\s+(?!(?:[\w'-]+\s+)?(?:speaker|face|person|"
           r"presenter|host|audio|music|song|beat|order|timeline|steps?|instructions?|recipe|script|rules?|"
           r"guide|same|format|template|style|beat|rhythm|lyrics|words)\b)(?:[\w'-]+\s+){0,2}?[\w'-]+\s+"
           r"(?:around\s+|along\s+)?(?:as|while|when|wherever)\s+(?:it|he|she|they|i|we|you)\s+\w+|"
           r"\b(?:text|titles?|words|captions?|stickers?|emojis?|names?|labels?)\b[^,;.]{0,30}?\b(?:follows?|"
           r"following|tracks?|tracking|sticks? to|moves? (?:along )?with|moving with)\s+(?:him|her|them|my|"
           r"his|their|"
           r"the\s+(?!(?:audio|speech|voice|music|beat|rhythm|words|script|timing|dialogue|song|order|same|style|"
           r"format|template|video|clip|timeline)\b))|"
           # ("给鱼加个圈 鱼游到哪圈跟到哪", "球滚到哪箭头就跟到哪": wherever it goes, the mark goes - a
           # thing followed through the picture)
           r"(?:游|走|跑|飞|滚|动|去|移)到哪(?:儿|里)?\s*(?:[\u4e00-\u9fff]{1,3})?\s*(?:就|也)?\s*跟(?:到|着|去)哪|"
           r"(?<![a-z])圈\S{0,4}(?:跟着|跟随|追着)(?:它|他|她)?\s*(?:走|动|移动|跑|游|飞|转)|"
           r"(?:运动)?(?:跟踪|追踪)(?!\S{0,6}(?:人脸|脸|面部|说话|讲话|主播|人物|人像|我|他|她))|"
           r"(?:文字|字幕|标题|字|贴纸|表情|箭头|圆圈|光圈|名字|标签)\S{0,4}(?:跟着|跟随|随着|追着)\S{0,6}"
           r"(?:走|动|移动|跑|游|飞|转)")
# something worn put on a face, a head or a pet, as an AR face filter does ("put sunglasses on my dog",
# "add a party hat on her head that moves with her", "给猫脸上加个墨镜 要跟着它动的那种") - it has to find
# and follow the face in every frame, and there is no such picture to put
_WORN = (r"(?:sun)?glasses|shades|(?:[\w-]+\s+)?hats?|crowns?|halos?|tiaras?|(?:[\w-]+\s+)?ears|whiskers|"
         r"mustaches?|moustaches?|beards?|wigs?|bow ?ties?|antlers|(?:face\s+)?stickers?|emojis?")
# ("put a dog sticker on it": on the video - the imagery refusal's)
WORN_ADDED = (r"\b(?:add|put|stick|place|slap|draw|overlay|throw|pop)\s+(?:on\s+)?(?:(?:an?|some|the|"
              r"a pair of|cute|little|funny|tiny|big)\s+)*(?:[\w'-]+\s+){0,2}?(?:" + _WORN + r")\s+"
              r"(?:on|onto|over)\s+"
              r"(?:him\b|her\b|(?:the|my|his|her|their|its|our|this|that)\s+(?:[\w'-]+\s+){0,2}?"
              r"(?!(?:video|clip|screen|picture|frame|top|bottom|corner|intro|outro|end|start|title|thumbnail|"
              r"image|words?|text|captions?|subtitles?)\b)[\w'-]+)|"
              r"\bgive\s+(?:him|her|them|it|(?:the|my|our|his|her)\s+[\w'-]+)\s+(?:an?\s+|some\s+)?"
              r"(?:[\w-]+\s+)?(?:" + _WORN + r")\b|"
              r"(?:脸|头|鼻子|眼睛|身上|耳朵)\s*(?:上|上面)?\s*(?:给我|帮我)?\s*(?:加|戴|贴|放|画|p|P|整|弄)\s*"
              r"(?:个|一个|上|副|顶|对|一副|一顶|一对|点)?\s*\S{0,4}?"
              r"(?:墨镜|眼镜|帽子|皇冠|猫耳朵?|兔耳朵?|耳朵|胡子|贴纸|腮红|面具|头套|花环|光环|表情|发箍)|"
              r"(?:墨镜|眼镜|帽子|皇冠|猫耳朵?|兔耳朵?|胡子|贴纸|腮红|面具|头套|花环|光环|发箍)\S{0,8}"
              r"(?:跟着|跟随|随着|追着)\S{0,6}(?:走|动|移动|跑|转)")
# "zoom in on the bride's face at 0:12", "punch in on him", "第12秒推近到新娘的脸"
ZOOM = (r"\bzoom(?:s|ed|ing)?\s+(?:in\s+)?(?:on|onto|into)\s+(?!(?:the\s+)?(?:recording|call|meeting)\b)"
        r"(?:the\s+|his\s+|her\s+|their\s+|my\s+|our\s+)?[\w']+|\bpunch(?:es|ed|ing)?[\s-]?in\b|"
        r"\bzoom(?:s|ed|ing)?\s+in\s+(?:at|when|whenever|during)\b|"
        r"(?:推近|拉近|推镜头|镜头推|放大)\S{0,4}(?:到|在)?\S{0,6}(?:的)?(?:脸|人脸|面部|表情)|(?:脸|人脸|表情)\S{0,4}特写")
# "a 30 second tiktok about surprising animal facts", "做个讲历史冷知识的视频": a topic's content, not footage
FROM_TOPIC = (r"\b(?:make|create|produce|generate|do)\s+(?:me\s+|us\s+)?an?\s+(?:§\d+§\s+|\d+[\s-]*"
              r"(?:second|sec|s|minute|min)s?\s+)?(?:\w+\s+){0,2}?(?:video|clip|reel|short|tiktok|vlog|"
              r"explainer|post)s?\s+(?:(?:about|on|explaining|listing|of|with)\s+)?(?:[\w'-]+\s+){0,3}?"
              r"(?:facts?|tips|trivia|history|news|quotes|statistics|stats|myths|hacks|lessons?|"
              r"things to know)\b|"
              r"(?:做|出|弄)\s*(?:一|1)?\s*(?:个|条|期)\S{0,8}?(?:科普|冷知识|小知识|知识点|历史|新闻)\S{0,6}?(?:视频|短片)")
# "duck the music under my voice when i narrate", "my voiceover is too quiet": the person's own recorded
# narration, not one to generate
_OWN = r"(?<!\bi )(?<!\bwe )(?<!\bmy )(?<!\bour )(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\bim )(?<!\bi'm )"
# a thing taken out of the picture: "erase the for sale sign in the yard shots", "get rid of the power lines"
# (the words between never name a part of the timeline: "remove the part with people" asks which part)
_NOT_PART = (r"(?!(?:part|parts|bit|bits|clip|clips|section|scene|shot|segment|moment|with|where|of|when|"
             r"and|then|"
             r"music|song|audio|sound|bgm|text|titles?|subtitles?|captions?|logo|watermark)\b)")
# words that name no thing seen in the picture: a part of the timeline, a sound, the edit's own text
_NOT_SEEN = (r"(?!(?:part|parts|bit|bits|clip|clips|section|scene|shot|"
             r"segment|moment|music|songs?|audio|sounds?|bgm|noises?|hum\w*|hiss\w*|buzz\w*|echo\w*|static|"
             r"crackl\w*|rumbl\w*|wind|traffic|chatter\w*|voices?|beep\w*|ringing|reverb|silence|silences|pauses?|"
             r"gaps?|text|titles?|subtitles?|captions?|logo|watermark|voice|talking|intro|outro|end|ending|"
             r"start|beginning|first|last|black|blank|frames?)\b)")
# things in the scene that are plainly objects filmed, never parts of the edit ("把自拍杆去掉 看着很出戏",
# "三脚架P掉"): taken out of the picture they are a refusal with what can be done instead
_SCENE_THINGS_ZH = r"牌子|招牌|标牌|广告牌|电线杆?|垃圾桶|杂物|塑料袋|自拍杆|三脚架|脚架|话筒架|灯架"
OBJECT_GONE = (r"\b(?:remove|erase|delete|get rid of|paint out|take out|wipe out|clone out|edit out|rub"
               r" out)\s+"
               r"(?:the\s+|that\s+|those\s+|these\s+|this\s+|a\s+|an\s+|all (?:the\s+)?)?"
               # ("remove the two guys walking behind me": people, said in the plural too)
               r"(?:" + _NOT_PART + r"[\w'-]+\s+){0,3}?(?:signs?|persons?|man|woman|men|women|guys?|girls?|"
                                    r"kids?|boys?|dudes?|strangers?|tourists?|passers-?by|cars?|"
                                    r"trucks?|"
               r"poles?|power ?lines?|wires?|cables?|trash(?: ?cans?)?|bins?|trees?|branch\w*|objects?|"
               r"photobombers?|reflections?|shadows?|boom(?: ?mic)?|tripods?|stains?|dust|birds?|"
               r"planes?|buildings?|cranes?|fences?|posters?|boxes|bottles?|cups?|"
               # "erase the stencil lines on the tattoo", "get rid of the scar on my arm": a mark on a body
               # or a surface in the picture
               r"stencil(?: lines?)?|tattoos?|scars?|bruises?|graffiti|scratch(?:es)?|smudges?|dents?|moles?|"
               r"freckles?|tan lines?|wrinkles?|(?:lines?|marks?|spots?|ink|writing|lettering)\s+on\s+"
               r"(?:the|my|his|her|their|our|a|that)\s+(?:\w+\s+)?(?:tattoo|skin|arms?|legs?|face|hands?|neck|back|"
               r"chest|forehead|wall|floor|table|car|shirt|window|lens|mirror|door|board|whiteboard))\b"
               r"(?!'?s?\s+(?:noise|sound|audio|hum|hiss|track|music|clip|part|bit|section|scene|voice|"
               r"talking|chatter|speech|laugh\w*|scream\w*|yell\w*|shout\w*)s?\b)|"
               # "remove the extension cord you can see behind the sink", "get rid of the lamp in the
               # background": a thing placed in the picture by what is around it - whatever it is called
               r"\b(?:remove|erase|get rid of|paint out|wipe out|clone out|edit out|rub out)\s+"
               r"(?:the|that|this|those|these)\s+(?:" + _NOT_SEEN + r"[\w'-]+\s+){1,3}"
               r"(?:(?:that\s+|which\s+)?(?:you|u|we|i|one)\s+can\s+(?:\w+\s+)?see\s+(?:\w+\s+)?|"
               r"(?:that'?s|thats|which is|visible|sitting|lying|hanging|standing|showing)\s+)?"
               r"(?:behind|beside|next to|under|above|on top of|in the background|in the corner|"
               r"in (?:the )?frame|in the shot|on the (?:wall|floor|counter|table|shelf|desk))\b|"
               # "remove the garden hose lying on the lawn in the after shot", "get rid of the bike leaning
               # against the fence": a thing said to lie, lean or stand somewhere is a thing in the picture,
               # whatever it is called and wherever it lies (never a place on the timeline: "at the end")
               r"\b(?:remove|erase|get rid of|paint out|wipe out|clone out|edit out|rub out)\s+"
               r"(?:the|that|this|those|these)\s+(?:" + _NOT_SEEN + r"[\w'-]+\s+){1,3}"
               r"(?:that'?s\s+|thats\s+|which is\s+|just\s+)?(?:lying|laying|sitting|hanging|standing|"
               r"leaning|parked|propped|piled|strewn|scattered|dangling|poking out|sticking out)\s+"
               r"(?:on|in|by|near|against|across|along|under|over|behind|beside|next to|around|outside|"
               r"on top of|in front of)\s+(?:the|a|my|our|his|her|their|that|this)\s+(?!(?:end|ending|start|"
               r"beginning|middle|timeline|intro|outro|clips?|videos?|parts?|sections?|edit|project|tracks?|"
               r"slideshow|sequence|montage|reel|music|audio|mix|background music)\b)[a-z]|"
               r"(?:纹身|皮肤|脸|手臂|胳膊|手|腿|墙|衣服|桌子|地板|车)上的\S{0,6}(?:去掉|删掉|抹掉|擦掉|消除|去除|p掉|P掉)|"
               r"(?:去掉|删掉|抹掉|擦掉|消除|去除)\S{0,3}(?:纹身|皮肤|脸|手臂|胳膊|手|腿|墙|衣服|桌子|地板|车)上的|"
               # "把草坪上那根水管去掉", "把靠在墙边的自行车P掉": a thing said to lie, lean or stand on a
               # place in the scene (or pointed at there by its measure word) - in the picture, whatever it is
               r"(?:(?:躺|放|摆|挂|靠|立|停|堆|扔|晾|落|插|搁|丢|倒)在(?!\S{0,3}?(?:最后|最前|开头|结尾|前面|后面|"
               r"中间|第|片头|片尾|视频|时间线|音乐|\d|§))[^\s，,。；;！!？?]{1,6}?|"
               r"(?:草坪|草地|地上|地面|地板|桌上|桌面|台面|沙发|床|窗台|柜子|架子|路边|门口|院子|阳台|墙|墙角|"
               r"角落|树|车顶|屋顶|栏杆|水面|沙滩)(?:上|边|旁边|里|前面|后面|下面)?)\s*(?:的|那|这)\s*"
               r"(?:(?:那|这)?\s*(?:根|个|把|辆|只|双|堆|条|张|块|盆|瓶|件|袋|台|棵))?\s*"
               r"(?!(?:那|这|一)?\s*(?:段|部分|片段|镜头|声音|音乐|字幕|logo|水印|台标|秒|张照片|张图))"
               r"[\u4e00-\u9fff]{1,5}?\s*(?:给我|也)?\s*"
               r"(?:去掉|删掉|抹掉|擦掉|消除|去除|p掉|P掉|弄掉|拿掉|弄走|去了|删了)|"
               # ("删掉，那里有路人乱入": a reason in a clause of its own names what is in the part cut)
               r"(?:去掉|删掉|抹掉|擦掉|消除|p掉|P掉)[^\s，,。；;！!？?]{0,8}"
               r"(?:" + _SCENE_THINGS_ZH + r"|路人|(?<!骑)车)"
               # ("删掉拍到路人的那段": the part that shows it is what goes - which part is asked)
               r"(?!\S{0,4}?(?:那段|这段|那一段|这一段|那部分|这部分|镜头|片段))|"
               # "remove the hiker in the red jacket from the shot": a person in the picture, told apart by
               # what they wear or hold, taken out of the picture (never a stretch of time)
               r"\b(?:remove|erase|delete|get rid of|take out|cut out|paint out|edit out)\s+"
               r"(?:the|that|this)\s+(?:[\w-]+\s+)?(?:hiker|guy|man|woman|lady|person|stranger|tourist|cyclist|biker|jogger|runner|"
               r"kid|child|boy|girl|dude|waiter|worker|skier|surfer|walker|passer-?by|photobomber|bystander)\s+"
               r"(?:in|with|wearing|holding)\s+(?:the|a|an|his|her|that)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+"
               r"(?:from|out of|off)\s+(?:the\s+|this\s+|my\s+)?(?:video|picture|shot|frame|photo|background|"
               r"scene|footage|clip)\b|"
               # "remove my ex from the video", "erase the logo on his shirt"
               r"\b(?:remove|erase|delete|get rid of|take out|cut out|paint out|edit out)\s+(?:him|her|them|"
               r"(?:my|his|her|our|the)\s+(?:ex|boss|brother|sister|mom|mum|dad|friend|neighbou?r|kid|son|"
               r"daughter|dog|cat))\s+(?:from|out of|off)\s+(?:the\s+|this\s+|my\s+)?(?:video|picture|shot|"
               r"frame|photo|background|scene|footage)\b|"
               r"\b(?:remove|erase|delete|get rid of|blur|hide|cover)\s+(?:out\s+|"
               r"up\s+)?(?:the\s+)?(?:\w+\s+)?"
               r"(?:logo|brand|name|text|writing|print)\s+on\s+(?:his|her|their|my|the|a|that)\s+(?:\w+\s+)?"
               r"(?:shirt|t-?shirt|hat|cap|jacket|hoodie|cup|mug|car|truck|wall|bottle|laptop|phone|bag)\b|"
               r"(?:" + _SCENE_THINGS_ZH + r")[^段\s，,]{0,4}(?:去掉|删掉|抹掉|擦掉|消除|p掉|P掉)|"
               # "remove the visitor walking in front of the painting at 0:12", "erase the lady standing
               # behind the counter": a person told apart by where they walk or stand in the picture - taken
               # out of the picture, never the stretch of time they are seen in
               r"\b(?:remove|erase|delete|get rid of|take out|paint out|edit out|wipe out)\s+"
               r"(?:the|that|this|those|these)\s+(?:[\w-]+\s+)?(?:visitors?|guests?|pedestrians?|"
               r"spectators?|onlookers?|customers?|shoppers?|people|persons?|man|men|woman|women|lady|ladies|"
               r"guys?|kids?|child|children|strangers?|tourists?|cyclists?|joggers?|waiters?|workers?|"
               r"staff|security guard|guards?)\s+(?:who'?s\s+|that'?s\s+|who (?:is|are|was|were)\s+)?"
               r"(?:walking|standing|passing|wandering|strolling|running|sitting|crossing|lingering|loitering)"
               r"\s+(?:right\s+|just\s+)?(?:in front of|behind|past|across|through|by|next to|beside)\s+"
               r"(?:the|a|my|our|his|her|their|that|this|me|him|us|them)\b|"
               # ("把0:12在画前面走过的那个游客去掉": the same person, told apart by where they walk)
               r"(?:走过|经过|路过|穿过|晃过|站在|走来走去)[^，,。；;！!？?段]{0,10}?的\s*(?:那个|那些|那几个|几个|"
               r"这个|这些|两个)?\s*(?:游客|路人|行人|观众|客人|顾客|小孩|大爷|阿姨|大妈|保安|服务员|人)\s*(?:给我|也)?\s*"
               r"(?:去掉|删掉|抹掉|擦掉|消除|去除|p掉|P掉|弄掉|拿掉|删了|去了)|"
               # "there's a guest walking right behind the bride at 0:12, can you remove him": someone seen
               # in the picture, then "remove him" - the person, not a stretch of time
               r"\b(?:guest|guy|man|woman|lady|person|someone|somebody|stranger|people|passer-?s?by|"
               r"photobomber|kid|child|boy|girl|dude|waiter|tourist|cyclist|jogger|worker)s?\b[^.;]{0,60}?"
               r"\b(?:walk\w*|stand\w*|sitting|sits|pass\w*|wander\w*|photobomb\w*|behind|in the back"
               r"(?:ground)?|in the shot|in frame|in the frame)\b.{0,80}?\b(?:remove|erase|delete|get rid of|"
               r"take out|edit out|paint out|cut out|hide)\s+(?:him|her|them)\b"
               r"(?!\s+(?:from|out of)\s+(?:the\s+)?(?:timeline|edit|list|credits)\b)")
# things in the picture that a colour or look may be asked of (never text, titles, the video itself)
PICTURE_THING = (r"(?:sky|skies|grass|sea|ocean|water|walls?|cars?|trucks?|bikes?|shirts?|t-?shirts?|tees?|"
                 r"tops?|tank tops?|jackets?|hoodies?|sweaters?|jumpers?|dress(?:es)?|skirts?|pants|jeans|"
                 r"trousers|shoes|sneakers|hats?|caps?|coats?|scarf|scarves|ties?|uniforms?|jerseys?|"
                 r"clothes|clothing|outfits?|suits?|hair|eyes|lips|nails|trees?|leaves|clouds?|face|skin|"
                 r"house|door|roof|couch|sofa|curtains?|flowers?|balloons?|bag|backpack|mug|cup|"
                 r"fur|coat|lawn|field|mountains?|sunset|weather)\b")
COLOUR_WORD = (r"(?:blue|red|green|yellow|orange|purple|pink|white|black|gr[ae]y|gold|golden|silver|brown|"
               r"beige|navy|teal|maroon|violet|bluer|greener|redder|pinker|whiter)\b")
# the edit's own things, never a thing in the picture ("make just the text redder" is the text's colour)
_OWN_THING_WORDS = (r"(?:text|titles?|subtitles?|captions?|fonts?|words?|letters|logo|watermark|video|"
                    r"vid|clip|clips|footage|picture|image|frame|whole|background|bg|bars?|borders?|box|outline|"
                    r"screen|intro|outro|ending|end|start|first|last|colou?rs?|b-?roll|shots?|scenes?|parts?|"
                    r"sections?|bits?|segments?|overlay|lower third|thumbnail|cover)\b")
# an object's colour changed: "change the color of the car in the driveway to white", "把车改成白色"
RECOLOUR = (r"\b(?:change|swap|switch|alter)\s+the\s+colou?rs?\s+of\s+(?:the|his|her|my|our|their|that|this|"
            r"those|these)\s+(?!(?:text|title|subtitles?|captions?|font|words?|letters|logo|video|clip|"
            r"footage|"
            r"picture|image|whole|background music|music|sky)\b)[\w'-]+|"
            # "把狗狗的毛色换成白色", "猫的毛色改成橘色": a thing's fur, hair or skin colour (one thing in the
            # picture)
            r"(?:毛色|毛发|发色|肤色|瞳色|羽毛颜色|眼睛颜色)\S{0,3}(?:换成|改成|变成|调成|染成|涂成|换|改|变)|"
            r"把\s*(?!\S{0,3}(?:字幕|标题|文字|字|视频|画面|背景|封面|logo|台标|水印|边框|进度条|整体|整个|全部|音乐))"
            r"[\u4e00-\u9fff]{1,6}?的\s*(?:毛|毛色|颜色|羽毛)\s*(?:换成|改成|变成|调成|染成|涂成)|"
            # "把指甲颜色换成酒红色的", "把杯子颜色改成蓝色": a thing's colour, said without 的
            r"把\s*(?!\S{0,3}(?:字幕|标题|文字|字|视频|画面|背景|封面|logo|台标|水印|边框|进度条|整体|整个|全部|音乐|"
            r"第|前|后|开头|结尾|这段|那段|片段|镜头|文案))"
            r"[\u4e00-\u9fff]{1,6}?颜色\s*(?:换成|改成|变成|调成|染成|涂成)\s*\S{0,3}?"
            r"(?:红|白|黑|蓝|绿|黄|紫|粉|灰|金|橙|棕|银)|"
            # "把杯子上的釉色换成天青色", "把沙发的布料颜色换成米色": a thing's own colour (its glaze, its
            # cloth) given another colour named with 色 - whatever the colour is called (the picture, a part
            # of the timeline, text, the bars and black and white are never such a thing)
            r"把\s*(?!\S{0,3}(?:字幕|标题|文字|字|视频|画面|背景|封面|logo|台标|水印|边框|进度条|整体|整个|全部|音乐|"
            r"第|前|后|开头|结尾|这段|那段|片段|镜头|文案|滤镜|色调|颜色|全片|整片)|黑白|彩色|原色|原来|暖|冷|亮|暗)"
            r"[\u4e00-\u9fff]{2,6}?(?:上|身上|表面|外面|里)?(?:的)?\s*[\u4e00-\u9fff]{0,2}?色\s*"
            r"(?:换成|改成|变成|调成|染成|涂成|刷成)\s*(?:个|成)?\s*[\u4e00-\u9fff]{1,4}?色|"
            # "把苹果的颜色单独调红一点", "只把草莓调得更红", "把杯子的颜色稍微调蓝些": one thing's colour
            # pushed towards a hue (never the picture, a part of the timeline, text or black and white)
            r"把\s*(?!\S{0,3}(?:字幕|标题|文字|字|视频|画面|背景|封面|logo|台标|水印|边框|进度条|整体|整个|全部|音乐|"
            r"第|前|后|开头|结尾|这段|那段|片段|镜头))"
            r"[\u4e00-\u9fff]{1,6}?的\s*(?:颜色|色调|颜色调)\s*(?:单独|单单|稍微|稍稍|再|都|全|也)?\s*"
            r"(?:调|变|弄|搞|改)(?:得|成)?\s*(?:更|再|稍微)?\s*(?:红|蓝|绿|黄|紫|粉|橙|金|棕)|"
            r"(?:只|单独|仅)\s*把\s*(?!\S{0,3}(?:字幕|标题|文字|字|视频|画面|背景|封面|logo|台标|水印|边框|整体|整个|"
            r"全部|音乐|第|前|后|开头|结尾|这段|那段|片段|镜头))[\u4e00-\u9fff]{1,6}?\s*(?:单独)?\s*"
            r"(?:调|变|弄|染)(?:得|成)?\s*(?:更|再)?\s*(?:红|蓝|绿|黄|紫|粉|橙|金|棕)|"
            r"把\s*(?!\S{0,3}(?:字幕|标题|文字|字|视频|画面|背景|封面|logo|台标|水印|边框|整体|整个|全部|音乐|第|前|后|"
            r"开头|结尾|这段|那段|片段|镜头))[\u4e00-\u9fff]{1,6}?\s*单独\s*(?:调|变|弄|染)(?:得|成)?\s*(?:更|再)?\s*"
            r"(?:红|蓝|绿|黄|紫|粉|橙|金|棕)|"
            # "make just the apples a bit redder", "can you make only the strawberries look redder": one thing
            # in the picture pushed towards a hue
            r"\b(?:make|turn|get)\s+(?:just|only)\s+(?:the|his|her|their|my|our|those|these)\s+"
            r"(?:(?!" + _OWN_THING_WORDS + r")[\w'-]+\s+){0,1}(?!" + _OWN_THING_WORDS + r")[\w'-]+\s+"
            r"(?:look\s+|appear\s+)?(?:a\s+(?:bit|little|lot)\s+|slightly\s+|even\s+|much\s+|way\s+)?"
            r"(?:more\s+)?(?:redder|bluer|greener|yellower|pinker|more\s+(?:red|blue|green|yellow|orange|pink|purple))\b|"
            # "make the frosting pinker, it came out kinda orange", "get the icing redder": one thing in the
            # picture (whatever it is called) pushed towards a hue - no "just" needed, a hue said of a thing
            r"\b(?:make|turn|get)\s+(?:the|his|her|their|my|our|those|these|that|this)\s+"
            r"(?:(?!" + _OWN_THING_WORDS + r"|tones?\b|tint\b|grade\b|look\b|vibe\b|overall\b|whole\b)"
            r"[\w'-]+\s+){0,1}(?!" + _OWN_THING_WORDS + r"|tones?\b|tint\b|grade\b|look\b|vibe\b|overall\b)"
            r"[\w'-]+\s+"
            r"(?:look\s+|appear\s+)?(?:a\s+(?:bit|little|lot)\s+|slightly\s+|even\s+|much\s+|way\s+)?"
            r"(?:redder|bluer|greener|yellower|pinker|more\s+(?:red|blue|green|yellow|orange|pink|purple))\b|"
            # "make just the cake look more golden", "make only the flowers brighter, leave the rest": one
            # thing's tone or light, the rest left
            r"\b(?:make|turn|get)\s+(?:just|only)\s+(?:the|his|her|their|my|our|those|these)\s+"
            r"(?:(?!" + _OWN_THING_WORDS + r")[\w'-]+\s+){0,1}(?!" + _OWN_THING_WORDS + r")[\w'-]+\s+"
            r"(?:look\s+|appear\s+|seem\s+)?(?:a\s+(?:bit|little|lot)\s+|slightly\s+|even\s+|much\s+|way\s+)?"
            # ("make just the car paint look glossier, not the background": one thing's sheen)
            r"(?:more\s+(?:golden|gold|vibrant|saturated|colou?rful|vivid|glossy|shiny|metallic|polished|"
            r"lustrous)|golden|warmer|cooler|brighter|glossier|shinier|sparklier|"
            r"darker|richer|pop)\b|"
            r"(?:车|汽车|衣服|墙|房子|裙子|帽子|鞋|外套|头发|汉服|旗袍|西装|衬衫|裤子|围巾|口红)\S{0,3}(?:的)?(?:颜色)?\S{0,2}"
            r"(?:换成|改成|变成|调成|染成)\S{0,3}"
            r"(?:红|白|黑|蓝|绿|黄|紫|粉|灰|金)|"
            # "把模特身上那件卫衣换成红色", "把他那辆车改成白色": one thing, pointed at by what it is on or
            # by its measure word (件 / 条 / 辆 …), given another colour - whatever it is called
            r"(?:身上|穿的|穿着的|戴的|手里|手上)\s*(?:的|那|这)?\s*(?:件|条|双|顶|个)?\s*"
            r"(?:(?!视频|片|画面|镜头|段|字|标题|背景)[\u4e00-\u9fffa-z]){0,6}?\s*(?:的)?(?:颜色)?\s*"
            r"(?:换成|改成|变成|染成|调成)\s*(?:个|成)?\s*"
            r"(?:红|白|黑(?!白)|蓝|绿|黄|紫|粉|灰|金|橙|米|卡其|咖啡|棕)|"
            # ("把这条老书的视频调成黑白的": the video itself, in black and white - no one thing)
            r"(?:那|这)\s*(?:件|条|双|顶|辆|只|张|面)\s*(?:(?!视频|片|画面|镜头|段|字|标题|背景|logo|水印)"
            r"[\u4e00-\u9fffa-z]){1,6}?\s*(?:的)?(?:颜色)?\s*"
            r"(?:换成|改成|变成|染成|调成)\s*(?:红|白|黑(?!白)|蓝|绿|黄|紫|粉|灰|金|橙|米|卡其|咖啡|棕)|"
            # "给我的汉服换个颜色": a thing worn given another colour, which one not said
            r"(?:衣服|裙子|帽子|鞋|外套|头发|汉服|旗袍|西装|衬衫|裤子|围巾|口红|车)\S{0,2}(?:换|改|变)\s*(?:个|一个|一下|种|一种)?"
            r"\s*(?:颜色|色)|"
            # "change the hoodie the model is wearing to red", "make the model's hoodie red": the thing named
            # by who wears or holds it, or whose it is
            r"\b(?:change|turn|make|paint|recolou?r|colou?r|dye|switch)\s+(?:the|that|this)\s+(?:[\w-]+\s+)?"
            + PICTURE_THING + r"\s+(?:(?:that|which)\s+)?(?:[\w'-]+\s+){1,3}?(?:is|are|was|'s)?\s*"
            r"(?:wearing|wears|holding|holds|driving|drives|has on)\s+(?:(?:to|into)\s+)?(?:a\s+)?"
            + COLOUR_WORD + r"|"
            r"\b(?:change|turn|make|paint|recolou?r|colou?r|dye|switch)\s+(?:the|my|his|her|our|their)\s+"
            r"[\w-]+'s\s+(?:[\w-]+\s+)?" + PICTURE_THING + r"\s+(?:(?:to|into)\s+)?(?:a\s+)?" +
            COLOUR_WORD + r"|"
            # "change my tank top to blue", "turn the grey sky into a sunset": a thing in the picture (what
            # someone wears, the sky, a car) given another colour or look - the words before it may
            # describe it ("grey", "tank"); text, titles and the video itself are never such a thing
            r"\b(?:change|turn|make|paint|recolou?r|colou?r|dye|switch)\s+(?:the|his|her|their|my|our|that|"
            r"this|those|these|its)\s+(?:[\w-]+\s+){0,2}?" + PICTURE_THING +
            r"(?:\s+(?:colou?r|to|into|a|an|more|look|so (?:it'?s|its)|bright|dark|light|deep|pale))*\s+"
            r"(?:" + COLOUR_WORD + r"|into\b|look like\b)|"
            # "change the frosting on the cake to pink": one thing, placed on another thing, given a colour
            # (text, titles, the bars and the video itself are never such a thing)
            r"\b(?:change|turn|make|paint|recolou?r|colou?r|dye|switch)\s+(?:the|his|her|their|my|our|that|"
            r"this)\s+(?!(?:text|titles?|subtitles?|captions?|fonts?|words?|letters|logo|watermark|video|clip|"
            r"footage|picture|image|whole|background|bg|bars?|borders?|box|outline|screen|colou?rs?|tint|"
            r"grade|look)\b)[\w-]+\s+(?:on|of|in)\s+(?:the|his|her|their|my|our|that|this)\s+"
            r"(?!(?:text|titles?|subtitles?|captions?|video|clip|footage|picture|image|screen|frame|edit|"
            r"intro|outro|end|start|thumbnail)\b)[\w-]+\s+(?:to|into)\s+(?:a\s+|an?\s+)?" + COLOUR_WORD + r"|"
            # "change the car from silver to red", "turn the van from white to black": one thing, from its
            # colour to another (text, titles and the video itself are never such a thing)
            r"\b(?:change|turn|make|paint|recolou?r|colou?r|switch|swap)\s+(?:the|his|her|their|my|our|that|"
            r"this|those|these|its)\s+(?:(?!(?:text|titles?|subtitles?|captions?|fonts?|words?|letters|logo|"
            r"video|clip|footage|picture|image|whole|background|bg|bars?|borders?|box|outline|screen)\b)"
            r"[\w'-]+\s+){1,3}?from\s+(?:a\s+|the\s+)?(?:\w+\s+)?" + COLOUR_WORD + r"\s*(?:colou?r\s+)?"
            r"(?:to|into|->)\s+(?:a\s+|an?\s+)?(?:\w+\s+)?" + COLOUR_WORD)
# what an edit here may colour or blacken: never a thing in the picture ("make my text red", "make the
# background black" for the bars, "make my video black and white")
_OWN_THING = (r"(?:text|titles?|subtitles?|captions?|fonts?|words?|letters|logo|watermark|video|vid|clip|"
              r"clips|footage|picture|image|frame|whole|background|bg|bars?|borders?|box|outline|screen|"
              r"end|ending|start|intro|outro|first|last|music|audio|sound|colou?rs?|it|this|that|edit|"
              r"thumbnail|cover|version|export|reel|tiktok|short|vlog|slideshow|photos?|b-?roll|shots?|"
              r"scenes?|parts?|sections?|bits?|segments?|channel|name|overlay|lower third)\b")
# "change my lipstick to red", "把我的口红换成红色": anything of the person's given another colour - the
# thing named by the possessive, whatever it is (lipstick, nails, car), when it is no part of the edit
RECOLOUR_OWN = (r"\b(?:change|turn|make|paint|recolou?r|colou?r|dye|switch)\s+(?:my|his|her|their|our)\s+"
                r"(?:(?!" + _OWN_THING + r")[\w'-]+\s+){0,2}?(?!" + _OWN_THING + r")[\w'-]+\s+"
                r"(?:colou?r\s+)?(?:to\s+|into\s+)?"
                r"(?:(?:a|an|more|bright|dark|light|deep|pale)\s+)?" + COLOUR_WORD + r"|"
                # "make the dance floor lights purple instead of orange": a thing's colour for the colour it
                # has now
                r"\b(?:change|turn|make|paint|recolou?r|colou?r|dye|switch)\s+"
                r"(?:the|that|those|these|all the)\s+"
                r"(?:(?!" + _OWN_THING + r")[\w'-]+\s+){0,2}?(?!" + _OWN_THING + r")[\w'-]+\s+"
                r"(?:colou?r\s+)?(?:to\s+|into\s+)?(?:(?:a|an|more|bright|dark|light|deep|pale)\s+)?" +
                COLOUR_WORD + r"\s*,?\s*(?:instead of|rather than|not)\s+(?:the\s+)?"
                r"(?:(?:bright|dark|light|deep|pale)\s+)?" + COLOUR_WORD + r"|"
                r"(?:我|他|她|它|我们|他们)的\s*(?!字幕|标题|文字|字|视频|画面|背景|封面|logo|台标|水印|音乐)"
                r"[\u4e00-\u9fff]{1,4}?(?:的颜色)?\s*(?:换成|改成|变成|调成|染成|涂成)\s*"
                r"(?:红|白|黑|蓝|绿|黄|紫|粉|灰|金|橙|棕)")
# how one thing in the picture looks, changed: its sheen or state ("make the paint look glossier", "make
# the leather look newer") or the marks on it taken off ("get rid of the swirl marks on the bonnet", "hide
# the scuffs", "clean up the stains on the carpet") - only the whole picture's colour can change here
_LOOK_OWN = (r"(?!(?:" + _OWN_THING_WORDS + r"|audio|sound|music|voice|edit|cuts?|transitions?|fades?|zooms?|"
             r"layout|design|style|overlays?|motion|slow-?mo|pacing|timing|mix|grade|quality|lighting|"
             r"whole|overall|result|export|render|version|look|vibe|it|this|that|tiktoks?|reels?|vlogs?|shorts?|"
             r"posts?|story|stories|films?|movies?|montages?|slideshows?|promos?|ads?|trailers?|recaps?|"
             r"highlights?|content|channel|feed|production|project|thing)\b)")
LOOK_CHANGED = (r"\b(?:make|get)\s+(?:the|my|his|her|their|our|that|this|those|these)\s+"
                r"(?:" + _LOOK_OWN + r"[\w'-]+\s+){0,2}?" + _LOOK_OWN + r"[\w'-]+\s+"
                r"(?:look\s+|appear\s+|seem\s+)?(?:(?:a\s+(?:bit|little|lot)|slightly|even|much|way|more|"
                r"super|really|so)\s+)*"
                r"(?:glossier|glossy|shinier|shiny|newer|brand new|new|cleaner|spotless|fresher|thicker|"
                r"fuller|younger|older|healthier|tastier|juicier|fluffier|crispier|polished|sparklier|"
                r"sparkly|appeti[sz]ing|delicious|mouth-?watering|less (?:dirty|dusty|scratched|worn|faded|"
                r"wrinkled|greasy|shiny))\b|"
                r"\b(?:remove|erase|get rid of|hide|clean up|clean off|take out|buff out|polish out|wipe off|"
                r"wipe away|cover up|fix|smooth out|iron out)\s+"
                r"(?:the|those|these|that|all (?:the|those|of the)|"
                r"my|his|her|their|our|some|any)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:(?:scratch(?:es)?|scuffs?|stains?|smudges?|dents?|creases?|blemish(?:es)?|rust|"
                r"fingerprints?|chips?|cracks?|dust)\b(?!\s+(?:in|on|from)\s+(?:the\s+)?(?:audio|sound|"
                r"timeline|track|music|recording|mic)\b)|"
                r"(?:marks?|spots?|streaks?|swirls?)\s+(?:on|in)\s+(?:the|my|his|her|their|our|that|this)\s+"
                r"(?!(?:timeline|audio|sound|track|music|video|clip|edit|recording|end|start|intro|outro)\b)"
                r"[\w-]+)|"
                # "把车漆弄得更有光泽", "让皮鞋看起来像新的一样", "去掉玻璃上的指纹": the same, in Chinese
                r"(?:弄|变|搞|调|整)得?\s*(?:更|再|很)?\s*(?:有光泽|锃亮|亮晶晶|油亮)|"
                r"(?:看起来|看着|显得)\s*(?:像|跟)\s*新的|"
                r"(?:去掉|去除|弄掉|擦掉|消除|抹掉)\S{0,6}?(?:指纹|污渍|油渍|水渍|锈迹|刮痕|褶皱)|"
                r"(?:指纹|污渍|油渍|水渍|锈迹|刮痕|褶皱)\S{0,4}?(?:去掉|去除|弄掉|擦掉|消除|抹掉)")
# a thing in the picture described with its colour (or its look) in one clause, then given a colour in the
# next with no name of its own ("客厅墙拍出来有点黄 给我换成纯白的", "the kitchen wall came out yellow, make
# it pure white"): that thing recoloured - the clause before says what "it" is
THING_DESCRIBED = (r"(?:墙|墙面|墙壁|沙发|天花板|吊顶|地板|地面|地砖|瓷砖|桌子|桌面|柜子|橱柜|窗帘|床单|"
                   r"被子|门|车|汽车|衣服|裙子|外套|衬衫|头发|天空|天|草地|草坪|背景布|杯子|盘子|地毯|屋顶|房子)"
                   r"[^，,。；;!！?？]{0,12}?(?:拍出来|拍得|看着|看起来|显得|有点|有些|发|偏|太|很|是)|"
                   r"\b(?:the|my|our|his|her|their|that|this)\s+(?:[\w-]+\s+){0,2}?" + PICTURE_THING +
                   r"[^,;.!?]{0,30}?\b(?:looks?|looked|looking|came out|comes out|is|are|was|were|seems?|"
                   r"turned|appears?|went)\b")
BARE_RECOLOUR = (r"^\s*(?:那|就|那就)?\s*(?:给我|帮我|请|麻烦|你)?\s*(?:把它|把这|它)?\s*"
                 r"(?:换成|改成|弄成|变成|调成|刷成|涂成|搞成|整成|p成|P成)\s*(?!黑白)(?:纯|全|雪|米|乳|奶|亮)?\s*"
                 r"(?:白|黑|红|蓝|绿|黄|灰|粉|紫|橙|棕|金|银)(?:色)?(?:的)?\s*(?:吧|呗|啊|哈)?\s*$|"
                 r"^\s*(?:(?:so|then|just|please|pls|and|can you|could you|can u)\s+)*"
                 r"(?:make|turn|change|paint|get|color|colour)\s+(?:it|them|that|those|this)\s+(?:back\s+)?"
                 r"(?:to\s+|into\s+)?(?:(?:a|pure|bright|clean|plain|proper|solid|crisp|true|nice|more|"
                 r"properly)\s+)*" + COLOUR_WORD +
                 r"(?!\s+and\s+(?:white|black))(?:\s+again)?(?:\s+(?:please|pls))?\s*[?.!]*\s*$")
# a thing in the picture pointed at by its measure word and said to be in the way ("前面那根电线杆挡着了",
# "旁边那棵树太碍眼"), then taken out in the next clause with no name of its own ("把它去掉"): that thing
# erased from the picture - never a part of the timeline ("开头那段太长了 把它去掉": 段 is a stretch)
THING_IN_THE_WAY = (r"(?:那|这)\s*(?:根|棵|辆|块|座|栋|幢|盏|只|堵|扇|个|位|张|面|台|把|条|坨|堆|排)\s*"
                    r"(?!段|部分|片段|镜头|视频|秒|分钟|字|画面|声音|音乐|logo|水印|字幕|标题|地方|时候|版本)"
                    r"[\u4e00-\u9fffa-zA-Z]{1,6}?\s*(?:一直|老是|总是|正好|刚好|有点|太|很|特别)?\s*"
                    r"(?:挡着|挡住|挡在|挡到|挡了|挡镜头|碍眼|碍事|入镜|穿帮|抢镜|乱入|杵在|难看|丑)")
BARE_ERASE = (r"^\s*(?:那|就|那就)?\s*(?:给我|帮我|请|麻烦|你)?\s*"
              r"(?:把\s*(?:它|他|她|它们|他们)\s*(?:给我)?\s*|(?=(?:去掉|删掉|抹掉|擦掉|[pP]掉|弄掉|消除|去除|拿掉)"
              r"\s*(?:它|他|她)))(?:去掉|删掉|抹掉|擦掉|[pP]掉|弄掉|消除|去除|拿掉)\s*(?:它|他|她)?\s*"
              r"(?:吧|呗|啊|哈|了)?\s*[。!！]*\s*$")
RECOLOUR_DESCRIBED_REPLY = (
    "I can't recolour one thing in the picture (a wall, a sofa, clothes) — that needs to find and follow it "
    "in every frame. Colour here changes the whole video: “auto fix the colours” evens out a yellow or blue "
    "cast over the whole picture (a white wall often looks white again), and brightness, contrast and "
    "saturation can be changed (e.g. “a bit less saturated”, “brighter”).",
    "我没法只给画面里的某样东西换颜色（墙、沙发、衣服）——那需要在每一帧里找到并跟住它。颜色只能整体调：说“自动校色”"
    "能校正整个画面偏黄或偏蓝（白墙往往就显得白了），也可以调亮度、对比度、饱和度（比如“饱和度低一点”“调亮一点”）。")
# cutting between camera angles to whoever is talking, on its own (a multicam edit): "auto switch between the
# two camera angles to whoever is talking", "两个机位 谁说话就自动切到谁" - who speaks when, and which camera
# shows them, is not known here
MULTICAM = (r"\bmulti[\s-]?cam(?:era)?s?\b[^.;!?]{0,40}?\b(?:auto\w*|switch\w*|edit\w*|sync\w*|cut\w*)\b|"
            r"\b(?:auto\w*|automatic\w*)\s+(?:[\w-]+\s+)?(?:switch\w*|cut\w*)\s+(?:between\s+)?(?:the\s+)?"
            r"(?:[\w-]+\s+)?(?:cameras|cams|camera angles|angles)\b|"
            r"\b(?:switch|cut|swap|jump|toggle|alternat|flip|chang)\w*\s+"
            r"(?:back and forth\s+|automatically\s+|auto\s+)?(?:between|to|from|among)\b[^.;!?]{0,50}?"
            r"\b(?:cam|cams|camera|cameras|angles?)\b"
            r"[^.;!?]{0,60}?(?:\bwho(?:ever)?\b|\bwhichever (?:one|person)\b|\b(?:different|other) "
            r"(?:person|speaker)\b|\bspeakers?\b|\bperson (?:who'?s |that'?s )?(?:talking|speaking)\b|"
            r"\bsomeone else\b)|"
            r"\b(?:switch|cut|jump|go)\w*\s+to\s+(?:whichever|whatever|the)\s+(?:cam|camera|angle)s?\b[^.;!?]{0,40}?"
            r"\b(?:talking|speaking|talks|speaks|speaker)\b|"
            r"(?:机位|摄像机|摄像头|镜头)[^，,。；;]{0,12}(?:谁|说话的人|讲话的人|发言的人)[^，,。；;]{0,8}(?:切|换)|"
            r"(?:谁|说话的人|讲话的人|发言的人)\S{0,10}(?:切|换)\S{0,4}(?:机位|镜头|画面|到谁|给谁|哪个)|"
            r"多机位\S{0,10}(?:自动|切换|剪辑|同步|切)|自动\S{0,4}切\S{0,4}(?:机位|镜头)")
# "colorize the old black and white home movie": colour the footage never had (a model's guess)
# still photos made to move ("photos made to move", "a video where ppl actually move like those ai things",
# "让老照片动起来"): image-to-video needs a model that invents motion
_STILLS = r"(?:photos?|pictures?|pics|stills?|images?|portraits?|snapshots?|照片|图片|相片)"
STILLS_MOVE = (r"\b" + _STILLS + r"\b[^,;.!?]{0,50}?\b(?:(?:made|make|get|getting|to)\s+"
               r"(?:them\s+|it\s+)?move|"
               r"(?:people|ppl|they|everyone|everybody|subjects?|faces?|folks|kids|guests|them)\s+"
               r"(?:actually\s+|really\s+|all\s+)?(?:move|moving|blink\w*|smil\w*|wav\w*|talk\w*)|"
               r"come (?:alive|to life))\b|"
               r"\bbring\s+(?:(?:the|my|these|those|this|our|old|family)\s+)*" + _STILLS + r"\s+to life\b|"
               r"\b(?:make|get|have|let)\s+(?:(?:the|my|these|those|this|our|old|family|still)\s+)*" +
               _STILLS +
               r"\s+(?:\w+\s+)?(?:move|moving|come alive|come to life)\b|"
               r"\banimate\s+(?:(?:the|my|these|those|this|our|old|a|family|still)\s+)*" + _STILLS + r"\b|"
               r"\bimage[\s-]?to[\s-]?video\b|\b(?:moving|living|talking) (?:photos?|portraits?)\b|"
               r"(?:照片|图片|相片|静态图)\S{0,8}(?:动起来|会动|活过来|变成动态|变动态|眨眼|说话|笑起来)|"
               r"让\S{0,6}(?:照片|图片|相片)\S{0,6}动")
# content made or altered by a generative model: a room restyled or renovated, the sky or a thing swapped for
# another, a change asked "with AI" ("make the kitchen look renovated with ai", "swap the grey sky for a blue
# one", "用AI给这套房子换个北欧装修风格") - the picture is only cut, framed, coloured and overlaid here
_SCENE_THING = (r"(?:sky|skies|clouds|weather|backdrop|floors?|flooring|walls?|cabinets?|countertops?|"
                r"furniture|couch|sofa|carpets?|rugs?|lawn|grass|trees?|cars?|outfits?|clothes|shirts?|"
                r"dress(?:es)?|hair(?:style|cut)?|faces?|decor|kitchen|room|house|building|facade|"
                r"landscape|scenery|view|season)")
AI_ALTER = (r"\b(?:swap|replace|switch|exchange|change|trade)\s+(?:out\s+)?(?:the|that|this|my|our|those|"
            r"these|"
            r"his|her|their)\s+(?:[\w'-]+\s+){0,2}?" + _SCENE_THING + r"\s+(?:(?:in|on|of)\s+(?:the\s+)?"
            r"(?:[\w'-]+\s+){0,2}?(?:shots?|clips?|scenes?|footage|video)\s+)?(?:for|with|into)\s+"
            r"(?!(?:a\s+|the\s+)?(?:crossfade|fade|cut|transition)\b)|"
            r"\bsky[\s-]?(?:replacement|swap|replace)\b|"
            # a room, a house or a yard shown otherwise than it is: renovated, restyled, furnished
            r"\blook(?:s|ing)?\s+(?:\w+\s+)?(?:renovated|remodell?ed|redecorated|refurnished|furnished|staged|"
            r"restyled|redesigned|rebuilt|newly built|brand[\s-]new)\b|\bvirtual(?:ly)?[\s-]+stag\w*|"
            r"\b(?:renovate|remodel|redecorate|refurnish|furnish|restyle|redesign|re-?style|stage)\s+"
            r"(?:the|this|that|my|our|their|his|her|an?|each|every)\s+(?:[\w'-]+\s+){0,2}?(?:kitchen|rooms?|"
            r"house|home|apartment|flat|bathroom|bedroom|living ?room|space|interior|office|yard|garden|"
            r"backyard|exterior|facade|walls?|property|listing)\b|"
            r"\b(?:add|put|place)\s+(?:some\s+|new\s+|virtual\s+)?(?:furniture|cabinets|decor|a couch|"
            r"a sofa)\s+"
            r"(?:in|into|to)\b|"
            # a change asked of a generative model by name
            r"\b(?:make|turn|transform|change|swap|replace|restyle|redesign|renovate|remodel|add|put|remove|"
            r"give)\b(?:(?!\s*(?:captions?|subtitles?|subs|transcri\w*|noise|audio|sound|music|volume)\b)[^.;]){0,60}?"
            r"\b(?:with|using|via|by|through)\s+(?:an?\s+|some\s+)?(?:ai|gen(?:erative)?"
            r"[\s-]?ai|midjourney|stable diffusion|runway|sora|firefly)\b(?![\s-]*(?:captions?|subtitles?|"
            r"transcri\w*|denois\w*|noise))|"
            r"\bai\s+(?:to\s+)?(?:renovat\w*|remodel\w*|restyl\w*|redesign\w*|stag\w*|replac\w*|swap\w*|"
            r"transform\w*|makeover)\b|"
            r"(?:用|拿|通过|借助|让)\s*ai\s*(?:帮我|给我|来|把|给)?\S{0,12}?(?:换|改|变|装修|重新设计|p|修改|"
            r"加|去掉|做成|渲染)|"
            r"(?:换|改|变)\s*(?:成|个|一个|一种|下)?\s*\S{0,6}?(?:装修|装潢|家装)\s*(?:风格|效果)?|"
            r"装修(?:一下|成|后的?样子|效果)|虚拟(?:家具|软装|样板间|装修)|(?:加|放|摆)\S{0,3}(?:家具|软装)|"
            r"(?:天空|蓝天|阴天|天气)\S{0,4}(?:换成|替换|变成|改成|换掉|p成)|(?:换|替换)\S{0,2}(?:个|一个)?"
            r"\S{0,2}(?:天空|蓝天)|换装|换\S{0,2}(?:衣服|发型|妆容)")
# a voice imitated: "make the guest sound like morgan freeman", "read it in my dad's voice",
# "模仿周杰伦的声音"
VOICE_IMITATED = (r"\b(?:make|have|get|let)\s+(?:(?:the|my|his|her|our|their|this|that)\s+)?"
                  r"(?:[\w'-]+\s+){0,2}?"
                  r"(?:guest|speaker|host|narrator|voice|voices|me|him|her|them|guy|man|woman|interviewee|kid|"
                  r"presenter|teacher|person|pastor|dad|mom|mum|friend|boss|vocals?)\s+sound\s+(?:exactly\s+|"
                  r"just\s+)?like\s+(?!(?:an?\s+|the\s+)?(?:pro\b|professional|better|clearer|louder|quieter|"
                  r"podcast|radio|studio|real|normal|less|more|(?:it|they|he|she|i|we|you)\b|(?:they|he|she|"
                  r"i|we|you)'))|"
                  r"\bin\s+(?:[\w'-]+\s+){0,2}?(?:[\w-]+'s|(?:dad|mom|mum|grandpa|grandma|friend|boss|teacher|"
                  r"wife|husband|brother|sister)s)\s+voice\b|\b(?:in|with)\s+the\s+voice\s+of\b|"
                  r"\b(?:clone|cloning|copy|imitate|mimic|impersonate|fake)\s+(?:my|his|her|their|the|a|an)?\s*"
                  r"(?:[\w'-]+\s+){0,2}?voice\b|\bvoice[\s-]?clon\w*|"
                  r"模仿\S{0,10}(?:声音|嗓音|语气|口音)|(?:让|把)\S{0,8}(?:声音|嗓音)\S{0,2}(?:像|模仿)|"
                  r"用\S{1,8}的(?:声音|嗓音)(?:说|读|念|配|讲)|(?:克隆|复刻)\S{0,4}(?:声音|嗓音|音色)|声音克隆|"
                  r"ai\s*(?:换声|变声|声音)")
# an AI narration written and voiced for the video ("配个AI解说，自动写稿那种", "add an ai narrator")
AI_NARRATION = (r"(?:\bai|自动|智能)\s*(?:解说|旁白|讲解|配音|口播)|"
                r"配\s*(?:个|段|一段|上|一下)?\s*(?:ai\s*)?(?:解说|讲解|口播)|"
                r"自动写\S{0,2}稿|(?:写|生成)\S{0,3}(?:解说|旁白)(?:词|稿|文案)|"
                r"\bai[\s-]?(?:narrat\w*|voice[\s-]?overs?|commentary|voice)\b|"
                r"\b(?:write|generate)\s+(?:a\s+|the\s+)?(?:script|narration|commentary|voice[\s-]?over)\b"
                r"[^,;.]{0,30}\b(?:read|voice|narrat\w*|say)\w*")
COLORIZE = (r"\bcolou?ri[sz](?:e|ed|ing|ation)\b|"
            r"\b(?:add|put|bring)\s+(?:back\s+)?colou?rs?\s+(?:back\s+)?(?:in)?to"
            r"\s+(?:the\s+|an?\s+|my\s+|our\s+|this\s+)?(?:old\s+)?(?:black and white|b&w|b/w|gr[ae]yscale|"
            r"monochrome)\b|(?:黑白|老)\S{0,6}(?:上色|变成彩色|转成彩色|改成彩色)|给\S{0,8}上色|"
            # "make the black and white video in color": the old footage turned to colour
            r"\b(?:make|turn|change|convert)\s+(?:it|this|the\s+(?:[\w&/]+\s+){0,4}?(?:video|footage|film|clip|"
            r"movie|tape))\s+(?:in(?:to)?\s+|to\s+)?(?:full\s+)?colou?r\b(?!\s*(?:grade|correct|balance))")
# faces hidden: "blur the kids' faces", "给小朋友的脸打码" - finding and following each face is not done here
FACE_HIDDEN = (r"\b(?:blur|pixelat\w*|mosaic|censor|hide|obscure)\s+(?:out\s+|up\s+)?"
               r"(?:the\s+|their\s+|his\s+|her\s+|all\s+(?:the\s+|of\s+the\s+)?|every\s+|each\s+|my\s+|our\s+|those\s+|these\s+)?"
               r"(?:[\w'-]+\s+){0,3}?faces?\b|"
               # ("faces blurred pls"; "follow the face with a blurred background" is a reframe)
               r"\bfaces?\s+(?:(?:need|needs|should|must|have|has)\s+(?:to\s+)?(?:be\s+)?|(?:to\s+)?be\s+)?"
               r"(?:blurred|pixelated|censored|mosaicked|hidden)\b|"
               # ("字幕挡住宝宝的脸了", "脸被标题挡住了": text over the face - the complaint about the text,
               # not a face to hide)
               r"(?:脸|面部|五官|面孔)(?!被?\s*(?:字幕|文字|标题|logo|水印|台标|字))\S{0,4}"
               # ("路过的人脸都打上码": 打码 in any wording - 打上码, 打一下码)
               r"(?:打\s*(?:个|上|一下|一个|下)?\s*(?:码|马赛克)|马赛克|"
               r"模糊(?!\S{0,2}背景)|遮住|挡住|遮挡)|"
               r"(?:打\s*(?:个|上|一下|一个|下)?\s*(?:码|马赛克)|马赛克|(?<!字幕)(?<!文字)(?<!标题)(?<!logo)(?<!水印)(?<!台标)(?<!字)"
               r"(?:遮住|挡住|遮挡))\S{0,8}(?:脸|面部|五官|面孔)")
# music that plays in the recorded scene, said so: "take out the radio song playing in the gym", "the song
# from the speaker in the background" - it is mixed into the one sound track, nothing separates it
MUSIC_IN_SCENE = (r"\b(?:remove|take out|cut out|get rid of|erase|delete|filter out|strip|kill|lose|mute|"
                  r"silence)\s+(?:the\s+|that\s+|this\s+|all\s+the\s+)?(?:[\w'-]+\s+){0,2}?(?:song|music|"
                  r"track|tune|radio)s?\s+(?:that\s+(?:was|is)\s+|which\s+(?:was|is)\s+)?(?:(?:playing|blasting|"
                  r"going|on)\s+(?:in|at|on|from|over)\s+(?:the|a|that|this|my|our)\s+(?:[\w'-]+\s+){0,2}?"
                  r"(?:gym|cafe|café|shop|store|room|car|street|bar|restaurant|mall|venue|party|radio|"
                  r"speakers?|stereo|tv|class|office|kitchen|park|market|station)|(?:from|on|off)\s+(?:the|a|"
                  r"that|my)\s+(?:radio|speakers?|stereo|tv|boombox))\b|"
                  r"\b(?:remove|take out|cut out|get rid of|erase|delete|filter out|strip|kill|lose)\s+"
                  r"(?:the\s+|that\s+)?(?:radio|stereo|speaker|tv)\s+(?:song|music|track|tune)s?\b|"
                  # "someone had a speaker blasting a song behind me, erase just the song": the song said to
                  # play there, then said to go
                  r"\b(?:speakers?|radio|stereo|boombox|jukebox|dj|band|tv)\b[^.;!?]{0,40}?\b(?:blasting|"
                  r"playing|blaring|bumping|pumping|was on|came on)\b[^.;!?]{0,60}?\b(?:remove|take out|"
                  r"cut out|get rid of|erase|delete|filter out|strip|kill|lose|mute|silence)\s+"
                  r"(?:just\s+|only\s+)?"
                  r"(?:the\s+|that\s+|"
                  r"their\s+|his\s+|her\s+)?(?:song|music|track|tune)s?\b|"
                  # "separate my voice from the DJ music so only the speech stays": the voice pulled away from
                  # music someone played there - the same one sound, nothing separates them
                  r"\b(?:isolate|separate|extract|split|pull|get|keep)\s+(?:out\s+|apart\s+)?(?:only\s+|just\s+)?"
                  r"(?:my|the|his|her|their|our|our\s+[\w'-]+'?s?)\s+(?:[\w'-]+'?s?\s+)?(?:voices?|speech|"
                  r"speaking|dialogue|vocals?|talking|words|vows)\s+(?:out\s+)?"
                  r"(?:from|out of|away from|apart from)\s+"
                  r"(?:the\s+|that\s+|all\s+the\s+)?(?:dj'?s?|band'?s?|live|venue'?s?|reception|party|club|concert|"
                  r"bar'?s?|restaurant'?s?|cafe'?s?|café'?s?|store'?s?|shop'?s?|gym'?s?|neighbou?r'?s?|radio|"
                  r"speakers?|stereo)\s+(?:music|songs?|playlist|tunes?|set|track)\b|"
                  # "take the DJ music out of the vows audio", "remove the band's music from the reception":
                  # music someone played there (a DJ, a band, live music) taken out
                  r"\b(?:remove|take|get|cut|strip|pull|filter|kill|lose|erase|delete|get rid of)\s+"
                  r"(?:out\s+)?(?:the\s+|that\s+|all\s+the\s+|all\s+)?(?:dj'?s?|band'?s?|live|venue'?s?|reception|"
                  r"organ|organist'?s?|party|club|concert|bar'?s?|restaurant'?s?|cafe'?s?|café'?s?|store'?s?|"
                  r"shop'?s?|gym'?s?|neighbou?r'?s?)\s+(?:music|songs?|playlist|tunes?|set|track)\b|"
                  # "strip the background song out of the interview audio": music taken out of the recorded
                  # sound itself, named as the audio of what was filmed
                  r"\b(?:remove|take|get|cut|strip|pull|filter|kill|lose|erase|delete|get rid of)\s+"
                  r"(?:out\s+)?(?:the\s+|that\s+|all\s+the\s+)?(?:[\w'-]+\s+){0,2}?(?:music|songs?|tunes?|bgm)\s+"
                  r"(?:out\s+)?(?:of|from)\s+(?:the|my|our|this|that|his|her|their)\s+(?:[\w'-]+\s+){1,2}?"
                  r"(?:audio|recording|sound|mic|soundtrack)\b|"
                  r"(?:去掉|删掉|去除|消除|弄掉)\S{0,8}(?:现场|店里|商场|健身房|路边|街上|收音机|音响|录音里|录音中|"
                  r"dj|乐队)(?:\s?\S){0,6}"
                  r"(?:的)?(?:音乐|歌|歌曲|背景音乐)|"
                  # ("录音里 dj 放的音乐去掉": a name in letters is spaced apart from the words around it)
                  r"(?:现场|店里|商场|健身房|路边|街上|收音机|音响|录音里|录音中|dj|乐队)(?:\s?\S){0,6}(?:的)?"
                  r"(?:音乐|歌|歌曲)\S{0,4}"
                  r"(?:去掉|删掉|去除|消除|弄掉)")
# the voice taken out of a song (or one instrument): no stem separation here
VOCALS = (r"\b(?:remove|take out|strip|cut out|get rid of|isolate|extract|separate|split off|mute|kill|"
          r"lose|drop|"
          r"filter out)\s+(?:just\s+|only\s+)?(?:the\s+)?(?:lead\s+|backing\s+)?(?:vocals?|singing|"
          r"singer'?s? "
          r"voice|acapella|a cappella|drums?|bass(?:line)?|guitars?|piano|beat)\s+(?:out\s+)?(?:of|from|"
          r"in)\s+"
          # ("separate the bass out of the mix": the mix is the one sound of the song, as the track is)
          r"(?:the\s+|this\s+|that\s+|my\s+)?(?:song|music|track|bgm|tune|cover|mp3|mix|band|[\w-]+\.(?:mp3|wav|"
          r"m4a))\b|"
          r"\b(?:take|get|pull|cut|strip|rip)\s+(?:the\s+)?(?:lead\s+)?(?:vocals?|singing|voice|drums?|bass|"
          r"guitars?)\s+out\s+of\s+(?:the\s+|this\s+|my\s+)?(?:song|music|track|bgm|tune|cover|mp3|mix)\b|"
          r"\b(?:karaoke|instrumental|acapella|a cappella)\s+(?:version|track|cut)\s+of\b|"
          r"\bvocal[\s-]?(?:remov\w*|isolat\w*|separat\w*)|\bstem[\s-]?separat\w*|"
          # "isolate my voice from the background music": the voice pulled out of the music under it
          r"\b(?:isolate|separate|extract|split|pull)\s+(?:out\s+)?(?:my|the|his|her|their)\s+(?:voice|speech|"
          r"dialogue|vocals?)\s+(?:from|out of)\s+(?:the\s+)?(?:background\s+|bg\s+)?(?:music|song|track)\b|"
          # (within one clause, not said to stay: "把风声去掉，别把人声也删了" removes the wind, keeps
          # the voice)
          r"(?<![别不])(?<!不要)(?:去掉|去除|消除|删掉|提取|分离|抠出|抽掉|抽出|拿掉|弄掉|消掉)[^\s，,。；;！!？?]{0,6}"
          r"(?:人声|伴奏)|"
          r"(?<![别不]把)(?<!不要把)(?:人声|伴奏)(?:(?![别不])[^\s，,。；;！!？?]){0,4}(?:去掉|分离|提取|抠出|抽掉|"
          r"抽出|拿掉|消掉)|"
          # "只剩纯伴奏", "只要纯伴奏": only the backing left - the voice taken out of the song
          r"只(?:要|留|保留|剩|剩下)\S{0,2}伴奏|卡拉\s*ok\s*版")
# one recording split into its parts: "split my voice and the guitar onto separate tracks", "把人声和吉他分成
#两轨" - stem separation needs a model that is not here
# ("separate the pastor's mic from the band": whose voice, and a band or a choir, are parts of it too)
_STEM_PART = (r"(?:[a-z]+'s\s+)?(?:voice|vocals?|singing|speech|guitars?|drums?|bass|piano|keys|violin|"
              r"instruments?|music|beat|mic|microphone|band|choir|orchestra|singers?)")
STEMS = (r"\b(?:split|separate|isolate|extract|pull|break)\s+(?:out\s+|up\s+)?(?:my|the|his|her|their|our)?"
         r"\s*"
         + _STEM_PART + r"\s+(?:and|&|from)\s+(?:the\s+|my\s+|his\s+|her\s+)?" + _STEM_PART + r"\b|"
         r"\b(?:onto|into|to|on)\s+(?:separate|different|their own|individual|two|2)\s+(?:audio\s+)?"
         r"(?:tracks|stems|channels|layers)\b|"
         r"\b(?:on|onto|into|to)\s+(?:its|their|his|her|my) own (?:audio\s+)?"
         r"(?:track|stem|channel|layer)s?\b|"
         r"\bstems?\b(?!\s+(?:from|of)\s+(?:the\s+)?(?:name|word))|"
         r"\bmultitrack\b|分轨|分离\S{0,6}(?:吉他|钢琴|鼓|乐器|人声)|(?:人声|声音)\S{0,2}和\S{0,4}"
         # ("把人声和音乐分开": the song's voice and its music, split)
         r"(?:吉他|钢琴|鼓|乐器|伴奏|音乐)\S{0,4}(?:分开|分离|拆开|分成)|"
         # "把人声跟伴奏分开成两条轨", "人声与背景音乐拆成两轨"
         r"(?:人声|声音|歌声)\s*(?:跟|与|及|同)\s*\S{0,4}(?:吉他|钢琴|鼓|乐器|伴奏|音乐)\S{0,4}(?:分开|分离|拆开|分成|拆成)|"
         r"(?:分开|分离|拆开|分|拆)成?\s*(?:两|2|几|多)\s*(?:条|个)?\s*(?:音)?轨")
# a sound effect asked for: no sound library here ("add a laugh track", "a whoosh on every transition")
SFX = (r"\bsound effects?\b|\bsfx\b|\blaugh(?:ter)? tracks?\b|\bcanned laughter\b|\bapplause\b|"
       r"\bdrum ?rolls?\b|\bwhoosh\w*|\bswoosh\w*|\bding sound\b|\brecord scratch\b|\bboom sound\b|"
       # ("0:15有个笑声 留着": a laugh there in the recording, told - none asked for)
       r"音效|(?<!有)(?<!有个)(?<!有段)(?<!有阵)(?<!有一阵)(?<!有一段)(?:笑声|掌声)|嗖的一声")
# pitch correction: "autotune my vocals", "修一下音准"
AUTOTUNE = (r"\bauto[\s-]?tun\w*|\bpitch[\s-]?correct\w*|\bfix (?:my |the |their |his |her )?pitch\b|"
            r"修音|音准|跑调|"
            # "make the choir sound in tune", "fix the off-key notes": the same wish in other words
            r"\b(?:sound|sing|be|get|put)\w*\s+(?:\w+\s+)?in tune\b|\bout of tune\b|\boff[\s-]?key\b|"
            r"\bflat notes?\b|\bsharp notes?\b|\bwrong notes?\b")
# the camera's depth effect: "blur the background behind the pastor like portrait mode on iphone"
DEPTH_BLUR = (r"\bblur\w*\s+(?:out\s+)?(?:the|my|his|her|their|our)\s+background\s+(?:behind|around)\b|"
              r"\bportrait mode (?:on|in|from|like) (?:an? |my |the )?(?:iphone|phone|camera|pixel|"
              r"samsung)\b|"
              r"\bbokeh\b|\bdepth of field\b|\bshallow focus\b|"
              r"(?:人|人物|他|她)\S{0,4}背景\S{0,2}虚化|背景虚化")
# a voice made or swapped: "make my cat say 'hello' in a human voice", "把声音改成萝莉音"
VOICE_MADE = (r"\bmake\s+(?:my|the|our|his|her|this|that)\s+(?:cat|dog|puppy|kitten|pet|parrot|bird|baby|"
              r"hamster|horse|cow|goat|bunny|rabbit)s?\s+(?:say|talk|speak|sing)\b|"
              r"\bin an? (?:human|robot|robotic|cartoon|chipmunk|deep|female|male|woman'?s|man'?s|girl'?s|"
              r"kid'?s|child'?s|anime|celebrity)\s+voice\b|"
              # "replace my voice with a robot voice", "swap the voice for an AI one"
              r"\b(?:replace|swap|change|turn)\s+(?:my|the|his|her|our|their|this)\s+(?:own\s+)?(?:voice|vocals?|"
              r"narration)\s+(?:with|for|to|into)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}(?:voice|one)\b|"
              r"\b(?:robot|robotic|chipmunk|alien|demon|cartoon|anime|ai|darth vader|helium)\s+voice\s+"
              r"(?:effect|filter)\b|"
              r"(?:猫|狗|猫咪|狗狗|宠物|鹦鹉|宝宝)\S{0,3}(?:说话|说人话|开口说|说出)|"
              r"(?:声音|嗓音|人声|音色)\S{0,2}(?:改成|换成|变成|调成)[^\d\s%，,。]{0,6}?(?:音|声|嗓)(?![量乐频])|"
              r"萝莉音|御姐音|大叔音|正太音|娃娃音|"
              # "男声变成女声": one voice made another
              r"(?:男|女|童)(?:声|音|生的声音)\S{0,3}(?:变成|改成|换成|转成|变)\s*(?:男|女|童)(?:声|音|生)")
# a thing in the picture swapped or taken out: "把猫换成老虎", "把背景里路过的人去掉", "replace the dog with a
# lion"
THING_SWAP = (r"把\s*(?:猫|狗|猫咪|狗狗|宠物|人|路人|他|她|车|天空|房子|树|鸟)\S{0,2}"
              r"(?:换成|变成|替换成|[pP]成)|"
              r"\b(?:replace|swap)\s+(?:the|my|our|that|this)\s+(?:cat|dog|puppy|kitten|bird|horse|car|"
              r"person|man|woman|guy|girl|kid|tree|house)\s+(?:with|for)\b|"
              r"\bturn\s+(?:the|my|our|that|this)\s+(?:cat|dog|puppy|kitten|bird|horse|car|kid)\s+into\b|"
              r"(?:背景|画面|视频|镜头)(?:里|中|上)\S{0,8}?(?:的)?(?:人|路人|行人|车|东西|物体|杂物)\S{0,2}"
              r"(?:去掉|删掉|抹掉|擦掉|[pP]掉|弄掉|消除)|路过的(?:人|车)\S{0,4}(?:去掉|删掉|抹掉|擦掉|[pP]掉|弄掉|消除)")
# a platform's mark in the footage taken off: "how do i get the tiktok watermark off b.mp4"
MARK_OFF = (r"\b(?:tiktok|capcut|instagram|douyin|kuaishou|youtube|reels?|shutterstock|getty)\s+(?:watermark|"
            r"logo)s?\b[^.;]{0,40}?\b(?:off|remove|erase|delete|get rid)|\b(?:remove|erase|delete|get rid of|"
            r"take off|take out)\s+(?:the\s+)?(?:tiktok|capcut|instagram|douyin|kuaishou|shutterstock|"
            r"getty)\s+"
            r"(?:watermark|logo)s?\b|(?:抖音|快手|剪映|小红书|b\s*站|西瓜)\S{0,3}水印\S{0,6}(?:去掉|去除|删掉|抹掉|弄掉|"
            r"拿掉|[pP]掉)|去(?:掉|除)?\S{0,3}(?:抖音|快手|剪映|小红书)\S{0,3}水印|"
            # "把抖音下载的视频水印去掉", "remove the watermark from the tiktok i downloaded": a mark that
            # came
            # with footage from elsewhere (named by where it came from) is part of its picture
            r"(?:抖音|快手|剪映|小红书|b\s*站|西瓜|网上|下载|别人)\S{0,10}?水印\S{0,6}(?:去掉|去除|删掉|抹掉|弄掉|拿掉|"
            r"[pP]掉|消除|去一下)|"
            # "这是抖音上存的 右下角有水印 帮忙去一下": where it came from and the ask in phrases of their own
            # ("右上角有个b站up主名字的水印 视频是下载的 帮我去掉": a creator's mark - up主 / 博主 -
            # is theirs)
            r"(?:抖音|快手|剪映|小红书|b\s*站|西瓜|网上|别人|up\s*主|博主|主播)[^。；;!?！？]{0,16}?水印"
            r"[^。；;!?！？]{0,14}?"
            r"(?:去掉|去除|删掉|抹掉|弄掉|拿掉|[pP]掉|消除|去一下|去了|去下)|(?:去掉|去除|删掉|抹掉|弄掉|消除)\S{0,8}?(?:抖音|快手|剪映|小红书|b\s*站|网上|下载)"
            r"\S{0,8}?水印|\b(?:remove|erase|delete|get rid of|take off|take out|lose)\s+(?:the\s+|that\s+)?"
            r"watermarks?\s+(?:from|on|off|in)\s+(?:the\s+|this\s+|that\s+|my\s+)?(?:[\w-]+\s+){0,2}?(?:tiktoks?|"
            r"douyin|capcut|instagram|kuaishou|reels?|downloaded|stock)\b|\bdownloaded\b[^.;]{0,40}?\bwatermarks?\b"
            r"[^.;]{0,20}?\b(?:off|remove|erase|delete|get rid)|"
            # "the watermark came with my download, remove it", "水印是下载的时候带的 帮我去掉": the mark said
            # to have come with the download, then the ask
            r"\bwatermarks?\b[^.;!?]{0,40}?\bdownload(?:ed)?\b[^.;!?]{0,24}?\b(?:off|remove|erase|delete|"
            r"get rid)|水印[^。；;!?！？]{0,10}?下载[^。；;!?！？]{0,12}?"
            r"(?:去掉|去除|删掉|抹掉|弄掉|拿掉|[pP]掉|消除|去一下|去了|去下)")
# a camera's date or time stamp in the picture taken off: "theres a timestamp burned into the corner, erase
# it", "把右下角的拍摄日期去掉" - it is part of the footage, like a watermark
STAMP_OFF = (r"\b(?:time|date)[\s-]?stamps?\b[^.;!?]{0,60}?\b(?:off|remove|erase|delete|get rid|clean|hide|"
             r"paint out|take out)\w*|\b(?:remove|erase|delete|get rid of|take off|take out|hide|paint out)"
             r"\s+"
             r"(?:the\s+|that\s+|this\s+)?(?:burn(?:ed|t)[\s-]in\s+|baked[\s-]in\s+|cam(?:era)?\s+)?"
             r"(?:(?:temperature|temp|gps|location|speed)\s*(?:and|&|/|\+)\s*)?(?:time|date)"
             # ("remove the date and temperature stamp the trail cam burns in": what else the stamp shows)
             r"(?:\s*(?:and|&|/|\+)\s*(?:time|date|temperature|temp|moon phase|gps|location|speed))?"
             r"[\s-]?stamps?\b|(?:时间戳|(?:日期|时间)水印|拍摄(?:日期|时间)|(?:右下角|左下角|右上角|左上角|角落)\S{0,3}"
             r"(?:的)?(?:日期|时间))\S{0,8}?(?:去掉|去除|删掉|抹掉|擦掉|弄掉|拿掉|[pP]掉)|"
             r"(?:去掉|去除|删掉|抹掉|擦掉|弄掉)\S{0,6}(?:时间戳|(?:日期|时间)水印|拍摄(?:日期|时间))")
# the picture's stillness judged: "cut only the motionless parts", "把画面不动的部分剪掉" - nothing here sees
# motion (the cuts that find something go by the sound)
MOTION_CUT = (r"\b(?:motionless|static|still|frozen|unmoving)\s+(?:parts?|bits?|sections?|stretches|moments|"
              r"segments?)\b|\b(?:parts?|bits?|sections?|moments|stretches)\s+(?:where|when|with)\s+"
              r"(?:nothing|no ?one|nobody)\s+(?:moves?|is moving|changes?)\b|"
              r"\b(?:no|without)\s+(?:motion|movement)"
              r"\b[^.;]{0,20}\b(?:parts?|bits?|sections?)\b|"
              r"(?:(?:画面|镜头)\s*(?:里|中)?|所有|全部|那些)\s*(?:不动|静止|没(?:有)?(?:动|变化|动静))的\s*(?:部分|片段|地方|"
              r"画面|镜头)")
# the stream's chat or danmaku taken into the video: "把直播间的弹幕也抓下来做成字幕", "pull the twitch chat
# in as captions" - the chat is not in the video file, nothing here fetches it
STREAM_CHAT = (r"弹幕\S{0,8}(?:抓|爬|扒|获取|导出|提取|保存|拿|弄|录|截|同步|做成|转成|变成|当)|"
               r"(?:抓|爬|扒|获取|导出|提取|保存|同步)\S{0,8}弹幕|(?:评论区|评论|聊天记录|公屏)\S{0,6}"
               r"(?:抓|爬|扒|获取|导出|提取)\S{0,6}(?:字幕|画面|视频)|"
               r"\b(?:pull|grab|capture|scrape|import|fetch|rip|download|extract|sync|get|bring|add|put|show|"
               r"overlay|include)\s+(?:in\s+)?(?:all\s+)?(?:the\s+|my\s+|our\s+)?(?:live\s*stream\s+|live\s+|stream\s+|"
               r"twitch\s+|youtube\s+|tiktok\s+|kick\s+|viewer\s+)(?:chat|comments?|danmaku)(?:\s+(?:messages|"
               r"log|replay|box))?\b|\bdanmaku\b|"
               r"\b(?:chat|comments?)\s+(?:from|of)\s+(?:the\s+|my\s+)?(?:live\s*stream|stream|twitch|live)\b"
               r"[^.;]{0,30}\b(?:as|into|in)\s+(?:the\s+)?(?:subtitles?|captions?|subs|text|overlay)\b")
# "make the colors warmer", "画面偏冷，调暖一点": the colour temperature - no operation changes it (colour
# here is brightness, contrast, saturation, black and white and auto levels)
WARMTH = (r"\b(?:colou?rs?|tones?|picture|image|footage|video|grade|look|shots?|skin(?: tones?)?|lighting)\s+"
          r"(?:[\w']+\s+){0,2}?(?:warmer|cooler|colder)\b|"
          r"\b(?:make|get|turn)\s+(?:it|this|them|everything)\s+(?:(?:a\s+)?(?:bit|little|touch|tad|lot|"
          r"slightly|much)\s+)?warmer\b|"
          r"\bwarm(?:er)?\s+(?:it\s+|them\s+)?up\s+(?:the\s+|my\s+|her\s+|his\s+|their\s+)?(?:skin\s+)?"
          r"(?:colou?rs?|tones?|picture|image|footage|shots?)\b|"
          r"\bwarm\s+(?:it|them|the\s+(?:colou?rs?|tones?|picture|image|footage|video|shots?))\s+up\b|"
          r"\b(?:warmer|cooler|colder)\s+(?:colou?rs?|tones?|look|grade|feel|vibe|tint)\b|"
          r"\b(?:too|so|very|kinda|a bit|really)\s+(?:blue|bluish|cold|yellow|yellowish)\b(?=[^,;.]{0,20}"
          r"(?:warm|cool))|"
          r"(?:调|变|弄|改|整)\s*(?:得)?\s*(?:暖|冷)\s*(?:一点|一些|点|些)?|(?<![温])(?:暖|冷)\s*(?:一点|一些)|"
          r"(?:画面|颜色|色调|视频|整体)?\s*偏(?:冷|暖|蓝|黄)|暖调|冷调|色温|暖色调?|冷色调?")

REFUSALS: list[tuple[str, str, str]] = [
    (r"\b(?:upload|post|publish)\b.*\b(?:to|on|onto)\b|\bschedul\w*\b.*\b(?:post|upload|publish|go live|"
     r"tiktok|youtube|instagram|insta|reels?|shorts|facebook)\b|定时(?:发布|发|上传)|"
     r"\b(?:upload|post|publish|share|send|put)\b.*\b(?:to|on|onto|with)\s+(?:my\s+)?(?:youtube|tiktok|inst"
     r"agram|"
     r"insta|"
     r"facebook|twitter|x\b|vimeo|reels|shorts|the internet|social|channel|email|drive|dropbox|whatsapp|"
     r"wechat|messenger|telegram|discord|slack|snapchat|google classroom|classroom|teams|"
     r"(?:my |our |the )?(?:teacher|professor|prof|class|classmates?|friends?|mom|mum|dad|parents?|boss|"
     r"group|team|students?|clients?))\b|"
     r"\b(?:by|via|over|through) (?:e-?mail|whatsapp|wechat|airdrop|text message|dm)\b|"
     r"\b(?:e-?mail|whatsapp|airdrop|dm|text) (?:it|this|(?:the|my) (?:[\w-]+ ){0,2}?(?:video|clip|file|"
     r"edit|version|cut)) to\b|上传到|"
     # ("剪完能直接帮我同步到抖音吗": synced to the account - posted there)
     r"发布到|发到|同步(?:发布?)?到\s*(?:我的)?\s*(?:抖音|快手|b\s*站|小红书|视频号|微博|朋友圈|youtube|油管|tiktok|"
     r"ins|微信)|"
     r"发给|发微信|发朋友圈|传到|"
     r"分享到|\btweet\b|\bpost (?:it|this)\b|\bgo live\b|"
     # "livestream this", "broadcast it live": a broadcast asked of me ("the important bits from the
     # livestream" names where the footage came from)
     r"\b(?:live ?stream|broadcast|stream)\s+(?:it|this|that|the (?:video|edit|final cut|result))\b"
     r"(?!\s+(?:was|is|were|got|had)\b)|\b(?:stream|broadcast)\s+(?:it|this)\s+live\b|"
     r"\b(?:live ?stream|broadcast)\s+(?:it\s+|this\s+)?(?:to|on)\s+(?:my\s+|our\s+)?(?:youtube|twitch|"
     r"facebook|tiktok|instagram|kick|channel)\b|"
     # a live broadcast asked of me ("帮我直播", "推流到b站"); 直播 / 直播间 / 直播切片 alone name where the
     # footage came from ("直播间风扇声太大了 降个噪")
     r"(?:帮我|替我|给我|帮忙|你来|你去|你帮我|开(?:个|一场|场)?)\s*(?:同步|实时|现场)?直播(?![间里中的回切录])|"
     r"直播(?:出去|给(?:大家|粉丝|观众))|同步直播|实时直播|"
     # ("推流到b站", "帮我推流"; "长一点推流好" is the platform's pushing of the video - a reason)
     r"(?:帮我|替我|你来|你去|开始|直接)\s*推流|推流\s*(?:到|去|给|出去)|^\s*推流\s*$|"
     # "剪好直接帮我发抖音": posting asked of me, the platform right after 发
     r"(?:帮我|替我|帮忙|你来|你去|你帮我)\s*(?:直接\s*)?(?:发布?|传|上传)\s*(?:个|条|一下|一条)?\s*"
     r"(?:抖音|快手|b\s*站|小红书|视频号|朋友圈|微博|youtube|油管|tiktok|ins)",
     "I can't upload, post or schedule anything — I can export the file, and you can upload it yourself.",
     "我没法替你上传、发布或定时发布——我可以导出文件，你再自己上传。"),
    # ("make it 90 frames long, its for a sticker loop": what the video is for names no imagery to make)
    (r"(?<!for a )(?<!for an )(?<!for my )(?<!for our )(?<!for the )(?<!for )"
     r"\b(?:dragons?|monsters?|unicorns?|dinosaurs?|aliens?|spaceships?|ufos?|explosions?|fireworks|lasers?|"
     r"zombies?|cgi|vfx|3d animation|animated character|cartoon character|flying|lightning bolts?|avatars?|"
     r"stickers?|emojis?|moon|outer space|snow(?:fall)?|rain|sparkles?|confetti|hologram|anime)\b|"
     # "add a creeper exploding behind me": a game creature, or something blowing up, put into the scene
     r"\b(?:creepers?|minecraft (?:mobs?|characters?|creatures?))\b|"
     r"\b(?:add|put|insert|make|have|want|throw|stick)\b[^,;.]{0,40}?\bexplod(?:e|es|ing)\b|"
     # ("put them in a different order": the clips' order, not people put in a scene)
     r"\bput (?:me|him|her|us|them) (?:on|in|into)\b(?!(?:\s+\w+){0,2}\s+(?:order|sequence)\b)|"
     r"\b(?:walking|running|flying|dancing|jumping|swimming) "
     r"(?:across|over|around|through|past)\b|"
     # "put a lambo in the background behind me", "add a beach behind us": a thing put into the scene
     # behind the people filmed ("put the title behind me" is text behind them - repair's; music, a blur
     # or the footage itself "in the background" are the edit's own)
     r"\b(?:put|add|place|stick|insert|throw|pop)\s+(?:an?|some|one of those)\s+(?:[\w'-]+\s+){0,2}?"
     r"(?!(?:title|text|caption|subtitle|logo|watermark|words?|name|music|songs?|audio|sound|bgm|track|beat|"
     r"blur|bokeh|colou?r|gradient|image|picture|photo|video|clip|b-?roll|footage|overlay|vignette|"
     r"noise|hum|border|frame|box|shadow|glow)s?\b)[\w'-]+\s+"
     r"(?:in the background\s+)?behind (?:me|him|her|us|them)\b|"
     r"\b(?:cats?|dogs?|birds?|horses?|butterfl(?:y|ies)|fish)\b"
     r"(?!\s+(?:videos?|clips?|footage|vids?|vlogs?|reels?|recordings?|say|says|talk|speak|sing)\b)"
     # "remove the dog barking", "the birds chirping": an animal's sound is a sound, not imagery
     r"(?!'?s?\s+(?:bark|meow|chirp|tweet|crow|neigh|howl|growl|whin|yelp|squawk|noise|sound)\w*)|"
     r"\bgenerate\s+(?:some\s+|me\s+)?(?:[\w-]+\s+)?(?:b-?roll|stock footage|footage|scenery|images?|"
     r"pictures?|animations?|shots?)\b|"
     r"\bgenerate (?:a|an|some|new)\b|\bai[\s-]?generated?\b|"
     # ("draw a circle around the mole": a mark drawn on the picture - repair.DRAWN says what instead)
     r"\bdraw (?:a|an)\b(?!\s+(?:[\w-]+\s+)?(?:arrow|circle|ring|box|line|rectangle|square|shape)s?\b)|"
     r"\banimate\b(?!\s+(?:(?:the|my|these|those|this|our|old|a|family|still)\s+)*" + _STILLS + r")|"
     r"龙|恐龙|外星人|"
     # ("在我身后放一辆兰博基尼", "背景里给我加架直升机": a vehicle, an animal or a building put into the
     # scene behind them, by its measure word - never 个 / 首 / 张 / 段, music, a picture or footage)
     r"(?:(?:我|我们|他|她|他们)(?:的)?(?:身后|背后)|背景(?:里|上|中)?)\s*(?:给我|帮我|再)?\s*"
     r"(?:放|加|摆|p|P|弄|整|来|停)\s*(?:上|个)?\s*(?:一|1|两|几)?\s*(?:辆|架|只|头|座|艘|匹|棵|栋)|"
     + NO_FOOTAGE + "|"
     r"\bfrom (?:nothing|scratch)\b|凭空|(?:用\s*)?ai\s*(?:帮我)?\s*生成|空镜|"
     r"爆炸|(?<![加来整弄搞上个点些])特效|"
     r"生成\s*(?:\d+\s*(?:个|段|张))?\s*(?:画面|图片|动画|视频|特效|片头|\S*动画)|动画特效|"
     r"\bcartoon|\bturn (?:me|him|her|us|them) into\b|"
     # "给我生成一个AI数字人来讲这节课": a presenter made up by AI
     r"数字人|虚拟人|虚拟主播|ai\s*主播|\bai (?:presenter|avatar|host|spokesperson)\b|\bdigital human\b|"
     r"生成\s*(?:\d+\s*(?:个|段|张))?\S{0,30}?(?:画面|图片|动画|视频|镜头|航拍|素材|片段)|帮我生成|(?:给我|帮我)?做(?:个|1\s*个)镜头\s*:",
     "I can't generate new imagery or visual effects — I edit the footage you upload (cuts, text, music, "
     "colour, framing).",
     "我没法生成新的画面或特效——我只能编辑你上传的素材（剪辑、文字、音乐、颜色、画幅）。"),
    # (after the imagery one, index 1 (read by position below); before the picture-change refusal, which
    # the words "black and white" would also fit)
    (COLORIZE,
     "I can't colourise black-and-white footage — that needs a model that guesses the colours, and there is "
     "none here. I can adjust brightness, contrast and saturation of the colour there is.",
     "黑白画面我没法上色——那需要一个猜颜色的模型，这里没有。我可以调亮度、对比度和饱和度。"),
    (WORN_ADDED,
     "I can't put sunglasses, hats, ears or stickers on a face or a pet so they move with it (an AR face "
     "filter) — that needs to find and follow the face in every frame, and there is no such picture here. I "
     "can put text or an image you upload (like logo.png) in a fixed place, or crop so the picture follows a "
     "face.",
     "我没法给人脸或宠物加跟着动的墨镜、帽子、耳朵或贴纸（AR 特效）——那需要在每一帧里找到并跟住脸，这里也没有"
     "这样的图。可以在固定位置加文字或你上传的图片（比如 logo.png），或者裁剪时让画面跟着人脸走。"),
    # (before the general one below: it says why and what instead)
    (FACE_HIDDEN,
     "I can't blur or pixelate faces — that needs to find and follow each face in the picture, which I "
     "can't do here. I can cut the shots they are in, crop closer so they are out of the frame, or put "
     "your logo over a corner.",
     "我没法给人脸打码或模糊——那需要在画面里找到并一直跟着每张脸，这里做不到。可以把有他们的镜头剪掉、"
     "裁得更近把他们裁出画面，或者在角落盖上你的台标。"),
    (STILLS_MOVE,
     "I can't make still photos move (AI image-to-video) — there is no model here that invents motion. I can "
     "turn the photos into a slideshow, with how long each shows, music and text (e.g. “slideshow of photo1 "
     "and photo2, 3 seconds each”).",
     "我没法让静态照片动起来（AI 图生视频）——这里没有能生成动作的模型。"
     "可以把照片做成幻灯片视频，设置每张停留多久、"
     "加音乐和文字（比如“用photo1、photo2做相册，每张3秒”）。"),
    # "make a timelapse from photo1.jpg": one still has no time to lapse
    (repair.STILL_LAPSE,
     "I can't make a timelapse (or any motion) from a still photo — there is no model here that invents "
     "motion. I can turn photos into a slideshow, with how long each shows, music and text (e.g. “slideshow "
     "of photo1 and photo2, 1 second each”), or speed up a video you filmed (e.g. “speed it up 8x”).",
     "一张照片没法做成延时（或任何动态）——这里没有能生成动作的模型。可以把几张照片做成幻灯片视频，设置每张停留多久、"
     "加音乐和文字（比如“用photo1、photo2做相册，每张1秒”），或者把你拍的视频加速（比如“加速8倍”）。"),
    (AI_NARRATION,
     "I can't write or voice a narration — there is no script or voice model here. Record the narration "
     "yourself and upload it (I can add it as audio), or give me the words and I'll put them on screen as "
     "text or captions.",
     "我没法自动写解说词或配 AI 旁白——这里没有写稿或语音的模型。你可以自己录好旁白上传（我来把它加进去），"
     "或者把要说的话给我，我做成文字或字幕放在画面上。"),
    (MUSIC_IN_SCENE,
     "I can't take music out of the recording and keep the voice — the song that played while you filmed "
     "is mixed into the same sound, and nothing here separates them. I can turn the whole original sound "
     "down or mute it, reduce steady noise (“denoise”), or cut the part where the song plays.",
     "我没法把录进去的音乐单独去掉、只留人声——拍摄时放的歌和说话声混在同一条音轨里，这里没有能分开它们的"
     "模型。可以把整段原声调小或静音、降噪（去除持续底噪），或者把放歌的那段剪掉。"),
    (DEPTH_BLUR,
     "I can't blur the background behind a person (portrait-mode depth) — that needs to know what is near "
     "and "
     "far in the picture. I can brighten or recolour the whole video, or crop closer to the person (e.g. "
     "“make "
     "it 9:16 following the face”).",
     "我没法只把人身后的背景虚化（人像模式那种景深）——那需要知道画面里的远近。可以整体调色、调亮，或者裁得更贴近人物"
     "（比如“竖屏，跟着人脸”）。"),
    (MULTICAM,
     "I can't switch between camera angles automatically to whoever is talking (a multicam edit) — that "
     "needs to know who speaks when and which camera shows them. I can cut it together by hand from the "
     "times you give: split the clips (“split at 0:12”), delete or reorder the parts (“delete the second "
     "clip”, “move the third clip to the start”), or show the other angle picture-in-picture (“put b.mp4 "
     "picture in picture bottom right”).",
     "我没法按谁在说话自动切换机位（多机位剪辑）——那需要知道谁在什么时候说话、哪个机位拍到了他。可以按你给的时间"
     "手动剪：分割（“在0:12分割”）、删掉或调整片段顺序（“删掉第二段”“把第三段移到开头”），或者把另一个机位放成"
     "画中画（“把b.mp4放在右下角画中画”）。"),
    # "change my lipstick to red": one thing recoloured - the colour there is applies to the whole picture
    (RECOLOUR + "|" + RECOLOUR_OWN,
     "I can't recolour one thing in the picture (lipstick, clothes, a car) — that needs to find and follow "
     "it in every frame. Colour here changes the whole video: brightness, contrast and saturation, or black "
     "and white (e.g. “saturation 1.3”).",
     "我没法只给画面里的某样东西换颜色（口红、衣服、车）——那需要在每一帧里找到并跟住它。颜色只能整体调："
     "亮度、对比度、饱和度，或者黑白（比如“饱和度调到1.3”）。"),
    (SELECTIVE_COLOUR,
     "I can't keep one thing in colour while the rest turns black and white (a colour splash) — that needs "
     "to find and follow it in every frame. Colour here changes the whole video: I can make all of it black "
     "and white, or change brightness, contrast and saturation (e.g. “make it black and white”).",
     "我没法只让画面里的某样东西保留颜色、其余变黑白（局部留色）——那需要在每一帧里找到并跟住它。颜色只能整体调："
     "可以把整个视频变成黑白，或者调亮度、对比度、饱和度（比如“整体变黑白”）。"),
    # "split my voice and the guitar onto separate tracks": one recording into its parts
    (STEMS,
     "I can't split one recording into separate tracks (voice, guitar, drums) — there is no model here that "
     "separates them, so one instrument can't be turned up alone. I can change the volume of the whole "
     "sound, denoise it, or mix in a separate recording you upload as the music.",
     "我没法把一段录音拆成几条音轨（人声、吉他、鼓）——这里没有分离音轨的模型，所以也没法单独调大某一种乐器。"
     "可以调整整体音量、降噪，或者把你上传的单独录音混进来当配乐。"),
    # the picture repaired, one voice pulled out, people found in the picture, a creature added (repair.py)
    # "make it look like old film with scratches and grain", "vintage VHS look with tracking lines",
    # "做成老电影那种划痕效果": an old-film look - no such effect; what comes closest here is said (black and
    # white, faded colour, a fade), never the generic "what would you like to change"
    (OLD_FILM, *OLD_FILM_REPLY),
    (repair.TAPE_DAMAGE, *repair.TAPE_DAMAGE_REPLY),
    (repair.PICTURE_REPAIR, *repair.PICTURE_REPAIR_REPLY),
    (repair.ONE_VOICE, *repair.ONE_VOICE_REPLY),
    (repair.FIND_IN_PICTURE, *repair.FIND_REPLY),
    (repair.KEEP_SILENCES, *repair.KEEP_SILENCES_REPLY),
    (repair.FOOTAGE_MADE,
     "I can't generate new imagery or visual effects — I edit the footage you upload (cuts, text, music, "
     "colour, framing).",
     "我没法生成新的画面或特效——我只能编辑你上传的素材（剪辑、文字、音乐、颜色、画幅）。"),
    (repair.CREATURE_ADDED,
     "I can't generate new imagery or visual effects — I edit the footage you upload (cuts, text, music, "
     "colour, framing).",
     "我没法生成新的画面或特效——我只能编辑你上传的素材（剪辑、文字、音乐、颜色、画幅）。"),
    (r"\b(?:remove|erase|delete|get rid of)\s+(?:the\s+|that\s+)?(?:person|man|woman|guy|girl|people|car|"
     r"object|"
     r"tree|sign|logo from|text from|photobomber|background)\b(?!\s+(?:hum|noise|hiss|buzz|sound|music|song|"
     r"audio|chatter|voices|talking|static|rumble|drone|whine)s?\b)|\breplace the (?:sky|background)|"
     # "replace the garage background with a clean white studio": the scene behind, named by what it is
     r"\b(?:replace|swap|switch)\s+(?:out\s+)?(?:the|my|our|this|that|his|her|their)\s+(?:[\w-]+\s+){1,2}?"
     r"(?:background|backdrop|sky)\b(?!\s+(?:music|song|track|audio|sound|noise|hum|vocals?|voices?)\b)|"
     r"(?:换掉|替换掉?|去掉)\S{0,6}?背景(?!\S{0,2}(?:音乐|音|声|乐|歌|噪|杂音))|"
     r"\bgreen ?screen\b|\bchroma ?key\b|\bface ?swap|\bswap (?:his|her|their|my|the|our) faces?|"
     r"\bdeep ?fake|\blip[\s-]?sync|"
     r"\b(?:make|turn|change|paint|recolou?r|colou?r)\s+(?:the|his|her|their|my|our)\s+(?:sky|grass|sea|"
     r"water|walls?|car|shirt|clothes|hair|eyes|trees?|clouds?|face|dress)\s+(?:\w+\s+){0,2}(?:blue|red|gre"
     r"en|"
     r"yellow|orange|purple|pink|white|black|gr[ae]y|gold|bluer|greener|redder|pinker|whiter|into|"
     r"look like)\b|"
     r"\bblur (?:out )?(?:the |their |his |her |all )?(?:faces?|people|license plates?|plates?)\b|"
     r"(?:路人|他|她|人|东西|物体|杂物)\S{0,4}(?:消除|擦除|抹除)|(?:消除|擦除|抹除)\S{0,6}(?:路人|人物|物体|杂物)|"
     r"人脸\S{0,3}(?:打码|模糊)|(?:打码|模糊)\S{0,4}(?:人脸|脸|车牌)|车牌\S{0,3}(?:打码|模糊)|"
     # "视频里的车牌帮我打个码", "给门牌号打上马赛克": a detail in the picture hidden (打码 in any wording)
     # ("那里露了我手机号 打个码": the detail named, then 打码 said after a space)
     r"(?:车牌|门牌|号牌|手机号|电话号?码?|身份证|地址|屏幕|工牌|名字|姓名|二维码)[^，,。；;！!？?]{0,8}?"
     r"(?:打\s*(?:个|上|一下)?\s*"
     r"(?:码|马赛克)|马赛克|模糊(?:掉|一下|处理))|(?:给|把)\S{0,6}?(?:车牌|门牌|号牌|手机号|身份证|地址|工牌|"
     r"二维码)\S{0,6}?(?:打\s*(?:个|上)?\s*(?:码|马赛克))|"
     # ("0:05到0:09那里露了我手机号 打个码": 打码 said on its own, what it hides told before - a part of the
     # picture hidden all the same)
     r"^\s*(?:(?:帮我|给我|麻烦|请)\s*)?(?:这里|那里|这块|那块|这儿|那儿)?\s*(?:给我|帮我)?\s*"
     r"打\s*(?:个|上|一下|一个|下)?\s*(?:码|马赛克)\s*(?:吧|呗|啊|哈)?\s*[。.!！]?\s*$|"
     r"\b(?:pixelat\w*|censor|mosaic|cover up|black out)\s+(?:out\s+)?"
     r"(?:the |their |his |her |all |that |my )?"
     r"(?:[\w']+\s+){0,3}?(?:licen[cs]e plates?|number plates?|plates?|house numbers?|addresse?s?|phone "
     r"numbers?|name ?tags?|badges?|screens?)\b|"
     # "把车牌号去掉", "遮住门牌": a detail inside the picture taken out
     r"(?:车牌|门牌|号牌)号?(?:码)?(?!\S{0,4}?(?:那段|这段|那一段|这一段|那部分|这部分|镜头|片段))\S{0,3}(?:去掉|删掉|抹掉|擦掉|去除|遮住|挡住|盖住|p掉)|"
     r"(?:去掉|删掉|抹掉|擦掉|去除|遮住|挡住|盖住)\S{0,4}(?:车牌|门牌|号牌)(?!\S{0,4}?(?:那段|这段|那一段|这一段|那部分|这部分|镜头|片段))|"
     r"\bmake (?:him|her|them|me) (?:smile|talk|say|dance|look)|"
     # "make the speaker look at the camera": a person made to do what they did not do
     r"\bmake (?:the |that |this |our |my )?(?:speaker|presenter|host|person|guy|man|woman|girl|boy|kid|"
     r"teacher|interviewee|guest|actor|bride|groom)s? (?:smile|talk|say|dance|look|stop looking|blink|"
     r"open|close)\b|\bchange (?:his|her|their|my) (?:face|voice|"
     r"clothes|shirt|hair)|\bcolou?rize\b|\bbackground remov|抠图|抠像|换背景|换脸|"
     # ("把5到20秒抠出来": a part of the time taken out is a clip of it - cutting's, never the picture's)
     r"(?<![秒段§])(?<!部分|\s段|§\s|\s秒)抠出|"
     # ("去掉背景杂音": the background's noise is a sound)
     r"去掉(?:人(?!声)|背景(?!\S{0,3}(?:杂音|噪|声|音(?!乐))))|"
     r"背景(?:换成|改成|变成|替换)|(?:天空|人物|衣服|头发|脸)\S{0,2}(?:换成|改成|变成|去掉)|[pP]\s*掉|p图|"
     # "把口罩去掉露出脸", "take her sunglasses off": something worn, or on a face, taken out of the picture
     r"(?:口罩|眼镜|墨镜|帽子|面具|面罩|头盔|围巾|胡子|胡须|眼袋|黑眼圈|雀斑|痣|伤疤|疤痕?)(?:也|都|给我|帮我|全)?\s*"
     r"(?:去掉|去除|摘掉|拿掉|摘下|删掉|抹掉|消除)(?!\S{0,3}(?:那段|这段|那一段|镜头|片段|部分))|"
     r"(?:去掉|去除|摘掉|拿掉|摘下|抹掉|消除)\S{0,4}(?:口罩|眼镜|墨镜|"
     r"帽子|面具|面罩|头盔|胡子|胡须|眼袋|黑眼圈)(?!\S{0,3}(?:那段|这段|那一段|镜头|片段|部分))|"
     r"露出\S{0,3}(?:脸|面容|真容|五官)|"
     r"\b(?:remove|erase|take off|take away|get rid of)\s+(?:the |his |her |their |my |our |that )"
     r"(?:face ?)?(?:masks?|glasses|sunglasses|shades|helmets?|hats?|caps?|beards?|moustaches?|mustaches?|"
     r"goggles)\b|\btake (?:the |his |her |their |my )(?:face ?)?(?:masks?|glasses|sunglasses|shades|"
     r"helmets?|hats?|caps?|goggles)\s+off\b|"
     r"路人(?!\S{0,4}?(?:那段|这段|那一段|这一段|那部分|这部分|镜头|片段)).{0,8}(?:去掉|删掉|抹掉|p掉)|美颜|磨皮|瘦脸|大眼|抠掉|抠\S{0,2}背景|"
     # beauty filters and retouching in more words: "脸瘦一点", "磨个皮", "美白", "slim my face"
     r"脸\S{0,2}瘦|瘦\S{0,2}脸|磨\S{0,2}皮|美白|祛痘|去痘|去皱|瘦身|拉长腿|长腿|"
     r"\bslim(?:mer)?\s+(?:down\s+)?(?:my|his|her|the)\s+(?:face|body|waist|legs)|\bwhiten\b|"
     r"\b(?:skin[\s-]smooth\w*|beauty (?:filter|mode)|face[\s-]?tun\w*)|"
     r"\b(?:remove|hide|cover up)\s+(?:my |his |her |the )?(?:acne|pimples?|blemish\w*|wrinkles?|spots)\b|"
     r"\b(?:replace|change|swap)\s+(?:my|the|our|his|her)\s+background\b(?!\s+(?:music|song|track|audio|"
     r"sound|noise))|\bvirtual background|" + BACKGROUND_SWAP + "|"
     r"\bblur (?:out )?(?:my|the|his|her|their) background\b|背景\S{0,2}(?:虚化|模糊)|"
     r"\bblur (?:out )?(?:the |their |his |her |all |that )?(?:[\w']+\s+){0,3}?(?:licen[cs]e plates?|"
     r"number plates?|names?|address\w*|screens?|faces?)\b|"
     r"(?:去掉|删掉|抹掉|擦掉)\S{0,6}(?:里|中|上)的?(?:人|路人|东西|物体|车|电线)|"
     r"\b(?:remove|erase|delete|get rid of|take out|paint out)\s+(?:the|that|those|these|this|a)\s+"
     # ("remove the humming in the background": a sound there, not a thing in the picture)
     r"(?!(?:[\w-]+\s+){0,3}?(?:music|song|noise|hum\w*|buzz\w*|hiss\w*|crackl\w*|static|audio|sound|voices?|"
     r"chatter|echo|wind)\b)"
     r"(?:[\w-]+\s+){0,3}?(?:from|in|out of|off)\s+(?:the\s+)?(?:\w+\s+){0,3}?"
     r"(?:sky|shot|picture|photo|image|frame|background|scene|corner)\b|"
     # "take the glowing exit sign out of the background": a thing in the picture taken out, the verb split
     r"\b(?:take|get|cut|paint)\s+(?:the|that|those|these|this|a)\s+(?!(?:[\w-]+\s+){0,3}?(?:music|song|"
     r"noise|hum|audio|sound|voices?|chatter)\b)(?:[\w-]+\s+){0,3}?out of\s+(?:the\s+)?(?:\w+\s+){0,3}?"
     r"(?:sky|shot|picture|photo|image|frame|background|scene|corner)\b|\bretouch|\bbeautif|\bsmooth (?:my|"
     r"his|her) skin",
     "I can't remove or change things inside the picture (people, objects, backgrounds) — only cut, frame, "
     "colour and overlay the footage: I can cut the shots where it shows, crop closer so it is out of the "
     "frame, or cover a corner with your logo.",
     "我没法修改画面里的内容（人物、物体、背景）——只能剪辑、调整画幅和颜色、叠加内容：可以把出现它的镜头剪掉、"
     "裁得更近把它裁出画面，或者在角落盖上你的台标。"),
    # "straighten the horizon": only quarter turns exist here
    (r"\bstraighten (?:out )?(?:the |my )?(?:horizon|shot|video|picture|footage|frame|it)\b|"
     r"\blevel (?:out )?the horizon\b|"
     r"\bhorizon\b[^,;]*\b(?:crooked|tilted|wonky|slanted|not straight|not level)\b|"
     r"\b(?:crooked|tilted|wonky|slanted) horizon\b|"
     r"地平线\S{0,4}(?:歪|斜|扶正|拉直)|(?:扶正|拉直)\S{0,3}地平线",
     "I can only rotate in quarter turns (90°, 180°, 270°) — I can't straighten a slightly tilted shot. "
     "Say e.g. “rotate 90 degrees clockwise” if it is sideways.",
     "我只能按 90 度旋转（90、180、270 度），没法把稍微歪的画面扶正。"
     "如果是横过来了，可以说“顺时针旋转90度”。"),
    # the picture sharpened or cleaned of noise, steadied, or a person cut out of it (before DETAIL and the
    # general one, which say less)
    (repair.SHARPENED + "|" + repair.PICTURE_NOISE, *repair.PICTURE_CLEAN_REPLY),
    (repair.STABILISED + "|" + repair.SHAKY, *repair.STABILISE_REPLY),
    (repair.SEGMENTED, *repair.SEGMENTED_REPLY),
    (DETAIL,
     "I can't add detail that isn't in the footage (AI upscaling, sharpening, unblurring) — I can export "
     "in 4K (“export in 4k”), but that only scales the picture up; it won't look any sharper.",
     "我没法给画面补出原本没有的细节（AI 超分、锐化、去模糊）——可以导出4K（“导出4K”），但那只是放大，不会更清"
     "晰。"),
    (VOICE_MADE,
     "I can't make anyone (or any animal) say words, or turn a voice into another — there is no voice model "
     "here. I can put the words on screen as text (e.g. “add text 'hello' at 0:02”), change the volume, or "
     "add an audio file you recorded.",
     "我没法让人或动物说出话来，也没法把声音变成另一种声音——这里没有语音模型。可以把这句话作为文字放在画面上"
     "（比如“在第2秒加文字‘你好’”）、调音量，或者加一段你自己录好的音频。"),
    (VOICE_IMITATED,
     "I can't make a voice sound like someone else's (voice cloning or imitation) — there is no voice model "
     "here. I can put the line on screen as text (e.g. “add text 'hello' at 0:02”), change the volume, or "
     "add an audio file you recorded yourself.",
     "我没法把声音变成某个人的声音（模仿或克隆音色）——这里没有语音模型。可以把这句话作为文字放在画面上"
     "（比如“在第2秒加文字‘你好’”）、调音量，或者加一段你自己录好的音频。"),
    (AI_ALTER,
     "I can't change what the picture shows with AI (restyle or renovate a room, replace the sky, swap "
     "things) — there is no generative model here; I only cut, frame, colour and overlay the footage. I can "
     "adjust the colour of the whole video (e.g. “brighter, saturation 1.2”), crop it, cut the shots, or "
     "add text such as a “before / after” title.",
     "我没法用AI改变画面里的内容（换装修风格、换天空、换掉东西）——这里没有生成模型，只能剪辑、调整画幅和颜色、"
     "叠加内容。可以整体调色（比如“调亮一点，饱和度1.2”）、裁剪、剪掉镜头，或者加“改造前/改造后”这样的文字。"),
    (MARK_OFF,
     "I can't remove a watermark or logo that is part of the footage — I can crop that corner out "
     "(reframe) or cover it with your own logo.",
     "我没法去掉画面里已有的水印或标志——可以裁掉那个角（换画幅/裁切），或者在那里盖一个你的logo。"),
    (STAMP_OFF,
     "I can't remove a date or time stamp that is burned into the footage — it is part of the picture. I can "
     "crop that corner out (reframe) or cover it with your own logo or a text box.",
     "我没法去掉已经拍进画面里的日期或时间戳——它是画面的一部分。可以裁掉那个角（换画幅/裁切），或者在那里盖一个"
     "logo或文字。"),
    (MOTION_CUT,
     "I can't tell where the picture moves or stands still — the cuts I find go by the sound (pauses, "
     "silence). Tell me the times to cut (e.g. “cut 0:10-0:25”), or speed the whole thing up.",
     "我看不出画面哪里在动、哪里静止——我自动找的剪辑点只能按声音（停顿、静音）。告诉我要剪的时间（比如“剪掉"
     "0:10-0:25”），或者整体加速。"),
    (PEOPLE_ON_BEAT,
     "I can't make people in the picture move on the beat — their movement is part of the footage, and "
     "nothing here changes it. I can add the music, cut where you give me the times, or speed up or slow "
     "down a part you name (e.g. “slow down 0:03-0:05 to 0.9x”).",
     "我没法让画面里的人的动作自动对上节拍——动作是拍进素材里的，这里改不了。可以加音乐、在你给的时间点剪开，"
     "或者给某一段单独调速（比如“第3秒到第5秒调到0.9倍速”）。"),
    (BEAT_SYNC,
     "I can't cut to the beat of the music automatically — I can add the music and cut wherever you give me "
     "the times (e.g. “split at 0:04 and 0:08”).",
     "我没法按音乐鼓点自动卡点——可以先加背景音乐，再告诉我在哪几秒切（比如“在第4秒和第8秒分割”）。"),
    (WARMTH,
     "I can't make the colours warmer or cooler here — there's no colour-temperature control. Colour changes "
     "are brightness, contrast, saturation, black and white, or an automatic colour correction (which evens "
     "out a colour cast): say e.g. “auto fix the colours” or “a bit more saturated”.",
     "这里没法调色温（调暖或调冷）。颜色能调的是亮度、对比度、饱和度、黑白，或者自动校色（能校正偏色）："
     "比如说“自动校色”或“饱和度高一点”。"),
    # reversed playback and a voice's pitch: said with what can be done instead (before the general one)
    (SCROLLING_TEXT,
     "I can't make text move across the picture (scrolling or flying text) — text here stays where it is "
     "put. I can put your words on screen at a place and time you give (e.g. “add 'welcome' at the bottom "
     "from 0:02 to 0:08”), or add subtitles of what is said.",
     "我没法让文字在画面上滚动或飘过去（跑马灯那种）——这里加的文字是固定在一个位置的。可以把你要的话固定放在画面上"
     "（比如“底部加一行字「欢迎光临」，第2秒到第8秒”），或者把说的话做成字幕。"),
    (repair.DUBBED, *repair.DUBBED_REPLY),
    (repair.REVERSED, *repair.REVERSED_REPLY),
    (repair.PITCH, *repair.PITCH_REPLY),
    (r"\binterpolat\w*|\bframe[\s-]?(?:blend|generat)\w*|" + FRAMES_MADE + r"|"
     r"\boptical[\s-]?flow\b|\bmotion[\s-]?smooth\w*|补帧|插帧|"
     + _OWN + r"\bvoice[\s-]?over\b|" + _OWN + r"\bnarrat(?:e|ion|or)\b|"
     r"\btext[\s-]to[\s-]speech\b|\btts\b|\bdub(?:bing|bed)?\b|"
     r"\btranslate\b|" + SFX + r"|\breverse\b(?!\s+(?:the\s+)?(?:\w+\s+)?order)|"
     # "给我的声音加个混响", "add some reverb": an audio effect added
     r"(?:加|添加|来)\S{0,3}(?:混响|回声|回音)|\badd\s+(?:some\s+|a\s+|an\s+)?(?:reverb|echo)\b|"
     r"\b(?:play|make|run|turn)\s+(?:it\s+|this\s+|the video\s+)?backwards?\b|\bplay (?:it )?in reverse|"
     r"\bstabili[sz]e\b|\bupscale\b|\bsharpen\b|\bbeat[\s-]?sync|\bto the beat\b|\bauto[\s-]?edit\b|"
     + COLORIZE + "|"
     r"\bzoom(?:[\s-]?in)?\s+effect|\bken burns|"
     # ("the replay glitches there", "there's a glitch at 0:40": trouble in the footage, told - no effect)
     r"\bglitch(?:y|ed)?\s+(?:effects?|transitions?|looks?|style|filters?|overlays?|aesthetic|intro|text|title|"
     r"vibe|edit)\b|\b(?:add|apply|put|give|use|want|do|with)\s+(?:it\s+|me\s+|this\s+)?(?:a\s+|an\s+|some\s+|"
     r"the\s+|that\s+)?(?:\w+\s+)?glitch\w*|\bglitch (?:it|this)\b(?!\s+(?:is|was|looks|happens))|"
     r"\bmake (?:it|this|the \w+) (?:look |feel )?glitch(?:y|ed)?\b(?!\s+(?:less|free))|故障(?:风|效果|特效)|"
     r"\bvhs\b|\bshake effect|"
     r"\bpan and zoom|\bwarm(?:er)?\s+(?:colou?rs?|tones?|look)|\bcool(?:er)?\s+(?:colou?rs?|tones?)|"
     r"\bcolou?r temperature\b|色温|暖色调|冷色调|" + _NO_EFFECT + "|" +
     DUB_ASKED + r"|配\s*(?:个|段|一段|下|一下|上)\s*音(?![乐频量效])|"
     r"旁白(?!\S{0,3}?(?:的)?\s*(?:音量|声音|大一?点|小一?点|大声|小声|调大|调小|调高|调低|响一?点|轻一?点))|翻译|音效|倒放|防抖|高光(?!\s*(?:集锦|时刻|片段|合集|镜头|瞬间|剪辑))|"
     r"\b(?:make|change|turn) (?:my|his|her|their|the) voice\b(?!\s+(?:up|down|louder|quieter|softer)\b)"
     r"(?!\s+(?:sound\s+)?(?:like\s+(?:an?\s+)?)?" + VOICE_BETTER + ")|"
     r"\bvoice (?:changer|effect|filter)|"
     r"(?<!\bi )(?<!\bim )(?<!\bi'm )(?<!\bmakes me )(?<!\bmade me )(?<!\bmaking me )(?<!\bit )"
     r"\bsound like an? (?:woman|man|girl|boy|robot|chipmunk|child|kid)\b|"
     r"变声|声音变成|变成\S{0,4}(?:的)?声音",
     *GENERIC_REFUSAL),
    # "zoom in on the bride's face at 0:12": a punch-in on part of the picture over time
    (ZOOM,
     "I can't zoom into part of the picture at a moment — I can crop the whole video to a shape that follows "
     "the face (e.g. “make it 9:16 following the face”) or centre the crop.",
     "我没法在某个时刻把画面推近放大到某一处——可以把整个视频裁成跟随人脸的画幅（比如“竖屏，跟着人脸”），或者居中裁剪。"),
    # "make me a 30 second tiktok about surprising animal facts": the content is not in the footage
    (FROM_TOPIC,
     "I can't make a video about a topic from nothing — I edit the footage you upload. Upload clips about it "
     "and I can cut them to length, add text, captions and music.",
     "我没法凭一个主题做出视频——我只能编辑你上传的素材。把相关素材传上来，我可以剪到合适长度、加文字、字幕和音乐。"),
    (r"(?<![\w.])8\s*k\b|4320\s*p\b|7680\s*[x×]\s*4320",
     "I can't export in 8K — the highest I export is 4K (2160p); say “export in 4K” or “export in 1080p”.",
     "我没法导出8K——最高是4K（2160p）；可以说“导出4K”或“导出1080p”。"),
    (STREAM_CHAT,
     "I can't fetch a stream's chat or danmaku — it is not part of the video file, and nothing here "
     "downloads it. I can add subtitles of what is said (“add subtitles”), or put text you paste on screen "
     "(e.g. “add text 'thanks for watching' at 0:05”).",
     "直播的弹幕/评论我抓不下来——它不在视频文件里，这里也没法联网获取。可以把说的话做成字幕（“加字幕”），"
     "或者把你复制来的文字放到画面上（比如“在第5秒加文字‘感谢观看’”）。"),
    (LINK,
     "I can't download anything from the internet — download the video yourself (if you have the rights to "
     "use it) and upload the file here, then I can edit it.",
     "我没法从网上下载视频——请先自己下载（确认有使用权），再把文件上传到这里，我就可以剪辑。"),
    # following a thing that is not a face ("track the ball and keep it centered"): only faces are
    # followed
    (TRACKED + "|" r"\b(?:track|follow)(?:s|ing|ed)?\s+(?:the |a |my |that |this )?"
     r"(?:ball|car|dog|cat|player|object|bird|"
     r"bike|puck|animal|horse|drone|plane|runner|kid|child|skater|surfer)s?\b|"
     r"(?:跟踪|跟随|追踪)\s*(?:这个|那个)?\s*(?:球|车|狗|猫|球员|物体|鸟)",
     "I can only follow a face when I crop — I can't track other objects. I can crop to a face (e.g. "
     "“make it 9:16 following the speaker”) or centre the crop.",
     "裁剪时我只能跟随人脸，没法追踪其他物体。可以说“竖屏，跟着人脸”，或者居中裁剪。"),
    # drawing on the picture and cropping to one region of it (after the tracked mark, which says more)
    (repair.DRAWN, *repair.DRAWN_REPLY),
    (repair.REGION_CROP, *repair.REGION_CROP_REPLY),
    # subtitles or text that are part of the footage (burnt in) cannot be taken out of the picture
    (_BURNT_IN,
     "I can't remove subtitles or text that are part of the footage (burnt in) — I can crop that strip out "
     "(reframe, e.g. “make it 4:5”) or cover it with a box of text of your own.",
     "画面里原本就有的（压制进去的）字幕我去不掉——可以把那一条裁掉（换画幅，比如“改成4:5”），"
     "或者用自己的文字盖住。"),
    # one kind of sound out of the mix (breaths, coughs, a dog): no separation model here
    (_ONE_SOUND,
     "I can't pick single sounds (breaths, coughs, clicks, a barking dog) out of the audio — I can reduce "
     "steady background noise (“denoise”), lower or mute the audio, or cut the part where it happens.",
     "没法从声音里单独去掉某一种声音（呼吸声、咳嗽、键盘声、狗叫）——可以降噪（去除持续的底噪）、"
     "调低或静音，或者把那一段剪掉。"),
    (VOCALS,
     "I can't take the voice out of a song (or pull out one instrument) — there is no model here that "
     "separates "
     "them. I can lower, mute or fade the song, or use an instrumental version you upload as the background "
     "music.",
     "我没法把歌里的人声（或某一种乐器）单独去掉——这里没有分离音轨的模型。可以把歌调小、静音或淡出，或者上传伴奏版当背景音乐。"),
    (AUTOTUNE,
     "I can't correct pitch (autotune) — there is no pitch model here. I can even out the loudness "
     "(“normalize "
     "the audio”), denoise, change the volume or cut the parts you don't like.",
     "我没法修音准（自动调音）——这里没有音高校正的模型。可以统一响度（“响度标准化”）、降噪、调音量，或者把不满意的部分剪掉。"),
    (LOOK_CHANGED,
     "I can't change how one thing in the picture looks (make paint glossier, take marks, scratches or "
     "stains off it) — there is no model here that edits inside the picture. I can change the colour of the "
     "whole video (e.g. “contrast 1.2, saturation 1.2”), crop closer, or cut the shots where it shows.",
     "我没法改变画面里某样东西的样子（让漆面更亮、去掉上面的划痕、污渍）——这里没有能修改画面内容的模型。可以"
     "整体调色（比如“对比度1.2，饱和度1.2”）、裁得更近，或者把出现它的镜头剪掉。"),
    (OBJECT_GONE + "|" + RECOLOUR + "|" + THING_SWAP,
     "I can't remove or change things inside the picture (signs, objects, people, their colour) — only cut, "
     "frame, colour and overlay the footage. I can cut the shots where it shows, crop it out of the frame, "
     "or "
     "cover it with a text box or your logo.",
     "我没法去掉或修改画面里的东西（牌子、物体、人、它们的颜色）——只能剪辑、调整画幅和颜色、叠加内容。可以把出现它的"
     "镜头剪掉、用裁剪把它裁出画面，或者用文字框、台标盖住。"),
    # room echo / reverb: the denoiser removes steady noise, not echo
    (r"\b(?:remove|reduce|get rid of|cut|fix|kill|clean up)\s+(?:the |that |all the |some )?(?:room )?"
     r"(?:echo|reverb|reverberation)\b|去(?:掉|除)?\s*(?:房间)?(?:回声|混响)|(?:回声|混响)\s*(?:去掉|消除|太大)",
     "I can't remove echo or reverb — the noise reduction here removes steady background noise (hiss, hum), "
     "not echo. Say “denoise the audio” to try that.",
     "回声和混响我去不掉——这里的降噪只能去除持续的底噪（嘶嘶声、嗡嗡声），去不了回声。可以说“降噪”试试。"),
]
# the refusals that say imagery would have to be made ("I can't generate new imagery …"): a plan that edits
# never carries one unless a clause of its own asks for something to be made
IMAGERY_REFUSALS = {(pattern, en) for pattern, en, _ in REFUSALS
                    if en.startswith("I can't generate new imagery")}
IMAGERY_REPLIES = {reply for _, en, zh in REFUSALS if en.startswith("I can't generate new imagery")
                   for reply in (en, zh)}
# the words that ask for something to be made or brought into the picture
_MAKING = (r"\b(?:add|put|insert|make|generate|create|animate|draw|give|want|need|turn|use|bring|throw|stick|"
           r"drop|place|include|show|have|get|do|replace|swap|change|transform|overlay|superimpose|comp|"
           r"photoshop|film|shoot|render|produce|design|build|paint|sketch|can|could|would|like|let|wish|"
           r"pls|please)\b|加|添|放|生成|画|变成|换成|做|弄|整|搞|来|要|合成|[pP]\s*(?:上|个|一)")


def imagery_asked(clauses: list[str]) -> bool:
    """Whether some clause asks for imagery to be made ("and add a dragon", "生成一段航拍"): a clause that
    only names what a part shows ("the dog shake") asks for nothing."""
    for clause in clauses:
        if re.fullmatch(_NAMED_AFTER, clause):
            continue
        if any(re.search(pattern, clause) for pattern, _ in IMAGERY_REFUSALS) and re.search(_MAKING, clause):
            return True
    return False


# Requests that are impossible as a whole: the refusal is the reading, even where a detector found an edit
# in some of the words ("add a voiceover saying welcome" is no text overlay; "a sunset timelapse from
# nothing" is no speed change).
EXCLUSIVE = (repair.PICTURE_REPAIR + "|" + repair.TAPE_DAMAGE + "|" + repair.SHARPENED + "|" +
             repair.STABILISED + "|" + repair.SEGMENTED + "|" + repair.ONE_VOICE + "|" +
             repair.FIND_IN_PICTURE + "|" +
             repair.KEEP_SILENCES + "|" + repair.CREATURE_ADDED + "|" +
             repair.REGION_CROP + "|" + repair.STILL_LAPSE + "|" + repair.FOOTAGE_MADE + "|" +
             repair.PITCH + "|" + repair.DUBBED + "|" +
             VOICE_MADE + "|" + VOICE_IMITATED + "|" + AI_ALTER + "|" + STILLS_MOVE + "|" + AI_NARRATION +
             "|" + THING_SWAP + "|" + STREAM_CHAT + "|" + WARMTH + "|" + SCROLLING_TEXT +
             "|" + MARK_OFF + "|" + STAMP_OFF + "|" + MOTION_CUT + "|" + FACE_HIDDEN + "|" + MUSIC_IN_SCENE +
             "|" +
             # "能把他P掉吗": P掉 (photoshopped out) is always a change inside the picture
             r"(?<![a-z])p\s*(?:掉|走|没)|\bphotoshop\w*\s+(?:\w+\s+){0,2}?out\b|" +
             r"\bgenerate\s+(?:some\s+|me\s+)?(?:[\w-]+\s+)?(?:b-?roll|stock footage|footage|scenery|images?|"
             r"pictures?|animations?|shots?)\b|" + _BURNT_IN + "|" + _ONE_SOUND + "|" + _NO_EFFECT + "|" +
             LINK + "|" +
             BEAT_SYNC + "|" + PEOPLE_ON_BEAT + "|" +
             VOCALS + "|" + STEMS + "|" + AUTOTUNE + "|" + DEPTH_BLUR + "|" + OBJECT_GONE + "|" +
             LOOK_CHANGED + "|" + RECOLOUR +
             "|" + RECOLOUR_OWN + "|" + SELECTIVE_COLOUR + "|" +
             COLORIZE + "|" +
             SFX + "|" +
             FRAMES_MADE + "|" + TRACKED + "|" + WORN_ADDED + "|" + MULTICAM + "|" + FROM_TOPIC + "|" +
             r"\bgenerate (?:a|an|some|new|me)\s+(?!(?:\w+\s+)?(?:subtitles?|captions?|transcripts?|srt|vtt|"
             r"thumbnails?|gifs?|previews?|versions?|exports?)\b)|"
             r"脸\S{0,2}瘦|瘦\S{0,2}脸|磨\S{0,2}皮|美白|\bslim(?:mer)?\s+(?:down\s+)?(?:my|his|her|the)\s+face|"
             r"\b(?:replace|change|swap)\s+(?:my|the|our|his|her)\s+background\b(?!\s+(?:music|song|track|"
             r"audio|sound|noise))|" + BACKGROUND_SWAP + "|" + DETAIL + "|" + NO_FOOTAGE + "|"
             r"\bblur (?:out )?(?:the |their |his |her |all |that )?(?:\w+\s+)?(?:licen[cs]e plates?|number "
             r"plates?)\b|"
             r"(?<![\w.])8\s*k\b|4320\s*p\b|\binterpolat\w*|\boptical[\s-]?flow\b|补帧|插帧|"
             r"\b(?:make|change|turn) (?:my|his|her|their|the) voice\b"
             r"(?!\s+(?:sound\s+)?(?:like\s+(?:an?\s+)?)?" + VOICE_BETTER +
             ")|"
             r"(?<!\bi )(?<!\bim )(?<!\bi'm )(?<!\bmakes me )(?<!\bmade me )(?<!\bmaking me )(?<!\bit )"
             r"\bsound like an? (?:woman|man|girl|boy|robot|chipmunk|child|kid)\b|变声|"
             r"生成\s*(?:\d+\s*(?:个|段|张))?\S{0,30}?(?:画面|图片|动画|视频|镜头|航拍|素材|片段)|帮我生成|"
             r"\btranslat\w*\b" + repair.CREDIT_BY + r"|翻译|" + _OWN + r"\bvoice[\s-]?over\b|" + _OWN +
             r"\bnarrat(?:e|ion|or)\b|"
             r"\btext[\s-]to[\s-]speech\b|\btt"
             r"s\b|\bdub(?:bing|be"
             r"d)?\b" + repair.CREDIT_BY + r"|"
             r"\bfrom (?:nothing|scratch)\b|凭空|无中生有|\b(?:ai|用\s*ai)\s*(?:帮我)?\s*生成|" +
             DUB_ASKED + "|"
             r"配\s*(?:个|段|一段|下|一下|上)\s*音(?![乐频量效])|"
             # ("旁白的音量大一点": the narration there is, made louder - not narration to make)
             r"旁白(?!\S{0,3}?(?:的)?\s*(?:音量|声音|大一?点|小一?点|大声|小声|调大|调小|调高|调低|响一?点|轻一?点))|"
             r"\b(?:remove|erase|delete|get rid of|take out|paint out)\s+(?:the|that|those|these|this|a)\s+"
             r"(?!(?:\w+\s+)?(?:music|song|bgm|audio|sound|noise|hum|hiss|text|titles?|subtitles?|captions?"
             r"|words|"
             r"silences?|pauses?|gaps?|dead|first|last|end|beginning|start|intro|outro|middle|clips?|segmen"
             r"ts?|"
             r"parts?|sections?|bits?|black|frames?|ums?|filler|logo|watermark|crossfades?|transitions?|fad"
             r"es?|"
             r"version|edit|change)\b)(?:[\w-]+\s+){0,3}?(?:from|in|out of|off)\s+(?:the\s+)?(?:\w+\s+){0,3}?"
             r"(?:sky|shot|picture|photo|image|frame|background|scene|footage|corner)\b")


def exclusive_refusal(text: str) -> bool:
    return re.search(EXCLUSIVE, text) is not None


_DESTINATION = (r"\b(?:to|on|onto)\s+(?:my\s+|our\s+|the\s+)?(?:youtube|tiktok|instagram|facebook|twitter|"
                r"vimeo|reels|shorts|snapchat)(?:\s+(?:channel|account|page|story|feed|profile))?\b|"
                r"(?:发到|上传到|发布到|传到|分享到)\s*(?:我的)?\s*(?:抖音|快手|b站|小红书|视频号|微博|youtube|tiktok)")


# the best parts, said in Chinese: "精彩的地方", "高光时刻", "最好看的片段"
_BEST_ZH = r"(?:最)?(?:精彩|好看|亮眼|高光)(?:的)?\s*(?:片段|部分|地方|瞬间|时刻|镜头|内容)"
_PICKED_BY_TASTE = (r"\b(?:make|create|cut|edit|put together|give)\s+(?:me\s+|us\s+)?(?:an?\s+)?(?:\w+\s+)?"
                    r"highlights?(?:\s+(?:reel|video|clip|montage|compilation|edit|version))?\b|"
                    r"\bhighlights?\s+(?:reel|video|montage|compilation)\b|"
                    r"\b(?:just\s+)?(?:the\s+)?best (?:parts|moments|bits|shots|clips)\b|"
                    # "pull the best plays out of this vod into a montage": the best of a game or a sport
                    r"\b(?:the|my|our|his|her|their|all)\s+(?:best|top|sickest|craziest|coolest|greatest|"
                    # ("my best roblox plays", "our top fortnite kills": the game or sport named between)
                    r"nicest|cleanest|biggest)\s+(?:[\w'-]+\s+){0,2}?(?:plays|goals|kills|frags|rallies|saves|"
                    r"tricks|dunks|"
                    r"points|shots|jumps|runs|catches|tackles|hits|combos|clutches)\b|"
                    # "open on my strongest line and cut everything that doesnt earn its place"
                    r"\b(?:my|the|our)\s+(?:strongest|best|weakest|funniest|most \w+)\s+(?:line|moment|part|"
                    r"bit|shot|take|clip)s?\b|"
                    r"\b(?:cut|remove|drop|lose|trim)\s+(?:out\s+)?(?:everything|anything|"
                    r"all the (?:stuff|bits|parts))"
                    r"\s+(?:that\s+)?(?:doesn'?t|doesnt|isn'?t|isnt|don'?t|dont)\s+[^,;.]+|"
                    # "clip out the key moments from the stream", "把直播里的重点片段截出来": which parts
                    # matter is the person's call
                    r"\b(?:the\s+)?(?:key|important|main|juicy|interesting|good|funny|funniest|"
                    r"highlight)\s+(?:parts|moments|bits|clips|segments|sections)\b|"
                    r"(?:重点|精华|关键|重要的?|有用的?|干货)\s*(?:片段|部分|内容|镜头|时刻)|"
                    # "做个高光集锦 精彩的地方都留下", "只留精彩片段": the highlights kept or made into a
                    # reel, which parts is the person's call ("慢放精彩的地方" is one part edited:
                    # vague_part asks)
                    r"(?:高光|精彩|好看)(?:的)?\s*(?:集锦|合集|剪辑)|"
                    # "把我玩原神最秀的操作剪成一个集锦": the best plays made into a reel
                    r"最(?:秀|强|帅|燃|牛|精彩|好看|厉害|高光)(?:的)?\s*(?:几个|几段|几次|那些|一些)?\s*(?:操作|镜头|片段|瞬间|时刻|进球|击杀)"
                    r"\S{0,10}?(?:集锦|合集|混剪|剪成|拼成|拼起来)|"
                    # "帮我剪几段精彩的出来发快手", "挑几个好看的镜头": a few of the best, with no noun or
                    # a count before it - which ones is still the person's call
                    r"(?:剪|挑|截|选|弄|找|拿)\s*(?:出)?\s*(?:几|一些|些|一两|两三)\s*(?:段|个|处)?\s*(?:最)?"
                    r"(?:精彩|好看|高光|有意思|有趣|好玩|搞笑)(?:的)?\s*(?:片段|部分|地方|镜头|瞬间)?\s*(?:出来)?|"
                    r"(?:只(?:留|要|保留)?|留下?|保留|挑出?|剪出|截出)\s*(?:所有|全部)?\s*(?:的)?\s*" +
                    _BEST_ZH + "|" +
                    _BEST_ZH + r"\s*(?:都|全|全部)?\s*(?:留|保留|剪出来|挑出来|截出来|拿出来|拼)")


def taste_rule(c: Clause) -> list[Hit]:
    """ "make me a highlight reel out of this", "just the best moments": which moments are the best is the
    person's call - asked, with what can be done once they say."""
    # "move the third clip to the start, it's the best shot of the kitchen": the person's own judgement of a
    # clip they named, given as the reason - nothing is left for me to judge
    judged = (r"\b(?:it|that|this|which|these|those|they|c|b|clip\s*\w*)\s*(?:'s|'re|’s|s|is|are|was|were|"
              r"has|have)\s+(?:(?:really|just|by far|definitely|easily|probably|so|actually)\s+)?"
              r"(?:(?:the|my|our)\s+)?$|\bits\s+(?:the\s+|my\s+)?$|\bthats\s+(?:the\s+|my\s+)?$|"
              # "a 10 sec teaser from the end, the finale is the best bit": a part they named, judged by them
              r"\b(?:the|that|this|my|our)\s+[a-z'-]+\s*(?:'s|’s|is|was)\s+"
              r"(?:(?:really|just|by far|definitely|easily|probably|so|actually)\s+)?$|"
              # "the first 10 sec and 0:40-0:50 are the good bits, keep only those": the times said are theirs
              r"§\d+§\s*(?:'s|'re|’s|s|is|are|was|were)\s+(?:(?:really|just|by far|definitely|all)\s+)?"
              r"(?:(?:the|my|our)\s+)?$")
    # "add subtitles so the kids can find the key parts when they rewatch", "方便以后找到重点片段": the
    # parts someone else finds, said as what the edit is for - nothing is picked
    found = (r"(?:\b(?:find|spot|locate|jump to|skip to|get to|go back to|see|catch|review|revisit|rewatch|"
             r"remember|follow|focus on|study)\s+(?:\w+\s+){0,2}|"
             r"(?:找|找到|定位|看到|复习|回看|回顾|记住)\s*)$")
    m = next((x for x in re.finditer(_PICKED_BY_TASTE, c.text) if not re.search(judged, c.text[:x.start()])
              and not re.search(found, c.text[:x.start()])), None)
    if not m:
        return []
    rx.search(re.escape(m.group(0)), c.text[m.start():])
    rx.search(r"\b(?:out of|from|of)\s+(?:this|it|the (?:video|footage|clip))\b", c.text)
    return [Hit(m.start(), question=(
        "要保留哪些片段？哪段精彩、哪段是重点我没法自己判断——告诉我要保留的时间（比如“保留0:05-0:10和"
        "0:30-0:40”），我就把它们拼起来，还可以加音乐、改成竖屏。" if c.zh else
        "Which moments should it keep? I can't judge the best or key parts myself — tell me the times (e.g. "
        "“keep 0:05-0:10 and 0:30-0:40”) and I'll join them; I can also add music and make it 9:16."))]


_RAMP = (r"\bvelocity(?:\s+(?:edit\w*|thing|effect|style|transition))?\b|\bspeed[\s-]?ramp\w*|曲线变速|"
         r"(?:速度|变速)曲线|\bspeed[\s-]?curves?\b|"
         r"变速卡点")


def ramp_rule(c: Clause) -> list[Hit]:
    """ "do the velocity thing on my kickflip", "speed ramp the jump": a speed ramp, with no part said - which
    part slows down is asked (a part can get its own speed here; a ramp timed to the beat is refused)."""
    m = rx.search(_RAMP, c.text)
    if not m or re.search(BEAT_SYNC + r"|\bbeat drops?\b|\bon the (?:beat|drops?)\b|\bdrops?\b|鼓点|节拍",
                          c.ctx.raw.lower()):
        return []
    rx.search(r"\b(?:do|make|give|add|try|put)\s+(?:it\s+|me\s+)?(?:the|a|an|that|this|some)?\s*"
              r"(?:[\w-]+\s+)?$|做个?|来个?|加个?|弄个?", c.text[:m.start()])
    return [Hit(m.start(), question=(
        "曲线变速就是先快、到关键动作时放慢、再加速。这里做不了平滑的曲线，但可以给一段单独变速——放慢哪一段？"
        "比如“第3秒到第5秒放慢到0.5倍”。" if c.zh else
        "A velocity edit is a speed ramp: fast, slow on the key moment, then fast again. I can't ramp "
        "smoothly, but I can give one part its own speed — which part should slow down? E.g. “slow down "
        "0:03-0:05 to half speed”."))]


def hedged_rule(c: Clause) -> list[Hit]:
    """ "something w transitions maybe? idk", "加点转场什么的？不知道": a topic named with doubt all around
    it - nothing is asked for yet, so what to do with it is asked, with the words that do it here."""
    m = rx.search(HEDGED_TOPIC, c.ctx.raw.strip().lower())
    if not m:
        return []
    topic = (m.group("en") or m.group("zh") or "").strip()
    for x in re.finditer(r"\S+", c.text):  # every word of it is the doubt or its topic
        rx.search(re.escape(x.group(0)), c.text)
    op = named_operation(topic) or closest_operation(topic)
    if op is None or op not in CATALOGUE:
        return [Hit(0, question=QUESTIONS["generic"][1 if c.zh else 0])]
    example = _ZH_ASK.get(op) if c.zh else CATALOGUE[op].example
    return [Hit(0, question=(
        f"想对“{topic}”做什么？比如说“{example}”，我就去做。" if c.zh and example else
        f"What would you like with {topic}? For example say “{example}” and I'll do it."))]


# "我要一个20秒的版本发朋友圈", "a 20 second version to post on instagram", "发抖音用的": where the version
# asked for is going - what it is for, not a request that I post it ("帮我发到抖音", "post it on tiktok")
_FOR_DESTINATION = (r"(?:版本|视频|片子|成片|短片|的)\s*(?:拿去|用来|好|要)?发\s*(?:个)?\s*"
                    r"(?:朋友圈|抖音|快手|小红书|微博|b\s*站|视频号|微信|群里?)\s*(?:上)?\s*(?:用|的|吧)?|"
                    r"\bto\s+(?:post|upload|share|put)\s+(?:it\s+|this\s+)?(?:on|to|onto)\b|"
                    r"\bfor\s+(?:posting|uploading|sharing)\b|\b(?:that|so)\s+i\s+can\s+(?:post|upload|share)\b")
# "1080x1080 发朋友圈用", "竖屏 发抖音用的": "for posting on …" - what the edit is for
_FOR_USE = (r"(?:拿去|用来|好)?发\s*(?:个|到)?\s*"
            r"(?:朋友圈|抖音|快手|小红书|微博|b\s*站|视频号|微信群|群里)\s*"
            r"(?:上)?\s*用(?:的)?(?![^，,。；;！!？?]*(?:帮我|替我|你来|直接))")
_ASKED_TO_POST = (r"帮我|替我|给我发|直接|你来|(?:剪|弄|做|改)(?:完|好)|完了|好了|之后|以后|然后|定时|"
                  # "schedule this to post on tiktok 6pm tomorrow": a post at a set time, asked of me
                  r"\bschedul\w*|\bauto[\s-]?post\w*|\bqueue (?:it|this) up\b|"
                  r"\b(?:you|u)\s+(?:to\s+)?(?:post|upload|share|publish)|"
                  r"\b(?:then|and|also|pls|please)\s+(?:post|upload|share|publish)\b")


# the upload named in a reason given after the edit ("so the upload doesnt take forever", "since uploading
# is slow"): said as why, never asked of me
_UPLOAD_WHY = (r"\b(?:so(?: that)?|because|since|cause|cuz|coz|bc)\s+(?!(?:you|u)\b)(?:[\w']+\s+){0,4}?"
               r"(?:upload|post|publish|shar)\w*")


# a clause that is only a noun phrase naming what a part shows ("the dog shake", "- my horse rolling in mud",
# "(that's the cat sneeze)"): no verb of making in it
_NAMED_AFTER = (r"\s*[-–—(]*\s*(?:(?:that'?s|thats|that is|it'?s|its|this is|i\.?e\.?,?|aka|basically|"
                r"just)\s+)*"
                r"(?:the|my|our|his|her|their|a|an)\s+(?!(?:\w+\s+){0,4}?(?:add|put|insert|make|generate|"
                r"create|animate|draw|give|want|need|turn|use|with)\b)(?:[\w'-]+\s+){0,4}[\w'-]+"
                r"[\s).!]*")


# a clause that only describes the footage or judges how it looks ("the rest is me walking around the car",
# "thats just the dog running", "that filter looks awful on the dog", "后面都是我在走来走去")
_DESCRIBED = (r"^\s*(?:and\s+|but\s+|cause\s+|because\s+|since\s+)?(?:the\s+)?"
              r"(?:rest|remainder|other (?:part|"
              r"bits?|stuff)|everything else|after that|before that|the others?)\s+"
              r"(?:of it\s+)?(?:is|are|'s|s|"
              r"was|were)\b|"
              r"^\s*(?:and\s+|but\s+|cause\s+|because\s+|since\s+)?"
              r"(?:that'?s|thats|that is|it'?s|its|this is|"
              r"they'?re|theyre|those are)\s+(?:just\s+|only\s+|all\s+|mostly\s+)?(?:me|us|him|her|them|my|"
              r"our|his|the|a|an)\b|"
              r"\b(?:looks?|looked|looking|seems?|is|was|are)\s+"
              r"(?:so\s+|really\s+|kinda\s+|kind of\s+|a bit\s+|"
              r"pretty\s+|too\s+|super\s+)?(?:awful|bad|terrible|horrible|ugly|weird|wrong|gross|cheesy|"
              r"strange|odd|fake|cringe\w*|meh|off)\b|"
              # "saturation up to 1.3, the fish look dull": what is filmed, said to look a way - the reason
              r"^\s*(?:and\s+|but\s+|cause\s+|because\s+|since\s+|as\s+|cuz\s+|coz\s+)?(?:the|my|our|his|"
              r"her|their|those|these|this|that|all the)\s+(?:[\w'-]+\s+){0,2}?(?:looks?|looked|seems?|"
              r"seemed|appears?|is|are|was|were|look like)\s+(?:so\s+|really\s+|kinda\s+|kind of\s+|a bit\s+|"
              r"a little\s+|pretty\s+|too\s+|super\s+|very\s+|quite\s+|all\s+|way too\s+)?(?:dull|flat|"
              r"washed[\s-]?out|pale|gr[ae]y|dark|dim|faded|muddy|murky|boring|lifeless|bland|hard to see|"
              r"barely visible|tiny|small|blurry|lost|invisible|orange|yellow|green|blue|red|purple|"
              r"colou?rless|drab|dead|sad)\b|"
              r"^\s*(?:后面|剩下|其余|其他)的?\s*(?:都|全)?\s*是")
# "cut 0:03-0:15, the dog was misbehaving", "trim the end, my cat kept jumping on the table", "it started to
# rain": what happened while filming, said in the past as the reason for the edit - an animal, the rain or
# fireworks named there are no imagery asked for
_HAPPENED = (r"^\s*(?:and\s+|but\s+|cause\s+|because\s+|since\s+|as\s+|cuz\s+|coz\s+|bc\s+|when\s+)?"
             r"(?:(?:the|my|our|his|her|their|that|this|a|an|some|one of the)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+|"
             r"it|he|she|they|we)\s+(?:just\s+|suddenly\s+|totally\s+|always\s+|also\s+|then\s+)?"
             r"(?:was|were|wasn'?t|weren'?t|kept|started|began|got|went|had|did|didn'?t|wouldn'?t|couldn'?t|"
             r"ran|came|fell|flew|ate|bit|broke|took|left|sat|stood|hid|[a-z]{2,}ed)\b|"
             # "every trip i film the client landing the fish (this clip)": what the person films - the
             # footage told of, no imagery asked for
             r"\b(?:i|we)\s+(?:always\s+|usually\s+|just\s+|normally\s+)?(?:film|filmed|shoot|shot|record|"
             r"recorded|capture|captured|vlog|vlogged)\b")
# "make my cat black and white", "把我的猫变成黑白": the video's subject (a pet, a person, the wedding) made
# black and white is the whole picture in black and white - no one thing recoloured
_SUBJECT_BW = (r"\b(?:make|turn|put|change|have)\s+(?:my|our|the|his|her|their)\s+"
               r"(?:little\s+|old\s+|new\s+)?"
               r"(?:cats?|kittens?|kitty|dogs?|puppy|puppies|pets?|baby|babies|kids?|son|daughter|grandma|grandpa|"
               r"grandparents|mom|mum|dad|parents|family|wife|husband|boyfriend|girlfriend|wedding|friends?)"
               r"(?:'s\s+(?:video|clip|footage))?\s+(?:(?:into|in|to)\s+)?(?:black\s*(?:and|&|n)\s*white|b\s*&\s*w|"
               r"b/w|gr[ae]y\s*scale|monochrome)\b|"
               r"把\s*(?:我的|我家|我们家)?\s*(?:猫|猫咪|狗|狗狗|宝宝|孩子|奶奶|爷爷|宠物)(?:的视频)?\s*"
               r"(?:变成|弄成|调成|改成|做成)\s*黑白")


# the music track said to be all that stays ("只留背景音乐", "just keep the music")
_MUSIC_KEPT_ALONE = (r"(?:只|就|仅)\s*(?:留|留下|留着|要|剩|剩下|听|保留)\s*(?:个|着|下)?\s*"
                     r"(?:背景)?(?:音乐|配乐|bgm)|"
                     r"\b(?:keep|leave|want|hear)\s+(?:just|only)\s+(?:the\s+)?(?:background\s+)?(?:music|bgm|song)\b|"
                     r"\b(?:just|only)\s+(?:keep|leave|want|hear)\s+(?:the\s+)?(?:background\s+)?(?:music|bgm|song)\b")


def refusal_rule(c: Clause) -> list[Hit]:
    if re.search(r"\b(?:srt|vtt|sidecar|(?:subtitle|caption|separate|text) file)\b[^.]*\binstead\b",
                 (c.ctx.raw or "").lower()) and re.search(r"\b(?:burn(?:ed|t)|baked|"
                                                          r"hard[\s-]?coded)[\s-]*(?:in\s+)?"
                                                          r"(?:subtitles?|captions?|subs)\b", c.text):
        # "get rid of the burned in subs, i want an srt file instead": ours, wanted as a file instead
        return []
    # where it will be posted, said as what the edit is for: no request to post it (other refusals stand:
    # "blur the other kids' faces before i post it")
    purpose = False
    if rx.search(r"要发|准备发|打算发|用来发|好发|"
                 r"\bso (?:that )?(?:i|we) can (?:post|upload|share|e-?mail|send|text|whatsapp|airdrop|dm|"
                 r"message)\b|"
                 r"\b(?:i'?ll|i will|i'm going to) (?:post|upload|share)", c.text):
        purpose = True  # what it is for ("要发朋友圈"), not a request to post it
    elif rx.search(r"(?<!你)(?:要|准备|打算|想|得|用来|好|会)\s*(?:自己\s*)?(?:再\s*)?(?:上传|传)",
                   c.text) and not re.search(r"帮我|替我|给我|你来|你去|你帮|麻烦", c.text):
        # "我要传到学校的平台上": the person's own plan for the file, not an upload asked of me
        purpose = True
    elif re.search(_FOR_DESTINATION, c.text) and not re.search(_ASKED_TO_POST, c.text):
        rx.search(_FOR_DESTINATION, c.text)
        purpose = True
    elif re.fullmatch(r"\s*(?:拿去|用来|好|(?:我|我们|客户|他|她)?(?:想|想要|要|准备|打算)(?:拿去)?)?"
                      # ("客户说太长了 想发朋友圈 前5秒剪掉": the wish to post it, told between the edits, is
                      # what the edit is for)
                      r"(?:发|传|上传)\s*(?:个|到|给)?\s*(?:我的?|我们的?)?\s*"
                      # ("分辨率降到720p 发微信群", "做个预告 传到抖音上宣传一下": where it goes next)
                      r"(?:朋友圈|抖音|快手|小红书|微博|b站|视频号|微信群|微信|群里|家族群|工作群|班级群|群)\s*"
                      r"(?:上|里)?\s*"
                      # ("剪个10秒预告 发朋友圈预热": what the post is for - to warm up, to promote)
                      r"(?:用|的|吧|用的|(?:那|这)种(?:的|感觉|风格)?)?\s*"
                      r"(?:(?:用来|拿来)?(?:预热|宣传|引流|推广|造势|种草|打广告)(?:用的?|一下)?)?\s*"
                      # ("导出个480p的 发微信省流量": why it is made small - to save data)
                      r"(?:(?:省|节省|省点|少用)\s*(?:流量|空间|内存)|方便(?:看|传|发)?)?\s*",
                      c.text) and \
            not c.ctx.raw.lstrip().startswith(c.text.strip()):
        # "弄成30秒的，发朋友圈": where it is going, said after the edit - what it is for ("剪个混剪 发朋友圈
        # 那种": the kind of video it is)
        purpose = True
    elif rx.search(r"(?:截|剪|做|弄|裁|转|改|加|压|缩|调|变|留|删|拼|合|配|切|导出|§|\d+p)"
                   r"(?![完好])[^,，;；。帮你替直登]{0,24}?"
                   # ("导出个480p的 发微信省流量", "导出来我发微信": the file made, then where the person
                   # sends it - 微信 / 群里 as much a purpose as 朋友圈)
                   r"(?:拿去|用来|好|我|我要|我再)?(?:发|传)\s*"
                   r"(?:个|到|给)?\s*(?:朋友圈|抖音|快手|小红书|微博|b站|视频号|微信群|家族群|微信|群里|工作群|班级群)",
                   c.text):
        purpose = True  # "截一段出来发朋友圈": the edit, then where it goes, in one breath
    elif (look := rx.search(r"发给\s*[^\s，,。；;！!？?发]{1,6}?\s*(?:看看|看一下|看下|看一看|瞧瞧|过目|"
                            r"审核一下|确认一下|把把关|看)", c.text)) and re.search(
            r"\S", (c.ctx.raw or c.text).split("发给")[0]) and not re.search(
            r"(?:帮我|替我|帮忙|你来|你去|你帮我|麻烦你?)\s*(?:直接|再)?\s*$", c.text[:look.start()]):
        # "导出最后15秒发给客户看看", "剪掉前3秒 发给我妈看看": who it goes to, for them to look at - the
        # person sends it (an edit said before it, in this clause or one before); a request of me to send
        # it ("帮我发给客户看看", or said alone) is still refused
        purpose = True
    elif re.search(_FOR_USE, c.text) and not re.search(_ASKED_TO_POST, c.text):
        rx.search(_FOR_USE, c.text)
        # "1080x1080 发朋友圈用", "竖屏 发抖音用的": what it is for (a size, a shape), said with "用" -
        # never a request that I post it
        purpose = True
    elif rx.search(r"\b(?:before|after|once|when|so)\s+(?:i|we)\s+(?:post|upload|share|publish|"
                   r"send)\b", c.text):
        purpose = True  # "clean this up a bit before i post it": when it will be posted
    elif rx.search(r"\b(?:not|never)\s+(?:to\s+|be\s+)?(?:post|upload|share|publish)(?:ed|ing)?\b|"
                   r"\b(?:don'?t|dont|do not|won'?t|wont|will not|can'?t|cant|cannot|shouldn'?t|mustn'?t)\s+"
                   r"(?:be\s+)?(?:post|upload|share|publish)(?:ed)?\b", c.text):
        purpose = True  # "…, the runner asked me not to post it": a post said not to happen is a reason
    elif (why := re.search(_UPLOAD_WHY, c.text)) and not re.search(
            r"\b(?:upload|post|publish|share|send)\w*|上传|发布|发到", c.text[:why.start()]):
        rx.search(_UPLOAD_WHY, c.text)
        purpose = True  # "cap it at 720p so the upload doesnt take forever": why, not a request to upload
    if rx.search(r"^\s*(?:and\s+)?(?:that'?s|thats|that is|this is|it'?s|its|which is)\s+(?:where|when|"
                 r"the (?:part|bit|moment|spot|scene) (?:where|when))\b", c.text):
        return []  # "delete 0:12–0:18, thats where the dog runs in": what the part shows, as the reason
    if rx.search(r"\b(?:i'?ll|i will|i'm going to|i am going to|i can)\b.*\b(?:later|myself|tomorrow)\b|"
                 r"我自己来|我自己|我来弄|回头再", c.text):
        return []  # "I'll do a voiceover later": what the person will do, not a request
    # "rest is me walking around the car", "that filter looks awful on the dog": what the footage shows, or
    # how it looks, said as the reason - an animal or a movement named there is no imagery asked for
    described = rx.search(_DESCRIBED, c.text) is not None or rx.search(_HAPPENED, c.text) is not None
    # "make a gif of 0:04 to 0:07, the dog shake": a bare noun phrase said after the edit names the part it
    # is about - no imagery is asked for (said alone, first, it is read as it stands)
    named_after = re.fullmatch(_NAMED_AFTER, c.text) is not None and not (c.ctx.raw or "").strip().lower(
    ).lstrip("-–—( ").startswith(c.text.strip().lstrip("-–—( ")[:12])
    subject_bw = re.search(_SUBJECT_BW, c.text)
    raw = (c.ctx.raw or "").lower()
    if (bare := rx.search(BARE_RECOLOUR, c.text)) and (thing := re.search(THING_DESCRIBED, raw)) and \
            thing.start() < (raw.find(c.text.strip()[:6]) % (len(raw) + 1)):
        # "客厅墙拍出来有点黄 给我换成纯白的": the thing described before is what is recoloured
        return [Hit(bare.start(), refusal=RECOLOUR_DESCRIBED_REPLY[1 if c.zh else 0])]
    if (gone := rx.search(BARE_ERASE, c.text)) and (thing := re.search(THING_IN_THE_WAY, raw)) and \
            thing.start() < (raw.find(c.text.strip()[:4]) % (len(raw) + 1)):
        # "前面那根电线杆挡着了 把它去掉": the thing said to be in the way before is what is erased
        return [Hit(gone.start(), refusal=next(zh if c.zh else en for pattern, en, zh in REFUSALS
                                               if pattern.startswith(OBJECT_GONE)))]
    for n, (pattern, en, zh) in enumerate(REFUSALS):
        if purpose and n == 0:
            continue
        if n == 1 and re.search(SELECTIVE_COLOUR, c.text):
            continue  # "everything except the cat black and white": the colour splash's own refusal
        if n == 1 and re.search(WORN_ADDED, c.text):
            continue  # "put sunglasses on my dog": the face filter's own refusal says why and what instead
        if n == 1 and re.search(repair.FIND_IN_PICTURE, c.text):
            continue  # "find all the times my dog appears": a search of the picture, no imagery asked for
        if described and n == 1 and not re.search(r"\bgenerat\w*|\banimat\w*|\bai\b|\badd\b|\bput\b|"
                                                  r"\bmake\b|\bturn\b", c.text):
            continue
        if named_after and (pattern, en) in IMAGERY_REFUSALS:
            continue
        if pattern == VOCALS and c.ctx.has_music and re.search(_MUSIC_KEPT_ALONE, raw) and not re.search(
                r"(?:歌|音乐|配乐|bgm|song|music|track)\s*(?:里|中|里面|里头)?\s*的\s*人声|"
                r"\b(?:of|from|out of)\s+(?:the\s+)?(?:song|music|track|bgm)\b", raw):
            # "人声去掉 只留背景音乐" with music on the timeline: the clip's own sound (the voice) goes and
            # the music track stays - a mute of the clip's sound (sound.py), nothing to separate
            continue
        if pattern == MUSIC_IN_SCENE and c.ctx.has_music and re.search(
                r"\b(?:dj|dj'?s)\s+(?:track|mix|set)\b", c.text) and not re.search(
                r"\b(?:recording|recorded|filmed|playing|blasting|audio of|out of the|from the)\b", c.text):
            # "remove the dj track" with music on the timeline: the track the person added (a DJ set as
            # the music track) - the music's own removal, nothing separated from the recording
            continue
        if pattern == OLD_FILM and re.search(r"\b(?:remov\w*|get(?:ting)? rid|clean\w*|fix\w*|repair\w*|"
                                             r"restor\w*|eras\w*|take (?:out|away|off))\b|"
                                             r"去掉|去除|修复|消除|修一下|弄掉", c.text):
            continue  # "remove the scratches and dust from the old film scan": damage repaired (repair.py)
        m = rx.search(pattern, c.text)
        if m and re.fullmatch(r"voice[\s-]?over|narrat(?:e|ion|or)", m.group(0)) and re.search(
                r"\b(?:the|my|our|his|her|their|this|that)\s+(?!(?:new|another|fresh|different|ai|robot)\b)"
                r"(?:[\w'-]+\s+){1,2}$", c.text[:m.start()]):
            continue  # "kill the background hiss on the physio voiceover": one already recorded, named
        if m and re.search(r"\b(?:is|are|was|were|'s|sounds?|sounding)\s+(?:all|just|only|mostly|basically|"
                           r"full of|nothing but|like)\s+(?:a\s+|an\s+|one\s+big\s+)?(?:\w+\s+){0,3}$",
                           c.text[:m.start()]) and not re.search(
                r"\b(?:add|put|make|give|insert|want|need|use|turn)\b", c.text):
            continue  # "the bike audio is all whoosh": what is there now, described - nothing asked for
        if m and subject_bw and m.start() < subject_bw.end() and m.end() > subject_bw.start():
            continue  # the subject in black and white: the whole picture (color_rule)
        if m and n == 0:
            # "post it to my youtube channel": the platform named is where to post, no format asked for
            rx.search(_DESTINATION, c.text)
        if m and n == 1 and (shown := rx.search(
                r"\bthe\s+(?:clips?|parts?|bits?|shots?|scenes?|sections?|moments?|segments?|ones?)\s+(?:with|where|"
                r"of|showing|that (?:has|have|shows?)|in which)\s+(?:(?:the|a|an|my|our|his|her)\s+)?$|"
                r"有\s*$", c.text[:m.start()])) and not rx.search(r"\bgenerat\w*|\banimat\w*|\bai\b", c.text):
            # "delete the clip with the dog": a part named by what it shows - which one? (nothing is seen)
            return [Hit(shown.start(), question=(
                "是哪一段？我看不到画面内容——请告诉我时间（比如“删掉0:20到0:30”）或者第几段。" if c.zh else
                "Which part is that? I can't see what's in the picture — tell me the times (e.g. “cut 0:20 "
                "to 0:30”) or which clip (first, second…)."))]
        if m and n == 1:
            about = re.search(r"\b(?:make|create|produce|edit|put together)\s+(?:me\s+|us\s+)?(?:an?|my)\s+"
                              r"(?:\w+\s+){0,3}?(?:video|clip|reel|short|tiktok|vlog)s?\s+(?:about|of|for|on|"
                              r"showing|with)\b", c.text)
            if about and m.start() >= about.end() and not rx.search(
                    r"\bfrom (?:nothing|scratch)\b|\bgenerat\w*|\banimat\w*|\bcartoon|\bai\b", c.text):
                # "make me a tiktok video about my cat": a video about what the footage shows - asked which
                # part to use, not refused as imagery to invent
                rx.search(about.re.pattern, c.text)
                return [Hit(about.start(), question=(
                    "要做什么样的视频？我可以用你上传的素材来剪、加字幕和音乐、改成竖屏——请告诉我用哪一段、要加什么。"
                    if c.zh else
                    "What should the video show? I can cut it from the footage you uploaded, add captions "
                    "and music and make it vertical — tell me which part to use and what to add."))]
        if m and pattern in (AUTOTUNE, _ONE_SOUND) and (part := re.search(_FLAWED_PART, c.text)):
            # "把我唱跑调那句删了", "cut the part where i sing off key": the flaw names the part that goes -
            # which part, asked (nothing is heard or seen here), not the repair refused
            rx.search(_FLAWED_PART, c.text)
            return [Hit(part.start(), question=(
                "是哪一段？我听不出也看不到内容——请告诉我时间（比如“删掉0:20到0:30”）。" if c.zh else
                "Which part is that? I can't hear or see what's in it — tell me the times (e.g. “cut 0:20 "
                "to 0:30”)."))]
        if m:
            return [Hit(m.start(), refusal=zh if c.zh else en)]
    return []


# a part named by a flaw in it, said to go: "唱跑调那句删了", "咳嗽那段剪掉", "cut the bit where i sing off
# key"
_FLAWED_PART = (r"(?:跑调|走调|音不准|唱错|咳嗽|打喷嚏)\S{0,2}?(?:的)?\s*(?:那|这)\s*(?:1\s*)?"
                r"(?:句|段|部分|下|里|个地方)(?:\s*(?:给我|帮我)?\s*(?:删|剪|去掉|不要|拿掉))|"
                r"\b(?:cut|delete|remove|drop|lose|trim|get rid of)\s+(?:out\s+)?(?:the|that)\s+"
                r"(?:part|bit|line|moment|section|spot|take)s?\s+(?:where|when)\b[^,;.]*?"
                r"(?:off[\s-]?key|out of tune|flat|cough\w*|sneez\w*)")


def _named_clip_span(c: Clause, text: str) -> tuple[int, int] | None:
    """The one clip a GIF or a still is said to come from ("the b clip", "of c", "c.mp4"), as its place on
    the main track (programme time); None when no single clip on the timeline is named."""
    main = next((t for t in c.ctx.draft.get("t", []) if isinstance(t, dict) and t.get("role") == "main"),
                None)
    segs = [g for g in (main or {}).get("sg", []) if isinstance(g, dict)]
    if len(segs) < 2:
        return None
    named = c.ctx.mentioned(text, "video")
    hit = re.search(r"\b(?:of|from)\s+(?:the\s+)?(?:first|last|final|opening)?\s*(?:frame\s+of\s+)?"
                    r"(?:the\s+)?(?:whole\s+|entire\s+|full\s+)?([a-z])\s*(?:clip|video|one)?\s*$", text)
    if not named and hit:
        named = c.ctx.mentioned(f"clip {hit.group(1)}", "video")
    refs = {i for _, i in segment_refs(c)} if not named else set()
    if len(refs) == 1 and 1 <= (i := refs.pop()) <= len(segs):
        # "把第二段做成gif", "make a gif of the second clip": the clip by its place
        at = sum(int(g.get("d", 0)) for g in segs[:i - 1])
        return at, at + int(segs[i - 1].get("d", 0))
    if len(named) != 1:
        return None
    found = [g for g in segs if g.get("src") == named[0][1].media_id]
    if len(found) != 1:
        return None
    at = sum(int(g.get("d", 0)) for g in segs[:segs.index(found[0])])
    rx.search(re.escape(named[0][1].name.lower().rsplit(".", 1)[0]), text)
    return at, at + int(found[0].get("d", 0))


VAGUE = (r"\bmake (?:it|this|the video) (?:better|nicer|good|great|cool|awesome|pop|cooler|more interesting|"
         r"professional|pro|engaging|viral|fun)\b|\bimprove\b|\bfix (?:it|this|the video)\b|\bedit (?:it|"
         r"this)\b|"
         r"\bdo (?:something|your thing|the thing|magic)|\bclean (?:it|this) up\b|\bpolish\b|\bspice (?:it|"
         r"this) up|"
         r"\bshorten (?:it|this)\b|\bmake (?:it|this) shorter\b|\bcut (?:it|this)(?: down| up)?\s*$|^cut$|"
         r"^trim it down$|"
         r"\bchange (?:it|this)\b|\btweak\b|\benhance\b|\bjazz\b|\bwhatever\b|优化|美化|弄好看|好看一点|"
         r"改一下|剪短|"
         r"处理一下|弄一下|剪一剪")
POLISH = (r"\b(?:pro|professional|polished|polish|amateur\w*|cinematic|magic|better|nicer|cooler|slick|"
           r"fancy|glow ?up|high[\s-]?end|premium|classy|sleek|wow|pop|energy|energetic|spice|engaging|"
           r"exciting|punchy|punchier|lively|livelier|dynamic|vibe|interesting)\b|"
           r"高级|专业|精致|大片|质感|好看|美化|优化|出彩|有感觉|魔法|业余|土|吸引人|抓人|有意思|有趣|活泼|带感")
QUESTIONS = {
    "shorter": ("How much shorter — for example \"cut the first 10 seconds\" or \"keep 0:30 to 1:45\"?",
                "要剪多少？比如“剪掉前10秒”或“保留0:30到1:45”。"),
    # "make the whole thing look more pro", "do your magic": the look is the person's call - concrete options
    "polish": ("I can't judge the look myself, but these usually make a video feel more polished: remove the "
               "pauses and filler words, even out the sound (“normalize the audio”, “denoise”), add "
               "captions, a "
               "title and fades, and brighten it a little. Which of these shall I do?",
               "效果好不好我没法自己判断，但这些通常能让视频更精致：去掉停顿和口头禅、统一音量（“响度标准化”）、"
               "降噪、加字幕、标题和淡入淡出、稍微调亮一点。要做哪几项？"),
    # "加个特效", "add some effects": which effect is not said - the ones there are, offered
    "effect": ("Which effect? I can do fades in and out, transitions between clips (e.g. a crossfade), slow "
               "motion or speed-ups, freeze frames, black and white or stronger colour, and text on screen — "
               "tell me which, and where.",
               "加什么效果？我能做：淡入淡出、片段之间的转场（比如叠化）、慢动作或加速、定格、黑白或更鲜艳的颜色、"
               "画面文字——告诉我要哪种、加在哪里。"),
    # "画面上整几个字上去", "add some text": text asked for without the words - which words, asked
    "text": ("What should the text say — and when? For example “add text 'Summer 2024' at 0:02 for 3 "
             "seconds”.",
             "写什么字、放在哪几秒？比如“在第2秒加文字‘夏日旅行’，显示3秒”。"),
    "generic": ("What would you like me to change — for example trim it, add subtitles or music, or make it "
                "9:16 for TikTok?",
                "你想怎么改？比如剪掉开头、加字幕或音乐，或者改成竖屏9:16。"),
}


# "两边裁掉", "crop the sides off": the sides cut from the picture - to which shape is the question
_SIDES = (r"(?:两边|两侧|左右(?:两边|两侧)?|边上|四周)\s*(?:的)?\s*(?:都)?\s*(?:裁|切|剪)|"
          r"(?:裁|切|剪)(?:掉|去)?\s*(?:两边|两侧|左右)|"
          r"\b(?:crop|cut|chop|trim)\s+(?:off\s+)?(?:the\s+)?(?:left and right\s+)?sides?\b|"
          r"\bsides?\s+(?:cropped|cut)\b")
# "everything after the 4 sec mark" said alone: a stretch named, nothing said to do with it
_BARE_STRETCH = (r"^\s*(?:and\s+|just\s+|then\s+)?(?:everything|anything|all|the (?:rest|part|bit|stuff))\s+"
                 r"(?:(?:that\s+)?(?:comes?\s+)?)?(after|past|from|before|until|up to)\s+(?:the\s+)?§(\d+)§"
                 r"(?:\s*(?:second\s+|sec\s+)?mark)?(?:\s+on(?:wards?)?)?\s*[.?!…]*\s*$|"
                 r"^\s*(?:把)?§(\d+)§\s*(之后|以后|后面|往后|之前|以前|前面)\s*的?\s*"
                 r"(?:部分|内容|那段|那部分|全部)?\s*[。？！…]*\s*$")
# "the music should cover the original sound": over it, or instead of it - asked
_MUSIC_OVER_ORIGINAL = (r"(?:\bmusic|\bsong|\bbgm|\btrack|音乐|配乐|歌)[^,;，；。]{0,30}?"
                        r"(?:\bcover|\bdrown|\bovers?power|\breplace|\bbury|\bmask|"
                        r"盖过|盖住|覆盖|压过|替换|代替|取代)[^,;，；。]{0,20}?"
                        r"(?:\boriginal|\bthe (?:sound|audio|voices?|talking|noise)|\bit\b|"
                        r"原声|原来的声音|原音|原视频的声音|人声|声音)")


def vague_question(text: str, zh: bool) -> str:
    if rx.search(_SIDES, text):
        return ("两边裁掉成什么比例——竖屏9:16（抖音/快手）、1:1方形，还是4:5（小红书/Instagram）？" if zh else
                "Crop the sides to which shape — 9:16 vertical (TikTok/Reels), 1:1 square, or 4:5 "
                "(Instagram feed)?")
    bare = re.search(_BARE_STRETCH, text, re.IGNORECASE)
    if bare:
        word = (bare.group(1) or bare.group(4) or "").lower()
        at = clock(int(bare.group(2) or bare.group(3)))
        after = word in ("after", "past", "from", "之后", "以后", "后面", "往后")
        if zh:
            part = f"{at} 之后" if after else f"{at} 之前"
            other = f"剪掉 {at} 之前的部分" if after else f"剪掉 {at} 之后的部分"
            return f"{part}的部分要怎么处理——只保留这部分（{other}），还是把它删掉？"
        part = f"after {at}" if after else f"before {at}"
        keep = f"cut everything before {at}" if after else f"end the video at {at}"
        return f"Everything {part} — keep only that ({keep}), or remove it?"
    if rx.search(_MUSIC_OVER_ORIGINAL, text):
        return ("音乐是要替换原声（把原视频的声音静音），还是叠在原声上、"
                "把原声调小（比如调到20%）？" if zh else
                "Should the music replace the original sound (mute the original audio), or play over it with "
                "the original turned down (e.g. to 20%)?")
    if rx.search(SLOW_COMPLAINT + r"|节奏\s*(?:有点|太|很|好)?\s*(?:慢|拖)", text):
        return ("节奏要怎么快一点——整体加速（比如1.25倍），"
                "还是剪掉停顿和空白（“去掉停顿”）？也可以告诉我哪段要剪。" if zh else
                "A quicker pace how — play it faster (e.g. 1.25×), or cut the pauses and dead air "
                "(“remove the pauses”)? Or tell me which part to cut.")
    if rx.search(r"裁剪|\bcrop\b", text) and not rx.search(r"§", text):
        return ("是要剪掉一部分时长（比如“剪掉开头5秒”），还是裁切画面（比如“改成竖屏9:16”）？" if zh else
                "Crop the picture (e.g. “make it 9:16”) or cut time out (e.g. “cut the first 5 seconds”)?")
    amount = re.search(r"§(\d+)§|(\d+(?:\.\d+)?)\s*%", text)
    if amount and re.search(r"\bcut\b|\bshort(?:er|en)\b|\btrim|\bremove|\bdelete|剪|缩短|删|去掉", text):
        said = f"{int(amount.group(1)) / 1000:g} s" if amount.group(1) else f"{amount.group(2)}%"
        said_zh = f"{int(amount.group(1)) / 1000:g} 秒" if amount.group(1) else f"{amount.group(2)}%"
        return (f"从哪里剪掉这 {said_zh}——开头、结尾，还是某一段（比如“剪掉0:20到0:30”）？" if zh else
                f"Cut {said} from where — the start, the end, or a part like “cut 0:20 to 0:30”?")
    key = "shorter" if rx.search(r"\bcut\b|\bshort(?:er|en)\b|\btrim|剪", text) else \
        "polish" if re.search(POLISH, text) else "effect" if re.search(BARE_EFFECT, text) else \
        "text" if re.search(_BARE_TEXT, text) else "generic"
    end = re.search(r"\b(?:the )?(end|ending|outro|start|beginning|intro|opening)\b|(结尾|片尾|开头|片头)",
                    text)
    if end and (key == "shorter" or rx.search(r"\b(?:remove|delete|drop|lose|skip|ditch|get rid of|chop|"
                                              r"take out)\b|删|去掉|不要|砍|拿掉", text)):
        # "trim the end a bit", "剪掉结尾", "delete the intro part", "片头不要": that end, how much
        word = end.group(1) or end.group(2)
        return end_cut_question(word in ("end", "ending", "outro", "结尾", "片尾"), zh, word)
    return QUESTIONS[key][1 if zh else 0]


# "do the thing we talked about", "按上次说的那样弄": an edit named only by an earlier talk I have no record
# of
_EARLIER_TALK = re.compile(
    r"\b(?:the (?:thing|edit|stuff|changes?|idea|plan)|what)\s+(?:we|i|you)\s+(?:talked|spoke|discussed|"
    r"chatted|agreed|said|mentioned|decided)(?:\s+(?:about|on|before|earlier|yesterday|last time))*\b|"
    r"\b(?:like|same as|as)\s+(?:we|i)\s+(?:discussed|agreed|said|talked about)\b|"
    r"\b(?:same as|like) (?:last time|before)\s*[.!]?\s*$|"
    r"(?:上次|之前|刚才|昨天|前面)\s*(?:说|聊|讲|商量|讨论|约定)(?:好)?的(?:那个|那样|那种)?|"
    r"(?:我们|咱们)\s*(?:说|聊|讲|商量|讨论)(?:好|过)?的(?:那个|那样|那种)")


def earlier_talk_question(text: str, zh: bool) -> str | None:
    """The edit named only by an earlier conversation: I have no record of it, so which edit is asked."""
    if not _EARLIER_TALK.search(text):
        return None
    return ("我这里没有之前聊天的记录——具体要怎么改？比如剪掉开头、加字幕或音乐"
            "，或者改成竖屏9:16。" if zh else
            "I don't have a record of what we talked about before — which edit was it? For example trim "
            "it, add subtitles or music, or make it 9:16 for TikTok.")
