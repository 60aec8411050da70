"""Gathering a workshop for its outputs: choice of workshop, privacy rules, file names."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator_app.core.errors import BadInputError, UserError
from facilitator_app.services import reports, voting
from facilitator_app.services.demo import create_demo
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace
from tests.export.report_fixtures import NAMED_ROUND_TITLE, rich_workspace


@pytest.fixture
def demo(tmp_path):
    ws = create_demo(tmp_path / "demo.cluster")
    yield ws
    ws.close()


@pytest.fixture
def rich(tmp_path):
    ws = rich_workspace(tmp_path / "rich.cluster")
    yield ws
    ws.close()


def test_latest_workshop_is_by_date_then_id(tmp_path):
    ws = create_workspace(tmp_path / "w.cluster")
    try:
        with ws.session() as s:
            assert reports.latest_workshop_id(s) is None
            with pytest.raises(UserError, match="no workshop yet"):
                reports.resolve_workshop(s, None)
            a = create_workshop(s, "A", date=date(2026, 1, 5))
            b = create_workshop(s, "B", date=date(2026, 1, 5))
            create_workshop(s, "undated")
            create_workshop(s, "older", date=date(2025, 12, 1))
            assert reports.latest_workshop_id(s) == b.id
            assert reports.resolve_workshop(s, a.id) == a.id
            with pytest.raises(UserError, match="no workshop 999"):
                reports.resolve_workshop(s, 999)
    finally:
        ws.close()


def test_demo_gathers_everything(demo):
    with demo.session() as s:
        data = reports.gather(s, 1)
    assert data.cluster_name == "Grenada Cocoa & Spice Cluster"
    assert len(data.voters) == 19 and len(data.observers) == 2
    assert sum(t.total for t in data.by_type) == 21
    assert len(data.priorities) == 8
    assert [r.method for r in data.rounds] == ["borda", "gradients", "borda"]
    first, second, _third = data.rounds
    assert first.firms is not None and first.firms.counted == 15
    assert second.firms is None and "Secret round" in second.firms_note
    assert second.previous is not None and second.previous.id == first.info.id
    assert second.comparison is not None
    assert first.all_voters.winners == ["Shared fermentation & drying centre"]


def test_secret_round_keeps_voting_members_unnamed(demo):
    with demo.session() as s:
        data = reports.gather(s, 1)
    assert not data.voter_names_shown
    assert "Round 2 used secret ballots" in data.names_note
    assert {a.role for a in data.listed_attendees} == {"observer"}


def test_named_round_shows_names_in_ballots(rich):
    with rich.session() as s:
        data = reports.gather(s, 2)
        stored = voting.ballots(s, data.rounds[0].info.id)
    assert data.voter_names_shown
    (rnd,) = data.rounds
    assert rnd.title == NAMED_ROUND_TITLE
    labels = [row[0] for row in rnd.matrix[1:]]
    assert labels == [b.voter_name for b in stored]  # named: as stored, by name
    assert "Smith & Sons <Ltd>" in labels


def test_anonymous_ballots_are_numbered_and_not_in_name_order(demo):
    with demo.session() as s:
        data = reports.gather(s, 1)
        info = data.rounds[0].info
        by_name = voting.ballots(s, info.id)  # the service's order: by member name
    matrix = data.rounds[0].matrix
    assert matrix[0][0] == "Voter"
    assert [row[0] for row in matrix[1:]] == [f"Voter {i}" for i in range(1, 20)]
    labels = [o.label for o in info.options]
    rows = [tuple(row[1:]) for row in matrix[1:]]

    def canonical(row):  # blanks (not ranked) after any number
        return tuple((0, v) if v is not None else (1, 0) for v in row)

    # Canonical order: sorted by the numbers given, never by the voters' names.
    assert rows == sorted(rows, key=canonical)
    alphabetical = [
        tuple(int(b.values[o.id]) if o.id in b.values else None for o in info.options)
        for b in by_name
    ]
    assert rows != alphabetical
    assert sorted(rows, key=canonical) == sorted(alphabetical, key=canonical)  # none lost
    assert matrix[0][1:] == labels


def test_audit_hides_who_voted_what_outside_named_rounds(demo, rich):
    with demo.session() as s:
        hidden = reports.gather(s, 1).audit
    ballot_rows = [a for a in hidden if a.action in ("ballot.created", "ballot.received")]
    assert len(ballot_rows) == 38
    assert sum(a.action == "ballot.received" for a in ballot_rows) == 19  # the secret round
    assert all("voter" not in a.details and "values" not in a.details for a in ballot_rows)
    assert all(a.details == "" for a in ballot_rows if a.action == "ballot.received")
    assert all(a.at is None or a.at.tzinfo is None for a in hidden)
    with rich.session() as s:
        shown = reports.gather(s, 2).audit
    assert any("voter: Smith & Sons <Ltd>" in a.details for a in shown)


def test_default_file_name():
    name = reports.default_file_name(
        "Grenada Cocoa & Spice Cluster", "Priority-setting workshop 2026", date(2026, 3, 18),
        ".pdf")
    assert name == (
        "Grenada Cocoa & Spice Cluster - Priority-setting workshop 2026 - 2026-03-18.pdf")
    odd = reports.default_file_name('Coopé: "A/B" <x>?', "Q1*\tplan.", None, ".xlsx")
    assert odd == "Coopé A B x - Q1 plan.xlsx"
    assert reports.safe_file_name("CON") == "CON export"
    assert reports.safe_file_name("  ...  ") == "export"
    assert len(reports.safe_file_name("x" * 400)) == reports.MAX_NAME_CHARS


def test_check_target(tmp_path):
    assert reports.check_target(tmp_path / "a.PDF").name == "a.PDF"
    with pytest.raises(BadInputError, match=r"\.pdf .* \.xlsx"):
        reports.check_target(tmp_path / "a.docx")
    with pytest.raises(BadInputError, match="does not exist"):
        reports.check_target(tmp_path / "missing" / "a.pdf")


@pytest.mark.parametrize("suffix, stage", [(".xlsx", "Ballots sheet"), (".pdf", "Laying out")])
def test_cancel_during_the_write_leaves_nothing(demo, tmp_path, suffix, stage):
    target = tmp_path / f"out{suffix}"
    seen = []

    def cancel_at_stage(_fraction, text):
        seen.append(text)
        if stage in text:
            raise reports.ExportCancelled()

    with demo.session() as s, pytest.raises(reports.ExportCancelled):
        reports.export_workshop(s, target, 1, progress=cancel_at_stage)
    assert any(stage in t for t in seen)
    assert not target.exists()
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize("workshop_id", [1, 2])
def test_fast_reads_match_the_services(rich, workshop_id):
    """The report reads attendees and the firms' view its own (faster) way: same results."""
    from facilitator_app.services.attendance import attendees, counts_by_type
    from facilitator_app.services.workshops import workshop_summary

    with rich.session() as s:
        data = reports.gather(s, workshop_id)
        assert list(data.attendees) == attendees(s, workshop_id)
        assert list(data.by_type) == counts_by_type(s, workshop_id)
        assert data.workshop == workshop_summary(s, workshop_id)
        for rnd in data.rounds:
            firms = voting.tally_round(s, rnd.info.id, view="firms")
            if firms.note:
                assert rnd.firms is None and rnd.firms_note == firms.note
            else:
                assert rnd.firms is not None
                assert rnd.firms.to_dict() == firms.result.to_dict()
            everyone = voting.tally_round(s, rnd.info.id, view="all").result
            assert rnd.all_voters.to_dict() == everyone.to_dict()


