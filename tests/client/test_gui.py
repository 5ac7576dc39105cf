"""GUI phrases in the agent's text become notebook actions (PROTOCOL.md §3)."""

from __future__ import annotations

import pytest

from vidai_nb.client import translate_gui


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Click Export to download your video.", 'say "export" to download your video.'),
        ("When you're happy, click the Export button.", 'When you\'re happy, say "export".'),
        ('Tap "Download" when it is ready', 'say "export" when it is ready'),
        ("Open the effects panel to see the layers.", 'say "status" to see the layers.'),
        (
            "Drag the clip onto the timeline",
            "describe the move in a message: move the clip onto the timeline",
        ),
        ("You can preview in the timeline.", 'You can say "status" to see the track summary.'),
        ("Check your account for billing details", 'say "credits" for billing details'),
        ('Click the "Apply" button', 'say "Apply"'),
        ("Click Undo button to revert", 'say "Undo" to revert'),
        ("点击导出即可下载", "说“导出”即可下载"),
        ("完成后点击“导出”按钮", "完成后说“导出”"),
        ("打开特效面板查看", "说“状态”查看"),
        ("在时间线中预览效果", "说“状态”查看轨道摘要效果"),
        ("拖动片段到第二条轨道", "发一句话说明把片段移到第二条轨道"),
        ("查看账户余额", "说“积分”余额"),
        ("点击“应用”", "说“应用”"),
    ],
)
def test_translate_gui(text: str, expected: str) -> None:
    assert translate_gui(text) == expected


def test_text_without_gui_phrases_is_unchanged() -> None:
    text = "Trimmed to 0:10 and added subtitles (12 cues). The export is free."
    assert translate_gui(text) == text
