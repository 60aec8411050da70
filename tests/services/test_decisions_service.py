"""Decisions and the action plan through the service layer (no Qt)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from facilitator_app.core.action_plan import is_overdue, status_key
from facilitator_app.core.errors import UserError
from facilitator_app.services import audit, decisions, health, voting
from facilitator_app.services.demo import create_demo, demo_data
from facilitator_app.services.workshops import create_workshop
from facilitator_app.storage.models import (
    Action,
    ActionPartner,
    Attendance,
    Decision,
    Indicator,
    Member,
    Priority,
)
from facilitator_app.storage.workspace import open_workspace

FIRST, SECOND = "Shared fermentation & drying centre", "Joint export brand for fine cocoa"


@pytest.fixture
def ws(tmp_path):
    workspace = create_demo(tmp_path / "demo.cluster")
    yield workspace
    workspace.close()


def _round_ids(s):
    return [r.id for r in voting.list_rounds(s, 1)]


def _member(s, name):
    return s.scalar(select(Member.id).where(Member.name == name))


def _texts(s, prefix):
    return [json.loads(e.details)["text"] for e in audit.entries(s)
            if e.action.startswith(prefix)]


# ----- the demo ---------------------------------------------------------------------
def test_the_demo_adopted_what_reached_consensus_and_has_a_plan_with_one_late_action(ws):
    with ws.session() as s:
        made = decisions.list_decisions(s)
        assert [d.priority_title for d in made] == [FIRST, SECOND]
        assert all(d.round_title.startswith("Round 2") for d in made)
        assert made[0].basis.endswith("1st of 4. Consensus reached: 100 % support, no block.")
        assert [d.actions for d in made] == [3, 3]
        assert made[0].statement == demo_data()["decisions"]["statement"]
        plan = decisions.list_actions(s)
    assert sorted(a.status for a in plan) == sorted(
        ["done", "late", "on_track", "on_track", "not_started", "dropped"])
    late = plan[0]  # overdue first, whatever today is (its due date follows the workshop's)
    assert late.overdue and late.status == "late"
    assert late.lead_name == "St. Andrew's Fermentary"
    assert late.partner_names == ("T.A. Marryshow Community College",
                                  "Mama Cocoa Women's Cooperative")
    assert late.due_date == date(2026, 3, 18) + timedelta(days=60)
    assert late.budget == Decimal("6500.00") and late.budget_text == "6,500.00 XCD"
    assert [i.name for i in late.indicators] == ["Growers trained"]
    assert late.indicators[0].progress == pytest.approx(12 / 40)
    assert [a.overdue for a in plan].count(True) == 1
    # the actions still running are due after the day the demo was made
    running = [a for a in plan if a.status in ("on_track", "not_started")]
    assert all(a.due_date > date.today() for a in running)


def test_the_demo_plan_passes_the_factor_11_check(ws):
    with ws.session() as s:
        fig = decisions.action_figures(s)
        check = {c.id: c for c in health.health_checks(s)}["actions_on_track"]
    assert (fig.actions, fig.open, fig.late, fig.done, fig.with_indicators) == (6, 4, 1, 1, 4)
    assert check.passed is True and check.factor == 11 and check.topic == "action_plan"
    assert check.figure_text == "3 of 4 open actions on track (1 late), 1 done"
    assert check.threshold_text == "at least 75% of open actions"


def test_actions_falling_behind_fail_the_check(ws):
    with ws.session() as s:
        far = date.today() + timedelta(days=400)  # past every due date of the demo
        check = decisions.action_health(s, today=far)[0]
    assert check.passed is False
    assert check.figure_text == "0 of 4 open actions on track (4 late), 1 done"


def test_without_a_plan_the_check_cannot_tell(tmp_path):
    ws = open_workspace(tmp_path / "empty.cluster", create=True)
    try:
        with ws.session() as s:
            check = {c.id: c for c in health.health_checks(s)}["actions_on_track"]
        assert check.passed is None and check.figure_text == "no action plan yet"
    finally:
        ws.close()


# ----- adopting -----------------------------------------------------------------------
def test_adopt_the_top_k_skips_what_is_already_adopted(ws):
    with ws.session() as s:
        first_round = _round_ids(s)[0]
        adoption = decisions.adopt_top(s, first_round, 3, "  The top three   of round 1. ",
                                       actor="Marie")
        assert [d.priority_title for d in adoption.decisions] == [
            "Training in post-harvest quality"]
        assert adoption.skipped == [FIRST, SECOND]
        assert adoption.message == ("1 priority adopted. Already adopted: “Shared fermentation "
                                    "& drying centre”, “Joint export brand for fine cocoa”.")
        made = adoption.decisions[0]
        assert made.statement == "The top three of round 1."
        assert made.adopted_by == "Marie"
        assert made.basis == ("Round 1: rank the candidates: 3rd of 8, points 88; "
                              "moderate agreement (W = 0.44).")
        assert _texts(s, "decision.adopted")[-1].startswith(
            "Adopted “Training in post-harvest quality” (Round 1")
    with ws.session() as s:
        assert [d.priority_title for d in decisions.list_decisions(s, 1)] == [
            FIRST, SECOND, "Training in post-harvest quality"]


def test_one_priority_and_its_refusals(ws):
    with ws.session() as s:
        first_round, second_round, open_round = _round_ids(s)
        by_title = {c.title: c for c in decisions.candidates(s, first_round)}
        assert by_title[FIRST].adopted and not by_title["Youth in cocoa apprenticeship scheme"
                                                       ].adopted
        youth = by_title["Youth in cocoa apprenticeship scheme"].priority_id
        with pytest.raises(UserError, match="needs a statement"):
            decisions.adopt(s, first_round, [youth], "   ")
        with pytest.raises(UserError, match="already adopted in this workshop"):
            decisions.adopt(s, first_round, [by_title[FIRST].priority_id], "Again")
        with pytest.raises(UserError, match=r"Close Round 3.* before adopting"):
            decisions.adopt(s, open_round, [youth], "Too early")
        with pytest.raises(UserError, match="does not say which priorities reached consensus"):
            decisions.adopt_consensus(s, first_round, "All of them")
        with pytest.raises(UserError, match="not one of the round's options"):
            decisions.adopt(s, second_round, [youth], "Not offered in round 2")
        made = decisions.adopt(s, first_round, [youth], "Youth matter.").decisions
        assert [d.priority_title for d in made] == ["Youth in cocoa apprenticeship scheme"]
        assert decisions.has_consensus_figures(s, second_round)
        assert not decisions.has_consensus_figures(s, first_round)


def test_a_tie_at_the_cut_adopts_every_tied_priority(ws):
    with ws.session() as s:
        workshop = create_workshop(s, "Follow-up workshop", date=date(2026, 9, 1))
        voters = list(s.scalars(select(Member.id).order_by(Member.id)))[:2]
        for member_id in voters:
            s.add(Attendance(workshop_id=workshop.id, member_id=member_id, role="voter"))
        priorities = []
        for i, title in enumerate(["Cold store", "Website", "Soil lab"]):
            p = Priority(workshop_id=workshop.id, title=title, position=i)
            s.add(p)
            priorities.append(p)
        s.flush()
        info = voting.create_round(s, workshop.id, [p.id for p in priorities], "borda",
                                   anonymity="named")
        a, b, c = (o.id for o in info.options)
        voting.record_ballot(s, info.id, {a: 1, b: 2, c: 3}, voter_id=voters[0])
        voting.record_ballot(s, info.id, {b: 1, a: 2, c: 3}, voter_id=voters[1])
        voting.close_round(s, info.id)
        adoption = decisions.adopt_top(s, info.id, 1, "The two tied for first.")
        assert sorted(d.priority_title for d in adoption.decisions) == ["Cold store", "Website"]
        assert all("1st (tied) of 3" in d.basis for d in adoption.decisions)
        # per workshop and across the workspace
        assert len(decisions.list_decisions(s, workshop.id)) == 2
        assert [d.workshop_title for d in decisions.list_decisions(s)] == [
            "Priority-setting workshop 2026"] * 2 + ["Follow-up workshop"] * 2


# ----- taking a decision back --------------------------------------------------------------
def test_taking_back_a_decision_with_actions_needs_confirming_and_undo_restores_all(ws):
    with ws.session() as s:
        first = decisions.list_decisions(s)[0]
        with pytest.raises(decisions.ActionsWouldGo, match="has 3 action") as refused:
            decisions.unadopt(s, first.id)
        assert refused.value.actions == 3
    with ws.session() as s:
        before = {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                  for m in (Decision, Action, ActionPartner, Indicator)}
        uids = set(s.scalars(select(Action.uid)))
        snapshot = decisions.unadopt(s, first.id, confirmed=True, actor="Marie")
    with ws.session() as s:
        assert [d.priority_title for d in decisions.list_decisions(s)] == [SECOND]
        assert s.scalar(select(func.count()).select_from(Action)) == 3
        assert _texts(s, "decision.withdrawn") == [
            f"Decision on “{FIRST}” taken back with its 3 action(s)."]
    with ws.session() as s:
        restored = decisions.restore_decision(s, snapshot)
    with ws.session() as s:
        after = {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                 for m in (Decision, Action, ActionPartner, Indicator)}
        assert after == before
        assert set(s.scalars(select(Action.uid))) == uids
        assert decisions.get_decision(s, restored).uid == first.uid
        assert [d.priority_title for d in decisions.list_decisions(s)] == [FIRST, SECOND]


def test_a_decision_without_actions_goes_without_asking(ws):
    with ws.session() as s:
        made = decisions.adopt_top(s, _round_ids(s)[0], 3, "Top three").decisions[0]
        decisions.unadopt(s, made.id)
        assert len(decisions.list_decisions(s)) == 2
        with pytest.raises(UserError, match="no longer exists"):
            decisions.get_decision(s, made.id)


def test_the_statement_can_be_changed_and_changed_back(ws):
    with ws.session() as s:
        first = decisions.list_decisions(s)[0]
        old = decisions.update_statement(s, first.id, "New words.")
        assert decisions.get_decision(s, first.id).statement == "New words."
        decisions.update_statement(s, first.id, old)
        assert decisions.get_decision(s, first.id).statement == old


# ----- actions ----------------------------------------------------------------------------
def test_an_action_is_checked_before_anything_is_written(ws):
    with ws.session() as s:
        decision = decisions.list_decisions(s)[1].id
        lead = _member(s, "Jouvay Chocolate Ltd")
        start = date(2027, 1, 10)
        cases = [
            (dict(title="  "), "needs a title"),
            (dict(title="x", start_date=start, due_date=start - timedelta(days=1)),
             r"due date \(2027-01-09\) comes before the start \(2027-01-10\)"),
            (dict(title="x", lead_id=99999), "lead must be a member of the roster"),
            (dict(title="x", partner_ids=[99999]), "partner must be a member"),
            (dict(title="x", budget="-5"), "cannot be below zero"),
            (dict(title="x", budget="lots"), "“lots” is not a number"),
            (dict(title="x", budget="NaN"), "“NaN” is not a number"),
            (dict(title="x", currency="Eastern Caribbean dollars"), "currency is too long"),
            (dict(title="x", status="finished"), "Unknown action status “finished”"),
        ]
        count = s.scalar(select(func.count()).select_from(Action))
        for values, message in cases:
            title = values.pop("title")
            with pytest.raises(UserError, match=message):
                decisions.add_action(s, decision, title, **values)
        assert s.scalar(select(func.count()).select_from(Action)) == count
        action = decisions.add_action(
            s, decision, "Tasting panel", lead_id=lead, partner_ids=[lead, _member(
                s, "Grenada Chocolate Company")], start_date=start, due_date=start,
            budget="12,500.5", currency="XCD", actor="Marie")
        view = decisions.get_action(s, action)
        assert view.budget == Decimal("12500.50") and view.currency == "XCD"
        assert view.partner_names == ("Grenada Chocolate Company",)  # the lead is not a partner
        assert view.status == "not_started" and not view.overdue
        with pytest.raises(UserError, match="comes before the start"):
            decisions.update_action(s, action, due_date=start - timedelta(days=3))
        assert decisions.get_action(s, action).due_date == start  # nothing changed


def test_editing_returns_what_undo_needs(ws):
    with ws.session() as s:
        action = decisions.list_actions(s, status="not_started")[0]
        before = decisions.update_action(s, action.id, status="on_track", budget=Decimal("9000"),
                                         notes="Started early.", actor="Marie")
        assert before == {"status": "not_started", "budget": Decimal("8000.00"), "notes": ""}
        assert _texts(s, "action.changed")[-1] == (
            f"Action “{action.title}”: status Not started → On track; changed: budget, notes.")
        decisions.update_action(s, action.id, **before)
        again = decisions.get_action(s, action.id)
        assert (again.status, again.budget, again.notes) == ("not_started", Decimal("8000.00"), "")


def test_statuses_change_together_or_not_at_all(ws):
    with ws.session() as s:
        plan = {a.title: a for a in decisions.list_actions(s)}
        late = plan["Fermentation and drying protocol training for growers"]
        brand = plan["Brand name, logo and origin story for Grenada fine cocoa"]
        with pytest.raises(UserError, match="Unknown action status"):
            decisions.set_statuses(s, {late.id: "done", brand.id: "half done"})
        assert decisions.get_action(s, late.id).status == "late"
        before = decisions.set_statuses(s, {late.id: "done", brand.id: "on_track"},
                                        notes={late.id: "All five sessions held."},
                                        actor="Marie")
        assert before == {late.id: "late"}  # the brand was on track already
        done = decisions.get_action(s, late.id)
        assert done.status == "done" and not done.overdue and done.notes == "All five sessions held."
        assert _texts(s, "action.status") == [
            "Action “Fermentation and drying protocol training for growers”: status Late → Done."]


def test_overdue_first_then_by_due_date_and_filters(ws):
    with ws.session() as s:
        today = date.today()
        plan = decisions.list_actions(s, today=today)
        dues = [a.due_date for a in plan if not a.overdue]
        assert dues == sorted(dues)
        lead = _member(s, "Grenada Development Bank")
        assert [a.title for a in decisions.list_actions(s, lead_id=lead)] == [
            "Secure land and co-funding for the centre"]
        assert {a.status for a in decisions.list_actions(s, open_only=True)} == {
            "late", "on_track", "not_started"}
        assert len(decisions.list_actions(s, workshop_id=1)) == 6
        assert decisions.open_actions_for_review(s, workshop_id=1) == []
        assert len(decisions.open_actions_for_review(s)) == 4
    assert is_overdue(today - timedelta(days=1), "on_track", today)
    assert not is_overdue(today, "on_track", today)
    assert not is_overdue(today - timedelta(days=1), "done", today)
    assert not is_overdue(today - timedelta(days=1), "dropped", today)
    assert not is_overdue(None, "late", today)
    assert status_key(" On track ") == "on_track" and status_key("DONE") == "done"
    assert status_key("not-started") == "not_started" and status_key("finished") is None


def test_delete_and_put_back_an_action(ws):
    with ws.session() as s:
        action = decisions.list_actions(s)[0]
        snapshot = decisions.delete_action(s, action.id, actor="Marie")
        assert s.scalar(select(func.count()).select_from(Indicator).where(
            Indicator.action_id == action.id)) == 0
    with ws.session() as s:
        restored = decisions.restore_action(s, snapshot)
        again = decisions.get_action(s, restored)
        assert (again.uid, again.title, again.partner_names, len(again.indicators)) == (
            action.uid, action.title, action.partner_names, 1)
        assert _texts(s, "action.")[-2:] == [f"Action “{action.title}” deleted.",
                                              f"Action “{action.title}” put back."]


# ----- indicators ---------------------------------------------------------------------------
def test_indicators_are_numbers_with_a_name(ws):
    with ws.session() as s:
        action = decisions.list_actions(s, status="not_started")[0].id
        with pytest.raises(UserError, match="needs a name"):
            decisions.add_indicator(s, action, name="")
        with pytest.raises(UserError, match="target “ten” is not a number"):
            decisions.add_indicator(s, action, name="Members certified", target="ten")
        added = decisions.add_indicator(s, action, name="Members certified", baseline="0",
                                        target="1,000", unit="members", source="Bureau list")
        [view] = decisions.list_indicators(s, action)
        assert (view.baseline, view.target, view.actual, view.progress) == (0, 1000, None, None)
        changed = decisions.update_indicator(s, added, actual=250, measured_on=date(2027, 2, 1))
        assert changed == {"actual": None, "measured_on": None}
        assert decisions.list_indicators(s, action)[0].progress == pytest.approx(0.25)
        row = decisions.delete_indicator(s, added)
        assert decisions.list_indicators(s, action) == []
        decisions.restore_indicator(s, row)
        assert decisions.list_indicators(s, action)[0].uid == view.uid


def test_a_deleted_member_leaves_the_action_without_a_lead(ws):
    from facilitator_app.services import roster

    with ws.session() as s:
        bank = _member(s, "Grenada Development Bank")
        roster.delete_member(s, bank)
    with ws.session() as s:
        secure = next(a for a in decisions.list_actions(s)
                      if a.title == "Secure land and co-funding for the centre")
        assert secure.lead_id is None and secure.lead_name == ""
        feasibility = next(a for a in decisions.list_actions(s) if a.status == "done")
        assert "Grenada Development Bank" not in feasibility.partner_names


@pytest.mark.parametrize("typed, amount", [
    ("1,234.56", "1234.56"), ("1.234,56", "1234.56"), ("1 234,56", "1234.56"),
    ("12,50", "12.50"), ("12.5", "12.50"), ("6500", "6500.00"), ("1,234", "1234.00"),
    ("1.234.567", "1234567.00"), ("0,5", "0.50")])
def test_a_budget_is_read_as_it_is_typed_in_each_language(typed, amount):
    from decimal import Decimal

    from facilitator_app.services.decisions import clean_budget

    assert clean_budget(typed) == Decimal(amount)


@pytest.mark.parametrize("typed", ["1.2345", "12,345,6", "1,2,3.4.5", "twelve"])
def test_a_budget_that_cannot_be_read_for_sure_is_refused(typed):
    from facilitator_app.core.errors import UserError
    from facilitator_app.services.decisions import clean_budget

    with pytest.raises(UserError, match="is not a number"):
        clean_budget(typed)
