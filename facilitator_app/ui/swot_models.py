"""Qt models for the SWOT board and the TOWS grid (testable without a view).

The models hold plain service dataclasses. They never write to the
database themselves: an edit or a drop calls the callback the board gives
them, which pushes an undo command; the board then reloads the models.
``refresh`` keeps rows (and an open editor) in place when only texts or
dots changed, and resets only when items came, went or moved.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QObject, Qt

from facilitator_app.core.views import ItemView, StrategyView
from facilitator_app.ui.swot_style import BadgeRole, LabelRole, RecordRole, SubTextRole

ITEM_MIME = "application/x-cft-swot-items"
STRATEGY_MIME = "application/x-cft-tows-strategies"


def elide(text: str, limit: int = 60) -> str:
    """Shorten a linked item's text for the card; the tooltip has it all."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:") + "\u2026"


class _RecordListModel(QAbstractListModel):
    """A list of frozen dataclasses with an ``id``, refreshed in place."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def records(self) -> list:
        return list(self._rows)

    def record(self, row: int):
        return self._rows[row]

    def row_of(self, record_id: int) -> int:
        for n, r in enumerate(self._rows):
            if r.id == record_id:
                return n
        return -1

    def refresh(self, rows: Sequence) -> None:
        rows = list(rows)
        if [r.id for r in rows] == [r.id for r in self._rows]:
            changed = [n for n, (a, b) in enumerate(zip(self._rows, rows)) if a != b]
            self._rows = rows
            for n in changed:
                index = self.index(n)
                self.dataChanged.emit(index, index)
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()


class QuadrantModel(_RecordListModel):
    """The items of one SWOT quadrant, as cards with number, dots and attributions.

    ``on_edit(item_id, text)`` is called for an in-place edit;
    ``on_drop(item_ids, quadrant, row)`` for items dropped here (from this or
    another quadrant). Drops are handed on, never applied to the rows here.
    """

    def __init__(
        self,
        quadrant: str,
        on_edit: Callable[[int, str], None] | None = None,
        on_drop: Callable[[list[int], str, int | None], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.quadrant = quadrant
        self.on_edit = on_edit
        self.on_drop = on_drop
        self.show_attributions = True

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item: ItemView = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.text
        if role == RecordRole:
            return item
        if role == LabelRole:
            return str(item.number)
        if role == BadgeRole:
            return item.dots
        if role == SubTextRole:
            return (
                "— " + ", ".join(item.member_names)
                if (item.member_names and self.show_attributions)
                else ""
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [item.text]
            if item.member_names:
                parts.append(", ".join(item.member_names))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.label} {item.text}, {item.dots}"
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item: ItemView = self._rows[index.row()]
        text = " ".join(str(value or "").split())
        if not text or text == item.text:
            return False
        if self.on_edit is not None:
            self.on_edit(item.id, text)
        return True

    # -- drag and drop -------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [self._rows[r].id for r in rows]
        mime = QMimeData()
        mime.setData(ITEM_MIME, QByteArray(json.dumps(ids).encode()))
        mime.setText("\n".join(self._rows[r].text for r in rows))
        return mime

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(ITEM_MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            ids = [int(x) for x in json.loads(bytes(data.data(ITEM_MIME)).decode())]
        except (ValueError, TypeError):
            return False
        if parent.isValid():  # dropped onto an item: place it before that item
            row = parent.row()
        target = None if row < 0 else row
        if self.on_drop is not None and ids:
            self.on_drop(ids, self.quadrant, target)
        return True


class StrategyModel(_RecordListModel):
    """The strategies of one TOWS kind, each with the SWOT items it draws on."""

    def __init__(self, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s: StrategyView = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return s.text
        if role == RecordRole:
            return s
        if role == LabelRole:
            return s.label
        if role == SubTextRole:
            return "  ·  ".join(f"{i.label} {elide(i.text)}" for i in s.items)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([s.text, *(f"{i.label}: {i.text}" for i in s.items)])
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
