"""A received workspace whose schema holds what the app did not create is refused.

The manifest (``storage/schema_manifest.py``) must be what the migrations
really make at every revision; after adding a migration, write it again
with ``python -m tests.storage.test_schema_check`` and review the diff.
"""

from __future__ import annotations

import functools
import pprint
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest

from facilitator_app.storage import migrate, schema_check
from facilitator_app.storage.schema_manifest import SCHEMA
from facilitator_app.storage.workspace import WorkspaceError, open_workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schemas"
MANIFEST = Path(schema_check.__file__).with_name("schema_manifest.py")


def _build(revision: str, target: Path) -> None:
    """An empty workspace made by the real migrations, up to ``revision``."""
    from alembic import command

    from facilitator_app.storage.workspace import _private_engine

    engine = _private_engine(target)
    try:
        with engine.begin() as conn:
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    finally:
        engine.dispose()


@functools.cache
def built(revision: str) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"rev{revision}.cluster"
        _build(revision, path)
        conn = sqlite3.connect(path)
        try:
            return schema_check.describe(conn)
        finally:
            conn.close()


def manifest_source() -> str:
    schema = {revision: built(revision) for revision in sorted(migrate.known_revisions())}
    return (
        '"""What the migrations create at each revision, as ``schema_check.describe`` tells it.\n'
        "\n"
        "Generated: ``python -m tests.storage.test_schema_check`` writes it again from\n"
        "the real migrations (after adding one); ``tests/storage/test_schema_check.py``\n"
        'fails while it is out of date.\n"""\n\n'
        "from __future__ import annotations\n\n"
        f"SCHEMA: dict[str, dict[str, str]] = {pprint.pformat(schema, width=99)}\n"
    )


@pytest.mark.real_schema_build
@pytest.mark.slow
def test_the_manifest_is_what_the_migrations_make_at_every_revision():
    assert set(SCHEMA) == migrate.known_revisions()
    for revision in sorted(migrate.known_revisions()):
        assert SCHEMA[revision] == built(revision), (
            f"storage/schema_manifest.py is out of date at revision {revision}: "
            "run python -m tests.storage.test_schema_check and review the diff")


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.cluster")), ids=lambda p: p.name)
def test_every_shipped_schema_fixture_matches_the_manifest(fixture):
    conn = sqlite3.connect(f"{fixture.as_uri()}?mode=ro", uri=True)
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert schema_check.unexpected(conn, revision) == []
    finally:
        conn.close()


def _received(tmp_path: Path, *statements: str) -> Path:
    """A workspace someone altered before sending it: the rev0002 fixture plus SQL."""
    path = tmp_path / "received.cluster"
    shutil.copyfile(FIXTURES / "workspace_rev0002.cluster", path)
    conn = sqlite3.connect(path)
    with conn:
        for sql in statements:
            conn.execute(sql)
    conn.close()
    return path


TRIGGER = ("CREATE TRIGGER fix_votes AFTER INSERT ON ballot_entries BEGIN "
           "UPDATE ballot_entries SET value = 1 WHERE id = NEW.id; END")

ALTERED = {
    "trigger": ([TRIGGER], "trigger fix_votes"),
    "view": (["CREATE VIEW v AS SELECT * FROM members"], "view v"),
    "extra table": (["CREATE TABLE notes_to_self (x)"], "table notes_to_self"),
    "extra index": (["CREATE INDEX one_vote ON ballot_entries (value)"],
                    "index one_vote"),
    "extra column": (["ALTER TABLE members ADD COLUMN secret TEXT DEFAULT 'x'"],
                     "table members (changed)"),
    "dropped index": (["DROP INDEX ix_members_name"], "index ix_members_name (missing)"),
}


@pytest.mark.parametrize("kind", list(ALTERED))
def test_an_altered_workspace_is_refused_and_left_untouched(tmp_path, kind):
    statements, named = ALTERED[kind]
    path = _received(tmp_path, *statements)
    before = path.read_bytes()
    with pytest.raises(WorkspaceError) as caught:
        open_workspace(path)
    message = caught.value.message
    assert "the app did not create" in message and named in message, message
    assert "received.cluster" in message
    assert path.read_bytes() == before
    assert not path.with_name(path.name + ".lock").exists()


def test_a_changed_foreign_key_is_seen(tmp_path):
    """ON DELETE CASCADE where the app has SET NULL: deleting a member would delete
    their ballots. The same columns, another table definition."""
    conn = sqlite3.connect(":memory:")
    with conn:
        conn.execute("CREATE TABLE m (id INTEGER PRIMARY KEY)")
        conn.execute("CREATE TABLE b (id INTEGER PRIMARY KEY, m_id INTEGER "
                     "REFERENCES m(id) ON DELETE SET NULL)")
    first = schema_check.describe(conn)["table b"]
    with conn:
        conn.execute("DROP TABLE b")
        conn.execute("CREATE TABLE b (id INTEGER PRIMARY KEY, m_id INTEGER "
                     "REFERENCES m(id) ON DELETE CASCADE)")
    assert schema_check.describe(conn)["table b"] != first
    with conn:
        conn.execute("DROP TABLE b")
        conn.execute("CREATE TABLE b (id INTEGER PRIMARY KEY, m_id INTEGER "
                     "REFERENCES m(id) ON DELETE SET NULL CHECK (m_id > 0))")
    assert "CHECK" in schema_check.describe(conn)["table b"]


def test_an_unaltered_received_workspace_opens(tmp_path):
    path = _received(tmp_path, "ANALYZE")  # sqlite_stat1 is SQLite's own
    open_workspace(path).close()


if __name__ == "__main__":
    MANIFEST.write_text(manifest_source(), encoding="utf-8")
    print(f"wrote {MANIFEST}")
