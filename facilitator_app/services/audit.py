"""The audit log: every change that matters for trust (ballots, rounds ...)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app.storage.models import AuditEntry

#: ``Session.info`` key: who works in this unit of work (the GUI sets the
#: facilitator's name); an entry recorded without an ``actor`` takes it.
ACTOR = "actor"


def record(
    session: Session,
    action: str,
    *,
    entity: str = "",
    entity_uid: str | None = None,
    actor: str | None = None,
    workshop_id: int | None = None,
    round_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """One entry. ``actor`` None: whoever the unit of work says (``ACTOR``),
    else nobody; an explicit "" stays "" (a secret ballot names nobody)."""
    if actor is None:
        actor = str(session.info.get(ACTOR) or "")
    entry = AuditEntry(
        action=action,
        entity=entity,
        entity_uid=entity_uid,
        actor=actor,
        workshop_id=workshop_id,
        round_id=round_id,
        details=json.dumps(details or {}, ensure_ascii=False, default=str),
    )
    session.add(entry)
    return entry


def entries(
    session: Session, *, workshop_id: int | None = None, round_id: int | None = None
) -> list[AuditEntry]:
    query = select(AuditEntry).order_by(AuditEntry.at, AuditEntry.id)
    if workshop_id is not None:
        query = query.where(AuditEntry.workshop_id == workshop_id)
    if round_id is not None:
        query = query.where(AuditEntry.round_id == round_id)
    return list(session.scalars(query))
