"""Razorpay is never called inside a transaction: a customer choosing UPI has the order placed
and committed first, and the link asked for afterwards (bot/payment_link.py).

- Razorpay stuck on the link: webhooks are still recorded and acknowledged at once, and other
  writers go on (on SQLite the conversation's transaction used to hold the one write lock for
  as long as Razorpay took); the web chat still answers with the link once Razorpay does.
- Razorpay down: the order goes ahead as cash on delivery, the customer is told.
- The process dies between the commit and the link: the payments job makes the link and the
  customer gets it in their language."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from sqlalchemy import select, update

from bot.handling import after_commit_of
from bot.messages import InboundMessage
from commerce.tables import InboxMessage, Order, OutboxMessage, Payment, utcnow
from commerce.unit_of_work import UnitOfWork
from locales import format_money, translator
from payments.fake_razorpay import FakeRazorpay
from payments.jobs import recover_missing_links
from payments.keys import GATEWAY
from tests.e2e.channels.conftest import Rig, RigFactory, make_rig, whatsapp_text  # noqa: F401 — fixture
from tests.e2e.payments.conftest import KEY_ID, KEY_SECRET, WEBHOOK_SECRET
from webhooks.channels import CONVERSATION
from webhooks.keys import DATABASE

EN = translator("en")
LINK = re.compile(r"https?://\S+/pay/(plink_\w+)")
ADDRESS = "Flat 7, Shanti Niwas, SV Road, Andheri W"


@dataclass
class SlowRazorpay(FakeRazorpay):
    """The fake Razorpay, whose link creation can be held (stuck) or refused (down)."""

    hold: asyncio.Event | None = None  # set: creation waits until it is set
    entered: asyncio.Event = field(default_factory=asyncio.Event)
    down: bool = False
    calls: int = 0

    async def _create_link(self, request: web.Request) -> web.Response:
        self.calls += 1
        self.entered.set()
        if self.hold is not None:
            await self.hold.wait()
        if self.down:
            return web.json_response({"error": {"code": "SERVER_ERROR", "description": "down"}}, status=500)
        return await super()._create_link(request)


@dataclass
class Shop:
    rig: Rig
    fake: SlowRazorpay
    fake_server: TestServer

    @property
    def db(self) -> Any:
        return self.rig.app[DATABASE]

    async def say(self, user: str = "ravi", **body: str) -> list[dict[str, Any]]:
        async with self.rig.client.post("/api/v1/chat/web", json={"user_id": user, **body}) as response:
            assert response.status == 200, await response.text()
            return list((await response.json())["replies"])

    async def up_to_payment(self, user: str = "ravi") -> None:
        """A web chat customer with 5 Tata Salt in the cart and an address: asked how to pay."""
        await self.say(user, text="hello")
        replies = await self.say(user, text="5 tata salt")
        if "Tata Salt Lite" in str(replies[-1]["text"]):
            line = next(l for l in str(replies[-1]["text"]).splitlines() if l[:1].isdigit() and "Tata Salt 1 kg" in l)
            replies = await self.say(user, text=line.split(".")[0])
        assert "Tata Salt 1 kg × 5" in str(replies[-1]["text"]), replies
        await self.say(user, button="checkout")
        asked = await self.say(user, text=ADDRESS)
        assert [b["id"] for b in asked[-1]["buttons"]] == ["pay:online", "pay:cod"]

    async def order(self) -> Order:
        async with UnitOfWork(self.db, write=False) as uow:
            (found,) = (await uow.session.scalars(select(Order))).all()
        return found

    async def payments(self) -> list[Payment]:
        async with UnitOfWork(self.db, write=False) as uow:
            return list((await uow.session.scalars(select(Payment).order_by(Payment.created_at))).all())


@pytest.fixture
async def shop(make_rig: RigFactory, aiohttp_server: Any) -> Shop:
    fake = SlowRazorpay(key_id=KEY_ID, key_secret=KEY_SECRET, webhook_secret=WEBHOOK_SECRET)
    fake_server: TestServer = await aiohttp_server(fake.app())
    rig = await make_rig(handler=None, demo=True, razorpay_key_id=KEY_ID, razorpay_key_secret=KEY_SECRET,
                         razorpay_webhook_secret=WEBHOOK_SECRET, payment_expiry_minutes=15,
                         razorpay_api_url=str(fake_server.make_url("")).rstrip("/"))
    fake.webhook_url = str(rig.client.make_url("/webhooks/razorpay"))
    return Shop(rig=rig, fake=fake, fake_server=fake_server)


def placed_text(order: Order, url: str, locale: str = "en") -> str:
    tr = translator(locale)
    fee = tr.t("order.delivery_fee", fee=format_money(order.delivery_fee_paise, locale)) \
        if order.delivery_fee_paise else tr.t("order.delivery_free")
    return tr.t("order.placed.online", order_number=order.order_number, total=format_money(order.total_paise, locale),
                minutes=15, url=url) + "\n" + fee


async def test_a_stuck_razorpay_holds_up_no_webhook_ack_and_no_writer(shop: Shop) -> None:
    await shop.up_to_payment()
    shop.fake.hold = asyncio.Event()
    paying = asyncio.create_task(shop.say(button="pay:online"))
    await asyncio.wait_for(shop.fake.entered.wait(), 10)  # Razorpay has the request and sits on it

    # meanwhile a WhatsApp message comes in: recorded and acknowledged at once …
    started = asyncio.get_running_loop().time()
    response = await asyncio.wait_for(shop.rig.post_whatsapp(whatsapp_text("namaste", wamid="wamid.STUCK1",
                                                                             sender="919800000001")), 2)
    assert response.status == 200
    assert asyncio.get_running_loop().time() - started < 1.0
    assert any(row.message_id == "wamid.STUCK1" for row in await shop.rig.inbox())
    # … and any other writer gets the database (SQLite: the write lock) without waiting on Razorpay
    async def write() -> None:
        async with UnitOfWork(shop.db, urgent=True) as uow:
            uow.add_outbox("test", {"n": 1})
            await uow.commit()

    await asyncio.wait_for(write(), 1.0)
    # the order is already placed and committed: stock reserved, payment pending, a link wanted
    order = await shop.order()
    assert (order.status, order.payment_status, order.payment_method) == ("pending", "pending", "upi")
    assert [p.status for p in await shop.payments()] == ["requested"]
    assert not paying.done()

    shop.fake.hold.set()  # Razorpay answers: the web chat answers with the link
    replies = await asyncio.wait_for(paying, 20)
    found = LINK.search(str(replies[-1]["text"]))
    assert found is not None, replies
    assert replies[-1]["text"] == placed_text(order, found.group(0))
    assert list(shop.fake.links) == [found.group(1)]
    [payment] = await shop.payments()
    assert (payment.status, payment.link_status, payment.link_id) == ("created", "active", found.group(1))


async def test_razorpay_down_the_order_goes_ahead_as_cash_on_delivery(shop: Shop) -> None:
    await shop.up_to_payment()
    shop.fake.down = True
    replies = await shop.say(button="pay:online")
    order = await shop.order()
    assert [r["text"] for r in replies] == [EN.t("payment.switched_cod", order_number=order.order_number,
                                                 total=format_money(order.total_paise, "en"))]
    assert (order.status, order.payment_method, order.payment_status) == ("confirmed", "cod", "pending")
    assert [p.status for p in await shop.payments()] == ["not_created"]
    assert shop.fake.links == {} and shop.fake.calls >= 1


async def test_a_link_lost_with_its_process_is_made_by_the_payments_job(shop: Shop) -> None:
    await shop.up_to_payment()
    # "pay:online" handled and committed, then the process dies before asking Razorpay: the
    # after-commit step never runs
    message = InboundMessage(channel="web", message_id="lost-1", sender_id="ravi", chat_id="ravi", kind="button",
                             button_id="pay:online", received_at=datetime.now(UTC))
    async with UnitOfWork(shop.db) as uow:
        replies = await shop.rig.app[CONVERSATION](uow, message)
        await uow.commit()
    assert after_commit_of(replies) and not replies  # the answer was to come from the step
    order = await shop.order()
    assert (order.status, order.payment_status) == ("pending", "pending")
    assert shop.fake.calls == 0

    gateway = shop.rig.app[GATEWAY]
    assert await recover_missing_links(shop.db, gateway, now=utcnow(), expiry_minutes=15) == []  # maybe in flight
    too_late = utcnow() + timedelta(minutes=16)  # past the expiry: left to the expiry job, which tells them
    assert await recover_missing_links(shop.db, gateway, now=too_late, expiry_minutes=15) == []
    async with UnitOfWork(shop.db) as uow:  # three minutes later, the attempt is still `requested`
        await uow.session.execute(update(Payment).values(created_at=utcnow() - timedelta(minutes=3)))
        await uow.commit()
    assert await recover_missing_links(shop.db, gateway, now=utcnow(), expiry_minutes=15) == [order.id]
    assert await recover_missing_links(shop.db, gateway, now=utcnow(), expiry_minutes=15) == []  # once
    [link_id] = list(shop.fake.links)
    assert shop.fake.links[link_id]["reference_id"] == f"{order.id}.2"  # never the lost attempt's reference
    assert [(p.status, p.link_id) for p in await shop.payments()] == [("superseded", None), ("created", link_id)]

    # the customer hears "placed, pay here", as the chat would have said it
    async with shop.rig.client.get("/api/v1/chat/web/updates", params={"user_id": "ravi", "after": "0"}) as r:
        news = [str(x["text"]) for x in (await r.json())["replies"]]
    url = shop.fake.links[link_id]["short_url"]
    assert news == [placed_text(order, url)], news
    async with UnitOfWork(shop.db, write=False) as uow:
        rows = (await uow.session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "PaymentLinkCreated"))).all()
    assert [row.payload["announce"] for row in rows] == [True]


async def test_a_web_chat_order_is_answered_with_its_link_in_the_same_reply(shop: Shop) -> None:
    await shop.up_to_payment()
    replies = await shop.say(button="pay:online")
    order = await shop.order()
    found = LINK.search(str(replies[-1]["text"]))
    assert found is not None and replies[-1]["text"] == placed_text(order, found.group(0))
    # the payment fails; a new link: "here is a new link", in the same answer, the first retired
    async with shop.rig.client.session.post(shop.fake_server.make_url(f"/_test/pay/{found.group(1)}"),
                                            json={"fail": True}) as paid:
        assert paid.status == 200
    replies = await shop.say(button=f"paylink:{order.id}")
    again = LINK.search(str(replies[-1]["text"]))
    assert again is not None and again.group(1) != found.group(1)
    assert replies[-1]["text"] == EN.t("payment.link", total=format_money(order.total_paise, "en"),
                                       order_number=order.order_number, minutes=15, url=again.group(0))
    assert [(p.status, p.link_status) for p in await shop.payments()] == [("superseded", "cancel_requested"),
                                                                         ("created", "active")]
    async with UnitOfWork(shop.db, write=False) as uow:
        inbox = (await uow.session.scalars(select(InboxMessage.status))).all()
    assert set(inbox) == {"done"}
