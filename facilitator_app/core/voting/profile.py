"""Valid ballots of a round, packed once so every method is fast (packing.py packs them).

Why this shape: a round of 10,000 ranked ballots over 30 options must be
tallied in well under 0.2 s in pure Python (no numpy in the app). Looping
over every (ballot, option, option) triple in Python is ten times too slow,
so each ballot is stored as one small array of numbers (rank, dots, rating;
``fill`` where the voter gave nothing), and every column (one option, all
ballots) is read with C-level operations: ``sum``, ``count``, ``Counter``,
and for ranked ballots a big integer holding one 8- or 16-bit field per
ballot, so a comparison of two options over all ballots is one subtraction
and one ``bit_count`` (see :class:`PackedRanks`).

Weights: every weight is made exact (a float such as 0.1 is read as the
decimal the facilitator typed) and scaled by ``unit`` to a whole number.
Ballots are then grouped into blocks whose members all carry the same
multiplier: one block when nobody is weighted, one per distinct weight when
there are few, else one per binary digit of the weights (a ballot of weight
5 sits in the blocks of 1 and 4). Every count the methods need is a sum
over ballots, so it is the sum over blocks of multiplier x plain count.

Ranked ballots are also grouped by how many options they rank, because the
tie correction of Kendall's W depends on it.
"""

from __future__ import annotations

import sys
from array import array
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from facilitator_app.core.errors import BadInputError
from facilitator_app.core.voting.ballots import (
    GRADIENT_MAX,
    GRADIENT_MIN,
    MethodParams,
    dot_budget,
)
from facilitator_app.core.voting.results import BallotProblem
from facilitator_app.i18n.messages import _


@dataclass
class Block:
    """Ballots that all carry the same multiplier (in weight units)."""

    mult: int
    size: int
    ranked: int | None  # options ranked by each ballot (ranked methods only)
    columns: list[array[int]]  # one per option: the number each ballot gave, or fill
    _packed: PackedRanks | None = None


@dataclass
class Profile:
    method: str
    options: tuple[str, ...]
    fill: int  # stands for "not given" in the columns
    unit: int  # weights were multiplied by this to become whole numbers
    counted: int  # valid ballots
    total: int  # their total weight, in units
    blocks: list[Block]  # weighted
    people: list[Block]  # every valid ballot once, multiplier 1
    problems: list[BallotProblem] = field(default_factory=list)
    _cache: dict[str, Any] = field(default_factory=dict)

    def weight(self, units: int) -> Fraction:
        """A count in weight units back as an exact weight."""
        return Fraction(units, self.unit)

    @property
    def weighted(self) -> bool:
        return self.blocks is not self.people


@dataclass(frozen=True)
class Layout:
    """How a method's ballots are stored in the columns.

    ``fill`` stands for "not given", ``typecode`` is the array type, and
    ``quick`` is a fast test of a ballot's numbers: it only has to be right
    when it says yes; when it says no (or raises), the ballot goes through
    the full check (validation.py).
    """

    fill: int
    typecode: str
    quick: Callable[[Mapping[str, Any]], bool]


def ranked_layout(m: int, params: MethodParams) -> Layout:
    """Ranks 1..m; ``m + 1`` for an unranked option."""
    fill = m + 1
    if fill <= 127:
        tc = "B"
    elif fill <= 32767:
        tc = "H"
    else:
        raise BadInputError(_("a ranked vote can have at most 32,766 options, not {m}.", m=m))
    ranges: list[list[int] | None] = [None] + [list(range(1, k + 1)) for k in range(1, m + 1)]

    def quick(vals: Mapping[str, Any]) -> bool:
        return sorted(vals.values()) == ranges[len(vals)]

    return Layout(fill, tc, quick)


def _count_layout(top: int, cap: int, limit_total: bool) -> Layout:
    tc = "B" if top <= 255 else "H" if top <= 65535 else "Q"

    def quick(vals: Mapping[str, Any]) -> bool:
        v = vals.values()
        return bool(vals) and min(v) >= 0 and max(v) <= cap and (not limit_total or sum(v) <= top)

    return Layout(0, tc, quick)


def dots_layout(m: int, params: MethodParams) -> Layout:
    """Dots 0..budget (at most the cap per option); 0 for none."""
    top = dot_budget(params, m)
    return _count_layout(top, min(top, params.max_per_option or top), limit_total=True)


def approval_layout(m: int, params: MethodParams) -> Layout:
    """0 or 1; 0 for none."""
    return _count_layout(1, 1, limit_total=False)


def _scale_layout(lo: int, hi: int) -> Layout:
    fill = hi + 1
    low = min(lo, 0)
    tc = "b" if low >= -128 and fill <= 127 else "h" if low >= -32768 and fill <= 32767 else "q"

    def quick(vals: Mapping[str, Any]) -> bool:
        v = vals.values()
        return bool(vals) and min(v) >= lo and max(v) <= hi

    return Layout(fill, tc, quick)


