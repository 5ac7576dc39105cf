"""Engine settings, read once from the environment (every knob documented here, nowhere else)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

import platformdirs

DAY_S = 24 * 3600


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ValueError(f"{name} must be an integer, got {raw!r}") from exc


@dataclass(frozen=True)
class Settings:
    """Everything the engine can be told. `from_env()` maps `VIDAI_*` variables onto these fields."""

    data_dir: Path = field(default_factory=lambda: Path(platformdirs.user_data_dir("vidai_nb")))
    # Auth: anonymous tokens live this long (protocol: 7 days); one user per client id.
    token_ttl_s: int = 7 * DAY_S
    # Token issuance limits over `token_window_s`: per client id, per IP, and per loopback IP (generous,
    # because on a laptop every notebook shares 127.0.0.1).
    token_window_s: int = 7 * DAY_S
    tokens_per_client: int = 50
    tokens_per_ip: int = 10
    tokens_per_ip_loopback: int = 10_000
    # General request rate per IP and per user, per minute (429 beyond).
    requests_per_minute: int = 6_000
    # Optional shared-deployment token (a bearer that maps to one fixed user).
    static_token: str | None = None
    static_credits: int = 1_000_000
    # Credits.
    initial_credits: int = 100
    turn_cost: int = 1
    # Uploads.
    max_upload_bytes: int = 500 * 1024 * 1024
    url_fetch_timeout_s: int = 60
    # Signed media / download URLs (for <video> tags, which cannot send headers) stay valid this long.
    signed_url_ttl_s: int = DAY_S
    # Jobs: in-process render workers (default: the number of cores).
    render_workers: int = 0
    ffmpeg: str | None = None
    heartbeat_s: float = 5.0

    @property
    def db_path(self) -> Path:
        return self.data_dir / "engine.sqlite3"  # jobs/render_job.py opens the same name

    @property
    def media_dir(self) -> Path:
        return self.data_dir / "media"

    @property
    def renders_dir(self) -> Path:
        return self.data_dir / "renders"

    @property
    def workers(self) -> int:
        return self.render_workers if self.render_workers > 0 else max(1, os.cpu_count() or 1)

    def with_data_dir(self, data_dir: Path) -> Settings:
        return replace(self, data_dir=data_dir)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        e = os.environ if env is None else env
        base = cls()
        data_dir = Path(e["VIDAI_DATA_DIR"]).expanduser() if e.get("VIDAI_DATA_DIR") else base.data_dir
        return cls(
            data_dir=data_dir,
            token_ttl_s=_int(e, "VIDAI_TOKEN_TTL_S", base.token_ttl_s),
            token_window_s=_int(e, "VIDAI_TOKEN_WINDOW_S", base.token_window_s),
            tokens_per_client=_int(e, "VIDAI_TOKENS_PER_CLIENT", base.tokens_per_client),
            tokens_per_ip=_int(e, "VIDAI_TOKENS_PER_IP", base.tokens_per_ip),
            tokens_per_ip_loopback=_int(e, "VIDAI_TOKENS_PER_IP_LOOPBACK", base.tokens_per_ip_loopback),
            requests_per_minute=_int(e, "VIDAI_REQUESTS_PER_MINUTE", base.requests_per_minute),
            static_token=e.get("VIDAI_STATIC_TOKEN") or None,
            static_credits=_int(e, "VIDAI_STATIC_CREDITS", base.static_credits),
            initial_credits=_int(e, "VIDAI_INITIAL_CREDITS", base.initial_credits),
            turn_cost=_int(e, "VIDAI_TURN_COST", base.turn_cost),
            max_upload_bytes=_int(e, "VIDAI_MAX_UPLOAD_BYTES", base.max_upload_bytes),
            url_fetch_timeout_s=_int(e, "VIDAI_URL_FETCH_TIMEOUT_S", base.url_fetch_timeout_s),
            signed_url_ttl_s=_int(e, "VIDAI_SIGNED_URL_TTL_S", base.signed_url_ttl_s),
            render_workers=_int(e, "VIDAI_RENDER_WORKERS", base.render_workers),
            ffmpeg=e.get("VIDAI_FFMPEG") or None,
            heartbeat_s=float(e.get("VIDAI_HEARTBEAT_S") or base.heartbeat_s),
        )
