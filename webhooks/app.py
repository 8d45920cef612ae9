"""The aiohttp application, built by a factory: resources live in cleanup_ctx, shared state
under typed AppKeys, errors become JSON in one middleware."""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator

from aiohttp import web
from sqlalchemy import select

from commerce.database import Database
from commerce.accounts import setting_or_create
from commerce.demo import DEMO_STORE_CODE, seed_demo_store
from commerce.tables import Store
from commerce.unit_of_work import UnitOfWork
from payments.setup import setup_payments
from webhooks import health, home
from webhooks.api import setup_api
from webhooks.channels import setup_channels
from webhooks.conversation_setup import setup_conversation
from webhooks.errors import json_errors
from webhooks.import_jobs import import_jobs_ctx
from webhooks.keys import DATABASE, JWT_SECRET, SETTINGS
from webhooks.scheduler import scheduler_ctx
from webhooks.settings import Settings
from webhooks.worker_processes import worker_processes_ctx
from webhooks.tokens import Claims, issue_token, new_secret

log = logging.getLogger("vyapar")
MAX_BODY_BYTES = 10 * 1024 * 1024  # spec §6.4


async def _database(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    db = Database.from_url(settings.database_url, shared_lock=settings.workers > 0 or settings.is_worker)
    await db.migrate()
    if settings.demo:
        async with UnitOfWork(db) as uow:
            store = await seed_demo_store(uow)
            await uow.commit()
        if store is not None:
            log.info("demo store seeded: %s (%s), owner phone %s", store.name, store.id, store.phone)
    app[DATABASE] = db
    log.info("database ready (%s)", db.dialect)
    secret = await jwt_secret(settings, db)
    if secret is not None:
        app[JWT_SECRET] = secret
        if settings.demo and not settings.is_worker:
            await _log_owner_link(settings, db, secret)
    yield
    await db.dispose()


DEMO_SECRET_KEY = "jwt_secret"  # platform_settings row holding the demo's generated secret


async def jwt_secret(settings: Settings, db: Database) -> str | None:
    """JWT_SECRET; in the demo without it, one generated per database and kept there. The
    same secret signs API tokens and the owners' feed / web chat tokens."""
    if settings.jwt_secret:
        return settings.jwt_secret
    if not settings.demo:
        return None
    async with UnitOfWork(db) as uow:
        secret, created = await setting_or_create(uow, DEMO_SECRET_KEY, new_secret())
        await uow.commit()
    log.warning("demo: %s JWT secret stored in this database (platform_settings); set JWT_SECRET "
                "for anything but a demo", "generated a new" if created else "using the")
    return secret


async def _log_owner_link(settings: Settings, db: Database, secret: str) -> None:
    """The demo owner's page, signed in: the way to watch orders arrive without an OTP."""
    async with UnitOfWork(db, write=False) as uow:
        store = await uow.session.scalar(select(Store).where(Store.code == DEMO_STORE_CODE))
    if store is None:
        return
    token = issue_token(secret, Claims(subject=store.phone, role="store_owner", store_id=store.id, phone=store.phone))
    log.info("demo owner page (live orders as they come): %s/owner?token=%s", settings.public_url, token)


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
    app.cleanup_ctx.append(scheduler_ctx)  # jobs start once everything they use is up
    app.cleanup_ctx.append(worker_processes_ctx)  # last: `--workers N` conversation processes
    app.on_startup.append(_freeze_startup_objects)
    return app


async def _freeze_startup_objects(_app: web.Application) -> None:
    """Everything built at start (schema, catalog indexes, translations) lives as long as the
    process: move it out of the garbage collector's sight, so a full collection under load
    does not walk it (a pause that would delay acks)."""
    gc.collect()
    gc.freeze()
