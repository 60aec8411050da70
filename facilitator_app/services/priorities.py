"""Candidate priorities: what the members will vote on.

A priority is typed, pasted from a list (a flip chart typed up), promoted
from a TOWS strategy or from a SWOT item, and remembers where it came from.
Its category is one of the Greenbook objective areas, an editable list kept
in the workspace settings. Order matters (it is the order on the ballot),
so every change keeps positions contiguous. The voting rounds (issue 7) and
the exports read :func:`list_priorities`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator_app.core.domain import PRIORITY_CATEGORIES
from facilitator_app.core.errors import UserError
from facilitator_app.core.text import fold
from facilitator_app.core.views import PriorityView
from facilitator_app.i18n.messages import _, n_
from facilitator_app.services import audit
from facilitator_app.services.records import renumber, required_text
from facilitator_app.services.settings import get_setting, set_setting
from facilitator_app.services.workshops import get_workshop
from facilitator_app.storage.models import (
    Priority,
    RoundOption,
    SwotItem,
    TowsLink,
    TowsStrategy,
    VoteRound,
)

CATEGORIES_KEY = "priority_categories"
SOURCE_KINDS = ("typed", "pasted", "tows", "swot")
MAX_TITLE_CHARS = 1000
MAX_CATEGORY_CHARS = 100
EDITABLE_FIELDS = ("title", "description", "category")

# A list pasted from a document often keeps its bullets or numbers.
_BULLET_RE = re.compile(r"^\s*(?:[-*\u2022\u2023\u25e6\u00b7\u2013\u2014]+|\(?\d{1,3}[.)])\s+")


# --------------------------------------------------------------------------- categories


def categories(session: Session) -> list[str]:
    """The category list (the Greenbook objective areas until the user edits it)."""
    stored = get_setting(session, CATEGORIES_KEY)
    if isinstance(stored, list) and all(isinstance(x, str) for x in stored):
        return list(stored)
    return list(PRIORITY_CATEGORIES)


def set_categories(session: Session, names: Iterable[str]) -> list[str]:
    """Replace the list (blank and repeated names dropped); returns the old list."""
    old = categories(session)
    cleaned: dict[str, str] = {}
    for name in names:
        text = " ".join((name or "").split())[:MAX_CATEGORY_CHARS]
        if text and fold(text) not in cleaned:
            cleaned[fold(text)] = text
    set_setting(session, CATEGORIES_KEY, list(cleaned.values()))
    return old


# --------------------------------------------------------------------------- reading


def _row(session: Session, priority_id: int) -> Priority:
    row = session.get(Priority, priority_id)
    if row is None:
        raise UserError(_("This priority no longer exists."))
    return row


def _ordered(session: Session, workshop_id: int) -> list[Priority]:
    return list(
        session.scalars(
            select(Priority)
            .where(Priority.workshop_id == workshop_id)
            .order_by(Priority.position, Priority.id)
        )
    )




def list_priorities(session: Session, workshop_id: int) -> list[PriorityView]:
    """The workshop's candidate priorities in their order (the ballot order)."""
    rows = _ordered(session, workshop_id)
    return _views(session, rows, {r.id: n for n, r in enumerate(rows, start=1)})


def _views(session: Session, rows: list[Priority], numbers: dict[int, int]) -> list[PriorityView]:
    from facilitator_app.services.swot import items as swot_items
    from facilitator_app.services.tows import strategies as tows_strategies

    workshops = {r.workshop_id for r in rows}
    strategies = {s.id: s for w in workshops for s in tows_strategies(session, w)}
    swot = {i.id: i for w in workshops for i in swot_items(session, w)}
    ids = [r.id for r in rows]
    rounds = (
        dict(
            session.execute(
                select(RoundOption.priority_id, func.count(RoundOption.id))
                .where(RoundOption.priority_id.in_(ids))
                .group_by(RoundOption.priority_id)
            ).all()
        )
        if ids
        else {}
    )
    result = []
    for r in rows:
        text = ref = ""
        if r.source_tows_id in strategies:
            s = strategies[r.source_tows_id]
            text, ref = s.text, s.label
        elif r.source_swot_id in swot:
            i = swot[r.source_swot_id]
            text, ref = i.text, i.label
        result.append(
            PriorityView(
                id=r.id,
                uid=r.uid,
                workshop_id=r.workshop_id,
                title=r.title,
                description=r.description or "",
                category=r.category or "",
                position=r.position,
                source_kind=r.source_kind,
                source_tows_id=r.source_tows_id,
                source_swot_id=r.source_swot_id,
                source_text=text,
                source_ref=ref,
                rounds=int(rounds.get(r.id, 0)),
                number=numbers.get(r.id, 0),
            )
        )
    return result


