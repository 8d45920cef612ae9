"""The owners' live feed: a relay tails the outbox by id and publishes the domain events a shop
owner watches (new orders, order updates, low stock) to the sockets subscribed to that store.
In-process by default; with Redis, every replica's sockets get every event (each event is
published once, by whichever replica's relay sees it first)."""

from __future__ import annotations

import asyncio
import json
import logging
from collections import defaultdict
from typing import Any, Protocol

from redis.asyncio import Redis
from sqlalchemy import func, select

from commerce.database import Database
from commerce.tables import OutboxMessage
from commerce.unit_of_work import UnitOfWork

log = logging.getLogger("vyapar.feed")
OUTBOX = OutboxMessage.__table__
FEED_TYPES = {"OrderPlaced": "new_order", "OrderStatusChanged": "order_updated",
              "PaymentStatusChanged": "order_updated", "StockLow": "low_stock"}
LOOKBACK = 200  # ids below the newest seen are re-read: a transaction may commit a lower id late
CHANNEL = "vyapar:feed"


def feed_event(outbox_id: int, kind: str, store_id: str, payload: dict[str, Any]) -> dict[str, Any]:
    return {"type": FEED_TYPES[kind], "id": outbox_id, "store_id": store_id, "event": kind, "data": payload}


class LocalFeed:
    """Sockets of this process, by store."""

    __slots__ = ("_queues",)

    def __init__(self) -> None:
        self._queues: dict[str, set[asyncio.Queue[dict[str, Any]]]] = defaultdict(set)

    def subscribe(self, store_id: str) -> asyncio.Queue[dict[str, Any]]:
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(maxsize=1000)
        self._queues[store_id].add(queue)
        return queue

    def unsubscribe(self, store_id: str, queue: asyncio.Queue[dict[str, Any]]) -> None:
        self._queues[store_id].discard(queue)
        if not self._queues[store_id]:
            del self._queues[store_id]

    def deliver(self, event: dict[str, Any]) -> None:
        for queue in list(self._queues.get(str(event["store_id"]), ())):
            if queue.full():  # a socket that stopped reading loses its oldest event, not the others
                queue.get_nowait()
            queue.put_nowait(event)


class Publisher(Protocol):
    async def publish(self, event: dict[str, Any]) -> None: ...


class LocalPublisher:
    __slots__ = ("feed",)

    def __init__(self, feed: LocalFeed) -> None:
        self.feed = feed

    async def publish(self, event: dict[str, Any]) -> None:
        self.feed.deliver(event)


class RedisPublisher:
    """Publish once per event across replicas (SET NX on its outbox id); every replica listens."""

    __slots__ = ("redis", "feed")

    def __init__(self, redis: Redis, feed: LocalFeed) -> None:
        self.redis = redis
        self.feed = feed

    async def publish(self, event: dict[str, Any]) -> None:
        if await self.redis.set(f"{CHANNEL}:seen:{event['id']}", 1, nx=True, ex=3600):
            await self.redis.publish(CHANNEL, json.dumps(event, default=str))

    async def listen(self) -> None:
        pubsub = self.redis.pubsub()
        await pubsub.subscribe(CHANNEL)
        try:
            async for message in pubsub.listen():
                if message.get("type") == "message":
                    self.feed.deliver(json.loads(message["data"]))
        finally:
            await pubsub.aclose()


class OutboxRelay:
    __slots__ = ("db", "publisher", "poll_s", "last_id", "_seen")

    def __init__(self, db: Database, publisher: Publisher, *, poll_s: float = 0.25) -> None:
        self.db = db
        self.publisher = publisher
        self.poll_s = poll_s
        self.last_id = 0
        self._seen: set[int] = set()

    async def start_from_now(self) -> None:
        async with UnitOfWork(self.db, write=False) as uow:
            self.last_id = int(await uow.session.scalar(select(func.coalesce(func.max(OUTBOX.c.id), 0))) or 0)

    async def run(self) -> None:
        while True:
            try:
                await self.relay_once()
            except Exception:  # the database or Redis hiccuped: try again next tick
                log.exception("live feed relay failed")
            await asyncio.sleep(self.poll_s)

    async def relay_once(self) -> int:
        async with UnitOfWork(self.db, write=False) as uow:
            rows = (await uow.session.execute(
                select(OUTBOX.c.id, OUTBOX.c.kind, OUTBOX.c.store_id, OUTBOX.c.payload)
                .where(OUTBOX.c.id > self.last_id - LOOKBACK, OUTBOX.c.kind.in_(list(FEED_TYPES)))
                .order_by(OUTBOX.c.id).limit(1000))).all()
        published = 0
        for row in rows:
            if row.id in self._seen or not row.store_id:
                continue
            await self.publisher.publish(feed_event(row.id, row.kind, row.store_id, row.payload))
            self._seen.add(row.id)
            self.last_id = max(self.last_id, row.id)
            published += 1
        if len(self._seen) > 10 * LOOKBACK:
            self._seen = {i for i in self._seen if i > self.last_id - LOOKBACK}
        return published
