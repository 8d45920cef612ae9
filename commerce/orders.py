"""Orders after they are placed: status and payment-status transitions (each a named
function checked against an allowed-from table and recorded as an order event), stock
returned exactly once, history and daily figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal

from sqlalchemy import case, func, select, update

from commerce.commission import record_commission
from commerce.errors import Forbidden, InvalidInput, InvalidTransition, NotFound
from commerce.events import OrderStatusChanged, PaymentStatusChanged
from commerce.inventory import _movement
from commerce.stores import INDIA
from commerce.tables import InventoryItem, Order, OrderEvent, OrderLine, utcnow
from commerce.unit_of_work import UnitOfWork

STATUSES = ("pending", "confirmed", "processing", "out_for_delivery", "delivered", "cancelled")
PAYMENT_STATUSES = ("pending", "completed", "failed", "refunded")
PAYMENT_METHODS = ("upi", "card", "cod")
OPEN_STATUSES = ("pending", "confirmed", "processing", "out_for_delivery")

# to-state → the states it may come from
STATUS_FROM: dict[str, tuple[str, ...]] = {
    "confirmed": ("pending",),
    "processing": ("confirmed",),
    "out_for_delivery": ("processing",),
    "delivered": ("out_for_delivery",),
    "cancelled": OPEN_STATUSES,
}
PAYMENT_FROM: dict[str, tuple[str, ...]] = {
    "completed": ("pending", "failed"),
    "failed": ("pending",),
    "pending": ("failed",),  # a new payment link after a failure
    "refunded": ("completed",),
}
# A customer may cancel until the shop starts packing; the shop until it is delivered.
CUSTOMER_CANCELLABLE = ("pending", "confirmed")
Actor = Literal["customer", "owner", "admin", "system", "payment"]


async def _load(uow: UnitOfWork, order_id: str) -> Order:
    order = await uow.session.scalar(
        select(Order).where(Order.id == order_id).with_for_update().execution_options(populate_existing=True)
    )
    if order is None:
        raise NotFound(f"order {order_id} not found", order_id=order_id)
    return order


async def _move(uow: UnitOfWork, order: Order, field: Literal["status", "payment_status"], to: str,
                actor: str, reason: str = "") -> str:
    """Compare-and-set the field from its current value; concurrent movers cannot both win."""
    table = STATUS_FROM if field == "status" else PAYMENT_FROM
    current = getattr(order, field)
    if current not in table.get(to, ()):
        raise InvalidTransition("order" if field == "status" else "payment", current, to)
    column = getattr(Order, field)
    result = await uow.session.execute(
        update(Order).where(Order.id == order.id, column == current).values({field: to, "updated_at": utcnow()})
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        await uow.session.refresh(order)
        raise InvalidTransition("order" if field == "status" else "payment", getattr(order, field), to)
    setattr(order, field, to)
    uow.session.add(OrderEvent(order_id=order.id, field=field, from_value=current, to_value=to,
                               actor=actor, reason=reason[:300]))
    if field == "status":
        uow.emit(OrderStatusChanged(store_id=order.store_id, order_id=order.id, order_number=order.order_number,
                                    customer_id=order.customer_id, from_status=current, to_status=to,
                                    actor=actor, reason=reason))
    else:
        uow.emit(PaymentStatusChanged(store_id=order.store_id, order_id=order.id, order_number=order.order_number,
                                      customer_id=order.customer_id, from_status=current, to_status=to, actor=actor))
    return current


async def release_stock(uow: UnitOfWork, order: Order, *, actor: str, reason: str = "cancel") -> bool:
    """Give the order's stock back, exactly once however many paths (cancel, expiry, reject)
    race to do it. Returns whether this call did it."""
    result = await uow.session.execute(
        update(Order).where(Order.id == order.id, Order.stock_released.is_(False)).values(stock_released=True)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return False
    order.stock_released = True
    lines = (await uow.session.scalars(
        select(OrderLine).where(OrderLine.order_id == order.id).order_by(OrderLine.item_id)
    )).all()
    for line in lines:
        returned = await uow.session.execute(
            update(InventoryItem).where(InventoryItem.id == line.item_id)
            .values(current_stock=InventoryItem.current_stock + line.quantity, updated_at=utcnow())
            .returning(InventoryItem.current_stock)
        )
        after = int(returned.scalar_one())
        item = await uow.session.get(InventoryItem, line.item_id)
        assert item is not None
        _movement(uow, item, line.quantity, after, reason, actor, order_id=order.id)
    return True


def _check_tenant(order: Order, store_id: str | None, customer_id: str | None) -> None:
    if (store_id is not None and order.store_id != store_id) or (
        customer_id is not None and order.customer_id != customer_id
    ):
        raise NotFound(f"order {order.id} not found", order_id=order.id)  # never reveal another shop's order


async def get_order(uow: UnitOfWork, order_id: str, *, store_id: str | None = None,
                    customer_id: str | None = None) -> Order:
    order = await uow.session.get(Order, order_id)
    if order is None:
        raise NotFound(f"order {order_id} not found", order_id=order_id)
    _check_tenant(order, store_id, customer_id)
    return order


async def find_by_number(uow: UnitOfWork, store_id: str, order_number: str) -> Order:
    number = order_number.strip().lstrip("#").upper()
    order = await uow.session.scalar(select(Order).where(Order.store_id == store_id, Order.order_number == number))
    if order is None:
        raise NotFound(f"order {number} not found", order_number=number)
    return order


async def order_lines(uow: UnitOfWork, order_id: str) -> list[OrderLine]:
    rows = await uow.session.scalars(select(OrderLine).where(OrderLine.order_id == order_id).order_by(OrderLine.name))
    return list(rows.all())


async def order_events(uow: UnitOfWork, order_id: str) -> list[OrderEvent]:
    rows = await uow.session.scalars(select(OrderEvent).where(OrderEvent.order_id == order_id).order_by(OrderEvent.id))
    return list(rows.all())


async def _transition(uow: UnitOfWork, order_id: str, to: str, *, actor: str, reason: str = "",
                      store_id: str | None = None) -> Order:
    order = await _load(uow, order_id)
    _check_tenant(order, store_id, None)
    await _move(uow, order, "status", to, actor, reason)
    return order


async def confirm_order(uow: UnitOfWork, order_id: str, *, actor: str = "system") -> Order:
    """pending → confirmed: paid, or cash on delivery."""
    return await _transition(uow, order_id, "confirmed", actor=actor)


async def accept_order(uow: UnitOfWork, order_id: str, *, store_id: str, actor: str = "owner") -> Order:
    """The shop accepts a confirmed order and starts packing: confirmed → processing."""
    return await _transition(uow, order_id, "processing", actor=actor, store_id=store_id)


async def send_out_for_delivery(uow: UnitOfWork, order_id: str, *, store_id: str, actor: str = "owner") -> Order:
    return await _transition(uow, order_id, "out_for_delivery", actor=actor, store_id=store_id)


async def mark_delivered(uow: UnitOfWork, order_id: str, *, store_id: str, actor: str = "owner") -> Order:
    """out_for_delivery → delivered; cash on delivery is paid at the door, and its commission
    is stored then, at the rates of that moment."""
    order = await _transition(uow, order_id, "delivered", actor=actor, store_id=store_id)
    if order.payment_method == "cod" and order.payment_status == "pending":
        await _move(uow, order, "payment_status", "completed", actor, "cash collected on delivery")
        await record_commission(uow, order, method="cod", paid_at=utcnow())
    return order


async def advance_order(uow: UnitOfWork, order_id: str, *, store_id: str, actor: str = "owner") -> Order:
    """The next step of the shop's workflow, whatever the current one is."""
    order = await get_order(uow, order_id, store_id=store_id)
    steps = {"confirmed": accept_order, "processing": send_out_for_delivery, "out_for_delivery": mark_delivered}
    step = steps.get(order.status)
    if step is None:
        raise InvalidTransition("order", order.status, "next")
    return await step(uow, order_id, store_id=store_id, actor=actor)


