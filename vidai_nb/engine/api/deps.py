"""Request dependencies: per-IP rate limit and the user behind the bearer token."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from vidai_nb import protocol
from vidai_nb.engine.api.errors import ApiError
from vidai_nb.engine.api.ratelimit import SlidingWindow
from vidai_nb.engine.api.runtime import Runtime, client_ip, get_runtime
from vidai_nb.engine.store import TokenExpired, TokenInvalid
from vidai_nb.engine.store.models import User
from vidai_nb.engine.store.repo import STATIC_USER_ID

RETRY_AFTER = {"Retry-After": "30"}


async def rate_limit_ip(request: Request, rt: Annotated[Runtime, Depends(get_runtime)]) -> None:
    # async: the in-memory counter never blocks, so every request saves a worker-thread hop; a shared
    # deployment's counter is in the database, and that one runs on a worker thread.
    if request.url.path == "/healthz":  # liveness probes poll it; it does no work
        return
    ip = client_ip(request)
    if isinstance(rt.ip_rate, SlidingWindow):
        allowed = rt.ip_rate.allow(ip)
    else:
        allowed = await run_in_threadpool(rt.ip_rate.allow, ip)
    if not allowed:
        raise ApiError(
            protocol.RATE_LIMITED, "rate limited: too many requests from this address; wait 30 s", RETRY_AFTER
        )


def bearer(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    scheme, _, value = auth.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def resolve_user(rt: Runtime, raw: str | None) -> User:
    if raw is None:
        raise ApiError(
            protocol.TOKEN_INVALID, "missing bearer token: get one from POST /api/auth/anonymous-token"
        )
    static = rt.settings.static_token
    if static and hmac.compare_digest(raw.encode(), static.encode()):
        user = rt.store.ensure_static_user(rt.settings.static_credits)
        return user
    try:
        return rt.store.resolve_token(raw)
    except TokenExpired as exc:
        raise ApiError(
            protocol.TOKEN_INVALID, "token expired: get a new one with the same client id"
        ) from exc
    except TokenInvalid as exc:
        raise ApiError(protocol.TOKEN_INVALID, "token invalid or revoked") from exc


def current_user(request: Request, rt: Annotated[Runtime, Depends(get_runtime)]) -> User:
    user = resolve_user(rt, bearer(request))
    if not rt.user_rate.allow(user.id):
        raise ApiError(
            protocol.RATE_LIMITED, "rate limited: too many requests for this user; wait 30 s", RETRY_AFTER
        )
    return user


CurrentUser = Annotated[User, Depends(current_user)]
RT = Annotated[Runtime, Depends(get_runtime)]

__all__ = ["RT", "STATIC_USER_ID", "CurrentUser", "bearer", "current_user", "rate_limit_ip", "resolve_user"]
