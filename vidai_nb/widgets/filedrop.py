"""FileDrop: browser → engine directly when it can, else a chunked browser → kernel transfer.

Direct (the fast path): the view asks the kernel (`direct`) for a signed upload link (`on_direct`), POSTs
the file itself straight to the engine with the browser's own progress, and reports the engine's answer
(`direct-done`) for `on_direct_done` to finish. If the engine cannot be reached from the browser (Binder
behind a proxy, another host), the view falls back to the comm path below by itself.

The front end (static/upload.js) sends `begin`, then one `chunk` message per `File.slice()` (binary
buffer), then `end`, each waiting for the kernel's ack. The kernel appends every chunk to a temp file
and, at `end`, hands the finished file to `on_file` in a worker thread (so the kernel stays free to
ack the next file). Kernel memory stays at one chunk whatever the file size.

Several files picked or dropped together (with `on_batch`): the engine must see them in ONE upload call
(numbered stills become one clip only then, engine/media/sequence.py), so the view sends them as a batch
over the comm path: `batch-begin` (every name and size), the chunks of each file (`index`, `offset`),
`batch-end`; the kernel hands all the paths to `on_batch` at once and shows one row, with one bar for
the whole batch. A single file keeps the direct path.
"""

from __future__ import annotations

import contextlib
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import anywidget
import traitlets

from vidai_nb.client.upload import AUDIO_EXTS, IMAGE_EXTS, MAX_UPLOAD_BYTES, VIDEO_EXTS

_STATIC = Path(__file__).parent / "static"

# The protocol's accepted formats and size limit, as the client knows them (PROTOCOL.md §3).
DEFAULT_ACCEPT = [*VIDEO_EXTS, *IMAGE_EXTS, *AUDIO_EXTS]
MAX_BYTES = MAX_UPLOAD_BYTES

# on_file(path, name, report) -> final message for the row; `report(progress_percent, message)` updates it.
Report = Callable[[float, str], None]
OnFile = Callable[[Path, str, Report], str]
# on_direct(name, size) -> a URL the browser may POST the bytes to, or None (use the comm path).
OnDirect = Callable[[str, int], "str | None"]
# on_direct_done(name, the engine's answer {code, message, data}) -> final message for the row.
OnDirectDone = Callable[[str, dict[str, Any]], str]
# on_batch(paths, names, report) -> final message for the batch's row (all files in one upload call).
OnBatch = Callable[[list[Path], list[str], Report], str]
MAX_BATCH_FILES = 2000  # an image sequence of a minute and a half at 24 fps; more is a folder for a cell


@dataclass
class _Incoming:
    name: str
    size: int
    path: Path
    fh: BinaryIO
    received: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Part:
    name: str
    size: int
    path: Path
    received: int = 0


@dataclass
class _Batch:
    folder: Path
    files: list[_Part]
    next_index: int = 0  # files arrive one after another, in order; one is open at a time
    fh: BinaryIO | None = None

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()
            self.fh = None

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)

    @property
    def received(self) -> int:
        return sum(f.received for f in self.files)


