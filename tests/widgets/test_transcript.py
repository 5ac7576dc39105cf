"""The Studio's Transcript tab against the real engine: read the words, untick a sentence, keep."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.spoken import speak_video
from vidai_nb.engine.speech import models as speech_models
from vidai_nb.widgets import Project
from vidai_nb.widgets.transcript import TranscriptView

pytestmark = pytest.mark.skipif(
    not any(speech_models.is_installed(m) for m in speech_models.BUNDLED.values()),
    reason="no bundled Whisper model installed",
)


def test_untick_a_sentence_and_keep(project: Project, tmp_path: Path) -> None:
    clip = tmp_path / "talk.mp4"
    speak_video(clip, ["The park is really nice.", "Um, | the pricing is very fair.",
                       "Tomorrow we can walk to the lake."])
    project.upload([clip])
    view = TranscriptView(project)
    assert view.keep_button.disabled
    view.read()
    assert view.words is not None and len(view.boxes) >= 2
    assert "words in" in view.message.value
    before = dict(project.draft)
    turns = project.changed_turns
    pricing = next(sid for sid, group in view.words.groupby("sentence")
                   if "pricing" in " ".join(group["text"]).lower())
    for sid, box in view.boxes:
        box.value = sid != pricing
    kept = view.kept_words()
    assert not view.words[view.words["word"].isin(kept)]["text"].str.contains("pricing", case=False).any()
    view.keep()
    assert "removed" in view.message.value and project.draft != before
    assert project.changed_turns == turns + 1
    assert view.words is None and view.boxes == []
    after = project.client.transcript(project.session_id)
    assert "pricing" not in " ".join(after["text"]).lower()
    assert "lake" in " ".join(after["text"]).lower()
