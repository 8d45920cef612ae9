"""One inbound message, one turn: load the chat session, work out who is writing (a customer,
or the owner of a shop), understand the text, run the step, and return the replies. Runs
inside the caller's unit of work, so the replies, the business change and the new state
commit together; what must wait for that commit (asking Razorpay for a payment link) comes
back as after-commit steps with the replies (bot.handling.Replies)."""

from __future__ import annotations

import logging
import re

from bot.customer import customer_turn
from bot.handling import Replies
from bot.messages import InboundMessage, OutgoingMessage
from bot.owner import owner_turn
from bot.session import load_session, move
from bot.turn import BotContext, Turn
from commerce import customers
from commerce.errors import DomainError
from commerce.owner_links import PREFIX as OWNER_LINK_PREFIX, redeem_owner_link_code
from commerce.stores import get_store, only_active_store, stores_owned_by
from commerce.tables import ChatSession, Store
from commerce.unit_of_work import UnitOfWork
from intents.parse import parse as understand
from intents.types import Parse
from locales import LOCALES, reply_locale, translator

log = logging.getLogger("vyapar.bot")
MAX_TEXT = 2000


async def _owner_store(uow: UnitOfWork, message: InboundMessage, session: ChatSession) -> Store | None:
    """The store this sender owns, if any. WhatsApp proves the phone number; web chat proves a
    token; nothing else is taken on trust."""
    if message.channel == "web":
        if message.owner_token and message.owner_store_id:
            return await get_store(uow, message.owner_store_id)
        return None
    phone = message.sender_phone or (f"+{message.sender_id}" if message.channel == "whatsapp" else None)
    if phone:
        try:
            owned = await stores_owned_by(uow, phone)
        except DomainError:
            owned = []
        if owned:
            return owned[0]
    if session.role == "owner" and session.store_id and message.channel != "whatsapp":
        return await get_store(uow, session.store_id)  # linked earlier through a verified path
    return None


def choose_locale(session: ChatSession, parse: Parse | None, default: str = "en") -> str:
    """A language the customer picked themselves (the language menu) wins until they pick
    again. Otherwise answer in the language of this message when it says something about its
    language (a script, or romanised words of a language), else keep the conversation's."""
    pinned = (session.data or {}).get("pinned_locale")
    if pinned in LOCALES:
        return str(pinned)
    remembered = session.locale if session.locale in LOCALES else None
    if parse is not None and parse.text.strip():
        if parse.script != "Latn" or parse.language != "en":
            return reply_locale(parse.language, parse.script)
    return remembered or default


_OWNER_LINK = re.compile(r"/start\s+(" + OWNER_LINK_PREFIX + r"\S+)", re.IGNORECASE)


async def _link_telegram_owner(uow: UnitOfWork, message: InboundMessage, session: ChatSession,
                               code: str) -> list[OutgoingMessage]:
    """"/start own_…" in Telegram: a one-time code the owner got on a verified channel makes
    this chat an owner chat of that shop (alerts come here too); a bad code changes nothing."""
    store = await redeem_owner_link_code(uow, code)
    locale = session.locale if session.locale in LOCALES else "hi_Latn"
    tr = translator(locale)
    if store is None:
        text = tr.t("owner.telegram.link_invalid")
    else:
        session.role, session.store_id, session.locale = "owner", store.id, locale
        move(session, "owner")
        text = tr.t("owner.telegram.linked", store=store.name)
    return [OutgoingMessage(channel=message.channel, chat_id=message.chat_id, text=text)]


async def handle(uow: UnitOfWork, message: InboundMessage, ctx: BotContext) -> list[OutgoingMessage]:
    session = await load_session(uow, message)
    if message.channel == "telegram" and message.kind == "text":
        linking = _OWNER_LINK.fullmatch(message.text.strip())
        if linking:
            return await _link_telegram_owner(uow, message, session, linking.group(1))
    owner_store = await _owner_store(uow, message, session)
    role = "owner" if owner_store is not None else "customer"
    session.role = role
    if owner_store is not None:
        session.store_id = owner_store.id
    if session.store_id is None:
        only = await only_active_store(uow)
        session.store_id = only.id if only is not None else None
    store_id = session.store_id
    parse: Parse | None = None
    if message.kind == "text" and message.text.strip():
        catalog = (await ctx.catalogs.for_store(uow, store_id)).index if store_id else None
        parse = understand(message.text[:MAX_TEXT], role=role, catalog=catalog)
    locale = choose_locale(session, parse, default="hi_Latn" if role == "owner" else "en")
    session.locale = locale
    turn = Turn(uow=uow, message=message, session=session, ctx=ctx, locale=locale)
    try:
        if owner_store is not None:
            await owner_turn(turn, parse, owner_store)
        else:
            customer = await customers.get_or_create_customer(
                uow, message.channel, message.sender_id, phone=message.sender_phone, name=message.sender_name[:100])
            if customer.language != turn.locale:
                customer.language = turn.locale
            await customer_turn(turn, parse, customer)
    except DomainError as exc:  # a business rule said no in a way no step foresaw: say so kindly
        log.warning("domain error in conversation: %s %s", exc.code, exc.message)
        turn.replies.clear()
        turn.say(turn.t("error.generic"))
    return Replies(turn.replies, after_commit=turn.after_commit)


def rate_limited_reply(message: InboundMessage, locale: str | None = None) -> OutgoingMessage:
    """The one polite answer a flooding sender gets before silence."""
    text = translator(locale or "en").t("rate_limited")
    return OutgoingMessage(channel=message.channel, chat_id=message.chat_id, text=text)
