"""The admin API as a client sees it: an app on a fresh database with two stores (A and B),
a catalog product, one item in each store, an admin, a customer, and tokens for each role.
Every answer the helper receives is checked against the server's own OpenAPI document."""

from __future__ import annotations

import contextlib
import re
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

from commerce.accounts import create_admin
from commerce.catalog import ProductInput, create_product
from commerce.customers import get_or_create_customer
from commerce.inventory import StockLevels, add_from_catalog
from commerce.stores import StoreRegistration, register_store
from commerce.unit_of_work import UnitOfWork
from tests.conftest import PG_HOST, PG_PORT, PG_URL, require_service
from webhooks.api.keys import CLOCK, LIMITS, Limits
from webhooks.app import create_app
from webhooks.keys import DATABASE
from webhooks.settings import Settings
from webhooks.tokens import Claims, issue_token

SECRET = "test-secret-" + "x" * 40
ADMIN_EMAIL, ADMIN_PASSWORD = "admin@vyapar.example", "correct horse battery"
LOOSE = Limits(per_ip=100_000, per_user=100_000, per_store=100_000, otp_send=1000, otp_verify=1000,
               login=1000, register=1000)


class MovableClock:
    def __init__(self) -> None:
        self.at = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += timedelta(**delta)


def registration(name: str, phone: str) -> StoreRegistration:
    return StoreRegistration(name=name, owner_name="Owner " + name, phone=phone, street="12 Gulmohar Road",
                             city="Mumbai", state="Maharashtra", pincode="400058")


# -- checking answers against the document ------------------------------------------------

