"""Play the attacker of PRODUCT.md 4.5.1 against a secret round, on the raw bytes.

40 members vote one after another, one commit each (as the kiosk does), in
an order the attacker saw. Half way the app is closed and opened again (the
rolling backup on opening), "Save a copy" is tried while the round is open,
and the attacker copies the file with its -wal and -shm at another moment.
Then, from the files only (the workspace, its WAL, the backups, that copy,
the exports), every known way of ordering the ballots is tried: row ids,
the byte offsets of cells in every table and index page that holds them,
WAL frames, timestamps, uids, per-ballot columns, the audit log, leftovers
of earlier layouts in free space, the order of rows in the workbook. A way
that follows the voting order pairs most ballots with their voters; chance
pairs about one.

Each ordering is judged two ways. Its rank correlation with the voting order
(Kendall's tau) catches any order that follows the voting order, also when
shifted or in blocks: chance keeps |tau| near 0 (standard deviation 0.11 for
40 ballots), so |tau| above 0.5 (4.5 deviations: a false alarm about once in
5,000 runs over all the orderings) is a leak. And the ballots it pairs with
the right voter (reading it forwards or backwards): chance pairs about 1.6
per ordering; on average over all orderings at most 3, and no single one
more than 7 (a false alarm about once in 2,000 runs). The app's own random
source is used (nothing is seeded but the test's data), so every run is a
new trial. The control run switches the shuffle off and keeps keys counting
up: there every ordering that betrays the order of writing must show it.
"""

from __future__ import annotations

import itertools
import random
import re
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook

from facilitator_app.services import voting
from facilitator_app.services.attendance import add_attendees
from facilitator_app.services.priorities import add_priority
from facilitator_app.services.reports import export_workshop
from facilitator_app.services.roster import add_member
from facilitator_app.services.voting import ballot_box
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.storage.backups import backups_dir
from facilitator_app.storage.workspace import WorkspaceError, open_workspace
from tests.security.sqlite_pages import SqliteFile, wal_frames, written_order

N = 40
TAU_LIMIT = 0.5
MOST_LINKS = 7
MEAN_LINKS = 3.0
UUID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass(frozen=True)
class Score:
    links: int  # ballots paired with the right voter, reading the order either way
    tau: float  # Kendall's tau between the guessed order and the voting order


def _score(guess: list[tuple[int, ...]], truth: list[tuple[int, ...]]) -> Score:
    forward = sum(g == t for g, t in zip(guess, truth, strict=False))
    backward = sum(g == t for g, t in zip(reversed(guess), truth, strict=False))
    position = {content: i for i, content in enumerate(truth)}
    seq = [position[g] for g in guess if g in position]
    pairs = concordant = 0
    for i in range(len(seq)):
        for j in range(i + 1, len(seq)):
            pairs += 1
            concordant += 1 if seq[j] > seq[i] else -1
    return Score(max(forward, backward), concordant / pairs if pairs else 0.0)


def _contents(path: Path, round_id: int) -> dict[int, tuple[int, ...]]:
    """Ballot row id -> its ranks in option order (what the attacker can read)."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        options = [o for (o,) in conn.execute(
            "SELECT id FROM round_options WHERE round_id = ? ORDER BY position", (round_id,))]
        found: dict[int, dict[int, int]] = {}
        for ballot_id, option_id, value in conn.execute(
                "SELECT b.id, e.option_id, e.value FROM ballots b JOIN ballot_entries e "
                "ON e.ballot_id = b.id WHERE b.round_id = ?", (round_id,)):
            found.setdefault(ballot_id, {})[option_id] = int(value)
        return {b: tuple(v[o] for o in options) for b, v in found.items()}
    finally:
        conn.close()


def _orders(path: Path, round_id: int) -> dict[str, list[tuple[int, ...]]]:
    """Every ordering of the round's ballots an attacker can read from one file."""
    content = _contents(path, round_id)
    raw = SqliteFile(path)
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        entry_ballot = dict(conn.execute("SELECT id, ballot_id FROM ballot_entries"))
        by_column = {
            column: [b for (b,) in conn.execute(
                f"SELECT id FROM ballots WHERE round_id = ? ORDER BY {column}, id", (round_id,))]
            for column in ("id", "created_at", "updated_at", "uid")
        }
    finally:
        conn.close()

    def ballots_of(keys: list[int], via_entries: bool = False) -> list[tuple[int, ...]]:
        seen: list[int] = []
        for key in keys:
            ballot = entry_ballot.get(key) if via_entries else key
            if ballot in content and ballot not in seen:
                seen.append(ballot)
        return [content[b] for b in seen]

    orders = {f"ballots ordered by {c}": ballots_of(ids) for c, ids in by_column.items()}
    assert len(raw.btrees_of["ballots"]) >= 3 and len(raw.btrees_of["ballot_entries"]) >= 3
    for name in raw.btrees_of["ballots"]:  # the table, its uid index, its round index
        orders[f"cell offsets in {name}"] = ballots_of(written_order(raw.cells(name)))
    for name in raw.btrees_of["ballot_entries"]:
        orders[f"cell offsets in {name}"] = ballots_of(
            written_order(raw.cells(name)), via_entries=True)
    return orders