def get_priority(session: Session, priority_id: int) -> PriorityView:
    row = _row(session, priority_id)
    rank = _ordered(session, row.workshop_id).index(row) + 1
    return _views(session, [row], {row.id: rank})[0]


def find_duplicate(
    session: Session, workshop_id: int, title: str, ignore_id: int | None = None
) -> PriorityView | None:
    """An existing priority with the same title (ignoring case, accents, spacing)."""
    key = fold(title)
    for p in list_priorities(session, workshop_id):
        if p.id != ignore_id and fold(p.title) == key:
            return p
    return None


# --------------------------------------------------------------------------- changing


def _clean_title(title: str | None) -> str:
    return required_text(
        title, _("A priority needs a title."),
        _("The title is too long (at most {limit} characters).", limit=MAX_TITLE_CHARS),
        MAX_TITLE_CHARS)


def _clean_category(category: str | None) -> str:
    return " ".join((category or "").split())[:MAX_CATEGORY_CHARS]


def add_priority(
    session: Session,
    workshop_id: int,
    title: str,
    description: str = "",
    category: str = "",
    source_kind: str = "typed",
    source_tows_id: int | None = None,
    source_swot_id: int | None = None,
    position: int | None = None,
) -> PriorityView:
    """Add a candidate priority at ``position`` (default: last)."""
    get_workshop(session, workshop_id)
    if source_kind not in SOURCE_KINDS:
        raise ValueError(f"unknown priority source: {source_kind}")
    row = Priority(
        workshop_id=workshop_id,
        title=_clean_title(title),
        description=(description or "").strip(),
        category=_clean_category(category),
        source_kind=source_kind,
        source_tows_id=source_tows_id,
        source_swot_id=source_swot_id,
    )
    siblings = _ordered(session, workshop_id)
    siblings.insert(
        len(siblings) if position is None else max(0, min(position, len(siblings))), row
    )
    session.add(row)
    renumber(siblings)
    session.flush()
    audit.record(
        session,
        "priority.added",
        entity="priority",
        entity_uid=row.uid,
        workshop_id=workshop_id,
        details={"title": row.title, "source": source_kind},
    )
    return get_priority(session, row.id)


def promote_strategy(
    session: Session, strategy_id: int, category: str = "", title: str | None = None
) -> PriorityView:
    """A candidate priority from a TOWS strategy ("promote to priority").

    The title is the strategy's text unless given; the description names the
    SWOT items it draws on, so voters see why it is on the ballot.
    """
    strategy = session.get(TowsStrategy, strategy_id)
    if strategy is None:
        raise UserError(_("This strategy no longer exists."))
    order = "SWOT"
    rows = list(
        session.execute(
            select(SwotItem.quadrant, SwotItem.position, SwotItem.text)
            .join(TowsLink, TowsLink.item_id == SwotItem.id)
            .where(TowsLink.strategy_id == strategy_id)
        )
    )
    rows.sort(key=lambda r: (order.index(r[0]), r[1]))
    texts = [t for _, _, t in rows]
    description = ("Draws on: " + "; ".join(texts) + ".") if texts else ""
    return add_priority(
        session,
        strategy.workshop_id,
        title if title is not None else strategy.text,
        description=description,
        category=category,
        source_kind="tows",
        source_tows_id=strategy.id,
    )


def promote_item(session: Session, item_id: int, category: str = "") -> PriorityView:
    """A candidate priority from a SWOT item (its text as the title)."""
    item = session.get(SwotItem, item_id)
    if item is None:
        raise UserError(_("This SWOT item no longer exists."))
    return add_priority(
        session,
        item.workshop_id,
        item.text,
        category=category,
        source_kind="swot",
        source_swot_id=item.id,
    )


