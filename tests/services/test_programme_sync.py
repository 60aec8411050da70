"""Sending workspaces to a programme database on a real PostgreSQL server.

Each test gets an empty database of the test run's own cluster (tests/pg.py)
with the schema made by the app's revisions, sends real workspaces to it
with ``services.programme.sync`` and reads the server's rows back.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, MetaData, select, text

from facilitator_app.services import roster, voting
from facilitator_app.services.attendance import add_attendees
from facilitator_app.services.demo import create_demo
from facilitator_app.services.priorities import add_priority
from facilitator_app.services.profile import update_profile
from facilitator_app.services.programme import sync
from facilitator_app.services.swot import add_item
from facilitator_app.services.workshops import create_workshop, delete_workshop
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.storage import migrate
from facilitator_app.storage.models import Base, Member, Workshop
from facilitator_app.storage.workspace import Workspace
from tests.pg import programme_database  # noqa: F401 - the 'programme' fixture

pytestmark = pytest.mark.pg

SENT = [t for t in Base.metadata.sorted_tables if t.name not in sync.NOT_SENT]
PROGRAMME = ("programme_workspaces", "programme_records", "programme_sends",
             "programme_conflicts")


@pytest.fixture
def demo(tmp_path: Path):
    ws = create_demo(tmp_path / "Grenada démo.cluster")
    yield ws
    ws.close()


def _normal(value: Any) -> Any:
    if isinstance(value, datetime):
        return (value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC))
    if isinstance(value, Decimal):
        return value.normalize()
    return value


def _contents(engine: Engine, where_uids: set[str] | None = None
              ) -> dict[str, dict[str, dict[str, Any]]]:
    """Every sent table's rows by uid, foreign keys as the uid they point to
    (the keys differ between a workspace and the server), keys left out."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with engine.connect() as conn:
        uid_of: dict[str, dict[int, str]] = {}
        for table in SENT:
            rows = [dict(r) for r in conn.execute(select(table)).mappings()]
            uid_of[table.name] = {r["id"]: r["uid"] for r in rows}
            out[table.name] = {}
            for row in rows:
                if where_uids is not None and row["uid"] not in where_uids:
                    continue
                content = {k: _normal(v) for k, v in row.items() if k != "id"}
                for column in table.columns:
                    if column.foreign_keys and content[column.name] is not None:
                        target = next(iter(column.foreign_keys)).column.table.name
                        content[column.name] = uid_of[target][content[column.name]]
                out[table.name][row["uid"]] = content
    return out


def _travels(engine: Engine) -> dict[str, dict[str, dict[str, Any]]]:
    """A workspace's rows as ``_contents`` gives them, less those that stay
    home: the audit entries of anonymous rounds' ballots."""
    rows = _contents(engine)
    anonymous = {uid for uid, r in rows["vote_rounds"].items() if r["anonymity"] == "anonymous"}
    rows["audit_log"] = {uid: r for uid, r in rows["audit_log"].items()
                         if not (r["round_id"] in anonymous and r["action"].startswith("ballot."))}
    return rows


