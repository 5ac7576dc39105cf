"""Uploader: drop / pick files (chunked, FileDrop), a path on the Jupyter server, or a URL.

Every file ends with its duration and resolution (from the backend's answer) or a clear error, and
a thumbnail of each uploaded clip is shown.
"""

from __future__ import annotations

import base64
import html
import subprocess
import tempfile
import threading
from pathlib import Path
from typing import Any

import ipywidgets as w

from vidai_nb.widgets.filedrop import FileDrop, Report
from vidai_nb.widgets.project import Project


def describe_upload(f: Any) -> str:
    """"✔ clip.mp4 · 6.0 s · 320×240" from an uploaded-file record."""
    bits = [f"✔ {f.filename}"]
    if f.duration is not None and f.file_type != "image":
        bits.append(f"{f.duration:.1f} s")
    if f.width and f.height:
        bits.append(f"{f.width}×{f.height}")
    return " · ".join(bits)


def describe_batch(files: list[Any], names: list[str]) -> str:
    """"✔ 12 files uploaded · numbered stills → one clip img_0001-0012.mp4 · 0.5 s" from what the engine
    answered (a clip it made from the files is named only when it is in the answer)."""
    sent = set(names)
    made = [f for f in files if f.filename not in sent and f.file_type == "video"]
    text = f"✔ {len(names)} files uploaded"
    for f in made:
        bits = [f.filename]
        if f.duration is not None:
            bits.append(f"{f.duration:.1f} s")
        text += " · numbered stills → one clip " + " · ".join(bits)
    return text


def upload_error(exc: BaseException, name: str) -> str:
    """One sentence for a failed upload (never the engine's raw ffmpeg text)."""
    from vidai_nb.client import FileTooLargeError, UnsupportedFileError

    if isinstance(exc, UnsupportedFileError):
        return f"{name} isn't a video, picture or sound file we can read."
    if isinstance(exc, FileTooLargeError):
        return str(exc).splitlines()[0]
    text = (str(exc).strip() or type(exc).__name__).splitlines()[0]
    return text if len(text) <= 160 else text[:157].rstrip() + "…"


def thumbnail_png(path: Path | str, width: int = 160) -> bytes | None:
    """A small PNG of the frame at ~1 s (or the first), made by the bundled ffmpeg; None for audio/fails."""
    import imageio_ffmpeg

    with tempfile.TemporaryDirectory(prefix="vidai-thumb-") as tmp:
        out = Path(tmp) / "t.png"
        for seek in ("1", "0"):
            cmd = [imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y", "-ss", seek,
                   "-i", str(path), "-frames:v", "1", "-vf", f"scale={width}:-2", str(out)]
            try:
                subprocess.run(cmd, check=True, timeout=30, capture_output=True)
            except (subprocess.SubprocessError, OSError):
                continue
            if out.exists() and out.stat().st_size:
                return out.read_bytes()
    return None


MAX_BATCH_PREVIEWS = 8  # thumbnails for one batch; the rest are in the timeline and the media list


class UploadFailed(Exception):
    """An upload the engine refused, in one sentence."""


def _check_answer(files: list[Any]) -> Any:
    """The first file of the engine's answer; an answer naming no file is not called an upload."""
    if not files:
        raise UploadFailed("The editor answered without naming any file: nothing was added.")
    return files[0]


