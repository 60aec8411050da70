"""Dates on screen follow the computer's locale (tables, labels, date boxes,
the audit log); nothing shows an ISO date; files keep ISO."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from facilitator_app.services.roster import add_member
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.ui import dates
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.audit_view import local_time
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.member_form import MemberForm
from facilitator_app.ui.roster_page import RosterPage
from facilitator_app.ui.workshops_page import WorkshopsPage


@pytest.fixture
def locale():
    """Set the default locale for one test (as the computer's settings would)."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(("name", "short", "long_part"), [
    ("en_GB", "18/03/2026", "18 March 2026"),
    ("en_US", "3/18/2026", "March 18, 2026"),
    ("fr_FR", "18/03/2026", "18 mars 2026"),
    ("de_DE", "18.03.2026", "18. März 2026"),
    ("C", "18 Mar 2026", "18 March 2026"),
])
def test_the_workshops_list_and_header_show_the_locales_dates(qtbot, tmp_path, locale, name,
                                                               short, long_part):
    locale(name)
    configure_application()
    ws = create_workspace(tmp_path / "dates.cluster")
    with ws.session() as s:
        workshop_id = create_workshop(s, "Atelier d'été", date(2026, 3, 18)).id
    ctx = AppContext(ws, navigate=lambda key: None, show_status=lambda msg: None)
    page = WorkshopsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    row = [page.proxy.index(0, c).data() for c in range(page.proxy.columnCount())]
    assert short in row and "2026-03-18" not in row
    view = page.open_workshop(workshop_id, "details")
    assert long_part in view.subtitle_label.text()
    assert "2026-03-18" not in view.subtitle_label.text()
    edit = view.tab("details").date_edit
    assert edit.text() == short  # the date box writes it the same way
    ws.close()


def test_member_dates_in_the_table_and_the_form(qtbot, tmp_path, locale):
    locale("en_GB")
    configure_application()
    ws = create_workspace(tmp_path / "members.cluster")
    with ws.session() as s:
        add_member(s, {"name": "Coopérative Léa", "member_type": "firm",
                       "join_date": date(2019, 7, 4)})
    ctx = AppContext(ws, navigate=lambda key: None, show_status=lambda msg: None)
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    page.show()
    column = page.model.fields.index("join_date")
    assert page.proxy.index(0, column).data() == "04/07/2019"
    form = MemberForm()
    qtbot.addWidget(form)
    form.widgets["join_date"].set_value(date(2019, 7, 4))
    assert form.widgets["join_date"].edit.text() == "04/07/2019"
    assert form.values()["join_date"] == date(2019, 7, 4)  # what is stored stays a date
    ws.close()


def test_audit_times_are_local_and_in_the_locales_order(locale):
    locale("en_GB")
    at = datetime(2026, 3, 18, 14, 5, 9, tzinfo=UTC)
    local = at.astimezone()
    expected_day = QLocale().toString(QDate(local.year, local.month, local.day), "dd/MM/yyyy")
    text = local_time(at)
    assert text.startswith(expected_day + " ")
    assert text.endswith(f"{local.minute:02d}:{local.second:02d}")
    assert "2026-03-18" not in text
    assert dates.date_text(None) == "" and dates.datetime_text(None) == ""


def test_action_plan_dates_in_the_locales_order(qtbot, tmp_path, locale):
    import re

    from facilitator_app.services.demo import create_demo
    from facilitator_app.ui.action_plan_page import ActionPlanPage

    locale("en_GB")
    configure_application()
    ws = create_demo(tmp_path / "demo.cluster")
    ctx = AppContext(ws, navigate=lambda key: None, show_status=lambda msg: None)
    page = ActionPlanPage(ctx)
    qtbot.addWidget(page)
    page.show()
    model = page.view.model()
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in (5, 6)]
    assert heads == ["Start", "Due"]
    shown = [model.index(r, c).data() or "" for r in range(model.rowCount()) for c in (5, 6)]
    assert any(shown)
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4}", text) for text in shown if text), shown
    ws.close()
