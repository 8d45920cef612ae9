"""Small helpers shared by the commerce integration tests: counting rows and reading the
outbox in a fresh unit of work, placing an order from a list of lines, IST clock times, and
taking a new store's starter staples out of its inventory."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update

from commerce.carts import add_to_cart
from commerce.checkout import place_order
from commerce.database import Database
from commerce.tables import Base, InventoryItem, Order, OutboxMessage, Product
from commerce.unit_of_work import UnitOfWork

INDIA = ZoneInfo("Asia/Kolkata")
ADDRESS = "12 Gulmohar Society, Andheri West"


def ist(day: date, hh: int, mm: int = 0) -> datetime:
    """An India-time wall clock moment, as an aware datetime."""
    return datetime.combine(day, time(hh, mm), tzinfo=INDIA)


async def remove_starter_items(uow: UnitOfWork, store_id: str) -> int:
    """Take the starter staples out of a just-registered store's inventory; returns how many.

    register_store gives every new store the 12 staples of spec §14.5 (stock 0). A test that
    means "a shop that sells exactly these products" calls this right after registering, so
    its hand-worked figures (lists, searches, scores) are about the products it names only.
    The starter products stay in the global catalog: only this store's copies go."""
    await uow.session.flush()  # registration's items are pending until flushed
    items = (await uow.session.scalars(
        select(InventoryItem).join(Product, Product.id == InventoryItem.product_id)
        .where(InventoryItem.store_id == store_id, Product.starter.is_(True))
    )).all()
    for item in items:
        await uow.session.delete(item)
    await uow.session.flush()
    return len(items)


async def count(db: Database, model: type[Base], *where: Any) -> int:
    async with UnitOfWork(db, write=False) as uow:
        return int(await uow.session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


async def outbox(db: Database, kind: str | None = None) -> list[OutboxMessage]:
    async with UnitOfWork(db, write=False) as uow:
        query = select(OutboxMessage).order_by(OutboxMessage.id)
        if kind is not None:
            query = query.where(OutboxMessage.kind == kind)
        found = list((await uow.session.scalars(query)).all())
        uow.session.expunge_all()
        return found


async def fetch(db: Database, model: type[Base], key: Any) -> Any:
    """One row by primary key, detached so it can be read after the unit of work is gone."""
    async with UnitOfWork(db, write=False) as uow:
        row = await uow.session.get(model, key)
        if row is not None:
            uow.session.expunge(row)
        return row


async def rows(db: Database, model: type[Base], *where: Any, order_by: Any = None) -> list[Any]:
    """Rows of one table, detached."""
    async with UnitOfWork(db, write=False) as uow:
        query = select(model).where(*where)
        if order_by is not None:
            query = query.order_by(order_by)
        found = list((await uow.session.scalars(query)).all())
        uow.session.expunge_all()
        return found


async def stock_of(db: Database, *item_ids: str) -> dict[str, int]:
    async with UnitOfWork(db, write=False) as uow:
        rows = await uow.session.execute(
            select(InventoryItem.id, InventoryItem.current_stock).where(InventoryItem.id.in_(item_ids))
        )
        return {item_id: int(stock) for item_id, stock in rows.all()}


async def order(
    db: Database,
    customer_id: str,
    store_id: str,
    lines: list[tuple[str, int]],
    *,
    payment_method: str = "cod",
    created_at: datetime | None = None,
) -> Order:
    """Fill the cart and check out in one committed unit of work; optionally backdate it."""
    async with UnitOfWork(db) as uow:
        for item_id, quantity in lines:
            await add_to_cart(uow, customer_id, store_id, item_id, quantity)
        placed = await place_order(uow, customer_id=customer_id, store_id=store_id, payment_method=payment_method,
                                   delivery_address=ADDRESS, channel="whatsapp")
        if created_at is not None:
            await uow.session.execute(update(Order).where(Order.id == placed.id).values(created_at=created_at))
            placed.created_at = created_at.astimezone(UTC)
        await uow.commit()
    return placed
