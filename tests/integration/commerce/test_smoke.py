from __future__ import annotations

from commerce.carts import add_to_cart
from commerce.checkout import place_order
from commerce.unit_of_work import UnitOfWork

from .conftest import Shop


async def test_order_reduces_stock(shop: Shop) -> None:
    async with UnitOfWork(shop.db) as uow:
        await add_to_cart(uow, shop.customer_id, shop.store_id, shop.items["atta"], 2)
        order = await place_order(uow, customer_id=shop.customer_id, store_id=shop.store_id, payment_method="cod",
                                  delivery_address="12 Gulmohar Society, Andheri", channel="whatsapp")
        await uow.commit()
    assert order.total_paise == 10400
    assert order.status == "confirmed"
