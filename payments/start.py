"""Payment links for pending UPI/card orders, in three steps so that no transaction is open
while Razorpay is asked (a network call of hundreds of milliseconds, up to the SDK's timeout;
on SQLite a transaction holds the one write lock every webhook ack needs, on PostgreSQL the
order's row locks and a pooled connection):

1. claim — `commerce.payments.claim_link_attempt(uow, order_id)` in the caller's unit of work
   (the conversation's, with the order it just placed); commit.
2. create — `create_link(app, attempt)`: the provider call, with no transaction open.
3. record — `commerce.payments.record_payment_link(uow, attempt, link)` in a new, short unit of
   work (PaymentLinkCreated); or `commerce.payments.link_not_created` when the call failed.

`start_payment` runs the three for callers outside the chat. Independent of bot/."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from aiohttp import web

from commerce.database import Database
from commerce.errors import InvalidTransition
from commerce.payments import LinkAttempt, NewLink, claim_link_attempt, link_not_created, record_payment_link
from commerce.tables import utcnow
from commerce.unit_of_work import UnitOfWork
from payments.errors import PaymentsUnavailable
from payments.gateway import LinkRequest, PaymentGatewayError, RazorpayGateway
from payments.keys import GATEWAY

RAZORPAY_MIN_EXPIRY = timedelta(minutes=16)  # Razorpay wants expire_by at least 15 minutes ahead


@dataclass(frozen=True, slots=True, kw_only=True)
class PaymentLink:
    payment_id: str
    order_id: str
    url: str
    amount_paise: int
    expires_at: datetime
    expiry_minutes: int


def gateway_of(app_or_gateway: web.Application | RazorpayGateway) -> RazorpayGateway:
    gateway = (app_or_gateway if isinstance(app_or_gateway, RazorpayGateway)
               else app_or_gateway.get(GATEWAY))
    if gateway is None:
        raise PaymentsUnavailable("online payment is not available; choose cash on delivery")
    return gateway


async def create_link(app_or_gateway: web.Application | RazorpayGateway, attempt: LinkAttempt) -> NewLink:
    """Ask Razorpay for the claimed attempt's link. Call it with NO transaction open.
    Raises PaymentsUnavailable when Razorpay refuses or does not answer."""
    gateway = gateway_of(app_or_gateway)
    minutes = gateway.config.expiry_minutes
    now = utcnow()
    expires_at = now + timedelta(minutes=minutes)
    try:
        made = await gateway.create_link(LinkRequest(
            amount_paise=attempt.amount_paise, reference_id=attempt.reference_id,
            expire_by=max(expires_at, now + RAZORPAY_MIN_EXPIRY),
            description=f"Order {attempt.order_number} at {attempt.store_name}",
            customer_name=attempt.customer_name, customer_contact=attempt.customer_phone,
            notes={"order_id": attempt.order_id, "store_id": attempt.store_id, "order_number": attempt.order_number},
        ))
    except PaymentGatewayError as exc:
        raise PaymentsUnavailable("the payment service did not answer; try again or choose cash on delivery",
                                  reason=str(exc)) from exc
    return NewLink(link_id=made.id, short_url=made.short_url, expires_at=expires_at, expiry_minutes=minutes,
                   provider_order_id=made.provider_order_id)


async def finish_payment(app_or_gateway: web.Application | RazorpayGateway, db: Database, attempt: LinkAttempt,
                         *, announce: bool = False, keep_trying: bool = False) -> PaymentLink | None:
    """Steps 2 and 3 for an attempt claimed in a committed transaction. None when the order
    moved on meanwhile (a newer attempt, cash on delivery, cancelled): that link is queued for
    cancellation. A failed call raises PaymentsUnavailable, after recording it
    (link_not_created) unless `keep_trying` (the attempt stays `requested`, to be recovered)."""
    try:
        link = await create_link(app_or_gateway, attempt)
    except PaymentsUnavailable as exc:
        if keep_trying:
            raise
        async with UnitOfWork(db) as uow:
            await link_not_created(uow, attempt, str(exc.details.get("reason") or exc.message))
            await uow.commit()
        raise
    async with UnitOfWork(db) as uow:
        payment = await record_payment_link(uow, attempt, link, announce=announce)
        await uow.commit()
    if payment is None:
        return None
    return PaymentLink(payment_id=payment.id, order_id=attempt.order_id, url=link.short_url,
                       amount_paise=attempt.amount_paise, expires_at=link.expires_at,
                       expiry_minutes=link.expiry_minutes)


async def start_payment(app_or_gateway: web.Application | RazorpayGateway, db: Database,
                        order_id: str) -> PaymentLink:
    """A new link for a pending online order, each step in its own transaction (none open
    during the provider call). Raises the domain error when the order cannot take one."""
    gateway_of(app_or_gateway)
    async with UnitOfWork(db) as uow:
        attempt = await claim_link_attempt(uow, order_id)
        await uow.commit()
    link = await finish_payment(app_or_gateway, db, attempt)
    if link is None:
        raise InvalidTransition("payment link", "superseded", "offered")
    return link
