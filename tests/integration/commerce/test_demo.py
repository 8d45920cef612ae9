"""The demo shop: seeded into an empty database once, with the shipped catalog."""

from __future__ import annotations

from sqlalchemy import select

from commerce.catalog import ensure_global_catalog, read_seed_catalog
from commerce.database import Database
from commerce.demo import DEMO_OWNER_PHONE, DEMO_STORE_CODE, seed_demo_store
from commerce.stores import STARTER_COUNT, register_store
from commerce.tables import InventoryItem, Product, Store
from commerce.unit_of_work import UnitOfWork

from ._support import count, rows
from .conftest import registration


async def seed(db: Database) -> Store | None:
    async with UnitOfWork(db) as uow:
        store = await seed_demo_store(uow)
        await uow.commit()
    return store


async def test_seeds_an_empty_database(db: Database) -> None:
    store = await seed(db)
    assert store is not None
    assert (store.code, store.phone, store.pincode, store.verified, store.is_open) == (
        DEMO_STORE_CODE, DEMO_OWNER_PHONE, "400058", True, True)
    items = await rows(db, InventoryItem, InventoryItem.store_id == store.id)
    seed_rows = read_seed_catalog()
    assert len(items) == len(seed_rows) >= 150
    assert all(item.selling_price_paise > 0 for item in items)
    assert sum(1 for item in items if item.current_stock > 0) >= 150
    assert sum(item.current_stock for item in items) == sum(r.stock for r in seed_rows)
    assert len({item.category for item in items}) >= 10
    assert all(item.product_id is not None for item in items)
    assert await count(db, Product) == len(seed_rows)
    starters = await rows(db, Product, Product.starter.is_(True))
    assert len(starters) == 12
    assert {p.id for p in starters} <= {item.product_id for item in items}
    by_name = {item.name: item for item in items}
    atta = by_name["Aashirvaad Shudh Chakki Atta"]  # the first seed row: 5 kg at ₹278
    assert atta.category == "Atta & Flours"


async def test_second_time_does_nothing(db: Database) -> None:
    assert await seed(db) is not None
    before = (await count(db, Store), await count(db, Product), await count(db, InventoryItem))
    assert await seed(db) is None
    assert (await count(db, Store), await count(db, Product), await count(db, InventoryItem)) == before


async def test_does_nothing_when_a_store_exists(db: Database) -> None:
    async with UnitOfWork(db) as uow:
        await register_store(uow, registration())
        await uow.commit()
    assert await seed(db) is None
    assert await count(db, Store) == 1
    # only the starter staples registration brought (§14.5), not the demo's catalog
    assert await count(db, Product) == STARTER_COUNT
    assert await count(db, Product, Product.starter.is_(False)) == 0


async def test_links_to_an_existing_catalog(db: Database) -> None:
    async with UnitOfWork(db) as uow:
        mapping = await ensure_global_catalog(uow)
        await uow.commit()
    store = await seed(db)
    assert store is not None
    assert await count(db, Product) == len(mapping)  # the catalog was not loaded twice
    items = await rows(db, InventoryItem, InventoryItem.store_id == store.id)
    assert {item.product_id for item in items} == set(mapping.values())
    async with UnitOfWork(db, write=False) as uow:
        pairs = (await uow.session.execute(
            select(InventoryItem.name, Product.name).join(Product, Product.id == InventoryItem.product_id)
        )).all()
    assert pairs and all(item_name == product_name for item_name, product_name in pairs)
