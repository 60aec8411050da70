"""What the files say of anonymous and secret rounds (read back with openpyxl and pypdf)."""

from __future__ import annotations

from openpyxl import load_workbook
from pypdf import PdfReader

from facilitator_app.services import voting
from facilitator_app.services.attendance import add_attendees
from facilitator_app.services.priorities import add_priority
from facilitator_app.services.reports import export_workshop
from facilitator_app.services.roster import add_member
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace


def _cells(path) -> list[str]:
    book = load_workbook(path, read_only=True)
    found = [str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
             for v in row if v is not None]
    book.close()
    return found


def _setup(tmp_path, anonymity, method="score", params=None):
    ws = create_workspace(tmp_path / "w.cluster")
    with ws.session() as s:
        workshop = create_workshop(s, "Atelier")
        members = [add_member(s, {"name": f"Membre {i} Zoë"}) for i in range(4)]
        add_attendees(s, workshop.id, members, role="voter")
        priorities = [add_priority(s, workshop.id, f"Piste {k}").id for k in range(2)]
        info = voting.create_round(s, workshop.id, priorities, method, anonymity=anonymity,
                                   params=params)
    return ws, workshop.id, members, info


def test_an_open_secret_round_is_in_no_file_until_it_closes(tmp_path):
    ws, workshop_id, members, info = _setup(tmp_path, "secret", "approval")
    a, b = (o.id for o in info.options)
    with ws.session() as s:
        for i, member in enumerate(members[:3]):
            voting.record_ballot(s, info.id, {a: 1, b: i % 2}, voter_id=member)
        export_workshop(s, tmp_path / "open.xlsx", workshop_id)
        export_workshop(s, tmp_path / "open.pdf", workshop_id)
    cells = _cells(tmp_path / "open.xlsx")
    assert not any(c.startswith("Voter ") for c in cells)  # no ballot row
    assert any("still open" in c for c in cells)
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "open.pdf").pages)
    assert "still open" in " ".join(text.split())
    with ws.session() as s:
        voting.close_round(s, info.id)
        export_workshop(s, tmp_path / "closed.xlsx", workshop_id)
    assert sum(c.startswith("Voter ") for c in _cells(tmp_path / "closed.xlsx")) == 3
    ws.close()


def test_anonymous_ballot_values_never_sit_next_to_a_time_in_the_audit(tmp_path):
    ws, workshop_id, members, info = _setup(
        tmp_path, "anonymous", params={"scale_min": 1, "scale_max": 9, "two_criteria": True})
    a, b = (o.id for o in info.options)
    with ws.session() as s:
        for i, member in enumerate(members):
            voting.record_ballot(s, info.id, {a: 2 + i, b: 3}, values2={a: 5 + i, b: 8},
                                 voter_id=member)
        export_workshop(s, tmp_path / "anon.xlsx", workshop_id)
    book = load_workbook(tmp_path / "anon.xlsx", read_only=True)
    audit = [" | ".join(str(v) for v in row if v is not None)
             for row in book["Audit"].iter_rows(values_only=True)]
    book.close()
    ballot_rows = [r for r in audit if "ballot" in r.lower() and "created" in r.lower()]
    assert len(ballot_rows) == 4
    for row in ballot_rows:
        assert "feasibility" not in row and "values" not in row and "Membre" not in row
    ws.close()
