"""engine/speech: transcription with word times, subtitle cues, silence and dead-air detection.

Models come from installed PyPI packages (checked against pinned sha256) or $VIDAI_WHISPER_MODEL;
nothing is downloaded. Subtitle files are in `vidai_nb.engine.speech.formats`.
"""

from .asr import transcribe
from .cues import make_cues
from .deadair import Content, detect_content, detect_dead_air, trim_pads
from .records import Cue, SpeechUnavailable, Word
from .silence import detect_pauses, detect_silences

__all__ = [
    "Content",
    "Cue",
    "SpeechUnavailable",
    "Word",
    "detect_content",
    "detect_dead_air",
    "detect_pauses",
    "detect_silences",
    "make_cues",
    "transcribe",
    "trim_pads",
]
