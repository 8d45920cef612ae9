"""A Hindi-speaking WhatsApp customer pays by UPI link, through the real conversation, the real
Razorpay SDK pointed at the fake Razorpay server (payments/fake_razorpay.py, on its own port,
posting signed webhooks back), and the real outbox sender to the fake Graph API
(bot/fakes/graph_api.py):

- the payment fails → the customer is offered a new link or cash on delivery, in Hindi;
- "new link" → a second, different link; paying it confirms the order once, and the customer
  hears "received" in Hindi;
- "cash on delivery" → the order is confirmed as COD, no new link, the stock reserved once;
- an unpaid order expires → the customer is told in Hindi, the stock comes back once, the link
  is cancelled on the fake."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest
from aiohttp.test_utils import TestServer
from sqlalchemy import select

from bot.fakes.graph_api import text_of
from commerce.demo import DEMO_OWNER_PHONE, DEMO_STORE_CODE
from commerce.tables import (InboxMessage, InventoryItem, Order, OrderEvent, OrderLine, OutboxMessage, Payment,
                             StockMovement, Store, utcnow)
from commerce.unit_of_work import UnitOfWork
from locales import format_money, translator
from payments.fake_razorpay import FakeRazorpay
from payments.followups import FollowUps
from payments.jobs import expire_due_orders
from payments.keys import FOLLOWUPS
from tests.e2e.channels.conftest import Rig, RigFactory, eventually, make_rig, whatsapp_text  # noqa: F401 — fixture
from tests.e2e.payments.conftest import KEY_ID, KEY_SECRET, WEBHOOK_SECRET
from webhooks.keys import DATABASE

CUSTOMER = "919812345678"
OWNER = DEMO_OWNER_PHONE.lstrip("+")
HI = translator("hi")
ADDRESS = "फ्लैट 7, शांति निवास, एस वी रोड, अंधेरी वेस्ट"
LINK = re.compile(r"https?://\S+/pay/(plink_\w+)")


@dataclass
class Shop:
    """The demo shop on WhatsApp, its Razorpay a fake server of its own."""

    rig: Rig
    fake: FakeRazorpay
    fake_server: TestServer
    n: int = 0
    placed_stock: dict[str, int] = field(default_factory=dict)

    @property
    def db(self) -> Any:
        return self.rig.app[DATABASE]

    @property
    def followups(self) -> FollowUps:
        return self.rig.app[FOLLOWUPS]  # type: ignore[no-any-return]

    async def say(self, text: str = "", *, button: str = "", sender: str = CUSTOMER) -> None:
        """One WhatsApp message from the customer (or the owner): text or a reply button, waited
        for until handled and every reply and alert it caused has gone out to the fake Graph API."""
        self.n += 1
        wamid = f"wamid.PAYCHAT{self.n:04d}"
        body = json.loads(whatsapp_text(text or "x", wamid=wamid, sender=sender))
        if button:
            message = body["entry"][0]["changes"][0]["value"]["messages"][0]
            del message["text"]
            message["type"] = "interactive"
            message["interactive"] = {"type": "button_reply", "button_reply": {"id": button, "title": "x"}}
        assert (await self.rig.post_whatsapp(json.dumps(body).encode())).status == 200
        await eventually(lambda: self.handled(wamid))
        await self.all_sent()

    async def handled(self, wamid: str) -> bool:
        async with UnitOfWork(self.db, write=False) as uow:
            status = await uow.session.scalar(select(InboxMessage.status).where(InboxMessage.message_id == wamid))
        return status == "done"

    async def all_sent(self) -> None:
        async def nothing_waiting() -> bool:
            async with UnitOfWork(self.db, write=False) as uow:
                # a payment link is made after the turn's commit: wait for it too (and its reply)
                making = (await uow.session.scalars(select(Payment.id).where(Payment.status == "requested"))).all()
                waiting = (await uow.session.scalars(select(OutboxMessage.id).where(
                    OutboxMessage.kind.in_(("reply", "alert")), OutboxMessage.status != "sent"))).all()
            return not making and not waiting

        await eventually(nothing_waiting)

    def sent_to_customer(self) -> list[dict[str, Any]]:
        return [s.body for s in self.rig.graph.sent if s.body.get("to") == CUSTOMER]

    def last(self) -> dict[str, Any]:
        return self.sent_to_customer()[-1]

    def texts(self) -> list[str]:
        return [text_of(b) for b in self.sent_to_customer()]

    def times_told(self, text: str) -> int:
        """How often the customer got this text (alone, or merged with others into one send)."""
        return sum(sent.count(text) for sent in self.texts())

    async def pay_on_fake(self, link_id: str, **body: Any) -> dict[str, Any]:
        async with self.rig.client.session.post(self.fake_server.make_url(f"/_test/pay/{link_id}"), json=body) as r:
            assert r.status == 200, await r.text()
            result: dict[str, Any] = await r.json()
        assert all(d["status"] == 200 for d in result["deliveries"]), result
        return result

    async def stock(self) -> dict[str, int]:
        async with UnitOfWork(self.db, write=False) as uow:
            store = (await uow.session.scalars(select(Store).where(Store.code == DEMO_STORE_CODE))).one()
            found = await uow.session.execute(select(InventoryItem.id, InventoryItem.current_stock)
                                              .where(InventoryItem.store_id == store.id))
        return {item_id: int(level) for item_id, level in found.all()}

    async def order(self) -> Order:
        async with UnitOfWork(self.db, write=False) as uow:
            (found,) = (await uow.session.scalars(select(Order))).all()
            uow.session.expunge(found)
        return found

    async def lines(self, order_id: str) -> dict[str, int]:
        async with UnitOfWork(self.db, write=False) as uow:
            found = (await uow.session.scalars(select(OrderLine).where(OrderLine.order_id == order_id))).all()
        return {line.item_id: line.quantity for line in found}

    async def count(self, model: Any, *where: Any) -> int:
        async with UnitOfWork(self.db, write=False) as uow:
            return len((await uow.session.scalars(select(model).where(*where))).all())

    async def outbox_of(self, kind: str) -> list[OutboxMessage]:
        async with UnitOfWork(self.db, write=False) as uow:
            found = list((await uow.session.scalars(select(OutboxMessage).where(OutboxMessage.kind == kind)
                                                    .order_by(OutboxMessage.id))).all())
            uow.session.expunge_all()
        return found


@pytest.fixture
async def shop(make_rig: RigFactory, aiohttp_server: Any) -> Shop:
    fake = FakeRazorpay(key_id=KEY_ID, key_secret=KEY_SECRET, webhook_secret=WEBHOOK_SECRET)
    fake_server: TestServer = await aiohttp_server(fake.app())
    rig = await make_rig(handler=None, demo=True, razorpay_key_id=KEY_ID, razorpay_key_secret=KEY_SECRET,
                         razorpay_webhook_secret=WEBHOOK_SECRET, payment_expiry_minutes=15,
                         razorpay_api_url=str(fake_server.make_url("")).rstrip("/"))
    fake.webhook_url = str(rig.client.make_url("/webhooks/razorpay"))
    return Shop(rig=rig, fake=fake, fake_server=fake_server)


def _button(body: dict[str, Any]) -> list[tuple[str, str]]:
    interactive = body.get("interactive") or {}
    if interactive.get("type") != "button":
        return []
    return [(b["reply"]["id"], b["reply"]["title"]) for b in interactive["action"]["buttons"]]


async def _order_online_in_hindi(shop: Shop) -> tuple[Order, str]:
    """Chat in Hindi up to a placed UPI order; the first link's id. Checks every step is Hindi."""
    before = await shop.stock()
    await shop.say("नमस्ते")
    await shop.say("2 किलो आटा")
    await shop.say("5 टाटा नमक")
    if (shop.last().get("interactive") or {}).get("type") == "list":
        await shop.say("1")  # which Tata Salt: the first
    assert "checkout" in [b for b, _ in _button(shop.last())], text_of(shop.last())
    await shop.say(button="checkout")
    assert text_of(shop.last()) == HI.t("checkout.ask_address")
    await shop.say(ADDRESS)
    assert text_of(shop.last()) == HI.t("checkout.ask_payment")
    assert _button(shop.last()) == [("pay:online", HI.t("button.pay_online")), ("pay:cod", HI.t("button.cod"))]
    await shop.say(button="pay:online")

    order = await shop.order()
    assert (order.status, order.payment_status, order.payment_method) == ("pending", "pending", "upi")
    placed = text_of(shop.last())
    found = LINK.search(placed)
    assert found is not None, placed
    fee = HI.t("order.delivery_fee", fee=format_money(order.delivery_fee_paise, "hi")) if order.delivery_fee_paise \
        else HI.t("order.delivery_free")
    assert placed == HI.t("order.placed.online", order_number=order.order_number,
                          total=format_money(order.total_paise, "hi"), minutes=15, url=found.group(0)) + "\n" + fee
    assert list(shop.fake.links) == [found.group(1)]

    lines = await shop.lines(order.id)
    assert len(lines) == 2
    reserved = await shop.stock()
    assert reserved == {item: level - lines.get(item, 0) for item, level in before.items()}
    shop.placed_stock = reserved
    return order, found.group(1)


