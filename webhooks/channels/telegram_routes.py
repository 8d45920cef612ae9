"""POST /webhooks/telegram: our own route (no PTB updater). The secret token header is
checked first; the update is read with `Update.de_json`, recorded, and answered 200; a
pressed inline button's callback query is answered right after."""

from __future__ import annotations

import logging

from aiohttp import web

from bot.channels.telegram import SECRET_HEADER, parse_update, secret_ok
from webhooks.channels.bodies import json_body, read_limited
from webhooks.channels.runtime import RUNTIME
from webhooks.keys import SETTINGS

log = logging.getLogger("vyapar.telegram")
routes = web.RouteTableDef()
MAX_UPDATE_BYTES = 256 * 1024


@routes.post("/webhooks/telegram")
async def receive(request: web.Request) -> web.Response:
    runtime, settings = request.app[RUNTIME], request.app[SETTINGS]
    if runtime.telegram is None:
        raise web.HTTPNotFound(reason="The Telegram channel is off")
    if not secret_ok(settings.telegram_secret_token, request.headers.get(SECRET_HEADER)):
        raise web.HTTPForbidden(reason="Bad secret token")
    data = json_body(await read_limited(request, MAX_UPDATE_BYTES))
    if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
        raise web.HTTPBadRequest(reason="Not a Telegram update")
    try:
        update = parse_update(data, runtime.telegram.bot)
    except (TypeError, KeyError, ValueError, AttributeError) as exc:  # a shape PTB cannot read: say so once
        log.warning("unreadable Telegram update %s: %r", data.get("update_id"), exc)
        return web.json_response({"ok": True, "recorded": 0})
    try:
        new = await runtime.writer.record(update.messages)
    except Exception as exc:  # not recorded: the provider must redeliver
        raise web.HTTPServiceUnavailable(reason="Could not record the update; please redeliver") from exc
    if update.callback_query_id:
        runtime.later(runtime.telegram.answer_callback(update.callback_query_id))
    return web.json_response({"ok": True, "recorded": sum(new)})
