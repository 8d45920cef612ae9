"""The analytics API (spec §8.10, §8.11) over HTTP: who may read which store's figures, the
period parameter, and figures worked out by hand for real checkouts, payments, expiries,
refunds and deliveries (store A sells Aashirvaad Atta at ₹280 with no delivery fee; store B
at ₹285). Revenue everywhere = orders paid (COD: at delivery) and not cancelled
(docs/analytics.md)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from commerce.orders import advance_order
from commerce.payment_expiry import expire_order
from commerce.payment_notices import PaidNotice, PaymentLookup, RefundNotice
from commerce.payments import apply_paid, apply_refund_processed, cancel_paid_order
from commerce.stores import STARTER_COUNT
from commerce.tables import Order, utcnow
from commerce.unit_of_work import UnitOfWork
from tests.e2e.api.conftest import Api
from tests.e2e.api.orders_support import both_api, customer, place, recorded_link  # noqa: F401 — fixture
from tests.integration.commerce._support import remove_starter_items

TX = "/api/v1/analytics/transactions/"

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


async def link(api: Api, order: Order) -> str:
    """A payment link for an online order, as payments/start.py records one; returns its link id."""
    async with UnitOfWork(api.db) as uow:
        payment = await recorded_link(uow, order)
        await uow.commit()
    return payment.link_id


async def pay(api: Api, order: Order, method: str) -> str:
    """The customer pays the order's link in full (Razorpay's payment_link.paid); returns the payment id."""
    link_id = await link(api, order)
    payment_id = f"pay_{order.id[-10:]}"
    async with UnitOfWork(api.db) as uow:
        outcome = await apply_paid(uow, PaidNotice(
            event_id=f"evt_{order.id[-10:]}", event_type="payment_link.paid", provider_payment_id=payment_id,
            amount_paise=order.total_paise, method=method,
            lookup=PaymentLookup(provider_payment_id=payment_id, link_id=link_id, order_id=order.id)))
        await uow.commit()
    assert outcome == "confirmed"
    return payment_id


async def deliver(api: Api, order: Order) -> None:
    """The owner walks the order through: confirmed → processing → out_for_delivery → delivered."""
    for _ in range(3):
        async with UnitOfWork(api.db) as uow:
            await advance_order(uow, order.id, store_id=api.ids["store_a"])
            await uow.commit()


async def cancel_paid(api: Api, order: Order) -> None:
    async with UnitOfWork(api.db) as uow:
        await cancel_paid_order(uow, order.id, by="owner", reason="out of stock", store_id=api.ids["store_a"])
        await uow.commit()


async def report(api: Api, name: str, query: str = "") -> dict[str, Any]:
    answer = await api.call("GET", TX + name + query, who="owner_a")
    assert answer.status == 200
    data: dict[str, Any] = answer.body["data"]
    return data


async def test_figures_of_a_few_checkouts(both_api: Api) -> None:
    api = both_api
    cod = await place(api, "store_a", "item_a", 2)  # COD ₹560, confirmed, cash not yet collected
    await place(api, "store_a", "item_a", 1, method="card")  # ₹280, waiting for its payment
    await place(api, "store_b", "item_b", 1)  # store B: never in A's figures
    # nothing is earned yet: the card order is unpaid, the cash is collected at delivery
    sales = await report(api, "sales-summary", "?days=30")
    assert sales["current_period"] == {"total_revenue": 0.0, "total_revenue_paise": 0, "total_orders": 0,
                                       "average_order_value": 0.0, "average_order_value_paise": 0}
    assert (await report(api, "commission-report"))["summary"]["completed_orders"] == 0
    assert (await report(api, "best-sellers"))["top_by_quantity"] == []
    orders = await report(api, "order-analytics")
    assert orders["status_breakdown"] == {"pending": 1, "confirmed": 1, "processing": 0,
                                          "out_for_delivery": 0, "delivered": 0, "cancelled": 0}
    assert orders["summary"]["total_orders"] == 2 and orders["summary"]["total_revenue_paise"] == 0
    assert (await report(api, "customer-insights"))["summary"]["total_customers"] == 0

    await deliver(api, cod)  # the cash is collected: 56000 paise earned, one order
    sales = await report(api, "sales-summary", "?days=30")
    assert sales["current_period"] == {"total_revenue": 560.0, "total_revenue_paise": 56000, "total_orders": 1,
                                       "average_order_value": 560.0, "average_order_value_paise": 56000}
    assert sales["growth"] == {"revenue_growth_percentage": None, "order_growth_percentage": None}
    money = (await report(api, "commission-report"))["summary"]
    # platform 2 % of 56000 = 1120; COD ₹20 = 2000; net 56000 − 3120 = 52880
    assert money == {"gross_revenue": 560.0, "gross_revenue_paise": 56000, "platform_commission": 11.2,
                     "platform_commission_paise": 1120, "payment_gateway_fees": 20.0,
                     "payment_gateway_fees_paise": 2000, "total_deductions": 31.2, "total_deductions_paise": 3120,
                     "net_revenue": 528.8, "net_revenue_paise": 52880, "completed_orders": 1}
    best = await report(api, "best-sellers", "?period=7&limit=5")
    assert best["top_by_quantity"] == [{
        "rank": 1, "product_name": "Aashirvaad Atta", "product_id": api.ids["item_a"], "total_quantity": 2,
        "total_revenue": 560.0, "total_revenue_paise": 56000, "order_count": 1,
        "avg_unit_price": 280.0, "avg_unit_price_paise": 28000}]
    people = await report(api, "customer-insights")
    assert people["summary"] == {
        "total_customers": 1, "new_customers": 1, "returning_customers": 0, "new_customer_percentage": 100.0,
        "average_customer_value": 560.0, "average_customer_value_paise": 56000}
    async with UnitOfWork(api.db) as uow:  # registration's 12 starter staples out: the Atta alone
        assert await remove_starter_items(uow, api.ids["store_a"]) == STARTER_COUNT
        await uow.commit()
    quality = await api.call("GET", "/api/v1/admin/analytics/product-quality", who="owner_a")
    # store A's one item, the Atta: 100 − cost price 0 (10) − no location (5) − no description (10) = 75
    # (MRP ₹295, price ₹280: the discount counts) → good
    assert quality.body["data"]["quality_score_distribution"] == {"excellent": 0, "good": 1, "average": 0,
                                                                  "needs_improvement": 0}
    assert quality.body["data"]["average_quality_score"] == 75


async def test_a_mix_of_payments_reconciles_across_reports(both_api: Api) -> None:
    """Every kind of order an owner sees in a month, through the real flows; the five reports
    must tell one story, and the story is worked out by hand below."""
    api = both_api
    asha = await customer(api, "919800000011", "Asha")
    bala = await customer(api, "919800000012", "Bala")
    # earned
    upi_paid = await place(api, "store_a", "item_a", 1, customer=asha, method="upi")  # 28000
    await pay(api, upi_paid, "upi")
    cod_delivered = await place(api, "store_a", "item_a", 2, customer=asha)  # 56000
    await deliver(api, cod_delivered)
    netbanking = await place(api, "store_a", "item_a", 1, customer=bala, method="card")  # 28000
    await pay(api, netbanking, "netbanking")  # charged at the card rate, counted under card
    # not earned
    await link(api, await place(api, "store_a", "item_a", 1, method="upi"))  # awaiting payment, link open
    expired = await place(api, "store_a", "item_a", 1, method="upi")
    await link(api, expired)
    async with UnitOfWork(api.db) as uow:  # the clock job, half an hour on
        assert await expire_order(uow, expired.id, now=utcnow() + timedelta(minutes=30), expiry_minutes=15)
        await uow.commit()
    refunded = await place(api, "store_a", "item_a", 2, method="card")  # paid, cancelled, money returned
    payment_id = await pay(api, refunded, "card")
    await cancel_paid(api, refunded)
    async with UnitOfWork(api.db) as uow:
        assert await apply_refund_processed(uow, RefundNotice(
            event_id="evt_refund_1", event_type="refund.processed", refund_id="rfnd_1",
            provider_payment_id=payment_id, amount_paise=refunded.total_paise)) == "refunded"
        await uow.commit()
    refund_due = await place(api, "store_a", "item_a", 1, method="upi")  # paid, cancelled, refund on its way
    await pay(api, refund_due, "upi")
    await cancel_paid(api, refund_due)
    await place(api, "store_a", "item_a", 1, customer=bala)  # COD, not yet delivered
    await pay(api, await place(api, "store_b", "item_b", 1, method="upi"), "upi")  # store B's

    # by hand: revenue = 28000 + 56000 + 28000 = 112000 over 3 orders; AOV 112000 / 3 = 37333.33 → 37333
    sales = await report(api, "sales-summary", "?days=30")
    assert sales["current_period"] == {"total_revenue": 1120.0, "total_revenue_paise": 112000, "total_orders": 3,
                                       "average_order_value": 373.33, "average_order_value_paise": 37333}
    assert sum(day["revenue_paise"] for day in sales["daily_breakdown"]) == 112000

    money = await report(api, "commission-report", "?days=30")
    # fees recorded when paid: UPI platform 560; COD platform 1120 + ₹20; netbanking platform 560 + card 2 % 560
    # platform 560 + 1120 + 560 = 2240; gateway 0 + 2000 + 560 = 2560; deductions 4800; net 112000 − 4800 = 107200
    assert money["summary"] == {
        "gross_revenue": 1120.0, "gross_revenue_paise": 112000, "platform_commission": 22.4,
        "platform_commission_paise": 2240, "payment_gateway_fees": 25.6, "payment_gateway_fees_paise": 2560,
        "total_deductions": 48.0, "total_deductions_paise": 4800, "net_revenue": 1072.0,
        "net_revenue_paise": 107200, "completed_orders": 3}
    assert money["payment_breakdown"] == {
        "upi": {"count": 1, "amount": 280.0, "amount_paise": 28000, "fees": 0.0, "fees_paise": 0},
        "card": {"count": 1, "amount": 280.0, "amount_paise": 28000, "fees": 5.6, "fees_paise": 560},
        "cod": {"count": 1, "amount": 560.0, "amount_paise": 56000, "fees": 20.0, "fees_paise": 2000}}
    assert money["fees_source"] == {"recorded": 3, "computed": 0}

    orders = await report(api, "order-analytics", "?days=30")
    # all 8 of store A's orders by status; revenue as above, AOV over the 3 revenue orders;
    # fulfilment: 1 delivered of 1 + 3 cancelled that ended = 25 %; cancelled 3 of 8 = 37.5 %
    assert orders["status_breakdown"] == {"pending": 1, "confirmed": 3, "processing": 0, "out_for_delivery": 0,
                                          "delivered": 1, "cancelled": 3}
    assert orders["summary"] == {"total_orders": 8, "total_revenue": 1120.0, "total_revenue_paise": 112000,
                                 "average_order_value": 373.33, "average_order_value_paise": 37333,
                                 "fulfillment_rate": 25.0, "cancellation_rate": 37.5}

    best = await report(api, "best-sellers", "?days=30")
    # atta: 1 (UPI) + 2 (COD delivered) + 1 (netbanking) = 4 units, 112000, 3 orders, 28000 each
    assert best["top_by_revenue"] == [{
        "rank": 1, "product_name": "Aashirvaad Atta", "product_id": api.ids["item_a"], "total_quantity": 4,
        "total_revenue": 1120.0, "total_revenue_paise": 112000, "order_count": 3,
        "avg_unit_price": 280.0, "avg_unit_price_paise": 28000}]

    people = await report(api, "customer-insights", "?days=30")
    # Asha 28000 + 56000 = 84000 (2 orders), Bala 28000 (1; her COD order is undelivered); the customer
    # behind the unpaid, expired and refunded orders bought nothing. 112000 / 2 = 56000
    assert people["summary"] == {
        "total_customers": 2, "new_customers": 2, "returning_customers": 0, "new_customer_percentage": 100.0,
        "average_customer_value": 560.0, "average_customer_value_paise": 56000}
    assert [(c["customer_id"], c["total_spend_paise"], c["order_count"]) for c in people["top_customers"]] == [
        (asha, 84000, 2), (bala, 28000, 1)]
    assert people["frequency_distribution"] == {"1_order": 1, "2_5_orders": 1, "6_plus_orders": 0}

    # and they reconcile with each other
    assert sales["current_period"]["total_revenue_paise"] == money["summary"]["gross_revenue_paise"] \
        == orders["summary"]["total_revenue_paise"] == sum(c["total_spend_paise"] for c in people["top_customers"])
    assert sales["current_period"]["total_orders"] == money["summary"]["completed_orders"] \
        == sum(c["order_count"] for c in people["top_customers"])


@pytest.mark.parametrize("query", ["?days=14", "?period=abc", "?days=7&limit=0", "?limit=101"])
async def test_bad_periods_and_limits_are_refused(api: Api, query: str) -> None:
    answer = await api.call("GET", "/api/v1/analytics/transactions/best-sellers" + query, who="owner_a")
    assert answer.status == 422 and answer.body["error_code"] == "VALIDATION_ERROR"
