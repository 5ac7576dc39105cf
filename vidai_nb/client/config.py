"""Client configuration: environment + explicit arguments, the persisted client id, the platform.

Arguments win over the environment (PROTOCOL.md §1). The token is held in a `Secret` so that
no repr, log line or exception ever shows it.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from vidai_nb import protocol
from vidai_nb._version import __version__
from vidai_nb.client.errors import remember_secret

CLOUD_API_URL = "https://mega-api-prod.nemovideo.ai"
# vidai_nb's default backend is its own local engine (DESIGN.md); this is where it listens by default.
LOCAL_API_URL = "http://127.0.0.1:8765"
DEFAULT_WEB_URL = "https://nemovideo.com"
CLIENT_NAME = "vidai_nb"

# A client id we accept from the file: a UUID or a similar opaque word (no spaces, no newlines).
_CLIENT_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$")


class Secret:
    """A string that never shows itself in repr/str; `reveal()` is the one way to read it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value
        remember_secret(value)

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


@dataclass(frozen=True)
class Timings:
    """Every waiting time the protocol prescribes, shrinkable for tests (seconds)."""

    # "⏳ Still working..." after this much of heartbeats only
    still_working_s: float = protocol.STILL_WORKING_EVERY_S
    turn_timeout_s: float = protocol.TURN_TIMEOUT_S  # heartbeats only for this long = timeout
    drop_poll_interval_s: float = 5.0  # first wait after a dropped stream, then doubled up to 30 s
    drop_poll_max_interval_s: float = 30.0
    drop_poll_total_s: float = 300.0  # stop polling the state after this long
    rate_limit_wait_s: float = 30.0  # 429: wait (unless the server sends Retry-After), then retry once
    export_poll_initial_s: float = 1.0  # export polling starts here and backs off
    export_poll_max_s: float = 15.0
    export_poll_factor: float = 1.5
    preview_poll_s: float = 0.25  # a preview (output.preview) is polled at this fixed interval
    export_timeout_s: float = 900.0
    request_timeout_s: float = 60.0  # one ordinary request
    upload_chunk_bytes: int = 256 * 1024  # bounded memory while streaming files


def default_config_dir(env: Mapping[str, str] | None = None) -> Path:
    """`~/.config/nemovideo` (PROTOCOL.md §1), the place the NemoVideo tools share, so that they
    and vidai_nb present the same client id."""
    env = os.environ if env is None else env
    home = Path(env["HOME"]) if env.get("HOME") else Path.home()
    return home / ".config" / "nemovideo"


def _valid_client_id(value: str) -> bool:
    return bool(_CLIENT_ID_RE.match(value))


def load_or_create_client_id(config_dir: Path) -> str:
    """The persisted client id; a missing, empty or corrupt file is replaced by a new UUID."""
    path = config_dir / "client_id"
    try:
        current = path.read_bytes().decode("utf-8").strip()
    except (OSError, UnicodeDecodeError):
        current = ""
    if _valid_client_id(current):
        return current
    new_id = str(uuid.uuid4())
    save_client_id(config_dir, new_id)
    return new_id


def save_client_id(config_dir: Path, client_id: str) -> None:
    """Write the id atomically (the file holds only the id) so a crash never leaves it half-written."""
    config_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=config_dir, prefix=".client_id.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(client_id)
        os.replace(tmp, config_dir / "client_id")
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def detect_platform(env: Mapping[str, str] | None = None, modules: Mapping[str, object] | None = None) -> str:
    """`colab`, `vscode`, `jupyter` or `unknown` (for the `X-Skill-Platform` header)."""
    env = os.environ if env is None else env
    modules = sys.modules if modules is None else modules
    if "google.colab" in modules or "COLAB_RELEASE_TAG" in env or "COLAB_GPU" in env:
        return "colab"
    if "VSCODE_PID" in env or env.get("TERM_PROGRAM") == "vscode" or "VSCODE_CWD" in env:
        return "vscode"
    if "ipykernel" in modules or "JPY_PARENT_PID" in env or "JUPYTER_SERVER_ROOT" in env:
        return "jupyter"
    return "unknown"


@dataclass(frozen=True)
class ClientConfig:
    """Everything a client needs to talk to a backend. Build with `ClientConfig.from_env(...)`."""

    api_url: str = LOCAL_API_URL
    web_url: str = DEFAULT_WEB_URL
    token: Secret | None = field(default=None, repr=False)
    client_id: str = ""
    platform: str = "unknown"
    skill_source: str = CLIENT_NAME
    skill_version: str = __version__
    config_dir: Path | None = None
    timings: Timings = field(default_factory=Timings)

    @classmethod
    def from_env(
        cls,
        *,
        token: str | None = None,
        api_url: str | None = None,
        web_url: str | None = None,
        client_id: str | None = None,
        platform: str | None = None,
        config_dir: Path | str | None = None,
        timings: Timings | None = None,
        env: Mapping[str, str] | None = None,
    ) -> ClientConfig:
        """Read NEMO_TOKEN, NEMO_API_URL, NEMO_WEB_URL, NEMO_CLIENT_ID, SKILL_SOURCE; arguments win."""
        env = os.environ if env is None else env
        cdir = Path(config_dir) if config_dir is not None else default_config_dir(env)
        tok = token if token is not None else env.get("NEMO_TOKEN") or None
        cid = client_id or env.get("NEMO_CLIENT_ID") or load_or_create_client_id(cdir)
        return cls(
            api_url=(api_url or env.get("NEMO_API_URL") or LOCAL_API_URL).rstrip("/"),
            web_url=(web_url or env.get("NEMO_WEB_URL") or DEFAULT_WEB_URL).rstrip("/"),
            token=Secret(tok) if tok else None,
            client_id=cid,
            platform=platform or env.get("SKILL_SOURCE") or detect_platform(env),
            config_dir=cdir,
            timings=timings or Timings(),
        )

    def with_token(self, token: str | None) -> ClientConfig:
        return replace(self, token=Secret(token) if token else None)

    def headers(self) -> dict[str, str]:
        """The attribution headers (PROTOCOL.md §1); the Authorization header is added per request."""
        return {
            protocol.HEADER_SKILL_SOURCE: self.skill_source,
            protocol.HEADER_SKILL_VERSION: self.skill_version,
            protocol.HEADER_SKILL_PLATFORM: self.platform,
            protocol.HEADER_CLIENT_ID: self.client_id,
        }
