"""Bulk imports run in the background of the server: one asyncio task per job, tracked on
the app. At start, and then every minute, jobs left queued (or running without a heartbeat,
after a crash) are picked up; on shutdown running jobs stop at their next batch boundary (a
batch still going after STOP_GRACE_S is cancelled and rolled back) and are put back in the
queue, to resume after their last committed batch."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from aiohttp import web
from sqlalchemy import update

from commerce.database import Database
from commerce.imports import jobs_to_resume, run_import_job
from commerce.tables import ImportJob
from commerce.unit_of_work import UnitOfWork
from webhooks.keys import DATABASE, SETTINGS

log = logging.getLogger("vyapar.imports")
SWEEP_SECONDS = 60.0
STOP_GRACE_S = 10.0  # on shutdown, how long a running batch may take to finish


class ImportRunner:
    __slots__ = ("db", "stopping", "tasks")

    def __init__(self, db: Database) -> None:
        self.db = db
        self.tasks: dict[str, asyncio.Task[object]] = {}
        self.stopping = asyncio.Event()

    def start(self, job_id: str) -> None:
        if job_id in self.tasks:
            return
        task: asyncio.Task[object] = asyncio.create_task(run_import_job(self.db, job_id, stop=self.stopping),
                                                         name=f"import {job_id}")
        self.tasks[job_id] = task
        task.add_done_callback(lambda _t: self.tasks.pop(job_id, None))

    async def wait(self, job_id: str) -> None:
        """For tests and the CLI: until this job's task (if any) has finished."""
        task = self.tasks.get(job_id)
        if task is not None:
            await asyncio.shield(task)

    async def sweep(self) -> None:
        for job_id in await jobs_to_resume(self.db):
            self.start(job_id)

    async def close(self) -> None:
        running = list(self.tasks.items())
        self.stopping.set()  # each job stops at its next batch boundary, between transactions
        if running:
            _, slow = await asyncio.wait([task for _, task in running], timeout=STOP_GRACE_S)
            for task in slow:  # a batch that will not finish in time is rolled back
                task.cancel()
            await asyncio.gather(*(task for _, task in running), return_exceptions=True)
        if running:
            async with UnitOfWork(self.db) as uow:
                await uow.session.execute(update(ImportJob).where(
                    ImportJob.id.in_([job_id for job_id, _ in running]), ImportJob.status == "running",
                ).values(status="queued"))
                await uow.commit()
            log.info("%d import job(s) put back in the queue for the next start", len(running))


IMPORT_RUNNER = web.AppKey("import_runner", ImportRunner)


async def _sweeper(runner: ImportRunner) -> None:
    while True:
        await asyncio.sleep(SWEEP_SECONDS)
        try:
            await runner.sweep()
        except Exception:  # noqa: BLE001 — a failed sweep is retried on the next tick
            log.exception("could not look for import jobs to resume")


async def import_jobs_ctx(app: web.Application) -> AsyncIterator[None]:
    if app[SETTINGS].is_worker:  # imports run in the web process
        yield
        return
    runner = ImportRunner(app[DATABASE])
    app[IMPORT_RUNNER] = runner
    await runner.sweep()
    sweeper = asyncio.create_task(_sweeper(runner), name="import sweeper")
    yield
    sweeper.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await sweeper
    await runner.close()
