"""Request dependencies: per-IP rate limit and the user behind the bearer token."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request

from vidai_nb import protocol
from vidai_nb.engine.api.errors import ApiError
from vidai_nb.engine.api.runtime import Runtime, client_ip, get_runtime
from vidai_nb.engine.store import TokenExpired, TokenInvalid
from vidai_nb.engine.store.models import User
from vidai_nb.engine.store.repo import STATIC_USER_ID

RETRY_AFTER = {"Retry-After": "30"}


async def rate_limit_ip(request: Request, rt: Annotated[Runtime, Depends(get_runtime)]) -> None:
    # async (no worker thread hop for every request): a counter in memory, it never blocks
    if request.url.path == "/healthz":  # liveness probes poll it; it does no work
        return
    if not rt.ip_rate.allow(client_ip(request)):
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
