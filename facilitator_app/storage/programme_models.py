"""The programme database's own tables (PostgreSQL only, revision 0006).

A programme database holds the rows of many workspaces in the same tables
as a workspace (``models.Base``), each row under its global ``uid``; these
tables, kept in a MetaData of their own because a workspace file never has
them, say where each row came from and how the sends went:

- ``programme_workspaces``: one row per workspace ever sent, keyed by its
  cluster profile's ``uid``, with who sent it last, when, and from which app
  version and schema revision;
- ``programme_records``: one row per data row sent (table, uid), the
  workspace it came from, its ``updated_at`` in the workspace and the hash of
  its content in the programme database after that send (how a change made
  on either side since is seen), and ``deleted_at`` once the workspace
  deleted it (the tombstone: the data row itself is gone);
- ``programme_sends``: one row per send, with its counts;
- ``programme_conflicts``: the records a send found changed on both sides,
  which side won (the newer change) and the losing side's values (JSON).

Written by ``services.programme.sync``; read by the programme report.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from facilitator_app.storage.models import NAMING

metadata = MetaData(naming_convention=NAMING)

programme_workspaces = Table(
    "programme_workspaces", metadata,
    Column("id", Integer, primary_key=True),
    Column("workspace_uid", String(36), nullable=False, unique=True),
    Column("cluster_name", String(200), nullable=False, default=""),
    Column("country", String(100), nullable=False, default=""),
    Column("sector", String(200), nullable=False, default=""),
    Column("first_sent_at", DateTime(timezone=True), nullable=False),
    Column("last_sent_at", DateTime(timezone=True), nullable=False),
    Column("last_sent_by", String(200), nullable=False, default=""),
    Column("app_version", String(40), nullable=False, default=""),
    Column("schema_revision", String(32), nullable=False, default=""),
)

programme_records = Table(
    "programme_records", metadata,
    Column("id", BigInteger, primary_key=True),
    Column("table_name", String(60), nullable=False),
    Column("record_uid", String(36), nullable=False),
    Column("workspace_uid", String(36),
           ForeignKey("programme_workspaces.workspace_uid", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("sent_updated_at", DateTime(timezone=True), nullable=False),
    Column("sent_hash", String(64), nullable=False),
    Column("deleted_at", DateTime(timezone=True), nullable=True),
    UniqueConstraint("table_name", "record_uid"),
)

programme_sends = Table(
    "programme_sends", metadata,
    Column("id", Integer, primary_key=True),
    Column("workspace_uid", String(36),
           ForeignKey("programme_workspaces.workspace_uid", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("sent_at", DateTime(timezone=True), nullable=False),
    Column("sent_by", String(200), nullable=False, default=""),
    Column("app_version", String(40), nullable=False, default=""),
    Column("inserted", Integer, nullable=False, default=0),
    Column("updated", Integer, nullable=False, default=0),
    Column("unchanged", Integer, nullable=False, default=0),
    Column("deleted", Integer, nullable=False, default=0),
    Column("conflicts", Integer, nullable=False, default=0),
)

programme_conflicts = Table(
    "programme_conflicts", metadata,
    Column("id", Integer, primary_key=True),
    Column("send_id", Integer, ForeignKey("programme_sends.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("table_name", String(60), nullable=False),
    Column("record_uid", String(36), nullable=False),
    Column("workspace_changed_at", DateTime(timezone=True), nullable=True),
    Column("programme_changed_at", DateTime(timezone=True), nullable=True),
    Column("winner", String(10), nullable=False),  # workspace | programme
    Column("kept_values", Text, nullable=False, default="{}"),  # the losing side, JSON
)

TABLES = (programme_workspaces, programme_records, programme_sends, programme_conflicts)
