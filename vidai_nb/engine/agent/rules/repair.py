"""Footage repair and searches that need to see the picture or pull one sound apart: refused with what can
be done instead (meta.REFUSALS reads these, in the request's language).

- the picture repaired: "deflicker my timelapse", "remove the hot pixels", "stack the frames to reduce noise",
  "remove the light pollution glow", "make the scratches on the dresser disappear", "去掉闪烁";
- one voice or instrument pulled out of the recording: "isolate just the sopranos", "把女高音单独提出来";
- people or things found in the picture: "find every runner with bib 2041", "帮我找出所有穿红衣服的跑者";
- a creature or sky event added that was never filmed: "add a shark swimming under my board".
"""

from __future__ import annotations

from .. import cached_re as re

_FIX = (r"(?:fix|remove|reduce|get rid of|stop|smooth(?:\s+out)?|even out|kill|eliminate|take out|correct|"
        r"clean(?:\s+up)?|lose|erase|hide|deal with|repair|tone down|cut down)")
# the picture itself repaired: flicker, hot pixels, light pollution, stacked frames, scratches on things
PICTURE_REPAIR = (
    r"\bde-?flicker\w*|\banti-?flicker\b|"
    r"\b" + _FIX + r"\s+(?:the\s+|that\s+|this\s+|those\s+|these\s+|all\s+(?:the\s+|of\s+the\s+)?|any\s+|"
    r"some\s+(?:of\s+the\s+)?)?(?:[\w'-]+\s+){0,3}?(?:flicker\w*|flashes|flashing|blinking|strobing|"
    r"exposure (?:jumps|changes|shifts))\b|"
    r"\b(?:hot|dead|stuck|bright|white)\s+pixels?\b|"
    # "the video flickers, can you fix that": the flicker said, then the fix asked
    r"\b(?:flicker(?:s|ing|ed|y)?|strobing|blinks|blinking)\b(?=[^.;!?]*\b(?:fix|get rid of|stop|smooth out|"
    r"deal with|sort out|clean up)\s+(?:it|that|this|the\s+(?:flicker\w*|video|footage|timelapse))\b)|"
    r"\bstack(?:ing)?\s+(?:up\s+)?(?:the\s+|all\s+(?:the\s+|of\s+the\s+)?|"
    r"my\s+)?(?:[\w-]+\s+)?(?:frames|images|"
    r"exposures|subs)\b|\bframe[\s-]?stack\w*|\bdeep\s?sky\s?stacker\b|\bsequator\b|"
    r"\bstarry\s?landscape\s?stacker\b|"
    r"\blight[\s-]?pollution\b|\bsky\s?glow\b|"
    # "make the scratches on the dresser disappear": a mark on a thing in the picture made to go away
    r"\bmake\s+(?:the|that|those|these|this|all the|my|his|her|our)\s+"
    r"(?!(?:[\w'-]+\s+){0,3}?(?:music|song|audio|sound|noise|hum|hiss|text|titles?|subtitles?|captions?|"
    r"logo|words|silences?|pauses?|black|bars|intro|outro|ending|part|parts|bit|clips?|crossfades?|"
    r"transitions?|fades?|borders?|watermark)\b)"
    r"(?:[\w'-]+\s+){0,4}?(?:scratch(?:es)?|dents?|stains?|marks?|spots?|dust|smudges?|scuffs?|cracks?|"
    r"blemish(?:es)?|wrinkles?|pimples?|acne|scars?|chips?|rust)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:disappear|vanish|go away|invisible)\b|"
    r"\b(?:film|lens|sensor)\s+(?:scratch(?:es)?|dust(?:\s+spots?)?|spots)\b|"
    # zh: 去闪烁, 热像素/坏点, 光污染, 叠加降噪, 划痕
    r"防闪烁|去闪(?:烁)?|(?:闪烁|频闪|坏点|热像素|光污染|划痕|刮痕)\S{0,6}(?:去掉|去除|消除|修复|修一下|修掉|弄掉|"
    r"处理掉|去一下|p掉|P掉)|(?:去掉|去除|消除|修复|弄掉|处理|解决|减少|减轻)\S{0,6}(?:闪烁|频闪|坏点|热像素|"
    r"光污染|划痕|刮痕)|(?:多帧|堆栈|叠加)\s*(?:叠加|堆栈)?\s*降噪|叠帧|多帧叠加|堆栈")
# one voice, section or instrument pulled out of the recording
_VOICE_PART = (r"(?:sopranos?|altos?|tenors?|baritones?|basses|bass section|bass line|bassline|"
               r"violins?|violas?|"
               r"cellos?|flutes?|trumpets?|saxophones?|sax|clarinets?|pianos?|keys|guitars?|drums?|"
               r"percussion|"
               r"vocals?|singers?|soloists?|lead singer|choir|harmon(?:y|ies)|backing vocals|"
               r"strings|horns|brass|"
               r"(?:one|a single)\s+(?:voice|singer|instrument|person|kid)|kids'? voices|children'?s voices)")
ONE_VOICE = (r"\b(?:isolate|extract|single out|separate out|pull out|split out|bring out|solo|carve out|"
             r"separate)\s+(?:just\s+|only\s+)?(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?"
             r"(?:[\w'-]+\s+){0,2}?" + _VOICE_PART + r"(?!'?s?\s+(?:part|parts|bit|bits|section|clip|scene|"
             r"moment|solo)s?\b)\b|"
             r"(?:女高音|男高音|女中音|男中音|女低音|男低音|高音部|低音部|声部|吉他|钢琴|鼓声|架子鼓|小提琴|大提琴|"
             r"贝斯|主唱|独唱|领唱|和声|萨克斯|长笛|二胡|古筝|某个人的声音)\S{0,4}(?:单独|单拎|单提|分离|抽离)\S{0,3}"
             r"(?:提|拿|抽|分|抠|拎|弄|取|拆)?\s*出来?|"
             r"(?:单独|只)\s*(?:提取|提出|分离出?|抠出|拎出|拿出)\S{0,4}(?:女高音|男高音|女中音|男中音|女低音|男低音|"
             r"高音部|低音部|声部|吉他|钢琴|鼓声|小提琴|大提琴|贝斯|主唱|和声)|"
             r"(?:提取|分离)出?\S{0,3}(?:女高音|男高音|女中音|男中音|女低音|男低音|高音部|低音部|声部|"
             r"小提琴|大提琴|贝斯|主唱|和声)")
