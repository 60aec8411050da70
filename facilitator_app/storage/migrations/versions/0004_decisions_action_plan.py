"""Decisions and the action plan (issue 18).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30

- ``decisions``: the priorities a workshop adopted from a closed round, with
  the statement, the priority's title as it was, and how the round ranked it;
- ``actions``: the action plan of each decision (lead member, dates, budget
  estimate and currency, status, notes);
- ``action_partners``: the members who work on an action with its lead;
- ``indicators``: an action's monitoring and evaluation indicators
  (baseline, target, actual, unit, source, date measured).

New tables only, written with portable types (the budget is a NUMERIC(14, 2)).
"""

from alembic import op
import sqlalchemy as sa


revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

#: Keys and the foreign keys that point to them: INTEGER on SQLite (unchanged),
#: BIGINT on PostgreSQL, where random keys up to 2**62 must fit (issue 20).
KEY = sa.Integer().with_variant(sa.BigInteger(), "postgresql")


def _record_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", KEY, nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "decisions",
        sa.Column("workshop_id", KEY, nullable=False),
        sa.Column("round_id", KEY, nullable=True),
        sa.Column("priority_id", KEY, nullable=True),
        sa.Column("priority_title", sa.Text(), nullable=False),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("basis", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("adopted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("adopted_by", sa.String(length=200), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(["priority_id"], ["priorities.id"],
                                name=op.f("fk_decisions_priority_id_priorities"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["round_id"], ["vote_rounds.id"],
                                name=op.f("fk_decisions_round_id_vote_rounds"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshops.id"],
                                name=op.f("fk_decisions_workshop_id_workshops"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
        sa.UniqueConstraint("uid", name=op.f("uq_decisions_uid")),
        sa.UniqueConstraint("workshop_id", "priority_id",
                            name=op.f("uq_decisions_workshop_id")),
    )
    op.create_index(op.f("ix_decisions_workshop_id"), "decisions", ["workshop_id"],
                    unique=False)
    op.create_table(
        "actions",
        sa.Column("decision_id", KEY, nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("lead_member_id", KEY, nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("budget", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(["decision_id"], ["decisions.id"],
                                name=op.f("fk_actions_decision_id_decisions"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["lead_member_id"], ["members.id"],
                                name=op.f("fk_actions_lead_member_id_members"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actions")),
        sa.UniqueConstraint("uid", name=op.f("uq_actions_uid")),
    )
    op.create_index(op.f("ix_actions_decision_id"), "actions", ["decision_id"], unique=False)
    op.create_index(op.f("ix_actions_lead_member_id"), "actions", ["lead_member_id"],
                    unique=False)
    op.create_table(
        "action_partners",
        sa.Column("action_id", KEY, nullable=False),
        sa.Column("member_id", KEY, nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(["action_id"], ["actions.id"],
                                name=op.f("fk_action_partners_action_id_actions"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"],
                                name=op.f("fk_action_partners_member_id_members"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_partners")),
        sa.UniqueConstraint("action_id", "member_id",
                            name=op.f("uq_action_partners_action_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_action_partners_uid")),
    )
    op.create_index(op.f("ix_action_partners_member_id"), "action_partners", ["member_id"],
                    unique=False)
    op.create_table(
        "indicators",
        sa.Column("action_id", KEY, nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("baseline", sa.Float(), nullable=True),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("actual", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=60), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(["action_id"], ["actions.id"],
                                name=op.f("fk_indicators_action_id_actions"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicators")),
        sa.UniqueConstraint("uid", name=op.f("uq_indicators_uid")),
    )
    op.create_index(op.f("ix_indicators_action_id"), "indicators", ["action_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_indicators_action_id"), table_name="indicators")
    op.drop_table("indicators")
    op.drop_index(op.f("ix_action_partners_member_id"), table_name="action_partners")
    op.drop_table("action_partners")
    op.drop_index(op.f("ix_actions_lead_member_id"), table_name="actions")
    op.drop_index(op.f("ix_actions_decision_id"), table_name="actions")
    op.drop_table("actions")
    op.drop_index(op.f("ix_decisions_workshop_id"), table_name="decisions")
    op.drop_table("decisions")
