"""Turn saved upload files into media: check the content, record them, seed an empty draft."""

from __future__ import annotations

import copy
import hashlib
import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool

from vidai_nb import protocol
from vidai_nb.engine.api.errors import ApiError
from vidai_nb.engine.api.filenames import display_name
from vidai_nb.engine.api.runtime import Runtime
from vidai_nb.engine.media import MediaError, MediaInfo, probe, validate_upload
from vidai_nb.engine.media.sequence import Frame, encode_sequence, find_sequences
from vidai_nb.engine.ops.base import source_canvas
from vidai_nb.engine.store.ids import new_id, utcnow
from vidai_nb.engine.store.models import Media, Session

log = logging.getLogger(__name__)
TT_VIDEO = 0  # docs/draft.md (vidai_nb.timeline.schema.TT_VIDEO; not imported: it pulls in pandas)


@dataclass
class Incoming:
    raw_name: str
    path: Path
    size: int
    sha256: str


def new_media_path(rt: Runtime, user_id: str) -> Path:
    """Where the next upload's bytes go: a generated name under the user's folder, never the client's name."""
    folder = rt.settings.media_dir / user_id
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{new_id('up_')}.part"


def _validate_all(items: list[Incoming]) -> list[MediaInfo]:
    infos = []
    for item in items:
        name = display_name(item.raw_name)
        try:
            infos.append(validate_upload(item.path, name))
        except MediaError as exc:  # speak of the user's file name, not our generated one
            raise MediaError(str(exc).replace(item.path.name, name), exc.code) from exc
    return infos


def discard(items: list[Incoming]) -> None:
    for item in items:
        item.path.unlink(missing_ok=True)


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
        infos = await run_in_threadpool(_validate_all, items)
    except MediaError as exc:
        discard(items)
        upload_codes = (protocol.UNSUPPORTED_FILE, protocol.FILE_TOO_LARGE)
        raise ApiError(exc.code if exc.code in upload_codes else protocol.UNSUPPORTED_FILE, str(exc)) from exc
    except BaseException:
        discard(items)
        raise
    media: list[Media] = []
    try:
        await run_in_threadpool(_store_all, rt, user_id, sess, items, infos, media)
        await run_in_threadpool(_store_sequences, rt, user_id, sess, media)
    except BaseException:
        # e.g. a full disk: the files not recorded are removed (recorded ones stay, whole and listed)
        kept = {rt.settings.data_dir / m.rel_path for m in media}
        for item in items:
            for p in item.path.parent.glob(item.path.stem + ".*"):
                if p not in kept:
                    p.unlink(missing_ok=True)
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
    """Move each checked file to its final name and record it; `media` collects what was recorded."""
    for item, info in zip(items, infos, strict=True):
        name = display_name(item.raw_name)
        ext = Path(name).suffix.lower().lstrip(".")
        final = item.path.with_suffix(f".{ext}" if ext.isalnum() and len(ext) <= 5 else ".bin")
        os.replace(item.path, final)
        m = Media(
            id=new_id("m_"),
            user_id=user_id,
            session_id=sess.id,
            filename=name,
            file_type=info.kind,
            rel_path=str(final.relative_to(rt.settings.data_dir)),
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
        if info.kind == "video":  # a small copy in the background (on a worker when shared), for previews
            from vidai_nb.engine.jobs.media_job import queue_proxy_for
            from vidai_nb.engine.render.preview import proxy_path  # starts fast without it

            queue_proxy_for(rt.jobs, final, proxy_path(rt.settings.data_dir, m.id), m.id)


def _store_sequences(rt: Runtime, user_id: str, sess: Session, media: list[Media]) -> None:
    """Numbered stills uploaded together (img_0001.png …) also become one clip (media/sequence.py),
    added to `media` after them. The stills stay; a sequence that cannot be encoded is only logged."""
    frames = [Frame(m.filename, rt.settings.data_dir / m.rel_path, m.width or 0, m.height or 0)
              for m in media if m.file_type == "image"]
    for seq in find_sequences(frames):
        out = new_media_path(rt, user_id).with_suffix(".mp4")
        try:
            encode_sequence(seq, out)
            info = probe(out)
        except (OSError, subprocess.SubprocessError, MediaError) as exc:
            out.unlink(missing_ok=True)
            log.warning("image sequence %s not made into a clip: %s", seq.name, exc)
            continue
        with out.open("rb") as fh:
            sha = hashlib.file_digest(fh, "sha256").hexdigest()
        media.append(rt.store.add_media(Media(
            id=new_id("m_"), user_id=user_id, session_id=sess.id, filename=seq.name, file_type="video",
            rel_path=str(out.relative_to(rt.settings.data_dir)), size=out.stat().st_size, sha256=sha,
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