def _assert_nothing_describes_a_ballot(path: Path, round_id: int) -> None:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        for column in ("source", "entered_by", "entered_at", "weight", "voter_id", "voter_type",
                       "created_at", "updated_at"):
            values = {v for (v,) in conn.execute(
                f"SELECT DISTINCT {column} FROM ballots WHERE round_id = ?", (round_id,))}
            assert len(values) == 1, f"ballots.{column} tells ballots apart: {values}"
        for column in ("created_at", "updated_at"):
            values = {v for (v,) in conn.execute(
                f"SELECT DISTINCT e.{column} FROM ballot_entries e JOIN ballots b "
                "ON b.id = e.ballot_id WHERE b.round_id = ?", (round_id,))}
            assert len(values) == 1, f"ballot_entries.{column} tells ballots apart"
        receipt_times = {v for (v,) in conn.execute(
            "SELECT DISTINCT created_at FROM voter_receipts WHERE round_id = ?", (round_id,))}
        assert len(receipt_times) <= 1  # the register keeps no time of voting (none: phones)
        audit = conn.execute(
            "SELECT action, details, entity_uid FROM audit_log WHERE round_id = ? "
            "AND action LIKE 'ballot.%'", (round_id,)).fetchall()
        assert audit and set(audit) == {("ballot.received", "{}", None)}
    finally:
        conn.close()


