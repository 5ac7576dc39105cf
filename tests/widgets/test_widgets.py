"""The widgets against the real engine over loopback: upload, chat, timeline, export, player, Studio."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from tests import media
from tests.widgets.test_transfer import browser_batch, browser_upload
from vidai_nb.connection import Connection
from vidai_nb.widgets.chat import Chat
from vidai_nb.widgets.export import ExportPanel
from vidai_nb.widgets.notice import CreditsBadge
from vidai_nb.widgets.project import Project
from vidai_nb.widgets.studio import Studio
from vidai_nb.widgets.timeline import TimelineView
from vidai_nb.widgets.upload import Uploader


def test_chunked_upload_reaches_the_engine_with_duration_and_size(project: Project, clip: Path) -> None:
    up = Uploader(project)
    browser_upload(up.drop, clip, chunk=64 * 1024)
    up.wait(60)
    row = up.drop.files[0]
    assert row["state"] == "done", row
    assert row["message"] == "✔ clip.mp4 · 6.0 s · 320×240"
    assert len(up.previews.items) == 1 and "data:image/png;base64," in up.previews.value  # a thumbnail
    assert project.media and project.media[0]["filename"] == "clip.mp4"
    assert project.draft["t"][0]["sg"][0]["name"] == "clip.mp4"


def test_server_path_upload_and_a_clear_error_for_a_bad_file(project: Project, picture: Path,
                                                             tmp_path: Path) -> None:
    up = Uploader(project)
    assert up.upload_path(picture) == "✔ logo.png · 320×240"
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(os.urandom(4096))
    browser_upload(up.drop, broken, chunk=1024, fid="bad")
    up.wait(60)
    row = up.drop.row("bad")
    assert row["state"] == "error" and row["message"].startswith("✖ ")
    assert "{" not in row["message"]  # a sentence, never raw JSON
    up.path_box.value = str(tmp_path / "missing.mp4")
    up._start(up._add_path)
    up.wait(30)
    assert "No file at" in up.message.value


def test_chat_routes_credits_status_and_upload_words(project: Project, clip: Path) -> None:
    chat = Chat(project)
    project.upload([clip])
    for text, expected in [("credits", "Credits:"), ("余额", "Credits:"), ("status", "Timeline (1 track)"),
                           ("现在什么样了", "Timeline (1 track)"), ("upload", "upload box")]:
        chat.send_message(text)
        chat.wait(30)
        assert expected in chat.messages[-1]["text"], (text, chat.messages[-1])
        assert chat.messages[-2] == {"role": "user", "text": text, "kind": ""}
    assert not chat.busy and not project.busy


def test_chat_never_sends_twice_while_a_turn_runs(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    chat = Chat(project, greeting=False)
    # the first turn is held until the second send was tried: a quick turn ("credits") can otherwise end
    # in between on a loaded machine (a fresh-clone run under load did), and the test would prove nothing
    release = threading.Event()
    real_run = chat._run

    def held(text: str) -> None:
        release.wait(30)
        real_run(text)

    monkeypatch.setattr(chat, "_run", held)
    first = chat.send_message("credits")
    second = chat.send_message("credits")
    release.set()
    assert first is not None and second is None
    chat.wait(30)
    assert [m["role"] for m in chat.messages] == ["user", "assistant"]


def test_agent_turn_streams_and_the_timeline_shows_what_changed(project: Project, clip: Path) -> None:
    project.upload([clip])
    chat = Chat(project)
    view = TimelineView(project.draft)
    project.observe(lambda c: view.show(c["new"]), "draft")
    chat.send_message("trim to the first 3 seconds")
    chat.wait(120)
    reply = chat.messages[-1]["text"]
    assert reply and reply != "…" and "{" not in reply
    if "not installed" in reply:
        pytest.skip("the engine's planner is not available yet")
    assert project.draft["d"] == 3000
    assert "changed" in view.table.value or "added" in view.table.value  # highlighted rows
    assert view.picture.value[:4] == b"\x89PNG"


def test_chinese_edit_message_is_an_agent_turn(project: Project, clip: Path) -> None:
    project.upload([clip])
    chat = Chat(project)
    chat.send_message("把视频剪到前3秒")
    chat.wait(120)
    assert chat.messages[-1]["text"] not in ("", "…")
    assert chat.messages[-1]["kind"] != "error", chat.messages[-1]


def test_export_panel_renders_downloads_and_loads_the_player(project: Project, clip: Path) -> None:
    project.upload([clip])
    panel = ExportPanel(project)
    panel.resolution.value = "480p"
    path = panel.run()
    assert path.is_file() and path.suffix == ".mp4" and path.parent == project.out_dir
    assert path.stat().st_size > 10_000
    assert panel.progress.value == 100 and "MB" in panel.label.value
    assert panel.player.path == path and panel.player.size == path.stat().st_size


def test_export_with_nothing_to_export_is_friendly_with_retry(project: Project) -> None:
    panel = ExportPanel(project)
    panel.start()
    panel.wait(30)
    assert "nothing to export" in panel.notice.message.lower()
    assert panel.notice.retry_btn.layout.display != "none"


def test_export_cancel(project: Project, media_dir: Path) -> None:
    from tests import media

    long_clip = media.make_video(media_dir / "long.mp4", seconds=40, size=(640, 360))
    project.upload([long_clip])
    panel = ExportPanel(project)
    panel.quality.value = "high"
    panel.resolution.value = "1080p"
    panel.start()
    deadline = time.monotonic() + 30
    while not project.exporting and time.monotonic() < deadline:
        time.sleep(0.05)
    panel.cancel()
    panel.wait(60)
    if panel.path is not None:
        pytest.skip("the render finished before the cancel reached it")
    assert "cancel" in panel.label.value.lower() or "cancel" in panel.notice.message.lower()


def test_credits_badge(project: Project) -> None:
    badge = CreditsBadge(project)
    badge.refresh()
    assert "Credits: 100" in badge.badge.value


def test_unreachable_backend_is_a_friendly_notice_with_retry(tmp_path: Path) -> None:
    from vidai_nb.client.sync_client import NemoClient

    client = NemoClient(api_url="http://127.0.0.1:9")
    studio = Studio(Project(Connection(client=client, url="http://127.0.0.1:9"), out_dir=tmp_path))
    studio.wait_ready(60)
    assert "Not connected" in studio.status.value
    assert studio.notice.message and "Traceback" not in studio.notice.message
    client.close()


def test_studio_composes_the_parts(project: Project, clip: Path) -> None:
    studio = Studio(project)
    studio.wait_ready(60)
    assert "Ready" in studio.status.value
    project.upload([clip])
    assert "clip.mp4" in studio.timeline.table.value
    assert "100" in studio.credits.badge.value


def test_still_working_and_tool_activity_as_a_quiet_status_line(engine_url: str, tmp_path: Path) -> None:
    # Shrink the 2-minute "still working" mark so a transcription turn (seconds) crosses it. The clip's
    # speech is this test's own: the engine keeps transcripts, so a clip another test transcribed
    # would be answered from memory, too fast to cross even 0.2 s.
    from vidai_nb.client import NemoClient, Timings

    speech = media.make_speech(tmp_path / "said.wav", "This status line test says a sentence of its own, "
                               "so the engine has to transcribe it while the chat waits.")
    picture = media.make_video(tmp_path / "picture.mp4", seconds=8, audio=False)
    clip = tmp_path / "talk.mp4"
    media.run_ffmpeg("-i", str(picture), "-i", str(speech), "-c:v", "copy", "-c:a", "aac", str(clip))
    client = NemoClient(api_url=engine_url, timings=Timings(still_working_s=0.2))
    project = Project(Connection(client=client, url=engine_url), out_dir=tmp_path)
    project.upload([clip])
    chat = Chat(project)
    statuses: list[str] = []
    chat.observe(lambda c: statuses.append(c["new"]), "status")
    chat.send_message("add subtitles")
    chat.wait(120)
    client.close()
    assert "⏳ Still working..." in statuses, statuses
    assert any(s.startswith("⚙ ") for s in statuses)  # tool activity, in words
    assert not any("{" in s for s in statuses)  # never raw JSON
    assert statuses[-1] == ""  # cleared when the turn ends
    reply = chat.messages[-1]["text"]
    assert reply not in ("", "…") and "{" not in reply


def test_a_gif_the_chat_asks_for_is_exported_and_shown_as_a_picture(project: Project, clip: Path) -> None:
    """"make a gif …" is an agent turn whose export the client runs: the file exists and the Preview
    shows it as an image (not an empty video player)."""
    project.upload([clip])
    chat = Chat(project)
    panel = ExportPanel(project)
    chat.send_message("make a gif of the first 2 seconds")
    chat.wait(180)
    texts = [m["text"] for m in chat.messages if m["role"] == "assistant"]
    path = Path(project.export_path)
    assert path.suffix == ".gif" and path.read_bytes()[:6] in (b"GIF89a", b"GIF87a"), texts
    assert path.name.startswith("project") and path.parent == project.out_dir  # named after the title
    assert panel.player.mime == "image/gif" and panel.player.path == path
    assert f"Exported {path.name}" in texts[-1]
    assert not any("next" in t.lower() and "export" in t.lower() for t in texts[-1:])


def test_replies_show_one_sentence_with_the_details_folded(project: Project, clip: Path) -> None:
    project.upload([clip])
    chat = Chat(project, greeting=False)
    chat.send_message("trim to the first 3 seconds")
    chat.wait(120)
    last = chat.messages[-1]
    assert last["kind"] != "error", last
    assert "\n" not in last["text"] and last["text"].endswith((".", "!", "。"))
    assert "Timeline" in last.get("details", ""), last


def test_the_preview_is_marked_stale_after_an_edit_and_reexport_clears_it(project: Project,
                                                                          clip: Path) -> None:
    project.upload([clip])
    chat = Chat(project, greeting=False)
    panel = ExportPanel(project)
    panel.run()
    assert not project.export_stale and not panel.player.stale
    chat.send_message("trim to the first 2 seconds")
    chat.wait(120)
    assert project.export_stale and panel.player.stale  # the view shows "changed since… Re-export"
    panel.player._handle(None, {"type": "reexport"}, [])  # the banner's button
    panel.wait(120)
    assert not project.export_stale and not panel.player.stale
    chat.send_message("undo")
    chat.wait(120)
    assert project.export_stale


def test_a_failed_export_notice_goes_after_a_later_success(project: Project, clip: Path) -> None:
    panel = ExportPanel(project)
    panel.start()
    panel.wait(30)
    assert "nothing to export" in panel.notice.message.lower()
    project.upload([clip])
    chat = Chat(project, greeting=False)
    chat.send_message("export")
    chat.wait(120)
    assert Path(project.export_path).is_file()
    assert panel.notice.message == "" and panel.progress.bar_style == "success"


def test_empty_and_over_long_requests_are_not_sent(project: Project) -> None:
    chat = Chat(project, greeting=False)
    assert chat.send_message("   ") is None and "Type what to change" in chat.status
    assert chat.send_message("x" * (chat.max_chars + 1)) is None
    assert "limit" in chat.status and chat.messages == []


def test_a_text_file_named_mp4_is_one_sentence(project: Project, tmp_path: Path) -> None:
    fake = tmp_path / "lecture.mp4"
    fake.write_text("these are my notes, not a video\n" * 50)
    up = Uploader(project)
    browser_upload(up.drop, fake, chunk=1024, fid="txt")
    up.wait(60)
    row = up.drop.row("txt")
    assert row["state"] == "error" and row["progress"] == 100.0
    assert row["message"] == "✖ lecture.mp4 isn't a video, picture or sound file we can read.", row


def test_chat_tool_words_cover_every_engine_operation() -> None:
    from vidai_nb.engine.ops import schemas
    from vidai_nb.widgets.chat import _TOOL_WORDS

    names = {getattr(m, "model_fields", {}).get("op").default for m in vars(schemas).values()
             if isinstance(m, type) and "op" in getattr(m, "model_fields", {})}
    names.discard(None)
    assert names and names <= set(_TOOL_WORDS), sorted(names - set(_TOOL_WORDS))


def _direct_upload(up: Uploader, path: Path, fid: str, origin: str = "http://127.0.0.1:8888") -> dict:
    """What upload.js does on the fast path: ask for a link, POST the bytes to the engine (with the
    preflight a browser sends), hand the engine's answer to the kernel."""
    import httpx

    from tests.widgets.test_transfer import Sent

    sent = Sent()
    up.drop.send = sent  # type: ignore[method-assign]
    size = path.stat().st_size
    up.drop._handle(up.drop, {"type": "direct", "id": fid, "name": path.name, "size": size}, [])
    up.drop.wait(30)
    reply = sent.messages[-1][0]
    assert reply["type"] == "direct-url" and reply["url"], reply
    url = reply["url"]
    assert "token" not in url.lower() and "sig=" in url and "exp=" in url
    pre = httpx.options(url, headers={"Origin": origin, "Access-Control-Request-Method": "POST",
                                      "Access-Control-Request-Headers": "content-type"})
    assert pre.status_code == 204 and pre.headers["access-control-allow-origin"] == origin
    r = httpx.post(url, content=path.read_bytes(), headers={"Origin": origin, "Content-Type": "video/mp4"},
                   timeout=120)
    assert r.headers.get("access-control-allow-origin") == origin  # the browser may read the answer
    answer = r.json()
    up.drop._handle(up.drop, {"type": "direct-done", "id": fid, "name": path.name, "size": size,
                              "answer": answer}, [])
    up.drop.wait(60)
    up.wait(60)
    return answer


