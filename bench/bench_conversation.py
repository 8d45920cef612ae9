"""Conversation benchmark, in one process: the demo shop seeded into a temporary SQLite file,
N recorded WhatsApp messages from many customers (bench_webhooks.py's MIX, fixed seed) put in
the inbox, then the real InboxWorker (SQLite batches, alerts as event handlers, the demo
conversation) settles them all. No HTTP, no acks: the cost of the conversation turns alone,
as the worker process pays it. Reports messages/s and ms per message (wall clock, and the
process's CPU time, all threads: steadier on a shared machine).

Run:  .venv/bin/python bench/bench_conversation.py [--messages 5000] [--senders 1000] [--profile out.prof]
Under py-spy:  .venv/bin/py-spy record -f raw -o /tmp/conv.txt -- .venv/bin/python bench/bench_conversation.py"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from bench.bench_webhooks import MIX, body, reference_loop_ms  # noqa: E402
from bot.alerts import on_event  # noqa: E402
from bot.channels.whatsapp import parse_update  # noqa: E402
from bot.conversation import handle  # noqa: E402
from bot.flood_reply import flood_text  # noqa: E402
from bot.inbox import claim_pending, inbox_row, insert_new  # noqa: E402
from bot.messages import InboundMessage, OutgoingMessage  # noqa: E402
from bot.turn import BotContext  # noqa: E402
from bot.worker import InboxWorker  # noqa: E402
from commerce.database import Database  # noqa: E402
from commerce.demo import seed_demo_store  # noqa: E402
from commerce.tables import InboxMessage, OutboxMessage  # noqa: E402
from commerce.unit_of_work import UnitOfWork  # noqa: E402
from intents.parse import parse  # noqa: E402
from webhooks.ratelimit import MemoryRateLimiter  # noqa: E402


def recorded(messages: int, senders: int, seed: int) -> list[InboundMessage]:
    """What the WhatsApp webhook would have recorded: bench_webhooks' payloads, parsed."""
    rng = random.Random(seed)
    out: list[InboundMessage] = []
    for i in range(messages):
        raw = body(f"91{9000000000 + i % senders}", f"wamid.BENCH{i:09d}", rng.choice(MIX))
        out.extend(parse_update(json.loads(raw)).messages)
    return out


async def run(messages: int, senders: int, seed: int, profile: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.from_url(f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}")
        await db.migrate()
        async with UnitOfWork(db) as uow:
            store = await seed_demo_store(uow)
            await uow.commit()
        assert store is not None
        db.event_handlers.append(on_event)
        context = BotContext()
        async with UnitOfWork(db, write=False) as uow:
            await context.catalogs.warm(uow, [store.id])
        parse("namaste")

        async def conversation(uow: UnitOfWork, message: InboundMessage) -> list[OutgoingMessage]:
            return await handle(uow, message, context)

        worker = InboxWorker(db, conversation, MemoryRateLimiter(), flood_reply=flood_text)
        inbound = recorded(messages, senders, seed)
        base = datetime.now(UTC) - timedelta(minutes=5)
        rows = [inbox_row(m, base + timedelta(microseconds=n)) for n, m in enumerate(inbound)]
        async with UnitOfWork(db) as uow:
            for start in range(0, len(rows), 1000):
                await insert_new(uow, rows[start:start + 1000])
            await uow.commit()

        profiler = cProfile.Profile() if profile else None
        began, cpu_began = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        while True:
            claimed = await claim_pending(db, limit=worker.batch, lease=timedelta(seconds=60))
            if not claimed:
                break
            await worker._converse_in_batches(claimed)
        if worker._after_tasks:
            await asyncio.gather(*worker._after_tasks)
        if profiler:
            profiler.disable()
            profiler.dump_stats(profile)
        elapsed, cpu = time.perf_counter() - began, time.process_time() - cpu_began
        async with UnitOfWork(db, write=False) as uow:
            statuses = dict((await uow.session.execute(
                select(InboxMessage.status, func.count()).group_by(InboxMessage.status))).all())
            replies = await uow.session.scalar(select(func.count()).select_from(OutboxMessage))
        await db.dispose()
    print(f"host: reference loop {reference_loop_ms():.0f} ms (lower is faster)")
    print(f"{len(inbound)} messages from {senders} customers: {statuses}, {replies} outbox rows")
    print(f"settled in {elapsed:.2f} s: {len(inbound) / elapsed:.0f} messages/s, "
          f"{1000 * elapsed / len(inbound):.2f} ms per message "
          f"(CPU, all threads: {1000 * cpu / len(inbound):.2f} ms per message)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--senders", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profile", default="", help="write cProfile stats of the settling here")
    args = parser.parse_args()
    asyncio.run(run(args.messages, args.senders, args.seed, args.profile))


if __name__ == "__main__":
    main()
