"""Show of hands: totals per option, without individual ballots.

Dots and approval rounds take one total per option (hands raised, or dots
counted on the flip chart); gradients rounds take, per option, how many
hands went up at each of the seven gradients. The totals are recorded as
such (``services.voting.record_hands``: source "hands"), never as made-up
individual ballots of named people.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.core.views import RoundInfo
from facilitator_app.core.voting import GRADIENT_LABELS
from facilitator_app.ui.voting_common import keep_rows_fitted


class HandsModel(QAbstractTableModel):
    """Options x (total) or options x (gradient 1..7); cells are counts."""

    def __init__(self, info: RoundInfo, parent=None) -> None:
        super().__init__(parent)
        self.info = info
        self.levels = list(GRADIENT_LABELS) if info.method == "gradients" else [None]
        self.counts: dict[tuple[int, int | None], int] = {}

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.info.options)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.levels) + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Option") if role == Qt.ItemDataRole.DisplayRole else None
        level = self.levels[section - 1]
        if level is None:
            return {"dots": self.tr("Dots"), "approval": self.tr("Hands")}.get(
                self.info.method, self.tr("Total")) if role == Qt.ItemDataRole.DisplayRole \
                else None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(level)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(GRADIENT_LABELS[level])
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() > 0:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        option = self.info.options[index.row()]
        if index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return option.label
            return None
        key = (option.id, self.levels[index.column() - 1])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            n = self.counts.get(key)
            return "" if n is None else str(n)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() == 0:
            return False
        text = str(value or "").strip()
        key = (self.info.options[index.row()].id, self.levels[index.column() - 1])
        if not text:
            self.counts.pop(key, None)
        elif text.isdigit():
            self.counts[key] = int(text)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def totals(self) -> dict[int, object]:
        """What ``record_hands`` takes: option -> count, or option -> {level: count}."""
        out: dict[int, object] = {}
        for (option_id, level), n in self.counts.items():
            if level is None:
                out[option_id] = n
            else:
                out.setdefault(option_id, {})[level] = n  # type: ignore[index]
        return out

    def marks(self) -> int:
        return sum(self.counts.values())


class HandsDialog(QDialog):
    def __init__(self, info: RoundInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Show of hands: {0}").format(info.title))
        self.model = HandsModel(info, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        if info.method == "gradients":
            legend = "   ".join(f"{n} {self.tr(label)}" for n, label in GRADIENT_LABELS.items())
            text = self.tr("Count the hands at each gradient for each option. Gradients: {0}"
                           ).format(legend)
        elif info.method == "dots":
            text = self.tr("Type the dots each option received (count the flip chart).")
        else:
            text = self.tr("Type how many hands went up for each option.")
        intro = QLabel(text + "\n" + self.tr(
            "Totals are recorded as a show of hands, not as individual ballots."))
        intro.setWordWrap(True)
        self.summary = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record totals"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.model.dataChanged.connect(lambda *_: self._update())
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 28)
        keep_rows_fitted(self.view)
        self._update()

    def _update(self) -> None:
        n = self.model.marks()
        self.summary.setText(self.tr("{0} in all.").format(n))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(n > 0)

    def totals(self) -> dict[int, object]:
        return self.model.totals()