async def cancel_order(uow: UnitOfWork, order_id: str, *, by: Actor, reason: str = "",
                       store_id: str | None = None, customer_id: str | None = None) -> Order:
    """Cancel and give the stock back (once). A paid order's payment stays `completed` until
    the refund is processed (payments move it to `refunded`)."""
    order = await _load(uow, order_id)
    _check_tenant(order, store_id, customer_id)
    if by == "customer" and order.status not in CUSTOMER_CANCELLABLE:
        raise Forbidden("the shop is already preparing this order; ask the shop to cancel it",
                        status=order.status)
    await _move(uow, order, "status", "cancelled", by, reason)
    await release_stock(uow, order, actor=by)
    if order.payment_status == "pending":
        # nothing was paid, and nothing will be: a late payment is refunded by the payments flow
        await _move(uow, order, "payment_status", "failed", by, "order cancelled before payment")
    return order


async def reject_order(uow: UnitOfWork, order_id: str, *, store_id: str, reason: str = "") -> Order:
    return await cancel_order(uow, order_id, by="owner", reason=reason or "rejected by the shop", store_id=store_id)


async def mark_payment(uow: UnitOfWork, order_id: str, to: str, *, actor: str = "payment", reason: str = "") -> Order:
    if to not in PAYMENT_STATUSES:
        raise InvalidInput("payment_status", f"payment status must be one of {', '.join(PAYMENT_STATUSES)}")
    order = await _load(uow, order_id)
    await _move(uow, order, "payment_status", to, actor, reason)
    return order


