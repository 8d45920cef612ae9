"""Several products stopped in one message: "Thums Up aur Coca Cola band karo", "Sprite ar Maaza
bondho koro", "Coca cola, Sprite ippo venda".

The stop command's own stretch (see owner_intents._first_clause) may list several goods joined by
an "and" word (data/connectors.csv) or a comma; each is one item. Words after the first product
that are not joined to it that way ("maaza inka raadu", "thums up au bikri karibani") are the
reason, no product; so is a word the keyword tables know ("লিস্ট", "bikri").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from intents.message import Message
from intents.pointer_words import named_goods
from intents.tables import read_table
from intents.types import ItemRequest

_GAP_MARKS: Final = re.compile(r"[\s,&+/]+")
# Join words that also mean "any more / still" after a product ("maaza inka raadu"): no list.
_STILL_WORDS: Final = frozenset({"inka", "inkaa"})


@cache
def _and_words() -> frozenset[str]:
    return frozenset(row["word"].lower() for row in read_table("connectors.csv") if " " not in row["word"]) - _STILL_WORDS


def stopped_products(message: Message, items: tuple[ItemRequest, ...]) -> tuple[ItemRequest, ...]:
    """One item per product the owner stops selling: the first, and each one listed after it."""
    goods = named_goods(list(items)) or list(items[:1])
    if not goods:
        return ()
    kept = [goods[0]]
    position = _end_of(message.folded, goods[0], 0)
    for item in goods[1:]:
        start = message.folded.find(item.text, position) if position >= 0 else -1
        if start < 0 or not _joined(message.folded[position:start]) or _is_keyword(message, start, start + len(item.text)):
            break
        if item.text not in {earlier.text for earlier in kept}:
            kept.append(item)
        position = start + len(item.text)
    return tuple(kept)


def _end_of(folded: str, item: ItemRequest, position: int) -> int:
    start = folded.find(item.text, position)
    return start + len(item.text) if start >= 0 else -1


def _joined(gap: str) -> bool:
    """The text between two listed goods is only a comma or an "and" word ("aur", "ar", "ane", "te")."""
    words = [word for word in _GAP_MARKS.split(gap) if word]
    return bool(gap) and all(word in _and_words() for word in words) and (bool(words) or "," in gap or "&" in gap)


def _is_keyword(message: Message, start: int, end: int) -> bool:
    """A keyword-table word inside the item's span: a command or reason word, not a product."""
    return any(hit.start < end and start < hit.end for hits in message.concepts.values() for hit in hits)
