"""Opening a workspace at head without Alembic or SQLAlchemy, and the same answers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from facilitator_app.storage import migrate
from facilitator_app.storage.workspace import open_workspace


def test_revisions_read_from_the_files_are_alembics():
    script = migrate.script_directory()
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {rev.revision for rev in script.walk_revisions()}


def test_revision_fields_of_every_form_alembic_writes():
    read = migrate._revision_fields
    assert read("revision = '0001'\ndown_revision = None\n") == {
        "revision": "0001", "down_revision": None}
    assert read('revision: str = "0003"  # three\n'
                'down_revision: Union[str, None] = "0002"\n') == {
        "revision": "0003", "down_revision": "0002"}
    assert read('revision = "0004"\ndown_revision = (\n    "0002",\n    "0003",\n)\n') == {
        "revision": "0004", "down_revision": ("0002", "0003")}


def test_opening_a_workspace_at_head_loads_neither_alembic_nor_sqlalchemy(tmp_path):
    path = tmp_path / "w.cluster"
    open_workspace(path, create=True).close()
    code = (
        "import sys\n"
        "from facilitator_app.storage.workspace import open_workspace\n"
        f"ws = open_workspace({str(path)!r})\n"
        "assert ws.backup_path is not None and ws.backup_path.exists()\n"
        "loaded = sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'sqlalchemy'})\n"
        "ws.close()\n"
        "print(loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True,
                            text=True, env=dict(os.environ), cwd=Path(__file__).parents[2],
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_engine_is_made_on_first_use(tmp_path):
    path = tmp_path / "w.cluster"
    open_workspace(path, create=True).close()
    ws = open_workspace(path)
    try:
        assert not ws.engine_made
        from sqlalchemy import text

        with ws.session() as s:
            assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert ws.engine_made
        with ws.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    finally:
        ws.close()
