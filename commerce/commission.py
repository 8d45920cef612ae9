"""What the platform and the gateway take from a paid order (spec §8.10.3): platform 2% of
every completed order, card gateway 2%, UPI free, cash on delivery ₹20 an order. Stored on
the order when it is paid, with the rates used, so later rate changes never rewrite history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, func, select

from commerce.tables import Order, OrderCommission, OrderEvent, Payment
from commerce.unit_of_work import UnitOfWork
from commerce.upsert import insert_if_absent


@dataclass(frozen=True, slots=True, kw_only=True)
class CommissionRates:
    platform_rate_bp: int = 200  # 2% of every completed order
    card_rate_bp: int = 200  # card (and other non-UPI online methods) gateway fee
    upi_rate_bp: int = 0  # UPI is free
    cod_fee_paise: int = 2_000  # ₹20 an order for cash handling


CURRENT_RATES = CommissionRates()


@dataclass(frozen=True, slots=True, kw_only=True)
class Commission:
    method: str
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


def percent_of(paise: int, basis_points: int) -> int:
    """Integer paise, rounded half up."""
    return (paise * basis_points + 5_000) // 10_000


def gateway_rate_bp(method: str, rates: CommissionRates = CURRENT_RATES) -> int:
    if method == "cod":
        return 0
    return rates.upi_rate_bp if method == "upi" else rates.card_rate_bp


def commission_for(method: str, gross_paise: int, rates: CommissionRates = CURRENT_RATES) -> Commission:
    return Commission(
        method=method, gross_paise=gross_paise,
        platform_fee_paise=percent_of(gross_paise, rates.platform_rate_bp),
        gateway_fee_paise=percent_of(gross_paise, gateway_rate_bp(method, rates)),
        cod_fee_paise=rates.cod_fee_paise if method == "cod" else 0,
    )


async def record_commission(uow: UnitOfWork, order: Order, *, method: str, paid_at: datetime,
                            rates: CommissionRates = CURRENT_RATES) -> bool:
    """Store the order's commission once; False if it was stored already."""
    c = commission_for(method, order.total_paise, rates)
    return await insert_if_absent(uow, OrderCommission, {
        "order_id": order.id, "store_id": order.store_id, "method": method, "gross_paise": c.gross_paise,
        "platform_fee_paise": c.platform_fee_paise, "gateway_fee_paise": c.gateway_fee_paise,
        "cod_fee_paise": c.cod_fee_paise, "net_paise": c.net_paise, "platform_rate_bp": rates.platform_rate_bp,
        "gateway_rate_bp": gateway_rate_bp(method, rates), "cod_fee_rate_paise": rates.cod_fee_paise,
        "paid_at": paid_at, "recorded_at": paid_at,
    })


async def record_missing_commissions(uow: UnitOfWork, *, store_id: str | None = None,
                                     rates: CommissionRates = CURRENT_RATES) -> int:
    """Orders paid without passing through the payments flow (cash on delivery, completed when
    the owner marks the order delivered) get their commission here, dated by the moment their
    payment completed (from the order's event trail). Run by the payments job and before a
    settlement statement. Returns how many were recorded."""
    conditions = [Order.payment_status == "completed", Order.status != "cancelled",
                  ~exists().where(OrderCommission.order_id == Order.id)]
    if store_id is not None:
        conditions.append(Order.store_id == store_id)
    orders = (await uow.session.scalars(select(Order).where(*conditions).order_by(Order.id).limit(500))).all()
    recorded = 0
    for order in orders:
        paid_at = await uow.session.scalar(
            select(func.max(OrderEvent.created_at)).where(
                OrderEvent.order_id == order.id, OrderEvent.field == "payment_status",
                OrderEvent.to_value == "completed")
        ) or order.updated_at
        method = order.payment_method
        if method != "cod":
            method = await uow.session.scalar(
                select(Payment.paid_method).where(Payment.order_id == order.id, Payment.status == "paid").limit(1)
            ) or method
        recorded += await record_commission(uow, order, method=method, paid_at=paid_at, rates=rates)
    return recorded
