"""Typed-in paper ballots (a participant x option matrix) into a round: all or nothing.

The facilitator types the paper ballots into a spreadsheet in the matrix
format of ``core.ballot_matrix`` (first column the voter, one column per
option headed by its label, cells the numbers written on the sheet) and
imports it into the round the sheets belong to. Every row is checked as the
entry grid checks a row, and the import is all or nothing: one bad row and
no ballot is recorded, with each bad row listed by its row number and
reasons, so the file can be fixed and imported again without doubles.

How rows are read:

- voters are matched to the workshop's voting attendees ignoring case,
  accents and extra spaces (a leading apostrophe, which spreadsheets use to
  keep text from being read as a formula, is ignored too);
- a row with a voter but no number at all is skipped, not refused: the
  blank matrix lists every voter and some hand in no sheet;
- in ``secret`` rounds the voter cell may be blank (the sheets carry no
  name); when it does name a voting attendee, that person is only put on
  the register, exactly as on the kiosk: the ballot keeps no link. Every
  ballot needs a member on the register (one member, one ballot), so the
  facilitator says who handed in the blank-named sheets
  (``handed_in_by``): as many members as there are such rows;
- options are matched to the round's option labels the same forgiving way;
  a column that is no option of the round refuses the file; an option
  without a column is simply "not given" on every ballot;
- two-criteria score rounds read the feasibility rating from a column
  headed "<option> (feasibility)".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from facilitator_app.core.ballot_matrix import BallotMatrix, matrix_rows
from facilitator_app.core.errors import UserError
from facilitator_app.core.text import fold, quoted
from facilitator_app.i18n.messages import _, n_
from facilitator_app.services import voting
from facilitator_app.services.attendance import attendees

FEASIBILITY_SUFFIX = " (feasibility)"
VOTER_HEADING = "Voter"


@dataclass(frozen=True)
class RowIssue:
    """Why one row of the file cannot be imported."""

    row: int
    voter: str
    reasons: tuple[str, ...]

    def describe(self) -> str:
        reasons = "; ".join(self.reasons)
        if self.voter:
            return _("row {row} ({voter}): {reasons}", row=self.row, voter=self.voter,
                     reasons=reasons)
        return _("row {row}: {reasons}", row=self.row, reasons=reasons)


@dataclass(frozen=True)
class PlannedBallot:
    row: int
    voter_id: int | None
    voter_name: str
    values: dict[int, float]
    values2: dict[int, float]


@dataclass
class ImportPlan:
    """What an import would record, and everything that stops it."""

    round: voting.RoundInfo
    ballots: list[PlannedBallot] = field(default_factory=list)
    issues: list[RowIssue] = field(default_factory=list)
    file_problems: list[str] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # rows without any number
    missing_options: list[str] = field(default_factory=list)
    # secret rounds: ballots without a name, and (when the members ticked as
    # having handed them in are not exactly as many) what to say about it
    unnamed: int = 0
    handed_in_problem: str = ""

    @property
    def ok(self) -> bool:
        return (not self.issues and not self.file_problems and not self.handed_in_problem
                and bool(self.ballots))

    def problems(self) -> list[str]:
        """Every reason the import is refused, one line each."""
        lines = list(self.file_problems) + [i.describe() for i in self.issues]
        if self.handed_in_problem:
            lines.append(self.handed_in_problem)
        if not lines and not self.ballots:
            lines.append(_("the file has no ballot to import (every row is blank)."))
        return lines


class BallotImportRejected(UserError):
    """Nothing was imported; ``problems`` lists each reason (row by row)."""

    def __init__(self, problems: list[str]) -> None:
        shown = "; ".join(problems[:5])
        super().__init__(
            n_("Nothing was imported: {problems} (and {n} more)",
               "Nothing was imported: {problems} (and {n} more)", len(problems) - 5,
               problems=shown)
            if len(problems) > 5 else _("Nothing was imported: {problems}", problems=shown))
        self.problems = problems


def _name_key(text: str | None) -> str:
    return fold((text or "").lstrip("'"))


def plan_import(s: Session, round_id: int, matrix: BallotMatrix,
                handed_in_by: Sequence[int] = ()) -> ImportPlan:
    """Check every row of ``matrix`` against the round; record nothing.

    ``handed_in_by``: in a secret round, the members who handed in the
    ballots whose voter cell is blank, as many as there are such rows.
    """
    info = voting.get_round(s, round_id)
    plan = ImportPlan(info)
    if not info.is_open:
        plan.file_problems.append(f"{info.title} is closed: reopen it to import ballots.")
    two = voting.two_criteria(info)
    columns: dict[str, tuple[int, int]] = {}  # header -> (option id, criterion 1 or 2)
    by_label = {_name_key(o.label): o for o in info.options}
    for header in matrix.options:
        key = _name_key(header)
        if key in by_label:
            columns[header] = (by_label[key].id, 1)
        elif two and key.endswith(fold(FEASIBILITY_SUFFIX)) and \
                key.removesuffix(fold(FEASIBILITY_SUFFIX)).strip() in by_label:
            option = by_label[key.removesuffix(fold(FEASIBILITY_SUFFIX)).strip()]
            columns[header] = (option.id, 2)
        else:
            plan.file_problems.append(
                _("the column {column} is not an option of {title} (headers must be the option "
                  "names as printed on the ballot).", column=quoted(header),
                  title=quoted(info.title)))
    covered = set(columns.values())
    plan.missing_options = [o.label for o in info.options if (o.id, 1) not in covered]

    voting_people = {_name_key(v.name): v for v in voting.voters(s, round_id)}
    present = {_name_key(a.name): a for a in attendees(s, info.workshop_id)}
    already = voting.voted_member_ids(s, round_id)
    seen: dict[int, int] = {}  # member id -> row
    secret = info.anonymity == "secret"
    for row in matrix.rows:
        reasons = list(row.problems)
        values: dict[int, Any] = {}
        values2: dict[int, Any] = {}
        for header, cell in row.values.items():
            if cell is None or header not in columns:
                continue
            option_id, criterion = columns[header]
            (values if criterion == 1 else values2)[option_id] = cell
        voter_name = row.voter or ""
        if not values and not values2 and not row.problems:
            plan.skipped.append(row.row)
            continue
        voter_id: int | None = None
        key = _name_key(voter_name)
        if key:
            if key in voting_people:
                voter = voting_people[key]
                voter_id = voter.member_id
                if voter_id in already:
                    reasons.append(_("has already voted in this round"))
                elif voter_id in seen:
                    reasons.append(_("a second ballot for this voter (the first is on row {row})",
                                     row=seen[voter_id]))
                else:
                    seen[voter_id] = row.row
            elif key in present:
                reasons.append(_("is an observer at this workshop and does not vote"))
            elif not secret:
                reasons.append(_("is not a voting attendee of this workshop"))
            else:
                reasons.append(_("is not a voting attendee of this workshop (leave the voter "
                                 "blank for a ballot without a name)"))
        elif not secret:
            reasons.append(_("no voter name: say whose ballot this is"))
        if not row.problems:
            reasons += voting.check_values(info, values, values2 if two else None)
        if reasons:
            plan.issues.append(RowIssue(row.row, voter_name, tuple(reasons)))
        else:
            plan.ballots.append(PlannedBallot(
                row.row, voter_id, voter_name,
                {k: float(v) for k, v in values.items()},
                {k: float(v) for k, v in values2.items()}))
    if secret:
        _assign_handed_in(plan, handed_in_by, voting_people, already, seen)
    elif handed_in_by:
        plan.file_problems.append(_("only secret rounds take ballots without a voter's name."))
    return plan


def _assign_handed_in(plan: ImportPlan, handed_in_by: Sequence[int],
                      voting_people: dict[str, voting.VoterInfo], already: set[int],
                      seen: dict[int, int]) -> None:
    """Put a member on the register for each secret ballot without a name."""
    by_id = {v.member_id: v for v in voting_people.values()}
    unnamed = [i for i, b in enumerate(plan.ballots) if b.voter_id is None]
    plan.unnamed = len(unnamed)
    members = list(dict.fromkeys(handed_in_by))
    for member_id in members:
        voter = by_id.get(member_id)
        if voter is None:
            plan.file_problems.append(
                _("member {id} is not a voting attendee of this workshop.", id=member_id))
        elif member_id in already:
            plan.file_problems.append(_("{name} has already voted in this round.",
                                        name=voter.name))
        elif member_id in seen:
            plan.file_problems.append(
                _("{name} is named on row {row} and ticked as having handed in a sheet without "
                  "a name: one member, one ballot.", name=voter.name, row=seen[member_id]))
    if len(members) != len(unnamed):
        plan.handed_in_problem = _(
            "{ballots} and {members}: tick exactly one member per ballot without a name, so "
            "nobody votes twice (who handed in which sheet is not kept).",
            ballots=n_("{n} ballot carries no name", "{n} ballots carry no name", len(unnamed)),
            members=n_("{n} member is ticked as having handed one in",
                       "{n} members are ticked as having handed one in", len(members)))
        return
    for index, member_id in zip(unnamed, members, strict=True):
        ballot = plan.ballots[index]
        plan.ballots[index] = PlannedBallot(ballot.row, member_id, ballot.voter_name,
                                            ballot.values, ballot.values2)


def import_ballots(s: Session, round_id: int, matrix: BallotMatrix, *, entered_by: str = "",
                   source: str = "paper", handed_in_by: Sequence[int] = ()) -> ImportPlan:
    """Record every ballot of ``matrix`` or none (raises :class:`BallotImportRejected`).

    ``source`` is ``"paper"`` (typed-in paper ballots) or ``"import"`` (a
    file from elsewhere). The caller's session is one transaction: should a
    ballot still be refused while recording, the exception rolls it all back.
    """
    if source not in ("paper", "import"):
        raise UserError(_("Unknown ballot source {source!r} for an import.", source=source))
    plan = plan_import(s, round_id, matrix, handed_in_by)
    if not plan.ok:
        raise BallotImportRejected(plan.problems())
    for ballot in plan.ballots:
        try:
            voting.record_ballot(s, round_id, ballot.values, voter_id=ballot.voter_id,
                                 source=source, entered_by=entered_by,
                                 values2=ballot.values2 or None)
        except voting.BallotRejected as exc:
            raise BallotImportRejected(
                [RowIssue(ballot.row, ballot.voter_name, tuple(exc.problems)).describe()]
            ) from exc
    return plan


def blank_matrix(s: Session, round_id: int) -> list[list[Any]]:
    """Header and one row per voter (named/anonymous) to type paper ballots into.

    Secret rounds get no names: one blank row per voting attendee. (The
    writer keeps names that look like formulas as text; see
    ``export.paper_ballots.write_blank_matrix``.)
    """
    info = voting.get_round(s, round_id)
    headers = [o.label for o in info.options]
    if voting.two_criteria(info):
        headers = [h for o in info.options for h in (o.label, o.label + FEASIBILITY_SUFFIX)]
    people = voting.voters(s, round_id)
    names = ["" for _ in people] if info.anonymity == "secret" else [v.name for v in people]
    return matrix_rows(headers, [(name, {}) for name in names], voter_heading=VOTER_HEADING)
