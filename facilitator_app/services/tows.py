"""TOWS strategies: the SWOT turned into moves (SO, ST, WO, WT).

Each strategy draws on SWOT items of its two quadrants (SO: strengths and
opportunities, ...). Links point at item ids, so editing an item's text
never breaks them, and merging items moves them to the survivor
(:func:`facilitator_app.services.swot.merge_items`). Like the SWOT
service, destructive calls return what is needed to undo them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from facilitator_app.core.domain import TOWS_KINDS, keys_of
from facilitator_app.core.errors import UserError
from facilitator_app.core.views import ItemView
from facilitator_app.core.views import StrategyView as StrategyView  # screens say tows.StrategyView
from facilitator_app.i18n.messages import _
from facilitator_app.services.records import renumber, required_text
from facilitator_app.services.swot import items as swot_items
from facilitator_app.services.workshops import get_workshop
from facilitator_app.storage.models import Priority, SwotItem, TowsLink, TowsStrategy

KINDS: tuple[str, ...] = tuple(keys_of(TOWS_KINDS))
# The two SWOT quadrants a strategy of each kind draws on.
RELEVANT_QUADRANTS: dict[str, tuple[str, str]] = {
    "SO": ("S", "O"),
    "ST": ("S", "T"),
    "WO": ("W", "O"),
    "WT": ("W", "T"),
}
MAX_STRATEGY_CHARS = 1000


@dataclass(frozen=True)
class StrategySnapshot:
    id: int
    uid: str
    workshop_id: int
    kind: str
    text: str
    position: int
    created_at: datetime | None
    item_ids: tuple[int, ...]
    priority_ids: tuple[int, ...]


def _check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise UserError(_("Unknown TOWS kind: {kind!r} (use SO, ST, WO or WT).", kind=kind))
    return kind


def _clean_text(text: str | None) -> str:
    return required_text(
        text, _("A strategy needs some text."),
        _("The strategy is too long (at most {limit} characters).", limit=MAX_STRATEGY_CHARS),
        MAX_STRATEGY_CHARS)


def _row(session: Session, strategy_id: int) -> TowsStrategy:
    row = session.get(TowsStrategy, strategy_id)
    if row is None:
        raise UserError(_("This strategy no longer exists."))
    return row


def _ordered(session: Session, workshop_id: int, kind: str) -> list[TowsStrategy]:
    return list(
        session.scalars(
            select(TowsStrategy)
            .where(TowsStrategy.workshop_id == workshop_id, TowsStrategy.kind == kind)
            .order_by(TowsStrategy.position, TowsStrategy.id)
        )
    )




def _check_items(
    session: Session, workshop_id: int, kind: str, item_ids: Iterable[int]
) -> list[int]:
    """The item ids, checked: same workshop, one of the kind's two quadrants."""
    ids = list(dict.fromkeys(item_ids))
    if not ids:
        return []
    allowed = RELEVANT_QUADRANTS[kind]
    rows = {r.id: r for r in session.scalars(select(SwotItem).where(SwotItem.id.in_(ids)))}
    for item_id in ids:
        row = rows.get(item_id)
        if row is None or row.workshop_id != workshop_id:
            raise UserError(_("One of the chosen SWOT items no longer exists."))
        if row.quadrant not in allowed:
            raise UserError(
                _("A {kind} strategy draws on items of {allowed} and {allowed2} only; \"{text}\" "
                  "is in {quadrant}.",
                  kind=kind, allowed=allowed[0], allowed2=allowed[1], text=row.text, quadrant=row.quadrant)
            )
    return ids


def strategies(session: Session, workshop_id: int, kind: str | None = None) -> list[StrategyView]:
    """Strategies in grid order (SO, ST, WO, WT, then position), with their items."""
    query = select(TowsStrategy).where(TowsStrategy.workshop_id == workshop_id)
    if kind is not None:
        query = query.where(TowsStrategy.kind == _check_kind(kind))
    rows = list(session.scalars(query))
    rows.sort(key=lambda r: (KINDS.index(r.kind) if r.kind in KINDS else 99, r.position, r.id))
    board = {i.id: i for i in swot_items(session, workshop_id)}
    order = {item_id: n for n, item_id in enumerate(board)}
    links: dict[int, list[int]] = {r.id: [] for r in rows}
    if rows:
        for strategy_id, item_id in session.execute(
            select(TowsLink.strategy_id, TowsLink.item_id).where(
                TowsLink.strategy_id.in_(list(links))
            )
        ):
            if item_id in board:
                links[strategy_id].append(item_id)
    numbers: dict[int, int] = {}
    counts: dict[str, int] = {}
    for r in rows:
        counts[r.kind] = counts.get(r.kind, 0) + 1
        numbers[r.id] = counts[r.kind]
    return [
        StrategyView(
            id=r.id,
            uid=r.uid,
            workshop_id=r.workshop_id,
            kind=r.kind,
            text=r.text,
            position=r.position,
            items=tuple(board[i] for i in sorted(links[r.id], key=order.__getitem__)),
            number=numbers[r.id],
        )
        for r in rows
    ]


def grid(session: Session, workshop_id: int) -> dict[str, list[StrategyView]]:
    """The TOWS matrix: every kind present (maybe empty), each in order."""
    result: dict[str, list[StrategyView]] = {k: [] for k in KINDS}
    for s in strategies(session, workshop_id):
        result.setdefault(s.kind, []).append(s)
    return result


def get_strategy(session: Session, strategy_id: int) -> StrategyView:
    row = _row(session, strategy_id)
    for s in strategies(session, row.workshop_id, row.kind):
        if s.id == strategy_id:
            return s
    raise AssertionError("unreachable")  # pragma: no cover


