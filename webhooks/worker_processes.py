"""Conversation worker processes (`vyapar serve --workers N`, setting WORKERS).

By default the web process does everything: it verifies and records webhooks, answers the
provider, and runs the conversation on the recorded messages. The conversation is the costly
part (several milliseconds of CPU a message), and sharing one event loop with the webhooks it
delays their 200. With WORKERS=N the web process only records, acks, sends and serves; N child
processes (`vyapar worker`, the same app started without an HTTP listener) claim the recorded
messages from the database and converse. They share nothing but the database: the inbox is the
queue, a lease keeps one sender's messages in one process at a time, and replies reach the web
process's outbox sender through the outbox table. A child that dies is started again."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys
from collections.abc import AsyncIterator

from aiohttp import web

from webhooks.keys import SETTINGS
from webhooks.settings import Settings

log = logging.getLogger("vyapar.workers")
RESTART_DELAY_S = 1.0


def worker_command() -> list[str]:
    return [sys.executable, "-m", "vyapar", "worker"]


async def _supervise(settings: Settings, number: int, stopping: asyncio.Event,
                     children: dict[int, asyncio.subprocess.Process]) -> None:
    env = {**os.environ, **settings.to_env(), "VYAPAR_ROLE": "worker", "WORKERS": "0"}
    while not stopping.is_set():
        process = await asyncio.create_subprocess_exec(*worker_command(), env=env)
        children[number] = process
        log.info("conversation worker %d started (pid %d)", number, process.pid)
        code = await process.wait()
        if stopping.is_set():
            return
        log.error("conversation worker %d (pid %d) exited with %s; starting it again", number, process.pid, code)
        await asyncio.sleep(RESTART_DELAY_S)


async def worker_processes_ctx(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    if settings.is_worker or settings.workers <= 0:
        yield
        return
    stopping = asyncio.Event()
    children: dict[int, asyncio.subprocess.Process] = {}
    supervisors = [asyncio.create_task(_supervise(settings, n, stopping, children)) for n in range(settings.workers)]
    yield
    stopping.set()
    for process in children.values():
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
    for process in children.values():
        try:
            await asyncio.wait_for(process.wait(), settings.shutdown_timeout_s)
        except TimeoutError:
            process.kill()
            await process.wait()
    for task in supervisors:
        task.cancel()
    await asyncio.gather(*supervisors, return_exceptions=True)


def run_worker() -> int:
    """`vyapar worker`: the app's contexts without an HTTP listener, until SIGTERM/SIGINT."""
    from webhooks.app import create_app

    settings = Settings.from_env(role="worker")
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    async def main() -> None:
        runner = web.AppRunner(create_app(settings), handle_signals=False)
        await runner.setup()  # runs every cleanup context: database, conversation, channels (worker only)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        log.info("conversation worker ready (pid %d)", os.getpid())
        await stop.wait()
        await runner.cleanup()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())
    return 0
