"""Settings dialog: one page per section of :data:`facilitator_app.options.OPTIONS`.

Each page loads its options, saves them, and can restore its defaults; no
option is named here, so a new option needs only its declaration.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_app import options
from facilitator_app.options import Option


class OptionsPage(QWidget):
    def __init__(self, section: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.options = [o for o in options.OPTIONS if o.section == section]
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout(self)
        for opt in self.options:
            editor = self._editor(opt)
            if opt.help:
                editor.setToolTip(self.tr(opt.help))
            self.editors[opt.name] = editor
            form.addRow(self.tr(opt.label), editor)
            if opt.help:
                hint = QLabel(self.tr(opt.help))
                hint.setWordWrap(True)
                hint.setEnabled(False)  # the palette's muted text colour
                form.addRow("", hint)
        restore = QPushButton(self.tr("Restore defaults"))
        restore.clicked.connect(self.restore_defaults)
        form.addRow("", restore)

    def _editor(self, opt: Option) -> QWidget:
        if opt.choices:
            combo = QComboBox()
            for key, label in opt.choices:
                combo.addItem(self.tr(label), key)
            return combo
        if opt.kind is bool:
            return QCheckBox()
        if opt.kind is int:
            spin = QSpinBox()
            spin.setRange(int(opt.minimum or 0), int(opt.maximum or 10**6))
            return spin
        if opt.kind is float:
            dspin = QDoubleSpinBox()
            dspin.setRange(opt.minimum or 0.0, opt.maximum or 1e6)
            dspin.setSingleStep(0.5)
            return dspin
        return QLineEdit()

    def load(self, values: dict[str, Any]) -> None:
        for opt in self.options:
            self._set(self.editors[opt.name], values[opt.name])

    def values(self) -> dict[str, Any]:
        return {opt.name: self._get(self.editors[opt.name]) for opt in self.options}

    def restore_defaults(self) -> None:
        self.load({o.name: o.default for o in self.options})

    @staticmethod
    def _set(editor: QWidget, value: Any) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            editor.setValue(value)
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value))

    @staticmethod
    def _get(editor: QWidget) -> Any:
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            return editor.value()
        assert isinstance(editor, QLineEdit)
        return editor.text().strip()


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget()
        self.pages: dict[str, OptionsPage] = {}
        values = options.load_all()
        for section in dict.fromkeys(o.section for o in options.OPTIONS):
            page = OptionsPage(section)
            page.load(values)
            self.pages[section] = page
            self.tabs.addTab(page, self.tr(section))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def accept(self) -> None:
        merged: dict[str, Any] = {}
        for page in self.pages.values():
            merged.update(page.values())
        options.save_all(merged)
        super().accept()
