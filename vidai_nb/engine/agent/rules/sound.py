"""Rules for sound: speed, mute, volume, background music, ducking, denoise, loudness."""

from __future__ import annotations

import dataclasses
import itertools

from vidai_nb.engine.ops import OpBase
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.base import main_track

from .. import cached_re as re
from ..defaults import (
    LOUDER,
    MILD_FASTER,
    MILD_SLOWER,
    MUSIC_FADE_MS,
    MUSIC_LOUD,
    MUSIC_QUIET,
    QUIETER,
    SLOW_DOWN,
    SLOW_MOTION,
    SPEED_UP,
)
from ..markers import reason_words
from ..reading import RECORDER, note, refer
from .common import (
    FADE_IN,
    FADE_OUT,
    IS_THE_MUSIC,
    MAGNIFIED,
    MUTED_LOOK,
    SEP,
    SLOW_COMPLAINT,
    SPEED_HALVED,
    VIEWING,
    Clause,
    Hit,
    T,
    fade_where,
    ms_after,
    ms_near,
    not_its_part,
    other_parts_blanked,
    percent,
    ranges,
    rx,
    segment_refs,
)

# "track" as a noun only: "track the ball" is following something
MUSIC = (r"\b(?:(?:background |bg )?music|song|songs|bgm|soundtrack|tune|tunes|"
         # ("the asmr track", "the voice track": the video's own sound, no music)
         r"(?<!asmr )(?<!voice )(?<!vocal )(?<!podcast )(?<!dialogue )(?<!dialog )(?<!speech )(?<!narration )"
         r"(?<!voiceover )(?<!interview )(?<!mic )(?<!main )(?<!video )(?<!original )(?<!camera )"
         r"track(?!\s+(?:the|a|my|his|her|that|this|it|him|them)\b)|beat|beats|"
         r"background audio|melody)\b|"
         r"背景音乐|配乐|音乐|歌曲|\bbg music|(?<![副主])歌(?!词)")  # ("副歌是b那段": the chorus, no music)


# what is sped up, said between the verb and its particle: "speed the whole lecture up", "slow it down"
_OBJ = (r"(?:(?:it|this|that|the|my|our|whole|entire|full|all|video|thing|things|lecture|recording|talk|vlog|"
        r"tutorial|podcast|footage|clip|programme|program|edit|(?<=this )1|(?<=that )1|"
        # "speed everything up", "speed all three clips up": every clip, the whole of it ("speed them up"
        # names clips said before - not read here)
        r"everything|all\s+(?:(?:3|three|2|two)\s+)?clips|"
        # "speed both up", "take b and c and speed them up": clips said before (which ones: _clips_named)
        r"them|both|those|these|(?:both\s+)?of\s+them)\s+){0,3}")
_PRONOUN_CLIPS = r"\b(?:speed|slow)\s+(?:(?:both\s+)?of\s+)?(?:them|both|those|these)\b|" \
                 r"\b(?:speed up|slow down)\s+(?:(?:both\s+)?of\s+)?(?:them|both|those|these)\b"


def _clamp(x: float, lo: float, hi: float) -> float:
    # a level a step from another ("louder": 0.35 x 1.5) kept exact - 0.525, never rounded to 0.52
    return round(min(hi, max(lo, x)), 4)


# "第二段稍微慢一点", "make clip 2 a little faster", "speed it up a little": a small change said with no
# amount is one mild step, the same for every degree word (MILD_FASTER / MILD_SLOWER), said in the reply with
# how to ask for more; a change with no degree word ("speed it up") is the default step (SPEED_UP / SLOW_DOWN)
# ("后半段加快点": 加快 / 放慢 is the verb itself, its bare 点 just the casual tone of an order - the default
# step; "快点", "加快一点" keep the small step)
_HEDGE = (r"稍微|稍稍|略微|微微|(?<![加减])稍|(?<![加放])(?:快|慢)\s*(?:点|些)|"
          r"(?:快|慢)\s*(?:1|一)\s*(?:点|些)|"
          r"\bslightly\b|\bsomewhat\b|\b(?:a\s+)?(?:little|bit|tad|touch|smidge)(?:\s+bit)?\s+(?:faster|slower|quicker)\b|"
          r"\b(?:faster|slower|quicker|up|down)\s+(?:just\s+)?(?:by\s+)?(?:a\s+)?(?:little|bit|tad|touch|smidge)\b")


def _hedged(text: str) -> bool:
    return rx.search(_HEDGE, text) is not None


# "make it 720p so the upload is quicker": how fast the upload (or the export) goes, given as the reason -
# no speed change of the video
_FASTER_TRANSFER = re.compile(r"\b(?:so(?: that)?|because|since|cause|cuz|coz|bc)\s+"
                              r"(?:the\s+|my\s+|it\s+|its\s+|it'?s\s+)?(?:upload|uploading|export|exporting|render|rendering|file|download"
                              r"|downloading|loading|sending|transfer)\w*\b[^,;.]*")


# "speed the latte pour up 150%", "slow the drone shot down": the verb split around what it is said of (a
# thing filmed, not a part of the video named by its place - "speed the intro up" is that part's)
# ("dont speed anything up", "don't slow any of it down": the whole said as anything, read the same way)
_SPLIT_VERB = re.compile(r"\b(speed|slow)\s+(anything|everything|any of (?:it|this|them)|"
                         r"(?:the|my|our|this|that)\s+"
                         r"(?!(?:intro|outro|end|ending|beginning|"
                         r"start|middle|part|section|bit|first|last|rest|opening|closing|second|third|music|song|"
                         r"audio|sound|voice)\b)[a-z]+(?:\s+[a-z]+)?)\s+(up|down)\b")


_SPEED_NAMED = (r"(?:(?:\d+(?:\.\d+)?\s*(?:x|×)|\d+(?:\.\d+)?\s*times)\s*(?:speed[\s-]?ups?|speed(?:ing)?|"
                r"fast[\s-]?forward|slow[\s-]?down|playback|effect)?|speed[\s-]?ups?|"
                r"speed (?:change|effect|ramp)|slow[\s-]?mo(?:tion)?|slo[\s-]?mo|slowmo|slow[\s-]?down|"
                r"fast[\s-]?forward|time[\s-]?lapse)")
_SPEED_REMOVED = re.compile(
    r"\b(?:remove|get rid of|take (?:off|out|away)|kill|ditch|lose|cancel|scrap|revert|reset|turn off|"
    # ("undo 3 times, the speed change screwed up the audio": "undo N times" counts the undos - no speed of
    # N times is named unless a speed word follows it)
    r"disable|undo(?!\s+\d+\s*times\b(?!\s*(?:speed|fast|slow|playback|effect))))\s+"
    r"(?:the\s+|that\s+|this\s+|my\s+|all\s+(?:the\s+)?)?" + _SPEED_NAMED +
    r"(?![\w-])(?!\s*(?:to|by|of)\b)|"
    r"\b(?:take|get)\s+(?:the\s+|that\s+)?" + _SPEED_NAMED + r"\s+(?:off|out)\b|"
    r"(?:去掉|取消|删掉|拿掉|撤掉|关掉)\s*(?:\d+(?:\.\d+)?\s*倍速|倍速|加速|慢动作|慢放|变速|快进)(?:效果)?|"
    r"(?:\d+(?:\.\d+)?\s*倍速|倍速|加速|慢动作|慢放|变速|快进)(?:的)?(?:效果)?\s*(?:去掉|取消|删掉|拿掉|撤掉|关掉|"
    r"不要了)")


_SPEED_WORD = r"\bspeed\w*|\bfast\w*|\bslow\w*|\bquick\w*|\bplay\w*|\bpace\b|倍速|快|慢|加速|减速|速度"


def speed_rule(c: Clause) -> list[Hit]:
    text = _FASTER_TRANSFER.sub(lambda m: " " * len(m.group(0)), c.text)
    if not re.search(r"\b(?:speed|slow|fast|faster|slower|play\w*)\b|倍速|加速|减速|放慢|慢放|快放", text):
        text = MAGNIFIED.sub(lambda m: " " * len(m.group(0)), text)
    # (read as "speed it up": the words said of it kept in place, as "it")
    text = _SPLIT_VERB.sub(lambda m: f"{m.group(1)} it {m.group(3)}".ljust(len(m.group(0))), text)
    factor: float | None = None
    hedged = False
    plain_faster = False  # the speed-up was said with no amount ("faster", "quicker")
    # "slow it down 0.5x and loop it 4 times": a count of plays said with a loop is the loop's
    looped = re.sub(r"\b(?:loop|repeat)(?:ed|ing|s)?\s+"
                    r"(?:(?:it|this|that|the|whole|video|clip|thing)\s+){0,3}"
                    r"\d+\s*(?:times|x)\b", lambda k: " " * len(k.group(0)), text)
    m = rx.search(r"(?<![‹\w.])(\d+(?:\.\d+)?)\s*(?:x|×|times)(?![\w])(?!\s*\d)|(\d+(?:\.\d+)?)\s*倍|"
                  r"(?<![\w‹])[x×]\s*(\d+(?:\.\d+)?)(?![\d§%])", looped)
    speed_word = next(iter(list(rx.finditer(r"\bspeed\w*|\bfast\w*|\bslow\w*|\bquick\w*|\bplay|\bplayback|"
                                             r"\btimes\b|倍速|快|慢|加速|减速|倍", looped))), None)
    if m and speed_word and speed_word.group(0) == "倍" and not re.search(
            r"倍速|快|慢|速度|播放|\bspeed|\bfast|\bslow", looped) and re.search(
            r"音量|声音|人声|原声|大声|小声|响|(?:调|放|开)(?:大|小)|大(?:一)?点声|\bvolume\b|\bloud",
            looped):
        m = speed_word = None  # "人声调大点 1.3倍", "原声音量调到1.3倍": times as loud, not as fast
    if m and re.fullmatch(r"\d+\s*times", m.group(0)) and re.search(r"\bplay", looped) and not re.search(
            r"\b(?:speed\w*|fast\w*|slow\w*|quick\w*|playback|rate|pace)\b|倍速|快|慢|加速|减速", looped):
        # "play the part at 0:10 three times": how many times it plays, never how fast
        m = speed_word = None
    if m and (speed_word or rx.search(r"(?<![‹\w.])\d+(?:\.\d+)?\s*x\b", looped)):
        factor = float(m.group(1) or m.group(2) or m.group(3))
        rx.search(SLOW_COMPLAINT, text)  # the complaint is explained: it is why the speed changes
        if rx.search(r"\bslower\b|慢", re.sub(SLOW_COMPLAINT, " ", text)) and factor > 1:
            factor = 1 / factor
    else:
        m = rx.search(r"\bspeed\s*(?:it\s*)?(?:up\s*)?(?:to|at|of|=)?\s*(\d+(?:\.\d+)?)(?![\d%§])|"
                      r"(\d+(?:\.\d+)?)\s*speed\b", text)
        if m:
            factor = float(m.group(1) or m.group(2))
    if factor is None:
        # "slow the last clip to 0.75", "play the second clip at 0.5": a bare factor after the speed verb
        m = rx.search(r"\b(?:slow|speed|play)(?:s|ed|ing)?\b(?:\s+(?!to\b|at\b)[\w.]+){0,4}?\s+(?:to|at)\s+"
                      r"(\d*\.\d+|[1-4])(?=\s*(?:$|[,;!?]|\.(?!\d)|and\b|then\b|please\b|instead\b|speed\b|"
                      r"for\b|too\b|so\b))", text)
        if m and 0.25 <= float(m.group(1)) <= 4:
            factor = float(m.group(1))
        else:
            m = None
    if factor is None:  # "play it at 150%", "slow it to 75% speed", "播放速度120%"
        m = rx.search(r"\b(?:play(?:back)?|speed|run)\b(?:\s+(?:it|this|the video|back|up|down))*\s*(?:at|to"
                      r"|of)?\s*"
                      r"(\d+(?:\.\d+)?)\s*%|"
                      r"(\d+(?:\.\d+)?)\s*%\s*(?:speed|playback speed|(?:的\s*)?(?:播放)?(?:速度|倍速))|"
                      # "slow it to 75%", "speed the choir clip up to 120%", "放慢到75%": the speed it ends at
                      # ("speed it up and the music to 40%": a level said after "and" is another thing's)
                      r"\b(?:slow|speed)(?:s|ed|ing)?\b(?:\s+(?!to\b|at\b|by\b|and\b|then\b)[^\s,;%]+){0,5}?\s+"
                      r"(?:to|at)\s*"
                      r"(\d+(?:\.\d+)?)\s*%|(?:放慢|慢放|减速|降速|加速|加快)\s*(?:到|至)\s*(?:原来的|原速的|正常的)?\s*"
                      r"(\d+(?:\.\d+)?)\s*%|"
                      # ("速度降到一半", read "速度降到 50%": lowered to a share of it)
                      r"(?:速度|倍速|播放速度)\s*(?:调到|改成|降到|降低到|减到|减慢到|放慢到|调低到|调整到|设成|"
                      r"设为|拉到|提到|加到|调成|变成|改为)?\s*"
                      r"(\d+(?:\.\d+)?)\s*%|"
                      # "日落那段拉到500%": a part of the video pulled to a share of its speed (the speed
                      # slider), no sound or picture setting named
                      r"(?:那段|这段|那一段|这一段|一段|片段|部分|镜头|§\d+§)\s*(?:直接|再|都)?\s*"
                      r"拉(?:到|至|成)\s*(\d+(?:\.\d+)?)\s*%", text)
        if m and m.group(0).endswith("%") and "拉" in m.group(0) and re.search(
                r"音|声|亮|对比|饱和|色|字|标题|logo|水印|图|缩放|放大|透明|画面|大小|尺寸", text):
            m = None
        if m:
            factor = float(next(g for g in m.groups() if g is not None)) / 100
            direction = re.search(r"\b(up|down)\b", m.group(0))
            if direction and factor < 1 and not re.search(r"\b(?:at|to|of)\b", m.group(0)):
                # "speed it up 30%" is 30 % faster (it had read 0.3x); "slow it down 20%" 20 % slower
                factor = 1 + factor if direction.group(1) == "up" else 1 - factor
    if factor is None:
        # ("speed up a bit and music down to 20%": the music's level, not how much faster - not read here)
        pct = None if not_its_part(text, r"\d+(?:\.\d+)?\s*%", _SPEED_WORD) else percent(text)
        m = rx.search(r"\bfaster\b|\bspeed " + _OBJ + r"up\b|\bslower\b|\bslow " + _OBJ + r"down\b|"
                      r"加速|减速|快一点|慢一点", text)
        if m and pct is not None and rx.search(r"\bto\s*\d+(?:\.\d+)?\s*%|到\s*\d+(?:\.\d+)?\s*%", text):
            factor = pct  # "slow down to 75%" is a speed, not a change
        elif m and pct is not None:
            factor = 1 + pct if rx.search(r"faster|up|加速|快", text) else 1 - pct
        elif rx.search(r"\bdouble (?:the |its |their |that |this |the clip'?s |the video'?s )?(?:playback"
                       r" )?speed|"
                       r"\btwice as fast|\bdouble[\s-]?time", text):
            m = rx.search(r"double|twice", text)
            factor = 2.0
        elif rx.search(r"\b(?:increase|raise|bump|push|bring|turn|set|change|put)\s+(?:up\s+)?"
                       r"(?:the\s+|its\s+)?(?:playback\s+|video\s+|clip\s+)?speed\s+(?:up\s+)?to\s+double\b",
                       text):
            m = rx.search(r"double", text)  # "increase the speed to double": twice as fast
            factor = 2.0
        elif rx.search(r"\b(?:reduce|lower|decrease|drop|bring|cut|take|turn|set|change|put)\s+(?:down\s+)?"
                       r"(?:the\s+|its\s+)?(?:playback\s+|video\s+|clip\s+)?speed\s+(?:down\s+)?(?:to|by)\s+"
                       r"(?:a\s+|one\s+)?half\b", text):
            m = rx.search(r"half", text)  # "reduce the speed to half", "bring the speed down to half"
            factor = SLOW_MOTION
        elif rx.search(r"放慢一半|慢一半|" + SPEED_HALVED +
                       r"|\btwice as slow\b|\bhalf as fast\b|\bhalf[\s-]?(?:the |its "
                       r"|their )?(?:normal |original |regular )?speed|\bslow[\s-]?mo(?:tion)?\b|"
                       r"\bslo[\s-]?mo\b|\bslowmo|"
                       r"慢动作|"
                       r"慢放", text):
            m = rx.search(r"half|twice|slo|慢|" + SPEED_HALVED + "|减半", text)
            factor = SLOW_MOTION
            # "slow mo from 0:20 to 0:25, half speed": each name of the same speed is part of one reading
            list(rx.finditer(r"\bhalf[\s-]?(?:the )?speed\b|\bslow[\s-]?mo(?:tion)?\b|\bslo[\s-]?mo\b|"
                             r"\bslowmo\b|慢动作|慢放|" + SPEED_HALVED, text))
        elif rx.search(r"\bquarter[\s-]?speed", text):
            m = rx.search(r"quarter", text)
            factor = 0.25
        elif re.search(r"\btime[\s-]?lapse|延时", text) and not _footage_named(text) and \
                rx.search(r"\btime[\s-]?lapse|延时", text):
            m = rx.search(r"time|延时", text)
            factor = 4.0
            target = rx.search(rf"{T}\s*(?:-\s*)?(?:long\s*)?(?:sunset\s*|\w+\s*)?(?:time[\s-]?lapse|延时)|"
                               rf"(?:time[\s-]?lapse|延时)\D{{0,20}}?{T}", text)
            if target and c.ctx.total_ms:  # "a 10-second timelapse": as fast as it takes to last that long
                factor = c.ctx.total_ms / int(target.group(1) or target.group(2))
        elif rx.search(r"\bspeed " + _OBJ + r"up\b|\bfaster\b|\bquicker\b|加速|快进|"
                       r"快一点|(?<!尽)(?<!赶)快(?:点|些)(?!\s*(?:帮|给|把|剪|弄|做|导))|"
                       # ("第50到55秒变快": 变快 / 调快 said bare, as 变慢 is for a slow-down)
                       r"(?:变|调)快(?=\s*(?:$|[，,。；;！!]|吧|一下|下|了)|\s+[\u4e00-\u9fff])|"
                       r"\bfast forward", text):
            m = rx.search(r"speed|fast|quick|加速|快", text)
            factor = SPEED_UP
            hedged = _hedged(text)
            plain_faster = True
        # ("前半段放慢", "把视频放慢": 放慢 said bare, with no amount, is a mild slow-down)
        elif rx.search(r"\bslow " + _OBJ + r"down\b|\bslower\b|减速|慢一点|慢(?:点|些)|"
                       r"(?:放|调|变)慢(?=\s*(?:$|[，,。；;！!]|吧|一下|下|些|了)|\s+[\u4e00-\u9fff])",
                       text):
            m = rx.search(r"slow|减速|慢", text)
            factor = SLOW_DOWN
            hedged = _hedged(text)
    if factor == 1 and m is not None and re.search(r"(?:放慢|慢放|慢|加快|快放|快)\s*1\s*倍", text):
        # "放慢一倍", "慢放一倍": slower by as much again
        factor = 0.5 if re.search(r"慢放?\s*1\s*倍", text) else 2.0
    # "three times normal speed", "2x the original speed": the normal speed is what the factor is of
    times_normal = r"(?:\d\s*(?:x|×|times)|\bhalf)\s+(?:the\s+|its\s+)?" \
                   r"(?:normal|original|regular|real[\s-]?time)\s+(?:speed|pace|playback)\b"
    normal = None if factor not in (None, 1) and rx.search(times_normal, text) else rx.search(
                       r"\b(?:back to |return to |at |to )?(?:normal|original|regular|real[\s-]?time|the "
                       r"original) (?:speed|pace|playback)\b|(?<![\d.])1x speed\b|"
                       r"(?:恢复|回到|改回|变回|调回)\s*(?:正常|原来的?|原)?"
                       r"\s*(?:速度|倍速)|正常速度|原速|原来的速度|"
                       r"\b(?:speed|pace)\b[^,;]{0,12}?\b(?:back to|to) (?:normal|the original|regular)\b",
                       text)
    rest_normal = normal and factor is not None and re.search(
        r"\b(?:then|and then|after that|afterwards?|after)\s+(?:back\s+)?(?:to\s+)?(?:normal|regular)|"
        r"\b(?:normal|regular)\s+(?:speed\s+|pace\s+)?(?:after(?:wards)?|for the rest|the rest)\b|"
        r"\b(?:the rest|everything else)\s+(?:(?:at|in|on|stays?|plays?|is)\s+)*(?:normal|regular)\b|"
        r"(?:之后|然后|后面|其余|其他|其它|别的|剩下的?)\S{0,3}(?:恢复)?(?:正常|原速)|"
        # "后半段加速 前面搭帐篷的正常速度": the other half said to stay at normal speed, with what is in it
        r"(?:前面|前半段?|前半部分|后面|后半段?|后半部分)[^，,；;。]{0,8}?(?:保持|维持|还是|就|用)?\s*"
        r"(?:正常速度|正常速|原速|原来的速度)", text)
    if rest_normal and normal:
        # "play the first 10 sec at 2x then normal speed after": the rest staying at normal speed is said
        # with the part sped up, not instead of it
        rx.search(rest_normal.re, text)
        rx.search(normal.re, text)
        normal = None
    if normal and not re.search(r"\bfrom (?:normal|original|regular)|从\s*(?:正常|原)", text) and (
            factor is not None or rx.search(r"\b(?:back|return|restore|reset|undo|remove|play|set|make|"
                                            r"change)\b|恢复|回到|改回|变回|调回|去掉", text)):
        # "remove the 2x speedup, back to normal speed", "把2倍速去掉，恢复正常速度": the speed named is the
        # one taken away; what is asked for is the normal speed
        m, factor = normal, 1.0
    if factor is not None and (gone := rx.search(_SPEED_REMOVED, text)):
        # "remove the 2x speed", "get rid of the slow mo", "把2倍速去掉", "取消加速": the speed named is the
        # one taken away - the normal speed is what is left
        m, factor = gone, 1.0
    mild: str | None = None
    if plain_faster and not hedged and factor == SPEED_UP and m is not None and normal is None and \
            rx.search(r"\bpac(?:e|ing)\b", text) and \
            not rx.search(r"速|\bspeed|\bplay|\d\s*(?:x|×|times)\b", text):
        # "quicker pace pls it drags": a quicker pace, no speed named, may be tighter cuts as much as a
        # higher speed - asked, as "节奏快一点" is, never a silent 1.5x of everything
        return [Hit(m.start(), question=(
            "节奏要怎么快一点——整体加速（比如 1.25 倍），还是剪掉停顿和空白？" if c.zh else
            "A quicker pace how — play it faster (e.g. 1.25×), or cut the pauses and dead air?"))]
    if hedged and factor in (SPEED_UP, SLOW_DOWN) and m is not None and normal is None:
        faster = factor > 1
        if rx.search(r"节奏|\bpac(?:e|ing)\b", text) and not rx.search(r"速|\bspeed|\bplay", text):
            # "节奏再快一点": a quicker pace may be tighter cuts as much as a higher speed - asked
            return [Hit(m.start(), question=(
                "节奏要怎么快一点——整体加速（比如 1.25 倍），还是剪掉停顿和空白？" if c.zh else
                "A quicker pace how — play it faster (e.g. 1.25×), or cut the pauses and dead air?"))]
        factor = MILD_FASTER if faster else MILD_SLOWER
        rx.search(_HEDGE, text)  # the degree word is explained: it chose the step
        if c.zh:
            way = "快" if faster else "慢"
            mild = (f"“稍微{way}一点”按 {factor:g} 倍处理；要更{way}就说"
                    f"{'“1.5倍”或“2倍”' if faster else '“0.75倍”或“0.5倍”'}。")
        else:
            mild = (f"“A little {'faster' if faster else 'slower'}” is played at {factor:g}×; for more say "
                    f"{'“1.5x” or “2x”' if faster else '“0.75x” or “0.5x”'}.")
    if factor is None or m is None:
        if rx.search(r"\b(?:change|adjust) (?:the )?speed\b|改变速度|调整速度", text):
            return [Hit(c.pos(r"speed|速度"), question="How fast should it play — for example 2x or 0.5x?")]
        return []
    if not 0.25 <= factor <= 4:
        if c.zh:
            nearest = "加速到4倍" if factor > 4 else "放慢到0.25倍"
            return [Hit(m.start(), refusal=f"速度只能在 0.25 倍到 4 倍之间调整（你要的是 {factor:g} 倍）；"
                                           f"可以说“{nearest}”。")]
        return [Hit(m.start(), refusal=f"I can only change the speed between 0.25× and 4× (asked for "
                                       f"{factor:g}×).")]
    refs = segment_refs(c)
    index = refs[0][1] if refs else None
    several = _clips_named(c, refs)
    if several is not None and len(several) > 1:
        several, apart = _listed_nearest(c, refs, m)
        if apart:
            return []  # "speed b up 2x, play c twice": c, named after the speed, is the next edit's
    if several is not None:
        if not several:
            return [Hit(m.start(), question=(
                "哪几段要加速/放慢？比如“第2段和第3段 1.5倍速”。" if c.zh else
                "Which clips should change speed — e.g. “speed up clips 2 and 3”?"))]
        if len(several) > 1:
            # "speed up clips 2 and 3", "take b and c and speed them up": each clip named, at that speed
            return [Hit(m.start(), [s.Speed(factor=round(factor, 3), index=i) for i in several], note=mild)]
        index = several[0]
    pointed = _clip_pointed_back(c) if index is None and c.ctx.segment_count > 1 else None
    if pointed is not None:
        index, said = pointed
        # the clip named before is the earlier edit's word: only referred to here (after every other
        # lookup of the clause, which may read it)
        _ = _half_of_clip(c), _part(c)
        refer(c.text, said)
        return [Hit(m.start(), [s.Speed(factor=round(factor, 3), index=index)], note=mild)]
    if index is None and c.ctx.segment_count > 1:  # "slow down only c.mp4": the clip named by its file
        named = _named_clips(c)
        index = named[0] if len(named) == 1 else None
    half = _half_of_clip(c)
    if half is not None:  # "speed up the second half of clip.mp4": that half of the clip made its own clip
        splits, index = half
        return [Hit(m.start(), [*splits, s.Speed(factor=round(factor, 3), index=index)], note=mild)]
    part = _part(c)
    middle = re.search(_MIDDLE_PART, c.text)
    if part is None and index is None and middle and c.ctx.total_ms and \
            not 0 < int(middle.group(1) or middle.group(2)) < c.ctx.total_ms:
        # "speed up the middle 90 seconds" of a 1:00 video: no such part - asked, never the whole clip
        return [Hit(m.start(), question=(
            f"视频只有 {_clock(c.ctx.total_ms)} 长，没有中间这么长的一段——要改速度的是哪一段？"
            "比如“0:20到0:30加速”。" if c.zh else
            f"The video is only {_clock(c.ctx.total_ms)} long, so there is no middle stretch that long — "
            "which part should change speed? E.g. “speed up 0:20 to 0:30”."))]
    if part is not None and index is None:  # "speed up the last 10 seconds 2x": that part made its own clip
        splits, index = part
        return [Hit(m.start(), [*splits, s.Speed(factor=round(factor, 3), index=index)], note=mild)]
    return [Hit(m.start(), [s.Speed(factor=round(factor, 3), index=index)], note=mild)]


def _clips_named(c: Clause, refs: list[tuple[int, int]]) -> list[int] | None:
    """Clips sped up together: "speed up clips 2 and 3", "speed up b.mp4 and c.mp4", "take b and c and speed
    them up" (the clips said before "them"), "speed both up" (two of three - which two is asked: []). None
    when it is not several clips (one clip, or the whole video)."""
    n = c.ctx.segment_count
    pronoun = rx.search(_PRONOUN_CLIPS, c.text)
    if n <= 1:
        return None
    listed = sorted({i for _, i in refs if 1 <= i <= n})
    if len(listed) > 1:
        return listed
    named = _named_clips(c)
    if len(named) > 1:
        return sorted(set(named))
    if pronoun is None:
        return None
    srcs = [str(g.get("src")).lower() for g in (main_track(c.ctx.draft) or {}).get("sg", [])]
    stems = {src.rsplit(".", 1)[0]: k + 1 for k, src in enumerate(srcs)}
    alts = "|".join(re.escape(x) for x in sorted(stems, key=len, reverse=True) if x)
    raw = (c.ctx.raw or c.text).lower()
    said = re.search(rf"(?<![\w.])({alts})(?:\.\w{{2,4}})?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?"
                     rf"({alts})(?:\.\w{{2,4}})?(?![\w])(?!\s*\d)", raw) if alts else None
    if said is not None:
        rx.search(r"\b(?:take|grab|pick|with)\b", c.text)
        return sorted({stems[said.group(1)], stems[said.group(2)]})
    if re.search(r"\bboth\b", pronoun.group(0)):
        return None if n == 2 else []  # both of two is the whole video; two of three: which?
    return None


# between two clips listed together: the first one's own words, then "and" / "," / "和"
_LISTED_GAP = (r"(?:(?!加速|减速|慢放|快放|放慢|\bspeed|\bslow)[^,;，；。]){0,14}?\s*"
               r"(?:,|，|、|\band\b|&|\+|和|跟|与|以及|还有)\s*(?:also\s+)?(?:the\s+)?")
# a clip named apart, said to be sped as well: "b加速2倍 c也是", "speed up b 2x, c too"
_AS_WELL = r"[^,;，；。]{0,12}?(?:也|同样|一样)|[^,;.]{0,14}?\b(?:too|also|as well)\b"


def _listed_nearest(c: Clause, refs: list[tuple[int, int]], m: re.Match[str]) -> tuple[list[int], bool]:
    """ "骑行vlog 第一段出发 b是爬坡 c是山顶 … b加速2倍": of the clips named in the words read, those listed
    together nearest the speed said (the others only said what each clip is) - and any said to be sped
    as well ("c也是"); and whether a clip left out is named after the speed (the words read run on into
    the next edit's)."""
    text = c.text
    srcs = [str(g.get("src")) for g in (main_track(c.ctx.draft) or {}).get("sg", [])]
    found = sorted(dict.fromkeys(
        [(p, i) for p, i in refs if 1 <= i <= len(srcs)] +
        [(p, srcs.index(ref.media_id) + 1) for p, ref in c.ctx.mentioned(text, "video")
         if srcs.count(ref.media_id) == 1]))
    if not found:
        return [], False
    groups = [[found[0]]]
    for (p1, _), (p2, i2) in itertools.pairwise(found):
        if re.fullmatch(_LISTED_GAP, text[p1:p2]) or p1 == p2:
            groups[-1].append((p2, i2))
        else:
            groups.append([(p2, i2)])

    # the speed said from its verb ("加速 2 倍", "speed up … 2x") to its amount
    verbs = [v.start() for v in re.finditer(r"加速|减速|慢放|快放|放慢|加快|\bspeed|\bslow|\bfaster|\bslower",
                                            text[:m.start()]) if m.start() - v.start() <= 24]
    start = verbs[-1] if verbs else m.start()

    def distance(group: list[tuple[int, int]]) -> tuple[bool, int]:
        """Clips said before the speed or inside it first ("b加速2倍 c…": c is the next thing's), the
        nearest of them."""
        if group[0][0] > m.end():
            return True, group[0][0] - m.end()
        return False, max(0, start - group[-1][0])

    best = min(groups, key=distance)
    also = [g for g in groups if g is not best and re.match(_AS_WELL, text[g[-1][0]:])]
    kept = sorted({i for g in [best, *also] for _, i in g})
    return kept, any(p > m.end() and i not in kept for p, i in found)


def _clip_pointed_back(c: Clause) -> tuple[int, re.Match[str]] | None:
    """ "move c to the start, then slow it to half speed", "i want c first, then slow that one down": "it" /
    "that one" after the speed verb is the one clip named in the part said before (numbered as the clips
    stand then - clips_as_seen moves it with the earlier edit). None when no single clip was named there."""
    pro = re.search(r"\b(?:slow|speed|play)(?:s|ed|ing)?\s+(?:it|that (?:one|1|clip)|this (?:one|1|clip))\b",
                    c.text)
    if pro is None:
        return None
    main = next((t for t in c.ctx.draft.get("t", []) if t.get("role") == "main"), None)
    srcs = [str(g.get("src")) for g in (main or {}).get("sg", [])]
    before = c.text[:pro.start()]
    token = RECORDER.set(None)  # finding the name is not reading it: it is referred to below
    try:
        named = [(p, ref) for p, ref in c.ctx.mentioned(before, "video") if srcs.count(ref.media_id) == 1]
        if len(named) != 1 or segment_refs(Clause(before, c.ctx)):
            return None
    finally:
        RECORDER.reset(token)
    pos, ref = named[0]
    if not re.search(r"[,;]|\b(?:then|and)\b", c.text[pos:pro.start()]):
        return None
    word = re.compile(r"[\w.-]+").match(c.text, pos)
    return None if word is None else (srcs.index(ref.media_id) + 1, word)


def _named_clips(c: Clause) -> list[int]:
    """The clips on the timeline named by their file ("c.mp4"), as 1-based indices."""
    main = next((t for t in c.ctx.draft.get("t", []) if t.get("role") == "main"), None)
    srcs = [str(g.get("src")) for g in (main or {}).get("sg", [])]
    return [srcs.index(ref.media_id) + 1 for _, ref in c.ctx.mentioned(c.text, "video")
            if srcs.count(ref.media_id) == 1]


def _half_of_clip(c: Clause) -> tuple[list[s.Split], int] | None:
    """ "speed up the second half of clip.mp4", "c.mp4的后半段加速": a half of one clip of several, named by
    its file - split at that clip's midpoint, the half's index."""
    if c.ctx.segment_count <= 1:
        return None
    m = rx.search(r"\b(?:the\s+)?(first|second|last|latter|back|front)\s+half\s+of\b|"
                  r"(前|后)\s*(?:半段|半部分|一半|半)", c.text)
    named = _named_clips(c)
    if m is None or len(set(named)) != 1:
        return None
    segs = (main_track(c.ctx.draft) or {}).get("sg", [])
    k = named[0] - 1
    if not 0 <= k < len(segs):
        return None
    a = int(segs[k].get("start", 0))
    mid = a + int(segs[k].get("d", 0)) // 2
    if mid <= a:
        return None
    first = (m.group(1) or m.group(2)) in ("first", "front", "前")
    return [s.Split(at_ms=mid)], k + 1 if first else k + 2


