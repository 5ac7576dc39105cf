"""Studio in a real browser: JupyterLab 4 + headless Chromium (Playwright), then the Voilà rendering.

Upload a generated clip through the widget's file input, type a prompt, watch the reply arrive, the
timeline table change, export, and the <video> play. Screenshots go to artifacts/screenshots/.
Also measures the player's byte transports (widget channel vs Jupyter's /files) up to 200 MB.
"""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path
from typing import Any

import nbformat
import pytest

from tests import media
from tests.browser.conftest import ROOT, Lab

pytestmark = pytest.mark.browser

LAST_REPLY_DONE = """() => {
  const msgs = document.querySelectorAll('.vidai-msg');
  const last = msgs[msgs.length - 1];
  return msgs.length >= 3 && last.classList.contains('assistant') && last.textContent !== '…'
    && !document.querySelector('.vidai-chat').classList.contains('busy');
}"""

# Records every text the last assistant bubble shows, to see the reply arrive (streamed or at once).
WATCH_REPLY = """() => {
  window.__replyTexts = [];
  const history = document.querySelector('.vidai-chat-history');
  new MutationObserver(() => {
    const msgs = history.querySelectorAll('.vidai-msg.assistant');
    const t = msgs[msgs.length - 1]?.textContent;
    if (t && window.__replyTexts[window.__replyTexts.length - 1] !== t) window.__replyTexts.push(t);
  }).observe(history, {subtree: true, childList: true, characterData: true});
}"""


def shot_on_failure(page: Any, name: str) -> None:
    page.screenshot(path=str(ROOT / "artifacts" / "screenshots" / f"failure-{name}.png"))


def open_and_run(page: Any, lab: Lab, notebook: str) -> None:
    """Open a notebook and Run All once its kernel is connected (retried if the click came too early)."""
    page.goto(lab.url(f"lab/tree/{notebook}?reset"))  # ?reset: no tabs restored from the last page
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=90_000)
    page.wait_for_selector(".jp-StatusBar-TextItem:has-text('| Idle')", timeout=90_000)
    if page.locator(".jp-Notification-Toast button:has-text('No')").count():
        page.click(".jp-Notification-Toast button:has-text('No')")  # the "Jupyter news?" toast
    started = """() => Array.from(document.querySelectorAll(
          '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputPrompt'))
        .some(p => /\\[(\\*|\\d+)\\]/.test(p.textContent))"""
    for _attempt in range(4):
        page.click("li.lm-MenuBar-item:has-text('Run')")
        page.click("li.lm-Menu-item:has-text('Run All Cells')")
        try:
            page.wait_for_function(started, timeout=20_000)
            return
        except Exception:
            page.keyboard.press("Escape")
    shot_on_failure(page, f"run-{notebook}")
    raise AssertionError(f"could not run {notebook}")


def studio_state(page: Any, lab: Lab) -> str:
    """What the page and the servers say now: the text of a failed wait (a timeout alone says nothing)."""
    try:
        where = ".vidai-studio" if page.locator(".vidai-studio").count() else "body"
        body = page.inner_text(where)
    except Exception as exc:  # the page itself may be gone
        body = f"(page unreadable: {exc})"
    engine = lab.data_dir / "engine.log"
    engine_tail = engine.read_text(errors="replace")[-1500:] if engine.exists() else "(no engine log)"
    return (f"page text: {body[:800]!r}\n--- lab log (tail) ---\n{lab.log()[-2500:]}"
            f"\n--- engine log (tail) ---\n{engine_tail}")


def wait_voila_ready(page: Any, lab: Lab, notebook: str, timeout: float = 90_000) -> None:
    """Open a notebook in Voilà and wait for the Studio's "Ready".

    One reload is allowed: CI once saw the page stay without "Ready" for 120 s while the same test takes
    7 s here (the Voilà kernel or its widgets' first sync on a loaded machine). What the page showed the
    first time is reported as a warning, so a repeat stays visible; a second miss fails with both states.
    """
    import warnings

    page.goto(lab.url(f"voila/render/{notebook}"))
    try:
        page.wait_for_selector(".vidai-studio .vidai-status:has-text('Ready')", timeout=timeout)
        return
    except Exception:
        first = studio_state(page, lab)
        shot_on_failure(page, "voila-ready-1")
    warnings.warn(f"Voilà: no 'Ready' within {timeout / 1000:.0f} s, reloading once.\n{first}", stacklevel=2)
    page.goto(lab.url(f"voila/render/{notebook}"))
    try:
        page.wait_for_selector(".vidai-studio .vidai-status:has-text('Ready')", timeout=timeout)
    except Exception:
        shot_on_failure(page, "voila-ready-2")
        raise AssertionError(f"Voilà never showed 'Ready'.\nfirst try:\n{first}\nsecond try:\n"
                             f"{studio_state(page, lab)}") from None


