"""Weighed staples: a bare amount of a staple the shop weighs out is kilos.

"atta 5", "चीनी 2", "பொன்னி 5", "arisi rendu" is 5 kg, 2 kg, 5 kg, 2 kg; "peyaj half", "aloo dedh"
is 0.5 kg, 1.5 kg — the way a shopkeeper reads a line that names the staple and then a number or
a fraction with no unit. Which goods are weighed comes from data/weighed_staples.csv (concepts of
the lexicon, so every language's words for them count) and, when the matcher has run, from the
catalog: the product found must be sold by weight (its size in kg or g). Counted and packed goods
("maggi 2", "eggs 6", "coconut 2"), an amount with its own unit or pack ("atta 5 kg packet 1",
"2 packet sugar") and a plain count before the name ("2 atta": two packs) keep their reading.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Final

from intents.containers import is_container
from intents.glued_items import bag_words
from intents.lexicon import fold, read_rows
from intents.tables import words_by_kind
from intents.types import CatalogEntry, ItemRequest
from intents.units import unit_word

_TABLE: Final = "weighed_staples.csv"
_LONGEST: Final = 4  # words in the longest term looked for
_MOST_KILOS: Final = 50.0  # "rice 25" is a sack's weight; "atta 100" is a price, not kilos


@cache
def _terms() -> dict[str, str]:
    """Folded term -> its kind ("staple", "by_fraction", "beside"): the table's words and every
    lexicon term of a concept it names, with a two-word term's glued spelling too."""
    kinds = words_by_kind(_TABLE)
    concept_kind = {word: kind for kind, words in kinds.items() for word in words}
    found: dict[str, str] = {}
    for word, kind in concept_kind.items():
        found.setdefault(fold(word), kind)
    for row in read_rows():
        kind = concept_kind.get(row.concept.lower())
        if kind is None:
            continue
        term = fold(row.term)
        if term:
            found.setdefault(term, kind)
            if term.count(" ") == 1:
                found.setdefault(term.replace(" ", ""), kind)
    return found


def staple_kind(text: str) -> str | None:
    """ "staple" when every word of TEXT belongs to a weighed staple's name ("ponni arisi",
    "toor dal", "চিনি"), "by_fraction" for a vegetable weighed only by a fraction ("bhindi");
    None for anything else ("maggi", "amul taaza", "atta noodles")."""
    words = fold(text).split()
    if not words:
        return None
    terms = _terms()
    kinds: list[str] = []
    at = 0
    while at < len(words):
        for size in range(min(_LONGEST, len(words) - at), 0, -1):
            kind = terms.get(" ".join(words[at : at + size]))
            if kind is not None:
                kinds.append(kind)
                at += size
                break
        else:
            return None
    named = [kind for kind in kinds if kind != "beside"]
    if not named:
        return None
    return "staple" if all(kind == "staple" for kind in named) else "by_fraction"


def _amount_after_name(item: ItemRequest) -> bool:
    """The amount is said after the product's name ("atta 5", "arisi rendu"), not before it."""
    raw = fold(item.raw).split()
    name = fold(item.text).split()
    return bool(raw and name) and raw[0] == name[0]


def _packs(word: str) -> bool:
    return unit_word(word) is not None or is_container(word) or word in bag_words()


def _packed_words(item: ItemRequest, message: str) -> bool:
    """The words of the item, or the word right after it in MESSAGE, name a pack, bag or unit
    of its own ("atta 2 bag", "chini 2 packet wala")."""
    name = set(fold(item.text).split())
    raw = fold(item.raw)
    if any(_packs(word) for word in raw.split() if word not in name):
        return True
    said = fold(message)
    at = said.find(raw) if raw else -1
    after = said[at + len(raw) :].split()[:1] if at >= 0 else []
    return any(_packs(word) for word in after)


def in_kilos(item: ItemRequest, message: str = "") -> ItemRequest:
    """ITEM with unit kg when its bare amount is a weight of a weighed staple; else ITEM.
    MESSAGE is the text the item was read from (a pack word after it keeps its reading)."""
    quantity = item.quantity
    if (
        quantity is None
        or item.unit is not None
        or item.pack_size is not None
        or not 0 < quantity <= _MOST_KILOS
    ):
        return item
    kind = staple_kind(item.text)
    if kind is None or _packed_words(item, message):
        return item
    fraction = quantity != int(quantity)
    if (
        kind == "staple"
        and (fraction or _amount_after_name(item))
        or kind == "by_fraction"
        and fraction
    ):
        return replace(item, unit="kg")
    return item


def sold_by_weight(entry: CatalogEntry | None) -> bool:
    """A catalog row weighed out or packed by weight (its size in kg or g); True when unknown."""
    return entry is None or entry.size_unit is None or entry.size_unit in ("kg", "g")


_ENTRIES: dict[int, tuple[object, dict[str, CatalogEntry]]] = {}


def catalog_entry(catalog: object, product_id: str) -> CatalogEntry | None:
    """The catalog row of PRODUCT_ID in a matcher index (its `products` list), None if unknown."""
    products = getattr(catalog, "products", None)
    if products is None:
        return None
    cached = _ENTRIES.get(id(catalog))
    if cached is None or cached[0] is not products:
        entries = (getattr(product, "entry", None) for product in products)
        cached = (
            products,
            {entry.product_id: entry for entry in entries if isinstance(entry, CatalogEntry)},
        )
        _ENTRIES.clear()  # one index at a time is the common case; a switch rebuilds
        _ENTRIES[id(catalog)] = cached
    return cached[1].get(product_id)


def weighed_in_catalog(item: ItemRequest, catalog: object) -> bool:
    """ITEM's best candidate is sold by weight (or it has none to say otherwise)."""
    if not item.candidates:
        return True
    return sold_by_weight(catalog_entry(catalog, item.candidates[0].product_id))
