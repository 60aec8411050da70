"""The SWOT board of a workshop: items per quadrant, dots, merges, prompts.

Every function is one user action and is built to be undone: the ones that
destroy something return a snapshot (:class:`ItemSnapshot`,
:class:`MergeSnapshot`) holding everything needed to put it back exactly
(same id and uid, position, dots, who said it, the TOWS strategies that
used it, the priorities that came from it). The GUI wraps these in undo
commands; the exports read :func:`items_by_quadrant`.

Positions are 0-based and contiguous within a quadrant; every change
renumbers the quadrant it touches.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from facilitator_app.core.domain import SWOT_QUADRANTS, keys_of
from facilitator_app.core.errors import UserError
from facilitator_app.core.text import fold
from facilitator_app.core.views import ItemView as ItemView  # screens say swot.ItemView
from facilitator_app.i18n.messages import _
from facilitator_app.services.records import renumber, required_text
from facilitator_app.services.workshops import get_workshop
from facilitator_app.storage.models import (
    Member,
    Priority,
    SwotAttribution,
    SwotItem,
    TowsLink,
    TowsStrategy,
)

QUADRANTS: tuple[str, ...] = tuple(keys_of(SWOT_QUADRANTS))
MAX_ITEM_CHARS = 1000
MAX_DOTS = 999
MERGE_SEPARATOR = " / "


@dataclass(frozen=True)
class ItemSnapshot:
    """A deleted item with everything that pointed at it."""

    id: int
    uid: str
    workshop_id: int
    quadrant: str
    text: str
    position: int
    dots: int
    created_at: datetime | None
    member_ids: tuple[int, ...]
    strategy_ids: tuple[int, ...]
    priority_ids: tuple[int, ...]


@dataclass(frozen=True)
class MergeSnapshot:
    """What :func:`merge_items` changed, so :func:`unmerge` can reverse it."""

    survivor_id: int
    old_text: str
    old_dots: int
    added_member_ids: tuple[int, ...]
    added_strategy_ids: tuple[int, ...]
    removed: tuple[ItemSnapshot, ...]  # in the order they were deleted


@dataclass(frozen=True)
class MoveRecord:
    """One item moved: where it was (to move it back)."""

    item_id: int
    old_quadrant: str
    old_position: int


# --------------------------------------------------------------------------- reading


def _check_quadrant(quadrant: str) -> str:
    if quadrant not in QUADRANTS:
        raise UserError(_("Unknown SWOT quadrant: {quadrant!r} (use S, W, O or T).",
                          quadrant=quadrant))
    return quadrant


def _clean_text(text: str | None) -> str:
    return required_text(
        text, _("A SWOT item needs some text."),
        _("The item is too long (at most {limit} characters).", limit=MAX_ITEM_CHARS),
        MAX_ITEM_CHARS)


def _row(session: Session, item_id: int) -> SwotItem:
    item = session.get(SwotItem, item_id)
    if item is None:
        raise UserError(_("This SWOT item no longer exists."))
    return item


def _ordered(session: Session, workshop_id: int, quadrant: str) -> list[SwotItem]:
    return list(
        session.scalars(
            select(SwotItem)
            .where(SwotItem.workshop_id == workshop_id, SwotItem.quadrant == quadrant)
            .order_by(SwotItem.position, SwotItem.id)
        )
    )




def _views(session: Session, rows: list[SwotItem], numbers: dict[int, int]) -> list[ItemView]:
    ids = [r.id for r in rows]
    people: dict[int, list[tuple[str, int]]] = {i: [] for i in ids}
    links: dict[int, list[int]] = {i: [] for i in ids}
    if ids:
        for item_id, member_id, name in session.execute(
            select(SwotAttribution.item_id, Member.id, Member.name)
            .join(Member, Member.id == SwotAttribution.member_id)
            .where(SwotAttribution.item_id.in_(ids))
        ):
            people[item_id].append((name, member_id))
        for item_id, strategy_id in session.execute(
            select(TowsLink.item_id, TowsLink.strategy_id).where(TowsLink.item_id.in_(ids))
        ):
            links[item_id].append(strategy_id)
    result = []
    for r in rows:
        who = sorted(people[r.id], key=lambda p: (fold(p[0]), p[1]))
        result.append(
            ItemView(
                id=r.id,
                uid=r.uid,
                workshop_id=r.workshop_id,
                quadrant=r.quadrant,
                text=r.text,
                position=r.position,
                dots=r.dots or 0,
                number=numbers.get(r.id, 0),
                member_ids=tuple(m for _, m in who),
                member_names=tuple(n for n, _ in who),
                strategy_ids=tuple(sorted(links[r.id])),
            )
        )
    return result


def items(session: Session, workshop_id: int, quadrant: str | None = None) -> list[ItemView]:
    """Items in board order (S, W, O, T, then position); one quadrant if given."""
    query = select(SwotItem).where(SwotItem.workshop_id == workshop_id)
    if quadrant is not None:
        query = query.where(SwotItem.quadrant == _check_quadrant(quadrant))
    rows = list(session.scalars(query))
    rows.sort(key=lambda r: (QUADRANTS.index(r.quadrant), r.position, r.id))
    return _views(session, rows, _numbers(rows))


def _numbers(rows: list[SwotItem]) -> dict[int, int]:
    """1-based rank of each item in its quadrant (rows in board order)."""
    counts: dict[str, int] = {}
    result = {}
    for r in rows:
        counts[r.quadrant] = counts.get(r.quadrant, 0) + 1
        result[r.id] = counts[r.quadrant]
    return result


def item_labels(session: Session, workshop_id: int) -> dict[int, str]:
    """Item id -> "S1", "W3" ... as the board numbers them now."""
    return {i.id: i.label for i in items(session, workshop_id)}


def items_by_quadrant(session: Session, workshop_id: int) -> dict[str, list[ItemView]]:
    """All four quadrants (always present, maybe empty), each in board order."""
    result: dict[str, list[ItemView]] = {q: [] for q in QUADRANTS}
    for item in items(session, workshop_id):
        result[item.quadrant].append(item)
    return result


def get_item(session: Session, item_id: int) -> ItemView:
    row = _row(session, item_id)
    rank = _ordered(session, row.workshop_id, row.quadrant).index(row) + 1
    return _views(session, [row], {row.id: rank})[0]


# --------------------------------------------------------------------------- changing


def add_item(
    session: Session,
    workshop_id: int,
    quadrant: str,
    text: str,
    position: int | None = None,
    member_ids: Iterable[int] = (),
    dots: int = 0,
) -> ItemView:
    """Add an item at ``position`` (default: the end of the quadrant)."""
    get_workshop(session, workshop_id)
    _check_quadrant(quadrant)
    row = SwotItem(
        workshop_id=workshop_id, quadrant=quadrant, text=_clean_text(text), dots=max(0, dots)
    )
    siblings = _ordered(session, workshop_id, quadrant)
    index = len(siblings) if position is None else max(0, min(position, len(siblings)))
    siblings.insert(index, row)
    session.add(row)
    renumber(siblings)
    session.flush()
    _attribute(session, row.id, member_ids)
    session.flush()
    return get_item(session, row.id)


def edit_item(session: Session, item_id: int, text: str) -> str:
    """Change an item's text; returns the old text. Links and dots stay."""
    row = _row(session, item_id)
    old = row.text
    row.text = _clean_text(text)
    session.flush()
    return old