def send(page: Any, text: str, timeout: float = 120_000) -> str:
    """Type a request, press Enter, wait for the reply; the last assistant bubble's text."""
    n = page.locator(".vidai-msg").count()
    page.fill(".vidai-chat-box", text)
    page.press(".vidai-chat-box", "Enter")
    page.wait_for_function(f"""() => {{
      const msgs = document.querySelectorAll('.vidai-msg');
      const last = msgs[msgs.length - 1];
      return msgs.length >= {n + 2} && last.classList.contains('assistant') && last.textContent !== '…'
        && !document.querySelector('.vidai-chat').classList.contains('busy');
    }}""", timeout=timeout)
    return str(page.locator(".vidai-msg.assistant").last.inner_text())


def engine_pid(lab: Lab) -> int:
    return int(json.loads((lab.data_dir / "engine.json").read_text())["pid"])


def test_studio_in_jupyterlab(lab: Lab, browser: Any, screenshots: Path) -> None:
    clip = media.make_video(lab.root / "city.mp4", seconds=6)
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    open_and_run(page, lab, "studio.ipynb")
    try:
        page.wait_for_selector(".vidai-studio .vidai-status:has-text('Ready')", timeout=90_000)
    except Exception:
        shot_on_failure(page, "lab-ready")
        raise
    studio = page.locator(".vidai-studio")
    # The engine's URL and pid are in the tooltip, not the toolbar; no credits badge on the local engine.
    status = page.locator(".vidai-studio .vidai-status")
    assert status.inner_text().strip() == "● Ready · local engine"
    assert "pid" in (status.get_attribute("title") or "")
    assert not page.locator(".vidai-credits").is_visible()
    studio.screenshot(path=str(screenshots / "lab-1-ready.png"))

    # An empty request gets a hint, and nothing is sent.
    page.click(".vidai-chat-send")
    page.wait_for_selector(".vidai-chat-status.hint:has-text('Type what to change')", timeout=5_000)
    # An over-long request is counted and stopped at the engine's limit.
    page.fill(".vidai-chat-box", "make it brighter " * 1200)  # ~20,000 characters
    assert "too long" in page.inner_text(".vidai-chat-counter")
    assert page.is_disabled(".vidai-chat-send")
    page.press(".vidai-chat-box", "Enter")
    assert page.locator(".vidai-msg.user").count() == 0
    page.fill(".vidai-chat-box", "")

    # The browser checks the type before sending a byte.
    notes = lab.root / "notes.txt"
    notes.write_text("not a video")
    page.set_input_files("input.vidai-file-input", str(notes))
    page.wait_for_selector(".vidai-upload-row.error:has-text('is not accepted')", timeout=30_000)
    # A text file renamed .mp4: one sentence and a red bar, nothing else.
    fake = lab.root / "lecture.mp4"
    fake.write_text("these are my notes\n" * 200)
    page.set_input_files("input.vidai-file-input", str(fake))
    page.wait_for_selector(".vidai-upload-row.error:has-text('lecture.mp4')", timeout=60_000)
    row = page.locator(".vidai-upload-row.error:has-text('lecture.mp4')")
    assert row.locator(".vidai-upload-msg").inner_text() == (
        "✖ lecture.mp4 isn't a video, picture or sound file we can read.")
    bar = row.locator("progress")
    assert bar.evaluate("b => b.value") == 100
    assert "198, 40, 40" in bar.evaluate("b => getComputedStyle(b).accentColor")  # red

    # Upload through the widget's own file input (straight to the engine).
    page.set_input_files("input.vidai-file-input", str(clip))
    page.wait_for_selector(".vidai-upload-row.done", timeout=90_000)
    assert "city.mp4 · 6.0 s · 320×240" in page.inner_text(".vidai-upload-row.done")
    page.wait_for_selector(".vidai-tl td:has-text('city.mp4')", timeout=30_000)  # the table shows the clip

    # A prompt, sent with Enter: one sentence, the details folded.
    page.evaluate(WATCH_REPLY)
    reply = send(page, 'trim to the first 3 seconds and add a title "City"')
    reply_texts = [t for t in page.evaluate("() => window.__replyTexts") if not t.startswith("Upload a clip")]
    print("reply bubble states:", len(reply_texts))
    assert reply not in ("", "…") and "{" not in reply and "Traceback" not in reply
    last = page.locator(".vidai-msg.assistant").last
    assert last.locator("details.vidai-msg-details").count() == 1
    assert not last.locator("details.vidai-msg-details").evaluate("d => d.open")
    # The table was refreshed after the turn, with what changed highlighted.
    page.wait_for_selector(".vidai-tl tr.changed, .vidai-tl tr.added", timeout=30_000)
    assert "0-3s" in page.inner_text(".vidai-timeline")
    last.locator("summary").click()
    # The edit is previewed: a quick render of the new draft plays in the player, labelled a preview.
    page.wait_for_function(
        "() => document.querySelector('.vidai-studio .vidai-player.preview video')?.src.startsWith('blob:')",
        timeout=60_000)
    label = page.inner_text(".vidai-studio .vidai-player-label")
    assert label.startswith("Preview") and "exported" not in label.lower(), label
    assert page.locator(".vidai-studio .vidai-player-badge").is_visible()
    assert page.locator(".vidai-studio .vidai-player-export-full").is_visible()
    assert not page.locator(".vidai-studio .vidai-player-download").is_visible()  # not a file to keep
    assert "✔" not in page.inner_text(".vidai-export")  # nothing claims an export
    seconds = page.evaluate("""async () => {
        const v = document.querySelector('.vidai-studio .vidai-player video');
        if (!(v.duration > 0)) await new Promise(r => v.addEventListener('loadedmetadata', r, {once: true}));
        return v.duration; }""")
    assert abs(seconds - 3.0) < 0.5, seconds
    studio.screenshot(path=str(screenshots / "lab-2-after-edit.png"))

    # "make a gif" in the chat: the GIF is exported and shown as a picture in the Preview.
    reply = send(page, "make a gif of the first 2 seconds")
    assert "Exported" in reply and ".gif" in reply, reply
    page.wait_for_function(
        "() => document.querySelector('.vidai-studio .vidai-player-image')?.src.startsWith('blob:')",
        timeout=60_000)
    size = page.evaluate("""() => { const i = document.querySelector('.vidai-studio .vidai-player-image');
        return [i.naturalWidth, i.naturalHeight, getComputedStyle(i).display]; }""")
    assert size[0] > 0 and size[1] > 0 and size[2] != "none", size
    assert not page.locator(".vidai-studio .vidai-player video").is_visible()
    studio.screenshot(path=str(screenshots / "lab-3-gif-in-preview.png"))

    # Export with the panel; the MP4 arrives through the widget channel and plays.
    page.click(".vidai-export button:has-text('Export')")
    page.wait_for_function(
        "() => document.querySelector('.vidai-studio .vidai-player video')?.src.startsWith('blob:')",
        timeout=120_000)
    assert "MB" in page.inner_text(".vidai-export")
    played = page.evaluate("""async () => {
        const v = document.querySelector('.vidai-studio .vidai-player video');
        v.muted = true;
        await v.play();
        const t0 = v.currentTime;
        await new Promise(r => setTimeout(r, 1500));
        return {t0, t1: v.currentTime, duration: v.duration};
    }""")
    assert played["t1"] > played["t0"] + 0.3, played
    assert abs(played["duration"] - 3.0) < 0.5, played
    page.evaluate("() => document.querySelector('.vidai-studio .vidai-player video').pause()")
    assert "City" in page.inner_text(".vidai-export") or "project" in page.inner_text(".vidai-export")
    studio.screenshot(path=str(screenshots / "lab-4-exported-playing.png"))
    assert page.locator(".vidai-player-download").first.inner_text().startswith("⬇ Download")

    # An edit after the export: a preview of the new draft takes the player; one click exports it.
    send(page, "undo")
    page.wait_for_selector(".vidai-studio .vidai-player.preview .vidai-player-label", state="visible",
                           timeout=60_000)
    assert not page.locator(".vidai-player-stale").is_visible()  # the preview is of the current draft
    studio.screenshot(path=str(screenshots / "lab-5-preview-after-undo.png"))
    page.click(".vidai-player-export-full")
    page.wait_for_function("""() => { const p = document.querySelector('.vidai-studio .vidai-player');
        return !p.classList.contains('preview') && p.querySelector('video').src.startsWith('blob:'); }""",
                           timeout=120_000)
    page.wait_for_selector(".vidai-player-stale", state="hidden", timeout=10_000)
    assert page.locator(".vidai-player-download").first.inner_text().startswith("⬇ Download")

    # The engine is killed under the open Studio: the status says so, the engine comes back on the
    # same data directory and the same timeline is shown.
    before = page.inner_text(".vidai-timeline")
    old_pid = engine_pid(lab)
    os.kill(old_pid, signal.SIGKILL)
    page.wait_for_selector(".vidai-studio .vidai-status:has-text('engine stopped')", timeout=30_000)
    page.wait_for_selector(".vidai-studio .vidai-status:has-text('Ready')", timeout=120_000)
    assert engine_pid(lab) != old_pid
    assert page.inner_text(".vidai-timeline") == before
    send(page, "make it louder")  # and it keeps working
    assert page.locator(".vidai-msg.assistant").last.get_attribute("class").split()[-1] != "error"
    studio.screenshot(path=str(screenshots / "lab-6-after-engine-restart.png"))

    # Re-running the cell: the same project comes back (not an empty one), and it is in the Projects list.
    open_and_run(page, lab, "studio.ipynb")
    page.wait_for_selector(".vidai-studio .vidai-status:has-text('Ready')", timeout=90_000)
    page.wait_for_selector(".vidai-tl td:has-text('city.mp4')", timeout=30_000)
    assert page.locator(".vidai-projects >> text=open now").count() == 1
    assert not errors, errors
    page.close()


