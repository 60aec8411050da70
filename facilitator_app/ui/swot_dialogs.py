"""Small dialogs of the SWOT board: prompts, saving a template, attribution."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.core.domain import MEMBER_TYPES, SWOT_QUADRANTS, label_of
from facilitator_app.core.swot_templates import MAX_NAME_CHARS
from facilitator_app.core.text import fold


class PromptsDialog(QDialog):
    """Edit the guiding prompts of the four quadrants, one prompt per line."""

    def __init__(self, prompts: dict[str, list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prompts on the board"))
        self.edits: dict[str, QPlainTextEdit] = {}
        grid = QGridLayout()
        for n, (key, label) in enumerate(SWOT_QUADRANTS):
            box = QGroupBox(self.tr(label))
            edit = QPlainTextEdit("\n".join(prompts.get(key, [])))
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 6)
            QVBoxLayout(box).addWidget(edit)
            grid.addWidget(box, n // 2, n % 2)
            self.edits[key] = edit
        hint = QLabel(self.tr("One prompt per line: a short question the room can answer."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def prompts(self) -> dict[str, list[str]]:
        return {
            key: [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]
            for key, edit in self.edits.items()
        }


class SaveTemplateDialog(QDialog):
    """Name and describe a template made from the board's prompts."""

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save the prompts as my template"))
        self.name_edit = QLineEdit(name)
        self.name_edit.setMaxLength(MAX_NAME_CHARS)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Description"), self.description_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            bool(self.name_edit.text().strip())
        )

    def values(self) -> tuple[str, str]:
        return self.name_edit.text().strip(), self.description_edit.toPlainText().strip()


class CheckableMembers(QAbstractListModel):
    """Members with a check box each: (id, name, type label, note)."""

    def __init__(self, rows: list[tuple[int, str, str, str]], checked: Iterable[int]) -> None:
        super().__init__()
        self.rows = rows
        self.checked = set(checked)

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        member_id, name, type_label, note = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            extra = " · ".join(x for x in (type_label, note) if x)
            return f"{name}  ({extra})" if extra else name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if member_id in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return fold(f"{name} {type_label}")
        return None

    def flags(self, index):
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        member_id = self.rows[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(member_id)
        else:
            self.checked.discard(member_id)
        self.dataChanged.emit(index, index, [role])
        return True

    def set_checked(self, member_id: int, on: bool) -> None:
        for n, row in enumerate(self.rows):
            if row[0] == member_id:
                self.setData(
                    self.index(n),
                    Qt.CheckState.Checked if on else Qt.CheckState.Unchecked,
                    Qt.ItemDataRole.CheckStateRole,
                )


class FoldFilter(QSortFilterProxyModel):
    """Filters on the folded text a model returns for ``UserRole``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.needle = ""

    def set_needle(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.needle = fold(text)
            self.endFilterChange()
        else:
            self.needle = fold(text)
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if not self.needle:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return self.needle in (index.data(Qt.ItemDataRole.UserRole) or "")


class AttributionDialog(QDialog):
    """Who said this item: attendees first, then the rest of the roster."""

    def __init__(
        self,
        item_text: str,
        attendees,
        others,
        checked: Iterable[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who said it?"))
        rows = [
            (
                a.member_id,
                a.name,
                label_of(MEMBER_TYPES, a.member_type) if a.member_type else "",
                self.tr("present"),
            )
            for a in attendees
        ] + [
            (
                m.member_id,
                m.name,
                label_of(MEMBER_TYPES, m.member_type) if m.member_type else "",
                "",
            )
            for m in others
        ]
        self.model = CheckableMembers(rows, checked)
        self.proxy = FoldFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search members…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_needle)
        self.view = QListView()
        self.view.setModel(self.proxy)
        text = QLabel(item_text)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 60, self.fontMetrics().height() * 28)

    def member_ids(self) -> list[int]:
        return [r[0] for r in self.model.rows if r[0] in self.model.checked]
