"""The SWOT board's service: add, edit, move, merge, delete and undo, without Qt."""

from __future__ import annotations

import pytest

from facilitator_app.core.errors import UserError
from facilitator_app.services import priorities as prio
from facilitator_app.services import swot, tows
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.storage.models import Member


@pytest.fixture
def ws(tmp_path):
    workspace = create_workspace(tmp_path / "w.cluster")
    yield workspace
    workspace.close()


@pytest.fixture
def wid(ws):
    with ws.session() as s:
        return create_workshop(s, "SWOT day").id


def members(ws, *names):
    with ws.session() as s:
        rows = [Member(name=n, member_type="firm") for n in names]
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


def texts(ws, wid, quadrant):
    with ws.session() as s:
        return [i.text for i in swot.items(s, wid, quadrant)]


def test_add_items_in_order_and_at_a_position(ws, wid):
    with ws.session() as s:
        swot.add_item(s, wid, "W", "Small volumes")
        swot.add_item(s, wid, "W", "  No   certification ")
        swot.add_item(s, wid, "W", "Post-harvest loss", position=0)
        swot.add_item(s, wid, "S", "Fine-flavour cocoa")
    assert texts(ws, wid, "W") == ["Post-harvest loss", "Small volumes", "No certification"]
    with ws.session() as s:
        board = swot.items_by_quadrant(s, wid)
    assert list(board) == ["S", "W", "O", "T"]
    assert [i.label for i in board["W"]] == ["W1", "W2", "W3"]
    assert board["O"] == [] and board["T"] == []


def test_add_refuses_empty_text_and_unknown_quadrant(ws, wid):
    with ws.session() as s:
        with pytest.raises(UserError, match="needs some text"):
            swot.add_item(s, wid, "S", "   ")
        with pytest.raises(UserError, match="quadrant"):
            swot.add_item(s, wid, "X", "text")


def test_edit_returns_old_text(ws, wid):
    with ws.session() as s:
        item = swot.add_item(s, wid, "S", "Nutmeg")
        assert swot.edit_item(s, item.id, "Nutmeg and mace") == "Nutmeg"
        assert swot.get_item(s, item.id).text == "Nutmeg and mace"


def test_move_within_and_between_quadrants_and_undo(ws, wid):
    with ws.session() as s:
        a, b, c = (swot.add_item(s, wid, "W", t).id for t in ("a", "b", "c"))
        swot.add_item(s, wid, "T", "t1")
    with ws.session() as s:
        rec1 = swot.move_item(s, c, "W", 0)
        rec2 = swot.move_item(s, a, "T", 1)
    assert texts(ws, wid, "W") == ["c", "b"]
    assert texts(ws, wid, "T") == ["t1", "a"]
    with ws.session() as s:
        swot.undo_moves(s, [rec1, rec2])
    assert texts(ws, wid, "W") == ["a", "b", "c"]
    assert texts(ws, wid, "T") == ["t1"]
    with ws.session() as s:
        assert [i.position for i in swot.items(s, wid, "W")] == [0, 1, 2]
        assert b  # kept its place throughout
        assert swot.get_item(s, b).position == 1


@pytest.mark.parametrize(
    "moving, row, expected",
    [
        (["b"], 3, ["a", "c", "b", "d"]),
        (["a", "c"], None, ["b", "d", "a", "c"]),
        (["c"], 0, ["c", "a", "b", "d"]),
        (["a", "b"], 1, ["a", "b", "c", "d"]),
        (["d", "a"], 2, ["b", "a", "d", "c"]),
    ],
)
def test_move_items_as_dragged_keeps_board_order(ws, wid, moving, row, expected):
    with ws.session() as s:
        ids = {t: swot.add_item(s, wid, "O", t).id for t in "abcd"}
    with ws.session() as s:
        records = swot.move_items(s, [ids[t] for t in moving], "O", row)
    assert texts(ws, wid, "O") == expected
    with ws.session() as s:
        swot.undo_moves(s, records)
    assert texts(ws, wid, "O") == ["a", "b", "c", "d"]


def test_drag_two_items_into_another_quadrant(ws, wid):
    with ws.session() as s:
        a, b = (swot.add_item(s, wid, "S", t).id for t in ("a", "b"))
        swot.add_item(s, wid, "O", "o1")
        records = swot.move_items(s, [b, a], "O", 0)
    assert texts(ws, wid, "O") == ["a", "b", "o1"]
    assert texts(ws, wid, "S") == []
    with ws.session() as s:
        swot.undo_moves(s, records)
    assert texts(ws, wid, "S") == ["a", "b"]


def test_dots_never_below_zero(ws, wid):
    with ws.session() as s:
        item = swot.add_item(s, wid, "S", "x")
        assert swot.change_dots(s, item.id, +1) == (0, 1)
        assert swot.change_dots(s, item.id, +2) == (1, 3)
        assert swot.change_dots(s, item.id, -5) == (3, 0)
        assert swot.set_dots(s, item.id, 4) == 0
        assert swot.get_item(s, item.id).dots == 4


def test_attribution_set_and_restore(ws, wid):
    ana, ben = members(ws, "Ána", "Ben")
    with ws.session() as s:
        item = swot.add_item(s, wid, "S", "x", member_ids=[ben])
        assert swot.set_attribution(s, item.id, [ana, ben]) == (ben,)
        view = swot.get_item(s, item.id)
        assert view.member_names == ("Ána", "Ben")
        assert swot.set_attribution(s, item.id, []) == (ben, ana)
        assert swot.get_item(s, item.id).member_ids == ()


