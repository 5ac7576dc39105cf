"""`run_turn(ctx)`: plan one request, fill what needs speech analysis, apply, and stream events."""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar

from vidai_nb.engine.ops import HISTORY_OPS, OpBase, OpError, apply, describe, intent, programme_ms
from vidai_nb.engine.ops import schemas as s

from . import analysis
from . import cached_re as re
from .events import (
    DraftChanged,
    Heartbeat,
    Plan,
    TextDelta,
    ToolCall,
    ToolResult,
    TurnContext,
    TurnEvent,
    VersionJump,
)
from .planner import plan_turn
from .replies import Reply
from .semantics import reply_chinese

HEARTBEAT_S = 5.0  # well under the 10 s the protocol asks for
R = TypeVar("R")


class _Slot:
    """Carries a background result out of an async generator."""

    value: Any = None
    error: BaseException | None = None
    notes: tuple[str, ...] = ()  # what the analysis decided, for the reply's details


async def _in_thread(fn: Callable[[Callable[[float], None]], Any], label: str,
                     slot: _Slot) -> AsyncIterator[Heartbeat]:
    progress: list[float | None] = [None]

    def on_progress(pct: float) -> None:
        progress[0] = round(float(pct), 1)

    task = _own_thread(fn, on_progress)
    yield Heartbeat(label=label, progress=0.0)
    while True:
        done, _ = await asyncio.wait({task}, timeout=HEARTBEAT_S)
        if done:
            break
        yield Heartbeat(label=label, progress=progress[0])
    try:
        slot.value = task.result()
    except Exception as exc:  # reported to the user plainly; the rest of the turn goes on
        slot.error = exc


def _own_thread(fn: Callable[[Callable[[float], None]], R],
                arg: Callable[[float], None]) -> asyncio.Future[R]:
    """fn(arg) on a thread of its own. Not asyncio's default executor: it has only min(32, cores + 4)
    threads (6 on 2 cores), and an analysis can take minutes (a transcription, or waiting for the one
    another turn or process is making). Turns left running by clients that gave up would fill it, and
    every later turn's planner and database lookups (which run there) would wait behind them."""
    loop = asyncio.get_running_loop()
    fut: asyncio.Future[R] = loop.create_future()

    def settle(value: R | None, error: BaseException | None) -> None:
        if fut.done():  # the turn was cancelled meanwhile
            return
        if error is not None:
            fut.set_exception(error)
        else:
            fut.set_result(value)  # type: ignore[arg-type]

    def run() -> None:
        value: R | None = None
        error: BaseException | None = None
        try:
            value = fn(arg)
        except BaseException as exc:  # handed to the turn, which reports it
            error = exc
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile (the engine stopped)
            loop.call_soon_threadsafe(settle, value, error)

    threading.Thread(target=run, name="vidai-analysis", daemon=True).start()
    return fut


def _language_code(language: str) -> str:
    return "zh" if language.lower().startswith("zh") else language.split("-")[0].lower() or "en"


async def _fill(op: OpBase, draft: dict[str, Any], ctx: TurnContext, slot: _Slot) -> AsyncIterator[Heartbeat]:
    """Run the speech analysis an operation needs; slot.value becomes the filled operation."""
    paths = ctx.media_paths
    if isinstance(op, s.TrimDeadAir) and not op.bounds:
        names = {k: m.name for k, m in ctx.media.items()}
        zh = _language_code(ctx.language) == "zh"
        async for hb in _in_thread(lambda p: analysis.dead_air_bounds(
                draft, paths, language=_language_code(ctx.language), names=names, zh=zh, on_progress=p),
                "detecting dead air", slot):
            yield hb
        if slot.error is None:
            slot.notes = tuple(getattr(slot.value, "notes", ()))
            slot.value = op.model_copy(update={"bounds": dict(slot.value)})
    elif isinstance(op, s.RemoveSilences) and not op.silences:
        lang = _language_code(ctx.language)
        async for hb in _in_thread(lambda p: analysis.silences(
                draft, paths, op.threshold_db, op.min_ms, language=lang, on_progress=p),
                "detecting silences", slot):
            yield hb
        if slot.error is None:
            slot.value = op.model_copy(update={"silences": slot.value})
    elif isinstance(op, s.RemoveFillers | s.CutSentences) and op.cuts is None:
        from vidai_nb.engine.speech.transcript import read_programme

        lang = _language_code(ctx.language)
        async for hb in _in_thread(lambda p: read_programme(draft, paths, programme_ms(draft), lang, p),
                                   "reading the words", slot):
            yield hb
        if slot.error is None:
            slot.value = op.filled(slot.value)
    elif isinstance(op, s.AddSubtitles) and not op.cues:
        lang = op.language or _language_code(ctx.language)
        async for hb in _in_thread(lambda p: analysis.timeline_cues(draft, paths, lang, p), "transcribing",
                                   slot):
            yield hb
        if slot.error is None:
            slot.value = op.model_copy(update={"cues": [s.Cue(**c) for c in slot.value]})
    else:
        slot.value = op