def test_many_edits_on_the_local_engine_never_mention_credits(lab: Lab, browser: Any) -> None:
    n = int(os.environ.get("VIDAI_BROWSER_EDITS", "150"))
    page = browser.new_page()
    open_and_run(page, lab, "studio.ipynb")
    page.wait_for_selector(".vidai-studio .vidai-status:has-text('Ready')", timeout=90_000)
    page.wait_for_selector(".vidai-tl td:has-text('city.mp4')", timeout=30_000)
    for i in range(n):
        reply = send(page, "make it louder" if i % 2 == 0 else "undo", timeout=60_000)
        assert "credit" not in reply.lower(), (i, reply)
    assert page.locator(".vidai-msg.error").count() == 0
    assert "credit" not in page.inner_text(".vidai-studio").lower()
    page.close()


def test_studio_in_voila(lab: Lab, browser: Any, screenshots: Path) -> None:
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    wait_voila_ready(page, lab, "studio.ipynb")
    page.fill(".vidai-chat-box", "余额")  # Chinese: "balance" → the credits, without the agent
    page.press(".vidai-chat-box", "Enter")
    page.wait_for_function(LAST_REPLY_DONE, timeout=60_000)
    assert "unlimited" in page.locator(".vidai-msg.assistant").last.inner_text()  # the local engine
    assert page.locator("text=Traceback").count() == 0
    page.screenshot(path=str(screenshots / "voila-studio.png"), full_page=True)
    assert not errors, errors
    page.close()


