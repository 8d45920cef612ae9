"""A small, fixed order history for one shop (and one order of another shop that must never
show up), written straight into the tables so every figure in the tests can be worked out
by hand from this page.

"Now" is Wednesday 7 January 2026, 12:00 India time. Prices: atta ₹52, maggi ₹14, salt ₹28.

| order | India time        | customer | status           | payment          | lines            | total  | revenue? |
|-------|-------------------|----------|------------------|------------------|------------------|--------|----------|
| O1    | Sun 28 Dec 10:15  | Ravi     | delivered        | cod completed    | atta 1           | 5200   | yes |
| O2    | Tue 30 Dec 18:30  | Priya    | delivered        | upi completed    | maggi 2          | 2800   | yes |
| O8    | Wed 31 Dec 23:50  | Sunita   | pending          | upi pending      | maggi 1          | 1400   | no: never paid |
| O3    | Thu  1 Jan 09:10  | Ravi     | delivered        | card completed   | atta 2, salt 1   | 13225 (tax 25) | yes |
| O13   | Fri  2 Jan 16:40  | Sunita   | delivered        | cod completed    | maggi 2          | 2800   | yes: cash collected |
| O4    | Sat  3 Jan 18:05  | Amit     | delivered        | cod completed    | maggi 5          | 7000 (commission recorded) | yes |
| O5    | Sat  3 Jan 18:45  | Priya    | cancelled        | upi failed       | atta 1           | 5200   | no: expired unpaid |
| O11   | Sun  4 Jan 19:20  | Sunita   | cancelled        | upi refunded     | atta 2           | 10400  | no: paid, cancelled, refunded |
| O6    | Mon  5 Jan 12:00  | Ravi     | processing       | upi completed    | maggi 3, salt 2  | 11800 (delivery 2000) | yes |
| O12   | Tue  6 Jan 18:10  | Amit     | cancelled        | card completed   | salt 3           | 8400   | no: cancelled, refund due |
| O9    | Tue  6 Jan 20:15  | Priya    | out_for_delivery | upi completed    | atta 1           | 5200   | yes |
| O7    | Wed  7 Jan 00:30  | Amit     | confirmed        | cod pending      | salt 1           | 2800   | no: COD not delivered |
| O10   | Wed  7 Jan 11:45  | Sunita   | pending          | upi pending      | maggi 4          | 5600   | no: awaiting payment |
| B1    | Sun  4 Jan 11:00  | (shop B) | delivered        | card completed   | 9 × ₹111         | 99900  | shop B's |

Revenue orders (commerce.analytics.revenue): payment completed and not cancelled.

O4's commission was recorded by the payments flow at older rates: platform ₹1.05,
COD fee ₹15 (the computed ones would be ₹1.40 and ₹20)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from commerce.catalog import ProductInput
from commerce.customers import get_or_create_customer
from commerce.database import Database
from commerce.ids import new_id, order_number
from commerce.inventory import StockLevels, add_store_product
from commerce.tables import Order, OrderCommission, OrderLine
from commerce.unit_of_work import UnitOfWork
from tests.integration.commerce.conftest import make_shop

INDIA = ZoneInfo("Asia/Kolkata")
NOW = datetime(2026, 1, 7, 12, 0, tzinfo=INDIA)


def ist(month: int, day: int, hh: int, mm: int) -> datetime:
    year = 2025 if month == 12 else 2026
    return datetime.combine(date(year, month, day), time(hh, mm), tzinfo=INDIA)


@dataclass
class History:
    store_id: str
    other_store_id: str
    items: dict[str, str]
    customers: dict[str, str]
    orders: dict[str, str]


PRICES = {"atta": 5200, "maggi": 1400, "salt": 2800}
# name: (when, customer, status, payment status, method, lines, tax, delivery fee)
ORDERS: dict[str, tuple[datetime, str, str, str, str, dict[str, int], int, int]] = {
    "O1": (ist(12, 28, 10, 15), "ravi", "delivered", "completed", "cod", {"atta": 1}, 0, 0),
    "O2": (ist(12, 30, 18, 30), "priya", "delivered", "completed", "upi", {"maggi": 2}, 0, 0),
    "O8": (ist(12, 31, 23, 50), "sunita", "pending", "pending", "upi", {"maggi": 1}, 0, 0),
    "O3": (ist(1, 1, 9, 10), "ravi", "delivered", "completed", "card", {"atta": 2, "salt": 1}, 25, 0),
    "O13": (ist(1, 2, 16, 40), "sunita", "delivered", "completed", "cod", {"maggi": 2}, 0, 0),
    "O4": (ist(1, 3, 18, 5), "amit", "delivered", "completed", "cod", {"maggi": 5}, 0, 0),
    "O5": (ist(1, 3, 18, 45), "priya", "cancelled", "failed", "upi", {"atta": 1}, 0, 0),
    "O11": (ist(1, 4, 19, 20), "sunita", "cancelled", "refunded", "upi", {"atta": 2}, 0, 0),
    "O6": (ist(1, 5, 12, 0), "ravi", "processing", "completed", "upi", {"maggi": 3, "salt": 2}, 0, 2000),
    "O12": (ist(1, 6, 18, 10), "amit", "cancelled", "completed", "card", {"salt": 3}, 0, 0),
    "O9": (ist(1, 6, 20, 15), "priya", "out_for_delivery", "completed", "upi", {"atta": 1}, 0, 0),
    "O7": (ist(1, 7, 0, 30), "amit", "confirmed", "pending", "cod", {"salt": 1}, 0, 0),
    "O10": (ist(1, 7, 11, 45), "sunita", "pending", "pending", "upi", {"maggi": 4}, 0, 0),
}
CUSTOMERS = {  # key: (sender, name on the customer record, name typed on the order)
    "priya": ("919800000002", "Priya", "Priya"),
    "amit": ("919800000003", "", "Amit Verma"),
    "sunita": ("919800000004", "Sunita", "Sunita"),
}


async def seed_history(db: Database) -> History:
    shop = await make_shop(db, {name: (price, 100) for name, price in PRICES.items()})
    other = await make_shop(db, {"ghee": (11100, 50)})
    customers = {"ravi": shop.customer_id}
    orders: dict[str, str] = {}
    async with UnitOfWork(db) as uow:
        for key, (sender, name, _) in CUSTOMERS.items():
            customers[key] = (await get_or_create_customer(uow, "whatsapp", sender, name=name)).id
        for seq, (label, (when, who, status, paid, method, lines, tax, fee)) in enumerate(ORDERS.items(), start=1):
            subtotal = sum(PRICES[item] * qty for item, qty in lines.items())
            order_id = new_id("ORD")
            orders[label] = order_id
            typed = "Ravi" if who == "ravi" else CUSTOMERS[who][2]
            uow.session.add(Order(
                id=order_id, store_id=shop.store_id, customer_id=customers[who], order_number=order_number(seq),
                status=status, payment_status=paid, payment_method=method, subtotal_paise=subtotal,
                tax_paise=tax, delivery_fee_paise=fee, total_paise=subtotal + tax + fee,
                delivery_address="12 Gulmohar Road", customer_name=typed, channel="whatsapp",
                created_at=when, updated_at=when,
            ))
            await uow.session.flush()
            for item, qty in lines.items():
                uow.session.add(OrderLine(order_id=order_id, item_id=shop.items[item], name=item.title(),
                                          quantity=qty, unit_price_paise=PRICES[item],
                                          line_total_paise=PRICES[item] * qty))
        uow.session.add(OrderCommission(
            order_id=orders["O4"], store_id=shop.store_id, method="cod", gross_paise=7000, platform_fee_paise=105,
            gateway_fee_paise=0, cod_fee_paise=1500, net_paise=5395, platform_rate_bp=150, gateway_rate_bp=0,
            cod_fee_rate_paise=1500, paid_at=ist(1, 3, 19, 0),
        ))
        b1 = new_id("ORD")
        uow.session.add(Order(
            id=b1, store_id=other.store_id, customer_id=customers["ravi"], order_number=order_number(1),
            status="delivered", payment_status="completed", payment_method="card", subtotal_paise=99900,
            total_paise=99900, customer_name="Ravi", channel="whatsapp", created_at=ist(1, 4, 11, 0),
        ))
        await uow.session.flush()
        uow.session.add(OrderLine(order_id=b1, item_id=other.items["ghee"], name="Ghee", quantity=9,
                                  unit_price_paise=11100, line_total_paise=99900))
        await uow.commit()
    return History(store_id=shop.store_id, other_store_id=other.store_id, items=shop.items,
                   customers=customers, orders=orders)


async def seed_quality_shop(db: Database) -> tuple[str, dict[str, str]]:
    """Four items whose scores are worked out in the quality test."""
    from commerce.catalog import create_product
    from commerce.inventory import add_from_catalog, set_active
    from commerce.stores import register_store
    from tests.integration.commerce._support import remove_starter_items
    from tests.integration.commerce.conftest import registration

    async with UnitOfWork(db) as uow:
        store, _ = await register_store(uow, registration(name="Gupta General Store"))
        await remove_starter_items(uow, store.id)  # the four items below are the whole shop
        atta = await create_product(uow, ProductInput(name="Aashirvaad Atta", brand="ITC", category="Staples",
                                                      size_value=5, size_unit="kg", mrp_paise=6000))
        full = await add_from_catalog(uow, store.id, atta.id, selling_price_paise=5200, cost_price_paise=4700,
                                      levels=StockLevels(current_stock=20, min_stock=5, max_stock=100,
                                                         reorder_point=10),
                                      location="Rack 3", notes="Chakki fresh atta")
        salt = await create_product(uow, ProductInput(name="Tata Salt", brand="Tata", category="Staples",
                                                      size_value=1, size_unit="kg", mrp_paise=2800))
        plain = await add_from_catalog(uow, store.id, salt.id, selling_price_paise=2800, cost_price_paise=2500,
                                       levels=StockLevels(current_stock=30, min_stock=5))
        await set_active(uow, store.id, plain.id, False)
        loose = await add_store_product(uow, store.id, ProductInput(name="Loose chana"), selling_price_paise=9000,
                                        levels=StockLevels(current_stock=0, min_stock=0, max_stock=0,
                                                           reorder_point=0))
        dal = await add_store_product(uow, store.id, ProductInput(name="Toor dal", category="Pulses",
                                                                  mrp_paise=10000),
                                      selling_price_paise=9000,
                                      levels=StockLevels(current_stock=5, min_stock=2, max_stock=0,
                                                         reorder_point=0))
        await uow.commit()
    return store.id, {"full": full.id, "plain": plain.id, "loose": loose.id, "dal": dal.id}


def utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)
