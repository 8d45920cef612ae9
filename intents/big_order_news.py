"""News of a big order to come for a family event is a greeting, not an order.

"my sister's wedding is on 14th, will be ordering a lot from you this week", "ghar mein shaadi hai,
bada order dena hai", "घरी लग्न आहे, मोठी ऑर्डर द्यायची आहे", "বাড়িতে বিয়ে, অনেক অর্ডার দেব":
a wedding word, a "big / a lot" word and the order word, with no amount, tell the shop what is
coming; nothing is bought or placed yet. The words are in data/big_order_news.csv by kind:
event, plenty, order.
"""

from __future__ import annotations

import re

from intents.tables import words_by_kind

_SPLIT = re.compile(r"[\s,.;:!?()\-'’]+")


def _words() -> dict[str, frozenset[str]]:
    """data/big_order_news.csv by kind."""
    return words_by_kind("big_order_news.csv")


def _said(words: list[str], kind: str) -> bool:
    """Whether a word of KIND is among WORDS; a native-script one may carry its case ending."""
    for known in _words()[kind]:
        glued = not known.isascii()
        if any(word == known or glued and word.startswith(known) for word in words):
            return True
    return False


def announces_big_order(dated: str) -> bool:
    """Whether DATED (the message with its delivery dates out) tells of a big order to come for
    a wedding: an event word, a "big / a lot" word and the order word, and no number."""
    if any(char.isdigit() for char in dated):
        return False
    words = [word for word in _SPLIT.split(dated.lower()) if word]
    return _said(words, "event") and _said(words, "plenty") and _said(words, "order")
