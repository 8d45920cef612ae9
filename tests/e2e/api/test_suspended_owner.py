"""An owner token issued before an admin suspends the store stops working at once: every API
call answers 403 STORE_SUSPENDED in the spec's envelope (reads and writes alike, nothing
changes), the owner web chat refuses it the same way, and the live feed refuses the handshake,
refuses a subscribe and closes a feed already subscribed before the next event goes out.
Activating the store lets the very same token work again. Admins, another store's owner and
shoppers are unaffected. Every answer is checked against the OpenAPI document (Api.call)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import WSCloseCode, WSMsgType

from commerce.events import OrderPlaced
from commerce.unit_of_work import UnitOfWork
from tests.e2e.api.conftest import Answer, Api, fresh_postgres_database, start_api


def assert_suspended(answer: Answer, store_id: str) -> None:
    assert answer.status == 403, (answer.status, answer.body)
    assert answer.body == {"success": False, "error": answer.body["error"], "error_code": "STORE_SUSPENDED",
                           "details": {"store_id": store_id}}
    assert "suspended" in answer.body["error"]


async def set_status(api: Api, store_id: str, action: str) -> None:
    answer = await api.call("POST", f"/api/v1/stores/{store_id}/{action}", who="admin")
    assert answer.status == 200, answer.body


@pytest.fixture(params=["sqlite", "postgresql"])
async def either(request: pytest.FixtureRequest, aiohttp_client: Any, tmp_path: Path) -> AsyncIterator[Api]:
    if request.param == "sqlite":
        yield await start_api(aiohttp_client, f"sqlite+aiosqlite:///{tmp_path / 'api.db'}")
        return
    async with fresh_postgres_database() as url:
        api = await start_api(aiohttp_client, url)
        yield api
        await api.client.close()  # before the database is dropped


async def min_stock_of_item_a(api: Api) -> int:
    path = f"/api/v1/inventory/products/{api.ids['item_a']}?store_id={api.ids['store_a']}"
    item = await api.call("GET", path, who="admin")
    assert item.status == 200, item.body
    return int(item.body["data"]["min_stock"])


async def test_owner_api_reads_and_writes_are_refused_while_suspended(either: Api) -> None:
    api = either
    a, item = api.ids["store_a"], api.ids["item_a"]
    edit = f"/api/v1/inventory/products/{item}"
    assert (await api.call("GET", "/api/v1/inventory/products", who="owner_a")).status == 200
    assert (await api.call("PUT", edit, who="owner_a", json={"min_stock": 6})).status == 200

    await set_status(api, a, "suspend")
    for path in ("/api/v1/inventory/products", f"/api/v1/stores/{a}", "/api/v1/stores", "/api/v1/orders",
                 "/api/v1/inventory/summary", edit):
        assert_suspended(await api.call("GET", path, who="owner_a"), a)
    assert_suspended(await api.call("PUT", edit, who="owner_a", json={"min_stock": 9}), a)
    assert_suspended(await api.call("POST", "/api/v1/inventory/stock/update", who="owner_a",
                                    json={"item_id": item, "stock": 1}), a)
    assert_suspended(await api.call("PUT", f"/api/v1/stores/{a}", who="owner_a", json={"is_open": False}), a)
    assert await min_stock_of_item_a(api) == 6  # nothing the refused calls asked for happened
    store = await api.call("GET", f"/api/v1/stores/{a}", who="admin")
    assert store.body["data"]["is_open"] is True and store.body["data"]["status"] == "suspended"

    # admins work on the suspended store as before; the other store's owner is untouched
    assert (await api.call("GET", f"/api/v1/inventory/products?store_id={a}", who="admin")).status == 200
    assert (await api.call("PUT", f"{edit}?store_id={a}", who="admin", json={"min_stock": 7})).status == 200
    assert await min_stock_of_item_a(api) == 7
    assert (await api.call("GET", "/api/v1/inventory/products", who="owner_b")).status == 200

    # activated again: the very same token reads and writes
    await set_status(api, a, "activate")
    listed = await api.call("GET", "/api/v1/inventory/products", who="owner_a")
    assert listed.status == 200 and listed.body["success"] is True
    assert (await api.call("PUT", edit, who="owner_a", json={"min_stock": 8})).status == 200
    assert await min_stock_of_item_a(api) == 8


async def test_owner_web_chat_is_refused_while_suspended(api: Api) -> None:
    a = api.ids["store_a"]
    message = {"user_id": "owner-browser", "text": "hi"}
    assert (await api.call("POST", "/api/v1/chat/web", who="owner_a", json=message)).status == 200
    await set_status(api, a, "suspend")
    assert_suspended(await api.call("POST", "/api/v1/chat/web", who="owner_a", json=message), a)
    shopper = await api.call("POST", "/api/v1/chat/web", json={"user_id": "shopper", "text": "hi"})
    assert shopper.status == 200 and shopper.body["replies"]  # the chat itself stays open to shoppers
    assert (await api.call("POST", "/api/v1/chat/web", who="owner_b", json=message)).status == 200
    await set_status(api, a, "activate")
    again = await api.call("POST", "/api/v1/chat/web", who="owner_a", json=message)
    assert again.status == 200 and again.body["replies"]


async def emit_order(api: Api, store_id: str, number: str) -> None:
    async with UnitOfWork(api.db) as uow:
        uow.emit(OrderPlaced(store_id=store_id, order_id=f"ORD-{number}", order_number=number,
                             customer_id="CUST-1", total_paise=10400, payment_method="cod",
                             status="pending", payment_status="pending"))
        await uow.commit()


async def test_live_feed_refuses_a_suspended_store(api: Api) -> None:
    a, token = api.ids["store_a"], api.tokens["owner_a"]
    feed = f"/ws/feed?token={token}"
    subscribed = await api.client.ws_connect(feed)
    await subscribed.send_json({"action": "subscribe", "store_id": a})
    assert await subscribed.receive_json(timeout=5) == {"type": "subscribed", "store_id": a}
    idle = await api.client.ws_connect(feed)  # open, not yet subscribed

    await set_status(api, a, "suspend")
    # a new connection is refused at the handshake, in the spec's envelope
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        await api.client.ws_connect(feed)
    assert refused.value.status == 403
    plain = await api.client.get(feed)
    assert plain.status == 403 and (await plain.json())["error_code"] == "STORE_SUSPENDED"
    # a socket opened before the suspension cannot subscribe now
    await idle.send_json({"action": "subscribe", "store_id": a})
    answer = await idle.receive_json(timeout=5)
    assert answer["type"] == "error" and answer["error_code"] == "STORE_SUSPENDED"
    await idle.send_json({"action": "ping"})
    assert await idle.receive_json(timeout=5) == {"type": "pong"}  # nothing arrived in between
    # a feed subscribed before gets no more of the store's events: an error, then it is closed
    await emit_order(api, a, "A9001")
    warning = await subscribed.receive_json(timeout=5)
    assert warning["type"] == "error" and warning["error_code"] == "STORE_SUSPENDED"
    closing = await subscribed.receive(timeout=5)
    assert closing.type in (WSMsgType.CLOSE, WSMsgType.CLOSED) and subscribed.closed
    assert subscribed.close_code == WSCloseCode.POLICY_VIOLATION
    await idle.close()

    # activated again: the same token watches the feed and gets the store's events
    await set_status(api, a, "activate")
    watching = await api.client.ws_connect(feed)
    await watching.send_json({"action": "subscribe", "store_id": a})
    assert await watching.receive_json(timeout=5) == {"type": "subscribed", "store_id": a}
    await emit_order(api, a, "A9002")
    event = await watching.receive_json(timeout=5)
    assert event["type"] == "new_order" and event["data"]["order_number"] == "A9002"
    await watching.close()
