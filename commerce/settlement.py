"""A shop's settlement statement for a period (India days, both ends included): gross,
fees by kind, net, split by payment method, from the commission stored on each paid order.
Cancelled and refunded orders are left out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from commerce.orders import india_day_bounds
from commerce.tables import Order, OrderCommission
from commerce.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True, kw_only=True)
class MethodTotals:
    orders: int
    gross_paise: int
    platform_fee_paise: int
    gateway_fee_paise: int
    cod_fee_paise: int

    @property
    def fees_paise(self) -> int:
        return self.platform_fee_paise + self.gateway_fee_paise + self.cod_fee_paise

    @property
    def net_paise(self) -> int:
        return self.gross_paise - self.fees_paise


@dataclass(frozen=True, slots=True, kw_only=True)
class SettlementStatement:
    store_id: str
    start: date
    end: date
    by_method: dict[str, MethodTotals] = field(default_factory=dict)

    def _sum(self, name: str) -> int:
        return sum(getattr(m, name) for m in self.by_method.values())

    @property
    def orders(self) -> int:
        return self._sum("orders")

    @property
    def gross_paise(self) -> int:
        return self._sum("gross_paise")

    @property
    def platform_fee_paise(self) -> int:
        return self._sum("platform_fee_paise")

    @property
    def gateway_fee_paise(self) -> int:
        return self._sum("gateway_fee_paise")

    @property
    def cod_fee_paise(self) -> int:
        return self._sum("cod_fee_paise")

    @property
    def fees_paise(self) -> int:
        return self.platform_fee_paise + self.gateway_fee_paise + self.cod_fee_paise

    @property
    def net_paise(self) -> int:
        return self.gross_paise - self.fees_paise

    def as_dict(self) -> dict[str, object]:
        return {
            "store_id": self.store_id, "from": self.start.isoformat(), "to": self.end.isoformat(),
            "orders": self.orders, "gross_paise": self.gross_paise,
            "fees": {"platform_paise": self.platform_fee_paise, "gateway_paise": self.gateway_fee_paise,
                     "cod_handling_paise": self.cod_fee_paise, "total_paise": self.fees_paise},
            "net_paise": self.net_paise,
            "by_method": {method: {"orders": m.orders, "gross_paise": m.gross_paise, "fees_paise": m.fees_paise,
                                   "net_paise": m.net_paise} for method, m in sorted(self.by_method.items())},
        }


async def settlement_statement(uow: UnitOfWork, store_id: str, start: date, end: date) -> SettlementStatement:
    if end < start:
        raise ValueError("the period ends before it starts")
    since, _ = india_day_bounds(start)
    _, until = india_day_bounds(end)
    c = OrderCommission
    rows = (await uow.session.execute(
        select(c.method, func.count(), func.sum(c.gross_paise), func.sum(c.platform_fee_paise),
               func.sum(c.gateway_fee_paise), func.sum(c.cod_fee_paise))
        .join(Order, Order.id == c.order_id)
        .where(c.store_id == store_id, c.paid_at >= since, c.paid_at < until,
               Order.status != "cancelled", Order.payment_status == "completed")
        .group_by(c.method)
    )).all()
    return SettlementStatement(store_id=store_id, start=start, end=end, by_method={
        method: MethodTotals(orders=int(n), gross_paise=int(g), platform_fee_paise=int(p), gateway_fee_paise=int(gw),
                             cod_fee_paise=int(cod))
        for method, n, g, p, gw, cod in rows
    })
