"""Provider speed limits: a send rate per business number (WhatsApp 80 messages/s, Telegram
30/s) that holds over ANY one-second window, and a minimum gap between two messages to one
chat (WhatsApp about 6 s, Telegram 1 s). These classes keep them in this process; with
REDIS_URL set, webhooks/shared_pacing.py keeps them in Redis so that every replica's outbox
sender counts together (the outbox sender takes either: `Rate` and `Gaps` below).

The rate is enforced twice over, so neither a burst nor float rounding can break it:
sends are spaced at least 1/rate apart (no burst allowance: a token bucket of capacity 1),
and a sliding log of the last `rate` send times refuses a send while the `rate`-th previous
one is less than a second old. So no half-open window [t, t + 1 s) ever holds more than
`rate` sends, and a steady queue still goes out at the full rate."""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True, slots=True, kw_only=True)
class Pace:
    per_second: float  # messages per second for the whole number / bot
    chat_gap_s: float  # seconds between two messages to one chat


WHATSAPP_PACE = Pace(per_second=80, chat_gap_s=6.0)
TELEGRAM_PACE = Pace(per_second=30, chat_gap_s=1.0)


def rate_window(per_second: float) -> tuple[float, int]:
    """(window in seconds, sends allowed in it): 80/s is 80 in any second; slower than one a
    second, one send per 1/rate seconds."""
    if per_second <= 0:
        raise ValueError("per_second must be positive")
    if per_second >= 1:
        return 1.0, int(math.floor(per_second))
    return 1.0 / per_second, 1


class Rate(Protocol):
    async def take(self) -> None:
        """Wait until one more send is allowed and count it."""


class Gaps(Protocol):
    gap_s: float

    async def claim(self, chat_id: str) -> float:
        """0 when the chat may be written to now (and it is held for gap_s from now), else how
        many seconds are left of its gap."""

    async def restart(self, chat_id: str) -> None:
        """The chat was really written to now: its gap runs from this moment."""


class SendRate:
    """At most `per_second` sends in any one-second window, evenly spaced.

    `take()` waits until a send is allowed and records it. Waiters are served in arrival
    order (one asyncio.Lock). `clock` and `sleep` are injectable for tests."""

    __slots__ = ("rate", "window_s", "limit", "interval_s", "_log", "_next", "_lock", "_clock", "_sleep")

    def __init__(self, per_second: float, *, clock: Clock = time.monotonic, sleep: Sleep = asyncio.sleep) -> None:
        self.rate = float(per_second)
        self.window_s, self.limit = rate_window(per_second)
        self.interval_s = self.window_s / self.limit
        self._log: deque[float] = deque(maxlen=self.limit)
        self._next = -math.inf
        self._lock = asyncio.Lock()
        self._clock = clock
        self._sleep = sleep

    def _ready_at(self) -> float:
        """The earliest moment the next send may go."""
        at = self._next
        if len(self._log) == self.limit:
            at = max(at, self._log[0] + self.window_s)
        return at

    async def take(self) -> None:
        async with self._lock:
            while True:
                now = self._clock()
                ready = self._ready_at()
                if now >= ready:
                    self._log.append(now)
                    self._next = now + self.interval_s
                    return
                await self._sleep(ready - now)


TokenBucket = SendRate  # the former name


class ChatGaps:
    """When each chat may next be written to."""

    __slots__ = ("gap_s", "_next", "_clock")

    def __init__(self, gap_s: float, *, clock: Clock = time.monotonic) -> None:
        self.gap_s = gap_s
        self._next: dict[str, float] = {}
        self._clock = clock

    def wait_s(self, chat_id: str) -> float:
        return max(0.0, self._next.get(chat_id, 0.0) - self._clock())

    def sent(self, chat_id: str) -> None:
        """Record a send to the chat now: the next one waits gap_s from this moment."""
        now = self._clock()
        self._next[chat_id] = now + self.gap_s
        if len(self._next) > 50_000:
            self._next = {k: v for k, v in self._next.items() if v > now}

    async def claim(self, chat_id: str) -> float:
        wait = self.wait_s(chat_id)
        if wait <= 0:
            self.sent(chat_id)
        return wait

    async def restart(self, chat_id: str) -> None:
        self.sent(chat_id)
