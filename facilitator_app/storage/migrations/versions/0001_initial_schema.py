"""Initial schema: the whole data model of PRODUCT.md (issue 2).

Revision ID: 0001
Revises: 
Create Date: 2026-11-28 06:33:13.320359
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None

#: Keys and the foreign keys that point to them: INTEGER on SQLite (unchanged),
#: BIGINT on PostgreSQL, where random keys up to 2**62 must fit (issue 20).
KEY = sa.Integer().with_variant(sa.BigInteger(), "postgresql")


def upgrade() -> None:
    op.create_table('cluster_profile',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('country', sa.String(length=100), nullable=False),
    sa.Column('sector', sa.String(length=200), nullable=False),
    sa.Column('cluster_type', sa.String(length=100), nullable=False),
    sa.Column('maturity', sa.String(length=20), nullable=False),
    sa.Column('facilitator', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('id', KEY, nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cluster_profile')),
    sa.UniqueConstraint('uid', name=op.f('uq_cluster_profile_uid'))
    )
    op.create_table('members',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('member_type', sa.String(length=40), nullable=True),
    sa.Column('size', sa.String(length=20), nullable=True),
    sa.Column('employees', sa.Integer(), nullable=True),
    sa.Column('segment', sa.String(length=40), nullable=True),
    sa.Column('sub_sector', sa.String(length=200), nullable=True),
    sa.Column('ownership', sa.String(length=20), nullable=True),
    sa.Column('women_led', sa.Boolean(), nullable=True),
    sa.Column('exporter', sa.Boolean(), nullable=True),
    sa.Column('country', sa.String(length=100), nullable=True),
    sa.Column('locality', sa.String(length=200), nullable=True),
    sa.Column('contact_person', sa.String(length=200), nullable=True),
    sa.Column('contact_role', sa.String(length=200), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=60), nullable=True),
    sa.Column('preferred_language', sa.String(length=10), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('join_date', sa.Date(), nullable=True),
    sa.Column('exit_date', sa.Date(), nullable=True),
    sa.Column('vote_weight', sa.Float(), nullable=False),
    sa.Column('governance_role', sa.String(length=200), nullable=True),
    sa.Column('certifications', sa.String(length=300), nullable=True),
    sa.Column('consent_to_share', sa.Boolean(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', KEY, nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_members')),
    sa.UniqueConstraint('uid', name=op.f('uq_members_uid'))
    )
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_members_name'), ['name'], unique=False)

    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('id', KEY, nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_settings')),
    sa.UniqueConstraint('key', name=op.f('uq_settings_key')),
    sa.UniqueConstraint('uid', name=op.f('uq_settings_uid'))
    )
    op.create_table('swot_templates',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('id', KEY, nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_swot_templates')),
    sa.UniqueConstraint('uid', name=op.f('uq_swot_templates_uid'))
    )
    op.create_table('workshops',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('venue', sa.String(length=300), nullable=False),
    sa.Column('facilitator', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('swot_template_id', sa.String(length=100), nullable=True),
    sa.Column('swot_prompts', sa.Text(), nullable=True),
    sa.Column('id', KEY, nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshops')),
    sa.UniqueConstraint('uid', name=op.f('uq_workshops_uid'))
    )
    op.create_table('attendance',
    sa.Column('workshop_id', KEY, nullable=False),
    sa.Column('member_id', KEY, nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('representative', sa.String(length=200), nullable=False),
    sa.Column('id', KEY, nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_attendance_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_attendance_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('uid', name=op.f('uq_attendance_uid')),
    sa.UniqueConstraint('workshop_id', 'member_id', name=op.f('uq_attendance_workshop_id'))
    )
    op.create_table('swot_items',
    sa.Column('workshop_id', KEY, nullable=False),
    sa.Column('quadrant', sa.String(length=1), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('dots', sa.Integer(), nullable=False),
    sa.Column('id', KEY, nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_swot_items_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_swot_items')),
    sa.UniqueConstraint('uid', name=op.f('uq_swot_items_uid'))
    )
    with op.batch_alter_table('swot_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_swot_items_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('tows_strategies',
    sa.Column('workshop_id', KEY, nullable=False),
    sa.Column('kind', sa.String(length=2), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', KEY, nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_tows_strategies_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tows_strategies')),
    sa.UniqueConstraint('uid', name=op.f('uq_tows_strategies_uid'))
    )
    with op.batch_alter_table('tows_strategies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tows_strategies_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('vote_rounds',
    sa.Column('workshop_id', KEY, nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('params', sa.Text(), nullable=False),
    sa.Column('anonymity', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('view_filter', sa.String(length=60), nullable=False),
    sa.Column('use_weights', sa.Boolean(), nullable=False),
    sa.Column('previous_round_id', KEY, nullable=True),
    sa.Column('locked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', KEY, nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['previous_round_id'], ['vote_rounds.id'], name=op.f('fk_vote_rounds_previous_round_id_vote_rounds'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_vote_rounds_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vote_rounds')),
    sa.UniqueConstraint('uid', name=op.f('uq_vote_rounds_uid'))
    )
    with op.batch_alter_table('vote_rounds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vote_rounds_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('audit_log',
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('entity_uid', sa.String(length=36), nullable=True),
    sa.Column('workshop_id', KEY, nullable=True),
    sa.Column('round_id', KEY, nullable=True),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('id', KEY, nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['vote_rounds.id'], name=op.f('fk_audit_log_round_id_vote_rounds'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_audit_log_workshop_id_workshops'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log')),
    sa.UniqueConstraint('uid', name=op.f('uq_audit_log_uid'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_round_id'), ['round_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('ballots',
    sa.Column('round_id', KEY, nullable=False),
    sa.Column('voter_id', KEY, nullable=True),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('entered_by', sa.String(length=200), nullable=False),
    sa.Column('entered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('weight', sa.Float(), nullable=False),
    sa.Column('id', KEY, nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['vote_rounds.id'], name=op.f('fk_ballots_round_id_vote_rounds'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['voter_id'], ['members.id'], name=op.f('fk_ballots_voter_id_members'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ballots')),
    sa.UniqueConstraint('uid', name=op.f('uq_ballots_uid'))
    )
    with op.batch_alter_table('ballots', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ballots_round_id'), ['round_id'], unique=False)

    op.create_table('priorities',
    sa.Column('workshop_id', KEY, nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=100), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('source_kind', sa.String(length=20), nullable=False),
    sa.Column('source_tows_id', KEY, nullable=True),
    sa.Column('source_swot_id', KEY, nullable=True),
    sa.Column('id', KEY, nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['source_swot_id'], ['swot_items.id'], name=op.f('fk_priorities_source_swot_id_swot_items'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_tows_id'], ['tows_strategies.id'], name=op.f('fk_priorities_source_tows_id_tows_strategies'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_priorities_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_priorities')),
    sa.UniqueConstraint('uid', name=op.f('uq_priorities_uid'))
    )
    with op.batch_alter_table('priorities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_priorities_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('swot_attributions',
    sa.Column('item_id', KEY, nullable=False),
    sa.Column('member_id', KEY, nullable=False),
    sa.Column('id', KEY, nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['swot_items.id'], name=op.f('fk_swot_attributions_item_id_swot_items'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_swot_attributions_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_swot_attributions')),
    sa.UniqueConstraint('item_id', 'member_id', name=op.f('uq_swot_attributions_item_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_swot_attributions_uid'))
    )
    op.create_table('tows_links',
    sa.Column('strategy_id', KEY, nullable=False),
    sa.Column('item_id', KEY, nullable=False),
    sa.Column('id', KEY, nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['swot_items.id'], name=op.f('fk_tows_links_item_id_swot_items'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['strategy_id'], ['tows_strategies.id'], name=op.f('fk_tows_links_strategy_id_tows_strategies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tows_links')),
    sa.UniqueConstraint('strategy_id', 'item_id', name=op.f('uq_tows_links_strategy_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_tows_links_uid'))
    )
    op.create_table('voter_receipts',
    sa.Column('round_id', KEY, nullable=False),
    sa.Column('member_id', KEY, nullable=False),
    sa.Column('id', KEY, nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_voter_receipts_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['vote_rounds.id'], name=op.f('fk_voter_receipts_round_id_vote_rounds'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_voter_receipts')),
    sa.UniqueConstraint('round_id', 'member_id', name=op.f('uq_voter_receipts_round_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_voter_receipts_uid'))
    )
    op.create_table('round_options',
    sa.Column('round_id', KEY, nullable=False),
    sa.Column('priority_id', KEY, nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', KEY, nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['priority_id'], ['priorities.id'], name=op.f('fk_round_options_priority_id_priorities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['vote_rounds.id'], name=op.f('fk_round_options_round_id_vote_rounds'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_round_options')),
    sa.UniqueConstraint('round_id', 'priority_id', name=op.f('uq_round_options_round_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_round_options_uid'))
    )
    op.create_table('ballot_entries',
    sa.Column('ballot_id', KEY, nullable=False),
    sa.Column('option_id', KEY, nullable=False),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('value2', sa.Float(), nullable=True),
    sa.Column('id', KEY, nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['ballot_id'], ['ballots.id'], name=op.f('fk_ballot_entries_ballot_id_ballots'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['option_id'], ['round_options.id'], name=op.f('fk_ballot_entries_option_id_round_options'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ballot_entries')),
    sa.UniqueConstraint('ballot_id', 'option_id', name=op.f('uq_ballot_entries_ballot_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_ballot_entries_uid'))
    )


def downgrade() -> None:
    op.drop_table('ballot_entries')
    op.drop_table('round_options')
    op.drop_table('voter_receipts')
    op.drop_table('tows_links')
    op.drop_table('swot_attributions')
    with op.batch_alter_table('priorities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_priorities_workshop_id'))

    op.drop_table('priorities')
    with op.batch_alter_table('ballots', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ballots_round_id'))

    op.drop_table('ballots')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_audit_log_round_id'))

    op.drop_table('audit_log')
    with op.batch_alter_table('vote_rounds', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vote_rounds_workshop_id'))

    op.drop_table('vote_rounds')
    with op.batch_alter_table('tows_strategies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tows_strategies_workshop_id'))

    op.drop_table('tows_strategies')
    with op.batch_alter_table('swot_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_swot_items_workshop_id'))

    op.drop_table('swot_items')
    op.drop_table('attendance')
    op.drop_table('workshops')
    op.drop_table('swot_templates')
    op.drop_table('settings')
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_members_name'))

    op.drop_table('members')
    op.drop_table('cluster_profile')