async def _fail(shop: Shop, order: Order, link_id: str) -> None:
    result = await shop.pay_on_fake(link_id, fail=True)
    assert [d["event"] for d in result["deliveries"]] == ["payment.failed"]
    told = HI.t("payment.failed", order_number=order.order_number)

    async def offered() -> bool:
        return shop.times_told(told) > 0

    await eventually(offered)
    [offer] = [b for b in shop.sent_to_customer() if told in text_of(b)]
    assert _button(offer) == [(f"paylink:{order.id}", HI.t("button.new_link")),
                              (f"paycod:{order.id}", HI.t("button.cod"))]
    assert told != translator("en").t("payment.failed", order_number=order.order_number)
    failed = await shop.order()
    assert (failed.status, failed.payment_status) == ("pending", "failed")
    assert await shop.stock() == shop.placed_stock  # still reserved for the order


async def _reserved_once(shop: Shop, order: Order) -> None:
    assert await shop.stock() == shop.placed_stock
    lines = await shop.lines(order.id)
    assert await shop.count(StockMovement, StockMovement.order_id == order.id, StockMovement.delta < 0) == len(lines)
    assert await shop.count(StockMovement, StockMovement.order_id == order.id, StockMovement.delta > 0) == 0


async def _owner_alerted_once(shop: Shop, order: Order) -> None:
    alerts = [a for a in await shop.outbox_of("alert") if f"acc:{order.id}" in json.dumps(a.payload)]
    assert len(alerts) == 1, [a.payload for a in alerts]


