"""The payments table and the webhook ledger: recording a link, finding and locking a payment,
claiming an event id exactly once, and noting what each event did."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from commerce.orders import _load
from commerce.payment_notices import PaymentLookup
from commerce.tables import Order, Payment, PaymentEvent, utcnow
from commerce.unit_of_work import UnitOfWork
from commerce.upsert import insert_if_absent

OPEN_PAYMENT = ("created", "failed")  # a link the customer may still pay
# Money received that a person must look at (the amount does not match the order): the order
# neither expires nor takes another payment until commerce.payments.resolve_flagged_payment.
# Not in OPEN_PAYMENT on purpose: that would let link cancellation overwrite the status and
# let the link's own expiry time end the wait.
UNDER_REVIEW = ("flagged",)


async def claim_event(uow: UnitOfWork, event_id: str, event_type: str, payload: dict[str, Any],
                      provider: str = "razorpay") -> bool:
    """Record a provider event id; False if it was seen before (a replay). Concurrent
    duplicates wait on the unique index and then see the first one's row."""
    if not event_id:
        raise ValueError("an event id is required")
    return await insert_if_absent(uow, PaymentEvent, {
        "provider": provider, "provider_event_id": event_id[:100], "event_type": event_type[:60],
        "outcome": "received", "needs_review": False, "payload": payload, "received_at": utcnow(),
    })


async def note_event(uow: UnitOfWork, event_id: str, outcome: str, *, review: bool = False,
                     payment: Payment | None = None, provider_payment_id: str | None = None) -> None:
    await uow.session.execute(
        update(PaymentEvent).where(PaymentEvent.provider_event_id == event_id[:100]).values(
            outcome=outcome, needs_review=review,
            payment_id=payment.id if payment else None, order_id=payment.order_id if payment else None,
            provider_payment_id=provider_payment_id,
        )
    )


async def find_payment(uow: UnitOfWork, lookup: PaymentLookup) -> Payment | None:
    """By provider payment id, then link, then provider order, then our order's newest link."""
    if lookup.provider_payment_id:
        found = await uow.session.scalar(select(Payment).where(Payment.provider_payment_id == lookup.provider_payment_id))
        if found is not None:
            return found
    if lookup.link_id:
        found = await uow.session.scalar(select(Payment).where(Payment.link_id == lookup.link_id))
        if found is not None:
            return found
    if lookup.provider_order_id:
        found = await uow.session.scalar(select(Payment).where(Payment.provider_order_id == lookup.provider_order_id))
        if found is not None:
            return found
    if lookup.order_id:
        return await uow.session.scalar(
            select(Payment).where(Payment.order_id == lookup.order_id, Payment.link_id.is_not(None))
            .order_by(Payment.created_at.desc(), Payment.id.desc()).limit(1)
        )
    return None


async def lock_order_and_payment(uow: UnitOfWork, payment: Payment) -> tuple[Order, Payment]:
    """Always the order first, then its payment: every payments path locks in this order."""
    order = await _load(uow, payment.order_id)
    locked = await uow.session.scalar(
        select(Payment).where(Payment.id == payment.id).with_for_update().execution_options(populate_existing=True)
    )
    assert locked is not None
    return order, locked


async def has_payment_under_review(uow: UnitOfWork, order_id: str) -> bool:
    found = await uow.session.scalar(
        select(Payment.id).where(Payment.order_id == order_id, Payment.status.in_(UNDER_REVIEW)).limit(1))
    return found is not None


async def payments_of(uow: UnitOfWork, order_id: str) -> list[Payment]:
    rows = await uow.session.scalars(
        select(Payment).where(Payment.order_id == order_id).order_by(Payment.created_at, Payment.id)
    )
    return list(rows.all())


async def request_link_cancellation(uow: UnitOfWork, order_id: str, *, status: str,
                                    keep: str | None = None) -> int:
    """Open links of the order stop being payable: their payment moves to `status` and the
    link is queued for cancellation at the provider (done after commit, with retries)."""
    conditions = [Payment.order_id == order_id, Payment.status.in_(OPEN_PAYMENT)]
    if keep is not None:
        conditions.append(Payment.id != keep)
    result = await uow.session.execute(
        update(Payment).where(*conditions).values(status=status, updated_at=utcnow())
    )
    await uow.session.execute(
        update(Payment).where(Payment.order_id == order_id, Payment.link_status == "active",
                              *( [Payment.id != keep] if keep is not None else [] ))
        .values(link_status="cancel_requested", updated_at=utcnow())
    )
    return int(result.rowcount)  # type: ignore[attr-defined]
