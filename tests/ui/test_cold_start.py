"""Cold start: the workspace is on screen before the database layer loads, then
everything else follows; pages are built when first shown."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator_app.services.demo import create_demo
from facilitator_app.storage.workspace import open_workspace
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.health_panel import HealthPanel
from facilitator_app.ui.main_window import MainWindow

# The real start (cli.main -> run_gui), observed from inside: what is loaded
# and shown when the workspace is first painted, and once it is ready.
PROBE = """
import sys
from facilitator_app.ui import main_window as mw

seen = {}
original = mw.MainWindow.attach

def attach(self, *args, **kwargs):
    def painted():
        seen["painted_with_sqlalchemy"] = "sqlalchemy" in sys.modules
        seen["name"] = self.pages.get("home").name_edit.text()
        seen["pages_built"] = sorted(self.pages)
    def ready():
        seen["checks"] = len(self.pages["home"].health_panel.checks)
        seen["shortcuts"] = dict(self.shortcut_list())
        print(seen, flush=True)
        self.close()
    self.workspace_painted.connect(painted)
    self.workspace_ready.connect(ready)
    original(self, *args, **kwargs)

mw.MainWindow.attach = attach
from facilitator_app.cli import main
sys.exit(main(["--workspace", sys.argv[1]]))
"""


@pytest.fixture
def demo_path(tmp_path):
    path = tmp_path / "démo.cluster"
    create_demo(path).close()
    return path


def test_real_start_shows_the_workspace_before_loading_sqlalchemy(demo_path):
    result = subprocess.run([sys.executable, "-c", PROBE, str(demo_path)], check=False,
                            capture_output=True, text=True, env=dict(os.environ),
                            cwd=Path(__file__).parents[2], timeout=120)
    assert result.returncode == 0, result.stderr
    seen = ast.literal_eval(result.stdout.strip().splitlines()[-1])
    assert seen["painted_with_sqlalchemy"] is False
    assert seen["name"] == "Grenada Cocoa & Spice Cluster"
    assert seen["pages_built"] == ["home"]
    assert seen["checks"] == 7  # the health panel filled once the database layer loaded
    assert seen["shortcuts"]["Undo"] == "Ctrl+Z"
    assert seen["shortcuts"]["Save a Copy"] == "Ctrl+Shift+S"
    assert "New member" in seen["shortcuts"]  # a page's own shortcut, listed too


def test_deferred_attach_fills_the_health_panel_after_the_paint(qtbot, demo_path):
    configure_application()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win._painted)
    with qtbot.waitSignals([win.workspace_painted, win.workspace_ready], timeout=10_000):
        win.attach(open_workspace(demo_path), defer_database=True)
        home = win.pages["home"]
        assert not win.ctx.database_loaded
        assert home.name_edit.text() == "Grenada Cocoa & Spice Cluster"
        assert not isinstance(home.health_panel, HealthPanel)  # a "Measuring…" placeholder
    assert win.ctx.database_loaded
    assert isinstance(home.health_panel, HealthPanel)
    qtbot.waitUntil(home.health_panel.isVisible)  # a widget put in a shown layout shows queued
    assert [c.id for c in home.health_panel.checks][:2] == ["active_members", "firm_share"]
    assert win.export_actions is not None
    win.close()


def test_pages_are_built_when_first_shown(qtbot, demo_path):
    configure_application()
    win = MainWindow(open_workspace(demo_path))
    qtbot.addWidget(win)
    win.show()
    assert list(win.pages) == ["home"]
    win.navigate("roster")
    assert win.current_page_key() == "roster"
    assert win.stack.currentWidget() is win.pages["roster"]
    assert win.pages["roster"].isVisible()
    faq = win.pages["faq"]  # asked for: built, not shown
    assert not faq.isVisible() and win.current_page_key() == "roster"
    assert sorted(win.pages) == ["faq", "home", "roster"]
    win.close()
