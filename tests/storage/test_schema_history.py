"""Every released schema revision opens and migrates with its data intact.

Add a fixture with each new migration: before writing the new revision, run
``facilitator-app demo /tmp/x.cluster``, switch it out of WAL
(``PRAGMA journal_mode=DELETE``) and copy it to
``tests/fixtures/schemas/workspace_rev<REVISION>.cluster``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from facilitator_app.services.profile import get_profile
from facilitator_app.storage import migrate
from facilitator_app.storage.models import Ballot, Member, Priority
from facilitator_app.storage.workspace import open_workspace

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures" / "schemas").glob("*.cluster"))


def test_there_is_a_fixture_for_the_head_revision():
    names = {p.stem.removeprefix("workspace_rev") for p in FIXTURES}
    assert migrate.head_revision() in names, "add a fixture for the newest schema revision"


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_old_workspace_opens_migrates_and_keeps_its_data(tmp_path, fixture):
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    ws = open_workspace(path)
    try:
        with ws.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        with ws.session() as s:
            assert get_profile(s).name == "Grenada Cocoa & Spice Cluster"
            assert s.scalar(select(func.count()).select_from(Member)) == 30
            assert s.scalar(select(func.count()).select_from(Priority)) == 8
            assert s.scalar(select(func.count()).select_from(Ballot)) == 38
            names = set(s.scalars(select(Member.name)))
        assert "Coopérative des Planteurs de Cacao de Grand'Anse" in names
    finally:
        ws.close()


def _raw(path: Path):
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        ballots: dict[int, list[tuple]] = {}
        named: dict[int, dict[int, tuple]] = {}
        for round_id, ballot_id, voter_id in conn.execute(
                "SELECT round_id, id, voter_id FROM ballots"):
            content = tuple(sorted(conn.execute(
                "SELECT option_id, value, value2 FROM ballot_entries WHERE ballot_id = ?",
                (ballot_id,))))
            ballots.setdefault(round_id, []).append(content)
            if voter_id is not None:
                named.setdefault(round_id, {})[voter_id] = content
        receipts = {r: sorted(m for (m,) in conn.execute(
            "SELECT member_id FROM voter_receipts WHERE round_id = ?", (r,)))
            for r in ballots}
        return counts, {r: sorted(v) for r, v in ballots.items()}, named, receipts
    finally:
        conn.close()


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_migration_keeps_every_row_and_every_ballot_of_every_mode(tmp_path, fixture):
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    counts, ballots, named, receipts = _raw(path)
    open_workspace(path).close()
    after_counts, after_ballots, after_named, after_receipts = _raw(path)
    # every table keeps its number of rows; tables a later revision adds start empty
    assert {t: after_counts[t] for t in counts} == counts
    assert all(after_counts[t] == 0 for t in set(after_counts) - set(counts))
    assert after_ballots == ballots  # the same ballots in every round, secret ones included
    assert after_named == named  # named and anonymous ballots keep their voter
    assert after_receipts == receipts


def test_secret_ballots_of_an_old_workspace_lose_what_described_them(tmp_path):
    import sqlite3

    fixture = next(p for p in FIXTURES if p.stem == "workspace_rev0001")
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    open_workspace(path).close()
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT b.source, b.entered_by, b.entered_at, b.weight, b.voter_id, b.voter_type, "
            "b.created_at = b.updated_at, b.created_at = COALESCE(r.locked_at, r.created_at) "
            "FROM ballots b JOIN vote_rounds r ON r.id = b.round_id "
            "WHERE r.anonymity = 'secret'").fetchall()
        assert len(rows) == 19
        assert set(rows) == {("urn", "", None, 1.0, None, None, 1, 1)}
        audit = conn.execute(
            "SELECT DISTINCT a.action, a.details FROM audit_log a JOIN vote_rounds r "
            "ON r.id = a.round_id WHERE r.anonymity = 'secret' AND a.action LIKE 'ballot.%'"
        ).fetchall()
        assert audit == [("ballot.received", "{}")]
        named_types = conn.execute(
            "SELECT count(*) FROM ballots b JOIN members m ON m.id = b.voter_id "
            "WHERE b.voter_type IS m.member_type").fetchone()[0]
        assert named_types == 19  # the anonymous round's ballots keep their voter's type
    finally:
        conn.close()