MEASURE = """
import json, os, threading, time
from pathlib import Path
import ipywidgets as w
from vidai_nb.widgets import Player

sizes = {sizes!r}
files = {{}}
for mb in sizes:
    p = Path(f"blob{{mb}}.bin.mp4")
    with p.open("wb") as fh:  # random bytes: the transport does not care what is inside
        for _ in range(mb):
            fh.write(os.urandom(2**20))
    files[mb] = p
player = Player()
out = w.HTML("running")
display(player, out)

def run():
    results = []
    for mb in sizes:
        t = time.monotonic()
        player.load(files[mb])
        while not player.last_load and time.monotonic() - t < 150:
            time.sleep(0.05)
        results.append({{"mb": mb, "ok": bool(player.last_load), "browser_ms": player.last_load.get("ms"),
                         "kernel_s": round(time.monotonic() - t, 2)}})
        out.value = "partial " + json.dumps(results)
    out.value = "done " + json.dumps(results)

threading.Thread(target=run, daemon=True).start()
"""


def test_player_transport_up_to_200_mb(lab: Lab, browser: Any) -> None:
    sizes = [int(s) for s in os.environ.get("VIDAI_PLAYER_MB", "10,50,200").split(",")]
    book = nbformat.v4.new_notebook()
    book.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    book.cells = [nbformat.v4.new_code_cell(MEASURE.format(sizes=sizes))]
    nbformat.write(book, lab.root / "measure.ipynb")
    page = browser.new_page()
    open_and_run(page, lab, "measure.ipynb")
    try:
        page.wait_for_selector("text=/^done /", timeout=200_000)
    except Exception:
        shot_on_failure(page, "measure")
        raise
    widget = json.loads(page.inner_text("text=/^done /").removeprefix("done "))
    assert all(r["ok"] for r in widget), widget
    # The other transport: the same bytes served by the Jupyter server's /files handler.
    served = []
    for mb in sizes:
        ms = page.evaluate("""async (u) => { const t = performance.now();
            const b = await (await fetch(u)).blob(); return [b.size, performance.now() - t]; }""",
                           f"{lab.base}/files/blob{mb}.bin.mp4")
        assert ms[0] == mb * 2**20
        served.append({"mb": mb, "browser_ms": round(ms[1])})
    report = {"widget_channel": widget, "jupyter_files": served,
              "measured_at": time.strftime("%Y-%m-%d %H:%M")}
    out = ROOT / "artifacts" / "player-transport.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(report, indent=2))
    print(json.dumps(report))
    for mb in sizes:
        (lab.root / f"blob{mb}.bin.mp4").unlink(missing_ok=True)
    page.close()


