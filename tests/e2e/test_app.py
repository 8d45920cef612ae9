"""The HTTP app as a client sees it: health, readiness, the JSON error envelope, the demo."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web
from aiohttp.test_utils import TestClient

from sqlalchemy import select

from commerce.errors import OutOfStock, Shortage
from commerce.stores import set_status
from commerce.tables import Store
from commerce.unit_of_work import UnitOfWork
from webhooks.keys import DATABASE
from webhooks.app import create_app
from webhooks.settings import Settings


def _app(tmp_path: Path, demo: bool = False) -> web.Application:
    return create_app(Settings(database_url=f"sqlite+aiosqlite:///{tmp_path / 'app.db'}", demo=demo))


async def test_health_and_readiness(aiohttp_client: object, tmp_path: Path) -> None:
    client: TestClient = await aiohttp_client(_app(tmp_path))  # type: ignore[operator]
    health = await client.get("/healthz")
    assert health.status == 200 and (await health.json())["status"] == "ok"
    ready = await client.get("/readyz")
    assert ready.status == 200 and (await ready.json())["database"] == "ok"


async def test_demo_store_is_seeded_once(aiohttp_client: object, tmp_path: Path) -> None:
    client: TestClient = await aiohttp_client(_app(tmp_path, demo=True))  # type: ignore[operator]
    body = await (await client.get("/api/v1/info")).json()
    assert [s["name"] for s in body["stores"]] == ["Sharma Kirana Store"]
    assert body["stores"][0]["products"] >= 150


async def test_info_lists_only_shops_a_customer_can_order_from(aiohttp_client: object, tmp_path: Path) -> None:
    app = _app(tmp_path, demo=True)
    client: TestClient = await aiohttp_client(app)  # type: ignore[operator]
    async with UnitOfWork(app[DATABASE]) as uow:
        (store_id,) = (await uow.session.execute(select(Store.id))).one()
        await set_status(uow, store_id, "suspended")
        await uow.commit()
    assert (await (await client.get("/api/v1/info")).json())["stores"] == []
    async with UnitOfWork(app[DATABASE]) as uow:
        await set_status(uow, store_id, "active")
        await uow.commit()
    assert [s["name"] for s in (await (await client.get("/api/v1/info")).json())["stores"]] == ["Sharma Kirana Store"]


async def test_unknown_route_is_a_json_error(aiohttp_client: object, tmp_path: Path) -> None:
    client: TestClient = await aiohttp_client(_app(tmp_path))  # type: ignore[operator]
    response = await client.get("/no/such/page")
    assert response.status == 404
    assert await response.json() == {"success": False, "error": "Not Found", "error_code": "NOT_FOUND", "details": {}}


async def test_domain_error_and_crash_become_envelopes(aiohttp_client: object, tmp_path: Path) -> None:
    app = _app(tmp_path)

    async def short(_request: web.Request) -> web.Response:
        raise OutOfStock([Shortage(item_id="ITEM-1", name="Amul Butter", requested=3, available=1)])

    async def crash(_request: web.Request) -> web.Response:
        raise RuntimeError("secret internals")

    app.router.add_get("/short", short)
    app.router.add_get("/crash", crash)
    client: TestClient = await aiohttp_client(app)  # type: ignore[operator]
    response = await client.get("/short")
    body = await response.json()
    assert response.status == 409 and body["error_code"] == "INSUFFICIENT_STOCK"
    assert body["details"]["items"] == [{"item_id": "ITEM-1", "name": "Amul Butter", "requested": 3, "available": 1}]
    crashed = await client.get("/crash")
    text = await crashed.text()
    assert crashed.status == 500 and "secret" not in text and '"INTERNAL_ERROR"' in text


async def test_chat_page_is_served(aiohttp_client: object, tmp_path: Path) -> None:
    client: TestClient = await aiohttp_client(_app(tmp_path))  # type: ignore[operator]
    response = await client.get("/")
    page = await response.text()
    assert response.status == 200 and response.content_type == "text/html"
    assert "/api/v1/chat/web" in page and '<form id="send">' in page
