"""The orphan sweep of an S3 store: what a crash left that no reader can reach and nobody will finish.

- unfinished multipart uploads (an API process or a worker died mid-upload, mid-render): S3 keeps
  their parts, and bills them, until they are aborted;
- objects under `media/`, `renders/` and `proxies/` that no database row names (an upload stored but
  never recorded, a render output of a deleted or never-recorded render, a proxy of media gone).

Only what is older than `grace_s` is touched: a live upload, or an object stored a moment before its
row is written, is younger than that. Keys under other folders are never looked at. The workers run
it at start-up and every `VIDAI_STORAGE_SWEEP_S` (worker.py), one at a time (an advisory lock).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, select

from vidai_nb.engine.storage.s3 import S3Storage
from vidai_nb.engine.store.models import Media, Render

log = logging.getLogger("vidai_nb.engine.storage.sweep")

SWEPT_FOLDERS = ("media/", "renders/", "proxies/")


@dataclass
class Swept:
    uploads: list[str] = field(default_factory=list)  # keys of unfinished uploads aborted
    objects: list[str] = field(default_factory=list)  # keys of orphan objects deleted


def _named(db: Engine) -> tuple[set[str], set[str]]:
    """The keys rows name (media and render outputs), and the media ids (their proxies are live)."""
    with db.connect() as conn:
        media = conn.execute(select(Media.id, Media.rel_path)).all()
        outputs = conn.execute(select(Render.rel_path).where(Render.rel_path.is_not(None))).scalars().all()
    keys = {str(k) for _i, k in media} | {str(k) for k in outputs}
    return keys, {str(i) for i, _k in media}


def _live(key: str, keys: set[str], media_ids: set[str]) -> bool:
    if key in keys:
        return True
    if key.startswith("proxies/"):
        # proxies/<media id>.intra.mp4, proxies/<media id>.sound.mp4: alive while the media row is
        return key.removeprefix("proxies/").split(".", 1)[0] in media_ids
    return False


def sweep(storage: S3Storage, db: Engine, grace_s: float, now: datetime | None = None) -> Swept:
    """Abort the unfinished uploads and delete the orphan objects older than `grace_s`; logged."""
    cutoff = (now or datetime.now(UTC)) - timedelta(seconds=grace_s)
    done = Swept()
    for key, upload_id, started in storage.uploads_in_flight():
        if started < cutoff:
            storage.abort_upload(key, upload_id)
            done.uploads.append(key)
    # The rows are read after the listing: an object stored and recorded meanwhile is then named.
    found = [(k, m) for folder in SWEPT_FOLDERS for k, m in storage.listing(folder) if m < cutoff]
    keys, media_ids = _named(db)
    for key, _modified in found:
        if not _live(key, keys, media_ids):
            storage.delete(key)
            done.objects.append(key)
    if done.uploads or done.objects:
        log.warning("storage sweep: aborted %d unfinished upload(s), deleted %d orphan object(s): %s",
                    len(done.uploads), len(done.objects), ", ".join((done.uploads + done.objects)[:20]))
    else:
        log.info("storage sweep: nothing left over (older than %.0f s)", grace_s)
    return done