def _snapshot(session: Session, row: SwotItem) -> ItemSnapshot:
    return ItemSnapshot(
        id=row.id,
        uid=row.uid,
        workshop_id=row.workshop_id,
        quadrant=row.quadrant,
        text=row.text,
        position=_ordered(session, row.workshop_id, row.quadrant).index(row),
        dots=row.dots or 0,
        created_at=row.created_at,
        member_ids=tuple(
            session.scalars(
                select(SwotAttribution.member_id)
                .where(SwotAttribution.item_id == row.id)
                .order_by(SwotAttribution.id)
            )
        ),
        strategy_ids=tuple(
            session.scalars(
                select(TowsLink.strategy_id).where(TowsLink.item_id == row.id).order_by(TowsLink.id)
            )
        ),
        priority_ids=tuple(
            session.scalars(
                select(Priority.id).where(Priority.source_swot_id == row.id).order_by(Priority.id)
            )
        ),
    )


def delete_item(session: Session, item_id: int) -> ItemSnapshot:
    """Delete an item; the snapshot lets :func:`restore_item` bring it all back."""
    row = _row(session, item_id)
    snap = _snapshot(session, row)
    session.execute(delete(SwotAttribution).where(SwotAttribution.item_id == item_id))
    session.execute(delete(TowsLink).where(TowsLink.item_id == item_id))
    session.execute(
        update(Priority).where(Priority.source_swot_id == item_id).values(source_swot_id=None)
    )
    session.delete(row)
    session.flush()
    renumber(_ordered(session, snap.workshop_id, snap.quadrant))
    session.flush()
    return snap


