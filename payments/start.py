"""The conversation's entry point: make a payment link for a pending UPI/card order, record
it and emit PaymentLinkCreated (the chat turns it into a message with the URL). Independent
of bot/: it takes the app (or a gateway), a unit of work and the order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from aiohttp import web

from commerce.payments import NewLink, link_reference, prepare_new_link, record_payment_link
from commerce.stores import get_store
from commerce.tables import Order, utcnow
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


async def start_payment(app_or_gateway: web.Application | RazorpayGateway, uow: UnitOfWork,
                        order: Order | str) -> PaymentLink:
    gateway = (app_or_gateway if isinstance(app_or_gateway, RazorpayGateway)
               else app_or_gateway.get(GATEWAY))
    if gateway is None:
        raise PaymentsUnavailable("online payment is not available; choose cash on delivery")
    order_id = order if isinstance(order, str) else order.id
    the_order, attempt = await prepare_new_link(uow, order_id)
    store = await get_store(uow, the_order.store_id)
    minutes = gateway.config.expiry_minutes
    now = utcnow()
    expires_at = now + timedelta(minutes=minutes)
    try:
        made = await gateway.create_link(LinkRequest(
            amount_paise=the_order.total_paise, reference_id=link_reference(the_order, attempt),
            expire_by=max(expires_at, now + RAZORPAY_MIN_EXPIRY),
            description=f"Order {the_order.order_number} at {store.name}",
            customer_name=the_order.customer_name, customer_contact=the_order.customer_phone,
            notes={"order_id": the_order.id, "store_id": the_order.store_id, "order_number": the_order.order_number},
        ))
    except PaymentGatewayError as exc:
        raise PaymentsUnavailable("the payment service did not answer; try again or choose cash on delivery",
                                  reason=str(exc)) from exc
    payment = await record_payment_link(uow, the_order, NewLink(
        link_id=made.id, short_url=made.short_url, expires_at=expires_at, expiry_minutes=minutes,
        provider_order_id=made.provider_order_id))
    return PaymentLink(payment_id=payment.id, order_id=the_order.id, url=made.short_url,
                       amount_paise=the_order.total_paise, expires_at=expires_at, expiry_minutes=minutes)
