"""The admin's review of a flagged payment (money received whose amount does not match the
order, see docs/payments.md): accept it as the order's payment, or refuse it — the order is
cancelled and the amount received refunded. Only the platform admin decides."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from commerce.payments import resolve_flagged_payment
from commerce.unit_of_work import UnitOfWork
from webhooks.api.auth import database, ok, read_json, require
from webhooks.api.openapi import API_PREFIX, obj, operation, path_param

routes = web.RouteTableDef()

REVIEW = obj({"accept": {"type": "boolean", "description": "true: the payment counts; false: cancel and refund"},
              "note": {"type": "string", "maxLength": 300}}, required=["accept"])
OUTCOME = obj({"order_id": {"type": "string"}, "outcome": {"type": "string", "enum": ["confirmed", "refunded"]}})


@routes.post("/admin/orders/{order_id}/payment-review")
async def review_payment(request: web.Request) -> web.Response:
    require(request, "admin")
    body = await read_json(request, REVIEW)
    order_id = request.match_info["order_id"]
    async with UnitOfWork(database(request)) as uow:
        outcome = await resolve_flagged_payment(uow, order_id, bool(body["accept"]), actor="admin",
                                                note=str(body.get("note") or ""))
        await uow.commit()
    return ok({"order_id": order_id, "outcome": outcome})


PATHS: dict[str, dict[str, Any]] = {
    f"{API_PREFIX}/admin/orders/{{order_id}}/payment-review": {"post": operation(
        "Decide on a flagged payment: accept it (the order is confirmed) or refuse it (the order is "
        "cancelled and the amount received refunded)", tag="payments", roles=("admin",),
        params=[path_param("order_id", "ORD-…")], body=REVIEW, data=OUTCOME,
        description="Only for an order holding a payment flagged for review (its amount did not match); "
                    "otherwise 409. Unknown order: 404.")},
}
