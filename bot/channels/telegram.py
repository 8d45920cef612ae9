"""Telegram adapter. Inbound: an Update (python-telegram-bot's `Update.de_json`, fed from our own
aiohttp route, no updater) → InboundMessages: text, /start, callback queries from inline
keyboards, locations. Outbound: an OutgoingMessage → `Bot.send_message` with an inline keyboard."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.request import HTTPXRequest

from bot.channels.choices import choices_of, numbered_text
from bot.messages import InboundMessage, Location, OutgoingMessage

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_CALLBACK_DATA_BYTES = 64
MAX_INLINE_BUTTONS = 100


@dataclass(frozen=True, slots=True, kw_only=True)
class TelegramUpdate:
    messages: tuple[InboundMessage, ...] = ()
    callback_query_id: str = ""  # to be answered so the customer's spinner stops


def secret_ok(expected: str | None, header: str | None) -> bool:
    if not expected or not header:
        return False
    return hmac.compare_digest(expected.encode(), header.encode())


def new_bot(token: str, api_url: str, *, pool_size: int = 16, transport: str = "aiohttp") -> Bot:
    """python-telegram-bot's Bot on httpx; "aiohttp" puts httpx-aiohttp's transport under it
    (several times the sends per second of httpx's own pool, as for pywa: bench/README.md)."""
    httpx_kwargs: dict[str, Any] = {}
    if transport == "aiohttp":
        from httpx_aiohttp import AiohttpTransport

        httpx_kwargs["transport"] = AiohttpTransport(
            limits=httpx.Limits(max_connections=pool_size, max_keepalive_connections=pool_size))
    request = HTTPXRequest(connection_pool_size=pool_size, httpx_kwargs=httpx_kwargs)
    return Bot(token, base_url=f"{api_url.rstrip('/')}/bot", request=request)


def parse_update(data: dict[str, Any], bot: Bot) -> TelegramUpdate:
    """Raises (TypeError, KeyError, ValueError) on an update PTB cannot read."""
    update = Update.de_json(_mended(data), bot)
    if update is None:
        return TelegramUpdate()
    message_id = f"{update.update_id}"
    query = update.callback_query
    if query is not None:
        chat = query.message.chat.id if query.message is not None else query.from_user.id
        if not query.data:
            return TelegramUpdate(callback_query_id=query.id)
        inbound = InboundMessage(channel="telegram", message_id=message_id, sender_id=str(query.from_user.id),
                                 chat_id=str(chat), kind="button", button_id=str(query.data),
                                 received_at=datetime.now(UTC), sender_name=query.from_user.full_name)
        return TelegramUpdate(messages=(inbound,), callback_query_id=query.id)
    message = update.message
    if message is None or message.from_user is None:
        return TelegramUpdate()  # edited messages, channel posts, …: not orders
    return TelegramUpdate(messages=tuple(m for m in (_from_message(message_id, message),) if m is not None))


def _mended(data: dict[str, Any]) -> dict[str, Any]:
    """Fill the fields Telegram always sends but older documentation samples leave out
    (`from.is_bot`, `chat.type`, `callback_query.chat_instance`), so PTB can read them too."""
    mended = dict(data)
    for key in ("message", "edited_message", "callback_query"):
        part = mended.get(key)
        if not isinstance(part, dict):
            continue
        part = mended[key] = dict(part)
        if isinstance(part.get("from"), dict):
            part["from"] = {"is_bot": False, **part["from"]}
        chat = part.get("chat")
        if isinstance(chat, dict) and "type" not in chat:
            part["chat"] = {**chat, "type": "private" if int(chat.get("id") or 0) > 0 else "group"}
        if key == "callback_query":
            part.setdefault("chat_instance", "")
            inner = part.get("message")
            if isinstance(inner, dict) and isinstance(inner.get("from"), dict):
                part["message"] = {**inner, "from": {"is_bot": False, **inner["from"]}}
    return mended


def _from_message(message_id: str, message: Message) -> InboundMessage | None:
    user = message.from_user
    assert user is not None
    base: dict[str, Any] = dict(channel="telegram", message_id=message_id, sender_id=str(user.id),
                                chat_id=str(message.chat.id), received_at=message.date, sender_name=user.full_name)
    if message.location is not None:
        where = Location(latitude=message.location.latitude, longitude=message.location.longitude)
        return InboundMessage(kind="location", location=where, **base)
    if message.text:
        return InboundMessage(kind="text", text=message.text, **base)  # "/start" arrives as text
    return None


def keyboard_for(message: OutgoingMessage) -> tuple[str, InlineKeyboardMarkup | None]:
    """Buttons and list rows become one inline button per line; callback data longer than
    Telegram's 64 bytes cannot be a button, so such a message degrades to numbered text."""
    choices = choices_of(message)
    if not choices:
        return message.text, None
    if len(choices) > MAX_INLINE_BUTTONS or any(
            len(c.id.encode()) > MAX_CALLBACK_DATA_BYTES or not c.id for c in choices):
        return numbered_text(message.text, choices), None
    rows = [[InlineKeyboardButton(c.title, callback_data=c.id)] for c in choices]
    return message.text, InlineKeyboardMarkup(rows)


class TelegramSender:
    __slots__ = ("bot", "_ready")

    def __init__(self, bot: Bot) -> None:
        self.bot = bot
        self._ready = False

    async def deliver(self, message: OutgoingMessage, *, window_open: bool = True, locale: str = "en") -> str:
        if not self._ready:
            await self.bot.initialize()
            self._ready = True
        text, markup = keyboard_for(message)
        sent = await self.bot.send_message(int(message.chat_id), text or " ", reply_markup=markup)
        return str(sent.message_id)

    async def answer_callback(self, callback_query_id: str) -> None:
        await self.bot.answer_callback_query(callback_query_id)

    async def close(self) -> None:
        if self._ready:
            await self.bot.shutdown()
