"""Assemble a session's state (PROTOCOL.md §3 State) from the store."""

from __future__ import annotations

import json
from math import gcd
from typing import Any

from vidai_nb.engine.api.runtime import Runtime
from vidai_nb.engine.api.schemas import GeneratedMedia, StateBody, StateData, VersionEntry, VideoInfo
from vidai_nb.engine.store.ids import iso
from vidai_nb.engine.store.models import Media, Render, Session


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


def build_state(rt: Runtime, base_url: str, sess: Session) -> StateData:
    version, draft = rt.store.current(sess.id)
    versions = [
        VersionEntry(version=v.version, label=v.label, created_at=iso(v.created_at) or "", parent=v.parent)
        for v in rt.store.versions(sess.id)
    ]
    # Every state read hands out fresh links (valid VIDAI_SIGNED_URL_TTL_S from now): the renewal.
    epoch = rt.store.url_epoch(sess.user_id)
    body = StateBody(
        draft=draft,
        video_infos=[video_info(rt, base_url, m, epoch) for m in rt.store.list_media(sess.id)],
        canvas_config=canvas_config(draft),
        generated_media=[generated(rt, base_url, r, epoch) for r in rt.store.session_renders(sess.id)],
        video_analyses=[],
        draft_version=version,
        versions=versions,
    )
    return StateData(session_id=sess.id, task_id=sess.task_id, state=body)
