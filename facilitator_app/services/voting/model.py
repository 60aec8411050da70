"""What the voting services hand to screens, exports and the command line."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from facilitator_app.core.errors import UserError
from facilitator_app.core.views import RoundInfo
from facilitator_app.core.voting import (
    Ballot as EngineBallot,
)
from facilitator_app.core.voting import (
    MethodParams,
    TallyResult,
)
from facilitator_app.i18n.messages import _

SOURCES = ("grid", "kiosk", "paper", "import", "phone", "hands")
VIEWS_HELP = "all | firms | type:<member type key>"
_PARAM_FIELDS = set(MethodParams.__dataclass_fields__)


class BallotRejected(UserError):
    """A ballot that cannot be recorded; ``problems`` lists every reason."""

    def __init__(self, problems: list[str], voter: str | None = None) -> None:
        reasons = "; ".join(problems)
        super().__init__(_("{voter}: {reasons}", voter=voter, reasons=reasons) if voter
                         else reasons)
        self.problems = problems


@dataclass(frozen=True)
class VoterInfo:
    member_id: int
    name: str
    member_type: str | None
    weight: float
    representative: str = ""


@dataclass(frozen=True)
class BallotInfo:
    id: int
    voter_id: int | None
    voter_name: str | None
    voter_type: str | None
    values: dict[int, float]  # option id -> number
    values2: dict[int, float]
    source: str
    entered_by: str
    entered_at: datetime | None
    weight: float


@dataclass
class RoundResult:
    """A round's tally for one view, with the labels the engine counted."""

    round: RoundInfo
    result: TallyResult
    view: str
    use_weights: bool
    note: str = ""
    ballots: list[EngineBallot] = field(default_factory=list)

