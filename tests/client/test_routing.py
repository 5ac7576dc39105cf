"""Routing of chat messages (PROTOCOL.md §5): English and Chinese, robust to case, punctuation and
surrounding words, with edits taking precedence over the words they mention."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vidai_nb.client import Route, route

CASES: list[tuple[str, str, bool]] = [
    # (message, expected action, then_export)
    # --- export
    ("export", "export", False),
    ("Export!", "export", False),
    ("EXPORT THE VIDEO", "export", False),
    ("can you export it now?", "export", False),
    ("please export as webm", "export", False),
    ("export in 720p please", "export", False),
    ("download", "export", False),
    ("I want to download the video", "export", False),
    ("send me the video", "export", False),
    ("Send it over when ready.", "export", False),
    ("render it", "export", False),
    ("ok, export now", "export", False),
    ("save it as an mp4", "export", False),
    ("give me the final video", "export", False),
    ("导出", "export", False),
    ("导出视频", "export", False),
    ("帮我导出一下。", "export", False),
    ("把视频导出来", "export", False),
    ("下载", "export", False),
    ("请把成片发给我", "export", False),
    # --- credits
    ("credits", "credits", False),
    ("How many credits do I have left?", "credits", False),
    ("what's my balance", "credits", False),
    ("What’s my balance?", "credits", False),
    ("balance?", "credits", False),
    ("check my credit balance please", "credits", False),
    ("show billing", "credits", False),
    ("积分", "credits", False),
    ("我还有多少积分？", "credits", False),
    ("余额多少", "credits", False),
    ("查一下余额", "credits", False),
    # --- status
    ("status", "status", False),
    ("Status?", "status", False),
    ("what's the status", "status", False),
    ("show tracks", "status", False),
    ("show me the timeline", "status", False),
    ("what does it look like now?", "status", False),
    ("where are we?", "status", False),
    ("what's the export status?", "status", False),
    ("is the export done?", "status", False),
    ("Is it ready yet?", "status", False),
    ("how's the render going?", "status", False),
    ("导出好了吗？", "status", False),
    ("状态", "status", False),
    ("现在什么样了", "status", False),
    ("现在什么样了？", "status", False),
    ("看看时间线", "status", False),
    # --- upload
    ("upload", "upload", False),
    ("I'd like to upload a clip", "upload", False),
    ("上传", "upload", False),
    ("上传视频", "upload", False),
    # --- agent (edits), including edits that mention the routing words
    ("trim the first 10 seconds", "agent", False),
    ("add subtitles showing the download status", "agent", False),
    ("add a title that says 'export complete'", "agent", False),
    ("add rolling credits at the end", "agent", False),
    ("roll the credits over the last 5 seconds", "agent", False),
    ("balance the audio levels", "agent", False),
    ("remove the download link from the description text", "agent", False),
    ("make the status text bigger", "agent", False),
    ("add background music", "agent", False),
    ("redo", "agent", False),
    ("重新生成", "agent", False),
    ("加字幕", "agent", False),
    ("添加显示下载状态的字幕", "agent", False),
    ("把标题改成“导出完成”", "agent", False),
    ("make it 9:16", "agent", False),
    ("hello there", "agent", False),
    ("don't export yet, first add music", "agent", False),
    ("I love it", "agent", False),
    # --- an edit followed by an export
    ("trim the footage, add subtitles, and export as MP4", "agent", True),
    ("Trim to 10 s and then export.", "agent", True),
    ("add music then download it", "agent", True),
    ("cut the intro; send me the video", "agent", True),
    ("export as MP4 after adding subtitles", "agent", True),
    ("剪掉前10秒，加字幕，然后导出", "agent", True),
    ("加背景音乐再导出", "agent", True),
    ("添加字幕并导出MP4", "agent", True),
]


@pytest.mark.parametrize(("message", "action", "then_export"), CASES)
def test_route(message: str, action: str, then_export: bool) -> None:
    r = route(message)
    assert (r.action, r.then_export) == (action, then_export), r.reason


def test_there_are_many_cases_in_both_languages() -> None:
    zh = [m for m, _, _ in CASES if any("\u4e00" <= ch <= "\u9fff" for ch in m)]
    assert len(CASES) >= 60 and len(zh) >= 20


def test_attachments_route_to_upload() -> None:
    assert route("", attachments=["clip.mp4"]) == Route("upload", reason="files attached")
    r = route("add this as background music and export", attachments=["song.mp3"])
    assert (r.action, r.then_agent, r.then_export) == ("upload", True, True)
    r = route("here you go", attachments=["a.mp4"])
    assert (r.action, r.then_agent) == ("upload", False)


def test_route_explains_itself() -> None:
    assert "add" in route("add subtitles showing the download status").reason


_FILLERS_BEFORE = ["", "ok ", "hey, ", "please ", "um ", "so "]
_FILLERS_AFTER = ["", " please", " now", " thanks", " 谢谢", " :)"]
_PUNCT = ["", "?", "!", ".", "!!", "？", "。", "…"]


@settings(max_examples=200, deadline=None)
@given(
    case=st.sampled_from([c for c in CASES if c[1] != "agent" or c[2]]),
    before=st.sampled_from(_FILLERS_BEFORE),
    after=st.sampled_from(_FILLERS_AFTER),
    punct=st.sampled_from(_PUNCT),
    upper=st.booleans(),
)
def test_route_is_robust_to_case_punctuation_and_filler(
    case: tuple[str, str, bool], before: str, after: str, punct: str, upper: bool
) -> None:
    message, action, then_export = case
    text = f"{before}{message.upper() if upper else message}{after}{punct}"
    r = route(text)
    assert (r.action, r.then_export) == (action, then_export), (text, r.reason)
