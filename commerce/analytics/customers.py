"""Customer insights (spec §8.10.5), over orders placed in the period and not cancelled.

- a customer is *new* when their first order at this shop (not cancelled) falls in the
  period, *returning* when they had ordered here before it began;
- average_customer_value = the period's revenue ÷ customers who ordered;
- top customers by spend (ties: more orders, then customer id), name as the customer
  record has it (else as typed on the order);
- frequency: how many customers ordered once, 2–5 times, 6 or more times in the period."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from commerce.analytics.period import analysis_period, average, percent
from commerce.analytics.sales import sold
from commerce.errors import InvalidInput
from commerce.tables import Customer, Order
from commerce.unit_of_work import UnitOfWork

MAX_LIMIT = 100


async def customer_insights(uow: UnitOfWork, store_id: str, *, days: int = 30, limit: int = 10,
                            now: datetime | None = None) -> dict[str, Any]:
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput("limit", f"limit must be between 1 and {MAX_LIMIT}")
    period = analysis_period(days, now=now)
    first_orders = (
        select(Order.customer_id, func.min(Order.created_at).label("first_at"))
        .where(Order.store_id == store_id, Order.status != "cancelled")
        .group_by(Order.customer_id).subquery()
    )
    spend = func.sum(Order.total_paise).label("spend")
    orders = func.count().label("orders")
    per_customer = (
        select(Order.customer_id, spend, orders, func.max(Order.customer_name).label("typed_name"))
        .where(*sold(store_id, period)).group_by(Order.customer_id).subquery()
    )
    rows = (await uow.session.execute(
        select(per_customer.c.customer_id, per_customer.c.spend, per_customer.c.orders,
               func.coalesce(func.nullif(Customer.name, ""), per_customer.c.typed_name, ""),
               first_orders.c.first_at)
        .join(first_orders, first_orders.c.customer_id == per_customer.c.customer_id)
        .outerjoin(Customer, Customer.id == per_customer.c.customer_id)
        .order_by(per_customer.c.spend.desc(), per_customer.c.orders.desc(), per_customer.c.customer_id)
    )).all()
    total = len(rows)
    new = sum(1 for *_, first_at in rows if first_at >= period.start)
    revenue = sum(int(row[1]) for row in rows)
    counts = [int(row[2]) for row in rows]
    return {
        "period": period.describe(),
        "summary": {"total_customers": total, "new_customers": new, "returning_customers": total - new,
                    "new_customer_percentage": percent(new, total),
                    "average_customer_value": average(revenue, total)},
        "top_customers": [
            {"rank": rank, "customer_id": customer_id, "name": name, "total_spend": int(money),
             "order_count": int(count)}
            for rank, (customer_id, money, count, name, _) in enumerate(rows[:limit], start=1)
        ],
        "frequency_distribution": {"1_order": sum(1 for c in counts if c == 1),
                                   "2_5_orders": sum(1 for c in counts if 2 <= c <= 5),
                                   "6_plus_orders": sum(1 for c in counts if c >= 6)},
    }
