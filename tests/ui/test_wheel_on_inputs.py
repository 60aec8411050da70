"""The mouse wheel over a drop-down or a number box the user is not working
in scrolls the page; it never changes the value (Active became Prospective,
then was saved when another member was chosen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from facilitator_app.services.demo import create_demo
from facilitator_app.storage.models import Member
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.roster_model import MemberIdRole
from facilitator_app.ui.roster_page import RosterPage
from facilitator_app.ui.settings_dialog import SettingsDialog


@pytest.fixture
def ws(tmp_path):
    workspace = create_demo(tmp_path / "démo.cluster")
    yield workspace
    workspace.close()


@pytest.fixture
def page(qtbot, ws):
    configure_application()
    ctx = AppContext(ws, navigate=lambda key: None, show_status=lambda msg: None)
    widget = RosterPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def wheel(widget: QWidget, notches: int = -1) -> None:
    """Turn the wheel over the middle of ``widget`` (negative: towards the user)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def click_row(qtbot, page, row: int) -> int:
    index = page.proxy.index(row, 0)
    rect = page.view.visualRect(index)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return index.data(MemberIdRole)


def test_wheel_over_the_member_forms_drop_downs_changes_nothing(qtbot, page, ws):
    first = click_row(qtbot, page, 0)
    assert page.view.hasFocus()
    status = page.form.widgets["status"]
    member_type = page.form.widgets["member_type"]
    assert status.currentData() == "active"
    before_type = member_type.currentData()
    scroll = page.form.parentWidget().parentWidget().verticalScrollBar()  # the form's scroll area
    assert scroll.maximum() > 0
    scrolled_from = scroll.value()

    for _ in range(3):
        wheel(status)
        wheel(member_type)
        wheel(page.form.widgets["join_date"].edit)
    assert status.currentData() == "active"
    assert member_type.currentData() == before_type
    assert not page.form.is_dirty()
    assert scroll.value() > scrolled_from  # the wheel scrolled the form instead

    click_row(qtbot, page, 1)  # choosing another member saves edits: there are none
    with ws.session() as s:
        assert s.scalar(select(Member.status).where(Member.id == first)) == "active"

    # the wheel never takes the focus; once the user is in the box it works
    assert status.focusPolicy() & Qt.FocusPolicy.WheelFocus != Qt.FocusPolicy.WheelFocus
    status.setFocus()
    wheel(status)
    assert status.currentData() != "active"


def test_wheel_over_a_settings_number_box_changes_nothing(qtbot):
    configure_application()
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.pages["Display"])
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    spin = dialog.pages["Display"].editors["font_scale"]
    dialog.tabs.setFocus()
    value = spin.value()
    wheel(spin, notches=1)
    assert spin.value() == value
    spin.setFocus()
    wheel(spin, notches=1)
    assert spin.value() == value + 1