def _snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every table of the server as it is, rows in key order (keys included)."""
    meta = MetaData()
    with engine.connect() as conn:
        meta.reflect(conn)
        return {name: [tuple(r) for r in conn.execute(
            select(meta.tables[name]).order_by(*meta.tables[name].primary_key.columns))]
            for name in sorted(meta.tables)}


def _workspace_uid(ws: Workspace) -> str:
    with ws.engine.connect() as conn:
        return str(conn.execute(text("SELECT uid FROM cluster_profile")).scalar_one())


def _records(engine: Engine) -> dict[tuple[str, str], dict[str, Any]]:
    with engine.connect() as conn:
        return {(r["table_name"], r["record_uid"]): dict(r) for r in conn.execute(
            text("SELECT * FROM programme_records")).mappings()}


def _send(ws: Workspace, url: str, **kwargs: Any) -> sync.SendReport:
    return sync.send_workspace(ws.engine, url, sent_by="Marie-Hélène", **kwargs)


# ----- the demo, twice -------------------------------------------------------------------
def test_the_demo_arrives_row_by_row_and_sending_again_changes_nothing(programme, pg_url,
                                                                       demo):
    consenting, _uid = _a_member(demo)
    with demo.session() as s:  # one member said yes to sharing their data
        roster.update_member(s, consenting, {"consent_to_share": True})
    before = _contents(demo.engine)
    report = _send(demo, pg_url)
    rounds = before["vote_rounds"]
    anonymous = {uid: r["locked_at"] for uid, r in rounds.items()
                 if r["anonymity"] == "anonymous"}
    # the demo's rounds are closed: all travels but the anonymous ballots' audit entries
    home = {uid for uid, r in before["audit_log"].items()
            if r["round_id"] in anonymous and r["action"].startswith("ballot.")}
    assert home
    before["audit_log"] = {u: r for u, r in before["audit_log"].items() if u not in home}
    total = sum(len(rows) for rows in before.values())
    assert (report.inserted, report.updated, report.unchanged, report.deleted) == (
        total, 0, 0, 0)
    assert report.conflicts == [] and report.lines()[0] == f"{total} new, 0 updated, " \
        "0 unchanged, 0 deleted."

    after = _contents(programme)
    assert {t: set(rows) for t, rows in after.items()} == {
        t: set(rows) for t, rows in before.items()}
    secret = {uid: r["locked_at"] for uid, r in rounds.items() if r["anonymity"] == "secret"}
    assert anonymous and secret
    seen = {"anonymous ballots": 0, "secret audit": 0, "private": 0, "shared": 0}
    for table, rows in before.items():
        for uid, mine in rows.items():
            theirs = after[table][uid]
            if table == "members":
                # contact person, e-mail, phone and notes only with the member's consent
                assert mine["email"] and mine["phone"] and mine["contact_person"]
                private = dict.fromkeys(sync.PRIVATE_MEMBER_FIELDS)
                if mine["consent_to_share"] is True:
                    assert theirs["email"] == mine["email"]
                    seen["shared"] += 1
                else:
                    assert {k: theirs[k] for k in private} == private
                    mine = {**mine, **private}
                    seen["private"] += 1
            round_uid = (before["ballots"][mine["ballot_id"]]["round_id"]
                         if table == "ballot_entries" else mine.get("round_id"))
            if table in ("ballots", "ballot_entries", "voter_receipts") \
                    and round_uid in anonymous:
                # an anonymous round's urn: without who cast or typed a ballot, or
                # when, the round's lock time as the only time
                stamp = anonymous[round_uid]
                assert theirs["created_at"] == theirs["updated_at"] == stamp
                mine = {**mine, "created_at": stamp, "updated_at": stamp}
                if table == "ballots":
                    assert mine["voter_id"] is not None and mine["entered_at"] is not None
                    assert (theirs["voter_id"], theirs["entered_by"], theirs["entered_at"]) \
                        == (None, "", None)
                    mine = {**mine, "voter_id": None, "entered_by": "", "entered_at": None}
                    seen["anonymous ballots"] += 1
            if table == "audit_log" and mine["round_id"] in secret \
                    and mine["action"].startswith("ballot."):
                stamp = secret[mine["round_id"]]  # the round's lock time, for all of them
                assert theirs["at"] == theirs["created_at"] == theirs["updated_at"] == stamp
                mine = {**mine, "at": stamp, "created_at": stamp, "updated_at": stamp}
                seen["secret audit"] += 1
            assert theirs == mine, (table, uid)
    assert seen["anonymous ballots"] > 0 and seen["secret audit"] > 0
    assert (seen["shared"], seen["private"]) == (1, 29)

    # what stays in the workspace
    with programme.connect() as conn:
        for table in sorted(sync.NOT_SENT):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0
    # every row is recorded as this workspace's
    workspace_uid = _workspace_uid(demo)
    records = _records(programme)
    assert len(records) == total
    assert {r["workspace_uid"] for r in records.values()} == {workspace_uid}

    snapshot = _snapshot(programme)
    again = _send(demo, pg_url)
    assert (again.inserted, again.updated, again.unchanged, again.deleted) == (0, 0, total, 0)
    assert again.conflicts == []
    later = _snapshot(programme)
    for table in later:  # only the bookkeeping of the sends moved
        if table in ("programme_workspaces", "programme_sends"):
            continue
        assert later[table] == snapshot[table], table
    with programme.connect() as conn:
        sends = conn.execute(text(
            "SELECT sent_by, app_version, inserted, updated, unchanged, deleted, conflicts "
            "FROM programme_sends ORDER BY id")).all()
        workspace = conn.execute(text(
            "SELECT workspace_uid, cluster_name, country, first_sent_at < last_sent_at, "
            "last_sent_by, schema_revision FROM programme_workspaces")).one()
    from facilitator_app import __version__
    assert sends == [("Marie-Hélène", __version__, total, 0, 0, 0, 0),
                     ("Marie-Hélène", __version__, 0, 0, total, 0, 0)]
    assert workspace == (workspace_uid, "Grenada Cocoa & Spice Cluster", "Grenada", True,
                         "Marie-Hélène", migrate.head_revision())


# ----- two workspaces ---------------------------------------------------------------------
def _small_workspace(path: Path, cluster: str) -> Workspace:
    ws = create_workspace(path, cluster)
    with ws.session() as s:
        update_profile(s, name=cluster, country="Perú", sector="Café")
        members = [roster.add_member(s, {"name": f"Cooperativa {i} Ñawi", "member_type": "firm"})
                   for i in range(5)]
        workshop = create_workshop(s, "Taller de café", date=date(2027, 2, 1))
        add_attendees(s, workshop.id, members, role="voter")
        options = [add_priority(s, workshop.id, f"Prioridad {k}").id for k in range(3)]
        add_item(s, workshop.id, "S", "Altura y clima", member_ids=members[:2])
        info = voting.create_round(s, workshop.id, options, "approval", anonymity="named")
        ids = [o.id for o in info.options]
        for member in members:
            voting.record_ballot(s, info.id, {ids[0]: 1, ids[1]: 0, ids[2]: 1},
                                 voter_id=member)
        voting.close_round(s, info.id)
    return ws


def test_two_workspaces_are_both_there_and_nothing_is_mixed(programme, pg_url, demo,
                                                           tmp_path):
    other = _small_workspace(tmp_path / "café.cluster", "Clúster del Café")
    try:
        _send(demo, pg_url)
        _send(other, pg_url)
        _send(demo, pg_url)  # and the first again: still nothing of the other's touched
        mine, theirs = _travels(demo.engine), _travels(other.engine)
        owner = {_workspace_uid(demo): mine, _workspace_uid(other): theirs}
    finally:
        other.close()
    on_server = _contents(programme)
    records = _records(programme)
    for table, rows in on_server.items():
        assert set(rows) == set(mine[table]) | set(theirs[table]), table
        assert not set(mine[table]) & set(theirs[table])
        for uid, row in rows.items():
            workspace_uid = records[(table, uid)]["workspace_uid"]
            assert uid in owner[workspace_uid][table], (table, uid)
            # every foreign key points at a row of the same workspace
            for column in next(t for t in SENT if t.name == table).columns:
                if column.foreign_keys and row[column.name] is not None:
                    target = next(iter(column.foreign_keys)).column.table.name
                    assert records[(target, row[column.name])]["workspace_uid"] \
                        == workspace_uid, (table, column.name)
    with programme.connect() as conn:
        assert conn.execute(text(
            "SELECT cluster_name FROM programme_workspaces ORDER BY first_sent_at")
        ).scalars().all() == ["Grenada Cocoa & Spice Cluster", "Clúster del Café"]
        members = dict(conn.execute(text(
            "SELECT r.workspace_uid, count(*) FROM members m JOIN programme_records r "
            "ON r.table_name = 'members' AND r.record_uid = m.uid GROUP BY 1")).all())
    assert members == {_workspace_uid(demo): len(mine["members"]),
                       _workspace_uid(other): 5}


# ----- changes, conflicts, deletions -------------------------------------------------------
def _a_member(ws: Workspace) -> tuple[int, str]:
    with ws.session() as s:
        member = s.scalars(select(Member).order_by(Member.name)).first()
        assert member is not None
        return member.id, member.uid


def _name_on_server(engine: Engine, uid: str) -> tuple[str, datetime]:
    with engine.connect() as conn:
        return tuple(conn.execute(text("SELECT name, updated_at FROM members WHERE uid = :u"),
                                  {"u": uid}).one())  # type: ignore[return-value]


def _edit_on_server(engine: Engine, uid: str, name: str) -> None:
    with engine.begin() as conn:  # as a programme officer would, in SQL
        conn.execute(text("UPDATE members SET name = :n WHERE uid = :u"), {"n": name, "u": uid})


def test_a_member_changed_in_the_workspace_is_updated(programme, pg_url, demo):
    _send(demo, pg_url)
    member_id, uid = _a_member(demo)
    with demo.session() as s:
        roster.update_member(s, member_id, {"name": "Belmont Estate Ltd. (renamed)",
                                            "employees": 42})
    report = _send(demo, pg_url)
    assert (report.updated, report.inserted, report.deleted) == (1, 1, 0)  # + its audit entry
    assert report.conflicts == []
    assert _name_on_server(programme, uid)[0] == "Belmont Estate Ltd. (renamed)"
    with programme.connect() as conn:
        assert conn.execute(text("SELECT employees FROM members WHERE uid = :u"),
                            {"u": uid}).scalar_one() == 42
    # a change made only in the programme database stands when the workspace sends again
    _edit_on_server(programme, uid, "Corrected by the programme office")
    report = _send(demo, pg_url)
    assert (report.updated, report.conflicts) == (0, [])
    assert _name_on_server(programme, uid)[0] == "Corrected by the programme office"


def test_a_change_on_both_sides_keeps_the_newer_and_lists_the_conflict(programme, pg_url,
                                                                      demo):
    _send(demo, pg_url)
    member_id, uid = _a_member(demo)

    # 1. the programme office edits first, the facilitator later: the workspace wins
    _edit_on_server(programme, uid, "Programme's spelling")
    with demo.session() as s:
        roster.update_member(s, member_id, {"name": "Workspace's spelling"})
    report = _send(demo, pg_url)
    (conflict,) = report.conflicts
    assert (conflict.table, conflict.record_uid, conflict.winner, conflict.label) == (
        "members", uid, "workspace", "Workspace's spelling")
    assert conflict.workspace_changed_at > conflict.programme_changed_at
    assert _name_on_server(programme, uid)[0] == "Workspace's spelling"
    assert any("changed both" in line for line in report.lines())

    # 2. the facilitator edits first, the programme office later: the programme wins
    with demo.session() as s:
        roster.update_member(s, member_id, {"name": "Workspace again"})
    _edit_on_server(programme, uid, "Programme again")
    report = _send(demo, pg_url)
    (conflict,) = report.conflicts
    assert (conflict.winner, conflict.record_uid) == ("programme", uid)
    assert conflict.programme_changed_at > conflict.workspace_changed_at
    assert _name_on_server(programme, uid)[0] == "Programme again"

    # both are kept, with the losing side's values
    with programme.connect() as conn:
        kept = conn.execute(text(
            "SELECT c.table_name, c.record_uid, c.winner, c.kept_values, s.conflicts "
            "FROM programme_conflicts c JOIN programme_sends s ON s.id = c.send_id "
            "ORDER BY c.id")).all()
    assert [(t, u, w, n) for t, u, w, _v, n in kept] == [
        ("members", uid, "workspace", 1), ("members", uid, "programme", 1)]
    assert json.loads(kept[0][3])["name"] == "Programme's spelling"
    assert json.loads(kept[1][3])["name"] == "Workspace again"

    # settled: sending again raises no conflict and keeps the programme's change
    report = _send(demo, pg_url)
    assert report.conflicts == [] and report.updated == 0
    assert _name_on_server(programme, uid)[0] == "Programme again"
    # and the next change in the workspace goes through as a plain update
    with demo.session() as s:
        roster.update_member(s, member_id, {"name": "Settled name"})
    report = _send(demo, pg_url)
    assert report.conflicts == [] and report.updated == 1
    assert _name_on_server(programme, uid)[0] == "Settled name"


def test_a_deleted_workshop_leaves_tombstones_and_takes_its_children(programme, pg_url,
                                                                    demo):
    _send(demo, pg_url)
    before = _travels(demo.engine)
    with demo.session() as s:
        workshop = s.scalars(select(Workshop)).one()
        workshop_uid = workshop.uid
        delete_workshop(s, workshop.id)
    after = _contents(demo.engine)
    gone = {(t, uid) for t, rows in before.items() for uid in rows
            if uid not in after[t]}
    assert len(gone) > 100 and ("workshops", workshop_uid) in gone
    assert {t for t, _u in gone} >= {"workshops", "attendance", "swot_items", "priorities",
                                     "vote_rounds", "ballots", "ballot_entries", "decisions",
                                     "actions"}
    # the audit entries of the deleted rounds' ballots stay in the workspace without
    # their round: whether it was secret or anonymous can no longer be told, so they
    # leave the programme database too (their times, a voter's name)
    orphans = {("audit_log", uid) for uid, r in after["audit_log"].items()
               if r["action"].startswith("ballot.") and r["round_id"] is None
               and uid in before["audit_log"]}  # an anonymous round's were never sent
    assert len(orphans) == sum(1 for r in before["audit_log"].values()
                               if r["action"].startswith("ballot."))
    gone |= orphans

    report = _send(demo, pg_url)
    assert report.deleted == len(gone)
    assert (report.updated, report.conflicts) == (0, [])
    on_server = _contents(programme)
    assert {(t, uid) for t, rows in on_server.items() for uid in rows} == {
        (t, uid) for t, rows in after.items() for uid in rows
        if not (t == "audit_log" and rows[uid]["action"].startswith("ballot.")
                and rows[uid]["round_id"] is None)}  # orphans, and those never sent
    with programme.connect() as conn:
        for table in ("workshops", "attendance", "priorities", "vote_rounds", "ballots",
                      "ballot_entries", "voter_receipts", "decisions", "actions"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0
    records = _records(programme)
    for key in gone:  # the tombstone: the record stays, marked deleted
        assert records[key]["deleted_at"] is not None
    assert all(r["deleted_at"] is None for k, r in records.items() if k not in gone)
    # sending again deletes nothing more
    again = _send(demo, pg_url)
    assert (again.deleted, again.inserted, again.updated) == (0, 0, 0)


# ----- cancel and errors ----------------------------------------------------------------
def test_a_cancel_half_way_leaves_the_database_as_it_was(programme, pg_url, demo):
    def stop_after(calls: int):
        seen = []

        def should_stop() -> bool:
            seen.append(1)
            return len(seen) > calls
        return should_stop

    empty = _snapshot(programme)
    progress: list[tuple[int, int]] = []
    with pytest.raises(sync.SendCancelled, match="nothing was changed"):
        _send(demo, pg_url, should_stop=stop_after(28),
              progress=lambda done, total: progress.append((done, total)))
    assert progress and 0 < progress[-1][0] < progress[-1][1]  # it was under way
    assert _snapshot(programme) == empty

    _send(demo, pg_url)
    sent = _snapshot(programme)
    member_id, _uid = _a_member(demo)
    with demo.session() as s:
        roster.update_member(s, member_id, {"name": "Not sent"})
        delete_workshop(s, s.scalars(select(Workshop.id)).one())
    progress.clear()
    with pytest.raises(sync.SendCancelled):
        _send(demo, pg_url, should_stop=stop_after(25),
              progress=lambda done, total: progress.append((done, total)))
    assert progress[-1][0] > 100  # the member compared, the workshop's rows deleted ...
    assert _snapshot(programme) == sent


def test_an_unreachable_server_and_a_schema_of_another_version_are_said_plainly(
        pg_engine, pg_url, demo, pg_cluster):
    from sqlalchemy.engine import make_url

    closed = make_url(pg_url).set(port=1).render_as_string(hide_password=False)
    with pytest.raises(sync.ProgrammeUnreachable, match=r"Cannot reach .*127\.0\.0\.1:1"):
        _send(demo, closed)
    with pytest.raises(sync.ProgrammeSchemaMismatch, match="no programme schema yet"):
        _send(demo, pg_url)
    from alembic import command
    command.upgrade(migrate.alembic_config(pg_url), "0005")
    with pytest.raises(sync.ProgrammeSchemaMismatch, match=r"older .*programme init"):
        _send(demo, pg_url)
    migrate.upgrade_engine(pg_engine)
    with pg_engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(sync.ProgrammeSchemaMismatch, match="newer version of the app"):
        _send(demo, pg_url)
    with pg_engine.connect() as conn:  # nothing was written
        assert conn.execute(text("SELECT count(*) FROM members")).scalar_one() == 0


@pytest.fixture
def password_role(pg_cluster, pg_url, programme):
    """A role that must give its password to this test's database: a line of
    pg_hba.conf ahead of the cluster's trust lines, for that role and
    database only, taken out again afterwards."""
    from sqlalchemy.engine import make_url

    database = make_url(pg_url).database
    pg_cluster.admin("CREATE ROLE sender LOGIN PASSWORD 'right horse'")
    pg_cluster.admin("CREATE ROLE visitor NOLOGIN")
    with programme.begin() as conn:
        conn.execute(text("GRANT ALL ON ALL TABLES IN SCHEMA public TO sender"))
        conn.execute(text("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO sender"))
    hba = pg_cluster.datadir / "pg_hba.conf"
    original = hba.read_text()
    line = f"host {database} sender 127.0.0.1/32 scram-sha-256\n"
    hba.write_text(line + original)
    pg_cluster.admin("SELECT pg_reload_conf()")
    yield make_url(pg_url).set(username="sender")
    hba.write_text(original)
    pg_cluster.admin("SELECT pg_reload_conf()")
    pg_cluster.admin(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    pg_cluster.admin("DROP ROLE sender")
    pg_cluster.admin("DROP ROLE visitor")


def test_a_wrong_password_and_a_user_who_may_not_log_in_are_refused_logins(
        password_role, programme, demo, monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    url = password_role.render_as_string(hide_password=False)
    with pytest.raises(sync.ProgrammeLoginFailed, match="refused the login of user 'sender'"):
        _send(demo, url)  # no password at all
    with pytest.raises(sync.ProgrammeLoginFailed, match="check the user name and the password"):
        _send(demo, url, password="wrong horse")
    visitor = password_role.set(username="visitor").render_as_string(hide_password=False)
    with pytest.raises(sync.ProgrammeLoginFailed, match="may not log in"):
        _send(demo, visitor)
    report = _send(demo, url, password="right horse")
    assert report.inserted > 400
    with programme.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM members")).scalar_one() == 30


# ----- secret rounds: the urn only --------------------------------------------------------
@pytest.mark.parametrize(("anonymity", "word"), [("secret", "Secret"),
                                                   ("anonymous", "Anonymous")])
def test_an_open_secret_round_keeps_its_ballots_until_it_is_closed(programme, pg_url,
                                                                   tmp_path, anonymity, word):
    """Sent while open, a round's ballots and register could be diffed against
    the next send's: the ballot and the receipt that appeared in between are
    the same voter's. Secret and anonymous rounds wait until they are closed."""
    ws = create_workspace(tmp_path / "open.cluster")
    try:
        with ws.session() as s:
            workshop = create_workshop(s, "Vote")
            members = [roster.add_member(s, {"name": f"M{i}"}) for i in range(4)]
            add_attendees(s, workshop.id, members, role="voter")
            options = [add_priority(s, workshop.id, f"P{k}").id for k in range(3)]
            info = voting.create_round(s, workshop.id, options, "approval",
                                       anonymity=anonymity, title="Secreto")
            ids = [o.id for o in info.options]
        for member in members[:3]:
            with ws.session() as s:
                voting.record_ballot(s, info.id, {ids[0]: 1, ids[1]: 0, ids[2]: 1},
                                     voter_id=member)
            report = _send(ws, pg_url)  # a send after each ballot: nothing to diff
            assert report.notes == [(f"{word} round 'Secreto' is still open: its ballots are "
                                     "sent once it is closed.")]
            assert report.notes[0] in report.lines()
            with programme.connect() as conn:
                counts = [conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                          for t in ("vote_rounds", "ballots", "ballot_entries",
                                    "voter_receipts")]
                received = conn.execute(text(
                    "SELECT count(*) FROM audit_log WHERE action LIKE 'ballot.%'")).scalar_one()
            assert (counts, received) == ([1, 0, 0, 0], 0)
        with ws.session() as s:
            voting.close_round(s, info.id)
        report = _send(ws, pg_url)
        assert report.notes == []
        with programme.connect() as conn:
            counts = [conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                      for t in ("vote_rounds", "ballots", "ballot_entries", "voter_receipts")]
        assert counts == [1, 3, 9, 3]  # approval: every option has a value
    finally:
        ws.close()