def rating_layout(m: int, params: MethodParams) -> Layout:
    """Ratings on the round's scale; one above the top for none."""
    return _scale_layout(params.scale_min, params.scale_max)


def gradient_layout(m: int, params: MethodParams) -> Layout:
    """Gradients 1-7; 8 for none."""
    return _scale_layout(GRADIENT_MIN, GRADIENT_MAX)


class PackedRanks:
    """The rank columns of one block as big integers, one field per ballot.

    Each field is 8 (or 16) bits wide and holds a rank below 128 (32768),
    so its top bit (the guard) is free. For two packed columns x and y,
    ``((y | H) - ONES - x) & H`` keeps the guard of exactly the ballots
    where x < y, without a borrow crossing into the next field; its
    ``bit_count()`` counts them. That one trick gives pairwise preferences
    and, with a field-wise minimum, the first preferences of a runoff.
    """

    def __init__(self, columns: list[array[int]], fill: int) -> None:
        width = columns[0].itemsize * 8
        n = len(columns[0])
        self.size = n
        self.width = width
        unit_field = (1).to_bytes(width // 8, "little")
        self.ones = int.from_bytes(unit_field * n, "little")
        self.guard = self.ones << (width - 1)
        self.full = (1 << width) - 1
        order = sys.byteorder
        self.cols = [int.from_bytes(c.tobytes(), order) for c in columns]
        base = self.guard - self.ones
        # (x | H) - ONES, precomputed per column: the left side of every "x < y" test.
        self.upper = [(c | self.guard) - self.ones for c in self.cols]
        self.fills = self.ones * fill
        self.fill_upper = self.fills + base

    def less(self, x: int, upper_y: int) -> int:
        """Guard bits of the ballots where field x < field y (given upper(y))."""
        return (upper_y - x) & self.guard

    def minimum(self, x: int, y: int) -> int:
        """Field-wise minimum of two packed columns."""
        mask = ((((y | self.guard) - self.ones - x) & self.guard) >> (self.width - 1)) * self.full
        return y ^ ((x ^ y) & mask)


def packed(block: Block, fill: int) -> PackedRanks:
    if block._packed is None:
        block._packed = PackedRanks(block.columns, fill)
    return block._packed


def pairwise(profile: Profile) -> list[list[int]]:
    """N[a][b]: weight (in units) of the ballots ranking a above b.

    A ranked option is above every option the ballot leaves unranked;
    two unranked options are not compared.
    """
    cached: list[list[int]] | None = profile._cache.get("pairwise")
    if cached is not None:
        return cached
    m = len(profile.options)
    N = [[0] * m for _ in range(m)]
    for block in profile.blocks:
        if block.size == 0:
            continue
        pk = packed(block, profile.fill)
        mult = block.mult
        guard = pk.guard
        cols, upper = pk.cols, pk.upper
        for a in range(m):
            row = N[a]
            x = cols[a]
            for b in range(m):
                if a != b:
                    row[b] += mult * ((upper[b] - x) & guard).bit_count()
    profile._cache["pairwise"] = N
    return N


def first_preferences(profile: Profile, remaining: Sequence[int]) -> tuple[list[int], int]:
    """Weight (units) of ballots whose highest-ranked remaining option is each of
    ``remaining``, and the weight of exhausted ballots (no remaining option ranked)."""
    counts = [0] * len(remaining)
    exhausted = 0
    for block in profile.blocks:
        if block.size == 0:
            continue
        pk = packed(block, profile.fill)
        cols = pk.cols
        low = cols[remaining[0]]
        for a in remaining[1:]:
            low = pk.minimum(cols[a], low)
        # Ballots whose minimum is the fill value rank none of the remaining options.
        live = ((pk.fill_upper - low) & pk.guard).bit_count()
        exhausted += block.mult * (block.size - live)
        for i, a in enumerate(remaining):
            above_min = ((pk.upper[a] - low) & pk.guard).bit_count()
            counts[i] += block.mult * (live - above_min)
    return counts, exhausted


def column_histograms(profile: Profile, weighted: bool = True) -> list[Counter[int]]:
    """Per option: value -> weight in units (or number of ballots), fill excluded."""
    if not profile.weighted:
        weighted = True  # the same blocks: count once
    key = f"histograms:{weighted}"
    if key in profile._cache:
        cached: list[Counter[int]] = profile._cache[key]
        return cached
    m = len(profile.options)
    hists: list[Counter[int]] = [Counter() for _ in range(m)]
    for block in profile.blocks if weighted else profile.people:
        for a, col in enumerate(block.columns):
            c = Counter(col)
            c.pop(profile.fill, None)
            if block.mult != 1:
                c = Counter({v: n * block.mult for v, n in c.items()})
            hists[a].update(c)
    profile._cache[key] = hists
    return hists
