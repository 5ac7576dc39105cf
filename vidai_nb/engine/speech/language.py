"""Session languages ("en", "zh-CN", "pt_BR") as Whisper language codes."""

from __future__ import annotations

from .records import SpeechUnavailable


def whisper_language(language: str | None) -> str | None:
    """The Whisper code for a session language; None means "detect it" ("", "auto", None)."""
    if language is None or language.strip().lower() in ("", "auto"):
        return None
    try:
        from faster_whisper.tokenizer import _LANGUAGE_CODES  # only with the speech extra
    except ImportError as exc:
        raise SpeechUnavailable(
            "transcription needs faster-whisper: pip install 'vidai_nb[speech]' (faster-whisper>=1.1)"
        ) from exc

    code = language.strip().replace("_", "-").split("-")[0].lower()
    if code not in _LANGUAGE_CODES:
        raise SpeechUnavailable(f"Whisper cannot transcribe the language {language!r}")
    return code
