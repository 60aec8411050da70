"""Open voting to phones from the Voting tab (issue 16): the join address and
its QR code, live turnout without names, codes, one-click stop, and the
server stops when the round closes or the app quits. Loopback only."""

from __future__ import annotations

import socket

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QRadioButton

from facilitator_app.services import voting
from facilitator_app.services.priorities import list_priorities
from facilitator_app.services.room import codes, keys
from facilitator_app.ui.phone_voting import StartDialog, machine_addresses
from facilitator_app.ui.round_dialog import RoundDialog
from facilitator_app.ui.voting_tab import VotingTab
from tests.room_client import Phone
from tests.ui.voting_setup import (  # noqa: F401
    VOTERS,
    accept,
    no_modal_dialogs,
    voting_workshop,
)


def _tab(qtbot, setup, anonymity="named", method="borda"):
    tab = VotingTab(setup.ctx, setup.workshop_id)
    qtbot.addWidget(tab)
    with setup.ctx.session() as s:
        info = voting.create_round(s, setup.workshop_id, setup.priorities, method,
                                   anonymity=anonymity)
    tab.reload(select=info.id)
    return tab, info


def _gone(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return True
    return False


def test_the_window_shows_the_address_its_qr_code_and_the_turnout(qtbot, setup, tmp_path):
    tab, info = _tab(qtbot, setup)
    assert tab.phones_button.isEnabled()
    assert "127.0.0.1" in machine_addresses()
    dialog = StartDialog(info.title, tab)
    dialog.address.setCurrentText("127.0.0.1")
    dialog.port.setValue(0)
    window = tab.open_phones(accept(dialog), show=False)
    assert window is not None and window.server.running
    assert window.url.startswith("http://127.0.0.1:")
    assert window.findChild(QLabel, "join_url").text() == window.url
    qr = window.findChild(QLabel, "join_qr").pixmap()
    assert not qr.isNull() and qr.width() >= 250
    turnout = window.findChild(QLabel, "turnout")
    assert turnout.text() == "0 of 4 have voted"
    slips = window.save_codes(tmp_path / "codes.csv", kind="csv")
    rows = slips.read_text(encoding="utf-8-sig").splitlines()[1:]
    code = rows[0].split(",")[1]
    Phone(window.url).vote(code, {f"o{info.options[0].id}": "1"})
    qtbot.waitUntil(lambda: turnout.text() == "1 of 4 has voted", timeout=5000)
    # the Voting tab follows: one fewer to vote, the round's row counts the ballot
    qtbot.waitUntil(lambda: tab.waiting_label.text() == "Not voted yet: 3 of 4", timeout=5000)
    port = window.server.port
    stopped = []
    window.stopped.connect(stopped.append)
    window.stop_button.click()  # one click
    assert not window.server.running and _gone(port) and stopped
    assert tab.phones is None


def test_a_secret_round_shows_no_names_and_closing_the_round_stops_it(qtbot, setup,
                                                                      monkeypatch, tmp_path):
    tab, info = _tab(qtbot, setup, anonymity="secret")
    window = tab.open_phones(host="127.0.0.1", port=0, show=False)
    window.save_codes(tmp_path / "slips.pdf")
    with setup.ctx.session() as s:
        assert codes.code_counts(s, info.id).issued == 4
    tab.reload(select=info.id)  # the holders vote by phone only: no name left to offer
    assert tab.waiting_label.text() == ("Not voted yet: 0 of 4\n"
                                        "and 4 phone codes not used yet")
    texts = " ".join(label.text() for label in window.findChildren(QLabel))
    assert not any(name in texts for name, _kind in VOTERS)
    port = window.server.port
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert tab.close_round(not_voted_ok=True)
    assert not window.server.running and _gone(port)
    assert not tab.phones_button.isEnabled()  # no listening while no round is open
    assert tab.open_phones(host="127.0.0.1", port=0, show=False) is None


def test_it_stops_when_the_round_closes_elsewhere_and_when_the_app_quits(qtbot, setup):
    tab, info = _tab(qtbot, setup)
    window = tab.open_phones(host="127.0.0.1", port=0, show=False)
    with setup.ws.session() as s:  # closed by another part of the app
        voting.close_round(s, info.id)
    qtbot.waitUntil(lambda: not window.server.running, timeout=5000)
    qtbot.waitUntil(lambda: tab.phones is None, timeout=5000)
    with setup.ctx.session() as s:
        voting.reopen_round(s, info.id, reason="one more")
    tab.reload(select=info.id)
    window = tab.open_phones(host="127.0.0.1", port=0, show=False)
    port = window.server.port
    QCoreApplication.instance().aboutToQuit.emit()
    assert not window.server.running and _gone(port)


def test_the_window_says_when_the_codes_were_issued_on_another_computer(qtbot, setup):
    tab, info = _tab(qtbot, setup)
    with setup.ctx.session() as s:
        codes.issue_codes(s, info.id)
    keys.delete_key(info.uid)  # as on a laptop that did not issue them
    window = tab.open_phones(host="127.0.0.1", port=0, show=False)
    assert "issued on another computer" in window.state.text()
    assert "issue new codes here" in window.state.text()
    window.stop()


def test_the_round_dialog_says_beforehand_that_going_secret_withdraws_the_codes(
        qtbot, setup):
    tab, info = _tab(qtbot, setup)
    with setup.ctx.session() as s:
        codes.issue_codes(s, info.id)
        info = voting.get_round(s, info.id)
        priorities = list_priorities(s, setup.workshop_id)
    dialog = RoundDialog(priorities, info, parent=tab)
    qtbot.addWidget(dialog)
    dialog.show()
    note = dialog.findChild(QLabel, "codes_note")
    assert not note.isVisible()
    dialog.findChild(QRadioButton, "anonymity_anonymous").click()
    assert not note.isVisible()  # a named slip is an anonymous round's slip too
    dialog.findChild(QRadioButton, "anonymity_secret").click()
    assert note.isVisible() and note.text().startswith("4 phone codes were issued")
    tab.edit_round(accept(dialog))
    with setup.ctx.session() as s:
        changed = voting.get_round(s, info.id)
        assert (changed.anonymity, changed.phone_codes) == ("secret", 0)
        assert codes.code_counts(s, info.id).members_without == 4
    again = RoundDialog(priorities, changed, parent=tab)
    qtbot.addWidget(again)
    again.show()
    again.findChild(QRadioButton, "anonymity_named").click()
    assert not again.findChild(QLabel, "codes_note").isVisible()  # no codes: nothing to say


def _overlaps(window) -> list[tuple[str, str]]:
    """Pairs of the window's visible parts that cover each other."""
    from PySide6.QtWidgets import QPushButton

    parts = [w for w in window.findChildren(QLabel) + window.findChildren(QPushButton)
             if w.isVisibleTo(window) and w.parentWidget() is window]
    rects = [(w.objectName() or w.text()[:20], w.geometry()) for w in parts]
    return [(a, b) for i, (a, ra) in enumerate(rects) for b, rb in rects[i + 1:]
            if ra.intersects(rb)]


def test_the_window_opens_large_centred_and_nothing_overlaps(qtbot, setup):
    from PySide6.QtGui import QGuiApplication

    tab, info = _tab(qtbot, setup)
    tab.resize(1280, 720)
    tab.show()
    dialog = StartDialog(info.title, tab)
    dialog.address.setCurrentText("127.0.0.1")
    dialog.port.setValue(0)
    window = tab.open_phones(accept(dialog))
    qtbot.waitExposed(window)
    area = QGuiApplication.primaryScreen().availableGeometry()
    frame = window.geometry()
    # large, centred on the laptop's screen (the only one; no presenter view showing)
    assert frame.width() >= area.width() * 3 // 4 and frame.height() >= area.height() * 3 // 4
    assert abs(frame.center().x() - area.center().x()) <= 2
    assert abs(frame.center().y() - area.center().y()) <= 2
    steps = window.findChild(QLabel, "join_steps")
    qr = window.findChild(QLabel, "join_qr")
    for size in (frame.size(), window.minimumSize(), (369, 368)):
        window.resize(*size) if isinstance(size, tuple) else window.resize(size)
        qtbot.wait(10)
        assert window.width() >= window.minimumWidth()
        assert _overlaps(window) == [], (size, _overlaps(window))
        # the code is drawn within its own place, not over the steps beside it
        assert qr.pixmap().width() <= min(qr.width(), qr.height())
        assert not qr.geometry().intersects(steps.geometry())
        assert steps.height() >= steps.heightForWidth(steps.width())  # the steps whole
    window.stop()
