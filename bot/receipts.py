"""Delivery receipts (WhatsApp `statuses`) land on the outbox row that was sent: sent →
delivered → read never goes backwards; failed keeps the provider's error."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import bindparam, or_, update

from bot.channels.whatsapp import DeliveryReceipt
from commerce.tables import OutboxMessage
from commerce.unit_of_work import UnitOfWork

OUTBOX = OutboxMessage.__table__
RANK = {"sent": 1, "delivered": 2, "read": 3, "failed": 4}


async def record_receipts(uow: UnitOfWork, receipts: Sequence[DeliveryReceipt]) -> None:
    by_status: dict[str, list[DeliveryReceipt]] = defaultdict(list)
    for receipt in receipts:
        if receipt.status in RANK:
            by_status[receipt.status].append(receipt)
    for status, group in by_status.items():
        lower = [s for s, rank in RANK.items() if rank < RANK[status]]
        values: dict[str, object] = {"delivery_status": status}
        if status == "failed":
            values["last_error"] = bindparam("err")
        await uow.session.execute(
            update(OUTBOX).where(OUTBOX.c.provider_message_id == bindparam("pid"),
                                 or_(OUTBOX.c.delivery_status.is_(None), OUTBOX.c.delivery_status.in_(lower)))
            .values(**values),
            [{"pid": r.provider_message_id, "err": r.error or "failed"} for r in group])
