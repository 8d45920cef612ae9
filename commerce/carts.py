"""A cart per customer and store, alive for 30 minutes after its last change (spec §13.3).
Stock is checked when something is added (and again, for real, at checkout)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, delete, inspect, select

from commerce import validation as v
from commerce.errors import InvalidInput, NotFound, OutOfStock, Shortage
from commerce.ids import new_id
from commerce.tables import Cart, CartLine, InventoryItem, utcnow
from commerce.unit_of_work import UnitOfWork
from commerce.upsert import insert_if_absent

CART_TTL = timedelta(minutes=30)
MAX_LINE_QUANTITY = 1000


@dataclass(frozen=True, slots=True, kw_only=True)
class CartLineView:
    item_id: str
    name: str
    brand: str
    size_value: float | None
    size_unit: str | None
    quantity: int
    unit_price_paise: int
    line_total_paise: int
    available: int


@dataclass(frozen=True, slots=True, kw_only=True)
class CartView:
    store_id: str
    customer_id: str
    lines: tuple[CartLineView, ...]
    subtotal_paise: int
    expires_at: datetime | None
    expired: bool = False  # true when an old cart was found expired and emptied just now

    @property
    def is_empty(self) -> bool:
        return not self.lines


# Built once (only the keys change per call): a chat turn reads the cart at least once.
_CART = (select(Cart).where(Cart.customer_id == bindparam("customer_id"), Cart.store_id == bindparam("store_id"))
         .with_for_update().execution_options(populate_existing=True))
_LINES = (select(CartLine, InventoryItem).join(InventoryItem, InventoryItem.id == CartLine.item_id)
          .where(CartLine.cart_id == bindparam("cart_id")).order_by(CartLine.added_at, CartLine.item_id))


_LOCKED = "vyapar.locked_carts"  # session.info: (customer id, store id) → (transaction, the cart it locked)


def _locked_already(uow: UnitOfWork, customer_id: str, store_id: str) -> Cart | None:
    """The cart this transaction has already read and locked, while the object still holds
    what the row holds (persistent, nothing expired: a rolled-back savepoint expires it, a
    delete detaches it): reading it again would return the same. A chat turn reads its cart
    several times (the cart, a change, the cart again)."""
    held = uow.session.info.get(_LOCKED, {}).get((customer_id, store_id))
    if held is None:
        return None
    transaction, cart = held
    state = inspect(cart)
    if (transaction is not uow.session.sync_session.get_transaction() or not state.persistent
            or state.expired_attributes):
        return None
    return cart


async def _cart(uow: UnitOfWork, customer_id: str, store_id: str, *, create: bool) -> tuple[Cart | None, bool]:
    """The live cart, row-locked for the rest of the unit of work so that two messages from
    one customer (or two checkouts) take turns; an expired cart is emptied first.
    Returns (cart, was_expired)."""
    now = utcnow()
    cart: Cart | None = None
    # On PostgreSQL a concurrent checkout may delete the cart between our insert (which saw
    # it and did nothing) and our locking select (which then finds nothing): insert again.
    key = {"customer_id": customer_id, "store_id": store_id}
    cart = _locked_already(uow, customer_id, store_id)
    if cart is None:
        cart = await uow.session.scalar(_CART, key)  # the usual case: the cart is there
    for _attempt in range(3 if create and cart is None else 0):
        await insert_if_absent(uow, Cart, {"id": new_id("CART"), "customer_id": customer_id,
                                           "store_id": store_id, "expires_at": now + CART_TTL,
                                           "created_at": now, "updated_at": now})
        cart = await uow.session.scalar(_CART, key)
        if cart is not None:
            break
    if cart is not None:
        uow.session.info.setdefault(_LOCKED, {})[(customer_id, store_id)] = (
            uow.session.sync_session.get_transaction(), cart)
    expired = False
    if cart is not None and cart.expires_at <= now:
        await uow.session.execute(delete(CartLine).where(CartLine.cart_id == cart.id))
        expired = True
        if not create:
            await uow.session.delete(cart)
            await uow.session.flush()
            return None, True
    if cart is not None and create:
        cart.expires_at = now + CART_TTL
        cart.updated_at = now
    return cart, expired


async def _sellable_item(uow: UnitOfWork, store_id: str, item_id: str) -> InventoryItem:
    item = await uow.session.get(InventoryItem, item_id)
    if item is None or item.store_id != store_id or not item.is_active:
        raise NotFound(f"product {item_id} is not sold in this store", item_id=item_id)
    return item


async def _set_line(uow: UnitOfWork, cart: Cart, item: InventoryItem, quantity: int,
                    line: CartLine | None | bool = True) -> None:
    """line: the cart's line for item when the caller has just read it (None: there is none)."""
    if quantity > item.current_stock:
        raise OutOfStock([Shortage(item_id=item.id, name=item.name, requested=quantity, available=item.current_stock)])
    if line is True:
        line = await uow.session.get(CartLine, (cart.id, item.id))
    if not isinstance(line, CartLine):
        uow.session.add(CartLine(cart_id=cart.id, item_id=item.id, quantity=quantity))
    else:
        line.quantity = quantity
    await uow.session.flush()