async def _speech_part(plan: Plan, ctx: TurnContext, reply: Reply, zh: bool) -> AsyncIterator[Heartbeat]:
    """ "Trim my video to 12 seconds": with speech in the clip, the part kept starts where the speech starts
    (not at 0:00 with its silent lead-in). Without speech analysis the first N seconds stand."""
    target = plan.target_ms
    keep = next((op for op in plan.ops if isinstance(op, s.KeepRange) and op.start_ms == 0
                 and op.end_ms == target), None)
    if keep is None or target is None:
        return
    slot = _Slot()
    async for hb in _in_thread(lambda _p: analysis.dead_air_bounds(ctx.draft, ctx.media_paths),
                               "finding the speech", slot):
        yield hb
    sources = analysis.main_sources(ctx.draft)
    bounds = slot.value.get(sources[0]) if slot.error is None and slot.value and sources else None
    total = programme_ms(ctx.draft)
    if not bounds or bounds[0] <= 0 or len(sources) != 1:
        return
    start = min(int(bounds[0]), max(0, total - target))
    if start <= 0:
        return
    plan.ops[plan.ops.index(keep)] = s.KeepRange(start_ms=start, end_ms=start + target)
    first = [n for n in plan.notes if n.startswith(("I kept the first", "我保留了开头"))]
    for n in first:
        plan.notes.remove(n)
    a, b = _clock(start), _clock(start + target)
    other = f"0:00–{_clock(target)}"
    reply.note(f"我保留了从说话开始的 {target / 1000:g} 秒（{a}–{b}）；如果要开头的 {target / 1000:g} 秒，可"
               f"以说“保留 {other}”。"
               if zh else f"I kept {target / 1000:g} s from where the speech starts ({a}–{b}); for the very "
               f"beginning say “keep {other}”.")


def _clock(ms: int) -> str:
    sec = ms / 1000
    m, rest = divmod(sec, 60)
    return f"{int(m)}:{rest:04.1f}" if rest != int(rest) else f"{int(m)}:{int(rest):02d}"


async def _history_target(op: OpBase, version: int, ctx: TurnContext) -> tuple[int | None, str]:
    """The version undo / redo / restore_version go to. The lookups read the database: they run in a
    worker thread, never on the event loop (which serves every other request meanwhile)."""
    count = ctx.version_count
    if isinstance(op, s.Undo):
        if ctx.undo_target is not None:
            found = await asyncio.to_thread(ctx.undo_target, version, op.steps)
            return (found, "") if found is not None else (None, "there is nothing to undo")
        target = version - op.steps
        return (target, "") if target >= 1 else (None, "there is nothing to undo")
    if isinstance(op, s.Redo):
        if ctx.redo_target is not None:
            found = await asyncio.to_thread(ctx.redo_target, version, op.steps)
            return (found, "") if found is not None else (None, "there is nothing to redo")
        target = version + op.steps
        return (target, "") if target <= count else (None, "there is nothing to redo")
    assert isinstance(op, s.RestoreVersion)
    if 1 <= op.version <= count:
        return op.version, ""
    return None, f"there is no version {op.version} (versions 1–{count})"