def _template_regex(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")


def _resolve(schema: Any, doc: dict[str, Any]) -> Any:
    if isinstance(schema, dict):
        if "$ref" in schema:
            node: Any = doc
            for part in schema["$ref"].removeprefix("#/").split("/"):
                node = node[part]
            return _resolve(node, doc)
        return {k: _resolve(v, doc) for k, v in schema.items()}
    if isinstance(schema, list):
        return [_resolve(v, doc) for v in schema]
    return schema


def operation_for(doc: dict[str, Any], method: str, path: str) -> dict[str, Any] | None:
    matches = [(t, ops) for t, ops in doc["paths"].items() if _template_regex(t).match(path)]
    # the most literal template wins ("/admin/products/duplicates" over "/{product_id}")
    matches.sort(key=lambda m: m[0].count("{"))
    for _template, ops in matches:
        if method.lower() in ops:
            return ops[method.lower()]  # type: ignore[no-any-return]
    return None


def check_against_document(doc: dict[str, Any], method: str, path: str, status: int, content_type: str,
                           body: Any) -> None:
    op = operation_for(doc, method, path)
    if op is None:
        assert status >= 400, f"{method} {path} answered {status} but is not documented"
        jsonschema.validate(body, _resolve(doc["components"]["schemas"]["Error"], doc))
        return
    answer = op["responses"].get(str(status)) or op["responses"]["default"]
    assert content_type in answer["content"], f"{method} {path} {status}: {content_type} not documented"
    schema = _resolve(answer["content"][content_type]["schema"], doc)
    jsonschema.Draft202012Validator(schema).validate(body)


# -- the client ---------------------------------------------------------------------------

@dataclass
class Answer:
    status: int
    body: Any
    headers: dict[str, str]
    text: str


@dataclass
class Api:
    client: TestClient
    app: web.Application
    clock: MovableClock
    tokens: dict[str, str] = field(default_factory=dict)
    ids: dict[str, str] = field(default_factory=dict)
    document: dict[str, Any] = field(default_factory=dict)
    checked: int = 0

    @property
    def db(self) -> Any:
        return self.app[DATABASE]

    async def call(self, method: str, path: str, *, who: str | None = None, json: Any = None,
                   headers: dict[str, str] | None = None, data: Any = None, check: bool = True) -> Answer:
        sent = dict(headers or {})
        if who is not None:
            sent["Authorization"] = f"Bearer {self.tokens[who]}"
        response = await self.client.request(method, path, json=json, data=data, headers=sent)
        text = await response.text()
        body: Any = text
        if response.content_type == "application/json":
            body = await response.json()
        if check and path.startswith("/api/v1"):
            check_against_document(self.document, method, path.split("?")[0], response.status,
                                   response.content_type, body)
            self.checked += 1
        return Answer(response.status, body, dict(response.headers), text)


async def _seed(api: Api) -> None:
    async with UnitOfWork(api.db) as uow:
        store_a, _ = await register_store(uow, registration("Sharma Kirana", "+919876543210"))
        store_b, _ = await register_store(uow, registration("Gupta General", "+919812300000"))
        product = await create_product(uow, ProductInput(name="Aashirvaad Atta", brand="Aashirvaad", category="Staples",
                                                         barcode="8901063092105", size_value=5, size_unit="kg",
                                                         mrp_paise=29500))
        spare = await create_product(uow, ProductInput(name="Tata Salt", brand="Tata", category="Staples",
                                                       size_value=1, size_unit="kg", mrp_paise=2800))
        item_a = await add_from_catalog(uow, store_a.id, product.id, selling_price_paise=28000,
                                        levels=StockLevels(current_stock=20, min_stock=5))
        item_b = await add_from_catalog(uow, store_b.id, product.id, selling_price_paise=28500,
                                        levels=StockLevels(current_stock=3, min_stock=5))
        admin = await create_admin(uow, ADMIN_EMAIL, ADMIN_PASSWORD, cost=4)
        customer = await get_or_create_customer(uow, "whatsapp", "919811112222", phone="+919811112222")
        await uow.commit()
    api.ids.update(store_a=store_a.id, store_b=store_b.id, product=product.id, spare=spare.id,
                   item_a=item_a.id, item_b=item_b.id, customer=customer.id, admin=admin.id)
    api.tokens.update(
        admin=issue_token(SECRET, Claims(subject=admin.id, role="admin")),
        owner_a=issue_token(SECRET, Claims(subject="+919876543210", role="store_owner", store_id=store_a.id,
                                           phone="+919876543210")),
        owner_b=issue_token(SECRET, Claims(subject="+919812300000", role="store_owner", store_id=store_b.id,
                                           phone="+919812300000")),
        customer=issue_token(SECRET, Claims(subject=customer.id, role="customer", phone="+919811112222")),
    )


@pytest.fixture(params=["sqlite"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'api.db'}"


@contextlib.asynccontextmanager
async def fresh_postgres_database() -> AsyncIterator[str]:
    """A PostgreSQL database of its own for one test (skips without a server), dropped after."""
    require_service("PostgreSQL", PG_HOST, PG_PORT)
    import asyncpg

    name = f"api_{uuid.uuid4().hex[:12]}"
    plain = PG_URL.replace("postgresql+asyncpg://", "postgresql://")
    conn = await asyncpg.connect(plain)
    await conn.execute(f'CREATE DATABASE "{name}"')
    await conn.close()
    try:
        yield PG_URL.rsplit("/", 1)[0] + "/" + name
    finally:
        conn = await asyncpg.connect(plain)
        await conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        await conn.close()


async def start_api(aiohttp_client: Any, url: str, *, limits: Limits = LOOSE, seed: bool = True,
                    **settings: Any) -> Api:
    clock = MovableClock()
    app = create_app(Settings(database_url=url, jwt_secret=settings.pop("jwt_secret", SECRET), **settings))
    app[CLOCK] = clock
    app[LIMITS] = limits
    client: TestClient = await aiohttp_client(app)
    api = Api(client=client, app=app, clock=clock)
    api.document = (await (await client.get("/api/v1/openapi.json")).json())
    if seed:
        await _seed(api)
    return api


@pytest.fixture
async def api(aiohttp_client: Any, database_url: str) -> Api:
    return await start_api(aiohttp_client, database_url)