# "the middle 10 seconds", "中间的10秒": a length centred in the programme ("the middle 0:10-0:20": a time
# that opens a range is where that stretch starts - the range is read as said)
_MIDDLE_PART = rf"\b(?:the\s+)?middle\s*{T}(?!{SEP}§)|中间\s*(?:的|那|这)?\s*{T}(?!{SEP}§)"


def _part(c: Clause) -> tuple[list[s.Split], int] | None:
    """A stretch of the programme named by time ("the first 5 seconds", "the last 10 s", "0:10-0:20"): the
    splits that make it a clip of its own, and that clip's index."""
    text, total = c.text, c.ctx.total_ms
    a: int | None = None
    b: int | None = None
    # "cut 0:00-0:12 where im afk, speed the rest up 1.5x": the part cut is gone - the rest is all that is
    # left, not a clip of its own
    cut = re.search(rf"\b(?:cut|remove|delete|drop|trim|lose|chop|skip|ditch|get rid of)\b(?:\s+out)?[^,;]*?"
                    rf"(?:{T}\s*(?:-|–|to)\s*{T}|\b(?:first|last|final|opening|closing)\s*{T})", text)
    if cut and re.search(r"\b(?:the rest|everything else)\b", text[cut.end():]):
        return None
    if (m := rx.search(_MIDDLE_PART, text)) is not None:
        # "speed up the middle 10 seconds", "中间10秒加速": that length centred (as a mute of it is) - a
        # length the video does not have is asked about by speed_rule, never the whole clip
        n = int(m.group(1) or m.group(2))
        a, b = (total - n) // 2, (total - n) // 2 + n
    elif (m := rx.search(rf"\b(?:the\s+)?first\s*{T}|前\s*{T}", text)) is not None:
        a, b = 0, int(m.group(1) or m.group(2))
    elif (m := rx.search(rf"\b(?:the\s+)?(?:last|final)\s*{T}|(?:最后|后)\s*{T}", text)) is not None:
        a, b = max(0, total - int(m.group(1) or m.group(2))), total
    elif spans := ranges(text):
        a, b = spans[0][0], spans[0][1] if spans[0][1] is not None else total
    elif (m := rx.search(rf"\b(?:after|past|beyond)\s*(?:the\s*)?{T}|"
                         # ("everything from 0:30 should be in slow motion": all from there, to the end)
                         rf"\b(?:everything|anything|all|the rest)\s+from\s*(?:the\s*)?{T}"
                         rf"(?!\s*(?:mark\s*)?(?:to|until|till|through|and|-|–)\s*§)|"
                         rf"\bfrom\s*(?:the\s*)?{T}\s*(?:mark\s*)?"
                         rf"(?:on(?:wards?)?\b|to\s*(?:the\s*)?(?:very\s*)?end\b|(?:till|until)\s*(?:the\s*)?end\b)|"
                         rf"(?:从\s*)?{T}\s*(?:开始\s*)?(?:之后|以后|往后|后面|到结尾|到最后|一直到结尾)|从\s*{T}\s*开始",
                         text)) is not None:
        # "speed up everything after 0:40", "从40秒开始后面都加速": from there to the end
        a, b = int(next(g for g in m.groups() if g is not None)), total
    elif (m := rx.search(r"\b(?:the\s+)?(first|second|last|latter|back|front)\s+half\b|"
                         r"(前|后)\s*(?:半段|半部分|一半|半)", text)) is not None:
        # "speed up the second half 2x", "后半段加速": the half made a clip of its own at the midpoint
        first = (m.group(1) or m.group(2)) in ("first", "front", "前")
        # ("split at 0:25 then speed up the second half": the halves are either side of the one split said)
        mid = c.ctx.split_at[0] if len(c.ctx.split_at) == 1 and 0 < c.ctx.split_at[0] < total else total // 2
        a, b = (0, mid) if first else (mid, total)
    if a is None or b is None or not 0 <= a < b <= total or (a == 0 and b == total):
        return None
    starts = sorted(int(g.get("start", 0)) for t in c.ctx.draft.get("t", []) if t.get("role") == "main"
                    for g in t.get("sg", []))
    # "…, leave the rest normal": the rest said to stay as it is, the part named is the part
    rest_stays = re.search(r"\b(?:leave|keep)\s+(?:the rest|everything else)\b|"
                           r"\b(?:the rest|everything else)\s+(?:(?:stays?|can stay|is|at)\s+)?"
                           r"(?:normal|alone|as is|unchanged|the same)\b|"
                           r"(?:其余|其他|其它|别的|剩下)\S{0,3}(?:不变|正常|不动|原速)", text)
    if rest_stays:
        rx.search(rest_stays.re, text)
    elif rx.search(r"\bthe rest\b|\beverything else\b|\bexcept\b|\bleave\b.{0,30}\balone\b|其余|其他部分|"
                   r"剩下|除了", text):
        # "leave the first 5 seconds alone and speed up the rest": the other side of the cut
        if a == 0:
            a, b = b, total
        elif b == total:
            a, b = 0, a
        else:
            return None
    splits = [s.Split(at_ms=x) for x in (a, b) if 0 < x < total and x not in starts]
    index = sum(1 for x in starts if x <= a) + (1 if 0 < a < total and a not in starts else 0)
    return splits, max(1, index)


def _footage_named(text: str) -> bool:
    """ "the haircut timelapse is fine as is", "add music to my timelapse": every timelapse said is the
    footage named by what it is (the, my, this ...), not a speed asked for."""
    said = list(re.finditer(r"\btime[\s-]?lapse", text))
    named = r"\b(?:the|my|our|this|that|his|her|their|your)\s+(?:[a-z]+\s+){0,2}$"
    # "星空延时调一下颜色", "这是银河延时": 延时 with no verb that makes it one (做成 / 弄成 …) and no 效果 /
    # 感觉 after it is the footage named by what it is
    zh = list(re.finditer(r"延时", text))
    asked = (r"(?:做|弄|变|改|搞|转|来|加|整|要|成|生成)\S{0,4}$",
             r"^(?:的)?(?:效果|感觉|那种|风格|一下|处理|"
             r"快进)|^摄影")
    return bool(said or zh) and all(re.search(named, text[:m.start()]) for m in said) and not any(
        re.search(asked[0], text[max(0, m.start() - 6):m.start()]) or re.search(asked[1], text[m.end():])
        for m in zh)


# "separate the vocals from the music": the music named as what a voice is split from (a refusal's words)
_STEM_SPLIT = (r"\b(?:split|separate|isolate|extract|pull)\s+(?:out\s+)?(?:the\s+|my\s+)?"
               r"(?:vocals?|voices?|singing|speech)\s+(?:out\s+)?(?:from|and)\s+(?:the\s+|my\s+)?"
               r"(?:background\s+)?(?:music|song|bgm|instrumental)\b")


def _track(text: str, muting: bool = False) -> str:
    """Which sound the request is about. muting: a mute (or unmute) is being read - a sound said to stay is
    never the one switched off unless "it" points back at it ("keep the music but mute it")."""
    # "separate the vocals from the music. also make the whole video louder": the music named as what a voice
    # is split from (refused elsewhere) is no sound the level is about
    text = re.sub(_STEM_SPLIT, " ", text)
    # "mute only the music", "silence just the bgm": "only" right after the verb says which sound goes
    only = rx.search(r"\b(?:mute|unmute|silence|kill|cut|turn off|switch off)\s+(?:just|only)\s+"
                     r"(?:the |my |our )?(?:background |bg )?(?:music|song|bgm|soundtrack)\b", text)
    if only:
        return "bgm"
    # "mute everything incl the music", "silence all the sound, music too", "连背景音乐一起静音": the music
    # named as part of the whole is muted with it
    if rx.search(r"\b(?:everything|all (?:the )?(?:audio|sound)|all|both|the (?:audio|sound))\s*,?\s*"
                 r"(?:incl\.?|including|inc\.?|even|plus|along with|together with|as well as)\s+(?:the |my )?"
                 r"(?:background |bg )?(?:music|song|bgm|soundtrack)\b|"
                 r"(?:连|包括|包含)\s*(?:背景)?(?:音乐|配乐|bgm)\s*(?:也|都|在内|一起)", text):
        return "all"
    # "kill the sound but keep my music", "原声关掉，只听bgm": the music named is the one kept
    kept = re.sub(r"\b(?:but |and )?(?:keep|leave|except(?: for)?|other than|apart from|not|only hear|"
                  r"just hear|(?<=everything )but|(?<=all )but|"
                  # "mute the original audio i want just the music": the music wanted alone is kept
                  r"(?:i |we )?(?:want|need|wanna|hear)\s+(?:just|only)|just|only)\s+(?:the |my |our )?(?:\w+"
                  r"\s+)?"
                  r"(?:music|song|bgm|background music|soundtrack|track)\b|只听\s*(?:background music|\S+)|("
                  r"?:背景)?(?:音乐|配乐|"
                  r"bgm|"
                  r"background music)\s*(?:就|也|先|都|千万|可)?\s*(?:留着|保留|不动|别动|不用动|不要动|不变|"
                  r"(?:保持|维持)\s*(?:不变|原样|原状)|(?:别|不要)\s*变|"
                  # ("原声静音 bgm别删": the music said not to go stays)
                  r"别碰|不用管|不用改|别改|不要改|别删|不删|别去掉|别关)|"
                  # ("原声保留 音乐小点": 保留 after another sound is that sound's - the music is not
                  # what stays)
                  r"(?<!原声)(?<!原音)(?<!声音)(?<!人声)保留\s*(?:背景)?(?:音乐|配乐|bgm)|"
                  # "原声全静音 只留音乐": the music left alone is what stays
                  r"(?:只|就|仅)\s*(?:留|留下|留着|要|剩|剩下|听)\s*(?:个|着)?\s*(?:(?:背景)?(?:音乐|配乐|bgm)|"
                  r"background music|music)|"
                  # "leave the music alone, turn the original sound down": the music left as it is
                  # ("mute it, keep the bgm, do not remove the bgm": the music said not to go stays too)
                  r"\b(?:don'?t|dont|do not|never)\s+"
                  r"(?:touch|change|remove|delete|drop|lose|kill|mute|cut)\s+"
                  r"(?:the |my )?(?:background )?(?:music|song|bgm)\b|"
                  r"\bleave\s+(?:the |my )?(?:background )?(?:music|song|bgm)\s+(?:alone|as it is|as is)\b",
                  " \x01 ", text)  # (\x01 marks where the music was said to stay)
    if rx.search(MUSIC, kept):
        return "bgm"
    # "keep the music but turn it down to 10%", "音乐留着，调小到10%": the music kept is what "it" is
    other = r"\b(?:audio|sound|voice|vocals?|original|dialogue|speech|video)\b|原声|声音|人声"
    # ("原声静音就行 bgm保留别删", "静音 配乐留着", "mute it, keep the bgm": a mute with no "it" said after
    # the music kept - the clip's own sound goes)
    if kept != text and rx.search(MUSIC, text) and re.search(
            r"\x01.*\b(?:it|them)\b" if muting else r"\b(?:it|them)\b|[\u4e00-\u9fff]", kept) and \
            not re.search(other, kept):
        return "bgm"
    # ("turn the whole mix down": the mix is every sound together - the clip's and the music)
    if rx.search(r"\beverything\b|\ball (?:the )?(?:audio|sound)|\bboth\b|全部|所有声音|完全|"
                 r"\b(?:whole|entire|overall|full|final|master)\s+mix\b", text):
        # "mute everything but the music": all but the music is the clip's own sound
        return "main" if kept != text and rx.search(MUSIC, text) else "all"
    return "main"


def _it_is_the_music(c: Clause) -> bool:
    """ "don't remove the music, just turn it down to 20%": "it" stands for the sound named last before
    this clause (the music), even where that clause said something else about it."""
    pron = re.search(r"\b(?:it|them)\b", c.text)
    if pron is None:
        return False
    return _music_named_before(c, pron)


def _music_named_before(c: Clause, pron: re.Match[str]) -> bool:
    """The sound named last in the request before the words of `pron` (in this clause) is the music."""
    raw = c.ctx.raw.lower()
    key = re.sub(r"\s+", " ", c.text[max(0, pron.start() - 12):pron.end()]).strip()
    at = raw.find(key) if key and not re.search(r"[§⟦‹]", key) else -1
    if at <= 0:
        return False
    # ("bgm调到10%": a Latin word right against Chinese has no word boundary)
    music = MUSIC + r"|(?<![a-z])(?:bgm|music)(?![a-z])"
    nouns = list(re.finditer(music + "|" + _VOICE + r"|声音|原声|原音|视频|\b(?:audio|sound|video|clip)\b",
                             raw[:at]))
    return bool(nouns) and re.fullmatch(music, nouns[-1].group(0)) is not None


# "取消静音", "取消原声静音", "把音乐的静音取消掉": the mute of a track taken back
_UNMUTE_ZH = (r"取消\s*(?:视频|素材)?的?\s*(?:原声|原音|声音|音乐|背景音乐|bgm|人声)?\s*(?:的)?\s*静音|"
              r"静音\s*(?:给我|帮我)?\s*(?:取消|撤销|撤掉)(?:掉)?")


# whose sound: the clip's own (said before "audio" / "sound")
_OWN_SOUND = r"(?:original|orig|video'?s?|clip'?s?|phone|footage|camera|mic|microphone|recorded)\s+"
# the music said to be all the sound wanted ("i only want the music", "just the music", "music only"):
# a "not the original audio" beside it is the clip's own sound to go
_ONLY_MUSIC = (r"\b(?:only|just)\s+(?:(?:want|need|wanna|keep|hear|have)\s+)?"
               r"(?:(?:to\s+)?(?:hear|have|keep)\s+)?"
               r"(?:just\s+|only\s+)?(?:the\s+|my\s+)?(?:background\s+)?(?:music|song|bgm|soundtrack)\b|"
               r"\b(?:music|song|bgm|soundtrack)\s+only\b")
# the music said to stay while the clip's own sound goes ("只留音乐", "音乐留着", "keep the music")
_MUSIC_STAYS = (_ONLY_MUSIC + r"|\b(?:keep|leave)\s+(?:the\s+|my\s+)?(?:background\s+|bg\s+)?"
                r"(?:music|song|bgm)\b|"
                r"(?:只|就|仅)\s*(?:留|留下|留着|要|剩|剩下|听)\s*(?:个|着)?\s*(?:背景)?(?:音乐|配乐|bgm)|"
                r"(?:背景)?(?:音乐|配乐|bgm)\s*(?:就|也|要)?\s*(?:留着|保留|留下|不动|别动|别删|不删)")
_NOT_OWN_SOUND = (r"(?:^|[,;]\s*)(?:(?:but|and)\s+)?not\s+(?:the\s+|my\s+|any\s+)?(?:" + _OWN_SOUND + r")"
                  r"(?:audio|sound)\b")


# a sound said to be off now ("i muted it", "the music is silent now"): what "turn it back on" switches on
# again
_OFF_SAID = (r"\bmut(?:e|ed|ing)\b|\bsilenc\w*|\b(?:turned|switched) (?:it |them |the \w+ )?off\b|"
             r"\b(?:is|are|went|gone|goes|got)\s+(?:all\s+|completely\s+|totally\s+)?silent\b")


# the music said to have gone quiet by itself ("the song went silent", "music stopped", "音乐没声了")
_GONE_QUIET = (r"\b(?:music|song|bgm|soundtrack)\s+(?:(?:just|suddenly|randomly|totally|completely)\s+)?"
               r"(?:(?:went|has gone|is|got|goes|go)\s+(?:all\s+)?(?:silent|quiet|off|gone)|stopped|"
               r"cut out|died|dropped out|disappeared|(?:is\s+)?not playing|isn'?t playing)\b|"
               r"(?:音乐|配乐|bgm|歌)\s*(?:突然|怎么)?\s*(?:没声|没有声音|没了声音|不响|听不到|听不见|停了)")


# the clip's own sound and the music named together, then switched off ("把原声和音乐全部关掉",
# "原声跟bgm都静音", "mute both the original audio and the music", "turn the camera sound and the song off")
_OWN_ZH = r"(?:原声|原音|人声|视频(?:的)?声音|现场声)"
_MUSIC_ZH = r"(?:背景音乐|背景乐|音乐|配乐|\bbgm\b|background music)"
_OWN_EN = (r"(?:the\s+|my\s+|our\s+)?(?:original|orig|camera|clip'?s?|video'?s?|phone|footage|recorded|"
           r"natural)\s+(?:audio|sound)|(?:the\s+|my\s+)?(?:voice|vocals|speech|dialogue)")
_MUSIC_EN = r"(?:the\s+|my\s+)?(?:background\s+|bg\s+)?(?:music|song|bgm|soundtrack)"
_BOTH_OFF = (rf"(?:{_OWN_ZH}\s*(?:和|跟|与|以及|还有|、)\s*{_MUSIC_ZH}|"
             rf"{_MUSIC_ZH}\s*(?:和|跟|与|以及|还有|、)\s*{_OWN_ZH})"
             r"\s*(?:都|全部|全都|一起|统统|全|也)?\s*(?:给我|帮我)?\s*(?:关掉|关了|关上|关闭|静音|消音)|"
             r"(?:把|将)?\s*(?:关掉|关闭|静音)\s*" + rf"(?:{_OWN_ZH}\s*(?:和|跟|与|、)\s*{_MUSIC_ZH}|"
             rf"{_MUSIC_ZH}\s*(?:和|跟|与|、)\s*{_OWN_ZH})|"
             rf"\b(?:mute|silence|turn\s+off|switch\s+off|shut\s+off|kill)\s+(?:both\s+)?"
             rf"(?:{_OWN_EN}|{_MUSIC_EN})\s+(?:and|&|plus)\s+(?:{_OWN_EN}|{_MUSIC_EN})\b(?!\s*(?:to|at|down|up)\b)|"
             rf"\b(?:turn|switch|shut)\s+(?:both\s+)?(?:{_OWN_EN}|{_MUSIC_EN})\s+(?:and|&|plus)\s+"
             rf"(?:{_OWN_EN}|{_MUSIC_EN})\s+(?:both\s+)?off\b")


def mute_rule(c: Clause) -> list[Hit]:
    text = c.text
    m = rx.search(rf"\bunmute\b|\bturn (?:the )?(?:sound|audio) back on|\brestore (?:the )?(?:original )?"
                  rf"(?:audio|sound)|\bbring back the (?:audio|sound)|"
                  # "bring the sound back", "put the audio back": the sound switched on again (not "back up",
                  # "back down": a level)
                  rf"\b(?:bring|put|get)\s+(?:the\s+|my\s+)?(?:original\s+)?(?:audio|sound)\s+back\b"
                  rf"(?!\s+(?:up|down|to|in|at|from)\b)|{_UNMUTE_ZH}|恢复声音|恢复原声|"
                  # "i muted the bg music by accident, turn it back on": what was muted, switched on again
                  # ("it" is what was muted - said in the reason, which the normaliser sets aside)
                  r"\b(?:turn|switch|put|flip|bring|get)\s+(?:it|them|that|the\s+(?:\w+\s+)?(?:music|bgm|song|sound|audio|"
                  r"voice))\s+back\s+on\b|\bun-?mute (?:it|them)\b|"
                  r"(?:声音|原声|音乐|背景音乐|bgm)\S{0,2}(?:重新)?(?:打开|开回来|恢复)", text)
    if m and re.match(r"\b(?:turn|switch|put|flip|bring|get)\s+(?:it|them|that)\b",
                      m.group(0)) and not re.search(
            _OFF_SAID, c.ctx.raw.lower()):
        m = None  # "turn it back on" with nothing said to be off: not about the sound
    if m:
        rx.search(r"\b(?:i |we |u |you )?(?:accidentally |mistakenly )?(?:muted|silenced|turned off)\b[^,;]*?"
                  r"(?:\bby (?:accident|mistake)\b)?", text)  # what happened: part of the same reading
        # what is switched back on: part of the same reading ("unmute the original audio")
        rx.search(r"\b(?:the |my |our )?(?:original |orig |bg |background |clip'?s? |video'?s? )?(?:music|"
                  r"bgm|song|sound|audio|voice|track)\b", text[m.end():])
    if m:
        said = text
        if re.search(r"\b(?:it|them|that)\b", m.group(0)) and re.search(_OFF_SAID, c.ctx.raw.lower()):
            said = c.ctx.raw.lower()
        op = s.Mute.model_validate({"track": _track(said), "muted": False})
        if op.track == "bgm" and not c.ctx.has_music and not adds_music(c.ctx.raw or "") and \
                re.search(_GONE_QUIET, (c.ctx.raw or "").lower()):
            # "the song went silent, turn it back on" with no music on the timeline: there is none to switch
            # on - said so, nothing changed (never a song added; "i muted the music, unmute it" keeps the
            # unmute of the music the person says they muted)
            return [Hit(m.start(), note=(
                "视频里现在没有背景音乐，所以没有可以打开的音乐——没有改动。" if c.zh else
                "There is no background music in the video, so there is no music to switch back on - nothing "
                "was changed."))]
        return [Hit(m.start(), [op])]
    m = rx.search(r"\b(?:turn|switch|shut) (?:the |all )?(?:original |orig |clip's |video's )?(?:audio|"
                  r"sound) off\b|"
                  r"\bmute\b|\bmuted\b|\bsilence (?:only |just )?the\b|\bno (?:sound|audio)\b|"
                  # "just the music, no original audio": the clip's own sound named after a bare "no"
                  r"\b(?:no|none of the)\s+(?:original|orig|camera|clip'?s?|video'?s?|phone|footage|mic|"
                  r"natural|recorded)\s+(?:audio|sound)\b|"
                  # "i only want the music, not the original audio": the own sound, said not wanted beside the
                  # music wanted alone (never a bare "not the original audio", which may be a level's scope)
                  + (_NOT_OWN_SOUND + "|" if re.search(_ONLY_MUSIC, c.ctx.raw.lower()) else "") +
                  r"\bwithout (?:any )?(?:sound|audio)\b|"
                  r"\b(?:remove|delete|kill|drop|strip|cut|lose|get rid of|turn off|chop|rip|take off|"
                  r"pull|scrap|ditch) (?:the |"
                  r"all |my |our )?(?:original |"
                  r"orig |video'?s? |clip'?s? |phone |footage |camera |mic |microphone |recorded )?(?:audio|"
                  r"sound)\b|"
                  r"\bmake (?:it|this|the video) silent\b|"
                  # "only the camera audio should go away", "i want the original sound gone": the sound named
                  # first (with its article or owner - "the humming sound" is a noise), then said to go
                  r"\b(?:(?:the|all|my|our|its)\s+(?:" + _OWN_SOUND + r")?|(?:" + _OWN_SOUND + r"))"
                  r"(?:audio|sound)\s+(?:(?:should|has\s+to|needs\s+to|must|can|has\s+got\s+to|gotta|is\s+to)\s+"
                  r"(?:go(?:\s+away)?|be\s+(?:gone|removed|muted|silenced|deleted|taken\s+out|turned\s+off))\b)|"
                  r"\b(?:want|need|like|get)\s+(?:the|all|my|our|its)\s+(?:" + _OWN_SOUND + r")?"
                  r"(?:audio|sound)\s+gone\b|"
                  r"\bsilent (?:video|film)\b|静音|去掉(?:原声|声音|原音)|"
                  # ("把背景音乐关了就行", "关上bgm": the music switched off - muted, kept on the timeline;
                  # 关掉 / 撤掉 the music is the removal rule's)
                  # ("bgm" reaches here as "background music")
                  r"(?:背景音乐|背景乐|配乐|(?<![原声])音乐|\bbgm|\bbackground music)"
                  r"\s*(?:都|也|直接|干脆|先)?\s*"
                  r"(?:关了|关上|关闭)(?!\s*(?:吗|么|没))|"
                  r"(?:关了|关上|关闭)\s*(?:背景音乐|背景乐|配乐|\bbgm\b|background music\b)|"
                  # "关掉原声", "关闭视频原声": the verb first
                  # (not "音乐先关了 原声留着": the sound after the verb is the one said to stay)
                  r"(?:关掉|关闭|关了|关上|去除|拿掉|删掉)\s*(?:视频|素材|片子)?的?\s*(?:原声|原音|原来的声音)"
                  r"(?!\s*(?:要|就|也|还是)?\s*(?:留着|保留|留下|不动|别动|不变))|"
                  # "删掉视频的声音", "删掉b的声音": the sound of the video or of a clip named by its letter
                  # or file, taken away (one clip of several is asked about by _one_clip_only; a sound
                  # named by what makes it - "删掉风的声音" - is a noise, not this)
                  r"(?:删掉|删除|删了|去掉|去除|拿掉|关掉|关闭)\s*(?:这个|整个)?\s*(?:视频|素材|片子|"
                  r"(?<![a-z])[a-z](?![\w.])|[\w-]+\.(?:mp4|mov|webm|m4v|mkv|avi))\s*的\s*(?:声音|音频)|"
                  # ("原声直接关了", "原声干脆关掉": how it goes, said between the sound and its verb)
                  r"(?:原声|声音|原音)\s*(?:都|全|全部|也|直接|干脆|索性|统统|全都)?\s*(?:关掉|"
                  # "原声不要关": not wanting it turned off - the sound stays
                  r"去掉|关了|关闭|不要(?!\s*(?:关|去|删|静音|动|拿|丢|停|没))|"
                  # ("把原声切掉 只留背景音乐": 切掉 said of the sound takes the sound away - no cut of time)
                  r"切掉|切了|切除)|(?:切掉|切除)\s*(?:视频|素材|片子)?的?\s*(?:原声|原音)|"
                  r"关掉声音|不要(?:原声|声音)|删除原声|去除原声|(?:关掉|关闭|关了|拿掉)\s*(?:原声|原音)|"
                  # "只要音乐 不要视频原来的声音", "不要相机的声音": the clip's own sound, with whose it is
                  r"(?:不要|去掉|关掉|拿掉)\s*(?:视频|相机|手机|摄像机|素材|片子|录像|原来|自带)"
                  r"[^\s，,。；;]{0,5}?的?\s*(?:声音|原声|原音|音频)|"
                  r"(?:原声|原音|声音|音频)\s*(?:删了|删掉|删除|去了|全删了|拿掉)|"
                  # "原声全是车声 帮我去掉": the clip's own sound described, then taken away bare in a clause
                  # of its own
                  r"(?:原声|原音)[^，,。；;!?！？\s]{0,12}[，,。；;！!\s]+(?:那就|就|直接)?\s*(?:帮我|给我)?\s*"
                  r"(?:直接|都|全)?\s*(?:去掉|删掉|拿掉|关掉|去了|删了|关了|不要了)\s*(?:吧|啊|哈|吧谢谢)?\s*[。!！]?\s*"
                  # ("原声太吵了 去掉吧 就留着背景音乐": what is kept, said after it, is no other change)
                  r"(?:$|(?=[，,。；;\s]*(?:就|只|仅)?\s*(?:留着|留下|保留|只留|剩下?|要)\s*(?:个|着)?\s*(?:背景)?"
                  r"(?:音乐|配乐|bgm|歌)))",
                  text)
    part = _part_mute(c)
    if part:
        return part
    if (pair := rx.search(_BOTH_OFF, text)) is not None:
        # "把原声和音乐全部关掉", "mute the original sound and the music": both sounds named, then switched
        # off - every track muted (the music kept on the timeline, nothing cut)
        return [Hit(pair.start(), [s.Mute.model_validate({"track": "all"})])]
    if not m and (voice := rx.search(
            r"\b(?:remove|delete|kill|drop|strip|lose|get rid of|take out|scrap|ditch|take off|mute|"
            r"silence)\s+"
            r"(?:the |my |our |all |his |her |their )?"
            r"(?:voices?|vocals?|speech|narration|commentary|dialogue)\b|"
            r"\b(?:cut|take)\s+(?:the |my |our )?(?:voices?|vocals?|speech|narration|commentary)\s+out\b|"
            r"(?:去掉|删掉|拿掉|关掉|不要)\s*(?:我的)?\s*(?:人声|说话声|讲话声|解说)|(?:人声|说话声|讲话声)\s*(?:去掉|删掉|拿掉|关掉|不要了)",
            text)) and re.search(
            r"\b(?:just|only|keep|leave|but)\s+(?:(?:hear|have|want)\s+)?(?:the |my |our )?(?:background )?"
            r"(?:music|song|bgm|soundtrack)\b|\bonly want (?:the )?(?:music|song)\b|"
            r"(?:只|就|仅)\s*(?:留|留下|留着|要|剩|剩下|听)\s*(?:个|着)?\s*(?:背景)?(?:音乐|配乐|bgm)|"
            r"(?:背景)?(?:音乐|配乐|bgm)\s*(?:留着|保留)", c.ctx.raw.lower()):
        # "get rid of my voice, just the music", "人声去掉 只留音乐": the voice taken away with the music
        # said to stay is the clip's own sound ("remove my voice" alone may be a wish to isolate it)
        return [Hit(voice.start(), [s.Mute.model_validate({"track": "main"})])]
    if not m:
        return []
    if m.group(0).startswith("no ") and re.search(r"\b(?:there'?s|theres|there is|there was|there'?re|it has|"
                                                  r"it had|it'?s got|its got|has|had|have|got)\s+$",
                                                  text[:m.start()]):
        # "cut the still parts, theres no audio in it": what the footage is like, not a request to mute
        rx.search(r"\b(?:in|on)\s+(?:it|this|them|the (?:video|clip|footage))\b", text[m.end():])
        return [Hit(m.start())]
    if m.group(0) == "muted" and any(v.start() <= m.start() < v.end() for v in re.finditer(MUTED_LOOK, text)):
        return []  # "going for a muted moody look": the colours, not the sound
    if any(v.start() <= m.start() < v.end() for v in re.finditer(VIEWING, text)):
        return []  # "so people can watch it on mute": how it is watched (why captions help), not an edit
    if re.search(r"(?:不要|别|不用|无需|不需要|千万别|不能)\s*$", text[:m.start()]):
        return []  # "原声不要静音": the sound stays
    if m.group(0).startswith("声音") and re.search(
            r"(?:嗡嗡|电扇|风扇|空调|冰箱|电流|机箱|噪|杂|滋滋|沙沙|嘶嘶|呼呼|风|狗叫|鸟叫|虫|咳嗽|呼吸|键盘|喇叭|汽车|"
            r"车流)[^\s，,。；;！!？?]{0,4}的\s*$", text[:m.start()]):
        # "声音里有电扇嗡嗡的声音也去掉": one sound described (a fan's hum), taken out - never the whole
        # sound muted (the noise is read by the denoiser)
        return []
    if m.group(0) == "静音" and re.search(r"(?:都|全|就|也|只|其实)?(?<!还)(?:是|属于)\s*(?:一段|一些)?$",
                                        text[:m.start()]):
        # ("算了 还是静音吧": 还是 is "rather", the choice made - a mute asked for)
        return []  # "删掉5-7秒、22-25秒，两处都是静音": what the parts named are, not a request to mute
    if m.group(0) == "静音" and (left := rx.search(
            r"^\s*(?:的)?\s*(?:那|这)?\s*(?:几|些|一)?\s*(?:个|处)?\s*(?:段落?|部分|地方|片段|处|块)\s*(?:就|都|先)?\s*"
            r"(?:不用管|别管|不管|不用动|别动|不要动|不动|留着|保留|不用删|别删|不要删|不删|不用处理|不用剪|别剪)",
            text[m.end():])):
        # "静音那几段不用管 把背景音乐调到20%就行": the silent parts (a noun), said to be left alone - no mute
        return [Hit(m.start())] if left else []
    if m.group(0) == "静音" and re.search(r"(?:开头|结尾|末尾|片头|片尾|最后|中间|停顿)\s*"
                                        r"(?:的|那段|那些|部分的?|(?:那|这)?\s*(?:几|§\d+§|\d+)\s*(?:秒钟?)?\s*的?)\s*$",
                                        text[:m.start()]):
        return []  # "删掉停顿和结尾的静音": an end's silence (a noun) to cut - never a mute of all
    # ("mute the music and bring my voice up to 120%": a level said after another verb is that verb's -
    # the mute stands)
    own_words = re.split(r"\s+(?:and|then|but|plus|also)\s+(?=(?:\w+\s+){0,2}?(?:bring|turn|make|set|put|"
                         r"boost|raise|lower|push|crank|pump|keep)\b)|[,;，；]|然后|再把|再",
                         text[m.end():])[0]
    if re.search(r"(?:\bto|\bdown to|到|调到)\s*\d+(?:\.\d+)?\s*%|^\s*(?:volume\s+|level\s+)?(?:down\s+)?"
                 r"(?:to|by|in)\s+(?:a\s+)?half\b", own_words):
        return []  # "drop the original audio to 50%", "drop the camera audio to half": a level, not silence
    rx.search(r"(?:我)?(?:要|想)?(?:做|弄|要)?(?:成)?无声的?(?:视频|版本?)?", text)  # "我要做无声的": why
    # "kill my mic audio, keep the music": what stays is part of the same reading
    rx.search(r"\b(?:but |and )?(?:keep|leave|(?:i |we )?(?:want|need) (?:just|only)|except(?: for)?|"
              r"(?<=everything )but)\s+(?:the |my )?(?:background |bg )?(?:music|song|bgm)\b", text)
    # "原声静音就行 bgm保留别删": the music said to stay (and not to go) is part of the same reading - never a
    # second reading of its own that leaves the mute out
    rx.search(r"(?:背景)?(?:音乐|配乐|bgm|background music)\s*(?:就|也|先|都|要|得|千万|可)?\s*"
              r"(?:留着|保留|留下|不动|别动|不用动|不要动|不变|(?=别|不))(?:[\s,，]*(?:别|不要|不用|不能|千万别)\s*(?:删|去掉|关|动|碰)(?:掉|了|除)?)?",
              text)
    rx.search(r"\b(?:the |all )?(?:original |orig |clip'?s? |video'?s? |camera |natural |background )?(?:aud"
              r"io|sound)\b|"
              r"原声|原音|声音", text)  # what is muted is part of the reading
    # "mute the original audio": the clip's own sound named right after the verb
    own = re.match(r"\s*(?:the |my |our |all )?(?:original|orig|clip'?s?|video'?s?|camera|mic|microphone|"
                   r"recorded|natural|phone|footage)\s+(?:audio|sound)\b", text[m.end():])
    if own or re.search(r"原声|原音|\b(?:original|orig|clip'?s?|video'?s?|camera|mic|microphone|recorded|my|"
                        r"our|phone|footage)\b", m.group(0)):
        # "把原声关掉 只留背景音乐": the clip's own sound is named as what goes; the music is not
        all_sound = rx.search(r"\beverything\b|\ball (?:the )?(?:audio|sound)|\bboth\b|全部|所有声音|完全",
                              text)
        if all_sound and (re.search(r"(?:原声|原音)\s*(?:都|也)?\s*$", text[:all_sound.start()]) or
                          re.search(_MUSIC_STAYS, c.ctx.raw.lower())):
            # "原声全部关掉 只留音乐": 全部 said of the clip's own sound is all of that sound, and the music
            # said to stay is never muted with it - only the clip's sound goes
            all_sound = None
        return [Hit(m.start(), [s.Mute.model_validate({"track": "all" if all_sound else "main"})])]
    track = _track(text, muting=True)
    if re.search(r"音乐|背景乐|配乐|bgm|background music", m.group(0)):
        track = "bgm"  # "bgm先关了 原声留着": the music is what the verb is said of, whatever else is named
    # "music at 10%... actually just mute it", "the song is awful, mute it": "it" with no sound named in
    # this clause is the sound named last before it (the music) - never the camera's sound on a guess
    # ("add music.mp3 and mute it": the music just added is not what goes - the clip's sound is)
    if track == "main" and re.match(r"\s*(?:it|them|that)\b", text[m.end():]) and not re.search(
            MUSIC + "|" + _VOICE + r"|\b(?:audio|sound|voice|mic)\b|声音|原声", text) and \
            not adds_music(c.ctx.raw) and _it_is_the_music(c):
        track = "bgm"
    # "把音乐调到10% 算了 直接静音吧": a bare 静音 with no sound named in its clause is of the sound named
    # just before it (Chinese leaves the "it" unsaid)
    if track == "main" and m.group(0) == "静音" and not re.search(
            MUSIC + "|" + _VOICE + r"|声音|原声|原音|音乐|配乐|bgm|视频|片子|素材", text) and \
            not adds_music(c.ctx.raw) and _music_named_before(c, m):
        track = "bgm"
    return [Hit(m.start(), [s.Mute.model_validate({"track": track})])]


