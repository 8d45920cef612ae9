"""Provider pacing with an injected clock: the per-channel rate holds over every one-second
window (no start-up burst), a steady queue still reaches the rate, and one chat is never
written to twice within its gap — also through the outbox sender itself."""

from __future__ import annotations

import asyncio
import random
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select, update

from bot.messages import Button, OutgoingMessage
from bot.outbox_sender import OutboxSender, SendPolicy
from bot.pacing import TELEGRAM_PACE, WHATSAPP_PACE, ChatGaps, Pace, SendRate
from commerce.database import Database
from commerce.tables import OutboxMessage, utcnow
from commerce.unit_of_work import UnitOfWork


class FakeClock:
    """Monotonic time that only moves when someone sleeps (or the test advances it)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += max(0.0, seconds)
        await asyncio.sleep(0)


def busiest_window(times: list[float], width: float = 1.0) -> int:
    """The most sends in any half-open window [t, t + width); the busiest one starts at a send."""
    ordered = sorted(times)
    best, j = 0, 0
    for i, start in enumerate(ordered):
        j = max(j, i)
        while j < len(ordered) and ordered[j] < start + width:
            j += 1
        best = max(best, j - i)
    return best


async def _take_all(rate: SendRate, clock: FakeClock, count: int) -> list[float]:
    times: list[float] = []

    async def one() -> None:
        await rate.take()
        times.append(clock())

    await asyncio.gather(*(one() for _ in range(count)))
    return times


@pytest.mark.parametrize("pace", [TELEGRAM_PACE, WHATSAPP_PACE], ids=["telegram", "whatsapp"])
async def test_no_one_second_window_exceeds_the_rate(pace: Pace) -> None:
    clock = FakeClock()
    rate = SendRate(pace.per_second, clock=clock, sleep=clock.sleep)
    start = clock()
    times = await _take_all(rate, clock, int(pace.per_second) * 4)
    assert sum(1 for t in times if t < start + 1.0) <= pace.per_second  # no start-up burst (was 2× the rate)
    assert busiest_window(times) <= pace.per_second


@pytest.mark.parametrize("pace", [TELEGRAM_PACE, WHATSAPP_PACE], ids=["telegram", "whatsapp"])
async def test_a_steady_queue_reaches_the_rate(pace: Pace) -> None:
    clock = FakeClock()
    rate = SendRate(pace.per_second, clock=clock, sleep=clock.sleep)
    start = clock()
    count = int(pace.per_second) * 3
    times = await _take_all(rate, clock, count)
    assert max(times) - start < 3.0  # 3 seconds' worth goes out within 3 seconds
    assert busiest_window(times) == pace.per_second  # and a full second is really used


async def test_irregular_arrivals_and_idle_gaps_never_burst() -> None:
    clock = FakeClock()
    rate = SendRate(30, clock=clock, sleep=clock.sleep)
    times: list[float] = []
    rng = random.Random(7)
    for _ in range(600):
        if rng.random() < 0.05:
            clock.now += rng.uniform(0.5, 3.0)  # idle: a token bucket would refill to a burst here
        await rate.take()
        times.append(clock())
    assert busiest_window(times) <= 30
    ordered = sorted(times)  # evenly spaced: never two sends closer than 1/30 s
    assert min(b - a for a, b in zip(ordered, ordered[1:])) >= (1 / 30) * (1 - 1e-9)


async def test_a_slow_rate_below_one_per_second() -> None:
    clock = FakeClock()
    rate = SendRate(0.5, clock=clock, sleep=clock.sleep)
    times = await _take_all(rate, clock, 4)
    assert [round(b - a, 6) for a, b in zip(times, times[1:])] == [2.0, 2.0, 2.0]


def test_chat_gap_per_chat() -> None:
    clock = FakeClock()
    gaps = ChatGaps(6.0, clock=clock)
    assert gaps.wait_s("a") == 0.0
    gaps.sent("a")
    clock.now += 2.0
    assert gaps.wait_s("a") == pytest.approx(4.0)
    assert gaps.wait_s("b") == 0.0  # other chats are not held up
    clock.now += 4.0
    assert gaps.wait_s("a") == 0.0


class RecordingChannel:
    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.sent: list[tuple[float, str]] = []

    async def deliver(self, message: OutgoingMessage, *, window_open: bool, locale: str = "en") -> str:
        self.sent.append((self.clock(), message.chat_id))
        return f"tg-{len(self.sent)}"


@pytest.mark.parametrize(("channel", "pace"), [("telegram", TELEGRAM_PACE), ("whatsapp", WHATSAPP_PACE)])
async def test_outbox_sender_keeps_the_rate_and_each_chats_gap(tmp_path: Path, channel: str, pace: Pace) -> None:
    db = Database.from_url(f"sqlite+aiosqlite:///{tmp_path / 'pace.db'}")
    await db.migrate()
    try:
        chats = [str(100 + i) for i in range(int(pace.per_second * 2))]  # more than one second's worth
        async with UnitOfWork(db) as uow:
            for n in range(3):  # buttons keep the three messages of a chat from being merged into one
                for chat in chats:
                    uow.add_outbox("reply", OutgoingMessage(channel=channel, chat_id=chat, text=f"{chat}/{n}",
                                                            buttons=(Button(id="x", title="X"),)).to_json())
            await uow.commit()
        clock = FakeClock()
        recorder = RecordingChannel(clock)
        sender = OutboxSender(db, {channel: recorder}, {channel: pace},
                              policy=SendPolicy(batch=500), clock=clock, sleep=clock.sleep)
        for _ in range(400):
            await sender.send_due()
            if len(recorder.sent) == 3 * len(chats):
                break
            clock.now += 0.1  # time passes on both clocks: deferred rows become due again
            async with UnitOfWork(db) as uow:
                await uow.session.execute(update(OutboxMessage).where(OutboxMessage.status == "pending")
                                          .values(available_at=utcnow()))
                await uow.commit()
        assert len(recorder.sent) == 3 * len(chats)
        assert busiest_window([t for t, _ in recorder.sent]) <= pace.per_second
        by_chat: dict[str, list[float]] = defaultdict(list)
        for at, chat in recorder.sent:
            by_chat[chat].append(at)
        for times in by_chat.values():
            assert len(times) == 3
            assert all(b - a >= pace.chat_gap_s for a, b in zip(times, times[1:]))
        async with UnitOfWork(db, write=False) as uow:
            assert set((await uow.session.scalars(select(OutboxMessage.status))).all()) == {"sent"}
    finally:
        await db.dispose()


def test_the_providers_limits() -> None:
    """WhatsApp: 80 messages/s per business number, about one every 6 s to one customer;
    Telegram: 30/s per bot, one a second per chat."""
    assert (WHATSAPP_PACE.per_second, WHATSAPP_PACE.chat_gap_s) == (80, 6.0)
    assert (TELEGRAM_PACE.per_second, TELEGRAM_PACE.chat_gap_s) == (30, 1.0)
