"""An owner's price cut said as "bring X down to N": "reduce maggi 4 pack to 54, moving slow",
"maggi 12 ku kammi pannu", "maggi ko 12 pe kam karo", "maggi 12 ki tagginchu". A decrease word
with its number marked as the target ("to 54", "54 ku", "54 pe", "54 tak", "54 la", "54 ge",
"54 aakki") sets the price, when that number lies near the product's catalog price (see
intents.owner_intents.priced_like) or the line gives the slow-sale reason of
data/owner_shop_words.csv ("moving slow", "bik nahi raha", "ammudu avvatledu"): an owner takes
the stock down by a number ("reduce maggi by 5", "maggi 5 kam karo"), not to one, and a line
that names the stock ("reduce maggi stock to 12") stays a count.

A plain number with only that reason ("maggi 12 kar do, bik nahi raha") is a new price too, near
the catalog price.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Final

from intents.catalog_index import CatalogIndex
from intents.keywords import PhraseIndex, find_concepts, table_index
from intents.message import Classification
from intents.owner_intents import priced_like
from intents.tokens import tokenize
from intents.types import Intent, ItemRequest

# "to 54", "down to 54", "54 ku", "54 ki", "54 pe", "54 tak", "54 la", "54 ge", "54 aakki", "54 re".
_TO_NUMBER: Final = re.compile(
    r"(?:^|\s)(?:to|down to|upto|till)\s+(?:rs\.?\s*|₹\s*)?(\d+(?:\.\d+)?)(?![\d.])"
)
_NUMBER_TO: Final = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:rs\.?|₹|rupaye|rupees|taka|ruba|roopa|rupaye)?\s*-?"
    r"(?:ku|kku|ki|ke|ko|pe|par|tak|la|lo|ge|kke|aakki|akki|aaki|aakku|akku|ilekku|re|ra|ma|da|te|e"
    r"|க்கு|కి|కు|ला|ला|पर|तक|ਤੱਕ|ਤੇ|ಗೆ|ക്ക്|ଟଙ୍କାରେ|ରେ|માં|ને|তে|এ|য়)(?=[\s,.;!]|$)"
)
# Words that make the number a stock count.
_COUNT_WORDS: Final = ("stock", "increase", "more", "new_product", "finished")


@cache
def _reasons() -> PhraseIndex:
    return table_index("owner_shop_words.csv", ("not_selling",))


def _says_not_selling(folded: str) -> bool:
    return bool(_reasons().find(folded, tokenize(folded)))


def _target(folded: str) -> int | None:
    """The paise of the number a decrease goes down to, if one number is so marked."""
    found = [match.group(1) for match in _TO_NUMBER.finditer(folded)]
    found += [match.group(1) for match in _NUMBER_TO.finditer(folded)]
    if len(set(found)) != 1:
        return None
    return round(float(found[0]) * 100)


def cut_price(
    result: Classification,
    items: tuple[ItemRequest, ...],
    catalog: CatalogIndex,
    folded: str,
) -> tuple[Classification, tuple[ItemRequest, ...]]:
    """RESULT and ITEMS, or a new price of the one product when the line brings it down to a
    price (see the module's docstring)."""
    if result.intent not in (Intent.ADJUST_STOCK, Intent.SET_STOCK) or len(items) != 1:
        return result, items
    item = items[0]
    price_of = getattr(catalog, "price_paise", None)
    if not item.candidates or not callable(price_of):
        return result, items
    concepts = find_concepts(folded, tokenize(folded))
    if any(concept in concepts for concept in _COUNT_WORDS):
        return result, items
    reason = _says_not_selling(folded)
    if "decrease" in concepts:
        said = _target(folded)
    elif reason and result.intent == Intent.SET_STOCK:
        said = round(float(result.slots.get("stock", 0)) * 100) or None
    else:
        return result, items
    if said is None:
        return result, items
    catalog_paise = price_of(item.candidates[0].product_id)
    if not (priced_like(said, catalog_paise) or reason and catalog_paise is None):
        return result, items  # "reduce maggi to 3" (₹14): the stock
    priced = replace(item, value=float(said))
    slots = {"price_paise": said}
    return Classification(
        intent=Intent.SET_PRICE, confidence=result.confidence, slots=slots, items=(priced,)
    ), (priced,)
