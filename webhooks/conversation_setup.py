"""Plugs the conversation (bot/) into the chat channels, the database's event handlers (alerts
written in the same transaction as each change) and the scheduler (cart expiry, digests)."""

from __future__ import annotations

from collections.abc import AsyncIterator

from aiohttp import web
from sqlalchemy import select

from bot.alerts import on_event
from bot.conversation import handle
from bot.flood_reply import flood_text
from bot.jobs import expire_carts, send_low_stock_digests
from bot.messages import InboundMessage, OutgoingMessage
from bot.turn import BotContext
from commerce.payments import LinkAttempt, NewLink
from commerce.tables import Store
from commerce.unit_of_work import UnitOfWork
from payments.keys import GATEWAY
from payments.start import create_link
from intents.parse import parse
from webhooks.channels import CONVERSATION, FLOOD_REPLY
from webhooks.keys import DATABASE, SETTINGS
from webhooks.scheduler import ScheduledJob, schedule

BOT_CONTEXT = web.AppKey("bot_context", BotContext)
WARM_STORES = 50  # catalog indexes built at start (the most recently active shops)


async def _events(app: web.Application) -> AsyncIterator[None]:
    db = app[DATABASE]
    db.event_handlers.append(on_event)
    context = app[BOT_CONTEXT]
    if app.get(GATEWAY) is not None and context.make_payment_link is None:
        async def make_link(attempt: LinkAttempt) -> NewLink:  # run by the worker after the turn's commit
            return await create_link(app, attempt)

        context.make_payment_link = make_link
    async with UnitOfWork(db, write=False) as uow:  # first messages find their shop's index built
        active = list((await uow.session.scalars(select(Store.id).where(Store.status == "active")
                                                 .order_by(Store.updated_at.desc()).limit(WARM_STORES))).all())
        await context.catalogs.warm(uow, active)
    parse("namaste")  # loads the lexicons before the first webhook, not during it
    yield
    if on_event in db.event_handlers:
        db.event_handlers.remove(on_event)


async def _expire(app: web.Application) -> int:
    return await expire_carts(app[DATABASE])


async def _digest(app: web.Application) -> int:
    return await send_low_stock_digests(app[DATABASE])


def setup_conversation(app: web.Application, ctx: BotContext | None = None) -> None:
    """Call after setup_payments (its gateway must be up first) and before setup_channels
    (the channels read the handler when they start)."""
    settings = app[SETTINGS]
    context = ctx or BotContext(telegram_bot_username=settings.telegram_bot_username.strip().lstrip("@"),
                                whatsapp_number=settings.whatsapp_number)
    app[BOT_CONTEXT] = context

    async def conversation(uow: UnitOfWork, message: InboundMessage) -> list[OutgoingMessage]:
        return await handle(uow, message, context)

    app[CONVERSATION] = conversation
    app[FLOOD_REPLY] = flood_text
    app.cleanup_ctx.append(_events)
    schedule(app, ScheduledJob("expire-idle-carts", _expire, every_s=60))
    schedule(app, ScheduledJob("low-stock-digest", _digest, cron="*/10 * * * *"))
