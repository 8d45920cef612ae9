from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update

from bot.jobs import expire_carts, send_low_stock_digests
from commerce.tables import Cart, CartLine, OutboxMessage, Store
from commerce.unit_of_work import UnitOfWork

from .conftest import OWNER_WA, Chat


INDIA_TZ = ZoneInfo("Asia/Kolkata")


async def test_idle_cart_expires_and_customer_is_told(demo: Store, chat: Callable[..., Chat]) -> None:
    ravi = chat()
    await ravi.send("hi")
    await ravi.send("4 tata salt")
    if ravi.history[-1].rows:
        await ravi.send("1")
    db = ravi.db
    assert await expire_carts(db) == 0  # fresh cart stays
    later = datetime.now(UTC) + timedelta(minutes=31)
    assert await expire_carts(db, now=later) == 1
    async with UnitOfWork(db, write=False) as uow:
        carts = await uow.session.scalar(select(func.count()).select_from(Cart))
        lines = await uow.session.scalar(select(func.count()).select_from(CartLine))
        told = (await uow.session.scalars(select(OutboxMessage.payload).where(OutboxMessage.kind == "alert"))).all()
    assert carts == 0 and lines == 0
    assert [p["chat_id"] for p in told] == [ravi.sender] and "30" in told[0]["text"]
    assert await expire_carts(db, now=later) == 0  # nothing twice


async def test_low_stock_digest_once_a_day_at_opening(demo: Store, chat: Callable[..., Chat]) -> None:
    db = chat().db
    async with UnitOfWork(db) as uow:
        await uow.session.execute(update(Store).values(opens_at="07:00", closes_at="23:00"))
        await uow.commit()
    opening = datetime(2026, 11, 26, 7, 10, tzinfo=UTC).astimezone(UTC)
    # the shop opens 07:00 India time = 01:30 UTC
    at_open = datetime(2026, 11, 26, 1, 40, tzinfo=UTC)
    assert await send_low_stock_digests(db, now=opening) == 0  # 12:40 IST: not the opening hour
    assert await send_low_stock_digests(db, now=at_open) == 1
    assert await send_low_stock_digests(db, now=at_open + timedelta(minutes=10)) == 0  # once a day
    async with UnitOfWork(db, write=False) as uow:
        alerts = (await uow.session.scalars(select(OutboxMessage.payload).where(OutboxMessage.kind == "alert"))).all()
    assert len(alerts) == 1 and alerts[0]["chat_id"] == OWNER_WA
    assert "Ambemohar Rice 1 kg" in alerts[0]["text"]
    async with UnitOfWork(db) as uow:
        await uow.session.execute(update(Store).values(opens_at="07:00"))
        await uow.commit()
    assert await send_low_stock_digests(db, now=at_open + timedelta(days=1)) == 1  # next day again


async def test_round_the_clock_shop_gets_its_digest_at_eight(demo: Store, chat: Callable[..., Chat]) -> None:
    db = chat().db
    assert (demo.opens_at, demo.closes_at) == ("00:00", "00:00")  # the demo shop never closes
    midnight = datetime(2026, 11, 26, 0, 5, tzinfo=INDIA_TZ)
    eight = datetime(2026, 11, 26, 8, 5, tzinfo=INDIA_TZ)
    assert await send_low_stock_digests(db, now=midnight) == 0
    assert await send_low_stock_digests(db, now=eight) == 1