class Previews(w.HTML):
    """Thumbnails of the uploaded clips, with name, duration and size.

    One HTML widget, its value redrawn: an upload finishes in a background thread, and a widget made there
    and swapped into a box can reach a page (a Voilà page still loading) before its model does.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.items: list[str] = []
        self._lock = threading.Lock()

    def add(self, name: str, caption: str, png: bytes | None) -> None:
        pic = (f'<img src="data:image/png;base64,{base64.b64encode(png).decode()}" style="width:120px">'
               if png else '<div style="width:120px;height:68px;display:flex;align-items:center;'
               'justify-content:center;background:#eef1f5;border-radius:6px;font-size:26px">♪</div>')
        label = (f'<div style="font-size:11px;width:120px;overflow:hidden;text-overflow:ellipsis;'
                 f'white-space:nowrap" title="{html.escape(name)}">{html.escape(caption)}</div>')
        with self._lock:
            self.items.append(f'<div style="margin:0 8px 6px 0">{pic}{label}</div>')
            self.value = ('<div class="vidai-previews" style="display:flex;flex-flow:row wrap">'
                          + "".join(self.items) + "</div>")


class Uploader(w.VBox):
    """Upload clips into the project's session; `display(Uploader(project))`."""

    def __init__(self, project: Project | None = None, *, direct: bool = True, **kwargs: Any) -> None:
        self.project = project or Project()
        self.drop = FileDrop(on_file=self._on_file, on_direct=self._direct_link,
                             on_direct_done=self._direct_done, on_batch=self._on_batch, direct=direct)
        self.path_box = w.Text(placeholder="…or a path on the Jupyter server, e.g. clips/city.mp4",
                               layout=w.Layout(flex="1"))
        self.url_box = w.Text(placeholder="…or a URL (https://…/clip.mp4)", layout=w.Layout(flex="1"))
        self.path_btn = w.Button(description="Add path", icon="folder-open", layout=w.Layout(width="110px"))
        self.url_btn = w.Button(description="Add URL", icon="link", layout=w.Layout(width="110px"))
        self.message = w.HTML()
        self.previews = Previews()
        self.results: list[Any] = []  # uploaded-file records, in order
        self.path_btn.on_click(lambda _b: self._start(self._add_path))
        self.url_btn.on_click(lambda _b: self._start(self._add_url))
        self._threads: list[threading.Thread] = []
        super().__init__([
            self.drop,
            w.HBox([self.path_box, self.path_btn]),
            w.HBox([self.url_box, self.url_btn]),
            self.message,
            self.previews,
        ], **kwargs)
        self.add_class("vidai-uploader")

    # -- the three ways in ------------------------------------------------------------------------
    def _on_file(self, path: Path, name: str, report: Report) -> str:
        png = thumbnail_png(path)

        def progress(sent: int, total: int, _filename: str) -> None:
            if total:
                report(100.0 * sent / total, f"sending to the editor {100 * sent / total:.0f}%")

        try:
            files = self.project.upload([path], progress=progress)
        except Exception as exc:
            raise UploadFailed(upload_error(exc, name)) from exc
        f = _check_answer(files)
        if png and not self.project.thumbnail:
            self.project.thumbnail = png
        self.results.append(f)
        text = describe_upload(f)
        self.previews.add(name, text.removeprefix("✔ "), png)
        return text

    def _on_batch(self, paths: list[Path], names: list[str], report: Report) -> str:
        """Several files in ONE upload call (numbered stills become one clip only so), one bar for all."""

        def progress(sent: int, total: int, _filename: str) -> None:
            if total:
                pct = 100.0 * sent / total
                report(pct, f"sending {len(paths)} files to the editor {pct:.0f}%")

        try:
            files = self.project.upload(paths, progress=progress)
        except Exception as exc:
            from vidai_nb.client import FileTooLargeError, UnsupportedFileError

            # The engine's message names the file it refused; the sentence says which.
            named = next((n for n in names if n in str(exc)), "One of the files")
            text = upload_error(exc, named)
            if isinstance(exc, UnsupportedFileError | FileTooLargeError):  # refused whole, before storing
                text += " Nothing of this batch was added."
            raise UploadFailed(text) from exc
        _check_answer(files)
        self.results.extend(files)
        text = describe_batch(files, names)
        local = {p.name: p for p in paths}
        # Thumbnails of the clips (and of a clip the engine made from stills), not of hundreds of stills.
        shown = [f for f in files if f.file_type != "image"] or files[:1]
        for f in shown[:MAX_BATCH_PREVIEWS]:
            src = local.get(f.filename) or f.cdn_url
            png = thumbnail_png(src) if src and f.file_type != "audio" else None
            if png and not self.project.thumbnail:
                self.project.thumbnail = png
            self.previews.add(f.filename, describe_upload(f).removeprefix("✔ "), png)
        return text

    def _direct_link(self, name: str, size: int) -> str | None:
        return self.project.client.direct_upload_url(self.project.ensure_session(), name, size)

    def _direct_done(self, name: str, answer: dict[str, Any]) -> str:
        """The engine's answer to the browser's direct POST: a clear sentence for a refusal, else the file."""
        from vidai_nb.client import UploadedFile
        from vidai_nb.client.errors import error_for

        code = answer.get("code")
        data = answer.get("data") if isinstance(answer.get("data"), dict) else {}
        raw = [f for f in (data or {}).get("files") or [] if isinstance(f, dict)]
        if code not in (0, None) or not raw:
            exc = error_for(int(code) if isinstance(code, int) else 400, str(answer.get("message") or ""))
            raise UploadFailed(upload_error(exc, name))
        files = [UploadedFile.from_json(f) for f in raw]
        self.project.refresh()  # the engine applied the upload to the session already
        self.results.extend(files)
        text = describe_upload(files[0])
        url = files[0].cdn_url

        def preview() -> None:  # from the engine's copy: the kernel never had the bytes
            png = thumbnail_png(url) if url and files[0].file_type != "audio" else None
            if png and not self.project.thumbnail:
                self.project.thumbnail = png
            self.previews.add(name, text.removeprefix("✔ "), png)

        t = threading.Thread(target=preview, daemon=True)
        self._threads.append(t)
        t.start()
        return text

    def upload_path(self, path: str | Path) -> str:
        """Upload a file already on the kernel's machine (also what "Add path" does)."""
        p = Path(path).expanduser()
        if not p.is_absolute():
            p = Path.cwd() / p
        if not p.is_file():
            raise FileNotFoundError(f"No file at {p} on the Jupyter server.")
        files = self.project.upload([p])
        text = describe_upload(_check_answer(files))
        self.results.extend(files)
        png = thumbnail_png(p)
        if png and not self.project.thumbnail:
            self.project.thumbnail = png
        self.previews.add(p.name, text.removeprefix("✔ "), png)
        return text

    def upload_url(self, url: str) -> str:
        files = self.project.upload_urls([url])
        _check_answer(files)
        self.results.extend(files)
        return "; ".join(describe_upload(f) for f in files)

    def _add_path(self) -> str:
        text = self.upload_path(self.path_box.value.strip())
        self.path_box.value = ""
        return text

    def _add_url(self) -> str:
        url = self.url_box.value.strip()
        if not url.startswith(("http://", "https://")):
            raise ValueError("A URL must start with http:// or https://")
        text = self.upload_url(url)
        self.url_box.value = ""
        return text

    def _start(self, fn: Any) -> None:
        def run() -> None:
            self.message.value = "⏳ uploading…"
            try:
                self.message.value = html.escape(fn())
            except Exception as exc:
                self.message.value = f'<span style="color:#c62828">✖ {html.escape(str(exc))}</span>'

        t = threading.Thread(target=run, daemon=True)
        self._threads.append(t)
        t.start()

    def wait(self, timeout: float | None = None) -> None:
        self.drop.wait(timeout)
        for t in list(self._threads):
            t.join(timeout)
