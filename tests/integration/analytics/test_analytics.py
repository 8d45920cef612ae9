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
    # revenue orders 1–7 Jan: O3 13225 + O13 2800 + O4 7000 + O6 11800 + O9 5200 = 40025 over 5;
    # 40025 / 5 = 8005. Not revenue: O5 expired, O11 refunded, O12 cancelled (refund due),
    # O7 COD not delivered, O10 UPI awaiting payment.
    assert report["current_period"] == {"total_revenue": 40025, "total_orders": 5, "average_order_value": 8005}
    # O1 5200 + O2 2800 = 8000 over 2; O8 (23:50 on 31 Dec India time) was never paid
    assert report["previous_period"] == {"total_revenue": 8000, "total_orders": 2,
                                         "start_date": "2025-12-25", "end_date": "2025-12-31"}
    # (40025 − 8000) / 8000 = 32025 / 8000 = 400.3125 %; (5 − 2) / 2 = 150 %
    assert report["growth"] == {"revenue_growth_percentage": 400.31, "order_growth_percentage": 150.0}
    assert report["daily_breakdown"] == [
        {"date": "2026-01-07", "revenue": 0, "orders": 0, "aov": 0},  # O7 COD undelivered, O10 unpaid
        {"date": "2026-01-06", "revenue": 5200, "orders": 1, "aov": 5200},  # O9; O12 was cancelled
        {"date": "2026-01-05", "revenue": 11800, "orders": 1, "aov": 11800},
        {"date": "2026-01-04", "revenue": 0, "orders": 0, "aov": 0},  # O11 refunded; shop B's order is not ours
        {"date": "2026-01-03", "revenue": 7000, "orders": 1, "aov": 7000},  # O4; O5 expired
        {"date": "2026-01-02", "revenue": 2800, "orders": 1, "aov": 2800},  # O13 cash collected
        {"date": "2026-01-01", "revenue": 13225, "orders": 1, "aov": 13225},
    ]


async def test_sales_summary_month_has_no_previous_to_grow_from(db: Database, history: History) -> None:
    async with UnitOfWork(db, write=False) as uow:
        report = await sales_summary(uow, history.store_id, days=30, now=NOW)
    assert report["period"] == {"days": 30, "start_date": "2025-12-09", "end_date": "2026-01-07"}
    # all seven revenue orders: 40025 + 8000 = 48025; 48025 / 7 = 6860.71 → 6861
    assert report["current_period"] == {"total_revenue": 48025, "total_orders": 7, "average_order_value": 6861}
    assert report["previous_period"]["total_revenue"] == 0
    assert report["growth"] == {"revenue_growth_percentage": None, "order_growth_percentage": None}
    assert len(report["daily_breakdown"]) == 30


async def test_best_sellers(db: Database, history: History) -> None:
    async with UnitOfWork(db, write=False) as uow:
        report = await best_sellers(uow, history.store_id, days=7, now=NOW)
    # lines of the revenue orders O3, O13, O4, O6, O9 only (O11's atta, O12's and O7's salt, O10's maggi
    # were not sold)
    atta = {"product_name": "Atta", "product_id": history.items["atta"], "total_quantity": 3,
            "total_revenue": 15600, "order_count": 2, "avg_unit_price": 5200}  # O3 ×2, O9 ×1
    maggi = {"product_name": "Maggi", "product_id": history.items["maggi"], "total_quantity": 10,
             "total_revenue": 14000, "order_count": 3, "avg_unit_price": 1400}  # O13 ×2, O4 ×5, O6 ×3
    salt = {"product_name": "Salt", "product_id": history.items["salt"], "total_quantity": 3,
            "total_revenue": 8400, "order_count": 2, "avg_unit_price": 2800}  # O3 ×1, O6 ×2
    # atta and salt tie on quantity (3): more revenue ranks first
    assert report["top_by_quantity"] == [{"rank": 1, **maggi}, {"rank": 2, **atta}, {"rank": 3, **salt}]
    assert report["top_by_revenue"] == [{"rank": 1, **atta}, {"rank": 2, **maggi}, {"rank": 3, **salt}]
    # lines add up to the revenue less tax and delivery: 15600 + 14000 + 8400 = 38000 = 40025 − 25 − 2000
    assert sum(p["total_revenue"] for p in report["top_by_revenue"]) == 40025 - 25 - 2000
    async with UnitOfWork(db, write=False) as uow:
        top_one = await best_sellers(uow, history.store_id, days=7, limit=1, now=NOW)
    assert [p["product_name"] for p in top_one["top_by_quantity"]] == ["Maggi"]


