"""engine/api: the NemoVideo protocol over HTTP (routes, envelopes, auth, credits, SSE turns, exports).

Routes (every one is in /openapi.json): `/healthz`; `POST /api/auth/anonymous-token` (+ `/api/auth/me`,
`/api/auth/revoke`); `POST /api/tasks/me/with-session/{app}`; `GET /api/state/{app}/me/{sid}/latest`;
`GET /api/credits/balance/simple`; `POST /api/upload-video/{app}/me/{sid}` (multipart `files` or JSON
`urls`); `GET /api/media/{id}/file` (the `cdn_url`); `POST /run_sse`; `POST /api/render/proxy/lambda`,
`GET …/lambda/{id}`, `POST …/lambda/{id}/cancel`, `GET /api/render/proxy/{id}/download`.

SSE (`/run_sse`): every event is `data: <json>` with an `id:` (1, 2, 3 … per turn). Events are ADK
events (text deltas with `partial: true`; a `functionCall` and a `functionResponse` per operation;
a final non-partial event with the whole reply and `turnComplete: true`), and form-1 heartbeats
`{"type": "heartbeat", "label": str | None, "progress": float | None}` — from the agent during long
work, and from the server (`label: "working"`) after `VIDAI_HEARTBEAT_S` (5 s) without any event.
FastAPI adds a `: ping` comment after 15 s of silence. The stream closes when the turn ends.
"""
