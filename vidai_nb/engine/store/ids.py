"""Generated identifiers and UTC time (the store keeps naive UTC datetimes)."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime


def new_id(prefix: str, nbytes: int = 12) -> str:
    return f"{prefix}{secrets.token_hex(nbytes)}"


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def iso(dt: datetime | None) -> str | None:
    """ISO-8601 with an explicit Z (stored datetimes are naive UTC)."""
    if dt is None:
        return None
    return dt.replace(microsecond=(dt.microsecond // 1000) * 1000).isoformat(timespec="milliseconds") + "Z"