async def reinstate_order(uow: UnitOfWork, order_id: str, *, actor: str = "payment",
                          reason: str = "paid after expiry; stock reserved again") -> Order:
    """cancelled → confirmed, only for an order paid after it expired whose stock the caller
    has already reserved again (stock_released back to False). Compare-and-set, recorded."""
    order = await _load(uow, order_id)
    if order.status != "cancelled" or order.stock_released:
        raise InvalidTransition("order", order.status, "confirmed")
    result = await uow.session.execute(
        update(Order).where(Order.id == order.id, Order.status == "cancelled", Order.stock_released.is_(False))
        .values(status="confirmed", updated_at=utcnow())
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise InvalidTransition("order", order.status, "confirmed")
    order.status = "confirmed"
    uow.session.add(OrderEvent(order_id=order.id, field="status", from_value="cancelled", to_value="confirmed",
                               actor=actor, reason=reason[:300]))
    uow.emit(OrderStatusChanged(store_id=order.store_id, order_id=order.id, order_number=order.order_number,
                                customer_id=order.customer_id, from_status="cancelled", to_status="confirmed",
                                actor=actor, reason=reason))
    return order


@dataclass(frozen=True, slots=True, kw_only=True)
class OrderPage:
    orders: list[Order]
    total: int
    page: int
    limit: int

    @property
    def pages(self) -> int:
        return (self.total + self.limit - 1) // self.limit if self.limit else 0


async def list_orders(
    uow: UnitOfWork,
    *,
    store_id: str | None = None,
    customer_id: str | None = None,
    status: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    page: int = 1,
    limit: int = 20,
) -> OrderPage:
    """Newest first. Pages start at 1; limit at most 100."""
    if page < 1:
        raise InvalidInput("page", "page starts at 1")
    if not 1 <= limit <= 100:
        raise InvalidInput("limit", "limit must be between 1 and 100")
    if status is not None and status not in STATUSES:
        raise InvalidInput("status", f"status must be one of {', '.join(STATUSES)}")
    conditions = []
    if store_id is not None:
        conditions.append(Order.store_id == store_id)
    if customer_id is not None:
        conditions.append(Order.customer_id == customer_id)
    if status is not None:
        conditions.append(Order.status == status)
    if since is not None:
        conditions.append(Order.created_at >= since)
    if until is not None:
        conditions.append(Order.created_at < until)
    total = await uow.session.scalar(select(func.count()).select_from(Order).where(*conditions)) or 0
    rows = await uow.session.scalars(
        select(Order).where(*conditions).order_by(Order.created_at.desc(), Order.id.desc())
        .limit(limit).offset((page - 1) * limit)
    )
    return OrderPage(orders=list(rows.all()), total=total, page=page, limit=limit)


async def last_order(uow: UnitOfWork, customer_id: str, store_id: str) -> Order | None:
    return await uow.session.scalar(
        select(Order).where(Order.customer_id == customer_id, Order.store_id == store_id)
        .order_by(Order.created_at.desc(), Order.id.desc()).limit(1)
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class DailyStats:
    day: date
    orders: int
    by_status: dict[str, int]
    sales_paise: int  # orders not cancelled
    average_order_paise: int
    items_sold: int
    cancelled: int


def india_day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), tzinfo=INDIA).astimezone(UTC)
    return start, start + timedelta(days=1)


async def daily_stats(uow: UnitOfWork, store_id: str, day: date | None = None) -> DailyStats:
    """One shop day in India time, from SQL aggregates."""
    the_day = day or utcnow().astimezone(INDIA).date()
    start, end = india_day_bounds(the_day)
    window = (Order.store_id == store_id, Order.created_at >= start, Order.created_at < end)
    counts = dict(
        (await uow.session.execute(select(Order.status, func.count()).where(*window).group_by(Order.status))).all()
    )
    live = Order.status != "cancelled"
    sales = await uow.session.scalar(
        select(func.coalesce(func.sum(case((live, Order.total_paise), else_=0)), 0)).where(*window)
    ) or 0
    items = await uow.session.scalar(
        select(func.coalesce(func.sum(OrderLine.quantity), 0)).join(Order, Order.id == OrderLine.order_id)
        .where(*window, live)
    ) or 0
    total_orders = sum(counts.values())
    cancelled = counts.get("cancelled", 0)
    live_orders = total_orders - cancelled
    return DailyStats(
        day=the_day, orders=total_orders, by_status={s: int(counts.get(s, 0)) for s in STATUSES},
        sales_paise=int(sales), average_order_paise=int(sales) // live_orders if live_orders else 0,
        items_sold=int(items), cancelled=int(cancelled),
    )
