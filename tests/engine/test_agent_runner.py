"""run_turn: the events of a turn, with speech analysis replaced by deterministic fakes."""

from __future__ import annotations

import ast
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from vidai_nb.engine.agent import (
    DraftChanged,
    Heartbeat,
    TextDelta,
    ToolCall,
    ToolResult,
    TurnContext,
    TurnEvent,
    VersionJump,
    analysis,
    run_turn,
    runner,
)
from vidai_nb.engine.ops import apply
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft
from vidai_nb.engine.speech import SpeechUnavailable

PATHS = {k: Path(f"/nonexistent/{k}") for k in SAMPLE_MEDIA}


def ctx(
    text: str,
    draft: dict[str, Any] | None = None,
    language: str = "en",
    versions: dict[int, dict[str, Any]] | None = None,
    version: int | None = None,
    media: dict[str, Any] | None = None,
) -> TurnContext:
    versions = versions or {1: draft or sample_draft()}
    current = version or max(versions)
    return TurnContext(
        text=text,
        language=language,
        draft=draft or versions[current],
        media=SAMPLE_MEDIA if media is None else media,
        media_paths=PATHS,
        version=current,
        version_count=len(versions),
        get_version=lambda v: versions[v],
    )


async def events(c: TurnContext) -> list[TurnEvent]:
    return [ev async for ev in run_turn(c)]


def text_of(evs: list[TurnEvent]) -> str:
    return "".join(e.text for e in evs if isinstance(e, TextDelta))


def of(evs: list[TurnEvent], kind: type) -> list[Any]:
    return [e for e in evs if isinstance(e, kind)]


@pytest.fixture
def fake_speech(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analysis, "dead_air_bounds",
                        lambda draft, paths, **_: {"clip.mp4": (1500, 57000)})
    monkeypatch.setattr(analysis, "silences",
                        lambda draft, paths, db, ms, **_: {"clip.mp4": [(10000, 12000)]})

    def cues(
        draft: dict[str, Any], paths: Any, lang: str | None, progress: Callable[[float], None] | None
    ) -> Any:
        if progress:
            progress(50.0)
        return [{"start_ms": 2000, "end_ms": 4000, "text": "hello there"}]

    monkeypatch.setattr(analysis, "timeline_cues", cues)


async def test_seed_request_trims_subtitles_and_requests_an_export(fake_speech: None) -> None:
    one = {k: SAMPLE_MEDIA[k] for k in ("clip.mp4", "music.mp3")}
    evs = await events(ctx("trim the footage, add subtitles, and export as MP4", media=one))
    kinds = [type(e).__name__ for e in evs if not isinstance(e, Heartbeat | TextDelta)]
    assert kinds == [
        "ToolCall",
        "ToolResult",
        "ToolCall",
        "ToolResult",
        "DraftChanged",
        "ToolCall",
        "ToolResult",
    ]
    calls = of(evs, ToolCall)
    assert [c.name for c in calls] == ["trim_dead_air", "add_subtitles", "export"]
    assert calls[0].args["bounds"] == {"clip.mp4": [1500, 57000]}
    assert calls[2].args == {"format": "mp4"}
    assert all(r.response["ok"] for r in of(evs, ToolResult))
    (changed,) = of(evs, DraftChanged)
    main = changed.draft["t"][0]["sg"]
    assert [(s["in"], s["d"]) for s in main] == [(1500, 55500)]
    subs = next(t for t in changed.draft["t"] if t.get("role") == "subtitle")
    assert [(c["start"], c["text"]) for c in subs["sg"]] == [(2000, "hello there")]
    assert "trimmed the dead air" in changed.label and "subtitles" in changed.label
    reply = text_of(evs)
    assert "trimmed the dead air" in reply and "Exporting as MP4" in reply
    assert len(of(evs, TextDelta)) >= 2  # streamed in a few chunks
    assert {h.label for h in of(evs, Heartbeat)} >= {"detecting dead air", "transcribing"}


