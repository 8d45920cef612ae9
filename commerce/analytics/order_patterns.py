"""Order analytics (spec §8.10.4): every order placed in the period, by status, by India
hour of day and by weekday.

- total_orders counts every order, cancelled ones too; total_revenue and
  average_order_value count only orders not cancelled (as the sales summary does);
- fulfillment_rate = delivered ÷ total_orders × 100; cancellation_rate = cancelled ÷
  total_orders × 100;
- peak hour and busiest day: the most orders; a tie goes to the earlier hour / the earlier
  day of the week (Monday first). None when there were no orders."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from commerce.analytics.india_time import india_hour, india_weekday
from commerce.analytics.period import analysis_period, average, percent
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
    placed = (
        select(Order.status, Order.total_paise, india_hour(Order.created_at, dialect).label("hour"),
               india_weekday(Order.created_at, dialect).label("weekday"))
        .where(Order.store_id == store_id, Order.created_at >= period.start, Order.created_at < period.end)
        .subquery()
    )
    by_status = {str(status): (int(count), int(money)) for status, count, money in (await uow.session.execute(
        select(placed.c.status, func.count(), func.sum(placed.c.total_paise)).group_by(placed.c.status)
    )).all()}
    by_hour = {int(h): int(n) for h, n in (await uow.session.execute(
        select(placed.c.hour, func.count()).group_by(placed.c.hour)
    )).all()}
    by_weekday = {int(d): int(n) for d, n in (await uow.session.execute(
        select(placed.c.weekday, func.count()).group_by(placed.c.weekday)
    )).all()}

    total = sum(count for count, _ in by_status.values())
    cancelled = by_status.get("cancelled", (0, 0))[0]
    revenue = sum(money for status, (_, money) in by_status.items() if status != "cancelled")
    hourly = [{"hour": f"{h:02d}:00", "orders": by_hour[h]} for h in sorted(by_hour)]
    daily = [{"day": WEEKDAYS[d], "orders": by_weekday[d]} for d in WEEK_ORDER if d in by_weekday]
    peak = max(sorted(by_hour), key=lambda h: by_hour[h], default=None)  # max keeps the first of ties
    busiest = max((d for d in WEEK_ORDER if d in by_weekday), key=lambda d: by_weekday[d], default=None)
    return {
        "period": period.describe(),
        "summary": {"total_orders": total, "total_revenue": revenue,
                    "average_order_value": average(revenue, total - cancelled),
                    "fulfillment_rate": percent(by_status.get("delivered", (0, 0))[0], total),
                    "cancellation_rate": percent(cancelled, total)},
        "status_breakdown": {status: by_status.get(status, (0, 0))[0] for status in STATUSES},
        "hourly_distribution": hourly,
        "daily_distribution": daily,
        "insights": {
            "peak_hour": None if peak is None else f"{_clock(peak)} - {_clock((peak + 1) % 24)}",
            "busiest_day": None if busiest is None else WEEKDAYS[busiest],
            "orders_at_peak": 0 if peak is None else by_hour[peak],
        },
    }
