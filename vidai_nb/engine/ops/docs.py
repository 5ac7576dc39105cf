"""docs/operations.md, generated from the registry's catalogue (a test keeps the committed file equal)."""

from __future__ import annotations

from typing import Any

from .schemas import CATALOGUE


def _type_text(prop: dict[str, Any]) -> str:
    if "enum" in prop:
        return " \\| ".join(f"`{v}`" if isinstance(v, str) else str(v) for v in prop["enum"])
    if "const" in prop:
        return f"`{prop['const']}`"
    if "anyOf" in prop:
        return " \\| ".join(_type_text(p) for p in prop["anyOf"])
    if "$ref" in prop:
        return str(prop["$ref"]).rsplit("/", 1)[-1]
    t = str(prop.get("type", "any"))
    if t == "array":
        return f"list of {_type_text(prop.get('items', {}))}"
    if t == "object":
        return "object"
    bounds = [f"{k}={prop[k]}" for k in ("minimum", "maximum", "exclusiveMinimum") if k in prop]
    return t + (f" ({', '.join(bounds)})" if bounds else "")


CONVENTIONS = """## How the deterministic parser reads requests

- **Times**: `10s`, `10 sec`, `ten seconds`, `0:30`, `1:02:03`, `1m05s`, `2 minutes and 5 seconds`,
  `half a minute`, `十秒`, `前三十秒`, `1分30秒`, `一分半`; ranges `0:30 to 1:45`, `5-10 seconds`,
  `between 3 and 7 seconds`, `从0:30到1:45`, `第3到第6秒`. Bare numbers in a range (`from 5 to 10`) are
  seconds.
- **Cutting**: "cut / trim the first N" and "the last N" → `trim`; "keep (only) …" → `keep_range`;
  "remove A to B" → `remove_range`; several ranges in one request → `keep_ranges` / `remove_ranges`
  (all times as on the timeline before the request); "trim it to N" → `keep_range` 0–N.
  "trim the footage" with no times → `trim_dead_air` (a clip with speech keeps first word to last
  word plus a pad; otherwise silence and black or frozen frames go at both ends of each clip). When
  several clips were uploaded but only the first is on the (untouched) timeline, they are all put
  on first (`concat`) so that each is trimmed. ffmpeg's options are read as the part kept
  (`-ss 0:10 -to 0:20`, `-ss 5 -t 10`). "trim my lecture / the podcast / my zoom recording from A to B"
  keeps A–B whatever the recording is called; "把这节课剪到A到B" / "剪成A到B" / "cut it down to A-B"
  keeps it too. Said of one
  clip of several ("the first 10 s of b.mp4", "the last 3 s of the second clip", "把b.mp4的前5秒剪掉"),
  the part is that clip's → `remove_range` where the clip plays; a part longer than the clip is asked
  about. "remove the silences but don't touch the silence at the very beginning, that's my intro" keeps
  that end (`keep_ends`). "cut the part where i talk about pricing, it changed" searches the speech for
  "pricing" only (`cut_sentences`); the reason after it is not searched for.
- **Parts and clips**: "the first / second half" is split at the midpoint and that clip changed;
  "the first 10 s at 2x, then normal speed" speeds only that part; so does a speed "after 0:40" / "from
  0:40 on" / "从40秒开始后面" (split there, the rest changed, nothing cut). Clips named after a split or
  a deletion said earlier in the same request are numbered as that leaves the timeline ("split at
  0:20 and 0:40 and delete the middle piece" / "the bit in between"). Each file named in a sentence
  keeps its own position and times ("logo.png top right and b.mp4 as pip bottom left from 0:05 to
  0:20"). An operation that only acts on the whole video (mute, colour, rotate, flip, denoise,
  loudness) asked for one clip of several is asked about, not applied to all. A clip may be named by
  its bare letter right after a verb ("put c first pls", "duplicate b so it plays twice" - a copy, not
  a loop of the whole; "get rid of b", "take c out", "删掉b", "c不要了"), by "the c clip", or as the
  place another goes ("put c before b", "move the c clip in front of the b clip" → `move_segment`);
  "crossfade only between b and c" goes into c. Clips listed together as going ("remove b and c",
  "delete the second and third clips", "把第1段和第3段都删掉") all go. A clip the person calls the best
  ("move the third clip to the start, it's the best shot") is their own judgement, not a highlights
  question. A file said to go ("scrap clip.mp4, i just want b.mp4 then c.mp4 stitched together",
  "删掉clip.mp4，只要b.mp4和c.mp4拼起来") is not joined with the others: the ones named are joined in
  the order said. A plan that would delete every clip while the request names others is
  asked about; an empty timeline is never the result. A clip deleted and then
  a transition "between the rest" ("把第二段删了，剩下的中间加个转场") does both; the transition is not
  put on the deleted clip.
- **Amounts said in words**: "speed up" / "faster" 1.5×, "slow down" 0.75×, "slow motion" / "half
  speed" / "cut the speed in half" 0.5×, "double speed" 2×; music 30% unless said ("quiet" 15%, "loud"
  80%); "louder" / "quieter" ×1.5 / ×0.5 of the current volume; programme fades 1 s, music fades 2 s;
  brighter / darker ±0.15, more / less contrast ±0.2, more / less saturation ±0.3. A small change of
  speed with no amount ("a little faster", "speed it up a little", "play it a bit slower", "slightly",
  "稍微慢一点", "快一点") is one mild step, 1.25× faster / 0.8× slower, the same for every degree word; the
  reply says so and how to ask for more ("1.5x"). A quicker pace alone ("节奏快一点") asks: faster, or
  tighter cuts? A share straight after a change verb is by that much ("lower the volume 30%", "音量调低
  30%", "turn it down by 30 percent": ×0.7); after "to" / "at" / "调到" it is the level ("to 30%"). A
  loudness target said after "to" / "到" / "为"
  ("先降噪，再把音量标准化到-16") is that LUFS value.
- **Text**: a title is 3 s, centred, bold, 96 px; a text overlay runs to the end, at the bottom,
  64 px; "big" / "small" change the size; colours by name or `#RRGGBB`; "at the end" starts it 3 s
  before the end. Quoted text ("…", '…', “…”, 「…」) is kept exactly; a colour or look said bare after a
  comma or dash ("add text: Use code SAVE10 — yellow, boxed") is not part of the text. "that subtitle
  line was a mistake take" names the part cut, it adds no subtitles and removes no text. Words put
  somewhere in a colour or at a place and written in capitals or with a percent or price ("put SUMMER
  SALE 40% OFF in red at the top from 0:03 to 0:08") are the text for that range, never a cut; a
  colour or place inside the words ("BLACK FRIDAY") is not the text's; a corner may be said bare ("put
  GG EZ top-left 0:12-0:15"); a price keeps its sign ("put $19.99 in yellow top right from 3 to 8
  sec"). Words after a colon are the text even when where and how long come first ("add text at the
  top for the whole video: Link in bio 👇"). Quoted words said as removed are taken off ("delete the
  'DRAFT' text" → `remove_text`); "replace 'A' with 'B'" shows B; a title scrapped and said anew ("scrap
  the title and make it say “…”") replaces it; two texts each with a noun and quote ("title 'X' and
  under it the text 'Y'") are both added. A percent said of a logo's size ("small like 10%", "20% of
  the width") is its scale, not its opacity.
- **Frames**: a platform name (TikTok, Reels, Shorts, YouTube, Instagram) → `platform`; a ratio or
  "vertical" / "square" / "landscape" alone → `set_aspect`; "crop" / "fill" / "no black bars" →
  fill, "black bars" → solid pad, "follow my face" → face crop; blurred pad by default. A platform
  named as the reason for another edit ("shorts count an extra second, so make it 58 s") or as the
  subject of a fact about it is no preset; "the Instagram feed" is the default 1:1 preset. Nor is a
  platform named as where the footage came from ("这个是从抖音下的"), what a still is for ("小红书要封面，截
  一张第5秒的画面" → a JPG at 5 s), or only where a version will go with no frame said ("我要一个20秒的版本发
  朋友圈", "a 20 second version to post on instagram": the length, and no upload refusal); "改成竖屏发抖音"
  is the preset, but a ratio said with where it goes ("做成4:5的竖版发小红书") is that ratio (`set_aspect`).
  "my gym reel" / "my tiktok feels too long" is the person's video, no preset; "an srt file for youtube"
  is a file for it. A new video from the footage with only its destination said ("用这个素材剪个短视频，发抖音
  的") is asked about. A higher resolution asked for to make the picture sharper ("画质太糊了，提升到4K",
  "upscale it to 4k") is refused: there is no AI upscaling.
- **Levels kept and changed**: "keep the original sound, dont mute it, just lower it to 60%" sets the
  level (the mute declined and the sound kept are that change's words); "keep the music but turn it down
  to 10%" / "音乐留着，调小到10%" sets the music's level (the music kept is "it"); "lower / raise it to N%"
  is a volume. A word that names the change made ("lower the music to 20%") is never reported as not
  understood.
- **Fades**: a fade said with the music, with no other edit between them, is the music's, with its
  length ("add music.mp3 at 40% and fade it out over the last 5s" fades the music out over 5 s); a fade
  said after another edit ("add music.mp3, normalize, fade in and out 1s") or of the video /
  everything is the programme's. The music's fade-out said from a point to the end ("music should fade
  out from the 45 second mark to the end", "音乐从第45秒开始淡出") lasts from there to the end. "trim the
  music so it fades out over the last 3 s" is that fade, not a cut; "结尾剪成黑屏" / "最后切黑屏" /
  "以黑屏收尾" is a fade to black at the end, nothing trimmed.
- **Taken back**: an edit said before "不对" / "算了算了" / "scratch that" / "actually no" / "wait, no" gives
  way to what follows ("背景音乐不要了…不对，调小到15%" only lowers the music; "it" after a music edit
  taken back is the music). "scratch that" / "revert that" / "刚才那步不要了" ending the turn takes back
  the last change (`undo`; an edit said before it in the same turn is what goes). What the person did by
  accident, said as the reason ("unmute the music, i
  muted it by accident"), is no edit; nor is
  what they usually do ("…, i always hit record and then set up for a bit") or will do themselves
  ("remove the subtitles, i want to redo them with a different style" is no `redo`).
- **Filler words**: naming the fillers ("the ums and uhs", "filler words", "语气词", "嗯啊") asks for the
  cleanup at its default, fillers and false starts (a word said twice, "I I think"); the reply says how
  many false starts went and how to keep them. Words that limit it to the fillers ("only the ums", "keep
  the repeated words", "just the uhs, nothing else", "只删嗯", "重复的话留着") cut the fillers alone.
  One verb may serve two things ("把停顿和语气词都剪掉" cuts both).
- **Text placed with a change of frame**: a change said in another clause ("改成抖音竖屏，上面加一行「新品
  上市」") is not a replacement of the text there is; the text goes where it is said (上面 / 顶部 → top).
- **Lists and reasons**: a request written as a list (one edit a line, "- add …" / "1. …")
  reads each line as its own sentence. A resolution listed as an edit of its own with another edit
  before the export ("720p, 1.25x speed, export as webm") is `resolution`, not the export's; said with
  the export ("export as webm, 720p") it is the export's. A clause that describes the footage or the
  place ("the selfie cam mirrored the logo on my shirt", "the cocktail hour is so loud") is the reason,
  no logo or volume change; "原声不要关" / "原声不要静音" keep the sound (no `mute`). A freeze's length may
  come first ("a 3 second freeze at 0:41"); a named clip "small in the top right" is a `pip`; "add
  logo.png top right and the title '…'" places the logo, not the title. A part named by what it shows
  ("delete the clip with the dog") or a length longer than the video ("make it 2 minutes long" of 60 s)
  is asked about. Refused: a mark that follows someone, zooming into part of the picture at a moment,
  frames made up for slow motion, blurring faces, a video about a topic with no footage of it.
- **Several operations** in one request are applied in the order said; typos close to a known word
  are corrected ("subtitels", "musci"); Chinese numerals next to units are read as numbers.
- **Parts said without times**: "这段" ("this clip") with one clip on the timeline is that clip, so
  "这段慢放2倍" slows the whole video; with several clips, and "这一段" / "那段" / "中间那段" / "the middle
  part" always, the reply asks which part. So does "this one" / "that clip" ("slow down this one") with
  several clips and none named; "slow down b" changes only b. A speed outside 0.25×–4× ("500%的速度",
  "10x") is refused with the range. A complaint about the pace ("节奏太慢了", "it drags") is why it
  should be faster, never a direction to slow down.
- **Not edits**: "…吗？先问问" / "就问问" / "…? just asking" / "just advice, don't edit" marks the
  sentence as a question, and so does an A-not-A ("字幕准不准", "30帧够不够"); a question about a tool, a
  feature or what people do ("do filler word removers cut mid-word?", "can chatgpt edit videos?", "do
  ppl normalize to -16 or -14?") is answered even when it names an operation; whether a bought or
  downloaded song may be used is answered; "把我说的话用文字给我看看" shows the transcript. A watermark
  already in the footage ("右下角有抖音水印，帮我去掉") and cutting to the music's beat (卡点, "sync to the
  beat") are refused with what can be done instead.
- **Lengths said loosely**: "10 secs tops" / "20 s max" → `keep_range` 0–N (the reply offers the other
  part); "everything after the 4 sec mark" keeps from 4 s; "speed it up so the whole thing comes to
  30 s" → `speed` of programme ÷ 30 s (a bare "speed it up" said with it is the same wish); "ffmpeg
  -ss A -to B" keeps A–B; "i only need b.mp4, drop the others" keeps that clip's part. A number
  corrected in the same breath ("cut the first 3 s - wait no, just 1.5", "loop it 3x… actually twice
  is enough") is the one used; an amount not named ("trim a bit off") is asked. A share said as what goes
  ("make it a third shorter", "shorten it by 25%", "缩短三分之一") keeps the rest from the start ("trim it
  to a third" keeps the third); "从第40秒开始到结尾都不要了" / "从第5秒开始都不要了" removes from there on.
- **Part of the sound**: muting applies to a whole track, so "mute just 0:20 to 0:25", "把0:20到0:25静音"
  or "bleep the part where he swears" is refused with what can be done (cut that part, picture and
  sound, or mute the whole clip) - the times never become a cut. Where the video goes, said as the
  reason ("it's for the memorial slideshow"), is no slideshow to make.
- A request that is truly ambiguous ("make it better", "cut it", "color grade it", "make a highlight
  reel") gets one short question with concrete options and no change; one that cannot be done ("add a
  dragon", "upload to YouTube", sepia or film grain, a countdown timer, a velocity edit, downloading a
  link) gets a plain refusal and no partial edit. A question whether something can be done ("can you
  export gifs?", "支持导出动图吗") is answered with the words that do it; a wish without a tool ("make my
  voice sound more professional") is asked about with the tools that fit (noise reduction, loudness).
- **Kind of turn**: a question led by "quick q" / "wait" / "hmm" needs no "?" ("quick q how long is my
  video"), and one followed by what it is for ("is 4:5 or 1:1 better? its for my shop") is still a
  question. A small change with no amount ("trim the end a bit", "make it punchier somehow") is asked
  about, never guessed (a speed is the exception: one mild step, see above). What an editing term means
  ("what's a j-cut?", "什么是转场", b-roll, jump cut, crossfade, ducking, aspect ratio, frame rate, bitrate,
  colour grading, lower third, voice-over, picture-in-picture, freeze frame, loudness) is answered from a
  short glossary, with whether and how it is done here. Refused with what can be done: footage said not to
  exist ("a sunset timelapse, i dont have footage of it"), AI upscaling or unblurring, a rotation that
  is not a quarter turn ("rotate it 45 degrees"), the scene behind a person replaced, and the sound
  exported alone (exports are MP4 / MOV / WebM, GIF or JPEG). "cut the music" (said alone) removes it;
  "when i narrate" / "my voiceover" is the person's own voice (ducking), not one to generate; "no sound"
  with a GIF is what a GIF is; "speed the whole lecture up" is the whole programme; "has to be exactly 1
  minute total" and "a 20 sec version" are target lengths.
- **Said beside an edit, not another edit**: "删掉5-7秒、22-25秒，两处都是静音" (what the parts are);
  "配乐用music.mp3，小声点，25%" (one level); "背景音乐调到15%，现在太吵了" (why); "压到30秒但别删内容，整体
  加速" reaches the length by speed (total ÷ target), never by a cut. "只要30秒，多了不要" keeps the first
  30 s. Levels for the voice (人声) and the music in separate clauses are read apart.
- **Clips and versions**: "第一段再来一遍" duplicates it; "先把第2段删掉，再把剩下两段顺序调换" numbers
  the two left; "还是用第3版吧" restores version 3; "两边裁掉" is the crop fit; "画面比例先别动，其他的等我
  想想" changes nothing and asks nothing.
"""