def test_merge_joins_texts_keeps_attributions_and_moves_links(ws, wid):
    ana, ben, cho = members(ws, "Ana", "Ben", "Cho")
    with ws.session() as s:
        keep = swot.add_item(s, wid, "W", "Post-harvest losses", member_ids=[ana], dots=2)
        swot.add_item(s, wid, "W", "Small volumes")
        dup = swot.add_item(s, wid, "W", "Poor drying of beans", member_ids=[ben, ana], dots=3)
        same = swot.add_item(s, wid, "W", "post-harvest  LOSSES", member_ids=[cho])
        opp = swot.add_item(s, wid, "O", "Certified markets")
        strategy = tows.add_strategy(s, wid, "WO", "Drying centre", [dup.id, opp.id])
        priority = prio.promote_item(s, dup.id)
    with ws.session() as s:
        snap = swot.merge_items(s, keep.id, [dup.id, same.id])
    with ws.session() as s:
        merged = swot.get_item(s, keep.id)
        assert merged.text == "Post-harvest losses / Poor drying of beans"
        assert merged.dots == 5
        assert set(merged.member_ids) == {ana, ben, cho}
        assert texts(ws, wid, "W") == [
            "Post-harvest losses / Poor drying of beans",
            "Small volumes",
        ]
        assert tows.get_strategy(s, strategy.id).item_ids == (keep.id, opp.id)
        assert prio.get_priority(s, priority.id).source_swot_id == keep.id
    # undo: everything as it was, the same ids back
    with ws.session() as s:
        swot.unmerge(s, snap)
    with ws.session() as s:
        board = swot.items(s, wid, "W")
        assert [(i.id, i.text, i.dots) for i in board] == [
            (keep.id, "Post-harvest losses", 2),
            (board[1].id, "Small volumes", 0),
            (dup.id, "Poor drying of beans", 3),
            (same.id, "post-harvest LOSSES", 0),
        ]
        assert swot.get_item(s, keep.id).member_ids == (ana,)
        assert set(swot.get_item(s, dup.id).member_ids) == {ana, ben}
        assert swot.get_item(s, dup.id).uid == dup.uid
        assert tows.get_strategy(s, strategy.id).item_ids == (dup.id, opp.id)
        assert prio.get_priority(s, priority.id).source_swot_id == dup.id


def test_merge_needs_two_items_of_one_quadrant(ws, wid):
    with ws.session() as s:
        a = swot.add_item(s, wid, "S", "a")
        b = swot.add_item(s, wid, "W", "b")
        with pytest.raises(UserError, match="same quadrant"):
            swot.merge_items(s, a.id, [b.id])
        with pytest.raises(UserError, match="at least two"):
            swot.merge_items(s, a.id, [a.id])


def test_delete_and_restore_brings_back_links_attributions_priorities(ws, wid):
    (ana,) = members(ws, "Ana")
    with ws.session() as s:
        s1 = swot.add_item(s, wid, "S", "Origin cocoa", member_ids=[ana], dots=4)
        s2 = swot.add_item(s, wid, "S", "Spice brand")
        o1 = swot.add_item(s, wid, "O", "Premium markets")
        strategy = tows.add_strategy(s, wid, "SO", "Export brand", [s1.id, o1.id])
        priority = prio.promote_item(s, s1.id)
    with ws.session() as s:
        snaps = swot.delete_items(s, [s1.id])
    with ws.session() as s:
        assert texts(ws, wid, "S") == ["Spice brand"]
        assert tows.get_strategy(s, strategy.id).item_ids == (o1.id,)
        assert prio.get_priority(s, priority.id).source_swot_id is None
    with ws.session() as s:
        assert swot.restore_items(s, snaps) == [s1.id]
    with ws.session() as s:
        back = swot.get_item(s, s1.id)
        assert (back.text, back.position, back.dots, back.member_ids) == (
            "Origin cocoa",
            0,
            4,
            (ana,),
        )
        assert swot.get_item(s, s2.id).position == 1
        assert tows.get_strategy(s, strategy.id).item_ids == (s1.id, o1.id)
        assert prio.get_priority(s, priority.id).source_swot_id == s1.id


def test_prompts_stored_copy_and_template_fallback(ws, wid):
    with ws.session() as s:
        assert swot.board_prompts(s, wid).is_empty
        old = swot.set_board_prompts(
            s, wid, {"S": ["What are we proud of?", "  "], "W": ["What hurts?"]}, "generic"
        )
        assert old.prompts_json is None
        bp = swot.board_prompts(s, wid)
        assert bp.template_id == "generic"
        assert bp.prompts == {
            "S": ["What are we proud of?"],
            "W": ["What hurts?"],
            "O": [],
            "T": [],
        }
        swot.restore_prompts(s, wid, old)
        assert swot.board_prompts(s, wid).is_empty
        # an id only (as the demo has): the template's prompts are shown
        swot.restore_prompts(s, wid, swot.PromptsState("agri-business", None))
        bp = swot.board_prompts(s, wid)
        assert "Where do we lose produce between harvest and market?" in bp.prompts["W"]
