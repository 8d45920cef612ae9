"""Role × endpoint matrix over EVERY operation of the OpenAPI document (method + path), for
admin, owner of store A, owner of store B, customer and anonymous. Each operation has a
request recipe aimed at store A's objects; every actor's answer must be exactly the expected
status, and of the right class: allowed (2xx, or 409/422 for a well-formed request the state
refuses) never looks like 401/403/404; refused is 401 for anonymous and 403/404 for the
others. Callers who are refused (and owner B even where allowed) never see store A's private
data in the answer body, and store A is unchanged after every refused call. An operation
added to the document without a recipe fails the test. Run on SQLite and PostgreSQL; every
answer is also checked against the OpenAPI document (conftest's Api.call)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import FormData

from commerce.accounts import issue_otp
from tests.e2e.api.conftest import ADMIN_EMAIL, ADMIN_PASSWORD, SECRET, Api, fresh_postgres_database, start_api
from tests.e2e.api.orders_support import flagged_order, place
from webhooks.tokens import Claims, issue_refresh_token

ACTORS = ("anonymous", "customer", "owner_b", "owner_a", "admin")  # refused callers go first
REFUSED = frozenset({401, 403, 404})
OWNER_A_PHONE, CUSTOMER_PHONE = "+919876543210", "+919811112222"

Prepare = Callable[[Api, str], Awaitable[dict[str, str]]]


@dataclass(frozen=True)
class Recipe:
    method: str
    template: str  # the path exactly as the document has it
    expect: dict[str, int]
    path: str | None = None  # the request path; default: the template, parameters from PARAMS
    body: Any = None  # JSON; "{key}" placeholders are filled with ids (and "{actor}")
    form: Callable[[], FormData] | None = None  # a multipart body instead (made afresh per call)
    store_query: bool = False  # inventory-style: admin (and the intruder B) add ?store_id={A}
    prepare: Prepare | None = None  # per actor, before its call: makes fresh store-A objects, returns ids
    public: bool = False  # public by design: owner B may see store A's public face here
    variant: str = ""
    notes: str = field(default="", compare=False)

    @property
    def name(self) -> str:
        return f"{self.method} {self.template}" + (f" ({self.variant})" if self.variant else "")


# the object each path parameter names: always store A's
PARAMS = {"store_id": "{A}", "item_id": "{item_a}", "product_id": "{product}", "order_id": "{order_a}",
          "job_id": "{job_a}", "code": "8901063092105"}

STORE_OWNERS = {"anonymous": 401, "customer": 403, "owner_b": 404, "owner_a": 200, "admin": 200}
ADMIN_ONLY = {"anonymous": 401, "customer": 403, "owner_b": 403, "owner_a": 403, "admin": 200}
READERS = {"anonymous": 401, "customer": 403, "owner_b": 200, "owner_a": 200, "admin": 200}
PUBLIC = {actor: 200 for actor in ACTORS}
CREATED = {"owner_a": 201, "admin": 201}


def _form() -> FormData:
    data = FormData()
    data.add_field("file", b"sku,name,brand,category,size,price,stock,min_stock\n,Loose Moong,,Pulses,1 kg,110,4,\n",
                   filename="stock.csv", content_type="text/csv")
    return data


async def _new_item(api: Api, actor: str) -> dict[str, str]:
    made = await api.call("POST", "/api/v1/inventory/products", who="owner_a",
                          json={"name": f"Loose Rajma {actor}", "selling_price": 120, "current_stock": 3})
    assert made.status == 201, made.body
    return {"target": made.body["data"]["item_id"]}


async def _new_product(api: Api, actor: str) -> dict[str, str]:
    made = await api.call("POST", "/api/v1/admin/products", who="admin",
                          json={"name": f"Fortune Oil {actor}", "brand": "Fortune", "size_value": 1, "size_unit": "l",
                                "mrp_paise": 18500})
    assert made.status == 201, made.body
    return {"target": made.body["data"]["product_id"]}


async def _new_order(api: Api, actor: str) -> dict[str, str]:
    return {"target": (await place(api, "store_a", "item_a", 1)).id}


async def _flagged_order(api: Api, actor: str) -> dict[str, str]:
    return {"target": (await flagged_order(api, provider_payment_id=f"pay_MATRIX_{actor}")).id}


def _otp(phone: str, purpose: str) -> Prepare:
    async def issue(api: Api, actor: str) -> dict[str, str]:
        from commerce.unit_of_work import UnitOfWork

        async with UnitOfWork(api.db) as uow:
            issued = await issue_otp(uow, phone, purpose, key=f"otp:{SECRET}".encode(), now=api.clock())
            await uow.commit()
        return {"code": issued.code}

    return issue


async def _owner_a_refresh_token(api: Api, actor: str) -> dict[str, str]:
    claims = Claims(subject=OWNER_A_PHONE, role="store_owner", store_id=api.ids["store_a"], phone=OWNER_A_PHONE)
    return {"refresh": issue_refresh_token(SECRET, claims)}  # a fresh one each: a refresh token works once


def _registration(actor: str) -> dict[str, Any]:
    digits = {"anonymous": "1", "customer": "2", "owner_b": "3", "owner_a": "4", "admin": "5"}[actor]
    return {"name": f"Naya Kirana {actor}", "owner_name": "Naya Owner", "phone": f"+91987650000{digits}",
            "address": {"street": "1 Station Road", "city": "Pune", "state": "Maharashtra", "pincode": "411001"},
            "settings": {"store_type": "Kirana Store", "delivery_radius": 3, "min_order_amount": 100,
                         "business_hours": {"open": "09:00", "close": "21:00"}}}


REPORT = "/api/v1/analytics/transactions/"
RECIPES: list[Recipe] = [
    # -- public ------------------------------------------------------------------------------
    Recipe("GET", "/api/v1/openapi.json", PUBLIC, public=True),
    Recipe("GET", "/api/v1/docs", PUBLIC, public=True),
    Recipe("GET", "/api/v1/info", PUBLIC, public=True, notes="lists shop names: public by design"),
    Recipe("GET", "/api/v1/payments/methods", PUBLIC, public=True),
    Recipe("POST", "/api/v1/payments/calculate-total", PUBLIC, public=True,
           body={"store_id": "{A}", "items": [{"item_id": "{item_a}", "quantity": 1}]},
           notes="prices a shop's basket for shoppers: public by design"),
    Recipe("POST", "/api/v1/chat/web", {**PUBLIC, "customer": 403, "admin": 403}, public=True,
           body={"user_id": "matrix-{actor}", "text": "hi"},
           notes="anonymous or a store owner's token (as that owner); other tokens are refused"),
    Recipe("GET", "/api/v1/chat/web/updates", PUBLIC, public=True, path="/api/v1/chat/web/updates?user_id=matrix"),
    Recipe("POST", "/api/v1/auth/send-otp", PUBLIC, public=True, body={"phone": OWNER_A_PHONE}),
    Recipe("POST", "/api/v1/auth/verify-otp", PUBLIC, public=True, body={"phone": OWNER_A_PHONE, "otp": "{code}"},
           prepare=_otp(OWNER_A_PHONE, "store_owner"), notes="whoever holds the code signs in: that is the point"),
    Recipe("POST", "/api/v1/customer/auth/send-otp", PUBLIC, public=True, body={"phone": CUSTOMER_PHONE}),
    Recipe("POST", "/api/v1/customer/auth/verify-otp", PUBLIC, public=True,
           body={"phone": CUSTOMER_PHONE, "otp": "{code}"}, prepare=_otp(CUSTOMER_PHONE, "customer")),
    Recipe("POST", "/api/v1/admin/auth/login", PUBLIC, public=True,
           body={"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD}),
    Recipe("POST", "/api/v1/auth/refresh", PUBLIC, public=True, body={"refresh_token": "{refresh}"},
           prepare=_owner_a_refresh_token, notes="whoever holds a refresh token continues that session, once"),
    Recipe("POST", "/api/v1/stores/register", {actor: 201 for actor in ACTORS}, public=True, body=_registration),
    # -- stores ------------------------------------------------------------------------------
    Recipe("GET", "/api/v1/stores", READERS, notes="each owner sees only their own store"),
    Recipe("GET", "/api/v1/stores/{store_id}", STORE_OWNERS),
    Recipe("PUT", "/api/v1/stores/{store_id}", STORE_OWNERS,
           body={"name": "Renamed Kirana", "settings": {"min_order_amount": 150.5}}),
    Recipe("POST", "/api/v1/stores/{store_id}/verify", ADMIN_ONLY),
    Recipe("POST", "/api/v1/stores/{store_id}/suspend", ADMIN_ONLY),
    Recipe("POST", "/api/v1/stores/{store_id}/activate", ADMIN_ONLY),
    # -- inventory ---------------------------------------------------------------------------
    Recipe("GET", "/api/v1/inventory/products", STORE_OWNERS, store_query=True),
    Recipe("POST", "/api/v1/inventory/products", {**STORE_OWNERS, **CREATED}, store_query=True,
           body={"name": "Loose Chana {actor}", "selling_price": 80, "current_stock": 5}),
    Recipe("GET", "/api/v1/inventory/products/{item_id}", STORE_OWNERS, store_query=True),
    Recipe("GET", "/api/v1/inventory/products/{item_id}", {**STORE_OWNERS, "admin": 422}, variant="no store named"),
    Recipe("PUT", "/api/v1/inventory/products/{item_id}", STORE_OWNERS, store_query=True,
           body={"selling_price": 52.5, "min_stock": 2}),
    Recipe("PUT", "/api/v1/inventory/products/{item_id}", {**STORE_OWNERS, "admin": 422}, variant="no store named",
           body={"notes": "top shelf"}),
    Recipe("DELETE", "/api/v1/inventory/products/{item_id}", STORE_OWNERS, store_query=True,
           path="/api/v1/inventory/products/{target}", prepare=_new_item),
    Recipe("POST", "/api/v1/inventory/products/from-catalog", {**STORE_OWNERS, **CREATED}, store_query=True,
           body={"product_id": "{target}", "selling_price_paise": 2700}, prepare=_new_product),
    Recipe("POST", "/api/v1/inventory/search", STORE_OWNERS, store_query=True, body={"query": "atta"}),
    Recipe("GET", "/api/v1/inventory/stock/{item_id}", STORE_OWNERS, store_query=True),
    Recipe("POST", "/api/v1/inventory/stock/update", STORE_OWNERS, store_query=True,
           body={"item_id": "{item_a}", "delta": -2}),
    Recipe("POST", "/api/v1/inventory/stock/update", {**STORE_OWNERS, "admin": 422}, variant="no store named",
           body={"item_id": "{item_a}", "stock": 0}),
    Recipe("POST", "/api/v1/inventory/stock/bulk-update", STORE_OWNERS, store_query=True,
           body={"items": [{"item_id": "{item_a}", "stock": 11, "selling_price": 281.25}]}),
    Recipe("GET", "/api/v1/inventory/low-stock", STORE_OWNERS, store_query=True),
    Recipe("GET", "/api/v1/inventory/summary", STORE_OWNERS, store_query=True),
    Recipe("POST", "/api/v1/inventory/import", {**STORE_OWNERS, "owner_a": 202, "admin": 202}, store_query=True,
           form=_form),
    Recipe("GET", "/api/v1/inventory/import/{job_id}", STORE_OWNERS, store_query=True),
    # -- catalog -----------------------------------------------------------------------------
    Recipe("POST", "/api/v1/admin/products", {**ADMIN_ONLY, "admin": 201},
           body={"name": "Fortune Sunflower Oil", "brand": "Fortune", "size_value": 1, "size_unit": "l",
                 "mrp_paise": 18500}),
    Recipe("GET", "/api/v1/admin/products", READERS),
    Recipe("GET", "/api/v1/admin/products/{product_id}", READERS),
    Recipe("PUT", "/api/v1/admin/products/{product_id}", ADMIN_ONLY,
           body={"name": "Aashirvaad Whole Wheat Atta", "brand": "Aashirvaad", "size_value": 5, "size_unit": "kg"}),
    Recipe("DELETE", "/api/v1/admin/products/{product_id}", ADMIN_ONLY, path="/api/v1/admin/products/{spare}"),
    Recipe("GET", "/api/v1/admin/products/duplicates", ADMIN_ONLY),
    Recipe("GET", "/api/v1/products/barcode/{code}", READERS),
    Recipe("GET", "/api/v1/products/search", READERS, path="/api/v1/products/search?q=atta"),
    # -- orders ------------------------------------------------------------------------------
    Recipe("GET", "/api/v1/orders", STORE_OWNERS, store_query=True),
    Recipe("GET", "/api/v1/orders/history", STORE_OWNERS, store_query=True),
    Recipe("GET", "/api/v1/orders/export", STORE_OWNERS, store_query=True, path="/api/v1/orders/export?format=csv"),
    Recipe("GET", "/api/v1/orders/stats/daily", STORE_OWNERS, store_query=True),
    Recipe("GET", "/api/v1/orders/{order_id}", STORE_OWNERS, store_query=True),
    Recipe("GET", "/api/v1/orders/{order_id}/status", STORE_OWNERS, store_query=True),
    Recipe("PUT", "/api/v1/orders/{order_id}/status", STORE_OWNERS, store_query=True,
           path="/api/v1/orders/{target}/status", body={"status": "processing"}, prepare=_new_order),
    Recipe("POST", "/api/v1/orders/{order_id}/cancel", STORE_OWNERS, store_query=True,
           path="/api/v1/orders/{target}/cancel", body={"reason": "matrix"}, prepare=_new_order),
    Recipe("POST", "/api/v1/admin/orders/{order_id}/payment-review", ADMIN_ONLY,
           path="/api/v1/admin/orders/{target}/payment-review", body={"accept": True}, prepare=_flagged_order),
    # -- analytics ---------------------------------------------------------------------------
    *(Recipe("GET", REPORT + report, STORE_OWNERS, store_query=True)
      for report in ("sales-summary", "best-sellers", "commission-report", "order-analytics", "customer-insights")),
    Recipe("GET", "/api/v1/admin/analytics/product-quality", STORE_OWNERS, store_query=True),
]


def _fill(value: Any, ids: dict[str, str], actor: str) -> Any:
    if callable(value):
        return value(actor)
    if isinstance(value, str):
        for key, real in {"A": ids["store_a"], "B": ids["store_b"], "actor": actor, **ids}.items():
            value = value.replace("{" + key + "}", real)
        return value
    if isinstance(value, dict):
        return {k: _fill(v, ids, actor) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, ids, actor) for v in value]
    return value


def _request_path(recipe: Recipe, ids: dict[str, str], actor: str) -> str:
    path = recipe.path
    if path is None:
        path = recipe.template
        for name, placeholder in PARAMS.items():
            path = path.replace("{" + name + "}", placeholder)
    path = _fill(path, ids, actor)
    if recipe.store_query and actor in ("admin", "owner_b"):
        path += ("&" if "?" in path else "?") + f"store_id={ids['store_a']}"
    return str(path)


async def _store_a_state(api: Api) -> Any:
    """Everything of store A that a refused caller might have changed."""
    q = f"?store_id={api.ids['store_a']}"
    store = (await api.call("GET", f"/api/v1/stores/{api.ids['store_a']}", who="admin")).body
    items = (await api.call("GET", f"/api/v1/inventory/products{q}&limit=200", who="admin")).body
    orders = (await api.call("GET", f"/api/v1/orders{q}&limit=100", who="admin")).body
    catalog = (await api.call("GET", "/api/v1/admin/products?limit=200", who="admin")).body
    return store, items, orders, catalog


def _private_markers(api: Api, extra: dict[str, str]) -> dict[str, str]:
    """Strings that only store A's side may see."""
    return {"store A id": api.ids["store_a"], "store A item": api.ids["item_a"], "store A order": api.ids["order_a"],
            "store A order number": api.ids["order_a_number"], "store A import": api.ids["job_a"],
            "store A name": "Sharma Kirana", "store A owner phone": "9876543210",
            **{f"store A object {k}": v for k, v in extra.items() if k == "target"}}


