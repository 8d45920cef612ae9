"""The payments clock job (APScheduler, via webhooks.scheduler): make the links a conversation
claimed but never recorded (its process died between the commit and Razorpay's answer), expire
unpaid online orders, request refunds for paid orders cancelled by any path, store commission
for cash orders paid at the door, then wake the follow-ups. Safe on several replicas at once."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from aiohttp import web

from commerce.commission import record_missing_commissions
from commerce.database import Database
from commerce.errors import DomainError, InvalidTransition
from commerce.payment_expiry import expire_order, orders_due_to_expire
from commerce.payments import claim_link_recovery, orders_missing_a_link, refund_cancelled_paid_orders
from commerce.tables import utcnow
from commerce.unit_of_work import UnitOfWork
from payments.gateway import RazorpayGateway
from payments.keys import FOLLOWUPS, GATEWAY, GATEWAY_CONFIG
from payments.start import finish_payment
from webhooks.keys import DATABASE, SETTINGS

EVERY_S = 30.0
# A link claimed this long ago and still not recorded was lost with its process (the SDK call
# itself gives up after payments.gateway.TIMEOUT_S).
LOST_AFTER = timedelta(minutes=2)
log = logging.getLogger("vyapar.payments")


async def recover_missing_links(db: Database, gateway: RazorpayGateway, *, now: datetime,
                                expiry_minutes: int) -> list[str]:
    """Pending online orders, younger than the expiry, whose link was claimed but never
    recorded: a new attempt is claimed (one replica wins, under the order's lock), the link
    made with no transaction open and recorded with `announce`, so the customer gets it in
    their language (bot/alerts.py). When Razorpay fails again the attempt stays `requested`
    and a later tick tries again, until the order expires. Returns the orders given a link."""
    async with UnitOfWork(db, write=False) as uow:
        due = await orders_missing_a_link(uow, now=now, stale_after=LOST_AFTER, expiry_minutes=expiry_minutes)
    made: list[str] = []
    for order_id in due:
        try:
            async with UnitOfWork(db) as uow:
                attempt = await claim_link_recovery(uow, order_id, now=now, stale_after=LOST_AFTER,
                                                    expiry_minutes=expiry_minutes)
                await uow.commit()
        except DomainError:
            continue
        if attempt is None:
            continue
        try:
            link = await finish_payment(gateway, db, attempt, announce=True, keep_trying=True)
        except DomainError as exc:
            log.warning("recovering the link of order %s: %s", order_id, exc.message)
            continue
        if link is not None:
            made.append(order_id)
    return made


async def expire_due_orders(db: Database, *, now: datetime, expiry_minutes: int) -> list[str]:
    """Each order in its own unit of work; one that a payment or another replica got to
    first is skipped. Returns the ids this call expired."""
    async with UnitOfWork(db, write=False) as uow:
        due = await orders_due_to_expire(uow, now=now, expiry_minutes=expiry_minutes)
    expired: list[str] = []
    for order_id in due:
        try:
            async with UnitOfWork(db) as uow:
                if await expire_order(uow, order_id, now=now, expiry_minutes=expiry_minutes):
                    await uow.commit()
                    expired.append(order_id)
        except InvalidTransition:
            continue
    return expired


async def sweep(db: Database) -> None:
    async with UnitOfWork(db) as uow:
        await refund_cancelled_paid_orders(uow)
        await record_missing_commissions(uow)
        await uow.commit()


async def payments_tick(app: web.Application) -> None:
    db = app[DATABASE]
    config = app.get(GATEWAY_CONFIG)
    gateway = app.get(GATEWAY)
    if config is not None and gateway is not None:
        await recover_missing_links(db, gateway, now=utcnow(), expiry_minutes=config.expiry_minutes)
    # Unpaid online orders expire with or without keys: with the keys removed, orders placed
    # while they were set must still give their stock back (their links' cancellations stay
    # queued until a gateway is configured again; a late payment is then refunded or re-reserved).
    expiry_minutes = config.expiry_minutes if config is not None else app[SETTINGS].payment_expiry_minutes
    await expire_due_orders(db, now=utcnow(), expiry_minutes=expiry_minutes)
    await sweep(db)
    followups = app.get(FOLLOWUPS)
    if followups is not None:
        followups.kick()