# ("black out the sound from 0:12 to 0:14", "blank the audio 1:02-1:04": blacked out / blanked said of the
# sound itself is a mute - of the picture it is no mute)
_MUTE_VERB = (r"(?:\bmute|\bbleep(?:\s+out)?|\bsilence|\bcensor|"
              r"\b(?:black|blank|null)(?:\s+out)?(?=\s+(?:the\s+|all\s+(?:the\s+)?)?(?:sound|audio)\b))")
# the word for "that part" said between a part's times and what is done to it ("第20到25秒那块声音关了",
# "10到15秒这部分静音", "那儿的声音去掉"): it points back at the times - the part is still that part, never
# the whole sound
_THAT_PART_ZH = (r"(?:的|那段|这段|那块|这块|那一块|这一块|那部分|这部分|之间|期间|之内|那里|这里|那儿|这儿|"
                 r"那边|这边|部分|这一段|那一段|时候|时|"
                 # ("把1分35到1分40那几秒静音": the few seconds of that part)
                 r"那几秒|这几秒|那几秒钟|这几秒钟|那会儿|那一会儿)")
# the times said right after the verb ("mute just 0:20 to 0:25", "bleep out 1:02-1:04") or, in Chinese,
# right before it ("把0:20到0:25静音", "0:20到0:25的声音去掉")
# ("mute the middle bit 0:10-0:20": "middle" before the times only says where they are - never all the sound)
_PART_TIMES = (rf"{_MUTE_VERB}\s+(?:(?:just|only|the|audio|sound|out|it|everything|all|that|this|part|bit|"
               rf"middle)\s+)*"
               # ("mute the sound during 10 seconds to 20 seconds": any word for "over that span" is a part)
               rf"(?:(?:from|between|at|during|for|in|over|within|throughout)\s+)?{T}{SEP}{T}|"
               # "mute the crowd noise from 0:20 to 0:25": the sound named (a few words) between the verb and
               # the part - still a part of the sound
               rf"{_MUTE_VERB}\s+(?:(?!(?:and|then|but|plus|also|cut|trim|remove|delete|keep|to|from|between)\b)"
               rf"[a-z'’-]+\s+){{1,4}}(?:(?:from|between|at|during|for|in|over|within|throughout)\s+){T}{SEP}{T}|"
               rf"(?:静音|消音)\s*(?:一下)?\s*(?:从)?\s*{T}{SEP}{T}|"
               rf"{T}{SEP}{T}\s*(?:秒)?\s*{_THAT_PART_ZH}*\s*"
               # ("0:20-0:25那段有人骂街 声音关掉就行": what is in the part, said before its sound is turned
               # off - still that part's sound, never the whole clip's)
               r"(?:(?:有人?|是|在)[^\s§，,。！？!?]{1,6}\s*[，,]?\s*(?:(?:就|只)?\s*(?:把|将)\s*)?)?"
               # ("25秒到30秒那段原声静音": the sound named between the part and the verb)
               rf"(?:(?:(?:的)?\s*(?:声音|原声|原音)\s*(?:给|都)?\s*)?(?:静音|消音|哔掉)|"
               rf"(?:的)?(?:声音|原声)\s*(?:给|都)?\s*(?:关掉|去掉|关了|关上|关闭|不要|删掉|拿掉))")
# a part at one end, or from a point on: "mute the last 3 seconds", "silence the audio for the first 5 sec",
# "mute everything after 0:50", "把最后3秒静音", "前5秒的声音关掉"
_PART_EDGE = (rf"(?:{_MUTE_VERB}|"
              # "keep the first 3 seconds silent (for the intro music)": that part said to be soundless
              rf"\b(?:keep|leave|make|have)(?=\s+(?:the\s+)?(?:first|last|final|opening|closing)\s+§\d+§\s+"
              rf"(?:completely\s+|totally\s+)?(?:silent|muted|on mute|without\s+(?:any\s+)?"
              rf"(?:sound|audio))\b))"
              rf"\s+(?:(?:just|only|the|audio|sound|out|it|everything|all|that|this|part|bit|"
              rf"of|for|during|in|over|video'?s?|clip'?s?|original|voice)\s+)*"
              # ("mute the middle 10 seconds": that length, centred - not the whole sound)
              rf"(?:(?P<en_edge>first|last|final|opening|closing|middle)\s+{T}(?!{SEP}§)|"
              # ("mute from 0:10": from a point with no end is to the end)
              rf"(?:after|past|from)\s+(?:the\s+)?(?P<en_from>§\d+§)(?!\s*(?:to|till|until|through|-|–)\s*§)"
              rf"(?:\s+on(?:wards?)?)?)|"
              # "everything after 0:40 needs to be muted", "the audio past 1:10 should be silent": the part
              # from a point on said as how it is to be - muted from there to the end, never the whole sound
              r"\b(?:everything|anything|all|the\s+(?:rest|audio|sound|video|clip))"
              r"(?:\s+of\s+(?:it|the\s+(?:video|clip|audio|sound)))?\s+(?:after|past|from|beyond)\s+(?:the\s+)?"
              r"(?P<en_from3>§\d+§)(?!\s*(?:to|till|until|through|-|–)\s*§)(?:\s+on(?:wards?)?)?\s+"
              r"(?:needs?\s+to|should|must|has\s+to|have\s+to|gotta|has\s+got\s+to|is\s+to|can)\s+"
              r"(?:be\s+|go\s+|stay\s+)(?:completely\s+|totally\s+|fully\s+)?"
              r"(?:muted|silent|silenced|on\s+mute|without\s+(?:any\s+)?(?:sound|audio))\b|"
              rf"(?:静音|消音)\s*(?:一下)?\s*(?P<zh_edge1>前|最后|开头|结尾|末尾)\s*{T}|"
              # "静音10秒以后的部分": the verb first, then from a point on
              rf"(?:静音|消音)\s*(?:一下)?\s*(?:从)?\s*(?P<zh_from2>§\d+§)\s*(?:秒)?\s*(?:开始|以后|之后)|"
              # ("后10秒静音": 后 before the length is the last part, as 最后)
              rf"(?P<zh_edge2>前|最后|(?<![之以往])后|开头|结尾|末尾)\s*(?:的)?\s*{T}\s*(?:秒)?\s*{_THAT_PART_ZH}*\s*"
              # ("开头3秒的静音别动": that end's silence said to stay - nothing muted)
              rf"(?:(?:静音|消音)(?!\s*(?:就|也|都|先)?\s*(?:别|不要|不用|保留|留着|留下|不动|不删))|"
              # ("最后5秒把声音关了就行": 把 / 将 before the sound, 给 before the verb)
              rf"(?:(?:把|将)\s*)?(?:的)?(?:声音|原声|音频)\s*(?:给)?\s*(?:关掉|去掉|关了|关上|拿掉|不要|删掉|静音))|"
              rf"(?:从)?\s*(?P<zh_from>§\d+§)\s*(?:秒)?\s*(?:开始|以后|之后)\s*(?:的)?\s*(?:声音|原声)?\s*(?:都)?\s*"
              rf"(?:静音|消音)")
# "where my brother swears", "the swear words", "那句脏话": a part of the sound, named by what is in it
_PART_SAID = (r"\b(?:part|bit|section|moment|spot|word|words|line)s?\s+where\b|\bwhere\s+(?:he|she|they|i|we|"
              r"someone|somebody|my\s+\w+|the\s+\w+)\s+(?:swears?|curses?|cusses?|says?)\b|"
              r"\b(?:swear|curse|cuss)\s*(?:words?|ing)?\b|\bprofanity\b|\b(?:bad|dirty|rude) words?\b|"
              r"脏话|骂人|爆粗口?")


# words in the speech said to be muted - there is no mute of single words, so that is said with what can be
# done instead; the whole clip is never silenced on a guess. Fillers ("mute just the ums", "silence the uhs",
# "把语气词静音"): they can be cut (remove_fillers).
_FILLER_KIND = (r"(?:ums?|umms?|uhms?|uhs?|uhh+s?|erms?|ers|ahs?|hmms?|mm+s?|fillers?(?:\s+words?)?|"
                r"filler\s+sounds?|false\s+starts?|stutter(?:s|ing)?|likes|you\s+knows)")
MUTED_FILLERS = (rf"{_MUTE_VERB}\s+(?:out\s+)?(?:just\s+|only\s+)?(?:all\s+)?(?:of\s+)?"
                 r"(?:the\s+|my\s+|his\s+|her\s+|their\s+|those\s+|these\s+|any\s+)?"
                 rf"(?:little\s+|annoying\s+)?(?:\w+\s+)?{_FILLER_KIND}"
                 rf"(?:\s+(?:and|or|&)\s+(?:the\s+)?{_FILLER_KIND})*\b(?!\s*(?:music|song|track))|"
                 r"(?:只|仅)?(?:把|将)?\s*(?:那些|所有的?|这些)?\s*"
                 r"(?:嗯|呃|啊|额|呐|语气词|口头禅|填充词)[嗯呃啊额呐、和\s]*"
                 r"(?:的声音|这些|那些)?\s*(?:都|全)?\s*(?:给我|帮我)?\s*(?:静音|消音)|"
                 r"(?:静音|消音)\s*(?:掉)?\s*(?:那些|所有的?)?\s*(?:嗯|呃|啊|额|语气词|口头禅)")
# a word, a name or the sentences where something is said ("mute every time i say 'like'", "mute the word
# damn", "mute his name", "只把我说地址的那句静音")
_MUTED_WORDS = (rf"{_MUTE_VERB}\s+(?:out\s+)?(?:just\s+|only\s+)?(?:all\s+|every\s+|each\s+|any\s+)?"
                r"(?:of\s+)?(?:the\s+|my\s+|his\s+|her\s+|their\s+|those\s+|these\s+)?(?:\w+\s+)?"
                r"(?:word|words|name|names|f[\s-]?words?|n[\s-]?words?|f[\s-]?bombs?|phone\s+numbers?|"
                r"address|addresses|sentences?|lines?)\b(?!\s+where\b)|"
                rf"{_MUTE_VERB}\s+(?:out\s+)?(?:it\s+|the\s+(?:audio|sound)\s+)?(?:just\s+|only\s+)?"
                r"(?:every\s*time|whenever|each\s+time|any\s*time)\s+(?:i|he|she|they|we|someone|somebody|"
                r"my\s+\w+|the\s+\w+|\w+)\s+(?:says?|said|mentions?|swears?)\b|"
                r"(?:说|讲|提到|提|报|念)\S{0,10}?(?:的)?\s*(?:那|这|每)?\s*(?:几|一)?\s*"
                r"(?:句|个词|个字|段话)(?:话)?\s*(?:都|全)?\s*(?:给我|帮我)?\s*(?:静音|消音)|"
                r"(?:只|仅)\s*(?:把|将)?\s*(?:\S{0,8}?的)?\s*"
                r"(?:名字|电话|地址|那个词|那句话|那几句话?|那个字)\s*"
                r"(?:都|全)?\s*(?:给我|帮我)?\s*(?:静音|消音)")
# any other sound said as the only one to mute ("mute just my cousin's voice", "mute only the kids"):
# not a track, a time, a clip or an end, which other readings take
_TRACK_WORD = (r"(?:music|song|songs|bgm|background|bg|soundtrack|track|tracks|tune|audio|sound|sounds|"
               r"original|orig|camera|mic|microphone|main|own|natural|voice|voices|vocals?|clip|clips|video|"
               r"videos|footage|it|them|this|that|everything|all|both|first|second|third|fourth|last|final|"
               r"one|two|three|segment|segments|part|parts|bit|bits|section|sections|intro|outro|opening|"
               r"ending|beginning|start|end|middle|piece|scene|shot|[a-d]|\d+|clip\w*|when|where|while|"
               r"during|for|from|between|after|before|until|at|in|on|[a-z0-9_-]+\.(?:mp4|mov|mp3|wav|m4a))")
_MUTED_OTHER = (rf"{_MUTE_VERB}\s+(?:out\s+)?(?:just|only)\s+(?P<x>(?:the\s+|my\s+|our\s+|his\s+|her\s+|"
                rf"their\s+)?(?!{_TRACK_WORD}\b|§|the\b|my\b|our\b|your\b)[a-z][\w'-]*"
                r"(?:\s+(?!(?:and|but|so|because|keep|i|we|it|in|on|at|from|for|with|to|of|during|when|where|"
                r"while|cuz|pls|please|instead|rather)\b)[a-z][\w'-]*)?)")


def _words_muted(c: Clause) -> list[Hit]:
    """ "mute just the ums instead of cutting them out", "mute every time i say 'like'", "mute only the
    kids": a mute of some words or of one sound in the mix - the catalogue mutes a track, or a part of it by
    its times, never a sound picked out of the mix, so that is said with what can be done instead (fillers
    cut, sentences cut, a part muted or cut by its times); nothing is muted."""
    text = c.text
    fillers = rx.search(MUTED_FILLERS, text)
    words = None if fillers else rx.search(_MUTED_WORDS, text)
    other = None if fillers or words else re.search(_MUTED_OTHER, text)
    said = fillers or words or other
    if said is None:
        return []
    if other is not None:
        rx.search(re.escape(other.group(0)), text)
    # why, what stays and what is not wanted instead are part of the same reading
    rx.search(r"\b(?:instead of|rather than|not|don'?t|dont|without)\s+(?:cutting|removing|deleting|cut|"
              r"remove|delete)\w*(?:\s+(?:them|it|those|these))?(?:\s+out)?\b|"
              r"(?:别|不要|不用)\s*(?:剪|删|剪掉|删掉)\S{0,3}|"
              r"\bkeep\s+(?:the\s+)?(?:rest|everything else|other sound|other audio)\b", text)
    rx.search(r"就行|就好|即可", text)
    if fillers is not None:
        en = ("I can't mute single words — muting here goes by times (a stretch, e.g. “mute 0:20 to 0:25”, "
              "or a whole track), not by the words in it. I can cut the ums and uhs out instead (“remove the "
              "filler words”), or mute a stretch you give me the times of — say which.")
        zh = ("我没法只把语气词（嗯、呃、啊）静音——这里的静音按时间来（某一段，比如“0:20到0:25静音”，"
              "或者整条音轨），不按说的词。可以把这些语气词剪掉（“去掉语气词”），或者告诉我时间把那一段静音，你选哪个？")
    elif words is not None:
        en = ("I can't mute single words or sentences — muting here goes by times, not by what is said. "
              "I can mute a stretch by its times (e.g. “mute 0:20 to 0:25”), cut the sentences where it is "
              "said (e.g. “cut the part where I say …”), or cut a part by its times — say which.")
        zh = ("我没法按说的词或句子静音——这里的静音按时间来。可以按时间把一段静音（比如“0:20到0:25静音”），"
              "把说到它的那几句剪掉（比如“把我说到……的那几句剪掉”），或者按时间剪掉一段，你选哪个？")
    else:
        what = other.group("x") if other is not None else ""
        en = (f"I can't mute just {what} — there is no model that picks one sound out of the mix. I can "
              "mute the stretch where it is heard (give me the times, e.g. “mute 0:20 to 0:25”), cut that "
              "part, lower or mute the whole clip's sound, or reduce background noise — say which.")
        zh = ("我没法只把这一种声音静音——没有把某个声音从混音里分离出来的模型。"
              "可以把听到它的那一段静音（告诉我时间，比如“0:20到0:25静音”），或剪掉那一段，"
              "把整个视频的声音调小或静音，或者降噪，你选哪个？")
    return [Hit(said.start(), refusal=zh if c.zh else en)]


def _clock(ms: int) -> str:
    """0:20, 1:10.5"""
    minutes, sec = divmod(ms / 1000, 60)
    return f"{int(minutes)}:{sec:04.1f}" if sec % 1 else f"{int(minutes)}:{int(sec):02d}"


_EDGE_EN = r"(?P<e{n}>intro|outro|opening|ending|beginning|start|end)"
_EDGE_ZH = r"(?P<z>片头|开头|开场|前面|结尾|片尾|最后|末尾|后面)"
_BARE_EDGE_SOUND = (
    r"\b(?:mute|silence|remove|cut|kill|get rid of|drop|lose|turn off|take out)\s+(?:the\s+|its\s+)?"
    r"(?:original\s+|own\s+)?(?:sound|audio)\s+(?:in|at|from|during|of|on)\s+(?:the\s+|my\s+)?(?:very\s+)?"
    + _EDGE_EN.format(n=1) + r"\b|"
    r"\b(?:mute|silence)\s+(?:the\s+|my\s+)?(?:very\s+)?" + _EDGE_EN.format(n=2) + r"\b(?!\s+(?:§|of|at))|"
    r"\b(?:the\s+)?(?:original\s+)?(?:sound|audio)\s+(?:in|at|during|of|on)\s+the\s+(?:very\s+)?"
    + _EDGE_EN.format(n=3) + r"\b"
    rf"[^.]*?\b(?:remove|mute|get rid of|kill|cut|lose|drop|silence)\b|"
    rf"{_EDGE_ZH}\s*(?:那|这)?\s*(?:一)?\s*(?:段|部分|几秒)?\s*(?:(?:的)?\s*(?:原声|原音|声音|音频)"
    rf"[^。；;]*?(?:去掉|删掉|拿掉|关掉|去了|删了|关了|不要了?|静音|消音)|"
    # "把结尾静音", "开头静音一下": the end itself muted (not "结尾的静音删掉", that end's silence cut)
    rf"(?:都|也|给我|帮我)?\s*(?:静音|消音)(?=\s*(?:一下|掉|吧|了|哈|啊)*\s*(?:$|[，,。.!！；;])))")


def _bare_edge_sound(text: str) -> re.Match[str] | None:
    """ "片头那段原声太吵了 帮我去掉", "mute the sound in the intro": the sound of an end named with no length
    - a mute of part of the sound (None when not said)."""
    return rx.search(_BARE_EDGE_SOUND, text)


def bare_edge_refusal(m: re.Match[str], zh: bool) -> Hit:
    """How long that end is, is theirs to say: its times are asked (then only that part is muted), or the
    end can be cut."""
    said = next((g for g in (m.group("e1"), m.group("e2"), m.group("e3"), m.group("z")) if g), "")
    end = said in ("outro", "ending", "end", "结尾", "片尾", "最后", "末尾", "后面")
    if zh:
        where, cut = ("结尾", "剪掉最后5秒") if end else ("片头", "剪掉前5秒")
        return Hit(m.start(), refusal=(
            f"{where}有多长？告诉我时间点（比如“0:00到0:05静音”），我就只把那一段的原声静音，画面保留；"
            f"也可以把{where}整段剪掉（画面和声音一起，比如“{cut}”）。"))
    where, cut = ("the ending", "cut the last 5 seconds") if end else ("the intro", "cut the first 5 seconds")
    return Hit(m.start(), refusal=(
        f"How long is {where}? Tell me its times (e.g. “mute 0:00 to 0:05”) and I'll mute just that "
        f"part's sound, keeping the picture — or I can cut {where} out (picture and sound; e.g. “{cut}”)."))


# "mute the first half of the video", "后一半的声音去掉", "前三分之一静音": a share of the video at one end
_FRACTION = (r"\b(?:the\s+)?(?P<en_end>first|front|last|final|back|second)\s+"
             r"(?P<en_frac>half|third|quarter)\b|"
             r"(?P<zh_end>前|后)\s*(?P<zh_frac>一半|半段|半部分|半|三分之一|四分之一|1/3|1/4)")
_FRACTION_MUTE = (rf"{_MUTE_VERB}|静音|消音|(?:声音|原声|原音)\s*(?:给|都)?\s*(?:去掉|关掉|关了|不要|删掉)")


def _fraction_muted(c: Clause) -> Hit | None:
    """A share of the video at one end said to be muted: that part's sound is muted (mute with start_ms /
    end_ms) - never the whole clip silenced, never the part cut; with no timeline length its times are
    asked."""
    text = c.text
    frac = re.search(_FRACTION, text)
    if frac is None or not re.search(_FRACTION_MUTE, text):
        return None
    share = (frac.group("en_frac") or frac.group("zh_frac") or "").lower()
    end = (frac.group("en_end") or frac.group("zh_end") or "").lower()
    if end == "second" and share != "half":
        return None  # ("the second third": a part in the middle, asked about by the vague-part rule)
    rx.search(_FRACTION, text)
    verb = rx.search(_FRACTION_MUTE, text)
    rx.search(r"\bof\s+(?:the|my|this)\s+(?:video|clip|vid|recording|footage)\b|(?:视频|的)", text)
    parts = {"half": 2, "一半": 2, "半段": 2, "半部分": 2, "半": 2, "third": 3, "三分之一": 3, "1/3": 3,
             "quarter": 4, "四分之一": 4, "1/4": 4}[share]
    total = c.ctx.total_ms
    length = total // parts if total else 0
    if not length:
        span_en, span_zh = f"the {end} {share}", frac.group(0)
    elif end in ("first", "front", "前"):
        span_en = span_zh = f"{_clock(0)}–{_clock(length)}"
    else:
        span_en = span_zh = f"{_clock(total - length)}–{_clock(total)}"
    if length:  # a share of a timeline whose length is known: that part's sound is muted, picture kept
        a = 0 if end in ("first", "front", "前") else total - length
        return Hit(min(frac.start(), verb.start() if verb else frac.start()),
                   [s.Mute.model_validate({"track": "main", "start_ms": a, "end_ms": a + length})])
    en = (f"Tell me the times of {span_en} (e.g. “mute 0:20 to 0:25”) and I'll mute just that part's "
          "sound, keeping the picture.")
    zh = f"告诉我{span_zh}的时间点（比如“0:20到0:25静音”），我就只把那一段的声音静音，画面保留。"
    return Hit(min(frac.start(), verb.start() if verb else frac.start()), refusal=zh if c.zh else en)


def _part_has_sound(c: Clause) -> bool:
    """A range mute needs a timeline to mute: with nothing on it (or only an empty draft) the part is
    said back as before."""
    return bool(c.ctx.total_ms)


