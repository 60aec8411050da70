"""The main window fits a 1280x720 projector, and the same screen at 150 %.

Every sidebar page and every workshop tab (Voting and Results with each round
chosen) is visited on the demo workspace. At 1280x720 the window's minimum
size fits the screen, the window takes exactly that size and no page needs
to scroll. At 150 % scaling (QT_SCALE_FACTOR=1.5: the screen is 853x480
logical pixels, in a child process whose offscreen platform is given that
screen) the window still fits the screen; a page taller than the window
scrolls. In both, nothing is cut: no button, label, box or input is given
less width than it needs, or placed outside the widget that holds it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSplitter,
    QWidget,
)

REPO = Path(__file__).parents[2]
SCREEN = QSize(1280, 720)


def settle(window) -> None:
    """Let the layouts finish: a button row that wraps asks for more height once
    it knows its width, and the page scroll follows."""
    last, same = None, 0
    for _ in range(40):  # a layout request can post another one: wait for a quiet spell
        QTest.qWait(20)
        now = (window.stack.minimumSizeHint(), window.page_scroll.widget().size())
        same = same + 1 if now == last else 0
        if same == 3:
            return
        last = now


def click_sidebar(window, key: str) -> None:
    row = window._nav_keys.index(key)
    rect = window.nav.visualItemRect(window.nav.item(row))
    QTest.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_key() == key


def click_tab(view, key: str) -> None:
    bar = view.tabs.tabBar()
    index = view.tabs.indexOf(view.tab(key))
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert view.current_tab_key() == key


def visit_everything(window) -> Iterator[str]:
    """Each sidebar page, then each tab of the demo's workshop, then each round of
    Voting and Results (results shown); yields a name for each place, laid out."""
    from facilitator_app.services import voting

    for key in window._nav_keys:
        click_sidebar(window, key)
        settle(window)
        yield key
    click_sidebar(window, "workshops")
    view = window.pages["workshops"].open_workshop(1)
    settle(window)
    for key in list(view.tabs_by_key):
        click_tab(view, key)
        settle(window)
        yield f"workshop tab {key}"
    with window.ctx.session() as s:
        rounds = voting.list_rounds(s, 1)
    assert len(rounds) == 3
    for key in ("voting", "results"):
        click_tab(view, key)
        tab = view.tab(key)
        for info in rounds:
            tab.select_round(info.id)
            if key == "results" and info.id not in tab.revealed:
                tab.toggle_reveal()  # an open round's results are hidden until asked
            settle(window)
            yield f"{key}, round {info.number}"


def _inside_other_scroll(widget: QWidget, page_scroll) -> bool:
    """In a table, list or scrolled panel of its own (it scrolls there, not cut)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not page_scroll:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def wrapped_height(label: QLabel) -> int:
    """The height of a word-wrapped label's lines at its width, measured on a
    fresh label with the same text (a label's own answer is at least the minimum
    height it was given)."""
    twin = QLabel()
    twin.setWordWrap(True)
    twin.setFont(label.font())
    twin.setTextFormat(label.textFormat())
    twin.setMargin(label.margin())
    twin.setIndent(label.indent())
    twin.setContentsMargins(label.contentsMargins())
    twin.setText(label.text())
    return twin.heightForWidth(label.width())


def needed_size(widget: QWidget) -> QSize:
    if isinstance(widget, QLabel) and widget.wordWrap():  # its lines at its width
        return QSize(widget.minimumSizeHint().width(), wrapped_height(widget))
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())


def cut_widgets(window) -> list[str]:
    """Buttons, labels, inputs, boxes, tables and splitters of the page shown that
    are smaller than they need or reach outside the widget holding them."""
    page = window.stack.currentWidget()
    problems = []
    kinds = (QAbstractButton, QLabel, QComboBox, QLineEdit, QGroupBox, QAbstractScrollArea,
             QSplitter)
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(window):
            continue
        if (_inside_other_scroll(widget, window.page_scroll)
                or widget.objectName().startswith("qt_")):  # a spin box's own line edit
            continue
        name = (f"{type(widget).__name__} "
                f"{widget.objectName() or getattr(widget, 'text', lambda: '')()!r}")
        need = needed_size(widget)
        if widget.width() < need.width() or widget.height() < need.height():
            problems.append(f"{name}: {widget.width()}x{widget.height()}, needs "
                            f"{need.width()}x{need.height()}")
        parent = widget.parentWidget()
        if not QRect(0, 0, parent.width(), parent.height()).contains(widget.geometry()):
            problems.append(f"{name}: at {widget.geometry().getRect()}, outside its "
                            f"{type(parent).__name__} of {parent.width()}x{parent.height()}")
    return problems


def check_everywhere(window, screen: QSize) -> dict[str, object]:
    """What the tests assert, gathered at each place."""
    seen: dict[str, object] = {"places": [], "too_big": [], "cut": {}, "squeezed": [],
                               "scrolls": []}
    for place in visit_everything(window):
        seen["places"].append(place)
        hint = window.minimumSizeHint()
        if hint.width() > screen.width() or hint.height() > screen.height():
            seen["too_big"].append(f"{place}: {hint.width()}x{hint.height()}")
        holder, need = window.page_scroll.widget().size(), window.stack.minimumSizeHint()
        if holder.width() < need.width() or holder.height() < need.height():
            seen["squeezed"].append(f"{place}: page {holder.width()}x{holder.height()}, "
                                    f"needs {need.width()}x{need.height()}")
        scroll = window.page_scroll
        if scroll.horizontalScrollBar().isVisible() or scroll.verticalScrollBar().isVisible():
            seen["scrolls"].append(place)
        cut = cut_widgets(window)
        if cut:
            seen["cut"][place] = cut
    return seen


