"""activities remember where they came from

Re-importing one programme file must only touch (and report as removed) the activities that
came from that file, not those of another organiser's programme or ones made by hand.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("activities") as batch_op:
        batch_op.add_column(sa.Column("source", sa.Text(), nullable=False, server_default=""))
    # Plans of schema 0001 only got activities with an external id from programme imports.
    op.execute("UPDATE activities SET source = 'programme' WHERE external_id != ''")


def downgrade() -> None:
    with op.batch_alter_table("activities") as batch_op:
        batch_op.drop_column("source")
