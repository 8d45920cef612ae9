"""A store's inventory (spec §8.3). An owner works on their store (from the token); an admin
names the store with ?store_id=. Items of another store answer 404."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from commerce import inventory as stock
from commerce.catalog import ProductInput
from commerce.errors import InvalidInput
from commerce.stores import get_store
from commerce.tables import InventoryItem
from commerce.unit_of_work import UnitOfWork
from webhooks.api.auth import (
    acting_store, database, number, ok, page, paise_to_rupees, read_json, require, rupees_to_paise,
)
from webhooks.api.catalog import PRODUCT_IN
from webhooks.api.openapi import API_PREFIX, LIMIT, OFFSET, STORE_QUERY, obj, operation, page_of, path_param, query_param
from webhooks.tokens import Claims

routes = web.RouteTableDef()

COUNT = {"type": "integer", "minimum": 0, "maximum": 1_000_000_000}
PAISE = {"type": "integer", "minimum": 0, "maximum": 1_000_000_000}
RUPEES = {"type": "number", "exclusiveMinimum": 0, "maximum": 10_000_000, "description": "rupees, at most 2 decimals"}
PRICE = {"selling_price": RUPEES, "selling_price_paise": {"type": "integer", "minimum": 1, "maximum": 1_000_000_000}}
LEVELS = {"current_stock": COUNT, "min_stock": COUNT, "max_stock": COUNT, "reorder_point": COUNT}
EXTRAS = {"cost_price_paise": PAISE, "location": {"type": "string", "maxLength": 100},
          "notes": {"type": "string", "maxLength": 500}, "is_active": {"type": "boolean"}}
_PRICE_NOTE = "Give the price as selling_price (rupees) or selling_price_paise, one of the two."
FROM_CATALOG = obj({"product_id": {"type": "string", "maxLength": 64}, **PRICE, **LEVELS, **EXTRAS},
                   required=["product_id"])
NEW_ITEM = obj({**PRODUCT_IN["properties"], **PRICE, **LEVELS, "cost_price_paise": PAISE}, required=["name"])
UPDATE_ITEM = obj({**PRICE, "cost_price_paise": PAISE, "min_stock": COUNT, "max_stock": COUNT,
                   "reorder_point": COUNT, "location": EXTRAS["location"], "notes": EXTRAS["notes"],
                   "is_active": {"type": "boolean"}}, required=[])
SEARCH = obj({"query": {"type": "string", "maxLength": 200}, "category": {"type": "string", "maxLength": 100},
              "active": {"type": "boolean"}, "limit": {"type": "integer", "minimum": 1, "maximum": 200},
              "offset": {"type": "integer", "minimum": 0, "maximum": 1_000_000}}, required=[])
DELTA = {"type": "integer", "minimum": -1_000_000, "maximum": 1_000_000, "description": "non-zero"}
STOCK_UPDATE = obj({"item_id": {"type": "string", "maxLength": 64}, "stock": COUNT, "delta": DELTA},
                   required=["item_id"])
BULK = obj({"items": {"type": "array", "minItems": 1, "maxItems": stock.BULK_LIMIT, "items": obj(
    {"item_id": {"type": "string", "maxLength": 64}, "stock": COUNT, "delta": DELTA, **PRICE},
    required=["item_id"])}})
ITEM = obj({
    "item_id": {"type": "string"}, "store_id": {"type": "string"}, "product_id": {"type": ["string", "null"]},
    "name": {"type": "string"}, "brand": {"type": "string"}, "category": {"type": "string"},
    "barcode": {"type": ["string", "null"]}, "size_value": {"type": ["number", "null"]},
    "size_unit": {"type": ["string", "null"]}, "aliases": {"type": "array", "items": {"type": "string"}},
    "selling_price": {"type": "number"}, "selling_price_paise": {"type": "integer"},
    "cost_price_paise": {"type": "integer"}, "mrp_paise": {"type": ["integer", "null"]},
    "current_stock": {"type": "integer"}, "min_stock": {"type": "integer"}, "max_stock": {"type": "integer"},
    "reorder_point": {"type": "integer"}, "location": {"type": "string"}, "notes": {"type": "string"},
    "is_active": {"type": "boolean"}, "is_low_stock": {"type": "boolean"},
    "created_at": {"type": "string"}, "updated_at": {"type": "string"},
})
STOCK_LEVEL = obj({"item_id": {"type": "string"}, "name": {"type": "string"}, "current_stock": {"type": "integer"},
                   "min_stock": {"type": "integer"}, "max_stock": {"type": "integer"},
                   "reorder_point": {"type": "integer"}, "in_stock": {"type": "boolean"},
                   "is_low_stock": {"type": "boolean"}})
CHANGE = obj({"item_id": {"type": "string"}, "name": {"type": "string"}, "old_stock": {"type": "integer"},
              "new_stock": {"type": "integer"}})
SUMMARY = obj({"store_id": {"type": "string"}, "total_products": {"type": "integer"},
               "active_products": {"type": "integer"}, "stock_value_paise": {"type": "integer"},
               "retail_value_paise": {"type": "integer"}, "low_stock_count": {"type": "integer"},
               "out_of_stock_count": {"type": "integer"}})


def item_json(item: InventoryItem) -> dict[str, Any]:
    return {
        "item_id": item.id, "store_id": item.store_id, "product_id": item.product_id, "name": item.name,
        "brand": item.brand, "category": item.category, "barcode": item.barcode, "size_value": item.size_value,
        "size_unit": item.size_unit, "aliases": list(item.aliases or []),
        "selling_price": paise_to_rupees(item.selling_price_paise), "selling_price_paise": item.selling_price_paise,
        "cost_price_paise": item.cost_price_paise, "mrp_paise": item.mrp_paise,
        "current_stock": item.current_stock, "min_stock": item.min_stock, "max_stock": item.max_stock,
        "reorder_point": item.reorder_point, "location": item.location, "notes": item.notes,
        "is_active": item.is_active, "is_low_stock": item.current_stock <= item.min_stock,
        "created_at": item.created_at, "updated_at": item.updated_at,
    }


def price_paise(body: dict[str, Any], field_prefix: str = "", *, required: bool) -> int | None:
    """selling_price (rupees, exact via Decimal) or selling_price_paise — not both."""
    rupees, paise = body.get("selling_price"), body.get("selling_price_paise")
    if rupees is not None and paise is not None:
        raise InvalidInput(f"{field_prefix}selling_price", "Give selling_price or selling_price_paise, not both")
    if rupees is not None:
        return rupees_to_paise(rupees, f"{field_prefix}selling_price")
    if paise is None and required:
        raise InvalidInput(f"{field_prefix}selling_price", "selling_price is required")
    return paise  # type: ignore[no-any-return]


def levels(body: dict[str, Any]) -> stock.StockLevels:
    defaults = stock.StockLevels()
    return stock.StockLevels(**{k: body.get(k, getattr(defaults, k)) for k in LEVELS})


async def _store(request: web.Request, *, write: bool = True) -> tuple[Claims, str, UnitOfWork]:
    """The caller, the store they act on, and a unit of work (read-only for reads)."""
    claims = require(request, "admin", "store_owner")
    return claims, acting_store(request, claims), UnitOfWork(database(request), write=write)


def _actor(claims: Claims) -> str:
    return f"{'admin' if claims.role == 'admin' else 'owner'}:{claims.subject}"[:80]


@routes.get("/inventory/products")
async def list_items(request: web.Request) -> web.Response:
    claims, store_id, uow = await _store(request, write=False)
    limit, offset = page(request)
    active = request.query.get("active")
    if active not in (None, "true", "false"):
        raise InvalidInput("active", "active must be true or false")
    async with uow:
        await get_store(uow, store_id)
        rows, total = await stock.list_items(uow, store_id, category=request.query.get("category") or None,
                                             active=None if active is None else active == "true",
                                             query=request.query.get("q", "")[:200], limit=limit, offset=offset)
    return ok({"items": [item_json(i) for i in rows], "total": total, "limit": limit, "offset": offset})


@routes.post("/inventory/products/from-catalog")
async def add_from_catalog(request: web.Request) -> web.Response:
    claims, store_id, uow = await _store(request)
    body = await read_json(request, FROM_CATALOG)
    async with uow:
        await get_store(uow, store_id)
        item = await stock.add_from_catalog(
            uow, store_id, body["product_id"], selling_price_paise=price_paise(body, required=True),  # type: ignore[arg-type]
            cost_price_paise=body.get("cost_price_paise", 0), levels=levels(body),
            location=body.get("location", ""), notes=body.get("notes", ""), is_active=body.get("is_active", True),
            actor=_actor(claims))
        await uow.commit()
    return ok(item_json(item), status=201)


@routes.post("/inventory/products")
async def add_own_product(request: web.Request) -> web.Response:
    claims, store_id, uow = await _store(request)
    body = await read_json(request, NEW_ITEM)
    size = body.get("size_value")
    product = ProductInput(
        name=body["name"], brand=body.get("brand", ""), category=body.get("category", ""),
        barcode=body.get("barcode"), size_value=None if size is None else number(size, "size_value"),
        size_unit=body.get("size_unit"), mrp_paise=body.get("mrp_paise"), aliases=tuple(body.get("aliases", ())))
    async with uow:
        await get_store(uow, store_id)
        item = await stock.add_store_product(
            uow, store_id, product, selling_price_paise=price_paise(body, required=True),  # type: ignore[arg-type]
            cost_price_paise=body.get("cost_price_paise", 0), levels=levels(body), actor=_actor(claims))
        await uow.commit()
    return ok(item_json(item), status=201)


@routes.get("/inventory/products/{item_id}")
async def get_item(request: web.Request) -> web.Response:
    _claims, store_id, uow = await _store(request, write=False)
    async with uow:
        return ok(item_json(await stock.get_item(uow, store_id, request.match_info["item_id"])))


@routes.put("/inventory/products/{item_id}")
async def update_item(request: web.Request) -> web.Response:
    _claims, store_id, uow = await _store(request)
    body = await read_json(request, UPDATE_ITEM)
    item_id = request.match_info["item_id"]
    async with uow:
        price = price_paise(body, required=False)
        if price is not None:
            await stock.set_price(uow, store_id, item_id, price)
        if "is_active" in body:
            await stock.set_active(uow, store_id, item_id, body["is_active"])
        item = await stock.update_item(
            uow, store_id, item_id, cost_price_paise=body.get("cost_price_paise"), min_stock=body.get("min_stock"),
            max_stock=body.get("max_stock"), reorder_point=body.get("reorder_point"),
            location=body.get("location"), notes=body.get("notes"))
        await uow.commit()
    return ok(item_json(item))


@routes.delete("/inventory/products/{item_id}")
async def remove_item(request: web.Request) -> web.Response:
    """Past orders point at the row, so it is switched off (is_active false), not erased."""
    _claims, store_id, uow = await _store(request)
    item_id = request.match_info["item_id"]
    async with uow:
        await stock.set_active(uow, store_id, item_id, False)
        await uow.commit()
    return ok({"deleted": True, "item_id": item_id})


@routes.post("/inventory/search")
async def search(request: web.Request) -> web.Response:
    _claims, store_id, uow = await _store(request, write=False)
    body = await read_json(request, SEARCH)
    limit, offset = body.get("limit", 50), body.get("offset", 0)
    async with uow:
        await get_store(uow, store_id)
        rows, total = await stock.list_items(uow, store_id, category=body.get("category") or None,
                                             active=body.get("active"), query=body.get("query", ""),
                                             limit=limit, offset=offset)
    return ok({"items": [item_json(i) for i in rows], "total": total, "limit": limit, "offset": offset})


@routes.get("/inventory/stock/{item_id}")
async def stock_level(request: web.Request) -> web.Response:
    _claims, store_id, uow = await _store(request, write=False)
    async with uow:
        item = await stock.get_item(uow, store_id, request.match_info["item_id"])
    return ok({"item_id": item.id, "name": item.name, "current_stock": item.current_stock,
               "min_stock": item.min_stock, "max_stock": item.max_stock, "reorder_point": item.reorder_point,
               "in_stock": item.current_stock > 0, "is_low_stock": item.current_stock <= item.min_stock})


def _change_json(change: stock.StockUpdate) -> dict[str, Any]:
    return {"item_id": change.item_id, "name": change.name, "old_stock": change.old_stock,
            "new_stock": change.new_stock}


def _one_of_stock_or_delta(line: dict[str, Any], prefix: str = "", *, price_allowed: bool = False) -> None:
    has_stock, has_delta = "stock" in line, "delta" in line
    has_price = price_allowed and ("selling_price" in line or "selling_price_paise" in line)
    if has_stock and has_delta:
        raise InvalidInput(f"{prefix}stock", "Give stock or delta, not both")
    if not (has_stock or has_delta or has_price):
        raise InvalidInput(f"{prefix}stock", "Give stock (the new count) or delta (the change)")


@routes.post("/inventory/stock/update")
async def update_stock(request: web.Request) -> web.Response:
    """Set the count, or move it by delta in one conditional update (never below zero)."""
    claims, store_id, uow = await _store(request)
    body = await read_json(request, STOCK_UPDATE)
    _one_of_stock_or_delta(body)
    async with uow:
        if "stock" in body:
            change = await stock.set_stock(uow, store_id, body["item_id"], body["stock"], actor=_actor(claims))
        else:
            change = await stock.adjust_stock(uow, store_id, body["item_id"], body["delta"], actor=_actor(claims))
        await uow.commit()
    return ok(_change_json(change))


@routes.post("/inventory/stock/bulk-update")
async def bulk_update(request: web.Request) -> web.Response:
    """Up to 100 lines in one transaction: one bad line and nothing changes."""
    claims, store_id, uow = await _store(request)
    body = await read_json(request, BULK)
    changes = []
    for index, line in enumerate(body["items"]):
        _one_of_stock_or_delta(line, f"items.{index}.", price_allowed=True)
        changes.append(stock.StockChange(item_id=line["item_id"], stock=line.get("stock"), delta=line.get("delta"),
                                         price_paise=price_paise(line, f"items.{index}.", required=False)))
    async with uow:
        results = await stock.bulk_update(uow, store_id, changes, actor=_actor(claims))
        await uow.commit()
    return ok({"updated": [_change_json(r) for r in results], "count": len(changes)})


@routes.get("/inventory/low-stock")
async def low_stock(request: web.Request) -> web.Response:
    _claims, store_id, uow = await _store(request, write=False)
    limit, _offset = page(request, default_limit=100, max_limit=200)
    async with uow:
        await get_store(uow, store_id)
        rows = await stock.low_stock_items(uow, store_id, limit=limit)
    return ok({"items": [item_json(i) for i in rows], "count": len(rows)})


@routes.get("/inventory/summary")
async def summary(request: web.Request) -> web.Response:
    _claims, store_id, uow = await _store(request, write=False)
    async with uow:
        await get_store(uow, store_id)
        figures = await stock.inventory_summary(uow, store_id)
    return ok({"store_id": store_id, "total_products": figures.total_products,
               "active_products": figures.active_products, "stock_value_paise": figures.stock_value_paise,
               "retail_value_paise": figures.retail_value_paise, "low_stock_count": figures.low_stock_count,
               "out_of_stock_count": figures.out_of_stock_count})


_ROLES = ("admin", "store_owner")
_ITEM = [path_param("item_id", "the store's item id, ITEM-…"), STORE_QUERY]
_TAG = "inventory"
PATHS: dict[str, dict[str, Any]] = {
    f"{API_PREFIX}/inventory/products": {
        "get": operation("List the store's products (paginated)", tag=_TAG, roles=_ROLES, data=page_of(ITEM), params=[
            STORE_QUERY, query_param("q", {"type": "string", "maxLength": 200}, "words in name or brand"),
            query_param("category", {"type": "string", "maxLength": 100}),
            query_param("active", {"enum": ["true", "false"]}), LIMIT, OFFSET]),
        "post": operation("Add a product only this store sells", tag=_TAG, roles=_ROLES, params=[STORE_QUERY],
                          body=NEW_ITEM, data=ITEM, status=201, description=_PRICE_NOTE),
    },
    f"{API_PREFIX}/inventory/products/from-catalog": {"post": operation(
        "Add a global catalog product with this store's price and stock", tag=_TAG, roles=_ROLES,
        params=[STORE_QUERY], body=FROM_CATALOG, data=ITEM, status=201,
        description=_PRICE_NOTE + " A product already in the store answers 409 ALREADY_IN_INVENTORY.")},
    f"{API_PREFIX}/inventory/products/{{item_id}}": {
        "get": operation("One product of the store", tag=_TAG, roles=_ROLES, params=_ITEM, data=ITEM),
        "put": operation("Change price, levels, place, notes or active flag", tag=_TAG, roles=_ROLES, params=_ITEM,
                         body=UPDATE_ITEM, data=ITEM),
        "delete": operation("Remove a product from sale (kept for past orders)", tag=_TAG, roles=_ROLES,
                            params=_ITEM, data=obj({"deleted": {"const": True}, "item_id": {"type": "string"}})),
    },
    f"{API_PREFIX}/inventory/search": {"post": operation(
        "Search the store's products", tag=_TAG, roles=_ROLES, params=[STORE_QUERY], body=SEARCH,
        data=page_of(ITEM))},
    f"{API_PREFIX}/inventory/stock/{{item_id}}": {"get": operation(
        "Stock of one product", tag=_TAG, roles=_ROLES, params=_ITEM, data=STOCK_LEVEL)},
    f"{API_PREFIX}/inventory/stock/update": {"post": operation(
        "Set a product's stock, or move it by delta (atomic, never below zero)", tag=_TAG, roles=_ROLES,
        params=[STORE_QUERY], body=STOCK_UPDATE, data=CHANGE)},
    f"{API_PREFIX}/inventory/stock/bulk-update": {"post": operation(
        "Up to 100 stock / price changes, all or nothing", tag=_TAG, roles=_ROLES, params=[STORE_QUERY],
        body=BULK, data=obj({"updated": {"type": "array", "items": CHANGE}, "count": {"type": "integer"}}))},
    f"{API_PREFIX}/inventory/low-stock": {"get": operation(
        "Products at or below their minimum", tag=_TAG, roles=_ROLES, params=[STORE_QUERY, LIMIT],
        data=obj({"items": {"type": "array", "items": ITEM}, "count": {"type": "integer"}}))},
    f"{API_PREFIX}/inventory/summary": {"get": operation(
        "Inventory figures: counts and stock value (paise)", tag=_TAG, roles=_ROLES, params=[STORE_QUERY],
        data=SUMMARY)},
}
