"""The analytics API (spec §8.10, §8.11) over HTTP: who may read which store's figures, the
period parameter, and figures worked out by hand for a few real checkouts (store A sells
Aashirvaad Atta at ₹280; store B at ₹285)."""

from __future__ import annotations

import pytest

from tests.e2e.api.conftest import Api
from tests.e2e.api.orders_support import both_api, place  # noqa: F401 — fixture

REPORTS = ["/api/v1/analytics/transactions/sales-summary", "/api/v1/analytics/transactions/best-sellers",
           "/api/v1/analytics/transactions/commission-report", "/api/v1/analytics/transactions/order-analytics",
           "/api/v1/analytics/transactions/customer-insights", "/api/v1/admin/analytics/product-quality"]


@pytest.mark.parametrize("path", REPORTS)
async def test_each_caller_reads_only_their_store(api: Api, path: str) -> None:
    q = f"?store_id={api.ids['store_a']}"
    assert (await api.call("GET", path)).status == 401
    assert (await api.call("GET", path, who="customer")).status == 403
    assert (await api.call("GET", path + q, who="owner_b")).status == 404
    assert (await api.call("GET", path, who="admin")).status == 422  # an admin names the store
    for actor, query in (("owner_a", ""), ("owner_b", ""), ("admin", q)):
        answer = await api.call("GET", path + query, who=actor)
        mine = api.ids["store_b"] if actor == "owner_b" else api.ids["store_a"]
        assert answer.status == 200 and answer.body["data"]["store_id"] == mine


async def test_figures_of_a_few_checkouts(both_api: Api) -> None:
    api = both_api
    await place(api, "store_a", "item_a", 2)  # COD ₹560, confirmed
    await place(api, "store_a", "item_a", 1, method="card")  # ₹280, pending payment
    await place(api, "store_b", "item_b", 1)  # store B: never in A's figures
    sales = await api.call("GET", "/api/v1/analytics/transactions/sales-summary?days=30", who="owner_a")
    current = sales.body["data"]["current_period"]
    # 56000 + 28000 = 84000 paise over 2 orders
    assert current == {"total_revenue": 840.0, "total_revenue_paise": 84000, "total_orders": 2,
                       "average_order_value": 420.0, "average_order_value_paise": 42000}
    assert sales.body["data"]["growth"] == {"revenue_growth_percentage": None, "order_growth_percentage": None}
    best = await api.call("GET", "/api/v1/analytics/transactions/best-sellers?period=7&limit=5", who="owner_a")
    assert best.body["data"]["top_by_quantity"] == [{
        "rank": 1, "product_name": "Aashirvaad Atta", "product_id": api.ids["item_a"], "total_quantity": 3,
        "total_revenue": 840.0, "total_revenue_paise": 84000, "order_count": 2,
        "avg_unit_price": 280.0, "avg_unit_price_paise": 28000}]
    money = await api.call("GET", "/api/v1/analytics/transactions/commission-report", who="owner_a")
    # nothing is paid yet: COD completes at delivery, the card order waits for its payment
    assert money.body["data"]["summary"]["completed_orders"] == 0
    orders = await api.call("GET", "/api/v1/analytics/transactions/order-analytics", who="owner_a")
    assert orders.body["data"]["status_breakdown"] == {"pending": 1, "confirmed": 1, "processing": 0,
                                                       "out_for_delivery": 0, "delivered": 0, "cancelled": 0}
    people = await api.call("GET", "/api/v1/analytics/transactions/customer-insights", who="owner_a")
    assert people.body["data"]["summary"] == {
        "total_customers": 1, "new_customers": 1, "returning_customers": 0, "new_customer_percentage": 100.0,
        "average_customer_value": 840.0, "average_customer_value_paise": 84000}
    quality = await api.call("GET", "/api/v1/admin/analytics/product-quality", who="owner_a")
    # store A's one item, the Atta: 100 − cost price 0 (10) − no location (5) − no description (10) = 75
    # (MRP ₹295, price ₹280: the discount counts) → good
    assert quality.body["data"]["quality_score_distribution"] == {"excellent": 0, "good": 1, "average": 0,
                                                                  "needs_improvement": 0}
    assert quality.body["data"]["average_quality_score"] == 75


@pytest.mark.parametrize("query", ["?days=14", "?period=abc", "?days=7&limit=0", "?limit=101"])
async def test_bad_periods_and_limits_are_refused(api: Api, query: str) -> None:
    answer = await api.call("GET", "/api/v1/analytics/transactions/best-sellers" + query, who="owner_a")
    assert answer.status == 422 and answer.body["error_code"] == "VALIDATION_ERROR"
