"""A captured payment confirms its order exactly once: replays, concurrent duplicates and
the second event for the same payment (payment.captured after payment_link.paid) are no-ops."""

from __future__ import annotations

import asyncio

from commerce.database import Database
from commerce.payments import apply_paid
from commerce.tables import Order, OrderCommission, OrderEvent, Payment, PaymentEvent
from commerce.unit_of_work import UnitOfWork
from tests.integration.commerce._support import count, fetch, outbox, rows
from tests.integration.commerce.conftest import Shop
from tests.integration.payments.conftest import online_order, paid


async def _apply(db: Database, notice: object) -> str:
    async with UnitOfWork(db) as uow:
        outcome = await apply_paid(uow, notice)  # type: ignore[arg-type]
        await uow.commit()
    return outcome


async def test_paid_confirms_the_order_and_stores_commission(shop: Shop) -> None:
    placed, payment = await online_order(shop, [("atta", 2), ("maggi", 1)])  # 10400 + 1400
    assert placed.status == "pending" and placed.total_paise == 11_800
    assert await _apply(shop.db, paid(payment)) == "confirmed"

    order = await fetch(shop.db, Order, placed.id)
    assert (order.status, order.payment_status) == ("confirmed", "completed")
    row = await fetch(shop.db, Payment, payment.id)
    assert (row.status, row.provider_payment_id, row.amount_paid_paise, row.link_status) == (
        "paid", "pay_TEST0001", 11_800, "paid")
    commission = await fetch(shop.db, OrderCommission, placed.id)
    assert (commission.method, commission.gross_paise, commission.platform_fee_paise,
            commission.gateway_fee_paise, commission.cod_fee_paise, commission.net_paise) == (
        "upi", 11_800, 236, 0, 0, 11_564)
    [captured] = await outbox(shop.db, "PaymentCaptured")
    assert captured.payload == {
        "type": "PaymentCaptured", "store_id": shop.store_id, "order_id": placed.id,
        "order_number": placed.order_number, "customer_id": shop.customer_id, "payment_id": payment.id,
        "provider_payment_id": "pay_TEST0001", "amount_paise": 11_800, "method": "upi", "late": False,
        "language": "en"}
    [link_event] = await outbox(shop.db, "PaymentLinkCreated")
    assert link_event.payload["url"] == "https://rzp.io/i/test" and link_event.payload["expiry_minutes"] == 15


async def test_replayed_five_times_has_one_effect(shop: Shop) -> None:
    _, payment = await online_order(shop, [("atta", 1)], method="card")
    notice = paid(payment, method="card")
    outcomes = [await _apply(shop.db, notice) for _ in range(5)]
    assert outcomes == ["confirmed"] + ["duplicate_event"] * 4
    # the same payment reported again under another event id (payment.captured)
    again = paid(payment, method="card", event_type="payment.captured")
    assert await _apply(shop.db, again) == "duplicate_payment"
    assert len(await outbox(shop.db, "PaymentCaptured")) == 1
    assert await count(shop.db, OrderCommission) == 1
    assert await count(shop.db, OrderEvent, OrderEvent.field == "payment_status",
                       OrderEvent.to_value == "completed") == 1
    assert await count(shop.db, PaymentEvent) == 2
    commission = await fetch(shop.db, OrderCommission, payment.order_id)
    assert (commission.platform_fee_paise, commission.gateway_fee_paise) == (104, 104)  # 2% + 2% of 5200


async def test_concurrent_duplicates_have_one_effect(shop: Shop) -> None:
    _, payment = await online_order(shop, [("maggi", 3)])
    notice = paid(payment)
    captured = paid(payment, event_type="payment.captured")  # same payment, another event id
    outcomes = await asyncio.gather(*[_apply(shop.db, notice) for _ in range(5)], _apply(shop.db, captured))
    assert sorted(outcomes).count("confirmed") == 1
    assert set(outcomes) <= {"confirmed", "duplicate_event", "duplicate_payment"}
    assert len(await outbox(shop.db, "PaymentCaptured")) == 1
    assert len(await outbox(shop.db, "OrderStatusChanged")) == 1
    assert await count(shop.db, OrderCommission) == 1
    assert await count(shop.db, PaymentEvent) == 2


async def test_amount_mismatch_is_flagged_not_confirmed(shop: Shop) -> None:
    placed, payment = await online_order(shop, [("atta", 1)])
    assert await _apply(shop.db, paid(payment, amount=100)) == "flagged"
    order = await fetch(shop.db, Order, placed.id)
    assert (order.status, order.payment_status) == ("pending", "pending")
    assert (await fetch(shop.db, Payment, payment.id)).status == "flagged"
    [flag] = await outbox(shop.db, "PaymentFlagged")
    assert (flag.payload["expected_paise"], flag.payload["received_paise"]) == (5_200, 100)
    assert not await outbox(shop.db, "PaymentCaptured")
    assert await count(shop.db, OrderCommission) == 0
    [event] = await rows(shop.db, PaymentEvent)
    assert event.needs_review and event.outcome == "flagged"


async def test_a_payment_we_do_not_know_is_kept_for_review(shop: Shop) -> None:
    _, payment = await online_order(shop, [("salt", 1)])
    stranger = paid(payment, provider_payment_id="pay_STRANGER")
    stranger = type(stranger)(event_id="evt_stranger", event_type="payment.captured",
                              provider_payment_id="pay_STRANGER", amount_paise=999, method="upi",
                              lookup=type(stranger.lookup)(provider_payment_id="pay_STRANGER", order_id="ORD-NONE"))
    assert await _apply(shop.db, stranger) == "unknown_payment"
    [event] = await rows(shop.db, PaymentEvent)
    assert event.needs_review and event.outcome == "unknown_payment" and event.order_id is None
    assert (await fetch(shop.db, Payment, payment.id)).status == "created"
