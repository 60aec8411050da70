"""The room server end to end on 127.0.0.1: join, code, ballot, review, cast,
"your vote is recorded", change of mind; every method's ballot page; the
JSON endpoints."""

from __future__ import annotations

import ipaddress
import json

import pytest

from facilitator_app.core.errors import UserError
from facilitator_app.services import voting
from facilitator_app.services.room.server import RoomServer, check_bind_address, local_addresses
from tests.room_client import Phone
from tests.room_setup import serving, voting_workshop
from tests.security.sqlite_pages import wal_frames


@pytest.fixture
def hall(tmp_path):
    ws, workshop_id, _members, priorities = voting_workshop(
        tmp_path / "w.cluster", "Coopérative du Cacao", "Atelier d'été",
        [f"Membre {i} Éloïse" for i in range(6)],
        ["Marché à l'export", "Formation <qualité>", "Séchage solaire", "Label bio"])
    with serving(ws, workshop_id, priorities) as serve:
        yield ws, serve
    ws.close()


def test_a_phone_votes_sees_it_recorded_and_changes_its_mind(hall):
    ws, serve = hall
    server, info, issued = serve("borda", "named")
    ids = [o.id for o in info.options]
    phone = Phone(server.url)
    page = phone.get("/")
    assert page.status == 200 and "Your voting code" in page.text
    assert "Coopérative du Cacao" in page.text and "Named vote" in page.text
    ballot = phone.post("/code", {"code": issued[0].code.lower()})
    assert "Voting as" in ballot.text and issued[0].name in ballot.text
    assert "Formation &lt;qualité&gt;" in ballot.text  # escaped, accents as typed
    review = phone.post("/review", {f"o{ids[2]}": "1", f"o{ids[0]}": "2"})
    assert "Check your vote" in review.text
    assert review.text.index("Séchage solaire") < review.text.index("Marché à l&#x27;export")
    done = phone.post("/cast", {})
    assert "Your vote is recorded." in done.text and "Change my vote" in done.text
    with ws.session() as s:
        [ballot_info] = voting.ballots(s, info.id)
    assert ballot_info.source == "phone" and ballot_info.voter_id == issued[0].member_id
    assert ballot_info.values == {ids[2]: 1.0, ids[0]: 2.0}
    # change of mind: the same phone sends a new ballot
    again = phone.post("/change", {})
    assert "You have voted already" in again.text and 'value="1" selected' in again.text
    phone.post("/review", {f"o{ids[3]}": "1"})
    assert "Your new vote is recorded." in phone.post("/cast", {}).text
    with ws.session() as s:
        [ballot_info] = voting.ballots(s, info.id)
        assert voting.round_progress(s, info.id).voted == 1
    assert ballot_info.values == {ids[3]: 1.0}


def test_problems_are_shown_next_to_their_field_and_nothing_is_cast(hall):
    ws, serve = hall
    server, info, issued = serve("dots", "anonymous", budget=4, max_per_option=3)
    ids = [o.id for o in info.options]
    phone = Phone(server.url)
    phone.get("/")
    page = phone.post("/code", {"code": issued[1].code})
    assert "You have 4 dots" in page.text and "At most 3 on one priority" in page.text
    bad = phone.post("/review", {f"o{ids[0]}": "3", f"o{ids[1]}": "2"})
    assert bad.status == 422 and "the budget is 4" in bad.text
    assert '<option value="3" selected>' in bad.text  # what was chosen stays chosen
    ok = phone.post("/review", {f"o{ids[0]}": "3", f"o{ids[1]}": "1"})
    assert "3 dots" in ok.text and "1 dot<" in ok.text
    with ws.session() as s:
        assert voting.round_progress(s, info.id).ballots == 0
    phone.post("/cast", {})
    with ws.session() as s:
        assert voting.round_progress(s, info.id).ballots == 1


