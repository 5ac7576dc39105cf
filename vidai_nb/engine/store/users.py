"""Named users for a class or a team (`vidai-engine users …`): each gets a bearer token and a credit
quota; every change of credits is a ledger row, like the credits of turns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from vidai_nb.engine.store.ids import new_id, utcnow
from vidai_nb.engine.store.models import LedgerEntry, Token, User
from vidai_nb.engine.store.repo import Store

NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$")
CLIENT_PREFIX = "named:"  # the tokens' client id (anonymous tokens carry the notebook's client id)


class UserError(Exception):
    """A user command that cannot be done (unknown name, name taken, bad name): the message says why."""


@dataclass(frozen=True)
class UserRow:
    name: str
    user_id: str
    available: int
    frozen: int
    spent: int
    active_tokens: int
    created_at: datetime


def _check_name(name: str) -> str:
    if not NAME_RE.match(name):
        raise UserError(f"invalid name {name!r}: letters, digits and . _ @ - (at most 100), no spaces")
    return name


def add_user(store: Store, name: str, credits: int, ttl_s: int) -> str:
    """Create the user `name` with `credits` and return its first token (stored hashed only: the
    caller shows it once)."""
    _check_name(name)
    if credits < 0:
        raise UserError("credits must be 0 or more")
    user_id = new_id("user_")
    try:
        with store.tx() as s:
            s.add(
                User(
                    id=user_id, client_id=None, kind="named", name=name, credits_available=credits,
                    credits_frozen=0, created_at=utcnow(),
                )
            )
            s.flush()
            s.add(LedgerEntry(user_id=user_id, kind="grant", amount=credits, ref=f"users add {name}",
                              created_at=utcnow()))
    except IntegrityError as exc:
        raise UserError(f"a user named {name!r} already exists") from exc
    token, _expires = store.issue_token(user_id, CLIENT_PREFIX + name, "operator", ttl_s)
    return token


def _user_id(store: Store, name: str) -> str:
    with store.tx() as s:
        user_id = s.scalar(select(User.id).where(User.name == name))
    if user_id is None:
        raise UserError(f"no user named {name!r} (see `vidai-engine users list`)")
    return str(user_id)


def new_token(store: Store, name: str, ttl_s: int) -> str:
    """Another token for an existing user (a lost one stays valid until revoked)."""
    user_id = _user_id(store, name)
    token, _expires = store.issue_token(user_id, CLIENT_PREFIX + name, "operator", ttl_s)
    return token


def grant(store: Store, name: str, credits: int) -> int:
    """Add (or, negative, take away available) credits; returns the new available balance."""
    user_id = _user_id(store, name)
    with store.tx() as s:
        res = s.execute(
            update(User)
            .where(User.id == user_id, User.credits_available + credits >= 0)
            .values(credits_available=User.credits_available + credits)
        )
        if not res.rowcount:  # type: ignore[attr-defined]
            raise UserError(f"{name} has fewer than {-credits} credits available")
        s.add(LedgerEntry(user_id=user_id, kind="grant", amount=credits, ref=f"users grant {name}",
                          created_at=utcnow()))
    return store.balance(user_id).available


def revoke(store: Store, name: str) -> int:
    """Revoke every token of the user (their signed links die too); returns how many were active."""
    user_id = _user_id(store, name)
    now = utcnow()
    with store.tx() as s:
        res = s.execute(
            update(Token)
            .where(Token.user_id == user_id, Token.revoked_at.is_(None), Token.expires_at > now)
            .values(revoked_at=now)
        )
        s.execute(update(User).where(User.id == user_id).values(url_epoch=User.url_epoch + 1))
        return int(res.rowcount)  # type: ignore[attr-defined]


def list_users(store: Store) -> list[UserRow]:
    now = utcnow()
    spent = (
        select(LedgerEntry.user_id, func.sum(LedgerEntry.amount).label("spent"))
        .where(LedgerEntry.kind == "settle")
        .group_by(LedgerEntry.user_id)
        .subquery()
    )
    active = (
        select(Token.user_id, func.count(Token.id).label("n"))
        .where(Token.revoked_at.is_(None), Token.expires_at > now)
        .group_by(Token.user_id)
        .subquery()
    )
    q = (
        select(User, func.coalesce(spent.c.spent, 0), func.coalesce(active.c.n, 0))
        .outerjoin(spent, spent.c.user_id == User.id)
        .outerjoin(active, active.c.user_id == User.id)
        .where(User.name.is_not(None))
        .order_by(User.name)
    )
    with store.tx() as s:
        return [
            UserRow(str(u.name), u.id, u.credits_available, u.credits_frozen, int(sp), int(n), u.created_at)
            for u, sp, n in s.execute(q)
        ]
