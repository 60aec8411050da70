"""Candidate priorities: sources, order, categories and pasted lists, without Qt."""

from __future__ import annotations

import pytest

from facilitator_app.core.domain import PRIORITY_CATEGORIES
from facilitator_app.core.errors import UserError
from facilitator_app.services import priorities as prio
from facilitator_app.services import swot, tows
from facilitator_app.services.demo import create_demo
from facilitator_app.services.workshops import create_workshop, list_workshops
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.storage.models import RoundOption, VoteRound


@pytest.fixture
def ws(tmp_path):
    workspace = create_workspace(tmp_path / "w.cluster")
    yield workspace
    workspace.close()


@pytest.fixture
def wid(ws):
    with ws.session() as s:
        return create_workshop(s, "Day").id


def titles(ws, wid):
    with ws.session() as s:
        return [p.title for p in prio.list_priorities(s, wid)]


def test_parse_pasted_list_blanks_bullets_and_duplicates():
    text = (
        "Youth apprenticeship scheme\n"
        "\n"
        "   \n"
        "- Annual chocolate festival\n"
        "2) Shared  drying centre\n"
        "• annual CHOCOLATE festival\n"
        "Joint export brand\n"
        "\t\n"
    )
    lines = prio.parse_pasted_list(text, existing_titles=["Joint Export Brand"])
    assert [(line.line_number, line.title, line.duplicate_of) for line in lines] == [
        (1, "Youth apprenticeship scheme", None),
        (4, "Annual chocolate festival", None),
        (5, "Shared drying centre", None),
        (6, "annual CHOCOLATE festival", "line 4"),
        (7, "Joint export brand", "Joint Export Brand"),
    ]


def test_parse_keeps_numbers_that_are_not_list_markers():
    [line] = prio.parse_pasted_list("2026 export plan")
    assert line.title == "2026 export plan"


def test_add_pasted_skips_duplicates_and_blank_lines(ws, wid):
    with ws.session() as s:
        prio.add_priority(s, wid, "Joint export brand")
        result = prio.add_pasted(
            s,
            wid,
            "Festival\n\nJOINT export brand\nCredit scheme\nfestival\n",
            category="Policy action",
        )
    assert [p.title for p in result.added] == ["Festival", "Credit scheme"]
    assert [(line.line_number, line.duplicate_of) for line in result.skipped] == [
        (3, "Joint export brand"),
        (5, "line 1"),
    ]
    assert titles(ws, wid) == ["Joint export brand", "Festival", "Credit scheme"]
    with ws.session() as s:
        kinds = [(p.source_kind, p.category) for p in prio.list_priorities(s, wid)]
    assert kinds[1:] == [("pasted", "Policy action"), ("pasted", "Policy action")]


def test_add_pasted_can_include_duplicates(ws, wid):
    with ws.session() as s:
        result = prio.add_pasted(s, wid, "A\na\n", include_duplicates=True)
    assert len(result.added) == 2 and result.skipped == []


def test_promote_strategy_and_item_remember_source(ws, wid):
    with ws.session() as s:
        s1 = swot.add_item(s, wid, "S", "Origin cocoa")
        o1 = swot.add_item(s, wid, "O", "Premium markets")
        w1 = swot.add_item(s, wid, "W", "Post-harvest loss")
        so = tows.add_strategy(s, wid, "SO", "Launch a fine cocoa brand", [o1.id, s1.id])
        p1 = prio.promote_strategy(s, so.id, category="Commercial cooperation")
        p2 = prio.promote_item(s, w1.id)
    with ws.session() as s:
        a, b = prio.list_priorities(s, wid)
    assert (a.id, a.title, a.source_kind, a.source_tows_id, a.category) == (
        p1.id,
        "Launch a fine cocoa brand",
        "tows",
        so.id,
        "Commercial cooperation",
    )
    assert a.description == "Draws on: Origin cocoa; Premium markets."
    assert (a.source_ref, a.source_text) == ("SO1", "Launch a fine cocoa brand")
    assert (b.id, b.title, b.source_kind, b.source_swot_id, b.source_ref) == (
        p2.id,
        "Post-harvest loss",
        "swot",
        w1.id,
        "W1",
    )


