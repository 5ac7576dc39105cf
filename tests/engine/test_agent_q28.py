"""Classes fixed from holdout36 (session 28, helper q28): a question never changes the draft (what a label
means, what a platform's own app does, the subtitles' text shown, what a speed change does to the voice),
a reply never both refuses and does the same part (a refused part corrected after "i mean"), a part pulled
beyond 4x speed, and something worn taken out of the picture."""

from __future__ import annotations

import pytest

from tests.engine.test_agent_h34f import _ops, _plan


def _answered(text: str) -> str:
    plan = _plan(text)
    assert not plan.ops and plan.export is None and not plan.question and not plan.refusal, \
        (plan.ops, plan.question, plan.refusal)
    assert plan.answer
    return str(plan.answer)


@pytest.mark.parametrize("text", [
    "if a song says royalty free does that mean its free?? for my band promo",
    "if a track says copyright free does that mean i can use it anywhere?? its for my cafe ad",
    "so if the song is creative commons does it mean i dont have to pay",
    "does royalty free mean no credit needed? its for a school project",
    "免版税的意思是可以随便用吗 我要做乐队宣传",
    "歌上写着无版权，是不是就等于能商用"])
def test_what_a_licence_label_means_is_answered_about_licences(text: str) -> None:
    said = _answered(text)
    assert "credit" not in said.lower() or "licen" in said.lower()  # never this editor's credits
    assert "版税" in said or "royalty" in said.lower() or "授权" in said


@pytest.mark.parametrize(("text", "op"), [
    ("can you add music? the royalty free one is fine", "add_music"),
    ("能帮我加个水印吗", "add_logo"),
    ("可以给视频加个字幕吗", "add_subtitles"),
    ("could you put my logo on it?", "add_logo"),
    ("能不能帮我把背景音乐加上", "add_music")])
def test_a_polite_ask_of_me_still_edits(text: str, op: str) -> None:
    assert [o["op"] for o in _ops(text)] == [op]


@pytest.mark.parametrize("text", ["微信视频号能直接加水印吗", "抖音能直接加字幕吗", "小红书可以加背景音乐吗",
                                  "视频号能不能加水印", "快手可以改封面吗"])
def test_what_a_platforms_own_app_does_is_asked_not_done_zh(text: str) -> None:
    said = _answered(text)
    assert "App" in said and "我可以" in said


@pytest.mark.parametrize("text", ["does tiktok let me add captions after posting?",
                                  "can tiktok add captions automatically?",
                                  "does youtube let me add a watermark?"])
def test_what_a_platforms_own_app_does_is_asked_not_done_en(text: str) -> None:
    said = _answered(text)
    assert "own app" in said


def test_a_platform_question_that_is_about_its_shapes_keeps_its_answer() -> None:
    assert "4:5" in _answered("小红书可以发横屏视频吗")


@pytest.mark.parametrize("text", ["给我看看字幕文本", "让我看看字幕的文字内容", "给我看一下识别出来的文字",
                                  "show me the subtitle text", "let me see the caption text",
                                  "what do the subtitles say", "show me the text of the subtitles"])
def test_the_subtitles_text_shown_is_the_transcript(text: str) -> None:
    plan = _plan(text)
    assert plan.show == "transcript" and not plan.ops


def test_subtitles_asked_for_are_still_added() -> None:
    assert [o["op"] for o in _ops("加字幕")] == ["add_subtitles"]
    assert [o["op"] for o in _ops("add subtitles and show me the text")] == ["add_subtitles"]


@pytest.mark.parametrize(("text", "ops"), [
    ("make my voice 150% louder... i mean volume 1.5",
     [{"op": "set_volume", "track": "main", "volume": 1.5}]),
    ("make my voice 200% louder, i mean volume 2", [{"op": "set_volume", "track": "main", "volume": 2.0}]),
    ("add a glitter effect... i mean add subtitles", [{"op": "add_subtitles"}]),
    ("把声音变成机器人，我是说音量调到50%", [{"op": "set_volume", "track": "main", "volume": 0.5}])])
