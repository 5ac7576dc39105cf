"""The parts of an export split across the shared queue's workers (jobs/chunk_job.py): which frames
each renders, whether it is done, its progress, and the render's progress (only ever rising) and its
draft as the parts render it (face crops found once, by the split).

Before this revision the queue code made the two tables itself (CREATE TABLE IF NOT EXISTS, without
the render's progress and draft): such tables are kept, and get the two columns.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    if inspector.has_table("vidai_chunked_renders"):
        have = {c["name"] for c in inspector.get_columns("vidai_chunked_renders")}
        if "progress" not in have:
            progress = sa.Column("progress", sa.Float, nullable=False, server_default="0")
            op.add_column("vidai_chunked_renders", progress)
        if "draft" not in have:
            op.add_column("vidai_chunked_renders", sa.Column("draft", sa.Text, nullable=True))
    else:
        op.create_table(
            "vidai_chunked_renders",
            sa.Column("render_id", sa.String(80), primary_key=True),
            sa.Column("parts", sa.Integer, nullable=False),
            sa.Column("progress", sa.Float, nullable=False, server_default="0"),
            sa.Column("draft", sa.Text, nullable=True),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        )
    if inspector.has_table("vidai_chunk_parts"):
        return
    op.create_table(
        "vidai_chunk_parts",
        sa.Column(
            "render_id",
            sa.String(80),
            sa.ForeignKey("vidai_chunked_renders.render_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("part", sa.Integer, primary_key=True),
        sa.Column("first_frame", sa.Integer, nullable=False),
        sa.Column("end_frame", sa.Integer, nullable=False),
        sa.Column("progress", sa.Float, nullable=False, server_default="0"),
        sa.Column("done", sa.Boolean, nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.drop_table("vidai_chunk_parts")
    op.drop_table("vidai_chunked_renders")
