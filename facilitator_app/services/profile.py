"""The cluster profile (home page): read and update, plus the cluster-type list."""

from __future__ import annotations

from dataclasses import asdict, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app.core.domain import CLUSTER_TYPE_PRESETS, MATURITY_LEVELS, keys_of
from facilitator_app.core.errors import UserError
from facilitator_app.core.views import ProfileData
from facilitator_app.i18n.messages import _
from facilitator_app.services.settings import get_setting, set_setting
from facilitator_app.storage.models import ClusterProfile

CLUSTER_TYPES_KEY = "cluster_types"


PROFILE_FIELDS = [f.name for f in fields(ProfileData)]


def _row(session: Session) -> ClusterProfile:
    row = session.scalar(select(ClusterProfile).order_by(ClusterProfile.id))
    if row is None:
        row = ClusterProfile()
        session.add(row)
        session.flush()
    return row


def get_profile(session: Session) -> ProfileData:
    row = session.scalar(select(ClusterProfile).order_by(ClusterProfile.id))
    if row is None:
        return ProfileData()
    return ProfileData(**{name: getattr(row, name) or "" for name in PROFILE_FIELDS})


def update_profile(session: Session, **changes: str) -> ProfileData:
    unknown = set(changes) - set(PROFILE_FIELDS)
    if unknown:
        raise ValueError(f"unknown profile fields: {sorted(unknown)}")
    if "maturity" in changes and changes["maturity"] not in ("", *keys_of(MATURITY_LEVELS)):
        raise UserError(_("Unknown maturity level: {changes}", changes=changes['maturity']))
    row = _row(session)
    for name, value in changes.items():
        setattr(row, name, (value or "").strip() if name != "description" else value or "")
    session.flush()
    return ProfileData(**asdict(get_profile(session)))


def cluster_types(session: Session) -> list[str]:
    """The configurable cluster-type list (presets until the user changes it)."""
    stored = get_setting(session, CLUSTER_TYPES_KEY)
    if isinstance(stored, list) and all(isinstance(x, str) for x in stored):
        return stored
    return list(CLUSTER_TYPE_PRESETS)


def set_cluster_types(session: Session, types: list[str]) -> None:
    cleaned = [t.strip() for t in types if t and t.strip()]
    set_setting(session, CLUSTER_TYPES_KEY, list(dict.fromkeys(cleaned)))
