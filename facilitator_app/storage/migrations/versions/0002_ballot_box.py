"""The ballot box: frozen voter type on ballots, secret rounds scrubbed (issue 14).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29

- ``ballots.voter_type``: the member type a voter had when the ballot was
  cast, so later roster edits do not move past results between views. Named
  and anonymous ballots get their voter's type as it is now (the best that
  can be known); secret ballots have none.
- Secret rounds keep nothing that describes or orders a ballot: every secret
  ballot and its entries are written again in a random order under fresh
  random keys, with one constant source (``urn``), no weight, no author and
  the round's lock time as their only time; the register (``voter_receipts``)
  of a secret round loses its times too; audit entries of secret ballots
  become "a ballot was received" with no details; secret rounds stop using
  vote weights (a unique weight would name its holder).

Only ALTER TABLE ADD COLUMN and row updates: no table is rebuilt, and every
table keeps its number of rows.
"""

import json
import random
import secrets
import uuid
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.engine import Connection

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

URN_SOURCE = "urn"


def _random_key(used: set[int]) -> int:
    while True:
        key = secrets.randbelow(2**62) + 1
        if key not in used:
            used.add(key)
            return key


def upgrade() -> None:
    op.add_column("ballots", sa.Column("voter_type", sa.String(length=40), nullable=True))
    conn = op.get_bind()
    conn.execute(sa.text(
        "UPDATE ballots SET voter_type = "
        "(SELECT member_type FROM members WHERE members.id = ballots.voter_id) "
        "WHERE voter_id IS NOT NULL"))
    rounds = conn.execute(sa.text(
        "SELECT id, COALESCE(locked_at, created_at) FROM vote_rounds "
        "WHERE anonymity = 'secret'")).all()
    shuffle = random.SystemRandom().shuffle
    used_ballots = set(conn.execute(sa.text("SELECT id FROM ballots")).scalars())
    used_entries = set(conn.execute(sa.text("SELECT id FROM ballot_entries")).scalars())
    used_receipts = set(conn.execute(sa.text("SELECT id FROM voter_receipts")).scalars())
    for round_id, stamp in rounds:
        _scrub_round(conn, round_id, stamp, shuffle, used_ballots, used_entries, used_receipts)
    # a bound boolean: SQLite stores 0, PostgreSQL refuses an integer for a boolean
    conn.execute(sa.text("UPDATE vote_rounds SET use_weights = :no WHERE anonymity = 'secret'")
                 .bindparams(sa.bindparam("no", False, type_=sa.Boolean())))


def _scrub_round(conn: Connection, round_id: int, stamp: object,
                 shuffle: Callable[[list[Any]], None], used_ballots: set[int],
                 used_entries: set[int], used_receipts: set[int]) -> None:
    params = {"r": round_id}
    ballots = conn.execute(sa.text(
        "SELECT id FROM ballots WHERE round_id = :r AND source != 'hands'"), params).scalars().all()
    entries: dict[int, list[tuple[Any, ...]]] = {b: [] for b in ballots}
    for ballot_id, option_id, value, value2 in conn.execute(sa.text(
            "SELECT e.ballot_id, e.option_id, e.value, e.value2 FROM ballot_entries e "
            "JOIN ballots b ON b.id = e.ballot_id WHERE b.round_id = :r "
            "AND b.source != 'hands'"), params):
        entries[ballot_id].append((option_id, value, value2))
    if ballots:
        conn.execute(sa.text(
            "DELETE FROM ballot_entries WHERE ballot_id IN "
            "(SELECT id FROM ballots WHERE round_id = :r AND source != 'hands')"), params)
        conn.execute(sa.text(
            "DELETE FROM ballots WHERE round_id = :r AND source != 'hands'"), params)
    contents = list(entries.values())
    shuffle(contents)
    ballot_rows: list[dict[str, Any]] = []
    entry_rows: list[dict[str, Any]] = []
    for values in contents:
        ballot_id = _random_key(used_ballots)
        ballot_rows.append({"id": ballot_id, "uid": str(uuid.uuid4()), "t": stamp,
                            "r": round_id, "source": URN_SOURCE})
        entry_rows += [{"id": _random_key(used_entries), "uid": str(uuid.uuid4()), "t": stamp,
                        "b": ballot_id, "o": option_id, "v": value, "v2": value2}
                       for option_id, value, value2 in values]
    # one statement for many rows each (executemany): few steps a kill can fall between
    if ballot_rows:
        conn.execute(sa.text(
            "INSERT INTO ballots (id, uid, created_at, updated_at, round_id, voter_id, "
            "voter_type, source, entered_by, entered_at, weight) VALUES "
            "(:id, :uid, :t, :t, :r, NULL, NULL, :source, '', NULL, 1.0)"), ballot_rows)
    if entry_rows:
        conn.execute(sa.text(
            "INSERT INTO ballot_entries (id, uid, created_at, updated_at, ballot_id, "
            "option_id, value, value2) VALUES (:id, :uid, :t, :t, :b, :o, :v, :v2)"),
            entry_rows)
    members = sorted(conn.execute(sa.text(
        "SELECT member_id FROM voter_receipts WHERE round_id = :r"), params).scalars())
    conn.execute(sa.text("DELETE FROM voter_receipts WHERE round_id = :r"), params)
    if members:
        conn.execute(sa.text(
            "INSERT INTO voter_receipts (id, uid, created_at, updated_at, round_id, member_id) "
            "VALUES (:id, :uid, :t, :t, :r, :m)"),
            [{"id": _random_key(used_receipts), "uid": str(uuid.uuid4()), "t": stamp,
              "r": round_id, "m": member_id} for member_id in members])
    conn.execute(sa.text(
        "UPDATE audit_log SET action = 'ballot.received', details = :d, entity_uid = NULL "
        "WHERE round_id = :r AND action IN ('ballot.created', 'ballot.cast', 'ballot.received')"),
        {"r": round_id, "d": json.dumps({})})


def downgrade() -> None:
    op.drop_column("ballots", "voter_type")