async def test_seed_request_with_several_clips_trims_each(monkeypatch: pytest.MonkeyPatch) -> None:
    bounds = {"clip.mp4": (1000, 59000), "b.mp4": (2000, 30000), "c.mp4": (0, 18000)}
    seen: list[list[str]] = []

    def dead_air(draft: dict[str, Any], paths: Any, **_: Any) -> dict[str, tuple[int, int]]:
        seen.append(analysis.main_sources(draft))
        return bounds

    monkeypatch.setattr(analysis, "dead_air_bounds", dead_air)
    evs = await events(ctx("trim the footage"))
    assert [c.name for c in of(evs, ToolCall)] == ["concat", "trim_dead_air"]
    assert seen == [["clip.mp4", "b.mp4", "c.mp4"]]  # analysed after the clips were put on
    (changed,) = of(evs, DraftChanged)
    main = changed.draft["t"][0]["sg"]
    assert [(s["src"], s["in"], s["d"]) for s in main] == [
        ("clip.mp4", 1000, 58000),
        ("b.mp4", 2000, 28000),
        ("c.mp4", 0, 18000),
    ]


async def test_long_analysis_yields_heartbeats_with_progress(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "HEARTBEAT_S", 0.05)

    def slow(
        draft: dict[str, Any], paths: Any, lang: str | None, progress: Callable[[float], None] | None
    ) -> Any:
        for pct in (10.0, 40.0, 80.0):
            time.sleep(0.08)
            if progress:
                progress(pct)
        time.sleep(0.08)
        return [{"start_ms": 0, "end_ms": 1000, "text": "hi"}]

    monkeypatch.setattr(analysis, "timeline_cues", slow)
    evs = await events(ctx("add subtitles"))
    beats = [h for h in of(evs, Heartbeat) if h.label == "transcribing"]
    assert len(beats) >= 4
    progress = [h.progress for h in beats if h.progress is not None]
    assert progress == sorted(progress) and progress[-1] >= 40.0
    assert of(evs, DraftChanged)


