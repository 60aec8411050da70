"""Results: a round's ballots counted for one view, compared, carried into the next round."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator_app.core.errors import UserError
from facilitator_app.core.views import RoundInfo
from facilitator_app.core.voting import (
    Ballot as EngineBallot,
)
from facilitator_app.core.voting import (
    ImpactFeasibility,
    NextRound,
    RoundComparison,
    TallyResult,
    compare_rounds,
    impact_feasibility,
    tally,
)
from facilitator_app.core.voting import next_round as next_round_core
from facilitator_app.core.voting.next_round import Setup as NextRoundSetup
from facilitator_app.i18n.messages import _
from facilitator_app.services.voting.ballot_box import (
    _engine_ballot,
    two_criteria,
)
from facilitator_app.services.voting.model import (
    VIEWS_HELP,
    BallotInfo,
    RoundResult,
)
from facilitator_app.services.voting.rounds import (
    create_round,
    get_round,
)
from facilitator_app.storage.models import (
    Ballot,
    BallotEntry,
    Member,
    VoteRound,
)


def ballots(s: Session, round_id: int) -> list[BallotInfo]:
    """Every ballot of a round with its values (voter shown as stored).

    The member type is the one the voter had when the ballot was cast, so a
    later roster edit does not move a past ballot between result views.
    """
    rows = s.execute(
        select(Ballot, Member.name, Ballot.voter_type)
        .outerjoin(Member, Member.id == Ballot.voter_id)
        .where(Ballot.round_id == round_id)
        .order_by(Member.name, Ballot.id)
    ).all()
    entries: dict[int, list[BallotEntry]] = {}
    for e in s.scalars(select(BallotEntry).join(Ballot, Ballot.id == BallotEntry.ballot_id)
                       .where(Ballot.round_id == round_id)):
        entries.setdefault(e.ballot_id, []).append(e)
    return [
        BallotInfo(
            id=b.id, voter_id=b.voter_id, voter_name=name, voter_type=mtype,
            values={e.option_id: e.value for e in entries.get(b.id, []) if e.value is not None},
            values2={e.option_id: e.value2 for e in entries.get(b.id, []) if e.value2 is not None},
            source=b.source, entered_by=b.entered_by, entered_at=b.entered_at,
            weight=b.weight,
        )
        for b, name, mtype in rows
    ]


def ballots_by_type(s: Session, round_id: int) -> dict[str | None, int]:
    """How many ballots of the round each member type cast (``None``: no type
    stored, as with secret ballots), for offering only the views that have voters."""
    rows = s.execute(select(Ballot.voter_type, func.count(Ballot.id))
                     .where(Ballot.round_id == round_id).group_by(Ballot.voter_type)).all()
    return {mtype: int(n) for mtype, n in rows}


def voter_label(info: RoundInfo, ballot: BallotInfo, index: int) -> str:
    """How a ballot's voter may be shown in results and exports (anonymity mode)."""
    if info.anonymity == "named" and ballot.voter_name:
        return ballot.voter_name
    if ballot.source == "hands":
        return f"Show of hands {index}"
    return f"Voter {index}"



# ----- results ----------------------------------------------------------------
def _view_groups(view: str) -> set[str] | None:
    if view in ("", "all"):
        return None
    if view == "firms":
        return {"firm"}
    if view.startswith("type:"):
        return {view.removeprefix("type:")}
    raise UserError(_("Unknown result view {view!r} ({views_help}).",
                      view=view, views_help=VIEWS_HELP))


@dataclass(frozen=True)
class LoadedRound:
    """A round read once (its info and every ballot), from which the tally of
    any view, the impact / feasibility matrix and the comparison are derived
    without going back to the database."""

    info: RoundInfo
    ballots: tuple[BallotInfo, ...]

    def engine_ballots(self, *, use_weights: bool, second: bool = False) -> list[EngineBallot]:
        """The ballots for the engine (``second``: the feasibility ratings)."""
        return [
            _engine_ballot(self.info, b.values2 if second else b.values, voter=f"ballot {i}",
                           weight=b.weight if use_weights else 1, group=b.voter_type)
            for i, b in enumerate(self.ballots, start=1)
        ]

    def _settings(self, view: str | None, use_weights: bool | None) -> tuple[str, bool]:
        return (self.info.view_filter if view is None else view,
                self.info.use_weights if use_weights is None else use_weights)

    def tally(self, *, view: str | None = None, use_weights: bool | None = None) -> RoundResult:
        """Count the round for one view (all voters, firms only, one member type)."""
        view, use_weights = self._settings(view, use_weights)
        chosen, shown, note = _in_view(self.info, self.engine_ballots(use_weights=use_weights),
                                       view)
        info = self.info
        result = tally(info.method, [o.label for o in info.options], chosen,
                       info.method_params)
        return RoundResult(info, result, shown, use_weights, note, chosen)

    def impact_feasibility(self, *, view: str | None = None,
                           use_weights: bool | None = None) -> ImpactFeasibility | None:
        """The impact / feasibility 2x2 of a two-criteria score round (else ``None``)."""
        if not two_criteria(self.info):
            return None
        view, use_weights = self._settings(view, use_weights)
        impact, _, _ = _in_view(self.info, self.engine_ballots(use_weights=use_weights), view)
        feasibility, _, _ = _in_view(
            self.info, self.engine_ballots(use_weights=use_weights, second=True), view)
        return impact_feasibility([o.label for o in self.info.options], impact, feasibility,
                                  self.info.method_params)


