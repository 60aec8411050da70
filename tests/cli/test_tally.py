"""``facilitator-app tally`` on the fixture matrices, both output forms."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator_app.cli import main

REPO = Path(__file__).parents[2]
# Made by tests/fixtures/make_fixtures.py, which says what each file is for.
FIXTURES = REPO / "tests" / "fixtures"
RANKED_CSV = FIXTURES / "ballots_ranked.csv"
RANKED_XLSX = FIXTURES / "ballots_ranked.xlsx"
GRADIENTS_CSV = FIXTURES / "ballots_gradients.csv"

# The ranked fixture, 12 ballots (ranks of GRADING, FAIR, DRYERS, REPLANT,
# HELPDESK, APPRENTICE; "-" = not ranked):
#   6 4 3 2 1 5 | 3 6 2 4 5 1 | 3 6 1 4 5 2 | 3 2 5 6 1 4 | 3 6 2 5 4 1
#   2 3 4 5 1 6 | 4 2 5 1 6 3 | 1 3 5 6 2 4 | 6 5 3 2 1 4 | 3 1 - 2 - -
#   3 1 6 2 5 4 | 3 1 6 2 5 4
GRADING = "Common grading & sorting line for nutmeg"
FAIR = "Cluster stand at the regional food fair"
DRYERS = "Solar dryers for smallholders"
REPLANT = "Replanting fund (seedlings, shade trees)"
HELPDESK = "Export paperwork help desk"
APPRENTICE = "Apprenticeships for young growers"
OPTIONS = [GRADING, FAIR, DRYERS, REPLANT, HELPDESK, APPRENTICE]


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
    """Borda on the fixture (m = 6, rank r earns 6 - r, unranked 0), summed by
    hand per column: grading 32, fair 32, dryers 24, replanting 31, help desk
    30, apprenticeships 28 (the truncated ballot of row 12 gives fair 5,
    replanting 4, grading 3 and the others 0)."""
    done = run_cli(str(RANKED_CSV), "--method", "borda", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["method"] == "borda"
    assert data["ranking"] == [
        {"option": GRADING, "position": 1, "score": 32},
        {"option": FAIR, "position": 1, "score": 32},
        {"option": REPLANT, "position": 3, "score": 31},
        {"option": HELPDESK, "position": 4, "score": 30},
        {"option": APPRENTICE, "position": 5, "score": 28},
        {"option": DRYERS, "position": 6, "score": 24},
    ]
    assert data["winners"] == [GRADING, FAIR]
    assert data["ties"] == [[GRADING, FAIR]]
    assert 0 <= data["consensus"]["kendall_w"] <= 1
    assert data["invalid_ballots"] == []


def test_irv_json_by_main(capsys):
    """First preferences: grading 1, fair 3, dryers 1, replanting 1, help desk
    4, apprenticeships 2. Grading, dryers and replanting (1 each) go out
    together; their ballots move to help desk, apprenticeships and fair: fair 4,
    help desk 5, apprenticeships 3. Apprenticeships goes; its three ballots
    reach help desk (the others they rank higher are out): help desk 8, fair 4."""
    code = main(["tally", str(RANKED_XLSX), "--method", "irv", "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    data = json.loads(out.out)
    assert data["winners"] == [HELPDESK]
    assert [(r["option"], r["position"], r["score"]) for r in data["ranking"]] == [
        (HELPDESK, 1, 8),
        (FAIR, 2, 4),
        (APPRENTICE, 3, 3),
        (GRADING, 4, 1),
        (DRYERS, 4, 1),
        (REPLANT, 4, 1),
    ]
    assert [r["eliminated"] for r in data["details"]["rounds"]] == [
        [GRADING, DRYERS, REPLANT],
        [APPRENTICE],
        [FAIR],
    ]


@pytest.mark.parametrize(
    ("method", "winner", "scores"),
    [
        # Head to head (margins): fair beats grading 7-5 and grading beats help
        # desk 8-4, but help desk beats fair 8-4; replanting draws with four and
        # beats apprenticeships 7-5, so it is the only option nobody beats, and
        # the Schulze winner (it beats all five by strongest paths).
        ("schulze", REPLANT, [(REPLANT, 5), (GRADING, 4), (HELPDESK, 3), (FAIR, 2),
                              (APPRENTICE, 1), (DRYERS, 0)]),
        # Wins minus losses: fair 3 - 1, grading 2 - 1, replanting 1 - 0, help
        # desk 2 - 2, apprenticeships 2 - 2, dryers 0 - 4.
        ("copeland", FAIR, [(FAIR, 2), (GRADING, 1), (REPLANT, 1), (HELPDESK, 0),
                            (APPRENTICE, 0), (DRYERS, -4)]),
    ],
)
def test_condorcet_methods_table_and_json(method, winner, scores, capsys):
    code = main(["tally", str(RANKED_CSV), "--method", method])
    out = capsys.readouterr().out
    assert code == 0
    assert f"Winner: {winner}\n" in out
    assert "Kendall's W" in out
    assert main(["tally", str(RANKED_CSV), "--method", method, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["winners"] == [winner]
    assert [(r["option"], r["score"]) for r in data["ranking"]] == scores


def _fixture_rankings() -> list[dict[str, int]]:
    """The ranked fixture read with the csv module alone (not our reader)."""
    with open(RANKED_CSV, encoding="utf-8", newline="") as fh:
        header, *rows = list(csv.reader(fh))
    assert header[1:] == OPTIONS
    return [
        {option: int(cell) for option, cell in zip(OPTIONS, row[1:], strict=True) if cell}
        for row in rows
        if any(row)
    ]


def test_ranked_fixture_against_pref_voting(capsys):
    """Every ranked method on the fixture, counted a second way: Borda summed
    here, the others by pref_voting (a ranked option is above the ones the
    ballot leaves out, two unranked options are not compared)."""
    pytest.importorskip("pref_voting")
    from pref_voting.c1_methods import copeland
    from pref_voting.iterative_methods import instant_runoff
    from pref_voting.margin_based_methods import beat_path
    from pref_voting.profiles_with_ties import ProfileWithTies

    rankings = _fixture_rankings()
    assert len(rankings) == 12
    profile = ProfileWithTies(rankings, candidates=OPTIONS)
    profile.use_extended_strict_preference()

    def ours(method: str) -> dict:
        assert main(["tally", str(RANKED_CSV), "--method", method, "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    borda = {o: sum(6 - r[o] for r in rankings if o in r) for o in OPTIONS}
    assert {r["option"]: r["score"] for r in ours("borda")["ranking"]} == borda
    assert ours("irv")["winners"] == instant_runoff(profile)
    assert ours("schulze")["winners"] == beat_path(profile)
    copeland_data = ours("copeland")
    assert copeland_data["winners"] == copeland(profile)
    assert {r["option"]: r["score"] for r in copeland_data["ranking"]} == {
        o: int(v) for o, v in profile.copeland_scores().items()
    }


def test_table_by_subprocess_shows_positions_and_ties():
    done = run_cli(str(RANKED_CSV), "--method", "borda")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[1] == "12 ballots counted"
    assert any(line.startswith("1=  Common grading & sorting") and line.endswith("32")
               for line in lines)
    assert any(line.startswith("1=  Cluster stand") and line.endswith("32") for line in lines)
    assert any(line.lstrip().startswith("6  Solar dryers") for line in lines)
    assert f"Tie for first place: {GRADING}, {FAIR}" in done.stdout


def test_gradients_json_and_table(capsys):
    """Hand count of the gradients fixture (12 participants, Windows-1252 with
    semicolons): dryers has 1,2,1,2,3,2,1,4,2,1,3,2: 11 of 12 at 1-3 (92 %),
    no block, median 2 -> consensus. Replanting has 2,1,3,2,1,4,2,(blank),7,
    2,3,1: 9 of the 11 who rated it at 1-3 (82 %), but one block (7) -> no
    consensus. Grading has 3,4,2,5,6,1,4,3,2,5,4,6: 5 of 12 (42 %), median 4."""
    code = main(["tally", str(GRADIENTS_CSV), "--method", "gradients", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["winners"] == [DRYERS]
    assert data["ballots_counted"] == 12
    per = data["details"]["options"]
    assert per[DRYERS]["support"] == pytest.approx(11 / 12)
    assert per[DRYERS]["blocks"] == 0 and per[DRYERS]["median"] == 2
    assert per[DRYERS]["consensus"] is True
    assert per[REPLANT]["support"] == pytest.approx(9 / 11) and per[REPLANT]["ratings"] == 11
    assert per[REPLANT]["blocks"] == 1 and per[REPLANT]["consensus"] is False
    assert per[GRADING]["support"] == pytest.approx(5 / 12) and per[GRADING]["median"] == 4
    assert per[GRADING]["blocks"] == 0 and per[GRADING]["consensus"] is False
    assert [(r["option"], r["position"]) for r in data["ranking"]] == [
        (DRYERS, 1),
        (REPLANT, 2),
        (GRADING, 3),
    ]
    assert set(data["consensus"]["tastle_wierman"]) == {DRYERS, REPLANT, GRADING}
    assert main(["tally", str(GRADIENTS_CSV), "--method", "gradients"]) == 0
    table = capsys.readouterr().out
    assert f"Consensus reached on: {DRYERS}" in table
    assert "92%" in table and "82%" in table and "42%" in table


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
    assert "row 3 (Ben): rank 1 is given to more than one option (“A”, “B”)" in out.err
    assert "row 4 (Cy): “C”: “x” is not a number" in out.err
    # Ana: A 2, B 1, C 0; Dee: B 2, C 1, A 0 -> A 2, B 3, C 1.
    assert [(r["option"], r["score"]) for r in data["ranking"]] == [("B", 3), ("A", 2), ("C", 1)]


def test_dots_with_budget_and_cap(tmp_path, capsys):
    path = tmp_path / "dots.csv"
    path.write_text("Voter;A;B;C\nAna;2;1;\nBen;;3;\nCy;1;1;1\n", encoding="cp1252")
    code = main(["tally", str(path), "--method", "dots", "--budget", "3", "--max-per-option", "2"])
    captured = capsys.readouterr()
    assert code == 1
    assert "row 3 (Ben): 3 dots on “B”: at most 2 per option" in captured.err
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
    assert err.count("\n") == 1 and "not an Excel workbook (.xlsx)" in err
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


# --- the --json format, pinned --------------------------------------------------

# Outputs of `tally ... --json` saved before the engine's results became typed
# dataclasses (tests/fixtures/tally_golden/); the JSON object is a published
# format (PRODUCT.md section 5), so any change to these bytes is a format change.
GOLDEN = FIXTURES / "tally_golden"
GOLDEN_CASES: dict[str, tuple[Path, list[str], int]] = {
    "ballots_ranked_csv_borda": (RANKED_CSV, ["borda"], 0),
    "ballots_ranked_csv_irv": (RANKED_CSV, ["irv"], 0),
    "ballots_ranked_csv_schulze": (RANKED_CSV, ["schulze"], 0),
    "ballots_ranked_csv_copeland": (RANKED_CSV, ["copeland"], 0),
    "ballots_ranked_xlsx_irv": (RANKED_XLSX, ["irv"], 0),
    "ballots_ranked_csv_dots_budget": (
        RANKED_CSV, ["dots", "--budget", "10", "--max-per-option", "6"], 1),
    "ballots_gradients_csv_gradients": (GRADIENTS_CSV, ["gradients"], 0),
    "ballots_gradients_csv_gradients_strict": (
        GRADIENTS_CSV,
        ["gradients", "--threshold", "60%", "--max-iqr", "1", "--all-at-most", "5"], 0),
    "ballots_gradients_csv_score_1_7": (
        GRADIENTS_CSV, ["score", "--scale-min", "1", "--scale-max", "7"], 0),
    "ballots_gradients_csv_approval": (GRADIENTS_CSV, ["approval"], 1),
}


@pytest.mark.parametrize("name", sorted(GOLDEN_CASES))
def test_json_output_is_byte_for_byte_the_pinned_one(name):
    path, args, code = GOLDEN_CASES[name]
    done = subprocess.run(
        [sys.executable, "-m", "facilitator_app", "tally", str(path), "--method", *args,
         "--json"],
        check=False, capture_output=True, cwd=REPO, timeout=120,
        env={**__import__("os").environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert done.returncode == code, done.stderr
    assert done.stdout == (GOLDEN / f"{name}.json").read_bytes()


# --- small faults (issue 14) ----------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--max-iqr", "nan"], "argument --max-iqr: “nan” is not a number (e.g. 1 or 1.5)"),
        (["--max-iqr", "inf"], "argument --max-iqr: “inf” is not a number (e.g. 1 or 1.5)"),
        (["--max-iqr=-inf"], "argument --max-iqr: “-inf” is not a number (e.g. 1 or 1.5)"),
        (["--max-iqr", "NaN"], "argument --max-iqr: “NaN” is not a number (e.g. 1 or 1.5)"),
        (["--threshold", "nan"], "argument --threshold: “nan” is not a share (e.g. 0.75 or 75%)"),
        (["--threshold", "inf"], "argument --threshold: “inf” is not a share (e.g. 0.75 or 75%)"),
        (["--threshold", "nan%"], "argument --threshold: “nan%” is not a share"),
    ],
)
def test_nan_and_inf_options_are_refused_in_one_line(args, message):
    done = run_cli(str(GRADIENTS_CSV), "--method", "gradients", *args)
    assert done.returncode == 2
    assert message in done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert "internal error" not in done.stderr and "Traceback" not in done.stderr
    assert done.stdout == ""


def test_irv_table_shows_the_votes_of_each_round():
    """The hand count of test_irv_json_by_main, one column per round: each
    column adds up to the 12 ballots (no ballot is exhausted here)."""
    done = run_cli(str(RANKED_CSV), "--method", "irv")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    head = next(line for line in lines if line.lstrip().startswith("#"))
    assert head.split()[-4:] == ["Option", "R1", "R2", "R3"]
    assert "Votes" not in head
    rows = {line[4:45].strip(): line[45:].split() for line in lines
            if line[4:45].strip() in OPTIONS}
    assert rows[HELPDESK] == ["4", "5", "8"]
    assert rows[FAIR] == ["3", "4", "4"]
    assert rows[APPRENTICE] == ["2", "3", "-"]
    assert rows[GRADING] == rows[DRYERS] == rows[REPLANT] == ["1", "-", "-"]
    exhausted = next(line for line in lines if "(exhausted ballots)" in line)
    assert exhausted.split()[-3:] == ["0", "0", "0"]
    for column in range(3):
        assert sum(int(r[column]) for r in rows.values() if r[column] != "-") == 12


def test_irv_table_counts_exhausted_ballots(tmp_path):
    # A 2, B 1, C 2: B goes; its ballot ranks nothing else, so round 2 has
    # A 2, C 2 and one exhausted ballot: every column still adds up to 5.
    path = tmp_path / "short.csv"
    path.write_text("Voter,A,B,C\nv1,1,,\nv2,1,,\nv3,,1,\nv4,,,1\nv5,,,1\n", encoding="utf-8")
    done = run_cli(str(path), "--method", "irv")
    assert done.returncode == 0, done.stderr
    exhausted = next(line for line in done.stdout.splitlines() if "(exhausted" in line)
    assert exhausted.split()[-2:] == ["0", "1"]


def test_schulze_output_says_which_places_are_not_defeats(tmp_path):
    """A beats C 2-0; A and B draw, and so do B and C. Nobody beats A or B
    (they share place 1) and C is beaten only by A: C is placed below B
    without being beaten by B, and the table says so."""
    path = tmp_path / "layers.csv"
    path.write_text("Voter,A,B,C\nv1,1,3,2\nv2,2,1,3\n", encoding="utf-8")
    done = run_cli(str(path), "--method", "schulze")
    assert done.returncode == 0, done.stderr
    assert "Schulze places are layers" in done.stdout
    assert "  C (place 3) is not beaten by B (place 1)" in done.stdout
    assert "is not beaten by A" not in done.stdout
    # The JSON object keeps its published form: no new key.
    data = json.loads(run_cli(str(path), "--method", "schulze", "--json").stdout)
    assert set(data["details"]) == {"condorcet_winner", "strongest_paths"}
    plain = run_cli(str(RANKED_CSV), "--method", "schulze")
    assert "Every option is beaten (by strongest paths) by every option placed above it." \
        in plain.stdout
