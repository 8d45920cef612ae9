"""After-commit steps (bot.handling.AfterCommit): every path that runs the conversation — the
worker one message at a time (PostgreSQL), the worker's SQLite batches, the web chat — runs a
handler's steps only once its transaction has committed, with no transaction (and on SQLite no
write lock) held, and drops the steps of a message that rolled back."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select

from bot.handling import Replies, queue_replies
from bot.inbox import inbox_row, insert_new
from bot.messages import InboundMessage, OutgoingMessage
from bot.worker import InboxWorker
from commerce.database import Database
from commerce.tables import InboxMessage, OutboxMessage
from commerce.unit_of_work import UnitOfWork
from webhooks.ratelimit import MemoryRateLimiter


@dataclass
class Step:
    """Checks what it finds when run: its message committed, the database free to write."""

    message: InboundMessage
    found: list[str] = field(default_factory=list)

    async def run(self, db: Database, *, queue: bool) -> list[OutgoingMessage]:
        async def write() -> None:  # would wait for the write lock if a transaction still held it
            async with UnitOfWork(db, urgent=True) as uow:
                uow.add_outbox("probe", {"n": 1})
                await uow.commit()

        await asyncio.wait_for(write(), 2.0)
        async with UnitOfWork(db) as uow:
            status = await uow.session.scalar(select(InboxMessage.status).where(
                InboxMessage.message_id == self.message.message_id))
            self.found.append(str(status))
            reply = [OutgoingMessage(channel=self.message.channel, chat_id=self.message.chat_id, text="after")]
            if queue:
                queue_replies(uow, reply)
            await uow.commit()
        return reply


def message(n: int, text: str = "pay") -> InboundMessage:
    return InboundMessage(channel="whatsapp", message_id=f"ac{n}", sender_id=f"9198000000{n:02d}",
                          chat_id=f"9198000000{n:02d}", kind="text", text=text, received_at=datetime.now(UTC))


class Handler:
    def __init__(self) -> None:
        self.steps: dict[str, Step] = {}

    async def __call__(self, uow: UnitOfWork, inbound: InboundMessage) -> list[OutgoingMessage]:
        if inbound.text == "boom":
            self.steps[inbound.message_id] = Step(inbound)  # left behind, then the message fails
            raise RuntimeError("boom")
        step = self.steps.setdefault(inbound.message_id, Step(inbound))
        return Replies([OutgoingMessage(channel=inbound.channel, chat_id=inbound.chat_id, text="now")],
                       after_commit=[step])


async def texts(db: Database) -> list[str]:
    async with UnitOfWork(db, write=False) as uow:
        rows = (await uow.session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "reply")
                                          .order_by(OutboxMessage.id))).all()
    return [str(r.payload["text"]) for r in rows]


async def test_one_message_at_a_time_runs_the_step_after_the_commit(db: Database) -> None:
    handler = Handler()
    worker = InboxWorker(db, handler, MemoryRateLimiter())
    inbound = message(1)
    async with UnitOfWork(db) as uow:
        await insert_new(uow, [inbox_row(inbound, inbound.received_at)])
        await uow.commit()
    await worker.process(inbound)
    assert handler.steps[inbound.message_id].found == ["done"]
    assert await texts(db) == ["now", "after"]  # the turn's reply, then the step's


async def test_the_worker_loop_runs_the_steps_after_the_commit_and_drops_a_failed_messages(db: Database) -> None:
    handler = Handler()
    worker = InboxWorker(db, handler, MemoryRateLimiter(), poll_s=0.01)
    inbound = [message(1), message(2, "boom"), message(3)]
    async with UnitOfWork(db) as uow:
        await insert_new(uow, [inbox_row(m, m.received_at) for m in inbound])
        await uow.commit()
    task = asyncio.create_task(worker.run())
    try:
        for _ in range(300):
            if len(await texts(db)) >= 4 and all(handler.steps[m.message_id].found for m in (inbound[0], inbound[2])):
                break
            await asyncio.sleep(0.02)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    assert handler.steps["ac1"].found == ["done"] and handler.steps["ac3"].found == ["done"]
    assert handler.steps["ac2"].found == []  # its message rolled back: its step never runs
    assert sorted(await texts(db)) == ["after", "after", "now", "now"]


async def test_the_web_chat_answers_with_the_steps_replies(db: Database) -> None:
    handler = Handler()
    worker = InboxWorker(db, handler, MemoryRateLimiter())
    inbound = message(4)
    replies = await worker.converse_now(inbound)
    assert [r.text for r in replies] == ["now", "after"]
    assert handler.steps[inbound.message_id].found == ["done"]
    assert await texts(db) == []  # answered in the HTTP response, not queued
