"""A flagged payment (money received, amount does not match the order): the owner is told what
to check and the customer that it is being checked, in their languages; the order never
expires and takes no second payment; a person resolves it — accepted (the order is confirmed)
or refunded through the usual refund path."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.alerts import on_event
from commerce.database import Database
from commerce.errors import InvalidTransition
from commerce.payment_followups import claim_refunds
from commerce.payments import (
    apply_paid,
    apply_refund_processed,
    cancel_paid_order,
    choose_cash_on_delivery,
    prepare_new_link,
    refund_cancelled_paid_orders,
    resolve_flagged_payment,
)
from commerce.tables import ChatSession, Order, OrderCommission, Payment, utcnow
from commerce.unit_of_work import UnitOfWork
from locales import format_money, translator
from payments.jobs import expire_due_orders
from tests.integration.commerce._support import count, fetch, outbox, stock_of
from tests.integration.commerce.conftest import Shop
from tests.integration.payments.conftest import online_order, paid, refunded

CUSTOMER_WA = "919812345678"
OWNER_WA = "919876543210"


async def _flag(shop: Shop, *, amount: int = 100, lines: list[tuple[str, int]] | None = None,
                customer_locale: str | None = None) -> tuple[Order, Payment]:
    if customer_locale is not None:
        async with UnitOfWork(shop.db) as uow:
            uow.session.add(ChatSession(channel="whatsapp", sender_id=CUSTOMER_WA, role="customer",
                                        customer_id=shop.customer_id, locale=customer_locale, data={}))
            await uow.commit()
    placed, payment = await online_order(shop, lines or [("atta", 2)])  # 2 × 5200
    async with UnitOfWork(shop.db) as uow:
        assert await apply_paid(uow, paid(payment, amount=amount)) == "flagged"
        await uow.commit()
    return placed, payment


async def _resolve(db: Database, order_id: str, accept: bool) -> str:
    async with UnitOfWork(db) as uow:
        outcome = await resolve_flagged_payment(uow, order_id, accept)
        await uow.commit()
    return outcome


def _texts_to(rows: list[object], chat_id: str) -> list[str]:
    return [r.payload["text"] for r in rows if r.payload["chat_id"] == chat_id]  # type: ignore[attr-defined]


@pytest.fixture
def alerts(db: Database) -> None:
    db.event_handlers.append(on_event)


async def test_owner_and_customer_are_told_in_their_languages(shop: Shop, alerts: None) -> None:
    placed, _ = await _flag(shop, amount=100, customer_locale="ta")
    rows = await outbox(shop.db, "alert")
    owner = translator("hi_Latn").t("owner.payment.flagged", order_number=placed.order_number,
                                    received=format_money(100, "hi_Latn"), expected=format_money(10_400, "hi_Latn"))
    assert _texts_to(rows, OWNER_WA) == [owner]
    assert "₹1" in owner and "₹104" in owner and placed.order_number in owner
    assert _texts_to(rows, CUSTOMER_WA) == [translator("ta").t("payment.flagged", order_number=placed.order_number)]
    # outside WhatsApp's 24-hour window these go as the order_update template, with the order number
    assert {r.payload["template"] for r in rows} == {"order_update"}
    assert {tuple(r.payload["template_params"]) for r in rows} == {(placed.order_number,)}


async def test_a_flagged_order_never_expires_nor_is_told_expired(shop: Shop, alerts: None) -> None:
    atta = shop.items["atta"]
    placed, payment = await _flag(shop)
    for later in (timedelta(minutes=16), timedelta(days=3)):
        assert await expire_due_orders(shop.db, now=utcnow() + later, expiry_minutes=15) == []
    order = await fetch(shop.db, Order, placed.id)
    assert (order.status, order.payment_status, order.stock_released) == ("pending", "pending", False)
    assert (await stock_of(shop.db, atta))[atta] == 48  # still reserved for the order
    assert (await fetch(shop.db, Payment, payment.id)).status == "flagged"
    assert not await outbox(shop.db, "OrderExpired")
    expired_text = translator("en").t("payment.expired", order_number=placed.order_number)
    assert expired_text not in _texts_to(await outbox(shop.db, "alert"), CUSTOMER_WA)


async def test_no_second_payment_while_under_review(shop: Shop) -> None:
    placed, _ = await _flag(shop)
    for attempt in (prepare_new_link, choose_cash_on_delivery):
        async with UnitOfWork(shop.db) as uow:
            with pytest.raises(InvalidTransition):
                await attempt(uow, placed.id)


async def test_accepted_on_review_confirms_the_order(shop: Shop, alerts: None) -> None:
    placed, payment = await _flag(shop, amount=10_000)
    assert await _resolve(shop.db, placed.id, accept=True) == "confirmed"
    order = await fetch(shop.db, Order, placed.id)
    assert (order.status, order.payment_status) == ("confirmed", "completed")
    row = await fetch(shop.db, Payment, payment.id)
    assert (row.status, row.refund_status) == ("paid", None)
    [captured] = await outbox(shop.db, "PaymentCaptured")
    assert (captured.payload["amount_paise"], captured.payload["order_id"]) == (10_000, placed.id)
    assert await count(shop.db, OrderCommission) == 1
    customer_texts = _texts_to(await outbox(shop.db, "alert"), CUSTOMER_WA)
    assert translator("en").t("payment.received", amount=format_money(10_000, "en"),
                              order_number=placed.order_number) in customer_texts
    with pytest.raises(InvalidTransition):  # resolved once only
        await _resolve(shop.db, placed.id, accept=True)


async def test_refused_on_review_cancels_and_refunds_what_was_received(shop: Shop, alerts: None) -> None:
    atta = shop.items["atta"]
    placed, payment = await _flag(shop, amount=100)
    assert await _resolve(shop.db, placed.id, accept=False) == "refunded"
    order = await fetch(shop.db, Order, placed.id)
    assert (order.status, order.payment_status, order.stock_released) == ("cancelled", "completed", True)
    assert (await stock_of(shop.db, atta))[atta] == 50
    row = await fetch(shop.db, Payment, payment.id)
    assert (row.status, row.refund_status) == ("refund_pending", "requested")
    [requested] = await outbox(shop.db, "RefundRequested")
    assert requested.payload["amount_paise"] == 100
    async with UnitOfWork(shop.db) as uow:
        [refund] = await claim_refunds(uow)
        await uow.commit()
    assert (refund.provider_payment_id, refund.amount_paise) == ("pay_TEST0001", 100)
    async with UnitOfWork(shop.db) as uow:
        assert await apply_refund_processed(uow, refunded("pay_TEST0001", 100)) == "refunded"
        await uow.commit()
    order = await fetch(shop.db, Order, placed.id)
    assert order.payment_status == "refunded"
    with pytest.raises(InvalidTransition):
        await _resolve(shop.db, placed.id, accept=False)


async def test_a_flagged_order_cancelled_meanwhile_is_refunded(shop: Shop) -> None:
    placed, payment = await _flag(shop, amount=100)
    async with UnitOfWork(shop.db) as uow:
        await cancel_paid_order(uow, placed.id, by="customer")
        await uow.commit()
    async with UnitOfWork(shop.db) as uow:  # the payments job's sweep
        assert await refund_cancelled_paid_orders(uow) == 1
        await uow.commit()
    row = await fetch(shop.db, Payment, payment.id)
    assert (row.status, row.refund_status) == ("refund_pending", "requested")
    with pytest.raises(InvalidTransition):  # nothing left to review
        await _resolve(shop.db, placed.id, accept=True)
