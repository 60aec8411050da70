"""The Action plan page, its dialogs, the review of open actions and "Adopt…" on
the Results tab, driven through their widgets on the demo workspace."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox
from sqlalchemy import select

from facilitator_app.services import decisions, voting
from facilitator_app.services.demo import create_demo
from facilitator_app.storage.models import Member
from facilitator_app.ui.action_dialogs import ActionDialog, IndicatorsDialog
from facilitator_app.ui.action_plan_page import ActionPlanPage
from facilitator_app.ui.action_review import ReviewDialog
from facilitator_app.ui.adopt_dialog import AdoptDialog
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.context import AppContext
from tests.qt_typing import type_text

LATE = "Fermentation and drying protocol training for growers"
BRAND = "Brand name, logo and origin story for Grenada fine cocoa"


@pytest.fixture
def ctx(qtbot, tmp_path):
    configure_application()
    ws = create_demo(tmp_path / "demo.cluster")
    messages: list[str] = []
    context = AppContext(ws, lambda _key: None, messages.append)
    context.messages = messages
    yield context
    ws.close()


@pytest.fixture
def page(qtbot, ctx):
    widget = ActionPlanPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def titles(page) -> list[str]:
    return [a.title for a in page.shown_actions()]


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def member_id(ctx, name) -> int:
    with ctx.session() as s:
        return s.scalar(select(Member.id).where(Member.name == name))


def drive(monkeypatch, cls, steps, qtbot=None) -> list:
    """Replace ``cls.exec`` by ``steps(dialog)`` (which answers it) and return
    the dialogs seen. With ``qtbot`` the dialog is also made the active window
    (where typed keys go)."""
    seen = []

    def run(dialog):
        seen.append(dialog)
        dialog.show()  # on screen, as exec() shows it, but without blocking
        if qtbot is not None:
            with qtbot.waitActive(dialog):
                dialog.activateWindow()
        steps(dialog)
        if dialog.isVisible():
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(cls, "exec", run)
    return seen


def type_in_cell(qtbot, view, index, text: str) -> None:
    """Start editing a cell as a key press does, type, and press Enter."""
    from PySide6.QtWidgets import QLineEdit

    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(QLineEdit)
    assert editor is not None, "no editor opened"
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits and closes the editor from the event loop
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


# ----- what the page shows ----------------------------------------------------------------
def test_the_page_shows_decisions_and_every_action_overdue_first(qtbot, page):
    assert [page.decision_model.index(r, 0).data() for r in range(2)] == [
        "Shared fermentation & drying centre", "Joint export brand for fine cocoa"]
    assert page.decision_model.index(0, 3).data() == "3"
    assert "Consensus reached: 100 % support" in page.decision_model.index(0, 4).data()
    shown = page.shown_actions()
    assert len(shown) == 6 and shown[0].title == LATE
    first = [page.proxy.index(0, c).data() for c in range(9)]
    assert first[3] == "St. Andrew's Fermentary"
    assert first[7] == "6,500.00 XCD"
    assert first[8] == "Late — overdue"
    assert page.proxy.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert page.proxy.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert page.proxy.index(0, 9).data() == "Growers trained 30%"
    assert page.counts_label.text() == "6 actions: 4 open, 1 late or overdue, 1 done."


def test_filters_by_status_lead_and_workshop(qtbot, page, ctx):
    choose(page.status_combo, "@overdue")
    assert titles(page) == [LATE]
    choose(page.status_combo, "@open")
    assert len(titles(page)) == 4 and "Joint stand at an international chocolate fair" \
        not in titles(page)
    choose(page.status_combo, "done")
    assert titles(page) == ["Feasibility study and site options for the shared centre"]
    assert page.counts_label.text().startswith("Showing 1 of 6.")
    choose(page.status_combo, "")
    choose(page.lead_combo, member_id(ctx, "Jouvay Chocolate Ltd"))
    assert titles(page) == [BRAND]
    choose(page.lead_combo, None)
    choose(page.workshop_combo, 1)
    assert len(titles(page)) == 6
    # sorting by a column, then the proxy keeps the filter
    page.view.sortByColumn(7, Qt.SortOrder.DescendingOrder)  # budget, largest first
    assert titles(page)[0] == "Secure land and co-funding for the centre"


# ----- adding, editing, deleting -----------------------------------------------------------
def test_new_action_refused_in_words_then_saved_and_undone(qtbot, page, ctx, monkeypatch):
    attempts = []

    def fill(dialog: ActionDialog):
        choose(dialog.decision_combo, page.decision_model._rows[1].id)
        dialog.title_edit.setFocus()
        type_text(dialog.title_edit, "Dégustation panel for the brand")
        choose(dialog.lead_combo, member_id(ctx, "Chocolaterie Bèl Kakao"))
        dialog.partner_filter.setText("grenada choc")
        visible = [dialog.partner_list.item(r) for r in range(dialog.partner_list.count())
                   if not dialog.partner_list.item(r).isHidden()]
        assert [i.text() for i in visible] == ["Grenada Chocolate Company"]
        visible[0].setCheckState(Qt.CheckState.Checked)
        dialog.start_edit.setDate(QDate(2027, 5, 1))
        dialog.due_edit.setDate(QDate(2027, 4, 1))
        dialog.budget_edit.setText("2,500")
        dialog.currency_edit.setText("XCD")
        dialog.accept()
        attempts.append(dialog.problem.message())
        assert dialog.isVisible() or dialog.result() != QDialog.DialogCode.Accepted
        dialog.due_edit.setDate(QDate(2027, 6, 30))
        dialog.budget_edit.setText("-1")
        dialog.accept()
        attempts.append(dialog.problem.message())
        dialog.budget_edit.setText("2,500")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    drive(monkeypatch, ActionDialog, fill)
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert attempts == [
        "The due date (2027-04-01) comes before the start (2027-05-01).",
        "The budget estimate cannot be below zero."]
    assert "Dégustation panel for the brand" in titles(page)
    added = page.selected_action()
    assert added.title == "Dégustation panel for the brand"
    assert (added.lead_name, added.partner_names) == ("Chocolaterie Bèl Kakao",
                                                      ("Grenada Chocolate Company",))
    assert (added.budget, added.due_date) == (Decimal("2500.00"), date(2027, 6, 30))
    assert added.decision_title == "Joint export brand for fine cocoa"
    ctx.undo_stack.undo()
    assert "Dégustation panel for the brand" not in titles(page)
    ctx.undo_stack.redo()
    assert "Dégustation panel for the brand" in titles(page)


def test_enter_edits_the_selected_action_and_undo_puts_it_back(qtbot, page, ctx, monkeypatch):
    def mark_done(dialog: ActionDialog):
        assert dialog.title_edit.text() == LATE
        assert dialog.budget_edit.text() == "6,500.00"
        choose(dialog.status_combo, "done")
        dialog.notes_edit.setPlainText("All five sessions held in July.")
        dialog.accept()

    drive(monkeypatch, ActionDialog, mark_done)
    page.select_action(page.shown_actions()[0].uid)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    with ctx.session() as s:
        done = next(a for a in decisions.list_actions(s) if a.title == LATE)
    assert done.status == "done" and not done.overdue
    assert page.counts_label.text() == "6 actions: 3 open, 0 late or overdue, 2 done."
    ctx.undo_stack.undo()
    with ctx.session() as s:
        back = next(a for a in decisions.list_actions(s) if a.title == LATE)
    assert back.status == "late" and back.notes.startswith("Two of five")


def test_delete_asks_first_and_can_be_undone(qtbot, page, ctx, monkeypatch):
    asked = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or answer[0])
    page.select_action(page.shown_actions()[0].uid)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert LATE in titles(page)
    assert "Its 1 indicator(s) go with it." in asked[0]
    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert LATE not in titles(page) and len(titles(page)) == 5
    ctx.undo_stack.undo()
    assert titles(page)[0] == LATE
    assert page.shown_actions()[0].indicators[0].name == "Growers trained"


def test_indicators_are_edited_in_their_table(qtbot, page, ctx, monkeypatch):
    def edit(dialog: IndicatorsDialog):
        dialog.name_edit.setFocus()
        type_text(dialog.name_edit, "Sessions held")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
        assert dialog.model.rowCount() == 2
        cell = dialog.model.index(1, 2)  # target of the new indicator
        type_in_cell(qtbot, dialog.view, cell, "5")
        assert dialog.model.index(1, 2).data() == "5"
        date_cell = dialog.model.index(1, 6)
        dialog.view.setCurrentIndex(date_cell)
        assert not dialog.model.setData(date_cell, "31/12/2026")
        assert dialog.problem.message().startswith("“31/12/2026” is not a date")
        assert dialog.model.setData(date_cell, "2026-12-31")
        assert not dialog.problem.isVisible()
        dialog.reject()

    drive(monkeypatch, IndicatorsDialog, edit, qtbot)
    page.select_action(page.shown_actions()[0].uid)
    qtbot.keyClick(page.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    late = page.shown_actions()[0]
    assert [(i.name, i.target, i.measured_on) for i in late.indicators] == [
        ("Growers trained", 40.0, date(2026, 5, 17)), ("Sessions held", 5.0, date(2026, 12, 31))]
    ctx.undo_stack.undo()  # the date
    ctx.undo_stack.undo()  # the target
    ctx.undo_stack.undo()  # the indicator itself
    assert [i.name for i in page.shown_actions()[0].indicators] == ["Growers trained"]


# ----- decisions ---------------------------------------------------------------------------------
def test_take_back_a_decision_with_its_plan_and_undo(qtbot, page, ctx, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    page.select_decision(page.decision_model._rows[0].uid)
    qtbot.mouseClick(page.take_back_button, Qt.MouseButton.LeftButton)
    assert "Its action plan goes with it: 3 action(s)" in asked[0]
    assert page.decision_model.rowCount() == 1 and len(titles(page)) == 3
    ctx.undo_stack.undo()
    assert page.decision_model.rowCount() == 2 and len(titles(page)) == 6


def test_edit_a_statement(qtbot, page, ctx, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda *a, **k: ("Adopted with one abstention.", True))
    page.select_decision(page.decision_model._rows[1].uid)
    qtbot.mouseClick(page.statement_button, Qt.MouseButton.LeftButton)
    assert page.decision_model.index(1, 5).data() == "Adopted with one abstention."
    ctx.undo_stack.undo()
    assert page.decision_model.index(1, 5).data().startswith("The members adopt")


# ----- the review of open actions ------------------------------------------------------------------
def test_review_updates_every_status_in_one_go(qtbot, page, ctx, monkeypatch):
    def review(dialog: ReviewDialog):
        assert dialog.model.rowCount() == 4
        assert dialog.intro.text().startswith("4 open action(s), 1 overdue.")
        assert dialog.model.index(0, 0).data() == LATE
        assert dialog.model.index(0, 4).data().endswith("(overdue)")
        dialog.status_combo(0).setCurrentIndex(dialog.status_combo(0).findData("done"))
        brand = next(r for r in range(4) if dialog.model.index(r, 0).data() == BRAND)
        dialog.status_combo(brand).setCurrentIndex(dialog.status_combo(brand).findData("late"))
        type_in_cell(qtbot, dialog.view, dialog.model.index(brand, 6), "Designer changed")
        with ctx.session() as s:  # nothing written before Save all
            assert decisions.get_action(s, dialog.model.rows()[0].action.id).status == "late"
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    drive(monkeypatch, ReviewDialog, review, qtbot)
    qtbot.keyClick(page.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    with ctx.session() as s:
        plan = {a.title: a for a in decisions.list_actions(s)}
    assert plan[LATE].status == "done"
    assert (plan[BRAND].status, plan[BRAND].notes) == ("late", "Designer changed")
    assert ctx.messages[-1] == "2 action(s) updated."
    assert ctx.undo_stack.undoText() == "Update 2 action(s)"
    ctx.undo_stack.undo()
    with ctx.session() as s:
        plan = {a.title: a for a in decisions.list_actions(s)}
    assert (plan[LATE].status, plan[BRAND].status, plan[BRAND].notes) == ("late", "on_track", "")


def test_a_new_workshop_starts_with_the_review(qtbot, ctx, monkeypatch):
    from facilitator_app.ui.workshops_page import NewWorkshopDialog, WorkshopsPage

    workshops = WorkshopsPage(ctx)
    qtbot.addWidget(workshops)
    workshops.show()
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)

    def create(dialog):
        dialog.title_edit.setText("Follow-up workshop")
        dialog.date_edit.setDate(QDate(2026, 9, 15))
        dialog.accept()

    def review(dialog: ReviewDialog):
        dialog.status_combo(0).setCurrentIndex(dialog.status_combo(0).findData("done"))
        dialog.save()

    drive(monkeypatch, NewWorkshopDialog, create)
    reviews = drive(monkeypatch, ReviewDialog, review)
    workshop_id = workshops.new_workshop()
    assert workshop_id is not None and len(reviews) == 1
    assert asked == [("4 action(s) from earlier workshops are still open (1 overdue).\n\n"
                      "Start this workshop by reviewing them with the room?")]
    with ctx.session() as s:
        assert [a.title for a in decisions.list_actions(s, status="done")] == [
            LATE, "Feasibility study and site options for the shared centre"]


def test_an_empty_workspace_asks_nothing(qtbot, tmp_path):
    from facilitator_app.services.workspaces import create_workspace
    from facilitator_app.ui.action_review import offer_review

    ws = create_workspace(tmp_path / "empty.cluster")
    try:
        context = AppContext(ws, lambda _k: None, lambda _m: None)
        with ws.session() as s:
            from facilitator_app.services.workshops import create_workshop

            workshop_id = create_workshop(s, "First").id
        assert offer_review(context, workshop_id) is False  # no question (the guard would fail)
        page = ActionPlanPage(context)
        qtbot.addWidget(page)
        assert page.decision_count.text().startswith("No decision yet")
        assert not page.add_button.isEnabled()
    finally:
        ws.close()


# ----- adopting on the Results tab ---------------------------------------------------------------
def results_tab(qtbot, ctx):
    from facilitator_app.ui.results_tab import ResultsTab

    tab = ResultsTab(ctx, 1)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    return tab


def test_adopt_the_top_three_from_the_results_tab(qtbot, ctx, monkeypatch):
    tab = results_tab(qtbot, ctx)
    with ctx.session() as s:
        first = voting.list_rounds(s, 1)[0]
    assert not tab.adopt_button.isEnabled()  # the open round: no result to adopt from
    tab.select_round(first.id)
    assert tab.adopt_button.isEnabled()
    seen = []

    def adopt(dialog: AdoptDialog):
        seen.append(dialog)
        assert not dialog.consensus_radio.isEnabled()  # a Borda round
        assert dialog.top_radio.isChecked() and dialog.k_spin.value() == 3
        ticked = [dialog.list.item(r).text() for r in range(dialog.list.count())
                  if dialog.list.item(r).checkState() == Qt.CheckState.Checked]
        assert ticked == ["3. Training in post-harvest quality  (points: 88)"]  # 1 and 2 adopted
        assert not dialog.list.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
        assert dialog.statement.toPlainText() == (
            "The members adopt “Training in post-harvest quality” as a priority of the "
            "cluster.")
        dialog.k_spin.setValue(4)
        assert dialog.statement.toPlainText() == (
            "The members adopt these 2 priorities as the cluster's priorities.")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    drive(monkeypatch, AdoptDialog, adopt)
    qtbot.mouseClick(tab.adopt_button, Qt.MouseButton.LeftButton)
    with ctx.session() as s:
        made = decisions.list_decisions(s)
    assert [d.priority_title for d in made][2:] == [
        "Training in post-harvest quality", "Certification support (organic, fair trade)"]
    assert ctx.messages[-1] == ("2 priorities adopted. Already adopted: “Shared fermentation & "
                                "drying centre”, “Joint export brand for fine cocoa”.")
    ctx.undo_stack.undo()
    with ctx.session() as s:
        assert len(decisions.list_decisions(s)) == 2


def test_one_ticked_priority_with_a_statement_of_ones_own(qtbot, ctx, monkeypatch):
    tab = results_tab(qtbot, ctx)
    with ctx.session() as s:
        first = voting.list_rounds(s, 1)[0]
    tab.select_round(first.id)

    def adopt(dialog: AdoptDialog):
        youth = next(r for r in range(dialog.list.count())
                     if "Youth in cocoa" in dialog.list.item(r).text())
        dialog.tick([])
        dialog.list.item(youth).setCheckState(Qt.CheckState.Checked)
        assert dialog.ticked_radio.isChecked()
        dialog.statement.setPlainText("")
        dialog.accept()
        assert dialog.problem.message().startswith("A decision needs a statement")
        dialog.statement.setFocus()
        type_text(dialog.statement, "Adoptée : la relève des jeunes.")
        dialog.accept()

    drive(monkeypatch, AdoptDialog, adopt)
    tab.adopt()
    with ctx.session() as s:
        youth = decisions.list_decisions(s)[-1]
    assert youth.priority_title == "Youth in cocoa apprenticeship scheme"
    assert youth.statement == "Adoptée : la relève des jeunes."


def test_consensus_round_with_everything_adopted_has_nothing_to_adopt(qtbot, ctx, monkeypatch):
    tab = results_tab(qtbot, ctx)
    with ctx.session() as s:
        second = voting.list_rounds(s, 1)[1]
    tab.select_round(second.id)

    def look(dialog: AdoptDialog):
        assert dialog.consensus_radio.isEnabled() and dialog.top_radio.isChecked()
        dialog.consensus_radio.click()
        assert not dialog.ok_button.isEnabled()  # both consensus priorities adopted already
        dialog.reject()

    drive(monkeypatch, AdoptDialog, look)
    tab.adopt()
    with ctx.session() as s:
        assert len(decisions.list_decisions(s)) == 2


# ----- in the main window ---------------------------------------------------------------------
def test_the_sidebar_page_and_its_keys(qtbot, tmp_path, monkeypatch):
    from facilitator_app.storage.workspace import open_workspace
    from facilitator_app.ui.main_window import MainWindow

    configure_application()
    path = tmp_path / "demo.cluster"
    create_demo(path).close()
    window = MainWindow(open_workspace(path))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    row = window._nav_keys.index("action_plan")
    assert window.nav.item(row).text() == "Action plan"
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.pages["action_plan"]
    assert page.view.hasFocus()
    opened = drive(monkeypatch, ActionDialog, lambda d: d.reject())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1 and opened[0].windowTitle() == "New action"
    # the health panel's factor-11 line leads here
    window.navigate("home")
    window.pages["home"].health_panel.figures["actions_on_track"].linkActivated.emit(
        "action_plan")
    assert window.current_page_key() == "action_plan"
    window.close()


def test_far_in_the_future_everything_open_is_overdue(qtbot, page, monkeypatch):
    import facilitator_app.ui.action_plan_page as module

    class Later(date):
        @classmethod
        def today(cls):
            return date.today() + timedelta(days=400)

    monkeypatch.setattr(module, "date", Later)
    page.reload()
    choose(page.status_combo, "@overdue")
    assert len(titles(page)) == 4


# ----- the plan members filled in, taken back -------------------------------------------------
def test_import_a_filled_in_plan_after_its_preview_and_undo_it(qtbot, page, ctx, tmp_path,
                                                               monkeypatch):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    from facilitator_app.core.action_plan import ACTION_COLUMNS
    from facilitator_app.export.workbook import write_workbook
    from facilitator_app.services import reports
    from facilitator_app.ui.plan_import_dialog import PlanImportDialog

    with ctx.session() as s:
        sent = write_workbook(tmp_path / "sent.xlsx", reports.gather(s, 1))
    book = load_workbook(sent)
    sheet = book["Action plan"]
    status = ACTION_COLUMNS.index("Status") + 1
    sheet.cell(2, status).value = "Done"  # the late action, first row
    book.save(tmp_path / "back.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(tmp_path / "back.xlsx"), ""))

    def look_then_apply(dialog: PlanImportDialog):
        top = dialog.tree.topLevelItem(0)
        assert dialog.tree.topLevelItemCount() == 1
        assert top.text(0) == f"Action plan, row 2: {LATE} (changed)"
        assert [top.child(0).text(c) for c in range(3)] == ["Status", "Late", "Done"]
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    drive(monkeypatch, PlanImportDialog, look_then_apply)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert next(a for a in page.shown_actions() if a.title == LATE).status == "done"
    assert ctx.undo_stack.undoText() == "Import back.xlsx"
    ctx.undo_stack.undo()
    assert next(a for a in page.shown_actions() if a.title == LATE).status == "late"

    # a bad row: the preview says why, and nothing can be applied
    sheet.cell(3, status).value = "Finished"
    book.save(tmp_path / "back.xlsx")

    def refused(dialog: PlanImportDialog):
        assert not dialog.apply_button.isEnabled()
        assert dialog.tree.topLevelItem(0).text(0).startswith(
            "Action plan, row 3: the status “Finished” is not one of")
        assert dialog.summary.text().endswith("Correct the file and import it again.")
        dialog.reject()

    drive(monkeypatch, PlanImportDialog, refused)
    assert not page.import_plan()
    assert next(a for a in page.shown_actions() if a.title == LATE).status == "late"


def test_the_workshop_filter_narrows_the_decisions_too(qtbot, page, ctx):
    from facilitator_app.services.attendance import add_attendees
    from facilitator_app.services.priorities import add_priority
    from facilitator_app.services.workshops import create_workshop

    with ctx.session() as s:
        later = create_workshop(s, "Atelier de suivi — Sauteurs", date=date(2026, 9, 15)).id
        voters = [member_id(ctx, "Belmont Estate Cocoa Farmers"),
                  member_id(ctx, "Chocolaterie Bèl Kakao")]
        add_attendees(s, later, voters, role="voter")
        options = [add_priority(s, later, t).id for t in ("Cold store", "Website")]
        info = voting.create_round(s, later, options, "borda", anonymity="named")
        a, b = (o.id for o in info.options)
        voting.record_ballot(s, info.id, {a: 1, b: 2}, voter_id=voters[0])
        voting.record_ballot(s, info.id, {a: 1, b: 2}, voter_id=voters[1])
        voting.close_round(s, info.id)
        decisions.adopt_top(s, info.id, 1, "Cold store first.")
    ctx.notify("action_plan")
    assert page.decision_model.rowCount() == 3
    choose(page.workshop_combo, later)
    assert [d.priority_title for d in page.decision_model._rows] == ["Cold store"]
    assert titles(page) == [] and page.decision_count.text() == "1 decision"
    choose(page.workshop_combo, None)
    assert page.decision_model.rowCount() == 3 and len(titles(page)) == 6


def test_a_decisions_time_is_shown_the_locales_way_in_local_time():
    from datetime import UTC, datetime

    from PySide6.QtCore import QLocale

    from facilitator_app.ui.action_plan_page import adopted_text

    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    try:
        stored = datetime(2026, 3, 18, 14, 5)  # naive, as the workspace keeps UTC
        local = stored.replace(tzinfo=UTC).astimezone()
        shown = adopted_text(stored)
        assert shown.startswith(local.strftime("%d/%m/%Y"))
        assert local.strftime("%H:%M") in shown and "2026-03-18" not in shown
    finally:
        QLocale.setDefault(before)
