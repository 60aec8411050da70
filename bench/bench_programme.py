"""Programme database: consolidating 100 workspaces into PostgreSQL.

The quality bar (issue 20): sending 100 generated workspaces (about 100
members and one workshop each) to a programme database takes at most twice
what PostgreSQL's COPY takes to load the same rows, measured in the same run.

What is timed, so the comparison is honest:

- ours: :func:`send_workspace` of each workspace file, one after the other,
  into an empty programme database (schema at head): reading the workspace,
  looking up what the server already has, the keys written again as the
  server's, the inserts, ``programme_records`` and ``programme_sends``, one
  transaction per workspace;
- the baseline: the same rows, read from the same files with ``sqlite3``,
  loaded with ``COPY ... FROM STDIN`` (psycopg's ``cursor.copy``) into the
  same tables of a second database with the same schema, one transaction per
  workspace; keys are shifted by a per-workspace offset instead of being
  looked up (the cheapest way to keep them apart). No bookkeeping.

The two alternate workspace by workspace (a busy machine slows both alike).
For information, the time the programme report of the 100 clusters takes
(``programme report``: reading the database, counting each cluster with the
app's services, writing the workbook) is printed too.
The workspaces are generated (seeded): one with the export benchmark's
generator, copied with fresh global ids and another cluster name for each.
The server is one the run starts and removes (``tests/pg.py``'s PgCluster:
its own data folder and port on 127.0.0.1, fsync off).

Run: ``python -m bench bench_programme``. Needs the PostgreSQL server
binaries (Debian's ``postgresql``) and psycopg.
"""

from __future__ import annotations

import os
import pwd
import shutil
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

WORKSPACES = 100
MEMBERS = 100
TARGET = 2.0

#: Tables the sync leaves in the workspace (the baseline copies the same rows).
_NOT_SENT = {"settings", "swot_templates", "voter_codes"}


def _start_server(folder: Path) -> Any:
    from tests.pg import PgCluster, _free_port, _system_user, find_bindir

    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError("no PostgreSQL server binaries (initdb, pg_ctl, postgres) found")
    run_as = _system_user()
    if run_as is not None:
        entry = pwd.getpwnam(run_as)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    cluster = PgCluster(bindir=bindir, folder=folder, port=_free_port(), run_as=run_as)
    cluster.start()
    return cluster


def generate(folder: Path, count: int = WORKSPACES) -> list[Path]:
    """``count`` workspace files: one generated, the others copies with fresh uids."""
    from bench.bench_exports import build_workspace

    first = folder / "ws000.cluster"
    ws = build_workspace(first, members=MEMBERS, attendees=60, voters=45, priorities=8,
                         options=8, ballots=40, swot_per_quadrant=4)
    ws.close()
    conn = sqlite3.connect(first)
    conn.execute("PRAGMA journal_mode=DELETE")
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'alembic_version'")]
    conn.close()
    paths = [first]
    for n in range(1, count):
        path = folder / f"ws{n:03d}.cluster"
        shutil.copyfile(first, path)
        conn = sqlite3.connect(path)
        conn.create_function("new_uid", 0, lambda: str(uuid.uuid4()))
        with conn:
            for table in tables:
                conn.execute(f'UPDATE "{table}" SET uid = new_uid()')
            conn.execute("UPDATE cluster_profile SET name = ?", (f"Cluster {n:03d}",))
        conn.close()
        paths.append(path)
    return paths


def _create_database(cluster: Any, name: str) -> str:
    from facilitator_app.services.programme.database import connect, init_schema

    cluster.admin(f'CREATE DATABASE "{name}"')
    url = cluster.url(name).replace("postgresql+psycopg://", "postgresql://")
    db = connect(url)
    try:
        init_schema(db.engine)
    finally:
        db.engine.dispose()
    return url


def _copy_rows(conn: Any, path: Path, offset: int, order: list[str],
               keys: dict[str, list[str]]) -> int:
    """COPY every sent table's rows of one workspace file; returns the row count."""
    source = sqlite3.connect(path)
    rows_copied = 0
    try:
        with conn.transaction(), conn.cursor() as cur:
            for table in order:
                read = source.execute(f'SELECT * FROM "{table}"')
                columns = [d[0] for d in read.description]
                shifted = [i for i, c in enumerate(columns) if c in keys[table]]
                names = ", ".join(f'"{c}"' for c in columns)
                with cur.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                    for row in read:
                        values = list(row)
                        for i in shifted:
                            if values[i] is not None:
                                values[i] += offset
                        copy.write_row(values)
                        rows_copied += 1
    finally:
        source.close()
    return rows_copied


def measure(paths: list[Path], cluster: Any) -> dict[str, float]:
    import psycopg
    from sqlalchemy import create_engine

    from facilitator_app.services.programme.sync import send_workspace
    from facilitator_app.storage.models import Base

    ours_url = _create_database(cluster, "bench_sync")
    _create_database(cluster, "bench_copy")
    order = [t.name for t in Base.metadata.sorted_tables if t.name not in _NOT_SENT]
    keys = {t.name: ["id", *(c.name for c in t.c if c.foreign_keys)]
            for t in Base.metadata.sorted_tables}
    ours = theirs = 0.0
    rows = 0
    with psycopg.connect(host="127.0.0.1", port=cluster.port, user="postgres",
                         dbname="bench_copy") as conn:
        for n, path in enumerate(paths):
            engine = create_engine(f"sqlite:///{path}")
            started = time.perf_counter()
            send_workspace(engine, ours_url, sent_by="bench")
            ours += time.perf_counter() - started
            engine.dispose()
            started = time.perf_counter()
            rows += _copy_rows(conn, path, (n + 1) * 10_000_000, order, keys)
            theirs += time.perf_counter() - started
    return {"ours": ours, "copy": theirs, "rows": rows,
            "report": _time_report(ours_url, paths[0].parent)}


def _time_report(url: str, folder: Path) -> float:
    """The programme report of everything sent (information: no baseline)."""
    from facilitator_app.services.programme.database import connect
    from facilitator_app.services.programme.report import export_programme

    db = connect(url)
    try:
        started = time.perf_counter()
        export_programme(db.engine, folder / "programme.xlsx")
        return time.perf_counter() - started
    finally:
        db.engine.dispose()


def run() -> list[dict[str, Any]]:
    folder = Path(tempfile.mkdtemp(prefix="bench-programme-"))
    # the server's own folder: reachable by the user it runs as (see tests/pg.py)
    server = Path(tempfile.mkdtemp(prefix="bench-programme-pg-",
                                   dir="/tmp" if os.geteuid() == 0 else None))
    cluster = None
    try:
        paths = generate(folder)
        cluster = _start_server(server)
        result = measure(paths, cluster)
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(server, ignore_errors=True)
    rows = int(result["rows"])
    return [{
        "figure": (f"sending {WORKSPACES} workspaces ({MEMBERS} members, 1 workshop each; "
                   f"{rows:,} rows) to PostgreSQL"),
        "value": result["ours"],
        "baseline": result["copy"],
        "baseline_name": "COPY of the same rows",
        "ratio_max": TARGET,
    }, {
        "figure": f"programme report of the {WORKSPACES} clusters (read + write)",
        "value": result["report"],
        "ratio_max": None,
    }]


def main() -> None:
    from bench.__main__ import print_table

    print_table(run())


if __name__ == "__main__":
    main()
