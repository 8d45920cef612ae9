"""Analytics against figures worked out by hand from seed.py's table (both databases).
Every expected number below is written out, with the arithmetic beside it."""

from __future__ import annotations

import pytest

from commerce.analytics import (
    best_sellers, commission_report, customer_insights, order_analytics, product_quality, sales_summary,
)
from commerce.database import Database
from commerce.errors import InvalidInput
from commerce.unit_of_work import UnitOfWork
from tests.integration.analytics.seed import NOW, History, seed_history, seed_quality_shop


@pytest.fixture
async def history(db: Database) -> History:
    return await seed_history(db)


async def test_sales_summary_week(db: Database, history: History) -> None:
    async with UnitOfWork(db, write=False) as uow:
        report = await sales_summary(uow, history.store_id, days=7, now=NOW)
    assert report["period"] == {"days": 7, "start_date": "2026-01-01", "end_date": "2026-01-07"}
    # O3 13225 + O4 7000 + O6 11800 + O9 5200 + O7 2800 (O5 cancelled) = 40025 over 5 orders
    assert report["current_period"] == {"total_revenue": 40025, "total_orders": 5, "average_order_value": 8005}
    # O1 5200 + O2 2800 + O8 1400 (23:50 on 31 Dec India time, though 1 Jan had begun in no zone yet)
    assert report["previous_period"] == {"total_revenue": 9400, "total_orders": 3,
                                         "start_date": "2025-12-25", "end_date": "2025-12-31"}
    # (40025 − 9400) / 9400 = 325.797…%; (5 − 3) / 3 = 66.666…%
    assert report["growth"] == {"revenue_growth_percentage": 325.80, "order_growth_percentage": 66.67}
    assert report["daily_breakdown"] == [
        {"date": "2026-01-07", "revenue": 2800, "orders": 1, "aov": 2800},  # O7 at 00:30 IST (6 Jan in UTC)
        {"date": "2026-01-06", "revenue": 5200, "orders": 1, "aov": 5200},
        {"date": "2026-01-05", "revenue": 11800, "orders": 1, "aov": 11800},
        {"date": "2026-01-04", "revenue": 0, "orders": 0, "aov": 0},  # shop B's order is not ours
        {"date": "2026-01-03", "revenue": 7000, "orders": 1, "aov": 7000},
        {"date": "2026-01-02", "revenue": 0, "orders": 0, "aov": 0},
        {"date": "2026-01-01", "revenue": 13225, "orders": 1, "aov": 13225},
    ]


async def test_sales_summary_month_has_no_previous_to_grow_from(db: Database, history: History) -> None:
    async with UnitOfWork(db, write=False) as uow:
        report = await sales_summary(uow, history.store_id, days=30, now=NOW)
    assert report["period"] == {"days": 30, "start_date": "2025-12-09", "end_date": "2026-01-07"}
    # all eight live orders: 40025 + 9400 = 49425; 49425 / 8 = 6178.125 → 6178
    assert report["current_period"] == {"total_revenue": 49425, "total_orders": 8, "average_order_value": 6178}
    assert report["previous_period"]["total_revenue"] == 0
    assert report["growth"] == {"revenue_growth_percentage": None, "order_growth_percentage": None}
    assert len(report["daily_breakdown"]) == 30


async def test_best_sellers(db: Database, history: History) -> None:
    async with UnitOfWork(db, write=False) as uow:
        report = await best_sellers(uow, history.store_id, days=7, now=NOW)
    atta = {"product_name": "Atta", "product_id": history.items["atta"], "total_quantity": 3,
            "total_revenue": 15600, "order_count": 2, "avg_unit_price": 5200}  # O3 ×2, O9 ×1
    maggi = {"product_name": "Maggi", "product_id": history.items["maggi"], "total_quantity": 8,
             "total_revenue": 11200, "order_count": 2, "avg_unit_price": 1400}  # O4 ×5, O6 ×3
    salt = {"product_name": "Salt", "product_id": history.items["salt"], "total_quantity": 4,
            "total_revenue": 11200, "order_count": 3, "avg_unit_price": 2800}  # O3 ×1, O6 ×2, O7 ×1
    assert report["top_by_quantity"] == [{"rank": 1, **maggi}, {"rank": 2, **salt}, {"rank": 3, **atta}]
    # maggi and salt tie on revenue: more units sold ranks first
    assert report["top_by_revenue"] == [{"rank": 1, **atta}, {"rank": 2, **maggi}, {"rank": 3, **salt}]
    async with UnitOfWork(db, write=False) as uow:
        top_one = await best_sellers(uow, history.store_id, days=7, limit=1, now=NOW)
    assert [p["product_name"] for p in top_one["top_by_quantity"]] == ["Maggi"]


async def test_commission_report_prefers_recorded_fees(db: Database, history: History) -> None:
    async with UnitOfWork(db, write=False) as uow:
        report = await commission_report(uow, history.store_id, days=7, now=NOW)
    # completed and not cancelled: O3 card 13225, O4 cod 7000 (recorded), O6 upi 11800, O9 upi 5200
    # platform: O3 264.5 → 265, O4 recorded 105, O6 236, O9 104 = 710
    # gateway: O3 card 265, O4 recorded COD fee 1500, UPI 0 = 1765
    assert report["summary"] == {"gross_revenue": 37225, "platform_commission": 710, "payment_gateway_fees": 1765,
                                 "total_deductions": 2475, "net_revenue": 34750, "completed_orders": 4}
    assert report["payment_breakdown"] == {"upi": {"count": 2, "amount": 17000, "fees": 0},
                                           "card": {"count": 1, "amount": 13225, "fees": 265},
                                           "cod": {"count": 1, "amount": 7000, "fees": 1500}}
    assert report["fees_source"] == {"recorded": 1, "computed": 3}
    assert report["commission_rates"]["cod_fee"] == "₹20/order"


