"""A planned workshop becomes held once its vote begins, whatever the channel;
a status the facilitator chose is left alone."""

from __future__ import annotations

import pytest

from facilitator_app.services import priorities as priority_service
from facilitator_app.services import voting
from facilitator_app.services.attendance import add_attendees
from facilitator_app.services.roster import add_member
from facilitator_app.services.workshops import (
    create_workshop,
    mark_held,
    update_workshop,
    workshop_summary,
)
from facilitator_app.services.workspaces import create_workspace


@pytest.fixture
def ws(tmp_path):
    workspace = create_workspace(tmp_path / "held.cluster")
    yield workspace
    workspace.close()


def a_workshop(s, title="Journée de vote"):
    workshop = create_workshop(s, title)
    voters = [add_member(s, {"name": f"Coopérative {n}", "member_type": "firm"})
              for n in range(3)]
    add_attendees(s, workshop.id, voters, role="voter")
    options = [priority_service.add_priority(s, workshop.id, t).id
               for t in ("Séchoir solaire", "Marque commune", "Festival")]
    return workshop.id, voters, options


def status(s, workshop_id) -> str:
    return workshop_summary(s, workshop_id).status


@pytest.mark.parametrize("anonymity", ["named", "anonymous", "secret"])
def test_the_first_ballot_makes_a_planned_workshop_held(ws, anonymity):
    with ws.session() as s:
        workshop_id, voters, options = a_workshop(s)
        info = voting.create_round(s, workshop_id, options, "approval", anonymity=anonymity)
        assert status(s, workshop_id) == "planned"  # a round alone is not a vote
    with ws.session() as s:
        round_options = [o.id for o in voting.get_round(s, info.id).options]
        voting.record_ballot(s, info.id, {round_options[0]: 1}, voter_id=voters[0])
    with ws.session() as s:
        assert status(s, workshop_id) == "held"


def test_a_show_of_hands_makes_it_held_too(ws):
    with ws.session() as s:
        workshop_id, _voters, options = a_workshop(s)
        info = voting.create_round(s, workshop_id, options, "dots")
        voting.record_hands(s, info.id, {info.options[0].id: 5})
        assert status(s, workshop_id) == "held"


def test_closing_a_round_with_votes_catches_up_and_an_empty_one_does_not(ws):
    with ws.session() as s:
        workshop_id, voters, options = a_workshop(s)
        empty = voting.create_round(s, workshop_id, options, "approval")
        voting.close_round(s, empty.id)
        assert status(s, workshop_id) == "planned"  # nobody voted: not held
        voted = voting.create_round(s, workshop_id, options, "approval")
        voting.record_ballot(s, voted.id, {voted.options[0].id: 1}, voter_id=voters[0])
        # a workspace from before this rule: votes in, status still planned
        update_workshop(s, workshop_id, status="planned")
        voting.close_round(s, voted.id)
        assert status(s, workshop_id) == "held"


def test_a_status_the_facilitator_set_back_is_kept_for_the_same_round(ws):
    with ws.session() as s:
        workshop_id, voters, options = a_workshop(s)
        info = voting.create_round(s, workshop_id, options, "approval")
        voting.record_ballot(s, info.id, {info.options[0].id: 1}, voter_id=voters[0])
        update_workshop(s, workshop_id, status="planned")  # the facilitator's choice
        voting.record_ballot(s, info.id, {info.options[1].id: 1}, voter_id=voters[1])
        assert status(s, workshop_id) == "planned"
        assert not mark_held(s, 999_999)  # no such workshop: nothing to do
