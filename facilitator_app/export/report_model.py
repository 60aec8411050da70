"""The report data model: what the workbook and the PDF report are written from.

:func:`facilitator_app.services.reports.gather` reads a workshop into one
:class:`ReportData`; the writers (:mod:`facilitator_app.export.workbook`,
:mod:`facilitator_app.export.report_pdf`) only read it. It lives here, with
the writers, so that services call export and export never calls services.
Pure dataclasses: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from facilitator_app import __version__
from facilitator_app.core.action_plan import ActionView, DecisionView
from facilitator_app.core.views import (
    Attendee,
    ItemView,
    PriorityView,
    ProfileData,
    RoundInfo,
    StrategyView,
    TypeCount,
    WorkshopSummary,
)
from facilitator_app.core.voting import ImpactFeasibility, RoundComparison, TallyResult

#: ``progress(fraction 0..1, what is being done)``; it may raise
#: :class:`ExportCancelled` to stop the export (the target file is untouched).
Progress = Callable[[float, str], None]


class ExportCancelled(Exception):
    """Raised by a progress callback to stop an export; nothing is written."""


def no_progress(_fraction: float, _text: str) -> None:
    return None


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class AuditRow:
    at: datetime | None  # UTC, without tzinfo (spreadsheets know no time zones)
    action: str  # the stored code, "round.closed"
    actor: str  # who did it, as recorded ("" when nobody was recorded)
    entity: str
    round_number: int | None
    details: str  # "key: value; ..." with private details removed
    what: str = ""  # the action in words: "Round closed"
    by: str = ""  # who did it, in words: the actor, or why nobody is named

    @property
    def action_words(self) -> str:
        return self.what or self.action


@dataclass(frozen=True)
class RoundWeights:
    """How a weighted round weighed its ballots, for a sentence in any language."""

    by_type: tuple[tuple[str | None, float], ...]  # member types weighed apart, and their weight
    others: float | None  # every other ballot's weight; None: weights vary within a type
    low: float  # the lowest and highest weight of a ballot
    high: float
    counted: int  # ballots counted
    total: float  # the votes they carry


@dataclass(frozen=True)
class RoundReport:
    """One vote round as the outputs show it."""

    info: RoundInfo
    method_label: str  # "Ranking (Borda count)"
    anonymity_label: str  # "Anonymous"
    anonymity_text: str  # the honest long label
    ballots: int  # ballots stored (shows of hands count one per mark)
    # Header ("Voter", options..., and "<option> (feasibility)"... in a
    # two-criteria round) then one row per ballot.
    matrix: list[list[Any]]
    all_voters: TallyResult
    firms: TallyResult | None  # None for secret rounds (see firms_note)
    firms_note: str
    previous: RoundInfo | None
    comparison: RoundComparison | None
    quadrants: ImpactFeasibility | None = None  # two-criteria rounds: the 2x2, all voters
    weights_note: str = ""  # "Ballots are weighted: firms 2, others 1; ..." when they are
    weights: RoundWeights | None = None  # the same, as figures (None when not weighted)

    @property
    def two_criteria(self) -> bool:
        return self.quadrants is not None

    @property
    def number(self) -> int:
        return self.info.number

    @property
    def title(self) -> str:
        return self.info.title

    @property
    def heading(self) -> str:
        """'Round 2: gradients ...' (the number added when the title lacks it)."""
        title = self.info.title
        prefix = f"round {self.info.number}"
        if title.casefold().startswith(prefix) and not title[len(prefix):][:1].isdigit():
            return title
        return f"Round {self.info.number}: {title}"

    @property
    def method(self) -> str:
        return self.info.method

    def priority_title(self, option: str) -> str:
        """The full title of the priority behind an option label."""
        try:
            return self.info.option_by_label(option).title
        except StopIteration:
            return option


@dataclass(frozen=True)
class ReportData:
    profile: ProfileData
    workshop: WorkshopSummary
    attendees: tuple[Attendee, ...]
    by_type: tuple[TypeCount, ...]
    voter_names_shown: bool
    names_note: str  # why voting members are not named ("" when they are)
    swot: dict[str, list[ItemView]]
    tows: dict[str, list[StrategyView]]
    priorities: list[PriorityView]
    rounds: list[RoundReport]
    audit: list[AuditRow]
    generated_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))
    app_version: str = __version__
    # The priorities this workshop adopted and their action plans (overdue first).
    decisions: tuple[DecisionView, ...] = ()
    actions: tuple[ActionView, ...] = ()

    @property
    def cluster_name(self) -> str:
        return self.profile.name or "Cluster"

    @property
    def voters(self) -> list[Attendee]:
        return [a for a in self.attendees if a.role == "voter"]

    @property
    def observers(self) -> list[Attendee]:
        return [a for a in self.attendees if a.role == "observer"]

    @property
    def listed_attendees(self) -> list[Attendee]:
        """Attendees the outputs may name (observers always; voters unless secret)."""
        if self.voter_names_shown:
            return list(self.attendees)
        return self.observers
