"""A short glossary of editing terms: "what's a j-cut?", "什么是转场" answered on topic, the draft untouched.

Only a question that asks what a term means is answered here ("what's a j-cut", "what does b-roll mean",
"转场是什么意思"); "add a transition" or "what's the best frame rate" are not definitions. Each answer says
what the term is, then whether and how it is done here, in the request's language.
"""

from __future__ import annotations

from . import cached_re as re

# (term pattern over the lower-cased request, English answer, Chinese answer)
TERMS: list[tuple[str, str, str]] = [
    (r"\bj[\s-]?cuts?\b|j型剪辑|j剪辑",
     "A J-cut starts the next shot's sound before its picture appears, so you hear what comes next a "
     "moment early. Here sound and picture are cut together, so I can't make one; a crossfade between "
     "the clips (“add a crossfade between the clips”) softens the change.",
     "J-cut（J型剪辑）是下一个镜头的声音先于画面出现，观众先听到后看到。这里声音和画面一起剪，做不了 J-cut；"
     "可以在片段之间加转场（“每段之间加转场”）让衔接更柔和。"),
    (r"\bl[\s-]?cuts?\b|l型剪辑|l剪辑",
     "An L-cut lets a shot's sound carry on after the picture has moved to the next shot. Here sound and "
     "picture are cut together, so I can't make one; a crossfade between the clips (“add a crossfade "
     "between the clips”) softens the change.",
     "L-cut（L型剪辑）是画面切到下一个镜头后，上一个镜头的声音还延续一会儿。这里声音和画面一起剪，做不了 "
     "L-cut；可以在片段之间加转场（“每段之间加转场”）让衔接更柔和。"),
    (r"\bb[\s-]?roll|空镜(?:头)?|辅助镜头",
     "B-roll is extra footage shown over or between the main shot (the “A-roll”, e.g. someone talking) to "
     "illustrate what is said. Here you can show a clip over the main one (“put b.mp4 picture in picture "
     "top right”) or add clips in between (“add b.mp4 after the first clip”).",
     "B-roll（空镜/辅助镜头）是盖在主画面（比如人物讲话）上或穿插其间、用来配合内容的补充画面。这里可以把一段"
     "叠在主画面上（“把b.mp4放在右上角画中画”），或插在中间（“在第一段后面加b.mp4”）。"),
    (r"jump[\s-]?cuts?|跳剪",
     "A jump cut is a cut inside one continuous shot that skips ahead, so the picture jumps — common in "
     "talking-head videos to drop pauses. Here “remove the silences” cuts out the pauses that way.",
     "跳剪是在同一个连续镜头里剪掉一段、让画面“跳”过去，口播视频常用来去掉停顿。这里说“去掉停顿”就会这样剪。"),
    (r"transitions?|转场",
     "A transition is how one clip changes into the next: a straight cut, or an effect such as a crossfade "
     "(dissolve) or a fade through black. Here say “add a 1 second crossfade between the clips”.",
     "转场就是一个片段切换到下一个片段的方式：直接硬切，或者用叠化、淡入淡出等效果过渡。这里说“每段之间加1秒转场”"
     "就行。"),
    (r"cross[\s-]?fades?|dissolves?|叠化|交叉淡化",
     "A crossfade (dissolve) is a transition where the end of one clip fades out while the next fades in, "
     "both on screen for a moment. Here say “add a half-second crossfade between the clips”.",
     "叠化（交叉淡化）是一种转场：上一段渐渐消失的同时下一段渐渐出现，两者短暂重叠。这里说“每段之间加0.5秒叠化”"
     "就行。"),
    (r"velocity(?: edit\w*| thing)?|speed[\s-]?ramp\w*|曲线变速|变速卡点",
     "A velocity edit (a speed ramp) plays a clip fast, slows right down on the key moment — the trick, the "
     "jump, the drop — then speeds up again, usually timed to the music. Here I can't ramp the speed "
     "smoothly or find the beat, but I can give a part its own speed, e.g. “slow down 0:03-0:05 to "
     "half speed” (and “speed up 0:00-0:03 2x”).",
     "曲线变速（velocity edit）是让画面先快、到关键动作（动作、跳跃、鼓点）时放慢、之后再加速，"
     "通常配合音乐节奏。"
     "这里做不了平滑的曲线变速，也没法自动找节拍，但可以给某一段单独变速，"
     "比如“第3秒到第5秒放慢到0.5倍”。"),
    (r"(?:audio |music )?ducking|闪避|音频避让|自动避让",
     "Ducking lowers the background music automatically while someone speaks and brings it back up in the "
     "pauses, so the voice stays clear. Say “duck the music under the voice”.",
     "闪避（ducking）是有人说话时自动压低背景音乐、停顿时再恢复，让人声更清楚。说“说话的时候音乐自动变小”就行。"),
    (r"aspect ratios?|画幅|宽高比|画面比例",
     "The aspect ratio is the frame's width to its height: 16:9 is widescreen (YouTube), 9:16 is vertical "
     "(TikTok, Reels, Shorts), 1:1 is square, 4:5 is Instagram's portrait post. Say e.g. “make it 9:16”.",
     "画幅（宽高比）是画面宽和高的比例：16:9 是横屏（B站、YouTube），9:16 是竖屏（抖音、快手、视频号），"
     "1:1 是正方形，4:5 是 Instagram 竖版帖子。说“改成竖屏9:16”就行。"),
    (r"frame ?rates?|\bfps\b|帧率",
     "The frame rate is how many pictures a second the video shows (fps): 24 looks like film, 30 is usual "
     "online, 60 is smoother for fast motion. Here exports keep the clip's own frame rate.",
     "帧率是视频每秒显示多少张画面（fps）：24 帧有电影感，30 帧是网上常用的，60 帧拍快速运动更流畅。"
     "这里导出时保留素材本身的帧率。"),
    (r"bit ?rates?|码率|比特率",
     "The bitrate is how much data a second of video uses: higher looks better and makes a bigger file. "
     "Here the export picks it from the resolution; a smaller file comes from a lower resolution (“export "
     "720p”).",
     "码率是每秒视频用多少数据：越高画质越好、文件越大。这里导出时按分辨率自动选择；想要文件小一点，可以导出"
     "更低的分辨率（“导出720p”）。"),
    (r"colou?r grad(?:e|ing)|colou?r correction|\bluts?\b|调色",
     "Colour correction makes the picture look natural (exposure, white balance); colour grading then gives "
     "it a style (a LUT is a preset look). Here you can change brightness, contrast and saturation, or make "
     "it black and white, e.g. “more contrast, 1.2”.",
     "调色一般分两步：校色让画面自然（曝光、白平衡），再风格化调色给画面一种风格（LUT 是预设的风格）。"
     "这里可以调亮度、对比度、饱和度，或者改成黑白，比如“对比度调到1.2”。"),
    (r"lower[\s-]?thirds?|人名条|下三分之一",
     "A lower third is a caption in the lower part of the frame that names who is speaking or the place. "
     "Here say e.g. “add text 'Anna Li, teacher' at the bottom for the first 5 seconds”.",
     "人名条（lower third）是画面下方显示说话人姓名或地点的文字条。"
     "这里可以说“前5秒在底部加文字「李老师」”。"),
    (r"voice[\s-]?overs?|旁白|画外音",
     "A voice-over is narration recorded separately and laid over the pictures. I can't record one, but an "
     "uploaded recording can go under the video (“add voice.mp3”) with the clip's own sound turned down.",
     "旁白（画外音）是单独录好、叠在画面上的解说。我没法录音，但可以把你上传的录音加进来（“加上voice.mp3”），"
     "并把原声调小。"),
    (r"picture[\s-]?in[\s-]?picture|\bpip\b|画中画",
     "Picture-in-picture shows a second video in a small box over the main one, e.g. a webcam in a corner "
     "of a screen recording. Say “put b.mp4 picture in picture bottom right”.",
     "画中画是在主画面上用一个小窗口显示另一段视频，比如录屏角落里的摄像头画面。说“把b.mp4放在右下角画中画”"
     "就行。"),
    # ("画中画和分屏是一回事不": split screen named beside picture-in-picture must be its own term - else the
    # check reads one term and answers "the same thing", which is false)
    (r"split[\s-]?screens?|(?:左右|上下)?分屏",
     "A split screen shows two videos side by side, each taking part of the frame. I can't lay out a split "
     "screen here; the closest is picture-in-picture, a second video in a box over the main one (“put b.mp4 "
     "picture in picture bottom right”).",
     "分屏是把两个视频并排（左右或上下）放在同一个画面里，各占一部分。这里做不了分屏；最接近的是画中画，"
     "在主画面上用一个小窗口放另一段视频（“把b.mp4放在右下角画中画”）。"),
    (r"freeze[\s-]?frames?|定格",
     "A freeze frame holds one picture still for a moment before the video plays on. Say “freeze at 0:05 "
     "for 2 seconds”.",
     "定格是让某一帧画面停住一会儿，然后再继续播放。说“在第5秒定格2秒”就行。"),
    (r"loudness normali[sz]ation|\blufs\b|响度(?:标准化|归一化)?",
     "Loudness normalisation sets the whole video to a standard perceived loudness (measured in LUFS; about "
     "−14 LUFS for most platforms), so it is neither too quiet nor too loud. Say “normalize the audio”.",
     "响度标准化是把整段视频调到标准的听感响度（单位 LUFS，大多数平台约 −14 LUFS），不会太小声也不会太吵。说"
     "“响度标准化”就行。"),
    # "淡入淡出就是开头慢慢亮起来 结尾慢慢变黑 是这意思吧", "so a fade out is when it goes to black at the
    # end, right?": the fade at the ends, checked or asked (after crossfade: that one is a transition)
    (r"(?<!cross)(?<!cross-)(?<!cross )\bfade[\s-]?(?:ins?|outs?)\b|(?<!交叉)淡入(?:淡出)?|(?<!交叉)淡出|"
     r"渐显|渐隐|渐入渐出",
     "A fade in starts from black and brings the picture (and the sound) up over about a second; a fade out "
     "takes it down to black at the end. Say “fade in 1s at the start and fade out 1s at the end”.",
     "淡入是开头画面从黑慢慢亮起来（声音也慢慢起来），淡出是结尾慢慢变黑、声音慢慢收掉，一般各1秒左右。说"
     "“开头淡入、结尾淡出”就行。"),
]

