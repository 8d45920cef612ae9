"""Shared fixtures: a migrated database on SQLite and, where it answers, PostgreSQL.

PostgreSQL tests get a schema of their own (dropped afterwards), so runs never collide.
Without a server they skip with the reason; under CI=true they fail instead."""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from commerce.database import Database

PG_HOST, PG_PORT, PG_DB = "127.0.0.1", 5432, "test"
PG_URL = os.environ.get("TEST_POSTGRES_URL", f"postgresql+asyncpg://postgres@{PG_HOST}:{PG_PORT}/{PG_DB}")
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
IN_CI = os.environ.get("CI", "").lower() == "true"


def _port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def require_service(name: str, host: str, port: int) -> None:
    if _port_open(host, port):
        return
    message = f"{name} is not answering at {host}:{port}"
    if IN_CI:
        pytest.fail(f"{message} (CI=true: tests that need it must run, not skip)")
    pytest.skip(message)


@pytest.fixture(params=["sqlite", "postgresql"])
async def db(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Database]:
    if request.param == "sqlite":
        database = Database.from_url(f"sqlite+aiosqlite:///{tmp_path / 'test.db'}")
        await database.migrate()
        yield database
        await database.dispose()
        return
    require_service("PostgreSQL", PG_HOST, PG_PORT)
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = Database.from_url(PG_URL)
    async with admin.engine.begin() as conn:
        await conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    await admin.dispose()
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(
        PG_URL, pool_size=20, max_overflow=40, connect_args={"server_settings": {"search_path": schema}}
    )
    database = Database(engine=engine)
    try:
        await database.migrate()
        yield database
    finally:
        await database.dispose()
        admin = Database.from_url(PG_URL)
        async with admin.engine.begin() as conn:
            await conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        await admin.dispose()
