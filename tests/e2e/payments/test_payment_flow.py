"""The whole flow over HTTP: checkout with UPI → link created through the real razorpay SDK
on the fake server → paid → signed webhooks → order confirmed, payment completed, commission
stored, events in the outbox; plus signatures, replays, unknown events, expiry, late
payment and refunds, all through the fake."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import timedelta

from commerce.payments import cancel_paid_order
from commerce.tables import ChatSession, Order, OrderCommission, Payment, PaymentEvent, StockMovement, utcnow
from commerce.unit_of_work import UnitOfWork
from locales import format_money, translator
from payments.jobs import expire_due_orders
from payments.start import start_payment
from tests.e2e.payments.conftest import WEBHOOK_SECRET, Rig, eventually
from tests.integration.commerce._support import count, fetch, outbox, rows, stock_of

CUSTOMER_WA = "919812345678"  # the rig's customer on WhatsApp


async def _customer_speaks(rig: Rig, locale: str) -> None:
    """The customer has chatted in `locale`: their chat session remembers it."""
    async with UnitOfWork(rig.db) as uow:
        uow.session.add(ChatSession(channel="whatsapp", sender_id=CUSTOMER_WA, role="customer",
                                    customer_id=rig.shop.customer_id, store_id=rig.shop.store_id, locale=locale,
                                    data={}))
        await uow.commit()


async def _told_customer(rig: Rig) -> list[str]:
    return [r.payload["text"] for r in await outbox(rig.db, "alert") if r.payload["chat_id"] == CUSTOMER_WA]


async def test_checkout_pay_confirm(rig: Rig) -> None:
    await _customer_speaks(rig, "te")  # a Telugu-speaking customer
    order, link = await rig.checkout([("atta", 2), ("maggi", 1)])
    assert link.amount_paise == order.total_paise == 11_800 and link.expiry_minutes == 15
    payment = await fetch(rig.db, Payment, link.payment_id)
    created = rig.fake.links[payment.link_id]
    assert (created["amount"], created["currency"], created["reference_id"]) == (11_800, "INR", order.id)
    assert created["notify"] == {"sms": False, "email": False}
    assert created["customer"]["contact"] == "+919812345678" and created["notes"]["order_id"] == order.id
    assert created["expire_by"] >= int(link.expires_at.timestamp())
    assert link.url == created["short_url"] and link.url.endswith(f"/pay/{payment.link_id}")
    [told] = await outbox(rig.db, "PaymentLinkCreated")
    assert told.payload["url"] == link.url and told.payload["order_number"] == order.order_number

    page = await rig.client.session.get(link.url)
    assert page.status == 200 and "Pay by UPI" in await page.text()
    result = await rig.pay(payment.link_id, method="upi")
    assert [(d["event"], d["status"]) for d in result["deliveries"]] == [
        ("payment.captured", 200), ("payment_link.paid", 200)]

    placed = await fetch(rig.db, Order, order.id)
    assert (placed.status, placed.payment_status) == ("confirmed", "completed")
    paid = await fetch(rig.db, Payment, link.payment_id)
    assert (paid.status, paid.provider_payment_id, paid.paid_method) == ("paid", result["payment_id"], "upi")
    commission = await fetch(rig.db, OrderCommission, order.id)
    assert (commission.platform_fee_paise, commission.gateway_fee_paise, commission.net_paise) == (236, 0, 11_564)
    assert len(await outbox(rig.db, "PaymentCaptured")) == 1
    events = {e.event_type: e.outcome for e in await rows(rig.db, PaymentEvent)}
    assert events == {"payment.captured": "confirmed", "payment_link.paid": "duplicate_payment"}
    # the customer hears of it once (two webhooks came), in Telugu
    received = translator("te").t("payment.received", amount=format_money(11_800, "te"),
                                  order_number=order.order_number)
    assert received != translator("en").t("payment.received", amount=format_money(11_800, "en"),
                                          order_number=order.order_number)
    assert await _told_customer(rig) == [received]


async def test_signature_missing_or_wrong_is_400_and_changes_nothing(rig: Rig) -> None:
    order, link = await rig.checkout([("salt", 1)])
    payment = await fetch(rig.db, Payment, link.payment_id)
    rig.fake.webhook_url = None  # record, do not deliver
    result = await rig.pay(payment.link_id)
    delivery = rig.fake.deliveries[-1]
    url = "/webhooks/razorpay"
    headers = {"Content-Type": "application/json", "X-Razorpay-Event-Id": delivery.event_id}
    missing = await rig.client.post(url, data=delivery.body, headers=headers)
    wrong = await rig.client.post(url, data=delivery.body, headers={**headers, "X-Razorpay-Signature": "0" * 64})
    other_key = hmac.new(b"not-the-secret", delivery.body, hashlib.sha256).hexdigest()
    forged = await rig.client.post(url, data=delivery.body, headers={**headers, "X-Razorpay-Signature": other_key})
    tampered = await rig.client.post(url, data=delivery.body.replace(b'"amount": 2800', b'"amount": 2801'),
                                     headers={**headers, "X-Razorpay-Signature": delivery.signature})
    for response in (missing, wrong, forged, tampered):
        assert response.status == 400 and (await response.json())["error_code"] == "BAD_SIGNATURE"
    assert await count(rig.db, PaymentEvent) == 0
    assert (await fetch(rig.db, Order, order.id)).status == "pending"

    # the genuine delivery, replayed five times: one effect
    signed = {**headers, "X-Razorpay-Signature": delivery.signature}
    for _ in range(5):
        response = await rig.client.post(url, data=delivery.body, headers=signed)
        assert response.status == 200
    assert (await fetch(rig.db, Order, order.id)).status == "confirmed"
    assert await count(rig.db, PaymentEvent) == 1 and len(await outbox(rig.db, "PaymentCaptured")) == 1
    assert result["payment_id"] == (await fetch(rig.db, Payment, link.payment_id)).provider_payment_id


async def test_unknown_event_is_acknowledged_and_recorded(rig: Rig) -> None:
    body = json.dumps({"entity": "event", "event": "payment.dispute.created", "payload": {}}).encode()
    signature = hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    response = await rig.client.post("/webhooks/razorpay", data=body, headers={
        "X-Razorpay-Signature": signature, "X-Razorpay-Event-Id": "evt_dispute_1"})
    assert response.status == 200 and (await response.json())["outcome"] == "unhandled_event"
    [event] = await rows(rig.db, PaymentEvent)
    assert (event.event_type, event.needs_review, event.provider_event_id) == (
        "payment.dispute.created", True, "evt_dispute_1")


async def test_expiry_cancels_the_link_on_the_fake(rig: Rig) -> None:
    await _customer_speaks(rig, "bn")  # a Bengali-speaking customer
    order, link = await rig.checkout([("atta", 5)])
    atta = rig.shop.items["atta"]
    assert (await stock_of(rig.db, atta))[atta] == 45
    later = utcnow() + timedelta(minutes=16)
    assert await expire_due_orders(rig.db, now=later, expiry_minutes=15) == [order.id]
    assert await expire_due_orders(rig.db, now=later, expiry_minutes=15) == []  # the next tick: nothing again
    await rig.followups.run_once()
    payment = await fetch(rig.db, Payment, link.payment_id)
    assert rig.fake.links[payment.link_id]["status"] == "cancelled"
    assert payment.link_status == "cancelled"
    assert (await stock_of(rig.db, atta))[atta] == 50
    assert await count(rig.db, StockMovement, StockMovement.order_id == order.id, StockMovement.delta > 0) == 1
    assert (await fetch(rig.db, Order, order.id)).status == "cancelled"
    told = translator("bn").t("payment.expired", order_number=order.order_number)
    assert told != translator("en").t("payment.expired", order_number=order.order_number)
    assert await _told_customer(rig) == [told]  # told once, in Bengali


async def test_late_payment_on_the_fake_is_confirmed_when_stock_allows(rig: Rig) -> None:
    order, link = await rig.checkout([("maggi", 2)])
    await expire_due_orders(rig.db, now=utcnow() + timedelta(minutes=16), expiry_minutes=15)
    payment = await fetch(rig.db, Payment, link.payment_id)
    await rig.pay(payment.link_id, force=True)  # the payment was in flight when the order expired
    placed = await fetch(rig.db, Order, order.id)
    assert (placed.status, placed.payment_status) == ("confirmed", "completed")
    [captured] = await outbox(rig.db, "PaymentCaptured")
    assert captured.payload["late"] is True


async def test_cancelled_paid_order_is_refunded_through_the_fake(rig: Rig) -> None:
    order, link = await rig.checkout([("atta", 1)], method="card")
    payment = await fetch(rig.db, Payment, link.payment_id)
    paid = await rig.pay(payment.link_id, method="card")
    async with UnitOfWork(rig.db) as uow:
        await cancel_paid_order(uow, order.id, by="owner", reason="no delivery today", store_id=rig.shop.store_id)
        await uow.commit()
    report = await rig.followups.run_once()
    assert report.refunds_sent == 1
    assert rig.fake.payments[paid["payment_id"]]["amount_refunded"] == 5_200

    async def refunded() -> bool:
        return (await fetch(rig.db, Order, order.id)).payment_status == "refunded"

    await eventually(refunded)  # refund.processed arrives signed from the fake
    row = await fetch(rig.db, Payment, link.payment_id)
    assert (row.status, row.refund_status) == ("refunded", "processed") and row.refund_id in rig.fake.refunds
    assert len(await outbox(rig.db, "RefundProcessed")) == 1
    assert (await rig.followups.run_once()).refunds_sent == 0  # nothing sent twice


async def test_failed_payment_on_the_fake(rig: Rig) -> None:
    order, link = await rig.checkout([("salt", 1)])
    payment = await fetch(rig.db, Payment, link.payment_id)
    result = await rig.pay(payment.link_id, fail=True)
    assert [d["event"] for d in result["deliveries"]] == ["payment.failed"]
    assert (await fetch(rig.db, Order, order.id)).payment_status == "failed"
    [told] = await outbox(rig.db, "PaymentFailed")
    assert told.payload["can_pay_cash"] is True
    # a new link: the provider reference stays unique
    second = await start_payment(rig.client.app, rig.db, order.id)
    new_payment = await fetch(rig.db, Payment, second.payment_id)
    assert rig.fake.links[new_payment.link_id]["reference_id"] == f"{order.id}.2"
    assert (await fetch(rig.db, Payment, link.payment_id)).link_status == "cancel_requested"
    await rig.pay(new_payment.link_id)
    assert (await fetch(rig.db, Order, order.id)).status == "confirmed"
