"""WhatsApp Cloud API adapter. Inbound: a webhook payload → InboundMessages and delivery
receipts, parsed defensively so payloads from before and after Meta's April-2026 change
(contacts with or without `user_id`, statuses with or without `contacts`) both work — pywa
4.5 raises KeyError on the older shape. Outbound: an OutgoingMessage → pywa_async's client."""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
from pywa_async import WhatsApp, types
from pywa_async.errors import TemplateNotExists
from pywa_async.types.templates import BodyText, TemplateLanguage

from bot.channels.choices import Rendering, choices_of, for_whatsapp, numbered_text
from bot.messages import ORDER_UPDATE_TEMPLATE, CatalogLine, InboundMessage, Location, OutgoingMessage

log = logging.getLogger("vyapar.whatsapp")
SIGNATURE_HEADER = "X-Hub-Signature-256"
GRAPH_API_VERSION = "22.0"

# Templates: ORDER_UPDATE_TEMPLATE and OTP_TEMPLATE (bot/messages.py), fixed names, no settings;
# create them in WhatsApp Manager in every language below (docs/payments.md "WhatsApp templates").
DEFAULT_TEMPLATE = ORDER_UPDATE_TEMPLATE
NO_ORDER = "—"  # {{1}} of order_update when the message is about no single order (Meta refuses empty values)
TEMPLATE_PARAM_LIMIT = 1024
TEMPLATE_LINE_SEPARATOR = " · "

# Our locale → WhatsApp template language code. Romanised Hindi (hi_Latn) gets the English
# template: Meta has no romanised-Hindi language, and the English frame is in the same Latin
# script as the Hinglish text it carries (a Devanagari frame around a Latin message would read
# worse). Odia is not a language Meta offers for templates, so Odia readers get English too.
TEMPLATE_LANGUAGES: dict[str, str] = {
    "en": "en", "hi": "hi", "hi_Latn": "en", "bn": "bn", "ta": "ta", "te": "te", "mr": "mr",
    "gu": "gu", "kn": "kn", "ml": "ml", "pa": "pa", "or": "en",
}
FALLBACK_TEMPLATE_LANGUAGE = "en"
_LANGUAGES = {language.value: language for language in TemplateLanguage}


@dataclass(frozen=True, slots=True, kw_only=True)
class DeliveryReceipt:
    """Meta's word on a message we sent: sent, delivered, read or failed (with its error)."""

    provider_message_id: str
    status: str
    recipient_id: str
    at: datetime
    error: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class WhatsAppUpdate:
    messages: tuple[InboundMessage, ...] = ()
    receipts: tuple[DeliveryReceipt, ...] = ()
    ignored: int = 0  # message types we do not take (stickers, reactions, …) are counted, not stored


def signature_ok(app_secret: str, body: bytes, header: str) -> bool:
    """X-Hub-Signature-256: "sha256=" + HMAC-SHA256(app secret, raw body), compared in constant time."""
    expected = "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), header.strip().encode())


def parse_update(payload: object) -> WhatsAppUpdate:
    messages: list[InboundMessage] = []
    receipts: list[DeliveryReceipt] = []
    ignored = 0
    for value in _values(payload):
        contacts = {c.get("wa_id") or c.get("user_id"): c for c in _dicts(value.get("contacts"))}
        for raw in _dicts(value.get("messages")):
            message = _message(raw, contacts)
            if message is None:
                ignored += 1
            else:
                messages.append(message)
        for raw in _dicts(value.get("statuses")):
            receipt = _receipt(raw)
            if receipt is not None:
                receipts.append(receipt)
    return WhatsAppUpdate(messages=tuple(messages), receipts=tuple(receipts), ignored=ignored)


def _values(payload: object) -> list[dict[str, Any]]:
    if not isinstance(payload, dict):
        return []
    return [change["value"] for entry in _dicts(payload.get("entry")) for change in _dicts(entry.get("changes"))
            if isinstance(change.get("value"), dict)]


