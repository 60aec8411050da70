"""The Results tab on the demo workspace and on fresh rounds."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from facilitator_app.services import voting
from facilitator_app.services.demo import create_demo
from facilitator_app.storage.models import Member
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.results_tab import ResultsTab
from tests.ui.voting_setup import make_ctx, no_modal_dialogs, small_workshop  # noqa: F401


@pytest.fixture
def demo(qtbot, tmp_path):
    configure_application()
    ws = create_demo(tmp_path / "demo.cluster")
    yield make_ctx(ws)
    ws.close()


def results(qtbot, ctx, workshop_id=1) -> ResultsTab:
    tab = ResultsTab(ctx, workshop_id)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    return tab


def set_view(tab, key):
    tab.view_combo.setCurrentIndex(tab.view_combo.findData(key))


def test_ranking_agreement_and_chart_of_the_demo_ranking_round(qtbot, demo):
    tab = results(qtbot, demo)
    with demo.session() as s:
        r1, _r2, r3 = voting.list_rounds(s, 1)
        expected = voting.tally_round(s, r1.id).result
    assert tab.round_id() == r3.id  # the latest round first (the demo's open round)
    tab.select_round(r1.id)
    assert tab.ranking() == [(str(r.position), r.option, str(r.score))
                             for r in expected.ranking]
    assert tab.headline.text() == "First: Shared fermentation & drying centre"
    assert tab.agreement.text() == "Moderate agreement (W = 0.44)"
    assert "very unlikely to be chance (p < 0.001)" in tab.note.text()
    assert tab.ranking_model.rows[0][3] == "winner" and 0 in tab.ranking_model.strong
    assert [o for o, _ in tab.chart.values] == [r.option for r in expected.ranking]
    assert not tab.figures_box.isVisibleTo(tab) and not tab.compare_box.isVisibleTo(tab)

    # Greenbook view: firms only puts the same three on top
    set_view(tab, "firms")
    firms = [r[1] for r in tab.ranking()][:3]
    assert firms == [r.option for r in expected.ranking][:3]
    assert tab.agreement.text().startswith("Moderate agreement (W = 0.4")


def test_gradients_round_support_blocks_and_comparison(qtbot, demo):
    tab = results(qtbot, demo)
    with demo.session() as s:
        gradients = voting.list_rounds(s, 1)[1]
    tab.select_round(gradients.id)
    assert tab.headline.text() == ("Consensus reached: Shared fermentation & drying centre, "
                                   "Joint export brand for fine cocoa")
    assert tab.agreement.text() == ("Consensus on 2 of 4 options (no block, at least 75 % "
                                    "support)")
    headers = tab.figures_model.headers
    rows = {r[0]: dict(zip(headers, r, strict=True)) for r in tab.figures_model.rows}
    certification = rows["Certification support (organic, fair trade)"]
    assert certification["Blocks"] == "1" and certification["Consensus"] == "no"
    assert certification["Agreement"] == "0.53 (divided)"
    assert rows["Shared fermentation & drying centre"]["Support (1-3)"] == "100 %"
    assert tab.compare_box.isVisibleTo(tab)
    moves = {r[0]: r[3] for r in tab.compare_model.rows}
    assert moves["Access to finance for small growers"] == "not carried on"
    assert moves["Shared fermentation & drying centre"] == "="
    # a secret round keeps no member types: only all voters is offered, and says why
    assert [tab.view_combo.itemData(i) for i in range(tab.view_combo.count())] == ["all"]
    assert "Secret round" in tab.view_combo.toolTip()


def test_an_open_round_is_hidden_until_asked(qtbot, tmp_path):
    configure_application()
    setup = small_workshop(tmp_path)
    try:
        with setup.ctx.session() as s:
            info = voting.create_round(s, setup.workshop_id, setup.priorities, "approval",
                                       anonymity="named")
            people = voting.voters(s, info.id)
            # a weight of 5 for one member, in force when the ballots are cast
            s.execute(update(Member).where(Member.id == people[0].member_id)
                      .values(vote_weight=5))
            for n, voter in enumerate(people):
                voting.record_ballot(s, info.id, {info.options[n % 2].id: 1,
                                                  info.options[3].id: 1},
                                     voter_id=voter.member_id)
        tab = results(qtbot, setup.ctx, setup.workshop_id)
        assert tab.stack.currentWidget() is tab.hidden_label
        assert "4 of 4 voters have voted" in tab.hidden_label.text()
        assert tab.ranking() == []
        tab.show_button.click()
        assert tab.stack.currentWidget() is tab.scroll
        assert tab.ranking()[0] == ("1", "Chocolate festival", "4")
        assert "still open" in tab.note.text()
        assert tab.agreement.text() == "The top option has the support of 100 % of voters"
        tab.show_button.click()
        assert tab.stack.currentWidget() is tab.hidden_label

        # weights count only when asked
        with setup.ctx.session() as s:
            voting.close_round(s, info.id)
        tab.reload()
        assert tab.stack.currentWidget() is tab.scroll
        before = {r[1]: r[2] for r in tab.ranking()}
        tab.weights_check.setChecked(True)
        after = {r[1]: r[2] for r in tab.ranking()}
        assert before != after and after["Chocolate festival"] == "8"
    finally:
        setup.ws.close()


def test_impact_feasibility_matrix(qtbot, tmp_path):
    configure_application()
    setup = small_workshop(tmp_path)
    try:
        with setup.ctx.session() as s:
            info = voting.create_round(s, setup.workshop_id, setup.priorities[:3], "score",
                                       params={"scale_min": 1, "scale_max": 5,
                                               "two_criteria": True})
            a, b, c = info.options
            for voter in voting.voters(s, info.id):
                voting.record_ballot(s, info.id, {a.id: 5, b.id: 4, c.id: 2},
                                     values2={a.id: 4, b.id: 1, c.id: 5},
                                     voter_id=voter.member_id)
            voting.close_round(s, info.id)
        tab = results(qtbot, setup.ctx, setup.workshop_id)
        assert tab.matrix_box.isVisibleTo(tab)
        cells = {k: label.text() for k, label in tab.quadrants.cells.items()}
        assert "Joint export brand" in cells["quick_win"]
        assert "Shared drying centre" in cells["major_project"]
        assert "Youth apprenticeships" in cells["fill_in"]
        assert cells["thankless_task"].endswith("–")
    finally:
        setup.ws.close()


def test_results_of_offers_only_the_member_types_that_voted_with_their_ballots(qtbot, demo):
    tab = results(qtbot, demo)
    with demo.session() as s:
        first = voting.list_rounds(s, 1)[0]
    tab.select_round(first.id)
    # round 1 of the demo: 15 firms, one each of four other types; no ministry, no donor
    offered = {tab.view_combo.itemData(i): tab.view_combo.itemText(i)
               for i in range(tab.view_combo.count())}
    assert offered == {
        "all": "All voters (19)", "firms": "Firms only (15)",
        "type:academic": "Only: Academic / training institution (1)",
        "type:research": "Only: Research / testing institution (1)",
        "type:standards": "Only: Quality standards body (1)",
        "type:association": "Only: Sector association / chamber (1)"}
    set_view(tab, "firms")
    tab.reload()  # a redraw keeps the view chosen
    assert tab.view_combo.currentData() == "firms"
    # the list is as wide as its longest entry: none is cut
    longest = max(tab.view_combo.fontMetrics().horizontalAdvance(text)
                  for text in offered.values())
    assert tab.view_combo.width() > longest


CERTIFICATION = "Certification support (organic, fair trade)"


def test_an_option_that_left_says_why_and_a_lone_option_does_not_move(qtbot, demo):
    with demo.session() as s:
        _first, second, third = voting.list_rounds(s, 1)
        voting.delete_round(s, third.id)
        # round 3 carries only the options without consensus in round 2
        nxt, _note = voting.start_next_round(s, second.id, rule="no_consensus",
                                             method="borda", anonymity="anonymous")
        lone, _note = voting.start_next_round(s, second.id, rule="no_consensus",
                                              method="borda", anonymity="anonymous",
                                              options=[CERTIFICATION])
        for info in (nxt, lone):
            for n, voter in enumerate(voting.voters(s, info.id)[:5]):
                voting.record_ballot(s, info.id, {o.id: (k + n) % len(info.options) + 1
                                                  for k, o in enumerate(info.options)},
                                     voter_id=voter.member_id)
            voting.close_round(s, info.id)
    tab = results(qtbot, demo)
    tab.select_round(nxt.id)
    moves = {r[0]: r[3] for r in tab.compare_model.rows}
    assert moves["Shared fermentation & drying centre"] == "reached consensus in round 2"
    assert moves["Joint export brand for fine cocoa"] == "reached consensus in round 2"
    # the one option alone: fourth in round 2, first now, but no place gained over anyone
    tab.select_round(lone.id)
    moves = {r[0]: r[1:4] for r in tab.compare_model.rows}
    assert moves[CERTIFICATION] == ["4", "1", "="]
    assert moves["Training in post-harvest quality"][2] == "not carried on"
