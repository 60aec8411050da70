"""The demo workspace: a Caribbean agri-business cluster after a workshop day.

The content is data (``resources/demo/demo_workspace.json``); this module
only turns it into records. It writes through the storage models directly;
as feature services land they take over the parts they own.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from facilitator_app.paths import get_asset
from facilitator_app.services import audit
from facilitator_app.services.profile import update_profile
from facilitator_app.storage.models import (
    Attendance,
    Ballot,
    BallotEntry,
    Member,
    Priority,
    RoundOption,
    SwotItem,
    TowsLink,
    TowsStrategy,
    VoteRound,
    VoterReceipt,
    Workshop,
)
from facilitator_app.storage.workspace import Workspace


def demo_data() -> dict:
    return json.loads(get_asset("demo", "demo_workspace.json").read_text(encoding="utf-8"))


def create_demo(path: str | Path) -> Workspace:
    """Create a new workspace at ``path`` filled with the demo content."""
    from facilitator_app.services.workspaces import create_workspace

    ws = create_workspace(path)
    try:
        fill_demo(ws)
    except BaseException:
        ws.close()
        Path(path).unlink(missing_ok=True)
        raise
    return ws


def fill_demo(ws: Workspace) -> None:
    data = demo_data()
    with ws.session() as s:
        update_profile(s, **data["profile"])
        members = []
        for raw in data["members"]:
            fields = dict(raw)
            fields["join_date"] = date.fromisoformat(fields["join_date"])
            members.append(Member(**fields))
        s.add_all(members)
        w = data["workshop"]
        workshop = Workshop(
            title=w["title"],
            date=date.fromisoformat(w["date"]),
            venue=w["venue"],
            facilitator=w["facilitator"],
            status=w["status"],
            notes=w["notes"],
            swot_template_id=w["swot_template_id"],
        )
        s.add(workshop)
        s.flush()
        for idx in data["attendance"]["voters"]:
            s.add(Attendance(workshop_id=workshop.id, member_id=members[idx].id, role="voter"))
        for idx in data["attendance"]["observers"]:
            s.add(Attendance(workshop_id=workshop.id, member_id=members[idx].id, role="observer"))

        items: dict[str, list[SwotItem]] = {}
        for quadrant, texts in data["swot"].items():
            dots = data["swot_dots"][quadrant]
            items[quadrant] = [
                SwotItem(
                    workshop_id=workshop.id, quadrant=quadrant, text=t, position=i, dots=dots[i]
                )
                for i, t in enumerate(texts)
            ]
            s.add_all(items[quadrant])
        strategies = []
        for i, raw in enumerate(data["tows"]):
            strategy = TowsStrategy(
                workshop_id=workshop.id, kind=raw["kind"], text=raw["text"], position=i
            )
            s.add(strategy)
            strategies.append((strategy, raw["items"]))
        s.flush()
        for strategy, refs in strategies:
            for quadrant, index in refs:
                s.add(TowsLink(strategy_id=strategy.id, item_id=items[quadrant][index].id))

        priorities = []
        for i, raw in enumerate(data["priorities"]):
            p = Priority(
                workshop_id=workshop.id,
                title=raw["title"],
                category=raw["category"],
                position=i,
                source_kind=raw["source"],
            )
            if raw["source"] == "tows":
                p.source_tows_id = strategies[raw["ref"]][0].id
            elif raw["source"] == "swot":
                quadrant, index = raw["ref"]
                p.source_swot_id = items[quadrant][index].id
            priorities.append(p)
        s.add_all(priorities)
        s.flush()

        voters = [members[idx] for idx in data["attendance"]["voters"]]
        start = datetime.combine(workshop.date, datetime.min.time(), UTC) + timedelta(hours=15)
        previous = None
        for number, raw in enumerate(data["rounds"], start=1):
            rnd = VoteRound(
                workshop_id=workshop.id,
                number=number,
                title=raw["title"],
                method=raw["method"],
                params=json.dumps(raw.get("params", {})),
                anonymity=raw["anonymity"],
                status="closed",
                previous_round_id=previous.id if previous else None,
                locked_at=start,
                closed_at=start + timedelta(minutes=40),
            )
            s.add(rnd)
            s.flush()
            audit.record(s, "round.opened", entity="round", entity_uid=rnd.uid,
                         workshop_id=workshop.id, round_id=rnd.id, actor=w["facilitator"])
            options = [
                RoundOption(round_id=rnd.id, priority_id=priorities[p].id, position=j)
                for j, p in enumerate(raw["options"])
            ]
            s.add_all(options)
            s.flush()
            secret = raw["anonymity"] == "secret"
            for k, (voter, values) in enumerate(zip(voters, raw["ballots"], strict=True)):
                ballot = Ballot(
                    round_id=rnd.id,
                    voter_id=None if secret else voter.id,
                    source=raw["source"],
                    entered_by="voter",
                    entered_at=None if secret else start + timedelta(minutes=k),
                )
                s.add(ballot)
                s.flush()
                s.add(VoterReceipt(round_id=rnd.id, member_id=voter.id))
                for option, value in zip(options, values, strict=True):
                    if value is not None:
                        s.add(BallotEntry(ballot_id=ballot.id, option_id=option.id, value=value))
                audit.record(s, "ballot.cast", entity="ballot",
                             entity_uid=None if secret else ballot.uid,
                             workshop_id=workshop.id, round_id=rnd.id, actor="kiosk")
            audit.record(s, "round.closed", entity="round", entity_uid=rnd.uid,
                         workshop_id=workshop.id, round_id=rnd.id, actor=w["facilitator"])
            previous = rnd
            start += timedelta(minutes=50)
