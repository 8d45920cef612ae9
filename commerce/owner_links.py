"""One-time codes that link another chat (Telegram) to a shop as its owner. The owner, proven
on WhatsApp or by a token, asks for a code; only its hash is kept (in otp_codes, purpose
"telegram_link"), it lives 15 minutes and works once. The code carries the shop's code so the
hash can be bound to the shop: "own_SHARMA_3f9c…"."""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import timedelta

from sqlalchemy import select, update

from commerce.stores import find_store_by_code, get_store
from commerce.tables import OtpCode, Store, utcnow
from commerce.unit_of_work import UnitOfWork

PURPOSE = "telegram_link"
LINK_TTL = timedelta(minutes=15)
PREFIX = "own_"
_PAYLOAD = re.compile(r"own_([A-Za-z0-9-]{1,16})_([0-9a-f]{20})")  # fits Telegram's 64-character start payload


def _hash(store_id: str, secret: str) -> str:
    return hashlib.sha256(f"{PURPOSE}:{store_id}:{secret}".encode()).hexdigest()


async def issue_owner_link_code(uow: UnitOfWork, store_id: str) -> str:
    """A new one-time code for this shop's owner; only its hash is stored."""
    store = await get_store(uow, store_id)
    secret = secrets.token_hex(10)
    uow.session.add(OtpCode(phone=store.phone, purpose=PURPOSE, code_hash=_hash(store.id, secret),
                            expires_at=utcnow() + LINK_TTL))
    await uow.session.flush()
    return f"{PREFIX}{store.code}_{secret}"


async def redeem_owner_link_code(uow: UnitOfWork, code: str) -> Store | None:
    """The shop this code links to, using it up; None for a wrong, expired or used code."""
    match = _PAYLOAD.fullmatch((code or "").strip())
    if match is None:
        return None
    store = await find_store_by_code(uow, match.group(1))
    if store is None or store.status != "active":
        return None
    now = utcnow()
    row = await uow.session.scalar(select(OtpCode).where(
        OtpCode.purpose == PURPOSE, OtpCode.code_hash == _hash(store.id, match.group(2))))
    if row is None or row.consumed_at is not None or row.expires_at <= now:
        return None
    used = await uow.session.execute(  # compare-and-set: two redemptions at once, one wins
        update(OtpCode).where(OtpCode.id == row.id, OtpCode.consumed_at.is_(None)).values(consumed_at=now)
        .execution_options(synchronize_session=False))
    if used.rowcount != 1:  # type: ignore[attr-defined]
        return None
    return store
