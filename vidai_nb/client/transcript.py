"""The transcript as pandas tables, and the words a table keeps (client side of edit-by-transcript).

The words come from the engine's `GET /api/transcript/<app>/me/<session>/latest`; the frame carries
the draft version it describes in `frame.attrs["version"]`, so that `keep_words` edits exactly the
version the user looked at (the engine refuses a stale one and says so).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vidai_nb.client.errors import NemoHTTPError

if TYPE_CHECKING:
    import pandas as pd

WORD_COLUMNS = ["word", "text", "start_ms", "end_ms", "clip", "media_id", "src_start_ms", "src_end_ms",
                "confidence", "sentence", "is_filler", "is_repeat", "gap_after_ms", "is_pause_after"]
SENTENCE_COLUMNS = ["sentence", "text", "start_ms", "end_ms", "word_count"]
FILE_FORMATS = {".srt": "srt", ".vtt": "vtt", ".txt": "txt"}


class TranscriptUnavailableError(NemoHTTPError):
    """The backend has no transcript routes (the cloud service): edit-by-transcript needs the local engine."""


def no_routes(err: NemoHTTPError) -> NemoHTTPError:
    if err.status in (404, 405):
        return TranscriptUnavailableError(
            "This backend has no transcript: editing by words needs vidai_nb's local engine "
            "(unset NEMO_API_URL, or point it at a `vidai-engine`).", status=err.status)
    return err


def frame(data: dict[str, Any], level: str) -> pd.DataFrame:
    """The words (or sentences) of a transcript answer as a DataFrame, with its version in attrs."""
    import pandas as pd

    if level not in ("words", "sentences"):
        raise ValueError(f"level must be 'words' or 'sentences', not {level!r}")
    columns = WORD_COLUMNS if level == "words" else SENTENCE_COLUMNS
    records = data.get("words" if level == "words" else "sentences") or []
    df = pd.DataFrame.from_records(records, columns=columns)
    if level == "words":
        df = df.astype({"word": "int64", "start_ms": "int64", "end_ms": "int64", "clip": "int64",
                        "sentence": "int64", "is_filler": "bool", "is_repeat": "bool",
                        "is_pause_after": "bool", "confidence": "float64"})
    df.attrs.update(session_id=data.get("session_id"), version=data.get("version"),
                    duration_ms=data.get("duration_ms"), language=data.get("language"))
    return df


def kept_ids(kept: pd.DataFrame | Iterable[int], words: pd.DataFrame | None) -> list[int]:
    """Word ids a table keeps: its `word` column; a sentence table keeps every word of its sentences
    (`words` is then the word table of the same version)."""
    import pandas as pd

    if not isinstance(kept, pd.DataFrame):
        return sorted({int(x) for x in kept})
    if "word" in kept.columns:
        return sorted({int(x) for x in kept["word"]})
    if "sentence" in kept.columns and words is not None:
        chosen = set(int(x) for x in kept["sentence"])
        pairs = zip(words["word"], words["sentence"], strict=True)
        return sorted(int(w) for w, sid in pairs if int(sid) in chosen)
    raise ValueError("keep_words needs a table from client.transcript(): it has no 'word' or 'sentence' "
                     "column")


def version_of(kept: Any, version: int | None) -> int:
    if version is not None:
        return int(version)
    found = getattr(kept, "attrs", {}).get("version")
    if found is None:
        raise ValueError("this table does not say which version it came from: pass a table from "
                         "client.transcript() (or version=)")
    return int(found)


def file_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in FILE_FORMATS or suffix == ".otio":
        return FILE_FORMATS.get(suffix, "otio")
    raise ValueError(f"cannot write {path.name}: use .srt, .vtt, .txt or .otio")
