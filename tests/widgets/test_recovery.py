"""A lost local engine comes back by itself with the same project; earlier projects reopen; the local
engine never charges (the badge hides itself)."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from vidai_nb import local
from vidai_nb.connection import connect
from vidai_nb.widgets.project import Project
from vidai_nb.widgets.studio import Studio


def test_a_killed_engine_is_restarted_with_the_same_project(tmp_path: Path, clip: Path) -> None:
    data = tmp_path / "engine-data"
    conn = connect(data_dir=data, show=False)
    try:
        studio = Studio(Project(conn, out_dir=tmp_path / "exports"), watch=False)
        studio.wait_ready(90)
        assert "Ready · local engine" in studio.status.value and conn.describe() in studio.status.value
        assert studio.credits.layout.display == "none"  # unlimited: no badge
        studio.uploader.upload_path(clip)
        studio.chat.send_message("trim to the first 3 seconds")
        studio.chat.wait(120)
        sid = studio.project.session_id
        assert studio.project.draft["d"] == 3000
        old = conn.engine
        assert old is not None

        os.kill(old.pid, signal.SIGKILL)  # the engine dies under the open Studio
        deadline = time.monotonic() + 10
        while local.healthy(conn.url, timeout=0.5) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert studio.check_health()  # what the watcher thread does every few seconds
        assert conn.engine is not None and conn.engine.pid != old.pid and conn.engine.data_dir == old.data_dir
        assert studio.project.session_id == sid and studio.project.draft["d"] == 3000
        assert "Ready" in studio.status.value and studio.notice.message == ""
        studio.chat.send_message("trim to the first 2 seconds")  # and it keeps working
        studio.chat.wait(120)
        assert studio.project.draft["d"] == 2000, studio.chat.messages[-1]

        # Re-running the cell (a new Studio, a new connection): the same project, not an empty one.
        again = Studio(Project(connect(data_dir=data, show=False), out_dir=tmp_path / "exports"), watch=False)
        again.wait_ready(90)
        assert again.project.session_id == sid and again.project.draft["d"] == 2000
        row = again.record.load()[0] if again.record else {}
        assert row["session_id"] == sid and row["duration_ms"] == 2000 and row.get("thumbnail")
        assert "open now" in again.projects.rows.value
        assert sid not in [v for _, v in again.projects.picker.options]  # the open one is not offered

        # "New project", then the list reopens the earlier one.
        again.new_project()
        assert again.project.session_id != sid and not again.project.draft.get("d")
        again.open_project(sid)
        assert again.project.session_id == sid and again.project.draft["d"] == 2000
    finally:
        local.stop_engine(data)


def test_many_edits_on_the_local_engine_never_mention_credits(tmp_path: Path, clip: Path) -> None:
    data = tmp_path / "free"
    conn = connect(data_dir=data, show=False)
    try:
        project = Project(conn, out_dir=tmp_path / "exports")
        from vidai_nb.widgets.chat import Chat

        chat = Chat(project, greeting=False)
        project.upload([clip])
        for i in range(120):  # more turns than the 100 credits an anonymous user used to start with
            chat.send_message("make it louder" if i % 2 == 0 else "undo")
            chat.wait(60)
            text = " ".join(m["text"] + m.get("details", "") for m in chat.messages[-1:])
            last = chat.messages[-1]
            assert "credit" not in text.lower() and last["kind"] != "error", (i, last)
        assert project.refresh_credits().unlimited
    finally:
        local.stop_engine(data)


def test_another_backend_counts_as_alive_when_it_answers(engine_url: str) -> None:
    from vidai_nb.client import NemoClient
    from vidai_nb.connection import Connection

    up = Connection(client=NemoClient(api_url=engine_url), url=engine_url + "/no-health-route-here")
    down = Connection(client=NemoClient(api_url="http://127.0.0.1:9"), url="http://127.0.0.1:9")
    try:
        assert up.alive() and not down.alive()
        assert not down.restart()  # not ours to start
    finally:
        up.close()
        down.close()
