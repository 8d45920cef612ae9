"""A customer asking about the shop's WhatsApp number itself, not about goods.

"what all can i do on this number?", "இந்த நம்பர்ல என்ன எல்லாம் பண்ணலாம்?", "is number pe kya kya
hota hai" ask what the number is for: help. "नमस्ते भैया, ये दुकान का नया नंबर है क्या?", "kem cho, aa
tamaru navu number che ne?", "hi chetta, puthiya number kitti 👍" only greet the shop's new number.
The words live in data/number_talk.csv (kinds "number", "can_do", "new").
"""

from __future__ import annotations

from functools import cache
from typing import Final

from intents.items import content_words
from intents.keywords import Hit, PhraseIndex, table_index
from intents.lexicon import fold, load_lexicon
from intents.message import Message

# Concepts that say the message does something besides asking about the number: an order, the
# cart, a payment, a removal — or an amount of goods.
_DOES_MORE: Final = frozenset(
    {"order", "cart", "checkout", "cancel", "remove", "clear", "repeat", "status", "payment", "upi", "card", "cod",
     "change", "price", "how_much", "came_to", "bill_total", "address_part", "talk"}
)


@cache
def _number_index() -> PhraseIndex:
    return table_index("number_talk.csv")


def _hits(message: Message, kind: str) -> list[Hit]:
    return [hit for hit in _number_index().find(message.folded, message.tokens) if hit.concept == kind]


def _names_goods(message: Message, hits: list[Hit]) -> bool:
    """A word outside HITS that the lexicon knows as goods, or any number in the message."""
    if any(token.kind == "num" for token in message.tokens):
        return True  # "new number 98450 12345 save karo", "2 maggi on this number"
    chars = list(message.folded)
    for hit in hits:
        chars[hit.start : hit.end] = " " * (hit.end - hit.start)
    lexicon = load_lexicon()
    words = content_words("".join(chars), message.language)
    return any(lexicon.lookup(fold(word), message.language) for word in words)


def asks_what_the_number_does(message: Message) -> bool:
    """"what all can i do on this number?", "ee number lo emi cheyochu", "ಈ ನಂಬರ್‌ನಲ್ಲಿ ಏನು
    ಮಾಡಬಹುದು?": the word "number" and a "what can I do" phrase, no goods and no order beside
    them — the customer asks what the number is for (help)."""
    numbers, can_do = _hits(message, "number"), _hits(message, "can_do")
    if not numbers or not can_do or any(concept in _DOES_MORE for concept in message.concepts):
        return False
    return not _names_goods(message, numbers + can_do)


def greets_the_new_number(message: Message) -> bool:
    """"ये दुकान का नया नंबर है क्या?", "aa tamaru navu number che ne?", "puthiya number kitti 👍":
    the words "new" and "number" with nothing but chat beside them — no goods, no digits, no
    order — greet the shop on its new number."""
    numbers, new = _hits(message, "number"), _hits(message, "new")
    if not numbers or not new or _hits(message, "can_do") or any(concept in _DOES_MORE for concept in message.concepts):
        return False
    return not _names_goods(message, numbers + new)
