"""engine/store: SQLite (SQLAlchemy 2) with alembic migrations run at start-up."""

from vidai_nb.engine.store.db import migrate, open_engine
from vidai_nb.engine.store.repo import (
    Balance,
    DuplicateRender,
    Store,
    TokenExpired,
    TokenInvalid,
    TooManyRenders,
    VersionInfo,
)

__all__ = [
    "Balance",
    "DuplicateRender",
    "Store",
    "TokenExpired",
    "TokenInvalid",
    "TooManyRenders",
    "VersionInfo",
    "migrate",
    "open_engine",
]
