"""Session fyk (holdout49): whether it is possible, said to be only checked ("is it possible to …? just
checking before i …"), is answered and nothing done; an apology with "if" and where ("sorry if dumb question
but in this thing whats …") leads a question; the scene asked for said not filmed ("we didnt actually film
the sunset") is refused; "duplicate it" after a clip is moved is that clip where the move left it; two
loudness levels either side of 还是 are asked; the part that shows a plate or passers-by
(把拍到车牌的那段删掉) is asked, never refused; the music's fade-in from "第五秒那" is asked;
faces 打上码 are refused; the music 整条删掉 is removed."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan


@pytest.mark.parametrize("text", [
    "is it possible to get spanish subtitles on this? just checking before i promise it to our front desk "
    "lady",
    "is it possible to add captions in french? just checking before i tell my boss",
    "would it be possible to make it square? just making sure before we post it",
    "is it possible to take out the first 10 seconds? just checking",
    "are you able to add a fade at the end? just double checking",
])
def test_possibility_only_checked_is_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.answer and plan.answer.startswith("Yes")
    assert "nothing was changed" in plan.answer


def test_possibility_asked_alone_is_still_done() -> None:
    plan = _plan("is it possible to get spanish subtitles on this?")
    assert [op.op for op in plan.ops] == ["add_subtitles"]


@pytest.mark.parametrize("text", [
    "sorry if dumb question but in this thing whats the diff between a title and a regular text "
    "overlay",
    "sorry if dumb question but whats the difference between a crossfade and a fade",
    "sorry if this is a stupid question but in this app whats the difference between trim and cut",
    "sry if noob question but in here what does normalize do",
    "apologies if basic question but whats the difference between mp4 and mov",
])
def test_apology_with_if_leads_a_question(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.answer and not plan.question


@pytest.mark.parametrize("text", [
    "make a sunset timelapse for the ending, we didnt actually film the sunset",
    "add a drone shot of the lake at the start, we never filmed the lake",
    "make a timelapse of the stars at the end, i didnt actually shoot the stars",
    "put the fireworks in at the end, we didnt get to film the fireworks",
    "make a sunset timelapse for the end, we didnt actually film one",
])
def test_scene_said_not_filmed_is_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.refusal


@pytest.mark.parametrize(("text", "ops"), [
    ("make it 9:16, i didnt film the video vertically", ["set_aspect"]),
    ("cut the first 5 seconds, we didnt record the audio", ["trim"]),
])
def test_how_it_was_filmed_is_no_refusal(text: str, ops: list[str]) -> None:
    plan = _plan(text)
    assert [op.op for op in plan.ops] == ops and not plan.refusal


@pytest.mark.parametrize(("text", "ops"), [
    ("move c to the front, duplicate it so the trick plays twice, then make the whole thing 9:16",
     [("move_segment", 3, 1), ("duplicate_segment", 1, None), ("set_aspect", None, None)]),
    ("move the last clip to the front and duplicate it",
     [("move_segment", 3, 1), ("duplicate_segment", 1, None)]),
    ("put b first, then duplicate it so the jump plays twice",
     [("move_segment", 2, 1), ("duplicate_segment", 1, None)]),
    ("move c to the start, play it twice, then add subtitles",
     [("move_segment", 3, 1), ("duplicate_segment", 1, None), ("add_subtitles", None, None)]),
    ("move the first clip to the end, then duplicate it",
     [("move_segment", 1, 3), ("duplicate_segment", 3, None)]),
    ("move b to the start then duplicate that one", [("move_segment", 2, 1), ("duplicate_segment", 1, None)]),
])
def test_duplicate_it_after_a_move_is_the_moved_clip(text: str,
                                                     ops: list[tuple[str, int | None, int | None]]) -> None:
    plan = _plan(text, clips3=True)
    assert [(op.op, getattr(op, "index", None), getattr(op, "to_index", None)) for op in plan.ops] == ops
    assert not plan.notes


def test_duplicate_it_after_a_swap_is_not_guessed() -> None:
    plan = _plan("swap b and c, then duplicate it", clips3=True)
    assert not any(op.op == "duplicate_segment" for op in plan.ops)


@pytest.mark.parametrize("text", [
    "发抖音响度是-14还是-16 lufs 网上说法不一样",
    "响度调-14还是-16比较好",
    "b站音量标准化到-14 lufs还是-16 lufs",
    "发小红书响度是-14还是-16 网上说法不一",
])
def test_two_loudness_levels_are_asked(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.answer and "LUFS" in plan.answer


def test_one_loudness_level_is_still_set() -> None:
    plan = _plan("响度标准化到-14")
    assert [op.op for op in plan.ops] == ["loudnorm"] and plan.ops[0].target_lufs == -14.0  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", [
    "把拍到车牌的那段删掉 隐私",
    "把有车牌的那段删掉",
    "删掉拍到路人的那段",
    "删掉有路人的镜头",
    "把露出门牌号的那一段剪掉",
])
def test_part_showing_a_plate_is_asked(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.question and "哪一段" in plan.question and not plan.refusal


@pytest.mark.parametrize("text", ["把车牌号去掉", "把路人去掉", "删掉画面里的路人"])
def test_thing_taken_out_of_the_picture_is_still_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.refusal


@pytest.mark.parametrize("text", [
    "bgm从第五秒那开始慢慢淡入进来",
    "音乐从第5秒那开始淡入",
    "从第3秒那里开始让音乐淡入",
    "背景音乐从5秒左右开始淡入",
    "音乐淡入从第4秒那儿开始",
])
def test_music_fade_in_from_a_point_is_asked(text: str) -> None:
    plan = _plan(text, music=True)
    assert plan.ops == [] and plan.question and "淡入" in plan.question


@pytest.mark.parametrize("text", [
    "把路过的人脸都打上码",
    "把小朋友的脸打上码",
    "画面里的人脸打一下码",
    "把顾客的脸都打上码",
])
def test_faces_mosaicked_are_refused(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert plan.ops == [] and plan.refusal and "人脸" in plan.refusal


@pytest.mark.parametrize("text", [
    "这个bgm太土了 整条删掉吧",
    "bgm整条删掉吧",
    "配乐太吵了 全部去掉",
    "背景音乐难听 整首删了",
    "这个bgm太土了 直接整条删掉",
])
def test_whole_music_said_to_go_is_removed(text: str) -> None:
    plan = _plan(text, music=True)
    assert [op.op for op in plan.ops] == ["remove_music"] and not plan.question
