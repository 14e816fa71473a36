"""team plans: a row version on every entity, and the log of changes (who, when, what)

- ``row_version`` on each entity table: the ``change_log.id`` of the transaction that last
  wrote the row (0: before this schema). It names who changed a row and when in the message
  that refuses an overwrite, and lets the database refuse an UPDATE of a row changed since it
  was read in the same transaction.
- ``change_log``: one row per committed transaction: when, the manager's name, the app
  version, and how many entities of each kind it added, changed, moved or deleted (JSON).

Tables added by other migrations get the column the same way: list them in VERSIONED_TABLES
while this migration is unreleased (schemas 0004 rosters and 0005 delivery come before it), or
call ``add_row_version`` in the migration that creates a later one; their record classes
inherit ``records.Versioned``.

Revision ID: 0006
Revises: 0003
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0003"
branch_labels = None
depends_on = None

VERSIONED_TABLES = (
    "plan_settings", "markets", "venues", "rooms", "travel_times", "delegations", "delegates", "stays",
    "contacts", "projects", "activities", "availability_windows", "meeting_requests",
)


def add_row_version(table: str) -> None:
    with op.batch_alter_table(table) as batch_op:
        batch_op.add_column(sa.Column("row_version", sa.Integer(), nullable=False, server_default="0"))


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        add_row_version(table)
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("app_version", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )


def downgrade() -> None:
    op.drop_table("change_log")
    for table in reversed(VERSIONED_TABLES):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("row_version")
