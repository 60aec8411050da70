"""File > Send to Programme Database…, driven as a facilitator would: the
address typed in Settings (never with a password), the menu entry, the
progress dialog and its Cancel, the password asked when the server wants
one, the report, against the real PostgreSQL server of the test run."""

from __future__ import annotations

import socket
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QPushButton

from facilitator_app import options
from facilitator_app.ui import programme_send
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.programme_send import PasswordStore
from tests.ui.demo_window import open_demo_window
from tests.ui.test_programme_url_setting import set_url_in_settings

OK = QDialogButtonBox.StandardButton.Ok
WAIT_MS = 120_000


@pytest.fixture
def window(qtbot, tmp_path):
    configure_application()
    win = open_demo_window(qtbot, tmp_path, "Démo Caraïbes.cluster")
    yield win
    control = getattr(win, "programme_send", None)
    if control is not None and control.running is not None:
        control.running.wait(WAIT_MS)
    win.close()


@pytest.fixture(autouse=True)
def _fresh_passwords(monkeypatch):
    """No password kept from another test, and no keyring of the machine."""
    store = PasswordStore(keyring_module=lambda: None)
    monkeypatch.setattr(programme_send, "_PASSWORDS", store)
    return store


# ----- where a password is kept ----------------------------------------------------------

class _Keyring:
    """A stand-in for the keyring module's three calls (the package is optional)."""

    def __init__(self) -> None:
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.kept.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        self.kept[(service, user)] = password

    def delete_password(self, service: str, user: str) -> None:
        del self.kept[(service, user)]


URL = "postgresql://maria@db.example.org/programme"


def test_the_session_keeps_a_password_in_memory_only_without_a_keyring():
    store = PasswordStore(keyring_module=lambda: None)
    assert store.get(URL) is None
    store.remember(URL, "pw", keep_in_keyring=None)
    assert store.get(URL) == "pw"
    assert PasswordStore(keyring_module=lambda: None).get(URL) is None  # a new session
    store.forget(URL)
    assert store.get(URL) is None


def test_the_keyring_keeps_it_when_asked_and_lets_it_go_when_not():
    ring = _Keyring()
    store = PasswordStore(keyring_module=lambda: ring)
    store.remember(URL, "pw", keep_in_keyring=True)
    assert ring.kept == {(programme_send.KEYRING_SERVICE, URL): "pw"}
    assert PasswordStore(keyring_module=lambda: ring).get(URL) == "pw"  # the next session
    store.remember(URL, "new", keep_in_keyring=False)
    assert ring.kept == {}
    assert store.get(URL) == "new"


def test_no_keyring_when_the_package_is_missing(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "keyring", None)  # import keyring fails
    assert programme_send.system_keyring() is None


def test_a_plain_text_or_failing_keyring_does_not_count():
    class PlaintextKeyring:
        priority = 0.5

    PlaintextKeyring.__module__ = "keyrings.alt.file"

    class Fail:
        priority = 0

    Fail.__module__ = "keyring.backends.fail"

    class SecretService:
        priority = 5

    SecretService.__module__ = "keyring.backends.SecretService"
    assert not programme_send._real_backend(PlaintextKeyring())
    assert not programme_send._real_backend(Fail())
    assert programme_send._real_backend(SecretService())


# ----- the menu entry --------------------------------------------------------------------

def test_the_menu_entry_is_in_the_file_menu_without_a_shortcut(window):
    action = window.programme_send.action
    file_menu = window.settings_action.associatedObjects()
    assert any(action in getattr(menu, "actions", list)() for menu in file_menu)
    assert action.text() == "Sen&d to Programme Database…"
    assert action.shortcut().isEmpty()
    assert not any("Programme" in name for name, _keys in window.shortcut_list())


def test_without_an_address_it_offers_the_settings(qtbot, window, monkeypatch):
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    assert window.programme_send.send() is None
    assert asked and "No programme database is set yet" in asked[0]


# ----- sending, to the real PostgreSQL server of the test run -----------------------------

@pytest.fixture
def programme(pg_url):
    """An empty programme database with the schema ``programme init`` makes."""
    from sqlalchemy import create_engine

    from facilitator_app.storage.migrate import upgrade_engine

    engine = create_engine(pg_url)
    upgrade_engine(engine)
    yield pg_url.replace("postgresql+psycopg://", "postgresql://", 1), engine
    engine.dispose()


