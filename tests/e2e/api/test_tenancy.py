"""Role × endpoint matrix: admin, owner of store A, owner of store B, customer, anonymous.
Every store-A resource is tried by every caller; the ones who must not read or write it are
refused (401 / 403 / 404 — another shop's ids are never confirmed) and store A is unchanged
afterwards. Run on SQLite and PostgreSQL; every answer is checked against the OpenAPI document."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest

from tests.e2e.api.conftest import Api, fresh_postgres_database, start_api

ACTORS = ("anonymous", "customer", "owner_b", "owner_a", "admin")  # refused callers go first


@dataclass(frozen=True)
class Case:
    name: str
    method: str
    path: str  # {A} {B} {item_a} {item_b} {product} {spare} are filled in
    expect: dict[str, int]
    body: Any = None
    store_query: bool = False  # inventory-style: admin (and the intruder B) add ?store_id={A}


STORE_OWNERS = {"anonymous": 401, "customer": 403, "owner_b": 404, "owner_a": 200, "admin": 200}
ADMIN_ONLY = {"anonymous": 401, "customer": 403, "owner_b": 403, "owner_a": 403, "admin": 200}
READERS = {"anonymous": 401, "customer": 403, "owner_b": 200, "owner_a": 200, "admin": 200}

CASES = [
    Case("store get", "GET", "/api/v1/stores/{A}", STORE_OWNERS),
    Case("store update", "PUT", "/api/v1/stores/{A}", STORE_OWNERS,
         {"name": "Renamed Kirana", "settings": {"min_order_amount": 150.5}}),
    Case("store verify", "POST", "/api/v1/stores/{A}/verify", ADMIN_ONLY),
    Case("store suspend", "POST", "/api/v1/stores/{A}/suspend", ADMIN_ONLY),
    Case("store activate", "POST", "/api/v1/stores/{A}/activate", ADMIN_ONLY),
    Case("inventory list", "GET", "/api/v1/inventory/products", STORE_OWNERS, store_query=True),
    Case("inventory get", "GET", "/api/v1/inventory/products/{item_a}", STORE_OWNERS, store_query=True),
    Case("inventory get, no store named", "GET", "/api/v1/inventory/products/{item_a}",
         {**STORE_OWNERS, "admin": 422}),
    Case("inventory update", "PUT", "/api/v1/inventory/products/{item_a}", STORE_OWNERS,
         {"selling_price": 52.5, "min_stock": 2}, store_query=True),
    Case("inventory update, no store named", "PUT", "/api/v1/inventory/products/{item_a}",
         {**STORE_OWNERS, "admin": 422}, {"notes": "top shelf"}),
    Case("inventory delete", "DELETE", "/api/v1/inventory/products/{item_a}", STORE_OWNERS, store_query=True),
    Case("inventory add own", "POST", "/api/v1/inventory/products", {**STORE_OWNERS, "owner_a": 201, "admin": 201},
         {"name": "Loose Chana", "selling_price": 80, "current_stock": 5}, store_query=True),
    # the owner adds it first, so the admin's same request finds it there already
    Case("inventory from catalog", "POST", "/api/v1/inventory/products/from-catalog",
         {**STORE_OWNERS, "owner_a": 201, "admin": 409}, {"product_id": "{spare}", "selling_price_paise": 2700},
         store_query=True),
    Case("inventory search", "POST", "/api/v1/inventory/search", STORE_OWNERS, {"query": "atta"}, store_query=True),
    Case("stock get", "GET", "/api/v1/inventory/stock/{item_a}", STORE_OWNERS, store_query=True),
    Case("stock update", "POST", "/api/v1/inventory/stock/update", STORE_OWNERS,
         {"item_id": "{item_a}", "delta": -2}, store_query=True),
    Case("stock update, no store named", "POST", "/api/v1/inventory/stock/update",
         {**STORE_OWNERS, "admin": 422}, {"item_id": "{item_a}", "stock": 0}),
    Case("stock bulk update", "POST", "/api/v1/inventory/stock/bulk-update", STORE_OWNERS,
         {"items": [{"item_id": "{item_a}", "stock": 11, "selling_price": 281.25}]}, store_query=True),
    Case("low stock", "GET", "/api/v1/inventory/low-stock", STORE_OWNERS, store_query=True),
    Case("summary", "GET", "/api/v1/inventory/summary", STORE_OWNERS, store_query=True),
    Case("catalog create", "POST", "/api/v1/admin/products", {**ADMIN_ONLY, "admin": 201},
         {"name": "Fortune Sunflower Oil", "brand": "Fortune", "size_value": 1, "size_unit": "l", "mrp_paise": 18500}),
    Case("catalog list", "GET", "/api/v1/admin/products", READERS),
    Case("catalog get", "GET", "/api/v1/admin/products/{product}", READERS),
    Case("catalog update", "PUT", "/api/v1/admin/products/{product}", ADMIN_ONLY,
         {"name": "Aashirvaad Whole Wheat Atta", "brand": "Aashirvaad", "size_value": 5, "size_unit": "kg"}),
    Case("catalog delete", "DELETE", "/api/v1/admin/products/{spare}", ADMIN_ONLY),
    Case("catalog duplicates", "GET", "/api/v1/admin/products/duplicates", ADMIN_ONLY),
    Case("barcode", "GET", "/api/v1/products/barcode/8901063092105", READERS),
    Case("catalog search", "GET", "/api/v1/products/search?q=atta", READERS),
]


def _fill(value: Any, ids: dict[str, str]) -> Any:
    if isinstance(value, str):
        for key, real in {"A": ids["store_a"], "B": ids["store_b"], **ids}.items():
            value = value.replace("{" + key + "}", real)
        return value
    if isinstance(value, dict):
        return {k: _fill(v, ids) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, ids) for v in value]
    return value


async def _store_a_state(api: Api) -> Any:
    """Everything of store A that a refused caller might have changed."""
    q = f"?store_id={api.ids['store_a']}"
    store = (await api.call("GET", f"/api/v1/stores/{api.ids['store_a']}", who="admin")).body
    items = (await api.call("GET", f"/api/v1/inventory/products{q}&limit=200", who="admin")).body
    product = (await api.call("GET", f"/api/v1/admin/products/{api.ids['spare']}", who="admin")).body
    return store, items, product


@pytest.fixture(params=["sqlite", "postgresql"])
async def matrix_api(request: pytest.FixtureRequest, aiohttp_client: Any, tmp_path: Any) -> AsyncIterator[Api]:
    if request.param == "sqlite":
        yield await start_api(aiohttp_client, f"sqlite+aiosqlite:///{tmp_path / 'matrix.db'}")
        return
    async with fresh_postgres_database() as url:
        api = await start_api(aiohttp_client, url)
        yield api
        await api.client.close()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
async def test_only_the_right_callers_reach_store_a(matrix_api: Api, case: Case) -> None:
    api = matrix_api
    before = await _store_a_state(api)
    for actor in ACTORS:
        path = _fill(case.path, api.ids)
        if case.store_query and actor in ("admin", "owner_b"):
            path += ("&" if "?" in path else "?") + f"store_id={api.ids['store_a']}"
        answer = await api.call(case.method, path, who=None if actor == "anonymous" else actor,
                                json=_fill(case.body, api.ids))
        assert answer.status == case.expect[actor], (actor, answer.body)
        if answer.status >= 400:
            assert answer.body["success"] is False and answer.body["error_code"]
        if actor == "owner_b":  # the last refused caller: nothing of store A moved
            assert await _store_a_state(api) == before


async def test_lists_show_each_caller_only_their_share(api: Api) -> None:
    a, b = api.ids["store_a"], api.ids["store_b"]
    everyone = await api.call("GET", "/api/v1/stores", who="admin")
    assert {s["store_id"] for s in everyone.body["data"]["items"]} == {a, b}
    for who, mine in (("owner_a", a), ("owner_b", b)):
        stores = await api.call("GET", "/api/v1/stores", who=who)
        assert [s["store_id"] for s in stores.body["data"]["items"]] == [mine]
        items = await api.call("GET", "/api/v1/inventory/products?limit=200", who=who)
        assert {i["store_id"] for i in items.body["data"]["items"]} == {mine}
        found = await api.call("POST", "/api/v1/inventory/search", who=who, json={"query": "aashirvaad"})
        assert [i["store_id"] for i in found.body["data"]["items"]] == [mine]
    b_items = await api.call("GET", "/api/v1/inventory/products?limit=200", who="owner_b")
    assert api.ids["item_a"] not in {i["item_id"] for i in b_items.body["data"]["items"]}


async def test_a_refused_store_looks_exactly_like_a_missing_one(api: Api) -> None:
    other = await api.call("GET", f"/api/v1/stores/{api.ids['store_a']}", who="owner_b")
    missing = await api.call("GET", "/api/v1/stores/STORE-01KAAAAAAAAAAAAAAAAAAAAAAA", who="owner_b")
    assert other.status == missing.status == 404
    assert other.body["error_code"] == missing.body["error_code"]
    item = await api.call("GET", f"/api/v1/inventory/products/{api.ids['item_a']}", who="owner_b")
    nothing = await api.call("GET", "/api/v1/inventory/products/ITEM-01KAAAAAAAAAAAAAAAAAAAAAAA", who="owner_b")
    assert item.status == nothing.status == 404 and item.body["error_code"] == nothing.body["error_code"]
