"""A real PostgreSQL server for the tests marked ``pg``.

One cluster per test session (per xdist worker), owned by the test run: its
own data directory in a fresh temporary folder, its own free port on
127.0.0.1 and its Unix socket in that folder, trust authentication for the
``postgres`` role (nothing outside the machine can reach it). Each test gets
an empty database of its own (``pg_url``), dropped after the test; the
cluster is stopped and its folder removed at the end of the session.

The server binaries are looked for in ``FACILITATOR_PG_BINDIR``, then on
``PATH`` (``initdb``), then in Debian's ``/usr/lib/postgresql/<version>/bin``
(newest first). PostgreSQL refuses to run as root: when the tests run as
root, ``initdb`` and ``pg_ctl`` run as the ``postgres`` system user (created
by Debian's package) or, failing that, ``nobody``, through ``runuser``.

Without the binaries the pg tests are skipped with the reason, unless
``FACILITATOR_REQUIRE_PG`` or ``CI`` is set (``.ci/run`` sets the first):
then they fail, so CI cannot skip them silently.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

_USER = "postgres"  # the superuser role initdb creates


def _pg_required() -> bool:
    return bool(os.environ.get("FACILITATOR_REQUIRE_PG") or os.environ.get("CI"))


def find_bindir() -> Path | None:
    """The folder with ``initdb``, ``pg_ctl`` and ``postgres``, or None."""
    candidates: list[Path] = []
    if os.environ.get("FACILITATOR_PG_BINDIR"):
        candidates.append(Path(os.environ["FACILITATOR_PG_BINDIR"]))
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)

    def version(path: Path) -> tuple[int, ...]:
        try:
            return tuple(int(part) for part in path.name.split("."))
        except ValueError:
            return (0,)

    debian = Path("/usr/lib/postgresql")
    if debian.is_dir():
        candidates += [d / "bin" for d in sorted(debian.iterdir(), key=version, reverse=True)]
    for folder in candidates:
        if all((folder / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PgCluster:
    bindir: Path
    folder: Path
    port: int
    run_as: str | None  # a system user when the tests run as root

    @property
    def datadir(self) -> Path:
        return self.folder / "data"

    def _run(self, tool: str, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / tool), *args]
        if self.run_as is not None:
            runuser = shutil.which("runuser") or next(
                (p for p in ("/usr/sbin/runuser", "/sbin/runuser") if Path(p).is_file()),
                "runuser")
            command = [runuser, "-u", self.run_as, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120,
                                check=False, cwd=self.folder)
        if result.returncode != 0:
            raise RuntimeError(f"{tool} failed ({result.returncode}):\n"
                               f"{result.stdout}\n{result.stderr}")
        return result

    def start(self) -> None:
        self._run("initdb", "-D", str(self.datadir), "-U", _USER, "--auth=trust",
                  "--encoding=UTF8", "--locale=C", "--no-sync")
        options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} "
                   f"-c unix_socket_directories={self.folder} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        self._run("pg_ctl", "-D", str(self.datadir), "-l", str(self.folder / "server.log"),
                  "-o", options, "-w", "-t", "60", "start")

    def stop(self) -> None:
        with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
            self._run("pg_ctl", "-D", str(self.datadir), "-m", "immediate", "-w", "stop")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{_USER}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE)."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=_USER,
                             dbname="postgres", autocommit=True) as conn:
            conn.execute(sql)


def _system_user() -> str | None:
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise RuntimeError("running as root and neither a postgres nor a nobody user exists")


def _unavailable(reason: str) -> None:
    if _pg_required():
        pytest.fail(f"PostgreSQL tests required (FACILITATOR_REQUIRE_PG or CI is set) "
                    f"but {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


def server_binaries() -> Path:
    """The binaries' folder; skips the test without them (fails it where required)."""
    bindir = find_bindir()
    if bindir is None:
        _unavailable("no PostgreSQL server binaries (initdb, pg_ctl, postgres) were found; "
                     "install Debian's `postgresql` package or set FACILITATOR_PG_BINDIR")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("the psycopg driver is not installed (pip install -e '.[test]')")
    assert bindir is not None
    return bindir


@pytest.fixture(scope="session")
def pg_cluster():
    bindir = server_binaries()
    run_as = _system_user()
    # not under pytest's own temporary folder: that is private to the user
    # running the tests, and the server may run as another one (who must be
    # able to reach the folder: as root, /tmp itself rather than a TMPDIR)
    parent = "/tmp" if run_as is not None and Path("/tmp").is_dir() else None
    folder = Path(tempfile.mkdtemp(prefix="facilitator-pg-", dir=parent))
    if run_as is not None:
        entry = pwd.getpwnam(run_as)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    cluster = PgCluster(bindir=bindir, folder=folder, port=_free_port(), run_as=run_as)
    try:
        cluster.start()
    except RuntimeError:
        log = folder / "server.log"
        if log.exists():
            print(log.read_text(errors="replace"))
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    yield cluster
    cluster.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_url(pg_cluster: PgCluster):
    """The SQLAlchemy URL of an empty database made for this test."""
    name = f"t_{uuid.uuid4().hex[:16]}"
    pg_cluster.admin(f'CREATE DATABASE "{name}"')
    yield pg_cluster.url(name)
    pg_cluster.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_engine(pg_url: str):
    from sqlalchemy import create_engine

    engine = create_engine(pg_url)
    yield engine
    engine.dispose()


@pytest.fixture(name="programme")
def programme_database(pg_engine):
    """``programme``: an empty database with the app's schema, as ``programme
    init`` leaves it (import this function into a test module to have the fixture)."""
    from facilitator_app.storage import migrate

    migrate.upgrade_engine(pg_engine)
    return pg_engine
