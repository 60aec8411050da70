"""Everything a workshop's outputs show, gathered once into plain data.

The workbook (:mod:`facilitator_app.export.workbook`) and the PDF report
(:mod:`facilitator_app.export.report_pdf`) are both written from one
:class:`ReportData`, so the two files can never disagree: the figures the
funder finds in the report are the ones in the workbook. The GUI's export
worker and the ``report`` command call :func:`export_workshop`, the one code
path for both.

Privacy rules applied here, once, for every output:

- ballots show a voter's name only in ``named`` rounds
  (:func:`facilitator_app.services.voting.voter_label`); in anonymous and
  secret rounds the rows are put in a canonical order (by their values), so
  the order of rows cannot be matched with the alphabetical attendance list;
- the audit log keeps who voted what out of anonymous and secret rounds
  (names, values and ballot ids are dropped from those entries);
- when any round of the workshop was secret, the voting members are not
  listed by name (the issue's rule: "names of voting members unless a round
  is secret"); counts by member type still are, and observers, who never
  vote, are listed.

No Qt here.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from datetime import UTC, date
from fractions import Fraction
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app.core.ballot_matrix import matrix_rows
from facilitator_app.core.domain import ANONYMITY_MODES, MEMBER_TYPES, VOTING_METHODS, label_of
from facilitator_app.core.errors import BadInputError, UserError
from facilitator_app.core.text import fold
from facilitator_app.core.views import Attendee, RoundInfo, TypeCount, WorkshopSummary
from facilitator_app.core.voting import (
    TallyResult,
    compare_rounds,
    tally,
)

# The report data model lives with its writers (services call export, never
# the reverse); its names stay importable from here, the export use case.
from facilitator_app.export.report_model import AuditRow as AuditRow
from facilitator_app.export.report_model import ExportCancelled as ExportCancelled
from facilitator_app.export.report_model import Progress as Progress
from facilitator_app.export.report_model import ReportData as ReportData
from facilitator_app.export.report_model import RoundReport as RoundReport
from facilitator_app.export.report_model import RoundWeights
from facilitator_app.export.report_model import no_progress as no_progress
from facilitator_app.i18n.messages import _
from facilitator_app.services import decisions, voting
from facilitator_app.services.ballot_import import FEASIBILITY_SUFFIX
from facilitator_app.services.priorities import list_priorities
from facilitator_app.services.profile import get_profile
from facilitator_app.services.swot import items_by_quadrant
from facilitator_app.services.tows import grid
from facilitator_app.services.workshops import list_workshops, workshop_summary
from facilitator_app.storage.models import Attendance, AuditEntry, Member, VoteRound, Workshop

EXPORT_SUFFIXES = (".pdf", ".xlsx")

# --------------------------------------------------------------------------- choosing


def latest_workshop_id(session: Session) -> int | None:
    """The latest workshop by date, then by id (undated ones count as oldest)."""
    rows = session.execute(select(Workshop.id, Workshop.date)).all()
    if not rows:
        return None
    latest: int = max(rows, key=lambda r: (r.date is not None, r.date or date.min, r.id)).id
    return latest


def resolve_workshop(session: Session, workshop_id: int | None) -> int:
    """``workshop_id`` if it exists, else the latest; a clear error when there is none."""
    if workshop_id is None:
        found = latest_workshop_id(session)
        if found is None:
            raise UserError(
                _("This workspace has no workshop yet: create one before exporting a report.")
            )
        return found
    if session.get(Workshop, workshop_id) is None:
        raise UserError(_("There is no workshop {workshop_id} in this workspace.",
                          workshop_id=workshop_id))
    return workshop_id


_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
MAX_NAME_CHARS = 150


def safe_file_name(text: str) -> str:
    """Text usable as a file name on Windows, macOS and Linux (accents kept)."""
    text = unicodedata.normalize("NFC", text)
    text = _NOT_IN_FILE_NAMES.sub(" ", text)
    text = " ".join(text.split()).strip(" .")
    if len(text) > MAX_NAME_CHARS:
        text = text[:MAX_NAME_CHARS].rstrip(" .-")
    if text.upper().split(".")[0] in {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
                                      *(f"LPT{i}" for i in range(10))}:
        text = f"{text} export"
    return text or "export"


def default_file_name(cluster: str, workshop_title: str, day: date | None, suffix: str) -> str:
    """'Grenada Cocoa & Spice Cluster - Priority-setting workshop 2026 - 2026-03-18.pdf'."""
    parts = [p for p in (cluster, workshop_title, day.isoformat() if day else "") if p.strip()]
    return safe_file_name(" - ".join(parts)) + suffix


def suggested_name(session: Session, workshop_id: int, suffix: str) -> str:
    w = _workshop(session, workshop_id)
    return default_file_name(get_profile(session).name, w.title, w.date, suffix)


# --------------------------------------------------------------------------- gathering


def _number(value: Any) -> Any:
    """Stored floats as the numbers people typed: 2.0 -> 2."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, Fraction):
        return value.numerator if value.denominator == 1 else float(value)
    return value


