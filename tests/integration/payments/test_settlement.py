"""A settlement statement, checked by hand on a seeded set (prices: atta ₹52, maggi ₹14,
salt ₹28; the test shop charges no tax and no delivery fee, so totals are subtotals)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from commerce.commission import CommissionRates, record_commission, record_missing_commissions
from commerce.orders import accept_order, mark_delivered, send_out_for_delivery
from commerce.payments import apply_paid, cancel_paid_order
from commerce.settlement import settlement_statement
from commerce.stores import INDIA
from commerce.tables import Order, OrderCommission, utcnow
from commerce.unit_of_work import UnitOfWork
from tests.integration.commerce._support import fetch, order
from tests.integration.commerce.conftest import Shop
from tests.integration.payments.conftest import online_order, paid


async def _pay(shop: Shop, lines: list[tuple[str, int]], method: str, pid: str) -> str:
    placed, payment = await online_order(shop, lines, method=method)
    async with UnitOfWork(shop.db) as uow:
        assert await apply_paid(uow, paid(payment, method=method, provider_payment_id=pid)) == "confirmed"
        await uow.commit()
    return placed.id


async def test_settlement_by_hand(shop: Shop) -> None:
    upi = await _pay(shop, [("atta", 2)], "upi", "pay_A")  # 10400: platform 208, gateway 0
    await _pay(shop, [("maggi", 3)], "card", "pay_B")  # 4200: platform 84, gateway 84
    cancelled = await _pay(shop, [("maggi", 1)], "upi", "pay_D")  # paid, then cancelled: left out
    old = await _pay(shop, [("salt", 1)], "upi", "pay_E")  # paid 40 days ago: outside the period
    cod = await order(shop.db, shop.customer_id, shop.store_id,
                      [(shop.items["salt"], 1), (shop.items["atta"], 1)])  # 8000 cash: platform 160, ₹20
    async with UnitOfWork(shop.db) as uow:
        await accept_order(uow, cod.id, store_id=shop.store_id)
        await send_out_for_delivery(uow, cod.id, store_id=shop.store_id)
        await mark_delivered(uow, cod.id, store_id=shop.store_id)
        stored = await uow.session.get(OrderCommission, cod.id)
        assert stored is not None and (stored.method, stored.cod_fee_paise) == ("cod", 2_000)  # at the door
        await cancel_paid_order(uow, cancelled, by="owner", reason="shop closed")
        await uow.session.execute(update(OrderCommission).where(OrderCommission.order_id == old)
                                  .values(paid_at=utcnow() - timedelta(days=40)))
        assert await record_missing_commissions(uow, store_id=shop.store_id) == 0  # nothing left to catch up
        await uow.commit()

    today = utcnow().astimezone(INDIA).date()
    async with UnitOfWork(shop.db, write=False) as uow:
        s = await settlement_statement(uow, shop.store_id, today - timedelta(days=7), today)
    assert s.orders == 3
    assert s.gross_paise == 10_400 + 4_200 + 8_000 == 22_600
    assert (s.platform_fee_paise, s.gateway_fee_paise, s.cod_fee_paise) == (208 + 84 + 160, 84, 2_000)
    assert s.fees_paise == 2_536 and s.net_paise == 20_064
    assert {m: (t.orders, t.gross_paise, t.fees_paise, t.net_paise) for m, t in s.by_method.items()} == {
        "upi": (1, 10_400, 208, 10_192), "card": (1, 4_200, 168, 4_032), "cod": (1, 8_000, 2_160, 5_840)}
    assert s.as_dict()["fees"] == {"platform_paise": 452, "gateway_paise": 84, "cod_handling_paise": 2_000,
                                   "total_paise": 2_536}

    # later rate changes do not rewrite history: the stored row stands
    async with UnitOfWork(shop.db) as uow:
        the_order = await uow.session.get(Order, upi)
        assert the_order is not None
        assert not await record_commission(uow, the_order, method="upi", paid_at=utcnow(),
                                           rates=CommissionRates(platform_rate_bp=500))
        await uow.commit()
    assert (await fetch(shop.db, OrderCommission, upi)).platform_fee_paise == 208
