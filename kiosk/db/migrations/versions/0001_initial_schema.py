"""initial schema: households, people, applications, outbox, audit

Besides the tables, the two household search indexes and the append-only guard of the audit
log. The search indexes are contentless FTS5 tables keyed by household_search_card.rowid: the
text index holds character bigrams of names and addresses (no prefix indexes, the tokens are
2 characters), the code index holds IDs, household numbers and phone digits with prefix
indexes for partial numbers.

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 04:26:13.884677
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


FTS_DDL = [
    """CREATE VIRTUAL TABLE household_search_text USING fts5(names, address, surnames,
        content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')""",
    """CREATE VIRTUAL TABLE household_search_code USING fts5(ids, id_tails, household_no, phones, phone_tails,
        content='', contentless_delete=1, tokenize='unicode61', prefix='2 4')""",
    # A household leaving the store (deleted, or cascaded) takes its index rows with it.
    """CREATE TRIGGER household_search_card_ad AFTER DELETE ON household_search_card BEGIN
        DELETE FROM household_search_text WHERE rowid = old.rowid;
        DELETE FROM household_search_code WHERE rowid = old.rowid; END""",
]
AUDIT_DDL = [
    """CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    """CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
]


def upgrade() -> None:
    op.create_table('audit_event',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('record_type', sa.String(length=32), nullable=False),
    sa.Column('record_id', sa.String(length=64), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_event')),
    sa.UniqueConstraint('hash', name=op.f('uq_audit_event_hash'))
    )
    op.create_table('household',
    sa.Column('household_no', sa.String(length=8), nullable=False),
    sa.Column('region', sa.String(length=8), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('registered_since', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('sync_state', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_household')),
    sa.UniqueConstraint('household_no', name=op.f('uq_household_household_no'))
    )
    op.create_table('outbox',
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('target_id', sa.String(length=36), nullable=False),
    sa.Column('op_id', sa.String(length=36), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(), nullable=True),
    sa.Column('lease_until', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox')),
    sa.UniqueConstraint('op_id', name=op.f('uq_outbox_op_id'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_target_id'), ['target_id'], unique=False)

    op.create_table('sync_cursor',
    sa.Column('scope', sa.String(length=32), nullable=False),
    sa.Column('cursor', sa.Text(), nullable=True),
    sa.Column('epoch', sa.String(length=64), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('scope', name=op.f('pk_sync_cursor'))
    )
    op.create_table('household_address',
    sa.Column('household_id', sa.String(length=36), nullable=False),
    sa.Column('postal_code', sa.String(length=6), nullable=True),
    sa.Column('city', sa.String(length=8), nullable=False),
    sa.Column('district', sa.String(length=8), nullable=False),
    sa.Column('village', sa.String(length=16), nullable=True),
    sa.Column('neighborhood', sa.Integer(), nullable=True),
    sa.Column('street', sa.String(length=32), nullable=True),
    sa.Column('section', sa.String(length=4), nullable=True),
    sa.Column('lane', sa.String(length=8), nullable=True),
    sa.Column('alley', sa.String(length=8), nullable=True),
    sa.Column('number', sa.String(length=16), nullable=True),
    sa.Column('floor', sa.String(length=16), nullable=True),
    sa.Column('text', sa.String(length=120), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_household_address_household_id_household'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_household_address')),
    sa.UniqueConstraint('household_id', name=op.f('uq_household_address_household_id'))
    )
    op.create_table('household_search_card',
    sa.Column('rowid', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('household_id', sa.String(length=36), nullable=False),
    sa.Column('household_no', sa.String(length=8), nullable=False),
    sa.Column('names', sa.Text(), nullable=False),
    sa.Column('ids', sa.Text(), nullable=False),
    sa.Column('legacy_ids', sa.Text(), nullable=False),
    sa.Column('phones', sa.Text(), nullable=False),
    sa.Column('address', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_household_search_card_household_id_household'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('rowid', name=op.f('pk_household_search_card')),
    sa.UniqueConstraint('household_id', name=op.f('uq_household_search_card_household_id'))
    )
    op.create_table('person',
    sa.Column('household_id', sa.String(length=36), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('registered_here', sa.Boolean(), nullable=False),
    sa.Column('id_no', sa.String(length=10), nullable=False),
    sa.Column('legacy_id_no', sa.String(length=10), nullable=True),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('relation', sa.String(length=16), nullable=False),
    sa.Column('relation_label', sa.String(length=16), nullable=True),
    sa.Column('nationality', sa.String(length=2), nullable=False),
    sa.Column('aboriginal', sa.Boolean(), nullable=False),
    sa.Column('lives_here', sa.Boolean(), nullable=False),
    sa.Column('days_in_taiwan_last_year', sa.Integer(), nullable=False),
    sa.Column('monthly_income', sa.Integer(), nullable=False),
    sa.Column('movable_assets', sa.Integer(), nullable=False),
    sa.Column('real_estate_value', sa.Integer(), nullable=False),
    sa.Column('employed', sa.Boolean(), nullable=False),
    sa.Column('work_capacity', sa.Boolean(), nullable=True),
    sa.Column('student', sa.Boolean(), nullable=False),
    sa.Column('can_work_in_taiwan', sa.Boolean(), nullable=False),
    sa.Column('disability_level', sa.String(length=10), nullable=True),
    sa.Column('disability_certificate_expiry', sa.Date(), nullable=True),
    sa.Column('ltc_cms_level', sa.Integer(), nullable=True),
    sa.Column('institutionalized', sa.Boolean(), nullable=False),
    sa.Column('receiving', sa.JSON(), nullable=False),
    sa.Column('citizen_certificate_expiry', sa.Date(), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_person_household_id_household'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('household_id', 'id_no', name=op.f('uq_person_household_id_id_no'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_id_no'), ['id_no'], unique=False)

    op.create_table('application',
    sa.Column('household_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('service_code', sa.String(length=4), nullable=False),
    sa.Column('form_version', sa.String(length=32), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('draft', sa.JSON(), nullable=False),
    sa.Column('current_revision', sa.Integer(), nullable=False),
    sa.Column('tracking_no', sa.String(length=24), nullable=True),
    sa.Column('decision', sa.JSON(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_application_household_id_household')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_application_person_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application')),
    sa.UniqueConstraint('tracking_no', name=op.f('uq_application_tracking_no'))
    )
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_application_state'), ['state'], unique=False)

    op.create_table('application_revision',
    sa.Column('application_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('canonical', sa.Text(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('submitted_at', sa.DateTime(), nullable=False),
    sa.Column('receipt', sa.JSON(), nullable=True),
    sa.Column('problems', sa.JSON(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_application_revision_application_id_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application_revision')),
    sa.UniqueConstraint('application_id', 'revision', name=op.f('uq_application_revision_application_id_revision'))
    )
    with op.batch_alter_table('application_revision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_revision_application_id'), ['application_id'], unique=False)

    op.create_table('attachment',
    sa.Column('application_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('mime', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_attachment_application_id_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment')),
    sa.UniqueConstraint('application_id', 'name', name=op.f('uq_attachment_application_id_name'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_sha256'), ['sha256'], unique=False)

    op.create_table('consent',
    sa.Column('household_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('application_id', sa.String(length=36), nullable=True),
    sa.Column('service_code', sa.String(length=4), nullable=False),
    sa.Column('notice_version', sa.String(length=32), nullable=False),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('given_by', sa.String(length=64), nullable=False),
    sa.Column('given_by_relation', sa.String(length=16), nullable=True),
    sa.Column('witnesses', sa.JSON(), nullable=False),
    sa.Column('covers_health_data', sa.Boolean(), nullable=False),
    sa.Column('given_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_consent_application_id_application')),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_consent_household_id_household')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_consent_person_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent'))
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_household_id'), ['household_id'], unique=False)


    for statement in FTS_DDL + AUDIT_DDL:
        op.execute(statement)

def downgrade() -> None:
    for trigger in ("audit_event_no_delete", "audit_event_no_update", "household_search_card_ad"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS household_search_code")
    op.execute("DROP TABLE IF EXISTS household_search_text")
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_household_id'))
        batch_op.drop_index(batch_op.f('ix_consent_application_id'))

    op.drop_table('consent')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_sha256'))
        batch_op.drop_index(batch_op.f('ix_attachment_application_id'))

    op.drop_table('attachment')
    with op.batch_alter_table('application_revision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_revision_application_id'))

    op.drop_table('application_revision')
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_state'))
        batch_op.drop_index(batch_op.f('ix_application_household_id'))

    op.drop_table('application')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_id_no'))
        batch_op.drop_index(batch_op.f('ix_person_household_id'))

    op.drop_table('person')
    op.drop_table('household_search_card')
    op.drop_table('household_address')
    op.drop_table('sync_cursor')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_target_id'))
        batch_op.drop_index(batch_op.f('ix_outbox_state'))

    op.drop_table('outbox')
    op.drop_table('household')
    op.drop_table('audit_event')
