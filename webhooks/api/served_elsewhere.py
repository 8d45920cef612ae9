"""OpenAPI fragments for the /api/v1 routes that the main application serves, not this
sub-application: payments (payments/routes.py), the web chat (webhooks/channels/
web_chat_routes.py) and /api/v1/info (webhooks/home.py). Those modules own the behaviour;
this one only describes it, so /api/v1/openapi.json lists every /api/v1 operation.

This module has no `routes` table on purpose (api_modules() would mount it); setup_api adds
its PATHS to the document. Their errors use the same envelope (the main app's json_errors).
Keep it in step with those modules: tests/e2e/api/test_openapi.py fails when a /api/v1
route anywhere in the app is undocumented, and the e2e helper validates their answers."""

from __future__ import annotations

from typing import Any

from webhooks.api.openapi import (
    API_PREFIX,
    OWNER_FORBIDDEN,
    Schema,
    error_answer,
    obj,
    operation,
    query_param,
)

PAYMENT_METHOD = {"enum": ["upi", "card", "cod"]}
PAISE = {"type": "integer"}

METHODS = obj({
    "methods": {"type": "array", "items": obj({
        "id": PAYMENT_METHOD, "name": {"type": "string"}, "description": {"type": "string"},
        "enabled": {"type": "boolean"}, "customer_fee_paise": PAISE,
        "store_gateway_fee_bp": {"type": "integer", "description": "the store's gateway fee, basis points"},
        "store_handling_fee_paise": PAISE})},
    "default": PAYMENT_METHOD,
    "currency": {"const": "INR"},
})

CALCULATE_TOTAL = obj({
    "store_id": {"type": "string", "minLength": 1, "maxLength": 64},
    "items": {"type": "array", "minItems": 1, "maxItems": 100, "items": obj({
        "item_id": {"type": "string", "minLength": 1, "maxLength": 64},
        "quantity": {"type": "integer", "minimum": 1, "maximum": 10_000, "default": 1}},
        required=["item_id"])},
    "payment_method": PAYMENT_METHOD,
}, required=["store_id", "items"])

TOTAL = obj({
    "store_id": {"type": "string"},
    "payment_method": {"enum": ["upi", "card", "cod", None]},
    "currency": {"const": "INR"},
    "items": {"type": "array", "items": obj({
        "item_id": {"type": "string"}, "name": {"type": "string"}, "quantity": {"type": "integer"},
        "unit_price_paise": PAISE, "line_total_paise": PAISE, "in_stock": {"type": "boolean"}})},
    "subtotal_paise": PAISE, "tax_paise": PAISE, "delivery_fee_paise": PAISE, "total_paise": PAISE,
    "minimum_order_paise": PAISE, "meets_minimum": {"type": "boolean"},
})

_TEXT = {"type": "string", "minLength": 1, "maxLength": 4096, "pattern": r"\S"}
CHAT_MESSAGE: Schema = {
    "type": "object",
    "properties": {
        "user_id": {"type": "string", "minLength": 1, "maxLength": 64, "pattern": r"\S",
                    "description": "the browser's nickname for itself (not an identity)"},
        "text": _TEXT,
        "button": {**_TEXT, "description": "the id of a button from an earlier reply"},
        "message_id": {"type": "string", "minLength": 1, "maxLength": 100,
                       "description": "the client's id for the message; a resend with the same id has no second effect"},
    },
    "required": ["user_id"],
    "oneOf": [{"required": ["text"]}, {"required": ["button"]}],
}
BUTTON = obj({"id": {"type": "string"}, "title": {"type": "string"}, "description": {"type": "string"}},
             required=["id", "title"])
REPLIES = obj({"replies": {"type": "array", "items": obj({"text": {"type": "string"},
                                                          "buttons": {"type": "array", "items": BUTTON}})}})
UPDATES = obj({"after": {"type": "integer", "minimum": 0,
                         "description": "the last id seen: send it back as ?after= next time"},
               "replies": REPLIES["properties"]["replies"]})

INFO = obj({
    "service": {"type": "string"},
    "stores": {"type": "array", "maxItems": 20, "items": obj({
        "name": {"type": "string"}, "code": {"type": ["string", "null"]}, "pincode": {"type": ["string", "null"]},
        "products": {"type": "integer", "minimum": 0}})},
    "chat": {"type": "string"}, "owner": {"type": "string"}, "health": {"type": "string"},
    "ready": {"type": "string"}, "api": {"type": "string"},
})

_CHAT_NOTE = ("Answered synchronously by the same conversation as WhatsApp and Telegram; over the flood "
              "limit the answer is one polite reply, then no replies. Without Authorization the message is "
              "a shopper's; an `Authorization: Bearer` store owner's token makes it that owner's (any other "
              "token is refused: 401 when invalid, 403 when not a store owner's, 403 "
              "STORE_SUSPENDED while the owner's store is suspended). 503 while the conversation is not "
              "running.")
_CHAT = operation("Send one web chat message and get the bot's replies", tag="chat", roles=None,
                  body=CHAT_MESSAGE, response=REPLIES, description=_CHAT_NOTE)
_CHAT["security"] = [{}, {"bearer": []}]  # anonymous, or a store owner's token
_CHAT["responses"]["403"] = error_answer(OWNER_FORBIDDEN)

PATHS: dict[str, dict[str, Any]] = {
    f"{API_PREFIX}/payments/methods": {"get": operation(
        "Payment methods, which are enabled, and their fees", tag="payments", roles=None, data=METHODS,
        description="Online methods (upi, card) are enabled when a payment gateway is configured; cod always is.")},
    f"{API_PREFIX}/payments/calculate-total": {"post": operation(
        "Price a basket at a store: subtotal, tax, delivery fee and total, in paise", tag="payments",
        roles=None, body=CALCULATE_TOTAL, data=TOTAL,
        description="404 when the store, or an item at that store, does not exist.")},
    f"{API_PREFIX}/chat/web": {"post": _CHAT},
    f"{API_PREFIX}/chat/web/updates": {"get": operation(
        "Alerts for a web chat user since the last poll (payment received, order accepted, …)", tag="chat",
        roles=None, response=UPDATES,
        params=[query_param("user_id", {"type": "string", "minLength": 1, "maxLength": 64}, "the browser's user_id",
                            required=True),
                query_param("after", {"type": "integer", "minimum": 0, "maximum": 2**63 - 1},
                            "the last id seen; without it the answer is empty, with the id to start from")])},
    f"{API_PREFIX}/info": {"get": operation(
        "What runs here: the first shops open to customers (active ones) and where to look next", tag="docs", roles=None, response=INFO)},
}
