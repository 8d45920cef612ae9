"""The order placed, then a remark about when it must come or what it is for: checkout.

"bas itna hi, order kar do. saat baje se pehle aana chahiye", "order kara, aarti 8 vajta ahe",
"ಆರ್ಡರ್ ಮಾಡಿ, ಬೆಳಿಗ್ಗೆ 8 ಗಂಟೆ ಒಳಗೆ ಬರಬೇಕು ಪೂಜೆ ಇದೆ", "order kariya, sandhya arati agaru darkar": the
word "order" with a verb that places it (data/counter_talk.csv "place") or a checkout word, and
beside it only a time of day, an hour, a "before / by" word or an occasion (the puja, the path da
bhog) — the clock number is no amount. A product or an amount with a unit beside it ("order kar
do, aur 1 kilo atta bhi") is still an order of that product. Words: data/order_deadline.csv by
kind (clock, before, occasion, come) and the dayparts of data/delivery_dates.csv.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from intents.counter_talk import talk_hits
from intents.keywords import Hit, PhraseIndex, table_index
from intents.lexicon import names_goods
from intents.message import SOCIAL, Message, product_words
from intents.numbers import number_word_value
from intents.tables import words_by_kind

# Concepts that place the order or only talk: blanked before the remark is read.
_PLACING: Final = ("order", "checkout", "thats_all", "enough", "now", "today", "change", *SOCIAL)
# Concepts that say more than "place it": the order is cancelled, repeated, asked after, changed.
_OTHER_BUSINESS: Final = (
    "cancel",
    "repeat",
    "status",
    "remove",
    "clear",
    "change_language",
    "cart",
    "price",
    "available",
)
# The highest hour a clock number may say.
_LAST_HOUR: Final = 24


@cache
def _index() -> PhraseIndex:
    return table_index("order_deadline.csv")


@cache
def _dayparts() -> frozenset[str]:
    return words_by_kind("delivery_dates.csv").get("daypart", frozenset())


def _remark_hits(message: Message) -> list[Hit]:
    return _index().find(message.folded, message.tokens)


def _inside(hit: Hit, spans: list[Hit]) -> bool:
    return any(span.start <= hit.start and hit.end <= span.end for span in spans)


def _follows_number(message: Message, hit: Hit) -> bool:
    """A clock word right after a number (in digits or read as one): "8 vajta", "saat baje"."""
    before = [token for token in message.tokens if token.end <= hit.start]
    return bool(before) and (
        before[-1].kind == "num" or _is_number_word(before[-1].text, message.language)
    )


def _is_number_word(word: str, language: str) -> bool:
    return number_word_value(word, language) is not None


def _says_when_or_what_for(message: Message, hits: list[Hit]) -> bool:
    """A "before / by" word, an occasion, an hour after a number or a time of day."""
    if any(hit.concept in ("before", "occasion") for hit in hits):
        return True
    if any(hit.concept == "clock" and _follows_number(message, hit) for hit in hits):
        return True
    return any(token.kind == "word" and token.text in _dayparts() for token in message.tokens)


def _places(message: Message) -> bool:
    """The word "order" with a placing verb after it, or a checkout word."""
    if message.has("checkout"):
        return True
    orders = message.concepts.get("order", ())
    if not orders:
        return False
    first = min(hit.start for hit in orders)
    return any(hit.start >= first for hit in talk_hits(message, "place"))


def orders_with_a_time_remark(message: Message) -> bool:
    """MESSAGE places the order and says only when it must come or what it is for: no goods
    the lexicon knows, no amount with a unit, and no number bigger than an hour."""
    if not _places(message):
        return False
    hits = _remark_hits(message)
    if any(
        not _inside(hit, hits)
        for concept in _OTHER_BUSINESS
        for hit in message.concepts.get(concept, ())
    ):
        return False  # "asiba" of "asiba darkar" (must come) asks no status
    if not _says_when_or_what_for(message, hits):
        return False
    places = talk_hits(message, "place")
    blanked = {**message.concepts, "order_deadline": hits, "order_place": places}
    marked = Message(message.cleaned, message.folded, message.tokens, blanked, message.language)
    said = product_words(marked, *_PLACING, "order_deadline", "order_place")
    if any(item.unit is not None or item.pack_size is not None for item in said):
        return False
    if any(item.quantity is not None and item.quantity > _LAST_HOUR for item in said):
        return False
    return not any(names_goods(item.text, message.language) for item in said)
