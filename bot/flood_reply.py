"""The one polite reply a flooding sender gets, in their language: the one they picked from
the language menu, else the language of this message when it shows one (a script, or
romanised words of a language), else the language their conversation has been in, else
English. Runs in the worker's unit of work, once per run of refusals."""

from __future__ import annotations

from bot.messages import InboundMessage
from commerce.tables import ChatSession
from commerce.unit_of_work import UnitOfWork
from intents.language import detect_language
from locales import LOCALES, reply_locale, translator


def flood_locale(session: ChatSession | None, text: str) -> str:
    pinned = (session.data or {}).get("pinned_locale") if session is not None else None
    if pinned in LOCALES:
        return str(pinned)
    if text.strip():
        detected = detect_language(text)
        if detected.script != "Latn" or detected.language != "en":
            return reply_locale(detected.language, detected.script)
    if session is not None and session.locale in LOCALES:
        return str(session.locale)
    return "en"


async def flood_text(uow: UnitOfWork, message: InboundMessage) -> str:
    session = await uow.session.get(ChatSession, (message.channel, message.sender_id[:64]))
    return translator(flood_locale(session, message.text or "")).t("rate_limited")
