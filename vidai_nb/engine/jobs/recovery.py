"""Start-up recovery after a crash (kill -9, power loss): what the previous engine left half-done is
stopped, removed or settled before the first request, and every step is logged.

One engine per data directory is assumed (as the SQLite store does): nothing found here can belong
to a live turn or render of this process, which has not started any yet. A shared deployment
(PostgreSQL) breaks that assumption: other API processes and `vidai-worker`s are live on the same
database and data, so the API (api/runtime.py) does not call this there: lost renders are the
workers' business (jobs/pg.rescue_lost), dead turns the janitor's.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from vidai_nb.engine.jobs.render_job import pid_dir, tmp_dir
from vidai_nb.engine.render.plan import WORKDIR_PREFIX
from vidai_nb.engine.render.run import kill_recorded
from vidai_nb.engine.store import Store

log = logging.getLogger("vidai_nb.engine.recovery")


@dataclass
class Recovered:
    killed: list[int] = field(default_factory=list)
    failed_renders: int = 0
    partials: list[Path] = field(default_factory=list)
    workdirs: list[Path] = field(default_factory=list)
    uploads: list[Path] = field(default_factory=list)
    refunds: list[tuple[str, int, str]] = field(default_factory=list)


def recover(data_dir: Path, store: Store) -> Recovered:
    r = Recovered()
    # 1. ffmpeg runs the previous engine left (where PR_SET_PDEATHSIG did not already end them).
    r.killed = kill_recorded(pid_dir(data_dir))
    if r.killed:
        log.warning("start-up: stopped %d ffmpeg process(es) left by the previous engine", len(r.killed))
    # 2. their records: failed with a reason the owner can read.
    r.failed_renders = store.fail_interrupted_renders()
    if r.failed_renders:
        log.warning("start-up: %d render(s) interrupted by the last stop marked failed", r.failed_renders)
    # 3. half-written files: render outputs, render scratch folders, uploads cut short.
    renders = data_dir / "renders"
    r.partials = sorted(p for p in renders.rglob(".*.partial*") if p.is_file()) if renders.is_dir() else []
    for p in r.partials:
        p.unlink(missing_ok=True)
    r.workdirs = sorted(tmp_dir(data_dir).glob(f"{WORKDIR_PREFIX}*"))
    for d in r.workdirs:
        shutil.rmtree(d, ignore_errors=True)
    media = data_dir / "media"
    r.uploads = sorted(media.rglob("*.part")) if media.is_dir() else []
    for p in r.uploads:
        p.unlink(missing_ok=True)
    if r.partials or r.workdirs or r.uploads:
        log.warning(
            "start-up: removed %d partial render output(s), %d render scratch folder(s), "
            "%d partial upload(s)",
            len(r.partials), len(r.workdirs), len(r.uploads),
        )
    # 4. credits frozen by turns that died with the engine: given back.
    r.refunds = store.settle_orphan_freezes()
    for user_id, amount, ref in r.refunds:
        log.warning(
            "start-up: refunded %d credit(s) frozen by unfinished turn %s of user %s", amount, ref, user_id
        )
    return r
