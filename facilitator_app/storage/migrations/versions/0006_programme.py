"""The programme database's own tables, on PostgreSQL only (issue 20).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30

On PostgreSQL (a programme database many workspaces are sent to):

- ``programme_workspaces``, ``programme_records``, ``programme_sends`` and
  ``programme_conflicts`` (see ``storage/programme_models.py``);
- a trigger on every data table that sets ``updated_at`` to the time of the
  transaction when a row is changed in the programme database by anyone but
  a send (a send says so with ``SET LOCAL facilitator.sending = 'on'`` and
  writes the workspace's own times). That is how a change made there is
  seen and dated when a workspace sends the same record again. A later
  revision that adds a data table adds its trigger too.

A workspace file (SQLite) is not changed at all: the revision only moves
its version number.
"""

from alembic import op
import sqlalchemy as sa


revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

#: The data tables at this revision (every table the workspace has).
DATA_TABLES = (
    "cluster_profile", "members", "settings", "swot_templates", "workshops", "attendance",
    "swot_items", "swot_attributions", "tows_strategies", "tows_links", "priorities",
    "vote_rounds", "round_options", "ballots", "ballot_entries", "voter_receipts",
    "voter_codes", "code_holders", "audit_log", "decisions", "actions", "action_partners",
    "indicators",
)

TOUCH_FUNCTION = """
CREATE FUNCTION programme_touch_updated_at() RETURNS trigger AS $$
BEGIN
    IF current_setting('facilitator.sending', true) IS DISTINCT FROM 'on' THEN
        NEW.updated_at := now();
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql
"""


def _timestamp(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.create_table(
        "programme_workspaces",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_uid", sa.String(length=36), nullable=False),
        sa.Column("cluster_name", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=False),
        sa.Column("sector", sa.String(length=200), nullable=False),
        _timestamp("first_sent_at"),
        _timestamp("last_sent_at"),
        sa.Column("last_sent_by", sa.String(length=200), nullable=False),
        sa.Column("app_version", sa.String(length=40), nullable=False),
        sa.Column("schema_revision", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_workspaces")),
        sa.UniqueConstraint("workspace_uid", name=op.f("uq_programme_workspaces_workspace_uid")),
    )
    op.create_table(
        "programme_records",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_uid", sa.String(length=36), nullable=False),
        sa.Column("workspace_uid", sa.String(length=36), nullable=False),
        _timestamp("sent_updated_at"),
        sa.Column("sent_hash", sa.String(length=64), nullable=False),
        _timestamp("deleted_at", nullable=True),
        sa.ForeignKeyConstraint(
            ["workspace_uid"], ["programme_workspaces.workspace_uid"],
            name=op.f("fk_programme_records_workspace_uid_programme_workspaces"),
            ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_records")),
        sa.UniqueConstraint("table_name", "record_uid",
                            name=op.f("uq_programme_records_table_name")),
    )
    op.create_index(op.f("ix_programme_records_workspace_uid"), "programme_records",
                    ["workspace_uid"], unique=False)
    op.create_table(
        "programme_sends",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_uid", sa.String(length=36), nullable=False),
        _timestamp("sent_at"),
        sa.Column("sent_by", sa.String(length=200), nullable=False),
        sa.Column("app_version", sa.String(length=40), nullable=False),
        *[sa.Column(count, sa.Integer(), nullable=False)
          for count in ("inserted", "updated", "unchanged", "deleted", "conflicts")],
        sa.ForeignKeyConstraint(
            ["workspace_uid"], ["programme_workspaces.workspace_uid"],
            name=op.f("fk_programme_sends_workspace_uid_programme_workspaces"),
            ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_sends")),
    )
    op.create_index(op.f("ix_programme_sends_workspace_uid"), "programme_sends",
                    ["workspace_uid"], unique=False)
    op.create_table(
        "programme_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("send_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_uid", sa.String(length=36), nullable=False),
        _timestamp("workspace_changed_at", nullable=True),
        _timestamp("programme_changed_at", nullable=True),
        sa.Column("winner", sa.String(length=10), nullable=False),
        sa.Column("kept_values", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["send_id"], ["programme_sends.id"],
                                name=op.f("fk_programme_conflicts_send_id_programme_sends"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_conflicts")),
    )
    op.create_index(op.f("ix_programme_conflicts_send_id"), "programme_conflicts",
                    ["send_id"], unique=False)
    op.execute(TOUCH_FUNCTION)
    for table in DATA_TABLES:
        op.execute(f"CREATE TRIGGER {table}_touch BEFORE UPDATE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION programme_touch_updated_at()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in DATA_TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_touch ON {table}")
    op.execute("DROP FUNCTION IF EXISTS programme_touch_updated_at()")
    op.drop_index(op.f("ix_programme_conflicts_send_id"), table_name="programme_conflicts")
    op.drop_table("programme_conflicts")
    op.drop_index(op.f("ix_programme_sends_workspace_uid"), table_name="programme_sends")
    op.drop_table("programme_sends")
    op.drop_index(op.f("ix_programme_records_workspace_uid"), table_name="programme_records")
    op.drop_table("programme_records")
    op.drop_table("programme_workspaces")
