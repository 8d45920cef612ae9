"""The recorded provider payloads of tests/data/ through the real routes: signed (WhatsApp) or
with the secret token (Telegram), recorded, and handed to the conversation as what they are —
in the shapes from before and after Meta's April-2026 change alike; delivery statuses land on
no conversation; an update posted twice has one effect."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from tests.e2e.channels.conftest import RigFactory, eventually

DATA = Path(__file__).parents[2] / "data"
WHATSAPP_MESSAGES = [
    ("incoming_text_message.json", "text"), ("incoming_text_message.pywa3_9_pre_bsuid.json", "text"),
    ("incoming_text_reply_with_context.json", "text"), ("interactive_button_reply.json", "button"),
    ("interactive_button_reply.pywa3_9_pre_bsuid.json", "button"), ("interactive_list_reply.json", "button"),
    ("interactive_list_reply_with_description.json", "button"), ("template_quick_reply_button.json", "button"),
    ("location_current_forwarded.json", "location"), ("location_chosen_place_forwarded.json", "location"),
    ("order_cart_from_catalog.json", "order"),
]
WHATSAPP_STATUSES = ["status_sent.json", "status_sent.pywa3_9_pre_bsuid.json", "status_delivered.json",
                     "status_read.json", "status_failed.json"]
TELEGRAM_UPDATES = [
    ("text_message_private.json", "text"), ("text_message_reply_to_message.json", "text"),
    ("location_message_private.json", "location"), ("text_message_private_teloxide_capture.json", "text"),
    ("supergroup_bot_command_reply_teloxide_capture.json", "text"),
]


@pytest.mark.parametrize(("name", "kind"), WHATSAPP_MESSAGES)
async def test_whatsapp_recording_reaches_the_conversation(make_rig: RigFactory, name: str, kind: str) -> None:
    rig = await make_rig()
    body = (DATA / "whatsapp" / name).read_bytes()
    for _ in range(2):  # Meta redelivers: one effect
        response = await rig.post_whatsapp(body)
        assert response.status == 200, await response.text()
    await eventually(lambda: _called(rig))
    await asyncio.sleep(0.1)
    (message,) = rig.calls
    assert message.channel == "whatsapp" and message.kind == kind and message.sender_id == "972987654321"
    (row,) = await rig.inbox()
    assert row.status == "done"


@pytest.mark.parametrize("name", WHATSAPP_STATUSES)
async def test_whatsapp_status_recording_is_not_a_message(make_rig: RigFactory, name: str) -> None:
    rig = await make_rig()
    response = await rig.post_whatsapp((DATA / "whatsapp" / name).read_bytes())
    assert response.status == 200 and (await response.json())["recorded"] == 0
    await asyncio.sleep(0.1)
    assert await rig.inbox() == [] and rig.calls == []


@pytest.mark.parametrize(("name", "kind"), TELEGRAM_UPDATES)
async def test_telegram_recording_reaches_the_conversation(make_rig: RigFactory, name: str, kind: str) -> None:
    rig = await make_rig()
    update = json.loads((DATA / "telegram" / name).read_text())
    for _ in range(2):  # Telegram redelivers: one effect
        assert (await rig.post_telegram(update)).status == 200
    await eventually(lambda: _called(rig))
    await asyncio.sleep(0.1)
    (message,) = rig.calls
    assert message.channel == "telegram" and message.kind == kind
    assert message.message_id == str(update["update_id"])
    if kind == "location":
        assert message.location is not None


async def test_telegram_edited_message_is_acknowledged_not_processed(make_rig: RigFactory) -> None:
    rig = await make_rig()
    update = json.loads((DATA / "telegram" / "edited_message_private.json").read_text())
    response = await rig.post_telegram(update)
    assert response.status == 200 and (await response.json())["recorded"] == 0
    await asyncio.sleep(0.1)
    assert await rig.inbox() == [] and rig.calls == []


async def test_telegram_oversized_body_is_refused(make_rig: RigFactory) -> None:
    rig = await make_rig()
    huge = {"update_id": 1, "message": {"text": "x" * (3 * 1024 * 1024)}}
    assert (await rig.post_telegram(huge)).status == 413
    assert (await rig.post_telegram({"update_id": "one"})).status == 400
    assert (await rig.post_telegram([1, 2])).status == 400  # type: ignore[arg-type]
    await asyncio.sleep(0.1)
    assert await rig.inbox() == []


async def _called(rig: object) -> bool:
    return bool(rig.calls)  # type: ignore[attr-defined]


async def test_a_failed_status_keeps_the_providers_error_on_the_sent_row(make_rig: RigFactory) -> None:
    from tests.e2e.channels.conftest import whatsapp_text

    rig = await make_rig()
    await rig.post_whatsapp(whatsapp_text("hi", wamid="wamid.FAIL1"))

    async def sent() -> bool:
        rows = await rig.outbox()
        return bool(rows) and rows[0].status == "sent"

    await eventually(sent)
    wamid = rig.graph.sent[0].wamid
    for name in ("status_delivered.json", "status_failed.json", "status_read.json"):  # read never undoes failed
        update = json.loads((DATA / "whatsapp" / name).read_text())
        update["entry"][0]["changes"][0]["value"]["statuses"][0]["id"] = wamid
        assert (await rig.post_whatsapp(json.dumps(update).encode())).status == 200
    (row,) = await rig.outbox()
    assert row.delivery_status == "failed"
    assert row.last_error == "130472: User's number is part of an experiment"


async def test_a_catalog_order_with_a_quantity_that_is_no_number_is_not_a_500(make_rig: RigFactory) -> None:
    rig = await make_rig()
    payload = json.loads((DATA / "whatsapp" / "order_cart_from_catalog.json").read_text())
    payload["entry"][0]["changes"][0]["value"]["messages"][0]["order"]["product_items"][0]["quantity"] = "x"
    response = await rig.post_whatsapp(json.dumps(payload).encode())
    assert response.status == 200 and (await response.json())["recorded"] == 1
    await eventually(lambda: _called(rig))
    assert len(rig.calls[0].order_lines) == 2
