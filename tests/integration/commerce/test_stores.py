"""Stores: registration (spec §14.5), short codes, settings, opening and hours."""

from __future__ import annotations

import math
from datetime import UTC, date

import pytest
from sqlalchemy import select, update

from commerce.catalog import ensure_global_catalog
from commerce.database import Database
from commerce.errors import InvalidInput, NotFound
from commerce.ids import new_id
from commerce.stores import (
    StoreSettings,
    find_store_by_code,
    get_store,
    haversine_km,
    is_accepting_orders,
    register_store,
    set_open,
    set_status,
    stores_delivering_to,
    stores_near_pincode,
    stores_owned_by,
    update_settings,
)
from commerce.tables import InventoryItem, Product, Store
from commerce.unit_of_work import UnitOfWork

from ._support import count, fetch, ist, outbox, rows
from .conftest import registration

DAY = date(2025, 3, 10)


async def register(db: Database, **overrides: object) -> Store:
    async with UnitOfWork(db) as uow:
        store, _ = await register_store(uow, registration(**overrides))
        await uow.commit()
    return store


# --- registration -------------------------------------------------------------------------


async def test_registration_creates_store_and_twelve_starters_at_zero_stock(db: Database) -> None:
    async with UnitOfWork(db) as uow:
        await ensure_global_catalog(uow)
        await uow.commit()
    async with UnitOfWork(db) as uow:
        store, added = await register_store(uow, registration(email="Ramesh@Example.IN",
                                                              gst_number="27aapfu0939f1zv"))
        await uow.commit()
    assert added == 12
    saved = await fetch(db, Store, store.id)
    items = await rows(db, InventoryItem, InventoryItem.store_id == store.id)
    starters = await rows(db, Product, Product.starter.is_(True))
    assert saved.name == "Sharma Kirana Store"
    assert saved.phone == "+919876543210"
    assert saved.email == "ramesh@example.in"
    assert saved.gst_number == "27AAPFU0939F1ZV"
    assert saved.status == "active" and saved.is_open is True and saved.verified is False
    assert saved.id.startswith("STORE-")
    assert len(items) == 12
    assert {i.product_id for i in items} == {p.id for p in starters}
    assert all(i.current_stock == 0 for i in items)
    by_product = {p.id: p for p in starters}
    for item in items:
        assert item.name == by_product[item.product_id].name
        assert item.selling_price_paise == by_product[item.product_id].mrp_paise


async def test_registration_on_a_fresh_platform_adds_the_starter_staples(db: Database) -> None:
    """No global catalog yet (a new deployment): the 12 staples of §14.5 join it, once."""
    async with UnitOfWork(db) as uow:
        store, added = await register_store(uow, registration())
        await uow.commit()
    assert added == 12
    assert await count(db, InventoryItem, InventoryItem.store_id == store.id) == 12
    assert await count(db, Product) == 12 and await count(db, Product, Product.starter.is_(True)) == 12
    async with UnitOfWork(db) as uow:
        second, added_again = await register_store(uow, registration(name="Second Shop", phone="+919876500001"))
        await uow.commit()
    assert added_again == 12 and await count(db, Product) == 12  # the catalog was not seeded twice
    async with UnitOfWork(db, write=False) as uow:
        names = set((await uow.session.scalars(select(InventoryItem.name)
                                               .where(InventoryItem.store_id == second.id))).all())
    assert len(names) == 12 and all(name for name in names)


async def test_registration_respects_starters_an_admin_deactivated(db: Database) -> None:
    async with UnitOfWork(db) as uow:
        await register_store(uow, registration())
        await uow.commit()
    async with UnitOfWork(db) as uow:
        await uow.session.execute(update(Product).values(is_active=False))
        await uow.commit()
    async with UnitOfWork(db) as uow:
        _, added = await register_store(uow, registration(name="Second Shop", phone="+919876500001"))
        await uow.commit()
    assert added == 0 and await count(db, Product) == 12


