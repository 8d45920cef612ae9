"""Words that point back at a product already named: "take IT off the APP", "AA PRODUCT aapeyi".

"saffola masala oats batch expired last week. take it off the app pls", "heritage milk expiry
ayipoyindi, aa product aapeyi", "kissan jam kharab ho gaya, woh product hata do": the product is
named first, the reason after it, then the command points back at it. Goods read from the
command's clause that are only pointer words (it, that product, aa product, woh, ota, adu, athu,
the app, the list: data/pointer_words.csv) name nothing.
"""

from __future__ import annotations

from functools import cache

from intents.tables import read_table
from intents.types import ItemRequest


@cache
def _pointer_words() -> frozenset[str]:
    return frozenset(row["word"] for row in read_table("pointer_words.csv"))


def only_points_back(item: ItemRequest) -> bool:
    """The item's words all point back at a product or name the app ("aa product", "ota app")."""
    words = item.text.split()
    return bool(words) and all(word in _pointer_words() for word in words)


def named_goods(items: list[ItemRequest]) -> list[ItemRequest]:
    """ITEMS without the ones that only point back."""
    return [item for item in items if not only_points_back(item)]
