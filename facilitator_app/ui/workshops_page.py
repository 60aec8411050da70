"""The Workshops page: the list of workshops and, when one is open, its tabs.

New workshops take the facilitator from the cluster profile. Deleting a
workshop deletes everything recorded in it (attendance, SWOT, TOWS,
priorities, vote rounds and ballots), so the confirmation says exactly what
would go; it cannot be undone (the rolling backups still hold it).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator_app import APP_NAME
from facilitator_app.core.domain import label_of
from facilitator_app.core.text import fold
from facilitator_app.core.views import WorkshopSummary
from facilitator_app.services import workshops as workshop_service
from facilitator_app.services.profile import get_profile
from facilitator_app.ui.attendance_tab import FoldProxy, FoldRole
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.dates import date_text
from facilitator_app.ui.list_table_model import ListTableModel
from facilitator_app.ui.operation import Op
from facilitator_app.ui.swot_style import RecordRole
from facilitator_app.ui.workshop_details_tab import date_edit, from_qdate
from facilitator_app.ui.workshop_view import WorkshopView

SortRole = Qt.ItemDataRole.UserRole + 30


class WorkshopTableModel(ListTableModel):
    COLUMNS = ("Title", "Date", "Venue", "Facilitator", "Status", "Attendees")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[WorkshopSummary] = []

    def set_rows(self, rows: list[WorkshopSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def records(self) -> list[WorkshopSummary]:
        return list(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        w = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 5:
                return (
                    self.tr("{0} + %n observer(s)", "", w.observers).format(w.voters)
                    if w.observers
                    else str(w.voters)
                )
            return (
                w.title,
                date_text(w.date),
                w.venue,
                w.facilitator,
                self.tr(label_of(workshop_service.WORKSHOP_STATUSES, w.status)),
            )[col]
        if role == SortRole:
            return (
                fold(w.title),
                w.date.toordinal() if w.date else 0,
                fold(w.venue),
                fold(w.facilitator),
                w.status,
                w.attendees,
            )[col]
        if role == RecordRole:
            return w
        if role == FoldRole:
            return fold(f"{w.title} {w.venue} {w.facilitator}")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class NewWorkshopDialog(QDialog):
    def __init__(self, facilitator: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Priority-setting workshop"))
        self.date_edit = date_edit()
        today = date.today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.venue_edit = QLineEdit()
        self.facilitator_edit = QLineEdit(facilitator)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Venue"), self.venue_edit)
        form.addRow(self.tr("&Facilitator"), self.facilitator_edit)
        form.addRow(self.tr("&Notes"), self.notes_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.sizeHint().height())
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.title_edit.text().strip())
        )

    def accept(self) -> None:
        if self.date_edit.problem():  # said under the box: never taken as "no date"
            self.date_edit.setFocus()
            return
        super().accept()

    def values(self) -> dict:
        return {
            "title": self.title_edit.text(),
            "date": from_qdate(self.date_edit.date()),
            "venue": self.venue_edit.text(),
            "facilitator": self.facilitator_edit.text(),
            "notes": self.notes_edit.toPlainText(),
        }


class WorkshopsPage(QWidget):
    page_key = "workshops"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

        # the list
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search workshops…"))
        self.search.setClearButtonEnabled(True)
        self.model = WorkshopTableModel(self)
        self.proxy = FoldProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.search.textChanged.connect(self.proxy.set_needle)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 6):
            self.table.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.new_button = QPushButton(self.tr("&New workshop…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.edit_button = QPushButton(self.tr("&Edit details…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.new_button.clicked.connect(lambda: self.new_workshop())
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.edit_button.clicked.connect(lambda: self.open_selected("details"))
        self.delete_button.clicked.connect(lambda: self.delete_selected())

        title = QLabel(self.tr("Workshops"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.empty_label = QLabel(
            self.tr("No workshops yet. Click “New workshop…” to prepare the first one.")
        )
        self.empty_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.addWidget(title)
        list_layout.addWidget(self.search)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.empty_label)
        list_layout.addLayout(buttons)

        # the open workshop
        self.view = WorkshopView(ctx)
        self.view.back_requested.connect(self.show_list)

        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        ctx.changed.connect(self._on_changed)
        self.reload()

    # ------------------------------------------------------------------ list
    def _on_changed(self, topic: str) -> None:
        if topic in ("workshops", "attendance", "voting"):  # voting: the status (held)
            self.reload()

    def reload(self) -> None:
        keep = self.selected_id()
        read = Op(self, self.ctx).run(workshop_service.list_workshops)
        if not read:
            return
        rows = read.value
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        if keep is not None:
            self.select(keep)
        elif rows:
            self.select(rows[0].id)
        self._update_buttons()

    def titles(self) -> list[str]:
        """Titles in the order the list shows them."""
        return [self.proxy.index(r, 0).data() for r in range(self.proxy.rowCount())]

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(RecordRole).id if rows else None

    def select(self, workshop_id: int) -> None:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(RecordRole).id == workshop_id:
                self.table.selectRow(r)
                self.table.scrollTo(index)
                return

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for b in (self.open_button, self.edit_button, self.delete_button):
            b.setEnabled(has)

    def show_list(self) -> None:
        self.view.close_workshop()
        self.stack.setCurrentIndex(0)
        self.reload()
        self.table.setFocus()

    # ------------------------------------------------------------------ actions
    def new_workshop(self, dialog: NewWorkshopDialog | None = None) -> int | None:
        if dialog is None:
            from facilitator_app import options

            facilitator = str(options.get("facilitator_name") or "").strip()
            if not facilitator:
                read = Op(self, self.ctx).run(lambda s: get_profile(s).facilitator)
                if not read:
                    return None
                facilitator = read.value
            dialog = NewWorkshopDialog(facilitator, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        values = dialog.values()
        done = Op(self, self.ctx).run(
            lambda s: workshop_service.create_workshop(s, **values).id,
            changed="workshops", status=self.tr("Workshop created."))
        if not done:
            return None
        workshop_id = done.value
        self.open_workshop(workshop_id, "details")
        from facilitator_app.ui.action_review import offer_review

        offer_review(self.ctx, workshop_id, self)  # open actions of earlier workshops first
        return workshop_id

    def open_selected(self, tab: str | None = None) -> None:
        workshop_id = self.selected_id()
        if workshop_id is not None:
            self.open_workshop(workshop_id, tab)

    def open_workshop(self, workshop_id: int, tab: str | None = None) -> WorkshopView:
        self.view.open(workshop_id, tab)
        self.stack.setCurrentWidget(self.view)
        return self.view

    def delete_selected(self) -> bool:
        workshop_id = self.selected_id()
        if workshop_id is None:
            return False
        read = Op(self, self.ctx).run(
            lambda s: (workshop_service.workshop_summary(s, workshop_id),
                       workshop_service.deletion_impact(s, workshop_id)))
        if not read:
            return False
        summary, impact = read.value
        details = []
        for count, text in (
            (impact.attendees, self.tr("%n attendance record(s)", "", impact.attendees)),
            (impact.swot_items, self.tr("%n SWOT item(s)", "", impact.swot_items)),
            (impact.strategies,
             self.tr("%n TOWS (strategy|strategies)", "", impact.strategies)),
            (impact.priorities,
             self.tr("%n candidate (priority|priorities)", "", impact.priorities)),
            (impact.rounds, self.tr("%n vote round(s)", "", impact.rounds)),
            (impact.ballots, self.tr("%n ballot(s)", "", impact.ballots)),
        ):
            if count:
                details.append(text)
        question = self.tr("Delete the workshop “{0}”?").format(summary.title)
        if details:
            question += "\n\n" + self.tr("This also deletes: {0}.").format(", ".join(details))
        question += "\n\n" + self.tr("This cannot be undone.")
        answer = QMessageBox.question(
            self,
            APP_NAME,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if self.view.workshop_id == workshop_id:
            self.view.close_workshop()
        return bool(Op(self, self.ctx).run(
            lambda s: workshop_service.delete_workshop(s, workshop_id),
            changed="workshops", status=self.tr("Workshop deleted.")))

    def flush(self) -> None:
        self.view.flush()
