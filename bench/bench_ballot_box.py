"""The ballot box: SQL statements and time to record one ballot.

Statements are counted with SQLAlchemy's ``before_cursor_execute`` event for
every statement one ``record_ballot`` unit of work sends, the checkpoint
after a secret cast included. A count is exact, not noisy: its baseline is
the quality bar itself (10), so its ratio must stay <= 1. The time of a
secret cast grows with the ballots already in the urn (they are all written
again in a fresh order): shown against a named cast in the same run, for
information.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

BALLOTS = 200
BAR = 10


def _room(folder: Path, anonymity: str) -> tuple[Any, int, list[int], list[int]]:
    from facilitator_app.services import voting
    from facilitator_app.services.attendance import add_attendees
    from facilitator_app.services.priorities import add_priority
    from facilitator_app.services.roster import add_member
    from facilitator_app.services.workshops import create_workshop
    from facilitator_app.services.workspaces import create_workspace

    ws = create_workspace(folder / f"{anonymity}.cluster")
    with ws.session() as s:
        workshop = create_workshop(s, "Bench")
        members = [add_member(s, {"name": f"Member {i}"}) for i in range(BALLOTS)]
        add_attendees(s, workshop.id, members, role="voter")
        priorities = [add_priority(s, workshop.id, f"Option {k}").id for k in range(8)]
        info = voting.create_round(s, workshop.id, priorities, "borda", anonymity=anonymity)
    return ws, info.id, members, [o.id for o in info.options]


def _cast_all(anonymity: str) -> tuple[int, float]:
    """(most statements one ballot took, median seconds of the last 20 ballots)."""
    from sqlalchemy import event

    from facilitator_app.services import voting

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FACILITATOR_APP_HOME"] = str(Path(tmp) / "home")
        ws, round_id, members, options = _room(Path(tmp), anonymity)
        counts: list[int] = []
        times: list[float] = []

        def count(*_args: Any) -> None:
            counts[-1] += 1

        event.listen(ws.engine, "before_cursor_execute", count)
        for i, member in enumerate(members):
            counts.append(0)
            started = time.perf_counter()
            with ws.session() as s:
                voting.record_ballot(s, round_id, {o: (i + k) % 8 + 1
                                                   for k, o in enumerate(options)},
                                     voter_id=member, source="kiosk")
            times.append(time.perf_counter() - started)
        event.remove(ws.engine, "before_cursor_execute", count)
        ws.close()
    return max(counts), statistics.median(times[-20:])


def run() -> list[dict[str, Any]]:
    named_statements, named_time = _cast_all("anonymous")
    secret_statements, secret_time = _cast_all("secret")
    return [
        {"figure": "SQL statements to record one ballot (named / anonymous)",
         "value": named_statements, "unit": "stmts", "baseline": BAR,
         "baseline_name": "(the bar)", "ratio_max": 1.0},
        {"figure": "SQL statements to record one secret ballot (checkpoint included)",
         "value": secret_statements, "unit": "stmts", "baseline": BAR,
         "baseline_name": "(the bar)", "ratio_max": 1.0},
        {"figure": f"time of a secret ballot with {BALLOTS - 20}+ in the urn",
         "value": secret_time, "baseline": named_time,
         "baseline_name": "(an anonymous ballot)", "ratio_max": None},
    ]
