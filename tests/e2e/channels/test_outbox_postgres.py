"""Two outbox senders on one PostgreSQL database send every row exactly once."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import select

from bot.messages import OutgoingMessage
from bot.outbox_sender import OutboxSender, SendPolicy
from bot.pacing import Pace
from commerce.database import Database
from commerce.tables import OutboxMessage
from commerce.unit_of_work import UnitOfWork


class CountingChannel:
    def __init__(self) -> None:
        self.sent: list[str] = []

    async def deliver(self, message: OutgoingMessage, *, window_open: bool, locale: str = "en") -> str:
        await asyncio.sleep(0.001)
        self.sent.append(message.chat_id)
        return f"tg-{len(self.sent)}"


async def test_two_senders_send_each_row_once(db: Database) -> None:
    async with UnitOfWork(db) as uow:
        for i in range(300):
            uow.add_outbox("reply", OutgoingMessage(channel="telegram", chat_id=str(1000 + i), text=f"hi {i}").to_json())
        uow.add_outbox("OrderPlaced", {"type": "OrderPlaced"}, store_id="STORE-A")  # not for the sender
        await uow.commit()
    channel = CountingChannel()
    pace = {"telegram": Pace(per_second=100_000, chat_gap_s=0)}
    policy = SendPolicy(batch=25, poll_s=0.01)
    senders = [OutboxSender(db, {"telegram": channel}, pace, policy=policy) for _ in range(2)]

    async def drain(sender: OutboxSender) -> None:
        while await sender.send_due():
            pass

    await asyncio.gather(*(drain(s) for s in senders))
    assert sorted(channel.sent) == sorted(str(1000 + i) for i in range(300))
    async with UnitOfWork(db, write=False) as uow:
        rows: list[Any] = list((await uow.session.scalars(select(OutboxMessage))).all())
    assert {r.status for r in rows if r.kind == "reply"} == {"sent"}
    assert [r.status for r in rows if r.kind == "OrderPlaced"] == ["pending"]
