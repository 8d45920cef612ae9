"""Online payments for orders (UPI or card through a payment link), applied exactly once.

Plain values in (notices from payment_notices), domain events out. Every path locks the
order first, then its payment; webhook events are claimed by provider event id, and a
payment is applied once by provider payment id (unique), so replays and concurrent
duplicates have one effect. No provider library is imported here: the provider side
(payments/) creates links and refunds and turns webhooks into notices.

Payment row statuses: requested → created | superseded | not_created (a link being made: see
claim_link_attempt — the provider is never called inside a transaction);
created → paid | failed | expired | superseded | cancelled | flagged;
paid → refund_pending → refunded; flagged → paid (accepted) | refund_pending (refunded) by
resolve_flagged_payment. The order's own payment_status moves through commerce.orders
(pending → completed | failed, completed → refunded)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, exists, select, update

from commerce.commission import record_commission
from commerce.errors import InvalidTransition
from commerce.events import (
    PaymentCaptured,
    PaymentFailed,
    PaymentFlagged,
    PaymentLinkCreated,
    RefundProcessed,
    RefundRequested,
)
from commerce.ids import new_id
from commerce.orders import _load, cancel_order, confirm_order, mark_payment, reinstate_order, Actor
from commerce.payment_notices import FailedNotice, PaidNotice, PaymentLookup, RefundNotice
from commerce.payment_records import (
    UNDER_REVIEW,
    claim_event,
    find_payment,
    has_payment_under_review,
    lock_order_and_payment,
    note_event,
    payments_of,
    request_link_cancellation,
)
from commerce.restock import reserve_again
from commerce.tables import Order, Payment, Store, utcnow
from commerce.unit_of_work import UnitOfWork

ONLINE_METHODS = ("upi", "card")
REQUESTED = "requested"  # a payments row whose link was asked for (or is about to be) and not yet recorded


@dataclass(frozen=True, slots=True, kw_only=True)
class NewLink:
    """A link the provider has just created for an order."""

    link_id: str
    short_url: str
    expires_at: datetime
    expiry_minutes: int
    provider_order_id: str | None = None


def link_reference(order: Order, attempt: int) -> str:
    """The provider's reference id must be unique per link: the order id, then order.2, …"""
    return order.id if attempt <= 1 else f"{order.id}.{attempt}"


def order_id_from_reference(reference: str | None) -> str | None:
    return reference.split(".", 1)[0] if reference else None


async def prepare_new_link(uow: UnitOfWork, order_id: str) -> tuple[Order, int]:
    """Check the order can be paid online (locking it) and say which attempt the next link is;
    a failed payment goes back to pending (a new link after a failure)."""
    order = await _load(uow, order_id)
    if order.payment_method not in ONLINE_METHODS or order.status != "pending":
        raise InvalidTransition("payment link", f"{order.status}/{order.payment_method}", "new link")
    if await has_payment_under_review(uow, order.id):  # money is already in: no second payment
        raise InvalidTransition("payment", "flagged", "new link")
    if order.payment_status == "failed":
        await mark_payment(uow, order.id, "pending", reason="new payment link")
    elif order.payment_status != "pending":
        raise InvalidTransition("payment", order.payment_status, "new link")
    return order, len(await payments_of(uow, order.id)) + 1


@dataclass(frozen=True, slots=True, kw_only=True)
class LinkAttempt:
    """A link the order is waiting for: claimed in a transaction (a `requested` payments row,
    which numbers the attempt), asked of the provider after that transaction committed, then
    recorded by record_payment_link in another. Everything the provider request needs."""

    payment_id: str
    order_id: str
    store_id: str
    store_name: str
    order_number: str
    attempt: int
    reference_id: str
    amount_paise: int
    customer_name: str
    customer_phone: str | None


