"""Carts: adding, setting, removing, the stock check on add, and 30-minute expiry."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from commerce.carts import (
    CART_TTL,
    MAX_LINE_QUANTITY,
    add_to_cart,
    clear_cart,
    expire_idle_carts,
    remove_from_cart,
    set_quantity,
    view_cart,
)
from commerce.customers import get_or_create_customer
from commerce.database import Database
from commerce.errors import InvalidInput, NotFound, OutOfStock
from commerce.inventory import set_active, set_price
from commerce.tables import Cart, CartLine, utcnow
from commerce.unit_of_work import UnitOfWork

from ._support import count
from .conftest import Shop, make_shop


async def add(shop: Shop, name: str, quantity: int, customer_id: str | None = None) -> None:
    async with UnitOfWork(shop.db) as uow:
        await add_to_cart(uow, customer_id or shop.customer_id, shop.store_id, shop.items[name], quantity)
        await uow.commit()


async def view(shop: Shop, customer_id: str | None = None):  # type: ignore[no-untyped-def]
    async with UnitOfWork(shop.db) as uow:
        cart = await view_cart(uow, customer_id or shop.customer_id, shop.store_id)
        await uow.commit()
    return cart


async def backdate(shop: Shop, customer_id: str, minutes: int) -> None:
    """Move the cart's expiry into the past, as if the customer had gone quiet."""
    async with UnitOfWork(shop.db) as uow:
        await uow.session.execute(
            update(Cart).where(Cart.customer_id == customer_id, Cart.store_id == shop.store_id)
            .values(expires_at=utcnow() - timedelta(minutes=minutes))
        )
        await uow.commit()


async def test_add_accumulates_and_prices_the_cart(shop: Shop) -> None:
    await add(shop, "atta", 2)
    await add(shop, "maggi", 3)
    await add(shop, "atta", 1)
    cart = await view(shop)
    lines = {line.name: line for line in cart.lines}
    assert set(lines) == {"Atta", "Maggi"}
    assert (lines["Atta"].quantity, lines["Atta"].unit_price_paise, lines["Atta"].line_total_paise) == (3, 5200, 15600)
    assert (lines["Maggi"].quantity, lines["Maggi"].line_total_paise, lines["Maggi"].available) == (3, 4200, 30)
    assert cart.subtotal_paise == 19800
    assert not cart.is_empty and cart.expired is False
    assert cart.expires_at is not None
    assert timedelta(minutes=29) < cart.expires_at - utcnow() <= CART_TTL
    assert await count(shop.db, CartLine) == 2
    async with UnitOfWork(shop.db) as uow:  # the cart is priced at the current price
        await set_price(uow, shop.store_id, shop.items["atta"], 5000)
        await uow.commit()
    assert (await view(shop)).subtotal_paise == 3 * 5000 + 4200


async def test_add_checks_stock_including_what_is_already_in_the_cart(shop: Shop) -> None:
    await add(shop, "salt", 8)  # salt has 10
    async with UnitOfWork(shop.db) as uow:
        with pytest.raises(OutOfStock) as caught:
            await add_to_cart(uow, shop.customer_id, shop.store_id, shop.items["salt"], 3)
        await uow.commit()
    [shortage] = caught.value.shortages
    assert (shortage.item_id, shortage.name, shortage.requested, shortage.available) == (
        shop.items["salt"], "Salt", 11, 10)
    assert caught.value.details["items"] == [
        {"item_id": shop.items["salt"], "name": "Salt", "requested": 11, "available": 10}]
    assert [line.quantity for line in (await view(shop)).lines] == [8]
    await add(shop, "salt", 2)  # exactly what is there is fine
    assert [line.quantity for line in (await view(shop)).lines] == [10]


async def test_quantity_must_be_a_positive_whole_number(shop: Shop) -> None:
    for bad in (0, -1, 1.5, True, "2", MAX_LINE_QUANTITY + 1):
        async with UnitOfWork(shop.db) as uow:
            with pytest.raises(InvalidInput) as caught:
                await add_to_cart(uow, shop.customer_id, shop.store_id, shop.items["atta"],
                                  bad)  # type: ignore[arg-type]
            await uow.commit()
        assert caught.value.field == "quantity", bad
    assert await count(shop.db, CartLine) == 0


async def test_line_quantity_is_capped(db: Database) -> None:
    shop = await make_shop(db, {"eggs": (700, 5000)})
    await add(shop, "eggs", 999)
    async with UnitOfWork(db) as uow:
        with pytest.raises(InvalidInput):
            await add_to_cart(uow, shop.customer_id, shop.store_id, shop.items["eggs"], 2)
    await add(shop, "eggs", 1)
    assert [line.quantity for line in (await view(shop)).lines] == [MAX_LINE_QUANTITY]


async def test_set_quantity_replaces_and_zero_removes(shop: Shop) -> None:
    await add(shop, "atta", 2)
    await add(shop, "maggi", 2)
    async with UnitOfWork(shop.db) as uow:
        cart = await set_quantity(uow, shop.customer_id, shop.store_id, shop.items["atta"], 5)
        assert {line.name: line.quantity for line in cart.lines} == {"Atta": 5, "Maggi": 2}
        cart = await set_quantity(uow, shop.customer_id, shop.store_id, shop.items["maggi"], 0)
        assert [line.name for line in cart.lines] == ["Atta"]
        with pytest.raises(OutOfStock):
            await set_quantity(uow, shop.customer_id, shop.store_id, shop.items["atta"], 51)
        await uow.commit()
    assert {line.name: line.quantity for line in (await view(shop)).lines} == {"Atta": 5}


