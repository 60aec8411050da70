"""Known errors vs bugs at the storage boundary, told by SQLite's result code.

The user's situation (busy, locked, read-only, disk full, I/O error, damaged,
cannot open, not a database) becomes a WorkspaceError with a sentence to act
on; anything else (a constraint, a missing column, a syntax error) is a bug
and leaves ``ws.session()`` as it came, with its traceback, for the log and
the crash report.
"""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from facilitator_app.core.errors import UserError
from facilitator_app.services import roster
from facilitator_app.storage.models import Member
from facilitator_app.storage.workspace import WorkspaceError, explain_db_error, open_workspace


@pytest.fixture
def ws(tmp_path):
    workspace = open_workspace(tmp_path / "errors.cluster", create=True)
    yield workspace
    workspace.close()


def _members(ws) -> int:
    with ws.session() as s:
        return int(s.scalar(select(func.count()).select_from(Member)))


def _sqlite_error(kind: type[sqlite3.Error], message: str, code: int, name: str):
    exc = kind(message)
    exc.sqlite_errorcode = code
    exc.sqlite_errorname = name
    return exc


@pytest.mark.parametrize(("code", "name", "said"), [
    (5, "SQLITE_BUSY", "busy"),
    (6, "SQLITE_LOCKED", "busy"),
    (517, "SQLITE_BUSY_SNAPSHOT", "busy"),
    (8, "SQLITE_READONLY", "read-only"),
    (10, "SQLITE_IOERR", "disk error"),
    (266, "SQLITE_IOERR_READ", "disk error"),
    (778, "SQLITE_IOERR_WRITE", "disk error"),
    (11, "SQLITE_CORRUPT", "damaged"),
    (13, "SQLITE_FULL", "disk is full"),
    (14, "SQLITE_CANTOPEN", "cannot be opened"),
    (26, "SQLITE_NOTADB", "not a cluster workspace"),
])
def test_the_users_situations_get_a_sentence(tmp_path, code, name, said):
    exc = _sqlite_error(sqlite3.OperationalError, "whatever SQLite said", code, name)
    message = explain_db_error(exc, tmp_path / "Mine.cluster")
    assert message is not None
    assert said in message
    assert "Mine.cluster" in message


@pytest.mark.parametrize(("kind", "code", "name"), [
    (sqlite3.OperationalError, 1, "SQLITE_ERROR"),  # no such column, syntax error
    (sqlite3.IntegrityError, 2067, "SQLITE_CONSTRAINT_UNIQUE"),
    (sqlite3.IntegrityError, 787, "SQLITE_CONSTRAINT_FOREIGNKEY"),
    (sqlite3.InterfaceError, 25, "SQLITE_RANGE"),
    (sqlite3.DatabaseError, 20, "SQLITE_MISMATCH"),
])
def test_everything_else_is_a_bug(kind, code, name):
    assert explain_db_error(_sqlite_error(kind, "no", code, name)) is None


def test_an_error_without_an_sqlite_code_is_a_bug():
    # raised by Python's sqlite3 module itself (e.g. a closed connection), or
    # by the app: nothing says it is the user's situation
    assert explain_db_error(sqlite3.ProgrammingError("Cannot operate on a closed database")) is None
    assert explain_db_error(sqlite3.OperationalError("disk I/O error")) is None


def test_a_unique_violation_is_a_bug_not_a_message(ws):
    with ws.session() as s:
        roster.add_member(s, {"name": "First"})
    with pytest.raises(IntegrityError) as info, ws.session() as s:
        s.execute(text("INSERT INTO members (id, uid, name) SELECT id, uid, name FROM members"))
    assert not isinstance(info.value, UserError)
    assert info.value.orig.sqlite_errorname.startswith("SQLITE_CONSTRAINT")
    assert _members(ws) == 1  # rolled back, and the workspace still works


def test_a_missing_column_is_a_bug_not_a_message(ws):
    with pytest.raises(OperationalError) as info, ws.session() as s:
        s.execute(text("SELECT no_such_column FROM members"))
    assert not isinstance(info.value, UserError)
    assert "no_such_column" in str(info.value)


def test_a_read_only_database_is_the_users_situation(ws):
    # query_only makes SQLite answer every write the way a read-only file or
    # medium does (SQLITE_READONLY), even for root, who may write any file
    with pytest.raises(WorkspaceError, match="read-only"), ws.session() as s:
        s.connection().exec_driver_sql("PRAGMA query_only=ON")
        roster.add_member(s, {"name": "Refused"})
        s.flush()
    ws.engine.dispose()  # the pooled connection keeps query_only
    assert _members(ws) == 0


def test_a_full_disk_is_the_users_situation(ws):
    # the database may not grow by one more page: SQLite says SQLITE_FULL,
    # as it does when the disk itself is full
    with ws.session() as s:
        pages = s.connection().exec_driver_sql("PRAGMA page_count").scalar()
    with pytest.raises(WorkspaceError, match="disk is full") as info, ws.session() as s:
        s.connection().exec_driver_sql(f"PRAGMA max_page_count={pages}")
        for i in range(200):
            roster.add_member(s, {"name": f"Member {i}", "notes": "x" * 2000})
        s.flush()
    assert info.value.__cause__ is not None  # the SQLite error is kept for the log
    ws.engine.dispose()  # the pooled connection keeps its max_page_count
    assert _members(ws) == 0


def test_a_damaged_file_under_an_open_workspace_is_the_users_situation(tmp_path):
    path = tmp_path / "damaged.cluster"
    open_workspace(path, create=True).close()
    ws = open_workspace(path, backups_kept=0)
    try:
        raw = bytearray(path.read_bytes())
        raw[:16] = b"not sqlite at al"  # someone overwrote the start of the file
        path.write_bytes(raw)
        with pytest.raises(WorkspaceError, match="damaged"), ws.session() as s:
            s.execute(select(func.count()).select_from(Member)).scalar()
    finally:
        ws.close()