# people or things looked for in the picture ("find every runner with bib 2041")
_SEEN = (r"(?:runners?|players?|persons?|people|kids?|children|cars?|faces?|riders?|cyclists?|swimmers?|"
         r"skaters?|surfers?|dancers?|athletes?|racers?|animals?|dogs?|cats?|birds?|horses?|"
         r"guests?|students?|men|women|guys|girls|boys|bikes?|boats?|planes?|drones?|deer|"
         r"times? (?:he|she|they|i|we|my \w+|the \w+) (?:appears?|shows? up|is in (?:the )?(?:shot|frame)))")
FIND_IN_PICTURE = (
    r"\b(?:find|locate|spot|detect|search for|look for|pick out|identify|recogni[sz]e|"
    r"track down)\s+(?:me\s+)?"
    r"(?:every|all(?:\s+the)?|each|any)\s+(?:[\w'-]+\s+){0,2}?" + _SEEN + r"\b|"
    r"\b(?:find|locate|spot|detect|search for|look for|pick out|identify|recogni[sz]e|"
    r"track down)\b[^,;.]{0,40}?"
    r"\b(?:wearing|dressed in|in (?:a |an )?(?:red|blue|green|yellow|black|white|orange|pink|purple|"
    r"gr[ae]y)\b|"
    r"with (?:the )?(?:bib|number|jersey|shirt|hat|cap)\b|bib(?:\s+number)?\s+#?\d+|jersey number|"
    r"licen[cs]e plate)|"
    r"(?:找出|找到|找一下|挑出|识别出?|认出|搜出)\S{0,4}(?:所有|每个|每一个|全部)?\S{0,12}?(?:穿|戴|号码布|号码|衣服)"
    r"\S{0,10}?的?(?:人|跑者|选手|运动员|孩子|小孩|车|队员)|"
    r"(?:找出|挑出|识别出?|认出|搜出)\S{0,3}(?:所有|每个|每一个|全部)\S{0,10}的(?:人|跑者|选手|运动员|孩子|小孩|"
    r"车|狗|猫|队员)")
# a creature or a sky event added that was never filmed ("add a shark swimming under my board")
CREATURE_ADDED = (
    r"\b(?:add|put|insert|throw in|stick|drop in|place|generate|create|draw|animate|photoshop|"
    r"comp)\s+(?:in\s+)?"
    r"(?:a|an|some|the|one|two|three|few|a few|\d+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:sharks?|whales?|dolphins?|octopus|jellyfish|turtles?|bears?|lions?|tigers?|wolf|wolves|elephants?|"
    r"giraffes?|snakes?|spiders?|monkeys?|penguins?|eagles?|owls?|ghosts?|fairy|fairies|mermaids?|meteors?|"
    r"meteor showers?|shooting stars?|comets?|northern lights|auroras?|rainbows?|tornado(?:e?s)?|"
    r"volcano(?:e?s)?|"
    r"crocodiles?|alligators?|sea monsters?|bigfoot|yeti)\b(?!\.\w|'s\b|\s+(?:clips?|videos?|footage|parts?|"
    r"scenes?|shots?|photos?|pictures?|images?|songs?|music|emojis?|stickers?|sounds?|gifs?|logos?|text|"
    r"titles?|captions?|files?)\b)|"
    r"(?:加|添|放|合成|生成|做|p|P)\s*(?:上|进|个|一)?\s*(?:一|1|几|两|2)?\s*(?:只|条|个|头|群|道|场|些)\s*"
    r"(?:鲨鱼|鲸鱼|海豚|老虎|狮子|熊|蛇|鬼|幽灵|流星|流星雨|极光|彩虹|鳄鱼|美人鱼)")

# tape damage in the picture: "get rid of the vhs tracking lines and the static", "去掉录像带的雪花和条纹" -
# the picture is damaged, no restoration model here (the "static" next to it is the picture's, never the
# sound's)
_TAPE = r"(?:vhs|vcr|betamax|hi-?8|video8|camcorder|tape|analog(?:ue)?)"
_TAPE_HARM = (r"(?:lines?|tracking|static|snow|artifacts?|artefacts?|glitch(?:es|y)?|distortion|damage|"
              r"dropouts?|warping|wrinkles?|bars|banding|jitter|wobble|interference)")
TAPE_DAMAGE = (
    r"\b" + _TAPE + r"\s+(?:[\w'-]+\s+)?" + _TAPE_HARM + r"\b(?!\s+(?:effect|filter|look|overlay|style)\b)|"
    r"\btracking\s+(?:lines?|errors?|issues?|problems?|bars?|bands?|noise|glitch(?:es)?|distortion)\b|"
    r"\b" + _FIX + r"\s+(?:the\s+|that\s+|those\s+|these\s+|all\s+(?:the\s+|of\s+the\s+)?|any\s+)?"
    r"(?:[\w'-]+\s+){0,2}?(?:(?:scan|interference|horizontal|rolling|wavy)\s+lines|"
    r"(?:video|picture|visual|tv|screen)\s+(?:static|snow|interference))\b|"
    # ("remove the static from the audio, it's from an old vhs tape": the sound's static, a denoise)
    r"\bstatic\b(?![^.;!?]*\b(?:audio|sound|mic|voice|hiss|crackle|speech)\b)[^.;!?]{0,40}\b" + _TAPE + r"\b|"
    r"(?:去掉|去除|消除|修复|弄掉|处理|解决|修)\S{0,8}(?:雪花点?|花屏|干扰条纹|干扰线|跟踪线|信号干扰|磁带噪点)|"
    r"(?:录像带|磁带|老带子)\S{0,6}(?:条纹|雪花|干扰|花屏|跟踪线)|"
    r"(?:雪花点?|花屏|干扰条纹|干扰线|跟踪线)\S{0,6}(?:去掉|去除|消除|修复|修一下|修掉|弄掉|处理掉)")