def _matrix(info: RoundInfo, ballots: list[voting.BallotInfo]) -> list[list[Any]]:
    """The participant x option matrix, names only as the anonymity mode allows.

    A two-criteria round has both ratings of a ballot on its row: impact
    under the option labels, feasibility under "<label> (feasibility)" (the
    ballot import reads the same columns), so a row is one whole ballot.
    """
    labels = [o.label for o in info.options]
    by_id = {o.id: o.label for o in info.options}
    second = voting.two_criteria(info) or any(b.values2 for b in ballots)
    columns = labels + ([f"{label}{FEASIBILITY_SUFFIX}" for label in labels] if second else [])

    def values(b: voting.BallotInfo) -> dict[str, Any]:
        out = {by_id[k]: _number(v) for k, v in b.values.items() if k in by_id}
        if second:
            out |= {f"{by_id[k]}{FEASIBILITY_SUFFIX}": _number(v)
                    for k, v in b.values2.items() if k in by_id}
        return out

    people = [b for b in ballots if b.source != "hands"]
    hands = [b for b in ballots if b.source == "hands"]
    if info.anonymity != "named":
        # A canonical order: by the numbers given, never by who gave them.
        def key(b: voting.BallotInfo) -> tuple[tuple[int, Any], ...]:
            v = values(b)
            return tuple((0, v[o]) if o in v else (1, 0) for o in columns)

        people.sort(key=key)
        hands.sort(key=key)
    items = [
        (voting.voter_label(info, b, index), values(b))
        for group in (people, hands)
        for index, b in enumerate(group, start=1)
    ]
    return matrix_rows(columns, items, label=lambda item: item[0])


def _weights_note(weights: RoundWeights | None) -> str:
    """'Ballots are weighted: firms 2, others 1; ...' ('' when weights play no part)."""
    if weights is None:
        return ""
    if weights.others is not None:
        parts = [f"{_type_plural(t)} {_number(w)}" for t, w in weights.by_type]
        parts.append(f"{'others' if parts else 'every ballot'} {_number(weights.others)}")
        how = ", ".join(parts)
    else:
        how = (f"each member's vote weight from the roster, from {_number(weights.low)} "
               f"to {_number(weights.high)}")
    counted = weights.counted
    return (f"Ballots are weighted: {how}. The {counted} ballot{'s' if counted != 1 else ''} "
            f"count as {_number(weights.total)} votes; the counts and shares shown are weighted.")


