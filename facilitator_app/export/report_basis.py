"""How the vote placed an adopted priority, said in an output's language.

A decision records its basis in English ('Round 1: 1st of 4. Consensus
reached: 100 % support, no block.'). When the facts it was said from can be
had again (``DecisionView.placement``), every output says them in its own
language with these words: the PDF report, the workbook, the programme report
and the Action plan page. Without them, the recorded text stands as it is.
The words live in the report's catalogue, whichever output asks for them.
"""

from __future__ import annotations

from facilitator_app.core.action_plan import DecisionView, Placement
from facilitator_app.core.voting import method_spec
from facilitator_app.export.report_base import ReportBase
from facilitator_app.i18n.messages import T_, Texts

#: the methods' score headings (``MethodSpec.score_heading``), for the catalogue
SCORE_HEADINGS = (T_("Dots"), T_("Approvals"), T_("Points"), T_("Votes"), T_("Beats"),
                  T_("Wins-losses"), T_("Mean"), T_("Support"))


def ordinal(n: int, lang: str) -> str:
    """1st, 2nd (en); 1.º (es); 1er, 2e (fr); 1e (nl)."""
    if lang == "es":
        return f"{n}.º"
    if lang == "fr":
        return f"{n}er" if n == 1 else f"{n}e"
    if lang == "nl":
        return f"{n}e"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class _Words(ReportBase):
    """The report's ways with words and numbers, without a report to draw."""

    def __init__(self, lang: str) -> None:
        self.t = Texts("report", lang)
        self.english = self.t.text_language == "en"


def placement_words(placement: Placement, lang: str) -> str:
    """'Ronda 1: 1.º de 4. Consenso alcanzado: 100 % de apoyo, ningún bloqueo.'"""
    words = _Words(lang)
    t = words.t
    result, option = placement.result, placement.option
    spec = method_spec(result.method)
    place = ordinal(result.position_of(option), t.text_language)
    count = len(result.ranking)
    if any(option in group for group in result.ties):
        placed = t("{round}: {place} (tied) of {count}", round=placement.round_title,
                   place=place, count=count)
    else:
        placed = t("{round}: {place} of {count}", round=placement.round_title, place=place,
                   count=count)
    stats = result.rating_stats.get(option)
    if spec.winners_reach_consensus and stats is not None:
        verdict = words.gradients_verdict(stats.support, stats.blocks or 0,
                                          option in result.winners,
                                          result.params.support_threshold)
        return f"{placed}. {verdict}"
    score = result.score_of(option)
    if score is None:
        figure = ""
    elif spec.score_is_share:
        figure = words.pct(score)
    else:
        value = float(score)
        figure = words.num(int(value)) if value == int(value) else words.fixed(value)
    return t("{placed}, {heading} {score}; {agreement}.", placed=placed,
             heading=t(spec.score_heading).lower(), score=figure,
             agreement=words.agreement_sentence(result))


def basis_words(decision: DecisionView, lang: str) -> str:
    """The decision's basis in ``lang``; the recorded text when its facts are gone."""
    if decision.placement is None:
        return decision.basis
    return placement_words(decision.placement, lang)