def _stale_uids(path: Path) -> set[bytes]:
    """Uids in the file's bytes that no live row has: leftovers of earlier layouts."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        live: set[bytes] = set()
        for (table,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%uid%'"):
            live |= {u.encode() for (u,) in conn.execute(f'SELECT uid FROM "{table}"')}
    finally:
        conn.close()
    return set(UUID.findall(path.read_bytes())) - live


def _attack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
            leaky: bool) -> dict[str, Score]:
    rng = random.Random(451)  # the test's data only: who votes when, and how
    if leaky:  # the control: ballots kept in the order they came, keys and uids counting up
        keys = itertools.count(1)
        monkeypatch.setattr(ballot_box, "_shuffle", lambda urn: None)
        monkeypatch.setattr(ballot_box, "_random_key", lambda: next(keys))
        monkeypatch.setattr(ballot_box, "new_uid",
                            lambda: str(uuid.UUID(int=next(keys), version=4)))
    path = tmp_path / "Secret vote.cluster"
    ws = create_workspace(path, "Coopérative secrète")
    with ws.session() as s:
        workshop = create_workshop(s, "Vote secret")
        members = [add_member(s, {"name": f"Membre {i:02d} Éloïse",
                                  "member_type": "firm" if i % 3 else "academic",
                                  "vote_weight": 1 + i % 4}) for i in range(N)]
        add_attendees(s, workshop.id, members, role="voter")
        priorities = [add_priority(s, workshop.id, f"Priorité {k}").id for k in range(5)]
        info = voting.create_round(s, workshop.id, priorities, "borda", anonymity="secret")
    options = [o.id for o in info.options]
    order = rng.sample(members, N)  # the order the attacker saw them vote in
    truth = rng.sample(list(itertools.permutations(range(1, 6))), N)  # each ballot unique
    snapshot = tmp_path / "attacker copy"
    for i, member in enumerate(order):
        if i == N // 2:  # the app is closed and opened again half way
            ws.close()
            ws = open_workspace(path)
            assert ws.backup_path is None and "secret round is open" in ws.backup_skipped
            with pytest.raises(WorkspaceError, match="Close the round first"):
                ws.save_copy(tmp_path / "copy while open.cluster")
            assert not (tmp_path / "copy while open.cluster").exists()
        source = "paper" if i == 7 else ("kiosk" if i % 2 else "grid")  # one paper voter
        with ws.session() as s:
            voting.record_ballot(s, info.id, dict(zip(options, truth[i], strict=True)),
                                 voter_id=member, source=source,
                                 entered_by="kiosk" if source == "kiosk" else "Marie")
        assert wal_frames(path.with_name(path.name + "-wal")) == 0  # nothing left in the WAL
        if i == 29:  # the attacker copies the file, its WAL and shm while the app is open
            snapshot.mkdir()
            for suffix in ("", "-wal", "-shm"):
                source_file = path.with_name(path.name + suffix)
                if source_file.exists():
                    shutil.copy(source_file, snapshot / source_file.name)
    with ws.session() as s:
        voting.close_round(s, info.id)
        assert voting.round_progress(s, info.id).ballots == N
        export_workshop(s, tmp_path / "results.xlsx", workshop.id)
        export_workshop(s, tmp_path / "report.pdf", workshop.id)
    ws.close()
    ws = open_workspace(path)  # the round is closed: this opening makes a backup again
    assert ws.backup_path is not None
    ws.close()

    # 1. the final file: every ordering of its ballots, and what the rows say
    results = {f"final file, {k}": _score(v, truth) for k, v in _orders(path, info.id).items()}
    _assert_nothing_describes_a_ballot(path, info.id)
    assert _stale_uids(path) == set()  # secure_delete: no earlier layout left in free space
    # 2. the copy taken at ballot 30, WAL included (checkpointed, so it is empty)
    copy = snapshot / path.name
    assert wal_frames(snapshot / (path.name + "-wal")) == 0
    for name, guess in _orders(copy, info.id).items():
        assert len(guess) == 30
        results[f"copy at ballot 30, {name}"] = _score(guess, truth[:30])
    # 3. backups: none may hold part of the round (two would split it into groups)
    backups = sorted(backups_dir().rglob("*.cluster"))
    assert backups
    for backup in backups:
        held = len(_contents(backup, info.id))
        assert held in (0, N), f"{backup.name} holds {held} of the {N} secret ballots"
        if held:
            for name, guess in _orders(backup, info.id).items():
                results[f"backup {backup.name}, {name}"] = _score(guess, truth)
    # 4. the workbook's ballot matrix, row by row
    sheet = load_workbook(tmp_path / "results.xlsx", read_only=True)["Ballots"]
    rows = [r for r in sheet.iter_rows(values_only=True)
            if r and isinstance(r[0], str) and r[0].startswith("Voter ")]
    assert len(rows) == N
    results["workbook ballot rows"] = _score(
        [tuple(int(v) for v in r[1:6]) for r in rows], truth)

    assert len(results) >= 20  # every way above was really tried
    return results


@pytest.mark.slow
def test_forty_secret_ballots_cannot_be_linked_to_their_voters(tmp_path, monkeypatch):
    results = _attack(tmp_path, monkeypatch, leaky=False)
    ordered = {name: s.tau for name, s in results.items() if abs(s.tau) > TAU_LIMIT}
    assert not ordered, f"orderings that follow the voting order: {ordered}"
    linked = {name: s.links for name, s in results.items() if s.links > MOST_LINKS}
    assert not linked, f"ballots linked beyond chance: {linked}"
    mean = sum(s.links for s in results.values()) / len(results)
    assert mean <= MEAN_LINKS, f"{mean:.2f} ballots linked per ordering on average"


@pytest.mark.slow
def test_the_attack_finds_a_leak_when_there_is_one(tmp_path, monkeypatch):
    results = _attack(tmp_path, monkeypatch, leaky=True)
    assert results["final file, ballots ordered by id"] == Score(N, 1.0)
    strong = ("ordered by id", "cell offsets in ballots", "cell offsets in ix_ballots_round_id",
              "cell offsets in sqlite_autoindex_ballots_1")
    seen = 0
    for name, score in results.items():
        if name == "workbook ballot rows" or any(
                t in name for t in ("ordered by uid", "created_at", "updated_at")):
            continue  # rows sorted by their numbers; one time for all; uids of keys
        # every page reader sees the leak; the table's own pages and the round's
        # index show the whole order of writing, in the file, the copy and the backup
        assert score.tau > 0.2, f"{name} missed the leak: {score}"
        if any(name.endswith(s) for s in strong):
            assert score == Score(score.links, 1.0) and score.links >= 30, (name, score)
            seen += 1
    assert seen >= 12


def test_the_register_and_the_urn_always_agree(tmp_path):
    """Whatever the mix of channels, every secret ballot has one member on the
    register and nobody is on it twice."""
    ws = create_workspace(tmp_path / "w.cluster")
    with ws.session() as s:
        workshop = create_workshop(s, "Vote")
        members = [add_member(s, {"name": f"M{i}"}) for i in range(6)]
        add_attendees(s, workshop.id, members, role="voter")
        priorities = [add_priority(s, workshop.id, f"P{k}").id for k in range(3)]
        info = voting.create_round(s, workshop.id, priorities, "approval", anonymity="secret")
    a, b, c = (o.id for o in info.options)
    for member, source in zip(members[:4], ("kiosk", "grid", "paper", "import"), strict=True):
        with ws.session() as s:
            voting.record_ballot(s, info.id, {a: 1, b: 0, c: 1}, voter_id=member, source=source)
    for member, source in itertools.product(members[:4], ("kiosk", "grid", "paper")):
        with ws.session() as s, pytest.raises(voting.BallotRejected, match="already voted"):
            voting.record_ballot(s, info.id, {a: 1}, voter_id=member, source=source)
    with ws.session() as s, pytest.raises(Exception, match="Say who handed in"):
        voting.record_ballot(s, info.id, {a: 1}, voter_id=None, source="paper")
    with ws.session() as s:
        progress = voting.round_progress(s, info.id)
        waiting = {v.member_id for v in voting.not_voted(s, info.id)}
    assert (progress.ballots, progress.voted, progress.voters) == (4, 4, 6)
    assert waiting == set(members[4:])
    ws.close()
