"""Checkout: totals, the order, stock reservation (all or none), order numbers, the
OrderPlaced event in the same commit, and every reason an order is refused."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from commerce.carts import add_to_cart, view_cart
from commerce.checkout import place_order, quote_cart
from commerce.database import Database
from commerce.errors import CartEmpty, InvalidInput, MinimumOrderNotMet, OutOfStock, StoreUnavailable
from commerce.inventory import set_active, set_stock
from commerce.stores import StoreSettings, set_open, set_status, update_settings
from commerce.tables import Cart, CartLine, Order, OrderEvent, OrderLine, Store, StockMovement, utcnow
from commerce.unit_of_work import UnitOfWork

from ._support import ADDRESS, INDIA, count, fetch, outbox, rows, stock_of
from .conftest import Shop, make_shop


async def settings(shop: Shop, **values: object) -> None:
    async with UnitOfWork(shop.db) as uow:
        await update_settings(uow, shop.store_id, StoreSettings(**values))  # type: ignore[arg-type]
        await uow.commit()


async def fill(shop: Shop, lines: dict[str, int]) -> None:
    async with UnitOfWork(shop.db) as uow:
        for name, quantity in lines.items():
            await add_to_cart(uow, shop.customer_id, shop.store_id, shop.items[name], quantity)
        await uow.commit()


async def checkout(shop: Shop, payment_method: str = "cod", **extra: object) -> Order:
    async with UnitOfWork(shop.db) as uow:
        placed = await place_order(uow, customer_id=shop.customer_id, store_id=shop.store_id,
                                   payment_method=payment_method, delivery_address=ADDRESS, channel="whatsapp",
                                   **extra)  # type: ignore[arg-type]
        await uow.commit()
    return placed


async def cart_lines(shop: Shop) -> dict[str, int]:
    async with UnitOfWork(shop.db, write=False) as uow:
        cart = await view_cart(uow, shop.customer_id, shop.store_id)
        return {line.name: line.quantity for line in cart.lines}


# --- totals -------------------------------------------------------------------------------


async def test_totals_with_tax_and_delivery_fee(db: Database) -> None:
    shop = await make_shop(db, {"dal": (1045, 100), "atta": (5200, 50)})
    await settings(shop, tax_rate_bp=1800, delivery_fee_paise=2000, free_delivery_above_paise=30000)
    await fill(shop, {"dal": 5, "atta": 1})  # 5 × 10.45 + 52.00 = ₹104.25
    async with UnitOfWork(db, write=False) as uow:
        _, quote = await quote_cart(uow, shop.customer_id, shop.store_id)
    # 18 % of 10425 = 1876.5 → rounds half up to 1877
    assert (quote.subtotal_paise, quote.tax_paise, quote.delivery_fee_paise, quote.total_paise) == (
        10425, 1877, 2000, 14302)
    placed = await checkout(shop)
    saved = await fetch(db, Order, placed.id)
    assert (saved.subtotal_paise, saved.tax_paise, saved.delivery_fee_paise, saved.total_paise) == (
        10425, 1877, 2000, 14302)
    lines = {line.name: line for line in await rows(db, OrderLine, OrderLine.order_id == placed.id)}
    assert (lines["Dal"].quantity, lines["Dal"].unit_price_paise, lines["Dal"].line_total_paise,
            lines["Dal"].size_text) == (5, 1045, 5225, "1 kg")
    assert (lines["Atta"].quantity, lines["Atta"].line_total_paise) == (1, 5200)
    assert (saved.delivery_address, saved.customer_name, saved.customer_phone, saved.channel, saved.language) == (
        ADDRESS, "Ravi", "+919812345678", "whatsapp", "en")


TAX_CASES = {  # item: (price, quantity, tax basis points, expected tax)
    "a": (1001, 1, 1800, 180),  # 180.18 rounds down
    "b": (1025, 1, 1800, 185),  # 184.5 rounds half up
    "c": (1003, 1, 500, 50),  # 50.15
    "d": (999, 3, 1200, 360),  # 2997 × 12 % = 359.64
    "e": (5200, 2, 0, 0),  # prices include GST
}


async def test_tax_rounding(db: Database) -> None:
    shop = await make_shop(db, {name: (price, 10) for name, (price, *_) in TAX_CASES.items()})
    for name, (price, quantity, tax_bp, tax) in TAX_CASES.items():
        await settings(shop, tax_rate_bp=tax_bp)
        await fill(shop, {name: quantity})
        placed = await checkout(shop)
        assert (placed.subtotal_paise, placed.tax_paise, placed.total_paise) == (
            price * quantity, tax, price * quantity + tax), name


async def test_delivery_fee_is_waived_above_the_threshold(db: Database) -> None:
    shop = await make_shop(db, {"small": (29999, 10), "big": (30001, 10)})
    await settings(shop, delivery_fee_paise=2500, free_delivery_above_paise=30000)
    await fill(shop, {"small": 1})
    below = await checkout(shop)
    await fill(shop, {"big": 1})
    above = await checkout(shop)
    assert (below.delivery_fee_paise, below.total_paise) == (2500, 32499)
    assert (above.delivery_fee_paise, above.total_paise) == (0, 30001)
    await settings(shop, free_delivery_above_paise=0)  # no threshold: always charged
    await fill(shop, {"big": 2})
    assert (await checkout(shop)).delivery_fee_paise == 2500


async def test_minimum_order_not_met(shop: Shop) -> None:
    await settings(shop, min_order_paise=10000)
    await fill(shop, {"atta": 1, "maggi": 1})  # 6600
    async with UnitOfWork(shop.db) as uow:
        with pytest.raises(MinimumOrderNotMet) as caught:
            await place_order(uow, customer_id=shop.customer_id, store_id=shop.store_id, payment_method="cod",
                              delivery_address=ADDRESS, channel="whatsapp")
    assert (caught.value.minimum_paise, caught.value.subtotal_paise) == (10000, 6600)
    assert await count(shop.db, Order) == 0
    assert await stock_of(shop.db, shop.items["atta"]) == {shop.items["atta"]: 50}
    assert await cart_lines(shop) == {"Atta": 1, "Maggi": 1}
    await fill(shop, {"salt": 2})  # 12200: enough now
    assert (await checkout(shop)).subtotal_paise == 12200


# --- the order ----------------------------------------------------------------------------


async def test_cash_on_delivery_is_confirmed_with_payment_pending(shop: Shop) -> None:
    await fill(shop, {"atta": 2})
    placed = await checkout(shop, "cod")
    saved = await fetch(shop.db, Order, placed.id)
    assert (saved.status, saved.payment_status, saved.payment_method) == ("confirmed", "pending", "cod")
    [event] = await rows(shop.db, OrderEvent, OrderEvent.order_id == placed.id)
    assert (event.field, event.from_value, event.to_value, event.actor) == (
        "status", None, "confirmed", f"customer:{shop.customer_id}")


async def test_prepaid_orders_stay_pending(shop: Shop) -> None:
    for method, stock_after in (("upi", 48), ("card", 46)):
        await fill(shop, {"atta": 2})
        placed = await checkout(shop, method)
        saved = await fetch(shop.db, Order, placed.id)
        assert (saved.status, saved.payment_status, saved.payment_method) == ("pending", "pending", method)
        assert await stock_of(shop.db, shop.items["atta"]) == {shop.items["atta"]: stock_after}  # reserved unpaid


async def test_stock_is_reduced_by_exactly_the_ordered_quantities_and_cart_emptied(shop: Shop) -> None:
    await fill(shop, {"atta": 3, "maggi": 30})
    placed = await checkout(shop)
    assert await stock_of(shop.db, *shop.items.values()) == {
        shop.items["atta"]: 47, shop.items["maggi"]: 0, shop.items["salt"]: 10}
    moved = await rows(shop.db, StockMovement, StockMovement.reason == "order")
    assert sorted((m.item_id, m.delta, m.stock_after, m.order_id) for m in moved) == sorted([
        (shop.items["atta"], -3, 47, placed.id), (shop.items["maggi"], -30, 0, placed.id)])
    assert await cart_lines(shop) == {}  # the cart is emptied
    assert await count(shop.db, CartLine) == 0
    assert await count(shop.db, Cart) == 0


async def test_order_numbers_run_per_store(db: Database) -> None:
    first_shop = await make_shop(db)
    second_shop = await make_shop(db)
    numbers = []
    for shop in (first_shop, first_shop, second_shop, first_shop):
        await fill(shop, {"maggi": 1})
        numbers.append((await checkout(shop)).order_number)
    assert numbers == ["A1001", "A1002", "A1001", "A1003"]
    assert (await fetch(db, Store, first_shop.store_id)).order_seq == 3


async def test_order_placed_event_is_written_in_the_same_commit(shop: Shop) -> None:
    await fill(shop, {"atta": 2})
    async with UnitOfWork(shop.db) as uow:
        placed = await place_order(uow, customer_id=shop.customer_id, store_id=shop.store_id, payment_method="upi",
                                   delivery_address=ADDRESS, channel="whatsapp")
        assert await outbox(shop.db) == []  # not visible before the commit
        await uow.commit()
    [message] = await outbox(shop.db, "OrderPlaced")
    assert message.store_id == shop.store_id and message.status == "pending"
    assert message.payload == {
        "type": "OrderPlaced", "store_id": shop.store_id, "order_id": placed.id, "order_number": "A1001",
        "customer_id": shop.customer_id, "total_paise": 10400, "payment_method": "upi", "status": "pending",
        "payment_status": "pending",
    }


async def test_nothing_is_written_without_commit(shop: Shop) -> None:
    await fill(shop, {"atta": 2, "salt": 8})
    async with UnitOfWork(shop.db) as uow:
        await place_order(uow, customer_id=shop.customer_id, store_id=shop.store_id, payment_method="cod",
                          delivery_address=ADDRESS, channel="whatsapp")
    assert await outbox(shop.db) == []
    assert await count(shop.db, Order) == 0
    assert await count(shop.db, OrderLine) == 0
    assert await stock_of(shop.db, shop.items["atta"], shop.items["salt"]) == {
        shop.items["atta"]: 50, shop.items["salt"]: 10}
    assert await cart_lines(shop) == {"Atta": 2, "Salt": 8}
    assert (await checkout(shop)).order_number == "A1001"  # the sequence did not move either


async def test_checkout_crossing_the_minimum_raises_stock_low(shop: Shop) -> None:
    await fill(shop, {"salt": 6, "atta": 1})  # salt 10 → 4 with minimum 5; atta stays high
    await checkout(shop)
    [message] = await outbox(shop.db, "StockLow")
    assert (message.payload["item_id"], message.payload["current_stock"]) == (shop.items["salt"], 4)


# --- refusals -----------------------------------------------------------------------------


async def test_out_of_stock_at_checkout_names_every_short_line_and_changes_nothing(shop: Shop) -> None:
    await fill(shop, {"atta": 10, "maggi": 5, "salt": 2})
    async with UnitOfWork(shop.db) as uow:  # the shop sells some over the counter meanwhile
        await set_stock(uow, shop.store_id, shop.items["atta"], 3)
        await set_stock(uow, shop.store_id, shop.items["maggi"], 0)
        await uow.commit()
    movements_before = await count(shop.db, StockMovement)
    async with UnitOfWork(shop.db) as uow:
        with pytest.raises(OutOfStock) as caught:
            await place_order(uow, customer_id=shop.customer_id, store_id=shop.store_id, payment_method="cod",
                              delivery_address=ADDRESS, channel="whatsapp")
    short = {s.item_id: (s.name, s.requested, s.available) for s in caught.value.shortages}
    assert short == {shop.items["atta"]: ("Atta", 10, 3), shop.items["maggi"]: ("Maggi", 5, 0)}
    assert {d["item_id"] for d in caught.value.details["items"]} == {shop.items["atta"], shop.items["maggi"]}
    assert caught.value.code == "INSUFFICIENT_STOCK"
    assert await stock_of(shop.db, *shop.items.values()) == {
        shop.items["atta"]: 3, shop.items["maggi"]: 0, shop.items["salt"]: 10}
    assert await count(shop.db, Order) == 0
    assert await count(shop.db, StockMovement) == movements_before
    assert await cart_lines(shop) == {"Atta": 10, "Maggi": 5, "Salt": 2}
    assert await outbox(shop.db, "OrderPlaced") == []
    assert (await fetch(shop.db, Store, shop.store_id)).order_seq == 0


async def test_item_withdrawn_after_adding_is_short(shop: Shop) -> None:
    await fill(shop, {"atta": 1, "salt": 1})
    async with UnitOfWork(shop.db) as uow:
        await set_active(uow, shop.store_id, shop.items["salt"], False)
        await uow.commit()
    async with UnitOfWork(shop.db) as uow:
        with pytest.raises(OutOfStock) as caught:
            await place_order(uow, customer_id=shop.customer_id, store_id=shop.store_id, payment_method="cod",
                              delivery_address=ADDRESS, channel="whatsapp")
    assert [(s.item_id, s.requested, s.available) for s in caught.value.shortages] == [(shop.items["salt"], 1, 0)]
    assert await stock_of(shop.db, shop.items["atta"]) == {shop.items["atta"]: 50}


async def test_closed_or_suspended_store_refuses_orders(shop: Shop) -> None:
    await fill(shop, {"atta": 1})
    async with UnitOfWork(shop.db) as uow:
        await set_open(uow, shop.store_id, False)
        await uow.commit()
    async with UnitOfWork(shop.db) as uow:
        with pytest.raises(StoreUnavailable) as caught:
            await place_order(uow, customer_id=shop.customer_id, store_id=shop.store_id, payment_method="cod",
                              delivery_address=ADDRESS, channel="whatsapp")
    assert caught.value.details["is_open"] is False
    assert await count(shop.db, Order) == 0
    assert await cart_lines(shop) == {"Atta": 1}
    async with UnitOfWork(shop.db) as uow:  # open again, but suspended: refused even ignoring hours
        await set_open(uow, shop.store_id, True)
        await set_status(uow, shop.store_id, "suspended")
        await uow.commit()
    async with UnitOfWork(shop.db) as uow:
        with pytest.raises(StoreUnavailable):
            await place_order(uow, customer_id=shop.customer_id, store_id=shop.store_id, payment_method="cod",
                              delivery_address=ADDRESS, channel="whatsapp", enforce_hours=False)
    assert await count(shop.db, Order) == 0


async def test_outside_hours_refuses_orders(shop: Shop) -> None:
    now = utcnow().astimezone(INDIA)
    opens, closes = now + timedelta(hours=2), now + timedelta(hours=3)  # a window that excludes now
    await settings(shop, opens_at=opens.strftime("%H:%M"), closes_at=closes.strftime("%H:%M"))
    await fill(shop, {"atta": 1})
    async with UnitOfWork(shop.db) as uow:
        with pytest.raises(StoreUnavailable) as caught:
            await place_order(uow, customer_id=shop.customer_id, store_id=shop.store_id, payment_method="cod",
                              delivery_address=ADDRESS, channel="whatsapp")
    assert caught.value.details["opens_at"] == opens.strftime("%H:%M")
    assert await count(shop.db, Order) == 0
    # an admin placing the order by hand may ignore the hours
    placed = await checkout(shop, enforce_hours=False)
    assert placed.status == "confirmed"


async def test_empty_or_expired_cart(shop: Shop) -> None:
    async with UnitOfWork(shop.db) as uow:
        with pytest.raises(CartEmpty):
            await place_order(uow, customer_id=shop.customer_id, store_id=shop.store_id, payment_method="cod",
                              delivery_address=ADDRESS, channel="whatsapp")
    await fill(shop, {"atta": 1})
    async with UnitOfWork(shop.db) as uow:
        await uow.session.execute(update(Cart).values(expires_at=utcnow() - timedelta(seconds=1)))
        await uow.commit()
    async with UnitOfWork(shop.db) as uow:
        with pytest.raises(CartEmpty):
            await place_order(uow, customer_id=shop.customer_id, store_id=shop.store_id, payment_method="cod",
                              delivery_address=ADDRESS, channel="whatsapp")
    assert await count(shop.db, Order) == 0
    assert await stock_of(shop.db, shop.items["atta"]) == {shop.items["atta"]: 50}


async def test_bad_payment_method_or_address(shop: Shop) -> None:
    await fill(shop, {"atta": 1})
    cases = [
        ("payment_method", {"payment_method": "bitcoin", "delivery_address": ADDRESS}),
        ("payment_method", {"payment_method": "COD", "delivery_address": ADDRESS}),
        ("delivery_address", {"payment_method": "cod", "delivery_address": ""}),
        ("delivery_address", {"payment_method": "cod", "delivery_address": "<script>x</script>"}),
        ("notes", {"payment_method": "cod", "delivery_address": ADDRESS, "notes": "n" * 501}),
    ]
    for field, kwargs in cases:
        async with UnitOfWork(shop.db) as uow:
            with pytest.raises(InvalidInput) as caught:
                await place_order(uow, customer_id=shop.customer_id, store_id=shop.store_id, channel="whatsapp",
                                  **kwargs)  # type: ignore[arg-type]
        assert caught.value.field == field, kwargs
    assert await count(shop.db, Order) == 0
    assert await stock_of(shop.db, shop.items["atta"]) == {shop.items["atta"]: 50}
    assert await cart_lines(shop) == {"Atta": 1}
