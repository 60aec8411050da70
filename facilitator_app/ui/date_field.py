"""A date box that may be empty: typed in the locale's way, or picked on a calendar.

:class:`DateField` is a line edit with a calendar button. Empty is a state
of its own (the clear button, or deleting the text; the placeholder says
what empty means, e.g. "No due date"), never a made-up date shown as a
special text. Typed text is read in the locale's short format and a few
unambiguous others (31 Mar 2027, 31 March 2027, 2027-03-31); text that is
not a date is never taken as empty: the box says so underneath, and
:meth:`DateField.problem` lets a dialog refuse OK. The calendar opens on
the box's date, else on a fallback (e.g. an action's start date), else on
today.

For the code that used a ``QDateEdit``, :meth:`DateField.date` and
:meth:`DateField.setDate` speak ``QDate`` with :data:`NO_DATE` for "empty",
and :attr:`DateField.dateChanged` is emitted when a new valid date (or
empty) is taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from facilitator_app.ui.dates import short_date_format
from facilitator_app.ui.health_panel import status_colour

NO_DATE = QDate()  # what date() answers for an empty box: the null date, never a real one

#: unambiguous ways to write a date, tried after the locale's own
_OTHER_FORMATS = ("yyyy-MM-dd", "d MMM yyyy", "d MMMM yyyy", "MMM d yyyy", "MMMM d yyyy",
                  "d-MMM-yyyy")


def parse_date(text: str) -> QDate | None:
    """``text`` as a date (the locale's short and long formats first), or None."""
    text = re.sub(r"\s+", " ", text.replace(",", " ")).strip().rstrip(".")
    if not text:
        return None
    locale = QLocale()
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    formats = [short_date_format(), locale.dateFormat(QLocale.FormatType.ShortFormat),
               locale.dateFormat(QLocale.FormatType.LongFormat), *_OTHER_FORMATS]
    for fmt in formats:
        # a year of two digits ("3/4/27") is this century's: Qt would read 1927
        century = 100 if "yy" in fmt and "yyyy" not in fmt else 0
        for reader in (locale, english):
            found = reader.toDate(text, fmt)
            if found.isValid() and found.year() >= 1900:
                return found.addYears(century)
            # "31/3/2027" for "dd/MM/yyyy": single digits are fine too
            loose = re.sub(r"(?<![dM])(dd|MM)(?![dM])", lambda m: m.group(1)[0], fmt)
            found = reader.toDate(text, loose)
            if found.isValid() and found.year() >= 1900:
                return found.addYears(century)
    return None


class DateField(QWidget):
    """An optional date: typed or picked; empty is allowed, nonsense is refused."""

    dateChanged = Signal(QDate)

    def __init__(self, empty_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date: QDate = NO_DATE
        #: where the calendar opens when the box is empty (None: today)
        self.fallback: Callable[[], QDate | None] = lambda: None
        self.line = QLineEdit()
        self.line.setClearButtonEnabled(True)
        self.line.setPlaceholderText(empty_text or self.tr("No date"))
        example = QLocale().toString(QDate.currentDate(), short_date_format())
        self.line.setToolTip(self.tr(
            "Type a date like {0}, or pick one on the calendar (Alt+Down). "
            "Leave it empty for none.").format(example))
        self.line.editingFinished.connect(self._take_text)
        self.line.textEdited.connect(lambda _t: self._say(""))
        self.line.textChanged.connect(self._cleared)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = QMenu(self)
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        self.menu.aboutToShow.connect(self._open_calendar)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Pick the date on a calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Pick the date on a calendar"))
        self.button.setMenu(self.menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; }")  # one arrow
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        pop = QShortcut(QKeySequence("Alt+Down"), self.line)
        pop.setContext(Qt.ShortcutContext.WidgetShortcut)
        pop.activated.connect(self.button.showMenu)
        self.error = QLabel()
        self.error.setObjectName("date_problem")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        palette = self.error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, status_colour(palette, False))
        self.error.setPalette(palette)
        self.error.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.setFocusProxy(self.line)
        width = self.line.fontMetrics().horizontalAdvance(example + "  MMMM") + 40
        self.line.setMinimumWidth(width)

    # ----- the QDateEdit-like face -----------------------------------------------
    def date(self) -> QDate:
        """The date in the box (:data:`NO_DATE` when empty; the last one taken
        while the text is not a date: see :meth:`problem`)."""
        text = self.line.text().strip()
        if not text:
            return QDate(NO_DATE)
        return parse_date(text) or QDate(self._date)

    def setDate(self, value: QDate) -> None:
        value = QDate(value) if value.isValid() and value != NO_DATE else NO_DATE
        self.line.blockSignals(True)
        self.line.setText("" if value == NO_DATE
                          else QLocale().toString(value, short_date_format()))
        self.line.blockSignals(False)
        self._say("")
        self._set(value)

    def text(self) -> str:
        return self.line.text()

    # ----- as a Python date --------------------------------------------------------
    def value(self) -> date | None:
        d = self.date()
        return None if d == NO_DATE else date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))

    def problem(self) -> str:
        """Why the typed text is not taken ("" when it is a date or empty); shown too."""
        text = self.line.text().strip()
        if text and parse_date(text) is None:
            example = QLocale().toString(QDate.currentDate(), short_date_format())
            message = self.tr("“{0}” is not a date: write it like {1}, or pick it on the "
                              "calendar (leave it empty for none).").format(text, example)
            self._say("⚠ " + message)
            return message
        self._say("")
        return ""

    # ----- inside ----------------------------------------------------------------------
    def _set(self, value: QDate) -> None:
        if value != self._date:
            self._date = value
            self.dateChanged.emit(QDate(value))

    def _say(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _take_text(self) -> None:
        text = self.line.text().strip()
        if not text:
            self._set(NO_DATE)
            self._say("")
            return
        found = parse_date(text)
        if found is None:
            self.problem()  # shown under the box; the date taken stays as it was
            return
        self.setDate(found)  # written back the locale's way

    def _cleared(self, text: str) -> None:
        if not text:  # the clear button, or everything deleted
            self._set(NO_DATE)
            self._say("")

    def _open_calendar(self) -> None:
        shown = self._date if self._date != NO_DATE else None
        typed = parse_date(self.line.text())
        start = typed or shown or self.fallback() or QDate.currentDate()
        self.calendar.setSelectedDate(start)
        self.calendar.setCurrentPage(start.year(), start.month())
        self.calendar.setFocus()

    def _picked(self, value: QDate) -> None:
        self.menu.hide()
        self.setDate(value)
        self.line.setFocus()
