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
# Things sold by count under their own name: "200 pulls", "60 wipes", "10 teabags".
_COUNT_WORDS = frozenset(
    "pull pulls sheet sheets sachet sachets tablet tablets roll rolls unit units nos no bag bags "
    "teabags capsule capsules strip strips stick sticks wipe wipes pellet pellets bar bars "
    "bottle bottles can cans box boxes s".split()
)
_PACK_OF = re.compile(r"^\(?(?:pack|set) of (\d+)(?: ?(?:pcs|pieces))?\)?$")
_SIZE = re.compile(r"^(\d+(?:\.\d+)?)\s*([a-z]+)\b")
_MULTIPACK = re.compile(r"^(\d+)\s*[x×*]\s*\(?(.+?)\)?$")


def parse_size(text: str) -> tuple[float, Unit] | None:
    """"500 g" -> (500.0, "g"); "2x500 g" -> (1000.0, "g"); "1 L each" -> (1.0, "l").

    No size ("", "Combo": no digits at all) -> None; a size we cannot read -> ValueError.
    """
    cleaned = " ".join(text.lower().split())
    if not any(char.isdigit() for char in cleaned):
        return None
    count = 1.0
    while (multipack := _MULTIPACK.match(cleaned)) is not None:
        count *= float(multipack.group(1))
        cleaned = multipack.group(2).strip()
    pack_of = _PACK_OF.match(cleaned)
    if pack_of:
        cleaned = f"{pack_of.group(1)} pcs"
    match = _SIZE.match(cleaned.replace("'s", " s"))
    if not match:
        raise ValueError(f"size {text!r} is not like '500 g', '1 L', '6 pcs' or '2x500 g'")
    word = match.group(2)
    if word == "mg":
        count, word = count / 1000.0, "g"
    unit = _SIZE_UNITS.get(word) or ("piece" if word in _COUNT_WORDS else None)
    if unit is None:
        raise ValueError(f"size {text!r} has an unknown unit {word!r}")
    value = round(float(match.group(1)) * count, 6)
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


def _entry(row: dict[str, str | None], strict_sizes: bool) -> CatalogEntry:
    def field(name: str) -> str:
        value = row.get(name)
        return value.strip() if isinstance(value, str) else ""

    product_id = field("product_id")
    name = field("name")
    if not product_id:
        raise ValueError("product_id is empty")
    if not name:
        raise ValueError("name is empty")
    try:
        size = parse_size(field("size"))
    except ValueError:
        if strict_sizes:
            raise
        size = None  # "50 Ba g x 2 g Each": the product is fine, its size text is not
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


def load_catalog(path: str | Path, *, strict_sizes: bool = False) -> list[CatalogEntry]:
    """Every product of the CSV at `path`, in file order.

    Raises ValueError naming the line for a missing column, an empty id or name, a price
    that is not a number, a duplicate id or a row with too many fields. A size that cannot
    be read is left empty unless `strict_sizes`.
    """
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
                entry = _entry(row, strict_sizes)
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
