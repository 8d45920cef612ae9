"""Commerce benchmarks: checkout latency under 200-way contention, and the inventory summary
at 5,000 items, on SQLite and (where it answers) PostgreSQL.

Run:  .venv/bin/python bench/bench_commerce.py [--postgres postgresql+asyncpg://postgres@127.0.0.1/test]
Writes nothing into the repository (SQLite in a temp dir, PostgreSQL in a throwaway schema)."""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import create_async_engine

from commerce.carts import add_to_cart
from commerce.catalog import ProductInput, create_product
from commerce.checkout import place_order
from commerce.customers import get_or_create_customer
from commerce.database import Database
from commerce.errors import OutOfStock
from commerce.ids import new_id
from commerce.inventory import StockLevels, add_from_catalog, inventory_summary
from commerce.stores import StoreRegistration, register_store
from commerce.tables import InventoryItem
from commerce.unit_of_work import UnitOfWork


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


@asynccontextmanager
async def database(kind: str, pg_url: str) -> AsyncIterator[Database]:
    if kind == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            db = Database.from_url(f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}")
            await db.migrate()
            try:
                yield db
            finally:
                await db.dispose()
        return
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = Database.from_url(pg_url)
    async with admin.engine.begin() as conn:
        await conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    db = Database(engine=create_async_engine(pg_url, pool_size=20, max_overflow=40,
                                             connect_args={"server_settings": {"search_path": schema}}))
    try:
        await db.migrate()
        yield db
    finally:
        await db.dispose()
        async with admin.engine.begin() as conn:
            await conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        await admin.dispose()


REG = StoreRegistration(name="Bench Stores", owner_name="Bench", phone="+919876543210", street="1 Road",
                        city="Pune", state="Maharashtra", pincode="411001", opens_at="00:00", closes_at="23:59")


async def contention(db: Database, buyers: int = 200, units: int = 10) -> dict[str, float]:
    async with UnitOfWork(db) as uow:
        store, _ = await register_store(uow, REG)
        product = await create_product(uow, ProductInput(name="Ghee", size_value=1, size_unit="l", mrp_paise=60000))
        item = await add_from_catalog(uow, store.id, product.id, selling_price_paise=58000,
                                      levels=StockLevels(current_stock=units))
        customers = []
        for n in range(buyers):
            customer = await get_or_create_customer(uow, "web", f"b{n}")
            await add_to_cart(uow, customer.id, store.id, item.id, 1)
            customers.append(customer.id)
        await uow.commit()

    latencies: list[float] = []
    outcomes = {"order": 0, "short": 0}

    async def checkout(customer_id: str) -> None:
        started = time.perf_counter()
        async with UnitOfWork(db) as uow:
            try:
                await place_order(uow, customer_id=customer_id, store_id=store.id, payment_method="cod",
                                  delivery_address="Flat 1, Bench Towers", channel="web")
                await uow.commit()
                outcomes["order"] += 1
            except OutOfStock:
                outcomes["short"] += 1
        latencies.append((time.perf_counter() - started) * 1000)

    wall = time.perf_counter()
    await asyncio.gather(*(checkout(c) for c in customers))
    wall_ms = (time.perf_counter() - wall) * 1000
    return {"orders": outcomes["order"], "short": outcomes["short"], "p50_ms": statistics.median(latencies),
            "p99_ms": pct(latencies, 99), "wall_ms": wall_ms}


async def summary(db: Database, items: int = 5000, runs: int = 200) -> dict[str, float]:
    async with UnitOfWork(db) as uow:
        store, starters = await register_store(uow, REG)
        rows = [
            {"id": new_id("ITEM"), "store_id": store.id, "name": f"Product {n}", "brand": "", "category": "Staples",
             "aliases": [], "selling_price_paise": 1000 + n, "cost_price_paise": 900 + n, "current_stock": n % 50,
             "min_stock": 10, "max_stock": 100, "reorder_point": 10, "location": "", "notes": "", "is_active": n % 17 != 0,
             "catalog_version": 1}
            for n in range(items)
        ]
        await uow.session.execute(insert(InventoryItem), rows)
        await uow.commit()
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        async with UnitOfWork(db, write=False) as uow:
            result = await inventory_summary(uow, store.id)
        timings.append((time.perf_counter() - started) * 1000)
    assert result.total_products == items + starters
    return {"p50_ms": statistics.median(timings), "p99_ms": pct(timings, 99)}


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--postgres", default="postgresql+asyncpg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    kinds = ["sqlite"] + ([] if args.skip_postgres else ["postgresql"])
    print("| database | 200-way checkout: orders / short | p50 ms | p99 ms | wall ms | summary@5000 p50 ms | p99 ms |")
    print("|---|---|---|---|---|---|---|")
    for kind in kinds:
        try:
            async with database(kind, args.postgres) as db:
                c = await contention(db)
            async with database(kind, args.postgres) as db:
                s = await summary(db)
        except OSError as exc:
            print(f"| {kind} | skipped: {exc} |")
            continue
        print(f"| {kind} | {c['orders']:.0f} / {c['short']:.0f} | {c['p50_ms']:.1f} | {c['p99_ms']:.1f} | "
              f"{c['wall_ms']:.0f} | {s['p50_ms']:.2f} | {s['p99_ms']:.2f} |")


if __name__ == "__main__":
    asyncio.run(main())