def _weights(info: RoundInfo, ballots: list[voting.BallotInfo], counted: int,
             total: Any) -> RoundWeights | None:
    """What :func:`_weights_note` says, as figures (for the report in any language)."""
    if not info.use_weights or all(b.weight == 1 for b in ballots):
        return None
    by_type: dict[str | None, set[float]] = {}
    for b in ballots:
        by_type.setdefault(b.voter_type, set()).add(float(b.weight))
    weights = sorted({float(b.weight) for b in ballots})
    named: list[tuple[str | None, float]] = []
    others: float | None = None
    if all(len(w) == 1 for w in by_type.values()):
        weight_of = {t: next(iter(w)) for t, w in by_type.items()}
        shared = Counter(weight_of.values())
        others = min(shared, key=lambda w: (-shared[w], w))
        named = [(t, w) for t, w in weight_of.items() if w != others]
        order = [key for key, _ in MEMBER_TYPES]
        named.sort(key=lambda tw: order.index(tw[0]) if tw[0] in order else len(order))
    return RoundWeights(by_type=tuple(named), others=others, low=weights[0], high=weights[-1],
                        counted=counted, total=float(total))


def _type_plural(member_type: str | None) -> str:
    if member_type is None:
        return "members of no type"
    label = label_of(MEMBER_TYPES, member_type)
    return "firms" if member_type == "firm" else label[0].lower() + label[1:]


# What an audit entry of an anonymous or secret round never shows in a file:
# who, and any ballot value (next to the entry's time and order, values would
# say which ballot came when).
_PRIVATE_DETAILS = {"voter", "values", "before", "after", "feasibility", "totals"}


#: The audit's codes in words (an action not listed reads "Decision adopted"
#: for "decision.adopted").
ACTION_WORDS = {
    "workshop.created": "Workshop created",
    "workshop.updated": "Workshop changed",
    "round.opened": "Vote round opened",
    "round.changed": "Vote round changed",
    "round.closed": "Vote round closed",
    "round.reopened": "Vote round reopened",
    "round.deleted": "Vote round deleted",
    "ballot.created": "Ballot recorded",
    "ballot.received": "Secret ballot put in the urn",
    "ballot.deleted": "Ballot deleted",
    "hands.recorded": "Show of hands recorded",
    "codes.issued": "Phone voting codes issued",
    "codes.replaced": "Phone voting code replaced",
    "codes.withdrawn": "Phone voting codes withdrawn",
    "member.added": "Member added",
    "member.updated": "Member changed",
    "member.deleted": "Member deleted",
    "member.restored": "Member restored",
    "roster.imported": "Roster imported",
}
_DETAIL_WORDS = {"options": "priorities", "params": "settings", "source_kind": "came from"}
MAX_DETAIL_CHARS = 200
#: A detail written as a sentence (decisions, actions, indicators: "Adopted
#: “...” (...). Statement: ..."): shown as it is, not as "text: ...".
_SENTENCE = "text"
MAX_SENTENCE_CHARS = 400
#: Keys kept next to such a sentence for programs; the sentence names them already.
_NAMED_IN_SENTENCE = {"priority", "action", "indicator", "fields"}
#: After such a sentence ("Statement of “...” changed."), what it was and is now.
_AFTER_SENTENCE_WORDS = {**_DETAIL_WORDS, "before": "was", "after": "now"}
MAX_VALUES_CHARS = 80
_BALLOT_VALUES = {"values", "feasibility", "before", "after", "totals"}


def action_words(action: str) -> str:
    """'round.closed' -> 'Vote round closed' (any code reads as words)."""
    if action in ACTION_WORDS:
        return ACTION_WORDS[action]
    words = " ".join(action.replace("_", " ").split(".")).strip()
    return words[:1].upper() + words[1:] if words else action


def _who(actor: str, action: str, private: bool) -> str:
    if actor.strip():
        return actor.strip()
    if action == "ballot.received" or (private and action.startswith("ballot.")):
        return "not recorded (secret ballot)"
    return "not recorded"


def _said(value: object, sentence: str) -> bool:
    """Whether the sentence already says this value ('on_track' as 'on track')."""
    words = str(value).replace("_", " ").casefold().strip()
    return bool(words) and words in sentence.casefold()


