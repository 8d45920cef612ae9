"""Stores (spec §8.6, §14.5): public registration, list, read, update, and the admin's
verify / suspend / activate. An owner sees and changes only their own store."""

from __future__ import annotations

from typing import Any

from aiohttp import web
from sqlalchemy import func, select

from commerce import stores as shop
from commerce.errors import InvalidInput
from commerce.tables import Store
from commerce.unit_of_work import UnitOfWork
from webhooks.api.auth import (
    client_ip, database, hit_limit, limits, number, ok, page, paise_to_rupees, read_json, require,
    rupees_to_paise, store_scope,
)
from webhooks.api.openapi import API_PREFIX, LIMIT, OFFSET, obj, operation, page_of, path_param, query_param

routes = web.RouteTableDef()

TEXT = {"type": "string", "maxLength": 300}
RUPEES = {"type": "number", "minimum": 0, "maximum": 10_000_000, "description": "rupees, at most 2 decimals"}
PAISE = {"type": "integer", "minimum": 0, "maximum": 1_000_000_000}
CLOCK = {"type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"}
ADDRESS_IN = obj({"street": {"type": "string", "maxLength": 300}, "city": {"type": "string", "maxLength": 100},
                  "state": {"type": "string", "maxLength": 100}, "pincode": {"type": "string", "maxLength": 6}})
HOURS = obj({"open": CLOCK, "close": CLOCK})
SETTINGS_IN = obj({
    "store_type": {"type": "string", "maxLength": 50},
    "delivery_radius": {"type": "number", "exclusiveMinimum": 0, "maximum": 50, "description": "km"},
    "min_order_amount": RUPEES,
    "business_hours": HOURS,
}, required=["store_type", "delivery_radius", "min_order_amount", "business_hours"])
REGISTRATION = obj({  # spec §14.5.3 StoreRegistration
    "store_id": {"type": "string", "maxLength": 64, "description": "STORE-<ULID>; made for you when absent"},
    "name": {"type": "string", "maxLength": 200},
    "owner_name": {"type": "string", "maxLength": 100},
    "phone": {"type": "string", "maxLength": 20, "description": "Indian mobile: +91XXXXXXXXXX"},
    "email": {"type": ["string", "null"], "maxLength": 254},
    "whatsapp": {"type": ["string", "null"], "maxLength": 20},
    "address": ADDRESS_IN,
    "settings": SETTINGS_IN,
    "gst_number": {"type": ["string", "null"], "maxLength": 15},
    "latitude": {"type": ["number", "null"], "minimum": -90, "maximum": 90},
    "longitude": {"type": ["number", "null"], "minimum": -180, "maximum": 180},
}, required=["name", "owner_name", "phone", "address", "settings"])
UPDATE = obj({
    "name": {"type": "string", "maxLength": 200},
    "owner_name": {"type": "string", "maxLength": 100},
    "email": {"type": "string", "maxLength": 254},
    "address": obj(ADDRESS_IN["properties"], required=[]),
    "settings": obj({
        "delivery_radius": SETTINGS_IN["properties"]["delivery_radius"],
        "min_order_amount": RUPEES,
        "delivery_fee_paise": PAISE,
        "free_delivery_above_paise": PAISE,
        "business_hours": obj(HOURS["properties"], required=[]),
    }, required=[]),
    "is_open": {"type": "boolean"},
}, required=[])
REGISTERED = {  # spec §14.5.3 StoreResponse: the id and message sit beside data
    "type": "object", "required": ["success", "store_id", "message", "data"],
    "properties": {
        "success": {"const": True}, "store_id": {"type": "string"}, "message": {"type": "string"},
        "data": obj({"store_name": {"type": "string"}, "owner_name": {"type": "string"},
                     "city": {"type": "string"}, "products_added": {"type": "integer"}}),
    },
}
STORE = obj({
    "store_id": {"type": "string"}, "code": {"type": "string"}, "name": {"type": "string"},
    "owner_name": {"type": "string"}, "phone": {"type": "string"}, "email": {"type": ["string", "null"]},
    "whatsapp": {"type": ["string", "null"]},
    "address": obj({"street": {"type": "string"}, "city": {"type": "string"}, "state": {"type": "string"},
                    "pincode": {"type": "string"}}),
    "latitude": {"type": ["number", "null"]}, "longitude": {"type": ["number", "null"]},
    "gst_number": {"type": ["string", "null"]},
    "settings": obj({
        "store_type": {"type": "string"}, "delivery_radius": {"type": "number"},
        "min_order_amount": {"type": "number"}, "min_order_paise": {"type": "integer"},
        "delivery_fee_paise": {"type": "integer"}, "free_delivery_above_paise": {"type": "integer"},
        "tax_rate_bp": {"type": "integer"}, "business_hours": obj({"open": {"type": "string"}, "close": {"type": "string"}}),
    }),
    "is_open": {"type": "boolean"}, "status": {"enum": ["active", "inactive", "suspended"]},
    "verified": {"type": "boolean"}, "created_at": {"type": "string"}, "updated_at": {"type": "string"},
})
STATUS_FILTER = query_param("status", {"enum": ["active", "inactive", "suspended"]}, "only stores in this state")


