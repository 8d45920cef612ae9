"""A payment link in three steps — claim (in a transaction), ask the provider (none open),
record (in another) — keeps "at most one live link per order" however the steps of
concurrent attempts interleave, and a claim lost with its process is found again once."""

from __future__ import annotations

import asyncio
import secrets
from datetime import timedelta

from sqlalchemy import select, update

from commerce.database import Database
from commerce.payments import (LinkAttempt, NewLink, choose_cash_on_delivery, claim_link_attempt,
                               claim_link_recovery, link_not_created, orders_missing_a_link, record_payment_link)
from commerce.tables import Order, OutboxMessage, Payment, utcnow
from commerce.unit_of_work import UnitOfWork
from tests.integration.commerce._support import order
from tests.integration.commerce.conftest import Shop

STALE = timedelta(minutes=2)


def made() -> NewLink:
    return NewLink(link_id="plink_" + secrets.token_hex(6), short_url="https://rzp.io/i/x",
                   expires_at=utcnow() + timedelta(minutes=15), expiry_minutes=15)


async def placed(shop: Shop) -> Order:
    return await order(shop.db, shop.customer_id, shop.store_id, [(shop.items["atta"], 1)], payment_method="upi")


async def claim(db: Database, order_id: str) -> LinkAttempt:
    async with UnitOfWork(db) as uow:
        attempt = await claim_link_attempt(uow, order_id)
        await uow.commit()
    return attempt


async def record(db: Database, attempt: LinkAttempt) -> Payment | None:
    async with UnitOfWork(db) as uow:
        payment = await record_payment_link(uow, attempt, made())
        await uow.commit()
    return payment


async def rows(db: Database, order_id: str) -> list[tuple[str, str]]:
    async with UnitOfWork(db, write=False) as uow:
        found = (await uow.session.scalars(select(Payment).where(Payment.order_id == order_id)
                                           .order_by(Payment.created_at, Payment.id))).all()
    return [(p.status, p.link_status) for p in found]


async def announced(db: Database) -> int:
    async with UnitOfWork(db, write=False) as uow:
        return len((await uow.session.scalars(select(OutboxMessage.id).where(
            OutboxMessage.kind == "PaymentLinkCreated"))).all())


async def test_two_concurrent_attempts_leave_one_live_link_either_way_round(shop: Shop) -> None:
    for later_answers_first in (True, False):
        the_order = await placed(shop)
        first, second = await asyncio.gather(claim(shop.db, the_order.id), claim(shop.db, the_order.id))
        assert sorted([first.attempt, second.attempt]) == [1, 2]  # numbered under the order's lock
        assert first.reference_id != second.reference_id  # the provider wants them unique
        older, newer = sorted([first, second], key=lambda a: a.attempt)
        order_of_answers = [newer, older] if later_answers_first else [older, newer]
        results = [await record(shop.db, a) for a in order_of_answers]
        live = [r for r in results if r is not None]
        assert len(live) == 1 and live[0].id == newer.payment_id  # the last claimed wins …
        assert sorted(await rows(shop.db, the_order.id)) == sorted([("created", "active"),
                                                                     ("superseded", "cancel_requested")])
        # … and the other link is queued for cancellation at the provider, never offered


async def test_recording_concurrently_still_one_live_link(shop: Shop) -> None:
    the_order = await placed(shop)
    attempts = [await claim(shop.db, the_order.id) for _ in range(3)]
    results = await asyncio.gather(*(record(shop.db, a) for a in attempts))
    assert [r is not None for r in results] == [False, False, True]
    assert (await rows(shop.db, the_order.id)).count(("created", "active")) == 1


async def test_a_link_made_after_the_order_moved_on_is_cancelled_not_offered(shop: Shop) -> None:
    the_order = await placed(shop)
    attempt = await claim(shop.db, the_order.id)
    before = await announced(shop.db)
    async with UnitOfWork(shop.db) as uow:  # the customer switched to cash meanwhile
        await choose_cash_on_delivery(uow, the_order.id)
        await uow.commit()
    assert await record(shop.db, attempt) is None
    assert await rows(shop.db, the_order.id) == [("superseded", "cancel_requested")]
    assert await announced(shop.db) == before


async def test_a_failed_call_only_counts_for_the_current_attempt(shop: Shop) -> None:
    the_order = await placed(shop)
    older = await claim(shop.db, the_order.id)
    newer = await claim(shop.db, the_order.id)
    async with UnitOfWork(shop.db) as uow:
        assert not await link_not_created(uow, older, "timeout")  # superseded: the newer one answers
        assert await link_not_created(uow, newer, "timeout")
        await uow.commit()
    assert await rows(shop.db, the_order.id) == [("superseded", "none"), ("not_created", "none")]


async def test_a_claim_lost_with_its_process_is_recovered_once(shop: Shop) -> None:
    the_order = await placed(shop)
    lost = await claim(shop.db, the_order.id)  # committed; the process died before the provider answered
    async with UnitOfWork(shop.db, write=False) as uow:  # just claimed: maybe still in flight
        assert await orders_missing_a_link(uow, now=utcnow(), stale_after=STALE, expiry_minutes=15) == []
    async with UnitOfWork(shop.db) as uow:  # three minutes later
        await uow.session.execute(update(Payment).where(Payment.id == lost.payment_id)
                                  .values(created_at=utcnow() - timedelta(minutes=3)))
        await uow.commit()
    later = utcnow()
    async with UnitOfWork(shop.db, write=False) as uow:
        assert await orders_missing_a_link(uow, now=later, stale_after=STALE, expiry_minutes=15) == [the_order.id]
        too_late = later + timedelta(minutes=16)  # the order is past its expiry: the expiry job's
        assert await orders_missing_a_link(uow, now=too_late, stale_after=STALE, expiry_minutes=15) == []

    async def recover() -> LinkAttempt | None:
        async with UnitOfWork(shop.db) as uow:
            attempt = await claim_link_recovery(uow, the_order.id, now=later, stale_after=STALE, expiry_minutes=15)
            await uow.commit()
        return attempt

    found = await asyncio.gather(recover(), recover())  # two replicas' payments jobs
    winners = [a for a in found if a is not None]
    assert len(winners) == 1 and winners[0].attempt == 2
    async with UnitOfWork(shop.db) as uow:
        payment = await record_payment_link(uow, winners[0], made(), announce=True)
        await uow.commit()
    assert payment is not None
    assert await rows(shop.db, the_order.id) == [("superseded", "none"), ("created", "active")]
    async with UnitOfWork(shop.db, write=False) as uow:
        assert await orders_missing_a_link(uow, now=later, stale_after=STALE, expiry_minutes=15) == []
