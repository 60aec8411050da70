"""Where file dialogs start, and opening a written file with no program for it.

The save dialogs are answered by patching ``QFileDialog.getSaveFileName``
(what the user would click), which also records the folder each one
proposed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from facilitator_app.paths import user_data_dir
from facilitator_app.services import voting
from facilitator_app.services.demo import create_demo
from facilitator_app.storage.workspace import open_workspace
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.export_actions import install_export_actions
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.voting_tab import VotingTab
from tests.ui.voting_setup import small_workshop

PACKAGE = Path(__file__).resolve().parents[2] / "facilitator_app"


@pytest.fixture
def documents(tmp_path, monkeypatch):
    """A home folder of our own, with a Documents folder in it."""
    home = tmp_path / "home of Zoë"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    configure_application()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(documents) == home / "Documents"
    return home / "Documents"


class SaveDialogs:
    """Answers every save dialog with a file in ``answer_in`` and records
    the path each dialog proposed."""

    def __init__(self, monkeypatch, answer_in: Path):
        self.proposed: list[Path] = []
        self.answer_in = answer_in
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self.save)

    def save(self, _parent, _title, suggested, _filters="", *args, **kwargs):
        self.proposed.append(Path(suggested))
        return str(self.answer_in / Path(suggested).name), ""


def _finish(qtbot, actions) -> None:
    """Wait for the export to end and be reported (as the user sees it)."""
    assert actions.wait()
    qtbot.waitUntil(lambda: not actions.running, timeout=30_000)


def test_every_file_dialog_goes_through_the_helper():
    """No dialog of the app picks its own folder (grep, as the facilitator cannot)."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "file_dialogs.py":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"QFileDialog\s*\.\s*get", text) or "import QFileDialog" in text or \
                re.search(r"^\s+QFileDialog,\s*$", text, re.MULTILINE):
            offenders.append(path.relative_to(PACKAGE).as_posix())
    assert offenders == []


def test_exports_of_the_demo_start_in_documents_then_where_the_user_saved(
        qtbot, documents, tmp_path, monkeypatch):
    # the demo lives in the app's own (hidden) data folder
    demo = user_data_dir() / "Demo.cluster"
    create_demo(demo).close()
    window = MainWindow(open_workspace(demo))
    qtbot.addWidget(window)
    window.show()
    actions = install_export_actions(window)
    monkeypatch.setattr(actions, "ask_open", lambda _path: False)
    usb = tmp_path / "USB stick"
    usb.mkdir()
    dialogs = SaveDialogs(monkeypatch, usb)

    actions.roster_action.trigger()
    _finish(qtbot, actions)
    assert dialogs.proposed[0].parent == documents  # not the app folder, not the cwd
    assert actions.last_written.parent == usb

    # the next export, from the menu or the FAQ page, proposes the USB stick
    actions.faq_action.trigger()
    _finish(qtbot, actions)
    assert dialogs.proposed[1].parent == usb
    window.navigate("faq")
    faq = window.pages["faq"]
    monkeypatch.setattr(faq, "_show_error", lambda message: pytest.fail(message))
    written = faq.export_handout()
    assert dialogs.proposed[2].parent == usb and written == usb / dialogs.proposed[2].name
    window.close()

    # ... and so does the next start of the app (the folder is in the settings)
    again = MainWindow(open_workspace(demo))
    qtbot.addWidget(again)
    again_actions = install_export_actions(again)
    monkeypatch.setattr(again_actions, "ask_open", lambda _path: False)
    again_actions.faq_action.trigger()
    _finish(qtbot, again_actions)
    assert dialogs.proposed[3].parent == usb
    # the stick was taken out: Documents again
    usb.rename(tmp_path / "elsewhere")
    (tmp_path / "elsewhere").mkdir(exist_ok=True)
    dialogs.answer_in = documents
    again_actions.faq_action.trigger()
    _finish(qtbot, again_actions)
    assert dialogs.proposed[4].parent == documents
    again.close()


