"""Alembic glue: the schema's revisions and upgrading a connection to head.

Opening a workspace only needs to know the head revision and which revisions
exist. Those are read from the revision files themselves (their ``revision``
and ``down_revision`` assignments, the same values Alembic reads), so opening
a workspace that is already at head never imports Alembic (~150 ms). Alembic
is loaded only to migrate; ``tests/storage/test_migrate.py`` checks that both
readings agree.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from collections.abc import Iterable

    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy.engine import Connection, Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"


def alembic_config(url: str = "sqlite://") -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


# ``revision = "0002"``, ``down_revision: str | None = "0001"``, ``= ("a", "b")`` ...
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.MULTILINE)


def _revision_fields(source: str) -> dict[str, object]:
    """The ``revision`` and ``down_revision`` values of a revision file.

    A line-by-line read (parsing the whole file would cost more than the rest
    of opening a workspace); a value spread over several lines falls back to
    parsing the file.
    """
    found: dict[str, object] = {}
    try:
        for name, value in _ASSIGNMENT.findall(source):
            found[name] = ast.literal_eval(value)
    except (ValueError, SyntaxError):
        found = {}
        for node in ast.parse(source).body:
            if isinstance(node, ast.Assign):
                targets, value_node = node.targets, node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                targets, value_node = [node.target], node.value
            else:
                continue
            for target in targets:
                if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                    found[target.id] = ast.literal_eval(value_node)
    return found


@functools.cache
def revision_graph() -> dict[str, tuple[str, ...]]:
    """Each revision of the bundled migrations -> the revisions it follows."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted(VERSIONS_DIR.glob("*.py")):
        if path.name.startswith("_"):
            continue
        values = _revision_fields(path.read_text(encoding="utf-8"))
        revision = values.get("revision")
        if not isinstance(revision, str):
            continue  # not a revision file
        down = values.get("down_revision")
        if down is None:
            graph[revision] = ()
        elif isinstance(down, str):
            graph[revision] = (down,)
        else:
            graph[revision] = tuple(str(d) for d in cast("Iterable[object]", down))
    return graph


def head_revision() -> str:
    """The one head of the migrations (the revision nothing follows)."""
    graph = revision_graph()
    followed = {down for downs in graph.values() for down in downs}
    heads = [rev for rev in graph if rev not in followed]
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have exactly one head, not {heads}")
    return heads[0]


def known_revisions() -> set[str]:
    return set(revision_graph())


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(connection: Connection) -> None:
    from alembic import command

    cfg = alembic_config()
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, "head")


def upgrade_engine(engine: Engine) -> None:
    """Bring the database behind ``engine`` (SQLite or PostgreSQL) to head.

    One transaction: on PostgreSQL a failed revision leaves nothing behind.
    A SQLite engine must come with foreign keys off (see migrations/env.py).
    """
    with engine.begin() as conn:
        upgrade_to_head(conn)