async def test_failed_payment_then_a_new_link_paid_confirms_once(shop: Shop) -> None:
    order, first = await _order_online_in_hindi(shop)
    await _fail(shop, order, first)

    await shop.say(button=f"paylink:{order.id}")
    offered = text_of(shop.last())
    found = LINK.search(offered)
    assert found is not None, offered
    second = found.group(1)
    assert second != first and sorted(shop.fake.links) == sorted([first, second])
    assert offered == HI.t("payment.link", total=format_money(order.total_paise, "hi"),
                           order_number=order.order_number, minutes=15, url=found.group(0))
    assert shop.fake.links[second]["reference_id"] == f"{order.id}.2"
    assert shop.fake.links[second]["amount"] == order.total_paise
    await shop.followups.run_once()
    assert shop.fake.links[first]["status"] == "cancelled"  # the failed link cannot be paid any more
    await _reserved_once(shop, order)

    await shop.pay_on_fake(second, method="upi")
    received = HI.t("payment.received", amount=format_money(order.total_paise, "hi"), order_number=order.order_number)

    async def told() -> bool:
        return shop.times_told(received) > 0

    await eventually(told)
    await shop.all_sent()
    assert shop.times_told(received) == 1
    assert received != translator("en").t("payment.received", amount=format_money(order.total_paise, "en"),
                                          order_number=order.order_number)
    paid = await shop.order()
    assert (paid.status, paid.payment_status, paid.payment_method) == ("confirmed", "completed", "upi")
    assert await shop.count(OrderEvent, OrderEvent.order_id == order.id, OrderEvent.field == "status",
                            OrderEvent.to_value == "confirmed") == 1
    assert len(await shop.outbox_of("PaymentCaptured")) == 1
    assert await shop.count(Payment, Payment.order_id == order.id, Payment.status == "paid") == 1
    await _owner_alerted_once(shop, order)
    await _reserved_once(shop, order)

    # the old offer pressed again after paying: no third link, nothing changes
    await shop.say(button=f"paylink:{order.id}")
    assert LINK.search(text_of(shop.last())) is None and len(shop.fake.links) == 2
    assert (await shop.order()).status == "confirmed"
    assert len(await shop.outbox_of("PaymentCaptured")) == 1
    await _reserved_once(shop, order)


