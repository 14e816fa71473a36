"""real trips: several stays per delegate, seats and tables, nothing vanishes from a calendar

- ``stays``: a delegate's arrival, departure and hotel move from ``delegates`` into one stay
  each (in the zone their times were read in: the first market's, else the plan's);
- rooms: ``capacity`` counted activities at once; it now counts people, and ``tables`` counts
  meetings at once, so old plans get tables = their capacity and no seat limit;
- removed people and deleted activities are kept (``removed_at``, ``deleted_at``) and a
  delegate taken off an activity is remembered (``activity_former_attendees``) so their
  calendars receive the cancellation instead of losing the event silently;
- projects: the free-text ``team`` is ``credits``, and projects get an ``external_id``.

Tables that others reference are rebuilt by batch mode; ``storage.migrator`` runs migrations
with foreign keys off (SQLite's documented procedure), so rebuilding ``delegates`` or ``rooms``
does not cascade into their attendances and requests.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_STAY_ZONE = (
    "COALESCE((SELECT timezone FROM markets ORDER BY first_day, name LIMIT 1), "
    "(SELECT timezone FROM plan_settings WHERE id = 1), 'Asia/Hong_Kong')"
)


def upgrade() -> None:
    op.create_table(
        "stays",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delegate_id", sa.Integer(), nullable=False),
        sa.Column("arrival", sa.DateTime(), nullable=True),
        sa.Column("departure", sa.DateTime(), nullable=True),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("hotel", sa.Text(), nullable=False),
        sa.Column("market_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["delegate_id"], ["delegates.id"], name=op.f("fk_stays_delegate_id_delegates"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["market_id"], ["markets.id"], name=op.f("fk_stays_market_id_markets"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stays")),
    )
    with op.batch_alter_table("stays") as batch_op:
        batch_op.create_index(batch_op.f("ix_stays_delegate_id"), ["delegate_id"], unique=False)
    op.execute(
        "INSERT INTO stays (delegate_id, arrival, departure, timezone, hotel, notes) "
        f"SELECT id, arrival, departure, {_STAY_ZONE}, hotel, '' FROM delegates "
        "WHERE arrival IS NOT NULL OR departure IS NOT NULL OR hotel != ''"
    )
    with op.batch_alter_table("delegates") as batch_op:
        batch_op.drop_column("arrival")
        batch_op.drop_column("departure")
        batch_op.drop_column("hotel")
        batch_op.add_column(sa.Column("removed_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.add_column(sa.Column("removed_at", sa.DateTime(), nullable=True))

    with op.batch_alter_table("rooms") as batch_op:
        batch_op.add_column(sa.Column("tables", sa.Integer(), nullable=True))
        batch_op.alter_column("capacity", existing_type=sa.Integer(), nullable=True)
    op.execute("UPDATE rooms SET tables = capacity, capacity = NULL")

    with op.batch_alter_table("projects") as batch_op:
        batch_op.alter_column("team", new_column_name="credits", existing_type=sa.Text(), existing_nullable=False)
        batch_op.add_column(sa.Column("external_id", sa.Text(), nullable=False, server_default=""))
        batch_op.create_index(batch_op.f("ix_projects_external_id"), ["external_id"], unique=False)
    with op.batch_alter_table("projects") as batch_op:  # the default only filled existing rows
        batch_op.alter_column("external_id", existing_type=sa.Text(), server_default=None)

    with op.batch_alter_table("activities") as batch_op:
        batch_op.add_column(sa.Column("deleted_at", sa.DateTime(), nullable=True))
    op.create_table(
        "activity_former_attendees",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("delegate_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["activity_id"], ["activities.id"],
                                name=op.f("fk_activity_former_attendees_activity_id_activities"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["delegate_id"], ["delegates.id"],
                                name=op.f("fk_activity_former_attendees_delegate_id_delegates"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("activity_id", "delegate_id", name=op.f("pk_activity_former_attendees")),
    )
    with op.batch_alter_table("activity_former_attendees") as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_former_attendees_delegate_id"), ["delegate_id"], unique=False)


def downgrade() -> None:
    op.drop_table("activity_former_attendees")
    with op.batch_alter_table("activities") as batch_op:
        batch_op.drop_column("deleted_at")
    with op.batch_alter_table("projects") as batch_op:
        batch_op.drop_index(batch_op.f("ix_projects_external_id"))
        batch_op.drop_column("external_id")
        batch_op.alter_column("credits", new_column_name="team", existing_type=sa.Text(), existing_nullable=False)
    op.execute("UPDATE rooms SET capacity = COALESCE(tables, 1)")
    with op.batch_alter_table("rooms") as batch_op:
        batch_op.alter_column("capacity", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column("tables")
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.drop_column("removed_at")
    with op.batch_alter_table("delegates") as batch_op:
        batch_op.drop_column("removed_at")
        batch_op.add_column(sa.Column("arrival", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("departure", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("hotel", sa.Text(), nullable=False, server_default=""))
    op.execute(
        "UPDATE delegates SET arrival = (SELECT MIN(arrival) FROM stays WHERE stays.delegate_id = delegates.id), "
        "departure = (SELECT MAX(departure) FROM stays WHERE stays.delegate_id = delegates.id), "
        "hotel = COALESCE((SELECT hotel FROM stays WHERE stays.delegate_id = delegates.id LIMIT 1), '')"
    )
    op.drop_table("stays")
