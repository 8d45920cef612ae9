"""Sales summary (spec §8.10.1): revenue, orders and average order value for the period,
the same for the period before, growth between them, and a day-by-day breakdown.

Revenue and orders here are the *revenue orders* of commerce.analytics.revenue: placed in
the period, payment completed (UPI/card captured, or cash collected at delivery) and not
cancelled — the same set as the commission report's completed orders, so total_revenue
equals its gross_revenue and total_orders its completed_orders. Revenue is the order total
(items, tax, delivery); an order counts on the India day it was placed; aov = revenue ÷
revenue orders."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from commerce.analytics.india_time import india_date
from commerce.analytics.period import Period, analysis_period, average, growth
from commerce.analytics.revenue import earned, earned_totals
from commerce.tables import Order
from commerce.unit_of_work import UnitOfWork


async def _by_day(uow: UnitOfWork, store_id: str, period: Period) -> dict[str, tuple[int, int]]:
    day = india_date(Order.created_at, uow.db.dialect).label("day")
    placed = select(day, Order.total_paise).where(*earned(store_id, period)).subquery()
    rows = await uow.session.execute(
        select(placed.c.day, func.sum(placed.c.total_paise), func.count()).group_by(placed.c.day)
    )
    return {str(d): (int(revenue), int(orders)) for d, revenue, orders in rows.all()}


async def sales_summary(uow: UnitOfWork, store_id: str, *, days: int = 7,
                        now: datetime | None = None) -> dict[str, Any]:
    period = analysis_period(days, now=now)
    revenue, orders = await earned_totals(uow, store_id, period)
    before_revenue, before_orders = await earned_totals(uow, store_id, period.previous)
    by_day = await _by_day(uow, store_id, period)
    breakdown = []
    for offset in range(period.days):  # newest first, every day of the period (zeros included)
        day = (period.end_date - timedelta(days=offset)).isoformat()
        day_revenue, day_orders = by_day.get(day, (0, 0))
        breakdown.append({"date": day, "revenue": day_revenue, "orders": day_orders,
                          "aov": average(day_revenue, day_orders)})
    return {
        "period": period.describe(),
        "current_period": {"total_revenue": revenue, "total_orders": orders,
                           "average_order_value": average(revenue, orders)},
        "previous_period": {"total_revenue": before_revenue, "total_orders": before_orders,
                            "start_date": period.previous.start_date.isoformat(),
                            "end_date": period.previous.end_date.isoformat()},
        "growth": {"revenue_growth_percentage": growth(revenue, before_revenue),
                   "order_growth_percentage": growth(orders, before_orders)},
        "daily_breakdown": breakdown,
    }
