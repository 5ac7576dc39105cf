"""The turn's reply text, in the session language: what changed, what could not be done, what's next."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Reply:
    zh: bool = False
    media_names: dict[str, str] = field(default_factory=dict)
    _done: list[str] = field(default_factory=list)
    _problems: list[str] = field(default_factory=list)
    _notes: list[str] = field(default_factory=list)
    _changes: str = ""
    _export: str = ""

    @property
    def lang(self) -> str:
        return "zh" if self.zh else "en"

    def done(self, phrase: str) -> None:
        self._done.append(phrase)

    def problem(self, what: str, why: str) -> None:
        self._problems.append(f"{what}：{why}" if self.zh else f"couldn't {what}: {why}")

    def note(self, text: str) -> None:
        if text and text not in self._notes:
            self._notes.append(text)

    def changes(self, before: dict[str, Any], after: dict[str, Any]) -> None:
        try:
            from vidai_nb.timeline import diff_text
        except ImportError:  # timeline is optional for the engine
            return
        try:
            self._changes = diff_text(before, after)
        except Exception:  # a diff is a courtesy; never fail the turn over it
            self._changes = ""

    def export(self, request: dict[str, Any]) -> None:
        fmt = str(request.get("format", "mp4")).upper()
        self._export = f"接下来导出为 {fmt}。" if self.zh else f"Exporting as {fmt} next."

    def question(self, text: str) -> list[str]:
        return [text]

    def refusal_only(self, text: str | None) -> list[str]:
        body = text or ("这个我做不到。" if self.zh else "I can't do that.")
        tail = "没有做任何修改。" if self.zh else "Nothing was changed."
        return [*self._notes_text(), body, " " + tail if not self.zh else tail]

    def _notes_text(self) -> list[str]:
        return [n + ("" if self.zh else " ") for n in self._notes]

    def chunks(self, draft: dict[str, Any] | None) -> list[str]:
        out: list[str] = []
        if self._done:
            out.append(("好的，" + "；".join(self._done) + "。") if self.zh else
                       ("Done: " + "; ".join(self._done) + ". "))
        if self._problems:
            out.append(("但是" + "；".join(self._problems) + "。") if self.zh else
                       ("But I " + "; ".join(self._problems) + ". "))
        if not self._done and not self._problems and not self._export:
            out.append("没有做任何修改。" if self.zh else "Nothing was changed. ")
        if self._changes and not self.zh:
            out.append(f"Changes: {self._changes}. ")
        if draft is not None and not self.zh:  # the timeline summary is English-only
            try:
                from vidai_nb.timeline import summary

                out.append(summary(draft) + ("" if self.zh else " "))
            except Exception:  # summary is a courtesy
                pass
        if self._export:
            out.append(self._export)
        out += self._notes_text()
        text = [c for c in out if c.strip()]
        if text and not self.zh:
            text[-1] = text[-1].rstrip()
        return text
