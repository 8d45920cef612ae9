"""Which orders make revenue: ONE definition for every report (docs/analytics.md).

An order *earns* its money — counts in revenue, units sold, best sellers, customer value and
the commission report — when it was placed in the period and

- its payment is completed (`payment_status = 'completed'`): a UPI or card payment captured
  (commerce.payments), or cash on delivery collected — commerce.orders.mark_delivered moves a
  COD order's payment to `completed` when the shop marks it delivered; and
- it is not cancelled (`status <> 'cancelled'`): a paid order the shop or customer cancelled
  keeps `completed` only until its refund is processed, then becomes `refunded`; either way
  the money goes back, so it never counts.

Not revenue: online orders still awaiting payment (`pending`), failed or expired payments
(expiry cancels them), refunds, COD orders not yet delivered. An order counts on the India
day it was *placed* (created_at), in every report alike; the order-status counts of
order-analytics are the only figures over all orders of the period."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.sql.elements import ColumnElement

from commerce.analytics.period import Period
from commerce.tables import Order
from commerce.unit_of_work import UnitOfWork


def placed(store_id: str, period: Period) -> list[ColumnElement[bool]]:
    """Every order of this store placed in the period, whatever became of it."""
    return [Order.store_id == store_id, Order.created_at >= period.start, Order.created_at < period.end]


def is_earned() -> list[ColumnElement[bool]]:
    """The money was received and kept: paid (online, or cash at delivery) and not cancelled."""
    return [Order.payment_status == "completed", Order.status != "cancelled"]


def earned(store_id: str, period: Period) -> list[Any]:
    """Conditions for the revenue orders of this store and period."""
    return [*placed(store_id, period), *is_earned()]


async def earned_totals(uow: UnitOfWork, store_id: str, period: Period) -> tuple[int, int]:
    """(revenue in paise, number of revenue orders): one SQL aggregate."""
    row = (await uow.session.execute(
        select(func.coalesce(func.sum(Order.total_paise), 0), func.count()).where(*earned(store_id, period))
    )).one()
    return int(row[0]), int(row[1])
