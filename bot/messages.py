"""The two shapes every channel speaks: an InboundMessage in, an OutgoingMessage out.
Channel adapters (bot/channels/) turn provider payloads into these and these into provider
calls; nothing past the adapters sees a provider type."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

Channel = Literal["whatsapp", "telegram", "web"]

# WhatsApp templates, sent outside the 24-hour window (bot/channels/whatsapp.py; docs/payments.md).
ORDER_UPDATE_TEMPLATE = "order_update"  # utility, body "{{1}}: {{2}}" — the order number, then the message
OTP_TEMPLATE = "otp_code"  # authentication, body "{{1}}" — the code
InboundKind = Literal["text", "button", "location", "order", "unsupported"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Location:
    latitude: float
    longitude: float
    name: str = ""
    address: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class CatalogLine:
    """One line of a WhatsApp catalog order (the customer picked products in the shop's catalog)."""

    product_retailer_id: str
    quantity: int
    item_price: float = 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class InboundMessage:
    channel: Channel
    message_id: str  # the provider's id: WhatsApp wamid, Telegram "<update_id>", web a client id
    sender_id: str  # WhatsApp: wa_id (digits, e.g. "919812345678"); Telegram: user id; web: nickname
    chat_id: str  # where replies go: WhatsApp wa_id, Telegram chat id, web user id
    kind: InboundKind
    received_at: datetime
    text: str = ""
    button_id: str = ""  # callback data of a pressed button or chosen list row
    location: Location | None = None
    order_lines: tuple[CatalogLine, ...] = ()
    sender_name: str = ""
    sender_phone: str | None = None  # E.164 where the channel tells us (WhatsApp)
    owner_token: bool = False  # web chat only: the request carried a valid owner token
    owner_store_id: str | None = None  # web chat only: the store named in that owner token

    def to_json(self) -> dict[str, Any]:
        """Plain JSON values (no deep copy: every field is immutable). On the webhook's hot path."""
        location = self.location
        return {
            "channel": self.channel, "message_id": self.message_id, "sender_id": self.sender_id,
            "chat_id": self.chat_id, "kind": self.kind, "received_at": self.received_at.isoformat(),
            "text": self.text, "button_id": self.button_id,
            "location": None if location is None else {"latitude": location.latitude, "longitude": location.longitude,
                                                       "name": location.name, "address": location.address},
            "order_lines": [{"product_retailer_id": line.product_retailer_id, "quantity": line.quantity,
                             "item_price": line.item_price} for line in self.order_lines],
            "sender_name": self.sender_name, "sender_phone": self.sender_phone, "owner_token": self.owner_token,
            "owner_store_id": self.owner_store_id,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> InboundMessage:
        values = dict(data)
        values["received_at"] = datetime.fromisoformat(values["received_at"])
        if values.get("location"):
            values["location"] = Location(**values["location"])
        values["order_lines"] = tuple(CatalogLine(**line) for line in values.get("order_lines") or ())
        return cls(**values)


@dataclass(frozen=True, slots=True, kw_only=True)
class Button:
    id: str  # callback data, <= 64 bytes (Telegram's limit)
    title: str  # <= 20 characters (WhatsApp reply button)


@dataclass(frozen=True, slots=True, kw_only=True)
class ListRow:
    id: str
    title: str  # <= 24 characters
    description: str = ""  # <= 72 characters


@dataclass(frozen=True, slots=True, kw_only=True)
class OutgoingMessage:
    """A reply or an alert. At most 3 buttons render as buttons on WhatsApp, at most 10 rows as
    a list; anything longer degrades to numbered text (the channel adapter decides)."""

    channel: Channel
    chat_id: str
    text: str
    buttons: tuple[Button, ...] = ()
    rows: tuple[ListRow, ...] = ()
    list_title: str = ""  # the button that opens a WhatsApp list
    kind: Literal["reply", "alert"] = "reply"
    template: str = ""  # WhatsApp template name to use outside the 24-hour window ("" = order_update)
    # order_update: (order number,) — the adapter adds the text; other templates: all their parameters
    template_params: tuple[str, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        return {"channel": self.channel, "chat_id": self.chat_id, "text": self.text,
                "buttons": [{"id": b.id, "title": b.title} for b in self.buttons],
                "rows": [{"id": r.id, "title": r.title, "description": r.description} for r in self.rows],
                "list_title": self.list_title, "kind": self.kind, "template": self.template,
                "template_params": list(self.template_params)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OutgoingMessage:
        values = dict(data)
        values["buttons"] = tuple(Button(**b) for b in values.get("buttons") or ())
        values["rows"] = tuple(ListRow(**r) for r in values.get("rows") or ())
        values["template_params"] = tuple(values.get("template_params") or ())
        return cls(**values)
