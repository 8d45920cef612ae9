"""POST /api/v1/chat/web: the web chat, answered synchronously through the same conversation.
An `Authorization: Bearer` owner token makes the message the token's store owner's; the /api/v1
guards (webhooks/api) refuse an owner token of a suspended store before this handler runs."""

from __future__ import annotations

from aiohttp import web
from sqlalchemy import func, select

from bot.alerts import WEB_ALERT
from bot.messages import OutgoingMessage
from commerce.tables import OutboxMessage
from commerce.unit_of_work import UnitOfWork
from webhooks.keys import DATABASE

from bot.channels.web import BadChatRequest, parse_request, replies_json
from bot.worker import ConversationFailed
from webhooks.channels.bodies import json_body, read_limited
from webhooks.channels.runtime import RUNTIME
from webhooks.tokens import InvalidToken, read_token

routes = web.RouteTableDef()
MAX_CHAT_BYTES = 32 * 1024


def owner_store(request: web.Request, secret: str | None) -> str | None:
    header = request.headers.get("Authorization", "")
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token or not secret:
        raise web.HTTPUnauthorized(reason="Invalid owner token")
    try:
        claims = read_token(secret, token.strip())
    except InvalidToken as exc:
        raise web.HTTPUnauthorized(reason="Invalid owner token") from exc
    if claims.role != "store_owner" or not claims.store_id:
        raise web.HTTPForbidden(reason="Not a store owner's token")
    return claims.store_id


@routes.post("/api/v1/chat/web")
async def chat(request: web.Request) -> web.Response:
    runtime = request.app[RUNTIME]
    store_id = owner_store(request, runtime.owner_secret)
    body = json_body(await read_limited(request, MAX_CHAT_BYTES))
    try:
        message = parse_request(body, owner_store_id=store_id)
    except BadChatRequest as exc:
        raise web.HTTPUnprocessableEntity(reason=str(exc)) from exc
    if runtime.worker is None:
        raise web.HTTPServiceUnavailable(reason="The conversation is not available yet")
    try:
        replies = await runtime.worker.converse_now(message)
    except ConversationFailed as exc:
        raise web.HTTPServiceUnavailable(reason="Sorry, something went wrong; please try again") from exc
    return web.json_response(replies_json(replies))


MAX_ID = 2**63 - 1  # outbox ids are 64-bit integers


@routes.get("/api/v1/chat/web/updates")
async def updates(request: web.Request) -> web.Response:
    """What happened since the page last asked: alerts for this browser user (payment received,
    order accepted, …), which a browser cannot be pushed. `after` is the last id seen; without
    it the answer is empty with the id to start from."""
    user = request.query.get("user_id", "").strip()
    if not user or len(user) > 64:
        raise web.HTTPUnprocessableEntity(reason="user_id must be a non-empty string of at most 64 characters")
    after_text = request.query.get("after", "")
    if after_text and not (after_text.isascii() and after_text.isdigit() and int(after_text) <= MAX_ID):
        raise web.HTTPUnprocessableEntity(reason=f"after must be a whole number from 0 to {MAX_ID}")
    async with UnitOfWork(request.app[DATABASE], write=False) as uow:
        if not after_text:
            latest = await uow.session.scalar(select(func.max(OutboxMessage.id))) or 0
            return web.json_response({"after": int(latest), "replies": []})
        after = int(after_text)
        rows = (await uow.session.execute(
            select(OutboxMessage.id, OutboxMessage.payload)
            .where(OutboxMessage.kind == WEB_ALERT, OutboxMessage.id > after)
            .order_by(OutboxMessage.id).limit(500))).all()
    last = max([after] + [r.id for r in rows])
    mine = [OutgoingMessage.from_json(r.payload) for r in rows if r.payload.get("chat_id") == user]
    return web.json_response({"after": last, **replies_json(mine)})
