"""Translate GUI phrases in the agent's text into what a notebook user does instead (PROTOCOL.md §3):
click → run the call; open → show the state; drag/drop → describe the edit in a message;
preview in timeline → the track summary; Export / 导出 → export; account/billing → credits."""

from __future__ import annotations

import re

_Q = r"[\"'“”‘’「」『』]?"
_BTN = r"(?:\s+(?:button|tab|icon|menu))?"

_RULES: list[tuple[re.Pattern[str], str]] = [
    # English: specific buttons first, then the generic click.
    (
        re.compile(
            rf"\b(?:click|tap|press|hit|select)(?:\s+on)?(?:\s+the)?\s+{_Q}(?:export|download|render){_Q}{_BTN}",
            re.I,
        ),
        'say "export"',
    ),
    (
        re.compile(
            r"\b(?:check|open|view|visit)\s+(?:your\s+|the\s+)?(?:account|billing)(?:\s+(?:page|settings))?",
            re.I,
        ),
        'say "credits"',
    ),
    (
        re.compile(r"\bpreview(?:\s+it)?\s+in\s+the\s+timeline\b|\bpreview\s+the\s+timeline\b", re.I),
        'say "status" to see the track summary',
    ),
    (
        re.compile(
            r"\bopen\s+(?:the\s+)?(?:\w+\s+)?(?:panel|sidebar|editor|timeline|inspector|project|settings)\b",
            re.I,
        ),
        'say "status"',
    ),
    (
        re.compile(
            r"\bdrag(?:ging)?(?:\s+and\s+drop(?:ping)?)?\b|\bdrop\s+(?=(?:it|the\s+\w+)\s+(?:on|onto|into)\b)",
            re.I,
        ),
        "describe the move in a message: move",
    ),
    (
        re.compile(
            rf"\b(?:click|tap|press)(?:\s+on)?(?:\s+the)?\s+{_Q}([\w ]{{1,30}}?){_Q}\s+(?:button|tab|icon)",
            re.I,
        ),
        r'say "\1"',
    ),
    (
        re.compile(r"\b(?:click|tap|press)(?:\s+on)?(?:\s+the)?\s+[\"“']([^\"”']{1,30})[\"”']", re.I),
        r'say "\1"',
    ),
    # Chinese.
    (re.compile(r"点击\s*[「『“\"]?(?:导出|下载)[」』”\"]?(?:按钮)?"), "说“导出”"),
    (re.compile(r"(?:查看|打开)?(?:账户|账单|帐户)(?:页面|设置)?"), "说“积分”"),
    (re.compile(r"在时间线(?:中|上|里)?预览"), "说“状态”查看轨道摘要"),
    (re.compile(r"打开[^，。,.]{0,6}?(?:面板|侧边栏|编辑器|时间线)"), "说“状态”"),
    (re.compile(r"拖(?:动|拽|放)([^，。,.]{1,12}?)到"), r"发一句话说明把\1移到"),
    (re.compile(r"拖(?:动|拽|放)"), "发一句话说明怎么移动"),
    (re.compile(r"点击\s*[「『“\"]([^」』”\"]{1,20})[」』”\"](?:按钮)?"), r"说“\1”"),
    (re.compile(r"点击\s*(\S{1,8}?)按钮"), r"说“\1”"),
]


def translate_gui(text: str) -> str:
    """`text` with GUI instructions replaced by notebook ones; other text is unchanged."""
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text
