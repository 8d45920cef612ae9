"""A greeting that says where the customer writes from: "namaskar dada, Annapurna khanaval
madhun", "namaskaram chetta, Ammachi hotel il ninnu aanu", "sat sri akal ji, Guru Nanak dhaba
ton", "hello! saw ur number on the shop board, is this Gupta stores?".

The greeting opens the message, and a clause names a business or a home (hotel, dhaba, mess,
canteen, tiffin centre, office, flat) or the shop asked about (stores), with a "from" after it
or a "this is / I am" before it. The name before the place word is no product, and nothing
else names goods or an amount: the message greets. Words: data/calling_from.csv.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from intents.counter_talk import talk_hits
from intents.items import content_words
from intents.keywords import Hit, PhraseIndex, table_index
from intents.lexicon import fold, names_goods
from intents.message import Message
from intents.tables import read_table

# Concepts that may stand outside the clause naming the place: the greeting, yes / "ji", the
# shop, "is it / is this", a "from" and an address word, near, now, today, open.
_SMALL_TALK: Final = frozenset(
    {"greet", "yes", "accept", "shop", "exists", "available", "fresh", "from_amount", "address_part", "near", "now", "today", "open"}
)
# Concepts that ask for something even inside the clause naming the place.
_ERRANDS: Final = frozenset(
    {"order", "cart", "checkout", "cancel", "remove", "clear", "status", "price", "how_much", "how_many", "payment", "repeat",
     "usual", "talk", "help", "change", "increase", "decrease"}
)
# At most this many words of a name before the place word ("Guru Nanak", "Udupi").
_NAME_WORDS: Final = 4
_CLAUSES: Final = re.compile(r"[^,;.!?।\n]+")


@cache
def _index() -> PhraseIndex:
    return table_index("calling_from.csv")


@cache
def _words(kind: str) -> frozenset[str]:
    return frozenset(fold(row["phrase"]) for row in read_table("calling_from.csv") if row["kind"] == kind)


def _in(hit: Hit, start: int, end: int) -> bool:
    return start <= hit.start and hit.end <= end


def _introduces(message: Message, start: int, end: int, hits: list[Hit], talk: list[Hit]) -> bool:
    """The clause START..END names a place with a "from" after it or a "this is / I am" before it,
    at most a few name words before the place, and after it only a "from", a copula, a question
    tag or a flat number."""
    places = [hit for hit in hits if hit.concept == "place" and _in(hit, start, end)]
    if not places:
        return False
    if any(_in(hit, start, end) for concept in _ERRANDS for hit in message.concepts.get(concept, ())):
        return False
    first, last = min(places, key=lambda hit: hit.start), max(places, key=lambda hit: hit.end)
    leads = [hit for hit in hits if hit.concept == "lead" and _in(hit, start, first.start)]
    before = message.folded[start : first.start]
    for hit in leads:
        before = before[: hit.start - start] + " " * (hit.end - hit.start) + before[hit.end - start :]
    if len(before.split()) > _NAME_WORDS or any(token.kind == "num" and start <= token.start < first.start for token in message.tokens):
        return False  # "hello, 2 kg sugar from the store" orders
    glued = len(fold(last.phrase)) < last.end - last.start  # "हॉटेलमधून", "હોટલથી": the "from" glued on
    after = message.folded[last.end : end].split()
    if after and after[0].isdigit():
        after = after[1:]  # "flat 302 se"
    said_from = glued or any(hit.concept == "from" and _in(hit, last.end, end) for hit in hits)
    introduced = [hit for hit in talk if _in(hit, last.end, end)]
    tails = _words("tail") | _words("from")
    rest = " ".join(after)
    for hit in introduced:
        rest = rest.replace(fold(hit.phrase), " ")
    for phrase in sorted(_words("from"), key=len, reverse=True):
        if " " in phrase:
            rest = re.sub(rf"(?<!\S){re.escape(phrase)}(?!\S)", " ", rest)
    if leads and len(rest.split()) <= _NAME_WORDS and not names_goods(rest, message.language):
        return True  # "from Hotel Saravana", "is this Gupta stores?": the name after the place word
    if any(word not in tails for word in rest.split()):
        return False
    return said_from or bool(leads) or bool(introduced)


def greets_from_a_place(message: Message) -> bool:
    """A greeting opens the message and a clause says where the customer writes from (or asks
    whether this is the shop); the rest holds no amount, no errand and no goods."""
    greets = message.concepts.get("greet", ())
    if not greets or content_words(message.folded[: min(hit.start for hit in greets)], message.language):
        return False
    hits = _index().find(message.folded, message.tokens)
    talk = talk_hits(message, "introduce")
    covered: list[tuple[int, int]] = []
    leftover: list[str] = []
    after_greeting = max(hit.end for hit in greets if hit.start == min(g.start for g in greets))
    for clause in _CLAUSES.finditer(message.folded):
        start, end = max(clause.start(), after_greeting), clause.end()
        if start >= end:
            continue
        if _introduces(message, start, end, hits, talk):
            covered.append((start, end))
            continue
        text = message.folded[start:end]
        for hit in sorted((hit for hit in hits if hit.concept == "number" and _in(hit, start, end)), key=lambda hit: -hit.start):
            text = text[: hit.start - start] + " " * (hit.end - hit.start) + text[hit.end - start :]
        leftover.append(text)
    if not covered:
        return False

    def outside(at: int) -> bool:
        return not any(a <= at < b for a, b in covered)

    if any(token.kind == "num" and outside(token.start) for token in message.tokens):
        return False
    if any(concept not in _SMALL_TALK and any(outside(hit.start) for hit in found) for concept, found in message.concepts.items()):
        return False
    words = content_words(" ".join(leftover), message.language)
    return not names_goods(" ".join(words), message.language)
