"""The words of core the report prints, marked for the report's catalogue.

Core names its choices and methods in English (``core.domain``,
``core.voting``, ``core.action_plan``, ``core.voting_words``); the windows
translate them with Qt's catalogues, which the report cannot read. Here
each is marked again with ``T_`` under its key, so ``t(WORDS[key])`` gives
it in the report's language. ``tests/export/test_report_languages.py``
holds these tables to the same keys (and English words) as core's.
"""

from __future__ import annotations

from facilitator_app.i18n.messages import T_, Texts

METHOD_LABELS = {
    "dots": T_("Dot voting"),
    "approval": T_("Approval voting"),
    "borda": T_("Ranking (Borda count)"),
    "irv": T_("Instant runoff"),
    "schulze": T_("Schulze (Condorcet)"),
    "copeland": T_("Copeland (Condorcet)"),
    "score": T_("Score / rating"),
    "gradients": T_("Gradients of agreement"),
}
"""``core.domain.VOTING_METHODS``."""

SCORE_MEANINGS = {
    "dots": T_("dots"),
    "approval": T_("approvals"),
    "borda": T_("Borda points"),
    "irv": T_("votes in its last count"),
    "schulze": T_("options it beats"),
    "copeland": T_("wins minus losses"),
    "score": T_("mean rating"),
    "gradients": T_("support (share at 1-3)"),
}
"""Each method's ``MethodSpec.score_meaning``."""

METHOD_NOTES = {
    "dots": T_(
        "Dot voting: every voter shared out a fixed number of dots among the options, "
        "putting several on one option if they felt strongly. The options are ordered "
        "by the dots they collected; the most dots wins."),
    "approval": T_(
        "Approval voting: every voter ticked each option they could accept, as many "
        "as they liked. The option ticked by the most voters wins."),
    "borda": T_(
        "Ranking with the Borda count: every voter put the options in order, 1 for "
        "the best. With m options, first place earns m - 1 points, second m - 2, and "
        "so on; options a voter left unranked earn nothing. The option with most "
        "points wins, so a priority that many people place high, even if few place "
        "it first, does well."),
    "irv": T_(
        "Instant runoff: every voter put the options in order. Each ballot counts for "
        "its highest option still in the race; the option with fewest such votes "
        "drops out and its ballots move to their next choice. This repeats until one "
        "option is left. Options that tie for fewest drop out together."),
    "schulze": T_(
        "Schulze method: every voter put the options in order. Each pair of options "
        "is compared head to head (how many voters prefer one to the other); an "
        "option wins when it beats every other one directly or through a chain of "
        "stronger wins. The score is the number of options it beats this way. The "
        "places below the first are layers: each holds the options beaten only by "
        "options in higher places, so an option is not always beaten by every "
        "option placed above it."),
    "copeland": T_(
        "Copeland method: every voter put the options in order. Each pair of options "
        "is compared head to head; an option scores one for each contest it wins and "
        "loses one for each it loses. The highest score wins."),
    "score": T_(
        "Rating: every voter gave each option a mark on a scale. Options are ordered "
        "by their average mark; the median is shown too, as it is not pulled by one "
        "extreme mark."),
    "gradients": T_(
        "Gradients of agreement: every voter said, for each option, how far they "
        "agree, from 1 (whole-hearted endorsement) through 4 (abstain) to 7 (block). "
        "Marks 1 to 3 count as support. An option reaches consensus when nobody "
        "blocks it and its support reaches the threshold set for the round (75 % "
        "unless changed). There can be several such options, or none."),
}
"""Each method's ``MethodSpec.note``."""

FIGURE_NOTES = {
    "kendall_w": T_(
        "Kendall's W measures how similar the voters' rankings are: 0 means no shared "
        "order at all, 1 means everyone ranked the options exactly alike. We read it as "
        "very weak below 0.2, weak from 0.2, moderate from 0.4, strong from 0.6 and very "
        "strong from 0.8. The p-value says how likely so much agreement would be if "
        "everyone had ranked at random."),
    "tastle_wierman": T_(
        "The consensus measure of Tastle and Wierman looks at how spread out the marks on "
        "one option are: 1 means everyone gave the same mark, 0 means the room split "
        "between the two ends of the scale. We call 0.8 and above close agreement, 0.6 to "
        "0.8 fair, 0.4 to 0.6 divided and below 0.4 strongly divided."),
    "support": T_(
        "Support is the share of voters who rated an option at 1 to 3 on the gradients "
        "scale (or above the middle of a rating scale); the interquartile range (IQR) is "
        "the spread of the middle half of the marks: small means people are close together."),
    "support_votes": T_(
        "Support is the share of ballots that gave a priority at least one dot (dot voting) "
        "or approved it (approval voting)."),
}
"""``core.voting_words.FIGURE_NOTES``."""

ANONYMITY_LABELS = {
    "named": T_("Named: who voted what is stored and shown in results and exports"),
    "anonymous": T_("Anonymous: stored and visible to the facilitator, never shown in "
                    "results or exports"),
    "secret": T_("Secret: the link between voter and ballot is never stored"),
}
"""``core.domain.ANONYMITY_MODES``."""