async def test_order_analytics(db: Database, history: History) -> None:
    async with UnitOfWork(db, write=False) as uow:
        report = await order_analytics(uow, history.store_id, days=7, now=NOW)
    # six orders placed (O3 O4 O5 O6 O9 O7); revenue of the five live ones 40025 → 8005 each
    # delivered 2 of 6 = 33.33 %; cancelled 1 of 6 = 16.67 %
    assert report["summary"] == {"total_orders": 6, "total_revenue": 40025, "average_order_value": 8005,
                                 "fulfillment_rate": 33.33, "cancellation_rate": 16.67}
    assert report["status_breakdown"] == {"pending": 0, "confirmed": 1, "processing": 1, "out_for_delivery": 1,
                                          "delivered": 2, "cancelled": 1}
    assert report["hourly_distribution"] == [
        {"hour": "00:00", "orders": 1}, {"hour": "09:00", "orders": 1}, {"hour": "12:00", "orders": 1},
        {"hour": "18:00", "orders": 2}, {"hour": "20:00", "orders": 1},
    ]
    assert report["daily_distribution"] == [
        {"day": "Monday", "orders": 1}, {"day": "Tuesday", "orders": 1}, {"day": "Wednesday", "orders": 1},
        {"day": "Thursday", "orders": 1}, {"day": "Saturday", "orders": 2},
    ]
    assert report["insights"] == {"peak_hour": "6:00 PM - 7:00 PM", "busiest_day": "Saturday", "orders_at_peak": 2}


async def test_customer_insights(db: Database, history: History) -> None:
    async with UnitOfWork(db, write=False) as uow:
        report = await customer_insights(uow, history.store_id, days=7, now=NOW)
    # Ravi (first order O1, 28 Dec) and Priya (O2) return; Amit's first order is O4 — new.
    # 40025 / 3 customers = 13341.67 → 13342
    assert report["summary"] == {"total_customers": 3, "new_customers": 1, "returning_customers": 2,
                                 "new_customer_percentage": 33.33, "average_customer_value": 13342}
    assert report["top_customers"] == [
        {"rank": 1, "customer_id": history.customers["ravi"], "name": "Ravi", "total_spend": 25025, "order_count": 2},
        {"rank": 2, "customer_id": history.customers["amit"], "name": "Amit Verma", "total_spend": 9800,
         "order_count": 2},  # no name on the customer record: the one typed on the order
        {"rank": 3, "customer_id": history.customers["priya"], "name": "Priya", "total_spend": 5200, "order_count": 1},
    ]
    assert report["frequency_distribution"] == {"1_order": 1, "2_5_orders": 2, "6_plus_orders": 0}


async def test_another_shop_sees_only_its_own(db: Database, history: History) -> None:
    async with UnitOfWork(db, write=False) as uow:
        sales = await sales_summary(uow, history.other_store_id, days=7, now=NOW)
        customers = await customer_insights(uow, history.other_store_id, days=7, now=NOW)
    assert sales["current_period"] == {"total_revenue": 99900, "total_orders": 1, "average_order_value": 99900}
    assert customers["summary"]["total_customers"] == 1
    assert customers["summary"]["new_customers"] == 1  # Ravi has never ordered from shop B before


async def test_periods_other_than_the_four_are_refused(db: Database) -> None:
    async with UnitOfWork(db, write=False) as uow:
        with pytest.raises(InvalidInput) as refused:
            await sales_summary(uow, "STORE-X", days=14, now=NOW)
    assert refused.value.field == "days"


async def test_product_quality(db: Database) -> None:
    store_id, items = await seed_quality_shop(db)
    async with UnitOfWork(db, write=False) as uow:
        report = await product_quality(uow, store_id)
    # full: every attribute = 100 (excellent)
    # plain: 100 − location 5 − description 10 − discount 5 (mrp = price) = 80 (good), inactive
    # dal: price 10 + mrp 10 + stock 10 + min 10 + name 10 + category 5 + discount 5 = 60 (average)
    # loose: price 10 + name 10 = 20 (needs improvement)
    assert report["quality_score_distribution"] == {"excellent": 1, "good": 1, "average": 1, "needs_improvement": 1}
    assert report["status_distribution"] == {"active": 3, "inactive": 1, "pending_review": 0}
    assert report["average_quality_score"] == 65  # (100 + 80 + 60 + 20) / 4
    assert report["verification_rate"] == 50.0  # two of four come from the global catalog
    assert report["products_needing_review"] == 1
    assert report["needing_review"] == [{
        "item_id": items["loose"], "name": "Loose chana", "quality_score": 20,
        "missing": ["mrp", "cost_price", "current_stock", "min_stock_level", "reorder_point", "location",
                    "category", "description", "max_stock_level", "discount_percentage"],
    }]
    assert sum(report["weights"].values()) == 100


async def test_empty_shop_reports_zeros(db: Database) -> None:
    store_id, _ = await seed_quality_shop(db)
    async with UnitOfWork(db, write=False) as uow:
        orders = await order_analytics(uow, store_id, days=30, now=NOW)
        money = await commission_report(uow, store_id, days=30, now=NOW)
    assert orders["summary"] == {"total_orders": 0, "total_revenue": 0, "average_order_value": 0,
                                 "fulfillment_rate": 0.0, "cancellation_rate": 0.0}
    assert orders["insights"] == {"peak_hour": None, "busiest_day": None, "orders_at_peak": 0}
    assert money["summary"]["net_revenue"] == 0 and money["fees_source"] == {"recorded": 0, "computed": 0}