def _secret_round_sent(tmp_path: Path, url: str, engine: Engine) -> dict[str, Any]:
    """40 members vote one after another in an order the attacker saw, each
    ballot unique; the round is closed and the workspace sent. Returns every
    ordering of the round's ballots (and of its register) the attacker can
    read from the server's rows, with the truth to score them against."""
    import itertools
    import random

    rng = random.Random(20)  # the test's data only: who votes when, and how
    n = 40
    ws = create_workspace(tmp_path / "secret.cluster", "Coopérative secrète")
    try:
        with ws.session() as s:
            workshop = create_workshop(s, "Vote secret")
            members = [roster.add_member(s, {"name": f"Membre {i:02d} Éloïse",
                                             "member_type": "firm" if i % 3 else "research"})
                       for i in range(n)]
            add_attendees(s, workshop.id, members, role="voter")
            priorities = [add_priority(s, workshop.id, f"Priorité {k}").id for k in range(5)]
            info = voting.create_round(s, workshop.id, priorities, "borda", anonymity="secret")
            member_uids = dict(s.execute(select(Member.id, Member.uid)).all())
        options = [o.id for o in info.options]
        order = rng.sample(members, n)
        truth = rng.sample(list(itertools.permutations(range(1, 6))), n)
        for i, member in enumerate(order):
            with ws.session() as s:
                voting.record_ballot(s, info.id, dict(zip(options, truth[i], strict=True)),
                                     voter_id=member, source="kiosk" if i % 2 else "grid",
                                     entered_by="Marie")
        with ws.session() as s:
            voting.close_round(s, info.id)
        _send(ws, url)
    finally:
        ws.close()

    with engine.connect() as conn:
        option_uids = conn.execute(text(
            "SELECT o.id FROM round_options o ORDER BY o.position")).scalars().all()
        content: dict[int, dict[int, int]] = {}
        entry_ballot: dict[int, int] = {}
        for entry_id, ballot_id, option_id, value in conn.execute(text(
                "SELECT e.id, e.ballot_id, e.option_id, e.value FROM ballot_entries e")):
            content.setdefault(ballot_id, {})[option_id] = int(value)
            entry_ballot[entry_id] = ballot_id
        ballot = {b: tuple(v[o] for o in option_uids) for b, v in content.items()}
        uid_ballot = dict(conn.execute(text("SELECT uid, id FROM ballots")).all())
        entry_uid_ballot = {u: entry_ballot[i] for u, i in conn.execute(
            text("SELECT uid, id FROM ballot_entries"))}

        def ballots_in(keys: list[int]) -> list[tuple[int, ...]]:
            seen: list[int] = []
            for key in keys:
                if key in ballot and key not in seen:
                    seen.append(key)
            return [ballot[k] for k in seen]

        def column(sql: str) -> list[Any]:
            return list(conn.execute(text(sql)).scalars())

        orders = {f"ballots by {c}": ballots_in(column(f"SELECT id FROM ballots ORDER BY {c}, id"))
                  for c in ("id", "ctid", "uid", "created_at", "updated_at", "entered_at")}
        for c in ("id", "ctid", "uid", "created_at"):
            orders[f"ballot entries by {c}"] = ballots_in(
                [entry_ballot[i] for i in column(f"SELECT id FROM ballot_entries ORDER BY {c}")])
        orders["records of ballots in the order written"] = ballots_in([uid_ballot[u] for u in column(
            "SELECT record_uid FROM programme_records WHERE table_name = 'ballots' ORDER BY id")])
        orders["records of entries in the order written"] = ballots_in(
            [entry_uid_ballot[u] for u in column(
                "SELECT record_uid FROM programme_records WHERE table_name = 'ballot_entries' "
                "ORDER BY id")])
        member_of = {u: i for i, u in member_uids.items()}
        server_member = dict(conn.execute(text("SELECT id, uid FROM members")).all())
        registers = {
            f"register by {c}": [member_of[server_member[m]] for m in column(
                f"SELECT member_id FROM voter_receipts ORDER BY {c}, id")]
            for c in ("id", "ctid", "uid", "created_at")}
        rows = {
            "ballots": conn.execute(text(
                "SELECT count(*), count(DISTINCT created_at), count(DISTINCT updated_at), "
                "count(voter_id), count(voter_type), count(DISTINCT source), "
                "count(DISTINCT entered_by), count(entered_at), count(DISTINCT weight), "
                "min(id) FROM ballots")).one(),
            "entry times": conn.execute(text(
                "SELECT count(DISTINCT created_at), count(DISTINCT updated_at) "
                "FROM ballot_entries")).one(),
            "register times": conn.execute(text(
                "SELECT count(*), count(DISTINCT created_at), count(DISTINCT updated_at) "
                "FROM voter_receipts")).one(),
            "audit": conn.execute(text(
                "SELECT count(*), count(DISTINCT at), count(DISTINCT created_at), "
                "count(DISTINCT details), count(entity_uid), count(DISTINCT actor) "
                "FROM audit_log WHERE action LIKE 'ballot.%'")).one(),
            "audit actions": column("SELECT DISTINCT action FROM audit_log "
                                    "WHERE action LIKE 'ballot.%'"),
            "records": conn.execute(text(
                "SELECT count(DISTINCT sent_updated_at) FROM programme_records "
                "WHERE table_name IN ('ballots', 'ballot_entries', 'voter_receipts')")).one(),
        }
    return {"orders": orders, "truth": truth, "registers": registers,
            "voting order": order, "rows": rows, "n": n}


