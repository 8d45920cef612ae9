"""The conversation's memory: one ChatSession row per channel and sender, locked for the
unit of work so one sender's messages are handled one at a time on every replica."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, select

from bot.messages import InboundMessage
from commerce.tables import ChatSession, utcnow
from commerce.unit_of_work import UnitOfWork
from commerce.upsert import insert_if_absent


# Built once: only the key changes per message, so the statement is neither rebuilt nor re-keyed.
_SESSION = (select(ChatSession)
            .where(ChatSession.channel == bindparam("channel"), ChatSession.sender_id == bindparam("sender_id"))
            .with_for_update().execution_options(populate_existing=True))


async def load_session(uow: UnitOfWork, message: InboundMessage) -> ChatSession:
    """This sender's session, locked for the turn (created on their first message). The worker
    has usually upserted the row already (note_inbound), so one SELECT is the common case."""
    key = {"channel": message.channel, "sender_id": message.sender_id}
    session = await uow.session.scalar(_SESSION, key)
    if session is None:
        await insert_if_absent(uow, ChatSession, {
            "channel": message.channel, "sender_id": message.sender_id, "role": "customer", "state": "start",
            "data": {}, "updated_at": utcnow(),
        })
        session = await uow.session.scalar(_SESSION, key)
    assert session is not None
    session.last_inbound_at = message.received_at
    return session


# Kept across every move: the language a customer picked themselves (it wins over detection).
PERSISTENT_KEYS = ("address_hint", "pinned_locale")


def move(session: ChatSession, state: str, **data: Any) -> None:
    """Go to a state with exactly this data (JSON-able), keeping only the keys that persist."""
    keep = {k: v for k, v in (session.data or {}).items() if k in PERSISTENT_KEYS}
    session.state = state
    session.data = {**keep, **data}
    session.updated_at = utcnow()
