"""Roster use cases on a real workspace: edit, delete and put back, import, export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from facilitator_app.core.errors import BadInputError, UserError
from facilitator_app.core.roster_import import parse_rows, read_table
from facilitator_app.services import roster
from facilitator_app.services.demo import create_demo
from facilitator_app.storage.models import Attendance, AuditEntry, Ballot, Member, VoterReceipt
from facilitator_app.storage.workspace import open_workspace

# Made by tests/fixtures/make_fixtures.py, which says what each row is for.
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def ws(tmp_path):
    workspace = open_workspace(tmp_path / "roster.cluster", create=True)
    yield workspace
    workspace.close()


@pytest.fixture
def demo(tmp_path):
    workspace = create_demo(tmp_path / "demo.cluster")
    yield workspace
    workspace.close()


def count(ws, model=Member) -> int:
    with ws.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)))


def test_add_update_and_read_back(ws):
    with ws.session() as s:
        member_id = roster.add_member(s, {"name": "  Chocolaterie Bèl Kakao ", "member_type": "firm"})
    with ws.session() as s:
        values = roster.member_values(s, member_id)
        assert values["name"] == "Chocolaterie Bèl Kakao"
        assert values["status"] == "active" and values["vote_weight"] == 1.0
        before = roster.update_member(s, member_id, {"email": "bonjou@belkakao.gd", "status": "active"})
        assert before == {"email": None}  # unchanged fields are not reported
    with ws.session() as s:
        assert roster.member_values(s, member_id)["email"] == "bonjou@belkakao.gd"
        actions = list(s.scalars(select(AuditEntry.action)))
    assert actions == ["member.added", "member.updated"]


@pytest.mark.parametrize(
    "values, message",
    [
        ({"name": "   "}, "name is required"),
        ({"name": "X", "email": "peter@smithsons"}, "e-mail"),
        ({"name": "X", "join_date": date(2999, 1, 1)}, "future"),
        ({"name": "X", "vote_weight": -1}, "vote weight"),
        ({"name": "X", "member_type": "pirate"}, "choices"),
    ],
)
def test_invalid_members_are_refused(ws, values, message):
    with pytest.raises(UserError, match=message), ws.session() as s:
        roster.add_member(s, values)
    assert count(ws) == 0


def test_delete_and_restore_bring_back_attendance_receipts_and_ballot_links(demo):
    with demo.session() as s:
        # A voter of the demo's named round: attended, has a receipt and ballots.
        member_id = s.scalar(select(Ballot.voter_id).where(Ballot.voter_id.is_not(None)))
        uid = roster.member_uid(s, member_id)
        impact = roster.delete_impact(s, [member_id])
        before = {
            "attendance": s.scalar(select(func.count()).select_from(Attendance)),
            "receipts": s.scalar(select(func.count()).select_from(VoterReceipt)),
            "linked": s.scalar(select(func.count()).select_from(Ballot).where(Ballot.voter_id == member_id)),
        }
    assert impact["attendance"] == 1 and impact["voter_receipts"] == 2 and impact["ballots"] >= 1
    with demo.session() as s:
        snapshot = roster.delete_member(s, member_id)
    with demo.session() as s:
        assert roster.member_id_for_uid(s, uid) is None
        assert s.scalar(select(func.count()).select_from(Attendance)) == before["attendance"] - 1
        assert s.scalar(select(func.count()).select_from(VoterReceipt)) == before["receipts"] - 2
    with demo.session() as s:
        new_id = roster.restore_member(s, snapshot)
    assert new_id == member_id
    with demo.session() as s:
        assert roster.member_uid(s, new_id) == uid
        assert s.scalar(select(func.count()).select_from(Attendance)) == before["attendance"]
        assert s.scalar(select(func.count()).select_from(VoterReceipt)) == before["receipts"]
        assert s.scalar(
            select(func.count()).select_from(Ballot).where(Ballot.voter_id == member_id)
        ) == before["linked"]


def test_restore_takes_a_new_id_when_the_old_one_was_reused(ws):
    with ws.session() as s:
        first = roster.add_member(s, {"name": "First"})
        snapshot = roster.delete_member(s, first)
    with ws.session() as s:
        other = roster.add_member(s, {"name": "Took the id"})
    with ws.session() as s:
        restored = roster.restore_member(s, snapshot)
        assert restored != other
        assert roster.member_values(s, restored)["name"] == "First"
        assert roster.member_uid(s, restored) == snapshot.uid


def test_import_fixture_into_empty_workspace(ws):
    table = read_table(FIXTURES / "roster_messy.xlsx")
    with ws.session() as s:
        result = roster.apply_import(s, parse_rows(table), skip_invalid=True)
    assert (result.added, result.updated, result.duplicates, result.rejected) == (13, 0, 1, 1)
    assert count(ws) == 13
    with ws.session() as s:
        names = set(s.scalars(select(Member.name)))
        belmont = s.scalar(select(Member).where(Member.name == "Belmont Estate Cocoa Farmers"))
        assert belmont.email is None and belmont.notes == "Email as written: estate@belmont"
    assert "Carriacou Sloop Chocolate Makers" in names and "Bonnaire & Fils <Distillerie>" in names
    assert not any(n.startswith("=") for n in names)


def test_import_with_errors_writes_nothing_unless_skip_invalid(ws):
    table = read_table(FIXTURES / "roster_messy.csv")
    with pytest.raises(UserError, match="Nothing was imported"), ws.session() as s:
        roster.apply_import(s, parse_rows(table))
    assert count(ws) == 0
    with ws.session() as s:
        result = roster.import_file(s, FIXTURES / "roster_messy.csv")
    assert not result.written and result.rejected == 1 and count(ws) == 0


def test_import_update_merges_without_erasing(demo):
    with demo.session() as s:
        before = roster.existing_keys(s)
        belmont_id = before["belmont estate cocoa farmers"][0]
        old = roster.member_values(s, belmont_id)
        kakao_id = before["chocolaterie bel kakao"][0]
    assert old["email"] and old["locality"] and old["notes"]
    with demo.session() as s:
        result = roster.import_file(s, FIXTURES / "roster_messy.csv",
                                    on_duplicate="update", skip_invalid=True)
    # 3 members updated; the repeat of row 5 (row 13) is skipped, not counted as an update
    assert (result.added, result.updated, result.duplicates, result.rejected) == (10, 3, 1, 1)
    assert result.plan.summary() == ("10 new, 3 updated (12 fields), 1 duplicate row in the "
                                     "file skipped, 1 row in error left out")
    with demo.session() as s:
        belmont = roster.member_values(s, belmont_id)
        kakao = roster.member_values(s, kakao_id)
    assert belmont["email"] == old["email"]  # the file's invalid e-mail erased nothing
    assert belmont["locality"] == old["locality"]  # not in the file: kept
    assert belmont["notes"] == old["notes"] + "\nEmail as written: estate@belmont"
    assert belmont["phone"] == "473-442-9600"  # the file's value wins
    assert belmont["size"] == "medium"
    # the file's lower-case, unaccented spelling does not rename the member
    assert kakao["name"] == "Chocolaterie B\u00e8l Kakao" and kakao["contact_person"] == "Josiane Pierre"
    uids = {u for u, _, _ in result.updates}
    assert len(uids) == len(result.updates) >= 1


def csv_table(tmp_path, text):
    path = tmp_path / "update.csv"
    path.write_text(text, encoding="utf-8")
    return read_table(path)


def test_import_update_writes_exactly_the_chosen_fields(ws, tmp_path):
    with ws.session() as s:
        nord = roster.add_member(s, {"name": "Coopérative du Nord", "contact_person": "José Pérez",
                                     "phone": "473-440-1111", "notes": "Pays by cheque"})
    table = csv_table(tmp_path, "Organisation,Contact person,Phone,Locality,Notes\n"
                      "Cooperative du Nord,Jose Perez,473-440-2222,Sauteurs,Call first\n")
    parsed = parse_rows(table)
    with ws.session() as s:
        # by default: the new phone, the locality and the note line; the accents stay
        plan = roster.preview_import(s, parsed, "update")
        assert [(c.field, c.take) for c in plan.rows[0].changes] == [
            ("name", False), ("locality", True), ("contact_person", False), ("phone", True), ("notes", True)]
        result = roster.apply_import(s, parsed, "update", choices={(2, "phone"): False})
    assert result.plan.summary() == "0 new, 1 updated (2 fields)"
    with ws.session() as s:
        values = roster.member_values(s, nord)
    assert values["contact_person"] == "José Pérez" and values["name"] == "Coopérative du Nord"
    assert values["phone"] == "473-440-1111"  # declined
    assert values["locality"] == "Sauteurs"
    assert values["notes"] == "Pays by cheque\nCall first"
    assert result.updates[0][1] == {"locality": None, "notes": "Pays by cheque"}


def test_an_update_that_would_make_a_member_invalid_writes_nothing(ws, tmp_path):
    with ws.session() as s:
        roster.add_member(s, {"name": "Belmont Estate", "join_date": date(2021, 3, 1),
                              "phone": "473-442-9600"})
    table = csv_table(tmp_path, "Organisation,Phone,Exit date\n"
                      "Nutmeg Pool,473-444-0000,\n"
                      "Belmont Estate,473-442-0000,2020-01-31\n")
    with pytest.raises(UserError, match="row 3 \\(Belmont Estate\\), Exit date: The exit date "
                       "is before the join date"), ws.session() as s:
        roster.apply_import(s, parse_rows(table), "update")
    assert count(ws) == 1  # the new member of row 2 was not kept either
    with ws.session() as s:
        assert roster.member_values(s, 1)["phone"] == "473-442-9600"
    # declining the exit date imports the rest
    with ws.session() as s:
        result = roster.apply_import(s, parse_rows(table), "update",
                                     choices={(3, "exit_date"): False})
    assert result.plan.summary() == "1 new, 1 updated (1 field)"
    assert count(ws) == 2


def test_revert_and_reapply_import(demo):
    with demo.session() as s:
        keys_before = roster.existing_keys(s)
        values_before = {k: roster.member_values(s, i) for k, (i, _) in keys_before.items()}
        result = roster.import_file(s, FIXTURES / "roster_messy.xlsx",
                                    on_duplicate="update", skip_invalid=True)
    assert count(demo) == 40
    with demo.session() as s:
        snapshots = roster.revert_import(s, result)
    with demo.session() as s:
        assert roster.existing_keys(s) == keys_before
        assert {k: roster.member_values(s, i) for k, (i, _) in keys_before.items()} == values_before
    with demo.session() as s:
        roster.reapply_import(s, result, snapshots)
    assert count(demo) == 40


def test_failure_in_the_middle_of_an_import_leaves_nothing(ws):
    import sqlite3

    from sqlalchemy import event

    with ws.session() as s:
        roster.add_member(s, {"name": "Already here"})
    parsed = parse_rows(read_table(FIXTURES / "roster_messy.xlsx"))
    inserted = []

    def fail_after_members(conn, cursor, statement, params, context, executemany):
        if statement.startswith("INSERT INTO members"):
            inserted.append(statement)
        elif statement.startswith("INSERT INTO audit_log") and inserted:
            failure = sqlite3.OperationalError("disk I/O error")  # the disk fails mid-import
            failure.sqlite_errorcode, failure.sqlite_errorname = 778, "SQLITE_IOERR_WRITE"
            raise failure

    event.listen(ws.engine, "before_cursor_execute", fail_after_members)
    try:
        with pytest.raises(UserError, match="disk error"), ws.session() as s:
            roster.apply_import(s, parsed, skip_invalid=True)
    finally:
        event.remove(ws.engine, "before_cursor_execute", fail_after_members)
    assert inserted, "the members were written before the failure"
    assert count(ws) == 1
    with ws.session() as s:
        assert list(s.scalars(select(Member.name))) == ["Already here"]


def test_export_refuses_other_extensions(ws, tmp_path):
    with pytest.raises(BadInputError), ws.session() as s:
        roster.export_roster(s, tmp_path / "roster.ods")
