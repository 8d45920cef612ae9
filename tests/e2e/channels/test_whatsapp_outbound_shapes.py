"""What pywa really sends to the Graph API for each shape: up to 3 short buttons as reply
buttons, up to 10 rows as a list, anything longer as numbered text; Telegram gets an inline
keyboard for the same choices."""

from __future__ import annotations

import json

import pytest

from bot.messages import Button, InboundMessage, ListRow, OutgoingMessage
from commerce.unit_of_work import UnitOfWork
from tests.e2e.channels.conftest import RigFactory, eventually, telegram_text, whatsapp_text

SHAPES: dict[str, OutgoingMessage] = {
    "three": OutgoingMessage(channel="whatsapp", chat_id="", text="Pick", buttons=tuple(
        Button(id=f"b{n}", title=f"Option {n}") for n in range(3))),
    "four": OutgoingMessage(channel="whatsapp", chat_id="", text="Pick", buttons=tuple(
        Button(id=f"b{n}", title=f"Option {n}") for n in range(4))),
    "ten": OutgoingMessage(channel="whatsapp", chat_id="", text="Pick", list_title="Choose", rows=tuple(
        ListRow(id=f"r{n}", title=f"Row {n}", description=f"₹{n}") for n in range(10))),
    "eleven": OutgoingMessage(channel="whatsapp", chat_id="", text="Pick", list_title="Choose", rows=tuple(
        ListRow(id=f"r{n}", title=f"Row {n}") for n in range(11))),
    "long": OutgoingMessage(channel="whatsapp", chat_id="", text="Pick", rows=(
        ListRow(id="x", title="A row title of more than 24 characters"),)),
}


async def shaped(_uow: UnitOfWork, message: InboundMessage) -> list[OutgoingMessage]:
    template = SHAPES[message.text]
    return [OutgoingMessage(channel=message.channel, chat_id=message.chat_id, text=template.text,
                            buttons=template.buttons, rows=template.rows, list_title=template.list_title)]


@pytest.mark.parametrize("shape", list(SHAPES))
async def test_shape_on_the_wire(make_rig: RigFactory, shape: str) -> None:
    rig = await make_rig(handler=shaped)
    assert (await rig.post_whatsapp(whatsapp_text(shape, wamid=f"wamid.SH.{shape}"))).status == 200
    await eventually(lambda: _graph_sent(rig))
    body = rig.graph.sent[0].body
    if shape == "three":
        assert body["type"] == "interactive" and body["interactive"]["type"] == "button"
        assert [b["reply"]["id"] for b in body["interactive"]["action"]["buttons"]] == ["b0", "b1", "b2"]
    elif shape in ("four", "ten"):
        assert body["type"] == "interactive" and body["interactive"]["type"] == "list"
        rows = [r for s in body["interactive"]["action"]["sections"] for r in s["rows"]]
        assert len(rows) == (4 if shape == "four" else 10) and all(len(r["title"]) <= 24 for r in rows)
        if shape == "ten":
            assert body["interactive"]["action"]["button"] == "Choose" and rows[3]["description"] == "₹3"
    else:
        assert body["type"] == "text"
        lines = body["text"]["body"].splitlines()
        assert lines[0] == "Pick" and lines[1].startswith("1. ")
        assert len(lines) == (12 if shape == "eleven" else 2)


async def test_telegram_gets_an_inline_keyboard(make_rig: RigFactory) -> None:
    rig = await make_rig(handler=shaped)
    assert (await rig.post_telegram(telegram_text("ten", update_id=42))).status == 200
    await eventually(lambda: _tg_sent(rig))
    (call,) = rig.bot_api.calls_of("sendMessage")
    markup = call.params["reply_markup"]
    keyboard = (json.loads(markup) if isinstance(markup, str) else markup)["inline_keyboard"]
    assert [row[0]["callback_data"] for row in keyboard] == [f"r{n}" for n in range(10)]


async def _graph_sent(rig: object) -> bool:
    return bool(rig.graph.sent)  # type: ignore[attr-defined]


async def _tg_sent(rig: object) -> bool:
    return bool(rig.bot_api.calls_of("sendMessage"))  # type: ignore[attr-defined]