async def test_remove_from_cart(shop: Shop) -> None:
    async with UnitOfWork(shop.db) as uow:  # no cart yet
        with pytest.raises(NotFound):
            await remove_from_cart(uow, shop.customer_id, shop.store_id, shop.items["atta"])
        with pytest.raises(NotFound):
            await set_quantity(uow, shop.customer_id, shop.store_id, shop.items["atta"], 0)
    await add(shop, "atta", 2)
    await add(shop, "salt", 1)
    async with UnitOfWork(shop.db) as uow:
        cart = await remove_from_cart(uow, shop.customer_id, shop.store_id, shop.items["salt"])
        await uow.commit()
    assert [line.name for line in cart.lines] == ["Atta"]
    for item in (shop.items["salt"], shop.items["maggi"]):  # removed already / never added
        async with UnitOfWork(shop.db) as uow:
            with pytest.raises(NotFound):
                await remove_from_cart(uow, shop.customer_id, shop.store_id, item)
    assert await count(shop.db, CartLine) == 1


async def test_inactive_or_foreign_items_cannot_be_added(db: Database) -> None:
    shop = await make_shop(db)
    other = await make_shop(db, {"ghee": (60000, 10)})
    async with UnitOfWork(db) as uow:
        await set_active(uow, shop.store_id, shop.items["maggi"], False)
        await uow.commit()
    for item_id in (shop.items["maggi"], other.items["ghee"]):
        async with UnitOfWork(db) as uow:
            with pytest.raises(NotFound):
                await add_to_cart(uow, shop.customer_id, shop.store_id, item_id, 1)
            await uow.commit()
    assert await count(db, CartLine) == 0


async def test_one_cart_per_customer_and_store(db: Database) -> None:
    shop = await make_shop(db)
    other = await make_shop(db, {"ghee": (60000, 10)})
    async with UnitOfWork(db) as uow:
        meena = await get_or_create_customer(uow, "telegram", "777")
        await uow.commit()
    await add(shop, "atta", 1)
    await add(shop, "maggi", 4, customer_id=meena.id)
    await add(other, "ghee", 1)  # same customer, another shop
    assert [(line.name, line.quantity) for line in (await view(shop)).lines] == [("Atta", 1)]
    assert [(line.name, line.quantity) for line in (await view(shop, meena.id)).lines] == [("Maggi", 4)]
    assert [(line.name, line.quantity) for line in (await view(other)).lines] == [("Ghee", 1)]
    assert await count(db, Cart) == 3
    async with UnitOfWork(db) as uow:  # clearing one cart leaves the others
        await clear_cart(uow, shop.customer_id, shop.store_id)
        await clear_cart(uow, shop.customer_id, shop.store_id)  # nothing left: no error
        await uow.commit()
    assert (await view(shop)).is_empty
    assert await count(db, Cart) == 2 and await count(db, CartLine) == 2


async def test_expired_cart_is_emptied_on_next_view(shop: Shop) -> None:
    await add(shop, "atta", 2)
    await add(shop, "maggi", 1)
    await backdate(shop, shop.customer_id, minutes=1)
    cart = await view(shop)
    assert cart.expired is True
    assert cart.is_empty and cart.subtotal_paise == 0 and cart.expires_at is None
    assert await count(shop.db, CartLine) == 0
    assert await count(shop.db, Cart) == 0
    again = await view(shop)
    assert again.expired is False and again.is_empty


async def test_adding_to_an_expired_cart_starts_afresh(shop: Shop) -> None:
    await add(shop, "atta", 2)
    await backdate(shop, shop.customer_id, minutes=45)
    await add(shop, "maggi", 1)
    cart = await view(shop)
    assert [(line.name, line.quantity) for line in cart.lines] == [("Maggi", 1)]
    assert cart.expires_at is not None and cart.expires_at > utcnow()


async def test_activity_keeps_the_cart_alive(shop: Shop) -> None:
    await add(shop, "atta", 2)
    async with UnitOfWork(shop.db) as uow:
        await uow.session.execute(update(Cart).values(expires_at=utcnow() + timedelta(minutes=1)))
        await uow.commit()
    await add(shop, "maggi", 1)
    cart = await view(shop)
    assert cart.expires_at is not None and cart.expires_at - utcnow() > timedelta(minutes=29)
    assert len(cart.lines) == 2


async def test_expire_idle_carts_deletes_only_expired_ones(db: Database) -> None:
    shop = await make_shop(db)
    async with UnitOfWork(db) as uow:
        meena = await get_or_create_customer(uow, "telegram", "777")
        await uow.commit()
    await add(shop, "atta", 2)
    await add(shop, "maggi", 1)
    await add(shop, "salt", 3, customer_id=meena.id)
    await backdate(shop, shop.customer_id, minutes=5)
    async with UnitOfWork(db) as uow:
        assert await expire_idle_carts(uow) == 1
        await uow.commit()
    assert await count(db, Cart) == 1
    assert await count(db, CartLine) == 1
    assert [(line.name, line.quantity) for line in (await view(shop, meena.id)).lines] == [("Salt", 3)]
    async with UnitOfWork(db) as uow:
        assert await expire_idle_carts(uow) == 0
        # with a clock an hour ahead, Meena's cart has gone idle too
        assert await expire_idle_carts(uow, now=utcnow() + timedelta(hours=1)) == 1
        await uow.commit()
    assert await count(db, Cart) == 0 and await count(db, CartLine) == 0
