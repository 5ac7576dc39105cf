"""The store: every read and write the API and the job workers make, one short transaction each."""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, Select, bindparam, case, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import aliased, sessionmaker

from vidai_nb.engine.store.ids import new_id, utcnow
from vidai_nb.engine.store.models import (
    DraftVersion,
    LedgerEntry,
    Media,
    Render,
    Session,
    Token,
    TurnRecord,
    User,
)

TOKEN_PREFIX = "nmv_usr_"
STATIC_USER_ID = "static_shared"


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


class TokenExpired(Exception):
    pass


class TokenInvalid(Exception):
    pass


class DuplicateRender(Exception):
    pass


class TooManyRenders(Exception):
    """The user already has as many renders pending or running as allowed."""


@dataclass(frozen=True)
class VersionInfo:
    version: int
    label: str
    created_at: datetime
    parent: int | None = None


@dataclass(frozen=True)
class StateStamp:
    """What a session's state depends on, read in one query: equal stamps, equal states (but for the
    signed links). Versions and media are only ever added; a render's status only moves forward
    (pending → processing → completed | failed), so a count and a sum of status ranks see every change."""

    task_id: str
    current_version: int
    url_epoch: int
    versions: int
    media: int
    renders: int
    render_ranks: int


@dataclass(frozen=True)
class Balance:
    available: int
    frozen: int

    @property
    def total(self) -> int:
        return self.available + self.frozen


def _stamp_query() -> Select[Any]:
    rank = case((Render.status == "pending", 1), (Render.status == "processing", 2), else_=3)
    sid = Session.id

    def count(col: Any, where: Any) -> Any:
        return select(func.count(col)).where(where).scalar_subquery()

    return (
        select(
            Session.task_id,
            Session.current_version,
            User.url_epoch,
            count(DraftVersion.id, DraftVersion.session_id == sid),
            count(Media.id, Media.session_id == sid),
            count(Render.id, Render.session_id == sid),
            select(func.coalesce(func.sum(rank), 0)).where(Render.session_id == sid).scalar_subquery(),
        )
        .join(User, User.id == Session.user_id)
        .where(Session.id == bindparam("sid"), Session.user_id == bindparam("uid"))
    )


