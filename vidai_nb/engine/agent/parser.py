"""The deterministic planner: request text -> Plan (operations in the order said), no model needed."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from pydantic import ValidationError

from vidai_nb.engine.ops import EXPORT_OPS, MediaRef, OpBase
from vidai_nb.engine.ops import schemas as s

from .context import ParseContext
from .events import Plan
from .normalize import normalize
from .rules import cutting, meta, picture, sound, text
from .rules.common import Clause, Hit

Rule = Callable[[Clause], list[Hit]]

# Order matters: a rule that fires can rule out later ones in the same clause (Hit.blocks).
RULES: list[tuple[str, Rule]] = [
    ("history", meta.history_rule), ("export", meta.export_rule), ("logo", picture.logo_rule),
    ("pip", picture.pip_rule), ("subtitles", text.subtitles_rule), ("title", text.title_rule),
    ("freeze", cutting.freeze_rule), ("split", cutting.split_rule), ("segments", cutting.segments_rule),
    ("slideshow", cutting.slideshow_rule), ("concat", cutting.concat_rule),
    ("dead_air", cutting.dead_air_rule),
    ("silences", cutting.silences_rule), ("cut", cutting.cut_rule), ("speed", sound.speed_rule),
    ("music", sound.music_rule), ("mute", sound.mute_rule), ("denoise", sound.denoise_rule),
    ("platform", picture.platform_rule), ("loudnorm", sound.loudnorm_rule), ("volume", sound.volume_rule),
    ("rotate", picture.rotate_rule), ("flip", picture.flip_rule), ("aspect", picture.aspect_rule),
    ("resolution", picture.resolution_rule), ("crossfade", picture.crossfade_rule),
    ("fade", picture.fade_rule),
    ("color", picture.color_rule), ("add_clips", cutting.add_clips_rule),
]
ALL_RULES = frozenset(name for name, _ in RULES)
_FILLER = re.compile(r"^(?:please|pls|thanks|thank you|thx|ok|okay|hey|hi|hello|can you|could you|now|also|"
                     r"and|"
                     r"then|for me|i want|i need|just|帮我|请|谢谢|好的|麻烦|一下|吧|了|呢|啊)*$")


def _run_rules(clause: Clause) -> list[Hit]:
    blocked: set[str] = set()
    hits: list[Hit] = []
    for name, rule in RULES:
        if name in blocked:
            continue
        try:
            found = rule(clause)
        except ValidationError:  # a rule read values no operation accepts: it did not understand
            continue
        for hit in found:
            blocked |= set(hit.blocks)
            if name == "history" and hit.ops:
                blocked |= ALL_RULES
        hits += found
    if not any(h.ops for h in hits) or re.search(meta.REFUSALS[0][0], clause.text):
        hits += meta.refusal_rule(clause)
    return sorted(hits, key=lambda h: h.pos)


def _dump(hits: list[Hit]) -> list[Any]:
    return [[o.model_dump() for o in h.ops] for h in hits]


def _refines_frame(prev: list[Hit], hits: list[Hit]) -> bool:
    last = next((op for h in reversed(prev) for op in reversed(h.ops)), None)
    ops = [op for h in hits for op in h.ops]
    return isinstance(last, s.Platform) and bool(ops) and all(isinstance(op, s.SetAspect) for op in ops)


def _continues(prev: list[Hit], hits: list[Hit]) -> bool:
    """A clause that only tunes what the clause before it did: "add music, fade in 3s and out 3s",
    "加背景音乐，音量30%", "music at 20%, then fade in 2s", "add subtitles … and save an srt too"."""
    last = next((op for h in reversed(prev) for op in reversed(h.ops)), None)
    ops = [op for h in hits for op in h.ops]
    if not ops or any(h.question or h.refusal or h.export for h in hits):
        return False
    if isinstance(last, s.AddSubtitles):
        return all(isinstance(op, s.AddSubtitles) for op in ops)
    if isinstance(last, s.SetVolume | s.FadeMusic | s.DuckMusic) and getattr(last, "track", "bgm") == "bgm":
        return all(isinstance(op, s.Fade) for op in ops)
    if not isinstance(last, s.AddMusic):
        return False
    return all(isinstance(op, s.Fade) or (isinstance(op, s.SetVolume) and op.track == "main") for op in ops)


def _fold(prev: list[Hit], hits: list[Hit], clause: str) -> list[Hit]:
    last_hit = next(h for h in reversed(prev) if h.ops)
    last = last_hit.ops[-1]
    ops = [op for h in hits for op in h.ops]
    if isinstance(last, s.AddSubtitles):
        merged = last.model_dump()
        for op in ops:
            merged.update(op.model_dump(exclude_defaults=True))
        last_hit.ops[-1] = s.AddSubtitles.model_validate(merged)
        return prev
    fade = sound.fade_music(clause)  # music fades default to 2 s, not the programme's 1 s
    if not isinstance(last, s.AddMusic):
        if any(isinstance(op, s.Fade) for op in ops):
            last_hit.ops.append(fade)
        return prev
    update: dict[str, Any] = {}
    if any(isinstance(op, s.Fade) for op in ops):
        update.update({k: v for k, v in (("fade_in_ms", fade.fade_in_ms), ("fade_out_ms", fade.fade_out_ms))
                       if v is not None})
    for op in ops:
        if isinstance(op, s.SetVolume):
            update["volume"] = op.volume
    last_hit.ops[-1] = s.AddMusic.model_validate({**last.model_dump(), **update})
    return prev


def _start_then_end(prev_text: str, clause_text: str) -> bool:
    """ "从10秒开始，到50秒结束" / "start at 0:10, end at 0:50": one part of the video, not two cuts."""
    pairs = ((cutting.START_AT, cutting.END_AT), (cutting.END_AT, cutting.START_AT))
    return any(re.search(a, prev_text) and re.search(b, clause_text) for a, b in pairs)


def _op_count(hits: list[Hit]) -> int:
    return sum(len(h.ops) + (1 if h.refusal or h.export else 0) for h in hits)


# operations that set a state: the same one twice in a row ("it's too loud, turn it down") is said once
_SETTERS = (s.SetVolume, s.Mute, s.SetAspect, s.Platform, s.Resolution, s.Denoise, s.Loudnorm, s.DuckMusic,
            s.AddSubtitles, s.Fade, s.FadeMusic, s.RemoveMusic, s.RemoveText)


def _merge_colors(ops: list[OpBase]) -> list[OpBase]:
    """"brighter and more contrast" is one colour change; a setting repeated in a row is said once."""
    out: list[OpBase] = []
    for op in ops:
        if isinstance(op, _SETTERS) and out and type(out[-1]) is type(op) and \
                out[-1].model_dump() == op.model_dump():
            continue
        if isinstance(op, s.Color) and out and isinstance(out[-1], s.Color):
            merged = {**out[-1].model_dump(exclude_none=True), **op.model_dump(exclude_none=True)}
            out[-1] = s.Color(**merged)
        else:
            out.append(op)
    return out


def parse(text_in: str, language: str = "en", media: Sequence[MediaRef] = (),
          draft: dict[str, Any] | None = None) -> Plan:
    """Understand one request. Deterministic: the same text, media and draft give the same plan."""
    norm = normalize(text_in)
    zh = language.lower().startswith("zh") or norm.chinese
    ctx = ParseContext(media=list(media), draft=draft or {"t": []}, quotes=norm.quotes, chinese=zh,
                       raw=text_in)
    results: list[tuple[str, list[Hit]]] = []
    pending = ""
    for raw in norm.clauses:
        if _FILLER.match(raw.strip()):
            continue
        clause_text = f"{pending} then {raw}" if pending else raw
        hits = _run_rules(Clause(clause_text, ctx))
        if results and _refines_frame(results[-1][1], hits):
            # "for instagram feed, 4:5": the ratio refines the platform said just before
            combined_text = f"{results[-1][0]} {clause_text}"
            results[-1] = (combined_text, _run_rules(Clause(combined_text, ctx)))
            pending = ""
            continue
        if results and hits and _start_then_end(results[-1][0], clause_text):
            combined_text = f"{results[-1][0]} {clause_text}"
            combined = _run_rules(Clause(combined_text, ctx))
            if [type(op) for h in combined for op in h.ops] == [s.KeepRange]:
                results[-1] = (combined_text, combined)
                pending = ""
                continue
        if results and _continues(results[-1][1], hits):
            results[-1] = (results[-1][0], _fold(results[-1][1], hits, clause_text))
            pending = ""
            continue
        if not hits and results:
            # "…, no black bars" / "…, 0:20-0:25": a fragment that completes the clause before it
            prev_text, prev_hits = results[-1]
            combined = _run_rules(Clause(f"{prev_text} {clause_text}", ctx))
            if _op_count(combined) >= _op_count(prev_hits) and _dump(combined) != _dump(prev_hits):
                results[-1] = (f"{prev_text} {clause_text}", combined)
                continue
        if hits:
            results.append((clause_text, hits))
            pending = ""
        else:
            pending = clause_text
    leftover: str | None = pending or None
    plan = Plan()
    questions: list[str] = []
    refusals: list[str] = []
    ops: list[OpBase] = []
    for _, hits in results:
        for hit in hits:
            for op in hit.ops:
                if str(getattr(op, "op", "")) not in EXPORT_OPS:
                    ops.append(op)
            if hit.export is not None:
                plan.export = hit.export
            if hit.question:
                questions.append(hit.question)
            if hit.refusal and hit.refusal not in refusals:
                refusals.append(hit.refusal)
    plan.ops = _merge_colors(ops)
    if refusals:
        plan.refusal = " ".join(refusals)
    if not plan.ops and plan.export is None and not refusals:
        plan.question = questions[0] if questions else meta.vague_question(norm.text, zh)
    elif questions:
        plan.notes += questions
    if leftover and (plan.ops or plan.export):
        unclear = _restore(leftover, norm.quotes)
        plan.notes.append(("这部分我没看懂：" if zh else "I didn't understand: ") + f"“{unclear}”")
    return plan


def _restore(text_in: str, quotes: list[str]) -> str:
    out = re.sub(r"⟦(\d+)⟧", lambda m: f"'{quotes[int(m.group(1))]}'", text_in)
    return re.sub(r"§(\d+)§", lambda m: f"{int(m.group(1)) / 1000:g}s", out)
