"""Edit by transcript against the real engine: the words as a DataFrame, keeping words with pandas,
filler removal and text search asked in words, and the exports. The speech is espeak-ng phrases laid
out with known silences (tests/spoken.py), so every cut can be checked against where the sound is."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests import media
from tests.client.conftest import FAST, make_config
from tests.conftest import start_engine, stop_engine
from tests.spoken import Phrase, speak_video
from tests.wer import word_distance
from vidai_nb.client import NemoClient
from vidai_nb.engine.speech import models as speech_models
from vidai_nb.engine.speech import transcribe

pytestmark = pytest.mark.skipif(
    not any(speech_models.is_installed(m) for m in speech_models.BUNDLED.values()),
    reason="no bundled Whisper model installed",
)

SENTENCES = ["So, | um, | the park is really nice.", "I | I think we should go there.",
             "Uh, | the pricing is very fair.", "Tomorrow we can walk to the lake."]


@pytest.fixture
def engine_client(engine_url: str, tmp_path: Path) -> Iterator[NemoClient]:
    """A client that waits as long as a busy machine needs for transcription (the shared FAST timings
    give up on a turn after 1.5 s of heartbeats)."""
    timings = replace(FAST, turn_timeout_s=600.0, still_working_s=600.0, export_timeout_s=600.0,
                      request_timeout_s=300.0)
    client = NemoClient(make_config(engine_url, tmp_path, timings))
    yield client
    client.close()


@pytest.fixture(scope="module")
def talk(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Phrase]]:
    path = tmp_path_factory.mktemp("talk") / "talk.mp4"
    return path, speak_video(path, SENTENCES)


def words(text: str) -> list[str]:
    return re.sub(r"[^a-z0-9' ]", " ", text.lower()).split()


def main_segments(draft: dict[str, Any]) -> list[dict[str, Any]]:
    return list(next(t for t in draft["t"] if t.get("role") == "main")["sg"])


def cut_points(draft: dict[str, Any]) -> list[int]:
    """Source times where the main track jumps (the end of one piece and the start of the next)."""
    sg = main_segments(draft)
    points: list[int] = []
    for a, b in itertools.pairwise(sg):
        points += [int(a["in"]) + int(a["d"]), int(b["in"])]
    return points


def assert_in_gaps(points: list[int], truth: list[Phrase]) -> None:
    for p in points:
        inside = [ph for ph in truth if ph.start_ms <= p <= ph.end_ms]
        assert not inside, f"cut at {p} ms is inside {inside[0]}"


def new_project(client: NemoClient, talk: tuple[Path, list[Phrase]]) -> str:
    sid = client.create_session("talk").session_id
    client.upload(sid, [talk[0]])
    return sid


def test_the_words_as_a_dataframe(engine_client: NemoClient, talk: tuple[Path, list[Phrase]]) -> None:
    sid = new_project(engine_client, talk)
    df = engine_client.transcript(sid)
    assert list(df.columns)[:4] == ["word", "text", "start_ms", "end_ms"]
    assert df.attrs["version"] >= 1 and df.attrs["session_id"] == sid
    assert (df["start_ms"].diff().dropna() >= 0).all()
    assert (df["end_ms"] >= df["start_ms"]).all()
    # one clip, untouched: programme time is source time
    assert (df["src_start_ms"] == df["start_ms"]).all()
    fillers = df[df["is_filler"]]["text"].str.lower().str.strip(",. ").tolist()
    assert "um" in fillers or "uh" in fillers, df["text"].tolist()
    said = words(" ".join(df["text"]))
    assert {"park", "pricing", "lake"} <= set(said), said
    sentences = engine_client.transcript(sid, level="sentences")
    assert len(sentences) >= 3
    assert any("pricing" in t.lower() for t in sentences["text"])
    with pytest.raises(ValueError):
        engine_client.transcript(sid, level="paragraphs")


def test_keep_words_cuts_only_between_words_and_undoes(
    engine_client: NemoClient, talk: tuple[Path, list[Phrase]], tmp_path: Path
) -> None:
    _path, truth = talk
    sid = new_project(engine_client, talk)
    df = engine_client.transcript(sid)
    before = engine_client.state(sid).draft
    pricing = df[df["text"].str.contains("pricing", case=False)]["sentence"].iloc[0]
    kept = df[~df["is_filler"] & (df["sentence"] != pricing)]
    result = engine_client.keep_words(sid, kept)
    first = result.text.split("\n\n")[0]
    assert first.startswith("Done: removed"), result.text
    draft = engine_client.state(sid).draft
    assert draft is not None and draft != before
    points = cut_points(draft)
    assert points, draft
    assert_in_gaps(points, truth)
    # the kept words are what the new programme says
    after = engine_client.transcript(sid)
    assert after.attrs["version"] > df.attrs["version"]
    assert "pricing" not in words(" ".join(after["text"]))
    # the phrases whose sound is still on the timeline are exactly the ones not asked away
    shown = [(int(g["in"]), int(g["in"]) + int(g["d"])) for g in main_segments(draft)]
    kept_phrases = [ph.text for ph in truth if any(a <= ph.start_ms and ph.end_ms <= b for a, b in shown)]
    assert kept_phrases == ["So,", "the park is really nice.", "I", "I think we should go there.",
                            "Tomorrow we can walk to the lake."]
    # the exported sound, transcribed again, says those words
    out = engine_client.export(sid, download_to=tmp_path / "kept.mp4").path
    assert out is not None and media.probe(Path(out)).audio is not None
    heard = words(" ".join(w.text for w in transcribe(Path(out), "en", verbatim=True)))
    expected = words(" ".join(kept_phrases))
    assert word_distance(expected, heard) / len(expected) <= 0.05, f"{' '.join(expected)} | {' '.join(heard)}"
    # a stale table is refused, and nothing changes
    stale = engine_client.keep_words(sid, df)
    assert "Nothing was changed" in stale.text
    assert engine_client.state(sid).draft == draft
    # undo is one step back to the original
    engine_client.turn(sid, "undo")
    assert engine_client.state(sid).draft == before


def test_filler_words_and_search_asked_in_words(
    engine_client: NemoClient, talk: tuple[Path, list[Phrase]]
) -> None:
    _path, truth = talk
    sid = new_project(engine_client, talk)
    reply = engine_client.turn(sid, "remove the ums and uhs")
    assert reply.text.startswith("Done: removed"), reply.text
    first = reply.text.split("\n\n")[0]
    assert "filler word" in first
    # naming the fillers is the cleanup at its default: the false start "I | I think" goes too, and the
    # reply says so and how to keep it
    # (Whisper sometimes invents "Yeah. Yeah." in the silence after the last sentence - its sampling fallback
    # is not seeded - and that is a second repeat: at least the one said)
    assert re.search(r"\b[12] false starts? \(repeated words\)", first), reply.text
    assert "“remove only the filler words”" in reply.text, reply.text
    draft = engine_client.state(sid).draft
    assert draft is not None
    assert_in_gaps(cut_points(draft), truth)
    left = engine_client.transcript(sid)
    assert not left["is_filler"].any(), left["text"].tolist()
    assert "i i think" not in " ".join(words(" ".join(left["text"]))), left["text"].tolist()
    reply = engine_client.turn(sid, "cut the part where I talk about pricing")
    assert "about “pricing”" in reply.text.split("\n\n")[0], reply.text
    assert "pricing" not in words(" ".join(engine_client.transcript(sid)["text"]))
    versions = engine_client.transcript(sid).attrs["version"]
    reply = engine_client.turn(sid, "cut the part where I talk about bananas")
    assert "nothing in the speech matches “bananas”" in reply.text, reply.text
    assert engine_client.transcript(sid).attrs["version"] == versions


def test_exports_follow_the_edit(
    engine_client: NemoClient, talk: tuple[Path, list[Phrase]], tmp_path: Path
) -> None:
    sid = new_project(engine_client, talk)
    df = engine_client.transcript(sid)
    # drop the sentence about the lake (found by its words: Whisper sometimes adds "Yeah." after it)
    lake = df.loc[df["text"].str.contains("lake", case=False), "sentence"]
    engine_client.keep_words(sid, df[~df["sentence"].isin(lake)])
    srt = engine_client.export_transcript(sid, tmp_path / "t.srt").read_text()
    vtt = engine_client.export_transcript(sid, tmp_path / "t.vtt").read_text()
    txt = engine_client.export_transcript(sid, tmp_path / "t.txt").read_text()
    assert srt.startswith("1\n00:00:") and "-->" in srt
    assert vtt.startswith("WEBVTT")
    assert "park" in txt.lower() and "lake" not in txt.lower()
    assert "lake" not in srt.lower()
    with pytest.raises(ValueError):
        engine_client.export_transcript(sid, tmp_path / "t.docx")
    otio = pytest.importorskip("opentimelineio")
    timeline = otio.adapters.read_from_file(str(engine_client.export_transcript(sid, tmp_path / "t.otio")))
    draft = engine_client.state(sid).draft
    assert draft is not None
    main = next(t for t in draft["t"] if t.get("role") == "main")
    clips = [c for c in timeline.tracks[0] if isinstance(c, otio.schema.Clip)]
    ranges = [(c.source_range.start_time.to_seconds(), c.source_range.duration.to_seconds()) for c in clips]
    expected = [(int(s["in"]), int(s["d"])) for s in main["sg"]]
    assert [(round(a * 1000), round(d * 1000)) for a, d in ranges] == expected


def stored_transcripts(data_dir: Path) -> dict[str, float]:
    """Each stored transcript object and when it was made (a transcription always rewrites it)."""
    return {str(p.relative_to(data_dir)): json.loads(p.read_text())["made_at"]
            for p in sorted((data_dir / "transcripts").rglob("*.json"))}


def test_one_transcript_per_clip_shared_by_features_and_kept_across_restarts(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The word table, subtitles and pause removal read one stored transcript of the clip: it is made
    once, and an engine started again on the same data reuses it."""
    clip = tmp_path_factory.mktemp("short") / "short.mp4"
    speak_video(clip, ["So, | um, | the park is nice.", "We can walk to the lake."])
    data = tmp_path / "engine-data"
    timings = replace(FAST, turn_timeout_s=600.0, still_working_s=600.0, export_timeout_s=600.0,
                      request_timeout_s=300.0)
    eng = start_engine(data)
    try:
        client = NemoClient(make_config(eng.url, tmp_path / "c1", timings))
        sid = client.create_session("short").session_id
        client.upload(sid, [clip])
        assert stored_transcripts(data) == {}
        df = client.transcript(sid)  # feature 1: the word table (verbatim: the filler is a row)
        assert df["is_filler"].any(), df["text"].tolist()
        made = stored_transcripts(data)
        assert len(made) == 1, made
        reply = client.turn(sid, "add subtitles")  # feature 2: subtitles, from the same transcript
        assert reply.text.startswith("Done"), reply.text
        draft = client.state(sid).draft
        assert draft is not None
        subs = next(t for t in draft["t"] if t.get("role") == "subtitle")["sg"]
        said = words(" ".join(s["text"] for s in subs))
        assert "park" in said and "lake" in said, said
        assert not {"um", "uh"} & set(said), said  # subtitles leave the fillers out
        assert stored_transcripts(data) == made  # not transcribed again
        client.close()
    finally:
        stop_engine(eng)
    eng = start_engine(data)
    try:
        client = NemoClient(make_config(eng.url, tmp_path / "c2", timings))
        sid = client.create_session("again").session_id
        client.upload(sid, [clip])  # the same bytes in a new project: the same transcript
        again = client.transcript(sid)
        assert again["text"].tolist() == df["text"].tolist()
        reply = client.turn(sid, "remove the pauses")  # feature 3: pause removal
        assert "couldn't transcribe" not in reply.text, reply.text
        assert stored_transcripts(data) == made  # nothing re-transcribed after the restart
        client.close()
    finally:
        stop_engine(eng)


