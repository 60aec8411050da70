"""Who was in the room: attendance per workshop, and participation over time.

Each attendee is a roster member with a role: ``voter`` (a voting member) or
``observer`` (a ministry officer, a journalist: present, never offered a
ballot), plus the name of the person who represented the organisation.
The health panel reads :func:`workshops_in_last_12_months` and
:func:`member_participation`; the voting screens read :func:`voters`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session

from facilitator_app.core.domain import ATTENDANCE_ROLES, MEMBER_TYPES, keys_of, label_of
from facilitator_app.core.errors import UserError
from facilitator_app.core.text import fold
from facilitator_app.core.views import Attendee as Attendee  # screens say attendance.Attendee
from facilitator_app.core.views import TypeCount, WorkshopSummary
from facilitator_app.i18n.messages import _
from facilitator_app.services.workshops import get_workshop, summarise
from facilitator_app.storage.models import Attendance, Member, Workshop

MAX_REPRESENTATIVE_CHARS = 200


@dataclass(frozen=True)
class RosterEntry:
    """A roster member as the attendance picker lists it."""

    member_id: int
    name: str
    member_type: str | None
    status: str
    contact_person: str


def _check_role(role: str) -> str:
    if role not in keys_of(ATTENDANCE_ROLES):
        raise UserError(_("Unknown attendance role: {role}", role=role))
    return role


def _clean_representative(name: str | None) -> str:
    text = " ".join((name or "").split())
    if len(text) > MAX_REPRESENTATIVE_CHARS:
        raise UserError(
            _("The representative's name is too long (at most {max_representative_chars} "
              "characters).", max_representative_chars=MAX_REPRESENTATIVE_CHARS)
        )
    return text


def attendees(session: Session, workshop_id: int, role: str | None = None) -> list[Attendee]:
    """The workshop's attendees sorted by organisation name (accent-insensitive)."""
    query = (
        select(Attendance, Member)
        .join(Member, Member.id == Attendance.member_id)
        .where(Attendance.workshop_id == workshop_id)
    )
    if role is not None:
        query = query.where(Attendance.role == role)
    rows = [
        Attendee(
            member_id=m.id,
            name=m.name,
            member_type=m.member_type,
            member_status=m.status,
            role=a.role,
            representative=a.representative or "",
            contact_person=m.contact_person or "",
            vote_weight=m.vote_weight if m.vote_weight is not None else 1.0,
        )
        for a, m in session.execute(query)
    ]
    rows.sort(key=lambda r: (fold(r.name), r.member_id))
    return rows


def voters(session: Session, workshop_id: int) -> list[Attendee]:
    """The voting members present (observers are never offered a ballot)."""
    return attendees(session, workshop_id, role="voter")


def roster(session: Session, search: str = "", active_only: bool = False) -> list[RosterEntry]:
    """Members to pick from: ``search`` matches name or contact, ignoring case and accents."""
    query = select(Member)
    if active_only:
        query = query.where(Member.status == "active")
    needle = fold(search)
    result = []
    for m in session.scalars(query):
        if needle and needle not in fold(m.name) and needle not in fold(m.contact_person):
            continue
        result.append(
            RosterEntry(
                member_id=m.id,
                name=m.name,
                member_type=m.member_type,
                status=m.status,
                contact_person=m.contact_person or "",
            )
        )
    result.sort(key=lambda r: (fold(r.name), r.member_id))
    return result


def active_member_ids(session: Session) -> list[int]:
    return list(session.scalars(select(Member.id).where(Member.status == "active")))


def add_attendees(
    session: Session,
    workshop_id: int,
    member_ids: Iterable[int],
    role: str = "voter",
    representatives: dict[int, str] | None = None,
) -> list[int]:
    """Tick members as present; returns the ids actually added (new ones only).

    Members already on the list keep their role: ticking someone twice must
    not silently turn a voter into an observer.
    """
    get_workshop(session, workshop_id)
    _check_role(role)
    representatives = representatives or {}
    present = set(
        session.scalars(select(Attendance.member_id).where(Attendance.workshop_id == workshop_id))
    )
    wanted = list(dict.fromkeys(member_ids))
    existing = set(session.scalars(select(Member.id).where(Member.id.in_(wanted))))
    added = []
    for member_id in wanted:
        if member_id in present or member_id not in existing:
            continue
        session.add(
            Attendance(
                workshop_id=workshop_id,
                member_id=member_id,
                role=role,
                representative=_clean_representative(representatives.get(member_id, "")),
            )
        )
        added.append(member_id)
    session.flush()
    return added


