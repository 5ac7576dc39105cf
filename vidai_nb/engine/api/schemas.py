"""Request and response models: they are what /openapi.json shows, envelopes included."""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from vidai_nb import protocol

T = TypeVar("T")


class Envelope(BaseModel, Generic[T]):
    code: int = 0
    message: str = "ok"
    data: T


class ErrorEnvelope(BaseModel):
    code: int = Field(
        description="protocol code: 1001 token, 1002 session, 2001 credits, 4001 type, "
        "4002 size, 400 client id, 422 invalid request or a limit, 429 rate, 507 disk full"
    )
    message: str
    data: dict[str, Any] | None = Field(
        default=None, description="details when useful, e.g. {'limit': 'VIDAI_MAX_SEGMENTS'}"
    )


class RenderErrorEnvelope(ErrorEnvelope):
    success: Literal[False] = False
    error: str


class Health(BaseModel):
    version: str
    engine: str = "vidai_nb"
    warm: bool = False  # the planner is loaded: a turn starts at once (until then it waits for the loading)


class TokenData(BaseModel):
    token: str
    user_id: str
    expires_at: str
    credits: int


class SessionRequest(BaseModel):
    task_name: str = Field(default="project", max_length=200)
    language: str = Field(default="en", max_length=32, pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")


class SessionData(BaseModel):
    task_id: str
    session_id: str
    user_id: str


class CreditsData(BaseModel):
    available: int
    frozen: int
    total: int
    # Present (true) only where credits are not enforced (the local engine); absent in the cloud's shape.
    unlimited: bool | None = Field(default=None, description="true where credits are not enforced")


class VideoInfo(BaseModel):
    media_id: str
    filename: str
    file_type: str
    cdn_url: str
    duration: float = Field(description="seconds")
    width: int
    height: int
    fps: float
    hash: str = Field(description="sha256 of the bytes, hex")
    has_audio: bool


class UploadedFile(VideoInfo):
    """What an upload answers per file: the state's video info plus the stored size."""

    size: int


class UploadData(BaseModel):
    files: list[UploadedFile]
    session_state_applied: bool


class UrlUploadRequest(BaseModel):
    urls: list[str] = Field(min_length=1, max_length=20)
    source_type: str = "url"


class VersionEntry(BaseModel):
    version: int
    label: str
    created_at: str
    parent: int | None = Field(default=None, description="the version this one was made from")


class GeneratedMedia(BaseModel):
    render_id: str
    status: str
    url: str | None
    format: str
    created_at: str
    completed_at: str | None


class StateBody(BaseModel):
    model_config = ConfigDict(extra="allow")
    draft: dict[str, Any]
    video_infos: list[VideoInfo]
    canvas_config: dict[str, Any]
    generated_media: list[GeneratedMedia]
    video_analyses: list[dict[str, Any]]
    draft_version: int
    versions: list[VersionEntry]


class StateData(BaseModel):
    session_id: str
    task_id: str
    state: StateBody


class MessagePart(BaseModel):
    model_config = ConfigDict(extra="allow")
    text: str | None = None


class NewMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: str | None = "user"
    parts: list[MessagePart] = Field(min_length=1)


class RunRequest(BaseModel):
    """The Google ADK api-server request (snake_case)."""

    model_config = ConfigDict(extra="allow")
    app_name: str = protocol.APP_NAME
    user_id: str = "me"
    session_id: str
    new_message: NewMessage
    streaming: bool | None = None
    state_delta: dict[str, Any] | None = None


class RenderOutput(BaseModel):
    model_config = ConfigDict(extra="allow")
    format: str = "mp4"
    quality: str = "high"
    resolution: str | None = None
    fps: float | None = None
    subtitles: str | None = Field(default=None, description="burn | srt | vtt")
    at_ms: int | None = Field(default=None, description="jpg: the moment of the programme to grab")
    start_ms: int | None = Field(default=None, description="export only the part from here (ms)")
    end_ms: int | None = Field(default=None, description="export only the part up to here (ms)")


class RenderRequest(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str = Field(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9_.:-]+$")
    sessionId: str
    draft: dict[str, Any] | None = None
    output: RenderOutput | None = None


class RenderData(BaseModel):
    id: str
    status: str
    progress: int
    outputUrl: str | None = None
    createdAt: str | None = None
    completedAt: str | None = None
    error: str | None = None
    cancelled: bool = False


class RenderOutputUrl(BaseModel):
    url: str | None


class RenderEnvelope(BaseModel):
    success: bool = True
    data: RenderData
    status: str
    output: RenderOutputUrl
