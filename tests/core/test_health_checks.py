"""Health checks as pure functions of roster figures."""

from __future__ import annotations

from facilitator_app.core.health import (
    SUCCESS_FACTORS,
    RosterFigures,
    check_active_members,
    check_firm_share,
    check_member_types,
    check_not_domestic_only,
    roster_checks,
)


def figures(**kw) -> RosterFigures:
    return RosterFigures(**kw)


def test_active_members_threshold_is_ten():
    nine = check_active_members(figures(members=12, active=9))
    ten = check_active_members(figures(members=12, active=10))
    assert (nine.passed, ten.passed) == (False, True)
    assert ten.factor == 4 and ten.factor_name == SUCCESS_FACTORS[4]
    assert ten.figure_text == "10 active of 12 members"
    assert ten.threshold_text == "at least 10"
    assert ten.status_symbol == "\u2714" and nine.status_symbol == "\u2716"


def test_firm_share_needs_half_and_is_unknown_without_active_members():
    half = check_firm_share(figures(active=10, active_by_type={"firm": 5, "academic": 5}))
    less = check_firm_share(figures(active=10, active_by_type={"firm": 4, "ministry": 6}))
    none = check_firm_share(figures())
    assert (half.passed, less.passed, none.passed) == (True, False, None)
    assert half.figure_text == "50% firms (5 of 10 active members)"
    assert half.factor == 8 and none.status_symbol == "\u2013"
    assert less.value == 0.4


def test_member_types_counts_known_types_only():
    one = check_member_types(figures(active=5, active_by_type={"firm": 4, None: 1}))
    two = check_member_types(figures(active=5, active_by_type={"firm": 4, "academic": 1}))
    assert (one.passed, two.passed) == (False, True)
    assert one.value == 1 and two.figure_text == "2 types among active members"
    assert two.factor is None and "European" in two.reference


def test_domestic_only_rule():
    home = {"active": 3, "active_by_type": {"firm": 3}, "cluster_country": "Grenada"}
    foreign = check_not_domestic_only(figures(**home, active_foreign_or_joint=1,
                                              active_ownership_known=3))
    abroad = check_not_domestic_only(figures(**home, active_countries={"Grenada": 2, "Haïti": 1}))
    accents = check_not_domestic_only(figures(**home, active_countries={"GRENADA ": 3}))
    domestic = check_not_domestic_only(figures(**home, active_ownership_known=3,
                                               active_countries={"Grenada": 3}))
    unknown = check_not_domestic_only(figures(active=3, active_by_type={"firm": 3}))
    assert foreign.passed is True and abroad.passed is True
    assert abroad.figure_text == "0 foreign or joint owned, 1 based abroad"
    assert accents.passed is False  # same country, other spelling: still domestic
    assert domestic.passed is False and domestic.figure_text == "only domestic members"
    assert unknown.passed is None
    assert domestic.factor == 6


def test_roster_checks_order_and_ids():
    checks = roster_checks(figures(members=1, active=1, active_by_type={"firm": 1}))
    assert [c.id for c in checks] == [
        "active_members", "firm_share", "member_types", "not_domestic_only"
    ]
    assert all(c.explanation and c.title for c in checks)
