"""Order analytics (spec §8.10.4): every order placed in the period, by status, by India
hour of day and by weekday.

- total_orders, status_breakdown, the hourly and daily distributions: every order placed
  in the period, whatever became of it (awaiting payment, expired, cancelled included);
- total_revenue: the period's revenue orders (commerce.analytics.revenue: payment
  completed, not cancelled) — the sales summary's total_revenue;
- average_order_value = total_revenue ÷ number of revenue orders (the sales summary's
  AOV), not ÷ total_orders: unpaid and cancelled orders brought no money and would drag
  the average down (see docs/analytics.md on the spec's example);
- fulfillment_rate = delivered ÷ (delivered + cancelled) × 100: of the orders whose
  outcome is known, the share that reached the customer; orders still open are left out
  until they end, so a busy day does not read as badly fulfilled;
- cancellation_rate = cancelled ÷ total_orders × 100 (expired unpaid orders are cancelled);
- peak hour and busiest day: the most orders; a tie goes to the earlier hour / the earlier
  day of the week (Monday first). None when there were no orders."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from commerce.analytics.india_time import india_hour, india_weekday
from commerce.analytics.period import analysis_period, average, percent
from commerce.analytics.revenue import earned_totals, placed
from commerce.orders import STATUSES
from commerce.tables import Order
from commerce.unit_of_work import UnitOfWork

WEEKDAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")  # SQL numbering
WEEK_ORDER = (1, 2, 3, 4, 5, 6, 0)  # Monday first


def _clock(hour: int) -> str:
    """14 → '2:00 PM'."""
    return f"{(hour % 12) or 12}:00 {'AM' if hour < 12 else 'PM'}"


async def order_analytics(uow: UnitOfWork, store_id: str, *, days: int = 30,
                          now: datetime | None = None) -> dict[str, Any]:
    period = analysis_period(days, now=now)
    dialect = uow.db.dialect
    orders = (
        select(Order.status, india_hour(Order.created_at, dialect).label("hour"),
               india_weekday(Order.created_at, dialect).label("weekday"))
        .where(*placed(store_id, period))
        .subquery()
    )
    by_status = {str(status): int(count) for status, count in (await uow.session.execute(
        select(orders.c.status, func.count()).group_by(orders.c.status)
    )).all()}
    by_hour = {int(h): int(n) for h, n in (await uow.session.execute(
        select(orders.c.hour, func.count()).group_by(orders.c.hour)
    )).all()}
    by_weekday = {int(d): int(n) for d, n in (await uow.session.execute(
        select(orders.c.weekday, func.count()).group_by(orders.c.weekday)
    )).all()}
    revenue, revenue_orders = await earned_totals(uow, store_id, period)

    total = sum(by_status.values())
    cancelled = by_status.get("cancelled", 0)
    delivered = by_status.get("delivered", 0)
    hourly = [{"hour": f"{h:02d}:00", "orders": by_hour[h]} for h in sorted(by_hour)]
    daily = [{"day": WEEKDAYS[d], "orders": by_weekday[d]} for d in WEEK_ORDER if d in by_weekday]
    peak = max(sorted(by_hour), key=lambda h: by_hour[h], default=None)  # max keeps the first of ties
    busiest = max((d for d in WEEK_ORDER if d in by_weekday), key=lambda d: by_weekday[d], default=None)
    return {
        "period": period.describe(),
        "summary": {"total_orders": total, "total_revenue": revenue,
                    "average_order_value": average(revenue, revenue_orders),
                    "fulfillment_rate": percent(delivered, delivered + cancelled),
                    "cancellation_rate": percent(cancelled, total)},
        "status_breakdown": {status: by_status.get(status, 0) for status in STATUSES},
        "hourly_distribution": hourly,
        "daily_distribution": daily,
        "insights": {
            "peak_hour": None if peak is None else f"{_clock(peak)} - {_clock((peak + 1) % 24)}",
            "busiest_day": None if busiest is None else WEEKDAYS[busiest],
            "orders_at_peak": 0 if peak is None else by_hour[peak],
        },
    }
