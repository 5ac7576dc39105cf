"""Engine settings: every field has one documented environment variable, and values are parsed."""

from __future__ import annotations

import argparse
from dataclasses import fields
from pathlib import Path

import pytest

from vidai_nb.engine.config import ENV, Settings, settings_for_cli


def test_every_setting_is_documented() -> None:
    names = {f.name for f in fields(Settings)}
    assert set(ENV) == names
    assert all(var.startswith("VIDAI_") and len(doc) > 10 for var, doc in ENV.values())
    assert len({var for var, _ in ENV.values()}) == len(ENV)


def test_from_env_parses_and_defaults(tmp_path: Path) -> None:
    s = Settings.from_env(
        {
            "VIDAI_DATA_DIR": str(tmp_path),
            "VIDAI_TURN_COST": "3",
            "VIDAI_HEARTBEAT_S": "0.5",
            "VIDAI_STATIC_TOKEN": "abc",
            "VIDAI_TOKENS_PER_IP": " ",
        }
    )
    assert s.data_dir == tmp_path and s.turn_cost == 3 and s.heartbeat_s == 0.5 and s.static_token == "abc"
    assert s.tokens_per_ip == 10 and s.max_upload_bytes == 500 * 1024 * 1024 and s.initial_credits == 100
    assert s.db_path == tmp_path / "engine.sqlite3"
    assert Settings.from_env({}).data_dir.name == "vidai_nb"
    with pytest.raises(ValueError, match="VIDAI_TURN_COST"):
        Settings.from_env({"VIDAI_TURN_COST": "lots"})


def test_command_line_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    """vidai-engine, `vidai-engine users` and vidai-worker share this: --data-dir wins over the
    variable, and a malformed variable is a usage error that names it (exit 2, no traceback)."""
    parser = argparse.ArgumentParser(prog="vidai-test")
    monkeypatch.setenv("VIDAI_DATA_DIR", str(tmp_path / "env"))
    assert settings_for_cli(parser, None).data_dir == tmp_path / "env"
    assert settings_for_cli(parser, tmp_path / "cli").data_dir == (tmp_path / "cli").resolve()
    monkeypatch.setenv("VIDAI_TURN_COST", "lots")
    with pytest.raises(SystemExit) as exit_:
        settings_for_cli(parser, None)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "VIDAI_TURN_COST" in err and "Traceback" not in err
