"""Malformed imports never crash and never import half.

Random bytes (as .csv and as .xlsx) and random tables of random cells go
through the whole import: the only exception allowed is UserError, and the
workspace holds either every planned member or none of them.
"""

from __future__ import annotations

import csv
import io
import math
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select

from facilitator_app.core.errors import UserError
from facilitator_app.core.roster_import import parse_rows, read_table
from facilitator_app.services import roster
from facilitator_app.storage.models import Member
from facilitator_app.storage.workspace import open_workspace

FUZZ = settings(
    max_examples=60, deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def ws(tmp_path):
    workspace = open_workspace(tmp_path / "fuzz.cluster", create=True)
    with workspace.session() as s:
        roster.add_member(s, {"name": "Grenada Cocoa Association"})
    yield workspace
    workspace.close()


def member_count(ws) -> int:
    with ws.session() as s:
        return int(s.scalar(select(func.count()).select_from(Member)))


def import_or_refuse(ws, path, **options) -> None:
    """Import ``path``; check all-or-nothing whatever happens."""
    before = member_count(ws)
    try:
        with ws.session() as s:
            result = roster.import_file(s, path, **options)
    except UserError:
        assert member_count(ws) == before
        return
    if result.written:
        assert member_count(ws) == before + result.added
    else:
        assert member_count(ws) == before


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_random_bytes_never_crash(ws, tmp_path, data, suffix):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    import_or_refuse(ws, path, skip_invalid=True)


@FUZZ
@given(data=st.binary(max_size=2000))
def test_random_bytes_after_a_header_never_crash(ws, tmp_path, data):
    path = tmp_path / "header.csv"
    path.write_bytes(b"Organisation,Type,Email,Joined,Vote weight,Employees\n" + data)
    import_or_refuse(ws, path, skip_invalid=True, on_duplicate="update")


cells = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.sampled_from(["=1+1", "'=x", "+509", "-", "@a", "Firm", "Academic", "active",
                     "12/05/2022", "2030-01-01", "not yet", "yes", "x@y.org", "a@b"]),
    st.integers(-10**6, 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=date(1900, 1, 1)),
)
headers = st.lists(
    st.sampled_from(["Organisation", "Name", "Type", "E-mail", "Joined", "Status", "Size",
                     "Vote weight", "Employees", "Women-led", "Notes", "Country", "", "Misc"]),
    min_size=1, max_size=8,
)


@FUZZ
@given(head=headers, body=st.lists(st.lists(cells, max_size=9), max_size=15),
       title_rows=st.integers(0, 3), as_xlsx=st.booleans(),
       on_duplicate=st.sampled_from(["skip", "update"]), skip_invalid=st.booleans())
def test_random_tables_never_crash_and_never_import_half(
    ws, tmp_path, head, body, title_rows, as_xlsx, on_duplicate, skip_invalid
):
    rows = [["Member list"]] * title_rows + [head] + body
    if as_xlsx:
        path = tmp_path / "table.xlsx"
        wb = Workbook()
        sheet = wb.active
        for row in rows:
            sheet.append([_xlsx_safe(v) for v in row])
        wb.save(path)
    else:
        path = tmp_path / "table.csv"
        buffer = io.StringIO()
        csv.writer(buffer).writerows(rows)
        path.write_text(buffer.getvalue(), encoding="utf-8")
    import_or_refuse(ws, path, on_duplicate=on_duplicate, skip_invalid=skip_invalid)
    # The pure steps alone never raise anything but UserError either.
    try:
        parse_rows(read_table(path))
    except UserError:
        pass


def _xlsx_safe(value):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    if isinstance(value, float) and not math.isfinite(value):
        return None  # a workbook cannot hold NaN or infinity
    if isinstance(value, date) and not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day)
    return value


@FUZZ
@given(cut=st.integers(0, 4000), junk=st.binary(max_size=40))
def test_damaged_sheet_inside_a_valid_zip_is_refused_cleanly(ws, tmp_path, cut, junk):
    import zipfile

    good = tmp_path / "good.xlsx"
    wb = Workbook()
    wb.active.append(["Organisation", "Type"])
    wb.active.append(["Belmont Estate", "Firm"])
    wb.save(good)
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: cut % (len(data) + 1)] + junk
            dst.writestr(item, data)
    import_or_refuse(ws, bad, skip_invalid=True)
