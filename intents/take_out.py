"""Removals: what a removal verb leaves out besides the goods it takes out.

"यिप्पी हटा दो, मैगी ही चलेगा": a later clause with a "will do / is enough" word and no removal
verb of its own is a remark ("maggi will do"), not a second removal. "माझा काढून टाका": a brand
spelled as a common "my" word, alone before the removal verb, is the brand (Maaza), not "my".
Words: data/take_out.csv and the "will_do" rows of data/second_thoughts.csv.
"""

from __future__ import annotations

from functools import cache

from intents.items import content_words
from intents.lexicon import fold
from intents.message import SOCIAL, Message
from intents.second_thoughts import clause_end, clause_start, words_said
from intents.tables import read_table
from intents.tokens import tokenize
from intents.types import ItemRequest


def will_do_remarks(message: Message, items: list[ItemRequest]) -> list[ItemRequest]:
    """Of the goods a removal names, those in a later clause with a "will do" word and no
    removal verb of their own stay out of the removal."""
    folded = message.folded
    removals = message.concepts.get("remove", [])
    if not removals or len(items) < 2:
        return items
    first_removal = min(hit.start for hit in removals)
    clauses = []
    for mark in words_said(message, "will_do"):
        start, end = clause_start(folded, mark.start), clause_end(folded, mark.start)
        if start > first_removal and not any(start <= hit.start < end for hit in removals):
            clauses.append((start, end))
    kept = [item for item in items if not any(item.raw and start <= folded.find(item.raw, start) < end for start, end in clauses)]
    return kept or items


@cache
def _brands_as_my() -> dict[tuple[str, str], str]:
    """(language, folded word) -> the lexicon term of the brand it spells."""
    return {(row["language"], fold(row["word"])): row["goods"] for row in read_table("take_out.csv") if row["kind"] == "brand_as_my"}


def brand_said_as_my(message: Message) -> ItemRequest | None:
    """"माझा काढून टाका": the one word besides the removal verb (and courtesy) is a brand spelled
    as "my", so the brand goes out; with any other word ("माझा डबा काढा") it stays "my"."""
    if not message.has("remove"):
        return None
    left = message.without("remove", *SOCIAL)
    words = [token.text for token in tokenize(left) if token.kind == "word"]
    brands = [word for word in words if (message.language, fold(word)) in _brands_as_my()]
    if len(brands) != 1 or [word for word in content_words(left, message.language) if word not in brands]:
        return None
    if any(token.kind == "num" for token in message.tokens):
        return None
    at = next(token.end for token in message.tokens if token.text == brands[0])
    if not any(hit.start >= at and not message.folded[at : hit.start].strip() for hit in message.concepts["remove"]):
        return None  # "नको, माझा नाही": "not mine", the removal word not after it
    return ItemRequest(text=_brands_as_my()[(message.language, fold(brands[0]))], raw=brands[0])
