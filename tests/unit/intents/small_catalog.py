"""A small hand-written catalog for matcher tests: rows of (product id, name, brand, size value,
size unit[, aliases]) and the top product the matcher picks for a text."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from intents.catalog_index import CatalogIndex
from intents.types import CatalogEntry, PackSize


def build_index(rows: Iterable[Sequence[object]]) -> CatalogIndex:
    entries = []
    for row in rows:
        pid, name, brand, size, unit = row[:5]
        aliases = tuple(row[5]) if len(row) > 5 else ()  # type: ignore[arg-type]
        entries.append(CatalogEntry(product_id=str(pid), name=str(name), brand=str(brand),
                                    size_value=float(size), size_unit=str(unit), aliases=aliases))  # type: ignore[arg-type]
    return CatalogIndex.build(entries)


def top_product(index: CatalogIndex, text: str, size_hint: PackSize | None = None) -> str | None:
    result = index.match(text, size_hint=size_hint)
    return result.candidates[0].product_id if result.candidates else None
