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
    """Every schema object as ``{"<type> <name>": what it is}``, comparable across files.

    Five statements whatever the size of the schema: each pragma is read for
    every table or index at once (a table-valued pragma joined with
    ``sqlite_master``), not once per object.
    """
    out: dict[str, str] = {}
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    columns: dict[str, list[str]] = {}
    for name, *c in conn.execute(
            "SELECT m.name, p.cid, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden "
            "FROM sqlite_master AS m, pragma_table_xinfo(m.name) AS p "
            "WHERE m.type = 'table' ORDER BY m.name, p.cid"):
        columns.setdefault(name, []).append(
            f"{c[1]} {c[2]}{' not null' if c[3] else ''}"
            f"{f' default {c[4]}' if c[4] is not None else ''}"
            f"{f' pk{c[5]}' if c[5] else ''}{f' hidden{c[6]}' if c[6] else ''}")
    keys: dict[str, list[str]] = {}
    for name, *k in conn.execute(
            "SELECT m.name, p.id, p.seq, p.\"table\", p.\"from\", p.\"to\", p.on_update, "
            "p.on_delete FROM sqlite_master AS m, pragma_foreign_key_list(m.name) AS p "
            "WHERE m.type = 'table'"):
        keys.setdefault(name, []).append(f"{k[3]}->{k[2]}.{k[4]} on update {k[5]} on delete {k[6]}")
    indexed: dict[str, list[str]] = {}
    for name, _seqno, column in conn.execute(
            "SELECT m.name, p.seqno, p.name FROM sqlite_master AS m, pragma_index_info(m.name) AS p "
            "WHERE m.type = 'index' ORDER BY m.name, p.seqno"):
        indexed.setdefault(name, []).append(str(column))
    flags: dict[tuple[str, str], str] = {}
    for table, index, unique, origin, partial in conn.execute(
            "SELECT m.name, p.name, p.\"unique\", p.origin, p.partial "
            "FROM sqlite_master AS m, pragma_index_list(m.name) AS p WHERE m.type = 'table'"):
        flags.setdefault((table, index), f"unique {unique} origin {origin} partial {partial}")
    for kind, name, table, sql in rows:
        if kind == "table" and name in IGNORED:
            continue
        key = f"{kind} {name}"
        if kind == "table":
            clauses = sorted({" ".join(m.upper().split()) for m in _CLAUSES.findall(sql or "")})
            out[key] = "; ".join([", ".join(columns.get(name, [])), *sorted(keys.get(name, [])),
                                  *clauses])
        elif kind == "index":
            out[key] = f"{table}({', '.join(indexed.get(name, []))}) {flags.get((table, name), '')}"
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
