"""Orders for the e2e API tests: placed through the real checkout in store A and store B."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest

from commerce.carts import add_to_cart
from commerce.checkout import place_order
from commerce.customers import get_or_create_customer
from commerce.payment_notices import PaidNotice, PaymentLookup
from commerce.payments import NewLink, apply_paid, claim_link_attempt, record_payment_link
from commerce.tables import Order, Payment, utcnow
from commerce.unit_of_work import UnitOfWork
from tests.e2e.api.conftest import Api, fresh_postgres_database, start_api


async def place(api: Api, store: str, item: str, quantity: int, *, customer: str | None = None,
                method: str = "cod") -> Order:
    async with UnitOfWork(api.db) as uow:
        await add_to_cart(uow, customer or api.ids["customer"], api.ids[store], api.ids[item], quantity)
        order = await place_order(uow, customer_id=customer or api.ids["customer"], store_id=api.ids[store],
                                  payment_method=method, delivery_address="12 Gulmohar Road, Andheri",
                                  channel="whatsapp", enforce_hours=False)
        await uow.commit()
    return order


async def customer(api: Api, sender: str, name: str) -> str:
    async with UnitOfWork(api.db) as uow:
        found = await get_or_create_customer(uow, "whatsapp", sender, name=name)
        await uow.commit()
    return found.id


@pytest.fixture(params=["sqlite", "postgresql"])
async def both_api(request: pytest.FixtureRequest, aiohttp_client: Any, tmp_path: Any) -> AsyncIterator[Api]:
    """The API on SQLite, then on a PostgreSQL database of its own (skipped without a server)."""
    if request.param == "sqlite":
        yield await start_api(aiohttp_client, f"sqlite+aiosqlite:///{tmp_path / 'orders.db'}")
        return
    async with fresh_postgres_database() as url:
        api = await start_api(aiohttp_client, url)
        yield api
        await api.client.close()


async def recorded_link(uow: UnitOfWork, order: Order) -> Payment:
    """A payment link for an online order, claimed and recorded as payments/start.py does."""
    attempt = await claim_link_attempt(uow, order.id)
    payment = await record_payment_link(uow, attempt, NewLink(
        link_id=f"plink_{order.id[-10:]}", short_url="https://rzp.io/i/test", expiry_minutes=15,
        expires_at=utcnow() + timedelta(minutes=15)))
    assert payment is not None
    return payment


async def flagged_order(api: Api, store: str = "store_a", item: str = "item_a", *,
                        provider_payment_id: str = "pay_FLAG0001") -> Order:
    """An online order whose payment came in with the wrong amount: flagged for review."""
    order = await place(api, store, item, 1, method="upi")
    async with UnitOfWork(api.db) as uow:
        payment = await recorded_link(uow, order)
        outcome = await apply_paid(uow, PaidNotice(
            event_id=f"evt_{order.id[-10:]}", event_type="payment_link.paid", provider_payment_id=provider_payment_id,
            amount_paise=payment.amount_paise + 100, method="upi",
            lookup=PaymentLookup(provider_payment_id=provider_payment_id, link_id=payment.link_id,
                                 order_id=order.id)))
        assert outcome == "flagged"
        await uow.commit()
    return order
