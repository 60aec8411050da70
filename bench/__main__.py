"""``python -m bench`` (or ``make bench``): every benchmark, one table.

Each module exposes ``run() -> list[dict]``, one dict per figure:

- ``figure``: what is measured (text); ``unit``: ``"s"`` (default) or ``"MB"``;
- ``value``: the figure; ``baseline``: the yardstick measured in the same run,
  and ``baseline_name``: what that yardstick is;
- ``ratio``: ``value / baseline`` (computed here when left out);
- ``ratio_max``: the ratio target (the figure may be at most this many times
  its baseline), or ``None`` for a figure shown for information only;
- ``bar``: an absolute bar in the figure's unit (e.g. the product's "under
  50 ms"), printed with the figure for information only;
- ``failed``: the module could not measure (an exception; set here).

How the run is judged: **only ratios pass or fail**. A figure with a ratio
target holds when figure / same-run baseline <= target. On a busy machine
both sides slow down alike, so the ratio keeps its meaning where absolute
milliseconds do not: absolute values and bars are printed (``within`` /
``over``) but never change the exit status. The exit status is 1 when a
ratio target is missed, a judged figure could not be measured, or a module
failed; 0 otherwise. Data is generated, seeded, never stored.

Run one module with ``python -m bench bench_roster`` (several names allowed).
"""

from __future__ import annotations

import importlib
import math
import os
import sys
import traceback
from typing import Any

MODULES = ["bench_startup", "bench_roster", "bench_tally", "bench_exports", "bench_ballot_box",
           "bench_room", "bench_programme"]
HEADERS = ["figure", "value", "baseline (same run)", "ratio", "target", "holds",
           "absolute bar (information)"]


def _num(x: float | None) -> str:
    if x is None or math.isnan(x):
        return "-"
    if abs(x) >= 100:
        return f"{x:.0f}"
    return f"{x:.3g}"


def _with_unit(x: float | None, unit: str) -> str:
    text = _num(x)
    return text if text == "-" or not unit else f"{text} {unit}"


def judge(row: dict[str, Any]) -> dict[str, Any]:
    """Fill in ``ratio`` and ``holds`` (None: information only)."""
    row = dict(row)
    value, baseline = row.get("value"), row.get("baseline")
    if row.get("ratio") is None and value is not None and baseline:
        row["ratio"] = value / baseline
    ratio = row.get("ratio")
    if row.get("failed"):
        row["holds"] = False
    elif row.get("ratio_max") is None:
        row["holds"] = None
    else:
        row["holds"] = ratio is not None and not math.isnan(ratio) and ratio <= row["ratio_max"]
    return row


def _cells(row: dict[str, Any]) -> list[str]:
    unit = row.get("unit", "s")
    if row.get("failed"):
        return [row["figure"], "-", "-", "-", "-", "FAILED", "-"]
    baseline = _with_unit(row.get("baseline"), unit)
    if baseline != "-" and row.get("baseline_name"):
        baseline += f" {row['baseline_name']}"
    target = f"<= {row['ratio_max']:g}x" if row.get("ratio_max") is not None else "information"
    holds = {True: "yes", False: "NO", None: "-"}[row["holds"]]
    bar = row.get("bar")
    if bar is None:
        absolute = "-"
    else:
        value = row.get("value")
        verdict = "-" if value is None else ("within" if value < bar else "over")
        absolute = f"< {_with_unit(bar, unit)}: {verdict}"
    return [row["figure"], _with_unit(row.get("value"), unit), baseline, _num(row.get("ratio")),
            target, holds, absolute]


def print_table(rows: list[dict[str, Any]]) -> None:
    rows = [judge(r) for r in rows]
    table = [_cells(r) for r in rows]
    widths = [max(len(h), *(len(row[i]) for row in table)) for i, h in enumerate(HEADERS)]
    print("  ".join(h.ljust(w) for h, w in zip(HEADERS, widths, strict=True)).rstrip())
    print("  ".join("-" * w for w in widths))
    for cells in table:
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip())
    judged = [r for r in rows if r["holds"] is not None]
    held = sum(1 for r in judged if r["holds"])
    print(f"\n{held} of {len(judged)} ratio targets hold. Only ratios (figure / baseline "
          "measured in this run) pass or fail;\nabsolute values and bars are for "
          "information and never fail the run.")


def exit_code(rows: list[dict[str, Any]]) -> int:
    return 0 if all(judge(r)["holds"] is not False for r in rows) else 1


def main(names: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rows: list[dict[str, Any]] = []
    for name in names or MODULES:
        try:
            module = importlib.import_module(f"bench.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"bench.{name}":
                continue
            raise
        print(f"running {name} ...", file=sys.stderr, flush=True)
        try:
            rows.extend(module.run())
        except Exception:  # noqa: BLE001 - reported as a failed row; the others still run
            traceback.print_exc()
            rows.append({"figure": f"{name} failed", "failed": True})
    print_table(rows)
    return exit_code(rows)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
