"""More guests, so more of one item: "guests went up to 10, make the basmati 3 kg", "mahemaan
vadhi gaya, moong dal 2 kilo karo", "nentru barthare, togari bele 1 kg maadi".

The clause about the guests is the customer's reason, not an item, and the number in it ("up
to 10") is a head count, not an amount: it is blanked when another clause holds an amount, so
the "make it" after the item reads as a change of that item's quantity. Words: data/more_guests.csv.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from intents.items import amounts
from intents.keywords import Hit, PhraseIndex, build_index, find_concepts
from intents.lexicon import load_lexicon
from intents.message import Message, names_over_keywords
from intents.tables import read_table
from intents.tokens import Token, tokenize

# An emoji ends a clause too: "3 more guys coming 😅 add 2 coke".
_CLAUSE: Final = re.compile(r"[^,;.!?।\n\u2600-\u27bf\U0001f300-\U0001faff]+")


@cache
def _index() -> PhraseIndex:
    return build_index([("guest", row["word"]) for row in read_table("more_guests.csv")])


def _clause_tokens(message: Message, start: int, end: int) -> list[Token]:
    return [token for token in message.tokens if start <= token.start and token.end <= end and token.kind != "sep"]


# Arrival verbs that are also goods in the lexicon: Marathi "आले" (came / ginger), "mitra aale".
_CAME_NOT_GINGER: Final = frozenset({"आले", "aale", "ale"})


def _goods_word(token: Token, language: str) -> bool:
    """A word the lexicon knows as goods, except an arrival verb ("मित्र आले" = friends came)."""
    if token.kind != "word" or token.text in _CAME_NOT_GINGER:
        return False
    return bool(load_lexicon().lookup(token.text, language))


def _guest_clause(message: Message, start: int, end: int, guests: list[Hit]) -> bool:
    """A clause with a guest word, no amount in a unit and no word the lexicon knows (goods)."""
    if not any(start <= hit.start < end for hit in guests):
        return False
    tokens = _clause_tokens(message, start, end)
    if any(amount.unit is not None for amount in amounts(tokens, message.language)):
        return False  # "guests ke liye 2 kg mithai": an amount of goods
    return not any(_goods_word(token, message.language) for token in tokens)


def _has_amount(message: Message, start: int, end: int) -> bool:
    return bool(amounts(_clause_tokens(message, start, end), message.language))


def without_guest_count(message: Message) -> Message:
    """MESSAGE with its guest clauses blanked when another clause holds an amount; else MESSAGE."""
    guests = _index().find(message.folded, message.tokens)
    if not guests:
        return message
    clauses = [(match.start(), match.end()) for match in _CLAUSE.finditer(message.folded)]
    about_guests = [span for span in clauses if _guest_clause(message, *span, guests)]
    if not about_guests or not any(_has_amount(message, *span) for span in clauses if span not in about_guests):
        return message
    chars = list(message.folded)
    for start, end in about_guests:
        chars[start:end] = " " * (end - start)
    folded = "".join(chars)
    tokens = tokenize(folded)
    return names_over_keywords(Message(message.cleaned, folded, tokens, find_concepts(folded, tokens), message.language), "price")
