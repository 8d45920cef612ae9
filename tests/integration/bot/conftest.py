from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from datetime import UTC, datetime

import pytest

from bot.conversation import handle
from bot.messages import Channel, InboundKind, InboundMessage, OutgoingMessage
from bot.turn import BotContext
from commerce.database import Database
from commerce.demo import DEMO_OWNER_PHONE, seed_demo_store
from commerce.tables import Store
from commerce.unit_of_work import UnitOfWork
from bot.alerts import on_event

_ids = itertools.count(1)


@dataclass
class Chat:
    """A person chatting with the bot: send text or press a button, read the replies."""

    db: Database
    ctx: BotContext
    channel: Channel
    sender: str
    phone: str | None = None
    history: list[OutgoingMessage] = field(default_factory=list)

    async def send(self, text: str = "", button: str = "") -> list[OutgoingMessage]:
        message = InboundMessage(
            channel=self.channel, message_id=f"m{next(_ids)}", sender_id=self.sender, chat_id=self.sender,
            kind="button" if button else "text", text=text, button_id=button, received_at=datetime.now(UTC),
            sender_phone=self.phone, sender_name="Ravi",
        )
        return await self.deliver(message)

    async def send_kind(self, kind: InboundKind, **fields: Any) -> list[OutgoingMessage]:
        """A non-text message: a shared location, a WhatsApp catalog order."""
        message = InboundMessage(
            channel=self.channel, message_id=f"m{next(_ids)}", sender_id=self.sender, chat_id=self.sender,
            kind=kind, received_at=datetime.now(UTC), sender_phone=self.phone, sender_name="Ravi", **fields,
        )
        return await self.deliver(message)

    async def deliver(self, message: InboundMessage) -> list[OutgoingMessage]:
        async with UnitOfWork(self.db) as uow:
            replies = await handle(uow, message, self.ctx)
            await uow.commit()
        self.history.extend(replies)
        return replies


@pytest.fixture
async def demo(db: Database) -> Store:
    db.event_handlers.append(on_event)
    async with UnitOfWork(db) as uow:
        store = await seed_demo_store(uow)
        await uow.commit()
    assert store is not None
    return store


@pytest.fixture
def chat(db: Database) -> Callable[..., Chat]:
    ctx = BotContext(enforce_hours=False)

    def make(channel: Channel = "whatsapp", sender: str = "919812345678", phone: str | None = "+919812345678") -> Chat:
        return Chat(db=db, ctx=ctx, channel=channel, sender=sender, phone=phone)

    return make


OWNER_WA = DEMO_OWNER_PHONE.lstrip("+")