def test_the_browser_posts_straight_to_the_engine(project: Project, clip: Path, tmp_path: Path) -> None:
    up = Uploader(project)
    answer = _direct_upload(up, clip, "d1")
    assert answer["code"] == 0
    row = up.drop.row("d1")
    assert row["state"] == "done" and row["message"] == "✔ clip.mp4 · 6.0 s · 320×240", row
    assert project.draft["t"][0]["sg"][0]["name"] == "clip.mp4"
    assert project.thumbnail[:4] == b"\x89PNG"  # made from the engine's copy
    # A tampered link is refused; so is a text file named .mp4 (one sentence, red).
    fake = tmp_path / "notes.mp4"
    fake.write_text("not a video\n" * 100)
    answer = _direct_upload(up, fake, "d2")
    assert answer["code"] == 4001
    assert up.drop.row("d2")["message"] == "✖ notes.mp4 isn't a video, picture or sound file we can read."
    import httpx

    link = project.client.direct_upload_url(project.session_id, "x.mp4", 10)
    assert link is not None
    assert httpx.post(link.replace("sig=", "sig=0"), content=b"0123456789").json()["code"] == 403
    assert httpx.post(link, content=b"0123456789" * 2).json()["code"] == 4002  # more than announced


def test_the_timeline_table_reads_like_a_person_would() -> None:
    """m:ss.s times; a long subtitle track is one row with a count (expandable); every effect in words."""
    cues = [{"id": f"c{i}", "start": i * 2000, "d": 2000, "text": f"line {i}"} for i in range(72)]
    draft = {"d": 161_990, "m": {"title": "Lecture", "fx": {"loudnorm": -14, "color": {"gray": True}}},
             "t": [{"tt": 0, "id": "video", "name": "Video", "role": "main", "volume": 1.5, "sg": [
                 {"id": "s1", "start": 0, "d": 161_990, "src": "m1", "name": "lecture.mp4", "speed": 2.0}]},
                   {"tt": 7, "id": "subtitles", "name": "Subtitles", "role": "subtitle", "sg": cues}]}
    view = TimelineView(draft, picture=False)
    table = view.table.value
    assert table.count("<tr") == 4  # header, whole-video effects, the clip, the 72 cues folded
    assert "2:42.0" in table and "161.99" not in table
    assert "72 cues" in table and "<details>" in table and "line 71" in table
    assert "black and white" in table and "evened out" in table and "2× speed" in table
    assert "150 %" in table and "color.gray" not in table and "loudnorm" not in table


