"""Worker for the kill test: records ballots in a loop, printing each after commit.

Run as ``python tests/services/ballot_writer.py WORKSPACE``. Each line
``confirmed <round_id> <ballot_id>`` is printed only after the transaction
holding that ballot has committed, so the parent knows exactly which
ballots the app had confirmed when it was killed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import select

from facilitator_app.services import voting
from facilitator_app.storage.models import Priority
from facilitator_app.storage.workspace import open_workspace


def main(path: str) -> None:
    ws = open_workspace(path, backups_kept=0)
    print("ready", flush=True)
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


if __name__ == "__main__":
    main(sys.argv[1])
