"""``facilitator-app tally`` on the shared fixture matrices, both output forms."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator_app.cli import main

REPO = Path(__file__).parents[2]
FIXTURES = REPO.parent / "shared" / "fixtures"
RANKED_CSV = FIXTURES / "ballots_ranked.csv"
RANKED_XLSX = FIXTURES / "ballots_ranked.xlsx"
GRADIENTS_CSV = FIXTURES / "ballots_gradients.csv"

EXPORT = "Joint export brand for fine cocoa"
DRYING = "Shared fermentation & drying centre"
TRAINING = "Training in post-harvest quality"
CERT = "Certification support (organic, fair trade)"
MARKET = "Market intelligence service"
FINANCE = "Access to finance for small growers"


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "facilitator_app", "tally", *args],
        check=False,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env={**__import__("os").environ, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
    )


def test_borda_json_by_subprocess():
    """Borda on the fixture (m = 6, rank r earns 6 - r), summed by hand per
    column: export 34, drying 20, training 34, certification 33, market 27,
    finance 31 (the truncated ballot of Spice Isle gives market and finance 0)."""
    done = run_cli(str(RANKED_CSV), "--method", "borda", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["method"] == "borda"
    assert data["ranking"] == [
        {"option": EXPORT, "position": 1, "score": 34},
        {"option": TRAINING, "position": 1, "score": 34},
        {"option": CERT, "position": 3, "score": 33},
        {"option": FINANCE, "position": 4, "score": 31},
        {"option": MARKET, "position": 5, "score": 27},
        {"option": DRYING, "position": 6, "score": 20},
    ]
    assert data["winners"] == [EXPORT, TRAINING]
    assert data["ties"] == [[EXPORT, TRAINING]]
    assert 0 <= data["consensus"]["kendall_w"] <= 1
    assert data["invalid_ballots"] == []


def test_irv_json_by_main(capsys):
    """First preferences: export 2, drying 1, training 2, certification 3,
    market 1, finance 3. Drying and market (1 each) go out together; their
    ballots move to finance and certification: certification 4, finance 4,
    export 2, training 2. Export and training go together; three of their four
    ballots reach certification, one finance: certification 7, finance 5."""
    code = main(["tally", str(RANKED_XLSX), "--method", "irv", "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    data = json.loads(out.out)
    assert data["winners"] == [CERT]
    assert [(r["option"], r["position"], r["score"]) for r in data["ranking"]] == [
        (CERT, 1, 7),
        (FINANCE, 2, 5),
        (EXPORT, 3, 2),
        (TRAINING, 3, 2),
        (DRYING, 5, 1),
        (MARKET, 5, 1),
    ]
    assert [r["eliminated"] for r in data["details"]["rounds"]] == [
        [DRYING, MARKET],
        [EXPORT, TRAINING],
        [FINANCE],
    ]


@pytest.mark.parametrize("method", ["schulze", "copeland"])
def test_condorcet_methods_table(method, capsys):
    # Head to head (checked with pref_voting): export, training and certification
    # beat or draw everyone; nobody beats them -> a three-way tie for first.
    code = main(["tally", str(RANKED_CSV), "--method", method])
    out = capsys.readouterr().out
    assert code == 0
    assert f"Tie for first place: {EXPORT}, {TRAINING}, {CERT}" in out
    assert "Kendall's W" in out


def test_table_by_subprocess_shows_positions_and_ties():
    done = run_cli(str(RANKED_CSV), "--method", "borda")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[1] == "12 ballots counted"
    assert any(line.startswith("1=  Joint export brand") and line.endswith("34") for line in lines)
    assert any(line.lstrip().startswith("6  Shared fermentation") for line in lines)
    assert (
        "Tie for first place: Joint export brand for fine cocoa, Training in post-harvest quality"
        in done.stdout
    )


def test_gradients_json_and_table(capsys):
    """Hand count of the gradients fixture (12 members): export brand has
    gradients 2,1,6,5,1,4,2,1,7,3,7,1: 7 of 12 at 1-3 (58 %), two blocks,
    median 2.5; drying centre 7 of 12 at 1-3, two blocks; training 6 of 12,
    one block. No option reaches consensus (blocks, and support < 75 %)."""
    code = main(["tally", str(GRADIENTS_CSV), "--method", "gradients", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["winners"] == []
    per = data["details"]["options"]
    assert per[EXPORT]["support"] == pytest.approx(7 / 12)
    assert per[EXPORT]["blocks"] == 2 and per[EXPORT]["median"] == 2.5
    assert per[TRAINING]["support"] == 0.5 and per[TRAINING]["blocks"] == 1
    assert [(r["option"], r["position"]) for r in data["ranking"]] == [
        (EXPORT, 1),
        (DRYING, 1),
        (TRAINING, 3),
    ]
    assert set(data["consensus"]["tastle_wierman"]) == {EXPORT, DRYING, TRAINING}
    assert main(["tally", str(GRADIENTS_CSV), "--method", "gradients"]) == 0
    table = capsys.readouterr().out
    assert "No option reached consensus." in table
    assert "58%" in table


def test_invalid_rows_listed_valid_ones_counted(tmp_path, capsys):
    path = tmp_path / "round.csv"
    path.write_text(
        "Voter,A,B,C\n"
        "Ana,1,2,3\n"
        "Ben,1,1,2\n"  # repeated rank
        "Cy,2,1,x\n"  # not a number
        "Dee,3,1,2\n",
        encoding="utf-8",
    )
    code = main(["tally", str(path), "--method", "borda", "--json"])
    out = capsys.readouterr()
    assert code == 1
    data = json.loads(out.out)
    assert data["ballots_counted"] == 2
    assert [(b["row"], b["voter"]) for b in data["invalid_ballots"]] == [(3, "Ben"), (4, "Cy")]
    assert "row 3 (Ben): rank 1 is given to more than one option ('A', 'B')" in out.err
    assert "row 4 (Cy): 'C': 'x' is not a number" in out.err
    # Ana: A 2, B 1, C 0; Dee: B 2, C 1, A 0 -> A 2, B 3, C 1.
    assert [(r["option"], r["score"]) for r in data["ranking"]] == [("B", 3), ("A", 2), ("C", 1)]


def test_dots_with_budget_and_cap(tmp_path, capsys):
    path = tmp_path / "dots.csv"
    path.write_text("Voter;A;B;C\nAna;2;1;\nBen;;3;\nCy;1;1;1\n", encoding="cp1252")
    code = main(["tally", str(path), "--method", "dots", "--budget", "3", "--max-per-option", "2"])
    captured = capsys.readouterr()
    assert code == 1
    assert "row 3 (Ben): 3 dots on 'B': at most 2 per option" in captured.err
    assert "Winner: A" in captured.out
    assert "Budget: 3 dots per voter, at most 2 per option" in captured.out


def test_score_with_feasibility_matrix(tmp_path, capsys):
    impact = tmp_path / "impact.csv"
    feasibility = tmp_path / "feasibility.csv"
    impact.write_text("Voter,A,B\nAna,5,2\nBen,4,2\n", encoding="utf-8")
    feasibility.write_text("Voter,A,B\nAna,4,5\nBen,5,4\n", encoding="utf-8")
    code = main(
        ["tally", str(impact), "--method", "score", "--feasibility", str(feasibility), "--json"]
    )
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["impact_feasibility"]["quadrants"] == {"A": "quick_win", "B": "fill_in"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.csv", "--method", "borda"], "no such file"),
        (["{ranked}", "--method", "plurality"], "invalid choice"),
        (["{ranked}", "--method", "score", "--scale-min", "5", "--scale-max", "1"], "rating scale"),
        (["{ranked}", "--method", "gradients", "--threshold", "150"], "not a share"),
    ],
)
def test_unusable_arguments_exit_2(args, message, tmp_path):
    args = [a.replace("{ranked}", str(RANKED_CSV)) for a in args]
    done = run_cli(*args)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) <= 3  # usage + one error line


def test_unreadable_file_exit_2(tmp_path, capsys):
    fake = tmp_path / "ballots.xlsx"
    fake.write_text("this is not a workbook")
    assert main(["tally", str(fake), "--method", "borda"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a readable .xlsx workbook" in err
    header_only = tmp_path / "header.csv"
    header_only.write_text("Voter,A,B\n")
    assert main(["tally", str(header_only), "--method", "borda"]) == 2


@pytest.mark.parametrize("method", ["approval", "borda", "irv", "gradients"])
def test_every_ballot_invalid_still_prints_a_table(method, tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text("Voter,A,B\nAna,9,9\nBen,9,8\n", encoding="utf-8")
    code = main(["tally", str(path), "--method", method])
    out = capsys.readouterr()
    assert code == 1
    assert "0 ballots counted, 2 invalid" in out.out
    assert "No valid ballots" in out.out
    assert out.err.count("invalid ballot: row") == 2 and "internal error" not in out.err
