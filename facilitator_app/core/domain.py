"""Vocabulary of the cluster domain, declared once.

Every list a user picks from (member types, statuses, cluster types ...) lives
here as ``(key, label)`` pairs. The key is what the database stores and what
never changes; the label is what people read. Sources: shared domain notes
(Greenbook success factors, member types, roster fields).
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator_app.i18n.messages import N_

Choice = tuple[str, str]

MEMBER_TYPES: list[Choice] = [
    ("firm", N_("Firm")),
    ("academic", N_("Academic / training institution")),
    ("research", N_("Research / testing institution")),
    ("regulatory", N_("Regulatory body")),
    ("standards", N_("Quality standards body")),
    ("development", N_("Economic development agency / NGO")),
    ("promotion", N_("Investment / export promotion agency")),
    ("association", N_("Sector association / chamber")),
    ("ministry", N_("Government ministry")),
    ("financial", N_("Financial institution")),
    ("donor", N_("Donor / international organisation")),
    ("community", N_("Community-based organisation")),
]

MEMBER_STATUSES: list[Choice] = [
    ("active", N_("Active")),
    ("inactive", N_("Inactive")),
    ("prospective", N_("Prospective")),
]

FIRM_SIZES: list[Choice] = [
    ("micro", N_("Micro")),
    ("small", N_("Small")),
    ("medium", N_("Medium")),
    ("large", N_("Large")),
]

VALUE_CHAIN_SEGMENTS: list[Choice] = [
    ("inputs", N_("Inputs")),
    ("production", N_("Production")),
    ("processing", N_("Processing")),
    ("logistics", N_("Logistics")),
    ("marketing", N_("Marketing / retail")),
    ("support", N_("Support services")),
]

OWNERSHIP: list[Choice] = [
    ("domestic", N_("Domestic")),
    ("foreign", N_("Foreign")),
    ("joint", N_("Joint")),
]

LANGUAGES: list[Choice] = [
    ("en", N_("English")),
    ("es", N_("Spanish")),
    ("fr", N_("French")),
    ("ht", N_("Haitian Creole")),
    ("nl", N_("Dutch")),
]

# Cluster types: a configurable list; these are the presets (IDB study of
# 32 Caribbean clusters). Users may type their own in the profile form.
CLUSTER_TYPE_PRESETS: list[str] = ["Marshallian", "Hub-and-spoke", "Survival"]

MATURITY_LEVELS: list[Choice] = [
    ("potential", "Potential"),
    ("emerging", "Emerging"),
    ("established", "Established"),
]

# Greenbook objective areas, used as categories of candidate priorities.
PRIORITY_CATEGORIES: list[str] = [
    "Research and networking",
    "Policy action",
    "Commercial cooperation",
    "Education and training",
    "Innovation and technology",
    "Cluster expansion",
]

SWOT_QUADRANTS: list[Choice] = [
    ("S", "Strengths"),
    ("W", "Weaknesses"),
    ("O", "Opportunities"),
    ("T", "Threats"),
]

TOWS_KINDS: list[Choice] = [
    ("SO", "SO: use strengths to seize opportunities"),
    ("ST", "ST: use strengths against threats"),
    ("WO", "WO: fix weaknesses through opportunities"),
    ("WT", "WT: defensive moves"),
]

ATTENDANCE_ROLES: list[Choice] = [
    ("voter", "Voting member"),
    ("observer", "Observer"),
]

VOTING_METHODS: list[Choice] = [
    ("dots", N_("Dot voting")),
    ("approval", N_("Approval voting")),
    ("borda", N_("Ranking (Borda count)")),
    ("irv", N_("Instant runoff")),
    ("schulze", N_("Schulze (Condorcet)")),
    ("copeland", N_("Copeland (Condorcet)")),
    ("score", N_("Score / rating")),
    ("gradients", N_("Gradients of agreement")),
]

ANONYMITY_MODES: list[Choice] = [
    ("named", "Named: who voted what is stored and shown in results and exports"),
    ("anonymous", "Anonymous: stored and visible to the facilitator, never shown in results or exports"),
    ("secret", "Secret: the link between voter and ballot is never stored"),
]

BALLOT_SOURCES: list[Choice] = [
    ("grid", "Entered by the facilitator"),
    ("kiosk", "Cast by the voter on the kiosk"),
    ("paper", "Paper ballot typed in"),
    ("import", "Imported from a file"),
    ("phone", "Cast by the voter on their phone"),
    ("hands", "Show-of-hands totals"),
]


def label_of(choices: list[Choice], key: str | None) -> str:
    """Label for ``key`` in ``choices``; unknown keys are shown as they are."""
    if key is None:
        return ""
    for k, label in choices:
        if k == key:
            return label
    return key


def keys_of(choices: list[Choice]) -> list[str]:
    return [k for k, _ in choices]


@dataclass(frozen=True)
class MemberField:
    """One roster field: attribute name on the Member model, label, kind."""

    name: str
    label: str
    kind: str  # text, choice, bool, date, number, int
    choices: tuple[Choice, ...] = ()


MEMBER_FIELDS: list[MemberField] = [
    MemberField("name", N_("Organisation"), "text"),
    MemberField("member_type", N_("Type"), "choice", tuple(MEMBER_TYPES)),
    MemberField("size", N_("Size"), "choice", tuple(FIRM_SIZES)),
    MemberField("employees", N_("Employees"), "int"),
    MemberField("segment", N_("Value-chain segment"), "choice", tuple(VALUE_CHAIN_SEGMENTS)),
    MemberField("sub_sector", N_("Sub-sector"), "text"),
    MemberField("ownership", N_("Ownership"), "choice", tuple(OWNERSHIP)),
    MemberField("women_led", N_("Women-led"), "bool"),
    MemberField("exporter", N_("Exporter"), "bool"),
    MemberField("country", N_("Country"), "text"),
    MemberField("locality", N_("Locality"), "text"),
    MemberField("contact_person", N_("Contact person"), "text"),
    MemberField("contact_role", N_("Contact role"), "text"),
    MemberField("email", N_("Email"), "text"),
    MemberField("phone", N_("Phone"), "text"),
    MemberField("preferred_language", N_("Preferred language"), "choice", tuple(LANGUAGES)),
    MemberField("status", N_("Status"), "choice", tuple(MEMBER_STATUSES)),
    MemberField("join_date", N_("Join date"), "date"),
    MemberField("exit_date", N_("Exit date"), "date"),
    MemberField("vote_weight", N_("Vote weight"), "number"),
    MemberField("governance_role", N_("Governance role"), "text"),
    MemberField("certifications", N_("Certifications"), "text"),
    MemberField("consent_to_share", N_("Consent to share data"), "bool"),
    MemberField("notes", N_("Notes"), "text"),
]
