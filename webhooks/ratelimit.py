"""Fixed-window rate limits keyed by anything (a sender, a phone, an IP): in-process by default,
in Redis when REDIS_URL is set so that every replica counts together."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Protocol

from redis.asyncio import Redis


@dataclass(frozen=True, slots=True)
class Verdict:
    allowed: bool
    count: int  # requests in this window, this one included
    retry_after_s: int  # seconds until the window resets


class RateLimiter(Protocol):
    async def hit(self, key: str, limit: int, window_s: int) -> Verdict: ...


class MemoryRateLimiter:
    """One process's counters. Windows are aligned to the clock; old windows are swept."""

    __slots__ = ("_counts", "_clock", "_swept")

    def __init__(self) -> None:
        self._counts: dict[tuple[str, int], int] = {}
        self._clock = time.time
        self._swept = 0.0

    async def hit(self, key: str, limit: int, window_s: int) -> Verdict:
        now = self._clock()
        window = int(now // window_s)
        if now - self._swept > 60:
            self._counts = {k: v for k, v in self._counts.items() if k[1] >= window - 1}
            self._swept = now
        count = self._counts.get((key, window), 0) + 1
        self._counts[(key, window)] = count
        retry = int((window + 1) * window_s - now) + 1
        return Verdict(allowed=count <= limit, count=count, retry_after_s=retry)


class RedisRateLimiter:
    __slots__ = ("_redis", "_prefix")

    def __init__(self, redis: Redis, prefix: str = "vyapar:rl:") -> None:
        self._redis = redis
        self._prefix = prefix

    async def hit(self, key: str, limit: int, window_s: int) -> Verdict:
        now = time.time()
        window = int(now // window_s)
        name = f"{self._prefix}{key}:{window}"
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.incr(name)
            pipe.expire(name, window_s + 1)
            count, _ = await pipe.execute()
        retry = int((window + 1) * window_s - now) + 1
        return Verdict(allowed=int(count) <= limit, count=int(count), retry_after_s=retry)
