"""The global catalog every store picks from: create, read, update, delete, barcode lookup,
search, and seeding from a CSV shipped with the package."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import func, or_, select

from commerce import validation as v
from commerce.errors import Conflict, InvalidInput, NotFound
from commerce.ids import new_id
from commerce.tables import Product, utcnow
from commerce.unit_of_work import UnitOfWork

UNITS = ("g", "kg", "ml", "l", "piece", "packet", "dozen")
SEED_CATALOG = Path(__file__).parent / "seed" / "demo_catalog.csv"


@dataclass(frozen=True, slots=True, kw_only=True)
class ProductInput:
    name: str
    brand: str = ""
    category: str = ""
    barcode: str | None = None
    size_value: float | None = None
    size_unit: str | None = None
    mrp_paise: int | None = None
    aliases: tuple[str, ...] = field(default_factory=tuple)
    starter: bool = False


def _barcode(value: str | None) -> str | None:
    if value is None or value.strip() == "":
        return None
    clean = value.strip()
    if not clean.isdigit() or not 8 <= len(clean) <= 14:
        raise InvalidInput("barcode", "Barcode must be 8 to 14 digits")
    return clean


def _size(value: float | None, unit: str | None) -> tuple[float | None, str | None]:
    if value is None and unit is None:
        return None, None
    if unit not in UNITS:
        raise InvalidInput("size_unit", f"Size unit must be one of {', '.join(UNITS)}")
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0 or value > 100_000:
        raise InvalidInput("size_value", "Size must be a positive number")
    return float(value), unit


def clean_product(data: ProductInput) -> dict[str, object]:
    size_value, size_unit = _size(data.size_value, data.size_unit)
    aliases = [v.text(a, "aliases", max_length=100) for a in data.aliases if a and a.strip()]
    if len(aliases) > 30:
        raise InvalidInput("aliases", "At most 30 aliases")
    return {
        "name": v.text(data.name, "name", max_length=200),
        "brand": v.text(data.brand, "brand", max_length=100, required=False),
        "category": v.text(data.category, "category", max_length=100, required=False),
        "barcode": _barcode(data.barcode),
        "size_value": size_value,
        "size_unit": size_unit,
        "mrp_paise": None if data.mrp_paise is None else v.paise(data.mrp_paise, "mrp_paise"),
        "aliases": aliases,
        "starter": bool(data.starter),
    }


async def _check_barcode_free(uow: UnitOfWork, barcode: str | None, except_id: str | None = None) -> None:
    if barcode is None:
        return
    found = await uow.session.scalar(select(Product.id).where(Product.barcode == barcode))
    if found is not None and found != except_id:
        raise Conflict(f"barcode {barcode} already belongs to {found}", barcode=barcode, product_id=found)


async def create_product(uow: UnitOfWork, data: ProductInput) -> Product:
    values = clean_product(data)
    await _check_barcode_free(uow, values["barcode"])  # type: ignore[arg-type]
    product = Product(id=new_id("PROD"), **values)
    uow.session.add(product)
    await uow.session.flush()
    return product


async def get_product(uow: UnitOfWork, product_id: str) -> Product:
    product = await uow.session.get(Product, product_id)
    if product is None or not product.is_active:
        raise NotFound(f"Global product not found: {product_id}", product_id=product_id)
    return product


async def update_product(uow: UnitOfWork, product_id: str, data: ProductInput) -> Product:
    product = await get_product(uow, product_id)
    values = clean_product(data)
    await _check_barcode_free(uow, values["barcode"], except_id=product_id)  # type: ignore[arg-type]
    for key, value in values.items():
        setattr(product, key, value)
    product.updated_at = utcnow()
    return product


async def delete_product(uow: UnitOfWork, product_id: str) -> None:
    """Soft delete: stores that already sell it keep their inventory rows."""
    product = await get_product(uow, product_id)
    product.is_active = False
    product.barcode = None  # the barcode may be reused by a corrected entry
    product.updated_at = utcnow()


async def find_by_barcode(uow: UnitOfWork, barcode: str) -> Product:
    clean = _barcode(barcode)
    product = await uow.session.scalar(
        select(Product).where(Product.barcode == clean, Product.is_active.is_(True))
    )
    if product is None:
        raise NotFound(f"no product with barcode {barcode}", barcode=barcode)
    return product


async def search_products(
    uow: UnitOfWork, query: str = "", *, category: str | None = None, limit: int = 20, offset: int = 0
) -> tuple[list[Product], int]:
    conditions = [Product.is_active.is_(True)]
    words = [w for w in query.lower().split() if w][:8]
    for word in words:
        pattern = f"%{word}%"
        conditions.append(or_(func.lower(Product.name).like(pattern), func.lower(Product.brand).like(pattern)))
    if category:
        conditions.append(Product.category == category)
    total = await uow.session.scalar(select(func.count()).select_from(Product).where(*conditions)) or 0
    rows = await uow.session.scalars(
        select(Product).where(*conditions).order_by(Product.name, Product.id).limit(min(limit, 100)).offset(offset)
    )
    return list(rows.all()), total


async def categories(uow: UnitOfWork) -> list[str]:
    rows = await uow.session.scalars(
        select(Product.category).where(Product.is_active.is_(True), Product.category != "").distinct().order_by(Product.category)
    )
    return list(rows.all())


@dataclass(frozen=True, slots=True, kw_only=True)
class SeedRow:
    """One line of commerce/seed/demo_catalog.csv: the product plus a shop's price and stock."""

    sku: str
    product: ProductInput
    price_paise: int
    cost_paise: int
    stock: int
    min_stock: int


def read_seed_catalog(path: Path = SEED_CATALOG) -> list[SeedRow]:
    rows: list[SeedRow] = []
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            product = ProductInput(
                name=row["name"],
                brand=row["brand"],
                category=row["category"],
                barcode=row["barcode"] or None,
                size_value=float(row["size_value"]) if row["size_value"] else None,
                size_unit=row["size_unit"] or None,
                mrp_paise=int(row["mrp_paise"]),
                aliases=tuple(a.strip() for a in row["aliases"].split("|") if a.strip()),
                starter=row["starter"].strip() == "1",
            )
            rows.append(
                SeedRow(
                    sku=row["sku"],
                    product=product,
                    price_paise=int(row["price_paise"]),
                    cost_paise=int(row["cost_paise"]),
                    stock=int(row["stock"]),
                    min_stock=int(row["min_stock"]),
                )
            )
    return rows


async def ensure_global_catalog(uow: UnitOfWork, rows: list[SeedRow] | None = None) -> dict[str, str]:
    """Load the shipped catalog into an empty global catalog. Returns sku → product id
    (empty when the catalog already had products)."""
    if await uow.session.scalar(select(func.count()).select_from(Product)):
        return {}
    mapping: dict[str, str] = {}
    for row in rows if rows is not None else read_seed_catalog():
        product = Product(id=new_id("PROD"), **clean_product(replace(row.product)))
        uow.session.add(product)
        mapping[row.sku] = product.id
    await uow.session.flush()
    return mapping
