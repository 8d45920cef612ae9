"""The app with both channels on, pointed at local fake Graph / Bot API servers that the real
pywa and python-telegram-bot clients talk to, and a small echo conversation (a test fixture,
not the product: it answers each message in upper case)."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select

from bot.fakes.bot_api import FakeBotAPI
from bot.fakes.graph_api import FakeGraphAPI
from bot.handling import FloodPolicy, RetryPolicy
from bot.messages import Button, InboundMessage, OutgoingMessage
from bot.outbox_sender import SendPolicy
from bot.pacing import Pace
from commerce.tables import InboxMessage, OutboxMessage
from commerce.unit_of_work import UnitOfWork
from webhooks.app import create_app
from webhooks.channels import CONVERSATION, RUNTIME, TUNING, ChannelTuning
from webhooks.keys import DATABASE
from webhooks.settings import Settings

APP_SECRET = "test-app-secret"
VERIFY_TOKEN = "verify-me"
TG_SECRET = "tg-secret-token"
TG_TOKEN = "123456:TEST"
JWT_SECRET = "jwt-test-secret-0123456789-0123456789"
FAST = ChannelTuning(retry=RetryPolicy(base_delay_s=0.01, max_delay_s=0.05), flood=FloodPolicy(),
                     send=SendPolicy(base_delay_s=0.01, max_delay_s=0.05, poll_s=0.05),
                     whatsapp_pace=Pace(per_second=1000, chat_gap_s=0), telegram_pace=Pace(per_second=1000,
                                                                                            chat_gap_s=0),
                     worker_poll_s=0.05, relay_poll_s=0.05)


async def echo_upper(_uow: UnitOfWork, message: InboundMessage) -> list[OutgoingMessage]:
    said = message.text or message.button_id
    buttons = (Button(id="cart", title="Cart"),) if said.lower() == "menu" else ()
    return [OutgoingMessage(channel=message.channel, chat_id=message.chat_id, text=said.upper(), buttons=buttons)]


@dataclass
class Rig:
    client: TestClient
    app: web.Application
    graph: FakeGraphAPI
    bot_api: FakeBotAPI
    calls: list[InboundMessage]

    async def post_whatsapp(self, body: bytes, *, signature: str | None = "auto") -> Any:
        headers = {"Content-Type": "application/json"}
        if signature == "auto":
            signature = "sha256=" + hmac.new(APP_SECRET.encode(), body, hashlib.sha256).hexdigest()
        if signature is not None:
            headers["X-Hub-Signature-256"] = signature
        return await self.client.post("/webhooks/whatsapp", data=body, headers=headers)

    async def post_telegram(self, update: dict[str, Any], secret: str | None = TG_SECRET) -> Any:
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
        return await self.client.post("/webhooks/telegram", json=update, headers=headers)

    async def inbox(self) -> list[InboxMessage]:
        async with UnitOfWork(self.app[DATABASE], write=False) as uow:
            return list((await uow.session.scalars(select(InboxMessage).order_by(InboxMessage.received_at))).all())

    async def outbox(self) -> list[OutboxMessage]:
        async with UnitOfWork(self.app[DATABASE], write=False) as uow:
            return list((await uow.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))).all())


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not await check():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.02)


def whatsapp_text(text: str, *, wamid: str, sender: str = "919812345678", name: str = "Ravi") -> bytes:
    value = {"messaging_product": "whatsapp",
             "metadata": {"display_phone_number": "15550001111", "phone_number_id": "1234"},
             "contacts": [{"profile": {"name": name}, "wa_id": sender}],
             "messages": [{"from": sender, "id": wamid, "timestamp": str(int(time.time())),
                           "text": {"body": text}, "type": "text"}]}
    return json.dumps({"object": "whatsapp_business_account",
                       "entry": [{"id": "WABA", "changes": [{"value": value, "field": "messages"}]}]}).encode()


def telegram_text(text: str, *, update_id: int, user_id: int = 5550001) -> dict[str, Any]:
    return {"update_id": update_id,
            "message": {"message_id": update_id, "date": int(time.time()), "text": text,
                        "from": {"id": user_id, "is_bot": False, "first_name": "Ravi"},
                        "chat": {"id": user_id, "type": "private", "first_name": "Ravi"}}}


RigFactory = Callable[..., Awaitable[Rig]]


@pytest.fixture
async def make_rig(aiohttp_client: Any, aiohttp_server: Any, tmp_path: Path) -> RigFactory:
    async def build(handler: Any = echo_upper, tuning: ChannelTuning = FAST, **settings: Any) -> Rig:
        graph, bot_api = FakeGraphAPI(), FakeBotAPI()
        graph_server: TestServer = await aiohttp_server(graph.application())
        bot_server: TestServer = await aiohttp_server(bot_api.application())
        values: dict[str, Any] = dict(
            database_url=f"sqlite+aiosqlite:///{tmp_path / 'chat.db'}", jwt_secret=JWT_SECRET,
            whatsapp_token="graph-token", whatsapp_phone_id="1234", whatsapp_app_secret=APP_SECRET,
            whatsapp_verify_token=VERIFY_TOKEN, whatsapp_api_url=str(graph_server.make_url("")).rstrip("/"),
            telegram_token=TG_TOKEN, telegram_secret_token=TG_SECRET,
            telegram_api_url=str(bot_server.make_url("")).rstrip("/"))
        values.update(settings)
        app = create_app(Settings(**values))
        calls: list[InboundMessage] = []

        async def recording(uow: UnitOfWork, message: InboundMessage) -> list[OutgoingMessage]:
            calls.append(message)
            return await handler(uow, message)

        if handler is not None:
            app[CONVERSATION] = recording
        app[TUNING] = tuning
        client = await aiohttp_client(app)
        assert RUNTIME in app
        return Rig(client=client, app=app, graph=graph, bot_api=bot_api, calls=calls)

    return build