async def test_registration_keeps_the_given_store_id(db: Database) -> None:
    wanted = new_id("STORE")
    store = await register(db, store_id=wanted)
    assert store.id == wanted
    async with UnitOfWork(db) as uow:
        with pytest.raises(InvalidInput) as caught:
            await register_store(uow, registration(store_id=wanted, name="Another Shop"))
    assert caught.value.field == "store_id"
    assert await count(db, Store) == 1


async def test_indian_phone_formats_are_normalised_to_e164(db: Database) -> None:
    for phone in ("98765 43210", "+91-9876543210", "09876543210", "+91 98765 43210", "9876543210"):
        store = await register(db, phone=phone, whatsapp=phone)
        saved = await fetch(db, Store, store.id)
        assert (saved.phone, saved.whatsapp) == ("+919876543210", "+919876543210"), phone


INVALID = [
    ("phone", {"phone": "12345"}),
    ("phone", {"phone": "98765"}),
    ("phone", {"phone": "+1 415 555 2671"}),  # not Indian
    ("phone", {"phone": "022 2345 6789"}),  # Mumbai landline, not a mobile
    ("phone", {"phone": "call me maybe"}),
    ("phone", {"phone": ""}),
    ("phone", {"phone": "9" * 25}),
    ("whatsapp", {"whatsapp": "1234"}),
    ("pincode", {"pincode": "01234"}),
    ("pincode", {"pincode": "12345"}),
    ("pincode", {"pincode": "1234567"}),
    ("pincode", {"pincode": "012345"}),
    ("pincode", {"pincode": "40005A"}),
    ("gst_number", {"gst_number": "27AAPFU0939F1Z"}),  # 14 characters
    ("gst_number", {"gst_number": "27AAPFU0939F0ZV"}),  # 13th character may not be 0
    ("gst_number", {"gst_number": "27AAPFU0939F1AV"}),  # 14th must be Z
    ("gst_number", {"gst_number": "2AAAPFU0939F1ZV"}),  # state code must be two digits
    ("gst_number", {"gst_number": "27AAPFU0939F1ZV1"}),  # 16 characters
    ("email", {"email": "not-an-email"}),
    ("email", {"email": "ramesh@example"}),
    ("email", {"email": "ramesh@@example.in"}),
    ("email", {"email": "a@b.c"}),
    ("name", {"name": "S" * 201}),
    ("name", {"name": "   "}),
    ("owner_name", {"owner_name": "R" * 101}),
    ("name", {"name": "<script>alert(1)</script>"}),
    ("name", {"name": "Sharma <b>Kirana</b>"}),
    ("name", {"name": "Shop'; DROP TABLE stores; --"}),
    ("street", {"street": "1 Main Rd' UNION SELECT password FROM users"}),
    ("city", {"city": "Mumbai /* comment */"}),
    ("owner_name", {"owner_name": "{'$ne': null}"}),
    ("store_id", {"store_id": "STORE-123"}),
    ("store_id", {"store_id": "store-01K8NJ40V9KFKX2Y2FMK466WFH"}),
    ("store_id", {"store_id": "PROD-01K8NJ40V9KFKX2Y2FMK466WFH"}),
    ("store_id", {"store_id": "STORE-01K8NJ40V9KFKX2Y2FMK466WFU"}),  # U is not Crockford base32
    ("delivery_radius_km", {"delivery_radius_km": 0}),
    ("delivery_radius_km", {"delivery_radius_km": 51}),
    ("min_order_paise", {"min_order_paise": 99.5}),
    ("min_order_paise", {"min_order_paise": -100}),
    ("opens_at", {"opens_at": "9am"}),
    ("closes_at", {"closes_at": "24:00"}),
]


async def test_invalid_registration_names_the_field_and_writes_nothing(db: Database) -> None:
    async with UnitOfWork(db) as uow:
        await ensure_global_catalog(uow)
        await uow.commit()
    wrong: list[str] = []
    for field, overrides in INVALID:
        async with UnitOfWork(db) as uow:
            try:
                await register_store(uow, registration(**overrides))
            except InvalidInput as error:
                if error.field != field or error.details["field"] != field:
                    wrong.append(f"{overrides}: blamed {error.field}, not {field}")
            else:
                wrong.append(f"{overrides}: accepted")
            await uow.commit()  # even a caller that commits after the error finds nothing was written
    assert wrong == []
    assert await count(db, Store) == 0
    assert await count(db, InventoryItem) == 0


