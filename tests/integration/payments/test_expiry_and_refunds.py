"""Unpaid orders expire (stock back once, links queued for cancellation); a late payment
re-reserves when stock allows, else is refunded; a cancelled paid order is refunded and
tracked to `refunded`; a failed payment leaves room for a new link or cash on delivery."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from commerce.database import Database
from commerce.inventory import set_stock
from commerce.payment_followups import claim_link_cancellations, claim_refunds, refund_sent
from commerce.payments import (
    apply_failed,
    apply_paid,
    apply_refund_processed,
    cancel_paid_order,
    choose_cash_on_delivery,
    prepare_new_link,
)
from commerce.tables import Order, Payment, StockMovement, utcnow
from commerce.unit_of_work import UnitOfWork
from locales import translator
from payments.jobs import expire_due_orders
from tests.integration.commerce._support import count, fetch, outbox, stock_of
from tests.integration.commerce.conftest import Shop
from tests.integration.payments.conftest import (CUSTOMER_WA, customer_speaks, failed, online_order, paid,
                                                 refunded, texts_to)


async def _run(db: Database, fn: object, notice: object) -> str:
    async with UnitOfWork(db) as uow:
        outcome: str = await fn(uow, notice)  # type: ignore[operator]
        await uow.commit()
    return outcome


async def test_expiry_gives_stock_back_exactly_once(shop: Shop, alerts: None) -> None:
    atta = shop.items["atta"]
    await customer_speaks(shop, "ta")  # a Tamil-speaking customer
    placed, payment = await online_order(shop, [("atta", 4)])
    assert (await stock_of(shop.db, atta))[atta] == 46
    assert await expire_due_orders(shop.db, now=utcnow(), expiry_minutes=15) == []  # not yet
    later = utcnow() + timedelta(minutes=16)
    results = await asyncio.gather(*[expire_due_orders(shop.db, now=later, expiry_minutes=15) for _ in range(4)])
    assert sum(len(r) for r in results) == 1
    assert (await stock_of(shop.db, atta))[atta] == 50
    assert await count(shop.db, StockMovement, StockMovement.order_id == placed.id, StockMovement.delta > 0) == 1
    order = await fetch(shop.db, Order, placed.id)
    assert (order.status, order.payment_status, order.stock_released) == ("cancelled", "failed", True)
    row = await fetch(shop.db, Payment, payment.id)
    assert (row.status, row.link_status) == ("expired", "cancel_requested")
    [expired] = await outbox(shop.db, "OrderExpired")
    assert expired.payload["expiry_minutes"] == 15 and expired.payload["order_number"] == placed.order_number
    async with UnitOfWork(shop.db) as uow:
        claimed = await claim_link_cancellations(uow)
        again = await claim_link_cancellations(uow)
        await uow.commit()
    assert [c.link_id for c in claimed] == [payment.link_id] and again == []
    # the customer is told once (four jobs raced), in Tamil
    told = translator("ta").t("payment.expired", order_number=placed.order_number)
    assert told != translator("en").t("payment.expired", order_number=placed.order_number)
    assert texts_to(await outbox(shop.db, "alert")) == [told]


async def test_late_payment_reserves_the_stock_again(shop: Shop) -> None:
    atta = shop.items["atta"]
    placed, payment = await online_order(shop, [("atta", 4)])
    await expire_due_orders(shop.db, now=utcnow() + timedelta(minutes=16), expiry_minutes=15)
    assert await _run(shop.db, apply_paid, paid(payment)) == "late_confirmed"
    order = await fetch(shop.db, Order, placed.id)
    assert (order.status, order.payment_status, order.stock_released) == ("confirmed", "completed", False)
    assert (await stock_of(shop.db, atta))[atta] == 46
    [captured] = await outbox(shop.db, "PaymentCaptured")
    assert captured.payload["late"] is True
    # a later cancel gives the stock back once more, and refunds
    async with UnitOfWork(shop.db) as uow:
        await cancel_paid_order(uow, placed.id, by="owner", reason="out of delivery range")
        await uow.commit()
    assert (await stock_of(shop.db, atta))[atta] == 50
    assert (await fetch(shop.db, Payment, payment.id)).refund_status == "requested"


async def test_late_payment_is_refunded_when_the_stock_has_gone(shop: Shop) -> None:
    salt = shop.items["salt"]
    placed, payment = await online_order(shop, [("salt", 6)])
    await expire_due_orders(shop.db, now=utcnow() + timedelta(minutes=16), expiry_minutes=15)
    async with UnitOfWork(shop.db) as uow:  # someone else bought it meanwhile
        await set_stock(uow, shop.store_id, salt, 2)
        await uow.commit()
    assert await _run(shop.db, apply_paid, paid(payment)) == "late_refund"
    assert (await stock_of(shop.db, salt))[salt] == 2
    order = await fetch(shop.db, Order, placed.id)
    assert (order.status, order.payment_status) == ("cancelled", "completed")
    row = await fetch(shop.db, Payment, payment.id)
    assert (row.status, row.refund_status) == ("refund_pending", "requested")
    [asked] = await outbox(shop.db, "RefundRequested")
    assert asked.payload["amount_paise"] == placed.total_paise
    assert await _run(shop.db, apply_refund_processed, refunded("pay_TEST0001", placed.total_paise)) == "refunded"
    assert (await fetch(shop.db, Order, placed.id)).payment_status == "refunded"


async def test_cancelled_paid_order_is_refunded_and_tracked(shop: Shop) -> None:
    placed, payment = await online_order(shop, [("maggi", 2)], method="card")
    await _run(shop.db, apply_paid, paid(payment, method="card", provider_payment_id="pay_CARD1"))
    async with UnitOfWork(shop.db) as uow:
        await cancel_paid_order(uow, placed.id, by="customer", reason="ordered by mistake",
                                customer_id=shop.customer_id)
        await uow.commit()
    async with UnitOfWork(shop.db) as uow:
        [to_send] = await claim_refunds(uow)
        assert await claim_refunds(uow) == []  # claimed once
        await refund_sent(uow, to_send.payment_id, refund_id="rfnd_X1", outcome="pending")
        await uow.commit()
    assert (to_send.provider_payment_id, to_send.amount_paise) == ("pay_CARD1", 2_800)
    notice = refunded("pay_CARD1", 2_800)
    assert await _run(shop.db, apply_refund_processed, notice) == "refunded"
    assert await _run(shop.db, apply_refund_processed, notice) == "duplicate_event"
    assert await _run(shop.db, apply_refund_processed, refunded("pay_CARD1", 2_800)) == "duplicate_refund"
    order = await fetch(shop.db, Order, placed.id)
    assert (order.status, order.payment_status) == ("cancelled", "refunded")
    assert (await fetch(shop.db, Payment, payment.id)).status == "refunded"
    assert len(await outbox(shop.db, "RefundProcessed")) == 1


async def test_failed_payment_then_new_link_or_cash(shop: Shop, alerts: None) -> None:
    await customer_speaks(shop, "mr")  # a Marathi-speaking customer
    placed, payment = await online_order(shop, [("atta", 1)])
    assert await _run(shop.db, apply_failed, failed(payment)) == "failed"
    assert (await fetch(shop.db, Order, placed.id)).payment_status == "failed"
    [told] = await outbox(shop.db, "PaymentFailed")
    assert told.payload["can_retry"] and told.payload["can_pay_cash"] and told.payload["amount_paise"] == 5_200
    # the customer is offered both ways out, in Marathi
    mr = translator("mr")
    [offer] = [r.payload for r in await outbox(shop.db, "alert") if r.payload["chat_id"] == CUSTOMER_WA]
    assert offer["text"] == mr.t("payment.failed", order_number=placed.order_number)
    assert offer["text"] != translator("en").t("payment.failed", order_number=placed.order_number)
    assert offer["buttons"] == [{"id": f"paylink:{placed.id}", "title": mr.t("button.new_link")},
                                {"id": f"paycod:{placed.id}", "title": mr.t("button.cod")}]
    async with UnitOfWork(shop.db) as uow:  # a new link is possible …
        order, attempt = await prepare_new_link(uow, placed.id)
        assert (order.payment_status, attempt) == ("pending", 2)
    async with UnitOfWork(shop.db) as uow:  # … or cash on delivery
        await choose_cash_on_delivery(uow, placed.id)
        await uow.commit()
    order = await fetch(shop.db, Order, placed.id)
    assert (order.status, order.payment_method, order.payment_status) == ("confirmed", "cod", "pending")
    row = await fetch(shop.db, Payment, payment.id)
    assert (row.status, row.link_status) == ("cancelled", "cancel_requested")
