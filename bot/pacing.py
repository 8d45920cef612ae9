"""Provider speed limits, kept in this process: a token bucket per business number (WhatsApp
80 messages/s, Telegram 30/s) and a minimum gap between two messages to one chat (WhatsApp
about 6 s, Telegram 1 s)."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class Pace:
    per_second: float  # messages per second for the whole number / bot
    chat_gap_s: float  # seconds between two messages to one chat


WHATSAPP_PACE = Pace(per_second=80, chat_gap_s=6.0)
TELEGRAM_PACE = Pace(per_second=30, chat_gap_s=1.0)


class TokenBucket:
    __slots__ = ("rate", "capacity", "_tokens", "_at", "_lock")

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self.capacity = max(1.0, rate)
        self._tokens = self.capacity
        self._at = time.monotonic()
        self._lock = asyncio.Lock()

    async def take(self) -> None:
        async with self._lock:
            while True:
                now = time.monotonic()
                self._tokens = min(self.capacity, self._tokens + (now - self._at) * self.rate)
                self._at = now
                if self._tokens >= 1:
                    self._tokens -= 1
                    return
                await asyncio.sleep((1 - self._tokens) / self.rate)


class ChatGaps:
    """When each chat may next be written to."""

    __slots__ = ("gap_s", "_next")

    def __init__(self, gap_s: float) -> None:
        self.gap_s = gap_s
        self._next: dict[str, float] = {}

    def wait_s(self, chat_id: str) -> float:
        return max(0.0, self._next.get(chat_id, 0.0) - time.monotonic())

    def sent(self, chat_id: str) -> None:
        now = time.monotonic()
        self._next[chat_id] = now + self.gap_s
        if len(self._next) > 50_000:
            self._next = {k: v for k, v in self._next.items() if v > now}
