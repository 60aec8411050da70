"""One workshop, as tabs: Details, Attendance, SWOT, TOWS, Priorities, ...

Adding a tab
------------
Tabs are listed once in :data:`WORKSHOP_TABS` as ``(key, title,
"module:Class")``, in the order they appear. The class lives in
``facilitator_app/ui/<module>.py`` and is built as
``Class(ctx: AppContext, workshop_id: int, parent=None)``. Like the main
window's pages, an entry whose module does not exist yet is skipped, so the
Voting and Results tabs appear by themselves once ``voting_tab.py`` /
``results_tab.py`` land. A tab may define:

- ``flush()``: save anything pending (called before switching workshop,
  going back to the list, or closing the window).

Code that cannot edit this list (a plug-in, a test) can call
:func:`register_workshop_tab` with a factory instead.

Tabs learn about changes through ``ctx.changed`` (topics ``"swot"``,
``"tows"``, ``"priorities"``, ``"attendance"``, ``"workshops"``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.services import workshops as workshop_service
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.dates import date_text
from facilitator_app.ui.operation import Op
from facilitator_app.ui.wrap_height import keep_wrapped_heights

TabFactory = Callable[[AppContext, int], QWidget]

WORKSHOP_TABS: list[tuple[str, str, str]] = [
    (
        "details",
        QT_TRANSLATE_NOOP("WorkshopView", "Details"),
        "workshop_details_tab:WorkshopDetailsTab",
    ),
    ("attendance", QT_TRANSLATE_NOOP("WorkshopView", "Attendance"), "attendance_tab:AttendanceTab"),
    ("swot", QT_TRANSLATE_NOOP("WorkshopView", "SWOT"), "swot_board:SwotBoard"),
    ("tows", QT_TRANSLATE_NOOP("WorkshopView", "TOWS"), "tows_tab:TowsTab"),
    ("priorities", QT_TRANSLATE_NOOP("WorkshopView", "Priorities"), "priorities_tab:PrioritiesTab"),
    ("voting", QT_TRANSLATE_NOOP("WorkshopView", "Voting"), "voting_tab:VotingTab"),
    ("results", QT_TRANSLATE_NOOP("WorkshopView", "Results"), "results_tab:ResultsTab"),
    ("outputs", QT_TRANSLATE_NOOP("WorkshopView", "Outputs"), "export_actions:OutputsTab"),
]

_EXTRA_TABS: list[tuple[str, str, TabFactory, str | None]] = []


def register_workshop_tab(
    key: str, title: str, factory: TabFactory, after: str | None = None
) -> None:
    """Add a tab built by ``factory(ctx, workshop_id)``, after tab ``after`` (or last)."""
    _EXTRA_TABS[:] = [t for t in _EXTRA_TABS if t[0] != key]
    _EXTRA_TABS.append((key, title, factory, after))


def tab_factories() -> list[tuple[str, str, TabFactory]]:
    """(key, title, factory) for every tab whose module exists, in order."""
    found: list[tuple[str, str, TabFactory]] = []
    for key, title, target in WORKSHOP_TABS:
        module_name, class_name = target.split(":")
        try:
            module = importlib.import_module(f"facilitator_app.ui.{module_name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"facilitator_app.ui.{module_name}":
                continue
            raise
        found.append((key, title, getattr(module, class_name)))
    for key, title, factory, after in _EXTRA_TABS:
        found = [f for f in found if f[0] != key]
        keys = [f[0] for f in found]
        position = keys.index(after) + 1 if after in keys else len(found)
        found.insert(position, (key, title, factory))
    return found


class WorkshopView(QWidget):
    """The open workshop: a header with a way back, and the tabs."""

    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id: int | None = None
        self.tabs_by_key: dict[str, QWidget] = {}

        self.back_button = QPushButton(self.tr("← All workshops"))
        self.back_button.clicked.connect(self._back)
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.subtitle_label = QLabel()
        self.subtitle_label.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header.addLayout(titles, 1)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._own_policies: dict[QWidget, QSizePolicy] = {}
        self.tabs.currentChanged.connect(lambda _i: self._size_to_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        ctx.changed.connect(self._on_changed)

    def open(self, workshop_id: int, tab: str | None = None) -> None:
        """Show ``workshop_id``, building its tabs afresh."""
        self.flush()
        current_key = tab or self.current_tab_key() or "details"
        self._clear()
        self.workshop_id = workshop_id
        self._show_header()
        for key, title, factory in tab_factories():
            widget = factory(self.ctx, workshop_id)
            widget.setObjectName(f"workshop_tab_{key}")
            self.tabs_by_key[key] = widget
            self._own_policies[widget] = widget.sizePolicy()
            self.tabs.addTab(widget, self.tr(title))
        self.show_tab(current_key)
        self._size_to_current()
        keep_wrapped_heights(self)  # the header and the tabs: wrapped lines are not cut

    def _clear(self) -> None:
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        self.tabs_by_key.clear()
        self._own_policies.clear()

    def _size_to_current(self) -> None:
        """The tabs need the size of the tab shown, not of the largest one: on a
        small screen (150 %) a short tab such as Results then fits without the
        page scrolling around its own scroll bar."""
        current = self.tabs.currentWidget()
        ignored = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            own = self._own_policies.setdefault(widget, widget.sizePolicy())
            widget.setSizePolicy(own if widget is current else ignored)

    def close_workshop(self) -> None:
        self.flush()
        self._clear()
        self.workshop_id = None

    def show_tab(self, key: str) -> None:
        widget = self.tabs_by_key.get(key)
        if widget is not None:
            self.tabs.setCurrentWidget(widget)

    def current_tab_key(self) -> str | None:
        widget = self.tabs.currentWidget()
        for key, w in self.tabs_by_key.items():
            if w is widget:
                return key
        return None

    def tab(self, key: str) -> QWidget | None:
        return self.tabs_by_key.get(key)

    def _show_header(self) -> None:
        if self.workshop_id is None:
            return
        read = Op(self, self.ctx).run(
            lambda s: workshop_service.workshop_summary(s, self.workshop_id),
            on_refusal=lambda _message: None)  # deleted: the view closes
        if not read:
            return
        w = read.value
        self.title_label.setText(w.title)
        parts = [p for p in (date_text(w.date, long=True), w.venue, w.facilitator) if p]
        parts.append(self.tr("{0} voting, %n observer(s)", "", w.observers).format(w.voters))
        self.subtitle_label.setText("  ·  ".join(parts))

    def _on_changed(self, topic: str) -> None:
        if topic in ("workshops", "attendance", "voting"):  # voting: the status (held)
            self._show_header()

    def _back(self) -> None:
        self.flush()
        self.back_requested.emit()

    def flush(self) -> None:
        for widget in self.tabs_by_key.values():
            flush = getattr(widget, "flush", None)
            if flush is not None:
                flush()