async def claim_link_attempt(uow: UnitOfWork, order_id: str) -> LinkAttempt:
    """The order (locked) wants a new payment link: record the attempt as a `requested`
    payment — no provider call here; the caller asks the provider once this transaction has
    committed. An older attempt still in flight is superseded (its link, when it comes, is
    cancelled rather than offered), so concurrent attempts leave one live link: the last one
    claimed. A `requested` row that stays so (the process died before the provider answered)
    is picked up by claim_link_recovery."""
    order, attempt = await prepare_new_link(uow, order_id)
    await uow.session.execute(update(Payment).where(Payment.order_id == order.id, Payment.status == REQUESTED)
                              .values(status="superseded", updated_at=utcnow()))
    store = await uow.session.get(Store, order.store_id)
    payment = Payment(id=new_id("PAY"), order_id=order.id, store_id=order.store_id, method=order.payment_method,
                      amount_paise=order.total_paise, status=REQUESTED, link_status="none", expires_at=utcnow())
    uow.session.add(payment)
    await uow.session.flush()
    return LinkAttempt(payment_id=payment.id, order_id=order.id, store_id=order.store_id,
                       store_name=store.name if store is not None else "", order_number=order.order_number,
                       attempt=attempt, reference_id=link_reference(order, attempt), amount_paise=order.total_paise,
                       customer_name=order.customer_name, customer_phone=order.customer_phone)


async def record_payment_link(uow: UnitOfWork, attempt: LinkAttempt, link: NewLink, *,
                              announce: bool = False) -> Payment | None:
    """Store the link the provider made for a claimed attempt. If the attempt is still the
    order's current one and the order still waits for an online payment, the link goes live:
    older links are retired and PaymentLinkCreated is emitted (`announce`: the chat did not
    answer with it, the customer is to be told — see bot/alerts.py). Otherwise (a newer
    attempt, cash on delivery, cancelled, paid) the link is stored already queued for
    cancellation at the provider and None is returned: nobody is offered it."""
    order = await _load(uow, attempt.order_id)
    payment = await uow.session.scalar(select(Payment).where(Payment.id == attempt.payment_id).with_for_update()
                                       .execution_options(populate_existing=True))
    if payment is None:
        raise InvalidTransition("payment link", "missing", "recorded")
    values: dict[str, object] = {"link_id": link.link_id, "short_url": link.short_url,
                                 "expires_at": link.expires_at, "provider_order_id": link.provider_order_id,
                                 "updated_at": utcnow()}
    current = (payment.status == REQUESTED and order.status == "pending" and order.payment_method in ONLINE_METHODS
               and order.payment_status == "pending" and not await has_payment_under_review(uow, order.id))
    if not current:
        await uow.session.execute(update(Payment).where(Payment.id == payment.id).values(
            **values, link_status="cancel_requested",
            status="superseded" if payment.status in (REQUESTED, "superseded") else "cancelled"))
        return None
    await request_link_cancellation(uow, order.id, status="superseded", keep=payment.id)
    await uow.session.execute(update(Payment).where(Payment.id == payment.id).values(
        **values, status="created", link_status="active"))
    await uow.session.refresh(payment)
    uow.emit(PaymentLinkCreated(
        store_id=order.store_id, order_id=order.id, order_number=order.order_number, customer_id=order.customer_id,
        payment_id=payment.id, method=order.payment_method, amount_paise=order.total_paise, url=link.short_url,
        expires_at=link.expires_at.isoformat(), expiry_minutes=link.expiry_minutes, language=order.language,
        announce=announce,
    ))
    return payment


async def link_not_created(uow: UnitOfWork, attempt: LinkAttempt, reason: str) -> bool:
    """The provider made no link for the attempt. Returns whether it was still the order's
    current attempt (then the caller decides what the order does instead: cash on delivery)."""
    result = await uow.session.execute(
        update(Payment).where(Payment.id == attempt.payment_id, Payment.status == REQUESTED)
        .values(status="not_created", failure_reason=reason[:300], updated_at=utcnow()))
    return int(result.rowcount) == 1  # type: ignore[attr-defined]


def _waits_for_a_link(now: datetime, stale_after: timedelta, expiry_minutes: int) -> list[ColumnElement[bool]]:
    live = exists().where(Payment.order_id == Order.id, Payment.status == "created", Payment.link_status == "active",
                          Payment.expires_at > now)
    stale = exists().where(Payment.order_id == Order.id, Payment.status == REQUESTED,
                           Payment.created_at <= now - stale_after)
    fresh = exists().where(Payment.order_id == Order.id, Payment.status == REQUESTED,
                           Payment.created_at > now - stale_after)
    return [Order.status == "pending", Order.payment_method.in_(ONLINE_METHODS), Order.payment_status == "pending",
            Order.created_at > now - timedelta(minutes=expiry_minutes), stale, ~fresh, ~live]


