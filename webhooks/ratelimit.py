"""Sliding-window rate limits keyed by anything (a sender, a phone, an IP): in-process by
default, in Redis when REDIS_URL is set so that every replica counts together.

The algorithm is the sliding-window *log*: each key keeps the times of the requests it was
allowed during the last `window_s` seconds, and a request is allowed while fewer than
`limit` of those remain. There is no window aligned to the clock, so a burst that straddles
a minute boundary is counted as one burst (a fixed window would let 2 × limit through), and
`retry_after_s` is exact: the moment the oldest counted request leaves the window. Refused
requests are not logged, so a client that keeps knocking is let in again as soon as its old
requests age out, not later. Redis keeps the log in a sorted set (score = milliseconds),
trimmed, counted and added to by one Lua script, so concurrent replicas cannot both take the
last slot. Memory per key is O(limit), which is fine for per-minute limits in the hundreds.

`Verdict.count` is the request's place in line: while allowed, how many requests (this one
included) are in the window; once refused, `limit` + how many in a row have been refused —
so `count == limit + 1` holds exactly once per run of refusals, which is how the chat flood
limit (bot/worker.py) sends one polite reply, then silence."""

from __future__ import annotations

import math
import secrets
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from redis.asyncio import Redis

Clock = Callable[[], float]  # seconds since the epoch, like time.time


@dataclass(frozen=True, slots=True)
class Verdict:
    allowed: bool
    count: int  # allowed: requests in the sliding window, this one included; refused: limit + refusals in a row
    retry_after_s: int  # whole seconds (rounded up) until another request would be allowed; 0 if one would be now


class RateLimiter(Protocol):
    async def hit(self, key: str, limit: int, window_s: int) -> Verdict: ...


def _whole_seconds(seconds: float) -> int:
    return max(0, math.ceil(round(seconds, 6)))


class MemoryRateLimiter:
    """One process's logs. Keys idle for longer than their window are swept once a minute."""

    __slots__ = ("_logs", "_refused", "_clock", "_swept")

    def __init__(self, clock: Clock = time.time) -> None:
        self._logs: dict[str, tuple[float, deque[float]]] = {}  # key → (window_s, times allowed)
        self._refused: dict[str, int] = {}  # key → refusals since the last allowed request
        self._clock = clock
        self._swept = clock()

    def _sweep(self, now: float) -> None:
        if now - self._swept < 60:
            return
        self._logs = {k: (w, log) for k, (w, log) in self._logs.items() if log and log[-1] > now - w}
        self._refused = {k: n for k, n in self._refused.items() if k in self._logs}
        self._swept = now

    async def hit(self, key: str, limit: int, window_s: int) -> Verdict:
        now = self._clock()
        self._sweep(now)
        log = self._logs[key][1] if key in self._logs else deque()
        self._logs[key] = (window_s, log)
        edge = now - window_s
        while log and log[0] <= edge:
            log.popleft()
        if len(log) < limit:
            log.append(now)
            self._refused.pop(key, None)
            count = len(log)
            wait = 0.0 if count < limit else log[0] + window_s - now
            return Verdict(allowed=True, count=count, retry_after_s=_whole_seconds(wait))
        refused = self._refused.get(key, 0) + 1
        self._refused[key] = refused
        wait = log[len(log) - limit] + window_s - now if limit > 0 else float(window_s)
        return Verdict(allowed=False, count=max(limit, 0) + refused, retry_after_s=max(1, _whole_seconds(wait)))


# KEYS[1]: the log (sorted set: member unique per request, score = milliseconds)
# KEYS[2]: refusals in a row
# ARGV: now in ms ("" = the Redis server's clock), window in ms, limit, a unique member
_SLIDING_WINDOW = """
local now = tonumber(ARGV[1])
if now == nil then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local n = redis.call('ZCARD', KEYS[1])
if n < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], window)
  redis.call('DEL', KEYS[2])
  if n + 1 < limit then
    return {1, n + 1, 0}
  end
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {1, n + 1, tonumber(oldest[2]) + window - now}
end
local refused = redis.call('INCR', KEYS[2])
redis.call('PEXPIRE', KEYS[2], window)
local wait = window
if limit > 0 then
  local edge = redis.call('ZRANGE', KEYS[1], n - limit, n - limit, 'WITHSCORES')
  wait = tonumber(edge[2]) + window - now
else
  limit = 0
end
return {0, limit + refused, wait}
"""


class RedisRateLimiter:
    """The same sliding-window log, shared by every replica. By default the Redis server's
    clock is used (replicas need not agree on the time); tests may inject one."""

    __slots__ = ("_redis", "_prefix", "_clock", "_script")

    def __init__(self, redis: Redis, prefix: str = "vyapar:rl:", *, clock: Clock | None = None) -> None:
        self._redis = redis
        self._prefix = prefix
        self._clock = clock
        self._script = redis.register_script(_SLIDING_WINDOW)

    async def hit(self, key: str, limit: int, window_s: int) -> Verdict:
        now_ms = "" if self._clock is None else str(int(self._clock() * 1000))
        member = f"{now_ms or 'server'}:{secrets.token_hex(8)}"
        allowed, count, wait_ms = await self._script(
            keys=[f"{self._prefix}{key}:log", f"{self._prefix}{key}:refused"],
            args=[now_ms, int(window_s * 1000), int(limit), member])
        wait = _whole_seconds(int(wait_ms) / 1000)
        return Verdict(allowed=bool(allowed), count=int(count), retry_after_s=wait if allowed else max(1, wait))
