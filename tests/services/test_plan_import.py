"""The Action plan sheet sent to members, filled in (openpyxl, LibreOffice) and taken back."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from facilitator_app.core.action_plan import ACTION_COLUMNS, INDICATOR_COLUMNS
from facilitator_app.core.action_plan_import import read_plan_book
from facilitator_app.core.errors import BadInputError, UserError
from facilitator_app.export.workbook import write_workbook
from facilitator_app.services import decisions, reports
from facilitator_app.services.demo import create_demo
from tests.libreoffice import saved_by_libreoffice, soffice

LATE = "Fermentation and drying protocol training for growers"
BRAND = "Brand name, logo and origin story for Grenada fine cocoa"


@pytest.fixture
def demo(tmp_path):
    ws = create_demo(tmp_path / "demo.cluster")
    yield ws
    ws.close()


@pytest.fixture
def sent(demo, tmp_path):
    """The workshop workbook as it goes out to the members."""
    with demo.session() as s:
        data = reports.gather(s, 1)
    return write_workbook(tmp_path / "plan.xlsx", data)


def row_of(sheet, title: str, column: str = "Action") -> int:
    header = [c.value for c in sheet[1]]
    col = header.index(column) + 1
    return next(r for r in range(2, sheet.max_row + 1)
                if sheet.cell(r, col).value == title)


def fill_in(path, out):
    """What a member does in Excel: statuses, a date, a note, an actual value, a new action."""
    book = load_workbook(path)
    plan = book["Action plan"]
    col = {title: i + 1 for i, title in enumerate(ACTION_COLUMNS)}
    late = row_of(plan, LATE)
    plan.cell(late, col["Status"]).value = "Done"
    plan.cell(late, col["Notes"]).value = "All five sessions held in July."
    brand = row_of(plan, BRAND)
    plan.cell(brand, col["Due"]).value = datetime(2027, 3, 31)
    plan.cell(brand, col["Budget estimate"]).value = 14000
    new = plan.max_row + 1
    for title, value in (("Priority", "Joint export brand for fine cocoa"),
                         ("Action", "Tasting panel for the brand"),
                         ("Lead", "chocolaterie bel kakao"),  # as typed: case and accent
                         ("Partners", "Grenada Chocolate Company; Jouvay Chocolate Ltd"),
                         ("Start", datetime(2027, 1, 10)), ("Due", "2027-02-28"),
                         ("Budget estimate", "2,500"), ("Currency", "XCD"),
                         ("Status", "on track")):
        plan.cell(new, col[title]).value = value
    measured = book["Indicators"]
    icol = {title: i + 1 for i, title in enumerate(INDICATOR_COLUMNS)}
    growers = row_of(measured, "Growers trained", "Indicator")
    measured.cell(growers, icol["Actual"]).value = 40
    measured.cell(growers, icol["Date measured"]).value = datetime(2026, 7, 31)
    book.save(out)
    return out


def test_a_filled_in_plan_is_previewed_then_taken_back(demo, sent, tmp_path):
    back = fill_in(sent, tmp_path / "back.xlsx")
    book = read_plan_book(back)
    assert len(book.actions) == 7 and len(book.indicators) == 4
    with demo.session() as s:
        plan = decisions.preview_plan_import(s, book)
    assert plan.ok, plan.problems
    by_title = {c.title: c for c in plan.actions}
    assert [(f.field, f.before, f.after) for f in by_title[LATE].changes] == [
        ("Status", "Late", "Done"),
        ("Notes", "Two of five sessions held; the trainer fell ill in May.",
         "All five sessions held in July.")]
    assert [(f.field, f.after) for f in by_title[BRAND].changes] == [
        ("Due", "2027-03-31"), ("Budget estimate", "14,000.00")]
    new = by_title["Tasting panel for the brand"]
    assert new.is_new and ("Lead", "", "Chocolaterie Bèl Kakao") in [
        (f.field, f.before, f.after) for f in new.changes]
    [growers] = plan.indicators
    assert [(f.field, f.before, f.after) for f in growers.changes] == [
        ("Actual", "12", "40"), ("Date measured", "2026-05-17", "2026-07-31")]
    assert plan.unchanged == 4 + 3
    assert plan.summary == ("back.xlsx: 3 changed, 1 new (3 action row(s), 1 indicator "
                            "row(s)); 7 row(s) unchanged.")
    with demo.session() as s:
        applied = decisions.apply_plan_import(s, plan, actor="Marie")
    assert [t for _u, t in applied.new_actions] == ["Tasting panel for the brand"]
    with demo.session() as s:
        now = {a.title: a for a in decisions.list_actions(s)}
        assert (now[LATE].status, now[LATE].overdue) == ("done", False)
        assert (now[BRAND].due_date, now[BRAND].budget) == (date(2027, 3, 31),
                                                            Decimal("14000.00"))
        tasting = now["Tasting panel for the brand"]
        assert (tasting.lead_name, tasting.partner_names, tasting.status) == (
            "Chocolaterie Bèl Kakao", ("Grenada Chocolate Company", "Jouvay Chocolate Ltd"),
            "on_track")
        assert (tasting.start_date, tasting.due_date, tasting.budget) == (
            date(2027, 1, 10), date(2027, 2, 28), Decimal("2500.00"))
        assert now[LATE].indicators[0].actual == 40
    # the same file again: its new row would be a second copy, so it is refused
    with demo.session() as s:
        again = decisions.preview_plan_import(s, read_plan_book(back))
    assert again.problems == [
        ("Action plan, row 8: “Tasting panel for the brand” is in this priority's plan already "
        "(was this file imported before? Rows the app wrote carry an ID)")]


def test_one_bad_row_refuses_the_whole_file(demo, sent, tmp_path):
    back = fill_in(sent, tmp_path / "back.xlsx")
    book = load_workbook(back)
    plan = book["Action plan"]
    col = {title: i + 1 for i, title in enumerate(ACTION_COLUMNS)}
    plan.cell(row_of(plan, "Secure land and co-funding for the centre"),
              col["Status"]).value = "Finished"
    quality = row_of(plan, "Quality standard behind the brand, with the Bureau of Standards")
    plan.cell(quality, col["Start"]).value = datetime(2027, 5, 1)
    plan.cell(quality, col["Due"]).value = datetime(2027, 4, 1)
    plan.cell(row_of(plan, "Tasting panel for the brand"), col["Lead"]).value = "Nobody Ltd"
    book.save(back)
    with demo.session() as s:
        before = [(a.uid, a.status, a.due_date) for a in decisions.list_actions(s)]
        preview = decisions.preview_plan_import(s, read_plan_book(back))
    assert not preview.ok
    assert preview.problems == [
        ("Action plan, row 6: the status “Finished” is not one of Not started, On track, Late, "
        "Done, Dropped"),
        "Action plan, row 7: The due date (2027-04-01) comes before the start (2027-05-01).",
        "Action plan, row 8: the lead “Nobody Ltd” is not a member of the roster"]
    assert preview.summary.startswith("back.xlsx: 3 rows cannot be taken, so nothing is "
                                      "imported.")
    with demo.session() as s, pytest.raises(UserError, match="nothing is imported"):
        decisions.apply_plan_import(s, preview)
    with demo.session() as s:
        assert [(a.uid, a.status, a.due_date) for a in decisions.list_actions(s)] == before


def test_ids_that_do_not_belong_here_are_refused(demo, sent, tmp_path):
    book = load_workbook(sent)
    plan = book["Action plan"]
    plan.cell(2, 1).value = "00000000-0000-0000-0000-000000000000"
    plan.cell(4, 1).value = plan.cell(3, 1).value  # a row copied over another
    book.save(sent)
    with demo.session() as s:
        preview = decisions.preview_plan_import(s, read_plan_book(sent))
    assert preview.problems == [
        ("Action plan, row 2: no action of this workspace has this ID (was the action deleted, "
        "or the file made from another workspace?)"),
        "Action plan, row 4: the same action as row 3 (its ID is repeated)"]


def test_files_that_are_not_the_plan(tmp_path):
    from openpyxl import Workbook

    other = tmp_path / "members.xlsx"
    wb = Workbook()
    wb.active.append(["Name", "Type"])
    wb.save(other)
    with pytest.raises(BadInputError, match="has no “Action plan” sheet"):
        read_plan_book(other)
    text = tmp_path / "plan.csv"
    text.write_text("a,b\n")
    with pytest.raises(BadInputError, match="is not an Excel workbook"):
        read_plan_book(text)
    wb = Workbook()
    wb.active.title = "Action plan"
    wb.active.append(["Action", "Status"])
    wb.save(other)
    with pytest.raises(BadInputError, match="header row the app wrote"):
        read_plan_book(other)


@pytest.mark.slow
@pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")
def test_a_plan_saved_again_by_libreoffice_reads_the_same(demo, sent, tmp_path):
    """The member's copy saved by LibreOffice Calc: its dates, numbers and drop-down
    list survive, and the import sees the same changes."""
    back = fill_in(sent, tmp_path / "back.xlsx")
    saved = saved_by_libreoffice(back, tmp_path)
    reread = load_workbook(saved)
    checks = [dv for dv in reread["Action plan"].data_validations.dataValidation
              if dv.type == "list"]
    assert checks and "On track" in checks[0].formula1
    with demo.session() as s:
        by_openpyxl = decisions.preview_plan_import(s, read_plan_book(back))
        by_calc = decisions.preview_plan_import(s, read_plan_book(saved))
    assert by_calc.ok, by_calc.problems
    assert [(c.title, c.changes) for c in by_calc.changes] == [
        (c.title, c.changes) for c in by_openpyxl.changes]


def test_the_same_new_action_twice_in_one_file_is_refused(demo, sent, tmp_path):
    back = fill_in(sent, tmp_path / "back.xlsx")
    book = load_workbook(back)
    plan = book["Action plan"]
    tasting = row_of(plan, "Tasting panel for the brand")
    again = plan.max_row + 1
    for c in range(1, plan.max_column + 1):  # a member pasted the new row twice
        plan.cell(again, c).value = plan.cell(tasting, c).value
    plan.cell(again, ACTION_COLUMNS.index("Action") + 1).value = "TASTING panel for the brand "
    book.save(back)
    with demo.session() as s:
        preview = decisions.preview_plan_import(s, read_plan_book(back))
    assert preview.problems == [
        (f"Action plan, row {again}: “TASTING panel for the brand” is new in row {tasting} "
         "already: one action, one row")]
