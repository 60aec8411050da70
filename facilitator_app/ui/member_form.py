"""The member edit form: every roster field, validated as you type.

The form holds no data of its own: the page loads a member's values into it
and asks for them back when Save is pressed. Invalid fields are tinted, get
a message under them (with a warning sign, so colour is not the only cue)
and a tooltip; Save stays disabled until every problem is fixed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QDoubleValidator, QIntValidator, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.core.roster_fields import (
    DEFAULTS,
    FIELDS,
    MAX_LENGTHS,
    MAX_VOTE_WEIGHT,
    MESSAGES,
    VOTE_WEIGHT_DECIMALS,
    clean_text,
    empty_member,
    normalise_member,
    validate_member,
)
from facilitator_app.ui.dates import short_date_format

# Fields grouped as a facilitator thinks of them.
SECTIONS: list[tuple[str, list[str]]] = [
    ("Organisation", ["name", "member_type", "size", "employees", "segment", "sub_sector",
                      "ownership", "women_led", "exporter", "certifications"]),
    ("Location", ["country", "locality"]),
    ("Contact", ["contact_person", "contact_role", "email", "phone", "preferred_language"]),
    ("Membership", ["status", "join_date", "exit_date", "vote_weight", "governance_role",
                    "consent_to_share"]),
    ("Notes", ["notes"]),
]

EMPTY_DATE = QDate(1900, 1, 1)
# Item data of the "(not set)" entries: an empty string rather than None, so
# combo data read back is never an empty QVariant (the kind of value PySide6
# 6.12.0 mishandled on Python 3.11); it is turned into None when read.
NOT_SET = ""


def error_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """(background tint, text colour) for invalid fields, derived from the palette.

    Qt has no "error" palette role; the tint mixes the palette's base colour
    with red, and the text red is light on dark themes and dark on light
    ones, so both stay readable in dark mode.
    """
    base = palette.color(QPalette.ColorRole.Base)
    window = palette.color(QPalette.ColorRole.Window)
    dark = window.lightnessF() < 0.5
    red = QColor.fromHslF(0.0, 0.75, 0.45)
    mix = 0.30
    tint = QColor.fromRgbF(
        base.redF() * (1 - mix) + red.redF() * mix,
        base.greenF() * (1 - mix) + red.greenF() * mix,
        base.blueF() * (1 - mix) + red.blueF() * mix,
    )
    text = QColor.fromHslF(0.0, 0.8, 0.72 if dark else 0.38)
    return tint, text


class OptionalDateEdit(QWidget):
    """A date edit that can also be empty (a clear button; empty shows a dash)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(short_date_format())  # the locale's order
        self.edit.setMinimumDate(EMPTY_DATE)
        self.edit.setMaximumDate(QDate(2999, 12, 31))
        self.edit.setSpecialValueText(self.tr("\u2014 not set \u2014"))
        self.edit.setDate(EMPTY_DATE)
        self.clear_button = QToolButton()
        self.clear_button.setText("\u2715")
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.setAccessibleName(self.tr("Clear the date"))
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.edit.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An empty date opens the calendar on today, not on 1900.
        if event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def value(self) -> date | None:
        d = self.edit.date()
        return None if d == EMPTY_DATE else date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self.edit.setDate(EMPTY_DATE if value is None else QDate(value.year, value.month,
                                                                  value.day))


