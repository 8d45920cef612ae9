"""GET / : chat with the shop in a browser (the web chat channel).
GET /api/v1/info : what is running here — the shops and where to look next."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web
from sqlalchemy import func, select

from commerce.tables import InventoryItem, Store
from commerce.unit_of_work import UnitOfWork
from webhooks.keys import DATABASE

routes = web.RouteTableDef()
CHAT_PAGE = Path(__file__).parent / "pages" / "chat.html"


@routes.get("/")
async def chat_page(_request: web.Request) -> web.Response:
    return web.Response(text=CHAT_PAGE.read_text(encoding="utf-8"), content_type="text/html", charset="utf-8")


@routes.get("/api/v1/info")
async def info(request: web.Request) -> web.Response:
    async with UnitOfWork(request.app[DATABASE], write=False) as uow:
        stores = (await uow.session.execute(
            select(Store.name, Store.code, Store.pincode, func.count(InventoryItem.id))
            .join(InventoryItem, InventoryItem.store_id == Store.id, isouter=True)
            .group_by(Store.id).order_by(Store.created_at).limit(20)
        )).all()
    return web.json_response({
        "service": "VyaparAI Bot",
        "stores": [{"name": n, "code": c, "pincode": p, "products": k} for n, c, p, k in stores],
        "chat": "/", "owner": "/owner", "health": "/healthz", "ready": "/readyz", "api": "/api/v1/docs",
    })
