"""The whole product through its front doors: signed WhatsApp and Telegram webhooks, the real
conversation (not the echo fixture) over the seeded demo shop, the outbox sender to the fake
Graph / Bot APIs, the owner's alert and Accept button, and the owner's live feed."""

from __future__ import annotations

import json
import time
from typing import Any

from sqlalchemy import select

from commerce.demo import DEMO_OWNER_PHONE, DEMO_STORE_CODE
from commerce.tables import InboxMessage, Order, OutboxMessage, Store
from commerce.unit_of_work import UnitOfWork
from locales import translator
from tests.e2e.channels.conftest import (JWT_SECRET, Rig, RigFactory, eventually, telegram_text,
                                         whatsapp_text)
from webhooks.keys import DATABASE
from webhooks.tokens import Claims, issue_token

OWNER = DEMO_OWNER_PHONE.lstrip("+")
CUSTOMER = "919812345678"
TG_CUSTOMER = 5550001
ADDRESS = "Flat 7, Shanti Niwas, SV Road, Andheri W"
EN = translator("en")


class Conversation:
    """Posts webhooks one at a time and waits until each is handled and its replies are sent."""

    def __init__(self, rig: Rig) -> None:
        self.rig = rig
        self.n = 0

    def _wamid(self) -> str:
        self.n += 1
        return f"wamid.REAL{self.n:04d}"

    async def whatsapp(self, text: str = "", *, button: str = "", sender: str = CUSTOMER) -> None:
        wamid = self._wamid()
        if button:
            body = json.loads(whatsapp_text("", wamid=wamid, sender=sender))
            message = body["entry"][0]["changes"][0]["value"]["messages"][0]
            del message["text"]
            message["type"] = "interactive"
            message["interactive"] = {"type": "button_reply", "button_reply": {"id": button, "title": "x"}}
            raw = json.dumps(body).encode()
        else:
            raw = whatsapp_text(text, wamid=wamid, sender=sender)
        assert (await self.rig.post_whatsapp(raw)).status == 200
        await self.settled(wamid)

    async def telegram(self, text: str = "", *, button: str = "") -> None:
        self.n += 1
        update_id = 7000 + self.n
        if button:
            update: dict[str, Any] = {"update_id": update_id, "callback_query": {
                "id": f"cbq-{update_id}", "chat_instance": "42", "data": button,
                "from": {"id": TG_CUSTOMER, "is_bot": False, "first_name": "Ravi"},
                "message": {"message_id": 1, "date": int(time.time()), "text": "…",
                            "chat": {"id": TG_CUSTOMER, "type": "private"}}}}
        else:
            update = telegram_text(text, update_id=update_id, user_id=TG_CUSTOMER)
        assert (await self.rig.post_telegram(update)).status == 200
        await self.settled(str(update_id))

    async def settled(self, message_id: str) -> None:
        async def done() -> bool:
            async with UnitOfWork(self.rig.app[DATABASE], write=False) as uow:
                inbox = (await uow.session.scalars(
                    select(InboxMessage.status).where(InboxMessage.message_id == message_id))).all()
                unsent = (await uow.session.scalars(select(OutboxMessage.id).where(
                    OutboxMessage.kind.in_(("reply", "alert")), OutboxMessage.status != "sent"))).all()
            return inbox == ["done"] and not unsent

        await eventually(done)


def _last_to(rig: Rig, wa_id: str) -> dict[str, Any]:
    return [s.body for s in rig.graph.sent if s.body.get("to") == wa_id][-1]


def _text(body: dict[str, Any]) -> str:
    from bot.fakes.graph_api import text_of

    return text_of(body)


def _button_ids(body: dict[str, Any]) -> list[str]:
    interactive = body.get("interactive") or {}
    if interactive.get("type") == "button":
        return [b["reply"]["id"] for b in interactive["action"]["buttons"]]
    return []


def _tg_messages(rig: Rig) -> list[dict[str, Any]]:
    return [c.params for c in rig.bot_api.calls_of("sendMessage") if c.params["chat_id"] == str(TG_CUSTOMER)]


def _tg_markup(params: dict[str, Any]) -> str:
    markup = params.get("reply_markup") or ""
    return markup if isinstance(markup, str) else json.dumps(markup)


