"""GET /api/v1/payments/methods and POST /api/v1/payments/calculate-total (spec §8.5), in the
JSON envelope {"success": true, "data": …}. Money in integer paise."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from aiohttp import web

from commerce.commission import CURRENT_RATES
from commerce.errors import InvalidInput
from commerce.orders import PAYMENT_METHODS
from commerce.quotes import quote_items
from commerce.unit_of_work import UnitOfWork
from payments.keys import GATEWAY_CONFIG
from webhooks.keys import DATABASE

routes = web.RouteTableDef()

METHODS: dict[str, dict[str, str]] = {
    "upi": {"name": "UPI", "description": "Google Pay, PhonePe, Paytm or any UPI app, through a payment link"},
    "card": {"name": "Card", "description": "Debit or credit card, through a payment link"},
    "cod": {"name": "Cash on Delivery", "description": "Pay cash when the order arrives"},
}


def _ok(data: Any) -> web.Response:
    return web.json_response({"success": True, "data": data})


@routes.get("/api/v1/payments/methods")
async def payment_methods(request: web.Request) -> web.Response:
    online = GATEWAY_CONFIG in request.app
    fees = {"upi": CURRENT_RATES.upi_rate_bp, "card": CURRENT_RATES.card_rate_bp}
    methods = [{"id": method, **METHODS[method], "enabled": online or method == "cod",
                "customer_fee_paise": 0,
                "store_gateway_fee_bp": fees.get(method, 0),
                "store_handling_fee_paise": CURRENT_RATES.cod_fee_paise if method == "cod" else 0}
               for method in PAYMENT_METHODS]
    return _ok({"methods": methods, "default": "upi" if online else "cod", "currency": "INR"})


def _lines(body: Any) -> tuple[str, list[tuple[str, int]], str | None]:
    if not isinstance(body, dict):
        raise InvalidInput("body", "send a JSON object")
    store_id = body.get("store_id")
    if not isinstance(store_id, str) or not store_id:
        raise InvalidInput("store_id", "store_id is required")
    items = body.get("items")
    if not isinstance(items, list):
        raise InvalidInput("items", "items must be a list of {item_id, quantity}")
    lines: list[tuple[str, int]] = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("item_id"), str):
            raise InvalidInput("items", "each item needs an item_id and a quantity")
        lines.append((item["item_id"], item.get("quantity", 1)))
    method = body.get("payment_method")
    if method is not None and method not in PAYMENT_METHODS:
        raise InvalidInput("payment_method", f"payment method must be one of {', '.join(PAYMENT_METHODS)}")
    return store_id, lines, method


@routes.post("/api/v1/payments/calculate-total")
async def calculate_total(request: web.Request) -> web.Response:
    store_id, lines, method = _lines(await request.json())
    async with UnitOfWork(request.app[DATABASE], write=False) as uow:
        quoted, quote = await quote_items(uow, store_id, lines)
    return _ok({
        "store_id": store_id, "payment_method": method, "currency": "INR",
        "items": [asdict(line) for line in quoted],
        "subtotal_paise": quote.subtotal_paise, "tax_paise": quote.tax_paise,
        "delivery_fee_paise": quote.delivery_fee_paise, "total_paise": quote.total_paise,
        "minimum_order_paise": quote.minimum_order_paise, "meets_minimum": quote.meets_minimum,
    })