def _count(engine, table: str) -> int:
    from sqlalchemy import text

    with engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def _workspace_count(window, table: str) -> int:
    from sqlalchemy import text

    with window.workspace.engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def _send_from_the_menu(qtbot, window):
    """File > Send to Programme Database…, then wait for the work to end."""
    control = window.programme_send
    window.programme_send.action.trigger()
    op = control.running
    assert op is not None, "the sending did not start"
    outcome = op.wait(WAIT_MS)
    assert outcome is not None, "the sending did not end"
    qtbot.waitUntil(lambda: control.running is None, timeout=WAIT_MS)
    return outcome


def _report_text(qtbot, window) -> str:
    """The report dialog's text; the dialog is closed with its Close button."""
    control = window.programme_send
    qtbot.waitUntil(lambda: control.report_dialog is not None, timeout=5_000)
    dialog = control.report_dialog
    assert dialog.isVisible()
    text = dialog.text()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Close),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: control.report_dialog is None, timeout=5_000)
    return text


@pytest.mark.pg
def test_sending_the_demo_from_the_menu_then_again(qtbot, window, programme, monkeypatch):
    from sqlalchemy import text as sql

    url, engine = programme
    options.set_value("facilitator_name", "Marie-Thérèse Ñúñez")
    set_url_in_settings(monkeypatch, qtbot, window, url)
    members = _workspace_count(window, "members")
    assert members >= 20 and _count(engine, "members") == 0

    first = _send_from_the_menu(qtbot, window)
    assert first.ok, first.error
    text = _report_text(qtbot, window)
    report = first.value
    assert report.inserted > members and report.updated == 0 and report.unchanged == 0
    for line in report.lines():
        assert line in text
    assert "“Démo Caraïbes” was sent to the database" in text
    assert _count(engine, "members") == members
    assert _count(engine, "workshops") == _workspace_count(window, "workshops")
    assert window.statusBar().currentMessage() == "Sent to the programme database."

    second = _send_from_the_menu(qtbot, window)
    assert second.ok, second.error
    text = _report_text(qtbot, window)
    again = second.value
    assert again.inserted == 0 and again.updated == 0 and again.deleted == 0
    assert again.unchanged == report.inserted
    assert not again.conflicts
    for line in again.lines():
        assert line in text
    assert _count(engine, "members") == members  # nothing twice
    with engine.connect() as conn:  # who sent, from Settings
        assert conn.execute(sql("SELECT sent_by FROM programme_sends")).scalars().all() == [
            "Marie-Thérèse Ñúñez"] * 2


@pytest.mark.pg
def test_a_record_changed_on_both_sides_is_listed_with_the_side_kept(qtbot, window, programme,
                                                                     monkeypatch):
    from sqlalchemy import text

    from facilitator_app.services import roster

    url, engine = programme
    set_url_in_settings(monkeypatch, qtbot, window, url)
    assert _send_from_the_menu(qtbot, window).ok
    _report_text(qtbot, window)
    with window.ctx.session() as s:
        member_id = min(row[0] for row in roster.table_rows(s, ("id",)))
        uid = roster.member_uid(s, member_id)
    with engine.begin() as conn:  # a programme officer corrects the name there first ...
        conn.execute(text("UPDATE members SET name = 'Named in the office' WHERE uid = :u"),
                     {"u": uid})
    qtbot.wait(20)
    with window.ctx.session() as s:  # ... then the facilitator changes it here
        roster.update_member(s, member_id, {"name": "Coopérative Écho de Grand'Anse"})

    outcome = _send_from_the_menu(qtbot, window)
    assert outcome.ok, outcome.error
    assert [(c.table, c.record_uid, c.winner) for c in outcome.value.conflicts] == [
        ("members", uid, "workspace")]
    text_shown = _report_text(qtbot, window)
    assert "Changed on both sides since the last send:" in text_shown
    assert "Member | Coopérative Écho de Grand'Anse | This workspace |" in text_shown
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM members WHERE uid = :u"),
                            {"u": uid}).scalar_one() == "Coopérative Écho de Grand'Anse"