def delete_items(session: Session, item_ids: Iterable[int]) -> list[ItemSnapshot]:
    """Delete several items; restore with :func:`restore_items` (same list)."""
    return [delete_item(session, i) for i in dict.fromkeys(item_ids)]


def restore_item(session: Session, snap: ItemSnapshot) -> int:
    """Put a deleted item back where it was; returns its id (the old one if free).

    Who said it, the TOWS links and the priorities that came from it are
    restored as far as the member, strategy or priority still exists.
    """
    get_workshop(session, snap.workshop_id)
    row = SwotItem(
        workshop_id=snap.workshop_id,
        quadrant=snap.quadrant,
        text=snap.text,
        dots=snap.dots,
    )
    if session.get(SwotItem, snap.id) is None:
        row.id = snap.id
    if session.scalar(select(SwotItem.id).where(SwotItem.uid == snap.uid)) is None:
        row.uid = snap.uid
    if snap.created_at is not None:
        row.created_at = snap.created_at
    siblings = _ordered(session, snap.workshop_id, snap.quadrant)
    siblings.insert(max(0, min(snap.position, len(siblings))), row)
    session.add(row)
    renumber(siblings)
    session.flush()
    _attribute(session, row.id, snap.member_ids)
    _link(session, row.id, snap.strategy_ids)
    if snap.priority_ids:
        session.execute(
            update(Priority)
            .where(Priority.id.in_(snap.priority_ids), Priority.source_swot_id.is_(None))
            .values(source_swot_id=row.id)
        )
    session.flush()
    return row.id


def restore_items(session: Session, snaps: Iterable[ItemSnapshot]) -> list[int]:
    """Undo :func:`delete_items`: restore in reverse order so positions come out right."""
    return [restore_item(session, s) for s in reversed(list(snaps))]


def _attribute(session: Session, item_id: int, member_ids: Iterable[int]) -> list[int]:
    """Add attributions that are not there yet, for members that exist."""
    wanted = list(dict.fromkeys(member_ids))
    if not wanted:
        return []
    existing = set(session.scalars(select(Member.id).where(Member.id.in_(wanted))))
    have = set(
        session.scalars(select(SwotAttribution.member_id).where(SwotAttribution.item_id == item_id))
    )
    added = [m for m in wanted if m in existing and m not in have]
    session.add_all(SwotAttribution(item_id=item_id, member_id=m) for m in added)
    return added


def _link(session: Session, item_id: int, strategy_ids: Iterable[int]) -> list[int]:
    """Add TOWS links that are not there yet, for strategies that exist."""
    wanted = list(dict.fromkeys(strategy_ids))
    if not wanted:
        return []
    existing = set(session.scalars(select(TowsStrategy.id).where(TowsStrategy.id.in_(wanted))))
    have = set(session.scalars(select(TowsLink.strategy_id).where(TowsLink.item_id == item_id)))
    added = [s for s in wanted if s in existing and s not in have]
    session.add_all(TowsLink(strategy_id=s, item_id=item_id) for s in added)
    return added


def move_item(session: Session, item_id: int, quadrant: str, position: int) -> MoveRecord:
    """Move an item within its quadrant or to another one, at ``position``.

    Its TOWS links stay: the facilitator sees them on the TOWS grid and
    decides; silently dropping them would lose work.
    """
    _check_quadrant(quadrant)
    row = _row(session, item_id)
    source = _ordered(session, row.workshop_id, row.quadrant)
    record = MoveRecord(item_id, row.quadrant, source.index(row))
    source.remove(row)
    renumber(source)
    target = source if quadrant == row.quadrant else _ordered(session, row.workshop_id, quadrant)
    row.quadrant = quadrant
    target.insert(max(0, min(position, len(target))), row)
    renumber(target)
    session.flush()
    return record


