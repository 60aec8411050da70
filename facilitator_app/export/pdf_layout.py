"""Page-breaking rules a reader expects, as reportlab flowables.

- :class:`SplitTable`: a table that breaks across pages only with at least
  :attr:`SplitTable.min_rows` rows on each side (never two rows at a page
  foot, never one orphan row on the next page); short tables never break.
- :class:`KeepWithFirstRows`: a heading (and the sentences under it) kept
  on the same page as the first rows of the table it introduces, without
  holding the whole table back: a long table still starts where it stands
  and breaks later.
- :class:`KeepTogether` (reportlab's) for a heading with a chart or a few
  paragraphs; headings also carry ``keepWithNext``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Table
from reportlab.platypus.doctemplate import FrameBreak
from reportlab.platypus.flowables import _listWrapOn  # type: ignore[attr-defined]

__all__ = ["KeepTogether", "KeepWithFirstRows", "SplitTable"]


def _header_rows(table: Table) -> int:
    repeat = table.repeatRows
    return repeat if isinstance(repeat, int) else len(repeat)


class SplitTable(Table):
    """A table that splits only between two runs of at least ``min_rows`` rows.

    A table of at most ``whole_below`` rows moves whole to the next page
    instead of splitting (unless it is taller than a page).
    """

    min_rows = 3
    whole_below = 10

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        head = _header_rows(self)
        body = len(getattr(self, "_cellvalues")) - head  # noqa: B009 - not in the stubs
        if body <= self.whole_below:
            return self._too_little(availWidth, availHeight)
        first = len(getattr(parts[0], "_cellvalues")) - head  # noqa: B009
        rest = body - first
        need = min(self.min_rows, body)
        if first < need:
            return self._too_little(availWidth, availHeight)
        if rest < need:
            keep = first - (need - rest)
            if keep < need:
                return self._too_little(availWidth, availHeight)
            heights: list[float] = getattr(self, "_rowHeights")  # noqa: B009
            height = sum(heights[:head + keep]) + 0.5
            parts = super().split(availWidth, height)
        return parts

    def _too_little(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Not enough fits here: to the next page, unless this is already the
        top of a page (then it splits wherever it can, like any table)."""
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            parts: list[Flowable] = super().split(availWidth, availHeight)
            return parts
        return []


class KeepWithFirstRows(KeepTogether):
    """``lead`` (a heading, a sentence) on the same page as the first rows of ``table``.

    If the lead and the table's first rows (header included; all of them for
    a short table, which never breaks) do not fit in what is left of the
    page, all of it starts on the next page; otherwise it starts here and the
    table breaks where :class:`SplitTable` allows.
    """

    def __init__(self, lead: Sequence[Flowable], table: Table, rows: int = 3) -> None:
        super().__init__([*lead, table])  # (a KeepTogether to whoever walks the story)
        self.lead = list(lead)
        self.table = table
        self.rows = rows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._aw = availWidth
        return availWidth, 0xFFFFFF  # always asks to be split: split() decides

    def _needed(self, availWidth: float, availHeight: float) -> float:
        _width, lead_h = _listWrapOn(self.lead, availWidth, self.canv)
        self.table.wrapOn(self.canv, availWidth, availHeight)
        heights: list[float] = list(self.table._rowHeights)  # type: ignore[attr-defined]
        head = _header_rows(self.table)
        rows = self.rows
        if isinstance(self.table, SplitTable) and len(heights) - head <= self.table.whole_below:
            rows = len(heights) - head  # a short table moves whole: keep the lead with all of it
        first = heights[:head + rows]
        return float(lead_h) + sum(first) + float(self.table.getSpaceBefore())

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        content: list[Flowable] = [*self.lead, self.table]
        frame = getattr(self, "_frame", None)
        at_top = frame is not None and getattr(frame, "_atTop", False)
        if not at_top and self._needed(availWidth, availHeight) > availHeight:
            return [FrameBreak(), *content]
        return content

    def draw(self) -> None:  # pragma: no cover - always split, never drawn
        pass

    def getSpaceBefore(self) -> float:
        return float(self.lead[0].getSpaceBefore()) if self.lead else 0.0

    def identity(self, maxLen: Any = None) -> str:
        return f"KeepWithFirstRows({[f.identity(maxLen) for f in self.lead]})"
