"""Decisions and the action plan: from a vote's result to a followed-up plan.

After a closed round the facilitator adopts priorities (one, the top k, or
all that reached consensus) with a statement (``adopting``); each decision
gets an action plan: actions with a lead member and partners, dates, a
budget estimate and a status (``actions``), and each action its monitoring
and evaluation indicators (``indicators``). ``follow_up`` gives the health
panel its "actions on track" check (success factor 11). The records handed
out are the plain ones of ``core.action_plan``.
"""

from facilitator_app.services.decisions.actions import (
    ActionSnapshot,
    action_id_for_uid,
    action_uid,
    action_values,
    add_action,
    clean_budget,
    delete_action,
    get_action,
    list_actions,
    member_choices,
    open_actions_for_review,
    restore_action,
    set_statuses,
    update_action,
)
from facilitator_app.services.decisions.adopting import (
    ActionsWouldGo,
    Adoption,
    Candidate,
    DecisionSnapshot,
    adopt,
    adopt_consensus,
    adopt_top,
    basis_text,
    candidates,
    decision_id_for_uid,
    get_decision,
    has_consensus_figures,
    list_decisions,
    restore_decision,
    unadopt,
    update_statement,
)
from facilitator_app.services.decisions.follow_up import action_figures, action_health
from facilitator_app.services.decisions.indicators import FIELDS as INDICATOR_FIELDS
from facilitator_app.services.decisions.indicators import (
    add_indicator,
    delete_indicator,
    indicator_id_for_uid,
    indicator_row,
    indicator_values,
    list_indicators,
    restore_indicator,
    update_indicator,
)
from facilitator_app.services.decisions.plan_import import (
    AppliedImport,
    PlanImport,
    apply_plan_import,
    preview_plan_import,
    read_returned_plan,
)

__all__ = [
    "INDICATOR_FIELDS",
    "ActionSnapshot",
    "ActionsWouldGo",
    "Adoption",
    "AppliedImport",
    "Candidate",
    "DecisionSnapshot",
    "PlanImport",
    "action_figures",
    "action_health",
    "action_id_for_uid",
    "action_uid",
    "action_values",
    "add_action",
    "add_indicator",
    "adopt",
    "adopt_consensus",
    "adopt_top",
    "apply_plan_import",
    "basis_text",
    "candidates",
    "clean_budget",
    "decision_id_for_uid",
    "delete_action",
    "delete_indicator",
    "get_action",
    "get_decision",
    "has_consensus_figures",
    "indicator_id_for_uid",
    "indicator_row",
    "indicator_values",
    "list_actions",
    "list_decisions",
    "list_indicators",
    "member_choices",
    "open_actions_for_review",
    "preview_plan_import",
    "read_returned_plan",
    "restore_action",
    "restore_decision",
    "restore_indicator",
    "set_statuses",
    "unadopt",
    "update_action",
    "update_indicator",
    "update_statement",
]
