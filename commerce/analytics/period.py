"""The period an analysis covers, in whole India calendar days, and the arithmetic every
report shares (percentages, averages rounded half up to the paisa)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from commerce.errors import InvalidInput
from commerce.stores import INDIA
from commerce.tables import utcnow

PERIODS = (7, 30, 90, 365)


@dataclass(frozen=True, slots=True, kw_only=True)
class Period:
    """`days` India calendar days ending today (inclusive), as UTC instants [start, end);
    the previous period is the same number of days just before."""

    days: int
    start_date: date
    end_date: date
    start: datetime
    end: datetime

    @property
    def previous(self) -> Period:
        return analysis_period(self.days, today=self.start_date - timedelta(days=1))

    def describe(self) -> dict[str, object]:
        return {"days": self.days, "start_date": self.start_date.isoformat(),
                "end_date": self.end_date.isoformat()}


def _india_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=INDIA).astimezone(UTC)


def analysis_period(days: int, *, now: datetime | None = None, today: date | None = None) -> Period:
    if days not in PERIODS:
        raise InvalidInput("days", f"days must be one of {', '.join(map(str, PERIODS))}")
    end_date = today or (now or utcnow()).astimezone(INDIA).date()
    start_date = end_date - timedelta(days=days - 1)
    return Period(days=days, start_date=start_date, end_date=end_date,
                  start=_india_midnight(start_date), end=_india_midnight(end_date + timedelta(days=1)))


def percent(part: int, whole: int) -> float:
    """part / whole × 100, rounded half up to 2 places; 0.0 when whole is 0."""
    if whole == 0:
        return 0.0
    return float((Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def growth(current: int, previous: int) -> float | None:
    """Period-over-period change in percent; None when there was nothing before to compare."""
    if previous == 0:
        return None
    return percent(current - previous, previous)


def average(total: int, count: int) -> int:
    """total / count rounded half up (paise); 0 when count is 0."""
    if count == 0:
        return 0
    return (2 * total + count) // (2 * count)