class MemberForm(QWidget):
    """Every roster field of one member (or of a new one)."""

    save_requested = Signal()
    revert_requested = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member_id: int | None = None
        self._loaded: dict[str, Any] = normalise_member(empty_member())
        self._loading = False
        self.widgets: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self._rows: dict[str, tuple[QFormLayout, int]] = {}
        self.problems: dict[str, str] = {}

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)

        outer = QVBoxLayout(self)
        outer.addWidget(self.heading)
        for title, names in SECTIONS:
            box = QGroupBox(QCoreApplication.translate("roster", title))
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for name in names:
                widget = self._make_widget(name)
                self.widgets[name] = widget
                label = QLabel(QCoreApplication.translate("roster", FIELDS[name].label))
                label.setBuddy(widget)
                form.addRow(label, widget)
                error = QLabel()
                error.setWordWrap(True)
                error.setTextFormat(Qt.TextFormat.PlainText)
                self.error_labels[name] = error
                form.addRow("", error)
                self._rows[name] = (form, form.rowCount() - 1)
                form.setRowVisible(form.rowCount() - 1, False)
            outer.addWidget(box)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save this member (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.revert_button.setToolTip(self.tr("Forget the changes not saved yet"))
        self.save_button.clicked.connect(self._request_save)
        # An action, not a button shortcut: a button's shortcut clicks it later
        # (animated), an action saves at once.
        self.save_action = QAction(self.tr("Save member"), self)
        self.save_action.setShortcut(QKeySequence("Ctrl+S"))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self._request_save)
        self.addAction(self.save_action)
        self.revert_button.clicked.connect(self.revert_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        outer.addStretch(1)
        self.load(None, empty_member())

    # ----- widgets -----------------------------------------------------------
    def _make_widget(self, name: str) -> QWidget:
        spec = FIELDS[name]
        widget: QWidget
        if name == "notes":
            widget = QPlainTextEdit()
            widget.setTabChangesFocus(True)
            widget.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
            widget.textChanged.connect(self._on_change)
        elif spec.kind == "choice":
            widget = QComboBox()
            if name != "status":
                widget.addItem(self.tr("(not set)"), NOT_SET)
            for key, label in spec.choices:
                widget.addItem(QCoreApplication.translate("domain", label), key)
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(12)
            widget.currentIndexChanged.connect(self._on_change)
        elif spec.kind == "bool":
            widget = QComboBox()
            widget.addItem(self.tr("(not set)"), NOT_SET)
            widget.addItem(self.tr("Yes"), True)
            widget.addItem(self.tr("No"), False)
            widget.currentIndexChanged.connect(self._on_change)
        elif spec.kind == "date":
            widget = OptionalDateEdit()
            widget.changed.connect(self._on_change)
        else:
            widget = QLineEdit()
            widget.setClearButtonEnabled(True)
            if spec.kind == "int":
                widget.setValidator(QIntValidator(0, 10_000_000, widget))
            elif spec.kind == "number":
                validator = QDoubleValidator(0.0, MAX_VOTE_WEIGHT, VOTE_WEIGHT_DECIMALS, widget)
                validator.setNotation(QDoubleValidator.Notation.StandardNotation)
                widget.setValidator(validator)
                widget.setPlaceholderText("1")
            elif name in MAX_LENGTHS:
                widget.setMaxLength(MAX_LENGTHS[name])
            if name == "email":
                widget.setPlaceholderText("name@example.org")
            widget.textChanged.connect(self._on_change)
            widget.returnPressed.connect(self._request_save)
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, widget.sizePolicy().verticalPolicy())
        return widget

    def _get(self, name: str) -> Any:
        widget = self.widgets[name]
        spec = FIELDS[name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            data = widget.currentData()
            return None if data == NOT_SET else data
        if isinstance(widget, OptionalDateEdit):
            return widget.value()
        text = widget.text().strip()  # type: ignore[attr-defined]
        if spec.kind == "int":
            return int(text) if text else None
        if spec.kind == "number":
            if not text:
                return DEFAULTS["vote_weight"]
            try:
                return self._parse_number(text)
            except ValueError:
                return text  # validation reports it
        return text

    @staticmethod
    def _parse_number(text: str) -> float:
        return float(text.replace(",", "."))

    def _set(self, name: str, value: Any) -> None:
        widget = self.widgets[name]
        spec = FIELDS[name]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, QComboBox):
            index = widget.findData(NOT_SET if value is None else value)
            if index < 0 and value is not None:  # a key the list does not know
                widget.addItem(str(value), value)
                index = widget.count() - 1
            widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, OptionalDateEdit):
            widget.set_value(value)
        elif spec.kind == "number":
            widget.setText("" if value is None else f"{float(value):g}")  # type: ignore[attr-defined]
        else:
            widget.setText("" if value is None else str(value))  # type: ignore[attr-defined]
            widget.setCursorPosition(0)  # type: ignore[attr-defined] # show the start of long names

    # ----- loading and reading -------------------------------------------
    def load(self, member_id: int | None, values: dict[str, Any]) -> None:
        """Show a member (``member_id`` None: a new member with defaults)."""
        self._loading = True
        try:
            self.member_id = member_id
            full = {**empty_member(), **values}
            for name in self.widgets:
                self._set(name, full.get(name))
            self._loaded = normalise_member(self.values())
        finally:
            self._loading = False
        self._update_heading()
        self.validate()

    def start_new(self) -> None:
        self.load(None, empty_member())
        self.focus_name()

    def focus_name(self) -> None:
        name = self.widgets["name"]
        name.setFocus(Qt.FocusReason.ShortcutFocusReason)
        name.selectAll()  # type: ignore[attr-defined]

    def values(self) -> dict[str, Any]:
        return {name: self._get(name) for name in self.widgets}

    def clean_values(self) -> dict[str, Any]:
        """The values as they would be stored."""
        return normalise_member(self.values())

    def changes(self) -> dict[str, Any]:
        """Fields whose stored value would change (for an edit)."""
        now = self.clean_values()
        return {k: v for k, v in now.items() if v != self._loaded.get(k)}

    def is_dirty(self) -> bool:
        if self.member_id is None:
            # A new member counts once something beyond the defaults is typed.
            return any(v != self._loaded.get(k) for k, v in self.clean_values().items())
        return bool(self.changes())

    def is_valid(self) -> bool:
        return not self.problems

    # ----- validation ----------------------------------------------------
    def _on_change(self, *_args) -> None:
        if self._loading:
            return
        self.validate()
        self._update_heading()
        self.changed.emit()

    def validate(self) -> bool:
        values = self.values()
        problems: dict[str, str] = {}
        weight = values.get("vote_weight")
        if isinstance(weight, str):
            problems["vote_weight"] = QCoreApplication.translate(
                "roster", MESSAGES["weight"]).format(limit=int(MAX_VOTE_WEIGHT))
            values["vote_weight"] = None
        for name, (code, params) in validate_member(values).items():
            problems.setdefault(
                name, QCoreApplication.translate("roster", MESSAGES[code]).format(**params)
            )
        self.problems = problems
        tint, text = error_colours(self.palette())
        dirty = self.is_dirty()
        # An untouched new-member form is not an error yet: nothing is marked
        # red until something is typed (Save stays disabled all the same).
        untouched = self.member_id is None and not dirty
        for name, widget in self.widgets.items():
            self._mark(name, widget, None if untouched else problems.get(name), tint, text)
        self.save_button.setEnabled(not problems and (dirty or self.member_id is None))
        self.revert_button.setEnabled(dirty)
        if untouched:
            self.summary.setText(self.tr("Type the organisation's name to start."))
            self.summary.setPalette(self.palette())
        elif problems:
            n = len(problems)
            self.summary.setText(self.tr("%n problem(s) to fix before saving.", "", n))
            self.summary.setPalette(self._text_palette(text))
        elif dirty:
            self.summary.setText(self.tr("Not saved yet."))
            self.summary.setPalette(self.palette())
        else:
            self.summary.setText("")
        return not problems

    def _text_palette(self, colour: QColor) -> QPalette:
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        return palette

    def _mark(self, name: str, widget: QWidget, problem: str | None, tint: QColor,
              text: QColor) -> None:
        target = widget.edit if isinstance(widget, OptionalDateEdit) else widget
        palette = QPalette(self.palette())
        if problem:
            palette.setColor(QPalette.ColorRole.Base, tint)
            palette.setColor(QPalette.ColorRole.Button, tint)
        target.setPalette(palette)
        target.setProperty("invalid", bool(problem))
        target.setToolTip(problem or "")
        target.setAccessibleDescription(problem or "")
        label = self.error_labels[name]
        label.setText(f"\u26a0 {problem}" if problem else "")
        label.setPalette(self._text_palette(text))
        form, row = self._rows[name]
        form.setRowVisible(row, bool(problem))

    def _update_heading(self) -> None:
        name = clean_text(self._get("name"))
        if self.member_id is None:
            self.heading.setText(self.tr("New member: {0}").format(name) if name
                                 else self.tr("New member"))
        else:
            self.heading.setText(name or self.tr("(no name)"))

    def _request_save(self) -> None:
        if self.validate():
            self.save_requested.emit()
