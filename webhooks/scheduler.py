"""Jobs on a clock (APScheduler, in the server process): cart expiry, payment expiry, the
daily low-stock digest. Register them with `schedule(app, …)` before the app starts; every
job must be safe to run on several replicas at once (they use conditional updates)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from webhooks.keys import SETTINGS

log = logging.getLogger("vyapar.scheduler")
Job = Callable[[web.Application], Awaitable[object]]


@dataclass(frozen=True, slots=True)
class ScheduledJob:
    name: str
    job: Job
    every_s: float | None = None  # an interval …
    cron: str | None = None  # … or a crontab line ("0 * * * *"), India time


JOBS = web.AppKey("scheduled_jobs", list[ScheduledJob])
SCHEDULER = web.AppKey("scheduler", AsyncIOScheduler)


def schedule(app: web.Application, job: ScheduledJob) -> None:
    app.setdefault(JOBS, []).append(job)  # type: ignore[arg-type]


async def scheduler_ctx(app: web.Application) -> AsyncIterator[None]:
    if app[SETTINGS].is_worker:  # jobs run once, in the web process
        yield
        return
    scheduler = AsyncIOScheduler(timezone="Asia/Kolkata")

    def runner(job: ScheduledJob) -> Callable[[], Awaitable[None]]:
        async def run() -> None:
            try:
                await job.job(app)
            except Exception:  # a failed run is logged; the next run tries again
                log.exception("scheduled job %s failed", job.name)

        return run

    for job in app.get(JOBS, []):
        trigger = (IntervalTrigger(seconds=job.every_s) if job.every_s
                   else CronTrigger.from_crontab(job.cron or "* * * * *", timezone="Asia/Kolkata"))
        scheduler.add_job(runner(job), trigger, id=job.name, name=job.name, max_instances=1, coalesce=True)
    scheduler.start()
    app[SCHEDULER] = scheduler
    yield
    scheduler.shutdown(wait=False)
