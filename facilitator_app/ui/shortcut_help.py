"""The F1 list of keyboard shortcuts, read from the shortcuts themselves.

Nothing here lists keys by hand: the list is collected from the QAction
and QShortcut objects of the window, of each page and of each tab of a
workshop, so a shortcut added (or changed) in the code shows up by itself.
What each row says:

- a QAction: its ``whatsThis()`` when set (for a menu text that needs its
  context, "Strengths" in a "Move to" menu), else its text; its keys, or
  the key written after a tab in its text ("Add a dot\\t+") for a key a
  widget handles itself;
- a QShortcut: its ``whatsThis()`` (a QShortcut without one is not listed);
- a button with a mnemonic (Alt+letter) in a page or a tab;
- a widget's ``key_help``: (text, keys) pairs for keys it handles in its
  own ``keyPressEvent`` (the entry grid's Tab and Enter, for instance).

A workshop's tabs are read from the open workshop; with none open, they
are built once, unseen and empty, just to read their shortcuts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

Rows = list[tuple[str, str]]
Sections = list[tuple[str, Rows]]

_NATIVE = QKeySequence.SequenceFormat.NativeText
#: tab title -> rows, for the tabs built only to read them (they do not change)
_TAB_ROWS: dict[str, Rows] = {}


def _keys(sequences: Iterable[QKeySequence]) -> list[str]:
    return [k.toString(_NATIVE) for k in sequences if not k.isEmpty()]


def _label(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcuts_in(root: QWidget, skip: Callable[[QObject], bool] | None = None) -> Rows:
    """(what it does, keys) for every shortcut inside ``root``, in the order the
    widgets made them; one row per text, its keys merged."""
    found: dict[str, list[str]] = {}

    def add(text: str, keys: list[str]) -> None:
        text = _label(text)
        if text and keys:
            known = found.setdefault(text, [])
            known += [k for k in keys if k not in known]

    def wanted(obj: QObject) -> bool:
        return skip is None or not skip(obj)

    for action in root.findChildren(QAction):
        if not wanted(action):
            continue
        text, _tab, shown = action.text().partition("\t")
        add(action.whatsThis() or text, _keys(action.shortcuts()) or ([shown] if shown else []))
    for shortcut in root.findChildren(QShortcut):
        if wanted(shortcut) and shortcut.whatsThis():
            add(shortcut.whatsThis(), _keys(shortcut.keys()))
    for widget in [root, *root.findChildren(QWidget)]:
        if not wanted(widget):
            continue
        if isinstance(widget, QAbstractButton) and not widget.shortcut().isEmpty():
            add(widget.text(), _keys([widget.shortcut()]))
        for text, keys in getattr(widget, "key_help", ()):
            add(text, [keys])
    return [(text, ", ".join(keys)) for text, keys in found.items()]


def tab_rows(title: str, live: QWidget | None, build: Callable[[], QWidget]) -> Rows:
    """A workshop tab's shortcuts: from ``live`` when it is built, else from a
    copy built once for the purpose."""
    if live is not None:
        return shortcuts_in(live)
    if title not in _TAB_ROWS:
        specimen = build()
        try:
            _TAB_ROWS[title] = shortcuts_in(specimen)
        finally:
            specimen.deleteLater()
    return _TAB_ROWS[title]


def flatten(sections: Sections) -> Rows:
    """Every (text, keys) once, the first section's row winning."""
    rows: dict[str, str] = {}
    for _title, section in sections:
        for text, keys in section:
            rows.setdefault(text, keys)
    return sorted(rows.items())


class ShortcutsDialog(QDialog):
    """The shortcuts by where they work, with a box to find one."""

    def __init__(self, sections: Sections, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.sections = sections
        intro = QLabel(self.tr("The keys of the window, of each page and of each tab of a "
                               "workshop. Type to find one."))
        intro.setWordWrap(True)
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find a key or what it does"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.textChanged.connect(self._filter)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("What it does"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        for title, rows in sections:
            head = QTreeWidgetItem([title])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFirstColumnSpanned(False)
            self.tree.addTopLevelItem(head)
            for text, keys in rows:
                head.addChild(QTreeWidgetItem([text, keys]))
            head.setExpanded(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.find_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        char = self.fontMetrics().averageCharWidth()
        line = self.fontMetrics().lineSpacing()
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(char * 100, int(screen.width() * 0.9)),
                    min(line * 40, int(screen.height() * 0.85)))
        self.find_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            shown = 0
            for j in range(head.childCount()):
                child = head.child(j)
                match = not needle or needle in (child.text(0) + " " + child.text(1)).casefold()
                child.setHidden(not match)
                shown += match
            head.setHidden(shown == 0)

    def rows(self, section: str) -> Rows:
        """The rows shown under ``section`` (for tests)."""
        for title, rows in self.sections:
            if title == section:
                return rows
        return []
