"""A shop's past orders: the finished ones page by page (history), and every order of a
period with its lines for an export. Plain values out; formatting is the caller's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.sql.elements import ColumnElement

from commerce.errors import InvalidInput
from commerce.orders import STATUSES, OrderPage
from commerce.tables import Order, OrderLine
from commerce.unit_of_work import UnitOfWork

FINISHED = ("delivered", "cancelled")
EXPORT_LIMIT = 5000


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportedOrder:
    order: Order
    lines: list[OrderLine]


def _window(store_id: str, since: datetime | None, until: datetime | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Order.store_id == store_id]
    if since is not None:
        conditions.append(Order.created_at >= since)
    if until is not None:
        conditions.append(Order.created_at < until)
    return conditions


async def order_history(uow: UnitOfWork, store_id: str, *, since: datetime | None = None,
                        until: datetime | None = None, page: int = 1, limit: int = 20) -> OrderPage:
    """Delivered and cancelled orders, newest first; pages start at 1, limit at most 100."""
    if page < 1:
        raise InvalidInput("page", "page starts at 1")
    if not 1 <= limit <= 100:
        raise InvalidInput("limit", "limit must be between 1 and 100")
    conditions = [*_window(store_id, since, until), Order.status.in_(FINISHED)]
    total = await uow.session.scalar(select(func.count()).select_from(Order).where(*conditions)) or 0
    rows = await uow.session.scalars(
        select(Order).where(*conditions).order_by(Order.created_at.desc(), Order.id.desc())
        .limit(limit).offset((page - 1) * limit))
    return OrderPage(orders=list(rows.all()), total=int(total), page=page, limit=limit)


async def orders_for_export(uow: UnitOfWork, store_id: str, *, since: datetime | None = None,
                            until: datetime | None = None, status: str | None = None) -> list[ExportedOrder]:
    """Oldest first, with their lines; at most EXPORT_LIMIT orders (ask for a shorter period)."""
    if status is not None and status not in STATUSES:
        raise InvalidInput("status", f"status must be one of {', '.join(STATUSES)}")
    conditions = _window(store_id, since, until)
    if status is not None:
        conditions.append(Order.status == status)
    count = await uow.session.scalar(select(func.count()).select_from(Order).where(*conditions)) or 0
    if count > EXPORT_LIMIT:
        raise InvalidInput("to", f"{count} orders: export at most {EXPORT_LIMIT} at a time (choose fewer days)",
                           orders=int(count))
    orders = list((await uow.session.scalars(
        select(Order).where(*conditions).order_by(Order.created_at, Order.id))).all())
    lines: dict[str, list[OrderLine]] = {order.id: [] for order in orders}
    ids = list(lines)
    for start in range(0, len(ids), 500):
        for line in (await uow.session.scalars(
                select(OrderLine).where(OrderLine.order_id.in_(ids[start:start + 500]))
                .order_by(OrderLine.order_id, OrderLine.name))).all():
            lines[line.order_id].append(line)
    return [ExportedOrder(order=order, lines=lines[order.id]) for order in orders]
