"""Engine settings, read once from the environment.

Every setting is a field of `Settings` and has exactly one environment variable, listed in `ENV`
with what it means (tests check that the two agree). `python -m vidai_nb.engine --data-dir D`
overrides `VIDAI_DATA_DIR`; `VIDAI_LOG_LEVEL` (default `info`) is read by `__main__`.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

DAY_S = 24 * 3600

# field -> (environment variable, meaning)
ENV: dict[str, tuple[str, str]] = {
    "data_dir": ("VIDAI_DATA_DIR", "where the database, media and renders live (default: the user data dir)"),
    "database_url": (
        "VIDAI_DATABASE_URL",
        "SQLAlchemy URL of the database (default: a SQLite file in the data dir); "
        "`postgresql+psycopg://user@host/db` makes a shared deployment (docs/deploy.md)",
    ),
    "anonymous_tokens": (
        "VIDAI_ANONYMOUS_TOKENS",
        "`on`: anyone who reaches the engine gets an anonymous token; `off`: only named users "
        "(`vidai-engine users add`), e.g. a class server",
    ),
    "token_ttl_s": ("VIDAI_TOKEN_TTL_S", "anonymous token lifetime in seconds (protocol: 7 days)"),
    "token_window_s": ("VIDAI_TOKEN_WINDOW_S", "window for the token issuance limits, seconds (7 days)"),
    "tokens_per_client": ("VIDAI_TOKENS_PER_CLIENT", "tokens one client id may get per window"),
    "tokens_per_ip": ("VIDAI_TOKENS_PER_IP", "tokens one non-loopback IP may get per window (10)"),
    "tokens_per_ip_loopback": (
        "VIDAI_TOKENS_PER_IP_LOOPBACK",
        "tokens per window for 127.0.0.1 / ::1 (generous: every local notebook shares it)",
    ),
    "requests_per_minute": (
        "VIDAI_REQUESTS_PER_MINUTE",
        "requests per minute per IP and per user (429 beyond)",
    ),
    "static_token": ("VIDAI_STATIC_TOKEN", "optional bearer for a shared deployment: maps to one fixed user"),
    "static_credits": ("VIDAI_STATIC_CREDITS", "credits of the static-token user"),
    "initial_credits": ("VIDAI_INITIAL_CREDITS", "credits of a new anonymous user (100)"),
    "turn_cost": (
        "VIDAI_TURN_COST",
        "credits an edit turn costs (refunded when it changes nothing); export is free",
    ),
    "max_upload_bytes": ("VIDAI_MAX_UPLOAD_BYTES", "per-file upload limit in bytes (500 MB; error 4002)"),
    "url_fetch_timeout_s": ("VIDAI_URL_FETCH_TIMEOUT_S", "timeout for URL uploads, seconds"),
    "signed_url_ttl_s": ("VIDAI_SIGNED_URL_TTL_S", "lifetime of signed cdn_url / outputUrl links, seconds"),
    "render_workers": ("VIDAI_RENDER_WORKERS", "concurrent renders (0 = one per core)"),
    "ffmpeg": ("VIDAI_FFMPEG", "ffmpeg binary to use (default: imageio-ffmpeg's)"),
    "heartbeat_s": ("VIDAI_HEARTBEAT_S", "seconds of silence in a turn before the server sends a heartbeat"),
    "credits": (
        "VIDAI_CREDITS",
        "`on`: charge edit turns (a shared deployment); `off`: unlimited "
        "(default: on with a static token or a PostgreSQL database)",
    ),
    "idle_exit_min": (
        "VIDAI_IDLE_EXIT_MIN",
        "stop the engine after this many minutes without a client request (0 = never)",
    ),
    # -- bounded work (engine/limits.py): drafts and render requests past these are refused (422) --
    "max_canvas_long": ("VIDAI_MAX_CANVAS_LONG", "longest side of a canvas or an export, pixels (4096)"),
    "max_canvas_short": ("VIDAI_MAX_CANVAS_SHORT", "shortest side of a canvas or an export, pixels (2160)"),
    "max_programme_s": ("VIDAI_MAX_PROGRAMME_S", "longest programme a draft may describe, seconds (3 h)"),
    "max_segments": ("VIDAI_MAX_SEGMENTS", "most picture and sound segments in one draft, all tracks (1000)"),
    "max_text_segments": (
        "VIDAI_MAX_TEXT_SEGMENTS",
        "most text segments (subtitle cues, titles) in one draft (5000: subtitles of a few hours)",
    ),
    "max_text_chars": ("VIDAI_MAX_TEXT_CHARS", "most characters in one text segment (2000)"),
    "max_freeze_s": ("VIDAI_MAX_FREEZE_S", "longest freeze-frame segment, seconds (600)"),
    "min_speed": ("VIDAI_MIN_SPEED", "slowest segment speed (0.25)"),
    "max_speed": ("VIDAI_MAX_SPEED", "fastest segment speed (4)"),
    "renders_per_user": ("VIDAI_RENDERS_PER_USER", "exports one user may have pending or running (2)"),
    "render_nice": ("VIDAI_RENDER_NICE", "niceness added to ffmpeg renders (API stays responsive) (10)"),
    "render_threads": (
        "VIDAI_RENDER_THREADS",
        "threads per ffmpeg render (0 = half the cores, at least 1; -1 = ffmpeg's own choice)",
    ),
    "storage_url": (
        "VIDAI_STORAGE_URL",
        "where media and renders live: unset = the data directory; a folder; or s3://bucket/prefix "
        "(endpoint and keys from AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION)",
    ),
    "storage_downloads": (
        "VIDAI_STORAGE_DOWNLOADS",
        "S3 downloads: `redirect` to a presigned store URL, or `proxy` the bytes (with Range) through "
        "the engine where clients cannot reach the store",
    ),
    "storage_cache_mb": (
        "VIDAI_STORAGE_CACHE_MB",
        "with S3: most megabytes of source media a worker keeps in its local cache (<data dir>/cache)",
    ),
    "storage_sweep_s": (
        "VIDAI_STORAGE_SWEEP_S",
        "with S3: seconds between sweeps of orphan objects by the workers (also one at start-up; 0 = never)",
    ),
    "storage_sweep_grace_s": (
        "VIDAI_STORAGE_SWEEP_GRACE_S",
        "with S3: an unfinished upload, or an object no database row names, is swept once this old (s)",
    ),
    "url_fetch_loopback": (
        "VIDAI_URL_FETCH_LOOPBACK",
        "URL uploads from loopback addresses: auto (allowed unless VIDAI_STATIC_TOKEN is set), yes or no",
    ),
}

# What the balance reports where credits are not enforced (the local engine): more than anyone can spend.
UNLIMITED_CREDITS = 1_000_000_000


@dataclass(frozen=True)
class Settings:
    """Everything the engine can be told (see `ENV` for the variables and their meaning)."""

    data_dir: Path = field(default_factory=lambda: Path(platformdirs.user_data_dir("vidai_nb")))
    database_url: str = ""
    anonymous_tokens: str = "on"
    token_ttl_s: int = 7 * DAY_S
    token_window_s: int = 7 * DAY_S
    tokens_per_client: int = 50
    tokens_per_ip: int = 10
    tokens_per_ip_loopback: int = 10_000
    requests_per_minute: int = 6_000
    static_token: str | None = None
    static_credits: int = 1_000_000
    initial_credits: int = 100
    turn_cost: int = 1
    max_upload_bytes: int = 500 * 1024 * 1024
    url_fetch_timeout_s: int = 60
    signed_url_ttl_s: int = 3600
    render_workers: int = 0
    ffmpeg: str | None = None
    heartbeat_s: float = 5.0
    # bounded work (see ENV)
    max_canvas_long: int = 4096
    max_canvas_short: int = 2160
    max_programme_s: int = 3 * 3600
    max_segments: int = 1000
    max_text_segments: int = 5000
    max_text_chars: int = 2000
    max_freeze_s: int = 600
    min_speed: float = 0.25
    max_speed: float = 4.0
    renders_per_user: int = 2
    render_nice: int = 10
    render_threads: int = 0
    url_fetch_loopback: str = "auto"
    storage_url: str = ""
    storage_downloads: str = "redirect"
    storage_cache_mb: int = 10_000  # read by engine/storage/cache.py from the environment (workers too)
    storage_sweep_s: float = 3600.0
    storage_sweep_grace_s: float = 21600.0  # 6 h: a 500 MB upload at 25 KB/s still finishes
    credits: str = ""
    idle_exit_min: float = 0.0

    @property
    def credits_enforced(self) -> bool:
        """Credits are a shared deployment's business; a person's own engine never charges."""
        if self.credits.strip().lower() in ("on", "1", "true", "yes"):
            return True
        if self.credits.strip().lower() in ("off", "0", "false", "no"):
            return False
        return bool(self.static_token) or self.shared

    @property
    def anonymous_allowed(self) -> bool:
        return self.anonymous_tokens.strip().lower() not in ("off", "0", "false", "no")

    @property
    def shared(self) -> bool:
        """A server database (PostgreSQL): several API processes share it, and the state a single engine
        keeps in memory (turn locks, rate limits, the URL-signing key) lives in it instead."""
        return self.database_url.strip().startswith("postgresql")

    @property
    def database(self) -> str:
        """The database URL the store opens: VIDAI_DATABASE_URL, else the SQLite file in the data dir."""
        return self.database_url.strip() or f"sqlite:///{self.db_path}"

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
    def storage_proxied(self) -> bool:
        """Downloads from an S3 store go through the engine (clients cannot reach the store)."""
        return self.storage_downloads.strip().lower() in ("proxy", "proxied", "engine")

    @property
    def fetch_allows_loopback(self) -> bool:
        """Loopback URLs are the local user's own files; a shared (static-token) engine refuses them."""
        value = self.url_fetch_loopback.strip().lower()
        if value in ("yes", "true", "1", "allow"):
            return True
        if value in ("no", "false", "0", "refuse"):
            return False
        return not self.static_token

    @property
    def ffmpeg_threads(self) -> int:
        if self.render_threads < 0:
            return 0  # no cap
        return self.render_threads or max(1, (os.cpu_count() or 2) // 2)

    @property
    def workers(self) -> int:
        return self.render_workers if self.render_workers > 0 else max(1, os.cpu_count() or 1)

    def with_data_dir(self, data_dir: Path) -> Settings:
        return replace(self, data_dir=data_dir)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Settings from `VIDAI_*` variables; a malformed number is a clear error at start-up."""
        e = os.environ if env is None else env
        values: dict[str, Any] = {}
        for f in fields(cls):
            name = ENV[f.name][0]
            raw = e.get(name, "").strip()
            if not raw:
                continue
            kind = str(f.type)
            try:
                if f.name == "data_dir":
                    values[f.name] = Path(raw).expanduser()
                elif kind.startswith("int"):
                    values[f.name] = int(raw)
                elif kind.startswith("float"):
                    values[f.name] = float(raw)
                else:
                    values[f.name] = raw
            except ValueError as exc:
                raise ValueError(f"{name} must be a number, got {raw!r}") from exc
        return cls(**values)


def settings_for_cli(parser: argparse.ArgumentParser, data_dir: Path | None) -> Settings:
    """The settings of a command-line entry point: `VIDAI_*` variables, then `--data-dir` over them.
    A malformed variable ends the program with the parser's usage error (which one, no traceback)."""
    try:
        settings = Settings.from_env()
    except ValueError as exc:
        parser.error(str(exc))
    if data_dir is not None:
        settings = settings.with_data_dir(data_dir.expanduser().resolve())
    return settings