MEMBER_TYPE_LABELS = {
    "firm": T_("Firm"),
    "academic": T_("Academic / training institution"),
    "research": T_("Research / testing institution"),
    "regulatory": T_("Regulatory body"),
    "standards": T_("Quality standards body"),
    "development": T_("Economic development agency / NGO"),
    "promotion": T_("Investment / export promotion agency"),
    "association": T_("Sector association / chamber"),
    "ministry": T_("Government ministry"),
    "financial": T_("Financial institution"),
    "donor": T_("Donor / international organisation"),
    "community": T_("Community-based organisation"),
}
"""``core.domain.MEMBER_TYPES``."""

MEMBER_TYPE_PLURALS = {
    "firm": T_("firms"),
    "academic": T_("academic / training institutions"),
    "research": T_("research / testing institutions"),
    "regulatory": T_("regulatory bodies"),
    "standards": T_("quality standards bodies"),
    "development": T_("economic development agencies / NGOs"),
    "promotion": T_("investment / export promotion agencies"),
    "association": T_("sector associations / chambers"),
    "ministry": T_("government ministries"),
    "financial": T_("financial institutions"),
    "donor": T_("donors / international organisations"),
    "community": T_("community-based organisations"),
}
"""The member types in the plural, for sentences ("15 firms")."""

PRIORITY_CATEGORY_LABELS = {
    "Research and networking": T_("Research and networking"),
    "Policy action": T_("Policy action"),
    "Commercial cooperation": T_("Commercial cooperation"),
    "Education and training": T_("Education and training"),
    "Innovation and technology": T_("Innovation and technology"),
    "Cluster expansion": T_("Cluster expansion"),
}
"""``core.domain.PRIORITY_CATEGORIES`` (the Greenbook objective areas), keyed
by the English name a priority stores; a category the facilitator wrote stays
as written."""

SWOT_LABELS = {
    "S": T_("Strengths"),
    "W": T_("Weaknesses"),
    "O": T_("Opportunities"),
    "T": T_("Threats"),
}
"""``core.domain.SWOT_QUADRANTS``."""

TOWS_LABELS = {
    "SO": T_("SO: use strengths to seize opportunities"),
    "ST": T_("ST: use strengths against threats"),
    "WO": T_("WO: fix weaknesses through opportunities"),
    "WT": T_("WT: defensive moves"),
}
"""``core.domain.TOWS_KINDS``."""

ACTION_STATUS_LABELS = {
    "not_started": T_("Not started"),
    "on_track": T_("On track"),
    "late": T_("Late"),
    "done": T_("Done"),
    "dropped": T_("Dropped"),
}
"""``core.action_plan.ACTION_STATUSES``."""

QUADRANT_LABELS = {
    "quick_win": T_("Quick win"),
    "major_project": T_("Major project"),
    "fill_in": T_("Fill-in"),
    "thankless_task": T_("Thankless task"),
}
"""``core.voting.QUADRANTS``: the impact x feasibility quadrants."""

QUADRANT_PLURAL_LABELS = {
    "quick_win": T_("Quick wins"),
    "major_project": T_("Major projects"),
    "fill_in": T_("Fill-ins"),
    "thankless_task": T_("Thankless tasks"),
}

QUADRANT_MEANINGS = {
    "quick_win": T_("high impact, high feasibility"),
    "major_project": T_("high impact, harder to do"),
    "fill_in": T_("easy, lower impact"),
    "thankless_task": T_("low impact, hard to do"),
}

AGREEMENT_WORDS = {
    "very_weak": T_("very weak agreement"),
    "weak": T_("weak agreement"),
    "moderate": T_("moderate agreement"),
    "strong": T_("strong agreement"),
    "very_strong": T_("very strong agreement"),
    "strongly_divided": T_("strongly divided"),
    "divided": T_("divided"),
    "fair": T_("fair agreement"),
    "close": T_("close agreement"),
}
"""The bands of ``core.voting_words.W_BANDS`` and ``CNS_BANDS`` by key."""


def word(t: Texts, table: dict[str, str], key: str | None, default: str = "") -> str:
    """``table[key]`` in ``t``'s language; ``default`` as it is for an unknown key."""
    if key is None or key not in table:
        return default
    return t(table[key])


__all__ = [
    "ACTION_STATUS_LABELS",
    "AGREEMENT_WORDS",
    "ANONYMITY_LABELS",
    "FIGURE_NOTES",
    "MEMBER_TYPE_LABELS",
    "MEMBER_TYPE_PLURALS",
    "METHOD_LABELS",
    "METHOD_NOTES",
    "PRIORITY_CATEGORY_LABELS",
    "QUADRANT_LABELS",
    "QUADRANT_MEANINGS",
    "QUADRANT_PLURAL_LABELS",
    "SCORE_MEANINGS",
    "SWOT_LABELS",
    "TOWS_LABELS",
    "word",
]
