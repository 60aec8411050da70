"""The presenter view (issue 17): the projector's window, its keys, what it shows.

Qt's offscreen platform gives this process one screen (800x800): the
presenter is then a window of its own. The two-screen case runs in a child
process whose offscreen platform is given two screens (a configuration
file: the platform is chosen before the QApplication exists).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication

from facilitator_app import options as app_options
from facilitator_app.core.faq import load_faq
from facilitator_app.services import priorities as priority_service
from facilitator_app.services import swot as swot_service
from facilitator_app.services import tows as tows_service
from facilitator_app.services import voting
from facilitator_app.services.demo import create_demo
from facilitator_app.storage.workspace import open_workspace
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.presenter_slides import list_overflows
from facilitator_app.ui.swot_style import quadrant_colours

REPO = Path(__file__).parents[2]


@pytest.fixture
def demo_path(tmp_path):
    path = tmp_path / "Grenada démo.cluster"
    create_demo(path).close()
    return path


@pytest.fixture
def window(qtbot, demo_path):
    configure_application()
    win = MainWindow(open_workspace(demo_path))
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    if win.isVisible():
        win.close()


def open_workshop(win, tab: str):
    win.navigate("workshops")
    return win.pages["workshops"].open_workshop(1, tab)


def rounds(win):
    with win.ctx.session() as s:
        return voting.list_rounds(s, 1)


def test_one_screen_a_window_of_its_own_with_f5_b_and_esc(qtbot, window):
    assert len(QGuiApplication.screens()) == 1
    qtbot.keyClick(window, Qt.Key.Key_F5)  # on Home, nothing chosen: the title
    presenter = window.presenter_control.window
    assert presenter is not None and presenter.isVisible()
    assert not presenter.isFullScreen()
    assert not presenter.windowFlags() & Qt.WindowType.FramelessWindowHint  # to drag
    assert QGuiApplication.primaryScreen().geometry().contains(presenter.geometry())
    assert abs(presenter.width() / presenter.height() - 16 / 9) < 0.02
    title = presenter.slides["title"]
    assert presenter.stack.currentWidget() is title
    assert title.title.text() == "Grenada Cocoa & Spice Cluster"
    assert QApplication.activeWindow() is window  # the keyboard stays on the laptop

    qtbot.keyClick(presenter, Qt.Key.Key_B)  # blank ...
    assert presenter.blanked and presenter.stack.currentWidget() is presenter.blank_page
    assert presenter.blank_page.palette().color(QPalette.ColorRole.Window) == QColor("black")
    qtbot.keyClick(presenter, Qt.Key.Key_B)  # ... and back
    assert not presenter.blanked and presenter.stack.currentWidget() is title
    qtbot.keyClick(presenter, Qt.Key.Key_F11)  # a mirrored screen: all of it
    assert presenter.isFullScreen()
    qtbot.keyClick(presenter, Qt.Key.Key_F11)
    assert not presenter.isFullScreen() and presenter.isVisible()
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    control = window.presenter_control
    assert not presenter.isVisible() and not control.show_action.isChecked()
    control.update_menu()  # the View menu opened while it is hidden

    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert presenter.isVisible() and control.window is presenter
    assert control.show_action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert presenter.blanked
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not presenter.blanked
    qtbot.keyClick(presenter, Qt.Key.Key_F5)
    assert not presenter.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert presenter.isVisible()
    # F1 lists the presenter's keys, the laptop's and its own
    rows = dict(window.shortcut_sections()[0][1])
    assert rows["Show the presenter view"] == "F5" and rows["Blank the projector"] == "Ctrl+B"
    assert rows["Presenter view: blank the projector and back"] == "B"
    assert rows["Presenter view: hide it"] == "Esc"
    window.close()  # the projector never outlives the laptop's window
    assert not presenter.isVisible()


TWO_SCREENS = """
import json, sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from facilitator_app.storage.workspace import open_workspace
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.main_window import MainWindow