UPLOAD = """
import resource, threading, time
import ipywidgets as w
from vidai_nb.widgets import Uploader

up = Uploader()  # the local engine of this test's data dir
up.project.ensure_session()  # connected before the clock starts: the bound is for the upload
rss = w.HTML("")

def watch():  # the kernel's peak resident memory, as the upload goes
    while True:
        rss.value = f"peak_rss_mb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}"
        time.sleep(0.3)

threading.Thread(target=watch, daemon=True).start()
display(up, rss)
"""


def _peak_rss(page: Any) -> int:
    text = page.inner_text(".jp-OutputArea .widget-html-content:has-text('peak_rss_mb=')")
    return int(text.split("=")[1])


def upload_bound_s(mb: float) -> float:
    """The bound a browser upload must meet (benchmarks/upload.py measures against it): 50 MB/s on
    loopback plus 1 s for probing."""
    return 1.0 + mb / 50.0


def test_large_upload_through_the_browser(lab: Lab, browser: Any, tmp_path: Path) -> None:
    """A ~200 MB MP4 (a stream-copied loop: no encoding) goes through the file input straight to the
    engine, with the kernel's memory flat; its speed is printed beside the bound."""
    seed = media.make_video(tmp_path / "seed.mp4", seconds=4, size=(1280, 720), audio=True,
                            extra=("-qp", "0"))
    big = tmp_path / "big.mp4"
    loops = max(1, int(int(os.environ.get("VIDAI_UPLOAD_MB", "200")) * 2**20 / seed.stat().st_size) - 1)
    media.run_ffmpeg("-stream_loop", str(loops), "-i", str(seed), "-c", "copy", str(big))
    size_mb = big.stat().st_size / 2**20
    book = nbformat.v4.new_notebook()
    book.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    book.cells = [nbformat.v4.new_code_cell(UPLOAD)]
    nbformat.write(book, lab.root / "upload.ipynb")
    page = browser.new_page()
    open_and_run(page, lab, "upload.ipynb")
    page.wait_for_selector(".jp-OutputArea .widget-html-content:has-text('peak_rss_mb=')", timeout=60_000)
    before = _peak_rss(page)
    t0 = time.monotonic()
    page.set_input_files("input.vidai-file-input", str(big))
    try:
        page.wait_for_selector(".vidai-upload-row.done, .vidai-upload-row.error", timeout=240_000)
    except Exception:
        shot_on_failure(page, "large-upload")
        raise
    elapsed = time.monotonic() - t0
    row = page.inner_text(".vidai-upload-row")
    assert "✔ big.mp4" in row and "1280×720" in row, row
    time.sleep(0.5)
    peak = _peak_rss(page)
    print(json.dumps({"upload_mb": round(size_mb), "seconds": round(elapsed, 2),
                      "mb_per_s": round(size_mb / elapsed, 1), "bound_s": round(upload_bound_s(size_mb), 1),
                      "kernel_peak_rss_mb_before": before, "kernel_peak_rss_mb_after": peak}))
    assert peak - before < 60, (before, peak)  # the bytes never pass through the kernel
    # Its speed against the bound is measured by benchmarks/upload.py, not asserted here: on a shared
    # machine a wall-clock bound failed a fresh-clone run by 0.2 s while another export ran.
    page.close()


