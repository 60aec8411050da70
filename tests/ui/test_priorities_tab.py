"""The Priorities tab: paste a list, reorder, edit in place, delete with undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from facilitator_app.services import priorities as priority_service
from facilitator_app.services import swot as swot_service
from facilitator_app.services.demo import create_demo
from facilitator_app.services.workshops import create_workshop, list_workshops
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.priorities_tab import PasteDialog, PrioritiesTab, PriorityDialog


def make_ctx(ws):
    messages: list[str] = []
    context = AppContext(ws, lambda _key: None, messages.append)
    context.messages = messages
    return context


@pytest.fixture
def ctx(qtbot, tmp_path):
    configure_application()
    ws = create_workspace(tmp_path / "prio.cluster")
    yield make_ctx(ws)
    ws.close()


@pytest.fixture
def workshop_id(ctx):
    with ctx.session() as s:
        return create_workshop(s, "Day").id


@pytest.fixture
def tab(qtbot, ctx, workshop_id):
    widget = PrioritiesTab(ctx, workshop_id)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def accept(dialog):
    dialog.exec = lambda: QDialog.DialogCode.Accepted
    return dialog


def stored(ctx, workshop_id):
    with ctx.session() as s:
        return [p.title for p in priority_service.list_priorities(s, workshop_id)]


def test_paste_a_list_previews_blanks_and_duplicates(qtbot, ctx, workshop_id, tab):
    with ctx.session() as s:
        priority_service.add_priority(s, workshop_id, "Joint export brand")
    tab.reload()
    dialog = PasteDialog(tab._categories, tab.titles(), tab)
    dialog.text_edit.setPlainText(
        "Youth apprenticeship scheme\n\n  \n• Chocolate festival\nJOINT export brand\n"
        "chocolate  festival\n2) Shared drying centre\n"
    )
    assert dialog.summary.text() == "3 to add, 2 flagged as duplicates."
    assert [dialog.preview.item(n).text() for n in range(dialog.preview.count())] == [
        "1: Youth apprenticeship scheme",
        "4: Chocolate festival",
        "5: (skipped) JOINT export brand  — duplicate of Joint export brand",
        "6: (skipped) chocolate festival  — duplicate of line 4",
        "7: Shared drying centre",
    ]
    dialog.category_combo.setCurrentText("Cluster expansion")
    tab.paste_list(accept(dialog))
    assert tab.titles() == [
        "Joint export brand",
        "Youth apprenticeship scheme",
        "Chocolate festival",
        "Shared drying centre",
    ]
    assert stored(ctx, workshop_id) == tab.titles()
    assert tab.model.index(1, 2).data() == "Cluster expansion"
    assert tab.model.index(1, 3).data() == "Pasted list"
    assert ctx.messages[-1] == "Added 3 priorities. Skipped 2 duplicates."
    ctx.undo_stack.undo()
    assert tab.titles() == ["Joint export brand"]


def test_typed_priority_and_in_place_category_edit(qtbot, ctx, workshop_id, tab):
    dialog = PriorityDialog(tab._categories, parent=tab)
    dialog.title_edit.setText("Credit scheme for small growers")
    dialog.category_combo.setCurrentText("Policy action")
    tab.add_typed(accept(dialog))
    assert tab.titles() == ["Credit scheme for small growers"]
    index = tab.model.index(0, 2)
    assert tab.model.setData(index, "Commercial cooperation")
    qtbot.waitUntil(lambda: tab.model.index(0, 2).data() == "Commercial cooperation")
    with ctx.session() as s:
        assert priority_service.list_priorities(s, workshop_id)[0].category == (
            "Commercial cooperation"
        )
    ctx.undo_stack.undo()
    assert tab.model.index(0, 2).data() == "Policy action"


def test_reorder_with_keys_and_by_drop(qtbot, ctx, workshop_id, tab):
    with ctx.session() as s:
        for title in ("A", "B", "C", "D"):
            priority_service.add_priority(s, workshop_id, title)
    tab.reload()
    tab.select_ids([tab.model.record(0).id])
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert tab.titles() == ["B", "A", "C", "D"]
    assert [tab.model.index(r, 0).data() for r in range(4)] == [1, 2, 3, 4]
    # dragging A and D to the top
    ids = [tab.model.record(1).id, tab.model.record(3).id]
    mime = tab.model.mimeData([tab.model.index(1, 0), tab.model.index(3, 0)])
    assert tab.model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, tab.model.index(-1, -1))
    qtbot.waitUntil(lambda: tab.titles() == ["A", "D", "B", "C"])
    assert tab.selected_ids() == ids
    ctx.undo_stack.undo()
    assert tab.titles() == ["B", "A", "C", "D"]
    ctx.undo_stack.undo()
    assert stored(ctx, workshop_id) == ["A", "B", "C", "D"]


def test_delete_is_confirmed_and_undoable(qtbot, ctx, workshop_id, tab, monkeypatch):
    with ctx.session() as s:
        for title in ("Brand", "Festival"):
            priority_service.add_priority(s, workshop_id, title)
    tab.reload()
    tab.select_ids([tab.model.record(0).id])
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    tab.delete_selected()
    assert tab.titles() == ["Brand", "Festival"]
    tab.delete_selected()
    assert tab.titles() == ["Festival"]
    assert asked[0].startswith("Delete the priority “Brand”?")
    ctx.undo_stack.undo()
    assert tab.titles() == ["Brand", "Festival"]


def test_priority_from_a_swot_item(qtbot, ctx, workshop_id, tab):
    with ctx.session() as s:
        item = swot_service.add_item(s, workshop_id, "W", "Few certified farms")
        board = swot_service.items_by_quadrant(s, workshop_id)
    from facilitator_app.ui.priorities_tab import SwotItemDialog

    dialog = SwotItemDialog(board, tab)
    dialog.select(item.id)
    tab.from_swot(accept(dialog))
    assert tab.titles() == ["Few certified farms"]
    assert tab.model.index(0, 3).data() == "SWOT W1"


def test_categories_are_editable(qtbot, ctx, tab):
    from facilitator_app.ui.priorities_tab import CategoriesDialog

    dialog = CategoriesDialog(tab._categories, tab)
    dialog.edit.setPlainText("Policy action\nAgri-tourism links\n\npolicy action\n")
    tab.edit_categories(accept(dialog))
    assert tab._categories == ["Policy action", "Agri-tourism links"]


def test_a_voted_priority_cannot_be_deleted(qtbot, tmp_path, monkeypatch):
    configure_application()
    ws = create_demo(tmp_path / "demo.cluster")
    try:
        ctx = make_ctx(ws)
        with ws.session() as s:
            [w] = list_workshops(s)
        tab = PrioritiesTab(ctx, w.id)
        qtbot.addWidget(tab)
        tab.show()
        assert len(tab.titles()) == 8
        tab.select_ids([tab.model.record(0).id])
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        warned: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
        tab.delete_selected()
        assert warned and "is an option in vote rounds 1, 2" in warned[0]
        assert len(tab.titles()) == 8
        assert not ctx.undo_stack.canUndo()
    finally:
        ws.close()


def press_enter(asked: list[str]):
    """QMessageBox.question answered with Enter: its default button."""

    def question(parent, title, text, buttons=None, default=None):
        asked.append(text)
        return default if default is not None else QMessageBox.StandardButton.Yes

    return question


def test_enter_on_the_twin_question_adds_no_twin(qtbot, ctx, workshop_id, tab, monkeypatch):
    with ctx.session() as s:
        priority_service.add_priority(s, workshop_id, "Joint export brand")
    tab.reload()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", press_enter(asked))
    dialog = PriorityDialog(tab._categories, parent=tab)
    dialog.title_edit.setText("joint export brand")
    tab.add_typed(accept(dialog))
    assert asked == ["“Joint export brand” is already a candidate priority. Add it again?"]
    assert stored(ctx, workshop_id) == ["Joint export brand"]