_TERM = "|".join(f"(?:{p})" for p, _, _ in TERMS)
_ASKS_MEANING = re.compile(
    # ("what even is a j-cut", "what exactly is b-roll", "wtf is an l-cut": the same, with a hedge)
    rf"\b(?:what(?:'s|s| is| are)|"
    rf"what\s+(?:even|actually|exactly|really|the heck|the hell|on earth)\s+(?:is|are)|"
    rf"wtf\s+(?:is|are))\s+(?:an?\s+|the\s+)?(?:{_TERM})\s*(?:\?|$|[.!,]|mean|exactly|again|in\b)|"
    rf"\bwhat (?:does|do)\s+(?:an?\s+|the\s+)?(?:{_TERM})\s+(?:mean|stand for)\b|"
    rf"\b(?:define|meaning of|explain)\s+(?:an?\s+|the\s+|what\s+)?(?:{_TERM})\b|"
    # "explain how velocity edits work", "how do j-cuts work?", "曲线变速是怎么做的": how a term works
    rf"\bexplain\s+(?:to me\s+)?how\s+(?:an?\s+|the\s+)?(?:{_TERM})\s+(?:work|are done|is done|are made)|"
    rf"\bhow (?:do|does) (?:an?\s+|the\s+)?(?:{_TERM})\s+work\b|"
    rf"(?:{_TERM})\s*(?:是)?(?:怎么|如何)(?:做|弄|剪|实现)(?:的|出来的)|"
    rf"(?:什么是|啥是|何为|什么叫|啥叫)\s*(?:{_TERM})|"
    rf"(?:{_TERM})\s*(?:是什么|是啥|(?:是)?什么意思|(?:是)?啥意思|指(?:的是)?什么)|"
    # "so a j-cut means the sound comes first, right?", "is a j-cut when the audio starts early?", "j-cut就是
    # 声音先出来对吧": what the term means, checked - answered by what it is
    rf"\b(?:an?\s+|the\s+)?(?:{_TERM})\s+(?:means?|is\s+(?:when|where|basically|just|like|the one|about)|"
    rf"refers to|stands for)\b|"
    rf"\b(?:is|isn'?t|does|doesn'?t)\s+(?:an?\s+|the\s+)?(?:{_TERM})\s+(?:when|where|basically|just|like|"
    rf"mean|the one)\b|"
    # "so ducking = the music dips when someone talks, right?", "闪避=说话时音乐变小对吧": the term set equal
    # to what it is taken to mean, checked (never a value: "fps = 30")
    rf"(?:{_TERM})\s*(?:==?|≈|equals|is the same as|is basically)\s*(?!\s*\d)(?=\S)|"
    rf"\bdifference between\s+(?:an?\s+|the\s+)?(?:{_TERM})|"
    rf"(?:{_TERM})\s+(?:vs\.?|versus)\s+(?:an?\s+|the\s+)?(?:{_TERM})|"
    rf"(?:{_TERM})\s*(?:就是|是指|的意思是|意思是|指的是|是不是(?:指|说|就是))")


