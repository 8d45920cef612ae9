"""Orders after checkout: the status workflow and its table of allowed moves, payments,
cancellation giving stock back exactly once, tenants, history and daily figures."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, update

from commerce.customers import get_or_create_customer
from commerce.database import Database
from commerce.errors import Forbidden, InvalidInput, InvalidTransition, NotFound
from commerce.orders import (
    STATUSES,
    STATUS_FROM,
    accept_order,
    advance_order,
    cancel_order,
    confirm_order,
    daily_stats,
    find_by_number,
    get_order,
    last_order,
    list_orders,
    mark_delivered,
    mark_payment,
    order_events,
    order_lines,
    reject_order,
    release_stock,
    send_out_for_delivery,
)
from commerce.tables import Order, OrderEvent, OutboxMessage, StockMovement, utcnow
from commerce.unit_of_work import UnitOfWork

from ._support import INDIA, count, fetch, ist, order, outbox, rows, stock_of
from .conftest import Shop, make_shop

Step = Callable[[UnitOfWork, str, str], Awaitable[object]]

# to-state → the named function that moves an order there (as the shop or the system would)
MOVES: dict[str, Step] = {
    "confirmed": lambda uow, order_id, store_id: confirm_order(uow, order_id),
    "processing": lambda uow, order_id, store_id: accept_order(uow, order_id, store_id=store_id),
    "out_for_delivery": lambda uow, order_id, store_id: send_out_for_delivery(uow, order_id, store_id=store_id),
    "delivered": lambda uow, order_id, store_id: mark_delivered(uow, order_id, store_id=store_id),
    "cancelled": lambda uow, order_id, store_id: cancel_order(uow, order_id, by="owner", store_id=store_id),
}
ALLOWED = {(src, dst) for dst, sources in STATUS_FROM.items() for src in sources}


async def move(shop: Shop, order_id: str, to: str) -> None:
    async with UnitOfWork(shop.db) as uow:
        await MOVES[to](uow, order_id, shop.store_id)
        await uow.commit()


async def order_in(shop: Shop, status: str) -> Order:
    """An order brought to `status` through the real workflow."""
    placed = await order(shop.db, shop.customer_id, shop.store_id, [(shop.items["atta"], 2), (shop.items["salt"], 1)],
                         payment_method="upi" if status == "pending" else "cod")
    path = {"pending": [], "confirmed": [], "processing": ["processing"],
            "out_for_delivery": ["processing", "out_for_delivery"],
            "delivered": ["processing", "out_for_delivery", "delivered"], "cancelled": ["cancelled"]}[status]
    for step in path:
        await move(shop, placed.id, step)
    saved = await fetch(shop.db, Order, placed.id)
    assert saved.status == status
    return saved


def history(events: list[OrderEvent]) -> list[tuple[str, str | None, str, str]]:
    return [(e.field, e.from_value, e.to_value, e.actor) for e in events]


async def events_of(db: Database, order_id: str) -> list[OrderEvent]:
    return await rows(db, OrderEvent, OrderEvent.order_id == order_id, order_by=OrderEvent.id)


# --- the workflow -------------------------------------------------------------------------


async def test_full_happy_path_records_every_step(shop: Shop) -> None:
    placed = await order(shop.db, shop.customer_id, shop.store_id, [(shop.items["atta"], 1)], payment_method="upi")
    async with UnitOfWork(shop.db) as uow:
        await mark_payment(uow, placed.id, "completed", actor="payment:pay_123")
        await confirm_order(uow, placed.id, actor="payment:pay_123")
        await uow.commit()
    async with UnitOfWork(shop.db) as uow:
        await accept_order(uow, placed.id, store_id=shop.store_id, actor="owner:+919876543210")
        await uow.commit()
    async with UnitOfWork(shop.db) as uow:
        await send_out_for_delivery(uow, placed.id, store_id=shop.store_id, actor="owner:+919876543210")
        await uow.commit()
    async with UnitOfWork(shop.db) as uow:
        done = await mark_delivered(uow, placed.id, store_id=shop.store_id, actor="owner:+919876543210")
        await uow.commit()
    assert (done.status, done.payment_status) == ("delivered", "completed")
    saved = await fetch(shop.db, Order, placed.id)
    assert (saved.status, saved.payment_status) == ("delivered", "completed")
    owner = "owner:+919876543210"
    assert history(await events_of(shop.db, placed.id)) == [
        ("status", None, "pending", f"customer:{shop.customer_id}"),
        ("payment_status", "pending", "completed", "payment:pay_123"),
        ("status", "pending", "confirmed", "payment:pay_123"),
        ("status", "confirmed", "processing", owner),
        ("status", "processing", "out_for_delivery", owner),
        ("status", "out_for_delivery", "delivered", owner),
    ]
    changes = await outbox(shop.db, "OrderStatusChanged")
    assert [(m.payload["from_status"], m.payload["to_status"]) for m in changes] == [
        ("pending", "confirmed"), ("confirmed", "processing"), ("processing", "out_for_delivery"),
        ("out_for_delivery", "delivered")]
    assert all(m.payload["order_number"] == "A1001" and m.store_id == shop.store_id for m in changes)
    assert len(await outbox(shop.db, "PaymentStatusChanged")) == 1
    assert await stock_of(shop.db, shop.items["atta"]) == {shop.items["atta"]: 49}  # delivered: stock stays sold


async def test_cash_on_delivery_is_paid_on_delivery(shop: Shop) -> None:
    placed = await order(shop.db, shop.customer_id, shop.store_id, [(shop.items["maggi"], 2)])
    for _ in range(2):
        async with UnitOfWork(shop.db) as uow:
            await advance_order(uow, placed.id, store_id=shop.store_id)
            await uow.commit()
    assert (await fetch(shop.db, Order, placed.id)).payment_status == "pending"  # not yet at the door
    async with UnitOfWork(shop.db) as uow:
        done = await advance_order(uow, placed.id, store_id=shop.store_id)
        await uow.commit()
    assert (done.status, done.payment_status) == ("delivered", "completed")
    events = await events_of(shop.db, placed.id)
    assert history(events)[-2:] == [("status", "out_for_delivery", "delivered", "owner"),
                                    ("payment_status", "pending", "completed", "owner")]
    assert events[-1].reason == "cash collected on delivery"


async def test_every_disallowed_transition_is_refused_and_changes_nothing(shop: Shop) -> None:
    for start in STATUSES:
        await refuses_disallowed_moves(shop, start)


async def refuses_disallowed_moves(shop: Shop, start: str) -> None:
    target = await order_in(shop, start)
    stock_before = await stock_of(shop.db, *shop.items.values())
    events_before = await count(shop.db, OrderEvent)
    outbox_before = await count(shop.db, OutboxMessage)
    refused = [to for to in MOVES if (start, to) not in ALLOWED]
    assert refused, "every state refuses something"
    for to in refused:
        async with UnitOfWork(shop.db) as uow:
            with pytest.raises(InvalidTransition) as caught:
                await MOVES[to](uow, target.id, shop.store_id)
            await uow.commit()  # even committed, the refused move left no trace
        assert (caught.value.current, caught.value.wanted) == (start, to), (start, to)
    if start in ("pending", "delivered", "cancelled"):  # no next step for the shop either
        async with UnitOfWork(shop.db) as uow:
            with pytest.raises(InvalidTransition):
                await advance_order(uow, target.id, store_id=shop.store_id)
            await uow.commit()
    saved = await fetch(shop.db, Order, target.id)
    assert (saved.status, saved.payment_status, saved.stock_released) == (
        target.status, target.payment_status, target.stock_released)
    assert await count(shop.db, OrderEvent) == events_before
    assert await count(shop.db, OutboxMessage) == outbox_before
    assert await stock_of(shop.db, *shop.items.values()) == stock_before


def test_the_transition_table_is_the_documented_one() -> None:
    assert ALLOWED == {
        ("pending", "confirmed"), ("confirmed", "processing"), ("processing", "out_for_delivery"),
        ("out_for_delivery", "delivered"),
        ("pending", "cancelled"), ("confirmed", "cancelled"), ("processing", "cancelled"),
        ("out_for_delivery", "cancelled"),
    }


PAYMENT_MOVES = [
    ("pending", "completed", True), ("pending", "failed", True), ("pending", "refunded", False),
    ("pending", "pending", False), ("failed", "pending", True), ("failed", "completed", True),
    ("failed", "refunded", False), ("completed", "refunded", True), ("completed", "failed", False),
    ("completed", "pending", False), ("completed", "completed", False), ("refunded", "completed", False),
    ("refunded", "pending", False), ("refunded", "refunded", False),
]


async def test_payment_status_transitions(shop: Shop) -> None:
    placed = await order(shop.db, shop.customer_id, shop.store_id, [(shop.items["atta"], 1)], payment_method="upi")
    wrong: list[str] = []
    for start, to, allowed in PAYMENT_MOVES:
        async with UnitOfWork(shop.db) as uow:
            await uow.session.execute(update(Order).where(Order.id == placed.id).values(payment_status=start))
            await uow.commit()
        events_before = await count(shop.db, OrderEvent)
        async with UnitOfWork(shop.db) as uow:
            try:
                await mark_payment(uow, placed.id, to)
            except InvalidTransition:
                if allowed:
                    wrong.append(f"{start} → {to} refused")
            else:
                if not allowed:
                    wrong.append(f"{start} → {to} allowed")
            await uow.commit()
        now = (await fetch(shop.db, Order, placed.id)).payment_status
        if now != (to if allowed else start):
            wrong.append(f"{start} → {to} left {now}")
        if await count(shop.db, OrderEvent) != events_before + (1 if allowed else 0):
            wrong.append(f"{start} → {to} event rows wrong")
    assert wrong == []
    async with UnitOfWork(shop.db) as uow:
        with pytest.raises(InvalidInput):
            await mark_payment(uow, placed.id, "paid")


# --- cancellation -------------------------------------------------------------------------


async def test_cancel_returns_stock_exactly_once(shop: Shop) -> None:
    placed = await order(shop.db, shop.customer_id, shop.store_id, [(shop.items["atta"], 3), (shop.items["maggi"], 2)])
    assert await stock_of(shop.db, shop.items["atta"], shop.items["maggi"]) == {
        shop.items["atta"]: 47, shop.items["maggi"]: 28}
    async with UnitOfWork(shop.db) as uow:
        cancelled = await cancel_order(uow, placed.id, by="owner", reason="no delivery boy today",
                                       store_id=shop.store_id)
        await uow.commit()
    assert (cancelled.status, cancelled.payment_status, cancelled.stock_released) == ("cancelled", "failed", True)
    assert await stock_of(shop.db, shop.items["atta"], shop.items["maggi"]) == {
        shop.items["atta"]: 50, shop.items["maggi"]: 30}
    async with UnitOfWork(shop.db) as uow:
        with pytest.raises(InvalidTransition):
            await cancel_order(uow, placed.id, by="owner", store_id=shop.store_id)
        await uow.commit()
    async with UnitOfWork(shop.db) as uow:
        again = await get_order(uow, placed.id)
        assert await release_stock(uow, again, actor="system", reason="expire") is False
        await uow.commit()
    assert await stock_of(shop.db, shop.items["atta"], shop.items["maggi"]) == {
        shop.items["atta"]: 50, shop.items["maggi"]: 30}
    returned = await rows(shop.db, StockMovement, StockMovement.order_id == placed.id,
                          StockMovement.reason == "cancel")
    assert sorted((m.item_id, m.delta) for m in returned) == sorted([(shop.items["atta"], 3),
                                                                      (shop.items["maggi"], 2)])
    events = await events_of(shop.db, placed.id)
    assert history(events)[1:] == [("status", "confirmed", "cancelled", "owner"),
                                   ("payment_status", "pending", "failed", "owner")]
    assert events[1].reason == "no delivery boy today"


async def test_release_stock_twice_returns_false_the_second_time(shop: Shop) -> None:
    placed = await order(shop.db, shop.customer_id, shop.store_id, [(shop.items["salt"], 4)])
    async with UnitOfWork(shop.db) as uow:
        target = await get_order(uow, placed.id)
        assert await release_stock(uow, target, actor="system") is True
        assert await release_stock(uow, target, actor="system") is False
        await uow.commit()
    async with UnitOfWork(shop.db) as uow:  # and in a later unit of work too
        target = await get_order(uow, placed.id)
        assert await release_stock(uow, target, actor="system") is False
        await uow.commit()
    assert await stock_of(shop.db, shop.items["salt"]) == {shop.items["salt"]: 10}
    assert await count(shop.db, StockMovement, StockMovement.order_id == placed.id,
                       StockMovement.reason == "cancel") == 1


async def test_stock_sold_meanwhile_is_not_lost_on_cancel(shop: Shop) -> None:
    placed = await order(shop.db, shop.customer_id, shop.store_id, [(shop.items["salt"], 4)])  # 10 → 6
    await order(shop.db, shop.customer_id, shop.store_id, [(shop.items["salt"], 5)])  # 6 → 1
    async with UnitOfWork(shop.db) as uow:
        await reject_order(uow, placed.id, store_id=shop.store_id)
        await uow.commit()
    assert await stock_of(shop.db, shop.items["salt"]) == {shop.items["salt"]: 5}
    assert (await fetch(shop.db, Order, placed.id)).status == "cancelled"


async def test_cancelling_a_paid_order_keeps_payment_completed(shop: Shop) -> None:
    placed = await order(shop.db, shop.customer_id, shop.store_id, [(shop.items["atta"], 1)], payment_method="upi")
    async with UnitOfWork(shop.db) as uow:
        await mark_payment(uow, placed.id, "completed")
        await confirm_order(uow, placed.id)
        await uow.commit()
    async with UnitOfWork(shop.db) as uow:
        await cancel_order(uow, placed.id, by="admin")
        await uow.commit()
    saved = await fetch(shop.db, Order, placed.id)
    assert (saved.status, saved.payment_status) == ("cancelled", "completed")  # refunded by the payments flow
    assert await stock_of(shop.db, shop.items["atta"]) == {shop.items["atta"]: 50}


async def test_customer_may_cancel_only_before_packing(shop: Shop) -> None:
    early = await order_in(shop, "confirmed")
    async with UnitOfWork(shop.db) as uow:
        await cancel_order(uow, early.id, by="customer", customer_id=shop.customer_id)
        await uow.commit()
    assert (await fetch(shop.db, Order, early.id)).status == "cancelled"

    late = await order_in(shop, "processing")
    stock_before = await stock_of(shop.db, *shop.items.values())
    async with UnitOfWork(shop.db) as uow:
        with pytest.raises(Forbidden) as caught:
            await cancel_order(uow, late.id, by="customer", customer_id=shop.customer_id)
        await uow.commit()
    assert caught.value.details["status"] == "processing"
    saved = await fetch(shop.db, Order, late.id)
    assert (saved.status, saved.stock_released) == ("processing", False)
    assert await stock_of(shop.db, *shop.items.values()) == stock_before
    async with UnitOfWork(shop.db) as uow:  # the shop still can
        await cancel_order(uow, late.id, by="owner", store_id=shop.store_id)
        await uow.commit()
    assert (await fetch(shop.db, Order, late.id)).status == "cancelled"


async def test_another_customer_cannot_cancel(shop: Shop) -> None:
    placed = await order_in(shop, "confirmed")
    async with UnitOfWork(shop.db) as uow:
        stranger = await get_or_create_customer(uow, "telegram", "424242")
        await uow.commit()
    async with UnitOfWork(shop.db) as uow:
        with pytest.raises(NotFound):
            await cancel_order(uow, placed.id, by="customer", customer_id=stranger.id)
        with pytest.raises(NotFound):
            await get_order(uow, placed.id, customer_id=stranger.id)
        await uow.commit()
    assert (await fetch(shop.db, Order, placed.id)).status == "confirmed"


async def test_owner_of_another_store_cannot_touch_the_order(db: Database) -> None:
    shop = await make_shop(db)
    other = await make_shop(db)
    placed = await order(db, shop.customer_id, shop.store_id, [(shop.items["atta"], 2)])
    attempts = [
        lambda uow: get_order(uow, placed.id, store_id=other.store_id),
        lambda uow: find_by_number(uow, other.store_id, placed.order_number),
        lambda uow: accept_order(uow, placed.id, store_id=other.store_id),
        lambda uow: advance_order(uow, placed.id, store_id=other.store_id),
        lambda uow: cancel_order(uow, placed.id, by="owner", store_id=other.store_id),
        lambda uow: reject_order(uow, placed.id, store_id=other.store_id),
    ]
    for attempt in attempts:
        async with UnitOfWork(db) as uow:
            with pytest.raises(NotFound):
                await attempt(uow)
            await uow.commit()
    saved = await fetch(db, Order, placed.id)
    assert (saved.status, saved.stock_released) == ("confirmed", False)
    assert await count(db, OrderEvent, OrderEvent.order_id == placed.id) == 1
    assert await stock_of(db, shop.items["atta"]) == {shop.items["atta"]: 48}
    # the advance of a foreign shop's order goes to processing for the right shop only
    async with UnitOfWork(db) as uow:
        await advance_order(uow, placed.id, store_id=shop.store_id)
        await uow.commit()
    assert (await fetch(db, Order, placed.id)).status == "processing"


async def test_unknown_order_is_not_found(shop: Shop) -> None:
    async with UnitOfWork(shop.db) as uow:
        for attempt in (
            lambda: get_order(uow, "ORD-01K8NJ40V9KFKX2Y2FMK466WFH"),
            lambda: confirm_order(uow, "ORD-01K8NJ40V9KFKX2Y2FMK466WFH"),
            lambda: cancel_order(uow, "ORD-01K8NJ40V9KFKX2Y2FMK466WFH", by="admin"),
            lambda: mark_payment(uow, "ORD-01K8NJ40V9KFKX2Y2FMK466WFH", "completed"),
            lambda: find_by_number(uow, shop.store_id, "A9999"),
        ):
            with pytest.raises(NotFound):
                await attempt()


# --- history ------------------------------------------------------------------------------


async def test_list_orders_pages_newest_first_and_filters(db: Database) -> None:
    shop = await make_shop(db, {"maggi": (1400, 500)})
    async with UnitOfWork(db) as uow:
        meena = await get_or_create_customer(uow, "telegram", "777", name="Meena")
        await uow.commit()
    async with UnitOfWork(db, write=False) as uow:
        assert await last_order(uow, meena.id, shop.store_id) is None
    start = utcnow() - timedelta(days=3)
    placed: list[Order] = []
    for n in range(25):
        buyer = meena.id if n % 5 == 0 else shop.customer_id  # Meena: 0, 5, 10, 15, 20
        placed.append(await order(db, buyer, shop.store_id, [(shop.items["maggi"], 1 + n % 3)],
                                  created_at=start + timedelta(minutes=7 * n)))
    for n in (3, 4, 10):
        async with UnitOfWork(db) as uow:
            await cancel_order(uow, placed[n].id, by="owner", store_id=shop.store_id)
            await uow.commit()
    newest_first = [o.id for o in reversed(placed)]

    async with UnitOfWork(db, write=False) as uow:
        pages = [await list_orders(uow, store_id=shop.store_id, page=p, limit=10) for p in (1, 2, 3, 4)]
        assert [len(p.orders) for p in pages] == [10, 10, 5, 0]
        assert all(p.total == 25 and p.pages == 3 for p in pages)
        assert [o.id for p in pages for o in p.orders] == newest_first
        assert pages[0].orders[0].order_number == "A1025"

        cancelled = await list_orders(uow, store_id=shop.store_id, status="cancelled")
        assert [o.id for o in cancelled.orders] == [placed[10].id, placed[4].id, placed[3].id]
        hers = await list_orders(uow, store_id=shop.store_id, customer_id=meena.id, limit=2)
        assert hers.total == 5 and hers.pages == 3
        assert [o.id for o in hers.orders] == [placed[20].id, placed[15].id]
        hers_cancelled = await list_orders(uow, customer_id=meena.id, status="cancelled")
        assert [o.id for o in hers_cancelled.orders] == [placed[10].id]
        window = await list_orders(uow, store_id=shop.store_id, since=placed[5].created_at,
                                   until=placed[8].created_at)
        assert [o.id for o in window.orders] == [placed[7].id, placed[6].id, placed[5].id]
        nothing = await list_orders(uow, store_id="STORE-01K8NJ40V9KFKX2Y2FMK466WFH")
        assert (nothing.orders, nothing.total, nothing.pages) == ([], 0, 0)

        mine = await last_order(uow, shop.customer_id, shop.store_id)
        assert mine is not None and mine.id == placed[24].id
        latest = await last_order(uow, meena.id, shop.store_id)
        assert latest is not None and latest.id == placed[20].id

        for kwargs in ({"page": 0}, {"limit": 0}, {"limit": 101}, {"status": "shipped"}):
            with pytest.raises(InvalidInput):
                await list_orders(uow, store_id=shop.store_id, **kwargs)  # type: ignore[arg-type]


async def test_find_by_number_and_lines(shop: Shop) -> None:
    first = await order(shop.db, shop.customer_id, shop.store_id, [(shop.items["atta"], 2), (shop.items["maggi"], 3)])
    second = await order(shop.db, shop.customer_id, shop.store_id, [(shop.items["salt"], 1)])
    async with UnitOfWork(shop.db, write=False) as uow:
        for typed in ("#A1001", "a1001", " A1001 ", "#a1001"):
            assert (await find_by_number(uow, shop.store_id, typed)).id == first.id, typed
        assert (await find_by_number(uow, shop.store_id, "A1002")).id == second.id
        lines = await order_lines(uow, first.id)
        assert [(line.name, line.quantity, line.unit_price_paise, line.line_total_paise) for line in lines] == [
            ("Atta", 2, 5200, 10400), ("Maggi", 3, 1400, 4200)]
        assert [e.to_value for e in await order_events(uow, first.id)] == ["confirmed"]


# --- daily figures ------------------------------------------------------------------------

DAY = date(2025, 3, 10)


async def test_daily_stats_use_india_day_boundaries(db: Database) -> None:
    shop = await make_shop(db)  # atta 5200, maggi 1400, salt 2800
    other = await make_shop(db)
    atta, maggi, salt = shop.items["atta"], shop.items["maggi"], shop.items["salt"]
    cid, sid = shop.customer_id, shop.store_id
    await order(db, cid, sid, [(atta, 1)], created_at=ist(DAY, 0, 10))  # 18:40 UTC the day before
    await order(db, cid, sid, [(maggi, 2)], created_at=ist(DAY, 23, 30))  # 18:00 UTC the same day
    await order(db, cid, sid, [(salt, 1)], created_at=ist(DAY + timedelta(days=1), 0, 30))  # next day
    await order(db, cid, sid, [(atta, 2)], created_at=ist(DAY - timedelta(days=1), 23, 59))  # day before
    dropped = await order(db, cid, sid, [(atta, 4)], created_at=ist(DAY, 12))
    await order(db, cid, sid, [(salt, 3)], payment_method="upi", created_at=ist(DAY, 13))
    await order(db, other.customer_id, other.store_id, [(other.items["atta"], 5)], created_at=ist(DAY, 14))
    async with UnitOfWork(db) as uow:
        await cancel_order(uow, dropped.id, by="owner", store_id=sid)
        await uow.commit()

    async with UnitOfWork(db, write=False) as uow:
        stats = await daily_stats(uow, sid, DAY)
        before = await daily_stats(uow, sid, DAY - timedelta(days=1))
        after = await daily_stats(uow, sid, DAY + timedelta(days=1))
        quiet = await daily_stats(uow, sid, DAY + timedelta(days=2))
        in_db = await uow.session.scalar(select(func.count()).select_from(Order).where(Order.store_id == sid))
    assert in_db == 6
    assert stats.day == DAY
    assert stats.orders == 4
    assert stats.by_status == {"pending": 1, "confirmed": 2, "processing": 0, "out_for_delivery": 0,
                               "delivered": 0, "cancelled": 1}
    assert stats.sales_paise == 5200 + 2800 + 8400  # the cancelled 20800 is not a sale
    assert stats.average_order_paise == 16400 // 3
    assert stats.items_sold == 1 + 2 + 3
    assert stats.cancelled == 1
    assert (before.orders, before.sales_paise, before.items_sold) == (1, 10400, 2)
    assert (after.orders, after.sales_paise, after.items_sold) == (1, 2800, 1)
    assert (quiet.orders, quiet.sales_paise, quiet.average_order_paise, quiet.items_sold) == (0, 0, 0, 0)


async def test_daily_stats_default_to_today_in_india(shop: Shop) -> None:
    await order(shop.db, shop.customer_id, shop.store_id, [(shop.items["maggi"], 1)])
    async with UnitOfWork(shop.db, write=False) as uow:
        stats = await daily_stats(uow, shop.store_id)
    today = utcnow().astimezone(INDIA).date()
    assert stats.day == today
    assert (stats.orders, stats.sales_paise) == (1, 1400)
