"""The voter codes' key lives outside the workspace (issue 16, review).

The attacker holds the workspace file, its write-ahead log and its backups,
and nothing else from the laptop. Before, a code's hash was keyed by the
round's uid, which is in the file: 21**6 codes could be tried offline in
minutes. Now the key is a random 256-bit secret in the app's user data
folder: nothing in those bytes keys the stored hashes, a brute force over
the codes with everything the file holds finds nothing (the same brute
force with the key finds the code: the control), and once the key is gone
(the round closed, or another computer) the codes are dead.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import os
import re
import shutil
import stat
import sys

import pytest
from sqlalchemy import select

from facilitator_app.services import voting
from facilitator_app.services.attendance import add_attendees
from facilitator_app.services.priorities import add_priority
from facilitator_app.services.room import codes, keys, phone
from facilitator_app.services.roster import add_member
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.storage import backups
from facilitator_app.storage.models import VoterCode
from facilitator_app.storage.workspace import open_workspace

UUID = re.compile(rb"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                  rb"[0-9a-fA-F]{12}")
TOKEN = re.compile(rb"[A-Za-z0-9+/=_.:-]{6,}")


@pytest.fixture
def hall(tmp_path):
    path = tmp_path / "Hall.cluster"
    ws = create_workspace(path, "Coopérative")
    with ws.session() as s:
        workshop = create_workshop(s, "Atelier")
        members = [add_member(s, {"name": f"Membre {i} Éloïse"}) for i in range(6)]
        add_attendees(s, workshop.id, members, role="voter")
        priorities = [add_priority(s, workshop.id, f"Priorité {k}").id for k in range(3)]
        named = voting.create_round(s, workshop.id, priorities, "borda", anonymity="named")
        secret = voting.create_round(s, workshop.id, priorities, "borda", anonymity="secret")
    yield ws, path, named, secret, members
    ws.close()


def _hashes(ws, round_id: int) -> set[str]:
    with ws.session() as s:
        return set(s.scalars(select(VoterCode.code_hash).where(VoterCode.round_id == round_id)))


def _what_the_attacker_holds(path, backup) -> bytes:
    held = path.read_bytes() + backup.read_bytes()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        held += wal.read_bytes()
    return held


def _candidate_keys(held: bytes) -> set[bytes]:
    """Everything in the bytes that could be a key: every word of text (the
    uids, the old key among them, as text and as raw bytes) and every run of
    32 bytes at every offset (a binary key stored anywhere)."""
    found: set[bytes] = set()
    for match in itertools.chain(UUID.finditer(held), TOKEN.finditer(held)):
        word = match.group()
        found.add(word)
        for part in re.split(rb"[^A-Za-z0-9-]", word):
            if len(part) >= 6:
                found.add(part)
                if re.fullmatch(rb"[0-9a-fA-F]{64}", part):
                    found.add(bytes.fromhex(part.decode()))
    found.update(held[i:i + 32] for i in range(len(held) - 31))
    return found


def _hmac(key: bytes, code: str) -> str:
    return hmac.digest(key, code.encode(), hashlib.sha256).hex()


def test_the_workspace_and_its_backups_do_not_give_the_codes_away(hall):
    ws, path, named, secret, _members = hall
    with ws.session() as s:
        named_codes = [c.code.replace("-", "") for c in codes.issue_codes(s, named.id)]
        secret_codes = [c.code.replace("-", "") for c in codes.issue_codes(s, secret.id)]
    backup = backups.make_backup(path, reason="test")
    held = _what_the_attacker_holds(path, backup)
    stored = _hashes(ws, named.id) | _hashes(ws, secret.id)
    assert len(stored) == 12 and all(h.encode() in held for h in stored)
    for info in (named, secret):
        key = keys.read_key(info.uid)
        assert key is not None
        for form in (key, key.hex().encode(), key.hex().upper().encode(),
                     base64.b64encode(key), base64.urlsafe_b64encode(key)):
            assert form not in held  # the key is nowhere in what the attacker holds
        assert info.uid.encode() in held  # what the hashes were keyed with before

    # 1. no key found in the file makes a known code's stored hash
    candidates = _candidate_keys(held)
    assert len(candidates) > 10_000
    stored_raw = {bytes.fromhex(h) for h in stored}
    for code in (named_codes[0].encode(), secret_codes[0].encode()):
        assert not any(hmac.digest(c, code, "sha256") in stored_raw for c in candidates)
    # the old keying (the round's uid) in particular
    assert _hmac(named.uid.encode(), named_codes[0]) not in stored

    # 2. a brute force over the codes with every uid in the file (the kind of
    # key the hashes had before) finds nothing, even told the first four
    # characters of two codes, and with the round's own uid over the three last
    # characters of every code; with the key the same search finds both codes
    # (the control: the search itself works)
    uids = {c for c in candidates if UUID.fullmatch(c)}
    assert named.uid.encode() in uids and secret.uid.encode() in uids and len(uids) > 20

    def brute_force(key: bytes, heads: list[str], n: int) -> set[str]:
        tails = ("".join(t) for t in itertools.product(codes.ALPHABET, repeat=n))
        return {head + tail for tail in tails for head in heads
                if hmac.digest(key, (head + tail).encode(), "sha256") in stored_raw}

    heads = [c[:4] for c in named_codes[:2]]
    for uid in uids:
        assert not brute_force(uid, heads, 2)
    assert not brute_force(named.uid.encode(), [c[:3] for c in named_codes], 3)
    assert brute_force(keys.read_key(named.uid), heads, 2) == set(named_codes[:2])

    # 3. the key removed (the round closed, or the file read on another
    # computer): the codes are dead, and the phone says why
    keys.delete_key(named.uid)
    with ws.session() as s:
        assert codes.codes_elsewhere(s, named.id)
        with pytest.raises(phone.CodeRefused, match="issued on another computer") as refused:
            phone.sign_in(s, named.id, named_codes[0])
        assert not refused.value.guess
        assert codes.code_counts(s, named.id).elsewhere


def test_the_key_is_the_owners_only_outside_the_workspace_and_dies_with_the_round(
        hall, tmp_path):
    ws, path, named, secret, _members = hall
    with ws.session() as s:
        codes.issue_codes(s, named.id)
        codes.issue_codes(s, secret.id)
    home = keys.key_folder()
    key_file = keys.key_path(named.uid)
    assert key_file.parent == home and home.parent == tmp_path.parent / home.parent.name
    assert os.environ["FACILITATOR_APP_HOME"] == str(home.parent)
    assert not key_file.is_relative_to(path.parent)
    if sys.platform != "win32":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(home.stat().st_mode) == 0o700
    with ws.session() as s:
        voting.close_round(s, named.id)
    assert not key_file.exists()
    with ws.session() as s:
        voting.delete_round(s, secret.id)
    assert not keys.key_path(secret.uid).exists()
    assert list(home.iterdir()) == []


def test_a_copy_of_the_workspace_on_another_computer_takes_none_of_its_codes(
        hall, tmp_path, monkeypatch):
    ws, _path, named, _secret, members = hall
    with ws.session() as s:
        issued = codes.issue_codes(s, named.id)
    copy = tmp_path / "elsewhere" / "Hall.cluster"
    copy.parent.mkdir()
    ws.save_copy(copy)
    # another computer: another user data folder, without this one's keys
    monkeypatch.setenv("FACILITATOR_APP_HOME", str(tmp_path / "other-laptop"))
    other = open_workspace(copy)
    try:
        with other.session() as s:
            for code in issued:
                with pytest.raises(phone.CodeRefused, match="issue new codes here"):
                    phone.sign_in(s, named.id, code.code)
            fresh = codes.reissue_code(s, named.id, members[0])
            # issuing here kills every code from the other computer and counts none of them
            counts = codes.code_counts(s, named.id)
            assert (counts.issued, counts.elsewhere) == (1, False)
            assert counts.members_without == len(members) - 1
            assert phone.sign_in(s, named.id, fresh.code).member_id == members[0]
            with pytest.raises(phone.CodeRefused, match="not valid for this round"):
                phone.sign_in(s, named.id, issued[1].code)
    finally:
        other.close()
    shutil.rmtree(copy.parent)
