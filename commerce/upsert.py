"""INSERT … ON CONFLICT DO NOTHING on both databases we run on."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase

from commerce.unit_of_work import UnitOfWork


async def insert_if_absent(uow: UnitOfWork, model: type[DeclarativeBase], values: dict[str, Any]) -> bool:
    """True if the row was inserted, False if a row with the same key was already there."""
    dialect = uow.db.dialect
    module: Any = postgresql if dialect == "postgresql" else sqlite
    statement = module.insert(model).values(**values).on_conflict_do_nothing()
    result = await uow.session.execute(statement)
    return bool(result.rowcount)  # type: ignore[attr-defined]
