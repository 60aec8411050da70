"""Agreement figures in plain words, said the same way on screen and on paper.

The results screen, the workbook and the PDF report all describe Kendall's
W, Tastle and Wierman's consensus and gradients verdicts with these
functions, so a facilitator never sees "moderate" on the projector and
"fair" in the report for the same figure. Pure Python, no Qt. What each
method is and what its score means is in ``core.voting.registry``.

Bands for Kendall's W follow Schmidt's reading for Delphi studies (1997),
whose reference points 0.1, 0.3, 0.5, 0.7 and 0.9 (very weak ... very
strong) we take as the middles of bands 0.2 wide: below 0.2 very weak, 0.2
to 0.4 weak, 0.4 to 0.6 moderate, 0.6 to 0.8 strong, 0.8 and above very
strong. Each band includes its lower bound: W = 0.6 is "strong". The
results screen uses the same bands (``services.voting.KENDALL_W_BANDS``; a
test holds the two equal).

Tastle and Wierman's measure has no standard bands; ours are a convention of
this app, chosen so that the words match what a facilitator sees in the
spread of answers: 0.8 and above close agreement (nearly everyone within a
step of each other), 0.6 to 0.8 fair agreement, 0.4 to 0.6 divided, below
0.4 strongly divided (answers pulled towards both ends of the scale).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from facilitator_app.core.roster_fields import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from facilitator_app.core.voting.results import TallyResult

Number = int | float | Fraction

T = QT_TRANSLATE_NOOP
CONTEXT = "voting_words"
"""The catalogue context of the words below: the window passes
``tr=lambda text: QCoreApplication.translate(CONTEXT, text)`` to the
functions that take one and shows them in its language; the exports call
them without it (English for now)."""

Translate = Callable[[str], str]
Fixed = Callable[[float, int], str]
"""Writes a figure with so many decimals: the window passes one with its
language's decimal sign ('0,44'); the default writes a point ('0.44')."""


def _same(text: str) -> str:
    return text


