"""The Details tab: title, date, venue, facilitator, status, the
participants' language and notes.

Saved as the facilitator leaves each field (notes shortly after typing
stops, and before the window closes), like the cluster profile.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.i18n.messages import PARTICIPANT_LANGUAGES
from facilitator_app.services import workshops as workshop_service
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.date_field import NO_DATE, DateField
from facilitator_app.ui.operation import Op


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else NO_DATE


def from_qdate(value: QDate) -> date | None:
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


def date_edit(empty_text: str = "") -> DateField:
    """A date box that may be empty (``empty_text`` says what empty means)."""
    return DateField(empty_text)


class WorkshopDetailsTab(QWidget):
    TOPICS = ("workshops",)

    def __init__(self, ctx: AppContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = workshop_id
        self._loading = False

        self.title_edit = QLineEdit()
        self.date_edit = date_edit()
        self.venue_edit = QLineEdit()
        self.facilitator_edit = QLineEdit()
        self.status_combo = QComboBox()
        for key, label in workshop_service.WORKSHOP_STATUSES:
            self.status_combo.addItem(self.tr(label), key)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Same as the app"), None)
        for code, own_name in PARTICIPANT_LANGUAGES:  # each in its own name, never translated
            self.language_combo.addItem(own_name, code)
        self.language_combo.setToolTip(self.tr(
            "The language of what participants read: paper ballots, voter codes, phone "
            "pages, the kiosk, and the report and workbook made for this workshop."))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.saved_label = QLabel()

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Venue"), self.venue_edit)
        form.addRow(self.tr("&Facilitator"), self.facilitator_edit)
        form.addRow(self.tr("&Status"), self.status_combo)
        form.addRow(self.tr("&Participants' language"), self.language_combo)
        form.addRow(self.tr("&Notes"), self.notes_edit)
        form.addRow("", self.saved_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)

        self._lines = {
            "title": self.title_edit,
            "venue": self.venue_edit,
            "facilitator": self.facilitator_edit,
        }
        for name, edit in self._lines.items():
            edit.editingFinished.connect(lambda n=name, e=edit: self.save(n, e.text()))
        self.date_edit.dateChanged.connect(lambda d: self.save("date", from_qdate(d)))
        self.status_combo.currentIndexChanged.connect(
            lambda _i: self.save("status", self.status_combo.currentData())
        )
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self.save("language", self.language_combo.currentData())
        )
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(600)
        self._notes_timer.timeout.connect(self._save_notes)
        self.notes_edit.textChanged.connect(self._notes_timer.start)
        ctx.changed.connect(self._on_changed)
        self.load()

    def _on_changed(self, topic: str) -> None:
        """The status can change without this tab: a planned workshop is held
        once its vote begins (``services.workshops.mark_held``). Only the
        status is read again, so text being typed here is not disturbed."""
        if topic not in ("voting", "workshops"):
            return
        read = Op(self, self.ctx).run(
            lambda s: workshop_service.workshop_summary(s, self.workshop_id).status,
            on_refusal=lambda _message: None)  # the workshop was deleted: the view closes
        if not read:
            return
        status = read.value
        self._loading = True
        try:
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))
        finally:
            self._loading = False

    def load(self) -> None:
        read = Op(self, self.ctx).run(
            lambda s: workshop_service.workshop_summary(s, self.workshop_id),
            on_refusal=lambda _message: None)  # the workshop was deleted: the view closes
        if not read:
            return
        w = read.value
        self._loading = True
        try:
            for name, edit in self._lines.items():
                edit.setText(getattr(w, name))
            self.date_edit.setDate(to_qdate(w.date))
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(w.status)))
            self.language_combo.setCurrentIndex(
                max(0, self.language_combo.findData(w.language)) if w.language else 0)
            self.notes_edit.setPlainText(w.notes)
            self._notes_timer.stop()
        finally:
            self._loading = False

    def _save_notes(self) -> None:
        self.save("notes", self.notes_edit.toPlainText())

    def flush(self) -> None:
        if self._notes_timer.isActive():
            self._notes_timer.stop()
            self._save_notes()

    def save(self, field: str, value) -> None:
        if self._loading:
            return
        def save(s) -> bool:
            if value == getattr(workshop_service.workshop_summary(s, self.workshop_id), field):
                return False
            workshop_service.update_workshop(s, self.workshop_id, **{field: value})
            return True

        done = Op(self, self.ctx).run(save)
        if not done:
            self.load()  # show what is stored
        elif done.value:
            self.saved_label.setText(self.tr("Saved."))
            self.ctx.notify("workshops")

    def hideEvent(self, event) -> None:
        self.flush()
        super().hideEvent(event)
