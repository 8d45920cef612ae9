"""The inbox worker on SQLite while webhooks stream in: it cuts its transactions short for a
waiting ack, rests between them (CPU left to the web process), and still settles every
message, each sender's in order — never starved, never a message twice."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from bot.inbox import inbox_row, insert_new
from bot.messages import InboundMessage, OutgoingMessage
from bot.worker import InboxWorker
from commerce.database import Database
from commerce.tables import InboxMessage, OutboxMessage
from commerce.unit_of_work import UnitOfWork
from webhooks.ratelimit import MemoryRateLimiter


async def test_worker_under_a_constant_ack_stream_settles_everything_in_order(tmp_path: Path) -> None:
    db = Database.from_url(f"sqlite+aiosqlite:///{tmp_path / 'w.db'}")
    await db.migrate()
    seen: list[tuple[str, str]] = []
    transactions: list[UnitOfWork] = []  # the unit of work each message ran in

    async def handler(uow: UnitOfWork, message: InboundMessage) -> list[OutgoingMessage]:
        seen.append((message.sender_id, message.text))
        transactions.append(uow)  # kept alive, so no two units of work share an id
        await asyncio.sleep(0.002)  # some work inside the transaction
        return [OutgoingMessage(channel=message.channel, chat_id=message.chat_id, text=message.text.upper())]

    start = datetime.now(UTC) - timedelta(seconds=5)
    messages = [InboundMessage(channel="web", message_id=f"m{n}", sender_id=f"s{n % 3}", chat_id=f"s{n % 3}",
                               kind="text", text=f"t{n}", received_at=start + timedelta(milliseconds=n))
                for n in range(30)]
    async with UnitOfWork(db) as uow:
        await insert_new(uow, [inbox_row(m, m.received_at) for m in messages])
        await uow.commit()

    worker = InboxWorker(db, handler, MemoryRateLimiter(), poll_s=0.01)
    worker.acks_waiting = lambda: 1  # a webhook always waiting for the write lock
    worker._per_message_s = 0.0001  # it believes messages are cheap: without an ack waiting it would batch many
    task = asyncio.create_task(worker.run())
    try:
        async def all_done() -> bool:
            async with UnitOfWork(db, write=False) as uow:
                return await uow.session.scalar(
                    select(func.count()).select_from(InboxMessage).where(InboxMessage.status == "done")) == 30
        for _ in range(500):
            if await all_done():
                break
            await asyncio.sleep(0.02)
        assert await all_done(), "the worker starved under the ack stream"
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    assert sorted(seen) == sorted((m.sender_id, m.text) for m in messages)  # each once
    for sender in ("s0", "s1", "s2"):
        mine = [int(text[1:]) for who, text in seen if who == sender]
        assert mine == sorted(mine), f"{sender}'s messages out of order"
    per_transaction = Counter(id(uow) for uow in transactions)
    assert max(per_transaction.values()) == 1  # an ack was waiting: one message per transaction
    async with UnitOfWork(db, write=False) as uow:
        replies = await uow.session.scalar(select(func.count()).select_from(OutboxMessage))
    assert replies == 30
    await db.dispose()


async def test_acks_seen_are_remembered_briefly(tmp_path: Path) -> None:
    db = Database.from_url(f"sqlite+aiosqlite:///{tmp_path / 'r.db'}")

    async def handler(uow: UnitOfWork, message: InboundMessage) -> list[OutgoingMessage]:
        return []

    worker = InboxWorker(db, handler, MemoryRateLimiter())
    waiting = [0]
    worker.acks_waiting = lambda: waiting[0]
    assert not worker._acks_now() and worker._acks_seen_at == float("-inf")
    waiting[0] = 1
    assert worker._acks_now()
    loop = asyncio.get_running_loop()
    assert loop.time() - worker._acks_seen_at < 0.1
    await db.dispose()