app = configure_application()
win = MainWindow(open_workspace(sys.argv[1]))
win.show()
QTest.qWaitForWindowExposed(win)
win.navigate("workshops")
win.pages["workshops"].open_workshop(1, "swot")
QTest.keyClick(win, Qt.Key.Key_F5)
presenter = win.presenter_control.window
QTest.qWait(100)
seen = {
    "screens": [s.name() for s in QGuiApplication.screens()],
    "laptop": win.screen().name(),
    "screen": presenter.screen().name(),
    "geometry": list(presenter.geometry().getRect()),
    "full_screen": presenter.isFullScreen(),
    "frameless": bool(presenter.windowFlags() & Qt.WindowType.FramelessWindowHint),
    "kind": presenter.presentation.kind,
    "unit": round(presenter.unit(), 2),
    "strengths_font": presenter.slides["swot"].quadrants["S"].view.font().pointSizeF(),
}
QTest.keyClick(presenter, Qt.Key.Key_B)
seen["blanked"] = presenter.blanked
QTest.keyClick(presenter, Qt.Key.Key_Escape)
seen["after_esc"] = presenter.isVisible()
win.activateWindow()  # the facilitator's keyboard on the laptop again
QTest.qWait(50)
QTest.keyClick(win, Qt.Key.Key_F5)
seen["after_f5"] = [presenter.isVisible(), presenter.isFullScreen(), presenter.screen().name()]
print(json.dumps(seen), flush=True)
win.close()
"""


def test_two_screens_full_screen_on_the_projector(tmp_path, demo_path):
    screens = {"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0},
    ]}
    config = tmp_path / "two screens.json"
    config.write_text(json.dumps(screens), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    result = subprocess.run([sys.executable, "-c", TWO_SCREENS, str(demo_path)], cwd=REPO,
                            env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["screens"] == ["laptop", "projector"] and seen["laptop"] == "laptop"
    assert seen["screen"] == "projector"
    assert seen["geometry"] == [1366, 0, 1920, 1080]
    assert seen["full_screen"] and seen["frameless"]
    assert seen["kind"] == "swot"  # F5 put up what the laptop showed
    assert seen["unit"] == 33.75  # 1080 / 24 px, in points at 96 dpi
    assert seen["strengths_font"] >= 33.75 * 0.6  # large type on the projector
    assert seen["blanked"] and seen["after_esc"] is False
    assert seen["after_f5"] == [True, True, "projector"]


def test_each_kind_shows_the_workshop_live_and_read_only(qtbot, window):
    control = window.presenter_control
    view = open_workshop(window, "swot")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    presenter = control.window
    presenter.resize(1280, 720)
    swot = presenter.slides["swot"]
    assert presenter.stack.currentWidget() is swot
    with window.ctx.session() as s:
        board = swot_service.items_by_quadrant(s, 1)
    assert {k: p.texts() for k, p in swot.quadrants.items()} == {
        k: [i.text for i in v] for k, v in board.items()}
    for panel in swot.quadrants.values():  # nothing to select, edit or drag
        assert panel.view.selectionMode() == QAbstractItemView.SelectionMode.NoSelection
        assert panel.view.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert panel.model.flags(panel.model.index(0)) == Qt.ItemFlag.ItemIsEnabled
    # an item added on the laptop appears on the projector
    view.tab("swot").add_item("T", "Port strikes delay containers")
    assert swot.quadrants["T"].texts()[-1] == "Port strikes delay containers"

    control.kind_actions["tows"].trigger()
    tows = presenter.slides["tows"]
    with window.ctx.session() as s:
        grid = tows_service.grid(s, 1)
        priorities = priority_service.list_priorities(s, 1)
    assert {k: c.texts() for k, c in tows.cells.items()} == {
        k: [x.text for x in grid.get(k, [])] for k in tows.cells}

    control.kind_actions["priorities"].trigger()
    slide = presenter.slides["priorities"]
    shown = [(slide.model.index(r, 0).data(), slide.model.index(r, 1).data())
             for r in range(slide.model.rowCount())]
    assert shown == [(f"{p.number}.", p.title) for p in priorities]

    control.kind_actions["title"].trigger()
    assert presenter.slides["title"].title.text() == "Priority-setting workshop 2026"

    # the FAQ answer open on the FAQ page, and the next one chosen there
    window.navigate("faq")
    faq_page = window.pages["faq"]
    entries = load_faq()
    faq_page.show_question(entries[2].id)
    control.kind_actions["faq"].trigger()
    faq = presenter.slides["faq"]
    assert faq.browser.toPlainText().startswith(f"{entries[2].number}. {entries[2].question}")
    faq_page.show_question(entries[4].id)
    assert faq.browser.toPlainText().startswith(f"{entries[4].number}. {entries[4].question}")
    # a long answer keeps a readable size and scrolls with the laptop's
    assert faq.unit >= presenter.unit() * 0.75 - 0.01
    bar = faq_page.answer_view.verticalScrollBar()
    faq_page.answer_view.resize(400, 200)
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    projector_bar = faq.browser.verticalScrollBar()
    assert projector_bar.maximum() > 0 and projector_bar.value() == projector_bar.maximum()
    qtbot.keyClick(presenter, Qt.Key.Key_PageUp)  # a clicker pages back
    assert projector_bar.value() < projector_bar.maximum()


def test_turnout_and_the_phone_join_code_follow_the_votes(qtbot, window):
    control = window.presenter_control
    view = open_workshop(window, "voting")
    open_round = rounds(window)[2]
    assert open_round.is_open
    qtbot.keyClick(window, Qt.Key.Key_F5)  # from the Voting tab: the turnout
    presenter = control.window
    turnout = presenter.slides["turnout"]
    assert presenter.presentation.kind == "turnout"
    with window.ctx.session() as s:
        people = voting.voters(s, open_round.id)
    assert turnout.round_label.text() == open_round.title
    assert turnout.count_label.text() == f"0 of {len(people)} have voted"
    # a ballot from elsewhere (as a phone's or the kiosk's): no page is told, the slide sees it
    with window.ctx.session() as s:
        order = {o.id: n for n, o in enumerate(open_round.options, start=1)}
        voting.record_ballot(s, open_round.id, order, voter_id=people[0].member_id)
    qtbot.waitUntil(lambda: turnout.count_label.text() == f"1 of {len(people)} has voted",
                    timeout=3000)
    assert turnout.bar.value() == 1 and turnout.bar.maximum() == len(people)

    control.update_menu()
    assert not control.kind_actions["join"].isEnabled()  # phones are not voting yet
    phones = view.tab("voting").open_phones(host="127.0.0.1", port=0, show=False)
    assert phones is not None
    control.update_menu()
    assert control.kind_actions["join"].isEnabled()
    control.kind_actions["join"].trigger()
    join = presenter.slides["join"]
    assert join.url_label.text() == phones.url and phones.url.startswith("http://127.0.0.1:")
    assert not join.qr.pixmap().isNull() and join.qr.pixmap().width() >= 100
    assert join.count_label.text() == f"1 of {len(people)} has voted"
    phones.stop()
    qtbot.waitUntil(lambda: join.steps.text() == "Voting by phone is not open.", timeout=3000)
    assert not join.qr.isVisibleTo(join)


def test_results_appear_only_once_put_up_from_the_results_tab(qtbot, window):
    control = window.presenter_control
    view = open_workshop(window, "results")
    results = view.tab("results")
    first, second, third = rounds(window)
    qtbot.keyClick(window, Qt.Key.Key_F5)  # Results tab, nothing put up: the turnout
    presenter = control.window
    assert presenter.presentation.kind == "turnout"
    control.kind_actions["results"].trigger()
    slide = presenter.slides["results"]
    assert slide.stack.currentWidget() is slide.waiting
    assert slide.waiting.text() == "The results will be shown here."
    assert slide.ranking_model.rows == []

    # the open round is hidden on the laptop: nothing to put up
    results.select_round(third.id)
    assert results.stack.currentWidget() is results.hidden_label
    assert not results.project_button.isEnabled()

    results.select_round(second.id)
    assert results.project_button.isEnabled() and slide.ranking_model.rows == []
    results.project_button.click()
    assert presenter.presentation.kind == "results"
    assert slide.stack.currentWidget() is slide.panel
    assert slide.headline.text() == results.headline.text()
    assert [r[1] for r in slide.ranking_model.rows] == [r[1] for r in results.ranking()]
    # the round comparison: a move per option, the options left out named
    assert slide.ranking_model.headers[-1] == "Move"
    assert {r[-1] for r in slide.ranking_model.rows} == {"="}
    assert slide.compare_label.text().startswith(f"Compared with {first.title}.")
    assert slide.compare_label.text().endswith(
        "Not carried on: Access to finance for small growers; Disease and hurricane resilience "
        "programme; Annual chocolate & spice festival; Youth in cocoa apprenticeship scheme.")
    qtbot.waitUntil(lambda: bool(slide.chart.values))  # drawn once laid out
    assert [o for o, _ in slide.chart.values] == [r[1] for r in results.ranking()]
    assert results.project_button.text().replace("&", "") == "Take off the projector"
    # another weighting on the laptop: the projector follows (a secret round offers no
    # member-type views: those are followed in the test of the view line below)
    results.weights_check.setChecked(True)
    assert presenter.presentation.results.use_weights
    assert slide.view_label.text().endswith("Weighted votes (every ballot 1)")
    results.project_button.click()
    assert slide.stack.currentWidget() is slide.waiting

    # an open round: shown on the laptop first, then put up; hidden there, gone here
    results.select_round(third.id)
    results.show_button.click()
    assert results.project_button.isEnabled()
    results.project_button.click()
    assert "(still open: not the final result)" in slide.round_label.text()
    results.show_button.click()  # hidden on the laptop again
    assert presenter.presentation.results is None
    assert slide.stack.currentWidget() is slide.waiting


def test_type_follows_the_window_height_and_a_full_board_shrinks_to_fit(qtbot, window):
    control = window.presenter_control
    open_workshop(window, "voting")
    control.kind_actions["turnout"].trigger()
    presenter = control.window
    turnout = presenter.slides["turnout"]
    presenter.resize(1280, 720)
    qtbot.waitUntil(lambda: abs(presenter.unit() - 22.5) < 0.01)
    presenter.fit()
    small = turnout.count_label.font().pointSizeF()
    presenter.resize(1920, 1080)
    qtbot.waitUntil(lambda: abs(presenter.unit() - 33.75) < 0.01)
    presenter.fit()
    assert turnout.count_label.font().pointSizeF() == pytest.approx(small * 1.5)
    # the projector font scale of the settings counts too, at once
    app_options.set_value("font_scale", 120)
    window.ctx.notify("settings")
    qtbot.waitUntil(lambda: turnout.count_label.font().pointSizeF()
                    == pytest.approx(small * 1.5 * 1.2))
    app_options.set_value("font_scale", 100)

    with window.ctx.session() as s:
        for quadrant in "SWOT":
            for n in range(6):
                swot_service.add_item(s, 1, quadrant, f"Point {n} the room raised about "
                                      "the cocoa and spice trade")
    window.ctx.notify("swot")
    control.kind_actions["swot"].trigger()
    presenter.resize(1280, 720)
    qtbot.waitUntil(lambda: abs(presenter.unit() - 22.5) < 0.01)
    presenter.fit()
    swot = presenter.slides["swot"]
    assert swot.unit < presenter.unit() * 0.8  # smaller type ...
    assert not any(list_overflows(p.view) for p in swot.quadrants.values())  # ... all of it


def test_the_slides_follow_a_dark_palette(qtbot, window):
    control = window.presenter_control
    open_workshop(window, "swot")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    swot = control.window.slides["swot"]
    app = QApplication.instance()
    light = app.palette()
    dark = QPalette(light)
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"),
                         (QPalette.ColorRole.WindowText, "#eeeeee"),
                         (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.Text, "#eeeeee")):
        dark.setColor(role, QColor(colour))
    panel = swot.quadrants["O"]
    assert panel.palette().color(QPalette.ColorRole.Window) == quadrant_colours(
        light, "O").panel
    try:
        app.setPalette(dark)
        qtbot.waitUntil(lambda: panel.palette().color(QPalette.ColorRole.Window).lightness()
                        < 128)
        assert control.window.palette().color(QPalette.ColorRole.Base) == QColor("#1e1e1e")
        assert panel.palette().color(QPalette.ColorRole.Window) == quadrant_colours(
            control.window.palette(), "O").panel
    finally:
        app.setPalette(light)


def test_the_results_slide_says_which_view_it_shows_and_follows_the_tab(qtbot, window):
    from sqlalchemy import update

    from facilitator_app.storage.models import Ballot

    control = window.presenter_control
    view = open_workshop(window, "results")
    results = view.tab("results")
    first = rounds(window)[0]
    with window.ctx.session() as s:  # firms' ballots weigh 2, the others' 1
        s.execute(update(Ballot).where(Ballot.round_id == first.id,
                                       Ballot.voter_type == "firm").values(weight=2))
    results.select_round(first.id)
    results.project_button.click()
    slide = control.window.slides["results"]
    assert slide.view_label.text() == "All voters · 19 ballots"
    results.view_combo.setCurrentIndex(results.view_combo.findData("firms"))
    assert slide.view_label.text() == "Firms only · 15 ballots"
    assert [r[1] for r in slide.ranking_model.rows] == [r[1] for r in results.ranking()]
    results.view_combo.setCurrentIndex(results.view_combo.findData("all"))
    results.weights_check.setChecked(True)
    assert slide.view_label.text() == ("All voters · 19 ballots · Weighted votes: firms 2, "
                                       "others 1")
    assert [r[1] for r in slide.ranking_model.rows] == [r[1] for r in results.ranking()]


def test_starting_phone_voting_puts_the_join_slide_up_when_the_presenter_shows(qtbot, window):
    control = window.presenter_control
    view = open_workshop(window, "voting")
    qtbot.keyClick(window, Qt.Key.Key_F5)  # from the Voting tab: the turnout
    presenter = control.window
    assert presenter.isVisible() and presenter.presentation.kind == "turnout"
    phones = view.tab("voting").open_phones(host="127.0.0.1", port=0)
    assert phones is not None
    qtbot.waitExposed(phones)
    # the room sees how to join; the window with the codes and Stop stays on the laptop
    assert presenter.presentation.kind == "join"
    assert presenter.slides["join"].url_label.text() == phones.url
    assert phones.screen() is window.screen()
    control.choose("title")
    phones.project_button.click()  # and back from the window itself
    assert presenter.presentation.kind == "join"
    control.choose("title")
    presenter.hide()
    phones.project_button.click()  # the presenter view hidden: it is shown again
    assert presenter.isVisible() and presenter.presentation.kind == "join"
    phones.stop()


def test_the_faq_page_puts_its_answer_on_the_projector(qtbot, window):
    control = window.presenter_control
    qtbot.keyClick(window, Qt.Key.Key_F5)  # on Home: the title
    presenter = control.window
    assert presenter.presentation.kind == "title"
    window.navigate("faq")
    page = window.pages["faq"]
    entries = load_faq()
    page.show_question(entries[3].id)
    # the page's own mode is named for what it does, apart from the projector's button
    assert page.present_button.text() == "Full screen (F11)"
    assert page.project_button.isVisible()
    page.present_button.click()  # full screen on the laptop ...
    assert page.is_presenting() and page.present_button.text() == "Leave full screen"
    page.project_button.click()  # ... then the projector: the laptop keeps its page
    assert not page.is_presenting() and not window.isFullScreen()
    assert presenter.presentation.kind == "faq"
    slide = presenter.slides["faq"]
    assert slide.browser.toPlainText().startswith(f"{entries[3].number}. {entries[3].question}")
    page.show_question(entries[5].id)  # the projector follows the page
    assert slide.browser.toPlainText().startswith(f"{entries[5].number}. {entries[5].question}")
    presenter.hide()
    control.choose("title")
    presenter.hide()
    page.project_button.click()  # hidden: the presenter view comes back with the answer
    assert presenter.isVisible() and presenter.presentation.kind == "faq"


def test_the_projected_board_gives_a_full_top_row_the_room_the_bottom_leaves(qtbot, window):
    control = window.presenter_control
    open_workshop(window, "swot")
    with window.ctx.session() as s:
        board = swot_service.items_by_quadrant(s, 1)
        for quadrant in "OT":  # a short bottom row ...
            for item in board[quadrant][1:]:
                swot_service.delete_item(s, item.id)
        for quadrant in "SW":  # ... under a full top row, one item on two lines
            for n in range(8 - len(board[quadrant])):
                swot_service.add_item(s, 1, quadrant, f"Point {n} raised by the room",
                                      dots=2 if n == 0 else 0)
    window.ctx.notify("swot")
    control.kind_actions["swot"].trigger()
    presenter = control.window
    presenter.resize(1280, 720)
    qtbot.waitUntil(lambda: abs(presenter.unit() - 22.5) < 0.01)
    presenter.fit()
    swot = presenter.slides["swot"]
    strengths, opportunities = swot.quadrants["S"], swot.quadrants["O"]
    assert not any(list_overflows(p.view) for p in swot.quadrants.values())
    assert strengths.height() > opportunities.height()  # the top row holds more
    # and the type need not shrink as far (0.7 of the body size with even rows)
    assert swot.unit >= presenter.unit() * 0.8 - 0.01


TWO_SCREENS_PHONES = """
import json, sys
from PySide6.QtTest import QTest
from facilitator_app.storage.workspace import open_workspace
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.main_window import MainWindow

