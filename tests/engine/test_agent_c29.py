"""Follow-up turns and combined requests (session 29, c29): a negated part's note names only what was
negated; a follow-up about the logo over the video edits or removes it, never adds a second; an amount
belongs to the part it is said in; subtitles named as what is shown; quoted words listed with one place;
starting over with files named; a cap above the footage's resolution said to change nothing; a reason
after a sound change asks nothing; the ducking taken off; pauses kept beside an end's silence cut."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.agent.events import Plan
from vidai_nb.engine.ops import apply, parse_operation
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = list(SAMPLE_MEDIA.values())


def _draft(clips: tuple[str, ...] = ("clip.mp4",), music: bool = False, logo: bool = False) -> dict[str, Any]:
    draft = sample_draft(list(clips), "music.mp3" if music else None)
    if logo:
        draft = apply(draft, parse_operation({"op": "add_logo", "media_id": "logo.png"}), SAMPLE_MEDIA)
    return draft


def _parse(text: str, **kw: Any) -> Plan:
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    return parse(text, lang, UPLOADS, _draft(**kw))


# --- 1. a negated part beside one that is done --------------------------------------------------------

@pytest.mark.parametrize(("text", "quoted"), [
    ("remove the background noise but NOT the music", "not the music"),
    ("clean up the hiss but not the music", "not the music"),
    ("remove background noise but don't remove the music", "don't remove the music"),
    ("cut the first 10 seconds but don't touch the music", "don't touch the music"),
])
def test_the_note_names_only_the_thing_negated(text: str, quoted: str) -> None:
    plan = _parse(text)
    assert plan.ops and not plan.question
    said = [n for n in plan.notes if "left that alone" in n]
    assert said == [f"Understood — “{quoted}”: I left that alone."]


@pytest.mark.parametrize("text", ["add subtitles but not the music", "add a title 'Hi' but not the music"])
def test_a_thing_after_but_not_is_never_added(text: str) -> None:
    plan = _parse(text)
    assert not any(isinstance(op, s.AddMusic) for op in plan.ops)


# --- 2. the logo over the video ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "pos", "scale", "opacity"), [
    ("make the logo smaller", "top-right", 0.1, 0.8),
    ("the logo is too big", "top-right", 0.1, 0.8),
    ("make the watermark bigger", "top-right", 0.25, 0.8),
    ("move the logo to the bottom left", "bottom-left", 0.15, 0.8),
    ("make the logo more transparent", "top-right", 0.15, 0.5),
    ("logo小一点", "top-right", 0.1, 0.8),
    ("logo放到左下角", "bottom-left", 0.15, 0.8),
])
def test_a_change_to_the_logo_there_edits_it(text: str, pos: str, scale: float, opacity: float) -> None:
    plan = _parse(text, logo=True)
    [op] = plan.ops
    assert isinstance(op, s.AddLogo)
    assert (op.media_id, op.pos, op.scale, op.opacity) == ("logo.png", pos, scale, opacity)
    assert any("no second logo" in n or "没有再加一个" in n for n in plan.notes)
    after = apply(_draft(logo=True), op, SAMPLE_MEDIA)
    overlay = [t for t in after["t"] if t.get("role") == "overlay"]
    assert len(overlay) == 1 and len(overlay[0]["sg"]) == 1  # one logo, changed


@pytest.mark.parametrize(("text", "pos", "scale", "opacity"), [
    ("make the watermark a little smaller", "bottom-left", 0.133, 1.0),
    ("make the logo 50% transparent", "bottom-left", 0.2, 0.5),
    ("水印挪到右上角", "top-right", 0.2, 1.0),
])
def test_what_is_not_changed_stays_as_it_was(text: str, pos: str, scale: float, opacity: float) -> None:
    draft = apply(_draft(), parse_operation({"op": "add_logo", "media_id": "logo.png", "pos": "bottom-left",
                                             "scale": 0.2, "opacity": 1.0}), SAMPLE_MEDIA)
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    [op] = parse(text, lang, UPLOADS, draft).ops
    assert isinstance(op, s.AddLogo) and (op.pos, op.scale, op.opacity) == (pos, scale, opacity)


@pytest.mark.parametrize("text", ["drop the logo i added", "logo不要了", "i don't want the logo anymore",
                                  "no logo", "get rid of the logo"])
def test_a_logo_said_to_go_is_removed(text: str) -> None:
    assert [op.op for op in _parse(text, logo=True).ops] == ["remove_logo"]


@pytest.mark.parametrize("text", ["make the logo smaller", "move the logo to the bottom left"])
def test_a_change_to_a_logo_not_there_asks(text: str) -> None:
    plan = _parse(text)
    assert not plan.ops and plan.question and "no logo" in plan.question


@pytest.mark.parametrize("text", ["logo.png小一点", "add logo.png big",
                                  "put my logo in the bottom left corner"])
def test_a_logo_added_is_still_added(text: str) -> None:
    [op] = _parse(text).ops
    assert isinstance(op, s.AddLogo)


@pytest.mark.parametrize("text", ["不要加水印", "加字幕，不要水印"])
def test_no_logo_wanted_adds_none(text: str) -> None:
    assert not any(isinstance(op, s.AddLogo) for op in _parse(text).ops)


# --- 3. an amount belongs to its part ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "first", "level"), [
    ("turn the brightness down a bit and the music up to 60%", ("brightness", -0.15), ("bgm", 0.6)),
    ("a bit more saturation and music at 20%", ("saturation", 1.3), ("bgm", 0.2)),
    ("make it 20% brighter and the music quieter", ("brightness", 0.2), ("bgm", 0.175)),
    ("speed it up and the music to 40%", ("factor", 1.5), ("bgm", 0.4)),
    ("speed up a bit and music down to 20%", ("factor", 1.25), ("bgm", 0.2)),
    ("speed it up 20% and the music to 40%", ("factor", 1.2), ("bgm", 0.4)),
    ("slow it down a little and the voice to 80%", ("factor", 0.8), ("main", 0.8)),
    ("亮度调低一点，音乐调到60%", ("brightness", -0.15), ("bgm", 0.6)),
])
def test_an_amount_is_its_own_parts(text: str, first: tuple[str, float], level: tuple[str, float]) -> None:
    plan = _parse(text, music=True)
    assert len(plan.ops) == 2 and not plan.question and not plan.refusal
    change, volume = plan.ops
    assert getattr(change, first[0]) == first[1]
    assert isinstance(volume, s.SetVolume) and (volume.track, volume.volume) == level


# --- 4. subtitles named; quoted words listed ----------------------------------------------------------

@pytest.mark.parametrize("text", ["show the captions on screen", "put the subtitles on screen",
                                  "display captions on the video"])
def test_subtitles_named_as_shown_are_subtitles(text: str) -> None:
    assert [op.op for op in _parse(text).ops] == ["add_subtitles"]


@pytest.mark.parametrize(("text", "words", "pos"), [
    ("put 'A' and 'B' at the top", ["A", "B"], "top"),
    ("put 'A', 'B' and 'C' at the top", ["A", "B", "C"], "top"),
    ("在顶部加上「你好」和「世界」", ["你好", "世界"], "top"),
])
def test_quoted_words_listed_are_each_added(text: str, words: list[str], pos: str) -> None:
    plan = _parse(text)
    assert [op.text for op in plan.ops] == words  # type: ignore[attr-defined]
    assert all(op.pos == pos for op in plan.ops)  # type: ignore[attr-defined]
    assert any("overlap" in n or "叠在一起" in n for n in plan.notes)


# --- 5. starting over with files; a cap above the footage ---------------------------------------------

@pytest.mark.parametrize(("text", "clips", "ids"), [
    ("start over with only b.mp4", ("clip.mp4",), ["b.mp4"]),
    ("重新来，只用b.mp4", ("clip.mp4",), ["b.mp4"]),
    ("从头来，只要b.mp4", ("clip.mp4",), ["b.mp4"]),
    ("scrap everything and use only b.mp4", ("clip.mp4",), ["b.mp4"]),
    ("start over with just b.mp4 then c.mp4, drop my original clip", ("clip.mp4", "b.mp4", "c.mp4"),
     ["b.mp4", "c.mp4"]),
    ("lets start again with just b.mp4 and c.mp4, ditch the first clip", ("clip.mp4", "b.mp4", "c.mp4"),
     ["b.mp4", "c.mp4"]),
])
def test_starting_over_with_files_rebuilds_from_them(text: str, clips: tuple[str, ...],
                                                     ids: list[str]) -> None:
    plan = _parse(text, clips=clips)
    assert [op.model_dump() for op in plan.ops] == [s.Concat(media_ids=ids).model_dump()]
    assert any("still there" in n or "还在" in n for n in plan.notes)


def test_start_over_alone_is_the_first_version() -> None:
    assert [op.op for op in _parse("start over").ops] == ["restore_version"]


@pytest.mark.parametrize(("text", "said"), [("算了还是4K吧", "仍是1080p"), ("make it 4k", "stays 1080p")])
def test_a_cap_above_the_footage_says_it_stays(text: str, said: str) -> None:
    plan = _parse(text)
    [op] = plan.ops
    assert isinstance(op, s.Resolution) and op.max_height == 2160
    assert any(said in n for n in plan.notes)


def test_a_cap_below_the_footage_says_nothing_more() -> None:
    assert not _parse("make it 720p").notes


# --- 6. reasons after a sound change; ducking off; pauses kept ----------------------------------------

@pytest.mark.parametrize("text", ["turn off the ducking, it makes the music sound choppy",
                                  "remove the ducking, it made the music sound weird",
                                  "关掉闪避，音乐听起来断断续续的", "get rid of the ducking"])
def test_the_ducking_taken_off(text: str) -> None:
    plan = _parse(text, music=True)
    assert [op.model_dump() for op in plan.ops] == [s.DuckMusic(duck=False).model_dump()]
    assert not plan.notes and not plan.question


@pytest.mark.parametrize("text", ["denoise it, my voice sounds bad", "normalize it, the audio sounds bad",
                                  "降噪，我的声音听起来很糟"])
def test_a_reason_after_a_sound_fix_asks_nothing(text: str) -> None:
    plan = _parse(text)
    assert plan.ops and not plan.question and not plan.notes


def test_a_vague_wish_for_better_sound_still_asks() -> None:
    assert _parse("make my voice sound more professional").question


@pytest.mark.parametrize(("text", "ends"), [
    ("cut the start silence but keep the pauses", "start"),
    ("trim the dead air at the beginning but keep my pauses", "start"),
    ("remove the silence at the end but leave the pauses", "end"),
    ("把开头的静音剪掉但停顿保留", "start"),
])
def test_pauses_kept_beside_an_end_cut(text: str, ends: str) -> None:
    plan = _parse(text)
    assert [op.model_dump() for op in plan.ops] == [s.TrimDeadAir(ends=ends).model_dump()]  # type: ignore[arg-type]
    assert not plan.question
