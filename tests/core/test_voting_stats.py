"""Agreement statistics against published worked examples and independent oracles."""

from __future__ import annotations

import math
import random
import statistics
from fractions import Fraction

import pytest

from facilitator_app.core.voting import Ballot, chi2_sf, kendall_w, tally, tastle_wierman
from facilitator_app.core.voting.stats import iqr, median, weighted_quantile
from facilitator_app.core.voting.stats import kendall_w as w_formula


def ranked(columns: list[list[int]], options: list[str]) -> list[Ballot]:
    """Ballots from one list of ranks per rater, in option order."""
    return [Ballot(dict(zip(options, ranks))) for ranks in columns]


# --- Kendall's W ---------------------------------------------------------------


def test_kendall_w_siegel_executives_example():
    """Siegel (1956), Nonparametric Statistics for the Behavioral Sciences,
    chapter 9: three executives rank six applicants.
    X: 1 6 3 2 5 4; Y: 1 5 6 4 2 3; Z: 6 3 2 5 4 1.
    Rank sums 8, 14, 11, 11, 11, 8 (mean 10.5), s = 25.5,
    W = 12 s / (k^2 (N^3 - N)) = 306 / 1890 = 0.162 (the book: W = .16)."""
    options = list("abcdef")
    ballots = ranked([[1, 6, 3, 2, 5, 4], [1, 5, 6, 4, 2, 3], [6, 3, 2, 5, 4, 1]], options)
    figures = kendall_w(options, ballots)
    assert figures.w == pytest.approx(306 / 1890)
    assert round(figures.w, 2) == 0.16
    assert figures.df == 5
    assert figures.chi_square == pytest.approx(3 * 5 * 306 / 1890)


def test_kendall_w_proofwiki_example():
    """ProofWiki, "Kendall's Coefficient of Concordance/Examples/Arbitrary
    Example 1": four judges rank competitors X, Y, Z as (1, 3, 2), (1, 2, 3),
    (2, 3, 1), (3, 1, 2); rank sums 7, 9, 8; S = 2; W = 1/16."""
    options = ["X", "Y", "Z"]
    ballots = ranked([[1, 3, 2], [1, 2, 3], [2, 3, 1], [3, 1, 2]], options)
    assert kendall_w(options, ballots).w == pytest.approx(1 / 16)


def test_kendall_w_full_agreement_and_tally_reports_it():
    options = list("ABCD")
    ballots = ranked([[1, 2, 3, 4]] * 5, options)
    assert kendall_w(options, ballots).w == pytest.approx(1.0)
    assert tally("borda", options, ballots).consensus.kendall_w == pytest.approx(1.0)


def test_kendall_w_truncated_ballot_by_hand():
    """A truncated ballot ranks its unranked options equal last.
    m = 4; ballot 1: A1 B2 C3 D4; ballot 2 ranks only B1: A, C, D share
    (2 + 4) / 2 = 3. Rank sums A 4, B 3, C 6, D 7 (mean 5): S = 1+4+1+4 = 10.
    Tie correction: ballot 2 has one group of t = 3: T = 27 - 3 = 24.
    W = 12 x 10 / (2^2 x (64 - 4) - 2 x 24) = 120 / 192 = 0.625."""
    options = list("ABCD")
    ballots = [Ballot({"A": 1, "B": 2, "C": 3, "D": 4}), Ballot({"B": 1})]
    assert kendall_w(options, ballots).w == pytest.approx(0.625)


def test_kendall_w_tie_correction_equals_friedman_with_ties():
    """Independent oracle: Friedman's chi-square with its tie correction
    (scipy.stats.friedmanchisquare) equals r (n - 1) W_corrected for r raters
    and n options. Random truncated ballots give plenty of ties."""
    scipy_stats = pytest.importorskip("scipy.stats")
    for seed in range(200):
        rng = random.Random(seed)
        n = rng.randint(3, 10)
        raters = rng.randint(2, 40)
        options = [f"o{i}" for i in range(n)]
        ballots, table = [], []
        for _ in range(raters):
            k = rng.randint(1, n)
            chosen = rng.sample(range(n), k)
            ballots.append(Ballot({options[c]: i + 1 for i, c in enumerate(chosen)}))
            row = [(k + 1 + n) / 2] * n
            for i, c in enumerate(chosen):
                row[c] = i + 1
            table.append(row)
        figures = kendall_w(options, ballots)
        columns = [[row[j] for row in table] for j in range(n)]
        expected_chi, expected_p = scipy_stats.friedmanchisquare(*columns)
        if math.isnan(expected_chi):  # every rater tied everything: W undefined
            assert figures.w is None
            continue
        assert figures.chi_square == pytest.approx(expected_chi, rel=1e-9), seed
        assert figures.w == pytest.approx(expected_chi / (raters * (n - 1)), rel=1e-9)
        assert figures.p_value == pytest.approx(expected_p, rel=1e-7, abs=1e-12), seed