def store_json(store: Store) -> dict[str, Any]:
    return {
        "store_id": store.id, "code": store.code, "name": store.name, "owner_name": store.owner_name,
        "phone": store.phone, "email": store.email, "whatsapp": store.whatsapp,
        "address": {"street": store.street, "city": store.city, "state": store.state, "pincode": store.pincode},
        "latitude": store.latitude, "longitude": store.longitude, "gst_number": store.gst_number,
        "settings": {
            "store_type": store.store_type, "delivery_radius": store.delivery_radius_km,
            "min_order_amount": paise_to_rupees(store.min_order_paise), "min_order_paise": store.min_order_paise,
            "delivery_fee_paise": store.delivery_fee_paise,
            "free_delivery_above_paise": store.free_delivery_above_paise, "tax_rate_bp": store.tax_rate_bp,
            "business_hours": {"open": store.opens_at, "close": store.closes_at},
        },
        "is_open": store.is_open, "status": store.status, "verified": store.verified,
        "created_at": store.created_at, "updated_at": store.updated_at,
    }


def _coordinate(value: object, field: str) -> float | None:
    return None if value is None else number(value, field)


@routes.post("/stores/register")
async def register(request: web.Request) -> web.Response:
    await hit_limit(request, "register", client_ip(request), limits(request).register)
    body = await read_json(request, REGISTRATION)
    address, settings = body["address"], body["settings"]
    for part in ("street", "city", "state", "pincode"):
        if part not in address:
            raise InvalidInput(f"address.{part}", f"address.{part} is required")
    hours = settings["business_hours"]
    registration = shop.StoreRegistration(
        store_id=body.get("store_id"), name=body["name"], owner_name=body["owner_name"], phone=body["phone"],
        email=body.get("email"), whatsapp=body.get("whatsapp"), gst_number=body.get("gst_number"),
        street=address["street"], city=address["city"], state=address["state"], pincode=address["pincode"],
        store_type=settings["store_type"],
        delivery_radius_km=number(settings["delivery_radius"], "settings.delivery_radius"),
        min_order_paise=rupees_to_paise(settings["min_order_amount"], "settings.min_order_amount"),
        opens_at=hours["open"], closes_at=hours["close"],
        latitude=_coordinate(body.get("latitude"), "latitude"),
        longitude=_coordinate(body.get("longitude"), "longitude"),
    )
    async with UnitOfWork(database(request)) as uow:
        store, added = await shop.register_store(uow, registration)
        await uow.commit()
    answer = {"success": True, "store_id": store.id,
              "message": "Store registered successfully! Initial inventory has been set up.",
              "data": {"store_name": store.name, "owner_name": store.owner_name, "city": store.city,
                       "products_added": added}}
    return web.json_response(answer, status=201)


@routes.get("/stores")
async def list_stores(request: web.Request) -> web.Response:
    claims = require(request, "admin", "store_owner")
    limit, offset = page(request)
    status = request.query.get("status")
    if status is not None and status not in ("active", "inactive", "suspended"):
        raise InvalidInput("status", "status must be active, inactive or suspended")
    conditions = [] if status is None else [Store.status == status]
    if claims.role == "store_owner":
        conditions.append(Store.id == (claims.store_id or ""))
    async with UnitOfWork(database(request), write=False) as uow:
        total = await uow.session.scalar(select(func.count()).select_from(Store).where(*conditions)) or 0
        rows = (await uow.session.scalars(
            select(Store).where(*conditions).order_by(Store.created_at, Store.id).limit(limit).offset(offset))).all()
    return ok({"items": [store_json(s) for s in rows], "total": total, "limit": limit, "offset": offset})