def test_paper_ballots_are_not_saved_in_the_working_directory(
        qtbot, documents, tmp_path, monkeypatch):
    data = small_workshop(tmp_path)
    try:
        with data.ctx.session() as s:
            voting.create_round(s, data.workshop_id, data.priorities, "borda",
                                anonymity="named", title="Round 1: rank them")
        tab = VotingTab(data.ctx, data.workshop_id)
        qtbot.addWidget(tab)
        monkeypatch.chdir(tmp_path)
        dialogs = SaveDialogs(monkeypatch, documents)
        tab.paper_button.click()
        assert dialogs.proposed[0].parent == documents
        assert dialogs.proposed[0].name.startswith("Ballots - Round 1")
        written = documents / dialogs.proposed[0].name
        # written off the GUI thread: the status line says when it is there
        qtbot.waitUntil(lambda: any(m.startswith("Paper ballots saved")
                                    for m in data.ctx.messages), timeout=20_000)
        text = "".join(page.extract_text() for page in PdfReader(str(written)).pages)
        assert "Coopérative du Nord" in text
        assert not list(tmp_path.glob("*.pdf"))
    finally:
        data.ws.close()


def test_workspace_dialogs_never_start_in_the_app_folder(qtbot, documents, monkeypatch):
    demo = user_data_dir() / "Demo.cluster"
    create_demo(demo).close()
    window = MainWindow(open_workspace(demo))
    qtbot.addWidget(window)
    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda _p, _t, folder, *a, **k: (opened.append(folder), ("", ""))[1])
    dialogs = SaveDialogs(monkeypatch, documents)
    window.open_dialog()
    assert opened == [str(documents)]
    window.save_copy()
    assert dialogs.proposed[0].parent == documents
    assert (documents / dialogs.proposed[0].name).exists()
    window.close()


def _opened_urls(monkeypatch, works_for: set[str]) -> list[str]:
    """Stand in for the desktop: only paths in ``works_for`` have a program."""
    asked: list[str] = []

    def open_url(url) -> bool:
        asked.append(url.toLocalFile())
        return url.toLocalFile() in works_for

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return asked


def _answer_message(monkeypatch, button_text: str | None) -> list[QMessageBox]:
    shown: list[QMessageBox] = []

    def exec_(box) -> int:
        shown.append(box)
        for button in box.buttons():
            if button_text is not None and button.text() == button_text:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def test_open_the_file_without_a_program_says_where_it_is_and_opens_the_folder(
        qtbot, tmp_path, monkeypatch):
    configure_application()
    path = tmp_path / "Rapport d'atelier — Grand'Anse.pdf"
    create_demo(tmp_path / "w.cluster").close()
    window = MainWindow(open_workspace(tmp_path / "w.cluster"))
    qtbot.addWidget(window)
    actions = install_export_actions(window)
    monkeypatch.setattr(actions, "ask_save_path", lambda *_a: str(path))
    monkeypatch.setattr(actions, "ask_open", lambda _p: True)  # "Open the file"
    asked = _opened_urls(monkeypatch, works_for={str(tmp_path)})
    shown = _answer_message(monkeypatch, "Open the folder")
    actions.report_action.trigger()
    _finish(qtbot, actions)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    box = shown[0]
    assert "No program on this computer opens" in box.text()
    assert str(path) in box.informativeText()  # the whole path, to find it by hand
    assert asked == [str(path), str(tmp_path)]  # the file, then its folder
    window.close()


def test_the_faq_link_falls_back_too_and_a_closed_message_opens_nothing(
        qtbot, tmp_path, monkeypatch):
    from facilitator_app.ui.faq_page import FaqPage

    configure_application()
    page = FaqPage(lambda _k: None)
    qtbot.addWidget(page)
    target = tmp_path / "handout.pdf"
    monkeypatch.setattr(page, "_ask_save_path", lambda: str(target))
    assert page.export_handout() == target
    asked = _opened_urls(monkeypatch, works_for=set())
    shown = _answer_message(monkeypatch, None)  # the user closes the message
    page.status_label.linkActivated.emit("open")  # "Open it"
    assert len(shown) == 1 and str(target) in shown[0].informativeText()
    assert asked == [str(target)]
    # when the folder cannot be opened either, the path is said once more
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    shown = _answer_message(monkeypatch, "Open the folder")
    from facilitator_app.ui.file_dialogs import open_file

    assert open_file(page, target) is False
    assert warnings and str(target) in warnings[0]
