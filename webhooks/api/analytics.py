"""Shop analytics over HTTP (spec §8.10 shapes, §8.11 product quality). Owners get their own
store; an admin names it with ?store_id=. The period is ?days= (the spec's name) or ?period=:
7, 30, 90 or 365 India calendar days ending today.

Money: every amount the spec shows in rupees is a JSON number of rupees under the spec's
name, with the exact integer paise beside it under the same name + "_paise"
("total_revenue": 400.25, "total_revenue_paise": 40025)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from commerce import analytics
from commerce.errors import InvalidInput
from commerce.unit_of_work import UnitOfWork
from webhooks.api.auth import acting_store, database, now, ok, paise_to_rupees, require
from webhooks.api.openapi import API_PREFIX, STORE_QUERY, nullable, obj, operation, query_param

routes = web.RouteTableDef()
_ROLES = ("admin", "store_owner")
_TAG = "analytics"
BASE = "/analytics/transactions"
MONEY = frozenset({
    "total_revenue", "average_order_value", "revenue", "aov", "avg_unit_price", "gross_revenue",
    "platform_commission", "payment_gateway_fees", "total_deductions", "net_revenue", "amount", "fees",
    "average_customer_value", "total_spend",
})


def with_rupees(value: Any) -> Any:
    """Spec-named money fields in rupees, each with its exact paise twin."""
    if isinstance(value, list):
        return [with_rupees(v) for v in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, entry in value.items():
        if key in MONEY and isinstance(entry, int) and not isinstance(entry, bool):
            out[key] = paise_to_rupees(entry)
            out[f"{key}_paise"] = entry
        else:
            out[key] = with_rupees(entry)
    return out


def period_days(request: web.Request, default: int) -> int:
    raw = request.query.get("days") or request.query.get("period") or str(default)
    if not raw.isdigit() or int(raw) not in analytics.PERIODS:
        raise InvalidInput("days", f"days must be one of {', '.join(map(str, analytics.PERIODS))}")
    return int(raw)


def top_limit(request: web.Request) -> int:
    raw = request.query.get("limit", "10")
    if not raw.isdigit() or not 1 <= int(raw) <= 100:
        raise InvalidInput("limit", "limit must be a whole number from 1 to 100")
    return int(raw)


Report = Callable[[UnitOfWork, str, web.Request], Awaitable[dict[str, Any]]]


def _report(default_days: int, build: Report) -> Callable[[web.Request], Awaitable[web.Response]]:
    async def handler(request: web.Request) -> web.Response:
        store_id = acting_store(request, require(request, *_ROLES))
        period_days(request, default_days)  # checked before any query runs
        async with UnitOfWork(database(request), write=False) as uow:
            report = await build(uow, store_id, request)
        return ok({"store_id": store_id, **with_rupees(report)})

    return handler


routes.get(f"{BASE}/sales-summary")(_report(7, lambda uow, store, r: analytics.sales_summary(
    uow, store, days=period_days(r, 7), now=now(r))))
routes.get(f"{BASE}/best-sellers")(_report(30, lambda uow, store, r: analytics.best_sellers(
    uow, store, days=period_days(r, 30), limit=top_limit(r), now=now(r))))
routes.get(f"{BASE}/commission-report")(_report(30, lambda uow, store, r: analytics.commission_report(
    uow, store, days=period_days(r, 30), now=now(r))))
routes.get(f"{BASE}/order-analytics")(_report(30, lambda uow, store, r: analytics.order_analytics(
    uow, store, days=period_days(r, 30), now=now(r))))
routes.get(f"{BASE}/customer-insights")(_report(30, lambda uow, store, r: analytics.customer_insights(
    uow, store, days=period_days(r, 30), limit=top_limit(r), now=now(r))))


@routes.get("/admin/analytics/product-quality")
async def product_quality(request: web.Request) -> web.Response:
    store_id = acting_store(request, require(request, *_ROLES))
    async with UnitOfWork(database(request), write=False) as uow:
        report = await analytics.product_quality(uow, store_id)
    return ok({"store_id": store_id, **report})


# -- the OpenAPI fragment -----------------------------------------------------------------

_INT = {"type": "integer", "minimum": 0}
_PCT = {"type": "number"}
_DAY = {"type": "string", "format": "date"}


def money(*names: str) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for name in names:
        props[name] = {"type": "number", "description": "rupees"}
        props[f"{name}_paise"] = {"type": "integer", "description": "the same amount, exact, in paise"}
    return props


PERIOD = obj({"days": {"type": "integer", "enum": list(analytics.PERIODS)}, "start_date": _DAY, "end_date": _DAY})
SALES = obj({
    "store_id": {"type": "string"}, "period": PERIOD,
    "current_period": obj({**money("total_revenue", "average_order_value"), "total_orders": _INT}),
    "previous_period": obj({**money("total_revenue"), "total_orders": _INT, "start_date": _DAY, "end_date": _DAY}),
    "growth": obj({"revenue_growth_percentage": nullable(_PCT), "order_growth_percentage": nullable(_PCT)}),
    "daily_breakdown": {"type": "array", "items": obj({"date": _DAY, **money("revenue", "aov"), "orders": _INT})},
})
SELLER = obj({"rank": {"type": "integer", "minimum": 1}, "product_name": {"type": "string"},
              "product_id": {"type": "string", "description": "the store's item id, ITEM-…"},
              "total_quantity": _INT, **money("total_revenue", "avg_unit_price"), "order_count": _INT})
BEST = obj({"store_id": {"type": "string"}, "period": PERIOD, "top_by_quantity": {"type": "array", "items": SELLER},
            "top_by_revenue": {"type": "array", "items": SELLER}})
METHOD = obj({"count": _INT, **money("amount", "fees")})
COMMISSION = obj({
    "store_id": {"type": "string"}, "period": PERIOD,
    "summary": obj({**money("gross_revenue", "platform_commission", "payment_gateway_fees", "total_deductions",
                            "net_revenue"), "completed_orders": _INT}),
    "commission_rates": obj({k: {"type": "string"} for k in ("platform_rate", "upi_fee", "card_fee", "cod_fee")}),
    "payment_breakdown": {"type": "object", "required": ["upi", "card", "cod"], "additionalProperties": METHOD,
                          "properties": {"upi": METHOD, "card": METHOD, "cod": METHOD}},
    "fees_source": obj({"recorded": _INT, "computed": _INT}),
})
ORDERS = obj({
    "store_id": {"type": "string"}, "period": PERIOD,
    "summary": obj({"total_orders": _INT, **money("total_revenue", "average_order_value"),
                    "fulfillment_rate": _PCT, "cancellation_rate": _PCT}),
    "status_breakdown": {"type": "object", "additionalProperties": _INT},
    "hourly_distribution": {"type": "array", "items": obj({"hour": {"type": "string"}, "orders": _INT})},
    "daily_distribution": {"type": "array", "items": obj({"day": {"type": "string"}, "orders": _INT})},
    "insights": obj({"peak_hour": nullable({"type": "string"}), "busiest_day": nullable({"type": "string"}),
                     "orders_at_peak": _INT}),
})
CUSTOMERS = obj({
    "store_id": {"type": "string"}, "period": PERIOD,
    "summary": obj({"total_customers": _INT, "new_customers": _INT, "returning_customers": _INT,
                    "new_customer_percentage": _PCT, **money("average_customer_value")}),
    "top_customers": {"type": "array", "items": obj({"rank": _INT, "customer_id": {"type": "string"},
                                                     "name": {"type": "string"}, **money("total_spend"),
                                                     "order_count": _INT})},
    "frequency_distribution": obj({"1_order": _INT, "2_5_orders": _INT, "6_plus_orders": _INT}),
})
QUALITY = obj({
    "store_id": {"type": "string"},
    "status_distribution": obj({"active": _INT, "inactive": _INT, "pending_review": _INT}),
    "quality_score_distribution": obj({"excellent": _INT, "good": _INT, "average": _INT, "needs_improvement": _INT}),
    "products_needing_review": _INT, "average_quality_score": {"type": "integer", "minimum": 0, "maximum": 100},
    "verification_rate": _PCT, "total_products": _INT,
    "weights": {"type": "object", "additionalProperties": {"type": "integer"}},
    "needing_review": {"type": "array", "items": obj({
        "item_id": {"type": "string"}, "name": {"type": "string"},
        "quality_score": {"type": "integer", "minimum": 0, "maximum": 100},
        "missing": {"type": "array", "items": {"type": "string"}}})},
})
DAYS = query_param("days", {"type": "integer", "enum": list(analytics.PERIODS)},
                   "period in India calendar days ending today (also accepted as ?period=)")
PERIOD_Q = query_param("period", {"type": "integer", "enum": list(analytics.PERIODS)}, "same as days")
TOP = query_param("limit", {"type": "integer", "minimum": 1, "maximum": 100}, "how many (default 10)")
_NOTE = ("An owner gets their own store; an admin names it with ?store_id=. Amounts: rupees under the "
         "spec's names, exact paise under name_paise.")


def _op(summary: str, data: dict[str, Any], extra: list[dict[str, Any]] | None = None, default: int = 30,
        description: str = "") -> dict[str, Any]:
    return {"get": operation(summary, tag=_TAG, roles=_ROLES, data=data,
                             params=[STORE_QUERY, DAYS, PERIOD_Q, *(extra or [])],
                             description=f"{_NOTE} Default period {default} days. {description}".strip())}


PATHS: dict[str, dict[str, Any]] = {
    f"{API_PREFIX}{BASE}/sales-summary": _op(
        "Revenue, orders and average order value, growth on the period before, day by day", SALES, default=7,
        description="Revenue and orders count the period's revenue orders: payment completed (UPI/card paid, "
                    "cash collected at delivery) and not cancelled — the commission report's completed orders. "
                    "Revenue is the order total (items, tax and delivery); aov = revenue ÷ those orders. "
                    "Growth is null when the period before had nothing."),
    f"{API_PREFIX}{BASE}/best-sellers": _op(
        "Top products by quantity and by revenue", BEST, [TOP],
        description="Over the lines of revenue orders (paid, not cancelled); a product's revenue is its line "
                    "totals, without tax or delivery. Ties rank by the other measure, then name."),
    f"{API_PREFIX}{BASE}/commission-report": _op(
        "Platform commission, gateway fees and net revenue of completed orders", COMMISSION,
        description="Completed = paid (COD: collected at delivery) and not cancelled, the sales summary's "
                    "revenue orders: gross_revenue equals its total_revenue. Fees recorded by the payments flow "
                    "are used where "
                    "they exist, else platform 2 %, card 2 %, UPI free, COD ₹20 an order (fees_source counts each)."),
    f"{API_PREFIX}{BASE}/order-analytics": _op(
        "Orders by status, India hour and weekday; fulfilment and cancellation rates", ORDERS,
        description="Counts and distributions: every order placed. total_revenue: revenue orders (paid, not "
                    "cancelled); average_order_value = total_revenue ÷ revenue orders. fulfillment_rate = "
                    "delivered ÷ (delivered + cancelled); cancellation_rate = cancelled ÷ all orders."),
    f"{API_PREFIX}{BASE}/customer-insights": _op(
        "New and returning customers, top customers by spend, order frequency", CUSTOMERS, [TOP],
        description="Over revenue orders (paid, not cancelled), like the sales summary: customers who had one "
                    "in the period; new = their first one at this shop falls in the period; "
                    "average_customer_value = revenue ÷ customers."),
    f"{API_PREFIX}/admin/analytics/product-quality": {"get": operation(
        "Inventory data quality scores (spec §8.11 weights and categories)", tag=_TAG, roles=_ROLES,
        data=QUALITY, params=[STORE_QUERY],
        description="An owner gets their own store; an admin names it with ?store_id=. Excellent 85–100, "
                    "good 70–84, average 50–69, needs improvement 0–49.")},
}
