"""A customer asking when the shop opens or closes: "what time do you open on sunday?",
"दुकान कल कितने बजे खुलेगी?", "kadai evlo mani ku thirappeenga?", "ଦୋକାନ କେତେବେଳେ ଖୋଲେ?",
"kab tak khula hai". The shopkeeper answers that (talk_to_shop); it is no browse for "khuli"
and no order of "time". Words: data/shop_hours.csv and the "open" words of concepts.csv.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from intents.keywords import Hit, PhraseIndex, table_index
from intents.lexicon import names_goods
from intents.message import SOCIAL, Message, product_words, quantified


# Concepts that make the question one about an order or the cart, not the shop's hours
# ("when will my order come", "cart close kab hoga").
_ABOUT_AN_ORDER: Final = ("order", "cart", "checkout", "cancel", "repeat")
# The kinds of data/shop_hours.csv: a "what time" word, an opening or closing verb, an hours word.
_WHEN, _OPENS, _CLOSES, _HOURS = "shop_when", "shop_opens", "shop_closes", "shop_hours"
_KINDS: Final = (_WHEN, _OPENS, _CLOSES, _HOURS)
# A "now" word of the is-it-open-now question only (Marathi "ata", also atta elsewhere).
_NOW: Final = "shop_now"
# Words beside the question that name no goods.
_NO_GOODS: Final = ("open", "shop", "exists", "available", "today", "status", "now", _NOW, *_KINDS, *SOCIAL)


@cache
def _index() -> PhraseIndex:
    return table_index("shop_hours.csv")


def _found(message: Message) -> dict[str, list[Hit]]:
    """MESSAGE's concepts with the hour words of data/shop_hours.csv added (their kinds)."""
    found = {concept: list(hits) for concept, hits in message.concepts.items()}
    for hit in _index().find(message.folded, message.tokens):
        found.setdefault(hit.concept, []).append(hit)
    return found


def _asks(found: dict[str, list[Hit]], message: Message) -> bool:
    """An hours word; an open or close word with a "what time / till when" word; or the shop,
    an open word and a question mark ("દુકાન રવિવારે ખુલ્લી છે?")."""
    opens = "open" in found or _OPENS in found
    if _HOURS in found:
        return True
    if _WHEN in found and (opens or _CLOSES in found):
        return True
    return opens and "shop" in found and (message.cleaned.rstrip().endswith("?") or _asked_now(found, message))


def _asked_now(found: dict[str, list[Hit]], message: Message) -> bool:
    """"dukaan khuli hai abhi? 12 baj gaye", "kada ippo thurannittundo? raathri 12 aayi": whether
    the shop is open now is asked (a question mark after the open word, or a "now" beside it),
    and what follows is the hour it is."""
    if "near" in found or "which" in found or re.search(r"(?<!\d)\d{6}(?!\d)", message.folded):
        return False  # "അടുത്ത് ഏത് കട തുറന്നിട്ടുണ്ട്? 682024": which shop near a pincode is open
    opened = min(hit.start for concept in ("open", _OPENS) for hit in found.get(concept, ()))
    return "?" in message.folded[opened:] or "now" in found or _NOW in found


def asks_opening_hours(message: Message) -> bool:
    """When the shop opens or closes is asked, with no order, no amount and no goods named."""
    if message.has(*_ABOUT_AN_ORDER):
        return False
    found = _found(message)
    if not _asks(found, message):
        return False
    marked = Message(message.cleaned, message.folded, message.tokens, found, message.language)
    said = product_words(marked, *_NO_GOODS)
    return not quantified([item for item in said if item.unit is not None]) and not any(
        names_goods(item.text, message.language) for item in said
    )
