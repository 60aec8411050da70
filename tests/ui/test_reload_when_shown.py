"""Hidden tabs reload when shown, visible ones at once, others never."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from facilitator_app.ui.reload_when_shown import ReloadWhenShown


class Tab(ReloadWhenShown, QWidget):
    TOPICS = ("swot",)

    def __init__(self) -> None:
        super().__init__()
        self.reloads = 0

    def reload(self) -> None:
        self._dirty = False
        self.reloads += 1


def test_reload_now_if_visible_later_if_hidden(qtbot):
    tab = Tab()
    qtbot.addWidget(tab)
    tab._on_changed("swot")  # hidden: only marked
    assert tab.reloads == 0
    tab.show()
    assert tab.reloads == 1  # caught up on show
    tab._on_changed("swot")
    assert tab.reloads == 2  # visible: at once
    tab._on_changed("members")  # not a topic of this tab
    tab.hide()
    tab.show()
    assert tab.reloads == 2
