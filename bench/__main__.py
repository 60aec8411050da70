"""``python -m bench`` (or ``make bench``): every benchmark, one table.

Each module exposes ``run() -> list[dict]`` with rows ``figure, value,
baseline, ratio, target, holds``; the baseline is measured in the same run,
so ratios hold on a noisy machine. Data is generated, seeded, never stored.
"""

from __future__ import annotations

import importlib
import os
import sys
import traceback

MODULES = ["bench_startup", "bench_roster", "bench_tally", "bench_exports"]


def _fmt(x) -> str:
    if x is None:
        return "-"
    if isinstance(x, float):
        return f"{x:.4g}"
    return str(x)


def print_table(rows: list[dict]) -> None:
    headers = ["figure", "value", "baseline", "ratio", "target", "holds"]
    table = [[_fmt(r.get(h)) if h != "holds" else
              {True: "yes", False: "NO", None: "-"}[r.get("holds")] for h in headers]
             for r in rows]
    widths = [max(len(h), *(len(row[i]) for row in table)) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in table:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


def main(names: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rows: list[dict] = []
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
            rows.append(dict(figure=f"{name} failed", holds=False))
    print_table(rows)
    return 0 if all(r.get("holds") is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
