"""The global catalog (spec §15.2): admins create, change and delete products; admins and
store owners read, look up barcodes and search; admins get the near-duplicate report."""

from __future__ import annotations

from typing import Any

from aiohttp import web
from sqlalchemy import select

from commerce import catalog
from commerce.duplicates import Listing, near_duplicates
from commerce.errors import InvalidInput
from commerce.tables import Product
from commerce.unit_of_work import UnitOfWork
from webhooks.api.auth import database, number, ok, page, read_json, require
from webhooks.api.openapi import API_PREFIX, LIMIT, OFFSET, obj, operation, page_of, path_param, query_param

routes = web.RouteTableDef()

PRODUCT_IN = obj({
    "name": {"type": "string", "minLength": 1, "maxLength": 200},
    "brand": {"type": "string", "maxLength": 100},
    "category": {"type": "string", "maxLength": 100},
    "barcode": {"type": ["string", "null"], "maxLength": 14, "description": "8 to 14 digits"},
    "size_value": {"type": ["number", "null"], "exclusiveMinimum": 0, "maximum": 100000},
    "size_unit": {"enum": [*catalog.UNITS, None]},
    "mrp_paise": {"type": ["integer", "null"], "minimum": 1, "maximum": 1_000_000_000},
    "aliases": {"type": "array", "maxItems": 30, "items": {"type": "string", "maxLength": 100}},
    "starter": {"type": "boolean"},
}, required=["name"])
PRODUCT = obj({
    "product_id": {"type": "string"}, "name": {"type": "string"}, "brand": {"type": "string"},
    "category": {"type": "string"}, "barcode": {"type": ["string", "null"]},
    "size_value": {"type": ["number", "null"]}, "size_unit": {"type": ["string", "null"]},
    "mrp_paise": {"type": ["integer", "null"]}, "aliases": {"type": "array", "items": {"type": "string"}},
    "starter": {"type": "boolean"}, "created_at": {"type": "string"}, "updated_at": {"type": "string"},
})
DUPLICATES = obj({
    "groups": {"type": "array", "items": obj({
        "brand": {"type": "string"}, "size": {"type": "string"}, "similarity": {"type": "number"},
        "products": {"type": "array", "items": obj({"product_id": {"type": "string"}, "name": {"type": "string"}})},
    })},
    "count": {"type": "integer"},
})
QUERY = query_param("q", {"type": "string", "maxLength": 200}, "words to find in name or brand")
CATEGORY = query_param("category", {"type": "string", "maxLength": 100}, "only this category")


def product_json(product: Product) -> dict[str, Any]:
    return {
        "product_id": product.id, "name": product.name, "brand": product.brand, "category": product.category,
        "barcode": product.barcode, "size_value": product.size_value, "size_unit": product.size_unit,
        "mrp_paise": product.mrp_paise, "aliases": list(product.aliases or []), "starter": product.starter,
        "created_at": product.created_at, "updated_at": product.updated_at,
    }


def product_input(body: dict[str, Any]) -> catalog.ProductInput:
    size = body.get("size_value")
    return catalog.ProductInput(
        name=body["name"], brand=body.get("brand", ""), category=body.get("category", ""),
        barcode=body.get("barcode"), size_value=None if size is None else number(size, "size_value"),
        size_unit=body.get("size_unit"), mrp_paise=body.get("mrp_paise"),
        aliases=tuple(body.get("aliases", ())), starter=bool(body.get("starter", False)),
    )


def _size_text(product: Product) -> str:
    return "" if product.size_value is None else f"{product.size_value:g} {product.size_unit}"


async def _search(request: web.Request) -> web.Response:
    limit, offset = page(request, default_limit=20, max_limit=100)
    query = request.query.get("q", "")
    if len(query) > 200:
        raise InvalidInput("q", "q is longer than 200 characters")
    async with UnitOfWork(database(request), write=False) as uow:
        rows, total = await catalog.search_products(uow, query, category=request.query.get("category") or None,
                                                    limit=limit, offset=offset)
    return ok({"items": [product_json(p) for p in rows], "total": total, "limit": limit, "offset": offset})


