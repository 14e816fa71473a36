"""rosters: staff, interpreting needs, booth duty

- ``delegates``: ``kind`` (delegate or staff: interpreters, assistants, drivers) and
  ``languages`` (BCP 47 tags separated by spaces); every existing person is a delegate who
  speaks no language the roster knows of;
- ``activities``: ``interpreting`` (the two languages of a need, or '') and ``duty_id`` (the
  booth duty a ``booth_duty`` shift fills);
- ``activity_attendees``: ``interpreter`` marks the attendee who interprets;
- ``booth_duties`` with who may take them (``booth_duty_delegations``, ``booth_duty_delegates``).

``activities`` is rebuilt by batch mode (a new foreign key); ``storage.migrator`` runs this with
foreign keys off, so the rebuild does not cascade into attendances, contacts or former attendees.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "booth_duties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("venue_id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("opens", sa.Time(), nullable=False),
        sa.Column("closes", sa.Time(), nullable=False),
        sa.Column("shift_minutes", sa.Integer(), nullable=False),
        sa.Column("min_staff", sa.Integer(), nullable=False),
        sa.Column("max_staff", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["venue_id"], ["venues.id"], name=op.f("fk_booth_duties_venue_id_venues"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["room_id"], ["rooms.id"], name=op.f("fk_booth_duties_room_id_rooms"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booth_duties")),
    )
    with op.batch_alter_table("booth_duties") as batch_op:
        batch_op.create_index(batch_op.f("ix_booth_duties_venue_id"), ["venue_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_booth_duties_room_id"), ["room_id"], unique=False)
    op.create_table(
        "booth_duty_delegations",
        sa.Column("duty_id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["duty_id"], ["booth_duties.id"],
                                name=op.f("fk_booth_duty_delegations_duty_id_booth_duties"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["delegation_id"], ["delegations.id"],
                                name=op.f("fk_booth_duty_delegations_delegation_id_delegations"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("duty_id", "delegation_id", name=op.f("pk_booth_duty_delegations")),
    )
    op.create_table(
        "booth_duty_delegates",
        sa.Column("duty_id", sa.Integer(), nullable=False),
        sa.Column("delegate_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["duty_id"], ["booth_duties.id"],
                                name=op.f("fk_booth_duty_delegates_duty_id_booth_duties"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["delegate_id"], ["delegates.id"],
                                name=op.f("fk_booth_duty_delegates_delegate_id_delegates"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("duty_id", "delegate_id", name=op.f("pk_booth_duty_delegates")),
    )

    with op.batch_alter_table("delegates") as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=16), nullable=False, server_default="delegate"))
        batch_op.add_column(sa.Column("languages", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("activities") as batch_op:
        batch_op.add_column(sa.Column("interpreting", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("duty_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_activities_duty_id"), ["duty_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_activities_duty_id_booth_duties"), "booth_duties",
                                    ["duty_id"], ["id"], ondelete="SET NULL")
    with op.batch_alter_table("activity_attendees") as batch_op:
        batch_op.add_column(sa.Column("interpreter", sa.Boolean(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("activity_attendees") as batch_op:
        batch_op.drop_column("interpreter")
    with op.batch_alter_table("activities") as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_activities_duty_id_booth_duties"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_activities_duty_id"))
        batch_op.drop_column("duty_id")
        batch_op.drop_column("interpreting")
    with op.batch_alter_table("delegates") as batch_op:
        batch_op.drop_column("languages")
        batch_op.drop_column("kind")
    op.drop_table("booth_duty_delegates")
    op.drop_table("booth_duty_delegations")
    op.drop_table("booth_duties")
