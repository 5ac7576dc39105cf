"""What a shared deployment keeps in the database instead of in a process: named users (a class's
students), the turns in flight (so another API process can refund a crashed one's credits), request
counters for the rate limits, and the URL-signing secret every API process must agree on.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("name", sa.String(100), nullable=True))
    # A unique index, not a constraint: SQLite adds it without rebuilding the table (which the ledger's
    # and tokens' foreign keys to users would forbid).
    op.create_index("ix_users_name", "users", ["name"], unique=True)
    op.create_table(
        "turns",
        sa.Column("id", sa.String(64), primary_key=True),  # the invocation id (the ledger's ref)
        sa.Column("session_id", sa.String(64), nullable=False, index=True),
        sa.Column("user_id", sa.String(64), sa.ForeignKey("users.id"), nullable=False, index=True),
        sa.Column("instance", sa.String(64), nullable=False),
        sa.Column("cost", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False, index=True),  # running | done | interrupted
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("finished_at", sa.DateTime, nullable=True),
    )
    op.create_table(
        "rate_counters",
        sa.Column("key", sa.String(240), primary_key=True),
        sa.Column("window", sa.BigInteger, primary_key=True),  # start of the window, epoch seconds
        sa.Column("count", sa.Integer, nullable=False),
    )
    op.create_table(
        "engine_secrets",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for name in ("engine_secrets", "rate_counters", "turns"):
        op.drop_table(name)
    op.drop_index("ix_users_name", "users")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("name")
