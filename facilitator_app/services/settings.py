"""Workspace-level settings stored as JSON values in the ``settings`` table."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app.storage.models import Setting


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.scalar(select(Setting).where(Setting.key == key))
    if row is None:
        return default
    try:
        return json.loads(row.value)
    except ValueError:
        return default


def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.scalar(select(Setting).where(Setting.key == key))
    text = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text
