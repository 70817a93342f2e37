"""audit anchors the hub acknowledged, append-only like the log itself

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 00:50:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_anchor',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('head', sa.String(length=64), nullable=False),
    sa.Column('acknowledged_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_anchor'))
    )
    op.execute("CREATE TRIGGER audit_anchor_no_update BEFORE UPDATE ON audit_anchor "
               "BEGIN SELECT RAISE(ABORT, 'audit anchors are append-only'); END")
    op.execute("CREATE TRIGGER audit_anchor_no_delete BEFORE DELETE ON audit_anchor "
               "BEGIN SELECT RAISE(ABORT, 'audit anchors are append-only'); END")


def downgrade() -> None:
    op.execute("DROP TRIGGER audit_anchor_no_delete")
    op.execute("DROP TRIGGER audit_anchor_no_update")
    op.drop_table('audit_anchor')
