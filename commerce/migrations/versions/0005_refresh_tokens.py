"""refresh tokens: the ids of refresh tokens already exchanged, so each works once

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('used_refresh_tokens',
    sa.Column('jti', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('subject', sa.String(length=64), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('jti', name=op.f('pk_used_refresh_tokens'))
    )
    with op.batch_alter_table('used_refresh_tokens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_used_refresh_tokens_expires_at'), ['expires_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('used_refresh_tokens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_used_refresh_tokens_expires_at'))
    op.drop_table('used_refresh_tokens')
