"""fzb (issue 9): a reason, complaint or purpose said beside an edit explains it - it is no edit of its own:
reported speech is no text to show, a purpose after the subtitles is neither their words nor a part to pick
nor a level, a platform in a reason is no preset, "it's where …" after a part said by its times is no search
of the speech, a loudness complaint beside a sound removed or muted is no volume change, and a look word in a
reason is no text style."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import plan as _plan

# a field nothing in the request set: the operation's default
DEFAULT = object()

# (text, music on the timeline, the ops in order, fields of each op that must hold)
CASES: list[tuple[str, bool, list[str], list[dict[str, Any]]]] = [
    # reported speech: someone of the recording says something - their speech, why the edit is asked
    ("remove the filler words and the silences then add captions, the PI wants to skim these before lab "
     "meeting on thursday and honestly participant 3 says um like every two words", False,
     ["remove_fillers", "remove_silences", "add_subtitles"], [{}, {}, {}]),
    ("remove the ums, speaker 2 says uh constantly", False, ["remove_fillers"], [{}]),
    ("add captions please, guest B says you know after every sentence", False, ["add_subtitles"], [{}]),
    ("caption it, participant 4 keeps saying sort of", False, ["add_subtitles"], [{}]),
    ("加字幕 三号嘉宾老说那个那个", False, ["add_subtitles"], [{}]),
    ("去掉语气词 加上字幕 二号受访者每句话都说然后", False, ["remove_fillers", "add_subtitles"], [{}, {}]),
    ("加上字幕 王老师讲课老是说这个这个", False, ["add_subtitles"], [{}]),
    # a purpose said after the subtitles
    ("老师每节课开头都要磨叽半天才开始讲 结尾也是拖拖拉拉的 把开头结尾没人说话的那些去掉 然后给我加上字幕 "
     "回看的时候好找重点", False, ["trim_dead_air", "add_subtitles"], [{"ends": "both"}, {}]),
    ("给我加上字幕 方便以后复习", False, ["add_subtitles"], [{}]),
    ("加字幕，这样听不清的时候也能看懂", False, ["add_subtitles"], [{}]),
    ("加个字幕 好让爷爷奶奶也能看懂", False, ["add_subtitles"], [{}]),
    ("加字幕 免得静音看的人不知道在说什么", False, ["add_subtitles"], [{}]),
    ("add subtitles so the kids can find the key parts when they rewatch", False, ["add_subtitles"], [{}]),
    ("add captions, the students rewatch these to find the important bits", False, ["add_subtitles"], [{}]),
    ("add captions so people who cant hear well can follow", False, ["add_subtitles"], [{}]),
    # a platform named in a reason for a length or a speed
    ("make it 15 seconds, reels do better short", False, ["keep_range"], [{"start_ms": 0, "end_ms": 15000}]),
    ("cut it down to 20 sec, tiktok does better with short stuff", False, ["keep_range"],
     [{"start_ms": 0, "end_ms": 20000}]),
    ("speed it up 1.5x, tiktok rewards fast pacing", False, ["speed"], [{"factor": 1.5}]),
    # (a length said in the platform's reason is no length asked)
    ("make it 30 sec, reels do better under 40 seconds", False, ["keep_range"],
     [{"start_ms": 0, "end_ms": 30000}]),
    ("cut it to 20s because tiktok pushes videos under 30 seconds", False, ["keep_range"],
     [{"start_ms": 0, "end_ms": 20000}]),
    ("剪到15秒 抖音短的更容易火", False, ["keep_range"], [{"start_ms": 0, "end_ms": 15000}]),
    ("加速到1.5倍 抖音节奏快的才有人看", False, ["speed"], [{"factor": 1.5}]),
    # what the part said by its times is
    ("delete 00:00:06,000 --> 00:00:09,500 its where the participant says their full name", False,
     ["remove_range"], [{"start_ms": 6000, "end_ms": 9500}]),
    ("cut 0:12 to 0:18, thats where my roommate says my address", False, ["remove_range"],
     [{"start_ms": 12000, "end_ms": 18000}]),
    ("remove 0:42-0:50 its the part where he talks about the salary", False, ["remove_range"],
     [{"start_ms": 42000, "end_ms": 50000}]),
    ("删掉6秒到9秒 那是他说自己全名的地方", False, ["remove_range"], [{"start_ms": 6000, "end_ms": 9000}]),
    ("把0:20到0:25剪掉 那段是我报手机号的部分", False, ["remove_range"],
     [{"start_ms": 20000, "end_ms": 25000}]),
    # a loudness complaint beside a sound removed or muted
    ("bgm不要了 太吵", True, ["remove_music"], [{}]),
    ("bgm删了 太吵", True, ["remove_music"], [{}]),
    ("狗叫得太吵了 原声关掉 只留bgm", True, ["mute"], [{"track": "main"}]),
    ("孩子哭得太吵了 原声静音 保留背景音乐", True, ["mute"], [{"track": "main"}]),
    ("remove the music its way too loud", True, ["remove_music"], [{}]),
    ("drop the bgm, way too loud honestly", True, ["remove_music"], [{}]),
    # a look word in a reason
    ("add logo.png top left and the title 'Maple St Listing', its going up on the brokerage page tomorrow "
     "morning so it has to look clean", False, ["add_logo", "add_title"],
     [{"pos": "top-left"}, {"text": "Maple St Listing", "style": DEFAULT}]),
    ("add a caption 'Sold!' bottom right, this is going on the company page so it has to look clean", False,
     ["add_text"], [{"text": "Sold!", "pos": "bottom-right", "style": DEFAULT}]),
    ("put the title 'Spring Menu' at the top, its for our website and the site is really minimal", False,
     ["add_title"], [{"text": "Spring Menu", "style": DEFAULT}]),
    ("加标题「新品上市」 要放到官网首页 官网页面很简单", False, ["add_title"],
     [{"text": "新品上市", "style": DEFAULT}]),
]


def _holds(op: Any, want: dict[str, Any]) -> None:
    """Each field wanted holds (DEFAULT: the operation's own default - nothing was said for it)."""
    got = op.model_dump()
    for k, v in want.items():
        expected = type(op).model_fields[k].default if v is DEFAULT else v
        assert got.get(k) == expected, (k, got)


@pytest.mark.parametrize(("text", "music", "ops", "fields"), CASES)
def test_reason_beside_edit(text: str, music: bool, ops: list[str], fields: list[dict[str, Any]]) -> None:
    plan = _plan(text, music=music)
    assert not plan.question and not plan.refusal and plan.answer is None and plan.export is None
    assert [o.op for o in plan.ops] == ops
    for op, want in zip(plan.ops, fields, strict=True):
        _holds(op, want)


@pytest.mark.parametrize("text", [
    "remove the ums, speaker 2 says uh constantly",
    "加字幕 三号嘉宾老说那个那个",
    "delete 00:00:06,000 --> 00:00:09,500 its where the participant says their full name",
])
def test_reason_is_not_reported_as_not_understood(text: str) -> None:
    assert not any("understand" in n or "没看懂" in n for n in _plan(text).notes)


# near phrasings that ARE edits of their own: text asked to say something, a second part named with "and",
# a platform's format asked, a loudness complaint alone, a look asked for the text
NEGATIVE: list[tuple[str, bool, list[str], list[dict[str, Any]]]] = [
    ("put a caption at the bottom that says Open Daily", False, ["add_text"], [{"text": "Open Daily"}]),
    ("add text that says hello", False, ["add_text"], [{"text": "hello"}]),
    ("加个字幕 生日快乐", False, ["add_text"], [{"text": "生日快乐"}]),
    ("cut 0:10-0:15 and the part where i talk about pricing", False, ["remove_range", "cut_sentences"],
     [{"start_ms": 10000, "end_ms": 15000}, {"query": "pricing", "keep": False}]),
    ("删掉0:10到0:15 还有我说价格的那几句", False, ["remove_range", "cut_sentences"],
     [{"start_ms": 10000, "end_ms": 15000}, {"query": "价格"}]),
    ("make it vertical for reels", False, ["platform"], [{"name": "reels"}]),
    ("做成抖音竖屏", False, ["platform"], [{"name": "tiktok"}]),
    ("the music is too loud", True, ["set_volume"], [{"track": "bgm"}]),
    ("原声太吵了 关掉", True, ["mute"], [{"track": "main"}]),
    ("the voice is too quiet so turn it up", False, ["set_volume"], [{"track": "main"}]),
    ("add the title 'Q3 Review' in a clean font", False, ["add_title"], [{"style": "plain"}]),
    ("title 'Q3 Review', keep it simple", False, ["add_title"], [{"style": "plain"}]),
    ("add a title 'Hi' so the text looks clean", False, ["add_title"], [{"style": "plain"}]),
    ("加标题「开学第一课」 简单一点", False, ["add_title"], [{"style": "plain"}]),
]


@pytest.mark.parametrize(("text", "music", "ops", "fields"), NEGATIVE)
def test_edit_of_its_own_stays(text: str, music: bool, ops: list[str], fields: list[dict[str, Any]]) -> None:
    plan = _plan(text, music=music)
    assert [o.op for o in plan.ops] == ops
    for op, want in zip(plan.ops, fields, strict=True):
        _holds(op, want)


def test_platform_look_asked_is_still_asked() -> None:
    # "做成抖音上很火的那种": the feel of popular videos there - what to do is asked, no reason read
    plan = _plan("做成抖音上很火的那种")
    assert plan.question and not plan.ops


def test_key_parts_picked_still_asked() -> None:
    plan = _plan("clip out the key moments from the stream")
    assert plan.question and not plan.ops
