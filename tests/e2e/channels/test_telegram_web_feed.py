"""Telegram through the real python-telegram-bot client, the web chat route, and the owners'
live feed over a websocket."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from bot.messages import InboundMessage, OutgoingMessage
from commerce.events import OrderPlaced, OrderStatusChanged, StockLow
from commerce.unit_of_work import UnitOfWork
from tests.e2e.channels.conftest import JWT_SECRET, TG_TOKEN, RigFactory, eventually, telegram_text
from webhooks.keys import DATABASE
from webhooks.tokens import Claims, issue_token


def owner_token(store_id: str) -> str:
    return issue_token(JWT_SECRET, Claims(subject="+919876543210", role="store_owner", store_id=store_id))


async def test_telegram_text_to_reply_through_ptb(make_rig: RigFactory) -> None:
    rig = await make_rig()
    response = await rig.post_telegram(telegram_text("/start", update_id=1001))
    assert response.status == 200
    await eventually(lambda: _tg_sent(rig, 1))
    (call,) = rig.bot_api.calls_of("sendMessage")
    assert call.token == TG_TOKEN and call.params["chat_id"] == "5550001" and call.params["text"] == "/START"
    assert rig.calls[0].kind == "text" and rig.calls[0].text == "/start"


async def test_telegram_callback_query_is_answered(make_rig: RigFactory) -> None:
    rig = await make_rig()
    update = {"update_id": 1002, "callback_query": {
        "id": "cbq-1", "chat_instance": "42", "data": "menu",
        "from": {"id": 5550001, "is_bot": False, "first_name": "Ravi"},
        "message": {"message_id": 7, "date": int(time.time()), "text": "pick",
                    "chat": {"id": 5550001, "type": "private"}}}}
    assert (await rig.post_telegram(update)).status == 200
    await eventually(lambda: _tg_sent(rig, 1))
    await eventually(lambda: _answered(rig))
    (sent,) = rig.bot_api.calls_of("sendMessage")
    assert sent.params["text"] == "MENU" and "cart" in sent.params["reply_markup"]
    assert rig.calls[0].kind == "button" and rig.calls[0].button_id == "menu"


async def test_telegram_secret_and_bad_input(make_rig: RigFactory) -> None:
    rig = await make_rig()
    assert (await rig.post_telegram(telegram_text("x", update_id=1), secret=None)).status == 403
    assert (await rig.post_telegram(telegram_text("x", update_id=2), secret="wrong")).status == 403
    bad_json = await rig.client.post("/webhooks/telegram", data=b"{oops",
                                     headers={"X-Telegram-Bot-Api-Secret-Token": "tg-secret-token"})
    assert bad_json.status == 400
    poll = {"update_id": 3, "poll": {"id": "p"}}  # an update type we do not take
    assert (await rig.post_telegram(poll)).status == 200
    for _ in range(3):  # redelivered
        assert (await rig.post_telegram(telegram_text("hello", update_id=4))).status == 200
    await eventually(lambda: _tg_sent(rig, 1))
    await asyncio.sleep(0.2)
    assert [m.message_id for m in rig.calls] == ["4"]


async def test_channels_off_without_settings(make_rig: RigFactory) -> None:
    rig = await make_rig(whatsapp_token=None, telegram_token=None)
    assert (await rig.post_telegram(telegram_text("x", update_id=1))).status == 404
    assert (await rig.client.get("/healthz")).status == 200


async def test_web_chat_answers_synchronously(make_rig: RigFactory) -> None:
    rig = await make_rig()
    response = await rig.client.post("/api/v1/chat/web", json={"user_id": "browser-1", "text": "menu"})
    assert response.status == 200
    assert await response.json() == {"replies": [{"text": "MENU", "buttons": [{"id": "cart", "title": "Cart"}]}]}
    pressed = await rig.client.post("/api/v1/chat/web", json={"user_id": "browser-1", "button": "cart"})
    assert (await pressed.json())["replies"][0]["text"] == "CART"
    assert rig.calls[0].owner_token is False and rig.calls[1].kind == "button"
    again = {"user_id": "browser-1", "text": "once", "message_id": "m-1"}
    assert len((await (await rig.client.post("/api/v1/chat/web", json=again)).json())["replies"]) == 1
    assert (await (await rig.client.post("/api/v1/chat/web", json=again)).json())["replies"] == []
    assert await rig.outbox() == []  # answered in the HTTP response, not queued


async def test_web_chat_owner_token_and_bad_requests(make_rig: RigFactory) -> None:
    rig = await make_rig()
    headers = {"Authorization": f"Bearer {owner_token('STORE-A')}"}
    ok = await rig.client.post("/api/v1/chat/web", json={"user_id": "ramesh", "text": "atta 20"}, headers=headers)
    assert ok.status == 200
    owner_message = rig.calls[-1]
    assert owner_message.owner_token and owner_message.owner_store_id == "STORE-A"
    assert owner_message.sender_id != "ramesh"  # an owner's session is never the nickname's session
    forged = await rig.client.post("/api/v1/chat/web", json={"user_id": "ramesh", "text": "x"},
                                   headers={"Authorization": "Bearer not.a.token"})
    assert forged.status == 401
    customer = issue_token(JWT_SECRET, Claims(subject="c", role="customer"))
    assert (await rig.client.post("/api/v1/chat/web", json={"user_id": "u", "text": "x"},
                                  headers={"Authorization": f"Bearer {customer}"})).status == 403
    for body in ({"user_id": "u"}, {"text": "x"}, {"user_id": "u", "text": "x", "button": "y"}, [1, 2]):
        assert (await rig.client.post("/api/v1/chat/web", json=body)).status == 422
    assert (await rig.client.post("/api/v1/chat/web", data=b"{x",
                                  headers={"Content-Type": "application/json"})).status == 400
    assert (await rig.client.post("/api/v1/chat/web", data=b'{"user_id": "u", "text": "x"}')).status == 415
    assert (await rig.client.post("/api/v1/chat/web", data=b"x" * (3 * 1024 * 1024),
                                  headers={"Content-Type": "application/json"})).status == 413


async def test_web_chat_failure_is_parked_not_500(make_rig: RigFactory) -> None:
    async def broken(_uow: UnitOfWork, _message: InboundMessage) -> list[OutgoingMessage]:
        raise RuntimeError("boom")

    rig = await make_rig(handler=broken)
    response = await rig.client.post("/api/v1/chat/web", json={"user_id": "u", "text": "hi"})
    assert response.status == 503
    (row,) = await rig.inbox()
    assert row.status == "parked" and "boom" in (row.last_error or "")


async def test_live_feed_subscribe_ping_events_and_isolation(make_rig: RigFactory) -> None:
    rig = await make_rig()
    mine = await rig.client.ws_connect(f"/ws/feed?token={owner_token('STORE-A')}")
    other = await rig.client.ws_connect(f"/ws/feed?token={owner_token('STORE-B')}")
    await mine.send_json({"action": "ping"})
    assert await mine.receive_json() == {"type": "pong"}
    await mine.send_json({"action": "subscribe", "store_id": "STORE-A"})
    assert await mine.receive_json() == {"type": "subscribed", "store_id": "STORE-A"}
    await other.send_json({"action": "subscribe", "store_id": "STORE-A"})  # not their store
    refused = await other.receive_json()
    assert refused["type"] == "error"
    async with UnitOfWork(rig.app[DATABASE]) as uow:
        uow.emit(OrderPlaced(store_id="STORE-A", order_id="ORD-1", order_number="A1001", customer_id="CUST-1",
                             total_paise=10400, payment_method="cod", status="pending", payment_status="pending"))
        uow.emit(OrderStatusChanged(store_id="STORE-A", order_id="ORD-1", order_number="A1001",
                                    customer_id="CUST-1", from_status="pending", to_status="confirmed",
                                    actor="owner"))
        uow.emit(StockLow(store_id="STORE-A", item_id="ITEM-1", name="Atta", current_stock=2, min_stock=5))
        uow.emit(OrderPlaced(store_id="STORE-B", order_id="ORD-2", order_number="A1001", customer_id="CUST-2",
                             total_paise=500, payment_method="cod", status="pending", payment_status="pending"))
        await uow.commit()
    events = [await mine.receive_json(timeout=5) for _ in range(3)]
    assert [e["type"] for e in events] == ["new_order", "order_updated", "low_stock"]
    assert events[0]["data"]["order_number"] == "A1001" and all(e["store_id"] == "STORE-A" for e in events)
    try:  # nothing of STORE-A reaches STORE-B's owner
        leaked = await other.receive_json(timeout=0.5)
    except TimeoutError:
        leaked = None
    assert leaked is None
    assert rig.graph.sent == []  # domain events are not chat messages
    await mine.close()
    await other.close()
    assert (await rig.client.get("/ws/feed?token=bad")).status == 401


async def test_owner_page_is_self_contained(make_rig: RigFactory) -> None:
    rig = await make_rig()
    response = await rig.client.get("/owner")
    page = await response.text()
    assert response.status == 200 and "/ws/feed" in page
    assert "<script src" not in page and "<link" not in page and "//cdn" not in page


async def _tg_sent(rig: Any, count: int) -> bool:
    return len(rig.bot_api.calls_of("sendMessage")) >= count


async def _answered(rig: Any) -> bool:
    return [c.params.get("callback_query_id") for c in rig.bot_api.calls_of("answerCallbackQuery")] == ["cbq-1"]