def add_all_active(session: Session, workshop_id: int, role: str = "voter") -> list[int]:
    """Tick every active member not on the list yet."""
    return add_attendees(session, workshop_id, active_member_ids(session), role)


def remove_attendees(
    session: Session, workshop_id: int, member_ids: Iterable[int]
) -> list[Attendee]:
    """Untick members; returns their rows as they were (to put them back on undo)."""
    ids = set(member_ids)
    removed = [a for a in attendees(session, workshop_id) if a.member_id in ids]
    if removed:
        session.execute(
            delete(Attendance).where(
                Attendance.workshop_id == workshop_id,
                Attendance.member_id.in_([a.member_id for a in removed]),
            )
        )
        session.flush()
    return removed


def restore_attendees(session: Session, workshop_id: int, rows: Iterable[Attendee]) -> None:
    """Put rows returned by :func:`remove_attendees` back (undo)."""
    for row in rows:
        add_attendees(
            session, workshop_id, [row.member_id], row.role, {row.member_id: row.representative}
        )


def _attendance_row(session: Session, workshop_id: int, member_id: int) -> Attendance:
    row = session.scalar(
        select(Attendance).where(
            Attendance.workshop_id == workshop_id, Attendance.member_id == member_id
        )
    )
    if row is None:
        raise UserError(_("This member is not on the attendance list any more."))
    return row


def set_role(session: Session, workshop_id: int, member_id: int, role: str) -> str:
    """Make an attendee a voter or an observer; returns the previous role."""
    row = _attendance_row(session, workshop_id, member_id)
    old = row.role
    row.role = _check_role(role)
    session.flush()
    return old


def set_representative(session: Session, workshop_id: int, member_id: int, name: str) -> str:
    """Who represented the organisation; returns the previous name."""
    row = _attendance_row(session, workshop_id, member_id)
    old = row.representative or ""
    row.representative = _clean_representative(name)
    session.flush()
    return old


def counts_by_type(session: Session, workshop_id: int) -> list[TypeCount]:
    """Attendees per member type (in the order of the type list), by role."""
    tally: Counter[tuple[str | None, str]] = Counter()
    for a in attendees(session, workshop_id):
        tally[(a.member_type, a.role)] += 1
    order = [key for key, _ in MEMBER_TYPES]
    types = {t for t, _ in tally}
    ordered = [t for t in order if t in types] + sorted(
        t for t in types if t not in order and t is not None
    )
    if None in types:
        ordered.append(None)  # type: ignore[arg-type]  # members with no type: listed last
    return [
        TypeCount(
            member_type=t,
            label=label_of(MEMBER_TYPES, t) if t else "(type not set)",
            voters=tally[(t, "voter")],
            observers=tally[(t, "observer")],
        )
        for t in ordered
    ]


# --------------------------------------------------------------------------- health panel


def one_year_before(day: date) -> date:
    """The same calendar day a year earlier (29 February -> 28 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def _recent_workshops_query(today: date) -> Select[Any]:
    return select(Workshop).where(
        Workshop.date.is_not(None),
        Workshop.date > one_year_before(today),
        Workshop.date <= today,
        Workshop.status != "cancelled",
    )


def workshops_in_last_12_months(session: Session, today: date) -> list[WorkshopSummary]:
    """Workshops dated in the twelve months up to ``today`` (not cancelled, not future).

    Feeds the health check "workshops held in the last 12 months" (Greenbook:
    an initiative that does not meet loses its members).
    """
    rows = session.scalars(_recent_workshops_query(today)).all()
    result = [summarise(w) for w in rows]
    result.sort(key=lambda w: (w.date, w.id), reverse=True)
    return result


def member_participation(session: Session, today: date) -> dict[int, int]:
    """Member id -> number of workshops attended in the twelve months up to ``today``.

    A member missing from the result attended none ("active members attended at
    least one activity in the last 12 months", domain notes, M&E indicators).
    """
    recent = _recent_workshops_query(today).with_only_columns(Workshop.id)
    rows = session.execute(
        select(Attendance.member_id, func.count(Attendance.id))
        .where(Attendance.workshop_id.in_(recent))
        .group_by(Attendance.member_id)
    )
    # Not dict(rows): a Result has keys(), so dict() would take it for a mapping.
    return {member_id: n for member_id, n in rows}  # noqa: C416


def attendance_rate(session: Session, workshop_id: int) -> float | None:
    """Share of the active members who attended this workshop (None: no active members)."""
    active = set(active_member_ids(session))
    if not active:
        return None
    present = {a.member_id for a in attendees(session, workshop_id)}
    return len(present & active) / len(active)
