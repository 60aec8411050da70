"""One workspace's rows out of the programme database, as a workspace again.

The programme database holds the rows of every workspace sent to it in the
same tables; which workspace a row came from is kept in
``programme_records``. The figures of the programme report are the ones the
app shows for each workspace (consensus, health checks, overdue actions),
so they are computed by the same services, on a private in-memory SQLite
copy of one workspace's live rows at a time: nothing is counted a second,
different way for the programme.

The copy's schema comes from the same Alembic revisions (migrated once per
report into a template, then cloned with SQLite's backup for each
workspace). Rows marked deleted in ``programme_records`` are left out, and
so is any row that no live record claims.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Table, and_, create_engine, inspect, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from facilitator_app.storage.models import Base
from facilitator_app.storage.programme_models import programme_records

#: Rows inserted into the copy per statement.
BATCH = 2_000


class WorkspaceTemplate:
    """An empty workspace schema in memory, migrated once, cloned per workspace."""

    def __init__(self) -> None:
        from facilitator_app.storage.migrate import upgrade_engine

        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        # the engine owns the connection (disposing it closes the database)
        self._engine = create_engine("sqlite://", creator=lambda: self._db,
                                     poolclass=StaticPool)
        upgrade_engine(self._engine)  # foreign keys are off on a new sqlite3 connection

    def clone(self) -> sqlite3.Connection:
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.backup(copy)
        return copy

    def close(self) -> None:
        self._engine.dispose()
        self._db.close()


def data_tables(conn: Connection) -> list[Table]:
    """The workspace tables the programme database has, parents first."""
    present = set(inspect(conn).get_table_names())
    return [t for t in Base.metadata.sorted_tables if t.name in present]


def live_rows(conn: Connection, table: Table, workspace_uid: str) -> list[dict[str, Any]]:
    """``table``'s rows that came from the workspace and are not deleted."""
    rec = programme_records
    query = (
        select(*table.c)
        .join(rec, and_(rec.c.table_name == table.name, rec.c.record_uid == table.c.uid))
        .where(rec.c.workspace_uid == workspace_uid, rec.c.deleted_at.is_(None))
        .order_by(table.c.id)
    )
    return [dict(row) for row in conn.execute(query).mappings()]


@contextmanager
def workspace_copy(conn: Connection, workspace_uid: str, template: WorkspaceTemplate,
                   tables: list[Table] | None = None) -> Iterator[Session]:
    """A session on an in-memory copy of one workspace's live rows (read them only)."""
    db = template.clone()
    engine = create_engine("sqlite://", creator=lambda: db, poolclass=StaticPool)
    try:
        with engine.begin() as target:
            for table in tables if tables is not None else data_tables(conn):
                rows = live_rows(conn, table, workspace_uid)
                for start in range(0, len(rows), BATCH):
                    target.execute(table.insert(), rows[start:start + BATCH])
        session = sessionmaker(bind=engine, expire_on_commit=False)()
        try:
            yield session
        finally:
            session.rollback()
            session.close()
    finally:
        engine.dispose()
        db.close()
