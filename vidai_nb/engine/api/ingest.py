"""Turn stored uploads into media: check the content, record them, seed an empty draft.

Uploads go straight into the engine's storage as they arrive (`StreamTo`: a local file, or an S3
multipart upload whose parts are sent as they fill), under their final key; nothing is kept whole in
memory or copied on the API node. A stored upload becomes media only once its content is checked
(by ranges: PyAV reads the object's presigned URL; in a shared engine on a worker, as are the encoding
of image sequences and URL fetches: jobs/upload_job.py); a refused one is deleted.
"""

from __future__ import annotations

import copy
import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
from starlette.concurrency import run_in_threadpool

from vidai_nb import protocol
from vidai_nb.engine.api.errors import ApiError
from vidai_nb.engine.api.filenames import display_name
from vidai_nb.engine.api.runtime import Runtime
from vidai_nb.engine.jobs.upload_job import Refused, check_uploads, encode_clip
from vidai_nb.engine.media import MediaInfo
from vidai_nb.engine.media.sequence import Frame, find_sequences
from vidai_nb.engine.ops.base import source_canvas
from vidai_nb.engine.storage import ObjectWriter, Storage
from vidai_nb.engine.store.ids import new_id, utcnow
from vidai_nb.engine.store.models import Media, Session

log = logging.getLogger(__name__)
TT_VIDEO = 0  # docs/draft.md (vidai_nb.timeline.schema.TT_VIDEO; not imported: it pulls in pandas)


FLUSH_BYTES = 1 << 20  # the socket hands over ~64 KB at a time: the store gets a write per MB


@dataclass
class Incoming:
    """One stored upload (published under `key`, not yet checked or recorded)."""

    raw_name: str
    key: str
    size: int
    sha256: str


def new_media_key(user_id: str, raw_name: str) -> str:
    """The key of the next upload: a generated name under the user's folder (never the client's name),
    with the file's extension when it is a plain one."""
    ext = Path(display_name(raw_name)).suffix.lower().lstrip(".")
    return f"media/{user_id}/{new_id('up_')}.{ext if ext.isalnum() and len(ext) <= 5 else 'bin'}"


@dataclass
class StreamTo:
    """An upload's bytes, as they arrive from an async body, into a storage writer: hashed and
    counted here, buffered up to FLUSH_BYTES, each MB written from a thread (an S3 part upload must
    not block the event loop). Memory: this buffer plus the writer's (one S3 part)."""

    storage: Storage
    raw_name: str
    key: str
    writer: ObjectWriter
    size: int = 0
    hasher: hashlib._Hash = field(default_factory=hashlib.sha256)
    buf: bytearray = field(default_factory=bytearray)

    @classmethod
    def open(cls, storage: Storage, user_id: str, raw_name: str) -> StreamTo:
        key = new_media_key(user_id, raw_name)
        return cls(storage, raw_name, key, storage.writer(key))

    def add(self, data: bytes | memoryview) -> None:
        self.buf += data
        self.hasher.update(data)
        self.size += len(data)

    async def drain(self, force: bool = False) -> None:
        if self.buf and (force or len(self.buf) >= FLUSH_BYTES):
            data = bytes(self.buf)
            self.buf.clear()
            await run_in_threadpool(self.writer.write, data)

    async def publish(self) -> Incoming:
        await self.drain(force=True)
        await run_in_threadpool(self.writer.publish)
        return Incoming(self.raw_name, self.key, self.size, self.hasher.hexdigest())

    async def abort(self) -> None:
        self.buf.clear()
        with anyio.CancelScope(shield=True):  # runs while a cancelled request unwinds: must finish
            await run_in_threadpool(self.writer.abort)


def _validate_all(rt: Runtime, items: list[Incoming]) -> list[MediaInfo]:
    """Each stored upload checked by content (shared engine: on a worker; jobs/upload_job.py)."""
    named = [(item.key, display_name(item.raw_name), item.size) for item in items]
    return check_uploads(str(rt.settings.data_dir), named)


def discard_now(storage: Storage, items: list[Incoming]) -> None:
    for item in items:
        storage.delete(item.key)


async def discard(storage: Storage, items: list[Incoming]) -> None:
    with anyio.CancelScope(shield=True):  # runs while a cancelled request unwinds: must finish
        await run_in_threadpool(discard_now, storage, items)


async def ingest(rt: Runtime, user_id: str, sess: Session, items: list[Incoming]) -> tuple[list[Media], bool]:
    """Validate every file by content (all or nothing), store them, and seed the draft.

    Returns (media, draft_changed). Raises ApiError 4001 / 4002 after deleting the files.
    """
    if not items:
        raise ApiError(
            protocol.UNSUPPORTED_FILE,
            'no file in the upload: send multipart field `files` or JSON {"urls": [...]}',
        )
    try:
        infos = await run_in_threadpool(_validate_all, rt, items)
    except Refused as exc:
        await discard(rt.storage, items)
        upload_codes = (protocol.UNSUPPORTED_FILE, protocol.FILE_TOO_LARGE)
        raise ApiError(exc.code if exc.code in upload_codes else protocol.UNSUPPORTED_FILE, str(exc)) from exc
    except BaseException:
        await discard(rt.storage, items)
        raise
    media: list[Media] = []
    try:
        await run_in_threadpool(_store_all, rt, user_id, sess, items, infos, media)
        await run_in_threadpool(_store_sequences, rt, user_id, sess, media)
    except BaseException:
        # e.g. a full disk: the files not recorded are removed (recorded ones stay, whole and listed)
        kept = {m.rel_path for m in media}
        await discard(rt.storage, [item for item in items if item.key not in kept])
        raise
    # Under the session's lock: a turn running now must not save a draft that misses the new track.
    async with rt.session_lock(sess.id):
        changed = await run_in_threadpool(seed_draft, rt, sess, media)
    return media, changed


