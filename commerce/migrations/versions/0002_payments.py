"""payments: payment links, provider events (idempotency), per-order commission

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('payments',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('order_id', sa.String(length=40), nullable=False),
    sa.Column('store_id', sa.String(length=40), nullable=False),
    sa.Column('method', sa.String(length=10), nullable=False),
    sa.Column('amount_paise', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('provider', sa.String(length=20), nullable=False),
    sa.Column('link_id', sa.String(length=64), nullable=True),
    sa.Column('short_url', sa.String(length=300), nullable=False),
    sa.Column('link_status', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('provider_payment_id', sa.String(length=64), nullable=True),
    sa.Column('provider_order_id', sa.String(length=64), nullable=True),
    sa.Column('paid_method', sa.String(length=20), nullable=True),
    sa.Column('amount_paid_paise', sa.BigInteger(), nullable=True),
    sa.Column('failure_reason', sa.String(length=300), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('paid_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('refund_status', sa.String(length=20), nullable=True),
    sa.Column('refund_id', sa.String(length=64), nullable=True),
    sa.Column('refund_reason', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('amount_paise > 0', name=op.f('ck_payments_amount_positive')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_payments_order_id_orders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payments')),
    sa.UniqueConstraint('link_id', name=op.f('uq_payments_link_id')),
    sa.UniqueConstraint('provider_payment_id', name=op.f('uq_payments_provider_payment_id')),
    sa.UniqueConstraint('refund_id', name=op.f('uq_payments_refund_id'))
    )
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payments_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payments_store_id'), ['store_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payments_link_status'), ['link_status'], unique=False)
        batch_op.create_index(batch_op.f('ix_payments_provider_order_id'), ['provider_order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payments_refund_status'), ['refund_status'], unique=False)
        batch_op.create_index('ix_payments_status_expires', ['status', 'expires_at'], unique=False)

    op.create_table('payment_events',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('provider', sa.String(length=20), nullable=False),
    sa.Column('provider_event_id', sa.String(length=100), nullable=False),
    sa.Column('event_type', sa.String(length=60), nullable=False),
    sa.Column('payment_id', sa.String(length=40), nullable=True),
    sa.Column('order_id', sa.String(length=40), nullable=True),
    sa.Column('provider_payment_id', sa.String(length=64), nullable=True),
    sa.Column('outcome', sa.String(length=30), nullable=False),
    sa.Column('needs_review', sa.Boolean(), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_events')),
    sa.UniqueConstraint('provider_event_id', name=op.f('uq_payment_events_provider_event_id'))
    )
    with op.batch_alter_table('payment_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_events_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_events_needs_review'), ['needs_review'], unique=False)

    op.create_table('order_commissions',
    sa.Column('order_id', sa.String(length=40), nullable=False),
    sa.Column('store_id', sa.String(length=40), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('gross_paise', sa.BigInteger(), nullable=False),
    sa.Column('platform_fee_paise', sa.BigInteger(), nullable=False),
    sa.Column('gateway_fee_paise', sa.BigInteger(), nullable=False),
    sa.Column('cod_fee_paise', sa.BigInteger(), nullable=False),
    sa.Column('net_paise', sa.BigInteger(), nullable=False),
    sa.Column('platform_rate_bp', sa.Integer(), nullable=False),
    sa.Column('gateway_rate_bp', sa.Integer(), nullable=False),
    sa.Column('cod_fee_rate_paise', sa.BigInteger(), nullable=False),
    sa.Column('paid_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_commissions_order_id_orders')),
    sa.PrimaryKeyConstraint('order_id', name=op.f('pk_order_commissions'))
    )
    with op.batch_alter_table('order_commissions', schema=None) as batch_op:
        batch_op.create_index('ix_order_commissions_store_paid', ['store_id', 'paid_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('order_commissions', schema=None) as batch_op:
        batch_op.drop_index('ix_order_commissions_store_paid')
    op.drop_table('order_commissions')
    with op.batch_alter_table('payment_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_events_needs_review'))
        batch_op.drop_index(batch_op.f('ix_payment_events_order_id'))
    op.drop_table('payment_events')
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_index('ix_payments_status_expires')
        batch_op.drop_index(batch_op.f('ix_payments_refund_status'))
        batch_op.drop_index(batch_op.f('ix_payments_provider_order_id'))
        batch_op.drop_index(batch_op.f('ix_payments_link_status'))
        batch_op.drop_index(batch_op.f('ix_payments_store_id'))
        batch_op.drop_index(batch_op.f('ix_payments_order_id'))
    op.drop_table('payments')
