"""What stays off the projector (issue 17, problem 4).

The entry grid of an anonymous round leaves recorded ballots out (names and
all) until "Show entered ballots" is ticked, and the presenter view, which
is what goes on the projector, never shows a voter's name: not in an
anonymous round, not in a secret one, in no kind of content.
"""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTextBrowser, QWidget

from facilitator_app.services import swot as swot_service
from facilitator_app.services import voting
from facilitator_app.ui.presenter import KINDS, PresenterWindow, presentation_of
from facilitator_app.ui.results_tab import ResultsTab
from facilitator_app.ui.voting_tab import VotingTab
from tests.ui.voting_setup import key, no_modal_dialogs, small_workshop, type_keys, voting_workshop  # noqa: F401


def voting_tab(qtbot, setup) -> VotingTab:
    tab = VotingTab(setup.ctx, setup.workshop_id)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)  # keys go where the focus is
    return tab


def open_round(setup, method="approval", anonymity="anonymous"):
    with setup.ctx.session() as s:
        return voting.create_round(s, setup.workshop_id, setup.priorities, method,
                                   anonymity=anonymity, title=f"{anonymity} {method}")


def shown_names(tab: VotingTab) -> list[str]:
    """The voters whose rows are on screen in the grid."""
    view, model = tab.entry.view, tab.entry.model
    return [model.rows[r].name for r in range(model.rowCount()) if not view.isRowHidden(r)]


def test_an_anonymous_round_keeps_entered_ballots_off_the_grid(qtbot, setup):
    info = open_round(setup)
    names = sorted(setup.voters)
    with setup.ctx.session() as s:
        for name in names[:2]:
            voting.record_ballot(s, info.id, {info.options[0].id: 1},
                                 voter_id=setup.voters[name])
    tab = voting_tab(qtbot, setup)
    entry, view = tab.entry, tab.entry.view
    assert entry.show_recorded_check.isVisible() and not entry.show_recorded_check.isChecked()
    # only who is still to vote is on screen, and typing starts with the first of them
    assert shown_names(tab) == names[2:]
    assert view.currentIndex().row() == 2 and view.currentIndex().column() == 1
    assert entry.hidden_note.text().startswith("2 entered ballots are not shown here")

    # a ballot typed in: recorded, and its row leaves the grid once the cursor moves on
    view.setFocus()
    for mark in "100":
        type_keys(qtbot, view, mark)
        key(qtbot, view, Qt.Key.Key_Tab)
    type_keys(qtbot, view, "1")
    key(qtbot, view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.currentIndex().row() == 3)
    assert entry.model.rows[2].recorded
    assert shown_names(tab) == names[3:]
    assert entry.hidden_note.text().startswith("3 entered ballots")
    # leaving the last visible row backwards skips the hidden ones: it stays put
    assert view.previous_index(view.currentIndex()) == view.currentIndex()

    # shown on demand (to correct one), hidden again
    entry.show_recorded_check.setChecked(True)
    assert shown_names(tab) == names and entry.hidden_note.isHidden()
    entry.show_recorded_check.setChecked(False)
    assert shown_names(tab) == names[3:]


def test_named_rounds_show_entered_ballots_and_secret_ones_have_one_row(qtbot, setup):
    named = open_round(setup, anonymity="named")
    with setup.ctx.session() as s:
        voting.record_ballot(s, named.id, {named.options[1].id: 1},
                             voter_id=setup.voters[sorted(setup.voters)[0]])
    tab = voting_tab(qtbot, setup)
    tab.select_round(named.id)
    assert tab.entry.show_recorded_check.isChecked()
    assert shown_names(tab) == sorted(setup.voters)
    secret = open_round(setup, anonymity="secret")
    tab.reload(select=secret.id)
    assert not tab.entry.show_recorded_check.isVisible()
    assert shown_names(tab) == ["Next ballot"]


