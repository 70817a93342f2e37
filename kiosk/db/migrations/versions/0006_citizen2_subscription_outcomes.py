"""subscriptions: who withdrew (device, the link, an SMS STOP) and which channels do not reach the citizen

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 11:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('subscription', schema=None) as batch_op:
        batch_op.add_column(sa.Column('withdrawn_by', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('unreachable', sa.JSON(none_as_null=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('subscription', schema=None) as batch_op:
        batch_op.drop_column('unreachable')
        batch_op.drop_column('withdrawn_by')
