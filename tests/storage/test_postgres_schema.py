"""The workspace's Alembic revisions and services on a real PostgreSQL server.

The programme database (a PostgreSQL server many workspaces are sent to) is
built by the same revisions as a workspace file. These tests run them on an
empty database of a cluster the test run starts (tests/pg.py), check that
the result is exactly what the models describe, walk the revisions down and
up again, and run the services that fill the demo on it.
"""

from __future__ import annotations

import contextlib
import re
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import (
    INTEGER,
    BigInteger,
    Connection,
    Engine,
    MetaData,
    Table,
    inspect,
    select,
    text,
)
from sqlalchemy.orm import Session

from facilitator_app.storage import migrate, programme_models
from facilitator_app.storage.models import Base

pytestmark = pytest.mark.pg


def _differences(engine: Engine) -> list[object]:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True,
                                                         "compare_server_default": True})
        return list(compare_metadata(context, [Base.metadata, programme_models.metadata]))


def _tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def _model_tables() -> set[str]:
    return set(Base.metadata.tables)


PROGRAMME_TABLES = {"programme_workspaces", "programme_records", "programme_sends",
                    "programme_conflicts"}


def test_empty_database_upgrades_to_head_as_the_models_describe(pg_engine):
    assert _tables(pg_engine) == set()

    migrate.upgrade_engine(pg_engine)

    with pg_engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
        assert conn.dialect.name == "postgresql"
    assert _tables(pg_engine) == _model_tables() | PROGRAMME_TABLES | {"alembic_version"}
    assert set(programme_models.metadata.tables) == PROGRAMME_TABLES
    assert _differences(pg_engine) == []
    # every key is filled by the server (a sequence), as SQLite's rowid does
    inspector = inspect(pg_engine)
    for table in _model_tables():
        (id_column,) = [c for c in inspector.get_columns(table) if c["name"] == "id"]
        assert "nextval(" in str(id_column["default"]), table
        assert isinstance(id_column["type"], BigInteger), table  # random keys up to 2**62
    # the foreign keys are as wide as the keys they point to; other numbers stay INTEGER
    ballot_columns = {c["name"]: c["type"] for c in inspector.get_columns("ballot_entries")}
    assert isinstance(ballot_columns["ballot_id"], BigInteger)
    assert isinstance(ballot_columns["option_id"], BigInteger)
    employees = next(c for c in inspector.get_columns("members") if c["name"] == "employees")
    assert type(employees["type"]) is INTEGER
    # the named constraints arrive under the names the naming convention gives
    fks = {fk["name"] for fk in inspector.get_foreign_keys("ballots")}
    assert fks == {"fk_ballots_round_id_vote_rounds", "fk_ballots_voter_id_members"}
    uniques = {uq["name"] for uq in inspector.get_unique_constraints("attendance")}
    assert uniques == {"uq_attendance_uid", "uq_attendance_workshop_id"}
    assert inspector.get_pk_constraint("members")["name"] == "pk_members"
    budget = next(c for c in inspector.get_columns("actions") if c["name"] == "budget")
    assert (budget["type"].precision, budget["type"].scale) == (14, 2)


def test_upgrading_again_changes_nothing(pg_engine):
    migrate.upgrade_engine(pg_engine)
    migrate.upgrade_engine(pg_engine)
    with pg_engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
    assert _differences(pg_engine) == []


def test_revisions_go_down_to_nothing_and_up_again(pg_engine, pg_url):
    cfg = migrate.alembic_config(pg_url)
    revisions = list(reversed(list(migrate.script_directory().walk_revisions())))
    seen: list[set[str]] = []
    for revision in revisions:  # 0001, 0002 ... one step at a time
        command.upgrade(cfg, revision.revision)
        seen.append(_tables(pg_engine))
    assert _differences(pg_engine) == []
    for step in range(len(revisions) - 1, 0, -1):  # and back, checking each step
        command.downgrade(cfg, revisions[step - 1].revision)
        assert _tables(pg_engine) == seen[step - 1]
    command.downgrade(cfg, "base")
    assert _tables(pg_engine) == {"alembic_version"}
    command.upgrade(cfg, "head")
    assert _differences(pg_engine) == []


