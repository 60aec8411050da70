"""The roster table: a model of light row tuples and a cheap filter proxy.

Built for 10,000 members: rows come from one SELECT as plain tuples
``(id, *fields)`` (no ORM objects), the folded search text of each row is
computed once when it is loaded, and the filter decides with a list lookup.
Sorting is done by the source model in Python (one ``list.sort`` with a key)
rather than by the proxy, which would call back into Python for every
comparison.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from facilitator_app.core.roster_fields import FIELDS, SEARCH_FIELDS
from facilitator_app.core.text import fast_fold, fold, fold_many
from facilitator_app.services.roster import TABLE_FIELDS
from facilitator_app.ui.dates import date_text

_ROOT = QModelIndex()  # the invisible root: these are flat tables
MemberIdRole = Qt.ItemDataRole.UserRole + 1
SortKeyRole = Qt.ItemDataRole.UserRole + 2

_NUMERIC = {"employees", "vote_weight"}
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _ALIGN, MemberIdRole, SortKeyRole})


def _tr_domain(text: str) -> str:
    return QCoreApplication.translate("domain", text)


class RosterTableModel(QAbstractTableModel):
    """Members as rows, roster fields as columns (``fields``)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.fields: list[str] = list(TABLE_FIELDS)
        self._rows: list[tuple] = []
        self._index: dict[int, int] = {}
        # id -> (folded name, folded search text), computed once per row
        self._keys: dict[int, tuple[str, str]] = {}
        self.search_keys: list[str] = []
        self.types: list[str | None] = []
        self.statuses: list[str | None] = []
        self._search_positions = [self.fields.index(f) + 1 for f in SEARCH_FIELDS]
        self._name_pos = self.fields.index("name") + 1
        assert SEARCH_FIELDS[0] == "name"
        self._type_pos = self.fields.index("member_type") + 1
        self._status_pos = self.fields.index("status") + 1
        self._labels = {
            f: {k: _tr_domain(label) for k, label in FIELDS[f].choices}
            for f in self.fields if FIELDS[f].kind == "choice"
        }
        self._headers = [QCoreApplication.translate("roster", FIELDS[f].label)
                         for f in self.fields]
        self._yes = QCoreApplication.translate("roster", "Yes")
        self._no = QCoreApplication.translate("roster", "No")
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder
        # Bumped whenever rows change or move, before Qt is told: the proxy's
        # cached decisions are only used for the generation they were made for.
        self.generation = 0

    # ----- loading and changes --------------------------------------------
    def load(self, rows: Iterable[tuple]) -> None:
        """Replace every row (tuples ``(id, *fields)`` as the service gives them)."""
        self.beginResetModel()
        self._rows = list(rows)
        names = fold_many([r[self._name_pos] for r in self._rows])
        rest = fold_many(["\x00".join(r[p] or "" for p in self._search_positions[1:])
                          for r in self._rows])
        self._keys = {
            r[0]: (name, f"{name}\x00{other}")
            for r, name, other in zip(self._rows, names, rest, strict=True)
        }
        self._sort_rows()
        self._rebuild()
        self.endResetModel()

    def _derive(self, row: tuple) -> tuple[str, str]:
        # Fields are folded separately and joined by a character no search
        # contains, so a search never matches across two fields.
        name = fast_fold(row[self._name_pos])
        rest = "\x00".join(row[p] or "" for p in self._search_positions[1:])
        return name, f"{name}\x00{fast_fold(rest)}"  # one fold for the other fields

    def _rebuild(self) -> None:
        self.generation += 1
        keys = self._keys
        self.search_keys = [keys[r[0]][1] for r in self._rows]
        self.types = [r[self._type_pos] for r in self._rows]
        self.statuses = [r[self._status_pos] for r in self._rows]
        self._index = {r[0]: i for i, r in enumerate(self._rows)}

    def upsert(self, row: tuple) -> int:
        """Insert a new member's row or replace a changed one; returns its row."""
        member_id = row[0]
        at = self._index.get(member_id)
        self.generation += 1
        self._keys[member_id] = self._derive(row)
        if at is not None:
            self._rows[at] = row
            self.search_keys[at] = self._keys[member_id][1]
            self.types[at] = row[self._type_pos]
            self.statuses[at] = row[self._status_pos]
            self.dataChanged.emit(self.index(at, 0), self.index(at, len(self.fields) - 1))
            return at
        at = len(self._rows)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.append(row)
        self.search_keys.append(self._keys[member_id][1])
        self.types.append(row[self._type_pos])
        self.statuses.append(row[self._status_pos])
        self._index[member_id] = at
        self.endInsertRows()
        return at

    def remove(self, member_id: int) -> None:
        at = self._index.get(member_id)
        if at is None:
            return
        self.beginRemoveRows(QModelIndex(), at, at)
        self.generation += 1
        del self._rows[at], self.search_keys[at], self.types[at], self.statuses[at]
        self._keys.pop(member_id, None)
        self._index = {r[0]: i for i, r in enumerate(self._rows)}
        self.endRemoveRows()

    def row_of(self, member_id: int) -> int | None:
        return self._index.get(member_id)

    def member_id(self, row: int) -> int:
        return self._rows[row][0]

    def value(self, row: int, field_name: str) -> Any:
        return self._rows[row][self.fields.index(field_name) + 1]

    def ids(self) -> list[int]:
        return [r[0] for r in self._rows]

    # ----- Qt model API ----------------------------------------------------
    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.fields)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def display(self, field_name: str, value: Any) -> str:
        if value is None:
            return ""
        labels = self._labels.get(field_name)
        if labels is not None:
            return labels.get(value, str(value))
        if isinstance(value, bool):
            return self._yes if value else self._no
        if isinstance(value, date):
            return date_text(value)  # the locale's way; files keep ISO
        if isinstance(value, float):
            return f"{value:g}"
        if field_name == "notes":
            return str(value).split("\n", 1)[0]
        return str(value)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every visible cell and role on each paint: roles this
        # model does not answer leave first, before any lookup.
        if role not in _ROLES:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return self.display(self.fields[column], row[column + 1])
        if role == MemberIdRole:
            return row[0]
        if role == _TOOLTIP:
            value = row[column + 1]
            if isinstance(value, str) and (len(value) > 30 or "\n" in value):
                return value
            return None
        if role == _ALIGN:
            if self.fields[column] in _NUMERIC:
                return _RIGHT
            return None
        if role == SortKeyRole:
            return self._sort_key(column)(row)
        return None

    # ----- sorting (in Python, see the module docstring) --------------------
    def _sort_key(self, column: int):
        field_name = self.fields[column]
        pos = column + 1
        keys = self._keys
        labels = self._labels.get(field_name)
        if field_name == "name":
            return lambda r: (keys[r[0]][0], r[0])
        if labels is not None:
            folded = {k: fast_fold(v) for k, v in labels.items()}
            return lambda r: (r[pos] is None, folded.get(r[pos], fast_fold(r[pos])),
                              keys[r[0]][0])
        kind = FIELDS[field_name].kind
        if kind in ("date", "int", "number", "bool"):
            return lambda r: (r[pos] is None, r[pos] if r[pos] is not None else 0,
                              keys[r[0]][0])
        return lambda r: (not r[pos], fast_fold(r[pos]), keys[r[0]][0])

    def _sort_rows(self) -> None:
        key = self._sort_key(self.sort_column)
        self._rows.sort(key=key, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if column < 0 or column >= len(self.fields):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        remembered = [(self._rows[p.row()][0], p.column()) for p in persistent]
        self.sort_column, self.sort_order = column, order
        self._sort_rows()
        self._rebuild()
        self.changePersistentIndexList(
            persistent,
            [self.index(self._index[mid], col) for mid, col in remembered],
        )
        self.layoutChanged.emit()


class RosterFilterProxy(QSortFilterProxyModel):
    """Search (name, contact, locality; accents and case ignored), type, status.

    The decision for every row is computed in one Python pass when a filter
    changes (``accepted``), so ``filterAcceptsRow`` is a list lookup.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.needle = ""
        self.member_type: str | None = None
        self.status: str | None = None
        self.accepted: list[bool] | None = None
        self._generation = -1
        self._model: RosterTableModel | None = None
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: RosterTableModel) -> None:
        self._model = model  # kept in Python: filterAcceptsRow must not ask Qt for it
        super().setSourceModel(model)

    def source(self) -> RosterTableModel:
        assert self._model is not None
        return self._model

    def _cached(self) -> list[bool] | None:
        if self.accepted is not None and self._generation == self.source().generation:
            return self.accepted
        return None

    @property
    def active(self) -> bool:
        return bool(self.needle or self.member_type or self.status)

    def set_filters(self, search: str | None = None, member_type: Any = ...,
                    status: Any = ...) -> None:
        if search is not None:
            self.needle = fold(search)
        if member_type is not ...:
            self.member_type = member_type or None
        if status is not ...:
            self.status = status or None
        before, generation = self.accepted, self._generation
        if self._compute() == before and generation == self._generation:
            return  # the same rows pass (e.g. one more letter that everyone matches)
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # Qt < 6.9
            self.invalidateFilter()

    def _compute(self) -> list[bool]:
        src = self.source()
        needle, kind, status = self.needle, self.member_type, self.status
        keys, types, statuses = src.search_keys, src.types, src.statuses
        n = len(keys)
        self._generation = src.generation
        if not (needle or kind or status):
            self.accepted = [True] * n
        else:
            self.accepted = [
                (not needle or needle in keys[i])
                and (kind is None or types[i] == kind)
                and (status is None or statuses[i] == status)
                for i in range(n)
            ]
        return self.accepted

    def accepts(self, row: int) -> bool:
        src = self.source()
        return ((not self.needle or self.needle in src.search_keys[row])
                and (self.member_type is None or src.types[row] == self.member_type)
                and (self.status is None or src.statuses[row] == self.status))

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        # The model's lists are always up to date when Qt asks (the model
        # changes them before it signals), so one pass decides every row;
        # this runs once per row per filter change, so it stays minimal.
        if self._generation != self._model.generation:  # type: ignore[union-attr]
            self._compute()
        return self.accepted[source_row]  # type: ignore[index]

    def accepted_rows(self) -> list[int]:
        accepted = self._cached()
        if accepted is None:
            accepted = self._compute()
        return [i for i, ok in enumerate(accepted) if ok]

    def type_counts(self) -> Counter:
        """Members by type among the rows the filters let through."""
        src = self.source()
        types = src.types
        return Counter(types[i] for i in self.accepted_rows())

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        # The source sorts (fast, in Python); the proxy keeps its order.
        self.source().sort(column, order)

    def member_id(self, proxy_row: int) -> int:
        return self.index(proxy_row, 0).data(MemberIdRole)

    def proxy_row_of(self, member_id: int) -> int | None:
        row = self.source().row_of(member_id)
        if row is None:
            return None
        index = self.mapFromSource(self.source().index(row, 0))
        return index.row() if index.isValid() else None