def open_window(demo_path: Path):
    from facilitator_app.storage.workspace import open_workspace
    from facilitator_app.ui.app import configure_application
    from facilitator_app.ui.main_window import MainWindow

    configure_application()
    return MainWindow(open_workspace(demo_path))


def grab(widget: QWidget, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(path))


@pytest.fixture
def demo_path(tmp_path):
    from facilitator_app.services.demo import create_demo

    path = tmp_path / "Grenada démo.cluster"
    create_demo(path).close()
    return path


def test_every_page_and_tab_fits_1280x720_without_scrolling(qtbot, demo_path):
    window = open_window(demo_path)
    qtbot.addWidget(window)
    window.show()
    window.resize(SCREEN)
    seen = check_everywhere(window, SCREEN)
    assert len(seen["places"]) == 5 + 8 + 6  # pages, workshop tabs, rounds of two tabs
    assert "workshop tab outputs" in seen["places"]
    assert "action_plan" in seen["places"]
    assert seen["too_big"] == []
    assert seen["squeezed"] == []
    assert seen["scrolls"] == []  # at 1280x720 every page fits as it is
    assert seen["cut"] == {}
    assert window.nav.isVisible()  # with the sidebar shown
    hint = window.minimumSizeHint()
    assert hint.width() <= SCREEN.width() and hint.height() <= SCREEN.height()
    window.resize(SCREEN)
    settle(window)
    assert window.size() == SCREEN
    if os.environ.get("FIT_SHOTS"):  # screenshots to look at, when asked for
        shots = Path(os.environ["FIT_SHOTS"])
        view = window.pages["workshops"].view
        for key in ("voting", "results"):
            click_tab(view, key)
            view.tab(key).select_round(1)
            settle(window)
            grab(window, shots / f"{key}_1280x720.png")
        click_sidebar(window, "action_plan")
        settle(window)
        grab(window, shots / "action_plan_1280x720.png")
    window.close()


SCALED = """
import json, os, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from tests.ui import test_window_fits as fits
window = fits.open_window(Path(sys.argv[1]))
window.show()
screen = app.primaryScreen().availableGeometry()
fits.settle(window)
# the window with its frame on the whole screen, as a maximised window
frame, inner = window.frameGeometry(), window.geometry()
window.setGeometry(screen.adjusted(inner.left() - frame.left(), inner.top() - frame.top(),
                                   inner.right() - frame.right(),
                                   inner.bottom() - frame.bottom()))
fits.settle(window)
asked = window.size()
seen = fits.check_everywhere(window, window.size())
seen["screen"] = list(screen.getRect())
seen["window"] = list(window.frameGeometry().getRect())
seen["kept_size"] = window.size() == asked
seen["scale"] = window.devicePixelRatioF()
shots = os.environ.get("FIT_SHOTS")
if shots:
    view = window.pages["workshops"].view
    for key in ("voting", "results"):
        fits.click_tab(view, key)
        view.tab(key).select_round(1)
        fits.settle(window)
        fits.grab(window, Path(shots) / f"{key}_150pc.png")
        if key == "voting":  # the page scrolled down to the entry grid
            bar = window.page_scroll.verticalScrollBar()
            bar.setValue(bar.maximum())
            fits.settle(window)
            fits.grab(window, Path(shots) / "voting_150pc_scrolled.png")
            bar.setValue(0)
        if key == "results":
            tab = view.tab(key)
            fits.grab(tab.chart, Path(shots) / "results_chart_150pc.png")
    fits.click_sidebar(window, "action_plan")
    fits.settle(window)
    fits.grab(window, Path(shots) / "action_plan_150pc.png")
window.close()
print(json.dumps(seen), flush=True)
"""


def test_at_150_percent_the_window_fits_the_screen_and_nothing_is_cut(tmp_path, demo_path):
    screens = {"screens": [{"name": "projector", "x": 0, "y": 0, "width": 1280,
                            "height": 720, "logicalDpi": 96, "logicalBaseDpi": 96,
                            "dpr": 1.0}]}
    config = tmp_path / "one screen.json"
    config.write_text(json.dumps(screens), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               QT_SCALE_FACTOR="1.5")
    result = subprocess.run([sys.executable, "-c", SCALED, str(demo_path)], cwd=REPO,
                            env=env, capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["scale"] == 1.5
    assert seen["screen"] == [0, 0, 853, 480]  # 1280x720 at 150 %
    x, y, width, height = seen["window"]
    assert x >= 0 and y >= 0 and x + width <= 853 and y + height <= 480
    assert seen["kept_size"]  # no page made the window grow past the screen
    assert len(seen["places"]) == 5 + 8 + 6
    assert seen["too_big"] == []
    assert seen["squeezed"] == []  # the page keeps the size it needs ...
    assert "voting, round 1" in seen["scrolls"]  # ... and scrolls in a window this small
    assert seen["cut"] == {}
