"""fzg (issue 9): questions and advice are answered, the draft untouched, and impossible asks refused with
what can be done instead - captions viewers switch on and off asked for as a kind of output ("can you make
captions that learners can switch on and off?"), two values of one setting weighed for a purpose ("30fps or
60fps for skate clips whats better"), music for a business asked about with a clause-final 不 ("要给钱不
这算商用不"), a file too big for an upload limit ("限200M 咋整"), two names for one feature checked
("剪映里的画中画跟你这的pip是一个意思吧"); cutting between camera angles to whoever talks, and one thing
in the picture recoloured in the clause after it is described ("客厅墙拍出来有点黄 给我换成纯白的"), are
refused."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import plan as _plan

# (request, words the answer must hold)
ANSWERED: list[tuple[str, str]] = [
    # captions of the kind viewers switch off, asked for as a kind: a subtitle file, and how to ask
    ("can you make captions that learners can switch on and off instead of burned in?", "save an srt"),
    ("can you do captions that viewers can turn off instead of burning them in?", "save an srt"),
    ("is it possible to have subtitles people can toggle on and off?", "separate subtitle file"),
    ("could you make closed captions my students can switch off if they want?", "SRT or VTT"),
    ("能做那种观众自己可以开关的字幕吗 不要烧在画面上的", "导出srt"),
    ("可以出那种能关掉的字幕吗", "单独的字幕文件"),
    # two values of one setting, what they are for, then which one / what's better
    ("30fps or 60fps for skate clips whats better", "60 fps"),
    ("24fps or 60fps for a cooking vlog whats better", "fps"),
    ("mov or mp4 for instagram which one keeps it sharper", "MP4"),
    ("mp4 or mov for youtube which one looks better", "MP4"),
    ("4:5 or 9:16 for the insta feed which one", "4:5"),
    ("1:1 or 4:5 for the facebook feed which one", "4:5"),
    ("720p or 1080p for the church website which one", "1080p"),
    ("vertical or square for linkedin whats better", "4:5"),
    # music in a video for a business: whether it must be paid for, whether it is commercial use
    ("俺这卖苹果的视频配个歌 要给钱不 这算商用不", "商用"),
    ("公司年会视频配首热歌 要给钱不 算商用不", "授权"),
    ("饭店视频放周杰伦的歌 会被告不", "授权"),
    ("adding music to my shop ad video, does that count as commercial use", "commercial use"),
    # a file too big for an upload limit: how to get under it
    ("视频太大传不上去 房源网站限200M 咋整", "导出720p"),
    ("视频超过100兆传不上去 咋弄小一点", "导出720p"),
    ("太大了传不上去 网站限制300M 咋办", "分成几段"),
    ("file is too big for the listing site, they cap it at 200mb, what do i do", "export at 720p"),
    ("video wont upload, the portal has a 100mb limit, how do i get it under that", "upload limit"),
    # two names for one feature checked: yes (or not quite), and what it is here
    ("剪映里的画中画跟你这的pip是一个意思吧", "是的"),
    ("你说的pip就是画中画吧", "画中画"),
    ("pr里的音频闪避跟你说的duck是一回事吧", "闪避"),
    ("剪映的转场跟你这的crossfade是一个东西吧", "不完全一样"),
    ("is capcut's overlay basically the same as your picture in picture?", "Yes, the same thing"),
    ("premiere's cross dissolve and your crossfade are the same thing right", "crossfade"),
]


@pytest.mark.parametrize(("text", "words"), ANSWERED)
def test_answered(text: str, words: str) -> None:
    plan = _plan(text, music=True)
    assert plan.answer and not plan.ops and plan.export is None
    assert not plan.question and not plan.refusal
    assert words in plan.answer, plan.answer


REFUSED: list[tuple[str, bool, str]] = [
    ("auto switch between the two camera angles to whoever is talking", True, "split"),
    ("switch between the two cameras automatically whenever a different person talks", True, "by hand"),
    ("auto cut between cam a and cam b based on who's speaking", True, "camera angles"),
    ("make it cut to whichever camera shows the person talking", True, "picture-in-picture"),
    ("两个机位 谁说话就自动切到谁", True, "手动剪"),
    ("多机位自动切换 按说话的人切", True, "机位"),
    ("客厅墙拍出来有点黄 给我换成纯白的", False, "自动校色"),
    ("卧室墙面看着发黄 帮我弄成白的", False, "自动校色"),
    ("客厅的沙发拍出来发灰 给我改成米白色", False, "整体调"),
    ("the kitchen wall came out yellow, make it pure white", False, "auto fix the colours"),
    ("the sofa looks grey in the video, can you make it white", False, "whole video"),
]


@pytest.mark.parametrize(("text", "clips3", "words"), REFUSED)
def test_refused_with_what_instead(text: str, clips3: bool, words: str) -> None:
    plan = _plan(text, clips3=clips3)
    assert plan.refusal and not plan.ops and plan.export is None and not plan.question
    assert words in plan.refusal, plan.refusal


# near phrasings that are still edits
DONE: list[tuple[str, bool, dict[str, Any]]] = [
    ("can you add subtitles?", False, {"op": "add_subtitles"}),
    ("add subtitles viewers can switch off, as an srt", False,
     {"op": "add_subtitles", "burn": False, "sidecar": "srt"}),
    ("can u add subtitles with an srt file too, some families need captions", False,
     {"op": "add_subtitles", "sidecar": "srt"}),
    ("4:5 for the insta feed", False, {"op": "set_aspect", "ratio": "4:5"}),
    ("俺这卖苹果的视频配个歌 音量20%", False, {"op": "add_music", "volume": 0.2}),
    ("too big for the listing site, make it 720p", False, {"op": "resolution", "max_height": 720}),
    ("文件太大了 分辨率降到720p吧", False, {"op": "resolution", "max_height": 720}),
    ("用剪映那种画中画 把b.mp4放右下角", True, {"op": "pip", "media_id": "b.mp4", "pos": "bottom-right"}),
    ("the wall looks yellow, make it black and white", False, {"op": "color", "gray": True}),
    ("横屏咋变竖屏啊 弄成9:16", False, {"op": "set_aspect", "ratio": "9:16"}),
]


@pytest.mark.parametrize(("text", "clips3", "fields"), DONE)
def test_edits_still_done(text: str, clips3: bool, fields: dict[str, Any]) -> None:
    plan = _plan(text, clips3=clips3)
    assert not plan.answer and not plan.question and not plan.refusal
    assert len(plan.ops) == 1
    got = plan.ops[0].model_dump()
    for k, v in fields.items():
        assert got[k] == v, (k, got)


def test_subtitle_colour_is_not_a_thing_recoloured() -> None:
    # "字幕有点小 改成白色的": the subtitles are the edit's own - their own reply, not the picture's
    plan = _plan("字幕有点小 改成白色的")
    assert "自动校色" not in (plan.refusal or "")