def test_a_secret_round_arrives_as_an_urn_nothing_links_a_ballot_to_its_voter(
        programme, pg_url, tmp_path):
    """The attacker of PRODUCT.md 4.5.1 (tests/security/test_secret_ballot_attack.py)
    reads the programme database: every ordering of the round's ballots the
    server's rows give (keys, physical order, uids, times, the records of the
    send) is scored against the voting order the attacker saw."""
    from tests.security.test_secret_ballot_attack import (
        MEAN_LINKS,
        MOST_LINKS,
        TAU_LIMIT,
        _score,
    )

    seen = _secret_round_sent(tmp_path, pg_url, programme)
    n = seen["n"]
    results = {name: _score(guess, seen["truth"]) for name, guess in seen["orders"].items()}
    assert len(results) == 12 and all(len(g) == n for g in seen["orders"].values())
    ordered = {name: s.tau for name, s in results.items() if abs(s.tau) > TAU_LIMIT}
    assert not ordered, f"orderings that follow the voting order: {ordered}"
    linked = {name: s.links for name, s in results.items() if s.links > MOST_LINKS}
    assert not linked, f"ballots linked beyond chance: {linked}"
    assert sum(s.links for s in results.values()) / len(results) <= MEAN_LINKS
    # the register of who voted keeps no order of voting either
    voting_order = seen["voting order"]
    for name, register in seen["registers"].items():
        assert sorted(register) == sorted(voting_order)
        score = _score([(m,) for m in register], [(m,) for m in voting_order])
        assert abs(score.tau) <= TAU_LIMIT and score.links <= MOST_LINKS, (name, score)
    # and nothing on a row tells one ballot from another
    rows = seen["rows"]
    count, created, updated, voters, types, sources, authors, entered, weights, key = \
        rows["ballots"]
    assert (count, created, updated, voters, types, sources, authors, entered, weights) == (
        n, 1, 1, 0, 0, 1, 1, 0, 1)
    assert key > 2**31  # random keys, not the server's sequence
    assert rows["entry times"] == (1, 1)
    assert rows["register times"] == (n, 1, 1)
    assert rows["audit"] == (n, 1, 1, 1, 0, 1) and rows["audit actions"] == ["ballot.received"]
    assert rows["records"] == (1,)


