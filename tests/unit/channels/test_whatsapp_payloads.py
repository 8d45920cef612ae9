"""Recorded WhatsApp payloads → InboundMessages and delivery receipts, before and after
Meta's April-2026 change (pywa 4.5 itself raises KeyError on the older shape)."""

from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path

import pytest

from bot.channels.whatsapp import parse_update, signature_ok

DATA = Path(__file__).parents[2] / "data" / "whatsapp"
WA, NAME = "972987654321", "Test Name"


def load(name: str) -> object:
    return json.loads((DATA / name).read_text())


@pytest.mark.parametrize(("name", "kind", "text", "button_id", "message_id"), [
    ("incoming_text_message.json", "text", "Body Text", "", "wamid.xyzxyz"),
    ("incoming_text_message.pywa3_9_pre_bsuid.json", "text", "Body Text", "", "wamid.xyzxyz"),
    ("incoming_text_reply_with_context.json", "text", None, "", None),
    ("interactive_button_reply.json", "button", "title", "callback_data", "wamid.xyzxyz"),
    ("interactive_button_reply.pywa3_9_pre_bsuid.json", "button", "title", "callback_data", "wamid.xyzxyz"),
    ("template_quick_reply_button.json", "button", "title", "callback_data", "wamid.xsidjw"),
    ("interactive_list_reply.json", "button", "title", "callback_data", "wamid.zyzxyz"),
    ("interactive_list_reply_with_description.json", "button", None, "callback_data", None),
    ("location_current_forwarded.json", "location", "", "", None),
    ("location_chosen_place_forwarded.json", "location", "", "", None),
    ("order_cart_from_catalog.json", "order", "", "", None),
])
def test_message_table(name: str, kind: str, text: str | None, button_id: str, message_id: str | None) -> None:
    update = parse_update(load(name))
    (message,) = update.messages
    assert message.channel == "whatsapp" and message.kind == kind
    assert message.sender_id == message.chat_id == WA and message.sender_phone == f"+{WA}"
    assert message.sender_name == NAME
    assert message.button_id == button_id
    if text is not None:
        assert message.text == text
    if message_id is not None:
        assert message.message_id == message_id
    assert update.receipts == ()


def test_location_and_order_details() -> None:
    (place,) = parse_update(load("location_chosen_place_forwarded.json")).messages
    assert place.location is not None and place.location.name == "Facebook HQ"
    assert place.location.latitude == pytest.approx(37.4611978)
    (order,) = parse_update(load("order_cart_from_catalog.json")).messages
    assert [(line.product_retailer_id, line.quantity) for line in order.order_lines] == [
        ("HAMBURGER", 3), ("FRENCH_FRIES", 2), ("SODA", 2)]


@pytest.mark.parametrize(("name", "status", "error"), [
    ("status_sent.json", "sent", ""), ("status_sent.pywa3_9_pre_bsuid.json", "sent", ""),
    ("status_delivered.json", "delivered", ""), ("status_read.json", "read", ""),
    ("status_failed.json", "failed", "130472: User's number is part of an experiment"),
])
def test_status_table(name: str, status: str, error: str) -> None:
    update = parse_update(load(name))
    (receipt,) = update.receipts
    assert update.messages == ()
    assert receipt.provider_message_id == "wamid.xyzxyz" and receipt.status == status
    assert receipt.recipient_id == WA and receipt.error == error


@pytest.mark.parametrize("payload", [None, [], "x", {"entry": "no"}, {"entry": [{"changes": [{"value": 3}]}]},
                                     {"entry": [{"changes": [{"value": {"messages": [{"type": "text"}]}}]}]}])
def test_junk_is_empty_not_an_error(payload: object) -> None:
    update = parse_update(payload)
    assert update.messages == () and update.receipts == ()


def test_unknown_type_is_counted_not_stored() -> None:
    payload = load("incoming_text_message.json")
    message = payload["entry"][0]["changes"][0]["value"]["messages"][0]  # type: ignore[index]
    message["type"], message["reaction"] = "reaction", {"emoji": "👍", "message_id": "wamid.x"}
    update = parse_update(payload)
    assert update.messages == () and update.ignored == 1


def test_signature_on_raw_bytes() -> None:
    body = (DATA / "signed_text_message.raw_body.json").read_bytes()
    secret = "s3cret"
    good = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    assert signature_ok(secret, body, good)
    assert not signature_ok(secret, body + b" ", good)
    assert not signature_ok("other", body, good)
    assert not signature_ok(secret, body, good.replace("sha256=", ""))


def test_meta_vector_from_shared_fixtures() -> None:
    vector_file = Path("/work/shared/fixtures/whatsapp/signature_vector.json")
    if not vector_file.exists():
        pytest.skip("shared fixtures are absent")
    vector = json.loads(vector_file.read_text())
    body = (DATA / vector["body_file"]).read_bytes()
    assert signature_ok(vector["app_secret"], body, vector["header_value"])
    assert not signature_ok(vector["app_secret"], body, vector["negative_case"]["header_value"])


def test_a_sender_known_only_by_user_id() -> None:
    """After Meta's change a sender may come with a business-scoped user id and no phone
    number (no wa_id, `from_user_id` instead of `from`): the user id is who they are, and we
    do not invent a phone number."""
    payload = {"object": "whatsapp_business_account", "entry": [{"id": "W", "changes": [{"field": "messages", "value": {
        "messaging_product": "whatsapp", "metadata": {"display_phone_number": "1", "phone_number_id": "2"},
        "contacts": [{"profile": {"name": "Asha"}, "user_id": "IN.1349120865530274"}],
        "messages": [{"from_user_id": "IN.1349120865530274", "id": "wamid.U1", "timestamp": "1697043223",
                      "type": "text", "text": {"body": "2 kilo atta"}}]}}]}]}
    update = parse_update(payload)
    assert len(update.messages) == 1
    message = update.messages[0]
    assert message.sender_id == message.chat_id == "IN.1349120865530274"
    assert message.sender_phone is None and message.sender_name == "Asha" and message.text == "2 kilo atta"


def test_catalog_order_lines_that_are_not_numbers_are_dropped() -> None:
    payload = load("order_cart_from_catalog.json")
    order = payload["entry"][0]["changes"][0]["value"]["messages"][0]["order"]  # type: ignore[index]
    order["product_items"][0]["quantity"] = "three"
    order["product_items"][1]["item_price"] = "Infinity"
    order["product_items"].append({"product_retailer_id": "X", "quantity": {"n": 1}, "item_price": 1})
    (message,) = parse_update(payload).messages
    assert [(line.product_retailer_id, line.quantity) for line in message.order_lines] == [("SODA", 2)]