def test_the_audit_sheet_reads_decisions_and_actions_in_sentences(demo, tmp_path):
    """Entries of decisions, actions and indicators carry a sentence: the Audit
    sheet shows it as it is (not "text: Adopted ..."), without repeating the
    names and statuses it already gives."""
    from openpyxl import load_workbook

    from facilitator_app.services import decisions

    with demo.session() as s:
        late = next(a for a in decisions.list_actions(s) if a.overdue)
        decisions.set_statuses(s, {late.id: "on_track"}, actor="Marie")
        first = decisions.list_decisions(s, 1)[0]
        decisions.update_statement(s, first.id, "Build the centre by 2028.", actor="Marie")
        path = reports.export_workshop(s, tmp_path / "demo.xlsx", 1)
    sheet = load_workbook(path, read_only=True)["Audit"]
    rows = [[str(c) if c is not None else "" for c in row] for row in sheet.iter_rows(
        values_only=True)]
    details = rows[0].index("Details")
    said = {row[1]: row[details] for row in rows[1:]}
    assert said["Decision adopted"].startswith("Adopted “")
    adopted = [row[details] for row in rows if row[1] == "Decision adopted"]
    assert adopted[0] == (
        "Adopted “Shared fermentation & drying centre” (Round 2: gradients of agreement on "
        "the top four: 1st of 4. Consensus reached: 100 % support, no block.). Statement: The "
        "members adopt the priorities that reached consensus in the gradients round as the "
        "cluster's priorities for the next two years, each with an action plan reviewed at "
        "every workshop.")
    assert said["Action added"].startswith("Action “") and "; action:" not in \
        said["Action added"]
    assert said["Indicator added"].startswith("Indicator “")
    assert said["Action status"] == (f"Action “{late.title}”: status Late → On track.")
    assert said["Decision changed"].startswith(
        "Statement of “Shared fermentation & drying centre” changed. Was: The members adopt")
    assert said["Decision changed"].endswith("; now: Build the centre by 2028.")
    assert not any(cell.startswith("text:") for row in rows for cell in row)