app = configure_application()
win = MainWindow(open_workspace(sys.argv[1]))
win.show()
QTest.qWaitForWindowExposed(win)
win.navigate("workshops")
tab = win.pages["workshops"].open_workshop(1, "voting").tab("voting")
seen = {}
for case in ("no presenter", "presenter"):
    if case == "presenter":
        win.presenter_control.toggle()  # F5 (the laptop's window may not have the keys)
    phones = tab.open_phones(host="127.0.0.1", port=0)
    QTest.qWaitForWindowExposed(phones)
    QTest.qWait(50)
    seen[case] = {"screen": phones.screen().name(),
                  "geometry": list(phones.geometry().getRect()),
                  "kind": win.presenter_control.presentation().kind}
    phones.stop()
print(json.dumps(seen), flush=True)
win.close()
"""


def test_two_screens_the_phone_window_goes_where_the_presenter_view_is_not(tmp_path,
                                                                           demo_path):
    screens = {"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 720,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0},
        {"name": "projector", "x": 1280, "y": 0, "width": 1920, "height": 1080,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0},
    ]}
    config = tmp_path / "two screens.json"
    config.write_text(json.dumps(screens), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    result = subprocess.run([sys.executable, "-c", TWO_SCREENS_PHONES, str(demo_path)],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    # no presenter view: the window itself is for the projector, large and centred there
    alone = seen["no presenter"]
    assert alone["screen"] == "projector"
    x, y, width, height = alone["geometry"]
    assert (width, height) == (1536, 864) and (x, y) == (1280 + 192, 108)
    # the presenter view showing: it shows the join slide; the window stays on the laptop
    shared = seen["presenter"]
    assert shared["kind"] == "join" and shared["screen"] == "laptop"
    x, y, width, height = shared["geometry"]
    assert (width, height) == (1024, 576) and (x, y) == (128, 72)
