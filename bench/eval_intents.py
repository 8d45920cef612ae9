"""Score intents/ on the labelled set: intent, quantity+unit and product top-1 per language.

Run: .venv/bin/python bench/eval_intents.py [--failures|--misses] [--language ta]
Exits 1 when any language is below target (intent >= 95 %, quantity+unit >= 98 %,
product top-1 >= 90 % when the catalog matcher is importable).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from intents import parse  # noqa: E402
from intents.types import LANGUAGES, Parse  # noqa: E402

LABELLED = ROOT / "intents" / "eval" / "labelled.jsonl"
CATALOG = ROOT / "intents" / "eval" / "test_catalog.csv"
TARGET_INTENT = 0.95
TARGET_QUANTITY = 0.98
TARGET_PRODUCT = 0.90


@dataclass
class Tally:
    messages: int = 0
    intent_ok: int = 0
    quantity_total: int = 0
    quantity_ok: int = 0
    product_total: int = 0
    product_ok: int = 0
    slots_total: int = 0
    slots_ok: int = 0
    language_ok: int = 0
    failures: list[str] = field(default_factory=list)

    def rate(self, ok: int, total: int) -> float | None:
        return ok / total if total else None


def load_rows(path: Path = LABELLED) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for number, row in enumerate(rows, 1):
        # A set labelled "c"/"o" once scored every owner line as a customer's: refuse it.
        if row.get("role") not in ("customer", "owner") or row.get("language") not in LANGUAGES:
            raise ValueError(f"{path.name} line {number}: role must be customer or owner and language one of "
                             f"{', '.join(LANGUAGES)} (got {row.get('role')!r}, {row.get('language')!r})")
    return rows


def load_index() -> Any | None:
    try:
        from intents.catalog_csv import load_catalog
        from intents.catalog_index import CatalogIndex
    except ImportError:
        return None
    return CatalogIndex.build(load_catalog(CATALOG))


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(float(a) - float(b)) < 1e-6


# One amount, two spellings: 250 g is 0.25 kg (the bot weighs both alike: bot/shopping.py).
_SAME_AMOUNT = {"kg": ("g", 1000.0), "g": ("g", 1.0), "l": ("ml", 1000.0), "ml": ("ml", 1.0)}


def _same_amount(want_quantity: float | None, want_unit: str | None, quantity: float | None,
                 unit: str | None) -> bool:
    if want_unit == unit:
        return _same_number(want_quantity, quantity)
    want, got = _SAME_AMOUNT.get(want_unit or ""), _SAME_AMOUNT.get(unit or "")
    if want is None or got is None or want[0] != got[0] or want_quantity is None or quantity is None:
        return False
    return _same_number(float(want_quantity) * want[1], float(quantity) * got[1])


def _counted(unit: str | None) -> str | None:
    """"4 pcs" and a bare "4" ask for the same four things: the bot counts both alike."""
    return None if unit == "piece" else unit


def _same_order(want: dict[str, Any], got: Any) -> bool:
    """The amount the shop hands over: "oru aavin paal 500ml" is one 500 ml pack or 500 ml of it,
    so a count of packs with a size and the weight or volume they make are one amount."""
    want_unit, unit = _counted(want["unit"]), _counted(got.unit)
    if _same_amount(want["quantity"], want_unit, got.quantity, unit):
        return True
    pack = got.pack_size
    if unit is None and pack is not None and got.quantity is not None and want.get("pack_size") is None:
        return _same_amount(want["quantity"], want_unit, float(got.quantity) * pack.value, pack.unit)
    return False


def quantities_match(row: dict[str, Any], result: Parse) -> bool:
    expected = row["items"]
    if len(expected) != len(result.items):
        return False
    for want, got in zip(expected, result.items):
        if not _same_order(want, got):
            return False
        pack = want.get("pack_size")
        if pack is not None and (
            got.pack_size is None or got.pack_size.unit != pack["unit"] or not _same_number(got.pack_size.value, pack["value"])
        ):
            return False
    return True


def products_scored(row: dict[str, Any], result: Parse) -> tuple[int, int]:
    total = ok = 0
    for position, want in enumerate(row["items"]):
        ids = want.get("product_id")
        if ids is None:
            continue
        accepted = {ids} if isinstance(ids, str) else set(ids)
        total += 1
        if position < len(result.items) and result.items[position].candidates:
            ok += result.items[position].candidates[0].product_id in accepted
    return total, ok


def slots_match(row: dict[str, Any], result: Parse) -> bool:
    for key, value in row["slots"].items():
        got = result.slots.get(key)
        if isinstance(value, (int, float)) and isinstance(got, (int, float)):
            if not _same_number(value, got):
                return False
        elif str(got).strip().lower() != str(value).strip().lower():
            return False
    return True


def describe(result: Parse) -> str:
    items = ", ".join(
        f"{item.text}:{item.quantity}{item.unit or ''}{'@' + str(item.pack_size.value) + item.pack_size.unit if item.pack_size else ''}"
        f"->{item.candidates[0].product_id if item.candidates else '-'}"
        for item in result.items
    )
    return f"{result.intent.value} ({result.confidence:.2f}) [{items}] {result.slots}"


def evaluate(rows: list[dict[str, Any]], index: Any | None) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for row in rows:
        result = parse(row["text"], role=row["role"], catalog=index)
        keys = (row["language"], f"role:{row['role']}", "all")
        intent_ok = result.intent.value == row["intent"]
        quantity_ok = quantities_match(row, result) if row["items"] else None
        product_total, product_ok = products_scored(row, result) if index is not None else (0, 0)
        slot_ok = slots_match(row, result) if row["slots"] else None
        for key in keys:
            tally = tallies[key]
            tally.messages += 1
            tally.intent_ok += intent_ok
            tally.language_ok += result.language == row["language"]
            if quantity_ok is not None:
                tally.quantity_total += 1
                tally.quantity_ok += quantity_ok
            tally.product_total += product_total
            tally.product_ok += product_ok
            if slot_ok is not None:
                tally.slots_total += 1
                tally.slots_ok += slot_ok
        problems = []
        if not intent_ok:
            problems.append(f"intent want {row['intent']}")
        if quantity_ok is False:
            problems.append(f"quantities want {[(i['quantity'], i['unit']) for i in row['items']]}")
        if product_ok < product_total:
            problems.append(f"products want {[i.get('product', i.get('product_id')) for i in row['items']]}")
        if slot_ok is False:
            problems.append(f"slots want {row['slots']}")
        if problems:
            tallies[row["language"]].failures.append(
                f"[{row['language']}/{row['role']}] {row['text']!r}: {'; '.join(problems)}; got {describe(result)}"
            )
    return tallies


def _percent(value: float | None) -> str:
    return "   —  " if value is None else f"{100 * value:5.1f}%"


def report(tallies: dict[str, Tally], with_products: bool) -> bool:
    header = f"{'group':<14}{'n':>5}  {'intent':>7} {'qty+unit':>9} {'product@1':>10} {'slots':>7} {'lang':>7}"
    print(header)
    print("-" * len(header))
    passed = True
    order = [*LANGUAGES, "role:customer", "role:owner", "all"]
    for key in order:
        tally = tallies.get(key)
        if tally is None:
            continue
        intent = tally.rate(tally.intent_ok, tally.messages)
        quantity = tally.rate(tally.quantity_ok, tally.quantity_total)
        product = tally.rate(tally.product_ok, tally.product_total) if with_products else None
        flags = []
        if key in LANGUAGES:
            if intent is not None and intent < TARGET_INTENT:
                flags.append("intent")
            if quantity is not None and quantity < TARGET_QUANTITY:
                flags.append("qty")
            if with_products and product is not None and product < TARGET_PRODUCT:
                flags.append("product")
        passed = passed and not flags
        print(
            f"{key:<14}{tally.messages:>5}  {_percent(intent):>7} {_percent(quantity):>9} "
            f"{_percent(product):>10} {_percent(tally.rate(tally.slots_ok, tally.slots_total)):>7} "
            f"{_percent(tally.rate(tally.language_ok, tally.messages)):>7}"
            + (f"  BELOW TARGET: {', '.join(flags)}" if flags else "")
        )
    return passed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--failures", "--misses", action="store_true", help="print every message that missed")
    parser.add_argument("--language", help="only this language")
    args = parser.parse_args(argv)
    rows = load_rows()
    if args.language:
        rows = [row for row in rows if row["language"] == args.language]
    started = time.perf_counter()
    index = load_index()
    built = time.perf_counter()
    if index is None:
        print("catalog matcher not importable: product column skipped")
    tallies = evaluate(rows, index)
    finished = time.perf_counter()
    passed = report(tallies, index is not None)
    print(
        f"\n{len(rows)} messages; targets intent >= {TARGET_INTENT:.0%}, qty+unit >= {TARGET_QUANTITY:.0%}, "
        f"product@1 >= {TARGET_PRODUCT:.0%} per language; catalog built in {built - started:.1f}s, "
        f"parsed+matched in {finished - built:.1f}s"
    )
    if args.failures:
        for language in LANGUAGES:
            for line in tallies[language].failures if language in tallies else ():
                print(line)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
