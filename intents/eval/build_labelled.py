"""Build intents/eval/labelled.jsonl from the hand-written sources in labelled_src/.

Source lines: role|intent|text|items|slots, one file per language ("c" customer, "o" owner).
  items: "2 kg atta; 1 - maggi@70g; ? - coriander" = quantity (? none), unit (- none),
         product key, optional @pack size. Key "?" = a product the test catalog lacks.
  slots: "k=v,k=v" (numbers become numbers; the address may hold commas, so it goes last).
A product key names a family of catalog rows (below). Which rows a shopkeeper would hand
over depends on the amount: "2 kg atta" -> the 1 kg packs; "5 kg atta" -> the 5 kg packs;
"maggi 70g x 2" -> the 70 g pack; a bare count ("ek maggi") -> the smallest pack. So each
label lists every acceptable product_id. Run: .venv/bin/python intents/eval/build_labelled.py
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("en", "hi", "bn", "ta", "te", "mr", "gu", "kn", "ml", "pa", "or")

# key: (name regex, exclude regex or "", category regex or "")
FAMILIES: dict[str, tuple[str, str, str]] = {
    "atta": (r"\batta\b", r"multigrain|noodle|ragi|rice|nachni|cookie|biscuit|besan", r"Atta"),
    "aashirvaad atta": (r"aashirvaad shudh chakki atta", "", ""),
    "fortune besan": (r"fortune besan", "", ""),
    "rice": (r"rice|gobindobhog", r"flour|poha|sabudana|puffed|flake", r"^Rice$"),
    "ponni rice": (r"ponni", "", r"^Rice$"),
    "idli rice": (r"idli rice", "", r"^Rice$"),
    "sona masoori": (r"sona masoori", "", r"^Rice$"),
    "matta rice": (r"matta", "", r"^Rice$"),
    "gobindobhog": (r"gobindobhog", "", r"^Rice$"),
    "poha": (r"poha", "", r"^Rice$"),
    "dal": (r"\bdal\b", "", r"Dals"),
    "toor dal": (r"toor dal", "", r"Dals"),
    "moong dal": (r"moong dal", "", r"Dals"),
    "chana dal": (r"chana dal", "", r"Dals"),
    "masoor dal": (r"masoor dal", "", r"Dals"),
    "oil": (r"oil", r"ghee|vanaspati", r"Edible Oils"),
    "sunflower oil": (r"sunflower oil", "", r"Edible Oils"),
    "mustard oil": (r"mustard oil", "", r"Edible Oils"),
    "groundnut oil": (r"groundnut oil", "", r"Edible Oils"),
    "gingelly oil": (r"gingelly|sesame", "", r"Edible Oils"),
    "coconut oil": (r"coconut oil", "", r"Edible Oils"),
    "ghee": (r"ghee", "", r"Edible Oils"),
    "milk": (r"milk", r"buttermilk", r"^Dairy$"),
    "amul taaza": (r"amul taaza", "", r"^Dairy$"),
    "amul milk": (r"amul .*milk", r"buttermilk", r"^Dairy$"),
    "aavin milk": (r"aavin", "", r"^Dairy$"),
    "heritage milk": (r"heritage", "", r"^Dairy$"),
    "nandini milk": (r"nandini .*milk", "", r"^Dairy$"),
    "nandini curd": (r"nandini curd", "", r"^Dairy$"),
    "paneer": (r"paneer", "", r"^Dairy$"),
    "amul butter": (r"amul butter", "", r"^Dairy$"),
    "eggs": (r"egg", "", r"^Eggs$"),
    "bread": (r"bread", "", r"^Bakery$"),
    "onion": (r"^onion", "", r"Fruits & Vegetables"),
    "potato": (r"^potato", "", r"Fruits & Vegetables"),
    "tomato": (r"^tomato", "", r"Fruits & Vegetables"),
    "ginger": (r"^ginger", "", r"Fruits & Vegetables"),
    "green chilli": (r"green chilli", "", r"Fruits & Vegetables"),
    "coriander": (r"coriander leaves", "", r"Fruits & Vegetables"),
    "curry leaves": (r"curry leaves", "", r"Fruits & Vegetables"),
    "lemon": (r"^lemon", "", r"Fruits & Vegetables"),
    "banana": (r"banana", "", r"Fruits & Vegetables"),
    "coconut": (r"^coconut", "", r"Fruits & Vegetables"),
    "sugar": (r"\bsugar\b", r"free|candy|mishri|sweeten|stevia|cookie|biscuit|cake|cream|dessert|added|less|brown|icing|powder", r"Sugar"),
    "tata salt": (r"^tata salt$", "", ""),
    "tea": (r"\btea\b", "", r"Tea & Coffee"),
    "wagh bakri": (r"wagh bakri", "", r"Tea & Coffee"),
    "filter coffee": (r"filter coffee", "", r"Tea & Coffee"),
    "maggi": (r"^maggi 2-minute masala noodles$", "", ""),
    "parle-g": (r"parle[- ]?g\b", r"gold|choco|cookie", r"Biscuit"),
    "good day": (r"good ?day", r"choco|butter|pista|cookies n|rich|nuts", r"Biscuit"),
    "surf excel powder": (r"surf excel easy wash", "", ""),
    "lux": (r"^lux\b", "", r"Personal Care"),
    "lifebuoy": (r"lifebuoy", "", r"Personal Care"),
    "dettol soap": (r"dettol .*soap", "", r"Personal Care"),
    "santoor": (r"santoor", "", r"Personal Care"),
    "hamam": (r"hamam", "", r"Personal Care"),
    "medimix": (r"medimix", "", r"Personal Care"),
    "mysore sandal": (r"mysore sandal soap", "", r"Personal Care"),
    "colgate": (r"colgate .*toothpaste", "", r"Personal Care"),
    "coke": (r"coca-cola", "", r"Beverages"),
    "bisleri": (r"bisleri", "", r"Beverages"),
    "tamarind": (r"tamarind", "", r"Breakfast"),
    "kurkure": (r"kurkure", "", r"Biscuits & Snacks"),
}
_BASE = {"kg": ("g", 1000.0), "g": ("g", 1.0), "l": ("ml", 1000.0), "ml": ("ml", 1.0), "dozen": ("piece", 12.0), "piece": ("piece", 1.0), "packet": ("packet", 1.0)}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]+)\s*$")
_SIZE_UNITS = {"g": "g", "kg": "kg", "ml": "ml", "l": "l", "pcs": "piece", "pc": "piece", "dozen": "dozen", "pack": "packet"}


def _base(value: float, unit: str) -> tuple[str, float]:
    kind, factor = _BASE[unit]
    return kind, value * factor


def load_catalog() -> list[dict[str, object]]:
    rows = []
    with open(HERE / "test_catalog.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            size = None
            match = _SIZE.match(row.get("size") or "")
            if match and match.group(2).lower() in _SIZE_UNITS:
                size = _base(float(match.group(1)), _SIZE_UNITS[match.group(2).lower()])
            rows.append({"id": row["product_id"], "name": f"{row['name']}", "category": row["category"], "size": size})
    return rows


def family(catalog: list[dict[str, object]], key: str) -> list[dict[str, object]]:
    include, exclude, category = FAMILIES[key]
    found = []
    for row in catalog:
        name = str(row["name"]).lower()
        if not re.search(include, name, re.I):
            continue
        if exclude and re.search(exclude, name, re.I):
            continue
        if category and not re.search(category, str(row["category"]), re.I):
            continue
        found.append(row)
    if not found:
        raise SystemExit(f"family {key!r} matches nothing in test_catalog.csv")
    return found


def acceptable(members: list[dict[str, object]], quantity: float | None, unit: str | None, pack: tuple[float, str] | None) -> list[str]:
    """The rows a shopkeeper could hand over for this amount of this family."""
    sized = [row for row in members if row["size"] is not None]
    loose = [row for row in members if "(loose)" in str(row["name"]).lower()]

    def ids(rows: list[dict[str, object]]) -> list[str]:
        return sorted({str(row["id"]) for row in rows}) or sorted(str(row["id"]) for row in members)

    if pack is not None:
        want = _base(*pack)
        return ids([row for row in sized if row["size"] == want])
    if quantity is not None and unit in ("kg", "g", "l", "ml", "dozen"):
        # The exact pack, whole multiples of a smaller pack (1 l = 2 x 500 ml), or weighed loose.
        kind, amount = _base(quantity, unit)
        fits = []
        for row in sized:
            row_kind, size = row["size"]  # type: ignore[misc]
            if row_kind == kind and amount >= size and abs(amount / size - round(amount / size)) < 1e-9:
                fits.append(row)
        return ids(fits + loose)
    # A bare count ("ek maggi", "2 bread"): the smallest pack of each product line.
    smallest: dict[str, dict[str, object]] = {}
    for row in sized:
        name = str(row["name"]).lower()
        if name not in smallest or row["size"][1] < smallest[name]["size"][1]:  # type: ignore[index]
            smallest[name] = row
    return ids(list(smallest.values()) + [row for row in members if row["size"] is None])


def _number(text: str) -> int | float | str:
    try:
        value = float(text)
    except ValueError:
        return text
    return int(value) if value == int(value) and "." not in text else value


def parse_items(text: str, catalog: list[dict[str, object]]) -> list[dict[str, object]]:
    items = []
    for part in filter(None, (chunk.strip() for chunk in text.split(";"))):
        quantity_text, unit_text, rest = part.split(" ", 2)
        key, _, pack_text = rest.partition("@")
        quantity = None if quantity_text == "?" else float(quantity_text)
        unit = None if unit_text == "-" else unit_text
        pack = None
        if pack_text:
            match = re.match(r"^(\d+(?:\.\d+)?)(kg|g|l|ml)$", pack_text)
            assert match, pack_text
            pack = (float(match.group(1)), match.group(2))
        item: dict[str, object] = {"quantity": quantity, "unit": unit}
        if pack:
            item["pack_size"] = {"value": pack[0], "unit": pack[1]}
        key = key.strip()
        if key == "?":
            item["product_id"] = None
        else:
            ids = acceptable(family(catalog, key), quantity, unit, pack)
            item["product_id"] = ids[0] if len(ids) == 1 else ids
            item["product"] = key
        items.append(item)
    return items


def parse_slots(text: str) -> dict[str, object]:
    slots: dict[str, object] = {}
    text = text.strip()
    if not text:
        return slots
    address = None
    if "address=" in text:
        head, _, tail = text.partition("address=")
        # the address runs up to ",pincode=" if present
        address, _, after = tail.partition(",pincode=")
        text = head + (f"pincode={after}" if after else "")
        slots["address"] = address.strip()
    for pair in filter(None, (chunk.strip() for chunk in text.split(","))):
        key, _, value = pair.partition("=")
        slots[key] = value if key in ("pincode", "barcode", "order_ref", "status", "payment_method", "target_language", "query", "address") else _number(value)
    return slots


def main() -> int:
    catalog = load_catalog()
    out = []
    for language in LANGS:
        source = HERE / "labelled_src" / f"{language}.txt"
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("|")
            if len(fields) != 5:
                raise SystemExit(f"{source.name}:{number}: want 5 fields, got {len(fields)}")
            role, intent, text, items, slots = fields
            out.append(
                {
                    "text": text.replace("\\n", "\n").strip(),
                    "role": {"c": "customer", "o": "owner"}[role.strip()],
                    "language": language,
                    "intent": intent.strip(),
                    "items": parse_items(items, catalog),
                    "slots": parse_slots(slots),
                }
            )
    with open(HERE / "labelled.jsonl", "w", encoding="utf-8") as handle:
        for row in out:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} messages", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
