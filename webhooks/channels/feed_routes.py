"""GET /ws/feed?token=…: a store owner's live feed. {"action":"subscribe","store_id":…} →
{"type":"subscribed",…} (only the token's own store), {"action":"ping"} → {"type":"pong"},
then new_order / order_updated / low_stock events of that store.

A suspended store's owner is refused at every step, whenever the token was issued: the
handshake answers 403 STORE_SUSPENDED, a subscribe answers an error, and a feed already
subscribed gets an error instead of the next event and is closed (1008). Once the store is
activated the same token works again. Each check is one primary-key read of the store."""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Any

from aiohttp import WSCloseCode, WSMsgType, web

from commerce.database import Database
from webhooks.api.auth import refuse_suspended_store, store_suspended
from webhooks.channels.runtime import RUNTIME
from webhooks.keys import DATABASE
from webhooks.tokens import Claims, InvalidToken, read_token

routes = web.RouteTableDef()
SUSPENDED = {"type": "error", "error": "this store is suspended", "error_code": "STORE_SUSPENDED"}


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
    db = request.app[DATABASE]
    await refuse_suspended_store(db, claims)
    store_id = str(claims.store_id)
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
                if await store_suspended(db, store_id):
                    answer = {**SUSPENDED, "store_id": store_id}
                else:
                    queue = live.subscribe(store_id)
                    pump = asyncio.create_task(_pump(ws, queue, db, store_id))
            await ws.send_json(answer)
    finally:
        if pump is not None:
            pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await pump
        if queue is not None:
            live.unsubscribe(store_id, queue)
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


async def _pump(ws: web.WebSocketResponse, queue: asyncio.Queue[dict[str, Any]], db: Database,
                store_id: str) -> None:
    """Forward the store's events; a store suspended since subscribing gets an error and the
    socket is closed, so no further event of it goes out."""
    while not ws.closed:
        event = await queue.get()
        if await store_suspended(db, store_id):
            await ws.send_json({**SUSPENDED, "store_id": store_id})
            await ws.close(code=WSCloseCode.POLICY_VIOLATION, message=b"store suspended")
            return
        await ws.send_json(event)
