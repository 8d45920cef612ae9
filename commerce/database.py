"""The database: one async engine, migrated on start. SQLite (one file) by default,
PostgreSQL through asyncpg when DATABASE_URL says so: same code, same migrations."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from commerce.write_lock import SharedWriteLock, WriteLock

if TYPE_CHECKING:
    from commerce.events import Event
    from commerce.unit_of_work import UnitOfWork

# Called for every domain event just before the unit of work commits, inside its transaction:
# how alerts and replies about a change are written atomically with the change. Registered by
# the outer layers (bot/), so commerce/ never imports them.
EventHandler = Callable[["UnitOfWork", "Event"], Awaitable[None]]

MIGRATIONS = Path(__file__).parent / "migrations"
DEFAULT_URL = "sqlite+aiosqlite:///vyapar.db"


def normalise_url(url: str) -> str:
    """Accept the URLs people paste (postgres://, postgresql://, sqlite:///) and pick our drivers."""
    for plain, ours in (
        ("postgres://", "postgresql+asyncpg://"),
        ("postgresql://", "postgresql+asyncpg://"),
        ("sqlite:///", "sqlite+aiosqlite:///"),
    ):
        if url.startswith(plain):
            return ours + url[len(plain) :]
    return url


def _sqlite_setup(engine: AsyncEngine) -> None:
    """WAL, foreign keys, and transactions we begin ourselves: BEGIN IMMEDIATE for units of
    work that write, so two writers never deadlock on a read lock they both hold."""

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON", "busy_timeout=30000"):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("vyapar_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@dataclass(slots=True)
class Database:
    engine: AsyncEngine
    # SQLite allows one writer: writers queue here, on the event loop, not in SQLite's busy loop
    # (and, with shared_lock, on a file lock that other processes on the same file take too).
    write_lock: WriteLock | None = field(default=None)
    event_handlers: list[EventHandler] = field(default_factory=list)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @classmethod
    def from_url(cls, url: str = DEFAULT_URL, *, echo: bool = False, shared_lock: bool = False) -> Database:
        """shared_lock: several processes write this SQLite file (commerce/write_lock.py)."""
        url = normalise_url(url)
        if url.startswith("sqlite"):
            engine = create_async_engine(url, echo=echo, pool_size=8, max_overflow=8)
            if ":memory:" in url or url.rstrip("/").endswith("sqlite+aiosqlite:"):
                raise ValueError("use an SQLite file, not :memory: (each connection would see its own database)")
            _sqlite_setup(engine)
            database = engine.url.database or ""
            lock = SharedWriteLock.beside(database) if shared_lock else WriteLock()
            return cls(engine=engine, write_lock=lock)
        engine = create_async_engine(url, echo=echo, pool_size=10, max_overflow=30, pool_pre_ping=True)
        return cls(engine=engine)

    async def migrate(self) -> None:
        """Apply Alembic migrations up to head; safe when several replicas start together."""
        async with self.engine.connect() as conn:
            conn = await conn.execution_options(vyapar_write=True)
            async with conn.begin():
                if self.dialect == "postgresql":
                    await conn.execute(text("SELECT pg_advisory_xact_lock(7331001)"))
                await conn.run_sync(_upgrade)

    async def ping(self) -> bool:
        try:
            async with self.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
            return True
        except Exception:  # noqa: BLE001 — readiness answers "no", whatever the cause
            return False

    async def dispose(self) -> None:
        await self.engine.dispose()
        if isinstance(self.write_lock, SharedWriteLock):
            self.write_lock.close()


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _upgrade(connection: Connection) -> None:
    command.upgrade(alembic_config(connection), "head")