def _check_recipe_is_coherent(recipe: Recipe) -> None:
    assert set(recipe.expect) == set(ACTORS), recipe.name
    for actor, status in recipe.expect.items():
        allowed = 200 <= status < 300 or status in (409, 422)
        assert allowed or status in REFUSED, (recipe.name, actor, status)
        if actor == "anonymous":  # refused as "sign in first", except where the operation is public
            assert (status == 401) != recipe.public, recipe.name
        if actor == "admin" and not recipe.public:
            assert status not in REFUSED, recipe.name  # an admin reaches every store


@pytest.fixture(params=["sqlite", "postgresql"])
async def matrix_api(request: pytest.FixtureRequest, aiohttp_client: Any, tmp_path: Any) -> AsyncIterator[Api]:
    async def seeded(api: Api) -> Api:
        order_a = await place(api, "store_a", "item_a", 2)
        await place(api, "store_b", "item_b", 1)
        job = await api.call("POST", "/api/v1/inventory/import", who="owner_a", data=_form())
        assert job.status == 202, job.body
        job_id = job.body["data"]["job_id"]
        for _ in range(400):  # let it finish, so store A does not change under the refused callers
            state = await api.call("GET", f"/api/v1/inventory/import/{job_id}", who="owner_a")
            if state.body["data"]["status"] in ("done", "failed"):
                break
            await asyncio.sleep(0.025)
        else:
            raise AssertionError("the seed import did not finish")
        api.ids.update(order_a=order_a.id, order_a_number=order_a.order_number, job_a=job_id)
        return api

    if request.param == "sqlite":
        yield await seeded(await start_api(aiohttp_client, f"sqlite+aiosqlite:///{tmp_path / 'matrix.db'}"))
        return
    async with fresh_postgres_database() as url:
        api = await start_api(aiohttp_client, url)
        yield await seeded(api)
        await api.client.close()


