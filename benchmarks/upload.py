"""Upload benchmark, through a real browser: a file picked in the Studio's file input until its row says
done (probing included), browser → engine directly against the comm path (browser → kernel → engine)
in the same run.

JupyterLab runs on loopback with a temporary root and engine data directory; headless Chromium
(Playwright, `/usr/bin/chromium` or `$VIDAI_CHROMIUM`) opens a notebook with two Uploaders on one
project: one uploads straight to the engine (the default), the other is forced onto the comm path.
Each file is an H.264 MP4 made by looping a lossless 720p seed with stream copy (no encoding), so the
engine probes a real video of that size. Each size runs --repeat times per path, alternating.

Printed: seconds, MB/s and the ratio comm / direct per size, the kernel's peak memory growth, and
whether the direct path meets its bound (1 s + size at 50 MB/s; the aim on loopback is ≥ 50 MB/s).

Run from the repository root: `python benchmarks/upload.py [--sizes 10,200] [--repeat 1]`.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("VIDAI_CHROMIUM", "/usr/bin/chromium")
DIRECT_MB_PER_S = 50.0

NOTEBOOK = """
import resource, threading, time
import ipywidgets as w
from vidai_nb.widgets import Uploader
from vidai_nb.widgets.project import Project

project = Project()
project.ensure_session()  # connected before the clock starts: the benchmark times uploads, not start-up
direct = Uploader(project)
comm = Uploader(project, direct=False)
direct.add_class("bench-direct"); comm.add_class("bench-comm")
rss = w.HTML("")

def watch():
    while True:
        rss.value = f"peak_rss_mb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}"
        time.sleep(0.3)

threading.Thread(target=watch, daemon=True).start()
display(direct, comm, rss)
"""


def bound_s(mb: float) -> float:
    """The direct path's bound: 50 MB/s on loopback plus 1 s for probing."""
    return 1.0 + mb / DIRECT_MB_PER_S


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def ffmpeg() -> str:
    import imageio_ffmpeg

    return str(imageio_ffmpeg.get_ffmpeg_exe())


def make_video(path: Path, mb: int, work: Path) -> Path:
    seed = work / "seed.mp4"
    if not seed.exists():
        subprocess.run([ffmpeg(), "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=30",
                        "-f", "lavfi", "-i", "sine=frequency=440", "-t", "4", "-c:v", "libx264", "-qp", "0",
                        "-preset", "ultrafast", "-c:a", "aac", "-shortest", str(seed)], check=True)
    loops = max(1, int(mb * 2**20 / seed.stat().st_size) - 1)
    subprocess.run([ffmpeg(), "-v", "error", "-y", "-stream_loop", str(loops), "-i", str(seed), "-c", "copy",
                    str(path)], check=True)
    return path


