"""``facilitator-app tally BALLOTS --method METHOD [--json]``.

Counts a participant x option matrix (.csv or .xlsx, PRODUCT.md section 5)
with the same engine the app uses, and prints a table or, with ``--json``,
the result object. Bad rows are listed on stderr (row number, voter,
reasons) and the valid ones are still counted; the exit code is then 1.
An unreadable file or impossible parameters exit with 2.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator_app.core.errors import BadInputError
from facilitator_app.core.text import quoted
from facilitator_app.i18n.messages import _, n_

if TYPE_CHECKING:
    from facilitator_app.core.ballot_matrix import BallotMatrix, MatrixRow
    from facilitator_app.core.voting import (
        Ballot,
        ImpactFeasibility,
        SchulzeDetails,
        TallyResult,
    )


def _finite(text: str, example: str) -> float:
    """A float option's value; "nan", "inf" and words are refused (exit code 2)."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(
            _("{text} is not a number (e.g. {example})", text=quoted(text), example=example))
    return value


def _spread(text: str) -> float:
    """--max-iqr: a finite number (a negative one is refused by MethodParams.check)."""
    return _finite(text, _("1 or 1.5"))


def _share(text: str) -> float:
    """0.75, 75 or 75% all mean three quarters."""
    raw = text.strip().rstrip("%")
    try:
        value = _finite(raw, _("0.75 or 75%"))
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(
            _("{text} is not a share (e.g. 0.75 or 75%)", text=quoted(text))) from None
    if text.strip().endswith("%") or value > 1:
        value /= 100
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(
            _("{text} is not a share between 0 and 100%", text=quoted(text)))
    return value


