"""Answers, questions and refusals that must leave the draft alone: where the footage came from (a live
stream) is no broadcast asked of me; posting, a stream's chat and content made up with AI are refused with
what can be done instead; which parts matter is asked.

Also (holdout27) what the footage shows said as the reason is no imagery asked for;
发<平台> after an edit is what it is for; one thing recoloured, a detail hidden (打码) and people moved
onto the beat are refused; the footage's resolution said as a fact is no edit; tricks against copyright
detection asked are answered; a change or a thing to make with no how is asked; "not yet" is no edit."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())


def plan(text: str) -> Plan:
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in text)
    return parse(text, "zh-CN" if zh else "en", MEDIA, sample_draft())


def refused(p: Plan) -> bool:
    return bool(p.refusal) and not p.ops and p.export is None and not p.question


def asked(p: Plan) -> bool:
    return bool(p.question) and not p.ops and p.export is None and not p.refusal


@pytest.mark.parametrize(("text", "op"), [
    ("直播间风扇声太大了 降个噪", "denoise"),
    ("直播回放里有电流声，帮我降噪", "denoise"),
    ("这段直播切片加个字幕", "add_subtitles"),
    ("denoise my livestream recording, the fan is loud", "denoise"),
])
def test_a_live_stream_named_as_the_footage_is_no_broadcast(text: str, op: str) -> None:
    p = plan(text)
    assert not p.refusal and not p.question
    assert [o.op for o in p.ops] == [op]


@pytest.mark.parametrize("text", [
    "帮我直播", "剪好直接帮我发抖音", "弄好以后帮我发小红书", "livestream this",
    "livestream it to my youtube channel tonight", "post it directly to my tiktok account when you're done",
])
def test_a_broadcast_or_post_asked_of_me_is_refused(text: str) -> None:
    assert refused(plan(text))


def test_an_upload_to_a_channel_applies_no_platform_format() -> None:
    p = plan("upload this straight to our church youtube channel when its done")
    assert refused(p)
    # said with an edit, the edit stands next to the refusal
    p = plan("make it 9:16 and post it straight to tiktok")
    assert p.refusal and [o.op for o in p.ops] == ["set_aspect"]


@pytest.mark.parametrize("text", [
    "把直播间的弹幕也抓下来做成字幕", "把弹幕同步到视频里", "pull the twitch chat in as captions",
    "add the live chat messages on the side of the video",
])
def test_a_streams_chat_is_refused_with_what_instead(text: str) -> None:
    p = plan(text)
    assert refused(p)
    assert "字幕" in (p.refusal or "") or "subtitles" in (p.refusal or "")


@pytest.mark.parametrize("text", [
    "把直播里的重点片段截出来", "把录屏里的干货部分剪出来", "clip out the key moments from the stream",
    "just keep the important bits from the livestream",
])
def test_the_key_parts_are_asked_never_guessed(text: str) -> None:
    p = plan(text)
    assert asked(p)
    assert "0:05" in (p.question or "")


@pytest.mark.parametrize("text", [
    "make the kitchen look renovated with ai, new cabinets etc",
    "swap the grey sky for a blue one in the exterior shots",
    "virtually stage the empty living room with some furniture",
    "turn the living room into a scandinavian style with ai",
    "用AI给这套房子换个北欧装修风格", "把阴天换成蓝天", "空房间里加点虚拟家具",
])
def test_content_made_or_altered_by_ai_is_refused_with_what_instead(text: str) -> None:
    p = plan(text)
    assert refused(p)
    assert "colour" in (p.refusal or "") or "调色" in (p.refusal or "")


@pytest.mark.parametrize("text", [
    "make the guest sound like morgan freeman for a joke", "read the intro in my dads voice",
    "clone my voice and have it say the outro", "模仿周杰伦的声音唱一句", "让嘉宾的声音像周星驰一样",
])
def test_a_voice_imitated_is_refused_with_what_instead(text: str) -> None:
    p = plan(text)
    assert refused(p)
    assert "text" in (p.refusal or "") or "文字" in (p.refusal or "")


@pytest.mark.parametrize(("text", "op"), [
    ("add captions with ai", "add_subtitles"),
    # "clean up the audio" naming no noise is asked about (which clean-up: noise or loudness; h28en), so
    # the noise is named here
    ("clean up the background noise with ai", "denoise"),
])
def test_an_edit_done_with_ai_that_exists_here_stays_an_edit(text: str, op: str) -> None:
    p = plan(text)
    assert not p.refusal and [o.op for o in p.ops] == [op]


def answered(p: Plan) -> bool:
    return bool(p.answer) and not p.ops and p.export is None and not p.question and not p.refusal


@pytest.mark.parametrize(("text", "topic"), [
    ("sorry dumb question whats LUFS and why -14", "LUFS"),
    ("sorry silly question - whats a j cut", "J-cut"),
    ("dumb q but why is my export so big", "1080p"),
    ("婚礼快剪一般剪几分钟合适", "3–5 分钟"),
    ("毕业旅行的快剪做几分钟合适", "分钟"),
])
def test_an_apology_before_a_question_or_a_length_in_minutes_is_answered(text: str, topic: str) -> None:
    p = plan(text)
    assert answered(p)
    assert topic in (p.answer or "")


@pytest.mark.parametrize("text", [
    "make it like those viral realtor reels", "make it look like those aesthetic cafe tiktoks",
    "剪得像那些探店抖音一样", "做成那种爆款美食抖音的感觉",
])
def test_other_peoples_videos_as_the_model_are_asked_not_reframed(text: str) -> None:
    assert asked(plan(text))


@pytest.mark.parametrize("text", ["make it 9:16 for reels", "做成抖音那种竖屏"])
def test_a_platform_named_for_its_frame_still_reframes(text: str) -> None:
    p = plan(text)
    assert not p.question and [o.op for o in p.ops] in (["platform"], ["set_aspect"])


@pytest.mark.parametrize("text", ["zoom in on the good part", "zoom into the funny part please"])
def test_a_zoom_on_a_vague_part_is_refused_with_the_crop_instead(text: str) -> None:
    p = plan(text)
    assert refused(p)
    assert "crop" in (p.refusal or "")


@pytest.mark.parametrize(("text", "op"), [
    ("keep 0:10 to 0:25, rest is me walking around the car", "keep_range"),
    ("cut 0:05 to 0:09, thats just me walking around the car", "remove_range"),
    ("keep the first 20 seconds, the rest is the dog running around the yard", "keep_range"),
    ("ugh that filter looks awful on the dog, undo that", "undo"),
    ("the dog looks weird with that filter, undo", "undo"),
])
def test_what_the_footage_shows_said_as_the_reason_is_no_imagery(text: str, op: str) -> None:
    p = plan(text)
    assert not p.refusal and not p.question
    assert [o.op for o in p.ops] == [op]


def test_an_imagery_request_next_to_a_description_is_still_refused() -> None:
    assert refused(plan("the rest is boring, add a dragon"))
    assert refused(plan("add a dragon flying over the castle"))


@pytest.mark.parametrize("text", ["压到20秒 发朋友圈", "缩到15秒 发抖音", "调成竖屏 发小红书"])
def test_a_platform_after_an_edit_is_what_it_is_for(text: str) -> None:
    p = plan(text)
    assert p.ops and not p.refusal and not p.question


def test_a_post_asked_of_me_is_refused_beside_the_edit() -> None:
    p = plan("压到20秒 帮我发朋友圈")
    assert p.refusal and [o.op for o in p.ops] == ["keep_range"]


@pytest.mark.parametrize("text", [
    "change the car from silver to red so i can show the customer", "turn the van from white to black",
    "change her dress from blue to green for the ad", "把车从银色改成红色给客户看",
    "视频里的车牌帮我打个码", "给门牌号打上马赛克", "pixelate the license plate on the truck",
    "视频里出现的手机号帮我打个码",
    "make the dancers hit the beat automatically, theyre a bit off", "sync the dancers' moves to the music",
    "让她们的舞步自动对上节拍", "can you make the kids land on the beat, theyre late",
])
def test_a_thing_recoloured_hidden_or_moved_on_the_beat_is_refused(text: str) -> None:
    assert refused(plan(text))


def test_the_footages_resolution_said_as_a_fact_is_no_edit() -> None:
    p = plan("upscale b.mp4 to real 4k with ai detail, its only 720p")
    assert refused(p)
    assert [o.op for o in plan("its only 720p, make it 9:16").ops] == ["set_aspect"]
    assert [o.op for o in plan("我这个原片只有720p 帮我加个字幕").ops] == ["add_subtitles"]
    assert [o.op for o in plan("it was filmed in 1080p, add subtitles").ops] == ["add_subtitles"]
    assert [o.op for o in plan("make it 720p").ops] == ["resolution"]


@pytest.mark.parametrize("text", [
    "q: if i speed a copyrighted song up like 30% does content id still catch it",
    "听说调速+30%就能躲过版权检测 真的假的",
    "if i slow the song down will youtube still detect the copyright",
    "does mirroring the video get around content id?", "把歌变调是不是就不会被版权检测到",
    "镜像翻转能绕过搬运查重吗",
])
def test_a_trick_against_copyright_detection_asked_is_answered(text: str) -> None:
    p = plan(text)
    assert answered(p)
    assert "Content ID" in p.answer or "检测" in p.answer


@pytest.mark.parametrize("text", ["舞蹈视频的字幕改一下", "字幕帮我改改", "修改一下字幕",
                                  "fix the captions on the dance video",
                                  "help me put together something for the adoption event saturday",
                                  "can you put together a quick promo for the bake sale"])
def test_a_change_or_a_thing_to_make_with_no_how_is_asked(text: str) -> None:
    # (one clip uploaded: nothing else to join)
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in text)
    p = parse(text, "zh-CN" if zh else "en", [SAMPLE_MEDIA["clip.mp4"], SAMPLE_MEDIA["music.mp3"]],
              sample_draft())
    assert p.question and not p.ops and p.export is None and not p.refusal


def test_clips_named_to_put_together_are_still_joined() -> None:
    assert [o.op for o in plan("put together clip.mp4 and b.mp4").ops] == ["concat"]


@pytest.mark.parametrize("text", ["don't change anything yet, still uploading the photos",
                                  "先别动，照片还在传", "dont edit anything yet, im still adding clips",
                                  "别剪 等我把素材传完"])
def test_not_yet_while_files_are_still_coming_is_no_edit_and_no_question(text: str) -> None:
    p = plan(text)
    assert not p.ops and p.export is None and not p.question and not p.refusal


@pytest.mark.parametrize(("text", "op"), [
    ("make it 9:16, and make the dancers hit the beat", "set_aspect"),
    ("cut the first 3 seconds, then change the car from silver to red", "trim"),
    ("加字幕，然后把车牌打个码", "add_subtitles"),
    ("剪掉前3秒，车牌帮我打个码", "trim"),
])
def test_an_edit_in_a_clause_before_an_impossible_one_stands_beside_the_refusal(text: str, op: str) -> None:
    p = plan(text)
    assert p.refusal and not p.question
    assert [o.op for o in p.ops] == [op]


def test_impossible_said_across_two_clauses_is_still_refused_whole() -> None:
    assert refused(plan("原视频底下自带的字幕太丑了 能给去掉吗"))
