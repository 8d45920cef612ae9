"""A customer's shortest turns that read like something else (fixer BR).

- "A1234 jaldi bhejo", "A7325 lavkar pathva na": an order reference with a "hurry" word asks
  after that order (its status), however the sentence ends.
- "GPay-ல pay பண்றேன்", "paytm-e debo": a payment app with a case ending glued on by a hyphen
  still names the app (UPI).
- "monthly list kaise bheju?", "cart kaise dekhu?": a "how" word with nothing known to order asks
  for help, not for the thing itself.
- "തൈര് 2 പാക്കറ്റാക്കൂ", "paal 3 packettakku": a unit with Malayalam "make it" glued on changes
  the amount.
- "coke hata do, thums up hi theek hai", "maggi venda, yippee podhum": one product removed and
  another kept in its own clause ("is fine", "will do"): only the first is removed.

The address half of the family is data only (data/concepts.csv): "saranamu:" labels an address,
and a house number's own word ("ఇంటి నం", "veedu enn", "mane number", "ghar no.") is an address part.

Words: data/customer_shortcuts.csv (hurry / keep / app / month / make_it).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from intents.keywords import Hit, PhraseIndex, table_index
from intents.lexicon import names_goods
from intents.message import SOCIAL, Classification, Message, product_words, quantified
from intents.tables import words_by_kind
from intents.types import Intent, ItemRequest
from intents.units import unit_word

_CLAUSE_BREAK: Final = re.compile(r"[,;.!?\n|]")


@cache
def _index() -> PhraseIndex:
    """The hurry and keep words of data/customer_shortcuts.csv, their kind as the concept."""
    return table_index("customer_shortcuts.csv", ("hurry", "keep"), column="word")


@cache
def _app_glued() -> re.Pattern[str]:
    """An app name with a hyphen and a short case ending: "gpay-ல", "paytm-e", "phonepe-la"."""
    apps = sorted(
        words_by_kind("customer_shortcuts.csv").get("app", frozenset()), key=len, reverse=True
    )
    return re.compile(rf"(?<![\w])(?:{'|'.join(map(re.escape, apps))})-[^\W\d_]{{1,6}}(?!\w)")


def _hits(message: Message, kind: str) -> list[Hit]:
    return [hit for hit in _index().find(message.folded, message.tokens) if hit.concept == kind]


def hurries_the_order(message: Message, order_ref: str | None) -> bool:
    """ "A1234 jaldi bhejo", "A7325 lavkar pathva na please": a reference and a hurry word, and no
    cancel or amount beside them."""
    if not order_ref or message.has("cancel") or not _hits(message, "hurry"):
        return False
    return not quantified(product_words(message, "hours", "order", "no", "instead", "checkout"))


def app_with_case_ending(message: Message) -> str | None:
    """ "GPay-ல", "paytm-e", "PhonePe-la": the app named, so UPI."""
    return "upi" if _app_glued().search(message.folded) else None


def asks_how_to(message: Message) -> bool:
    """ "ತಿಂಗಳ ಲಿಸ್ಟ್ ಹೇಗೆ ಕಳಿಸೋದು?", "cart kaise dekhu?": a "how" word in a question (or the whole
    message short), no greeting, and no goods the lexicon knows nor an amount beside it (the
    month of a "monthly list" is no goods)."""
    if not message.has("how") or message.has("greet", "price"):
        return False
    if not (message.cleaned.rstrip().endswith("?") or len(message.folded.split()) <= 4):
        return False
    said = product_words(message, *SOCIAL, "how", "catalog", "show", "cart", "order")
    return not quantified(said) and not any(
        _names_goods_but_month(item, message.language) for item in said
    )


def _names_goods_but_month(item: ItemRequest, language: str) -> bool:
    months = words_by_kind("customer_shortcuts.csv").get("month", frozenset())
    return names_goods(" ".join(word for word in item.text.split() if word not in months), language)


def _clauses(folded: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _CLAUSE_BREAK.finditer(folded):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(folded)))
    return [(a, b) for a, b in spans if folded[a:b].strip()]


def removes_one_keeps_other(message: Message) -> Classification | None:
    """ "coke hata do, thums up hi theek hai", "maggi venda, yippee podhum": a clause that removes
    (no amount in it) and a later one that keeps another product ("is fine", "will do"): the
    first clause's products are removed, the kept one is no item."""
    clauses = _clauses(message.folded)
    if len(clauses) < 2:
        return None
    removes = [
        hit.start for concept in ("remove", "reject") for hit in message.concepts.get(concept, ())
    ]
    keeps = [hit.start for hit in _hits(message, "keep")]

    def inside(points: list[int], span: tuple[int, int]) -> bool:
        return any(span[0] <= point < span[1] for point in points)

    first = next((span for span in clauses if inside(removes, span)), None)
    if first is None or inside(keeps, first):
        return None
    kept = [
        span
        for span in clauses
        if span[0] > first[0] and inside(keeps, span) and not inside(removes, span)
    ]
    if not kept:
        return None
    said = product_words(
        message, "remove", "reject", "no", "instead", "yes", "enough", "checkout", "greet", "fresh"
    )
    removed = [
        item for item in said if item.text and item.text in message.folded[first[0] : first[1]]
    ]
    others = [item for item in said if item not in removed]
    if not removed or quantified(said) or not others:
        return None
    return Classification(intent=Intent.REMOVE_ITEM, confidence=0.8, items=tuple(removed))


def unit_made_so(message: Message) -> bool:
    """ "തൈര് 2 പാക്കറ്റാക്കൂ": a unit word with "make it" (ആക്ക്) glued on, so the amount changes."""
    endings = words_by_kind("customer_shortcuts.csv").get("make_it", frozenset())
    for token in message.tokens:
        word = token.text.lower()
        for ending in endings:
            stem = word.removesuffix(ending)
            # "പാക്കറ്റ്" loses its virama before the ending, "packett-akku" doubles its last letter
            spellings = (stem, stem + "\u0d4d", stem[:-1])
            if (
                stem != word
                and len(stem) >= 3
                and any(unit_word(spelling) for spelling in spellings)
            ):
                return True
    return False