def test_a_refused_part_corrected_after_i_mean_is_replaced(text: str, ops: list[dict[str, object]]) -> None:
    assert _ops(text) == ops  # (_ops asserts no refusal)


def test_a_refusal_of_a_separate_part_stands() -> None:
    plan = _plan("add subtitles and remove the guy in the background")
    assert [op.op for op in plan.ops] == ["add_subtitles"] and plan.refusal


@pytest.mark.parametrize("text", ["视频加速以后声音会变尖吗", "放慢以后声音会变低沉吗",
                                  "调成2倍速的话人声会变调吗",
                                  "if i speed it up 2x does my voice get squeaky",
                                  "does slowing it down make the voice deeper?"])
def test_what_a_speed_change_does_to_the_voice_is_answered(text: str) -> None:
    said = _answered(text)
    assert "pitch" in said or "音调" in said


def test_an_edit_said_after_a_speed_change_is_still_done() -> None:
    assert [o["op"] for o in _ops("加速以后记得加字幕")] == ["speed", "add_subtitles"]


@pytest.mark.parametrize("text", ["日落那段拉到500%", "开头那段拉到800%", "0:10到0:20拉到600%"])
def test_a_part_pulled_beyond_4x_is_refused_with_what_can_be_done(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.refusal and "4倍" in plan.refusal


def test_a_part_pulled_to_a_share_within_range_is_a_speed() -> None:
    assert _ops("0:10到0:20拉到200%")[-1] == {"op": "speed", "factor": 2.0, "index": 2}


def test_a_volume_pulled_to_a_share_is_not_a_speed() -> None:
    plan = _plan("日落那段音量拉到200%")
    assert not any(op.op == "speed" for op in plan.ops) and not plan.refusal


@pytest.mark.parametrize("text", ["把口罩去掉露出脸", "把他的眼镜去掉", "墨镜摘掉",
                                  "remove her face mask so we can see her",
                                  "take his sunglasses off in the video"])
def test_something_worn_taken_out_of_the_picture_is_refused(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.refusal


@pytest.mark.parametrize("text", ["口罩那段删掉", "去掉口罩那段"])
def test_the_part_where_it_shows_is_not_refused(text: str) -> None:
    assert not _plan(text).refusal


def _with_music(text: str) -> list[dict[str, object]]:
    plan = _plan(text, clips=2)
    assert not plan.question and not plan.refusal, (plan.question, plan.refusal)
    return [op.model_dump(exclude_unset=True) | {"op": op.op} for op in plan.ops]


@pytest.mark.parametrize(("text", "colour"), [
    ("turn the contrast up to 1.3 and the music down to 20%", {"op": "color", "contrast": 1.3}),
    ("turn the saturation up to 1.2 and the music down to 20%", {"op": "color", "saturation": 1.2})])
def test_a_picture_setting_turned_up_is_not_the_sounds_level(text: str, colour: dict[str, object]) -> None:
    assert _with_music(text) == [colour, {"op": "set_volume", "track": "bgm", "volume": 0.2}]


def test_a_picture_setting_turned_up_with_no_music_still_changes_the_picture() -> None:
    plan = _plan("turn the contrast up to 1.3 and the music down to 20%")
    assert [op.op for op in plan.ops] == ["color"] and not plan.answer


@pytest.mark.parametrize("text", ["make it 9:16 or 4:5 for insta?",
                                  "make it vertical or square for instagram",
                                  "export 720p or 1080p", "改成9:16或者4:5发小红书", "导出720p或者1080p"])
def test_two_values_joined_by_or_are_asked_which(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops and plan.export is None


@pytest.mark.parametrize("text", ["make it 9:16 and export 1080p", "change it from 16:9 to 9:16",
                                  "make it 9:16 or whatever tiktok uses"])
def test_one_value_said_is_done(text: str) -> None:
    plan = _plan(text)
    assert not plan.question and plan.ops
