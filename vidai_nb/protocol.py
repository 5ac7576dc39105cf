"""The NemoVideo protocol's vocabulary (../shared/PROTOCOL.md), as data only.

Neutral ground: the client (vidai_nb/client) and the local engine (vidai_nb/engine) both import this
module and nothing else of each other. It imports nothing from the package, holds no logic and no I/O;
the draft's own keys (t / tt / sg / d / m) live in vidai_nb/timeline/schema.py.
"""

from __future__ import annotations

from typing import Final

# ---- §1 identity: request headers --------------------------------------------------------------
HEADER_CLIENT_ID: Final = "X-Client-Id"
HEADER_SKILL_SOURCE: Final = "X-Skill-Source"
HEADER_SKILL_VERSION: Final = "X-Skill-Version"
HEADER_SKILL_PLATFORM: Final = "X-Skill-Platform"

# ---- §2 envelopes and error codes --------------------------------------------------------------
# Most endpoints: {"code": 0, "message": "...", "data": {...}}; render endpoints: {"success": true, "data"}.
ENVELOPE_CODE: Final = "code"
ENVELOPE_MESSAGE: Final = "message"
ENVELOPE_DATA: Final = "data"
ENVELOPE_SUCCESS: Final = "success"

OK: Final = 0
TOKEN_INVALID: Final = 1001
SESSION_NOT_FOUND: Final = 1002
OUT_OF_CREDITS: Final = 2001
UNSUPPORTED_FILE: Final = 4001
FILE_TOO_LARGE: Final = 4002
CLIENT_ID_MISSING: Final = 400
EXPORT_NOT_ALLOWED: Final = 402
RATE_LIMITED: Final = 429

# code → (meaning, the client's reaction), as PROTOCOL.md §2 states them
ERROR_CODES: Final[dict[int, tuple[str, str]]] = {
    OK: ("ok", "continue"),
    TOKEN_INVALID: ("token invalid or expired",
                    "new anonymous token with the same client id, then retry once"),
    SESSION_NOT_FOUND: ("session not found", "create a new session"),
    OUT_OF_CREDITS: ("out of credits",
                     "anonymous: registration link …/register?bind=<user_id>; registered: top up"),
    UNSUPPORTED_FILE: ("unsupported file type", "list the accepted formats"),
    FILE_TOO_LARGE: ("file too large (limit 500 MB)", "suggest compressing or trimming"),
    CLIENT_ID_MISSING: ("X-Client-Id missing (on anonymous-token)", "generate one and retry"),
    EXPORT_NOT_ALLOWED: ("free plan cannot export (not a credits issue)", "explain; do not retry"),
    RATE_LIMITED: ("rate limited", "wait 30 s, retry once"),
}
RATE_LIMIT_WAIT_S: Final = 30

# ---- §3 agent turn (SSE) -----------------------------------------------------------------------
APP_NAME: Final = "nemo_agent"
# Form 1 events: {"type": <kind>, ...}
EVENT_TEXT: Final = "text"
EVENT_TOOL_CALL: Final = "tool_call"
EVENT_TOOL_RESULT: Final = "tool_result"
EVENT_HEARTBEAT: Final = "heartbeat"
EVENT_KINDS: Final = (EVENT_TEXT, EVENT_TOOL_CALL, EVENT_TOOL_RESULT, EVENT_HEARTBEAT)
# Form 2 (Google ADK Event JSON): the keys of one part of `content.parts`
PART_TEXT: Final = "text"
PART_FUNCTION_CALL: Final = "functionCall"
PART_FUNCTION_RESPONSE: Final = "functionResponse"
STILL_WORKING_EVERY_S: Final = 120  # "⏳ Still working..." after this much of heartbeats only
TURN_TIMEOUT_S: Final = 600  # heartbeats only for this long = timeout

# ---- §3 upload ---------------------------------------------------------------------------------
UPLOAD_FIELD: Final = "files"  # the repeatable multipart field
VIDEO_FORMATS: Final = ("mp4", "mov", "avi", "webm", "mkv")
IMAGE_FORMATS: Final = ("jpg", "jpeg", "png", "gif", "webp")
AUDIO_FORMATS: Final = ("mp3", "wav", "m4a", "aac")
ACCEPTED_FORMATS: Final[dict[str, tuple[str, ...]]] = {
    "video": VIDEO_FORMATS, "image": IMAGE_FORMATS, "audio": AUDIO_FORMATS,
}
# The same facts, indexed by extension and in words (derived, not new data).
KIND_BY_EXTENSION: Final[dict[str, str]] = {
    ext: kind for kind, exts in ACCEPTED_FORMATS.items() for ext in exts
}
ACCEPTED_FORMATS_TEXT: Final = " · ".join(
    f"{kind}: {' '.join(exts)}" for kind, exts in ACCEPTED_FORMATS.items()
)
MAX_UPLOAD_MB: Final = 500
MAX_UPLOAD_BYTES: Final = MAX_UPLOAD_MB * 1024 * 1024

# ---- §3 export ---------------------------------------------------------------------------------
RENDER_STATUSES: Final = ("pending", "processing", "completed", "failed")
RENDER_FINAL_STATUSES: Final = ("completed", "failed")
