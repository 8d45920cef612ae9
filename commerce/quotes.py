"""What an order of given items would cost at a store today (no reservation, no order)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from commerce import validation as v
from commerce.checkout import Quote, price_order
from commerce.errors import InvalidInput, NotFound
from commerce.stores import get_store
from commerce.tables import InventoryItem
from commerce.unit_of_work import UnitOfWork

MAX_LINES = 100


@dataclass(frozen=True, slots=True, kw_only=True)
class QuotedLine:
    item_id: str
    name: str
    quantity: int
    unit_price_paise: int
    line_total_paise: int
    in_stock: bool


async def quote_items(uow: UnitOfWork, store_id: str, lines: list[tuple[str, int]]) -> tuple[list[QuotedLine], Quote]:
    if not lines:
        raise InvalidInput("items", "items must not be empty")
    if len(lines) > MAX_LINES:
        raise InvalidInput("items", f"at most {MAX_LINES} items")
    store = await get_store(uow, store_id)
    wanted: dict[str, int] = {}
    for item_id, quantity in lines:
        wanted[item_id] = wanted.get(item_id, 0) + v.positive_int(quantity, "quantity", maximum=10_000)
    items = {i.id: i for i in (await uow.session.scalars(
        select(InventoryItem).where(InventoryItem.store_id == store_id, InventoryItem.id.in_(wanted),
                                    InventoryItem.is_active.is_(True)))).all()}
    missing = [item_id for item_id in wanted if item_id not in items]
    if missing:
        raise NotFound("these items are not sold at this store", item_ids=missing)
    quoted = [QuotedLine(item_id=item_id, name=items[item_id].name, quantity=q,
                         unit_price_paise=items[item_id].selling_price_paise,
                         line_total_paise=q * items[item_id].selling_price_paise,
                         in_stock=items[item_id].current_stock >= q) for item_id, q in wanted.items()]
    return quoted, price_order(store, sum(line.line_total_paise for line in quoted))
