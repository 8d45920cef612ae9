"""The app over real HTTP, its Razorpay SDK pointed at a fake Razorpay on a free port, which
sends its signed webhooks back to the app."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from commerce.database import Database
from commerce.carts import add_to_cart
from commerce.checkout import place_order
from commerce.tables import Order
from commerce.unit_of_work import UnitOfWork
from payments.fake_razorpay import FakeRazorpay
from payments.followups import FollowUps
from payments.keys import FOLLOWUPS
from payments.start import PaymentLink, start_payment
from tests.integration.commerce.conftest import Shop, make_shop
from webhooks.app import create_app
from webhooks.keys import DATABASE
from webhooks.settings import Settings

KEY_ID, KEY_SECRET, WEBHOOK_SECRET = "rzp_test_e2e", "e2e_key_secret", "e2e_webhook_secret"


@dataclass
class Rig:
    client: TestClient
    fake: FakeRazorpay
    fake_server: TestServer
    shop: Shop

    @property
    def db(self) -> Database:
        return self.client.app[DATABASE]  # type: ignore[index]

    @property
    def followups(self) -> FollowUps:
        return self.client.app[FOLLOWUPS]  # type: ignore[index]

    async def checkout(self, lines: list[tuple[str, int]], method: str = "upi") -> tuple[Order, PaymentLink]:
        async with UnitOfWork(self.db) as uow:
            for name, quantity in lines:
                await add_to_cart(uow, self.shop.customer_id, self.shop.store_id, self.shop.items[name], quantity)
            order = await place_order(uow, customer_id=self.shop.customer_id, store_id=self.shop.store_id,
                                      payment_method=method, delivery_address="12 Gulmohar Society",
                                      channel="whatsapp")
            await uow.commit()
        link = await start_payment(self.client.app, self.db, order.id)
        return order, link

    async def pay(self, link_id: str, **body: Any) -> dict[str, Any]:
        async with self.client.session.post(self.fake_server.make_url(f"/_test/pay/{link_id}"), json=body) as r:
            assert r.status == 200, await r.text()
            result: dict[str, Any] = await r.json()
            return result


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not await check():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.05)


@pytest.fixture
async def rig(aiohttp_server: Any, aiohttp_client: Any, tmp_path: Path) -> Rig:
    fake = FakeRazorpay(key_id=KEY_ID, key_secret=KEY_SECRET, webhook_secret=WEBHOOK_SECRET)
    fake_server: TestServer = await aiohttp_server(fake.app())
    settings = Settings(database_url=f"sqlite+aiosqlite:///{tmp_path / 'app.db'}", razorpay_key_id=KEY_ID,
                        razorpay_key_secret=KEY_SECRET, razorpay_webhook_secret=WEBHOOK_SECRET,
                        razorpay_api_url=str(fake_server.make_url("")).rstrip("/"), payment_expiry_minutes=15)
    client: TestClient = await aiohttp_client(create_app(settings))
    fake.webhook_url = str(client.make_url("/webhooks/razorpay"))
    shop = await make_shop(client.app[DATABASE])  # type: ignore[index]
    return Rig(client=client, fake=fake, fake_server=fake_server, shop=shop)
