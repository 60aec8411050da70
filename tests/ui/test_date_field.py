"""Date boxes that may be empty (an action's start and due dates, a workshop's
date): typed in the locale's way, picked on a calendar that opens on a
sensible month, and text that is not a date refused where it was typed,
never saved as "no date"."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import QDialog

from facilitator_app.services import decisions
from facilitator_app.services.demo import create_demo
from facilitator_app.ui.action_dialogs import ActionDialog
from facilitator_app.ui.action_plan_page import ActionPlanPage
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.workshops_page import NewWorkshopDialog


@pytest.fixture
def english():
    """British dates (set after the application is configured, which sets its own)."""
    before = QLocale()
    configure_application()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def ctx(qtbot, tmp_path, english):
    ws = create_demo(tmp_path / "demo.cluster")
    context = AppContext(ws, lambda _key: None, lambda _message: None)
    yield context
    ws.close()


@pytest.fixture
def dialog(qtbot, ctx):
    """A new action's dialog, as Ctrl+N on the Action plan opens it; what OK saves
    is kept in ``dialog.saved``."""
    page = ActionPlanPage(ctx)
    qtbot.addWidget(page)
    with ctx.session() as s:
        members = decisions.member_choices(s)
    saved: list[dict] = []
    widget = ActionDialog(page.decision_model._rows, members, saved.append, parent=page)
    widget.saved = saved
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitActive(widget):
        widget.activateWindow()
    widget.title_edit.setText("Tasting panel")
    return widget


def type_into(qtbot, dialog, field, text: str) -> None:
    field.line.setFocus()
    assert field.line.hasFocus()
    field.line.selectAll()
    qtbot.keyClicks(field.line, text)
    qtbot.mouseClick(dialog.title_edit, Qt.MouseButton.LeftButton)  # leaving takes the text
    assert not field.line.hasFocus()


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def shown_page(field) -> tuple[int, int]:
    """Open the box's calendar (as its button does) and read the month it shows."""
    field.menu.popup(field.mapToGlobal(QPoint(0, field.height())))
    page = (field.calendar.yearShown(), field.calendar.monthShown())
    field.menu.hide()
    return page


#: the calendar pops up as a menu: the offscreen platform cannot raise it or grab keys
popup = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing",
                                  extend=True)


@popup
def test_an_empty_due_date_is_a_state_of_its_own(qtbot, dialog):
    due = dialog.due_edit
    assert due.text() == "" and due.line.placeholderText() == "No due date"
    assert due.value() is None
    today = QDate.currentDate()
    assert shown_page(due) == (today.year(), today.month())  # not January 2000
    dialog.start_edit.set_value(date(2027, 5, 1))
    assert shown_page(due) == (2027, 5)  # after a start date: the start's month
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved[-1]["due_date"] is None
    assert dialog.saved[-1]["start_date"] == date(2027, 5, 1)


@pytest.mark.parametrize("typed", ["31 Mar 2027", "31/03/2027", "31/3/2027", "2027-03-31",
                                   "31 March 2027"])
def test_a_typed_due_date_is_saved(qtbot, dialog, typed):
    type_into(qtbot, dialog, dialog.due_edit, typed)
    assert dialog.due_edit.value() == date(2027, 3, 31)
    assert dialog.due_edit.text() == "31/03/2027"  # written back the locale's way
    assert not dialog.due_edit.error.isVisible()
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved[-1]["due_date"] == date(2027, 3, 31)


def test_text_that_is_not_a_date_is_refused_next_to_the_box(qtbot, dialog):
    type_into(qtbot, dialog, dialog.due_edit, "end of March")
    press_ok(qtbot, dialog)
    assert dialog.saved == []  # not saved with no due date
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    error = dialog.due_edit.error
    assert error.isVisible()
    assert "“end of March” is not a date" in error.text() and "31/" not in error.text()
    assert dialog.due_edit.line.hasFocus()

    type_into(qtbot, dialog, dialog.due_edit, "30/04/2027")  # put right: taken, message gone
    assert not error.isVisible()
    press_ok(qtbot, dialog)
    assert dialog.saved[-1]["due_date"] == date(2027, 4, 30)


def test_the_clear_button_empties_the_date(qtbot, dialog):
    dialog.due_edit.set_value(date(2027, 3, 31))
    dialog.due_edit.line.clear()  # what the line's clear button does
    assert dialog.due_edit.value() is None
    press_ok(qtbot, dialog)
    assert dialog.saved[-1]["due_date"] is None


@popup
def test_a_picked_date_is_taken(qtbot, dialog):
    due = dialog.due_edit
    due.menu.popup(due.mapToGlobal(QPoint(0, due.height())))
    due.calendar.clicked.emit(QDate(2027, 6, 15))  # a click on the 15th
    assert not due.menu.isVisible()
    assert due.value() == date(2027, 6, 15) and due.text() == "15/06/2027"


def test_a_new_workshops_date_is_refused_when_it_is_not_one(qtbot, english):
    dialog = NewWorkshopDialog("Marie")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.title_edit.setText("Follow-up")
    type_into(qtbot, dialog, dialog.date_edit, "someday")
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.date_edit.error.isVisible()
    type_into(qtbot, dialog, dialog.date_edit, "4 May 2027")
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values()["date"] == date(2027, 5, 4)


def test_the_first_of_january_2000_is_a_date_not_an_empty_box(qtbot, dialog):
    type_into(qtbot, dialog, dialog.due_edit, "01/01/2000")
    assert dialog.due_edit.value() == date(2000, 1, 1)
    assert dialog.due_edit.text() == "01/01/2000"
    dialog.due_edit.set_value(None)
    assert dialog.due_edit.value() is None and dialog.due_edit.text() == ""


@pytest.mark.parametrize("locale, typed", [("en_US", "3/31/27"), ("de_DE", "31.03.27")])
def test_a_two_digit_year_is_this_centurys(qtbot, english, locale, typed):
    # these locales' short formats have two-digit years, which Qt reads as 19xx
    from facilitator_app.ui.date_field import parse_date

    QLocale.setDefault(QLocale(locale))
    assert parse_date(typed) == QDate(2027, 3, 31)
