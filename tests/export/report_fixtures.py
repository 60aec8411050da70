"""Workspaces for the workbook and report tests, built through the services.

``rich_workspace`` is the demo (workshop 1: anonymous Borda round, then a
secret gradients round) plus a later workshop 2 whose round is named, with
text that tries to break exports: a member called ``=1+1``, a SWOT item
``@SUM(A1)``, a priority starting with ``-``, markup (``Smith & Sons <Ltd>``,
``<b>``), accents and a very long SWOT item.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from facilitator_app.services import attendance, priorities, roster, swot, tows, voting
from facilitator_app.services.demo import create_demo
from facilitator_app.services.workshops import create_workshop
from facilitator_app.storage.models import Member
from facilitator_app.storage.workspace import Workspace

FORMULA_MEMBER = "=1+1"
FORMULA_SWOT = "@SUM(A1)"
MINUS_PRIORITY = "-20 % on import duties for processing equipment"
MARKUP_PRIORITY = "Smith & Sons <Ltd> warehouse <b>pilot</b>"
LONG_ITEM = (
    "Roads to the northern estates wash out in every heavy rain, so beans wait for days "
    "before they reach a fermentary; " * 8
).strip()
ACCENTED = "Coopérative des Planteurs de Cacao de Grand'Anse"
NAMED_ROUND_TITLE = "Round 1: approve the follow-up actions"


def rich_workspace(path: str | Path) -> Workspace:
    """The demo plus workshop 2 (the latest): named approval round, tricky texts."""
    ws = create_demo(path)
    with ws.session() as s:
        formula_id = roster.add_member(s, {"name": FORMULA_MEMBER, "member_type": "firm"})
        w = create_workshop(s, "Follow-up workshop", date=date(2026, 6, 10),
                            venue="Grand Étang Visitor Centre", status="held")
        members = list(s.scalars(select(Member).order_by(Member.id)))
        voters = [m.id for m in members if m.member_type == "firm"]
        attendance.add_attendees(s, w.id, voters, role="voter",
                                 representatives={voters[0]: "Ñandú Pérez"})
        observers = [m.id for m in members if m.member_type in ("ministry", "donor")]
        attendance.add_attendees(s, w.id, observers, role="observer")
        s1 = swot.add_item(s, w.id, "S", "Cocoa of fine flavour; Grand'Anse cooperatives", dots=3)
        swot.add_item(s, w.id, "S", FORMULA_SWOT, member_ids=[formula_id])
        w1 = swot.add_item(s, w.id, "W", LONG_ITEM, dots=2)
        o1 = swot.add_item(s, w.id, "O", "Tourists ask for bean-to-bar tours", dots=1)
        swot.add_item(s, w.id, "T", "+2 °C by 2050 on the hillside farms")
        strategy = tows.add_strategy(s, w.id, "SO", "Sell tours with the chocolate makers",
                                     [s1.id, o1.id])
        tows.add_strategy(s, w.id, "WO", "Fix the roads with the tour money", [w1.id, o1.id])
        p1 = priorities.add_priority(s, w.id, "Estate tours with the chocolate makers",
                                     category="Commercial cooperation", source_kind="tows",
                                     source_tows_id=strategy.id)
        p2 = priorities.add_priority(s, w.id, MINUS_PRIORITY, category="Policy action",
                                     description="Ask the ministry; \u00e9t\u00e9 2026.")
        p3 = priorities.add_priority(s, w.id, MARKUP_PRIORITY, category="Cluster expansion")
        info = voting.create_round(s, w.id, [p1.id, p2.id, p3.id], "approval",
                                   anonymity="named", title=NAMED_ROUND_TITLE)
        ids = [o.id for o in info.options]
        for n, voter_id in enumerate(voters):
            ballot = {ids[0]: 1, ids[1]: 1 if n % 2 else 0, ids[2]: 1 if n % 3 == 0 else 0}
            voting.record_ballot(s, info.id, ballot, voter_id=voter_id, source="grid",
                                 entered_by="Marie")
        voting.close_round(s, info.id, actor="Marie")
    return ws
