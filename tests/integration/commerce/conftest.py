from __future__ import annotations

from dataclasses import dataclass

import pytest

from commerce.catalog import ProductInput, create_product
from commerce.customers import get_or_create_customer
from commerce.database import Database
from commerce.inventory import StockLevels, add_from_catalog
from commerce.stores import StoreRegistration, register_store
from commerce.unit_of_work import UnitOfWork

from ._support import remove_starter_items


@dataclass
class Shop:
    db: Database
    store_id: str
    items: dict[str, str]  # short name → inventory item id
    customer_id: str


def registration(**overrides: object) -> StoreRegistration:
    values: dict[str, object] = dict(
        name="Sharma Kirana Store", owner_name="Ramesh Sharma", phone="+919876543210",
        street="12 Gulmohar Road", city="Mumbai", state="Maharashtra", pincode="400058",
        opens_at="00:00", closes_at="23:59",
    )
    values.update(overrides)
    return StoreRegistration(**values)  # type: ignore[arg-type]


async def make_shop(db: Database, stock: dict[str, tuple[int, int]] | None = None, *,
                    starters: bool = True) -> Shop:
    """A store with products: name → (price paise, stock), beside the 12 starter staples
    registration gives every new store (stock 0). starters=False: a shop that sells exactly
    these products (the staples are taken out of its inventory right after registering)."""
    stock = stock or {"atta": (5200, 50), "maggi": (1400, 30), "salt": (2800, 10)}
    async with UnitOfWork(db) as uow:
        store, _ = await register_store(uow, registration())
        if not starters:
            await remove_starter_items(uow, store.id)
        items: dict[str, str] = {}
        for name, (price, qty) in stock.items():
            product = await create_product(uow, ProductInput(name=name.title(), brand="Brand", category="Staples",
                                                             size_value=1, size_unit="kg", mrp_paise=price))
            item = await add_from_catalog(uow, store.id, product.id, selling_price_paise=price,
                                          cost_price_paise=price * 9 // 10,
                                          levels=StockLevels(current_stock=qty, min_stock=5))
            items[name] = item.id
        customer = await get_or_create_customer(uow, "whatsapp", "919812345678", phone="+919812345678", name="Ravi")
        await uow.commit()
    return Shop(db=db, store_id=store.id, items=items, customer_id=customer.id)


@pytest.fixture
async def shop(db: Database) -> Shop:
    return await make_shop(db)