def register(sub: argparse._SubParsersAction) -> None:
    from facilitator_app.core.voting import METHODS

    parser = sub.add_parser(
        "tally",
        help="count a ballot matrix (.csv or .xlsx)",
        description=(
            "Count a participant x option matrix: first column the voter, one column per "
            "option, each cell the number that voter gave the option (rank 1 = best, dots, "
            "0/1, rating or gradient 1-7); blank = not given."
        ),
    )
    parser.add_argument("ballots", metavar="BALLOTS", help="the ballot matrix (.csv or .xlsx)")
    parser.add_argument("--method", required=True, choices=METHODS, help="voting method")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--sheet", help="worksheet to read (.xlsx; default: the first)")
    parser.add_argument(
        "--budget", type=int, help="dots per voter (default: about N/3, at most 20)"
    )
    parser.add_argument("--max-per-option", type=int, metavar="K", help="most dots on one option")
    parser.add_argument("--scale-min", type=int, default=1, help="score: lowest rating (1)")
    parser.add_argument("--scale-max", type=int, default=5, help="score: highest rating (5)")
    parser.add_argument(
        "--threshold",
        type=_share,
        default=0.75,
        help="gradients: support (1-3) needed for consensus (default 75%%)",
    )
    parser.add_argument("--max-iqr", type=_spread, help="gradients: largest spread (IQR) allowed")
    parser.add_argument(
        "--all-at-most", type=int, metavar="G", help="gradients: everyone must be at G or better"
    )
    parser.add_argument(
        "--feasibility",
        metavar="FILE",
        help="score: a second matrix rating feasibility (BALLOTS then rates impact)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from facilitator_app.core.ballot_matrix import read_matrix
    from facilitator_app.core.voting import MethodParams, impact_feasibility, tally

    params = MethodParams(
        budget=args.budget,
        max_per_option=args.max_per_option,
        scale_min=args.scale_min,
        scale_max=args.scale_max,
        support_threshold=args.threshold,
        max_iqr=args.max_iqr,
        all_at_most=args.all_at_most,
    )
    params.check()
    if args.feasibility and args.method != "score":
        raise BadInputError(_("--feasibility goes with --method score."))
    path = Path(args.ballots)
    matrix = read_matrix(path, args.sheet)
    if not matrix.rows:
        raise BadInputError(_("{name} has a header but no ballot rows.", name=path.name))
    pairs = matrix.ballots()
    ballots = [b for _, b in pairs]

    if args.feasibility:
        feas_path = Path(args.feasibility)
        feas = read_matrix(feas_path, args.sheet)
        if set(feas.options) != set(matrix.options):
            raise BadInputError(_("{name} must rate the same options as {name2}.",
                                  name=feas_path.name, name2=path.name))
        feas_pairs = feas.ballots()
        both = impact_feasibility(matrix.options, ballots, [b for _, b in feas_pairs], params)
        result = both.impact
        invalid = _invalid_rows(matrix, pairs, result, path.name) + _invalid_rows(
            feas, feas_pairs, both.feasibility, feas_path.name
        )
        quadrants = both
    else:
        result = tally(args.method, matrix.options, ballots, params)
        invalid = _invalid_rows(matrix, pairs, result)
        quadrants = None

    if args.json:
        data = result.to_dict()
        data["invalid_ballots"] = invalid
        if quadrants is not None:
            data["impact_feasibility"] = quadrants.to_dict()
        ascii_only = (sys.stdout.encoding or "").lower().replace("-", "") != "utf8"
        print(json.dumps(data, ensure_ascii=ascii_only, indent=2))
    else:
        _reconfigure(sys.stdout)
        print(render_table(result, path.name, len(invalid), quadrants))
    if invalid:
        _reconfigure(sys.stderr)
        for item in invalid:
            print(_describe(item), file=sys.stderr)
        return 1
    return 0


def _reconfigure(stream: Any) -> None:
    """Never crash on a console that cannot show a name: show '?' instead."""
    try:
        stream.reconfigure(errors="replace")
    except (AttributeError, ValueError):
        pass


def _invalid_rows(
    matrix: BallotMatrix,
    pairs: list[tuple[MatrixRow, Ballot]],
    result: TallyResult | None,
    file: str | None = None,
) -> list[dict[str, Any]]:
    """Bad rows of the file and ballots the engine refused, by row number."""
    out = [{"row": r.row, "voter": r.voter, "problems": list(r.problems)} for r in matrix.bad_rows]
    if result is not None:
        for p in result.problems:
            row = pairs[p.index][0]
            out.append({"row": row.row, "voter": row.voter, "problems": list(p.messages)})
    out.sort(key=lambda item: item["row"])
    if file:
        for item in out:
            item["file"] = file
    return out


def _describe(item: dict[str, Any]) -> str:
    problems = "; ".join(item["problems"])
    if item.get("file") and item.get("voter"):
        return _("invalid ballot: {file} row {row} ({voter}): {problems}", file=item["file"],
                 row=item["row"], voter=item["voter"], problems=problems)
    if item.get("file"):
        return _("invalid ballot: {file} row {row}: {problems}", file=item["file"],
                 row=item["row"], problems=problems)
    if item.get("voter"):
        return _("invalid ballot: row {row} ({voter}): {problems}", row=item["row"],
                 voter=item["voter"], problems=problems)
    return _("invalid ballot: row {row}: {problems}", row=item["row"], problems=problems)


# --- the readable table ------------------------------------------------------


def _num(x: Any, digits: int = 2) -> str:
    if x is None:
        return "-"
    if isinstance(x, bool):
        return _("yes") if x else _("no")
    if isinstance(x, Fraction) and x.denominator == 1:
        return str(x.numerator)
    if isinstance(x, int):
        return str(x)
    return f"{float(x):.{digits}f}"


def _pct(x: Any) -> str:
    return "-" if x is None else f"{float(x) * 100:.0f}%"


def _columns(result: TallyResult) -> tuple[list[str], list[list[str]]]:
    """Extra columns per method, beside position, option and score."""
    from facilitator_app.core.voting import method_spec

    counts, ratings = result.vote_counts, result.rating_stats
    if counts:
        heads = [_("Voters"), _("Support")]
        rows = [[str(counts[r.option].voters), _pct(counts[r.option].support)]
                for r in result.ranking]
    elif ratings and method_spec(result.method).winners_reach_consensus:
        heads = [_("Blocks"), _("Median"), _("IQR"), _("Agreement"), _("Consensus")]
        rows = [
            [
                str(ratings[r.option].blocks),
                _num(ratings[r.option].median),
                _num(ratings[r.option].iqr),
                _num(ratings[r.option].tastle_wierman),
                _("yes") if ratings[r.option].consensus else _("no"),
            ]
            for r in result.ranking
        ]
    elif ratings:
        heads = [_("Median"), _("IQR"), _("Agreement"), _("Support")]
        rows = [
            [
                _num(ratings[r.option].median),
                _num(ratings[r.option].iqr),
                _num(ratings[r.option].tastle_wierman),
                _pct(ratings[r.option].support),
            ]
            for r in result.ranking
        ]
    else:  # ranked methods, or an empty round: nothing beside the score
        heads, rows = [], [[] for _ in result.ranking]
    return heads, rows


def render_table(
    result: TallyResult,
    source: str,
    n_invalid: int,
    quadrants: ImpactFeasibility | None = None,
) -> str:
    """The result as a plain-text table with the winner, ties and agreement figures."""
    from facilitator_app.core.voting import method_spec

    spec = method_spec(result.method)
    lines = [
        _("{method}: {source}", method=_(spec.label), source=source),
        _counted(result, n_invalid),
        "",
    ]
    positions = [r.position for r in result.ranking]
    shown_pos = [f"{p}=" if positions.count(p) > 1 else str(p) for p in positions]
    score_heads, score_cells, footer = _score_columns(result)
    heads, extra = _columns(result)
    if quadrants is not None:
        heads = [*heads, _("Feasibility"), _("Quadrant")]
        extra = [
            [
                *row,
                _num(quadrants.feasibility.score_of(r.option)),
                _quadrant_label(quadrants.quadrants[r.option]),
            ]
            for row, r in zip(extra, result.ranking)
        ]
    table = [["#", _("Option"), *score_heads, *heads]] + [
        [p, r.option, *s, *row]
        for p, r, s, row in zip(shown_pos, result.ranking, score_cells, extra)
    ]
    if footer:
        table.append(footer + [""] * (len(table[0]) - len(footer)))
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for row in table:
        cells = [
            cell.ljust(widths[i]) if i == 1 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
    lines.append("")
    lines += _summary(result)
    return "\n".join(lines)


def _score_columns(
    result: TallyResult,
) -> tuple[list[str], list[list[str]], list[str] | None]:
    """Headings and cells of the score, and a last row when the method has one.

    Instant runoff shows each round's votes in its own column (R1, R2 ...;
    "-" once the option is out) and the exhausted ballots below, so each
    column adds up to the ballots counted; every other method shows its score.
    """
    from facilitator_app.core.voting import IrvDetails, method_spec

    details = result.details
    if isinstance(details, IrvDetails) and result.counted:
        heads = [f"R{rnd.number}" for rnd in details.rounds]
        cells = [
            [_num(rnd.votes[r.option]) if r.option in rnd.votes else "-"
             for rnd in details.rounds]
            for r in result.ranking
        ]
        footer = ["", _("(exhausted ballots)"),
                  *(_num(rnd.exhausted) for rnd in details.rounds)]
        return heads, cells, footer
    spec = method_spec(result.method)
    show = _pct if spec.score_is_share else _num
    return [_(spec.score_heading)], [[show(r.score)] for r in result.ranking], None


def _quadrant_label(key: str | None) -> str:
    from facilitator_app.core.voting import QUADRANTS

    labels = dict(QUADRANTS.values())
    return labels.get(key, "-") if key else "-"


def _counted(result: TallyResult, n_invalid: int) -> str:
    """The line under the title: ballots counted, invalid ones, total weight."""
    counted = n_("{n} ballot counted", "{n} ballots counted", result.counted)
    weighted = result.total_weight != result.counted
    weight = _num(result.total_weight)
    if n_invalid and weighted:
        return _("{counted}, {invalid} invalid (listed below), total weight {weight}",
                 counted=counted, invalid=n_invalid, weight=weight)
    if n_invalid:
        return _("{counted}, {invalid} invalid (listed below)", counted=counted,
                 invalid=n_invalid)
    if weighted:
        return _("{counted}, total weight {weight}", counted=counted, weight=weight)
    return counted


def _summary(result: TallyResult) -> list[str]:
    from facilitator_app.core.voting import (
        CountDetails,
        IrvDetails,
        RatingDetails,
        SchulzeDetails,
        method_spec,
    )

    lines = []
    if result.counted == 0:
        return [_("No valid ballots: nothing to count.")]
    spec = method_spec(result.method)
    details = result.details
    if spec.winners_reach_consensus:
        reached = result.winners
        if isinstance(details, RatingDetails) and details.rule:
            lines.append(details.rule + ".")
        lines.append(
            _("Consensus reached on: {options}", options=", ".join(reached))
            if reached
            else _("No option reached consensus.")
        )
    elif len(result.winners) == 1:
        lines.append(_("Winner: {option}", option=result.winners[0]))
    elif result.winners:
        lines.append(_("Tie for first place: {options}", options=", ".join(result.winners)))
    else:
        lines.append(_("No winner: no option received any vote."))
    for group in result.ties:
        if result.winners and group == result.winners and not spec.winners_reach_consensus:
            continue
        pos = result.position_of(group[0])
        lines.append(_("Tie at position {position}: {options}", position=pos,
                       options=", ".join(group)))
    kendall = result.consensus.kendall
    if kendall is not None and kendall.w is not None:
        lines.append(_(
            "Agreement (Kendall's W): {w:.3f}  (chi-square {chi_square:.2f}, df {df}, "
            "p = {p:.3f})", w=kendall.w, chi_square=kendall.chi_square, df=kendall.df,
            p=kendall.p_value))
    if result.consensus.note:
        lines.append(_("Note: {note}.", note=result.consensus.note))
    if isinstance(details, IrvDetails):
        lines.append(_(
            "R1, R2 ...: votes in each round of the count (each ballot counts for its highest "
            "option still in the race; '-' once an option is out)."
        ))
        for rnd in details.rounds:
            gone = ", ".join(rnd.eliminated) or rnd.note or "-"
            lines.append(_("Round {number}: out: {options}", number=rnd.number, options=gone))
    if isinstance(details, SchulzeDetails):
        lines += _schulze_layers(result, details)
    if isinstance(details, CountDetails) and details.budget is not None:
        cap = details.max_per_option
        lines.append(
            _("Budget: {budget} dots per voter, at most {cap} per option",
              budget=details.budget, cap=cap)
            if cap else _("Budget: {budget} dots per voter", budget=details.budget))
    return lines


def _schulze_layers(result: TallyResult, details: SchulzeDetails) -> list[str]:
    """Say which places are not defeats: Schulze places are layers."""
    if not details.not_defeats:
        return [_("Every option is beaten (by strongest paths) by every option placed above "
                  "it.")]
    lines = [
        _("Schulze places are layers: each holds the options beaten only by options placed "
          "above it, so a lower place is not always a defeat. Not beaten by an option above:")
    ]
    above: dict[str, list[str]] = {}
    for higher, lower in details.not_defeats:
        above.setdefault(lower, []).append(higher)
    for option, higher in above.items():
        names = ", ".join(_("{option} (place {place})", option=h, place=result.position_of(h))
                          for h in higher)
        lines.append("  " + _("{option} (place {place}) is not beaten by {options}",
                              option=option, place=result.position_of(option), options=names))
    return lines