def start_lab(base: Path) -> tuple[subprocess.Popen[bytes], str, str, Path]:
    root = base / "root"
    root.mkdir()
    token = secrets.token_hex(24)
    port = free_port()
    settings = base / "lab-settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    (settings / "notification.jupyterlab-settings").write_text(
        '{"fetchNews": "false", "checkForUpdates": false}')
    env = {**os.environ, "VIDAI_DATA_DIR": str(base / "engine-data"), "XDG_CONFIG_HOME": str(base / "xdg"),
           "JUPYTER_CONFIG_DIR": str(base / "jupyter-config"),
           "JUPYTERLAB_SETTINGS_DIR": str(base / "lab-settings"),
           "JUPYTERLAB_WORKSPACES_DIR": str(base / "lab-workspaces"),
           "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)}
    env.pop("NEMO_API_URL", None)
    args = [sys.executable, "-m", "jupyter", "lab", "--no-browser", f"--port={port}",
            "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
            "--ServerApp.log_level=WARN"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--allow-root")
    log = (base / "lab.log").open("wb")
    proc = subprocess.Popen(args, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            status = httpx.get(f"{url}/api/status", headers={"Authorization": f"token {token}"}, timeout=2)
            if status.is_success:
                return proc, url, token, root
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError("jupyter lab did not start")


def run_notebook(page: Any, url: str, token: str) -> None:
    page.goto(f"{url}/lab/tree/bench.ipynb?reset&token={token}")
    page.wait_for_selector(".jp-StatusBar-TextItem:has-text('| Idle')", timeout=90_000)
    started = """() => Array.from(document.querySelectorAll('.jp-CodeCell .jp-InputPrompt'))
        .some(p => /\\[(\\*|\\d+)\\]/.test(p.textContent))"""
    for _ in range(4):
        page.click("li.lm-MenuBar-item:has-text('Run')")
        page.click("li.lm-Menu-item:has-text('Run All Cells')")
        try:
            page.wait_for_function(started, timeout=20_000)
            break
        except Exception:
            page.keyboard.press("Escape")
    page.wait_for_selector(".bench-direct input.vidai-file-input", state="attached", timeout=90_000)
    page.wait_for_selector(".widget-html-content:has-text('peak_rss_mb=')", timeout=90_000)


def peak_rss(page: Any) -> int:
    return int(page.inner_text(".widget-html-content:has-text('peak_rss_mb=')").split("=")[1])


def upload_once(page: Any, which: str, path: Path) -> float:
    rows = page.locator(f".bench-{which} .vidai-upload-row")
    before = rows.count()
    t0 = time.monotonic()
    page.set_input_files(f".bench-{which} input.vidai-file-input", str(path))
    page.wait_for_function(
        f"""() => {{ const r = document.querySelectorAll('.bench-{which} .vidai-upload-row');
            return r.length > {before} && /done|error/.test(r[r.length - 1].className); }}""",
        timeout=600_000)
    elapsed = time.monotonic() - t0
    last = rows.nth(before)
    if "done" not in (last.get_attribute("class") or ""):
        raise RuntimeError(f"{which} upload failed: {last.inner_text()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10,200", help="file sizes in MB, comma-separated")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if not Path(CHROMIUM).exists():
        sys.exit(f"no Chromium at {CHROMIUM} (set VIDAI_CHROMIUM)")
    import nbformat
    from playwright.sync_api import sync_playwright

    base = Path(tempfile.mkdtemp(prefix="vidai-upload-bench-"))
    proc, url, token, root = start_lab(base)
    results: dict[int, dict[str, list[float]]] = {}
    real_mb: dict[int, float] = {}
    rss: list[int] = []
    try:
        book = nbformat.v4.new_notebook()
        book.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
        book.cells = [nbformat.v4.new_code_cell(NOTEBOOK)]
        nbformat.write(book, root / "bench.ipynb")
        files = {mb: make_video(base / f"clip-{mb}mb.mp4", mb, base) for mb in sizes}
        real_mb = {mb: path.stat().st_size / 2**20 for mb, path in files.items()}
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                        args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
            page = browser.new_page(viewport={"width": 1300, "height": 1400})
            run_notebook(page, url, token)
            rss.append(peak_rss(page))
            for mb, path in files.items():
                results[mb] = {"direct": [], "comm": []}
                for i in range(args.repeat):
                    order = ("direct", "comm") if i % 2 == 0 else ("comm", "direct")
                    for which in order:
                        results[mb][which].append(upload_once(page, which, path))
                        rss.append(peak_rss(page))
            browser.close()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
        sys.path.insert(0, str(ROOT))
        from vidai_nb import local

        local.stop_engine(base / "engine-data")
        shutil.rmtree(base, ignore_errors=True)

    print(f"{'size':>8} {'direct s':>9} {'MB/s':>7} {'comm s':>8} {'MB/s':>7} {'comm/direct':>12} "
          f"{'bound s':>8}")
    report = []
    for mb in sizes:
        size = real_mb[mb]
        d = statistics.median(results[mb]["direct"])
        c = statistics.median(results[mb]["comm"])
        ok = "ok" if d <= bound_s(size) else "OVER"
        print(f"{size:>6.0f}MB {d:9.2f} {size / d:7.1f} {c:8.2f} {size / c:7.1f} {c / d:11.1f}x "
              f"{bound_s(size):7.1f} {ok}")
        report.append({"mb": round(size), "direct_s": round(d, 2), "comm_s": round(c, 2),
                       "ratio": round(c / d, 1), "bound_s": round(bound_s(size), 1)})
    print(f"kernel peak RSS: {rss[0]} MB before the uploads, {max(rss)} MB after all of them (both paths)")
    print(json.dumps(report))


if __name__ == "__main__":
    main()