def test_the_canvas_takes_the_highest_frame_rate_of_the_clips(project: Project, media_dir: Path) -> None:
    from tests import media

    slow = media.make_video(media_dir / "slow10.mp4", seconds=2, fps=10)
    smooth = media.make_video(media_dir / "smooth24.mp4", seconds=2, fps=24)
    fast = media.make_video(media_dir / "fast90.mp4", seconds=1, fps=90)
    project.upload([slow])
    assert project.draft["m"]["fps"] == 10
    project.upload([smooth])
    assert project.draft["m"]["fps"] == 24
    project.upload([fast])
    assert project.draft["m"]["fps"] == 60  # capped
    project.upload([slow])
    assert project.draft["m"]["fps"] == 60  # never lowered by an upload


def test_a_title_is_sized_for_the_canvas(project: Project, clip: Path) -> None:
    project.upload([clip])  # 320×240
    chat = Chat(project, greeting=False)
    chat.send_message('add a title "City lights"')
    chat.wait(120)
    title = next(t for t in project.draft["t"] if t.get("role") == "title")["sg"][0]
    assert title["size"] == round(96 * 240 / 1080)  # the share of the height a 1080p title has


def test_the_demo_footage_has_a_face_and_words(tmp_path: Path) -> None:
    """The notebooks' talking head: a face the reframe can follow, speech the subtitles can find."""
    import numpy as np

    from tests.media import frame_at, probe
    from vidai_nb.demo import talking_clip
    from vidai_nb.engine.media.faces import face_in_frame

    path = talking_clip(tmp_path / "talk.mp4")
    info = probe(path)
    assert info.video and info.audio and 13 < float(info.video.get("duration", 0) or 14) < 16
    face = face_in_frame(np.asarray(frame_at(path, 3.0)))
    assert face is not None and face[0] > 0.55  # off-centre, where the drawing put it
    from vidai_nb.engine.speech.asr import transcribe

    words = " ".join(w.text for w in transcribe(path)).lower()
    assert "good morning" in words and "towns" in words, words


