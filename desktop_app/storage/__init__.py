"""Plan files on disk: the only home of SQLAlchemy and Alembic."""
