"""POST /webhooks/razorpay: verify the signature over the raw body (missing or wrong → 400,
nothing processed), record the event once by `x-razorpay-event-id`, apply it in one unit of
work, answer 2xx. Unknown events and events for payments we do not know are acknowledged
and kept for review (payment_events.needs_review) rather than left to be retried."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from typing import Any

from aiohttp import web

from commerce.payments import apply_failed, apply_paid, apply_refund_processed, record_unhandled_event
from commerce.unit_of_work import UnitOfWork
from payments.keys import FOLLOWUPS, GATEWAY_CONFIG
from payments.razorpay_events import PAID_EVENTS, UnreadableEvent, failed_notice, paid_notice, refund_notice
from webhooks.errors import error_response
from webhooks.keys import DATABASE

log = logging.getLogger("vyapar.payments")
SIGNATURE_HEADER = "X-Razorpay-Signature"
EVENT_ID_HEADER = "X-Razorpay-Event-Id"


def signature_ok(body: bytes, signature: str | None, secret: str) -> bool:
    """HMAC-SHA256 hex of the raw body under the webhook secret, compared in constant time."""
    if not signature or not secret:
        return False
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature.strip())


async def _apply(uow: UnitOfWork, event_id: str, body: dict[str, Any]) -> str:
    event = str(body.get("event") or "")
    try:
        if event in PAID_EVENTS:
            return await apply_paid(uow, paid_notice(event_id, body))
        if event == "payment.failed":
            return await apply_failed(uow, failed_notice(event_id, body))
        if event == "refund.processed":
            return await apply_refund_processed(uow, refund_notice(event_id, body))
    except UnreadableEvent as exc:
        log.warning("razorpay %s %s unreadable: %s", event, event_id, exc)
        recorded = await record_unhandled_event(uow, event_id, event or "unknown", body, outcome="unreadable")
        return "unreadable" if recorded else "duplicate_event"
    recorded = await record_unhandled_event(uow, event_id, event or "unknown", body)
    return "unhandled_event" if recorded else "duplicate_event"


async def razorpay_webhook(request: web.Request) -> web.Response:
    config = request.app.get(GATEWAY_CONFIG)
    if config is None:
        return error_response(404, "online payments are not configured", "PAYMENTS_OFF")
    raw = await request.read()
    if not signature_ok(raw, request.headers.get(SIGNATURE_HEADER), config.webhook_secret):
        log.warning("razorpay webhook with a missing or wrong signature from %s", request.remote)
        return error_response(400, "invalid webhook signature", "BAD_SIGNATURE")
    try:
        body = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return error_response(400, "webhook body is not JSON", "BAD_JSON")
    if not isinstance(body, dict):
        return error_response(400, "webhook body is not a JSON object", "BAD_JSON")
    # Razorpay always sends the event id; without it, the body's digest stands in (replays still dedupe).
    event_id = request.headers.get(EVENT_ID_HEADER) or "sha256:" + hashlib.sha256(raw).hexdigest()
    async with UnitOfWork(request.app[DATABASE]) as uow:
        outcome = await _apply(uow, event_id, body)
        await uow.commit()
    log.info("razorpay %s %s → %s", body.get("event"), event_id, outcome)
    followups = request.app.get(FOLLOWUPS)
    if followups is not None:
        followups.kick()  # cancel links, send refunds: after the commit, off this request
    return web.json_response({"status": "ok", "outcome": outcome})
