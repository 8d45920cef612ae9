"""Customer insights (spec §8.10.5), over the period's revenue orders
(commerce.analytics.revenue: payment completed and not cancelled) — the same set as the
sales summary and the commission report, so the customers' spends add up to their revenue.

- a customer is someone with at least one revenue order in the period (an order left
  unpaid, expired, refunded, or COD not yet delivered makes no customer);
- *new* when their first revenue order at this shop ever falls in the period, *returning*
  when they had one here before it began;
- average_customer_value = the period's revenue ÷ customers;
- top customers by spend (ties: more orders, then customer id), name as the customer
  record has it (else as typed on the order);
- frequency: how many customers had 1, 2–5, or 6 or more revenue orders in the period."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select

from commerce.analytics.period import analysis_period, average, percent
from commerce.analytics.revenue import earned, is_earned
from commerce.errors import InvalidInput
from commerce.tables import Customer, Order
from commerce.unit_of_work import UnitOfWork

MAX_LIMIT = 100


async def customer_insights(uow: UnitOfWork, store_id: str, *, days: int = 30, limit: int = 10,
                            now: datetime | None = None) -> dict[str, Any]:
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput("limit", f"limit must be between 1 and {MAX_LIMIT}")
    period = analysis_period(days, now=now)
    first_orders = (  # each customer's first revenue order at this shop, ever
        select(Order.customer_id, func.min(Order.created_at).label("first_at"))
        .where(Order.store_id == store_id, *is_earned())
        .group_by(Order.customer_id).subquery()
    )
    per_customer = (
        select(Order.customer_id, func.sum(Order.total_paise).label("spend"), func.count().label("orders"),
               func.max(Order.customer_name).label("typed_name"))
        .where(*earned(store_id, period)).group_by(Order.customer_id).subquery()
    )
    c = per_customer.c

    def how_many(condition: Any) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    summary = (await uow.session.execute(
        select(func.count(), func.coalesce(func.sum(c.spend), 0), how_many(first_orders.c.first_at >= period.start),
               how_many(c.orders == 1), how_many((c.orders >= 2) & (c.orders <= 5)), how_many(c.orders >= 6))
        .select_from(per_customer).join(first_orders, first_orders.c.customer_id == c.customer_id)
    )).one()
    total, revenue, new, once, two_to_five, six_plus = (int(x) for x in summary)
    top = (await uow.session.execute(
        select(c.customer_id, c.spend, c.orders, func.coalesce(func.nullif(Customer.name, ""), c.typed_name, ""))
        .outerjoin(Customer, Customer.id == c.customer_id)
        .order_by(c.spend.desc(), c.orders.desc(), c.customer_id).limit(limit)
    )).all()
    return {
        "period": period.describe(),
        "summary": {"total_customers": total, "new_customers": new, "returning_customers": total - new,
                    "new_customer_percentage": percent(new, total),
                    "average_customer_value": average(revenue, total)},
        "top_customers": [
            {"rank": rank, "customer_id": customer_id, "name": name, "total_spend": int(money),
             "order_count": int(count)}
            for rank, (customer_id, money, count, name) in enumerate(top, start=1)
        ],
        "frequency_distribution": {"1_order": once, "2_5_orders": two_to_five, "6_plus_orders": six_plus},
    }
