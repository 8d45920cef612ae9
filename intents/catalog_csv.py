"""Read a store catalog from CSV into CatalogEntry values.

Header: product_id,name,brand,category,size,price[,aliases]. Price is in rupees ("52.50"),
size is "500 g" / "1 kg" / "1 L" / "6 pcs" / "1 dozen" / "1 pack" (or empty), aliases are
"|"-separated. Other columns are ignored. A broken row raises ValueError naming its line.
"""

from __future__ import annotations

import csv
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from intents.types import CatalogEntry, Unit

REQUIRED_COLUMNS: tuple[str, ...] = ("product_id", "name", "brand", "category", "size", "price")

_SIZE_UNITS: dict[str, Unit] = {
    "g": "g",
    "gm": "g",
    "gms": "g",
    "gram": "g",
    "grams": "g",
    "kg": "kg",
    "kgs": "kg",
    "kilo": "kg",
    "ml": "ml",
    "l": "l",
    "ltr": "l",
    "litre": "l",
    "liter": "l",
    "pc": "piece",
    "pcs": "piece",
    "piece": "piece",
    "pieces": "piece",
    "pack": "packet",
    "packs": "packet",
    "packet": "packet",
    "pkt": "packet",
    "dozen": "dozen",
}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]+)\s*$")


def parse_size(text: str) -> tuple[float, Unit] | None:
    """"500 g" -> (500.0, "g"); "" -> None; anything else -> ValueError."""
    if not text.strip():
        return None
    match = _SIZE.match(text)
    if not match:
        raise ValueError(f"size {text!r} is not like '500 g', '1 L' or '6 pcs'")
    unit = _SIZE_UNITS.get(match.group(2).lower())
    if unit is None:
        raise ValueError(f"size {text!r} has an unknown unit {match.group(2)!r}")
    value = float(match.group(1))
    if value <= 0:
        raise ValueError(f"size {text!r} must be positive")
    return value, unit


def parse_price_paise(text: str) -> int | None:
    """"52.50" -> 5250; "" -> None; "₹52" -> 5200."""
    cleaned = text.strip().replace("₹", "").replace(",", "").strip()
    if not cleaned:
        return None
    try:
        rupees = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"price {text!r} is not a number of rupees") from None
    if rupees < 0 or not rupees.is_finite():
        raise ValueError(f"price {text!r} must be a positive amount")
    return int((rupees * 100).to_integral_value())


def _entry(row: dict[str, str | None]) -> CatalogEntry:
    def field(name: str) -> str:
        value = row.get(name)
        return value.strip() if isinstance(value, str) else ""

    product_id = field("product_id")
    name = field("name")
    if not product_id:
        raise ValueError("product_id is empty")
    if not name:
        raise ValueError("name is empty")
    size = parse_size(field("size"))
    aliases = tuple(alias.strip() for alias in field("aliases").split("|") if alias.strip())
    return CatalogEntry(
        product_id=product_id,
        name=name,
        brand=field("brand"),
        category=field("category"),
        size_value=size[0] if size else None,
        size_unit=size[1] if size else None,
        price_paise=parse_price_paise(field("price")),
        aliases=aliases,
    )


def load_catalog(path: str | Path) -> list[CatalogEntry]:
    """Every product of the CSV at `path`, in file order."""
    source = Path(path)
    entries: list[CatalogEntry] = []
    seen: dict[str, int] = {}
    with source.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        header = [name.strip() for name in reader.fieldnames or []]
        missing = [name for name in REQUIRED_COLUMNS if name not in header]
        if missing:
            raise ValueError(f"{source}: header lacks column(s) {', '.join(missing)}")
        reader.fieldnames = header
        for row in reader:
            line = reader.line_num
            if None in row:
                raise ValueError(f"{source}, line {line}: more fields than the header has")
            try:
                entry = _entry(row)
            except ValueError as error:
                raise ValueError(f"{source}, line {line}: {error}") from None
            if entry.product_id in seen:
                raise ValueError(
                    f"{source}, line {line}: product_id {entry.product_id!r} "
                    f"already used on line {seen[entry.product_id]}"
                )
            seen[entry.product_id] = line
            entries.append(entry)
    return entries
