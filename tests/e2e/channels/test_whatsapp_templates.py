"""Outside WhatsApp's 24-hour window the outbox sender sends a template — in the recipient's
language, with parameters Meta accepts (no newlines or tabs, no long runs of spaces) and the
order number as its own parameter; inside the window the plain message with its buttons.
OTP rows lose their code once sent or dead. Through the real pywa client and the fake Graph API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from bot.channels.whatsapp import TEMPLATE_PARAM_LIMIT, template_language, template_param
from bot.fakes.graph_api import SentToGraph
from bot.messages import Button, OutgoingMessage
from bot.outbox_sender import MASKED_CODE
from commerce.tables import ChatSession, OutboxMessage
from commerce.unit_of_work import UnitOfWork
from locales import LOCALES
from tests.e2e.channels.conftest import Rig, RigFactory, eventually
from webhooks.keys import DATABASE

CHAT = "919812345678"
TEXT = "✅ ₹112 received.\nOrder #A1042 is confirmed —\tthe shop is      getting it ready."
BUTTONS = (Button(id="acc:ORD-1", title="Accept"), Button(id="rej:ORD-1", title="Reject"))


async def _setup(rig: Rig, *, last_inbound_hours_ago: float | None, locale: str | None = "hi",
                 kind: str = "alert", payload: dict[str, Any] | None = None) -> None:
    async with UnitOfWork(rig.app[DATABASE]) as uow:
        if last_inbound_hours_ago is not None:
            uow.session.add(ChatSession(
                channel="whatsapp", sender_id=CHAT, role="customer", locale=locale, data={},
                last_inbound_at=datetime.now(UTC) - timedelta(hours=last_inbound_hours_ago)))
        uow.add_outbox(kind, payload or OutgoingMessage(
            channel="whatsapp", chat_id=CHAT, text=TEXT, buttons=BUTTONS, kind="alert", template="order_update",
            template_params=("A1042",)).to_json())
        await uow.commit()


async def _one_send(rig: Rig) -> SentToGraph:
    async def sent() -> bool:
        return len(rig.graph.sent) >= 1

    await eventually(sent)
    assert len(rig.graph.sent) == 1
    return rig.graph.sent[0]


def _params(body: dict[str, Any]) -> list[str]:
    [component] = body["template"]["components"]
    assert component["type"].lower() == "body"
    return [p["text"] for p in component["parameters"]]


async def test_outside_the_window_a_template_in_the_recipients_language(make_rig: RigFactory) -> None:
    rig = await make_rig(handler=None)
    await _setup(rig, last_inbound_hours_ago=25, locale="hi")
    body = (await _one_send(rig)).body
    assert body["type"] == "template" and body["to"] == CHAT
    assert body["template"]["name"] == "order_update"
    assert body["template"]["language"] == {"code": "hi"}
    order, text = _params(body)
    assert order == "A1042"
    for bad in ("\n", "\t", "     "):
        assert bad not in text
    assert text == ("✅ ₹112 received. · Order #A1042 is confirmed — the shop is getting it ready."
                    " · 1. Accept · 2. Reject")  # the buttons, written out: a template cannot carry them


async def test_inside_the_window_plain_text_with_buttons(make_rig: RigFactory) -> None:
    rig = await make_rig(handler=None)
    await _setup(rig, last_inbound_hours_ago=1, locale="hi")
    body = (await _one_send(rig)).body
    assert body["type"] == "interactive" and body["interactive"]["type"] == "button"
    assert body["interactive"]["body"]["text"] == TEXT
    assert [b["reply"] for b in body["interactive"]["action"]["buttons"]] == [
        {"id": "acc:ORD-1", "title": "Accept"}, {"id": "rej:ORD-1", "title": "Reject"}]


@pytest.mark.parametrize(("locale", "code"), [("hi_Latn", "en"), (None, "en"), ("ta", "ta")])
async def test_template_language_follows_the_session(make_rig: RigFactory, locale: str | None, code: str) -> None:
    rig = await make_rig(handler=None)
    await _setup(rig, last_inbound_hours_ago=30, locale=locale)
    assert (await _one_send(rig)).body["template"]["language"] == {"code": code}


async def test_no_chat_session_means_closed_window_in_english(make_rig: RigFactory) -> None:
    rig = await make_rig(handler=None)
    await _setup(rig, last_inbound_hours_ago=None)
    body = (await _one_send(rig)).body
    assert body["type"] == "template" and body["template"]["language"] == {"code": "en"}


async def test_falls_back_to_english_when_the_translation_is_not_approved(make_rig: RigFactory) -> None:
    rig = await make_rig(handler=None)
    rig.graph.template_languages = {"en"}
    await _setup(rig, last_inbound_hours_ago=25, locale="mr")
    body = (await _one_send(rig)).body
    assert body["template"]["language"] == {"code": "en"}
    assert [r["template"]["language"]["code"] for r in rig.graph.refused] == ["mr"]

    async def settled() -> bool:  # the fake answered; the sender records "sent" right after
        return [r.status for r in await rig.outbox()] == ["sent"]

    await eventually(settled)
    (row,) = await rig.outbox()
    assert row.status == "sent" and row.attempts == 1


def _otp_payload(code: str = "482913") -> dict[str, Any]:
    return {"phone": f"+{CHAT}", "chat_id": CHAT, "code": code, "purpose": "store_owner", "locale": "hi",
            "minutes": 5, "expires_at": "2030-01-01T00:00:00+00:00", "channel": "whatsapp"}


async def test_a_sent_otp_keeps_no_code(make_rig: RigFactory) -> None:
    rig = await make_rig(handler=None)
    await _setup(rig, last_inbound_hours_ago=None, kind="otp", payload=_otp_payload())
    body = (await _one_send(rig)).body
    assert body["template"]["name"] == "otp_code" and body["template"]["language"] == {"code": "hi"}
    assert _params(body) == ["482913"]

    async def settled() -> bool:
        return [r.status for r in await rig.outbox()] == ["sent"]

    await eventually(settled)
    (row,) = await rig.outbox()
    assert row.payload == {**_otp_payload(), "code": MASKED_CODE}
    assert "482913" not in str(row.payload)


async def test_a_dead_otp_keeps_no_code(make_rig: RigFactory) -> None:
    rig = await make_rig(handler=None)
    rig.graph.fail_next = 100
    await _setup(rig, last_inbound_hours_ago=None, kind="otp", payload=_otp_payload("770011"))

    async def dead() -> bool:
        return [r.status for r in await rig.outbox()] == ["dead"]

    await eventually(dead)
    async with UnitOfWork(rig.app[DATABASE], write=False) as uow:
        (payload,) = (await uow.session.scalars(select(OutboxMessage.payload))).all()
    assert payload["code"] == MASKED_CODE and payload["chat_id"] == CHAT and "770011" not in str(payload)


def test_template_param_is_flat_and_capped() -> None:
    assert template_param("a\n\n  b\r\nc\t\td      e") == "a · b · c d e"
    assert template_param(" \n ") == "—"  # Meta refuses an empty parameter
    long = template_param("x" * 5000)
    assert len(long) == TEMPLATE_PARAM_LIMIT and long.endswith("…")


def test_every_locale_has_a_template_language() -> None:
    codes = {locale: template_language(locale) for locale in LOCALES}
    assert codes == {"en": "en", "hi": "hi", "hi_Latn": "en", "bn": "bn", "ta": "ta", "te": "te", "mr": "mr",
                     "gu": "gu", "kn": "kn", "ml": "ml", "pa": "pa", "or": "en"}
    assert template_language("xx") == "en"