def test_numbered_stills_picked_together_become_one_clip(project: Project, tmp_path: Path) -> None:
    """Several files in one selection reach the engine in ONE upload call, so twelve numbered stills
    become one 24 fps clip on the timeline (one at a time they would stay twelve photos)."""
    from vidai_nb.engine.media.sequence import SEQUENCE_FPS

    frames = tmp_path / "frames"
    frames.mkdir()
    media.run_ffmpeg("-f", "lavfi", "-i", "testsrc2=size=96x64:rate=24:duration=0.5", "-start_number", "1",
                     str(frames / "img_%04d.png"))
    paths = sorted(frames.glob("img_*.png"))
    assert len(paths) == 12
    up = Uploader(project)
    seen: list[float] = []
    up.drop.observe(lambda c: seen.extend(r["progress"] for r in c["new"] if r["id"] == "b1"), "files")
    browser_batch(up.drop, paths, chunk=1024)
    up.wait(120)
    row = up.drop.row("b1")
    assert row["state"] == "done", row
    assert row["message"] == "✔ 12 files uploaded · numbered stills → one clip img_0001-0012.mp4 · 0.5 s", row
    assert seen == sorted(seen) and seen[-1] == 100.0 and any(50 < p < 100 for p in seen)  # one bar
    clip = next(m for m in project.media if m["filename"] == "img_0001-0012.mp4")
    assert clip["fps"] == SEQUENCE_FPS
    assert project.draft["t"][0]["sg"][0]["name"] == "img_0001-0012.mp4"
    assert len([m for m in project.media if m["file_type"] == "image"]) == 12  # the stills stay too
    assert len(up.results) == 13 and len(up.previews.items) == 1  # one thumbnail: the clip


def test_a_batch_with_a_bad_file_says_so_and_adds_nothing(project: Project, clip: Path,
                                                          tmp_path: Path) -> None:
    fake = tmp_path / "notes.mp4"
    fake.write_text("not a video\n" * 100)
    up = Uploader(project)
    browser_batch(up.drop, [clip, fake], chunk=64 * 1024)
    up.wait(120)
    row = up.drop.row("b1")
    assert row["state"] == "error" and row["message"].startswith("✖ "), row
    assert row["message"] == ("✖ notes.mp4 isn't a video, picture or sound file we can read. "
                              "Nothing of this batch was added."), row
    assert up.results == [] and up.previews.items == []
    project.refresh()
    assert project.media == []  # the engine kept nothing of that call
