"""The shop opened, in a verb that alone means something else: Kannada "ಅಂಗಡಿ ತೆಗೆದಿದೆ" and
"angadi tegedidini" open the shop though "maggi tegedu" takes an item off, and Telugu "కొట్టు
తీశాను" opens it though "తీసేయి" removes. Such a verb (data/shop_opening.csv) right after the
shop's word (at most two words between, no digit or comma) is the "open" concept, never a
removal or a stop.

So a customer's "ಅಂಗಡಿ ತೆಗೆದಿದ್ದೀರಾ? 2 ನಂದಿನಿ ಹಾಲು ಕಳಿಸಿ" asks whether the shop is open and orders
the milk; nothing is removed from her cart.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from intents.keywords import Hit, PhraseIndex, table_index
from intents.message import Message

# Concepts the opening verb is not, next to the shop's word.
_NOT_THESE: Final = ("remove", "deactivate", "close")
# Between the shop's word and its verb: a word or two ("ಅಂಗಡಿ ಈಗ ತೆಗೆದಿದೆ"), no number, no clause end.
_GAP: Final = re.compile(r"^\s*(?:[^\s\d,.;!?।|]+\s+){0,2}$")
# Words of the question besides the shop and its opening ("is", "now", "today").
_QUESTION_WORDS: Final = (
    "shop",
    "open",
    "now",
    "today",
    "exists",
    "yes",
    "greet",
    "please",
    "still",
)


@cache
def _index() -> PhraseIndex:
    return table_index("shop_opening.csv")


def with_shop_opened(message: Message) -> Message:
    """MESSAGE with an opening verb after the shop's word read as "open" (no removal there)."""
    shops = message.concepts.get("shop", ())
    if not shops:
        return message
    folded = message.folded
    opened = [
        hit
        for hit in _index().find(folded, message.tokens)
        if any(shop.end <= hit.start and _GAP.match(folded[shop.end : hit.start]) for shop in shops)
    ]
    if not opened:
        return message
    concepts = {
        concept: [
            hit
            for hit in hits
            if concept not in _NOT_THESE
            or not any(o.start < hit.end and hit.start < o.end for o in opened)
        ]
        for concept, hits in message.concepts.items()
    }
    concepts = {concept: hits for concept, hits in concepts.items() if hits}
    concepts.setdefault("open", [])
    concepts["open"] = [
        *concepts["open"],
        *(Hit("open", hit.phrase, hit.start, hit.end) for hit in opened),
    ]
    return Message(message.cleaned, folded, message.tokens, concepts, message.language)