def test_chinese_fillers_asked_in_words_never_claim_a_cut_that_did_not_happen(
    engine_client: NemoClient, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """"去掉嗯啊" and "删掉口头禅" on Mandarin speech with 嗯 and 呃 (espeak-ng): Whisper base does not
    write those fillers (0/9 in benchmarks/transcript.py) and often mishears this speech, so whatever it
    found is what is cut (where the cuts fall is checked on English speech above); a reply claims a cut
    exactly when one was made, and says so in Chinese."""
    clip = tmp_path_factory.mktemp("zh") / "zh.mp4"
    speak_video(clip, ["我们明天去 | 嗯， | 公园散步。", "这个价格 | 呃， | 很合理。"],
                voice="cmn-latn-pinyin")
    sid = engine_client.create_session("zh", language="zh-CN").session_id
    engine_client.upload(sid, [clip])
    df = engine_client.transcript(sid)
    # Whisper base on espeak-ng's Mandarin often fails its first (greedy) decode and falls back to sampling,
    # so which words come out varies from run to run ("我们明天去…" or "我门面前去…"; a CI run got the
    # second): the words are Chinese every time, and what this test is about is the cuts claimed below
    assert len(df) > 0 and df["text"].str.contains(r"[\u4e00-\u9fff]").any(), df["text"].tolist()
    for ask in ("去掉嗯啊", "删掉口头禅"):
        before = engine_client.state(sid)
        reply = engine_client.turn(sid, ask)
        after = engine_client.state(sid)
        # Which words Whisper found varies (above); what must hold every time: a reply claims a cut exactly
        # when the draft changed, and what it cut were fillers or false starts it found in the words
        claimed = "删除了" in reply.text.split("\n")[0]
        if after.draft != before.draft:
            assert claimed, reply.text
            assert after.draft is not None
            assert not engine_client.transcript(sid)["is_filler"].any()
        else:
            assert not claimed, reply.text
        assert re.search(r"[A-Za-z]{3,}", reply.text) is None, reply.text  # Chinese throughout
