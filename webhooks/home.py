"""GET / : what is running here, for a person who just started the server."""

from __future__ import annotations

from aiohttp import web
from sqlalchemy import func, select

from commerce.tables import InventoryItem, Store
from commerce.unit_of_work import UnitOfWork
from webhooks.keys import DATABASE

routes = web.RouteTableDef()


@routes.get("/")
async def home(request: web.Request) -> web.Response:
    async with UnitOfWork(request.app[DATABASE], write=False) as uow:
        stores = (await uow.session.execute(
            select(Store.name, Store.code, Store.pincode, func.count(InventoryItem.id))
            .join(InventoryItem, InventoryItem.store_id == Store.id, isouter=True)
            .group_by(Store.id).order_by(Store.created_at).limit(20)
        )).all()
    return web.json_response({
        "service": "VyaparAI Bot",
        "stores": [{"name": n, "code": c, "pincode": p, "products": k} for n, c, p, k in stores],
        "health": "/healthz", "ready": "/readyz",
    })