async def test_commission_report_prefers_recorded_fees(db: Database, history: History) -> None:
    async with UnitOfWork(db, write=False) as uow:
        report = await commission_report(uow, history.store_id, days=7, now=NOW)
    # completed (paid, not cancelled): O3 card 13225, O13 cod 2800, O4 cod 7000 (recorded),
    # O6 upi 11800, O9 upi 5200 = 40025 — the sales summary's revenue; O12 (card, paid, cancelled) is not
    # platform: O3 264.5 → 265, O13 56, O4 recorded 105, O6 236, O9 104 = 766
    # gateway: O3 card 265, O13 COD fee 2000, O4 recorded COD fee 1500, UPI 0 = 3765
    # deductions 766 + 3765 = 4531; net 40025 − 4531 = 35494
    assert report["summary"] == {"gross_revenue": 40025, "platform_commission": 766, "payment_gateway_fees": 3765,
                                 "total_deductions": 4531, "net_revenue": 35494, "completed_orders": 5}
    assert report["payment_breakdown"] == {"upi": {"count": 2, "amount": 17000, "fees": 0},
                                           "card": {"count": 1, "amount": 13225, "fees": 265},
                                           "cod": {"count": 2, "amount": 9800, "fees": 3500}}
    assert report["fees_source"] == {"recorded": 1, "computed": 4}
    assert report["commission_rates"]["cod_fee"] == "₹20/order"


async def test_order_analytics(db: Database, history: History) -> None:
    async with UnitOfWork(db, write=False) as uow:
        report = await order_analytics(uow, history.store_id, days=7, now=NOW)
    # ten orders placed (O3 O13 O4 O5 O11 O6 O12 O9 O7 O10); revenue of the five revenue orders 40025,
    # 40025 / 5 = 8005 (not / 10 orders placed)
    # fulfilment: delivered 3 (O3 O13 O4) of 3 + 3 cancelled (O5 O11 O12) that ended = 50 %;
    # the four still open (O6 O9 O7 O10) are left out. Cancelled 3 of 10 = 30 %
    assert report["summary"] == {"total_orders": 10, "total_revenue": 40025, "average_order_value": 8005,
                                 "fulfillment_rate": 50.0, "cancellation_rate": 30.0}
    assert report["status_breakdown"] == {"pending": 1, "confirmed": 1, "processing": 1, "out_for_delivery": 1,
                                          "delivered": 3, "cancelled": 3}
    assert report["hourly_distribution"] == [
        {"hour": "00:00", "orders": 1}, {"hour": "09:00", "orders": 1}, {"hour": "11:00", "orders": 1},
        {"hour": "12:00", "orders": 1}, {"hour": "16:00", "orders": 1}, {"hour": "18:00", "orders": 3},
        {"hour": "19:00", "orders": 1}, {"hour": "20:00", "orders": 1},
    ]  # 18:00 — O4 18:05, O12 18:10, O5 18:45
    assert report["daily_distribution"] == [
        {"day": "Monday", "orders": 1}, {"day": "Tuesday", "orders": 2}, {"day": "Wednesday", "orders": 2},
        {"day": "Thursday", "orders": 1}, {"day": "Friday", "orders": 1}, {"day": "Saturday", "orders": 2},
        {"day": "Sunday", "orders": 1},
    ]
    # Tuesday, Wednesday and Saturday tie on 2: the earliest in the week (Monday first) wins
    assert report["insights"] == {"peak_hour": "6:00 PM - 7:00 PM", "busiest_day": "Tuesday", "orders_at_peak": 3}


