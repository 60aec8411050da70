"""How much the voters agree, beyond who won.

- Ranked ballots: Kendall's W with the tie correction, and its chi-square
  p-value. A truncated ballot (only the top k of m ranked) is read as
  ranking the other m - k options equal last: they share the average of
  the remaining ranks, (k + 1 + m) / 2, and count as one tie group of
  t = m - k in the correction. W uses vote weights as numbers of raters;
  the p-value uses the number of ballots (a weight is not extra people),
  so with unequal weights it is indicative only.
- Ratings and gradients: Tastle and Wierman's consensus per option and the
  support share (see rated.py); their per-option spread is in the details.
"""

from __future__ import annotations

from fractions import Fraction

from facilitator_app.core.voting.profile import Profile
from facilitator_app.core.voting.results import KendallW
from facilitator_app.core.voting.stats import chi2_sf
from facilitator_app.core.voting.stats import kendall_w as _w_formula

#: Below this many options the chi-square p-value is a rough approximation
#: (Siegel & Castellan give exact tables for 3 to 7 objects).
SMALL_N_OPTIONS = 8


def ranked_consensus(profile: Profile) -> KendallW:
    """Kendall's W and its significance for a ranked profile."""
    m = len(profile.options)
    fill = profile.fill
    doubled = [0] * m  # 2 x rank sums, in weight units (keeps half ranks whole)
    tie_sum = 0
    for block in profile.blocks:
        k = block.ranked if block.ranked is not None else m
        shared = k + 1 + m  # 2 x the average rank of the unranked options
        t = m - k
        tie_sum += block.mult * block.size * (t**3 - t)
        for a, col in enumerate(block.columns):
            unranked = col.count(fill)
            ranked_total = sum(col) - fill * unranked
            doubled[a] += block.mult * (2 * ranked_total + unranked * shared)
    raters = profile.counted
    if profile.counted < 2 or m < 2:
        return KendallW(None, None, None, None, raters,
                        "Kendall's W needs at least 2 ballots and 2 options")
    w = _w_formula([Fraction(d, 2) for d in doubled], profile.total, tie_sum)
    if w is None:
        return KendallW(None, None, None, None, raters,
                        "Kendall's W is undefined: every ballot ties every option")
    chi = profile.counted * (m - 1) * w
    notes = []
    if m < SMALL_N_OPTIONS:
        notes.append(f"with fewer than {SMALL_N_OPTIONS} options the p-value is approximate")
    if profile.weighted:
        notes.append("weights are counted in W; the p-value counts ballots, so it is indicative")
    return KendallW(w, chi, m - 1, chi2_sf(chi, m - 1), raters, "; ".join(notes) or None)
