"""The roster table model and its filter proxy, without a view."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from facilitator_app.services.roster import TABLE_FIELDS
from facilitator_app.ui.dates import date_text
from facilitator_app.ui.roster_model import (
    MemberIdRole,
    RosterFilterProxy,
    RosterTableModel,
)


def row(member_id: int, **values) -> tuple:
    return (member_id, *(values.get(f) for f in TABLE_FIELDS))


ROWS = [
    row(1, name="Zeta Farms", member_type="firm", status="active", locality="Gouyave",
        join_date=date(2020, 1, 1), vote_weight=1.0),
    row(2, name="Émile Cocoa", member_type="firm", status="inactive",
        contact_person="Renée Noël", vote_weight=2.5),
    row(3, name="alpha University", member_type="academic", status="active",
        join_date=date(2018, 5, 1), women_led=True),
]


def make(qtbot=None):
    model = RosterTableModel()
    proxy = RosterFilterProxy()
    proxy.setSourceModel(model)
    model.load(ROWS)
    return model, proxy


def names(proxy):
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_rows_sorted_by_name_ignoring_case_and_accents(qapp):
    _model, proxy = make()
    assert names(proxy) == ["alpha University", "Émile Cocoa", "Zeta Farms"]
    assert proxy.index(1, 0).data(MemberIdRole) == 2


def test_display_values(qapp):
    model, _ = make()
    r = model.row_of(3)
    col = model.fields.index
    assert model.index(r, col("member_type")).data() == "Academic / training institution"
    assert model.index(r, col("women_led")).data() == "Yes"
    assert model.index(r, col("join_date")).data() == date_text(date(2018, 5, 1))
    assert model.index(model.row_of(2), col("vote_weight")).data() == "2.5"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Organisation"


def test_filters(qapp):
    _model, proxy = make()
    proxy.set_filters(search="NOEL")
    assert names(proxy) == ["Émile Cocoa"]
    proxy.set_filters(search="", member_type="firm")
    assert names(proxy) == ["Émile Cocoa", "Zeta Farms"]
    proxy.set_filters(status="active")
    assert names(proxy) == ["Zeta Farms"]
    assert proxy.type_counts() == {"firm": 1}
    proxy.set_filters(member_type=None, status=None, search="farms gouyave")
    assert names(proxy) == []  # no match across two fields


def test_sort_columns_and_changes_keep_filters(qapp):
    model, proxy = make()
    proxy.sort(model.fields.index("join_date"), Qt.SortOrder.AscendingOrder)
    assert names(proxy) == ["alpha University", "Zeta Farms", "Émile Cocoa"]  # empty last
    proxy.set_filters(member_type="firm")
    model.upsert(row(4, name="Beta Firm", member_type="firm", status="active"))
    model.upsert(row(5, name="Gamma Academy", member_type="academic", status="active"))
    assert "Beta Firm" in names(proxy) and "Gamma Academy" not in names(proxy)
    model.remove(1)
    assert "Zeta Farms" not in names(proxy)
    model.upsert(row(2, name="Émile Cocoa Ltd", member_type="firm", status="active"))
    assert "Émile Cocoa Ltd" in names(proxy)
    assert model.rowCount() == 4
