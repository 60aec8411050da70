"""The workspace's data model (SQLAlchemy 2, typed).

Every record carries an integer key for joins, a stable global ``uid`` (UUID
text) so workspaces from many facilitators can later be merged, and
``created_at`` / ``updated_at`` in UTC. Only portable SQLAlchemy types are
used, so the same models run on PostgreSQL. The schema itself is created by
the Alembic migrations in ``migrations/``, never by ``create_all``.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


#: The type of every key and of the foreign keys that point to one: INTEGER on
#: SQLite (the rowid, 64 bits), BIGINT on PostgreSQL, where INTEGER has 32 bits
#: and a secret round's random keys (up to 2**62, ``services.voting.ballot_box``)
#: would not fit.
KEY = Integer().with_variant(BigInteger(), "postgresql")


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_uid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: DateTime(timezone=True)}  # noqa: RUF012 - read by SQLAlchemy


class Record:
    """Columns every table has: key, global id, timestamps."""

    id: Mapped[int] = mapped_column(KEY, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), default=new_uid, unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ClusterProfile(Record, Base):
    """The cluster initiative this workspace is about (one row)."""

    __tablename__ = "cluster_profile"
    name: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    sector: Mapped[str] = mapped_column(String(200), default="")
    cluster_type: Mapped[str] = mapped_column(String(100), default="")
    maturity: Mapped[str] = mapped_column(String(20), default="")
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")


class Member(Record, Base):
    """A member organisation of the cluster (firm or support institution)."""

    __tablename__ = "members"
    name: Mapped[str] = mapped_column(String(300), index=True)
    member_type: Mapped[str | None] = mapped_column(String(40))
    size: Mapped[str | None] = mapped_column(String(20))
    employees: Mapped[int | None] = mapped_column(Integer)
    segment: Mapped[str | None] = mapped_column(String(40))
    sub_sector: Mapped[str | None] = mapped_column(String(200))
    ownership: Mapped[str | None] = mapped_column(String(20))
    women_led: Mapped[bool | None] = mapped_column(Boolean)
    exporter: Mapped[bool | None] = mapped_column(Boolean)
    country: Mapped[str | None] = mapped_column(String(100))
    locality: Mapped[str | None] = mapped_column(String(200))
    contact_person: Mapped[str | None] = mapped_column(String(200))
    contact_role: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(60))
    preferred_language: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20), default="active")
    join_date: Mapped[date | None] = mapped_column(Date)
    exit_date: Mapped[date | None] = mapped_column(Date)
    vote_weight: Mapped[float] = mapped_column(Float, default=1.0)
    governance_role: Mapped[str | None] = mapped_column(String(200))
    certifications: Mapped[str | None] = mapped_column(String(300))
    consent_to_share: Mapped[bool | None] = mapped_column(Boolean)
    notes: Mapped[str | None] = mapped_column(Text)


class Workshop(Record, Base):
    __tablename__ = "workshops"
    title: Mapped[str] = mapped_column(String(300))
    date: Mapped[date | None] = mapped_column(Date)
    venue: Mapped[str] = mapped_column(String(300), default="")
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="planned")
    # The SWOT template the board was started from, and its prompts (JSON).
    swot_template_id: Mapped[str | None] = mapped_column(String(100))
    swot_prompts: Mapped[str | None] = mapped_column(Text)
    # The participants' language (ballots, slips, phone pages, report): en, es,
    # fr, nl or ht; None follows the app's language (revision 0005).
    language: Mapped[str | None] = mapped_column(String(10))

    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="workshop", cascade="all, delete-orphan", passive_deletes=True
    )


class Attendance(Record, Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("workshop_id", "member_id"),)
    workshop_id: Mapped[int] = mapped_column(KEY, ForeignKey("workshops.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(KEY, ForeignKey("members.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(20), default="voter")  # voter | observer
    representative: Mapped[str] = mapped_column(String(200), default="")

    workshop: Mapped[Workshop] = relationship(back_populates="attendance")
    member: Mapped[Member] = relationship()


class SwotItem(Record, Base):
    __tablename__ = "swot_items"
    workshop_id: Mapped[int] = mapped_column(
        KEY, ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    quadrant: Mapped[str] = mapped_column(String(1))  # S W O T
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    dots: Mapped[int] = mapped_column(Integer, default=0)


class SwotAttribution(Record, Base):
    """Who said a SWOT item (merged items keep every attribution)."""

    __tablename__ = "swot_attributions"
    __table_args__ = (UniqueConstraint("item_id", "member_id"),)
    item_id: Mapped[int] = mapped_column(KEY, ForeignKey("swot_items.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(KEY, ForeignKey("members.id", ondelete="CASCADE"))


class TowsStrategy(Record, Base):
    __tablename__ = "tows_strategies"
    workshop_id: Mapped[int] = mapped_column(
        KEY, ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(2))  # SO ST WO WT
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class TowsLink(Record, Base):
    """A SWOT item a TOWS strategy draws on."""

    __tablename__ = "tows_links"
    __table_args__ = (UniqueConstraint("strategy_id", "item_id"),)
    strategy_id: Mapped[int] = mapped_column(
        KEY, ForeignKey("tows_strategies.id", ondelete="CASCADE")
    )
    item_id: Mapped[int] = mapped_column(KEY, ForeignKey("swot_items.id", ondelete="CASCADE"))


class Priority(Record, Base):
    """A candidate priority the members may vote on."""

    __tablename__ = "priorities"
    workshop_id: Mapped[int] = mapped_column(
        KEY, ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    source_kind: Mapped[str] = mapped_column(String(20), default="typed")  # typed pasted tows swot
    source_tows_id: Mapped[int | None] = mapped_column(
        KEY, ForeignKey("tows_strategies.id", ondelete="SET NULL")
    )
    source_swot_id: Mapped[int | None] = mapped_column(
        KEY, ForeignKey("swot_items.id", ondelete="SET NULL")
    )


class VoteRound(Record, Base):
    __tablename__ = "vote_rounds"
    workshop_id: Mapped[int] = mapped_column(
        KEY, ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(String(300), default="")
    method: Mapped[str] = mapped_column(String(20))
    params: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    anonymity: Mapped[str] = mapped_column(String(20), default="named")
    status: Mapped[str] = mapped_column(String(20), default="open")  # open | closed
    view_filter: Mapped[str] = mapped_column(String(60), default="all")
    use_weights: Mapped[bool] = mapped_column(Boolean, default=False)
    previous_round_id: Mapped[int | None] = mapped_column(
        KEY, ForeignKey("vote_rounds.id", ondelete="SET NULL")
    )
    locked_at: Mapped[datetime | None] = mapped_column()
    closed_at: Mapped[datetime | None] = mapped_column()


class RoundOption(Record, Base):
    __tablename__ = "round_options"
    __table_args__ = (UniqueConstraint("round_id", "priority_id"),)
    round_id: Mapped[int] = mapped_column(KEY, ForeignKey("vote_rounds.id", ondelete="CASCADE"))
    priority_id: Mapped[int] = mapped_column(KEY, ForeignKey("priorities.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Ballot(Record, Base):
    """One voter's ballot (or a show-of-hands mark, source ``hands``).

    Named and anonymous rounds keep the voter, and the member type and weight
    the voter had when the ballot was cast (later roster edits do not move
    past results). Secret rounds keep nothing that describes or orders a
    ballot: no voter, type, weight, author or time, source ``urn``, random
    keys, and the round's ballots are written again in a fresh random order
    at every cast (``services.ballot_box``); :class:`VoterReceipt` is the
    register of who voted.
    """

    __tablename__ = "ballots"
    round_id: Mapped[int] = mapped_column(
        KEY, ForeignKey("vote_rounds.id", ondelete="CASCADE"), index=True
    )
    voter_id: Mapped[int | None] = mapped_column(KEY, ForeignKey("members.id", ondelete="SET NULL"))
    voter_type: Mapped[str | None] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(20), default="grid")
    entered_by: Mapped[str] = mapped_column(String(200), default="")
    entered_at: Mapped[datetime | None] = mapped_column()
    weight: Mapped[float] = mapped_column(Float, default=1.0)


class BallotEntry(Record, Base):
    __tablename__ = "ballot_entries"
    __table_args__ = (UniqueConstraint("ballot_id", "option_id"),)
    ballot_id: Mapped[int] = mapped_column(KEY, ForeignKey("ballots.id", ondelete="CASCADE"))
    option_id: Mapped[int] = mapped_column(KEY, ForeignKey("round_options.id", ondelete="CASCADE"))
    value: Mapped[float | None] = mapped_column(Float)
    value2: Mapped[float | None] = mapped_column(Float)  # second criterion (feasibility)


class VoterReceipt(Record, Base):
    """That a member has voted in a round (refuses a second ballot)."""

    __tablename__ = "voter_receipts"
    __table_args__ = (UniqueConstraint("round_id", "member_id"),)
    round_id: Mapped[int] = mapped_column(KEY, ForeignKey("vote_rounds.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(KEY, ForeignKey("members.id", ondelete="CASCADE"))


class VoterCode(Record, Base):
    """A one-time code a phone votes with (``services.room.codes``).

    Only a hash of the code is kept (an HMAC under a key of the round kept
    outside the workspace: ``services.room.keys``). In named
    and anonymous rounds the code belongs to a member (``member_id``); in a
    secret round it does not: it only proves that its holder may vote, the
    slips are handed out shuffled, and the members who were given one are
    listed, without order and without their codes, in :class:`CodeHolder`.
    ``status``: ``issued``, or ``used`` once a ballot was cast with it.
    """

    __tablename__ = "voter_codes"
    __table_args__ = (UniqueConstraint("round_id", "code_hash"),)
    round_id: Mapped[int] = mapped_column(KEY, ForeignKey("vote_rounds.id", ondelete="CASCADE"))
    code_hash: Mapped[str] = mapped_column(String(64))
    member_id: Mapped[int | None] = mapped_column(
        KEY, ForeignKey("members.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(10), default="issued")


class CodeHolder(Record, Base):
    """A member who was handed one of a secret round's phone codes (which one
    is not known): they vote with it, and no other channel takes their ballot."""

    __tablename__ = "code_holders"
    __table_args__ = (UniqueConstraint("round_id", "member_id"),)
    round_id: Mapped[int] = mapped_column(KEY, ForeignKey("vote_rounds.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(KEY, ForeignKey("members.id", ondelete="CASCADE"))


class AuditEntry(Record, Base):
    __tablename__ = "audit_log"
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(60), default="")
    entity_uid: Mapped[str | None] = mapped_column(String(36))
    workshop_id: Mapped[int | None] = mapped_column(
        KEY, ForeignKey("workshops.id", ondelete="SET NULL"), index=True
    )
    round_id: Mapped[int | None] = mapped_column(
        KEY, ForeignKey("vote_rounds.id", ondelete="SET NULL"), index=True
    )
    details: Mapped[str] = mapped_column(Text, default="")


class CustomSwotTemplate(Record, Base):
    """A SWOT template saved by the user (its JSON file text)."""

    __tablename__ = "swot_templates"
    name: Mapped[str] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(Text)


class Setting(Record, Base):
    """Workspace-level settings as JSON values (e.g. the cluster-type list)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), unique=True)
    value: Mapped[str] = mapped_column(Text, default="null")


