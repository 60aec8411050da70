"""Health checks of a cluster initiative against the Greenbook success factors.

Pure functions on plain figures: each check takes a figures object and
returns a :class:`HealthCheck` saying what was measured, the threshold, the
result (``passed`` is None when the data cannot tell), the success factor it
comes from and why it matters. ``services.health`` gathers the figures from
a workspace; a new check (e.g. "a workshop in the last 12 months", from
workshop figures) is a new function here plus a gatherer registered there.

Sources: the Cluster Initiative Greenbook (about 500 initiatives surveyed),
and the reference thresholds of a European cluster platform (at least 2
member types). Texts are English templates marked for translation; the GUI
translates ``title``/``explanation`` and formats ``figure``/``threshold``
from the parameters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from facilitator_app.core.roster_fields import QT_TRANSLATE_NOOP
from facilitator_app.core.text import fold

T = QT_TRANSLATE_NOOP

# Greenbook success factors (domain notes), in the project's words.
SUCCESS_FACTORS: dict[int, str] = {
    1: T("health", "Consensus on top priorities, based on a SWOT analysis"),
    2: T("health", "Initiated and funded by government, industry or both"),
    3: T("health", "Selected through competition"),
    4: T("health", "10 or more active members"),
    5: T("health", "Members self-selected, not picked by government"),
    6: T("health", "Not limited to domestic companies"),
    7: T("health", "A dedicated facilitator and a budget funded by members"),
    8: T("health", "Companies remain the decision makers"),
    9: T("health", "Time spent building a shared framework"),
    10: T("health", "Facilitator credibility and consensus"),
    11: T("health", "Monitoring and evaluation with performance indicators"),
}

MIN_ACTIVE_MEMBERS = 10
MIN_FIRM_SHARE = 0.5
MIN_MEMBER_TYPES = 2


@dataclass(frozen=True)
class HealthCheck:
    """One line of the health panel.

    ``figure`` and ``threshold`` are English templates filled from
    ``params``; ``value`` is the raw number measured (None if unknown).
    """

    id: str
    title: str
    figure: str
    threshold: str
    passed: bool | None
    explanation: str
    factor: int | None = None
    reference: str = ""
    value: float | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    topic: str = "members"  # the page that holds the data (for navigation)

    @property
    def factor_name(self) -> str:
        return SUCCESS_FACTORS.get(self.factor, "") if self.factor else ""

    @property
    def figure_text(self) -> str:
        return self.figure.format(**self.params)

    @property
    def threshold_text(self) -> str:
        return self.threshold.format(**self.params)

    @property
    def status_symbol(self) -> str:
        return {True: "\u2714", False: "\u2716", None: "\u2013"}[self.passed]


@dataclass(frozen=True)
class RosterFigures:
    """What the roster checks need, counted from the members."""

    members: int = 0
    active: int = 0
    active_by_type: Mapping[str | None, int] = field(default_factory=dict)
    # Among active members: how many have foreign or joint ownership, how
    # many have the ownership recorded at all.
    active_foreign_or_joint: int = 0
    active_ownership_known: int = 0
    # Active members' countries (as typed) -> count, and the cluster's country.
    active_countries: Mapping[str, int] = field(default_factory=dict)
    cluster_country: str = ""

    @property
    def active_firms(self) -> int:
        return int(self.active_by_type.get("firm", 0))

    @property
    def member_types(self) -> int:
        return sum(1 for key, n in self.active_by_type.items() if key and n > 0)

    @property
    def active_abroad(self) -> int:
        """Active members whose country differs from the cluster's (0 if unknown)."""
        home = fold(self.cluster_country)
        if not home:
            return 0
        return sum(n for country, n in self.active_countries.items()
                   if fold(country) and fold(country) != home)


def check_active_members(fig: RosterFigures) -> HealthCheck:
    return HealthCheck(
        id="active_members",
        title=T("health", "Active members"),
        figure=T("health", "{active} active of {members} members"),
        threshold=T("health", "at least {minimum}"),
        passed=fig.active >= MIN_ACTIVE_MEMBERS,
        explanation=T(
            "health",
            "Nearly all initiatives in the Greenbook survey (95%) had at least 10 active "
            "members: below that, too few firms carry the work.",
        ),
        factor=4,
        reference=T("health", "Cluster Initiative Greenbook"),
        value=fig.active,
        params={"active": fig.active, "members": fig.members, "minimum": MIN_ACTIVE_MEMBERS},
    )


def check_firm_share(fig: RosterFigures) -> HealthCheck:
    share = fig.active_firms / fig.active if fig.active else None
    return HealthCheck(
        id="firm_share",
        title=T("health", "Share of firms"),
        figure=(
            T("health", "{percent}% firms ({firms} of {active} active members)")
            if share is not None else T("health", "no active members yet")
        ),
        threshold=T("health", "at least {minimum}%"),
        passed=None if share is None else share >= MIN_FIRM_SHARE,
        explanation=T(
            "health",
            "Companies should remain the decision makers and most influential parties; "
            "a reference rule asks for at least half firms among the partners.",
        ),
        factor=8,
        reference=T("health", "Cluster Initiative Greenbook"),
        value=share,
        params={
            "percent": round(share * 100) if share is not None else 0,
            "firms": fig.active_firms, "active": fig.active,
            "minimum": round(MIN_FIRM_SHARE * 100),
        },
    )


