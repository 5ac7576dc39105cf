"""`describe(op, language)`: a short past-tense phrase for the turn's reply."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .schemas import OpBase


def clock(ms: int | None) -> str:
    """0:02, 1:05, 1:02:03 (a tenth is shown when the time is not whole seconds)."""
    if ms is None:
        return "end"
    sec, rem = divmod(int(ms), 1000)
    h, sec = divmod(sec, 3600)
    m, sec = divmod(sec, 60)
    frac = f".{rem // 100}" if rem >= 100 else ""
    return f"{h}:{m:02d}:{sec:02d}{frac}" if h else f"{m}:{sec:02d}{frac}"


def _secs(ms: int) -> str:
    return f"{ms / 1000:g} s"


def _pct(v: float) -> str:
    return f"{round(v * 100)}%"


def _rng(a: int, b: int | None) -> str:
    return f"{clock(a)}–{clock(b)}"


def _en(o: Mapping[str, Any], media_names: Mapping[str, str]) -> str:
    name = o["op"]
    nm = lambda mid: media_names.get(mid, mid)  # noqa: E731
    match name:
        case "keep_range":
            return f"kept {_rng(o['start_ms'], o['end_ms'])}"
        case "remove_range":
            return f"removed {_rng(o['start_ms'], o['end_ms'])}"
        case "keep_ranges":
            return "kept " + ", ".join(_rng(r["start_ms"], r["end_ms"]) for r in o["ranges"])
        case "remove_ranges":
            return "removed " + ", ".join(_rng(r["start_ms"], r["end_ms"]) for r in o["ranges"])
        case "trim":
            parts = ([f"the first {_secs(o['head_ms'])}"] if o["head_ms"] else []) + (
                [f"the last {_secs(o['tail_ms'])}"] if o["tail_ms"] else [])
            return "trimmed " + " and ".join(parts or ["nothing"])
        case "trim_dead_air":
            return "trimmed the dead air at the start and end"
        case "remove_silences":
            return f"removed silences longer than {_secs(o['min_ms'])}"
        case "split":
            return f"split the clip at {clock(o['at_ms'])}"
        case "delete_segment":
            return f"deleted clip {o['index']}"
        case "move_segment":
            return f"moved clip {o['index']} to position {o['to_index']}"
        case "duplicate_segment":
            return f"duplicated clip {o['index']}"
        case "reorder":
            return "reordered the clips to " + ", ".join(map(str, o["order"]))
        case "concat":
            return "joined " + ", ".join(nm(m) for m in o["media_ids"])
        case "add_clips":
            return f"added {', '.join(nm(m) for m in o['media_ids'])} at the {o['at']}"
        case "slideshow":
            return f"made a slideshow of {len(o['media_ids'])} images, {_secs(o['image_ms'])} each"
        case "speed":
            where = "" if o["index"] is None else f" on clip {o['index']}"
            return f"set the speed to {o['factor']:g}×{where}"
        case "freeze_frame":
            return f"froze the frame at {clock(o['at_ms'])} for {_secs(o['duration_ms'])}"
        case "mute":
            what = {"main": "the original audio", "bgm": "the music", "all": "all audio"}[o["track"]]
            return ("muted " if o["muted"] else "unmuted ") + what
        case "set_volume":
            what = {"main": "the original audio", "bgm": "the music", "all": "all audio"}[o["track"]]
            return f"set {what} to {_pct(o['volume'])}"
        case "add_music":
            return f"added {nm(o['media_id'])} as background music at {_pct(o['volume'])}"
        case "remove_music":
            return "removed the background music"
        case "fade_music":
            return "faded the music"
        case "duck_music":
            return "ducked the music under speech" if o["duck"] else "turned music ducking off"
        case "denoise":
            return "reduced background noise" if o["on"] else "turned noise reduction off"
        case "loudnorm":
            return f"normalised loudness to {o['target_lufs']:g} LUFS"
        case "add_title" | "add_text":
            kind = "title" if name == "add_title" else "text"
            return f"added the {kind} \u201c{o['text']}\u201d"
        case "remove_text":
            return {"all": "removed all text", "subtitle": "removed the subtitles"}.get(
                o["track"], f"removed the {o['track']}")
        case "add_subtitles":
            how = "burned in" if o["burn"] else "as a sidecar"
            extra = f" (+ {o['sidecar'].upper()} file)" if o["sidecar"] and o["burn"] else ""
            return f"added subtitles ({len(o['cues'])} cues, {how}){extra}"
        case "set_aspect":
            return f"changed the aspect to {o['ratio']} ({o['fit']})"
        case "platform":
            return f"applied the {o['name'].replace('_', ' ')} preset"
        case "resolution":
            h = o["max_height"]
            return f"capped the resolution at {'4K' if h == 2160 else f'{h}p'}"
        case "rotate":
            return f"rotated {o['degrees']}°"
        case "flip":
            return f"flipped {o['direction']}ly"
        case "fade":
            ends = [p for p, v in (("in", o["fade_in_ms"]), ("out", o["fade_out_ms"])) if v]
            return "added a fade " + " and ".join(ends) if ends else "removed the fades"
        case "crossfade":
            return f"added {_secs(o['duration_ms'])} crossfades"
        case "color":
            return "adjusted the colour"
        case "add_logo":
            return f"added {nm(o['media_id'])} as a logo ({o['pos']})"
        case "pip":
            return f"added {nm(o['media_id'])} picture-in-picture ({o['pos']})"
        case "export":
            return f"will export as {o['format'].upper()}"
        case "export_gif":
            return "will export a GIF"
        case "export_thumbnail":
            return f"will export a thumbnail at {clock(o['at_ms'])}"
        case "undo":
            return "undid the last change"
        case "redo":
            return "redid the change"
        case "restore_version":
            return f"went back to version {o['version']}"
    return str(name).replace("_", " ")


_ZH: dict[str, str] = {
    "keep_range": "保留了 {r}",
    "remove_range": "删除了 {r}",
    "keep_ranges": "保留了多个片段",
    "remove_ranges": "删除了多个片段",
    "trim": "剪掉了开头/结尾",
    "trim_dead_air": "剪掉了开头和结尾的空白",
    "remove_silences": "删除了静音段",
    "split": "分割了片段",
    "delete_segment": "删除了一个片段",
    "move_segment": "移动了片段",
    "duplicate_segment": "复制了片段",
    "reorder": "调整了片段顺序",
    "concat": "拼接了片段",
    "add_clips": "添加了片段",
    "slideshow": "做成了幻灯片",
    "speed": "把速度改为 {f}×",
    "freeze_frame": "添加了定格画面",
    "mute": "静音",
    "set_volume": "调整了音量",
    "add_music": "添加了背景音乐",
    "remove_music": "删除了背景音乐",
    "fade_music": "给音乐加了淡入淡出",
    "duck_music": "人声时自动压低音乐",
    "denoise": "降噪",
    "loudnorm": "统一了响度",
    "add_title": "添加了标题“{t}”",
    "add_text": "添加了文字“{t}”",
    "remove_text": "删除了文字",
    "add_subtitles": "添加了字幕",
    "set_aspect": "把画面比例改为 {ratio}",
    "platform": "应用了 {name} 预设",
    "resolution": "限制了分辨率",
    "rotate": "旋转了画面",
    "flip": "翻转了画面",
    "fade": "添加了淡入淡出",
    "crossfade": "添加了转场",
    "color": "调整了颜色",
    "add_logo": "添加了台标",
    "pip": "添加了画中画",
    "export": "将导出为 {fmt}",
    "export_gif": "将导出 GIF",
    "export_thumbnail": "将导出封面",
    "undo": "撤销了上一步",
    "redo": "重做了",
    "restore_version": "回到了版本 {v}",
}


def describe(op: OpBase | Mapping[str, Any], language: str = "en",
             media_names: Mapping[str, str] | None = None) -> str:
    """"kept 0:02–0:10", "added the title “Hi”" — or in Chinese for zh sessions."""
    o: Mapping[str, Any] = op.model_dump() if isinstance(op, OpBase) else op
    if language.lower().startswith("zh"):
        tpl = _ZH.get(str(o["op"]), str(o["op"]))
        return tpl.format(r=_rng(o.get("start_ms", 0), o.get("end_ms")), f=f"{o.get('factor', 1):g}",
                          t=o.get("text", ""), ratio=o.get("ratio", ""), name=o.get("name", ""),
                          fmt=str(o.get("format", "")).upper(), v=o.get("version", ""))
    return _en(o, media_names or {})
