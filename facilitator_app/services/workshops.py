"""Workshops: create, list, edit and delete the days a cluster meets.

A workshop owns everything done on that day (attendance, SWOT, TOWS,
priorities, vote rounds): deleting it deletes all of that, so the GUI asks
first and :func:`deletion_impact` says what would go. The list the page
shows, the voting screens and the exports all read :func:`list_workshops`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Executable, func, select, update
from sqlalchemy.orm import Session

from facilitator_app.core.domain import Choice, keys_of
from facilitator_app.core.errors import UserError
from facilitator_app.core.views import WorkshopSummary
from facilitator_app.i18n import messages as i18n
from facilitator_app.i18n.messages import _
from facilitator_app.services import audit
from facilitator_app.services.records import required_text
from facilitator_app.storage.models import (
    Attendance,
    Ballot,
    Priority,
    SwotItem,
    TowsStrategy,
    VoteRound,
    Workshop,
)

# Stored keys and labels; "held" is what the demo workshop uses.
WORKSHOP_STATUSES: list[Choice] = [
    ("planned", "Planned"),
    ("held", "Held"),
    ("cancelled", "Cancelled"),
]

MAX_TITLE_CHARS = 300
EDITABLE_FIELDS = ("title", "date", "venue", "facilitator", "notes", "status", "language")

PARTICIPANT_LANGUAGE_CODES = tuple(code for code, _name in i18n.PARTICIPANT_LANGUAGES)
"""What ``Workshop.language`` may hold (None: follow the app's language)."""

FROM_PREVIOUS = "previous"
"""``create_workshop(language=FROM_PREVIOUS)``: the language of the workshop
made before it (the same group usually meets again in the same language)."""


@dataclass(frozen=True)
class DeletionImpact:
    """What deleting a workshop would take with it (for the confirmation)."""

    attendees: int
    swot_items: int
    strategies: int
    priorities: int
    rounds: int
    ballots: int


def _clean_title(title: str | None) -> str:
    return required_text(
        title, _("A workshop needs a title."),
        _("The title is too long (at most {limit} characters).", limit=MAX_TITLE_CHARS),
        MAX_TITLE_CHARS)


def _check_status(status: str) -> str:
    if status not in keys_of(WORKSHOP_STATUSES):
        raise UserError(_("Unknown workshop status: {status}", status=status))
    return status


def _check_language(language: str | None) -> str | None:
    if language is None or language == "":
        return None
    if language not in PARTICIPANT_LANGUAGE_CODES:
        raise ValueError(f"unknown participant language {language!r}")
    return language


def workshop_language(session: Session, workshop_id: int) -> str | None:
    """The language the workshop's participants read (None: the app's)."""
    return get_workshop(session, workshop_id).language


def set_workshop_language(session: Session, workshop_id: int,
                          language: str | None) -> str | None:
    """Set the participants' language (a code of ``PARTICIPANT_LANGUAGES``, or
    None to follow the app's); audited; returns the previous one."""
    language = _check_language(language)
    workshop = get_workshop(session, workshop_id)
    before = workshop.language
    if before != language:
        workshop.language = language
        session.flush()
        audit.record(session, "workshop.updated", entity="workshop", entity_uid=workshop.uid,
                     workshop_id=workshop.id,
                     details={"fields": ["language"], "language": language or "app"})
    return before


def get_workshop(session: Session, workshop_id: int) -> Workshop:
    """The workshop, or a clear error when it was deleted meanwhile."""
    workshop = session.get(Workshop, workshop_id)
    if workshop is None:
        raise UserError(_("This workshop no longer exists (it was deleted)."))
    return workshop


def create_workshop(
    session: Session,
    title: str,
    date: date | None = None,
    venue: str = "",
    facilitator: str | None = None,
    notes: str = "",
    status: str = "planned",
    language: str | None = FROM_PREVIOUS,
) -> Workshop:
    """A new workshop; ``facilitator=None`` takes the cluster profile's; its
    participants' language is, unless given, the one of the workshop made
    last (None, the app's language, when there is none)."""
    if language == FROM_PREVIOUS:
        language = session.scalar(select(Workshop.language).order_by(Workshop.id.desc())
                                  .limit(1))
    language = _check_language(language)
    if facilitator is None:
        from facilitator_app.services.profile import get_profile

        facilitator = get_profile(session).facilitator
    workshop = Workshop(
        title=_clean_title(title),
        date=date,
        venue=(venue or "").strip(),
        facilitator=(facilitator or "").strip(),
        notes=notes or "",
        status=_check_status(status),
        language=language,
    )
    session.add(workshop)
    session.flush()
    audit.record(
        session,
        "workshop.created",
        entity="workshop",
        entity_uid=workshop.uid,
        workshop_id=workshop.id,
        details={"title": workshop.title},
    )
    return workshop


def update_workshop(session: Session, workshop_id: int, **changes: Any) -> dict[str, object]:
    """Change some fields; returns their previous values (for undo)."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"unknown workshop fields: {sorted(unknown)}")
    workshop = get_workshop(session, workshop_id)
    before: dict[str, object] = {}
    for name, value in changes.items():
        if name == "language":
            before[name] = set_workshop_language(session, workshop_id, value)
            continue
        if name == "title":
            value = _clean_title(value)
        elif name == "status":
            value = _check_status(value)
        elif name in ("venue", "facilitator"):
            value = (value or "").strip()
        elif name == "notes":
            value = value or ""
        before[name] = getattr(workshop, name)
        setattr(workshop, name, value)
    session.flush()
    return before


def mark_held(session: Session, workshop_id: int) -> bool:
    """A planned workshop whose vote has begun has been held: its status moves
    from "planned" to "held". Any other status (one a facilitator chose) is
    left alone. The ballot box calls this when a round receives its first
    votes (one statement, on that ballot only) and when a round with votes
    is closed; True when it changed.
    """
    changed = session.execute(
        update(Workshop).where(Workshop.id == workshop_id, Workshop.status == "planned")
        .values(status="held").execution_options(synchronize_session="fetch"))
    return bool(getattr(changed, "rowcount", 0))


def _count(session: Session, query: Executable) -> int:
    return int(session.scalar(query) or 0)


def deletion_impact(session: Session, workshop_id: int) -> DeletionImpact:
    rounds = select(VoteRound.id).where(VoteRound.workshop_id == workshop_id)
    return DeletionImpact(
        attendees=_count(
            session,
            select(func.count(Attendance.id)).where(Attendance.workshop_id == workshop_id),
        ),
        swot_items=_count(
            session, select(func.count(SwotItem.id)).where(SwotItem.workshop_id == workshop_id)
        ),
        strategies=_count(
            session,
            select(func.count(TowsStrategy.id)).where(TowsStrategy.workshop_id == workshop_id),
        ),
        priorities=_count(
            session, select(func.count(Priority.id)).where(Priority.workshop_id == workshop_id)
        ),
        rounds=_count(
            session, select(func.count(VoteRound.id)).where(VoteRound.workshop_id == workshop_id)
        ),
        ballots=_count(session, select(func.count(Ballot.id)).where(Ballot.round_id.in_(rounds))),
    )


def delete_workshop(session: Session, workshop_id: int) -> None:
    """Delete the workshop and everything recorded in it (the database cascades)."""
    workshop = get_workshop(session, workshop_id)
    impact = deletion_impact(session, workshop_id)
    audit.record(
        session,
        "workshop.deleted",
        entity="workshop",
        entity_uid=workshop.uid,
        details={"title": workshop.title, **impact.__dict__},
    )
    session.delete(workshop)
    session.flush()


def list_workshops(session: Session) -> list[WorkshopSummary]:
    """Every workshop, newest date first (undated ones last), with head counts."""
    counts: dict[tuple[int, str], int] = {}
    for workshop_id, role, n in session.execute(
        select(Attendance.workshop_id, Attendance.role, func.count(Attendance.id)).group_by(
            Attendance.workshop_id, Attendance.role
        )
    ):
        counts[(workshop_id, role)] = n
    rows = session.scalars(select(Workshop)).all()
    result = [summarise(w, counts) for w in rows]
    result.sort(key=lambda w: (w.date is None, -(w.date.toordinal() if w.date else 0), w.id))
    return result


def summarise(
    workshop: Workshop, counts: dict[tuple[int, str], int] | None = None
) -> WorkshopSummary:
    if counts is None:
        voters = observers = 0
        for a in workshop.attendance:
            if a.role == "observer":
                observers += 1
            else:
                voters += 1
    else:
        voters = counts.get((workshop.id, "voter"), 0)
        observers = counts.get((workshop.id, "observer"), 0)
    return WorkshopSummary(
        id=workshop.id,
        uid=workshop.uid,
        title=workshop.title,
        date=workshop.date,
        venue=workshop.venue or "",
        facilitator=workshop.facilitator or "",
        status=workshop.status,
        notes=workshop.notes or "",
        voters=voters,
        observers=observers,
        swot_template_id=workshop.swot_template_id,
        language=workshop.language,
    )


def workshop_summary(session: Session, workshop_id: int) -> WorkshopSummary:
    return summarise(get_workshop(session, workshop_id))
