"""The deterministic planner: request text -> Plan (operations in the order said), no model needed.

normalize (quotes set aside, numbers and times marked, clauses) -> detectors propose readings ->
the resolver picks one consistent set (resolver.py) -> semantics (negation, undo inside the request) ->
the destructive-change guard -> the Plan, with what was not understood said plainly.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vidai_nb.engine.ops import EXPORT_OPS, MediaRef, OpBase, proposed
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.base import main_clips

from . import answers, semantics
from . import cached_re as re
from .context import ParseContext
from .events import Plan
from .markers import MARKERS as _M
from .normalize import clip_times, normalize, points_of_the_way
from .resolver import Candidate, Resolution, resolve
from .rules import cutting, meta, repair
from .rules.common import ORDINALS, Clause, segment_refs


def parse(text_in: str, language: str = "en", media: Sequence[MediaRef] = (),
          draft: dict[str, Any] | None = None, *, guard: bool = True) -> Plan:
    """Understand one request. Deterministic: the same text, media and draft give the same plan.

    guard=False skips the destructive-change guard (for a reading given to another planner as a hint)."""
    text_in = answers.asked_then_requested(text_in) or text_in
    norm = normalize(semantics.corrected(text_in), fps=_fps(media, draft),
                     stems=[m.name.lower().rsplit(".", 1)[0] for m in media if m.kind in ("video", "image")])
    zh = semantics.reply_chinese(text_in, language)
    ctx = ParseContext(media=list(media), draft=draft or {"t": []}, quotes=norm.quotes, chinese=zh,
                       raw=text_in)
    # "cut 1/4 of the way in to halfway": a share of the way through is a time of this programme
    norm.text = points_of_the_way(norm.text, ctx.total_ms)
    norm.clauses = [points_of_the_way(c, ctx.total_ms) for c in norm.clauses]
    # "turn the music down during the first clip": a clip named as when a sound change happens is its place
    marks = _clip_marks(ctx)
    spans = list(zip([0, *marks], [*marks, ctx.total_ms], strict=True))
    request = norm.text
    norm.text = clip_times(norm.text, spans, request)
    norm.clauses = [clip_times(c, spans, request) for c in norm.clauses]
    ctx.said_splits = _said_splits(norm.clauses, ctx)
    ctx.split_at = tuple(sorted({op.at_ms for c in norm.clauses for h in cutting.split_rule(Clause(c, ctx))
                                 for op in h.ops if isinstance(op, s.Split)})) if ctx.said_splits else ()
    if answers.wants_transcript(norm.text):
        return Plan(answer="以下是转写的文字稿：" if zh else "Here is the transcript:", show="transcript")
    if answers.wants_versions(norm.text):
        return Plan(answer="保存的版本：" if zh else "The saved versions:", show="versions")
    # "素材里内嵌的字幕能抹掉吗": asking for what cannot be done is answered by the refusal, which says why
    # ("will denoise make my voice sound robotic?" asks for advice, not for the impossible edit)
    # ("can you explain how velocity edits work?" asks to be told, not for the edit)
    asks_for_it = re.search(r"能|可以|(?:^|[,;.!?]\s*)(?:can|could|would) (?:you|u)\b(?! (?:explain|tell|"
                            r"describe|recommend|suggest|advise|help me understand)\b)", norm.text)
    # ("do the opposite of silence removal, only the silent parts get preserved": footage repair or a search
    # of the picture said without a question mark is asked for, not asked about)
    told = not re.search(r"[?？吗么]", text_in) and repair.asked_for(norm.text)
    # ("can you stabilize footage in here or nah", "can it do karaoke lyrics?": whether the tool can do it at
    # all, asked of it - answered with why not, nothing refused of this video)
    capable = guard and answers.is_capability(norm.text, text_in)
    answer = None if (asks_for_it or told) and meta.exclusive_refusal(norm.text) and not capable else \
        answers.answer(norm.text, text_in, ctx, zh)
    # ("can it sync the cuts to the beat? capcut does that": what cannot be done is read from the question
    # alone - the remark about another editor only says why it is asked)
    # ("能不能倒放啊 还是说只能加速": what it may be limited to is no edit - the question alone is read)
    alone = answers.heard_of_elsewhere(text_in) if capable else None
    if capable and (meta.exclusive_refusal(norm.text) or (alone is not None and "还是说" in text_in)) \
            and (why := parse(alone or text_in, language, media, draft, guard=False)).refusal and not why.ops:
        return Plan(answer=("不行。" if zh else "No. ") + why.refusal)
    if answer in answers.GENERIC and guard and "?" in text_in and not answers.asks_consequence(
            norm.text) and re.match(
            r"(?:(?:please|pls|ok|okay|so|now|and)\s+)*(?:place|put|add|stick|overlay|insert|cut|trim|remove|"
            r"delete|mute|crop|rotate|flip|speed|slow|make|turn|change|set|move|fade)\b", norm.text):
        # "place logo.png on it, transparent PNG is best right? bottom left": an order with a side question
        # in it - the order is done (the question nothing here answers is left)
        pieces = [p for p in re.split(r"(?<=[,;?])\s+", text_in.strip()) if not p.rstrip().endswith("?")]
        if pieces and len(pieces) < len(re.split(r"(?<=[,;?])\s+", text_in.strip())):
            sub = parse(" ".join(pieces), language, media, draft, guard=guard)
            if sub.ops and not sub.question and not sub.refusal:
                return sub
    if answer in answers.GENERIC and guard and (act := answers.own_choice(text_in)):
        # "the ending is abrupt, should i add a fade?": whether to is theirs to say - how to ask for it is
        # said when those words read as an edit here
        sub = parse(act, language, media, draft, guard=False)
        if (sub.ops or sub.export) and not sub.question and not sub.refusal:
            answer = answers.your_call(act, zh)
        elif sub.question and not sub.refusal and sub.question not in meta.QUESTIONS["generic"] and \
                (example := answers.choice_example(act, zh)):
            # "要不要加个标题": an edit that needs more said (which words) - still theirs to choose
            answer = answers.your_call(example, zh)
    if answer in answers.GENERIC and guard and (act := answers.asked_edit(text_in)):
        # "add subtitles? just asking", "加字幕吗？先问问": the edit asked about, said to be only asked -
        # answered (it can be done), never done
        sub = parse(act, language, media, draft, guard=False)
        if (sub.ops or sub.export) and not sub.question and not sub.refusal:
            answer = answers.can_do(act, zh)
    if answer in answers.GENERIC and guard and (later := answers.later_edit(text_in)):
        # "房间拍得有点暗 后期还能调亮吗": whether it can still be done in the edit - yes, and the words for
        # it; what cannot be done here is said as the refusal says it
        sub = parse(later[0], language, media, draft, guard=False)
        whole = parse(later[1], language, media, draft, guard=False)
        if (sub.ops or sub.export) and not sub.question and not sub.refusal:
            answer = answers.can_do(later[0], zh)
        elif whole.refusal and not whole.ops:
            answer = whole.refusal
    if answer in answers.GENERIC and guard and (easy := re.search(
            r"[.!;,]\s*(?:so\s+)?is there (?:something|anything|some \w+|an? (?:\w+\s+){0,2}?(?:way|button|"
            r"option|"
            r"setting|tool|fix))\b[^?]*?\b(?:like|to|that|which)\s+(?P<act>[^?]+?)\s*\?*\s*$", norm.text)):
        # "the amplitude from one clip to another isnt the same. is there something real easy like select
        # all > make amplitude uniform": a trouble told, then asked for an easy fix that is an edit - done
        act = re.sub(r"^(?:select all|just|simply|one click|a button)\s*(?:>|->|→|,|and|"
                     r"to)?\s*", "", easy.group("act"))
        sub = parse(act, language, media, draft, guard=False)
        if sub.ops and not sub.question and not sub.refusal and len(norm.text[:easy.start()].split()) >= 3:
            answer = None
    if answer in answers.GENERIC and re.match(
            r"(?:(?:pls|please|ok|okay|so|hey|um|uh)\s+)*(?:make|fix|improve|change|tweak|redo|rework|"
            r"spice up|jazz up|clean up|tidy up|polish|punch up|do something (?:with|about))\b[^?]*\?+\s*$",
            norm.text):
        # "make the ending better somehow?": an ask said with a question mark, not a question to answer -
        # read as the request it is (a vague one is asked about)
        answer = None
    if answer in answers.GENERIC and (earlier := meta.earlier_talk_question(norm.text, zh)):
        return Plan(question=earlier)  # "do the thing we talked about": which edit, asked
    if answer in answers.GENERIC and "?" not in norm.text and re.search(
            r"(?:[,;.!]|\s[-–—]+)\s*(?:(?:pls|please|just|so|then|now|and|can (?:you|u))\s+)*"
            r"(?:fix|rotate|turn|undo|sort out|"
            r"correct|repair)\s+(?:it|this|that|them)\b[^,;.?]{0,20}$", norm.text):
        # "when i uploaded it it turned 90 degrees like portrait, fix it": what happened (led by "when"),
        # then the order - a request, not a question to answer
        answer = None
    if answer is not None and (part_speed := _part_speed_asked(norm.text, zh)):
        return Plan(question=part_speed)  # "how do i speed up only one part?": which part, asked
    if answer is not None and (shorter := _shorter_asked(norm.text, ctx.total_ms, zh)):
        return Plan(question=shorter)  # "how do i trim it down, it's too long": how much, asked
    if answer is not None:
        return Plan(answer=answer)
    if (cleared := cutting.all_clips_question(Clause(norm.text, ctx))) is not None:
        return Plan(question=cleared)  # every clip said to go: asked before anything said with it is done
    res = resolve(norm.text, norm.clauses, ctx)
    chosen, said, settled = semantics.apply_negation(res, zh)
    chosen = semantics.reason_values(res, chosen)  # "720p, the server chokes on 1080": one resolution
    semantics.apply_direction(res, chosen)
    chosen = semantics.undo_inside(chosen, settled, res)
    chosen = semantics.undo_because(res, chosen, settled)
    chosen = semantics.taken_back(res, chosen, settled)
    semantics.clips_as_seen(chosen, ctx.segment_count, res, _clip_stems(ctx))
    semantics.transition_between_swapped(res, chosen)
    semantics.part_of_split(res, chosen, _clip_marks(ctx))
    semantics.bind_to_clip(res, chosen, ctx, zh)
    semantics.timed_to_freeze(res, chosen)
    plan = _plan(chosen, norm.text, zh, res, ctx.total_ms, _clip_marks(ctx))
    _texts_in_turn(plan.ops)
    _inserted_inside(plan, norm.text, ctx, zh)
    _one_crossfade_each(plan)
    _one_logo_each(plan)
    _ratio_over_platform(plan, norm.text)
    if not plan.ops and plan.export is None and not plan.refusal and settled and not said:
        plan.question = None  # "剪掉前3秒 算了 撤销吧": taken back within the request
        plan.answer = "好的，那就不改了——视频没有变。" if zh else "OK, taken back — nothing was changed."
        # ("剪掉前10秒 等下 还是别剪了": 等下 / 等等 is "wait", a taking back as 算了 is)
        if not re.search(r"算了|撤销|撤回|取消|不对|等下|等等|等一下|慢着|还是[别不]|"
                         r"\b(?:actually|never ?mind|nvm|scratch that|"
                         r"forget (?:it|that)|undo|cancel|on second thought|wait|no wait|"
                         r"keep (?:it|them|that))\b", norm.text):
            # "don't let it loop" said alone: nothing was said before to take back - only declined
            plan.answer = ("好的，不改——视频保持原样。" if zh else
                           "OK — I'll leave it as it is; nothing was changed.")
    if not plan.ops and plan.export is None and not plan.refusal and not said and \
            semantics.only_declined(norm.text, norm.clauses):
        # "dont add any text please", "别给我改速度啊 保持原速就行": nothing is asked for but leaving it be
        plan.question = None
        plan.answer = ("好的，不改——视频保持原样。" if zh else
                       "OK — I'll leave it as it is; nothing was changed.")
        return plan
    if said and not plan.ops and plan.export is None and not plan.refusal:
        plan.question = None
        plan.answer = " ".join(said)
    elif said:
        plan.notes += said
    unread = semantics.unread_negation(res, chosen)
    deleted = {op.index for op in plan.ops if isinstance(op, s.DeleteSegment)}
    if unread and plan.ops and len(deleted) == len(plan.ops) and \
            cutting.others_kept(unread, Clause(norm.text, ctx), deleted):
        unread = ""  # "kill b, keep clip and c": the clips that stay, named - nothing else to keep
    if unread and plan.ops and not plan.question:
        # a removal next to words like "but not …" that no reading explains: what is to stay is unclear,
        # so nothing is cut on a guess
        # (what would be done, said as a proposal: nothing is done while the turn asks)
        what = "; ".join(proposed(op, "zh" if zh else "en") for op in plan.ops)
        plan.question = (f"按我的理解是要{what}，但“{_restore(unread, norm.quotes)}”这部分我没看懂——"
                         "是要保留什么吗？请再具体说一下。" if zh else
                         f"I'd {what}, but I'm not sure what “{_restore(unread, norm.quotes)}” "
                         "should keep — could you say it another way?")
        plan.ops = []
        plan.export = None
        return plan
    if plan.ops and not plan.question and (kept := semantics.end_kept_apart(res, chosen)) is not None and \
            _end_cut(plan.ops, kept[1], ctx.segment_count, ctx.total_ms):
        # "delete clip.mp4, keep the intro", "cut the first 10 s, keep the intro": the edit cuts the end said
        # to stay - asked, never cut on a guess (an end the edit leaves, "delete b, keep the intro", is kept)
        what = "; ".join(proposed(op, "zh" if zh else "en") for op in plan.ops)
        words = _restore(kept[0], norm.quotes)
        plan.question = (f"按我的理解是要{what}，但这样会剪到你说要保留的部分（“{words}”）——到底要剪哪里？"
                         if zh else
                         f"I'd {what}, but that cuts into what you said to keep (“{words}”) — "
                         "what should go?")
        plan.ops = []
        plan.export = None
        return plan
    unexplained = semantics.meaningful_leftover(res, chosen + settled, ctx.total_ms)
    if plan.ops or plan.export:
        # "剪掉前5秒 然后那个弄一下好看点": a clause asking for a change too vague to do, said beside an
        # edit that is done - its words are no edit words, so it was left out silently; it is named as
        # not done (never dropped, never claimed)
        unexplained = "; ".join(x for x in (unexplained, _vague_unread(res, chosen + settled)) if x)
    bare_trim = [type(op) for op in plan.ops if not isinstance(op, s.Concat)] == [s.TrimDeadAir]
    # "帮我剪一下这个视频呗": 剪(辑) alone is "edit it", not "trim the ends" - asked on its own, it is vague
    # (next to other edits, "剪一下视频，加字幕", it still reads as tidying the ends)
    bare_edit = bare_trim and plan.export is None and not re.search(r"修剪|头|尾|开头|结尾|空白|静音|没声|"
                                                                    r"开始[说讲]|[说讲]完",
                                                                    norm.text)
    vague_words = bool(unexplained) and re.search(r"[\u4e00-\u9fff]{2,}|[a-z]{3,}", unexplained) is not None
    if (bare_edit and re.search(r"(?<!修)剪(?:辑)?\s*(?:一下|一剪)", norm.text)) or \
            (vague_words and plan.export is None and bare_trim):
        # "帮我剪辑一下，裁剪拼凑那种": a bare "edit it" read as trimming the ends, next to words about
        # the edit it did not understand — what is wanted is unclear, so nothing is cut on a guess
        plan.question = meta.vague_question(norm.text, zh)
        plan.ops = []
        return plan
    if unexplained and (plan.ops or plan.export):
        words = _restore(unexplained, norm.quotes)
        plan.notes.append(("这部分我没看懂，没有处理：" if zh else "I didn't understand, so didn't do: ")
                          + f"“{words}”")
    if (plan.ops or plan.export is not None) and plan.refusal in meta.IMAGERY_REPLIES and \
            not meta.imagery_asked(norm.clauses):
        # a reply never both edits and refuses imagery nobody asked for: "make a gif of 0:04 to 0:07, the
        # dog shake" names the part, it asks for no dog to be made
        plan.refusal = None
    _generic_beside_edit(plan, norm.text, norm.quotes, res, chosen, zh)
    semantics.vague_part(plan, norm.text, ctx, zh)
    _bare_level(plan, norm.text, ctx, zh)
    _no_fit_left(plan, norm.text, zh)
    _either_value(plan, norm.text, zh)
    _either_edit(plan, text_in, zh)
    semantics.one_thing_coloured(plan, norm.text, zh)
    semantics.which_clip(plan, norm.text, ctx, zh)
    _one_clip_only(plan, res, chosen, ctx, zh)
    semantics.empty_guard(plan, ctx, norm.text, zh)
    if guard:
        semantics.guard(plan, ctx, norm.text, zh)
    return plan


# "put b.mp4 between the two halves", "insert it into the middle of my clip", "插到中间": a clip placed inside
# the video, not after it
_IN_THE_MIDDLE = (r"\b(?:into|in|to)\s+the\s+middle\b|"
                  r"\bbetween\s+(?:the\s+|those\s+|these\s+)?(?:two\s+|2\s+)?(?:halves|halfs|parts|pieces|bits|sections|splits)\b|\bin\s*between\b|"
                  r"(?:插入|插到|插在|放到|放在|加到|加在)\S{0,6}中间")
# "insert b.mp4 at 0:30", "在0:30处插入b.mp4": the point it goes in at
_INSERTED_AT = (r"\b(?:insert|splice|slot|sandwich)\w*\b(?:[^,;.]|\.(?=\w)){0,40}?\b(?:at|after)\s*§(\d+)§|"
                r"(?:在|到)\s*§(\d+)§\s*(?:处|那里|这里|的地方|的位置)?\s*(?:插入|插进|插)")


def _inserted_inside(plan: Plan, text: str, ctx: ParseContext, zh: bool) -> None:
    """ "split it at 0:30 and put b.mp4 between the two halves", "insert b.mp4 at 0:30": clips are only ever
    added at an end, so a clip placed inside the video is added at the end and moved to its place - after a
    split at that point (said, or made for it). Said "in the middle" with no point, where is asked."""
    adds = [op for op in plan.ops if isinstance(op, s.AddClips)]
    if plan.question or plan.refusal or len(adds) != 1 or adds[0].at != "end" or \
            any(not isinstance(op, (s.AddClips, s.Split)) for op in plan.ops) or \
            re.search(r"\b(?:transitions?|crossfade\w*|fade\w*|dissolve\w*)\b|转场|过渡|淡入|淡出", text):
        return
    splits = [op.at_ms for op in plan.ops if isinstance(op, s.Split)]
    at_m = re.search(_INSERTED_AT, text)
    mid = re.search(_IN_THE_MIDDLE, text)
    if at_m:
        at = int(at_m.group(1) or at_m.group(2))
    elif mid and len(splits) == 1:
        at = splits[0]
    elif mid and not splits:
        name = ", ".join(adds[0].media_ids)
        plan.ops, plan.export = [], None
        plan.question = (f"把{name}插到哪个时间点？比如“在0:30处插入{name}”。" if zh else
                         f"Where in the video should {name} go — at what time "
                         f"(e.g. “insert {name} at 0:30”)?")
        return
    else:
        return
    total = ctx.total_ms
    if at <= 0:
        plan.ops = [adds[0].model_copy(update={"at": "start"}) if op is adds[0] else op for op in plan.ops]
        return
    if not total or at >= total:
        return
    marks = set(_clip_marks(ctx))
    ops: list[OpBase] = [op for op in plan.ops if isinstance(op, s.Split)]
    if at not in marks and at not in splits:
        ops.append(s.Split(at_ms=at))
    bounds = sorted(marks | {op.at_ms for op in ops if isinstance(op, s.Split)})
    count = len(marks) + 1 + len([b for b in bounds if b not in marks])  # the segments once split
    place = len([b for b in bounds if b <= at]) + 1
    ops.append(adds[0])
    for i in range(len(adds[0].media_ids)):
        ops.append(s.MoveSegment(index=count + 1 + i, to_index=place + i))
    plan.ops = ops


def _one_crossfade_each(plan: Plan) -> None:
    """ "with a quick transition she's a different person. crossfade the before clip into the after clip,
    1 sec": the same crossfade said twice, once with its length - one crossfade, the length said (a second
    one with the default length would undo it)."""
    fades = [op for op in plan.ops if isinstance(op, s.Crossfade) and op.duration_ms]
    for index in {op.index for op in fades}:
        same = [op for op in fades if op.index == index]
        timed = [op for op in same if "duration_ms" in op.model_fields_set]
        if len(same) > 1 and len(timed) == 1:
            plan.ops = [op for op in plan.ops if op not in same or op is timed[0]]


def _ratio_over_platform(plan: Plan, text: str) -> None:
    """ "make it 4:5, the listing goes on the instagram feed as a portrait post", "9:16 please. its for
    tiktok": a ratio said in numbers is the frame asked for - the platform named in another clause is only
    what it is for, never a second frame (its preset); the preset is for a platform named with no ratio."""
    said = {f"{a}:{b}" for a, b in re.findall(r"‹r(\d+)by(\d+)›", text)}
    frames = [op for op in plan.ops if isinstance(op, s.SetAspect) and op.ratio in said]
    gone = [op for op in plan.ops if isinstance(op, s.Platform)]
    if not frames or not gone:
        return
    fit = next((op.fit for op in gone if "fit" in op.model_fields_set), None)
    plan.ops = [op.model_copy(update={"fit": fit})
                if fit and op is frames[0] and "fit" not in op.model_fields_set else op
                for op in plan.ops if not isinstance(op, s.Platform)]


def _one_logo_each(plan: Plan) -> None:
    """ "左上角加个水印 用logo.png", "put a watermark in the top left, use logo.png": the mark placed in one
    clause and its file named in the next are one logo - the place said (a second one at the default place
    would cover it)."""
    logos = [op for op in plan.ops if isinstance(op, s.AddLogo)]
    for media in {op.media_id for op in logos}:
        same = [op for op in logos if op.media_id == media]
        if len(same) < 2:
            continue
        said: dict[str, Any] = {}
        for op in same:
            for key in op.model_fields_set - {"op", "media_id"}:
                if key in said and said[key] != getattr(op, key):
                    break
                said[key] = getattr(op, key)
            else:
                continue
            break
        else:
            one = same[0].model_copy(update=said)
            plan.ops = [one if op is same[0] else op for op in plan.ops if op is same[0] or op not in same]


def _part_speed_asked(text: str, zh: bool) -> str | None:
    """ "how do i speed up my video in only one part?", "怎么只给其中一段加速": how to change the speed of a
    part is asked - which part (and how fast) is asked back, with the words that do it."""
    if not re.search(r"\bhow (?:do|can|would|should|could) (?:i|we|you|u)\b|\bhow to\b|"
                     r"\bis there a way\b|怎么|如何|怎样", text):
        return None
    if not re.search(r"\b(?:speed\w*|faster|slower|slow(?:ed|ing)?(?: down)?|slow[\s-]?mo\w*|"
                     r"fast[\s-]?forward)\b|加速|减速|变速|放慢|慢放|快放|倍速|调速", text):
        return None
    if not re.search(r"\b(?:one|some|certain|a few|specific|only|just)\s+(?:\w+\s+)?(?:parts?|sections?|"
                     r"bits?|portions?|segments?|moments?|spots?)\b|"
                     r"\bin (?:only )?(?:one|some) (?:part|place|spot)s?\b|"
                     r"一段|某段|某一段|其中|部分|局部|中间一段|某个片段", text):
        return None
    return ("哪一段、变成几倍速？告诉我时间就行，比如“0:10到0:20加速2倍”或“0:30到0:40"
            "放慢到0.5倍”。" if zh else
            "Which part, and how fast? Give me the times — e.g. “speed up 0:10 to 0:20 2x” or “slow "
            "0:30–0:40 to half speed”.")


def _shorter_asked(text: str, total: int, zh: bool) -> str | None:
    """ "how do i trim it down a bit, it is too long for my family", "怎么剪短一点 太长了": how to shorten it,
    asked with the video said to be too long - the person wants it shorter; how much (and from where) is
    asked back, never cut on a guess."""
    if not re.search(r"\bhow (?:do|can|would|should|could) (?:i|we|you|u)\b|\bhow to\b|怎么|如何|怎样", text):
        return None
    if not re.search(r"\b(?:trim|shorten|cut|chop|edit|make)\w*\s+(?:it|this|the (?:video|clip|thing))?\s*"
                     r"(?:down|shorter)\b|\bshorten\w*\b|"
                     r"剪短|缩短|弄短|变短|剪掉一(?:些|点|部分)|剪(?:一|几)?下", text):
        return None
    if not re.search(r"\btoo long\b|\b(?:way|so|kinda|a bit|really) long\b|\bdrags?\b|太长|有点长|好长|"
                     r"长了|拖沓", text):
        return None
    length = f"{total // 60000}:{total // 1000 % 60:02d}" if total else ""
    return (f"要剪短多少、剪哪里？可以说一个长度（比如“剪到45秒”），或者要去掉的部分（比如“剪掉开头10秒”"
            f"“删掉0:20到0:30”）{f'（视频共 {length}）' if length else ''}。" if zh else
            "How much shorter, and from where? Say a length (e.g. “make it 45 seconds”) or the part to drop "
            "(e.g. “cut the first 10 seconds” or “cut 0:20–0:30”)"
            f"{f' — the video is {length} long' if length else ''}.")


def _texts_in_turn(ops: list[OpBase]) -> None:
    """ "add 'Step 1' at 0:05 and 'Step 2' at 0:20": texts in one place, each from its own time with no end
    said, follow each other - each shows until the next one comes up (the last to the end)."""
    timed = [op for op in ops if isinstance(op, s.AddText) and op.end_ms is None and "start_ms" in
             op.model_fields_set]
    if len(timed) < 2 or len({op.pos for op in timed}) > 1 or len({op.start_ms for op in timed}) < len(timed):
        return
    starts = sorted(op.start_ms for op in timed)
    for i, op in enumerate(ops):
        if op in timed and op.start_ms != starts[-1]:
            end = starts[starts.index(op.start_ms) + 1]
            ops[i] = op.model_copy(update={"end_ms": end})
            ops[i].model_fields_set.add("end_ms")


def _bare_level(plan: Plan, text: str, ctx: ParseContext, zh: bool) -> None:
    """ "louder", "a bit quieter pls" said alone with music under the video: which sound - the voice or the
    music - is not said, so it is asked (without music it is the video's own sound)."""
    if plan.question or not ctx.has_music or [type(op) for op in plan.ops] != [s.SetVolume]:
        return
    if not re.fullmatch(r"\W*(?:(?:a\s+)?(?:bit|little|lil|tad|touch|slightly|much|way|even|some|more)\s+)*"
                        r"(?:louder|quieter|softer|more volume|less volume|volume (?:up|down)|"
                        r"turn (?:up|down))"
                        r"(?:\s+(?:please|pls|plz|thanks|still|again|now))*\W*|"
                        r"\W*(?:再|稍微|大|小)?\s*(?:大声|小声)\s*(?:一点|一些|点)?\s*(?:吧|啊|呀)?\W*",
                        text):
        return
    plan.question = ("是把人声（原声）调大/调小，还是背景音乐？" if zh else
                     "Which one — your voice (the video's own sound) or the music?")
    plan.ops = []
    plan.export = None


_NO_CROP = (r"\b(?:don'?t|dont|do not|not|no|without|never)\s+(?:\w+\s+)?crop\w*|\b(?:zero|no)\s+cropping\b|"
            r"(?:不要|别|不能|不许|不)\s*(?:裁剪|裁切|裁|切)")
_NO_PAD = (r"\b(?:no|without|(?:don'?t|dont|do not)\s+(?:want|add|use|put)(?:\s+any)?)\s+(?:(?P<black>black|"
           r"blurr?y|blurred)\s+)?(?:bars|borders|padding|edges)\b|"
           r"(?:不要|别|不能|不许|不)\s*(?:加|留|要|有|填)?\s*(?P<zh>黑|白|模糊)?\s*(?:边|边框)(?!缘)")


def _no_fit_left(plan: Plan, text: str, zh: bool) -> None:
    """ "弄成抖音的样子 但是别裁画面也别加边", "9:16 but dont crop and no bars": a new shape needs the picture
    cropped or the gaps filled - both said not to be wanted leaves nothing to do it with, so which is asked
    ("no black bars, don't crop" leaves the blurred fill)."""
    if not any(isinstance(op, s.SetAspect | s.Platform) for op in plan.ops) or not re.search(_NO_CROP, text):
        return
    pad = re.search(_NO_PAD, text)
    if pad is None:
        return
    kind = pad.group("black") or pad.group("zh")
    if kind and (kind.startswith("black") or kind in ("黑", "白")):
        plan.ops = [s.SetAspect.model_validate({"ratio": op.ratio, "fit": "blur"})
                    if isinstance(op, s.SetAspect) else
                    op.model_copy(update={"fit": "blur"}) if isinstance(op, s.Platform) else op
                    for op in plan.ops]
        return
    if kind:
        return  # "no blurry bars, don't crop": black bars are left (the fit rule reads it)
    plan.question = ("换成这个画幅，要么裁掉一部分画面，要么在空出来的地方填充（模糊背景或黑边）"
                     "——两样都不要的话"
                     "做不了。选哪种：裁切、模糊填充，还是黑边？" if zh else
                     "A new shape needs either part of the picture cropped off or the gaps filled "
                     "(a blurred copy "
                     "or black bars) — with neither it can't be done. "
                     "Which: crop, blurred fill, or black bars?")
    plan.ops = []
    plan.export = None


_SHAPE_WORD = (r"‹r\d+by\d+›|\b(?:vertical|portrait|square|landscape|horizontal|widescreen)\b|"
               r"竖屏|横屏|竖版|横版|"
               r"正方形|方形")
_RES_WORD = r"\b(?:480|720|1080|1440|2160)p\b|\b[24]k\b"


def _either_value(plan: Plan, text: str, zh: bool) -> None:
    """ "make it 9:16 or 4:5 for insta?", "export 720p or 1080p": two values of one setting joined by "or" -
    which one is theirs to say, so it is asked (doing both, or the first, would pick for them)."""
    if plan.question or plan.refusal:
        return
    for word, kinds, what_en, what_zh in (
            (_SHAPE_WORD, (s.SetAspect, s.Platform), "shape", "画幅"),
            (_RES_WORD, (), "resolution", "分辨率")):
        m = re.search(rf"(?P<a>{word})\s*(?:or|或者|或是|或|/)\s*(?P<b>{word})", text)
        if m is None or m.group("a") == m.group("b"):
            continue
        if kinds and not any(isinstance(op, kinds) for op in plan.ops):
            continue
        if not kinds and (plan.export is None or not plan.export.get("resolution")):
            continue
        a, b = (re.sub(r"‹r(\d+)by(\d+)›", r"\1:\2", m.group(x)) for x in ("a", "b"))
        plan.question = (f"用哪个{what_zh}——{a}还是{b}？说一个就行，比如“改成{a}”。" if zh else
                         f"Which {what_en} — {a} or {b}? Say one, e.g. “make it {a}”." if kinds else
                         f"Which {what_en} — {a} or {b}? Say one, e.g. “export {a}”.")
        if not kinds and zh:
            plan.question = f"用哪个{what_zh}——{a}还是{b}？说一个就行，比如“导出{a}”。"
        plan.notes = []  # (the other value is what is asked about, not words left unread)
        plan.ops = []
        plan.export = None
        return


# the verb that opens the second edit offered in "can you remove the music or just lower it?"
_EDIT_OPTION = (r"(?:lower|turn|fade|mute|cut|trim|remove|delete|drop|kill|speed|slow|make|crop|add|put|keep|"
                r"leave|reduce|shorten|quiet(?:en)?|silence|duck|blur|replace|swap|move|split)\b")
_EITHER_EDIT_EN = re.compile(
    r"^\W*(?:(?:hey|hi|so|ok|okay|um+|uh+|quick q)[,\s]+)*(?:(?:can|could|would|will) (?:you|u)\s+|"
    r"(?:should|do) (?:you|u)\s+)?(?:(?:please|pls|plz|just)\s+)?"
    rf"(?P<a>{_EDIT_OPTION}[^?,;]*?)\s*,?\s+or\s+(?:(?:just|only|maybe|simply|rather|should (?:you|u|i))\s+)*"
    rf"(?P<b>{_EDIT_OPTION}[^?]*?)\s*\?+\s*$")
_EITHER_EDIT_ZH = re.compile(
    r"^(?:能不能|可不可以|能|可以|你能)?\s*(?:帮我|给我)?\s*(?P<a>(?:把|将)?[^？?，,。还]{1,20}?)\s*还是\s*(?:只|就|只是|就是)?\s*"
    r"(?P<b>(?:把|将)?\s*(?:调|降|剪|去|删|加|关|静音|压|减|放慢|加速|淡)[^？?，,。]{0,16}?)\s*(?:呢|啊|吗|呀)?\s*[?？]\s*$")


def _either_edit(plan: Plan, raw: str, zh: bool) -> None:
    """ "can you remove the music or just lower it?", "音乐是删掉还是调小？": two edits of this video offered
    with "or" in a question - which one is theirs to say, so it is asked (doing the first would pick for
    them, and it may remove what they meant to keep)."""
    if plan.question or plan.refusal or plan.answer or not plan.ops:
        return
    text = raw.strip().lower()
    m = (_EITHER_EDIT_ZH if re.search(r"[\u4e00-\u9fff]", text) else _EITHER_EDIT_EN).match(text)
    if m is None or m.group("a").strip() == m.group("b").strip():
        return
    a, b = (re.sub(r"^(?:能不能|可不可以|能|可以)|(?<=\S)(?:能不能|可不可以|能|可以)", "", m.group(x)).strip()
            if zh else m.group(x).strip() for x in ("a", "b"))
    plan.question = (f"要哪一种——“{a}”还是“{b}”？说一个就行，我就去做。" if zh else
                     f"Which would you like — {a}, or {b}? Say one and I'll do it.")
    plan.notes = []  # (the other option is what is asked about, not words left unread)
    plan.ops = []
    plan.export = None


# operations that act on the whole programme only (no clip index)
_WHOLE_ONLY = (s.Mute, s.Color, s.Rotate, s.Flip, s.Denoise, s.Loudnorm)


def _one_clip_only(plan: Plan, res: Resolution, chosen: list[Candidate], ctx: ParseContext, zh: bool) -> None:
    """ "mute b.mp4", "make the second clip black and white" with several clips on the timeline: these
    operations act on the whole video, so doing it would change more than was asked - asked instead."""
    if plan.question:
        return
    on = {str(g.get("src")) for t in ctx.draft.get("t", []) if t.get("role") == "main"
          for g in t.get("sg", [])}
    if ctx.segment_count < 2:
        _clip_not_on(plan, res, chosen, ctx, on, zh)
        return
    for cand in chosen:
        # ("turn down just the b clip audio": the clip's own sound level is the whole main track's too)
        whole = [op for op in cand.hit.ops if isinstance(op, (*_WHOLE_ONLY, s.SetVolume)) and not (
            isinstance(op, s.Mute | s.SetVolume) and op.track != "main")]
        if not whole:
            continue
        a, b = res.clauses[cand.window[0]][0], res.clauses[cand.window[1]][1]
        window = Clause(res.text[a:b], ctx)
        named = [r for _, r in ctx.mentioned(window.text, "video") if r.media_id in on]
        # "clip那段静音": clip.mp4 by its bare stem, which is also the English word (not a stem of its own)
        named = named or [m for m in ctx.media if m.name.lower() == "clip.mp4" and m.media_id in on and zh
                          and re.search(r"\bclip\s*(?:(?:那|这)\s*(?:1\s*)?(?:段|个|条)|的)", window.text)]
        # "mute just the second trail cam clip", "the last drone shot in black and white": a clip called by
        # its place and by what it shows is one clip too
        described = re.search(
            rf"\b(?:{'|'.join(ORDINALS)})\s+(?:(?!(?:of|and|or|the|half|few|couple|one|\d+)\b)[a-z'-]+\s+){{1,3}}?"
            r"(?:clip|shot|video|vid|take|scene)\b", window.text)
        if not named and not segment_refs(window) and not described:
            continue
        what = proposed(whole[0], "zh" if zh else "en")  # asked: nothing is done yet
        plan.question = (
            f"这个只能对整个视频做（{what}），不能只改其中一段——要对整个视频这样做吗？" if zh else
            f"That can only be done to the whole video ({what}), not to one clip — do it to the whole video?")
        plan.ops = []
        plan.export = None
        # "mute clip 2 and clip 3": the clips listed are what the question is about, not words left unread
        plan.notes = [n for n in plan.notes if not re.fullmatch(
            r"(?:这部分我没看懂，没有处理：|I didn't understand, so didn't do: )“(?:\s|\d+|,|，|、|&|and|or|"
            r"clips?|segments?|parts?|the|first|second|third|fourth|last|[\w-]+\.(?:mp4|mov|webm)|第|段|个|和|与|"
            r"跟|及)+”", n, re.IGNORECASE)]
        return


def _clip_not_on(plan: Plan, res: Resolution, chosen: list[Candidate], ctx: ParseContext, on: set[str],
                 zh: bool) -> None:
    """ "turn down just the b.mp4 audio" with only clip.mp4 on the timeline: the clip named is uploaded but
    not in the video, so a whole-video change would alter what was not named - asked instead (unless the
    request puts that clip in the video too)."""
    used = {m for op in plan.ops for m in [*getattr(op, "media_ids", []), getattr(op, "media_id", None)] if m}
    for cand in chosen:
        whole = [op for op in cand.hit.ops if isinstance(op, (*_WHOLE_ONLY, s.SetVolume)) and not (
            isinstance(op, s.Mute | s.SetVolume) and op.track != "main")]
        if not whole:
            continue
        a, b = res.clauses[cand.window[0]][0], res.clauses[cand.window[1]][1]
        off = [r for _, r in ctx.mentioned(res.text[a:b], "video") if r.media_id not in on and
               r.media_id not in used]
        if not off:
            continue
        name = off[0].name
        what = proposed(whole[0], "zh" if zh else "en")  # asked: nothing is done yet
        plan.question = (f"{name} 不在时间线上，这个改动（{what}）只能对整个视频做——要对整个视频这样做，"
                         f"还是先把 {name} 加进来？" if zh else
                         f"{name} isn't in the video yet, and that change ({what}) applies to the whole "
                         f"video — do it to the whole video, or add {name} first?")
        plan.ops = []
        plan.export = None
        return


def _said_splits(clauses: list[str], ctx: ParseContext) -> int:
    """How many split points the request says ("split it at 10s, 20s and 30s then …" counts 3)."""
    count, i = 0, 0
    while i < len(clauses):
        hits = cutting.split_rule(Clause(clauses[i], ctx))
        if not any(isinstance(op, s.Split) for h in hits for op in h.ops):
            i += 1
            continue
        text, i = clauses[i], i + 1
        # "split it at 10s, | 20s and 30s": a list of times going on in the next clauses
        while i < len(clauses) and re.fullmatch(r"(?:\s*(?:,|，|、|and|at|also|&|和|跟|§\d+§))+\s*",
                                                clauses[i]):
            text, i = f"{text}, {clauses[i]}", i + 1
        count += len({op.at_ms for h in cutting.split_rule(Clause(text, ctx)) for op in h.ops
                      if isinstance(op, s.Split)})
    return count


def _clip_stems(ctx: ParseContext) -> list[str]:
    """The file stems of the main track's clips, in order ("b" for b.mp4): how a clip is named by file."""
    names = {m.media_id: m.name for m in ctx.media}
    return [names.get(str(g.get("src")), str(g.get("src"))).lower().rsplit(".", 1)[0]
            for g in main_clips(ctx.draft)]


def _fps(media: Sequence[MediaRef], draft: dict[str, Any] | None) -> float:
    """The frame rate of the first clip on the timeline (30 when it is not known)."""
    srcs = [str(g.get("src")) for t in (draft or {}).get("t", []) if t.get("role") == "main"
            for g in t.get("sg", [])]
    by_id = {m.media_id: m for m in media}
    for src in srcs:
        fps = float(getattr(by_id.get(src), "fps", 0) or 0)
        if fps > 0:
            return fps
    return 30.0


def _one_subtitles(ops: list[OpBase], text: str = "") -> list[OpBase]:
    """ "add subtitles and give me a separate srt", "加字幕，再单独导出一个srt": burned in and a file too are
    one set of subtitles, not two tracks."""
    subs = [op for op in ops if isinstance(op, s.AddSubtitles)]
    burned = [op for op in subs if op.burn and op.sidecar is None]
    files = [op for op in subs if op.sidecar is not None and not op.burn]
    if len(subs) == 2 and len(burned) == 1 and len(files) == 1:
        one = burned[0].model_copy(update={"sidecar": files[0].sidecar,
                                           "language": burned[0].language or files[0].language})
        return [one if op is burned[0] else op for op in ops if op is not files[0]]
    if len(subs) < 2:
        return ops
    # "can u add subtitles with an srt file too, some families need captions", "subtitles in spanish, plain,
    # not burned in, just a vtt": the subtitles named again, with more said of them, are the same subtitles -
    # what each says is put together (a file type said in words wins over the one a plain "not burned in"
    # implies); what they say differently is left as two
    said: dict[str, Any] = {}
    for op in subs:
        for key in sorted(op.model_fields_set - {"op"}):
            value = getattr(op, key)
            if key in said and said[key] != value:
                named = [v for v in (said[key], value) if key == "sidecar" and re.search(rf"\b{v}\b", text)]
                if len(named) != 1:
                    return ops
                value = named[0]
            said[key] = value
    one = s.AddSubtitles.model_validate(said)
    return [one if op is subs[0] else op for op in ops if not isinstance(op, s.AddSubtitles) or op is subs[0]]


def _one_silence_cut(ops: list[OpBase]) -> list[OpBase]:
    """ "silences, fillers and stutters gone pls, silence ≥ 0.4s with 50ms pad": the pauses named twice, once
    with their settings, are one cut of them (settings that disagree are left as said)."""
    cuts = [op for op in ops if isinstance(op, s.RemoveSilences)]
    if len(cuts) < 2:
        return ops
    said: dict[str, Any] = {}
    for op in cuts:
        for key in op.model_fields_set - {"op"}:
            value = getattr(op, key)
            if key in said and said[key] != value:
                return ops
            said[key] = value
    one = s.RemoveSilences.model_validate(said)
    return [one if op is cuts[0] else op for op in ops
            if not isinstance(op, s.RemoveSilences) or op is cuts[0]]


def _clip_marks(ctx: ParseContext) -> list[int]:
    """Where clips meet on the main track (programme time)."""
    at, out = 0, []
    for seg in main_clips(ctx.draft)[:-1]:  # not at the invisible cuts inside a clip (ops.base.CONTINUES)
        at += int(seg.get("d", 0))
        out.append(at)
    return out


def _plan(chosen: list[Candidate], text: str, zh: bool, res: Resolution, total: int,
          marks: list[int]) -> Plan:
    plan = Plan()
    questions: list[str] = []
    refusals: list[str] = []
    ops: list[OpBase] = []
    said: dict[int, set[int]] = {}  # op -> the times said as places on the video before the request
    targets: dict[int, int] = {}  # a speed change that reaches a length asked for -> that length
    exported: OpBase | None = None  # the export op plan.export was made from
    for cand in chosen:
        hit = cand.hit
        if (times := semantics.said_positions(res, cand, total)) is not None:
            said |= {id(op): times for op in hit.ops}
        # (export ops ride along in order, so a GIF's or a thumbnail's time said after a cut is moved with
        # the rest - "remove 0:05-0:09, then a gif from 0:20 to 0:24"; they leave the ops below)
        ops += hit.ops
        if hit.export is not None:
            plan.export = hit.export
            exported = next((op for op in hit.ops if str(getattr(op, "op", "")) in EXPORT_OPS), None)
        if hit.question:
            questions.append(hit.question)
        if hit.refusal and hit.refusal not in refusals and not _corrected_after(cand, chosen, res):
            refusals.append(hit.refusal)
        if hit.note:
            plan.notes.append(hit.note)
        if hit.target_ms is not None and hit.speed_from_length:
            targets |= {id(op): hit.target_ms for op in hit.ops}
        elif hit.target_ms is not None:
            plan.target_ms = hit.target_ms
    placed, moved, unsure = semantics.on_first_timeline(ops, said, total, zh, marks)
    if unsure:
        plan.question = unsure
        plan.export = None  # an export waits for the answer (the file would lack the edit asked about)
        return plan
    for was, now in zip(ops, placed, strict=True):
        if was is exported and now is not was and plan.export is not None:
            plan.export = {**plan.export, **{k: getattr(now, k) for k in ("start_ms", "end_ms", "at_ms")
                                             if k in plan.export}}
    ops = [op for op in placed if str(getattr(op, "op", "")) not in EXPORT_OPS]
    plan.notes += moved
    if targets:
        ops = semantics.speed_to_length(ops, targets, total)
    ops = semantics.sound_to_the_end(ops, said, total)  # "cut 0:12-0:18, then mute the last 10 s"
    if semantics.said_on_the_cut(text):  # "…, then in what's left remove 0:20-0:25": each on what is left
        plan.ops = semantics.one_after_another(_one_subtitles(_one_silence_cut(ops), text))
    else:
        plan.ops = semantics.joined_cuts(_one_subtitles(_one_silence_cut(ops), text))
    publish = {meta.REFUSALS[0][1], meta.REFUSALS[0][2]}
    if plan.export is not None and refusals and set(refusals) <= publish:
        # "导出成mov 发给客户": the export is done; sending it is the person's part, said as a note
        plan.notes += refusals
        refusals = []
    if refusals:
        plan.refusal = " ".join(refusals)
    if not plan.ops and plan.export is None and not refusals and not questions and plan.notes and \
            all(not c.hit.ops for c in chosen) and any(c.hit.note for c in chosen):
        # "remove the transitions" with none there: what was found is the answer, nothing to ask
        plan.answer = " ".join(plan.notes)
        plan.notes = []
    elif not plan.ops and plan.export is None and not refusals:
        plan.question = questions[0] if questions else meta.vague_question(text, zh)
    elif questions and plan.export is not None and _asked_before_export(chosen):
        # "把结尾删掉以后导出", "trim the start, then export": an edit said before the export is asked about -
        # exporting now would give a file without it, so the export waits for the answer
        plan.export = None
        wait = ("等这一步说清楚了我再导出。" if zh else "I'll export once that is settled.")
        if plan.ops:
            plan.notes += [*questions, wait]
        else:
            plan.question = f"{questions[0]} {wait}" if not zh else f"{questions[0]}{wait}"
    elif questions:
        plan.notes += questions
    return plan


# "…, i mean …", "…，我是说…": what follows replaces what was said just before it
_CORRECTION_LEAD = (rf"^\W*(?:(?:{_M['lead_pre']})[\s,.…]+)*(?:{_M['lead']})\b|"
                    rf"^\W*(?:不对|不是)?[，,\s]*(?:{_M['lead_zh']})")


def _corrected_after(cand: Candidate, chosen: list[Candidate], res: Resolution) -> bool:
    """ "make my voice 150% louder... i mean volume 1.5": a refused part, then said again in other words after
    "i mean" - the words after it are the request, and the plan never both refuses and does it (a refusal
    of a separate part, "add subtitles and make it 3d", stands)."""
    last = cand.window[1]
    for other in chosen:
        if other is cand or not other.hit.ops or other.window[0] != last + 1:
            continue
        a, b = res.clauses[other.window[0]]
        if re.search(_CORRECTION_LEAD, res.text[a:b].strip(), re.IGNORECASE):
            return True
    return False


def _asked_before_export(chosen: list[Candidate]) -> bool:
    """A cut that is asked about (how much, from where) was said before the export: the file would be
    the wrong length. (Something to add that is asked about - "加个标题 然后导出" - does not hold it up.)"""
    at = next((c.pos for c in chosen if c.hit.export is not None), None)
    return at is not None and any(c.detector == "cut" and c.hit.question and not c.hit.ops and c.pos < at
                                  for c in chosen)


def _end_cut(ops: Sequence[OpBase], end: str, segments: int, total_ms: int) -> bool:
    """Whether an op cuts into the start (or the end) of the video: the first (last) clip deleted, a trim of
    that end, a removed part touching it, or a kept part that leaves it out."""
    for op in ops:
        if isinstance(op, s.DeleteSegment) and op.index == (1 if end == "start" else max(segments, 1)):
            return True
        if isinstance(op, s.Trim) and (op.head_ms if end == "start" else op.tail_ms) > 0:
            return True
        spans: list[tuple[int, int | None]] = []
        if isinstance(op, s.RemoveRange | s.KeepRange):
            spans = [(op.start_ms, op.end_ms)]
        elif isinstance(op, s.RemoveRanges | s.KeepRanges):
            spans = [(r.start_ms, r.end_ms) for r in op.ranges]
        if not spans:
            continue
        if isinstance(op, s.RemoveRange | s.RemoveRanges):
            if any((a <= 0) if end == "start" else (b is None or (total_ms > 0 and b >= total_ms))
                   for a, b in spans):
                return True
        elif not any((a <= 0) if end == "start" else (b is None or (total_ms > 0 and b >= total_ms))
                     for a, b in spans):
            return True
    return False


# a clause that asks for the look changed with no edit named: "弄一下好看点", "整个酷炫点的", "make it pop",
# "给它加点感觉" (the vague orders and the look words of meta, said as an order)
_VAGUE_ORDER = (meta.VAGUE + r"|(?:弄|搞|整|做|调|变|让它|给它|帮我)\S{0,6}?(?:" + meta.POLISH +
                r"|酷炫|炫酷|酷|炫|帅|美|漂亮|牛)|"
                r"\b(?:make|get)\s+(?:it|this)\s+(?:look\s+)?(?:more\s+)?(?:" +
                meta.POLISH + r")")


def _vague_unread(res: Resolution, chosen: list[Candidate]) -> str:
    """The clauses no chosen reading covers that ask for a change too vague to do, as said."""
    parts = []
    explained = {i for c in chosen for i in c.explains}
    for ci, (a, b) in enumerate(res.clauses):
        clause = res.text[a:b].strip(" ,，;；。")
        m = re.search(_VAGUE_ORDER, clause)
        if m is None:
            continue
        if any(c.window[0] <= ci <= c.window[1] for c in chosen):
            # read with another edit in one clause ("剪掉前5秒 再整个酷炫点的"): only when no word of the
            # vague order is one a reading used
            lo = res.text.index(clause, a) + m.start()
            if any(lo <= t.start < lo + len(m.group(0)) for i, t in enumerate(res.tokens) if i in explained):
                continue
            clause = clause[m.start():]
        parts.append(re.sub(r"^(?:然后|再|还有|另外|and then|and|then)\s*", "", clause))
    return "; ".join(p for p in parts if p)


# the kind of look the colour change is meant to have, said loosely beside it: "调成黑白的 有点胶片感那种",
# "black and white, kind of like an old film" - a likeness, not an effect asked for on its own
_LOOK_LIKENED = (r"(?<!加)(?<!加点)(?<!来点)(?<!加个)(?:有点|有些|带点|那种|要那种|像)?\s*"
                 r"(?:胶片|老电影|复古|怀旧|电影)\s*(?:感|风|味)?\s*(?:的)?\s*(?:那种|感觉|味道|一样|似的)|"
                 r"(?:有点|有些|带点|那种)\s*(?:胶片|老电影|复古|怀旧)\s*(?:感|风|味)|"
                 r"\b(?:like|kind of|sort of|kinda|sorta)\s+(?:like\s+)?(?:an?\s+)?"
                 r"(?:old|vintage|classic|retro)\s+"
                 r"(?:film|movie)s?\b")


def _generic_beside_edit(plan: Plan, text: str, quotes: list[str], res: Resolution, chosen: list[Candidate],
                         zh: bool) -> None:
    """The general "I can't do that here yet" said beside an edit that was done reads as if nothing was
    done: the reply names the part that was not done and says the rest was. A film look only likened to
    beside a colour change that was made ("调成黑白的 有点胶片感那种") is the look of that change - it is
    done, and the grain such a look may carry is said in the details, not refused."""
    generic = {meta.GENERIC_REFUSAL[0], meta.GENERIC_REFUSAL[1]}
    # ("整体调成黑白 带点老电影感": the old-film refusal beside the colour change is the same likened look)
    film = set(meta.OLD_FILM_REPLY)
    if not (plan.ops or plan.export is not None) or plan.refusal not in generic | film:
        return
    if any(isinstance(op, s.Color) for op in plan.ops) and re.search(_LOOK_LIKENED, text):
        plan.refusal = None
        plan.notes.append("颜色已经按你说的调好了；胶片颗粒、暗角这类胶片质感这里加不了，所以没有加。"
                          if zh else "The colour change is done; film grain, vignettes and other film-look "
                          "effects can't be added here, so none was added.")
        return
    if plan.refusal in film:
        return  # "trim 5s and make it look like old film": the refusal says what was not done, what instead
    said = [c for c in chosen if c.hit.refusal in generic]
    if not said:
        return
    lo, hi = said[0].window
    # (from where the clause before it ends: "剪掉前3秒 再加个配音" is read as "个配音" after "再加")
    start = res.clauses[lo - 1][1] if lo > 0 else 0
    words = re.sub(r"^[\s,，;；.。]*(?:(?:and|then|also|plus|再|然后|还有|另外|并且|顺便)[\s,，]*)*", "",
                   _restore(text[start:res.clauses[hi][1]], quotes)).strip()
    plan.refusal = (f"“{words}”这部分我目前做不到——本地引擎没有对应的模型或效果；其余的已经照做了。"
                    if zh else f"I couldn't do “{words}” — the local engine has no model or effect for it; "
                    "the rest is done.")


def _restore(text_in: str, quotes: list[str]) -> str:
    out = re.sub(r"⟦(\d+)⟧", lambda m: f"'{quotes[int(m.group(1))]}'", text_in)
    return re.sub(r"§(\d+)§", lambda m: f"{int(m.group(1)) / 1000:g}s", out)


__all__ = ["Resolution", "parse"]
