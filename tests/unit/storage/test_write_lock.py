"""The SQLite write lock shared by several processes (commerce/write_lock.py): one writer at a
time across processes, urgent writers (webhook acks) first, bounded waits, nothing leaked on
cancellation."""

from __future__ import annotations

import asyncio
import multiprocessing
from pathlib import Path

import pytest
from sqlalchemy import text

from commerce.database import Database
from commerce.unit_of_work import UnitOfWork
from commerce.write_lock import URGENT_WAIT_MAX_S, SharedWriteLock


async def _holds(lock: SharedWriteLock, **kw: bool) -> asyncio.Task[None]:
    task = asyncio.create_task(lock.acquire(**kw))
    await asyncio.sleep(0.05)
    return task


async def test_second_holder_waits_until_the_first_releases(tmp_path: Path) -> None:
    first, second = SharedWriteLock(tmp_path / "db-lock"), SharedWriteLock(tmp_path / "db-lock")
    try:
        await first.acquire()
        waiting = await _holds(second)
        assert not waiting.done(), "two holders at once"
        first.release()
        await asyncio.wait_for(waiting, 1)
        second.release()
    finally:
        first.close()
        second.close()


async def test_an_urgent_writer_goes_before_an_ordinary_one_that_came_later(tmp_path: Path) -> None:
    path = tmp_path / "db-lock"
    holder, urgent, ordinary = (SharedWriteLock(path) for _ in range(3))
    order: list[str] = []

    async def take(lock: SharedWriteLock, name: str, **kw: bool) -> None:
        await lock.acquire(**kw)
        order.append(name)
        await asyncio.sleep(0.01)
        lock.release()

    try:
        await holder.acquire()
        urgent_task = asyncio.create_task(take(urgent, "urgent", urgent=True))
        await asyncio.sleep(0.02)
        assert urgent.urgent_waiting() and ordinary.urgent_waiting()  # the flag is shared memory
        ordinary_task = asyncio.create_task(take(ordinary, "ordinary"))
        await asyncio.sleep(0.02)
        holder.release()
        await asyncio.wait_for(asyncio.gather(urgent_task, ordinary_task), 2)
        assert order == ["urgent", "ordinary"]
        assert not holder.urgent_waiting(), "flag left up after the urgent writer released"
    finally:
        for lock in (holder, urgent, ordinary):
            lock.close()


async def test_a_stuck_urgent_flag_delays_ordinary_writers_only_briefly(tmp_path: Path) -> None:
    lock = SharedWriteLock(tmp_path / "db-lock")
    try:
        lock._flag[0] = 1  # a process died while its urgent write was waiting
        loop = asyncio.get_running_loop()
        started = loop.time()
        await asyncio.wait_for(lock.acquire(), 1)
        waited = loop.time() - started
        lock.release()
        assert URGENT_WAIT_MAX_S * 0.8 <= waited < 0.5
    finally:
        lock.close()


async def test_a_cancelled_wait_leaves_no_lock_behind(tmp_path: Path) -> None:
    path = tmp_path / "db-lock"
    holder, impatient, later = (SharedWriteLock(path) for _ in range(3))
    try:
        await holder.acquire()
        waiting = await _holds(impatient)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        holder.release()
        await asyncio.wait_for(later.acquire(), 1)  # the cancelled waiter's thread gave it back
        later.release()
        await asyncio.wait_for(impatient.acquire(), 1)  # and its in-process lock is free again
        impatient.release()
    finally:
        for lock in (holder, impatient, later):
            lock.close()


def _count(path: str, counter: str, times: int) -> None:
    async def main() -> None:
        lock = SharedWriteLock(Path(path))
        for _ in range(times):
            await lock.acquire()
            value = int(Path(counter).read_text())
            await asyncio.sleep(0)  # a read-modify-write that would lose updates without the lock
            Path(counter).write_text(str(value + 1))
            lock.release()
        lock.close()

    asyncio.run(main())


def test_processes_take_turns(tmp_path: Path) -> None:
    counter = tmp_path / "counter"
    counter.write_text("0")
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_count, args=(str(tmp_path / "db-lock"), str(counter), 300)) for _ in range(3)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(60)
        assert process.exitcode == 0
    assert int(counter.read_text()) == 900


async def test_database_with_a_shared_lock_writes(tmp_path: Path) -> None:
    db = Database.from_url(f"sqlite+aiosqlite:///{tmp_path / 'shop.db'}", shared_lock=True)
    try:
        assert isinstance(db.write_lock, SharedWriteLock)
        assert (tmp_path / "shop.db-lock").exists()
        await db.migrate()
        async with UnitOfWork(db, urgent=True) as uow:
            await uow.session.execute(text("CREATE TABLE t (x INTEGER)"))
        assert not db.write_lock.locked() and not db.write_lock.urgent_waiting()
    finally:
        await db.dispose()
