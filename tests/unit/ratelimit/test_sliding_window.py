"""The sliding-window rate limiter on both backends (in-process and Redis), on a clock the
test moves: no burst straddling a minute boundary gets past the limit, limits recover as the
window slides, Retry-After is the real wait, and `count == limit + 1` marks exactly the first
refusal of a run (the chat flood limit's one polite reply)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from tests.conftest import REDIS_URL, require_service
from webhooks.ratelimit import MemoryRateLimiter, RateLimiter, RedisRateLimiter, Verdict

MINUTE = 1_700_000_040.0  # a whole minute since the epoch: where a fixed window would reset


class Clock:
    def __init__(self, at: float) -> None:
        self.at = at

    def __call__(self) -> float:
        return self.at


class Rig:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.limiters: list[RateLimiter] = []

    @property
    def limiter(self) -> RateLimiter:
        return self.limiters[0]


@pytest.fixture(params=["memory", "redis"])
async def rig(request: pytest.FixtureRequest) -> AsyncIterator[Rig]:
    clock = Clock(MINUTE - 30)
    rig = Rig(clock)
    if request.param == "memory":
        rig.limiters = [MemoryRateLimiter(clock=clock)]
        yield rig
        return
    require_service("Redis", "127.0.0.1", 6379)
    redis = Redis.from_url(REDIS_URL)
    prefix = f"test:rl:{uuid.uuid4().hex}:"
    # two replicas sharing one Redis count together
    rig.limiters = [RedisRateLimiter(redis, prefix, clock=clock), RedisRateLimiter(redis, prefix, clock=clock)]
    try:
        yield rig
    finally:
        keys = [k async for k in redis.scan_iter(match=prefix + "*")]
        if keys:
            await redis.delete(*keys)
        await redis.aclose()


async def hits(limiter: RateLimiter, n: int, key: str = "k", limit: int = 5, window_s: int = 60) -> list[Verdict]:
    return [await limiter.hit(key, limit, window_s) for _ in range(n)]


async def test_a_burst_straddling_a_minute_boundary_is_still_limited(rig: Rig) -> None:
    rig.clock.at = MINUTE - 0.5
    before = await hits(rig.limiter, 5)
    assert [v.allowed for v in before] == [True] * 5 and [v.count for v in before] == [1, 2, 3, 4, 5]
    rig.clock.at = MINUTE + 0.5  # a fixed window would start counting from zero here
    after = await hits(rig.limiter, 5)
    assert not any(v.allowed for v in after)
    assert all(v.retry_after_s == 59 for v in after)  # the first request leaves at MINUTE + 59.5


async def test_the_limit_recovers_as_the_window_slides(rig: Rig) -> None:
    start = rig.clock.at
    for second in range(5):  # one request a second: t+0 … t+4
        rig.clock.at = start + second
        assert (await rig.limiter.hit("k", 5, 60)).allowed
    rig.clock.at = start + 59.9
    early = await rig.limiter.hit("k", 5, 60)
    assert not early.allowed and early.retry_after_s == 1
    rig.clock.at = start + 60  # the request at t+0 has left the window
    again = await rig.limiter.hit("k", 5, 60)
    assert again.allowed and again.count == 5
    rig.clock.at = start + 60.5  # t+1 has not left yet
    assert not (await rig.limiter.hit("k", 5, 60)).allowed
    rig.clock.at = start + 200  # everything has left
    fresh = await hits(rig.limiter, 5)
    assert [v.count for v in fresh] == [1, 2, 3, 4, 5] and all(v.allowed for v in fresh)


async def test_no_sixty_seconds_ever_hold_more_than_the_limit(rig: Rig) -> None:
    start = rig.clock.at
    allowed: list[float] = []
    for step in range(400):  # a request every 0.7 s for 280 s, across four minute boundaries
        rig.clock.at = start + step * 0.7
        limiter = rig.limiters[step % len(rig.limiters)]
        if (await limiter.hit("steady", 10, 60)).allowed:
            allowed.append(rig.clock.at)
    for at in allowed:
        assert sum(1 for t in allowed if at - 60 < t <= at + 1e-9) <= 10, at
    # and the limiter is not stingier than the limit: 10 per sliding minute get through
    assert len(allowed) >= 10 * 4


async def test_retry_after_is_the_real_wait(rig: Rig) -> None:
    start = rig.clock.at
    for second in (0, 10, 20, 30, 40):
        rig.clock.at = start + second
        assert (await rig.limiter.hit("k", 5, 60)).allowed
    rig.clock.at = start + 45
    refused = await rig.limiter.hit("k", 5, 60)
    assert not refused.allowed and refused.retry_after_s == 15
    rig.clock.at = start + 59.999
    assert not (await rig.limiter.hit("k", 5, 60)).allowed
    rig.clock.at = start + 60
    assert (await rig.limiter.hit("k", 5, 60)).allowed
    rig.clock.at = start + 61
    assert (await rig.limiter.hit("k", 5, 60)).retry_after_s == 9  # now the one at +10 is oldest … at +70


async def test_count_is_limit_plus_one_exactly_once_per_run_of_refusals(rig: Rig) -> None:
    flood = await hits(rig.limiter, 9, limit=3)
    assert [v.allowed for v in flood] == [True] * 3 + [False] * 6
    assert [v.count for v in flood] == [1, 2, 3, 4, 5, 6, 7, 8, 9]
    assert sum(v.count == 4 for v in flood) == 1
    rig.clock.at += 60  # the window slides past the three allowed ones: a new run may start
    second = await hits(rig.limiter, 5, limit=3)
    assert [v.count for v in second] == [1, 2, 3, 4, 5] and sum(v.count == 4 for v in second) == 1


async def test_a_steady_flooder_hears_the_limit_at_most_once_a_window(rig: Rig) -> None:
    start = rig.clock.at
    first_refusals: list[float] = []
    for step in range(180):  # one message a second for three minutes, limit 10 a minute
        rig.clock.at = start + step
        verdict = await rig.limiter.hit("flooder", 10, 60)
        if verdict.count == 11:
            first_refusals.append(rig.clock.at)
    assert len(first_refusals) == 3
    assert all(b - a >= 60 for a, b in zip(first_refusals, first_refusals[1:]))


async def test_keys_are_independent(rig: Rig) -> None:
    await hits(rig.limiter, 5, key="a")
    assert not (await rig.limiter.hit("a", 5, 60)).allowed
    assert (await rig.limiter.hit("b", 5, 60)).allowed


async def test_concurrent_hits_take_exactly_the_limit(rig: Rig) -> None:
    verdicts = await asyncio.gather(*(rig.limiters[i % len(rig.limiters)].hit("race", 7, 60) for i in range(30)))
    assert sum(v.allowed for v in verdicts) == 7
    assert sorted(v.count for v in verdicts) == list(range(1, 31))


async def test_redis_default_uses_the_server_clock() -> None:
    require_service("Redis", "127.0.0.1", 6379)
    redis = Redis.from_url(REDIS_URL)
    prefix = f"test:rl:{uuid.uuid4().hex}:"
    try:
        limiter = RedisRateLimiter(redis, prefix)
        verdicts = await hits(limiter, 4, limit=3)
        assert [v.allowed for v in verdicts] == [True, True, True, False]
        assert 59 <= verdicts[-1].retry_after_s <= 60
        assert 0 < await redis.pttl(f"{prefix}k:log") <= 60_000  # the log expires by itself
    finally:
        keys = [k async for k in redis.scan_iter(match=prefix + "*")]
        if keys:
            await redis.delete(*keys)
        await redis.aclose()


async def test_memory_limiter_forgets_idle_keys() -> None:
    clock = Clock(MINUTE)
    limiter = MemoryRateLimiter(clock=clock)
    for n in range(50):
        await limiter.hit(f"sender-{n}", 5, 60)
    clock.at += 3600
    await limiter.hit("fresh", 5, 60)
    assert list(limiter._logs) == ["fresh"]
