"""Uploader: drop / pick files (chunked, FileDrop), a path on the Jupyter server, or a URL.

Every file ends with its duration and resolution (from the backend's answer) or a clear error, and
a thumbnail of each uploaded clip is shown.
"""

from __future__ import annotations

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


class UploadFailed(Exception):
    """An upload the engine refused, in one sentence."""


class Previews(w.HBox):
    """Thumbnails of the uploaded clips, with name, duration and size."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(layout=w.Layout(flex_flow="row wrap"), **kwargs)
        self._lock = threading.Lock()

    def add(self, name: str, caption: str, png: bytes | None) -> None:
        pic: w.Widget = (w.Image(value=png, format="png", layout=w.Layout(width="120px"))
                         if png else w.HTML('<div style="width:120px;height:68px;display:flex;'
                                            'align-items:center;justify-content:center;background:#eef1f5;'
                                            'border-radius:6px;font-size:26px">♪</div>'))
        label = w.HTML(f'<div style="font-size:11px;width:120px;overflow:hidden;text-overflow:ellipsis;'
                       f'white-space:nowrap" title="{html.escape(name)}">{html.escape(caption)}</div>')
        with self._lock:
            box: Any = self  # ipywidgets' traits are untyped
            box.children = (*box.children, w.VBox([pic, label], layout=w.Layout(margin="0 8px 6px 0")))


class Uploader(w.VBox):
    """Upload clips into the project's session; `display(Uploader(project))`."""

    def __init__(self, project: Project | None = None, *, direct: bool = True, **kwargs: Any) -> None:
        self.project = project or Project()
        self.drop = FileDrop(on_file=self._on_file, on_direct=self._direct_link,
                             on_direct_done=self._direct_done, direct=direct)
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
        f = files[0]
        if png and not self.project.thumbnail:
            self.project.thumbnail = png
        self.results.append(f)
        text = describe_upload(f)
        self.previews.add(name, text.removeprefix("✔ "), png)
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
        self.results.extend(files)
        text = describe_upload(files[0])
        png = thumbnail_png(p)
        if png and not self.project.thumbnail:
            self.project.thumbnail = png
        self.previews.add(p.name, text.removeprefix("✔ "), png)
        return text

    def upload_url(self, url: str) -> str:
        files = self.project.upload_urls([url])
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
