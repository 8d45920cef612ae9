"""GET / : chat with the shop in a browser (the web chat channel), the page in the reader's
language (?lang=xx, else Accept-Language; see webhooks/page_i18n.py).
GET /api/v1/info : what is running here — the shops a customer can order from (active ones,
as the chat offers them; a suspended or inactive shop is not listed) and where to look next."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web
from sqlalchemy import func, select

from commerce.tables import InventoryItem, Store
from commerce.unit_of_work import UnitOfWork
from webhooks.keys import DATABASE
from webhooks.page_i18n import page_response

routes = web.RouteTableDef()
CHAT_PAGE = Path(__file__).parent / "pages" / "chat.html"
CHAT_SCRIPT_MSGIDS = ("page.chat.error", "page.chat.offline", "rate_limited")  # shown by the page's script


@routes.get("/")
async def chat_page(request: web.Request) -> web.Response:
    return page_response(request, CHAT_PAGE, CHAT_SCRIPT_MSGIDS)


@routes.get("/api/v1/info")
async def info(request: web.Request) -> web.Response:
    async with UnitOfWork(request.app[DATABASE], write=False) as uow:
        stores = (await uow.session.execute(
            select(Store.name, Store.code, Store.pincode, func.count(InventoryItem.id))
            .join(InventoryItem, InventoryItem.store_id == Store.id, isouter=True)
            .where(Store.status == "active")
            .group_by(Store.id).order_by(Store.created_at).limit(20)
        )).all()
    return web.json_response({
        "service": "VyaparAI Bot",
        "stores": [{"name": n, "code": c, "pincode": p, "products": k} for n, c, p, k in stores],
        "chat": "/", "owner": "/owner", "health": "/healthz", "ready": "/readyz", "api": "/api/v1/docs",
    })
