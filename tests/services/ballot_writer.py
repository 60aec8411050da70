"""Worker for the kill test: writer processes that record ballots in a loop.

Run as ``python tests/services/ballot_writer.py WORKSPACE``. It imports the
app once; then for each line ``write`` on its stdin it forks a writer, a
process of its own that opens the workspace (taking its instance lock),
prints ``ready <pid>`` and records ballots until it is killed, printing
``confirmed <round_id> <ballot_id>`` only after the transaction holding that
ballot has committed, so the parent knows exactly which ballots the app had
confirmed when it was killed. When the writer has gone, the worker prints
``gone killed`` (SIGKILL) or ``gone exit N``; it ends with its stdin.
"""

from __future__ import annotations

import os
import signal
import sys
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import select

from facilitator_app.services import voting
from facilitator_app.storage.models import Priority
from facilitator_app.storage.workspace import open_workspace


def write_ballots(path: str) -> None:
    ws = open_workspace(path, backups_kept=0)
    print(f"ready {os.getpid()}", flush=True)
    while True:
        with ws.session() as s:
            priority_ids = list(s.scalars(select(Priority.id).order_by(Priority.position)))[:5]
            info = voting.create_round(s, 1, priority_ids, "borda", anonymity="named")
            voter_ids = [v.member_id for v in voting.voters(s, info.id)]
        for k, voter_id in enumerate(voter_ids):
            order = [(k + j) % len(info.options) for j in range(len(info.options))]
            values = {info.options[i].id: rank for rank, i in enumerate(order, start=1)}
            with ws.session() as s:
                ballot_id = voting.record_ballot(s, info.id, values, voter_id=voter_id,
                                                 source="grid", entered_by="kill test")
            print(f"confirmed {info.id} {ballot_id}", flush=True)


def main(path: str) -> None:
    for line in sys.stdin:
        if line.strip() != "write":
            continue
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:  # the writer
            try:
                write_ballots(path)
            except BaseException:  # noqa: BLE001 - say why, then leave at once
                traceback.print_exc()
                sys.stderr.flush()
            os._exit(1)
        _pid, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status):
            how = "killed" if os.WTERMSIG(status) == signal.SIGKILL else "signal"
        else:
            how = f"exit {os.WEXITSTATUS(status)}"
        print(f"gone {how}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
