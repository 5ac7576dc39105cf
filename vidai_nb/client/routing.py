"""Route a chat message to export / credits / status / upload / agent (PROTOCOL.md §5).

A message is split into clauses ("trim it, add subtitles, and export" → three). In each clause
the *first* keyword decides what the clause is, so "add subtitles showing the download status"
is an edit (its first keyword is the verb "add"; "download" and "status" are only its object).
If any clause is an edit, the whole message is an agent turn, and an export clause in it means
"export afterwards" (`then_export`). Otherwise the first request clause decides.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

Action = Literal["export", "credits", "status", "upload", "agent"]
_Kind = Literal["export", "credits", "status", "upload", "edit"]


@dataclass(frozen=True)
class Route:
    """Where a message goes. `then_export`: export after the agent turn (or upload + turn);
    `then_agent`: after an upload, send the message to the agent too."""

    action: Action
    then_export: bool = False
    then_agent: bool = False
    reason: str = ""


def _forms(*verbs: str) -> str:
    """A regex alternative of the verbs with their usual inflections (add/adds/added/adding)."""
    out: set[str] = set()
    for v in verbs:
        out |= {v, v + "s", v + "es", v + "ed", v + "d", v + "ing"}
        if v.endswith("e"):
            out.add(v[:-1] + "ing")
        if re.search(r"[^aeiou][aeiou][bdgmnpt]$", v):
            out |= {v + v[-1] + "ing", v + v[-1] + "ed"}
        if v.endswith("y"):
            out.add(v[:-1] + "ies")
    return "|".join(sorted(out, key=len, reverse=True))


_EDIT_VERBS = _forms(
    "add",
    "trim",
    "cut",
    "remove",
    "delete",
    "make",
    "change",
    "insert",
    "put",
    "speed",
    "slow",
    "mute",
    "unmute",
    "crop",
    "resize",
    "rotate",
    "flip",
    "generate",
    "create",
    "redo",
    "undo",
    "replace",
    "apply",
    "split",
    "merge",
    "join",
    "fade",
    "zoom",
    "translate",
    "set",
    "use",
    "move",
    "increase",
    "decrease",
    "lower",
    "raise",
    "boost",
    "reduce",
    "shorten",
    "lengthen",
    "extend",
    "keep",
    "drop",
    "swap",
    "reorder",
    "caption",
    "subtitle",
    "transcribe",
    "overlay",
    "blur",
    "sharpen",
    "brighten",
    "darken",
    "stabilize",
    "denoise",
    "normalize",
    "loop",
    "reverse",
    "freeze",
    "insert",
    "duplicate",
    "append",
    "prepend",
    "attach",
    "include",
    "write",
    "type",
    "edit",
    "adjust",
    "fix",
    "clean",
    "tighten",
    "cut out",
    "get rid",
    "turn",
    "convert",
    "restore",
    "revert",
    "go back",
    "enlarge",
    "shrink",
    "color",
    "colour",
    "grade",
    "stretch",
    "roll",
    "scroll",
    "shift",
    "place",
    "center",
    "align",
    "title",
    "mix",
    "duck",
    "silence",
    "highlight",
)
_EDIT_NOUNS = (
    r"subtitles?|captions?|music|bgm|soundtrack|transitions?|filters?|effects?|logo|watermark|intro|outro"
)

# Per kind: patterns whose first match position in a clause competes with the other kinds'.
_PATTERNS: dict[_Kind, list[str]] = {
    "status": [
        r"\b(?:export|download|render(?:ing)?|upload)\s+(?:status|progress)\b",  # "the export status"
        # questions about an export are not a new export: "is the export done?", "how's the render going"
        r"\b(?:is|are|has)\s+(?:the\s+|my\s+|it\s+)?(?:export|render|video|download)?\s*"
        r"(?:done|ready|finished|complete|rendered|exported)\b",
        r"\bhow(?:'s|\s+is)\s+(?:the\s+|my\s+)?(?:export|render|download)",
        "导出好了吗",
        "导出完了吗",
        "好了吗",
        r"\bstatus\b",
        r"\bstate\b",
        r"\bshow\s+(?:me\s+)?(?:the\s+)?(?:tracks?|timeline|draft|project)\b",
        r"\btracks\b",
        r"\btimeline\b",
        r"\bwhere\s+are\s+we\b",
        r"\bsummary\b",
        r"\bprogress\b",
        r"\bwhat(?:'s|\s+is|\s+does)\s+(?:it|the\s+(?:video|timeline|project|edit))\s+(?:look|like)",
        r"\bwhat\s+(?:have\s+we\s+got|do\s+we\s+have)\b",
        r"\bcurrent\s+(?:state|timeline|draft|edit)\b",
        "导出进度",
        "下载进度",
        "状态",
        "现在什么样",
        "什么样了",
        "轨道",
        "时间线",
        "进度",
        "现在的样子",
    ],
    "export": [
        r"\bexport\w*",
        r"\bdownload\w*",
        r"\brender(?:s|ed)?\b",
        r"\bsend\s+(?:me|it|over|the\s+(?:video|file|result|final))",
        r"\bsave\s+(?:it|this|the\s+video)?\s*as\s+(?:an?\s+)?(?:mp4|mov|webm|gif|video|file)\b",
        r"\bgive\s+me\s+the\s+(?:video|file|mp4|result|final)",
        r"\bget\s+(?:me\s+)?the\s+(?:final\s+)?(?:video|file|mp4)\b",
        r"\bfinal\s+(?:video|cut|file)\s+please\b",
        "导出",
        "下载",
        "渲染",
        "输出视频",
        "发给我",
        "发我",
    ],
    "credits": [
        r"\bcredits?\b",
        r"\bbalance\b",
        r"\bbilling\b",
        r"\bquota\b",
        r"\bpoints?\s+(?:left|remaining)\b",
        r"\bhow\s+much\s+(?:credit|money)",
        "积分",
        "余额",
        "额度",
        "点数",
    ],
    "upload": [r"\bupload\w*", "上传", r"\battach\s+(?:a|the|my|this)\s+(?:file|video|clip)"],
    "edit": [
        rf"\b(?:{_EDIT_VERBS})\b",
        rf"\b(?:{_EDIT_NOUNS})\b",
        "添加",
        "加上",
        "加入",
        "加",
        "剪",
        "裁",
        "删",
        "去掉",
        "去除",
        "生成",
        "重新生成",
        "换",
        "改",
        "调",
        "配乐",
        "配上",
        "字幕",
        "标题",
        "转场",
        "加速",
        "减速",
        "放慢",
        "静音",
        "旋转",
        "翻转",
        "合并",
        "拼接",
        "插入",
        "替换",
        "撤销",
        "重做",
        "变",
        "缩短",
        "延长",
        "淡入",
        "淡出",
        "滤镜",
        "特效",
        "背景音乐",
    ],
}
_COMPILED: dict[_Kind, list[re.Pattern[str]]] = {
    kind: [re.compile(p) for p in pats] for kind, pats in _PATTERNS.items()
}
# Verbs that, at the head of a clause, make a credits/status word the object of an edit.
_BALANCE_AS_VERB = re.compile(
    r"^\s*(?:please\s+)?balance\s+(?:the\s+|my\s+|all\s+)?(?:audio|sound|levels?|volume|music|colou?rs?|mix|voices?)"
)
_NEGATION = re.compile(
    r"\b(?:don'?t|do\s+not|never|no\s+need\s+to|not\s+yet|stop|without)\b|不要|别|不用|先别|无需"
)

_SPLIT = re.compile(
    r"[,;.!?\n，。；！？、]+|\s+(?:and\s+then|and|then|after\s+that|afterwards|also|plus|finally|once\s+done)\s+"
    r"|\b(?:after|before)\b|然后|接着|之后|最后|并且|并|同时|再"
)
_KIND_ORDER: tuple[_Kind, ...] = ("status", "export", "credits", "upload", "edit")


def _normalize(message: str) -> str:
    text = unicodedata.normalize("NFKC", message).lower()
    return text.replace("’", "'").replace("‘", "'")


def _classify(clause: str) -> tuple[_Kind | None, str]:
    """The kind of one clause (by its earliest keyword) and the keyword that decided it."""
    if _BALANCE_AS_VERB.search(clause):
        return "edit", "balance (as a verb)"
    best: tuple[int, int, _Kind, str] | None = None
    for rank, kind in enumerate(_KIND_ORDER):
        for pattern in _COMPILED[kind]:
            m = pattern.search(clause)
            if m and (best is None or (m.start(), rank) < (best[0], best[1])):
                best = (m.start(), rank, kind, m.group(0))
    if best is None:
        return None, ""
    start, _, kind, word = best
    if kind != "edit" and _NEGATION.search(clause[:start]):
        return "edit", f"negated {word!r}"  # "don't export yet, first …" is for the agent
    return kind, word


def route(message: str, attachments: Sequence[object] = ()) -> Route:
    """Decide what to do with a chat message (and any attached files)."""
    text = _normalize(message)
    clauses = [c.strip() for c in _SPLIT.split(text) if c and c.strip()]
    kinds = [_classify(c) for c in clauses]
    edits = [w for k, w in kinds if k == "edit"]
    exports = [w for k, w in kinds if k == "export"]
    if attachments:
        return Route("upload", then_export=bool(exports), then_agent=bool(edits), reason="files attached")
    if edits:
        return Route("agent", then_export=bool(exports), reason=f"edit word {edits[0]!r}")
    for kind, word in kinds:
        if kind is not None and kind != "edit":
            return Route(kind, reason=f"{kind} word {word!r}")
    return Route("agent", reason="no routing word")
