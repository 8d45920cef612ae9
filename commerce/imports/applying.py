"""Putting one checked row into a store's inventory.

The row's product is found in the store by barcode, else by name and size (case does not
matter). Found: its price, stock and minimum stock are set from the row (a blank stock or
minimum leaves that value alone; brand, category and size stay as they are). Not found: a
barcode the global catalog knows adds that catalog product; anything else becomes a product
of this store only (the global catalog is not changed by a shop's file)."""

from __future__ import annotations

from typing import Literal

from sqlalchemy import func, select

from commerce.catalog import ProductInput
from commerce.inventory import (
    StockLevels, add_from_catalog, add_store_product, set_price, set_stock, update_item,
)
from commerce.imports.rows import ImportRow
from commerce.tables import InventoryItem, Product
from commerce.unit_of_work import UnitOfWork

DEFAULT_MIN_STOCK = 10
DEFAULT_MAX_STOCK = 100
Outcome = Literal["created", "updated"]


async def _existing(uow: UnitOfWork, store_id: str, row: ImportRow) -> InventoryItem | None:
    query = select(InventoryItem).where(InventoryItem.store_id == store_id)
    if row.barcode:
        query = query.where(InventoryItem.barcode == row.barcode)
    else:
        query = query.where(func.lower(InventoryItem.name) == row.name.lower(),
                            InventoryItem.size_unit.is_(None) if row.size_unit is None
                            else InventoryItem.size_unit == row.size_unit)
        if row.size_value is not None:
            query = query.where(InventoryItem.size_value == row.size_value)
    return await uow.session.scalar(query.order_by(InventoryItem.id).limit(1))


def _levels(row: ImportRow) -> StockLevels:
    minimum = DEFAULT_MIN_STOCK if row.min_stock is None else row.min_stock
    return StockLevels(current_stock=row.stock or 0, min_stock=minimum,
                       max_stock=max(DEFAULT_MAX_STOCK, minimum), reorder_point=minimum)


async def apply_row(uow: UnitOfWork, store_id: str, row: ImportRow, *, actor: str) -> Outcome:
    """Raises a DomainError (InvalidInput…) when the row cannot go in; the caller rolls the
    row's savepoint back and records the error."""
    item = await _existing(uow, store_id, row)
    if item is not None:
        if item.selling_price_paise != row.price_paise:
            await set_price(uow, store_id, item.id, row.price_paise)
        if row.min_stock is not None and row.min_stock != item.min_stock:
            raise_max = item.max_stock and row.min_stock > item.max_stock
            await update_item(uow, store_id, item.id, min_stock=row.min_stock,
                              max_stock=row.min_stock if raise_max else None)
        if row.stock is not None and row.stock != item.current_stock:
            await set_stock(uow, store_id, item.id, row.stock, actor=actor, reason="import")
        return "updated"
    product = None
    if row.barcode:
        product = await uow.session.scalar(
            select(Product).where(Product.barcode == row.barcode, Product.is_active.is_(True)))
    if product is not None:
        await add_from_catalog(uow, store_id, product.id, selling_price_paise=row.price_paise,
                               levels=_levels(row), actor=actor)
    else:
        await add_store_product(
            uow, store_id,
            ProductInput(name=row.name, brand=row.brand, category=row.category, barcode=row.barcode,
                         size_value=row.size_value, size_unit=row.size_unit),
            selling_price_paise=row.price_paise, levels=_levels(row), actor=actor)
    return "created"
