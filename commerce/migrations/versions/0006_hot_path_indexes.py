"""hot-path indexes: the catalog version read on every chat message answered from an index
alone; stores found by their WhatsApp number (owner check on every WhatsApp message); an
owner's chat sessions found by store (owner alerts)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 01:00:00
"""

from __future__ import annotations

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('inventory_items', schema=None) as batch_op:
        batch_op.create_index('ix_inventory_store_catalog', ['store_id', 'is_active', 'catalog_version'], unique=False)
    with op.batch_alter_table('stores', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stores_whatsapp'), ['whatsapp'], unique=False)
    with op.batch_alter_table('chat_sessions', schema=None) as batch_op:
        batch_op.create_index('ix_chat_sessions_store_role', ['store_id', 'role'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('chat_sessions', schema=None) as batch_op:
        batch_op.drop_index('ix_chat_sessions_store_role')
    with op.batch_alter_table('stores', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stores_whatsapp'))
    with op.batch_alter_table('inventory_items', schema=None) as batch_op:
        batch_op.drop_index('ix_inventory_store_catalog')
