"""Statistics of agreement, written out so the app needs no scipy.

- Kendall's W with the tie correction, and the chi-square p-value of
  m(n-1)W with n-1 degrees of freedom (m raters, n objects);
- the chi-square survival function through the regularized incomplete
  gamma function (series below a+1, continued fraction above);
- Tastle and Wierman's consensus Cns = 1 + sum p_i log2(1 - |X_i - mu| / d)
  with d the width of the scale;
- quantiles of weighted ratings (median, IQR), defined so that with all
  weights 1 they equal the usual "inclusive" quartiles of a spreadsheet
  (Excel QUARTILE.INC, numpy's default, Python's ``method="inclusive"``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from fractions import Fraction

Num = int | float | Fraction


def kendall_w(rank_sums: Sequence[Num], raters: Num, tie_sum: Num = 0) -> float | None:
    """W = 12 S / (r^2 (n^3 - n) - r T) for r raters and n objects.

    ``rank_sums`` holds each object's sum of ranks over raters, ``tie_sum``
    is T = sum over raters of sum (t^3 - t) over their groups of t tied
    objects. Returns None when W is undefined (fewer than 2 objects, no
    rater, or every rater ties everything).
    """
    n = len(rank_sums)
    if n < 2 or raters <= 0:
        return None
    raters = Fraction(raters)
    mean = raters * (n + 1) / 2
    s = sum((Fraction(r) - mean) ** 2 for r in rank_sums)
    denominator = raters**2 * (n**3 - n) - raters * Fraction(tie_sum)
    if denominator <= 0:
        return None
    return float(12 * s / denominator)


def chi2_sf(x: float, df: float) -> float:
    """P(X >= x) for X chi-square distributed with ``df`` degrees of freedom."""
    if df <= 0:
        raise ValueError("degrees of freedom must be positive")
    if x <= 0:
        return 1.0
    return _gamma_q(df / 2.0, x / 2.0)


def _gamma_q(a: float, x: float) -> float:
    """Regularized upper incomplete gamma Q(a, x) = Gamma(a, x) / Gamma(a)."""
    log_prefix = -x + a * math.log(x) - math.lgamma(a)
    if x < a + 1.0:
        # P(a, x) = x^a e^-x / Gamma(a+1) * sum_k x^k / ((a+1)...(a+k))
        term = total = 1.0 / a
        denom = a
        for _ in range(10_000):
            denom += 1.0
            term *= x / denom
            total += term
            if abs(term) < abs(total) * 1e-16:
                break
        return max(0.0, 1.0 - total * math.exp(log_prefix))
    # Continued fraction for Q(a, x), evaluated with the modified Lentz method.
    tiny = 1e-300
    b = x + 1.0 - a
    c = 1.0 / tiny
    d = 1.0 / b
    h = d
    for i in range(1, 10_000):
        an = -i * (i - a)
        b += 2.0
        d = an * d + b
        d = d if abs(d) > tiny else tiny
        c = b + an / c
        c = c if abs(c) > tiny else tiny
        d = 1.0 / d
        step = d * c
        h *= step
        if abs(step - 1.0) < 1e-16:
            break
    return min(1.0, math.exp(log_prefix) * h)


def tastle_wierman(distribution: Mapping[int, Num], scale_min: int, scale_max: int) -> float | None:
    """Tastle and Wierman's consensus of ratings on an ordinal scale.

    ``distribution`` maps each rating to its weight (a count, or a sum of
    vote weights). 1 = everyone gave the same rating; 0 = half at each end
    of the scale. None when there is no rating.
    """
    total = sum(distribution.values())
    if total <= 0:
        return None
    width = scale_max - scale_min
    if width <= 0:
        raise ValueError("the scale needs two different ends")
    mu = sum(Fraction(v) * Fraction(w) for v, w in distribution.items()) / Fraction(total)
    cns = 1.0
    for value, weight in distribution.items():
        if weight:
            share = float(Fraction(weight) / Fraction(total))
            closeness = 1.0 - float(abs(value - mu)) / width
            cns += share * math.log2(max(closeness, 1e-300))
    return max(0.0, min(1.0, cns))


def weighted_quantile(distribution: Mapping[int, Num], p: Num) -> Fraction | None:
    """Quantile p of ratings given as rating -> weight.

    Linear interpolation at position h = (N - 1) p of the sorted ratings
    (N = total weight), treating a weight as a number of identical ratings.
    With whole weights this is exactly the inclusive quartile of the
    ratings written out one by one.
    """
    items = sorted((v, Fraction(w)) for v, w in distribution.items() if w > 0)
    if not items:
        return None
    total = sum(w for _, w in items)
    h = max(Fraction(0), (total - 1) * Fraction(p))
    low = math.floor(h)
    frac = h - low

    def value_at(position: int) -> Fraction:
        cumulative = Fraction(0)
        for v, w in items:
            cumulative += w
            if cumulative > position:
                return Fraction(v)
        return Fraction(items[-1][0])

    x_low = value_at(low)
    if frac == 0:
        return x_low
    return x_low + frac * (value_at(low + 1) - x_low)


def median(distribution: Mapping[int, Num]) -> Fraction | None:
    return weighted_quantile(distribution, Fraction(1, 2))


def iqr(distribution: Mapping[int, Num]) -> Fraction | None:
    q1 = weighted_quantile(distribution, Fraction(1, 4))
    q3 = weighted_quantile(distribution, Fraction(3, 4))
    return None if q1 is None or q3 is None else q3 - q1
