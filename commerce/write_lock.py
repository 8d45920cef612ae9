"""SQLite's one writer, handed over without sleeping.

SQLite lets one connection write at a time. In one process our writers queue on an asyncio
lock, never in SQLite's busy handler. When several processes share the file (the web process
and `vyapar serve --workers N` conversation workers) they also take an exclusive `flock` on
"<database>-lock" around each write transaction: the kernel wakes the next writer the moment
the lock is released, where SQLite's busy handler would sleep 1, 2, 5, 10, 15… ms between
tries. Byte 0 of the same file, shared memory, says an urgent writer is waiting — the web
process recording webhooks, whose provider wants its 200 within 50 ms: ordinary writers wait
(at most URGENT_WAIT_MAX_S) before they ask for the lock, so an ack waits for at most the one
transaction already running."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import fcntl
import mmap
import os
from pathlib import Path

URGENT_WAIT_MAX_S = 0.05  # an ordinary writer still makes progress under a stream of urgent ones
_URGENT_POLL_S = 0.0005


class WriteLock:
    """The writers of this process, in turn (an asyncio lock); `urgent` only matters across processes."""

    __slots__ = ("_local",)

    def __init__(self) -> None:
        self._local = asyncio.Lock()

    async def acquire(self, *, urgent: bool = False) -> None:
        await self._local.acquire()

    def release(self) -> None:
        self._local.release()

    def locked(self) -> bool:
        return self._local.locked()


class SharedWriteLock(WriteLock):
    """The writers of every process on one SQLite file, in turn."""

    __slots__ = ("path", "_fd", "_flag", "_executor", "_urgent_held")

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        if os.fstat(self._fd).st_size < 1:
            os.ftruncate(self._fd, 1)
        self._flag = mmap.mmap(self._fd, 1)
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-lock")
        self._urgent_held = False

    @classmethod
    def beside(cls, database_file: str) -> SharedWriteLock:
        return cls(Path(database_file + "-lock"))

    def urgent_waiting(self) -> bool:
        return self._flag[0] == 1

    async def acquire(self, *, urgent: bool = False) -> None:
        await self._local.acquire()
        try:
            if urgent:
                self._flag[0] = 1
                self._urgent_held = True
            else:
                loop = asyncio.get_running_loop()
                deadline = loop.time() + URGENT_WAIT_MAX_S
                while self._flag[0] == 1 and loop.time() < deadline:
                    await asyncio.sleep(_URGENT_POLL_S)
            await self._lock_file()
        except BaseException:
            self._lower_flag()
            self._local.release()
            raise

    async def _lock_file(self) -> None:
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # the usual case: free, no thread
            return
        except BlockingIOError:
            pass
        waiting = self._executor.submit(fcntl.flock, self._fd, fcntl.LOCK_EX)
        try:
            await asyncio.wrap_future(waiting)
        except asyncio.CancelledError:  # the thread may still get the lock: give it straight back
            waiting.add_done_callback(self._unlock_if_taken)
            raise

    def _unlock_if_taken(self, future: concurrent.futures.Future[None]) -> None:
        if not future.cancelled() and future.exception() is None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)

    def _lower_flag(self) -> None:
        if self._urgent_held:
            self._flag[0] = 0
            self._urgent_held = False

    def release(self) -> None:
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        self._lower_flag()
        self._local.release()

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        with contextlib.suppress(ValueError, OSError):
            self._flag.close()
            os.close(self._fd)