async def _store(rig: Rig) -> Store:
    async with UnitOfWork(rig.app[DATABASE], write=False) as uow:
        store = (await uow.session.scalars(select(Store).where(Store.code == DEMO_STORE_CODE))).one()
    return store


async def _only_order(rig: Rig) -> Order:
    async with UnitOfWork(rig.app[DATABASE], write=False) as uow:
        (order,) = (await uow.session.scalars(select(Order))).all()
    return order


async def _owner_accepts(rig: Rig, chat: Conversation, store: Store) -> Order:
    order = await _only_order(rig)
    assert order.status == "confirmed" and order.payment_method == "cod"
    alert = _last_to(rig, OWNER)
    assert order.order_number in _text(alert)
    assert _button_ids(alert) == [f"acc:{order.id}", f"rej:{order.id}"]
    await chat.whatsapp(button=f"acc:{order.id}", sender=OWNER)
    assert order.order_number in _text(_last_to(rig, OWNER))  # the owner is told it is accepted
    accepted = await _only_order(rig)
    assert accepted.status == "processing"
    return accepted


async def test_whatsapp_customer_orders_owner_accepts(make_rig: RigFactory) -> None:
    rig = await make_rig(handler=None, demo=True)
    store = await _store(rig)
    chat = Conversation(rig)
    feed = await rig.client.ws_connect("/ws/feed?token=" + issue_token(
        JWT_SECRET, Claims(subject=DEMO_OWNER_PHONE, role="store_owner", store_id=store.id)))
    await feed.send_json({"action": "subscribe", "store_id": store.id})
    assert await feed.receive_json(timeout=5) == {"type": "subscribed", "store_id": store.id}

    await chat.whatsapp("hi", sender=OWNER)  # the owner has written today: alerts go as they are
    assert store.name in _text(_last_to(rig, OWNER))

    await chat.whatsapp("5 tata salt")
    if (_last_to(rig, CUSTOMER).get("interactive") or {}).get("type") == "list":
        await chat.whatsapp("1")  # which Tata Salt: the first
    cart = _last_to(rig, CUSTOMER)
    assert "Tata Salt" in _text(cart) and "checkout" in _button_ids(cart), _text(cart)
    await chat.whatsapp(button="checkout")
    assert _text(_last_to(rig, CUSTOMER)) == EN.t("checkout.ask_address")
    await chat.whatsapp(ADDRESS)
    assert _button_ids(_last_to(rig, CUSTOMER)) == ["pay:online", "pay:cod"]
    await chat.whatsapp(button="pay:cod")
    order = await _only_order(rig)
    placed = _text(_last_to(rig, CUSTOMER))
    assert order.order_number in placed and order.delivery_address == ADDRESS

    event = await feed.receive_json(timeout=10)
    assert event["type"] == "new_order" and event["store_id"] == store.id
    assert event["data"]["order_number"] == order.order_number

    await _owner_accepts(rig, chat, store)
    told = EN.t("order.update.processing", store=store.name, order_number=order.order_number)
    await eventually(lambda: _has_text(rig, CUSTOMER, told))
    update = await feed.receive_json(timeout=10)
    assert update["type"] == "order_updated" and update["data"]["order_number"] == order.order_number
    await feed.close()


async def test_telegram_customer_orders_owner_accepts_on_whatsapp(make_rig: RigFactory) -> None:
    rig = await make_rig(handler=None, demo=True)
    store = await _store(rig)
    chat = Conversation(rig)
    await chat.whatsapp("hi", sender=OWNER)

    await chat.telegram(f"/start {DEMO_STORE_CODE}")
    assert _tg_messages(rig)[-1]["text"] == EN.t("store.chosen", store=store.name)
    await chat.telegram("5 tata salt")
    if '"pick:' in _tg_markup(_tg_messages(rig)[-1]):
        await chat.telegram("1")
    cart = _tg_messages(rig)[-1]
    assert "Tata Salt" in cart["text"] and '"checkout"' in _tg_markup(cart), cart
    await chat.telegram(button="checkout")
    assert _tg_messages(rig)[-1]["text"] == EN.t("checkout.ask_address")
    await chat.telegram(ADDRESS)
    assert '"pay:cod"' in _tg_markup(_tg_messages(rig)[-1])
    await chat.telegram(button="pay:cod")
    order = await _only_order(rig)
    assert order.order_number in _tg_messages(rig)[-1]["text"] and order.channel == "telegram"

    await _owner_accepts(rig, chat, store)
    told = EN.t("order.update.processing", store=store.name, order_number=order.order_number)

    async def customer_told() -> bool:
        return any(m["text"] == told for m in _tg_messages(rig))

    await eventually(customer_told)
    assert not any(s.body.get("to") == str(TG_CUSTOMER) for s in rig.graph.sent)  # nothing for them on WhatsApp


