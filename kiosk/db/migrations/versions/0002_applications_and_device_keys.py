"""applications: signatures, device keys, language and officer

Signatures keep the captured strokes (encrypted with the store); the device identity holds the
Ed25519 key that signs receipts and requests, and trusted_key the public keys whose receipts this
device accepts. Existing applications get zh-TW and no officer.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 05:10:24.381663
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('device_identity',
    sa.Column('key_id', sa.String(length=16), nullable=False),
    sa.Column('private_key', sa.LargeBinary(length=32), nullable=False),
    sa.Column('public_key', sa.LargeBinary(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key_id', name=op.f('pk_device_identity'))
    )
    op.create_table('trusted_key',
    sa.Column('key_id', sa.String(length=16), nullable=False),
    sa.Column('public_key', sa.LargeBinary(length=32), nullable=False),
    sa.Column('label', sa.String(length=64), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key_id', name=op.f('pk_trusted_key'))
    )
    op.create_table('signature',
    sa.Column('application_id', sa.String(length=36), nullable=True),
    sa.Column('signer', sa.String(length=64), nullable=False),
    sa.Column('strokes', sa.JSON(), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_signature_application_id_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signature'))
    )
    with op.batch_alter_table('signature', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signature_application_id'), ['application_id'], unique=False)

    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sa.String(length=8), nullable=False, server_default='zh-TW'))
        batch_op.add_column(sa.Column('officer', sa.String(length=64), nullable=False, server_default=''))

    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('document_code', sa.String(length=32), nullable=True))

    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signature_id', sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_consent_signature_id_signature'), 'signature', ['signature_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_consent_signature_id_signature'), type_='foreignkey')
        batch_op.drop_column('signature_id')

    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_column('document_code')

    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.drop_column('officer')
        batch_op.drop_column('language')

    with op.batch_alter_table('signature', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signature_application_id'))

    op.drop_table('signature')
    op.drop_table('trusted_key')
    op.drop_table('device_identity')
