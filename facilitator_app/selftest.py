"""``facilitator-app --self-test``: prove a build works, with no screen.

Creates a temporary workspace with the demo content, opens the main window
offscreen, visits every page, writes every output file and reads each one
back. One line per step; exit 0 only if every step passed. The frozen
bundle runs this in CI, so it must not depend on anything outside the app.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from pathlib import Path


class SelfTest:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.failures = 0
        self.workspace = None
        self.window = None

    def step(self, title: str, action: Callable[[], str | None]) -> None:
        started = time.perf_counter()
        try:
            detail = action() or ""
        except Exception as exc:  # noqa: BLE001 - a failed step is reported, the rest still run
            self.failures += 1
            print(f"FAIL  {title}: {type(exc).__name__}: {exc}", flush=True)
            traceback.print_exc(file=sys.stderr)
            return
        took = time.perf_counter() - started
        print(f"ok    {title} ({took:.2f} s){': ' + detail if detail else ''}", flush=True)


def _check_pdf(path: Path) -> str:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise ValueError(f"{path.name} is not a complete PDF")
    pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    if pages < 1:
        raise ValueError(f"{path.name} has no pages")
    return f"{pages} pages, {len(data) // 1024} KB"


def _check_xlsx(path: Path, expected_sheets: list[str]) -> str:
    from openpyxl import load_workbook

    if not zipfile.is_zipfile(path):
        raise ValueError(f"{path.name} is not an .xlsx file")
    book = load_workbook(path, read_only=True)
    missing = [s for s in expected_sheets if s not in book.sheetnames]
    book.close()
    if missing:
        raise ValueError(f"sheets missing: {missing}")
    return f"sheets: {', '.join(expected_sheets)}"


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="facilitator-selftest-") as tmp:
        folder = Path(tmp)
        os.environ["FACILITATOR_APP_HOME"] = str(folder / "userdata")
        test = SelfTest(folder)
        _run_steps(test)
        if test.window is not None:
            test.window.close()
        elif test.workspace is not None:
            test.workspace.close()
    verdict = "passed" if test.failures == 0 else f"FAILED ({test.failures} steps)"
    print(f"self-test {verdict}", flush=True)
    return 0 if test.failures == 0 else 1


def _run_steps(test: SelfTest) -> None:
    from facilitator_app import __version__

    print(f"facilitator-app {__version__} self-test, Python {sys.version.split()[0]}")
    demo_path = test.folder / "Démo – cluster.cluster"

    def create_demo() -> str:
        from facilitator_app.services.demo import create_demo as make
        from facilitator_app.services.workspaces import counts

        test.workspace = make(demo_path)
        c = counts(test.workspace)
        return f"{c.members} members, {c.priorities} priorities, {c.ballots} ballots"

    test.step("create the demo workspace", create_demo)

    def open_window() -> str:
        from facilitator_app.ui.app import configure_application
        from facilitator_app.ui.main_window import MainWindow

        app = configure_application()
        test.window = MainWindow(test.workspace)
        test.window.show()
        app.processEvents()
        if not test.window.isVisible():
            raise RuntimeError("the main window did not show")
        return test.window.windowTitle()

    test.step("open the main window", open_window)

    def visit_pages() -> str:
        from PySide6.QtWidgets import QApplication

        window = test.window
        visited = []
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            QApplication.processEvents()
            key = window.current_page_key()
            page = window.pages[key]
            if not page.isVisible():
                raise RuntimeError(f"page {key} did not show")
            image = page.grab()
            if image.isNull():
                raise RuntimeError(f"page {key} could not be drawn")
            visited.append(key)
        return ", ".join(visited)

    test.step("visit every page", visit_pages)

    def draw_chart() -> str:
        from PySide6.QtWidgets import QApplication

        from facilitator_app.services import voting
        from facilitator_app.services.workshops import list_workshops
        from facilitator_app.ui.result_chart import ResultChart

        with test.workspace.session() as s:
            first = next(r for w in list_workshops(s) for r in voting.list_rounds(s, w.id))
            result = voting.tally_round(s, first.id).result
        chart = ResultChart()
        chart.resize(800, 480)
        chart.show_result(result)
        chart.show()
        QApplication.processEvents()
        image = chart.grab().toImage()
        chart.close()
        if image.isNull():
            raise RuntimeError("the results chart could not be drawn")
        colours = {image.pixel(x, y) for x in range(0, image.width(), 8)
                   for y in range(0, image.height(), 8)}
        if len(colours) < 3:
            raise RuntimeError("the results chart is blank")
        return f"{len(result.ranking)} bars"

    test.step("draw a results chart (QtCharts)", draw_chart)
    test.step("vote by phone on 127.0.0.1 (room server, QR code)", lambda: _phone_vote(test))

    for title, action in _output_steps(test):
        test.step(title, action)
    test.step("texts, dates and numbers in every language (gettext, Babel)", _languages)


def _languages() -> str:
    """Every gettext catalogue loads, and Babel's locale data for each
    language is there (the bundle keeps only the app's languages)."""
    from datetime import date

    from facilitator_app.i18n.messages import DOMAINS, Texts, translations

    day = date(2026, 11, 29)
    expected = {"en": "November", "es": "noviembre", "fr": "novembre", "nl": "november",
                "ht": "novanm"}
    for domain, langs in DOMAINS.items():
        for lang in langs:
            translations(domain, lang)  # raises when a catalogue is missing or broken
    for lang, month in expected.items():
        written = Texts("participant", lang).date(day)
        if month not in written:
            raise RuntimeError(f"the date in {lang} is {written!r}")
    number = Texts("report", "es").number(1234.5, 1)
    if number != "1.234,5":
        raise RuntimeError(f"a Spanish number is {number!r}")
    return f"{sum(len(v) for v in DOMAINS.values())} catalogues, {len(expected)} languages' dates"


def _phone_vote(test: SelfTest) -> str:
    """The demo's open round served on loopback: one phone votes through the
    forms, as a browser with JavaScript off would; the join QR code is drawn."""
    import http.client
    import re
    from urllib.parse import urlencode

    from facilitator_app.services import voting
    from facilitator_app.services.room import codes
    from facilitator_app.services.room.server import RoomServer
    from facilitator_app.ui.phone_voting import qr_pixmap

    ws = test.workspace
    with ws.session() as s:
        info = next(r for r in voting.list_rounds(s, 1) if r.is_open)
        code = codes.issue_codes(s, info.id)[0].code
    server = RoomServer(ws, info.id, "127.0.0.1", 0)
    url = server.start()
    cookie = ""

    def send(method: str, path: str, fields: dict[str, str] | None = None) -> str:
        nonlocal cookie
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=20)
        try:
            headers = {"Host": f"127.0.0.1:{server.port}", "Cookie": cookie}
            body = None
            if fields is not None:
                body = urlencode(fields).encode()
                headers["Content-Type"] = "application/x-www-form-urlencoded"
            conn.request(method, path, body=body, headers=headers)
            reply = conn.getresponse()
            text = reply.read().decode("utf-8")
            if reply.getheader("Set-Cookie"):
                cookie = reply.getheader("Set-Cookie", "").split(";")[0]
            if reply.status == 303:
                return send("GET", reply.getheader("Location", "/"))
            return text
        finally:
            conn.close()

    def token(page: str) -> str:
        found = re.search(r'name="csrf" value="([^"]+)"', page)
        if found is None:
            raise RuntimeError("a phone page came without its form")
        return found.group(1)

    try:
        page = send("GET", "/")
        page = send("POST", "/code", {"csrf": token(page), "code": code})
        ranks = {f"o{o.id}": str(n) for n, o in enumerate(info.options, start=1)}
        page = send("POST", "/review", {"csrf": token(page), **ranks})
        page = send("POST", "/cast", {"csrf": token(page)})
    finally:
        server.stop()
    if "Your vote is recorded." not in page:
        raise RuntimeError("the phone's vote was not recorded")
    with ws.session() as s:
        ballots = voting.round_progress(s, info.id).ballots
    if ballots != 1:
        raise RuntimeError(f"{ballots} ballots in the round after one phone voted")
    if qr_pixmap(url).isNull():
        raise RuntimeError("the QR code could not be drawn")
    return f"one phone voted in {info.title}"