@pytest.mark.pg
def test_cancel_in_the_progress_dialog_changes_nothing(qtbot, window, programme, monkeypatch):
    """The real sync runs; its first progress report waits until Cancel was
    clicked in the progress dialog, so the sync's own should_stop sees it."""
    from facilitator_app.services.programme import sync

    url, engine = programme
    set_url_in_settings(monkeypatch, qtbot, window, url)
    reported, clicked = threading.Event(), threading.Event()
    real_send = sync.send_workspace

    def send_workspace(*args, progress=None, **kwargs):
        def progress_waiting_for_cancel(done: int, total: int) -> None:
            if progress is not None:
                progress(done, total)
            if not reported.is_set():
                reported.set()
                assert clicked.wait(30), "Cancel was not clicked"

        return real_send(*args, progress=progress_waiting_for_cancel, **kwargs)

    monkeypatch.setattr(sync, "send_workspace", send_workspace)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text, *_a: told.append(text))
    control = window.programme_send
    control.action.trigger()
    op = control.running
    assert op is not None
    assert reported.wait(60), "the sync never reported progress"
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.isVisible(), timeout=5_000)
    cancel = op.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert op.job.cancel_requested
    clicked.set()
    outcome = op.wait(WAIT_MS)
    assert outcome is not None and outcome.cancelled
    qtbot.waitUntil(lambda: control.running is None, timeout=5_000)
    assert told == [("Sending was cancelled. Nothing was changed in the programme database; "
                     "you can send again at any time.")]
    assert control.report_dialog is None
    for table in ("members", "workshops", "programme_workspaces", "programme_records",
                  "programme_sends"):
        assert _count(engine, table) == 0, table


def _closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # closed again when the block ends


def test_a_server_that_cannot_be_reached_is_said_in_words(qtbot, window, monkeypatch):
    url = f"postgresql://postgres@127.0.0.1:{_closed_port()}/programme"
    set_url_in_settings(monkeypatch, qtbot, window, url)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *_a: warned.append(text))
    outcome = _send_from_the_menu(qtbot, window)
    assert not outcome.ok and not outcome.cancelled
    assert len(warned) == 1
    assert "Cannot reach the programme database at 127.0.0.1:" in warned[0]
    assert "Traceback" not in warned[0] and "psycopg" not in warned[0]
    assert window.programme_send.report_dialog is None
    assert window.programme_send.password_dialog is None
    assert window.statusBar().currentMessage() == "Nothing was sent to the programme database."
    assert window.programme_send.action.isEnabled()  # it can be tried again


def test_after_a_bug_in_the_send_the_menu_entry_works_again(qtbot, window, monkeypatch):
    """A bug goes to the crash dialog (raised on the GUI thread); the entry
    is not left disabled behind it."""
    from facilitator_app.services.programme import sync

    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug in the send")

    monkeypatch.setattr(sync, "send_workspace", broken)
    set_url_in_settings(monkeypatch, qtbot, window, "postgresql://postgres@127.0.0.1/programme")
    control = window.programme_send
    with qtbot.capture_exceptions() as raised:
        control.action.trigger()
        assert not control.action.isEnabled()  # one send at a time
        op = control.running
        op.wait(WAIT_MS)
        qtbot.waitUntil(lambda: control.running is None, timeout=5_000)
    assert [str(exc) for _type, exc, _tb in raised] == ["a bug in the send"]
    assert control.action.isEnabled()
    assert control.report_dialog is None and control.password_dialog is None


@pytest.mark.pg
def test_a_database_without_the_programme_schema_is_said_in_words(qtbot, window, pg_url,
                                                                     monkeypatch):
    set_url_in_settings(monkeypatch, qtbot, window, pg_url)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *_a: warned.append(text))
    outcome = _send_from_the_menu(qtbot, window)
    assert not outcome.ok
    assert len(warned) == 1 and "no programme schema yet" in warned[0]
    assert "Traceback" not in warned[0]


@pytest.mark.pg
def test_a_schema_written_by_a_newer_app_is_said_in_words(qtbot, window, programme,
                                                          monkeypatch):
    from sqlalchemy import text

    url, engine = programme
    with engine.begin() as conn:  # as a later version of the app would leave it
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    set_url_in_settings(monkeypatch, qtbot, window, url)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *_a: warned.append(text))
    outcome = _send_from_the_menu(qtbot, window)
    assert not outcome.ok
    assert len(warned) == 1
    assert "written by a newer version of the app" in warned[0]
    assert "9999_from_the_future" in warned[0] and "Traceback" not in warned[0]
    assert _count(engine, "members") == 0


# ----- a server that wants a password -------------------------------------------------

PASSWORD_ROLE = "facilitator_with_password"
PASSWORD = "Clé secrète 2026"