def _args(op: OpBase) -> dict[str, Any]:
    args: dict[str, Any] = op.model_dump(mode="json")
    args.pop("op", None)
    return args


async def run_turn(ctx: TurnContext) -> AsyncIterator[TurnEvent]:
    """One agent turn. Yields TextDelta / ToolCall / ToolResult / Heartbeat / DraftChanged / VersionJump."""
    zh = reply_chinese(ctx.text, ctx.language)
    reply = Reply(zh=zh, media_names={k: m.name for k, m in ctx.media.items()})
    if os.environ.get("VIDAI_LLM_URL"):
        plan_slot = _Slot()  # a network planner runs in a thread, with heartbeats
        async for hb in _in_thread(lambda _p: plan_turn(ctx), "planning", plan_slot):
            yield hb
        if plan_slot.error is not None:
            raise plan_slot.error
        plan, planner_note = plan_slot.value
    else:
        # Off the event loop: the parser is tens of milliseconds of CPU (more on a long request), which
        # every other request to this engine would otherwise wait for.
        plan, planner_note = await asyncio.to_thread(plan_turn, ctx)
    assert isinstance(plan, Plan)
    if planner_note:
        reply.note(planner_note)
    if plan.answer:  # a question or advice: answered, no edit, no new version
        if plan.show == "transcript":
            async for ev in _transcript(ctx, plan.answer, zh):
                yield ev
            return
        if plan.show == "versions":
            for chunk in reply.answer(_versions(ctx, zh)):
                yield TextDelta(chunk)
            return
        for chunk in reply.answer(plan.answer):
            yield TextDelta(chunk)
        return
    if plan.question:
        for chunk in reply.question(plan.question):
            yield TextDelta(chunk)
        return
    if not plan.ops and plan.export is None:
        for chunk in reply.refusal_only(plan.refusal):
            yield TextDelta(chunk)
        return

    if plan.target_ms is not None:
        async for hb in _speech_part(plan, ctx, reply, zh):
            yield hb
    draft, version = ctx.draft, ctx.version
    before = draft
    pending: list[str] = []  # labels of edits not yet saved as a version
    for n, op in enumerate(plan.ops, start=1):
        call_id = f"call_{n}"
        name = str(getattr(op, "op", ""))
        if name in HISTORY_OPS:
            target, why = await _history_target(op, version, ctx)
            yield ToolCall(call_id, name, _args(op))
            if target is None or ctx.get_version is None:
                reply.problem(_intent(name, zh), why or "versions are not available")
                yield ToolResult(call_id, name, {"ok": False, "error": why})
                continue
            if pending:
                yield DraftChanged(draft, "; ".join(pending))
                pending = []
            draft = await asyncio.to_thread(ctx.get_version, target)
            version = target
            before = draft
            reply.done(describe(op, reply.lang))
            yield ToolResult(call_id, name, {"ok": True, "version": target})
            yield VersionJump(target)
            continue
        slot = _Slot()
        async for hb in _fill(op, draft, ctx, slot):
            yield hb
        if slot.error is not None:
            reply.problem(_intent(name, zh), _speech_reason(slot.error, zh))
            continue
        filled: OpBase = slot.value
        yield ToolCall(call_id, name, _args(filled))
        try:
            new = apply(draft, filled, ctx.media)
        except OpError as exc:
            nxt = plan.ops[n] if n < len(plan.ops) else None
            if isinstance(filled, s.RemoveText) and isinstance(nxt, s.AddTitle | s.AddText):
                # "change the title to X" with no title yet: nothing to replace, the new one is added
                yield ToolResult(call_id, name, {"ok": True, "summary": "nothing to replace"})
                continue
            reply.problem(_intent(name, zh), _zh_reason(str(exc)) if zh else str(exc))
            yield ToolResult(call_id, name, {"ok": False, "error": str(exc)})
            continue
        if new == draft:
            reply.problem(_intent(name, zh), "没有需要改的" if zh else "nothing needed changing")
            yield ToolResult(call_id, name, {"ok": True, "summary": "no change"})
            continue
        label = describe(filled, "en", reply.media_names)
        reply.done(describe(filled, reply.lang, reply.media_names))
        for note in slot.notes:
            reply.note(note)
        reply.note(_false_starts_note(filled, zh))
        yield ToolResult(call_id, name, {"ok": True, "summary": label, "duration_ms": programme_ms(new)})
        draft = new
        pending.append(label)
    if pending:
        yield DraftChanged(draft, "; ".join(pending))
        reply.changes(before, draft)
    if plan.export is not None:
        call_id = f"call_{len(plan.ops) + 1}"
        yield ToolCall(call_id, "export", dict(plan.export))
        yield ToolResult(call_id, "export", {"ok": True, "export": dict(plan.export),
                                             "note": "the client exports after the turn"})
        reply.export(plan.export)
    if plan.refusal:
        reply.note(plan.refusal)
    for note in plan.notes:
        reply.note(note)
    for chunk in reply.chunks(draft if pending or draft is not ctx.draft else None):
        yield TextDelta(chunk)


