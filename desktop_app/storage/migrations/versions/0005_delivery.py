"""delivery: what was sent to whom (calendar subscriptions, invitation e-mails, packs)

- ``delivery_settings``: the CalDAV and SMTP servers' settings (never a password), one row;
- ``delivery_targets``: one per recipient (a delegate, or a delegation's shared calendar) and
  channel (caldav, email, pack): the collection URL or address, and when it was last delivered;
- ``delivered_events``: per target and activity UID, the SEQUENCE sent, the hash and ETag of the
  bytes, when, and what the event said then (time, place, status).

Nothing existing changes; old plans start with an empty record.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "delivery_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("caldav_url", sa.Text(), nullable=False),
        sa.Column("caldav_user", sa.Text(), nullable=False),
        sa.Column("smtp_host", sa.Text(), nullable=False),
        sa.Column("smtp_port", sa.Integer(), nullable=True),
        sa.Column("smtp_security", sa.String(length=16), nullable=False),
        sa.Column("smtp_user", sa.Text(), nullable=False),
        sa.Column("smtp_from", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery_settings")),
    )
    op.create_table(
        "delivery_targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recipient_kind", sa.String(length=16), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("context_hash", sa.Text(), nullable=False),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery_targets")),
        sa.UniqueConstraint("recipient_kind", "recipient_id", "channel",
                            name=op.f("uq_delivery_targets_recipient_kind")),
    )
    op.create_table(
        "delivered_events",
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Text(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("delivered_at", sa.DateTime(), nullable=False),
        sa.Column("content_hash", sa.Text(), nullable=False),
        sa.Column("etag", sa.Text(), nullable=False),
        sa.Column("modified", sa.DateTime(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("start", sa.DateTime(), nullable=True),
        sa.Column("end", sa.DateTime(), nullable=True),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("venue_id", sa.Integer(), nullable=True),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["target_id"], ["delivery_targets.id"],
                                name=op.f("fk_delivered_events_target_id_delivery_targets"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("target_id", "uid", name=op.f("pk_delivered_events")),
    )


def downgrade() -> None:
    op.drop_table("delivered_events")
    op.drop_table("delivery_targets")
    op.drop_table("delivery_settings")