async def test_every_documented_operation_has_a_recipe(api: Api) -> None:
    documented = {(method.upper(), path) for path, ops in api.document["paths"].items() for method in ops}
    covered = {(r.method, r.template) for r in RECIPES}
    assert documented - covered == set(), "operations without a recipe in RECIPES: add one"
    assert covered - documented == set(), "recipes for operations the document no longer has"
    assert len({r.name for r in RECIPES}) == len(RECIPES)
    for recipe in RECIPES:
        _check_recipe_is_coherent(recipe)


@pytest.mark.parametrize("recipe", RECIPES, ids=[r.name for r in RECIPES])
async def test_each_actor_gets_exactly_its_share(matrix_api: Api, recipe: Recipe) -> None:
    api = matrix_api
    for actor in ACTORS:
        expected = recipe.expect[actor]
        extra = await recipe.prepare(api, actor) if recipe.prepare else {}
        ids = {**api.ids, **extra}
        path = _request_path(recipe, ids, actor)
        body = _fill(recipe.body, ids, actor)
        before = await _store_a_state(api) if expected in REFUSED else None
        answer = await api.call(recipe.method, path, who=None if actor == "anonymous" else actor, json=body,
                                data=recipe.form() if recipe.form else None)
        assert answer.status == expected, (actor, path, answer.text[:500])
        if expected in REFUSED:
            assert answer.body["success"] is False and answer.body["error_code"], (actor, answer.body)
            assert await _store_a_state(api) == before, f"{actor} changed store A through {recipe.name}"
        if actor in ("owner_b", "customer", "anonymous") and not recipe.public:
            asked = path + " " + repr(body)
            for what, marker in _private_markers(api, extra).items():
                if marker not in asked:  # an id the caller sent may be echoed back; nothing else of A may
                    assert marker not in answer.text, f"{actor} got {what} from {recipe.name}"


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
        # the fixture's atta and the starter staple "Aashirvaad Shudh Chakki Atta": both its own
        hits = [i["store_id"] for i in found.body["data"]["items"]]
        assert hits and set(hits) == {mine}
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