async def test_customer_insights(db: Database, history: History) -> None:
    async with UnitOfWork(db, write=False) as uow:
        report = await customer_insights(uow, history.store_id, days=7, now=NOW)
    # customers with a revenue order this week: Ravi (O3, O6), Amit (O4), Priya (O9), Sunita (O13).
    # Ravi (first paid order O1, 28 Dec) and Priya (O2) return; Amit's first paid order is O4 and
    # Sunita's O13 (her O8 of 31 Dec was never paid) — both new. 2 of 4 = 50 %.
    # 40025 / 4 customers = 10006.25 → 10006
    assert report["summary"] == {"total_customers": 4, "new_customers": 2, "returning_customers": 2,
                                 "new_customer_percentage": 50.0, "average_customer_value": 10006}
    assert report["top_customers"] == [
        {"rank": 1, "customer_id": history.customers["ravi"], "name": "Ravi", "total_spend": 25025, "order_count": 2},
        {"rank": 2, "customer_id": history.customers["amit"], "name": "Amit Verma", "total_spend": 7000,
         "order_count": 1},  # no name on the customer record: the one typed on the order; O7, O12 not paid/kept
        {"rank": 3, "customer_id": history.customers["priya"], "name": "Priya", "total_spend": 5200, "order_count": 1},
        {"rank": 4, "customer_id": history.customers["sunita"], "name": "Sunita", "total_spend": 2800,
         "order_count": 1},
    ]
    assert report["frequency_distribution"] == {"1_order": 3, "2_5_orders": 1, "6_plus_orders": 0}
    async with UnitOfWork(db, write=False) as uow:
        top_two = await customer_insights(uow, history.store_id, days=7, limit=2, now=NOW)
    assert [c["rank"] for c in top_two["top_customers"]] == [1, 2]
    assert top_two["summary"] == report["summary"]  # the limit trims the list, not the figures


@pytest.mark.parametrize("days", [7, 30])
async def test_the_reports_reconcile(db: Database, history: History, days: int) -> None:
    """One set of orders behind every revenue figure: the table's mix of paid UPI/card, UPI awaiting
    payment, expired, cancelled after payment (refunded, and refund still due), COD delivered and COD
    not yet delivered."""
    async with UnitOfWork(db, write=False) as uow:
        sales = await sales_summary(uow, history.store_id, days=days, now=NOW)
        money = await commission_report(uow, history.store_id, days=days, now=NOW)
        orders = await order_analytics(uow, history.store_id, days=days, now=NOW)
        people = await customer_insights(uow, history.store_id, days=days, limit=100, now=NOW)
        best = await best_sellers(uow, history.store_id, days=days, limit=100, now=NOW)
    # by hand — week: 40025 over 5 orders (see test_sales_summary_week); month: + O1 5200 + O2 2800
    revenue, count = {7: (40025, 5), 30: (48025, 7)}[days]
    current = sales["current_period"]
    assert (current["total_revenue"], current["total_orders"]) == (revenue, count)
    assert (money["summary"]["gross_revenue"], money["summary"]["completed_orders"]) == (revenue, count)
    assert sum(m["amount"] for m in money["payment_breakdown"].values()) == revenue
    assert sum(m["count"] for m in money["payment_breakdown"].values()) == count
    assert orders["summary"]["total_revenue"] == revenue
    assert orders["summary"]["average_order_value"] == current["average_order_value"]
    assert sum(d["revenue"] for d in sales["daily_breakdown"]) == revenue
    assert sum(d["orders"] for d in sales["daily_breakdown"]) == count
    assert sum(c["total_spend"] for c in people["top_customers"]) == revenue
    assert sum(c["order_count"] for c in people["top_customers"]) == count
    customers = people["summary"]["total_customers"]
    assert people["summary"]["average_customer_value"] == (2 * revenue + customers) // (2 * customers)
    # products: the lines of those orders — the revenue less O3's tax 25 and O6's delivery 2000
    assert sum(p["total_revenue"] for p in best["top_by_revenue"]) == revenue - 25 - 2000
    # the status counts alone are over every order placed: week 10, month 10 + O1 O2 O8 = 13
    assert orders["summary"]["total_orders"] == {7: 10, 30: 13}[days]


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
