"""Assemble a session's state (PROTOCOL.md §3 State) from the store.

Clients poll the state (several times a second while a render runs), so a read must stay cheap: one
query reads the session's StateStamp (and checks the owner); the state itself is rebuilt only when the
stamp changed, and its JSON only when the second changed (signed links carry an expiry in whole
seconds, so every read still hands out links valid for the full lifetime). Render progress is not part
of the state: progress writes do not rebuild it. The stamp comes from the database, so writes made by
another process (a job worker) are seen at the next read.
"""

from __future__ import annotations

import json
import threading
import time
import weakref
from collections import OrderedDict
from dataclasses import dataclass, field
from math import gcd
from typing import Any

from vidai_nb.engine.api.runtime import Runtime
from vidai_nb.engine.api.schemas import (
    Envelope,
    GeneratedMedia,
    StateBody,
    StateData,
    VersionEntry,
    VideoInfo,
)
from vidai_nb.engine.api.signing import Signer
from vidai_nb.engine.store.ids import iso
from vidai_nb.engine.store.models import Media, Render
from vidai_nb.engine.store.repo import StateStamp

CACHED_SESSIONS = 512  # states kept in memory (least recently read dropped first)


def media_url(rt: Runtime, base_url: str, media_id: str, epoch: int) -> str:
    return base_url.rstrip("/") + rt.signer.sign(f"/api/media/{media_id}/file", epoch)


def render_url(rt: Runtime, base_url: str, render_id: str, epoch: int) -> str:
    return base_url.rstrip("/") + rt.signer.sign(f"/api/render/proxy/{render_id}/download", epoch)


def video_info(rt: Runtime, base_url: str, m: Media, epoch: int | None = None) -> VideoInfo:
    """`epoch`: the owner's URL epoch when the caller has it (else it is read)."""
    return VideoInfo(
        media_id=m.id,
        filename=m.filename,
        file_type=m.file_type,
        cdn_url=media_url(rt, base_url, m.id, rt.store.url_epoch(m.user_id) if epoch is None else epoch),
        duration=round(m.duration_ms / 1000, 3),
        width=m.width,
        height=m.height,
        fps=m.fps,
        hash=m.sha256,
        has_audio=m.has_audio,
    )


def canvas_config(draft: dict[str, Any]) -> dict[str, Any]:
    m = draft.get("m") or {}
    w, h = int(m.get("width") or 0), int(m.get("height") or 0)
    g = gcd(w, h) or 1
    return {
        "width": w,
        "height": h,
        "fps": m.get("fps"),
        "fit": m.get("fit", "blur"),
        "bg": m.get("bg", "#000000"),
        "aspect_ratio": f"{w // g}:{h // g}" if w and h else None,
        "preset": m.get("preset"),
    }


def generated(rt: Runtime, base_url: str, r: Render, epoch: int) -> GeneratedMedia:
    fmt = str(json.loads(r.output_json or "{}").get("format") or "mp4")
    url = render_url(rt, base_url, r.id, epoch) if r.status == "completed" else None
    return GeneratedMedia(
        render_id=r.id,
        status=r.status,
        url=url,
        format=fmt,
        created_at=iso(r.created_at) or "",
        completed_at=iso(r.completed_at),
    )


@dataclass
class _Entry:
    """One session's state without its signed links, and the last JSON answer made from it."""

    stamp: StateStamp
    version: int  # the draft's (read with it; the stamp may be older)
    draft: dict[str, Any]
    versions: list[VersionEntry]
    media: list[Media]
    renders: list[Render]
    answers: dict[tuple[str, int], bytes] = field(default_factory=dict)  # (base URL, second) -> JSON


class StateCache:
    """The state reads' memory (one per Runtime): session id -> _Entry, checked against the stamp."""

    def __init__(self, size: int = CACHED_SESSIONS) -> None:
        self.size = size
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, session_id: str) -> _Entry | None:
        with self._lock:
            entry = self._entries.get(session_id)
            if entry is not None:
                self._entries.move_to_end(session_id)
            return entry

    def put(self, session_id: str, entry: _Entry) -> None:
        with self._lock:
            self._entries[session_id] = entry
            self._entries.move_to_end(session_id)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)


# Keyed by the Runtime's signer: one per Runtime and hashable (the Runtime dataclass is not).
_caches: weakref.WeakKeyDictionary[Signer, StateCache] = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()


def cache_of(rt: Runtime) -> StateCache:
    with _caches_lock:
        cache = _caches.get(rt.signer)
        if cache is None:
            cache = _caches[rt.signer] = StateCache()
        return cache


def _load(rt: Runtime, session_id: str, stamp: StateStamp) -> _Entry:
    """Read the state's parts. Read after the stamp: a write in between only makes them newer than
    the stamp says, and the next read (seeing a new stamp) reads them again."""
    version, draft = rt.store.current(session_id)
    versions = [
        VersionEntry(version=v.version, label=v.label, created_at=iso(v.created_at) or "", parent=v.parent)
        for v in rt.store.versions(session_id)
    ]
    media, renders = rt.store.list_media(session_id), rt.store.session_renders(session_id)
    return _Entry(stamp, version, draft, versions, media, renders)


def _answer(rt: Runtime, base_url: str, session_id: str, entry: _Entry) -> bytes:
    epoch = entry.stamp.url_epoch
    body = StateBody(
        draft=entry.draft,
        video_infos=[video_info(rt, base_url, m, epoch) for m in entry.media],
        canvas_config=canvas_config(entry.draft),
        generated_media=[generated(rt, base_url, r, epoch) for r in entry.renders],
        video_analyses=[],
        draft_version=entry.version,
        versions=entry.versions,
    )
    data = StateData(session_id=session_id, task_id=entry.stamp.task_id, state=body)
    return Envelope[StateData](data=data).model_dump_json().encode()


def state_json(rt: Runtime, base_url: str, session_id: str, user_id: str) -> bytes | None:
    """The state answer (the whole JSON envelope) of the user's session; None if it is missing or
    someone else's (the same answer for both)."""
    stamp = rt.store.state_stamp(session_id, user_id)
    if stamp is None:
        return None
    cache = cache_of(rt)
    entry = cache.get(session_id)
    if entry is None or entry.stamp != stamp:
        entry = _load(rt, session_id, stamp)
        cache.put(session_id, entry)
    key = (base_url, int(time.time()))
    answer = entry.answers.get(key)
    if answer is None:
        answer = _answer(rt, base_url, session_id, entry)
        entry.answers = {key: answer}  # replaced, not grown: only the current second is worth keeping
    return answer
