"""One unit of work = one transaction: every change, its events and its outbox rows commit
together or not at all. Leaving the block without commit() rolls back."""

from __future__ import annotations

from types import TracebackType
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from commerce.database import Database
from commerce.events import Event
from commerce.tables import OutboxMessage


class UnitOfWork:
    __slots__ = ("db", "write", "urgent", "session", "events", "_conn", "_locked", "_committed")

    def __init__(self, db: Database, *, write: bool = True, urgent: bool = False) -> None:
        """urgent: somebody waits on this commit (a webhook's ack); writers of other processes
        on the same SQLite file let it go first (commerce/write_lock.py)."""
        self.db = db
        self.write = write
        self.urgent = urgent
        self.events: list[Event] = []
        self._conn: AsyncConnection | None = None
        self._locked = False
        self._committed = False

    async def __aenter__(self) -> UnitOfWork:
        if self.write and self.db.write_lock is not None:
            await self.db.write_lock.acquire(urgent=self.urgent)
            self._locked = True
        try:
            conn = await self.db.engine.connect()
            if self.write:
                conn = await conn.execution_options(vyapar_write=True)
            self._conn = conn
            self.session = AsyncSession(bind=conn, expire_on_commit=False, autoflush=True)
        except BaseException:
            self._release()
            raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            # close() rolls back whatever was not committed and detaches the objects loaded,
            # which keep their values for the caller (a rollback would expire them).
            await self.session.close()
            if self._conn is not None:
                await self._conn.close()
        finally:
            self._release()

    def _release(self) -> None:
        if self._locked and self.db.write_lock is not None:
            self.db.write_lock.release()
            self._locked = False

    def emit(self, event: Event) -> None:
        self.events.append(event)

    def add_outbox(self, kind: str, payload: dict[str, Any], *, store_id: str | None = None) -> None:
        """A message for the sender (a chat reply, an alert), committed with the change."""
        self.session.add(OutboxMessage(kind=kind, store_id=store_id, payload=payload))

    async def commit(self) -> None:
        for handler in self.db.event_handlers:
            for event in list(self.events):
                await handler(self, event)
        for event in self.events:
            self.session.add(OutboxMessage(kind=event.kind, store_id=event.store_id, payload=event.payload()))
        await self.session.commit()
        self._committed = True