def define(said: str, zh: bool) -> str | None:
    """The glossary's answer when the request asks what an editing term means; None otherwise."""
    # ("what is the meaning of 'ducking'", "what does “b-roll” mean": the term quoted is the same term -
    # apostrophes inside words stay)
    said = re.sub(r"[\"“”‘’「」]|(?<![a-z])'|'(?![a-z])", "", said)
    m = _ASKS_MEANING.search(said)
    if m is None:
        return None
    asked = m.group(0)
    if re.search(r"\bdifference\b|\bvs\.?\b|\bversus\b|区别|不同", said):
        # "what's the difference between a j-cut and an l-cut": each term named, in the order said
        named = sorted(((x.start(), en, zh_answer) for pattern, en, zh_answer in TERMS
                        if (x := re.search(pattern, said))), key=lambda t: t[0])
        if len(named) > 1:
            return " ".join(zh_answer if zh else en for _, en, zh_answer in named[:2])
    for pattern, en, zh_answer in TERMS:
        if re.search(pattern, asked):
            return zh_answer if zh else en
    return None


def named(said: str, zh: bool) -> str | None:
    """The glossary's answer for the first editing term named anywhere in the words; None when none is."""
    found = sorted(((x.start(), en, zh_answer) for pattern, en, zh_answer in TERMS
                    if (x := re.search(pattern, said))), key=lambda t: t[0])
    return (found[0][2] if zh else found[0][1]) if found else None


