"""A fake Telegram Bot API: POST /bot{token}/{method} records the call and answers like
Telegram ({"ok": true, "result": …}). Point python-telegram-bot at it with TELEGRAM_API_URL."""

from __future__ import annotations

import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_USER = {"id": 7000000001, "is_bot": True, "first_name": "Vyapar", "username": "vyapar_test_bot",
            "can_join_groups": False, "can_read_all_group_messages": False, "supports_inline_queries": False}


@dataclass(slots=True)
class BotAPICall:
    token: str
    method: str
    params: dict[str, Any]


@dataclass(slots=True)
class FakeBotAPI:
    calls: list[BotAPICall] = field(default_factory=list)
    fail_next: int = 0
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def application(self) -> web.Application:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._call)
        return app

    def calls_of(self, method: str) -> list[BotAPICall]:
        return [c for c in self.calls if c.method == method]

    async def _call(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await _params(request)
        if self.fail_next > 0 and method == "sendMessage":
            self.fail_next -= 1
            return web.json_response({"ok": False, "error_code": 500, "description": "Internal Server Error"},
                                     status=500)
        self.calls.append(BotAPICall(token=request.match_info["token"], method=method, params=params))
        if method == "getMe":
            return _ok(BOT_USER)
        if method == "sendMessage":
            chat_id = int(params["chat_id"])
            message = {"message_id": next(self._ids), "date": int(time.time()), "text": params.get("text", ""),
                       "chat": {"id": chat_id, "type": "private"}, "from": BOT_USER}
            if params.get("reply_markup"):
                markup = params["reply_markup"]
                message["reply_markup"] = json.loads(markup) if isinstance(markup, str) else markup
            return _ok(message)
        if method in ("answerCallbackQuery", "setWebhook", "deleteWebhook"):
            return _ok(True)
        return web.json_response({"ok": False, "error_code": 404, "description": "Not Found: method not found"},
                                 status=404)


async def _params(request: web.Request) -> dict[str, Any]:
    if request.content_type == "application/json":
        data = await request.json()
        return dict(data) if isinstance(data, dict) else {}
    form = await request.post()
    return {k: v for k, v in form.items() if isinstance(v, str)}


def _ok(result: object) -> web.Response:
    return web.json_response({"ok": True, "result": result})