TAPE_DAMAGE_REPLY = (
    "I can't repair damage in the picture (tape tracking lines, static or snow, dropouts) — there is no "
    "restoration model here; I only cut, frame, colour and overlay the footage. I can denoise the sound "
    "(the tape hiss), adjust the brightness, contrast and saturation, crop the worst edge off, or cut the "
    "seconds where it is worst.",
    "我没法修复画面上的损坏（录像带的跟踪线、雪花、干扰条纹）——这里没有修复画面的模型，只能剪辑、调整画幅和颜色、"
    "叠加内容。可以给声音降噪（去掉磁带的沙沙声）、调亮度对比度和饱和度、裁掉最糟的边缘，或者把最严重的几秒剪掉。")
PICTURE_REPAIR_REPLY = (
    "I can't repair the picture itself (flicker, hot or dead pixels, light pollution, scratches or dust, "
    "stacking frames) — there is no restoration model here; I only cut, frame, colour and overlay the "
    "footage. I can adjust the brightness, contrast and saturation of the whole video (e.g. “a bit darker, "
    "contrast 1.2”), crop it, or cut the seconds where it shows.",
    "我没法修复画面本身（闪烁、热像素/坏点、光污染、划痕灰尘、多帧叠加降噪）——这里没有修复画面的模型，只能剪辑、"
    "调整画幅和颜色、叠加内容。可以整体调亮度、对比度和饱和度（比如“暗一点，对比度1.2”）、裁剪，或者把有问题的那几秒剪掉。")
ONE_VOICE_REPLY = (
    "I can't pull one voice, section or instrument out of the recording (the sopranos, a singer, the "
    "guitar) — everything is mixed into one sound and there is no model here that separates it. I can "
    "change the volume of the whole sound, denoise it, keep only the times where they sing or play alone "
    "(e.g. “keep 0:20-0:45”), or mix in a separate recording you upload.",
    "我没法把录音里的某一个声部、某个人的声音或某种乐器单独提出来——它们混在同一段声音里，这里没有分离声音的模型。"
    "可以调整整体音量、降噪，只保留他们单独唱或演奏的那几段（比如“保留0:20-0:45”），或者把你单独录的音频混进来。")
FIND_REPLY = (
    "I can't see what's in the picture, so I can't find people or things in it (a runner, a number, a "
    "colour of clothes). Tell me the times they appear (e.g. “keep 0:12-0:18 and 0:40-0:45”) and I'll cut "
    "those parts out and join them.",
    "我看不到画面内容，没法在视频里找出某个人或某样东西（号码布、衣服颜色）。告诉我他们出现的时间（比如“保留0:12-0:18"
    "和0:40-0:45”），我就把这几段剪出来拼在一起。")

# only the silences kept ("do the opposite of silence removal", "只保留没说话的部分"): pauses are found to be
# removed, never kept alone
KEEP_SILENCES = (
    r"\bopposite of (?:the\s+)?(?:silence|pause|dead[\s-]?air|jump[\s-]?cut)s?[\s-]*remov\w*|"
    r"\b(?:keep|preserve|leave)\s+(?:only|just)\s+(?:the\s+)?(?:silen(?:t|ces?)|quiet|pauses?|dead air)\b|"
    r"\b(?:only|just)\s+(?:keep|preserve)\s+(?:the\s+)?(?:silen(?:t|ces?)|pauses?|dead air|"
    r"quiet (?:parts|bits))\b|"
    r"\bonly\s+(?:the\s+)?(?:silent|quiet)\s+(?:parts|bits|moments|sections|gaps)\s+(?:get\s+|"
    r"are\s+|should\s+"
    r"be\s+|to\s+be\s+|will\s+be\s+)?(?:kept|preserved|left|stay)\b|"
    r"\b(?:delete|remove|cut)\s+(?:out\s+)?(?:everything|all)\s+(?:except|but)\s+(?:for\s+)?(?:the\s+)?"
    r"(?:silen(?:t|ces?)|pauses?|quiet (?:parts|bits))\b|"
    r"只(?:保留|留|要)\S{0,3}(?:没(?:有)?(?:人)?(?:说话|声音)|静音|安静|停顿)的?(?:部分|地方|片段)?")
KEEP_SILENCES_REPLY = (
    "I can't keep only the silent parts — pauses are found here to be removed, not kept on their own. I can "
    "remove the pauses (“remove the silences”), or keep the parts you give me by time (e.g. “keep "
    "0:10-0:20 and 0:40-0:50”).",
    "我没法只保留没声音的部分——这里找停顿是为了把它删掉，不能单独留下。可以去掉停顿（“去掉静音”），"
    "或者按你给的时间保留几段（比如“保留0:10-0:20和0:40-0:50”）。")