def catalogue_markdown() -> str:
    lines = [
        "# Operations",
        "",
        "<!-- GENERATED by vidai_nb.engine.ops.catalogue_markdown(); do not edit by hand. -->",
        "",
        "Every edit is one of these pure operations `(draft, operation) -> new draft`. Times are integer",
        "milliseconds on the timeline. The planner (deterministic parser or LLM) produces them; the",
        "example sentence under each is understood by the deterministic parser (tested).",
        "Fields marked *runner* are filled by the turn runner from speech analysis, not by the user.",
        "To add an operation, see [adding-an-operation.md](adding-an-operation.md).",
        "",
        "| operation | description | example |",
        "|---|---|---|",
    ]
    for name, model in CATALOGUE.items():
        lines.append(f"| [`{name}`](#{name}) | {model.description} | \u201c{model.example}\u201d |")
    lines += ["", *CONVENTIONS.rstrip().splitlines()]
    for name, model in CATALOGUE.items():
        schema = model.model_json_schema()
        props: dict[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", []))
        lines += ["", f"## `{name}`", "", model.description, "", f"Example: \u201c{model.example}\u201d", ""]
        fields = [(k, v) for k, v in props.items() if k != "op"]
        if not fields:
            lines.append("No parameters.")
            continue
        lines += ["| field | type | default |", "|---|---|---|"]
        for key, prop in fields:
            shown = f"`{prop.get('default')!r}`".replace("None", "null")
            default = "*required*" if key in required else shown
            if key in model.runner_fields:
                default += " (*runner*)"
            lines.append(f"| `{key}` | {_type_text(prop)} | {default} |")
    return "\n".join(lines) + "\n"
