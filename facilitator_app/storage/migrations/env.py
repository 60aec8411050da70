"""Alembic environment: runs on the connection the workspace opener passes in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from facilitator_app.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if url is None:  # the app always passes a connection; the alembic CLI needs a url
        raise RuntimeError("no connection passed and no sqlalchemy.url in alembic.ini")
    engine = create_engine(url)
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


def _run(connection: Connection) -> None:
    # SQLite cannot ALTER most things, so batch mode rebuilds a table: new
    # table, copy the rows, drop the old one, rename. SQLite's documentation
    # ("Making Other Kinds Of Table Schema Changes") prescribes foreign keys
    # off for that: with them on, dropping the old table deletes or empties
    # every row pointing at it (a rebuilt `workshops` would take attendance,
    # SWOT, priorities, rounds and ballots with it). The pragma cannot change
    # inside a transaction, so the connection must come with them off
    # (storage.workspace._private_engine); the opener runs foreign_key_check
    # on the result before it replaces the workspace.
    # Other databases (PostgreSQL, the programme database) ALTER in place.
    if (connection.dialect.name == "sqlite"
            and connection.exec_driver_sql("PRAGMA foreign_keys").scalar()):
        raise RuntimeError("migrations must run on a connection with foreign keys off")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
