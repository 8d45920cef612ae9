"""Work for the provider after a commit: links to cancel, refunds to send. Rows are claimed
by compare-and-set, so replicas and overlapping runs never send the same request twice; a
claim left behind by a crash is taken again after CLAIM_TIMEOUT."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select, update

from commerce.tables import Payment, utcnow
from commerce.unit_of_work import UnitOfWork

CLAIM_TIMEOUT = timedelta(minutes=10)


@dataclass(frozen=True, slots=True, kw_only=True)
class LinkToCancel:
    payment_id: str
    link_id: str


@dataclass(frozen=True, slots=True, kw_only=True)
class RefundToSend:
    payment_id: str
    order_id: str
    provider_payment_id: str
    amount_paise: int


async def _claim(uow: UnitOfWork, column: object, wanted: str, claimed: str, now: datetime,
                 limit: int) -> list[Payment]:
    stale = now - CLAIM_TIMEOUT
    condition = or_(column == wanted, and_(column == claimed, Payment.updated_at < stale))  # type: ignore[operator]
    candidates = (await uow.session.scalars(select(Payment).where(condition).order_by(Payment.id).limit(limit))).all()
    won: list[Payment] = []
    for payment in candidates:
        result = await uow.session.execute(
            update(Payment).where(Payment.id == payment.id, condition).values({column.key: claimed, "updated_at": now})  # type: ignore[attr-defined]
        )
        if result.rowcount == 1:  # type: ignore[attr-defined]
            won.append(payment)
    return won


async def claim_link_cancellations(uow: UnitOfWork, *, limit: int = 50) -> list[LinkToCancel]:
    won = await _claim(uow, Payment.link_status, "cancel_requested", "cancelling", utcnow(), limit)
    return [LinkToCancel(payment_id=p.id, link_id=p.link_id) for p in won if p.link_id]


async def link_cancel_done(uow: UnitOfWork, payment_id: str, *, outcome: str) -> None:
    """outcome: cancelled, cancel_failed (the provider refused: paid or expired already) or
    cancel_requested (try again later)."""
    await uow.session.execute(update(Payment).where(Payment.id == payment_id, Payment.link_status == "cancelling")
                              .values(link_status=outcome, updated_at=utcnow()))


async def claim_refunds(uow: UnitOfWork, *, limit: int = 50) -> list[RefundToSend]:
    won = await _claim(uow, Payment.refund_status, "requested", "sending", utcnow(), limit)
    return [RefundToSend(payment_id=p.id, order_id=p.order_id, provider_payment_id=p.provider_payment_id or "",
                         amount_paise=int(p.amount_paid_paise or p.amount_paise)) for p in won if p.provider_payment_id]


async def refund_sent(uow: UnitOfWork, payment_id: str, *, refund_id: str | None, outcome: str) -> None:
    """outcome: pending (accepted; refund.processed will follow), failed (refused for good)
    or requested (try again later). A refund.processed that arrived first is left alone."""
    values: dict[str, object] = {"refund_status": outcome, "updated_at": utcnow()}
    if refund_id:
        values["refund_id"] = refund_id
    await uow.session.execute(update(Payment).where(Payment.id == payment_id, Payment.refund_status == "sending")
                              .values(values))