def move_items(
    session: Session, item_ids: Iterable[int], quadrant: str, row: int | None
) -> list[MoveRecord]:
    """Move items (as dragged together) before row ``row`` of ``quadrant`` (None: the end).

    ``row`` counts the target quadrant as shown before the move; the moved
    items keep their board order.
    """
    _check_quadrant(quadrant)
    rows = [_row(session, i) for i in dict.fromkeys(item_ids)]
    if not rows:
        return []
    workshop_id = rows[0].workshop_id
    if any(r.workshop_id != workshop_id for r in rows):
        raise UserError(_("Items can only be moved within one workshop."))
    moving = {r.id for r in rows}
    rows.sort(key=lambda r: (QUADRANTS.index(r.quadrant), r.position, r.id))
    target = _ordered(session, workshop_id, quadrant)
    start = len(target) if row is None else max(0, min(row, len(target)))
    anchor = next((r for r in target[start:] if r.id not in moving), None)
    records = []
    for r in rows:
        current = _ordered(session, workshop_id, quadrant)
        position = len(current) if anchor is None else current.index(anchor)
        if r in current and current.index(r) < position:
            position -= 1  # it leaves its place before the anchor first
        records.append(move_item(session, r.id, quadrant, position))
    return records


def undo_moves(session: Session, records: Iterable[MoveRecord]) -> None:
    """Reverse :func:`move_item` / :func:`move_items` (in reverse order)."""
    for rec in reversed(list(records)):
        move_item(session, rec.item_id, rec.old_quadrant, rec.old_position)


def set_dots(session: Session, item_id: int, dots: int) -> int:
    """Set the dot count (0 to 999); returns the previous count."""
    row = _row(session, item_id)
    old = row.dots or 0
    row.dots = max(0, min(int(dots), MAX_DOTS))
    session.flush()
    return old


def change_dots(session: Session, item_id: int, delta: int) -> tuple[int, int]:
    """Add (or with a negative delta remove) dots; never below zero. (old, new)."""
    row = _row(session, item_id)
    old = set_dots(session, item_id, (row.dots or 0) + delta)
    return old, row.dots


def set_attribution(session: Session, item_id: int, member_ids: Iterable[int]) -> tuple[int, ...]:
    """Say who contributed an item (any number of members, or none).

    Returns the previous member ids, to restore on undo.
    """
    _row(session, item_id)
    old = tuple(
        session.scalars(
            select(SwotAttribution.member_id)
            .where(SwotAttribution.item_id == item_id)
            .order_by(SwotAttribution.id)
        )
    )
    wanted = list(dict.fromkeys(member_ids))
    session.execute(
        delete(SwotAttribution).where(
            SwotAttribution.item_id == item_id, SwotAttribution.member_id.not_in(wanted)
        )
    )
    _attribute(session, item_id, wanted)
    session.flush()
    return old


def merge_items(
    session: Session, survivor_id: int, other_ids: Iterable[int], separator: str = MERGE_SEPARATOR
) -> MergeSnapshot:
    """Merge duplicates into ``survivor_id`` (nominal group technique, step 2).

    The texts are joined (a text that reads the same is not repeated), dots
    add up, every attribution is kept, TOWS links of the merged-away items
    move to the survivor, and priorities that came from them now point at
    the survivor. Items must be in the same quadrant: move them first.
    """
    survivor = _row(session, survivor_id)
    others = [_row(session, i) for i in dict.fromkeys(other_ids) if i != survivor_id]
    if not others:
        raise UserError(_("Choose at least two items to merge."))
    for other in others:
        if other.workshop_id != survivor.workshop_id or other.quadrant != survivor.quadrant:
            raise UserError(
                _("Only items of the same quadrant can be merged; move the item there first.")
            )
    others.sort(key=lambda r: (r.position, r.id))
    old_text, old_dots = survivor.text, survivor.dots or 0
    texts = [survivor.text]
    seen = {fold(survivor.text)}
    for other in others:
        if fold(other.text) not in seen:
            texts.append(other.text)
            seen.add(fold(other.text))
    joined = separator.join(texts)
    if len(joined) > MAX_ITEM_CHARS:
        raise UserError(
            _("The merged text would be too long (at most {max_item_chars} characters); shorten "
              "one of the items first.", max_item_chars=MAX_ITEM_CHARS)
        )
    members: list[int] = []
    strategies: list[int] = []
    priorities: list[int] = []
    dots = old_dots
    removed = []
    for other in others:
        snap = delete_item(session, other.id)
        removed.append(snap)
        members.extend(snap.member_ids)
        strategies.extend(snap.strategy_ids)
        priorities.extend(snap.priority_ids)
        dots += snap.dots
    survivor.text = joined
    survivor.dots = min(dots, MAX_DOTS)
    added_members = _attribute(session, survivor_id, members)
    added_strategies = _link(session, survivor_id, strategies)
    if priorities:
        session.execute(
            update(Priority).where(Priority.id.in_(priorities)).values(source_swot_id=survivor_id)
        )
    session.flush()
    return MergeSnapshot(
        survivor_id=survivor_id,
        old_text=old_text,
        old_dots=old_dots,
        added_member_ids=tuple(added_members),
        added_strategy_ids=tuple(added_strategies),
        removed=tuple(removed),
    )