def _fixed(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


@dataclass(frozen=True)
class Band:
    lower: float  # the band holds values >= lower (and < the next band's lower)
    key: str  # stable, for colours and tests
    words: str  # "moderate agreement"


#: Kendall's W, lowest band first.
W_BANDS: tuple[Band, ...] = (
    Band(0.0, "very_weak", T("voting_words", "very weak agreement")),
    Band(0.2, "weak", T("voting_words", "weak agreement")),
    Band(0.4, "moderate", T("voting_words", "moderate agreement")),
    Band(0.6, "strong", T("voting_words", "strong agreement")),
    Band(0.8, "very_strong", T("voting_words", "very strong agreement")),
)

#: Tastle and Wierman's consensus (0 to 1), lowest band first (our convention).
CNS_BANDS: tuple[Band, ...] = (
    Band(0.0, "strongly_divided", T("voting_words", "strongly divided")),
    Band(0.4, "divided", T("voting_words", "divided")),
    Band(0.6, "fair", T("voting_words", "fair agreement")),
    Band(0.8, "close", T("voting_words", "close agreement")),
)


def _band(value: Number, bands: Sequence[Band]) -> Band:
    found = bands[0]
    for band in bands:
        if float(value) >= band.lower:
            found = band
    return found


def w_band(w: Number | None) -> Band | None:
    """The band of Kendall's W, or ``None`` when W could not be computed."""
    return None if w is None else _band(w, W_BANDS)


def w_words(w: Number | None, tr: Translate = _same) -> str:
    """'moderate agreement', or 'agreement not measurable' without a W (in the
    language of ``tr``)."""
    band = w_band(w)
    return tr(band.words) if band else tr(T("voting_words", "agreement not measurable"))


def w_sentence(w: Number | None, ballots: int | None = None) -> str:
    """'Moderate agreement (W = 0.44) among 19 ballots.'"""
    if w is None:
        return "Kendall's W could not be computed (it needs at least two ballots that rank " \
               "the options differently)."
    among = f" among {ballots} ballots" if ballots else ""
    words = w_words(w)
    return f"{words[0].upper()}{words[1:]} (W = {float(w):.2f}){among}."


def cns_band(cns: Number | None) -> Band | None:
    return None if cns is None else _band(cns, CNS_BANDS)


def cns_words(cns: Number | None, tr: Translate = _same) -> str:
    band = cns_band(cns)
    return tr(band.words) if band else tr(T("voting_words", "not measurable"))


def percent(share: Number | None) -> str:
    """0.8421 -> '84 %' (whole percent; 'n/a' for no value)."""
    if share is None:
        return "n/a"
    return f"{round(float(share) * 100):d} %"


def gradients_verdict(
    support: Number | None,
    blocks: int,
    reached: bool,
    threshold: Number = 0.75,
) -> str:
    """One sentence on a gradients-of-agreement option.

    'Consensus reached: 84 % support, no block.' or
    'No consensus yet: 53 % support (75 % needed), 1 block.'
    """
    block_text = "no block" if blocks == 0 else f"{blocks} block{'s' if blocks != 1 else ''}"
    if support is None:
        return "Nobody rated this option."
    if reached:
        return f"Consensus reached: {percent(support)} support, {block_text}."
    reasons = []
    if float(support) < float(threshold):
        reasons.append(f"{percent(support)} support ({percent(threshold)} needed)")
    else:
        reasons.append(f"{percent(support)} support")
    reasons.append(block_text)
    return "No consensus yet: " + ", ".join(reasons) + "."


def p_value_words(p: Number | None, tr: Translate = _same, fixed: Fixed = _fixed) -> str:
    """How unlikely the agreement is by chance, in words (figures written by ``fixed``)."""
    if p is None:
        return ""
    p = float(p)
    if p < 0.001:
        return tr(T("voting_words", "very unlikely to be chance (p < {p})")).format(
            p=fixed(0.001, 3))
    if p < 0.05:
        return tr(T("voting_words", "unlikely to be chance (p = {p})")).format(p=fixed(p, 3))
    return tr(T("voting_words", "could be chance (p = {p})")).format(p=fixed(p, 2))


#: What the agreement figures mean, in a few sentences each.
FIGURE_NOTES: dict[str, str] = {
    "kendall_w": (
        "Kendall's W measures how similar the voters' rankings are: 0 means no shared "
        "order at all, 1 means everyone ranked the options exactly alike. We read it as "
        "very weak below 0.2, weak from 0.2, moderate from 0.4, strong from 0.6 and very "
        "strong from 0.8. The p-value says how likely so much agreement would be if "
        "everyone had ranked at random."
    ),
    "tastle_wierman": (
        "The consensus measure of Tastle and Wierman looks at how spread out the marks on "
        "one option are: 1 means everyone gave the same mark, 0 means the room split "
        "between the two ends of the scale. We call 0.8 and above close agreement, 0.6 to "
        "0.8 fair, 0.4 to 0.6 divided and below 0.4 strongly divided."
    ),
    "support": (
        "Support is the share of voters who rated an option at 1 to 3 on the gradients "
        "scale (or above the middle of a rating scale); the interquartile range (IQR) is "
        "the spread of the middle half of the marks: small means people are close together."
    ),
    "support_votes": (
        "Support is the share of ballots that gave a priority at least one dot (dot voting) "
        "or approved it (approval voting)."
    ),
}


# ----- agreement in words -------------------------------------------------------
#: Words for Kendall's W: (upper bound, word). Schmidt (1997) reads W = 0.1
#: as very weak, 0.3 weak, 0.5 moderate, 0.7 strong and 0.9 unusually strong
#: agreement; a figure gets the word of the nearest of those anchors, so
#: the bands are: below 0.2 very weak, 0.2-0.4 weak, 0.4-0.6 moderate,
#: 0.6-0.8 strong, 0.8 and above very strong (W = 0.46 "moderate", W = 0.78
#: "strong", as issue 7 and the workshop scenario put it).
#: (upper bound, word) per band, derived from the one definition in
#: :data:`W_BANDS` so the screen and the report always agree.
KENDALL_W_BANDS: tuple[tuple[float, str], ...] = tuple(
    (W_BANDS[i + 1].lower if i + 1 < len(W_BANDS) else float("inf"),
     band.words.removesuffix(" agreement"))
    for i, band in enumerate(W_BANDS)
)


def agreement_band(w: float) -> str:
    """"moderate" for W = 0.44 (see :data:`KENDALL_W_BANDS`)."""
    return next(word for bound, word in KENDALL_W_BANDS if float(w) < bound)


def agreement_sentence(result: TallyResult, tr: Translate = _same,
                       fixed: Fixed = _fixed) -> str:
    """The headline figure of agreement in plain words, e.g. "moderate agreement
    (W = 0.44)", in the language of ``tr``, its figures written by ``fixed``."""
    if result.counted == 0:
        return tr(T("voting_words", "no ballots yet"))
    c = result.consensus
    if c.kendall is not None:
        w = c.kendall.w
        if w is None:
            # the engine's note is English: it stands only while the words stay
            # English; a translated sentence says the reason in its own language
            fallback = tr(T("voting_words", "too few ballots"))
            english = fallback == "too few ballots"
            reason = c.kendall.note if english and c.kendall.note else fallback
            return tr(T("voting_words", "agreement cannot be measured: {reason}")).format(
                reason=reason)
        return f"{w_words(w, tr)} (W = {fixed(float(w), 2)})"
    if c.consensus_reached is not None:
        reached = c.consensus_reached
        threshold = round(result.params.support_threshold * 100)
        n = len(result.options)
        if not reached:
            return tr(T("voting_words", "no consensus yet on any of the {n} options (needs no "
                        "block and at least {threshold} % support)")).format(
                n=n, threshold=threshold)
        return tr(T("voting_words", "consensus on {reached} of {n} options (no block, at "
                    "least {threshold} % support)")).format(
            reached=len(reached), n=n, threshold=threshold)
    top = result.ranking[0].option if result.ranking else None
    if top is None:
        return ""
    if c.tastle_wierman is not None:  # ratings
        tw = c.tastle_wierman.get(top)
        if tw is not None:
            return tr(T("voting_words", "agreement on the top option: {value} (Tastle-Wierman: "
                        "0 = split, 1 = unanimous)")).format(value=fixed(float(tw), 2))
    elif c.support is not None:  # dots and approval
        share = c.support.get(top)
        if share is not None:
            return tr(T("voting_words", "the top option has the support of {share} % of "
                        "voters")).format(share=f"{float(share) * 100:.0f}")
    return ""