# Effects with no operation here, named in the request: refused plainly with what can be done instead (before
# the general "no model or effect for it" refusal, which would say nothing about what to do).
# - played backwards: "play the kiln opening backwards", "reverse playback", "倒着放", "倒放"
REVERSED = (r"\b(?:play|plays|played|playing|run|runs|roll|rolls|go|goes|going)\s+(?:[\w'-]+\s+){0,5}?"
            r"(?:backwards?|in reverse(?!\s+(?:order|chronological))|reversed)\b|"
            r"\breversed?\s+(?:playback|motion|effect)\b|\brewind(?:ing)?\s+(?:effect|look|style)\b|"
            r"\breverse\b(?!\s+(?:the\s+)?(?:[\w'-]+\s+)?order)|"
            r"倒放|倒着\s*(?:放|播)|倒过来\s*(?:放|播)|倒序\s*播放?|反向\s*播放?|回放效果|时光倒流")
REVERSED_REPLY = (
    "I can't play video backwards (reverse) — there is no reverse effect here. I can slow a part down or "
    "speed it up (e.g. “slow down 0:10–0:15 to 0.5x”), freeze a frame, loop the video or repeat a clip.",
    "我没法把视频倒放——这里没有倒放效果。可以给某一段放慢或加速（比如“0:10到0:15放慢到0.5倍”）、定格某一帧、"
    "循环播放，或者把某一段重复一遍。")
# - a voice's pitch changed: "make the pastor's voice deeper", "lower the pitch", "声音变低沉一点", "音调调高"
_A_VOICE = r"(?:voices?|vocals?|narration|singing|speech)"
PITCH = (r"\b(?:make|get|turn|have)\s+(?:[\w'-]+\s+){0,3}?" + _A_VOICE + r"\s+(?:sound\s+)?"
         r"(?:a\s+(?:bit|little|lot)\s+|(?:much|way|slightly|even)\s+)?(?:deeper|higher|squeakier|"
         r"(?:higher|lower)[\s-]pitched|manlier|girlier|more (?:masculine|feminine))\b|"
         r"\bdeepen\s+(?:[\w'-]+\s+){0,2}?" + _A_VOICE + r"\b|"
         r"\b(?:a\s+)?(?:deeper|higher[\s-]pitched|lower[\s-]pitched|squeakier)\s+voice\b|"
         r"\b(?:lower|raise|drop|shift|change|adjust|bump|bring|alter|tweak)\s+(?:up\s+|down\s+)?"
         r"(?:the\s+|my\s+|his\s+|her\s+|their\s+|its\s+)?(?:voice'?s?\s+|audio'?s?\s+)?pitch\b"
         r"(?!\s+(?:deck|video|meeting|talk)\b)|"
         r"\bpitch[\s-]?shift\w*|\bpitch(?:ed)?\s+(?:it\s+|him\s+|her\s+|them\s+|(?:my|the|his|her)\s+"
         r"(?:voice|vocals?|audio)\s+)?(?:up|down)\b|"
         r"(?:声音|嗓音|人声|嗓子|声线)\S{0,4}(?:低沉|浑厚|变粗|粗一点|粗一些|变尖|尖一点|变细|细一点)|"
         r"(?:音调|音高)\S{0,4}(?:调|变|升|降|提|拉|改|高|低)|(?<![a-z])(?:升调|降调)|变调(?!色)")
PITCH_REPLY = (
    "I can't change the pitch of a voice (deeper or higher) — there is no voice effect here, and a speed "
    "change keeps the pitch. I can change its volume, reduce background noise (“denoise”) or even out the "
    "loudness (“normalize the audio”).",
    "我没法改变声音的音调（变低沉或变尖）——这里没有变声效果，调速也会保持原来的音调。可以调音量、降噪，"
    "或者统一响度（“响度标准化”）。")
# - speech dubbed or translated into another language: "dub it into spanish", "translate what he says into
#   french", "make him speak german", "把视频里的普通话配成粤语", "把讲话换成英文"
_LANG_EN = (r"(?:spanish|french|german|english|chinese|mandarin|cantonese|japanese|korean|portuguese|italian|"
            r"russian|arabic|hindi|dutch|polish|turkish|vietnamese|thai|indonesian|tagalog|swedish|greek|"
            r"another language|other languages?|a different language)")
_LANG_ZH = (r"(?:粤语|广东话|白话|英语|英文|日语|日文|韩语|韩文|普通话|国语|四川话|上海话|闽南话|闽南语|"
            r"客家话|东北话|台湾话|西班牙语|西语|法语|德语|俄语|意大利语|葡萄牙语|泰语|越南语|阿拉伯语|印尼语|中文|"
            r"方言|外语|别的语言|其他语言)")
# what a dubbing recording is, named after 配音 ("配音作业", "配音比赛"): the footage itself, no dub asked
DUB_WORK = r"(?!\s*(?:作业|练习|比赛|大赛|作品|素材|视频|片段|文件|录音|音频|稿|课|班|演员|社|秀))"
# "text at the bottom: Translated by Amara K.", "caption: dubbed by the Lagos crew", "Translated from
# Yoruba by …": a credit - the one who did the work named after "by" - is words to show, never a
# translation or a dub asked of me ("translated by AI / google" still asks)
CREDIT_BY = (r"(?!(?:\s+(?:from|in|into|to)\s+[a-z]+)?\s+by\s+(?!(?:ai|a\.i\.|google|deepl|chatgpt|gpt|"
             r"machine|an?|the\s+(?:ai|app|tool|computer|end)|you|your|it|this|software|some|tomorrow|tonight|"
             r"today|then|now|noon|midnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
             r"next|end)\b)[a-z])")