def unmerge(session: Session, snap: MergeSnapshot) -> None:
    """Reverse :func:`merge_items`: the survivor as it was, the others back."""
    survivor = _row(session, snap.survivor_id)
    if snap.added_member_ids:
        session.execute(
            delete(SwotAttribution).where(
                SwotAttribution.item_id == snap.survivor_id,
                SwotAttribution.member_id.in_(snap.added_member_ids),
            )
        )
    if snap.added_strategy_ids:
        session.execute(
            delete(TowsLink).where(
                TowsLink.item_id == snap.survivor_id,
                TowsLink.strategy_id.in_(snap.added_strategy_ids),
            )
        )
    moved_priorities = [p for s in snap.removed for p in s.priority_ids]
    if moved_priorities:
        session.execute(
            update(Priority)
            .where(Priority.id.in_(moved_priorities), Priority.source_swot_id == snap.survivor_id)
            .values(source_swot_id=None)
        )
    survivor.text = snap.old_text
    survivor.dots = snap.old_dots
    session.flush()
    restore_items(session, snap.removed)


# --------------------------------------------------------------------------- prompts


def _empty_prompts() -> dict[str, list[str]]:
    return {q: [] for q in QUADRANTS}


def _normalise_prompts(prompts: Mapping[str, Iterable[str]] | None) -> dict[str, list[str]]:
    result = _empty_prompts()
    for q in QUADRANTS:
        for p in (prompts or {}).get(q, ()) or ():
            if isinstance(p, str) and p.strip():
                result[q].append(" ".join(p.split()))
    return result


@dataclass(frozen=True)
class BoardPrompts:
    """The guidance shown in each quadrant and the template it came from."""

    template_id: str | None
    prompts: dict[str, list[str]]

    @property
    def is_empty(self) -> bool:
        return not any(self.prompts.values())


def board_prompts(session: Session, workshop_id: int, lang: str = "en") -> BoardPrompts:
    """The prompts on the board: the stored copy, else the template's by id.

    A stored copy that is a built-in template's prompts, unedited, comes in
    ``lang`` (the template chosen in English reads in Spanish once the app
    is in Spanish); edited prompts stay as they were written.
    """
    from facilitator_app.services.template_library import find_template, localised_prompts

    workshop = get_workshop(session, workshop_id)
    if workshop.swot_prompts:
        try:
            data = json.loads(workshop.swot_prompts)
        except ValueError:
            data = None
        if isinstance(data, dict):
            prompts = _normalise_prompts(data)
            local = localised_prompts(workshop.swot_template_id, prompts, lang)
            return BoardPrompts(workshop.swot_template_id, local or prompts)
    if workshop.swot_template_id:
        template = find_template(session, workshop.swot_template_id, lang)
        if template is not None:
            return BoardPrompts(workshop.swot_template_id, _normalise_prompts(template.prompts))
    return BoardPrompts(workshop.swot_template_id, _empty_prompts())


@dataclass(frozen=True)
class PromptsState:
    """The raw stored prompt fields of a workshop (to restore on undo)."""

    template_id: str | None
    prompts_json: str | None


def set_board_prompts(
    session: Session,
    workshop_id: int,
    prompts: Mapping[str, Iterable[str]] | None,
    template_id: str | None,
) -> PromptsState:
    """Show these prompts on the board (a template chosen, or prompts edited).

    ``prompts=None`` clears the guidance. Returns the previous state.
    """
    workshop = get_workshop(session, workshop_id)
    old = PromptsState(workshop.swot_template_id, workshop.swot_prompts)
    workshop.swot_template_id = template_id
    workshop.swot_prompts = (
        None if prompts is None else json.dumps(_normalise_prompts(prompts), ensure_ascii=False)
    )
    session.flush()
    return old


def restore_prompts(session: Session, workshop_id: int, state: PromptsState) -> PromptsState:
    workshop = get_workshop(session, workshop_id)
    old = PromptsState(workshop.swot_template_id, workshop.swot_prompts)
    workshop.swot_template_id = state.template_id
    workshop.swot_prompts = state.prompts_json
    session.flush()
    return old