def load_round(s: Session, round_id: int) -> LoadedRound:
    """Read a round and its ballots once (see :class:`LoadedRound`)."""
    return LoadedRound(get_round(s, round_id), tuple(ballots(s, round_id)))


def engine_ballots(s: Session, info: RoundInfo, *, use_weights: bool,
                   second: bool = False) -> list[EngineBallot]:
    """The round's ballots for the engine (``second``: the feasibility ratings)."""
    return LoadedRound(info, tuple(ballots(s, info.id))).engine_ballots(
        use_weights=use_weights, second=second)


def _in_view(info: RoundInfo, all_ballots: list[EngineBallot],
             view: str) -> tuple[list[EngineBallot], str, str]:
    """(ballots of the view, the view actually shown, a note when it differs)."""
    groups = _view_groups(view)
    if groups is None:
        return all_ballots, view, ""
    if info.anonymity == "secret":
        note = ("Secret round: member types are not stored with secret ballots, so "
                "results by member type are not available; all ballots are shown.")
        return all_ballots, "all", note
    return [b for b in all_ballots if b.group in groups], view, ""


def tally_round(s: Session, round_id: int, *, view: str | None = None,
                use_weights: bool | None = None) -> RoundResult:
    """Count a round for one view (all voters, firms only, one member type)."""
    return load_round(s, round_id).tally(view=view, use_weights=use_weights)


def impact_feasibility_round(s: Session, round_id: int, *, view: str | None = None,
                             use_weights: bool | None = None) -> ImpactFeasibility | None:
    """The impact / feasibility 2x2 of a two-criteria score round (else ``None``)."""
    return load_round(s, round_id).impact_feasibility(view=view, use_weights=use_weights)


def compare_with_previous(s: Session, round_id: int, *, view: str | None = None,
                          use_weights: bool | None = None,
                          loaded: LoadedRound | None = None) -> RoundComparison | None:
    """How ranking and agreement moved since the round this one started from
    (``loaded``: this round already read)."""
    info = loaded.info if loaded is not None else get_round(s, round_id)
    if info.previous_round_id is None or s.get(VoteRound, info.previous_round_id) is None:
        return None
    before = tally_round(s, info.previous_round_id, view=view, use_weights=use_weights).result
    this = loaded if loaded is not None else load_round(s, round_id)
    return compare_rounds(before, this.tally(view=view, use_weights=use_weights).result)


def _closed_result(s: Session, round_id: int) -> tuple[RoundInfo, TallyResult]:
    info = get_round(s, round_id)
    if info.is_open:
        raise UserError(_("Close {title} before starting the next round from it.",
                          title=info.title))
    return info, tally_round(s, round_id, view="all").result


def next_round_number(s: Session, workshop_id: int) -> int:
    """The number the workshop's next round will get."""
    latest = s.scalar(select(func.max(VoteRound.number)).where(VoteRound.workshop_id == workshop_id))
    return int(latest or 0) + 1


def next_round_setup(s: Session, round_id: int) -> NextRoundSetup:
    """What the next-round dialog shows: each option's standing (consensus and
    blocks after gradients), the rules that apply, the suggested one."""
    info, result = _closed_result(s, round_id)
    return next_round_core.setup(result, next_round_number(s, info.workshop_id))


def preview_next_round(s: Session, round_id: int, *, rule: str = "top_k",
                       k: int = 4) -> NextRound:
    """Which options a next round would carry, and the engine's note, without creating it
    (rules: ``core.voting.next_round.RULES``)."""
    _info, result = _closed_result(s, round_id)
    return next_round_core.next_round(result, rule, k)


def start_next_round(
    s: Session,
    round_id: int,
    *,
    rule: str = "top_k",
    k: int = 4,
    options: list[str] | None = None,
    title: str = "",
    method: str | None = None,
    anonymity: str | None = None,
    params: dict[str, Any] | None = None,
    actor: str = "",
) -> tuple[RoundInfo, str]:
    """A new round from a closed one, with the options ``rule`` carries over
    (or ``options``: labels chosen by hand) and ``title`` (by default the
    suggested one, "Round 3: options without consensus")."""
    info = get_round(s, round_id)
    nxt = preview_next_round(s, round_id, rule=rule, k=k)
    labels, note = nxt.options, nxt.note
    if options is not None:
        known = {o.label for o in info.options}
        unknown = [o for o in options if o not in known]
        if unknown:
            raise UserError(_("Not an option of {title}: {unknown}.",
                              title=info.title, unknown=', '.join(unknown)))
        if list(options) != list(nxt.options):
            labels = list(dict.fromkeys(options))
            note = f"{len(labels)} option{'s' if len(labels) != 1 else ''} chosen by hand."
    if not labels:
        raise UserError(_("No option to carry over: tick at least one."))
    priority_ids = [info.option_by_label(label).priority_id for label in labels]
    number = next_round_number(s, info.workshop_id)
    new = create_round(
        s, info.workshop_id, priority_ids, method or info.method, params=params,
        anonymity=anonymity or info.anonymity, view_filter=info.view_filter,
        use_weights=info.use_weights and (anonymity or info.anonymity) != "secret",
        previous_round_id=info.id, actor=actor,
        title=title.strip() or next_round_core.suggested_title(number, rule, k),
    )
    return new, note