def _part_mute(c: Clause) -> list[Hit]:
    """ "mute just 0:20 to 0:25 where my brother swears", "把0:20到0:25静音": that part's sound is muted
    (mute with start_ms/end_ms) - the times never become a cut of the picture, nor is the whole clip
    silenced on a guess; a part named only by what is in it ("the part where he swears") has its times
    asked."""
    text = c.text
    if rx.search(rf"\bunmute\b|{_UNMUTE_ZH}", text):
        return []
    times = rx.search(_PART_TIMES, text)
    if not times and (words := _words_muted(c)):
        return words
    edge = None if times else rx.search(_PART_EDGE, text)
    if not times and not edge and (bare := _bare_edge_sound(text)) is not None:
        return [bare_edge_refusal(bare, c.zh)]
    if not times and not edge and (frac := _fraction_muted(c)) is not None:
        return [frac]
    said = times or edge or (rx.search(_PART_SAID, text) and rx.search(rf"{_MUTE_VERB}|静音|消音|哔", text))
    if not said:
        return []
    # what stays and why are part of the same reading
    rx.search(r"\b(?:just|only)\b|只|仅", text)
    rx.search(r"\b(?:but\s+|and\s+)?(?:keep|leave)\s+(?:all\s+)?(?:the\s+)?(?:other|rest of the|remaining)?"
              r"\s*(?:sound|audio|parts?|bits?)?(?:\s+as it is)?|"
              r"(?:其他|其余|别的)(?:的)?(?:声音|部分)?\S{0,4}", text)
    rx.search(_PART_SAID, text)
    if edge is not None:  # "keep the first 3 seconds silent": how that part is to be
        rx.search(r"^\s*(?:completely\s+|totally\s+)?(?:silent|muted|on mute|without\s+(?:any\s+)?"
                  r"(?:sound|audio))\b", text[edge.end():])
    rx.search(r"\bwhere\b[^,;]*|\b(?:he|she|they|i|we|someone|somebody|my\s+\w+)\s+(?:says?|said|swears?|"
              r"curses?|cusses?)\b[^,;]*", text)
    spans = ranges(times.group(0)) if times else []
    if edge is not None:
        total = c.ctx.total_ms
        point = int(re.sub(r"\D", "", next(g for g in edge.groups() if g and "§" in g) or "0") or 0) \
            if (edge.group("en_from") or edge.group("en_from3") or edge.group("zh_from")
                or edge.group("zh_from2")) else None
        length = int(next(x for x in re.findall(T, edge.group(0))))
        end_word = edge.group("en_edge") or edge.group("zh_edge1") or edge.group("zh_edge2") or ""
        if point is not None:
            spans = [(point, total or None)]
        elif end_word == "middle":
            if not 0 < length < total:  # no middle of that length in this programme: said, nothing muted
                return [Hit(said.start(), refusal=(
                    f"视频只有 {_clock(total)} 长，没有中间这么长的一段——请告诉我要静音的时间点"
                    "（比如“0:20到0:25静音”）。" if c.zh else
                    f"The video is only {_clock(total)} long, so there is no middle stretch that long - "
                    "tell me the times to mute (e.g. “mute 0:20 to 0:25”)."))]
            spans = [((total - length) // 2, (total - length) // 2 + length)]
        elif end_word in ("last", "final", "closing", "最后", "后", "结尾", "末尾"):
            spans = [(max(0, total - length), total or None)] if total else [(length, None)]
        else:
            spans = [(0, length)]
        if spans[0][1] is None and not total:
            spans = []
    if spans and spans[0][1] is not None and _part_has_sound(c):
        # a part of the timeline muted: the sound of that part only (mute's start_ms/end_ms) - the picture
        # is kept, and the track is the music when the music is what is named there
        a, b = spans[0]
        # (the music is what goes when named in the part's own words or right after it, "mute 0:10-0:20 of
        # the music" - not "keep the first 3 seconds silent for the intro music", where it is why)
        named = text[:said.end()]
        if after := re.match(r"\s*(?:of|on|in)\s+the\s+(?:background\s+)?(?:music|song|bgm|soundtrack)\b",
                             text[said.end():]):
            named += after.group(0)
        track = "bgm" if re.search(MUSIC, named) and not re.search(
            r"\b(?:voice|vocals?|original|speech|dialogue)\b|原声|原音|人声", named) else "main"
        return [Hit(said.start(), [s.Mute.model_validate({"track": track, "start_ms": a, "end_ms": b})])]
    if spans:
        a, b = spans[0]
        part = f"{_clock(a)}–{_clock(b)}" if b is not None else f"{_clock(a)} on"
        # (no timeline length: where "the last 3 seconds" or "from 0:50 on" is, is not known yet)
        en = (f"There is no video on the timeline yet, so there is no {part} to mute — add a clip first.")
        zh = f"时间线上还没有视频，没有 {part} 可以静音——请先添加视频。"
    else:
        # (a part is muted by its times; what is in the sound is not found here, so the times are asked)
        en = ("I can't find that part by what is said in it — tell me its times (e.g. “mute 0:20 to "
              "0:25”) and I'll mute just that part's sound, keeping the picture.")
        zh = ("我没法按说话内容找到那一段——告诉我时间点（比如“0:20到0:25静音”），我就只把那一段的声音静音，"
              "画面保留。")
    return [Hit(said.start(), refusal=zh if c.zh else en)]


# how it sounds now: the change is the other way ("the music is too loud" -> quieter)
_VOICE = (r"人声|说话声|讲话声|人的声音|旁白(?=\S{0,3}?(?:的)?\s*(?:音量|声音|大|小|响|轻|调))|"
          r"\b(?:my |the )?voices?\b|\bdialogue\b|\bspeech(?:es)?\b")
_TOO_LOUD = (r"\b(?:too|so|way too|really|very) (?:loud|noisy|blaring)\b|\bdrowns? (?:out )?(?:my|the|our)|"
             r"太吵|太大声|太响|声音太大|音乐太大")
_TOO_QUIET = (r"\b(?:too|so|way too|really|very) (?:quiet|soft|low)\b|\bcan'?t (?:really )?hear\b|"
              r"\bbarely audible|太小声|声音太小|听不清|听不到|听不见")


# a level or the track's end said in a clause ("cut the music volume in half", "背景音乐不要了", "mute the
# song"): a complaint said beside it ("its too loud over my tips", "太吵") is why, not another change
_LEVEL_SAID = (r"\d\s*%|\bin half\b|\bhalve\b|\b(?:to|by) (?:a )?half\b|"
               r"\bhalf (?:the )?(?:volume|as loud|level)\b|减半|一半|\bmute\b|\bsilence\b|静音|"
               r"\b(?:remove|lose|ditch|kill|delete|get rid of)\b|"
               r"\b(?:take|cut|pull) (?:\w+ ){0,3}out\b|"
               r"不要|"
               r"去掉|删掉|删了|删除|拿掉|关掉|撤掉|撤了|撤下|撤走")


# a purpose said beside an edit, up to where a complaint is said in it ("这样听不清的时候…", "so people who
# can't hear …", "免得太吵…"): what is said there is the case the edit is for
_PURPOSE_LED = (r"(?:\b(?:so(?: that)?|in case|even if|"
                r"for (?:people|anyone|those|viewers|folks|ppl)(?: who)?)\b|"
                r"这样|方便|便于|好让|以便|为了|免得|省得|以免|不然|要不然|否则|万一|即使|就算)"
                r"[^,;，；。.!?！？]*$")


# a sound said to go ("bgm不要了", "原声关掉", "remove the music", "drop the bgm"): with a complaint of
# loudness said beside it ("太吵", "way too loud"), the complaint is why it goes - no level to change
_SOUND_OFF = (r"\bmute\b|\bsilence\b|静音|"
              r"\b(?:remove|lose|ditch|kill|delete|drop|scrap|nix|axe|get rid of)\b|"
              r"\b(?:take|cut|pull) (?:\w+ ){0,3}out\b|\b(?:turn|switch|shut) (?:\w+ ){0,3}off\b|"
              r"不要了?|去掉|删掉|删了|删除|拿掉|关掉|关了|关闭|撤掉|撤了|撤下|撤走")
_OFF_DECLINED = (r"别|不用|不必|不要(?=\s*(?:把|将|删|去|关|静音|动|拿))|"
                 r"\b(?:don'?t|dont|do not|never|no need to|not)\b")


def _why_sound_goes(c: Clause, text: str, m: re.Match[str]) -> bool:
    """ "bgm不要了 太吵", "狗叫得太吵了 原声关掉 只留bgm", "remove the music its way too loud": a loudness
    complaint said where the request has a sound go (the sound complained of, or any when none is named)
    is why it goes."""
    if not re.fullmatch(_TOO_LOUD, m.group(0)) or percent(text) is not None or re.search(
            r"\d\s*%|\bin half\b|\bhalve\b|\bhalf\b|减半|一半", text):
        return False
    around = re.split(r"[，,;；。.!！?？]", text[:m.start()])[-1] + m.group(0) + \
        re.split(r"[，,;；。.!！?？]", text[m.end():])[0]
    named = re.search(_SOUND, around)
    music = named is not None and re.fullmatch(MUSIC, named.group(0)) is not None
    # ("bgm删了 太吵": each clause of the request on its own, the music named however it is written)
    raw = re.split(r"[，,;；。!！?？]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fffa-z])|"
                   r"(?<=[a-z])\s+(?=[\u4e00-\u9fff])", c.ctx.raw.lower())
    before: re.Match[str] | None = None
    for part in raw:
        part = re.sub(r"(?<=[a-z0-9])(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?=[a-z0-9])", " ", part)
        off, sound = re.search(_SOUND_OFF, part), re.search(_SOUND, part)
        # ("现场原声太吵了 去掉吧": a bare "去掉吧" takes away the sound said in the clause before it)
        # ("the music is too loud, just mute it": a few words of no meaning before the verb)
        bare = off is not None and not re.sub(
            r"\b(?:just|so|then|please|pls|now|ok|okay|and|simply|actually)\b|就|直接|那就|干脆|还是|帮我|"
            r"给我", "",
            part[:off.start()]).strip()
        sound, before = sound or (before if bare else None), sound
        if off is None or sound is None or re.search(_OFF_DECLINED, part[:off.start()]):
            continue
        if named is None or (re.fullmatch(MUSIC, sound.group(0)) is not None) == music:
            return True
    return False


# the loudness brought to a standard ("normalize", "-14 lufs", "音量标准化", "响度统一") and a level of its
# own changed ("turn it up", "调大一点", "music at 20%")
_NORMALIZED = (r"\bnormali[sz]\w*|\blufs\b|\bloudness\b|\bloud[\s-]?norm\w*|响度|标准化|归一化|"
               r"(?:音量|声音|音频)\S{0,2}(?:统一|均衡)|统一\S{0,2}(?:音量|声音|响度)")
_LEVEL_CHANGED = (r"\d\s*%|\bin half\b|\bhalve\b|\blouder\b|\bquieter\b|\bsofter\b|"
                  r"\bturn (?:it |\w+ ){0,2}(?:up|down)\b|\bboost|\braise\b|\blower\b|\bvolume (?:up|down)\b|"
                  r"\bbump\b|\bcrank|调大|调小|调高|调低|大一点|小一点|大点|小点|放大|提高|降低|开大|关小|\d(?:\.\d+)?\s*倍|\d(?:\.\d+)?\s*x\b")


def _why_normalized(c: Clause) -> bool:
    """A loudness complaint said in a request that has the loudness normalized, and no level changed of its
    own: why it is normalized."""
    whole = c.ctx.raw.lower() if c.ctx.raw else c.text
    return re.search(_NORMALIZED, whole) is not None and re.search(_LEVEL_CHANGED, whole) is None


# "its too quiet compared to the music": the track named after the comparison is what it is measured
# against, not the one changed
_COMPARED = re.compile(r"\b(?:compared (?:to|with)|relative to|next to|versus|vs\.?|than|over|against)\s+"
                       r"(?:the\s+|"
                       r"my\s+|our\s+)?(?:background\s+|bg\s+)?(?:music|song|bgm|track|voice|vocals?|audio|sound|"
                       r"talking|speech)\b")


# "the music is louder than my voice", "the music drowns (out) my voice", "my voice is buried under the
# music", "音乐盖过人声了", "背景音乐比人声还大": one sound covers another - the one on top (x) is turned down
_SOUND = (MUSIC + "|" + _VOICE + r"|\b(?:audio|sound|mic|narration|narrator|vocals?|voice[\s-]?overs?|vo|"
          r"talking|commentary)\b|原声|声音|说话声|旁白|解说")
_PICTURES = r"(?:clips?|videos?|vids?|footage|shots?|montage|pictures?|photos?|slides?|b-?roll)\b"
_INTENSE = r"(?:(?:way|much|a lot|a bit|so much|far|even|still|kind of|kinda)\s+)?"
_COVERS = re.compile(
    rf"(?P<x>{_SOUND})\s*(?:(?:is|are|was|'s|’s|gets?|keeps?)\s+)?{_INTENSE}(?:(?:louder|too loud)\s+"
    r"(?:than|compared (?:to|with)|next to|over)|"
    r"drown(?:s|ing|ed)?(?:\s+out)?|overpower(?:s|ing|ed)?|cover(?:s|ing|ed)?(?:\s+up)?|"
    # "the music blasting over my voice", "the song blaring over the talking"
    r"(?:blast(?:s|ing|ed)?|blar(?:es|e|ing|ed)|boom(?:s|ing|ed)?)\s+(?:over|on top of)|"
    r"bur(?:ies|ying|ied)|swamp(?:s|ing|ed)?|(?:is\s+)?on top of|(?:is\s+)?over)\s+"
    # (what it covers may be named in any words: "louder than the guy talking")
    # ("the music over the trick clips": music laid over pictures covers no sound)
    rf"(?:the\s+|my\s+|our\s+|his\s+|her\s+)?(?P<y>{_SOUND}|\bme\b|(?!{_PICTURES})[a-z][\w'-]*\b"
    rf"(?!\s+(?:[\w'-]+\s+)?{_PICTURES}))|"
    # "my voice is quieter than the music", "i can't hear my voice over the music", "my voice gets lost under
    # the music": the one said to be lost is measured against the one on top (x2)
    rf"(?P<y2>{_SOUND}|\bme\b|\bi\b)\s*(?:(?:is|are|was|'s|gets?|get)\s+)?{_INTENSE}(?:quieter|softer|lower)\s+"
    rf"than\s+(?:the\s+|my\s+)?(?P<x2>{_SOUND})|"
    rf"(?:can'?t|cannot|can not|barely)\s+hear\s+(?:the\s+|my\s+)?(?P<y3>{_SOUND}|me)\s+(?:over|under|above|"
    rf"through|with)\s+(?:the\s+|all\s+the\s+)?(?P<x3>{_SOUND})|"
    rf"(?P<y4>{_SOUND})\s*(?:(?:is|are|gets?|got)\s+)?(?:lost|buried|drowned(?:\s+out)?)\s+"
    rf"(?:under|by|in|behind)\s+"
    rf"(?:the\s+)?(?P<x4>{_SOUND})|"
    rf"(?<!别)(?<!不要)(?<!不能)(?<!不会)(?<!不许)(?P<x5>{_SOUND})\s*(?:把)?\s*(?:都|完全|快)?\s*"
    rf"(?:盖过|压过|盖住|压住|盖掉|淹没|淹掉)(?:了)?\s*(?P<y5>{_SOUND})|"
    rf"(?P<x6>{_SOUND})\s*比\s*(?P<y6>{_SOUND})\s*(?:还|都|要)?\s*(?:大声|大|响|吵)|"
    rf"(?P<y7>{_SOUND})\s*被\s*(?P<x7>{_SOUND})\s*(?:给)?\s*(?:盖过|压过|盖住|压住|盖掉|淹没)|"
    rf"(?P<y8>{_SOUND})\s*比\s*(?P<x8>{_SOUND})\s*(?:还|都|要)?\s*(?:小声|小|轻|低)|"
    # "the music is killing my voice", "the song keeps stepping on the dialogue": one sound said to ruin the
    # other (a sound named after it - "the music is killing it" is praise)
    rf"(?P<x9>{_SOUND})\s*(?:(?:is|are|was|'s|’s|keeps?)\s+)?{_INTENSE}"
    r"(?:(?:totally|completely|just|really|literally|absolutely|kinda|so)\s+)?(?:kill(?:s|ing)?|smother(?:s|ing)?|"
    r"overwhelm(?:s|ing)?|swallow(?:s|ing)?|eat(?:s|ing)\s+up|step(?:s|ping)?\s+(?:on|all over)|"
    r"stomp(?:s|ing)?\s+(?:on|all over)|wreck(?:s|ing)?|ruin(?:s|ing)?|fight(?:s|ing)?(?:\s+with)?)\s+"
    rf"(?:the\s+|my\s+|our\s+|his\s+|her\s+)?(?P<y9>{_SOUND}|\bme\b)")
# what is said after the complaint that asks for the same change ("…, turn it down", "…，调小点")
_SAME_CHANGE = (r"\b(?:turn|bring|take|knock|dial)\s+(?:it|that|them|this)\s+down\b|"
                r"\b(?:lower|reduce)\s+(?:it|that|them)\b|"
                r"\bfix (?:it|that|this)\b|\b(?:make|get) (?:it|that) quieter\b|\bpls\b|\bplease\b|"
                r"调小点?|调低点?|调小一点|调低一点|小一点|小点|降一降|降低一点|降下来|弄小点|"
                r"(?:调|调整|处理|弄|改)一下|\b(?:adjust|sort|deal with)\s+(?:it|that|this)(?:\s+out)?\b")
# a raise of the sound that is covered, said with the complaint: that is the change asked for
_RAISE_VOICE = (r"\b(?:turn|bring|boost|raise|crank)\s+(?:up\s+)?(?:the\s+|my\s+)?"
                r"(?:voice|vocals?|me|mic|speech)(?:\s+up)?\b|\b(?:voice|vocals?|mic|speech)\s+(?:up|louder)\b|(?:人声|说话声)\s*(?:调大|调高|提高|"
                r"大一点|大点)|(?:提高|调大|调高)\s*人声")
_RAISE_LOST = r"\b(?:up|louder|boost|raise|increase)\b|调大|调高|提高|大一点|大点|加大"


def _covered(c: Clause, text: str) -> list[Hit] | None:
    """ "the music is louder than my voice, turn it down": lower the sound on top, not the one covered (and
    the "turn it down" after it is the same change). None when no such complaint is said."""
    m = _COVERS.search(text)
    if m is None or re.search(r"\d\s*%", text[:m.start()]):
        return None  # a level said before it is read the usual way
    top = next(m.group(g) for g in ("x", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9") if m.group(g))
    lost = next(m.group(g) for g in ("y", "y2", "y3", "y4", "y5", "y6", "y7", "y8", "y9") if m.group(g))
    music_top = re.fullmatch(MUSIC, top) is not None
    if music_top == (re.fullmatch(MUSIC, lost) is not None):
        return None  # two of a kind ("the audio is louder than the sound"): which track is which is unclear
    rx.search(re.escape(m.group(0)), text)
    after = text[m.end():]
    if (re.search(_RAISE_LOST, after) and re.search(_SOUND + r"|\b(?:me|it)\b", after)) or \
            re.search(_RAISE_VOICE, c.ctx.raw.lower()):
        return [Hit(m.start())]  # "…, turn my voice up": the raise said after it is the change (read apart)
    rx.search(_SAME_CHANGE, after)
    track = "bgm" if music_top else "main"
    if track == "bgm" and not c.ctx.has_music and not adds_music(c.ctx.raw):
        return [Hit(m.start(), note=no_music_note(c.zh))]
    current = c.ctx.music_volume if track == "bgm" else c.ctx.main_volume
    level = percent(after)
    if level is not None:  # "…, turn it down to 20%": the level said for it
        rx.search(r"\d+(?:\.\d+)?\s*%", after)
    volume = level if level is not None else current * QUIETER
    op = s.SetVolume.model_validate({"track": track, "volume": _clamp(volume, 0.0, 4.0)})
    return [Hit(m.start(), [op])]


def no_music_note(zh: bool) -> str:
    """Said when the music's level is to change and there is no music: nothing changed for it."""
    # (what can be done instead: the sound heard is the clips' own - its level, said how)
    return ("视频里现在没有背景音乐，所以没有调音乐的音量。"
            "如果说的是视频原声，可以说“原声调到50%”。" if zh else
            "There is no background music in the video, so I didn't change any music volume. If you mean the "
            "clip's own sound, say e.g. “original audio to 50%”.")


def adds_music(raw: str) -> bool:
    """The request adds music somewhere ("add music.mp3, then turn it down")."""
    return re.search(r"\b(?:add|put|use|play|include|throw|lay|slap|stick|bring in|insert)\b[^,.;!?]*?(?:"
                     + MUSIC + r"|[\w-]+\.(?:mp3|wav|m4a|aac|ogg|flac)\b)|"
                     r"(?:加|添加|配上|配|放|用|插入)[^，,。；;！!？?]*?(?:音乐|配乐|bgm|(?<![副主])歌(?!词)|\.mp3|\.wav|\.m4a)|"
                     r"[\w-]+\.(?:mp3|wav|m4a|aac|ogg|flac)\b", raw.lower()) is not None


# "the music should cover the original sound", "i want the song to drown out the audio": one sound wished to
# be on top of another - how (instead of it, or over it turned down) is asked, never read as a complaint
_COVER_WISHED = (r"\b(?:should|must|needs? to|has to|have to|(?:want|need|like)\s+(?:it|the\s+\w+)\s+to|"
                 r"to)\s+(?:\w+\s+)?(?:drown|cover|overpower|bury|mask|replace)\b|(?:应该|要|得|想让?\S{0,4}?)\s*"
                 r"(?:盖过|盖住|覆盖|压过|替换|代替|取代)")


_SOUND_NAMED = (r"\b(?:music|song|bgm|soundtrack|voice|vocals?|audio|sound|volume|mic|narration|speech|"
                r"loud\w*|quiet\w*|softer|track)\b|音乐|配乐|背景音|声音|音量|原声|人声|大声|小声")


# a sound said to stay heard over the one whose level is set ("别盖住我说话的声音", "免得压住人声")
_KEPT_HEARD = (r"(?:别|不要|不能|不会|不许|免得|以免|省得|不然会?|否则会?)\s*(?:把|将)?\s*"
               r"(?:盖过|压过|盖住|压住|盖掉|淹没|淹掉|抢了?|影响(?:到)?)\s*(?:了)?\s*"
               r"(?:我|他|她|我们|主播|老师)?\S{0,8}?(?:的)?\s*(?:声音|人声|原声|说话声?|讲话声?|讲解|解说|旁白)")


# "turn the volume down to 50% from 0:05 on", "music at 20% from 0:10 to 0:20", "make it quieter after
# 0:30": a level for a part of the video only - set_volume with start_ms/end_ms for that part (refused
# only when the part cannot be placed), never the whole track changed on a guess
_PART_LEVEL = (rf"\b(?:from|between)\s+{T}{SEP}{T}|{T}{SEP}{T}|"
               rf"\b(?:from|after|past|starting(?:\s+(?:at|from))?|beginning\s+at|onwards?\s+from)\s+(?:the\s+)?{T}"
               rf"(?:\s*(?:mark\s+)?(?:on(?:wards?)?|to the end|till the end|until the end|and after)\b)?|"
               # ("lower the volume of the last 10 seconds", "make the last 10 seconds quieter": an end of
               # the timeline named in the level's own piece is where the level goes - never a cut)
               rf"\b(?:(?:for|in|during|over|of|on)\s+)?the\s+(?:very\s+)?(?:first|last|final|opening|closing)\s+{T}")


@dataclasses.dataclass(frozen=True)
class _PartLevel:
    """A level said for a part of the timeline: the refusal when that part cannot be set, the part
    (timeline ms) and where its words are in the clause."""

    hit: Hit
    start_ms: int
    end_ms: int | None
    at: int
    end: int


# the same in Chinese, said right before the sound or its level ("把1:00到1:30的原声调到150%",
# "前10秒的声音调小", "从0:10到0:20音量调到50%"): the part is tied to the level by what follows it, never a
# time of another edit
_PART_LEVEL_ZH = (rf"(?:从\s*)?{T}{SEP}{T}\s*(?:秒钟?)?|"
                  rf"(?P<zh_edge>前|最后|开头|结尾|末尾)\s*{T}\s*(?:秒钟?)?")
# ("第20到25秒那块声音调小": 那块 / 这部分 point back at the part, as for a mute)
_PART_LEVEL_ZH_TIED = (r"(?=\s*" + _THAT_PART_ZH + r"{0,2}\s*"
                       r"(?:原声|原音|声音|人声|音量|背景音乐|音乐|配乐|bgm|调到|调成|调大|调小|调高|调低|降低|降到|提高|提到|拉到|放大))")


def _part_volume_zh(c: Clause, text: str) -> _PartLevel | None:
    """ "b.mp4那段别删 只是声音太小 把1:00到1:30的原声调到150%": a level for a part, said in Chinese - the
    part's times right before the sound or the level (set_volume with start_ms/end_ms)."""
    if re.search(r"淡入|淡出|渐入|渐出|闪避|加上|添加|配上|\.(?:mp3|wav|m4a|aac)\b", text):
        return None
    part = re.search(f"(?:{_PART_LEVEL_ZH}){_PART_LEVEL_ZH_TIED}", text)
    if part is None or re.search(r"(?:剪|删|去|切|裁|砍|加速|减速|慢放|快放|静音|冻结|定格|倒放|放慢|变速)"
                                 r"(?:掉|除|了|去)?\s*(?:把|将)?\s*$", text[:part.start()]):
        return None  # ("剪掉0:10到0:20 音量调到50%": the times are the cut's, the level is of the whole)
    rx.search(re.escape(part.group(0)), text)
    said = [int(x) for x in re.findall(T, part.group(0))]
    total = c.ctx.total_ms
    if part.group("zh_edge"):
        last = part.group("zh_edge") in ("最后", "结尾", "末尾")
        a, b = ((max(0, total - said[0]), total) if total else (said[0], None)) if last else (0, said[0])
    else:
        a, b = said[0], said[1]
    where = f"{_clock(a)}–{_clock(b)}" if b is not None else f"{_clock(a)} 以后"
    what = "背景音乐" if re.search(r"音乐|配乐|bgm", text) else "声音"
    return _PartLevel(Hit(part.start(), refusal=(
        f"我没法只改视频里一段的音量——这里的音量是整段{what}的。可以把整段{what}调成这个音量，"
        f"或者把 {where} 剪掉（画面和声音一起）——告诉我要哪种。")), a, b, part.start(), part.end())


def _part_volume(c: Clause, text: str, m_at: int) -> _PartLevel | None:
    if c.zh:
        return _part_volume_zh(c, text)
    # ("put the music at 50% from 0:20 to 0:25": a track put at a level is a level, not something placed)
    if re.search(r"\b(?:fade|fades|fading|duck\w*|add|use)\b|\.(?:mp3|wav|m4a|aac)\b|\bover\s+§|"
                 r"\bput\b(?!\s+(?:the\s+)?(?:music|bgm|song|sound|audio|volume)\s+"
                 r"(?:at|to|down to|up to)\s+\d)",
                 text):
        return None
    # (in the level's own part: "cut 0:05-0:10 and turn it down to 50%" is a cut and a level)
    at = 0
    piece_end = 0
    for piece in re.split(r"[,;.!?]|\bthen\b|\band\s+(?!(?:the\s+)?§)|\balso\b", text):
        found_at = text.find(piece, at)
        # (the piece runs to where it ends in the text - the "and " split off before it is not its length)
        piece_end = max(at, found_at) + len(piece)
        if found_at <= m_at < found_at + len(piece) or not piece.strip():
            break
        at = found_at + len(piece)
    part = rx.search(_PART_LEVEL, text[at:piece_end])
    if part is None:
        return None
    said = [int(x) for x in re.findall(T, part.group(0))]
    total = c.ctx.total_ms
    if re.search(r"\b(?:first|last|final|opening|closing)\b", part.group(0)):
        last = re.search(r"\b(?:last|final|closing)\b", part.group(0)) is not None
        a, b = ((max(0, total - said[0]), total) if total else (said[0], None)) if last else (0, said[0])
    else:
        a, b = said[0], said[1] if len(said) > 1 else (total or None)
    where = f"{_clock(a)}–{_clock(b)}" if b is not None else f"{_clock(a)} on"
    music = re.search(MUSIC, text) is not None
    what = "the music" if music else "the sound"
    rx.search(r"\b(?:volume|level)\b|\d+(?:\.\d+)?\s*%|\b(?:down|up|to|at|on|onwards?)\b", text)
    return _PartLevel(Hit(at + part.start(), refusal=(
        f"I can't change the volume for just part of the video — the level here is for {what} through the "
        f"whole video. I can set {what} for the whole video, or cut {where} out (picture and sound) — say "
        "which.")), a, b, at + part.start(), at + part.end())


# the clip's own sound named, then straight away its level ("原声调到80%", "camera audio to 60%", "original
# sound at 80%")
_OWN_LEVEL = (r"(?:原声|原音|相机(?:的)?声音|现场声|人声)\s*(?:的)?\s*(?:音量)?\s*"
              r"(?:调到|调成|调为|设为|设成|降到|提到|提高到|拉到|改成|改为|到|为|)\s*\d+(?:\.\d+)?\s*%|"
              r"\b(?:the\s+|my\s+|our\s+)?(?:original|orig|camera|clip'?s?|video'?s?|phone|footage|recorded)\s+"
              r"(?:audio|sound)(?:\s+(?:volume|level))?\s+(?:(?:down\s+|up\s+)?(?:to|at)\s+|=\s*|:\s*)?"
              r"\d+(?:\.\d+)?\s*%")


# music still to go on top, said as why the clip's own sound is lowered ("上面要配音乐的", "since i'm adding
# music on top")
_MUSIC_TO_COME = (r"(?:上面|后面|之后|以后|后期|回头|待会儿?|等下|等会儿?)\s*(?:还|会|再)?\s*(?:要|会)\s*"
                  r"(?:再)?\s*(?:配|加|放|垫)(?:上)?\s*(?:个|点|段|一段)?\s*(?:背景)?(?:音乐|bgm|配乐|歌)"
                  r"(?:的|呢|啊)?|"
                  r"\b(?:since|because|cause|cuz|as)\s+(?:i'?m|i am|we'?re|we are|i'?ll|i will|"
                  r"we'?ll)\s+(?:going to\s+|gonna\s+)?(?:add|put|lay|drop)(?:ing)?\s+(?:some\s+|the\s+)?"
                  r"(?:music|a song|a track)\s+(?:on top|over it|later|underneath)\b")


# "助眠视频要保持小声", "asmr has to stay quiet": the sound said to stay as quiet as it is - no change of
# level (the loudness left as it is, never halved on a guess)
_KEPT_QUIET = (r"(?:保持|维持|一直|始终)\s*(?:着|住)?\s*(?:很|比较)?\s*"
               r"(?:小声|安静|轻声|轻柔|低音量|音量小|声音小)(?!\s*(?:一点|一些|点|些))|"
               r"\b(?:stay|stays|staying|remain|remains|be kept|kept)\s+"
               r"(?:nice\s+and\s+|really\s+|super\s+|very\s+|as\s+)?(?:quiet|soft|low|hushed|gentle)\b"
               r"(?!\s+(?:as|like)\b)|"
               r"\bkeep\s+(?:it|things|everything|the\s+(?:audio|sound|volume|video))\s+"
               r"(?:nice\s+and\s+|really\s+|super\s+|very\s+|as\s+)?(?:quiet|soft|hushed|gentle)\b(?!\s+(?:as|like)\b)")


def _kept_quiet(c: Clause) -> Hit | None:
    """The sound said to stay quiet, with no level, no music and no change said with it: read, no edit."""
    m = re.search(_KEPT_QUIET, c.text)  # (read - recorded - only when it is this reading)
    if m is None or re.search(r"\d\s*%|\bhalf\b|一半|减半|" + MUSIC, c.text) or adds_music(c.ctx.raw) or \
            re.search(r"\b(?:lower|reduce|decrease|turn\s+(?:\w+\s+)?down|quieter|softer)\b|调小|调低|降低|小一点|小点",
                      c.text):
        return None
    rx.search(_KEPT_QUIET, c.text)
    return Hit(m.start())


# the music said not to go ("bgm别删", "音乐留着", "don't delete the music", "keep the song"), and the clip's
# own sound named anywhere (原声, "my voice", "the original audio") - see volume_rule
_MUSIC_SPARED = (r"(?:背景)?(?:音乐|配乐|bgm|background music|歌)\s*(?:就|也|先|都|千万|可|还是)?\s*"
                 r"(?:别删|不删|别去掉|不要删|别关|不要去掉|别拿掉|留着|保留|留下)|"
                 r"(?:别|不要|不用)\s*(?:删|去掉|拿掉|关)(?:掉|了)?\s*(?:背景)?"
                 r"(?:音乐|配乐|bgm|background music)|"
                 r"\b(?:don'?t|dont|do not|never|no need to)\s+(?:remove|delete|drop|lose|kill|cut|ditch|"
                 r"get rid of|take out)\s+(?:the |my )?(?:background |bg )?(?:music|song|bgm|soundtrack)\b|"
                 r"\bkeep\s+(?:the |my )?(?:background |bg )?(?:music|song|bgm|soundtrack)\b")
_OWN_SOUND_NAMED = (r"原声|原音|人声|说话|讲话|解说|旁白|现场声|视频(?:的)?声音|"
                    r"\b(?:voice|vocals?|original|orig|camera|mic|dialogue|speech|narration|footage)\b|"
                    r"\b(?:clip|video)'?s?\s+(?:own\s+)?(?:audio|sound)\b")


def volume_rule(c: Clause) -> list[Hit]:
    if re.search(_COVER_WISHED, c.text):
        return []
    if (quiet := _kept_quiet(c)) is not None:
        return [quiet]
    to_come = re.search(_MUSIC_TO_COME, c.text)
    if to_come and not re.search(MUSIC, c.text[:to_come.start()]):
        # "原声别关 调小到六成就行 上面要配音乐的": the music still to come is why the clip's own sound is
        # lowered - read as said (no music edit, nor the level moved onto the music)
        hits = volume_rule(Clause(c.text[:to_come.start()] + " " * len(to_come.group(0)) +
                                  c.text[to_come.end():], c.ctx))
        if hits and all(op.track == "main" for h in hits for op in h.ops if isinstance(op, s.SetVolume)) and \
                any(h.ops for h in hits):
            rx.search(_MUSIC_TO_COME, c.text)
            return hits
    own_at = re.search(_OWN_LEVEL, c.text)
    if own_at and own_at.start() > 0 and re.search(MUSIC, c.text[:own_at.start()]) and \
            len(re.findall(r"\d+(?:\.\d+)?\s*%", c.text)) == 1:
        # "bgm开头淡入2秒 结尾淡出4秒 原声调到80%", "fade the music in, camera audio to 60%": the only level,
        # said right after the clip's own sound, is that sound's - read from there (the music named before it
        # is another edit's)
        return [dataclasses.replace(h, pos=h.pos + own_at.start())
                for h in volume_rule(Clause(c.text[own_at.start():], c.ctx))]
    if own_at and re.search(MUSIC, c.text[own_at.end():]) and \
            not re.search(MUSIC, c.text[:own_at.end()]) and \
            len(re.findall(r"\d+(?:\.\d+)?\s*%", c.text)) == 1:
        # "原声调到六成 后面要配音乐": the level said right after the clip's own sound is that sound's - the
        # music named after it is another thing (read up to the level)
        return volume_rule(Clause(c.text[:own_at.end()], c.ctx))
    if (covered := _covered(c, c.text)) is not None:
        return covered
    if re.search(r"\b(?:saturation|contrast|brightness|exposure|gamma)\b|饱和度|对比度|亮度|曝光",
                 c.text) and \
            not re.search(r"\b(?:volume|loud\w*|quiet\w*|audio|sound|music|bgm|song|voice|vocals?|mic|"
                          r"speech)\b|音量|声音|音乐|原声|配乐|人声", c.text):
        return []  # "turn the saturation down a little, to 0.9": the picture's property named takes the level
    # (blanked, not cut: positions stay those of the window)
    text = _COMPARED.sub(lambda f: " " * len(f.group(0)), c.text)
    # "make it 20% brighter and the music quieter", "speed it up 20% and the music to 40%": an amount said in
    # a part about the picture or the speed is that part's (blanked here, positions kept)
    text = other_parts_blanked(text, r"\d+(?:\.\d+)?\s*%", _SOUND_NAMED)
    # "配上music.mp3 音量20% 别盖住我讲解的声音": the sound said to stay heard is why the level is what it
    # is - the level is the other one's (the music's), never the voice's
    heard = re.search(_KEPT_HEARD, text)
    kept_heard = heard is not None and re.search(r"\d\s*%", text[:heard.start()]) is not None
    if heard is not None and kept_heard:
        rx.search(re.escape(heard.group(0)), text)
        text = text[:heard.start()] + " " * (heard.end() - heard.start()) + text[heard.end():]
    m = rx.search(_TOO_LOUD + "|" + _TOO_QUIET + r"|\bvolume\b|\blouder\b|\bquieter\b|\bsofter\b|"
                  # ("turn the speed down to 80%": the speed's, not the sound's; "turn the contrast up to 1.3
                  # and the music down to 20%": the picture's)
                  # ("turn the whole mix down to 70%", "turn everything down": all the sound at once)
                  r"\bturn (?:it |everything |it all |the (?:whole|entire|overall|full|final) mix |"
                  r"(?:the|my|our|his|her) (?!speed\b|pace\b|tempo\b|playback\b|contrast\b|"
                  r"saturation\b|brightness\b|exposure\b|gamma\b|colou?rs?\b)\w+ )?"
                  r"(?:up|down)\b|"
                  # "turn the final 6 seconds down to 40%": an end of the timeline turned down is its level
                  # "lower the last 10 seconds to 50%": an end of the timeline lowered to a level
                  r"\b(?:lower|raise|reduce|boost|drop)\s+(?:the\s+(?:very\s+)?(?:first|last|final|opening|"
                  r"closing)\s+§\d+§|\s{4,})(?=\s*(?:down\s+|up\s+)?(?:to|at|by)\s+\d+(?:\.\d+)?\s*%)|"
                  # (read again with the part blanked: "turn" and spaces, then the way)
                  r"\bturn\s+(?:the\s+(?:very\s+)?(?:first|last|final|opening|closing)\s+§\d+§\s+|\s{4,})"
                  r"(?:up|down)\b|"
                  # "halve the camera audio": the sound halved is its volume
                  r"\bhalve\s+(?:the\s+|my\s+|our\s+)?(?:[a-z']+\s+)?(?:audio|sound|voice|music|song|bgm|mic)\b|"
                  # "just lower it to 60%": a level said for "it" is its volume
                  r"\b(?:lower|raise|reduce|decrease|increase|boost)\s+(?:it|them)\b(?=[^,;]*?\d\s*%)|"
                  # ("remove the bgm... wait, just make it lower, like 10%": "lower" said of "it" is its
                  # level - only where "it" is the music named before, see below; "make the title lower"
                  # is a place)
                  r"\bmake\s+(?:it|them)\s+(?:a\s+(?:bit|little|lot)\s+|much\s+|way\s+)?lower\b|"
                  # ("dont delete the music, just drop it to 15%": dropped / brought to a level, not taken
                  # out; "set it to 15%" only where "it" is the music named before - see below)
                  r"\b(?:drop|bring|knock|take|set|put|make|turn)\s+(?:it|them)\s+(?:down\s+)?(?:to|at)\s+"
                  r"(?:like\s+|about\s+|around\s+|maybe\s+)?\d+(?:\.\d+)?\s*%"
                  r"(?!\s*(?:speed|faster|slower|size|smaller|bigger|zoom|scale|opacity|transparen\w*|"
                  r"bright\w*|saturat\w*|contrast))|"
                  r"音量|大声|小声|声音大|声音小|轻一点|"
                  # "把背景音乐声音减半": its sound changed by an amount is its volume
                  r"(?:声音|原声|人声)(?=\s*(?:减半|调|降|提高|加大|减小|减少|增加|砍|削))", text)
    if m is not None and re.match(r"(?:set|put|make)\s|turn\s+(?:it|them)\s+(?:to|at)\s", m.group(0)) and \
            not _it_is_the_music(c):
        m = None  # ("set it to 50%": a level of what - only the music named before it is read so)
    bare = m is None and re.search(MUSIC + r"|bgm|原声|人声|声音|音量", c.ctx.raw.lower()) is not None
    if bare and not re.search(
            r"速|快|慢|亮|暗|饱和|对比|曝光|色|透明|字|缩放|放大|画面|音调", c.ctx.raw.lower()):
        # "bgm删了吧…算了还是留着 调到20%": a bare level said after the sound just named (and kept) is its
        # volume - only where the request names a sound and nothing else a level could be of
        # ("…还是留着 调小到10%": the level said with which way it moves is as bare)
        m = rx.search(r"^\s*(?:再|就|那就|然后)?\s*(?:调到|调成|调为|降到|拉到|"
                      r"(?:调|降|减|压|调整)(?:小|低|轻)(?:一点|点)?(?:到|成)|(?:调|提|拉|开)(?:大|高|响)(?:一点|点)?(?:到|成)|"
                      r"压到|降低到|减小到|减到)"
                      r"(?=\s*\d+(?:\.\d+)?\s*%)", text)
    bare = bare and m is not None
    if m is not None and _why_sound_goes(c, text, m):
        return [Hit(m.start())]  # "bgm不要了 太吵": why the music goes, not a second change of a level
    if m is not None and re.fullmatch(_TOO_LOUD + "|" + _TOO_QUIET, m.group(0)) and \
            percent(text) is None and (re.search(_PURPOSE_LED, text[:m.start()]) or
                                       re.match(r"\s*的?\s*(?:时候|人|观众|朋友)", text[m.end():])):
        # "加字幕，这样听不清的时候也能看懂", "captions so people who cant hear can follow": a sound too quiet
        # (or loud) said inside a purpose is the case the edit is for, not a complaint to fix
        return [Hit(m.start())]
    own = (r"\b(?:the |my |our )?(?:voice|vocals?|mic|speech|dialogue|narration|original (?:audio|sound)|"
           r"audio|sound)\b|人声|原声|说话声")
    both = (rf"(?:{own})\s*(?:and|&|plus|和|跟|与|还有)\s*(?:the |my |our )?(?:{MUSIC})|"
            rf"(?:{MUSIC})\s*(?:and|&|plus|和|跟|与|还有)\s*(?:{own})")
    both = rf"\bboth\s+(?:{both})|(?:{both})\s*,?\s*(?:\b(?:both|each)\b|都|两个都|两个)"
    pair = re.search(both, text)
    if pair and len(re.findall(r"\d+(?:\.\d+)?\s*%", text)) == 1 and \
            re.search(r"\d+(?:\.\d+)?\s*%", text[pair.end():]) and \
            not re.search(r"\bfrom\b|从|\b(?:by|down by|up by)\s*\d", text):
        # "set the voice and the music both to 80%", "人声和音乐都调到80%": one level for each of the two
        rx.search(both, text)
        rx.search(r"\b(?:(?:set|put|turn|make|bring)\b.*?)?(?:to|at|调到|调成|设为)?\s*\d+(?:\.\d+)?\s*%",
                  text)
        level = _clamp(percent(text) or 1.0, 0.0, 4.0)
        return [Hit(pair.start(), [s.SetVolume.model_validate({"track": "main", "volume": level}),
                                s.SetVolume.model_validate({"track": "bgm", "volume": level})])]
    pct_at = re.search(r"\d+(?:\.\d+)?\s*%", text)
    voice = re.search(r"\b(?:my |the )?(?:voice|vocals?|mic|speech|dialogue|narration)\b", text)
    if not m and pct_at and voice and voice.start() < pct_at.start() and \
            re.search(MUSIC, text[:voice.start()]):
        # "duck the music and bring my voice up to 120%": the level said after the voice is the voice's
        said = text[voice.start():]
        rx.search(r"^[^,;]*?\d+(?:\.\d+)?\s*%", said)
        level = _clamp(percent(said) or 1.0, 0.0, 4.0)
        return [Hit(voice.start(), [s.SetVolume.model_validate({"track": "main", "volume": level})])]
    noun = rx.search(r"\b(?:audio|sound|music|bgm|song|voice|track|mic|microphone)\b|声音|音乐|原声|配乐|" +
                     _VOICE, text)
    # "duck the music, bump it to 40%": the music said in the clause before, "it" here - referred back to
    # (another reading of that clause explains it), not read again
    later = re.search(r"[,;，；]", text[noun.end():]) if noun else None
    referred = noun if noun and later and re.search(r"^[^,;，；]*(?:\b(?:it|them)\b|它)[^,;，；]*\d\s*%",
                                                    text[noun.end() + later.end():]) else None
    # "原声不要静音 把music.mp3加进来 15%", "keep the original sound, add music.mp3 at 20%": the only level,
    # said right after a song file being added, is how loud that song goes in (music_rule's add_music) -
    # never a level of the sound named earlier, nor of music not there yet
    added = re.search(r"(?:把|将)?\s*[\w-]+\.(?:mp3|wav|m4a|aac|ogg|flac)\s*"
                      r"(?:加进来|加进去|加上|加入|放进来|"
                      r"放进去|配上|垫上)\s*(?:吧|一下)?\s*(?:音量)?\s*(?:调到|到|为)?\s*\d+(?:\.\d+)?\s*%\s*$|"
                      r"(?:加上?|加入|配上?|放|垫上?)\s*[\w-]+\.(?:mp3|wav|m4a|aac|ogg|flac)\s*(?:进来|进去)?\s*"
                      r"(?:音量)?\s*(?:调到|到|为)?\s*\d+(?:\.\d+)?\s*%\s*$|"
                      r"\b(?:add|put in|bring in|lay)\s+(?:in\s+)?[\w-]+\.(?:mp3|wav|m4a|aac|ogg|flac)\s+"
                      r"(?:at|to)\s+\d+(?:\.\d+)?\s*%\s*$", text)
    if (not m or (added and m.start() >= added.start())) and noun and added and \
            noun.start() < added.start() and \
            len(re.findall(r"\d+(?:\.\d+)?\s*%", text)) == 1 and \
            not re.search(r"\b(?:bgm|music|song)\b|音乐|配乐", text[:added.start()]):
        return []
    if not m and noun and rx.search(r"\d+(?:\.\d+)?\s*%", text):
        m = noun
    if not m and noun:
        m = rx.search(r"\b(?:lower|raise|boost|reduce|decrease|increase|amplify|up|down|at|to|bump|crank|"
                      r"pump|by(?= (?:a )?half\b))\b|降低|提高|调低|调高|调大|调小|放大|"
                      r"小一点|大一点|大点|小点|调到|调成|设为|设成|"
                      # "背景音乐砍掉一半": a share cut off the music is off its level
                      r"(?:砍|削|减)(?:掉|去|了)?\s*(?=一半|§|\d)", text)
        if m and re.match(r"(?:\s+(?!and\b|then\b)[\w']+){0,3}?\s+"
                          r"(?:noise|hiss|hum|buzz|static|crackle|rumble)\b", text[m.end():]):
            m = None  # "…my voice. reduce the background noise": the noise is what is reduced (denoise_rule)
        if m and re.match(r"\s+(?:it|that|this|them)\b(?![^,;.]*\d\s*%)", text[m.end():]):
            last = list(re.finditer(r"\b(?:noise|hum|hiss|buzz|static|crackle|rumble|humming|buzzing|"
                                    r"hissing|audio|sound|music|bgm|song|voice|track|mic)\b",
                                    text[:m.start()]))
            if last and re.fullmatch(r"noise|hum|hiss|buzz|static|crackle|rumble|humming|buzzing|hissing",
                                     last[-1].group(0)):
                m = None  # "the audio has a hum, … reduce it": "it" is the noise (denoise_rule's)
        if m and not rx.search(r"\d+(?:\.\d+)?\s*(?:%|倍(?!速))|\b(?:to|by|in) (?:a )?half\b|一半|"
                               r"\b(?:lower|raise|boost|reduce|decrease|increase|"
                               r"amplify|up|down|bump|crank|pump)\b|"
                               r"降低|提高|调低|调高|调大|调小|放大|小一点|大一点|大点|小点", text):
            m = None  # "the sound at the end" is not a volume change
    if not m:
        return []
    if re.fullmatch(_TOO_LOUD + "|" + _TOO_QUIET, m.group(0)) and _why_normalized(c):
        # "normalize everything to -14 because last time spotify said it was too quiet", "音量标准化
        # 上次有人说太吵": the loudness complaint is why it is normalized - the loudness brought to the
        # standard, no level of its own
        return [Hit(m.start())]
    if (part := _part_volume(c, text, m.start())) is not None:
        if part.end_ms is None or not c.ctx.total_ms or part.start_ms >= min(part.end_ms, c.ctx.total_ms):
            return [part.hit]
        # the level for that part only (set_volume's start_ms/end_ms): the rest of the clause read as a
        # whole-track level, with the part's words blanked (same length, so every position stays)
        rest = text[:part.at] + " " * (part.end - part.at) + text[part.end:]
        hits = volume_rule(dataclasses.replace(c, text=rest))
        span = {"start_ms": part.start_ms, "end_ms": min(part.end_ms, c.ctx.total_ms)}
        ranged = [dataclasses.replace(h, ops=[op.model_copy(update=span) if isinstance(op, s.SetVolume)
                                              else op for op in h.ops]) for h in hits]
        if any(isinstance(op, s.SetVolume) for h in ranged for op in h.ops):
            rx.search(re.escape(text[part.at:part.end]), text)
            return ranged
        return [part.hit]
    if re.search(_FIX_QUIET, text) and not re.search(r"\d\s*%|\blouder\b|\bturn (?:it |\w+ )?up\b|\bboost|"
                                                    r"\braise|\bvolume up\b", text):
        return [Hit(m.start())]  # "…too quiet …, fix the too quiet part": loudnorm_rule's, the quiet is why
    if re.fullmatch(r"\bcan'?t (?:really )?hear|听不清|听不到|听不见", m.group(0)) and \
            re.search(_NOISE_NAMED, c.ctx.raw.lower()) and not re.search(MUSIC, c.ctx.raw.lower()) and \
            not re.search(r"\d\s*%|\bvolume\b|\blouder\b|\bturn (?:it |\w+ )?up\b|音量|大声|调大|放大|提高",
                          c.ctx.raw.lower()):
        # "空调的底噪太大了 人声都听不清 去一下噪音": the voice lost in a noise named is why the noise goes
        # (denoise_rule's), not a change of level
        return [Hit(m.start())]
    if re.search(r"统一\S{0,3}(?:音量|声音|响度)|(?:音量|声音|响度)\S{0,2}(?:统一|标准化|均衡)", text) and \
            not re.search(r"\d\s*%", text):
        return []  # "统一下音量": the loudness evened out (loudnorm_rule), no level to set
    subject = re.search(r"(?:^|[,;]\s*)(?:the\s+|my\s+|our\s+|this\s+|that\s+)?([\w' ]+?)\s+"
                        r"(?:is|are|was|were|gets?|got)\s+$", text[:m.start()])
    if subject and re.fullmatch(_TOO_LOUD + "|" + _TOO_QUIET, m.group(0)) and not re.search(
            r"\b(?:it|music|song|bgm|track|audio|sound|voice|vocals?|mic|video|clip|volume|narration|speech|"
            r"dialogue|everything|this|that|he|she|they|intro|outro|end|ending|beginning|start|part|bit|section|"
            r"first|last|rest|all)\b", subject.group(1)):
        return []  # "the cocktail hour is so loud": the place described (the reason), no sound named
    parts = re.split(r"[，,;；。]", text)
    levels = len(re.findall(r"\d+(?:\.\d+)?\s*%", text))
    if levels > 1 and len(parts) == 1 and not re.search(r"\bfrom\b|从", text):
        # "music at 20% and my voice at 120%": two tracks, each with its level, joined by "and"
        pieces = [p for p in re.finditer(r"(?:(?!\s+(?:and|&|while|but|plus)\s+).)+", text)]
        if len(pieces) == levels and all(
                len(re.findall(r"\d+(?:\.\d+)?\s*%", p.group(0))) == 1 and
                re.search(MUSIC + "|" + _VOICE + r"|\b(?:audio|sound|voice|vocals?|mic)\b", p.group(0))
                for p in pieces):
            ops = [op for p in pieces for h in volume_rule(Clause(p.group(0), c.ctx)) for op in h.ops]
            if len(ops) == levels and all(isinstance(op, s.SetVolume) for op in ops):
                rx.search(r"\s+(?:and|&|while|but|plus)\s+", text)
                return [Hit(m.start(), ops)]  # one reading: the words are shared by both levels
    if (levels > 1 and not re.search(r"\bfrom\b|从", text)) or (
            len(parts) > 1 and any(re.search(_VOICE, p) for p in parts) and any(
                re.search(MUSIC, p) and not re.search(_VOICE, p) for p in parts)):
        return []  # "人声调到80%，背景音乐调到15%": two tracks or two levels, each read in its own clause
    track = _track(text)
    raw = re.sub(_STEM_SPLIT, " ", c.ctx.raw.lower())  # (the music a voice is split from is no sound named)
    if kept_heard and (re.search(MUSIC, raw) or c.ctx.mentioned(raw, "audio") or c.ctx.has_music):
        track = "bgm"
    if track == "main" and not noun and (re.search(MUSIC, raw) or c.ctx.mentioned(raw, "audio")) and \
            not re.search(r"\b(?:voice|vocals?|mic|speech|dialogue|audio|sound|original)\b|人声|原声|"
                          r"声音", raw):
        track = "bgm"  # "music.mp3 underneath, quiet-ish, 20% volume": the only sound named is the music
    if bare and track == "main" and re.search(r"bgm|音乐|配乐", raw) and \
            (not re.search(r"原声|人声|声音", raw) or _music_named_before(c, m)):
        # "bgm删了吧…算了还是留着 调到20%": the level is of the music named before it
        # ("原声不要静音 音乐小点 调到10%": the sound named last before the bare level is the music)
        track = "bgm"
    named = re.search(MUSIC + "|" + _VOICE + r"|声音|\b(?:audio|sound)\b", text)
    if not named and not noun and track == "main" and c.ctx.has_music and re.search(
            rf"(?:{MUSIC}|bgm|音乐|配乐)[^。.!?]*?(?:还是|算了|不对|等等)[^。]{{0,6}}?(?:留着|保留|留下|别删|不删|不要删)|"
            rf"(?:{MUSIC})[^.!?]*?\b(?:actually|wait|no|nah|hmm)\b[^.!?]{{0,24}}?\b(?:keep|leave)\s+"
            r"(?:it|them|that)\b", raw) and \
            not re.search(r"原声|人声|原音|(?<![小大])声音|\b(?:voice|vocals?|audio|sound|mic)\b", raw):
        # "bgm删了吧…不对还是留着 小声点 10%", "delete the music... actually keep it, quieter, 10%": the
        # music taken back from going is what the bare level after it is of - never the clip's own sound
        track = "bgm"
    if not named and track == "main" and _it_is_the_music(c):
        track = "bgm"
    spared = c.ctx.has_music and re.search(_MUSIC_SPARED, raw) is not None and \
        not re.search(_OWN_SOUND_NAMED, raw) and not re.search(MUSIC, re.sub(_MUSIC_SPARED, " ", text))
    if track == "main" and spared:
        # "bgm别删啊 声音放到两成就行", "don't delete the music, just put the sound at 20%": the music said
        # to stay, then a bare sound's level - the sentence is about the music, so the level is its level
        # (never the clip's own sound, which nobody named)
        track = "bgm"
    # "音乐从第45秒开始淡出 原声大一点": the clip's own sound named right before the level word, in the same
    # Chinese clause, is what changes - the music of the clause before is another edit's
    own = re.split(r"[，,;；。！!？?\s]", text[:m.end()])[-1]
    # (never where the music is named after it: "原声不要静音 bgm调小到10%" is the music's level)
    if track == "bgm" and re.search(r"原声|人声|原音|(?<!音乐)(?<!背景)声音", own) and \
            not re.search(MUSIC + r"|背景音", text[m.end() - len(own):]) and not spared:
        track = "main"
    if percent(text) is None and re.search(_TOO_LOUD + "|" + _TOO_QUIET, text) and \
            not re.search(_LEVEL_SAID, text) and any(
            (re.search(r"\d\s*%", part) or
             (re.search(_LEVEL_SAID, part) and re.search(_SOUND + r"|volume|音量", part)))
            and (not named or
                                             (re.search(MUSIC, part) is not None) == (track == "bgm") or
                                             # "the song is too loud, turn it down to 30%": "it" is the song
                                             (re.search(r"\b(?:it|them)\b", part) is not None and
                                              not re.search(MUSIC + "|" + _VOICE + r"|\b(?:audio|sound)\b",
                                                            part)))
            for part in re.split(r"[，,;；。]", c.ctx.raw.lower())):
        # "背景音乐调到15%，现在bgm太吵了": the complaint is why that level was given, not another change
        return [Hit(m.start())]
    if track == "bgm" and not c.ctx.has_music and not adds_music(c.ctx.raw) and (
            c.ctx.of_kind("audio") or percent(text) is None):
        # "the music is too loud, also denoise my voice", "turn the music down and add subtitles" with no
        # music on the timeline (none added by the request): a change of music that is not there adds none -
        # said, nothing changed for it, the other edits done
        # ("lower the music to 20%": the change verb is read with it)
        rx.search(r"\b(?:lower|raise|reduce|decrease|increase|boost|turn|bring|drop|dial|knock|make)\b|调|降|提高|"
                  r"增大|减小", text)
        return [Hit(m.start(), note=no_music_note(c.zh))]
    if track == "bgm" and not c.ctx.has_music and not c.ctx.of_kind("audio"):
        return [Hit(m.start(), refusal="There is no background music to change — upload an audio file "
                                       "first.")]
    current = c.ctx.music_volume if track == "bgm" else c.ctx.main_volume
    pct = percent(text)
    volume: float | None = None
    if pct is None and rx.search(r"\bin half\b|\bhalve\b|\bhalf (?:the )?(?:volume|as loud)|减半|一半|"
                                 r"\b(?:to|by) (?:a )?half\b(?!\s*(?:speed|the speed|time))", text):
        pct = 0.5  # "cut the music volume in half", "drop the camera audio to half"
        halved = True  # half of the level now, not 50 % of full ("cut the music in half": 0.35 -> 0.175)
    else:
        halved = False
    if pct is not None:
        volume = pct
        # "lower it by 20%", "音量减少20%" (no 到 / 成: by that much, not to it) are relative
        # and so is a change verb straight before the share ("lower the volume 30%", "turn it down 30
        # percent"); "to / at 30%", "调到30%" set the level
        # ("make it 30% quieter", "音量降30%", "声音小30%": the share said with the comparison is by it too)
        # ("原声音量砍掉30%", "音乐减掉20%", "削减一半": a share cut off a level lowers it by that share)
        if rx.search(r"\bby\s*\d+(?:\.\d+)?\s*%|(?:减少|降低|调低|调小|减小|(?:减|砍|削|扣|压)(?:掉|去|了)|"
                     r"削减|缩减|砍|减|提高|增加|加大|调高|调大|"
                     # ("小声20%", "大声20%": the share right after "quieter" is by it, as "声音小20%";
                     # "小声点 20%" is the level, as "quieter, 20%")
                     r"(?<!调)降|(?<![调到])(?:小|大)(?:声)?)\s*\d+(?:\.\d+)?\s*%|"
                     r"\d+(?:\.\d+)?\s*%\s*(?:quieter|softer|louder|lower|higher)\b|"
                     r"\b(?:lower|reduce|decrease|drop|raise|increase|boost|down|up)\b(?:\s+(?:the|it|its|my|"
                     r"this|that|music|bgm|song|volume|audio|sound|voice|level|background|original|of))*\s*"
                     r"\d+(?:\.\d+)?\s*%(?!\s*(?:volume|level|loudness)\b)", text):
            # ("cut / drop / knock the volume by 20%": a cut said of a level lowers it)
            sign = -1 if rx.search(r"lower|reduce|decrease|down|quieter|softer|\b(?:cut|drop|trim|knock|take|"
                                   r"dial|lessen)\b|降低|调低|减|小|降|砍|削|扣|压", text) else 1
            volume = current * (1 + sign * pct)
        elif halved:
            volume = current * pct
    else:
        num = rx.search(r"(?:volume|to|at)\s*(\d+(?:\.\d+)?)(?![\d§%x])", text)
        times = rx.search(r"(?<![\d.])(\d+(?:\.\d+)?)\s*倍(?!速)", text)
        if times and not num and 0 < float(times.group(1)) <= 4:
            volume = current * float(times.group(1))  # "人声调大点 1.3倍": as loud as it is now, times that
        elif num:
            v = float(num.group(1))
            volume = v if (v <= 4 and "." in num.group(1)) or v <= 2 else v / 100
        elif rx.search(_TOO_LOUD, text):
            volume = current * QUIETER
        elif rx.search(_TOO_QUIET + r"|\blouder\b|\bup\b|\braise\b|\bboost\b|\bincrease\b|\bamplify\b|"
                       # "bump the volume a bit", "crank the audio": raised (a bump down is said with down)
                       r"\b(?:bump|crank|pump)\b(?![^,;]*\b(?:down|lower|quieter)\b)|"
                       # ("背景音乐调大点": 调大 / 大点 said bare)
                       r"大声|调高|声音大|提高|大一点|调大|大点|加大",
                       text):
            volume = current * LOUDER
        elif rx.search(r"\bquieter\b|\bsofter\b|\bdown\b|\blower\b|\breduce\b|\bdecrease\b|小声|调低|"
                       r"声音小|降低|"
                       r"轻一点|小一点|调小|小点|减小|调轻", text):
            volume = current * QUIETER
    if volume is None:
        return [Hit(m.start(), question="音量调到多少？比如“50%”。" if c.zh else
                    "How loud should it be — for example 50%?")]
    if track == "bgm" and not c.ctx.has_music and adds_music(text[:m.start()]):
        # "原声别静音哈 加上music.mp3 音量20%", "原声留着 加上music.mp3 音量小一点": with no music on the
        # timeline, a level said after the words that add the music is the added music's own (music_rule
        # reads it with the add) - never a change of a music that is not there, which would lose the add
        return []
    if volume > 0:
        # "keep the original sound, dont mute it, just lower it to 60%": the sound said to stay and the mute
        # declined are this change's own words - the level changes, the sound stays
        rx.search(r"\b(?:keep|leave)\s+(?:the\s+|my\s+|its\s+|our\s+)?(?:(?:clip|video|camera)(?:'?s)?\s+)?"
                  r"(?:original\s+|own\s+)?(?:sound|audio|"
                  r"music|bgm|song|voice|track|background music)\b|保留\s*(?:原声|声音|音乐|配乐|背景音乐)|"
                  r"(?:原声|声音|音乐|配乐|背景音乐)\s*(?:保留|留着)", text)
        rx.search(r"\b(?:don'?t|dont|do not|no need to|never)\s+mute(?:\s+(?:it|them|the \w+))?\b|"
                  r"(?:别|不要|不用)\s*静音", text)
    op = s.SetVolume.model_validate({"track": track, "volume": _clamp(volume, 0.0, 4.0)})
    if referred is not None and m.start() == referred.start():
        refer(text, referred)  # said where its level is
        said_at = re.search(r"\d+(?:\.\d+)?\s*%", text[referred.end():])
        return [Hit(referred.end() + said_at.start() if said_at else m.start(), [op])]
    return [Hit(m.start(), [op])]


# "别太大声", "音量不要太大", "别太吵": not too loud - quiet
_NOT_TOO_LOUD = r"(?:别|不要|不用|不能|不会)\s*(?:太|那么|很)?\s*(?:大声|响|吵|大)"


def _music_volume(text: str) -> float | None:
    at = re.search(r"\d+(?:\.\d+)?\s*%", text)
    before = text[:at.start()] if at else ""
    # ("add music.mp3 and reduce the original sound to 50%": the clip's own sound named is the level's too)
    voices = list(re.finditer(r"\b(?:voice|vocals?|mic|speech|dialogue|narration)\b|"
                              r"\b(?:original|orig|camera|phone|footage|recorded)\s+(?:audio|sound)\b|原声|原音|人声",
                              before))
    musics = list(re.finditer(MUSIC, before))
    # "add the music and bring my voice up to 140%": that level is the voice's
    pct = None if voices and (not musics or voices[-1].start() > musics[-1].start()) else percent(text)
    if pct is not None:
        # "music, volume 30%", "and lower it to 10%": the music's volume
        list(rx.finditer(r"\bvolume\b|\blevel\b|\b(?:lower|turn (?:it )?down|reduce|bring (?:it )?down)\b|音"
                         r"量|调低|调到",
                         text))
        # "配乐用music.mp3，小声点，25%就行": "quiet" said with the level is that level, not another change
        # ("加音乐但别太大声，10%就行": not too loud, then how loud)
        list(rx.finditer(r"\b(?:quiet(?:ly|er)?|soft(?:ly|er)?|low|subtle|loud(?:er)?)\b|小声点?|小点|小一点|轻一点|"
                         rf"大声点?|{_NOT_TOO_LOUD}|就行|就好|就够了?", text))
        # "add music.mp3 but dont make it loud, like 10%": not loud, said with the level, is that level
        rx.search(r"\b(?:don'?t|dont|do not|not)\s+(?:make\s+it\s+|have\s+it\s+|let\s+it\s+(?:be|get)\s+|"
                  r"be\s+|too\s+)?(?:too\s+|so\s+|very\s+|super\s+|that\s+)?loud\b(?=[^%]*\d\s*%)", text)
        return _clamp(pct, 0.0, 4.0)
    if rx.search(r"\b(?:quiet(?:ly)?|low|soft(?:ly)?|subtle|gentle|faint|barely)\b|小声|轻|低|小一点|小点|"
                 + _NOT_TOO_LOUD, text):
        list(rx.finditer(r"\bvolume\b|音量|声音", text))
        return MUSIC_QUIET
    if rx.search(r"\bloud\b|大声", text):
        list(rx.finditer(r"\bvolume\b|音量|声音", text))
        return MUSIC_LOUD
    return None


# "everything but the music stays", "keep everything except the music as it is", "除了音乐其他都不动": what
# stays, with the music set apart - a scope said beside the edits, never a wish for music
_ALL_BUT_MUSIC = (r"\b(?:keep\s+|leave\s+)?(?:everything|all(?:\s+else)?|the\s+rest)\s+"
                  r"(?:but|except(?:\s+for)?|other\s+than|apart\s+from|besides)\s+(?:the\s+|my\s+)?(?:background\s+|bg\s+)?"
                  r"(?:music|song|bgm|soundtrack)\b(?:\s+(?:stays?|remains?|is|should\s+stay|can\s+stay)"
                  r"(?:\s+(?:the\s+same|as\s+(?:it\s+)?is|untouched|unchanged|put|where\s+it\s+is))?|"
                  r"\s+(?:as\s+(?:it\s+)?is|the\s+same|untouched|unchanged))?|"
                  r"除了\s*(?:背景)?(?:音乐|配乐|bgm)\s*(?:以外|之外)?\s*[,，]?\s*(?:其他|其余|别的)(?:的)?(?:都|全)?\s*"
                  r"(?:不动|不变|别动|保留|留着|保持(?:原样|不变)?)")


# "only keep the second minute of the song", "use the first 30 seconds of the music": a part of the music
# picked - the music always plays from its start, so no part of it can be kept or cut
_MUSIC_PART = (r"\b(?:keep|use|play|only|just|cut|trim|remove|delete|want|need|start)\b[^,;.!?]*?"
               r"(?P<part>\b(?:the\s+)?(?:(?:first|second|third|fourth|last|final|middle|opening|closing)\s+"
               r"(?:§\d+§|minute|half|part|bit|verse|chorus|section|\d+\s+(?:seconds?|minutes?))|"
               r"§\d+§(?:\s*(?:-|–|to)\s*§\d+§)?|chorus|verse|bridge|hook|(?:best|good|loud) (?:part|bit))\s+"
               r"of\s+(?:the\s+|my\s+|this\s+|that\s+)?(?:background\s+|bg\s+)?(?:song|music|track|bgm|"
               r"soundtrack|tune)\b)")


# "cut the music out from 0:10 to 0:20", "no music between 0:30 and 0:40", "stop the music at 0:30",
# "把0:10到0:20的音乐去掉": the music taken out of a stretch only - no edit here does that (never the video
# cut there, never all the music removed)
_MUSIC_WORD = r"(?:the\s+|my\s+|that\s+|this\s+)?(?:background\s+|bg\s+)?(?:music|song|bgm|soundtrack|tune)"


def _range_said(a: str, b: str) -> str:
    # (two times, or one after "the first / the last": "over 4 seconds" is a length, no stretch)
    # ("take the music out of the first 10 seconds": "out of" a stretch is that stretch too)
    # ("remove the music only for the first 10 seconds", "ditch the song for just the last 5": "only" / "just"
    # said with the stretch limits it - the same stretch, never all the music nor the video cut)
    return (r"(?:(?:but\s+)?(?:only|just)\s+)?(?:(?:from|between|for|during|in|of)\s+)?(?:(?:only|just)\s+)?"
            r"(?:(?:the\s+(?:first|last|final)\s+)"
            rf"§(?P<{a}>\d+)§|§(?P<{a}x>\d+)§\s*(?:-|–|to|and|until|till|through|thru)\s*§(?P<{b}>\d+)§|"
            # ("take the music out from 0:30 till the end", "no music after 0:45", "kill the song from 1:10
            # on": a stretch from a time to the end - the music of it muted, never the video cut there)
            rf"§(?P<{a}e>\d+)§\s*(?:(?:-|–|to|until|till|through|thru|up\s+to|right\s+to|all\s+the\s+way\s+to)\s*"
            r"(?:the\s+)?(?:very\s+)?end(?:\s+of\s+(?:it|the\s+(?:video|clip|vid|thing)))?|on(?:wards?)?)\b|"
            rf"(?:after|past|beyond)\s+§(?P<{a}p>\d+)§(?:\s+on(?:wards?)?)?|"
            # ("no need for music from 0:10": from a time with no end said runs to the end)
            rf"from\s+§(?P<{a}f>\d+)§(?!\s*(?:-|–|to|and|until|till|through|thru|for)\b))")


# the music in a Chinese clause ("bgm" is "background music" by the time the rules read it: "0:20到0:26
# bgm不要" is the music of that stretch, never the video cut there)
_ZH_MUSIC_N = r"(?:背景)?(?:音乐|配乐|bgm|歌|background music)"
# a sound said to make none there ("5秒到12秒音乐别出声", "音乐别响"): silent - muted, never cut
_ZH_NO_SOUND = r"(?:别|不要|不许|不能)\s*(?:出声|出声音|响|发声)|没声音?|不出声|不响"
_MUSIC_RANGE = re.compile(
    r"\b(?:cut|remove|delete|drop|kill|mute|silence|take|get rid of|lose|ditch|no|turn off|switch off|"
    # ("no need for music from 0:10", "don't need the music after 0:45": the music not wanted there)
    r"no\s+need\s+for|(?:(?:i|we)\s+)?(?:don'?t|dont|do\s+not)\s+(?:need|want))\s+"
    r"(?:out\s+)?" + _MUSIC_WORD + r"\s+(?:out\s+|off\s+)?" + _range_said("a", "b") + r"|"
    r"\b" + _MUSIC_WORD + r"\s+(?:off|out|gone|muted)\s+" + _range_said("a2", "b2") + r"|"
    r"\b(?:stop|cut|end|kill|cut off|finish)\s+" + _MUSIC_WORD +
    r"\s+(?:(?:at|after|past|from)\s+)(?P<at>§\d+§)|"
    # "the music should end at 0:40", "music stops at 0:40", "音乐到0:40就停": where the music is said to end
    r"\b" + _MUSIC_WORD + r"\s+(?:should\s+|to\s+|must\s+|needs?\s+to\s+|has\s+to\s+|can\s+|will\s+)?"
    r"(?:end|ends|stop|stops|finish|finishes|cut\s+(?:out|off)|cuts\s+(?:out|off))\s+(?:at|after|by)\s+"
    r"(?:the\s+)?(?P<at2>§\d+§)|"
    r"(?:背景)?(?:音乐|配乐|bgm)\s*(?:在|到|放到)\s*(?P<at3>§\d+§)\s*(?:的时候|时|处)?\s*(?:就)?\s*"
    r"(?:结束|停止|停掉|停|断掉|关掉)|"
    r"(?:把|将)?\s*§(?P<za>\d+)§\s*(?:到|至|-|~)\s*§(?P<zb>\d+)§\s*(?:秒)?\s*(?:的|之间的?|这段的?|这一段的?|那段的?)?\s*"
    # ("0:30到0:36不用删 只把那里的背景音乐关掉": the part said not to be cut, then only the music there
    # turned off - that part's music, never all of it, nor the part cut)
    r"(?:(?:不用|别|不要|不必|无需)\s*(?:删|剪)(?:掉|除)?\s*[，,]?\s*)?(?:只|就|只是)?\s*"
    # ("10到20秒把音乐关掉": the music named after 把)
    r"(?:把|将)?\s*(?:那里|这里|那儿|这儿|那段|这段)?\s*(?:的)?\s*" + _ZH_MUSIC_N +
    r"\s*(?:去掉|删掉|删了|不要|静音|关掉|拿掉|取消|" + _ZH_NO_SOUND + r")|"
    r"§(?P<zc>\d+)§\s*(?:到|至|-|~)\s*§(?P<zd>\d+)§\s*(?:不要|去掉|关掉|静音)\s*" + _ZH_MUSIC_N + r"|"
    r"(?:把|将)?\s*" + _ZH_MUSIC_N + r"\s*(?:在|从)?\s*§(?P<ze>\d+)§\s*(?:到|至|-|~)\s*§(?P<zf>\d+)§\s*"
    # ("音乐在20秒到30秒之间先静音": how soon or how, said before the verb, is no other part)
    r"(?:秒)?\s*(?:的部分|这段|这一段|那段|之间|期间|那里|这里|的时候|时)?\s*"
    r"(?:先|就|都|也|直接|暂时|给我|帮我|全部|全)?\s*(?:去掉|删掉|不要|静音|关掉|关了|拿掉|"
    + _ZH_NO_SOUND + r")|"
    # "音乐从30秒到结尾都去掉", "30秒以后的音乐不要了", "背景音乐30秒之后静音": from a time to the end
    r"(?:把|将)?\s*" + _ZH_MUSIC_N + r"\s*(?:在|从)?\s*§(?P<zg>\d+)§\s*(?:秒)?\s*"
    r"(?:以后|之后|往后|后|开始|起|(?:到|至)\s*(?:视频的?)?(?:结尾|最后|结束|末尾))\s*(?:的部分|这段|那段)?\s*"
    r"(?:先|就|都|也|直接|全部|全)?\s*(?:去掉|删掉|不要|静音|关掉|关了|拿掉)|"
    r"(?:从)?\s*§(?P<zh>\d+)§\s*(?:秒)?\s*(?:以后|之后|往后|后|开始|起|(?:到|至)\s*(?:视频的?)?"
    r"(?:结尾|最后|结束|末尾))\s*(?:的|这段的?|那段的?)?\s*(?:把|将)?\s*" + _ZH_MUSIC_N + r"\s*"
    r"(?:先|就|都|也|直接|全部|全)?\s*(?:去掉|删掉|删了|不要|静音|关掉|关了|拿掉)", re.IGNORECASE)


def _music_range(c: Clause) -> list[Hit]:
    """ "cut the music out from 0:10 to 0:20" with music under the video: the music of that stretch is
    muted (mute bgm with start_ms/end_ms) - never the video cut, never all the music removed; a stretch
    that cannot be placed is said with what can be done (nothing changed)."""
    m = _MUSIC_RANGE.search(c.text)
    if m is None or re.search(r"fad\w*|淡", c.text):
        return []
    if not c.ctx.has_music:
        if adds_music(c.ctx.raw or ""):
            return []
        # "stop the music at 0:40", "remove the music from 0:30 to 0:50" with no music on the timeline:
        # nothing to stop - said so, nothing cut (the stretch named is never cut from the video)
        rx.search(re.escape(m.group(0)), c.text)
        return [Hit(m.start(), note=(
            "视频里现在没有背景音乐，所以没有要停的音乐——没有改动。" if c.zh else
            "There is no background music in the video, so there is no music to stop - nothing was "
            "changed."))]
    rx.search(re.escape(m.group(0)), c.text)
    total = c.ctx.total_ms
    a = next((int(m.group(g)) for g in ("a", "ax", "a2", "a2x", "za", "zc", "ze") if m.group(g)), None)
    b = next((int(m.group(g)) for g in ("b", "b2", "zb", "zd", "zf") if m.group(g)), None)
    ends = ("at", "at2", "at3", "ae", "ap", "af", "a2e", "a2p", "a2f", "zg", "zh")  # a time on to the end
    if at := next((m.group(g) for g in ends if m.group(g)), None):
        a, b = int(at.strip("§")), total
    elif a is not None and b is None:  # "for the first 10 seconds", "for the last 5"
        a, b = ((max(0, total - a), total) if re.search(r"\b(?:last|final)\b", m.group(0)) else (0, a))
    if a is not None and b and total and a < min(b, total):
        # the music of that stretch only is muted (mute's start_ms/end_ms on the music): the picture and
        # the rest of the music stay
        span = {"track": "bgm", "start_ms": a, "end_ms": min(b, total)}
        return [Hit(m.start(), [s.Mute.model_validate(span)])]
    part = f"{_clock(a or 0)}–{_clock(b or total)}"
    if total and a is not None and a >= total:
        # "turn the music off 1:00-1:30" of a 1-minute video: that stretch is past the end - said so (the
        # music of a stretch can be muted; this one is not in the video)
        return [Hit(m.start(), refusal=(
            f"视频只有 {_clock(total)} 长，没有 {part} 这一段——请告诉我视频里的时间"
            "（比如“0:20到0:30音乐关掉”）。" if c.zh else
            f"The video is only {_clock(total)} long, so there is no {part} to turn the music off in — "
            "tell me times inside the video (e.g. “turn the music off from 0:20 to 0:30”)."))]
    return [Hit(m.start(), refusal=(
        f"背景音乐是整段铺在视频下面的，我没法只去掉 {part} 这一段的音乐。"
        "可以：整段去掉音乐、把音乐调小、让音乐淡出，"
        f"或者把视频本身的 {part} 剪掉（画面和声音一起）——告诉我要哪种。" if c.zh else
        f"I can't take the music out of just {part} — the background music runs under the whole video. I can "
        f"remove the music altogether, turn it down, fade it out, or cut {part} out of the video itself "
        "(picture and sound) — tell me which."))]


def _music_part(c: Clause) -> list[Hit]:
    """ "only keep the second minute of the song" with music under the video: a part of the music cannot be
    picked here - said plainly, nothing changed (never music added again, never the video cut)."""
    if ranged := _music_range(c):
        return ranged
    m = re.search(_MUSIC_PART, c.text)
    if m is None or not c.ctx.has_music or c.ctx.mentioned(c.text, "audio") or re.search(
            r"\bfad\w*|\bvolume\b|\bquiet|\bloud(?:er)?\b|\bduck|淡|音量", c.text):
        return []
    rx.search(re.escape(m.group(0)), c.text)
    return [Hit(m.start(), refusal=(
        "背景音乐只能从头开始放，我没法只保留其中一段——可以让它淡入淡出、调音量或者去掉。要剪视频本身的话，说比如“保留"
        "1:00到2:00”。" if c.zh else
        "I can't keep just a part of the background music — it always plays from its start under the video. "
        "I can fade it, change its level or remove it; to cut the video itself, say e.g. “keep 1:00 to "
        "2:00”."))]


# "make it 9:16 and add subtitles but not the music", "add captions, skip the music": the music declined, said
# beside what is wanted - read, and none added (nor any taken off: what is there stays)
_MUSIC_DECLINED = (r"(?:\bbut|[,;]|\band)\s*(?:(?:just\s+)?not|minus|without|no)\s+(?:the\s+|any\s+)?"
                   r"(?:background\s+|bg\s+)?(?:music|song|bgm|soundtrack)\b|"
                   r"\b(?:skip|leave out|forget(?: about)?|hold off on|pass on)\s+(?:the\s+|any\s+)?"
                   r"(?:background\s+|bg\s+)?(?:music|song|bgm|soundtrack)\b")
_DECLINED_END = (r"(?=\s*(?:$|[,.;!?]|\b(?:though|tho|for now|this time|pls|please|thanks|and|yet|"
                 r"i'?ll\b|we'?ll\b)\b))")


def _music_declined(c: Clause) -> list[Hit] | None:
    m = rx.search(f"(?:{_MUSIC_DECLINED}){_DECLINED_END}", c.text)
    if m is None or c.zh:
        return None
    if c.ctx.mentioned(c.text, "audio") and re.search(r"\bfrom the (?:start|beginning)\b", c.text):
        return None
    # (said as a thing left alone is: "Understood — “not the music”: I left that alone.")
    said = re.sub(r"^(?:but|and|[,;])\s*", "", m.group(0).strip()).strip()
    return [Hit(m.start(), note=f"Understood — “{said}”: I left that alone.")]


def _music_not_from_start(c: Clause) -> list[Hit] | None:
    """ "add music.mp3 but not the music from the start": the song asked for, said not to play from the
    start - the music here always plays under the whole video from its start, so which is meant is asked."""
    if c.zh or not c.ctx.mentioned(c.text, "audio"):
        return None
    m = rx.search(r"\b(?:but\s+)?not\s+(?:the\s+(?:music|song|bgm|track)\s+)?(?:play(?:ing)?\s+)?from\s+"
                  r"the\s+(?:very\s+)?(?:start|beginning)\b|\b(?:but\s+)?(?:don'?t|do not)\s+"
                  r"(?:start|play)\s+(?:it|the\s+(?:music|song))\s+(?:from|at)\s+the\s+(?:very\s+)?"
                  r"(?:start|beginning)\b", c.text)
    if m is None:
        return None
    rx.search(r"\b(?:add|put|use)\b|\.(?:mp3|wav|m4a|aac)\b|\bmusic\b", c.text)
    return [Hit(m.start(), question=(
        "The music here always plays from the start of the video — I can't start it later. Should I add it "
        "from the start anyway (a fade-in can soften it), or leave it out for now?"))]


# "整条删掉", "全部去掉": the whole of the music said before the verb that takes it out
_WHOLE_ZH = r"(?:(?:整|一整)\s*(?:条|首|段|个)|全部|全都|通通|统统)?\s*(?:都|给我|帮我)?\s*"


# "on this one", "for this video", "in it": the video a bare "no music" / "no text" is said of
_ON_THIS_ONE = (r"(?:[\s,]+(?:please|pls|plz))?(?:\s+(?:on|for|in|with)\s+(?:this|that|it|the)"
                r"(?:\s+(?:one|video|clip|vid|edit|version|post|reel))?)?")


# "music needs to come in slowly, fade it in over 6 seconds": a fade of "it" with no picture word, where the
# sound named last before it is the music on the timeline - the music's fade, never the picture's
_FADED_IT = r"\bfad(?:e|es|ed|ing)\s+(?:it|them)\b"
_PICTURE_WORDS = (r"\b(?:video|picture|image|screen|black|white|clips?|footage|shots?|scenes?|everything|"
                  r"whole)\b|画面|视频|黑")


def music_faded_as_it(c: Clause) -> bool:
    """A fade said of "it" that stands for the music on the timeline (named last before it)."""
    faded = re.search(_FADED_IT, c.text)
    pron = None if faded is None else re.search(r"\b(?:it|them)\b", c.text[faded.start():])
    if faded is None or pron is None or not c.ctx.has_music or re.search(_PICTURE_WORDS, c.text) or \
            adds_music(c.ctx.raw or ""):
        return False  # ("add music.mp3 and fade it in": the music added now is read with its fade)
    # (the pronoun's own place in this clause: what comes before it is looked up in the request as typed)
    return _music_named_before(Clause(c.text[faded.start():], c.ctx), pron)


def music_rule(c: Clause) -> list[Hit]:
    text = c.text
    if music_faded_as_it(c) and not re.search(MUSIC, text):
        faded = rx.search(_FADED_IT, text)
        assert faded is not None
        if (ask := music_fade_question(text, c.ctx.total_ms, c.zh)) is not None:
            return [Hit(faded.start(), question=ask)]
        return [Hit(faded.start(), [fade_music(text, c.ctx.total_ms)])]
    if part := _music_part(c):
        return part
    if (later := _music_not_from_start(c)) is not None:
        return later
    if (declined := _music_declined(c)) is not None:
        return declined
    # "cut the first 5 seconds, still thinking about the music", "音乐我还在想": the music not decided yet -
    # read, and nothing added or changed
    open_q = rx.match(r"\s*(?:(?:and|but|so)\s+)?(?:(?:i'?m|im|i am|we'?re|we are)\s+)?(?:still\s+)?"
                      r"(?:thinking|deciding|undecided|not sure|unsure|torn)\s+(?:about|on|over)\s+"
                      r"(?:the\s+|my\s+|any\s+)?(?:background\s+|bg\s+)?(?:music|song|bgm|soundtrack)\b"
                      r"(?:\s+(?:yet|for now|part))?\s*[.!]*\s*$|"
                      r"\s*(?:背景)?(?:音乐|配乐|bgm)\s*(?:的事)?\s*(?:我\s*)?(?:还在|还没)\s*(?:想|考虑|决定|定)"
                      r"\S{0,3}\s*$", text)
    if open_q:
        return [Hit(open_q.start())]
    # "mute the original sound, im putting a track over it later", "i'll add my own music afterwards": music
    # the person lays on themselves later - why the sound goes, nothing added now (unless a file is named)
    own_later = rx.match(r"\s*(?:(?:and|but|so|cause|because|since|as|cuz|coz|bc)\s+)?"
                         r"(?:i'?ll|i will|i'?m|im|i am|we'?ll|we will|we'?re|we are)\s+"
                         r"(?:(?:going to|gonna)\s+)?(?:be\s+)?"
                         r"(?:put|putting|add|adding|lay|laying|drop|dropping|use|using|throw|throwing|"
                         r"stick|sticking)\s+(?:on\s+)?(?:(?:a|an|my|our|some|the|own|other|different|"
                         r"new)\s+){0,3}(?:background\s+|bg\s+)?(?:music|song|track|soundtrack|bgm|tune)s?\b"
                         r"[^,;.]*?\b(?:later|afterwards?|myself|ourselves|in post|separately|on my own|"
                         r"another time)\b", text)
    if own_later and not c.ctx.mentioned(text, "audio"):
        return [Hit(own_later.start())]
    # "remove the pauses but keep the silence at the end for the outro music", "结尾的静音留着放片尾音乐":
    # what a kept stretch is for - music to come later, none added now (unless a song is asked for)
    kept_for = re.search(r"\b(?:keep|keeping|leave|leaving|save|saving|room|space|silence|silent|quiet|gap)\b"
                         r"[^,;.]*?\b(for\s+(?:the\s+|my\s+|an?\s+|some\s+)?(?:outro\s+|intro\s+|ending\s+|end\s+|"
                         r"closing\s+|opening\s+|background\s+)?(?:music|song|bgm|soundtrack))\b|"
                         r"(?:留着|留给|留下|保留)\S{0,4}?((?:放|给|配|加)?(?:片尾|片头|结尾)?(?:的)?(?:音乐|配乐|bgm))|"
                         r"((?:给|留给|为)(?:片尾|片头|结尾)?(?:的)?(?:音乐|配乐|bgm))\s*"
                         r"(?:留着|留下|保留|留)", text)
    if kept_for and not re.search(r"\b(?:add|put|use|with|play)\b[^,;.]*?\b(?:music|song|bgm|soundtrack)\b|"
                                  r"\.(?:mp3|wav|m4a|aac)\b|(?:加|放|配)(?:上|个|点|一段|一首)?(?:背景)?(?:音乐|配乐)"
                                  r"(?!\S{0,2}(?:的地方|用))",
                                  text[:kept_for.start()] + " " + text[kept_for.end():]):
        purpose = next(g for g in (1, 2, 3) if kept_for.group(g))
        note(text, kept_for.start(purpose), kept_for.end(purpose))
        return [Hit(kept_for.start(purpose))]
    # "kill the original sound, just want the music": beside the clip's own sound silenced, the music wanted
    # alone is what is kept - never music added
    alone = re.match(r"\s*(?:(?:and|but|so)\s+)?(?:i\s+|we\s+)?(?:just|only)\s+(?:want|need|wanna)\s+(?:to\s+"
                     r"(?:hear|have|keep)\s+)?(?:just\s+|only\s+)?(?:the\s+|my\s+|our\s+)?(?:background\s+)?"
                     r"(?:music|song|bgm|soundtrack)\b(?:\s+(?:left|on|playing))?"
                     # ("we just want the music over the trick clips": what it plays over is the pictures)
                     rf"(?:\s+(?:over|under|behind|on|across)\s+(?:the\s+|my\s+|our\s+|all\s+(?:the\s+)?)?"
                     rf"(?:[\w'-]+\s+){{0,2}}{_PICTURES})?\s*[.!]*\s*$", text)
    if alone and re.search(r"\b(?:mute|kill|cut|remove|lose|drop|ditch|silence|turn off|get rid of|"
                           r"no|not)\b[^,.;]*?"
                           r"\b(?:original|camera|clip'?s?|video'?s?|own|natural|raw|phone)?\s*(?:sound|audio)\b",
                           (c.ctx.raw or "").lower()):
        rx.match(re.escape(alone.group(0)), text)
        return [Hit(alone.start())]
    scope = rx.search(_ALL_BUT_MUSIC, text)
    if scope is not None:
        # the scope read; the rest of the clause is read without it ("…, just add captions")
        text = text[:scope.start()] + " " * (scope.end() - scope.start()) + text[scope.end():]
        if not re.search(MUSIC + r"|音乐|配乐", text, re.IGNORECASE):
            return [Hit(scope.start())]
    undo_duck = re.search(r"\b(?:but\s+|and\s+)?(?:don'?t|dont|do not|no need to|never|without)\s+"
                          r"(?:auto[- ]?)?duck(?:ing)?(?:\s+(?:it|the music|the song|the track|them))?\b|"
                          r"\bno (?:auto[- ]?)?ducking\b", text)
    if undo_duck and c.ctx.mentioned(text, "audio") and not c.ctx.has_music:
        # "add music.mp3 but dont duck it, keep it at 40%": the song added is never ducked unless asked - said
        # not to be, it is added as it is (the rest of the window read without those words)
        rx.search(re.escape(undo_duck.group(0)), text)
        text = text[:undo_duck.start()] + " " * (undo_duck.end() - undo_duck.start()) + text[undo_duck.end():]
    m_duck = rx.search(r"\bduck(?:ing|ed)?\b|\bsidechain|(?:music|song|bgm)\s+(?:\w+\s+){0,3}(?:under|below|"
                       r"when|while|during|whenever|any ?time|every time)\s+(?:[\w']+\s+){0,3}(?:speech|"
                       r"talks?|"
                       r"talking|speaks?|speaking|voice|explains?|explaining|narrates|d"
                       r"ialog|"
                       r"dialogue|vo|narration|narrate|narrating|i talk|someone)|人声时|说话时|"
                       r"(?:说话|讲话)的?时候.{0,12}?(?:自动)?(?:小声|变小|降低|调低|小一点|轻一点)(?:一点)?|"
                       r"(?<!没)(?<!没有)说话的时候|(?<!没)(?<!没有)讲话的?时候|(?<!没)有人说话|闪避|让出人声|(?:别|不要|不能|不会|不许)(?:盖过|压过|盖住|盖"
                       r"掉)人声|"
                       # "人一说话音乐就自动压低", "when i talk, bring the music down": lowered whenever
                       # someone speaks, said in either order
                       r"(?:说话|讲话|开口|出声)\s*(?:的?时候|时)?\s*[,，]?\s*(?:背景)?"
                       r"(?:音乐|配乐|bgm|(?:background )?music)\s*"
                       # ("我一开口bgm就自己往下压 不说话再回来": lowered by itself, said as pressed down)
                       r"(?:就|会|要|都)?\s*(?:自动|自己)?\s*(?:就|会)?\s*(?:压低|小声|变小|降低|调低|减弱|让开|低一点|"
                       r"小一点|往下压|压下去|降下来|降下去|低下去|小下去|弱下去)|"
                       # "我讲书的时候音乐自动压低一点", "老师讲课时配乐小一点": someone speaking, said in
                       # other words
                       r"(?:我|人|他|她|老师|主播|博主|嘉宾)\s*(?:在)?\s*(?:讲|说|念|读|解说|介绍|朗读|讲解)\S{0,4}?"
                       r"(?:的时候|时)\s*[,，]?\s*(?:背景)?(?:音乐|配乐|bgm|(?:background )?music)\s*"
                       r"(?:就|会|要|都)?\s*(?:自动)?\s*(?:压低|小声|变小|降低|调低|减弱|让开|低一点|小一点)|"
                       # "音乐随人声自动降低", "有人声的地方配乐自动压低", "music automatically dips for the
                       # voice": lowered by the voice, said as following it or where it is
                       r"(?:音乐|配乐|bgm|背景音乐|(?:background )?music)\s*(?:随|随着|跟着|跟随|根据|按|"
                       r"遇到|碰到|避开|给|在)\s*(?:人声|说话|讲话|"
                       r"对白|旁白|人说话|解说)\s*(?:的地方|的时候|时|处)?\s*(?:就|会|要)?\s*(?:自动)?\s*(?:降低|压低|变小|调低|"
                       r"小声|减弱|避让|让开|让路|让位|低一点|小一点)|"
                       r"(?:(?:有|遇到|碰到|出现)人声|人声(?:出来|出现|响起|进来))(?:的地方|的时候|时|处)\s*[,，]?\s*(?:背景)?(?:音乐|"
                       r"配乐|bgm|(?:background )?music)\s*"
                       r"(?:就|会|要|都)?\s*(?:自动)?\s*(?:压低|小声|变小|降低|调低|减弱|让开|低一点|小一点)|"
                       r"\b(?:music|bgm|song)\s+(?:should\s+|to\s+)?(?:automatically\s+|auto-?)?(?:dips?|lowers?|drops?|"
                       r"goes down|go down|gets? quieter|fades? down)\s+(?:for|around|with|under|behind|"
                       r"beneath)\s+"
                       r"(?:the\s+|my\s+|any\s+)?(?:voice|speech|dialog(?:ue)?|narration|talking|vocals?|speaking)\b|"
                       r"\bauto(?:matically)?[\s-]?(?:lower|dip|duck)\s+(?:the\s+)?(?:music|bgm|song)\s+(?:for|around|"
                       r"with|under|behind)\s+(?:the\s+|my\s+)?(?:voice|speech|dialog(?:ue)?|narration|talking)\b|"
                       r"\b(?:when(?:ever)?|while|every time|any ?time|as soon as)\s+(?:[\w']+\s+){0,2}"
                       r"(?:talks?|speaks?|talking|speaking|says something)\b,?\s+(?:[\w']+\s+){0,4}?"
                       r"(?:music|song|bgm)\b(?:\s+[\w']+){0,4}?\s+(?:down|lower|quieter|softer|duck\w*|"
                       r"dip\w*)\b", text)
    if m_duck:
        under = rx.search(r"\b(?:under|below|beneath|when|while|during|whenever)\s+(?:\w+\s+){0,2}(?:voice|"
                          r"speech|talking|speaking|narration|dialog(?:ue)?|vo|voiceover|talks?|speaks?)\b",
                          text)
        said_before = re.search(MUSIC, text[:m_duck.start()])
        if said_before and re.search(r"\d|%|§", text[said_before.end():m_duck.start()]):
            refer(text, said_before)  # "bgm音量调到20% 人说话的时候自动压低": that music, read by its volume
        else:
            rx.search(MUSIC, text)  # the music that ducks
        # "有人说话的时候音乐自动小声": how it ducks, said after when, is the ducking too
        low = re.compile(r"(?:背景)?(?:音乐|配乐|bgm)?\s*(?:自动|就|会)?\s*"
                         r"(?:小声|变小|降低|调低|压低|小一点|轻一点)(?:一点|点)?")
        after = low.search(text, m_duck.end())
        if after and after.start() - m_duck.end() <= 12:
            note(text, after.start(), after.end())
        else:
            after = None
        # ("remove the ducking", "get rid of the ducking", "关掉闪避": the ducking itself taken off)
        off = rx.search(r"\bno\b|\bstop\b|\bturn (?:\w+ ){0,2}?off\b|\bswitch (?:\w+ ){0,2}?off\b|\bdisable|"
                        r"\bwithout|\bun-?duck|\b(?:remove|kill|drop|lose|ditch|get rid of|take off|take out|"
                        r"undo|cancel|scrap)\s+(?:the\s+|that\s+|this\s+|all\s+(?:the\s+)?)?(?:auto[\s-]?)?duck|"
                        r"不要(?!盖)|取消|关闭|关掉|去掉|别(?=\S{0,4}闪避)", text)
        ops: list[OpBase] = [s.DuckMusic(duck=not off)]
        song = c.ctx.mentioned(text, "audio")
        if song and not off and rx.search(r"\b(?:add|put|use)\b|加上|添加|加|配上|当", text):
            # "add music.mp3 at 25%, fade it out over 3 seconds and duck it under my voice": the song added
            # is read as said without the ducking (its level, its fades - "it" is the song), the ducking
            # beside it
            blank = list(text)
            for span in (m_duck, under, after):
                if span is not None and m_duck.start() - 1 <= span.start():
                    blank[span.start():span.end()] = " " * (span.end() - span.start())
            added = music_rule(Clause("".join(blank), c.ctx))
            if len(added) == 1 and added[0].ops and isinstance(added[0].ops[0], s.AddMusic) and \
                    not added[0].question and not added[0].refusal and \
                    not any(isinstance(op, s.DuckMusic) for op in added[0].ops):
                return [Hit(min(added[0].pos, m_duck.start()), [*added[0].ops, *ops])]
            ops.insert(0, s.AddMusic(media_id=song[0][1].media_id))  # "加上music.mp3当背景音乐 但别盖过人声"
        # "duck the music under my voice and fade it out over the last 4 s", "…自动压低 结尾淡出3秒": the
        # fade said next, of nothing else, is the music's
        rest = text[m_duck.end():]
        fade = re.search(r"\bfad(?:e|es|ing)\b|淡入|淡出", rest)
        if fade and not off and not re.search(r"\bblack\b|\bwhite\b|\bvideo\b|\bpicture\b|\bscreen\b|"
                                               r"\bimage\b|\bcross|黑|白|画面|视频|转场", rest):
            if (ask := music_fade_question(rest, c.ctx.total_ms, c.zh)) is not None:
                # "duck the music and fade it out at 0:20": the ducking stands on its own - done; where the
                # fade-out goes is asked with it
                return [Hit(m_duck.start(), ops, question=ask)]
            ops.append(fade_music(rest, c.ctx.total_ms))
        lead = text[:m_duck.start()]
        # ("音乐结尾淡出3秒 我说话的时候让音乐自动压低": the music's fade said first, in Chinese, the same)
        faded = re.search(r"\bfad(?:e|es|ed|ing)\b[^,;]*?$|(?:淡出|淡入)[^，,；;。]*?$", lead)
        named = re.search(r"\bfad(?:e|es|ed|ing)\s+(?:in\s+|out\s+)?(?:the\s+|my\s+)?(?:background\s+|bg\s+)?"
                          r"(?:music|bgm|song|soundtrack)\b|"
                          r"(?:背景)?(?:音乐|配乐|bgm|background music)\s*(?:的)?\s*(?:在)?\s*"
                          r"(?:开头|结尾|末尾|最后|片头|片尾)?\s*(?:处|的时候|时)?\s*(?:慢慢)?\s*"
                          r"(?:淡出|淡入)", lead)
        if faded and named and not off and not any(isinstance(op, s.FadeMusic) for op in ops) and \
                not re.search(r"\bblack\b|\bwhite\b|\bvideo\b|\bpicture\b|\bscreen\b|\bimage\b|\bcross|"
                              r"\btransition", lead) and \
                music_fade_question(lead[named.start():], c.ctx.total_ms, c.zh) is None:
            # "fade the music in over 3s and out over 5s and duck it under the voice": the fade said of the
            # music before the ducking is the music's too
            rx.search(re.escape(lead[named.start():].rstrip()), text)
            return [Hit(named.start(), [fade_music(lead[named.start():], c.ctx.total_ms), *ops])]
        return [Hit(m_duck.start(), ops)]
    has_music_word = rx.search(MUSIC, text)
    audio_named = c.ctx.mentioned(text, "audio")
    judged = _music_judged(text, c.zh)
    if judged is not None and not audio_named:
        return [judged]
    m_remove = rx.search(r"\b(?:(?:background |bg )?music|song|bgm|soundtrack)\s+(?:is|sounds|"
                         r"'s)\b[^,;]{0,30}[,;]"
                         r"?\s*(?:just\s+|so\s+|pls\s+|please\s+)?(?:take it out|get rid of it|"
                         r"remove it|lose it|"
                         r"ditch it|kill it|drop it|delete it|cut it(?: out)?)\b"
                         # ("the music is way too loud, drop it to 10%": dropped to a level, not taken out)
                         # ("…, cut it in half": its level halved, not taken out)
                         r"(?!\s+(?:down\s+)?(?:(?:to|by|at)\s*(?:like\s+|about\s+|around\s+|maybe\s+)?\d|"
                         r"(?:in|by|to)\s+(?:a\s+)?half\b))|"
                         r"\b(?:remove|delete|drop|kill|no|without|get rid of|take out|get out|pull out|"
                         r"leave out|lose|ditch|stop|take off|turn off|switch off|cut out|strip out|scrap|"
                         # ("bin the music", "trash the song": thrown away the same)
                         r"bin|trash|chuck|axe|nix)\b"
                         # ("remove the dj track": a DJ's set, the music track the person added)
                         r"(?:\s+(?:the|any|all|this|that|background|bg))*\s+(?:music|song|bgm|soundtrack|tune|track|"
                         r"dj\s+track)"
                         # ("drop the music to half": a level, not taken out)
                         r"(?!\s*(?:volume\s*)?(?:down\s*)?(?:to|by)\s*(?:\d|§|(?:a\s+)?half\b))"
                         # ("get rid of the music fade-in": the music's fade taken away, not the music)
                         r"(?!(?:'s|’s|s)?\s*fad(?:e|es|ing)\b)|"
                         # "take this song off", "get the music out": the verb's particle after the music
                         r"\b(?:take|get|pull)\s+(?:the|this|that|my)\s+(?:background\s+|bg\s+)?(?:music|song|bgm|"
                         r"soundtrack)\s+(?:off|out)\b(?!\s+(?:of\s+)?(?:the\s+)?(?:intro|outro|start|end|beginning|part)\b)|"
                         # "cut the music, keep my voice": "cut" said of the music alone takes it out (the
                         # music cut off at a time, with a fade or down in volume is another edit)
                         r"\bcut\s+(?:the\s+|all\s+|any\s+)?(?:background\s+|bg\s+)?(?:music|song|bgm|soundtrack)"
                         # ("cut the music out, keep my narration": the particle after it changes nothing)
                         r"(?:\s+(?:out|away)\b)?"
                         r"\s*(?=$|[,;.!]|\s+(?:and|but|pls|please|entirely|completely|altogether|so)\b)|"
                         # "the music needs to go", "the song has to go", "that track must be removed": the
                         # music named first, then said to go (not "has to go at 0:30" - a place, nor "has to
                         # go with the beat")
                         r"\b(?:the|my|this|that|our)\s+(?:background\s+|bg\s+)?(?:music|song|bgm|soundtrack|"
                         r"(?:music\s+)?track)\s+(?:(?:really\s+)?(?:needs\s+to|has\s+to|has\s+got\s+to|"
                         r"must|should|gotta|is\s+to)\s+(?:go(?:\s+away)?|be\s+(?:gone|removed|deleted|taken\s+out|"
                         r"cut|dropped|scrapped|ditched))|(?:has\s+)?got\s+to\s+go)"
                         r"(?=\s*(?:$|[,;.!~]|(?:and|but|pls|please|plz|entirely|completely|altogether|now|asap|"
                         r"too|honestly|tbh|it|its|it's|i|we|they|cuz|because|since|lol)\b))|"
                         r"(?:去掉|删除|删掉|不要|去除)(?:背景)?(?:音乐|配乐|歌)|"
                         # ("bgm整条删掉", "配乐全部去掉": the whole of it, said before the verb)
                         # ("这首bgm直接拿掉吧", "这首歌拿掉吧": the song pointed at, taken off as it is)
                         r"(?:(?:背景)?(?:音乐|配乐)|background music|\bbgm|"
                         r"(?:这|那)\s*(?:首|个)\s*歌(?![词手声]))\s*"
                         r"(?:直接|干脆|还是|索性|先|就)?\s*" + _WHOLE_ZH +
                         r"(?:去掉|删掉|删除|删了|删|去了|不要(?!\s*(?:淡|加|调|动|改|变|换|替|太|那么|盖|压|大|小|循环|停|断))"
                         # ("只要音乐 不要原声": 不要 before another sound is that sound's, the music is what
                         # stays)
                         # ("我只要音乐 不要视频原来的声音", "只要背景音乐 不要相机的声音": that sound
                         # named with whose it is, a few words before it)
                         r"(?!\s*[^\s，,。；;]{0,8}?(?:原声|原音|人声|声音|现场声|现场音|环境音|环境声|杂音|噪音|"
                         r"说话声|讲话声|录音|音频))|"
                         # ("音乐去掉淡入": the music's fade-in taken away, not the music)
                         # ("背景音乐撤了吧", "bgm撤下来", "配乐撤走": taken down, said with 撤)
                         r"去除|拿掉|关掉|撤掉|撤了|撤下来?|撤走|撤去)"
                         r"(?![掉除了]?\s*(?:的)?\s*(?:淡入|淡出|渐入|渐出|渐强|渐弱))|"
                         # "bgm太吵了直接不要了": what is wrong with it, then that it goes
                         r"(?:(?:背景)?(?:音乐|配乐)|background music|\bbgm)\s*(?:太\S{1,3}?了?|难听|不好听|"
                         r"不合适|好土|很土|"
                         # "bgm有版权风险 不要了 删掉": a rights problem with it, then that it goes
                         r"(?:有|怕有|可能有)?\s*(?:版权|侵权)\s*(?:风险|问题|纠纷|隐患)?|版权有(?:风险|问题)|"
                         r"(?:会|怕|容易)被(?:下架|限流|静音|屏蔽))"
                         r"[，,\s]*(?:直接|干脆|就|还是|索性)?\s*" + _WHOLE_ZH +
                         r"(?:不要了|去掉|删掉|删了|拿掉|撤掉)"
                         r"(?:[，,\s]*(?:直接|干脆|就)?\s*(?:去掉|删掉|删了|拿掉|撤掉)(?:吧)?)?",
                         text)
    if m_remove and not audio_named and not c.ctx.has_music and \
            re.match(r"no\b|without\b|不要|不用", m_remove.group(0)):
        if re.fullmatch(r"[\s,.!]*(?:no|without)\s+(?:any\s+|background\s+|bg\s+)?(?:music|song|bgm|"
                        r"soundtrack)" + _ON_THIS_ONE +
                        r"[\s,.!]*(?:pls|please|plz|thanks|thx)?[\s,.!]*", c.ctx.raw.lower()):
            # ("no music on this one": the video it is said of - the same bare "no music")
            return [Hit(m_remove.start(), refusal="There is no background music to remove — nothing was "
                                                  "changed.")]
        if re.fullmatch(r"\s*(?:不要|不用|不需要)\s*(?:背景)?(?:音乐|配乐|bgm)\s*(?:了|吧|哦|啊)?"
                        r"[\s，,。.!！]*", c.ctx.raw.lower()):
            return [Hit(m_remove.start(), refusal="现在没有背景音乐，不用去掉——视频没有改动。")]
        # "no music pls, just normalize my voice", "不要音乐，加字幕就行": none plays and none is added -
        # read, and nothing to do
        return [Hit(m_remove.start())]
    if m_remove and not audio_named:
        rx.search(r"\b(?:just|keep|only|leave)\s+(?:the\s+)?(?:original|orig|my)\s+(?:audio|sound|voice)\b|"
                  r"\b(?:i\s+)?(?:just\s+|only\s+)?want\s+(?:just\s+|only\s+)?(?:the\s+)?(?:original\s+|my\s+)"
                  r"(?:audio|sound|voice)\b|"
                  r"原声留着|"
                  r"保留原声|只要原声", text)  # what stays is part of the same reading
        return [Hit(m_remove.start(), [s.RemoveMusic()])]
    # "no need to add music": "need" after "no" is the negation, not the wish (the add verb follows)
    # ("the beat drop is at 0:31": the drop of the music is a moment, no verb)
    m_add = rx.search(r"\b(?:add|put|use|throw|include|play|lay|set|give|slap|stick|"
                      r"(?<!beat )(?<!bass )(?<!beat-)(?<!the )drop(?!\s+(?:is|was|hits|comes|lands)\b)|"
                      r"replace|swap|change|"
                      r"switch|with|(?<!\bno )need|want|bring in)\b|加|添加|配上|放|"
                      # ("音乐不要换": the music said to stay as it is - no swap)
                      r"(?<!不要)(?<!不用)(?<!需要)(?<!不)(?<!别)(?:替换|更换|(?<![替更])换)成?|"
                      r"(?<!不)用", text)
    # ("加音乐music.mp3，淡入2秒淡出2秒，音量20%": the file named right after "add music" is the one added)
    named_add = audio_named and rx.search(r"(?:\b(?:add|put|use|play|lay|include)\b|加上|添加|配上|加|用)\s*"
                                          r"(?:(?:(?:背景)?音乐|配乐|bgm|歌曲?|(?:background\s+)?(?:music|song|track))"
                                          r"\s*[:：]?\s*)?"
                                          + re.escape(audio_named[0][1].name.lower()), text)
    wants_add = bool(named_add) or ((has_music_word or audio_named) and m_add and not re.search(
        r"\bvolume\b|\blouder\b|\bquieter\b|\blower\b|\bturn (?:it |the \w+ )?(?:up|down)\b|音量|调低|调高|"
        r"\bfade (?:in|out) the|\bfade the|淡入|淡出|\bmute\b|\b(?:to|by|in) (?:a )?half\b|" + _TOO_LOUD +
        "|" + _TOO_QUIET, text))
    if wants_add and not audio_named and c.ctx.has_music and re.search(r"\bfad(?:e|es|ed|ing)\b|淡入|"
                                                                       r"淡出", text) \
            and not re.search(r"\b(?:add|put|use|swap|replace|switch|new|another)\b|加|换", text):
        wants_add = False  # "cut the music at the end with a 4 sec fade": the music playing fades
    # ("加字幕 bgm调到20%": the add verb of another thing added is not this music's)
    if wants_add and not audio_named and c.ctx.has_music and has_music_word and not re.search(
            r"\b(?:add|adding|new|another|second|swap|replace|switch|different|other)\b|"
            r"加(?!\s*(?:个|上|一下|一个|1\s*个|点)?\s*(?:字幕|标题|文字|字|转场|水印|logo|滤镜|特效|速|快))|换|新|另",
            text) and (
            re.search(r"\d+(?:\.\d+)?\s*%|\b(?:down|up|lower|higher|quieter|softer|louder)\b|"
                      r"小声|小点|小一点|大声|大点|大一点|调低|调小|调高|调大|降低|提高", text)):
        # "fade in and out and put the music down to 15%", "把音乐放小声一点": a level said of the music that
        # plays already is that music's level - never a second music added
        wants_add = False
    if not wants_add and audio_named and rx.search(r"\bbackground\b|\bunder\b|背景", text):
        wants_add = True
    # "视频重复放三遍 因为音乐太长了", "循环两遍 广场舞音乐太短了": how long the music is, said in a
    # clause of its own as the reason for another edit - no music asked for (an add verb in the other
    # clause is that edit's)
    told = re.match(r"\s*(?:也|还|都|本来|本身)?\s*(?:太|有点|有些|不够|只有|才)\s*(?:短|长|快|慢|少|§\d+§)",
                    text[has_music_word.end():]) if has_music_word and not audio_named else None
    piece = re.split(r"[\s,，。；;！!？?]", text[:has_music_word.start()])[-1] if has_music_word else ""
    if told and has_music_word and not re.search(r"加|添|配|放|用|换|\b(?:add|put|use|play)\b", piece):
        rx.search(r"(?:因为|由于|毕竟|反正)?\s*[\u4e00-\u9fff]{0,4}?(?:音乐|配乐|歌曲?|bgm|background music)"
                  r"\s*(?:也|还|都|本来|本身)?\s*(?:太|有点|有些|不够|只有|才)\s*(?:短|长|快|慢|少|§\d+§)"
                  r"\S{0,3}", text)
        return [Hit(has_music_word.start())]
    # "cut the silences but not the one at the start, thats my intro beat": what a part of the video is, said
    # as the reason for something else - no music wanted
    described = has_music_word and re.search(
        r"\b(?:that'?s|that is|it'?s|it is|this is|those are|thats|its)\s+(?:just\s+|only\s+)?(?:my|our|his|"
        r"her|their|the)\s+(?:\w+\s+){0,2}$", text[:has_music_word.start()])
    # "keep the silence at the end for the outro music", "结尾留几秒给片尾音乐": a part kept for music that
    # comes later is why it is kept - no music is added (the music here always plays under the whole video),
    # said so
    lead = text[:has_music_word.start()] if has_music_word else ""
    kept_for = re.search(
        r"\b(?:for|to fit|to hold|room for|space for)\s+(?:the\s+|my\s+|our\s+|an?\s+|some\s+)?"
        r"(?:(?:outro|intro|ending|end|closing|opening|credits?)\s+)?$|(?:留给|给)\s*(?:片尾|片头|结尾|开头)?\s*$",
        lead)
    if has_music_word and kept_for and not audio_named and not c.ctx.has_music and re.search(
            r"\b(?:keep|leave|save|hold)\b|留|保留", lead) and \
            not re.search(r"\b(?:add|put|play|use)\b|加|配上", text):
        rx.search(re.escape(kept_for.group(0) + has_music_word.group(0)), text)
        return [Hit(has_music_word.start(), note=(
            "我没有加音乐——这里的背景音乐会铺满整个视频，不能只放在其中一段。要加的话请上传音频文件。"
            if c.zh else "I didn't add any music - background music here plays under the whole video, not "
                         "only in one part. Upload a file if you want music."))]
    # ("turn the music down" with none playing: a change of its level, not a wish for music - the volume
    # rule says there is none)
    relative = re.search(
        r"\b(?:turn|bring|dial|knock|crank)\b[^,;]*?\b(?:down|up)\b|\b(?:lower|lowered|quieter|softer|louder|"
        r"reduce|decrease|raise|boost|increase|drowns?|overpowers?)\b|调低|调小|调高|调大|小一点|大一点|小点|"
        r"(?:小声|大声|轻)一?点|"
        r"大点|降低|提高|太吵|太大声|太响|太小声|盖过|压过|比.{0,6}(?:大|响|吵)|" + _TOO_LOUD + "|" +
        _TOO_QUIET,
        text) and not adds_music(text)
    # "delete the watermark text i added and keep the music", "删掉前5秒，音乐保留": music said to stay, with
    # none on the timeline, is not added - said so, the rest done
    # ("加速1.5倍 音乐保持不变": kept as it is, said with 保持 - it had added the music again)
    kept = re.search(r"\b(?:keep|leave|preserve|retain)\s+(?:the\s+|my\s+|our\s+|all\s+(?:the\s+)?|in\s+)?"
                     r"(?:background\s+|bg\s+)?(?:music|song|bgm|soundtrack)\b|"
                     r"(?:背景音乐|音乐|配乐|bgm|background music)\s*(?:就|也|要|还是|先)?\s*"
                     r"(?:保留|留着|不动|别动|不要动|不用动|不变|(?:保持|维持)\s*(?:不变|原样|原状)|(?:别|不要)\s*变|"
                     r"别碰|不用管|别管|不用改|别改|不要改|(?:不要|不用|别|不)(?:替|更)?换)|"
                     r"(?:保留|留着)\s*(?:背景音乐|音乐|配乐|bgm)", text)
    # "mute the original sound, only the song should play": with music on the timeline, "only the song
    # plays" says which sound is left - the song playing, never a second one added ("play" is no add here)
    only_plays = re.search(r"\b(?:only|just)\s+(?:the\s+|my\s+|our\s+)?(?:background\s+|bg\s+)?"
                           r"(?:music|song|bgm|soundtrack|track)\s+(?:should|shall|will|must|is\s+to|needs\s+to|"
                           r"has\s+to|gets\s+to)\s+(?:be\s+)?(?:play|playing|heard|left|stay|remain)\b", text)
    if only_plays and not audio_named and c.ctx.has_music:
        rx.search(re.escape(only_plays.group(0)), text)
        return [Hit(only_plays.start())]
    # ("音乐也别动 就加个字幕": the verb adds another thing, not the music)
    other_added = m_add is not None and re.match(
        r"(?:加|添加|配上)\s*(?:个|一个|上|点|一下)?\s*(?:字幕|标题|文字|字|logo|水印|转场|滤镜|淡入|淡出|片头|片尾)",
        text[m_add.start():]) is not None
    # ("前10秒剪掉 bgm别碰": beside a cut, with no verb of adding and nothing said of its level, the same -
    # "音乐别换，调小一点" is the level's)
    if kept and not audio_named and c.ctx.has_music and not relative and (other_added or (
            m_add is None and not re.search(r"调|音量|响度|声音|[大小轻响]\s*一?\s*点|%|淡|换成|改成|\bfade|"
                                            r"\b(?:louder|quieter|volume|lower|raise)\b",
                                            c.ctx.raw or text))):
        rx.search(re.escape(kept.group(0)), text)
        return [Hit(kept.start())]  # "音乐也别动 就加个字幕": the music playing stays as it is
    if kept and not audio_named and not c.ctx.has_music and not relative and (other_added or not (
            m_add and re.match(r"\b(?:add|put|use|play)\b|加|添加|配上", m_add.group(0)))):
        rx.search(re.escape(kept.group(0)), text)
        return [Hit(kept.start(), note=(
            "时间线上没有背景音乐，所以没有要保留的音乐——我也没有加。" if c.zh else
            "There is no background music on the timeline to keep, so I didn't add any."))]
    if not wants_add and has_music_word and not c.ctx.has_music and not described and not relative and \
            not re.search(r"\bfade|\bduck|\bmute|淡|静音", text) and not re.search(
            # "song's long enough", "it's a dramatic beat": said about a song (or a pause), not asked for
            # ("the music got too loud": what it became, said of it)
            r"\b(?:music|song|track|tune|beat|bgm)(?:'s|’s|\s+(?:is|are|was|were|got|gets|sounds?|sounded|"
            r"became|becomes|seems?|seemed|went|goes|"
            # "the beat drops at 0:20": the music already in the footage, said to do something there
            r"drops?|dropped|hits|kicks\s+in)\b)|"
            # "the beat drop is at 0:31, freeze it there": a moment of the music there is, naming a time
            r"\b(?:beat|bass|music|song|track)\s*[- ]?drop\b|"
            r"\b(?:it'?s|its|that'?s|thats|this is|it is|that is)\s+(?:a|an|the|my)\s+(?:\w+\s+){0,2}?"
            r"(?:beat|tune|track)\b|" + IS_THE_MUSIC + "|"
            # ("视频循环两遍 广场舞音乐太短了", "音乐不够长": what the music is like, said as the reason for
            # another edit - the Chinese of "the music is too short", no music asked for)
            r"(?:音乐|配乐|歌曲?|bgm|background music)\s*(?:也|还|都|本来|本身)?\s*"
            r"(?:太|有点|有些|好|真|比较|不够|很|挺|特别|实在|只有|才)|"
            # "slow it down so it lasts 1:20, same as the song", "as long as the track": a length compared
            # with a song is the reason for the length, no music asked for
            r"\b(?:(?:the\s+)?same(?:\s+(?:length|duration|time|runtime))?\s+as|as\s+long\s+as|"
            r"(?:length|duration|runtime)\s+of|match(?:es|ing)?\s+the\s+(?:length|duration)\s+of)\s+"
            r"(?:the\s+|my\s+|this\s+|that\s+|our\s+)?(?:music|song|track|tune|bgm)\b|"
            r"\bmatch(?:es|ing)?\s+(?:the\s+|my\s+)?(?:music|song|track|tune|bgm)(?:'s|’s)\s+"
            r"(?:length|duration|runtime)\b", text):
        wants_add = True  # "background music at 25%" with none playing yet means: add it
    if wants_add and relative and not audio_named and not c.ctx.has_music:
        wants_add = False  # "把音乐调小一点，加字幕": the add verb is another edit's
    if not wants_add:
        fades = list(re.finditer(r"\bfade[sd]?\b|\bfading\b|淡入|淡出", text))
        # the music's own fade: said after the music ("音乐结尾淡出") or just before it ("fade out the
        # music"),
        # not the picture's fade in another clause ("画面最后淡出到黑 音乐不要淡出")
        m_fade = next((f for f in fades if has_music_word and not (
            f.start() >= has_music_word.end()
            and _whole_faded_after(text[has_music_word.end():f.start()])) and (
            f.start() >= has_music_word.end()
            or re.fullmatch(r"[^,;，；]{0,14}", text[f.end():has_music_word.start()])
            # "fade out the last 5 seconds of the song": the stretch of the music said between them
            or re.fullmatch(r"\s*(?:in|out|up|down)?\s*(?:over\s+|during\s+|for\s+)?the\s+(?:very\s+)?"
                            r"(?:first|last|final|opening|closing)\s+(?:§\d+§|few\s+seconds|bit|part|"
                            r"couple\s+(?:of\s+)?seconds)\s+of\s+(?:the\s+|my\s+|this\s+|that\s+)?"
                            r"(?:background\s+|bg\s+)?", text[f.end():has_music_word.start()]))), None)
        if m_fade is not None:
            rx.search(re.escape(m_fade.group(0)), text[m_fade.start():])
            if has_music_word and c.ctx.has_music and not adds_music(c.ctx.raw or ""):
                # "music needs to come in slowly, fade it in over 6 seconds": the same fade said again of
                # "it" (the music) is part of this reading
                rx.search(_FADED_IT, text[m_fade.end():])
        if has_music_word and m_fade:
            refer(text, has_music_word)  # "music at 20%, then fade in 2s": the music said before
            start = min(m_fade.start(), has_music_word.start())
            # "前十秒让音乐淡入": the time said just before the music is the fade's
            # ("最后音乐突然停了，让它淡出", "at the end the music just stops, fade it out": the end said just
            # before the music is where its fade goes)
            before = re.search(r"(?:前|最后|开头|结尾|first|last)?\s*§\d+§\s*(?:让|把|将|的)?\s*$",
                               text[:start]) or (re.search(
                                   r"(?:结尾|最后|末尾|片尾)\s*(?:的|处|时|那里)?\s*(?:背景)?\s*$|"
                                   r"\bat the (?:very )?end,?\s+(?:the\s+|my\s+)?(?:background\s+)?$",
                                   text[:start]) if has_music_word.start() < m_fade.start() else None)
            said = text[before.start() if before else start:]
            # "fade in the music 3 s and fade out the whole video at the end": a later piece that fades the
            # picture is the picture's fade (picture.py), never read into the music's
            for cut in re.finditer(r"[,;]|\band\b|\bthen\b", said):
                if cut.start() > m_fade.end() - start and re.search(
                        r"\bfad\w*", said[cut.end():]) and re.search(_PICTURE_WORDS, said[cut.end():]) and \
                        not re.search(MUSIC + r"|\b(?:it|them)\b", said[cut.end():]):
                    said = said[:cut.start()]
                    break
            if (ask := music_fade_question(said, c.ctx.total_ms, c.zh)) is not None:
                return [Hit(m_fade.start(), question=ask)]
            if (ask := _music_fade_in_at(text, c.zh)) is not None:
                return [Hit(m_fade.start(), question=ask)]
            op = fade_music(said, c.ctx.total_ms)
            taken = re.search(_NO_FADE_IN, text[:max(start + 12, m_fade.end() + 4)])
            if op.fade_in_ms and taken and (
                    ((op.fade_out_ms or re.search(_KEPT_OUT, said)) and re.search(_FADE_OUT_SAID, said))
                    # "remove the music fade-in": a fade-in taken away alone is none too
                    or (op.fade_out_ms is None and re.search(
                        r"^(?:kill|remove|drop|lose|ditch|scrap|cut|delete|get rid|take|去掉|删掉|取消)|"
                        r"(?:去掉|删掉|取消|拿掉)$", taken.group(0)))):
                rx.search(_NO_FADE_IN, text[:max(start + 12, m_fade.end() + 4)])
                op = op.model_copy(update={"fade_in_ms": 0})  # "kill the fade in on the music, …": none
            return [Hit(m_fade.start(), [op])]
        return []
    ref = audio_named[0][1] if audio_named else c.ctx.pick(text, "audio")
    word = has_music_word or m_add
    pos = audio_named[0][0] if audio_named else (word.start() if word else 0)
    swap = rx.search(r"\b(?:swap|replace|change|switch)\b|换(?:一首|首|个|一个|掉|成)?", text)
    if swap and not audio_named and c.ctx.has_music and ref is not None and \
            ref.media_id in _playing(c) and not rx.search(r"\bback\b|回来|回去", text):
        # "swap the song", "音乐换一首": the only song there is already plays — which one instead?
        return [Hit(pos, question=("换成哪首？把音频文件上传上来，或者告诉我文件名。" if c.zh else
                                   "Which song instead? Upload it or tell me its file name."))]
    if ref is None:
        return [Hit(pos, refusal="There is no audio file uploaded for background music — upload an mp3, wav, "
                                  "m4a or aac file first.")]
    kwargs: dict[str, object] = {"media_id": ref.media_id}
    vol = _music_volume(text)
    if vol is not None:
        kwargs["volume"] = vol
        rx.search(_KEPT_HEARD, text)  # "…15%音量 免得压住人声": why that level - the level is the music's
    # "add music.mp3 but don't fade it in or out": the fades said with a negation are not wanted
    unfaded = rx.search(r"\b(?:no|don'?t|do not|without|not|never)\s+(?:a\s+|any\s+)?fad(?:e|es|ing)"
                        r"(?:\s+(?:it|the music|the song|them))?"
                        r"(?:[\s-]?(?:in|out)(?:\s+(?:or|and|/)\s+out)?)?\b|"
                        r"(?:不要|别|不用|无需)\s*(?:淡入淡出|淡入|淡出|渐入|渐出)", text)
    if unfaded:
        text = text[:unfaded.start()] + " " * (unfaded.end() - unfaded.start()) + text[unfaded.end():]
    text = _own_fade(text, pos, (c.ctx.raw or "").lower())
    fade_in = rx.search(FADE_IN + "|淡入", text)
    # "fade it out over the last 5s": the fade's object and its length said apart from the verb
    obj = r"(?:\s+(?:the|it|them|music|song|bgm|track)){0,3}"
    over = r"(?:\bover|\blasting|\btaking|\bduring)(?:\s+the\s+(?:last|final|first|opening))?"
    if fade_in:
        kwargs["fade_in_ms"] = (ms_near(text, rf"fade[sd]?{obj} ?in(?:/out\b)?|fading in|淡入|\bin\b")
                                or MUSIC_FADE_MS)
    # ("fade music in 2s and out 3s": the out said after the in's time)
    and_out = r"(?<=§)\s*and out\b|\band out\s*§"
    if rx.search(FADE_OUT + rf"|淡出|\bin and out\b|\bin/out\b|{and_out}", text) or (
            rx.search(r"\bfade\b", text) and not fade_in):
        if (ask := music_fade_question(text, c.ctx.total_ms, c.zh)) is not None:
            return [Hit(pos, question=ask)]
        kwargs["fade_out_ms"] = ((fade_out_from(text, c.ctx.total_ms) if not fade_in else None)
                                 or (ms_after(text, _OUT_OVER) if fade_in else None)
                                 or ms_near(text, rf"fade[sd]?{obj} ?out|fading out|淡出")
                                 or ms_near(text, r"\band out\b|\bin/out\b")  # "fade in/out 2s"
                                 or ms_near(text, r"fade")
                                 or (ms_after(text, over) if not fade_in else None) or MUSIC_FADE_MS)
    fade_where(text, "fade_in_ms" in kwargs, "fade_out_ms" in kwargs)
    # a loop said not to be wanted, in any of the ways a "no" is put: "don't let it loop", "no need to loop
    # it", "no looping", "it doesn't have to repeat", "不用循环", "不需要循环播放"
    if rx.search(r"\bno (?:loop|looping|repeat|repeating)\b|\bplay (?:it )?(?:just )?once|"
                 r"\b(?:don'?t|dont|do not|never|no need to|there'?s no need to|not necessary to|needn'?t|"
                 r"shouldn'?t|doesn'?t|does not|won'?t|it doesn'?t|it does not)\s+"
                 r"(?:(?:need|have|has|got)\s+to\s+)?(?:be\s+)?"
                 r"(?:(?:let|have|make)\s+(?:it|the music|the song|the track|them)\s+)?"
                 r"(?:loop(?:ed|ing)?|repeat(?:ed|ing)?)\b|"
                 r"\bonce\b|(?:不要|别|不用|不需要|无需|不必|用不着)\s*(?:重复|循环)(?:\s*播放|\s*放)?|"
                 r"不循环|不重复|"
                 r"只(?:放|播)一遍|\bwithout (?:looping|repeating|a loop)|\bnot loop|"
                 r"\bloop(?:ing)?\s*(?:off|:\s*off)\b|"
                 r"\bturn (?:off|the) loop(?:ing)?(?:\s+off)?\b", text):
        kwargs["loop"] = False
    elif rx.search(r"\b(?:loop|repeat)\s+(?:it|the music|the song|the track|that)\b|\bon (?:a )?loop\b|"
                   # ("重复播放3次，配上music.mp3": plays counted are the video's loop, not the music's)
                   r"(?:循环|重复)播放(?!\s*(?:\d+|[两二三四五六七八九十]+)\s*[遍次回])", text):
        kwargs["loop"] = True  # "add music.mp3 and loop it": said, and what it does anyway
    return [Hit(pos, [s.AddMusic.model_validate(kwargs)])]


# another edit said between the music and a fade: the fade is no longer the music's (the nearer noun)
_OTHER_EDIT = (r"\bnormali[sz]\w*|\blufs\b|\bloudness\b|\bsubtitles?\b|\bcaptions?\b|\bspeed\b|\btrim\b|"
               r"\bcut\b|\btitle\b|\btext\b|\bcrop\b|\bexport\b|\bdenois\w*|\bslideshow\b|\bcolou?r\b|"
               r"\bbrighter\b|\bsquare\b|\bvertical\b|‹r\d+by\d+›|响度|标准化|字幕|标题|加速|剪|导出|降噪|调色|竖屏")
# a fade said of the picture or the whole ("fade the video in and out", "fade everything out to black")
_PICTURE_FADE = (r"^\w+\s+(?:the\s+|it\s+)?(?:video|picture|image|screen|whole thing|whole video|everything|"
                 r"it all|all)\b|^\w+(?:\s+\w+){0,4}\s+(?:from|to|into)\s+black\b|^\S{0,2}(?:画面|视频|黑)")


# "配上music.mp3，整个视频结尾淡出", "add music.mp3, then fade it all out": the whole named just before
# the fade
_WHOLE_BEFORE_FADE = (r"(?:整体|全片|整个(?:片子|视频|画面)?|全部|画面|视频|所有的?)\s*(?:的)?\s*"
                      r"(?:结尾|最后|末尾)?\s*(?:都|再|一起|统一)?\s*(?:慢慢|渐渐|缓缓)?\s*(?:地)?\s*$|"
                      r"\b(?:it all|the whole (?:thing|video|clip)|everything)\s*$")


def _whole_faded_after(between: str) -> bool:
    """ "bgm调到15% 原声调到120% 再整体淡入淡出": the whole named just before a fade, after other edits said
    since the music - the video's fade, not the music's ("bgm整体淡出" keeps it the music's)."""
    between = re.sub(r"(?:淡入|淡出|[和跟与加及]|\s)+$", "", between)  # (the fade-out after its fade-in)
    w = re.search(_WHOLE_BEFORE_FADE, between)
    return w is not None and len(re.sub(r"[\s,，;；。、的再然后并且还]", "", between[:w.start()])) >= 3


def _own_fade(text: str, music_at: int, raw: str = "") -> str:
    """The request without the fades that belong to something else: said after another edit that comes
    between ("add music.mp3, normalize to -16 lufs, fade in and out 1s" fades the programme) or said of
    the picture ("…and fade the video in and out")."""
    for f in re.finditer(r"\bfad(?:e|es|ed|ing)\b|淡入|淡出", text):
        if f.start() < music_at:
            bare = re.match(_BARE_FADE, text[f.start():music_at])
            if bare and re.fullmatch(r"\s*(?:,|;|&|\band\b|\bthen\b)\s*(?:(?:and|then|also)\s+)?"
                                     r"(?:add|put|use|throw|lay|drop|stick|play)\s+(?:in\s+|on\s+)?"
                                     r"(?:the\s+|some\s+|my\s+)?|"
                                     # "结尾给个淡出 再加上music.mp3": the same, said in Chinese
                                     r"\s*[,，;；、]?\s*(?:然后|再|还|另外|并且|同时)?\s*(?:帮我|给我)?\s*"
                                     r"(?:加上|加个|加|配上|配个|配|放上|放|用)\s*(?:一下|一首|首|个|点)?\s*"
                                     r"(?:背景音乐|音乐|配乐|bgm)?\s*",
                                     text[f.start() + bare.end():music_at]):
                # "fade in and out, add music.mp3 at 30%": a bare fade said as its own item before the music
                # is added is the video's, not the music's
                text = text[:f.start()] + " " * bare.end() + text[f.start() + bare.end():]
            continue
        if re.search(r"\bslide ?shows?\b|幻灯片|相册", raw or text[:music_at]) and \
                not re.search(r"\b(?:it|them|the music|the song|the track|with)\b|音乐",
                              text[music_at:f.end() + 12]):
            # "make a slideshow of …, add music.mp3 and fade in/out 1 sec": the video made here fades in
            # and out (the picture's), unless the music is named with the fade ("… with a 1 sec fade in")
            return text[:f.start()]
        if re.search(_OTHER_EDIT, text[music_at:f.start()]) or re.search(_PICTURE_FADE, text[f.start():]) or \
                re.search(_WHOLE_BEFORE_FADE, text[music_at:f.start()]):
            return text[:f.start()]
        if re.match(_BARE_FADE, text[f.start():]) and _listed_after_edit(raw) \
                and not re.search(r"\bwith\b", text[music_at:f.start()]):
            # "make it 9:16, add music.mp3 quietly and fade in and out": the music one item of a list of
            # edits to the video - a fade said with no object as the next item is the video's own
            # ("… add music.mp3 with a 2s fade in" keeps the fade the music's)
            return text[:f.start()]
    return text


# a fade said with no object ("fade in and out", "fade in/out", "淡入淡出"), not the music's by its words
_BARE_FADE = (r"(?:fad(?:e|es|ed|ing)\s+(?:in|out)\b(?:\s*(?:and|/|&)\s*(?:fade\s+)?(?:in|out)\b)?|"
              r"淡入淡出|淡入|淡出)"
              r"(?!\s*(?:the\s+|my\s+)?(?:music|song|bgm|track|soundtrack)\b|\s*(?:音乐|配乐))")


def _listed_after_edit(raw: str) -> bool:
    """The request names another edit of the video before it comes to the music ("make it 9:16, add
    music.mp3 …", "trim the first 5 s, then add music …")."""
    music = re.search(r"\.(?:mp3|wav|m4a|aac)(?![a-z0-9])|(?<![a-z])(?:music|song|bgm|soundtrack)(?![a-z])|"
                      r"音乐|配乐", raw)
    return music is not None and re.search(
        _OTHER_EDIT + r"|\b\d+\s*:\s*\d+\b|\b(?:tiktok|reels?|shorts|instagram|youtube|landscape|portrait|"
        r"mute|rotate|flip|zoom|blur|brighten|darken)\b|比例|横屏|旋转", raw[:music.start()]) is not None


def _playing(c: Clause) -> set[str]:
    """The audio files on the music track now."""
    return {str(g.get("src")) for t in c.ctx.draft.get("t", []) if t.get("role") == "bgm"
            for g in t.get("sg", [])}


# "fade out from the 45 second mark to the end", "从第45秒开始淡出": where the fade-out starts, not its length
_FROM_POINT = (r"(?:\bfrom|\bstarting(?:\s+(?:at|from))?|\bbeginning(?:\s+(?:at|from))?|从)\s*(?:the\s+)?"
               r"§(\d+)§"
               # ("bgm从45秒那里开始慢慢淡出": 那里 / 的地方 points at the time said)
               r"(?:\s*(?:second\s+)?mark\b)?\s*(?:那里|那儿|这里|那个地方|的地方|处)?\s*(?:(?:(?:all\s+the\s+way\s+)?(?:to|until|till|through|thru)\s+"
               r"(?:the\s+)?(?:very\s+)?end\b|on(?:wards?)?\b|开始|起)|(?=\s*(?:淡出|$|[,.;，。；])))")


# "fade the music out at 0:50", "音乐在50秒的时候淡出": where the music's fade-out starts, said with "at" -
# never its length (the picture's "fade out at T" reads the same way)
_OUT_AT = (r"(?:\bfad(?:e|es|ed|ing)(?:\s+(?:the|it|them|music|song|bgm|track|background|audio)){0,3}\s*out"
           r"(?:\s+(?:the|music|song|bgm|track|background|audio)){0,3}|\bout)\s+"
           r"(?:at|by|starting\s+at|beginning\s+at)\s+(?:the\s+)?§(\d+)§(?:\s*(?:second\s+)?mark\b)?"
           r"(?!\s*(?:to|until|till|-|–|~)\s*§)|"
           r"(?:在|到)\s*§(\d+)§\s*(?:处|的时候|时|左右)?\s*(?:开始)?\s*(?:慢慢)?\s*淡出|"
           r"(?<!最后)(?<!结尾)(?<!末尾)§(\d+)§\s*(?:处|的时候|时)\s*(?:开始)?\s*(?:慢慢)?\s*淡出")
# a fade-out said to start this close to the end runs from there to the end; further away is asked
MUSIC_FADE_TO_END_MS = 10_000


def _out_at(text: str, total_ms: int) -> tuple[re.Match[str], int] | None:
    m = re.search(_OUT_AT, text, re.IGNORECASE)
    if m is None or not total_ms:
        return None
    return m, int(next(g for g in m.groups() if g is not None))


def music_fade_question(text: str, total_ms: int, zh: bool) -> str | None:
    """ "fade the music out at 0:20" on a 60 s video: a 40 s fade or a short one at 0:20 (where the music
    would then stop) are both readings - asked, never a 20 s fade on a guess."""
    found = _out_at(text, total_ms)
    if found is None:
        return None
    point = found[1]
    remain = total_ms - point
    if remain <= MUSIC_FADE_TO_END_MS:
        return None
    rx.search(re.escape(found[0].group(0)), text)  # the fade and where it starts are what is asked about
    if zh:
        return (f"音乐淡出会一直持续到视频结尾。是从 {_clock(point)} 开始慢慢淡出到结尾"
                f"（{remain / 1000:g} 秒），"
                f"还是只在最后几秒淡出（比如“音乐最后3秒淡出”）？")
    return (f"A music fade-out runs to the end of the video. Fade the music out from {_clock(point)} to the "
            f"end ({remain / 1000:g} s), or just over the last few seconds (e.g. “fade the music out over "
            f"the last 3 s”)?")


# "从第5秒开始音乐淡入", "音乐从第5秒开始淡入": a start point said for the music's fade-in
# ("bgm从第五秒那开始慢慢淡入": the point said with 那 / 那里 / 左右 after it is the same point)
_AT_POINT_ZH = r"(?:处|的时候|时|那里|那儿|那|这里|这儿|这|的地方|的位置|左右|前后)?"
# ("从第10秒那开始让bgm淡入": the music's name between the point and the fade)
# "fade the music in starting at 0:10", "make the bgm fade in from the 15 second mark": the same in English
# (a point said with from / starting; "fade the music in over 10s" is a length, and so is "fade the music in
# at 0:05", as "第5秒音乐淡入")
_MUSIC_WORD = r"(?:(?:the|my|this|that)\s+)?(?:background\s+|bg\s+)?(?:music|song|bgm|soundtrack|track)"
_EN_POINT = (r"(?:(?:starting|beginning|kicking\s+in)\s+(?:at|from)|starting|from)\s+(?:the\s+)?§(\d+)§"
             r"(?!\s*(?:to|till|until|through|-|–)\s*§)")
_MUSIC_IN_AT = (r"(?:在|从)\s*§(\d+)§\s*" + _AT_POINT_ZH + r"\s*(?:开始|起)"
                r"(?:[^,，;；。]{0,12}?|[^,，;；。]{0,6}?background music[^,，;；。]{0,6}?)淡入|"
                r"淡入\s*(?:从|在)\s*§(\d+)§\s*" + _AT_POINT_ZH + r"\s*(?:开始|起)|"
                r"\b(?:start(?:ing)?\s+(?:to\s+)?)?fad(?:e|es|ing)\s+(?:in\s+)?" + _MUSIC_WORD
                + r"(?:\s+in)?\s+" + _EN_POINT + r"|"
                r"\b" + _MUSIC_WORD + r"\s+(?:to\s+|should\s+|will\s+)?(?:start\s+(?:to\s+)?)?"
                r"fad(?:e|es|ing)\s+in\s+" + _EN_POINT + r"|"
                # "bgm等到第6秒再慢慢进来", "音乐到第5秒再淡入": the music waited for until a point, then in
                r"(?:等到|等|到了?|过了?)?\s*第?\s*§(\d+)§\s*秒?\s*(?:以后|之后|后|的时候|时|这里|那里|那)?\s*"
                r"(?:再|才)\s*(?:让它|让音乐)?\s*(?:慢慢|缓缓|逐渐|渐渐|慢慢地|缓缓地)?\s*(?:地)?\s*"
                r"(?:淡入|渐入|进来|进入|出来|响起)|"
                # "wait until 0:06, then fade the music in", "fade the music in after 6 seconds"
                r"\bwait\s+(?:until|till|til|for)\s+(?:the\s+)?§(\d+)§[^,;.]{0,12}?[,\s]+(?:and\s+)?(?:then\s+)?"
                r"(?:start\s+(?:to\s+)?)?fad(?:e|ing)\s+(?:in\s+)?" + _MUSIC_WORD + r"(?:\s+in)?\b|"
                r"\bfad(?:e|es|ing)\s+(?:in\s+)?" + _MUSIC_WORD +
                r"(?:\s+in)?\s+(?:only\s+)?after\s+(?:the\s+)?§(\d+)§")


def _music_fade_in_at(text: str, zh: bool) -> str | None:
    """ "从第5秒开始音乐淡入": the music's fade-in runs from where the music starts (the start of the video),
    so a later start is asked about (a fade that has the music fully in there, or the usual short one) -
    never the picture's fade, nor a fade of that length on a guess."""
    if re.search(r"淡出", text):
        return None
    m = rx.search(_MUSIC_IN_AT, text)
    if m is None:
        return None
    point = int(next(g for g in m.groups() if g is not None))
    if point <= 0:
        return None
    at = _clock(point)
    if zh:
        return (f"音乐的淡入从音乐开头（视频开头）开始。是让音乐淡入 {point / 1000:g} 秒、到 {at} 完全进来，"
                f"还是只淡入 {MUSIC_FADE_MS / 1000:g} 秒？")
    return (f"The music's fade-in starts where the music starts (the start of the video). Fade it in over "
            f"{point / 1000:g} s so it is fully in at {at}, or just the usual {MUSIC_FADE_MS / 1000:g} s?")


def fade_out_from(text: str, total_ms: int) -> int | None:
    """The fade-out's length when the request says where it starts and it runs to the end."""
    point = re.search(_FROM_POINT, text)
    found = _out_at(text, total_ms) if point is None else None
    if found is not None:
        rx.search(re.escape(found[0].group(0)), text)
        remain = total_ms - found[1]
        return remain if 0 < remain <= MUSIC_FADE_TO_END_MS else MUSIC_FADE_MS if remain <= 0 else None
    if point is None or not total_ms or not 0 < int(point.group(1)) < total_ms:
        return None
    rx.search(re.escape(point.group(0)), text)
    return total_ms - int(point.group(1))


_FADE_OUT_SAID = r"\bfade[sd]?(?:\s+(?:the|it|music|song|bgm|track)){0,3}[\s-]?out\b|\bfading out\b|淡出"
_NO_FADE_IN = (r"\b(?:kill|remove|drop|lose|ditch|skip|scrap|cut|delete|get rid of|no|without|"
               r"(?:do not|don'?t|dont) (?:want|need|add|use))\s+(?:the\s+|a\s+|any\s+)?"
               r"(?:(?:background\s+|bg\s+)?(?:music|song|bgm|track)(?:'s|’s)?\s+)?fade[\s-]?ins?\b|"
               r"\btake\s+(?:the\s+)?fade[\s-]?ins?\s+(?:off|out|away)\b|"
               r"(?:去掉|不要|删掉|取消|别)\s*(?:音乐的?)?淡入|淡入\s*(?:效果)?\s*(?:去掉|删掉|取消|拿掉|不要了?)")
# "音乐的淡入去掉 淡出留着", "remove the fade in but keep the fade out": the fade-out said to stay as it is
_KEPT_OUT = (r"\b(?:keep|leave)\s+(?:the\s+)?fade[\s-]?outs?\b(?!\s+(?:at|over|for|to)\b)|"
             r"\bfade[\s-]?outs?\s+(?:stays?|can stay|is fine|as it is|as is)\b|"
             r"淡出\s*(?:效果)?\s*(?:就)?\s*(?:留着|保留|不变|不动|别动|不要动|照旧)|(?:保留|留着)\s*(?:音乐的?)?淡出")


_NAMED_SONG_IN = (r"\bfade[sd]?\s+(?:the\s+|my\s+|our\s+|that\s+)?[a-z]+\s+(?:music|song|track|bgm)\s+in\b"
                  r"(?!\s+the\s+(?:end|last))")


_OUT_OVER = (r"\bfade[sd]?(?:\s+(?:the|it|them|music|song|bgm|track)){0,3}[\s-]?out\s+"
             r"(?:over|for|across|lasting|taking)")


def fade_music(text: str, total_ms: int = 0) -> s.FadeMusic:
    """The music fade a clause asks for (2 s unless a time is said)."""
    fin = fout = None
    # "shorten the fade out on the music to 1 sec": the music named after the fade is no word between the
    # fade and its length (blanked, positions kept)
    text = re.sub(r"(\bfade[\s-]?(?:in|out)s?)(\s+(?:on|of|for)\s+(?:the\s+|my\s+)?"
                  r"(?:background\s+|bg\s+)?(?:music|song|bgm|soundtrack|track)\b)",
                  lambda f: f.group(1) + " " * len(f.group(2)), text)
    # ("fade the worship music in over 3s": the song named by a word of its own before the music word is
    # still the fade's object - a fade-in, never the fade-out read when no fade-in is found)
    if rx.search(FADE_IN + r"|淡入|" + _NAMED_SONG_IN, text):
        # ("fade in the background music over 3s": the time said after the music's longer name, with no
        # fade-out for it to belong to)
        fin = ms_near(text, r"fade[sd]? ?in|fading in|淡入|\bin\b") or (
            ms_after(text, r"\bover|\blasting|\btaking") if not re.search(r"\bout\b|淡出", text) else None
        ) or MUSIC_FADE_MS
        # "kill the fade in on the music, just have it fade out over 4s", "去掉淡入 只要淡出": the fade-in
        # said to go is none, never the default one added
        taken = re.search(r"(?:去掉|删掉|取消)\s*(?:音乐的?)?淡入|"
                          r"淡入\s*(?:效果)?\s*(?:去掉|删掉|取消|拿掉|不要了?)", text)
        if re.search(_NO_FADE_IN, text) and (re.search(_FADE_OUT_SAID, text) or taken):
            # ("音乐不要淡入，淡出保留": the negator is this reading's, not a negated edit)
            rx.search(_NO_FADE_IN, text)
            # (a fade-in taken away alone, "背景音乐去掉淡入", is none too - it had added the 2 s default;
            # "don't fade it in" alone is a negated edit: nothing done)
            fin = 0
    if fin is not None and rx.search(_KEPT_OUT, text):
        fade_where(text, True, False)
        return s.FadeMusic(fade_in_ms=fin, fade_out_ms=None)  # the fade-out stays as it is
    # ("fade the music in at the start and out at the end": the out said after the fade-in, at the end, is
    # the fade-out - as the picture's fade reads it)
    if rx.search(r"\bfade[sd]?(?:\s+(?:the|it|music|song|bgm|track)){0,3} ?out\b|\bfading out\b|"
                 r"\bin and out\b|淡出|(?<=§)\s*and out\b|\band out\s*§|"
                 r"(?<=\s)(?:and|then)\s+(?:then\s+)?out\s+(?:again\s+)?(?:at|by|towards?|near|for|in)\s+the\s+"
                 r"(?:very\s+)?(?:end|ending|close|finish|outro)\b",
                 text) or fin is None:
        fout = ((fade_out_from(text, total_ms) if fin is None else None)
                # ("fade in the music over 3s and fade it out over 5s": the length said after the fade-out's
                # "over" is its own, never the fade-in's said just before it)
                or (ms_after(text, _OUT_OVER) if fin is not None else None)
                or ms_near(text, r"fade[sd]? ?out|fading out|淡出")
                # ("music fade in over 3s and out over 5000 ms": the time after "and out" is the fade-out's,
                # the one before it the fade-in's)
                or (ms_after(text, r"\band out(?:\s+(?:over|for|in|lasting|taking))?") if fin is not None
                    else None)
                or ms_near(text, r"\bout\b|fade")
                or ms_after(text, r"(?:\bover|\blasting|\btaking|\bduring|\bin)(?:\s+the\s+(?:last|final))?")
                or MUSIC_FADE_MS)
    fade_where(text, fin is not None, fout is not None)
    rx.search(r"\b(?:over|in|during|for)\s+the\s+(?:last|final|first|closing|opening)\b", text)
    return s.FadeMusic(fade_in_ms=fin, fade_out_ms=fout)


# "make the music better idk", "背景音乐弄好听一点": the music judged, with no change named - asked which
_MUSIC_JUDGED = (r"\b(?:make|get)\s+(?:the\s+|my\s+|our\s+|this\s+|that\s+)?(?:background\s+|bg\s+)?"
                 r"(?:music|song|bgm|soundtrack)\s+(?:sound\s+|feel\s+|work\s+|fit\s+)?"
                 r"(?:a\s+(?:bit|lot|little)\s+)?(?:better|nicer|good|great|cooler|right|"
                 r"more (?:fitting|epic|interesting|exciting|emotional))\b|"
                 r"\b(?:fix|improve|sort out|do something (?:about|with))\s+(?:the\s+|my\s+|our\s+)?"
                 r"(?:background\s+|bg\s+)?(?:music|song|bgm|soundtrack)\b|"
                 r"(?:背景)?(?:音乐|配乐|bgm)\S{0,3}(?:弄|改|调|处理)?(?:得)?(?:好听|更好|好)\s*(?:一点|一些|点)|"
                 r"优化\s*(?:一下)?\s*(?:背景)?(?:音乐|配乐|bgm)|"
                 # "tweak the music", "音乐调一下": the music to be adjusted, with no direction said
                 r"\b(?:tweak|adjust|fix up|touch up|work on|sort)\s+(?:the\s+|my\s+|our\s+)?"
                 r"(?:background\s+|bg\s+)?"
                 r"(?:music|song|bgm|soundtrack)\b|"
                 r"(?:背景)?(?:音乐|配乐|bgm)\s*(?:再|也)?\s*(?:调|调整|处理|弄|改|修)\s*(?:一下|下)|"
                 r"(?:调|调整|处理|修)\s*(?:一下|下)\s*(?:背景)?(?:音乐|配乐|bgm)|"
                 # "the music in our gig teaser is meh(, make it better?)": the music judged, nothing named to
                 # change
                 r"\b(?:music|song|bgm|soundtrack)\b[^,;.!?]{0,40}?\b(?:is|sounds?|feels?)\s+(?:kinda\s+|"
                 r"kind of\s+|"
                 r"so\s+|pretty\s+|really\s+|a bit\s+|a little\s+|just\s+|very\s+)?(?:meh|boring|bad|lame|"
                 r"cheesy|"
                 r"generic|mid|weak|bland|awful|terrible|dull|not (?:great|good|it|right))\b"
                 r"(?:[,\s]+(?:(?:can|could) (?:you|u) |pls |please |so )?(?:make|get) (?:it|that|this) "
                 r"(?:sound |feel )?(?:a bit |a little |way |much )?better\b)?")
_MUSIC_CHANGE = (r"\bvolume\b|\blouder\b|\bquieter\b|\bsofter\b|\blower\b|\bturn\b|\bfad\w*|"
                 r"\bduck\w*|\bmute\b|\breplace\b|\bswap\b|\bswitch\b|\bchange\b|\badd\b|\bloop\w*|\bremove\b|\bcut\b|\bshorter\b|"
                 r"\bunder\b|\d|§|%|音量|大声|小声|调低|调高|淡|压低|换|加|循环|去掉|删")


def _music_judged(text: str, zh: bool) -> Hit | None:
    m = re.search(_MUSIC_JUDGED, text)
    if m is None or re.search(_MUSIC_CHANGE, text):
        return None
    rx.search(re.escape(m.group(0)), text)
    rx.search(r"\bidk\b|\bi guess\b|\bsomehow\b|\bpls\b|\bplease\b|吧|一下", text)
    return Hit(m.start(), question=(
        "音乐要怎么改？可以在说话时自动压低（“说话时音乐压低”）、调音量（“音乐调到20%”）、开头淡入结尾淡出，"
        "或者换成你上传的另一首（“把音乐换成song.mp3”）——要哪种？" if zh else
        "How should the music change? I can lower it whenever you talk (“duck the music”), set its volume "
        "(“music at 20%”), fade it in and out, or use another song you upload (“replace the music with "
        "song.mp3”) — which would you like?"))


# a steady noise named ("there's a hum, clean up the audio"): the cleaning asked is noise reduction
_NOISE_NAMED = (r"\bnois\w*|\bhiss\w*|\bhum\w*|\bbuzz\w*|\bwind\w*|\bstatic\b|\bcrackl\w*|\bfans?\b|"
                r"\btraffic\b|杂波|杂声|"
                r"\bbackground\b|\becho\w*|\brumbl\w*|\bac\b|\bair ?con\w*|\bfridge\b|\bclick\w*|\bpops?\b|"
                r"\bhvac\b|\bgenerator\b|\bengine\b|噪|杂音|风声|嗡嗡|电流声")


def voice_quality_rule(c: Clause) -> list[Hit]:
    """"make my voice sound more professional", "声音听起来专业一点": a wish for better sound that names no
    tool - asked, with the two that do it (noise reduction, even loudness)."""
    # ("it makes the music sound muffled": the music is what sounds so)
    m = rx.search(r"\b(?:(?:my |the |our )?(?:music|song|track)\s+(?=sounds?\b))?"
                  r"(?:my |the |our )?(?:voice|audio|sound|vocals?|mic)\b(?:\s+\w+){0,2}?\s+(?:"
                  r"sounds?\s+|more\s+|less\s+|better\s+|like\s+(?:an?\s+)?)*(?:professional|pro|polished|"
                  r"radio[- ]quality|"
                  r"studio[- ]quality|podcast[- ]quality|better|nicer|richer|fuller|amateur\w*|bad|terrible|"
                  r"muffled|off|weird)\b|"
                  r"(?:声音|人声|音质|音频|录音)\S{0,6}(?:专业|好听|高级|清楚|清晰|干净|不太好|不好|太差|很差|"
                  r"有点差|闷)", c.text)
    if not m or rx.search(r"de-?nois|noise|hiss|hum|normali[sz]|loud|quiet|volume|降噪|噪|音量|响度|"
                          r"大声|小声", c.text):
        return []
    if re.search(r"\b(?:with|watch\w*|on)\s+(?:the\s+)?(?:sound|audio)\s+(?:off|muted|down)\b", c.text):
        return []  # "my students watch with sound off": how it is watched, not how it sounds
    if re.search(r"de-?nois|\bnoise|\bhiss|\bhum\b|normali[sz]|\bloudness|\bvolume|\bduck\w*|降噪|去噪|"
                 r"噪音|杂音|音量|响度|闪避", (c.ctx.raw or c.text).lower()):
        # "denoise it, my voice sounds bad", "turn off the ducking, it made the music sound weird": the sound
        # fix is asked elsewhere in the request - this is why, not a wish to ask about
        rx.search(r"\b(?:make|get|so)\b|听起来|一点|一些", c.text)
        return [Hit(m.start())]
    rx.search(r"\b(?:make|get|can|help|want|need|improve|fix|so)\b|\bidk\b|让|想|帮我|弄|调|听起来|一点|"
              r"一些", c.text)
    return [Hit(m.start(), question=_SOUND_OPTIONS[1 if c.zh else 0])]


_SOUND_OPTIONS = (
    "I can (1) reduce background noise, (2) even out the loudness to −14 LUFS so the voice sounds "
    "steady and full, or both — which would you like?",
    "我可以：1）降噪，去掉背景杂音；2）把音量标准化到 -14 LUFS，让声音稳定饱满；或者两个都做。要哪个？")


# ("static slide video", "a static shot": still pictures, not the crackle)
_STATIC = (r"static(?!\s+(?:slides?|images?|shots?|cameras?|pictures?|frames?|videos?|backgrounds?|scenes?|"
           r"photos?|titles?|text|pages?|graphics?|screens?|webcam|angles?|clips?|presentations?|"
           r"screenshots?|logos?|cam|tripod|wides?)\b)")


# a noise named and said to stay ("蜜蜂嗡嗡声就是要留着的", "风声保留", "keep the hum", "the buzzing should
# stay")
_NOISE_KEPT = (r"[^\s，,。；;！!？?去删消减降]{0,8}?(?:嗡嗡|风声|呼呼|沙沙|滋滋|嘶嘶|虫鸣|鸟叫|噪音|杂音|"
               r"底噪|环境音|现场声)[^\s，,。；;！!？?]{0,3}?"
               r"(?:声|的声音)?\s*(?:就是|都|也|还是)?\s*(?:要|得|需要)?\s*(?:留着|保留|留下|不用去掉?|别去掉?|不要去掉?|"
               r"别动|不要动|不用动|不用管|别管)(?:的|吧|啊|哈)?|"
               r"(?:保留|留着|留下)\s*[^\s，,。；;！!？?]{0,8}?(?:嗡嗡|风声|呼呼|沙沙|虫鸣|鸟叫|环境音|现场声)"
               r"[^\s，,。；;！!？?]{0,2}?(?:声)?|"
               r"\b(?:keep|leave)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:hum|humming|buzz|buzzing|hiss|wind|noise)\b"
               r"(?:\s+of\s+(?:the\s+)?\w+)?(?:\s+(?:in|alone|as is))?|"
               r"\b(?:the\s+)?(?:\w+\s+){0,2}?(?:hum|humming|buzz|buzzing|hiss|wind|noise)\b(?:\s+of\s+(?:the\s+)?\w+)?"
               r"\s+(?:should|has to|needs to|must|can)\s+stay\b")


# machines and works whose sound is the steady noise a recording picks up (a drill, a mower, building
# works) - named with a sound word and a removal, the noise reduction is what is asked
_MACHINE_ZH = r"电钻|冲击钻|钻孔|装修|施工|工地|割草机|除草机|吸尘器|吹风机|电锯|打桩|马达|发动机|引擎"
_MACHINE_EN = (r"(?:drill(?:ing)?|construction|jackhammer(?:ing)?|(?:lawn\s?)?mower|vacuum(?:\s+cleaner)?|"
               r"leaf\s?blower|hair\s?dryer|power\s+tools?|machinery|chainsaw|hammering)")


# "reduce the original sound to 50%, my students are complaining of the fan noise": a noise named in a piece
# that says why (a complaint, a because) with no cleaning verb of its own, where the request asks a level -
# the level is the ask, the noise is why (no denoise added on a guess)
# (the words are the shared REASONS table's "why" and "told" - "my students say the fan is awful"; not its
# "state" words: a noise that "is" or "sounds" some way - "the hum is awful, lower it" - may be the very noise
# to clean, never only why)
_WHY_SAID = reason_words("why", "told")
_CLEANS = (r"\b(?:de-?nois\w*|remove|reduce|cut|clean|kill|get rid|filter|fix|lower|lose|eliminate)\b|"
           r"降噪|去噪|去掉|消除")
_LEVEL_ASKED = (r"\d\s*%|\bhalf\b|\bvolume\b|\bquieter\b|\bsofter\b|\bturn\s+(?:[\w']+\s+){0,3}?down\b|"
                r"\b(?:lower|reduce|decrease|drop)\s+(?:the\s+|my\s+)?(?:[\w']+\s+)?(?:sound|audio|volume|level)\b")


def _noise_is_why(c: Clause, m: re.Match[str]) -> Hit | None:
    """The noise named only as why a level is asked: read (its words explained), no edit."""
    a = max((x.end() for x in re.finditer(r"[,;.!?，；。！？]", c.text[:m.start()])), default=0)
    b = next((a + x.start() for x in re.finditer(r"[,;.!?，；。！？]", c.text[a:])
              if a + x.start() >= m.end()), len(c.text))
    piece = c.text[a:b]
    why = re.search(_WHY_SAID, piece)
    if why is None or a + why.start() > m.start() or re.search(_CLEANS, piece):
        return None
    raw = (c.ctx.raw or c.text).lower()
    if not re.search(_LEVEL_ASKED, raw) or re.search(r"\b(?:de-?nois\w*|noise reduction)\b|降噪|去噪", raw):
        return None
    rx.search(re.escape(c.text[a + why.start():b].strip()), c.text)
    return Hit(a + why.start())


def denoise_rule(c: Clause) -> list[Hit]:
    m = rx.search(r"\bde-?nois(?:e|ing)\b|\bnoise reduction\b|"
                  r"\bnoise (?:removal|suppression|filter(?:ing)?|gate|cancel{1,2}(?:ing|ation))\b|"
                  r"\b(?:remove|reduce|cut|clean|get rid of|kill|"
                  r"fix|delete|erase|eliminate|take out|"
                  r"lower|filter|suppress|wipe(?: out)?|scrub(?: out)?|strip(?: out)?|zap|nuke|ditch)\b"
                  r"(?:\s+\w+){0,3}\s+(?:noise|hiss|hum|buzz|wind|" + _STATIC + r"|crackle)"
                  # ("remove the humming in the background": where the noise is, part of its name)
                  r"(?:(?<=hum)ming|(?<=buzz)ing|(?<=hiss)ing|(?<=crackl)ing)?"
                  r"(?:\s+(?:in|from)\s+(?:the\s+)?(?:background|back))?|"
                  # "tone down those gusts", "soften the wind": wind gusts are the steady noise
                  r"\b(?:tone down|soften|dampen|muffle|calm down|tame|reduce|remove|lower|cut down|"
                  r"get rid of|"
                  r"fix|kill|suppress|filter out)\b(?:\s+\w+){0,3}?\s+(?:wind(?:\s+gusts?)?|gusts?(?:\s+of\s+"
                  r"wind)?)\b|"
                  r"\b(?P<clean>(?:clean|tidy|polish)\s+(?:up\s+)?(?:the\s+|my\s+|our\s+)?(?:audio|sound|vocals?|"
                  r"voice|mic)(?:\s+up)?\b(?!\s*(?:track|file|clip)s?\b))|\bnoisy\b|降噪|去噪|噪音|噪声|杂音|杂声|杂波|底噪|"
                  # "删掉背景的风声": the wind (or a hum) named as a sound is steady noise
                  r"(?:去掉|删掉|去除|消除|弄掉|减少|降低)\S{0,6}(?:风声|呼呼声|嗡嗡声|交流声|空调声|风扇声)|"
                  r"(?:风声|呼呼声|嗡嗡声|交流声|空调声|风扇声)\S{0,6}(?:去掉|删掉|去除|消除|弄掉)|"
                  # "把风扇的声音去掉": a machine's steady sound, named by what makes it
                  # ("把录音里的电钻声去掉": a tool or works named by what makes the noise is machine
                  # noise too)
                  r"(?:去掉|删掉|去除|消除|弄掉|减少|降低)\S{0,6}(?:风扇|电扇|空调|冰箱|电流|机箱|"
                  + _MACHINE_ZH + r")\S{0,3}声|"
                  r"(?:风扇|电扇|空调|冰箱|电流|机箱|" + _MACHINE_ZH + r")\S{0,3}声音?\s*(?:也|都)?\s*"
                  r"(?:去掉|删掉|去除|消除|弄掉)|"
                  # "get rid of the drill sound in the recording": the same, said in English
                  r"\b(?:remove|reduce|cut|get rid of|kill|take out|filter out|eliminate|lose|erase|"
                  r"clean up)\b"
                  r"(?:\s+(?:out|the|that|this|all|those|of))*\s+(?:\w+\s+)?" + _MACHINE_EN +
                  r"\s+(?:sounds?|noises?)\b|"
                  # steady noise by its sound: "嗡嗡的电流声", "降个噪", "the humming/buzzing noise"
                  r"降\s*(?:个|一下|下|1\s*下)\s*噪|电流声|嗡嗡|沙沙声|滋滋声|嘶嘶声|风噪|"
                  r"\b(?:humming|buzzing|hissing|electrical|fan|ac|air ?con\w*)\s+(?:sound|noise)s?\b|"
                  # "there's a fan humming in the background, can u clean that up": a steady sound named, then
                  # the ask to clean or remove it
                  r"\b(?:fan|fridge|ac|air ?con\w*|hum|buzz|hiss|" + _STATIC + r"|traffic|wind)\b"
                  r"(?:\s+\w+){0,6}?\s+"
                  # ("the AC in the studio hums the whole time, can u clean that up": a sound as a verb)
                  r"(?:humming|buzzing|hissing|hum|buzz|hiss|noise|hums|buzzes|hisses|whines|whirs|drones)\b"
                  r".*?\b(?:clean|remove|reduce|fix|get rid|"
                  r"kill|lose)\b(?:\s+(?:of\s+)?(?:that|it|this))?(?:\s+up)?|"
                  # "the audio has a tremendous hum, … reduce it": the noise named, then taken away as "it"
                  r"\b(?:noise|hum|hiss|buzz|" + _STATIC + r"|crackle|rumble|humming|buzzing|hissing)\b.*?"
                  r"\b(?:reduce|remove|get rid of|clean up|kill|eliminate|lose|fix|wipe out|filter out|"
                  r"suppress)\s+(?:it|that|this|them)\b|"
                  # "lots of crowd noise, clean it up": the noise named, then cleaned as "it"
                  r"\b(?:noise|hum|hiss|buzz|" + _STATIC + r"|crackle|rumble|humming|buzzing|hissing)\b.*?"
                  r"\b(?:clean|tidy|sort)\s+(?:it|that|this|them)\s+(?:up|out)\b",
                  c.text)
    if m and (why := _noise_is_why(c, m)) is not None:
        return [why]
    if m and not m.group("clean") and re.search(_NOISE_KEPT, c.text) and not re.search(
            r"降噪|去噪|去掉|删掉|去除|消除|弄掉|减少|降低|"
            r"\b(?:de-?nois\w*|remove|reduce|cut|clean|kill|get rid)\b", re.sub(_NOISE_KEPT, " ", c.text)):
        # "蜜蜂嗡嗡声就是要留着的", "keep the hum of the bees": a sound that is part of the scene, said to
        # stay - nothing filtered (what stays is read, no edit)
        rx.search(_NOISE_KEPT, c.text)
        return [Hit(m.start())]
    if m and m.group("clean") and not re.search(_NOISE_NAMED, (c.ctx.raw or c.text).lower()):
        # "clean up the audio a bit?": no noise named anywhere - which cleaning is asked (noise, loudness)
        return [Hit(m.start(), question=_SOUND_OPTIONS[1 if c.zh else 0])]
    if m and m.group("clean"):
        # "clean up the audio, theres fan noise": the noise named after it is what is cleaned (one reading;
        # "up the audio" is no raise of the volume)
        rx.search(r"\b(?:(?:humming|buzzing|hissing|electrical|fan|ac|air ?con\w*|background|traffic|"
                  r"wind)\s+)?"
                  r"(?:noise|hum|buzz|hiss|" + _STATIC + r"|humming|buzzing|hissing)\b", c.text[m.end():])
    if m and re.search(r"\b(?:noise|hum|buzz|roar|rumble)\s+(?:volume|loudness)\b(?:\s+(?:down|up))?\s+"
                       r"(?:to|at|by)\s+\d+(?:\.\d+)?\s*%", c.text):
        # "cut the engine noise volume down to 20%": the sound there turned down to a level (the volume
        # reading), not filtered out
        return []
    if not m:
        # "get rid of the silences and the background noise": the noise as a later thing of a list that one
        # removal verb serves
        verb = re.search(r"\b(?:remove|reduce|cut|clean up|get rid of|kill|lose|filter out|take out)\b",
                         c.text)
        m = verb and rx.search(r"(?:\band|&|,)\s+(?:the\s+|any\s+|all\s+(?:the\s+)?|that\s+)?"
                               r"(?:background\s+|"
                               r"steady\s+|annoying\s+|constant\s+)?(?:noise|hiss|hum|buzz|" + _STATIC +
                               r"|crackle)\b",
                               c.text[verb.end():])
        if not m or verb is None:
            return []
        rx.search(re.escape(verb.group(0)), c.text)
        return [Hit(verb.end() + m.start(), [s.Denoise()])]
    # the sound denoised, said with it ("denoise the audio", "my voice is noisy"); a voice named for another
    # edit is that edit's ("denoise + duck the music under my voice")
    rx.search(r"\b(?:the |my )?(?:audio|sound|voice|recording|mic)\b"
              r"(?=(?:'s|\s+is|\s+has)?\s*(?:\w+\s+){0,2}?"
              r"(?:noisy|noise|hiss|hum|buzz|" + _STATIC + r"|crackle))|"
              r"(?<![a-z])(?:de-?nois\w*|clean(?:\s+up)?|reduce|remove|fix|filter|get rid of|kill|cut|lower|"
              r"suppress|eliminate|take out)\s+(?:(?!and\b|then\b|but\b|also\b)\w+\s+){0,4}?"
              r"(?:in\s+|on\s+|from\s+|of\s+)?"
              r"(?:the |my )?"
              # ("lower the sound to 50% and remove the hum": the sound taken to a level is the volume's)
              r"(?:audio|sound|voice|recording|mic)\b(?!\s+(?:down\s+)?(?:to|by)\s+(?:§|\d|half\b))|"
              # ("降噪+声音标准化": the sound made even is the loudness reading's, not the noise's)
              r"(?:声音|音频|人声)(?!\s*(?:的)?\s*(?:标准化|归一化?|统一|响度|均衡))",
              c.text)
    # "厨房抽油烟机声音太吵了 能不能降个噪": the noise too loud is why it is cleaned, not a volume change
    # (the music too loud is the music's: "背景音乐太吵了 顺便降个噪")
    loud = re.search(_TOO_LOUD, c.text)
    if loud and not re.search(MUSIC, re.split(r"[,，;；。.!！?？]", c.text[:loud.start()])[-1]):
        rx.search(_TOO_LOUD, c.text)
    # "turn the noise reduction off it makes my voice sound underwater", "the noise removal makes me sound
    # underwater, turn it off": the filter itself named, then switched off
    feature = re.search(r"\bde-?nois\w*|\bnoise (?:reduction|removal|suppression|filter\w*|gate|cancel\w*)\b",
                        c.text)
    off = rx.search(r"\b(?:turn|switch|shut) off|\bno denois|\bdisable|\bdenois\w* off\b|"
                    r"\bturn (?:the )?denois\w* off|"
                    r"\b(?:turn|switch|shut)\s+(?:the\s+|that\s+)?(?:de-?nois\w*|noise (?:reduction|removal|"
                    r"suppression|filter\w*|gate|cancel\w*))\s+off\b|"
                    + (r"\b(?:turn|switch|shut)\s+(?:it|that|this)\s+off\b|\b(?:undo|remove|drop|lose|ditch|"
                       r"get rid of)\s+(?:the\s+|that\s+)?(?:de-?nois\w*|noise (?:reduction|removal|"
                       r"suppression|filter\w*|gate|cancel\w*))\b|" if feature else "") + r"取消"
                    r"降噪|关闭降噪|"
                    r"降噪\s*(?:关掉|关了|去掉)|"
                    # "别降噪了，关掉吧": said not to be done, then switched off
                    r"(?:别|不要|不用)\s*降噪了?[，,\s]*(?:把它|把那个|那个)?(?:关掉|关了|关闭)", c.text)
    if off and feature:
        # "actually dont denoise, turn that off": the "don't" said of the filter is the switching off
        rx.search(r"\b(?:don'?t|do not|no more|stop|never ?mind(?: the)?)\s+"
                  r"(?:(?:do|use|apply|want|need)\s+)?"
                  r"(?:the\s+|any\s+)?(?=de-?nois|noise "
                  r"(?:reduction|removal|suppression|filter|gate|cancel))|(?:别|不要|不用)(?=降噪)", c.text)
    return [Hit(m.start(), [s.Denoise(on=not off)])]


_FIX_QUIET = (r"\bfix\s+(?:the\s+|my\s+|our\s+)?(?:too\s+|really\s+|way\s+too\s+)?(?:quiet|low)"
              r"(?:[\s-](?:volume|audio|sound|parts?|bits?|sections?|spots?))?\b|\bfix\s+how\s+quiet\b")


def loudnorm_rule(c: Clause) -> list[Hit]:
    m = rx.search(r"\b(?:audio|volume|sound|loudness)(?: levels?)?\s+(?:more\s+)?(?:consistent|even|"
                  r"balanced)\b|"
                  r"\bnormali[sz](?:e|ation|ed)\b|\bloudness\b|\blufs\b|\bloud[\s-]?norm(?:ali[sz]\w*)?\b|"
                  r"\beven out (?:the )?(?:audio|volume|"
                  r"levels|"
                  r"sound)|\bconsistent (?:volume|loudness|levels)|\blevel out the|响度|音量标准化|"
                  r"音量均衡|标准化音量|(?:音量|声音|音频|响度)\S{0,2}(?:帮我|给我)?(?:标准化|均衡|统一|平衡)|"
                  r"统一音量|统一(?:一)?下\s*(?:音量|声音|响度)|"
                  # "人声忽大忽小的": uneven loudness, said as the trouble, asks for it evened out
                  r"(?:音量|声音|人声|响度)?\S{0,2}(?:忽大忽小|时大时小|一会儿?大一会儿?小|大小不一)|"
                  # "everyone roughly volume matched", "make amplitude uniform", "match the levels": one
                  # loudness for all of it
                  r"\b(?:volume|loudness|level|amplitude|audio)[\s-]+(?:matched|matching|uniform|equali[sz]ed)\b|"
                  r"\bmatch(?:ed|ing)?\s+(?:up\s+)?(?:the\s+|their\s+|all\s+(?:the\s+)?)?(?:volumes?|loudness|"
                  r"levels|amplitudes?|audio levels)\b|"
                  r"\b(?:make|get|keep|set)\s+(?:the\s+|all\s+(?:the\s+)?|every\s+clip'?s?\s+)?(?:amplitude|volume|"
                  r"loudness|levels?|audio(?: levels?)?)\s+(?:uniform|consistent|even|equal|the same|"
                  r"match)\b|"
                  r"\b(?:uniform|equal|matching)\s+(?:amplitude|volume|loudness|levels?)\b|"
                  r"\bno\s*(?:one|1|body|clip|speaker)\s+(?:\w+\s+)?(?:louder or quieter|"
                  r"quieter or louder)\b|"
                  # "音量别过大或过小，统一标准化一下": neither too loud nor too quiet, said with a standard
                  r"(?:音量|声音|响度)\S{0,4}(?:别|不要)(?:过|太)大(?:或|或者|也别|也不要|和)?(?:过|太)小|"
                  r"(?<=[，,\s])(?:统一)?(?:标准化|归一化)(?:一下)?|"
                  # "can you at least fix the too quiet part": the quietness fixed, no level said - the
                  # loudness brought to the usual level
                  + _FIX_QUIET, c.text)
    if not m:
        return []
    if re.match(r"(?:统一)?(?:标准化|归一化)", m.group(0)) and not re.search(r"音量|声音|响度|音频", c.text):
        return []  # a bare 标准化 with no sound named is not the loudness
    # "no one louder or quieter than everyone else", "the amplitude from one clip to another isnt the same",
    # "别过大或过小": the unevenness said beside it is why
    rx.search(r"\b(?:(?:so\s+(?:that\s+)?)?no\s*(?:one|1|body|clip|"
              r"speaker)(?:\s+is)?\s+(?:\w+\s+)?(?:louder or quieter|"
              r"quieter or louder|louder|quieter)"
              r"(?:\s+than\s+(?:everyone|everybody|anyone|the others?|the rest)(?:\s+else)?)?)|"
              r"\b(?:volume|loudness|level|amplitude|audio)s?\s+(?:from\s+one\s+clip\s+to\s+(?:another|"
              r"the next)|"
              r"between\s+(?:the\s+)?clips)\s+(?:isn'?t|is not|aren'?t|are not|isnt|arent)\s+(?:the\s+same|"
              r"consistent|even)\b|(?:别|不要)(?:过|太)大(?:或|或者|也别|也不要|和)?(?:过|太)小|统一|"
              r"\b(?:roughly|about|more or less)\b|\bselect all\b|\breal easy\b", c.text)
    # "normalize the audio, some parts are way louder": the unevenness told is why, not a part to change
    rx.search(r"\b(?:some|certain|a few|parts of|bits of)\s+(?:\w+\s+)?(?:parts?|bits?|clips?|sections?|"
              r"spots?|places|people|speakers?|of it)\s+(?:are|is|get|go|sound)\s+(?:way\s+|much\s+|"
              r"a lot\s+|a bit\s+|kinda\s+|really\s+|super\s+|too\s+|so\s+)*(?:louder|quieter|softer|loud|"
              r"quiet|soft|lower|higher)\b(?:\s+than\s+(?:others|the others|the rest|other parts))?|"
              r"\b(?:it|the (?:audio|sound|volume))\s+(?:keeps\s+)?(?:goes|going|jumps?|jumping)\s+up\s+"
              r"and\s+down\b|"
              r"(?:有的|有些|部分)(?:地方|段|片段)?\S{0,2}(?:特别|很|太)?(?:大声|小声|响|轻)", c.text)
    list(rx.finditer(r"\bloudness\b|\blevels?\b|\blufs\b|响度|\b(?:the |my )?(?:audio|sound|volume|voice)\b|"
                     r"音频|声音", c.text))
    # "normalize to -16", "标准化到-16": a level below zero said with the loudness is its target
    lufs = rx.search(r"(-\s*\d+(?:\.\d+)?)\s*(?:lufs|db)|"
                     r"(?:(?<=to)|(?<=到)|(?<=为)|(?<=成)|(?<=at)|(?<=目标))\s*(-\s*\d+(?:\.\d+)?)(?!\s*[%\d§])",
                     c.text)
    value = float((lufs.group(1) or lufs.group(2)).replace(" ", "")) if lufs else None
    said = re.search(r"(-\s*\d+(?:\.\d+)?)\s*lufs", c.ctx.raw.lower())
    if value is None and said and rx.search(r"\b(?:to|at)\s+(?:that|it|this|that level|this level|"
                                            r"that number|this number)\b|(?:到|成|为)(?:这个|那个)", c.text):
        # "our podcast is supposed to be -16 lufs, can u normalize to that": the level said before is
        # the target
        # (one loudness, not a second one at the default)
        value = float(said.group(1).replace(" ", ""))
    standard = re.search(r"\b(?:(youtube|yt|spotify|tiktok|instagram|insta|reels|shorts|facebook)|"
                         r"(apple podcasts?|podcasts?)|(ebu|r128|broadcast|tv))\b\S*\s*(?:'s\s+)?"
                         r"(?:loudness\s+)?(?:standards?|specs?|targets?|levels?|norms?)\b|"
                         r"(?:(youtube|油管|b站|抖音|快手)|(播客))\s*(?:的)?\s*(?:响度)?\s*(?:标准|要求|规范)",
                         c.text)
    if value is None and standard:
        # "bring the loudness to youtube standard": a platform's published loudness target, said by its name
        # (streaming platforms -14 LUFS, podcasts -16, broadcast EBU R128 -23)
        value = -16.0 if standard.group(2) or standard.group(5) else -23.0 if standard.group(3) else -14.0
    extra = {"target_lufs": value} if value is not None and -70 <= value <= -5 else {}
    return [Hit(m.start(), [s.Loudnorm.model_validate(extra)])]

