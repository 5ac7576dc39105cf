"""The Studio's preview against the real engine over loopback: after a turn that changed the draft a
quick 360p render of it plays in the player, labelled a preview (never an export), and the
full-quality export is one click away."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import media
from vidai_nb.client import NemoClient
from vidai_nb.client.export import is_preview
from vidai_nb.widgets.player import Player
from vidai_nb.widgets.project import Project
from vidai_nb.widgets.studio import Studio


@pytest.fixture(scope="module")
def vga(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """640x480: big enough that a 360p preview is visibly not the full-size export."""
    return media.make_video(tmp_path_factory.mktemp("vga") / "vga.mp4", seconds=6, size=(640, 480))


def test_a_changed_draft_is_previewed_labelled_and_export_stays_one_click_away(project: Project,
                                                                             vga: Path) -> None:
    studio = Studio(project, watch=False)
    studio.wait_ready(60)
    project.upload([vga])
    turns = project.changed_turns
    studio.chat.send_message("trim to the first 3 seconds")
    studio.chat.wait(120)
    assert project.changed_turns == turns + 1
    studio.wait_preview(120)
    assert not studio.notice.message, studio.notice.message
    preview = Path(project.preview_path)
    assert preview.is_file() and preview.parent == project.out_dir / ".previews"
    facts = media.probe(preview)
    assert (facts.video["width"], facts.video["height"]) == (480, 360)  # the quick render, not 640x480
    assert abs(facts.duration - 3.0) < 0.3 and facts.audio is not None
    # The player shows it as a preview; nothing claims an export happened.
    assert studio.player.kind == "preview" and studio.player.path == preview.resolve()
    assert not studio.player.stale and studio.player.pending == ""
    assert project.export_path == "" and studio.export.label.value == ""

    # A message that changes nothing (the balance) asks for no preview.
    studio.chat.send_message("余额")
    studio.chat.wait(60)
    assert project.changed_turns == turns + 1 and project.preview_path == str(preview)

    # "Export full quality" (the label's button) runs the real export, which replaces the preview.
    studio.player._handle(None, {"type": "reexport"}, [])
    studio.export.wait(120)
    exported = Path(project.export_path)
    assert exported.parent == project.out_dir and studio.player.kind == "export"
    assert studio.player.path == exported.resolve()
    full = media.probe(exported)
    assert (full.video["width"], full.video["height"]) == (640, 480)
    assert "✔" in studio.export.label.value

    # Another edit: the export is stale, a new preview of the new draft takes the player.
    studio.chat.send_message("undo")
    studio.chat.wait(120)
    assert project.export_stale
    studio.wait_preview(120)
    again = Path(project.preview_path)
    assert again != preview and not preview.exists()  # only the newest preview is kept
    assert abs(media.probe(again).duration - 6.0) < 0.3
    assert studio.player.kind == "preview" and studio.player.path == again.resolve()
    assert not studio.player.stale  # the preview is of the current draft
    assert exported.is_file()  # the export is untouched
    studio.close()


def test_a_newer_preview_supersedes_one_still_running(project: Project, vga: Path) -> None:
    project.upload([vga])
    studio = Studio(project, watch=False, preview=False)
    studio.wait_ready(60)
    first = studio.start_preview()
    second = studio.start_preview()
    first.join(120)
    second.join(120)
    assert not studio.notice.message, studio.notice.message
    kept = [p.name for p in (project.out_dir / ".previews").glob("*.mp4")]
    assert kept == [Path(project.preview_path).name]
    assert studio.player.kind == "preview" and not project.previewing
    studio.close()


def test_a_preview_is_polled_fast_and_never_backed_off(engine_url: str, vga: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The client polls output.preview renders every 0.25 s; an export starts at 1 s and backs off."""
    import asyncio

    from vidai_nb.client import async_client

    assert is_preview({"preview": True}) and not is_preview({"format": "mp4"}) and not is_preview(None)
    waits: list[float] = []
    real_sleep = asyncio.sleep

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        await real_sleep(seconds)

    client = NemoClient(api_url=engine_url)
    try:
        session = client.create_session().session_id
        client.upload(session, [vga])
        monkeypatch.setattr(async_client.asyncio, "sleep", sleep)
        assert client.export(session, output={"format": "mp4", "preview": True}).status == "completed"
        preview_waits, waits[:] = list(waits), []
        assert client.export(session, output={"format": "mp4"}).status == "completed"
    finally:
        client.close()
    assert preview_waits and all(w <= 0.25 for w in preview_waits), preview_waits
    assert waits and waits[0] == 1.0, waits


def test_the_player_refuses_an_unknown_kind(tmp_path: Path, vga: Path) -> None:
    player = Player()
    with pytest.raises(ValueError, match="kind"):
        player.load(vga, kind="final")
    player.load(vga, kind="preview")
    assert player.kind == "preview"
    player.load(vga)
    assert player.kind == "export"


def test_a_backend_that_may_not_render_is_told_once_and_asked_no_more(project: Project,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A 402 (a plan that cannot export) on the first preview: one notice, no preview after later turns."""
    from vidai_nb.client import ExportNotAllowedError

    studio = Studio(project, watch=False)
    studio.wait_ready(60)
    asked: list[int] = []

    def refused() -> None:
        asked.append(1)
        raise ExportNotAllowedError("free plan cannot export")

    monkeypatch.setattr(project, "preview", refused)
    project.changed_turns += 1
    studio.wait_preview(30)
    assert "No preview after each edit" in studio.notice.message and not studio.auto_preview
    project.changed_turns += 1
    studio.wait_preview(30)
    assert asked == [1] and studio.player.pending == ""
    studio.close()
