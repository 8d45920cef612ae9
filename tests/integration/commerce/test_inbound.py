"""Inbound idempotency: one row per (provider, message id); a redelivery is recognised."""

from __future__ import annotations

import pytest

from commerce.database import Database
from commerce.inbound import first_time_seen
from commerce.tables import ProcessedMessage
from commerce.unit_of_work import UnitOfWork

from ._support import count


async def seen(db: Database, provider: str, message_id: str) -> bool:
    async with UnitOfWork(db) as uow:
        first = await first_time_seen(uow, provider, message_id)
        await uow.commit()
    return first


async def test_first_time_then_redelivery(db: Database) -> None:
    assert await seen(db, "whatsapp", "wamid.HBgMOTE5ODc2NTQzMjEwFQIAEhgg") is True
    assert await seen(db, "whatsapp", "wamid.HBgMOTE5ODc2NTQzMjEwFQIAEhgg") is False
    assert await seen(db, "whatsapp", "wamid.HBgMOTE5ODc2NTQzMjEwFQIAEhgg") is False
    assert await count(db, ProcessedMessage) == 1


async def test_providers_are_independent(db: Database) -> None:
    assert await seen(db, "whatsapp", "1001") is True
    assert await seen(db, "telegram", "1001") is True
    assert await seen(db, "razorpay", "1001") is True
    assert await seen(db, "telegram", "1001") is False
    assert await seen(db, "telegram", "1002") is True
    assert await count(db, ProcessedMessage) == 4


async def test_twice_in_one_unit_of_work_and_never_without_commit(db: Database) -> None:
    async with UnitOfWork(db) as uow:
        assert await first_time_seen(uow, "telegram", "77") is True
        assert await first_time_seen(uow, "telegram", "77") is False
        await uow.commit()
    assert await count(db, ProcessedMessage) == 1
    async with UnitOfWork(db) as uow:
        assert await first_time_seen(uow, "whatsapp", "lost-in-a-crash") is True
    assert await seen(db, "whatsapp", "lost-in-a-crash") is True  # processed again: nothing was recorded


async def test_long_ids_are_cut_and_ids_are_required(db: Database) -> None:
    long_id = "x" * 250
    assert await seen(db, "web", long_id) is True
    assert await seen(db, "web", long_id) is False
    assert await seen(db, "web", long_id[:200]) is False  # the same stored key
    async with UnitOfWork(db) as uow:
        with pytest.raises(ValueError):
            await first_time_seen(uow, "", "1")
        with pytest.raises(ValueError):
            await first_time_seen(uow, "whatsapp", "")
