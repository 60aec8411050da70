"""What the first screen shows, read with ``sqlite3`` alone (no SQLAlchemy).

At a cold start the Home page appears before the database layer has loaded
(SQLAlchemy and the models take longer to import than the rest of the start
together). It reads the cluster profile and the cluster-type list here, with
the same rules as :func:`services.profile.get_profile` and
:func:`services.profile.cluster_types`; ``tests/services/test_first_screen.py``
keeps the two readings equal. Everything else goes through the services.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from facilitator_app.core.domain import CLUSTER_TYPE_PRESETS

PROFILE_FIELDS = ("name", "country", "sector", "cluster_type", "maturity", "facilitator",
                  "description")
CLUSTER_TYPES_KEY = "cluster_types"  # as services.profile.CLUSTER_TYPES_KEY


def read_profile(path: Path) -> tuple[dict[str, str], list[str]]:
    """(profile fields, cluster types) of the workspace at ``path``, read-only."""
    conn = sqlite3.connect(f"{Path(path).as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute(
            f"SELECT {', '.join(PROFILE_FIELDS)} FROM cluster_profile ORDER BY id LIMIT 1"
        ).fetchone()
        stored = conn.execute("SELECT value FROM settings WHERE key = ?",
                              (CLUSTER_TYPES_KEY,)).fetchone()
    finally:
        conn.close()
    profile = {name: (row[i] if row else None) or "" for i, name in enumerate(PROFILE_FIELDS)}
    types: object = None
    if stored is not None:
        try:
            types = json.loads(stored[0])
        except (TypeError, ValueError):
            types = None
    if isinstance(types, list) and all(isinstance(x, str) for x in types):
        return profile, types
    return profile, list(CLUSTER_TYPE_PRESETS)
