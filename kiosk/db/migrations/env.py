"""Alembic environment: always runs on a connection handed over by kiosk.db.migrate."""

from alembic import context

from kiosk.db.migrate import include_object
from kiosk.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through kiosk.db.migrate, which supplies the encrypted connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
