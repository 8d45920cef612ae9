"""The §8.5 endpoints, the in-process fake mounted by `serve --demo` without keys, and the
settlement command."""

from __future__ import annotations

import asyncio
import io
import json
import socket
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from sqlalchemy import select

from commerce.carts import add_to_cart
from commerce.checkout import place_order
from commerce.customers import get_or_create_customer
from commerce.database import Database
from commerce.demo import DEMO_STORE_CODE
from commerce.orders import accept_order, mark_delivered, send_out_for_delivery
from commerce.stores import INDIA, find_store_by_code
from commerce.tables import InventoryItem, Order, utcnow
from commerce.unit_of_work import UnitOfWork
from payments.start import start_payment
from payments.statement_cli import print_settlement
from tests.e2e.payments.conftest import Rig
from tests.integration.commerce._support import fetch
from tests.integration.commerce.conftest import make_shop
from webhooks.app import create_app
from webhooks.keys import DATABASE
from webhooks.settings import Settings


async def test_methods_and_calculate_total(rig: Rig) -> None:
    methods = await (await rig.client.get("/api/v1/payments/methods")).json()
    assert methods["success"] is True
    assert [(m["id"], m["enabled"]) for m in methods["data"]["methods"]] == [
        ("upi", True), ("card", True), ("cod", True)]
    body = {"store_id": rig.shop.store_id, "payment_method": "upi",
            "items": [{"item_id": rig.shop.items["atta"], "quantity": 2}, {"item_id": rig.shop.items["maggi"]}]}
    total = await (await rig.client.post("/api/v1/payments/calculate-total", json=body)).json()
    assert total["success"] is True
    data = total["data"]
    assert (data["subtotal_paise"], data["tax_paise"], data["delivery_fee_paise"], data["total_paise"]) == (
        11_800, 0, 0, 11_800)
    assert [(i["quantity"], i["line_total_paise"]) for i in data["items"]] == [(2, 10_400), (1, 1_400)]
    bad = await rig.client.post("/api/v1/payments/calculate-total", json={"store_id": rig.shop.store_id,
                                                                         "items": [{"item_id": "ITEM-NOPE"}]})
    assert bad.status == 404 and (await bad.json())["success"] is False
    empty = await rig.client.post("/api/v1/payments/calculate-total", json={"store_id": rig.shop.store_id,
                                                                           "items": []})
    assert empty.status == 422


async def test_without_keys_online_payment_is_off(aiohttp_client: Any, tmp_path: Path) -> None:
    client: TestClient = await aiohttp_client(create_app(Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'off.db'}")))
    methods = (await (await client.get("/api/v1/payments/methods")).json())["data"]
    assert [(m["id"], m["enabled"]) for m in methods["methods"]] == [("upi", False), ("card", False), ("cod", True)]
    assert (await client.post("/webhooks/razorpay", data=b"{}")).status == 404


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_demo_mounts_the_fake_in_process(aiohttp_client: Any, tmp_path: Path) -> None:
    port = _free_port()
    settings = Settings(database_url=f"sqlite+aiosqlite:///{tmp_path / 'demo.db'}", demo=True, port=port)
    client: TestClient = await aiohttp_client(create_app(settings), server_kwargs={"port": port})
    db: Database = client.app[DATABASE]  # type: ignore[index]
    async with UnitOfWork(db) as uow:
        store = await find_store_by_code(uow, DEMO_STORE_CODE)
        assert store is not None
        item = (await uow.session.scalars(select(InventoryItem).where(
            InventoryItem.store_id == store.id, InventoryItem.current_stock > 5,
            InventoryItem.selling_price_paise >= 15_000).limit(1))).one()
        customer = await get_or_create_customer(uow, "web", "demo-1", name="Asha")
        await add_to_cart(uow, customer.id, store.id, item.id, 1)
        order = await place_order(uow, customer_id=customer.id, store_id=store.id, payment_method="upi",
                                  delivery_address="Juhu", channel="web", enforce_hours=False)
        await uow.commit()
    link = await start_payment(client.app, db, order.id)
    assert link.url.startswith(f"http://127.0.0.1:{port}/fake-razorpay/pay/plink_")
    page = await client.get(link.url.split(str(port), 1)[1])
    assert page.status == 200 and "Pay by UPI" in await page.text()
    paid = await client.post(link.url.split(str(port), 1)[1], data={"outcome": "upi"})
    assert paid.status == 200 and "payment_link.paid: webhook answered 200" in await paid.text()
    placed = await fetch(db, Order, order.id)
    assert (placed.status, placed.payment_status) == ("confirmed", "completed")


def test_settlement_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("DATABASE_URL", url)

    async def seed() -> str:
        db = Database.from_url(url)
        await db.migrate()
        shop = await make_shop(db)
        async with UnitOfWork(db) as uow:  # a cash order, delivered today: ₹52 gross, 2% + ₹20
            await add_to_cart(uow, shop.customer_id, shop.store_id, shop.items["atta"], 1)
            order = await place_order(uow, customer_id=shop.customer_id, store_id=shop.store_id,
                                      payment_method="cod", delivery_address="Andheri", channel="whatsapp")
            await accept_order(uow, order.id, store_id=shop.store_id)
            await send_out_for_delivery(uow, order.id, store_id=shop.store_id)
            await mark_delivered(uow, order.id, store_id=shop.store_id)
            await uow.commit()
        await db.dispose()
        return shop.store_id

    store_id = asyncio.run(seed())
    today = utcnow().astimezone(INDIA).date().isoformat()
    out = io.StringIO()
    assert print_settlement(store_id, today, today, as_json=True, out=out) == 0
    data = json.loads(out.getvalue())
    assert (data["orders"], data["gross_paise"], data["fees"]["total_paise"], data["net_paise"]) == (
        1, 5_200, 104 + 2_000, 3_096)
    table = io.StringIO()
    assert print_settlement(store_id, today, today, out=table) == 0
    assert "₹30.96" in table.getvalue() and "cod" in table.getvalue()
    assert print_settlement(store_id, "2026-13-01", today) == 2
