"""One row of an import file checked field by field: every problem is reported (row, field,
message), not just the first. Prices are rupees read exactly (Decimal) and kept as paise."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from commerce import validation as v
from commerce.catalog import UNITS
from commerce.errors import InvalidInput
from commerce.imports.reading import RawRow

MAX_PRICE_PAISE = 10_000_000_00  # ₹1 crore, as commerce.validation.paise
MAX_STOCK = 1_000_000
UNIT_WORDS = {
    "g": "g", "gm": "g", "gms": "g", "gram": "g", "grams": "g", "kg": "kg", "kgs": "kg", "kilo": "kg",
    "ml": "ml", "l": "l", "ltr": "l", "litre": "l", "liter": "l", "litres": "l",
    "piece": "piece", "pieces": "piece", "pc": "piece", "pcs": "piece", "packet": "packet", "pack": "packet",
    "dozen": "dozen",
}
_SIZE_RE = re.compile(r"^(\d+(?:\.\d+)?)\s*([a-z]+)$")
_MONEY_NOISE = re.compile(r"^(₹|rs\.?|inr)\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class RowError:
    row: int
    field: str
    message: str

    def as_dict(self) -> dict[str, object]:
        return {"row": self.row, "field": self.field, "message": self.message}


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportRow:
    number: int
    sku: str  # as written (a barcode or the shop's own code), "" when none
    barcode: str | None  # 8–14 digits, when the sku is one
    name: str
    brand: str
    category: str
    size_value: float | None
    size_unit: str | None
    price_paise: int
    stock: int | None  # None: leave an existing item's stock alone (0 for a new one)
    min_stock: int | None

    @property
    def key(self) -> tuple[str, ...]:
        """What makes two rows the same product: the barcode, else name and size."""
        if self.barcode:
            return ("barcode", self.barcode)
        return ("name", self.name.lower(), str(self.size_value), self.size_unit or "")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a barcode typed into Excel comes back as 8901234567890.0
    return str(value).strip()


def _sku(value: Any, barcode_column: bool) -> tuple[str, str | None]:
    sku = _text(value)
    if not sku:
        return "", None
    if sku.isdigit() and 8 <= len(sku) <= 14:
        return sku, sku
    if barcode_column:
        raise InvalidInput("barcode", "Barcode must be 8 to 14 digits")
    if len(sku) > 64:
        raise InvalidInput("sku", "SKU is longer than 64 characters")
    return sku, None


def _size(value: Any) -> tuple[float | None, str | None]:
    text = _text(value).lower()
    if not text:
        return None, None
    match = _SIZE_RE.match(text)
    unit = UNIT_WORDS.get(match.group(2)) if match else None
    if match is None or unit is None or unit not in UNITS:
        raise InvalidInput("size", f"Size must be a number and a unit ({', '.join(UNITS)}), like “500 g”")
    amount = float(match.group(1))
    if not 0 < amount <= 100_000:
        raise InvalidInput("size", "Size must be a positive number")
    return amount, unit


def rupees(value: Any, field: str = "price") -> int:
    """'52.50', '₹1,250', 52.5 (an Excel number) → paise, exactly; more than 2 decimals refused."""
    if isinstance(value, bool):
        raise InvalidInput(field, "Price must be a number of rupees")
    if isinstance(value, (int, Decimal)):
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(repr(value))  # the shortest text that is this float: what the cell shows
    else:
        text = _MONEY_NOISE.sub("", _text(value)).replace(",", "")
        if not text:
            raise InvalidInput(field, "Price is required")
        try:
            amount = Decimal(text)
        except InvalidOperation as exc:
            raise InvalidInput(field, "Price must be a number of rupees, like 52.50") from exc
    if not amount.is_finite():
        raise InvalidInput(field, "Price must be a number of rupees, like 52.50")
    paise = amount * 100
    if paise != paise.to_integral_value():
        raise InvalidInput(field, "Price takes at most 2 decimal places")
    if paise <= 0:
        raise InvalidInput(field, "Price must be more than zero")
    if paise > MAX_PRICE_PAISE:
        raise InvalidInput(field, "Price is too large")
    return int(paise)


def whole_number(value: Any, field: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise InvalidInput(field, f"{field} must be a whole number")
    try:
        amount = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise InvalidInput(field, f"{field} must be a whole number") from exc
    if not amount.is_finite() or amount != amount.to_integral_value():
        raise InvalidInput(field, f"{field} must be a whole number")
    if amount < 0:
        raise InvalidInput(field, f"{field} cannot be negative")
    if amount > MAX_STOCK:
        raise InvalidInput(field, f"{field} must be at most {MAX_STOCK}")
    return int(amount)


def check_row(raw: RawRow, *, barcode_column: bool) -> ImportRow | list[RowError]:
    cells = raw.cells
    errors: list[RowError] = []
    values: dict[str, Any] = {}
    checks: list[tuple[str, Any]] = [
        ("sku", lambda: _sku(cells.get("sku"), barcode_column)),
        ("name", lambda: v.text(_text(cells.get("name")), "name", max_length=200)),
        ("brand", lambda: v.text(_text(cells.get("brand")), "brand", max_length=100, required=False)),
        ("category", lambda: v.text(_text(cells.get("category")), "category", max_length=100, required=False)),
        ("size", lambda: _size(cells.get("size"))),
        ("price", lambda: rupees(cells.get("price"))),
        ("stock", lambda: whole_number(cells.get("stock"), "stock")),
        ("min_stock", lambda: whole_number(cells.get("min_stock"), "min_stock")),
    ]
    for name, check in checks:
        try:
            values[name] = check()
        except InvalidInput as exc:
            errors.append(RowError(row=raw.number, field=exc.field, message=exc.message))
    if errors:
        return errors
    sku, barcode = values["sku"]
    size_value, size_unit = values["size"]
    return ImportRow(number=raw.number, sku=sku, barcode=barcode, name=values["name"], brand=values["brand"],
                     category=values["category"], size_value=size_value, size_unit=size_unit,
                     price_paise=values["price"], stock=values["stock"], min_stock=values["min_stock"])