def _dicts(value: object) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _when(timestamp: object) -> datetime:
    try:
        return datetime.fromtimestamp(int(str(timestamp)), UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return datetime.now(UTC)


def _message(raw: dict[str, Any], contacts: dict[str | None, dict[str, Any]]) -> InboundMessage | None:
    message_id = str(raw.get("id") or "")
    sender = str(raw.get("from") or raw.get("from_user_id") or "")
    if not message_id or not sender:
        return None
    contact = contacts.get(sender) or (next(iter(contacts.values())) if len(contacts) == 1 else {})
    name = str((contact.get("profile") or {}).get("name") or "")
    wa_id = str(contact.get("wa_id") or (sender if sender.isdigit() else ""))
    base: dict[str, Any] = dict(channel="whatsapp", message_id=message_id, sender_id=sender, chat_id=sender,
                                received_at=_when(raw.get("timestamp")), sender_name=name,
                                sender_phone=f"+{wa_id}" if wa_id.isdigit() else None)
    kind = raw.get("type")
    body = raw.get(kind) if isinstance(kind, str) else None
    if not isinstance(body, dict):
        return None
    if kind == "text":
        return InboundMessage(kind="text", text=str(body.get("body") or ""), **base)
    if kind == "interactive":
        reply = body.get("button_reply") or body.get("list_reply")
        if isinstance(reply, dict) and reply.get("id"):
            return InboundMessage(kind="button", button_id=str(reply["id"]), text=str(reply.get("title") or ""),
                                  **base)
        return None
    if kind == "button":  # a quick-reply button on a template message
        payload = body.get("payload") or body.get("text")
        return InboundMessage(kind="button", button_id=str(payload or ""), text=str(body.get("text") or ""),
                              **base) if payload else None
    if kind == "location":
        try:
            where = Location(latitude=float(body["latitude"]), longitude=float(body["longitude"]),
                             name=str(body.get("name") or ""), address=str(body.get("address") or ""))
        except (KeyError, TypeError, ValueError):
            return None
        return InboundMessage(kind="location", location=where, **base)
    if kind == "order":
        lines = tuple(line for line in map(_catalog_line, _dicts(body.get("product_items"))) if line is not None)
        return InboundMessage(kind="order", order_lines=lines, text=str(body.get("text") or ""), **base)
    return None


def _catalog_line(item: dict[str, Any]) -> CatalogLine | None:
    """One line of a catalog order; None when its quantity or price is not a number."""
    try:
        quantity = int(str(item.get("quantity") or 0))
        price = float(str(item.get("item_price") or 0))
    except (TypeError, ValueError):
        return None
    if not math.isfinite(price):
        return None
    return CatalogLine(product_retailer_id=str(item.get("product_retailer_id") or ""), quantity=quantity,
                       item_price=price)


def _receipt(raw: dict[str, Any]) -> DeliveryReceipt | None:
    wamid, status = raw.get("id"), raw.get("status")
    if not wamid or not status:
        return None
    errors = _dicts(raw.get("errors"))
    error = "; ".join(f"{e.get('code')}: {e.get('title') or e.get('message')}" for e in errors)
    return DeliveryReceipt(provider_message_id=str(wamid), status=str(status)[:10],
                           recipient_id=str(raw.get("recipient_id") or raw.get("recipient_user_id") or ""),
                           at=_when(raw.get("timestamp")), error=error)


class WhatsAppSender:
    """Sends OutgoingMessages with pywa_async's client, whose Graph API base URL points at
    WHATSAPP_API_URL. The httpx client is ours (transport chosen by measurement: see
    bench/README.md); pywa sets its base URL to graph.facebook.com, we set it back."""

    __slots__ = ("client", "_session")

    def __init__(self, *, phone_id: str, token: str, api_url: str, session: httpx.AsyncClient,
                 api_version: str = GRAPH_API_VERSION) -> None:
        self._session = session
        self.client = WhatsApp(phone_id=phone_id, token=token, session=session, api_version=api_version)
        session.base_url = f"{api_url.rstrip('/')}/v{api_version}"

    async def deliver(self, message: OutgoingMessage, *, window_open: bool, locale: str = "en") -> str:
        """Deliver; returns the wamid. Outside the 24-hour window only a template may be sent:
        in the recipient's language (`locale`, the chat session's), falling back to English
        once if Meta has no approved translation of the template in that language."""
        if not window_open:
            name, params = template_call(message)
            language = template_language(locale)
            try:
                return await self._send_template(message.chat_id, name, language, params)
            except TemplateNotExists:
                if language == FALLBACK_TEMPLATE_LANGUAGE:
                    raise
                log.warning("template %s has no %s translation; sending it in English", name, language)
                return await self._send_template(message.chat_id, name, FALLBACK_TEMPLATE_LANGUAGE, params)
        rendering = for_whatsapp(message)
        sent = await self.client.send_message(message.chat_id, rendering.text or " ", buttons=_buttons(rendering))
        return str(sent.id)

    async def _send_template(self, chat_id: str, name: str, language: str, params: tuple[str, ...]) -> str:
        sent = await self.client.send_template(chat_id, name=name, language=_LANGUAGES[language],
                                               params=[BodyText.params(*params)])
        return str(sent.id)

    async def close(self) -> None:
        await self._session.aclose()


def template_language(locale: str) -> str:
    """The WhatsApp template language code for one of our locales (English for anything else)."""
    return TEMPLATE_LANGUAGES.get(locale, FALLBACK_TEMPLATE_LANGUAGE)


def template_param(text: str) -> str:
    """A value Meta accepts as a template parameter: no newlines or tabs, never more than 4
    spaces in a row (here: every run of white space becomes one space), lines joined by " · ",
    at most TEMPLATE_PARAM_LIMIT characters, never empty."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    flat = TEMPLATE_LINE_SEPARATOR.join(line for line in lines if line)
    if len(flat) > TEMPLATE_PARAM_LIMIT:
        flat = flat[:TEMPLATE_PARAM_LIMIT - 1].rstrip() + "…"
    return flat or NO_ORDER


def template_call(message: OutgoingMessage) -> tuple[str, tuple[str, ...]]:
    """The template and its body parameters for a message sent outside the 24-hour window.

    order_update (the default): ({{1}} the order number — `template_params[0]` when the
    message is about an order, else "—"; {{2}} the message text, with its buttons or list
    rows written out as numbered choices since a template cannot carry them). Any other
    template (otp_code): its `template_params` as given (the text when there are none).
    Every parameter is flattened by template_param."""
    name = message.template or ORDER_UPDATE_TEMPLATE
    if name == ORDER_UPDATE_TEMPLATE:
        choices = choices_of(message)
        text = numbered_text(message.text, choices) if choices else message.text
        reference = message.template_params[0] if message.template_params else NO_ORDER
        params: tuple[str, ...] = (reference, text)
    else:
        params = message.template_params or (message.text,)
    return name, tuple(template_param(p) for p in params)


def _buttons(rendering: Rendering) -> list[types.Button] | types.SectionList | None:
    if rendering.shape == "buttons":
        return [types.Button(title=c.title, callback_data=c.id) for c in rendering.choices]
    if rendering.shape == "list":
        rows = [types.SectionRow(title=c.title, callback_data=c.id, description=c.description or None)
                for c in rendering.choices]
        return types.SectionList(button_title=rendering.list_title, sections=[types.Section(title="", rows=rows)])
    return None


def graph_session(transport: str = "aiohttp", *, connections: int = 64, timeout_s: float = 10.0) -> httpx.AsyncClient:
    """The httpx client pywa sends through. "aiohttp" (httpx-aiohttp's transport) measured
    several times faster than httpx's own pool against a local server (bench/README.md)."""
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    if transport == "aiohttp":
        from httpx_aiohttp import HttpxAiohttpClient

        return HttpxAiohttpClient(timeout=timeout_s, limits=limits)
    return httpx.AsyncClient(timeout=timeout_s, limits=limits)
