"""``facilitator-app room``: a real process serving the open round on
127.0.0.1, writing the codes, stopping on Ctrl+C or when the round closes."""

from __future__ import annotations

import csv
import re
import sqlite3
import subprocess
import sys
import time

import pytest
from pypdf import PdfReader

from facilitator_app.services import voting
from facilitator_app.services.attendance import add_attendees
from facilitator_app.services.priorities import add_priority
from facilitator_app.services.roster import add_member
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace
from tests.cli_in_process import run_main
from tests.room_client import Phone
from tests.room_setup import ctrl_c, running

pytestmark = pytest.mark.slow


def _workspace(path, anonymity="named", rounds=1):
    ws = create_workspace(path, "Coopérative")
    with ws.session() as s:
        workshop = create_workshop(s, "Atelier")
        members = [add_member(s, {"name": f"Membre {i} Éloïse"}) for i in range(3)]
        add_attendees(s, workshop.id, members, role="voter")
        priorities = [add_priority(s, workshop.id, f"P{k}").id for k in range(3)]
        infos = [voting.create_round(s, workshop.id, priorities, "borda", anonymity=anonymity)
                 for _ in range(rounds)]
    ws.close()
    return infos


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "facilitator_app", "room", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8")


def _url(process: subprocess.Popen[str]) -> tuple[str, list[str]]:
    lines: list[str] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        if line.startswith("Press Ctrl+C"):
            text = "".join(lines)
            return re.search(r"open (http://\S+)", text).group(1), lines
    raise AssertionError("".join(lines) + process.stderr.read())


def test_room_serves_writes_codes_and_stops_when_the_round_closes(tmp_path):
    path = tmp_path / "w.cluster"
    [info] = _workspace(path)
    codes_file = tmp_path / "codes.csv"
    process = _start("--workspace", str(path), "--bind", "127.0.0.1", "--port", "0",
                     "--codes", str(codes_file))
    with running(process):
        url, lines = _url(process)
        assert url.startswith("http://127.0.0.1:")
        assert "Wrote 3 voter codes" in "".join(lines)
        with open(codes_file, encoding="utf-8-sig") as fh:
            rows = list(csv.DictReader(fh))
        assert [r["Member"] for r in rows] == [f"Membre {i} Éloïse" for i in range(3)]
        assert all(r["Address"] == url for r in rows)
        done = Phone(url).vote(rows[0]["Code"], {f"o{info.options[0].id}": "1"})
        assert "Your vote is recorded." in done.text
        # the round is closed elsewhere (here: straight in the file)
        conn = sqlite3.connect(path, timeout=10)
        with conn:
            conn.execute("UPDATE vote_rounds SET status = 'closed' WHERE id = ?", (info.id,))
        conn.close()
        out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert "1 of 3 have voted" in out
    assert "The round was closed. Voting by phone has stopped." in out
    assert err == ""


def test_secret_slips_carry_no_names_and_ctrl_c_stops(tmp_path):
    path = tmp_path / "w.cluster"
    _workspace(path, "secret")
    slips = tmp_path / "slips.pdf"
    process = _start("--workspace", str(path), "--bind", "127.0.0.1", "--port", "0",
                     "--codes", str(slips))
    with running(process):
        url, _lines = _url(process)
        text = "".join(page.extract_text() for page in PdfReader(slips).pages)
        assert "Membre" not in text and "carries no name" in text
        assert len(re.findall(r"\b[A-Z0-9]{3}-[A-Z0-9]{3}\b", text)) == 3
        assert url in text
        out, err = ctrl_c(process)
    assert process.returncode == 0, err
    assert "Stopped" in out


def test_room_refuses_what_it_cannot_do(tmp_path):
    # What the command refuses, not what a process does: run in this process
    path = tmp_path / "w.cluster"
    _workspace(path, rounds=2)

    def run(*args):
        return run_main("room", "--workspace", str(path), *args)

    several = run("--bind", "127.0.0.1")
    assert several.returncode == 2 and "Several rounds are open (1, 2)" in several.stderr
    no_codes = run("--round", "1", "--bind", "127.0.0.1", "--port", "0")
    assert no_codes.returncode == 1 and "--codes FILE" in no_codes.stderr
    assert run("--round", "1", "--bind", "0.0.0.0").returncode == 1
    assert run("--round", "1", "--codes", "codes.txt").returncode == 2
    assert run("--round", "1", "--port", "70000").returncode == 2


def test_room_works_on_the_demo_out_of_the_box(tmp_path):
    path = tmp_path / "demo.cluster"
    made = run_main("demo", str(path))  # the room is the process here
    assert made.returncode == 0, made.stderr
    codes_file = tmp_path / "codes.csv"
    process = _start("--workspace", str(path), "--bind", "127.0.0.1", "--port", "0",
                     "--codes", str(codes_file))
    with running(process):
        url, lines = _url(process)
        assert "Round 3: rank the top four" in "".join(lines)
        assert "Wrote 19 voter codes" in "".join(lines)  # every voting member, no observer
        rows = codes_file.read_text(encoding="utf-8-sig").splitlines()[1:]
        reply = Phone(url).get("/")
        assert "Anonymous vote" in reply.text and "Grenada Cocoa" in reply.text
        assert len(rows) == 19
        ctrl_c(process)
    assert process.returncode == 0