def candidate_items(session: Session, workshop_id: int, kind: str) -> dict[str, list[ItemView]]:
    """The SWOT items a strategy of ``kind`` may draw on, by quadrant."""
    first, second = RELEVANT_QUADRANTS[_check_kind(kind)]
    return {
        first: swot_items(session, workshop_id, first),
        second: swot_items(session, workshop_id, second),
    }


def add_strategy(
    session: Session,
    workshop_id: int,
    kind: str,
    text: str,
    item_ids: Iterable[int] = (),
    position: int | None = None,
) -> StrategyView:
    get_workshop(session, workshop_id)
    _check_kind(kind)
    ids = _check_items(session, workshop_id, kind, item_ids)
    row = TowsStrategy(workshop_id=workshop_id, kind=kind, text=_clean_text(text))
    siblings = _ordered(session, workshop_id, kind)
    siblings.insert(
        len(siblings) if position is None else max(0, min(position, len(siblings))), row
    )
    session.add(row)
    renumber(siblings)
    session.flush()
    session.add_all(TowsLink(strategy_id=row.id, item_id=i) for i in ids)
    session.flush()
    return get_strategy(session, row.id)


@dataclass(frozen=True)
class StrategyState:
    """Text and links of a strategy (what :func:`update_strategy` changes)."""

    text: str
    item_ids: tuple[int, ...]


def _state(session: Session, row: TowsStrategy) -> StrategyState:
    return StrategyState(
        row.text,
        tuple(
            session.scalars(
                select(TowsLink.item_id).where(TowsLink.strategy_id == row.id).order_by(TowsLink.id)
            )
        ),
    )


def update_strategy(
    session: Session,
    strategy_id: int,
    text: str | None = None,
    item_ids: Iterable[int] | None = None,
) -> StrategyState:
    """Change the text and/or the linked items; returns the previous state."""
    row = _row(session, strategy_id)
    old = _state(session, row)
    if text is not None:
        row.text = _clean_text(text)
    if item_ids is not None:
        ids = _check_items(session, row.workshop_id, row.kind, item_ids)
        session.execute(
            delete(TowsLink).where(
                TowsLink.strategy_id == strategy_id, TowsLink.item_id.not_in(ids)
            )
        )
        have = set(old.item_ids)
        session.add_all(TowsLink(strategy_id=strategy_id, item_id=i) for i in ids if i not in have)
    session.flush()
    return old


def restore_state(session: Session, strategy_id: int, state: StrategyState) -> StrategyState:
    """Undo :func:`update_strategy` (links to items deleted since are skipped)."""
    row = _row(session, strategy_id)
    old = _state(session, row)
    row.text = state.text
    existing = set(session.scalars(select(SwotItem.id).where(SwotItem.id.in_(state.item_ids))))
    session.execute(delete(TowsLink).where(TowsLink.strategy_id == strategy_id))
    session.flush()
    session.add_all(
        TowsLink(strategy_id=strategy_id, item_id=i) for i in state.item_ids if i in existing
    )
    session.flush()
    return old


def delete_strategy(session: Session, strategy_id: int) -> StrategySnapshot:
    row = _row(session, strategy_id)
    state = _state(session, row)
    snap = StrategySnapshot(
        id=row.id,
        uid=row.uid,
        workshop_id=row.workshop_id,
        kind=row.kind,
        text=row.text,
        position=_ordered(session, row.workshop_id, row.kind).index(row),
        created_at=row.created_at,
        item_ids=state.item_ids,
        priority_ids=tuple(
            session.scalars(
                select(Priority.id).where(Priority.source_tows_id == row.id).order_by(Priority.id)
            )
        ),
    )
    session.execute(delete(TowsLink).where(TowsLink.strategy_id == strategy_id))
    session.execute(
        update(Priority).where(Priority.source_tows_id == strategy_id).values(source_tows_id=None)
    )
    session.delete(row)
    session.flush()
    renumber(_ordered(session, snap.workshop_id, snap.kind))
    session.flush()
    return snap


def restore_strategy(session: Session, snap: StrategySnapshot) -> int:
    """Put a deleted strategy back with its links and the priorities made from it."""
    get_workshop(session, snap.workshop_id)
    row = TowsStrategy(workshop_id=snap.workshop_id, kind=snap.kind, text=snap.text)
    if session.get(TowsStrategy, snap.id) is None:
        row.id = snap.id
    if session.scalar(select(TowsStrategy.id).where(TowsStrategy.uid == snap.uid)) is None:
        row.uid = snap.uid
    if snap.created_at is not None:
        row.created_at = snap.created_at
    siblings = _ordered(session, snap.workshop_id, snap.kind)
    siblings.insert(max(0, min(snap.position, len(siblings))), row)
    session.add(row)
    renumber(siblings)
    session.flush()
    existing = set(session.scalars(select(SwotItem.id).where(SwotItem.id.in_(snap.item_ids))))
    session.add_all(TowsLink(strategy_id=row.id, item_id=i) for i in snap.item_ids if i in existing)
    if snap.priority_ids:
        session.execute(
            update(Priority)
            .where(Priority.id.in_(snap.priority_ids), Priority.source_tows_id.is_(None))
            .values(source_tows_id=row.id)
        )
    session.flush()
    return row.id


def move_strategy(session: Session, strategy_id: int, position: int) -> int:
    """Reorder within its kind; returns the old position."""
    row = _row(session, strategy_id)
    siblings = _ordered(session, row.workshop_id, row.kind)
    old = siblings.index(row)
    siblings.remove(row)
    siblings.insert(max(0, min(position, len(siblings))), row)
    renumber(siblings)
    session.flush()
    return old
