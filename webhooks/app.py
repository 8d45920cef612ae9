"""The aiohttp application, built by a factory: resources live in cleanup_ctx, shared state
under typed AppKeys, errors become JSON in one middleware."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

from aiohttp import web

from commerce.database import Database
from commerce.demo import seed_demo_store
from commerce.unit_of_work import UnitOfWork
from payments.setup import setup_payments
from webhooks import health, home
from webhooks.api import setup_api
from webhooks.channels import setup_channels
from webhooks.conversation_setup import setup_conversation
from webhooks.errors import json_errors
from webhooks.import_jobs import import_jobs_ctx
from webhooks.keys import DATABASE, SETTINGS
from webhooks.scheduler import scheduler_ctx
from webhooks.settings import Settings

log = logging.getLogger("vyapar")
MAX_BODY_BYTES = 10 * 1024 * 1024  # spec §6.4


async def _database(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    db = Database.from_url(settings.database_url)
    await db.migrate()
    if settings.demo:
        async with UnitOfWork(db) as uow:
            store = await seed_demo_store(uow)
            await uow.commit()
        if store is not None:
            log.info("demo store seeded: %s (%s), owner phone %s", store.name, store.id, store.phone)
    app[DATABASE] = db
    log.info("database ready (%s)", db.dialect)
    yield
    await db.dispose()


def create_app(settings: Settings | None = None) -> web.Application:
    app = web.Application(middlewares=[json_errors], client_max_size=MAX_BODY_BYTES)
    app[SETTINGS] = settings or Settings.from_env()
    app.cleanup_ctx.append(_database)
    # Feature modules register routes, contexts and scheduled jobs here, each with one line.
    app.add_routes(health.routes)
    app.add_routes(home.routes)
    setup_payments(app)  # payments: routes, Razorpay webhook, gateway, expiry job
    setup_conversation(app)  # the bot: before the channels, which read it when they start
    setup_channels(app)  # WhatsApp, Telegram, web chat, owners' live feed (webhooks/channels)
    setup_api(app)  # the admin REST API under /api/v1 (webhooks/api)
    app.cleanup_ctx.append(import_jobs_ctx)  # bulk inventory imports run in the background
    app.cleanup_ctx.append(scheduler_ctx)  # last: jobs start once everything they use is up
    return app
