"""One workspace's rows out of the programme database, as a workspace again.

The programme database holds the rows of every workspace sent to it in the
same tables; which workspace a row came from is kept in
``programme_records``. The figures of the programme report are the ones the
app shows for each workspace (consensus, health checks, overdue actions),
so they are computed by the same services, on a private in-memory SQLite
copy of one workspace's live rows at a time: nothing is counted a second,
different way for the programme.

The copy's schema comes from the same Alembic revisions (migrated once per
report into an in-memory database, emptied and filled again for each
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
    """A private in-memory workspace, migrated once, refilled for each workspace.

    One engine for every copy, so each statement the services run is
    compiled once for the whole report (an engine's compiled cache is its own).
    """

    def __init__(self) -> None:
        from facilitator_app.storage.migrate import upgrade_engine

        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        # the engine owns the connection (disposing it closes the database)
        self.engine = create_engine("sqlite://", creator=lambda: self._db,
                                    poolclass=StaticPool)
        upgrade_engine(self.engine)  # foreign keys are off on a new sqlite3 connection

    def close(self) -> None:
        self.engine.dispose()
        self._db.close()


def data_tables(conn: Connection) -> list[Table]:
    """The workspace tables the programme database has, parents first."""
    present = set(inspect(conn).get_table_names())
    return [t for t in Base.metadata.sorted_tables if t.name in present]


LiveRows = dict[str, dict[str, list[dict[str, Any]]]]
"""Table name -> workspace uid -> that workspace's live rows of the table."""


def live_rows(conn: Connection, tables: list[Table]) -> LiveRows:
    """Every live row of ``tables``, by the workspace it came from (one query a table)."""
    rec = programme_records
    found: LiveRows = {}
    for table in tables:
        by_workspace: dict[str, list[dict[str, Any]]] = {}
        query = (
            select(rec.c.workspace_uid, *table.c)
            .join(rec, and_(rec.c.table_name == table.name, rec.c.record_uid == table.c.uid))
            .where(rec.c.deleted_at.is_(None))
            .order_by(table.c.id)
        )
        for row in conn.execute(query).mappings():
            values = dict(row)
            by_workspace.setdefault(values.pop("workspace_uid"), []).append(values)
        found[table.name] = by_workspace
    return found


@contextmanager
def workspace_copy(template: WorkspaceTemplate, rows: LiveRows,
                   workspace_uid: str) -> Iterator[Session]:
    """A session on an in-memory copy of one workspace's live rows (read them only)."""
    with template.engine.begin() as target:
        for table in reversed(Base.metadata.sorted_tables):  # the previous workspace's go
            target.execute(table.delete())
        for table in Base.metadata.sorted_tables:
            mine = rows.get(table.name, {}).get(workspace_uid, [])
            for start in range(0, len(mine), BATCH):
                target.execute(table.insert(), mine[start:start + BATCH])
    session = sessionmaker(bind=template.engine, expire_on_commit=False)()
    try:
        yield session
    finally:
        session.rollback()
        session.close()