# ----- decisions and the action plan (Greenbook factor 11) ----------------------
class Decision(Record, Base):
    """A priority the cluster adopted after a vote, with the statement that says so.

    The priority's title is kept with the decision (``priority_title``), so a
    decision and its action plan outlive a later edit or deletion of the
    candidate it came from; ``basis`` says in words how the round ranked it
    when it was adopted (place, consensus).
    """

    __tablename__ = "decisions"
    __table_args__ = (UniqueConstraint("workshop_id", "priority_id"),)
    workshop_id: Mapped[int] = mapped_column(
        KEY, ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    round_id: Mapped[int | None] = mapped_column(
        KEY, ForeignKey("vote_rounds.id", ondelete="SET NULL")
    )
    priority_id: Mapped[int | None] = mapped_column(
        KEY, ForeignKey("priorities.id", ondelete="SET NULL")
    )
    priority_title: Mapped[str] = mapped_column(Text, default="")
    statement: Mapped[str] = mapped_column(Text, default="")
    basis: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    adopted_at: Mapped[datetime] = mapped_column(default=utcnow)
    adopted_by: Mapped[str] = mapped_column(String(200), default="")


class Action(Record, Base):
    """One commitment of an adopted priority's action plan: who leads it, with
    whom, from when to when, for how much, and how it stands."""

    __tablename__ = "actions"
    decision_id: Mapped[int] = mapped_column(
        KEY, ForeignKey("decisions.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(Text)
    lead_member_id: Mapped[int | None] = mapped_column(
        KEY, ForeignKey("members.id", ondelete="SET NULL"), index=True
    )
    start_date: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    budget: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    currency: Mapped[str] = mapped_column(String(10), default="")
    # not_started | on_track | late | done | dropped
    status: Mapped[str] = mapped_column(String(20), default="not_started")
    notes: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ActionPartner(Record, Base):
    """A member who works on an action with its lead."""

    __tablename__ = "action_partners"
    __table_args__ = (UniqueConstraint("action_id", "member_id"),)
    action_id: Mapped[int] = mapped_column(KEY, ForeignKey("actions.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(
        KEY, ForeignKey("members.id", ondelete="CASCADE"), index=True
    )


class Indicator(Record, Base):
    """A monitoring and evaluation indicator of an action: where it started,
    where it should get, where it is (as measured on ``measured_on``)."""

    __tablename__ = "indicators"
    action_id: Mapped[int] = mapped_column(
        KEY, ForeignKey("actions.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    baseline: Mapped[float | None] = mapped_column(Float)
    target: Mapped[float | None] = mapped_column(Float)
    actual: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(60), default="")
    source: Mapped[str] = mapped_column(String(300), default="")
    measured_on: Mapped[date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)
