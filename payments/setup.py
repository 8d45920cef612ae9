"""`setup_payments(app)`: one line in webhooks/app.py wires online payments in.

Which Razorpay:
- RAZORPAY_KEY_ID + RAZORPAY_KEY_SECRET (+ RAZORPAY_WEBHOOK_SECRET, required with them):
  the real API, or whatever RAZORPAY_API_URL names (e.g. a standalone fake server);
- no keys and --demo: the fake Razorpay mounted in-process under /fake-razorpay, so the
  whole flow runs offline with one command;
- no keys otherwise: online payment is off (cash on delivery only). A production server
  never falls back to a fake that would let anyone "pay"."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

from aiohttp import web

from payments.fake_razorpay import FakeRazorpay
from payments.followups import FollowUps
from payments.gateway import REAL_API_URL, GatewayConfig, RazorpayGateway
from payments.jobs import EVERY_S, payments_tick
from payments.keys import FAKE_RAZORPAY, FOLLOWUPS, GATEWAY, GATEWAY_CONFIG
from payments.routes import routes
from payments.webhook import razorpay_webhook
from webhooks.keys import DATABASE, SETTINGS
from webhooks.scheduler import ScheduledJob, schedule
from webhooks.settings import Settings

log = logging.getLogger("vyapar.payments")
FAKE_MOUNT = "/fake-razorpay"


def gateway_config(settings: Settings) -> GatewayConfig | None:
    if settings.razorpay_key_id and settings.razorpay_key_secret:
        if not settings.razorpay_webhook_secret:
            raise ValueError("RAZORPAY_WEBHOOK_SECRET is required with RAZORPAY_KEY_ID (webhooks must be verified)")
        return GatewayConfig(key_id=settings.razorpay_key_id, key_secret=settings.razorpay_key_secret,
                             webhook_secret=settings.razorpay_webhook_secret,
                             api_url=settings.razorpay_api_url or REAL_API_URL,
                             expiry_minutes=settings.payment_expiry_minutes)
    return None


def _mount_fake(app: web.Application, settings: Settings) -> GatewayConfig:
    local, public = settings.local_url, settings.public_url
    fake = FakeRazorpay(webhook_url=f"{local}/webhooks/razorpay", public_url=f"{public}{FAKE_MOUNT}")
    app.add_subapp(FAKE_MOUNT, fake.app())
    app[FAKE_RAZORPAY] = fake
    log.warning("no Razorpay keys: demo payments go through the fake Razorpay at %s%s", public, FAKE_MOUNT)
    return GatewayConfig(key_id=fake.key_id, key_secret=fake.key_secret, webhook_secret=fake.webhook_secret,
                         api_url=f"{local}{FAKE_MOUNT}", expiry_minutes=settings.payment_expiry_minutes)


def setup_payments(app: web.Application) -> None:
    settings = app[SETTINGS]
    app.add_routes(routes)
    app.router.add_post("/webhooks/razorpay", razorpay_webhook)
    config = gateway_config(settings)
    if config is None and settings.demo:
        config = _mount_fake(app, settings)
    schedule(app, ScheduledJob(name="payments", job=payments_tick, every_s=EVERY_S))
    if config is None:
        log.info("online payments off (no RAZORPAY_KEY_ID): cash on delivery only")
        return
    app[GATEWAY_CONFIG] = config

    async def gateway_ctx(app: web.Application) -> AsyncIterator[None]:
        gateway = RazorpayGateway(config)
        followups = FollowUps(app[DATABASE], gateway)
        app[GATEWAY] = gateway
        app[FOLLOWUPS] = followups
        if not app[SETTINGS].is_worker:  # provider follow-ups run once, in the web process
            followups.start()
        yield
        await followups.stop()
        gateway.close()

    app.cleanup_ctx.append(gateway_ctx)
