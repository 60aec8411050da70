"""Plain records the services read from a workspace and everything above shows.

The screens, the CLI and the file writers in ``export`` all read these, so
they live below all of them: pure dataclasses, no database, no Qt. Each is
still importable from the service that builds it (``services.swot.ItemView``
and so on), but new code imports them from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from facilitator_app.core.domain import MEMBER_TYPES, label_of

if TYPE_CHECKING:
    from facilitator_app.core.voting import MethodParams


@dataclass
class ProfileData:
    name: str = ""
    country: str = ""
    sector: str = ""
    cluster_type: str = ""
    maturity: str = ""
    facilitator: str = ""
    description: str = ""


@dataclass(frozen=True)
class WorkshopSummary:
    """One row of the workshop list."""

    id: int
    uid: str
    title: str
    date: date | None
    venue: str
    facilitator: str
    status: str
    notes: str
    voters: int
    observers: int
    swot_template_id: str | None
    language: str | None = None  # the participants' (None: the app's language)

    @property
    def attendees(self) -> int:
        return self.voters + self.observers


@dataclass(frozen=True)
class Attendee:
    """One attendance row, with what the screens show about the member."""

    member_id: int
    name: str
    member_type: str | None
    member_status: str
    role: str
    representative: str
    contact_person: str
    vote_weight: float

    @property
    def type_label(self) -> str:
        return label_of(MEMBER_TYPES, self.member_type) if self.member_type else ""


@dataclass(frozen=True)
class TypeCount:
    """Attendees of one member type, by role."""

    member_type: str | None
    label: str
    voters: int
    observers: int

    @property
    def total(self) -> int:
        return self.voters + self.observers


@dataclass(frozen=True)
class ItemView:
    """A SWOT item as screens and exports show it."""

    id: int
    uid: str
    workshop_id: int
    quadrant: str
    text: str
    position: int
    dots: int
    number: int = 0  # 1-based rank in its quadrant, as the board shows it
    member_ids: tuple[int, ...] = ()
    member_names: tuple[str, ...] = ()
    strategy_ids: tuple[int, ...] = ()

    @property
    def label(self) -> str:
        """Short reference used on the TOWS grid: "S1", "W3" ..."""
        return f"{self.quadrant}{self.number}"


@dataclass(frozen=True)
class StrategyView:
    """A strategy with the SWOT items it draws on (in board order)."""

    id: int
    uid: str
    workshop_id: int
    kind: str
    text: str
    position: int
    items: tuple[ItemView, ...]
    number: int = 0  # 1-based rank within its kind

    @property
    def item_ids(self) -> tuple[int, ...]:
        return tuple(i.id for i in self.items)

    @property
    def label(self) -> str:
        """Short reference: "SO1", "WT2" ..."""
        return f"{self.kind}{self.number}"


@dataclass(frozen=True)
class PriorityView:
    id: int
    uid: str
    workshop_id: int
    title: str
    description: str
    category: str
    position: int
    source_kind: str
    source_tows_id: int | None
    source_swot_id: int | None
    source_text: str = ""  # the strategy or item it came from, as it reads now
    source_ref: str = ""  # "SO1", "W2" ...
    rounds: int = 0  # vote rounds it is an option in
    number: int = 0  # 1-based place in the list (the ballot order)


@dataclass(frozen=True)
class OptionInfo:
    id: int  # round_options.id
    priority_id: int
    label: str  # unique within the round: what results, matrices and charts show
    title: str
    position: int


@dataclass(frozen=True)
class RoundInfo:
    id: int
    uid: str
    workshop_id: int
    number: int
    title: str
    method: str
    params: dict[str, Any]
    anonymity: str
    status: str
    view_filter: str
    use_weights: bool
    previous_round_id: int | None
    locked: bool
    options: tuple[OptionInfo, ...]
    closed_at: datetime | None
    phone_codes: int = 0  # phone codes that can still vote (issued, not used yet)

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    @property
    def method_params(self) -> MethodParams:
        # Imported here: the voting engine is not needed to list rounds (start-up time).
        from facilitator_app.core.voting import MethodParams

        known = MethodParams.__dataclass_fields__
        return MethodParams(**{k: v for k, v in self.params.items() if k in known})

    def option_by_label(self, label: str) -> OptionInfo:
        return next(o for o in self.options if o.label == label)


@dataclass(frozen=True)
class PaperBallotData:
    """What a sheet of paper ballots prints (see export.paper_ballots)."""

    round: RoundInfo
    code: str
    cluster: str
    workshop: str
    workshop_date: str
    names: list[str]  # one ballot each; empty in secret rounds
    blank: int  # ballots without a name (secret rounds)
    language: str | None = None  # the workshop's participants' (None: the app's)
