"""The one polite reply to a flooding sender is in their language: the one they picked, else
the one their conversation has been in when the message itself says nothing about its
language (a pressed button, "ok"), else the message's own."""

from __future__ import annotations

import json
from typing import Any

from commerce.tables import ChatSession, utcnow
from commerce.unit_of_work import UnitOfWork
from locales import translator
from tests.e2e.channels.conftest import Rig, RigFactory, eventually, whatsapp_text
from webhooks.keys import DATABASE

SENDER = "919812345678"


async def _session(rig: Rig, channel: str, sender: str, locale: str, *, pinned: bool) -> None:
    async with UnitOfWork(rig.app[DATABASE]) as uow:
        uow.session.add(ChatSession(channel=channel, sender_id=sender, role="customer", state="shopping",
                                    data={"pinned_locale": locale} if pinned else {}, locale=locale,
                                    updated_at=utcnow()))
        await uow.commit()


def _button(n: int) -> bytes:
    body: dict[str, Any] = json.loads(whatsapp_text("", wamid=f"wamid.FB{n:03d}", sender=SENDER))
    message = body["entry"][0]["changes"][0]["value"]["messages"][0]
    del message["text"]
    message["type"] = "interactive"
    message["interactive"] = {"type": "button_reply", "button_reply": {"id": "cart", "title": "Cart"}}
    return json.dumps(body).encode()


async def test_whatsapp_flood_of_buttons_answered_in_the_picked_language(make_rig: RigFactory) -> None:
    rig = await make_rig()
    await _session(rig, "whatsapp", SENDER, "ta", pinned=True)
    for n in range(101):
        assert (await rig.post_whatsapp(_button(n))).status == 200

    async def settled() -> bool:
        rows = await rig.inbox()
        return len(rows) == 101 and all(r.status in ("done", "flooded") for r in rows)

    await eventually(settled)
    polite = [r.payload["text"] for r in await rig.outbox() if r.payload["text"] != "CART"]
    assert polite == [translator("ta").t("rate_limited")]


async def test_web_chat_flood_answered_in_the_conversations_language(make_rig: RigFactory) -> None:
    rig = await make_rig()
    await _session(rig, "web", "asha", "hi", pinned=False)
    last: list[dict[str, Any]] = []
    for n in range(101):
        response = await rig.client.post("/api/v1/chat/web", json={"user_id": "asha", "text": "ok"})
        assert response.status == 200
        last = (await response.json())["replies"]
    assert [r["text"] for r in last] == [translator("hi").t("rate_limited")]


async def test_a_message_in_a_language_of_its_own_is_answered_in_it(make_rig: RigFactory) -> None:
    rig = await make_rig()
    last: list[dict[str, Any]] = []
    for n in range(101):
        response = await rig.client.post("/api/v1/chat/web", json={"user_id": "meena", "text": "வணக்கம்"})
        last = (await response.json())["replies"]
    assert [r["text"] for r in last] == [translator("ta").t("rate_limited")]
