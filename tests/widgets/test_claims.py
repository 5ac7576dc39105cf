"""Status and reply lines never claim what did not happen: an export the chat ran is named by its own
file and shown where it is; an export without a file is not called cancelled; a backend that answers
again is shown as ready again."""

from __future__ import annotations

from pathlib import Path

from vidai_nb.client import ExportResult, NemoClient
from vidai_nb.connection import Connection
from vidai_nb.widgets.chat import Chat
from vidai_nb.widgets.export import ExportPanel
from vidai_nb.widgets.project import Project
from vidai_nb.widgets.studio import Studio


def test_a_chat_export_names_its_own_file_and_where_it_is(project: Project, clip: Path) -> None:
    project.upload([clip])
    chat = Chat(project)  # alone: there is no Preview to point at
    chat.send_message("make a gif of the first 2 seconds")
    chat.wait(180)
    path = project.turn_export
    assert path is not None and path.suffix == ".gif" and path.is_file()
    last = chat.messages[-1]["text"]
    assert last.startswith(f"Exported {path.name} (") and "saved to" in last and "Preview" not in last, last
    # A turn that exports nothing claims no export, not even the earlier one.
    chat.send_message("make it louder")
    chat.wait(120)
    assert project.turn_export is None
    assert not any(m["text"].startswith("Exported") for m in chat.messages[-2:]), chat.messages[-2:]
    assert Studio(project, watch=False, preview=False).chat.export_shown_in == "the Preview"


def test_an_export_that_ends_without_a_file_is_a_failure_not_a_cancel(project: Project) -> None:
    assert project._finish_export(ExportResult("r1", "completed", None, None)) is None
    assert project.export_error == "The export finished but its file did not arrive."
    assert project.export_path == ""  # nothing published as exported
    assert project._finish_export(ExportResult("r2", "cancelled", None, None)) is None
    assert project.export_error == ""
    panel = ExportPanel(project)  # the engine's own refusal: "failed", never "cancelled"
    panel.start()
    panel.wait(60)
    assert panel.label.value == "Export failed." and "nothing to export" in panel.notice.message.lower()


def test_the_status_line_says_ready_again_when_the_backend_answers_again(engine_url: str,
                                                                       tmp_path: Path) -> None:
    client = NemoClient(api_url=engine_url)
    conn = Connection(client=client, url=engine_url)  # another backend: not ours to restart
    try:
        studio = Studio(Project(conn, out_dir=tmp_path / "exports"), watch=False, preview=False)
        studio.wait_ready(60)
        assert "Ready" in studio.status.value
        conn.url = "http://127.0.0.1:9"  # nothing answers there
        assert not studio.check_health()
        assert "not answering" in studio.status.value
        conn.url = engine_url
        assert studio.check_health()
        assert "Ready" in studio.status.value and "not answering" not in studio.status.value
    finally:
        client.close()
