"""Provider pacing shared by every replica, in Redis (used when REDIS_URL is set).

Several `vyapar serve` replicas each run an outbox sender; WhatsApp's 80 messages/s is per
business number and Telegram's 30/s per bot, so the senders must count together. The same
two rules as bot/pacing.py, kept in Redis and decided by the Redis server's clock (replicas
need not agree on the time):

- the send rate: a sliding log of the sends of the last second (a sorted set) and the
  earliest moment the next send may go (sends at least 1/rate apart), checked and recorded
  by one Lua script, so two replicas can never both take the last slot;
- the gap per chat: a key per chat (SET NX PX): a sender that sets it may write to the chat
  and holds it until the message really goes (it may wait its turn in the send rate first),
  then the key is set to live for the gap; the others are told how long is left. A sender
  that dies holding a chat frees it after HOLD_S."""

from __future__ import annotations

import asyncio
import secrets

from redis.asyncio import Redis

from bot.pacing import Sleep, rate_window

HOLD_S = 30.0  # a claimed chat waits at most this long for its message to go

# KEYS[1]: the sends of the last window (sorted set, score = server milliseconds)
# KEYS[2]: the earliest next send (milliseconds)
# ARGV: window ms, limit, interval ms, a unique member
# Returns "0" when the send is allowed (and counted), else the milliseconds to wait.
_TAKE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local window = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local interval = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local wait = 0
local next_at = tonumber(redis.call('GET', KEYS[2]) or '0')
if next_at > now then
  wait = next_at - now
end
if redis.call('ZCARD', KEYS[1]) >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  wait = math.max(wait, tonumber(oldest[2]) + window - now)
end
if wait > 0 then
  return string.format('%.3f', wait)
end
redis.call('ZADD', KEYS[1], string.format('%.3f', now), ARGV[4])
redis.call('PEXPIRE', KEYS[1], math.ceil(window * 2))
redis.call('SET', KEYS[2], string.format('%.3f', now + interval), 'PX', math.ceil(window * 2))
return '0'
"""


class RedisSendRate:
    """At most `per_second` sends in any one-second window across every replica, spaced at
    least 1/per_second apart. `take()` waits until a send is allowed and counts it."""

    __slots__ = ("rate", "window_ms", "limit", "interval_ms", "_keys", "_script", "_sleep")

    def __init__(self, redis: Redis, key: str, per_second: float, *, sleep: Sleep = asyncio.sleep) -> None:
        self.rate = float(per_second)
        window_s, self.limit = rate_window(per_second)
        self.window_ms = 1000 * window_s
        self.interval_ms = self.window_ms / self.limit
        self._keys = [f"{key}:log", f"{key}:next"]
        self._script = redis.register_script(_TAKE)
        self._sleep = sleep

    async def take(self) -> None:
        while True:
            wait_ms = float(await self._script(
                keys=self._keys, args=[self.window_ms, self.limit, self.interval_ms, secrets.token_hex(8)]))
            if wait_ms <= 0:
                return
            await self._sleep(wait_ms / 1000)


class RedisChatGaps:
    """When each chat may next be written to, for every replica."""

    __slots__ = ("gap_s", "_redis", "_prefix", "_gap_ms", "_hold_ms")

    def __init__(self, redis: Redis, prefix: str, gap_s: float, *, hold_s: float = HOLD_S) -> None:
        self.gap_s = gap_s
        self._redis = redis
        self._prefix = prefix
        self._gap_ms = max(1, int(gap_s * 1000))
        self._hold_ms = max(self._gap_ms, int(hold_s * 1000))

    async def claim(self, chat_id: str) -> float:
        key = self._prefix + chat_id
        for _ in range(3):  # the key may lapse between SET and PTTL: ask again
            if await self._redis.set(key, b"1", nx=True, px=self._hold_ms):
                return 0.0
            left_ms = int(await self._redis.pttl(key))
            if left_ms > 0:
                return left_ms / 1000
        return 0.001  # still racing: try again in a moment, as a deferred row

    async def restart(self, chat_id: str) -> None:
        await self._redis.set(self._prefix + chat_id, b"1", px=self._gap_ms)