def _store_all(
    rt: Runtime,
    user_id: str,
    sess: Session,
    items: list[Incoming],
    infos: list[MediaInfo],
    media: list[Media],
) -> None:
    """Record each checked upload; `media` collects what was recorded."""
    for item, info in zip(items, infos, strict=True):
        name = display_name(item.raw_name)
        m = Media(
            id=new_id("m_"),
            user_id=user_id,
            session_id=sess.id,
            filename=name,
            file_type=info.kind,
            rel_path=item.key,
            size=item.size,
            sha256=item.sha256,
            duration_ms=info.duration_ms,
            width=info.width,
            height=info.height,
            fps=info.fps,
            has_audio=info.has_audio,
            has_video=info.has_video,
            created_at=utcnow(),
        )
        media.append(rt.store.add_media(m))
        # a small copy in the background, for previews (of a sound file: at 48 kHz, where stored
        # in a folder: render/preview.py)
        if info.kind == "video" or (info.kind == "audio" and rt.storage.local_path(item.key) is not None):
            from vidai_nb.engine.jobs.media_job import queue_proxy_for  # (on a worker when shared)

            queue_proxy_for(rt.jobs, rt.storage, rt.settings.data_dir, item.key, m.id)


def _store_sequences(rt: Runtime, user_id: str, sess: Session, media: list[Media]) -> None:
    """Numbered stills uploaded together (img_0001.png …) also become one clip (media/sequence.py),
    added to `media` after them. The stills stay; a sequence that cannot be encoded is only logged."""
    keys = {m.rel_path: m for m in media if m.file_type == "image"}
    frames = [Frame(m.filename, Path(key), m.width or 0, m.height or 0) for key, m in keys.items()]
    for seq in find_sequences(frames):
        key = new_media_key(user_id, "clip.mp4")
        try:  # encoded where the CPU-heavy steps run (shared engine: a worker), then stored under `key`
            stills = [str(f.path) for f in seq.frames]  # their keys
            size, sha, info = encode_clip(str(rt.settings.data_dir), seq, stills, key)
        except Refused as exc:
            log.warning("image sequence %s not made into a clip: %s", seq.name, exc)
            continue
        media.append(rt.store.add_media(Media(
            id=new_id("m_"), user_id=user_id, session_id=sess.id, filename=seq.name, file_type="video",
            rel_path=key, size=size, sha256=sha,
            duration_ms=info.duration_ms, width=info.width, height=info.height, fps=info.fps, has_audio=False,
            has_video=True, created_at=utcnow())))


def _has_video_track(draft: dict[str, Any]) -> bool:
    return any(t.get("tt") == TT_VIDEO and t.get("sg") for t in draft.get("t") or [])


def seed_draft(rt: Runtime, sess: Session, media: list[Media]) -> bool:
    """The first video uploaded to an empty session becomes the main video track (a new version)."""
    first = next((m for m in media if m.file_type == "video" and m.has_video), None)
    if first is None:
        return False
    _version, draft = rt.store.current(sess.id)
    if _has_video_track(draft):
        return _raise_fps(rt, sess, draft, media)
    new = copy.deepcopy(draft)
    meta = new.setdefault("m", {})
    if first.width and first.height:
        # The canvas follows the first clip (short side capped at 1080), so "upload then export"
        # returns the clip at its own size and shape.
        width, height = source_canvas(first.width, first.height)
        meta.update(width=width, height=height, fps=_best_fps(media) or meta.get("fps", 30))
    new.setdefault("t", []).insert(
        0,
        {
            "tt": TT_VIDEO,
            "id": "video",
            "name": "Video",
            "role": "main",
            "muted": False,
            "volume": 1.0,
            "sg": [
                {
                    "id": "s1",
                    "start": 0,
                    "d": first.duration_ms,
                    "src": first.id,
                    "name": first.filename,
                    "kind": "video",
                    "in": 0,
                    "speed": 1.0,
                    "volume": 1.0,
                }
            ],
        },
    )
    new["d"] = max(
        [first.duration_ms]
        + [int(s.get("start", 0)) + int(s.get("d", 0)) for t in new["t"] for s in t.get("sg") or []]
    )
    rt.store.add_version(sess.id, new, f"added {first.filename} as the video track")
    return True


MAX_CANVAS_FPS = 60


def _best_fps(media: list[Media]) -> int:
    """The canvas rate the clips call for: the highest source rate, at most 60 (0 when none is known)."""
    rates = [round(m.fps) for m in media if m.file_type == "video" and m.has_video and m.fps]
    return min(MAX_CANVAS_FPS, max(rates)) if rates else 0


def _raise_fps(rt: Runtime, sess: Session, draft: dict[str, Any], media: list[Media]) -> bool:
    """A clip with a higher frame rate than the canvas raises it (a 10 fps clip first must not make a
    24 fps clip choppy); the rate never goes down by itself. (Export's `output.fps` still wins.)"""
    best = _best_fps(media)
    meta = draft.get("m") or {}
    current = meta.get("fps")
    if not best or (isinstance(current, int | float) and current >= best):
        return False
    new = copy.deepcopy(draft)
    new.setdefault("m", {})["fps"] = best
    rt.store.add_version(sess.id, new, f"frame rate {best} fps, the highest of the clips")
    return True
