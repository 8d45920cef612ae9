"""GET /webhooks/whatsapp answers Meta's verification; POST verifies X-Hub-Signature-256 over
the raw body, records the messages (and delivery receipts) and answers 200 before the
conversation runs."""

from __future__ import annotations

import hmac
import logging

from aiohttp import web

from bot.channels.whatsapp import SIGNATURE_HEADER, parse_update, signature_ok
from webhooks.channels.bodies import json_body, read_limited
from webhooks.channels.runtime import RUNTIME
from webhooks.keys import SETTINGS

log = logging.getLogger("vyapar.whatsapp")
routes = web.RouteTableDef()
MAX_WEBHOOK_BYTES = 512 * 1024  # Meta's notifications are a few KB; batches stay far below this


@routes.get("/webhooks/whatsapp")
async def verify_subscription(request: web.Request) -> web.Response:
    expected = request.app[SETTINGS].whatsapp_verify_token
    given = request.query.get("hub.verify_token", "")
    challenge = request.query.get("hub.challenge", "")
    if (request.query.get("hub.mode") == "subscribe" and expected and challenge
            and hmac.compare_digest(given.encode(), expected.encode())):
        return web.Response(text=challenge)
    raise web.HTTPForbidden(reason="Verification token mismatch")


@routes.post("/webhooks/whatsapp")
async def receive(request: web.Request) -> web.Response:
    runtime, settings = request.app[RUNTIME], request.app[SETTINGS]
    if runtime.whatsapp is None or not settings.whatsapp_app_secret:
        raise web.HTTPNotFound(reason="The WhatsApp channel is off")
    signature = request.headers.get(SIGNATURE_HEADER)
    if not signature:
        raise web.HTTPUnauthorized(reason="Missing X-Hub-Signature-256")
    raw = await read_limited(request, MAX_WEBHOOK_BYTES)
    if not signature_ok(settings.whatsapp_app_secret, raw, signature):
        raise web.HTTPForbidden(reason="Bad signature")
    update = parse_update(json_body(raw))
    if update.ignored:
        log.info("ignored %d WhatsApp message(s) of a type we do not take", update.ignored)
    try:
        new = await runtime.writer.record(update.messages, update.receipts)
    except Exception as exc:  # not recorded: the provider must redeliver
        raise web.HTTPServiceUnavailable(reason="Could not record the update; please redeliver") from exc
    return web.json_response({"ok": True, "recorded": sum(new)})
