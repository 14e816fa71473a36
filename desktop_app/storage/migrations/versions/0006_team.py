"""team plans: a row version on every entity, and the log of changes (who, when, what)

- ``row_version`` on each entity table: the ``change_log.id`` of the transaction that last
  wrote the row (0: before this schema). It names who changed a row and when in the message
  that refuses an overwrite, and lets the database refuse an UPDATE of a row changed since it
  was read in the same transaction.
- ``change_log``: one row per committed transaction: when, the manager's name, the app
  version, and how many entities of each kind it added, changed, moved or deleted (JSON).

Every entity table of 0001-0005 gets the column, rosters' ``booth_duties`` and delivery's
``delivery_settings``, ``delivery_targets`` and ``delivered_events`` included. Link tables
(attendances, project members, a duty's delegations and delegates) are rewritten whole with
their owner, whose row version covers them. A table added by a later migration gets the column
there (``add_row_version``), and its record class inherits ``records.Versioned``.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

VERSIONED_TABLES = (
    "plan_settings", "markets", "venues", "rooms", "travel_times", "delegations", "delegates", "stays",
    "contacts", "projects", "activities", "availability_windows", "meeting_requests",
    "booth_duties", "delivery_settings", "delivery_targets", "delivered_events",
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