async def test_speech_unavailable_is_said_plainly_and_the_rest_applies(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def unavailable(*args: Any) -> Any:
        raise SpeechUnavailable("no speech model installed (pip install vidai_nb[speech])")

    monkeypatch.setattr(analysis, "timeline_cues", unavailable)
    evs = await events(ctx("add subtitles and make it 9:16"))
    assert [c.name for c in of(evs, ToolCall)] == ["set_aspect"]
    (changed,) = of(evs, DraftChanged)
    assert (changed.draft["m"]["width"], changed.draft["m"]["height"]) == (1080, 1920)
    reply = text_of(evs)
    assert "speech analysis is unavailable" in reply and "no speech model installed" in reply
    assert "changed the aspect to 9:16" in reply


async def test_question_and_refusal_change_nothing() -> None:
    for text in ("make it better", "add a dragon flying over", "upload to youtube for me"):
        evs = await events(ctx(text))
        assert not of(evs, DraftChanged) and not of(evs, ToolCall) and not of(evs, VersionJump)
        assert text_of(evs).strip()


async def test_a_failing_operation_is_reported_and_saves_nothing() -> None:
    evs = await events(ctx("delete the fifth clip"))
    (result,) = of(evs, ToolResult)
    assert result.response["ok"] is False and "only 1 clip" in result.response["error"]
    assert not of(evs, DraftChanged)
    assert "only 1 clip" in text_of(evs)


async def test_undo_redo_and_restore_jump_between_versions() -> None:
    v1 = sample_draft()
    v2 = apply(v1, {"op": "trim", "head_ms": 5000}, SAMPLE_MEDIA)
    v3 = apply(v2, {"op": "set_aspect", "ratio": "9:16"}, SAMPLE_MEDIA)
    versions = {1: v1, 2: v2, 3: v3}
    evs = await events(ctx("undo", versions=versions))
    assert of(evs, VersionJump) == [VersionJump(2)] and not of(evs, DraftChanged)
    assert "undid" in text_of(evs)
    evs = await events(ctx("redo", versions=versions, version=2))
    assert of(evs, VersionJump) == [VersionJump(3)]
    evs = await events(ctx("redo", versions=versions))
    assert not of(evs, VersionJump) and "nothing to redo" in text_of(evs)
    evs = await events(ctx("go back to version 1 and make it square", versions=versions))
    assert of(evs, VersionJump) == [VersionJump(1)]
    (changed,) = of(evs, DraftChanged)
    assert changed.draft["d"] == 60000 and changed.draft["m"]["width"] == changed.draft["m"]["height"]
    evs = await events(ctx("go back to version 9", versions=versions))
    assert not of(evs, VersionJump) and "no version 9" in text_of(evs)


async def test_chinese_session_replies_in_chinese(fake_speech: None) -> None:
    evs = await events(ctx("剪掉前10秒，加字幕", language="zh-CN"))
    assert [c.name for c in of(evs, ToolCall)] == ["trim", "add_subtitles"]
    reply = text_of(evs)
    assert reply.startswith("好的") and "添加了字幕" in reply


@pytest.mark.parametrize("text", ["export as mp4", "make a gif of the first 3 seconds", "thumbnail at 0:05"])
async def test_export_requests_leave_the_draft_and_are_announced(text: str) -> None:
    evs = await events(ctx(text))
    assert not of(evs, DraftChanged)
    (call,) = of(evs, ToolCall)
    assert call.name == "export" and call.args["format"] in {"mp4", "gif", "jpg"}
    assert "Exporting as" in text_of(evs)


async def test_music_and_title_turn_labels_say_what_changed() -> None:
    evs = await events(ctx("add music.mp3 at 30% and a title 'Urban Dreams'"))
    (changed,) = of(evs, DraftChanged)
    assert (
        changed.label
        == "added music.mp3 as background music at 30%; added the title \u201cUrban Dreams\u201d"
    )
    assert "BGM" in text_of(evs) or "music" in text_of(evs)


async def test_chinese_session_explains_failures_in_chinese() -> None:
    evs = await events(ctx("删除第五段", language="zh-CN"))
    assert not of(evs, DraftChanged)
    assert "时间线上只有 1 段" in text_of(evs)


async def test_a_question_is_answered_and_no_version_is_saved() -> None:
    evs = await events(ctx("what aspect ratio is best for tiktok?"))
    assert not of(evs, DraftChanged) and not of(evs, ToolCall)
    reply = text_of(evs)
    assert "9:16" in reply and "Nothing in the video was changed" in reply


async def test_a_question_about_the_project_is_answered_from_the_draft() -> None:
    reply = text_of(await events(ctx("how long is my video right now?")))
    assert "1:00" in reply  # the sample clip is 60 s


async def test_show_me_the_transcript_shows_it_and_edits_nothing(fake_speech: None) -> None:
    evs = await events(ctx("show me the transcript"))
    assert not of(evs, DraftChanged)
    assert "hello there" in text_of(evs)


@pytest.mark.parametrize(
    ("text", "language", "chinese"),
    [
        ("剪掉前5秒", "en", True),  # the request's language, not the session's
        ("cut the first 5 seconds", "zh-CN", False),
        ("add a title '你好世界'", "en", False),  # quoted text does not switch it
    ],
)
async def test_the_reply_is_in_the_language_of_the_request(text: str, language: str, chinese: bool) -> None:
    reply = text_of(await events(ctx(text, language=language)))
    first = reply.split("\n\n")[0]
    assert bool(re.search(r"[\u4e00-\u9fff]", first.replace("你好世界", ""))) is chinese


async def test_the_reply_starts_with_one_sentence_of_what_changed_then_details() -> None:
    reply = text_of(await events(ctx("cut the first 5 seconds and add a title 'Hi'")))
    first, _, details = reply.partition("\n\n")
    assert first.startswith("Done:") and first.count(". ") == 0 and details
    reply = text_of(await events(ctx("add a dragon flying over")))
    assert reply.startswith("Nothing was changed")


async def test_undo_inside_a_turn_takes_back_that_edit_not_the_upload() -> None:
    base = sample_draft()
    evs = await events(ctx("trim the first 5 sec… actually no, undo that, trim the first 2 instead", base))
    assert not of(evs, VersionJump)
    changed = of(evs, DraftChanged)
    assert len(changed) == 1
    from vidai_nb.engine.ops import programme_ms

    assert programme_ms(changed[0].draft) == programme_ms(base) - 2000


async def test_changing_a_title_replaces_it_and_with_none_simply_adds_it() -> None:
    evs = await events(ctx("change the title to Summer Recap"))
    reply = text_of(evs)
    assert "Summer Recap" in reply and "couldn't" not in reply.lower()
    draft = of(evs, DraftChanged)[-1].draft
    titles = [g["text"] for t in draft["t"] if t.get("role") == "title" for g in t["sg"]]
    assert titles == ["Summer Recap"]
    evs = await events(ctx("change the title to Winter", draft))
    draft = of(evs, DraftChanged)[-1].draft
    assert [g["text"] for t in draft["t"] if t.get("role") == "title" for g in t["sg"]] == ["Winter"]


async def test_a_target_length_keeps_the_part_with_the_speech(fake_speech: None) -> None:
    evs = await events(ctx("trim my video to 12 seconds"))
    calls = [c for c in of(evs, ToolCall) if c.name == "keep_range"]
    assert calls and calls[0].args["start_ms"] == 1500 and calls[0].args["end_ms"] == 13500
    reply = text_of(evs)
    assert "where the speech starts" in reply and "first 12 s" not in reply


async def test_a_target_length_without_speech_analysis_keeps_the_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def unavailable(draft: Any, paths: Any) -> Any:
        raise SpeechUnavailable("no model")

    monkeypatch.setattr(analysis, "dead_air_bounds", unavailable)
    evs = await events(ctx("trim my video to 12 seconds"))
    calls = [c for c in of(evs, ToolCall) if c.name == "keep_range"]
    assert calls and calls[0].args["start_ms"] == 0 and calls[0].args["end_ms"] == 12000
    assert "first 12 s" in text_of(evs)


async def test_undo_redo_and_restore_read_the_store_off_the_event_loop(tmp_path: Path) -> None:
    """The version lookups of undo / redo / "go back to version N" read the database; on the event
    loop they would stall every other request of the engine. A real store whose statements raise on
    the loop thread (`forbid_on_event_loop`, what VIDAI_DEBUG_LOOP_DB=1 turns on in test engines)."""
    from vidai_nb.engine.store import Store, migrate, open_engine
    from vidai_nb.engine.store.db import DatabaseOnEventLoop, forbid_on_event_loop

    engine = open_engine(tmp_path / "db.sqlite")
    migrate(engine)
    store = Store(engine)
    user = store.user_for_client("loop-test", 10)
    v1 = sample_draft()
    sid = store.create_session(user.id, "p", "en", v1).id
    store.add_version(sid, apply(v1, {"op": "trim", "head_ms": 5000}, SAMPLE_MEDIA), "trim")
    forbid_on_event_loop(engine)
    with pytest.raises(DatabaseOnEventLoop):  # the check itself bites on the loop thread
        store.versions(sid)

    async def turn(text: str, version: int) -> list[TurnEvent]:
        c = TurnContext(
            text=text, language="en", draft=v1,
            media=SAMPLE_MEDIA, media_paths=PATHS, version=version, version_count=2,
            get_version=lambda v: store.get_version(sid, v),
            undo_target=lambda v, steps: store.undo_target(sid, v, steps),
            redo_target=lambda v, steps: store.redo_target(sid, v, steps),
        )
        return await events(c)

    evs = await turn("undo", 2)
    assert of(evs, VersionJump) == [VersionJump(1)], text_of(evs)
    evs = await turn("redo", 1)
    assert of(evs, VersionJump) == [VersionJump(2)], text_of(evs)
    evs = await turn("go back to version 1 and make it square", 2)
    assert of(evs, VersionJump) == [VersionJump(1)]
    (changed,) = of(evs, DraftChanged)
    assert changed.draft["d"] == 60000 and changed.draft["m"]["width"] == changed.draft["m"]["height"]


@pytest.mark.parametrize(
    "text, music, level",
    [
        ("lower the music to 20%", True, 0.2),
        ("reduce the music volume to 10% please", True, 0.1),
        ("raise the voice to 150%", False, 1.5),
        ("keep the original sound, dont mute it, just lower it to 60%", False, 0.6),
    ],
)
async def test_a_word_that_names_the_change_made_is_not_reported_as_not_understood(
    text: str, music: bool, level: float
) -> None:
    """ "lower" names what set_volume does: the reply sets the level and never says it did not understand
    "lower" (the account of every word counts the words a chosen reading's action is named by)."""
    draft = sample_draft(music="music.mp3" if music else None)
    evs = await events(ctx(text, draft))
    reply = text_of(evs)
    assert "didn't understand" not in reply and "没看懂" not in reply
    (changed,) = of(evs, DraftChanged)
    tracks = {t["role"]: t for t in changed.draft["t"]}
    got = tracks["bgm"]["sg"][0]["volume"] if music else tracks["main"].get("volume")
    assert got == pytest.approx(level)


def test_long_analyses_leave_the_default_executor_free(monkeypatch: pytest.MonkeyPatch) -> None:
    """Turns stuck in a long analysis (here: transcriptions that never end while the test holds them)
    must not starve later turns: the planner and database lookups run on asyncio's default executor,
    which has min(32, cores + 4) threads. More stuck turns than that, then a plain trim must still finish."""
    import asyncio
    import threading

    release = threading.Event()
    started: list[int] = []

    def stuck(draft: dict[str, Any], paths: Any, lang: str | None, progress: Any) -> Any:
        started.append(1)
        release.wait(60)
        return [{"start_ms": 2000, "end_ms": 4000, "text": "hello there"}]

    monkeypatch.setattr(analysis, "timeline_cues", stuck)
    stuck_turns = 40  # above the default executor's cap (32) on any machine

    async def main() -> tuple[list[TurnEvent], list[list[TurnEvent]]]:
        waiting = [asyncio.ensure_future(events(ctx("add subtitles"))) for _ in range(stuck_turns)]
        try:
            for _ in range(600):  # until every one of them is inside its transcription (or 30 s)
                if len(started) >= stuck_turns:
                    break
                await asyncio.sleep(0.05)
            trim = await asyncio.wait_for(events(ctx("trim the first 2 seconds")), 20)
        finally:
            release.set()
        return trim, list(await asyncio.gather(*waiting))

    try:
        trim, subtitled = asyncio.run(main())
    finally:
        release.set()
    assert of(trim, DraftChanged), text_of(trim)
    assert all(of(evs, DraftChanged) for evs in subtitled)


@pytest.mark.parametrize(("text", "language", "said"), [
    ("speed it up a little", "en", "1.25×"), ("稍微慢一点", "zh", "0.8 倍")])
async def test_a_little_faster_says_the_mild_step_and_how_to_ask_for_more(text: str, language: str,
                                                                          said: str) -> None:
    evs = await events(ctx(text, language=language))
    reply = text_of(evs)
    assert said in reply and ("1.5x" in reply or "0.5倍" in reply)
    changed = [e for e in evs if isinstance(e, DraftChanged)]
    assert changed  # the speed was changed, not asked about


async def test_the_saved_versions_are_listed_and_nothing_changes() -> None:
    v1 = sample_draft()
    v2 = apply(v1, {"op": "trim", "head_ms": 5000}, SAMPLE_MEDIA)
    v3 = apply(v2, {"op": "add_title", "text": "Hi"}, SAMPLE_MEDIA)
    evs = await events(ctx("can you list the versions i've got saved so far", versions={1: v1, 2: v2, 3: v3},
                           version=2))
    assert not of(evs, DraftChanged) and not of(evs, ToolCall) and not of(evs, VersionJump)
    said = text_of(evs)
    assert "3 saved versions" in said and "version 2" in said
    zh = text_of(await events(ctx("有哪些版本", versions={1: v1, 2: v2}, language="zh")))
    assert "2个版本" in zh and "第2版" in zh
    assert "one version" in text_of(await events(ctx("list the versions")))


def _samples(node: ast.expr) -> list[str]:
    """The messages a `raise OpError(<expr>)` can give, with each formatted value as a sample."""
    if isinstance(node, ast.IfExp):
        return _samples(node.body) + _samples(node.orelse)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    assert isinstance(node, ast.JoinedStr), ast.dump(node)
    out = ""
    for part in node.values:
        if isinstance(part, ast.Constant):
            out += str(part.value)
        else:
            assert isinstance(part, ast.FormattedValue)
            value = part.value  # "{'is' if n == 1 else 'are'}" -> "is"; anything else -> "1"
            constant = isinstance(value, ast.IfExp) and isinstance(value.body, ast.Constant)
            out += str(value.body.value) if constant else "1"  # type: ignore[attr-defined]
    return [out]


def test_every_operation_error_has_a_chinese_reason() -> None:
    """A zh session's reply is Chinese throughout: each message an operation can raise (read from the
    source of vidai_nb/engine/ops) has a Chinese reason, with no English words left in it."""
    import vidai_nb.engine.ops as ops_pkg

    messages: list[str] = []
    for path in sorted(Path(ops_pkg.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
                    and isinstance(node.exc.func, ast.Name) and node.exc.func.id == "OpError"):
                messages += _samples(node.exc.args[0])
    assert len(messages) >= 30
    for message in messages:
        zh = runner._zh_reason(message)
        assert zh != message, message
        assert re.search(r"[\u4e00-\u9fff]", zh) and not re.search(r"[A-Za-z]{3,}", zh), (message, zh)
    assert runner._zh_reason("I found no filler words or repeated words in the speech") == \
        "语音里没有找到语气词或重复的词"
    assert runner._zh_reason("photo1.jpg is image, but this needs video or audio") == \
        "photo1.jpg 是图片，这里需要视频或音频"
