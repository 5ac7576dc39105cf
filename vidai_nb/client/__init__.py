"""The NemoVideo protocol client (PROTOCOL.md): async core + sync face, typed events and errors,
message routing and GUI-phrase translation.

    from vidai_nb.client import NemoClient
    client = NemoClient()                      # NEMO_API_URL / NEMO_TOKEN / … from the environment
    s = client.create_session()
    client.upload(s.session_id, ["clip.mp4"], on_progress=lambda sent, total, name: ...)
    for event in client.stream_turn(s.session_id, "trim to 10 s and add subtitles"):
        ...  # TextDelta / ToolCall / ToolResult / Heartbeat / StillWorking / TurnEnd
    client.export(s.session_id, download_to="out.mp4")
"""

from vidai_nb.client.async_client import AsyncNemoClient, DownloadProgress, ExportProgress
from vidai_nb.client.config import ClientConfig, Secret, Timings, detect_platform
from vidai_nb.client.errors import (
    ClientIdMissingError,
    ExportFailedError,
    ExportNotAllowedError,
    FileTooLargeError,
    NemoError,
    NemoHTTPError,
    NemoTimeoutError,
    NothingToExportError,
    OutOfCreditsError,
    RateLimitedError,
    SessionNotFoundError,
    TokenExpiredError,
    TurnTimeoutError,
    UnsupportedFileError,
)
from vidai_nb.client.events import (
    Heartbeat,
    SessionRenewed,
    StillWorking,
    TextDelta,
    ToolCall,
    ToolResult,
    TurnEnd,
    TurnEvent,
    TurnResult,
)
from vidai_nb.client.gui import translate_gui
from vidai_nb.client.handle import Reply
from vidai_nb.client.models import (
    AnonymousToken,
    Credits,
    ExportResult,
    ExportStatus,
    Session,
    SessionState,
    UploadedFile,
)
from vidai_nb.client.routing import Route, route
from vidai_nb.client.sync_client import NemoClient
from vidai_nb.client.upload import MAX_UPLOAD_BYTES, ProgressCallback, accepted_formats_text

__all__ = [
    "MAX_UPLOAD_BYTES",
    "AnonymousToken",
    "AsyncNemoClient",
    "ClientConfig",
    "ClientIdMissingError",
    "Credits",
    "DownloadProgress",
    "ExportFailedError",
    "ExportNotAllowedError",
    "ExportProgress",
    "ExportResult",
    "ExportStatus",
    "FileTooLargeError",
    "Heartbeat",
    "NemoClient",
    "NemoError",
    "NemoHTTPError",
    "NemoTimeoutError",
    "NothingToExportError",
    "OutOfCreditsError",
    "ProgressCallback",
    "RateLimitedError",
    "Reply",
    "Route",
    "Secret",
    "Session",
    "SessionNotFoundError",
    "SessionRenewed",
    "SessionState",
    "StillWorking",
    "TextDelta",
    "Timings",
    "TokenExpiredError",
    "ToolCall",
    "ToolResult",
    "TurnEnd",
    "TurnEvent",
    "TurnResult",
    "TurnTimeoutError",
    "UnsupportedFileError",
    "UploadedFile",
    "accepted_formats_text",
    "detect_platform",
    "route",
    "translate_gui",
]
