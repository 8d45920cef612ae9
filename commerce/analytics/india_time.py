"""India wall-clock parts of a stored UTC timestamp, in SQL, on both databases: PostgreSQL
converts with the time zone database, SQLite (timestamps stored as naive UTC text) adds
the fixed +05:30 (India has no daylight saving)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, cast, extract, func
from sqlalchemy.sql.elements import ColumnElement

INDIA_ZONE = "Asia/Kolkata"
INDIA_OFFSET = "+330 minutes"


def india_date(column: Any, dialect: str) -> ColumnElement[str]:
    """'YYYY-MM-DD' of the India calendar day."""
    if dialect == "postgresql":
        return func.to_char(func.timezone(INDIA_ZONE, column), "YYYY-MM-DD")
    return func.strftime("%Y-%m-%d", column, INDIA_OFFSET)


def india_hour(column: Any, dialect: str) -> ColumnElement[int]:
    """0–23."""
    if dialect == "postgresql":
        return cast(extract("hour", func.timezone(INDIA_ZONE, column)), Integer)
    return cast(func.strftime("%H", column, INDIA_OFFSET), Integer)


def india_weekday(column: Any, dialect: str) -> ColumnElement[int]:
    """0 = Sunday … 6 = Saturday, on both databases."""
    if dialect == "postgresql":
        return cast(extract("dow", func.timezone(INDIA_ZONE, column)), Integer)
    return cast(func.strftime("%w", column, INDIA_OFFSET), Integer)
