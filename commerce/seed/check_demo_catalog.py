"""Validate commerce/seed/demo_catalog.csv.

Run:  /work/main/.venv/bin/python commerce/seed/check_demo_catalog.py [path/to/catalog.csv]
Exits non-zero (and lists every problem) if the catalog is invalid.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

HEADER = [
    "sku", "name", "brand", "category", "size_value", "size_unit", "mrp_paise",
    "price_paise", "cost_paise", "stock", "min_stock", "barcode", "aliases", "starter",
]
CATEGORIES = {
    "Staples", "Atta & Flours", "Rice", "Dals & Pulses", "Edible Oils & Ghee",
    "Spices & Masalas", "Dairy & Eggs", "Bakery", "Fruits & Vegetables", "Snacks & Namkeen",
    "Biscuits", "Noodles & Instant Food", "Beverages", "Sugar & Salt", "Personal Care",
    "Home Care", "Pooja Needs",
}
UNITS = {"g", "kg", "ml", "l", "piece", "packet", "dozen"}
MIN_ROWS = 180
MIN_LOW_STOCK = 8

# The 12 starter staples: label -> (required category, name keywords, any of which must appear).
STAPLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Rice (Basmati)": ("Rice", ("basmati",)),
    "Wheat Flour (Atta)": ("Atta & Flours", ("atta",)),
    "Sugar": ("Sugar & Salt", ("sugar",)),
    "Salt": ("Sugar & Salt", ("salt",)),
    "Cooking Oil": ("Edible Oils & Ghee", ("oil",)),
    "Milk": ("Dairy & Eggs", ("milk",)),
    "Bread": ("Bakery", ("bread",)),
    "Eggs": ("Dairy & Eggs", ("egg",)),
    "Potatoes": ("Fruits & Vegetables", ("potato",)),
    "Onions": ("Fruits & Vegetables", ("onion",)),
    "Tomatoes": ("Fruits & Vegetables", ("tomato",)),
    "Dal (Toor)": ("Dals & Pulses", ("toor", "tur", "arhar", "tuvar")),
}
SKU_RE = re.compile(r"^DEMO-\d{4}$")
SIZE_IN_NAME_RE = re.compile(r"\b\d+(\.\d+)?\s?(g|gm|kg|ml|l|ltr|litre)\b", re.IGNORECASE)


def ean13_ok(code: str) -> bool:
    if not re.fullmatch(r"\d{13}", code):
        return False
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(code[:12]))
    return (10 - total % 10) % 10 == int(code[12])


def as_int(value: str) -> int | None:
    return int(value) if re.fullmatch(r"-?\d+", value or "") else None


def staple_matches(row: dict[str, str]) -> list[str]:
    words = set(re.findall(r"[a-z]+", row["name"].lower()))
    name = row["name"].lower()
    hits = []
    for label, (category, keys) in STAPLES.items():
        if row["category"] != category:
            continue
        # whole-word match, allowing plurals (egg/eggs, potato/potatoes)
        if any(k in words or k + "s" in words or k + "es" in words for k in keys) or (
            label == "Milk" and re.search(r"\bmilk\b", name)
        ):
            hits.append(label)
    return hits


def check(path: Path) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    info: list[str] = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, None)
        if header != HEADER:
            errors.append(f"header is {header!r}, expected {HEADER!r}")
            return errors, info
        rows = [dict(zip(HEADER, r)) for r in reader]
        raw_lens = None
    with path.open(encoding="utf-8", newline="") as fh:
        raw_lens = [len(r) for r in csv.reader(fh)][1:]

    for n, length in enumerate(raw_lens, start=2):
        if length != len(HEADER):
            errors.append(f"line {n}: {length} fields, expected {len(HEADER)}")

    skus: Counter[str] = Counter(r["sku"] for r in rows)
    for sku, c in skus.items():
        if c > 1:
            errors.append(f"duplicate sku {sku} ({c}x)")
    barcodes: Counter[str] = Counter(r["barcode"] for r in rows if r["barcode"])
    for bc, c in barcodes.items():
        if c > 1:
            errors.append(f"duplicate barcode {bc} ({c}x)")
    keys: Counter[tuple[str, str, str]] = Counter(
        (r["name"], r["size_value"], r["size_unit"]) for r in rows
    )
    for k, c in keys.items():
        if c > 1:
            errors.append(f"duplicate product {k} ({c}x)")

    low = zero = 0
    starters: list[dict[str, str]] = []
    for n, r in enumerate(rows, start=2):
        where = f"line {n} ({r.get('sku')} {r.get('name')!r})"
        if not SKU_RE.match(r["sku"]):
            errors.append(f"{where}: bad sku format")
        elif int(r["sku"][5:]) != n - 1:
            errors.append(f"{where}: sku not sequential (expected DEMO-{n - 1:04d})")
        if not r["name"].strip():
            errors.append(f"{where}: empty name")
        if SIZE_IN_NAME_RE.search(r["name"]):
            errors.append(f"{where}: size appears in name")
        if r["category"] not in CATEGORIES:
            errors.append(f"{where}: unknown category {r['category']!r}")
        if r["size_unit"] not in UNITS:
            errors.append(f"{where}: unit {r['size_unit']!r} not in {sorted(UNITS)}")
        try:
            if float(r["size_value"]) <= 0:
                errors.append(f"{where}: size_value must be > 0")
        except ValueError:
            errors.append(f"{where}: size_value {r['size_value']!r} not a number")

        vals = {}
        for col in ("mrp_paise", "price_paise", "cost_paise", "stock", "min_stock", "starter"):
            v = as_int(r[col])
            if v is None:
                errors.append(f"{where}: {col}={r[col]!r} is not an integer")
            vals[col] = v
        mrp, price, cost = vals["mrp_paise"], vals["price_paise"], vals["cost_paise"]
        if None not in (mrp, price, cost):
            if min(mrp, price, cost) <= 0:
                errors.append(f"{where}: paise amounts must be positive")
            if price > mrp:
                errors.append(f"{where}: price {price} > mrp {mrp}")
            if cost >= price:
                errors.append(f"{where}: cost {cost} >= price {price}")
            elif price > 0:
                margin = (price - cost) / price
                if not 0.05 <= margin <= 0.20:
                    errors.append(f"{where}: margin {margin:.1%} outside 5-20%")
        stock, min_stock = vals["stock"], vals["min_stock"]
        if stock is not None and not 0 <= stock <= 200:
            errors.append(f"{where}: stock {stock} outside 0-200")
        if min_stock is not None and not 5 <= min_stock <= 20:
            errors.append(f"{where}: min_stock {min_stock} outside 5-20")
        if stock is not None and min_stock is not None:
            low += stock < min_stock
            zero += stock == 0

        bc = r["barcode"]
        if bc:
            if not ean13_ok(bc):
                errors.append(f"{where}: barcode {bc!r} is not a valid EAN-13")
            if not r["brand"]:
                errors.append(f"{where}: barcode on an unbranded (loose) item")
        elif r["brand"]:
            errors.append(f"{where}: branded item without barcode")

        aliases = [a for a in r["aliases"].split("|")]
        if not r["aliases"] or any(not a.strip() for a in aliases):
            errors.append(f"{where}: empty alias / aliases")

        if vals["starter"] not in (0, 1):
            errors.append(f"{where}: starter must be 0 or 1")
        elif vals["starter"] == 1:
            starters.append(r)

    if len(rows) < MIN_ROWS:
        errors.append(f"only {len(rows)} rows, need >= {MIN_ROWS}")
    if low < MIN_LOW_STOCK:
        errors.append(f"only {low} low-stock rows (stock < min_stock), need >= {MIN_LOW_STOCK}")

    if len(starters) != 12:
        errors.append(f"{len(starters)} starter rows, expected exactly 12")
    covered: Counter[str] = Counter()
    for r in starters:
        hits = staple_matches(r)
        if len(hits) != 1:
            errors.append(f"starter {r['sku']} {r['name']!r} matches staples {hits}, expected one")
        covered.update(hits)
    for label in STAPLES:
        if covered[label] != 1:
            errors.append(f"staple {label!r} covered by {covered[label]} starter rows, expected 1")

    info.append(f"rows: {len(rows)}")
    info.append(f"branded: {sum(1 for r in rows if r['brand'])}, loose: {sum(1 for r in rows if not r['brand'])}")
    info.append(f"low stock (stock < min_stock): {low}, out of stock: {zero}")
    info.append("starters: " + ", ".join(f"{r['sku']} {r['name']}" for r in starters))
    cats = Counter(r["category"] for r in rows)
    info.append("categories: " + ", ".join(f"{c}={cats[c]}" for c in sorted(cats)))
    return errors, info


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else Path(__file__).with_name("demo_catalog.csv")
    errors, info = check(path)
    for line in info:
        print(line)
    if errors:
        print(f"FAIL: {len(errors)} problem(s) in {path}")
        for e in errors:
            print("  - " + e)
        return 1
    print(f"OK: {path} passed all checks")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