def _details_text(raw: str, private: bool) -> str:
    try:
        details = json.loads(raw) if raw else {}
    except ValueError:
        return raw
    if not isinstance(details, dict):
        return str(details)
    sentence = details.get(_SENTENCE)
    if isinstance(sentence, str) and sentence.strip():
        # Written to be read as it is: first, without its key; what it names
        # already (the priority, the action, a status) is not repeated.
        sentence = " ".join(sentence.split())
        if len(sentence) > MAX_SENTENCE_CHARS:
            sentence = sentence[:MAX_SENTENCE_CHARS].rstrip() + "…"
        details = {k: v for k, v in details.items() if k != _SENTENCE
                   and k not in _NAMED_IN_SENTENCE and not _said(v, sentence)}
        rest = _details_parts(details, private, _AFTER_SENTENCE_WORDS)
        if not rest:
            return sentence
        more = "; ".join(rest)
        return f"{sentence} {more[:1].upper()}{more[1:]}"
    return "; ".join(_details_parts(details, private, _DETAIL_WORDS))


def _details_parts(details: dict[str, object], private: bool,
                   words: dict[str, str]) -> list[str]:
    parts = []
    for key, value in details.items():
        if private and key in _PRIVATE_DETAILS:
            continue
        if value in ({}, [], "", None):
            continue
        if isinstance(value, (dict, list)):
            whole = json.dumps(value, ensure_ascii=False, default=str)
            if len(whole) > MAX_VALUES_CHARS and key in _BALLOT_VALUES:
                # A whole ballot: the Ballots sheet has it, row by row.
                whole = f"{len(value)} priorities (in full on the Ballots sheet)"
            value = whole
        text = str(value)
        if len(text) > MAX_DETAIL_CHARS:
            text = text[:MAX_DETAIL_CHARS].rstrip() + "…"
        parts.append(f"{words.get(key, key.replace('_', ' '))}: {text}")
    return parts


def _audit(session: Session, workshop_id: int) -> list[AuditRow]:
    rounds: dict[int | None, tuple[int | None, str]] = {
        r.id: (r.number, r.anonymity)
        for r in session.scalars(select(VoteRound).where(VoteRound.workshop_id == workshop_id))
    }
    rows = []
    query = (
        select(AuditEntry)
        .where(AuditEntry.workshop_id == workshop_id)
        .order_by(AuditEntry.at, AuditEntry.id)
    )
    for e in session.scalars(query):
        number, anonymity = rounds.get(e.round_id, (None, "named"))
        private = anonymity != "named"
        at = e.at
        if at is not None and at.tzinfo is not None:
            at = at.astimezone(UTC).replace(tzinfo=None)
        rows.append(
            AuditRow(
                at=at.replace(microsecond=0) if at else None,
                action=e.action,
                actor=e.actor or "",
                entity=e.entity or "",
                round_number=number,
                details=_details_text(e.details, private),
                what=action_words(e.action),
                by=_who(e.actor or "", e.action, private),
            )
        )
    return rows


#: What the files say of a secret round that is still open.
OPEN_SECRET_NOTE = ("This secret round is still open: its ballots and results are written "
                    "to files only once it is closed (a file made now, next to a later one, "
                    "would show which ballots came in between).")


def _open_secret_report(session: Session, info: RoundInfo) -> RoundReport:
    labels = [o.label for o in info.options]
    nothing = tally(info.method, labels, [], info.method_params)
    return RoundReport(
        info=info, method_label=label_of(VOTING_METHODS, info.method),
        anonymity_label=info.anonymity.capitalize(),
        anonymity_text=label_of(ANONYMITY_MODES, info.anonymity),
        ballots=0, matrix=_matrix(info, []), all_voters=nothing, firms=None,
        firms_note=OPEN_SECRET_NOTE, previous=None, comparison=None)


