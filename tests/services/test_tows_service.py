"""TOWS strategies and their links to SWOT items, without Qt."""

from __future__ import annotations

import pytest

from facilitator_app.core.errors import UserError
from facilitator_app.services import priorities as prio
from facilitator_app.services import swot, tows
from facilitator_app.services.demo import create_demo
from facilitator_app.services.workshops import create_workshop, list_workshops
from facilitator_app.services.workspaces import create_workspace


@pytest.fixture
def ws(tmp_path):
    workspace = create_workspace(tmp_path / "w.cluster")
    yield workspace
    workspace.close()


@pytest.fixture
def board(ws):
    with ws.session() as s:
        wid = create_workshop(s, "Day").id
        ids = {
            "S1": swot.add_item(s, wid, "S", "Origin cocoa").id,
            "W1": swot.add_item(s, wid, "W", "Post-harvest loss").id,
            "O1": swot.add_item(s, wid, "O", "Premium markets").id,
            "T1": swot.add_item(s, wid, "T", "Hurricanes").id,
        }
    return wid, ids


def test_strategy_links_only_its_two_quadrants(ws, board):
    wid, ids = board
    with ws.session() as s:
        so = tows.add_strategy(s, wid, "SO", "Export brand", [ids["O1"], ids["S1"]])
        assert so.item_ids == (ids["S1"], ids["O1"])  # board order, not pick order
        assert [i.label for i in so.items] == ["S1", "O1"]
        with pytest.raises(UserError, match="draws on items of W and T only"):
            tows.add_strategy(s, wid, "WT", "Insurance", [ids["S1"]])
        with pytest.raises(UserError, match="needs some text"):
            tows.add_strategy(s, wid, "ST", " ")
        cands = tows.candidate_items(s, wid, "WO")
        assert list(cands) == ["W", "O"]
        assert [i.text for i in cands["W"]] == ["Post-harvest loss"]


def test_links_survive_item_edits_and_moves(ws, board):
    wid, ids = board
    with ws.session() as s:
        st = tows.add_strategy(s, wid, "ST", "Resilience", [ids["S1"], ids["T1"]])
    with ws.session() as s:
        swot.edit_item(s, ids["S1"], "Fine-flavour Trinitario cocoa")
        swot.add_item(s, wid, "S", "New first strength", position=0)
    with ws.session() as s:
        view = tows.get_strategy(s, st.id)
    assert view.item_ids == (ids["S1"], ids["T1"])
    assert [(i.label, i.text) for i in view.items] == [
        ("S2", "Fine-flavour Trinitario cocoa"),
        ("T1", "Hurricanes"),
    ]


def test_grid_has_every_kind_in_order(ws, board):
    wid, ids = board
    with ws.session() as s:
        tows.add_strategy(s, wid, "WT", "Credit scheme", [ids["W1"], ids["T1"]])
        tows.add_strategy(s, wid, "SO", "Brand")
        tows.add_strategy(s, wid, "SO", "Festival", position=0)
        grid = tows.grid(s, wid)
    assert list(grid) == ["SO", "ST", "WO", "WT"]
    assert [x.text for x in grid["SO"]] == ["Festival", "Brand"]
    assert [x.label for x in grid["SO"]] == ["SO1", "SO2"]
    assert grid["ST"] == [] and grid["WO"] == []


def test_update_and_restore_state(ws, board):
    wid, ids = board
    with ws.session() as s:
        wo = tows.add_strategy(s, wid, "WO", "Drying centre", [ids["W1"]])
        old = tows.update_strategy(s, wo.id, text="Shared drying centre", item_ids=[ids["O1"]])
        assert old == tows.StrategyState("Drying centre", (ids["W1"],))
        now = tows.get_strategy(s, wo.id)
        assert (now.text, now.item_ids) == ("Shared drying centre", (ids["O1"],))
        tows.restore_state(s, wo.id, old)
        now = tows.get_strategy(s, wo.id)
        assert (now.text, now.item_ids) == ("Drying centre", (ids["W1"],))


def test_delete_and_restore_strategy_with_links_and_priority(ws, board):
    wid, ids = board
    with ws.session() as s:
        so = tows.add_strategy(s, wid, "SO", "Export brand", [ids["S1"], ids["O1"]])
        p = prio.promote_strategy(s, so.id)
        snap = tows.delete_strategy(s, so.id)
        assert tows.strategies(s, wid) == []
        assert prio.get_priority(s, p.id).source_tows_id is None
        assert tows.restore_strategy(s, snap) == so.id
        back = tows.get_strategy(s, so.id)
        assert (back.text, back.item_ids, back.uid) == ("Export brand", so.item_ids, so.uid)
        assert prio.get_priority(s, p.id).source_tows_id == so.id


def test_deleting_an_item_drops_only_its_link(ws, board):
    wid, ids = board
    with ws.session() as s:
        so = tows.add_strategy(s, wid, "SO", "Brand", [ids["S1"], ids["O1"]])
        swot.delete_item(s, ids["S1"])
        assert tows.get_strategy(s, so.id).item_ids == (ids["O1"],)


def test_demo_grid(tmp_path):
    demo = create_demo(tmp_path / "demo.cluster")
    try:
        with demo.session() as s:
            [w] = list_workshops(s)
            grid = tows.grid(s, w.id)
            assert [len(grid[k]) for k in tows.KINDS] == [1, 1, 1, 1]
            assert [i.label for i in grid["ST"][0].items] == ["S3", "T1", "T2"]
            # the demo numbers strategies across kinds; labels count within a kind
            assert [grid[k][0].label for k in tows.KINDS] == ["SO1", "ST1", "WO1", "WT1"]
            wo = grid["WO"][0]
            snap = tows.delete_strategy(s, wo.id)
            assert snap.position == 0
            tows.restore_strategy(s, snap)
            assert tows.grid(s, w.id)["WO"][0].id == wo.id
    finally:
        demo.close()
