"""Random interleavings of add-to-cart, checkout, cancel and stock adjustments keep
stock = initial + adjustments − quantities in live orders, and never below zero."""

from __future__ import annotations

import asyncio
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from commerce.carts import add_to_cart
from commerce.checkout import place_order
from commerce.customers import get_or_create_customer
from commerce.database import Database
from commerce.errors import DomainError
from commerce.inventory import adjust_stock
from commerce.orders import cancel_order
from commerce.tables import InventoryItem, Order, OrderLine
from commerce.unit_of_work import UnitOfWork

from .conftest import make_shop

PRODUCTS = ("atta", "maggi", "salt")
INITIAL = {"atta": 6, "maggi": 4, "salt": 3}


@dataclass(frozen=True)
class Op:
    kind: str  # add, checkout, cancel, adjust
    customer: int
    product: str
    amount: int


ops = st.one_of(
    st.builds(Op, kind=st.just("add"), customer=st.integers(0, 3), product=st.sampled_from(PRODUCTS),
              amount=st.integers(1, 4)),
    st.builds(Op, kind=st.just("checkout"), customer=st.integers(0, 3), product=st.just(""), amount=st.just(0)),
    st.builds(Op, kind=st.just("cancel"), customer=st.integers(0, 3), product=st.just(""), amount=st.just(0)),
    st.builds(Op, kind=st.just("adjust"), customer=st.just(0), product=st.sampled_from(PRODUCTS),
              amount=st.integers(-5, 5).filter(bool)),
)
# a scenario: batches of operations; the operations of one batch run concurrently
scenarios = st.lists(st.lists(ops, min_size=1, max_size=6), min_size=1, max_size=6)


async def _run(db: Database, batches: list[list[Op]]) -> None:
    shop = await make_shop(db, {name: (1000, qty) for name, qty in INITIAL.items()})
    async with UnitOfWork(db) as uow:
        customers = [(await get_or_create_customer(uow, "web", f"prop-{n}")).id for n in range(4)]
        await uow.commit()
    adjustments = {name: 0 for name in PRODUCTS}

    async def apply(op: Op) -> None:
        async with UnitOfWork(db) as uow:
            try:
                if op.kind == "add":
                    await add_to_cart(uow, customers[op.customer], shop.store_id, shop.items[op.product], op.amount)
                elif op.kind == "checkout":
                    await place_order(uow, customer_id=customers[op.customer], store_id=shop.store_id,
                                      payment_method="cod", delivery_address="House 9, Lane 2, Pune",
                                      channel="web")
                elif op.kind == "cancel":
                    order_id = await uow.session.scalar(
                        select(Order.id).where(Order.customer_id == customers[op.customer],
                                               Order.status != "cancelled").order_by(Order.created_at).limit(1))
                    if order_id is None:
                        return
                    await cancel_order(uow, order_id, by="customer")
                else:
                    await adjust_stock(uow, shop.store_id, shop.items[op.product], op.amount)
                await uow.commit()
            except DomainError:
                return
        if op.kind == "adjust":
            adjustments[op.product] += op.amount

    for batch in batches:
        await asyncio.gather(*(apply(op) for op in batch))
        async with UnitOfWork(db, write=False) as uow:
            for name in PRODUCTS:
                item_id = shop.items[name]
                stock = await uow.session.scalar(select(InventoryItem.current_stock).where(InventoryItem.id == item_id))
                live = sum((await uow.session.scalars(
                    select(OrderLine.quantity).join(Order, Order.id == OrderLine.order_id)
                    .where(OrderLine.item_id == item_id, Order.status != "cancelled"))).all())
                assert stock is not None and stock >= 0
                assert stock == INITIAL[name] + adjustments[name] - live, name


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batches=scenarios)
def test_stock_invariant_on_sqlite(batches: list[list[Op]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        async def go() -> None:
            db = Database.from_url(f"sqlite+aiosqlite:///{Path(tmp) / 'p.db'}")
            await db.migrate()
            try:
                await _run(db, batches)
            finally:
                await db.dispose()

        asyncio.run(go())


@pytest.mark.postgres
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batches=scenarios)
def test_stock_invariant_on_postgresql(batches: list[list[Op]]) -> None:
    from tests.conftest import PG_HOST, PG_PORT, PG_URL, require_service

    require_service("PostgreSQL", PG_HOST, PG_PORT)
    import uuid

    from sqlalchemy.ext.asyncio import create_async_engine

    async def go() -> None:
        schema = f"p_{uuid.uuid4().hex[:16]}"
        admin = Database.from_url(PG_URL)
        async with admin.engine.begin() as conn:
            await conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        engine = create_async_engine(PG_URL, connect_args={"server_settings": {"search_path": schema}})
        db = Database(engine=engine)
        try:
            await db.migrate()
            await _run(db, batches)
        finally:
            await db.dispose()
            async with admin.engine.begin() as conn:
                await conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
            await admin.dispose()

    asyncio.run(go())
