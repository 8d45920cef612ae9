"""GET /owner: a self-contained page (no CDN) where a shop owner pastes their token (or opens
/owner?token=…) and watches orders arrive on the live feed."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

routes = web.RouteTableDef()
PAGE = Path(__file__).with_name("owner.html")


@routes.get("/owner")
async def owner_page(_request: web.Request) -> web.Response:
    return web.Response(text=PAGE.read_text(encoding="utf-8"), content_type="text/html",
                        headers={"Cache-Control": "no-store",
                                 "Content-Security-Policy": "default-src 'self'; script-src 'unsafe-inline'; "
                                                            "style-src 'unsafe-inline'; connect-src 'self'"})
