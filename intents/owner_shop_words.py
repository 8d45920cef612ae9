"""An owner's words about the shop's day and stock: "what's running out", "how much sold today",
a product added with its pack size, a product stopped because it won't come any more.

- data/owner_shop_words.csv adds the keyword hits data/concepts.csv lacks: "kay kay sampat
  ahe", "yenu yenu mugiyutta ide" (which goods run low), "aji ketedi bikri hela", "innaiku
  evvalavu vyaabaaram" (the day's sales), "coke 48 ali", "12 vachchaayi" (stock came in).
- A word typed with a nukta ("ਖ਼ਤਮ", "ज़्यादा") finds the table's word written without one.
- "idhayam nallennai 500ml add pannu", "catalog la irundhu 5kg ponni serthu vidu": a product
  named with its pack size and an add word, no count, is a product to add: the size is the
  pack's, never a stock number.
- "Maaza ഇനി വരില്ല, off ആക്ക്", "rasna ab nahi aayega, band karo": the "won't come any
  more" reason beside a stop command is no part of the product's name; nor is "nobody buys it"
  ("bikta nahi", "bikri hocche na") beside a stop, a price cut or a number (fixer BU).
"""

from __future__ import annotations

from functools import cache
from typing import Final

from intents.keywords import Hit, PhraseIndex, build_index, concept_index
from intents.message import Message
from intents.tables import read_table
from intents.tokens import Token
from intents.types import ItemRequest
from intents.units import MEASURE_UNITS

# Nukta signs of Devanagari and Gurmukhi: "ਖ਼" and "ਖ", "ख़" and "ख" are one letter to a shop
# owner typing (Bengali and Odia "য়", "ଡ଼" are letters of their own and keep theirs).
_NUKTAS: Final = {ord(char): None for char in "\u093c\u0a3c"}
# Concepts that mark no plain "add this product" ("stock 12", "12 more", "came in", "less").
_NOT_A_NEW_PRODUCT: Final = (
    "stock",
    "more",
    "decrease",
    "price",
    "finished",
    "deactivate",
    "close",
    "remove",
    "sales",
    "low",
)
# Kinds of data/owner_shop_words.csv that join the message's keyword concepts.
_CONCEPT_KINDS: Final = ("low", "which", "sales", "increase", "deactivate")


@cache
def _index() -> PhraseIndex:
    rows = [
        (row["kind"], row["phrase"].translate(_NUKTAS))
        for row in read_table("owner_shop_words.csv")
    ]
    return build_index(rows)


def _plain_tokens(message: Message) -> list[Token]:
    return [
        Token(token.text.translate(_NUKTAS), token.kind, token.start, token.end)
        for token in message.tokens
    ]


def _hits(message: Message) -> list[Hit]:
    return _index().find(message.folded.translate(_NUKTAS), _plain_tokens(message))


def with_owner_shop_words(message: Message) -> Message:
    """MESSAGE with this table's words as keyword hits, the concepts' words typed with a nukta
    found as well, and a "won't come any more" reason blanked when a stop command is there."""
    found = [hit for hit in _hits(message) if hit.concept in _CONCEPT_KINDS]
    if any(token.text != token.text.translate(_NUKTAS) for token in message.tokens):
        found += concept_index().find(message.folded, _plain_tokens(message))
    concepts = {concept: list(hits) for concept, hits in message.concepts.items()}
    for hit in found:
        known = concepts.setdefault(hit.concept, [])
        if all((other.start, other.end) != (hit.start, hit.end) for other in known):
            known.append(hit)
    folded = message.folded
    stops = "deactivate" in concepts or "close" in concepts
    # "coke band karo, bikta nahi", "sprite 36 e kamiye dao, bikri hocche na": nobody buys it,
    # the reason of a stop or a price cut, no sales asked and no part of the name
    cuts = stops or "decrease" in concepts or any(char.isdigit() for char in folded)
    for hit in _hits(message):
        reason = hit.concept == "supply_gone" and stops or hit.concept == "not_selling" and cuts
        if hit.concept == "not_selling" and any(
            h.start < hit.end and hit.start < h.end
            for concept in ("deactivate", "close")
            for h in concepts.get(concept, ())
        ):
            continue  # "ഇനി വിൽക്കുന്നില്ല": not selling it any more is the stop itself
        if reason and (folded[: hit.start] + folded[hit.end :]).strip(" ,.!-"):
            folded = folded[: hit.start] + " " * (hit.end - hit.start) + folded[hit.end :]
            concepts = {
                concept: kept
                for concept, hits in concepts.items()
                if (kept := [h for h in hits if h.end <= hit.start or h.start >= hit.end])
            }
    if concepts == message.concepts and folded == message.folded:
        return message
    return Message(message.cleaned, folded, message.tokens, concepts, message.language)


def says_add(message: Message) -> bool:
    """An "add" word: the keyword tables' "new product" words or this table's add verbs."""
    return message.has("new_product") or any(hit.concept == "add" for hit in _hits(message))


def adds_sized_product(message: Message, products: list[ItemRequest]) -> bool:
    """ "fortune oil 1 litre add karo": one product, its only number a pack size (grams, kilos,
    litres), an add word and no word of stock, arrival, price or stopping: a product to add."""
    if len(products) != 1 or products[0].quantity is None or products[0].pack_size is not None:
        return False
    if products[0].unit not in MEASURE_UNITS:
        return False
    if not says_add(message) or message.has(*_NOT_A_NEW_PRODUCT):
        return False
    added = {(hit.start, hit.end) for hit in _hits(message) if hit.concept == "add"}
    added |= {(hit.start, hit.end) for hit in message.concepts.get("new_product", ())}
    # "aa gaya", "vandhuchu": an arrival word that is no add word says the stock came in
    arrivals = [
        hit
        for hit in message.concepts.get("increase", ())
        if not any(start <= hit.start and hit.end <= end for start, end in added)
    ]
    return not arrivals