async def test_valid_edge_values_are_accepted(db: Database) -> None:
    store = await register(db, name="S" * 200, gst_number="22AAAAA0000A1Z5", pincode="110001",
                           email="", whatsapp=None, delivery_radius_km=50)
    saved = await fetch(db, Store, store.id)
    assert len(saved.name) == 200
    assert saved.gst_number == "22AAAAA0000A1Z5"
    assert saved.email is None
    assert saved.delivery_radius_km == 50.0


async def test_text_is_trimmed_and_stored_as_typed(db: Database) -> None:
    store = await register(db, name="  Gupta   General\tStore ", owner_name="Anil & Sons",
                           street="Shop 4, \"Sai Krupa\" Bldg")
    saved = await fetch(db, Store, store.id)
    assert saved.name == "Gupta General Store"
    assert saved.owner_name == "Anil & Sons"  # no HTML entities in the database
    assert saved.street == 'Shop 4, "Sai Krupa" Bldg'


async def test_two_stores_with_the_same_name_get_unique_codes(db: Database) -> None:
    first = await register(db)
    second = await register(db, phone="+919811111111")
    third = await register(db, phone="+919822222222")
    assert first.code == "SHARMAKI"
    assert len({first.code, second.code, third.code}) == 3
    async with UnitOfWork(db, write=False) as uow:
        found = await find_store_by_code(uow, f" {second.code.lower()} ")
        assert found is not None and found.id == second.id
        assert await find_store_by_code(uow, "NOSUCHCODE") is None


async def test_lookups_by_owner_phone_and_pincode(db: Database) -> None:
    a = await register(db, name="Andheri Mart", pincode="400058")
    b = await register(db, name="Bandra Mart", pincode="400050", phone="+919811111111", whatsapp="9876543210")
    await register(db, name="Delhi Mart", pincode="110001", phone="+919822222222")
    async with UnitOfWork(db, write=False) as uow:
        owned = await stores_owned_by(uow, "98765 43210")
        near = await stores_near_pincode(uow, "400058")
        assert {s.id for s in owned} == {a.id, b.id}  # b through its WhatsApp number
        assert [s.id for s in near] == [a.id, b.id]  # exact pincode first, then the district, never Delhi


async def test_unknown_store_is_not_found(db: Database) -> None:
    async with UnitOfWork(db) as uow:
        with pytest.raises(NotFound):
            await get_store(uow, new_id("STORE"))
        with pytest.raises(NotFound):
            await set_open(uow, new_id("STORE"), False)


# --- settings -----------------------------------------------------------------------------


async def test_update_settings_persists(db: Database) -> None:
    store = await register(db)
    async with UnitOfWork(db) as uow:
        await update_settings(uow, store.id, StoreSettings(
            delivery_radius_km=5.5, min_order_paise=10_000, delivery_fee_paise=2_000,
            free_delivery_above_paise=30_000, opens_at="07:30", closes_at="22:45", tax_rate_bp=500,
        ))
        await uow.commit()
    saved = await fetch(db, Store, store.id)
    assert (saved.delivery_radius_km, saved.min_order_paise, saved.delivery_fee_paise,
            saved.free_delivery_above_paise, saved.opens_at, saved.closes_at, saved.tax_rate_bp) == (
        5.5, 10_000, 2_000, 30_000, "07:30", "22:45", 500)


async def test_update_settings_leaves_unset_fields_alone(db: Database) -> None:
    store = await register(db, min_order_paise=5_000, opens_at="08:00")
    async with UnitOfWork(db) as uow:
        await update_settings(uow, store.id, StoreSettings(delivery_fee_paise=1_500))
        await uow.commit()
    saved = await fetch(db, Store, store.id)
    assert saved.delivery_fee_paise == 1_500
    assert saved.min_order_paise == 5_000
    assert saved.opens_at == "08:00"
    assert saved.delivery_radius_km == 3.0