DUBBED = (r"\bdub(?:s|bed|bing)?\b" + CREDIT_BY + r"|\btranslat\w*\b" + CREDIT_BY + r"|"
          r"\b(?:make|have|get)\s+(?:him|her|them|me|us|it|the\s+(?:[\w'-]+\s+)?(?:speaker|presenter|host|"
          r"teacher|narrator|guy|woman|man|vet|coach|kids?))\s+(?:speak|talk|sound)\s+(?:in\s+)?" + _LANG_EN +
          r"\b|"
          r"\b(?:change|switch|turn|convert|swap)\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+)?(?:language|"
          r"speech|voice|audio|talking|narration|voice-?over)\s+(?:[\w'-]+\s+){0,2}?(?:in)?to\s+" + _LANG_EN +
          r"\b|"
          # ("英语配音作业 …": the dubbing homework named, in its language - the footage, no dub asked)
          r"配成\s*" + _LANG_ZH + r"|" + _LANG_ZH + r"\s*(?:版)?\s*(?:配音|发音|口播)" + DUB_WORK + "|"
          r"(?:普通话|国语|说的话|说话|讲的话|讲话|声音|语音|对白|对话|原声|人声|台词|解说|旁白|口播)\S{0,6}?"
          r"(?:换|改|变|转|翻|译)成\s*" + _LANG_ZH + r"|翻译")
DUBBED_REPLY = (
    "I can't dub or translate the speech into another language — there is no translation or voice model "
    "here. I can add subtitles of what is said in the language it is spoken in (“add subtitles”), put your "
    "own translated lines on screen as text, or add a voiceover you recorded in that language as audio.",
    "我没法把讲话配音或翻译成另一种语言——这里没有翻译或语音模型。可以按原来说的语言加字幕（“加字幕”），"
    "把你自己翻译好的句子作为文字放到画面上，或者把你录好的那种语言的配音作为音频加进来。")
# - drawn on the picture: "add arrows pointing at the cavity", "draw a circle around the mole", "画个圈圈出来"
_MARKS = (r"(?:arrows?|circles?|rings?|boxes|box|rectangles?|squares?|underlines?|scribbles?|doodles?|"
          r"annotations?|callouts?|pointers?)")
DRAWN = (r"\b(?:add|put|draw|stick|place|insert|throw in|overlay|include|slap)\s+(?:on\s+)?(?:an?\s+|some\s+|"
         r"the\s+|two\s+|three\s+|a few\s+|few\s+|\d+\s+)?(?:[\w-]+\s+){0,2}?" + _MARKS +
         r"\s+(?:around|round|pointing|that points?|to point|on|onto|over|under|showing|marking|to show|"
         r"to mark|at)\b|"
         r"\b" + _MARKS + r"\s+(?:pointing|that points?|to point)\s+(?:at|to)\b|"
         r"\bdraw\s+(?:on|over)\s+(?:the\s+|my\s+)?(?:video|screen|picture|frame|footage|it|x-?ray|image)\b|"
         r"\bdraw\s+(?:an?\s+|some\s+|the\s+)?(?:[\w-]+\s+)?(?:arrows?|circles?|rings?|boxes|box|lines?|"
         r"shapes?|rectangles?|squares?)\b|"
         # "highlight the area where the leak is": a region of the picture marked
         r"\bhighlight\s+(?:the\s+|that\s+|this\s+)?(?:area|spot|region|place|part of the (?:screen|picture|"
         r"frame|image))\s+(?:where|with|of|on|around)\b|"
         r"^\s*(?:please\s+|pls\s+|can you\s+|could you\s+)?circle\s+(?:the|his|her|their|my|that|this)"
         r"\s+\w+|"
         r"箭头|画\s*(?:个|一个|几个|上|出|一下)?\s*(?:圈|圆圈|红圈|框|方框|红框|线|横线|箭头)|"
         r"(?<![转绕打])圈\s*(?:出来|起来|一下|住)|"
         # ("给鱼加个圈": a circle put on a thing in the picture is drawn)
         r"(?:加|放|弄|整|添)\s*(?:个|一个|上)\s*(?:圈|圆圈|红圈)(?![\u4e00-\u9fff]?(?:字|幕|音|乐))|(?:红圈|红框|圆圈)\S{0,4}(?:标|圈|框|画)|框\s*出来|涂鸦")
DRAWN_REPLY = (
    "I can't draw on the picture (arrows, circles, boxes) — there is no drawing tool here. I can put text on "
    "screen where and when you say (e.g. “add text 'look here' at the top from 0:05 to 0:10”), or overlay an "
    "image you upload in a corner (e.g. “add arrow.png in the top right”).",
    "我没法在画面上画东西（箭头、圆圈、方框）——这里没有绘图工具。可以在你指定的位置和时间加文字（比如“0:05到0:10在"
    "顶部加文字‘看这里’”），或者把你上传的图片叠加在角落（比如“把arrow.png放在右上角”）。")
# - the picture cropped to one region: "crop to just the top left window", "只保留画面左上角"
_REGION = (r"(?:(?:top|bottom|upper|lower)[\s-]?(?:left|right)|left|right|top|bottom|upper|lower)")
REGION_CROP = (r"\bcrop\s+(?:it\s+|this\s+|the\s+(?:video|picture|frame|screen|footage|recording|image)\s+)?"
               r"(?:in\s+)?(?:to|into|down to|on|onto|around)\s+(?:just\s+|only\s+)?(?:the\s+)?" + _REGION +
               r"\s+(?:[\w'-]+\s+){0,2}?(?:window|corner|part|half|quarter|third|area|region|section|bit|"
               r"portion|side|panel|pane|box|square|screen|monitor)\b|"
               r"\bcrop\s+(?:it\s+|this\s+)?(?:in\s+)?(?:to|into|down to|onto|around)\s+(?:just\s+|only\s+)?"
               r"(?:the\s+|that\s+|one\s+|a\s+)(?:[\w'-]+\s+){0,2}?(?:window|tab|panel|pane|monitor|"
               r"whiteboard|slide|region|area)\b|"
               r"\b(?:keep|show)\s+(?:only|just)\s+the\s+" + _REGION + r"\s+(?:corner|part|half|quarter|area|"
               r"region|window|side)\s+of\s+(?:the\s+)?(?:picture|frame|screen|video|image|recording)\b|"
               r"(?:只(?:保留|留|要|显示)|裁(?:剪|切)?\s*(?:出|到|成)|截取?出?)\s*(?:画面|屏幕|视频)?(?:的)?\s*"
               r"(?:左上|右上|左下|右下)(?:角|部分|区域|那块|那个窗口)|"
               r"(?:只(?:保留|留|要|显示)|裁(?:剪|切)?\s*(?:出|到|成))\s*(?:画面|屏幕|视频)(?:的)?\s*"
               r"(?:左半|右半|上半|下半)(?:边|部分|屏)?")
