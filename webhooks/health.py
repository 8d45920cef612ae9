"""Liveness (/healthz: the process answers) and readiness (/readyz: the database answers)."""

from __future__ import annotations

from aiohttp import web

from webhooks.keys import DATABASE

routes = web.RouteTableDef()


@routes.get("/healthz")
async def healthz(_request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


@routes.get("/readyz")
async def readyz(request: web.Request) -> web.Response:
    if await request.app[DATABASE].ping():
        return web.json_response({"status": "ready", "database": "ok"})
    return web.json_response({"status": "not ready", "database": "unreachable"}, status=503)