def _output_steps(test: SelfTest) -> list[tuple[str, Callable[[], str]]]:
    """Write each output file and read it back."""
    steps: list[tuple[str, Callable[[], str]]] = []

    def faq() -> str:
        from facilitator_app.export.faq_pdf import write_faq_handout

        path = write_faq_handout(test.folder / "FAQ handout.pdf")
        return _check_pdf(Path(path))

    steps.append(("write and read back the FAQ handout", faq))

    def workbook() -> str:
        from facilitator_app.services.reports import export_workshop

        with test.workspace.session() as s:
            path = export_workshop(s, test.folder / "Atelier – résultats.xlsx")
        return _check_xlsx(Path(path), ["Summary", "Attendance", "SWOT", "TOWS", "Priorities",
                                        "Ballots", "Results", "Consensus", "Audit"])

    def report() -> str:
        from facilitator_app.services.reports import export_workshop

        with test.workspace.session() as s:
            path = export_workshop(s, test.folder / "Atelier – rapport.pdf")
        return _check_pdf(Path(path))

    def roster() -> str:
        from facilitator_app.services.roster import export_roster

        path = test.folder / "Membres.xlsx"
        with test.workspace.session() as s:
            export_roster(s, path)
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True)
        rows = sum(1 for row in book.worksheets[0].iter_rows(values_only=True) if any(row))
        book.close()
        if rows < 31:
            raise ValueError(f"the roster has {rows - 1} members, expected 30")
        return f"{rows - 1} members"

    def safe_reading() -> str:
        import openpyxl.xml

        from facilitator_app.core.roster_import import read_table

        if not openpyxl.xml.DEFUSEDXML:  # a bundle without defusedxml would expand entities
            raise ValueError("openpyxl does not parse with defusedxml")
        table = read_table(test.folder / "Membres.xlsx")
        return f"defusedxml in use, {len(table.rows) - 1} members read"

    steps.append(("write and read back the workshop workbook", workbook))
    steps.append(("write and read back the workshop report", report))
    steps.append(("write and read back the roster", roster))
    steps.append(("import the roster through the safe spreadsheet reader", safe_reading))
    return steps
