"""sync state: enrolment, household edits and conflicts, uploads, reference data, device commands

The hub this device is enrolled with; unsent household field edits with the values they started
from, and merge conflicts; resumable uploads; catalog/parameter updates and hub commands.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 05:32:52.380028
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('blob_upload',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('url', sa.String(length=255), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_blob_upload'))
    )
    op.create_table('device_command',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('executed_at', sa.DateTime(), nullable=True),
    sa.Column('acked_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_device_command'))
    )
    op.create_table('reference_update',
    sa.Column('key', sa.String(length=96), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_reference_update'))
    )
    op.create_table('sync_config',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hub_url', sa.String(length=255), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('scope', sa.String(length=64), nullable=False),
    sa.Column('officer', sa.String(length=64), nullable=False),
    sa.Column('refresh_token', sa.String(length=128), nullable=False),
    sa.Column('epoch', sa.String(length=64), nullable=True),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('last_sync_at', sa.DateTime(), nullable=True),
    sa.Column('last_reconcile_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_config'))
    )
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pending_patch', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('conflict', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('resync_mark', sa.String(length=16), nullable=True))

    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('payload', sa.JSON(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_column('payload')

    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.drop_column('resync_mark')
        batch_op.drop_column('conflict')
        batch_op.drop_column('pending_patch')

    op.drop_table('sync_config')
    op.drop_table('reference_update')
    op.drop_table('device_command')
    op.drop_table('blob_upload')
