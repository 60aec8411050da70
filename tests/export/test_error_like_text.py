"""Text that looks like a spreadsheet error (#N/A, #REF!, #DIV/0!...) is written as text.

openpyxl turns a plain string that is one of Excel's error codes into an
error cell; a member typed as "#N/A" must come back as the text "#N/A" from
every workbook the app writes (workshop workbook, roster, blank ballot
matrix), with data_type "s".
"""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from openpyxl.cell.cell import ERROR_CODES

from facilitator_app.export.paper_ballots import write_blank_matrix
from facilitator_app.services import attendance, priorities, roster, swot, voting
from facilitator_app.services.reports import export_workshop
from facilitator_app.services.workshops import create_workshop
from facilitator_app.storage.workspace import open_workspace

ERRORS = ["#N/A", "#REF!", "#DIV/0!", "#NAME?", "#VALUE!", "#NUM!", "#NULL!"]


def _error_cells(path) -> tuple[dict[str, set[str]], list[str]]:
    """Data types of the cells holding one of ERRORS, and every error cell."""
    book = load_workbook(path)  # not read-only: data_type as stored
    types: dict[str, set[str]] = {}
    errors: list[str] = []
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.data_type == "e":
                    errors.append(f"{ws.title}!{c.coordinate}={c.value}")
                if c.value in ERRORS:
                    types.setdefault(c.value, set()).add(c.data_type)
    book.close()
    return types, errors


@pytest.fixture
def workspace(tmp_path):
    ws = open_workspace(tmp_path / "errors.cluster", create=True)
    with ws.session() as s:
        ids = [roster.add_member(s, {"name": name, "member_type": "firm", "locality": name})
               for name in ERRORS]
        w = create_workshop(s, "#REF!", date=date(2026, 5, 1), venue="#N/A")
        attendance.add_attendees(s, w.id, ids, role="voter")
        for name in ERRORS:
            swot.add_item(s, w.id, "W", name)
        pids = [priorities.add_priority(s, w.id, name).id for name in ERRORS[:4]]
        info = voting.create_round(s, w.id, pids, "approval", anonymity="named")
        for k, member_id in enumerate(ids):
            voting.record_ballot(s, info.id, {o.id: (k + j) % 2 for j, o in enumerate(info.options)},
                                 voter_id=member_id)
        voting.close_round(s, info.id)
    yield ws
    ws.close()


def test_error_codes_are_the_ones_openpyxl_knows():
    assert set(ERRORS) == set(ERROR_CODES)


def test_workshop_workbook_writes_error_like_text_as_text(workspace, tmp_path):
    path = tmp_path / "workshop.xlsx"
    with workspace.session() as s:
        export_workshop(s, path)
    types, errors = _error_cells(path)
    assert errors == []
    assert set(types) == set(ERRORS)
    assert all(t == {"s"} for t in types.values()), types


def test_roster_workbook_writes_error_like_text_as_text(workspace, tmp_path):
    path = tmp_path / "roster.xlsx"
    with workspace.session() as s:
        roster.export_roster(s, path)
    types, errors = _error_cells(path)
    assert errors == []
    assert set(types) == set(ERRORS) and all(t == {"s"} for t in types.values()), types


def test_blank_ballot_matrix_writes_error_like_text_as_text(tmp_path):
    path = write_blank_matrix(tmp_path / "matrix.xlsx", [["Voter", *ERRORS], ["#N/A", None]])
    types, errors = _error_cells(path)
    assert errors == []
    assert set(types) == set(ERRORS) and all(t == {"s"} for t in types.values()), types
