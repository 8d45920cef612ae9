"""Commission report (spec §8.10.3): what the platform and the payment gateway take from
the shop's completed orders, and what is left.

Completed orders are the revenue orders of commerce.analytics.revenue — placed in the
period, payment completed (UPI/card captured; COD when the cash is collected at delivery)
and not cancelled — so gross_revenue and completed_orders equal the sales summary's
total_revenue and total_orders for the same store and period. gross_revenue (and each
method's amount) is the sum of the orders' totals; the payments flow records that same total
as the commission's gross.
Fees: where the payments flow recorded the order's commission (table order_commissions,
at the rates of the day it was paid) those recorded figures are used; otherwise they are
computed at today's rates (commerce.commission.CURRENT_RATES: platform 2 %, card 2 %, UPI
free, COD ₹20 an order) per order, rounded half up to the paisa. `fees_source` says how many
orders came from each. The method is the one recorded with the commission (how it was
actually paid), else the order's; other online methods (netbanking, wallet), charged the
card rate, are counted under card, so the breakdown has exactly upi, card and cod."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.sql.elements import ColumnElement

from commerce.analytics.period import analysis_period
from commerce.analytics.revenue import earned
from commerce.commission import CURRENT_RATES
from commerce.tables import Order, OrderCommission
from commerce.unit_of_work import UnitOfWork

RATES = CURRENT_RATES  # the payments flow's rates (commerce/commission.py): one source for both
METHODS = ("upi", "card", "cod")


def _share(amount: ColumnElement[int], rate_bp: int) -> ColumnElement[int]:
    """amount × rate, rounded half up, in integer arithmetic on both databases (as percent_of)."""
    return (amount * rate_bp + 5000) // 10000


def _rate_text(basis_points: int) -> str:
    return "Free" if basis_points == 0 else f"{basis_points / 100:g}%"


async def commission_report(uow: UnitOfWork, store_id: str, *, days: int = 30,
                            now: datetime | None = None) -> dict[str, Any]:
    period = analysis_period(days, now=now)
    recorded = OrderCommission.order_id.is_not(None)
    paid_by = func.coalesce(OrderCommission.method, Order.payment_method)
    # the spec's three rows: other online methods (netbanking, wallet) pay the card rate, so sit under card
    method = case((paid_by.in_(("upi", "cod")), paid_by), else_="card")
    computed_gateway = case((Order.payment_method == "card", _share(Order.total_paise, RATES.card_rate_bp)),
                            (Order.payment_method == "upi", _share(Order.total_paise, RATES.upi_rate_bp)),
                            (Order.payment_method == "cod", RATES.cod_fee_paise), else_=0)
    platform = case((recorded, OrderCommission.platform_fee_paise),
                    else_=_share(Order.total_paise, RATES.platform_rate_bp))
    gateway = case((recorded, OrderCommission.gateway_fee_paise + OrderCommission.cod_fee_paise),
                   else_=computed_gateway)
    completed = (
        select(method.label("method"), Order.total_paise.label("gross"), platform.label("platform"),
               gateway.label("gateway"), case((recorded, 1), else_=0).label("recorded"))
        .select_from(Order).outerjoin(OrderCommission, OrderCommission.order_id == Order.id)
        .where(*earned(store_id, period))
        .subquery()
    )
    rows = (await uow.session.execute(
        select(completed.c.method, func.count(), func.sum(completed.c.gross), func.sum(completed.c.platform),
               func.sum(completed.c.gateway), func.sum(completed.c.recorded))
        .group_by(completed.c.method).order_by(completed.c.method)
    )).all()
    breakdown: dict[str, dict[str, int]] = {m: {"count": 0, "amount": 0, "fees": 0} for m in METHODS}
    gross_total = platform_total = gateway_total = orders = recorded_orders = 0
    for name, count, amount, platform_fees, gateway_fees, from_record in rows:
        breakdown[str(name)] = {"count": int(count), "amount": int(amount), "fees": int(gateway_fees)}
        orders += int(count)
        gross_total += int(amount)
        platform_total += int(platform_fees)
        gateway_total += int(gateway_fees)
        recorded_orders += int(from_record)
    deductions = platform_total + gateway_total
    return {
        "period": period.describe(),
        "summary": {"gross_revenue": gross_total, "platform_commission": platform_total,
                    "payment_gateway_fees": gateway_total, "total_deductions": deductions,
                    "net_revenue": gross_total - deductions, "completed_orders": orders},
        "commission_rates": {"platform_rate": _rate_text(RATES.platform_rate_bp), "upi_fee": _rate_text(RATES.upi_rate_bp),
                             "card_fee": _rate_text(RATES.card_rate_bp),
                             "cod_fee": f"₹{RATES.cod_fee_paise // 100}/order"},
        "payment_breakdown": breakdown,
        "fees_source": {"recorded": recorded_orders, "computed": orders - recorded_orders},
    }
