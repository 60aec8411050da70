"""What a participant reads about a vote, in the workshop's language: the
gradients-of-agreement statements and how each method's paper ballot is
filled in.

These texts are the ``participant`` domain's (``facilitator_app.i18n``):
the paper ballots, the phone pages and the kiosk show them in the language
of the workshop's participants, Haitian Creole included, whatever language
the app itself is in. The report and the workbook call
:func:`gradient_labels` too, so the scale reads the same everywhere in one
language. ``ballots.GRADIENT_LABELS`` keeps the English statements the
stored numbers mean; a test holds the two lists equal.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from facilitator_app.core.voting.ballots import GRADIENT_MAX, GRADIENT_MIN, default_dot_budget
from facilitator_app.i18n.messages import T_, Texts

#: The seven statements of the gradients-of-agreement scale (Kaner), 1 to 7.
GRADIENT_STATEMENTS: tuple[str, ...] = (
    T_("Whole-hearted endorsement"),
    T_("Agreement with a minor point of contention"),
    T_("Support with reservations"),
    T_("Abstain"),
    T_("More discussion needed"),
    T_("Disagree but will not block"),
    T_("Block"),
)


def gradient_labels(lang: str | None) -> list[str]:
    """The seven statements in ``lang`` (index 0 is gradient 1)."""
    t = Texts("participant", lang)
    return [t(text) for text in GRADIENT_STATEMENTS]


def gradient_label(value: int, lang: str | None) -> str:
    """The statement of one gradient (1-7) in ``lang``; '' outside the scale."""
    if not GRADIENT_MIN <= value <= GRADIENT_MAX:
        return ""
    return gradient_labels(lang)[value - GRADIENT_MIN]


def _texts(t: Texts | None) -> Texts:
    return t if t is not None else Texts("participant", "en")


# ----- paper ballots: how each method's sheet is filled in -------------------------


def ranked_paper(n: int, params: Mapping[str, Any], t: Texts | None = None) -> list[str]:
    t = _texts(t)
    return [
        t("Rank the priorities: write 1 in the box of your first choice, 2 for your "
          "second choice, and so on."),
        t("Use each number once and do not skip a number (1 to {n}). You may leave the "
          "priorities you do not want to rank blank.", n=n),
    ]


def irv_paper(n: int, params: Mapping[str, Any], t: Texts | None = None) -> list[str]:
    t = _texts(t)
    return [*ranked_paper(n, params, t),
            t("Your ballot moves to your next choice if your first choice is eliminated, so "
              "ranking more priorities gives your vote more weight.")]


def dots_paper(n: int, params: Mapping[str, Any], t: Texts | None = None) -> list[str]:
    t = _texts(t)
    budget = params.get("budget") or default_dot_budget(n)
    lines = [
        t.n("You have {n} dot. Write in each box how many dots you give that priority; "
            "leave it blank for none.",
            "You have {n} dots. Write in each box how many dots you give that priority; "
            "leave it blank for none.", budget),
        t.n("Your dots must add up to {n} or fewer.", "Your dots must add up to {n} or fewer.",
            budget),
    ]
    if params.get("max_per_option"):
        lines.append(t.n("At most {n} dot on any one priority.",
                         "At most {n} dots on any one priority.", params["max_per_option"]))
    return lines


def approval_paper(n: int, params: Mapping[str, Any], t: Texts | None = None) -> list[str]:
    t = _texts(t)
    return [
        t("Write 1 in the box of every priority you approve of; leave the others blank."),
        t("You may approve as many as you like."),
    ]


def score_paper(n: int, params: Mapping[str, Any], t: Texts | None = None) -> list[str]:
    t = _texts(t)
    lo, hi = params.get("scale_min", 1), params.get("scale_max", 5)
    if params.get("two_criteria"):
        return [
            t("Rate each priority twice, with a whole number from {lo} (lowest) to {hi} "
              "(highest):", lo=lo, hi=hi),
            t("Impact: how much it would help the cluster. Feasibility: how easily the "
              "members could carry it out."),
        ]
    return [t("Rate each priority with a whole number from {lo} (lowest) to {hi} (highest). "
              "Leave blank the ones you do not want to rate.", lo=lo, hi=hi)]


def gradients_paper(n: int, params: Mapping[str, Any], t: Texts | None = None) -> list[str]:
    t = _texts(t)
    return [t("For each priority, write the number of the statement that is closest to "
              "your view:")]


# ----- ranks in words ------------------------------------------------------------------


def _english_ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def ordinal(n: int, t: Texts | None = None) -> str:
    """A rank as a short ordinal: "1st", "2.ª", "1er", "2e", "1ye", "2yèm"."""
    t = _texts(t)
    if t.text_language == "en":
        return _english_ordinal(n)
    return t("1st") if n == 1 else t("{n}th", n=n)


def choice(n: int, t: Texts | None = None) -> str:
    """A rank as a choice: "1st choice", "1.ª opción", "2e choix", "1ye chwa"."""
    t = _texts(t)
    if t.text_language == "en":
        return f"{_english_ordinal(n)} choice"
    return t("1st choice") if n == 1 else t("{n}th choice", n=n)
