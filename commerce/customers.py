"""Customers, known by channel and sender id (phone on WhatsApp, user id on Telegram)."""

from __future__ import annotations

from sqlalchemy import bindparam, select, update

from commerce import validation as v
from commerce.errors import InvalidInput, NotFound
from commerce.ids import new_id
from commerce.tables import Address, Customer, utcnow
from commerce.unit_of_work import UnitOfWork
from commerce.upsert import insert_if_absent

CHANNELS = ("whatsapp", "telegram", "web")
LANGUAGE_CODES = ("en", "hi", "hi_Latn", "bn", "ta", "te", "mr", "gu", "kn", "ml", "pa", "or")

# Built once: only the key changes per chat message.
_BY_SENDER = select(Customer).where(Customer.channel == bindparam("channel"), Customer.sender_id == bindparam("sender"))


async def get_or_create_customer(
    uow: UnitOfWork, channel: str, sender_id: str, *, phone: str | None = None, name: str = ""
) -> Customer:
    if channel not in CHANNELS:
        raise InvalidInput("channel", f"channel must be one of {', '.join(CHANNELS)}")
    sender = (sender_id or "").strip()
    if not sender or len(sender) > 64:
        raise InvalidInput("sender_id", "sender id must be 1 to 64 characters")
    clean_phone = v.indian_phone(phone) if phone else None
    clean_name = v.text(name, "name", max_length=100, required=False)[:100]
    key = {"channel": channel, "sender": sender}
    customer = await uow.session.scalar(_BY_SENDER, key)  # the usual case: they have written before
    if customer is None:
        await insert_if_absent(
            uow, Customer,
            {"id": new_id("CUST"), "channel": channel, "sender_id": sender, "phone": clean_phone,
             "name": clean_name, "created_at": utcnow(), "updated_at": utcnow()},
        )
        customer = await uow.session.scalar(_BY_SENDER, key)
    assert customer is not None
    return customer


async def get_customer(uow: UnitOfWork, customer_id: str) -> Customer:
    customer = await uow.session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(f"customer {customer_id} not found", customer_id=customer_id)
    return customer


async def set_language(uow: UnitOfWork, customer_id: str, language: str) -> None:
    if language not in LANGUAGE_CODES:
        raise InvalidInput("language", f"language must be one of {', '.join(LANGUAGE_CODES)}")
    await get_customer(uow, customer_id)
    await uow.session.execute(
        update(Customer).where(Customer.id == customer_id).values(language=language, updated_at=utcnow())
    )


async def add_address(
    uow: UnitOfWork, customer_id: str, text: str, *, pincode: str | None = None,
    latitude: float | None = None, longitude: float | None = None,
) -> Address:
    """The new address becomes the default one."""
    await get_customer(uow, customer_id)
    clean = v.text(text, "address", max_length=500)
    if len(clean) < 5:
        raise InvalidInput("address", "Address is too short")
    await uow.session.execute(update(Address).where(Address.customer_id == customer_id).values(is_default=False))
    address = Address(
        id=new_id("ADDR"), customer_id=customer_id, text=clean,
        pincode=v.pincode(pincode) if pincode else None, latitude=latitude, longitude=longitude, is_default=True,
    )
    uow.session.add(address)
    await uow.session.flush()
    return address


async def default_address(uow: UnitOfWork, customer_id: str) -> Address | None:
    return await uow.session.scalar(
        select(Address).where(Address.customer_id == customer_id)
        .order_by(Address.is_default.desc(), Address.created_at.desc()).limit(1)
    )