def test_the_urn_check_finds_a_leak_when_there_is_one(programme, pg_url, tmp_path,
                                                      monkeypatch):
    """The control: a workspace that keeps its ballots in the order they came
    and a send that writes them so, with keys counting up: the same
    orderings then give the voting order away."""
    import itertools
    import uuid

    from facilitator_app.services.voting import ballot_box
    from tests.security.test_secret_ballot_attack import _score

    keys = itertools.count(1)
    monkeypatch.setattr(ballot_box, "_shuffle", lambda urn: None)
    monkeypatch.setattr(ballot_box, "_random_key", lambda: next(keys))
    monkeypatch.setattr(ballot_box, "new_uid", lambda: str(uuid.UUID(int=next(keys), version=4)))
    monkeypatch.setattr(sync, "_shuffle", lambda rows: None)
    monkeypatch.setattr(sync, "_random_key", lambda: next(keys))
    seen = _secret_round_sent(tmp_path, pg_url, programme)
    results = {name: _score(guess, seen["truth"]) for name, guess in seen["orders"].items()}
    for name in ("ballots by id", "ballots by ctid", "ballot entries by id",
                 "ballot entries by ctid", "records of ballots in the order written",
                 "records of entries in the order written"):
        assert results[name].tau == 1.0 and results[name].links == seen["n"], name


