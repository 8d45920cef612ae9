"""Web chat adapter: {"user_id", "text"} or {"user_id", "button"} in, {"replies": [...]} out.
A user_id is only a browser's nickname; owner rights come from a verified token, never from it."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from bot.messages import InboundMessage, OutgoingMessage

MAX_TEXT = 4096
MAX_USER_ID = 64
OWNER_PREFIX = "owner:"  # an owner's web session is "owner:<store id>:<nickname>": only a token makes one


class BadChatRequest(ValueError):
    """The body is not a web chat message."""


def parse_request(body: object, *, owner_store_id: str | None = None) -> InboundMessage:
    if not isinstance(body, dict):
        raise BadChatRequest("the body must be a JSON object")
    user_id, text, button = body.get("user_id"), body.get("text"), body.get("button")
    if not isinstance(user_id, str) or not user_id.strip() or len(user_id) > MAX_USER_ID:
        raise BadChatRequest("user_id must be a non-empty string of at most 64 characters")
    if user_id.strip().lower().startswith(OWNER_PREFIX):
        raise BadChatRequest("user_id may not start with 'owner:' (an owner signs in with a token)")
    if (text is None) == (button is None):
        raise BadChatRequest("send exactly one of text or button")
    value = text if text is not None else button
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_TEXT:
        raise BadChatRequest("text or button must be a non-empty string of at most 4096 characters")
    client_id = body.get("message_id")
    message_id = client_id if isinstance(client_id, str) and 0 < len(client_id) <= 100 else uuid.uuid4().hex
    user = user_id.strip()
    sender = f"{OWNER_PREFIX}{owner_store_id}:{user}" if owner_store_id else user
    return InboundMessage(channel="web", message_id=message_id, sender_id=sender, chat_id=user,
                          kind="text" if text is not None else "button", received_at=datetime.now(UTC),
                          text=value if text is not None else "", button_id=value if button is not None else "",
                          owner_token=owner_store_id is not None, owner_store_id=owner_store_id)


def replies_json(replies: list[OutgoingMessage]) -> dict[str, Any]:
    """Buttons and list rows both come back as buttons: a browser shows them all."""
    return {"replies": [
        {"text": r.text,
         "buttons": [{"id": b.id, "title": b.title} for b in r.buttons]
         + [{"id": row.id, "title": row.title, "description": row.description} for row in r.rows]}
        for r in replies]}