class _PgWorkspace:
    """What ``fill_demo`` needs of a workspace: a unit-of-work session."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            yield session
            session.commit()


def _closed_rounds(session: Session) -> dict[str, object]:
    from facilitator_app.services import voting
    from facilitator_app.storage.models import VoteRound

    out: dict[str, object] = {}
    for rnd in session.scalars(select(VoteRound).order_by(VoteRound.number)):
        if rnd.status == "closed":
            tally = voting.tally_round(session, rnd.id).result
            out[f"round {rnd.number} ({rnd.anonymity})"] = (
                tally.options, tally.ranking, tally.winners, tally.consensus)
    return out


def _hold_a_workshop(session: Session) -> None:
    """Profile, members, a workshop, voters, priorities, a named and an
    anonymous round with ballots, both closed: the services as the app calls them."""
    from facilitator_app.services import attendance, priorities, roster, swot, voting
    from facilitator_app.services.decisions.actions import add_action
    from facilitator_app.services.decisions.adopting import adopt_top, list_decisions
    from facilitator_app.services.profile import update_profile
    from facilitator_app.services.workshops import create_workshop

    update_profile(session, name="Clúster Agroalimentario", country="España",
                   facilitator="Zoë Ñúñez")
    firms = [roster.add_member(session, {"name": name, "member_type": "firm",
                                         "women_led": index % 2 == 0})
             for index, name in enumerate(["Bodegas Añón", "Çelik Gıda", "Ørsted Mejeri"])]
    university = roster.add_member(session, {"name": "Universidad de León",
                                             "member_type": "research"})
    voters = [*firms, university]
    workshop = create_workshop(session, "Taller de estrategia")
    attendance.add_attendees(session, workshop.id, voters)
    options = [priorities.add_priority(session, workshop.id, title).id
               for title in ("Export desk", "Shared laboratory", "Skills academy")]
    for anonymity in ("named", "anonymous"):
        info = voting.create_round(session, workshop.id, options, "borda",
                                   anonymity=anonymity, title=f"A {anonymity} round")
        option_ids = [o.id for o in info.options]
        for turn, voter in enumerate(voters):
            ranking = option_ids[turn % 3:] + option_ids[:turn % 3]
            voting.record_ballot(session, info.id, {o: ranking.index(o) + 1 for o in option_ids},
                                 voter_id=voter)
        voting.close_round(session, info.id)
    swot.add_item(session, workshop.id, "S", "Vinos con denominación de origen",
                  member_ids=firms[:2], dots=3)
    (first_round, *_rest) = voting.list_rounds(session, workshop.id)
    adoption = adopt_top(session, first_round.id, 2, "Adoptamos las dos primeras.")
    decision = list_decisions(session, workshop.id)[0]
    add_action(session, decision.id, "Open the export desk", lead_id=firms[0],
               partner_ids=[university], due_date=date(2027, 3, 31),
               budget=Decimal("12500.50"), currency="EUR")
    assert adoption is not None
    session.commit()


def _what_the_app_shows(session: Session) -> dict[str, object]:
    """Closed rounds' tallies, the health checks and the workshop report's
    content, as the services read them (times aside)."""
    from facilitator_app.services import health, reports

    data = reports.gather(session, reports.resolve_workshop(session, None))
    return {
        **_closed_rounds(session),
        "health": health.health_checks(session),
        "report": (data.profile, data.attendees, data.by_type, data.swot, data.tows,
                   data.priorities, [(d.priority_title, d.statement) for d in data.decisions],
                   [(a.title, a.budget, a.currency, a.due_date) for a in data.actions],
                   [(row.action, row.details) for row in data.audit]),
    }


def test_a_workshop_is_held_through_the_services(pg_engine, tmp_path):
    from facilitator_app.services.workspaces import create_workspace

    migrate.upgrade_engine(pg_engine)
    with Session(pg_engine) as session:
        _hold_a_workshop(session)
    with Session(pg_engine) as session:
        on_postgres = _what_the_app_shows(session)
    with create_workspace(tmp_path / "same.cluster") as ws, ws.session() as session:
        _hold_a_workshop(session)
        on_sqlite = _what_the_app_shows(session)
    assert list(on_postgres) == ["round 1 (named)", "round 2 (anonymous)", "health", "report"]
    assert on_postgres["report"][7] == [  # type: ignore[index]
        ("Open the export desk", Decimal("12500.50"), "EUR", date(2027, 3, 31))]
    for key in on_postgres:  # the global ids are random on each side
        assert _without_uids(on_postgres[key]) == _without_uids(on_sqlite[key]), key


def _without_uids(value: object) -> str:
    return re.sub(r"uid='[0-9a-f-]{36}'", "uid=...", repr(value))


def test_the_demo_with_its_secret_round_is_written_through_the_services(pg_engine, tmp_path):
    from facilitator_app.services.demo import create_demo, fill_demo

    migrate.upgrade_engine(pg_engine)
    fill_demo(_PgWorkspace(pg_engine))  # type: ignore[arg-type]

    with Session(pg_engine) as session:
        on_postgres = _closed_rounds(session)
    with create_demo(tmp_path / "demo.cluster") as ws, ws.session() as session:
        on_sqlite = _closed_rounds(session)
    assert on_postgres == on_sqlite
    assert any("secret" in key for key in on_postgres)


def _insert(conn: Connection, table: str, **values: object) -> int:
    """One row of a table as the database has it at this revision (reflected)."""
    now = datetime.now(UTC)
    reflected = Table(table, MetaData(), autoload_with=conn)
    row = {"uid": str(uuid.uuid4()), "created_at": now, "updated_at": now, **values}
    return int(conn.execute(reflected.insert().values(row).returning(reflected.c.id)).scalar_one())


def _round_at_0001(conn: Connection, anonymity: str) -> dict[str, int]:
    firm = _insert(conn, "members", name="Bodegas Añón", member_type="firm", status="active",
                   vote_weight=1.0)
    workshop = _insert(conn, "workshops", title="Taller", venue="", facilitator="", notes="",
                       status="held")
    rnd = _insert(conn, "vote_rounds", workshop_id=workshop, number=1, title="Round 1",
                  method="approval", params="{}", anonymity=anonymity, status="closed",
                  view_filter="all", use_weights=True)
    priority = _insert(conn, "priorities", workshop_id=workshop, title="Export desk",
                       description="", category="", position=0, source_kind="typed")
    option = _insert(conn, "round_options", round_id=rnd, priority_id=priority, position=0)
    ballot = _insert(conn, "ballots", round_id=rnd, voter_id=firm, source="grid",
                     entered_by="kiosk", weight=1.0)
    _insert(conn, "ballot_entries", ballot_id=ballot, option_id=option, value=1.0)
    _insert(conn, "voter_receipts", round_id=rnd, member_id=firm)
    return {"round": rnd, "firm": firm}


def test_a_named_round_is_carried_through_the_revisions(pg_engine, pg_url):
    cfg = migrate.alembic_config(pg_url)
    command.upgrade(cfg, "0001")
    with pg_engine.begin() as conn:
        ids = _round_at_0001(conn, "named")
    command.upgrade(cfg, "head")

    with pg_engine.connect() as conn:
        ballots = conn.execute(text("SELECT voter_id, voter_type, source FROM ballots")).all()
        weights = conn.execute(text("SELECT use_weights FROM vote_rounds")).scalars().all()
    assert ballots == [(ids["firm"], "firm", "grid")]  # 0002 froze the voter's type
    assert weights == [True]  # a named round keeps its weights


def test_a_secret_round_is_scrubbed_by_revision_0002(pg_engine, pg_url):
    cfg = migrate.alembic_config(pg_url)
    command.upgrade(cfg, "0001")
    with pg_engine.begin() as conn:
        _round_at_0001(conn, "secret")
    command.upgrade(cfg, "head")

    with pg_engine.connect() as conn:
        ballots = conn.execute(text("SELECT voter_id, voter_type, source FROM ballots")).all()
        weights = conn.execute(text("SELECT use_weights FROM vote_rounds")).scalars().all()
    assert ballots == [(None, None, "urn")]
    assert weights == [False]  # the bound boolean of 0002 on PostgreSQL


def test_a_change_made_in_the_programme_database_is_dated_but_not_a_send(pg_engine):
    """Revision 0006's trigger: an UPDATE by anyone but a send sets updated_at
    to the time of its transaction; a send (facilitator.sending on) keeps the
    workspace's own time."""
    migrate.upgrade_engine(pg_engine)
    long_ago = datetime(2020, 1, 1, tzinfo=UTC)
    with pg_engine.begin() as conn:
        member = _insert(conn, "members", name="Bodegas Añón", status="active", vote_weight=1.0,
                         created_at=long_ago, updated_at=long_ago)
    with pg_engine.begin() as conn:
        conn.execute(text("UPDATE members SET name = 'Bodegas Añón S.L.' WHERE id = :m"),
                     {"m": member})
        edited = conn.execute(text("SELECT updated_at FROM members")).scalar_one()
        now = conn.execute(text("SELECT now()")).scalar_one()
    assert edited == now  # the programme-side edit is dated by its transaction
    with pg_engine.begin() as conn:
        conn.execute(text("SET LOCAL facilitator.sending = 'on'"))
        conn.execute(text("UPDATE members SET name = 'Bodegas', updated_at = :t WHERE id = :m"),
                     {"m": member, "t": long_ago})
    with pg_engine.connect() as conn:
        assert conn.execute(text("SELECT updated_at FROM members")).scalar_one() == long_ago
        triggers = conn.execute(text(
            "SELECT count(DISTINCT event_object_table) FROM information_schema.triggers "
            "WHERE trigger_name LIKE '%_touch'")).scalar_one()
    assert triggers == len(_model_tables())  # every data table has one
