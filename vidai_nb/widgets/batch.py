"""Batch (one prompt × many clips) and PromptLab (many prompts × one clip), results in one DataFrame.

Each run is its own session: upload the clip, one agent turn, optionally one render. Runs go one
after another (the machine's cores are for ffmpeg). The functions only call the client; the
widgets below add a progress bar for the whole batch.
"""

from __future__ import annotations

import hashlib
import html
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import ipywidgets as w
import pandas as pd

from vidai_nb import timeline as tl
from vidai_nb.client import NemoClient
from vidai_nb.connection import Connection, connect

COLUMNS = ["clip", "prompt", "reply", "operations", "changes", "n_tracks", "duration_before_s",
           "duration_after_s", "summary", "turn_s", "export_path", "export_mb", "export_s", "error",
           "session_id"]

# progress(done_runs, total_runs, label)
BatchProgress = Callable[[int, int, str], None]


def _client(source: Connection | NemoClient | None) -> NemoClient:
    if source is None:
        return connect(show=False).client
    return source.client if isinstance(source, Connection) else source


def _args_text(args: dict[str, Any]) -> str:
    inner = ", ".join(f"{k}={v!r}" for k, v in args.items())
    return inner if len(inner) <= 60 else inner[:57] + "…"


def run_one(client: NemoClient, clip: str | Path, prompt: str, *, render: bool = False,
            output: dict[str, Any] | None = None, out_dir: str | Path = "exports",
            language: str = "en") -> dict[str, Any]:
    """One clip, one prompt, in a fresh session → one result row (errors are recorded, not raised)."""
    from vidai_nb.client import ToolCall

    clip = Path(clip)
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row.update(clip=clip.name, prompt=prompt, error="")
    try:
        sid = client.create_session(language=language).session_id
        row["session_id"] = sid
        client.upload(sid, [clip])
        before = client.state(sid).draft or {}
        t0 = time.monotonic()
        result = client.turn(sid, prompt)
        row["turn_s"] = round(time.monotonic() - t0, 2)
        after = (result.state.draft if result.state else None) or {}
        ops = [f"{e.name}({_args_text(e.args)})" for e in result.events if isinstance(e, ToolCall)]
        row.update(
            reply=result.text,
            operations="; ".join(ops),
            changes="; ".join(result.changes or tl.diff(before, after)),
            n_tracks=len(tl.decode_tracks(after)),
            duration_before_s=round(int(before.get("d") or 0) / 1000, 3),
            duration_after_s=round(int(after.get("d") or 0) / 1000, 3),
            summary=tl.summary(after) if after else "",
        )
        if render:
            t1 = time.monotonic()
            dest = Path(out_dir)
            dest.mkdir(parents=True, exist_ok=True)
            tag = hashlib.sha1(prompt.encode()).hexdigest()[:6]  # stable: the same prompt, the same file
            name = f"{clip.stem}-{tag}.{(output or {}).get('format', 'mp4')}"
            res = client.export(sid, output=output, download_to=dest / name)
            row["export_s"] = round(time.monotonic() - t1, 2)
            if res.path is not None:
                row["export_path"] = str(res.path)
                row["export_mb"] = round(Path(res.path).stat().st_size / 2**20, 3)
            else:
                row["error"] = f"export {res.status}"
    except Exception as exc:  # one bad clip must not stop the batch
        row["error"] = str(exc) or type(exc).__name__
    return row


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    return pd.DataFrame.from_records(rows, columns=COLUMNS)


def run_batch(source: Connection | NemoClient | None, prompt: str, clips: Sequence[str | Path], *,
              render: bool = False, output: dict[str, Any] | None = None, out_dir: str | Path = "exports",
              progress: BatchProgress | None = None) -> pd.DataFrame:
    """One prompt over many clips: one row per clip."""
    jobs = [(clip, prompt, f"{Path(clip).name}: editing…") for clip in clips]
    return _run_jobs(_client(source), jobs, render=render, output=output, out_dir=out_dir, progress=progress)


def prompt_lab(source: Connection | NemoClient | None, clip: str | Path, prompts: Sequence[str], *,
               render: bool = False, output: dict[str, Any] | None = None, out_dir: str | Path = "exports",
               progress: BatchProgress | None = None) -> pd.DataFrame:
    """Many prompts over one clip: one row per prompt, side by side."""
    jobs = [(clip, prompt, f"prompt {i + 1}: {prompt[:40]}") for i, prompt in enumerate(prompts)]
    return _run_jobs(_client(source), jobs, render=render, output=output, out_dir=out_dir, progress=progress)


def _run_jobs(client: NemoClient, jobs: Sequence[tuple[str | Path, str, str]], *, render: bool,
              output: dict[str, Any] | None, out_dir: str | Path,
              progress: BatchProgress | None) -> pd.DataFrame:
    """Each (clip, prompt) in its own session, in order, with progress for the whole batch."""
    rows: list[dict[str, Any]] = []
    for i, (clip, prompt, label) in enumerate(jobs):
        if progress:
            progress(i, len(jobs), label)
        rows.append(run_one(client, clip, prompt, render=render, output=output, out_dir=out_dir))
    if progress:
        progress(len(jobs), len(jobs), "done")
    return _frame(rows)


_SHOWN = ["clip", "prompt", "reply", "changes", "duration_after_s", "export_mb", "error"]


class _Runner(w.VBox):
    """Progress for the whole batch, then the results table; `.result` holds the DataFrame."""

    def __init__(self, **kwargs: Any) -> None:
        self.bar = w.IntProgress(value=0, min=0, max=1, description="", layout=w.Layout(width="100%"))
        self.label = w.HTML("")
        self.table = w.HTML("")
        self.result: pd.DataFrame | None = None
        self._thread: threading.Thread | None = None
        super().__init__([self.bar, self.label, self.table], **kwargs)

    def _progress(self, done: int, total: int, label: str) -> None:
        self.bar.max = max(total, 1)
        self.bar.value = done
        self.label.value = f"{done}/{total} · {html.escape(label)}"

    def _start(self, job: Callable[[], pd.DataFrame]) -> None:
        def run() -> None:
            try:
                self.result = job()
                shown = self.result[_SHOWN]
                self.table.value = shown.to_html(index=False, na_rep="", escape=True)
                self.bar.bar_style = "success"
            except Exception as exc:
                self.bar.bar_style = "danger"
                self.label.value = f"✖ {html.escape(str(exc))}"

        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> pd.DataFrame | None:
        if self._thread is not None:
            self._thread.join(timeout)
        return self.result


class BatchRunner(_Runner):
    """`BatchRunner(conn, "trim to 3 seconds", clips, render=True)`: runs at once, in the background."""

    def __init__(self, source: Connection | NemoClient | None, prompt: str, clips: Sequence[str | Path], *,
                 render: bool = False, output: dict[str, Any] | None = None, out_dir: str | Path = "exports",
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._start(lambda: run_batch(source, prompt, clips, render=render, output=output, out_dir=out_dir,
                                      progress=self._progress))


class PromptLab(_Runner):
    """`PromptLab(conn, clip, [prompt, …], render=False)`: many prompts × one clip, side by side."""

    def __init__(self, source: Connection | NemoClient | None, clip: str | Path, prompts: Sequence[str], *,
                 render: bool = False, output: dict[str, Any] | None = None, out_dir: str | Path = "exports",
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._start(lambda: prompt_lab(source, clip, prompts, render=render, output=output, out_dir=out_dir,
                                       progress=self._progress))