def _versions(ctx: TurnContext, zh: bool) -> str:
    """The saved versions, as the store counts them: how many, which one is shown, how to go back."""
    n, at = ctx.version_count, ctx.version
    if n <= 1:
        return ("只有1个版本：刚上传时的样子，还没有做过修改。" if zh else
                "There is one version so far: the upload as it came.")
    if zh:
        return (f"一共保存了{n}个版本（第1–{n}版），现在是第{at}版。第1版是刚上传时的样子，"
                "之后每次修改存一版。说“回到第2版”就能回到那一版。")
    return (f"There are {n} saved versions (1–{n}); you are on version {at}. Version 1 is the upload as it "
            "came, and each edit after it saved one more. Say “go back to version 2” to return to one.")


async def _transcript(ctx: TurnContext, heading: str, zh: bool) -> AsyncIterator[TurnEvent]:
    """ "Show me the transcript": the speech of the timeline as text, with times; nothing is edited."""
    slot = _Slot()
    lang = _language_code(ctx.language) if zh or ctx.language else None
    async for hb in _in_thread(lambda p: analysis.timeline_cues(ctx.draft, ctx.media_paths, lang, p),
                               "transcribing", slot):
        yield hb
    if slot.error is not None:
        why = _speech_reason(slot.error, zh)
        yield TextDelta(("没能转写：" if zh else "I couldn't transcribe it: ") + why + ("。" if zh else "."))
        return
    cues = slot.value or []
    if not cues:
        yield TextDelta("没有识别到语音。" if zh else "I found no speech in the video.")
        return
    lines = [f"{c['start_ms'] / 1000:6.1f}s  {c['text']}" for c in cues]
    tail = "（视频没有修改。）" if zh else "(Nothing in the video was changed.)"
    yield TextDelta(heading + "\n\n" + "\n".join(lines) + "\n\n" + tail)


def _false_starts_note(op: OpBase, zh: bool) -> str:
    """Naming the fillers asks for the cleanup at its default, which also cuts false starts: when it cut
    some, the reply says so and how to keep them - nothing is removed silently."""
    if not (isinstance(op, s.RemoveFillers) and op.fillers and op.repeats and op.repeat_count):
        return ""
    if zh:
        return ("重复的词（口误重说，比如“我我觉得”里多出来的“我”）也一起删了；想保留它们，可以说“撤销”，"
                "再说“只删语气词”。")
    return ("False starts (a word said twice, like the first “I” in “I I think”) were cut too; to keep "
            "them, say “undo” and then “remove only the filler words”.")


def _speech_reason(exc: BaseException, zh: bool) -> str:
    name = type(exc).__name__
    if name == "SpeechUnavailable":
        return ("语音分析不可用：" if zh else "speech analysis is unavailable: ") + str(exc)
    if isinstance(exc, ImportError):
        return "语音分析模块没有安装" if zh else "the speech module is not installed"
    return ("分析失败：" if zh else "the analysis failed: ") + f"{name}: {exc}"