async def add_to_cart(uow: UnitOfWork, customer_id: str, store_id: str, item_id: str, quantity: int) -> CartView:
    """Add quantity more of an item (on top of what the cart already has)."""
    await put_in_cart(uow, customer_id, store_id, item_id, quantity)
    return await view_cart(uow, customer_id, store_id)


async def put_in_cart(uow: UnitOfWork, customer_id: str, store_id: str, item_id: str, quantity: int) -> None:
    """add_to_cart without reading the cart back (a chat turn adding several items reads it once, at the end)."""
    qty = v.positive_int(quantity, "quantity", maximum=MAX_LINE_QUANTITY)
    item = await _sellable_item(uow, store_id, item_id)
    cart, _ = await _cart(uow, customer_id, store_id, create=True)
    assert cart is not None
    line = await uow.session.get(CartLine, (cart.id, item.id))
    total = qty + (line.quantity if line is not None else 0)
    if total > MAX_LINE_QUANTITY:
        raise InvalidInput("quantity", f"quantity must be at most {MAX_LINE_QUANTITY}")
    await _set_line(uow, cart, item, total, line)


async def set_quantity(uow: UnitOfWork, customer_id: str, store_id: str, item_id: str, quantity: int) -> CartView:
    """Set a line to exactly this quantity; 0 removes it."""
    if quantity == 0:
        return await remove_from_cart(uow, customer_id, store_id, item_id)
    qty = v.positive_int(quantity, "quantity", maximum=MAX_LINE_QUANTITY)
    item = await _sellable_item(uow, store_id, item_id)
    cart, _ = await _cart(uow, customer_id, store_id, create=True)
    assert cart is not None
    await _set_line(uow, cart, item, qty)
    return await view_cart(uow, customer_id, store_id)


async def remove_from_cart(uow: UnitOfWork, customer_id: str, store_id: str, item_id: str) -> CartView:
    cart, _ = await _cart(uow, customer_id, store_id, create=False)
    if cart is None or await uow.session.get(CartLine, (cart.id, item_id)) is None:
        raise NotFound(f"product {item_id} is not in the cart", item_id=item_id)
    await uow.session.execute(delete(CartLine).where(CartLine.cart_id == cart.id, CartLine.item_id == item_id))
    cart.expires_at = utcnow() + CART_TTL
    return await view_cart(uow, customer_id, store_id)


async def clear_cart(uow: UnitOfWork, customer_id: str, store_id: str) -> None:
    cart, _ = await _cart(uow, customer_id, store_id, create=False)
    if cart is not None:
        await uow.session.execute(delete(CartLine).where(CartLine.cart_id == cart.id))
        await uow.session.delete(cart)
        await uow.session.flush()


async def view_cart(uow: UnitOfWork, customer_id: str, store_id: str) -> CartView:
    cart, expired = await _cart(uow, customer_id, store_id, create=False)
    if cart is None:
        return CartView(store_id=store_id, customer_id=customer_id, lines=(), subtotal_paise=0,
                        expires_at=None, expired=expired)
    rows = await uow.session.execute(_LINES, {"cart_id": cart.id})
    lines = tuple(
        CartLineView(
            item_id=item.id, name=item.name, brand=item.brand, size_value=item.size_value, size_unit=item.size_unit,
            quantity=line.quantity, unit_price_paise=item.selling_price_paise,
            line_total_paise=line.quantity * item.selling_price_paise, available=item.current_stock,
        )
        for line, item in rows.all()
    )
    return CartView(store_id=store_id, customer_id=customer_id, lines=lines,
                    subtotal_paise=sum(line.line_total_paise for line in lines), expires_at=cart.expires_at,
                    expired=expired)


async def expire_idle_carts(uow: UnitOfWork, now: datetime | None = None) -> int:
    """Delete carts idle for longer than 30 minutes. Returns how many went."""
    moment = now or utcnow()
    ids = list((await uow.session.scalars(select(Cart.id).where(Cart.expires_at <= moment))).all())
    if ids:
        await uow.session.execute(delete(CartLine).where(CartLine.cart_id.in_(ids)))
        await uow.session.execute(delete(Cart).where(Cart.id.in_(ids)))
    return len(ids)