class FileDrop(anywidget.AnyWidget):
    """Drag-and-drop / pick several files; each arrives in the kernel as a temp file."""

    _esm = _STATIC / "upload.js"
    _css = _STATIC / "upload.css"

    accept = traitlets.List(traitlets.Unicode(), default_value=DEFAULT_ACCEPT).tag(sync=True)
    max_bytes = traitlets.Int(MAX_BYTES).tag(sync=True)
    chunk_bytes = traitlets.Int(2 * 1024 * 1024).tag(sync=True)
    disabled = traitlets.Bool(False).tag(sync=True)
    direct = traitlets.Bool(True).tag(sync=True)  # try browser → engine first (False: always the comm path)
    batch = traitlets.Bool(False).tag(sync=True)  # several files at once go as one batch (on_batch is set)
    # One row per file: {id, name, size, state: receiving|processing|done|error, progress, message}.
    files = traitlets.List(traitlets.Dict()).tag(sync=True)

    def __init__(self, on_file: OnFile | None = None, *, tmp_dir: str | Path | None = None,
                 accept: Sequence[str] | None = None, on_direct: OnDirect | None = None,
                 on_direct_done: OnDirectDone | None = None, on_batch: OnBatch | None = None,
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.on_direct = on_direct
        self.on_batch = on_batch
        self.batch = on_batch is not None
        self.on_direct_done = on_direct_done
        if accept is not None:
            self.accept = [a.lower().lstrip(".") for a in accept]
        self.on_file = on_file
        self.tmp_dir = Path(tmp_dir) if tmp_dir else None
        self.received: list[Path] = []  # finished files when no on_file is given
        self._incoming: dict[str, _Incoming] = {}
        self._batches: dict[str, _Batch] = {}
        self._lock = threading.Lock()
        self._workers: list[threading.Thread] = []
        self.on_msg(self._handle)

    # -- rows ---------------------------------------------------------------------------------
    def _set_row(self, fid: str, **changes: Any) -> None:
        with self._lock:
            rows = [dict(r) for r in self.files]
            for r in rows:
                if r["id"] == fid:
                    r.update(changes)
                    break
            else:
                rows.append({"id": fid, **changes})
            self.files = rows  # a new list: traitlets only syncs on reassignment

    def row(self, fid: str) -> dict[str, Any]:
        return next((dict(r) for r in self.files if r["id"] == fid), {})

    # -- the chunk protocol ---------------------------------------------------------------------
    def _handle(self, _w: Any, content: dict[str, Any], buffers: Sequence[Any]) -> None:
        kind = content.get("type")
        fid = str(content.get("id", ""))
        if kind in ("direct", "direct-done"):
            # Off the comm thread: asking the engine for a link, or reading the session back, takes a moment.
            worker = threading.Thread(target=self._direct, args=(kind, fid, content), daemon=True)
            self._workers.append(worker)
            worker.start()
            return
        try:
            if kind == "begin":
                self._begin(fid, str(content["name"]), int(content["size"]))
            elif kind == "chunk" and fid in self._batches:
                self._batch_chunk(fid, int(content["index"]), int(content["offset"]), buffers)
            elif kind == "chunk":
                self._chunk(fid, int(content["offset"]), buffers)
            elif kind == "end":
                self._end(fid)
            elif kind == "batch-begin":
                self._batch_begin(fid, content.get("files"))
            elif kind == "batch-end":
                self._batch_end(fid)
            elif kind in ("abort", "rejected"):
                self._drop(fid)
                self._set_row(fid, name=content.get("name", self.row(fid).get("name", "?")),
                              size=content.get("size", 0), state="error",
                              message=str(content.get("message", "cancelled")))
                return
            else:
                return
        except Exception as exc:  # any failure goes back to the browser as a readable row
            self._drop(fid)
            self._set_row(fid, state="error", message=f"✖ {exc}")
            self.send({"type": "error", "id": fid, "message": str(exc)})
            return
        inc = self._incoming.get(fid)
        self.send({"type": "ack", "id": fid, "offset": inc.received if inc else 0})

    def _check(self, name: str, size: int) -> str:
        """The file's safe name, after the checks the browser made already (a front end can be bypassed)."""
        ext = Path(name).suffix.lower().lstrip(".")
        if ext not in self.accept:
            raise ValueError(f".{ext} is not accepted ({', '.join(self.accept)})")
        if size < 0 or size > self.max_bytes:
            raise ValueError(f"{size / 2**20:.0f} MB is over the {self.max_bytes / 2**20:.0f} MB limit")
        return Path(name).name or "upload"

    def _begin(self, fid: str, name: str, size: int) -> None:
        safe = self._check(name, size)
        folder = Path(tempfile.mkdtemp(prefix="vidai-up-", dir=self.tmp_dir))
        path = folder / safe
        self._incoming[fid] = _Incoming(name=safe, size=size, path=path, fh=path.open("wb"))
        self._set_row(fid, name=safe, size=size, state="receiving", progress=0.0, message="receiving…")

    def _chunk(self, fid: str, offset: int, buffers: Sequence[Any]) -> None:
        inc = self._incoming[fid]
        if offset != inc.received:
            raise ValueError(f"chunk at {offset} but {inc.received} bytes received")
        data = memoryview(buffers[0]) if buffers else memoryview(b"")
        inc.fh.write(data)
        inc.received += data.nbytes
        if inc.received > inc.size or inc.received > self.max_bytes:
            raise ValueError("more data than announced")
        pct = 100.0 * inc.received / inc.size if inc.size else 100.0
        # Kernel-side share of the bar: receiving is the first half, the engine upload the second.
        self._set_row(fid, progress=round(pct / 2, 1),
                      message=f"received {inc.received / 2**20:.1f} / {inc.size / 2**20:.1f} MB")

    def _end(self, fid: str) -> None:
        inc = self._incoming.pop(fid)
        inc.fh.close()
        if inc.received != inc.size:
            inc.path.unlink(missing_ok=True)
            raise ValueError(f"got {inc.received} of {inc.size} bytes")
        self._set_row(fid, state="processing", progress=50.0, message="received; processing…")
        worker = threading.Thread(target=self._finish, args=(fid, inc), daemon=True)
        self._workers.append(worker)
        worker.start()

    def _finish(self, fid: str, inc: _Incoming) -> None:
        def report(pct: float, message: str) -> None:
            self._set_row(fid, progress=round(50.0 + pct / 2, 1), message=message)

        try:
            if self.on_file is None:
                self.received.append(inc.path)
                self._set_row(fid, state="done", progress=100.0, message="✔ received")
                return
            message = self.on_file(inc.path, inc.name, report)
            self._set_row(fid, state="done", progress=100.0, message=message)
        except Exception as exc:  # one sentence, the bar full and red (upload.css)
            self._set_row(fid, state="error", progress=100.0, message=f"✖ {exc}")
        finally:
            if self.on_file is not None:
                # The engine has its own copy now; the kernel keeps nothing.
                with contextlib.suppress(OSError):
                    inc.path.unlink(missing_ok=True)
                    inc.path.parent.rmdir()

    def _direct(self, kind: str, fid: str, content: dict[str, Any]) -> None:
        name = Path(str(content.get("name", "upload"))).name or "upload"
        size = int(content.get("size", 0))
        if kind == "direct":
            url: str | None = None
            ext = Path(name).suffix.lower().lstrip(".")
            if self.on_direct is not None and ext in self.accept and size <= self.max_bytes:
                try:
                    url = self.on_direct(name, size)
                except Exception:  # no link: the comm path still works
                    url = None
            self.send({"type": "direct-url", "id": fid, "url": url or ""})
            return
        self._set_row(fid, name=name, size=size, state="processing", progress=99.0, message="processing…")
        try:
            if self.on_direct_done is None:
                raise RuntimeError("direct uploads are not handled here")
            answer = content.get("answer")
            message = self.on_direct_done(name, answer if isinstance(answer, dict) else {})
            self._set_row(fid, state="done", progress=100.0, message=message)
        except Exception as exc:  # one sentence, the bar full and red (upload.css)
            self._set_row(fid, state="error", progress=100.0, message=f"✖ {exc}")
        self.send({"type": "ack", "id": fid, "offset": size})

    # -- a batch: several files, one upload call ------------------------------------------------
    def _batch_begin(self, bid: str, files: Any) -> None:
        if self.on_batch is None:
            raise ValueError("several files at once are not handled here")
        if not isinstance(files, list) or not files or len(files) > MAX_BATCH_FILES:
            raise ValueError(f"a batch holds 1 to {MAX_BATCH_FILES} files")
        checked = [(self._check(str(f["name"]), int(f["size"])), int(f["size"])) for f in files]
        folder = Path(tempfile.mkdtemp(prefix="vidai-up-", dir=self.tmp_dir))
        parts: list[_Part] = []
        seen: set[str] = set()
        for i, (name, size) in enumerate(checked):
            # Two files of one name (from two folders) keep their names: the engine reads names.
            where = folder / str(i) if name in seen else folder
            where.mkdir(exist_ok=True)
            seen.add(name)
            parts.append(_Part(name=name, size=size, path=where / name))
        self._batches[bid] = _Batch(folder, parts)
        total = sum(size for _, size in checked)
        self._set_row(bid, name=_batch_name([n for n, _ in checked]), size=total, state="receiving",
                      progress=0.0, message="receiving…")

    def _batch_chunk(self, bid: str, index: int, offset: int, buffers: Sequence[Any]) -> None:
        batch = self._batches[bid]
        if not batch.next_index <= index < len(batch.files) or any(
                f.received != f.size for f in batch.files[batch.next_index:index]):
            raise ValueError(f"file {index + 1} of the batch came out of order")
        if batch.fh is None or index != batch.next_index:
            batch.close()
            batch.fh = batch.files[index].path.open("wb")
        batch.next_index = index
        inc = batch.files[index]
        if offset != inc.received:
            raise ValueError(f"chunk at {offset} but {inc.received} bytes received")
        data = memoryview(buffers[0]) if buffers else memoryview(b"")
        batch.fh.write(data)
        inc.received += data.nbytes
        if inc.received > inc.size:
            raise ValueError(f"{inc.name}: more data than announced")
        total = batch.size
        got = batch.received
        pct = 100.0 * got / total if total else 100.0
        self._set_row(bid, progress=round(pct / 2, 1),
                      message=f"received {got / 2**20:.1f} / {total / 2**20:.1f} MB")

    def _batch_end(self, bid: str) -> None:
        batch = self._batches.pop(bid)
        batch.close()
        for part in batch.files:
            if part.size == 0:
                part.path.touch()  # an empty file sends no chunk
        short = [inc for inc in batch.files if inc.received != inc.size]
        if short:
            _remove_tree(batch.folder)
            raise ValueError(f"{short[0].name}: got {short[0].received} of {short[0].size} bytes")
        self._set_row(bid, state="processing", progress=50.0, message="received; processing…")
        worker = threading.Thread(target=self._finish_batch, args=(bid, batch), daemon=True)
        self._workers.append(worker)
        worker.start()

    def _finish_batch(self, bid: str, batch: _Batch) -> None:
        def report(pct: float, message: str) -> None:
            self._set_row(bid, progress=round(50.0 + pct / 2, 1), message=message)

        try:
            assert self.on_batch is not None
            message = self.on_batch([f.path for f in batch.files], [f.name for f in batch.files], report)
            self._set_row(bid, state="done", progress=100.0, message=message)
        except Exception as exc:  # one sentence, the bar full and red (upload.css)
            self._set_row(bid, state="error", progress=100.0, message=f"✖ {exc}")
        finally:
            _remove_tree(batch.folder)  # the engine has its own copies now

    def _drop(self, fid: str) -> None:
        inc = self._incoming.pop(fid, None)
        if inc is not None:
            inc.fh.close()
            inc.path.unlink(missing_ok=True)
        batch = self._batches.pop(fid, None)
        if batch is not None:
            batch.close()
            _remove_tree(batch.folder)

    def wait(self, timeout: float | None = None) -> None:
        """Wait for files handed to `on_file` (tests, scripts)."""
        for w in list(self._workers):
            w.join(timeout)


def _batch_name(names: list[str]) -> str:
    """"12 files: img_0001.png … img_0012.png" (the row's title)."""
    if len(names) == 1:
        return names[0]
    return f"{len(names)} files: {names[0]} … {names[-1]}"


def _remove_tree(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
