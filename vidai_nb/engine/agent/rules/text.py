"""Rules for text: subtitles from speech, titles, text overlays, removing text."""

from __future__ import annotations

import re
from typing import Any

from vidai_nb.engine.ops import schemas as s

from .common import Clause, Hit, T, color, ms_after, position, ranges, rx, style

SUBS = (r"\bsubtitles?\b|\bsubtitled\b|\bcaptions\b|\bcaptioned\b|\bclosed captions?\b|\bcc\b|"
        r"\btranscri(?:be|ption|pt)|"
        r"\bsrt\b|\bvtt\b|字幕")
TITLE = r"\btitles?\b|\bheading\b|\bheadline\b|\btitle card\b|\bintro text\b|标题|片头文字|大标题"
TEXTW = (r"\btext\b|\bcaption\b|\bwords\b|\blabel\b|\boverlay\b|\bsays?\b|\bsaying\b|\breading\b|\btagline\b|"
         r"\bcta\b|文字|文本|字样")
_REMOVE = (r"\b(?:remove|delete|drop|get rid of|no|without|take (?:off|out)|kill|hide|lose)\b|去掉|删除|"
           r"删掉|不要|去除")


def _lang(text: str) -> str | None:
    if rx.search(r"\bchinese\b|\bmandarin\b|中文|汉语|普通话", text):
        return "zh"
    if rx.search(r"\benglish\b|英文|英语", text):
        return "en"
    return None


def subtitles_rule(c: Clause) -> list[Hit]:
    text = c.text
    m = rx.search(SUBS, text)
    if not m:
        return []
    if rx.search(r"\bcaption\b", text) and rx.search(r"⟦\d+⟧", text) and not rx.search(r"captions|subtitle|"
                                                                                       r"字幕", text):
        return []  # "caption 'Hello'" is a text overlay
    if rx.search(_REMOVE, text) and not rx.search(r"\b(?:add|with|burn|generate|make)\b|加|添加", text):
        return [Hit(m.start(), [s.RemoveText(track="subtitle")])]
    kwargs: dict[str, Any] = {}
    sidecar = "vtt" if rx.search(r"\bvtt\b|webvtt", text) else ("srt" if rx.search(
        r"\bsrt\b|\bsidecar\b|\bseparate(?:ly| file)?\b|\bas a file\b|\bsubtitle file\b|\bsoft ?subs?\b|单独|"
        r"文件|外挂",
        text) else None)
    if sidecar:
        kwargs["sidecar"] = sidecar
        burn = bool(rx.search(r"\bburn(?:ed|t)?(?: them| it)? in\b|\bburn\b|\bhard ?(?:coded|subs)|"
                              r"\bon (?:the )?"
                              r"video\b|\band (?:an? |also )?(?:srt|vtt)|\bplus\b|\balso\b|\btoo\b|"
                              r"\bas well\b|烧录|"
                              r"压制|也|同时", text))
        if rx.search(r"\bdon'?t burn|\bnot burn|\bno burn|\bwithout burning|不要烧录|不烧录|\bonly\b|"
                     r"\bjust\b|只要",
                     text) or not burn:
            kwargs["burn"] = False
    st = style(text)
    if st:
        kwargs["style"] = st
    lang = _lang(text)
    if lang:
        kwargs["language"] = lang
    return [Hit(m.start(), [s.AddSubtitles(**kwargs)])]


