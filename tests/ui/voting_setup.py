"""A small workshop for the voting GUI tests: four voters, one observer, four priorities."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QWidget

from facilitator_app.services import priorities as priority_service
from facilitator_app.services.attendance import add_attendees
from facilitator_app.services.roster import add_member
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.ui.context import AppContext

VOTERS = [
    ("Asociación de Productores Ñame Verde", "firm"),
    ("Coopérative du Nord", "firm"),
    ("Smith & Sons <Ltd>", "firm"),
    ("Grenada Bureau of Standards", "standards"),
]
OBSERVER = ("Ministry of Agriculture", "ministry")
PRIORITIES = ["Joint export brand", "Shared drying centre", "Youth apprenticeships",
              "Chocolate festival"]


@dataclass
class Setup:
    ws: object
    ctx: AppContext
    workshop_id: int
    voters: dict[str, int]  # name -> member id
    observer: int
    priorities: list[int]


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A message box nobody answers would hang the test run: fail instead (tests patch it)."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected modal dialog: {args[1:3]}")

    for name in ("warning", "question", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    for name in ("getText", "getInt", "getItem"):
        monkeypatch.setattr(QInputDialog, name, refuse)


def make_ctx(ws) -> AppContext:
    messages: list[str] = []
    ctx = AppContext(ws, lambda _key: None, messages.append)
    ctx.messages = messages
    return ctx


def small_workshop(tmp_path) -> Setup:
    ws = create_workspace(tmp_path / "vote.cluster")
    with ws.session() as s:
        workshop = create_workshop(s, "Priority day")
        voters = {name: add_member(s, {"name": name, "member_type": kind})
                  for name, kind in VOTERS}
        observer = add_member(s, {"name": OBSERVER[0], "member_type": OBSERVER[1]})
        add_attendees(s, workshop.id, voters.values(), role="voter")
        add_attendees(s, workshop.id, [observer], role="observer")
        priority_ids = [priority_service.add_priority(s, workshop.id, t).id for t in PRIORITIES]
    return Setup(ws, make_ctx(ws), workshop.id, voters, observer, priority_ids)


@pytest.fixture(name="setup")
def voting_workshop(qtbot, tmp_path):
    """``setup``: the small workshop in a configured app, the facilitator named
    Marie (import this function into a test module to have the fixture)."""
    from facilitator_app import options as app_options
    from facilitator_app.ui.app import configure_application

    configure_application()
    app_options.set_value("facilitator_name", "Marie")
    data = small_workshop(tmp_path)
    yield data
    data.ws.close()


def accept(dialog: QDialog) -> QDialog:
    """Run ``dialog`` as if its OK button had been pressed (no modal loop in tests)."""
    dialog.exec = lambda: QDialog.DialogCode.Accepted
    return dialog


def focused(default: QWidget) -> QWidget:
    return QApplication.focusWidget() or default


def key(qtbot, widget: QWidget, k: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """One key to whatever has the focus (an open cell editor, else ``widget``)."""
    qtbot.keyClick(focused(widget), k, modifier)
    qtbot.wait(5)  # moves after an edit are deferred to the event loop


def type_keys(qtbot, widget: QWidget, text: str) -> None:
    """Type ASCII text key by key: the first key opens the cell editor, the rest go into it."""
    for ch in text:
        qtbot.keyClicks(focused(widget), ch)


def start_workshop_kiosk(qtbot, setup: Setup, language: str | None, method: str,
                         anonymity: str, params: dict | None = None):
    """A round of the setup's first three priorities, its workshop's
    participants' language set, and the kiosk started on it from the voting
    tab (PIN 2468) as the facilitator does, at 1280x720: (kiosk, round)."""
    from facilitator_app.services import voting
    from facilitator_app.services.workshops import get_workshop
    from facilitator_app.ui.kiosk import KioskStartDialog
    from facilitator_app.ui.voting_tab import VotingTab

    with setup.ctx.session() as s:
        get_workshop(s, setup.workshop_id).language = language
        info = voting.create_round(s, setup.workshop_id, setup.priorities[:3], method,
                                   anonymity=anonymity, params=params)
    tab = VotingTab(setup.ctx, setup.workshop_id)
    qtbot.addWidget(tab)
    tab.reload(select=info.id)
    dialog = KioskStartDialog(info, tab)
    dialog.pin_edit.setText("2468")
    dialog.repeat_edit.setText("2468")
    # the facilitator's dialog is in the window's language
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).text() == "Start kiosk"
    kiosk = tab.start_kiosk(accept(dialog), show=False)
    # a test may leave the kiosk with request_exit(): qtbot closes it, not Qt
    kiosk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(kiosk)
    kiosk.thanks_ms = 0
    kiosk.ask_pin = lambda: "2468"
    kiosk.resize(1280, 720)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    return kiosk, info


def click_named(qtbot, widget: QWidget, name: str) -> None:
    """Click the visible, enabled button of that object name inside ``widget``."""
    from PySide6.QtWidgets import QPushButton

    found = widget.findChild(QPushButton, name)
    assert found is not None and found.isVisible() and found.isEnabled(), name
    qtbot.mouseClick(found, Qt.MouseButton.LeftButton)
