"""Driver of the kill tests: runs one path of the app and SIGKILLs itself at step N.

    python tests/storage/kill_driver.py SCENARIO WORKDIR

First the driver runs SCENARIO once in ``WORKDIR/run-0`` and counts its
steps (listed in ``run-0/steps``); it prints their number at the end. Then,
for each N from 1 to that number, it forks a child (so the libraries are
loaded and warmed up once) that runs SCENARIO in ``WORKDIR/run-N`` and kills
itself (``os.kill(os.getpid(), SIGKILL)``) just before its N-th step,
writing that step to ``run-N/killed_at`` first. Each ``run-N`` starts as a
copy of ``WORKDIR/template`` (when there is one) with a user data folder
``home`` of its own; the parent writes ``run-N/status`` ("killed",
"exit 0", ...) when the child has gone, so the test can check run N while
the driver works on run N + 1.

A step is each SQL statement the path sends to SQLite, seen at the DB-API
seam so that nothing escapes: every ``execute``/``executemany``/
``executescript`` of every ``sqlite3`` connection (SQLAlchemy's, with the
PRAGMAs of its connect hooks, and the ones ``storage`` opens itself for
checks, backups and copies), every ``commit`` and ``rollback``, every
``backup`` (SQLite's backup API), plus each ``os.replace``/``os.rename``
(the moment a temporary file becomes the workspace or a backup). Only the
part of the scenario after ``arm()`` counts; what comes before is set-up.
SQLAlchemy's ``before_cursor_execute`` hook is installed too, as a check of
that seam: run 0 lists what it saw (``run-0/sqlalchemy_steps``), and each of
those statements must be one of the steps.

Each child writes one line to ``run-N/confirmed`` only after the app told it
that something was saved (``ws.session()`` returned, ``create_workspace``
returned ...): what the test then demands to find.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import sqlite3.dbapi2
import sys
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

_state = {"armed": False, "step": 0, "kill_at": 0}
_confirmed_fd: list[int] = []
_trace: list[str] = []  # the steps' statements, written to run-N/steps (N = 0) or killed_at


def step(what: object) -> None:
    if not _state["armed"]:
        return
    _state["step"] += 1
    text = " ".join(str(what).split())[:200]
    if _state["kill_at"] == 0:
        _trace.append(text)
    elif _state["step"] == _state["kill_at"]:
        Path(os.environ["FACILITATOR_APP_HOME"]).parent.joinpath("killed_at").write_text(text)
        os.kill(os.getpid(), signal.SIGKILL)


def arm() -> None:
    _state["armed"] = True


def confirm(line: str) -> None:
    os.write(_confirmed_fd[0], (line + "\n").encode())


class KillCursor(sqlite3.Cursor):
    def execute(self, sql, parameters=(), /):
        step(sql)
        return super().execute(sql, parameters)

    def executemany(self, sql, seq_of_parameters, /):
        step(sql)
        return super().executemany(sql, seq_of_parameters)

    def executescript(self, script, /):
        step(script)
        return super().executescript(script)


class KillConnection(sqlite3.Connection):
    def cursor(self, factory=KillCursor):
        return super().cursor(factory)

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, seq_of_parameters, /):
        return self.cursor().executemany(sql, seq_of_parameters)

    def executescript(self, script, /):
        return self.cursor().executescript(script)

    def commit(self):
        step("COMMIT")
        return super().commit()

    def rollback(self):
        step("ROLLBACK")
        return super().rollback()

    def backup(self, target, **kwargs):
        step("BACKUP")
        return super().backup(target, **kwargs)


_real_connect = sqlite3.connect
_real_replace = os.replace
_real_rename = os.rename


def _connect(*args, **kwargs):
    kwargs.setdefault("factory", KillConnection)
    return _real_connect(*args, **kwargs)


def _replace(src, dst, **kwargs):
    step(f"RENAME {src} -> {dst}")
    return _real_replace(src, dst, **kwargs)


def _rename(src, dst, **kwargs):
    step(f"RENAME {src} -> {dst}")
    return _real_rename(src, dst, **kwargs)


sqlite3.connect = sqlite3.dbapi2.connect = _connect  # SQLAlchemy uses sqlite3.dbapi2
os.replace, os.rename = _replace, _rename

# Everything the scenarios use is imported here, once, before any fork.
import sqlalchemy  # noqa: E402
import sqlalchemy.engine  # noqa: E402
import sqlalchemy.event  # noqa: E402
from sqlalchemy import select  # noqa: E402

from facilitator_app.services import roster, voting  # noqa: E402
from facilitator_app.services.workspaces import create_workspace  # noqa: E402
from facilitator_app.storage import backups, migrate  # noqa: E402
from facilitator_app.storage.models import VoteRound  # noqa: E402
from facilitator_app.storage.workspace import open_workspace  # noqa: E402

migrate.script_directory()  # Alembic and the revision files, loaded once
sqlalchemy.orm.configure_mappers()

# A cross-check of the seam: every statement SQLAlchemy's own hook sees must
# also be a step (the test checks it on run-0's lists).
_sqlalchemy_trace: list[str] = []


@sqlalchemy.event.listens_for(sqlalchemy.engine.Engine, "before_cursor_execute")
def _seen_by_sqlalchemy(_conn, _cursor, statement, _parameters, _context, _executemany):
    if _state["armed"] and _state["kill_at"] == 0:
        _sqlalchemy_trace.append(" ".join(str(statement).split())[:200])


WORKSPACE = "Workspace.cluster"
_migration_backup = backups.migration_backup
ROSTER_CSV = "roster.csv"


# ----- the scenarios: set-up, arm(), the path under test, confirm() ----------
def create(run: Path) -> None:
    arm()
    create_workspace(run / WORKSPACE, "Kill test cluster").close()
    confirm("created")


def migration(run: Path) -> None:
    # Counted from the moment the opener decides to migrate: the copy made
    # before it, the migrated copy, its checks and the swap. What comes
    # before (the read-only checks of opening) is the backup scenario's.
    def armed_then(*args: object) -> Path:
        arm()
        return _migration_backup(*args)

    backups.migration_backup = armed_then
    try:
        open_workspace(run / WORKSPACE, backups_kept=0).close()
    finally:
        backups.migration_backup = _migration_backup
    confirm("migrated")


def backup(run: Path) -> None:
    path = run / WORKSPACE
    for _ in range(2):  # a set with two rolling backups in it already
        open_workspace(path, backups_kept=2).close()
    arm()
    ws = open_workspace(path, backups_kept=2)  # makes a third, prunes the oldest
    made = ws.backup_path
    ws.close()
    confirm(f"opened {made.name if made else '-'}")


def roster_import(run: Path) -> None:
    ws = open_workspace(run / WORKSPACE, backups_kept=0)
    arm()
    with ws.session() as s:
        result = roster.import_file(s, run / ROSTER_CSV)
    confirm(f"imported {len(result.added_uids)}")
    ws.close()


def _ballots(run: Path, anonymity: str) -> None:
    ws = open_workspace(run / WORKSPACE, backups_kept=0)
    with ws.session() as s:
        round_id = s.scalar(select(VoteRound.id).where(VoteRound.anonymity == anonymity,
                                                       VoteRound.status == "open"))
        info = voting.round_info(s, s.get(VoteRound, round_id))
        voter_ids = [v.member_id for v in voting.voters(s, round_id)][:3]
    arm()
    for k, voter_id in enumerate(voter_ids):
        order = [(k + j) % len(info.options) for j in range(len(info.options))]
        values = {info.options[i].id: rank for rank, i in enumerate(order, start=1)}
        with ws.session() as s:
            voting.record_ballot(s, round_id, values, voter_id=voter_id, source="grid",
                                 entered_by="kill test")
        confirm(f"ballot {round_id} {voter_id} " + " ".join(
            f"{option}:{rank}" for option, rank in sorted(values.items())))
    ws.close()


def named_ballots(run: Path) -> None:
    _ballots(run, "named")


def secret_ballots(run: Path) -> None:
    _ballots(run, "secret")


SCENARIOS = {
    "create": create,
    "migration": migration,
    "backup": backup,
    "import": roster_import,
    "named-ballot": named_ballots,
    "secret-ballot": secret_ballots,
}


# ----- one child per N --------------------------------------------------------
def _prepare(workdir: Path, n: int) -> Path:
    import shutil

    run = workdir / f"run-{n}"
    if run.exists():
        shutil.rmtree(run)
    template = workdir / "template"
    if template.exists():
        shutil.copytree(template, run)
    else:
        run.mkdir()
    (run / "home").mkdir(exist_ok=True)
    return run


def _child(scenario: str, run: Path, kill_at: int) -> None:
    os.environ["FACILITATOR_APP_HOME"] = str(run / "home")
    _confirmed_fd[:] = [os.open(run / "confirmed", os.O_WRONLY | os.O_CREAT | os.O_APPEND)]
    _state.update(armed=False, step=0, kill_at=kill_at)
    try:
        SCENARIOS[scenario](run)
    except BaseException:  # noqa: BLE001 - the child must report anything, then leave at once
        (run / "error").write_text(traceback.format_exc())
        os._exit(3)
    os._exit(0)


def _write_status(run: Path, text: str) -> None:
    """The run is over: the test may read it from now on (written whole)."""
    (run / "status.tmp").write_text(text)
    _real_replace(run / "status.tmp", run / "status")


def _count(scenario: str, folder: Path) -> int:
    """Run the scenario once, in this process, counting its steps (this also
    loads and warms up everything the children will use)."""
    run = _prepare(folder, 0)
    os.environ["FACILITATOR_APP_HOME"] = str(run / "home")
    _confirmed_fd[:] = [os.open(run / "confirmed", os.O_WRONLY | os.O_CREAT | os.O_APPEND)]
    _state.update(armed=False, step=0, kill_at=0)
    try:
        SCENARIOS[scenario](run)
    finally:
        os.close(_confirmed_fd.pop())
    total = int(_state["step"])
    (run / "steps").write_text("".join(f"{t}\n" for t in _trace))
    (run / "sqlalchemy_steps").write_text("".join(f"{t}\n" for t in _sqlalchemy_trace))
    _write_status(run, "exit 0")
    _trace.clear()
    _state.update(armed=False, step=0)
    return total


def main(scenario: str, workdir: str) -> None:
    """Count the scenario's steps (run-0), then kill a child before each one
    (run-1 ... run-<steps>); prints the number of steps."""
    folder = Path(workdir)
    total = _count(scenario, folder)
    for n in range(1, total + 1):
        run = _prepare(folder, n)
        pid = os.fork()
        if pid == 0:
            _child(scenario, run, n)
        _pid, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status):
            signum = os.WTERMSIG(status)
            text = "killed" if signum == signal.SIGKILL else f"signal {signum}"
        else:
            text = f"exit {os.WEXITSTATUS(status)}"
        _write_status(run, text)
    print(total, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
