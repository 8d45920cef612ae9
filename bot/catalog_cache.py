"""One matcher index per store, rebuilt only when the store's sellable catalog changes
(names, prices, active flags — not stock): never per message."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from dataclasses import dataclass

from sqlalchemy import bindparam, func, select

from commerce.inventory import active_items
from commerce.tables import InventoryItem
from commerce.unit_of_work import UnitOfWork
from intents.catalog_index import CatalogIndex
from intents.types import CatalogEntry, Unit

_UNITS: tuple[Unit, ...] = ("kg", "g", "l", "ml", "piece", "packet", "dozen")


@dataclass(frozen=True, slots=True)
class StoreCatalog:
    version: tuple[int, int]
    index: CatalogIndex
    entries: dict[str, CatalogEntry]


# The version asked on every message: built once (only the store id changes), answered from
# ix_inventory_store_catalog alone.
_VERSION = (select(func.count(), func.coalesce(func.sum(InventoryItem.catalog_version), 0))
            .where(InventoryItem.store_id == bindparam("store_id"), InventoryItem.is_active.is_(True)))


class CatalogCache:
    __slots__ = ("_stores", "_capacity")

    def __init__(self, capacity: int = 256) -> None:
        self._stores: OrderedDict[str, StoreCatalog] = OrderedDict()
        self._capacity = capacity

    async def for_store(self, uow: UnitOfWork, store_id: str) -> StoreCatalog:
        row = (await uow.session.execute(_VERSION, {"store_id": store_id})).one()
        version = (int(row[0]), int(row[1]))
        cached = self._stores.get(store_id)
        if cached is not None and cached.version == version:
            self._stores.move_to_end(store_id)
            return cached
        entries = {
            item.id: CatalogEntry(
                product_id=item.id, name=item.name, brand=item.brand, category=item.category,
                size_value=item.size_value, size_unit=item.size_unit if item.size_unit in _UNITS else None,  # type: ignore[arg-type]
                price_paise=item.selling_price_paise, aliases=tuple(item.aliases or ()),
            )
            for item in await active_items(uow, store_id)
        }
        # Building is pure CPU (tenths of a second for thousands of products): in a thread, so the
        # event loop still gets a turn every switch interval and webhooks are acked meanwhile.
        index = await asyncio.to_thread(CatalogIndex.build, list(entries.values()))
        built = StoreCatalog(version=version, index=index, entries=entries)
        self._stores[store_id] = built
        if len(self._stores) > self._capacity:
            self._stores.popitem(last=False)
        return built

    async def warm(self, uow: UnitOfWork, store_ids: list[str]) -> int:
        """Build the indexes of these stores now (at start), not on their first message."""
        for store_id in store_ids:
            await self.for_store(uow, store_id)
        return len(store_ids)
