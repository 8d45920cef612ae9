"""InboundMessage survives the inbox's JSON column unchanged, every field (its to_json is
hand-written for speed, so a new field must be added there too)."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime

from bot.messages import Button, CatalogLine, InboundMessage, ListRow, Location, OutgoingMessage


def test_every_field_round_trips_through_json() -> None:
    message = InboundMessage(
        channel="whatsapp", message_id="wamid.X", sender_id="919812345678", chat_id="919812345678", kind="order",
        received_at=datetime(2026, 12, 2, 10, 30, tzinfo=UTC), text="2 kilo atta", button_id="pay:cod",
        location=Location(latitude=19.1, longitude=72.8, name="Juhu", address="Juhu Tara Rd"),
        order_lines=(CatalogLine(product_retailer_id="SKU-1", quantity=2, item_price=52.0),),
        sender_name="Ravi", sender_phone="+919812345678", owner_token=True, owner_store_id="STORE-A")
    data = message.to_json()
    assert set(data) == {f.name for f in dataclasses.fields(InboundMessage)}
    assert InboundMessage.from_json(json.loads(json.dumps(data))) == message


def test_a_plain_text_message_round_trips() -> None:
    message = InboundMessage(channel="telegram", message_id="77", sender_id="5550001", chat_id="5550001", kind="text",
                             received_at=datetime(2026, 12, 2, tzinfo=UTC), text="hi")
    assert InboundMessage.from_json(json.loads(json.dumps(message.to_json()))) == message


def test_an_outgoing_message_round_trips() -> None:
    message = OutgoingMessage(channel="whatsapp", chat_id="919812345678", text="Pick one",
                              buttons=(Button(id="pay:cod", title="Cash on delivery"),),
                              rows=(ListRow(id="p:1", title="Aashirvaad Atta 5 kg", description="₹245"),),
                              list_title="Choose", kind="alert", template="order_update", template_params=("A1001",))
    data = message.to_json()
    assert set(data) == {f.name for f in dataclasses.fields(OutgoingMessage)}
    assert OutgoingMessage.from_json(json.loads(json.dumps(data))) == message
