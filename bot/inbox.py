"""The inbox: every chat message is recorded here (keyed by provider + provider message id)
before the provider gets its 200, so a redelivered or concurrently duplicated webhook has
exactly one effect. Concurrent requests are group-committed: one transaction for every
message that arrived while the previous transaction was writing (SQLite has one writer)."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, exists, select, text, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite

from bot.channels.whatsapp import DeliveryReceipt
from bot.messages import InboundMessage
from bot.receipts import record_receipts
from commerce.database import Database
from commerce.tables import InboxMessage
from commerce.unit_of_work import UnitOfWork

log = logging.getLogger("vyapar.inbox")
INBOX = InboxMessage.__table__
CLAIM_LOCK_KEY = 7331002  # PostgreSQL advisory lock: one replica claims at a time


class ReceivedClock:
    """Strictly increasing receipt times, so rows of one sender sort in arrival order."""

    __slots__ = ("_last",)

    def __init__(self) -> None:
        self._last = datetime.min.replace(tzinfo=UTC)

    def now(self) -> datetime:
        now = datetime.now(UTC)
        self._last = now if now > self._last else self._last + timedelta(microseconds=1)
        return self._last


def inbox_row(message: InboundMessage, received_at: datetime, *, status: str = "pending") -> dict[str, Any]:
    return {"provider": message.channel, "message_id": message.message_id[:200], "channel": message.channel,
            "sender_id": message.sender_id[:64], "payload": message.to_json(), "status": status, "attempts": 0,
            "available_at": received_at, "received_at": received_at}


_INSERT_NEW = {
    name: module.insert(INBOX).on_conflict_do_nothing().returning(INBOX.c.provider, INBOX.c.message_id)
    for name, module in (("postgresql", postgresql), ("sqlite", sqlite))
}


async def insert_new(uow: UnitOfWork, rows: Sequence[dict[str, Any]]) -> set[tuple[str, str]]:
    """INSERT … ON CONFLICT DO NOTHING; the keys of the rows that were new. One statement,
    compiled once and cached, run as executemany (SQLAlchemy's "insertmanyvalues" sends it in
    multi-row batches with RETURNING), so a batch of a thousand costs no compile."""
    if not rows:
        return set()
    statement = _INSERT_NEW["postgresql" if uow.db.dialect == "postgresql" else "sqlite"]
    result = await uow.session.execute(statement, list(rows))
    return {(r.provider, r.message_id) for r in result}


@dataclass(frozen=True, slots=True)
class Pending:
    rows: list[dict[str, Any]]
    receipts: list[DeliveryReceipt]
    done: asyncio.Future[set[tuple[str, str]]]


class InboxWriter:
    """`await record(messages)` returns once they are committed; a duplicate is not new."""

    __slots__ = ("db", "clock", "waiting", "_queue", "_on_recorded", "_max_batch")

    def __init__(self, db: Database, *, on_recorded: Callable[[], None] = lambda: None,
                 max_batch: int = 2000) -> None:
        self.db = db
        self.clock = ReceivedClock()
        self._queue: asyncio.Queue[Pending] = asyncio.Queue()
        self._on_recorded = on_recorded
        self._max_batch = max_batch
        self.waiting = 0  # requests whose messages are not committed yet: their ack is due

    async def record(self, messages: Sequence[InboundMessage],
                     receipts: Sequence[DeliveryReceipt] = ()) -> list[bool]:
        """True for each message recorded now, False for one recorded before."""
        if not messages and not receipts:
            return []
        rows = [inbox_row(m, self.clock.now()) for m in messages]
        done: asyncio.Future[set[tuple[str, str]]] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait(Pending(rows=rows, receipts=list(receipts), done=done))
        self.waiting += 1
        try:
            new = await done
        finally:
            self.waiting -= 1
        return [(m.channel, m.message_id[:200]) in new for m in messages]

    async def run(self) -> None:
        while True:
            batch = [await self._queue.get()]
            count = len(batch[0].rows)
            while not self._queue.empty() and count < self._max_batch:
                batch.append(self._queue.get_nowait())
                count += len(batch[-1].rows)
            await self._write(batch)

    async def _write(self, batch: list[Pending]) -> None:
        rows = _first_of_each([row for pending in batch for row in pending.rows])
        receipts = [r for pending in batch for r in pending.receipts]
        try:
            async with UnitOfWork(self.db, urgent=True) as uow:  # acks wait on it: other processes let it go first
                new = await insert_new(uow, rows)
                if receipts:
                    await record_receipts(uow, receipts)
                await uow.commit()
        except Exception as exc:  # every waiting request answers 5xx so the provider redelivers
            log.exception("recording %d inbound messages failed", len(rows))
            for pending in batch:
                if not pending.done.done():
                    pending.done.set_exception(exc)
            return
        for pending in batch:
            if not pending.done.done():
                pending.done.set_result(new)
        if new:
            self._on_recorded()


def _first_of_each(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Two copies of one message in one batch: keep the first (one statement may not insert a key twice)."""
    seen: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        seen.setdefault((row["provider"], row["message_id"]), row)
    return list(seen.values())


async def claim_pending(db: Database, *, limit: int, lease: timedelta) -> list[InboxMessage]:
    """Take due rows (pending, or working with an expired lease) whose sender has nothing in
    progress, mark them working until the lease ends, and return them in arrival order."""
    now = datetime.now(UTC)
    busy = InboxMessage.__table__.alias("busy")
    sender_busy = exists().where(and_(busy.c.channel == INBOX.c.channel, busy.c.sender_id == INBOX.c.sender_id,
                                      busy.c.status == "working", busy.c.available_at > now))
    async with UnitOfWork(db) as uow:
        if db.dialect == "postgresql":
            await uow.session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": CLAIM_LOCK_KEY})
        query = (select(InboxMessage)
                 .where(INBOX.c.status.in_(("pending", "working")), INBOX.c.available_at <= now, ~sender_busy)
                 .order_by(INBOX.c.received_at).limit(limit))
        rows = list((await uow.session.scalars(query)).all())
        if not rows:
            return []
        until = now + lease
        keys = [(r.provider, r.message_id) for r in rows]
        for start in range(0, len(keys), 400):
            chunk = keys[start:start + 400]
            await uow.session.execute(
                update(INBOX).where(INBOX.c.status.in_(("pending", "working")),
                                    _key_in(chunk)).values(status="working", available_at=until))
        await uow.commit()
    return rows


def _key_in(keys: list[tuple[str, str]]) -> Any:
    return tuple_(INBOX.c.provider, INBOX.c.message_id).in_(keys)
