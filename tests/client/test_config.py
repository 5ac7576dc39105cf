"""Configuration: environment vs arguments, the persisted client id, platform detection, secrecy."""

from __future__ import annotations

import os
import stat
import uuid
from pathlib import Path

import pytest

from vidai_nb.client import ClientConfig, detect_platform
from vidai_nb.client.config import LOCAL_API_URL, default_config_dir, load_or_create_client_id


def test_environment_is_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEMO_TOKEN", "nmv_usr_fromenv")
    monkeypatch.setenv("NEMO_API_URL", "http://api.example:9000/")
    monkeypatch.setenv("NEMO_WEB_URL", "https://web.example")
    monkeypatch.setenv("NEMO_CLIENT_ID", "client-from-env-1")
    monkeypatch.setenv("SKILL_SOURCE", "clawhub")
    cfg = ClientConfig.from_env(config_dir=tmp_path)
    assert cfg.token is not None and cfg.token.reveal() == "nmv_usr_fromenv"
    assert cfg.api_url == "http://api.example:9000"
    assert cfg.web_url == "https://web.example"
    assert cfg.client_id == "client-from-env-1"
    assert cfg.platform == "clawhub"
    assert not (tmp_path / "client_id").exists()  # an id from the environment is not persisted


def test_arguments_win_over_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEMO_TOKEN", "nmv_usr_fromenv")
    monkeypatch.setenv("NEMO_API_URL", "http://env.example")
    monkeypatch.setenv("NEMO_CLIENT_ID", "client-from-env-1")
    monkeypatch.setenv("SKILL_SOURCE", "clawhub")
    cfg = ClientConfig.from_env(
        token="nmv_usr_arg",
        api_url="http://arg.example",
        client_id="client-from-arg-1",
        platform="cursor",
        config_dir=tmp_path,
    )
    assert cfg.token is not None and cfg.token.reveal() == "nmv_usr_arg"
    assert (cfg.api_url, cfg.client_id, cfg.platform) == ("http://arg.example", "client-from-arg-1", "cursor")


def test_defaults_point_at_the_local_engine(tmp_path: Path) -> None:
    cfg = ClientConfig.from_env(config_dir=tmp_path)
    assert cfg.api_url == LOCAL_API_URL
    assert cfg.web_url == "https://nemovideo.com"
    assert cfg.token is None


def test_client_id_is_created_once_and_persisted_under_home() -> None:
    # clean_env points HOME at a temporary folder: the default folder is ~/.config/nemovideo there.
    cfg1 = ClientConfig.from_env()
    path = Path(os.environ["HOME"]) / ".config" / "nemovideo" / "client_id"
    assert path.read_text() == cfg1.client_id  # the file holds only the id
    uuid.UUID(cfg1.client_id)
    assert ClientConfig.from_env().client_id == cfg1.client_id
    assert stat.S_ISREG(path.stat().st_mode)


def test_default_folder_follows_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "elsewhere"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))  # not used: the protocol names ~/.config
    assert default_config_dir() == tmp_path / "elsewhere" / ".config" / "nemovideo"


@pytest.mark.parametrize(
    "content", [b"", b"   \n", b"\xff\xfe\x00garbage", b"two words", b"a\nb\nc", b"x" * 500]
)
def test_empty_or_corrupt_client_id_file_is_replaced(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "client_id").write_bytes(content)
    new_id = load_or_create_client_id(tmp_path)
    uuid.UUID(new_id)
    assert (tmp_path / "client_id").read_text() == new_id
    assert load_or_create_client_id(tmp_path) == new_id


def test_existing_id_with_trailing_newline_is_kept(tmp_path: Path) -> None:
    (tmp_path / "client_id").write_text("0b8c8a3e-1111-4222-8333-444455556666\n")
    assert load_or_create_client_id(tmp_path) == "0b8c8a3e-1111-4222-8333-444455556666"


@pytest.mark.parametrize(
    ("env", "modules", "expected"),
    [
        ({"COLAB_RELEASE_TAG": "release"}, {}, "colab"),
        ({}, {"google.colab": object()}, "colab"),
        ({"VSCODE_PID": "123"}, {"ipykernel": object()}, "vscode"),
        ({"TERM_PROGRAM": "vscode"}, {}, "vscode"),
        ({}, {"ipykernel": object()}, "jupyter"),
        ({"JPY_PARENT_PID": "5"}, {}, "jupyter"),
        ({}, {}, "unknown"),
    ],
)
def test_platform_detection(env: dict[str, str], modules: dict[str, object], expected: str) -> None:
    assert detect_platform(env, modules) == expected


def test_headers_carry_attribution_and_client_id(tmp_path: Path) -> None:
    cfg = ClientConfig.from_env(config_dir=tmp_path, platform="jupyter")
    h = cfg.headers()
    assert h["X-Skill-Source"] == "vidai_nb"
    assert h["X-Skill-Version"]
    assert h["X-Skill-Platform"] == "jupyter"
    assert h["X-Client-Id"] == cfg.client_id
    assert "Authorization" not in h


def test_token_is_not_in_repr_or_str(tmp_path: Path) -> None:
    cfg = ClientConfig.from_env(token="nmv_usr_topsecret123", config_dir=tmp_path)
    assert "topsecret" not in repr(cfg)
    assert "topsecret" not in str(cfg)
    assert "topsecret" not in repr(cfg.token) and "topsecret" not in str(cfg.token)
    assert "topsecret" not in f"{cfg.token}"
