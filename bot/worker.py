"""The inbox worker: claims recorded messages, runs the conversation one message at a time per
sender (in arrival order), and commits the replies as outbox rows with the inbox row marked
done — one transaction per message. Failures are retried with backoff, then parked with their
error; a sender over the flood limit gets one polite reply and then silence."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from bot.handling import (INBOX, AfterCommit, FloodPolicy, FloodReply, Handler, RetryPolicy, after_commit_of,
                          default_flood_reply, finish, finish_many, note_inbound, note_inbound_many, queue_replies,
                          run_after_commit)
from bot.inbox import claim_pending, inbox_row, insert_new
from bot.messages import InboundMessage, OutgoingMessage
from bot.sender_locks import SenderLocks
from commerce.database import Database
from commerce.tables import InboxMessage
from commerce.unit_of_work import UnitOfWork
from webhooks.ratelimit import RateLimiter

log = logging.getLogger("vyapar.worker")


SQLITE_BATCH = 64  # at most this many messages per transaction on SQLite …
SQLITE_BATCH_BUDGET_S = 0.010  # … and about this long a transaction: acks wait behind it for the write lock
GIVE_WAY_MAX_S = 0.05  # webhooks waiting for their ack go first, but the worker waits no longer than this
ACK_REST_RATIO = 2.0  # under a stream of webhooks the conversation takes at most a third of a core (see rest_under_acks)
ACKS_RECENT_S = 1.0  # acks seen this recently mean webhooks are streaming in


class _HandlerRaised(Exception):
    """A handler failed in a batch without savepoints: redo the batch with them."""


class ConversationFailed(Exception):
    """The conversation raised on a message answered synchronously (web chat); it is parked."""


class InboxWorker:
    __slots__ = ("db", "handler", "limiter", "locks", "wake", "flood_reply", "flood", "retry", "poll_s",
                 "batch", "max_senders", "replied", "acks_waiting", "rest_under_acks", "_tasks", "_per_message_s",
                 "_acks_seen_at", "_after_tasks")

    def __init__(self, db: Database, handler: Handler, limiter: RateLimiter, *, locks: SenderLocks | None = None,
                 flood_reply: FloodReply = default_flood_reply, flood: FloodPolicy = FloodPolicy(),
                 retry: RetryPolicy = RetryPolicy(), poll_s: float = 0.5, batch: int = 500,
                 max_senders: int = 256) -> None:
        self.db = db
        self.handler = handler
        self.limiter = limiter
        self.locks = locks or SenderLocks()
        self.wake = asyncio.Event()
        self.flood_reply = flood_reply
        self.flood = flood
        self.retry = retry
        self.poll_s = poll_s
        self.batch = batch
        self.max_senders = max_senders
        self.replied: Callable[[], None] = lambda: None  # wakes the outbox sender
        self._tasks: set[asyncio.Task[None]] = set()
        self._after_tasks: set[asyncio.Task[None]] = set()  # after-commit steps of batched messages
        # running estimate of one message's cost inside a batch; unknown at first, so the first
        # transaction holds one message (a guess too low would hold the write lock too long)
        self._per_message_s = SQLITE_BATCH_BUDGET_S
        self.acks_waiting: Callable[[], int] = lambda: 0  # webhooks whose inbox write is still due
        # While webhooks keep arriving, rest this many seconds per second of conversation work:
        # CPU left idle for the web process, so its acks stay quick on a small machine; the
        # backlog waits, durable in the inbox, and drains at full speed once the burst is over.
        self.rest_under_acks = ACK_REST_RATIO
        self._acks_seen_at = float("-inf")

    async def run(self) -> None:
        try:
            while True:
                room = self.max_senders - len(self._tasks)
                rows = await self._claim() if room > 0 else []
                if rows and self.db.write_lock is not None:
                    await self._converse_in_batches(rows)  # SQLite: one writer, so batch the transactions
                for group in _by_sender(rows) if self.db.write_lock is None else []:
                    task = asyncio.create_task(self._converse(group))
                    self._tasks.add(task)
                    task.add_done_callback(self._tasks.discard)
                if rows and len(rows) >= self.batch:
                    continue
                await self._idle()
        finally:
            # a step cut short leaves its attempt `requested`: the payments job finishes it
            running = self._tasks | self._after_tasks
            for task in running:
                task.cancel()
            await asyncio.gather(*running, return_exceptions=True)

    async def _claim(self) -> list[InboxMessage]:
        if self.db.write_lock is not None:
            await self.give_way()  # claiming writes too (the leases)
        try:
            return await claim_pending(self.db, limit=self.batch,
                                       lease=timedelta(seconds=self.retry.lease_s))
        except Exception:  # the database hiccuped: try again on the next wake or poll
            log.exception("claiming inbox rows failed")
            return []

    async def _idle(self) -> None:
        waiters: set[asyncio.Future[object]] = {asyncio.ensure_future(self.wake.wait())}
        if self._tasks and len(self._tasks) >= self.max_senders:
            waiters |= set(self._tasks)  # type: ignore[arg-type]
        try:
            await asyncio.wait(waiters, timeout=self.poll_s, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiter in waiters:
                if waiter not in self._tasks:
                    waiter.cancel()
        self.wake.clear()

    async def _converse(self, rows: list[InboxMessage]) -> None:
        first = rows[0]
        async with self.locks.hold(first.channel, first.sender_id):
            for row in rows:
                try:
                    message = InboundMessage.from_json(row.payload)
                except (TypeError, ValueError, KeyError) as exc:
                    await self._failed(row, f"unreadable payload: {exc!r}", park=True)
                    continue
                try:
                    await self.process(message, row.attempts)
                except Exception:  # the database failed us: the lease runs out and the row comes back
                    log.exception("message %s/%s could not be settled", row.channel, row.message_id)
        self.wake.set()  # the sender may have more rows waiting behind these

    async def _converse_in_batches(self, rows: list[InboxMessage]) -> None:
        """SQLite allows one writer at a time, so a transaction per message would serialize
        anyway: take the claimed rows in arrival order (so each sender's stay in order) and run
        a few of them per transaction (see chunk_size), each in its own SAVEPOINT — a message that
        fails rolls back alone and is retried or parked; the rest commit."""
        start = 0
        loop = asyncio.get_running_loop()
        while start < len(rows):
            await self.give_way()
            chunk = rows[start:start + self.chunk_size()]
            start += len(chunk)
            began = loop.time()
            try:
                await self._converse_chunk(chunk)
            except Exception:  # the database failed us: the leases run out and the rows come back
                log.exception("a batch of %d inbox rows could not be settled", len(chunk))
            if self.rest_under_acks > 0 and (self._acks_now() or loop.time() - self._acks_seen_at < ACKS_RECENT_S):
                await asyncio.sleep((loop.time() - began) * self.rest_under_acks)
            else:
                await asyncio.sleep(0)  # let waiting requests (and their inbox writes) go first

    def _acks_now(self) -> bool:
        """Are webhooks waiting for their inbox write right now? (Remembered: see rest_under_acks.)"""
        if self.acks_waiting():
            self._acks_seen_at = asyncio.get_running_loop().time()
            return True
        return False

    async def give_way(self) -> None:
        """The conversation shares the event loop (and SQLite's one writer) with the webhooks,
        whose 200 is due within 50 ms: while some wait for their inbox write, the worker waits
        too — never longer than GIVE_WAY_MAX_S, so it always makes progress. Under a burst the
        backlog waits, durable in the inbox; acks stay quick."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + GIVE_WAY_MAX_S
        while self._acks_now() and loop.time() < deadline:
            await asyncio.sleep(0.001)

    def chunk_size(self) -> int:
        """Messages per SQLite transaction: as many as fit in SQLITE_BATCH_BUDGET_S at the
        measured cost per message (a cheap conversation batches many, a costly one few), so a
        webhook's inbox write never waits long for the write lock."""
        return max(1, min(SQLITE_BATCH, int(SQLITE_BATCH_BUDGET_S / max(self._per_message_s, 1e-6))))

    async def _converse_chunk(self, rows: list[InboxMessage]) -> None:
        work: list[tuple[InboundMessage, int]] = []
        unreadable: list[tuple[InboxMessage, str]] = []
        for row in rows:
            try:
                work.append((InboundMessage.from_json(row.payload), row.attempts))
            except (TypeError, ValueError, KeyError) as exc:
                unreadable.append((row, f"unreadable payload: {exc!r}"))
        flooded: list[tuple[InboundMessage, bool]] = []
        allowed: list[tuple[InboundMessage, int]] = []
        for message, attempts in work:
            if attempts:
                allowed.append((message, attempts))
                continue
            verdict = await self.limiter.hit(f"flood:{message.channel}:{message.sender_id}", self.flood.limit,
                                             self.flood.window_s)
            if verdict.allowed:
                allowed.append((message, attempts))
            else:
                flooded.append((message, verdict.count == self.flood.limit + 1))
        failures: list[tuple[InboundMessage, int, str]] = []
        replied = False
        while allowed or flooded:
            try:  # the usual case: nobody fails, so no SAVEPOINT per message
                failed, sent, allowed, steps = await self._settle_chunk(allowed, flooded, isolate=False)
            except _HandlerRaised:  # someone did: again, each message in its own SAVEPOINT
                failed, sent, allowed, steps = await self._settle_chunk(allowed, flooded, isolate=True)
            failures += failed
            replied = replied or sent
            if steps:
                self._after_commit_soon(steps)
            flooded = []
            if allowed:  # cut short for a waiting ack: it writes, then the rest of the chunk
                await self.give_way()
        for message, attempts, error in failures:
            await self._failed_message(message, attempts, error)
        for row, error in unreadable:
            await self._failed(row, error, park=True)
        if replied:
            self.replied()

    def _after_commit_soon(self, steps: list[AfterCommit]) -> None:
        """Batched messages' after-commit steps (a payment link) run in a task of their own: the
        batches go on meanwhile, however long the provider takes; none holds the write lock."""
        async def run() -> None:
            if await run_after_commit(self.db, steps, queue=True):
                self.replied()

        task = asyncio.create_task(run())
        self._after_tasks.add(task)
        task.add_done_callback(self._after_tasks.discard)

    async def _settle_chunk(self, allowed: list[tuple[InboundMessage, int]], flooded: list[tuple[InboundMessage, bool]],
                            *, isolate: bool
                            ) -> tuple[list[tuple[InboundMessage, int, str]], bool, list[tuple[InboundMessage, int]],
                                       list[AfterCommit]]:
        """Settles the messages in one transaction and returns (failures, replied, left over,
        after-commit steps of the messages settled): without SAVEPOINTs, it stops early, after
        at least one message, when an ack is waiting for the write lock; the messages left
        over go in the next transaction."""
        failures: list[tuple[InboundMessage, int, str]] = []
        replied = False
        left: list[tuple[InboundMessage, int]] = []
        steps: list[AfterCommit] = []
        async with UnitOfWork(self.db) as uow:
            held = time.perf_counter()  # the write lock is ours from here to the commit
            await note_inbound_many(uow, [message for message, _ in allowed])
            done: list[InboundMessage] = []
            for position, (message, attempts) in enumerate(allowed):
                if done and not isolate and self._acks_now():
                    left = allowed[position:]
                    break
                events_before = len(uow.events)
                try:
                    if isolate:
                        async with uow.session.begin_nested():
                            replies = await self.handler(uow, message)
                            queue_replies(uow, replies)
                    else:
                        replies = await self.handler(uow, message)
                        queue_replies(uow, replies)
                except Exception as exc:  # this message alone rolls back; retried, then parked
                    if not isolate:
                        raise _HandlerRaised from exc
                    del uow.events[events_before:]
                    log.warning("message %s/%s failed (attempt %d): %r", message.channel, message.message_id,
                                attempts + 1, exc)
                    failures.append((message, attempts, repr(exc)))
                    continue
                replied = replied or bool(replies)
                steps += after_commit_of(replies)
                done.append(message)
            await finish_many(uow, done)
            polite = [OutgoingMessage(channel=m.channel, chat_id=m.chat_id, text=await self.flood_reply(uow, m))
                      for m, first_over in flooded if first_over]
            queue_replies(uow, polite)
            await finish_many(uow, [m for m, _ in flooded], status="flooded")
            await uow.commit()
            settled = len(allowed) - len(left)
            if settled:
                per_message = (time.perf_counter() - held) / settled
                # up at once (a transaction that overran its budget delays acks), down slowly
                self._per_message_s = max(per_message, 0.8 * self._per_message_s + 0.2 * per_message)
        return failures, replied or bool(polite), left, steps

    async def process(self, message: InboundMessage, attempts: int = 0) -> None:
        if attempts == 0 and not await self._within_flood_limit(message):
            return
        try:
            async with UnitOfWork(self.db) as uow:
                await note_inbound(uow, message)
                replies = await self.handler(uow, message)
                queue_replies(uow, replies)
                await finish(uow, message)
                await uow.commit()
            if replies:
                self.replied()
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the conversation failed on this message: retry, then park
            log.warning("message %s/%s failed (attempt %d): %r", message.channel, message.message_id,
                        attempts + 1, exc)
            await self._failed_message(message, attempts, repr(exc))
            return
        # committed and the transaction closed: now the provider calls (still in this sender's
        # turn, so their replies come before the sender's next message's)
        steps = after_commit_of(replies)
        if steps and await run_after_commit(self.db, steps, queue=True):
            self.replied()

    async def converse_now(self, message: InboundMessage) -> list[OutgoingMessage]:
        """The web chat: run the conversation now and return the replies instead of queueing
        them; the message is still recorded in the inbox, so a resent one has no second effect.
        After-commit steps (a payment link) run once the transaction has closed, before the
        answer, and their replies join it. Raises ConversationFailed after parking the message
        with its error."""
        async with self.locks.hold(message.channel, message.sender_id):
            verdict = await self.limiter.hit(f"flood:{message.channel}:{message.sender_id}", self.flood.limit,
                                             self.flood.window_s)
            status = "working" if verdict.allowed else "flooded"
            try:
                async with UnitOfWork(self.db) as uow:
                    row = inbox_row(message, datetime.now(UTC), status=status)
                    if not await insert_new(uow, [row]):
                        return []
                    if not verdict.allowed:
                        first_over = verdict.count == self.flood.limit + 1
                        text = await self.flood_reply(uow, message) if first_over else ""
                        await uow.commit()
                        return [OutgoingMessage(channel=message.channel, chat_id=message.chat_id, text=text)] \
                            if first_over else []
                    await note_inbound(uow, message)
                    replies = await self.handler(uow, message)
                    await finish(uow, message)
                    await uow.commit()
            except Exception as exc:
                log.warning("web chat message %s failed: %r", message.message_id, exc)
                async with UnitOfWork(self.db) as uow:
                    await insert_new(uow, [{**inbox_row(message, datetime.now(UTC), status="parked"),
                                            "attempts": 1, "last_error": repr(exc)[:2000]}])
                    await uow.commit()
                raise ConversationFailed(repr(exc)) from exc
            steps = after_commit_of(replies)
            return list(replies) + await run_after_commit(self.db, steps, queue=False) if steps else list(replies)

    async def _within_flood_limit(self, message: InboundMessage) -> bool:
        verdict = await self.limiter.hit(f"flood:{message.channel}:{message.sender_id}", self.flood.limit,
                                         self.flood.window_s)
        if verdict.allowed:
            return True
        async with UnitOfWork(self.db) as uow:
            if verdict.count == self.flood.limit + 1:  # the first one over: say so, once
                queue_replies(uow, [OutgoingMessage(channel=message.channel, chat_id=message.chat_id,
                                                    text=await self.flood_reply(uow, message))])
            await finish(uow, message, status="flooded")
            await uow.commit()
        self.replied()
        return False

    async def _failed_message(self, message: InboundMessage, attempts: int, error: str) -> None:
        attempts += 1
        park = attempts >= self.retry.max_attempts
        when = datetime.now(UTC) + timedelta(seconds=self.retry.delay(attempts))
        async with UnitOfWork(self.db) as uow:
            await uow.session.execute(
                update(INBOX).where(INBOX.c.provider == message.channel,
                                    INBOX.c.message_id == message.message_id[:200])
                .values(attempts=attempts, last_error=error[:2000], status="parked" if park else "pending",
                        available_at=when))
            await uow.commit()
        if park:
            log.error("message %s/%s parked after %d attempts: %s", message.channel, message.message_id,
                      attempts, error)

    async def _failed(self, row: InboxMessage, error: str, *, park: bool) -> None:
        async with UnitOfWork(self.db) as uow:
            await uow.session.execute(
                update(INBOX).where(INBOX.c.provider == row.provider, INBOX.c.message_id == row.message_id)
                .values(attempts=row.attempts + 1, last_error=error[:2000], status="parked" if park else "pending"))
            await uow.commit()


def _by_sender(rows: list[InboxMessage]) -> list[list[InboxMessage]]:
    groups: dict[tuple[str, str], list[InboxMessage]] = defaultdict(list)
    for row in rows:
        groups[(row.channel, row.sender_id)].append(row)
    return list(groups.values())