async def orders_missing_a_link(uow: UnitOfWork, *, now: datetime, stale_after: timedelta, expiry_minutes: int,
                                limit: int = 100) -> list[str]:
    """Pending online orders, younger than the expiry, whose link was claimed more than
    `stale_after` ago and never recorded (the process died between the commit and the
    provider's answer) and that have no live link."""
    rows = await uow.session.scalars(select(Order.id).where(*_waits_for_a_link(now, stale_after, expiry_minutes))
                                     .order_by(Order.created_at).limit(limit))
    return list(rows.all())


async def claim_link_recovery(uow: UnitOfWork, order_id: str, *, now: datetime, stale_after: timedelta,
                              expiry_minutes: int) -> LinkAttempt | None:
    """Claim a new attempt for an order still missing its link (checked again under the
    order's lock, so two replicas cannot both claim); None if somebody got there first."""
    await _load(uow, order_id)
    still = await uow.session.scalar(select(Order.id).where(Order.id == order_id,
                                                            *_waits_for_a_link(now, stale_after, expiry_minutes)))
    if still is None:
        return None
    return await claim_link_attempt(uow, order_id)


async def _settle(uow: UnitOfWork, payment: Payment, notice: PaidNotice, status: str) -> None:
    now = utcnow()
    await uow.session.execute(
        update(Payment).where(Payment.id == payment.id).values(
            status=status, provider_payment_id=notice.provider_payment_id, amount_paid_paise=notice.amount_paise,
            paid_method=notice.method[:20], paid_at=now, link_status="paid", updated_at=now)
    )
    payment.status, payment.provider_payment_id, payment.paid_at = status, notice.provider_payment_id, now
    payment.amount_paid_paise, payment.paid_method, payment.link_status = notice.amount_paise, notice.method, "paid"


