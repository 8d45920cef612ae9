"""Everything the chat channels run on, built in one cleanup_ctx: the inbox writer, the worker,
the provider clients, the outbox sender, the live-feed relay. A channel whose settings are
absent is off and says so; the server runs anyway."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Coroutine
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from redis.asyncio import Redis

from bot.channels.telegram import TelegramSender, new_bot
from bot.channels.whatsapp import WhatsAppSender, graph_session
from bot.handling import default_flood_reply
from bot.inbox import InboxWriter
from bot.live_feed import LocalFeed, LocalPublisher, OutboxRelay, Publisher, RedisPublisher
from bot.outbox_sender import Deliverer, OutboxSender
from bot.pacing import Gaps, Pace, Rate
from bot.sender_locks import SenderLocks
from bot.worker import InboxWorker
from commerce.write_lock import SharedWriteLock
from webhooks.channels.keys import CONVERSATION, FLOOD_REPLY, TUNING, ChannelTuning
from webhooks.keys import DATABASE, JWT_SECRET, SETTINGS
from webhooks.ratelimit import MemoryRateLimiter, RateLimiter, RedisRateLimiter
from webhooks.settings import Settings
from webhooks.shared_pacing import RedisChatGaps, RedisSendRate

log = logging.getLogger("vyapar.channels")


@dataclass(slots=True, kw_only=True)
class ChannelRuntime:
    writer: InboxWriter
    feed: LocalFeed
    worker: InboxWorker | None = None
    whatsapp: WhatsAppSender | None = None
    telegram: TelegramSender | None = None
    outbox: OutboxSender | None = None
    relay: OutboxRelay | None = None
    owner_secret: str | None = None
    chores: set[asyncio.Task[Any]] = field(default_factory=set)  # e.g. answering callback queries

    def later(self, job: Coroutine[Any, Any, object]) -> None:
        """Run a provider call after the webhook is answered; failures are logged."""
        task = asyncio.create_task(job)
        self.chores.add(task)
        task.add_done_callback(_settle_chore(self.chores))


RUNTIME = web.AppKey("channel_runtime", ChannelRuntime)


def _settle_chore(chores: set[asyncio.Task[Any]]) -> Any:
    def done(task: asyncio.Task[Any]) -> None:
        chores.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning("background provider call failed: %r", task.exception())

    return done


WORKER_PROCESS_POLL_S = 0.05


async def channels_ctx(app: web.Application) -> AsyncIterator[None]:
    settings, db = app[SETTINGS], app[DATABASE]
    tuning = app.get(TUNING) or ChannelTuning()
    redis = Redis.from_url(settings.redis_url) if settings.redis_url else None
    limiter: RateLimiter = RedisRateLimiter(redis) if redis is not None else MemoryRateLimiter()
    runtime = ChannelRuntime(writer=InboxWriter(db), feed=LocalFeed(), owner_secret=app.get(JWT_SECRET))
    handler = app.get(CONVERSATION)
    if handler is None:
        log.warning("no conversation registered (app[CONVERSATION]): messages are recorded and wait")
    else:
        # A worker process hears of new messages only by looking: it looks often (an indexed query).
        poll_s = min(tuning.worker_poll_s, WORKER_PROCESS_POLL_S) if settings.is_worker else tuning.worker_poll_s
        runtime.worker = InboxWorker(db, handler, limiter, locks=SenderLocks(),
                                     flood_reply=app.get(FLOOD_REPLY) or default_flood_reply, flood=tuning.flood,
                                     retry=tuning.retry, poll_s=poll_s)
        runtime.writer = InboxWriter(db, on_recorded=runtime.worker.wake.set)
        writer = runtime.writer
        runtime.worker.acks_waiting = lambda: writer.waiting  # the worker gives way to due acks
        if settings.is_worker and isinstance(db.write_lock, SharedWriteLock):
            shared = db.write_lock  # the acks are another process's: its flag says they wait
            runtime.worker.acks_waiting = lambda: int(shared.urgent_waiting())
    deliverers: dict[str, Deliverer] = {}
    paces: dict[str, Pace] = {}
    if settings.whatsapp_enabled:
        assert settings.whatsapp_phone_id and settings.whatsapp_token
        runtime.whatsapp = WhatsAppSender(phone_id=settings.whatsapp_phone_id, token=settings.whatsapp_token,
                                          api_url=settings.whatsapp_api_url,
                                          session=graph_session(tuning.graph_transport))
        deliverers["whatsapp"], paces["whatsapp"] = runtime.whatsapp, tuning.whatsapp_pace
        log.info("WhatsApp channel on (Graph API %s)", settings.whatsapp_api_url)
        if not settings.whatsapp_verify_token:
            log.warning("WHATSAPP_VERIFY_TOKEN is not set: Meta's webhook verification will be refused")
    else:
        log.info("WhatsApp channel off: set WHATSAPP_TOKEN, WHATSAPP_PHONE_ID and WHATSAPP_APP_SECRET")
    if settings.telegram_enabled:
        assert settings.telegram_token
        runtime.telegram = TelegramSender(new_bot(settings.telegram_token, settings.telegram_api_url))
        deliverers["telegram"], paces["telegram"] = runtime.telegram, tuning.telegram_pace
        log.info("Telegram channel on (Bot API %s)", settings.telegram_api_url)
        if not settings.telegram_secret_token:
            log.warning("TELEGRAM_SECRET_TOKEN is not set: every Telegram webhook will be refused (403)")
    else:
        log.info("Telegram channel off: set TELEGRAM_TOKEN")
    if not runtime.owner_secret:
        log.warning("JWT_SECRET is not set: the owner feed and owner web chat refuse every token")
    publisher: Publisher = RedisPublisher(redis, runtime.feed) if redis is not None else LocalPublisher(runtime.feed)
    runtime.relay = OutboxRelay(db, publisher, poll_s=tuning.relay_poll_s)
    await runtime.relay.start_from_now()
    if settings.is_worker:  # a worker process: it converses, the web process does the rest
        jobs: list[Coroutine[Any, Any, None]] = [runtime.worker.run()] if runtime.worker is not None else []
        tasks = [asyncio.create_task(job) for job in jobs]
        app[RUNTIME] = runtime
        yield
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        return
    jobs = [runtime.writer.run(), runtime.relay.run()]
    if isinstance(publisher, RedisPublisher):
        jobs.append(publisher.listen())
    if runtime.worker is not None and not settings.workers:  # else worker processes converse
        jobs.append(runtime.worker.run())
    if deliverers and tuning.send_replies:
        rates, gaps = shared_pacing(redis, settings, paces) if redis is not None else ({}, {})
        runtime.outbox = OutboxSender(db, deliverers, paces, policy=tuning.send, rates=rates, gaps=gaps)
        if runtime.worker is not None:
            runtime.worker.replied = runtime.outbox.wake.set
        jobs.append(runtime.outbox.run())
    tasks = [asyncio.create_task(job) for job in jobs]
    app[RUNTIME] = runtime
    yield
    for task in [*tasks, *runtime.chores]:
        task.cancel()
    await asyncio.gather(*tasks, *runtime.chores, return_exceptions=True)
    with contextlib.suppress(Exception):
        if runtime.whatsapp is not None:
            await runtime.whatsapp.close()
        if runtime.telegram is not None:
            await runtime.telegram.close()
        if redis is not None:
            await redis.aclose()


def shared_pacing(redis: Redis, settings: Settings, paces: dict[str, Pace]
                  ) -> tuple[dict[str, Rate], dict[str, Gaps]]:
    """With Redis, every replica's outbox sender counts against one rate per business number
    (WhatsApp phone id, Telegram bot id) and one gap per chat."""
    senders = {"whatsapp": settings.whatsapp_phone_id or "",
               "telegram": (settings.telegram_token or "").split(":", 1)[0]}
    rates: dict[str, Rate] = {}
    gaps: dict[str, Gaps] = {}
    for channel, pace in paces.items():
        key = f"vyapar:pace:{channel}:{senders.get(channel, '')}"
        rates[channel] = RedisSendRate(redis, key, pace.per_second)
        gaps[channel] = RedisChatGaps(redis, f"{key}:chat:", pace.chat_gap_s)
    return rates, gaps
