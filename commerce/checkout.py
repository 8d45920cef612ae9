"""Checkout: totals, then the order and the reservation of every line in one transaction.

Each line is reserved by a conditional UPDATE (`… SET stock = stock - q WHERE stock >= q`);
if any line cannot be reserved, the whole unit of work rolls back and the error names every
short line with what is left. There is no check-then-reduce window (spec §17.2's race)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update

from commerce import validation as v
from commerce.carts import CartView, clear_cart, view_cart
from commerce.customers import get_customer
from commerce.errors import CartEmpty, InvalidInput, MinimumOrderNotMet, OutOfStock, Shortage, StoreUnavailable
from commerce.events import OrderPlaced
from commerce.ids import new_id, order_number
from commerce.inventory import _movement, note_stock_change
from commerce.orders import PAYMENT_METHODS
from commerce.stores import get_store, is_accepting_orders
from commerce.tables import InventoryItem, Order, OrderEvent, OrderLine, Store, utcnow
from commerce.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    subtotal_paise: int
    tax_paise: int
    delivery_fee_paise: int
    total_paise: int
    minimum_order_paise: int

    @property
    def meets_minimum(self) -> bool:
        return self.subtotal_paise >= self.minimum_order_paise


def price_order(store: Store, subtotal_paise: int) -> Quote:
    """Tax (basis points on top of prices, 0 for shops whose prices include GST), delivery fee
    (waived above the shop's threshold). Integer paise throughout; tax rounds half up."""
    tax = (subtotal_paise * store.tax_rate_bp + 5_000) // 10_000
    free = store.free_delivery_above_paise and subtotal_paise >= store.free_delivery_above_paise
    fee = 0 if free or subtotal_paise == 0 else store.delivery_fee_paise
    return Quote(subtotal_paise=subtotal_paise, tax_paise=tax, delivery_fee_paise=fee,
                 total_paise=subtotal_paise + tax + fee, minimum_order_paise=store.min_order_paise)


async def quote_cart(uow: UnitOfWork, customer_id: str, store_id: str) -> tuple[CartView, Quote]:
    store = await get_store(uow, store_id)
    cart = await view_cart(uow, customer_id, store_id)
    return cart, price_order(store, cart.subtotal_paise)


def _size_text(item: InventoryItem) -> str:
    if item.size_value is None or item.size_unit is None:
        return ""
    value = int(item.size_value) if float(item.size_value).is_integer() else item.size_value
    return f"{value} {item.size_unit}"


async def place_order(
    uow: UnitOfWork,
    *,
    customer_id: str,
    store_id: str,
    payment_method: str,
    delivery_address: str,
    channel: str,
    language: str = "en",
    notes: str = "",
    enforce_hours: bool = True,
) -> Order:
    """Turn the customer's cart into an order. Cash on delivery is confirmed at once; UPI and
    card orders stay pending (payment pending, stock reserved) until paid or expired."""
    if payment_method not in PAYMENT_METHODS:
        raise InvalidInput("payment_method", f"payment method must be one of {', '.join(PAYMENT_METHODS)}")
    address = v.text(delivery_address, "delivery_address", max_length=500)
    store = await get_store(uow, store_id)
    if store.status != "active" or (enforce_hours and not is_accepting_orders(store)):
        raise StoreUnavailable("the shop is not taking orders right now", store_id=store_id,
                               opens_at=store.opens_at, is_open=store.is_open)
    customer = await get_customer(uow, customer_id)
    cart = await view_cart(uow, customer_id, store_id)
    if cart.is_empty:
        raise CartEmpty("the cart is empty")
    quote = price_order(store, cart.subtotal_paise)
    if not quote.meets_minimum:
        raise MinimumOrderNotMet(store.min_order_paise, quote.subtotal_paise)

    order_id = new_id("ORD")
    # Reserve in item-id order: concurrent checkouts lock rows in the same order (no deadlock).
    shortages: list[Shortage] = []
    reserved: list[tuple[InventoryItem, int, int, int]] = []  # item, quantity, stock after, unit price
    for line in sorted(cart.lines, key=lambda l: l.item_id):
        result = await uow.session.execute(
            update(InventoryItem)
            .where(InventoryItem.id == line.item_id, InventoryItem.store_id == store_id,
                   InventoryItem.is_active.is_(True), InventoryItem.current_stock >= line.quantity)
            .values(current_stock=InventoryItem.current_stock - line.quantity, last_sold_at=utcnow(),
                    updated_at=utcnow())
            .returning(InventoryItem.current_stock, InventoryItem.selling_price_paise)
        )
        row = result.first()
        if row is None:
            available = await uow.session.scalar(
                select(InventoryItem.current_stock).where(InventoryItem.id == line.item_id,
                                                          InventoryItem.is_active.is_(True))
            )
            shortages.append(Shortage(item_id=line.item_id, name=line.name, requested=line.quantity,
                                      available=int(available or 0)))
            continue
        item = await uow.session.get(InventoryItem, line.item_id)
        assert item is not None
        reserved.append((item, line.quantity, int(row[0]), int(row[1])))
    if shortages:
        raise OutOfStock(shortages)  # the unit of work rolls back every reservation made above
    # Price what was reserved, at the prices read in the same statement.
    quote = price_order(store, sum(quantity * price for _, quantity, _, price in reserved))

    seq = (await uow.session.execute(
        update(Store).where(Store.id == store_id).values(order_seq=Store.order_seq + 1).returning(Store.order_seq)
    )).scalar_one()
    cod = payment_method == "cod"
    order = Order(
        id=order_id, store_id=store_id, customer_id=customer_id, order_number=order_number(int(seq)),
        status="confirmed" if cod else "pending", payment_status="pending", payment_method=payment_method,
        subtotal_paise=quote.subtotal_paise, tax_paise=quote.tax_paise, delivery_fee_paise=quote.delivery_fee_paise,
        total_paise=quote.total_paise, delivery_address=address, customer_name=customer.name,
        customer_phone=customer.phone, channel=channel, language=language,
        notes=v.text(notes, "notes", max_length=500, required=False),
    )
    uow.session.add(order)
    await uow.session.flush()
    for item, quantity, after, price in reserved:
        uow.session.add(OrderLine(order_id=order_id, item_id=item.id, name=item.name, size_text=_size_text(item),
                                  quantity=quantity, unit_price_paise=price, line_total_paise=quantity * price))
        _movement(uow, item, -quantity, after, "order", f"customer:{customer_id}", order_id=order_id)
        await uow.session.refresh(item)
        note_stock_change(uow, item, after + quantity, after)
    uow.session.add(OrderEvent(order_id=order_id, field="status", from_value=None, to_value=order.status,
                               actor=f"customer:{customer_id}", reason="placed"))
    await clear_cart(uow, customer_id, store_id)
    uow.emit(OrderPlaced(store_id=store_id, order_id=order_id, order_number=order.order_number,
                         customer_id=customer_id, total_paise=order.total_paise, payment_method=payment_method,
                         status=order.status, payment_status=order.payment_status))
    return order
