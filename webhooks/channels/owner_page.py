"""GET /owner: a self-contained page (no CDN) where a shop owner pastes their token (or opens
/owner?token=…) and watches orders arrive on the live feed, in their language (?lang=xx, else
the browser's Accept-Language; see webhooks/page_i18n.py)."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from commerce.orders import PAYMENT_STATUSES, STATUSES
from webhooks.page_i18n import page_response

routes = web.RouteTableDef()
PAGE = Path(__file__).with_name("owner.html")
# Every string the page's script shows: its own messages and the order / payment status names
# the chat already uses.
SCRIPT_MSGIDS: tuple[str, ...] = (
    "page.owner.status.connecting", "page.owner.status.live", "page.owner.status.retrying",
    "page.owner.error.sign_in", "page.owner.error.suspended",
    "page.owner.event.new_order", "page.owner.event.order_updated", "page.owner.event.payment_updated",
    "page.owner.event.low_stock", "page.owner.event.other",
    "owner.payment.cod", "owner.payment.paid", "owner.payment.pending",
    *(f"status.{status}" for status in STATUSES),
    *(f"payment.status.{status}" for status in (*PAYMENT_STATUSES, "cod")),
)


@routes.get("/owner")
async def owner_page(request: web.Request) -> web.Response:
    return page_response(request, PAGE, SCRIPT_MSGIDS,
                         headers={"Cache-Control": "no-store",
                                  "Content-Security-Policy": "default-src 'self'; script-src 'unsafe-inline'; "
                                                             "style-src 'unsafe-inline'; connect-src 'self'"})
