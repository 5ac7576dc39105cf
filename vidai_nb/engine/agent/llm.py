"""Optional LLM planner: any OpenAI-compatible chat endpoint with tool calling onto the same catalogue.

Configured by VIDAI_LLM_URL (base URL, e.g. http://127.0.0.1:8080/v1, or the full
.../chat/completions URL), VIDAI_LLM_MODEL and VIDAI_LLM_API_KEY (optional), VIDAI_LLM_TIMEOUT
(seconds, default 60). Tools are generated from the pydantic schemas; every tool call is validated
against them before anything is applied, and any failure raises LLMError so the turn falls back to
the deterministic parser (which also pre-parses times and numbers for the model).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import Any

import httpx
from pydantic import ValidationError

from vidai_nb.engine.ops import CATALOGUE, EXPORT_OPS, MediaRef, OpBase, parse_operation, programme_ms

from .events import Plan
from .normalize import normalize
from .parser import parse
from .timeparse import times


class LLMError(Exception):
    """The endpoint failed, or answered with nothing usable (the turn falls back to the parser)."""


ASK = "ask_question"
REFUSE = "refuse"


def _strip(schema: dict[str, Any], drop: Sequence[str]) -> dict[str, Any]:
    props = {k: v for k, v in schema.get("properties", {}).items() if k != "op" and k not in drop}
    out: dict[str, Any] = {"type": "object", "properties": props}
    required = [r for r in schema.get("required", []) if r in props]
    if required:
        out["required"] = required
    if "$defs" in schema:
        out["$defs"] = schema["$defs"]
    out["additionalProperties"] = False
    return out


def tools() -> list[dict[str, Any]]:
    """OpenAI tool definitions: one per catalogue operation, plus asking and refusing."""
    out: list[dict[str, Any]] = []
    for name, model in CATALOGUE.items():
        out.append(
            {
                "type": "function",
                "function": {
                    "name": name,
                    "description": f"{model.description} Example: \u201c{model.example}\u201d",
                    "parameters": _strip(model.model_json_schema(), model.runner_fields),
                },
            }
        )
    out.append(
        {
            "type": "function",
            "function": {
                "name": ASK,
                "description": "Ask ONE short clarifying question when the request is truly ambiguous.",
                "parameters": {
                    "type": "object",
                    "properties": {"question": {"type": "string"}},
                    "required": ["question"],
                },
            },
        }
    )
    out.append(
        {
            "type": "function",
            "function": {
                "name": REFUSE,
                "description": "Say plainly that something cannot be done (e.g. generating new imagery, "
                "uploading to a platform).",
                "parameters": {
                    "type": "object",
                    "properties": {"reason": {"type": "string"}},
                    "required": ["reason"],
                },
            },
        }
    )
    return out


def _system(language: str, media: Sequence[MediaRef], draft: dict[str, Any]) -> str:
    files = (
        "\n".join(
            f"- media_id={m.media_id!r} name={m.name!r} kind={m.kind} duration_ms={m.duration_ms}"
            for m in media
        )
        or "- (none uploaded)"
    )
    return (
        "You edit videos by calling tools. Each tool is one edit operation on the timeline. All times are "
        "integer milliseconds on the current TIMELINE. Call the tools in the order the user asked. If the "
        f"request is truly ambiguous call {ASK}; if it cannot be done with these tools call {REFUSE}. "
        f"Reply language: {'Chinese' if language.lower().startswith('zh') else 'English'}.\n"
        f"Programme length: {programme_ms(draft)} ms. Uploaded files:\n{files}\n"
        f"Current draft (JSON): {json.dumps(draft, ensure_ascii=False)[:6000]}"
    )


def _hint(text: str, language: str, media: Sequence[MediaRef], draft: dict[str, Any]) -> str:
    """What the deterministic parser already understood: times, numbers and its own plan."""
    norm = normalize(text)
    guess = parse(text, language, media, draft, guard=False)
    return json.dumps(
        {
            "times_ms": times(norm.text),
            "normalized": norm.text,
            "parser_plan": [o.model_dump(mode="json") for o in guess.ops],
            "parser_export": guess.export,
        },
        ensure_ascii=False,
    )


def _endpoint() -> str:
    url = os.environ["VIDAI_LLM_URL"].rstrip("/")
    return url if url.endswith("/chat/completions") else url + "/chat/completions"


def request_body(
    text: str, language: str, media: Sequence[MediaRef], draft: dict[str, Any]
) -> dict[str, Any]:
    return {
        "model": os.environ.get("VIDAI_LLM_MODEL", "default"),
        "temperature": 0,
        "tool_choice": "auto",
        "tools": tools(),
        "messages": [
            {"role": "system", "content": _system(language, media, draft)},
            {
                "role": "user",
                "content": f"{text}\n\n(pre-parsed hints: {_hint(text, language, media, draft)})",
            },
        ],
    }


def _call(body: dict[str, Any]) -> dict[str, Any]:
    headers = {"Content-Type": "application/json"}
    key = os.environ.get("VIDAI_LLM_API_KEY")
    if key:
        headers["Authorization"] = f"Bearer {key}"
    timeout = float(os.environ.get("VIDAI_LLM_TIMEOUT", "60"))
    try:
        r = httpx.post(_endpoint(), json=body, headers=headers, timeout=timeout)
    except httpx.HTTPError as exc:
        raise LLMError(f"the endpoint could not be reached ({type(exc).__name__})") from exc
    if r.status_code != 200:
        raise LLMError(f"the endpoint answered HTTP {r.status_code}")
    try:
        data: dict[str, Any] = r.json()
    except ValueError as exc:
        raise LLMError("the endpoint did not answer JSON") from exc
    return data


def plan_from_response(data: dict[str, Any]) -> Plan:
    """Validate every tool call against the catalogue's schemas; any invalid call rejects the plan."""
    try:
        message = data["choices"][0]["message"]
    except (KeyError, IndexError, TypeError) as exc:
        raise LLMError("the answer had no message") from exc
    calls = message.get("tool_calls") or []
    plan = Plan()
    ops: list[OpBase] = []
    for call in calls:
        fn = call.get("function") or {}
        name = str(fn.get("name", ""))
        try:
            args = json.loads(fn.get("arguments") or "{}")
        except json.JSONDecodeError as exc:
            raise LLMError(f"the arguments of {name!r} were not JSON") from exc
        if not isinstance(args, dict):
            raise LLMError(f"the arguments of {name!r} were not an object")
        if name == ASK:
            plan.question = str(args.get("question", "")).strip() or None
            continue
        if name == REFUSE:
            plan.refusal = str(args.get("reason", "")).strip() or None
            continue
        if name not in CATALOGUE:
            raise LLMError(f"the model called an unknown tool {name!r}")
        runner = set(CATALOGUE[name].runner_fields)
        if runner & set(args):
            raise LLMError(
                f"the model set fields only the engine fills ({', '.join(sorted(runner & set(args)))})"
            )
        try:
            ops.append(parse_operation({"op": name, **args}))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"][1:]) or name
            raise LLMError(f"the model's {name} call was invalid ({where}: {first['msg']})") from exc
    for op in ops:
        name = str(getattr(op, "op", ""))
        if name in EXPORT_OPS:
            dumped = op.model_dump(mode="json")
            dumped.pop("op", None)
            fmt = {"export_gif": "gif", "export_thumbnail": "jpg"}.get(name)
            plan.export = (
                {**dumped, "format": fmt} if fmt else {k: v for k, v in dumped.items() if v is not None}
            )
        else:
            plan.ops.append(op)
    if plan.question and (plan.ops or plan.export):
        plan.notes.append(plan.question)
        plan.question = None
    if not calls:
        content = str(message.get("content") or "").strip()
        if not content:
            raise LLMError("the model answered with nothing")
        plan.question = content  # a model that only talks is asking something
    return plan


def llm_plan(text: str, language: str, media: Sequence[MediaRef], draft: dict[str, Any]) -> Plan:
    """Plan a turn with the configured model. Raises LLMError on any failure (caller falls back)."""
    return plan_from_response(_call(request_body(text, language, media, draft)))