def _intent(name: str, zh: bool) -> str:
    """What was asked, for "couldn't …" sentences ("add subtitles", "even out the loudness")."""
    return intent(name, "zh" if zh else "en")


_KINDS_ZH = {"video": "视频", "audio": "音频", "image": "图片"}
_FOUND_ZH = {"filler words": "语气词", "repeated words": "重复的词",
             "filler words or repeated words": "语气词或重复的词"}


def _kinds_zh(text: str) -> str:
    return "或".join(_KINDS_ZH.get(k, k) for k in text.split(" or "))


# Every message an operation raises (ops/*.py, `raise OpError(...)`), in Chinese: a zh session's reply is
# Chinese throughout (tests/engine/test_agent_runner.py checks that each message in the source has one).
# More specific patterns first.
_ZH_REASONS: list[tuple[str, str | Callable[[re.Match[str]], str]]] = [
    (r"the video is only ([\d.]+) s long.*", r"视频只有 \1 秒"),
    (r"there is no video on the timeline yet.*", "时间线上还没有视频，请先上传"),
    (r"there is no background music to remove", "没有可以去掉的背景音乐"),
    (r"there is no logo added over the video", "视频上没有加过台标"),
    (r"there is no background music.*", "还没有背景音乐，请先上传音频文件"),
    (r"there (?:is|are) only (\d+) clips? on the timeline", r"时间线上只有 \1 段"),
    (r"there is only one clip.*", "只有一段视频，转场需要两段以上"),
    (r"there (?:is|are) only (\d+) clips?", r"只有 \1 段"),
    (r"that is the only clip.*", "这是唯一的一段，删掉就什么都没有了"),
    (r"no speech was found.*", "没有识别到语音"),
    (r"I can't find the uploaded file.*", "找不到这个上传的文件"),
    (r"there is no such text.*", "时间线上没有这样的文字"),
    (r"the fades are longer than the video.*", "淡入淡出比视频还长"),
    (r"invalid operation \((.*)\)", r"操作无效（\1）"),
    (r"the speech has not been read yet", "还没读出语音里的词"),
    (r"I found no (.+) in the speech", lambda m: f"语音里没有找到{_FOUND_ZH.get(m[1], m[1])}"),
    (r"I found (\d+) \((.+)\) but no pause around \w+ to cut in without clipping a neighbouring word",
     lambda m: f"找到 {m[1]} 处{_FOUND_ZH.get(m[2], m[2])}，但前后没有停顿，剪掉会切到相邻的词"),
    (r"nothing in the speech matches “(.+)”", r"语音里没有和“\1”相符的内容"),
    (r"the sentences about “(.+)” are all there is", r"说到“\1”的句子就是全部内容，没有别的可删"),
    (r"nothing to cut for “(.+)”", r"没有和“\1”有关、可以剪掉的内容"),
    (r"no dead-air analysis was available", "没有可用的静音分析"),
    (r"there is no clip boundary to make at ([\d.]+) s", r"没法在 \1 秒处分段"),
    (r"give each of the (\d+) clips exactly once \(1 to \d+\)", r"\1 段里每一段都要出现、且只出现一次"),
    (r"(\w*) is applied through the stored versions, not to a draft", "这一步要通过保存的版本来做"),
    (r"the draft's track list is malformed", "草稿的轨道格式不对"),
    (r"(.+) is (\w+), but this needs (.+)",
     lambda m: f"{m[1]} 是{_kinds_zh(m[2])}，这里需要{_kinds_zh(m[3])}"),
    (r"that would cut the whole video", "那样会把整个视频都剪掉"),
]


def _zh_reason(message: str) -> str:
    """An operation's error in Chinese for zh sessions (an unknown one stays as it is)."""
    for pattern, zh in _ZH_REASONS:
        if re.fullmatch(pattern, message):
            return re.sub(pattern, zh, message, count=1)
    return message
