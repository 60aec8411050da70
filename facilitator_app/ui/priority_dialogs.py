"""Dialogs of the Priorities tab: type one, paste a list, pick a SWOT item,
edit the category list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.core.domain import PRIORITY_CATEGORIES, SWOT_QUADRANTS
from facilitator_app.core.views import PriorityView
from facilitator_app.services import priorities as priority_service
from facilitator_app.services import swot as swot_service
from facilitator_app.ui.preset_words import shown, shown_list, stored


def category_combo(categories: list[str], current: str = "") -> QComboBox:
    """An editable combo of the categories, the presets in the window's
    language (read the value to store with :func:`chosen_category`)."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItem("")
    combo.addItems(shown_list(categories))
    combo.setCurrentText(shown(current))
    return combo


def chosen_category(combo: QComboBox) -> str:
    """The category to store: a preset's English word, or the text typed."""
    return stored(combo.currentText())


class PriorityDialog(QDialog):
    """Type a priority: title, category, description."""

    def __init__(
        self,
        categories: list[str],
        priority: PriorityView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Candidate priority"))
        self.title_edit = QLineEdit(priority.title if priority else "")
        self.category_combo = category_combo(categories, priority.category if priority else "")
        self.description_edit = QPlainTextEdit(priority.description if priority else "")
        self.description_edit.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Category"), self.category_combo)
        form.addRow(self.tr("&Description"), self.description_edit)
        if priority is not None and priority.source_text:
            source = QLabel(
                self.tr("Comes from {0}: {1}").format(priority.source_ref, priority.source_text)
            )
            source.setWordWrap(True)
            source.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(self.tr("Source"), source)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().height())
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.title_edit.text().strip())
        )

    def values(self) -> dict[str, str]:
        return {
            "title": self.title_edit.text().strip(),
            "category": chosen_category(self.category_combo),
            "description": self.description_edit.toPlainText().strip(),
        }


class PasteDialog(QDialog):
    """Paste a list, one priority per line; see what will be added before adding."""

    def __init__(
        self, categories: list[str], existing_titles: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste a list of priorities"))
        self.existing = existing_titles
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(
            self.tr(
                "One priority per line, e.g. typed up from a flip chart.\n"
                "Blank lines are ignored; bullets and numbers are removed."
            )
        )
        self.text_edit.setTabChangesFocus(True)
        self.preview = QListWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.include_duplicates = QCheckBox(self.tr("Add the duplicates too"))
        self.category_combo = category_combo(categories)
        form = QFormLayout()
        form.addRow(self.tr("Category for all"), self.category_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_edit, 2)
        layout.addWidget(QLabel(self.tr("What will be added:")))
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.include_duplicates)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.text_edit.textChanged.connect(self.update_preview)
        self.include_duplicates.toggled.connect(lambda _on: self.update_preview())
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().height() * 30)
        self.update_preview()

    def lines(self) -> list[priority_service.PastedLine]:
        return priority_service.parse_pasted_list(self.text_edit.toPlainText(), self.existing)

    def update_preview(self) -> None:
        self.preview.clear()
        lines = self.lines()
        adding = 0
        duplicates = 0
        for line in lines:
            if line.is_duplicate:
                duplicates += 1
                text = self.tr("{0}  — duplicate of {1}").format(line.title, line.duplicate_of)
                if self.include_duplicates.isChecked():
                    adding += 1
                else:
                    text = self.tr("(skipped) ") + text
            else:
                adding += 1
                text = line.title
            row = QListWidgetItem(f"{line.line_number}: {text}")
            if line.is_duplicate:
                font = row.font()
                font.setItalic(True)
                row.setFont(font)
            self.preview.addItem(row)
        self.summary.setText(
            self.tr("{0} to add, %n flagged as (a duplicate|duplicates).", "", duplicates).format(adding)
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add {0}").format(adding))
        ok.setEnabled(adding > 0)

    def text(self) -> str:
        return self.text_edit.toPlainText()


class CategoriesDialog(QDialog):
    """Edit the category list (one per line); the Greenbook list can be restored."""

    def __init__(self, categories: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Priority categories"))
        self.edit = QPlainTextEdit("\n".join(shown_list(categories)))
        restore = QPushButton(self.tr("Restore the Greenbook objective areas"))
        restore.clicked.connect(
            lambda: self.edit.setPlainText("\n".join(shown_list(PRIORITY_CATEGORIES))))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("One category per line:")))
        layout.addWidget(self.edit, 1)
        layout.addWidget(restore)
        layout.addWidget(buttons)

    def categories(self) -> list[str]:
        """The list to store (the presets as their English words)."""
        return [stored(line) for line in self.edit.toPlainText().splitlines() if line.strip()]


class SwotItemDialog(QDialog):
    """Pick the SWOT item a priority is made from."""

    def __init__(
        self, board: dict[str, list[swot_service.ItemView]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Priority from a SWOT item"))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        names = dict(SWOT_QUADRANTS)
        for quadrant, items in board.items():
            if not items:
                continue
            header = QListWidgetItem(self.tr(names[quadrant]))
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.list.addItem(header)
            for item in items:
                dots = f"  (● {item.dots})" if item.dots else ""
                row = QListWidgetItem(f"{item.label}  {item.text}{dots}")
                row.setData(Qt.ItemDataRole.UserRole, item.id)
                self.list.addItem(row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().height() * 30)

    def item_id(self) -> int | None:
        row = self.list.currentItem()
        return row.data(Qt.ItemDataRole.UserRole) if row is not None else None

    def select(self, item_id: int) -> None:
        for n in range(self.list.count()):
            if self.list.item(n).data(Qt.ItemDataRole.UserRole) == item_id:
                self.list.setCurrentRow(n)
