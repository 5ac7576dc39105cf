"""Draft versions remember the version they were made from (undo after a branch goes to the parent).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("draft_versions") as batch:
        batch.add_column(sa.Column("parent", sa.Integer, nullable=True))
    # Existing histories were linear: each version came from the one before it.
    op.execute("UPDATE draft_versions SET parent = version - 1 WHERE version > 1")


def downgrade() -> None:
    with op.batch_alter_table("draft_versions") as batch:
        batch.drop_column("parent")