def test_kendall_w_needs_two_ballots():
    figures = kendall_w(["A", "B"], [Ballot({"A": 1, "B": 2})])
    assert figures.w is None and "2 ballots" in (figures.note or "")


def test_kendall_w_formula_is_scale_free_in_weights():
    assert w_formula([8, 14, 11, 11, 11, 8], 3) == pytest.approx(
        w_formula([16, 28, 22, 22, 22, 16], 6)
    )


# --- chi-square --------------------------------------------------------------------


def test_chi2_sf_textbook_critical_values():
    # Table values of the chi-square distribution: 3.841 (df 1) and 11.070
    # (df 5) at 5 %; 6.635 (df 1) at 1 %.
    assert chi2_sf(3.841, 1) == pytest.approx(0.05, abs=5e-5)
    assert chi2_sf(11.070, 5) == pytest.approx(0.05, abs=5e-5)
    assert chi2_sf(6.635, 1) == pytest.approx(0.01, abs=5e-6)
    assert chi2_sf(0, 3) == 1.0
    # df 2 has the closed form exp(-x / 2).
    for x in (0.1, 1, 5, 30, 200):
        assert chi2_sf(x, 2) == pytest.approx(math.exp(-x / 2), rel=1e-12)


def test_chi2_sf_matches_scipy():
    chi2 = pytest.importorskip("scipy.stats").chi2
    rng = random.Random(7)
    for _ in range(3000):
        df = rng.choice([1, 2, 3, 4, 5, 7, 11, 29, 99, 0.5, 2.5])
        x = rng.uniform(0, 4 * df + 20)
        expected = chi2.sf(x, df)
        assert chi2_sf(x, df) == pytest.approx(expected, rel=1e-9, abs=1e-300)


# --- Tastle and Wierman ---------------------------------------------------------------


def test_tastle_wierman_published_example_agrmt():
    """Worked example in the documentation of consensus() in the R package
    agrmt (D. Ruedin), which implements Tastle & Wierman (2007): frequencies
    30, 40, 210, 130, 530, 50, 10 on a 7-point scale give 0.7256876."""
    frequencies = [30, 40, 210, 130, 530, 50, 10]
    dist = {i + 1: f for i, f in enumerate(frequencies)}
    assert tastle_wierman(dist, 1, 7) == pytest.approx(0.7256876, abs=5e-8)


def test_tastle_wierman_defining_cases():
    """Tastle & Wierman (2007), "Consensus and dissention: A measure of
    ordinal dispersion", Int. J. Approximate Reasoning 45(3): Cns is 1 when
    everyone picks one category and 0 when half pick each extreme.
    Uniform over 1-5 by hand: mu = 3, 1 + 0.2 (2 log2(1/2) + 2 log2(3/4))
    = 0.433985."""
    assert tastle_wierman({4: 12}, 1, 5) == 1.0
    assert tastle_wierman({1: 5, 5: 5}, 1, 5) == pytest.approx(0.0, abs=1e-15)
    uniform = 1 + 0.2 * (2 * math.log2(0.5) + 2 * math.log2(0.75))
    assert tastle_wierman(dict.fromkeys(range(1, 6), 1), 1, 5) == pytest.approx(uniform)
    assert uniform == pytest.approx(0.433985, abs=1e-6)
    assert tastle_wierman({}, 1, 5) is None


def test_tastle_wierman_uses_scale_width_not_observed_range():
    # Ratings 2 and 3 only, on a 1-7 scale: d = 6, mu = 2.5, each |x - mu| = 0.5:
    # Cns = 1 + log2(1 - 0.5 / 6).
    assert tastle_wierman({2: 1, 3: 1}, 1, 7) == pytest.approx(1 + math.log2(1 - 0.5 / 6))


def test_gradients_tally_reports_tastle_wierman_on_the_1_7_scale():
    result = tally("gradients", ["A"], [Ballot({"A": 1}), Ballot({"A": 7})])
    assert result.consensus.tastle_wierman is not None
    assert result.consensus.tastle_wierman["A"] == pytest.approx(0.0, abs=1e-15)


# --- weighted quartiles ---------------------------------------------------------------------


def test_quantiles_equal_inclusive_quartiles_with_whole_weights():
    rng = random.Random(3)
    for _ in range(300):
        values = [rng.randint(1, 7) for _ in range(rng.randint(2, 40))]
        dist: dict[int, int] = {}
        for v in values:
            dist[v] = dist.get(v, 0) + 1
        q1, _q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
        assert float(weighted_quantile(dist, Fraction(1, 4))) == pytest.approx(q1)
        assert float(median(dist)) == pytest.approx(statistics.median(values))
        assert float(iqr(dist)) == pytest.approx(q3 - q1)


def test_quantile_of_one_rating():
    assert median({5: 1}) == 5 and iqr({5: 1}) == 0
    assert median({}) is None
