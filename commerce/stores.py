"""Stores: registration (spec §14.5), profile, settings, opening and closing."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from datetime import datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, func, select, update

from commerce import validation as v
from commerce.catalog import clean_product, read_seed_catalog
from commerce.errors import InvalidInput, NotFound
from commerce.events import ShopOpened
from commerce.ids import is_valid_id, new_id
from commerce.tables import InventoryItem, Product, Store, utcnow
from commerce.unit_of_work import UnitOfWork
from commerce.upsert import insert_if_absent

INDIA = ZoneInfo("Asia/Kolkata")
STARTER_COUNT = 12


@dataclass(frozen=True, slots=True, kw_only=True)
class StoreRegistration:
    name: str
    owner_name: str
    phone: str
    street: str
    city: str
    state: str
    pincode: str
    email: str | None = None
    whatsapp: str | None = None
    gst_number: str | None = None
    store_type: str = "Kirana Store"
    delivery_radius_km: float = 3.0
    min_order_paise: int = 0
    opens_at: str = "09:00"
    closes_at: str = "21:00"
    latitude: float | None = None
    longitude: float | None = None
    store_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class StoreSettings:
    """Any field left None is left as it is."""

    delivery_radius_km: float | None = None
    min_order_paise: int | None = None
    delivery_fee_paise: int | None = None
    free_delivery_above_paise: int | None = None
    opens_at: str | None = None
    closes_at: str | None = None
    tax_rate_bp: int | None = None


def _store_code_base(name: str) -> str:
    letters = re.sub(r"[^A-Z0-9]", "", name.upper())
    return (letters or "SHOP")[:8]


async def _unique_code(uow: UnitOfWork, name: str) -> str:
    base = _store_code_base(name)
    taken = set(
        (await uow.session.scalars(select(Store.code).where(Store.code.like(f"{base}%")))).all()
    )
    if base not in taken:
        return base
    n = 2
    while f"{base}{n}" in taken:
        n += 1
    return f"{base}{n}"


def _validated(reg: StoreRegistration) -> dict[str, object]:
    if reg.store_id is not None and not is_valid_id(reg.store_id, "STORE"):
        raise InvalidInput("store_id", "store_id must look like STORE-<26-character ULID>")
    radius = reg.delivery_radius_km
    if isinstance(radius, bool) or not isinstance(radius, (int, float)) or not 0 < radius <= 50:
        raise InvalidInput("delivery_radius_km", "Delivery radius must be between 0 and 50 km")
    opens, closes = v.clock_time(reg.opens_at, "opens_at"), v.clock_time(reg.closes_at, "closes_at")
    return {
        "id": reg.store_id or new_id("STORE"),
        "name": v.text(reg.name, "name", max_length=200),
        "owner_name": v.text(reg.owner_name, "owner_name", max_length=100),
        "phone": v.indian_phone(reg.phone),
        "email": v.email(reg.email),
        "whatsapp": v.indian_phone(reg.whatsapp, "whatsapp") if reg.whatsapp else None,
        "street": v.text(reg.street, "street", max_length=300),
        "city": v.text(reg.city, "city", max_length=100),
        "state": v.text(reg.state, "state", max_length=100),
        "pincode": v.pincode(reg.pincode),
        "gst_number": v.gst_number(reg.gst_number),
        "store_type": v.text(reg.store_type, "store_type", max_length=50),
        "delivery_radius_km": float(radius),
        "min_order_paise": v.paise(reg.min_order_paise, "min_order_paise", allow_zero=True),
        "opens_at": opens,
        "closes_at": closes,
        "latitude": reg.latitude,
        "longitude": reg.longitude,
    }


async def starter_products(uow: UnitOfWork) -> list[Product]:
    """The staples every new store starts with (§14.5). A platform whose global catalog has
    none yet (a fresh deployment) gets the shipped ones added to it first, once."""
    query = select(Product).where(Product.starter.is_(True), Product.is_active.is_(True)).order_by(Product.id)
    found = list((await uow.session.scalars(query)).all())
    if found or await uow.session.scalar(select(func.count()).select_from(Product).where(Product.starter.is_(True))):
        return found  # starters exist (an admin may have deactivated them all: respect that)
    for row in read_seed_catalog():
        if row.product.starter:  # by barcode: two first registrations at once add them once
            await insert_if_absent(uow, Product, {"id": new_id("PROD"), **clean_product(replace(row.product))})
    return list((await uow.session.scalars(query)).all())


async def register_store(uow: UnitOfWork, reg: StoreRegistration) -> tuple[Store, int]:
    """Create the store and its starter inventory (the 12 staples of §14.5, stock 0).
    Returns the store and how many products were added."""
    values = _validated(reg)
    if await uow.session.get(Store, values["id"]) is not None:
        raise InvalidInput("store_id", "a store with this id already exists")
    store = Store(**values, code=await _unique_code(uow, str(values["name"])))
    uow.session.add(store)
    await uow.session.flush()
    starters = await starter_products(uow)
    for product in starters:
        uow.session.add(
            InventoryItem(
                id=new_id("ITEM"),
                store_id=store.id,
                product_id=product.id,
                name=product.name,
                brand=product.brand,
                category=product.category,
                barcode=product.barcode,
                size_value=product.size_value,
                size_unit=product.size_unit,
                aliases=list(product.aliases or []),
                selling_price_paise=product.mrp_paise or 0,
                mrp_paise=product.mrp_paise,
                current_stock=0,
            )
        )
    return store, len(starters)


async def get_store(uow: UnitOfWork, store_id: str) -> Store:
    store = await uow.session.get(Store, store_id)
    if store is None:
        raise NotFound(f"store {store_id} not found", store_id=store_id)
    return store


async def store_status(uow: UnitOfWork, store_id: str) -> str | None:
    """The store's status ("active", "inactive", "suspended") by primary key, None when there
    is no such store: one indexed read, for checks made on every request."""
    status: str | None = await uow.session.scalar(select(Store.status).where(Store.id == store_id))
    return status


# Both asked on chat messages (a shop code typed; the owner check on every WhatsApp message):
# built once, so only the bound value changes per call.
_BY_CODE = select(Store).where(Store.code == bindparam("code"))
_OWNED_BY = (select(Store).where((Store.phone == bindparam("phone")) | (Store.whatsapp == bindparam("phone")))
             .order_by(Store.created_at))


_TWO_ACTIVE = select(Store).where(Store.status == "active").limit(2)  # built once


async def only_active_store(uow: UnitOfWork) -> Store | None:
    """The one active shop of a single-shop deployment (chats need no shop-finding step), or
    None when there are none or several."""
    active = (await uow.session.scalars(_TWO_ACTIVE)).all()
    return active[0] if len(active) == 1 else None


async def find_store_by_code(uow: UnitOfWork, code: str) -> Store | None:
    return (await uow.session.scalars(_BY_CODE, {"code": code.strip().upper()})).first()


async def stores_owned_by(uow: UnitOfWork, phone: str) -> list[Store]:
    """The stores whose owner (or WhatsApp number) is this phone."""
    clean = v.indian_phone(phone)
    rows = await uow.session.scalars(_OWNED_BY, {"phone": clean})
    return list(rows.all())


async def stores_near_pincode(uow: UnitOfWork, pincode: str, *, limit: int = 10) -> list[Store]:
    """Active stores in this pincode first, then the same postal district (first 3 digits)."""
    pin = v.pincode(pincode)
    district = pin[:3]
    rows = await uow.session.scalars(
        select(Store)
        .where(Store.status == "active", Store.pincode.like(f"{district}%"))
        .order_by(Store.pincode != pin, Store.pincode, Store.name)
        .limit(limit)
    )
    return list(rows.all())


async def update_settings(uow: UnitOfWork, store_id: str, settings: StoreSettings) -> Store:
    store = await get_store(uow, store_id)
    if settings.delivery_radius_km is not None:
        radius = settings.delivery_radius_km
        if isinstance(radius, bool) or not isinstance(radius, (int, float)) or not 0 < radius <= 50:
            raise InvalidInput("delivery_radius_km", "Delivery radius must be between 0 and 50 km")
        store.delivery_radius_km = float(settings.delivery_radius_km)
    for field in ("min_order_paise", "delivery_fee_paise", "free_delivery_above_paise"):
        value = getattr(settings, field)
        if value is not None:
            setattr(store, field, v.paise(value, field, allow_zero=True))
    if settings.tax_rate_bp is not None:
        setattr(store, "tax_rate_bp", v.non_negative_int(settings.tax_rate_bp, "tax_rate_bp", maximum=2800))
    if settings.opens_at is not None:
        store.opens_at = v.clock_time(settings.opens_at, "opens_at")
    if settings.closes_at is not None:
        store.closes_at = v.clock_time(settings.closes_at, "closes_at")
    store.updated_at = utcnow()
    return store


async def update_profile(
    uow: UnitOfWork,
    store_id: str,
    *,
    name: str | None = None,
    owner_name: str | None = None,
    email: str | None = None,
    street: str | None = None,
    city: str | None = None,
    state: str | None = None,
    pincode: str | None = None,
) -> Store:
    store = await get_store(uow, store_id)
    if name is not None:
        store.name = v.text(name, "name", max_length=200)
    if owner_name is not None:
        store.owner_name = v.text(owner_name, "owner_name", max_length=100)
    if email is not None:
        store.email = v.email(email)
    if street is not None:
        store.street = v.text(street, "street", max_length=300)
    if city is not None:
        store.city = v.text(city, "city", max_length=100)
    if state is not None:
        store.state = v.text(state, "state", max_length=100)
    if pincode is not None:
        store.pincode = v.pincode(pincode)
    store.updated_at = utcnow()
    return store


async def set_open(uow: UnitOfWork, store_id: str, is_open: bool) -> Store:
    store = await get_store(uow, store_id)
    await uow.session.execute(update(Store).where(Store.id == store_id).values(is_open=is_open, updated_at=utcnow()))
    store.is_open = is_open
    uow.emit(ShopOpened(store_id=store_id, is_open=is_open))
    return store


async def set_status(uow: UnitOfWork, store_id: str, status: str) -> Store:
    if status not in ("active", "inactive", "suspended"):
        raise InvalidInput("status", "status must be active, inactive or suspended")
    store = await get_store(uow, store_id)
    store.status = status
    store.updated_at = utcnow()
    return store


async def verify_store(uow: UnitOfWork, store_id: str) -> Store:
    store = await get_store(uow, store_id)
    store.verified = True
    store.updated_at = utcnow()
    return store


def is_accepting_orders(store: Store, now: datetime | None = None) -> bool:
    """Open flag on, store active, and the clock inside opening hours (India time)."""
    if store.status != "active" or not store.is_open:
        return False
    local = (now or utcnow()).astimezone(INDIA).time()
    opens, closes = time.fromisoformat(store.opens_at), time.fromisoformat(store.closes_at)
    if opens == closes:
        return True  # same opening and closing time: open round the clock
    if opens < closes:
        return opens <= local < closes
    return local >= opens or local < closes  # open past midnight


EARTH_RADIUS_KM = 6371.0088
MAX_DELIVERY_RADIUS_KM = 50.0  # the most _validated and update_settings allow


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points in kilometres (mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True, slots=True, kw_only=True)
class NearbyStore:
    store: Store
    distance_km: float


async def stores_delivering_to(uow: UnitOfWork, latitude: float, longitude: float, *,
                               limit: int = 10) -> list[NearbyStore]:
    """Active stores whose delivery radius covers this point, nearest first (then by name).
    SQL narrows to a box no delivery radius can reach past; the exact distance is haversine."""
    for value, name, bound in ((latitude, "latitude", 90.0), (longitude, "longitude", 180.0)):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
                or not -bound <= value <= bound:
            raise InvalidInput(name, f"{name} must be between -{bound:g} and {bound:g}")
    lat_span = MAX_DELIVERY_RADIUS_KM / 110.574
    query = select(Store).where(
        Store.status == "active", Store.latitude.is_not(None), Store.longitude.is_not(None),
        Store.latitude.between(latitude - lat_span, latitude + lat_span))
    cos_lat = math.cos(math.radians(min(89.0, abs(latitude) + lat_span)))
    lon_span = MAX_DELIVERY_RADIUS_KM / (111.320 * cos_lat)
    if lon_span < 180 and -180 <= longitude - lon_span and longitude + lon_span <= 180:
        query = query.where(Store.longitude.between(longitude - lon_span, longitude + lon_span))
    found: list[NearbyStore] = []
    for store in (await uow.session.scalars(query)).all():
        assert store.latitude is not None and store.longitude is not None
        distance = haversine_km(latitude, longitude, store.latitude, store.longitude)
        if distance <= store.delivery_radius_km:
            found.append(NearbyStore(store=store, distance_km=distance))
    found.sort(key=lambda near: (near.distance_km, near.store.name, near.store.id))
    return found[:limit]