def update_priority(session: Session, priority_id: int, **changes: str) -> dict[str, str]:
    """Change title, description or category; returns the previous values."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"unknown priority fields: {sorted(unknown)}")
    row = _row(session, priority_id)
    before: dict[str, str] = {}
    for name, value in changes.items():
        if name == "title":
            value = _clean_title(value)
        elif name == "category":
            value = _clean_category(value)
        else:
            value = (value or "").strip()
        before[name] = getattr(row, name) or ""
        setattr(row, name, value)
    session.flush()
    if before:
        audit.record(
            session,
            "priority.edited",
            entity="priority",
            entity_uid=row.uid,
            workshop_id=row.workshop_id,
            details={"before": before, "after": {k: getattr(row, k) for k in before}},
        )
    return before


@dataclass(frozen=True)
class PrioritySnapshot:
    id: int
    uid: str
    workshop_id: int
    title: str
    description: str
    category: str
    position: int
    source_kind: str
    source_tows_id: int | None
    source_swot_id: int | None
    created_at: datetime | None


def _check_deletable(session: Session, row: Priority) -> None:
    used = list(
        session.scalars(
            select(VoteRound.number)
            .join(RoundOption, RoundOption.round_id == VoteRound.id)
            .where(RoundOption.priority_id == row.id)
            .order_by(VoteRound.number)
        )
    )
    if used:
        rounds = ", ".join(str(n) for n in used)
        raise UserError(
            n_("\"{title}\" is an option in vote round {rounds}; it cannot be deleted "
               "without losing the ballots cast for it.",
               "\"{title}\" is an option in vote rounds {rounds}; it cannot be deleted "
               "without losing the ballots cast for it.", len(used),
               title=row.title, rounds=rounds)
        )


def delete_priority(session: Session, priority_id: int) -> PrioritySnapshot:
    """Delete a priority; refused once it is an option of a vote round.

    Deleting it then would delete the ballots cast for it.
    """
    row = _row(session, priority_id)
    _check_deletable(session, row)
    snap = PrioritySnapshot(
        id=row.id,
        uid=row.uid,
        workshop_id=row.workshop_id,
        title=row.title,
        description=row.description or "",
        category=row.category or "",
        position=_ordered(session, row.workshop_id).index(row),
        source_kind=row.source_kind,
        source_tows_id=row.source_tows_id,
        source_swot_id=row.source_swot_id,
        created_at=row.created_at,
    )
    audit.record(
        session,
        "priority.deleted",
        entity="priority",
        entity_uid=row.uid,
        workshop_id=row.workshop_id,
        details={"title": row.title},
    )
    session.delete(row)
    session.flush()
    renumber(_ordered(session, snap.workshop_id))
    session.flush()
    return snap


def restore_priority(session: Session, snap: PrioritySnapshot) -> int:
    """Undo :func:`delete_priority`: same id and uid when free, same place."""
    get_workshop(session, snap.workshop_id)
    row = Priority(
        workshop_id=snap.workshop_id,
        title=snap.title,
        description=snap.description,
        category=snap.category,
        source_kind=snap.source_kind,
        source_tows_id=(
            snap.source_tows_id
            if snap.source_tows_id and session.get(TowsStrategy, snap.source_tows_id)
            else None
        ),
        source_swot_id=(
            snap.source_swot_id
            if snap.source_swot_id and session.get(SwotItem, snap.source_swot_id)
            else None
        ),
    )
    if session.get(Priority, snap.id) is None:
        row.id = snap.id
    if session.scalar(select(Priority.id).where(Priority.uid == snap.uid)) is None:
        row.uid = snap.uid
    if snap.created_at is not None:
        row.created_at = snap.created_at
    siblings = _ordered(session, snap.workshop_id)
    siblings.insert(max(0, min(snap.position, len(siblings))), row)
    session.add(row)
    renumber(siblings)
    session.flush()
    audit.record(
        session,
        "priority.restored",
        entity="priority",
        entity_uid=row.uid,
        workshop_id=row.workshop_id,
        details={"title": row.title},
    )
    return row.id


def delete_priorities(session: Session, priority_ids: Iterable[int]) -> list[PrioritySnapshot]:
    """Delete several (all or none: a priority used in a round stops the lot)."""
    ids = list(dict.fromkeys(priority_ids))
    rows = [_row(session, i) for i in ids]
    rows.sort(key=lambda r: (r.position, r.id))
    for row in rows:
        _check_deletable(session, row)
    return [delete_priority(session, r.id) for r in rows]


def restore_priorities(session: Session, snaps: Iterable[PrioritySnapshot]) -> list[int]:
    return [restore_priority(session, s) for s in reversed(list(snaps))]


def move_priority(session: Session, priority_id: int, position: int) -> int:
    """Move to ``position`` (0-based); returns the old position."""
    row = _row(session, priority_id)
    siblings = _ordered(session, row.workshop_id)
    old = siblings.index(row)
    siblings.remove(row)
    siblings.insert(max(0, min(position, len(siblings))), row)
    renumber(siblings)
    session.flush()
    return old


def set_order(session: Session, workshop_id: int, priority_ids: Iterable[int]) -> list[int]:
    """Put the priorities in this order; returns the previous order (for undo).

    Ids not given keep their relative order after the given ones; unknown
    ids are ignored, so a stale undo cannot fail half way.
    """
    rows = _ordered(session, workshop_id)
    old = [r.id for r in rows]
    by_id = {r.id: r for r in rows}
    wanted = [by_id[i] for i in dict.fromkeys(priority_ids) if i in by_id]
    chosen = {r.id for r in wanted}
    renumber(wanted + [r for r in rows if r.id not in chosen])
    session.flush()
    return old


def move_many(
    session: Session, workshop_id: int, priority_ids: Iterable[int], row: int
) -> list[int]:
    """Move priorities (dragged together) before ``row`` as counted before the move.

    They keep their relative order. Returns the previous order.
    """
    order = [p.id for p in _ordered(session, workshop_id)]
    ids = set(priority_ids)
    moving = [i for i in order if i in ids]
    anchor = next((i for i in order[max(0, row) :] if i not in ids), None)
    remaining = [i for i in order if i not in ids]
    start = remaining.index(anchor) if anchor is not None else len(remaining)
    return set_order(session, workshop_id, remaining[:start] + moving + remaining[start:])


# --------------------------------------------------------------------------- pasting a list


@dataclass(frozen=True)
class PastedLine:
    """One usable line of a pasted list.

    ``duplicate_of`` says why it is flagged: the title of an existing
    priority, or "line N" when the same text came earlier in the paste.
    """

    line_number: int
    title: str
    duplicate_of: str | None = None

    @property
    def is_duplicate(self) -> bool:
        return self.duplicate_of is not None


def parse_pasted_list(text: str, existing_titles: Iterable[str] = ()) -> list[PastedLine]:
    """One priority per line: blank lines ignored, bullets and numbers removed.

    Duplicates (same text ignoring case, accents and spacing) are flagged,
    against the existing priorities and within the paste itself.
    """
    known: dict[str, str] = {}
    for title in existing_titles:
        known.setdefault(fold(title), title)
    seen: dict[str, int] = {}
    result = []
    for number, raw in enumerate((text or "").splitlines(), start=1):
        line = _BULLET_RE.sub("", raw)
        title = " ".join(line.split())
        if not title:
            continue
        key = fold(title)
        duplicate = None
        if key in known:
            duplicate = known[key]
        elif key in seen:
            duplicate = f"line {seen[key]}"
        else:
            seen[key] = number
        result.append(PastedLine(number, title[:MAX_TITLE_CHARS], duplicate))
    return result


@dataclass(frozen=True)
class PasteResult:
    added: list[PriorityView] = field(default_factory=list)
    skipped: list[PastedLine] = field(default_factory=list)


def add_pasted(
    session: Session,
    workshop_id: int,
    text: str,
    category: str = "",
    include_duplicates: bool = False,
) -> PasteResult:
    """Add every line of a pasted list; duplicates are skipped unless asked for."""
    existing = [p.title for p in list_priorities(session, workshop_id)]
    lines = parse_pasted_list(text, existing)
    result = PasteResult()
    for line in lines:
        if line.is_duplicate and not include_duplicates:
            result.skipped.append(line)
            continue
        result.added.append(
            add_priority(session, workshop_id, line.title, category=category, source_kind="pasted")
        )
    return result