def _anonymous_round_pairings(tmp_path: Path, url: str, engine: Engine,
                              sent_before_as_named: bool = False
                              ) -> tuple[dict[str, int], dict[str, Any]]:
    """40 members vote one after another in an anonymous round (each ballot
    unique), the round is closed and the workspace sent. The attacker reads
    the server's rows and pairs each ballot with a member of the register by
    time, by key order, by physical order (ctid), by the order the send's
    records were written and through the ballots' audit entries. Returns how
    many ballots each pairing gives their true voter (chance: about 1)."""
    import itertools
    import random
    from collections.abc import Callable

    rng = random.Random(45)  # the test's data only: who votes when, and how
    n = 40
    ws = create_workspace(tmp_path / "anonymous.cluster", "Coopérative anonyme")
    try:
        with ws.session() as s:
            workshop = create_workshop(s, "Vote anonyme")
            members = [roster.add_member(s, {"name": f"Membre {i:02d} Zoë", "member_type": "firm"})
                       for i in range(n)]
            add_attendees(s, workshop.id, members, role="voter")
            priorities = [add_priority(s, workshop.id, f"Priorité {k}").id for k in range(5)]
            info = voting.create_round(s, workshop.id, priorities, "borda",
                                       anonymity="anonymous")
            member_uids = dict(s.execute(select(Member.id, Member.uid)).all())
        options = [o.id for o in info.options]
        order = rng.sample(members, n)
        ranks = rng.sample(list(itertools.permutations(range(1, 6))), n)
        for i, member in enumerate(order):
            with ws.session() as s:
                voting.record_ballot(s, info.id, dict(zip(options, ranks[i], strict=True)),
                                     voter_id=member, source="kiosk" if i % 2 else "grid",
                                     entered_by="Marie")
        with ws.session() as s:
            voting.close_round(s, info.id)
        if sent_before_as_named:  # as an older app sent it: keys, order, times, audit
            real = sync._outgoing_rows

            def as_named(raw: dict[str, list[dict[str, Any]]]) -> Any:
                rounds = [{**r, "anonymity": "named"} for r in raw["vote_rounds"]]
                return real({**raw, "vote_rounds": rounds})

            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(sync, "_outgoing_rows", as_named)
                _send(ws, url)
        _send(ws, url)
    finally:
        ws.close()
    truth = {ranks[i]: member_uids[m] for i, m in enumerate(order)}  # ballot -> its voter

    with engine.connect() as conn:
        def rows(sql: str) -> list[Any]:
            return list(conn.execute(text(sql)))

        option_keys = [k for (k,) in rows("SELECT id FROM round_options ORDER BY position")]
        values: dict[int, dict[int, int]] = {}
        for ballot_id, option_id, value in rows(
                "SELECT ballot_id, option_id, value FROM ballot_entries"):
            values.setdefault(ballot_id, {})[option_id] = int(value)
        content = {b: tuple(v[o] for o in option_keys) for b, v in values.items()}
        member_uid = dict(rows("SELECT id, uid FROM members"))
        ballots = rows("SELECT id, uid, created_at, updated_at, "
                       "coalesce(entered_at, created_at), ctid FROM ballots")
        receipts = rows("SELECT id, uid, member_id, created_at, updated_at, ctid "
                        "FROM voter_receipts")
        assert len(ballots) == len(receipts) == n
        voter_of_receipt = {r[0]: member_uid[r[2]] for r in receipts}

        def score(pairs: dict[int, int]) -> int:  # ballot key -> receipt key
            return sum(truth[content[b]] == voter_of_receipt[r] for b, r in pairs.items())

        def nearest(ballot_time: Callable[[Any], datetime],
                    receipt_time: Callable[[Any], datetime]) -> dict[int, int]:
            return {b[0]: min(receipts, key=lambda r: abs(
                (receipt_time(r) - ballot_time(b)).total_seconds()))[0] for b in ballots}

        def by_rank(ballot_order: list[int], receipt_order: list[int]) -> dict[int, int]:
            return dict(zip(ballot_order, receipt_order, strict=True))

        def ctid(row: Any) -> tuple[int, int]:
            page, item = str(row[-1]).strip("()").split(",")
            return int(page), int(item)

        written = {t: [u for (u,) in rows(
            f"SELECT record_uid FROM programme_records WHERE table_name = '{t}' ORDER BY id")]
            for t in ("ballots", "voter_receipts")}
        ballot_key = {b[1]: b[0] for b in ballots}
        receipt_key = {r[1]: r[0] for r in receipts}
        pairings = {
            "nearest time (created)": nearest(lambda b: b[2], lambda r: r[3]),
            "nearest time (updated)": nearest(lambda b: b[3], lambda r: r[4]),
            "nearest time (entered)": nearest(lambda b: b[4], lambda r: r[3]),
            "key order": by_rank(sorted(b[0] for b in ballots), sorted(r[0] for r in receipts)),
            "physical order (ctid)": by_rank([b[0] for b in sorted(ballots, key=ctid)],
                                             [r[0] for r in sorted(receipts, key=ctid)]),
            "records in the order written": by_rank(
                [ballot_key[u] for u in written["ballots"]],
                [receipt_key[u] for u in written["voter_receipts"]]),
        }
        audit = rows("SELECT entity_uid, at FROM audit_log WHERE entity_uid IN "
                     "(SELECT uid FROM ballots)")
        audit_time = dict(audit)
        pairings["audit entries' time"] = nearest(
            lambda b: audit_time.get(b[1], datetime.min.replace(tzinfo=UTC)), lambda r: r[3])
        facts = {
            "ballot audit entries": len(audit) + conn.execute(text(
                "SELECT count(*) FROM audit_log WHERE action LIKE 'ballot.%'")).scalar_one(),
            "times": conn.execute(text(
                "SELECT count(DISTINCT created_at), count(DISTINCT updated_at), count(entered_at),"
                " count(voter_id), count(DISTINCT entered_by) FROM ballots")).one(),
            "register times": conn.execute(text(
                "SELECT count(DISTINCT created_at), count(DISTINCT updated_at) "
                "FROM voter_receipts")).one(),
            "smallest key": conn.execute(text(
                "SELECT least(min(b.id), min(r.id)) FROM ballots b, voter_receipts r")
            ).scalar_one(),
        }
    return {name: score(p) for name, p in pairings.items()}, facts