LINK_ONLY = """
from pathlib import Path
from vidai_nb.widgets import Player
Path("small.mp4").write_bytes(b"0123456789" * 100_000)
Player("small.mp4", show_video=False)  # the export panel's download link: bytes fetched on click
"""


def test_download_link_fetches_on_click(lab: Lab, browser: Any) -> None:
    book = nbformat.v4.new_notebook()
    book.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    book.cells = [nbformat.v4.new_code_cell(LINK_ONLY)]
    nbformat.write(book, lab.root / "link.ipynb")
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    open_and_run(page, lab, "link.ipynb")
    link = page.locator(".jp-OutputArea .vidai-player-download")
    try:
        link.wait_for(timeout=60_000)
    except Exception:
        shot_on_failure(page, "download-link")
        raise
    assert not (link.get_attribute("href") or "").startswith("blob:")  # nothing transferred yet
    with page.expect_download(timeout=60_000) as info:
        link.click()
    download = info.value
    assert download.suggested_filename == "small.mp4"
    assert Path(download.path()).stat().st_size == 1_000_000
    assert not errors, errors
    page.close()


STILLS = """
from vidai_nb.widgets import Uploader
up = Uploader()
up.project.ensure_session()
up
"""


def test_numbered_stills_picked_together_become_one_clip(lab: Lab, browser: Any, tmp_path: Path) -> None:
    """Twelve numbered stills picked in one go: one row, one bar, one upload call, one clip."""
    frames = tmp_path / "frames"
    frames.mkdir()
    media.run_ffmpeg("-f", "lavfi", "-i", "testsrc2=size=96x64:rate=24:duration=0.5", "-start_number", "1",
                     str(frames / "img_%04d.png"))
    paths = sorted(str(p) for p in frames.glob("img_*.png"))
    assert len(paths) == 12
    book = nbformat.v4.new_notebook()
    book.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    book.cells = [nbformat.v4.new_code_cell(STILLS)]
    nbformat.write(book, lab.root / "stills.ipynb")
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    open_and_run(page, lab, "stills.ipynb")
    page.wait_for_selector("input.vidai-file-input", state="attached", timeout=60_000)
    page.set_input_files("input.vidai-file-input", paths)
    try:
        page.wait_for_selector(".vidai-upload-row.done, .vidai-upload-row.error", timeout=120_000)
    except Exception:
        shot_on_failure(page, "stills")
        raise
    rows = page.locator(".vidai-upload-row")
    assert rows.count() == 1  # one row for the batch
    text = rows.first.inner_text()
    assert "12 files: img_0001.png … img_0012.png" in text, text
    assert "✔ 12 files uploaded · numbered stills → one clip img_0001-0012.mp4 · 0.5 s" in text, text
    assert rows.first.locator("progress").evaluate("b => b.value") == 100
    assert not errors, errors
    page.close()