REGION_CROP_REPLY = (
    "I can't crop to one region of the picture (a corner, a window or a panel) — cropping here changes the "
    "shape of the whole frame, cut around its centre or following a face (e.g. “make it 1:1” or “make it "
    "9:16 following the face”).",
    "我没法只裁出画面的某一块（某个角、某个窗口）——这里的裁剪是改整个画面的比例，从中间裁或跟着人脸（比如“改成1:1”"
    "或“竖屏9:16，跟着人脸”）。")
# - footage made from nothing: "给我生成一段日落延时", "生成几个镜头"; a timelapse from one still photo
FOOTAGE_MADE = (r"\b(?:create|generate|produce|film|shoot|render)\s+(?:me\s+|us\s+)?(?:an?|some|new|more)\s+"
                r"(?:new\s+|quick\s+|short\s+)?(?:drone|aerial|establishing|stock|b-?roll|cinematic|overhead)\s+"
                r"(?:shots?|footage|clips?|scenes?|views?)\b|"
                # "add a drone shot of the house from above at the start": a kind of shot of something, asked
                # to be added with no file named - footage that is not there to add
                r"\b(?:add|insert|put|stick|throw|include|drop)\s+(?:in\s+)?(?:an?|some)\s+(?:new\s+|quick\s+|"
                r"short\s+|nice\s+|cool\s+)?(?:drone|aerial|establishing|overhead|bird'?s[\s-]eye)\s+"
                r"(?:shots?|footage|clips?|views?)\s+(?:of|over)\b(?![^!?]*\.(?:mp4|mov|webm|mkv|avi)\b)|"
                r"(?:帮我|给我|替我|你)?\s*生成\s*(?:一|1|几|两|2|3|三)?\s*(?:段|个|条|些)"
                r"(?!\S{0,6}(?:字幕|srt|vtt|gif|封面|缩略图|预览|文件|链接|版本|文字稿))|"
                r"生成\S{0,8}延时")
STILL_LAPSE = (r"\b(?:time[\s-]?lapse|hyper[\s-]?lapse|slow[\s-]?mo(?:tion)?)\b[^,;.!?]{0,60}?\b"
               r"(?:from|of|out of|"
               r"using|with)\s+(?:(?:a|an|one|the|my|this|that|single|still|just|only|1)\s+)+"
               r"(?:photo|picture|pic|still|image|snapshot)\b|"
               r"\b(?:time[\s-]?lapse|hyper[\s-]?lapse)\b[^,;.!?]{0,60}?\b(?:from|of|out of|using|with)\s+"
               r"[\w-]+\.(?:jpe?g|png|heic|webp)\b(?!\s*(?:,|and|&|\+))|"
               r"\b(?:this|that|the|my|one|1|a|single)\s+(?:one\s+|1\s+|single\s+|still\s+)?(?:photo|picture|pic|"
               r"still|image|snapshot)\s+(?:in)?to\s+(?:a\s+)?(?:time[\s-]?lapse|hyper[\s-]?lapse)\b|"
               r"\b[\w-]+\.(?:jpe?g|png|heic|webp)\s+(?:in)?to\s+(?:a\s+)?(?:time[\s-]?lapse|hyper[\s-]?lapse)\b|"
               r"(?:这|那|一)\s*张\s*(?:照片|图片|相片)\S{0,8}(?:做|生成|弄|搞|变)成?\S{0,4}延时")

# - the picture sharpened or its noise taken out: "make the stars sharper", "get rid of the sensor noise in
#   the
#   picture", "锐化一下", "画面噪点太多" - there is no image model here, and `denoise` cleans the audio only
_NOT_PICTURE = (r"(?!(?:[\w'-]+\s+){0,3}?(?:cuts?|transitions?|audio|sound|voice|vocals?|edit|pacing|text|"
                r"titles?|"
                r"subtitles?|captions?|fonts?|letters|words|intro|outro|story|script|music|mix)\b)")
SHARPENED = (r"\bsharpen\w*|\bunsharp\b|"
             r"\b(?:make|get)\s+(?:the\s+|my\s+|this\s+|these\s+|those\s+|our\s+|it\s+|them\s+)?" +
             _NOT_PICTURE +
             r"(?:[\w'-]+\s+){0,3}?(?:look\s+)?(?:(?:a\s+)?(?:bit|little|lot|touch|tad|way|much)\s+)?"
             r"(?:sharper|crisper|more (?:sharp|crisp|detailed|defined))\b|"
             r"\b(?:sharper|crisper)\s+(?:picture|image|video|footage|look|details?|edges|stars|shots?|frames?)\b|"
             r"锐化|锐利|(?:画面|图像|视频|星星|细节|边缘)\S{0,4}(?:更|再)?(?:锐|犀利)")
_PICTURE = (r"(?:picture|image|video image|frames?|shots?|sky|stars|night shots?|visuals?|shadows|"
            r"dark (?:parts|areas|bits))")
