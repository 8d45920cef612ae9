"""Provider pacing shared through Redis: two replicas' outbox senders together keep one send
rate per business number and one gap per chat (real Redis, real time; skipped without Redis
except under CI=true)."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from redis.asyncio import Redis
from sqlalchemy import select, update

from bot.messages import Button, OutgoingMessage
from bot.outbox_sender import OutboxSender, SendPolicy
from bot.pacing import Pace
from commerce.database import Database
from commerce.tables import OutboxMessage, utcnow
from commerce.unit_of_work import UnitOfWork
from tests.conftest import REDIS_URL, require_service
from tests.unit.channels.test_pacing import busiest_window
from webhooks.channels.runtime import shared_pacing
from webhooks.settings import Settings
from webhooks.shared_pacing import RedisChatGaps, RedisSendRate

JITTER_S = 0.05  # local clocks read a grant a little after the Redis server made it (more so on a busy machine)


@pytest.fixture
async def redis() -> AsyncIterator[tuple[Redis, str]]:
    require_service("Redis", "127.0.0.1", 6379)
    client = Redis.from_url(REDIS_URL)
    prefix = f"test:pace:{uuid.uuid4().hex}"
    try:
        yield client, prefix
    finally:
        keys = [k async for k in client.scan_iter(match=prefix + "*")]
        if keys:
            await client.delete(*keys)
        await client.aclose()


async def test_two_replicas_share_one_send_rate(redis: tuple[Redis, str]) -> None:
    client, prefix = redis
    replicas = [RedisSendRate(client, prefix, 20), RedisSendRate(client, prefix, 20)]
    times: list[float] = []

    async def send(rate: RedisSendRate) -> None:
        await rate.take()
        times.append(time.monotonic())

    began = time.monotonic()
    await asyncio.gather(*(send(replicas[i % 2]) for i in range(40)))
    took = time.monotonic() - began
    # each replica alone would allow 20/s, so 40/s together; shared, the 40 sends need ~2 s
    assert busiest_window(times, 1.0 - JITTER_S) <= 20
    assert took >= 39 / 20 - 0.1


async def test_another_number_has_its_own_rate(redis: tuple[Redis, str]) -> None:
    client, prefix = redis
    first, second = RedisSendRate(client, prefix + ":a", 10), RedisSendRate(client, prefix + ":b", 10)
    began = time.monotonic()
    await asyncio.gather(first.take(), second.take())
    assert time.monotonic() - began < 0.09  # no waiting on each other (one send each is due now)


async def test_chat_gap_holds_across_replicas(redis: tuple[Redis, str]) -> None:
    client, prefix = redis
    one, two = RedisChatGaps(client, prefix + ":chat:", 0.5), RedisChatGaps(client, prefix + ":chat:", 0.5)
    assert await one.claim("919800000001") == 0.0  # held until its message goes …
    assert await two.claim("919800000001") > 0.5  # … so the other replica may not write to it
    assert await two.claim("919800000002") == 0.0  # other chats are not held up
    await asyncio.sleep(0.6)  # the message waits its turn in the send rate: the chat stays held
    assert await two.claim("919800000001") > 0.5
    await one.restart("919800000001")  # written to now: the gap runs from here
    assert 0.2 < await two.claim("919800000001") <= 0.5
    await asyncio.sleep(0.55)
    assert await two.claim("919800000001") == 0.0


class Recorder:
    def __init__(self, log: list[tuple[float, str]]) -> None:
        self.log = log

    async def deliver(self, message: OutgoingMessage, *, window_open: bool, locale: str = "en") -> str:
        self.log.append((time.monotonic(), message.chat_id))
        return f"wamid.{len(self.log)}"


async def test_two_outbox_senders_keep_the_rate_and_gaps_together(tmp_path: Path,
                                                                  redis: tuple[Redis, str]) -> None:
    client, prefix = redis
    pace = Pace(per_second=20, chat_gap_s=0.5)
    db = Database.from_url(f"sqlite+aiosqlite:///{tmp_path / 'shared.db'}")
    await db.migrate()
    try:
        chats = [str(919800000100 + i) for i in range(25)]
        async with UnitOfWork(db) as uow:
            for n in range(2):  # buttons keep a chat's two messages from being merged into one
                for chat in chats:
                    uow.add_outbox("reply", OutgoingMessage(channel="whatsapp", chat_id=chat, text=f"{chat}/{n}",
                                                            buttons=(Button(id="x", title="X"),)).to_json())
            await uow.commit()
        log: list[tuple[float, str]] = []

        def replica() -> OutboxSender:
            shared: dict[str, Any] = {"rates": {"whatsapp": RedisSendRate(client, prefix, pace.per_second)},
                                      "gaps": {"whatsapp": RedisChatGaps(client, prefix + ":chat:", pace.chat_gap_s)}}
            return OutboxSender(db, {"whatsapp": Recorder(log)}, {"whatsapp": pace},
                                policy=SendPolicy(batch=10), **shared)

        senders = [replica(), replica()]

        async def run(sender: OutboxSender) -> None:
            deadline = time.monotonic() + 20
            while len(log) < 2 * len(chats) and time.monotonic() < deadline:
                if not await sender.send_due():
                    await asyncio.sleep(0.02)
                    async with UnitOfWork(db) as uow:  # deferred rows come due on the real clock anyway
                        await uow.session.execute(update(OutboxMessage).where(OutboxMessage.status == "pending")
                                                  .values(available_at=utcnow()))
                        await uow.commit()

        await asyncio.gather(*(run(s) for s in senders))
        assert len(log) == 2 * len(chats)
        assert busiest_window([t for t, _ in log], 1.0 - JITTER_S) <= pace.per_second
        by_chat: dict[str, list[float]] = defaultdict(list)
        for at, chat in log:
            by_chat[chat].append(at)
        for times in by_chat.values():
            assert len(times) == 2 and times[1] - times[0] >= pace.chat_gap_s - JITTER_S
        async with UnitOfWork(db, write=False) as uow:
            assert set((await uow.session.scalars(select(OutboxMessage.status))).all()) == {"sent"}
    finally:
        await db.dispose()


async def test_the_server_shares_pacing_per_business_number_when_redis_is_set(redis: tuple[Redis, str]) -> None:
    """What `vyapar serve` builds with REDIS_URL: replicas of one WhatsApp number share a rate;
    another number (another deployment on the same Redis) does not wait on it."""
    client, _ = redis
    slow = {"whatsapp": Pace(per_second=1, chat_gap_s=1.0)}
    number = f"9{uuid.uuid4().int % 10**9}"

    def rates_of(phone_id: str) -> RedisSendRate:
        rates, _gaps = shared_pacing(client, Settings(whatsapp_phone_id=phone_id), slow)
        rate = rates["whatsapp"]
        assert isinstance(rate, RedisSendRate)
        return rate

    try:
        await rates_of(number).take()  # the first send of the second is free …
        began = time.monotonic()
        await rates_of(number + "0").take()  # … for another number too
        assert time.monotonic() - began < 0.5
        await rates_of(number).take()  # a second replica of the first number waits out the second
        assert time.monotonic() - began > 0.8
    finally:
        keys = [k async for k in client.scan_iter(match=f"vyapar:pace:whatsapp:{number}*")]
        if keys:
            await client.delete(*keys)
