"""Benchmark the product matcher against a naive rapidfuzz baseline.

Run:  .venv/bin/python bench/bench_matcher.py [--queries N] [--big N]

Measures, on the repo's test catalog cut to 5,000 products:
- parse + match of one item (intents.items.extract_items, then CatalogIndex.match): p50/p99;
- the same queries through the baseline, process.extractOne(text, names, scorer=WRatio);
- top-1 accuracy of both on queries generated from the catalog (typos, brand + size,
  lexicon words in other languages and scripts);
- CatalogIndex.build time on 100,000 products synthesised from the real catalogs.
Prints a table; writes nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process  # noqa: E402

from intents.catalog_csv import load_catalog  # noqa: E402
from intents.catalog_index import CatalogIndex, stemmed_tokens  # noqa: E402
from intents.items import extract_items  # noqa: E402
from intents.lexicon import fold, read_rows  # noqa: E402
from intents.types import CatalogEntry, ItemRequest  # noqa: E402

TEST_CATALOG = ROOT / "intents" / "eval" / "test_catalog.csv"
LABELLED = ROOT / "intents" / "eval" / "labelled.jsonl"
BIGBASKET = Path("/work/shared/data/bigbasket_catalog_3k.csv")
SIZES = ("50 g", "100 g", "200 g", "250 g", "500 g", "1 kg", "2 kg", "5 kg", "200 ml", "500 ml", "1 L", "6 pcs")


@dataclass(frozen=True)
class Query:
    kind: str
    text: str
    gold: frozenset[str]  # any of these product ids is a right answer


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    edit = rng.choice(("drop", "double", "swap"))
    if edit == "drop":
        return word[:i] + word[i + 1 :]
    if edit == "double":
        return word[:i] + word[i] + word[i:]
    return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]


def head_word(name: str) -> str:
    bare = re.sub(r"\([^)]*\)", " ", name).split("/")[0]
    words = [w for w in stemmed_tokens(bare) if not w.isdigit() and w != "loose"]
    return words[-1] if words else ""


def make_queries(entries: list[CatalogEntry], count: int, rng: random.Random) -> list[Query]:
    """Single-item customer messages with the set of products each may rightly mean."""
    by_head: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        by_head[head_word(entry.name)].add(entry.product_id)
    # English catalog word -> other-language terms, from the lexicon
    native: dict[str, list[str]] = defaultdict(list)
    for row in read_rows():
        if row.lang != "en":
            for words in row.catalog_words:
                native[fold(words)].append(row.term)
    queries: list[Query] = []
    staples = [e for e in entries if e.product_id.startswith("ST-")]
    others = [e for e in entries if not e.product_id.startswith("ST-")]
    size_text = {e.product_id: f"{e.size_value:g} {e.size_unit}" for e in entries if e.size_value}
    pool = staples * 3 + rng.sample(others, min(len(others), len(staples)))
    rng.shuffle(pool)
    for entry in pool:
        if len(queries) >= count:
            break
        head = head_word(entry.name)
        same_name = frozenset(e.product_id for e in entries if e.name.lower() == entry.name.lower())
        same = frozenset(
            e.product_id for e in entries if e.product_id in same_name and e.size_value == entry.size_value
        )
        kind = rng.choice(("typo", "brand_size", "native", "native"))
        if kind == "native" and native.get(head):
            term = rng.choice(native[head])
            qty = rng.choice(("", "2 kg ", "1 ", "ek ", "do "))
            queries.append(Query("native word", f"{qty}{term}", frozenset(by_head[head])))
        elif kind == "brand_size" and entry.brand and entry.product_id in size_text:
            text = f"{entry.brand} {head} {size_text[entry.product_id]}"
            queries.append(Query("brand+word+size", text, same))
        else:
            words = re.sub(r"\([^)]*\)", " ", entry.name).split()
            if not words:
                continue
            j = max(range(len(words)), key=lambda k: len(words[k]))
            words[j] = typo(words[j], rng)
            queries.append(Query("typo'd name", " ".join(words), same_name))
    return queries


def synthesise(entries: list[CatalogEntry], total: int, rng: random.Random) -> list[CatalogEntry]:
    """`total` products: real names with other brands and sizes, as a big shop would have."""
    brands = sorted({e.brand for e in entries if e.brand}) or ["Generic"]
    out: list[CatalogEntry] = []
    for number in range(total):
        base = entries[number % len(entries)]
        brand = rng.choice(brands)
        value, unit = rng.choice(SIZES).split()
        name = base.name if number < len(entries) else f"{brand} {base.name.replace(base.brand, '').strip()}"
        out.append(
            replace(
                base,
                product_id=f"SYN-{number:06d}",
                name=name,
                brand=brand if number >= len(entries) else base.brand,
                size_value=float(value),
                size_unit={"L": "l", "pcs": "piece"}.get(unit, unit),  # type: ignore[arg-type]
            )
        )
    return out


def labelled_accuracy(index: CatalogIndex, entries: list[CatalogEntry]) -> dict[str, tuple[int, int]]:
    """Top-1 on the hand-labelled messages: {way: (right, total)}.

    "parse+match": extract_items on the message, i-th item against the i-th label;
    "match labelled words": the labelled product words (and quantity as a size hint);
    "baseline on labelled words": extractOne(words, names, WRatio).
    """
    names = [e.name for e in entries]
    ids = [e.product_id for e in entries]
    tally = {"parse+match": [0, 0], "match labelled words": [0, 0], "baseline on labelled words": [0, 0]}
    with LABELLED.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            labels = [item for item in record.get("items", []) if item.get("product_id")]
            if not labels:
                continue
            found = extract_items(record["text"])
            for position, label in enumerate(labels):
                gold = label["product_id"]
                gold_ids = set(gold) if isinstance(gold, list) else {gold}
                words = label.get("product") or ""
                tally["parse+match"][1] += 1
                if position < len(found):
                    got = index.match_item(found[position]).candidates
                    tally["parse+match"][0] += bool(got) and got[0].product_id in gold_ids
                unit = label.get("unit")
                request = ItemRequest(text=words, quantity=label.get("quantity"), unit=unit)
                got = index.match_item(request).candidates
                tally["match labelled words"][1] += 1
                tally["match labelled words"][0] += bool(got) and got[0].product_id in gold_ids
                best = process.extractOne(words, names, scorer=fuzz.WRatio) if words else None
                tally["baseline on labelled words"][1] += 1
                tally["baseline on labelled words"][0] += best is not None and ids[best[2]] in gold_ids
    return {way: (right, total) for way, (right, total) in tally.items()}


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def timed(function: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--queries", type=int, default=600)
    parser.add_argument("--big", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    entries = load_catalog(TEST_CATALOG)[:5000]
    start = time.perf_counter()
    index = CatalogIndex.build(entries)
    build_5k = time.perf_counter() - start
    names = [e.name for e in entries]
    ids = [e.product_id for e in entries]
    queries = make_queries(entries, args.queries, rng)

    # warm caches the way a running server would have them warm
    for query in queries[:50]:
        index.match(query.text)

    ours_ms: list[float] = []
    base_ms: list[float] = []
    match_only_ms: list[float] = []
    right_ours: dict[str, list[bool]] = defaultdict(list)
    right_base: dict[str, list[bool]] = defaultdict(list)
    for query in queries:
        items = extract_items(query.text)
        item = items[0] if items else ItemRequest(text=query.text)
        item_text = item.text

        def ours(text: str = query.text) -> object:
            return [index.match_item(i) for i in extract_items(text)]

        def baseline(text: str = item_text) -> object:
            return process.extractOne(text, names, scorer=fuzz.WRatio)

        ours_ms.extend(timed(ours, 3))
        base_ms.extend(timed(baseline, 1))
        match_only_ms.extend(timed(lambda i=item: index.match_item(i), 3))
        result = index.match_item(item)
        top = result.candidates[0].product_id if result.candidates else None
        best = process.extractOne(item_text, names, scorer=fuzz.WRatio)
        right_ours[query.kind].append(top in query.gold)
        right_base[query.kind].append(best is not None and ids[best[2]] in query.gold)

    full_catalog = load_catalog(TEST_CATALOG)
    labelled = labelled_accuracy(CatalogIndex.build(full_catalog), full_catalog) if LABELLED.exists() else {}

    big = synthesise(load_catalog(TEST_CATALOG) + (load_catalog(BIGBASKET) if BIGBASKET.exists() else []), args.big, rng)
    start = time.perf_counter()
    big_index = CatalogIndex.build(big)
    build_big = time.perf_counter() - start
    big_ms = []
    for query in queries[:200]:
        big_ms.extend(timed(lambda t=query.text: big_index.match(t), 1))

    print(f"matcher bench: {len(entries)} products, {len(queries)} single-item queries, seed {args.seed}")
    print()
    print(f"{'':34}{'ours':>12}{'baseline':>12}")
    print(f"{'parse+match one item p50 (ms)':34}{statistics.median(ours_ms):12.3f}{'':>12}")
    print(f"{'parse+match one item p99 (ms)':34}{percentile(ours_ms, 0.99):12.3f}{'':>12}")
    print(f"{'match only p50 (ms)':34}{statistics.median(match_only_ms):12.3f}{statistics.median(base_ms):12.3f}")
    print(f"{'match only p99 (ms)':34}{percentile(match_only_ms, 0.99):12.3f}{percentile(base_ms, 0.99):12.3f}")
    for kind in sorted(right_ours):
        a, b = right_ours[kind], right_base[kind]
        label = f"top-1 {kind} (n={len(a)})"
        print(f"{label:34}{100 * sum(a) / len(a):11.1f}%{100 * sum(b) / len(b):11.1f}%")
    all_ours = [x for v in right_ours.values() for x in v]
    all_base = [x for v in right_base.values() for x in v]
    print(f"{'top-1 all':34}{100 * sum(all_ours) / len(all_ours):11.1f}%{100 * sum(all_base) / len(all_base):11.1f}%")
    for way, (right, total) in labelled.items():
        label = f"labelled set: {way} (n={total})"
        print(f"{label:52}{100 * right / max(total, 1):8.1f}%")
    print(f"{'index build, 5,000 products (s)':34}{build_5k:12.3f}")
    print(f"{f'index build, {len(big):,} products (s)':34}{build_big:12.3f}")
    print(f"{f'match p50 on {len(big):,} (ms)':34}{statistics.median(big_ms):12.3f}")
    print(f"{f'match p99 on {len(big):,} (ms)':34}{percentile(big_ms, 0.99):12.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
