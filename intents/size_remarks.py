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


from intents.cleaning import fold_for_matching
from intents.lexicon import fold, folded_words_by_kind
from intents.tokens import CLAUSE_BREAK, CLAUSE_WORD, blank_spans, prepare



def _words() -> dict[str, frozenset[str]]:
    """The table's words by kind, folded the way messages are."""
    return folded_words_by_kind("size_remarks.csv")


def _is_size_refusal(clause: str) -> bool:
    """Every word of CLAUSE is from the table, with a size word and a refusal word among them."""
    words = [fold(word) for word in CLAUSE_WORD.findall(clause)]
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
    for found in [*CLAUSE_BREAK.finditer(folded), None]:
        end = found.start() if found is not None else len(folded)
        if _is_size_refusal(folded[at:end]):
            spans.append((at, end))
        at = found.end() if found is not None else end
    if not spans:
        return text
    left = blank_spans(folded, spans)
    return left if CLAUSE_WORD.search(left) else text