def test_an_anonymous_round_arrives_as_an_urn_nothing_pairs_a_ballot_with_its_voter(
        programme, pg_url, tmp_path):
    """The register of who voted travels (it is what the programme counts),
    so anything that orders or dates an anonymous ballot next to it would
    name the voter: each pairing the server's rows allow finds the right voter
    of no more ballots than chance would (1 expected in 40)."""
    from tests.security.test_secret_ballot_attack import MEAN_LINKS, MOST_LINKS

    links, facts = _anonymous_round_pairings(tmp_path, pg_url, programme)
    assert len(links) == 7
    paired = {name: k for name, k in links.items() if k > MOST_LINKS}
    assert not paired, f"ballots paired with their voter beyond chance: {paired}"
    assert sum(links.values()) / len(links) <= MEAN_LINKS, links
    assert facts["ballot audit entries"] == 0  # they name the ballot, its author and time
    assert facts["times"] == (1, 1, 0, 0, 1)  # one time, no voter, no author
    assert facts["register times"] == (1, 1)
    assert facts["smallest key"] > 2**31  # random keys, not the server's sequence


def test_an_anonymous_round_an_older_app_sent_is_written_again_as_an_urn(
        programme, pg_url, tmp_path):
    """A programme database that received the round from an older app (its
    ballots in cast order, with their times, voters and audit entries) gets
    it again as an urn at the next send: the same attacker finds chance."""
    from tests.security.test_secret_ballot_attack import MEAN_LINKS, MOST_LINKS

    links, facts = _anonymous_round_pairings(tmp_path, pg_url, programme,
                                             sent_before_as_named=True)
    paired = {name: k for name, k in links.items() if k > MOST_LINKS}
    assert not paired, f"ballots paired with their voter beyond chance: {paired}"
    assert sum(links.values()) / len(links) <= MEAN_LINKS, links
    assert facts["ballot audit entries"] == 0
    assert facts["times"] == (1, 1, 0, 0, 1)
    assert facts["register times"] == (1, 1)
    assert facts["smallest key"] > 2**31
    with programme.connect() as conn:
        counts = [conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                  for t in ("ballots", "ballot_entries", "voter_receipts")]
        records = conn.execute(text(
            "SELECT count(*), count(deleted_at) FROM programme_records "
            "WHERE table_name IN ('ballots', 'ballot_entries', 'voter_receipts')")).one()
    assert counts == [40, 200, 40] and tuple(records) == (280, 0)


def test_no_connection_and_no_password_stay_in_the_process_after_a_send(
        password_role, programme, demo, monkeypatch):
    """A user who chose not to keep the password is asked again: nothing of
    the login (an open connection, an engine holding the password) outlives
    the send, whether it went through or failed."""
    import gc

    monkeypatch.delenv("PGPASSWORD", raising=False)
    url = password_role.render_as_string(hide_password=False)

    def sessions() -> int:  # the server's sessions of the sending user
        with programme.connect() as conn:
            return int(conn.execute(text(
                "SELECT count(*) FROM pg_stat_activity WHERE usename = 'sender'")).scalar_one())

    def engines_with_the_password() -> int:
        gc.collect()
        return sum(1 for o in gc.get_objects()
                   if isinstance(o, Engine) and o.url.password == "right horse")

    report = _send(demo, url, password="right horse")
    assert report.inserted > 400
    assert (sessions(), engines_with_the_password()) == (0, 0)
    with pytest.raises(sync.ProgrammeLoginFailed):
        _send(demo, url, password="wrong horse")
    _send(demo, url, password="right horse")
    assert (sessions(), engines_with_the_password()) == (0, 0)


