"""The first screen's sqlite3 reading of the profile equals the services' reading."""

from __future__ import annotations

from dataclasses import asdict

import pytest

from facilitator_app.services import first_screen
from facilitator_app.services import profile as profile_service
from facilitator_app.services.demo import create_demo
from facilitator_app.services.settings import set_setting
from facilitator_app.storage.workspace import open_workspace


def _services_reading(ws):
    with ws.session() as s:
        return asdict(profile_service.get_profile(s)), profile_service.cluster_types(s)


def test_same_constants():
    assert first_screen.CLUSTER_TYPES_KEY == profile_service.CLUSTER_TYPES_KEY
    assert list(first_screen.PROFILE_FIELDS) == profile_service.PROFILE_FIELDS


def test_demo_profile_read_alike(tmp_path):
    ws = create_demo(tmp_path / "demo.cluster")
    try:
        assert first_screen.read_profile(ws.path) == _services_reading(ws)
        assert first_screen.read_profile(ws.path)[0]["name"] == "Grenada Cocoa & Spice Cluster"
    finally:
        ws.close()


@pytest.mark.parametrize("stored", [None, ["Cacao", "Épices", "Tourisme"], [], "not a list",
                                    [1, 2], "{broken"])
def test_new_workspace_and_any_stored_type_list_read_alike(tmp_path, stored):
    ws = open_workspace(tmp_path / "w.cluster", create=True)
    try:
        if stored == "{broken":
            from sqlalchemy import text

            with ws.session() as s:
                s.execute(text("INSERT INTO settings (uid, created_at, updated_at, key, value) "
                               "VALUES ('u', '2026-01-01', '2026-01-01', :k, '{broken')"),
                          {"k": first_screen.CLUSTER_TYPES_KEY})
        elif stored is not None:
            with ws.session() as s:
                set_setting(s, first_screen.CLUSTER_TYPES_KEY, stored)
                profile_service.update_profile(s, name="Ñame & Co", description="Line 1\nLine 2")
        assert first_screen.read_profile(ws.path) == _services_reading(ws)
    finally:
        ws.close()
