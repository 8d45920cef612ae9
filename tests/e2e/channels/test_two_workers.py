"""Two inbox workers on one database (two replicas, no lock shared in memory): every message
is handled exactly once, and one sender's messages one at a time, in the order they came."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, datetime

from bot.handling import RetryPolicy
from bot.inbox import InboxWriter
from bot.messages import InboundMessage, OutgoingMessage
from bot.worker import InboxWorker
from commerce.database import Database
from commerce.unit_of_work import UnitOfWork
from webhooks.ratelimit import MemoryRateLimiter

SENDERS = ("9198000000%02d" % n for n in range(4))


async def test_two_workers_one_sender_at_a_time_in_order(db: Database) -> None:
    senders = list(SENDERS)
    handled: list[tuple[str, int]] = []
    busy: set[str] = set()
    overlaps: list[str] = []

    async def handler(_uow: UnitOfWork, message: InboundMessage) -> list[OutgoingMessage]:
        if message.sender_id in busy:
            overlaps.append(message.sender_id)
        busy.add(message.sender_id)
        try:
            await asyncio.sleep(0.002)
            handled.append((message.sender_id, int(message.text)))
        finally:
            busy.discard(message.sender_id)
        return []

    writer = InboxWriter(db)
    writing = asyncio.create_task(writer.run())
    per_sender = 30
    for n in range(per_sender):
        await writer.record([InboundMessage(channel="whatsapp", message_id=f"wamid.{s}.{n}", sender_id=s, chat_id=s,
                                            kind="text", text=str(n), received_at=datetime.now(UTC))
                             for s in senders])
    workers = [InboxWorker(db, handler, MemoryRateLimiter(), retry=RetryPolicy(lease_s=30), poll_s=0.01, batch=7)
               for _ in range(2)]  # each its own sender locks and flood counts, as on two machines
    running = [asyncio.create_task(w.run()) for w in workers]
    try:
        deadline = asyncio.get_running_loop().time() + 30
        while len(handled) < per_sender * len(senders):
            assert asyncio.get_running_loop().time() < deadline, f"{len(handled)} handled"
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.1)
    finally:
        for task in (*running, writing):
            task.cancel()
        for task in (*running, writing):
            with contextlib.suppress(asyncio.CancelledError):
                await task
    assert len(handled) == per_sender * len(senders)  # none twice
    assert overlaps == []
    for sender in senders:
        assert [n for s, n in handled if s == sender] == list(range(per_sender))
