"""Small rules shared by the services that keep ordered lists of texts
(SWOT items, TOWS strategies, priorities, workshops)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from facilitator_app.core.errors import UserError


def required_text(text: str | None, missing: str, too_long: str, limit: int) -> str:
    """``text`` with its whitespace folded; refused when empty or over ``limit``.

    ``missing`` is the whole message for an empty text ("A strategy needs
    some text."), ``too_long`` the one for a text over ``limit`` ("The
    strategy is too long (at most 2000 characters)."), both translated (``_()``).
    """
    cleaned = " ".join((text or "").split())
    if not cleaned:
        raise UserError(missing)
    if len(cleaned) > limit:
        raise UserError(too_long)
    return cleaned


def renumber(rows: Sequence[Any]) -> None:
    """Positions 0, 1, 2 ... in list order (only the rows that moved are touched)."""
    for index, row in enumerate(rows):
        if row.position != index:
            row.position = index