BAD_SETTINGS = [
    ("delivery_radius_km", StoreSettings(delivery_radius_km=0)),
    ("delivery_radius_km", StoreSettings(delivery_radius_km=-2)),
    ("delivery_radius_km", StoreSettings(delivery_radius_km=50.5)),
    ("delivery_radius_km", StoreSettings(delivery_radius_km=True)),  # type: ignore[arg-type]
    ("min_order_paise", StoreSettings(min_order_paise=-1)),
    ("min_order_paise", StoreSettings(min_order_paise=100.5)),  # type: ignore[arg-type]
    ("delivery_fee_paise", StoreSettings(delivery_fee_paise=20.0)),  # type: ignore[arg-type]
    ("free_delivery_above_paise", StoreSettings(free_delivery_above_paise=-5)),
    ("tax_rate_bp", StoreSettings(tax_rate_bp=2801)),
    ("tax_rate_bp", StoreSettings(tax_rate_bp=-1)),
    ("opens_at", StoreSettings(opens_at="25:00")),
    ("opens_at", StoreSettings(opens_at="9:00")),
    ("closes_at", StoreSettings(closes_at="noon")),
]


async def test_bad_settings_are_refused_and_change_nothing(db: Database) -> None:
    store = await register(db)
    wrong: list[str] = []
    for field, settings in BAD_SETTINGS:
        async with UnitOfWork(db) as uow:
            try:
                await update_settings(uow, store.id, settings)
            except InvalidInput as error:
                if error.field != field:
                    wrong.append(f"{settings}: blamed {error.field}, not {field}")
            else:
                wrong.append(f"{settings}: accepted")
    assert wrong == []
    saved = await fetch(db, Store, store.id)
    assert (saved.delivery_radius_km, saved.min_order_paise, saved.delivery_fee_paise,
            saved.free_delivery_above_paise, saved.tax_rate_bp, saved.opens_at, saved.closes_at) == (
        3.0, 0, 0, 0, 0, "00:00", "23:59")


async def test_set_open_emits_shop_opened_on_commit_only(db: Database) -> None:
    store = await register(db)
    async with UnitOfWork(db) as uow:
        await set_open(uow, store.id, False)  # left without commit: rolled back
    assert await outbox(db, "ShopOpened") == []
    assert (await fetch(db, Store, store.id)).is_open is True

    async with UnitOfWork(db) as uow:
        await set_open(uow, store.id, False)
        await uow.commit()
    messages = await outbox(db, "ShopOpened")
    assert len(messages) == 1
    assert messages[0].store_id == store.id
    assert messages[0].status == "pending"
    assert messages[0].payload == {"type": "ShopOpened", "store_id": store.id, "is_open": False}
    assert (await fetch(db, Store, store.id)).is_open is False


# --- hours --------------------------------------------------------------------------------


HOURS = [
    ("09:00", "21:00", 10, 0, True),
    ("09:00", "21:00", 9, 0, True),
    ("09:00", "21:00", 8, 59, False),
    ("09:00", "21:00", 20, 59, True),
    ("09:00", "21:00", 21, 0, False),
    ("09:00", "21:00", 2, 0, False),
    ("18:00", "02:00", 23, 0, True),  # open past midnight
    ("18:00", "02:00", 1, 30, True),
    ("18:00", "02:00", 0, 0, True),
    ("18:00", "02:00", 2, 0, False),
    ("18:00", "02:00", 12, 0, False),
    ("18:00", "02:00", 17, 59, False),
    ("00:00", "00:00", 0, 0, True),  # same opening and closing time: round the clock
    ("00:00", "00:00", 3, 30, True),
    ("00:00", "00:00", 23, 59, True),
]