def _round_report(session: Session, info: RoundInfo,
                  done: dict[int, RoundReport]) -> RoundReport:
    if info.anonymity == "secret" and info.is_open:
        return _open_secret_report(session, info)
    loaded = voting.load_round(session, info.id)  # read once; every view derives from it
    stored = list(loaded.ballots)
    everyone = loaded.tally(view="all")
    firms = loaded.tally(view="firms")
    note = firms.note  # secret rounds: no member types, the service says so
    firms_result: TallyResult | None = None if note else firms.result
    previous = comparison = None
    if info.previous_round_id is not None:
        before = done.get(info.previous_round_id)
        if before is not None:
            previous = before.info
            comparison = compare_rounds(before.all_voters, everyone.result)
        else:  # a previous round of another workshop, or deleted meanwhile
            try:
                previous = voting.get_round(session, info.previous_round_id)
                comparison = voting.compare_with_previous(session, info.id, loaded=loaded)
            except UserError:
                previous = comparison = None
    quadrants = loaded.impact_feasibility(view="all") if voting.two_criteria(info) else None
    result = everyone.result
    weights = _weights(info, stored, result.counted, result.total_weight)
    return RoundReport(
        info=info,
        method_label=label_of(VOTING_METHODS, info.method),
        anonymity_label=info.anonymity.capitalize(),
        anonymity_text=label_of(ANONYMITY_MODES, info.anonymity),
        ballots=len(stored),
        matrix=_matrix(info, stored),
        all_voters=result,
        firms=firms_result,
        firms_note=note,
        previous=previous,
        comparison=comparison,
        quadrants=quadrants,
        weights_note=_weights_note(weights),
        weights=weights,
    )


def _attendees(session: Session, workshop_id: int) -> list[Attendee]:
    """:func:`attendance.attendees`, read as plain columns.

    The service loads ORM objects, which takes seconds for thousands of
    attendees; this reads the same fields and sorts them the same way
    (a test holds the two equal).
    """
    rows = session.execute(
        select(Member.id, Member.name, Member.member_type, Member.status,
               Attendance.role, Attendance.representative, Member.contact_person,
               Member.vote_weight)
        .join(Member, Member.id == Attendance.member_id)
        .where(Attendance.workshop_id == workshop_id)
    ).all()
    people = [
        Attendee(
            member_id=r[0], name=r[1], member_type=r[2], member_status=r[3], role=r[4],
            representative=r[5] or "", contact_person=r[6] or "",
            vote_weight=r[7] if r[7] is not None else 1.0,
        )
        for r in rows
    ]
    people.sort(key=lambda a: (fold(a.name), a.member_id))
    return people


def _counts_by_type(people: list[Attendee]) -> list[TypeCount]:
    """:func:`attendance.counts_by_type` from the attendees already read (same order)."""
    tally_: Counter[tuple[str | None, str]] = Counter((a.member_type, a.role) for a in people)
    types = {t for t, _ in tally_}
    order = [key for key, _ in MEMBER_TYPES]
    ordered: list[str | None] = [t for t in order if t in types]
    ordered += sorted(t for t in types if t not in order and t is not None)
    if None in types:
        ordered.append(None)
    return [
        TypeCount(member_type=t, label=label_of(MEMBER_TYPES, t) if t else "(type not set)",
                  voters=tally_[(t, "voter")], observers=tally_[(t, "observer")])
        for t in ordered
    ]


def _workshop(session: Session, workshop_id: int) -> WorkshopSummary:
    """The workshop's summary with head counts (counted in SQL, not by loading rows)."""
    for w in list_workshops(session):
        if w.id == workshop_id:
            return w
    return workshop_summary(session, workshop_id)  # raises the service's clear error


