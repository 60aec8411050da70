"""Voter codes for phones (issue 16).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02

- ``voter_codes``: the hash of each one-time code a phone votes with, its
  round, its member (named and anonymous rounds only; none in a secret
  round) and whether it was used;
- ``code_holders``: the members who were handed one of a secret round's
  codes, without saying which.

Two new tables, nothing else changes.
"""

from alembic import op
import sqlalchemy as sa


revision = "0003"
down_revision = "0002"
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
        "voter_codes",
        sa.Column("round_id", KEY, nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("member_id", KEY, nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"],
                                name=op.f("fk_voter_codes_member_id_members"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["round_id"], ["vote_rounds.id"],
                                name=op.f("fk_voter_codes_round_id_vote_rounds"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voter_codes")),
        sa.UniqueConstraint("round_id", "code_hash", name=op.f("uq_voter_codes_round_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_voter_codes_uid")),
    )
    with op.batch_alter_table("voter_codes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_voter_codes_member_id"), ["member_id"],
                              unique=False)
    op.create_table(
        "code_holders",
        sa.Column("round_id", KEY, nullable=False),
        sa.Column("member_id", KEY, nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"],
                                name=op.f("fk_code_holders_member_id_members"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["round_id"], ["vote_rounds.id"],
                                name=op.f("fk_code_holders_round_id_vote_rounds"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_code_holders")),
        sa.UniqueConstraint("round_id", "member_id", name=op.f("uq_code_holders_round_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_code_holders_uid")),
    )


def downgrade() -> None:
    op.drop_table("code_holders")
    with op.batch_alter_table("voter_codes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_voter_codes_member_id"))
    op.drop_table("voter_codes")