PICTURE_NOISE = (
    r"\b(?:sensor|picture|image|visual|digital|iso|high[\s-]iso|chroma|luma|pixel|video)\s+noise\b|"
    r"\bnoise\s+(?:in|from|on)\s+(?:the\s+|my\s+|this\s+|these\s+|those\s+|all\s+the\s+)?"
    r"(?:dark\s+|night\s+)?" +
    _PICTURE + r"\b|"
    r"\bnoisy\s+(?:picture|image|footage|frames?|shots?|sky|night shots?|video image)\b|"
    r"\b(?:picture|image|footage|frames?|shots?|sky|night shots?)\s+(?:is|are|looks?|was|were|'s)\s+"
    r"(?:\w+\s+)?(?:noisy|grainy)\b|"
    r"\b(?:remove|reduce|clean(?:\s+up)?|get rid of|fix|lose|kill|take out|cut down|smooth(?:\s+out)?|"
    r"de-?noise)\s+(?:the\s+|that\s+|all\s+(?:the\s+|of\s+the\s+|that\s+)?|some\s+(?:of\s+the\s+)?|this\s+)?"
    r"(?:[\w'-]+\s+){0,2}?grain(?:iness)?\b(?!\s+(?:effect|filter|look|overlay))|\bde-?grain\w*|"
    r"\bgrainy\b[^.;!?]{0,40}\b(?:fix|clean|remove|reduce|de-?noise|get rid|less)\w*|"
    r"\b(?:fix|clean|remove|reduce|de-?noise|get rid)\w*\b[^.;!?]{0,40}\bgrainy\b|"
    r"噪点\S{0,6}(?:去|除|降|减|消|少|干净|处理|弄|修|太多|很多|好多|严重|明显|太大|很大|重)|"
    r"(?:去|除|降|减|消|处理|弄掉|修)\S{0,4}噪点|(?:画面|图像|图片|视频|夜景|暗部|暗处|天空|镜头|星空)\S{0,4}噪点|"
    r"(?:画面|图像)\S{0,2}(?:降噪|去噪)|(?:降噪|去噪)\S{0,3}(?:画面|图像)")
PICTURE_CLEAN_REPLY = (
    "I can't sharpen the picture or take noise and grain out of it — there is no image model here, and the "
    "noise reduction (“denoise”) works on the audio only. I can change the brightness, contrast and "
    "saturation of the whole video (e.g. “a bit darker, contrast 1.1” often hides grain in dark shots), or "
    "cut "
    "the worst seconds.",
    "我没法锐化画面，也没法去掉画面里的噪点或颗粒——这里没有处理画面的模型，“降噪”只对声音起作用。可以整体调亮度、"
    "对比度和饱和度（比如“暗一点，对比度1.1”，暗部的噪点常常就不那么明显），或者把最糟的几秒剪掉。")
# - shaky footage steadied: "stabilize this shaky footage", "帮我把抖动的画面稳定一下" - no stabiliser here.
#   Asked for in its own words (STABILISED, impossible as a whole) or only complained of (SHAKY: refused where
#   nothing else is understood - "cut the shaky bit at 0:10-0:12" stays a cut)
STABILISED = (r"\bstabili[sz]\w*|\bde-?shak\w*|\banti-?shake\b|"
              r"\b(?:steady|steadier|smooth(?:\s+out)?|fix|remove|reduce|get rid of|take out|stop|"
              r"even out)\s+"
              r"(?:the\s+|that\s+|all\s+(?:the\s+|that\s+)?|this\s+)?"
              # ("fix the rolling shutter wobble", "get rid of the annoying jitter": what kind it is, said)
              r"(?:annoying\s+|awful\s+|bad\s+|little\s+|slight\s+|weird\s+)?(?:rolling[\s-]?shutter\s+)?"
              r"(?:camera\s+|handheld\s+|gimbal\s+|drone\s+)?"
              r"(?:shake|shakes|shakiness|shaking|wobble|wobbling|jitter|jitters|wobbliness|jello)\b|"
              # "fix the rolling shutter", "航拍的果冻效应能修一下吗": rolling shutter undone needs a
              # stabiliser too
              r"\b(?:fix|remove|reduce|correct|get rid of|take out)\s+(?:the\s+|that\s+)?"
              r"rolling[\s-]?shutter\b|"
              r"果冻(?:效应|感|现象)\S{0,6}(?:修|去|消|处理|弄掉|解决)|"
              r"(?:修|去掉|消除|处理|解决)\S{0,6}果冻(?:效应|感|现象)|"
              r"\b(?:steady|smooth out)\s+(?:it|this|the (?:footage|video|shot|shots|camera|picture|clip))\b|"
              r"\bmake\s+(?:it|this|the (?:footage|video|shot|shots|picture|clip|camera))\s+(?:look\s+)?"
              r"(?:less shaky|less wobbly|steady|steadier|stable)\b|"
              r"防抖|去抖|增稳|稳定器|(?:画面|镜头|视频)\S{0,3}(?:稳定|稳)\S{0,2}(?:一下|一点|些|下来)|"
              r"(?:稳定|稳住)\S{0,3}(?:画面|镜头)|(?:晃|抖(?!音))\S{0,8}?(?:稳定|稳住|稳一)|(?:抖动|晃动|晃|抖)\S{0,4}(?:的)?(?:画面|镜头|视频)\S{0,3}(?:稳定|稳|修|处理)")
SHAKY = (r"\b(?:shaky|wobbly|jittery|jerky)\s+(?:cam(?:era)?|footage|video|clips?|shots?|picture|image|"
         r"handheld|hands?)\b|\bcamera\s+(?:shake|wobble|jitter)\b|"
         r"\b(?:footage|video|clips?|shots?|picture|camera|it)\s+(?:is|are|looks?|was|were|'s|s)\s+"
         r"(?:so\s+|too\s+|really\s+|very\s+|super\s+|kinda\s+|a bit\s+|way too\s+)?"
         r"(?:shaky|wobbly|jittery)\b|"
         r"(?:画面|镜头|视频|手机|相机)\S{0,3}(?:晃|抖(?!音))|(?<![声音])抖动|晃动|太晃|好晃|很晃|晃得")
