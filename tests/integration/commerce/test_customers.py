"""Customers: one row per (channel, sender), language, addresses."""

from __future__ import annotations

import pytest

from commerce.customers import (
    add_address,
    default_address,
    get_customer,
    get_or_create_customer,
    set_language,
)
from commerce.database import Database
from commerce.errors import InvalidInput, NotFound
from commerce.ids import new_id
from commerce.tables import Address, Customer
from commerce.unit_of_work import UnitOfWork

from ._support import count, fetch, rows


async def customer(db: Database, channel: str = "whatsapp", sender: str = "919812345678", **extra: str) -> Customer:
    async with UnitOfWork(db) as uow:
        found = await get_or_create_customer(uow, channel, sender, **extra)
        await uow.commit()
    return found


async def test_get_or_create_is_idempotent(db: Database) -> None:
    first = await customer(db, phone="98123 45678", name="  Ravi  Kumar ")
    again = await customer(db, phone="+919812345678", name="Someone Else")
    assert first.id == again.id
    assert await count(db, Customer) == 1
    saved = await fetch(db, Customer, first.id)
    assert (saved.channel, saved.sender_id, saved.phone, saved.name) == (
        "whatsapp", "919812345678", "+919812345678", "Ravi Kumar")  # the first name is kept


async def test_same_sender_twice_in_one_unit_of_work(db: Database) -> None:
    async with UnitOfWork(db) as uow:
        one = await get_or_create_customer(uow, "telegram", "5550001")
        two = await get_or_create_customer(uow, "telegram", " 5550001 ")
        assert one.id == two.id
        await uow.commit()
    assert await count(db, Customer) == 1


async def test_channels_are_separate_identities(db: Database) -> None:
    whatsapp = await customer(db, "whatsapp", "919812345678")
    telegram = await customer(db, "telegram", "919812345678")
    web = await customer(db, "web", "919812345678")
    assert len({whatsapp.id, telegram.id, web.id}) == 3
    assert await count(db, Customer) == 3
    longest = await customer(db, "web", "w" * 64)  # the longest sender id there is
    assert longest.sender_id == "w" * 64


async def test_bad_channel_sender_or_phone_is_refused(db: Database) -> None:
    cases = [
        ("channel", ("sms", "919812345678", {})),
        ("channel", ("WhatsApp", "919812345678", {})),
        ("sender_id", ("whatsapp", "", {})),
        ("sender_id", ("whatsapp", "   ", {})),
        ("sender_id", ("telegram", "9" * 65, {})),
        ("phone", ("whatsapp", "919812345678", {"phone": "12345"})),
        ("name", ("whatsapp", "919812345678", {"name": "<script>x</script>"})),
    ]
    for field, (channel, sender, extra) in cases:
        async with UnitOfWork(db) as uow:
            with pytest.raises(InvalidInput) as caught:
                await get_or_create_customer(uow, channel, sender, **extra)
            await uow.commit()
        assert caught.value.field == field, (channel, sender, extra)
    assert await count(db, Customer) == 0


async def test_set_language(db: Database) -> None:
    found = await customer(db)
    assert found.language is None
    async with UnitOfWork(db) as uow:
        await set_language(uow, found.id, "hi_Latn")
        await uow.commit()
    assert (await fetch(db, Customer, found.id)).language == "hi_Latn"
    for bad in ("fr", "HI", "", "hindi"):
        async with UnitOfWork(db) as uow:
            with pytest.raises(InvalidInput) as caught:
                await set_language(uow, found.id, bad)
        assert caught.value.field == "language"
    assert (await fetch(db, Customer, found.id)).language == "hi_Latn"
    async with UnitOfWork(db) as uow:
        with pytest.raises(NotFound):
            await set_language(uow, new_id("CUST"), "ta")
        with pytest.raises(NotFound):
            await get_customer(uow, new_id("CUST"))


async def test_newest_address_is_the_default(db: Database) -> None:
    found = await customer(db)
    async with UnitOfWork(db) as uow:
        home = await add_address(uow, found.id, "Flat 4B, Sai Krupa CHS,\nAndheri West", pincode="400058")
        await uow.commit()
    async with UnitOfWork(db) as uow:
        office = await add_address(uow, found.id, "Office 12, Bandra Kurla Complex", pincode="400051")
        await uow.commit()
    async with UnitOfWork(db, write=False) as uow:
        current = await default_address(uow, found.id)
        assert current is not None and current.id == office.id
    saved = {a.id: a for a in await rows(db, Address, Address.customer_id == found.id)}
    assert saved[office.id].is_default is True
    assert saved[home.id].is_default is False
    assert saved[home.id].text == "Flat 4B, Sai Krupa CHS, Andheri West"
    assert saved[home.id].pincode == "400058"


async def test_addresses_belong_to_their_customer(db: Database) -> None:
    ravi = await customer(db, sender="919812345678")
    meena = await customer(db, sender="919800000000")
    async with UnitOfWork(db) as uow:
        ravis = await add_address(uow, ravi.id, "12 Gulmohar Road, Juhu")
        meenas = await add_address(uow, meena.id, "7 Linking Road, Bandra")
        await uow.commit()
    async with UnitOfWork(db, write=False) as uow:
        assert (await default_address(uow, ravi.id)).id == ravis.id  # type: ignore[union-attr]
        assert (await default_address(uow, meena.id)).id == meenas.id  # type: ignore[union-attr]
    assert await count(db, Address, Address.is_default.is_(True)) == 2


async def test_bad_addresses_are_refused(db: Database) -> None:
    found = await customer(db)
    cases = [
        ("address", {"text": "abc"}),
        ("address", {"text": "A" * 501}),
        ("address", {"text": "1 Main Rd; DROP TABLE addresses; x"}),
        ("pincode", {"text": "12 Gulmohar Road", "pincode": "0400058"}),
    ]
    for field, kwargs in cases:
        async with UnitOfWork(db) as uow:
            with pytest.raises(InvalidInput) as caught:
                await add_address(uow, found.id, **kwargs)  # type: ignore[arg-type]
        assert caught.value.field == field, kwargs
    async with UnitOfWork(db) as uow:
        with pytest.raises(NotFound):
            await add_address(uow, new_id("CUST"), "12 Gulmohar Road")
        assert await default_address(uow, found.id) is None
    assert await count(db, Address) == 0
