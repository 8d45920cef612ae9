"""A yes to the order summary is confirm, not a second checkout.

After the shop reads the order back, "হ্যাঁ ঠিক আছে, অর্ডার কনফার্ম", "ho barobar, order pakki",
"ok sheri, order confirm cheyyu" (a yes or an ok, then the order made sure) and "haan thik achi,
order kara" (a plain yes, then the order word) answer that question: confirm. "order kar do",
"ok, order cheyyu", "thik achhi, order kara" or anything with "checkout" / "place" / "bas" stays
checkout. The words are in data/order_confirm.csv by kind: yes, ok, order, sure, checkout, and do (an
ok + "pakka kar do" asks the shop to place it: checkout).
"""

from __future__ import annotations

import re

from intents.tables import words_by_kind

# A yes to the summary is short: "ho barobar, order pakki".
_MOST_WORDS = 6
_SPLIT = re.compile(r"[\s,.;:!?()\-]+")


def _words() -> dict[str, frozenset[str]]:
    """data/order_confirm.csv by kind."""
    return words_by_kind("order_confirm.csv")


def confirms_the_order(cleaned: str, *, sure_only: bool = False) -> bool:
    """Whether CLEANED says yes to the order read back: it opens with a yes word (or an ok with
    the order made sure, "confirm / pakka"), names the order, holds no number and no checkout word.
    SURE_ONLY (a reading with items, "order pakki" taken for a product) wants the made-sure word."""
    if any(char.isdigit() for char in cleaned):
        return False
    words = [word for word in _SPLIT.split(cleaned.lower()) if word]
    if not words or not any(word in _words()["order"] for word in words):
        return False
    if any(word in _words()["checkout"] for word in words) or sure_only and len(words) > _MOST_WORDS:
        return False
    sure = any(word in _words()["sure"] for word in words)
    if words[0] in _words()["yes"] and not sure_only:
        return True
    # "theek hai bhaiya, ab order pakka kar do": an ok that asks the shop to do it places the order
    doing = any(word in _words()["do"] for word in words)
    return sure and (words[0] in _words()["yes"] or words[0] in _words()["ok"] and not doing)
