"""200 customers check out at once for the last 10 units: exactly 10 orders, stock exactly 0,
never negative — on SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from commerce.carts import add_to_cart
from commerce.checkout import place_order
from commerce.customers import get_or_create_customer
from commerce.database import Database
from commerce.errors import OutOfStock
from commerce.tables import InventoryItem, Order, StockMovement
from commerce.unit_of_work import UnitOfWork

from .conftest import make_shop

BUYERS = 200
UNITS = 10


async def _customers_with_carts(db: Database, store_id: str, item_id: str, count: int) -> list[str]:
    ids: list[str] = []
    async with UnitOfWork(db) as uow:
        for n in range(count):
            customer = await get_or_create_customer(uow, "telegram", f"buyer-{n}")
            await add_to_cart(uow, customer.id, store_id, item_id, 1)
            ids.append(customer.id)
        await uow.commit()
    return ids


async def test_200_concurrent_checkouts_for_last_10_units(db: Database) -> None:
    shop = await make_shop(db, {"ghee": (55000, UNITS)})
    item_id = shop.items["ghee"]
    customers = await _customers_with_carts(db, shop.store_id, item_id, BUYERS)

    async def checkout(customer_id: str) -> str:
        async with UnitOfWork(db) as uow:
            try:
                order = await place_order(uow, customer_id=customer_id, store_id=shop.store_id,
                                          payment_method="cod", delivery_address="Flat 4, Shanti Niwas, Andheri",
                                          channel="telegram")
            except OutOfStock as exc:
                assert exc.shortages[0].available == 0
                return "short"
            await uow.commit()
            return order.id

    results = await asyncio.gather(*(checkout(c) for c in customers))
    placed = [r for r in results if r != "short"]
    assert len(placed) == UNITS
    assert results.count("short") == BUYERS - UNITS
    async with UnitOfWork(db, write=False) as uow:
        stock = await uow.session.scalar(select(InventoryItem.current_stock).where(InventoryItem.id == item_id))
        orders = await uow.session.scalar(select(func.count()).select_from(Order).where(Order.store_id == shop.store_id))
        numbers = (await uow.session.scalars(select(Order.order_number))).all()
        lowest = await uow.session.scalar(select(func.min(StockMovement.stock_after)).where(StockMovement.item_id == item_id))
    assert stock == 0
    assert orders == UNITS
    assert len(set(numbers)) == UNITS  # every order got its own number
    assert lowest is not None and lowest >= 0  # never negative along the way
