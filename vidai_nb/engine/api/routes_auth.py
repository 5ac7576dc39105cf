"""Anonymous tokens: one user per client id; tokens stored hashed, limited per client id and per IP."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, Request

from vidai_nb import protocol
from vidai_nb.engine.api.deps import RETRY_AFTER, RT, CurrentUser, bearer
from vidai_nb.engine.api.errors import ApiError
from vidai_nb.engine.api.ratelimit import is_loopback
from vidai_nb.engine.api.runtime import client_ip
from vidai_nb.engine.api.schemas import Envelope, ErrorEnvelope, TokenData
from vidai_nb.engine.config import UNLIMITED_CREDITS
from vidai_nb.engine.store.ids import iso, utcnow

router = APIRouter(tags=["auth"])

MAX_CLIENT_ID = 200


@router.post(
    "/api/auth/anonymous-token",
    response_model=Envelope[TokenData],
    responses={400: {"model": ErrorEnvelope}, 403: {"model": ErrorEnvelope}, 429: {"model": ErrorEnvelope}},
)
def anonymous_token(request: Request, rt: RT) -> Envelope[TokenData]:
    """A fresh token for the user behind `X-Client-Id` (asking again recovers a lost token)."""
    client_id = (request.headers.get("x-client-id") or "").strip()
    if not client_id:
        raise ApiError(
            protocol.CLIENT_ID_MISSING,
            "X-Client-Id header is required: generate a UUID, keep it, and send it",
        )
    if len(client_id) > MAX_CLIENT_ID or not client_id.isprintable():
        raise ApiError(
            protocol.CLIENT_ID_MISSING,
            f"X-Client-Id must be printable and at most {MAX_CLIENT_ID} characters",
        )
    s = rt.settings
    if not s.anonymous_allowed:  # a class server: tokens come from `vidai-engine users add`
        raise ApiError(
            403,
            "this engine gives tokens to named users only: ask whoever runs it for yours "
            "and set NEMO_TOKEN",
        )
    ip = client_ip(request)
    since = utcnow() - timedelta(seconds=s.token_window_s)
    per_ip = s.tokens_per_ip_loopback if is_loopback(ip) else s.tokens_per_ip
    if rt.store.count_tokens(since, ip=ip) >= per_ip:
        raise ApiError(
            protocol.RATE_LIMITED, "rate limited: too many anonymous tokens from this address", RETRY_AFTER
        )
    if rt.store.count_tokens(since, client_id=client_id) >= s.tokens_per_client:
        raise ApiError(protocol.RATE_LIMITED, "rate limited: too many tokens for this client id", RETRY_AFTER)
    user = rt.store.user_for_client(client_id, s.initial_credits)
    token, expires = rt.store.issue_token(user.id, client_id, ip, s.token_ttl_s)
    credits = rt.store.balance(user.id).available if s.credits_enforced else UNLIMITED_CREDITS
    return Envelope(
        data=TokenData(token=token, user_id=user.id, expires_at=iso(expires) or "", credits=credits)
    )


@router.post(
    "/api/auth/revoke", response_model=Envelope[dict[str, bool]], responses={401: {"model": ErrorEnvelope}}
)
def revoke(request: Request, rt: RT, _user: CurrentUser) -> Envelope[dict[str, bool]]:
    """Revoke the bearer token this request carries (it stops working at once)."""
    raw = bearer(request)
    return Envelope(data={"revoked": bool(raw) and rt.store.revoke_token(raw or "")})


@router.get(
    "/api/auth/me", response_model=Envelope[dict[str, str]], responses={401: {"model": ErrorEnvelope}}
)
def me(user: CurrentUser) -> Envelope[dict[str, str]]:
    """Who the token belongs to (`me` in paths resolves to this user)."""
    return Envelope(data={"user_id": user.id, "kind": user.kind})
