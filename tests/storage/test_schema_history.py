"""Every released schema revision opens and migrates with its data intact.

Add a fixture with each new migration: before writing the new revision, run
``facilitator-app demo /tmp/x.cluster``, switch it out of WAL
(``PRAGMA journal_mode=DELETE``) and copy it to
``tests/fixtures/schemas/workspace_rev<REVISION>.cluster``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from facilitator_app.services.profile import get_profile
from facilitator_app.storage import migrate
from facilitator_app.storage.models import Ballot, Member, Priority
from facilitator_app.storage.workspace import open_workspace

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures" / "schemas").glob("*.cluster"))


def test_there_is_a_fixture_for_the_head_revision():
    names = {p.stem.removeprefix("workspace_rev") for p in FIXTURES}
    assert migrate.head_revision() in names, "add a fixture for the newest schema revision"


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_old_workspace_opens_migrates_and_keeps_its_data(tmp_path, fixture):
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    ws = open_workspace(path)
    try:
        with ws.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        with ws.session() as s:
            assert get_profile(s).name == "Grenada Cocoa & Spice Cluster"
            assert s.scalar(select(func.count()).select_from(Member)) == 30
            assert s.scalar(select(func.count()).select_from(Priority)) == 8
            assert s.scalar(select(func.count()).select_from(Ballot)) == 38
            names = set(s.scalars(select(Member.name)))
        assert "Coopérative des Planteurs de Cacao de Grand'Anse" in names
    finally:
        ws.close()
