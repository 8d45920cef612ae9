"""Idempotency for everything that arrives from outside: one row per provider message id."""

from __future__ import annotations

from commerce.tables import ProcessedMessage, utcnow
from commerce.unit_of_work import UnitOfWork
from commerce.upsert import insert_if_absent


async def first_time_seen(uow: UnitOfWork, provider: str, message_id: str) -> bool:
    """Record the message id; False when it was recorded before (a redelivery)."""
    if not provider or not message_id:
        raise ValueError("provider and message id are required")
    return await insert_if_absent(
        uow, ProcessedMessage, {"provider": provider, "message_id": message_id[:200], "received_at": utcnow()}
    )