def check_member_types(fig: RosterFigures) -> HealthCheck:
    n = fig.member_types
    return HealthCheck(
        id="member_types",
        title=T("health", "Member types"),
        figure=T("health", "{types} types among active members"),
        threshold=T("health", "at least {minimum}"),
        passed=None if fig.active == 0 else n >= MIN_MEMBER_TYPES,
        explanation=T(
            "health",
            "Firms plus support organisations (training, research, standards, finance, "
            "government) make a cluster rather than a club; a European cluster platform "
            "asks for at least 2 member types.",
        ),
        factor=None,
        reference=T("health", "European cluster platform criterion"),
        value=n,
        params={"types": n, "minimum": MIN_MEMBER_TYPES},
    )


def check_not_domestic_only(fig: RosterFigures) -> HealthCheck:
    """Passed when an active member is foreign or joint owned, or is based in
    another country than the cluster (profile country). Unknown when neither
    ownership nor a country that can be compared is recorded."""
    foreign, abroad = fig.active_foreign_or_joint, fig.active_abroad
    comparable_countries = bool(fold(fig.cluster_country)) and any(
        fold(c) for c in fig.active_countries
    )
    if foreign or abroad:
        passed: bool | None = True
        figure = T("health", "{foreign} foreign or joint owned, {abroad} based abroad")
    elif fig.active and (fig.active_ownership_known or comparable_countries):
        passed = False
        figure = T("health", "only domestic members")
    else:
        passed = None
        figure = T("health", "ownership and country not recorded")
    return HealthCheck(
        id="not_domestic_only",
        title=T("health", "Open beyond domestic firms"),
        figure=figure,
        threshold=T("health", "at least one foreign, joint-owned or cross-border member"),
        passed=passed,
        explanation=T(
            "health",
            "Initiatives limited to domestic companies do worse: foreign-owned firms and "
            "partners across the border bring markets, skills and investment.",
        ),
        factor=6,
        reference=T("health", "Cluster Initiative Greenbook"),
        value=foreign + abroad,
        params={"foreign": foreign, "abroad": abroad},
    )


RosterCheck = Callable[[RosterFigures], HealthCheck]
ROSTER_CHECKS: list[RosterCheck] = [
    check_active_members,
    check_firm_share,
    check_member_types,
    check_not_domestic_only,
]


def roster_checks(fig: RosterFigures, checks: Iterable[RosterCheck] = ROSTER_CHECKS
                  ) -> list[HealthCheck]:
    return [check(fig) for check in checks]


# ----- workshops and votes ----------------------------------------------------
RECENT_DAYS = 365
MIN_AGREEMENT_W = 0.4  # "moderate" or better on the app's Kendall's W bands


@dataclass(frozen=True)
class ActivityFigures:
    """What the workshop and voting checks need."""

    workshops_last_12_months: int = 0
    last_workshop: str = ""  # ISO date of the latest held workshop, "" if none
    last_round_method: str = ""  # method of the latest closed vote round, "" if none
    last_round_title: str = ""
    last_round_kendall_w: float | None = None
    last_round_consensus_options: int | None = None  # gradients: options at consensus


def check_recent_workshops(fig: ActivityFigures) -> HealthCheck:
    n = fig.workshops_last_12_months
    return HealthCheck(
        id="recent_workshops",
        title=T("health", "Workshops in the last 12 months"),
        figure=(T("health", "{count} held, the latest on {last}") if n
                else T("health", "no workshop in the last 12 months")),
        threshold=T("health", "at least 1"),
        passed=n >= 1,
        explanation=T(
            "health",
            "Members build a shared view of why and how they work together by meeting: "
            "an initiative with no workshop for a year is losing its momentum.",
        ),
        factor=9,
        reference=T("health", "Cluster Initiative Greenbook"),
        value=n,
        params={"count": n, "last": fig.last_workshop},
        topic="workshops",
    )


def check_last_vote_consensus(fig: ActivityFigures) -> HealthCheck:
    """Passed when the latest closed round shows consensus: for gradients at
    least one option reached it; for ranked methods Kendall's W is at least
    moderate. Other methods carry no consensus statistic: unknown."""
    params: dict[str, Any] = {"title": fig.last_round_title, "minimum": MIN_AGREEMENT_W}
    passed: bool | None
    if not fig.last_round_method:
        passed, figure = None, T("health", "no closed vote round yet")
    elif fig.last_round_consensus_options is not None:
        n = fig.last_round_consensus_options
        passed = n > 0
        params["count"] = n
        figure = T("health", "{title}: consensus on {count} option(s)")
    elif fig.last_round_kendall_w is not None:
        passed = fig.last_round_kendall_w >= MIN_AGREEMENT_W
        params["w"] = f"{fig.last_round_kendall_w:.2f}"
        figure = T("health", "{title}: Kendall's W = {w}")
    else:
        passed, figure = None, T("health", "{title}: this method has no consensus figure")
    return HealthCheck(
        id="last_vote_consensus",
        title=T("health", "Consensus on the last vote"),
        figure=figure,
        threshold=T("health", "consensus on an option, or W of at least {minimum}"),
        passed=passed,
        explanation=T(
            "health",
            "Initiatives that agree on their top priorities, based on a SWOT, do better; "
            "failure is often linked to a lack of consensus.",
        ),
        factor=1,
        reference=T("health", "Cluster Initiative Greenbook"),
        value=fig.last_round_kendall_w,
        params=params,
        topic="workshops",
    )


def activity_checks(fig: ActivityFigures) -> list[HealthCheck]:
    return [check_recent_workshops(fig), check_last_vote_consensus(fig)]
