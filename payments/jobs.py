"""The payments clock job (APScheduler, via webhooks.scheduler): expire unpaid online orders,
request refunds for paid orders cancelled by any path, store commission for cash orders
paid at the door, then wake the follow-ups. Safe on several replicas at once."""

from __future__ import annotations

from datetime import datetime

from aiohttp import web

from commerce.commission import record_missing_commissions
from commerce.database import Database
from commerce.errors import InvalidTransition
from commerce.payment_expiry import expire_order, orders_due_to_expire
from commerce.payments import refund_cancelled_paid_orders
from commerce.tables import utcnow
from commerce.unit_of_work import UnitOfWork
from payments.keys import FOLLOWUPS, GATEWAY_CONFIG
from webhooks.keys import DATABASE

EVERY_S = 30.0


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
    if config is not None:
        await expire_due_orders(db, now=utcnow(), expiry_minutes=config.expiry_minutes)
    await sweep(db)
    followups = app.get(FOLLOWUPS)
    if followups is not None:
        followups.kick()
