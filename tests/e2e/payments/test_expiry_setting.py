"""PAYMENT_EXPIRY_MINUTES is what counts: read from the environment, it sets the link's expiry
and the payments job's cut-off (here 30 minutes, not the default 15)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import update

from commerce.carts import add_to_cart
from commerce.checkout import place_order
from commerce.tables import InventoryItem, Order, utcnow
from commerce.unit_of_work import UnitOfWork
from payments.fake_razorpay import FakeRazorpay
from payments.jobs import expire_due_orders, payments_tick
from payments.keys import GATEWAY_CONFIG
from payments.start import start_payment
from tests.integration.commerce._support import fetch
from tests.integration.commerce.conftest import make_shop
from webhooks.app import create_app
from webhooks.keys import DATABASE
from webhooks.settings import Settings


async def test_a_configured_expiry_is_used_for_links_and_the_job(aiohttp_server: Any, aiohttp_client: Any,
                                                                 tmp_path: Path) -> None:
    fake = FakeRazorpay(key_id="rzp_test_exp", key_secret="exp_secret", webhook_secret="exp_whsec")
    fake_server: TestServer = await aiohttp_server(fake.app())
    settings = Settings.from_env({
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'exp.db'}", "RAZORPAY_KEY_ID": "rzp_test_exp",
        "RAZORPAY_KEY_SECRET": "exp_secret", "RAZORPAY_WEBHOOK_SECRET": "exp_whsec",
        "RAZORPAY_API_URL": str(fake_server.make_url("")).rstrip("/"), "PAYMENT_EXPIRY_MINUTES": "30"})
    client: TestClient = await aiohttp_client(create_app(settings))
    db = client.app[DATABASE]  # type: ignore[index]
    shop = await make_shop(db)
    before = utcnow()
    async with UnitOfWork(db) as uow:
        await add_to_cart(uow, shop.customer_id, shop.store_id, shop.items["atta"], 1)
        order = await place_order(uow, customer_id=shop.customer_id, store_id=shop.store_id, payment_method="upi",
                                  delivery_address="12 Gulmohar Society", channel="whatsapp")
        await uow.commit()
    link = await start_payment(client.app, db, order.id)
    assert link.expiry_minutes == 30
    assert timedelta(minutes=30) <= link.expires_at - before < timedelta(minutes=31)
    [created] = fake.links.values()
    assert created["expire_by"] == int(link.expires_at.timestamp())  # past Razorpay's 16-minute floor

    minutes = client.app[GATEWAY_CONFIG].expiry_minutes  # type: ignore[index]  # what the payments job uses
    assert minutes == 30
    assert await expire_due_orders(db, now=utcnow() + timedelta(minutes=16), expiry_minutes=minutes) == []
    assert (await fetch(db, Order, order.id)).status == "pending"  # the default 15 would have expired it
    assert await expire_due_orders(db, now=utcnow() + timedelta(minutes=31), expiry_minutes=minutes) == [order.id]
    assert (await fetch(db, Order, order.id)).status == "cancelled"


async def test_unpaid_orders_expire_even_after_the_razorpay_keys_are_removed(aiohttp_client: Any,
                                                                            tmp_path: Path) -> None:
    """The keys were set when the UPI order was placed, then removed: the payments job still
    cancels the unpaid order after PAYMENT_EXPIRY_MINUTES and gives its stock back."""
    settings = Settings.from_env({"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'nokeys.db'}",
                                  "PAYMENT_EXPIRY_MINUTES": "20"})
    client: TestClient = await aiohttp_client(create_app(settings))
    assert GATEWAY_CONFIG not in client.app  # online payment is off
    db = client.app[DATABASE]  # type: ignore[index]
    shop = await make_shop(db)
    stock_before = (await fetch(db, InventoryItem, shop.items["atta"])).current_stock
    async with UnitOfWork(db) as uow:
        await add_to_cart(uow, shop.customer_id, shop.store_id, shop.items["atta"], 2)
        order = await place_order(uow, customer_id=shop.customer_id, store_id=shop.store_id, payment_method="upi",
                                  delivery_address="12 Gulmohar Society", channel="whatsapp")
        await uow.commit()
    assert (await fetch(db, InventoryItem, shop.items["atta"])).current_stock == stock_before - 2

    async def placed_minutes_ago(minutes: int) -> None:
        async with UnitOfWork(db) as uow:
            await uow.session.execute(update(Order).where(Order.id == order.id)
                                      .values(created_at=utcnow() - timedelta(minutes=minutes)))
            await uow.commit()

    await placed_minutes_ago(19)
    await payments_tick(client.app)
    assert (await fetch(db, Order, order.id)).status == "pending"  # inside the 20 minutes
    await placed_minutes_ago(21)
    await payments_tick(client.app)
    assert (await fetch(db, Order, order.id)).status == "cancelled"
    assert (await fetch(db, InventoryItem, shop.items["atta"])).current_stock == stock_before
