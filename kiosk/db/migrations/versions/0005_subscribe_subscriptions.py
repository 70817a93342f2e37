"""subscriptions: a citizen's opt-in to status news and reminders, with channels and consent

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 07:30:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('subscription',
    sa.Column('household_id', sa.String(length=36), nullable=True),
    sa.Column('application_ids', sa.JSON(), nullable=False),
    sa.Column('subscriber_role', sa.String(length=8), nullable=False),
    sa.Column('subscriber_relationship', sa.String(length=16), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('purposes', sa.JSON(), nullable=False),
    sa.Column('channels', sa.JSON(), nullable=False),
    sa.Column('notice_version', sa.String(length=32), nullable=False),
    sa.Column('consented_at', sa.DateTime(), nullable=False),
    sa.Column('withdrawn_at', sa.DateTime(), nullable=True),
    sa.Column('links', sa.JSON(none_as_null=True), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_subscription_household_id_household')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subscription'))
    )
    with op.batch_alter_table('subscription', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subscription_household_id'), ['household_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('subscription', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subscription_household_id'))

    op.drop_table('subscription')
