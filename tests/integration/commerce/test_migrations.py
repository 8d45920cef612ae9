"""The Alembic migrations build exactly the schema commerce.tables declares, on both
databases, and running them again is harmless."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from commerce.database import Database, alembic_config
from commerce.stores import register_store
from commerce.tables import Base, Store
from commerce.unit_of_work import UnitOfWork

from ._support import count
from .conftest import registration


def _differences(connection: Connection) -> list[Any]:
    context = MigrationContext.configure(connection, opts={"compare_type": True, "compare_server_default": False})
    return list(compare_metadata(context, Base.metadata))


async def schema_differences(db: Database) -> list[Any]:
    async with db.engine.connect() as conn:
        return await conn.run_sync(_differences)


async def current_revision(db: Database) -> str | None:
    async with db.engine.connect() as conn:
        return await conn.run_sync(lambda c: MigrationContext.configure(c).get_current_revision())


async def test_migrated_schema_matches_the_tables(db: Database) -> None:
    assert await schema_differences(db) == []


async def test_every_table_is_there_at_head(db: Database) -> None:
    async with db.engine.connect() as conn:
        names = await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
    assert set(Base.metadata.tables) <= names
    assert "alembic_version" in names
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    assert await current_revision(db) == head


async def test_migrating_twice_is_harmless(db: Database) -> None:
    async with UnitOfWork(db) as uow:
        await register_store(uow, registration())
        await uow.commit()
    before = await current_revision(db)
    await db.migrate()
    await db.migrate()
    assert await current_revision(db) == before
    assert await count(db, Store) == 1
    assert await schema_differences(db) == []
    async with db.engine.connect() as conn:
        versions = (await conn.execute(text("SELECT count(*) FROM alembic_version"))).scalar_one()
    assert versions == 1


async def test_the_comparison_would_see_a_difference(db: Database) -> None:
    """Guard against a vacuous comparison: a table the migrations lack, a column they lack."""
    from sqlalchemy import Column, Integer, MetaData, String, Table

    changed = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.tables.values():
        table.to_metadata(changed)
    changed.tables["stores"].append_column(Column("mascot", String(20)))
    Table("loyalty_points", changed, Column("id", Integer, primary_key=True))

    def differences(connection: Connection) -> list[Any]:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, changed))

    async with db.engine.connect() as conn:
        found = await conn.run_sync(differences)
    kinds = {(d[0], getattr(d[-1], "name", None)) for d in found if isinstance(d, tuple)}
    assert ("add_table", "loyalty_points") in kinds
    assert ("add_column", "mascot") in kinds
    assert len(found) == 2