async def test_is_accepting_orders_follows_india_time_hours(db: Database) -> None:
    day_store = await register(db, opens_at="09:00", closes_at="21:00")
    night_store = await register(db, name="Night Owl Store", opens_at="18:00", closes_at="02:00")
    all_day_store = await register(db, name="Always Open Store", opens_at="00:00", closes_at="00:00")
    stores = {"09:00": day_store, "18:00": night_store, "00:00": all_day_store}
    wrong: list[str] = []
    for opens, closes, hh, mm, expected in HOURS:
        store = stores[opens]
        assert (store.opens_at, store.closes_at) == (opens, closes)
        now = ist(DAY, hh, mm).astimezone(UTC)  # the store thinks in India time whatever zone `now` is in
        if is_accepting_orders(store, now=now) is not expected:
            wrong.append(f"{opens}-{closes} at {hh:02}:{mm:02} IST should be {expected}")
    assert wrong == []


async def test_closed_or_inactive_store_is_not_accepting_orders(db: Database) -> None:
    store = await register(db, opens_at="09:00", closes_at="21:00")
    noon = ist(DAY, 12)
    assert is_accepting_orders(store, now=noon) is True
    async with UnitOfWork(db) as uow:
        closed = await set_open(uow, store.id, False)
        assert is_accepting_orders(closed, now=noon) is False
        reopened = await set_open(uow, store.id, True)
        assert is_accepting_orders(reopened, now=noon) is True
        suspended = await set_status(uow, store.id, "suspended")
        assert is_accepting_orders(suspended, now=noon) is False
        with pytest.raises(InvalidInput):
            await set_status(uow, store.id, "closed-forever")


# --- stores by location ------------------------------------------------------------------


def test_haversine_km_known_distances() -> None:
    assert haversine_km(19.1197, 72.8468, 19.1197, 72.8468) == 0.0
    # a degree along the equator and a quarter meridian, on the mean Earth radius (6371.0088 km)
    assert haversine_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(2 * math.pi * 6371.0088 / 360)
    assert haversine_km(0.0, 77.0, 90.0, 12.0) == pytest.approx(math.pi * 6371.0088 / 2)
    # one hundredth of a degree of latitude is about 1.11 km anywhere
    assert haversine_km(12.97, 77.59, 12.98, 77.59) == pytest.approx(1.112, abs=0.002)
    assert haversine_km(10.0, 76.0, 10.2, 76.3) == pytest.approx(haversine_km(10.2, 76.3, 10.0, 76.0))
    assert haversine_km(0.0, 179.9, 0.0, -179.9) == pytest.approx(22.24, abs=0.05)  # across the date line


async def test_stores_delivering_to_a_point_nearest_first(db: Database) -> None:
    near = await register(db, name="Near Store", latitude=19.1210, longitude=72.8470, delivery_radius_km=1.0)
    far = await register(db, name="Far Store", latitude=19.1500, longitude=72.8470, delivery_radius_km=5.0)
    small = await register(db, name="Small Radius Store", latitude=19.1300, longitude=72.8470,
                           delivery_radius_km=0.5)
    await register(db, name="Nowhere Store")  # no coordinates: never found by location
    gone = await register(db, name="Gone Store", latitude=19.1200, longitude=72.8470, delivery_radius_km=3.0)
    async with UnitOfWork(db) as uow:
        await set_status(uow, gone.id, "inactive")
        await uow.commit()
    async with UnitOfWork(db, write=False) as uow:
        found = await stores_delivering_to(uow, 19.1197, 72.8468)
        assert [n.store.id for n in found] == [near.id, far.id]  # small's 0.5 km does not reach (1.1 km)
        assert found[0].distance_km == pytest.approx(0.147, abs=0.01)
        assert found[1].distance_km == pytest.approx(3.372, abs=0.01)
        assert [n.store.id for n in await stores_delivering_to(uow, 19.1300, 72.8470)] == [small.id, far.id]
        assert [n.store.id for n in await stores_delivering_to(uow, 19.1197, 72.8468, limit=1)] == [near.id]
        assert await stores_delivering_to(uow, 28.6139, 77.2090) == []
        for lat, lon in ((91.0, 72.0), (19.0, 181.0), (float("nan"), 72.0)):
            with pytest.raises(InvalidInput):
                await stores_delivering_to(uow, lat, lon)