def gather(session: Session, workshop_id: int, progress: Progress = no_progress) -> ReportData:
    """Read everything the workbook and the report show about one workshop."""
    progress(0.0, "Reading the workshop")
    workshop = _workshop(session, workshop_id)
    profile = get_profile(session)
    people = tuple(_attendees(session, workshop_id))
    by_type = tuple(_counts_by_type(list(people)))
    progress(0.05, "Reading the SWOT, TOWS and priorities")
    swot = items_by_quadrant(session, workshop_id)
    tows = grid(session, workshop_id)
    priorities = list_priorities(session, workshop_id)
    infos = voting.list_rounds(session, workshop_id)
    rounds: list[RoundReport] = []
    done: dict[int, RoundReport] = {}
    for n, info in enumerate(infos):
        progress(0.1 + 0.3 * n / max(len(infos), 1), f"Counting {info.title}")
        report = _round_report(session, info, done)
        rounds.append(report)
        done[info.id] = report
    progress(0.4, "Reading the audit log")
    secret = [r.number for r in rounds if r.info.anonymity == "secret"]
    names_note = ""
    if secret:
        which = ", ".join(str(n) for n in secret)
        names_note = (
            f"Round{'s' if len(secret) > 1 else ''} {which} used secret ballots, so the voting "
            "members are not named in this document; their numbers by member type are given."
        )
    return ReportData(
        profile=profile,
        workshop=workshop,
        attendees=people,
        by_type=by_type,
        voter_names_shown=not secret,
        names_note=names_note,
        swot=swot,
        tows=tows,
        priorities=priorities,
        rounds=rounds,
        audit=_audit(session, workshop_id),
        decisions=tuple(decisions.list_decisions(session, workshop_id)),
        actions=tuple(decisions.list_actions(session, workshop_id=workshop_id)),
    )


# --------------------------------------------------------------------------- writing


def check_target(path: str | Path) -> Path:
    """A usable output path (.pdf or .xlsx, in a folder that exists), or BadInputError."""
    target = Path(path)
    if target.suffix.lower() not in EXPORT_SUFFIXES:
        raise BadInputError(
            _("{name}: the workshop report is written as .pdf (the report) or .xlsx (the "
              "workbook); give a file name ending in one of them.", name=target.name)
        )
    if target.is_dir():
        raise BadInputError(_("{target} is a folder: give a file name.", target=target))
    if not target.parent.is_dir():
        raise BadInputError(_("The folder {parent} does not exist.", parent=target.parent))
    return target


def write_outputs(path: str | Path, data: ReportData, progress: Progress = no_progress,
                  lang: str = "en") -> Path:
    """Write ``data`` as a workbook or a report, by the file's ending, in ``lang``."""
    target = check_target(path)
    if target.suffix.lower() == ".xlsx":
        from facilitator_app.export.workbook import write_workbook

        return write_workbook(target, data, progress=progress, lang=lang)
    from facilitator_app.export.report_pdf import write_report

    return write_report(target, data, progress=progress, lang=lang)


def workshop_output_language(session: Session, workshop_id: int, requested: str | None = None,
                             app_language: str | None = None) -> str:
    """The language a workshop's report or workbook is written in: the one
    asked for, else the workshop's participants' (``Workshop.language``),
    else the app's, else English (:func:`facilitator_app.i18n.messages.output_language`)."""
    from facilitator_app.i18n.messages import output_language

    workshop = session.get(Workshop, workshop_id)
    return output_language(requested, workshop.language if workshop else None, app_language)


def export_workshop(
    session: Session,
    path: str | Path,
    workshop_id: int | None = None,
    progress: Progress = no_progress,
    lang: str | None = None,
    app_language: str | None = None,
) -> Path:
    """Gather a workshop (the latest when ``workshop_id`` is None) and write it
    in ``lang``; without it in the workshop's language, else ``app_language``,
    else English (:func:`workshop_output_language`)."""
    target = check_target(path)
    workshop_id = resolve_workshop(session, workshop_id)
    language = workshop_output_language(session, workshop_id, lang, app_language)

    def scaled(start: float, span: float) -> Progress:
        return lambda f, text: progress(start + span * f, text)

    data = gather(session, workshop_id, scaled(0.0, 0.3))
    return write_outputs(target, data, scaled(0.3, 0.7), lang=language)
