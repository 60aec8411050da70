"""The demo workspace: a Caribbean agri-business cluster after a workshop day.

The content is data (``resources/demo/demo_workspace.json``); this module
only turns it into records. It writes through the storage models directly;
as feature services land they take over the parts they own.

In another language (``create_demo(path, lang="es")``) the workshop's
participants' language is set to it and the workshop's content (its title,
SWOT items, TOWS strategies, priorities, round titles, the decision
statement, the actions and their indicators, the cluster's sector and
description) comes from ``resources/demo/<lang>/demo_content.json``: the
English text -> its translation, written by the project. Names (members,
people, places) and figures stay as they are, so every language's demo has
the same members, rounds, ballots and results.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from facilitator_app.paths import get_asset
from facilitator_app.services.profile import update_profile
from facilitator_app.storage.models import (
    Attendance,
    Member,
    Priority,
    SwotItem,
    TowsLink,
    TowsStrategy,
    Workshop,
)
from facilitator_app.storage.workspace import Workspace

DEMO_LANGUAGES = ("en", "es", "fr", "nl", "ht")
"""The languages the demo can be made in (the participants' languages)."""


def demo_data(lang: str | None = None) -> dict[str, Any]:
    """The demo's content, in English or translated (:func:`demo_texts`)."""
    data: dict[str, Any] = json.loads(
        get_asset("demo", "demo_workspace.json").read_text(encoding="utf-8")
    )
    if lang and lang != "en":
        data = translate_demo(data, demo_texts(lang))
    return data


def demo_texts(lang: str) -> dict[str, str]:
    """English text -> its translation for the demo in ``lang``. A language's
    file may name a ``base`` language whose texts it completes (Haitian
    Creole: the participants' texts in Creole, the facilitator's in French)."""
    if lang not in DEMO_LANGUAGES:
        raise ValueError(f"no demo in the language {lang!r}")  # the CLI offers only these
    if lang == "en":
        return {}
    raw: dict[str, Any] = json.loads(
        get_asset("demo", lang, "demo_content.json").read_text(encoding="utf-8"))
    texts: dict[str, str] = demo_texts(raw["base"]) if raw.get("base") else {}
    texts.update(raw["texts"])
    return texts


def translatable_texts(data: dict[str, Any]) -> list[str]:
    """Every text of the demo that is translated (names and figures are not)."""
    found: list[str] = []
    translate_demo(data, {}, found)
    return found


def translate_demo(data: dict[str, Any], texts: dict[str, str],
                   seen: list[str] | None = None) -> dict[str, Any]:
    """A copy of the demo's content with its texts translated (those without
    a translation stay in English; a test holds every file complete)."""
    def tr(text: str) -> str:
        if seen is not None and text and text not in seen:
            seen.append(text)
        return texts.get(text, text)

    out: dict[str, Any] = json.loads(json.dumps(data))
    for key in ("sector", "description"):
        out["profile"][key] = tr(out["profile"][key])
    for key in ("title", "notes"):
        out["workshop"][key] = tr(out["workshop"][key])
    out["swot"] = {q: [tr(text) for text in items] for q, items in out["swot"].items()}
    for strategy in out["tows"]:
        strategy["text"] = tr(strategy["text"])
    for priority in out["priorities"]:
        priority["title"] = tr(priority["title"])
    for vote_round in out["rounds"]:
        vote_round["title"] = tr(vote_round["title"])
    out["decisions"]["statement"] = tr(out["decisions"]["statement"])
    for plan in out["decisions"]["plans"]:
        for action in plan["actions"]:
            action["title"] = tr(action["title"])
            action["notes"] = tr(action["notes"])
            for indicator in action["indicators"]:
                for key in ("name", "unit", "source"):
                    indicator[key] = tr(indicator[key])
    return out


def create_demo(path: str | Path, lang: str | None = None) -> Workspace:
    """Create a new workspace at ``path`` filled with the demo content (in
    ``lang``, with that participants' language, when given)."""
    from facilitator_app.services.workspaces import create_workspace

    if lang is not None:
        demo_texts(lang)  # an unknown language is refused before a file is made
    ws = create_workspace(path)
    try:
        fill_demo(ws, lang)
    except BaseException:
        ws.close()
        Path(path).unlink(missing_ok=True)
        raise
    return ws


def fill_demo(ws: Workspace, lang: str | None = None) -> None:
    """The demo's records; ``lang``: its content's and participants' language
    (None: the English demo, following the app's language)."""
    data = demo_data(lang)
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
            language=lang,
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

        s.flush()
        rounds = _demo_rounds(s, data, workshop.id, members, priorities)
        _demo_action_plan(s, data, workshop.date, rounds, members, priorities)


def _demo_rounds(
    s: Session, data: dict[str, Any], workshop_id: int, members: list[Member],
    priorities: list[Priority],
) -> list[int]:
    """The two closed rounds, cast through the voting service as on the kiosk,
    and an open one with no ballots yet (``"open": true``), ready for the kiosk
    and for phones (``facilitator-app room`` works on the demo as it is)."""
    from facilitator_app.services import voting

    facilitator = data["workshop"]["facilitator"]
    voter_ids = [members[idx].id for idx in data["attendance"]["voters"]]
    previous = None
    made: list[int] = []
    for raw in data["rounds"]:
        by_priority = [priorities[p].id for p in raw["options"]]
        if raw.get("open"):
            made.append(voting.create_round(
                s, workshop_id, by_priority, raw["method"], params=raw.get("params"),
                anonymity=raw["anonymity"], title=raw["title"],
                previous_round_id=previous.id if previous is not None else None,
                actor=facilitator).id)
            continue
        if previous is None:
            info = voting.create_round(
                s, workshop_id, by_priority, raw["method"], params=raw.get("params"),
                anonymity=raw["anonymity"], title=raw["title"], actor=facilitator)
        else:
            info, _note = voting.start_next_round(
                s, previous.id, rule="top_k", k=len(by_priority), method=raw["method"],
                anonymity=raw["anonymity"], params=raw.get("params"), actor=facilitator)
            voting.update_round(s, info.id, title=raw["title"], actor=facilitator)
        option_of = {o.priority_id: o.id for o in info.options}
        if set(option_of) != set(by_priority):
            raise RuntimeError("demo data: round options differ from the previous top")
        for voter_id, values in zip(voter_ids, raw["ballots"], strict=True):
            ballot = {option_of[p]: v for p, v in zip(by_priority, values, strict=True)}
            voting.record_ballot(s, info.id, ballot, voter_id=voter_id, source=raw["source"],
                                 entered_by="voter (kiosk)")
        previous = voting.close_round(s, info.id, actor=facilitator)
        made.append(previous.id)
    return made


def _when(spec: dict[str, Any] | None, workshop_day: date) -> date | None:
    """A demo date: ``{"after": "workshop" | "today", "days": n}``.

    Dates that must have passed (the late action's due date) count from the
    workshop, which is in the past; dates of actions still running count
    from the day the demo is made, so its plan never goes stale.
    """
    if spec is None:
        return None
    start = workshop_day if spec["after"] == "workshop" else date.today()
    return start + timedelta(days=int(spec["days"]))


def _demo_action_plan(
    s: Session, data: dict[str, Any], workshop_day: date | None, rounds: list[int],
    members: list[Member], priorities: list[Priority],
) -> None:
    """The decisions taken from the gradients round (every priority that
    reached consensus) and their action plans, through the decisions service."""
    from facilitator_app.services import decisions

    raw = data["decisions"]
    facilitator = data["workshop"]["facilitator"]
    day = workshop_day or date.today()
    adoption = decisions.adopt_consensus(s, rounds[raw["round"]], raw["statement"],
                                         actor=facilitator)
    by_priority = {d.priority_id: d.id for d in adoption.decisions}
    for plan in raw["plans"]:
        decision_id = by_priority[priorities[plan["priority"]].id]
        for a in plan["actions"]:
            action_id = decisions.add_action(
                s, decision_id, a["title"], lead_id=members[a["lead"]].id,
                partner_ids=[members[i].id for i in a["partners"]],
                start_date=_when(a["start"], day), due_date=_when(a["due"], day),
                budget=a["budget"], currency=a["currency"], status=a["status"],
                notes=a["notes"], actor=facilitator)
            for i in a["indicators"]:
                decisions.add_indicator(
                    s, action_id, actor=facilitator, name=i["name"], baseline=i["baseline"],
                    target=i["target"], actual=i["actual"], unit=i["unit"], source=i["source"],
                    measured_on=_when(i["measured"], day))