# The statements every request runs, built once (building one costs more than running it on SQLite).
_STAMP = _stamp_query()
_USER_COLUMNS = tuple(c.key for c in User.__table__.columns)
_TOKEN_USER = (
    select(Token.revoked_at, Token.expires_at, *User.__table__.columns)
    .join(User, User.id == Token.user_id)
    .where(Token.token_hash == bindparam("hash"))
)


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def tx(self) -> Iterator[OrmSession]:
        with self._sessions.begin() as s:
            yield s

    # -- users and tokens -------------------------------------------------------------------------
    def user_for_client(self, client_id: str, initial_credits: int) -> User:
        """The one user behind a client id (created with the initial credits on first sight).

        Requests racing on a new client id: one insert wins (the column is unique), the others read it."""
        try:
            return self._user_for_client(client_id, initial_credits)
        except IntegrityError:
            with self.tx() as s:
                user = s.scalar(select(User).where(User.client_id == client_id))
            if user is None:  # pragma: no cover - the unique row cannot vanish
                raise
            return user

    def _user_for_client(self, client_id: str, initial_credits: int) -> User:
        with self.tx() as s:
            user = s.scalar(select(User).where(User.client_id == client_id))
            if user is not None:
                return user
            user = User(
                id=new_id("anon_"),
                client_id=client_id,
                kind="anonymous",
                credits_available=initial_credits,
                credits_frozen=0,
                created_at=utcnow(),
            )
            s.add(user)
            s.flush()  # the user row must exist before its ledger row (foreign key)
            s.add(
                LedgerEntry(
                    user_id=user.id, kind="grant", amount=initial_credits, ref="welcome", created_at=utcnow()
                )
            )
        return user

    def ensure_static_user(self, credits: int) -> User:
        with self.tx() as s:
            user = s.get(User, STATIC_USER_ID)
            if user is None:
                user = User(
                    id=STATIC_USER_ID,
                    client_id=None,
                    kind="static",
                    credits_available=credits,
                    credits_frozen=0,
                    created_at=utcnow(),
                )
                s.add(user)
            return user

    def count_tokens(self, since: datetime, client_id: str | None = None, ip: str | None = None) -> int:
        q = select(func.count(Token.id)).where(Token.created_at >= since)
        if client_id is not None:
            q = q.where(Token.client_id == client_id)
        if ip is not None:
            q = q.where(Token.ip == ip)
        with self.tx() as s:
            return int(s.scalar(q) or 0)

    def issue_token(self, user_id: str, client_id: str, ip: str, ttl_s: int) -> tuple[str, datetime]:
        """A fresh bearer for the user; only its hash is stored. Returns (token, expires_at)."""
        raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
        now = utcnow()
        expires = now + timedelta(seconds=ttl_s)
        with self.tx() as s:
            s.add(
                Token(
                    user_id=user_id,
                    token_hash=hash_token(raw),
                    client_id=client_id,
                    ip=ip,
                    created_at=now,
                    expires_at=expires,
                )
            )
        return raw, expires

    def resolve_token(self, raw: str) -> User:
        # Every authenticated request asks: one Core query, the user built from its row (no ORM load).
        with self.engine.connect() as conn:
            row = conn.execute(_TOKEN_USER, {"hash": hash_token(raw)}).first()
        if row is None or row[0] is not None:
            raise TokenInvalid("token invalid or revoked")
        if row[1] <= utcnow():
            raise TokenExpired("token expired")
        return User(**dict(zip(_USER_COLUMNS, row[2:], strict=True)))

    def revoke_token(self, raw: str) -> bool:
        """Revoke a token; the user's signed links (handed out under any token) stop working too."""
        with self.tx() as s:
            tok = s.scalar(
                select(Token).where(Token.token_hash == hash_token(raw), Token.revoked_at.is_(None))
            )
            if tok is None:
                return False
            tok.revoked_at = utcnow()
            s.execute(update(User).where(User.id == tok.user_id).values(url_epoch=User.url_epoch + 1))
            return True

    def url_epoch(self, user_id: str) -> int:
        with self.tx() as s:
            return int(s.scalar(select(User.url_epoch).where(User.id == user_id)) or 0)

    def expire_tokens_of(self, user_id: str) -> None:
        """Make every token of a user expired now (used by operators and tests of 1001)."""
        with self.tx() as s:
            s.execute(update(Token).where(Token.user_id == user_id).values(expires_at=utcnow()))

    # -- credits ----------------------------------------------------------------------------------
    def balance(self, user_id: str) -> Balance:
        with self.tx() as s:
            user = s.get(User, user_id)
            if user is None:
                return Balance(0, 0)
            return Balance(user.credits_available, user.credits_frozen)

    def freeze(
        self, user_id: str, amount: int, ref: str, turn: tuple[str, str] | None = None
    ) -> bool:
        """Reserve credits for running work; False when the user has too few.

        `turn` = (session id, API instance id) in a shared deployment: the turn is recorded with the
        freeze, in the same transaction, so if this process dies another can refund it."""
        if amount <= 0:
            return True
        with self.tx() as s:
            res = s.execute(
                update(User)
                .where(User.id == user_id, User.credits_available >= amount)
                .values(
                    credits_available=User.credits_available - amount,
                    credits_frozen=User.credits_frozen + amount,
                )
            )
            if not res.rowcount:  # type: ignore[attr-defined]
                return False
            s.add(LedgerEntry(user_id=user_id, kind="freeze", amount=amount, ref=ref, created_at=utcnow()))
            if turn is not None:
                s.add(
                    TurnRecord(
                        id=ref, session_id=turn[0], user_id=user_id, instance=turn[1], cost=amount,
                        status="running", started_at=utcnow(),
                    )
                )
            return True

    def settle(self, user_id: str, amount: int, ref: str, charge: bool) -> None:
        """Release a freeze: spend it (charge) or give it back (refund)."""
        if amount <= 0:
            return
        with self.tx() as s:
            if s.get(TurnRecord, ref) is not None:
                # A recorded turn settles once: if its process was taken for dead and the turn refunded
                # (`interrupted`), the credits have already moved.
                closed = s.execute(
                    update(TurnRecord)
                    .where(TurnRecord.id == ref, TurnRecord.status == "running")
                    .values(status="done", finished_at=utcnow())
                )
                if not closed.rowcount:  # type: ignore[attr-defined]
                    return
            values: dict[str, Any] = {"credits_frozen": User.credits_frozen - amount}
            if not charge:
                values["credits_available"] = User.credits_available + amount
            s.execute(update(User).where(User.id == user_id).values(**values))
            s.add(
                LedgerEntry(
                    user_id=user_id,
                    kind="settle" if charge else "refund",
                    amount=amount,
                    ref=ref,
                    created_at=utcnow(),
                )
            )

    def settle_orphan_freezes(self) -> list[tuple[str, int, str]]:
        """Refund every freeze that was never settled (its turn died with a crashed engine). Only safe
        when no turn is running: called at start-up. Returns (user_id, amount, ref) of each."""
        closing = aliased(LedgerEntry)
        with self.tx() as s:
            rows = s.execute(
                select(LedgerEntry.user_id, LedgerEntry.amount, LedgerEntry.ref).where(
                    LedgerEntry.kind == "freeze",
                    ~select(closing.id)
                    .where(
                        closing.ref == LedgerEntry.ref,
                        closing.user_id == LedgerEntry.user_id,
                        closing.kind.in_(("settle", "refund")),
                    )
                    .exists(),
                )
            ).all()
        orphans = [(str(u), int(a), str(r)) for u, a, r in rows]
        for user_id, amount, ref in orphans:
            self.settle(user_id, amount, ref, charge=False)
        return orphans

    # -- sessions and draft versions --------------------------------------------------------------
    def create_session(self, user_id: str, task_name: str, language: str, draft: dict[str, Any]) -> Session:
        now = utcnow()
        sess = Session(
            id=new_id("sess_"),
            task_id=new_id("task_"),
            user_id=user_id,
            task_name=task_name,
            language=language,
            current_version=1,
            created_at=now,
        )
        with self.tx() as s:
            s.add(sess)
            s.flush()
            s.add(
                DraftVersion(
                    session_id=sess.id,
                    version=1,
                    label="new project",
                    draft_json=json.dumps(draft),
                    created_at=now,
                )
            )
        return sess

    def get_session(self, session_id: str, user_id: str) -> Session | None:
        """The session if it exists AND belongs to the user (others' sessions look like missing ones)."""
        with self.tx() as s:
            sess = s.get(Session, session_id)
            if sess is None or sess.user_id != user_id:
                return None
            return sess

    def state_stamp(self, session_id: str, user_id: str) -> StateStamp | None:
        """The session's StateStamp in one query; None if it is missing or not the user's."""
        with self.engine.connect() as conn:
            row = conn.execute(_STAMP, {"sid": session_id, "uid": user_id}).first()
        return None if row is None else StateStamp(row[0], *(int(v) for v in row[1:]))

    def versions(self, session_id: str) -> list[VersionInfo]:
        with self.tx() as s:
            rows = s.execute(
                select(DraftVersion.version, DraftVersion.label, DraftVersion.created_at, DraftVersion.parent)
                .where(DraftVersion.session_id == session_id)
                .order_by(DraftVersion.version)
            )
            return [VersionInfo(v, label, created, parent) for v, label, created, parent in rows]

    def get_version(self, session_id: str, version: int) -> dict[str, Any]:
        with self.tx() as s:
            raw = s.scalar(
                select(DraftVersion.draft_json).where(
                    DraftVersion.session_id == session_id, DraftVersion.version == version
                )
            )
        if raw is None:
            raise KeyError(f"version {version} does not exist")
        value: dict[str, Any] = json.loads(raw)
        return value

    def current(self, session_id: str) -> tuple[int, dict[str, Any]]:
        with self.tx() as s:
            sess = s.get(Session, session_id)
            if sess is None:
                raise KeyError(session_id)
            version = sess.current_version
        return version, self.get_version(session_id, version)

    def add_version(self, session_id: str, draft: dict[str, Any], label: str) -> int:
        """Append a new version and make it current (versions are never rewritten: undo is a jump)."""
        with self.tx() as s:
            top = s.scalar(
                select(func.max(DraftVersion.version)).where(DraftVersion.session_id == session_id)
            )
            version = int(top or 0) + 1
            current = s.scalar(select(Session.current_version).where(Session.id == session_id))
            s.add(
                DraftVersion(
                    session_id=session_id,
                    version=version,
                    parent=current,
                    label=label[:500],
                    draft_json=json.dumps(draft),
                    created_at=utcnow(),
                )
            )
            s.execute(update(Session).where(Session.id == session_id).values(current_version=version))
        return version

    def undo_target(self, session_id: str, version: int, steps: int = 1) -> int | None:
        """The version `steps` undos back from `version`, following parents (None: nothing to undo)."""
        parents = {v.version: v.parent for v in self.versions(session_id)}
        target: int | None = version
        for _ in range(steps):
            target = parents.get(target) if target is not None else None
        return target

    def redo_target(self, session_id: str, version: int, steps: int = 1) -> int | None:
        """The newest child of `version`, `steps` times (None: nothing to redo)."""
        children: dict[int, int] = {}
        for v in self.versions(session_id):  # ascending, so the newest child wins
            if v.parent is not None:
                children[v.parent] = v.version
        target: int | None = version
        for _ in range(steps):
            target = children.get(target) if target is not None else None
        return target

    def set_current(self, session_id: str, version: int) -> None:
        with self.tx() as s:
            exists = s.scalar(
                select(DraftVersion.id).where(
                    DraftVersion.session_id == session_id, DraftVersion.version == version
                )
            )
            if exists is None:
                raise KeyError(f"version {version} does not exist")
            s.execute(update(Session).where(Session.id == session_id).values(current_version=version))

    # -- media ------------------------------------------------------------------------------------
    def add_media(self, media: Media) -> Media:
        with self.tx() as s:
            s.add(media)
        return media

    def list_media(self, session_id: str) -> list[Media]:
        with self.tx() as s:
            return list(
                s.scalars(select(Media).where(Media.session_id == session_id).order_by(Media.created_at))
            )

    def get_media(self, media_id: str, user_id: str | None) -> Media | None:
        with self.tx() as s:
            m = s.get(Media, media_id)
            if m is None or (user_id is not None and m.user_id != user_id):
                return None
            return m

    def media_of_user(self, user_id: str) -> list[Media]:
        with self.tx() as s:
            return list(s.scalars(select(Media).where(Media.user_id == user_id)))

    # -- renders ----------------------------------------------------------------------------------
    def create_render(self, render: Render, max_active: int | None = None) -> Render:
        """Record a render; with `max_active`, refuse (TooManyRenders) when the user already has that
        many pending or running. Count and insert are one write transaction, so two requests at once
        cannot both slip under the limit."""
        try:
            with self.tx() as s:
                if max_active is not None:
                    # A write first: SQLite takes its write lock here, so the count below is current.
                    s.execute(update(User).where(User.id == render.user_id).values(id=User.id))
                    active = s.scalar(
                        select(func.count(Render.id)).where(
                            Render.user_id == render.user_id, Render.status.in_(("pending", "processing"))
                        )
                    )
                    if int(active or 0) >= max_active:
                        raise TooManyRenders(render.user_id)
                s.add(render)
        except IntegrityError as exc:
            raise DuplicateRender(render.id) from exc
        return render

    def get_render(self, render_id: str, user_id: str | None) -> Render | None:
        with self.tx() as s:
            r = s.get(Render, render_id)
            if r is None or (user_id is not None and r.user_id != user_id):
                return None
            return r

    def update_render(self, render_id: str, **values: Any) -> None:
        with self.tx() as s:
            s.execute(update(Render).where(Render.id == render_id).values(**values))

    def session_renders(self, session_id: str) -> list[Render]:
        with self.tx() as s:
            return list(
                s.scalars(select(Render).where(Render.session_id == session_id).order_by(Render.created_at))
            )

    def fail_interrupted_renders(
        self, reason: str = "the engine restarted before this render finished"
    ) -> int:
        """Renders that cannot finish (the engine stops or stopped): mark them failed with the reason."""
        with self.tx() as s:
            res = s.execute(
                update(Render)
                .where(Render.status.in_(("pending", "processing")))
                .values(status="failed", error=reason, completed_at=utcnow())
            )
            return int(res.rowcount)  # type: ignore[attr-defined]
