"""The OpenAPI spec lists every route with its request and response bodies, envelopes included."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi.routing import APIRoute

from vidai_nb.engine.app import ROUTERS


def test_every_route_is_in_the_spec(engine_url: str) -> None:
    spec = httpx.get(engine_url + "/openapi.json").json()
    routes = [r for router in ROUTERS for r in router.routes if isinstance(r, APIRoute)]
    assert len(routes) >= 14
    for route in routes:
        assert route.path in spec["paths"], route.path
        for method in route.methods or ():
            op = spec["paths"][route.path][method.lower()]
            assert "200" in op["responses"], (route.path, method)
    expected = {
        "/healthz",
        "/api/auth/anonymous-token",
        "/api/tasks/me/with-session/{app_name}",
        "/api/state/{app_name}/me/{session_id}/latest",
        "/api/credits/balance/simple",
        "/api/upload-video/{app_name}/me/{session_id}",
        "/run_sse",
        "/api/render/proxy/lambda",
        "/api/render/proxy/lambda/{render_id}",
        "/api/render/proxy/lambda/{render_id}/cancel",
        "/api/render/proxy/{render_id}/download",
        "/api/media/{media_id}/file",
    }
    assert expected <= set(spec["paths"])


def test_envelopes_and_bodies_are_described(engine_url: str) -> None:
    spec = httpx.get(engine_url + "/openapi.json").json()
    schemas = spec["components"]["schemas"]
    paths = spec["paths"]

    def ok_schema(path: str, method: str) -> dict[str, Any]:
        content = paths[path][method]["responses"]["200"]["content"]
        ref = next(iter(content.values()))["schema"]["$ref"].rsplit("/", 1)[-1]
        schema: dict[str, Any] = schemas[ref]
        return schema

    state = ok_schema("/api/state/{app_name}/me/{session_id}/latest", "get")
    assert set(state["properties"]) == {"code", "message", "data"}
    render = ok_schema("/api/render/proxy/lambda", "post")
    assert {"success", "data", "status", "output"} <= set(render["properties"])
    for key in (
        "ErrorEnvelope",
        "RenderErrorEnvelope",
        "StateBody",
        "VideoInfo",
        "RunRequest",
        "RenderRequest",
    ):
        assert key in schemas
    assert {
        "draft_version",
        "versions",
        "video_infos",
        "canvas_config",
        "generated_media",
        "video_analyses",
        "draft",
    } <= set(schemas["StateBody"]["properties"])
    upload = paths["/api/upload-video/{app_name}/me/{session_id}"]["post"]
    assert {"multipart/form-data", "application/json"} <= set(upload["requestBody"]["content"])
    run = paths["/run_sse"]["post"]
    assert "text/event-stream" in run["responses"]["200"]["content"]
    assert "RunRequest" in str(run["requestBody"])
    assert paths["/api/state/{app_name}/me/{session_id}/latest"]["get"]["responses"]["404"]
    # nothing in the spec asks for a token in the URL
    for path, ops in paths.items():
        for op in ops.values():
            names = {p["name"].lower() for p in op.get("parameters", [])}
            assert not names & {"token", "access_token", "authorization"}, path


def test_shared_errors_and_file_types_are_described(engine_url: str) -> None:
    """What schemathesis found undocumented: the 400 for a body that does not parse (on every route with
    a body), errors of SSE / file routes as the JSON envelope, and image/jpeg (a still) from download."""
    spec = httpx.get(engine_url + "/openapi.json").json()
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            codes = op["responses"]
            if "requestBody" in op:
                assert "400" in codes, (method, path)
            for code, resp in codes.items():
                if int(code) >= 400:
                    assert list(resp["content"]) == ["application/json"], (method, path, code)
    download = spec["paths"]["/api/render/proxy/{render_id}/download"]["get"]["responses"]["200"]["content"]
    assert {"video/mp4", "image/jpeg", "image/gif", "video/webm"} <= set(download)
    sse = spec["paths"]["/run_sse"]["post"]["responses"]
    assert "text/event-stream" in sse["200"]["content"] and "401" in sse
    token = spec["paths"]["/api/auth/anonymous-token"]["post"]
    assert any(p["name"] == "X-Client-Id" and p["required"] for p in token["parameters"])
    r = httpx.post(engine_url + "/api/tasks/me/with-session/nemo_agent", content=b"\xff{not json",
                   headers={"Content-Type": "application/json", "Authorization": "Bearer x"})
    assert str(r.status_code) in spec["paths"]["/api/tasks/me/with-session/{app_name}"]["post"]["responses"]
    assert r.json()["code"] == r.status_code
