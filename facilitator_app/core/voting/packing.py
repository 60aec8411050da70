"""Checking every ballot of a round and packing the valid ones (see profile.py).

The method's registry entry says how its ballots are stored (the layout)
and checked; the checks and messages are those of :func:`validation.validate`.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from functools import reduce
from typing import Any

from facilitator_app.core.errors import BadInputError
from facilitator_app.core.voting.ballots import Ballot, MethodParams
from facilitator_app.core.voting.profile import Block, Profile
from facilitator_app.core.voting.registry import method_spec
from facilitator_app.core.voting.results import BallotProblem
from facilitator_app.core.voting.validation import check_ballot, second_ballot, voter_key
from facilitator_app.i18n.messages import _


def _exact(weight: Any) -> Fraction:
    if isinstance(weight, float):
        return Fraction(repr(weight))  # the decimal that was typed, not the binary float
    if isinstance(weight, Decimal):
        return Fraction(weight)
    return Fraction(weight)


def build_profile(
    method: str,
    options: Sequence[str],
    ballots: Iterable[Ballot],
    params: MethodParams | None = None,
) -> Profile:
    """Check every ballot and pack the valid ones.

    Invalid ballots end up in ``problems`` (with the same messages as
    :func:`validation.validate`); they are never counted.
    """
    spec = method_spec(method)
    params = params or MethodParams()
    params.check()
    options = tuple(options)
    m = len(options)
    if m == 0:
        raise BadInputError(_("a vote needs at least one option."))
    if len(set(options)) != m:
        raise BadInputError(_("each option must have its own name; two options share one."))
    ranked = spec.ranked
    layout = spec.layout(m, params)
    fill, tc, quick = layout.fill, layout.typecode, layout.quick
    template = dict.fromkeys(options, fill)
    parts: dict[int | None, tuple[array[int], list[Any]]] = {}
    problems: list[BallotProblem] = []
    seen: dict[str, int] = {}
    counted = 0
    for i, ballot in enumerate(ballots):
        vals = ballot.values
        weight = ballot.weight
        if weight.__class__ is float and weight.is_integer():
            weight = int(weight)  # weights from the database are floats; 1.0 is 1
        row = None
        msgs: list[str] = []
        try:
            wc = weight.__class__
            if (wc is int or (wc is float and weight < math.inf)) and weight > 0 and quick(vals):
                merged = {**template, **vals}
                if len(merged) == m:
                    row = array(tc, merged.values())
        except (TypeError, ValueError, OverflowError, IndexError):
            row = None
        if row is None:
            msgs, whole = check_ballot(spec, options, ballot, params)
            if not msgs:
                row = array(tc, {**template, **whole}.values())
        voter = ballot.voter
        if voter:
            key = voter_key(voter)
            if key is not None:
                if key in seen:
                    msgs.append(second_ballot(seen[key]))
                else:
                    seen[key] = i
        if msgs:
            problems.append(BallotProblem(i, voter, tuple(msgs)))
            continue
        assert row is not None
        part_key = len(vals) if ranked else None
        part = parts.get(part_key)
        if part is None:
            part = parts[part_key] = (array(tc), [])
        part[0].extend(row)
        part[1].append(weight)
        counted += 1

    # Weights as whole numbers of a common unit (distinct weights are few).
    exact = {w: _exact(w) for _, ws in parts.values() for w in set(ws)}
    unit = reduce(math.lcm, (f.denominator for f in exact.values()), 1)
    in_units = {w: int(f * unit) for w, f in exact.items()}
    blocks: list[Block] = []
    people: list[Block] = []
    all_one = True
    total = 0
    for k, (matrix, ws) in sorted(parts.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)):
        units = [in_units[w] for w in ws]
        total += sum(units)
        n = len(units)
        people.append(Block(1, n, k, _columns(matrix, m)))
        if all(u == 1 for u in units):
            blocks.append(people[-1])
            continue
        all_one = False
        blocks.extend(_weighted_blocks(matrix, units, m, k, tc))
    if all_one:
        blocks = people
    return Profile(method, options, fill, unit, counted, total, blocks, people, problems)


def _columns(matrix: array[int], m: int) -> list[array[int]]:
    return [matrix[a::m] for a in range(m)]


def _weighted_blocks(
    matrix: array[int], units: list[int], m: int, k: int | None, tc: str
) -> list[Block]:
    """Blocks of equal multiplier: per distinct weight when few, else per binary digit."""
    distinct = sorted(set(units))
    digits = max(units).bit_length()
    if len(distinct) <= digits:
        groups = [(w, [i for i, u in enumerate(units) if u == w]) for w in distinct]
    else:
        groups = [(1 << j, [i for i, u in enumerate(units) if u >> j & 1]) for j in range(digits)]
    out = []
    for mult, rows in groups:
        if not rows:
            continue
        if len(rows) == len(units):
            sub = matrix
        else:
            sub = array(tc)
            for i in rows:
                sub.extend(matrix[i * m : (i + 1) * m])
        out.append(Block(mult, len(rows), k, _columns(sub, m)))
    return out
