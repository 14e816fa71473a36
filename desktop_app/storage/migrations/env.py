"""Alembic environment: always runs on a connection handed in by storage.migrator."""

from __future__ import annotations

from alembic import context

from desktop_app.storage.records import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