async def request_refund(uow: UnitOfWork, order: Order, payment: Payment, reason: str) -> bool:
    """Queue a full refund of a received payment (sent to the provider after commit).
    Returns False if one was requested already."""
    result = await uow.session.execute(
        update(Payment).where(Payment.id == payment.id, Payment.refund_status.is_(None),
                              Payment.provider_payment_id.is_not(None))
        .values(refund_status="requested", status="refund_pending", refund_reason=reason[:300], updated_at=utcnow())
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return False
    payment.refund_status, payment.status = "requested", "refund_pending"
    uow.emit(RefundRequested(
        store_id=order.store_id, order_id=order.id, order_number=order.order_number, customer_id=order.customer_id,
        payment_id=payment.id, amount_paise=int(payment.amount_paid_paise or payment.amount_paise), reason=reason,
        language=order.language,
    ))
    return True


async def _captured(uow: UnitOfWork, order: Order, payment: Payment, notice: PaidNotice, *, late: bool) -> None:
    await record_commission(uow, order, method=notice.method, paid_at=payment.paid_at or utcnow())
    uow.emit(PaymentCaptured(
        store_id=order.store_id, order_id=order.id, order_number=order.order_number, customer_id=order.customer_id,
        payment_id=payment.id, provider_payment_id=notice.provider_payment_id, amount_paise=notice.amount_paise,
        method=notice.method, late=late, language=order.language,
    ))


async def apply_paid(uow: UnitOfWork, notice: PaidNotice) -> str:
    """A payment was captured (payment_link.paid or payment.captured). Returns the outcome:
    confirmed, late_confirmed, late_refund, double_payment_refund, flagged, duplicate_event,
    duplicate_payment or unknown_payment."""
    if not await claim_event(uow, notice.event_id, notice.event_type, notice.payload):
        return "duplicate_event"
    found = await find_payment(uow, notice.lookup)
    if found is None:
        await note_event(uow, notice.event_id, "unknown_payment", review=True,
                         provider_payment_id=notice.provider_payment_id)
        return "unknown_payment"
    order, payment = await lock_order_and_payment(uow, found)
    if payment.provider_payment_id is not None or await uow.session.scalar(
        select(Payment.id).where(Payment.provider_payment_id == notice.provider_payment_id)
    ):
        same = payment.provider_payment_id == notice.provider_payment_id
        outcome = "duplicate_payment" if same or payment.provider_payment_id is None else "unexpected_payment"
        await note_event(uow, notice.event_id, outcome, review=outcome != "duplicate_payment", payment=payment,
                         provider_payment_id=notice.provider_payment_id)
        return outcome
    if notice.amount_paise != payment.amount_paise or payment.amount_paise != order.total_paise:
        await _settle(uow, payment, notice, "flagged")
        await request_link_cancellation(uow, order.id, status="superseded", keep=payment.id)  # no second payment
        reason = f"received {notice.amount_paise} paise for an order of {order.total_paise}"
        uow.emit(PaymentFlagged(
            store_id=order.store_id, order_id=order.id, order_number=order.order_number,
            customer_id=order.customer_id, payment_id=payment.id, provider_payment_id=notice.provider_payment_id,
            expected_paise=order.total_paise, received_paise=notice.amount_paise, reason=reason,
            language=order.language,
        ))
        await note_event(uow, notice.event_id, "flagged", review=True, payment=payment,
                         provider_payment_id=notice.provider_payment_id)
        return "flagged"
    outcome = await _apply_to_order(uow, order, payment, notice)
    await note_event(uow, notice.event_id, outcome, payment=payment, provider_payment_id=notice.provider_payment_id)
    return outcome


async def _apply_to_order(uow: UnitOfWork, order: Order, payment: Payment, notice: PaidNotice) -> str:
    expired = payment.status == "expired"
    await _settle(uow, payment, notice, "paid")
    if order.payment_status in ("completed", "refunded"):
        await request_refund(uow, order, payment, "the order was already paid; this second payment is returned")
        return "double_payment_refund"
    if order.status == "cancelled":
        if expired and await reserve_again(uow, order, actor="payment"):
            await reinstate_order(uow, order.id)
            await mark_payment(uow, order.id, "completed", reason="paid after expiry")
            await _captured(uow, order, payment, notice, late=True)
            return "late_confirmed"
        await mark_payment(uow, order.id, "completed", reason="paid after the order was cancelled; refunding")
        why = ("paid after the order expired and the stock had gone" if expired
               else "paid after the order was cancelled")
        await request_refund(uow, order, payment, why)
        return "late_refund"
    await mark_payment(uow, order.id, "completed", reason=f"{notice.method} payment {notice.provider_payment_id}")
    if order.status == "pending":
        await confirm_order(uow, order.id, actor="payment")
    await request_link_cancellation(uow, order.id, status="superseded", keep=payment.id)
    await _captured(uow, order, payment, notice, late=False)
    return "confirmed"


async def apply_failed(uow: UnitOfWork, notice: FailedNotice) -> str:
    """A payment attempt failed: the customer may ask for a new link or switch to cash.
    Outcomes: failed, ignored, duplicate_event, unknown_payment."""
    if not await claim_event(uow, notice.event_id, notice.event_type, notice.payload):
        return "duplicate_event"
    found = await find_payment(uow, notice.lookup)
    if found is None:
        await note_event(uow, notice.event_id, "unknown_payment", review=True,
                         provider_payment_id=notice.provider_payment_id)
        return "unknown_payment"
    order, payment = await lock_order_and_payment(uow, found)
    if payment.status != "created" or order.status != "pending" or order.payment_status != "pending":
        await note_event(uow, notice.event_id, "ignored", payment=payment, provider_payment_id=notice.provider_payment_id)
        return "ignored"
    await uow.session.execute(update(Payment).where(Payment.id == payment.id).values(
        status="failed", failure_reason=notice.reason[:300], updated_at=utcnow()))
    payment.status = "failed"
    await mark_payment(uow, order.id, "failed", reason=notice.reason)
    uow.emit(PaymentFailed(
        store_id=order.store_id, order_id=order.id, order_number=order.order_number, customer_id=order.customer_id,
        payment_id=payment.id, amount_paise=payment.amount_paise, reason=notice.reason, can_retry=True,
        can_pay_cash=True, language=order.language,
    ))
    await note_event(uow, notice.event_id, "failed", payment=payment, provider_payment_id=notice.provider_payment_id)
    return "failed"


async def apply_refund_processed(uow: UnitOfWork, notice: RefundNotice) -> str:
    """The provider has returned the money. Outcomes: refunded, partial_refund,
    duplicate_event, duplicate_refund, unknown_payment."""
    if not await claim_event(uow, notice.event_id, notice.event_type, notice.payload):
        return "duplicate_event"
    found = await find_payment(uow, PaymentLookup(provider_payment_id=notice.provider_payment_id))
    if found is None:
        await note_event(uow, notice.event_id, "unknown_payment", review=True,
                         provider_payment_id=notice.provider_payment_id)
        return "unknown_payment"
    order, payment = await lock_order_and_payment(uow, found)
    if payment.refund_status == "processed":
        await note_event(uow, notice.event_id, "duplicate_refund", payment=payment,
                         provider_payment_id=notice.provider_payment_id)
        return "duplicate_refund"
    if notice.amount_paise != (payment.amount_paid_paise or payment.amount_paise):
        await note_event(uow, notice.event_id, "partial_refund", review=True, payment=payment,
                         provider_payment_id=notice.provider_payment_id)
        return "partial_refund"
    unrequested = payment.refund_status is None  # refunded from the provider's dashboard
    await uow.session.execute(update(Payment).where(Payment.id == payment.id).values(
        refund_status="processed", refund_id=notice.refund_id, status="refunded", updated_at=utcnow()))
    payment.refund_status, payment.status = "processed", "refunded"
    others_paid = await uow.session.scalar(
        select(Payment.id).where(Payment.order_id == order.id, Payment.id != payment.id, Payment.status == "paid")
    )
    if order.payment_status == "completed" and others_paid is None:
        await mark_payment(uow, order.id, "refunded", reason=f"refund {notice.refund_id} processed")
    uow.emit(RefundProcessed(
        store_id=order.store_id, order_id=order.id, order_number=order.order_number, customer_id=order.customer_id,
        payment_id=payment.id, refund_id=notice.refund_id, amount_paise=notice.amount_paise, language=order.language,
    ))
    await note_event(uow, notice.event_id, "refunded", review=unrequested, payment=payment,
                     provider_payment_id=notice.provider_payment_id)
    return "refunded"


async def record_unhandled_event(uow: UnitOfWork, event_id: str, event_type: str, payload: dict[str, object],
                                 outcome: str = "unhandled_event") -> bool:
    """An event we do not act on (or cannot read): acknowledged, kept for review once."""
    if not await claim_event(uow, event_id, event_type, dict(payload)):
        return False
    await note_event(uow, event_id, outcome, review=True)
    return True


async def cancel_paid_order(uow: UnitOfWork, order_id: str, *, by: Actor, reason: str = "",
                            store_id: str | None = None, customer_id: str | None = None) -> Order:
    """Cancel an order (stock back once) and, if it was paid online, request the refund; the
    order's payment becomes `refunded` when the provider reports the refund processed."""
    order = await cancel_order(uow, order_id, by=by, reason=reason, store_id=store_id, customer_id=customer_id)
    await request_link_cancellation(uow, order.id, status="cancelled")
    if order.payment_status == "completed":
        for payment in await payments_of(uow, order.id):
            if payment.status == "paid":
                await request_refund(uow, order, payment, reason or "order cancelled")
    return order


async def refund_cancelled_paid_orders(uow: UnitOfWork, *, limit: int = 100) -> int:
    """Orders cancelled through any path after being paid online get their refund requested
    (and open links cancelled). Safe to run often and on several replicas."""
    rows = (await uow.session.execute(
        select(Payment.id, Payment.order_id).join(Order, Order.id == Payment.order_id)
        .where(Order.status == "cancelled", Payment.status.in_(("paid", "created", "failed", *UNDER_REVIEW)))
        .order_by(Payment.order_id).limit(limit)
    )).all()
    requested = 0
    for payment_id, order_id in rows:
        order = await _load(uow, order_id)
        payment = await uow.session.scalar(select(Payment).where(Payment.id == payment_id).with_for_update()
                                           .execution_options(populate_existing=True))
        assert payment is not None
        if payment.status == "paid" or payment.status in UNDER_REVIEW:
            requested += await request_refund(uow, order, payment, "order cancelled")
        else:
            await request_link_cancellation(uow, order.id, status="cancelled")
    return requested


async def choose_cash_on_delivery(uow: UnitOfWork, order_id: str, *, actor: str = "customer") -> Order:
    """After a failed (or unwanted) online payment: pay cash at the door instead. The order is
    confirmed, its open links cancelled; payment completes when the owner marks it delivered."""
    order = await _load(uow, order_id)
    if order.status != "pending" or order.payment_method not in ONLINE_METHODS:
        raise InvalidTransition("order", f"{order.status}/{order.payment_method}", "cash on delivery")
    if await has_payment_under_review(uow, order.id):  # money is already in: it is reviewed, not replaced
        raise InvalidTransition("payment", "flagged", "cash on delivery")
    if order.payment_status == "failed":
        await mark_payment(uow, order.id, "pending", actor=actor, reason="switched to cash on delivery")
    await uow.session.execute(update(Order).where(Order.id == order.id).values(payment_method="cod"))
    order.payment_method = "cod"
    await request_link_cancellation(uow, order.id, status="cancelled")
    return await confirm_order(uow, order.id, actor=actor)


async def resolve_flagged_payment(uow: UnitOfWork, order_id: str, accept: bool, *, actor: Actor = "admin",
                                  note: str = "") -> str:
    """A person (the platform admin) decides on a flagged payment — money received whose amount
    does not match the order. Returns the outcome:

    - accept=True: the payment counts as the order's payment: payment `paid`, order payment
      `completed`, order `confirmed`, commission stored, PaymentCaptured (the customer's
      "received" message; the owner's new-order alert follows the confirmation). The order must
      still be pending (its stock is still reserved: a flagged order never expires) →
      "confirmed".
    - accept=False: the order is cancelled (stock back once; the customer is told by the
      cancellation, with the refund note) and the full amount received is refunded through the
      usual refund path (RefundRequested now, RefundProcessed when the provider reports it) →
      "refunded". An order already cancelled just gets its refund.

    Raises NotFound for an unknown order and InvalidTransition when the order holds no flagged
    payment (resolved already, or never flagged) or cannot be confirmed any more."""
    order = await _load(uow, order_id)
    payment = await uow.session.scalar(
        select(Payment).where(Payment.order_id == order.id, Payment.status.in_(UNDER_REVIEW))
        .order_by(Payment.created_at, Payment.id).limit(1).with_for_update()
        .execution_options(populate_existing=True))
    if payment is None:
        raise InvalidTransition("payment", "not flagged", "reviewed")
    why = note or ("the amount received was accepted on review" if accept
                   else "the amount received did not match the order; refunded on review")
    if accept:
        if order.status != "pending" or order.payment_status not in ("pending", "failed"):
            raise InvalidTransition("order", f"{order.status}/{order.payment_status}", "confirmed")
        await uow.session.execute(update(Payment).where(Payment.id == payment.id)
                                  .values(status="paid", updated_at=utcnow()))
        payment.status = "paid"
        await mark_payment(uow, order.id, "completed", actor=actor, reason=why)
        await confirm_order(uow, order.id, actor=actor)
        await record_commission(uow, order, method=payment.paid_method or payment.method,
                                paid_at=payment.paid_at or utcnow())
        uow.emit(PaymentCaptured(
            store_id=order.store_id, order_id=order.id, order_number=order.order_number,
            customer_id=order.customer_id, payment_id=payment.id,
            provider_payment_id=payment.provider_payment_id or "",
            amount_paise=int(payment.amount_paid_paise or payment.amount_paise),
            method=payment.paid_method or payment.method, late=False, language=order.language,
        ))
        return "confirmed"
    if order.status != "cancelled":
        if order.payment_status in ("pending", "failed"):  # the money was received: the refund returns it
            await mark_payment(uow, order.id, "completed", actor=actor, reason=why)
        await cancel_order(uow, order.id, by=actor, reason=why)
    await request_refund(uow, order, payment, why)
    return "refunded"
