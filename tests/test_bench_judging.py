"""``python -m bench`` judges ratios only; absolute bars are information."""

from __future__ import annotations

from bench.__main__ import exit_code, judge, print_table


def test_a_ratio_within_its_target_holds_even_over_the_absolute_bar(capsys):
    rows = [{"figure": "filter keystroke", "value": 0.06, "baseline": 0.01,
             "baseline_name": "SQLite LIKE", "ratio_max": 8.0, "bar": 0.05}]
    assert judge(rows[0])["holds"] is True
    assert exit_code(rows) == 0
    print_table(rows)
    out = capsys.readouterr().out
    assert "< 0.05 s: over" in out and "<= 8x" in out and "yes" in out
    assert "1 of 1 ratio targets hold" in out


def test_a_missed_ratio_fails_the_run_even_within_the_absolute_bar():
    rows = [{"figure": "cold start", "value": 0.4, "baseline": 0.1, "ratio_max": 3.0,
             "bar": 1.0}]
    assert judge(rows[0])["ratio"] == 4.0
    assert judge(rows[0])["holds"] is False
    assert exit_code(rows) == 1


def test_information_rows_never_fail_and_missing_figures_do():
    info = {"figure": "end to end", "value": 9.0, "baseline": 1.0}
    assert judge(info)["holds"] is None
    assert exit_code([info]) == 0
    unmeasured = {"figure": "shown", "value": float("nan"), "baseline": 0.1, "ratio_max": 3.0}
    assert exit_code([info, unmeasured]) == 1
    assert exit_code([info, {"figure": "bench_x failed", "failed": True}]) == 1