# "剪映里的画中画跟你这的pip是一个意思吧", "你说的pip就是画中画吧", "is capcut's overlay basically the same as
# your picture in picture?": whether two names (another editor's, or everyday words, and this editor's) are
# one thing, checked
# ("…是一回事不 我们乐队想做个合奏的效果": what they want to make, said after the check, is why it is asked -
# no 帮 / 给我 / 把 / part of this video in it)
_WHY_AFTER_ZH = r"(?:[\s，,。]*(?:我|我们|俺们?)\S{0,6}?(?:想|要|打算|准备)[^，,。；;帮把§‹⟦\d]{1,16})?"
_SAME_ZH = re.compile(
    r"(?:跟|和|与|同)\S{1,20}?(?:是)?\s*(?:一|同一|1)\s*(?:个|回|种|码)\s*(?:东西|事|事儿|意思|功能|概念|玩意儿?)\s*"
    r"(?:吧|吗|么|嘛|呗|不|对吧|是吧|没错吧|对不对)?\s*[?？]?" + _WHY_AFTER_ZH + r"\s*$|"
    r"(?:你说的|你这的|你这里的|你这边的|你们的|这里的|这边的)\s*\S{1,12}?\s*(?:就是|其实就是|是不是就是|就相当于|"
    r"相当于)\s*\S{1,16}?\s*(?:吧|吗|么|嘛|对吧|是吧|没错吧|对不对)\s*[?？]?\s*$")
_SAME_EN = re.compile(
    r"(?=.*\b(?:your|yours|you call|here|in here|this (?:app|editor|tool))\b)"
    r"(?:^(?:(?:so|ok|okay|wait|hmm|quick q)[,\s]+)?(?:is|are|isn'?t|aren'?t)\b[^?]*\bsame\b|"
    r"\bsame (?:thing|as|feature|effect|idea|tool)\b[^?]*(?:\?|\b(?:right|yeah|yes|correct|no)\s*\??)\s*$|"
    r"\bwhat you call\b[^?]*\?\s*$)")
# another editor's name for a feature this glossary has ("overlay" is CapCut's picture-in-picture, "duck" is
# ducking)
_ALIASES = [(r"\boverlays?\b", r"picture[\s-]?in[\s-]?picture|\bpip\b|画中画"),
            (r"\bduck\b", r"(?:audio |music )?ducking|闪避|音频避让|自动避让")]


def same(said: str, zh: bool) -> str | None:
    """Whether two names are one thing, checked: yes (or not quite) with what the thing is here; None when
    the words check no such thing, or name no term of the glossary."""
    if not (_SAME_ZH.search(said) or _SAME_EN.search(said)):
        return None
    found: list[tuple[int, int]] = []  # (where named, which term)
    for i, (pattern, _, _) in enumerate(TERMS):
        found += [(x.start(), i) for x in re.finditer(pattern, said)]
        found += [(x.start(), i) for alias, term in _ALIASES if term == pattern
                  for x in re.finditer(alias, said)]
    terms = list(dict.fromkeys(i for _, i in sorted(found)))
    if not terms:
        return None
    if len(terms) == 1:  # both names are this one term
        return ("是的，是一回事。" if zh else "Yes, the same thing. ") + TERMS[terms[0]][2 if zh else 1]
    first, second = TERMS[terms[0]], TERMS[terms[1]]
    return (("不完全一样。" + first[2] + second[2]) if zh else
            ("Not quite the same. " + first[1] + " " + second[1]))
