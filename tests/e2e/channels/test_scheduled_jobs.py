"""The jobs on APScheduler's clock in a running server: an idle cart expires (the customer is
told) and the low-stock digest is scheduled through the day, India time."""

from __future__ import annotations

from datetime import datetime, timedelta

from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import func, select, update

from commerce.tables import Cart, OutboxMessage
from commerce.unit_of_work import UnitOfWork
from locales import translator
from tests.e2e.channels.conftest import RigFactory, eventually
from webhooks.keys import DATABASE
from webhooks.scheduler import SCHEDULER


async def test_jobs_are_on_the_clock(make_rig: RigFactory) -> None:
    rig = await make_rig(handler=None, demo=True)
    scheduler = rig.app[SCHEDULER]
    assert scheduler.running and str(scheduler.timezone) == "Asia/Kolkata"
    jobs = {job.id: job for job in scheduler.get_jobs()}
    expiry, digest = jobs["expire-idle-carts"], jobs["low-stock-digest"]
    assert isinstance(expiry.trigger, IntervalTrigger) and expiry.trigger.interval == timedelta(minutes=1)
    assert isinstance(digest.trigger, CronTrigger)
    fires = [digest.trigger.get_next_fire_time(None, datetime(2026, 1, 1, 7, 0, tzinfo=scheduler.timezone))]
    for _ in range(6):
        fires.append(digest.trigger.get_next_fire_time(fires[-1], fires[-1] + timedelta(seconds=1)))
    assert all(b - a <= timedelta(minutes=10) for a, b in zip(fires, fires[1:]))  # every opening hour is seen


async def test_an_idle_cart_expires_on_the_clock(make_rig: RigFactory) -> None:
    rig = await make_rig(handler=None, demo=True)
    db = rig.app[DATABASE]
    response = await rig.client.post("/api/v1/chat/web", json={"user_id": "idle-ravi", "text": "4 tata salt"})
    assert response.status == 200
    async with UnitOfWork(db) as uow:
        assert await uow.session.scalar(select(func.count()).select_from(Cart)) == 1
        await uow.session.execute(update(Cart).values(expires_at=datetime.now().astimezone() - timedelta(minutes=1)))
        await uow.commit()
    rig.app[SCHEDULER].get_job("expire-idle-carts").modify(next_run_time=datetime.now().astimezone())

    async def expired() -> bool:
        async with UnitOfWork(db, write=False) as uow:
            return await uow.session.scalar(select(func.count()).select_from(Cart)) == 0

    await eventually(expired)
    async with UnitOfWork(db, write=False) as uow:
        told = (await uow.session.scalars(select(OutboxMessage.payload).where(OutboxMessage.kind == "web_alert"))).all()
    text = translator("en").tn("cart.expired", "cart.expired.plural", 30, count=30)
    assert [(p["chat_id"], p["text"]) for p in told] == [("idle-ravi", text)]
