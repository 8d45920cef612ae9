"""A size or an amount turned down beside an order: "paav kilo karela bhej dijiye, zyada nahi
chahiye", "rendu vellarikka podunga, periya size venaam", "chhota packet, bada nahi", "2 kilo
tomato, ekkuva vaddu", "ek packet muri, beshi na". The clause says how much or how big the
goods should be; it removes nothing. Such a clause (only size words, size nouns, refusal words, a "send" verb
and the name of whom it is said to, with at least one size word and one refusal) is blanked
before the intent is read, when something else is left to order. A refusal that names the
product ("karela nahi chahiye", "vellarikka venaam") is no such clause and stays a removal.

Words: data/size_remarks.csv.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from intents.cleaning import fold_for_matching
from intents.lexicon import fold
from intents.tables import words_by_kind
from intents.tokens import prepare

# Where a clause ends: punctuation or a line break (a decimal point is no break).
_CLAUSE_BREAK: Final = re.compile(r"(?:[,;!?\n|।]|\.(?!\d))+")
_WORD: Final = re.compile(r"[^\s,;.!?|।\n]+")


@cache
def _words() -> dict[str, frozenset[str]]:
    """The table's words by kind, folded the way messages are."""
    return {
        kind: frozenset(fold(word) for word in words)
        for kind, words in words_by_kind("size_remarks.csv").items()
    }


def _is_size_refusal(clause: str) -> bool:
    """Every word of CLAUSE is from the table, with a size word and a refusal word among them."""
    words = [fold(word) for word in _WORD.findall(clause)]
    table = _words()
    known = frozenset().union(*table.values())
    if not words or any(word not in known for word in words):
        return False
    return any(word in table.get("size", frozenset()) for word in words) and any(
        word in table.get("not", frozenset()) for word in words
    )


def without_size_refusals(text: str) -> str:
    """TEXT with its size-refusal clauses blanked (folded), or TEXT itself when it has none or
    when nothing else would be left in it."""
    folded = prepare(fold_for_matching(text))
    spans: list[tuple[int, int]] = []
    at = 0
    for found in [*_CLAUSE_BREAK.finditer(folded), None]:
        end = found.start() if found is not None else len(folded)
        if _is_size_refusal(folded[at:end]):
            spans.append((at, end))
        at = found.end() if found is not None else end
    if not spans:
        return text
    chars = list(folded)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    left = "".join(chars)
    return left if _WORD.search(left) else text
