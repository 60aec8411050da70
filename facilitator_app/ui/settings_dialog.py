"""Settings dialog: one page per section of :data:`facilitator_app.options.OPTIONS`.

Each page loads its options, saves them, and can restore its own defaults
(after asking); no option is named here, so a new option needs only its
declaration. OK and Apply save and take effect at once, no restart: the
appearance (light, dark, as the computer) and the projector font scale, both
ways, through :func:`display_changes`, which the pages that draw for the
room listen to; the language through ``ui.languages.switch`` (every window
gets a LanguageChange; this dialog builds its tabs again in the new one).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_app import options
from facilitator_app.options import Option


class DisplayChanges(QObject):
    """Announces settings that change how the app looks, once they are saved."""

    fontScaleChanged = Signal(float)
    """The projector font scale changed: the new scale divided by the old one."""

    appearanceChanged = Signal(str)
    """"system", "light" or "dark" (already applied to the application)."""


_display_changes: DisplayChanges | None = None


def display_changes() -> DisplayChanges:
    """The one :class:`DisplayChanges` of the application."""
    global _display_changes
    if _display_changes is None:
        _display_changes = DisplayChanges()
    return _display_changes


def apply_changes(before: dict[str, Any], after: dict[str, Any]) -> None:
    """Make saved settings take effect now (``before`` and ``after``: all values)."""
    if after["appearance"] != before["appearance"]:
        from facilitator_app.ui.app import apply_appearance

        apply_appearance(str(after["appearance"]))
        display_changes().appearanceChanged.emit(str(after["appearance"]))
    if after["language"] != before["language"]:
        from facilitator_app.ui import languages

        languages.switch(str(after["language"]))  # each window gets a LanguageChange
    old_scale, new_scale = int(before["font_scale"]), int(after["font_scale"])
    if new_scale != old_scale and old_scale > 0:
        ratio = new_scale / old_scale
        _rescale_board_size(ratio)
        display_changes().fontScaleChanged.emit(ratio)


def _rescale_board_size(ratio: float) -> None:
    """The SWOT board and TOWS text size (one stored size) follows the scale,
    keeping what A+ / A- made of it."""
    from facilitator_app.ui import swot_style

    # computed before the new scale is read: the default at the old scale
    current = swot_style.stored_point_size(swot_style.default_board_point_size() / ratio)
    size = max(swot_style.MIN_POINT_SIZE, min(swot_style.MAX_POINT_SIZE, current * ratio))
    QSettings().setValue(swot_style.FONT_KEY, round(size, 1))


class OptionsPage(QWidget):
    def __init__(self, section: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.options = [o for o in options.OPTIONS if o.section == section]
        self.editors: dict[str, QWidget] = {}
        self.browse_buttons: dict[str, QPushButton] = {}
        self.problem_labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        for opt in self.options:
            editor = self._editor(opt)
            if opt.help:
                editor.setToolTip(self.tr(opt.help))
            self.editors[opt.name] = editor
            form.addRow(self.tr(opt.label), self._with_browse(opt, editor))
            if opt.check is not None:
                form.addRow("", self._problem_label(opt, editor))
            if opt.help:
                hint = QLabel(self.tr(opt.help))
                hint.setWordWrap(True)
                hint.setEnabled(False)  # the palette's muted text colour
                form.addRow("", hint)
        self.restore_button = QPushButton(self.tr("Restore this tab's defaults"))
        self.restore_button.setToolTip(
            self.tr("Only the settings on this tab; the other tabs keep theirs")
        )
        self.restore_button.clicked.connect(self._ask_restore_defaults)
        form.addRow("", self.restore_button)

    def _editor(self, opt: Option) -> QWidget:
        if opt.choices:
            combo = QComboBox()
            for key, label in opt.choices:
                combo.addItem(self._choice_text(opt, key, label), key)
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
        line = QLineEdit()
        if opt.folder and opt.name == "backups_folder":
            from facilitator_app.paths import user_data_dir

            line.setPlaceholderText(str(user_data_dir() / "backups"))
        return line

    def _problem_label(self, opt: Option, editor: QWidget) -> QLabel:
        """Under an option whose values are checked: what is wrong with the
        value typed (hidden while nothing is), checked when the box is left."""
        label = QLabel()
        label.setObjectName(f"problem_{opt.name}")
        label.setWordWrap(True)
        label.hide()
        self.problem_labels[opt.name] = label
        if isinstance(editor, QLineEdit):
            editor.editingFinished.connect(lambda name=opt.name: self.check(name))
            editor.textEdited.connect(lambda _text, name=opt.name: self._show_problem(name, None))
        return label

    def check(self, name: str) -> str | None:
        """Check option ``name``'s value as typed; show and return the problem."""
        problem = options.option(name).problem(self._get(self.editors[name]))
        text = self.tr(problem) if problem is not None else None
        self._show_problem(name, text)
        return text

    def _show_problem(self, name: str, text: str | None) -> None:
        label = self.problem_labels.get(name)
        if label is None:
            return
        if text:
            from facilitator_app.ui.member_form import error_colours

            _tint, colour = error_colours(self.palette())  # readable light and dark
            label.setStyleSheet(f"color: {colour.name()};")
        label.setText(("\u26a0 " + text) if text else "")
        label.setVisible(bool(text))

    def first_problem(self) -> str | None:
        """The name of the first option whose value is refused (its problem
        shown), or None."""
        for opt in self.options:
            if opt.check is not None and self.check(opt.name) is not None:
                return opt.name
        return None

    def _choice_text(self, opt: Option, key: str, label: str) -> str:
        """A choice as shown: translated, except the languages (each in its own
        name); "Same as the computer" says which language that is."""
        if opt.name != "language":
            return self.tr(label)
        from facilitator_app import i18n
        from facilitator_app.ui import languages

        if key != i18n.SYSTEM:
            return label
        return f"{self.tr(label)} ({i18n.language_name(languages.chosen_language(key))})"

    def _with_browse(self, opt: Option, editor: QWidget) -> QWidget:
        """A folder's line with a Browse… button beside it."""
        if not opt.folder or not isinstance(editor, QLineEdit):
            return editor
        button = QPushButton(self.tr("Browse…"))
        button.setToolTip(self.tr("Choose the folder"))
        button.clicked.connect(lambda _checked=False, o=opt, e=editor: self._browse(o, e))
        self.browse_buttons[opt.name] = button
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(editor, 1)
        layout.addWidget(button)
        return row

    def _browse(self, opt: Option, editor: QLineEdit) -> None:
        from facilitator_app.ui.file_dialogs import ask_folder

        current = editor.text().strip() or editor.placeholderText()
        chosen = ask_folder(self, self.tr(opt.label), current)
        if chosen:
            editor.setText(chosen)

    def load(self, values: dict[str, Any]) -> None:
        for opt in self.options:
            self._set(self.editors[opt.name], values[opt.name])

    def values(self) -> dict[str, Any]:
        return {opt.name: self._get(self.editors[opt.name]) for opt in self.options}

    def restore_defaults(self) -> None:
        """Put this tab's defaults in its editors (saved with OK or Apply)."""
        self.load({o.name: o.default for o in self.options})

    def _ask_restore_defaults(self) -> None:
        tab = self.tr(self.section)
        answer = QMessageBox.question(
            self,
            self.tr("Restore this tab's defaults"),
            self.tr(
                "Put back the defaults of the {tab} tab? The settings on the other tabs "
                "stay as they are. Nothing is saved until you click OK or Apply."
            ).format(tab=tab),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_defaults()

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
    applied = Signal()
    """Emitted after the settings were saved and put into effect (OK or Apply)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.pages: dict[str, OptionsPage] = {}
        self._build_pages(options.load_all())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)

    def _build_pages(self, values: dict[str, Any]) -> None:
        """The tabs, in the current language, showing ``values``."""
        from facilitator_app.ui import languages

        self._language = languages.current()
        self.setWindowTitle(self.tr("Settings"))
        current = self.tabs.currentIndex()
        for page in self.pages.values():
            self.tabs.removeTab(self.tabs.indexOf(page))
            page.deleteLater()
        self.pages = {}
        for section in dict.fromkeys(o.section for o in options.OPTIONS):
            page = OptionsPage(section)
            page.load(values)
            self.pages[section] = page
            self.tabs.addTab(page, self.tr(section))
        self.tabs.setCurrentIndex(max(current, 0))

    def changeEvent(self, event: QEvent) -> None:
        """The language changed (Apply): the tabs again in the new one,
        keeping what is typed in them."""
        from facilitator_app.ui import languages

        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.pages \
                and self._language != languages.current():  # one event per translator
            values = options.load_all()
            for page in self.pages.values():
                values.update(page.values())
            self._build_pages(values)

    def apply(self) -> bool:
        """Save every tab's values and make them take effect now; nothing is
        saved while a value is refused (its tab is shown with the problem)."""
        for page in self.pages.values():
            name = page.first_problem()
            if name is not None:
                self.tabs.setCurrentWidget(page)
                page.editors[name].setFocus()
                return False
        before = options.load_all()
        merged: dict[str, Any] = {}
        for page in self.pages.values():
            merged.update(page.values())
        options.save_all(merged)
        apply_changes(before, options.load_all())
        self.applied.emit()
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()
