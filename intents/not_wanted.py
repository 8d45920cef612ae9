"""A part of an order that says "not this one" or "the same one" before the product that
replaces it: "rajma nahi, kale chhole 1 kilo", "aavin alla, amul taaza 1 litre", "no aavin
here, amul taaza then", "সাবান একই, লাইফবয় ৩ টে". That part is no item of its own; the
next part is the order. Words: data/not_wanted.csv.
"""

from __future__ import annotations

from functools import cache

from intents.cleaning import fold_for_matching
from intents.tables import read_table


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(words said anywhere in the part, words said only as its first word), folded."""
    anywhere: set[str] = set()
    first: set[str] = set()
    for row in read_table("not_wanted.csv"):
        word = fold_for_matching(row["word"]).strip()
        (first if row["place"] == "first" else anywhere).add(word)
    return frozenset(anywhere), frozenset(first)


def says_not_this(words: list[str]) -> bool:
    """The part's WORDS turn its product down or keep it as it was ("nahi", "alla", "একই")."""
    anywhere, first = _words()
    return bool(words) and (words[0] in first or any(word in anywhere for word in words))