def test_reorder_edit_delete_restore(ws, wid):
    with ws.session() as s:
        ids = [prio.add_priority(s, wid, t).id for t in ("A", "B", "C")]
        assert prio.move_priority(s, ids[2], 0) == 2
    assert titles(ws, wid) == ["C", "A", "B"]
    with ws.session() as s:
        before = prio.update_priority(s, ids[0], title="A+", category="Policy action")
        assert before == {"title": "A", "category": ""}
        snaps = prio.delete_priorities(s, [ids[0], ids[1]])
    assert titles(ws, wid) == ["C"]
    with ws.session() as s:
        assert prio.restore_priorities(s, snaps) == [ids[1], ids[0]]  # last deleted first
    assert titles(ws, wid) == ["C", "A+", "B"]
    with ws.session() as s:
        assert [p.id for p in prio.list_priorities(s, wid)] == [ids[2], ids[0], ids[1]]
        assert [p.position for p in prio.list_priorities(s, wid)] == [0, 1, 2]


def test_priority_in_a_vote_round_cannot_be_deleted(ws, wid):
    with ws.session() as s:
        p = prio.add_priority(s, wid, "Brand")
        other = prio.add_priority(s, wid, "Other")
        rnd = VoteRound(workshop_id=wid, number=1, method="borda")
        s.add(rnd)
        s.flush()
        s.add(RoundOption(round_id=rnd.id, priority_id=p.id))
    with ws.session() as s:
        with pytest.raises(UserError, match="vote round 1"):
            prio.delete_priorities(s, [other.id, p.id])
        # nothing was deleted: all or none
        assert len(prio.list_priorities(s, wid)) == 2
        assert prio.get_priority(s, p.id).rounds == 1


def test_categories_default_and_edit(ws):
    with ws.session() as s:
        assert prio.categories(s) == PRIORITY_CATEGORIES
        old = prio.set_categories(s, ["Policy action", " ", "policy ACTION", "Tourism links"])
        assert old == PRIORITY_CATEGORIES
        assert prio.categories(s) == ["Policy action", "Tourism links"]


def test_title_required(ws, wid):
    with ws.session() as s, pytest.raises(UserError, match="needs a title"):
        prio.add_priority(s, wid, "  ")


def test_find_duplicate(ws, wid):
    with ws.session() as s:
        p = prio.add_priority(s, wid, "Coopérative export")
        assert prio.find_duplicate(s, wid, "cooperative  EXPORT").id == p.id
        assert prio.find_duplicate(s, wid, "cooperative export", ignore_id=p.id) is None


def test_demo_priorities(tmp_path):
    demo = create_demo(tmp_path / "demo.cluster")
    try:
        with demo.session() as s:
            [w] = list_workshops(s)
            rows = prio.list_priorities(s, w.id)
            assert len(rows) == 8
            assert [r.source_ref for r in rows[:4]] == ["SO1", "WO1", "ST1", "WT1"]
            assert [r.number for r in rows] == list(range(1, 9))
            assert rows[4].source_ref == "W1"
            assert all(r.rounds >= 1 for r in rows)
    finally:
        demo.close()


@pytest.mark.parametrize(
    "moving, row, expected",
    [
        ("ac", 4, "bdac"),
        ("c", 0, "cabd"),
        ("ab", 1, "abcd"),
        ("da", 2, "badc"),
        ("b", 3, "acbd"),
    ],
)
def test_move_many_as_dragged_and_undo(ws, wid, moving, row, expected):
    with ws.session() as s:
        ids = {t: prio.add_priority(s, wid, t).id for t in "abcd"}
        old = prio.move_many(s, wid, [ids[t] for t in moving], row)
    assert "".join(titles(ws, wid)) == expected
    with ws.session() as s:
        prio.set_order(s, wid, old)
    assert "".join(titles(ws, wid)) == "abcd"