def _text_params(c: Clause, is_title: bool) -> dict[str, Any]:
    text = c.text
    kwargs: dict[str, Any] = {}
    spans = ranges(text)
    dur = ms_after(text, r"\bfor\b|lasting|持续|显示")
    total = c.ctx.total_ms
    if spans:
        kwargs["start_ms"], kwargs["end_ms"] = spans[0]
    else:
        at = ms_after(text, r"\bat\b|\bfrom\b|\bstarting(?: at)?\b|\bafter\b|在|从")
        if at is not None:
            kwargs["start_ms"] = at
        elif rx.search(r"\bat the end\b|\bending\b|\boutro\b|结尾|最后", text) and total:
            kwargs["start_ms"] = max(0, total - (dur or 3000))
        if dur is not None:
            kwargs["end_ms"] = kwargs.get("start_ms", 0) + dur
        elif rx.search(rf"\bfirst\s*{T}|前\s*{T}", text):
            first = rx.search(rf"\bfirst\s*{T}|前\s*{T}", text)
            assert first is not None
            kwargs["end_ms"] = int(first.group(1) or first.group(2))
        elif rx.search(r"\bwhole (?:video|time|thing)|\bthroughout\b|\ball the way|全程|一直", text):
            kwargs["end_ms"] = total or None
    pos = position(re.sub(r"⟦\d+⟧", "", text))
    if pos:
        kwargs["pos"] = pos
    col = color(re.sub(r"⟦\d+⟧", "", text))
    if col:
        kwargs["color"] = col
    st = style(text)
    if st:
        kwargs["style"] = st
    size = rx.search(r"(?:size|font)\s*(\d{1,3})\b|(\d{1,3})\s*(?:px|pt|号)", text)
    if size:
        kwargs["size"] = int(size.group(1) or size.group(2))
    elif rx.search(r"\b(?:huge|giant|massive)\b|超大|特大", text):
        kwargs["size"] = 192 if is_title else 128
    elif rx.search(r"\b(?:big|large|bigger|larger)\b|大字|大一点|放大", text):
        kwargs["size"] = 144 if is_title else 96
    elif rx.search(r"\b(?:small|smaller|tiny|little)\b|小字|小一点", text):
        kwargs["size"] = 48 if is_title else 40
    return kwargs


def _unquoted(text: str) -> str | None:
    """Text given without quotes: 'a title saying Hello World' / '标题：你好'."""
    m = rx.search(r"(?:\bsaying|\bthat says|\bwhich says|\breading|\bcalled|\bnamed|\bwith the (?:text|"
                  r"words)|写着|"
                  r"写上)\s*[:：]?\s*(.+)$", text) or rx.search(r"(?:\btext|\btitle|标题|"
                                                             r"文字)\s*[:：=]\s*(.+)$", text)
    if not m:
        return None
    words = re.sub(r"\s*(?:\bat\b|\bon\b|\bin\b|\bfor\b|\bfrom\b|在|从|"
                   r"显示).*$", "", m.group(1)).strip(" :：,.")
    if not words or rx.fullmatch(r"(?:a|an|the|it|some|overlay|card|on|to|please)?", words):
        return None
    return words


def title_rule(c: Clause) -> list[Hit]:
    text = c.text
    m_title = rx.search(TITLE, text)
    m_text = rx.search(TEXTW, text)
    quote = rx.search(r"⟦(\d+)⟧", text)
    if not (m_title or m_text or quote):
        return []
    if (m_title or m_text) and rx.search(_REMOVE, text) and not quote:
        track = "title" if m_title else "text"
        if rx.search(r"\ball (?:the )?text|所有文字", text):
            track = "all"
        m = m_title or m_text
        assert m is not None
        if m.group(0) == "words" and rx.search(r"\b(?:around|between|mid|spoken|pauses?|silen\w*|gaps?|"
                                               r"breath\w*|filler)\b", text):
            return []  # "remove the pauses but leave 0.5 s around words": the words are speech
        return [Hit(m.start(), [s.RemoveText.model_validate({"track": track})])]
    if quote:
        words = c.ctx.quotes[int(quote.group(1))]
    else:
        if not m_title or not rx.search(r"\b(?:add|put|make|create|insert|give|with|need|want|slap|stick|"
                                        r"throw)\b|"
                                        r"加|添加|放|写|^\s*(?:title|标题)\s*[:：=]", text):
            return []
        found = _unquoted(text)
        found = c.ctx.original(found) if found else None
        if found is None:
            return [Hit(m_title.start(), question="What should the title say?")]
        words = found
    at_start = bool(rx.search(r"\bat the (?:start|beginning)|\bintro|开头", text))
    is_title = bool(m_title) or (not m_text and at_start)
    kwargs = _text_params(c, is_title)
    pos = (m_title or m_text or quote)
    assert pos is not None
    model = s.AddTitle if is_title else s.AddText
    try:
        op = model(text=words, **kwargs)
    except ValueError:
        kwargs.pop("end_ms", None)
        op = model(text=words, **kwargs)
    return [Hit(pos.start(), [op])]

