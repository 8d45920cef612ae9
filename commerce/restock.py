"""Reserving an expired order's stock again, for a payment that arrived after the expiry."""

from __future__ import annotations

from sqlalchemy import select, update

from commerce.inventory import _movement, note_stock_change
from commerce.tables import InventoryItem, Order, OrderLine, utcnow
from commerce.unit_of_work import UnitOfWork


async def reserve_again(uow: UnitOfWork, order: Order, *, actor: str) -> bool:
    """All lines or none, each by a conditional UPDATE (stock never below zero). On a shortage
    the lines already taken are put back in the same transaction and False is returned. The
    order's stock_released flag goes back to False (compare-and-set), so a later cancel gives
    the stock back once again, exactly once."""
    if not order.stock_released:
        return False
    lines = (await uow.session.scalars(
        select(OrderLine).where(OrderLine.order_id == order.id).order_by(OrderLine.item_id)
    )).all()
    taken: list[tuple[OrderLine, int]] = []
    for line in lines:
        row = (await uow.session.execute(
            update(InventoryItem)
            .where(InventoryItem.id == line.item_id, InventoryItem.is_active.is_(True),
                   InventoryItem.current_stock >= line.quantity)
            .values(current_stock=InventoryItem.current_stock - line.quantity, updated_at=utcnow())
            .returning(InventoryItem.current_stock)
        )).first()
        if row is None:
            for done, _ in taken:
                await uow.session.execute(
                    update(InventoryItem).where(InventoryItem.id == done.item_id)
                    .values(current_stock=InventoryItem.current_stock + done.quantity)
                )
            return False
        taken.append((line, int(row[0])))
    flipped = await uow.session.execute(
        update(Order).where(Order.id == order.id, Order.stock_released.is_(True)).values(stock_released=False)
    )
    if flipped.rowcount != 1:  # type: ignore[attr-defined]
        raise RuntimeError(f"order {order.id} changed while its stock was reserved again")
    order.stock_released = False
    for line, after in taken:
        item = await uow.session.get(InventoryItem, line.item_id, populate_existing=True)
        assert item is not None
        _movement(uow, item, -line.quantity, after, "late_payment", actor, order_id=order.id)
        note_stock_change(uow, item, after + line.quantity, after)
    return True