@pytest.mark.parametrize(("method", "params", "expected"), [
    ("borda", {}, ["1st choice", "4th choice", "Not ranked"]),
    ("irv", {}, ["1st choice"]),
    ("schulze", {}, ["2nd choice"]),
    ("copeland", {}, ["3rd choice"]),
    ("approval", {}, ['type="checkbox"', "I approve"]),
    ("dots", {"budget": 6}, ["You have 6 dots", "6 dots"]),
    ("score", {"scale_min": 0, "scale_max": 10}, ['value="10"', "from 0 (lowest) to 10"]),
    ("score", {"scale_min": 1, "scale_max": 5, "two_criteria": True},
     ["Impact (1 low", "Feasibility (1 hard", 'name="f']),
    ("gradients", {}, ["1 · Whole-hearted endorsement", "4 · Abstain", "7 · Block",
                       "6 · Disagree but will not block"]),
])
def test_every_method_has_its_ballot_page(hall, method, params, expected):
    _ws, serve = hall
    server, _info, issued = serve(method, "named", **params)
    phone = Phone(server.url)
    phone.get("/")
    page = phone.post("/code", {"code": issued[0].code})
    for text in expected:
        assert text in page.text, text


def test_a_secret_ballot_leaves_nothing_on_the_phone(hall):
    ws, serve = hall
    server, info, issued = serve("gradients", "secret")
    assert all(i.name is None for i in issued)
    ids = [o.id for o in info.options]
    phone = Phone(server.url)
    assert "Secret vote" in phone.get("/").text
    page = phone.post("/code", {"code": issued[0].code})
    assert "Review my vote" in page.text and "Voting as" not in page.text
    phone.post("/review", {f"o{i}": "2" for i in ids})
    done = phone.post("/cast", {})
    assert "Your vote is recorded." in done.text
    assert "Change my vote" not in done.text and "2 · Agreement" not in done.text
    assert wal_frames(ws.path.with_name(ws.path.name + "-wal")) == 0  # checkpointed
    assert "Change my vote" not in phone.get("/ballot").text
    # the same code again, from this phone or another
    other = Phone(server.url)
    other.get("/")
    again = other.post("/code", {"code": issued[0].code})
    assert again.status == 403 and "already been used" in again.text
    with ws.session() as s:
        progress = voting.round_progress(s, info.id)
    assert (progress.ballots, progress.voted) == (1, 1)


def test_the_json_endpoints(hall):
    _ws, serve = hall
    server, info, issued = serve("borda", "secret")
    ids = [o.id for o in info.options]
    phone = Phone(server.url)
    status = json.loads(phone.get("/api/status").text)
    assert status == {"open": True, "round": info.title, "method": "borda", "voted": 0,
                      "voters": 6}
    phone.get("/")
    page = phone.post("/code", {"code": issued[0].code})
    checked = phone.post("/api/check", {f"o{ids[0]}": "1", f"o{ids[1]}": "1"}, page.csrf)
    answer = json.loads(checked.text)
    assert answer["ok"] is False and set(answer["problems"]) == {str(ids[0]), str(ids[1])}
    fine = json.loads(phone.post("/api/check", {f"o{ids[0]}": "1"}, page.csrf).text)
    assert fine == {"ok": True, "problems": {}}
    assert "application/json" in phone.last.headers["content-type"]


def test_it_never_listens_for_a_closed_round_nor_on_every_address(hall):
    ws, serve = hall
    _server, info, _issued = serve()
    with ws.session() as s:
        voting.close_round(s, info.id)
    with pytest.raises(UserError, match="closed"):
        RoomServer(ws, info.id, "127.0.0.1", 0).start()
    with pytest.raises(UserError, match="not every"):
        RoomServer(ws, info.id, "0.0.0.0", 0)
    with pytest.raises(UserError, match="not an IP address"):
        RoomServer(ws, info.id, "example.org", 0)
    with pytest.raises(UserError, match="reached from the internet"):
        RoomServer(ws, info.id, "8.8.8.8", 0)
    assert check_bind_address("192.168.137.1") == "192.168.137.1"  # a hotspot's
    assert check_bind_address("10.42.0.1") == "10.42.0.1"
    assert "127.0.0.1" in local_addresses()
    assert not any(ipaddress.ip_address(a).is_global for a in local_addresses())
