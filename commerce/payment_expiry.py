"""Unpaid online orders expire: the order is cancelled, its stock given back exactly once
(commerce.orders.release_stock), its links queued for cancellation, the customer told.
An order holding a payment under review (flagged: money received, amount wrong) never
expires: it waits for commerce.payments.resolve_flagged_payment."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Exists, exists, select

from commerce.events import OrderExpired
from commerce.orders import _load, cancel_order
from commerce.payment_records import (
    OPEN_PAYMENT,
    UNDER_REVIEW,
    has_payment_under_review,
    request_link_cancellation,
)
from commerce.tables import Order, Payment
from commerce.unit_of_work import UnitOfWork


def _still_payable(now: datetime) -> Exists:
    """A link of the order that may still be paid and is inside its time."""
    return exists().where(Payment.order_id == Order.id, Payment.status.in_(OPEN_PAYMENT), Payment.expires_at > now)


def _under_review() -> Exists:
    """A payment of the order that a person must review: money was taken."""
    return exists().where(Payment.order_id == Order.id, Payment.status.in_(UNDER_REVIEW))


async def orders_due_to_expire(uow: UnitOfWork, *, now: datetime, expiry_minutes: int,
                               limit: int = 200) -> list[str]:
    """Pending online orders older than the expiry with no link still inside its time."""
    cutoff = now - timedelta(minutes=expiry_minutes)
    rows = await uow.session.scalars(
        select(Order.id).where(
            Order.status == "pending", Order.payment_method.in_(("upi", "card")),
            Order.payment_status.in_(("pending", "failed")), Order.created_at <= cutoff,
            ~_still_payable(now), ~_under_review(),
        ).order_by(Order.created_at).limit(limit)
    )
    return list(rows.all())


async def expire_order(uow: UnitOfWork, order_id: str, *, now: datetime, expiry_minutes: int) -> bool:
    """Expire one order if it is still due (checked again under the order's lock). Returns
    whether this call expired it; a concurrent expirer or a payment that got there first wins."""
    order = await _load(uow, order_id)
    due = (order.status == "pending" and order.payment_method in ("upi", "card")
           and order.payment_status in ("pending", "failed")
           and order.created_at <= now - timedelta(minutes=expiry_minutes))
    if not due or await has_payment_under_review(uow, order.id):
        return False
    if await uow.session.scalar(select(Payment.id).where(
            Payment.order_id == order.id, Payment.status.in_(OPEN_PAYMENT), Payment.expires_at > now).limit(1)):
        return False
    await cancel_order(uow, order.id, by="system", reason=f"not paid within {expiry_minutes} minutes")
    await request_link_cancellation(uow, order.id, status="expired")
    uow.emit(OrderExpired(store_id=order.store_id, order_id=order.id, order_number=order.order_number,
                          customer_id=order.customer_id, total_paise=order.total_paise,
                          expiry_minutes=expiry_minutes, language=order.language))
    return True