# ----- what cannot be sent --------------------------------------------------------------
def test_a_copy_of_a_workspace_sent_beside_its_original_is_refused_whole(programme, pg_url,
                                                                         demo, tmp_path):
    """A copy opened while its original exists gets a workspace id of its own
    (storage.backups) but keeps its records' ids: sent beside the original,
    its records would be the original's, so the send is refused, untouched."""
    import shutil

    from facilitator_app.storage.workspace import open_workspace

    demo.close()
    original_path = tmp_path / "Grenada démo.cluster"
    copy_path = tmp_path / "copy of the demo.cluster"
    shutil.copy(original_path, copy_path)
    original = open_workspace(original_path)
    copy = open_workspace(copy_path)
    try:
        assert _workspace_uid(copy) != _workspace_uid(original)
        _send(original, pg_url)
        sent = _snapshot(programme)
        with pytest.raises(sync.UserError, match=r"same global id from another workspace "
                                                 r"\(was this workspace copied"):
            _send(copy, pg_url)
        assert _snapshot(programme) == sent
    finally:
        copy.close()
        original.close()


def test_a_value_postgresql_refuses_is_said_plainly_and_nothing_is_sent(programme, pg_url,
                                                                       demo):
    with demo.engine.begin() as conn:  # SQLite keeps any length; VARCHAR(300) does not
        conn.execute(text("UPDATE members SET name = :n WHERE id = "
                          "(SELECT min(id) FROM members)"), {"n": "Ñ" * 301})
    with pytest.raises(sync.UserError, match=r"refused a value of this workspace \(value too "
                                             r"long for type character varying\(300\)\)"):
        _send(demo, pg_url)
    with programme.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM programme_records")).scalar_one() == 0


def test_a_row_deleted_in_the_programme_database_is_put_back_by_the_next_send(
        programme, pg_url, demo):
    _send(demo, pg_url)
    _member_id, uid = _a_member(demo)
    with programme.begin() as conn:
        conn.execute(text("DELETE FROM members WHERE uid = :u"), {"u": uid})
    progress: list[tuple[int, int]] = []
    report = _send(demo, pg_url, progress=lambda done, total: progress.append((done, total)))
    assert report.deleted == 0 and report.inserted >= 1
    assert _name_on_server(programme, uid)[0]
    assert progress[-1][0] == progress[-1][1] == sum(
        len(rows) for rows in _travels(demo.engine).values())
    again = _send(demo, pg_url)
    assert (again.inserted, again.deleted) == (0, 0)


def test_big_tables_go_in_parts_with_progress_between_them(programme, pg_url, demo,
                                                          monkeypatch):
    monkeypatch.setattr(sync, "CHUNK", 7)
    steps: list[int] = []
    report = _send(demo, pg_url, progress=lambda done, total: steps.append(done))
    before = _travels(demo.engine)
    total = sum(len(rows) for rows in before.values())
    assert report.inserted == total and steps[-1] == total
    assert len(steps) > total // 7 and steps == sorted(steps)
    on_server = _contents(programme)
    assert {t: set(r) for t, r in on_server.items()} == {t: set(r) for t, r in before.items()}
    with demo.session() as s:
        delete_workshop(s, s.scalars(select(Workshop.id)).one())
    after = _contents(demo.engine)
    orphans = {uid for uid, r in after["audit_log"].items()
               if r["action"].startswith("ballot.") and r["round_id"] is None}
    assert orphans  # the deleted rounds' ballot entries: they stay in the workspace
    report = _send(demo, pg_url)
    assert (report.inserted, report.updated, report.conflicts) == (1, 0, [])  # its audit entry
    left = sum(len(rows) for rows in after.values()) - len(orphans)
    assert report.deleted == total - (left - 1)
    on_server = _contents(programme)
    assert set(on_server["audit_log"]) == set(after["audit_log"]) - orphans
    assert {t: set(r) for t, r in on_server.items() if t != "audit_log"} == {
        t: set(r) for t, r in after.items() if t != "audit_log"}


def test_a_row_whose_parent_was_deleted_and_that_was_edited_is_a_plain_update(
        programme, pg_url, demo):
    """The workspace deletes a member who leads an action (the action's lead is
    set to nothing, ON DELETE SET NULL) and edits that action: the server
    does the same to its copy when the member goes, which is no change made
    in the programme database, so no conflict."""
    from facilitator_app.services.decisions.actions import update_action
    from facilitator_app.storage.models import Action

    _send(demo, pg_url)
    with demo.session() as s:
        action = s.scalars(select(Action).where(Action.lead_member_id.is_not(None))
                           .order_by(Action.id)).first()
        assert action is not None
        action_id, action_uid, lead = action.id, action.uid, action.lead_member_id
        roster.delete_member(s, lead)
    with demo.session() as s:
        update_action(s, action_id, title="Feasibility study (new lead to be found)")
    report = _send(demo, pg_url)
    assert report.conflicts == []
    with programme.connect() as conn:
        title, lead_on_server = conn.execute(text(
            "SELECT title, lead_member_id FROM actions WHERE uid = :u"),
            {"u": action_uid}).one()
    assert (title, lead_on_server) == ("Feasibility study (new lead to be found)", None)
    again = _send(demo, pg_url)
    assert (again.updated, again.inserted, again.deleted, again.conflicts) == (0, 0, 0, [])


def test_a_connection_lost_half_way_leaves_the_database_as_it_was(programme, pg_url, demo,
                                                                 pg_cluster):
    """The server ends the sending connection in the middle of the send (as a
    dropped network or a restarted server would): nothing of it stays."""
    from sqlalchemy.engine import make_url

    database = make_url(pg_url).database
    empty = _snapshot(programme)
    calls: list[int] = []

    def cut(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 25:  # rows are being written
            pg_cluster.admin(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                f"WHERE datname = '{database}' AND pid <> pg_backend_pid() "
                "AND state LIKE 'idle in transaction%'")

    with pytest.raises(sync.ProgrammeUnreachable, match="Cannot reach the programme database"):
        _send(demo, pg_url, progress=cut)
    assert len(calls) == 25 and calls[-1] > 0
    assert _snapshot(programme) == empty
    report = _send(demo, pg_url)  # and the next send works (a new connection)
    assert report.inserted == sum(len(rows) for rows in _travels(demo.engine).values())
