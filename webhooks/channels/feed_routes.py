"""GET /ws/feed?token=…: a store owner's live feed. {"action":"subscribe","store_id":…} →
{"type":"subscribed",…} (only the token's own store), {"action":"ping"} → {"type":"pong"},
then new_order / order_updated / low_stock events of that store."""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Any

from aiohttp import WSMsgType, web

from webhooks.channels.runtime import RUNTIME
from webhooks.tokens import Claims, InvalidToken, read_token

routes = web.RouteTableDef()


def owner_claims(request: web.Request) -> Claims:
    secret = request.app[RUNTIME].owner_secret
    token = request.query.get("token", "")
    if not token or not secret:
        raise web.HTTPUnauthorized(reason="An owner token is required")
    try:
        claims = read_token(secret, token)
    except InvalidToken as exc:
        raise web.HTTPUnauthorized(reason="Invalid owner token") from exc
    if claims.role != "store_owner" or not claims.store_id:
        raise web.HTTPForbidden(reason="Not a store owner's token")
    return claims


@routes.get("/ws/feed")
async def feed(request: web.Request) -> web.WebSocketResponse:
    claims = owner_claims(request)
    live = request.app[RUNTIME].feed
    ws = web.WebSocketResponse(heartbeat=30, max_msg_size=64 * 1024)
    await ws.prepare(request)
    queue: asyncio.Queue[dict[str, Any]] | None = None
    pump: asyncio.Task[None] | None = None
    try:
        async for message in ws:
            if message.type != WSMsgType.TEXT:
                continue
            answer, subscribe = _answer(message.data, claims)
            if subscribe and queue is None:
                queue = live.subscribe(str(claims.store_id))
                pump = asyncio.create_task(_pump(ws, queue))
            await ws.send_json(answer)
    finally:
        if pump is not None:
            pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await pump
        if queue is not None:
            live.unsubscribe(str(claims.store_id), queue)
    return ws


def _answer(data: str, claims: Claims) -> tuple[dict[str, Any], bool]:
    try:
        request = json.loads(data)
    except json.JSONDecodeError:
        return {"type": "error", "error": "messages must be JSON"}, False
    action = request.get("action") if isinstance(request, dict) else None
    if action == "ping":
        return {"type": "pong"}, False
    if action == "subscribe":
        store_id = request.get("store_id")
        if store_id != claims.store_id:
            return {"type": "error", "error": "you can only watch your own store", "store_id": store_id}, False
        return {"type": "subscribed", "store_id": store_id}, True
    return {"type": "error", "error": "unknown action; use subscribe or ping"}, False


async def _pump(ws: web.WebSocketResponse, queue: asyncio.Queue[dict[str, Any]]) -> None:
    while not ws.closed:
        event = await queue.get()
        await ws.send_json(event)
