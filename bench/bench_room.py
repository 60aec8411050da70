"""The room server under load: 200 phones join and vote at once, on loopback.

The server runs here, as in the app, beside a Qt event loop (offscreen)
whose timer measures how late the GUI thread gets while the phones vote.
The phones are threads of another process (so their own work does not slow
this one down), each sending what a phone with JavaScript off sends: the
join page, the code, the ballot, the review, the cast, following each
redirect. Counted afterwards in the workspace: ballots lost (a phone was
told "recorded" and no ballot is there) and doubled (more ballots than
voters on the register, or one voter twice): both must be 0.

Three ways of voting, each with fresh codes:

- *alone*: 20 phones one after another in an idle room (the yardstick);
- *a room*: 200 phones voting in the same half minute, as people do: each
  joins at a random moment of the first 15 s (scanning the QR code), takes
  2-6 s to fill in the ballot and 1-2 s to check it;
- *a burst*: 200 phones sending every step at the same instant, with no
  pause at all: far beyond any room, so shown for information only, never
  judged (200 casts at the same instant queue behind each other's commits).

The one ratio judged is the room's: the p95 of a phone's step in *a room*,
against the p95 of a phone alone (the same steps, measured in this run):
how much a full room slows each phone down. Absolute bars (information):
p95 <= 150 ms; the GUI event loop late by at most 50 ms (p95). The same room in a secret round (a
cast rewrites the urn: casts that arrive together share one rewrite and one
commit), shown for information.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PHONES = 200
ALONE = 20
OPTIONS = 4


def _quantile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


# ----- the phones (a child process) ------------------------------------------------------
def _phones_main() -> None:
    """Read {url, codes, options, phase} on stdin, run the phones, print the timings."""
    import random
    import threading

    from tests.room_client import Phone

    job = json.loads(sys.stdin.read())
    url, codes, options = job["url"], job["codes"], job["options"]
    barrier = threading.Barrier(len(codes))
    gate = [threading.Semaphore(1 if i == 0 else 0) for i in range(len(codes))]  # alone
    results: list[dict[str, Any]] = [{} for _ in codes]

    def timed(phone: Phone, steps: list[float], method: str, *args: Any) -> Any:
        started = time.perf_counter()
        reply = getattr(phone, method)(*args)
        steps.append(time.perf_counter() - started)
        return reply

    def one(i: int) -> None:
        phone = Phone(url, timeout=120)
        steps: list[float] = []
        out = results[i]
        pause = random.Random(i).uniform
        room = job["phase"] == "room"
        try:
            if job["phase"] != "alone":
                barrier.wait()
            else:
                gate[i].acquire()
            if room:
                time.sleep(pause(0, 15))
            timed(phone, steps, "get", "/")
            timed(phone, steps, "post", "/code", {"code": codes[i]})
            if room:
                time.sleep(pause(2, 6))
            ranks = {f"o{o}": str((i + k) % len(options) + 1) for k, o in enumerate(options)}
            timed(phone, steps, "post", "/review", ranks)
            if room:
                time.sleep(pause(1, 2))
            reply = timed(phone, steps, "post", "/cast", {})
            out.update(ok="Your vote is recorded." in reply.text, steps=steps)
        except Exception as exc:  # noqa: BLE001 - a phone that failed is counted, not fatal
            out.update(ok=False, steps=steps, error=repr(exc))
        finally:
            if job["phase"] == "alone" and i + 1 < len(gate):
                gate[i + 1].release()

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(codes))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(json.dumps(results))


def _run_phones(url: str, codes: list[str], options: list[int], phase: str,
                gui: Any) -> list[dict[str, Any]]:
    """Start the phones' process and keep the Qt event loop turning until it ends."""
    root = Path(__file__).resolve().parents[1]
    process = subprocess.Popen(
        [sys.executable, "-c", "from bench.bench_room import _phones_main; _phones_main()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=root, text=True)
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(json.dumps({"url": url, "codes": codes, "options": options,
                                    "phase": phase}))
    process.stdin.close()
    gui.run_until(lambda: process.poll() is not None)
    out = process.stdout.read()
    process.wait()
    return list(json.loads(out))


# ----- the GUI's event loop ----------------------------------------------------------------
class _GuiClock:
    """A Qt timer every 5 ms in this (the GUI) thread: how late each tick is."""

    TICK_MS = 5

    def __init__(self) -> None:
        from PySide6.QtCore import QCoreApplication, Qt, QTimer
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance() or QApplication([])
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(self.TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.late: list[float] = []
        self._last = 0.0
        self._core = QCoreApplication

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last:
            self.late.append(max(0.0, now - self._last - self.TICK_MS / 1000))
        self._last = now

    def run_until(self, done: Any) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        self.late, self._last = [], 0.0
        loop = QEventLoop()
        check = QTimer()
        check.setInterval(20)
        check.timeout.connect(lambda: loop.quit() if done() else None)
        self.timer.start()
        check.start()
        loop.exec()
        check.stop()
        self.timer.stop()


# ----- one load run ---------------------------------------------------------------------------
def _hall(folder: Path, anonymity: str) -> tuple[Any, int, list[str], list[int]]:
    from facilitator_app.services import voting
    from facilitator_app.services.attendance import add_attendees
    from facilitator_app.services.priorities import add_priority
    from facilitator_app.services.room import codes
    from facilitator_app.services.roster import add_member
    from facilitator_app.services.workshops import create_workshop
    from facilitator_app.services.workspaces import create_workspace

    ws = create_workspace(folder / f"{anonymity}.cluster", "Bench")
    with ws.session() as s:
        workshop = create_workshop(s, "Bench")
        members = [add_member(s, {"name": f"Member {i:03d}"})
                   for i in range(ALONE + 2 * PHONES)]
        add_attendees(s, workshop.id, members, role="voter")
        priorities = [add_priority(s, workshop.id, f"Option {k}").id for k in range(OPTIONS)]
        info = voting.create_round(s, workshop.id, priorities, "borda", anonymity=anonymity)
        issued = [c.code for c in codes.issue_codes(s, info.id)]
    return ws, info.id, issued, [o.id for o in info.options]


def _voting(url: str, codes: list[str], options: list[int], phase: str,
            gui: _GuiClock) -> tuple[list[dict[str, Any]], list[float]]:
    votes = _run_phones(url, codes, options, phase, gui)
    return votes, list(gui.late)


def _steps(votes: list[dict[str, Any]]) -> list[float]:
    return [t for v in votes for t in v.get("steps", [])]


def _load(anonymity: str, gui: _GuiClock, burst: bool) -> dict[str, float]:
    from sqlalchemy import func, select

    from facilitator_app.services import voting
    from facilitator_app.services.room.server import Limits, RoomServer
    from facilitator_app.storage.models import Ballot

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FACILITATOR_APP_HOME"] = str(Path(tmp) / "home")
        ws, round_id, issued, options = _hall(Path(tmp), anonymity)
        # every phone here comes from 127.0.0.1: one device, as far as the limits know
        # (its connections, and its codes being checked at once, which count as tries)
        server = RoomServer(ws, round_id, "127.0.0.1", 0,
                            limits=Limits(device_connections=2 * PHONES,
                                          device_tries=2 * PHONES))
        url = server.start()
        try:
            alone, _ = _voting(url, issued[:ALONE], options, "alone", gui)
            batches = server.writer.batches
            room, room_late = _voting(url, issued[ALONE:ALONE + PHONES], options, "room", gui)
            room_batches = server.writer.batches - batches
            rush, rush_late = ([], [])
            if burst:
                rush, rush_late = _voting(url, issued[ALONE + PHONES:], options, "burst", gui)
        finally:
            server.stop()
        with ws.session() as s:
            progress = voting.round_progress(s, round_id)
            per_voter = s.execute(select(Ballot.voter_id, func.count(Ballot.id))
                                  .where(Ballot.round_id == round_id,
                                         Ballot.voter_id.is_not(None))
                                  .group_by(Ballot.voter_id)).all()
        ws.close()
    everyone = alone + room + rush
    recorded = sum(1 for v in everyone if v.get("ok"))
    doubled = max(0, progress.ballots - progress.voted) + sum(n - 1 for _, n in per_voter)
    return {
        "lost": recorded - min(recorded, progress.ballots),
        "doubled": doubled,
        "failed_phones": len(everyone) - recorded,
        "alone_p95": _quantile(_steps(alone), 0.95),
        "room_p95": _quantile(_steps(room), 0.95),
        "room_median": statistics.median(_steps(room)),
        "room_batches": float(room_batches),
        "rush_p95": _quantile(_steps(rush), 0.95) if rush else float("nan"),
        "gui_p95": _quantile(room_late, 0.95),
        "gui_max": max(room_late) if room_late else float("nan"),
        "rush_gui_p95": _quantile(rush_late, 0.95) if rush_late else float("nan"),
    }


def run() -> list[dict[str, Any]]:
    gui = _GuiClock()
    named = _load("named", gui, burst=True)
    secret = _load("secret", gui, burst=False)
    rows: list[dict[str, Any]] = []
    for name, figures, phones in (("named", named, ALONE + 2 * PHONES),
                                  ("secret", secret, ALONE + PHONES)):
        rows += [
            {"figure": f"{name}: ballots lost of {phones} ({figures['failed_phones']:.0f} "
                       "phones not told 'recorded')",
             "value": figures["lost"], "unit": "", "baseline": 1, "baseline_name": "ballot",
             "ratio_max": 0.0},
            {"figure": f"{name}: ballots doubled", "value": figures["doubled"], "unit": "",
             "baseline": 1, "baseline_name": "ballot", "ratio_max": 0.0},
        ]
    rows += [
        {"figure": f"p95 of a phone's step, {PHONES} phones voting in the same half minute "
                   f"(named; median {named['room_median'] * 1000:.0f} ms, "
                   f"{named['room_batches']:.0f} commits)",
         "value": named["room_p95"], "baseline": named["alone_p95"],
         "baseline_name": "(p95, a phone alone)", "ratio_max": 3.0, "bar": 0.150},
        {"figure": f"the same, secret round ({secret['room_batches']:.0f} urn rewrites)",
         "value": secret["room_p95"], "baseline": secret["alone_p95"],
         "baseline_name": "(p95, a phone alone)", "ratio_max": None, "bar": 0.150},
        {"figure": f"p95 of a phone's step, {PHONES} phones sending every step at the "
                   "same instant (named; information: far beyond a room)",
         "value": named["rush_p95"], "baseline": named["alone_p95"],
         "baseline_name": "(p95, a phone alone)", "ratio_max": None, "bar": 0.150},
        {"figure": "GUI event loop: p95 lateness of a 5 ms timer while the room votes "
                   f"(at the burst: {named['rush_gui_p95'] * 1000:.0f} ms)",
         "value": named["gui_p95"], "baseline": None, "ratio_max": None, "bar": 0.050},
        {"figure": "GUI event loop: worst lateness while the room votes (secret round: "
                   f"{secret['gui_max'] * 1000:.0f} ms)",
         "value": named["gui_max"], "baseline": None, "ratio_max": None, "bar": 0.100},
    ]
    return rows