@pytest.fixture
def password_programme(pg_cluster, pg_url):
    """A programme database owned by a role that must give a password over TCP
    (a line of its own at the top of the test server's pg_hba.conf: the other
    tests' trust for the postgres role is unchanged)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from facilitator_app.storage.migrate import upgrade_engine

    pg_cluster.admin(
        f"DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{PASSWORD_ROLE}') "
        f"THEN CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD '{PASSWORD}'; END IF; END$$")
    hba = pg_cluster.datadir / "pg_hba.conf"
    rule = f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n"
    current = hba.read_text(encoding="utf-8")
    if rule not in current:
        hba.write_text(rule + current, encoding="utf-8")
        pg_cluster.admin("SELECT pg_reload_conf()")
    database = make_url(pg_url).database
    pg_cluster.admin(f'ALTER DATABASE "{database}" OWNER TO {PASSWORD_ROLE}')
    admin = create_engine(pg_url)
    with admin.begin() as conn:
        conn.execute(text(f"ALTER SCHEMA public OWNER TO {PASSWORD_ROLE}"))
    admin.dispose()
    owner = make_url(pg_url).set(username=PASSWORD_ROLE, password=PASSWORD)
    engine = create_engine(owner)
    upgrade_engine(engine)
    yield f"postgresql://{PASSWORD_ROLE}@127.0.0.1:{pg_cluster.port}/{database}", engine
    engine.dispose()


def _answer_password(qtbot, window, password: str) -> str:
    """Type ``password`` into the password dialog and click Send; its problem line."""
    control = window.programme_send
    qtbot.waitUntil(lambda: control.password_dialog is not None, timeout=WAIT_MS)
    dialog = control.password_dialog
    assert dialog.isVisible()
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    problem = dialog.problem.text()
    _type(dialog.password, password)
    assert dialog.password.text() == password
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    return problem


def _type(widget, text: str) -> None:
    """Key presses carrying ``text`` one character at a time (QTest's keyClicks
    takes ASCII only, and the password has accents)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def _wait_sent_or_asked(qtbot, window) -> None:
    control = window.programme_send
    qtbot.waitUntil(lambda: control.running is None, timeout=WAIT_MS)


@pytest.mark.pg
def test_the_password_is_asked_when_the_server_wants_it_and_kept_for_the_session(
        qtbot, window, password_programme, monkeypatch, _fresh_passwords):
    url, engine = password_programme
    set_url_in_settings(monkeypatch, qtbot, window, url)
    control = window.programme_send
    control.action.trigger()  # first without a password: the server asks for one
    _wait_sent_or_asked(qtbot, window)
    problem = _answer_password(qtbot, window, "not the password")
    assert problem == "The programme database asks for a password."
    _wait_sent_or_asked(qtbot, window)
    problem = _answer_password(qtbot, window, PASSWORD)  # asked again, saying why
    assert problem.startswith("The server refused the login.")
    _wait_sent_or_asked(qtbot, window)
    text = _report_text(qtbot, window)
    assert "was sent to the database" in text
    assert _count(engine, "members") == _workspace_count(window, "members")
    assert _fresh_passwords.in_memory(url) == PASSWORD
    assert PASSWORD not in options.settings_path().read_text(encoding="utf-8")

    # sent again in the same session: not asked again
    outcome = _send_from_the_menu(qtbot, window)
    assert outcome.ok and outcome.value.unchanged > 0
    assert control.password_dialog is None
    _report_text(qtbot, window)


@pytest.mark.pg
def test_cancel_at_the_password_sends_nothing(qtbot, window, password_programme, monkeypatch):
    url, engine = password_programme
    set_url_in_settings(monkeypatch, qtbot, window, url)
    control = window.programme_send
    control.action.trigger()
    _wait_sent_or_asked(qtbot, window)
    qtbot.waitUntil(lambda: control.password_dialog is not None, timeout=WAIT_MS)
    dialog = control.password_dialog
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert control.password_dialog is None and control.running is None
    assert window.statusBar().currentMessage() == "Nothing was sent to the programme database."
    assert _count(engine, "members") == 0


@pytest.mark.pg
def test_a_keyring_keeps_the_password_for_the_next_session(qtbot, window, password_programme,
                                                            monkeypatch):
    url, _engine = password_programme
    ring = _Keyring()
    monkeypatch.setattr(programme_send, "_PASSWORDS", PasswordStore(keyring_module=lambda: ring))
    set_url_in_settings(monkeypatch, qtbot, window, url)
    control = window.programme_send
    control.store = programme_send.passwords()
    control.action.trigger()
    _wait_sent_or_asked(qtbot, window)
    qtbot.waitUntil(lambda: control.password_dialog is not None, timeout=WAIT_MS)
    assert control.password_dialog.keep is not None and control.password_dialog.keep.isChecked()
    _answer_password(qtbot, window, PASSWORD)
    _wait_sent_or_asked(qtbot, window)
    _report_text(qtbot, window)
    assert ring.kept == {(programme_send.KEYRING_SERVICE, url): PASSWORD}

    control.store = PasswordStore(keyring_module=lambda: ring)  # the app started again
    outcome = _send_from_the_menu(qtbot, window)
    assert outcome.ok and control.password_dialog is None
    _report_text(qtbot, window)
