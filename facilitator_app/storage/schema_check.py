"""Is this workspace's schema the one our migrations made? (Received files.)

A workspace is a SQLite file, and SQLite runs what its schema says: a
trigger someone added to a file they send you runs inside the app on every
write (one such trigger rewrote typed ballots 5,5,5,5 as 1,1,1,1). So before
a workspace is opened, every object in its ``sqlite_master`` is compared with
what the migrations create at the file's revision
(:data:`~facilitator_app.storage.schema_manifest.SCHEMA`): a trigger or view
(the app makes none), a table or index of another name, a table whose
columns, foreign keys (``ON DELETE`` ...) or CHECK/COLLATE clauses differ,
an index on other columns: each is named in the refusal.

The comparison is by structure as SQLite reads it (``pragma_table_xinfo``,
``pragma_foreign_key_list``, ``pragma_index_info``), not by the text of the
``CREATE`` statements, which may be spelled differently by another version
of SQLAlchemy. SQLite's own bookkeeping tables (``sqlite_stat1`` from
ANALYZE, ``sqlite_sequence``) are ignored; a table, index, view or trigger
cannot take a ``sqlite_`` name of its own.
"""

from __future__ import annotations

import re
import sqlite3

IGNORED = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3",
                     "sqlite_stat4"})
_CLAUSES = re.compile(r"\b(CHECK|COLLATE\s+\w+|WITHOUT\s+ROWID|STRICT|AUTOINCREMENT)\b",
                      re.IGNORECASE)


def describe(conn: sqlite3.Connection) -> dict[str, str]:
    """Every schema object as ``{"<type> <name>": what it is}``, comparable across files."""
    out: dict[str, str] = {}
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, name, table, sql in rows:
        if kind == "table" and name in IGNORED:
            continue
        key = f"{kind} {name}"
        if kind == "table":
            columns = [
                f"{c[1]} {c[2]}{' not null' if c[3] else ''}"
                f"{f' default {c[4]}' if c[4] is not None else ''}"
                f"{f' pk{c[5]}' if c[5] else ''}{f' hidden{c[6]}' if c[6] else ''}"
                for c in conn.execute("SELECT * FROM pragma_table_xinfo(?)", (name,))
            ]
            keys = sorted(
                f"{k[3]}->{k[2]}.{k[4]} on update {k[5]} on delete {k[6]}"
                for k in conn.execute("SELECT * FROM pragma_foreign_key_list(?)", (name,))
            )
            clauses = sorted({" ".join(m.upper().split()) for m in _CLAUSES.findall(sql or "")})
            out[key] = "; ".join([", ".join(columns), *keys, *clauses])
        elif kind == "index":
            columns = [str(c[2]) for c in conn.execute(
                "SELECT * FROM pragma_index_info(?)", (name,))]
            flags = next((f"unique {i[2]} origin {i[3]} partial {i[4]}" for i in conn.execute(
                "SELECT * FROM pragma_index_list(?)", (table,)) if i[1] == name), "")
            out[key] = f"{table}({', '.join(columns)}) {flags}"
        else:
            out[key] = str(table)
    return out


def unexpected(conn: sqlite3.Connection, revision: str | None) -> list[str]:
    """What in this file the migrations to ``revision`` did not create, in words.

    Empty when all is as made, or when the revision is not in the manifest
    (``tests/storage/test_schema_check.py`` insists that every revision is).
    """
    from facilitator_app.storage.schema_manifest import SCHEMA

    expected = SCHEMA.get(revision or "")
    if expected is None:
        return []
    found = describe(conn)
    problems = []
    for key in sorted(found):
        kind, name = key.split(" ", 1)
        if key not in expected:
            problems.append(f"{kind} {name}")
        elif found[key] != expected[key]:
            problems.append(f"{kind} {name} (changed)")
    problems += [f"{key} (missing)" for key in sorted(set(expected) - set(found))]
    return problems
