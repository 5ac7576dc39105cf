"""Tables (SQLAlchemy 2 typed declarative). The schema itself is created by the alembic migrations."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy import false as sql_false
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    client_id: Mapped[str | None] = mapped_column(String(200), unique=True, nullable=True)
    kind: Mapped[str] = mapped_column(String(16), default="anonymous")
    credits_available: Mapped[int] = mapped_column(Integer, default=0)
    credits_frozen: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime())
    # In the signature of every signed link of this user; revoking a token increments it (links die).
    url_epoch: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # A named user (a student, `vidai-engine users add NAME`); anonymous users have none.
    name: Mapped[str | None] = mapped_column(String(100), unique=True, index=True, nullable=True)


class Token(Base):
    __tablename__ = "tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    # Only the SHA-256 of the bearer is kept: a copied database does not leak usable tokens.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    client_id: Mapped[str] = mapped_column(String(200), index=True)
    ip: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime())
    expires_at: Mapped[datetime] = mapped_column(DateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(), nullable=True)


class Session(Base):
    __tablename__ = "sessions"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    task_id: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    task_name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(32))
    current_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime())


class DraftVersion(Base):
    __tablename__ = "draft_versions"
    __table_args__ = (UniqueConstraint("session_id", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(500))
    # The version that was current when this one was made (None for the first): after an undo and a new
    # edit, the numbers no longer say the history; the parents do.
    parent: Mapped[int | None] = mapped_column(Integer, nullable=True)
    draft_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime())


class Media(Base):
    __tablename__ = "media"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"), index=True)
    filename: Mapped[str] = mapped_column(String(300))  # sanitised display name, never a path
    file_type: Mapped[str] = mapped_column(String(16))
    rel_path: Mapped[str] = mapped_column(String(300))  # generated, relative to the data dir
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    duration_ms: Mapped[int] = mapped_column(Integer)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    fps: Mapped[float] = mapped_column(Float, default=0.0)
    has_audio: Mapped[bool] = mapped_column(Boolean, default=False)
    has_video: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime())


class Render(Base):
    __tablename__ = "renders"
    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))  # pending | processing | completed | failed
    progress: Mapped[int] = mapped_column(Integer, default=0)
    output_json: Mapped[str] = mapped_column(Text)
    draft_json: Mapped[str] = mapped_column(Text)
    rel_path: Mapped[str | None] = mapped_column(String(300), nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime())
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(), nullable=True)


class LedgerEntry(Base):
    """Every credit movement (freeze, settle, refund), so a balance can be explained."""

    __tablename__ = "ledger"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # grant | freeze | settle | refund
    amount: Mapped[int] = mapped_column(Integer)
    ref: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime())


class TurnRecord(Base):
    """An agent turn in flight in a shared deployment: which API process runs it and what it froze, so
    when that process dies another one refunds the credits (the `instance` advisory lock is free)."""

    __tablename__ = "turns"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[str] = mapped_column(String(64), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    instance: Mapped[str] = mapped_column(String(64))
    cost: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), index=True)  # running | done | interrupted
    started_at: Mapped[datetime] = mapped_column(DateTime())
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(), nullable=True)


class RateCounter(Base):
    """Requests of one key (an IP, a user) in one fixed window: the rate limits of a shared deployment."""

    __tablename__ = "rate_counters"
    key: Mapped[str] = mapped_column(String(240), primary_key=True)
    window: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    count: Mapped[int] = mapped_column(Integer)


class EngineSecret(Base):
    """Secrets every API process of a shared deployment must share (the URL-signing key)."""

    __tablename__ = "engine_secrets"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class JobResult(Base):
    """A shared queue's `call` job (jobs/pg.py): its progress and result, written by the worker that
    runs it, read and then deleted by the API process waiting for it."""

    __tablename__ = "vidai_job_results"
    job_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    progress: Mapped[float] = mapped_column(Float, server_default="0")
    done: Mapped[bool] = mapped_column(Boolean, server_default=sql_false())
    result: Mapped[object | None] = mapped_column(JSON().with_variant(JSONB(), "postgresql"), nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


Index("ix_tokens_client_created", Token.client_id, Token.created_at)


class ChunkedRender(Base):
    """An export split into parts across the shared queue's workers (jobs/chunk_job.py)."""

    __tablename__ = "vidai_chunked_renders"
    render_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    parts: Mapped[int] = mapped_column(Integer)  # video parts + the sound
    progress: Mapped[float] = mapped_column(Float, server_default="0")  # only ever rises
    # The draft as the parts render it (face crops already turned into points, once, by the split).
    draft: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ChunkPart(Base):
    """One part of a chunked export: output frames [first_frame, end_frame), or the sound (0, 0)."""

    __tablename__ = "vidai_chunk_parts"
    render_id: Mapped[str] = mapped_column(
        String(80), ForeignKey("vidai_chunked_renders.render_id", ondelete="CASCADE"), primary_key=True
    )
    part: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_frame: Mapped[int] = mapped_column(Integer)
    end_frame: Mapped[int] = mapped_column(Integer)
    progress: Mapped[float] = mapped_column(Float, server_default="0")
    done: Mapped[bool] = mapped_column(Boolean, server_default=sql_false())
