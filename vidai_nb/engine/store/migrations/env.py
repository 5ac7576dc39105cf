"""Alembic environment: the engine passes its own connection in `config.attributes["connection"]`."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from vidai_nb.engine.store.models import Base

target_metadata = Base.metadata


def run_migrations(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


_conn = context.config.attributes.get("connection")
if _conn is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    from sqlalchemy import create_engine

    _engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "sqlite://")
    with _engine.connect() as c:
        run_migrations(c)
else:
    run_migrations(_conn)
