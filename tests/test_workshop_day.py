"""SCENARIO.md end to end, through the services the GUI and CLI call.

Marie imports the secretary's messy roster, prepares the workshop from the
agri-business template, takes attendance, runs the SWOT and TOWS, votes in
a ranked anonymous round and a secret gradients round, and leaves with the
report and the workbook, whose Ballots sheet re-tallies to the same result.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from facilitator_app.core.ballot_matrix import read_matrix
from facilitator_app.core.voting import tally
from facilitator_app.services import attendance, priorities, roster, swot, tows, voting
from facilitator_app.services.health import health_checks
from facilitator_app.services.profile import update_profile
from facilitator_app.services.reports import export_workshop
from facilitator_app.services.template_library import find_template
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace

# Made by tests/fixtures/make_fixtures.py, which says what each row is for.
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_a_workshop_day(tmp_path):
    ws = create_workspace(tmp_path / "Grenada cocoa.cluster", "Grenada Cocoa & Spice Cluster")
    try:
        with ws.session() as s:
            update_profile(s, country="Grenada", facilitator="Marie")
            # 1. the evening before: the messy roster, duplicates updated
            result = roster.import_file(s, FIXTURES / "roster_messy.xlsx",
                                        on_duplicate="update", skip_invalid=True)
            # 13 new members; the capitalised repeat of row 5 skipped (row 5 counts)
            assert (result.added, result.duplicates, result.rejected) == (13, 1, 1)  # 1: formula
            checks = {c.id: c.passed for c in health_checks(s)}
            assert checks["firm_share"] is True and checks["recent_workshops"] is False
            # 2. preparing: workshop, SWOT from the agri-business template
            w = create_workshop(s, "Priority-setting workshop", date=date(2026, 3, 18),
                                venue="St. Patrick's parish hall")
            template = find_template(s, "agri-business")
            assert template is not None
            swot.set_board_prompts(s, w.id, template.prompts, template.id)
            # 3. arrival: the active members vote, the export agency observes
            rows = attendance.roster(s, active_only=True)
            observer = [r.member_id for r in rows if r.member_type == "promotion"]
            voters = [r.member_id for r in rows if r.member_type != "promotion"]
            assert len(observer) == 1 and len(voters) >= 8
            attendance.add_attendees(s, w.id, voters, role="voter")
            attendance.add_attendees(s, w.id, observer, role="observer")
            # 5. the SWOT; two near-duplicate weaknesses merged
            s1 = swot.add_item(s, w.id, "S", "Fine-flavour cocoa with a known origin")
            w1 = swot.add_item(s, w.id, "W", "Post-harvest losses")
            w2 = swot.add_item(s, w.id, "W", "Beans lost after harvest")
            o1 = swot.add_item(s, w.id, "O", "Premium single-origin markets")
            t1 = swot.add_item(s, w.id, "T", "Hurricanes")
            swot.merge_items(s, w1.id, [w2.id])
            assert len(swot.items(s, w.id, "W")) == 1
            # 6. TOWS and priorities, two more pasted from the flip chart
            so = tows.add_strategy(s, w.id, "SO", "Joint export brand", [s1.id, o1.id])
            wt = tows.add_strategy(s, w.id, "WT", "Shared drying centre", [w1.id, t1.id])
            priorities.promote_strategy(s, so.id)
            priorities.promote_strategy(s, wt.id)
            priorities.add_pasted(s, w.id, "Training in quality\n\nAccess to finance\n")
            ids = [p.id for p in priorities.list_priorities(s, w.id)]
            assert len(ids) == 4
            # 7. round 1: ranking, anonymous; the kiosk plus one paper ballot
            r1 = voting.create_round(s, w.id, ids, "borda", anonymity="anonymous")
            people = voting.voters(s, r1.id)
            assert observer[0] not in {v.member_id for v in people}
            for k, v in enumerate(people):
                order = [0, 1, 2, 3] if k % 3 else [1, 0, 3, 2]
                voting.record_ballot(s, r1.id,
                                     {r1.options[i].id: r for r, i in enumerate(order, 1)},
                                     voter_id=v.member_id,
                                     source="paper" if k == 0 else "kiosk",
                                     entered_by="Marie" if k == 0 else "voter (kiosk)")
            assert voting.not_voted(s, r1.id) == []
            voting.close_round(s, r1.id, actor="Marie")
            first = voting.tally_round(s, r1.id).result
            assert first.winners == [r1.options[0].label]
            assert (first.consensus.kendall_w or 0) > 0.3
            # 8. round 2: the top two, gradients, secret
            r2, _note = voting.start_next_round(s, r1.id, rule="top_k", k=2,
                                                method="gradients", anonymity="secret")
            for v in people:
                voting.record_ballot(s, r2.id, {r2.options[0].id: 1, r2.options[1].id: 3},
                                     voter_id=v.member_id, source="kiosk")
            voting.close_round(s, r2.id)
            second = voting.tally_round(s, r2.id).result
            assert sorted(second.winners) == sorted(o.label for o in r2.options)
        # 10. outputs
        pdf, xlsx = tmp_path / "report.pdf", tmp_path / "workbook.xlsx"
        with ws.session() as s:
            export_workshop(s, pdf)
            export_workshop(s, xlsx)
    finally:
        ws.close()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Grenada Cocoa & Spice Cluster" in text and "Joint export brand" in text
    assert "Coopérative Agricole de Sainte-Rose" not in text  # a secret round
    book = load_workbook(xlsx, read_only=True)
    rows = [list(r) for r in book["Ballots"].iter_rows(values_only=True)]
    book.close()
    start = next(i for i, r in enumerate(rows) if r and r[0] == "Voter")
    block = []
    for r in rows[start:]:
        if not r or r[0] is None:
            break
        block.append(["" if v is None else v for v in r])
    path = tmp_path / "round1.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(block)
    matrix = read_matrix(path)
    again = tally("borda", matrix.options, [b for _row, b in matrix.ballots()])
    assert [(r.option, r.position, r.score) for r in again.ranking] == [
        (r.option, r.position, r.score) for r in first.ranking]
