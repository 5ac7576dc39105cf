"""Result dataclasses returned by the client (plain data, safe to display)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Session:
    session_id: str
    task_id: str | None = None
    user_id: str | None = None


@dataclass(frozen=True)
class AnonymousToken:
    """The answer to the anonymous-token request; the token itself stays inside the client."""

    user_id: str
    expires_at: str | None
    credits: float | None


@dataclass(frozen=True)
class UploadedFile:
    filename: str
    file_type: str
    cdn_url: str | None = None
    duration: float | None = None
    width: int | None = None
    height: int | None = None
    fps: float | None = None
    hash: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> UploadedFile:
        return cls(
            filename=str(data.get("filename") or ""),
            file_type=str(data.get("file_type") or ""),
            cdn_url=data.get("cdn_url"),
            duration=_num(data.get("duration")),
            width=_int(data.get("width")),
            height=_int(data.get("height")),
            fps=_num(data.get("fps")),
            hash=data.get("hash"),
            raw=dict(data),
        )


@dataclass(frozen=True)
class Credits:
    available: float
    frozen: float
    total: float
    unlimited: bool = False  # the backend does not charge (the local engine): nothing to show or count

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Credits:
        available = _num(data.get("available")) or 0.0
        frozen = _num(data.get("frozen")) or 0.0
        total = _num(data.get("total"))
        return cls(available=available, frozen=frozen, total=available + frozen if total is None else total,
                   unlimited=data.get("unlimited") is True)

    def __str__(self) -> str:
        if self.unlimited:
            return "Credits: unlimited — this engine does not charge for edits."
        return (
            f"Credits: {_fmt(self.available)} available, {_fmt(self.frozen)} reserved, "
            f"{_fmt(self.total)} total"
        )


@dataclass(frozen=True)
class SessionState:
    session_id: str
    draft: dict[str, Any] | None
    video_infos: list[dict[str, Any]] = field(default_factory=list)
    canvas_config: dict[str, Any] | None = None
    generated_media: list[Any] = field(default_factory=list)
    video_analyses: list[Any] | dict[str, Any] = field(default_factory=list)
    task_id: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass(frozen=True)
class ExportStatus:
    """One poll of a render: status is pending / processing / completed / failed (or cancelled)."""

    id: str
    status: str
    progress: float
    url: str | None = None
    error: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def done(self) -> bool:
        return self.status in ("completed", "failed", "cancelled", "canceled")


@dataclass(frozen=True)
class ExportResult:
    render_id: str
    status: str
    url: str | None
    path: Path | None = None
    attempts: int = 1


def _num(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _int(value: Any) -> int | None:
    n = _num(value)
    return None if n is None else int(n)


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"