async def test_failed_payment_then_cash_on_delivery(shop: Shop) -> None:
    order, first = await _order_online_in_hindi(shop)
    await _fail(shop, order, first)
    seen = len(shop.texts())

    await shop.say(button=f"paycod:{order.id}")
    switched = HI.t("payment.switched_cod", order_number=order.order_number,
                    total=format_money(order.total_paise, "hi"))
    news = shop.texts()[seen:]
    assert sum(text.count(switched) for text in news) == 1, news
    assert not any(LINK.search(text) for text in news)
    # the shop has not accepted it yet: the customer is not told it has
    shop_name = "Sharma Kirana Store"
    premature = HI.t("order.update.confirmed", store=shop_name, order_number=order.order_number)
    assert shop.times_told(premature) == 0, news
    cod = await shop.order()
    assert (cod.status, cod.payment_method, cod.payment_status) == ("confirmed", "cod", "pending")
    assert list(shop.fake.links) == [first]  # no new link was made
    await shop.followups.run_once()
    assert shop.fake.links[first]["status"] == "cancelled"
    assert await shop.count(Payment, Payment.order_id == order.id) == 1
    await _owner_alerted_once(shop, order)
    await _reserved_once(shop, order)

    # pressed twice, or the new-link button afterwards: still one COD order, no link, stock once
    await shop.say(button=f"paycod:{order.id}")
    await shop.say(button=f"paylink:{order.id}")
    assert shop.times_told(switched) == 1
    assert list(shop.fake.links) == [first]
    again = await shop.order()
    assert (again.status, again.payment_method) == ("confirmed", "cod")
    await _owner_alerted_once(shop, order)
    await _reserved_once(shop, order)

    # the owner accepts on WhatsApp: now the customer hears the shop is packing, in Hindi
    await shop.say(button=f"acc:{order.id}", sender=OWNER)
    packing = HI.t("order.update.processing", store=shop_name, order_number=order.order_number)

    async def told_packing() -> bool:
        return shop.times_told(packing) > 0

    await eventually(told_packing)
    await shop.all_sent()
    assert shop.times_told(packing) == 1 and shop.times_told(premature) == 0
    accepted = await shop.order()
    assert (accepted.status, accepted.payment_method, accepted.payment_status) == ("processing", "cod", "pending")
    await _reserved_once(shop, order)


async def test_unpaid_order_expires_and_the_customer_is_told_in_hindi(shop: Shop) -> None:
    before = await shop.stock()
    order, link_id = await _order_online_in_hindi(shop)
    later = utcnow() + timedelta(minutes=16)
    assert await expire_due_orders(shop.db, now=later, expiry_minutes=15) == [order.id]
    assert await expire_due_orders(shop.db, now=later, expiry_minutes=15) == []  # once
    await shop.followups.run_once()
    assert shop.fake.links[link_id]["status"] == "cancelled"

    told = HI.t("payment.expired", order_number=order.order_number)

    async def customer_told() -> bool:
        return shop.times_told(told) > 0

    await eventually(customer_told)
    await shop.all_sent()
    assert shop.times_told(told) == 1
    assert told != translator("en").t("payment.expired", order_number=order.order_number)
    expired = await shop.order()
    assert (expired.status, expired.stock_released) == ("cancelled", True)
    assert await shop.stock() == before
    lines = await shop.lines(order.id)
    assert await shop.count(StockMovement, StockMovement.order_id == order.id, StockMovement.delta > 0) == len(lines)
