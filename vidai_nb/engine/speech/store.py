"""Transcripts kept once per media, in the engine's storage (`engine/storage`): a folder by default, S3
in a shared deployment, so every API process and worker reads the transcript one of them made, and an
engine restart transcribes nothing again.

An object is named by what determines its words: the sha256 of the file's bytes (the same clip
uploaded twice is one transcript), the model, the language and a digest of the decoding options
(`transcripts/<sha256>/<model>.<language>.<options>.json`). Each object records when and in how
long it was made; a transcription always writes it, so a test can tell a reuse from a re-run.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any

from .records import Word

log = logging.getLogger("vidai_nb.engine.speech")

PREFIX = "transcripts"
FORMAT = 1  # bump when the stored shape changes: old objects are then ignored (and remade once)
_CHUNK = 1 << 20

_storage: Any = None  # the Storage this process uses (set by the engine at start-up); see `storage()`
_lock = threading.Lock()
_digests: OrderedDict[tuple[str, int, int], str] = OrderedDict()


def use(storage: Any) -> None:
    """Keep transcripts in `storage` (the engine registers its own; None: back to the default)."""
    global _storage
    with _lock:
        _storage = storage


def storage() -> Any:
    """The store transcripts go to: the registered one, else the data directory's (a worker's own)."""
    with _lock:
        if _storage is not None:
            return _storage
    from vidai_nb.engine.jobs.render_job import worker_data_dir
    from vidai_nb.engine.storage import storage_for

    return storage_for(Path(worker_data_dir()))


def content_id(path: Path) -> str:
    """sha256 of the file's bytes, computed once per (path, size, mtime) in this process."""
    st = path.stat()
    memo = (str(path.resolve()), st.st_mtime_ns, st.st_size)
    with _lock:
        found = _digests.get(memo)
    if found is not None:
        return found
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(_CHUNK):
            h.update(block)
    digest = h.hexdigest()
    with _lock:
        _digests[memo] = digest
        while len(_digests) > 256:
            _digests.popitem(last=False)
    return digest


def _part(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-")[:60] or "x"


def key_for(content: str, model: str, language: str | None, options: dict[str, Any]) -> str:
    """The object name of a transcript (safe for `storage.check_key`)."""
    opts = hashlib.sha256(json.dumps(options, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]
    return f"{PREFIX}/{content}/{_part(model)}.{_part(language or 'auto')}.{opts}.json"


def load(key: str) -> list[Word] | None:
    """The stored words, or None when there are none (or they cannot be read: they are remade)."""
    try:
        st = storage()
        if not st.exists(key):
            return None
        data = json.loads(st.read_range(key, 0, st.size(key)))
        if data.get("format") != FORMAT:
            return None
        return [Word(str(t), int(a), int(b), float(p)) for t, a, b, p in data["words"]]
    except Exception:  # a damaged or unreadable object costs a transcription, never the request
        log.warning("stored transcript %s unreadable; transcribing again", key, exc_info=True)
        return None


def save(key: str, words: list[Word], seconds: float, about: dict[str, Any]) -> None:
    """Publish the words under `key` (whole or not at all). A store that cannot take it is logged:
    the words are still returned to the caller."""
    body = {"format": FORMAT, "made_at": time.time(), "seconds": round(seconds, 3), **about,
            "words": [[w.text, w.start_ms, w.end_ms, w.probability] for w in words]}
    try:
        with storage().writer(key) as out:
            out.write(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode())
            out.publish()
    except Exception:
        log.warning("could not store transcript %s", key, exc_info=True)
