"""POST /webhooks/razorpay at its edges, over HTTP: concurrent duplicate deliveries, a delivery
without the event id header, unreadable payloads, and events for links, orders or payments we
do not know — each acknowledged (2xx), with exactly one effect or kept for review."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from typing import Any

from commerce.tables import Order, OrderCommission, Payment, PaymentEvent
from tests.e2e.payments.conftest import WEBHOOK_SECRET, Rig
from tests.integration.commerce._support import count, fetch, outbox, rows

URL = "/webhooks/razorpay"


def _signed(body: bytes, event_id: str | None) -> dict[str, str]:
    headers = {"Content-Type": "application/json",
               "X-Razorpay-Signature": hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()}
    if event_id is not None:
        headers["X-Razorpay-Event-Id"] = event_id
    return headers


async def _post(rig: Rig, body: bytes, event_id: str | None) -> tuple[int, str]:
    response = await rig.client.post(URL, data=body, headers=_signed(body, event_id))
    return response.status, (await response.json()).get("outcome", "")


async def _deliveries(rig: Rig, lines: list[tuple[str, int]]) -> tuple[Order, Any]:
    """Check out, pay on the fake with webhooks recorded but not delivered."""
    order, link = await rig.checkout(lines)
    rig.fake.webhook_url = None
    payment = await fetch(rig.db, Payment, link.payment_id)
    await rig.pay(payment.link_id)
    return order, rig.fake.deliveries[-2:]  # payment.captured, payment_link.paid


async def test_concurrent_duplicate_deliveries_have_one_effect(rig: Rig) -> None:
    order, (captured, link_paid) = await _deliveries(rig, [("atta", 3)])
    sends = [_post(rig, d.body, d.event_id) for d in (captured, link_paid) for _ in range(4)]
    results = await asyncio.gather(*sends)
    assert all(status == 200 for status, _ in results)
    outcomes = sorted(outcome for _, outcome in results)
    assert outcomes.count("confirmed") == 1 and outcomes.count("duplicate_payment") == 1
    assert outcomes.count("duplicate_event") == 6
    placed = await fetch(rig.db, Order, order.id)
    assert (placed.status, placed.payment_status) == ("confirmed", "completed")
    assert len(await outbox(rig.db, "PaymentCaptured")) == 1
    assert await count(rig.db, OrderCommission) == 1 and await count(rig.db, PaymentEvent) == 2


async def test_without_the_event_id_header_a_replay_still_dedupes(rig: Rig) -> None:
    order, (_, link_paid) = await _deliveries(rig, [("salt", 1)])
    assert await _post(rig, link_paid.body, None) == (200, "confirmed")
    assert await _post(rig, link_paid.body, None) == (200, "duplicate_event")
    [event] = await rows(rig.db, PaymentEvent)
    assert event.provider_event_id == "sha256:" + hashlib.sha256(link_paid.body).hexdigest()
    assert (await fetch(rig.db, Order, order.id)).status == "confirmed"
    assert len(await outbox(rig.db, "PaymentCaptured")) == 1


async def test_an_unreadable_payload_is_acknowledged_and_kept_for_review(rig: Rig) -> None:
    body = json.dumps({"entity": "event", "event": "payment_link.paid", "payload": {"payment": {}}}).encode()
    assert await _post(rig, body, "evt_unreadable_1") == (200, "unreadable")
    assert await _post(rig, body, "evt_unreadable_1") == (200, "duplicate_event")
    [event] = await rows(rig.db, PaymentEvent)
    assert (event.event_type, event.outcome, event.needs_review) == ("payment_link.paid", "unreadable", True)
    not_json = b"{not json"
    response = await rig.client.post(URL, data=not_json, headers=_signed(not_json, "evt_not_json"))
    assert response.status == 400 and await count(rig.db, PaymentEvent) == 1


async def test_events_for_what_we_do_not_know_are_acknowledged_for_review(rig: Rig) -> None:
    order, (_, link_paid) = await _deliveries(rig, [("maggi", 2)])
    stranger = json.loads(link_paid.body)
    link, payment = stranger["payload"]["payment_link"]["entity"], stranger["payload"]["payment"]["entity"]
    link.update(id="plink_NotOurs000001", reference_id="ORD-NOT-OURS", notes={"order_id": "ORD-NOT-OURS"})
    payment.update(id="pay_NotOurs0000001", order_id="order_NotOurs00001", notes={"order_id": "ORD-NOT-OURS"})
    refund = {"entity": "event", "event": "refund.processed", "payload": {
        "refund": {"entity": {"id": "rfnd_NotOurs000001", "payment_id": "pay_NotOurs0000002", "amount": 100}}}}
    assert await _post(rig, json.dumps(stranger).encode(), "evt_unknown_link") == (200, "unknown_payment")
    assert await _post(rig, json.dumps(refund).encode(), "evt_unknown_refund") == (200, "unknown_payment")
    events = {e.provider_event_id: (e.outcome, e.needs_review, e.order_id) for e in await rows(rig.db, PaymentEvent)}
    assert events == {"evt_unknown_link": ("unknown_payment", True, None),
                      "evt_unknown_refund": ("unknown_payment", True, None)}
    placed = await fetch(rig.db, Order, order.id)  # our own order is untouched
    assert (placed.status, placed.payment_status) == ("pending", "pending")
    assert not await outbox(rig.db, "PaymentCaptured")
