"""A shop's orders (spec §8.4): list with filters, details, status, named status changes,
cancel, paginated history, CSV / PDF export and the day's figures. An owner works on their
own store's orders (another store's order is "not found"); an admin names the store with
?store_id=. Customers use their own endpoints, not these."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime
from typing import Any

from aiohttp import web

from commerce import orders as shop_orders
from commerce.errors import InvalidInput, InvalidTransition
from commerce.order_history import order_history, orders_for_export
from commerce.orders import STATUSES, OrderPage
from commerce.stores import INDIA
from commerce.tables import Order, OrderEvent, OrderLine, utcnow
from commerce.unit_of_work import UnitOfWork
from webhooks.api.auth import acting_store, database, ok, read_json, require
from webhooks.api.openapi import API_PREFIX, STORE_QUERY, nullable, obj, operation, path_param, query_param
from webhooks.api.order_files import orders_csv, orders_pdf
from webhooks.tokens import Claims

routes = web.RouteTableDef()
_ROLES = ("admin", "store_owner")
_TAG = "orders"


# -- reading the query --------------------------------------------------------------------

def india_day(request: web.Request, name: str) -> date | None:
    raw = request.query.get(name, "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise InvalidInput(name, f"{name} must be a date, YYYY-MM-DD") from exc


def date_window(request: web.Request) -> tuple[datetime | None, datetime | None]:
    """?from=&to= as India calendar days, both included → UTC instants [since, until)."""
    first, last = india_day(request, "from"), india_day(request, "to")
    if first and last and last < first:
        raise InvalidInput("to", "to must not be before from")
    since = shop_orders.india_day_bounds(first)[0] if first else None
    until = shop_orders.india_day_bounds(last)[1] if last else None
    return since, until


def whole(request: web.Request, name: str, default: int, low: int, high: int) -> int:
    raw = request.query.get(name, "")
    if raw == "":
        return default
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise InvalidInput(name, f"{name} must be a whole number from {low} to {high}")
    return int(raw)


def _status_filter(request: web.Request) -> str | None:
    status = request.query.get("status") or None
    if status is not None and status not in STATUSES:
        raise InvalidInput("status", f"status must be one of {', '.join(STATUSES)}")
    return status


def _actor(claims: Claims) -> str:
    return "admin" if claims.role == "admin" else "owner"


# -- answers ------------------------------------------------------------------------------

def order_json(order: Order) -> dict[str, Any]:
    return {
        "id": order.id, "order_number": order.order_number, "store_id": order.store_id,
        "customer_id": order.customer_id, "customer_name": order.customer_name,
        "customer_phone": order.customer_phone, "status": order.status, "payment_status": order.payment_status,
        "payment_method": order.payment_method, "subtotal_paise": order.subtotal_paise,
        "tax_paise": order.tax_paise, "delivery_fee_paise": order.delivery_fee_paise,
        "total_paise": order.total_paise, "delivery_address": order.delivery_address, "channel": order.channel,
        "notes": order.notes, "created_at": order.created_at.isoformat(), "updated_at": order.updated_at.isoformat(),
    }


def _line_json(line: OrderLine) -> dict[str, Any]:
    return {"item_id": line.item_id, "name": line.name, "size_text": line.size_text, "quantity": line.quantity,
            "unit_price_paise": line.unit_price_paise, "line_total_paise": line.line_total_paise}


def _event_json(event: OrderEvent) -> dict[str, Any]:
    return {"field": event.field, "from": event.from_value, "to": event.to_value, "actor": event.actor,
            "reason": event.reason, "at": event.created_at.isoformat()}


def _page_json(found: OrderPage) -> dict[str, Any]:
    return {"items": [order_json(o) for o in found.orders], "total": found.total, "page": found.page,
            "limit": found.limit, "pages": found.pages}


async def _details(uow: UnitOfWork, order: Order) -> dict[str, Any]:
    return {**order_json(order),
            "items": [_line_json(line) for line in await shop_orders.order_lines(uow, order.id)],
            "events": [_event_json(event) for event in await shop_orders.order_events(uow, order.id)]}


# -- handlers -----------------------------------------------------------------------------

@routes.get("/orders/history")
async def history(request: web.Request) -> web.Response:
    store_id = acting_store(request, require(request, *_ROLES))
    since, until = date_window(request)
    async with UnitOfWork(database(request), write=False) as uow:
        found = await order_history(uow, store_id, since=since, until=until, page=whole(request, "page", 1, 1, 100_000),
                                    limit=whole(request, "limit", 20, 1, 100))
    return ok(_page_json(found))


@routes.get("/orders/export")
async def export(request: web.Request) -> web.Response:
    store_id = acting_store(request, require(request, *_ROLES))
    kind = request.query.get("format", "csv")
    if kind not in ("csv", "pdf"):
        raise InvalidInput("format", "format must be csv or pdf")
    since, until = date_window(request)
    async with UnitOfWork(database(request), write=False) as uow:
        found = await orders_for_export(uow, store_id, since=since, until=until, status=_status_filter(request))
    stamp = utcnow().astimezone(INDIA).strftime("%Y%m%d-%H%M")
    headers = {"Content-Disposition": f'attachment; filename="orders-{stamp}.{kind}"'}
    if kind == "csv":
        return web.Response(body=orders_csv(found), content_type="text/csv", charset="utf-8", headers=headers)
    title = f"Orders of {store_id}, exported {utcnow().astimezone(INDIA).strftime('%d %b %Y %H:%M')} IST"
    return web.Response(body=orders_pdf(found, title=title), content_type="application/pdf", headers=headers)


@routes.get("/orders/stats/daily")
async def daily(request: web.Request) -> web.Response:
    store_id = acting_store(request, require(request, *_ROLES))
    async with UnitOfWork(database(request), write=False) as uow:
        stats = await shop_orders.daily_stats(uow, store_id, india_day(request, "date"))
    return ok({"date": stats.day.isoformat(), "orders": stats.orders, "by_status": stats.by_status,
               "sales_paise": stats.sales_paise, "average_order_paise": stats.average_order_paise,
               "items_sold": stats.items_sold, "cancelled": stats.cancelled})


@routes.get("/orders")
async def list_orders(request: web.Request) -> web.Response:
    store_id = acting_store(request, require(request, *_ROLES))
    since, until = date_window(request)
    async with UnitOfWork(database(request), write=False) as uow:
        found = await shop_orders.list_orders(
            uow, store_id=store_id, customer_id=request.query.get("customer") or None, status=_status_filter(request),
            since=since, until=until, page=whole(request, "page", 1, 1, 100_000),
            limit=whole(request, "limit", 20, 1, 100))
    return ok(_page_json(found))


@routes.get("/orders/{order_id}")
async def get_order(request: web.Request) -> web.Response:
    store_id = acting_store(request, require(request, *_ROLES))
    async with UnitOfWork(database(request), write=False) as uow:
        order = await shop_orders.get_order(uow, request.match_info["order_id"], store_id=store_id)
        return ok(await _details(uow, order))


@routes.get("/orders/{order_id}/status")
async def get_status(request: web.Request) -> web.Response:
    store_id = acting_store(request, require(request, *_ROLES))
    async with UnitOfWork(database(request), write=False) as uow:
        order = await shop_orders.get_order(uow, request.match_info["order_id"], store_id=store_id)
        events = await shop_orders.order_events(uow, order.id)
    return ok({"order_id": order.id, "order_number": order.order_number, "status": order.status,
               "payment_status": order.payment_status, "updated_at": order.updated_at.isoformat(),
               "history": [_event_json(e) for e in events if e.field == "status"]})


Step = Callable[[UnitOfWork, str, str, str, str], Awaitable[Order]]


async def _confirm(uow: UnitOfWork, order_id: str, store_id: str, actor: str, reason: str) -> Order:
    await shop_orders.get_order(uow, order_id, store_id=store_id)  # the tenant check confirm_order lacks
    return await shop_orders.confirm_order(uow, order_id, actor=actor)


async def _accept(uow: UnitOfWork, order_id: str, store_id: str, actor: str, reason: str) -> Order:
    return await shop_orders.accept_order(uow, order_id, store_id=store_id, actor=actor)


async def _send_out(uow: UnitOfWork, order_id: str, store_id: str, actor: str, reason: str) -> Order:
    return await shop_orders.send_out_for_delivery(uow, order_id, store_id=store_id, actor=actor)


async def _deliver(uow: UnitOfWork, order_id: str, store_id: str, actor: str, reason: str) -> Order:
    return await shop_orders.mark_delivered(uow, order_id, store_id=store_id, actor=actor)


async def _cancel(uow: UnitOfWork, order_id: str, store_id: str, actor: str, reason: str) -> Order:
    return await shop_orders.cancel_order(uow, order_id, by="admin" if actor == "admin" else "owner",
                                          reason=reason, store_id=store_id)


STEPS: dict[str, Step] = {"confirmed": _confirm, "processing": _accept, "out_for_delivery": _send_out,
                          "delivered": _deliver, "cancelled": _cancel}
STATUS_CHANGE = obj({"status": {"type": "string", "enum": list(STATUSES)},
                     "reason": {"type": "string", "maxLength": 300}}, required=["status"])
CANCEL = obj({"reason": {"type": "string", "maxLength": 300}}, required=[])


async def _change(request: web.Request, to: str, reason: str, claims: Claims, store_id: str) -> web.Response:
    order_id = request.match_info["order_id"]
    async with UnitOfWork(database(request)) as uow:
        current = await shop_orders.get_order(uow, order_id, store_id=store_id)
        step = STEPS.get(to)
        if step is None:  # "pending": no named transition leads back there
            raise InvalidTransition("order", current.status, to)
        order = await step(uow, order_id, store_id, _actor(claims), reason)
        await uow.commit()
        return ok(await _details(uow, order))


@routes.put("/orders/{order_id}/status")
async def update_status(request: web.Request) -> web.Response:
    claims = require(request, *_ROLES)
    store_id = acting_store(request, claims)
    body = await read_json(request, STATUS_CHANGE)
    return await _change(request, body["status"], body.get("reason", ""), claims, store_id)


@routes.post("/orders/{order_id}/cancel")
async def cancel(request: web.Request) -> web.Response:
    claims = require(request, *_ROLES)
    store_id = acting_store(request, claims)
    body = await read_json(request, CANCEL) if request.body_exists else {}
    return await _change(request, "cancelled", body.get("reason", ""), claims, store_id)


# -- the OpenAPI fragment -----------------------------------------------------------------

_DATETIME = {"type": "string", "format": "date-time"}
_PAISE = {"type": "integer", "minimum": 0}
ORDER = obj({
    "id": {"type": "string"}, "order_number": {"type": "string"}, "store_id": {"type": "string"},
    "customer_id": {"type": "string"}, "customer_name": {"type": "string"},
    "customer_phone": nullable({"type": "string"}), "status": {"type": "string", "enum": list(STATUSES)},
    "payment_status": {"type": "string"}, "payment_method": {"type": "string"}, "subtotal_paise": _PAISE,
    "tax_paise": _PAISE, "delivery_fee_paise": _PAISE, "total_paise": _PAISE,
    "delivery_address": {"type": "string"}, "channel": {"type": "string"}, "notes": {"type": "string"},
    "created_at": _DATETIME, "updated_at": _DATETIME,
})
EVENT = obj({"field": {"type": "string"}, "from": nullable({"type": "string"}), "to": {"type": "string"},
             "actor": {"type": "string"}, "reason": {"type": "string"}, "at": _DATETIME})
LINE = obj({"item_id": {"type": "string"}, "name": {"type": "string"}, "size_text": {"type": "string"},
            "quantity": {"type": "integer", "minimum": 1}, "unit_price_paise": _PAISE, "line_total_paise": _PAISE})
DETAILS = obj({**ORDER["properties"], "items": {"type": "array", "items": LINE},
               "events": {"type": "array", "items": EVENT}})
PAGE = obj({"items": {"type": "array", "items": ORDER}, "total": {"type": "integer", "minimum": 0},
            "page": {"type": "integer", "minimum": 1}, "limit": {"type": "integer", "minimum": 1},
            "pages": {"type": "integer", "minimum": 0}})
STATUS = obj({"order_id": {"type": "string"}, "order_number": {"type": "string"},
              "status": {"type": "string", "enum": list(STATUSES)}, "payment_status": {"type": "string"},
              "updated_at": _DATETIME, "history": {"type": "array", "items": EVENT}})
DAILY = obj({"date": {"type": "string", "format": "date"}, "orders": {"type": "integer"},
             "by_status": obj({s: {"type": "integer"} for s in STATUSES}), "sales_paise": _PAISE,
             "average_order_paise": _PAISE, "items_sold": {"type": "integer"}, "cancelled": {"type": "integer"}})

_DAY = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
FROM = query_param("from", _DAY, "first India calendar day, YYYY-MM-DD (included)")
TO = query_param("to", _DAY, "last India calendar day, YYYY-MM-DD (included)")
PAGE_NO = query_param("page", {"type": "integer", "minimum": 1, "maximum": 100_000}, "page, from 1")
PAGE_SIZE = query_param("limit", {"type": "integer", "minimum": 1, "maximum": 100}, "orders a page (default 20)")
STATUS_Q = query_param("status", {"type": "string", "enum": list(STATUSES)}, "only orders in this status")
_ORDER_ID = [path_param("order_id", "ORD-…"), STORE_QUERY]
_NOTE = "An owner sees their own store's orders only; an admin names the store with ?store_id=."

PATHS: dict[str, dict[str, Any]] = {
    f"{API_PREFIX}/orders": {"get": operation(
        "List the store's orders, newest first", tag=_TAG, roles=_ROLES, data=PAGE, description=_NOTE,
        params=[STORE_QUERY, STATUS_Q, FROM, TO,
                query_param("customer", {"type": "string", "maxLength": 64}, "a customer id, CUST-…"),
                PAGE_NO, PAGE_SIZE])},
    f"{API_PREFIX}/orders/history": {"get": operation(
        "Finished (delivered or cancelled) orders, newest first, page by page", tag=_TAG, roles=_ROLES,
        data=PAGE, params=[STORE_QUERY, FROM, TO, PAGE_NO, PAGE_SIZE], description=_NOTE)},
    f"{API_PREFIX}/orders/export": {"get": operation(
        "Download the store's orders as CSV or PDF (oldest first, at most 5000)", tag=_TAG, roles=_ROLES,
        params=[STORE_QUERY, query_param("format", {"type": "string", "enum": ["csv", "pdf"]}, "csv (default) or pdf"),
                STATUS_Q, FROM, TO],
        response={"type": "string"}, content_type="text/csv",
        description=_NOTE + " CSV: UTF-8 with BOM, amounts in rupees; PDF with format=pdf "
                            "(application/pdf).")},
    f"{API_PREFIX}/orders/stats/daily": {"get": operation(
        "One shop day (India time): orders by status, sales, items sold", tag=_TAG, roles=_ROLES, data=DAILY,
        params=[STORE_QUERY, query_param("date", _DAY, "the India calendar day (default today)")])},
    f"{API_PREFIX}/orders/{{order_id}}": {"get": operation(
        "An order with its lines and its status history", tag=_TAG, roles=_ROLES, params=_ORDER_ID,
        data=DETAILS)},
    f"{API_PREFIX}/orders/{{order_id}}/status": {
        "get": operation("An order's status and payment status", tag=_TAG, roles=_ROLES, params=_ORDER_ID,
                         data=STATUS),
        "put": operation(
            "Move an order to a status by its named transition", tag=_TAG, roles=_ROLES, params=_ORDER_ID,
            body=STATUS_CHANGE, data=DETAILS,
            description="confirmed (from pending), processing (from confirmed), out_for_delivery (from "
                        "processing), delivered (from out_for_delivery; collects COD), cancelled (from any "
                        "open status; gives the stock back). Anything else answers 409 INVALID_TRANSITION."),
    },
    f"{API_PREFIX}/orders/{{order_id}}/cancel": {"post": operation(
        "Cancel an order (stock goes back; an unpaid payment is closed)", tag=_TAG, roles=_ROLES,
        params=_ORDER_ID, body=CANCEL, data=DETAILS,
        description="The body is optional. A delivered or cancelled order answers 409 INVALID_TRANSITION.")},
}
# the PDF answer is documented next to the CSV one
PATHS[f"{API_PREFIX}/orders/export"]["get"]["responses"]["200"]["content"]["application/pdf"] = {
    "schema": {"type": "string", "format": "binary"}}
