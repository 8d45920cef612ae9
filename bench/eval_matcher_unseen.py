"""Top-1 accuracy of the matcher on a catalog it was never tuned on (BigBasket, 3k SKUs).

Run:  .venv/bin/python bench/eval_matcher_unseen.py [--catalog PATH] [--per-kind N]

The catalog has no licence, so it is read from /work/shared at run time only: nothing from
it is written anywhere. Queries are generated from each product:
- "regional alias": a "/" part of the name ("Poha/Avalakki/Aval" -> "Avalakki"); right when
  the top product carries that alias too;
- "word + size": the product's head word and size ("onion 2 kg"); right when the top
  product has that head word and that size;
- "typo'd name": the name with one typo in its longest word; right when the top product has
  that name's words;
- "hindi/tamil word": the head word through the lexicon into Devanagari or Tamil script
  ("onion" -> "प्याज"); right when the top product's name has the head word.
A product with the same words in another order, or the same size written in other units,
counts as right for both matchers.
Both our CatalogIndex and the naive baseline (rapidfuzz extractOne, WRatio, raw names) answer
the same queries.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process  # noqa: E402

from intents.catalog_csv import load_catalog  # noqa: E402
from intents.catalog_index import CatalogIndex, stemmed_tokens  # noqa: E402
from intents.lexicon import fold, read_rows  # noqa: E402
from intents.types import CatalogEntry  # noqa: E402

BIGBASKET = Path("/work/shared/data/bigbasket_catalog_3k.csv")
_UNIT_TEXT = {"kg": "kg", "g": "g", "l": "litre", "ml": "ml", "piece": "pcs"}


def head_word(name: str) -> str:
    bare = re.sub(r"\([^)]*\)", " ", name).split("/")[0]
    words = [w for w in stemmed_tokens(bare) if not w.isdigit() and w != "loose"]
    return words[-1] if words else ""


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    return rng.choice((word[:i] + word[i + 1 :], word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]))


_BASE = {"kg": ("g", 1000.0), "g": ("g", 1.0), "l": ("ml", 1000.0), "ml": ("ml", 1.0)}


def same_size(a: CatalogEntry, b: CatalogEntry) -> bool:
    if a.size_value is None or b.size_value is None or a.size_unit is None or b.size_unit is None:
        return False
    unit_a, factor_a = _BASE.get(a.size_unit, (a.size_unit, 1.0))
    unit_b, factor_b = _BASE.get(b.size_unit, (b.size_unit, 1.0))
    return unit_a == unit_b and abs(a.size_value * factor_a - b.size_value * factor_b) < 1e-6


def make_queries(
    entries: list[CatalogEntry], rng: random.Random, per_kind: int
) -> dict[str, list[tuple[str, CatalogEntry]]]:
    native: dict[str, list[str]] = defaultdict(list)
    for row in read_rows():
        if row.lang in ("hi", "ta") and row.script != "Latn":
            for words in row.catalog_words:
                native[fold(words)].append(row.term)
    queries: dict[str, list[tuple[str, CatalogEntry]]] = defaultdict(list)
    for entry in entries:
        parts = [re.sub(r"\([^)]*\)", " ", p).strip() for p in entry.name.split("/")]
        aliases = [p for p in parts[1:] if re.fullmatch(r"[A-Za-z][A-Za-z ]{2,}", p)]
        if aliases:
            queries["regional alias"].append((rng.choice(aliases), entry))
        head = head_word(entry.name)
        if head and entry.size_value and entry.size_unit in _UNIT_TEXT:
            size = f"{entry.size_value:g} {_UNIT_TEXT[entry.size_unit]}"
            queries["word + size"].append((f"{head} {size}", entry))
        words = entry.name.split()
        if words:
            j = max(range(len(words)), key=lambda k: len(words[k]))
            words[j] = typo(words[j], rng)
            queries["typo'd name"].append((" ".join(words), entry))
        if native.get(head):
            queries["hindi/tamil word"].append((rng.choice(native[head]), entry))
    return {kind: rng.sample(items, min(per_kind, len(items))) for kind, items in queries.items()}


def is_right(kind: str, query: str, wanted: CatalogEntry, got: CatalogEntry | None) -> bool:
    if got is None:
        return False
    if got.product_id == wanted.product_id:
        return True
    if kind == "regional alias":
        return query.lower() in got.name.lower()
    if kind == "word + size":
        return head_word(got.name) == head_word(wanted.name) and same_size(got, wanted)
    if kind == "typo'd name":  # same words, whatever their order or punctuation
        return set(stemmed_tokens(got.name)) == set(stemmed_tokens(wanted.name))
    return head_word(wanted.name) in stemmed_tokens(got.name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--catalog", type=Path, default=BIGBASKET)
    parser.add_argument("--per-kind", type=int, default=600)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    if not args.catalog.exists():
        print(f"skipped: {args.catalog} is not here (it is read at run time only, never copied)")
        return 0
    entries = load_catalog(args.catalog)
    start = time.perf_counter()
    index = CatalogIndex.build(entries)
    built = time.perf_counter() - start
    by_id = {e.product_id: e for e in entries}
    names = [e.name for e in entries]
    queries = make_queries(entries, random.Random(args.seed), args.per_kind)

    print(f"unseen catalog: {args.catalog.name}, {len(entries)} products, index built in {built:.2f} s")
    print(f"{'query kind':24}{'n':>6}{'ours':>10}{'baseline':>10}")
    total_ours = total_base = count = 0
    for kind in sorted(queries):
        ours = base = 0
        for text, wanted in queries[kind]:
            result = index.match(text)
            top = by_id[result.candidates[0].product_id] if result.candidates else None
            best = process.extractOne(text, names, scorer=fuzz.WRatio)
            baseline = entries[best[2]] if best else None
            ours += is_right(kind, text, wanted, top)
            base += is_right(kind, text, wanted, baseline)
        n = len(queries[kind])
        print(f"{kind:24}{n:6d}{100 * ours / n:9.1f}%{100 * base / n:9.1f}%")
        total_ours, total_base, count = total_ours + ours, total_base + base, count + n
    print(f"{'all':24}{count:6d}{100 * total_ours / count:9.1f}%{100 * total_base / count:9.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