@routes.get("/stores/{store_id}")
async def get_store(request: web.Request) -> web.Response:
    store_id = store_scope(require(request, "admin", "store_owner"), request.match_info["store_id"])
    async with UnitOfWork(database(request), write=False) as uow:
        return ok(store_json(await shop.get_store(uow, store_id)))


@routes.put("/stores/{store_id}")
async def update_store(request: web.Request) -> web.Response:
    store_id = store_scope(require(request, "admin", "store_owner"), request.match_info["store_id"])
    body = await read_json(request, UPDATE)
    address, settings = body.get("address", {}), body.get("settings", {})
    hours = settings.get("business_hours", {})
    async with UnitOfWork(database(request)) as uow:
        await shop.update_profile(uow, store_id, name=body.get("name"), owner_name=body.get("owner_name"),
                                  email=body.get("email"), street=address.get("street"), city=address.get("city"),
                                  state=address.get("state"), pincode=address.get("pincode"))
        radius = settings.get("delivery_radius")
        minimum = settings.get("min_order_amount")
        store = await shop.update_settings(uow, store_id, shop.StoreSettings(
            delivery_radius_km=None if radius is None else number(radius, "settings.delivery_radius"),
            min_order_paise=None if minimum is None else rupees_to_paise(minimum, "settings.min_order_amount"),
            delivery_fee_paise=settings.get("delivery_fee_paise"),
            free_delivery_above_paise=settings.get("free_delivery_above_paise"),
            opens_at=hours.get("open"), closes_at=hours.get("close"),
        ))
        if "is_open" in body:
            store = await shop.set_open(uow, store_id, body["is_open"])
        await uow.commit()
    return ok(store_json(store))


async def _admin_change(request: web.Request, change: str) -> web.Response:
    require(request, "admin")
    store_id = request.match_info["store_id"]
    async with UnitOfWork(database(request)) as uow:
        if change == "verify":
            store = await shop.verify_store(uow, store_id)
        else:
            store = await shop.set_status(uow, store_id, change)
        await uow.commit()
    return ok(store_json(store))


@routes.post("/stores/{store_id}/verify")
async def verify(request: web.Request) -> web.Response:
    return await _admin_change(request, "verify")


@routes.post("/stores/{store_id}/suspend")
async def suspend(request: web.Request) -> web.Response:
    return await _admin_change(request, "suspended")


@routes.post("/stores/{store_id}/activate")
async def activate(request: web.Request) -> web.Response:
    return await _admin_change(request, "active")


_STORE = [path_param("store_id", "STORE-…")]
_ADMIN = ("admin",)
_BOTH = ("admin", "store_owner")
PATHS: dict[str, dict[str, Any]] = {
    f"{API_PREFIX}/stores/register": {"post": operation(
        "Register a store (spec §14.5): creates it with the 12 starter products", tag="stores", roles=None,
        body=REGISTRATION, response=REGISTERED, status=201,
        description="No sign-in needed; 5 registrations a minute per IP address. Invalid phone, GST "
                    "number, pincode or a missing field answer 422 naming the field.")},
    f"{API_PREFIX}/stores": {"get": operation(
        "List stores: an admin sees all, an owner their own", tag="stores", roles=_BOTH,
        params=[STATUS_FILTER, LIMIT, OFFSET], data=page_of(STORE))},
    f"{API_PREFIX}/stores/{{store_id}}": {
        "get": operation("A store's details", tag="stores", roles=_BOTH, params=_STORE, data=STORE),
        "put": operation("Change a store's profile, settings, hours or open flag", tag="stores", roles=_BOTH,
                         params=_STORE, body=UPDATE, data=STORE),
    },
    f"{API_PREFIX}/stores/{{store_id}}/verify": {"post": operation(
        "Mark a store verified", tag="stores", roles=_ADMIN, params=_STORE, data=STORE)},
    f"{API_PREFIX}/stores/{{store_id}}/suspend": {"post": operation(
        "Suspend a store (it stops taking orders)", tag="stores", roles=_ADMIN, params=_STORE, data=STORE)},
    f"{API_PREFIX}/stores/{{store_id}}/activate": {"post": operation(
        "Make a suspended or inactive store active again", tag="stores", roles=_ADMIN, params=_STORE, data=STORE)},
}
