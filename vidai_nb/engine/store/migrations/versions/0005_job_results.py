"""The results and progress of the shared queue's `call` jobs (probing an upload, transcribing…):
a worker writes them, the API process waiting for the job reads and then deletes its row.

Created here, like every table of ours, so the schema comes from the migrations alone. A deployment
that ran before this revision had the table made by the queue code itself: it is kept as it is.
(procrastinate's own tables are its schema, versioned by procrastinate; jobs/pg.py applies it.)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if sa.inspect(op.get_bind()).has_table("vidai_job_results"):
        return
    op.create_table(
        "vidai_job_results",
        sa.Column("job_id", sa.String(80), primary_key=True),
        sa.Column("progress", sa.Float, nullable=False, server_default="0"),
        sa.Column("done", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("result", sa.JSON().with_variant(JSONB(), "postgresql"), nullable=True),
        sa.Column("error", sa.Text, nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )


def downgrade() -> None:
    op.drop_table("vidai_job_results")
