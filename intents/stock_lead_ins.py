"""An owner's stock line with a lead-in clause: "gin liya, tata tea premium 250g ab 18 hai",
"ennu nokki, KPL coconut oil 1L ippo 11", "मोजलं, पोहे जाड आता 16 आहेत" (a recount), and
"navratri ka maal aa gaya, sabudana 80", "ఉగాది సరుకు వచ్చింది, బెల్లం 70" (an arrival named by
its occasion or source).

A recount lead-in is no product: the count after it is the new stock, and a weight or volume
said with the product ("amul butter 100g, exactly 14 left") is its pack, not the count. An
arrival clause's occasion ("navratri ka", "பொங்கல்") is no product either; the arrival word
stays, so whether the number is a count or an addition is left to the usual rules.
Words: data/stock_lead_ins.csv.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from intents.cleaning import fold_for_matching
from intents.keywords import find_concepts
from intents.lexicon import names_goods
from intents.message import SOCIAL, Message
from intents.owner_stock_count import _names, decimal_point
from intents.tables import words_by_kind
from intents.tokens import blank_spans, prepare, tokenize
from intents.types import ItemRequest
from intents.units import unit_word

_NUMBER: Final = re.compile(r"(?<![\d.:/])(\d+(?:\.\d+)?)(?![\d:/]|\.\d)")
_BREAK: Final = r"[,:;.!?।|\n\-—–]"
# What ends the recount clause: a stop, or the end of a word when the product follows at once.
_END: Final = rf"(?=\s|{_BREAK}|$)"
# Words that make the number a change, a price or no count: the recount reading stays out.
_NOT_A_COUNT: Final = (
    "increase",
    "decrease",
    "raise",
    "price",
    "new_product",
    "new_item",
    "remove",
    "deactivate",
    "finished",
)
# Words around the count that are no part of the product's name.
_AROUND_COUNT: Final = (
    "now",
    "exists",
    "still",
    "stock",
    "today",
    "more",
    "change",
    "set_to",
    "keep_at",
    *SOCIAL,
)


@cache
def _phrases(kind: str) -> tuple[str, ...]:
    words = words_by_kind("stock_lead_ins.csv", "phrase").get(kind, frozenset())
    return tuple(
        sorted(
            {prepare(fold_for_matching(word)).strip() for word in words} - {""},
            key=len,
            reverse=True,
        )
    )


def _alternation(kind: str) -> str:
    return "|".join(
        r"\s*".join(re.escape(part) for part in phrase.split()) for phrase in _phrases(kind)
    )


@cache
def _opening() -> re.Pattern[str]:
    before, core, after = _alternation("before"), _alternation("recount"), _alternation("after")
    return re.compile(
        rf"^\s*(?:(?:{before}){_END}\s*){{0,3}}(?:{core}){_END}(?:\s*(?:{after}){_END})*\s*(?:{_BREAK}\s*)*"
    )


@cache
def _closing() -> re.Pattern[str]:
    before, core, after = _alternation("before"), _alternation("recount"), _alternation("after")
    return re.compile(
        rf"{_BREAK}\s*(?:(?:{before}){_END}\s*){{0,3}}(?:{core}){_END}(?:\s*(?:{after}){_END})*\s*(?:{_BREAK}\s*)*$"
    )


def _recount_span(folded: str) -> tuple[int, int] | None:
    """Where the recount lead-in (or closing clause) is, when the rest holds a number."""
    for found in (_opening().match(folded), _closing().search(folded)):
        if found is None or found.end() == found.start():
            continue
        rest = folded[: found.start()] + " " + folded[found.end() :]
        if _NUMBER.search(rest) and re.search(r"[^\W\d_]", rest):
            return found.start(), found.end()
    return None


def says_recount(folded: str) -> bool:
    """FOLDED opens (or closes) with a recount ("gin liya, …", "…, counted"): its number is a
    count, never a price said the terse way ("ગણી લીધું, tata salt 1kg હવે 35")."""
    return _recount_span(folded) is not None


def _rebuilt(message: Message, blanked: str) -> Message:
    tokens = tokenize(blanked)
    return Message(
        message.cleaned, blanked, tokens, find_concepts(blanked, tokens), message.language
    )


def recounted(message: Message) -> tuple[Message, tuple[int | float, list[ItemRequest]] | None]:
    """The message without its recount lead-in, and (the count, the product) when the rest names
    one product and one count ("gin liya, tata tea premium 250g ab 18 hai": Tata Tea Premium 250g,
    18). The message itself and None when it has no recount lead-in."""
    span = _recount_span(message.folded)
    if span is None:
        return message, None
    rest = _rebuilt(message, blank_spans(message.folded, [span]))
    if rest.has(*_NOT_A_COUNT):
        return rest, None
    return rest, _count_and_product(rest)


def _count_and_product(message: Message) -> tuple[int | float, list[ItemRequest]] | None:
    """The last number that is no pack size is the count; the words before it the product."""
    text = message.without(*_AROUND_COUNT)
    text = _without_tail_words(text)
    numbers = [
        number for number in _NUMBER.finditer(text) if not decimal_point(text, number.start())
    ]
    counts = [number for number in numbers if not _unit_after(text, number.end())]
    if len(counts) != 1 or counts[0] is not numbers[-1]:
        return None
    count = counts[0]
    # "৬টা", "9nos": the count word glued on goes with the count
    glued = re.match(r"[^\s,;:.!?।|]*", text[count.end() :])
    names = _names(
        blank_spans(text, [(count.start(), count.end() + (glued.end() if glued else 0))]), message.language
    )
    if len(names) != 1 or names[0].quantity is not None and names[0].unit is None:
        return None
    value = float(count.group(1))
    return (int(value) if value == int(value) else value), names


def _unit_after(text: str, at: int) -> bool:
    """A unit word right after the number ("100g", "1 kilo", "5 ಕೆಜಿ"): the number is a size."""
    following = re.match(r"\s*([^\s\d,;:.!?।|]+)", text[at:])
    return following is not None and unit_word(following.group(1)) is not None


def _without_tail_words(text: str) -> str:
    tails = _phrases("tail")
    if not tails:
        return text
    pattern = re.compile(rf"(?<![^\s,;:.!?।|\-])(?:{_alternation('tail')}){_END}")
    return pattern.sub(lambda found: " " * len(found.group()), text)


# Words that may stand in an arrival clause beside the occasion: "today", "now", "new", "just".
_ARRIVAL_COMPANY: Final = ("stock", "today", "now", "fresh", "vehicle", *SOCIAL)


def without_arrival_occasion(message: Message) -> Message:
    """ "navratri ka maal aa gaya, sabudana 80 kar do", "diwali stock came: deepam oil 60",
    "ରଥଯାତ୍ରା ମାଲ ଆସିଲା, ଚିନି 60": an opening clause with no number that says goods came, for an
    occasion or from a source, names no product when a later clause names one with its number.
    The words before the arrival word go; the arrival word stays."""
    folded = message.folded
    clause_end = re.search(_BREAK, folded)
    if clause_end is None or decimal_point(folded, clause_end.start()):
        return message
    end = clause_end.start()
    if _NUMBER.search(folded, 0, end) or not _NUMBER.search(folded, end):
        return message
    if message.has("new_item", "new_product", "price"):
        return message  # "naya saamaan jodo: …" adds a product
    arrivals = [hit for hit in message.concepts.get("increase", ()) if hit.end <= end]
    if not arrivals:
        return message
    arrival = min(arrivals, key=lambda hit: hit.start)
    if (
        arrival.start == 0
        or folded[arrival.end : end].strip(" ")
        and _says_more(message, arrival.end, end)
    ):
        return message
    opening = message.without(*_ARRIVAL_COMPANY)[: arrival.start]
    # "diwali stock", "dmart supply", "maal aaya": a goods word; "truck just came" has none
    if not _goods_word_in(folded[: arrival.end]) and not _hits_in_span(
        message, "stock", 0, arrival.end
    ):
        return message  # no "maal" / "stock" / "சரக்கு" word: the clause may name the goods
    opening = _without_goods_words(opening)
    if not opening.strip() or names_goods(opening, message.language):
        return message  # "maggi aa gayi, 20 packet": the clause names the goods
    later = message.without(*_ARRIVAL_COMPANY)[clause_end.end() :]
    if not _names(_NUMBER.sub(" ", later), message.language):
        return message
    return _rebuilt(message, blank_spans(folded, [(0, arrival.start)]))


def _hits_in_span(message: Message, concept: str, start: int, end: int) -> bool:
    return any(start <= hit.start and hit.end <= end for hit in message.concepts.get(concept, ()))


def _says_more(message: Message, start: int, end: int) -> bool:
    """Words after the arrival word in its clause other than "in", "today", "now", "just"."""
    words = message.without(*_ARRIVAL_COMPANY, "increase")[start:end].split()
    return any(
        word not in {"in", "hai", "he", "che", "chhe", "ache", "aahe", "ne", "ni"} for word in words
    )


@cache
def _goods_and_links() -> tuple[re.Pattern[str], re.Pattern[str]]:
    goods, link = _alternation("goods"), _alternation("link")
    return (
        re.compile(rf"(?<![^\s,;:.!?।|\-])(?:{goods}){_END}"),
        re.compile(rf"(?<![^\s,;:.!?।|\-])(?:{goods}|{link}){_END}"),
    )


def _goods_word_in(text: str) -> bool:
    return _goods_and_links()[0].search(text) is not None


def _without_goods_words(text: str) -> str:
    """TEXT without the goods words and the "of / for / from" links ("diwali cha maal": "diwali")."""
    return _goods_and_links()[1].sub(lambda found: " " * len(found.group()), text)