STABILISE_REPLY = (
    "I can't stabilise shaky footage — there is no stabiliser here. I can cut out the shakiest seconds (e.g. "
    "“cut 0:12-0:15”), put a steadier take you upload in their place, or keep only the steady parts (e.g. "
    "“keep 0:00-0:12 and 0:20-0:40”).",
    "我没法给抖动的画面防抖——这里没有稳定画面的功能。可以把晃得最厉害的几秒剪掉（比如“剪掉0:12-0:15”）、"
    "换上你上传的更稳的镜头，或者只保留稳的部分（比如“保留0:00-0:12和0:20-0:40”）。")
# - a person cut out of the picture: "put the text behind the person so they walk in front of it", "文字放在
#   人后面" - segmentation, no model for it here
SEGMENTED = (
    r"\b(?:text|titles?|words?|captions?|letters|logo|name|headline|lettering|lyrics|quotes?|slogan)\b"
    # ("NOT the church logo on the wall behind him": one said to be somewhere in the scene is described,
    # not put behind anyone)
    r"(?:(?!\b(?:on|in|at)\s+(?:the|a|that|this|his|her|their|our)\s+(?:back\s+)?(?:walls?|background|signs?|"
    r"banners?|screens?|shirts?|jerseys?|windows?|boards?|building|podium|pulpit|stage|door|sign)\b)"
    r"[^,;.!?]){0,30}?\b(?:behind|"
    r"in back of)\s+(?:me|him|her|them|us|the\s+(?:[\w-]+\s+)?(?:person|people|subject|man|woman|guy|girl|"
    r"kid|dancer|speaker|model|player|host|skater|surfer|runner|mountains?|buildings?|car|dog|cat|horse|"
    r"pastor|priest|preacher|teacher|coach|singer|bride|groom|couple|chef|presenter|instructor|performer|"
    r"athlete|actor|actress|boy|baby|student|officiant|band|choir|bike|rider|climber|hiker|trainer|"
    # ("make the title go behind the house like in those capcut edits": a thing in the scene the text passes
    # behind needs its outline found just as a person's does)
    r"house|home|tree|hill|tower|skyline|bridge|statue|church|castle|rock|boat|truck|barn|cabin|lighthouse|"
    r"temple|horizon|skyscraper|palm tree|island|ridge|peak|volcano|monument)s?|"
    r"my\s+(?:head|body))\b|"
    # "put the title behind the pastor so it looks like he's walking in front of it": the text, then someone
    # passing in front of it
    r"\b(?:text|titles?|words|captions?|letters|logo|name|headline|lettering|lyrics)\b[^.!?]{0,60}?"
    r"\b(?:walk|walks|walking|stand|stands|standing|pass|passes|passing|step|steps|move|moves|moving)\s+"
    r"in\s+front\s+of\s+(?:it|them)\b|"
    r"\btext[\s-]behind[\s-](?:subject|person|object|effect|me|him|her)\b|\btext-behind\b|"
    r"\b(?:walk|walks|walking|stand|stands|standing|pass|passes|passing|appear|appears|step|steps|move|moves|"
    r"moving)\s+in\s+front\s+of\s+(?:the\s+|my\s+)?(?:text|titles?|words|letters|logo|caption|name|lyrics|"
    r"quotes?)\b|"
    r"\b(?:rotoscop\w*|roto\b|mask\s+(?:out\s+)?(?:me|him|her|them|the\s+(?:person|subject|people))\b|"
    r"segment\s+(?:out\s+)?(?:me|him|her|them|the\s+(?:person|subject|people)))|"
    r"(?:文字|字幕|标题|字|文案|名字|logo)\S{0,6}(?:在|放在|放到|藏在|躲在|挡在|放|跑到|移到)\S{0,4}"
    r"(?:人|我|他|她|人物|主体|房子|楼|大楼|树|山|建筑|塔|桥|车)(?:的)?(?:后面|背后|身后|后边)|"
    r"(?:人|我|他|她|人物)\S{0,4}(?:挡住|遮住|盖住|走过|穿过|从\S{0,4}前面走过)\S{0,4}(?:文字|字|标题)|"
    r"(?:文字|字|标题)\S{0,2}被\S{0,3}(?:人|人物|我|他|她)\S{0,2}(?:挡住|遮住|盖住|遮挡)|人像分割|人物分割|(?:文字|字)\S{0,2}(?:被)?(?:人|人物)遮挡|遮挡(?:文字|字)|文字穿插")
SEGMENTED_REPLY = (
    "I can't put text behind a person (or a thing in the picture, like a house) or cut someone out of the "
    "picture — that needs its outline found in every frame (segmentation), and there is no model for it "
    "here. I can put the text over the picture where it doesn't cover them — at the top, bottom or centre "
    "(e.g. “add the title 'Summer' at the top”).",
    "我没法把文字放到人（或画面里的房子、树这样的东西）的后面，也没法把人从画面里抠出来——那需要逐帧识别轮廓"
    "（人像分割），这里没有这样的模型。可以把文字放在画面上不挡人的位置——顶部、底部或中间（比如“在顶部加标题‘夏天’”）。")

def asked_for(text: str) -> bool:
    """Whether the request names one of these impossible things (then refused, never answered)."""
    return re.search("|".join((PICTURE_REPAIR, TAPE_DAMAGE, ONE_VOICE, FIND_IN_PICTURE, KEEP_SILENCES,
                               CREATURE_ADDED)), text) is not None
