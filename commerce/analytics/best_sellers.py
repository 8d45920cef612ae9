"""Best sellers (spec §8.10.2): the store's products ranked by quantity sold and by revenue,
over the lines of the period's revenue orders (commerce.analytics.revenue: payment
completed and not cancelled — an unpaid, expired, refunded or undelivered-COD order sold
nothing). A product's total_revenue is its line totals (quantity × unit price): tax and
delivery are the order's, not a product's, so the lines of all products add up to the
sales summary's revenue less tax and delivery fees. Ties rank by the other measure, then
name. `product_id` is the store's inventory item id (ITEM-…), the thing an owner restocks."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from commerce.analytics.period import analysis_period, average
from commerce.analytics.revenue import earned
from commerce.errors import InvalidInput
from commerce.tables import InventoryItem, Order, OrderLine
from commerce.unit_of_work import UnitOfWork

MAX_LIMIT = 100


async def best_sellers(uow: UnitOfWork, store_id: str, *, days: int = 30, limit: int = 10,
                       now: datetime | None = None) -> dict[str, Any]:
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput("limit", f"limit must be between 1 and {MAX_LIMIT}")
    period = analysis_period(days, now=now)
    quantity = func.sum(OrderLine.quantity).label("quantity")
    revenue = func.sum(OrderLine.line_total_paise).label("revenue")
    orders = func.count(func.distinct(OrderLine.order_id)).label("orders")
    grouped = (
        select(InventoryItem.id, InventoryItem.name, quantity, revenue, orders)
        .join(Order, Order.id == OrderLine.order_id)
        .join(InventoryItem, InventoryItem.id == OrderLine.item_id)
        .where(*earned(store_id, period))
        .group_by(InventoryItem.id, InventoryItem.name)
    )

    async def ranked(*order_by: Any) -> list[dict[str, Any]]:
        rows = await uow.session.execute(grouped.order_by(*order_by, InventoryItem.name, InventoryItem.id).limit(limit))
        return [
            {"rank": rank, "product_name": name, "product_id": item_id, "total_quantity": int(qty),
             "total_revenue": int(money), "order_count": int(count), "avg_unit_price": average(int(money), int(qty))}
            for rank, (item_id, name, qty, money, count) in enumerate(rows.all(), start=1)
        ]

    return {
        "period": period.describe(),
        "top_by_quantity": await ranked(quantity.desc(), revenue.desc()),
        "top_by_revenue": await ranked(revenue.desc(), quantity.desc()),
    }