def visible_texts(root: QWidget) -> list[str]:
    """Every text a widget tree holds: labels, titles, documents, every role of every
    cell of every view, chart categories."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QTextBrowser):
            texts.append(widget.toPlainText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for row in range(model.rowCount()):
                for col in range(columns):
                    index = model.index(row, col, QModelIndex())
                    for role in range(Qt.ItemDataRole.UserRole + 40):
                        value = index.data(role)
                        if isinstance(value, str):
                            texts.append(value)
            for col in range(columns):
                texts.append(str(model.headerData(col, Qt.Orientation.Horizontal) or ""))
        if isinstance(widget, QChartView):
            chart = widget.chart()
            texts.append(chart.title())
            for axis in chart.axes():
                if isinstance(axis, QBarCategoryAxis):
                    texts.extend(axis.categories())
    return [t for t in texts if t]


@pytest.mark.parametrize("anonymity", ["anonymous", "secret"])
def test_the_presenter_never_shows_a_voter_name(qtbot, setup, anonymity):
    names = list(setup.voters)
    with setup.ctx.session() as s:
        # a SWOT item attributed to a voter: "who said it" stays on the laptop
        item = swot_service.add_item(s, setup.workshop_id, "S", "Strong cocoa brand")
        swot_service.set_attribution(s, item.id, [setup.voters[names[0]]])
        closed = voting.create_round(s, setup.workshop_id, setup.priorities, "borda",
                                     anonymity=anonymity, title="First pass")
        for n, name in enumerate(names):
            order = {o.id: (k + n) % 4 + 1 for k, o in enumerate(closed.options)}
            voting.record_ballot(s, closed.id, order, voter_id=setup.voters[name])
        voting.close_round(s, closed.id)
        following = voting.create_round(s, setup.workshop_id, setup.priorities, "approval",
                                         anonymity=anonymity, title="Second pass")
        voting.record_ballot(s, following.id, {following.options[0].id: 1},
                             voter_id=setup.voters[names[1]])
    # the laptop's Voting tab does show them (the check below can see a name)
    laptop = voting_tab(qtbot, setup)
    laptop.select_round(following.id)
    laptop.entry.show_recorded_check.setChecked(True)
    laptop_texts = " ".join(visible_texts(laptop))
    if anonymity == "anonymous":
        assert names[1] in laptop_texts
    assert names[0] in laptop_texts  # the register: who may still vote

    results = ResultsTab(setup.ctx, setup.workshop_id)
    qtbot.addWidget(results)
    results.select_round(closed.id)
    presentation = presentation_of(setup.ctx)
    presenter = PresenterWindow(presentation)
    qtbot.addWidget(presenter)
    presenter.resize(1280, 720)
    presenter.show()
    qtbot.waitExposed(presenter)
    for kind, _text in KINDS:
        presentation.show(kind, setup.workshop_id)
        if kind == "results":
            results.project_button.click()
        texts = visible_texts(presenter)
        joined = " ".join(texts)
        for name in names:
            assert name not in joined, (kind, name)
    assert presentation.kind == "results"
    assert "First pass" in joined  # the check looked at the results slide's texts
    swot = presenter.slides["swot"]
    assert swot.quadrants["S"].texts() == ["Strong cocoa brand"]


def test_an_open_secret_rounds_results_never_go_on_the_projector(qtbot, setup):
    """Figures that change with each ballot before the room's eyes would show
    what the voter who just voted chose: an open secret round's results stay
    off the projector (the laptop may still look), and go up once it closes."""
    names = list(setup.voters)
    with setup.ctx.session() as s:
        info = voting.create_round(s, setup.workshop_id, setup.priorities, "approval",
                                   anonymity="secret", title="Secret shortlist")
        for name in names[:2]:
            voting.record_ballot(s, info.id, {info.options[0].id: 1},
                                 voter_id=setup.voters[name])
    results = ResultsTab(setup.ctx, setup.workshop_id)
    qtbot.addWidget(results)
    results.select_round(info.id)
    results.show_button.click()  # the facilitator looks on the laptop
    assert results.result is not None
    assert not results.project_button.isEnabled()
    presentation = presentation_of(setup.ctx)
    presenter = PresenterWindow(presentation)
    qtbot.addWidget(presenter)
    presenter.resize(1280, 720)
    presenter.show()
    qtbot.waitExposed(presenter)
    results.toggle_projector()  # even when asked directly
    assert presentation.results_round() is None
    # and a slide asked for those results by any other way shows none
    presentation.show_results(setup.workshop_id, info.id, "all", False)
    slide = presenter.slides["results"]
    slide.load()
    assert slide.figures is None
    assert "once it is closed" in slide.waiting.text()
    with setup.ctx.session() as s:
        voting.close_round(s, info.id)
    slide.load()
    assert slide.figures is not None  # closed: the results may go up
