"""The sync face: a plain script, inside a running event loop, from callbacks, and in a real
Jupyter kernel (whose cells run inside the kernel's own asyncio loop)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from tests.client.conftest import make_config
from tests.client.protocol_server import ProtocolServer
from vidai_nb.client import NemoClient

ROOT = Path(__file__).resolve().parents[2]


def test_plain_script(engine_url: str, tmp_path: Path) -> None:
    script = textwrap.dedent(f"""
        from vidai_nb.client import NemoClient
        c = NemoClient(api_url={engine_url!r}, config_dir={str(tmp_path / "cfg")!r})
        s = c.create_session()
        print("SESSION", s.session_id)
        print("CREDITS", c.credits().available)
        c.close()
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert "SESSION sess_" in out.stdout and "CREDITS 100" in out.stdout


def test_inside_a_running_event_loop(proto: ProtocolServer, tmp_path: Path) -> None:
    client = NemoClient(make_config(proto.url, tmp_path))

    async def notebook_cell() -> tuple[str, float]:
        # what a Jupyter cell does: call the blocking client while a loop is running
        assert asyncio.get_running_loop().is_running()
        s = client.create_session()
        return s.session_id, client.credits().available

    sid, available = asyncio.run(notebook_cell())
    assert sid in proto.sessions and available == 100
    client.close()


def test_callbacks_run_on_the_calling_thread(proto: ProtocolServer, tmp_path: Path) -> None:
    client = NemoClient(make_config(proto.url, tmp_path))
    sid = client.create_session().session_id
    f = tmp_path / "a.mp4"
    f.write_bytes(b"x" * 600_000)
    threads: set[int] = set()
    client.upload(sid, [f], on_progress=lambda *_: threads.add(threading.get_ident()))
    client.turn(sid, "hi", on_event=lambda _e: threads.add(threading.get_ident()))
    assert threads == {threading.get_ident()}
    client.close()


def test_a_callback_error_propagates_to_the_caller(proto: ProtocolServer, tmp_path: Path) -> None:
    client = NemoClient(make_config(proto.url, tmp_path))
    sid = client.create_session().session_id

    def boom(_event: object) -> None:
        raise RuntimeError("widget broke")

    import pytest

    with pytest.raises(RuntimeError, match="widget broke"):
        client.turn(sid, "hi", on_event=boom)
    assert client.credits().available == 100  # the client still works afterwards
    client.close()


def test_in_a_jupyter_kernel(engine_url: str, tmp_path: Path) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(
            textwrap.dedent(f"""
            import asyncio
            from vidai_nb.client import NemoClient
            client = NemoClient(api_url={engine_url!r}, config_dir={str(tmp_path / "cfg")!r})
            print("platform", client.config.platform)
            s = client.create_session()
            events = []
            result = client.turn(s.session_id, "hello", on_event=events.append)
            print("loop running:", asyncio.get_event_loop().is_running())
            print("turn ok:", bool(result.text), type(events[-1]).__name__)
            print("credits:", client.credits().total)
            import ipywidgets as w
            clicked = []
            button = w.Button(description="credits")
            button.on_click(lambda _b: clicked.append(client.credits().available))
            button.click()  # the handler runs like a widget callback, inside the kernel's loop
            print("widget callback:", clicked)
        """)
        ),
    ]
    NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}
    ).execute()
    text = "".join(o.get("text", "") for o in nb.cells[0].outputs)
    assert "platform jupyter" in text
    assert "loop running: True" in text
    assert "turn ok: True TurnEnd" in text
    assert "credits:" in text
    assert "widget callback: [" in text and "widget callback: []" not in text


def test_token_never_in_notebook_output(engine_url: str, tmp_path: Path) -> None:
    seed = NemoClient(make_config(engine_url, tmp_path))
    seed.anonymous_token()
    assert seed.config.token is not None
    token = seed.config.token.reveal()
    seed.close()
    token_file = tmp_path / "token.txt"
    token_file.write_text(token)
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(
            textwrap.dedent(f"""
            import logging, sys
            logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, force=True)
            from pathlib import Path
            from vidai_nb.client import NemoClient
            client = NemoClient(api_url={engine_url!r}, token=Path({str(token_file)!r}).read_text(),
                                config_dir={str(tmp_path / "cfg")!r})
            print(client, client.config, client.config.token)
            s = client.create_session()
            client.config
        """)
        ),
        nbformat.v4.new_code_cell("client.state('sess_missing')"),  # a traceback in the output
    ]
    NotebookClient(
        nb, timeout=120, kernel_name="python3", allow_errors=True, resources={"metadata": {"path": str(ROOT)}}
    ).execute()
    outputs = json.dumps([cell.outputs for cell in nb.cells])
    assert "SessionNotFoundError" in outputs and "HTTP Request" in outputs  # errors and logs were shown
    assert token not in outputs


def test_stopping_a_sync_export_cancels_the_render(proto: ProtocolServer, tmp_path: Path) -> None:
    # An exception on the waiting thread (a failing callback here; Ctrl-C / a kernel interrupt in a
    # notebook takes the same path) cancels the async work, which cancels the render on the server.
    import pytest

    client = NemoClient(make_config(proto.url, tmp_path))
    sid = client.create_session().session_id
    proto.sessions[sid].draft = {"t": [{"tt": 0, "sg": [{"id": "a", "start": 0, "d": 1000}]}]}
    proto.render_polls_to_complete = 10**6

    def stop(_pct: float, stage: str) -> None:
        if stage == "processing":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        client.export(sid, on_progress=stop)
    assert proto.renders and all(job.cancelled for job in proto.renders.values())
    assert client.credits().available == 100  # still usable
    client.close()