@routes.get("/admin/products/duplicates")
async def duplicates(request: web.Request) -> web.Response:
    require(request, "admin")
    async with UnitOfWork(database(request), write=False) as uow:
        products = (await uow.session.scalars(select(Product).where(Product.is_active.is_(True)))).all()
    listings = [Listing(key=p.id, title=p.name, brand=p.brand, size=_size_text(p)) for p in products]
    groups = near_duplicates(listings)
    return ok({"groups": [{"brand": g.brand, "size": g.size, "similarity": g.similarity,
                           "products": [{"product_id": m.key, "name": m.title} for m in g.listings]}
                          for g in groups], "count": len(groups)})


@routes.post("/admin/products")
async def create(request: web.Request) -> web.Response:
    require(request, "admin")
    body = await read_json(request, PRODUCT_IN)
    async with UnitOfWork(database(request)) as uow:
        product = await catalog.create_product(uow, product_input(body))
        await uow.commit()
    return ok(product_json(product), status=201)


@routes.get("/admin/products")
async def list_products(request: web.Request) -> web.Response:
    require(request, "admin", "store_owner")
    return await _search(request)


@routes.get("/admin/products/{product_id}")
async def read(request: web.Request) -> web.Response:
    require(request, "admin", "store_owner")
    async with UnitOfWork(database(request), write=False) as uow:
        return ok(product_json(await catalog.get_product(uow, request.match_info["product_id"])))


@routes.put("/admin/products/{product_id}")
async def update(request: web.Request) -> web.Response:
    require(request, "admin")
    body = await read_json(request, PRODUCT_IN)
    async with UnitOfWork(database(request)) as uow:
        product = await catalog.update_product(uow, request.match_info["product_id"], product_input(body))
        await uow.commit()
    return ok(product_json(product))


@routes.delete("/admin/products/{product_id}")
async def delete(request: web.Request) -> web.Response:
    require(request, "admin")
    product_id = request.match_info["product_id"]
    async with UnitOfWork(database(request)) as uow:
        await catalog.delete_product(uow, product_id)
        await uow.commit()
    return ok({"deleted": True, "product_id": product_id})


@routes.get("/products/barcode/{code}")
async def by_barcode(request: web.Request) -> web.Response:
    require(request, "admin", "store_owner")
    async with UnitOfWork(database(request), write=False) as uow:
        return ok(product_json(await catalog.find_by_barcode(uow, request.match_info["code"])))


@routes.get("/products/search")
async def search(request: web.Request) -> web.Response:
    require(request, "admin", "store_owner")
    return await _search(request)


_ID = [path_param("product_id", "PROD-…")]
_ADMIN = ("admin",)
_READERS = ("admin", "store_owner")
PATHS: dict[str, dict[str, Any]] = {
    f"{API_PREFIX}/admin/products": {
        "post": operation("Add a product to the global catalog", tag="catalog", roles=_ADMIN, body=PRODUCT_IN,
                          data=PRODUCT, status=201, description="A barcode already used answers 409."),
        "get": operation("List / search the global catalog", tag="catalog", roles=_READERS,
                         params=[QUERY, CATEGORY, LIMIT, OFFSET], data=page_of(PRODUCT)),
    },
    f"{API_PREFIX}/admin/products/duplicates": {"get": operation(
        "Near-duplicate report: one product under different titles", tag="catalog", roles=_ADMIN,
        data=DUPLICATES, description="Same brand, same pack size (100 g = 0.1 kg), titles alike by "
                                     "rapidfuzz token_set_ratio ≥ 90 without brand and packaging words.")},
    f"{API_PREFIX}/admin/products/{{product_id}}": {
        "get": operation("A catalog product", tag="catalog", roles=_READERS, params=_ID, data=PRODUCT),
        "put": operation("Replace a catalog product's details", tag="catalog", roles=_ADMIN, params=_ID,
                         body=PRODUCT_IN, data=PRODUCT),
        "delete": operation("Withdraw a product from the catalog (stores keep their own rows)", tag="catalog",
                            roles=_ADMIN, params=_ID,
                            data=obj({"deleted": {"const": True}, "product_id": {"type": "string"}})),
    },
    f"{API_PREFIX}/products/barcode/{{code}}": {"get": operation(
        "Find a catalog product by barcode", tag="catalog", roles=_READERS,
        params=[path_param("code", "8 to 14 digits")], data=PRODUCT)},
    f"{API_PREFIX}/products/search": {"get": operation(
        "Search the global catalog", tag="catalog", roles=_READERS, params=[QUERY, CATEGORY, LIMIT, OFFSET],
        data=page_of(PRODUCT))},
}
