"""The operation catalogue: one pydantic model per operation (schema, description, example).

Times are integer milliseconds on the TIMELINE (what the viewer sees), not in the sources.
Each model's `description` and `example` are generated into docs/operations.md and the LLM tools.
"""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, model_validator

Ms = Annotated[int, Field(ge=0)]
Pos = Literal["center", "top", "bottom", "left", "right", "top-left", "top-right", "bottom-left",
              "bottom-right"]
TextStyle = Literal["plain", "bold", "boxed", "outline", "karaoke"]
HexColor = Annotated[str, Field(pattern=r"^#[0-9A-Fa-f]{6}$")]


class OpBase(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    description: ClassVar[str] = ""
    example: ClassVar[str] = ""
    # Set by the turn runner rather than the user (filled from speech analysis); hidden from LLM tools.
    runner_fields: ClassVar[tuple[str, ...]] = ()


class Range(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    start_ms: Ms
    end_ms: Ms | None = None  # None = to the end of the programme

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.end_ms is not None and self.end_ms <= self.start_ms:
            raise ValueError("end_ms must be after start_ms")
        return self


class _RangeOp(OpBase):
    start_ms: Ms = 0
    end_ms: Ms | None = None

    @model_validator(mode="after")
    def _ordered(self) -> _RangeOp:
        if self.end_ms is not None and self.end_ms <= self.start_ms:
            raise ValueError("end_ms must be after start_ms")
        return self


# --- cutting -----------------------------------------------------------------------------------
class KeepRange(_RangeOp):
    op: Literal["keep_range"] = "keep_range"
    description = "Keep only this part of the timeline (end_ms null = to the end)."
    example = "keep only 0:30 to 1:45"


class RemoveRange(_RangeOp):
    op: Literal["remove_range"] = "remove_range"
    description = "Cut this part out of the timeline and close the gap."
    example = "remove 0:02 to 0:04"


class KeepRanges(OpBase):
    op: Literal["keep_ranges"] = "keep_ranges"
    ranges: list[Range] = Field(min_length=1)
    description = "Keep several parts of the timeline (joined in order), cutting the rest."
    example = "keep 0:05-0:10 and 0:20-0:30"


class RemoveRanges(OpBase):
    op: Literal["remove_ranges"] = "remove_ranges"
    ranges: list[Range] = Field(min_length=1)
    description = "Cut several parts of the timeline at once (times as on the current timeline)."
    example = "cut 0:05-0:10 and 0:20-0:25"


class Trim(OpBase):
    op: Literal["trim"] = "trim"
    head_ms: Ms = 0
    tail_ms: Ms = 0
    description = "Cut head_ms from the start and tail_ms from the end of the programme."
    example = "trim the first 10 seconds"


class TrimDeadAir(OpBase):
    op: Literal["trim_dead_air"] = "trim_dead_air"
    # media id -> (content_start_ms, content_end_ms) in SOURCE time; filled from speech.detect_content
    bounds: dict[str, tuple[int, int]] = Field(default_factory=dict)
    description = ("Trim each clip to its speech (first word to last, with a pad) or, without speech, "
                   "cut silence with black or frozen frames at the start and end.")
    example = "trim the footage"
    runner_fields = ("bounds",)


class RemoveSilences(OpBase):
    op: Literal["remove_silences"] = "remove_silences"
    threshold_db: float = Field(default=-35.0, le=0, ge=-90)
    min_ms: Ms = 500
    margin_ms: Ms = 150  # kept around speech so that no word is clipped
    # media id -> silent ranges in SOURCE time; filled from speech.detect_silences
    silences: dict[str, list[tuple[int, int]]] = Field(default_factory=dict)
    description = "Cut pauses longer than min_ms, keeping margin_ms around speech so no word is cut."
    example = "remove the silences"
    runner_fields = ("silences",)


class Split(OpBase):
    op: Literal["split"] = "split"
    at_ms: Ms
    description = "Split the clip under this time into two segments."
    example = "split at 0:05"


class DeleteSegment(OpBase):
    op: Literal["delete_segment"] = "delete_segment"
    index: int = Field(ge=1)  # 1-based, as people count
    description = "Delete the Nth segment of the main track (1 = first)."
    example = "delete the second clip"


class MoveSegment(OpBase):
    op: Literal["move_segment"] = "move_segment"
    index: int = Field(ge=1)
    to_index: int = Field(ge=1)
    description = "Move the Nth segment to position to_index (1-based)."
    example = "move the third clip to the start"


class DuplicateSegment(OpBase):
    op: Literal["duplicate_segment"] = "duplicate_segment"
    index: int = Field(ge=1)
    description = "Repeat the Nth segment right after itself."
    example = "duplicate the first clip"


class Reorder(OpBase):
    op: Literal["reorder"] = "reorder"
    order: list[int] = Field(min_length=1)  # 1-based segment numbers in their new order
    description = "Put the main-track segments in this order (1-based numbers)."
    example = "reorder the clips 3, 1, 2"


class Concat(OpBase):
    op: Literal["concat"] = "concat"
    media_ids: list[str] = Field(min_length=1)
    description = "Rebuild the main track from these uploaded clips, whole, in this order."
    example = "join b.mp4 then a.mp4"


class AddClips(OpBase):
    op: Literal["add_clips"] = "add_clips"
    media_ids: list[str] = Field(min_length=1)
    at: Literal["end", "start"] = "end"
    description = "Add uploaded clips or images to the main track (images last image_ms each)."
    example = "add b.mp4 at the end"
    image_ms: Ms = 3000


class Slideshow(OpBase):
    op: Literal["slideshow"] = "slideshow"
    media_ids: list[str] = Field(min_length=1)
    image_ms: int = Field(default=3000, ge=100)
    description = "Make the main track a slideshow of these images, image_ms each."
    example = "make a slideshow of the photos, 2 seconds each"


class Speed(OpBase):
    op: Literal["speed"] = "speed"
    factor: float = Field(ge=0.25, le=4.0)
    index: int | None = Field(default=None, ge=1)  # None = the whole programme
    description = "Play at this speed (0.25–4×, pitch kept); index = one segment only."
    example = "speed it up 2x"


class FreezeFrame(OpBase):
    op: Literal["freeze_frame"] = "freeze_frame"
    at_ms: Ms
    duration_ms: int = Field(default=2000, ge=100)
    description = "Hold the frame at at_ms still for duration_ms (inserted, the rest moves later)."
    example = "freeze the frame at 0:03 for 2 seconds"


# --- audio -------------------------------------------------------------------------------------
AudioTrack = Literal["main", "bgm", "all"]


class Mute(OpBase):
    op: Literal["mute"] = "mute"
    track: AudioTrack = "main"
    muted: bool = True
    description = "Mute (or unmute) a track's audio: main = the clips' own sound, bgm = music."
    example = "mute the original audio"


class SetVolume(OpBase):
    op: Literal["set_volume"] = "set_volume"
    track: AudioTrack = "main"
    volume: float = Field(ge=0.0, le=4.0)  # 1.0 = unchanged
    description = "Set a track's volume (1.0 = as recorded; 0.3 = 30%)."
    example = "music volume 30%"


class AddMusic(OpBase):
    op: Literal["add_music"] = "add_music"
    media_id: str
    volume: float = Field(default=0.3, ge=0.0, le=4.0)
    fade_in_ms: Ms = 0
    fade_out_ms: Ms = 0
    loop: bool = True
    description = "Put an uploaded audio file under the video as background music (replaces any)."
    example = "add music.mp3 as background music at 30%"


class RemoveMusic(OpBase):
    op: Literal["remove_music"] = "remove_music"
    description = "Remove the background music."
    example = "remove the music"


class FadeMusic(OpBase):
    op: Literal["fade_music"] = "fade_music"
    fade_in_ms: Ms | None = None  # None = leave as it is
    fade_out_ms: Ms | None = None
    description = "Fade the background music in and/or out."
    example = "fade out the music over 3 seconds"


class DuckMusic(OpBase):
    op: Literal["duck_music"] = "duck_music"
    duck: bool = True
    description = "Lower the music automatically while someone speaks."
    example = "duck the music under the voice"


class Denoise(OpBase):
    op: Literal["denoise"] = "denoise"
    on: bool = True
    description = "Reduce background noise in the clips' audio."
    example = "remove background noise"


class Loudnorm(OpBase):
    op: Literal["loudnorm"] = "loudnorm"
    target_lufs: float = Field(default=-14.0, ge=-40.0, le=-5.0)
    description = "Normalise loudness to target_lufs (−14 LUFS suits social platforms)."
    example = "normalize the audio"


# --- text --------------------------------------------------------------------------------------
class _TextOp(OpBase):
    text: str = Field(min_length=1, max_length=500)
    start_ms: Ms = 0
    end_ms: Ms | None = None  # None = a default length (title 3 s, text to the end)
    pos: Pos = "center"
    size: int = Field(default=96, ge=8, le=400)
    color: HexColor = "#FFFFFF"
    style: TextStyle = "bold"


class AddTitle(_TextOp):
    op: Literal["add_title"] = "add_title"
    description = "Add a title (3 s by default) — text, time range, position, size, colour, style."
    example = "add a title 'Urban Dreams'"


class AddText(_TextOp):
    op: Literal["add_text"] = "add_text"
    pos: Pos = "bottom"
    size: int = Field(default=64, ge=8, le=400)
    style: TextStyle = "plain"
    description = "Add a text overlay (whole programme unless a range is given)."
    example = "put the text 'Subscribe!' at the bottom from 0:05 to 0:08"


class RemoveText(OpBase):
    op: Literal["remove_text"] = "remove_text"
    track: Literal["title", "text", "subtitle", "all"] = "all"
    description = "Remove titles, text overlays, subtitles, or all of them."
    example = "remove the title"


class Cue(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    start_ms: Ms
    end_ms: Ms
    text: str


class AddSubtitles(OpBase):
    op: Literal["add_subtitles"] = "add_subtitles"
    style: TextStyle = "boxed"
    burn: bool = True
    sidecar: Literal["srt", "vtt"] | None = None
    language: str | None = None
    cues: list[Cue] = Field(default_factory=list)  # timeline time; filled from speech by the runner
    description = "Subtitles from the speech: style preset, burned in and/or an SRT / VTT sidecar file."
    example = "add subtitles"
    runner_fields = ("cues",)


# --- picture -----------------------------------------------------------------------------------
Ratio = Literal["9:16", "16:9", "1:1", "4:5"]
Fit = Literal["blur", "solid", "crop", "face"]


class SetAspect(OpBase):
    op: Literal["set_aspect"] = "set_aspect"
    ratio: Ratio
    fit: Fit = "blur"
    bg: HexColor = "#000000"
    description = "Change the canvas shape: fit (blurred or solid pad) or fill (crop centred / on the face)."
    example = "make it 9:16"


class Platform(OpBase):
    op: Literal["platform"] = "platform"
    name: Literal["tiktok", "reels", "shorts", "youtube", "instagram", "instagram_portrait"]
    fit: Fit = "blur"
    description = ("Platform preset: canvas size (TikTok/Reels/Shorts 1080×1920, YouTube 1920×1080, "
                   "Instagram 1080×1080 or 1080×1350) and −14 LUFS loudness for social platforms.")
    example = "make it for tiktok"


class Resolution(OpBase):
    op: Literal["resolution"] = "resolution"
    max_height: Literal[720, 1080, 2160]
    description = "Cap the output resolution (720p, 1080p or 4K)."
    example = "make it 720p"


class Rotate(OpBase):
    op: Literal["rotate"] = "rotate"
    degrees: Literal[90, 180, 270]
    description = "Rotate the picture clockwise."
    example = "rotate 90 degrees"


class Flip(OpBase):
    op: Literal["flip"] = "flip"
    direction: Literal["horizontal", "vertical"] = "horizontal"
    description = "Mirror the picture horizontally or vertically."
    example = "flip it horizontally"


class Fade(OpBase):
    op: Literal["fade"] = "fade"
    fade_in_ms: Ms | None = None  # None = leave as it is
    fade_out_ms: Ms | None = None
    description = "Fade the whole programme in from / out to black (picture and sound)."
    example = "fade in and out"


class Crossfade(OpBase):
    op: Literal["crossfade"] = "crossfade"
    duration_ms: int = Field(default=500, ge=0, le=5000)
    index: int | None = Field(default=None, ge=2)  # None = between every pair of clips
    description = "Crossfade between clips (index N = only into the Nth clip)."
    example = "add crossfades between the clips"


class Color(OpBase):
    op: Literal["color"] = "color"
    brightness: float | None = Field(default=None, ge=-1.0, le=1.0)
    contrast: float | None = Field(default=None, ge=0.0, le=3.0)
    saturation: float | None = Field(default=None, ge=0.0, le=3.0)
    gray: bool | None = None
    auto: bool | None = None
    description = ("Colour: brightness (−1..1), contrast and saturation (1 = unchanged), black and white, "
                   "auto levels.")
    example = "make it black and white"


class AddLogo(OpBase):
    op: Literal["add_logo"] = "add_logo"
    media_id: str
    pos: Pos = "top-right"
    scale: float = Field(default=0.15, gt=0.0, le=1.0)
    opacity: float = Field(default=0.8, ge=0.0, le=1.0)
    description = "Overlay an uploaded image as a logo / watermark for the whole programme."
    example = "add logo.png as a watermark in the top right"


class PictureInPicture(OpBase):
    op: Literal["pip"] = "pip"
    media_id: str
    pos: Pos = "bottom-right"
    scale: float = Field(default=0.3, gt=0.0, le=1.0)
    start_ms: Ms = 0
    end_ms: Ms | None = None
    description = "Show another uploaded clip small in a corner (picture-in-picture)."
    example = "put b.mp4 picture in picture bottom right"


# --- exports and history (not applied to the draft by `apply`) -----------------------------------
class Export(OpBase):
    op: Literal["export"] = "export"
    format: Literal["mp4", "mov", "webm"] = "mp4"
    resolution: Literal["720p", "1080p", "4k"] | None = None
    description = "Export the video (sets the turn's export request; the client exports after the turn)."
    example = "export as MP4"


class ExportGif(OpBase):
    op: Literal["export_gif"] = "export_gif"
    start_ms: Ms = 0
    end_ms: Ms | None = None
    description = "Export a GIF of a part of the programme (an export request, not an edit)."
    example = "make a gif of the first 3 seconds"


class ExportThumbnail(OpBase):
    op: Literal["export_thumbnail"] = "export_thumbnail"
    at_ms: Ms = 0
    description = "Export one frame as a JPEG thumbnail (an export request, not an edit)."
    example = "thumbnail from 0:05"


class Undo(OpBase):
    op: Literal["undo"] = "undo"
    steps: int = Field(default=1, ge=1)
    description = "Go back to the version before the last change (steps times)."
    example = "undo"


class Redo(OpBase):
    op: Literal["redo"] = "redo"
    steps: int = Field(default=1, ge=1)
    description = "Redo a change that was undone."
    example = "redo"


class RestoreVersion(OpBase):
    op: Literal["restore_version"] = "restore_version"
    version: int = Field(ge=1)
    description = "Make an earlier version current again."
    example = "go back to version 3"


OPERATION_MODELS: tuple[type[OpBase], ...] = (
    KeepRange, RemoveRange, KeepRanges, RemoveRanges, Trim, TrimDeadAir, RemoveSilences, Split,
    DeleteSegment, MoveSegment, DuplicateSegment, Reorder, Concat, AddClips, Slideshow, Speed, FreezeFrame,
    Mute, SetVolume, AddMusic, RemoveMusic, FadeMusic, DuckMusic, Denoise, Loudnorm,
    AddTitle, AddText, RemoveText, AddSubtitles,
    SetAspect, Platform, Resolution, Rotate, Flip, Fade, Crossfade, Color, AddLogo, PictureInPicture,
    Export, ExportGif, ExportThumbnail, Undo, Redo, RestoreVersion,
)

Operation = Annotated[
    KeepRange | RemoveRange | KeepRanges | RemoveRanges | Trim | TrimDeadAir | RemoveSilences | Split
    | DeleteSegment | MoveSegment | DuplicateSegment | Reorder | Concat | AddClips | Slideshow | Speed
    | FreezeFrame | Mute | SetVolume | AddMusic | RemoveMusic | FadeMusic | DuckMusic | Denoise | Loudnorm
    | AddTitle | AddText | RemoveText | AddSubtitles | SetAspect | Platform | Resolution | Rotate | Flip
    | Fade | Crossfade | Color | AddLogo | PictureInPicture | Export | ExportGif | ExportThumbnail
    | Undo | Redo | RestoreVersion,
    Field(discriminator="op"),
]

OPERATION_ADAPTER: TypeAdapter[Operation] = TypeAdapter(Operation)


def _op_name(model: type[OpBase]) -> str:
    return str(model.model_fields["op"].default)


CATALOGUE: dict[str, type[OpBase]] = {_op_name(m): m for m in OPERATION_MODELS}
EXPORT_OPS = frozenset({"export", "export_gif", "export_thumbnail"})
HISTORY_OPS = frozenset({"undo", "redo", "restore_version"})


def parse_operation(data: object) -> OpBase:
    """Validate a dict (e.g. from an LLM tool call) into an operation; raises pydantic.ValidationError."""
    result: OpBase = OPERATION_ADAPTER.validate_python(data)
    return result
