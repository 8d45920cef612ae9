"""A standing order asked for again: "same as every monday plz", "dar somvar nu j order pachhu
moklo", "har somvaar wala order hi bhej do", "প্রতি সোমবারের মতো পাঠান", "weekly wala bhej do".

"Every" before a weekday (har somvaar, dar somvare, ovvoru thingal, prathi somavaram, ellaa
thinkalazhchayum), a weekday with "wala / nu / cha" after it, or a weekly / daily order word.
With no amount and no goods named beside it the customer wants that regular order sent again
(a reorder); "har somvaar 2 litre doodh" only says when. Words: data/standing_orders.csv.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from intents.keywords import Hit, PhraseIndex, table_index
from intents.lexicon import fold, names_goods
from intents.message import SOCIAL, Message, product_words, quantified
from intents.romanise import is_indic
from intents.tables import read_table
from intents.tokens import Token

_CONCEPT: Final = "standing_order"
# Words beside the standing order that name no goods: "order", "again", "the usual", "same",
# "send", today / now, the days of the shop's hours, courtesy.
_NO_GOODS: Final = (_CONCEPT, "repeat", "usual", "order", "same_as_before", "hours", "today", "now", *SOCIAL)
# How long a Latin ending after a weekday may be: "mondays", "somvare", "somavaramu", "somvarnu".
_ENDING: Final = 4


@cache
def _words(kind: str) -> tuple[str, ...]:
    return tuple(fold(row["phrase"]) for row in read_table("standing_orders.csv") if row["kind"] == kind)


@cache
def _weekly_index() -> PhraseIndex:
    return table_index("standing_orders.csv")


def _is_weekday(word: str, kind: str = "weekday") -> bool:
    """A weekday (KIND "weekday"), or a month word after "every" (KIND "period": "har mahine")."""
    for day in _words(kind):
        if word == day or (word.startswith(day) and (is_indic(day) or len(word) - len(day) <= _ENDING)):
            return True
    return False


def standing_order_hits(message: Message) -> list[Hit]:
    """Where MESSAGE names a standing order: "every monday", "somvaar wala", "weekly wala"."""
    words: list[Token] = [token for token in message.tokens if token.kind == "word"]
    each, after = set(_words("each")), set(_words("after"))
    hits = [hit for hit in _weekly_index().find(message.folded, message.tokens) if hit.concept == "weekly"]
    for at, token in enumerate(words):
        every = at and words[at - 1].text in each
        if every and _is_weekday(token.text, "period"):  # "har mahine", "dar mahinyachi"; "this month's" no
            hits.append(Hit(_CONCEPT, message.folded[words[at - 1].start : token.end], words[at - 1].start, token.end))
            continue
        if not _is_weekday(token.text):
            continue
        start = words[at - 1].start if every else None
        end = token.end
        if at + 1 < len(words) and words[at + 1].text in after:
            end = words[at + 1].end
            start = token.start if start is None else start
        if start is not None:
            hits.append(Hit(_CONCEPT, message.folded[start:end], start, end))
    return hits


def sends_the_standing_order(message: Message) -> bool:
    """A standing order named and nothing else but "order", "same", "again", "send" and
    courtesy: no number, and no word the lexicon knows (goods) beside it."""
    hits = standing_order_hits(message)
    if not hits or any(token.kind == "num" for token in message.tokens):
        return False
    if any(hit.start == 0 for hit in message.concepts.get("greet", ())):
        return False  # "Good morning bhaiya, Verma house here, weekly list coming": a greeting
    marked = Message(message.cleaned, message.folded, message.tokens, {**message.concepts, _CONCEPT: hits}, message.language)
    said = product_words(marked, *_NO_GOODS)
    return not quantified(said) and not any(names_goods(item.text, message.language) for item in said)
