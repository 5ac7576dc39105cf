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
        self._problems.append(f"没能{what}：{why}" if self.zh else f"{what} ({why})")

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

    def answer(self, text: str) -> list[str]:
        """A question or advice answered: the answer first; the draft was not touched."""
        tail = "（没有修改视频。）" if self.zh else "(Nothing in the video was changed.)"
        return [text.rstrip(), "\n\n" + tail]

    def refusal_only(self, text: str | None) -> list[str]:
        body = text or ("这个我做不到。" if self.zh else "I can't do that.")
        first = "没有做任何修改：" if self.zh else "Nothing was changed: "
        return [first + body, *self._details([])]

    def _notes_text(self) -> list[str]:
        return list(self._notes)

    def _first(self) -> str:
        """The one plain sentence of what changed."""
        if self._done:
            if self.zh:
                return "好的，" + "；".join(self._done) + "。"
            return "Done: " + "; ".join(self._done) + "."
        if self._export:
            return self._export
        return "没有做任何修改。" if self.zh else "Nothing was changed."

    def _details(self, extra: list[str]) -> list[str]:
        parts: list[str] = []
        if self._problems:
            parts.append(("但" + "；".join(self._problems) + "。") if self.zh else
                         ("I couldn't do everything: " + "; ".join(self._problems) + "."))
        parts += extra
        parts += self._notes_text()
        parts = [p.strip() for p in parts if p and p.strip()]
        return ["\n\n" + ("\n".join(parts))] if parts else []

    def chunks(self, draft: dict[str, Any] | None) -> list[str]:
        """Reply convention: one sentence of what changed, a blank line, then the details."""
        extra: list[str] = []
        if self._changes and not self.zh:
            extra.append(f"Changes: {self._changes}.")
        if draft is not None and not self.zh:  # the timeline summary is English-only
            try:
                from vidai_nb.timeline import summary

                extra.append(summary(draft))
            except Exception:  # summary is a courtesy
                pass
        first = self._first()
        if self._export and first != self._export:
            extra.append(self._export)
        return [first, *self._details(extra)]
