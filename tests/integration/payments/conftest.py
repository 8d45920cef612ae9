"""Helpers for payment service tests: a shop (tests.integration.commerce), an online order
with a recorded link, and notices as the provider side would build them."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

import pytest

from bot.alerts import on_event
from commerce.database import Database
from commerce.payment_notices import FailedNotice, PaidNotice, PaymentLookup, RefundNotice
from commerce.payments import NewLink, claim_link_attempt, record_payment_link
from commerce.tables import ChatSession, Order, Payment, utcnow
from commerce.unit_of_work import UnitOfWork
from tests.integration.commerce._support import order
from tests.integration.commerce.conftest import Shop, make_shop


@pytest.fixture
async def shop(db: Database) -> Shop:
    return await make_shop(db)


CUSTOMER_WA = "919812345678"  # the shop's customer's WhatsApp chat (tests.integration.commerce make_shop)


@pytest.fixture
def alerts(db: Database) -> None:
    """The bot's alerts on, as the app registers them: events become chat messages."""
    db.event_handlers.append(on_event)


async def customer_speaks(shop: Shop, locale: str) -> None:
    """The customer has chatted with us on WhatsApp in `locale` (their chat session remembers it)."""
    async with UnitOfWork(shop.db) as uow:
        uow.session.add(ChatSession(channel="whatsapp", sender_id=CUSTOMER_WA, role="customer",
                                    customer_id=shop.customer_id, store_id=shop.store_id, locale=locale, data={}))
        await uow.commit()


def texts_to(rows: list[object], chat_id: str = CUSTOMER_WA) -> list[str]:
    """The texts of outbox alert rows addressed to one chat."""
    return [r.payload["text"] for r in rows if r.payload["chat_id"] == chat_id]  # type: ignore[attr-defined]


def rid(prefix: str) -> str:
    return prefix + secrets.token_hex(7)


async def online_order(shop: Shop, lines: list[tuple[str, int]], *, method: str = "upi",
                       minutes: int = 15, now: datetime | None = None) -> tuple[Order, Payment]:
    """Check out with UPI/card and record a payment link for it, as start_payment does."""
    placed = await order(shop.db, shop.customer_id, shop.store_id,
                         [(shop.items[name], q) for name, q in lines], payment_method=method)
    async with UnitOfWork(shop.db) as uow:
        attempt = await claim_link_attempt(uow, placed.id)
        payment = await record_payment_link(uow, attempt, NewLink(
            link_id=rid("plink_"), short_url="https://rzp.io/i/test", expiry_minutes=minutes,
            expires_at=(now or utcnow()) + timedelta(minutes=minutes)))
        assert payment is not None
        await uow.commit()
    return placed, payment


def paid(payment: Payment, *, event_id: str | None = None, provider_payment_id: str = "pay_TEST0001",
         amount: int | None = None, method: str = "upi", event_type: str = "payment_link.paid") -> PaidNotice:
    link = payment.link_id if event_type == "payment_link.paid" else None
    return PaidNotice(event_id=event_id or rid("evt_"), event_type=event_type,
                      provider_payment_id=provider_payment_id,
                      amount_paise=payment.amount_paise if amount is None else amount, method=method,
                      lookup=PaymentLookup(provider_payment_id=provider_payment_id, link_id=link,
                                           order_id=payment.order_id))


def failed(payment: Payment, *, provider_payment_id: str = "pay_FAIL0001") -> FailedNotice:
    return FailedNotice(event_id=rid("evt_"), event_type="payment.failed", provider_payment_id=provider_payment_id,
                        amount_paise=payment.amount_paise, reason="UPI PIN incorrect",
                        lookup=PaymentLookup(provider_payment_id=provider_payment_id, order_id=payment.order_id))


def refunded(provider_payment_id: str, amount: int, *, event_id: str | None = None) -> RefundNotice:
    return RefundNotice(event_id=event_id or rid("evt_"), event_type="refund.processed", refund_id=rid("rfnd_"),
                        provider_payment_id=provider_payment_id, amount_paise=amount)
