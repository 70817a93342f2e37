"""person: drop ix_person_household_id; the unique (household_id, id_no) index begins with
household_id and serves the same lookups and the household's ON DELETE CASCADE, so the second
index was only upkeep (260,000 entries written on a first download of 100,000 households)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 19:40:00
"""

from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_person_household_id', table_name='person')


def downgrade() -> None:
    op.create_index('ix_person_household_id', 'person', ['household_id'], unique=False)
