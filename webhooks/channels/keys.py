"""What the chat channels share on the app. The conversation plugs in with one line:

    app[CONVERSATION] = handle_message   # Handler: (UnitOfWork, InboundMessage) -> list[OutgoingMessage]

and, optionally, the polite text for a sender over the flood limit: `app[FLOOD_REPLY] = …`."""

from __future__ import annotations

from dataclasses import dataclass, field

from aiohttp import web

from bot.handling import FloodPolicy, FloodReply, Handler, RetryPolicy
from bot.outbox_sender import SendPolicy
from bot.pacing import TELEGRAM_PACE, WHATSAPP_PACE, Pace


@dataclass(frozen=True, slots=True, kw_only=True)
class ChannelTuning:
    """Timings and limits; production uses the defaults, tests and the bench shorten them."""

    retry: RetryPolicy = field(default_factory=RetryPolicy)
    flood: FloodPolicy = field(default_factory=FloodPolicy)
    send: SendPolicy = field(default_factory=SendPolicy)
    whatsapp_pace: Pace = WHATSAPP_PACE
    telegram_pace: Pace = TELEGRAM_PACE
    worker_poll_s: float = 0.5
    relay_poll_s: float = 0.25
    graph_transport: str = "aiohttp"  # or "httpx": pywa's default pool (slower; see bench/README.md)
    send_replies: bool = True  # the bench turns the outbox sender off to measure inbound alone


CONVERSATION = web.AppKey("conversation", Handler)
FLOOD_REPLY = web.AppKey("flood_reply", FloodReply)
TUNING = web.AppKey("channel_tuning", ChannelTuning)
