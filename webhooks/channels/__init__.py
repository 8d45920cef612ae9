"""The chat channels on the app: WhatsApp and Telegram webhooks, the web chat, the owners'
live feed and page. `setup_channels(app)` is the one line create_app calls."""

from __future__ import annotations

from aiohttp import web

from webhooks.channels import feed_routes, owner_page, telegram_routes, web_chat_routes, whatsapp_routes
from webhooks.channels.keys import CONVERSATION, FLOOD_REPLY, TUNING, ChannelTuning
from webhooks.channels.runtime import RUNTIME, channels_ctx

__all__ = ["CONVERSATION", "FLOOD_REPLY", "RUNTIME", "TUNING", "ChannelTuning", "setup_channels"]


def setup_channels(app: web.Application) -> None:
    for module in (whatsapp_routes, telegram_routes, web_chat_routes, feed_routes, owner_page):
        app.add_routes(module.routes)
    app.cleanup_ctx.append(channels_ctx)