async def _has_text(rig: Rig, wa_id: str, text: str) -> bool:
    return text in rig.graph.texts_to(wa_id)


async def test_web_chat_customer_orders_owner_accepts_and_the_page_hears_it(make_rig: RigFactory) -> None:
    """The web chat answers in its HTTP response; what happens later (the owner accepting) comes
    to the browser through /api/v1/chat/web/updates, and only to that browser's user id."""
    rig = await make_rig(handler=None, demo=True)
    store = await _store(rig)
    chat = Conversation(rig)
    feed = await rig.client.ws_connect("/ws/feed?token=" + issue_token(
        JWT_SECRET, Claims(subject=DEMO_OWNER_PHONE, role="store_owner", store_id=store.id)))
    await feed.send_json({"action": "subscribe", "store_id": store.id})
    assert (await feed.receive_json(timeout=5))["type"] == "subscribed"
    await chat.whatsapp("hi", sender=OWNER)

    async def say(**body: str) -> dict[str, Any]:
        response = await rig.client.post("/api/v1/chat/web", json={"user_id": "ravi-browser", **body})
        assert response.status == 200, await response.text()
        replies = (await response.json())["replies"]
        assert replies
        return dict(replies[-1])

    start = await (await rig.client.get("/api/v1/chat/web/updates", params={"user_id": "ravi-browser"})).json()
    await say(text="hello")  # English from here on (namaste would answer in Hinglish)
    cart = await say(text="5 tata salt")
    if "Tata Salt Lite" in cart["text"]:
        line = next(l for l in cart["text"].splitlines() if l[:1].isdigit() and "Tata Salt 1 kg" in l)
        cart = await say(text=line.split(".")[0])
    assert "Tata Salt 1 kg × 5" in cart["text"] and "checkout" in [b["id"] for b in cart["buttons"]], cart
    assert (await say(button="checkout"))["text"] == EN.t("checkout.ask_address")
    pay = await say(text=ADDRESS)
    assert [b["id"] for b in pay["buttons"]] == ["pay:online", "pay:cod"]
    placed = await say(button="pay:cod")
    order = await _only_order(rig)
    assert order.order_number in placed["text"] and order.channel == "web"

    event = await feed.receive_json(timeout=10)
    assert event["type"] == "new_order" and event["data"]["order_number"] == order.order_number

    async def alerts_sent() -> bool:
        return all(r.status == "sent" for r in await rig.outbox() if r.kind in ("reply", "alert"))

    await eventually(alerts_sent)  # the owner's alert went out on WhatsApp
    await _owner_accepts(rig, chat, store)
    assert (await feed.receive_json(timeout=10))["type"] == "order_updated"

    told = EN.t("order.update.processing", store=store.name, order_number=order.order_number)
    heard: list[str] = []

    async def page_told() -> bool:
        response = await rig.client.get("/api/v1/chat/web/updates", params={
            "user_id": "ravi-browser", "after": str(start["after"])})
        assert response.status == 200, await response.text()
        heard[:] = [r["text"] for r in (await response.json())["replies"]]
        return told in heard

    await eventually(page_told)
    assert heard.count(told) == 1, heard
    stranger = await (await rig.client.get("/api/v1/chat/web/updates", params={
        "user_id": "someone-else", "after": str(start["after"])})).json()
    assert stranger["replies"] == []
    assert not any(s.body.get("to") == "ravi-browser" for s in rig.graph.sent)  # nothing for the browser elsewhere
    await feed.close()
